/* test-pdf-exporter.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <glib/gstdio.h>

#include "px-pdf-exporter.h"
#include "px-report.h"
#include "px-report-writer.h"
#include "px-test-utils.h"

/* Whether a tool the test uses is installed. */
static gboolean
have_program (const char *name)
{
  g_autofree char *path = g_find_program_in_path (name);

  return path != NULL;
}

static const char *outlets[] = {
  "Nordstadt Kurier", "Radio Hafenstadt", "Der Landbote", "Morgenpost Süd", "Wire Service Eins",
  "Abendblatt West", "Inselzeitung", "Talpresse", "Rundschau Ost", "Küstenfunk", "Bergbote",
  "Stadtanzeiger",
};

/* A synthetic report: rows whose cells carry every kind of mark, one very
 * long row that must break across pages, and omissions.
 */
static PxReport *
make_report (guint n_sources)
{
  PxReport *report = px_report_new ("Hochwasser an der Saale");

  report->subtitle = g_strdup ("Vergleich von Quellen · exportiert am 2026-11-22");
  g_ptr_array_add (report->summary, g_strdup ("3 Aussagen in allen Quellen, 2 in einigen"));
  g_ptr_array_add (report->summary, g_strdup ("Zahl der Helfer: widersprüchlich"));

  for (guint s = 0; s < n_sources; s++)
    {
      PxReportSource *source = px_report_add_source (report, outlets[s], outlets[s]);

      source->title = g_strdup_printf ("Bericht Nummer %u über das Hochwasser", s + 1);
      source->date = g_strdup ("2026-03-12");
      source->language = g_strdup ("de");
      source->url = g_strdup_printf ("https://www.quelle%u.example/hochwasser", s + 1);
      source->digest = g_strdup ("0123456789ab");
      g_ptr_array_add (source->exclusive, g_strdup_printf ("Nur Quelle %u berichtet über den Pegel im Hafen.", s + 1));
    }

  for (guint r = 0; r < 8; r++)
    {
      PxReportRow *row = px_report_add_row (report, r + 1, "Aussage");

      for (guint s = 0; s < n_sources; s++)
        {
          g_autoptr(GString) text = g_string_new (NULL);
          PxReportCell *cell;

          if ((r + s) % 4 == 3)
            continue;   /* this source omits the claim */

          g_string_printf (text, "Zeile%u Quelle%u: Mehr als 1.200 Helfer waren im Einsatz, sagte der Sprecher.", r + 1, s + 1);
          if (r == 5)
            for (guint k = 0; k < 40; k++)
              g_string_append (text, " Ein sehr langer Absatz, der über mehrere Seiten laufen muss.");
          cell = px_report_row_set_cell (row, s, text->str);
          px_report_cell_add_mark (cell, strstr (text->str, "Mehr") - text->str,
                                   strstr (text->str, " Helfer") - text->str,
                                   PX_REPORT_MARK_FIGURE, "widerspricht");
          px_report_cell_add_mark (cell, strstr (text->str, "sagte") - text->str,
                                   strstr (text->str, "sagte") - text->str + 5,
                                   PX_REPORT_MARK_ATTRIBUTION, NULL);
          px_report_cell_add_mark (cell, strstr (text->str, "Einsatz") - text->str,
                                   strstr (text->str, "Einsatz") - text->str + 7,
                                   PX_REPORT_MARK_CHANGED, NULL);
        }
      g_ptr_array_add (row->notes, g_strdup ("Zahlen: 3 Quellen, 2 verschiedene Angaben"));
    }

  return report;
}

static char *
run_tool (const char *tool,
          const char *arg1,
          const char *arg2,
          int        *status)
{
  const char *argv[] = { tool, arg1, arg2, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int wait_status = 0;

  if (!have_program (tool))
    return NULL;
  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &wait_status, &error);
  g_assert_no_error (error);
  *status = wait_status;
  return out;
}

