/* px-align-rank.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-aligner"

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "px-align-private.h"

/* Competition between partners. Two sentences of articles about one event
 * share its vocabulary whatever they report; what sets the partner apart is
 * that it is the best match the other article has. Each candidate pair is
 * ranked, from both sides, among the unit's candidates in the other
 * article by the similarity model (fitted on human similarity scores); the
 * link model then reads the ranks and the gap to the best.
 */

/* A pair never proposed ranks behind every candidate. */
#define UNRANKED 12

typedef struct
{
  guint edge;
  guint article;
  float similarity;
} Slot;

static int
compare_slots (gconstpointer a,
               gconstpointer b)
{
  const Slot *x = a, *y = b;

  if (x->article != y->article)
    return x->article < y->article ? -1 : 1;
  if (x->similarity != y->similarity)
    return x->similarity > y->similarity ? -1 : 1;
  return x->edge < y->edge ? -1 : x->edge > y->edge;
}

/* Sets rank[side of e] and gap[side of e] for the slots of one unit. */
static void
rank_unit (Slot   *slots,
           guint   n,
           GArray *edges,
           guint   unit,
           guint  *rank,
           float  *gap)
{
  guint r = 0, last = G_MAXUINT;
  float best = 0.0f;

  qsort (slots, n, sizeof (Slot), compare_slots);
  for (guint i = 0; i < n; i++)
    {
      Edge *edge = &g_array_index (edges, Edge, slots[i].edge);
      guint side = edge->a == unit ? 0 : 1;

      if (slots[i].article != last)
        r = 0, best = slots[i].similarity, last = slots[i].article;
      r++;
      rank[2 * slots[i].edge + side] = r;
      gap[2 * slots[i].edge + side] = best - slots[i].similarity;
    }
}

/**
 * px_align_rank_features:
 * @run: a prepared run
 * @edges: (element-type Edge): the candidate pairs
 * @features: PX_N_FEATURES per edge, all but the rank features filled
 *
 * Fills the rank features of every edge.
 */
void
px_align_rank_features (Run    *run,
                        GArray *edges,
                        double *features)
{
  g_autoptr(GError) error = NULL;
  const PxAlignModel *similarity = px_align_model_get_similarity (run->vectors != NULL, &error);
  guint n = run->units->len;
  g_autofree guint *start = g_new0 (guint, n + 1);
  g_autofree guint *fill = NULL;
  g_autofree Slot *slots = g_new (Slot, MAX (1, 2 * edges->len));
  g_autofree guint *rank = g_new (guint, MAX (1, 2 * edges->len));
  g_autofree float *gap = g_new (float, MAX (1, 2 * edges->len));

  for (guint e = 0; e < edges->len; e++)
    {
      start[g_array_index (edges, Edge, e).a + 1]++;
      start[g_array_index (edges, Edge, e).b + 1]++;
    }
  for (guint u = 0; u < n; u++)
    start[u + 1] += start[u];
  fill = g_memdup2 (start, (n + 1) * sizeof (guint));
  for (guint e = 0; e < edges->len; e++)
    {
      Edge *edge = &g_array_index (edges, Edge, e);
      float s = similarity != NULL ? (float)px_align_model_score (similarity, &features[(gsize)e * PX_N_FEATURES])
                                   : (float)features[(gsize)e * PX_N_FEATURES + PX_FEATURE_LEXICAL];

      slots[fill[edge->a]++] = (Slot) { e, px_align_unit (run, edge->b)->article, s };
      slots[fill[edge->b]++] = (Slot) { e, px_align_unit (run, edge->a)->article, s };
    }
  for (guint u = 0; u < n; u++)
    rank_unit (slots + start[u], start[u + 1] - start[u], edges, u, rank, gap);

  for (guint e = 0; e < edges->len; e++)
    {
      double *f = &features[(gsize)e * PX_N_FEATURES];
      guint lo = MIN (rank[2 * e], rank[2 * e + 1]), hi = MAX (rank[2 * e], rank[2 * e + 1]);

      f[PX_FEATURE_RANK_BEST] = log (lo);
      f[PX_FEATURE_RANK_WORST] = log (hi);
      f[PX_FEATURE_MARGIN] = (gap[2 * e] + gap[2 * e + 1]) / 2.0;
    }
}

/* The rank features of a pair that was never a candidate. */
void
px_align_no_rank (double *features)
{
  features[PX_FEATURE_RANK_BEST] = log (UNRANKED);
  features[PX_FEATURE_RANK_WORST] = log (UNRANKED);
  features[PX_FEATURE_MARGIN] = 1.0;
}
