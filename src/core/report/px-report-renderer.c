/* px-report-renderer.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-report-renderer"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "px-page-plan.h"
#include "px-report-cell.h"
#include "px-report-renderer.h"
#include "px-report-sections.h"

/* Draws a report onto any cairo_t, page by page: the PDF exporter's
 * surface or the print dialog's context. Pagination lays the report out
 * once into a page plan (px-report-flow.c); drawing a page replays that
 * page's part of the plan, so that a document of any length costs time in
 * proportion to its length.
 */
struct _PxReportRenderer
{
  GObject         parent_instance;

  const PxReport *report;
  double          width;
  double          height;
  PangoContext   *context;
  PxPagePlan     *plan;
  PxStyleSizes    sizes;
  double          legend_height;
};

G_DEFINE_FINAL_TYPE (PxReportRenderer, px_report_renderer, G_TYPE_OBJECT)

static void
px_report_renderer_finalize (GObject *object)
{
  PxReportRenderer *self = (PxReportRenderer *)object;

  g_clear_object (&self->context);
  g_clear_pointer (&self->plan, px_page_plan_free);

  G_OBJECT_CLASS (px_report_renderer_parent_class)->finalize (object);
}

static void
px_report_renderer_class_init (PxReportRendererClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = px_report_renderer_finalize;
}

static void
px_report_renderer_init (PxReportRenderer *self)
{
  /* A4 portrait. */
  self->width = 595.0;
  self->height = 842.0;
  px_style_sizes_init (&self->sizes);
}

/**
 * px_report_renderer_new:
 * @report: the report to draw; it must outlive the renderer
 *
 * Returns: (transfer full): a renderer
 */
PxReportRenderer *
px_report_renderer_new (const PxReport *report)
{
  PxReportRenderer *self;

  g_return_val_if_fail (report != NULL, NULL);

  self = g_object_new (PX_TYPE_REPORT_RENDERER, NULL);
  self->report = report;
  return self;
}

/**
 * px_report_prefers_landscape:
 * @report: a report
 *
 * Passages stand side by side, one column per source; from five sources
 * on, portrait columns are too narrow to read.
 *
 * Returns: whether @report reads better on landscape pages
 */
gboolean
px_report_prefers_landscape (const PxReport *report)
{
  g_return_val_if_fail (report != NULL, FALSE);
  return report->sources->len >= 5;
}

void
px_report_renderer_set_page_size (PxReportRenderer *self,
                                  double            width,
                                  double            height)
{
  g_return_if_fail (PX_IS_REPORT_RENDERER (self));
  g_return_if_fail (width > 6 * PX_FLOW_MARGIN && height > 6 * PX_FLOW_MARGIN);

  self->width = width;
  self->height = height;
  g_clear_pointer (&self->plan, px_page_plan_free);
}

guint
px_report_renderer_get_n_pages (PxReportRenderer *self)
{
  g_return_val_if_fail (PX_IS_REPORT_RENDERER (self), 0);
  return self->plan != NULL ? px_page_plan_get_n_pages (self->plan) : 0;
}

/* The legend of the marks, at the foot of every page that has marked
 * passages: colours and verdicts in words.
 */
static char *
legend_markup (void)
{
  g_autofree char *marks = NULL;
  g_autofree char *verdicts = px_report_verdicts_markup (TRUE);

  marks = g_markup_printf_escaped ("<b>%s</b>  <span foreground=\"#a01010\" underline=\"single\">%s</span> %s  "
                                   "<span foreground=\"#2050b0\">%s</span> %s  "
                                   "<span background=\"#dde8ff\">%s</span> %s  <i>%s</i> %s  "
                                   "<span background=\"#fff1c4\"><b>%s</b></span> %s",
                                   _("Marks:"), _("red, underlined"),
                                   _("wording that differs from the reference"),
                                   _("blue"), _("a synonym"),
                                   _("shaded"), _("who is cited"), _("italics"), _("a quotation"),
                                   _("boxed"), _("a figure, its verdict in brackets:"));
  return g_strdup_printf ("%s  %s", marks, verdicts);
}

static double
full_bottom (PxReportRenderer *self)
{
  return self->height - PX_FLOW_MARGIN - PX_FLOW_FOOTER;
}

static void
flow_init (PxReportRenderer *self,
           PxFlow           *flow)
{
  *flow = (PxFlow) {
    .report = self->report,
    .context = self->context,
    .plan = self->plan,
    .sizes = &self->sizes,
    .body_left = PX_FLOW_MARGIN,
    .body_right = self->width - PX_FLOW_MARGIN,
    .left = PX_FLOW_MARGIN,
    .right = self->width - PX_FLOW_MARGIN,
    .top = PX_FLOW_MARGIN + PX_FLOW_HEADER,
    .bottom = full_bottom (self),
    .page_bottom = full_bottom (self),
    .y = PX_FLOW_MARGIN + PX_FLOW_HEADER,
    .pad = 1.0,
    .n_columns = 1,
  };
}

