/* test-cli.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <json-glib/json-glib.h>
#include <glib/gstdio.h>

#include "px-test-utils.h"

/* Whether a tool the test uses is installed. */
static gboolean
have_program (const char *name)
{
  g_autofree char *path = g_find_program_in_path (name);

  return path != NULL;
}

static void
test_cli_help (void)
{
  const char *argv[] = { "--help", NULL };
  g_autofree char *out = NULL;
  int status;

  out = px_test_run_cli (argv, &status, NULL);
  g_assert_cmpint (status, ==, 0);
  for (guint i = 0; i < 4; i++)
    {
      static const char *commands[] = { "align", "export", "segment", "figures" };
      g_assert_nonnull (strstr (out, commands[i]));
    }
}

static void
test_cli_version (void)
{
  const char *argv[] = { "--version", NULL };
  g_autofree char *out = NULL;
  int status;

  out = px_test_run_cli (argv, &status, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (out, ==, "parallax-cli " PACKAGE_VERSION "\n");
}

static void
test_cli_usage_errors (void)
{
  const char *unknown[] = { "frobnicate", NULL };
  const char *no_input[] = { "segment", NULL };
  const char *bad_format[] = { "segment", "--format", "yaml", "x.txt", NULL };
  g_autofree char *out1 = NULL, *out2 = NULL, *out3 = NULL;
  g_autofree char *err1 = NULL, *err2 = NULL, *err3 = NULL;
  int status;

  out1 = px_test_run_cli (unknown, &status, &err1);
  g_assert_cmpint (status, ==, 2);
  g_assert_nonnull (strstr (err1, "frobnicate"));

  out2 = px_test_run_cli (no_input, &status, &err2);
  g_assert_cmpint (status, ==, 2);
  g_assert_cmpstr (out2, ==, "");
  g_assert_nonnull (strstr (err2, "parallax-cli:"));
  g_assert_nonnull (strstr (err2, "Usage: parallax-cli segment"));

  out3 = px_test_run_cli (bad_format, &status, &err3);
  g_assert_cmpint (status, ==, 2);
  g_assert_nonnull (strstr (err3, "yaml"));
}

/* Every command that reads articles says how to call it when no path is
 * given, and exits 2 as for any wrong usage (README, --help).
 */
static void
test_cli_no_path (void)
{
  const char *commands[][4] = {
    { "align", NULL },
    { "figures", "--format", "json", NULL },
    { "export", "--output", "x.pdf", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *out = NULL, *err = NULL;
      g_autofree char *usage = g_strdup_printf ("Usage: parallax-cli %s ", commands[i][0]);
      int status;

      out = px_test_run_cli (commands[i], &status, &err);
      g_assert_cmpint (status, ==, 2);
      g_assert_cmpstr (out, ==, "");
      g_assert_nonnull (strstr (err, "no input given"));
      g_assert_nonnull (strstr (err, usage));
    }
}

/* --help documents the exit statuses, one article alone included. */
static void
test_cli_help_exit_statuses (void)
{
  const char *top[] = { "--help", NULL };
  const char *align[] = { "align", "--help", NULL };
  g_autofree char *out = NULL, *align_out = NULL;
  int status;

  out = px_test_run_cli (top, &status, NULL);
  g_assert_nonnull (strstr (out, "Exit status:"));
  g_assert_nonnull (strstr (out, "one article alone"));
  align_out = px_test_run_cli (align, &status, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (align_out, "exit status is 1"));
}

/* No CRITICAL passes a test: one in the test process aborts it (G_DEBUG and
 * g_test_init make criticals fatal), and one in a tool's stderr fails the
 * test that ran the tool.
 */
static void
test_cli_criticals_fail (void)
{
  if (g_test_subprocess ())
    {
      g_critical ("a critical in the test itself");
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*a critical in the test itself*");

  g_test_trap_subprocess ("/cli/criticals-fail/in-tool-log", 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*a GLib critical was logged*json_object_get_array_member*");
}

static void
test_cli_criticals_fail_in_tool_log (void)
{
  if (g_test_subprocess ())
    px_test_assert_no_criticals ("(process:1): Json-CRITICAL **: 21:00:00.000: "
                                 "json_object_get_array_member: assertion failed\n");
}

/* The documents part of the report contract: every sentence, with spans
 * that map back onto the text.
 */
static void
test_cli_segment_json (void)
{
  g_autofree char *dir = px_test_sample_dir ("de");
  const char *argv[] = { "segment", "--format", "json", dir, NULL };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) articles = px_test_load_sample ("de");
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  JsonObject *root;
  JsonArray *documents;
  int status;

  out = px_test_run_cli (argv, &status, NULL);
  g_assert_cmpint (status, ==, 0);
  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);

  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "parallax-report");
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, 1);

  documents = json_object_get_array_member (root, "documents");
  g_assert_cmpuint (json_array_get_length (documents), ==, articles->len);

  for (guint i = 0; i < articles->len; i++)
    {
      PxArticle *article = g_ptr_array_index (articles, i);
      JsonObject *doc = json_array_get_object_element (documents, i);
      JsonArray *sentences = json_object_get_array_member (doc, "sentences");
      const char *text = px_article_get_text (article);
      guint n;

      px_article_get_sentences (article, &n);
      g_assert_cmpstr (json_object_get_string_member (doc, "id"), ==, px_article_get_id (article));
      g_assert_cmpstr (json_object_get_string_member (doc, "outlet"), ==, px_article_get_outlet (article));
      g_assert_cmpstr (json_object_get_string_member (doc, "language"), ==, "de");
      g_assert_cmpuint (json_array_get_length (sentences), ==, n);
      g_assert_cmpuint (n, >, 10);

      for (guint s = 0; s < n; s++)
        {
          JsonObject *sentence = json_array_get_object_element (sentences, s);
          gint64 start = json_object_get_int_member (sentence, "start");
          gint64 end = json_object_get_int_member (sentence, "end");
          const char *kind = json_object_get_string_member (sentence, "kind");

          g_assert_cmpint (start, <, end);
          g_assert_true (strncmp (text + start,
                                  json_object_get_string_member (sentence, "text"),
                                  end - start) == 0);
          g_assert_true (g_str_equal (kind, "body") || g_str_equal (kind, "heading") ||
                         g_str_equal (kind, "caption") || g_str_equal (kind, "boilerplate"));
        }
    }
}

