/* px-align-links.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-aligner"

#include "config.h"

#include <stdlib.h>

#include "px-align-private.h"

/* Scored pairs by pair key, in one open-addressed table: grouping and
 * emitting look up hundreds of thousands of pairs, and a GHashTable would
 * allocate a key and a value for each (no allocation per pair, issue #18).
 */

#define EMPTY G_MAXUINT64

struct _PxLinkTable
{
  guint64 *keys;
  float   *values;
  gsize    mask;
  gsize    used;
};

static gsize
slot_of (guint64 key,
         gsize   mask)
{
  key ^= key >> 33;
  key *= G_GUINT64_CONSTANT (0xff51afd7ed558ccd);
  key ^= key >> 33;
  return (gsize)key & mask;
}

static void
allocate (PxLinkTable *table,
          gsize        size)
{
  table->keys = g_new (guint64, size);
  table->values = g_new (float, size);
  table->mask = size - 1;
  for (gsize i = 0; i < size; i++)
    table->keys[i] = EMPTY;
}

PxLinkTable *
px_link_table_new (void)
{
  PxLinkTable *table = g_new0 (PxLinkTable, 1);

  allocate (table, 1024);
  return table;
}

void
px_link_table_free (PxLinkTable *table)
{
  if (table == NULL)
    return;
  g_free (table->keys);
  g_free (table->values);
  g_free (table);
}

gboolean
px_link_table_lookup (PxLinkTable *table,
                      guint64      key,
                      float       *value)
{
  for (gsize i = slot_of (key, table->mask);; i = (i + 1) & table->mask)
    {
      if (table->keys[i] == key)
        {
          *value = table->values[i];
          return TRUE;
        }
      if (table->keys[i] == EMPTY)
        return FALSE;
    }
}

static void
grow (PxLinkTable *table)
{
  guint64 *keys = table->keys;
  float *values = table->values;
  gsize size = table->mask + 1;

  allocate (table, size * 2);
  table->used = 0;
  for (gsize i = 0; i < size; i++)
    if (keys[i] != EMPTY)
      px_link_table_insert (table, keys[i], values[i]);
  g_free (keys);
  g_free (values);
}

void
px_link_table_insert (PxLinkTable *table,
                      guint64      key,
                      float        value)
{
  gsize i;

  /* At most half full, so that probing stays short. */
  if (2 * (table->used + 1) > table->mask + 1)
    grow (table);
  for (i = slot_of (key, table->mask); table->keys[i] != EMPTY; i = (i + 1) & table->mask)
    if (table->keys[i] == key)
      {
        table->values[i] = value;
        return;
      }
  table->keys[i] = key;
  table->values[i] = value;
  table->used++;
}

static int
compare_partners (gconstpointer a,
                  gconstpointer b)
{
  const PxPartner *x = a, *y = b;

  if (x->article != y->article)
    return x->article < y->article ? -1 : 1;
  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  return x->edge < y->edge ? -1 : x->edge > y->edge;
}

/**
 * px_align_partners:
 * @run: a prepared run
 * @edges: (element-type Edge): scored pairs
 * @scores: (nullable): a score per edge to rank by; %NULL ranks by the
 *   edges' own scores
 * @start: (out): n_units + 1 offsets: unit u's partners are
 *   [start[u], start[u + 1])
 *
 * Every unit's partners, grouped by unit and, within a unit, by the other
 * article and best score first: the ranking both the candidates and the
 * rank features read.
 *
 * Returns: (transfer full): 2 × @edges->len partners
 */
PxPartner *
px_align_partners (Run         *run,
                   GArray      *edges,
                   const float *scores,
                   guint      **start)
{
  guint n = run->units->len;
  guint *offsets = g_new0 (guint, n + 1);
  g_autofree guint *fill = NULL;
  PxPartner *partners = g_new (PxPartner, MAX (1, 2 * edges->len));

  for (guint e = 0; e < edges->len; e++)
    {
      offsets[g_array_index (edges, Edge, e).a + 1]++;
      offsets[g_array_index (edges, Edge, e).b + 1]++;
    }
  for (guint u = 0; u < n; u++)
    offsets[u + 1] += offsets[u];
  fill = g_memdup2 (offsets, (n + 1) * sizeof (guint));
  for (guint e = 0; e < edges->len; e++)
    {
      Edge *edge = &g_array_index (edges, Edge, e);
      float s = scores != NULL ? scores[e] : edge->score;

      partners[fill[edge->a]++] = (PxPartner) { e, edge->b, px_align_unit (run, edge->b)->article, s, 0 };
      partners[fill[edge->b]++] = (PxPartner) { e, edge->a, px_align_unit (run, edge->a)->article, s, 1 };
    }
  for (guint u = 0; u < n; u++)
    qsort (partners + offsets[u], offsets[u + 1] - offsets[u], sizeof (PxPartner), compare_partners);
  *start = offsets;
  return partners;
}
