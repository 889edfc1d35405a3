/* px-window.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "px-comparison-view.h"
#include "px-inspector.h"
#include "px-quiz-bar.h"
#include "px-review-view.h"

G_BEGIN_DECLS

#define PX_TYPE_WINDOW (px_window_get_type ())

G_DECLARE_FINAL_TYPE (PxWindow, px_window, PX, WINDOW, AdwApplicationWindow)

PxWindow         *px_window_new                 (AdwApplication  *application);
void              px_window_open_files          (PxWindow        *self,
                                                 GFile          **files,
                                                 guint            n_files);
void              px_window_open_sample         (PxWindow        *self,
                                                 const char      *language);
GPtrArray        *px_window_get_articles        (PxWindow        *self);
PxComparisonView *px_window_get_comparison_view (PxWindow        *self);
gboolean          px_window_get_busy            (PxWindow        *self);
const char       *px_window_get_last_toast      (PxWindow        *self);
GFile            *px_window_find_sample         (const char      *language);
void              px_window_open_project        (PxWindow        *self,
                                                 GFile           *file);
void              px_window_save_to             (PxWindow        *self,
                                                 GFile           *file);
PxProject        *px_window_get_project         (PxWindow        *self);
gboolean          px_window_get_classroom       (PxWindow        *self);
void              px_window_set_classroom       (PxWindow        *self,
                                                 gboolean         classroom);
gboolean          px_window_get_quiz            (PxWindow        *self);
void              px_window_set_quiz            (PxWindow        *self,
                                                 gboolean         quiz);
PxQuizBar        *px_window_get_quiz_bar        (PxWindow        *self);
gboolean          px_window_get_dirty           (PxWindow        *self);
gboolean          px_window_get_aligning        (PxWindow        *self);
PxAlignment      *px_window_get_alignment       (PxWindow        *self);
PxInspector      *px_window_get_inspector       (PxWindow        *self);
PxReviewView     *px_window_get_review_view     (PxWindow        *self);
PxComparison     *px_window_get_comparison      (PxWindow        *self);
void              px_window_add_correction      (PxWindow        *self,
                                                 PxCorrectionKind kind,
                                                 const PxPassageRef *members,
                                                 guint            n_members);
void              px_window_export              (PxWindow        *self,
                                                 const char      *format,
                                                 const char      *path);

G_END_DECLS
