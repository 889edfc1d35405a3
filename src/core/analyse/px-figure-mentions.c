/* px-figure-mentions.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-figure-mentions"

#include "config.h"

#include <math.h>
#include <string.h>

#include "px-article.h"
#include "px-figure-extractor.h"

/* The figures of an article set grouped by quantity and compared, in time
 * that grows with the number of figures, not with its square: figures find
 * their quantity through an index of quantity keys, and a source's repeats
 * are told apart by a set of the values it states.
 */

/* A German compound names its kind last ("Milchkühe" are "Kühe"): keys of
 * counts match when one ends in the other, of at least this many bytes.
 */
#define MIN_COMPOUND_HEAD 4

static void
comparison_free (gpointer data)
{
  PxFigureComparison *comparison = data;

  g_free (comparison->quantity);
  g_clear_pointer (&comparison->mentions, g_array_unref);
  g_free (comparison->summary);
  g_free (comparison);
}

/* Where each quantity's group is: by its key, and for counts by every
 * ending of its key long enough to be a compound's head. Each entry holds
 * the groups' indices in the order they were made.
 */
typedef struct
{
  GHashTable *by_key;      /* "part|count|key" → GArray of group indices */
  GHashTable *by_ending;   /* "part|ending" → GArray, endings of count keys */
} QuantityIndex;

static void
index_add (GHashTable *table,
           char       *key,
           guint       group)
{
  GArray *groups = g_hash_table_lookup (table, key);

  if (groups == NULL)
    {
      groups = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (table, key, groups);
    }
  else
    g_free (key);
  if (groups->len == 0 || g_array_index (groups, guint, groups->len - 1) != group)
    g_array_append_val (groups, group);
}

/* The first group, by index, of the entry @key, if it comes before *@best. */
static void
index_first (GHashTable *table,
             const char *key,
             guint      *best)
{
  GArray *groups = g_hash_table_lookup (table, key);

  if (groups != NULL && g_array_index (groups, guint, 0) < *best)
    *best = g_array_index (groups, guint, 0);
}

/* The first group whose figures measure what @figure measures (see
 * px_figure_same_quantity()), or G_MAXUINT.
 */
static guint
index_find (QuantityIndex  *index,
            const PxFigure *figure)
{
  const char *key = px_figure_quantity_key (figure);
  gboolean part = px_figure_get_is_part (figure);
  gboolean count = px_figure_get_kind (figure) == PX_FIGURE_KIND_COUNT;
  g_autofree char *exact = g_strdup_printf ("%d|%d|%s", part, count, key);
  guint best = G_MAXUINT;
  gsize n = strlen (key);

  index_first (index->by_key, exact, &best);
  if (!count)
    return best;
  /* The groups of a head this key ends in ("Milchkühe" → "Kühe")… */
  for (gsize i = 1; i + MIN_COMPOUND_HEAD <= n; i++)
    {
      g_autofree char *head = g_strdup_printf ("%d|1|%s", part, key + i);

      index_first (index->by_key, head, &best);
    }
  /* …and of compounds that end in this key. */
  if (n >= MIN_COMPOUND_HEAD)
    {
      g_autofree char *ending = g_strdup_printf ("%d|%s", part, key);

      index_first (index->by_ending, ending, &best);
    }
  return best;
}

static void
index_insert (QuantityIndex  *index,
              const PxFigure *figure,
              guint           group)
{
  const char *key = px_figure_quantity_key (figure);
  gboolean part = px_figure_get_is_part (figure);
  gboolean count = px_figure_get_kind (figure) == PX_FIGURE_KIND_COUNT;
  gsize n = strlen (key);

  index_add (index->by_key, g_strdup_printf ("%d|%d|%s", part, count, key), group);
  for (gsize i = 1; count && i + MIN_COMPOUND_HEAD <= n; i++)
    index_add (index->by_ending, g_strdup_printf ("%d|%s", part, key + i), group);
}

/* The figures by quantity, in order of first mention. */
static GPtrArray *
group_by_quantity (GArray *mentions)
{
  GPtrArray *comparisons = g_ptr_array_new_with_free_func (comparison_free);
  QuantityIndex index = {
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_array_unref),
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_array_unref),
  };

  for (guint m = 0; m < mentions->len; m++)
    {
      PxFigure *figure = g_array_index (mentions, PxFigureMention, m).figure;
      const char *key = px_figure_quantity_key (figure);
      PxFigureComparison *found;
      guint group;

      if (key == NULL)
        continue;
      if ((group = index_find (&index, figure)) == G_MAXUINT)
        {
          found = g_new0 (PxFigureComparison, 1);
          found->quantity = g_strdup (key);
          found->is_part = px_figure_get_is_part (figure);
          found->mentions = g_array_new (FALSE, FALSE, sizeof (guint));
          group = comparisons->len;
          g_ptr_array_add (comparisons, found);
          index_insert (&index, figure, group);
        }
      found = g_ptr_array_index (comparisons, group);
      g_array_append_val (found->mentions, m);
    }

  g_hash_table_unref (index.by_key);
  g_hash_table_unref (index.by_ending);
  return comparisons;
}

