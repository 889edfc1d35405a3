/* shot-window.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "px-application.h"
#include "px-test-ui.h"
#include "px-window.h"

/* Writes the README's pictures: the window at 1920×1080 on the articles
 * given, aligned, then in review mode (Ctrl+R) at its first decision with
 * --review, with the inspector open on the N-th claim (Alt+↓ N times)
 * with --claim N, or on the overview page NAME (claims, figures, sources)
 * with --page NAME; with --details N, the N-th source's details popover
 * alone. Run it under Xvfb from the build tree (see README.md); it is not
 * a test.
 */

static gboolean
timeout_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  gboolean timed_out = FALSE, review = FALSE;
  const char *page = NULL;
  int claim = 0, details = -1, first = 1;
  GtkWidget *shown;
  PxWindow *window;
  guint id;

  px_test_ui_init (&argc, &argv);
  if (argc > 1 && g_str_equal (argv[1], "--review"))
    review = TRUE, first = 2;
  else if (argc > 2 && g_str_equal (argv[1], "--claim"))
    claim = atoi (argv[2]), first = 3;
  else if (argc > 2 && g_str_equal (argv[1], "--page"))
    page = argv[2], first = 3;
  else if (argc > 2 && g_str_equal (argv[1], "--details"))
    details = atoi (argv[2]), first = 3;
  if (argc < first + 2)
    {
      g_printerr ("usage: shot-window [--review | --claim N | --page NAME | --details N] OUTPUT.png FILE|FOLDER…\n");
      return 2;
    }
  for (int i = first + 1; i < argc; i++)
    g_ptr_array_add (files, g_file_new_for_commandline_arg (argv[i]));

  window = g_object_new (PX_TYPE_WINDOW, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1920, 1080);
  gtk_window_present (GTK_WINDOW (window));
  px_window_open_files (window, (GFile **)files->pdata, files->len);

  id = g_timeout_add_seconds (60, timeout_cb, &timed_out);
  do
    g_main_context_iteration (NULL, TRUE);
  while ((px_window_get_busy (window) || px_window_get_aligning (window) ||
          px_window_get_alignment (window) == NULL || px_window_get_comparison (window) == NULL) &&
         !timed_out);
  g_source_remove (id);
  if (timed_out)
    {
      g_printerr ("shot-window: the articles were not aligned in time\n");
      return 1;
    }

  if (review)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.review", NULL);
  if (page != NULL)
    {
      GtkWidget *stack = px_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK);

      adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), page);
    }
  if (claim > 0)
    g_object_set (window, "inspector-visible", TRUE, NULL);
  shown = GTK_WIDGET (window);
  if (details >= 0)
    {
      PxSourcePane *pane = px_comparison_view_get_pane (px_window_get_comparison_view (window), details);

      gtk_widget_activate_action (GTK_WIDGET (pane), "pane.edit-details", NULL);
      px_test_spin (400);
      shown = px_test_find_widget (GTK_WIDGET (px_source_pane_get_header (pane)), GTK_TYPE_POPOVER);
    }
  px_test_spin (400);
  for (int c = 0; c < claim; c++)
    gtk_widget_activate_action (GTK_WIDGET (px_window_get_comparison_view (window)),
                                "comparison.next-group", NULL);
  px_test_spin (800);
  for (guint attempt = 0;
       attempt < 50 && !px_save_widget_png (shown, argv[first], &error);
       attempt++)
    {
      g_clear_error (&error);
      px_test_spin (100);
    }
  if (error != NULL)
    {
      g_printerr ("shot-window: %s\n", error->message);
      return 1;
    }
  g_print ("%s\n", argv[first]);
  px_test_destroy_window (window);
  return 0;
}
