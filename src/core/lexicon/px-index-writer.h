/* px-index-writer.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "px-index-format.h"

G_BEGIN_DECLS

/* Collects keyed tables and raw sections and lays them out as one index
 * file (px-index-format.h). Used by the compilers of every resource, at
 * build time (word vectors) and at first use (the system files).
 */
typedef struct _PxIndexWriter PxIndexWriter;

PxIndexWriter *px_index_writer_new         (guint32         kind);
void           px_index_writer_free        (PxIndexWriter  *self);
void           px_index_writer_set_dim     (PxIndexWriter  *self,
                                            guint32         dim);
void           px_index_writer_set_source  (PxIndexWriter  *self,
                                            const char     *path,
                                            guint64         size,
                                            gint64          mtime);
guint32        px_index_writer_add_table   (PxIndexWriter  *self,
                                            gboolean        sorted,
                                            gboolean        hashed,
                                            guint32         record_size);
void           px_index_writer_add         (PxIndexWriter  *self,
                                            guint32         table,
                                            const char     *key,
                                            gconstpointer   records,
                                            guint           n_records);
guint          px_index_writer_get_n_keys  (PxIndexWriter  *self,
                                            guint32         table);
void           px_index_writer_add_section (PxIndexWriter  *self,
                                            guint32         tag,
                                            guint32         table,
                                            GBytes         *bytes);
GBytes        *px_index_writer_to_bytes    (PxIndexWriter  *self);
gboolean       px_index_writer_write       (PxIndexWriter  *self,
                                            const char     *path,
                                            GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxIndexWriter, px_index_writer_free)

G_END_DECLS
