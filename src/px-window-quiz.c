/* px-window-quiz.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-window"

#include "config.h"

#include <glib/gi18n.h>

#include "px-window-private.h"

/* The classroom quiz in the window: win.quiz turns it on (in classroom
 * mode, on the comparison as the teacher corrected it), the quiz bar says
 * what each click meant and keeps the score, and win.quiz-show shows the
 * picked passage's claim. Corrections are off meanwhile: the quiz only
 * changes what is shown, never the project.
 */

static void
update_score (PxWindow *self)
{
  guint total = px_quiz_get_n_total (self->quiz);
  g_autofree char *score = NULL;

  /* Translators: the quiz's score, "4 of 6 found"; the plural follows the total. */
  score = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u found", "%u of %u found", total),
                           px_quiz_get_n_found (self->quiz), total);
  px_quiz_bar_set_score (self->quiz_bar, score);
}

static char *
result_message (PxWindow     *self,
                PxQuizResult  result,
                guint         picked,
                guint         guessed)
{
  g_autofree char *a = _px_window_source_name_cb (picked, self);
  g_autofree char *b = _px_window_source_name_cb (guessed, self);
  guint left = px_quiz_get_tries_left (self->quiz);

  switch (result)
    {
    case PX_QUIZ_PICKED:
      return g_strdup (_("Now click the passage in another source that reports the same claim."));
    case PX_QUIZ_RIGHT:
      /* Translators: the quiz's verdict; %s are sources, "Source A" and "Source C". */
      return g_strdup_printf (_("Right — %s and %s both report this claim."), a, b);
    case PX_QUIZ_WRONG:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Not this one — try again (%u try left).",
                                           "Not this one — try again (%u tries left).", left),
                              left);
    case PX_QUIZ_GIVEN_UP:
      return g_strdup (_("Not found — here is where the other sources report it."));
    case PX_QUIZ_SHOWN:
      return g_strdup (_("Here is where the other sources report it."));
    case PX_QUIZ_NO_PARTNER:
      return g_strdup (_("No other source reports this passage — pick another one."));
    case PX_QUIZ_REVEALED:
      return g_strdup (_("This claim is shown already — pick another passage."));
    case PX_QUIZ_NONE:
    default:
      return g_strdup (_("Pick a passage, then click the passage in another source that reports the same claim."));
    }
}

static void
show_result (PxWindow     *self,
             PxQuizResult  result,
             guint         picked,
             guint         guessed)
{
  g_autofree char *message = result_message (self, result, picked, guessed);
  int group = px_quiz_get_last_group (self->quiz);

  if (result == PX_QUIZ_NONE)
    return;
  if (px_quiz_get_n_total (self->quiz) > 0 &&
      px_quiz_get_n_revealed (self->quiz) == px_quiz_get_n_total (self->quiz))
    {
      char *all = g_strdup_printf ("%s %s", message, _("Every claim is shown now."));

      g_free (message);
      message = all;
    }
  px_quiz_bar_set_message (self->quiz_bar, message);
  update_score (self);
  px_comparison_view_quiz_changed (self->comparison_view);
  /* A claim just shown is selected, with its links and its passages. */
  if (result == PX_QUIZ_PICKED || result == PX_QUIZ_WRONG || result == PX_QUIZ_NO_PARTNER)
    px_comparison_view_select_group (self->comparison_view, -1);
  else if (group >= 0)
    px_comparison_view_select_group (self->comparison_view, group);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.quiz-show", px_quiz_get_picked (self->quiz, NULL, NULL));
}

static void
quiz_clicked_cb (PxWindow         *self,
                 guint             article,
                 guint             sentence,
                 PxComparisonView *view)
{
  guint picked = article;

  if (self->quiz == NULL)
    return;
  px_quiz_get_picked (self->quiz, &picked, NULL);
  show_result (self, px_quiz_click (self->quiz, article, sentence), picked, article);
}

static void
quiz_show_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  PxWindow *self = PX_WINDOW (widget);
  guint picked = 0;

  if (self->quiz == NULL)
    return;
  px_quiz_get_picked (self->quiz, &picked, NULL);
  show_result (self, px_quiz_show (self->quiz), picked, picked);
}

/* A new quiz on the alignment shown, every shared claim hidden again. */
static void
start_quiz (PxWindow *self)
{
  g_autofree char *intro = NULL;

  g_clear_object (&self->quiz);
  self->quiz = px_quiz_new (self->alignment, PX_QUIZ_MAX_TRIES);
  intro = result_message (self, PX_QUIZ_NONE, 0, 0);
  px_quiz_bar_set_message (self->quiz_bar, intro);
  update_score (self);
  px_comparison_view_set_quiz (self->comparison_view, self->quiz);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.quiz-show", FALSE);
}

gboolean
px_window_get_quiz (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), FALSE);
  return self->quiz != NULL;
}

/**
 * px_window_set_quiz:
 * @self: a #PxWindow
 * @quiz: whether students find each claim's partner before it is shown
 *
 * Only in classroom mode, on an aligned set.
 */
void
px_window_set_quiz (PxWindow *self,
                    gboolean  quiz)
{
  g_return_if_fail (PX_IS_WINDOW (self));

  if (quiz && (!self->classroom || self->alignment == NULL))
    quiz = FALSE;
  if (quiz == (self->quiz != NULL))
    return;

  if (quiz)
    {
      adw_view_stack_set_visible_child_name (self->view_stack, "panes");
      start_quiz (self);
    }
  else
    {
      g_clear_object (&self->quiz);
      px_comparison_view_set_quiz (self->comparison_view, NULL);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->quiz_bar), quiz);
  _px_window_actions_update (self);
  _px_window_notify (self, PROP_QUIZ);
}

/**
 * px_window_get_quiz_bar:
 * @self: a #PxWindow
 *
 * Returns: (transfer none): the quiz's bar, for tests
 */
PxQuizBar *
px_window_get_quiz_bar (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);
  return self->quiz_bar;
}

/* Called when the window shows a new alignment: claims are numbered anew,
 * so a running quiz starts again on them.
 */
void
_px_window_quiz_alignment_changed (PxWindow *self)
{
  if (self->quiz != NULL && self->alignment != NULL)
    start_quiz (self);
}

/* Called by _px_window_actions_update(). */
void
_px_window_quiz_actions_update (PxWindow *self)
{
  static const char *corrections[] = {
    "win.correct", "win.link-pair", "win.reject-pair", "win.link-suggestion",
    "win.reject-suggestion", "win.review", "win.undo", "win.redo",
  };
  gboolean reviewing = g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "review") == 0;

  if (self->quiz != NULL && (!self->classroom || self->alignment == NULL))
    {
      px_window_set_quiz (self, FALSE);
      return;
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.quiz",
                                 self->classroom && self->alignment != NULL && !reviewing);
  for (guint i = 0; self->quiz != NULL && i < G_N_ELEMENTS (corrections); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), corrections[i], FALSE);
  if (self->quiz == NULL)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.quiz-show", FALSE);
}

void
_px_window_quiz_init (PxWindow *self)
{
  g_signal_connect_object (self->comparison_view, "quiz-clicked",
                           G_CALLBACK (quiz_clicked_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.quiz-show", FALSE);
}

void
_px_window_class_quiz_init (GtkWidgetClass *widget_class)
{
  g_type_ensure (PX_TYPE_QUIZ_BAR);
  gtk_widget_class_install_property_action (widget_class, "win.quiz", "quiz");
  gtk_widget_class_install_action (widget_class, "win.quiz-show", NULL, quiz_show_action);
}
