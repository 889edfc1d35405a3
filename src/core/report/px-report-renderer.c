/* px-report-renderer.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-report-renderer"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "px-report-renderer.h"

/* All lengths are in points (1/72 inch), the unit of the PDF surface and of
 * GtkPrintContext when its unit is set to points.
 */
#define MARGIN        36.0
#define HEADER_HEIGHT 18.0
#define FOOTER_HEIGHT 18.0
#define CELL_PAD       4.0
#define ID_COLUMN     46.0
#define SECTION_GAP   14.0

#define BODY_FONT    "DejaVu Sans 8"
#define SMALL_FONT   "DejaVu Sans 6.5"
#define HEADING_FONT "DejaVu Sans Bold 12"
#define TITLE_FONT   "DejaVu Sans Bold 18"

/* One pass over the content either counts pages or draws one of them; both
 * make the same layout decisions, so page breaks always agree.
 */
typedef struct
{
  cairo_t *cr;
  int      target;    /* page to draw, or -1 to only count */
  guint    page;
  double   y;
} Walk;

struct _PxReportRenderer
{
  GObject         parent_instance;

  const PxReport *report;
  double          width;
  double          height;
  guint           n_pages;
};

G_DEFINE_FINAL_TYPE (PxReportRenderer, px_report_renderer, G_TYPE_OBJECT)

static void
px_report_renderer_class_init (PxReportRendererClass *klass)
{
}

static void
px_report_renderer_init (PxReportRenderer *self)
{
  /* A4 landscape. */
  self->width = 842.0;
  self->height = 595.0;
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

void
px_report_renderer_set_page_size (PxReportRenderer *self,
                                  double            width,
                                  double            height)
{
  g_return_if_fail (PX_IS_REPORT_RENDERER (self));
  g_return_if_fail (width > 4 * MARGIN && height > 4 * MARGIN);

  self->width = width;
  self->height = height;
  self->n_pages = 0;
}

guint
px_report_renderer_get_n_pages (PxReportRenderer *self)
{
  g_return_val_if_fail (PX_IS_REPORT_RENDERER (self), 0);
  return self->n_pages;
}

static double
body_top (void)
{
  return MARGIN + HEADER_HEIGHT;
}

static double
body_bottom (PxReportRenderer *self)
{
  return self->height - MARGIN - FOOTER_HEIGHT;
}

static gboolean
drawing (Walk *walk)
{
  return walk->target >= 0 && (int)walk->page == walk->target;
}

static PangoLayout *
new_layout (cairo_t    *cr,
            const char *font,
            double      width)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_from_string (font);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Metrics must not depend on the output device, or a page break computed
   * for the PDF would differ from the one for the printer.
   */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (pango_layout_get_context (layout), options);
  pango_layout_context_changed (layout);
  cairo_font_options_destroy (options);

  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  if (width > 0)
    {
      pango_layout_set_width (layout, pango_units_from_double (width));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return pango_units_to_double (h);
}

static void
draw_header_footer (PxReportRenderer *self,
                    Walk             *walk)
{
  g_autoptr(PangoLayout) left = NULL;
  g_autoptr(PangoLayout) footer = NULL;
  g_autofree char *head = NULL;
  g_autofree char *page = NULL;
  cairo_t *cr = walk->cr;
  double inner = self->width - 2 * MARGIN;
  int w, h;

  head = g_strdup_printf ("Parallax — %s", self->report->title ? self->report->title : "");
  left = new_layout (cr, SMALL_FONT, inner);
  pango_layout_set_text (left, head, -1);
  pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_END);
  cairo_set_source_rgb (cr, 0.4, 0.4, 0.4);
  cairo_move_to (cr, MARGIN, MARGIN);
  pango_cairo_show_layout (cr, left);

  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, MARGIN, MARGIN + HEADER_HEIGHT - 6);
  cairo_line_to (cr, self->width - MARGIN, MARGIN + HEADER_HEIGHT - 6);
  cairo_stroke (cr);

  /* Translators: the page number in the footer of an exported comparison. */
  page = g_strdup_printf (_("Page %u of %u"), walk->page + 1, self->n_pages);
  footer = new_layout (cr, SMALL_FONT, -1);
  pango_layout_set_text (footer, page, -1);
  pango_layout_get_size (footer, &w, &h);
  cairo_move_to (cr, (self->width - pango_units_to_double (w)) / 2.0,
                 self->height - MARGIN - pango_units_to_double (h));
  pango_cairo_show_layout (cr, footer);
}

