/* px-report-html.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-report-html"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "px-report-writer.h"

/* The HTML export has the PDF's structure: the sources and the summary
 * table first, then the claims that diverge, the passages side by side,
 * then the claims reported alike and the passages only one source has. It
 * is one self-contained file: inline CSS, no scripts, no remote resources.
 * Links to the sources are plain anchors, which fetch nothing until a
 * reader clicks them.
 */
static const char html_style[] =
  "body{font-family:'DejaVu Sans',sans-serif;font-size:14px;color:#1d1d1d;margin:2em;}"
  "h1{font-size:1.8em;margin-bottom:.2em}h2{margin-top:1.6em}h3{font-size:1em;margin:1.2em 0 .3em}"
  ".subtitle,.meta{color:#555}"
  "table{border-collapse:collapse;width:100%;table-layout:fixed}"
  "th,td{border-bottom:1px solid #ccc;padding:4px 6px;vertical-align:top;text-align:left}"
  "th{background:#e6e6ea;font-size:.85em}"
  "td.id,th.id{width:4em}td.sym,th.sym{width:1.4em;padding:4px 1px;text-align:center}"
  ".present{color:#1d1d1d}.divergent{color:#b03a00}.absent{color:#9a9a9a}"
  ".chain,.note,.legend{color:#733f00;font-size:.85em}.legend{color:#333}"
  ".figure{border:1px solid #bf7300;background:#fff1c4;font-weight:bold;padding:0 2px}"
  ".verdict{color:#994c00;font-size:.8em}"
  ".changed{color:#a01010;text-decoration:underline}"
  ".synonym{color:#2050b0}"
  ".attribution{background:#dde8ff}"
  ".quote{font-style:italic}"
  "ul.lines{padding-left:1em}ul.lines li{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}";

static void
append_escaped (GString    *out,
                const char *text,
                gssize      len)
{
  g_autofree char *escaped = g_markup_escape_text (text != NULL ? text : "", len);

  g_string_append (out, escaped);
}

static gint
compare_marks (gconstpointer a,
               gconstpointer b)
{
  const PxReportMark *ma = a, *mb = b;

  if (ma->start != mb->start)
    return (int)ma->start - (int)mb->start;
  return (int)mb->end - (int)ma->end;
}

/* Marks may overlap in principle; the writer keeps the first of overlapping
 * marks, which is what a reader can make sense of in flat HTML.
 */
static void
append_passage (GString            *out,
                const PxReportCell *cell)
{
  g_autoptr(GArray) marks = g_array_copy (cell->marks);
  gsize length = strlen (cell->text);
  guint pos = 0;

  g_array_sort (marks, compare_marks);
  for (guint i = 0; i < marks->len; i++)
    {
      const PxReportMark *mark = &g_array_index (marks, PxReportMark, i);

      if (mark->start < pos || mark->end > length)
        continue;
      append_escaped (out, cell->text + pos, mark->start - pos);
      g_string_append_printf (out, "<span class=\"%s\">", px_report_mark_kind_to_string (mark->kind));
      append_escaped (out, cell->text + mark->start, mark->end - mark->start);
      g_string_append (out, "</span>");
      if (mark->kind == PX_REPORT_MARK_FIGURE && mark->label != NULL)
        {
          g_string_append (out, " <span class=\"verdict\">(");
          append_escaped (out, mark->label, -1);
          g_string_append (out, ")</span>");
        }
      pos = mark->end;
    }
  append_escaped (out, cell->text + pos, -1);
}

