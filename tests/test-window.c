/* test-window.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "px-aligner.h"
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

static void
wait_frames (GtkWidget *widget,
             guint      frames)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (frames * 40, timeout_cb, &timed_out);

  while (!timed_out)
    g_main_context_iteration (NULL, TRUE);
  (void)id;
}

static void
collect_labels (GtkWidget *widget,
                GString   *out)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget))
    {
      g_string_append (out, gtk_label_get_label (GTK_LABEL (widget)));
      g_string_append_c (out, '\n');
    }
  if (ADW_IS_STATUS_PAGE (widget))
    {
      g_string_append (out, adw_status_page_get_title (ADW_STATUS_PAGE (widget)));
      g_string_append_c (out, '\n');
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, out);
}

/* The app's threshold preference starts where the engine's measured
 * default is, so the app and the CLI group alike out of the box.
 */
static void
test_window_threshold_default (void)
{
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) key = NULL;
  g_autoptr(GVariant) value = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  key = g_settings_schema_get_key (schema, "alignment-threshold");
  value = g_settings_schema_key_get_default_value (key);
  g_assert_cmpfloat_with_epsilon (g_variant_get_double (value), px_aligner_default_threshold (), 1e-9);
}

static void
test_window_empty (void)
{
  PxWindow *window = px_test_new_window ();
  g_autoptr(GString) labels = g_string_new (NULL);

  g_assert_cmpuint (px_comparison_view_get_n_panes (px_window_get_comparison_view (window)), ==, 0);
  g_assert_null (px_window_get_articles (window));

  collect_labels (GTK_WIDGET (window), labels);
  g_assert_nonnull (strstr (labels->str, "Compare News Coverage"));

  px_test_destroy_window (window);
}

