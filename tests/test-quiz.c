/* test-quiz.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "px-quiz.h"
#include "px-test-utils.h"

/* The classroom quiz's rules, without a display: three sources whose
 * claims are made by hand (links as a teacher makes them), so that the
 * answers do not depend on the engine.
 */

static const char *texts[] = {
  "Der Hafen wurde am Montag geschlossen. Die Bäckerei verkauft Brot. Im Zoo gibt es zwei Pandas.\n",
  "Gestern spielte das Orchester Mozart. Seit Montag ist der Hafen zu. Der Winter war mild.\n",
  "Zwei Pandabären leben im Tierpark. Ein Radweg wird gebaut. Die Schule beginnt um acht.\n",
};

static PxAlignment *
make_alignment (void)
{
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PxAligner) aligner = px_aligner_new ();
  g_autoptr(PxAlignment) raw = NULL;
  g_autoptr(PxProject) project = NULL;
  g_autoptr(GError) error = NULL;
  PxPassageRef harbour[2] = { { "a.txt", 0 }, { "b.txt", 1 } };
  PxPassageRef pandas[2] = { { "a.txt", 2 }, { "c.txt", 0 } };
  PxAlignment *alignment;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *name = g_strdup_printf ("%c.txt", 'a' + i);

      g_ptr_array_add (articles, px_test_load_string (name, texts[i]));
    }
  /* No link of the engine's own: only the two made here. */
  px_aligner_set_threshold (aligner, 1.0);
  raw = px_aligner_run (aligner, articles, NULL, &error);
  g_assert_no_error (error);
  project = px_project_new (articles);
  px_project_add_correction (project, PX_CORRECTION_LINK, harbour, 2);
  px_project_add_correction (project, PX_CORRECTION_LINK, pandas, 2);
  alignment = px_alignment_apply_corrections (raw, px_project_get_corrections (project));
  g_assert_cmpuint (px_alignment_get_n_groups (alignment), ==, 2);
  return alignment;
}

static int
group_of (PxAlignment *alignment,
          guint        article,
          guint        sentence)
{
  const guint *groups;
  guint n;

  groups = px_alignment_get_groups_for_sentence (alignment, article, sentence, &n);
  return n > 0 ? (int)groups[0] : -1;
}

/* Pick, guess wrong, guess right: found, shown, and counted. */
static void
test_quiz_right (void)
{
  g_autoptr(PxAlignment) alignment = make_alignment ();
  g_autoptr(PxQuiz) quiz = px_quiz_new (alignment, 3);
  int harbour = group_of (alignment, 0, 0);
  guint article, sentence;

  g_assert_cmpuint (px_quiz_get_n_total (quiz), ==, 2);
  g_assert_cmpuint (px_quiz_get_n_found (quiz), ==, 0);
  g_assert_false (px_quiz_is_revealed (quiz, harbour));
  g_assert_false (px_quiz_get_picked (quiz, NULL, NULL));

  g_assert_cmpint (px_quiz_click (quiz, 0, 0), ==, PX_QUIZ_PICKED);
  g_assert_true (px_quiz_get_picked (quiz, &article, &sentence));
  g_assert_cmpuint (article, ==, 0);
  g_assert_cmpuint (sentence, ==, 0);

  g_assert_cmpint (px_quiz_click (quiz, 1, 0), ==, PX_QUIZ_WRONG);
  g_assert_cmpuint (px_quiz_get_tries_left (quiz), ==, 2);
  g_assert_false (px_quiz_is_revealed (quiz, harbour));
  g_assert_true (px_quiz_get_picked (quiz, NULL, NULL));

  g_assert_cmpint (px_quiz_click (quiz, 1, 1), ==, PX_QUIZ_RIGHT);
  g_assert_true (px_quiz_is_revealed (quiz, harbour));
  g_assert_cmpint (px_quiz_get_last_group (quiz), ==, harbour);
  g_assert_cmpuint (px_quiz_get_n_found (quiz), ==, 1);
  g_assert_cmpuint (px_quiz_get_n_revealed (quiz), ==, 1);
  g_assert_false (px_quiz_get_picked (quiz, NULL, NULL));
  /* The other claim is still hidden. */
  g_assert_false (px_quiz_is_revealed (quiz, group_of (alignment, 2, 0)));

  /* Its passage is no question any more. */
  g_assert_cmpint (px_quiz_click (quiz, 1, 1), ==, PX_QUIZ_REVEALED);
  g_assert_false (px_quiz_get_picked (quiz, NULL, NULL));
}