static void
new_page (PxReportRenderer *self,
          Walk             *walk)
{
  walk->page++;
  walk->y = body_top ();
  if (drawing (walk))
    draw_header_footer (self, walk);
}

/* Makes room for @height, starting a page if it does not fit. */
static gboolean
ensure_room (PxReportRenderer *self,
             Walk             *walk,
             double            height)
{
  if (walk->y + height <= body_bottom (self) || walk->y <= body_top () + 0.5)
    return FALSE;
  new_page (self, walk);
  return TRUE;
}

static void
show_layout (Walk        *walk,
             PangoLayout *layout,
             double       x,
             double       r,
             double       g,
             double       b)
{
  if (!drawing (walk))
    return;
  cairo_set_source_rgb (walk->cr, r, g, b);
  cairo_move_to (walk->cr, x, walk->y);
  pango_cairo_show_layout (walk->cr, layout);
}

static void
flow_text (PxReportRenderer *self,
           Walk             *walk,
           const char       *font,
           const char       *markup,
           double            indent,
           double            gap)
{
  g_autoptr(PangoLayout) layout = new_layout (walk->cr, font, self->width - 2 * MARGIN - indent);
  double height;

  pango_layout_set_markup (layout, markup, -1);
  height = layout_height (layout);
  ensure_room (self, walk, height);
  show_layout (walk, layout, MARGIN + indent, 0.1, 0.1, 0.1);
  walk->y += height + gap;
}

static void
flow_link (PxReportRenderer *self,
           Walk             *walk,
           const char       *url,
           double            indent)
{
  g_autoptr(PangoLayout) layout = new_layout (walk->cr, SMALL_FONT, self->width - 2 * MARGIN - indent);
  double height;

  pango_layout_set_text (layout, url, -1);
  height = layout_height (layout);
  ensure_room (self, walk, height);

  if (drawing (walk))
    {
      g_autofree char *escaped = g_strescape (url, NULL);
      g_autofree char *attributes = g_strdup_printf ("uri='%s'", escaped);

      /* A real link annotation, so readers of the PDF can open the source. */
      cairo_tag_begin (walk->cr, CAIRO_TAG_LINK, attributes);
      show_layout (walk, layout, MARGIN + indent, 0.1, 0.3, 0.7);
      cairo_tag_end (walk->cr, CAIRO_TAG_LINK);
    }
  walk->y += height + 2;
}