static void
test_window_open_sample (void)
{
  PxWindow *window = px_test_new_window ();
  PxComparisonView *view = px_window_get_comparison_view (window);
  g_autoptr(GPtrArray) expected = NULL;
  g_autoptr(PxArticleLoader) loader = px_article_loader_new ();
  g_autoptr(GFile) sample = px_window_find_sample ("de");
  g_autofree char *shot = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (sample);
  expected = px_article_loader_load_set (loader, &sample, 1, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (expected->len, ==, 5);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", "s", "de");
  px_test_wait_idle (window);

  /* One pane per article, in file order, each headed by its outlet and title. */
  g_assert_cmpuint (px_comparison_view_get_n_panes (view), ==, 5);
  for (guint i = 0; i < expected->len; i++)
    {
      PxArticle *article = g_ptr_array_index (expected, i);
      PxSourcePane *pane = px_comparison_view_get_pane (view, i);
      g_autoptr(GString) labels = g_string_new (NULL);
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (px_source_pane_get_text_view (pane));
      g_autofree char *text = NULL;
      GtkTextIter start, end;

      collect_labels (GTK_WIDGET (pane), labels);
      g_assert_nonnull (strstr (labels->str, px_article_get_outlet (article)));
      g_assert_nonnull (strstr (labels->str, px_article_get_title (article)));
      g_assert_cmpstr (px_article_get_id (px_source_pane_get_article (pane)), ==,
                       px_article_get_id (article));

      /* The text is shown as loaded, read-only. */
      gtk_text_buffer_get_bounds (buffer, &start, &end);
      text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      g_assert_cmpstr (text, ==, px_article_get_text (article));
      g_assert_false (gtk_text_view_get_editable (px_source_pane_get_text_view (pane)));
    }

  wait_frames (GTK_WIDGET (window), 10);

  /* As many panes as fit at a readable width share the row, evenly; the
   * rest scroll sideways, and a note says how many are shown.
   */
  {
    PxSourcePane *first = px_comparison_view_get_pane (view, 0);
    int view_width = gtk_widget_get_width (GTK_WIDGET (view));
    int pane_width = gtk_widget_get_width (GTK_WIDGET (first));
    guint shown = px_comparison_view_get_n_shown (view);
    g_autofree char *note = NULL;
    int width;

    g_assert_cmpint (view_width, >, 0);
    g_assert_cmpuint (shown, >=, 1);
    g_assert_cmpuint (shown, <, 5);
    width = (view_width - (int)(shown - 1) * px_link_gutter_get_width ()) / (int)shown;
    g_assert_cmpint (pane_width, >=, 320);
    g_assert_cmpint (pane_width, >=, width - 2);
    g_assert_cmpint (pane_width, <=, width + 2);
    /* One more would not have fitted at the readable width. */
    g_assert_cmpint ((view_width - (int)shown * px_link_gutter_get_width ()) / (int)(shown + 1), <, 320);
    g_assert_cmpuint (px_comparison_view_get_n_gutters (view), ==, 4);

    note = g_strdup_printf ("%u of 5 sources shown (1–%u)", shown, shown);
    g_assert_cmpstr (px_comparison_view_get_overflow_text (view), ==, note);
  }

  shot = g_test_build_filename (G_TEST_BUILT, "screenshot-panes.png", NULL);
  /* On a busy display the first frames may come late; retry for a while. */
  for (guint attempt = 0; attempt < 50; attempt++)
    {
      g_clear_error (&error);
      if (px_save_widget_png (GTK_WIDGET (window), shot, &error))
        break;
      wait_frames (GTK_WIDGET (window), 3);
    }
  g_assert_no_error (error);
  g_assert_true (g_file_test (shot, G_FILE_TEST_EXISTS));
  g_test_message ("screenshot written to %s", shot);

  px_test_destroy_window (window);
}

static void
test_window_broken_file (void)
{
  PxWindow *window = px_test_new_window ();
  g_autofree char *dir = g_dir_make_tmp ("parallax-test-XXXXXX", NULL);
  g_autofree char *good1 = g_build_filename (dir, "a.txt", NULL);
  g_autofree char *good2 = g_build_filename (dir, "b.txt", NULL);
  g_autofree char *empty = g_build_filename (dir, "leer.txt", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  const char *toast;

  g_assert_true (g_file_set_contents (good1, "Der Rat hat am Montag getagt. Er beschloss nichts.", -1, NULL));
  g_assert_true (g_file_set_contents (good2, "Der Rat tagte am Montag. Beschlüsse gab es keine.", -1, NULL));
  g_assert_true (g_file_set_contents (empty, "", 0, NULL));

  px_window_open_files (window, &folder, 1);
  px_test_wait_idle (window);

  /* The readable files open; the empty one is named in a toast. */
  g_assert_cmpuint (px_comparison_view_get_n_panes (px_window_get_comparison_view (window)), ==, 2);
  toast = px_window_get_last_toast (window);
  g_assert_nonnull (toast);
  g_assert_nonnull (strstr (toast, "leer.txt"));

  g_unlink (good1);
  g_unlink (good2);
  g_unlink (empty);
  g_rmdir (dir);
  px_test_destroy_window (window);
}

static void
open_sample_and_wait (PxWindow *window)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", "s", "de");
  px_test_wait_idle (window);
  g_assert_cmpuint (px_comparison_view_get_n_panes (px_window_get_comparison_view (window)), ==, 5);
}

/* Classroom mode: no pane header names an outlet, headline or date. */
static void
test_window_classroom (void)
{
  PxWindow *window = px_test_new_window ();
  PxComparisonView *view = px_window_get_comparison_view (window);
  GPtrArray *articles;

  open_sample_and_wait (window);
  articles = px_window_get_articles (window);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.classroom", NULL);
  g_assert_true (px_window_get_classroom (window));
  g_assert_true (px_window_get_dirty (window));

  for (guint i = 0; i < px_comparison_view_get_n_panes (view); i++)
    {
      g_autofree char *header = px_source_pane_dup_header_text (px_comparison_view_get_pane (view, i));
      g_autofree char *text = px_source_pane_dup_text (px_comparison_view_get_pane (view, i));
      g_autofree char *expected = g_strdup_printf ("Source %c", 'A' + i);

      g_assert_nonnull (strstr (header, expected));
      for (guint a = 0; a < articles->len; a++)
        {
          PxArticle *article = g_ptr_array_index (articles, a);

          g_assert_null (strstr (header, px_article_get_outlet (article)));
          g_assert_null (strstr (header, px_article_get_title (article)));
          /* Articles that name an outlet in their text do not give it away. */
          g_assert_null (strstr (text, px_article_get_outlet (article)));
        }
    }

  /* Revealing shows the outlets, and the text as written, again. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.classroom", NULL);
  {
    g_autofree char *header = px_source_pane_dup_header_text (px_comparison_view_get_pane (view, 0));
    g_assert_nonnull (strstr (header, px_article_get_outlet (g_ptr_array_index (articles, 0))));
    for (guint i = 0; i < px_comparison_view_get_n_panes (view); i++)
      {
        PxSourcePane *pane = px_comparison_view_get_pane (view, i);
        g_autofree char *text = px_source_pane_dup_text (pane);

        g_assert_cmpstr (text, ==, px_article_get_text (px_source_pane_get_article (pane)));
      }
  }

  px_test_destroy_window (window);
}

static void
wait_until_clean (PxWindow *window)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (20, timeout_cb, &timed_out);

  while ((px_window_get_busy (window) || px_window_get_dirty (window)) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (id);
}

/* Save a comparison, open it in a fresh window: same articles, classroom
 * mode restored. Then a damaged file is refused and the window keeps what
 * it showed.
 */
static void
test_window_project (void)
{
  PxWindow *window = px_test_new_window ();
  PxWindow *second;
  g_autofree char *dir = g_dir_make_tmp ("parallax-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "klasse.parallax", NULL);
  g_autofree char *broken = g_build_filename (dir, "kaputt.parallax", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) broken_file = g_file_new_for_path (broken);

  open_sample_and_wait (window);
  px_window_set_classroom (window, TRUE);
  px_window_save_to (window, file);
  wait_until_clean (window);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  second = px_test_new_window ();
  px_window_open_files (second, &file, 1);
  px_test_wait_idle (second);
  g_assert_cmpuint (px_comparison_view_get_n_panes (px_window_get_comparison_view (second)), ==, 5);
  g_assert_true (px_window_get_classroom (second));
  g_assert_false (px_window_get_dirty (second));
  for (guint i = 0; i < 5; i++)
    g_assert_cmpstr (px_article_get_text (g_ptr_array_index (px_window_get_articles (second), i)), ==,
                     px_article_get_text (g_ptr_array_index (px_window_get_articles (window), i)));

  g_assert_true (g_file_set_contents (broken, "{\"format\": \"parallax-project\", \"version\": 1, \"art", -1, NULL));
  px_window_open_files (second, &broken_file, 1);
  px_test_wait_idle (second);
  g_assert_nonnull (strstr (px_window_get_last_toast (second), "kaputt.parallax"));
  g_assert_cmpuint (px_comparison_view_get_n_panes (px_window_get_comparison_view (second)), ==, 5);
  g_assert_true (px_window_get_classroom (second));

  g_unlink (path);
  g_unlink (broken);
  g_rmdir (dir);
  px_test_destroy_window (second);
  px_test_destroy_window (window);
}

static void
test_window_german (void)
{
  PxWindow *window;
  g_autoptr(GString) labels = g_string_new (NULL);

  if (g_strcmp0 (g_getenv ("LANGUAGE"), "de") != 0)
    {
      g_test_skip ("run with LANGUAGE=de");
      return;
    }

  window = px_test_new_window ();
  collect_labels (GTK_WIDGET (window), labels);
  g_assert_nonnull (strstr (labels->str, "Nachrichten vergleichen"));
  g_assert_null (strstr (labels->str, "Compare News Coverage"));
  px_test_destroy_window (window);
}

static void
notified_cb (GObject    *object,
             GParamSpec *pspec,
             gpointer    user_data)
{
  *(gboolean *)user_data = TRUE;
}

/* The window comes back as it was closed: its size, and whether it was
 * maximised (GSettings, as Text Editor does).
 */
static void
test_window_state (void)
{
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  PxWindow *window = g_object_new (PX_TYPE_WINDOW, NULL);
  gboolean maximized = FALSE;
  int width = 0, height = 0;

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 700);
  gtk_window_present (GTK_WINDOW (window));
  wait_frames (GTK_WIDGET (window), 3);
  gtk_window_close (GTK_WINDOW (window));
  px_test_spin (80);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1100);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 700);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  window = g_object_new (PX_TYPE_WINDOW, NULL);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 1100);
  g_assert_cmpint (height, ==, 700);
  gtk_window_destroy (GTK_WINDOW (window));

  /* Maximised, it asks to be shown maximised before it is mapped. (Without
   * a window manager Xvfb cannot maximise, so the request is what is seen.)
   */
  g_settings_set_boolean (settings, "window-maximized", TRUE);
  window = g_object_new (PX_TYPE_WINDOW, NULL);
  g_signal_connect (window, "notify::maximized", G_CALLBACK (notified_cb), &maximized);
  gtk_window_present (GTK_WINDOW (window));
  wait_frames (GTK_WIDGET (window), 3);
  g_assert_true (maximized);
  gtk_window_destroy (GTK_WINDOW (window));

  g_settings_reset (settings, "window-maximized");
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

