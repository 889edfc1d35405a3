/* px-synsets.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-synsets"

#include "config.h"

#include <string.h>

#include "px-synsets.h"

struct _PxSynsets
{
  PxIndex      *index;
  PxIndexTable  table;
};

static void
free_array (gpointer data)
{
  g_array_unref (data);
}

/* Returns: (transfer full): key → GArray of guint32 set ids */
GHashTable *
px_synsets_builder_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, free_array);
}

/* Appends @set_id to @key's ids (taking @key), once per set. */
void
px_synsets_builder_add (GHashTable *builder,
                        char       *key,
                        guint32     set_id)
{
  GArray *ids;

  if ((ids = g_hash_table_lookup (builder, key)) == NULL)
    {
      ids = g_array_new (FALSE, FALSE, sizeof (guint32));
      g_hash_table_insert (builder, key, ids);
    }
  else
    g_free (key);
  if (ids->len == 0 || g_array_index (ids, guint32, ids->len - 1) != set_id)
    g_array_append_val (ids, set_id);
}

/* Returns: (transfer full): a writer holding the builder's table */
PxIndexWriter *
px_synsets_builder_finish (GHashTable *builder,
                           guint32     kind)
{
  PxIndexWriter *writer = px_index_writer_new (kind);
  guint32 table = px_index_writer_add_table (writer, TRUE, TRUE, sizeof (guint32));
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, builder);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GArray *ids = value;

      px_index_writer_add (writer, table, key, ids->data, ids->len);
    }
  return writer;
}

char *
px_synsets_stem (struct sb_stemmer *stemmer,
                 const char        *word)
{
  g_autofree char *lower = g_utf8_strdown (word, -1);
  const sb_symbol *stem = sb_stemmer_stem (stemmer, (const sb_symbol *)lower, strlen (lower));

  if (stem == NULL)
    return NULL;
  return g_strndup ((const char *)stem, sb_stemmer_length (stemmer));
}

/**
 * px_synsets_open:
 * @name: the cache name
 * @kind: PX_INDEX_KIND_THESAURUS or PX_INDEX_KIND_WORDNET
 * @source: the source path
 * @files: (nullable): its files, for a folder
 * @compile: its compiler
 *
 * Returns: (transfer full) (nullable): the mapped sets, or %NULL when the
 *   source is missing
 */
PxSynsets *
px_synsets_open (const char         *name,
                 guint32             kind,
                 const char         *source,
                 const char * const *files,
                 PxIndexCompileFunc  compile)
{
  g_autoptr(PxIndex) index = px_index_cache_open (name, kind, source, files, compile);
  g_autoptr(GError) error = NULL;
  PxSynsets *self;

  if (index == NULL)
    return NULL;
  self = g_new0 (PxSynsets, 1);
  if (!px_index_get_table (index, 0, TRUE, sizeof (guint32), &self->table, &error))
    {
      g_debug ("%s: %s", source, error->message);
      g_free (self);
      return NULL;
    }
  self->index = g_steal_pointer (&index);
  return self;
}

/**
 * px_synsets_lookup:
 * @self: (nullable): the sets
 * @prefix: the key's prefix ("N", "w", "e" or "")
 * @first: a stem
 * @second: (nullable): a phrase's second stem
 * @n_sets: (out): the number of ids
 *
 * Returns: (transfer none) (nullable): the set ids of the key @prefix
 *   @first (" " @second), inside the mapped index
 */
const guint32 *
px_synsets_lookup (PxSynsets  *self,
                   const char *prefix,
                   const char *first,
                   const char *second,
                   guint      *n_sets)
{
  gsize n_prefix, n_first, n_second, len;
  char buffer[256];
  g_autofree char *heap = NULL;
  char *key;
  gint k;

  *n_sets = 0;
  if (self == NULL)
    return NULL;
  n_prefix = strlen (prefix);
  n_first = strlen (first);
  n_second = second != NULL ? strlen (second) + 1 : 0;
  len = n_prefix + n_first + n_second;
  /* Lookups come per token: build the key without allocating. */
  key = len < sizeof buffer ? buffer : (heap = g_malloc (len + 1));
  memcpy (key, prefix, n_prefix);
  memcpy (key + n_prefix, first, n_first);
  if (second != NULL)
    {
      key[n_prefix + n_first] = ' ';
      memcpy (key + n_prefix + n_first + 1, second, n_second - 1);
    }
  key[len] = '\0';
  if ((k = px_index_table_find (&self->table, key, len)) < 0)
    return NULL;
  return px_index_table_get_records (&self->table, k, n_sets);
}
