/* px-index-writer.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-index-writer"

#include "config.h"

#include <string.h>

#include "px-index-writer.h"

typedef struct
{
  const char *key;
  gsize       key_len;
  gsize       first;      /* byte offset into the table's records */
  guint       n_records;
} Entry;

typedef struct
{
  gboolean    sorted;
  gboolean    hashed;
  guint32     record_size;
  GArray     *entries;    /* Entry */
  GByteArray *records;
} Table;

typedef struct
{
  guint32  tag;
  guint32  table;
  GBytes  *bytes;
} Section;

struct _PxIndexWriter
{
  guint32       kind;
  guint32       dim;
  char         *source;
  guint64       source_size;
  gint64        source_mtime;
  GStringChunk *keys;
  GPtrArray    *tables;     /* Table */
  GArray       *sections;   /* Section: the raw ones */
};

static void
table_free (gpointer data)
{
  Table *table = data;

  g_array_unref (table->entries);
  g_byte_array_unref (table->records);
  g_free (table);
}

static void
section_clear (gpointer data)
{
  Section *section = data;

  g_bytes_unref (section->bytes);
}

PxIndexWriter *
px_index_writer_new (guint32 kind)
{
  PxIndexWriter *self = g_new0 (PxIndexWriter, 1);

  self->kind = kind;
  self->keys = g_string_chunk_new (1 << 20);
  self->tables = g_ptr_array_new_with_free_func (table_free);
  self->sections = g_array_new (FALSE, FALSE, sizeof (Section));
  g_array_set_clear_func (self->sections, section_clear);
  return self;
}

void
px_index_writer_free (PxIndexWriter *self)
{
  if (self == NULL)
    return;
  g_string_chunk_free (self->keys);
  g_ptr_array_unref (self->tables);
  g_array_unref (self->sections);
  g_free (self->source);
  g_free (self);
}

void
px_index_writer_set_dim (PxIndexWriter *self,
                         guint32        dim)
{
  self->dim = dim;
}

/* The source an index was compiled from, recorded so that a cached index
 * is used only while its source is unchanged.
 */
void
px_index_writer_set_source (PxIndexWriter *self,
                            const char    *path,
                            guint64        size,
                            gint64         mtime)
{
  g_free (self->source);
  self->source = g_strdup (path);
  self->source_size = size;
  self->source_mtime = mtime;
}

/**
 * px_index_writer_add_table:
 * @self: a writer
 * @sorted: whether keys are written sorted (otherwise in the order added)
 * @hashed: whether the table gets a hash for lookups
 * @record_size: bytes per payload record, or 0 for no payload
 *
 * Returns: the new table's number
 */
guint32
px_index_writer_add_table (PxIndexWriter *self,
                           gboolean       sorted,
                           gboolean       hashed,
                           guint32        record_size)
{
  Table *table = g_new0 (Table, 1);

  table->sorted = sorted;
  table->hashed = hashed;
  table->record_size = record_size;
  table->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  table->records = g_byte_array_new ();
  g_ptr_array_add (self->tables, table);
  return self->tables->len - 1;
}

/* Adds a key (each once) and its records, which are copied. */
void
px_index_writer_add (PxIndexWriter *self,
                     guint32        table_no,
                     const char    *key,
                     gconstpointer  records,
                     guint          n_records)
{
  Table *table;
  Entry entry;

  g_return_if_fail (table_no < self->tables->len);
  g_return_if_fail (key != NULL);

  table = g_ptr_array_index (self->tables, table_no);
  entry.key_len = strlen (key);
  entry.key = g_string_chunk_insert_len (self->keys, key, entry.key_len);
  entry.first = table->records->len;
  entry.n_records = table->record_size > 0 ? n_records : 0;
  if (entry.n_records > 0)
    g_byte_array_append (table->records, records, (gsize)n_records * table->record_size);
  g_array_append_val (table->entries, entry);
}

guint
px_index_writer_get_n_keys (PxIndexWriter *self,
                            guint32        table_no)
{
  Table *table = g_ptr_array_index (self->tables, table_no);

  return table->entries->len;
}

/* A section written as given, for data that is not a keyed table. */
void
px_index_writer_add_section (PxIndexWriter *self,
                             guint32        tag,
                             guint32        table,
                             GBytes        *bytes)
{
  Section section = { tag, table, g_bytes_ref (bytes) };

  g_array_append_val (self->sections, section);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (((const Entry *)a)->key, ((const Entry *)b)->key);
}

static void
add_built (GArray  *out,
           guint32  tag,
           guint32  table,
           gpointer data,
           gsize    size)
{
  Section section = { tag, table, g_bytes_new_take (data, size) };

  g_array_append_val (out, section);
}

static void
build_keys (Table   *table,
            guint32  table_no,
            GArray  *out)
{
  guint n = table->entries->len;
  guint32 *offsets = g_new (guint32, n + 1);
  GString *strings = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      Entry *entry = &g_array_index (table->entries, Entry, i);

      offsets[i] = strings->len;
      g_string_append_len (strings, entry->key, entry->key_len + 1);
    }
  offsets[n] = strings->len;
  g_assert (strings->len <= G_MAXUINT32);
  add_built (out, PX_INDEX_KEY_OFFSETS, table_no, offsets, (gsize)(n + 1) * sizeof (guint32));
  add_built (out, PX_INDEX_KEY_STRINGS, table_no, strings->str, strings->len);
  g_string_free (strings, FALSE);
}

