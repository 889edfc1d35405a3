/* px-report-writer.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-report-writer"

#include "config.h"

#include "px-export-file.h"
#include "px-report-writer.h"

/**
 * px_report_write_file:
 * @path: the file to write
 * @contents: (array length=length): the bytes
 * @length: their number
 * @error: return location for a #GError
 *
 * Writes atomically, as the PDF export does: a failure leaves an existing
 * file as it was, and no temporary file behind.
 *
 * Returns: %TRUE on success
 */
gboolean
px_report_write_file (const char  *path,
                      const char  *contents,
                      gsize        length,
                      GError     **error)
{
  PxExportFile *file;

  if (!(file = px_export_file_open (path, error)))
    return FALSE;
  px_export_file_write (file, contents, length);
  return px_export_file_commit (file, error);
}
