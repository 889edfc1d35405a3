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

#include "px-output-file.h"
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

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  return px_output_file_write (closure, data, length) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

static PxPdfPageFunc page_func;

void
_px_pdf_set_page_func (PxPdfPageFunc func)
{
  page_func = func;
}

/* Draws every page; FALSE when @cancellable was cancelled between two. */
static gboolean
draw_pages (const PxReport *report,
            cairo_t        *cr,
            double          width,
            double          height,
            GCancellable   *cancellable)
{
  g_autoptr(PxReportRenderer) renderer = px_report_renderer_new (report);
  guint n_pages;

  px_report_renderer_set_page_size (renderer, width, height);
  n_pages = px_report_renderer_paginate (renderer, cr);

  /* The document structure tag makes a tagged PDF; without it, cairo 1.16
   * writes link annotations that point at a missing object.
   */
  cairo_tag_begin (cr, "Document", NULL);
  for (guint page = 0; page < n_pages; page++)
    {
      if (g_cancellable_is_cancelled (cancellable))
        return FALSE;
      px_report_renderer_draw_page (renderer, cr, page);
      cairo_show_page (cr);
      if (page_func != NULL)
        page_func (page);
    }
  cairo_tag_end (cr, "Document");
  return TRUE;
}

/**
 * px_pdf_export:
 * @report: what to export
 * @path: the PDF file to write
 * @paper: the paper size
 * @portrait: %TRUE for portrait, %FALSE for landscape (the default)
 * @cancellable: (nullable): checked between pages
 * @error: return location for a #GError
 *
 * Writes the comparison PDF: the same pages the print dialog prints. The
 * file takes the name @path only when complete, so a failed or cancelled
 * export leaves an existing file untouched and no temporary file behind
 * (nor does a killed one, where the file system makes unnamed files).
 *
 * Returns: %TRUE on success
 */
gboolean
px_pdf_export (const PxReport  *report,
               const char      *path,
               PxPaper          paper,
               gboolean         portrait,
               GCancellable    *cancellable,
               GError         **error)
{
  g_autoptr(PxOutputFile) out = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double width, height;
  gboolean complete;

  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !(out = px_output_file_new (path, error)))
    return FALSE;

  px_paper_get_size (paper, portrait, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (write_cb, out, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, report->title ? report->title : "");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT,
                                  _("Comparison of news coverage"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Parallax " PACKAGE_VERSION);
  cr = cairo_create (surface);
  complete = draw_pages (report, cr, width, height, cancellable);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (!complete)
    return !g_cancellable_set_error_if_cancelled (cancellable, error);
  if (status != CAIRO_STATUS_SUCCESS && status != CAIRO_STATUS_WRITE_ERROR)
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Cannot write %s: %s"), display, cairo_status_to_string (status));
      return FALSE;
    }
  /* A write error is the output file's to tell: it knows the errno. */
  return px_output_file_commit (out, error);
}
