/* px-report.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-report"

#include "config.h"

#include <glib/gi18n-lib.h>

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
  g_free (cell->chain);
  g_free (cell);
}

static void
row_free (PxReportRow *row)
{
  g_free (row->label);
  g_ptr_array_unref (row->cells);
  g_ptr_array_unref (row->notes);
  g_ptr_array_unref (row->figures);
  g_free (row);
}

static void
entry_free (PxReportFigureEntry *entry)
{
  g_free (entry->written);
  g_free (entry->reading);
  g_free (entry);
}

static void
figure_free (PxReportFigure *figure)
{
  g_free (figure->quantity);
  g_ptr_array_unref (figure->entries);
  g_free (figure);
}

static void
source_free (PxReportSource *source)
{
  g_free (source->id);
  g_free (source->label);
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
  report->figures = g_ptr_array_new_with_free_func ((GDestroyNotify)figure_free);
  return report;
}

void
px_report_free (PxReport *report)
{
  if (report == NULL)
    return;
  g_free (report->title);
  g_free (report->subtitle);
  g_ptr_array_unref (report->rows);
  g_ptr_array_unref (report->figures);
  g_ptr_array_unref (report->sources);
  g_ptr_array_unref (report->summary);
  g_free (report);
}

/**
 * px_report_dup_label:
 * @index: a source's index
 *
 * Spreadsheet-style names, so that sets beyond 26 sources keep one name
 * per source: A … Z, AA … AZ, BA …
 *
 * Returns: (transfer full): the short label of the source
 */
char *
px_report_dup_label (guint index)
{
  char buffer[16];
  guint at = sizeof buffer - 1;

  buffer[at] = '\0';
  do
    {
      buffer[--at] = 'A' + index % 26;
      index = index / 26;
    }
  while (index-- > 0 && at > 0);
  return g_strdup (buffer + at);
}

/**
 * px_report_source_dup_name:
 * @source: a source
 *
 * Returns: (transfer full): the source as lists name it: "A  Nordstadt
 *   Kurier" where the outlet is known, else just "Source A"
 */
char *
px_report_source_dup_name (const PxReportSource *source)
{
  if (!source->named)
    return g_strdup (source->outlet);
  return g_strdup_printf ("%s  %s", source->label, source->outlet);
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
  source->label = px_report_dup_label (report->sources->len);
  source->outlet = g_strdup (outlet);
  source->exclusive = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (report->sources, source);
  return source;
}

/**
 * px_report_add_row:
 * @report: a #PxReport
 * @id: the claim group's id
 * @label: a short label
 *
 * Returns: (transfer none): the new row, which no source carries yet
 */
PxReportRow *
px_report_add_row (PxReport   *report,
                   guint       id,
                   const char *label)
{
  PxReportRow *row = g_new0 (PxReportRow, 1);

  row->id = id;
  row->reference = -1;
  row->label = g_strdup (label);
  row->cells = g_ptr_array_new_with_free_func ((GDestroyNotify)cell_free);
  row->notes = g_ptr_array_new_with_free_func (g_free);
  row->figures = g_ptr_array_new ();
  g_ptr_array_add (report->rows, row);
  return row;
}

/* The position of @source's cell in @row, or where it would go. Cells are
 * kept only for the sources that carry a claim, so that a row costs its
 * sources, not the set's.
 */
static guint
cell_position (const PxReportRow *row,
               guint              source,
               gboolean          *found)
{
  guint low = 0, high = row->cells->len;

  while (low < high)
    {
      guint mid = (low + high) / 2;
      guint at = ((PxReportCell *)g_ptr_array_index (row->cells, mid))->source;

      if (at == source)
        {
          *found = TRUE;
          return mid;
        }
      if (at < source)
        low = mid + 1;
      else
        high = mid;
    }
  *found = FALSE;
  return low;
}

/**
 * px_report_row_get_cell:
 * @row: a #PxReportRow
 * @source: index of a source
 *
 * Returns: (transfer none) (nullable): the source's passage, or %NULL where
 *   it does not carry the claim
 */
