/* px-views.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "px-core.h"

G_BEGIN_DECLS

/* With more sources than this, the overviews give one column that names
 * the sources instead of one column per source: GTK lays out every column
 * of every row on screen, and no screen shows more of them side by side.
 * The panes show every source.
 */
#define PX_VIEWS_MAX_SOURCE_COLUMNS 12


void                 px_views_label_internals   (GtkWidget     *widget,
                                                 const char    *label);
char                *px_views_mask_outlets      (PxAlignment   *alignment,
                                                 GPtrArray     *display_names,
                                                 const char    *text);
char                *px_views_dup_display_name  (PxAlignment   *alignment,
                                                 GPtrArray     *display_names,
                                                 guint          article);
GPtrArray           *px_views_dup_names         (GPtrArray     *display_names);
GtkWidget           *px_views_new_cell_label    (void);
GtkColumnViewColumn *px_views_add_column        (GtkColumnView *view,
                                                 const char    *title,
                                                 GCallback      setup,
                                                 GCallback      bind,
                                                 gpointer       data);
int                  px_views_source_width      (int            width,
                                                 int            fixed,
                                                 guint          n_sources,
                                                 int            minimum);
void                 px_views_set_column_widths (GtkColumnView *view,
                                                 guint          first,
                                                 guint          n_after,
                                                 int            width);
gboolean             px_views_many_sources      (PxComparison  *comparison);

G_END_DECLS
