/* test-classroom.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "px-test-ui.h"
#include "px-window.h"

/* The classroom quiz through the window, as a student's clicks and keys
 * drive it: claims hidden, a pick, a wrong and a right guess, the score,
 * Show, giving up, and the project left as the teacher saved it.
 */

static PxSourcePane *
pane_of (PxWindow *window,
         guint     article)
{
  PxComparisonView *view = px_window_get_comparison_view (window);
  const char *id = px_article_get_id (px_alignment_get_article (px_window_get_alignment (window), article));

  for (guint p = 0; p < px_comparison_view_get_n_panes (view); p++)
    if (g_str_equal (px_article_get_id (px_source_pane_get_article (px_comparison_view_get_pane (view, p))), id))
      return px_comparison_view_get_pane (view, p);
  g_assert_not_reached ();
}

static void
click (PxWindow *window,
       guint     article,
       guint     sentence)
{
  g_signal_emit_by_name (pane_of (window, article), "sentence-activated", sentence);
}

static const char *
message (PxWindow *window)
{
  return px_quiz_bar_get_message (px_window_get_quiz_bar (window));
}

static guint
n_links (PxWindow *window)
{
  PxComparisonView *view = px_window_get_comparison_view (window);
  guint n = 0;

  px_comparison_view_update_links_now (view);
  for (guint g = 0; g < px_comparison_view_get_n_gutters (view); g++)
    n += px_link_gutter_get_n_links (px_comparison_view_get_gutter (view, g));
  return n;
}

/* The claims the quiz shows that @article carries. */
static guint
n_shown_in (PxWindow *window,
            PxQuiz   *quiz,
            guint     article)
{
  PxAlignment *alignment = px_window_get_alignment (window);
  guint n = 0;

  for (guint g = 0; g < px_alignment_get_n_groups (alignment); g++)
    {
      const PxAlignmentMember *members;
      guint n_members;
      gboolean here = FALSE;

      members = px_alignment_group_get_members (alignment, g, &n_members);
      for (guint m = 0; m < n_members; m++)
        here |= members[m].article == article;
      n += here && px_quiz_is_revealed (quiz, g);
    }
  return n;
}

/* A claim of the hidden ones: its first passage and one in another source. */
static void
find_question (PxWindow     *window,
               PxQuiz       *quiz,
               PxPassageRef *refs,
               guint        *articles)
{
  PxAlignment *alignment = px_window_get_alignment (window);

  for (guint g = 0; g < px_alignment_get_n_groups (alignment); g++)
    {
      const PxAlignmentMember *members;
      const guint *groups;
      guint n, n_groups;

      members = px_alignment_group_get_members (alignment, g, &n);
      groups = px_alignment_get_groups_for_sentence (alignment, members[0].article, members[0].sentence, &n_groups);
      if (px_quiz_is_revealed (quiz, g) || n_groups != 1 || groups[0] != g)
        continue;
      for (guint m = 1; m < n; m++)
        if (members[m].article != members[0].article)
          {
            articles[0] = members[0].article;
            refs[0].sentence = members[0].sentence;
            articles[1] = members[m].article;
            refs[1].sentence = members[m].sentence;
            return;
          }
    }
  g_assert_not_reached ();
}

/* A passage of @article that shares no claim with the picked one. */
static guint
wrong_guess (PxWindow *window,
             guint     picked_article,
             guint     picked,
             guint     article,
             guint     skip)
{
  PxAlignment *alignment = px_window_get_alignment (window);
  guint n;

  px_article_get_sentences (px_alignment_get_article (alignment, article), &n);
  for (guint s = 0; s < n; s++)
    if (!px_alignment_shares_group (alignment, picked_article, picked, article, s) && skip-- == 0)
      return s;
  g_assert_not_reached ();
}

