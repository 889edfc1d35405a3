/* px-index-cache.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "px-index.h"
#include "px-index-writer.h"

G_BEGIN_DECLS

/* Compiles a system file into a writer; the cache records the source. */
typedef PxIndexWriter *(*PxIndexCompileFunc) (const char  *source,
                                              GError     **error);

typedef struct
{
  guint64 size;
  gint64  mtime;
} PxIndexStamp;

const char *px_index_cache_source         (const char          *variable,
                                           const char          *fallback);
gboolean    px_index_cache_source_exists  (const char          *path);
gboolean    px_index_cache_stamp          (const char * const  *files,
                                           PxIndexStamp        *stamp);
char       *px_index_cache_path           (const char          *name,
                                           const char          *source);
PxIndex    *px_index_cache_open           (const char          *name,
                                           guint32              kind,
                                           const char          *source,
                                           const char * const  *files,
                                           PxIndexCompileFunc   compile);

G_END_DECLS