static void
flow_title (PxReportRenderer *self,
            Walk             *walk)
{
  const PxReport *report = self->report;
  g_autofree char *title = g_markup_escape_text (report->title ? report->title : "", -1);

  flow_text (self, walk, TITLE_FONT, title, 0, 4);
  if (report->subtitle != NULL)
    {
      g_autofree char *subtitle = g_markup_escape_text (report->subtitle, -1);
      flow_text (self, walk, BODY_FONT, subtitle, 0, SECTION_GAP);
    }

  flow_text (self, walk, HEADING_FONT, _("Sources"), 0, 6);

  for (guint i = 0; i < report->sources->len; i++)
    {
      const PxReportSource *source = g_ptr_array_index (report->sources, i);
      g_autoptr(GString) line = g_string_new (NULL);
      g_autofree char *outlet = g_markup_escape_text (source->outlet, -1);

      g_string_append_printf (line, "<b>%c  %s</b>", 'A' + (i % 26), outlet);
      if (source->title != NULL)
        {
          g_autofree char *t = g_markup_escape_text (source->title, -1);
          g_string_append_printf (line, " — %s", t);
        }
      flow_text (self, walk, BODY_FONT, line->str, 0, 1);

      g_string_truncate (line, 0);
      if (source->date != NULL)
        g_string_append_printf (line, "%s · ", source->date);
      if (source->language != NULL)
        g_string_append_printf (line, "%s · ", source->language);
      /* Translators: %s is a short hexadecimal fingerprint of an article's text. */
      g_string_append_printf (line, _("text fingerprint %s"), source->digest ? source->digest : "—");
      {
        g_autofree char *escaped = g_markup_escape_text (line->str, -1);
        flow_text (self, walk, SMALL_FONT, escaped, 14, 1);
      }
      if (source->url != NULL && !report->classroom)
        flow_link (self, walk, source->url, 14);
      walk->y += 4;
    }
  walk->y += SECTION_GAP - 4;

  if (report->summary->len > 0)
    {
      flow_text (self, walk, HEADING_FONT, _("Summary"), 0, 6);
      for (guint i = 0; i < report->summary->len; i++)
        {
          g_autofree char *escaped = g_markup_escape_text (g_ptr_array_index (report->summary, i), -1);
          g_autofree char *bullet = g_strdup_printf ("•  %s", escaped);
          flow_text (self, walk, BODY_FONT, bullet, 6, 2);
        }
      walk->y += SECTION_GAP;
    }
}

/* Where a mark's verdict label is inserted into the cell's display text,
 * offsets after it shift; this maps a source offset to the display one.
 */
typedef struct
{
  guint at;
  guint added;
} Shift;

static guint
shift_offset (GArray *shifts,
              guint   offset)
{
  guint out = offset;

  for (guint i = 0; i < shifts->len; i++)
    {
      const Shift *s = &g_array_index (shifts, Shift, i);
      if (s->at <= offset)
        out += s->added;
    }
  return out;
}

static gint
compare_marks_by_end (gconstpointer a,
                      gconstpointer b)
{
  const PxReportMark *ma = a, *mb = b;

  return (int)ma->end - (int)mb->end;
}

typedef struct
{
  guint start;
  guint end;
} Box;

/* Builds the layout of one synopsis cell: the passage with its marks as
 * attributes, and figure verdicts inserted as small labels after the figure.
 */
static PangoLayout *
cell_layout (cairo_t            *cr,
             const PxReportCell *cell,
             double              width,
             GArray             *boxes)
{
  PangoLayout *layout = new_layout (cr, BODY_FONT, width);
  g_autoptr(GArray) marks = NULL;
  g_autoptr(GArray) shifts = g_array_new (FALSE, FALSE, sizeof (Shift));
  g_autoptr(GString) text = NULL;
  PangoAttrList *attrs;
  guint inserted = 0;

  if (cell == NULL)
    {
      pango_layout_set_text (layout, "—", -1);
      return layout;
    }

  marks = g_array_copy (cell->marks);
  g_array_sort (marks, compare_marks_by_end);
  text = g_string_new (cell->text);

  for (guint i = 0; i < marks->len; i++)
    {
      const PxReportMark *mark = &g_array_index (marks, PxReportMark, i);
      g_autofree char *label = NULL;
      Shift shift;

      if (mark->kind != PX_REPORT_MARK_FIGURE || mark->label == NULL)
        continue;
      label = g_strdup_printf (" ⟨%s⟩", mark->label);
      g_string_insert (text, mark->end + inserted, label);
      shift.at = mark->end;
      shift.added = strlen (label);
      inserted += shift.added;
      g_array_append_val (shifts, shift);
    }

  pango_layout_set_text (layout, text->str, text->len);
  attrs = pango_attr_list_new ();

  for (guint i = 0; i < marks->len; i++)
    {
      const PxReportMark *mark = &g_array_index (marks, PxReportMark, i);
      guint start = shift_offset (shifts, mark->start);
      guint end = start + (mark->end - mark->start);
      PangoAttribute *attr;

      switch (mark->kind)
        {
        case PX_REPORT_MARK_FIGURE:
          {
            Box box = { start, end };
            g_array_append_val (boxes, box);
            attr = pango_attr_weight_new (PANGO_WEIGHT_BOLD);
            attr->start_index = start;
            attr->end_index = end;
            pango_attr_list_insert (attrs, attr);
            if (mark->label != NULL)
              {
                attr = pango_attr_foreground_new (0x9999, 0x3333, 0x0000);
                attr->start_index = end;
                attr->end_index = end + strlen (mark->label) + strlen (" ⟨⟩");
                pango_attr_list_insert (attrs, attr);
                attr = pango_attr_scale_new (0.8);
                attr->start_index = end;
                attr->end_index = end + strlen (mark->label) + strlen (" ⟨⟩");
                pango_attr_list_insert (attrs, attr);
              }
            continue;
          }

        case PX_REPORT_MARK_CHANGED:
          attr = pango_attr_underline_new (PANGO_UNDERLINE_SINGLE);
          attr->start_index = start;
          attr->end_index = end;
          pango_attr_list_insert (attrs, attr);
          attr = pango_attr_foreground_new (0xa000, 0x1000, 0x1000);
          break;

        case PX_REPORT_MARK_SYNONYM:
          attr = pango_attr_foreground_new (0x3000, 0x6000, 0xa000);
          break;

        case PX_REPORT_MARK_ATTRIBUTION:
          attr = pango_attr_background_new (0xdddd, 0xe8e8, 0xffff);
          break;

        case PX_REPORT_MARK_QUOTE:
        default:
          attr = pango_attr_style_new (PANGO_STYLE_ITALIC);
          break;
        }
      attr->start_index = start;
      attr->end_index = end;
      pango_attr_list_insert (attrs, attr);
    }

  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  return layout;
}

