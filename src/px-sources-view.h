/* px-sources-view.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "px-core.h"

G_BEGIN_DECLS

#define PX_TYPE_SOURCES_VIEW (px_sources_view_get_type ())

G_DECLARE_FINAL_TYPE (PxSourcesView, px_sources_view, PX, SOURCES_VIEW, GtkWidget)

GtkWidget    *px_sources_view_new            (void);
void          px_sources_view_set_comparison (PxSourcesView *self,
                                              PxComparison  *comparison,
                                              GPtrArray     *display_names);
PxComparison *px_sources_view_get_comparison (PxSourcesView *self);
guint         px_sources_view_get_shared     (PxSourcesView *self,
                                              guint          a,
                                              guint          b);
guint         px_sources_view_get_n_chains   (PxSourcesView *self,
                                              guint          article);
char         *px_sources_view_dup_drawn_text (PxSourcesView *self);

G_END_DECLS
