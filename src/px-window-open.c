/* px-window-open.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-window"

#include "config.h"

#include <glib/gi18n.h>

#include "px-window-private.h"

/* Opening and saving: files, folders, samples and projects read in worker
 * threads, the file choosers, the recent projects, and files dropped on the
 * window.
 */

static gboolean
threshold_in_range (GSettings *settings,
                    double     threshold)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) key = NULL;
  g_autoptr(GVariant) value = g_variant_ref_sink (g_variant_new_double (threshold));

  g_object_get (settings, "settings-schema", &schema, NULL);
  key = g_settings_schema_get_key (schema, "alignment-threshold");
  return g_settings_schema_key_range_check (key, value);
}

/* A newly opened set starts a new, unsaved project. */
static void
set_project (PxWindow  *self,
             PxProject *project,
             GFile     *file)
{
  g_set_object (&self->project, project);
  g_set_object (&self->project_file, file);
  self->dirty = FALSE;

  if (project != NULL && px_project_get_classroom (project) != self->classroom)
    {
      self->classroom = px_project_get_classroom (project);
      _px_window_notify (self, PROP_CLASSROOM);
    }

  g_clear_object (&self->raw_alignment);
  g_clear_object (&self->alignment);
  g_clear_object (&self->comparison);
  g_ptr_array_set_size (self->redo, 0);
  _px_window_set_articles (self, project ? px_project_get_articles (project) : NULL);
  px_comparison_view_set_show_wording (self->comparison_view,
                                       g_settings_get_boolean (self->settings, "highlight-wording"));

  /* A project brings its own threshold; the preference follows it, which
   * also starts the alignment. The file allows 0 to 1, the preference a
   * narrower range, and setting a value outside it would be a critical.
   */
  if (project != NULL && px_project_get_threshold (project) > 0 &&
      px_project_get_threshold (project) != g_settings_get_double (self->settings, "alignment-threshold") &&
      threshold_in_range (self->settings, px_project_get_threshold (project)))
    g_settings_set_double (self->settings, "alignment-threshold", px_project_get_threshold (project));
  _px_window_start_alignment (self);

  _px_window_notify (self, PROP_DIRTY);
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

  _px_window_set_busy (self, FALSE);

  if (articles == NULL)
    {
      _px_window_show_toast (self, error->message);
      _px_window_set_articles (self, self->articles);
      return;
    }

  for (guint i = 0; i < errors->len; i++)
    _px_window_show_toast (self, g_ptr_array_index (errors, i));

  for (guint i = 0; i < articles->len; i++)
    {
      const char * const *warnings = px_article_get_warnings (g_ptr_array_index (articles, i));

      for (guint w = 0; warnings[w] != NULL; w++)
        _px_window_show_toast (self, warnings[w]);
    }

  {
    g_autoptr(PxProject) project = px_project_new (articles);
    set_project (self, project, NULL);
  }
}

static void
load_project_worker (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  g_autofree char *path = g_file_get_path (task_data);
  GError *error = NULL;
  PxProject *project;

  if ((project = px_project_load (path, &error)))
    g_task_return_pointer (task, project, g_object_unref);
  else
    g_task_return_error (task, error);
}

static void
load_project_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  PxWindow *self = PX_WINDOW (object);
  g_autoptr(PxProject) project = NULL;
  g_autoptr(GError) error = NULL;
  GFile *file = g_task_get_task_data (G_TASK (result));

  project = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  _px_window_set_busy (self, FALSE);

  /* A damaged project changes nothing: the current set stays as it was. */
  if (project == NULL)
    {
      _px_window_show_toast (self, error->message);
      _px_window_set_articles (self, self->articles);
      return;
    }

  set_project (self, project, file);
  {
    g_autofree char *uri = g_file_get_uri (file);
    gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
  }
}

static gboolean
is_project_file (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);

  return name != NULL && g_str_has_suffix (name, ".parallax");
}

/**
 * px_window_open_project:
 * @self: a #PxWindow
 * @file: a .parallax project file
 *
 * Opens a saved comparison in a worker thread; a damaged or newer file is
 * reported and changes nothing.
 */
void
px_window_open_project (PxWindow *self,
                        GFile    *file)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PX_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  _px_window_set_busy (self, TRUE);
  gtk_stack_set_visible_child_name (self->stack, "loading");

  task = g_task_new (self, self->cancellable, load_project_cb, NULL);
  g_task_set_source_tag (task, px_window_open_project);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_project_worker);
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

  if (n_files == 1 && is_project_file (files[0]))
    {
      px_window_open_project (self, files[0]);
      return;
    }

  /* The set is named after its folder when it is one. */
  g_clear_pointer (&self->set_name, g_free);
  if (n_files == 1 && g_file_query_file_type (files[0], G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY)
    self->set_name = g_file_get_basename (files[0]);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  loader = px_article_loader_new ();
  px_article_loader_set_max_size (loader, g_settings_get_uint64 (self->settings, "max-file-size"));

  _px_window_set_busy (self, TRUE);
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
      _px_window_show_toast (self, _("The sample articles are not installed"));
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

void
_px_window_run_open_chooser (PxWindow             *self,
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
      gtk_file_filter_set_name (articles, _("Articles and Projects"));
      gtk_file_filter_add_suffix (articles, "txt");
      gtk_file_filter_add_suffix (articles, "md");
      gtk_file_filter_add_suffix (articles, "markdown");
      gtk_file_filter_add_suffix (articles, "html");
      gtk_file_filter_add_suffix (articles, "htm");
      gtk_file_filter_add_suffix (articles, "parallax");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), articles);
      gtk_file_filter_set_name (all, _("All Files"));
      gtk_file_filter_add_pattern (all, "*");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
    }

  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