static void
test_classroom_quiz (void)
{
  PxWindow *window = px_test_open_sample ("de");
  PxComparisonView *view = px_window_get_comparison_view (window);
  guint n_corrections = px_project_get_corrections (px_window_get_project (window))->len;
  PxPassageRef refs[2];
  guint articles[2], total, coloured;
  PxQuiz *quiz;
  g_autofree char *score = NULL;

  /* Only in classroom mode. */
  g_assert_true (n_links (window) > 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.quiz", NULL);
  g_assert_false (px_window_get_quiz (window));
  px_window_set_classroom (window, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.quiz", NULL);
  g_assert_true (px_window_get_quiz (window));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (px_window_get_quiz_bar (window))));
  quiz = px_comparison_view_get_quiz (view);
  g_assert_nonnull (quiz);
  total = px_quiz_get_n_total (quiz);
  g_assert_cmpuint (total, >=, 3);
  score = g_strdup_printf ("0 of %u found", total);
  g_assert_cmpstr (px_quiz_bar_get_score (px_window_get_quiz_bar (window)), ==, score);

  /* Hidden: no link between panes, only single-source claims coloured. */
  g_assert_cmpuint (n_links (window), ==, 0);
  find_question (window, quiz, refs, articles);
  coloured = px_source_pane_get_n_coloured_groups (pane_of (window, articles[1]));
  g_assert_cmpuint (coloured, ==, n_shown_in (window, quiz, articles[1]));

  /* Pick: marked, no claim selected, nothing suggested. */
  click (window, articles[0], refs[0].sentence);
  g_assert_cmpint (px_source_pane_get_quiz_pick (pane_of (window, articles[0])), ==, refs[0].sentence);
  g_assert_cmpint (px_comparison_view_get_selected_group (view), ==, -1);
  g_assert_cmpuint (px_source_pane_get_n_suggestions (pane_of (window, articles[1])), ==, 0);
  g_assert_nonnull (strstr (message (window), "Now click the passage"));

  /* A wrong guess: try again, still hidden. */
  click (window, articles[1], wrong_guess (window, articles[0], refs[0].sentence, articles[1], 0));
  g_assert_cmpstr (message (window), ==, "Not this one — try again (2 tries left).");
  g_assert_cmpuint (n_links (window), ==, 0);
  g_assert_cmpint (px_source_pane_get_quiz_pick (pane_of (window, articles[0])), ==, refs[0].sentence);

  /* The right one: found, scored, its claim shown and selected. */
  click (window, articles[1], refs[1].sentence);
  g_assert_true (g_str_has_prefix (message (window), "Right — Source "));
  g_free (score);
  score = g_strdup_printf ("1 of %u found", total);
  g_assert_cmpstr (px_quiz_bar_get_score (px_window_get_quiz_bar (window)), ==, score);
  g_assert_cmpint (px_comparison_view_get_selected_group (view), ==, px_quiz_get_last_group (quiz));
  g_assert_cmpuint (px_source_pane_get_n_coloured_groups (pane_of (window, articles[1])), ==, coloured + 1);
  g_assert_cmpint (px_source_pane_get_quiz_pick (pane_of (window, articles[0])), ==, -1);
  px_test_save_shot (GTK_WIDGET (window), "screenshot-quiz.png");

  /* Show, by key: the passage at the text cursor is picked, then shown. */
  find_question (window, quiz, refs, articles);
  {
    PxSourcePane *pane = pane_of (window, articles[0]);
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (px_source_pane_get_text_view (pane));
    const PxSentence *sentences;
    const char *text = px_article_get_text (px_source_pane_get_article (pane));
    GtkTextIter iter;
    guint n;

    sentences = px_article_get_sentences (px_source_pane_get_article (pane), &n);
    gtk_text_buffer_get_iter_at_offset (buffer, &iter,
                                        g_utf8_pointer_to_offset (text, text + sentences[refs[0].sentence].start));
    gtk_text_buffer_place_cursor (buffer, &iter);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pane), "pane.quiz-pick", NULL));
    g_assert_cmpint (px_source_pane_get_quiz_pick (pane), ==, refs[0].sentence);
  }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.quiz-show", NULL);
  g_assert_cmpstr (message (window), ==, "Here is where the other sources report it.");
  g_assert_cmpstr (px_quiz_bar_get_score (px_window_get_quiz_bar (window)), ==, score);
  g_assert_true (n_links (window) > 0);

  /* Three wrong tries show the claim without finding it. */
  find_question (window, quiz, refs, articles);
  click (window, articles[0], refs[0].sentence);
  for (guint t = 0; t < 3; t++)
    click (window, articles[1], wrong_guess (window, articles[0], refs[0].sentence, articles[1], t));
  g_assert_cmpstr (message (window), ==, "Not found — here is where the other sources report it.");
  g_assert_cmpstr (px_quiz_bar_get_score (px_window_get_quiz_bar (window)), ==, score);
  g_assert_cmpuint (px_quiz_get_n_revealed (quiz), ==, 3);

  /* The project is as the teacher left it; ending the quiz shows all. */
  g_assert_cmpuint (px_project_get_corrections (px_window_get_project (window))->len, ==, n_corrections);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.quiz", NULL);
  g_assert_false (px_window_get_quiz (window));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (px_window_get_quiz_bar (window))));
  g_assert_cmpuint (px_source_pane_get_n_coloured_groups (pane_of (window, articles[1])), >, coloured + 1);

  /* Leaving classroom mode ends a quiz too. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.quiz", NULL);
  g_assert_true (px_window_get_quiz (window));
  px_window_set_classroom (window, FALSE);
  g_assert_false (px_window_get_quiz (window));
  g_assert_true (n_links (window) > 0);

  px_test_destroy_window (window);
}

int
main (int    argc,
      char **argv)
{
  px_test_ui_init (&argc, &argv);

  g_test_add_func ("/classroom/quiz", test_classroom_quiz);

  return g_test_run ();
}
