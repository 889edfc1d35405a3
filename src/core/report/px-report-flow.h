/* px-report-flow.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "px-page-plan.h"
#include "px-report.h"
#include "px-report-style.h"

G_BEGIN_DECLS

/* Lengths in points (1/72 inch), the unit of the PDF surface and of
 * GtkPrintContext when its unit is points.
 */
#define PX_FLOW_MARGIN        24.0
#define PX_FLOW_HEADER        14.0
#define PX_FLOW_FOOTER        14.0
#define PX_FLOW_GAP           10.0

#define PX_COLOR_TEXT   0x1a1a1a
#define PX_COLOR_DIM    0x5c5c5c
#define PX_COLOR_NOTE   0x733f00
#define PX_COLOR_LINK   0x1a4db3
#define PX_COLOR_SHADE  0xe6e6eb
#define PX_COLOR_RULE   0xc8c8c8

typedef struct _PxFlow PxFlow;

/* Called after a page break inside a table, to repeat its header. */
typedef void (*PxFlowHeaderFunc) (PxFlow   *flow,
                                  gpointer  user_data);

/* A cell of a table row: a layout laid out to measure, and the recipe to
 * make it again when the page is drawn. The row owns neither.
 */
typedef struct
{
  PangoLayout *layout;
  PxItem       item;
} PxFlowCell;

struct _PxFlow
{
  const PxReport   *report;
  PangoContext     *context;
  PxPagePlan       *plan;
  PxStyleSizes     *sizes;
  double            body_left;  /* the body's edges */
  double            body_right;
  double            left;       /* the current column's edges */
  double            right;
  double            top;
  double            bottom;
  double            y;          /* the cursor on the current page */
  double            page_bottom; /* the body's bottom on pages started from now on */
  double            pad;        /* space above and below each row */
  gboolean          split;      /* rows break where the page ends, rather than move on whole */
  guint             n_columns;  /* the body in columns, for lists of short lines */
  guint             column;
  double            column_top;
  double            column_width;
  double            column_gap;
  double            column_low; /* the lowest cursor in any column of this page */
  PxFlowHeaderFunc  header;     /* repeats the current table's header, or NULL */
  gpointer          header_data;
};

static inline double
px_flow_width (PxFlow *flow)
{
  return flow->right - flow->left;
}

PangoLayout *px_flow_layout       (PxFlow       *flow,
                                   PxStyle       style,
                                   const char   *markup,
                                   double        width,
                                   PxWrap        wrap);
void         px_flow_cell_text    (PxFlowCell   *cell,
                                   PxFlow       *flow,
                                   PxStyle       style,
                                   const char   *markup,
                                   double        x,
                                   double        width,
                                   PxWrap        wrap,
                                   guint32       color);
void         px_flow_cell_passage (PxFlowCell   *cell,
                                   PxFlow       *flow,
                                   const PxReportCell *passage,
                                   const char   *heading,
                                   double        x,
                                   double        width);
void         px_flow_cells_clear  (PxFlowCell   *cells,
                                   guint         n_cells);
void         px_flow_new_page     (PxFlow       *flow);
gboolean     px_flow_ensure       (PxFlow       *flow,
                                   double        height);
void         px_flow_keep         (PxFlow       *flow,
                                   double        height);
double       px_flow_cells_height (PxFlow       *flow,
                                   const PxFlowCell *cells,
                                   guint         n_cells);
void         px_flow_row          (PxFlow       *flow,
                                   PxFlowCell   *cells,
                                   guint         n_cells,
                                   guint32       shade);
void         px_flow_text         (PxFlow       *flow,
                                   PxStyle       style,
                                   const char   *markup,
                                   double        indent,
                                   double        gap_after);
void         px_flow_heading      (PxFlow       *flow,
                                   const char   *text,
                                   double        keep_with);
void         px_flow_rule         (PxFlow       *flow,
                                   guint32       color);
void         px_flow_set_bottom   (PxFlow       *flow,
                                   double        bottom);
void         px_flow_begin_columns (PxFlow      *flow,
                                   guint         n_columns,
                                   double        gap);
void         px_flow_end_columns  (PxFlow       *flow);
void         px_flow_set_header   (PxFlow           *flow,
                                   PxFlowHeaderFunc  header,
                                   gpointer          user_data);

G_END_DECLS
