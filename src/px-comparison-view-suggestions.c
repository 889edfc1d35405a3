/* px-comparison-view-suggestions.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-comparison-view"

#include "config.h"

#include "px-comparison-view-private.h"

/* The passage the reader clicked last, and its suggested partners: the
 * engine's candidates for it that are not linked to it yet. Each other pane
 * outlines its own; the window links or rejects them.
 */

enum {
  SUGGESTIONS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Every source's best first, then the second best…, so that the first few
 * suggestions cover all sources; within a rank, the surest first.
 */
static int
compare_suggestions (gconstpointer a,
                     gconstpointer b)
{
  const PxAlignmentCandidate *x = a, *y = b;

  if (x->rank != y->rank)
    return x->rank < y->rank ? -1 : 1;
  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  return x->other_article < y->other_article ? -1 : x->other_article > y->other_article;
}

static void
collect_suggestions (PxComparisonView *self)
{
  const PxAlignmentCandidate *candidates;
  guint n = 0;

  g_array_set_size (self->suggestions, 0);
  /* In the quiz, the suggestions would be the answers. */
  if (self->alignment == NULL || self->passage_article < 0 || self->quiz != NULL)
    return;
  candidates = px_alignment_get_candidates (self->alignment, self->passage_article,
                                            self->passage_sentence, &n);
  for (guint i = 0; i < n; i++)
    if (!candidates[i].linked)
      g_array_append_val (self->suggestions, candidates[i]);
  g_array_sort (self->suggestions, compare_suggestions);
}

static void
show_in_panes (PxComparisonView *self,
               gboolean          scroll)
{
  for (guint p = 0; p < self->panes->len; p++)
    {
      PxSourcePane *pane = g_ptr_array_index (self->panes, p);
      int article = _px_comparison_view_alignment_index (self, pane);
      g_autoptr(GArray) own = g_array_new (FALSE, FALSE, sizeof (PxAlignmentCandidate));
      int current = -1;

      for (guint i = 0; i < self->suggestions->len && article >= 0; i++)
        {
          const PxAlignmentCandidate *c = &g_array_index (self->suggestions, PxAlignmentCandidate, i);

          if ((int)c->other_article != article)
            continue;
          if ((int)i == self->current_suggestion)
            current = own->len;
          g_array_append_val (own, *c);
        }
      /* A pane that shows a member of the selected claim keeps it in view. */
      px_source_pane_show_suggestions (pane, (const PxAlignmentCandidate *)(gpointer)own->data, own->len,
                                       current, scroll && px_source_pane_get_absent (pane));
      if (article >= 0 && article == self->passage_article && px_source_pane_get_selected_group (pane) < 0)
        px_source_pane_describe_unclaimed (pane, self->passage_sentence);
    }
}

void
_px_comparison_view_set_passage (PxComparisonView *self,
                                 int               article,
                                 guint             sentence,
                                 gboolean          scroll)
{
  guint n_sentences = 0;

  if (self->alignment == NULL || article < 0 || (guint)article >= px_alignment_get_n_articles (self->alignment))
    article = -1;
  else
    px_article_get_sentences (px_alignment_get_article (self->alignment, article), &n_sentences);
  if (sentence >= n_sentences)
    article = -1;

  self->passage_article = article;
  self->passage_sentence = article >= 0 ? sentence : 0;
  collect_suggestions (self);
  self->current_suggestion = self->suggestions->len > 0 ? 0 : -1;
  show_in_panes (self, scroll);
  g_signal_emit (self, signals[SUGGESTIONS_CHANGED], 0);
}

void
_px_comparison_view_class_suggestions_init (GtkWidgetClass *widget_class)
{
  /**
   * PxComparisonView::suggestions-changed:
   * @self: the view
   *
   * The selected passage or its suggested partners changed.
   */
  signals[SUGGESTIONS_CHANGED] =
    g_signal_new ("suggestions-changed",
                  G_TYPE_FROM_CLASS (widget_class),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

/**
 * px_comparison_view_select_passage:
 * @self: a #PxComparisonView
 * @article: the passage's article, as the alignment orders them
 * @sentence: the passage
 *
 * Selects the passage as a click does: its claim (the first, when it
 * carries several) and its suggested partners in the other panes.
 */
void
px_comparison_view_select_passage (PxComparisonView *self,
                                   guint             article,
                                   guint             sentence)
{
  const guint *groups;
  guint n = 0;
  int group = -1;

  g_return_if_fail (PX_IS_COMPARISON_VIEW (self));

  if (self->alignment == NULL || article >= px_alignment_get_n_articles (self->alignment))
    return;
  groups = px_alignment_get_groups_for_sentence (self->alignment, article, sentence, &n);
  for (guint i = 0; i < n; i++)
    if ((int)groups[i] == self->selected_group)
      group = groups[i];
  if (group < 0 && n > 0)
    group = groups[0];
  px_comparison_view_select_group (self, group);
  _px_comparison_view_set_passage (self, article, sentence, TRUE);
}

/**
 * px_comparison_view_get_selected_passage:
 * @self: a #PxComparisonView
 * @article: (out) (optional): its article, as the alignment orders them
 * @sentence: (out) (optional): the passage
 *
 * Returns: whether a passage is selected
 */
gboolean
px_comparison_view_get_selected_passage (PxComparisonView *self,
                                         guint            *article,
                                         guint            *sentence)
{
  g_return_val_if_fail (PX_IS_COMPARISON_VIEW (self), FALSE);

  if (self->passage_article < 0)
    return FALSE;
  if (article != NULL)
    *article = self->passage_article;
  if (sentence != NULL)
    *sentence = self->passage_sentence;
  return TRUE;
}

/**
 * px_comparison_view_get_suggestions:
 * @self: a #PxComparisonView
 * @n_suggestions: (out): their number
 *
 * Returns: (transfer none) (array length=n_suggestions): the selected
 *   passage's unlinked candidates, every source's best first
 */
const PxAlignmentCandidate *
px_comparison_view_get_suggestions (PxComparisonView *self,
                                    guint            *n_suggestions)
{
  g_return_val_if_fail (PX_IS_COMPARISON_VIEW (self), NULL);
  g_return_val_if_fail (n_suggestions != NULL, NULL);

  *n_suggestions = self->suggestions->len;
  return (const PxAlignmentCandidate *)(gpointer)self->suggestions->data;
}

/**
 * px_comparison_view_get_current_suggestion:
 * @self: a #PxComparisonView
 *
 * Returns: the index of the suggestion Enter links, or -1
 */
int
px_comparison_view_get_current_suggestion (PxComparisonView *self)
{
  g_return_val_if_fail (PX_IS_COMPARISON_VIEW (self), -1);
  return self->current_suggestion;
}
