/* test-review-queue.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "px-test-utils.h"

static PxAlignment *
align_sample (void)
{
  g_autoptr(GPtrArray) articles = px_test_load_sample ("de");
  g_autoptr(PxAligner) aligner = px_aligner_new ();
  g_autoptr(GError) error = NULL;
  PxAlignment *alignment;

  alignment = px_aligner_run (aligner, articles, NULL, &error);
  g_assert_no_error (error);
  return alignment;
}

static const PxReviewItem *
first_of_kind (GArray       *queue,
               PxReviewKind  kind)
{
  for (guint i = 0; i < queue->len; i++)
    if (g_array_index (queue, PxReviewItem, i).kind == kind)
      return &g_array_index (queue, PxReviewItem, i);
  return NULL;
}

static gboolean
queue_has_pair (GArray             *queue,
                const PxReviewItem *item)
{
  for (guint i = 0; i < queue->len; i++)
    {
      const PxReviewItem *x = &g_array_index (queue, PxReviewItem, i);

      if ((x->article == item->article && x->sentence == item->sentence &&
           x->other_article == item->other_article && x->other_sentence == item->other_sentence) ||
          (x->article == item->other_article && x->sentence == item->other_sentence &&
           x->other_article == item->article && x->other_sentence == item->sentence))
        return TRUE;
    }
  return FALSE;
}

/* The queue holds both kinds, the most uncertain first, each pair once,
 * and only decisions near the threshold.
 */
static void
test_review_queue_order (void)
{
  g_autoptr(PxAlignment) alignment = align_sample ();
  g_autoptr(GArray) queue = px_review_queue_build (alignment, NULL, PX_REVIEW_ODDS_MARGIN);
  g_autoptr(GArray) narrow = px_review_queue_build (alignment, NULL, 1.5);
  double threshold = px_alignment_get_threshold (alignment);

  g_assert_nonnull (first_of_kind (queue, PX_REVIEW_LINK));
  g_assert_nonnull (first_of_kind (queue, PX_REVIEW_SUGGESTION));
  g_assert_cmpuint (narrow->len, <, queue->len);

  for (guint i = 0; i < queue->len; i++)
    {
      const PxReviewItem *item = &g_array_index (queue, PxReviewItem, i);

      g_assert_cmpuint (item->article, !=, item->other_article);
      g_assert_cmpfloat (item->doubt, >=, 0.0);
      g_assert_cmpfloat (item->doubt, <=, 1.0);
      if (i > 0)
        g_assert_cmpfloat (item->doubt, <=, g_array_index (queue, PxReviewItem, i - 1).doubt);
      if (item->kind == PX_REVIEW_LINK)
        g_assert_true (px_alignment_shares_group (alignment, item->article, item->sentence,
                                                  item->other_article, item->other_sentence));
      else
        g_assert_cmpfloat (item->score, <, threshold);
      g_assert_cmpfloat (item->score, <=, threshold * PX_REVIEW_ODDS_MARGIN);
      g_assert_cmpfloat (item->score, >=, threshold / PX_REVIEW_ODDS_MARGIN / 1.1);
    }
  for (guint i = 0; i < queue->len; i++)
    for (guint j = i + 1; j < queue->len; j++)
      {
        const PxReviewItem *x = &g_array_index (queue, PxReviewItem, i);
        const PxReviewItem *y = &g_array_index (queue, PxReviewItem, j);

        g_assert_false (x->article == y->other_article && x->sentence == y->other_sentence &&
                        x->other_article == y->article && x->other_sentence == y->sentence);
      }
}

/* Accepting a suggestion links its pair; rejecting a link parts it; neither
 * is asked again, and a rejected pair is no longer a candidate.
 */
static void
test_review_queue_decisions (void)
{
  g_autoptr(PxAlignment) alignment = align_sample ();
  g_autoptr(GArray) queue = px_review_queue_build (alignment, NULL, PX_REVIEW_ODDS_MARGIN);
  g_autoptr(PxProject) project = px_project_new (px_alignment_get_articles (alignment));
  g_autoptr(PxAlignment) corrected = NULL;
  g_autoptr(GArray) after = NULL;
  PxReviewItem suggestion = *first_of_kind (queue, PX_REVIEW_SUGGESTION);
  PxReviewItem link = *first_of_kind (queue, PX_REVIEW_LINK);
  const PxAlignmentCandidate *candidates;
  PxPassageRef refs[2];
  guint n;

  g_assert_false (px_alignment_shares_group (alignment, suggestion.article, suggestion.sentence,
                                             suggestion.other_article, suggestion.other_sentence));
  px_review_item_get_refs (alignment, &suggestion, refs);
  px_project_add_correction (project, PX_CORRECTION_LINK, refs, 2);
  px_review_item_get_refs (alignment, &link, refs);
  px_project_add_correction (project, PX_CORRECTION_REJECT, refs, 2);

  corrected = px_alignment_apply_corrections (alignment, px_project_get_corrections (project));
  g_assert_true (px_alignment_shares_group (corrected, suggestion.article, suggestion.sentence,
                                            suggestion.other_article, suggestion.other_sentence));
  g_assert_false (px_alignment_shares_group (corrected, link.article, link.sentence,
                                             link.other_article, link.other_sentence));
  g_assert_true (px_review_queue_decided (corrected, px_project_get_corrections (project), &link));
  g_assert_true (px_review_queue_decided (corrected, px_project_get_corrections (project), &suggestion));

  after = px_review_queue_build (corrected, px_project_get_corrections (project), PX_REVIEW_ODDS_MARGIN);
  g_assert_true (queue_has_pair (queue, &link));
  g_assert_false (queue_has_pair (after, &link));
  g_assert_false (queue_has_pair (after, &suggestion));

  /* The rejected pair is gone from both passages' candidates, and the
   * ranks close up.
   */
  for (guint side = 0; side < 2; side++)
    {
      guint article = side ? link.other_article : link.article;
      guint sentence = side ? link.other_sentence : link.sentence;
      guint other = side ? link.article : link.other_article;
      guint other_sentence = side ? link.sentence : link.other_sentence;
      guint expected_rank = 1;

      candidates = px_alignment_get_candidates (corrected, article, sentence, &n);
      for (guint i = 0; i < n; i++)
        {
          if (candidates[i].other_article != other)
            continue;
          g_assert_false (candidates[i].other_sentence == other_sentence);
          g_assert_cmpuint (candidates[i].rank, ==, expected_rank++);
        }
    }
}

