/* px-passage-view.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-passage-view"

#include "config.h"

#include <stdlib.h>

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
  GArray      *outlines;   /* of PxPassageOutline */
};

/* Room in the left margin for the rank badges of suggested partners. */
#define BADGE_MARGIN 22

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
  g_clear_pointer (&self->outlines, g_array_unref);

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

/* A dashed box around each display line of the span: GtkTextTag has no
 * outline, and a box tells a suggestion apart from the group colours, which
 * are backgrounds and underlines.
 */
static void
outline_span (GtkTextView            *view,
              cairo_t                *cr,
              const PxPassageOutline *outline)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter line, end;

  gtk_text_buffer_get_iter_at_offset (buffer, &line, outline->start);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, outline->end);
  while (gtk_text_iter_compare (&line, &end) < 0)
    {
      GtkTextIter next = line;
      GdkRectangle a, b;

      if (!gtk_text_view_forward_display_line (view, &next) || gtk_text_iter_compare (&next, &end) > 0)
        next = end;
      /* The first character's box gives the display line's top and
       * height (a buffer line's y range would be its whole paragraph).
       */
      gtk_text_view_get_iter_location (view, &line, &a);
      if (gtk_text_iter_equal (&next, &end))
        gtk_text_view_get_iter_location (view, &end, &b);
      else
        {
          GtkTextIter last = next;

          gtk_text_iter_backward_char (&last);
          gtk_text_view_get_iter_location (view, &last, &b);
          b.x += b.width;
        }
      if (b.x > a.x)
        cairo_rectangle (cr, a.x - 1.5, a.y + 0.5, b.x - a.x + 3, a.height - 1);
      if (gtk_text_iter_equal (&line, &next))
        break;
      line = next;
    }
}

static void
draw_badge (GtkTextView            *view,
            cairo_t                *cr,
            const PxPassageOutline *outline)
{
  g_autoptr(PangoLayout) layout = NULL;
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans Bold 8");
  g_autofree char *text = g_strdup_printf ("%u", outline->rank);
  GtkTextIter start;
  GdkRectangle at;
  int width, height;
  double size = 16;

  gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (view), &start, outline->start);
  gtk_text_view_get_iter_location (view, &start, &at);
  layout = gtk_widget_create_pango_layout (GTK_WIDGET (view), text);
  pango_layout_set_font_description (layout, font);
  pango_layout_get_pixel_size (layout, &width, &height);

  cairo_new_path (cr);
  cairo_arc (cr, 2 + size / 2, at.y + at.height / 2.0, size / 2, 0, 2 * G_PI);
  cairo_set_source_rgba (cr, 0.11, 0.44, 0.85, outline->current ? 1.0 : 0.75);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_move_to (cr, 2 + (size - width) / 2, at.y + (at.height - height) / 2.0);
  pango_cairo_show_layout (cr, layout);
}

static void
px_passage_view_snapshot_layer (GtkTextView      *view,
                                GtkTextViewLayer  layer,
                                GtkSnapshot      *snapshot)
{
  PxPassageView *self = (PxPassageView *)view;
  int width = gtk_widget_get_width (GTK_WIDGET (view));
  int height = gtk_widget_get_height (GTK_WIDGET (view));
  GdkRectangle visible;
  cairo_t *cr;

  if (layer != GTK_TEXT_VIEW_LAYER_ABOVE_TEXT || self->outlines->len == 0)
    return;

  /* The snapshot is in buffer coordinates here. */
  gtk_text_view_get_visible_rect (view, &visible);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (visible.x, visible.y,
                                                                  MAX (width, visible.width),
                                                                  MAX (height, visible.height)));
  for (guint i = 0; i < self->outlines->len; i++)
    {
      const PxPassageOutline *outline = &g_array_index (self->outlines, PxPassageOutline, i);
      static const double dash[] = { 4, 3 };

      cairo_new_path (cr);
      outline_span (view, cr, outline);
      cairo_set_source_rgba (cr, 0.11, 0.44, 0.85, 1.0);
      cairo_set_line_width (cr, outline->current ? 2.0 : 1.2);
      cairo_set_dash (cr, dash, outline->current ? 0 : 2, 0);
      cairo_stroke (cr);
      draw_badge (view, cr, outline);
    }
  cairo_destroy (cr);
}

static void
px_passage_view_class_init (PxPassageViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkTextViewClass *text_view_class = GTK_TEXT_VIEW_CLASS (klass);

  object_class->dispose = px_passage_view_dispose;
  widget_class->size_allocate = px_passage_view_size_allocate;
  text_view_class->snapshot_layer = px_passage_view_snapshot_layer;

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

/* Keys on a suggestion of the selected passage. They are taken in the
 * capture phase, before GtkTextView sees them, and only while the window
 * has a suggestion (a disabled action lets the key through).
 */
static void
add_suggestion_keys (PxPassageView *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  static const struct { guint key; const char *action; const char *target; } keys[] = {
    { GDK_KEY_Return, "win.link-suggestion", "0" },
    { GDK_KEY_KP_Enter, "win.link-suggestion", "0" },
    { GDK_KEY_1, "win.link-suggestion", "1" },
    { GDK_KEY_2, "win.link-suggestion", "2" },
    { GDK_KEY_3, "win.link-suggestion", "3" },
    { GDK_KEY_KP_1, "win.link-suggestion", "1" },
    { GDK_KEY_KP_2, "win.link-suggestion", "2" },
    { GDK_KEY_KP_3, "win.link-suggestion", "3" },
    { GDK_KEY_Delete, "win.reject-suggestion", NULL },
    { GDK_KEY_KP_Delete, "win.reject-suggestion", NULL },
    /* In the classroom quiz, the keyboard's click on a passage. */
    { GDK_KEY_space, "pane.quiz-pick", NULL },
    { GDK_KEY_Return, "pane.quiz-pick", NULL },
    { GDK_KEY_KP_Enter, "pane.quiz-pick", NULL },
  };

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      GtkShortcutAction *action = gtk_named_action_new (keys[i].action);
      GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].key, 0), action);

      if (keys[i].target != NULL)
        gtk_shortcut_set_arguments (shortcut, g_variant_new_uint32 (atoi (keys[i].target)));
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
    }
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
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

  self->outlines = g_array_new (FALSE, FALSE, sizeof (PxPassageOutline));
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self), BADGE_MARGIN);
  add_suggestion_keys (self);
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

/**
 * px_passage_view_set_outlines:
 * @self: a #PxPassageView
 * @outlines: (array length=n_outlines): spans to outline, in characters
 * @n_outlines: their number
 *
 * Outlines the suggested partners of the selected passage, each with its
 * rank in a badge in the margin.
 */
void
px_passage_view_set_outlines (PxPassageView          *self,
                              const PxPassageOutline *outlines,
                              guint                   n_outlines)
{
  g_return_if_fail (PX_IS_PASSAGE_VIEW (self));

  g_array_set_size (self->outlines, 0);
  g_array_append_vals (self->outlines, outlines, n_outlines);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
px_passage_view_get_n_outlines (PxPassageView *self)
{
  g_return_val_if_fail (PX_IS_PASSAGE_VIEW (self), 0);
  return self->outlines->len;
}
