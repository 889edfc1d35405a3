/* px-align-events.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-aligner"

#include "config.h"

#include <math.h>

#include "px-align-private.h"

/* Which articles report one event. Sets often mix look-alike events (two
 * arrests, two earthquakes): their sentences share the vocabulary of the
 * kind of event, so no sentence pair tells them apart, but the articles as
 * a whole do (their names, places, dates). The articles are clustered by
 * average linkage over their TF-IDF cosine (px-align-features.c), over all
 * their terms and over their names and figures alone, mixed in the share
 * that bench/fit-scorer.py fits with the event threshold, on sets of two
 * events and sets of one; grouping then links no two sentences of
 * different events.
 *
 * How alike two articles of one event read depends on the language, the
 * outlets and the length (German compounds and inflection lower every
 * cosine), so the cosine is first scaled by each article's own k-th
 * nearest neighbour: s(i,j) / sqrt(nn_k(i) nn_k(j)), as self-tuning
 * spectral clustering scales distances. An article then counts as close to
 * its event by the standard of its own set, and the fitted threshold is a
 * ratio that carries across languages. k is fitted with the threshold.
 *
 * TF-IDF cosine does not see across languages, so a set in more than one
 * language counts as one event. The clustering is the textbook one over a dense matrix with the
 * Lance–Williams update for average linkage, cubic in the articles; beyond
 * MAX_ARTICLES every article counts as one event rather than cost seconds.
 */
#define MAX_ARTICLES 256

/* Merges the most similar pair of live clusters; FALSE when none reaches
 * @threshold.
 */
static gboolean
merge_best (double   *sim,
            guint    *size,
            guint    *label,
            guint     n,
            double    threshold)
{
  double best = threshold;
  guint bi = G_MAXUINT, bj = G_MAXUINT;

  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; size[i] > 0 && j < n; j++)
      if (size[j] > 0 && sim[(gsize)i * n + j] >= best && (bi == G_MAXUINT || sim[(gsize)i * n + j] > best))
        best = sim[(gsize)i * n + j], bi = i, bj = j;
  if (bi == G_MAXUINT)
    return FALSE;

  for (guint k = 0; k < n; k++)
    if (size[k] > 0 && k != bi && k != bj)
      {
        double s = (size[bi] * sim[(gsize)bi * n + k] + size[bj] * sim[(gsize)bj * n + k]) /
                   (size[bi] + size[bj]);

        sim[(gsize)bi * n + k] = sim[(gsize)k * n + bi] = s;
      }
  for (guint a = 0; a < n; a++)
    if (label[a] == bj)
      label[a] = bi;
  size[bi] += size[bj];
  size[bj] = 0;
  return TRUE;
}

/* The k-th largest similarity of each article to the others, never below a
 * floor so that an article sharing nothing with the set stays apart rather
 * than dividing by zero. k is clamped to n/2 - 1: in a set of two events
 * the smaller one has at most n/2 articles, so the neighbour that sets an
 * article's scale is one of its own event's, however small the set.
 */
static double *
neighbour_scale (const double *sim,
                 guint         n,
                 guint         k)
{
  double *scale = g_new (double, n);
  g_autofree double *row = g_new (double, n);

  k = CLAMP (k, 1, MAX (1, n / 2 - 1));
  for (guint i = 0; i < n; i++)
    {
      guint m = 0;

      for (guint j = 0; j < n; j++)
        if (j != i)
          row[m++] = sim[(gsize)i * n + j];
      /* A partial selection sort: k is small. */
      for (guint a = 0; a < k; a++)
        for (guint b = a + 1; b < m; b++)
          if (row[b] > row[a])
            {
              double t = row[a];

              row[a] = row[b], row[b] = t;
            }
      scale[i] = MAX (row[k - 1], 1e-6);
    }
  return scale;
}

static const char *
dump_path (void)
{
  const char *path = g_getenv ("PARALLAX_ALIGN_ARTICLES");

  return path != NULL && *path != '\0' ? path : NULL;
}

/* PARALLAX_ALIGN_ARTICLES=FILE appends every article pair's cosine over
 * all terms and over names and figures, for bench/fit-scorer.py to fit
 * the event gate on exactly these values.
 */
static void
dump_articles (Run *run)
{
  const char *path = dump_path ();
  guint n = run->articles->len;
  FILE *out;

  if (path == NULL || !(out = fopen (path, "a")))
    return;
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      fprintf (out, "%s\t%s\t%.6g\t%.6g\n", px_article_get_id (g_ptr_array_index (run->articles, i)),
               px_article_get_id (g_ptr_array_index (run->articles, j)), px_align_article_cosine (run, i, j),
               px_align_article_name_cosine (run, i, j));
  fclose (out);
}

static gboolean
one_language_family (Run *run)
{
  for (guint i = 1; i < run->articles->len; i++)
    if (px_align_is_german (run->languages[i]) != px_align_is_german (run->languages[0]))
      return FALSE;
  return TRUE;
}

/**
 * px_align_events:
 * @run: a run whose articles are prepared (px_align_prepare_articles())
 * @threshold: the fitted event threshold; 0 or less: one event
 * @neighbour: which nearest neighbour scales an article's similarities
 * @names: the share of the names-and-figures cosine in an article pair's
 *   similarity, the rest being the cosine over all terms
 *
 * Returns: (transfer full) (nullable): per sorted article, the index of
 *   the first article of its event; %NULL when all report one event
 */
guint *
px_align_events (Run    *run,
                 double  threshold,
                 guint   neighbour,
                 double  names)
{
  guint n = run->articles->len;
  g_autofree double *sim = NULL;
  g_autofree double *scale = NULL;
  g_autofree guint *size = NULL;
  guint *label;

  /* Without a gate the similarities are only wanted for the fitting script. */
  if (n < 2 || n > MAX_ARTICLES || (threshold <= 0.0 && dump_path () == NULL))
    return NULL;
  dump_articles (run);
  /* Two articles are each other's only neighbour: scaled, their similarity
   * is 1 or 0, a test of whether they share a name, not a comparison with
   * the set (the gate is fitted on ECB+ sets of three articles and more).
   */
  if (threshold <= 0.0 || n < 3 || !one_language_family (run))
    return NULL;

  sim = g_new (double, (gsize)n * n);
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      sim[(gsize)i * n + j] = sim[(gsize)j * n + i] =
        (1.0 - names) * px_align_article_cosine (run, i, j) + names * px_align_article_name_cosine (run, i, j);

  scale = neighbour_scale (sim, n, neighbour);
  size = g_new (guint, n);
  label = g_new (guint, n);
  for (guint i = 0; i < n; i++)
    {
      size[i] = 1;
      label[i] = i;
      for (guint j = i + 1; j < n; j++)
        sim[(gsize)i * n + j] = sim[(gsize)j * n + i] = sim[(gsize)i * n + j] / sqrt (scale[i] * scale[j]);
    }
  while (merge_best (sim, size, label, n, threshold))
    ;
  return label;
}
