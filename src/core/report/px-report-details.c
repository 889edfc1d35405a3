/* px-report-details.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-report-details"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "px-report-sections.h"

/* After page 1: the claims that diverge, the most telling kind first, each
 * with the sources' passages side by side and the differing words marked;
 * then the claims reported alike, a line each; then the passages only one
 * source has, condensed.
 */

/* Passages narrower than this read badly; more sources wrap to a new band. */
#define MIN_COLUMN 125.0

/* The list of passages only one source has runs in columns this wide at
 * least: three on a landscape page, two on a portrait one; a line is the
 * passage's gist, the whole is in the HTML and CSV exports.
 */
#define EXCLUSIVE_COLUMN 240.0

/* A source's name in the list of passages only one source has stays in one
 * column with this much of its lines.
 */
#define NAME_KEEP 40.0

/* Blocks up to this share of a page are never split. */
#define KEEP_WHOLE 0.2

/* How many sources that leave a claim out its block names. */
#define OMITTED_NAMES 8

/* A block is measured whole before it is placed, so that a claim that
 * fits on a page is never split from its passages.
 */
static void
cell_clear (gpointer data)
{
  px_flow_cells_clear (data, 1);
}

static GArray *
block_row (GPtrArray *rows)
{
  GArray *row = g_array_new (FALSE, TRUE, sizeof (PxFlowCell));

  g_array_set_clear_func (row, cell_clear);
  g_ptr_array_add (rows, row);
  return row;
}

static void
add_text_row (PxFlow     *flow,
              GPtrArray  *rows,
              PxStyle     style,
              const char *markup,
              double      indent,
              guint32     color)
{
  GArray *row = block_row (rows);
  PxFlowCell cell;

  px_flow_cell_text (&cell, flow, style, markup, flow->left + indent, px_flow_width (flow) - indent,
                     PX_WRAP_WORD, color);
  g_array_append_val (row, cell);
}

/* Widths for the @n passages of a band across @width, each in proportion
 * to its length (@lengths), so that the columns end near one height and the
 * block is as short as its text allows; none is narrower than MIN_COLUMN.
 */
static void
fit_widths (const double *lengths,
            guint         n,
            double        width,
            double       *widths)
{
  g_autofree gboolean *narrow = g_new0 (gboolean, n);
  gboolean changed = TRUE;

  while (changed)
    {
      double free_width = width, free_length = 0;
      guint n_free = 0;

      changed = FALSE;
      for (guint i = 0; i < n; i++)
        if (narrow[i])
          free_width -= MIN_COLUMN;
        else
          free_length += lengths[i], n_free++;
      for (guint i = 0; i < n; i++)
        {
          if (narrow[i])
            {
              widths[i] = MIN_COLUMN;
              continue;
            }
          widths[i] = free_length > 0 ? free_width * lengths[i] / free_length : free_width / n_free;
          if (widths[i] < MIN_COLUMN)
            narrow[i] = changed = TRUE;
        }
    }
}

static char *
passage_heading (const PxReport    *report,
                 const PxReportRow *row,
                 const PxReportCell *cell)
{
  const PxReportSource *source = g_ptr_array_index (report->sources, cell->source);
  g_autofree char *name = px_report_source_dup_name (source);

  if ((int)cell->source == row->reference && row->kinds & PX_REPORT_KIND_WORDING)
    return g_strdup_printf ("%s · %s", name, _("reference"));
  return g_steal_pointer (&name);
}

/* The passages side by side, each after its source's name; more sources
 * than fit across wrap to a second band.
 */
static void
add_bands (PxFlow            *flow,
           GPtrArray         *rows,
           const PxReportRow *row)
{
  guint max_columns = MAX (1, (guint)(px_flow_width (flow) / MIN_COLUMN));

  for (guint first = 0; first < row->cells->len; first += max_columns)
    {
      guint n = MIN (max_columns, row->cells->len - first);
      g_autofree double *lengths = g_new (double, n);
      g_autofree double *widths = g_new (double, n);
      g_autoptr(GPtrArray) headings = g_ptr_array_new_with_free_func (g_free);
      GArray *band = block_row (rows);
      double x = flow->left;

      for (guint i = 0; i < n; i++)
        {
          const PxReportCell *cell = g_ptr_array_index (row->cells, first + i);
          char *heading = passage_heading (flow->report, row, cell);

          g_ptr_array_add (headings, heading);
          lengths[i] = g_utf8_strlen (cell->text, -1) + g_utf8_strlen (heading, -1);
        }
      fit_widths (lengths, n, px_flow_width (flow), widths);
      for (guint i = 0; i < n; i++)
        {
          PxFlowCell column;

          px_flow_cell_passage (&column, flow, g_ptr_array_index (row->cells, first + i),
                                g_ptr_array_index (headings, i), x + 2, widths[i] - 6);
          g_array_append_val (band, column);
          x += widths[i];
        }
    }
}

