/* px-window-export.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-window"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "px-print-operation.h"
#include "px-window-private.h"

/* Exporting (PDF, HTML, CSV, JSON) in a worker thread, and printing; both
 * draw the comparison with the core's report renderer.
 */

char *
_px_window_dup_set_title (PxWindow *self)
{
  if (self->project_file != NULL)
    {
      g_autofree char *name = g_file_get_basename (self->project_file);
      char *dot = strrchr (name, '.');

      if (dot != NULL && dot != name)
        *dot = '\0';
      return g_steal_pointer (&name);
    }
  if (self->set_name != NULL)
    return g_strdup (self->set_name);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Comparison of %u source",
                                       "Comparison of %u sources",
                                       self->articles ? self->articles->len : 0),
                          self->articles ? self->articles->len : 0);
}

typedef struct
{
  PxComparison *comparison;
  char         *path;
  char         *format;
  char         *title;
  gboolean      classroom;
} Export;

static void
export_free (Export *export)
{
  g_clear_object (&export->comparison);
  g_free (export->path);
  g_free (export->format);
  g_free (export->title);
  g_free (export);
}

static void
export_worker (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Export *export = task_data;
  g_autoptr(PxReport) report = NULL;
  g_autofree char *contents = NULL;
  GError *error = NULL;
  gboolean ok;

  if (g_str_equal (export->format, "json"))
    {
      contents = px_comparison_to_json (export->comparison);
      ok = px_report_write_file (export->path, contents, strlen (contents), &error);
    }
  else
    {
      report = px_comparison_build_report (export->comparison, export->title, export->classroom);
      if (g_str_equal (export->format, "pdf"))
        ok = px_pdf_export (report, export->path, PX_PAPER_A4, PX_PAGE_AUTO, cancellable, &error);
      else
        {
          contents = g_str_equal (export->format, "csv") ? px_report_to_csv (report) : px_report_to_html (report);
          ok = px_report_write_file (export->path, contents, strlen (contents), &error);
        }
    }

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
export_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  PxWindow *self = PX_WINDOW (object);
  Export *export = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  _px_window_set_busy (self, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    _px_window_show_toast (self, error->message);
  else
    {
      g_autofree char *name = g_path_get_basename (export->path);
      g_autofree char *message = g_strdup_printf (_("Exported to %s"), name);

      _px_window_show_toast (self, message);
    }
}

/**
 * px_window_export:
 * @self: a #PxWindow
 * @format: "pdf", "html", "csv" or "json"
 * @path: the file to write
 *
 * Exports the comparison in a worker thread; the result is a toast.
 */
void
px_window_export (PxWindow   *self,
                  const char *format,
                  const char *path)
{
  g_autoptr(GTask) task = NULL;
  Export *export;

  g_return_if_fail (PX_IS_WINDOW (self));

  if (self->comparison == NULL)
    {
      _px_window_show_toast (self, _("The comparison is not ready yet"));
      return;
    }

  export = g_new0 (Export, 1);
  export->comparison = g_object_ref (self->comparison);
  export->path = g_strdup (path);
  export->format = g_strdup (format);
  export->title = _px_window_dup_set_title (self);
  export->classroom = self->classroom;

  task = g_task_new (self, NULL, export_cb, NULL);
  g_task_set_source_tag (task, px_window_export);
  g_task_set_task_data (task, export, (GDestroyNotify)export_free);
  _px_window_set_busy (self, TRUE);
  g_task_run_in_thread (task, export_worker);
}

static void
export_chooser_response_cb (GtkNativeDialog *dialog,
                            int              response,
                            gpointer         user_data)
{
  PxWindow *self = user_data;
  const char *format = g_object_get_data (G_OBJECT (dialog), "format");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);
      g_autofree char *with_ext = NULL;
      g_autofree char *suffix = g_strconcat (".", format, NULL);

      if (!g_str_has_suffix (path, suffix))
        with_ext = g_strconcat (path, suffix, NULL);
      px_window_export (self, format, with_ext ? with_ext : path);
    }

  g_clear_object (&self->chooser);
}

void
_px_window_run_export_chooser (PxWindow   *self,
                               const char *format)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *title = _px_window_dup_set_title (self);
  g_autofree char *name = g_strdup_printf ("%s.%s", title, format);
  g_autofree char *upper = g_ascii_strup (format, -1);

  g_clear_object (&self->chooser);
  /* Translators: %s is a format name such as PDF or CSV. */
  {
    g_autofree char *dialog_title = g_strdup_printf (_("Export Comparison as %s"), upper);

    self->chooser = gtk_file_chooser_native_new (dialog_title, GTK_WINDOW (self),
                                                 GTK_FILE_CHOOSER_ACTION_SAVE,
                                                 _("_Export"), _("_Cancel"));
  }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (filter, upper);
  gtk_file_filter_add_suffix (filter, format);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_object_set_data_full (G_OBJECT (self->chooser), "format", g_strdup (format), g_free);
  g_signal_connect (self->chooser, "response", G_CALLBACK (export_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               PxWindow                *self)
{
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      _px_window_show_toast (self, error ? error->message : _("Printing failed"));
    }
}

void
_px_window_print (PxWindow *self)
{
  g_autoptr(PxPrintOperation) operation = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GError) error = NULL;

  if (self->comparison == NULL)
    return;

  title = _px_window_dup_set_title (self);
  operation = px_print_operation_new (px_comparison_build_report (self->comparison, title, self->classroom));
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (operation), TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, 0);
  if (gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    _px_window_show_toast (self, error->message);
}
