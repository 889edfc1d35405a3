/* px-report-writer.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-report-writer"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "px-output-file.h"
#include "px-report-writer.h"

/* The HTML export is one self-contained file: inline CSS, no scripts, no
 * remote resources. Links to the sources are plain anchors, which fetch
 * nothing until a reader clicks them.
 */
static const char html_style[] =
  "body{font-family:'DejaVu Sans',sans-serif;font-size:14px;color:#1d1d1d;margin:2em;}"
  "h1{font-size:1.8em;margin-bottom:.2em}h2{margin-top:1.6em}"
  ".subtitle{color:#555}"
  "table{border-collapse:collapse;width:100%;table-layout:fixed}"
  "th,td{border-bottom:1px solid #ccc;padding:6px;vertical-align:top;text-align:left}"
  "th{background:#e6e6ea}"
  "td.claim{width:4em;color:#666;font-size:.85em}"
  "td.omitted{color:#999}"
  ".notes{color:#7a4100;font-size:.85em}"
  ".figure{border:1px solid #bf7300;background:#fff1c4;font-weight:bold;padding:0 2px}"
  ".verdict{color:#994c00;font-size:.75em}"
  ".changed{color:#a01010;text-decoration:underline}"
  ".synonym{color:#305fa0}"
  ".attribution{background:#dde8ff}"
  ".quote{font-style:italic}"
  ".meta{color:#555;font-size:.85em}";