/**
 * px_report_renderer_paginate:
 * @self: a #PxReportRenderer
 * @cr: a context on the target surface (for font metrics); nothing is drawn
 *
 * Lays the report out on pages of the set size, once.
 *
 * Returns: the number of pages
 */
guint
px_report_renderer_paginate (PxReportRenderer *self,
                             cairo_t          *cr)
{
  g_autoptr(PangoLayout) legend = NULL;
  g_autofree char *markup = legend_markup ();
  PxFlow flow;

  g_return_val_if_fail (PX_IS_REPORT_RENDERER (self), 0);

  g_clear_object (&self->context);
  g_clear_pointer (&self->plan, px_page_plan_free);
  px_style_sizes_init (&self->sizes);
  self->context = px_style_create_context (cr);
  self->plan = px_page_plan_new ();
  px_page_plan_add_page (self->plan);
  flow_init (self, &flow);

  legend = px_style_layout_markup (self->context, PX_STYLE_NOTE, markup, px_flow_width (&flow), PX_WRAP_WORD);
  px_style_sizes_track (&self->sizes, PX_STYLE_NOTE, legend);
  self->legend_height = px_style_layout_height (legend);

  px_report_flow_front (&flow);
  /* Pages with marked passages keep room for the legend at their foot. */
  px_flow_set_bottom (&flow, full_bottom (self) - self->legend_height - 6);
  px_report_flow_claims (&flow);
  px_flow_set_bottom (&flow, full_bottom (self));
  px_report_flow_exclusive (&flow);
  px_report_flow_all_sources (&flow);

  return px_page_plan_get_n_pages (self->plan);
}

static void
set_color (cairo_t *cr,
           guint32  color)
{
  cairo_set_source_rgb (cr, ((color >> 16) & 0xff) / 255.0, ((color >> 8) & 0xff) / 255.0,
                        (color & 0xff) / 255.0);
}

/* cairo's tag attributes quote strings in single quotes, with backslash
 * escapes.
 */
static char *
link_attributes (const char *uri)
{
  GString *out = g_string_new ("uri='");

  for (const char *p = uri; *p; p++)
    {
      if (*p == '\'' || *p == '\\')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '\'');
  return g_string_free (out, FALSE);
}

static void
draw_text_item (PxReportRenderer *self,
                cairo_t          *cr,
                const PxItem     *item)
{
  g_autoptr(PangoLayout) layout = NULL;
  g_autoptr(GArray) boxes = g_array_new (FALSE, FALSE, sizeof (guint) * 2);
  g_autofree char *attributes = NULL;

  if (item->kind == PX_ITEM_CELL)
    layout = px_report_cell_layout (self->context, item->cell, item->markup, item->width, boxes);
  else
    layout = px_style_layout_markup (self->context, item->style, item->markup, item->width, item->wrap);
  if (item->n_tabs > 0)
    px_style_layout_set_tabs (layout, item->n_tabs, item->tab_width);
  if (item->stops[0] > 0)
    px_style_layout_set_stops (layout, item->stops, item->indent);

  cairo_save (cr);
  if (item->height > 0)
    {
      cairo_rectangle (cr, item->x - 2, item->y - 0.5, item->width + 4, item->height + 1);
      cairo_clip (cr);
    }
  px_report_cell_draw_boxes (cr, layout, boxes, item->x, item->y - item->offset);
  if (item->link != NULL)
    {
      attributes = link_attributes (item->link);
      cairo_tag_begin (cr, CAIRO_TAG_LINK, attributes);
    }
  set_color (cr, item->color);
  cairo_move_to (cr, item->x, item->y - item->offset);
  pango_cairo_show_layout (cr, layout);
  if (item->link != NULL)
    cairo_tag_end (cr, CAIRO_TAG_LINK);
  cairo_restore (cr);
}

static void
draw_item (PxReportRenderer *self,
           cairo_t          *cr,
           const PxItem     *item)
{
  switch (item->kind)
    {
    case PX_ITEM_FILL:
      set_color (cr, item->color);
      cairo_rectangle (cr, item->x, item->y, item->width, item->height);
      cairo_fill (cr);
      break;

    case PX_ITEM_RULE:
      set_color (cr, item->color);
      cairo_set_line_width (cr, 0.5);
      cairo_move_to (cr, item->x, item->y);
      cairo_line_to (cr, item->x + item->width, item->y);
      cairo_stroke (cr);
      break;

    case PX_ITEM_TEXT:
    case PX_ITEM_CELL:
    default:
      draw_text_item (self, cr, item);
      break;
    }
}

