/* px-window-private.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-claim-table.h"
#include "px-figures-view.h"
#include "px-inspector.h"
#include "px-quiz-bar.h"
#include "px-review-view.h"
#include "px-sources-view.h"
#include "px-window.h"

G_BEGIN_DECLS

/* The window is split by what it does, as Text Editor's is: px-window.c
 * (the object and its state), -actions.c (win.* and corrections), -open.c
 * (opening, saving, dropping), -align.c (running the engine), -views.c
 * (what the panes, inspector and overviews show), -export.c (export and
 * print).
 */
struct _PxWindow
{
  AdwApplicationWindow  parent_instance;

  /* Owned */
  GSettings            *settings;
  GCancellable         *cancellable;
  GPtrArray            *articles;
  PxProject            *project;
  GFile                *project_file;
  char                 *last_toast;
  char                 *set_name;
  GtkFileChooserNative *chooser;
  GtkCssProvider       *text_css;
  PxAligner            *aligner;
  GCancellable         *align_cancellable;
  PxAlignment          *raw_alignment;   /* as the engine found it */
  PxAlignment          *alignment;       /* with the user's corrections */
  PxComparison         *comparison;
  PxQuiz               *quiz;            /* the classroom quiz, or NULL */
  GPtrArray            *redo;            /* of PxCorrection, undone ones */
  guint                 realign_source;
  guint                 progress_source;
  guint                 busy : 1;
  guint                 dirty : 1;
  guint                 classroom : 1;
  guint                 close_confirmed : 1;
  guint                 diverging : 1;
  guint                 stale_overviews;  /* OverviewPage bits: filled when next shown */

  /* Template widgets */
  AdwHeaderBar         *header_bar;
  AdwViewSwitcherTitle *window_title;
  AdwViewStack         *view_stack;
  PxClaimTable         *claim_table;
  PxFiguresView        *figures_view;
  PxSourcesView        *sources_view;
  GtkSpinner           *spinner;
  GtkSpinner           *loading_spinner;
  GtkProgressBar       *progress_bar;
  AdwToastOverlay      *toasts;
  GtkStack             *stack;
  AdwStatusPage        *empty_page;
  GtkPaned             *paned;
  AdwSplitButton       *open_button;
  GMenu                *open_menu;
  GMenu                *recent_menu;
  PxInspector          *inspector;
  PxComparisonView     *comparison_view;
  PxReviewView         *review_view;
  PxQuizBar            *quiz_bar;
};

typedef enum {
  PROP_0,
  PROP_INSPECTOR_VISIBLE,
  PROP_ALIGNING,
  PROP_BUSY,
  PROP_CLASSROOM,
  PROP_DIRTY,
  PROP_N_ARTICLES,
  PROP_QUIZ,
  N_PROPS
} PxWindowProp;

/* px-window.c */
void   _px_window_notify             (PxWindow             *self,
                                      PxWindowProp          prop);
void   _px_window_update_title       (PxWindow             *self);
void   _px_window_set_dirty          (PxWindow             *self,
                                      gboolean              dirty);
void   _px_window_show_toast         (PxWindow             *self,
                                      const char           *message);
void   _px_window_set_busy           (PxWindow             *self,
                                      gboolean              busy);
void   _px_window_set_articles       (PxWindow             *self,
                                      GPtrArray            *articles);

/* px-window-actions.c */
void   _px_window_class_actions_init (GtkWidgetClass       *widget_class);
void   _px_window_actions_update     (PxWindow             *self);

/* px-window-align.c */
void   _px_window_align_init         (PxWindow             *self);
void   _px_window_start_alignment    (PxWindow             *self);
void   _px_window_show_alignment     (PxWindow             *self);
void   _px_window_set_aligning       (PxWindow             *self,
                                      gboolean              aligning);

/* px-window-views.c */
void   _px_window_views_init         (PxWindow             *self);
void   _px_window_apply_classroom    (PxWindow             *self);
void   _px_window_apply_marks        (PxWindow             *self);
void   _px_window_update_overviews   (PxWindow             *self);
void   _px_window_update_inspector   (PxWindow             *self);
char  *_px_window_source_name_cb     (guint                 article,
                                      gpointer              user_data);

/* px-window-review.c */
void   _px_window_class_review_init  (GtkWidgetClass       *widget_class);
void   _px_window_review_init        (PxWindow             *self);
void   _px_window_review_actions_update (PxWindow          *self);
void   _px_window_show_suggestions   (PxWindow             *self);

/* px-window-quiz.c */
void   _px_window_class_quiz_init    (GtkWidgetClass       *widget_class);
void   _px_window_quiz_init          (PxWindow             *self);
void   _px_window_quiz_actions_update (PxWindow            *self);
void   _px_window_quiz_alignment_changed (PxWindow         *self);

/* px-window-open.c */
void   _px_window_open_init          (PxWindow             *self);
void   _px_window_run_open_chooser   (PxWindow             *self,
                                      GtkFileChooserAction  action);
void   _px_window_save               (PxWindow             *self,
                                      GFile                *file,
                                      gboolean              close_after);
void   _px_window_run_save_chooser   (PxWindow             *self,
                                      gboolean              close_after);
void   _px_window_update_recent      (PxWindow             *self);

/* px-window-export.c */
char  *_px_window_dup_set_title      (PxWindow             *self);
void   _px_window_run_export_chooser (PxWindow             *self,
                                      const char           *format);
void   _px_window_print              (PxWindow             *self);

G_END_DECLS
