/* px-quiz-bar.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PX_TYPE_QUIZ_BAR (px_quiz_bar_get_type ())

G_DECLARE_FINAL_TYPE (PxQuizBar, px_quiz_bar, PX, QUIZ_BAR, GtkWidget)

GtkWidget  *px_quiz_bar_new         (void);
const char *px_quiz_bar_get_message (PxQuizBar  *self);
void        px_quiz_bar_set_message (PxQuizBar  *self,
                                     const char *message);
const char *px_quiz_bar_get_score   (PxQuizBar  *self);
void        px_quiz_bar_set_score   (PxQuizBar  *self,
                                     const char *score);

G_END_DECLS
