/* px-align-links.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-aligner"

#include "config.h"

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
