/* px-align-px_align_emit.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-aligner"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "px-align-private.h"
/* A large group's member scores are means over an even sample of the
 * other members, which keeps emitting linear in practice.
 */
#define LINK_SAMPLE 8

static inline guint
sample_stride (guint n)
{
  return MAX (1, n / LINK_SAMPLE);
}

typedef struct
{
  Cluster *cluster;
  guint    coverage;
  guint    first_order;
  guint    first_unit;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *x = a, *y = b;

  if (x->coverage != y->coverage)
    return x->coverage > y->coverage ? -1 : 1;
  if (x->first_order != y->first_order)
    return x->first_order < y->first_order ? -1 : 1;
  return x->first_unit < y->first_unit ? -1 : x->first_unit > y->first_unit;
}

typedef struct
{
  guint caller;
  guint unit;
} MemberSlot;

static int
compare_slots (gconstpointer a,
               gconstpointer b)
{
  const MemberSlot *x = a, *y = b;

  if (x->caller != y->caller)
    return x->caller < y->caller ? -1 : 1;
  return x->unit < y->unit ? -1 : x->unit > y->unit;
}

static int
compare_evidence (gconstpointer a,
                  gconstpointer b)
{
  const PxAlignmentEvidence *x = a, *y = b;

  if (x->weight != y->weight)
    return x->weight > y->weight ? -1 : 1;
  return g_strcmp0 (x->term_a, y->term_a);
}

/* Each unit's best-scored partners per other article: the suggestions the
 * workbench offers, linked or not (issue "suggest and confirm").
 */
static GArray *
collect_candidates (Run    *run,
                    GArray *edges)
{
  guint n = run->units->len;
  g_autofree guint *start = NULL;
  g_autofree PxPartner *partners = px_align_partners (run, edges, NULL, &start);
  GArray *out = g_array_new (FALSE, FALSE, sizeof (PxAlignmentCandidate));

  for (guint u = 0; u < n; u++)
    {
      Unit *unit = px_align_unit (run, u);
      guint rank = 0, last = G_MAXUINT;

      for (guint p = start[u]; p < start[u + 1]; p++)
        {
          PxPartner *partner = &partners[p];
          Unit *other = px_align_unit (run, partner->other);
          PxAlignmentCandidate c = { run->to_caller[unit->article], unit->sentence,
                                     run->to_caller[other->article], other->sentence, 0,
                                     partner->score, FALSE };

          rank = partner->article == last ? rank + 1 : 1;
          last = partner->article;
          if (rank > PX_ALIGNMENT_CANDIDATES)
            continue;
          c.rank = rank;
          g_array_append_val (out, c);
        }
    }
  return out;
}

