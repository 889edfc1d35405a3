/* px-quiz.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-core.h"

G_BEGIN_DECLS

#define PX_TYPE_QUIZ (px_quiz_get_type ())

/* Tries before a claim is shown without being found. */
#define PX_QUIZ_MAX_TRIES 3

/**
 * PxQuizResult:
 * @PX_QUIZ_NONE: nothing is picked
 * @PX_QUIZ_PICKED: the passage is picked; its partner is to be found
 * @PX_QUIZ_RIGHT: the guess reports the same claim, which is now found
 * @PX_QUIZ_WRONG: the guess does not; try again
 * @PX_QUIZ_GIVEN_UP: the last try was wrong; the claim is shown, not found
 * @PX_QUIZ_SHOWN: the claim is shown on request, not found
 * @PX_QUIZ_NO_PARTNER: no other source reports the picked passage
 * @PX_QUIZ_REVEALED: the passage's claims are shown already
 */
typedef enum {
  PX_QUIZ_NONE,
  PX_QUIZ_PICKED,
  PX_QUIZ_RIGHT,
  PX_QUIZ_WRONG,
  PX_QUIZ_GIVEN_UP,
  PX_QUIZ_SHOWN,
  PX_QUIZ_NO_PARTNER,
  PX_QUIZ_REVEALED,
} PxQuizResult;

G_DECLARE_FINAL_TYPE (PxQuiz, px_quiz, PX, QUIZ, GObject)

PxQuiz       *px_quiz_new             (PxAlignment *alignment,
                                       guint        max_tries);
PxAlignment  *px_quiz_get_alignment   (PxQuiz      *self);
PxQuizResult  px_quiz_click           (PxQuiz      *self,
                                       guint        article,
                                       guint        sentence);
PxQuizResult  px_quiz_show            (PxQuiz      *self);
gboolean      px_quiz_get_picked      (PxQuiz      *self,
                                       guint       *article,
                                       guint       *sentence);
int           px_quiz_get_last_group  (PxQuiz      *self);
gboolean      px_quiz_is_revealed     (PxQuiz      *self,
                                       guint        group);
guint         px_quiz_get_tries       (PxQuiz      *self);
guint         px_quiz_get_tries_left  (PxQuiz      *self);
guint         px_quiz_get_n_found     (PxQuiz      *self);
guint         px_quiz_get_n_revealed  (PxQuiz      *self);
guint         px_quiz_get_n_total     (PxQuiz      *self);

G_END_DECLS