static void
test_cli_segment_text (void)
{
  g_autofree char *dir = px_test_sample_dir ("en");
  const char *argv[] = { "segment", dir, NULL };
  g_autoptr(GPtrArray) articles = px_test_load_sample ("en");
  g_autofree char *out = NULL;
  int status;

  out = px_test_run_cli (argv, &status, NULL);
  g_assert_cmpint (status, ==, 0);
  for (guint i = 0; i < articles->len; i++)
    {
      PxArticle *article = g_ptr_array_index (articles, i);

      g_assert_nonnull (strstr (out, px_article_get_outlet (article)));
      g_assert_nonnull (strstr (out, px_article_get_title (article)));
    }
}

/* A bad file among good ones: one line on stderr naming it, a non-zero
 * exit, and the good ones still printed.
 */
static void
test_cli_bad_input (void)
{
  g_autofree char *dir = g_dir_make_tmp ("parallax-cli-XXXXXX", NULL);
  g_autofree char *good = g_build_filename (dir, "gut.txt", NULL);
  g_autofree char *empty = g_build_filename (dir, "leer.txt", NULL);
  g_autofree char *missing = g_build_filename (dir, "fehlt.txt", NULL);
  const char *argv[] = { "segment", good, empty, missing, NULL };
  const char *only_bad[] = { "segment", empty, NULL };
  g_autofree char *out = NULL, *err = NULL, *out2 = NULL, *err2 = NULL;
  g_auto(GStrv) lines = NULL;
  int status;

  g_assert_true (g_file_set_contents (good, "Der Stadtrat tagte am Montag. Er vertagte sich.", -1, NULL));
  g_assert_true (g_file_set_contents (empty, "", 0, NULL));

  out = px_test_run_cli (argv, &status, &err);
  g_assert_cmpint (status, ==, 1);
  g_assert_nonnull (strstr (out, "Der Stadtrat tagte am Montag."));
  lines = g_strsplit (g_strchomp (err), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 2);
  g_assert_nonnull (strstr (err, "leer.txt"));
  g_assert_nonnull (strstr (err, "fehlt.txt"));

  out2 = px_test_run_cli (only_bad, &status, &err2);
  g_assert_cmpint (status, ==, 1);
  g_assert_cmpstr (out2, ==, "");
  g_assert_nonnull (strstr (err2, "leer.txt"));

  g_unlink (good);
  g_unlink (empty);
  g_rmdir (dir);
}

