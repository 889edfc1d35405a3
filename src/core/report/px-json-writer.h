/* px-json-writer.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stdio.h>

#include <glib.h>

G_BEGIN_DECLS

typedef struct _PxJsonWriter PxJsonWriter;

PxJsonWriter *px_json_writer_new            (gboolean      pretty);
PxJsonWriter *px_json_writer_new_for_stream (FILE         *stream,
                                             gboolean      pretty);
void          px_json_writer_free           (PxJsonWriter *writer);
char         *px_json_writer_free_to_string (PxJsonWriter *writer,
                                             gsize        *length);
gboolean      px_json_writer_finish         (PxJsonWriter *writer,
                                             GError      **error);

void          px_json_writer_begin_object   (PxJsonWriter *writer);
void          px_json_writer_end_object     (PxJsonWriter *writer);
void          px_json_writer_begin_array    (PxJsonWriter *writer);
void          px_json_writer_end_array      (PxJsonWriter *writer);
void          px_json_writer_member         (PxJsonWriter *writer,
                                             const char   *name);

void          px_json_writer_string         (PxJsonWriter *writer,
                                             const char   *value);
void          px_json_writer_string_len     (PxJsonWriter *writer,
                                             const char   *value,
                                             gsize         length);
void          px_json_writer_int            (PxJsonWriter *writer,
                                             gint64        value);
void          px_json_writer_double         (PxJsonWriter *writer,
                                             double        value);
void          px_json_writer_boolean        (PxJsonWriter *writer,
                                             gboolean      value);
void          px_json_writer_null           (PxJsonWriter *writer);

void          px_json_writer_member_string  (PxJsonWriter *writer,
                                             const char   *name,
                                             const char   *value);
void          px_json_writer_member_int     (PxJsonWriter *writer,
                                             const char   *name,
                                             gint64        value);
void          px_json_writer_member_double  (PxJsonWriter *writer,
                                             const char   *name,
                                             double        value);
void          px_json_writer_member_boolean (PxJsonWriter *writer,
                                             const char   *name,
                                             gboolean      value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxJsonWriter, px_json_writer_free)

G_END_DECLS
