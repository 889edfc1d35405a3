/* px-report-renderer.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "px-report.h"
#include "px-report-text-role.h"

G_BEGIN_DECLS

#define PX_TYPE_REPORT_RENDERER (px_report_renderer_get_type ())

G_DECLARE_FINAL_TYPE (PxReportRenderer, px_report_renderer, PX, REPORT_RENDERER, GObject)

PxReportRenderer *px_report_renderer_new              (const PxReport   *report);
gboolean          px_report_prefers_landscape         (const PxReport   *report);
void              px_report_renderer_set_page_size    (PxReportRenderer *self,
                                                       double            width,
                                                       double            height);
guint             px_report_renderer_paginate         (PxReportRenderer *self,
                                                       cairo_t          *cr);
void              px_report_renderer_draw_page        (PxReportRenderer *self,
                                                       cairo_t          *cr,
                                                       guint             page);
guint             px_report_renderer_get_n_pages      (PxReportRenderer *self);

/* What tests check of the layout, which a PDF does not tell. */
double            px_report_renderer_get_smallest_size (PxReportRenderer *self,
                                                        PxReportTextRole  role);
gboolean          px_report_renderer_page_has_marks   (PxReportRenderer *self,
                                                       guint             page);

G_END_DECLS
