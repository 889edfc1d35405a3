/* px-print-operation.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-print-operation"

#include "config.h"

#include <glib/gi18n.h>

#include "px-print-operation.h"

/* Printing draws the same pages as the PDF export: the core's renderer,
 * given the print context's cairo_t instead of a PDF surface.
 */
struct _PxPrintOperation
{
  GtkPrintOperation  parent_instance;

  PxReport          *report;
  PxReportRenderer  *renderer;
};

G_DEFINE_FINAL_TYPE (PxPrintOperation, px_print_operation, GTK_TYPE_PRINT_OPERATION)

static void
px_print_operation_begin_print (GtkPrintOperation *operation,
                                GtkPrintContext   *context)
{
  PxPrintOperation *self = PX_PRINT_OPERATION (operation);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  guint n_pages;

  g_clear_object (&self->renderer);
  self->renderer = px_report_renderer_new (self->report);
  px_report_renderer_set_page_size (self->renderer,
                                    gtk_print_context_get_width (context),
                                    gtk_print_context_get_height (context));
  n_pages = px_report_renderer_paginate (self->renderer, cr);
  gtk_print_operation_set_n_pages (operation, n_pages);
}

static void
px_print_operation_draw_page (GtkPrintOperation *operation,
                              GtkPrintContext   *context,
                              int                page_nr)
{
  PxPrintOperation *self = PX_PRINT_OPERATION (operation);

  px_report_renderer_draw_page (self->renderer, gtk_print_context_get_cairo_context (context), page_nr);
}

static void
px_print_operation_end_print (GtkPrintOperation *operation,
                              GtkPrintContext   *context)
{
  g_clear_object (&PX_PRINT_OPERATION (operation)->renderer);
}

static void
px_print_operation_finalize (GObject *object)
{
  PxPrintOperation *self = (PxPrintOperation *)object;

  g_clear_object (&self->renderer);
  g_clear_pointer (&self->report, px_report_free);

  G_OBJECT_CLASS (px_print_operation_parent_class)->finalize (object);
}

static void
px_print_operation_class_init (PxPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = px_print_operation_finalize;

  operation_class->begin_print = px_print_operation_begin_print;
  operation_class->draw_page = px_print_operation_draw_page;
  operation_class->end_print = px_print_operation_end_print;
}

static void
px_print_operation_init (PxPrintOperation *self)
{
  gtk_print_operation_set_unit (GTK_PRINT_OPERATION (self), GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), _("Parallax comparison"));
}

/**
 * px_print_operation_new:
 * @report: (transfer full): what to print
 *
 * Returns: (transfer full): a print operation
 */
PxPrintOperation *
px_print_operation_new (PxReport *report)
{
  PxPrintOperation *self = g_object_new (PX_TYPE_PRINT_OPERATION, NULL);
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();

  self->report = report;

  /* The orientation the PDF export chooses: landscape from five sources on,
   * where passages stand side by side in five columns or more.
   */
  gtk_page_setup_set_orientation (setup, px_report_prefers_landscape (report)
                                         ? GTK_PAGE_ORIENTATION_LANDSCAPE : GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), setup);
  return self;
}
