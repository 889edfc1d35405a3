/* px-report.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-report"

#include "config.h"

#include "px-report.h"

static void
cell_free (PxReportCell *cell)
{
  if (cell == NULL)
    return;
  for (guint i = 0; i < cell->marks->len; i++)
    g_free (g_array_index (cell->marks, PxReportMark, i).label);
  g_array_unref (cell->marks);
  g_free (cell->text);
  g_free (cell);
}

static void
row_free (PxReportRow *row)
{
  g_free (row->label);
  g_ptr_array_unref (row->cells);
  g_ptr_array_unref (row->notes);
  g_free (row);
}

static void
source_free (PxReportSource *source)
{
  g_free (source->id);
  g_free (source->outlet);
  g_free (source->title);
  g_free (source->date);
  g_free (source->url);
  g_free (source->language);
  g_free (source->digest);
  g_ptr_array_unref (source->exclusive);
  g_free (source);
}

/**
 * px_report_new:
 * @title: the set's name
 *
 * Returns: (transfer full): an empty report
 */
PxReport *
px_report_new (const char *title)
{
  PxReport *report = g_new0 (PxReport, 1);

  report->title = g_strdup (title);
  report->sources = g_ptr_array_new_with_free_func ((GDestroyNotify)source_free);
  report->summary = g_ptr_array_new_with_free_func (g_free);
  report->rows = g_ptr_array_new_with_free_func ((GDestroyNotify)row_free);
  return report;
}

void
px_report_free (PxReport *report)
{
  if (report == NULL)
    return;
  g_free (report->title);
  g_free (report->subtitle);
  g_ptr_array_unref (report->sources);
  g_ptr_array_unref (report->summary);
  g_ptr_array_unref (report->rows);
  g_free (report);
}

/**
 * px_report_add_source:
 * @report: a #PxReport
 * @id: the document id
 * @outlet: the name to show
 *
 * Returns: (transfer none): the new source, to fill in
 */
PxReportSource *
px_report_add_source (PxReport   *report,
                      const char *id,
                      const char *outlet)
{
  PxReportSource *source = g_new0 (PxReportSource, 1);

  source->id = g_strdup (id);
  source->outlet = g_strdup (outlet);
  source->exclusive = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (report->sources, source);

  /* Rows added earlier grow a cell for the new source. */
  for (guint i = 0; i < report->rows->len; i++)
    g_ptr_array_add (((PxReportRow *)g_ptr_array_index (report->rows, i))->cells, NULL);

  return source;
}

/**
 * px_report_add_row:
 * @report: a #PxReport
 * @id: the claim group's id
 * @label: a short label
 *
 * Returns: (transfer none): the new row, with an empty cell per source
 */
PxReportRow *
px_report_add_row (PxReport   *report,
                   guint       id,
                   const char *label)
{
  PxReportRow *row = g_new0 (PxReportRow, 1);

  row->id = id;
  row->label = g_strdup (label);
  row->cells = g_ptr_array_new_with_free_func ((GDestroyNotify)cell_free);
  row->notes = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < report->sources->len; i++)
    g_ptr_array_add (row->cells, NULL);
  g_ptr_array_add (report->rows, row);
  return row;
}

/**
 * px_report_row_set_cell:
 * @row: a #PxReportRow
 * @source: index of the source
 * @text: the passage
 *
 * Returns: (transfer none): the cell, to add marks to
 */
PxReportCell *
px_report_row_set_cell (PxReportRow *row,
                        guint        source,
                        const char  *text)
{
  PxReportCell *cell;

  g_return_val_if_fail (source < row->cells->len, NULL);

  cell = g_new0 (PxReportCell, 1);
  cell->text = g_strdup (text);
  cell->marks = g_array_new (FALSE, FALSE, sizeof (PxReportMark));
  if (g_ptr_array_index (row->cells, source) == NULL)
    row->coverage++;
  else
    cell_free (g_ptr_array_index (row->cells, source));
  g_ptr_array_index (row->cells, source) = cell;
  return cell;
}

void
px_report_cell_add_mark (PxReportCell     *cell,
                         guint             start,
                         guint             end,
                         PxReportMarkKind  kind,
                         const char       *label)
{
  PxReportMark mark = { start, end, kind, g_strdup (label) };

  g_return_if_fail (start <= end);
  g_array_append_val (cell->marks, mark);
}

const char *
px_report_mark_kind_to_string (PxReportMarkKind kind)
{
  switch (kind)
    {
    case PX_REPORT_MARK_FIGURE:
      return "figure";
    case PX_REPORT_MARK_CHANGED:
      return "changed";
    case PX_REPORT_MARK_SYNONYM:
      return "synonym";
    case PX_REPORT_MARK_ATTRIBUTION:
      return "attribution";
    case PX_REPORT_MARK_QUOTE:
      return "quote";
    default:
      g_return_val_if_reached ("changed");
    }
}
