/* test-pdf-exporter.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <cairo-pdf.h>
#include <glib/gstdio.h>

#include "px-test-report.h"
#include "px-test-utils.h"

static char *
export_to_tmp (PxReport          *report,
               PxPageOrientation  orientation)
{
  g_autofree char *dir = g_dir_make_tmp ("parallax-pdf-XXXXXX", NULL);
  char *path = g_build_filename (dir, "vergleich.pdf", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (px_pdf_export (report, path, PX_PAPER_A4, orientation, NULL, &error));
  g_assert_no_error (error);
  return path;
}

static void
remove_export (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_unlink (path);
  g_rmdir (dir);
}

/* A renderer laid out on pages of @report's automatic orientation, on a
 * PDF surface that writes nowhere.
 */
static PxReportRenderer *
paginate (PxReport *report)
{
  PxReportRenderer *renderer = px_report_renderer_new (report);
  gboolean landscape = px_pdf_is_landscape (report, PX_PAGE_AUTO);
  double width, height;
  cairo_surface_t *surface;
  cairo_t *cr;

  px_paper_get_size (PX_PAPER_A4, !landscape, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (NULL, NULL, width, height);
  cr = cairo_create (surface);
  px_report_renderer_set_page_size (renderer, width, height);
  px_report_renderer_paginate (renderer, cr);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return renderer;
}

static gboolean
have_poppler (void)
{
  if (px_test_have_program ("pdftotext") && px_test_have_program ("pdfinfo"))
    return TRUE;
  g_test_skip ("poppler-utils not installed");
  return FALSE;
}

/* The whole text is there, in order, searchable; fonts embedded. */
static void
test_pdf_content (void)
{
  g_autoptr(PxReport) report = px_test_make_report (5, 8, 3);
  g_autofree char *path = export_to_tmp (report, PX_PAGE_AUTO);
  const char *check[] = { "qpdf", "--check", path, NULL };
  const char *fonts_argv[] = { "pdffonts", path, NULL };
  g_autofree char *text = NULL;
  g_autofree char *fonts = NULL;
  g_autofree char *checked = NULL;
  int status = 0;

  if (!have_poppler ())
    return;

  if ((checked = px_test_run_tool (check, &status)) != NULL)
    g_assert_cmpint (status, ==, 0);

  text = px_test_pdf_text (path, 0);
  for (guint s = 0; s < 5; s++)
    g_assert_nonnull (strstr (text, px_test_outlets[s]));
  /* Passages of the claims that diverge; a line each for those alike. */
  for (guint r = 0; r < 8; r++)
    {
      g_autofree char *needle = r % 3 == 2 ? g_strdup_printf ("Aussage %u über", r + 1)
                                           : g_strdup_printf ("Zeile%u Quelle", r + 1);
      g_assert_nonnull (strstr (text, needle));
    }
  g_assert_nonnull (strstr (text, "Page 1 of"));
  g_assert_nonnull (strstr (text, "Nur Quelle 3 berichtet über Pegel 2 im Hafen."));
  g_assert_nonnull (strstr (text, "(continued)"));
  g_assert_null (strstr (text, "⟨"));

  fonts = px_test_run_tool (fonts_argv, NULL);
  g_assert_nonnull (strstr (fonts, "DejaVuSans"));
  g_assert_null (strstr (fonts, " no  "));   /* every font embedded */

  /* Kept in the build folder so that people can look at it. */
  {
    g_autofree char *keep = g_test_build_filename (G_TEST_BUILT, "test-export.pdf", NULL);
    g_rename (path, keep);
  }
  remove_export (path);
}

/* Page 1 holds the title, the sources and the claims × sources table. */
static void
test_pdf_page_one (void)
{
  g_autoptr(PxReport) report = px_test_make_report (5, 8, 3);
  g_autofree char *path = export_to_tmp (report, PX_PAGE_AUTO);
  g_autofree char *first = NULL;

  if (!have_poppler ())
    return;

  first = px_test_pdf_text (path, 1);
  g_assert_nonnull (strstr (first, "Hochwasser an der Saale"));
  g_assert_nonnull (strstr (first, "Sources"));
  g_assert_nonnull (strstr (first, "Bericht Nummer 5 über das Hochwasser"));
  g_assert_nonnull (strstr (first, "Claims and Sources"));
  g_assert_nonnull (strstr (first, "What differs"));
  g_assert_nonnull (strstr (first, "Aussage 8 über die Helfer"));
  g_assert_nonnull (strstr (first, "◆"));
  g_assert_nonnull (strstr (first, "○"));
  g_assert_nonnull (strstr (first, "does not report it"));
  for (guint s = 0; s < 5; s++)
    g_assert_nonnull (strstr (first, px_test_outlets[s]));
  remove_export (path);
}

static void
test_pdf_metadata (void)
{
  g_autoptr(PxReport) report = px_test_make_report (3, 4, 1);
  g_autofree char *path = export_to_tmp (report, PX_PAGE_AUTO);
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = NULL;

  if (!have_poppler ())
    return;

  info = px_test_run_tool (argv, NULL);
  g_assert_nonnull (strstr (info, "Title:           Hochwasser an der Saale"));
  g_assert_nonnull (strstr (info, "Author:          Parallax"));
  g_assert_nonnull (strstr (info, "Tagged:          yes"));
  remove_export (path);
}

/* Every page with marked passages explains the marks and the verdicts in
 * words; the others do not carry the legend.
 */
static void
test_pdf_legend (void)
{
  g_autoptr(PxReport) report = px_test_make_report (5, 8, 3);
  g_autoptr(PxReportRenderer) renderer = paginate (report);
  g_autofree char *path = export_to_tmp (report, PX_PAGE_AUTO);
  guint n_pages = px_report_renderer_get_n_pages (renderer), marked = 0;

  if (!have_poppler ())
    return;

  g_assert_cmpuint (px_test_pdf_pages (path), ==, n_pages);
  g_assert_false (px_report_renderer_page_has_marks (renderer, 0));
  for (guint p = 0; p < n_pages; p++)
    {
      g_autofree char *text = px_test_pdf_text (path, p + 1);

      if (!px_report_renderer_page_has_marks (renderer, p))
        {
          g_assert_null (strstr (text, "Marks:"));
          continue;
        }
      marked++;
      g_assert_nonnull (strstr (text, "Marks:"));
      g_assert_nonnull (strstr (text, "red, underlined"));
      g_assert_nonnull (strstr (text, "a synonym"));
      g_assert_nonnull (strstr (text, "differ different figures that overlap"));
      g_assert_nonnull (strstr (text, "single only one source gives a figure"));
    }
  g_assert_cmpuint (marked, >, 0);
  remove_export (path);
}

/* Body text at 9 pt and notes at 8 pt at least, in the layout itself:
 * a PDF does not tell the sizes it was set in.
 */
static void
test_pdf_font_sizes (void)
{
  for (guint n = 2; n <= 12; n += 5)
    {
      g_autoptr(PxReport) report = px_test_make_report (n, 8, 3);
      g_autoptr(PxReportRenderer) renderer = paginate (report);

      g_assert_cmpfloat (px_report_renderer_get_smallest_size (renderer, PX_REPORT_TEXT_BODY), >=, 9.0);
      g_assert_cmpfloat (px_report_renderer_get_smallest_size (renderer, PX_REPORT_TEXT_NOTE), >=, 8.0);
      g_assert_cmpfloat (px_report_renderer_get_smallest_size (renderer, PX_REPORT_TEXT_HEADING), >=, 12.0);
    }
}

static char *
page_size (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = px_test_run_tool (argv, NULL);
  const char *at = strstr (info, "Page size:");

  g_assert_nonnull (at);
  return g_strndup (at, strcspn (at, "\n"));
}

/* From five sources on, pages turn landscape unless asked otherwise. */
static void
test_pdf_landscape (void)
{
  static const struct
  {
    guint              n_sources;
    PxPageOrientation  orientation;
    const char        *size;
  } cases[] = {
    { 4, PX_PAGE_AUTO, "595 x 842" },
    { 5, PX_PAGE_AUTO, "842 x 595" },
    { 12, PX_PAGE_AUTO, "842 x 595" },
    { 5, PX_PAGE_PORTRAIT, "595 x 842" },
    { 2, PX_PAGE_LANDSCAPE, "842 x 595" },
  };

  if (!have_poppler ())
    return;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PxReport) report = px_test_make_report (cases[i].n_sources, 3, 1);
      g_autofree char *path = export_to_tmp (report, cases[i].orientation);
      g_autofree char *size = page_size (path);

      g_assert_nonnull (strstr (size, cases[i].size));
      remove_export (path);
    }
}