static void
build_hash (Table   *table,
            guint32  table_no,
            GArray  *out)
{
  guint n = table->entries->len;
  gsize n_buckets = 8;
  PxIndexBucket *buckets;

  while (n_buckets < (gsize)n + n / 2)
    n_buckets *= 2;
  buckets = g_new (PxIndexBucket, n_buckets);
  memset (buckets, 0xff, n_buckets * sizeof *buckets);
  for (guint i = 0; i < n; i++)
    {
      Entry *entry = &g_array_index (table->entries, Entry, i);
      guint32 h = px_index_hash (entry->key, entry->key_len, PX_INDEX_HASH_SEED);
      gsize b = h & (n_buckets - 1);

      while (buckets[b].key != PX_INDEX_EMPTY)
        b = (b + 1) & (n_buckets - 1);
      buckets[b].key = i;
      buckets[b].hash = h;
    }
  add_built (out, PX_INDEX_HASH, table_no, buckets, n_buckets * sizeof *buckets);
}

static void
build_payload (Table   *table,
               guint32  table_no,
               GArray  *out)
{
  guint n = table->entries->len;
  guint32 *starts = g_new (guint32, n + 1);
  GByteArray *records = g_byte_array_sized_new (table->records->len);
  guint32 count = 0;

  for (guint i = 0; i < n; i++)
    {
      Entry *entry = &g_array_index (table->entries, Entry, i);

      starts[i] = count;
      if (entry->n_records > 0)
        g_byte_array_append (records, table->records->data + entry->first,
                             (gsize)entry->n_records * table->record_size);
      count += entry->n_records;
    }
  starts[n] = count;
  add_built (out, PX_INDEX_PAYLOAD_OFFSETS, table_no, starts, (gsize)(n + 1) * sizeof (guint32));
  add_built (out, PX_INDEX_PAYLOAD, table_no, records->data, records->len);
  g_byte_array_free (records, FALSE);
}

static void
build_table (Table   *table,
             guint32  table_no,
             GArray  *out)
{
  if (table->sorted)
    g_array_sort (table->entries, compare_entries);
  for (guint i = 1; table->sorted && i < table->entries->len; i++)
    g_assert (compare_entries (&g_array_index (table->entries, Entry, i - 1),
                               &g_array_index (table->entries, Entry, i)) < 0);
  build_keys (table, table_no, out);
  if (table->hashed)
    build_hash (table, table_no, out);
  if (table->record_size > 0)
    build_payload (table, table_no, out);
}

static gsize
align_up (gsize n)
{
  return (n + PX_INDEX_ALIGN - 1) & ~(gsize)(PX_INDEX_ALIGN - 1);
}

static GBytes *
lay_out (PxIndexWriter *self,
         GArray        *sections)
{
  guint n = sections->len;
  gsize offset = align_up (sizeof (PxIndexHeader) + (gsize)n * sizeof (PxIndexSection));
  PxIndexSection *table = g_new0 (PxIndexSection, n);
  PxIndexHeader header = { 0, };
  guint8 *data;

  for (guint i = 0; i < n; i++)
    {
      Section *section = &g_array_index (sections, Section, i);

      table[i].tag = section->tag;
      table[i].table = section->table;
      table[i].offset = offset;
      table[i].size = g_bytes_get_size (section->bytes);
      offset = align_up (offset + table[i].size);
    }

  memcpy (header.magic, PX_INDEX_MAGIC, PX_INDEX_MAGIC_LEN);
  header.version = PX_INDEX_VERSION;
  header.byte_order = PX_INDEX_BYTE_ORDER;
  header.kind = self->kind;
  header.n_sections = n;
  header.file_size = offset;
  header.source_size = self->source_size;
  header.source_mtime = self->source_mtime;
  header.dim = self->dim;
  header.checksum = px_index_hash (&header, sizeof header, PX_INDEX_HASH_SEED);
  header.checksum = px_index_hash (table, (gsize)n * sizeof *table, header.checksum);

  data = g_malloc0 (offset);
  memcpy (data, &header, sizeof header);
  memcpy (data + sizeof header, table, (gsize)n * sizeof *table);
  for (guint i = 0; i < n; i++)
    {
      Section *section = &g_array_index (sections, Section, i);

      if (table[i].size > 0)
        memcpy (data + table[i].offset, g_bytes_get_data (section->bytes, NULL), table[i].size);
    }
  g_free (table);
  return g_bytes_new_take (data, offset);
}

/**
 * px_index_writer_to_bytes:
 * @self: a writer
 *
 * Returns: (transfer full): the whole index file
 */
GBytes *
px_index_writer_to_bytes (PxIndexWriter *self)
{
  g_autoptr(GArray) sections = g_array_new (FALSE, FALSE, sizeof (Section));

  g_array_set_clear_func (sections, section_clear);
  for (guint t = 0; t < self->tables->len; t++)
    build_table (g_ptr_array_index (self->tables, t), t, sections);
  for (guint i = 0; i < self->sections->len; i++)
    {
      Section section = g_array_index (self->sections, Section, i);

      g_bytes_ref (section.bytes);
      g_array_append_val (sections, section);
    }
  if (self->source != NULL)
    add_built (sections, PX_INDEX_SOURCE_PATH, 0,
               g_strdup (self->source), strlen (self->source) + 1);
  return lay_out (self, sections);
}

/**
 * px_index_writer_write:
 * @self: a writer
 * @path: the index file to write
 * @error: return location for an error
 *
 * Writes to a temporary file beside @path and renames it over @path, so
 * that a reader, another process compiling the same index or a crash sees
 * either the old file or the whole new one.
 *
 * Returns: whether the file was written
 */
gboolean
px_index_writer_write (PxIndexWriter  *self,
                       const char     *path,
                       GError        **error)
{
  g_autoptr(GBytes) bytes = px_index_writer_to_bytes (self);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  return g_file_set_contents_full (path, data, size, G_FILE_SET_CONTENTS_CONSISTENT, 0644, error);
}