static void
draw_note (PxReportRenderer *self,
           cairo_t          *cr,
           const char       *markup,
           double            y,
           gboolean          centered)
{
  double inner = self->width - 2 * PX_FLOW_MARGIN;
  PxItem item = { .kind = PX_ITEM_TEXT, .style = PX_STYLE_NOTE, .wrap = centered ? PX_WRAP_WORD : PX_WRAP_ELLIPSIZE,
                  .color = PX_COLOR_DIM, .x = PX_FLOW_MARGIN, .y = y, .width = inner,
                  .markup = (char *)markup };

  if (centered)
    {
      g_autoptr(PangoLayout) layout = px_style_layout_markup (self->context, PX_STYLE_NOTE, markup, -1, PX_WRAP_WORD);
      int w, h;

      pango_layout_get_size (layout, &w, &h);
      item.x = (self->width - pango_units_to_double (w)) / 2.0;
      item.width = pango_units_to_double (w) + 1;
    }
  draw_text_item (self, cr, &item);
}

static void
draw_frame (PxReportRenderer *self,
            cairo_t          *cr,
            guint             page)
{
  g_autofree char *title = g_markup_escape_text (self->report->title ? self->report->title : "", -1);
  g_autofree char *head = g_strdup_printf ("Parallax — %s", title);
  /* Translators: the page number in the footer of an exported comparison. */
  g_autofree char *number = g_strdup_printf (_("Page %u of %u"), page + 1, px_page_plan_get_n_pages (self->plan));
  double footer_y = self->height - PX_FLOW_MARGIN - px_style_get_size (PX_STYLE_NOTE) * 1.2;

  draw_note (self, cr, head, PX_FLOW_MARGIN, FALSE);
  set_color (cr, PX_COLOR_RULE);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, PX_FLOW_MARGIN, PX_FLOW_MARGIN + PX_FLOW_HEADER - 4);
  cairo_line_to (cr, self->width - PX_FLOW_MARGIN, PX_FLOW_MARGIN + PX_FLOW_HEADER - 4);
  cairo_stroke (cr);

  if (px_page_plan_has_marks (self->plan, page))
    {
      g_autofree char *legend = legend_markup ();
      double y = full_bottom (self) - self->legend_height;

      set_color (cr, PX_COLOR_RULE);
      cairo_move_to (cr, PX_FLOW_MARGIN, y - 3);
      cairo_line_to (cr, self->width - PX_FLOW_MARGIN, y - 3);
      cairo_stroke (cr);
      {
        PxItem item = { .kind = PX_ITEM_TEXT, .style = PX_STYLE_NOTE, .wrap = PX_WRAP_WORD,
                        .color = PX_COLOR_TEXT, .x = PX_FLOW_MARGIN, .y = y,
                        .width = self->width - 2 * PX_FLOW_MARGIN, .markup = legend };
        draw_text_item (self, cr, &item);
      }
    }
  draw_note (self, cr, number, footer_y, TRUE);
}

/**
 * px_report_renderer_draw_page:
 * @self: a #PxReportRenderer
 * @cr: the context to draw on, in points, origin at the page's corner
 * @page: the page, from 0
 *
 * Draws one page; px_report_renderer_paginate() must have run.
 */
void
px_report_renderer_draw_page (PxReportRenderer *self,
                              cairo_t          *cr,
                              guint             page)
{
  const PxItem *items;
  guint n_items;

  g_return_if_fail (PX_IS_REPORT_RENDERER (self));
  g_return_if_fail (self->plan != NULL && page < px_page_plan_get_n_pages (self->plan));

  cairo_save (cr);
  pango_cairo_update_context (cr, self->context);
  draw_frame (self, cr, page);
  items = px_page_plan_get_items (self->plan, page, &n_items);
  for (guint i = 0; i < n_items; i++)
    draw_item (self, cr, &items[i]);
  cairo_restore (cr);
}

/**
 * px_report_renderer_get_smallest_size:
 * @self: a #PxReportRenderer, paginated
 * @role: what the text is for
 *
 * Returns: the smallest font size, in points, that text of @role is laid
 *   out at; 0 when there is none
 */
double
px_report_renderer_get_smallest_size (PxReportRenderer *self,
                                      PxReportTextRole  role)
{
  g_return_val_if_fail (PX_IS_REPORT_RENDERER (self), 0);
  g_return_val_if_fail (role < PX_REPORT_N_TEXT_ROLES, 0);
  return self->sizes.smallest[role];
}

/**
 * px_report_renderer_page_has_marks:
 * @self: a #PxReportRenderer, paginated
 * @page: a page, from 0
 *
 * Returns: whether @page shows marked passages, and so the legend
 */
gboolean
px_report_renderer_page_has_marks (PxReportRenderer *self,
                                   guint             page)
{
  g_return_val_if_fail (PX_IS_REPORT_RENDERER (self) && self->plan != NULL, FALSE);
  return px_page_plan_has_marks (self->plan, page);
}
