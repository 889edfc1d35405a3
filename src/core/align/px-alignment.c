/* px-alignment.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-alignment"

#include "config.h"

#include "px-alignment-private.h"
#include "px-article.h"

typedef struct
{
  char      *label;
  GArray    *members;       /* PxAlignmentMember */
  guint      reference;
  GPtrArray *explanations;  /* GArray of PxAlignmentEvidence, one per member */
  GPtrArray *diffs;         /* GArray of PxWordDiff, one per member */
} Group;

struct _PxAlignment
{
  GObject    parent_instance;

  GPtrArray *articles;
  double     threshold;
  GPtrArray *groups;
  /* Per article: per sentence, a GArray of group indices (or NULL). */
  GPtrArray *sentence_groups;
  /* Per article: a GArray of unique body sentence indices. */
  GPtrArray *unique;
  /* PxAlignmentCandidate, by article, sentence, other article and rank;
   * candidate_index maps (article, sentence) to its first entry + 1.
   */
  GArray     *candidates;
  GHashTable *candidate_index;
};

G_DEFINE_FINAL_TYPE (PxAlignment, px_alignment, G_TYPE_OBJECT)

static void
group_free (gpointer data)
{
  Group *group = data;

  g_free (group->label);
  g_array_unref (group->members);
  g_ptr_array_unref (group->explanations);
  g_ptr_array_unref (group->diffs);
  g_free (group);
}

static void
array_unref_nullable (gpointer data)
{
  if (data != NULL)
    g_array_unref (data);
}

static void
px_alignment_finalize (GObject *object)
{
  PxAlignment *self = (PxAlignment *)object;

  g_clear_pointer (&self->articles, g_ptr_array_unref);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->sentence_groups, g_ptr_array_unref);
  g_clear_pointer (&self->unique, g_ptr_array_unref);
  g_clear_pointer (&self->candidates, g_array_unref);
  g_clear_pointer (&self->candidate_index, g_hash_table_unref);

  G_OBJECT_CLASS (px_alignment_parent_class)->finalize (object);
}

static void
px_alignment_class_init (PxAlignmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = px_alignment_finalize;
}

static void
px_alignment_init (PxAlignment *self)
{
  self->groups = g_ptr_array_new_with_free_func (group_free);
  self->sentence_groups = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);
  self->unique = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
}

static void
clear_evidence (gpointer data)
{
  PxAlignmentEvidence *evidence = data;

  g_free (evidence->term_a);
  g_free (evidence->term_b);
}

GArray *
_px_alignment_evidence_array_new (void)
{
  GArray *array = g_array_new (FALSE, TRUE, sizeof (PxAlignmentEvidence));

  g_array_set_clear_func (array, clear_evidence);
  return array;
}

PxAlignment *
_px_alignment_new (GPtrArray *articles,
                   double     threshold)
{
  PxAlignment *self = g_object_new (PX_TYPE_ALIGNMENT, NULL);

  self->articles = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < articles->len; i++)
    g_ptr_array_add (self->articles, g_object_ref (g_ptr_array_index (articles, i)));
  self->threshold = threshold;
  return self;
}

/* Takes ownership of everything passed in. */
void
_px_alignment_add_group (PxAlignment *self,
                         char        *label,
                         GArray      *members,
                         guint        reference,
                         GPtrArray   *explanations,
                         GPtrArray   *diffs)
{
  Group *group = g_new0 (Group, 1);

  g_assert (reference < members->len);
  g_assert (explanations->len == members->len);
  g_assert (diffs->len == members->len);

  group->label = label;
  group->members = members;
  group->reference = reference;
  group->explanations = explanations;
  group->diffs = diffs;
  g_ptr_array_add (self->groups, group);
}

static void
index_groups (PxAlignment *self)
{
  for (guint a = 0; a < self->articles->len; a++)
    {
      GPtrArray *per_sentence = g_ptr_array_new_with_free_func (array_unref_nullable);
      guint n;

      px_article_get_sentences (g_ptr_array_index (self->articles, a), &n);
      g_ptr_array_set_size (per_sentence, n);
      g_ptr_array_add (self->sentence_groups, per_sentence);
    }
  for (guint g = 0; g < self->groups->len; g++)
    {
      Group *group = g_ptr_array_index (self->groups, g);

      for (guint m = 0; m < group->members->len; m++)
        {
          PxAlignmentMember *member = &g_array_index (group->members, PxAlignmentMember, m);
          GPtrArray *per_sentence = g_ptr_array_index (self->sentence_groups, member->article);
          GArray *list;

          if (member->sentence >= per_sentence->len)
            continue;
          if ((list = g_ptr_array_index (per_sentence, member->sentence)) == NULL)
            {
              list = g_array_new (FALSE, FALSE, sizeof (guint));
              per_sentence->pdata[member->sentence] = list;
            }
          if (list->len == 0 || g_array_index (list, guint, list->len - 1) != g)
            g_array_append_val (list, g);
        }
    }
}

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const PxAlignmentCandidate *x = a, *y = b;

  if (x->article != y->article)
    return x->article < y->article ? -1 : 1;
  if (x->sentence != y->sentence)
    return x->sentence < y->sentence ? -1 : 1;
  if (x->other_article != y->other_article)
    return x->other_article < y->other_article ? -1 : 1;
  return x->rank < y->rank ? -1 : x->rank > y->rank;
}

