/* px-report.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "px-figure.h"

G_BEGIN_DECLS

/**
 * PxReportMarkKind:
 * @PX_REPORT_MARK_FIGURE: a figure that is compared; drawn boxed with its verdict
 * @PX_REPORT_MARK_CHANGED: a word changed against the reference member
 * @PX_REPORT_MARK_SYNONYM: a synonym of the reference's word; drawn lighter
 * @PX_REPORT_MARK_ATTRIBUTION: an attribution cue or source
 * @PX_REPORT_MARK_QUOTE: a direct quotation
 *
 * What a mark in a passage says about its span.
 */
typedef enum
{
  PX_REPORT_MARK_FIGURE,
  PX_REPORT_MARK_CHANGED,
  PX_REPORT_MARK_SYNONYM,
  PX_REPORT_MARK_ATTRIBUTION,
  PX_REPORT_MARK_QUOTE,
} PxReportMarkKind;

/**
 * PxReportKinds:
 * @PX_REPORT_KIND_FIGURE: the sources' figures differ (or only one gives one)
 * @PX_REPORT_KIND_QUOTE: a quotation is reworded, cut short or made indirect
 * @PX_REPORT_KIND_ATTRIBUTION: the sources name different sources, or none
 * @PX_REPORT_KIND_WORDING: the sources word the claim differently
 *
 * What differs in a claim; exports show claims in this order of kinds.
 */
typedef enum
{
  PX_REPORT_KIND_FIGURE      = 1 << 0,
  PX_REPORT_KIND_QUOTE       = 1 << 1,
  PX_REPORT_KIND_ATTRIBUTION = 1 << 2,
  PX_REPORT_KIND_WORDING     = 1 << 3,
} PxReportKinds;

#define PX_REPORT_N_KINDS 4

typedef struct
{
  guint             start;   /* byte offsets into the cell text */
  guint             end;
  PxReportMarkKind  kind;
  char             *label;   /* e.g. the figure verdict; may be NULL */
} PxReportMark;

typedef struct
{
  guint     source;          /* index into the report's sources */
  char     *text;            /* the passage */
  GArray   *marks;           /* of PxReportMark */
  gboolean  divergent;       /* takes part in a figure, quote or attribution divergence */
  char     *chain;           /* who says it on whose word: "A ← NYT ← officials"; may be NULL */
} PxReportCell;

typedef struct
{
  guint          id;
  char          *label;
  guint          coverage;   /* number of sources carrying the claim: the cells */
  PxReportKinds  kinds;      /* what differs */
  int            reference;  /* the source whose passage the others' words are compared with, or -1 */
  GPtrArray     *cells;      /* of PxReportCell*, of the sources that carry the claim, in source order */
  GPtrArray     *notes;      /* of char*: figure and quote findings, in people's words */
  GPtrArray     *figures;    /* of PxReportFigure*, borrowed from the report's figures */
} PxReportRow;

typedef struct
{
  guint  source;             /* index into the report's sources */
  char  *written;            /* as the source wrote it: "bis zu rund 300" */
  char  *reading;            /* how it was read: "≤≈300 km" */
} PxReportFigureEntry;

/**
 * PxReportFigure:
 *
 * One compared quantity of one claim, as the Figures view shows it: the
 * verdict and each source's figure as written.
 */
typedef struct
{
  guint            claim;    /* the row's id */
  char            *quantity; /* what is counted or measured, for people */
  PxFigureVerdict  verdict;
  GPtrArray       *entries;  /* of PxReportFigureEntry* */
} PxReportFigure;

typedef struct
{
  char      *id;
  char      *label;          /* "A", "B", … "AA": the short name tables use */
  char      *outlet;         /* the outlet, or "Source A" where it is not known or hidden */
  gboolean   named;          /* whether outlet is the outlet's name, not "Source A" */
  char      *title;          /* NULL where not known or hidden */
  char      *date;
  char      *url;
  char      *language;
  char      *digest;
  GPtrArray *exclusive;      /* of char*: passages only this source has */
} PxReportSource;

/**
 * PxReport:
 *
 * Everything an export shows, already worded for people: the one model that
 * the PDF/print renderer, HTML and CSV writers draw from. Rows are in the
 * order exports show the claims' details: divergences first.
 */
typedef struct
{
  char      *title;
  char      *subtitle;
  GPtrArray *sources;        /* of PxReportSource* */
  GPtrArray *summary;        /* of char*: lines of the summary section */
  GPtrArray *rows;           /* of PxReportRow* */
  GPtrArray *figures;        /* of PxReportFigure*, in claim order */
  gboolean   classroom;
} PxReport;

PxReport       *px_report_new              (const char       *title);
void            px_report_free             (PxReport         *report);
PxReportSource *px_report_add_source       (PxReport         *report,
                                            const char       *id,
                                            const char       *outlet);
PxReportRow    *px_report_add_row          (PxReport         *report,
                                            guint             id,
                                            const char       *label);
PxReportCell   *px_report_row_set_cell     (PxReportRow      *row,
                                            guint             source,
                                            const char       *text);
PxReportCell   *px_report_row_get_cell     (const PxReportRow *row,
                                            guint             source);
void            px_report_cell_add_mark    (PxReportCell     *cell,
                                            guint             start,
                                            guint             end,
                                            PxReportMarkKind  kind,
                                            const char       *label);
PxReportFigure *px_report_add_figure       (PxReport         *report,
                                            PxReportRow      *row,
                                            const char       *quantity,
                                            PxFigureVerdict   verdict);
void            px_report_figure_add_entry (PxReportFigure   *figure,
                                            guint             source,
                                            const char       *written,
                                            const char       *reading);
void            px_report_sort_rows        (PxReport         *report);
GPtrArray      *px_report_dup_rows_by_id   (const PxReport   *report);
guint           px_report_count_exclusive  (const PxReport   *report);

char           *px_report_dup_label        (guint             index);
char           *px_report_source_dup_name  (const PxReportSource *source);
PxReportKinds   px_report_row_first_kind   (const PxReportRow *row);
const char     *px_report_kind_to_string   (PxReportKinds     kind);
const char     *px_report_kind_title       (PxReportKinds     kind);
char           *px_report_kinds_dup_text   (PxReportKinds     kinds);
const char     *px_report_verdict_label    (PxFigureVerdict   verdict);
const char     *px_report_mark_kind_to_string (PxReportMarkKind kind);
const char     *px_report_language_name    (const char       *code);
gboolean        px_report_is_safe_url      (const char       *url);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxReport, px_report_free)

G_END_DECLS
