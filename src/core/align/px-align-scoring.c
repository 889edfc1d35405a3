/* px-align-scoring.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-aligner"

#include "config.h"

#include "px-align-private.h"

/* Every candidate pair's features, then the ranks among each unit's
 * candidates (which need all of them), then the link model.
 *
 * The features are most of an alignment's time (issue #18), and each
 * pair's depend only on the prepared run, which nothing writes while they
 * are computed: so the pairs are cut into one slice per processor. The one
 * lazily filled table the features read, the articles' cosines, is filled
 * before the slices start. Each pair's features are the same whichever
 * thread computes them, so the result does not depend on the number of
 * processors.
 */

#define PAIRS_PER_SLICE 2048   /* fewer are not worth a thread */
#define CHECK_EVERY     4096   /* pairs between looks at the cancellable */

typedef struct
{
  Run          *run;
  GArray       *edges;
  double       *features;
  Progress     *progress;     /* only the calling thread's slice reports */
  GCancellable *cancellable;
} Scoring;

static void
score_slice (gpointer data,
             guint    from,
             guint    to,
             gboolean first)
{
  Scoring *scoring = data;

  for (guint e = from; e < to; e++)
    {
      Edge *edge = &g_array_index (scoring->edges, Edge, e);

      px_align_features (scoring->run, edge->a, edge->b, &scoring->features[(gsize)e * PX_N_FEATURES]);
      if ((e - from) % CHECK_EVERY == CHECK_EVERY - 1)
        {
          if (g_cancellable_is_cancelled (scoring->cancellable))
            break;
          if (first)
            px_align_report_progress (scoring->progress, 0.4 + 0.5 * (e + 1 - from) / (to - from));
        }
    }
}

/* Fills @features for every edge, on all processors. */
static void
score_features (Run          *run,
                GArray       *edges,
                double       *features,
                Progress     *progress,
                GCancellable *cancellable)
{
  Scoring scoring = { run, edges, features, progress, cancellable };

  for (guint e = 0; e < edges->len; e++)
    {
      Edge *edge = &g_array_index (edges, Edge, e);

      px_align_article_cosine (run, px_align_unit (run, edge->a)->article, px_align_unit (run, edge->b)->article);
    }
  px_align_parallel (edges->len, PAIRS_PER_SLICE, score_slice, &scoring);
}

/**
 * px_align_score_candidates:
 * @run: a prepared run
 * @progress: (nullable): where to report progress
 * @cancellable: (nullable): a #GCancellable
 *
 * Returns: (transfer full) (element-type Edge): the candidate pairs, each
 *   with its link probability
 */
GArray *
px_align_score_candidates (Run          *run,
                           Progress     *progress,
                           GCancellable *cancellable)
{
  GArray *edges = px_align_candidates (run, cancellable);
  g_autofree double *features = g_new0 (double, (gsize)MAX (1, edges->len) * PX_N_FEATURES);

  score_features (run, edges, features, progress, cancellable);
  px_align_rank_features (run, edges, features);
  for (guint e = 0; e < edges->len; e++)
    {
      Edge *edge = &g_array_index (edges, Edge, e);

      edge->score = (float)px_align_link_store (run, edge->a, edge->b, &features[(gsize)e * PX_N_FEATURES]);
    }
  return edges;
}