static void
append_head (GString        *out,
             const PxReport *report)
{
  g_string_append (out, "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>");
  append_escaped (out, report->title, -1);
  g_string_append_printf (out, "</title>\n<meta name=\"generator\" content=\"Parallax %s\">\n"
                               "<meta name=\"author\" content=\"Parallax\">\n"
                               "<style>%s</style>\n</head>\n<body>\n<h1>",
                          PACKAGE_VERSION, html_style);
  append_escaped (out, report->title, -1);
  g_string_append (out, "</h1>\n");
  if (report->subtitle != NULL)
    {
      g_string_append (out, "<p class=\"subtitle\">");
      append_escaped (out, report->subtitle, -1);
      g_string_append (out, "</p>\n");
    }
  for (guint i = 0; i < report->summary->len; i++)
    {
      g_string_append (out, "<p>");
      append_escaped (out, g_ptr_array_index (report->summary, i), -1);
      g_string_append (out, "</p>\n");
    }
}

static void
append_sources (GString        *out,
                const PxReport *report)
{
  g_string_append_printf (out, "<h2>%s</h2>\n<table>\n<tr><th class=\"id\"></th><th>%s</th><th>%s</th>"
                               "<th>%s</th><th>%s</th></tr>\n",
                          _("Sources"), _("Outlet"), _("Title"), _("Date"), _("Language"));
  for (guint i = 0; i < report->sources->len; i++)
    {
      const PxReportSource *source = g_ptr_array_index (report->sources, i);
      gboolean link = px_report_is_safe_url (source->url) && !report->classroom;

      g_string_append (out, "<tr><td class=\"id\"><b>");
      append_escaped (out, source->label, -1);
      g_string_append (out, "</b></td><td><b>");
      append_escaped (out, source->outlet, -1);
      g_string_append (out, "</b></td><td>");
      if (link)
        {
          g_string_append (out, "<a href=\"");
          append_escaped (out, source->url, -1);
          g_string_append (out, "\" rel=\"noreferrer\">");
        }
      append_escaped (out, source->title ? source->title : (link ? source->url : ""), -1);
      if (link)
        g_string_append (out, "</a>");
      g_string_append (out, "</td><td>");
      append_escaped (out, source->date, -1);
      g_string_append (out, "</td><td>");
      append_escaped (out, px_report_language_name (source->language), -1);
      g_string_append (out, "</td></tr>\n");
    }
  g_string_append (out, "</table>\n");
}

/* Beyond this many sources the summary counts them rather than giving
 * each a column, so that the table stays linear in the set.
 */
#define SYMBOL_COLUMNS 30

static void
append_symbols (GString           *out,
                const PxReport    *report,
                const PxReportRow *row)
{
  guint divergent = 0, next = 0;

  for (guint i = 0; i < row->cells->len; i++)
    divergent += ((PxReportCell *)g_ptr_array_index (row->cells, i))->divergent;
  for (guint i = 0; i < report->sources->len && report->sources->len <= SYMBOL_COLUMNS; i++)
    {
      const PxReportCell *cell = NULL;

      if (next < row->cells->len && ((PxReportCell *)g_ptr_array_index (row->cells, next))->source == i)
        cell = g_ptr_array_index (row->cells, next++);
      g_string_append (out, cell == NULL ? "<td class=\"sym absent\">○</td>"
                              : cell->divergent ? "<td class=\"sym divergent\">◆</td>"
                              : "<td class=\"sym present\">●</td>");
    }
  if (report->sources->len > SYMBOL_COLUMNS)
    {
      g_string_append (out, "<td>");
      g_string_append_printf (out, _("%u of %u, %u differ"), row->coverage, report->sources->len, divergent);
      g_string_append (out, "</td>");
    }
}