/* Without a saved size, the window takes most of the screen, so that the
 * sources fit side by side; the schema's default is for screens GTK cannot
 * measure.
 */
static void
test_window_first_size (void)
{
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  GListModel *monitors = gdk_display_get_monitors (gdk_display_get_default ());
  g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, 0);
  PxWindow *window;
  GdkRectangle geometry;
  int width = 0, height = 0;

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  gdk_monitor_get_geometry (monitor, &geometry);
  window = g_object_new (PX_TYPE_WINDOW, NULL);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, geometry.width * 9 / 10);
  g_assert_cmpint (height, ==, geometry.height * 9 / 10);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
collect_accel (GHashTable *set,
               const char *accel)
{
  guint key;
  GdkModifierType mods;

  g_assert_true (gtk_accelerator_parse (accel, &key, &mods));
  g_hash_table_add (set, gtk_accelerator_name (key, mods));
}

static void
collect_trigger (GHashTable         *set,
                 GtkShortcutTrigger *trigger)
{
  if (GTK_IS_ALTERNATIVE_TRIGGER (trigger))
    {
      collect_trigger (set, gtk_alternative_trigger_get_first (GTK_ALTERNATIVE_TRIGGER (trigger)));
      collect_trigger (set, gtk_alternative_trigger_get_second (GTK_ALTERNATIVE_TRIGGER (trigger)));
    }
  else if (GTK_IS_KEYVAL_TRIGGER (trigger))
    g_hash_table_add (set, gtk_accelerator_name (gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)),
                                                 gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger))));
}

