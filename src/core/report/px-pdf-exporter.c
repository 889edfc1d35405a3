/* px-pdf-exporter.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-pdf-exporter"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <cairo-pdf.h>

#include "px-export-file.h"
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
 * px_pdf_is_landscape:
 * @report: what to export
 * @orientation: the orientation asked for
 *
 * Returns: whether the pages of @report are landscape
 */
gboolean
px_pdf_is_landscape (const PxReport    *report,
                     PxPageOrientation  orientation)
{
  if (orientation == PX_PAGE_AUTO)
    return px_report_prefers_landscape (report);
  return orientation == PX_PAGE_LANDSCAPE;
}

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  return px_export_file_write (closure, data, length) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

static void
set_metadata (cairo_surface_t *surface,
              const PxReport  *report)
{
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, report->title ? report->title : "");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, "Parallax");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, _("Comparison of news coverage"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Parallax " PACKAGE_VERSION);
}

static PxPdfPageFunc page_func;

/* For tests: called after each page is drawn, to stop an export midway. */
void
_px_pdf_set_page_func (PxPdfPageFunc func)
{
  page_func = func;
}

/* Draws every page of @report onto @surface; FALSE when @cancellable was
 * cancelled between two pages.
 */
static gboolean
draw_report (cairo_surface_t *surface,
             const PxReport  *report,
             double           width,
             double           height,
             GCancellable    *cancellable)
{
  gboolean complete = TRUE;
  g_autoptr(PxReportRenderer) renderer = px_report_renderer_new (report);
  cairo_t *cr = cairo_create (surface);
  guint n_pages;

  px_report_renderer_set_page_size (renderer, width, height);
  n_pages = px_report_renderer_paginate (renderer, cr);

  /* The document structure tag makes a tagged PDF; without it, cairo 1.16
   * writes link annotations that point at a missing object.
   */
  cairo_tag_begin (cr, "Document", NULL);
  for (guint page = 0; page < n_pages && cairo_status (cr) == CAIRO_STATUS_SUCCESS; page++)
    {
      if (g_cancellable_is_cancelled (cancellable))
        {
          complete = FALSE;
          break;
        }
      px_report_renderer_draw_page (renderer, cr, page);
      cairo_show_page (cr);
      if (page_func != NULL)
        page_func (page);
    }
  cairo_tag_end (cr, "Document");
  cairo_destroy (cr);
  return complete;
}

/**
 * px_pdf_export:
 * @report: what to export
 * @path: the PDF file to write
 * @paper: the paper size
 * @cancellable: (nullable): checked between pages
 * @orientation: the pages' orientation; %PX_PAGE_AUTO chooses by the
 *   number of sources
 * @error: return location for a #GError
 *
 * Writes the comparison PDF: the same pages the print dialog prints. The
 * file gets its name only when complete (see px-export-file.c), so a
 * failed or interrupted export leaves an existing file untouched and no
 * temporary file behind.
 *
 * Returns: %TRUE on success
 */
gboolean
px_pdf_export (const PxReport     *report,
               const char         *path,
               PxPaper             paper,
               PxPageOrientation   orientation,
               GCancellable       *cancellable,
               GError            **error)
{
  PxExportFile *file;
  cairo_surface_t *surface;
  cairo_status_t status;
  double width, height;
  gboolean complete;

  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !(file = px_export_file_open (path, error)))
    return FALSE;

  px_paper_get_size (paper, !px_pdf_is_landscape (report, orientation), &width, &height);
  surface = cairo_pdf_surface_create_for_stream (write_cb, file, width, height);
  set_metadata (surface, report);
  complete = draw_report (surface, report, width, height, cancellable);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (!complete)
    {
      px_export_file_abort (file);
      g_cancellable_set_error_if_cancelled (cancellable, error);
      return FALSE;
    }

  /* A failed write is reported with its own reason by the commit. */
  if (status != CAIRO_STATUS_SUCCESS && status != CAIRO_STATUS_WRITE_ERROR)
    {
      g_autofree char *display = g_filename_display_name (path);

      px_export_file_abort (file);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Cannot write %s: %s"), display, cairo_status_to_string (status));
      return FALSE;
    }
  return px_export_file_commit (file, error);
}