/* Pages grow with claims, not with the passages only one source has. */
static void
test_pdf_pages_bounded (void)
{
  g_autoptr(PxReport) few = px_test_make_report (5, 8, 20);
  g_autoptr(PxReport) many = px_test_make_report (5, 8, 2000);
  g_autoptr(PxReport) claims = px_test_make_report (5, 40, 20);
  g_autoptr(PxReportRenderer) few_pages = paginate (few);
  g_autoptr(PxReportRenderer) many_pages = paginate (many);
  g_autoptr(PxReportRenderer) claim_pages = paginate (claims);

  g_assert_cmpuint (px_report_renderer_get_n_pages (many_pages), ==, px_report_renderer_get_n_pages (few_pages));
  g_assert_cmpuint (px_report_renderer_get_n_pages (claim_pages), >, px_report_renderer_get_n_pages (few_pages));
}

/* Sources beyond what columns can hold are counted in the summary table
 * and listed in full at the end.
 */
static void
test_pdf_many_sources (void)
{
  g_autoptr(PxReport) report = px_test_make_report (40, 6, 1);
  g_autofree char *path = export_to_tmp (report, PX_PAGE_AUTO);
  g_autofree char *text = NULL;

  if (!have_poppler ())
    return;

  text = px_test_pdf_text (path, 0);
  g_assert_nonnull (strstr (text, "more sources, listed at the end"));
  g_assert_nonnull (strstr (text, "All Sources"));
  g_assert_nonnull (strstr (text, "of 40, "));
  g_assert_nonnull (strstr (text, "Stadtanzeiger"));
  remove_export (path);
}

