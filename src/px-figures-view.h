/* px-figures-view.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "px-core.h"

G_BEGIN_DECLS

#define PX_TYPE_FIGURES_VIEW (px_figures_view_get_type ())

G_DECLARE_FINAL_TYPE (PxFiguresView, px_figures_view, PX, FIGURES_VIEW, GtkWidget)

GtkWidget     *px_figures_view_new            (void);
void           px_figures_view_set_comparison (PxFiguresView   *self,
                                               PxComparison    *comparison,
                                               GPtrArray       *display_names);
PxComparison  *px_figures_view_get_comparison (PxFiguresView   *self);
void           px_figures_view_select_group   (PxFiguresView   *self,
                                               int              group);
GtkColumnView *px_figures_view_get_column_view (PxFiguresView  *self);
guint          px_figures_view_get_n_rows     (PxFiguresView   *self);
guint          px_figures_view_get_row_group  (PxFiguresView   *self,
                                               guint            position);
char          *px_figures_view_dup_row_text   (PxFiguresView   *self,
                                               guint            position);
const char    *px_figures_view_verdict_label  (PxFigureVerdict  verdict);

G_END_DECLS