static void
append_summary (GString        *out,
                const PxReport *report,
                GPtrArray      *rows)
{
  g_string_append_printf (out, "<h2>%s</h2>\n<table>\n<tr><th class=\"id\">%s</th><th>%s</th>",
                          _("Claims and Sources"), _("Claim"), _("What is reported"));
  if (report->sources->len > SYMBOL_COLUMNS)
    g_string_append_printf (out, "<th>%s</th>", _("Sources"));
  for (guint i = 0; i < report->sources->len && report->sources->len <= SYMBOL_COLUMNS; i++)
    {
      g_string_append (out, "<th class=\"sym\">");
      append_escaped (out, ((PxReportSource *)g_ptr_array_index (report->sources, i))->label, -1);
      g_string_append (out, "</th>");
    }
  g_string_append_printf (out, "<th>%s</th></tr>\n", _("What differs"));

  for (guint r = 0; r < rows->len; r++)
    {
      const PxReportRow *row = g_ptr_array_index (rows, r);
      g_autofree char *kinds = px_report_kinds_dup_text (row->kinds);

      g_string_append_printf (out, "<tr><td class=\"id\"><a href=\"#claim-%u\">%u</a></td><td>", row->id, row->id);
      append_escaped (out, row->label, -1);
      g_string_append (out, "</td>");
      append_symbols (out, report, row);
      g_string_append (out, "<td>");
      append_escaped (out, kinds, -1);
      g_string_append (out, "</td></tr>\n");
    }
  g_string_append_printf (out, "</table>\n<p class=\"legend\">● %s &#160; "
                               "<span class=\"divergent\">◆</span> %s &#160; "
                               "<span class=\"absent\">○</span> %s</p>\n",
                          _("reports the claim"),
                          _("reports it, and differs in figures, quotation or attribution"),
                          _("does not report it"));
}

static void
append_figure_entries (GString              *out,
                       const PxReport       *report,
                       const PxReportFigure *figure)
{
  for (guint i = 0; i < figure->entries->len; i++)
    {
      const PxReportFigureEntry *entry = g_ptr_array_index (figure->entries, i);
      const PxReportSource *source = g_ptr_array_index (report->sources, entry->source);

      g_string_append (out, i > 0 ? " &#160; <b>" : "<b>");
      append_escaped (out, source->label, -1);
      g_string_append (out, "</b> ");
      append_escaped (out, entry->written, -1);
      g_string_append (out, " <span class=\"meta\">(");
      append_escaped (out, entry->reading, -1);
      g_string_append (out, ")</span>");
    }
}

static void
append_verdicts (GString *out)
{
  const PxFigureVerdict verdicts[] = {
    PX_FIGURE_VERDICT_AGREE, PX_FIGURE_VERDICT_HEDGE, PX_FIGURE_VERDICT_DIFFER,
    PX_FIGURE_VERDICT_CONTRADICT, PX_FIGURE_VERDICT_SINGLE,
  };
  const char *meanings[] = {
    _("the same figure"), _("the same figure, hedged differently (“about” / “up to about”)"),
    _("different figures that overlap"), _("figures that exclude each other"),
    _("only one source gives a figure"),
  };

  g_string_append (out, "<p class=\"legend\">");
  for (guint i = 0; i < G_N_ELEMENTS (verdicts); i++)
    {
      g_string_append (out, i > 0 ? " &#160; <b>" : "<b>");
      append_escaped (out, px_report_verdict_label (verdicts[i]), -1);
      g_string_append (out, "</b> ");
      append_escaped (out, meanings[i], -1);
    }
  g_string_append (out, "</p>\n");
}

static void
append_figures (GString        *out,
                const PxReport *report)
{
  if (report->figures->len == 0)
    return;
  g_string_append_printf (out, "<h2>%s</h2>\n<table>\n<tr><th class=\"id\">%s</th><th>%s</th><th>%s</th>"
                               "<th>%s</th></tr>\n",
                          _("Figures"), _("Claim"), _("Quantity"), _("Verdict"), _("As each source gives it"));
  for (guint i = 0; i < report->figures->len; i++)
    {
      const PxReportFigure *figure = g_ptr_array_index (report->figures, i);

      g_string_append_printf (out, "<tr><td class=\"id\">%u</td><td>", figure->claim);
      append_escaped (out, figure->quantity, -1);
      g_string_append (out, "</td><td><b>");
      append_escaped (out, px_report_verdict_label (figure->verdict), -1);
      g_string_append (out, "</b></td><td>");
      append_figure_entries (out, report, figure);
      g_string_append (out, "</td></tr>\n");
    }
  g_string_append (out, "</table>\n");
  append_verdicts (out);
}

