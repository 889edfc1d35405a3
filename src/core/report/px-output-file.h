/* px-output-file.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _PxOutputFile PxOutputFile;

PxOutputFile *px_output_file_new    (const char    *path,
                                     GError       **error);
gboolean      px_output_file_write  (PxOutputFile  *self,
                                     const void    *data,
                                     gsize          length);
gboolean      px_output_file_commit (PxOutputFile  *self,
                                     GError       **error);
void          px_output_file_free   (PxOutputFile  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxOutputFile, px_output_file_free)

G_END_DECLS
