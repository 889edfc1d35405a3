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
#define PX_REPORT_EXCLUSIVE_LINES 6

/* A PDF is read, not searched: for very large sets it sets out this many
 * claims in detail (the most telling first) and this many lines of
 * passages only one source has, and says where the rest is. The summary
 * table and the figures list every claim, so pages still grow with them.
 */
#define PX_REPORT_DETAIL_CLAIMS   120
#define PX_REPORT_ALIKE_LINES     500
#define PX_REPORT_EXCLUSIVE_TOTAL 600

void        px_report_flow_front     (PxFlow          *flow);
void        px_report_flow_claims    (PxFlow          *flow);
void        px_report_flow_exclusive (PxFlow          *flow);
void        px_report_flow_all_sources (PxFlow        *flow);
void        px_report_flow_sources   (PxFlow          *flow,
                                      guint            first,
                                      guint            last);
char       *px_report_figure_markup  (const PxReport  *report,
                                      const PxReportFigure *figure);
void        px_report_flow_rest      (PxFlow          *flow,
                                      guint            n_claims);
char       *px_report_chains_markup  (const PxReport  *report,
                                      const PxReportRow *row);
char       *px_report_verdicts_markup (gboolean         brief);

G_END_DECLS
