/* px-comparison-view.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "px-core.h"
#include "px-source-pane.h"

G_BEGIN_DECLS

#define PX_TYPE_COMPARISON_VIEW (px_comparison_view_get_type ())

#define PX_COMPARISON_VIEW_VISIBLE_PANES 4

G_DECLARE_FINAL_TYPE (PxComparisonView, px_comparison_view, PX, COMPARISON_VIEW, GtkWidget)

GtkWidget    *px_comparison_view_new          (void);
void          px_comparison_view_set_articles (PxComparisonView *self,
                                               GPtrArray        *articles);
guint         px_comparison_view_get_n_panes  (PxComparisonView *self);
PxSourcePane *px_comparison_view_get_pane     (PxComparisonView *self,
                                               guint             position);

G_END_DECLS