/* The key bindings for the actions named @prefix… of a widget (GTK's own
 * classes bind dozens of editing and focus keys, which are not ours to
 * list).
 */
static void
collect_bindings (GHashTable *set,
                  GtkWidget  *widget,
                  const char *action)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint k = 0; k < g_list_model_get_n_items (G_LIST_MODEL (controller)); k++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), k);
          GtkShortcutAction *shortcut_action = gtk_shortcut_get_action (shortcut);

          if (!GTK_IS_NAMED_ACTION (shortcut_action) ||
              !g_str_has_prefix (gtk_named_action_get_action_name (GTK_NAMED_ACTION (shortcut_action)), action))
            continue;
          collect_trigger (set, gtk_shortcut_get_trigger (shortcut));
        }
    }
}

/* Every shortcut the app installs, as accelerators of the application and
 * as key bindings of its widgets, is listed in the shortcuts window.
 */
static void
test_window_shortcuts (void)
{
  g_autoptr(PxApplication) app = px_application_new ();
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/parallax/Parallax/gtk/help-overlay.ui");
  g_autoptr(GHashTable) installed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) actions = NULL;
  g_autoptr(GError) error = NULL;
  GSList *objects;
  PxWindow *window;
  GHashTableIter iter;
  gpointer accel;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  actions = gtk_application_list_action_descriptions (GTK_APPLICATION (app));
  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), actions[i]);

      for (guint k = 0; accels[k] != NULL; k++)
        collect_accel (installed, accels[k]);
    }
  g_assert_cmpuint (g_hash_table_size (installed), >=, 15);

  window = px_test_new_window ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", "s", "de");
  px_test_wait_idle (window);
  collect_bindings (installed, GTK_WIDGET (window), "win.");
  collect_bindings (installed, GTK_WIDGET (px_window_get_comparison_view (window)), "comparison.");
  collect_bindings (installed, GTK_WIDGET (px_source_pane_get_text_view (px_comparison_view_get_pane (
                                 px_window_get_comparison_view (window), 0))), "menu.popup");

  objects = gtk_builder_get_objects (builder);
  for (GSList *l = objects; l != NULL; l = l->next)
    {
      g_autofree char *accelerator = NULL;
      g_auto(GStrv) alternatives = NULL;

      if (!GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        continue;
      g_object_get (l->data, "accelerator", &accelerator, NULL);
      alternatives = g_strsplit (accelerator != NULL ? accelerator : "", " ", -1);
      for (guint k = 0; alternatives[k] != NULL; k++)
        if (*alternatives[k] != '\0')
          collect_accel (listed, alternatives[k]);
    }
  g_slist_free (objects);

  g_hash_table_iter_init (&iter, installed);
  while (g_hash_table_iter_next (&iter, &accel, NULL))
    if (!g_hash_table_contains (listed, accel))
      g_error ("%s is not listed in the shortcuts window", (char *)accel);

  px_test_destroy_window (window);
}

