/* px-report-front.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-report-front"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "px-report-sections.h"

/* Page 1, what a reader takes in first: the title, the sources as a
 * reader knows them, and one table of who reports which claim and where
 * they differ, followed by the figure comparisons and the attribution
 * chains of the claims whose attribution differs.
 */

#define SYMBOL_WIDTH   15.0
#define ID_WIDTH       46.0
#define LABEL_MIN     180.0

#define SYMBOL_PRESENT   "●"
#define SYMBOL_DIVERGENT "◆"
#define SYMBOL_ABSENT    "○"

static void
flow_title (PxFlow *flow)
{
  const PxReport *report = flow->report;
  g_autofree char *title = g_markup_escape_text (report->title ? report->title : "", -1);

  px_flow_text (flow, PX_STYLE_TITLE, title, 0, 2);
  if (report->subtitle != NULL)
    {
      g_autofree char *subtitle = g_markup_escape_text (report->subtitle, -1);
      g_autofree char *markup = g_strdup_printf ("<span foreground=\"#5c5c5c\">%s</span>", subtitle);

      px_flow_text (flow, PX_STYLE_BODY, markup, 0, 2);
    }
  for (guint i = 0; i < report->summary->len; i++)
    {
      g_autofree char *line = g_markup_escape_text (g_ptr_array_index (report->summary, i), -1);

      px_flow_text (flow, PX_STYLE_BODY, line, 0, 2);
    }
  flow->y += PX_FLOW_GAP;
}

/* The columns of the sources table: label, outlet, title, date, language. */
static void
source_columns (PxFlow *flow,
                double *x,
                double *w)
{
  double width = px_flow_width (flow);

  w[0] = 22;
  w[1] = MIN (170, width * 0.25);
  w[3] = 94;
  w[4] = 64;
  w[2] = width - w[0] - w[1] - w[3] - w[4];
  x[0] = flow->left;
  for (guint i = 1; i < 5; i++)
    x[i] = x[i - 1] + w[i - 1];
}

static void
sources_header (PxFlow   *flow,
                gpointer  user_data)
{
  const char *names[5] = { "", _("Outlet"), _("Title"), _("Date"), _("Language") };
  PxFlowCell cells[5];
  double x[5], w[5];

  source_columns (flow, x, w);
  for (guint i = 0; i < 5; i++)
    px_flow_cell_text (&cells[i], flow, PX_STYLE_NOTE_BOLD, names[i], x[i] + 2, w[i] - 6,
                       PX_WRAP_WORD, PX_COLOR_TEXT);
  px_flow_row (flow, cells, 5, PX_COLOR_SHADE);
  px_flow_cells_clear (cells, 5);
}

static void
source_row (PxFlow               *flow,
            const PxReportSource *source)
{
  g_autofree char *outlet = g_markup_escape_text (source->outlet, -1);
  g_autofree char *title = g_markup_escape_text (source->title ? source->title : "", -1);
  g_autofree char *date = g_markup_escape_text (source->date ? source->date : "", -1);
  g_autofree char *label = g_markup_escape_text (source->label, -1);
  const char *texts[5] = { label, outlet, title, date, px_report_language_name (source->language) };
  const PxStyle styles[5] = { PX_STYLE_BODY_BOLD, PX_STYLE_BODY_BOLD, PX_STYLE_BODY, PX_STYLE_BODY, PX_STYLE_BODY };
  PxFlowCell cells[5];
  double x[5], w[5];

  source_columns (flow, x, w);
  for (guint i = 0; i < 5; i++)
    px_flow_cell_text (&cells[i], flow, styles[i], texts[i], x[i] + 2, w[i] - 6, PX_WRAP_WORD,
                       i == 2 && px_report_is_safe_url (source->url) ? PX_COLOR_LINK : PX_COLOR_TEXT);
  /* A real link annotation, so that readers of the PDF can open the source. */
  if (px_report_is_safe_url (source->url) && !flow->report->classroom)
    cells[2].item.link = g_strdup (source->url);
  px_flow_row (flow, cells, 5, 0);
  px_flow_cells_clear (cells, 5);
  px_flow_rule (flow, PX_COLOR_RULE);
}

