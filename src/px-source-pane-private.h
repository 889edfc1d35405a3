/* px-source-pane-private.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-passage-view.h"
#include "px-source-header.h"
#include "px-source-pane.h"

G_BEGIN_DECLS

/* The pane is split by what it does: px-source-pane.c (the widget, its
 * header and the selection), -text.c (the text and everything drawn on it),
 * -menu.c (the corrections menu of a passage).
 */
struct _PxSourcePane
{
  GtkWidget       parent_instance;

  /* Owned */
  PxArticle      *article;
  PxAlignment    *alignment;
  GPtrArray      *group_tags;
  GtkTextTag     *selected_tag;
  GArray         *marks;
  GArray         *masked;       /* char offset pairs hidden in classroom mode */
  GtkBitset      *hidden_groups; /* claims the classroom quiz hides, or NULL */
  GMenu          *passage_menu;
  guint           article_index;
  guint           menu_sentence;  /* the passage the corrections menu is about */
  int             selected_group;
  int             quiz_pick;    /* the passage picked in the quiz, or -1 */
  guint           show_wording : 1;

  /* Template widgets */
  GtkWidget      *box;
  PxSourceHeader *header;
  PxPassageView  *text_view;
};

typedef struct
{
  guint  start;
  guint  end;
  char  *tag;
  char  *tooltip;
} PxPaneMark;

/* px-source-pane.c */
int   _px_source_pane_sentence_at      (PxSourcePane   *self,
                                        double          x,
                                        double          y);

/* px-source-pane-text.c */
void  _px_source_pane_create_tags      (GtkTextBuffer  *buffer);
void  _px_source_pane_fill_buffer      (PxSourcePane   *self);
void  _px_source_pane_iter_at_byte     (PxSourcePane   *self,
                                        GtkTextIter    *iter,
                                        guint           byte);
void  _px_source_pane_apply_tag_span   (PxSourcePane   *self,
                                        GtkTextTag     *tag,
                                        guint           start,
                                        guint           end);
void  _px_source_pane_clear_marks_data (PxSourcePane   *self);

/* px-source-pane-quiz.c */
void  _px_source_pane_class_quiz_init  (GtkWidgetClass *widget_class);
gboolean _px_source_pane_group_hidden  (PxSourcePane   *self,
                                        guint           group);

/* px-source-pane-menu.c */
void  _px_source_pane_class_menu_init  (GtkWidgetClass *widget_class);
void  _px_source_pane_menu_init        (PxSourcePane   *self);

G_END_DECLS