save_worker (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  PxProject *project = g_object_get_data (G_OBJECT (task), "project");
  g_autofree char *path = g_file_get_path (task_data);
  GError *error = NULL;

  if (px_project_save (project, path, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
save_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  PxWindow *self = PX_WINDOW (object);
  GFile *file = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  gboolean close_after = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (result), "close-after"));

  _px_window_set_busy (self, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      /* The previous file is intact; say so, so nobody panics. */
      g_autofree char *message = g_strdup_printf (_("%s (the previous file is unchanged)"), error->message);
      _px_window_show_toast (self, message);
      return;
    }

  g_set_object (&self->project_file, file);
  _px_window_set_dirty (self, FALSE);
  _px_window_update_title (self);
  {
    g_autofree char *uri = g_file_get_uri (file);
    gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
  }
  _px_window_show_toast (self, _("Comparison saved"));

  if (close_after)
    {
      self->close_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
}

void
_px_window_save (PxWindow *self,
         GFile    *file,
         gboolean  close_after)
{
  g_autoptr(GTask) task = NULL;

  if (self->project == NULL)
    return;

  px_project_set_classroom (self->project, self->classroom);
  px_project_set_threshold (self->project, g_settings_get_double (self->settings, "alignment-threshold"));

  task = g_task_new (self, NULL, save_cb, NULL);
  g_task_set_source_tag (task, _px_window_save);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_object_set_data_full (G_OBJECT (task), "project", g_object_ref (self->project), g_object_unref);
  g_object_set_data (G_OBJECT (task), "close-after", GINT_TO_POINTER (close_after));
  _px_window_set_busy (self, TRUE);
  g_task_run_in_thread (task, save_worker);
}

static void
save_chooser_response_cb (GtkNativeDialog *dialog,
                          int              response,
                          gpointer         user_data)
{
  PxWindow *self = user_data;
  gboolean close_after = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "close-after"));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *name = g_file_get_basename (file);

      /* Projects are recognised by their extension; add it if missing. */
      if (!g_str_has_suffix (name, ".parallax"))
        {
          g_autoptr(GFile) parent = g_file_get_parent (file);
          g_autofree char *with_ext = g_strconcat (name, ".parallax", NULL);

          g_set_object (&file, g_file_get_child (parent, with_ext));
        }
      _px_window_save (self, file, close_after);
    }

  g_clear_object (&self->chooser);
}

void
_px_window_run_save_chooser (PxWindow *self,
                  gboolean  close_after)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Save Comparison"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Parallax Projects"));
  gtk_file_filter_add_suffix (filter, "parallax");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), _("Comparison.parallax"));
  g_object_set_data (G_OBJECT (self->chooser), "close-after", GINT_TO_POINTER (close_after));
  g_signal_connect (self->chooser, "response", G_CALLBACK (save_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/**
 * px_window_save_to:
 * @self: a #PxWindow
 * @file: where to save the project
 *
 * Saves the comparison as a project file in a worker thread.
 */
void
px_window_save_to (PxWindow *self,
                   GFile    *file)
{
  g_return_if_fail (PX_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  _px_window_save (self, file, FALSE);
}

/* The projects saved or opened lately, newest first, for the Open menu. */
void
_px_window_update_recent (PxWindow *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  g_autoptr(GPtrArray) projects = g_ptr_array_new ();

  g_menu_remove_all (self->recent_menu);

  for (GList *l = items; l != NULL; l = l->next)
    {
      const char *uri = gtk_recent_info_get_uri (l->data);

      if (g_str_has_suffix (uri, ".parallax") && gtk_recent_info_exists (l->data))
        g_ptr_array_add (projects, l->data);
    }

  for (guint i = 0; i < projects->len; i++)
    for (guint j = i + 1; j < projects->len; j++)
      if (gtk_recent_info_get_modified (g_ptr_array_index (projects, j)) >
          gtk_recent_info_get_modified (g_ptr_array_index (projects, i)))
        {
          gpointer tmp = projects->pdata[i];
          projects->pdata[i] = projects->pdata[j];
          projects->pdata[j] = tmp;
        }

  for (guint i = 0; i < MIN (projects->len, 8); i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (projects, i);
      g_autoptr(GMenuItem) item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);

      g_menu_item_set_action_and_target_value (item, "win.open-recent",
                                               g_variant_new_string (gtk_recent_info_get_uri (info)));
      g_menu_append_item (self->recent_menu, item);
    }

  g_list_free_full (items, (GDestroyNotify)gtk_recent_info_unref);
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

void
_px_window_open_init (PxWindow *self)
{
  GtkDropTarget *drop;

  self->recent_menu = g_menu_new ();
  g_menu_append_submenu (self->open_menu, _("Open _Recent"), G_MENU_MODEL (self->recent_menu));
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (_px_window_update_recent), self, G_CONNECT_SWAPPED);
  _px_window_update_recent (self);

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}
