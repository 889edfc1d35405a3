/* px-passage-view.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-passage-view"

#include "config.h"

#include "px-passage-view.h"

/* A read-only text view whose context menu is Parallax's own. GtkTextView
 * opens its Cut/Copy/Paste menu from a right click in its own click gesture
 * and from the Menu key and Shift+F10 through its "menu.popup" action;
 * gtk_text_view_set_extra_menu() only adds to that menu. So the right click
 * is claimed in the capture phase, before the text view sees it, and the
 * action is overridden on this class. Both ask the owner, through
 * "menu-requested", whether and where to open the one popover, which is
 * created once, parented here and presented on every allocation (a popover
 * that is not presented by its parent is snapshot without an allocation).
 */
struct _PxPassageView
{
  GtkTextView  parent_instance;

  GtkWidget   *menu;
};

enum {
  MENU_REQUESTED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (PxPassageView, px_passage_view, GTK_TYPE_TEXT_VIEW)

static guint signals[N_SIGNALS];

static void
px_passage_view_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  PxPassageView *self = (PxPassageView *)widget;

  GTK_WIDGET_CLASS (px_passage_view_parent_class)->size_allocate (widget, width, height, baseline);
  gtk_popover_present (GTK_POPOVER (self->menu));
}

static void
px_passage_view_dispose (GObject *object)
{
  PxPassageView *self = (PxPassageView *)object;

  g_clear_pointer (&self->menu, gtk_widget_unparent);

  G_OBJECT_CLASS (px_passage_view_parent_class)->dispose (object);
}

/* Shift+F10 and the Menu key: the menu of the passage at the text cursor,
 * below its line.
 */
static void
menu_popup_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  GtkTextView *view = GTK_TEXT_VIEW (widget);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GdkRectangle location;
  GtkTextIter iter;
  int wx, wy;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  gtk_text_view_get_iter_location (view, &iter, &location);
  gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET,
                                         location.x, location.y + location.height / 2, &wx, &wy);
  g_signal_emit (widget, signals[MENU_REQUESTED], 0, (double)wx, (double)wy, TRUE);
}

static void
secondary_pressed_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      PxPassageView   *self)
{
  /* Claimed before GtkTextView's own gesture runs, so that its menu never
   * opens next to ours.
   */
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  g_signal_emit (self, signals[MENU_REQUESTED], 0, x, y, FALSE);
}

static void
px_passage_view_class_init (PxPassageViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_passage_view_dispose;
  widget_class->size_allocate = px_passage_view_size_allocate;

  /**
   * PxPassageView::menu-requested:
   * @self: the view
   * @x: where the user asked, in widget coordinates
   * @y: likewise
   * @keyboard: whether by key (at the text cursor) rather than by pointer
   *
   * The user asked for the context menu; the handler decides what it
   * offers and calls px_passage_view_popup_menu().
   */
  signals[MENU_REQUESTED] =
    g_signal_new ("menu-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_DOUBLE, G_TYPE_DOUBLE, G_TYPE_BOOLEAN);

  /* Found before GtkTextView's action of the same name, which it replaces. */
  gtk_widget_class_install_action (widget_class, "menu.popup", NULL, menu_popup_action);
}

static void
px_passage_view_init (PxPassageView *self)
{
  GtkGesture *secondary = gtk_gesture_click_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (secondary), GDK_BUTTON_SECONDARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (secondary), GTK_PHASE_CAPTURE);
  g_signal_connect (secondary, "pressed", G_CALLBACK (secondary_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (secondary));

  self->menu = gtk_popover_menu_new_from_model (NULL);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->menu), FALSE);
  gtk_widget_set_halign (self->menu, GTK_ALIGN_START);
  gtk_widget_set_parent (self->menu, GTK_WIDGET (self));
}

GtkWidget *
px_passage_view_new (void)
{
  return g_object_new (PX_TYPE_PASSAGE_VIEW, NULL);
}

/**
 * px_passage_view_set_menu_model:
 * @self: a #PxPassageView
 * @model: (nullable): what the context menu offers
 */
void
px_passage_view_set_menu_model (PxPassageView *self,
                                GMenuModel    *model)
{
  g_return_if_fail (PX_IS_PASSAGE_VIEW (self));

  gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->menu), model);
}

/**
 * px_passage_view_popup_menu:
 * @self: a #PxPassageView
 * @x: where to point, in widget coordinates
 * @y: likewise
 *
 * Opens the context menu.
 */
void
px_passage_view_popup_menu (PxPassageView *self,
                            double         x,
                            double         y)
{
  g_return_if_fail (PX_IS_PASSAGE_VIEW (self));

  gtk_popover_set_pointing_to (GTK_POPOVER (self->menu), &(GdkRectangle) { (int)x, (int)y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->menu));
}

/**
 * px_passage_view_get_menu:
 * @self: a #PxPassageView
 *
 * Returns: (transfer none): the context menu, for tests
 */
GtkPopover *
px_passage_view_get_menu (PxPassageView *self)
{
  g_return_val_if_fail (PX_IS_PASSAGE_VIEW (self), NULL);
  return GTK_POPOVER (self->menu);
}
