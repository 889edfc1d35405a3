/* px-source-pane.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "px-core.h"

G_BEGIN_DECLS

#define PX_TYPE_SOURCE_PANE (px_source_pane_get_type ())

G_DECLARE_FINAL_TYPE (PxSourcePane, px_source_pane, PX, SOURCE_PANE, GtkWidget)

GtkWidget   *px_source_pane_new              (PxArticle    *article);
PxArticle   *px_source_pane_get_article      (PxSourcePane *self);
GtkTextView *px_source_pane_get_text_view    (PxSourcePane *self);
int          px_source_pane_get_column_width (PxSourcePane *self);
void         px_source_pane_set_column_width (PxSourcePane *self,
                                              int           width);
void         px_source_pane_set_display_name (PxSourcePane *self,
                                              const char   *name);
char        *px_source_pane_dup_header_text  (PxSourcePane *self);

G_END_DECLS