static void
draw_boxes (cairo_t     *cr,
            PangoLayout *layout,
            GArray      *boxes,
            double       x,
            double       y)
{
  PangoLayoutIter *iter;

  if (boxes->len == 0)
    return;

  iter = pango_layout_get_iter (layout);
  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle logical;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      for (guint i = 0; i < boxes->len; i++)
        {
          const Box *box = &g_array_index (boxes, Box, i);
          int *ranges = NULL;
          int n_ranges = 0;

          const char *text = pango_layout_get_text (layout);
          int start = MAX ((int)box->start, line->start_index);
          int end = MIN ((int)box->end, line->start_index + line->length);

          /* A box that wraps ends at the line's last glyph, not its edge. */
          while (end > start && text[end - 1] == ' ')
            end--;
          if (end <= start)
            continue;
          pango_layout_line_get_x_ranges (line, start, end, &ranges, &n_ranges);
          for (int r = 0; r < n_ranges; r++)
            {
              double x0 = x + pango_units_to_double (ranges[2 * r]);
              double x1 = x + pango_units_to_double (ranges[2 * r + 1]);

              cairo_rectangle (cr, x0 - 1, y + pango_units_to_double (logical.y),
                               x1 - x0 + 2, pango_units_to_double (logical.height));
            }
          g_free (ranges);
        }
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  cairo_set_source_rgba (cr, 1.0, 0.85, 0.3, 0.35);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, 0.75, 0.45, 0.0);
  cairo_set_line_width (cr, 0.6);
  cairo_stroke (cr);
}

/* The y (in layout coordinates) of the last line boundary at or before
 * @limit, counted from @from; at least one line so that a part always
 * advances.
 */
static double
line_break_before (PangoLayout *layout,
                   double       from,
                   double       limit)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  double best = from;
  double first_bottom = -1;

  do
    {
      PangoRectangle logical;
      double bottom;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      bottom = pango_units_to_double (logical.y + logical.height);
      if (bottom <= from + 0.01)
        continue;
      if (first_bottom < 0)
        first_bottom = bottom;
      if (bottom <= limit + 0.01)
        best = bottom;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  if (best <= from + 0.01 && first_bottom > 0)
    best = first_bottom;
  return best;
}

static void
table_columns (PxReportRenderer *self,
               guint             n_columns,
               double           *column_width)
{
  *column_width = (self->width - 2 * MARGIN - ID_COLUMN) / MAX (n_columns, 1);
}

