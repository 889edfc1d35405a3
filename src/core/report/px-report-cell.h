/* px-report-cell.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "px-report.h"
#include "px-report-style.h"

G_BEGIN_DECLS

PangoLayout *px_report_cell_layout     (PangoContext       *context,
                                        const PxReportCell *cell,
                                        const char         *heading,
                                        double              width,
                                        GArray             *boxes);
void         px_report_cell_draw_boxes (cairo_t            *cr,
                                        PangoLayout        *layout,
                                        GArray             *boxes,
                                        double              x,
                                        double              y);

G_END_DECLS
