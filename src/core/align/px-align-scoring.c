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

#define MAX_SLICES      8
#define PAIRS_PER_SLICE 2048   /* fewer are not worth a thread */
#define CHECK_EVERY     4096   /* pairs between looks at the cancellable */

typedef struct
{
  Run          *run;
  GArray       *edges;
  double       *features;
  guint         from;
  guint         to;
  Progress     *progress;     /* only the calling thread's slice reports */
  GCancellable *cancellable;
} Slice;

static void
score_slice (Slice *slice)
{
  for (guint e = slice->from; e < slice->to; e++)
    {
      Edge *edge = &g_array_index (slice->edges, Edge, e);

      px_align_features (slice->run, edge->a, edge->b, &slice->features[(gsize)e * PX_N_FEATURES]);
      if ((e - slice->from) % CHECK_EVERY == CHECK_EVERY - 1)
        {
          if (g_cancellable_is_cancelled (slice->cancellable))
            break;
          px_align_report_progress (slice->progress,
                                    0.4 + 0.5 * (e + 1 - slice->from) / (slice->to - slice->from));
        }
    }
}

static gpointer
score_slice_thread (gpointer data)
{
  score_slice (data);
  return NULL;
}

static guint
n_slices (guint n_edges)
{
  guint n = MIN (MAX_SLICES, (guint)g_get_num_processors ());

  return CLAMP (n_edges / PAIRS_PER_SLICE, 1, MAX (1, n));
}

/* Fills @features for every edge, the slices beyond the first in threads
 * of their own; a slice whose thread cannot start runs here.
 */
static void
score_features (Run          *run,
                GArray       *edges,
                double       *features,
                Progress     *progress,
                GCancellable *cancellable)
{
  guint n = n_slices (edges->len);
  Slice slices[MAX_SLICES];
  GThread *threads[MAX_SLICES] = { NULL };

  for (guint e = 0; e < edges->len; e++)
    {
      Edge *edge = &g_array_index (edges, Edge, e);

      px_align_article_cosine (run, px_align_unit (run, edge->a)->article, px_align_unit (run, edge->b)->article);
    }
  for (guint s = 0; s < n; s++)
    {
      slices[s] = (Slice) { run, edges, features,
                            (guint)((guint64)edges->len * s / n), (guint)((guint64)edges->len * (s + 1) / n),
                            s == 0 ? progress : NULL, cancellable };
      if (s > 0)
        threads[s] = g_thread_try_new ("px-align-score", score_slice_thread, &slices[s], NULL);
    }
  score_slice (&slices[0]);
  for (guint s = 1; s < n; s++)
    {
      if (threads[s] != NULL)
        g_thread_join (threads[s]);
      else
        score_slice (&slices[s]);
    }
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