PxReportCell *
px_report_row_get_cell (const PxReportRow *row,
                        guint              source)
{
  gboolean found;
  guint at = cell_position (row, source, &found);

  return found ? g_ptr_array_index (row->cells, at) : NULL;
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
  gboolean found;
  guint at = cell_position (row, source, &found);

  cell = g_new0 (PxReportCell, 1);
  cell->source = source;
  cell->text = g_strdup (text);
  cell->marks = g_array_new (FALSE, FALSE, sizeof (PxReportMark));
  if (found)
    {
      cell_free (g_ptr_array_index (row->cells, at));
      g_ptr_array_index (row->cells, at) = cell;
    }
  else
    g_ptr_array_insert (row->cells, at, cell);
  row->coverage = row->cells->len;
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

/**
 * px_report_add_figure:
 * @report: a #PxReport
 * @row: the claim the figures belong to
 * @quantity: what is counted or measured, for people
 * @verdict: the verdict across sources
 *
 * Returns: (transfer none): the new comparison, to add entries to
 */
PxReportFigure *
px_report_add_figure (PxReport        *report,
                      PxReportRow     *row,
                      const char      *quantity,
                      PxFigureVerdict  verdict)
{
  PxReportFigure *figure = g_new0 (PxReportFigure, 1);

  figure->claim = row->id;
  figure->quantity = g_strdup (quantity);
  figure->verdict = verdict;
  figure->entries = g_ptr_array_new_with_free_func ((GDestroyNotify)entry_free);
  g_ptr_array_add (report->figures, figure);
  g_ptr_array_add (row->figures, figure);
  row->kinds |= verdict != PX_FIGURE_VERDICT_AGREE ? PX_REPORT_KIND_FIGURE : 0;
  return figure;
}

void
px_report_figure_add_entry (PxReportFigure *figure,
                            guint           source,
                            const char     *written,
                            const char     *reading)
{
  PxReportFigureEntry *entry = g_new0 (PxReportFigureEntry, 1);

  entry->source = source;
  entry->written = g_strdup (written);
  entry->reading = g_strdup (reading);
  g_ptr_array_add (figure->entries, entry);
}

/**
 * px_report_row_first_kind:
 * @row: a #PxReportRow
 *
 * Returns: the most telling kind of divergence of @row (figures before
 *   quotes before attribution before wording), or 0 when nothing differs
 */
PxReportKinds
px_report_row_first_kind (const PxReportRow *row)
{
  for (guint k = 0; k < PX_REPORT_N_KINDS; k++)
    if (row->kinds & (1u << k))
      return 1u << k;
  return 0;
}

/* Claims with divergences come first, the most telling kind first; claims
 * reported alike last. Within a kind, claims keep their order.
 */
static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const PxReportRow *ra = *(PxReportRow * const *)a, *rb = *(PxReportRow * const *)b;
  guint ka = px_report_row_first_kind (ra), kb = px_report_row_first_kind (rb);

  ka = ka == 0 ? G_MAXUINT : ka;
  kb = kb == 0 ? G_MAXUINT : kb;
  if (ka != kb)
    return ka < kb ? -1 : 1;
  return ra->id < rb->id ? -1 : ra->id > rb->id;
}

/**
 * px_report_sort_rows:
 * @report: a #PxReport
 *
 * Puts the rows in the order the exports show them: divergences first.
 */
void
px_report_sort_rows (PxReport *report)
{
  g_ptr_array_sort (report->rows, compare_rows);
}

static int
compare_rows_by_id (gconstpointer a,
                    gconstpointer b)
{
  const PxReportRow *ra = *(PxReportRow * const *)a, *rb = *(PxReportRow * const *)b;

  return ra->id < rb->id ? -1 : ra->id > rb->id;
}

/**
 * px_report_dup_rows_by_id:
 * @report: a #PxReport
 *
 * Tables that list every claim list them in the claims' own order.
 *
 * Returns: (transfer container) (element-type PxReportRow): the rows,
 *   ordered by claim
 */
GPtrArray *
px_report_dup_rows_by_id (const PxReport *report)
{
  GPtrArray *rows = g_ptr_array_sized_new (report->rows->len);

  /* Not g_ptr_array_copy (), which would keep the free function. */
  g_ptr_array_extend (rows, report->rows, NULL, NULL);
  g_ptr_array_sort (rows, compare_rows_by_id);
  return rows;
}

