/* px-window-actions.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-window"

#include "config.h"

#include <glib/gi18n.h>

#include "px-window-private.h"

/* The win.* actions and their enabled state, and the corrections the user
 * makes to the engine's claims.
 */

void
_px_window_actions_update (PxWindow *self)
{
  gboolean has_set = self->articles != NULL && self->articles->len > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.close-set", has_set && !self->busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel", self->busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", has_set && !self->busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", has_set && !self->busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", has_set && self->comparison != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 self->project != NULL && px_project_get_corrections (self->project)->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", self->redo != NULL && self->redo->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", has_set && self->comparison != NULL);
  _px_window_review_actions_update (self);
  _px_window_quiz_actions_update (self);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  _px_window_run_open_chooser (PX_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_OPEN);
}

static void
open_folder_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  _px_window_run_open_chooser (PX_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER);
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
  _px_window_set_articles (PX_WINDOW (widget), NULL);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PxWindow *self = PX_WINDOW (widget);

  g_cancellable_cancel (self->cancellable);
  if (self->align_cancellable != NULL)
    {
      g_cancellable_cancel (self->align_cancellable);
      g_clear_object (&self->align_cancellable);
      _px_window_set_aligning (self, FALSE);
    }
  _px_window_set_busy (self, FALSE);
  _px_window_set_articles (self, self->articles);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PxWindow *self = PX_WINDOW (widget);

  if (self->project_file != NULL)
    _px_window_save (self, self->project_file, FALSE);
  else
    _px_window_run_save_chooser (self, FALSE);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  _px_window_run_save_chooser (PX_WINDOW (widget), FALSE);
}

/**
 * px_window_add_correction:
 * @self: a #PxWindow
 * @kind: what to do
 * @members: (array length=n_members): the passages concerned
 * @n_members: their number
 *
 * Records a correction in the project and shows the corrected alignment at
 * once; the redo history is dropped, as in any editor.
 */
void
px_window_add_correction (PxWindow           *self,
                          PxCorrectionKind    kind,
                          const PxPassageRef *members,
                          guint               n_members)
{
  g_return_if_fail (PX_IS_WINDOW (self));

  if (self->project == NULL || n_members == 0)
    return;

  px_project_add_correction (self->project, kind, members, n_members);
  g_ptr_array_set_size (self->redo, 0);
  _px_window_set_dirty (self, TRUE);
  _px_window_show_alignment (self);
}

static gboolean
first_member_of_selected (PxWindow     *self,
                          PxPassageRef *ref)
{
  int group = px_comparison_view_get_selected_group (self->comparison_view);
  const PxAlignmentMember *members;
  guint n;

  if (group < 0 || self->alignment == NULL)
    return FALSE;
  members = px_alignment_group_get_members (self->alignment, group, &n);
  ref->document = (char *)px_article_get_id (px_alignment_get_article (self->alignment, members[0].article));
  ref->sentence = members[0].sentence;
  return TRUE;
}

static void
split_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   PxWindow         *self)
{
  GPtrArray *checks = g_object_get_data (G_OBJECT (dialog), "checks");
  g_autoptr(GArray) refs = g_array_new (FALSE, FALSE, sizeof (PxPassageRef));

  if (!g_str_equal (response, "split"))
    return;

  for (guint i = 0; i < checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (checks, i);

      if (gtk_check_button_get_active (check))
        {
          PxPassageRef ref = { g_object_get_data (G_OBJECT (check), "document"),
                               GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "sentence")) };
          g_array_append_val (refs, ref);
        }
    }

  if (refs->len > 0)
    px_window_add_correction (self, PX_CORRECTION_SPLIT, (const PxPassageRef *)(gpointer)refs->data, refs->len);
}

