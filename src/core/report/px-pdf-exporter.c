/* px-pdf-exporter.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-pdf-exporter"

#include "config.h"

#include <errno.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <cairo-pdf.h>

#include "px-pdf-exporter.h"
#include "px-report-renderer.h"

void
px_paper_get_size (PxPaper   paper,
                   gboolean  portrait,
                   double   *width,
                   double   *height)
{
  double w = paper == PX_PAPER_LETTER ? 612.0 : 595.0;
  double h = paper == PX_PAPER_LETTER ? 792.0 : 842.0;

  *width = portrait ? w : h;
  *height = portrait ? h : w;
}

/**
 * px_pdf_export:
 * @report: what to export
 * @path: the PDF file to write
 * @paper: the paper size
 * @portrait: %TRUE for portrait, %FALSE for landscape (the default)
 * @error: return location for a #GError
 *
 * Writes the comparison PDF: the same pages the print dialog prints. The
 * file is written next to @path and renamed over it only when complete, so
 * a failed export leaves an existing file untouched.
 *
 * Returns: %TRUE on success
 */
gboolean
px_pdf_export (const PxReport  *report,
               const char      *path,
               PxPaper          paper,
               gboolean         portrait,
               GError         **error)
{
  g_autoptr(PxReportRenderer) renderer = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *tmp = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double width, height;
  guint n_pages;
  int fd;

  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  dir = g_path_get_dirname (path);
  tmp = g_build_filename (dir, ".parallax-export-XXXXXX", NULL);
  if ((fd = g_mkstemp (tmp)) < 0)
    {
      int saved = errno;
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Cannot write %s: %s"), display, g_strerror (saved));
      return FALSE;
    }
  close (fd);

  px_paper_get_size (paper, portrait, &width, &height);
  surface = cairo_pdf_surface_create (tmp, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, report->title ? report->title : "");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT,
                                  _("Comparison of news coverage"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Parallax " PACKAGE_VERSION);
  cr = cairo_create (surface);

  renderer = px_report_renderer_new (report);
  px_report_renderer_set_page_size (renderer, width, height);
  n_pages = px_report_renderer_paginate (renderer, cr);

  /* The document structure tag makes a tagged PDF; without it, cairo 1.16
   * writes link annotations that point at a missing object.
   */
  cairo_tag_begin (cr, "Document", NULL);
  for (guint page = 0; page < n_pages; page++)
    {
      px_report_renderer_draw_page (renderer, cr, page);
      cairo_show_page (cr);
    }
  cairo_tag_end (cr, "Document");

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *display = g_filename_display_name (path);

      g_unlink (tmp);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Cannot write %s: %s"), display, cairo_status_to_string (status));
      return FALSE;
    }

  if (g_rename (tmp, path) != 0)
    {
      int saved = errno;
      g_autofree char *display = g_filename_display_name (path);

      g_unlink (tmp);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Cannot write %s: %s"), display, g_strerror (saved));
      return FALSE;
    }

  /* mkstemp creates 0600; an export is an ordinary document. */
  g_chmod (path, 0644);
  return TRUE;
}
