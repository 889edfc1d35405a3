/* test-report-export.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "px-name-map.h"
#include "px-test-report.h"
#include "px-test-utils.h"

/* Spreadsheet-style labels keep one name per source beyond 26. */
static void
test_report_labels (void)
{
  static const struct { guint index; const char *label; } cases[] = {
    { 0, "A" }, { 25, "Z" }, { 26, "AA" }, { 51, "AZ" }, { 52, "BA" }, { 701, "ZZ" }, { 702, "AAA" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *label = px_report_dup_label (cases[i].index);
      g_assert_cmpstr (label, ==, cases[i].label);
    }
}

/* Cells are kept for the sources that carry a claim, in source order. */
static void
test_report_sparse_cells (void)
{
  g_autoptr(PxReport) report = px_report_new ("Test");
  PxReportRow *row;

  for (guint s = 0; s < 6; s++)
    px_report_add_source (report, "id", px_test_outlets[s]);
  row = px_report_add_row (report, 1, "Aussage");
  px_report_row_set_cell (row, 4, "vier");
  px_report_row_set_cell (row, 1, "eins");
  px_report_row_set_cell (row, 4, "vier, neu");
  g_assert_cmpuint (row->coverage, ==, 2);
  g_assert_cmpuint (((PxReportCell *)g_ptr_array_index (row->cells, 0))->source, ==, 1);
  g_assert_cmpstr (px_report_row_get_cell (row, 4)->text, ==, "vier, neu");
  g_assert_null (px_report_row_get_cell (row, 0));
  g_assert_null (px_report_row_get_cell (row, 5));
}

/* Names are replaced as whole words, and marks move with the text. */
static void
test_report_name_map (void)
{
  g_autoptr(PxNameMap) map = px_name_map_new ();
  g_autoptr(GArray) marks = g_array_new (FALSE, FALSE, sizeof (PxReportMark));
  const char *text = "Laut Quelle 1 und Quelle 12, nach Nordkurier-Informationen: sagte Kurier.";
  PxReportMark mark = { 0 };
  g_autofree char *out = NULL;
  const char *sagte;

  px_name_map_add (map, "Quelle 1", "Source A");
  px_name_map_add (map, "Kurier", "Source B");
  sagte = strstr (text, "sagte");
  mark.start = sagte - text;
  mark.end = mark.start + 5;
  g_array_append_val (marks, mark);

  out = px_name_map_apply (map, text, marks);
  g_assert_cmpstr (out, ==, "Laut Source A und Quelle 12, nach Nordkurier-Informationen: sagte Source B.");
  mark = g_array_index (marks, PxReportMark, 0);
  g_assert_cmpint (strncmp (out + mark.start, "sagte", 5), ==, 0);
  g_assert_cmpuint (mark.end - mark.start, ==, 5);
}

/* Claims that diverge come first, figures before quotes before attribution
 * before wording; claims reported alike last.
 */
static void
test_report_row_order (void)
{
  g_autoptr(PxReport) report = px_test_make_report (4, 9, 1);
  guint last = 0;

  for (guint r = 0; r < report->rows->len; r++)
    {
      guint kind = px_report_row_first_kind (g_ptr_array_index (report->rows, r));

      kind = kind == 0 ? G_MAXUINT : kind;
      g_assert_cmpuint (kind, >=, last);
      last = kind;
    }
  g_assert_cmpuint (last, ==, G_MAXUINT);
}

static GPtrArray *
load_set_without_outlet (char **stem)
{
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "data", "sets", "de-held-out", NULL);
  g_autofree char *path = g_build_filename (folder, "schlagzeile24.txt", NULL);
  g_autofree char *contents = NULL;
  GPtrArray *articles = px_test_load_folder (folder);
  const char *body;

  /* The same article once more, without its front matter: its outlet is
   * not known, only its file name.
   */
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  body = strstr (contents + 3, "\n---\n");
  g_assert_nonnull (body);
  g_ptr_array_add (articles, px_test_load_string ("bericht-ohne-kopf-7.txt", body + 5));
  *stem = g_strdup ("bericht-ohne-kopf-7");
  return articles;
}

/* Where an outlet is known the report names it, and never a file; where it
 * is not, a neutral "Source F".
 */
