/* px-align-rank.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-aligner"

#include "config.h"

#include <math.h>

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

/* Sets rank[side of e] and gap[side of e] for one unit's sorted partners. */
static void
rank_unit (const PxPartner *partners,
           guint            n,
           guint           *rank,
           float           *gap)
{
  guint r = 0, last = G_MAXUINT;
  float best = 0.0f;

  for (guint i = 0; i < n; i++)
    {
      const PxPartner *p = &partners[i];

      if (p->article != last)
        r = 0, best = p->score, last = p->article;
      r++;
      rank[2 * p->edge + p->side] = r;
      gap[2 * p->edge + p->side] = best - p->score;
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
  g_autofree float *similarities = g_new (float, MAX (1, edges->len));
  g_autofree guint *rank = g_new (guint, MAX (1, 2 * edges->len));
  g_autofree float *gap = g_new (float, MAX (1, 2 * edges->len));
  g_autofree guint *start = NULL;
  g_autofree PxPartner *partners = NULL;

  for (guint e = 0; e < edges->len; e++)
    similarities[e] = similarity != NULL ?
                      (float)px_align_model_score (similarity, &features[(gsize)e * PX_N_FEATURES]) :
                      (float)features[(gsize)e * PX_N_FEATURES + PX_FEATURE_LEXICAL];
  partners = px_align_partners (run, edges, similarities, &start);
  for (guint u = 0; u < n; u++)
    rank_unit (partners + start[u], start[u + 1] - start[u], rank, gap);

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
