/* px-align-events.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-aligner"

#include "config.h"

#include "px-align-private.h"

/* Which articles report one event. Sets often mix look-alike events (two
 * arrests, two earthquakes): their sentences share the vocabulary of the
 * kind of event, so no sentence pair tells them apart, but the articles as
 * a whole do (their names, places, dates). The articles are clustered by
 * average linkage over their TF-IDF cosine (px-align-features.c), stopping
 * at the event threshold that bench/fit-scorer.py fits with the link model
 * on sets of two events and sets of one; grouping then links no two
 * sentences of different events.
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

/**
 * px_align_events:
 * @run: a run whose articles are prepared (px_align_prepare_articles())
 * @threshold: the fitted event threshold; 0 or less: one event
 *
 * Returns: (transfer full) (nullable): per sorted article, the index of
 *   the first article of its event; %NULL when all report one event
 */
guint *
px_align_events (Run    *run,
                 double  threshold)
{
  guint n = run->articles->len;
  g_autofree double *sim = NULL;
  g_autofree guint *size = NULL;
  guint *label;

  if (threshold <= 0.0 || n < 2 || n > MAX_ARTICLES)
    return NULL;
  for (guint i = 1; i < n; i++)
    if (px_align_is_german (run->languages[i]) != px_align_is_german (run->languages[0]))
      return NULL;
  sim = g_new (double, (gsize)n * n);
  size = g_new (guint, n);
  label = g_new (guint, n);
  for (guint i = 0; i < n; i++)
    {
      size[i] = 1;
      label[i] = i;
      for (guint j = i + 1; j < n; j++)
        sim[(gsize)i * n + j] = sim[(gsize)j * n + i] = px_align_article_cosine (run, i, j);
    }
  while (merge_best (sim, size, label, n, threshold))
    ;
  return label;
}
