/* px-review-queue.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-review-queue"

#include "config.h"

#include <math.h>

#include "px-article.h"
#include "px-review-queue.h"
#include "px-tokenizer.h"

/* A review walks the decisions the engine was least sure of: links it made
 * just above its threshold and candidates it left just below. Scores are
 * link probabilities, so nearness is measured in log-odds: a link at
 * p = 0.06 and a candidate at p = 0.015 are equally far from a threshold of
 * 0.03 (a factor of two in the odds), though their differences in
 * probability are not.
 */

static double
logit (double p)
{
  p = CLAMP (p, 1e-6, 1 - 1e-6);
  return log (p / (1 - p));
}

static char *
pair_key (guint article,
          guint sentence,
          guint other_article,
          guint other_sentence)
{
  if (article > other_article || (article == other_article && sentence > other_sentence))
    return g_strdup_printf ("%u:%u:%u:%u", other_article, other_sentence, article, sentence);
  return g_strdup_printf ("%u:%u:%u:%u", article, sentence, other_article, other_sentence);
}

static int
find_article (PxAlignment *alignment,
              const char  *id)
{
  for (guint a = 0; a < px_alignment_get_n_articles (alignment); a++)
    if (g_strcmp0 (px_article_get_id (px_alignment_get_article (alignment, a)), id) == 0)
      return a;
  return -1;
}

/* Pairs the user has already decided: every two passages of a link, and
 * every rejected pair. They are never asked again.
 */
static GHashTable *
decided_pairs (PxAlignment *alignment,
               GPtrArray   *corrections)
{
  GHashTable *pairs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; corrections != NULL && i < corrections->len; i++)
    {
      const PxCorrection *correction = g_ptr_array_index (corrections, i);

      if (correction->kind != PX_CORRECTION_LINK && correction->kind != PX_CORRECTION_REJECT)
        continue;
      for (guint x = 0; x < correction->members->len; x++)
        for (guint y = x + 1; y < correction->members->len; y++)
          {
            const PxPassageRef *a = &g_array_index (correction->members, PxPassageRef, x);
            const PxPassageRef *b = &g_array_index (correction->members, PxPassageRef, y);
            int article_a = find_article (alignment, a->document);
            int article_b = find_article (alignment, b->document);

            if (article_a >= 0 && article_b >= 0)
              g_hash_table_add (pairs, pair_key (article_a, a->sentence, article_b, b->sentence));
          }
    }
  return pairs;
}

static void
add_item (GArray       *queue,
          GHashTable   *seen,
          PxReviewItem *item,
          double        threshold,
          double        margin)
{
  double distance = fabs (logit (item->score) - logit (threshold));
  char *key;

  if (distance > margin)
    return;
  key = pair_key (item->article, item->sentence, item->other_article, item->other_sentence);
  if (!g_hash_table_add (seen, key))
    return;
  item->doubt = 1.0 - distance / margin;
  g_array_append_val (queue, *item);
}

static void
add_links (PxAlignment *alignment,
           GArray      *queue,
           GHashTable  *seen,
           double       margin)
{
  double threshold = px_alignment_get_threshold (alignment);

  for (guint g = 0; g < px_alignment_get_n_groups (alignment); g++)
    {
      guint n, reference = px_alignment_group_get_reference (alignment, g);
      const PxAlignmentMember *members = px_alignment_group_get_members (alignment, g, &n);

      for (guint m = 0; m < n; m++)
        {
          PxReviewItem item = { PX_REVIEW_LINK,
                                members[reference].article, members[reference].sentence,
                                members[m].article, members[m].sentence,
                                members[m].score, 0 };

          if (m != reference && members[m].article != members[reference].article)
            add_item (queue, seen, &item, threshold, margin);
        }
    }
}

static gboolean
ranks_first (PxAlignment *alignment,
             guint        article,
             guint        sentence,
             guint        other_article,
             guint        other_sentence)
{
  const PxAlignmentCandidate *candidates;
  guint n;

  candidates = px_alignment_get_candidates (alignment, article, sentence, &n);
  for (guint i = 0; i < n; i++)
    if (candidates[i].other_article == other_article && candidates[i].other_sentence == other_sentence)
      return candidates[i].rank == 1;
  return FALSE;
}

