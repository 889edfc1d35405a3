/* px-comparison.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-comparison"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "px-article.h"
#include "px-attribution-finder.h"
#include "px-comparison-private.h"

/* The diverge stage (design.md section 3): given an alignment, what differs
 * inside each claim group — figures (px-comparison-figures.c), wording,
 * attribution, quotes (px-comparison-quotes.c) — and which sources leave a
 * claim out. Immutable once built, so it crosses threads.
 */

G_DEFINE_FINAL_TYPE (PxComparison, px_comparison, G_TYPE_OBJECT)

static void
group_figures_free (PxGroupFigures *gf)
{
  g_free (gf->quantity);
  g_array_unref (gf->mentions);
  g_free (gf->summary);
  g_free (gf);
}

static void
divergence_free (PxDivergence *d)
{
  g_free (d->summary);
  g_ptr_array_unref (d->documents);
  g_free (d);
}

static void
px_comparison_finalize (GObject *object)
{
  PxComparison *self = (PxComparison *)object;

  g_clear_object (&self->alignment);
  g_clear_pointer (&self->figures, g_array_unref);
  g_clear_pointer (&self->figures_at, g_hash_table_unref);
  g_clear_pointer (&self->figure_groups, g_ptr_array_unref);
  g_clear_pointer (&self->attributions, g_ptr_array_unref);
  g_clear_pointer (&self->quotes, g_ptr_array_unref);
  g_clear_pointer (&self->group_quotes, g_array_unref);
  g_clear_pointer (&self->divergences, g_ptr_array_unref);

  G_OBJECT_CLASS (px_comparison_parent_class)->finalize (object);
}

static void
px_comparison_class_init (PxComparisonClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = px_comparison_finalize;
}

static void
px_comparison_init (PxComparison *self)
{
  self->figure_groups = g_ptr_array_new_with_free_func ((GDestroyNotify)group_figures_free);
  self->attributions = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);
  self->quotes = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);
  self->group_quotes = g_array_new (FALSE, FALSE, sizeof (PxGroupQuote));
  self->divergences = g_ptr_array_new_with_free_func ((GDestroyNotify)divergence_free);
}

const char *
px_divergence_kind_to_string (PxDivergenceKind kind)
{
  static const char *names[] = { "figure", "wording", "attribution", "quote", "omission" };

  g_return_val_if_fail (kind <= PX_DIVERGENCE_OMISSION, "wording");
  return names[kind];
}


static void
compare_wording (PxComparison *self,
                 guint         group)
{
  const PxAlignmentMember *members;
  guint n_members, reference, changed = 0, differing = 0;
  PxDivergence *d;

  members = px_alignment_group_get_members (self->alignment, group, &n_members);
  reference = px_alignment_group_get_reference (self->alignment, group);

  for (guint m = 0; m < n_members; m++)
    {
      const PxWordDiff *diffs;
      guint n_diffs, here = 0;

      if (m == reference)
        continue;
      diffs = px_alignment_group_get_word_diff (self->alignment, group, m, &n_diffs);
      for (guint k = 0; k < n_diffs; k++)
        if (diffs[k].kind == PX_WORD_DIFF_CHANGED || diffs[k].kind == PX_WORD_DIFF_ADDED ||
            diffs[k].kind == PX_WORD_DIFF_REMOVED)
          here++;
      changed += here;
      differing += here > 0;
    }

  if (differing == 0)
    return;

  d = add_divergence (self, PX_DIVERGENCE_WORDING, group,
                      /* Translators: "3 sources word it differently from Hanseatische Allgemeine". */
                      g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "%u source words it differently from %s",
                                                    "%u sources word it differently from %s",
                                                    differing),
                                       differing, article_outlet (self, members[reference].article)));
  for (guint m = 0; m < n_members; m++)
    add_document (d, article_id (self, members[m].article));
}

/* An attribution belongs to a passage when it sits in the passage's
 * sentence, or in the next sentence when that one carries no claim of its
 * own ("Das berichtete die Zeitung.").
 */
static GPtrArray *
attributions_for_member (PxComparison            *self,
                         const PxAlignmentMember *member)
{
  GPtrArray *all = g_ptr_array_index (self->attributions, member->article);
  GPtrArray *out = g_ptr_array_new ();
  guint n_groups;

  for (guint i = 0; i < all->len; i++)
    {
      PxAttribution *attribution = g_ptr_array_index (all, i);
      guint sentence = px_attribution_get_sentence (attribution);

      if (sentence == member->sentence)
        g_ptr_array_add (out, attribution);
      else if (sentence == member->sentence + 1)
        {
          px_alignment_get_groups_for_sentence (self->alignment, member->article, sentence, &n_groups);
          if (n_groups == 0)
            g_ptr_array_add (out, attribution);
        }
    }
  return out;
}

