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

#define GUTTER_WIDTH 56
#define STUB_WIDTH   9

/* Meld's link map between two panes: each link is a band from a passage on
 * the left to its counterpart on the right, drawn as two cubic curves so
 * that bands cross where the sources order things differently. Every band
 * stays legible when none is selected; a selection dims the others but
 * keeps their outlines. A passage whose partners sit in panes that are not
 * neighbours gets a stub at the gutter's edge, with a tooltip naming them.
 */
struct _PxLinkGutter
{
  GtkWidget  parent_instance;

  GArray    *links;
  GArray    *stubs;
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

static gboolean
off_screen (double top,
            double bottom,
            double height)
{
  return bottom < 0 || top > height;
}

/* Unselected bands first, so the selected one is drawn on top; a band whose
 * other end is scrolled away is drawn fainter, so that it does not hide the
 * ones that can be followed.
 */
static void
draw_links (PxLinkGutter *self,
            cairo_t      *cr,
            double        width,
            double        height,
            gboolean      any_selected)
{
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < self->links->len; i++)
      {
        const PxGutterLink *link = &g_array_index (self->links, PxGutterLink, i);
        gboolean left_away = off_screen (link->left_top, link->left_bottom, height);
        gboolean right_away = off_screen (link->right_top, link->right_bottom, height);
        double fill, stroke;
        GdkRGBA rgba;

        if (link->selected != (pass == 1) || (left_away && right_away))
          continue;

        px_palette_get_color (link->color, &rgba);
        fill = link->selected ? 0.6 : (any_selected ? 0.16 : 0.38);
        stroke = link->selected ? 1.0 : (any_selected ? 0.45 : 0.85);
        if (left_away || right_away)
          fill *= 0.5, stroke *= 0.6;

        draw_band (cr, link, width);
        cairo_set_source_rgba (cr, rgba.red, rgba.green, rgba.blue, fill);
        cairo_fill_preserve (cr);
        cairo_set_source_rgba (cr, rgba.red * 0.7, rgba.green * 0.7, rgba.blue * 0.7, stroke);
        cairo_set_line_width (cr, link->selected ? 2.0 : 1.2);
        cairo_stroke (cr);
      }
}

/* A small arrow at the edge, pointing away from its pane: the claim goes
 * on beyond the neighbour.
 */
static void
draw_stubs (PxLinkGutter *self,
            cairo_t      *cr,
            double        width,
            double        height)
{
  for (guint i = 0; i < self->stubs->len; i++)
    {
      const PxGutterStub *stub = &g_array_index (self->stubs, PxGutterStub, i);
      double top = MAX (stub->top, 0), bottom = MIN (stub->bottom, height);
      double edge = stub->right ? width : 0;
      double tip = stub->right ? width - STUB_WIDTH : STUB_WIDTH;
      double mid = (top + bottom) / 2;
      GdkRGBA rgba;

      if (bottom <= top)
        continue;
      px_palette_get_color (stub->color, &rgba);
      cairo_move_to (cr, edge, top);
      cairo_line_to (cr, edge, bottom);
      cairo_line_to (cr, tip, MIN (mid + STUB_WIDTH, bottom));
      cairo_line_to (cr, tip - (stub->right ? STUB_WIDTH : -STUB_WIDTH) * 0.6, mid);
      cairo_line_to (cr, tip, MAX (mid - STUB_WIDTH, top));
      cairo_close_path (cr);
      cairo_set_source_rgba (cr, rgba.red * 0.75, rgba.green * 0.75, rgba.blue * 0.75,
                             stub->selected ? 1.0 : 0.8);
      cairo_fill (cr);
    }
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

  if ((self->links->len == 0 && self->stubs->len == 0) || width <= 0 || height <= 0)
    return;

  for (guint i = 0; i < self->links->len; i++)
    any_selected |= g_array_index (self->links, PxGutterLink, i).selected;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  draw_links (self, cr, width, height, any_selected);
  draw_stubs (self, cr, width, height);
  cairo_destroy (cr);
}

static gboolean
query_tooltip_cb (GtkWidget    *widget,
                  int           x,
                  int           y,
                  gboolean      keyboard,
                  GtkTooltip   *tooltip,
                  PxLinkGutter *self)
{
  double width = gtk_widget_get_width (widget);

  for (guint i = 0; !keyboard && i < self->stubs->len; i++)
    {
      const PxGutterStub *stub = &g_array_index (self->stubs, PxGutterStub, i);
      gboolean near = stub->right ? x >= width - 2 * STUB_WIDTH : x <= 2 * STUB_WIDTH;

      if (near && y >= stub->top && y <= stub->bottom && stub->tooltip != NULL)
        {
          gtk_tooltip_set_text (tooltip, stub->tooltip);
          return TRUE;
        }
    }
  return FALSE;
}

static void
clear_stubs (PxLinkGutter *self)
{
  for (guint i = 0; i < self->stubs->len; i++)
    g_free (g_array_index (self->stubs, PxGutterStub, i).tooltip);
  g_array_set_size (self->stubs, 0);
}

static void
px_link_gutter_finalize (GObject *object)
{
  PxLinkGutter *self = (PxLinkGutter *)object;

  clear_stubs (self);
  g_clear_pointer (&self->links, g_array_unref);
  g_clear_pointer (&self->stubs, g_array_unref);

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
  self->stubs = g_array_new (FALSE, FALSE, sizeof (PxGutterStub));
  gtk_widget_add_css_class (GTK_WIDGET (self), "link-gutter");
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);
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

/**
 * px_link_gutter_set_stubs:
 * @self: a #PxLinkGutter
 * @stubs: (array length=n_stubs): the marks to draw; the tooltips are copied
 * @n_stubs: their number
 *
 * Replaces the marks for partners beyond the neighbouring panes.
 */
void
px_link_gutter_set_stubs (PxLinkGutter       *self,
                          const PxGutterStub *stubs,
                          guint               n_stubs)
{
  g_return_if_fail (PX_IS_LINK_GUTTER (self));

  clear_stubs (self);
  for (guint i = 0; i < n_stubs; i++)
    {
      PxGutterStub stub = stubs[i];

      stub.tooltip = g_strdup (stubs[i].tooltip);
      g_array_append_val (self->stubs, stub);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
px_link_gutter_get_n_links (PxLinkGutter *self)
{
  g_return_val_if_fail (PX_IS_LINK_GUTTER (self), 0);
  return self->links->len;
}

guint
px_link_gutter_get_n_stubs (PxLinkGutter *self)
{
  g_return_val_if_fail (PX_IS_LINK_GUTTER (self), 0);
  return self->stubs->len;
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