static char *
omitted_text (const PxReport    *report,
              const PxReportRow *row)
{
  GString *out = g_string_new (NULL);
  guint n = 0, next = 0;

  /* The sources between one cell's and the next's leave the claim out. */
  for (guint i = 0; i < report->sources->len && n <= OMITTED_NAMES; i++)
    {
      const PxReportSource *source = g_ptr_array_index (report->sources, i);

      if (next < row->cells->len && ((PxReportCell *)g_ptr_array_index (row->cells, next))->source == i)
        {
          next++;
          continue;
        }
      if (n++ < OMITTED_NAMES)
        {
          g_autofree char *name = px_report_source_dup_name (source);

          g_string_append_printf (out, "%s%s", out->len > 0 ? ", " : "", name);
        }
    }
  n = report->sources->len - row->cells->len;
  if (n == 0)
    return g_string_free (out, TRUE);
  if (n > OMITTED_NAMES)
    /* Translators: after a list of the sources that leave a claim out. */
    g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, " and %u more", " and %u more",
                                              n - OMITTED_NAMES),
                            n - OMITTED_NAMES);
  return g_string_free (out, FALSE);
}

static char *
block_title (const PxReport    *report,
             const PxReportRow *row)
{
  g_autofree char *kinds = px_report_kinds_dup_text (row->kinds);
  g_autofree char *omitted = omitted_text (report, row);
  g_autofree char *title = NULL;

  /* Translators: the heading of a claim in the export: "Claim 4 · figures, wording · 4 of 5 sources". */
  title = g_markup_printf_escaped (_("<b>Claim %u</b> · %s · %u of %u sources"), row->id, kinds,
                                   row->coverage, report->sources->len);
  if (omitted == NULL)
    return g_steal_pointer (&title);
  {
    /* Translators: %s lists the sources that do not report a claim. */
    g_autofree char *line = g_strdup_printf (_("Not reported by %s"), omitted);
    g_autofree char *escaped = g_markup_escape_text (line, -1);

    return g_strdup_printf ("%s · <span foreground=\"#5c5c5c\">%s</span>", title, escaped);
  }
}

/* The findings under a claim's passages: figures and quotations. */
static void
add_notes (PxFlow            *flow,
           GPtrArray         *rows,
           const PxReportRow *row)
{
  for (guint i = 0; i < row->figures->len; i++)
    {
      const PxReportFigure *figure = g_ptr_array_index (row->figures, i);
      g_autofree char *entries = NULL;
      g_autofree char *head = NULL;
      g_autofree char *line = NULL;

      /* Every verdict is marked beside its figures in the passages and
       * listed with the figures up front; figures in conflict are worth
       * setting side by side here as well.
       */
      if (figure->verdict != PX_FIGURE_VERDICT_DIFFER && figure->verdict != PX_FIGURE_VERDICT_CONTRADICT)
        continue;
      entries = px_report_figure_markup (flow->report, figure);
      head = g_markup_printf_escaped ("<b>%s, %s:</b>", figure->quantity ? figure->quantity : "",
                                      px_report_verdict_label (figure->verdict));
      line = g_strdup_printf ("%s %s", head, entries);
      add_text_row (flow, rows, PX_STYLE_NOTE, line, 3, PX_COLOR_NOTE);
    }
  for (guint i = 0; i < row->notes->len; i++)
    {
      g_autofree char *note = g_markup_escape_text (g_ptr_array_index (row->notes, i), -1);

      add_text_row (flow, rows, PX_STYLE_NOTE, note, 3, PX_COLOR_NOTE);
    }
}

/* Places a block's rows; @lead is the number of rows before the passages,
 * which never end a page alone.
 */
