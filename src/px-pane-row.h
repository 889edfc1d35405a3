/* px-pane-row.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PX_TYPE_PANE_ROW (px_pane_row_get_type ())

G_DECLARE_FINAL_TYPE (PxPaneRow, px_pane_row, PX, PANE_ROW, GtkWidget)

GtkWidget *px_pane_row_new          (void);
void       px_pane_row_append       (PxPaneRow *self,
                                     GtkWidget *child);
void       px_pane_row_remove_all   (PxPaneRow *self);
int        px_pane_row_get_column   (PxPaneRow *self);
guint      px_pane_row_get_n_shown  (PxPaneRow *self);
guint      px_pane_row_get_first    (PxPaneRow *self);
void       px_pane_row_scroll_to    (PxPaneRow *self,
                                     guint      column);

G_END_DECLS
