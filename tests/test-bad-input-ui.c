/* test-bad-input-ui.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Bad input in the app (design.md section 9): every file that cannot be
 * used is named in a toast, the set on screen is not lost, and the window
 * goes on working — the German sample opens right after.
 */

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "px-application.h"
#include "px-test-ui.h"
#include "px-window.h"

static gboolean
timeout_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Spins the main loop until the window has finished loading (and, with
 * @aligned, aligning) or @seconds have passed.
 */
static void
wait_until_idle_full (PxWindow *window,
                      gboolean  aligned,
                      guint     seconds)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (seconds, timeout_cb, &timed_out);

  while ((px_window_get_busy (window) || (aligned && px_window_get_aligning (window))) &&
         !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (id);
}

static guint
n_panes (PxWindow *window)
{
  return px_comparison_view_get_n_panes (px_window_get_comparison_view (window));
}

/* The window still works: the German sample opens and aligns. */
static void
assert_usable (PxWindow *window)
{
  GPtrArray *articles;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", "s", "de");
  wait_until_idle_full (window, TRUE, 60);
  g_assert_cmpuint (n_panes (window), ==, 5);
  articles = px_window_get_articles (window);
  g_assert_nonnull (articles);
  g_assert_cmpuint (articles->len, ==, 5);
  g_assert_nonnull (px_window_get_alignment (window));
  g_assert_cmpuint (px_alignment_get_n_groups (px_window_get_alignment (window)), >, 0);
}

static void
assert_toast_names (PxWindow   *window,
                    const char *name)
{
  const char *toast = px_window_get_last_toast (window);

  g_assert_nonnull (toast);
  g_test_message ("toast: %s", toast);
  g_assert_nonnull (strstr (toast, name));
}

/* Opens @path alone in a window that shows two articles: a toast names
 * the file, the two articles stay, and the window stays usable.
 */
static void
assert_refused_keeps_set (const char *path,
                          const char *name)
{
  PxWindow *window = px_test_new_window ();
  g_autofree char *dir = g_dir_make_tmp ("parallax-ui-bad-XXXXXX", NULL);
  g_autofree char *a = g_build_filename (dir, "a.txt", NULL);
  g_autofree char *b = g_build_filename (dir, "b.txt", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GFile) bad = g_file_new_for_path (path);
  g_autoptr(GPtrArray) before = NULL;

  g_assert_true (g_file_set_contents (a, "Der Kreistag tagte am Montag. Er beschloss den Haushalt.", -1, NULL));
  g_assert_true (g_file_set_contents (b, "Am Montag tagte der Kreistag. Der Haushalt ist beschlossen.", -1, NULL));
  px_window_open_files (window, &folder, 1);
  px_test_wait_idle (window);
  g_assert_cmpuint (n_panes (window), ==, 2);
  before = g_ptr_array_ref (px_window_get_articles (window));

  px_window_open_files (window, &bad, 1);
  px_test_wait_idle (window);
  assert_toast_names (window, name);
  g_assert_cmpuint (n_panes (window), ==, 2);
  g_assert_true (px_window_get_articles (window) == before);

  assert_usable (window);

  g_unlink (a);
  g_unlink (b);
  g_rmdir (dir);
  px_test_destroy_window (window);
}

static void
test_bad_input_ui_empty (void)
{
  g_autofree char *dir = g_dir_make_tmp ("parallax-ui-bad-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "leer.txt", NULL);

  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  assert_refused_keeps_set (path, "leer.txt");
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_bad_input_ui_binary (void)
{
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";
  g_autofree char *dir = g_dir_make_tmp ("parallax-ui-bad-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "foto.txt", NULL);

  g_assert_true (g_file_set_contents (path, png, sizeof png - 1, NULL));
  assert_refused_keeps_set (path, "foto.txt");
  g_unlink (path);
  g_rmdir (dir);
}

/* The file was listed (say, in a file chooser) and is gone when read. */
static void
test_bad_input_ui_vanished (void)
{
  g_autofree char *dir = g_dir_make_tmp ("parallax-ui-bad-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "verschwunden.txt", NULL);

  assert_refused_keeps_set (path, "verschwunden.txt");
  g_rmdir (dir);
}

/* A damaged project file: a toast, and the set on screen stays. */
static void
test_bad_input_ui_corrupt_project (void)
{
  g_autofree char *dir = g_dir_make_tmp ("parallax-ui-bad-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "kaputt.parallax", NULL);
  g_autofree char *garbage = g_build_filename (dir, "muell.parallax", NULL);

  g_assert_true (g_file_set_contents (path, "{\"format\": \"parallax-project\", \"version\": 1, \"articles\": [{\"id\"", -1, NULL));
  assert_refused_keeps_set (path, "kaputt.parallax");

  g_assert_true (g_file_set_contents (garbage, "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16, NULL));
  assert_refused_keeps_set (garbage, "muell.parallax");

  g_unlink (path);
  g_unlink (garbage);
  g_rmdir (dir);
}

/* A folder of 500 files in subfolders, one of them empty: the rest open,
 * the empty one is named, and the window stays usable.
 */
static void
test_bad_input_ui_many_files (void)
{
  PxWindow *window = px_test_new_window ();
  g_autofree char *dir = g_dir_make_tmp ("parallax-ui-many-XXXXXX", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < 500; i++)
    {
      g_autofree char *sub = g_strdup_printf ("%s/teil-%u", dir, i % 10);
      char *path = g_strdup_printf ("%s/meldung-%03u.txt", sub, i);
      g_autofree char *text = g_strdup_printf ("Meldung %u: Der Kreistag tagte am Montag. "
                                               "Er beriet über %u neue Stellen.", i, i);

      g_assert_cmpint (g_mkdir_with_parents (sub, 0700), ==, 0);
      g_assert_true (g_file_set_contents (path, i == 123 ? "" : text, -1, NULL));
      g_ptr_array_add (paths, path);
    }

  px_window_open_files (window, &folder, 1);
  wait_until_idle_full (window, FALSE, 60);
  assert_toast_names (window, "meldung-123.txt");
  g_assert_cmpuint (px_window_get_articles (window)->len, ==, 499);
  g_assert_cmpuint (n_panes (window), ==, 499);

  assert_usable (window);

  for (guint i = 0; i < paths->len; i++)
    g_unlink (g_ptr_array_index (paths, i));
  for (guint i = 0; i < 10; i++)
    {
      g_autofree char *sub = g_strdup_printf ("%s/teil-%u", dir, i);
      g_rmdir (sub);
    }
  g_rmdir (dir);
  px_test_destroy_window (window);
}

int
main (int    argc,
      char **argv)
{
  px_test_ui_init (&argc, &argv);

  g_test_add_func ("/bad-input-ui/empty", test_bad_input_ui_empty);
  g_test_add_func ("/bad-input-ui/binary", test_bad_input_ui_binary);
  g_test_add_func ("/bad-input-ui/vanished", test_bad_input_ui_vanished);
  g_test_add_func ("/bad-input-ui/corrupt-project", test_bad_input_ui_corrupt_project);
  g_test_add_func ("/bad-input-ui/many-files", test_bad_input_ui_many_files);

  return g_test_run ();
}