static void
place_rows (PxFlow    *flow,
            GPtrArray *rows,
            guint      lead)
{
  double total = 0, first = 0;

  for (guint r = 0; r < rows->len; r++)
    {
      GArray *row = g_ptr_array_index (rows, r);
      double height = px_flow_cells_height (flow, (PxFlowCell *)(gpointer)row->data, row->len);

      total += height;
      if (r < lead)
        first += height;
    }
  /* A short block stays whole; a long one may break, once a few lines of
   * every passage fit, rather than leave half a page empty.
   */
  if (total <= KEEP_WHOLE * (flow->bottom - flow->top))
    px_flow_keep (flow, total);
  px_flow_ensure (flow, MIN (total, first + 50));
  flow->split = TRUE;
  for (guint r = 0; r < rows->len; r++)
    {
      GArray *row = g_ptr_array_index (rows, r);

      px_flow_row (flow, (PxFlowCell *)(gpointer)row->data, row->len, 0);
    }
  flow->split = FALSE;
}

/* A claim's block: its title, the passages, the findings; under the
 * section's @heading when it is the section's first.
 */
static void
flow_block (PxFlow            *flow,
            const PxReportRow *row,
            const char        *heading)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
  g_autofree char *title = block_title (flow->report, row);
  guint lead;

  if (heading != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (heading, -1);

      add_text_row (flow, rows, PX_STYLE_HEADING, escaped, 0, PX_COLOR_TEXT);
    }
  add_text_row (flow, rows, PX_STYLE_BODY, title, 0, PX_COLOR_TEXT);
  lead = rows->len;
  add_bands (flow, rows, row);
  add_notes (flow, rows, row);
  place_rows (flow, rows, lead);
  px_flow_rule (flow, PX_COLOR_RULE);
  flow->y += PX_FLOW_GAP / 2;
}

/* A claim the sources report alike: one line. */
static void
flow_alike (PxFlow            *flow,
            const PxReportRow *row)
{
  g_autoptr(GString) labels = g_string_new (NULL);
  g_autofree char *line = NULL;
  double pad = flow->pad;

  for (guint i = 0; i < row->cells->len && i < OMITTED_NAMES; i++)
    {
      const PxReportCell *cell = g_ptr_array_index (row->cells, i);
      const PxReportSource *source = g_ptr_array_index (flow->report->sources, cell->source);

      g_string_append_printf (labels, "%s%s", i > 0 ? ", " : "", source->label);
    }
  if (row->cells->len > OMITTED_NAMES)
    g_string_append (labels, ", …");
  line = g_markup_printf_escaped ("<b>%u</b>  <span foreground=\"#5c5c5c\">%s</span>  %s", row->id,
                                  labels->str, row->label ? row->label : "");
  flow->pad = 1;
  {
    PxFlowCell cell;

    px_flow_cell_text (&cell, flow, PX_STYLE_BODY, line, flow->left, px_flow_width (flow),
                       PX_WRAP_ELLIPSIZE, PX_COLOR_TEXT);
    px_flow_row (flow, &cell, 1, 0);
    px_flow_cells_clear (&cell, 1);
  }
  flow->pad = pad;
}

/**
 * px_report_flow_claims:
 * @flow: the flow
 *
 * Lays out the claims in the report's order: divergences first, under a
 * heading for each kind, then the claims reported alike.
 */
void
px_report_flow_claims (PxFlow *flow)
{
  const PxReport *report = flow->report;
  guint section = G_MAXUINT, blocks = 0, lines = 0, left_out = 0;

  for (guint r = 0; r < report->rows->len; r++)
    {
      const PxReportRow *row = g_ptr_array_index (report->rows, r);
      guint kind = px_report_row_first_kind (row);
      const char *heading = kind != section ? px_report_kind_title (kind) : NULL;

      if (kind != 0 ? blocks >= PX_REPORT_DETAIL_CLAIMS : lines >= PX_REPORT_ALIKE_LINES)
        {
          left_out++;
          continue;
        }
      section = kind;
      if (kind != 0)
        {
          flow_block (flow, row, heading);
          blocks++;
          continue;
        }
      if (heading != NULL)
        px_flow_heading (flow, heading, 30);
      flow_alike (flow, row);
      lines++;
    }
  if (left_out > 0)
    px_report_flow_rest (flow, left_out);
}