/**
 * px_report_flow_sources:
 * @flow: the flow
 * @first: the first source to list
 * @last: the source after the last one to list
 *
 * The sources as a reader knows them: outlet, title, date and language.
 */
void
px_report_flow_sources (PxFlow *flow,
                        guint   first,
                        guint   last)
{
  const PxReport *report = flow->report;

  sources_header (flow, NULL);
  px_flow_set_header (flow, sources_header, NULL);
  for (guint i = first; i < last && i < report->sources->len; i++)
    source_row (flow, g_ptr_array_index (report->sources, i));
  px_flow_set_header (flow, NULL, NULL);
}

static void
flow_front_sources (PxFlow *flow)
{
  const PxReport *report = flow->report;
  guint n = report->sources->len;

  px_flow_heading (flow, _("Sources"), 40);
  px_report_flow_sources (flow, 0, MIN (n, PX_REPORT_FRONT_SOURCES));
  if (n > PX_REPORT_FRONT_SOURCES)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "… and %u more source, listed at the end.",
                                                            "… and %u more sources, listed at the end.",
                                                            n - PX_REPORT_FRONT_SOURCES),
                                               n - PX_REPORT_FRONT_SOURCES);
      px_flow_text (flow, PX_STYLE_NOTE, more, 0, 0);
    }
  flow->y += PX_FLOW_GAP;
}

/* The summary table: claim, label, one symbol per source (or counts, when
 * the sources are too many for columns), and what differs.
 */
typedef struct
{
  double   x[4];
  double   w[4];
  gboolean counts;
} SummaryColumns;

static void
summary_columns (PxFlow         *flow,
                 SummaryColumns *columns)
{
  double width = px_flow_width (flow);
  guint n = flow->report->sources->len;
  /* Wide enough for four kinds ("figures, quotation, attribution, wording")
   * on a landscape page.
   */
  double kinds = MIN (215, width * 0.26);

  columns->counts = ID_WIDTH + LABEL_MIN + kinds + n * SYMBOL_WIDTH > width;
  columns->w[0] = ID_WIDTH;
  columns->w[2] = columns->counts ? 130 : n * SYMBOL_WIDTH + 6;
  columns->w[3] = kinds;
  columns->w[1] = width - columns->w[0] - columns->w[2] - columns->w[3];
  columns->x[0] = flow->left;
  for (guint i = 1; i < 4; i++)
    columns->x[i] = columns->x[i - 1] + columns->w[i - 1];
}

static void
set_symbol_tabs (PxFlowCell *cell,
                 guint       n)
{
  cell->item.n_tabs = n;
  cell->item.tab_width = SYMBOL_WIDTH;
  px_style_layout_set_tabs (cell->layout, n, SYMBOL_WIDTH);
}

static char *
symbol_letters (const PxReport *report)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < report->sources->len; i++)
    {
      g_autofree char *label = g_markup_escape_text (((PxReportSource *)g_ptr_array_index (report->sources, i))->label, -1);

      g_string_append_printf (out, "%s%s", i > 0 ? "\t" : "", label);
    }
  return g_string_free (out, FALSE);
}