static void
draw_table_header (PxReportRenderer *self,
                   Walk             *walk,
                   guint             first,
                   guint             n_columns)
{
  const PxReport *report = self->report;
  double column_width, height = 0;
  g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);

  table_columns (self, n_columns, &column_width);

  for (guint c = 0; c < n_columns; c++)
    {
      const PxReportSource *source = g_ptr_array_index (report->sources, first + c);
      PangoLayout *layout = new_layout (walk->cr, "DejaVu Sans Bold 8", column_width - 2 * CELL_PAD);
      g_autofree char *label = g_strdup_printf ("%c  %s", 'A' + ((first + c) % 26), source->outlet);

      pango_layout_set_text (layout, label, -1);
      height = MAX (height, layout_height (layout));
      g_ptr_array_add (layouts, layout);
    }
  height += 2 * CELL_PAD;

  ensure_room (self, walk, height + 30);

  if (drawing (walk))
    {
      cairo_set_source_rgb (walk->cr, 0.9, 0.9, 0.92);
      cairo_rectangle (walk->cr, MARGIN, walk->y, self->width - 2 * MARGIN, height);
      cairo_fill (walk->cr);
      {
        g_autoptr(PangoLayout) claim = new_layout (walk->cr, "DejaVu Sans Bold 8", ID_COLUMN - 2 * CELL_PAD);
        double y = walk->y;

        pango_layout_set_text (claim, _("Claim"), -1);
        walk->y += CELL_PAD;
        show_layout (walk, claim, MARGIN + CELL_PAD, 0.1, 0.1, 0.1);
        walk->y = y;
      }
      for (guint c = 0; c < n_columns; c++)
        {
          double y = walk->y;

          walk->y += CELL_PAD;
          show_layout (walk, g_ptr_array_index (layouts, c),
                       MARGIN + ID_COLUMN + c * column_width + CELL_PAD, 0.1, 0.1, 0.1);
          walk->y = y;
        }
    }
  walk->y += height;
}