static gboolean
menu_has_action (GMenuModel *menu,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuLinkIter) links = g_menu_model_iterate_item_links (menu, i);

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_str_equal (name, action))
        return TRUE;
      while (g_menu_link_iter_next (links))
        {
          g_autoptr(GMenuModel) link = g_menu_link_iter_get_value (links);

          if (menu_has_action (link, action))
            return TRUE;
        }
    }
  return FALSE;
}

static GMenuModel *
find_main_menu (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget)))
    return gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GMenuModel *menu = find_main_menu (child);

      if (menu != NULL)
        return menu;
    }
  return NULL;
}

/* The main menu reaches export and printing, not only the header's button. */
static void
test_window_main_menu (void)
{
  PxWindow *window = px_test_new_window ();
  GMenuModel *menu = find_main_menu (GTK_WIDGET (window));

  g_assert_nonnull (menu);
  g_assert_true (menu_has_action (menu, "win.export"));
  g_assert_true (menu_has_action (menu, "win.print"));
  g_assert_true (menu_has_action (menu, "win.show-help-overlay"));
  px_test_destroy_window (window);
}

int
main (int    argc,
      char **argv)
{
  px_test_ui_init (&argc, &argv);

  if (g_strcmp0 (g_getenv ("LANGUAGE"), "de") == 0)
    {
      g_test_add_func ("/window/german", test_window_german);
      return g_test_run ();
    }

  g_test_add_func ("/window/threshold-default", test_window_threshold_default);
  g_test_add_func ("/window/empty", test_window_empty);
  g_test_add_func ("/window/open-sample", test_window_open_sample);
  g_test_add_func ("/window/broken-file", test_window_broken_file);
  g_test_add_func ("/window/classroom", test_window_classroom);
  g_test_add_func ("/window/project", test_window_project);
  g_test_add_func ("/window/state", test_window_state);
  g_test_add_func ("/window/first-size", test_window_first_size);
  g_test_add_func ("/window/shortcuts", test_window_shortcuts);
  g_test_add_func ("/window/main-menu", test_window_main_menu);
  g_test_add_func ("/window/german", test_window_german);

  return g_test_run ();
}
