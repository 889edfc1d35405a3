/* px-align-grouping.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-aligner"

#include "config.h"

#include "px-align-private.h"

/* Groups as clusters, not chains of links: average-linkage agglomeration
 * over the link probabilities. Two groups merge while the mean probability
 * over all their pairs from different articles reaches the threshold, where
 * a pair never proposed counts as 0. A chain A~B~C therefore needs A~C too,
 * which keeps look-alike events apart (sets often mix two similar events),
 * while a strong group can take in a member with a weak direct link to one
 * of its members. A group may hold two sentences of one article (a headline
 * and the lead that repeats it).
 */

/* Pairs below this probability are left out of the averages as if 0: they
 * could not lift any average to a threshold, and keeping them costs time.
 */
#define EDGE_FLOOR 0.02f

typedef struct
{
  float avg;
  guint a;
  guint b;
  guint version_a;
  guint version_b;
} Merge;

typedef struct
{
  GArray      *members;      /* guint units */
  GHashTable  *per_article;  /* article + 1 → count */
  GHashTable  *links;        /* cluster + 1 → summed probability (double*) */
  guint        version;
  gboolean     alive;
} Node;

typedef struct
{
  Run    *run;
  Node   *nodes;
  guint   n;
  GArray *heap;   /* Merge, max-heap on avg */
} Agglomeration;

static gboolean
merge_before (const Merge *x,
              const Merge *y)
{
  if (x->avg != y->avg)
    return x->avg > y->avg;
  if (x->a != y->a)
    return x->a < y->a;
  return x->b < y->b;
}

static void
heap_push (GArray *heap,
           Merge   merge)
{
  guint i = heap->len;

  g_array_append_val (heap, merge);
  while (i > 0)
    {
      guint parent = (i - 1) / 2;
      Merge *p = &g_array_index (heap, Merge, parent), *c = &g_array_index (heap, Merge, i);
      Merge tmp;

      if (!merge_before (c, p))
        break;
      tmp = *p, *p = *c, *c = tmp;
      i = parent;
    }
}

static Merge
heap_pop (GArray *heap)
{
  Merge top = g_array_index (heap, Merge, 0);
  guint i = 0;

  g_array_index (heap, Merge, 0) = g_array_index (heap, Merge, heap->len - 1);
  g_array_set_size (heap, heap->len - 1);
  for (;;)
    {
      guint l = 2 * i + 1, r = l + 1, best = i;
      Merge tmp;

      if (l < heap->len && merge_before (&g_array_index (heap, Merge, l), &g_array_index (heap, Merge, best)))
        best = l;
      if (r < heap->len && merge_before (&g_array_index (heap, Merge, r), &g_array_index (heap, Merge, best)))
        best = r;
      if (best == i)
        break;
      tmp = g_array_index (heap, Merge, i);
      g_array_index (heap, Merge, i) = g_array_index (heap, Merge, best);
      g_array_index (heap, Merge, best) = tmp;
      i = best;
    }
  return top;
}

/* Pairs from different articles between two clusters. */
static double
cross_pairs (Node *x,
             Node *y)
{
  double pairs = (double)x->members->len * y->members->len;
  GHashTableIter iter;
  gpointer key, value;
  Node *small = g_hash_table_size (x->per_article) <= g_hash_table_size (y->per_article) ? x : y;
  Node *other = small == x ? y : x;

  g_hash_table_iter_init (&iter, small->per_article);
  while (g_hash_table_iter_next (&iter, &key, &value))
    pairs -= (double)GPOINTER_TO_UINT (value) *
             GPOINTER_TO_UINT (g_hash_table_lookup (other->per_article, key));
  return pairs;
}

static void
add_link (Node   *node,
          guint   other,
          double  sum)
{
  double *slot = g_hash_table_lookup (node->links, GUINT_TO_POINTER (other + 1));

  if (slot == NULL)
    {
      slot = g_new0 (double, 1);
      g_hash_table_insert (node->links, GUINT_TO_POINTER (other + 1), slot);
    }
  *slot += sum;
}

static void
push_merge (Agglomeration *ag,
            guint          a,
            guint          b,
            double         sum)
{
  double pairs = cross_pairs (&ag->nodes[a], &ag->nodes[b]);
  Merge merge = { 0.0f, MIN (a, b), MAX (a, b), 0, 0 };

  if (pairs <= 0.0)
    return;
  merge.avg = (float)(sum / pairs);
  merge.version_a = ag->nodes[merge.a].version;
  merge.version_b = ag->nodes[merge.b].version;
  heap_push (ag->heap, merge);
}