static void
compare_attributions (PxComparison *self,
                      guint         group)
{
  const PxAlignmentMember *members;
  g_autofree PxAttributionSet *sets = NULL;
  g_autoptr(GPtrArray) owned = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);
  g_autoptr(GPtrArray) roots = g_ptr_array_new_with_free_func (g_free);
  guint n_members, n_sets = 0, attributed = 0;
  gboolean diverge = FALSE;
  char *summary;

  members = px_alignment_group_get_members (self->alignment, group, &n_members);
  sets = g_new0 (PxAttributionSet, n_members);

  for (guint m = 0; m < n_members; m++)
    {
      GPtrArray *found = attributions_for_member (self, &members[m]);
      char *root = px_comparison_dup_root (self, members[m].article);

      /* Two members from one source count as one side; sides are named by
       * outlet, since the summary is read by people.
       */
      if (n_sets > 0 && g_str_equal (sets[n_sets - 1].document, article_outlet (self, members[m].article)))
        {
          g_ptr_array_extend_and_steal (sets[n_sets - 1].attributions, found);
          g_free (root);
          continue;
        }

      sets[n_sets].document = article_outlet (self, members[m].article);
      sets[n_sets].root = root;
      sets[n_sets].language = px_article_get_language (px_alignment_get_article (self->alignment,
                                                                                 members[m].article));
      sets[n_sets].attributions = found;
      attributed += found->len > 0;
      g_ptr_array_add (owned, found);
      g_ptr_array_add (roots, root);
      n_sets++;
    }

  /* Claims nobody attributes have no chain to compare. */
  if (n_sets < 2 || attributed == 0)
    return;

  summary = px_attribution_compare_chains (sets, n_sets, &diverge);
  if (summary == NULL)
    return;
  if (!diverge)
    {
      g_free (summary);
      return;
    }

  {
    PxDivergence *d = add_divergence (self, PX_DIVERGENCE_ATTRIBUTION, group, summary);

    for (guint m = 0; m < n_members; m++)
      add_document (d, article_id (self, members[m].article));
  }
}


/* How many outlets an omission's summary names before "and N more". */
#define OMISSION_NAMES 6

static void
compare_coverage (PxComparison *self,
                  guint         group)
{
  const PxAlignmentMember *members;
  guint n_members, n_articles = px_alignment_get_n_articles (self->alignment);
  g_autofree gboolean *present = g_new0 (gboolean, n_articles);
  g_autoptr(GString) missing = g_string_new (NULL);
  PxDivergence *d;
  guint n_missing = 0;

  members = px_alignment_group_get_members (self->alignment, group, &n_members);
  for (guint m = 0; m < n_members; m++)
    present[members[m].article] = TRUE;

  /* A summary names a few outlets; the documents list has them all. */
  for (guint a = 0; a < n_articles; a++)
    if (!present[a])
      {
        if (n_missing < OMISSION_NAMES)
          {
            if (missing->len > 0)
              g_string_append (missing, ", ");
            g_string_append (missing, article_outlet (self, a));
          }
        n_missing++;
      }
  if (n_missing == 0)
    return;

  if (n_missing <= OMISSION_NAMES)
    /* Translators: %s lists the outlets that do not report the claim. */
    d = add_divergence (self, PX_DIVERGENCE_OMISSION, group, g_strdup_printf (_("Not reported by %s"), missing->str));
  else
    d = add_divergence (self, PX_DIVERGENCE_OMISSION, group,
                        /* Translators: %s lists a few outlets that do not report the
                         * claim, %u is the number of the others. */
                        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Not reported by %s and %u more source",
                                                   "Not reported by %s and %u more sources",
                                                   n_missing - OMISSION_NAMES),
                                         missing->str, n_missing - OMISSION_NAMES));
  /* Each article once: no need for add_document()'s check, which would
   * make this quadratic in the size of the set.
   */
  for (guint a = 0; a < n_articles; a++)
    if (!present[a])
      g_ptr_array_add (d->documents, g_strdup (article_id (self, a)));
}

/**
 * px_comparison_new:
 * @alignment: an alignment
 *
 * Finds what differs inside each claim group of @alignment. Runs the
 * figure, attribution and quote finders over every article; call it in a
 * worker thread for large sets (see px_comparison_new_async()).
 *
 * Returns: (transfer full): the comparison
 */
PxComparison *
px_comparison_new (PxAlignment *alignment)
{
  PxComparison *self;
  GPtrArray *articles;
  guint n_groups;

  g_return_val_if_fail (PX_IS_ALIGNMENT (alignment), NULL);

  self = g_object_new (PX_TYPE_COMPARISON, NULL);
  self->alignment = g_object_ref (alignment);
  articles = px_alignment_get_articles (alignment);

  self->figures = px_figure_extract_articles (articles);
  _px_comparison_index_figures (self);
  for (guint a = 0; a < articles->len; a++)
    {
      GPtrArray *attributions = px_attribution_find (g_ptr_array_index (articles, a));

      /* The quote finder needs the speakers; give it what was just found. */
      g_ptr_array_add (self->attributions, attributions);
      g_ptr_array_add (self->quotes, px_quote_find_with_attributions (g_ptr_array_index (articles, a), attributions));
    }

  n_groups = px_alignment_get_n_groups (alignment);
  for (guint g = 0; g < n_groups; g++)
    {
      _px_comparison_compare_figures (self, g);
      compare_attributions (self, g);
      _px_comparison_compare_quotes (self, g);
      compare_wording (self, g);
      compare_coverage (self, g);
    }

  return self;
}

