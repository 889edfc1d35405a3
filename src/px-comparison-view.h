/* px-comparison-view.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "px-core.h"
#include "px-link-gutter.h"
#include "px-quiz.h"
#include "px-source-pane.h"

G_BEGIN_DECLS

#define PX_TYPE_COMPARISON_VIEW (px_comparison_view_get_type ())


/**
 * PxViewDivergence:
 * @group: the claim group it belongs to
 * @figure_conflict: whether it is a figure that differs or contradicts
 *
 * One stop of next/previous divergence.
 */
typedef struct
{
  guint    group;
  gboolean figure_conflict;
} PxViewDivergence;

G_DECLARE_FINAL_TYPE (PxComparisonView, px_comparison_view, PX, COMPARISON_VIEW, GtkWidget)

GtkWidget    *px_comparison_view_new                (void);
void          px_comparison_view_set_articles       (PxComparisonView *self,
                                                     GPtrArray        *articles);
void          px_comparison_view_set_alignment      (PxComparisonView *self,
                                                     PxAlignment      *alignment,
                                                     GArray           *divergences);
PxAlignment  *px_comparison_view_get_alignment      (PxComparisonView *self);
void          px_comparison_view_select_group       (PxComparisonView *self,
                                                     int               group);
int           px_comparison_view_get_selected_group (PxComparisonView *self);
int           px_comparison_view_get_reference      (PxComparisonView *self);
guint         px_comparison_view_get_n_panes        (PxComparisonView *self);
guint         px_comparison_view_get_n_visible_panes (PxComparisonView *self);
PxSourcePane *px_comparison_view_get_pane           (PxComparisonView *self,
                                                     guint             position);
guint         px_comparison_view_get_n_gutters      (PxComparisonView *self);
PxLinkGutter *px_comparison_view_get_gutter         (PxComparisonView *self,
                                                     guint             position);
void          px_comparison_view_update_links_now   (PxComparisonView *self);
void          px_comparison_view_set_show_wording   (PxComparisonView *self,
                                                     gboolean          show);
void          px_comparison_view_refresh_names      (PxComparisonView *self);
guint         px_comparison_view_get_n_shown        (PxComparisonView *self);
const char   *px_comparison_view_get_overflow_text  (PxComparisonView *self);

void          px_comparison_view_select_passage     (PxComparisonView *self,
                                                     guint             article,
                                                     guint             sentence);
gboolean      px_comparison_view_get_selected_passage (PxComparisonView *self,
                                                     guint            *article,
                                                     guint            *sentence);
const PxAlignmentCandidate *
              px_comparison_view_get_suggestions    (PxComparisonView *self,
                                                     guint            *n_suggestions);
int           px_comparison_view_get_current_suggestion (PxComparisonView *self);
void          px_comparison_view_set_quiz           (PxComparisonView *self,
                                                     PxQuiz           *quiz);
PxQuiz       *px_comparison_view_get_quiz           (PxComparisonView *self);
void          px_comparison_view_quiz_changed       (PxComparisonView *self);

G_END_DECLS
