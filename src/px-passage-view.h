/* px-passage-view.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PX_TYPE_PASSAGE_VIEW (px_passage_view_get_type ())

G_DECLARE_FINAL_TYPE (PxPassageView, px_passage_view, PX, PASSAGE_VIEW, GtkTextView)

/**
 * PxPassageOutline:
 * @start: first character of the span
 * @end: the character after it
 * @rank: the number shown in its badge
 * @current: whether Enter acts on it (drawn solid, not dashed)
 */
typedef struct
{
  int      start;
  int      end;
  guint    rank;
  gboolean current;
} PxPassageOutline;

GtkWidget  *px_passage_view_new            (void);
void        px_passage_view_set_menu_model (PxPassageView *self,
                                            GMenuModel    *model);
void        px_passage_view_popup_menu     (PxPassageView *self,
                                            double         x,
                                            double         y);
GtkPopover *px_passage_view_get_menu       (PxPassageView *self);
void        px_passage_view_set_outlines   (PxPassageView          *self,
                                            const PxPassageOutline *outlines,
                                            guint                   n_outlines);
guint       px_passage_view_get_n_outlines (PxPassageView *self);

G_END_DECLS