/* Where the claims not set out in detail are. */
void
px_report_flow_rest (PxFlow *flow,
                     guint   n_claims)
{
  g_autofree char *line = NULL;

  /* Translators: at the end of the claims of a very large set. */
  line = g_markup_printf_escaped (g_dngettext (GETTEXT_PACKAGE,
                                               "<i>%u more claim is in the table on page 1; its passages are in the HTML and CSV exports.</i>",
                                               "<i>%u more claims are in the table on page 1; their passages are in the HTML and CSV exports.</i>",
                                               n_claims),
                                  n_claims);
  flow->y += PX_FLOW_GAP / 2;
  px_flow_text (flow, PX_STYLE_NOTE, line, 0, PX_FLOW_GAP);
}

static double
line_height (PxFlow  *flow,
             PxStyle  style)
{
  g_autoptr(PangoLayout) layout = px_flow_layout (flow, style, "X", px_flow_width (flow), PX_WRAP_ELLIPSIZE);

  return px_style_layout_height (layout);
}

/* Returns: how many of the source's passages were listed */
static guint
flow_source_exclusive (PxFlow               *flow,
                       const PxReportSource *source,
                       guint                 budget)
{
  guint n = source->exclusive->len, shown = MIN (MIN (n, PX_REPORT_EXCLUSIVE_LINES), budget);
  g_autofree char *name = px_report_source_dup_name (source);
  g_autofree char *heading = NULL;

  heading = g_markup_printf_escaped (g_dngettext (GETTEXT_PACKAGE, "<b>%s</b> · %u passage",
                                                  "<b>%s</b> · %u passages", n),
                                     name, n);
  px_flow_ensure (flow, NAME_KEEP);
  px_flow_text (flow, PX_STYLE_BODY, heading, 0, 1);
  for (guint p = 0; p < shown; p++)
    {
      g_autofree char *text = g_markup_escape_text (g_ptr_array_index (source->exclusive, p), -1);
      PxFlowCell cell;

      /* The note of the rest goes with the last line, never alone. */
      if (p + 1 == shown && n > shown)
        px_flow_ensure (flow, line_height (flow, PX_STYLE_BODY) + 2 * flow->pad +
                              line_height (flow, PX_STYLE_NOTE));
      px_flow_cell_text (&cell, flow, PX_STYLE_BODY, text, flow->left + 10, px_flow_width (flow) - 10,
                         PX_WRAP_ELLIPSIZE, PX_COLOR_TEXT);
      px_flow_row (flow, &cell, 1, 0);
      px_flow_cells_clear (&cell, 1);
    }
  if (n > shown)
    {
      /* Translators: under a shortened list of passages only one source has. */
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "… %u more in the HTML and CSV exports",
                                                            "… %u more in the HTML and CSV exports",
                                                            n - shown),
                                               n - shown);
      g_autofree char *markup = g_markup_printf_escaped ("<i>%s</i>", more);

      px_flow_text (flow, PX_STYLE_NOTE, markup, 10, 0);
    }
  flow->y += 4;
  return shown;
}

/* The rest of the list's height in one column, from source @first on, as
 * flow_source_exclusive() lays it out: each source's name, a line per
 * passage shown, a note of the rest.
 */
static double
exclusive_height (PxFlow *flow,
                  guint   first,
                  guint   budget)
{
  const PxReport *report = flow->report;
  double line = line_height (flow, PX_STYLE_BODY), note = line_height (flow, PX_STYLE_NOTE);
  double height = 0;

  for (guint i = first; i < report->sources->len && budget > 0; i++)
    {
      const PxReportSource *source = g_ptr_array_index (report->sources, i);
      guint n = source->exclusive->len, shown = MIN (MIN (n, PX_REPORT_EXCLUSIVE_LINES), budget);

      if (n == 0)
        continue;
      budget -= shown;
      height += line + 1 + shown * (line + 2 * flow->pad) + (n > shown ? note : 0) + 4;
    }
  return height;
}

/* When the rest of the list, from source @first on, fits in this page's
 * columns, ends each column near an equal share of it, so that a short
 * list does not fill the first column and leave the last empty. Only from
 * the first column: what stands in it counts towards its share. The slack
 * covers a source's name, which never ends a column alone (NAME_KEEP).
 */