static char *
run_tool (const char *tool,
          const char *arg1,
          const char *arg2)
{
  const char *argv[] = { tool, arg1, arg2, NULL };
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, NULL);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* export writes the comparison: a PDF with every outlet, the claims in
 * order, figure verdicts and page numbers; JSON is the report contract.
 */
static void
test_cli_export (void)
{
  g_autofree char *sample = px_test_sample_dir ("de");
  g_autofree char *dir = g_dir_make_tmp ("parallax-export-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "out.pdf", NULL);
  g_autofree char *json = g_build_filename (dir, "out.json", NULL);
  g_autofree char *html = g_build_filename (dir, "out.html", NULL);
  g_autoptr(GPtrArray) articles = px_test_load_sample ("de");
  const char *pdf_argv[] = { "export", "--output", pdf, "--title", "Polder", sample, NULL };
  const char *json_argv[] = { "export", "-o", json, sample, NULL };
  const char *html_argv[] = { "export", "--output", html, "--classroom", sample, NULL };
  const char *bad_argv[] = { "export", "--output", "out.docx", sample, NULL };
  const char *both_argv[] = { "export", "--output", pdf, "--portrait", "--landscape", sample, NULL };
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *html_text = NULL;
  JsonObject *root;
  int status;

  g_free (px_test_run_cli (pdf_argv, &status, NULL));
  g_assert_cmpint (status, ==, 0);
  g_free (px_test_run_cli (json_argv, &status, NULL));
  g_assert_cmpint (status, ==, 0);
  g_free (px_test_run_cli (html_argv, &status, NULL));
  g_assert_cmpint (status, ==, 0);
  out = px_test_run_cli (bad_argv, &status, &err);
  g_assert_cmpint (status, ==, 2);
  g_assert_nonnull (strstr (err, "out.docx"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  out = px_test_run_cli (both_argv, &status, &err);
  g_assert_cmpint (status, ==, 2);
  g_assert_nonnull (strstr (err, "--landscape"));

  json_parser_load_from_file (parser, json, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "parallax-report");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "documents")), ==, articles->len);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "groups")), >, 5);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "figures")), >, 10);
  g_assert_true (json_object_has_member (root, "figure_comparisons"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "attributions")), >, 5);
  g_assert_true (json_object_has_member (root, "quotes"));
  g_assert_true (json_object_has_member (root, "unique"));

  /* Classroom HTML names no outlet. */
  g_assert_true (g_file_get_contents (html, &html_text, NULL, NULL));
  g_assert_nonnull (strstr (html_text, "Source A"));
  for (guint i = 0; i < articles->len; i++)
    g_assert_null (strstr (html_text, px_article_get_outlet (g_ptr_array_index (articles, i))));

  if (have_program ("pdftotext"))
    {
      g_autofree char *text = run_tool ("pdftotext", pdf, "-");
      g_autofree char *fonts = run_tool ("pdffonts", pdf, NULL);
      g_autofree char *check = run_tool ("qpdf", "--check", pdf);
      g_autofree char *info = run_tool ("pdfinfo", pdf, NULL);

      for (guint i = 0; i < articles->len; i++)
        g_assert_nonnull (strstr (text, px_article_get_outlet (g_ptr_array_index (articles, i))));
      g_assert_nonnull (strstr (text, "Polder"));
      g_assert_nonnull (strstr (text, "Page 1 of"));
      g_assert_nonnull (strstr (text, "Claims and Sources"));
      g_assert_true (strstr (text, "differ") != NULL || strstr (text, "contradict") != NULL);
      g_assert_null (strstr (fonts, " no  "));
      g_assert_nonnull (strstr (info, "Title:           Polder"));
      /* Five sources: landscape, without being asked. */
      g_assert_nonnull (strstr (info, "842 x 595"));
    }

  g_unlink (pdf);
  g_unlink (json);
  g_unlink (html);
  g_rmdir (dir);
}

