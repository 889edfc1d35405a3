/* px-source-pane-menu.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-source-pane"

#include "config.h"

#include <glib/gi18n.h>

#include "px-source-pane-private.h"

/* The corrections menu of a passage (right click, Menu key, Shift+F10).
 * It always offers the same four corrections, each enabled only when it
 * applies to the passage and the selected claim, so that the reader learns
 * where they are; the window records them (win.correct).
 */

static const struct {
  const char *action;
  const char *kind;
} corrections[] = {
  { "passage.link", "link" },
  { "passage.merge", "merge" },
  { "passage.remove", "unlink" },
  { "passage.split", "split" },
};

static void
correct_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  PxSourcePane *self = PX_SOURCE_PANE (widget);

  for (guint i = 0; i < G_N_ELEMENTS (corrections); i++)
    if (g_str_equal (action_name, corrections[i].action))
      gtk_widget_activate_action (widget, "win.correct", "(ssu)", corrections[i].kind,
                                  px_article_get_id (self->article), self->menu_sentence);
}

static void
update_actions (PxSourcePane *self,
                guint         sentence)
{
  const guint *groups = NULL;
  guint n_groups = 0;
  gboolean in_selected = FALSE, selected;

  if (self->alignment != NULL)
    groups = px_alignment_get_groups_for_sentence (self->alignment, self->article_index, sentence, &n_groups);
  for (guint i = 0; i < n_groups; i++)
    in_selected |= (int)groups[i] == self->selected_group;
  selected = self->alignment != NULL && self->selected_group >= 0 && !in_selected;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "passage.link", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "passage.merge", selected && n_groups > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "passage.remove", n_groups > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "passage.split", n_groups > 0);
}

/* By key, the menu is about the selected claim's passage in this source
 * when there is one (the text cursor is hidden in a read-only pane), else
 * about the passage at the cursor.
 */
static int
keyboard_sentence (PxSourcePane *self,
                   double       *x,
                   double       *y)
{
  const PxAlignmentMember *members;
  const PxSentence *sentences;
  GdkRectangle location;
  GtkTextIter iter;
  guint n, n_sentences;
  int wx, wy;

  if (self->alignment == NULL || self->selected_group < 0)
    return _px_source_pane_sentence_at (self, *x, *y);

  sentences = px_article_get_sentences (self->article, &n_sentences);
  members = px_alignment_group_get_members (self->alignment, self->selected_group, &n);
  for (guint m = 0; m < n; m++)
    {
      if (members[m].article != self->article_index || members[m].sentence >= n_sentences)
        continue;
      _px_source_pane_iter_at_byte (self, &iter, sentences[members[m].sentence].start);
      gtk_text_view_get_iter_location (GTK_TEXT_VIEW (self->text_view), &iter, &location);
      gtk_text_view_buffer_to_window_coords (GTK_TEXT_VIEW (self->text_view), GTK_TEXT_WINDOW_WIDGET,
                                             location.x, location.y + location.height, &wx, &wy);
      *x = wx;
      *y = wy;
      return members[m].sentence;
    }
  return _px_source_pane_sentence_at (self, *x, *y);
}

static void
menu_requested_cb (PxSourcePane  *self,
                   double         x,
                   double         y,
                   gboolean       keyboard,
                   PxPassageView *view)
{
  int sentence = keyboard ? keyboard_sentence (self, &x, &y) : _px_source_pane_sentence_at (self, x, y);

  if (sentence < 0)
    return;
  self->menu_sentence = sentence;
  update_actions (self, sentence);
  px_passage_view_popup_menu (view, x, y);
}

static GMenu *
build_menu (void)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) with_selected = g_menu_new ();
  g_autoptr(GMenu) own = g_menu_new ();

  g_menu_append (with_selected, _("_Link to Selected Claim"), "passage.link");
  g_menu_append (with_selected, _("_Merge Its Claim into the Selected One"), "passage.merge");
  g_menu_append (own, _("_Remove from Claim"), "passage.remove");
  g_menu_append (own, _("_Split Claim…"), "passage.split");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (with_selected));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (own));
  return menu;
}

void
_px_source_pane_class_menu_init (GtkWidgetClass *widget_class)
{
  for (guint i = 0; i < G_N_ELEMENTS (corrections); i++)
    gtk_widget_class_install_action (widget_class, corrections[i].action, NULL, correct_action);
}

void
_px_source_pane_menu_init (PxSourcePane *self)
{
  self->passage_menu = build_menu ();
  px_passage_view_set_menu_model (self->text_view, G_MENU_MODEL (self->passage_menu));
  g_signal_connect_object (self->text_view, "menu-requested",
                           G_CALLBACK (menu_requested_cb), self, G_CONNECT_SWAPPED);
  update_actions (self, 0);
}

/**
 * px_source_pane_get_passage_menu:
 * @self: a #PxSourcePane
 *
 * Returns: (transfer none): the corrections menu of the passages, for tests
 */
GtkPopover *
px_source_pane_get_passage_menu (PxSourcePane *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_PANE (self), NULL);
  return px_passage_view_get_menu (self->text_view);
}

/**
 * px_source_pane_get_menu_sentence:
 * @self: a #PxSourcePane
 *
 * Returns: the passage the corrections menu was last opened for
 */
guint
px_source_pane_get_menu_sentence (PxSourcePane *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_PANE (self), 0);
  return self->menu_sentence;
}
