/* px-test-ui.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "px-application.h"
#include "px-resources.h"
#include "px-test-ui.h"

/**
 * px_test_ui_init:
 * @argc: the test's argc
 * @argv: the test's argv
 *
 * What every UI test's main() needs: translations from the build tree, GTK
 * and libadwaita, our resources, and style.css (AdwApplication loads it by
 * itself; the tests have no application). Every warning is fatal
 * (G_DEBUG=fatal-warnings), GTK's too: the suite fails on any Gtk-WARNING
 * or CRITICAL.
 */
void
px_test_ui_init (int    *argc,
                 char ***argv)
{
  const char *localedir = g_getenv ("PARALLAX_LOCALEDIR");
  g_autoptr(GtkCssProvider) css = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (argc, argv, NULL);
  adw_init ();
  px_register_resource ();
  /* libadwaita 1.2 skips a running animation when its widget is unmapped,
   * and the toast overlay's "done" handler then unrefs a toast that is
   * already gone (a crash closing a window with a toast shown). Without
   * animations nothing is left running to skip.
   */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, "/io/github/parallax/Parallax/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static gboolean
timeout_cb (gpointer data)
{
  gboolean *done = data;

  *done = TRUE;
  return G_SOURCE_REMOVE;
}

/**
 * px_test_spin:
 * @ms: how long
 *
 * Runs the main loop for @ms milliseconds.
 */
void
px_test_spin (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/**
 * px_test_new_window:
 *
 * Returns: (transfer none): a presented window the size of the screenshots
 */
PxWindow *
px_test_new_window (void)
{
  PxWindow *window = g_object_new (PX_TYPE_WINDOW, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 860);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

void
px_test_destroy_window (PxWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/**
 * px_test_wait_idle:
 * @window: a #PxWindow
 *
 * Spins the main loop until the window has finished loading (20 s at most).
 */
void
px_test_wait_idle (PxWindow *window)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (20, timeout_cb, &timed_out);

  while (px_window_get_busy (window) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (id);
}

/**
 * px_test_wait_aligned:
 * @window: a #PxWindow
 *
 * Spins the main loop until the window's set is loaded, aligned and
 * compared (30 s at most).
 */
void
px_test_wait_aligned (PxWindow *window)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (30, timeout_cb, &timed_out);

  do
    g_main_context_iteration (NULL, TRUE);
  while ((px_window_get_busy (window) || px_window_get_aligning (window) ||
          px_window_get_alignment (window) == NULL || px_window_get_comparison (window) == NULL) &&
         !timed_out);
  g_assert_false (timed_out);
  g_source_remove (id);
}

/**
 * px_test_open_sample:
 * @language: "de" or "en"
 *
 * Returns: (transfer none): a new window on that sample set, aligned
 */
PxWindow *
px_test_open_sample (const char *language)
{
  PxWindow *window = px_test_new_window ();

  px_window_open_sample (window, language);
  px_test_wait_aligned (window);
  return window;
}

/**
 * px_test_find_widget:
 * @root: a widget
 * @type: a widget type
 *
 * Returns: (transfer none) (nullable): the first widget of @type in @root's
 *   tree, depth first, @root included
 */
GtkWidget *
px_test_find_widget (GtkWidget *root,
                     GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = px_test_find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/**
 * px_test_save_shot:
 * @widget: a shown widget
 * @name: file name in the build folder
 *
 * Writes a PNG of @widget for people to look at. On a busy display the
 * first frames may come late, so it retries for a few seconds.
 */
void
px_test_save_shot (GtkWidget  *widget,
                   const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, name, NULL);
  g_autoptr(GError) error = NULL;

  px_test_spin (300);
  for (guint attempt = 0; attempt < 50; attempt++)
    {
      g_clear_error (&error);
      if (px_save_widget_png (widget, path, &error))
        break;
      px_test_spin (100);
    }
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_test_message ("screenshot written to %s", path);
}
