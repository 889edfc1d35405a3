/* px-index.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-index"

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "px-error.h"
#include "px-index.h"

/* The messages here only reach g_debug (a bad index is rebuilt or left
 * out silently), so they are not translated.
 */

struct _PxIndex
{
  GMappedFile          *mapped;
  GBytes               *bytes;
  const guint8         *data;
  gsize                 size;
  const PxIndexHeader  *header;
  const PxIndexSection *sections;
  char                 *path;
  gboolean              discard_on_damage;
  gint                  damaged;
};

static guint32
header_checksum (const guint8 *data,
                 guint32       n_sections)
{
  PxIndexHeader header;
  guint32 h;

  memcpy (&header, data, sizeof header);
  header.checksum = 0;
  h = px_index_hash (&header, sizeof header, PX_INDEX_HASH_SEED);
  return px_index_hash (data + sizeof header, (gsize)n_sections * sizeof (PxIndexSection), h);
}

static gboolean
check_header (PxIndex  *self,
              guint32   kind,
              GError  **error)
{
  const PxIndexHeader *header = (const PxIndexHeader *)self->data;

  if (self->size < sizeof *header ||
      memcmp (header->magic, PX_INDEX_MAGIC, PX_INDEX_MAGIC_LEN) != 0)
    {
      g_set_error (error, PX_ERROR, PX_ERROR_PARSE, "not a Parallax index");
      return FALSE;
    }
  if (header->version != PX_INDEX_VERSION || header->byte_order != PX_INDEX_BYTE_ORDER)
    {
      g_set_error (error, PX_ERROR, PX_ERROR_NEWER_FORMAT,
                   "index version %u (byte order %08x), expected %u",
                   header->version, header->byte_order, PX_INDEX_VERSION);
      return FALSE;
    }
  if (header->kind != kind)
    {
      g_set_error (error, PX_ERROR, PX_ERROR_PARSE, "index of another kind");
      return FALSE;
    }
  if (header->file_size != self->size || header->n_sections > PX_INDEX_MAX_SECTIONS ||
      sizeof *header + (gsize)header->n_sections * sizeof (PxIndexSection) > self->size)
    {
      g_set_error (error, PX_ERROR, PX_ERROR_PARSE,
                   "index of %" G_GSIZE_FORMAT " bytes, its header says %" G_GUINT64_FORMAT,
                   self->size, header->file_size);
      return FALSE;
    }
  if (header->checksum != header_checksum (self->data, header->n_sections))
    {
      g_set_error (error, PX_ERROR, PX_ERROR_PARSE, "index header checksum mismatch");
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_sections (PxIndex  *self,
                GError  **error)
{
  for (guint i = 0; i < self->header->n_sections; i++)
    {
      const PxIndexSection *section = &self->sections[i];

      if (section->offset % PX_INDEX_ALIGN != 0 || section->offset > self->size ||
          section->size > self->size - section->offset)
        {
          g_set_error (error, PX_ERROR, PX_ERROR_PARSE, "index section %u out of bounds", i);
          return FALSE;
        }
    }
  return TRUE;
}

static PxIndex *
index_new (const guint8  *data,
           gsize          size,
           guint32        kind,
           GError       **error)
{
  PxIndex *self = g_new0 (PxIndex, 1);

  self->data = data;
  self->size = size;
  /* Mapped files are page-aligned and GBytes from g_malloc are aligned for
   * any type; anything else could not be read in place.
   */
  if (((guintptr)data % PX_INDEX_ALIGN) != 0)
    {
      g_set_error (error, PX_ERROR, PX_ERROR_PARSE, "index data not aligned");
      g_free (self);
      return NULL;
    }
  if (!check_header (self, kind, error))
    {
      g_free (self);
      return NULL;
    }
  self->header = (const PxIndexHeader *)data;
  self->sections = (const PxIndexSection *)(data + sizeof (PxIndexHeader));
  if (!check_sections (self, error))
    {
      g_free (self);
      return NULL;
    }
  return self;
}

/**
 * px_index_new_for_file:
 * @path: an index file
 * @kind: the PX_INDEX_KIND_* it must be
 * @error: return location for an error
 *
 * Maps @path read-only and checks its header and section table.
 *
 * Returns: (transfer full) (nullable): the index, or %NULL with @error set
 */
PxIndex *
px_index_new_for_file (const char  *path,
                       guint32      kind,
                       GError     **error)
{
  g_autoptr(GMappedFile) mapped = NULL;
  PxIndex *self;

  g_return_val_if_fail (path != NULL, NULL);

  if ((mapped = g_mapped_file_new (path, FALSE, error)) == NULL)
    return NULL;
  if (g_mapped_file_get_length (mapped) == 0)
    {
      g_set_error (error, PX_ERROR, PX_ERROR_PARSE, "empty index");
      return NULL;
    }
  self = index_new ((const guint8 *)g_mapped_file_get_contents (mapped),
                    g_mapped_file_get_length (mapped), kind, error);
  if (self == NULL)
    return NULL;
  self->mapped = g_steal_pointer (&mapped);
  self->path = g_strdup (path);
  return self;
}

/**
 * px_index_new_for_bytes:
 * @bytes: an index held in memory
 * @kind: the PX_INDEX_KIND_* it must be
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the index, or %NULL with @error set
 */
PxIndex *
px_index_new_for_bytes (GBytes   *bytes,
                        guint32   kind,
                        GError  **error)
{
  PxIndex *self;
  gsize size;
  const guint8 *data;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  if (data == NULL || size == 0)
    {
      g_set_error (error, PX_ERROR, PX_ERROR_PARSE, "empty index");
      return NULL;
    }
  if ((self = index_new (data, size, kind, error)) != NULL)
    self->bytes = g_bytes_ref (bytes);
  return self;
}

void
px_index_free (PxIndex *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->mapped, g_mapped_file_unref);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_free (self->path);
  g_free (self);
}

const PxIndexHeader *
px_index_get_header (PxIndex *self)
{
  return self->header;
}

/* Returns: (nullable): the mapped file's path; %NULL for bytes */
const char *
px_index_get_path (PxIndex *self)
{
  return self->path;
}

/**
 * px_index_get_section:
 * @self: an index
 * @tag: a PX_INDEX_* section tag
 * @table: the table it belongs to
 * @size: (out): its size in bytes
 *
 * Returns: (nullable): the section's bytes, within the index (checked when
 *   it was opened), or %NULL when there is no such section
 */
gconstpointer
px_index_get_section (PxIndex *self,
                      guint32  tag,
                      guint32  table,
                      gsize   *size)
{
  for (guint i = 0; i < self->header->n_sections; i++)
    if (self->sections[i].tag == tag && self->sections[i].table == table)
      {
        *size = self->sections[i].size;
        return self->data + self->sections[i].offset;
      }
  *size = 0;
  return NULL;
}

/* Returns: (nullable): the source path the index records, NUL-checked */
const char *
px_index_get_source_path (PxIndex *self)
{
  gsize size;
  const char *path = px_index_get_section (self, PX_INDEX_SOURCE_PATH, 0, &size);

  if (path == NULL || size == 0 || path[size - 1] != '\0')
    return NULL;
  return path;
}

/* A cached index that turns out damaged is removed, so that the next
 * process compiles it anew; an installed one is left alone.
 */
void
px_index_set_discard_on_damage (PxIndex  *self,
                                gboolean  discard)
{
  self->discard_on_damage = discard;
}

gboolean
px_index_is_damaged (PxIndex *self)
{
  return g_atomic_int_get (&self->damaged) != 0;
}

static void
mark_damaged (PxIndex *self)
{
  if (!g_atomic_int_compare_and_exchange (&self->damaged, 0, 1))
    return;
  g_debug ("Index %s is damaged: ignoring what it cannot prove",
           self->path != NULL ? self->path : "(memory)");
  if (self->discard_on_damage && self->path != NULL)
    g_unlink (self->path);
}

static gboolean
table_fail (guint32   table,
            const char *what,
            GError  **error)
{
  g_set_error (error, PX_ERROR, PX_ERROR_PARSE, "index table %u: %s", table, what);
  return FALSE;
}

static gboolean
get_keys (PxIndex      *self,
          guint32       table,
          PxIndexTable *out,
          GError      **error)
{
  gsize offsets_size, strings_size;
  const guint32 *offsets = px_index_get_section (self, PX_INDEX_KEY_OFFSETS, table, &offsets_size);
  const char *strings = px_index_get_section (self, PX_INDEX_KEY_STRINGS, table, &strings_size);

  if (offsets == NULL || strings == NULL || offsets_size < sizeof (guint32) ||
      offsets_size % sizeof (guint32) != 0 || offsets_size / sizeof (guint32) - 1 > G_MAXINT32)
    return table_fail (table, "no key table", error);
  out->n_keys = offsets_size / sizeof (guint32) - 1;
  if (offsets[0] != 0 || offsets[out->n_keys] != strings_size ||
      (strings_size > 0 && strings[strings_size - 1] != '\0'))
    return table_fail (table, "key strings do not match their offsets", error);
  out->key_offsets = offsets;
  out->strings = strings;
  out->strings_size = strings_size;
  return TRUE;
}

static gboolean
get_hash (PxIndex      *self,
          guint32       table,
          PxIndexTable *out,
          GError      **error)
{
  gsize size;
  const PxIndexBucket *buckets = px_index_get_section (self, PX_INDEX_HASH, table, &size);
  gsize n = size / sizeof (PxIndexBucket);

  if (buckets == NULL || size % sizeof (PxIndexBucket) != 0 || n == 0 || (n & (n - 1)) != 0 ||
      n > G_MAXUINT32 || n < (gsize)out->n_keys + out->n_keys / 2)
    return table_fail (table, "bad hash", error);
  out->buckets = buckets;
  out->mask = n - 1;
  return TRUE;
}

static gboolean
get_payload (PxIndex      *self,
             guint32       table,
             guint32       record_size,
             PxIndexTable *out,
             GError      **error)
{
  gsize starts_size, records_size;
  const guint32 *starts = px_index_get_section (self, PX_INDEX_PAYLOAD_OFFSETS, table,
                                                &starts_size);
  const guint8 *records = px_index_get_section (self, PX_INDEX_PAYLOAD, table, &records_size);

  if (starts == NULL || records == NULL ||
      starts_size != ((gsize)out->n_keys + 1) * sizeof (guint32) ||
      records_size % record_size != 0 || records_size / record_size > G_MAXUINT32)
    return table_fail (table, "bad payload", error);
  out->n_records = records_size / record_size;
  if (starts[0] != 0 || starts[out->n_keys] != out->n_records)
    return table_fail (table, "payload offsets do not match the records", error);
  out->starts = starts;
  out->records = records;
  out->record_size = record_size;
  return TRUE;
}

/**
 * px_index_get_table:
 * @self: an index
 * @table: the table number
 * @hashed: whether the table must have a hash
 * @record_size: the payload's record size, or 0 for a table without one
 * @out: (out caller-allocates): the table
 * @error: return location for an error
 *
 * Finds a table's sections and checks their sizes and end points; the
 * offsets in between are checked as they are used.
 *
 * Returns: whether the table is there and consistent
 */
gboolean
px_index_get_table (PxIndex       *self,
                    guint32        table,
                    gboolean       hashed,
                    guint32        record_size,
                    PxIndexTable  *out,
                    GError       **error)
{
  memset (out, 0, sizeof *out);
  out->index = self;
  if (!get_keys (self, table, out, error))
    return FALSE;
  if (hashed && !get_hash (self, table, out, error))
    return FALSE;
  if (record_size > 0 && !get_payload (self, table, record_size, out, error))
    return FALSE;
  return TRUE;
}

/**
 * px_index_table_get_key:
 * @table: a table
 * @key: a key number
 *
 * Returns: (nullable): the key, a NUL-terminated string inside the index,
 *   or %NULL when @key is out of range or its offsets are damaged
 */
const char *
px_index_table_get_key (const PxIndexTable *table,
                        guint32             key)
{
  guint32 start, end;

  if (key >= table->n_keys)
    return NULL;
  start = table->key_offsets[key];
  end = table->key_offsets[key + 1];
  if (start >= end || end > table->strings_size || table->strings[end - 1] != '\0')
    {
      mark_damaged (table->index);
      return NULL;
    }
  return table->strings + start;
}

/**
 * px_index_table_find:
 * @table: a table with a hash
 * @key: the key
 * @len: its length in bytes, or -1 when NUL-terminated
 *
 * Returns: the key's number, or -1
 */
gint
px_index_table_find (const PxIndexTable *table,
                     const char         *key,
                     gssize              len)
{
  gsize n = len < 0 ? strlen (key) : (gsize)len;
  guint32 h;

  if (table->buckets == NULL)
    return -1;
  h = px_index_hash (key, n, PX_INDEX_HASH_SEED);
  /* At most every bucket once, so that a damaged, full hash still ends. */
  for (guint32 probe = 0; probe <= table->mask; probe++)
    {
      const PxIndexBucket *bucket = &table->buckets[(h + probe) & table->mask];
      const char *candidate;

      if (bucket->key == PX_INDEX_EMPTY)
        return -1;
      if (bucket->hash != h)
        continue;
      if ((candidate = px_index_table_get_key (table, bucket->key)) == NULL)
        return -1;
      if (strncmp (candidate, key, n) == 0 && candidate[n] == '\0')
        return (gint)bucket->key;
    }
  return -1;
}

/**
 * px_index_table_get_records:
 * @table: a table with a payload
 * @key: a key number
 * @n_records: (out): the number of records
 *
 * Returns: (nullable): the key's records, inside the index, or %NULL
 */
gconstpointer
px_index_table_get_records (const PxIndexTable *table,
                            guint32             key,
                            guint              *n_records)
{
  guint32 start, end;

  *n_records = 0;
  if (table->starts == NULL || key >= table->n_keys)
    return NULL;
  start = table->starts[key];
  end = table->starts[key + 1];
  if (start > end || end > table->n_records)
    {
      mark_damaged (table->index);
      return NULL;
    }
  if (start == end)
    return NULL;
  *n_records = end - start;
  return table->records + (gsize)start * table->record_size;
}