static void
flow_row (PxReportRenderer *self,
          Walk             *walk,
          const PxReportRow *row,
          guint             first,
          guint             n_columns)
{
  const PxReport *report = self->report;
  g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) boxes = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
  g_autoptr(PangoLayout) id_layout = NULL;
  g_autoptr(GString) id_text = g_string_new (NULL);
  g_autofree double *offsets = g_new0 (double, n_columns + 1);
  double column_width, total = 0;
  gboolean done = FALSE;

  table_columns (self, n_columns, &column_width);

  g_string_append_printf (id_text, "%u\n%u/%u", row->id, row->coverage, report->sources->len);
  id_layout = new_layout (walk->cr, SMALL_FONT, ID_COLUMN - 2 * CELL_PAD);
  pango_layout_set_text (id_layout, id_text->str, -1);

  for (guint c = 0; c < n_columns; c++)
    {
      GArray *cell_boxes = g_array_new (FALSE, FALSE, sizeof (Box));
      PangoLayout *layout = cell_layout (walk->cr, g_ptr_array_index (row->cells, first + c),
                                         column_width - 2 * CELL_PAD, cell_boxes);

      total = MAX (total, layout_height (layout));
      g_ptr_array_add (layouts, layout);
      g_ptr_array_add (boxes, cell_boxes);
    }

  /* Notes (divergence summaries) run below the cells across the row. */
  {
    g_autoptr(GString) notes = g_string_new (NULL);
    PangoLayout *notes_layout;

    for (guint i = 0; i < row->notes->len; i++)
      {
        if (notes->len > 0)
          g_string_append_c (notes, '\n');
        g_string_append (notes, "▸ ");
        g_string_append (notes, g_ptr_array_index (row->notes, i));
      }
    notes_layout = new_layout (walk->cr, SMALL_FONT, self->width - 2 * MARGIN - ID_COLUMN - 2 * CELL_PAD);
    pango_layout_set_text (notes_layout, notes->str, -1);
    g_ptr_array_add (layouts, notes_layout);
  }

  /* A row that fits on a fresh page is never split; a taller one is cut at
   * line boundaries, cell by cell, and continues under a repeated header.
   */
  {
    double notes_height = row->notes->len > 0 ? layout_height (g_ptr_array_index (layouts, n_columns)) + 2 : 0;
    double full = total + notes_height + 2 * CELL_PAD;

    if (walk->y + full > body_bottom (self) && full <= body_bottom (self) - body_top () - 40)
      {
        new_page (self, walk);
        draw_table_header (self, walk, first, n_columns);
      }
  }

  while (!done)
    {
      double available = body_bottom (self) - walk->y - 2 * CELL_PAD;
      double part = 0;
      double top = walk->y;
      g_autofree double *cuts = g_new0 (double, n_columns);
      gboolean cells_done = TRUE;
      double notes_height;

      for (guint c = 0; c < n_columns; c++)
        {
          PangoLayout *layout = g_ptr_array_index (layouts, c);
          double height = layout_height (layout);

          if (offsets[c] >= height - 0.01)
            cuts[c] = offsets[c];
          else
            cuts[c] = line_break_before (layout, offsets[c], offsets[c] + available);
          part = MAX (part, cuts[c] - offsets[c]);
          if (cuts[c] < height - 0.01)
            cells_done = FALSE;
        }

      notes_height = 0;
      if (cells_done && row->notes->len > 0)
        {
          notes_height = layout_height (g_ptr_array_index (layouts, n_columns)) + 2;
          if (part + notes_height > available && part > 0)
            notes_height = -1;   /* notes go on the next page */
        }

      if (drawing (walk))
        {
          cairo_t *cr = walk->cr;
          double row_height = part + MAX (notes_height, 0) + 2 * CELL_PAD;

          if (offsets[0] < 0.01)
            {
              walk->y = top + CELL_PAD;
              show_layout (walk, id_layout, MARGIN + CELL_PAD, 0.35, 0.35, 0.35);
            }

          for (guint c = 0; c < n_columns; c++)
            {
              PangoLayout *layout = g_ptr_array_index (layouts, c);
              double x = MARGIN + ID_COLUMN + c * column_width + CELL_PAD;
              double y = top + CELL_PAD - offsets[c];
              const PxReportCell *cell = g_ptr_array_index (row->cells, first + c);

              cairo_save (cr);
              cairo_rectangle (cr, x - CELL_PAD, top + CELL_PAD - 0.5, column_width, cuts[c] - offsets[c] + 1);
              cairo_clip (cr);
              draw_boxes (cr, layout, g_ptr_array_index (boxes, c), x, y);
              if (cell == NULL)
                cairo_set_source_rgb (cr, 0.55, 0.55, 0.55);
              else
                cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
              cairo_move_to (cr, x, y);
              pango_cairo_show_layout (cr, layout);
              cairo_restore (cr);
            }

          if (notes_height > 0)
            {
              walk->y = top + CELL_PAD + part + 2;
              show_layout (walk, g_ptr_array_index (layouts, n_columns),
                           MARGIN + ID_COLUMN + CELL_PAD, 0.45, 0.25, 0.0);
            }

          cairo_set_source_rgb (cr, 0.8, 0.8, 0.8);
          cairo_set_line_width (cr, 0.5);
          cairo_move_to (cr, MARGIN, top + row_height);
          cairo_line_to (cr, self->width - MARGIN, top + row_height);
          cairo_stroke (cr);
        }

      walk->y = top + part + MAX (notes_height, 0) + 2 * CELL_PAD;
      for (guint c = 0; c < n_columns; c++)
        offsets[c] = cuts[c];

      done = cells_done && notes_height >= 0;
      if (!done)
        {
          new_page (self, walk);
          draw_table_header (self, walk, first, n_columns);
          if (cells_done)
            {
              /* Only the notes are left. */
              g_autofree char *text = g_strdup (pango_layout_get_text (g_ptr_array_index (layouts, n_columns)));
              g_autofree char *escaped = g_markup_escape_text (text, -1);

              flow_text (self, walk, SMALL_FONT, escaped, ID_COLUMN, 4);
              done = TRUE;
            }
        }
    }
}