static void
add_suggestions (PxAlignment *alignment,
                 GArray      *queue,
                 GHashTable  *seen,
                 double       margin)
{
  double threshold = px_alignment_get_threshold (alignment);
  const PxAlignmentCandidate *all;
  guint n;

  /* Only pairs each side ranks first among the other's sentences: a
   * second-ranked one is a real doubt only once the first is ruled out,
   * and then it ranks first.
   */
  all = px_alignment_get_all_candidates (alignment, &n);
  for (guint i = 0; i < n; i++)
    {
      if (!ranks_first (alignment, all[i].other_article, all[i].other_sentence,
                        all[i].article, all[i].sentence))
        continue;

      PxReviewItem item = { PX_REVIEW_SUGGESTION,
                            all[i].article, all[i].sentence,
                            all[i].other_article, all[i].other_sentence,
                            all[i].score, 0 };

      if (all[i].rank == 1 && !all[i].linked && all[i].score < threshold)
        add_item (queue, seen, &item, threshold, margin);
    }
}

static int
compare_doubt (gconstpointer a,
               gconstpointer b)
{
  const PxReviewItem *x = a, *y = b;

  if (x->doubt != y->doubt)
    return x->doubt > y->doubt ? -1 : 1;
  if (x->article != y->article)
    return x->article < y->article ? -1 : 1;
  return x->sentence < y->sentence ? -1 : x->sentence > y->sentence;
}

/**
 * px_review_queue_build:
 * @alignment: an alignment, with the user's corrections applied
 * @corrections: (nullable) (element-type PxCorrection): those corrections
 * @odds_margin: how far from the threshold a decision may be, as a factor
 *   on the odds (e.g. %PX_REVIEW_ODDS_MARGIN)
 *
 * Collects the uncertain decisions: links whose score is within
 * @odds_margin above the threshold and each source's best unlinked
 * candidate within @odds_margin below it, leaving out pairs the user has
 * linked or rejected. The most uncertain come first.
 *
 * Returns: (transfer full) (element-type PxReviewItem): the queue
 */
GArray *
px_review_queue_build (PxAlignment *alignment,
                       GPtrArray   *corrections,
                       double       odds_margin)
{
  GArray *queue = g_array_new (FALSE, FALSE, sizeof (PxReviewItem));
  GHashTable *seen;
  double margin;

  g_return_val_if_fail (PX_IS_ALIGNMENT (alignment), queue);
  g_return_val_if_fail (odds_margin > 1.0, queue);

  margin = log (odds_margin);
  seen = decided_pairs (alignment, corrections);
  add_links (alignment, queue, seen, margin);
  add_suggestions (alignment, queue, seen, margin);
  g_array_sort (queue, compare_doubt);
  g_hash_table_unref (seen);
  return queue;
}

/**
 * px_review_queue_decided:
 * @alignment: the alignment @corrections were applied to
 * @corrections: (nullable) (element-type PxCorrection): the corrections
 * @item: a review item
 *
 * Returns: whether the user has linked or rejected the item's pair
 */
gboolean
px_review_queue_decided (PxAlignment        *alignment,
                         GPtrArray          *corrections,
                         const PxReviewItem *item)
{
  g_autoptr(GHashTable) decided = NULL;
  g_autofree char *key = NULL;

  g_return_val_if_fail (PX_IS_ALIGNMENT (alignment), FALSE);
  g_return_val_if_fail (item != NULL, FALSE);

  decided = decided_pairs (alignment, corrections);
  key = pair_key (item->article, item->sentence, item->other_article, item->other_sentence);
  return g_hash_table_contains (decided, key);
}

/**
 * px_review_item_get_refs:
 * @alignment: the alignment the item was built from
 * @item: a review item
 * @refs: (out caller-allocates) (array fixed-size=2): the two passages, as a
 *   correction names them (the strings belong to @alignment's articles)
 */
void
px_review_item_get_refs (PxAlignment        *alignment,
                         const PxReviewItem *item,
                         PxPassageRef        refs[2])
{
  g_return_if_fail (PX_IS_ALIGNMENT (alignment));

  refs[0].document = (char *)px_article_get_id (px_alignment_get_article (alignment, item->article));
  refs[0].sentence = item->sentence;
  refs[1].document = (char *)px_article_get_id (px_alignment_get_article (alignment, item->other_article));
  refs[1].sentence = item->other_sentence;
}

static GArray *
tokenize_sentence (PxArticle   *article,
                   guint        sentence,
                   char       **text)
{
  g_autoptr(PxTokenizer) tokenizer = px_tokenizer_new (px_article_get_language (article));

  *text = px_article_dup_sentence_text (article, sentence);
  return px_tokenizer_tokenize (tokenizer, *text, -1, 0);
}

static gboolean
is_content (const PxToken *token)
{
  return (token->kind == PX_TOKEN_WORD || token->kind == PX_TOKEN_NUMBER) &&
         !(token->flags & PX_TOKEN_FLAG_STOP) && token->stem != NULL;
}