static void
summary_header (PxFlow   *flow,
                gpointer  user_data)
{
  SummaryColumns columns;
  g_autofree char *letters = NULL;
  const char *texts[4];
  PxFlowCell cells[4];

  summary_columns (flow, &columns);
  letters = columns.counts ? g_strdup (_("Sources")) : symbol_letters (flow->report);
  texts[0] = _("Claim");
  texts[1] = _("What is reported");
  texts[2] = letters;
  texts[3] = _("What differs");
  for (guint i = 0; i < 4; i++)
    px_flow_cell_text (&cells[i], flow, PX_STYLE_NOTE_BOLD, texts[i], columns.x[i] + 2,
                       columns.w[i] - 4, i == 2 ? PX_WRAP_ELLIPSIZE : PX_WRAP_WORD, PX_COLOR_TEXT);
  if (!columns.counts)
    set_symbol_tabs (&cells[2], flow->report->sources->len);
  px_flow_row (flow, cells, 4, PX_COLOR_SHADE);
  px_flow_cells_clear (cells, 4);
}

static char *
row_symbols (const PxReport    *report,
             const PxReportRow *row,
             gboolean           counts)
{
  GString *out = g_string_new (NULL);
  guint divergent = 0, next = 0;

  for (guint i = 0; i < row->cells->len; i++)
    divergent += ((PxReportCell *)g_ptr_array_index (row->cells, i))->divergent;

  for (guint i = 0; i < report->sources->len && !counts; i++)
    {
      const PxReportCell *cell = NULL;

      if (next < row->cells->len && ((PxReportCell *)g_ptr_array_index (row->cells, next))->source == i)
        cell = g_ptr_array_index (row->cells, next++);
      if (i > 0)
        g_string_append_c (out, '\t');
      if (cell == NULL)
        g_string_append (out, "<span foreground=\"#9a9a9a\">" SYMBOL_ABSENT "</span>");
      else if (cell->divergent)
        g_string_append (out, "<span foreground=\"#b03a00\">" SYMBOL_DIVERGENT "</span>");
      else
        g_string_append (out, SYMBOL_PRESENT);
    }
  if (counts)
    /* Translators: in the summary table of a large set: "4 of 2000, 2 differ". */
    g_string_printf (out, _("%u of %u, %u differ"), row->coverage, report->sources->len, divergent);
  return g_string_free (out, FALSE);
}

static void
summary_row (PxFlow            *flow,
             const PxReportRow *row)
{
  SummaryColumns columns;
  g_autofree char *id = g_strdup_printf ("%u", row->id);
  g_autofree char *label = g_markup_escape_text (row->label ? row->label : "", -1);
  g_autofree char *symbols = NULL;
  g_autofree char *kinds = px_report_kinds_dup_text (row->kinds);
  g_autofree char *kinds_escaped = g_markup_escape_text (kinds, -1);
  const char *texts[4];
  PxFlowCell cells[4];

  summary_columns (flow, &columns);
  symbols = row_symbols (flow->report, row, columns.counts);
  texts[0] = id;
  texts[1] = label;
  texts[2] = symbols;
  texts[3] = kinds_escaped;
  for (guint i = 0; i < 4; i++)
    px_flow_cell_text (&cells[i], flow, PX_STYLE_BODY, texts[i], columns.x[i] + 2, columns.w[i] - 4,
                       PX_WRAP_ELLIPSIZE, PX_COLOR_TEXT);
  if (!columns.counts)
    set_symbol_tabs (&cells[2], flow->report->sources->len);
  px_flow_row (flow, cells, 4, 0);
  px_flow_cells_clear (cells, 4);
  px_flow_rule (flow, PX_COLOR_RULE);
}

static void
flow_summary (PxFlow *flow)
{
  g_autoptr(GPtrArray) rows = px_report_dup_rows_by_id (flow->report);
  g_autofree char *legend = NULL;

  if (rows->len == 0)
    return;
  px_flow_heading (flow, _("Claims and Sources"), 60);
  summary_header (flow, NULL);
  px_flow_set_header (flow, summary_header, NULL);
  for (guint r = 0; r < rows->len; r++)
    summary_row (flow, g_ptr_array_index (rows, r));
  px_flow_set_header (flow, NULL, NULL);

  legend = g_markup_printf_escaped ("%s %s   <span foreground=\"#b03a00\">%s</span> %s   "
                            "<span foreground=\"#9a9a9a\">%s</span> %s",
                            SYMBOL_PRESENT, _("reports the claim"),
                            SYMBOL_DIVERGENT, _("reports it, and differs in figures, quotation or attribution"),
                            SYMBOL_ABSENT, _("does not report it"));
  flow->y += 2;
  px_flow_text (flow, PX_STYLE_NOTE, legend, 0, PX_FLOW_GAP);
}

