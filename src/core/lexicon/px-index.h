/* px-index.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "px-index-format.h"

G_BEGIN_DECLS

/* A compiled index (px-index-format.h), mapped and checked; immutable, so
 * it may be read from any thread.
 */
typedef struct _PxIndex PxIndex;

/* One keyed table of an index, its sections checked for size. The
 * accessors below check every offset they follow.
 */
typedef struct
{
  PxIndex       *index;
  const guint32 *key_offsets;
  const char    *strings;
  gsize          strings_size;
  guint32        n_keys;
  const PxIndexBucket *buckets;  /* NULL when the table has no hash */
  guint32        mask;
  const guint32 *starts;       /* NULL when the table has no payload */
  const guint8  *records;
  guint32        record_size;
  guint32        n_records;
} PxIndexTable;

PxIndex       *px_index_new_for_file       (const char          *path,
                                            guint32              kind,
                                            GError             **error);
PxIndex       *px_index_new_for_bytes      (GBytes              *bytes,
                                            guint32              kind,
                                            GError             **error);
void           px_index_free               (PxIndex             *self);
const PxIndexHeader *px_index_get_header   (PxIndex             *self);
const char    *px_index_get_path           (PxIndex             *self);
gconstpointer  px_index_get_section        (PxIndex             *self,
                                            guint32              tag,
                                            guint32              table,
                                            gsize               *size);
const char    *px_index_get_source_path    (PxIndex             *self);
void           px_index_set_discard_on_damage (PxIndex          *self,
                                            gboolean             discard);
gboolean       px_index_is_damaged         (PxIndex             *self);
gboolean       px_index_get_table          (PxIndex             *self,
                                            guint32              table,
                                            gboolean             hashed,
                                            guint32              record_size,
                                            PxIndexTable        *out,
                                            GError             **error);

gint           px_index_table_find         (const PxIndexTable  *table,
                                            const char          *key,
                                            gssize               len);
const char    *px_index_table_get_key      (const PxIndexTable  *table,
                                            guint32              key);
gconstpointer  px_index_table_get_records  (const PxIndexTable  *table,
                                            guint32              key,
                                            guint               *n_records);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxIndex, px_index_free)

G_END_DECLS
