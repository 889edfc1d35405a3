/* px-align-candidates.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-aligner"

#include "config.h"

#include <math.h>
#include <string.h>

#include "px-align-private.h"

/* Which pairs get scored. A set of a few dozen articles has few enough
 * pairs to score all those of articles that report one event
 * (px-align-events.c); beyond that an inverted index over the units' terms
 * proposes, for each unit, the units of other articles it shares the most
 * IDF weight with, skipping the postings of terms nearly every unit has.
 * Pairs across events never group, so the index alone proposes them, for
 * the workbench's suggestions. The limits are costs, not matching
 * decisions: bench/fit-scorer.py prints how many gold pairs the candidates
 * keep.
 */

#define ALL_PAIRS_LIMIT  600000  /* pairs scored exhaustively */
#define CANDIDATES_PER_UNIT 24
#define ACROSS_PER_UNIT  48      /* across events: more articles to cover */
#define POSTING_LIMIT    2000    /* longer postings say nothing */

typedef struct
{
  guint unit;
  float weight;
} Posting;

/* Pairs of units from different articles of one event. */
static guint64
count_pairs (Run *run)
{
  guint64 pairs = 0;

  for (guint x = 0; x < run->articles->len; x++)
    for (guint y = x + 1; y < run->articles->len; y++)
      if (px_align_same_event (run, x, y))
        pairs += (guint64)(run->first_unit[x + 1] - run->first_unit[x]) *
                 (run->first_unit[y + 1] - run->first_unit[y]);
  return pairs;
}

static gboolean
split_events (Run *run)
{
  for (guint x = 1; x < run->articles->len; x++)
    if (!px_align_same_event (run, 0, x))
      return TRUE;
  return FALSE;
}

static void
all_pairs (Run    *run,
           GArray *pairs)
{
  for (guint a = 0; a < run->units->len; a++)
    {
      guint article = px_align_unit (run, a)->article;

      for (guint y = article + 1; y < run->articles->len; y++)
        {
          if (!px_align_same_event (run, article, y))
            continue;
          for (guint b = run->first_unit[y]; b < run->first_unit[y + 1]; b++)
            {
              Edge edge = { a, b, 0.0f };

              g_array_append_val (pairs, edge);
            }
        }
    }
}

static int
compare_scores (gconstpointer a,
                gconstpointer b)
{
  const Posting *x = a, *y = b;

  if (x->weight != y->weight)
    return x->weight > y->weight ? -1 : 1;
  return x->unit < y->unit ? -1 : x->unit > y->unit;
}

/* Moves the @k best of @n postings to the front, in no order (a
 * quickselect): a unit touches thousands of units through its postings and
 * keeps a few dozen, so sorting all of them was most of the proposing.
 */
static void
select_best (Posting *items,
             guint    n,
             guint    k)
{
  guint lo = 0, hi = n;

  while (hi - lo > 1 && k > lo && k < hi)
    {
      Posting pivot = items[lo + (hi - lo) / 2], tmp;
      guint store = lo;

      /* Three-way: better than the pivot, then equal (itself), then worse. */
      for (guint i = lo; i < hi; i++)
        if (compare_scores (&items[i], &pivot) < 0)
          {
            tmp = items[i], items[i] = items[store], items[store++] = tmp;
          }
      for (guint i = store; i < hi; i++)
        if (compare_scores (&items[i], &pivot) == 0)
          {
            tmp = items[i], items[i] = items[store], items[store] = tmp;
            break;
          }
      if (k <= store)
        hi = store;
      else
        lo = store + 1;
    }
}

/* Most features have no postings: their slots stay NULL. */
static void
free_list (gpointer list)
{
  if (list != NULL)
    g_array_unref (list);
}

static GPtrArray *
build_postings (Run *run)
{
  GPtrArray *postings = g_ptr_array_new_with_free_func (free_list);

  g_ptr_array_set_size (postings, run->names->len + 1);
  for (guint u = 0; u < run->units->len; u++)
    {
      Unit *unit = px_align_unit (run, u);

      for (guint f = 0; f < unit->n_feats; f++)
        {
          GArray *list = g_ptr_array_index (postings, unit->feats[f]);
          Posting posting = { u, unit->feat_w[f] / MAX (unit->norm, 1e-6f) };

          if (list == NULL)
            {
              list = g_array_new (FALSE, FALSE, sizeof (Posting));
              g_ptr_array_index (postings, unit->feats[f]) = list;
            }
          g_array_append_val (list, posting);
        }
    }
  return postings;
}