static void
index_candidates (PxAlignment *self)
{
  g_array_sort (self->candidates, compare_candidates);
  for (guint i = 0; i < self->candidates->len; i++)
    {
      PxAlignmentCandidate *c = &g_array_index (self->candidates, PxAlignmentCandidate, i);
      gpointer key = GSIZE_TO_POINTER (((gsize)c->article << 20) ^ c->sentence);

      if (i == 0 || c[-1].sentence != c->sentence || c[-1].article != c->article)
        g_hash_table_insert (self->candidate_index, key, GUINT_TO_POINTER (i + 1));
      c->linked = px_alignment_shares_group (self, c->article, c->sentence,
                                             c->other_article, c->other_sentence);
    }
}

/* Takes ownership of @candidates (PxAlignmentCandidate, any order). */
void
_px_alignment_set_candidates (PxAlignment *self,
                              GArray      *candidates)
{
  g_clear_pointer (&self->candidates, g_array_unref);
  self->candidates = candidates;
}

/* Builds the per-sentence indexes once all groups are in. */
void
_px_alignment_finish (PxAlignment *self)
{
  index_groups (self);
  for (guint a = 0; a < self->articles->len; a++)
    {
      PxArticle *article = g_ptr_array_index (self->articles, a);
      GPtrArray *per_sentence = g_ptr_array_index (self->sentence_groups, a);
      GArray *unique = g_array_new (FALSE, FALSE, sizeof (guint));
      const PxSentence *sentences;
      guint n;

      sentences = px_article_get_sentences (article, &n);
      for (guint s = 0; s < n; s++)
        if (sentences[s].kind == PX_SENTENCE_BODY && g_ptr_array_index (per_sentence, s) == NULL)
          g_array_append_val (unique, s);
      g_ptr_array_add (self->unique, unique);
    }
  if (self->candidates == NULL)
    self->candidates = g_array_new (FALSE, FALSE, sizeof (PxAlignmentCandidate));
  self->candidate_index = g_hash_table_new (NULL, NULL);
  index_candidates (self);
}

/**
 * px_alignment_shares_group:
 * @self: a #PxAlignment
 * @article: an article index
 * @sentence: a sentence of it
 * @other_article: another article index
 * @other_sentence: a sentence of that one
 *
 * Returns: whether the two sentences are members of one group
 */
gboolean
px_alignment_shares_group (PxAlignment *self,
                           guint        article,
                           guint        sentence,
                           guint        other_article,
                           guint        other_sentence)
{
  guint n_a, n_b;
  const guint *a = px_alignment_get_groups_for_sentence (self, article, sentence, &n_a);
  const guint *b = px_alignment_get_groups_for_sentence (self, other_article, other_sentence, &n_b);

  for (guint i = 0; i < n_a; i++)
    for (guint j = 0; j < n_b; j++)
      if (a[i] == b[j])
        return TRUE;
  return FALSE;
}

/**
 * px_alignment_get_candidates:
 * @self: a #PxAlignment
 * @article: an article index
 * @sentence: one of its sentences
 * @n_candidates: (out): the number returned
 *
 * The sentences of the other articles that the scorer ranks best as
 * partners of this one: up to %PX_ALIGNMENT_CANDIDATES per other article,
 * by article and then rank (1 is best), whether linked or not. The
 * workbench offers them as one-click suggestions.
 *
 * Returns: (transfer none) (array length=n_candidates): the candidates
 */
const PxAlignmentCandidate *
px_alignment_get_candidates (PxAlignment *self,
                             guint        article,
                             guint        sentence,
                             guint       *n_candidates)
{
  gpointer key = GSIZE_TO_POINTER (((gsize)article << 20) ^ sentence);
  guint first;
  guint n = 0;

  g_return_val_if_fail (PX_IS_ALIGNMENT (self), NULL);
  g_return_val_if_fail (n_candidates != NULL, NULL);

  *n_candidates = 0;
  if ((first = GPOINTER_TO_UINT (g_hash_table_lookup (self->candidate_index, key))) == 0)
    return NULL;
  first--;
  while (first + n < self->candidates->len &&
         g_array_index (self->candidates, PxAlignmentCandidate, first + n).article == article &&
         g_array_index (self->candidates, PxAlignmentCandidate, first + n).sentence == sentence)
    n++;
  *n_candidates = n;
  return &g_array_index (self->candidates, PxAlignmentCandidate, first);
}