/* Shared terms are words of the second passage whose stems the first has.
 * A link may rest on meaning alone (no shared stem), so every link of the
 * queue is checked and at least one must share words.
 */
static void
test_review_queue_shared_terms (void)
{
  g_autoptr(PxAlignment) alignment = align_sample ();
  g_autoptr(GArray) queue = px_review_queue_build (alignment, NULL, PX_REVIEW_ODDS_MARGIN);
  guint with_terms = 0;

  for (guint q = 0; q < queue->len; q++)
    {
      const PxReviewItem *item = &g_array_index (queue, PxReviewItem, q);
      g_auto(GStrv) terms = NULL;
      g_auto(GStrv) none = NULL;
      g_autofree char *text = NULL;

      if (item->kind != PX_REVIEW_LINK)
        continue;
      terms = px_review_dup_shared_terms (alignment, item->article, item->sentence,
                                          item->other_article, item->other_sentence);
      none = px_review_dup_shared_terms (alignment, item->article, item->sentence,
                                         item->article, item->sentence);
      text = px_article_dup_sentence_text (px_alignment_get_article (alignment, item->other_article),
                                           item->other_sentence);
      for (guint i = 0; terms[i] != NULL; i++)
        g_assert_nonnull (strstr (text, terms[i]));
      /* A passage shares all its content words with itself. */
      g_assert_cmpuint (g_strv_length (none), >=, g_strv_length (terms));
      with_terms += g_strv_length (terms) > 0;
    }
  g_assert_cmpuint (with_terms, >, 0);
}

/* The spans in place agree with the shared words: the second passage's
 * spans spell exactly px_review_dup_shared_terms()'s words (each at least
 * once), lie inside the passage in ascending order, and a passage against
 * itself marks at least as much.
 */
static void
test_review_queue_shared_words (void)
{
  g_autoptr(PxAlignment) alignment = align_sample ();
  g_autoptr(GArray) queue = px_review_queue_build (alignment, NULL, PX_REVIEW_ODDS_MARGIN);
  guint with_spans = 0;

  for (guint q = 0; q < queue->len; q++)
    {
      const PxReviewItem *item = &g_array_index (queue, PxReviewItem, q);
      g_auto(GStrv) terms = px_review_dup_shared_terms (alignment, item->article, item->sentence,
                                                        item->other_article, item->other_sentence);
      g_autoptr(GArray) spans = px_review_find_shared_words (alignment, item->other_article, item->other_sentence,
                                                            item->article, item->sentence);
      g_autoptr(GArray) self_spans = px_review_find_shared_words (alignment, item->other_article,
                                                                 item->other_sentence, item->other_article,
                                                                 item->other_sentence);
      g_autofree char *text = px_article_dup_sentence_text (px_alignment_get_article (alignment,
                                                                                    item->other_article),
                                                            item->other_sentence);
      g_autoptr(GHashTable) marked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (guint i = 0; i < spans->len; i++)
        {
          const PxSpan *span = &g_array_index (spans, PxSpan, i);

          g_assert_cmpuint (span->start, <, span->end);
          g_assert_cmpuint (span->end, <=, strlen (text));
          if (i > 0)
            g_assert_cmpuint (g_array_index (spans, PxSpan, i - 1).end, <=, span->start);
          g_hash_table_add (marked, g_strndup (text + span->start, span->end - span->start));
        }
      for (guint i = 0; terms[i] != NULL; i++)
        g_assert_true (g_hash_table_contains (marked, terms[i]));
      g_assert_cmpuint (self_spans->len, >=, spans->len);
      with_spans += spans->len > 0;
    }
  g_assert_cmpuint (with_spans, >, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/review-queue/order", test_review_queue_order);
  g_test_add_func ("/review-queue/decisions", test_review_queue_decisions);
  g_test_add_func ("/review-queue/shared-terms", test_review_queue_shared_terms);
  g_test_add_func ("/review-queue/shared-words", test_review_queue_shared_words);

  return g_test_run ();
}