/* The best-sharing partners of unit @u among the units of other articles,
 * or with @across only among those of articles that report other events.
 */
static void
propose (Run       *run,
         GPtrArray *postings,
         guint      u,
         gboolean   across,
         float     *acc,
         GArray    *touched,
         GArray    *pairs)
{
  Unit *unit = px_align_unit (run, u);
  g_autoptr(GArray) best = g_array_new (FALSE, FALSE, sizeof (Posting));
  guint keep;

  g_array_set_size (touched, 0);
  for (guint f = 0; f < unit->n_feats; f++)
    {
      GArray *list = g_ptr_array_index (postings, unit->feats[f]);
      float w = unit->feat_w[f] / MAX (unit->norm, 1e-6f);

      if (list == NULL || list->len > POSTING_LIMIT)
        continue;
      for (guint p = 0; p < list->len; p++)
        {
          Posting *posting = &g_array_index (list, Posting, p);
          guint other = px_align_unit (run, posting->unit)->article;

          if (other == unit->article || (across && px_align_same_event (run, unit->article, other)))
            continue;
          if (acc[posting->unit] == 0.0f)
            g_array_append_val (touched, posting->unit);
          acc[posting->unit] += w * posting->weight;
        }
    }
  for (guint i = 0; i < touched->len; i++)
    {
      guint v = g_array_index (touched, guint, i);
      Posting p = { v, acc[v] };

      g_array_append_val (best, p);
      acc[v] = 0.0f;
    }
  keep = MIN (best->len, across ? ACROSS_PER_UNIT : CANDIDATES_PER_UNIT);
  select_best ((Posting *)(gpointer)best->data, best->len, keep);
  for (guint i = 0; i < keep; i++)
    {
      guint v = g_array_index (best, Posting, i).unit;
      Edge edge = { MIN (u, v), MAX (u, v), 0.0f };

      g_array_append_val (pairs, edge);
    }
}

static int
compare_pairs (gconstpointer a,
               gconstpointer b)
{
  const Edge *x = a, *y = b;

  if (x->a != y->a)
    return x->a < y->a ? -1 : 1;
  return x->b < y->b ? -1 : x->b > y->b;
}

static void
unique_pairs (GArray *pairs)
{
  guint n = 0;

  g_array_sort (pairs, compare_pairs);
  for (guint i = 0; i < pairs->len; i++)
    if (n == 0 || compare_pairs (&g_array_index (pairs, Edge, n - 1), &g_array_index (pairs, Edge, i)) != 0)
      g_array_index (pairs, Edge, n++) = g_array_index (pairs, Edge, i);
  g_array_set_size (pairs, n);
}

/**
 * px_align_candidates:
 * @run: a prepared run
 * @cancellable: (nullable): a #GCancellable
 *
 * Returns: (transfer full) (element-type Edge): the pairs to score, each
 *   with a < b, in ascending order
 */
GArray *
px_align_candidates (Run          *run,
                     GCancellable *cancellable)
{
  GArray *pairs = g_array_new (FALSE, FALSE, sizeof (Edge));
  g_autoptr(GPtrArray) postings = NULL;
  g_autofree float *acc = NULL;
  g_autoptr(GArray) touched = NULL;
  gboolean exhaustive = count_pairs (run) <= ALL_PAIRS_LIMIT;

  if (exhaustive)
    all_pairs (run, pairs);
  if (exhaustive && !split_events (run))
    return pairs;
  /* Across events the index still proposes a unit's likeliest partners:
   * they never group, but the workbench offers them, so that a wrong split
   * can be corrected.
   */
  postings = build_postings (run);
  acc = g_new0 (float, run->units->len);
  touched = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint u = 0; u < run->units->len; u++)
    {
      if (u % 1024 == 0 && g_cancellable_is_cancelled (cancellable))
        break;
      propose (run, postings, u, exhaustive, acc, touched, pairs);
    }
  unique_pairs (pairs);
  return pairs;
}
