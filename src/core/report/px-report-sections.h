/* px-report-sections.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-report-flow.h"

G_BEGIN_DECLS

/* The sources page 1 lists by name; a larger set is listed in full at the end. */
#define PX_REPORT_FRONT_SOURCES 12

/* Passages only one source has, listed a line each, per source at most. */
#define PX_REPORT_EXCLUSIVE_LINES 10

void        px_report_flow_front     (PxFlow          *flow);
void        px_report_flow_claims    (PxFlow          *flow);
void        px_report_flow_exclusive (PxFlow          *flow);
void        px_report_flow_all_sources (PxFlow        *flow);
void        px_report_flow_sources   (PxFlow          *flow,
                                      guint            first,
                                      guint            last);
char       *px_report_figure_markup  (const PxReport  *report,
                                      const PxReportFigure *figure);
char       *px_report_chains_markup  (const PxReport  *report,
                                      const PxReportRow *row);
char       *px_report_verdicts_markup (gboolean         brief);

G_END_DECLS
