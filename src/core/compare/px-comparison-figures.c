/* px-comparison-figures.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-comparison"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "px-comparison-private.h"

static gboolean
is_member (const PxAlignmentMember *members,
           guint                    n_members,
           guint                    article,
           guint                    sentence)
{
  for (guint m = 0; m < n_members; m++)
    if (members[m].article == article && members[m].sentence == sentence)
      return TRUE;
  return FALSE;
}

static int
compare_guint (gconstpointer a,
               gconstpointer b)
{
  guint x = *(const guint *)a, y = *(const guint *)b;

  return x < y ? -1 : x > y;
}

static guint
key_hash (gconstpointer key)
{
  guint64 v = *(const guint64 *)key;

  return (guint)(v ^ (v >> 29) ^ (v >> 32) * 31);
}

/* Indexes the figure mentions by sentence, so that each group finds its own
 * without a pass over the whole set's.
 */
void
_px_comparison_index_figures (PxComparison *self)
{
  self->figures_at = g_hash_table_new_full (key_hash, g_int64_equal, g_free,
                                            (GDestroyNotify)g_array_unref);
  for (guint i = 0; i < self->figures->len; i++)
    {
      const PxFigureMention *mention = &g_array_index (self->figures, PxFigureMention, i);
      guint64 key = ((guint64)mention->document << 32) | mention->sentence;
      GArray *at = g_hash_table_lookup (self->figures_at, &key);

      if (at == NULL)
        {
          at = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (self->figures_at, g_memdup2 (&key, sizeof key), at);
        }
      g_array_append_val (at, i);
    }
}

/* The members' figures, in the order they were found. */
static GArray *
group_mentions (PxComparison            *self,
                const PxAlignmentMember *members,
                guint                    n_members)
{
  GArray *found = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint m = 0; m < n_members; m++)
    {
      guint64 key = ((guint64)members[m].article << 32) | members[m].sentence;
      GArray *at = g_hash_table_lookup (self->figures_at, &key);

      if (at != NULL && !is_member (members, m, members[m].article, members[m].sentence))
        g_array_append_vals (found, at->data, at->len);
    }
  g_array_sort (found, compare_guint);
  return found;
}

/* The figures clustered by quantity: the same unit or counted noun, shares
 * of a total apart from totals, and a source's two different numbers of
 * one unit in a claim apart ("300 km" long, "80 km" away), each with the
 * others' figures nearest to it. Figures that measure nothing we can name
 * are left out.
 */
static GPtrArray *
split_repeats (PxComparison *self,
               GPtrArray    *clusters)
{
  GPtrArray *split = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);

  for (guint c = 0; c < clusters->len; c++)
    {
      GArray *cluster = g_ptr_array_index (clusters, c);
      g_autoptr(GPtrArray) parts = px_figure_split_repeats (cluster, self->figures);

      for (guint p = 0; p < parts->len; p++)
        g_ptr_array_add (split, g_array_ref (g_ptr_array_index (parts, p)));
    }
  g_ptr_array_unref (clusters);
  return split;
}

static GPtrArray *
cluster_by_quantity (PxComparison *self,
                     GArray       *mentions)
{
  GPtrArray *clusters = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);

  for (guint k = 0; k < mentions->len; k++)
    {
      guint i = g_array_index (mentions, guint, k);
      PxFigure *figure = g_array_index (self->figures, PxFigureMention, i).figure;
      GArray *cluster = NULL;

      if (px_figure_get_kind (figure) == PX_FIGURE_KIND_OTHER &&
          px_figure_get_unit (figure) == NULL && px_figure_get_noun (figure) == NULL)
        continue;
      for (guint c = 0; c < clusters->len && cluster == NULL; c++)
        {
          GArray *candidate = g_ptr_array_index (clusters, c);
          PxFigure *first = g_array_index (self->figures, PxFigureMention,
                                           g_array_index (candidate, guint, 0)).figure;

          if (px_figure_get_is_part (first) == px_figure_get_is_part (figure) &&
              px_figure_same_quantity (first, figure))
            cluster = candidate;
        }
      if (cluster == NULL)
        {
          cluster = g_array_new (FALSE, FALSE, sizeof (guint));
          g_ptr_array_add (clusters, cluster);
        }
      g_array_append_val (cluster, i);
    }
  return split_repeats (self, clusters);
}

