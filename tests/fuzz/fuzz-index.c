/* fuzz-index.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The compiled index reader (src/core/lexicon/px-index-format.h) over
 * arbitrary bytes: a cached index is a file anyone may damage, so opening
 * one and reading every table it claims must never read outside it. The
 * seed corpus holds small indexes of each kind, written by the writer.
 */

#include "config.h"

#include <string.h>

#include "px-index.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

static const guint32 kinds[] = {
  PX_INDEX_KIND_WORDS, PX_INDEX_KIND_THESAURUS, PX_INDEX_KIND_WORDNET,
  PX_INDEX_KIND_DICTIONARY, PX_INDEX_KIND_VECTORS,
};

static volatile guint8 sink;

/* Every key of the table, looked up by itself, and its records read. */
static void
read_table (const PxIndexTable *table)
{
  for (guint32 k = 0; k < table->n_keys && k < 256; k++)
    {
      const char *key = px_index_table_get_key (table, k);
      const guint8 *records;
      guint n;

      if (key != NULL)
        px_index_table_find (table, key, -1);
      records = px_index_table_get_records (table, k, &n);
      for (guint i = 0; records != NULL && i < n * table->record_size; i++)
        sink ^= records[i];
    }
  px_index_table_find (table, "rakete", -1);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  /* A copy: g_malloc'd memory is aligned as a mapping is. */
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(PxIndex) index = px_index_new_for_bytes (bytes, kinds[i], NULL);

      if (index == NULL)
        continue;
      px_index_get_source_path (index);
      for (guint32 t = 0; t < 3; t++)
        {
          static const guint32 record_sizes[] = {
            0, sizeof (guint32), sizeof (PxIndexTranslation),
          };

          for (guint r = 0; r < G_N_ELEMENTS (record_sizes); r++)
            {
              PxIndexTable table;

              if (px_index_get_table (index, t, r != 0, record_sizes[r], &table, NULL))
                read_table (&table);
            }
        }
    }
  return 0;
}
