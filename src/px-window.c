/* px-window.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-window"

#include "config.h"

#include <glib/gi18n.h>

#include "px-window.h"

struct _PxWindow
{
  AdwApplicationWindow  parent_instance;

  /* Owned */
  GSettings            *settings;
  GCancellable         *cancellable;
  GPtrArray            *articles;
  char                 *last_toast;
  GtkFileChooserNative *chooser;
  GtkCssProvider       *text_css;
  guint                 busy : 1;

  /* Template widgets */
  AdwHeaderBar         *header_bar;
  AdwWindowTitle       *window_title;
  GtkSpinner           *spinner;
  GtkSpinner           *loading_spinner;
  AdwToastOverlay      *toasts;
  GtkStack             *stack;
  AdwStatusPage        *empty_page;
  PxComparisonView     *comparison_view;
};

enum {
  PROP_0,
  PROP_BUSY,
  PROP_N_ARTICLES,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (PxWindow, px_window, ADW_TYPE_APPLICATION_WINDOW)

static GParamSpec *properties[N_PROPS];

static void
actions_update (PxWindow *self)
{
  gboolean has_set = self->articles != NULL && self->articles->len > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.close-set", has_set && !self->busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel", self->busy);
}

static void
show_toast (PxWindow   *self,
            const char *message)
{
  AdwToast *toast = adw_toast_new (message);

  /* Messages name files and reasons; give people time to read them. */
  adw_toast_set_timeout (toast, 8);
  adw_toast_overlay_add_toast (self->toasts, toast);

  g_free (self->last_toast);
  self->last_toast = g_strdup (message);
}

static void
set_busy (PxWindow *self,
          gboolean  busy)
{
  if (self->busy == !!busy)
    return;

  self->busy = !!busy;
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_spinner_set_spinning (self->loading_spinner, busy);
  actions_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
set_articles (PxWindow  *self,
              GPtrArray *articles)
{
  g_autofree char *subtitle = NULL;

  g_clear_pointer (&self->articles, g_ptr_array_unref);
  if (articles != NULL)
    self->articles = g_ptr_array_ref (articles);

  px_comparison_view_set_articles (self->comparison_view, articles);

  if (articles == NULL || articles->len == 0)
    {
      adw_window_title_set_subtitle (self->window_title, NULL);
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
  else
    {
      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u article", "%u articles",
                                               articles->len),
                                  articles->len);
      adw_window_title_set_subtitle (self->window_title, subtitle);
      gtk_stack_set_visible_child_name (self->stack, "comparison");
    }

  actions_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ARTICLES]);
}

static void
load_set_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  PxArticleLoader *loader = (PxArticleLoader *)object;
  g_autoptr(PxWindow) self = user_data;
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GPtrArray) errors = NULL;
  g_autoptr(GError) error = NULL;

  g_assert (PX_IS_ARTICLE_LOADER (loader));
  g_assert (PX_IS_WINDOW (self));

  articles = px_article_loader_load_set_finish (loader, result, &errors, &error);

  /* A cancelled load was replaced by a newer one or the window closed. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_busy (self, FALSE);

  if (articles == NULL)
    {
      show_toast (self, error->message);
      set_articles (self, self->articles);
      return;
    }

  for (guint i = 0; i < errors->len; i++)
    show_toast (self, g_ptr_array_index (errors, i));

  for (guint i = 0; i < articles->len; i++)
    {
      const char * const *warnings = px_article_get_warnings (g_ptr_array_index (articles, i));

      for (guint w = 0; warnings[w] != NULL; w++)
        show_toast (self, warnings[w]);
    }

  set_articles (self, articles);
}

/**
 * px_window_open_files:
 * @self: a #PxWindow
 * @files: (array length=n_files): files and folders
 * @n_files: length of @files
 *
 * Loads the files in a worker thread and replaces the shown set with them.
 * Files that cannot be read are reported as toasts; the others open.
 */
void
px_window_open_files (PxWindow  *self,
                      GFile    **files,
                      guint      n_files)
{
  g_autoptr(PxArticleLoader) loader = NULL;

  g_return_if_fail (PX_IS_WINDOW (self));

  if (n_files == 0)
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  loader = px_article_loader_new ();
  px_article_loader_set_max_size (loader, g_settings_get_uint64 (self->settings, "max-file-size"));

  set_busy (self, TRUE);
  gtk_stack_set_visible_child_name (self->stack, "loading");

  px_article_loader_load_set_async (loader, files, n_files, self->cancellable,
                                    load_set_cb, g_object_ref (self));
}

/**
 * px_window_find_sample:
 * @language: "de" or "en"
 *
 * Looks for the bundled sample set: $PARALLAX_SAMPLEDIR, the installed data
 * folder, then the source tree (for uninstalled builds).
 *
 * Returns: (transfer full) (nullable): the sample folder
 */
GFile *
px_window_find_sample (const char *language)
{
  const char *dirs[] = { g_getenv ("PARALLAX_SAMPLEDIR"), PKGDATADIR "/samples", SOURCE_SAMPLEDIR };

  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autofree char *path = NULL;

      if (dirs[i] == NULL)
        continue;
      path = g_build_filename (dirs[i], language, NULL);
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        return g_file_new_for_path (path);
    }
  return NULL;
}

void
px_window_open_sample (PxWindow   *self,
                       const char *language)
{
  g_autoptr(GFile) folder = NULL;

  g_return_if_fail (PX_IS_WINDOW (self));

  if (!(folder = px_window_find_sample (language)))
    {
      show_toast (self, _("The sample articles are not installed"));
      return;
    }
  px_window_open_files (self, &folder, 1);
}