/**
 * px_report_figure_markup:
 * @report: the report
 * @figure: a compared quantity
 *
 * Returns: (transfer full): each source's figure as written, and how it was
 *   read: "A rund 300 (≈300 km)   B bis zu rund 300 (≤≈300 km)"
 */
char *
px_report_figure_markup (const PxReport       *report,
                         const PxReportFigure *figure)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < figure->entries->len; i++)
    {
      const PxReportFigureEntry *entry = g_ptr_array_index (figure->entries, i);
      const PxReportSource *source = g_ptr_array_index (report->sources, entry->source);
      g_autofree char *label = g_markup_escape_text (source->label, -1);
      g_autofree char *written = g_markup_escape_text (entry->written ? entry->written : "", -1);
      g_autofree char *reading = g_markup_escape_text (entry->reading ? entry->reading : "", -1);

      g_string_append_printf (out, "%s<b>%s</b> %s <span foreground=\"#5c5c5c\">(%s)</span>",
                              i > 0 ? "    " : "", label, written, reading);
    }
  return g_string_free (out, FALSE);
}

static guint32
verdict_color (PxFigureVerdict verdict)
{
  switch (verdict)
    {
    case PX_FIGURE_VERDICT_CONTRADICT:
      return 0xb3001b;
    case PX_FIGURE_VERDICT_DIFFER:
      return 0xb03a00;
    case PX_FIGURE_VERDICT_HEDGE:
      return 0x7a5c00;
    case PX_FIGURE_VERDICT_AGREE:
      return 0x2b6e1f;
    case PX_FIGURE_VERDICT_SINGLE:
    default:
      return PX_COLOR_DIM;
    }
}

/**
 * px_report_verdicts_markup:
 * @brief: whether to leave out the example, for the legend at a page's foot
 *
 * Returns: (transfer full): what each figure verdict means, in words
 */
char *
px_report_verdicts_markup (gboolean brief)
{
  return g_markup_printf_escaped ("<b>%s</b> %s  <b>%s</b> %s  <b>%s</b> %s  <b>%s</b> %s  <b>%s</b> %s",
                                  px_report_verdict_label (PX_FIGURE_VERDICT_AGREE), _("the same figure"),
                                  px_report_verdict_label (PX_FIGURE_VERDICT_HEDGE),
                                  brief ? _("the same figure, hedged differently")
                                        : _("the same figure, hedged differently (“about” / “up to about”)"),
                                  px_report_verdict_label (PX_FIGURE_VERDICT_DIFFER),
                                  _("different figures that overlap"),
                                  px_report_verdict_label (PX_FIGURE_VERDICT_CONTRADICT),
                                  _("figures that exclude each other"),
                                  px_report_verdict_label (PX_FIGURE_VERDICT_SINGLE),
                                  _("only one source gives a figure"));
}

/* A row of the figures table is one layout, its columns at tab stops and
 * the figures as written wrapping under their own column: tables of
 * thousands of figures cost a layout a row.
 */
static const double figure_stops[PX_STYLE_STOPS] = { ID_WIDTH, ID_WIDTH + 110, ID_WIDTH + 225 };

/* Quantities are a word or two; longer ones are cut to stay in their column. */
#define QUANTITY_CHARS 16

static const double chain_stops[PX_STYLE_STOPS] = { ID_WIDTH, 0, 0 };

