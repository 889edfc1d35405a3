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
 * @color: palette slot of the group
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

/**
 * PxGutterStub:
 * @top: top of the passage, in gutter coordinates
 * @bottom: its bottom
 * @color: palette slot of the group
 * @right: whether the passage is in the right pane (else the left)
 * @selected: whether the group is the selected one
 * @tooltip: (nullable): which sources, not next to this one, share the claim
 *
 * A mark for a passage whose partners sit in panes that are not neighbours,
 * where no band can reach them.
 */
typedef struct
{
  double    top;
  double    bottom;
  guint     color;
  gboolean  right;
  gboolean  selected;
  char     *tooltip;
} PxGutterStub;

GtkWidget *px_link_gutter_new         (void);
void       px_link_gutter_set_links   (PxLinkGutter       *self,
                                       const PxGutterLink *links,
                                       guint               n_links);
void       px_link_gutter_set_stubs   (PxLinkGutter       *self,
                                       const PxGutterStub *stubs,
                                       guint               n_stubs);
guint      px_link_gutter_get_n_links (PxLinkGutter       *self);
guint      px_link_gutter_get_n_stubs (PxLinkGutter       *self);
int        px_link_gutter_get_width   (void);

G_END_DECLS