guint
px_report_count_exclusive (const PxReport *report)
{
  guint n = 0;

  for (guint i = 0; i < report->sources->len; i++)
    n += ((PxReportSource *)g_ptr_array_index (report->sources, i))->exclusive->len;
  return n;
}

/**
 * px_report_kind_to_string:
 * @kind: one kind
 *
 * Returns: a key for CSV and HTML classes: "figure", "quote", "attribution"
 *   or "wording"
 */
const char *
px_report_kind_to_string (PxReportKinds kind)
{
  switch (kind)
    {
    case PX_REPORT_KIND_FIGURE:
      return "figure";
    case PX_REPORT_KIND_QUOTE:
      return "quote";
    case PX_REPORT_KIND_ATTRIBUTION:
      return "attribution";
    case PX_REPORT_KIND_WORDING:
    default:
      return "wording";
    }
}

static const char *
kind_word (PxReportKinds kind)
{
  switch (kind)
    {
    case PX_REPORT_KIND_FIGURE:
      /* Translators: what differs in a claim, as a word in a table. */
      return _("figures");
    case PX_REPORT_KIND_QUOTE:
      return _("quotation");
    case PX_REPORT_KIND_ATTRIBUTION:
      return _("attribution");
    case PX_REPORT_KIND_WORDING:
    default:
      return _("wording");
    }
}

/**
 * px_report_kind_title:
 * @kind: one kind, or 0 for claims reported alike
 *
 * Returns: the heading of the export's section for @kind
 */
const char *
px_report_kind_title (PxReportKinds kind)
{
  switch (kind)
    {
    case PX_REPORT_KIND_FIGURE:
      return _("Figures That Differ");
    case PX_REPORT_KIND_QUOTE:
      return _("Quotations Rendered Differently");
    case PX_REPORT_KIND_ATTRIBUTION:
      return _("Attribution That Differs");
    case PX_REPORT_KIND_WORDING:
      return _("Wording That Differs");
    default:
      return _("Claims Reported Alike");
    }
}

/**
 * px_report_kinds_dup_text:
 * @kinds: what differs
 *
 * Returns: (transfer full): the kinds as words, "figures, attribution", or
 *   an empty string
 */
char *
px_report_kinds_dup_text (PxReportKinds kinds)
{
  GString *out = g_string_new (NULL);

  for (guint k = 0; k < PX_REPORT_N_KINDS; k++)
    if (kinds & (1u << k))
      {
        if (out->len > 0)
          g_string_append (out, ", ");
        g_string_append (out, kind_word (1u << k));
      }
  return g_string_free (out, FALSE);
}

/**
 * px_report_verdict_label:
 * @verdict: a verdict
 *
 * Returns: the verdict as a word for people, as the legend explains it
 */
const char *
px_report_verdict_label (PxFigureVerdict verdict)
{
  switch (verdict)
    {
    case PX_FIGURE_VERDICT_AGREE:
      return _("agree");
    case PX_FIGURE_VERDICT_HEDGE:
      return _("hedge");
    case PX_FIGURE_VERDICT_DIFFER:
      return _("differ");
    case PX_FIGURE_VERDICT_CONTRADICT:
      return _("contradict");
    case PX_FIGURE_VERDICT_SINGLE:
    default:
      return _("single");
    }
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

/**
 * px_report_language_name:
 * @code: (nullable): a language code, "de"
 *
 * Returns: the language's name for people, "German"; the code where the
 *   report knows no name
 */
const char *
px_report_language_name (const char *code)
{
  if (g_strcmp0 (code, "de") == 0)
    return _("German");
  if (g_strcmp0 (code, "en") == 0)
    return _("English");
  return code != NULL ? code : "";
}

/* Exports link only to web pages, never to local files or scripts. */
gboolean
px_report_is_safe_url (const char *url)
{
  return url != NULL && (g_str_has_prefix (url, "https://") || g_str_has_prefix (url, "http://"));
}