static void
tabbed_line (PxFlow       *flow,
             PxStyle       style,
             const char   *markup,
             guint32       shade,
             const double *stops,
             double        indent)
{
  PxFlowCell cell;

  px_flow_cell_text (&cell, flow, style, markup, flow->left + 2, px_flow_width (flow) - 4,
                     PX_WRAP_WORD, PX_COLOR_TEXT);
  memcpy (cell.item.stops, stops, sizeof cell.item.stops);
  cell.item.indent = indent;
  px_style_layout_set_stops (cell.layout, cell.item.stops, cell.item.indent);
  px_flow_row (flow, &cell, 1, shade);
  px_flow_cells_clear (&cell, 1);
}

static void
figures_header (PxFlow   *flow,
                gpointer  user_data)
{
  g_autofree char *markup = g_markup_printf_escaped ("%s\t%s\t%s\t%s", _("Claim"), _("Quantity"), _("Verdict"),
                                                     _("As each source gives it"));

  tabbed_line (flow, PX_STYLE_NOTE_BOLD, markup, PX_COLOR_SHADE, figure_stops, figure_stops[2]);
}

static void
figures_row (PxFlow               *flow,
             const PxReportFigure *figure)
{
  g_autofree char *entries = px_report_figure_markup (flow->report, figure);
  g_autofree char *quantity = g_strdup (figure->quantity ? figure->quantity : "");
  g_autofree char *head = NULL;
  g_autofree char *markup = NULL;
  guint32 color = verdict_color (figure->verdict);

  if (g_utf8_strlen (quantity, -1) > QUANTITY_CHARS)
    {
      char *cut = g_utf8_substring (quantity, 0, QUANTITY_CHARS - 1);

      g_free (quantity);
      quantity = g_strconcat (cut, "…", NULL);
      g_free (cut);
    }
  head = g_markup_printf_escaped ("%u\t%s\t<span foreground=\"#%06x\"><b>%s</b></span>\t", figure->claim,
                                  quantity, color, px_report_verdict_label (figure->verdict));
  markup = g_strconcat (head, entries, NULL);
  tabbed_line (flow, PX_STYLE_BODY, markup, 0, figure_stops, figure_stops[2]);
  px_flow_rule (flow, PX_COLOR_RULE);
}

/* The figures only one source gives compare with nothing: one paragraph,
 * "1 month: B zwei · 3 Soldaten: A mehr als 10.000", not a row each.
 */
static void
flow_single_figures (PxFlow *flow)
{
  const PxReport *report = flow->report;
  g_autoptr(GString) list = g_string_new (NULL);
  g_autofree char *lead = NULL;

  for (guint i = 0; i < report->figures->len; i++)
    {
      const PxReportFigure *figure = g_ptr_array_index (report->figures, i);
      g_autofree char *entries = NULL;
      g_autofree char *head = NULL;

      if (figure->verdict != PX_FIGURE_VERDICT_SINGLE)
        continue;
      entries = px_report_figure_markup (report, figure);
      head = g_markup_printf_escaped ("%u %s:", figure->claim, figure->quantity ? figure->quantity : "");
      g_string_append_printf (list, "%s%s %s", list->len > 0 ? "  ·  " : "", head, entries);
    }
  if (list->len == 0)
    return;
  /* Translators: before the list of figures that only one source gives. */
  lead = g_markup_printf_escaped ("<b>%s</b> ", _("Given by one source only:"));
  g_string_prepend (list, lead);
  flow->y += 2;
  px_flow_text (flow, PX_STYLE_BODY, list->str, 2, 0);
}

static void
flow_figures (PxFlow *flow)
{
  const PxReport *report = flow->report;
  g_autofree char *legend = NULL;
  gboolean compared = FALSE;

  if (report->figures->len == 0)
    return;
  px_flow_heading (flow, _("Figures"), 40);
  for (guint i = 0; i < report->figures->len; i++)
    {
      const PxReportFigure *figure = g_ptr_array_index (report->figures, i);

      if (figure->verdict == PX_FIGURE_VERDICT_SINGLE)
        continue;
      if (!compared)
        {
          figures_header (flow, NULL);
          px_flow_set_header (flow, figures_header, NULL);
          compared = TRUE;
        }
      figures_row (flow, figure);
    }
  px_flow_set_header (flow, NULL, NULL);
  flow_single_figures (flow);

  legend = px_report_verdicts_markup (FALSE);
  flow->y += 2;
  px_flow_text (flow, PX_STYLE_NOTE, legend, 0, PX_FLOW_GAP);
}