static void
flow_synopsis (PxReportRenderer *self,
               Walk             *walk)
{
  const PxReport *report = self->report;
  guint n_sources = report->sources->len;

  for (guint first = 0; first < n_sources; first += PX_REPORT_RENDERER_MAX_COLUMNS)
    {
      guint n_columns = MIN (PX_REPORT_RENDERER_MAX_COLUMNS, n_sources - first);
      g_autofree char *heading = NULL;

      if (n_sources > PX_REPORT_RENDERER_MAX_COLUMNS)
        /* Translators: a section heading; the numbers say which sources it shows. */
        heading = g_strdup_printf (_("Synopsis, sources %u–%u of %u"), first + 1, first + n_columns, n_sources);
      else
        heading = g_strdup (_("Synopsis"));

      if (first > 0)
        new_page (self, walk);
      ensure_room (self, walk, 80);
      flow_text (self, walk, HEADING_FONT, heading, 0, 6);
      draw_table_header (self, walk, first, n_columns);

      for (guint r = 0; r < report->rows->len; r++)
        flow_row (self, walk, g_ptr_array_index (report->rows, r), first, n_columns);

      walk->y += SECTION_GAP;
    }
}

static void
flow_exclusive (PxReportRenderer *self,
                Walk             *walk)
{
  const PxReport *report = self->report;
  gboolean any = FALSE;

  for (guint i = 0; i < report->sources->len; i++)
    any |= ((PxReportSource *)g_ptr_array_index (report->sources, i))->exclusive->len > 0;
  if (!any)
    return;

  ensure_room (self, walk, 60);
  flow_text (self, walk, HEADING_FONT, _("Passages Only One Source Has"), 0, 6);

  for (guint i = 0; i < report->sources->len; i++)
    {
      const PxReportSource *source = g_ptr_array_index (report->sources, i);
      g_autofree char *outlet = NULL;
      g_autofree char *heading = NULL;

      if (source->exclusive->len == 0)
        continue;

      outlet = g_markup_escape_text (source->outlet, -1);
      heading = g_strdup_printf ("<b>%c  %s</b>", 'A' + (i % 26), outlet);
      ensure_room (self, walk, 40);
      flow_text (self, walk, BODY_FONT, heading, 0, 3);
      for (guint p = 0; p < source->exclusive->len; p++)
        {
          g_autofree char *escaped = g_markup_escape_text (g_ptr_array_index (source->exclusive, p), -1);
          g_autofree char *bullet = g_strdup_printf ("–  %s", escaped);

          flow_text (self, walk, BODY_FONT, bullet, 10, 2);
        }
      walk->y += 6;
    }
}

static void
walk_all (PxReportRenderer *self,
          Walk             *walk)
{
  walk->page = 0;
  walk->y = body_top ();
  if (drawing (walk))
    draw_header_footer (self, walk);

  flow_title (self, walk);
  flow_synopsis (self, walk);
  flow_exclusive (self, walk);
}

/**
 * px_report_renderer_paginate:
 * @self: a #PxReportRenderer
 * @cr: a context on the target surface (for font metrics); nothing is drawn
 *
 * Lays the report out on pages of the set size.
 *
 * Returns: the number of pages
 */
guint
px_report_renderer_paginate (PxReportRenderer *self,
                             cairo_t          *cr)
{
  Walk walk = { cr, -1, 0, 0 };

  g_return_val_if_fail (PX_IS_REPORT_RENDERER (self), 0);

  cairo_save (cr);
  walk_all (self, &walk);
  cairo_restore (cr);
  self->n_pages = walk.page + 1;
  return self->n_pages;
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
  Walk walk = { cr, (int)page, 0, 0 };

  g_return_if_fail (PX_IS_REPORT_RENDERER (self));
  g_return_if_fail (self->n_pages > 0);

  cairo_save (cr);
  walk_all (self, &walk);
  cairo_restore (cr);
}
