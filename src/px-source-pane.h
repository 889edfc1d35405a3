/* px-source-pane.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "px-core.h"
#include "px-source-header.h"

G_BEGIN_DECLS

#define PX_TYPE_SOURCE_PANE (px_source_pane_get_type ())

G_DECLARE_FINAL_TYPE (PxSourcePane, px_source_pane, PX, SOURCE_PANE, GtkWidget)

GtkWidget   *px_source_pane_new              (PxArticle    *article);
PxArticle   *px_source_pane_get_article      (PxSourcePane *self);
void         px_source_pane_replace_article  (PxSourcePane *self,
                                              PxArticle    *article);
PxSourceHeader *px_source_pane_get_header    (PxSourcePane *self);
const char  *px_source_pane_get_name         (PxSourcePane *self);
GtkPopover  *px_source_pane_get_passage_menu (PxSourcePane *self);
guint        px_source_pane_get_menu_sentence (PxSourcePane *self);
GtkTextView *px_source_pane_get_text_view    (PxSourcePane *self);
void         px_source_pane_set_display_name (PxSourcePane *self,
                                              const char   *name);
char        *px_source_pane_dup_header_text  (PxSourcePane *self);
void         px_source_pane_set_alignment    (PxSourcePane *self,
                                              PxAlignment  *alignment,
                                              guint         article_index);
guint        px_source_pane_get_article_index (PxSourcePane *self);
gboolean     px_source_pane_get_sentence_extent (PxSourcePane *self,
                                                 guint         sentence,
                                                 GtkWidget    *relative_to,
                                                 double       *top,
                                                 double       *bottom);
void         px_source_pane_select_group     (PxSourcePane *self,
                                              int           group,
                                              gboolean      scroll);
int          px_source_pane_get_selected_group (PxSourcePane *self);
gboolean     px_source_pane_get_absent       (PxSourcePane *self);
GtkAdjustment *px_source_pane_get_vadjustment (PxSourcePane *self);
void         px_source_pane_set_show_wording (PxSourcePane *self,
                                              gboolean      show);
void         px_source_pane_set_menu         (PxSourcePane *self,
                                              GMenuModel   *menu);
void         px_source_pane_set_is_reference (PxSourcePane *self,
                                              gboolean      is_reference);
gboolean     px_source_pane_get_is_reference (PxSourcePane *self);
guint        px_source_pane_highlight_search (PxSourcePane *self,
                                              const char   *needle);
void         px_source_pane_focus_text       (PxSourcePane *self);
void         px_source_pane_add_mark         (PxSourcePane *self,
                                              guint         start,
                                              guint         end,
                                              const char   *tag,
                                              const char   *tooltip);
void         px_source_pane_clear_marks      (PxSourcePane *self);
void         px_source_pane_set_masked_names (PxSourcePane *self,
                                              const char * const *names);
char        *px_source_pane_dup_text         (PxSourcePane *self);
GtkWidget   *px_source_pane_get_text_view_widget (PxSourcePane *self);
guint        px_source_pane_get_n_marks      (PxSourcePane *self,
                                              const char   *tag);
gboolean     px_source_pane_has_text_focus   (PxSourcePane *self);
void         px_source_pane_show_suggestions (PxSourcePane               *self,
                                              const PxAlignmentCandidate *candidates,
                                              guint                       n_candidates,
                                              int                         current,
                                              gboolean                    scroll);
guint        px_source_pane_get_n_suggestions (PxSourcePane *self);
void         px_source_pane_describe_unclaimed (PxSourcePane *self,
                                                guint         sentence);
void         px_source_pane_set_hidden_groups (PxSourcePane *self,
                                               GtkBitset    *hidden);
void         px_source_pane_set_quiz_pick    (PxSourcePane *self,
                                              int           sentence);
int          px_source_pane_get_quiz_pick    (PxSourcePane *self);
guint        px_source_pane_get_n_coloured_groups (PxSourcePane *self);

G_END_DECLS