static void
node_init (Agglomeration *ag,
           guint          u)
{
  Node *node = &ag->nodes[u];

  node->members = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_append_val (node->members, u);
  node->per_article = g_hash_table_new (NULL, NULL);
  g_hash_table_insert (node->per_article, GUINT_TO_POINTER (px_align_unit (ag->run, u)->article + 1),
                       GUINT_TO_POINTER (1));
  node->links = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  node->alive = TRUE;
}

static void
node_clear (Node *node)
{
  g_clear_pointer (&node->members, g_array_unref);
  g_clear_pointer (&node->per_article, g_hash_table_unref);
  g_clear_pointer (&node->links, g_hash_table_unref);
}

/* Moves @from into @into and renews @into's candidate merges. */
static void
merge_nodes (Agglomeration *ag,
             guint          into,
             guint          from)
{
  Node *a = &ag->nodes[into], *b = &ag->nodes[from];
  GHashTableIter iter;
  gpointer key, value;

  g_array_append_vals (a->members, b->members->data, b->members->len);
  g_hash_table_iter_init (&iter, b->per_article);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (a->per_article, key,
                         GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (a->per_article, key)) +
                                           GPOINTER_TO_UINT (value)));
  g_hash_table_iter_init (&iter, b->links);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint c = GPOINTER_TO_UINT (key) - 1;

      if (c == into)
        continue;
      add_link (a, c, *(double *)value);
      add_link (&ag->nodes[c], into, *(double *)value);
      g_hash_table_remove (ag->nodes[c].links, GUINT_TO_POINTER (from + 1));
    }
  g_hash_table_remove (a->links, GUINT_TO_POINTER (from + 1));
  b->alive = FALSE;
  node_clear (b);
  a->version++;
  g_hash_table_iter_init (&iter, a->links);
  while (g_hash_table_iter_next (&iter, &key, &value))
    push_merge (ag, into, GPOINTER_TO_UINT (key) - 1, *(double *)value);
}

static void
agglomerate (Agglomeration *ag,
             double         threshold)
{
  while (ag->heap->len > 0)
    {
      Merge m = heap_pop (ag->heap);
      Node *a = &ag->nodes[m.a], *b = &ag->nodes[m.b];

      if (m.avg < threshold)
        break;
      if (!a->alive || !b->alive || a->version != m.version_a || b->version != m.version_b)
        continue;
      if (a->members->len >= b->members->len)
        merge_nodes (ag, m.a, m.b);
      else
        merge_nodes (ag, m.b, m.a);
    }
}

static int
compare_units (gconstpointer a,
               gconstpointer b)
{
  guint x = *(const guint *)a, y = *(const guint *)b;

  return x < y ? -1 : x > y;
}

void
px_align_cluster_free (gpointer data)
{
  Cluster *cluster = data;

  if (cluster == NULL)
    return;
  g_array_unref (cluster->units);
  g_free (cluster);
}

/**
 * px_align_group:
 * @run: a run whose candidate pairs are scored
 * @edges: (element-type Edge): the scored pairs
 *
 * Returns: (transfer full) (element-type Cluster): the groups that span at
 *   least two articles, each with its units in ascending order
 */
GPtrArray *
px_align_group (Run    *run,
                GArray *edges)
{
  Agglomeration ag = { run, g_new0 (Node, MAX (1, run->units->len)), run->units->len,
                       g_array_new (FALSE, FALSE, sizeof (Merge)) };
  GPtrArray *clusters = g_ptr_array_new_with_free_func (px_align_cluster_free);

  for (guint u = 0; u < ag.n; u++)
    node_init (&ag, u);
  for (guint e = 0; e < edges->len; e++)
    {
      Edge *edge = &g_array_index (edges, Edge, e);

      if (edge->score < EDGE_FLOOR ||
          !px_align_same_event (run, px_align_unit (run, edge->a)->article, px_align_unit (run, edge->b)->article))
        continue;
      add_link (&ag.nodes[edge->a], edge->b, edge->score);
      add_link (&ag.nodes[edge->b], edge->a, edge->score);
      push_merge (&ag, edge->a, edge->b, edge->score);
    }
  agglomerate (&ag, run->threshold);

  for (guint u = 0; u < ag.n; u++)
    {
      Node *node = &ag.nodes[u];

      if (node->alive && g_hash_table_size (node->per_article) >= 2)
        {
          Cluster *cluster = g_new0 (Cluster, 1);

          cluster->units = g_array_ref (node->members);
          g_array_sort (cluster->units, compare_units);
          g_ptr_array_add (clusters, cluster);
        }
      node_clear (node);
    }
  g_free (ag.nodes);
  g_array_unref (ag.heap);
  return clusters;
}
