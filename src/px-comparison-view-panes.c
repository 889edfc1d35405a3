/* px-comparison-view-panes.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-comparison-view"

#include "config.h"

#include <glib/gi18n.h>

#include "px-comparison-view-private.h"
#include "px-link-gutter.h"

/* The row of panes (a PxPaneRow fits them to the width): the note that
 * says how many are shown; panes move left and right, next to any other
 * ("Compare With", or by dragging a header onto a pane), hide and come
 * back.
 */

/* "4 of 6 sources shown": a scrollbar alone is easy to miss. */
static void
update_overflow (PxComparisonView *self)
{
  guint n = _px_comparison_view_n_visible (self);
  guint shown = px_pane_row_get_n_shown (self->pane_box);
  g_autofree char *label = NULL;
  guint first, last;

  gtk_widget_set_visible (self->overflow_bar, n > shown && shown > 0);
  if (n <= shown || shown == 0)
    return;

  first = MIN (px_pane_row_get_first (self->pane_box), n - shown);
  last = first + shown;
  /* Translators: "4 of 6 sources shown (2–5)": how many panes fit, how many
   * there are, and which ones are on screen.
   */
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u source shown (%u–%u)",
                                        "%u of %u sources shown (%u–%u)", n),
                           shown, n, first + 1, last);
  if (g_strcmp0 (label, gtk_label_get_label (self->overflow_label)) != 0)
    gtk_label_set_label (self->overflow_label, label);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "comparison.scroll-left", first > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "comparison.scroll-right", last < n);
}

static gboolean
update_overflow_cb (gpointer user_data)
{
  PxComparisonView *self = user_data;

  self->overflow_source = 0;
  update_overflow (self);
  return G_SOURCE_REMOVE;
}

/**
 * _px_comparison_view_queue_update_overflow:
 * @self: a #PxComparisonView
 *
 * The note changes the layout, so it is updated after an allocation or a
 * scroll, never during one.
 */
void
_px_comparison_view_queue_update_overflow (PxComparisonView *self)
{
  if (self->overflow_source == 0)
    self->overflow_source = g_idle_add_full (G_PRIORITY_DEFAULT, update_overflow_cb, self, NULL);
}

void
_px_comparison_view_rebuild_row (PxComparisonView *self)
{
  PxSourcePane *previous = NULL;

  px_pane_row_remove_all (self->pane_box);
  g_ptr_array_set_size (self->gutters, 0);

  for (guint i = 0; i < self->panes->len; i++)
    {
      PxSourcePane *pane = g_ptr_array_index (self->panes, i);

      if (!gtk_widget_get_visible (GTK_WIDGET (pane)))
        continue;

      if (previous != NULL)
        {
          GtkWidget *gutter = px_link_gutter_new ();

          g_object_set_data (G_OBJECT (gutter), "left", previous);
          g_object_set_data (G_OBJECT (gutter), "right", pane);
          px_pane_row_append (self->pane_box, gutter);
          g_ptr_array_add (self->gutters, gutter);
        }
      px_pane_row_append (self->pane_box, GTK_WIDGET (pane));
      previous = pane;
    }

  gtk_widget_queue_resize (GTK_WIDGET (self));
  _px_comparison_view_queue_update_links (self);
}

static void
append_item (GMenu      *menu,
             const char *label,
             const char *action,
             GVariant   *target)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, target);
  g_menu_append_item (menu, item);
}

/* "Compare With": each other source, to be put right next to this one. */
static GMenu *
compare_menu (PxComparisonView *self,
              guint             position)
{
  GMenu *menu = g_menu_new ();

  for (guint i = 0; i < self->panes->len; i++)
    if (i != position)
      append_item (menu, px_source_pane_get_name (g_ptr_array_index (self->panes, i)),
                   "comparison.compare-with", g_variant_new ("(uu)", position, i));
  return menu;
}

static GMenuModel *
pane_menu (PxComparisonView *self,
           guint             position)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) arrange = g_menu_new ();
  g_autoptr(GMenu) compare = compare_menu (self, position);
  g_autoptr(GMenu) all = g_menu_new ();
  g_autoptr(GMenu) details = g_menu_new ();

  append_item (arrange, _("Use as _Reference"), "comparison.set-reference", g_variant_new_uint32 (position));
  g_menu_append_submenu (arrange, _("_Compare With"), G_MENU_MODEL (compare));
  append_item (arrange, _("Move _Left"), "comparison.move-left", g_variant_new_uint32 (position));
  append_item (arrange, _("Move R_ight"), "comparison.move-right", g_variant_new_uint32 (position));
  append_item (arrange, _("_Hide Source"), "comparison.hide-pane", g_variant_new_uint32 (position));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (arrange));

  g_menu_append (details, _("_Edit Outlet, Title and Date…"), "pane.edit-details");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (details));

  g_menu_append (all, _("_Show All Sources"), "comparison.show-all-panes");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (all));
  return G_MENU_MODEL (menu);
}

static guint
position_of (PxComparisonView *self,
             PxSourcePane     *pane)
{
  for (guint i = 0; i < self->panes->len; i++)
    if (g_ptr_array_index (self->panes, i) == pane)
      return i;
  return G_MAXUINT;
}

/* Menus carry the pane's place in the row and the other sources' names, so
 * each is built as it opens.
 */
static void
pane_menu_requested_cb (PxComparisonView *self,
                        PxSourcePane     *pane)
{
  g_autoptr(GMenuModel) menu = pane_menu (self, position_of (self, pane));

  px_source_pane_set_menu (pane, menu);
}

