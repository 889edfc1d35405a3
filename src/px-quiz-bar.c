/* px-quiz-bar.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-quiz-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "px-quiz-bar.h"

/* The strip under the header bar during the classroom quiz: what the last
 * click meant, the score, and the buttons to show a claim or end the quiz
 * (win.quiz-show, win.quiz). The window decides what it says.
 */
struct _PxQuizBar
{
  GtkWidget  parent_instance;

  GtkWidget *box;
  GtkLabel  *message_label;
  GtkLabel  *score_label;
};

G_DEFINE_FINAL_TYPE (PxQuizBar, px_quiz_bar, GTK_TYPE_WIDGET)

static void
px_quiz_bar_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PX_TYPE_QUIZ_BAR);

  G_OBJECT_CLASS (px_quiz_bar_parent_class)->dispose (object);
}

static void
px_quiz_bar_class_init (PxQuizBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_quiz_bar_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/parallax/Parallax/ui/px-quiz-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, PxQuizBar, box);
  gtk_widget_class_bind_template_child (widget_class, PxQuizBar, message_label);
  gtk_widget_class_bind_template_child (widget_class, PxQuizBar, score_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "quizbar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
px_quiz_bar_init (PxQuizBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Quiz"),
                                  -1);
}

GtkWidget *
px_quiz_bar_new (void)
{
  return g_object_new (PX_TYPE_QUIZ_BAR, NULL);
}

const char *
px_quiz_bar_get_message (PxQuizBar *self)
{
  g_return_val_if_fail (PX_IS_QUIZ_BAR (self), NULL);
  return gtk_label_get_label (self->message_label);
}

/**
 * px_quiz_bar_set_message:
 * @self: a #PxQuizBar
 * @message: what the last click meant, or what to do next
 */
void
px_quiz_bar_set_message (PxQuizBar  *self,
                         const char *message)
{
  g_return_if_fail (PX_IS_QUIZ_BAR (self));

  gtk_label_set_label (self->message_label, message);
  /* Screen readers hear the verdict with the bar's name. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                  -1);
}

const char *
px_quiz_bar_get_score (PxQuizBar *self)
{
  g_return_val_if_fail (PX_IS_QUIZ_BAR (self), NULL);
  return gtk_label_get_label (self->score_label);
}

/**
 * px_quiz_bar_set_score:
 * @self: a #PxQuizBar
 * @score: such as "4 of 6 found"
 */
void
px_quiz_bar_set_score (PxQuizBar  *self,
                       const char *score)
{
  g_return_if_fail (PX_IS_QUIZ_BAR (self));
  gtk_label_set_label (self->score_label, score);
}
