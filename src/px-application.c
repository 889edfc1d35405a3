/* px-application.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-application"

#include "config.h"

#include <glib/gi18n.h>

#include "px-application.h"
#include "px-preferences-window.h"
#include "px-window.h"

/* Frames to wait before a screenshot, so that text layout has settled. */
#define SCREENSHOT_FRAMES 12

struct _PxApplication
{
  AdwApplication  parent_instance;

  char           *screenshot_path;
  guint           screenshot_frames;
};

G_DEFINE_FINAL_TYPE (PxApplication, px_application, ADW_TYPE_APPLICATION)

/**
 * px_save_widget_png:
 * @widget: a realized, drawn widget
 * @path: where to write the PNG
 * @error: return location for a #GError
 *
 * Renders @widget through its paintable, the public route in GTK 4.
 *
 * Returns: %TRUE on success
 */
gboolean
px_save_widget_png (GtkWidget   *widget,
                    const char  *path,
                    GError     **error)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderNode *node;
  GskRenderer *renderer;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "The window has not been drawn yet");
      return FALSE;
    }

  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gsk_render_node_unref (node);

  if (!gdk_texture_save_to_png (texture, path))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Could not write %s", path);
      return FALSE;
    }
  return TRUE;
}

static gboolean
screenshot_tick_cb (GtkWidget     *widget,
                    GdkFrameClock *clock,
                    gpointer       user_data)
{
  PxApplication *self = user_data;
  g_autoptr(GError) error = NULL;

  if (px_window_get_busy (PX_WINDOW (widget)) || ++self->screenshot_frames < SCREENSHOT_FRAMES)
    return G_SOURCE_CONTINUE;

  if (!px_save_widget_png (widget, self->screenshot_path, &error))
    g_printerr ("parallax: %s\n", error->message);
  else
    g_print ("%s\n", self->screenshot_path);

  g_application_quit (G_APPLICATION (self));
  return G_SOURCE_REMOVE;
}

static PxWindow *
new_window (PxApplication *self)
{
  PxWindow *window = px_window_new (ADW_APPLICATION (self));

  if (self->screenshot_path != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (window), 1400, 860);
      gtk_widget_add_tick_callback (GTK_WIDGET (window), screenshot_tick_cb, self, NULL);
    }
  return window;
}

static void
px_application_activate (GApplication *app)
{
  PxApplication *self = PX_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (new_window (self));

  gtk_window_present (window);
}

static void
px_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  PxApplication *self = PX_APPLICATION (app);
  PxWindow *window = new_window (self);

  px_window_open_files (window, files, n_files);
  gtk_window_present (GTK_WINDOW (window));
}

static int
px_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  PxApplication *self = PX_APPLICATION (app);

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("parallax %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_lookup (options, "screenshot", "^ay", &self->screenshot_path))
    g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);

  return -1;
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  GtkApplication *app = user_data;
  static const char *developers[] = { "The Parallax Authors", NULL };

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", _("Parallax"),
                         "application-icon", APP_ID,
                         "developer-name", _("The Parallax Authors"),
                         "version", PACKAGE_VERSION,
                         "comments", _("Compare how several news outlets cover the same event: "
                                       "parallel passages, figures, wording, attribution, "
                                       "quotes and omissions."),
                         "website", "https://github.com/parallax/parallax",
                         "issue-url", "https://github.com/parallax/parallax/issues",
                         "developers", developers,
                         "copyright", "© 2026 The Parallax Authors",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         /* Translators: put your names here, one per line. */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  GtkApplication *app = user_data;

  gtk_window_present (GTK_WINDOW (px_preferences_window_new (gtk_application_get_active_window (app))));
}

static void
new_window_action (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  gtk_window_present (GTK_WINDOW (new_window (PX_APPLICATION (user_data))));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  GApplication *app = user_data;
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));

  /* Closing each window saves its state on the way out. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_list_free (windows);
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "preferences", preferences_action },
  { "new-window", new_window_action },
  { "quit", quit_action },
};

static void
px_application_startup (GApplication *app)
{
  static const struct { const char *action; const char *accels[3]; } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "app.new-window", { "<Control>n", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "win.open", { "<Control>o", NULL } },
    { "win.open-folder", { "<Control><Shift>o", NULL } },
    { "win.open-sample::de", { "<Control><Shift>m", NULL } },
    { "win.close-set", { "<Control><Shift>w", NULL } },
    { "win.save", { "<Control>s", NULL } },
    { "win.save-as", { "<Control><Shift>s", NULL } },
    { "win.classroom", { "<Control><Shift>h", NULL } },
    { "win.quiz", { "<Control><Shift>q", NULL } },
    { "win.toggle-inspector", { "F9", NULL } },
    { "win.export::pdf", { "<Control>e", NULL } },
    { "win.print", { "<Control>p", NULL } },
    { "win.undo", { "<Control>z", NULL } },
    { "win.review", { "<Control>r", NULL } },
    { "win.redo", { "<Control><Shift>z", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
  };

  G_APPLICATION_CLASS (px_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action,
                                           accels[i].accels);

  gtk_window_set_default_icon_name (APP_ID);
}

static void
px_application_finalize (GObject *object)
{
  PxApplication *self = (PxApplication *)object;

  g_clear_pointer (&self->screenshot_path, g_free);

  G_OBJECT_CLASS (px_application_parent_class)->finalize (object);
}

static void
px_application_class_init (PxApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = px_application_finalize;

  app_class->activate = px_application_activate;
  app_class->open = px_application_open;
  app_class->startup = px_application_startup;
  app_class->handle_local_options = px_application_handle_local_options;
}

static void
px_application_init (PxApplication *self)
{
  static const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version"), NULL },
    { "screenshot", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, NULL,
      N_("Write a PNG of the window once the articles are shown, then quit"), N_("FILE") },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE|FOLDER…]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Compare how several news outlets cover the same event."));
}

PxApplication *
px_application_new (void)
{
  return g_object_new (PX_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "resource-base-path", "/io/github/parallax/Parallax",
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       NULL);
}