/**
 * px_alignment_get_all_candidates:
 * @self: a #PxAlignment
 * @n_candidates: (out): the number returned
 *
 * Returns: (transfer none) (array length=n_candidates): every sentence's
 *   candidates, by article, sentence, other article and rank
 */
const PxAlignmentCandidate *
px_alignment_get_all_candidates (PxAlignment *self,
                                 guint       *n_candidates)
{
  g_return_val_if_fail (PX_IS_ALIGNMENT (self), NULL);

  *n_candidates = self->candidates->len;
  return (const PxAlignmentCandidate *)(gpointer)self->candidates->data;
}

/**
 * px_alignment_get_articles:
 * @self: a #PxAlignment
 *
 * Returns: (transfer none) (element-type PxArticle): the articles, in the
 *   order they were given to the aligner
 */
GPtrArray *
px_alignment_get_articles (PxAlignment *self)
{
  g_return_val_if_fail (PX_IS_ALIGNMENT (self), NULL);

  return self->articles;
}

guint
px_alignment_get_n_articles (PxAlignment *self)
{
  g_return_val_if_fail (PX_IS_ALIGNMENT (self), 0);

  return self->articles->len;
}

/**
 * px_alignment_get_article:
 * @self: a #PxAlignment
 * @article: an article index
 *
 * Returns: (transfer none): the article
 */
PxArticle *
px_alignment_get_article (PxAlignment *self,
                          guint        article)
{
  g_return_val_if_fail (PX_IS_ALIGNMENT (self), NULL);
  g_return_val_if_fail (article < self->articles->len, NULL);

  return g_ptr_array_index (self->articles, article);
}

double
px_alignment_get_threshold (PxAlignment *self)
{
  g_return_val_if_fail (PX_IS_ALIGNMENT (self), 0.0);

  return self->threshold;
}

/**
 * px_alignment_get_n_groups:
 * @self: a #PxAlignment
 *
 * Groups are ordered by coverage (most sources first), then by where they
 * first appear.
 *
 * Returns: the number of claim groups
 */
guint
px_alignment_get_n_groups (PxAlignment *self)
{
  g_return_val_if_fail (PX_IS_ALIGNMENT (self), 0);

  return self->groups->len;
}

static Group *
get_group (PxAlignment *self,
           guint        group)
{
  return g_ptr_array_index (self->groups, group);
}

/**
 * px_alignment_group_get_id:
 * @self: a #PxAlignment
 * @group: a group index
 *
 * Returns: the group's id in reports: its index plus one
 */
guint
px_alignment_group_get_id (PxAlignment *self,
                           guint        group)
{
  g_return_val_if_fail (PX_IS_ALIGNMENT (self), 0);
  g_return_val_if_fail (group < self->groups->len, 0);

  return group + 1;
}

/**
 * px_alignment_group_get_label:
 * @self: a #PxAlignment
 * @group: a group index
 *
 * Returns: (transfer none): a short text for the claim: the reference
 *   member's sentence, shortened
 */
const char *
px_alignment_group_get_label (PxAlignment *self,
                              guint        group)
{
  g_return_val_if_fail (PX_IS_ALIGNMENT (self), NULL);
  g_return_val_if_fail (group < self->groups->len, NULL);

  return get_group (self, group)->label;
}

/**
 * px_alignment_group_get_members:
 * @self: a #PxAlignment
 * @group: a group index
 * @n_members: (out): the number of members
 *
 * Members are ordered by article index; a group holds at most one member per
 * article.
 *
 * Returns: (transfer none) (array length=n_members): the members
 */
const PxAlignmentMember *
px_alignment_group_get_members (PxAlignment *self,
                                guint        group,
                                guint       *n_members)
{
  Group *g;

  g_return_val_if_fail (PX_IS_ALIGNMENT (self), NULL);
  g_return_val_if_fail (group < self->groups->len, NULL);
  g_return_val_if_fail (n_members != NULL, NULL);

  g = get_group (self, group);
  *n_members = g->members->len;
  return (const PxAlignmentMember *)(gpointer)g->members->data;
}

/**
 * px_alignment_group_get_reference:
 * @self: a #PxAlignment
 * @group: a group index
 *
 * Returns: the index of the member the others are compared with: the one
 *   that agrees best with all the others
 */
guint
px_alignment_group_get_reference (PxAlignment *self,
                                  guint        group)
{
  g_return_val_if_fail (PX_IS_ALIGNMENT (self), 0);
  g_return_val_if_fail (group < self->groups->len, 0);

  return get_group (self, group)->reference;
}