static char *
member_key (const char *document,
            gint64      sentence)
{
  return g_strdup_printf ("%s#%" G_GINT64_FORMAT, document, sentence);
}

/* The passage pairs the report's groups hold, as "a#s|b#t". */
static GHashTable *
grouped_pairs (JsonObject *root)
{
  GHashTable *pairs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonArray *groups = json_object_get_array_member (root, "groups");

  for (guint g = 0; g < json_array_get_length (groups); g++)
    {
      JsonArray *members = json_object_get_array_member (json_array_get_object_element (groups, g), "members");

      for (guint x = 0; x < json_array_get_length (members); x++)
        for (guint y = 0; y < json_array_get_length (members); y++)
          {
            JsonObject *a = json_array_get_object_element (members, x);
            JsonObject *b = json_array_get_object_element (members, y);
            g_autofree char *ka = member_key (json_object_get_string_member (a, "document"),
                                              json_object_get_int_member (a, "sentence"));
            g_autofree char *kb = member_key (json_object_get_string_member (b, "document"),
                                              json_object_get_int_member (b, "sentence"));

            g_hash_table_add (pairs, g_strconcat (ka, "|", kb, NULL));
          }
    }
  return pairs;
}

/* The candidates part of the report contract: per body sentence and other
 * document, ranks 1, 2, 3… with falling scores, and "linked" exactly when
 * the two share a group.
 */