static void
append_escaped (GString    *out,
                const char *text,
                gssize      len)
{
  g_autofree char *escaped = g_markup_escape_text (text, len);

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
append_cell (GString            *out,
             const PxReportCell *cell)
{
  g_autoptr(GArray) marks = g_array_copy (cell->marks);
  guint pos = 0;

  g_array_sort (marks, compare_marks);
  for (guint i = 0; i < marks->len; i++)
    {
      const PxReportMark *mark = &g_array_index (marks, PxReportMark, i);

      if (mark->start < pos || mark->end > strlen (cell->text))
        continue;
      append_escaped (out, cell->text + pos, mark->start - pos);
      g_string_append_printf (out, "<span class=\"%s\">", px_report_mark_kind_to_string (mark->kind));
      append_escaped (out, cell->text + mark->start, mark->end - mark->start);
      g_string_append (out, "</span>");
      if (mark->kind == PX_REPORT_MARK_FIGURE && mark->label != NULL)
        {
          g_string_append (out, " <span class=\"verdict\">⟨");
          append_escaped (out, mark->label, -1);
          g_string_append (out, "⟩</span>");
        }
      pos = mark->end;
    }
  append_escaped (out, cell->text + pos, -1);
}

static gboolean
is_safe_url (const char *url)
{
  return g_str_has_prefix (url, "https://") || g_str_has_prefix (url, "http://");
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

  g_string_append (out, "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>");
  append_escaped (out, report->title ? report->title : "", -1);
  g_string_append_printf (out, "</title>\n<meta name=\"generator\" content=\"Parallax %s\">\n"
                               "<style>%s</style>\n</head>\n<body>\n<h1>",
                          PACKAGE_VERSION, html_style);
  append_escaped (out, report->title ? report->title : "", -1);
  g_string_append (out, "</h1>\n");
  if (report->subtitle != NULL)
    {
      g_string_append (out, "<p class=\"subtitle\">");
      append_escaped (out, report->subtitle, -1);
      g_string_append (out, "</p>\n");
    }

  g_string_append_printf (out, "<h2>%s</h2>\n<ul>\n", _("Sources"));
  for (guint i = 0; i < report->sources->len; i++)
    {
      const PxReportSource *source = g_ptr_array_index (report->sources, i);

      g_string_append_printf (out, "<li><b>%c ", 'A' + (i % 26));
      append_escaped (out, source->outlet, -1);
      g_string_append (out, "</b>");
      if (source->title != NULL)
        {
          g_string_append (out, " — ");
          append_escaped (out, source->title, -1);
        }
      g_string_append (out, "<br><span class=\"meta\">");
      if (source->date != NULL)
        {
          append_escaped (out, source->date, -1);
          g_string_append (out, " · ");
        }
      if (source->language != NULL)
        {
          append_escaped (out, source->language, -1);
          g_string_append (out, " · ");
        }
      g_string_append_printf (out, _("text fingerprint %s"), source->digest ? source->digest : "—");
      if (source->url != NULL && !report->classroom && is_safe_url (source->url))
        {
          g_string_append (out, " · <a href=\"");
          append_escaped (out, source->url, -1);
          g_string_append (out, "\" rel=\"noreferrer\">");
          append_escaped (out, source->url, -1);
          g_string_append (out, "</a>");
        }
      g_string_append (out, "</span></li>\n");
    }
  g_string_append (out, "</ul>\n");

  if (report->summary->len > 0)
    {
      g_string_append_printf (out, "<h2>%s</h2>\n<ul>\n", _("Summary"));
      for (guint i = 0; i < report->summary->len; i++)
        {
          g_string_append (out, "<li>");
          append_escaped (out, g_ptr_array_index (report->summary, i), -1);
          g_string_append (out, "</li>\n");
        }
      g_string_append (out, "</ul>\n");
    }

  g_string_append_printf (out, "<h2>%s</h2>\n<table>\n<tr><th class=\"claim\">%s</th>",
                          _("Synopsis"), _("Claim"));
  for (guint i = 0; i < report->sources->len; i++)
    {
      const PxReportSource *source = g_ptr_array_index (report->sources, i);

      g_string_append_printf (out, "<th>%c ", 'A' + (i % 26));
      append_escaped (out, source->outlet, -1);
      g_string_append (out, "</th>");
    }
  g_string_append (out, "</tr>\n");

  for (guint r = 0; r < report->rows->len; r++)
    {
      const PxReportRow *row = g_ptr_array_index (report->rows, r);

      g_string_append_printf (out, "<tr id=\"claim-%u\"><td class=\"claim\">%u<br>%u/%u</td>",
                              row->id, row->id, row->coverage, report->sources->len);
      for (guint c = 0; c < row->cells->len; c++)
        {
          const PxReportCell *cell = g_ptr_array_index (row->cells, c);

          if (cell == NULL)
            g_string_append (out, "<td class=\"omitted\">—</td>");
          else
            {
              g_string_append (out, "<td>");
              append_cell (out, cell);
              g_string_append (out, "</td>");
            }
        }
      g_string_append (out, "</tr>\n");

      if (row->notes->len > 0)
        {
          g_string_append_printf (out, "<tr><td></td><td class=\"notes\" colspan=\"%u\">",
                                  report->sources->len);
          for (guint n = 0; n < row->notes->len; n++)
            {
              g_string_append (out, n > 0 ? "<br>▸ " : "▸ ");
              append_escaped (out, g_ptr_array_index (row->notes, n), -1);
            }
          g_string_append (out, "</td></tr>\n");
        }
    }
  g_string_append (out, "</table>\n");

  g_string_append_printf (out, "<h2>%s</h2>\n", _("Passages Only One Source Has"));
  for (guint i = 0; i < report->sources->len; i++)
    {
      const PxReportSource *source = g_ptr_array_index (report->sources, i);

      if (source->exclusive->len == 0)
        continue;
      g_string_append_printf (out, "<h3>%c ", 'A' + (i % 26));
      append_escaped (out, source->outlet, -1);
      g_string_append (out, "</h3>\n<ul>\n");
      for (guint p = 0; p < source->exclusive->len; p++)
        {
          g_string_append (out, "<li>");
          append_escaped (out, g_ptr_array_index (source->exclusive, p), -1);
          g_string_append (out, "</li>\n");
        }
      g_string_append (out, "</ul>\n");
    }

  g_string_append (out, "</body></html>\n");
  return g_string_free (out, FALSE);
}

static void
append_csv_field (GString    *out,
                  const char *value)
{
  g_string_append_c (out, '"');
  for (const char *p = value ? value : ""; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/**
 * px_report_to_csv:
 * @report: the report
 *
 * One row per claim group × source (the source's passage, or empty where it
 * omits the claim), with the kinds of divergence marked in the passage and
 * the figure verdicts.
 *
 * Returns: (transfer full): RFC 4180 CSV with a header row
 */
char *
px_report_to_csv (const PxReport *report)
{
  GString *out = g_string_new ("group,label,source,passage,divergence_kinds,figure_verdicts\r\n");

  for (guint r = 0; r < report->rows->len; r++)
    {
      const PxReportRow *row = g_ptr_array_index (report->rows, r);

      for (guint c = 0; c < row->cells->len; c++)
        {
          const PxReportCell *cell = g_ptr_array_index (row->cells, c);
          const PxReportSource *source = g_ptr_array_index (report->sources, c);
          g_autoptr(GString) kinds = g_string_new (NULL);
          g_autoptr(GString) verdicts = g_string_new (NULL);

          for (guint m = 0; cell != NULL && m < cell->marks->len; m++)
            {
              const PxReportMark *mark = &g_array_index (cell->marks, PxReportMark, m);
              const char *kind = px_report_mark_kind_to_string (mark->kind);

              if (strstr (kinds->str, kind) == NULL)
                g_string_append_printf (kinds, "%s%s", kinds->len ? ";" : "", kind);
              if (mark->kind == PX_REPORT_MARK_FIGURE && mark->label != NULL)
                g_string_append_printf (verdicts, "%s%s", verdicts->len ? ";" : "", mark->label);
            }

          g_string_append_printf (out, "%u,", row->id);
          append_csv_field (out, row->label);
          g_string_append_c (out, ',');
          append_csv_field (out, source->outlet);
          g_string_append_c (out, ',');
          append_csv_field (out, cell ? cell->text : "");
          g_string_append_c (out, ',');
          append_csv_field (out, kinds->str);
          g_string_append_c (out, ',');
          append_csv_field (out, verdicts->str);
          g_string_append (out, "\r\n");
        }
    }

  return g_string_free (out, FALSE);
}

/**
 * px_report_write_file:
 * @path: the file to write
 * @contents: (array length=length): the bytes
 * @length: their number
 * @error: return location for a #GError
 *
 * Writes atomically: a failure leaves an existing file as it was, and no
 * temporary file behind.
 *
 * Returns: %TRUE on success
 */
gboolean
px_report_write_file (const char  *path,
                      const char  *contents,
                      gsize        length,
                      GError     **error)
{
  g_autoptr(PxOutputFile) out = px_output_file_new (path, error);

  if (out == NULL)
    return FALSE;
  px_output_file_write (out, contents, length);
  return px_output_file_commit (out, error);
}