static void
append_chain (GString              *out,
              const PxReportCell   *cell,
              const PxReportSource *source)
{
  if (cell->chain != NULL)
    append_escaped (out, cell->chain, -1);
  else
    {
      g_autofree char *named = g_strdup_printf (_("%s: no source named"), source->outlet);

      append_escaped (out, named, -1);
    }
}

static void
append_chains (GString        *out,
               const PxReport *report,
               GPtrArray      *rows)
{
  gboolean any = FALSE;

  for (guint r = 0; r < rows->len && !any; r++)
    any = (((PxReportRow *)g_ptr_array_index (rows, r))->kinds & PX_REPORT_KIND_ATTRIBUTION) != 0;
  if (!any)
    return;

  g_string_append_printf (out, "<h2>%s</h2>\n<table>\n", _("Who Says It, on Whose Word"));
  for (guint r = 0; r < rows->len; r++)
    {
      const PxReportRow *row = g_ptr_array_index (rows, r);

      if (!(row->kinds & PX_REPORT_KIND_ATTRIBUTION))
        continue;
      g_string_append_printf (out, "<tr><td class=\"id\">%u</td><td>", row->id);
      for (guint i = 0; i < row->cells->len; i++)
        {
          const PxReportCell *cell = g_ptr_array_index (row->cells, i);

          g_string_append (out, "<div>");
          append_chain (out, cell, g_ptr_array_index (report->sources, cell->source));
          g_string_append (out, "</div>");
        }
      g_string_append (out, "</td></tr>\n");
    }
  g_string_append (out, "</table>\n");
}

static void
append_legend (GString *out)
{
  g_string_append_printf (out, "<p class=\"legend\"><b>%s</b> <span class=\"changed\">%s</span> %s &#160; "
                               "<span class=\"synonym\">%s</span> %s &#160; "
                               "<span class=\"attribution\">%s</span> %s &#160; "
                               "<span class=\"quote\">%s</span> %s &#160; "
                               "<span class=\"figure\">%s</span> %s</p>\n",
                          _("Marks:"), _("red, underlined"), _("wording that differs from the reference"),
                          _("blue"), _("a synonym"),
                          _("shaded"), _("who is cited"), _("italics"), _("a quotation"),
                          _("boxed"), _("a figure, its verdict in brackets:"));
  append_verdicts (out);
}

static void
append_claim_notes (GString           *out,
                    const PxReport    *report,
                    const PxReportRow *row)
{
  for (guint i = 0; i < row->figures->len; i++)
    {
      const PxReportFigure *figure = g_ptr_array_index (row->figures, i);

      g_string_append (out, "<p class=\"note\"><b>");
      append_escaped (out, figure->quantity, -1);
      g_string_append (out, ", ");
      append_escaped (out, px_report_verdict_label (figure->verdict), -1);
      g_string_append (out, ":</b> ");
      append_figure_entries (out, report, figure);
      g_string_append (out, "</p>\n");
    }
  for (guint i = 0; i < row->notes->len; i++)
    {
      g_string_append (out, "<p class=\"note\">");
      append_escaped (out, g_ptr_array_index (row->notes, i), -1);
      g_string_append (out, "</p>\n");
    }
}

