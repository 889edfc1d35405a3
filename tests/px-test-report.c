/* px-test-report.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "px-test-report.h"

const char *px_test_outlets[12] = {
  "Nordstadt Kurier", "Radio Hafenstadt", "Der Landbote", "Morgenpost Süd", "Wire Service Eins",
  "Abendblatt West", "Inselzeitung", "Talpresse", "Rundschau Ost", "Küstenfunk", "Bergbote",
  "Stadtanzeiger",
};

static void
add_cell (PxReport    *report,
          PxReportRow *row,
          guint        r,
          guint        s)
{
  g_autoptr(GString) text = g_string_new (NULL);
  PxReportCell *cell;
  const char *at;

  g_string_printf (text, "Zeile%u Quelle%u: Mehr als 1.200 Helfer waren im Einsatz, sagte der Sprecher.", r + 1, s + 1);
  if (r == 4)
    for (guint k = 0; k < 60; k++)
      g_string_append (text, " Ein sehr langer Absatz, der über mehrere Seiten laufen muss.");
  cell = px_report_row_set_cell (row, s, text->str);
  at = strstr (text->str, "Mehr");
  px_report_cell_add_mark (cell, at - text->str, strstr (text->str, " Helfer") - text->str,
                           PX_REPORT_MARK_FIGURE, px_report_verdict_label (PX_FIGURE_VERDICT_DIFFER));
  at = strstr (text->str, "sagte");
  px_report_cell_add_mark (cell, at - text->str, at - text->str + 5, PX_REPORT_MARK_ATTRIBUTION, NULL);
  at = strstr (text->str, "Einsatz");
  px_report_cell_add_mark (cell, at - text->str, at - text->str + 7, PX_REPORT_MARK_CHANGED, NULL);
  cell->divergent = s % 2 == 0;
  if (s % 3 != 2)
    cell->chain = g_strdup_printf ("%s ← Landesamt ← ungenannte Helfer", px_test_outlets[s % 12]);
  (void)report;
}

static void
add_figure (PxReport    *report,
            PxReportRow *row)
{
  PxReportFigure *figure = px_report_add_figure (report, row, "Helfer", PX_FIGURE_VERDICT_DIFFER);

  for (guint c = 0; c < row->cells->len; c++)
    {
      const PxReportCell *cell = g_ptr_array_index (row->cells, c);

      px_report_figure_add_entry (figure, cell->source, c % 2 ? "bis zu rund 1.500" : "rund 1.200",
                                  c % 2 ? "≤≈1,500" : "≈1,200");
    }
}

/**
 * px_test_make_report:
 * @n_sources: how many sources
 * @n_claims: how many claims; the fifth is long enough to break across pages
 * @n_exclusive: how many passages each source has alone
 *
 * A synthetic report: claims whose passages carry every kind of mark,
 * figures that differ, attribution chains and omissions, in the kinds'
 * order; a third of the claims are reported alike.
 *
 * Returns: (transfer full): the report
 */
PxReport *
px_test_make_report (guint n_sources,
                     guint n_claims,
                     guint n_exclusive)
{
  PxReport *report = px_report_new ("Hochwasser an der Saale");

  report->subtitle = g_strdup ("Vergleich von Quellen · exportiert am 2026-11-22");
  g_ptr_array_add (report->summary, g_strdup ("3 Aussagen in allen Quellen, 2 in einigen"));

  for (guint s = 0; s < n_sources; s++)
    {
      g_autofree char *id = g_strdup_printf ("quelle-%02u.txt", s);
      PxReportSource *source = px_report_add_source (report, id, px_test_outlets[s % 12]);

      source->named = TRUE;
      source->title = g_strdup_printf ("Bericht Nummer %u über das Hochwasser", s + 1);
      source->date = g_strdup ("2026-03-12");
      source->language = g_strdup ("de");
      source->url = g_strdup_printf ("https://www.quelle%u.example/hochwasser", s + 1);
      for (guint p = 0; p < n_exclusive; p++)
        g_ptr_array_add (source->exclusive, g_strdup_printf ("Nur Quelle %u berichtet über Pegel %u im Hafen.", s + 1, p + 1));
    }

  for (guint r = 0; r < n_claims; r++)
    {
      g_autofree char *label = g_strdup_printf ("Aussage %u über die Helfer", r + 1);
      PxReportRow *row = px_report_add_row (report, r + 1, label);

      for (guint s = 0; s < n_sources; s++)
        if ((r + s) % 4 != 3)
          add_cell (report, row, r, s);
      row->reference = ((PxReportCell *)g_ptr_array_index (row->cells, 0))->source;
      if (r % 3 == 0)
        {
          add_figure (report, row);
          row->kinds |= PX_REPORT_KIND_WORDING;
        }
      else if (r % 3 == 1)
        {
          row->kinds |= PX_REPORT_KIND_ATTRIBUTION | PX_REPORT_KIND_WORDING;
          g_ptr_array_add (row->notes, g_strdup ("Zitat: Radio Hafenstadt kürzt das Zitat"));
        }
    }
  px_report_sort_rows (report);
  return report;
}

gboolean
px_test_have_program (const char *name)
{
  g_autofree char *path = g_find_program_in_path (name);

  return path != NULL;
}

/* Returns: (transfer full) (nullable): the tool's output; %NULL when it is
 *   not installed
 */
char *
px_test_run_tool (const char * const *argv,
                  int                *status)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int wait_status = 0;

  if (!px_test_have_program (argv[0]))
    return NULL;
  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &wait_status, &error);
  g_assert_no_error (error);
  if (status != NULL)
    *status = wait_status;
  return out;
}

/* The text of one page (from 1), or of all when @page is 0, with line
 * breaks as spaces: text that wraps is found all the same.
 */
char *
px_test_pdf_text (const char *path,
                  int         page)
{
  g_autofree char *number = g_strdup_printf ("%d", page);
  const char *one[] = { "pdftotext", "-f", number, "-l", number, path, "-", NULL };
  const char *all[] = { "pdftotext", path, "-", NULL };
  char *text = px_test_run_tool (page > 0 ? one : all, NULL);

  g_assert_nonnull (text);
  return g_strdelimit (text, "\n", ' ');
}

guint
px_test_pdf_pages (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = px_test_run_tool (argv, NULL);
  const char *pages;

  g_assert_nonnull (info);
  pages = strstr (info, "Pages:");
  g_assert_nonnull (pages);
  return (guint)strtoul (pages + strlen ("Pages:"), NULL, 10);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

/* Returns: (transfer full) (element-type utf8): the names in @path, sorted */
GPtrArray *
px_test_list_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)))
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  return names;
}