/* The verdict and summary of one cluster: compared when two sources give
 * it, "single" when only one does in a claim others carry too. Returns
 * %NULL when there is nothing to say.
 */
static char *
judge_cluster (PxComparison    *self,
               GArray          *cluster,
               guint            n_sources,
               PxFigureVerdict *verdict)
{
  g_autoptr(GPtrArray) figures = g_ptr_array_new ();
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GHashTable) cluster_sources = g_hash_table_new (NULL, NULL);
  const PxFigureMention *first = &g_array_index (self->figures, PxFigureMention,
                                                 g_array_index (cluster, guint, 0));
  g_autofree char *reading = NULL;

  for (guint k = 0; k < cluster->len; k++)
    {
      const PxFigureMention *mention = &g_array_index (self->figures, PxFigureMention,
                                                       g_array_index (cluster, guint, k));

      g_ptr_array_add (figures, mention->figure);
      g_ptr_array_add (names, (gpointer)article_outlet (self, mention->document));
      g_hash_table_add (cluster_sources, GUINT_TO_POINTER (mention->document + 1));
    }
  g_ptr_array_add (names, NULL);

  if (g_hash_table_size (cluster_sources) >= 2)
    return px_figure_summarize (figures, (const char * const *)names->pdata, verdict);
  if (n_sources < 2)
    return NULL;
  reading = px_figure_format (first->figure);
  *verdict = PX_FIGURE_VERDICT_SINGLE;
  /* Translators: "Only Blickpunkt24 gives a figure: ≈2,400 ha". */
  return g_strdup_printf (_("Only %s gives a figure: %s"),
                          article_outlet (self, first->document), reading);
}

/* Figures: within each group, the figures of the members' sentences are
 * clustered by quantity, and each cluster that spans sources gets a
 * verdict. A quantity only one source states, in a claim others carry too,
 * is "single".
 */
void
_px_comparison_compare_figures (PxComparison *self,
                                guint         group)
{
  const PxAlignmentMember *members;
  guint n_members;
  g_autoptr(GHashTable) sources = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) mentions = NULL;
  g_autoptr(GPtrArray) clusters = NULL;

  members = px_alignment_group_get_members (self->alignment, group, &n_members);
  for (guint m = 0; m < n_members; m++)
    g_hash_table_add (sources, GUINT_TO_POINTER (members[m].article + 1));
  mentions = group_mentions (self, members, n_members);
  clusters = cluster_by_quantity (self, mentions);

  for (guint c = 0; c < clusters->len; c++)
    {
      GArray *cluster = g_ptr_array_index (clusters, c);
      PxFigure *first = g_array_index (self->figures, PxFigureMention,
                                       g_array_index (cluster, guint, 0)).figure;
      PxFigureVerdict verdict;
      PxGroupFigures *gf;
      char *summary;

      summary = judge_cluster (self, cluster, g_hash_table_size (sources), &verdict);
      if (summary == NULL)
        continue;

      gf = g_new0 (PxGroupFigures, 1);
      gf->group = group;
      gf->quantity = g_strdup (px_figure_quantity_key (first));
      gf->verdict = verdict;
      gf->mentions = g_array_ref (cluster);
      gf->summary = summary;
      g_ptr_array_add (self->figure_groups, gf);

      if (verdict != PX_FIGURE_VERDICT_AGREE)
        {
          PxDivergence *d = add_divergence (self, PX_DIVERGENCE_FIGURE, group, g_strdup (summary));

          d->figure_verdict = verdict;
          d->comparison = self->figure_groups->len - 1;
          for (guint k = 0; k < cluster->len; k++)
            {
              guint m = g_array_index (cluster, guint, k);

              add_document (d, article_id (self, g_array_index (self->figures, PxFigureMention,
                                                                m).document));
            }
        }
    }
}
