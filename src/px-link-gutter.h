/* px-link-gutter.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PX_TYPE_LINK_GUTTER (px_link_gutter_get_type ())

G_DECLARE_FINAL_TYPE (PxLinkGutter, px_link_gutter, PX, LINK_GUTTER, GtkWidget)

/**
 * PxGutterLink:
 * @left_top: top of the passage in the left pane, in gutter coordinates
 * @left_bottom: its bottom
 * @right_top: top of the counterpart in the right pane
 * @right_bottom: its bottom
 * @color: palette index of the group
 * @selected: whether the group is the selected one
 */
typedef struct
{
  double   left_top;
  double   left_bottom;
  double   right_top;
  double   right_bottom;
  guint    color;
  gboolean selected;
} PxGutterLink;

GtkWidget *px_link_gutter_new       (void);
void       px_link_gutter_set_links (PxLinkGutter       *self,
                                     const PxGutterLink *links,
                                     guint               n_links);
guint      px_link_gutter_get_n_links (PxLinkGutter     *self);
int        px_link_gutter_get_width   (void);

G_END_DECLS
