/* px-comparison-view-private.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-comparison-view.h"
#include "px-pane-row.h"

G_BEGIN_DECLS

/* The view is split by what it does: px-comparison-view.c (the widget, the
 * selection and navigation, search), -links.c (the bands and marks between
 * panes), -panes.c (the row of panes: fitting, order, hiding, menus).
 */
struct _PxComparisonView
{
  GtkWidget          parent_instance;

  /* Owned */
  GPtrArray         *panes;        /* all panes, in display order, hidden ones too */
  GPtrArray         *gutters;      /* between visible neighbours, rebuilt with them */
  PxAlignment       *alignment;
  GArray            *divergences;  /* of PxViewDivergence, in navigation order */
  guint              links_tick;
  guint              overflow_source;
  int                selected_group;
  int                reference;    /* article index of the reference pane, or -1 */
  int                passage_article;  /* the passage clicked last, or -1 */
  guint              passage_sentence;
  GArray            *suggestions;  /* of PxAlignmentCandidate: its unlinked candidates */
  int                current_suggestion;
  PxQuiz            *quiz;         /* the classroom quiz, or NULL */

  /* Template widgets */
  GtkWidget         *box;
  GtkSearchBar      *search_bar;
  GtkSearchEntry    *search_entry;
  GtkLabel          *search_label;
  GtkScrolledWindow *scroller;
  PxPaneRow         *pane_box;
  GtkWidget         *overflow_bar;
  GtkLabel          *overflow_label;
};

/* px-comparison-view.c */
int    _px_comparison_view_alignment_index   (PxComparisonView *self,
                                              PxSourcePane     *pane);
guint  _px_comparison_view_n_visible         (PxComparisonView *self);

/* px-comparison-view-links.c */
void   _px_comparison_view_update_links      (PxComparisonView *self);
void   _px_comparison_view_queue_update_links (PxComparisonView *self);
void   _px_comparison_view_stop_links        (PxComparisonView *self);

/* px-comparison-view-panes.c */
void   _px_comparison_view_class_panes_init  (GtkWidgetClass   *widget_class);
void   _px_comparison_view_rebuild_row       (PxComparisonView *self);
void   _px_comparison_view_queue_update_overflow (PxComparisonView *self);
void   _px_comparison_view_add_pane_dnd      (PxComparisonView *self,
                                              PxSourcePane     *pane);

/* px-comparison-view-quiz.c */
void     _px_comparison_view_class_quiz_init (GtkWidgetClass   *widget_class);
gboolean _px_comparison_view_group_hidden    (PxComparisonView *self,
                                              guint             group);
gboolean _px_comparison_view_quiz_click      (PxComparisonView *self,
                                              guint             article,
                                              guint             sentence);

/* px-comparison-view-suggestions.c */
void   _px_comparison_view_class_suggestions_init (GtkWidgetClass *widget_class);
void   _px_comparison_view_set_passage       (PxComparisonView *self,
                                              int               article,
                                              guint             sentence,
                                              gboolean          scroll);

G_END_DECLS
