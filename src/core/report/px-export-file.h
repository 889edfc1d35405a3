/* px-export-file.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _PxExportFile PxExportFile;

PxExportFile *px_export_file_open   (const char    *path,
                                     GError       **error);
gboolean      px_export_file_write  (PxExportFile  *file,
                                     const void    *data,
                                     gsize          length);
gboolean      px_export_file_commit (PxExportFile  *file,
                                     GError       **error);
void          px_export_file_abort  (PxExportFile  *file);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxExportFile, px_export_file_abort)

G_END_DECLS