/**
 * px_alignment_group_get_explanation:
 * @self: a #PxAlignment
 * @group: a group index
 * @member: a member index
 * @n_evidence: (out): the number of items
 *
 * Why @member belongs to the group: what it shares with the reference
 * member (for the reference itself, with its best partner), strongest first.
 *
 * Returns: (transfer none) (array length=n_evidence): the evidence
 */
const PxAlignmentEvidence *
px_alignment_group_get_explanation (PxAlignment *self,
                                    guint        group,
                                    guint        member,
                                    guint       *n_evidence)
{
  Group *g;
  GArray *array;

  g_return_val_if_fail (PX_IS_ALIGNMENT (self), NULL);
  g_return_val_if_fail (group < self->groups->len, NULL);
  g_return_val_if_fail (n_evidence != NULL, NULL);

  g = get_group (self, group);
  g_return_val_if_fail (member < g->members->len, NULL);

  array = g_ptr_array_index (g->explanations, member);
  *n_evidence = array->len;
  return (const PxAlignmentEvidence *)(gpointer)array->data;
}

/**
 * px_alignment_group_get_word_diff:
 * @self: a #PxAlignment
 * @group: a group index
 * @member: a member index
 * @n_diffs: (out): the number of items
 *
 * The member's words against the reference member's, in reading order;
 * empty for the reference itself.
 *
 * Returns: (transfer none) (array length=n_diffs): the diff
 */
const PxWordDiff *
px_alignment_group_get_word_diff (PxAlignment *self,
                                  guint        group,
                                  guint        member,
                                  guint       *n_diffs)
{
  Group *g;
  GArray *array;

  g_return_val_if_fail (PX_IS_ALIGNMENT (self), NULL);
  g_return_val_if_fail (group < self->groups->len, NULL);
  g_return_val_if_fail (n_diffs != NULL, NULL);

  g = get_group (self, group);
  g_return_val_if_fail (member < g->members->len, NULL);

  array = g_ptr_array_index (g->diffs, member);
  *n_diffs = array->len;
  return (const PxWordDiff *)(gpointer)array->data;
}

/**
 * px_alignment_get_groups_for_sentence:
 * @self: a #PxAlignment
 * @article: an article index
 * @sentence: a sentence index in that article
 * @n_groups: (out): the number of groups
 *
 * A sentence that carries two claims belongs to two groups.
 *
 * Returns: (transfer none) (array length=n_groups) (nullable): group
 *   indices, ascending
 */
const guint *
px_alignment_get_groups_for_sentence (PxAlignment *self,
                                      guint        article,
                                      guint        sentence,
                                      guint       *n_groups)
{
  GPtrArray *per_sentence;
  GArray *list;

  g_return_val_if_fail (PX_IS_ALIGNMENT (self), NULL);
  g_return_val_if_fail (n_groups != NULL, NULL);
  g_return_val_if_fail (article < self->sentence_groups->len, NULL);

  *n_groups = 0;
  per_sentence = g_ptr_array_index (self->sentence_groups, article);
  if (sentence >= per_sentence->len ||
      (list = g_ptr_array_index (per_sentence, sentence)) == NULL)
    return NULL;
  *n_groups = list->len;
  return (const guint *)(gpointer)list->data;
}

/**
 * px_alignment_get_unique_sentences:
 * @self: a #PxAlignment
 * @article: an article index
 * @n_sentences: (out): the number of sentences
 *
 * Body sentences of @article that no group holds: what only this source
 * reports.
 *
 * Returns: (transfer none) (array length=n_sentences): sentence indices
 */
const guint *
px_alignment_get_unique_sentences (PxAlignment *self,
                                   guint        article,
                                   guint       *n_sentences)
{
  GArray *unique;

  g_return_val_if_fail (PX_IS_ALIGNMENT (self), NULL);
  g_return_val_if_fail (n_sentences != NULL, NULL);
  g_return_val_if_fail (article < self->unique->len, NULL);

  unique = g_ptr_array_index (self->unique, article);
  *n_sentences = unique->len;
  return (const guint *)(gpointer)unique->data;
}

const char *
px_evidence_kind_to_string (PxEvidenceKind kind)
{
  static const char *names[] = {
    "term", "inflection", "compound", "synonym", "alias", "entity", "figure", "quote",
    "order", "group", "meaning", "context", "translation",
  };

  g_return_val_if_fail (kind < G_N_ELEMENTS (names), NULL);
  return names[kind];
}

const char *
px_word_diff_kind_to_string (PxWordDiffKind kind)
{
  static const char *names[] = {
    "same", "inflection", "synonym", "changed", "added", "removed",
  };

  g_return_val_if_fail (kind < G_N_ELEMENTS (names), NULL);
  return names[kind];
}