/**
 * px_report_chains_markup:
 * @report: the report
 * @row: a claim
 *
 * Returns: (transfer full): the attribution chain of each source that
 *   reports @row, "Outlet ← NYT ← unnamed US officials", side by side
 */
char *
px_report_chains_markup (const PxReport    *report,
                         const PxReportRow *row)
{
  GString *out = g_string_new (NULL);
  g_autoptr(GString) silent = g_string_new (NULL);

  for (guint i = 0; i < row->cells->len; i++)
    {
      const PxReportCell *cell = g_ptr_array_index (row->cells, i);
      const PxReportSource *source = g_ptr_array_index (report->sources, cell->source);
      g_autofree char *text = NULL;

      /* The sources that name nobody go together at the end, by their
       * short names: in a large set they would be most of the line.
       */
      if (cell->chain == NULL)
        {
          g_string_append_printf (silent, "%s%s", silent->len > 0 ? ", " : "", source->label);
          continue;
        }
      text = g_markup_escape_text (cell->chain, -1);
      g_string_append_printf (out, "%s%s", out->len > 0 ? "     " : "", text);
    }
  if (silent->len > 0)
    {
      /* Translators: the sources of a claim that name nobody: "no source named: A, D". */
      g_autofree char *named = g_strdup_printf (_("no source named: %s"), silent->str);
      g_autofree char *text = g_markup_printf_escaped ("<span foreground=\"#5c5c5c\">%s</span>", named);

      g_string_append_printf (out, "%s%s", out->len > 0 ? "     " : "", text);
    }
  return g_string_free (out, FALSE);
}

static void
flow_chains (PxFlow *flow)
{
  g_autoptr(GPtrArray) rows = px_report_dup_rows_by_id (flow->report);
  guint shown = 0, left_out = 0;
  gboolean any = FALSE;

  for (guint r = 0; r < rows->len && !any; r++)
    any = (((PxReportRow *)g_ptr_array_index (rows, r))->kinds & PX_REPORT_KIND_ATTRIBUTION) != 0;
  if (!any)
    return;

  px_flow_heading (flow, _("Who Says It, on Whose Word"), 50);
  for (guint r = 0; r < rows->len; r++)
    {
      const PxReportRow *row = g_ptr_array_index (rows, r);
      g_autofree char *chains = NULL;
      g_autofree char *markup = NULL;

      if (!(row->kinds & PX_REPORT_KIND_ATTRIBUTION))
        continue;
      if (shown++ >= PX_REPORT_DETAIL_CLAIMS)
        {
          left_out++;
          continue;
        }
      chains = px_report_chains_markup (flow->report, row);
      markup = g_strdup_printf ("%u\t%s", row->id, chains);
      tabbed_line (flow, PX_STYLE_BODY, markup, 0, chain_stops, ID_WIDTH);
      px_flow_rule (flow, PX_COLOR_RULE);
    }
  if (left_out > 0)
    px_report_flow_rest (flow, left_out);
  flow->y += PX_FLOW_GAP;
}

/**
 * px_report_flow_front:
 * @flow: the flow, at the top of page 1
 *
 * Lays out the report's first part: title, sources, the summary table,
 * the figure comparisons and the attribution chains.
 */
void
px_report_flow_front (PxFlow *flow)
{
  flow_title (flow);
  flow_front_sources (flow);
  flow_summary (flow);
  flow_figures (flow);
  flow_chains (flow);
}
