/* px-link-gutter.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-link-gutter"

#include "config.h"

#include "px-link-gutter.h"
#include "px-palette.h"

#define GUTTER_WIDTH 40

/* Meld's link map between two panes: each link is a band from a passage on
 * the left to its counterpart on the right, drawn as two cubic curves so
 * that bands cross where the sources order things differently.
 */
struct _PxLinkGutter
{
  GtkWidget  parent_instance;

  GArray    *links;
};

G_DEFINE_FINAL_TYPE (PxLinkGutter, px_link_gutter, GTK_TYPE_WIDGET)

static void
px_link_gutter_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = GUTTER_WIDTH;
  else
    *minimum = *natural = 0;
}

static void
draw_band (cairo_t            *cr,
           const PxGutterLink *link,
           double              width)
{
  double mid = width / 2.0;

  cairo_move_to (cr, 0, link->left_top);
  cairo_curve_to (cr, mid, link->left_top, mid, link->right_top, width, link->right_top);
  cairo_line_to (cr, width, link->right_bottom);
  cairo_curve_to (cr, mid, link->right_bottom, mid, link->left_bottom, 0, link->left_bottom);
  cairo_close_path (cr);
}

static void
px_link_gutter_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  PxLinkGutter *self = (PxLinkGutter *)widget;
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  gboolean any_selected = FALSE;
  cairo_t *cr;

  if (self->links->len == 0 || width <= 0 || height <= 0)
    return;

  for (guint i = 0; i < self->links->len; i++)
    any_selected |= g_array_index (self->links, PxGutterLink, i).selected;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  /* Unselected bands first, so the selected one is drawn on top. */
  for (guint pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; i < self->links->len; i++)
        {
          const PxGutterLink *link = &g_array_index (self->links, PxGutterLink, i);
          GdkRGBA rgba;
          double fill, stroke;

          if (link->selected != (pass == 1))
            continue;
          if (MAX (link->left_bottom, link->right_bottom) < 0 ||
              MIN (link->left_top, link->right_top) > height)
            continue;

          px_palette_get_color (link->color, &rgba);
          fill = link->selected ? 0.55 : (any_selected ? 0.12 : 0.28);
          stroke = link->selected ? 1.0 : (any_selected ? 0.25 : 0.6);

          draw_band (cr, link, width);
          cairo_set_source_rgba (cr, rgba.red, rgba.green, rgba.blue, fill);
          cairo_fill_preserve (cr);
          cairo_set_source_rgba (cr, rgba.red, rgba.green, rgba.blue, stroke);
          cairo_set_line_width (cr, link->selected ? 2.0 : 1.0);
          cairo_stroke (cr);
        }
    }

  cairo_destroy (cr);
}

static void
px_link_gutter_finalize (GObject *object)
{
  PxLinkGutter *self = (PxLinkGutter *)object;

  g_clear_pointer (&self->links, g_array_unref);

  G_OBJECT_CLASS (px_link_gutter_parent_class)->finalize (object);
}

static void
px_link_gutter_class_init (PxLinkGutterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = px_link_gutter_finalize;

  widget_class->measure = px_link_gutter_measure;
  widget_class->snapshot = px_link_gutter_snapshot;

  gtk_widget_class_set_css_name (widget_class, "linkgutter");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
px_link_gutter_init (PxLinkGutter *self)
{
  self->links = g_array_new (FALSE, FALSE, sizeof (PxGutterLink));
  gtk_widget_add_css_class (GTK_WIDGET (self), "link-gutter");
}

GtkWidget *
px_link_gutter_new (void)
{
  return g_object_new (PX_TYPE_LINK_GUTTER, NULL);
}

/**
 * px_link_gutter_set_links:
 * @self: a #PxLinkGutter
 * @links: (array length=n_links): the bands to draw
 * @n_links: their number
 *
 * Replaces the bands and redraws.
 */
void
px_link_gutter_set_links (PxLinkGutter       *self,
                          const PxGutterLink *links,
                          guint               n_links)
{
  g_return_if_fail (PX_IS_LINK_GUTTER (self));

  g_array_set_size (self->links, 0);
  g_array_append_vals (self->links, links, n_links);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
px_link_gutter_get_n_links (PxLinkGutter *self)
{
  g_return_val_if_fail (PX_IS_LINK_GUTTER (self), 0);
  return self->links->len;
}

/**
 * px_link_gutter_get_width:
 *
 * Returns: the width every gutter takes
 */
int
px_link_gutter_get_width (void)
{
  return GUTTER_WIDTH;
}
