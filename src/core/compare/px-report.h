/* px-report.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * PxReportMarkKind:
 * @PX_REPORT_MARK_FIGURE: a figure that diverges; drawn boxed with its verdict
 * @PX_REPORT_MARK_CHANGED: a word changed against the reference member
 * @PX_REPORT_MARK_SYNONYM: a synonym of the reference's word; drawn lighter
 * @PX_REPORT_MARK_ATTRIBUTION: an attribution cue or source
 * @PX_REPORT_MARK_QUOTE: a direct quotation
 *
 * What a mark in a synopsis cell says about its span.
 */
typedef enum
{
  PX_REPORT_MARK_FIGURE,
  PX_REPORT_MARK_CHANGED,
  PX_REPORT_MARK_SYNONYM,
  PX_REPORT_MARK_ATTRIBUTION,
  PX_REPORT_MARK_QUOTE,
} PxReportMarkKind;

typedef struct
{
  guint             start;   /* byte offsets into the cell text */
  guint             end;
  PxReportMarkKind  kind;
  char             *label;   /* e.g. the figure verdict; may be NULL */
} PxReportMark;

typedef struct
{
  char   *text;              /* NULL where the source omits the claim */
  GArray *marks;             /* of PxReportMark */
} PxReportCell;

typedef struct
{
  guint      id;
  char      *label;
  guint      coverage;       /* number of sources carrying the claim */
  GPtrArray *cells;          /* of PxReportCell*, one per source */
  GPtrArray *notes;          /* of char*: divergence summaries, user notes */
} PxReportRow;

typedef struct
{
  char      *id;
  char      *outlet;         /* already "Source A" in classroom mode */
  char      *title;
  char      *date;
  char      *url;
  char      *language;
  char      *digest;
  GPtrArray *exclusive;      /* of char*: passages only this source has */
} PxReportSource;

/**
 * PxReport:
 *
 * Everything an export shows, in display order, already worded for people:
 * the one model that the PDF/print renderer, HTML and CSV writers draw from.
 */
typedef struct
{
  char      *title;
  char      *subtitle;
  GPtrArray *sources;        /* of PxReportSource* */
  GPtrArray *summary;        /* of char*: lines of the summary section */
  GPtrArray *rows;           /* of PxReportRow* */
  gboolean   classroom;
} PxReport;

PxReport       *px_report_new            (const char     *title);
void            px_report_free           (PxReport       *report);
PxReportSource *px_report_add_source     (PxReport       *report,
                                          const char     *id,
                                          const char     *outlet);
PxReportRow    *px_report_add_row        (PxReport       *report,
                                          guint           id,
                                          const char     *label);
PxReportCell   *px_report_row_set_cell   (PxReportRow    *row,
                                          guint           source,
                                          const char     *text);
void            px_report_cell_add_mark  (PxReportCell   *cell,
                                          guint           start,
                                          guint           end,
                                          PxReportMarkKind kind,
                                          const char     *label);
const char     *px_report_mark_kind_to_string (PxReportMarkKind kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxReport, px_report_free)

G_END_DECLS
