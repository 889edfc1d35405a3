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

  *exit_status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
  if (standard_error != NULL)
    *standard_error = err;
  else
    g_free (err);
  return out;
}