static char *
export_to_tmp (PxReport *report)
{
  g_autofree char *dir = g_dir_make_tmp ("parallax-pdf-XXXXXX", NULL);
  char *path = g_build_filename (dir, "vergleich.pdf", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (px_pdf_export (report, path, PX_PAPER_A4, FALSE, NULL, &error));
  g_assert_no_error (error);
  return path;
}

static void
test_pdf_content (void)
{
  g_autoptr(PxReport) report = make_report (5);
  g_autofree char *path = export_to_tmp (report);
  g_autofree char *text = NULL;
  g_autofree char *fonts = NULL;
  g_autofree char *check = NULL;
  const char *last = NULL;
  int status;

  if (!have_program ("pdftotext") || !have_program ("qpdf"))
    {
      g_test_skip ("poppler-utils or qpdf not installed");
      return;
    }

  check = run_tool ("qpdf", "--check", path, &status);
  g_assert_cmpint (status, ==, 0);

  text = run_tool ("pdftotext", path, "-", &status);
  g_assert_cmpint (status, ==, 0);

  /* Every outlet, the rows in order, figure verdicts, page numbers. */
  for (guint s = 0; s < 5; s++)
    g_assert_nonnull (strstr (text, outlets[s]));
  for (guint r = 0; r < 8; r++)
    {
      g_autofree char *needle = g_strdup_printf ("Zeile%u Quelle", r + 1);
      const char *found = strstr (text, needle);

      g_assert_nonnull (found);
      g_assert_true (last == NULL || found > last);
      last = found;
    }
  g_assert_nonnull (strstr (text, "widerspricht"));
  g_assert_nonnull (strstr (text, "Page 1 of"));
  g_assert_nonnull (strstr (text, "Nur Quelle 3 berichtet"));

  /* The long row broke across pages: there are several. */
  g_assert_null (strstr (text, "Page 1 of 1\n"));

  fonts = run_tool ("pdffonts", path, NULL, &status);
  g_assert_nonnull (strstr (fonts, "DejaVuSans"));
  g_assert_null (strstr (fonts, " no  "));   /* every font embedded */

  /* Kept in the build folder so that people can look at it. */
  {
    g_autofree char *keep = g_test_build_filename (G_TEST_BUILT, "test-export.pdf", NULL);
    g_rename (path, keep);
  }
}

static void
test_pdf_column_blocks (void)
{
  g_autoptr(PxReport) report = make_report (12);
  g_autofree char *path = export_to_tmp (report);
  g_autofree char *text = NULL;
  int status;

  if (!have_program ("pdftotext"))
    {
      g_test_skip ("poppler-utils not installed");
      return;
    }

  text = run_tool ("pdftotext", path, "-", &status);
  g_assert_nonnull (strstr (text, "Synopsis, sources 1–6 of 12"));
  g_assert_nonnull (strstr (text, "Synopsis, sources 7–12 of 12"));
  g_assert_nonnull (strstr (text, "Stadtanzeiger"));
  g_unlink (path);
}

static void
test_pdf_unwritable (void)
{
  g_autoptr(PxReport) report = make_report (2);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("parallax-ro-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "out.pdf", NULL);

  if (getuid () == 0)
    {
      /* root writes anywhere; a missing folder fails for everyone. */
      g_free (path);
      path = g_build_filename (dir, "missing", "out.pdf", NULL);
    }
  else
    g_chmod (dir, 0500);

  g_assert_false (px_pdf_export (report, path, PX_PAPER_LETTER, TRUE, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "out.pdf"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_chmod (dir, 0700);
  g_rmdir (dir);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

/* The names in @dir, sorted and joined by spaces. */
static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)))
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **)names->pdata);
}

static GCancellable *page_cancellable;

static void
cancel_after_page_cb (guint page)
{
  if (page == 0)
    g_cancellable_cancel (page_cancellable);
}

static void
kill_after_page_cb (guint page)
{
  if (page == 0)
    raise (SIGKILL);
}

/* Only the PDF is ever left in the folder: after a new export, one that
 * replaces a file, a failed one, and one cancelled before it started or
 * after its first page (the file it would replace stays as it was).
 */