static void
test_cli_align_candidates (void)
{
  g_autofree char *dir = px_test_sample_dir ("de");
  const char *argv[] = { "align", "--format", "json", dir, NULL };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GHashTable) sentences = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) grouped = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *previous = NULL;
  JsonObject *root;
  JsonArray *documents, *candidates;
  gint64 expected_rank = 1;
  double previous_score = 2;
  guint n_linked = 0;
  int status;

  out = px_test_run_cli (argv, &status, NULL);
  g_assert_cmpint (status, ==, 0);
  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  grouped = grouped_pairs (root);

  documents = json_object_get_array_member (root, "documents");
  for (guint d = 0; d < json_array_get_length (documents); d++)
    {
      JsonObject *doc = json_array_get_object_element (documents, d);
      JsonArray *list = json_object_get_array_member (doc, "sentences");

      for (guint s = 0; s < json_array_get_length (list); s++)
        g_hash_table_insert (sentences, member_key (json_object_get_string_member (doc, "id"), s),
                             g_strdup (json_object_get_string_member (json_array_get_object_element (list, s), "kind")));
    }

  candidates = json_object_get_array_member (root, "candidates");
  g_assert_cmpuint (json_array_get_length (candidates), >, 0);
  for (guint i = 0; i < json_array_get_length (candidates); i++)
    {
      JsonObject *c = json_array_get_object_element (candidates, i);
      const char *document = json_object_get_string_member (c, "document");
      const char *other = json_object_get_string_member (c, "other_document");
      g_autofree char *from = member_key (document, json_object_get_int_member (c, "sentence"));
      g_autofree char *to = member_key (other, json_object_get_int_member (c, "other_sentence"));
      g_autofree char *run = g_strconcat (from, ">", other, NULL);
      g_autofree char *pair = g_strconcat (from, "|", to, NULL);
      gint64 rank = json_object_get_int_member (c, "rank");
      double score = json_object_get_double_member (c, "score");

      g_assert_cmpstr (document, !=, other);
      /* Headings are ranked too (headlines report claims); boilerplate is
       * never a candidate.
       */
      g_assert_nonnull (g_hash_table_lookup (sentences, from));
      g_assert_cmpstr (g_hash_table_lookup (sentences, from), !=, "boilerplate");
      g_assert_nonnull (g_hash_table_lookup (sentences, to));
      g_assert_cmpstr (g_hash_table_lookup (sentences, to), !=, "boilerplate");
      if (previous == NULL || !g_str_equal (previous, run))
        {
          expected_rank = 1;
          previous_score = 2;
        }
      g_assert_cmpint (rank, ==, expected_rank++);
      g_assert_cmpint (rank, <=, 3);
      g_assert_cmpfloat (score, >=, 0);
      g_assert_cmpfloat (score, <=, previous_score);
      previous_score = score;
      g_assert_cmpint (json_object_get_boolean_member (c, "linked"), ==, g_hash_table_contains (grouped, pair));
      n_linked += json_object_get_boolean_member (c, "linked");
      g_free (previous);
      previous = g_steal_pointer (&run);
    }
  /* Both kinds occur on the sample, so the check above tests both. */
  g_assert_cmpuint (n_linked, >, 0);
  g_assert_cmpuint (n_linked, <, json_array_get_length (candidates));
}

/* A report that cannot be written whole (a full disk) is one line on
 * stderr and a failing exit status, not a document cut short in silence.
 */
static void
test_cli_full_disk (void)
{
  g_autofree char *set = g_test_build_filename (G_TEST_DIST, "data", "findings-two-figures", "de", NULL);
  g_autofree char *command = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (!g_file_test ("/dev/full", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no /dev/full here");
      return;
    }
  command = g_strdup_printf ("exec '%s' align --format json '%s' >/dev/full", g_getenv ("PARALLAX_CLI"), set);
  g_assert_true (g_spawn_sync (NULL, (char *[]) { "/bin/sh", "-c", command, NULL }, NULL, G_SPAWN_DEFAULT,
                               NULL, NULL, NULL, &err, &status, &error));
  g_assert_no_error (error);
  g_assert_false (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (err, "Could not write the report"));
  g_assert_nonnull (strstr (err, "parallax-cli:"));
  g_assert_cmpint (strchr (err, '\n') - err, ==, (gssize)strlen (err) - 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/help", test_cli_help);
  g_test_add_func ("/cli/version", test_cli_version);
  g_test_add_func ("/cli/usage-errors", test_cli_usage_errors);
  g_test_add_func ("/cli/no-path", test_cli_no_path);
  g_test_add_func ("/cli/criticals-fail", test_cli_criticals_fail);
  g_test_add_func ("/cli/criticals-fail/in-tool-log", test_cli_criticals_fail_in_tool_log);
  g_test_add_func ("/cli/help-exit-statuses", test_cli_help_exit_statuses);
  g_test_add_func ("/cli/segment-json", test_cli_segment_json);
  g_test_add_func ("/cli/segment-text", test_cli_segment_text);
  g_test_add_func ("/cli/bad-input", test_cli_bad_input);
  g_test_add_func ("/cli/export", test_cli_export);
  g_test_add_func ("/cli/align-candidates", test_cli_align_candidates);
  g_test_add_func ("/cli/full-disk", test_cli_full_disk);

  return g_test_run ();
}