/* A very large set sets out its most telling claims in detail and says
 * where the others are; the summary table still lists every claim.
 */
static void
test_pdf_detail_bounded (void)
{
  g_autoptr(PxReport) report = px_test_make_report (3, 400, 1);
  g_autofree char *path = export_to_tmp (report, PX_PAGE_AUTO);
  g_autofree char *text = NULL;

  if (!have_poppler ())
    return;

  text = px_test_pdf_text (path, 0);
  g_assert_nonnull (strstr (text, "more claims are in the table on page 1"));
  g_assert_nonnull (strstr (text, "Aussage 400 über die Helfer"));
  /* The first claim with figures is set out; the last one is not. */
  g_assert_nonnull (strstr (text, "Zeile1 Quelle1"));
  g_assert_null (strstr (text, "Zeile397 Quelle1"));
  remove_export (path);
}

static void
test_pdf_unwritable (void)
{
  g_autoptr(PxReport) report = px_test_make_report (2, 3, 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("parallax-ro-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "missing", "out.pdf", NULL);
  g_autoptr(GPtrArray) left = NULL;

  g_assert_false (px_pdf_export (report, path, PX_PAPER_LETTER, PX_PAGE_PORTRAIT, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "out.pdf"));
  left = px_test_list_dir (dir);
  g_assert_cmpuint (left->len, ==, 0);
  g_rmdir (dir);
}

/* In a child, exports with a file size limit far below the PDF's size:
 * writes fail (SIGXFSZ ignored) or the process dies in the middle of a
 * write (SIGXFSZ's default).
 */
static void
export_over_limit (gboolean die)
{
  g_autoptr(PxReport) report = px_test_make_report (5, 30, 40);
  g_autofree char *path = g_build_filename (g_getenv ("PX_TEST_EXPORT_DIR"), "out.pdf", NULL);
  g_autoptr(GError) error = NULL;
  struct rlimit limit = { 8192, 8192 };

  signal (SIGXFSZ, die ? SIG_DFL : SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  g_assert_false (px_pdf_export (report, path, PX_PAPER_A4, PX_PAGE_AUTO, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "out.pdf"));
}

/* Neither a failed write nor a process killed while writing leaves a
 * temporary file, and the file that was there stays as it was.
 */
static void
test_pdf_failed_write (gconstpointer data)
{
  gboolean die = GPOINTER_TO_INT (data);
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) left = NULL;

  if (g_test_subprocess ())
    {
      export_over_limit (die);
      return;
    }

  dir = g_dir_make_tmp ("parallax-full-XXXXXX", NULL);
  path = g_build_filename (dir, "out.pdf", NULL);
  g_assert_true (g_file_set_contents (path, "alt", -1, NULL));
  g_setenv ("PX_TEST_EXPORT_DIR", dir, TRUE);

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  if (die)
    g_test_trap_assert_failed ();
  else
    g_test_trap_assert_passed ();

  left = px_test_list_dir (dir);
  g_assert_cmpuint (left->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (left, 0), ==, "out.pdf");
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "alt");
  g_unlink (path);
  g_rmdir (dir);
}

/* The real pipeline on our German sample: the PDF holds every figure
 * comparison the Figures view shows, each source's figure as written.
 */
static void
test_pdf_sample_figures (void)
{
  g_autoptr(GPtrArray) articles = px_test_load_sample ("de");
  g_autoptr(PxAligner) aligner = px_aligner_new ();
  g_autoptr(PxAlignment) alignment = NULL;
  g_autoptr(PxComparison) comparison = NULL;
  g_autoptr(PxReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  alignment = px_aligner_run (aligner, articles, NULL, &error);
  g_assert_no_error (error);
  comparison = px_comparison_new (alignment);
  report = px_comparison_build_report (comparison, "Polder", FALSE);
  path = export_to_tmp (report, PX_PAGE_AUTO);
  if (!have_poppler ())
    return;

  g_assert_cmpuint (report->figures->len, ==, px_comparison_get_figure_groups (comparison)->len);
  g_assert_cmpuint (report->figures->len, >, 0);
  text = px_test_pdf_text (path, 0);

  for (guint i = 0; i < report->figures->len; i++)
    {
      const PxReportFigure *figure = g_ptr_array_index (report->figures, i);

      g_assert_nonnull (strstr (text, px_report_verdict_label (figure->verdict)));
      for (guint e = 0; e < figure->entries->len; e++)
        {
          const PxReportFigureEntry *entry = g_ptr_array_index (figure->entries, e);
          g_assert_nonnull (strstr (text, entry->written));
        }
    }
  remove_export (path);
}

/* One claim of three sources, the first one's passage long and the others
 * a line each; the first also gives a figure no other source gives.
 */
static PxReport *
make_uneven_report (void)
{
  PxReport *report = px_report_new ("Fähre im Nebel");
  g_autoptr(GString) long_text = g_string_new ("Langtext beginnt hier.");
  PxReportRow *row;
  PxReportFigure *figure;

  for (guint s = 0; s < 3; s++)
    {
      g_autofree char *id = g_strdup_printf ("faehre-%u.txt", s);
      PxReportSource *source = px_report_add_source (report, id, px_test_outlets[s]);

      source->named = TRUE;
    }
  for (guint k = 0; k < 40; k++)
    g_string_append (long_text, " Die Fähre lag im Nebel vor dem Anleger und wartete auf Sicht.");
  row = px_report_add_row (report, 1, "Die Fähre wartet im Nebel");
  px_report_row_set_cell (row, 0, long_text->str);
  px_report_row_set_cell (row, 1, "Kurzwort eins.");
  px_report_row_set_cell (row, 2, "Kurzwort zwei.");
  row->reference = 0;
  row->kinds |= PX_REPORT_KIND_WORDING;
  figure = px_report_add_figure (report, row, "Passagiere", PX_FIGURE_VERDICT_SINGLE);
  px_report_figure_add_entry (figure, 0, "rund 140", "≈140");
  px_report_sort_rows (report);
  return report;
}

/* The x of the first word @word in pdftotext's word boxes, or -1. */
static double
word_x (const char *path,
        const char *word)
{
  const char *argv[] = { "pdftotext", "-bbox", path, "-", NULL };
  g_autofree char *boxes = px_test_run_tool (argv, NULL);
  g_autofree char *needle = g_strdup_printf (">%s</word>", word);
  const char *at = boxes ? strstr (boxes, needle) : NULL;
  const char *x;

  if (at == NULL)
    return -1;
  while (at > boxes && strncmp (at, "<word", 5) != 0)
    at--;
  x = strstr (at, "xMin=\"");
  return x != NULL ? g_ascii_strtod (x + 6, NULL) : -1;
}

/* A long passage gets the width the short ones beside it do not need, so
 * that a block is as short as its longest text allows.
 */
static void
test_pdf_passage_widths (void)
{
  g_autoptr(PxReport) report = make_uneven_report ();
  g_autofree char *path = export_to_tmp (report, PX_PAGE_PORTRAIT);
  double width, height, x;

  if (!have_poppler ())
    return;

  px_paper_get_size (PX_PAPER_A4, TRUE, &width, &height);
  x = word_x (path, "Kurzwort");
  /* At equal widths the second column starts at a third of the page, and
   * its first word (after the source's name) before the middle.
   */
  g_assert_cmpfloat (x, >, 0.5 * width);
  remove_export (path);
}

/* A figure only one source gives compares with nothing: it is listed in
 * one line under the figures, not as a row of the table.
 */
static void
test_pdf_single_figures (void)
{
  g_autoptr(PxReport) report = make_uneven_report ();
  g_autofree char *path = export_to_tmp (report, PX_PAGE_PORTRAIT);
  g_autofree char *text = NULL;

  if (!have_poppler ())
    return;

  text = px_test_pdf_text (path, 0);
  g_assert_nonnull (strstr (text, "Given by one source only:"));
  g_assert_nonnull (strstr (text, "rund 140"));
  g_assert_null (strstr (text, "As each source gives it"));
  remove_export (path);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pdf/content", test_pdf_content);
  g_test_add_func ("/pdf/page-one", test_pdf_page_one);
  g_test_add_func ("/pdf/metadata", test_pdf_metadata);
  g_test_add_func ("/pdf/legend", test_pdf_legend);
  g_test_add_func ("/pdf/font-sizes", test_pdf_font_sizes);
  g_test_add_func ("/pdf/landscape", test_pdf_landscape);
  g_test_add_func ("/pdf/pages-bounded", test_pdf_pages_bounded);
  g_test_add_func ("/pdf/many-sources", test_pdf_many_sources);
  g_test_add_func ("/pdf/detail-bounded", test_pdf_detail_bounded);
  g_test_add_func ("/pdf/unwritable", test_pdf_unwritable);
  g_test_add_data_func ("/pdf/failed-write", GINT_TO_POINTER (FALSE), test_pdf_failed_write);
  g_test_add_data_func ("/pdf/killed-while-writing", GINT_TO_POINTER (TRUE), test_pdf_failed_write);
  g_test_add_func ("/pdf/sample-figures", test_pdf_sample_figures);
  g_test_add_func ("/pdf/passage-widths", test_pdf_passage_widths);
  g_test_add_func ("/pdf/single-figures", test_pdf_single_figures);

  return g_test_run ();
}