static void
append_claim (GString           *out,
              const PxReport    *report,
              const PxReportRow *row)
{
  g_autofree char *kinds = px_report_kinds_dup_text (row->kinds);

  g_string_append_printf (out, "<h3 id=\"claim-%u\">", row->id);
  g_string_append_printf (out, _("Claim %u"), row->id);
  g_string_append (out, " · ");
  append_escaped (out, kinds, -1);
  g_string_append (out, " · ");
  g_string_append_printf (out, _("%u of %u sources"), row->coverage, report->sources->len);
  g_string_append (out, "</h3>\n<table>\n<tr>");
  for (guint i = 0; i < row->cells->len; i++)
    {
      const PxReportCell *cell = g_ptr_array_index (row->cells, i);
      g_autofree char *name = px_report_source_dup_name (g_ptr_array_index (report->sources, cell->source));

      g_string_append (out, "<th>");
      append_escaped (out, name, -1);
      if ((int)cell->source == row->reference && row->kinds & PX_REPORT_KIND_WORDING)
        g_string_append_printf (out, " · %s", _("reference"));
      g_string_append (out, "</th>");
    }
  g_string_append (out, "</tr>\n<tr>");
  for (guint i = 0; i < row->cells->len; i++)
    {
      const PxReportCell *cell = g_ptr_array_index (row->cells, i);

      g_string_append (out, "<td>");
      append_passage (out, cell);
      if (row->kinds & PX_REPORT_KIND_ATTRIBUTION)
        {
          g_string_append (out, "<div class=\"chain\">");
          append_chain (out, cell, g_ptr_array_index (report->sources, cell->source));
          g_string_append (out, "</div>");
        }
      g_string_append (out, "</td>");
    }
  g_string_append (out, "</tr>\n</table>\n");
  append_claim_notes (out, report, row);
}

static void
append_claims (GString        *out,
               const PxReport *report)
{
  guint section = G_MAXUINT;

  for (guint r = 0; r < report->rows->len; r++)
    {
      const PxReportRow *row = g_ptr_array_index (report->rows, r);
      guint kind = px_report_row_first_kind (row);

      if (kind != section)
        {
          if (section == G_MAXUINT && kind != 0)
            append_legend (out);
          if (section != G_MAXUINT && section == 0)
            g_string_append (out, "</ul>\n");
          g_string_append_printf (out, "<h2>%s</h2>\n", px_report_kind_title (kind));
          if (kind == 0)
            g_string_append (out, "<ul class=\"lines\">\n");
          section = kind;
        }
      if (kind != 0)
        {
          append_claim (out, report, row);
          continue;
        }
      g_string_append_printf (out, "<li id=\"claim-%u\"><b>%u</b> ", row->id, row->id);
      append_escaped (out, row->label, -1);
      g_string_append (out, "</li>\n");
    }
  if (section == 0)
    g_string_append (out, "</ul>\n");
}

static void
append_exclusive (GString        *out,
                  const PxReport *report)
{
  if (px_report_count_exclusive (report) == 0)
    return;
  g_string_append_printf (out, "<h2>%s</h2>\n", _("Passages Only One Source Has"));
  for (guint i = 0; i < report->sources->len; i++)
    {
      const PxReportSource *source = g_ptr_array_index (report->sources, i);

      if (source->exclusive->len == 0)
        continue;
      g_autofree char *name = px_report_source_dup_name (source);

      g_string_append (out, "<h3>");
      append_escaped (out, name, -1);
      g_string_append (out, "</h3>\n<ul class=\"lines\">\n");
      for (guint p = 0; p < source->exclusive->len; p++)
        {
          g_string_append (out, "<li>");
          append_escaped (out, g_ptr_array_index (source->exclusive, p), -1);
          g_string_append (out, "</li>\n");
        }
      g_string_append (out, "</ul>\n");
    }
}

/**
 * px_report_to_html:
 * @report: the report
 *
 * Returns: (transfer full): a self-contained HTML document
 */
char *
px_report_to_html (const PxReport *report)
{
  GString *out = g_string_new (NULL);
  g_autoptr(GPtrArray) by_id = px_report_dup_rows_by_id (report);

  append_head (out, report);
  append_sources (out, report);
  if (by_id->len > 0)
    append_summary (out, report, by_id);
  append_figures (out, report);
  append_chains (out, report, by_id);
  append_claims (out, report);
  append_exclusive (out, report);
  g_string_append (out, "</body></html>\n");
  return g_string_free (out, FALSE);
}