static int
pane_position_for_action (PxComparisonView *self,
                          GVariant         *param)
{
  guint position = g_variant_get_uint32 (param);

  return position < self->panes->len ? (int)position : -1;
}

static void
move_pane_to (PxComparisonView *self,
              guint             position,
              guint             target)
{
  gpointer pane;

  if (position >= self->panes->len || target >= self->panes->len || position == target)
    return;
  pane = g_ptr_array_steal_index (self->panes, position);
  g_ptr_array_insert (self->panes, target, pane);
  _px_comparison_view_rebuild_row (self);
}

static void
scroll_to_pane (PxComparisonView *self,
                PxSourcePane     *pane)
{
  guint column = 0;

  for (guint i = 0; i < self->panes->len && g_ptr_array_index (self->panes, i) != pane; i++)
    column += gtk_widget_get_visible (g_ptr_array_index (self->panes, i));
  px_pane_row_scroll_to (self->pane_box, column);
}

/* Puts the pane at @other right of the one at @anchor, shown, and scrolls
 * so that both are on screen.
 */
static void
place_beside (PxComparisonView *self,
              guint             anchor,
              guint             other)
{
  PxSourcePane *left;

  if (anchor >= self->panes->len || other >= self->panes->len || anchor == other)
    return;
  left = g_ptr_array_index (self->panes, anchor);
  gtk_widget_set_visible (g_ptr_array_index (self->panes, other), TRUE);
  move_pane_to (self, other, other < anchor ? anchor : anchor + 1);
  scroll_to_pane (self, left);
}

static void
move_left_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  PxComparisonView *self = PX_COMPARISON_VIEW (widget);
  int position = pane_position_for_action (self, param);

  if (position > 0)
    move_pane_to (self, position, position - 1);
}

static void
move_right_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  PxComparisonView *self = PX_COMPARISON_VIEW (widget);
  int position = pane_position_for_action (self, param);

  if (position >= 0)
    move_pane_to (self, position, position + 1);
}

static void
compare_with_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  guint anchor, other;

  g_variant_get (param, "(uu)", &anchor, &other);
  place_beside (PX_COMPARISON_VIEW (widget), anchor, other);
}

static void
hide_pane_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  PxComparisonView *self = PX_COMPARISON_VIEW (widget);
  int position = pane_position_for_action (self, param);

  /* The last visible source stays, or the view would be empty. */
  if (position < 0 || _px_comparison_view_n_visible (self) <= 1)
    return;

  gtk_widget_set_visible (g_ptr_array_index (self->panes, position), FALSE);
  _px_comparison_view_rebuild_row (self);
}

static void
show_all_panes_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  PxComparisonView *self = PX_COMPARISON_VIEW (widget);

  for (guint i = 0; i < self->panes->len; i++)
    gtk_widget_set_visible (g_ptr_array_index (self->panes, i), TRUE);
  _px_comparison_view_rebuild_row (self);
}

static void
scroll_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PxComparisonView *self = PX_COMPARISON_VIEW (widget);
  guint first = px_pane_row_get_first (self->pane_box);

  if (g_str_equal (action_name, "comparison.scroll-left"))
    px_pane_row_scroll_to (self->pane_box, first > 0 ? first - 1 : 0);
  else
    px_pane_row_scroll_to (self->pane_box, first + 1);
}

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 PxSourcePane  *pane)
{
  return gdk_content_provider_new_typed (PX_TYPE_SOURCE_PANE, pane);
}

/* A header dropped on a pane puts its source beside that pane. */
static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         PxSourcePane  *pane)
{
  PxComparisonView *self = PX_COMPARISON_VIEW (gtk_widget_get_ancestor (GTK_WIDGET (pane),
                                                                        PX_TYPE_COMPARISON_VIEW));
  PxSourcePane *dragged = g_value_get_object (value);

  if (self == NULL || dragged == NULL || dragged == pane)
    return FALSE;
  place_beside (self, position_of (self, pane), position_of (self, dragged));
  return TRUE;
}

void
_px_comparison_view_add_pane_dnd (PxComparisonView *self,
                                  PxSourcePane     *pane)
{
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (PX_TYPE_SOURCE_PANE, GDK_ACTION_MOVE);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), pane);
  gtk_widget_add_controller (GTK_WIDGET (px_source_pane_get_header (pane)), GTK_EVENT_CONTROLLER (source));
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), pane);
  gtk_widget_add_controller (GTK_WIDGET (pane), GTK_EVENT_CONTROLLER (target));
  g_signal_connect_object (pane, "menu-requested", G_CALLBACK (pane_menu_requested_cb), self,
                           G_CONNECT_SWAPPED);
}

void
_px_comparison_view_class_panes_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "comparison.move-left", "u", move_left_action);
  gtk_widget_class_install_action (widget_class, "comparison.move-right", "u", move_right_action);
  gtk_widget_class_install_action (widget_class, "comparison.compare-with", "(uu)", compare_with_action);
  gtk_widget_class_install_action (widget_class, "comparison.hide-pane", "u", hide_pane_action);
  gtk_widget_class_install_action (widget_class, "comparison.show-all-panes", NULL, show_all_panes_action);
  gtk_widget_class_install_action (widget_class, "comparison.scroll-left", NULL, scroll_action);
  gtk_widget_class_install_action (widget_class, "comparison.scroll-right", NULL, scroll_action);
}