static void
new_worker (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  g_task_return_pointer (task, px_comparison_new (task_data), g_object_unref);
}

void
px_comparison_new_async (PxAlignment         *alignment,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PX_IS_ALIGNMENT (alignment));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, px_comparison_new_async);
  g_task_set_task_data (task, g_object_ref (alignment), g_object_unref);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, new_worker);
}

/**
 * px_comparison_new_finish:
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the comparison, or %NULL
 */
PxComparison *
px_comparison_new_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

PxAlignment *
px_comparison_get_alignment (PxComparison *self)
{
  g_return_val_if_fail (PX_IS_COMPARISON (self), NULL);
  return self->alignment;
}

/**
 * px_comparison_get_figures:
 * @self: a #PxComparison
 *
 * Returns: (transfer none) (element-type PxFigureMention): every figure, in
 *   article and text order; `document` indexes the alignment's articles
 */
GArray *
px_comparison_get_figures (PxComparison *self)
{
  g_return_val_if_fail (PX_IS_COMPARISON (self), NULL);
  return self->figures;
}

/**
 * px_comparison_get_figure_groups:
 * @self: a #PxComparison
 *
 * Returns: (transfer none) (element-type PxGroupFigures): the compared
 *   quantities, group by group
 */
GPtrArray *
px_comparison_get_figure_groups (PxComparison *self)
{
  g_return_val_if_fail (PX_IS_COMPARISON (self), NULL);
  return self->figure_groups;
}

/**
 * px_comparison_get_attributions:
 * @self: a #PxComparison
 * @article: index of an article in the alignment
 *
 * Returns: (transfer none) (element-type PxAttribution): its attributions
 */
GPtrArray *
px_comparison_get_attributions (PxComparison *self,
                                guint         article)
{
  g_return_val_if_fail (PX_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (article < self->attributions->len, NULL);
  return g_ptr_array_index (self->attributions, article);
}

/**
 * px_comparison_get_quotes:
 * @self: a #PxComparison
 * @article: index of an article in the alignment
 *
 * Returns: (transfer none) (element-type PxQuote): its direct quotations
 */
GPtrArray *
px_comparison_get_quotes (PxComparison *self,
                          guint         article)
{
  g_return_val_if_fail (PX_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (article < self->quotes->len, NULL);
  return g_ptr_array_index (self->quotes, article);
}

/**
 * px_comparison_get_group_quotes:
 * @self: a #PxComparison
 *
 * Returns: (transfer none) (element-type PxGroupQuote): quotations that are
 *   part of claim groups, with their fidelity
 */
GArray *
px_comparison_get_group_quotes (PxComparison *self)
{
  g_return_val_if_fail (PX_IS_COMPARISON (self), NULL);
  return self->group_quotes;
}

/**
 * px_comparison_get_divergences:
 * @self: a #PxComparison
 *
 * Returns: (transfer none) (element-type PxDivergence): all divergences,
 *   group by group in the alignment's order
 */
GPtrArray *
px_comparison_get_divergences (PxComparison *self)
{
  g_return_val_if_fail (PX_IS_COMPARISON (self), NULL);
  return self->divergences;
}

/**
 * px_comparison_dup_group_details:
 * @self: a #PxComparison
 * @group: a claim group
 *
 * Returns: (transfer full) (element-type utf8): the summaries of the
 *   group's divergences, for people
 */
GPtrArray *
px_comparison_dup_group_details (PxComparison *self,
                                 guint         group)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (PX_IS_COMPARISON (self), out);

  for (guint i = 0; i < self->divergences->len; i++)
    {
      PxDivergence *d = g_ptr_array_index (self->divergences, i);

      if (d->group == group)
        g_ptr_array_add (out, g_strdup (d->summary));
    }
  return out;
}

/**
 * px_comparison_dup_root:
 * @self: a #PxComparison
 * @article: index of an article
 *
 * Returns: (transfer full): the root of the article's attribution chains:
 *   its outlet and dateline agency
 */
char *
px_comparison_dup_root (PxComparison *self,
                        guint         article)
{
  PxArticle *a;
  char *root;

  g_return_val_if_fail (PX_IS_COMPARISON (self), NULL);

  a = px_alignment_get_article (self->alignment, article);
  if ((root = px_attribution_describe_root (a)) != NULL)
    return root;
  return g_strdup (px_article_get_outlet (a));
}
