/* px-comparison-view-quiz.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-comparison-view"

#include "config.h"

#include "px-comparison-view-private.h"

/* The panes during the classroom quiz: claims still to be found are drawn
 * neither in the panes nor between them, no partner is suggested, and a
 * click on a passage goes to the quiz (through "quiz-clicked", to the
 * window, which says what it means) instead of selecting its claim.
 */

enum {
  QUIZ_CLICKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

gboolean
_px_comparison_view_group_hidden (PxComparisonView *self,
                                  guint             group)
{
  return self->quiz != NULL && !px_quiz_is_revealed (self->quiz, group);
}

/* Returns whether the quiz took the click. */
gboolean
_px_comparison_view_quiz_click (PxComparisonView *self,
                                guint             article,
                                guint             sentence)
{
  if (self->quiz == NULL)
    return FALSE;
  g_signal_emit (self, signals[QUIZ_CLICKED], 0, article, sentence);
  return TRUE;
}

void
_px_comparison_view_class_quiz_init (GtkWidgetClass *widget_class)
{
  /**
   * PxComparisonView::quiz-clicked:
   * @self: the view
   * @article: the clicked passage's article, as the alignment orders them
   * @sentence: the passage
   *
   * In the quiz, a passage was clicked (or picked by key).
   */
  signals[QUIZ_CLICKED] =
    g_signal_new ("quiz-clicked",
                  G_TYPE_FROM_CLASS (widget_class),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
}

/**
 * px_comparison_view_quiz_changed:
 * @self: a #PxComparisonView
 *
 * The quiz picked a passage or showed a claim: the panes and the links
 * between them follow.
 */
void
px_comparison_view_quiz_changed (PxComparisonView *self)
{
  g_autoptr(GtkBitset) hidden = NULL;
  guint article = 0, sentence = 0;
  gboolean picked;

  g_return_if_fail (PX_IS_COMPARISON_VIEW (self));

  if (self->quiz != NULL && self->alignment != NULL)
    {
      hidden = gtk_bitset_new_empty ();
      for (guint g = 0; g < px_alignment_get_n_groups (self->alignment); g++)
        if (!px_quiz_is_revealed (self->quiz, g))
          gtk_bitset_add (hidden, g);
    }
  picked = self->quiz != NULL && px_quiz_get_picked (self->quiz, &article, &sentence);
  for (guint p = 0; p < self->panes->len; p++)
    {
      PxSourcePane *pane = g_ptr_array_index (self->panes, p);
      int index = _px_comparison_view_alignment_index (self, pane);

      px_source_pane_set_hidden_groups (pane, hidden);
      px_source_pane_set_quiz_pick (pane, picked && index == (int)article ? (int)sentence : -1);
    }
  _px_comparison_view_queue_update_links (self);
}

/**
 * px_comparison_view_set_quiz:
 * @self: a #PxComparisonView
 * @quiz: (nullable): the classroom quiz on the shown alignment, or %NULL
 */
void
px_comparison_view_set_quiz (PxComparisonView *self,
                             PxQuiz           *quiz)
{
  g_return_if_fail (PX_IS_COMPARISON_VIEW (self));
  g_return_if_fail (quiz == NULL || PX_IS_QUIZ (quiz));

  if (!g_set_object (&self->quiz, quiz))
    return;
  /* A selected claim or a suggestion would give the answers away. */
  px_comparison_view_select_group (self, -1);
  px_comparison_view_quiz_changed (self);
}

/**
 * px_comparison_view_get_quiz:
 * @self: a #PxComparisonView
 *
 * Returns: (transfer none) (nullable): the quiz shown
 */
PxQuiz *
px_comparison_view_get_quiz (PxComparisonView *self)
{
  g_return_val_if_fail (PX_IS_COMPARISON_VIEW (self), NULL);
  return self->quiz;
}