PxAlignment *
px_align_emit (Run       *run,
               GPtrArray *caller_articles,
               GPtrArray *clusters,
               GArray    *edges)
{
  PxAlignment *alignment = _px_alignment_new (caller_articles, run->threshold);
  g_autoptr(GArray) ranked = g_array_new (FALSE, FALSE, sizeof (Ranked));

  for (guint c = 0; c < clusters->len; c++)
    {
      Cluster *cluster = g_ptr_array_index (clusters, c);
      Ranked r = { cluster, 0, G_MAXUINT, G_MAXUINT };
      guint last_article = G_MAXUINT;

      for (guint i = 0; i < cluster->units->len; i++)
        {
          guint u = g_array_index (cluster->units, guint, i);
          Unit *unit = px_align_unit (run, u);

          if (unit->article != last_article)
            r.coverage++;
          last_article = unit->article;
          r.first_order = MIN (r.first_order, unit->order);
          r.first_unit = MIN (r.first_unit, u);
        }
      g_array_append_val (ranked, r);
    }
  g_array_sort (ranked, compare_ranked);

  for (guint g = 0; g < ranked->len; g++)
    {
      Cluster *cluster = g_array_index (ranked, Ranked, g).cluster;
      guint n = cluster->units->len;
      g_autoptr(GArray) slots = g_array_new (FALSE, FALSE, sizeof (MemberSlot));
      GArray *members = g_array_new (FALSE, FALSE, sizeof (PxAlignmentMember));
      GPtrArray *explanations = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
      GPtrArray *diffs = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
      g_autofree double *sums = g_new0 (double, n);
      guint reference = 0;

      for (guint i = 0; i < n; i++)
        {
          guint u = g_array_index (cluster->units, guint, i);
          MemberSlot slot = { run->to_caller[px_align_unit (run, u)->article], u };

          g_array_append_val (slots, slot);
        }
      g_array_sort (slots, compare_slots);

      {
        guint stride = sample_stride (n);
        guint n_sampled = 0;

        for (guint j = 0; j < n; j += stride)
          n_sampled++;
        for (guint i = 0; i < n; i++)
          {
            for (guint j = 0; j < n; j += stride)
              if (j != i)
                sums[i] += px_align_link (run, g_array_index (slots, MemberSlot, i).unit,
                                      g_array_index (slots, MemberSlot, j).unit);
            /* Mean over the others sampled. */
            sums[i] /= MAX (1, n_sampled - (i % stride == 0 ? 1 : 0));
          }
      }
      for (guint i = 1; i < n; i++)
        if (sums[i] > sums[reference] + 1e-9)
          reference = i;

      for (guint i = 0; i < n; i++)
        {
          MemberSlot *slot = &g_array_index (slots, MemberSlot, i);
          Unit *unit = px_align_unit (run, slot->unit);
          PxAlignmentMember member = { slot->caller, unit->sentence, MIN (1.0, sums[i]) };
          GArray *evidence = _px_alignment_evidence_array_new ();
          guint partner = reference;
          double direct;

          g_array_append_val (members, member);

          if (i == reference)
            {
              double best = -1.0;

              for (guint j = 0; j < n; j++)
                if (j != i)
                  {
                    double s = px_align_link (run, slot->unit, g_array_index (slots, MemberSlot, j).unit);

                    if (s > best)
                      best = s, partner = j;
                  }
            }

          if (partner != i)
            {
              Unit *other = px_align_unit (run, g_array_index (slots, MemberSlot, partner).unit);
              guint other_unit = g_array_index (slots, MemberSlot, partner).unit;

              /* Terms read reference-side first. */
              px_align_score_pair (run, other_unit, slot->unit, evidence);
              px_align_soft_similarity (run, other_unit, slot->unit, evidence);
              direct = px_align_link (run, other_unit, slot->unit);
              if (direct < run->threshold && member.score > direct)
                {
                  PxAlignmentEvidence item = { PX_EVIDENCE_GROUP, NULL, NULL,
                                               member.score - direct };

                  g_array_append_val (evidence, item);
                }
              g_array_sort (evidence, compare_evidence);
              /* Across languages every word differs: the diff would say nothing. */
              g_ptr_array_add (diffs, i == reference || px_align_cross_lingual (run, other, unit) ?
                               g_array_new (FALSE, FALSE, sizeof (PxWordDiff)) :
                               px_align_word_diff (run, run->languages[other->article], other, unit));
            }
          else
            g_ptr_array_add (diffs, g_array_new (FALSE, FALSE, sizeof (PxWordDiff)));

          g_ptr_array_add (explanations, evidence);
        }

      {
        MemberSlot *ref = &g_array_index (slots, MemberSlot, reference);
        Unit *unit = px_align_unit (run, ref->unit);

        _px_alignment_add_group (alignment,
                                 px_align_make_label (g_ptr_array_index (run->articles, unit->article),
                                             unit->sentence),
                                 members, reference, explanations, diffs);
      }
    }

  _px_alignment_set_candidates (alignment, collect_candidates (run, edges));
  _px_alignment_finish (alignment);
  return alignment;
}

/* PARALLAX_ALIGN_TRACE=1 prints every scored pair with what matched, for
 * people tuning the engine on their own annotated sets.
 */
void
px_align_trace (Run    *run,
                GArray *edges)
{
  for (guint i = 0; i < edges->len; i++)
    {
      Edge *edge = &g_array_index (edges, Edge, i);
      Unit *ua = px_align_unit (run, edge->a), *ub = px_align_unit (run, edge->b);
      g_autoptr(GArray) evidence = g_array_new (FALSE, TRUE, sizeof (PxAlignmentEvidence));
      g_autoptr(GString) line = g_string_new (NULL);
      g_autofree char *ta = NULL;
      g_autofree char *tb = NULL;

      if (edge->score < 0.05f)
        continue;
      ta = px_article_dup_sentence_text (g_ptr_array_index (run->articles, ua->article), ua->sentence);
      tb = px_article_dup_sentence_text (g_ptr_array_index (run->articles, ub->article), ub->sentence);
      px_align_score_pair (run, edge->a, edge->b, evidence);
      px_align_soft_similarity (run, edge->a, edge->b, evidence);
      g_string_printf (line, "%.3f\t%s\t%s\t", edge->score, ta, tb);
      for (guint k = 0; k < evidence->len; k++)
        {
          PxAlignmentEvidence *item = &g_array_index (evidence, PxAlignmentEvidence, k);

          g_string_append_printf (line, "%s/%s:%.2f ", item->term_a, item->term_b, item->weight);
          g_free (item->term_a);
          g_free (item->term_b);
        }
      g_printerr ("%s\n", line->str);
    }
}
