/* px-test-utils.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include "px-test-utils.h"

/**
 * px_test_sample_dir:
 * @language: "de" or "en"
 *
 * Returns: (transfer full): the path of a bundled sample set
 */
char *
px_test_sample_dir (const char *language)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "samples", language, NULL);
}

/**
 * px_test_load_folder:
 * @path: a folder of articles
 *
 * Returns: (transfer full) (element-type PxArticle): its articles, all of
 *   which must load
 */
GPtrArray *
px_test_load_folder (const char *path)
{
  g_autoptr(PxArticleLoader) loader = px_article_loader_new ();
  g_autoptr(GFile) dir = g_file_new_for_path (path);
  g_autoptr(GPtrArray) errors = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *articles;

  articles = px_article_loader_load_set (loader, &dir, 1, &errors, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (articles);
  g_assert_cmpuint (errors->len, ==, 0);
  return articles;
}

/**
 * px_test_load_sample:
 * @language: "de" or "en"
 *
 * Returns: (transfer full) (element-type PxArticle): the sample set
 */
GPtrArray *
px_test_load_sample (const char *language)
{
  g_autofree char *path = px_test_sample_dir (language);

  return px_test_load_folder (path);
}

/**
 * px_test_load_fixture:
 * @name: a file under tests/data
 *
 * Returns: (transfer full): the article
 */
PxArticle *
px_test_load_fixture (const char *name)
{
  g_autoptr(PxArticleLoader) loader = px_article_loader_new ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PxArticle *article;

  article = px_article_loader_load_file (loader, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (article);
  return article;
}

/**
 * px_test_load_string:
 * @name: a file name; its extension selects the format
 * @text: the file's contents
 *
 * Returns: (transfer full): the article
 */
PxArticle *
px_test_load_string (const char *name,
                     const char *text)
{
  g_autoptr(PxArticleLoader) loader = px_article_loader_new ();
  g_autoptr(GError) error = NULL;
  PxArticle *article;

  article = px_article_loader_load_data (loader, name, text, strlen (text), &error);
  g_assert_no_error (error);
  g_assert_nonnull (article);
  return article;
}

/**
 * px_test_assert_no_criticals:
 * @log: what a process printed on stderr
 *
 * Fails the test when @log holds a GLib critical or warning. The tests run
 * with G_DEBUG=fatal-warnings, which makes them fatal in the test itself
 * and in the tools it starts; this catches one that a tool printed without
 * dying (a library that logs with its own handler, or a G_DEBUG the tool
 * reset), so that no CRITICAL can stand in a passing test's log.
 */
void
px_test_assert_no_criticals (const char *log)
{
  static const char *marks[] = { "-CRITICAL **", "CRITICAL **:", "-WARNING **", "WARNING **:" };

  for (guint i = 0; log != NULL && i < G_N_ELEMENTS (marks); i++)
    if (strstr (log, marks[i]) != NULL)
      g_error ("a GLib %s was logged: %s", strstr (marks[i], "CRITICAL") ? "critical" : "warning", log);
}

/**
 * px_test_run_cli:
 * @argv: arguments after the program name, %NULL-terminated
 * @exit_status: (out): the exit status
 * @standard_error: (out) (optional): what it printed on stderr
 *
 * Runs the built parallax-cli ($PARALLAX_CLI).
 *
 * Returns: (transfer full): what it printed on stdout
 */
char *
px_test_run_cli (const char * const *argv,
                 int                *exit_status,
                 char              **standard_error)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  char *err = NULL;
  int wait_status = 0;
  const char *cli = g_getenv ("PARALLAX_CLI");

  g_assert_nonnull (cli);
  g_ptr_array_add (args, (gpointer)cli);
  for (guint i = 0; argv[i] != NULL; i++)
    g_ptr_array_add (args, (gpointer)argv[i]);
  g_ptr_array_add (args, NULL);

  g_spawn_sync (NULL, (char **)args->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &out, &err, &wait_status, &error);
  g_assert_no_error (error);

  /* A critical or a failed assertion kills the tool with a signal. */
  if (!WIFEXITED (wait_status))
    g_error ("%s was killed by signal %d; stderr: %s", cli, WTERMSIG (wait_status), err);
  px_test_assert_no_criticals (err);

  *exit_status = WEXITSTATUS (wait_status);
  if (standard_error != NULL)
    *standard_error = err;
  else
    g_free (err);
  return out;
}