/* A figure's value on a log scale, for telling which of several figures
 * another one is closest to.
 */
static double
figure_center (PxFigure *f)
{
  double low = px_figure_get_low (f), high = px_figure_get_high (f);

  if (px_figure_get_qualifier (f) == PX_FIGURE_VAGUE)
    return log (MAX (low * 3, 1e-9));
  if (!isnan (low) && !isnan (high))
    return (log (MAX (low, 1e-9)) + log (MAX (high, 1e-9))) / 2;
  return log (MAX (isnan (low) ? high : low, 1e-9));
}

/* The value a figure states, as a key: two figures of one source with the
 * same key say the same number (px_figure_compare() finds them agreeing or
 * hedging), figures with different keys different ones.
 */
static char *
stated_value (PxFigure *f)
{
  double low = px_figure_get_low (f), high = px_figure_get_high (f);

  if (px_figure_get_qualifier (f) == PX_FIGURE_RANGE)
    return g_strdup_printf ("r%.12g:%.12g", low, high);
  return g_strdup_printf ("v%.12g", isnan (low) ? high : low);
}

/* The seeds of a split: the largest set of mutually different figures any
 * one source gives, built in member order, the first such source winning.
 * A vague word next to a number ("Tausende", later "bis zu 12.000") is the
 * same thing told twice: it never joins a set, and a source whose first
 * figure is vague offers none. Returns %NULL when no source gives two
 * different figures.
 */
static GArray *
split_seeds (GArray *members,
             GArray *mentions)
{
  g_autoptr(GHashTable) candidates = g_hash_table_new_full (NULL, NULL, NULL,
                                                            (GDestroyNotify)g_array_unref);
  g_autoptr(GHashTable) values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) frozen = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) docs = g_array_new (FALSE, FALSE, sizeof (guint));
  GArray *seeds = NULL;

  for (guint l = 0; l < members->len; l++)
    {
      guint m = g_array_index (members, guint, l);
      PxFigureMention *mention = &g_array_index (mentions, PxFigureMention, m);
      gpointer doc = GUINT_TO_POINTER (mention->document + 1);
      GArray *candidate = g_hash_table_lookup (candidates, doc);
      gboolean vague = px_figure_get_qualifier (mention->figure) == PX_FIGURE_VAGUE;
      g_autofree char *stated = NULL;
      char *value;

      if (candidate == NULL)
        {
          candidate = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (candidates, doc, candidate);
          g_array_append_val (docs, mention->document);
          if (vague)
            g_hash_table_add (frozen, doc);
        }
      else if (vague || g_hash_table_contains (frozen, doc))
        continue;
      stated = stated_value (mention->figure);
      value = g_strdup_printf ("%u|%s", mention->document, stated);
      if (g_hash_table_contains (values, value))
        {
          g_free (value);
          continue;
        }
      g_hash_table_add (values, value);
      g_array_append_val (candidate, m);
    }

  for (guint d = 0; d < docs->len; d++)
    {
      guint doc = g_array_index (docs, guint, d);
      GArray *candidate = g_hash_table_lookup (candidates, GUINT_TO_POINTER (doc + 1));

      if (candidate->len >= 2 && (seeds == NULL || candidate->len > seeds->len))
        seeds = candidate;
    }
  return seeds != NULL ? g_array_ref (seeds) : NULL;
}

/* @members in parts around @seeds: every figure joins the seed nearest in
 * value, a seed itself its own.
 */
static GPtrArray *
split_around (GArray *members,
              GArray *seeds,
              GArray *mentions)
{
  g_autofree double *centers = g_new (double, seeds->len);
  GPtrArray *parts = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);

  for (guint s = 0; s < seeds->len; s++)
    {
      centers[s] = figure_center (g_array_index (mentions, PxFigureMention,
                                                 g_array_index (seeds, guint, s)).figure);
      g_ptr_array_add (parts, g_array_new (FALSE, FALSE, sizeof (guint)));
    }

  for (guint k = 0; k < members->len; k++)
    {
      guint m = g_array_index (members, guint, k);
      double center = figure_center (g_array_index (mentions, PxFigureMention, m).figure);
      double best = INFINITY;
      guint best_seed = 0;

      for (guint s = 0; s < seeds->len; s++)
        {
          double d = g_array_index (seeds, guint, s) == m ? -1 : fabs (centers[s] - center);

          if (d < best)
            best = d, best_seed = s;
        }
      g_array_append_val ((GArray *)g_ptr_array_index (parts, best_seed), m);
    }
  return parts;
}