/* A click in the picked passage's own source picks again, and resets the
 * tries; the last wrong try shows the claim without finding it.
 */
static void
test_quiz_give_up (void)
{
  g_autoptr(PxAlignment) alignment = make_alignment ();
  g_autoptr(PxQuiz) quiz = px_quiz_new (alignment, 2);
  int pandas = group_of (alignment, 2, 0);
  guint sentence;

  g_assert_cmpint (px_quiz_click (quiz, 2, 1), ==, PX_QUIZ_PICKED);
  g_assert_cmpint (px_quiz_click (quiz, 0, 1), ==, PX_QUIZ_NO_PARTNER);
  g_assert_false (px_quiz_get_picked (quiz, NULL, NULL));

  g_assert_cmpint (px_quiz_click (quiz, 2, 2), ==, PX_QUIZ_PICKED);
  g_assert_cmpint (px_quiz_click (quiz, 2, 0), ==, PX_QUIZ_PICKED);
  g_assert_true (px_quiz_get_picked (quiz, NULL, &sentence));
  g_assert_cmpuint (sentence, ==, 0);

  g_assert_cmpint (px_quiz_click (quiz, 0, 0), ==, PX_QUIZ_WRONG);
  g_assert_cmpint (px_quiz_click (quiz, 2, 0), ==, PX_QUIZ_PICKED);
  g_assert_cmpuint (px_quiz_get_tries (quiz), ==, 0);
  g_assert_cmpint (px_quiz_click (quiz, 0, 0), ==, PX_QUIZ_WRONG);
  g_assert_cmpint (px_quiz_click (quiz, 1, 2), ==, PX_QUIZ_GIVEN_UP);
  g_assert_true (px_quiz_is_revealed (quiz, pandas));
  g_assert_cmpint (px_quiz_get_last_group (quiz), ==, pandas);
  g_assert_cmpuint (px_quiz_get_n_found (quiz), ==, 0);
  g_assert_cmpuint (px_quiz_get_n_revealed (quiz), ==, 1);
}

/* Show reveals the picked passage's claim, not found; with nothing picked
 * it does nothing. The alignment is read, never changed.
 */
static void
test_quiz_show (void)
{
  g_autoptr(PxAlignment) alignment = make_alignment ();
  g_autoptr(PxQuiz) quiz = px_quiz_new (alignment, 3);
  int harbour = group_of (alignment, 1, 1);

  g_assert_cmpint (px_quiz_show (quiz), ==, PX_QUIZ_NONE);
  g_assert_cmpint (px_quiz_click (quiz, 1, 1), ==, PX_QUIZ_PICKED);
  g_assert_cmpint (px_quiz_show (quiz), ==, PX_QUIZ_SHOWN);
  g_assert_true (px_quiz_is_revealed (quiz, harbour));
  g_assert_cmpuint (px_quiz_get_n_found (quiz), ==, 0);
  g_assert_cmpuint (px_quiz_get_n_revealed (quiz), ==, 1);

  g_assert_cmpint (px_quiz_click (quiz, 0, 2), ==, PX_QUIZ_PICKED);
  g_assert_cmpint (px_quiz_click (quiz, 2, 0), ==, PX_QUIZ_RIGHT);
  g_assert_cmpuint (px_quiz_get_n_found (quiz), ==, 1);
  g_assert_cmpuint (px_quiz_get_n_revealed (quiz), ==, px_quiz_get_n_total (quiz));

  g_assert_cmpuint (px_alignment_get_n_groups (alignment), ==, 2);
  g_assert_true (px_alignment_shares_group (alignment, 0, 0, 1, 1));
  g_assert_false (px_alignment_shares_group (alignment, 0, 0, 1, 0));
}

/* Clicks outside the set are ignored. */
static void
test_quiz_out_of_range (void)
{
  g_autoptr(PxAlignment) alignment = make_alignment ();
  g_autoptr(PxQuiz) quiz = px_quiz_new (alignment, 3);

  g_assert_cmpint (px_quiz_click (quiz, 7, 0), ==, PX_QUIZ_NONE);
  g_assert_cmpint (px_quiz_click (quiz, 0, 99), ==, PX_QUIZ_NONE);
  g_assert_false (px_quiz_get_picked (quiz, NULL, NULL));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/quiz/right", test_quiz_right);
  g_test_add_func ("/quiz/give-up", test_quiz_give_up);
  g_test_add_func ("/quiz/show", test_quiz_show);
  g_test_add_func ("/quiz/out-of-range", test_quiz_out_of_range);

  return g_test_run ();
}
