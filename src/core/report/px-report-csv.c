/* px-report-csv.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-report-csv"

#include "config.h"

#include <string.h>

#include "px-report-writer.h"

/* The CSV export is one long table with the PDF's structure, its parts
 * told apart by the "section" column, in the PDF's order: the sources, the
 * summary (a row per claim), the figure comparisons, the attribution
 * chains, the passages of the claims that diverge and of those reported
 * alike (a row per claim and source that carries it), and the passages
 * only one source has. The first four columns keep the names they always
 * had.
 */
static const char header[] =
  "group,label,source,passage,divergence_kinds,figure_verdicts,section,status,detail\r\n";

static void
append_field (GString    *out,
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

/* One record; @group 0 leaves the claim empty. */
static void
append_record (GString    *out,
               guint       group,
               const char *fields[8])
{
  if (group > 0)
    g_string_append_printf (out, "%u", group);
  for (guint i = 0; i < 8; i++)
    {
      g_string_append_c (out, ',');
      append_field (out, fields[i]);
    }
  g_string_append (out, "\r\n");
}

static char *
kind_keys (PxReportKinds kinds)
{
  GString *out = g_string_new (NULL);

  for (guint k = 0; k < PX_REPORT_N_KINDS; k++)
    if (kinds & (1u << k))
      g_string_append_printf (out, "%s%s", out->len ? ";" : "", px_report_kind_to_string (1u << k));
  return g_string_free (out, FALSE);
}

static void
append_sources (GString        *out,
                const PxReport *report)
{
  for (guint i = 0; i < report->sources->len; i++)
    {
      const PxReportSource *source = g_ptr_array_index (report->sources, i);
      const char *fields[8] = { source->title, source->outlet, source->url, "", "", "source",
                                source->language, source->date };

      append_record (out, 0, fields);
    }
}

static void
append_summary (GString        *out,
                const PxReport *report,
                GPtrArray      *by_id)
{
  for (guint r = 0; r < by_id->len; r++)
    {
      const PxReportRow *row = g_ptr_array_index (by_id, r);
      g_autofree char *kinds = kind_keys (row->kinds);
      g_autofree char *coverage = g_strdup_printf ("%u/%u", row->coverage, report->sources->len);
      const char *fields[8] = { row->label, "", "", kinds, "", "summary",
                                row->kinds != 0 ? "divergent" : "alike", coverage };

      append_record (out, row->id, fields);
    }
}

static void
append_figures (GString        *out,
                const PxReport *report)
{
  for (guint i = 0; i < report->figures->len; i++)
    {
      const PxReportFigure *figure = g_ptr_array_index (report->figures, i);
      const char *verdict = px_figure_verdict_to_string (figure->verdict);

      for (guint e = 0; e < figure->entries->len; e++)
        {
          const PxReportFigureEntry *entry = g_ptr_array_index (figure->entries, e);
          const PxReportSource *source = g_ptr_array_index (report->sources, entry->source);
          const char *fields[8] = { figure->quantity, source->outlet, entry->written, "figure", verdict,
                                    "figure", verdict, entry->reading };

          append_record (out, figure->claim, fields);
        }
    }
}

static void
append_chains (GString        *out,
               const PxReport *report,
               GPtrArray      *by_id)
{
  for (guint r = 0; r < by_id->len; r++)
    {
      const PxReportRow *row = g_ptr_array_index (by_id, r);

      if (!(row->kinds & PX_REPORT_KIND_ATTRIBUTION))
        continue;
      for (guint c = 0; c < row->cells->len; c++)
        {
          const PxReportCell *cell = g_ptr_array_index (row->cells, c);
          const PxReportSource *source = g_ptr_array_index (report->sources, cell->source);
          const char *fields[8] = { row->label, source->outlet, cell->chain, "attribution", "",
                                    "attribution", cell->chain != NULL ? "named" : "none", "" };

          append_record (out, row->id, fields);
        }
    }
}

/* The kinds of mark in a passage, and the verdicts of its figures. */
static void
mark_keys (const PxReportCell *cell,
           GString            *kinds,
           GString            *verdicts)
{
  for (guint m = 0; m < cell->marks->len; m++)
    {
      const PxReportMark *mark = &g_array_index (cell->marks, PxReportMark, m);
      const char *kind = px_report_mark_kind_to_string (mark->kind);

      if (strstr (kinds->str, kind) == NULL)
        g_string_append_printf (kinds, "%s%s", kinds->len ? ";" : "", kind);
      if (mark->kind == PX_REPORT_MARK_FIGURE && mark->label != NULL)
        g_string_append_printf (verdicts, "%s%s", verdicts->len ? ";" : "", mark->label);
    }
}

static void
append_passages (GString        *out,
                 const PxReport *report)
{
  for (guint r = 0; r < report->rows->len; r++)
    {
      const PxReportRow *row = g_ptr_array_index (report->rows, r);
      const char *section = row->kinds != 0 ? "divergence" : "alike";

      for (guint c = 0; c < row->cells->len; c++)
        {
          const PxReportCell *cell = g_ptr_array_index (row->cells, c);
          const PxReportSource *source = g_ptr_array_index (report->sources, cell->source);
          g_autoptr(GString) kinds = g_string_new (NULL);
          g_autoptr(GString) verdicts = g_string_new (NULL);
          const char *fields[8] = { row->label, source->outlet, cell->text, NULL, NULL, section,
                                    cell->divergent ? "divergent" : "present", cell->chain };

          mark_keys (cell, kinds, verdicts);
          fields[3] = kinds->str;
          fields[4] = verdicts->str;
          append_record (out, row->id, fields);
        }
    }
}

static void
append_exclusive (GString        *out,
                  const PxReport *report)
{
  for (guint i = 0; i < report->sources->len; i++)
    {
      const PxReportSource *source = g_ptr_array_index (report->sources, i);

      for (guint p = 0; p < source->exclusive->len; p++)
        {
          const char *fields[8] = { "", source->outlet, g_ptr_array_index (source->exclusive, p), "", "",
                                    "unique", "", "" };

          append_record (out, 0, fields);
        }
    }
}

/**
 * px_report_to_csv:
 * @report: the report
 *
 * The columns: `group` (the claim), `label` (the claim's label; the
 * quantity for figures; the title for sources), `source` (the outlet, or
 * "Source A"), `passage` (the passage; the figure as written; the chain;
 * the URL for sources), `divergence_kinds`, `figure_verdicts`, `section`
 * (source, summary, figure, attribution, divergence, alike, unique),
 * `status` (present or divergent; the verdict; the language) and `detail`
 * (the chain under a passage; the figure as read; the share of sources
 * carrying a claim; the date).
 *
 * Returns: (transfer full): RFC 4180 CSV with a header row
 */
char *
px_report_to_csv (const PxReport *report)
{
  GString *out = g_string_new (header);
  g_autoptr(GPtrArray) by_id = px_report_dup_rows_by_id (report);

  append_sources (out, report);
  append_summary (out, report, by_id);
  append_figures (out, report);
  append_chains (out, report, by_id);
  append_passages (out, report);
  append_exclusive (out, report);
  return g_string_free (out, FALSE);
}