static void
balance_columns (PxFlow *flow,
                 guint   first,
                 guint   budget)
{
  double height, share;

  if (flow->column != 0)
    return;
  height = flow->y - flow->column_top + exclusive_height (flow, first, budget);
  share = height / flow->n_columns + NAME_KEEP + 4;
  if (flow->column_top + share <= flow->bottom)
    flow->bottom = flow->column_top + share;
}

/**
 * px_report_flow_exclusive:
 * @flow: the flow
 *
 * Lays out the passages only one source has, a line each, grouped by
 * source, in two columns on wide pages.
 */
void
px_report_flow_exclusive (PxFlow *flow)
{
  const PxReport *report = flow->report;
  guint total = px_report_count_exclusive (report), budget = PX_REPORT_EXCLUSIVE_TOTAL, skipped = 0;
  double pad = flow->pad, bottom;
  guint page, first_page;

  if (total == 0)
    return;

  px_flow_heading (flow, _("Passages Only One Source Has"), 40);
  px_flow_begin_columns (flow, MAX (1, (guint)(px_flow_width (flow) / EXCLUSIVE_COLUMN)), 14);
  flow->pad = 0.5;
  bottom = flow->bottom;
  first_page = page = px_page_plan_get_n_pages (flow->plan);
  balance_columns (flow, 0, budget);
  for (guint i = 0; i < report->sources->len; i++)
    {
      const PxReportSource *source = g_ptr_array_index (report->sources, i);

      if (source->exclusive->len == 0)
        continue;
      /* The list ran on to a new page: share out what is left there. */
      if (px_page_plan_get_n_pages (flow->plan) != page)
        {
          page = px_page_plan_get_n_pages (flow->plan);
          balance_columns (flow, i, budget);
        }
      if (budget == 0)
        skipped++;
      else
        budget -= flow_source_exclusive (flow, source, budget);
    }
  if (skipped > 0)
    {
      /* Translators: after the passages only one source has, in a very large set. */
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "… and the passages of %u more source, in the HTML and CSV exports",
                                                            "… and the passages of %u more sources, in the HTML and CSV exports",
                                                            skipped),
                                               skipped);
      g_autofree char *markup = g_markup_printf_escaped ("<i>%s</i>", more);

      px_flow_text (flow, PX_STYLE_NOTE, markup, 0, 0);
    }
  flow->pad = pad;
  px_flow_end_columns (flow);
  flow->bottom = px_page_plan_get_n_pages (flow->plan) == first_page ? bottom : flow->page_bottom;
}

/**
 * px_report_flow_all_sources:
 * @flow: the flow
 *
 * For sets too large to list on page 1, the full list of sources.
 */
void
px_report_flow_all_sources (PxFlow *flow)
{
  const PxReport *report = flow->report;

  double pad = flow->pad;

  if (report->sources->len <= PX_REPORT_FRONT_SOURCES)
    return;
  flow->y += PX_FLOW_GAP;
  px_flow_heading (flow, _("All Sources"), 40);

  /* A line each, in columns: a large set's list would run for pages. */
  px_flow_begin_columns (flow, MAX (1, (guint)(px_flow_width (flow) / EXCLUSIVE_COLUMN)), 14);
  flow->pad = 0.5;
  for (guint i = 0; i < report->sources->len; i++)
    {
      const PxReportSource *source = g_ptr_array_index (report->sources, i);
      g_autoptr(GString) line = g_string_new (NULL);
      g_autofree char *markup = NULL;
      PxFlowCell cell;

      if (source->title != NULL)
        g_string_append_printf (line, " — %s", source->title);
      if (source->date != NULL)
        g_string_append_printf (line, " · %s", source->date);
      markup = g_markup_printf_escaped ("<b>%s  %s</b>%s", source->label, source->outlet, line->str);
      px_flow_cell_text (&cell, flow, PX_STYLE_BODY, markup, flow->left, px_flow_width (flow),
                         PX_WRAP_ELLIPSIZE, PX_COLOR_TEXT);
      px_flow_row (flow, &cell, 1, 0);
      px_flow_cells_clear (&cell, 1);
    }
  flow->pad = pad;
  px_flow_end_columns (flow);
}