static void
chooser_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     gpointer         user_data)
{
  PxWindow *self = user_data;
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GPtrArray) files = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      model = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
      files = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        g_ptr_array_add (files, g_list_model_get_item (model, i));
      px_window_open_files (self, (GFile **)files->pdata, files->len);
    }

  g_clear_object (&self->chooser);
}

static void
run_chooser (PxWindow             *self,
             GtkFileChooserAction  action)
{
  g_autoptr(GtkFileFilter) articles = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  const char *title;

  title = action == GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER ? _("Open Article Folder")
                                                          : _("Open Articles");
  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action,
                                               _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);

  if (action == GTK_FILE_CHOOSER_ACTION_OPEN)
    {
      gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (self->chooser), TRUE);
      gtk_file_filter_set_name (articles, _("Articles (text, Markdown, HTML)"));
      gtk_file_filter_add_suffix (articles, "txt");
      gtk_file_filter_add_suffix (articles, "md");
      gtk_file_filter_add_suffix (articles, "markdown");
      gtk_file_filter_add_suffix (articles, "html");
      gtk_file_filter_add_suffix (articles, "htm");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), articles);
      gtk_file_filter_set_name (all, _("All Files"));
      gtk_file_filter_add_pattern (all, "*");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
    }

  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  run_chooser (PX_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_OPEN);
}

static void
open_folder_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  run_chooser (PX_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER);
}

static void
open_sample_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  px_window_open_sample (PX_WINDOW (widget), g_variant_get_string (param, NULL));
}

static void
close_set_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  set_articles (PX_WINDOW (widget), NULL);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PxWindow *self = PX_WINDOW (widget);

  g_cancellable_cancel (self->cancellable);
  set_busy (self, FALSE);
  set_articles (self, self->articles);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         gpointer       user_data)
{
  PxWindow *self = user_data;
  GSList *list;
  g_autoptr(GPtrArray) files = g_ptr_array_new ();

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  list = g_value_get_boxed (value);
  for (GSList *l = list; l != NULL; l = l->next)
    g_ptr_array_add (files, l->data);

  if (files->len == 0)
    return FALSE;

  px_window_open_files (self, (GFile **)files->pdata, files->len);
  return TRUE;
}

static void
save_window_state (PxWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)))
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_apply (self->settings);
}

static gboolean
px_window_close_request (GtkWindow *window)
{
  save_window_state (PX_WINDOW (window));

  return GTK_WINDOW_CLASS (px_window_parent_class)->close_request (window);
}

static void
text_size_changed_cb (PxWindow   *self,
                      const char *key,
                      GSettings  *settings)
{
  g_autofree char *css = NULL;

  css = g_strdup_printf (".source-pane textview { font-size: %dpt; }",
                         g_settings_get_int (settings, "text-size"));
  gtk_css_provider_load_from_data (self->text_css, css, -1);
}

static void
px_window_dispose (GObject *object)
{
  PxWindow *self = (PxWindow *)object;

  if (self->text_css != NULL)
    {
      gtk_style_context_remove_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                                     GTK_STYLE_PROVIDER (self->text_css));
      g_clear_object (&self->text_css);
    }

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), PX_TYPE_WINDOW);

  G_OBJECT_CLASS (px_window_parent_class)->dispose (object);
}

static void
px_window_finalize (GObject *object)
{
  PxWindow *self = (PxWindow *)object;

  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->articles, g_ptr_array_unref);
  g_clear_pointer (&self->last_toast, g_free);

  G_OBJECT_CLASS (px_window_parent_class)->finalize (object);
}

static void
px_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PxWindow *self = PX_WINDOW (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;

    case PROP_N_ARTICLES:
      g_value_set_uint (value, self->articles ? self->articles->len : 0);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_window_class_init (PxWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = px_window_dispose;
  object_class->finalize = px_window_finalize;
  object_class->get_property = px_window_get_property;

  window_class->close_request = px_window_close_request;

  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_N_ARTICLES] =
    g_param_spec_uint ("n-articles", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PX_TYPE_COMPARISON_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/parallax/Parallax/ui/px-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PxWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, toasts);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, comparison_view);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-folder", NULL, open_folder_action);
  gtk_widget_class_install_action (widget_class, "win.open-sample", "s", open_sample_action);
  gtk_widget_class_install_action (widget_class, "win.close-set", NULL, close_set_action);
  gtk_widget_class_install_action (widget_class, "win.cancel", NULL, cancel_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.cancel", NULL);
}

static void
px_window_init (PxWindow *self)
{
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (SCHEMA_ID);
  self->cancellable = g_cancellable_new ();

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  /* The text size applies to every pane of this window. */
  self->text_css = gtk_css_provider_new ();
  gtk_style_context_add_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                              GTK_STYLE_PROVIDER (self->text_css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  g_signal_connect_object (self->settings, "changed::text-size",
                           G_CALLBACK (text_size_changed_cb), self, G_CONNECT_SWAPPED);
  text_size_changed_cb (self, "text-size", self->settings);

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  actions_update (self);
}

PxWindow *
px_window_new (AdwApplication *application)
{
  return g_object_new (PX_TYPE_WINDOW, "application", application, NULL);
}

/**
 * px_window_get_articles:
 * @self: a #PxWindow
 *
 * Returns: (transfer none) (nullable) (element-type PxArticle): the shown set
 */
GPtrArray *
px_window_get_articles (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);
  return self->articles;
}

PxComparisonView *
px_window_get_comparison_view (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);
  return self->comparison_view;
}

gboolean
px_window_get_busy (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), FALSE);
  return self->busy;
}

/**
 * px_window_get_last_toast:
 * @self: a #PxWindow
 *
 * Returns: (nullable): the text of the most recent toast, for tests
 */
const char *
px_window_get_last_toast (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);
  return self->last_toast;
}