/**
 * px_figure_split_repeats:
 * @members: (element-type guint): indices into @mentions of figures of one
 *   quantity
 * @mentions: (element-type PxFigureMention): the figures
 *
 * When one source gives two different numbers for one quantity ("7,34
 * Meter" now, "2,50 Meter" normally; "300 km" long, "80 km" away), they
 * measure different things: @members is split around that source's
 * figures, and every other figure joins the one nearest in value. Where
 * each source gives one number the group stays whole, so that a
 * contradiction between sources stays one.
 *
 * Returns: (transfer full) (element-type GArray): the parts, in order of
 *   their seeds; @members itself alone when no source gives two different
 *   figures
 */
GPtrArray *
px_figure_split_repeats (GArray *members,
                         GArray *mentions)
{
  g_autoptr(GArray) seeds = NULL;
  GPtrArray *whole;

  g_return_val_if_fail (members != NULL, NULL);
  g_return_val_if_fail (mentions != NULL, NULL);

  if ((seeds = split_seeds (members, mentions)) != NULL)
    return split_around (members, seeds, mentions);
  whole = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
  g_ptr_array_add (whole, g_array_ref (members));
  return whole;
}

/* Splits each comparison by px_figure_split_repeats(): the first part stays
 * in the comparison, the others are appended to @comparisons.
 */
static void
split_by_source_repeats (GPtrArray *comparisons,
                         GArray    *mentions)
{
  guint n = comparisons->len;

  for (guint c = 0; c < n; c++)
    {
      PxFigureComparison *comparison = g_ptr_array_index (comparisons, c);
      g_autoptr(GPtrArray) parts = px_figure_split_repeats (comparison->mentions, mentions);

      if (parts->len == 1)
        continue;
      g_array_unref (comparison->mentions);
      comparison->mentions = g_array_ref (g_ptr_array_index (parts, 0));
      for (guint s = 1; s < parts->len; s++)
        {
          PxFigureComparison *split = g_new0 (PxFigureComparison, 1);

          split->quantity = g_strdup (comparison->quantity);
          split->is_part = comparison->is_part;
          split->mentions = g_array_ref (g_ptr_array_index (parts, s));
          g_ptr_array_add (comparisons, split);
        }
    }
}

/**
 * px_figure_compare_mentions:
 * @articles: (element-type PxArticle): the article set
 * @mentions: (element-type PxFigureMention): its figures
 *
 * Groups the figures by quantity across the sources and compares each
 * group. Shares of a total are grouped apart from totals. Figures without a
 * unit or counted noun cannot be told apart and are left out.
 *
 * Until alignment groups restrict comparison to parallel passages, two
 * different counts of one noun in one set (a total and an uncued
 * sub-count) land in the same group.
 *
 * Returns: (transfer full) (element-type PxFigureComparison): one entry per
 *   quantity, in order of first mention
 */
GPtrArray *
px_figure_compare_mentions (GPtrArray *articles,
                            GArray    *mentions)
{
  g_autoptr(GPtrArray) comparisons = NULL;

  g_return_val_if_fail (articles != NULL, NULL);
  g_return_val_if_fail (mentions != NULL, NULL);

  comparisons = group_by_quantity (mentions);
  split_by_source_repeats (comparisons, mentions);

  for (guint c = 0; c < comparisons->len; c++)
    {
      PxFigureComparison *comparison = g_ptr_array_index (comparisons, c);
      g_autoptr(GPtrArray) figures = g_ptr_array_new ();
      g_autoptr(GPtrArray) sources = g_ptr_array_new ();

      for (guint k = 0; k < comparison->mentions->len; k++)
        {
          guint m = g_array_index (comparison->mentions, guint, k);
          PxFigureMention *mention = &g_array_index (mentions, PxFigureMention, m);
          PxArticle *article = g_ptr_array_index (articles, mention->document);

          g_ptr_array_add (figures, mention->figure);
          g_ptr_array_add (sources, (gpointer)px_article_get_id (article));
        }
      g_ptr_array_add (sources, NULL);
      comparison->summary = px_figure_summarize (figures, (const char * const *)sources->pdata,
                                                 &comparison->verdict);
    }

  return g_steal_pointer (&comparisons);
}