static void
test_pdf_no_temporary_files (void)
{
  g_autoptr(PxReport) report = make_report (5);
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();
  g_autofree char *dir = g_dir_make_tmp ("parallax-tmp-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "vergleich.pdf", NULL);
  g_autofree char *missing = g_build_filename (dir, "fehlt", "vergleich.pdf", NULL);
  g_autofree char *before = NULL, *after = NULL, *listing = NULL, *html = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_true (px_pdf_export (report, path, PX_PAPER_A4, FALSE, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0044, ==, 0044);
  g_assert_true (px_pdf_export (report, path, PX_PAPER_LETTER, TRUE, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (px_pdf_export (report, missing, PX_PAPER_A4, FALSE, NULL, &error));
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));

  g_cancellable_cancel (cancelled);
  g_assert_false (px_pdf_export (report, path, PX_PAPER_A4, FALSE, cancelled, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  page_cancellable = g_cancellable_new ();
  _px_pdf_set_page_func (cancel_after_page_cb);
  g_assert_false (px_pdf_export (report, path, PX_PAPER_A4, FALSE, page_cancellable, &error));
  _px_pdf_set_page_func (NULL);
  g_clear_object (&page_cancellable);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (before, ==, after);

  /* HTML, CSV and JSON go through the same output file. */
  html = g_build_filename (dir, "vergleich.html", NULL);
  g_assert_true (px_report_write_file (html, "<html></html>", 13, &error));
  g_assert_no_error (error);
  g_assert_true (px_report_write_file (html, "<html>2</html>", 14, &error));
  g_assert_false (px_report_write_file (missing, "x", 1, &error));
  g_clear_error (&error);

  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "vergleich.html vergleich.pdf");
  g_unlink (html);
  g_unlink (path);
  g_rmdir (dir);
}

/* An export killed halfway leaves nothing: not the PDF, not a temporary. */
static void
test_pdf_killed (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *listing = NULL;

  if (g_test_subprocess ())
    {
      g_autoptr(PxReport) report = make_report (5);
      g_autofree char *path = g_build_filename (g_getenv ("PX_KILL_DIR"), "vergleich.pdf", NULL);

      _px_pdf_set_page_func (kill_after_page_cb);
      px_pdf_export (report, path, PX_PAPER_A4, FALSE, NULL, NULL);
      g_assert_not_reached ();
    }

  dir = g_dir_make_tmp ("parallax-kill-XXXXXX", NULL);
  g_setenv ("PX_KILL_DIR", dir, TRUE);
  g_test_trap_subprocess ("/pdf/killed", 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_failed ();
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "");
  g_rmdir (dir);
}

static void
test_html_self_contained (void)
{
  g_autoptr(PxReport) report = make_report (5);
  g_autofree char *html = px_report_to_html (report);

  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>"));
  g_assert_null (strstr (html, "<script"));
  g_assert_null (strstr (html, "src="));
  g_assert_null (strstr (html, "<link"));
  g_assert_null (strstr (html, "@import"));
  g_assert_nonnull (strstr (html, "<style>"));
  for (guint s = 0; s < 5; s++)
    g_assert_nonnull (strstr (html, outlets[s]));
  g_assert_nonnull (strstr (html, "<span class=\"figure\">Mehr als 1.200</span>"));
  g_assert_nonnull (strstr (html, "widerspricht"));
}

/* A small RFC 4180 reader: enough to check that fields with commas, quotes
 * and newlines round-trip.
 */
static GPtrArray *
parse_csv (const char *csv)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  gboolean quoted = FALSE;

  for (const char *p = csv; *p; p++)
    {
      if (quoted)
        {
          if (*p == '"' && p[1] == '"')
            g_string_append_c (field, *p++);
          else if (*p == '"')
            quoted = FALSE;
          else
            g_string_append_c (field, *p);
        }
      else if (*p == '"')
        quoted = TRUE;
      else if (*p == ',')
        {
          g_ptr_array_add (row, g_string_free (field, FALSE));
          field = g_string_new (NULL);
        }
      else if (*p == '\r' && p[1] == '\n')
        {
          p++;
          g_ptr_array_add (row, g_string_free (field, FALSE));
          field = g_string_new (NULL);
          g_ptr_array_add (rows, row);
          row = g_ptr_array_new_with_free_func (g_free);
        }
      else
        g_string_append_c (field, *p);
    }
  g_string_free (field, TRUE);
  g_ptr_array_unref (row);
  return rows;
}

static void
test_csv_rows (void)
{
  g_autoptr(PxReport) report = make_report (5);
  g_autofree char *csv = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  PxReportRow *first = g_ptr_array_index (report->rows, 0);

  /* A passage with a comma, a quote and a line break must survive. */
  px_report_row_set_cell (first, 3, "Er sagte: \"Nein, danke\",\nund ging.");
  csv = px_report_to_csv (report);
  rows = parse_csv (csv);

  g_assert_cmpuint (rows->len, ==, 1 + 8 * 5);
  for (guint i = 0; i < rows->len; i++)
    g_assert_cmpuint (((GPtrArray *)g_ptr_array_index (rows, i))->len, ==, 6);
  g_assert_cmpstr (g_ptr_array_index ((GPtrArray *)g_ptr_array_index (rows, 0), 3), ==, "passage");
  g_assert_cmpstr (g_ptr_array_index ((GPtrArray *)g_ptr_array_index (rows, 4), 3), ==,
                   "Er sagte: \"Nein, danke\",\nund ging.");
  g_assert_cmpstr (g_ptr_array_index ((GPtrArray *)g_ptr_array_index (rows, 1), 5), ==, "widerspricht");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pdf/content", test_pdf_content);
  g_test_add_func ("/pdf/column-blocks", test_pdf_column_blocks);
  g_test_add_func ("/pdf/unwritable", test_pdf_unwritable);
  g_test_add_func ("/pdf/no-temporary-files", test_pdf_no_temporary_files);
  g_test_add_func ("/pdf/killed", test_pdf_killed);
  g_test_add_func ("/export/html", test_html_self_contained);
  g_test_add_func ("/export/csv", test_csv_rows);

  return g_test_run ();
}