/* Indices of the content tokens of @tokens whose stems @other also has. */
static GArray *
shared_tokens (GArray *tokens,
               GArray *other)
{
  g_autoptr(GHashTable) stems = g_hash_table_new (g_str_hash, g_str_equal);
  GArray *indices = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < other->len; i++)
    if (is_content (&g_array_index (other, PxToken, i)))
      g_hash_table_add (stems, g_array_index (other, PxToken, i).stem);
  for (guint i = 0; i < tokens->len; i++)
    if (is_content (&g_array_index (tokens, PxToken, i)) &&
        g_hash_table_contains (stems, g_array_index (tokens, PxToken, i).stem))
      g_array_append_val (indices, i);
  return indices;
}

static GArray *
spans_of (GArray *tokens,
          GArray *shared)
{
  GArray *spans = g_array_sized_new (FALSE, FALSE, sizeof (PxSpan), shared->len);

  for (guint i = 0; i < shared->len; i++)
    {
      const PxToken *t = &g_array_index (tokens, PxToken, g_array_index (shared, guint, i));
      PxSpan span = { t->start, t->end };

      g_array_append_val (spans, span);
    }
  return spans;
}

static char **
terms_of (GArray     *tokens,
          GArray     *shared,
          const char *text)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < shared->len; i++)
    {
      const PxToken *t = &g_array_index (tokens, PxToken, g_array_index (shared, guint, i));

      if (g_hash_table_add (seen, t->stem))
        g_ptr_array_add (words, g_strndup (text + t->start, t->end - t->start));
    }
  g_ptr_array_add (words, NULL);
  return (char **)g_ptr_array_steal (words, NULL);
}

/**
 * px_review_find_shared:
 * @alignment: an alignment
 * @article: the first passage's article
 * @sentence: the first passage
 * @other_article: the second passage's article
 * @other_sentence: the second passage
 *
 * The content words both passages use, by stem: where each passage has
 * them, so that the review can show them in place, and as the second
 * writes them, the plainest evidence a reader can check for a candidate the
 * engine did not link (a link's full explanation is in its group). Each
 * passage is read once for all three.
 *
 * Returns: (transfer full): the shared words; free with
 *   px_shared_words_free()
 */
PxSharedWords *
px_review_find_shared (PxAlignment *alignment,
                       guint        article,
                       guint        sentence,
                       guint        other_article,
                       guint        other_sentence)
{
  PxSharedWords *shared = g_new0 (PxSharedWords, 1);
  g_autofree char *text_a = NULL, *text_b = NULL;
  g_autoptr(GArray) a = NULL, b = NULL, in_a = NULL, in_b = NULL;

  g_return_val_if_fail (PX_IS_ALIGNMENT (alignment), shared);

  a = tokenize_sentence (px_alignment_get_article (alignment, article), sentence, &text_a);
  b = tokenize_sentence (px_alignment_get_article (alignment, other_article), other_sentence, &text_b);
  in_a = shared_tokens (a, b);
  in_b = shared_tokens (b, a);
  shared->spans[0] = spans_of (a, in_a);
  shared->spans[1] = spans_of (b, in_b);
  shared->terms = terms_of (b, in_b, text_b);
  return shared;
}

void
px_shared_words_free (PxSharedWords *shared)
{
  if (shared == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (shared->spans); i++)
    g_clear_pointer (&shared->spans[i], g_array_unref);
  g_strfreev (shared->terms);
  g_free (shared);
}

/**
 * px_review_dup_shared_terms:
 * @alignment: an alignment
 * @article: the first passage's article
 * @sentence: the first passage
 * @other_article: the second passage's article
 * @other_sentence: the second passage
 *
 * Returns: (transfer full) (array zero-terminated=1): the
 *   #PxSharedWords.terms of px_review_find_shared()
 */
char **
px_review_dup_shared_terms (PxAlignment *alignment,
                            guint        article,
                            guint        sentence,
                            guint        other_article,
                            guint        other_sentence)
{
  g_autoptr(PxSharedWords) shared = px_review_find_shared (alignment, article, sentence,
                                                           other_article, other_sentence);

  return g_steal_pointer (&shared->terms);
}

/**
 * px_review_find_shared_words:
 * @alignment: an alignment
 * @article: the passage's article
 * @sentence: the passage
 * @other_article: the other passage's article
 * @other_sentence: the other passage
 *
 * Returns: (transfer full) (element-type PxSpan): the passage's
 *   #PxSharedWords.spans of px_review_find_shared()
 */
GArray *
px_review_find_shared_words (PxAlignment *alignment,
                             guint        article,
                             guint        sentence,
                             guint        other_article,
                             guint        other_sentence)
{
  g_autoptr(PxSharedWords) shared = px_review_find_shared (alignment, article, sentence,
                                                           other_article, other_sentence);

  return g_steal_pointer (&shared->spans[0]);
}
