/* px-review-view.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "px-core.h"
#include "px-inspector.h"

G_BEGIN_DECLS

#define PX_TYPE_REVIEW_VIEW (px_review_view_get_type ())

G_DECLARE_FINAL_TYPE (PxReviewView, px_review_view, PX, REVIEW_VIEW, GtkWidget)

GtkWidget          *px_review_view_new           (void);
void                px_review_view_start         (PxReviewView        *self,
                                                  PxAlignment         *alignment,
                                                  GArray              *queue,
                                                  PxInspectorNameFunc  name_func,
                                                  gpointer             user_data);
guint               px_review_view_get_position  (PxReviewView        *self);
guint               px_review_view_get_n_items   (PxReviewView        *self);
guint               px_review_view_get_n_reviewed (PxReviewView       *self);
const PxReviewItem *px_review_view_get_current   (PxReviewView        *self);
const char         *px_review_view_get_progress  (PxReviewView        *self);

G_END_DECLS