/* Splitting asks which of the claim's passages report the other claim. */
static void
run_split_dialog (PxWindow *self,
                  guint     group)
{
  const PxAlignmentMember *members;
  GPtrArray *checks = g_ptr_array_new ();
  GtkWidget *dialog, *box;
  guint n;

  members = px_alignment_group_get_members (self->alignment, group, &n);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Split Claim"),
                                   _("Choose the passages that report a different claim. "
                                     "They become a claim of their own."));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  for (guint m = 0; m < n; m++)
    {
      PxArticle *article = px_alignment_get_article (self->alignment, members[m].article);
      g_autofree char *text = px_article_dup_sentence_text (article, members[m].sentence);
      g_autofree char *label = NULL;
      GtkWidget *check;

      if (g_utf8_strlen (text, -1) > 90)
        {
          g_autofree char *cut = g_utf8_substring (text, 0, 89);
          g_free (text);
          text = g_strconcat (cut, "…", NULL);
        }
      label = g_strdup_printf ("%s: %s", px_article_get_outlet (article), text);
      check = gtk_check_button_new_with_label (label);
      gtk_widget_set_tooltip_text (check, label);
      g_object_set_data_full (G_OBJECT (check), "document", g_strdup (px_article_get_id (article)), g_free);
      g_object_set_data (G_OBJECT (check), "sentence", GUINT_TO_POINTER (members[m].sentence));
      gtk_box_append (GTK_BOX (box), check);
      g_ptr_array_add (checks, check);
    }

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "split", _("_Split"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "split", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "checks", checks, (GDestroyNotify)g_ptr_array_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (split_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
correct_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  PxWindow *self = PX_WINDOW (widget);
  const char *kind, *document;
  PxPassageRef refs[2];
  guint sentence;

  g_variant_get (param, "(&s&su)", &kind, &document, &sentence);
  refs[0].document = (char *)document;
  refs[0].sentence = sentence;

  if (g_str_equal (kind, "unlink"))
    px_window_add_correction (self, PX_CORRECTION_UNLINK, refs, 1);
  else if ((g_str_equal (kind, "link") || g_str_equal (kind, "merge")) && first_member_of_selected (self, &refs[1]))
    {
      int selected = px_comparison_view_get_selected_group (self->comparison_view);

      px_window_add_correction (self, g_str_equal (kind, "link") ? PX_CORRECTION_LINK : PX_CORRECTION_MERGE, refs, 2);
      /* The claim keeps its place in the list, so it stays selected. */
      px_comparison_view_select_group (self->comparison_view, selected);
    }
  else if (g_str_equal (kind, "split") && self->alignment != NULL)
    {
      for (guint a = 0; a < px_alignment_get_n_articles (self->alignment); a++)
        if (g_str_equal (px_article_get_id (px_alignment_get_article (self->alignment, a)), document))
          {
            const guint *groups;
            guint n;

            groups = px_alignment_get_groups_for_sentence (self->alignment, a, sentence, &n);
            if (n > 0)
              run_split_dialog (self, groups[0]);
          }
    }
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PxWindow *self = PX_WINDOW (widget);
  PxCorrection *correction;

  if (self->project == NULL || !(correction = px_project_take_last_correction (self->project)))
    return;
  g_ptr_array_add (self->redo, correction);
  _px_window_set_dirty (self, TRUE);
  _px_window_show_alignment (self);
  _px_window_show_toast (self, _("Correction undone"));
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PxWindow *self = PX_WINDOW (widget);

  if (self->project == NULL || self->redo->len == 0)
    return;
  px_project_push_correction (self->project, g_ptr_array_steal_index (self->redo, self->redo->len - 1));
  _px_window_set_dirty (self, TRUE);
  _px_window_show_alignment (self);
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));

  px_window_open_project (PX_WINDOW (widget), file);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  _px_window_run_export_chooser (PX_WINDOW (widget), g_variant_get_string (param, NULL));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  _px_window_print (PX_WINDOW (widget));
}

void
_px_window_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-folder", NULL, open_folder_action);
  gtk_widget_class_install_action (widget_class, "win.open-sample", "s", open_sample_action);
  gtk_widget_class_install_action (widget_class, "win.close-set", NULL, close_set_action);
  gtk_widget_class_install_action (widget_class, "win.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.correct", "(ssu)", correct_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_property_action (widget_class, "win.classroom", "classroom");
  gtk_widget_class_install_property_action (widget_class, "win.toggle-inspector", "inspector-visible");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.cancel", NULL);
  _px_window_class_review_init (widget_class);
  _px_window_class_quiz_init (widget_class);
}