static void
test_report_no_file_names (void)
{
  g_autofree char *stem = NULL;
  g_autoptr(GPtrArray) articles = load_set_without_outlet (&stem);
  g_autoptr(PxAligner) aligner = px_aligner_new ();
  g_autoptr(PxAlignment) alignment = NULL;
  g_autoptr(PxComparison) comparison = NULL;
  g_autoptr(PxReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *html = NULL;
  g_autofree char *csv = NULL;

  alignment = px_aligner_run (aligner, articles, NULL, &error);
  g_assert_no_error (error);
  comparison = px_comparison_new (alignment);
  report = px_comparison_build_report (comparison, "Werk", FALSE);
  html = px_report_to_html (report);
  csv = px_report_to_csv (report);

  for (guint a = 0; a < articles->len; a++)
    {
      PxArticle *article = g_ptr_array_index (articles, a);
      const PxReportSource *source = g_ptr_array_index (report->sources, a);

      g_assert_null (strstr (html, px_article_get_id (article)));
      if (a + 1 < articles->len)
        {
          g_assert_true (source->named);
          g_assert_cmpstr (source->outlet, ==, px_article_get_outlet (article));
          g_assert_nonnull (strstr (html, source->outlet));
        }
    }
  g_assert_false (((PxReportSource *)g_ptr_array_index (report->sources, articles->len - 1))->named);
  g_assert_cmpstr (((PxReportSource *)g_ptr_array_index (report->sources, articles->len - 1))->outlet, ==,
                   "Source F");
  g_assert_null (strstr (html, stem));
  g_assert_null (strstr (csv, stem));
  g_assert_nonnull (strstr (html, "Source F"));

  if (px_test_have_program ("pdftotext"))
    {
      g_autofree char *dir = g_dir_make_tmp ("parallax-names-XXXXXX", NULL);
      g_autofree char *path = g_build_filename (dir, "werk.pdf", NULL);
      g_autofree char *text = NULL;

      g_assert_true (px_pdf_export (report, path, PX_PAPER_A4, PX_PAGE_AUTO, NULL, &error));
      text = px_test_pdf_text (path, 0);
      g_assert_null (strstr (text, stem));
      g_assert_null (strstr (text, ".txt"));
      g_assert_nonnull (strstr (text, "Source F"));
      g_assert_nonnull (strstr (text, "Kontinentale Zeitung"));
      g_unlink (path);
      g_rmdir (dir);
    }
}

/* Classroom exports name no outlet, in passages and findings too. */
static void
test_report_classroom (void)
{
  g_autoptr(GPtrArray) articles = px_test_load_sample ("de");
  g_autoptr(PxAligner) aligner = px_aligner_new ();
  g_autoptr(PxAlignment) alignment = px_aligner_run (aligner, articles, NULL, NULL);
  g_autoptr(PxComparison) comparison = px_comparison_new (alignment);
  g_autoptr(PxReport) report = px_comparison_build_report (comparison, "Polder", TRUE);
  g_autofree char *html = px_report_to_html (report);
  g_autofree char *csv = px_report_to_csv (report);

  for (guint a = 0; a < articles->len; a++)
    {
      const char *outlet = px_article_get_outlet (g_ptr_array_index (articles, a));

      g_assert_null (strstr (html, outlet));
      g_assert_null (strstr (csv, outlet));
    }
  g_assert_nonnull (strstr (html, "Source A"));
}

static const char *
find_after (const char *haystack,
            const char *after,
            const char *needle)
{
  const char *at = strstr (haystack, needle);

  g_assert_nonnull (at);
  g_assert_true (after == NULL || at > after);
  return at;
}

/* The HTML has the PDF's structure and stays self-contained. */
static void
test_html_structure (void)
{
  g_autoptr(PxReport) report = px_test_make_report (5, 8, 3);
  g_autofree char *html = px_report_to_html (report);
  const char *at = NULL;

  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>"));
  g_assert_null (strstr (html, "<script"));
  g_assert_null (strstr (html, "src="));
  g_assert_null (strstr (html, "<link"));
  g_assert_null (strstr (html, "@import"));
  g_assert_null (strstr (html, "⟨"));
  g_assert_nonnull (strstr (html, "<meta name=\"author\" content=\"Parallax\">"));
  for (guint s = 0; s < 5; s++)
    g_assert_nonnull (strstr (html, px_test_outlets[s]));

  at = find_after (html, at, "<h2>Sources</h2>");
  at = find_after (html, at, "<h2>Claims and Sources</h2>");
  at = find_after (html, at, "<h2>Figures</h2>");
  at = find_after (html, at, "rund 1.200");
  at = find_after (html, at, "<h2>Who Says It, on Whose Word</h2>");
  at = find_after (html, at, "red, underlined");
  at = find_after (html, at, "<h2>Figures That Differ</h2>");
  at = find_after (html, at, "<span class=\"figure\">Mehr als 1.200</span> <span class=\"verdict\">(differ)</span>");
  at = find_after (html, at, "<h2>Attribution That Differs</h2>");
  at = find_after (html, at, "<h2>Claims Reported Alike</h2>");
  at = find_after (html, at, "<h2>Passages Only One Source Has</h2>");
  find_after (html, at, "Nur Quelle 5 berichtet über Pegel 3 im Hafen.");
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

static const char *
field (GPtrArray *rows,
       guint      row,
       guint      column)
{
  return g_ptr_array_index ((GPtrArray *)g_ptr_array_index (rows, row), column);
}

/* One table in the PDF's order, its parts told apart by "section". */
static void
test_csv_structure (void)
{
  static const char *order[] = { "source", "summary", "figure", "attribution", "divergence", "alike", "unique" };
  g_autoptr(PxReport) report = px_test_make_report (5, 8, 3);
  PxReportRow *first = g_ptr_array_index (report->rows, 0);
  g_autofree char *csv = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  guint section = 0, passages = 0;

  /* A passage with a comma, a quote and a line break must survive. */
  g_free (((PxReportCell *)g_ptr_array_index (first->cells, 0))->text);
  ((PxReportCell *)g_ptr_array_index (first->cells, 0))->text = g_strdup ("Er sagte: \"Nein, danke\",\nund ging.");
  csv = px_report_to_csv (report);
  rows = parse_csv (csv);

  g_assert_true (g_str_has_prefix (csv, "group,label,source,passage,"));
  for (guint r = 1; r < rows->len; r++)
    {
      const char *name = field (rows, r, 6);

      g_assert_cmpuint (((GPtrArray *)g_ptr_array_index (rows, r))->len, ==, 9);
      while (section < G_N_ELEMENTS (order) && !g_str_equal (order[section], name))
        section++;
      g_assert_cmpuint (section, <, G_N_ELEMENTS (order));
      passages += g_str_equal (name, "divergence") || g_str_equal (name, "alike");
    }
  g_assert_cmpstr (order[section], ==, "unique");

  /* A row for every source that carries a claim, no more. */
  {
    guint cells = 0;

    for (guint r = 0; r < report->rows->len; r++)
      cells += ((PxReportRow *)g_ptr_array_index (report->rows, r))->cells->len;
    g_assert_cmpuint (passages, ==, cells);
  }
  g_assert_nonnull (strstr (csv, "\"Er sagte: \"\"Nein, danke\"\",\nund ging.\""));
}

static void
test_write_file_failure (void)
{
  g_autofree char *dir = g_dir_make_tmp ("parallax-write-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "missing", "out.html", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) left = NULL;

  g_assert_false (px_report_write_file (path, "<p>", 3, &error));
  g_assert_nonnull (strstr (error->message, "out.html"));
  left = px_test_list_dir (dir);
  g_assert_cmpuint (left->len, ==, 0);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/labels", test_report_labels);
  g_test_add_func ("/report/sparse-cells", test_report_sparse_cells);
  g_test_add_func ("/report/name-map", test_report_name_map);
  g_test_add_func ("/report/row-order", test_report_row_order);
  g_test_add_func ("/report/no-file-names", test_report_no_file_names);
  g_test_add_func ("/report/classroom", test_report_classroom);
  g_test_add_func ("/export/html", test_html_structure);
  g_test_add_func ("/export/csv", test_csv_structure);
  g_test_add_func ("/export/write-file-failure", test_write_file_failure);

  return g_test_run ();
}
