/* px-report-cell.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-report-cell"

#include "config.h"

#include <string.h>

#include "px-report-cell.h"

/* A passage as the report draws it: the differing words in colour, the
 * figures boxed with their verdict beside them in small type, who is cited
 * shaded, quotations in italics. The legend (px-report-renderer.c) says
 * the same in words.
 */

typedef struct
{
  guint start;
  guint end;
} Box;

/* Where a verdict is inserted into the passage, later offsets shift. */
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

static void
insert_attr (PangoAttrList  *attrs,
             PangoAttribute *attr,
             guint           start,
             guint           end)
{
  attr->start_index = start;
  attr->end_index = end;
  pango_attr_list_insert (attrs, attr);
}

static void
mark_attrs (PangoAttrList      *attrs,
            const PxReportMark *mark,
            guint               start,
            guint               end,
            GArray             *boxes)
{
  switch (mark->kind)
    {
    case PX_REPORT_MARK_FIGURE:
      {
        Box box = { start, end };

        g_array_append_val (boxes, box);
        insert_attr (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD), start, end);
        if (mark->label != NULL)
          {
            /* The verdict, inserted as " (hedge)" after the figure. */
            guint label_end = end + strlen (mark->label) + 3;

            insert_attr (attrs, pango_attr_foreground_new (0x9999, 0x3333, 0x0000), end, label_end);
            insert_attr (attrs, pango_attr_size_new ((int)(px_style_get_size (PX_STYLE_NOTE) * PANGO_SCALE)),
                         end, label_end);
          }
        break;
      }

    case PX_REPORT_MARK_CHANGED:
      insert_attr (attrs, pango_attr_underline_new (PANGO_UNDERLINE_SINGLE), start, end);
      insert_attr (attrs, pango_attr_foreground_new (0xa000, 0x1000, 0x1000), start, end);
      break;

    case PX_REPORT_MARK_SYNONYM:
      insert_attr (attrs, pango_attr_foreground_new (0x2000, 0x5000, 0xb000), start, end);
      break;

    case PX_REPORT_MARK_ATTRIBUTION:
      insert_attr (attrs, pango_attr_background_new (0xdddd, 0xe8e8, 0xffff), start, end);
      break;

    case PX_REPORT_MARK_QUOTE:
    default:
      insert_attr (attrs, pango_attr_style_new (PANGO_STYLE_ITALIC), start, end);
      break;
    }
}

/**
 * px_report_cell_layout:
 * @context: the report's Pango context
 * @cell: the passage
 * @heading: (nullable): a lead-in before the passage, in bold note type:
 *   whose passage it is
 * @width: the column's text width
 * @boxes: (element-type Box): receives the byte ranges to box
 *
 * Returns: (transfer full): the passage's layout, in the body style
 */
/* Between a run-in heading and its passage: an en space. */
#define RUN_IN_SPACE "\u2002"

PangoLayout *
px_report_cell_layout (PangoContext       *context,
                       const PxReportCell *cell,
                       const char         *heading,
                       double              width,
                       GArray             *boxes)
{
  PangoLayout *layout = px_style_layout (context, PX_STYLE_BODY, width, PX_WRAP_PASSAGE);
  g_autoptr(GArray) marks = g_array_copy (cell->marks);
  g_autoptr(GArray) shifts = g_array_new (FALSE, FALSE, sizeof (Shift));
  g_autoptr(GString) text = g_string_new (cell->text);
  guint length = text->len, inserted = 0, head = 0;
  PangoAttrList *attrs;

  g_array_sort (marks, compare_marks_by_end);
  for (guint i = 0; i < marks->len; i++)
    {
      const PxReportMark *mark = &g_array_index (marks, PxReportMark, i);
      g_autofree char *label = NULL;
      Shift shift;

      if (mark->kind != PX_REPORT_MARK_FIGURE || mark->label == NULL || mark->end > length)
        continue;
      label = g_strdup_printf (" (%s)", mark->label);
      g_string_insert (text, mark->end + inserted, label);
      shift.at = mark->end;
      shift.added = strlen (label);
      inserted += shift.added;
      g_array_append_val (shifts, shift);
    }

  /* The heading runs in before the passage, in one layout with it, so
   * that the two never part and a block of passages spends no line on
   * names alone.
   */
  if (heading != NULL)
    {
      g_string_prepend (text, RUN_IN_SPACE);
      g_string_prepend (text, heading);
      head = strlen (heading) + strlen (RUN_IN_SPACE);
    }

  pango_layout_set_text (layout, text->str, text->len);
  attrs = pango_attr_list_new ();
  if (head > 0)
    {
      insert_attr (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD), 0, head);
      insert_attr (attrs, pango_attr_size_new ((int)(px_style_get_size (PX_STYLE_NOTE) * PANGO_SCALE)), 0, head);
      insert_attr (attrs, pango_attr_foreground_new (0x3333, 0x3333, 0x3333), 0, head);
    }
  for (guint i = 0; i < marks->len; i++)
    {
      const PxReportMark *mark = &g_array_index (marks, PxReportMark, i);
      guint start;

      if (mark->end > length || mark->start >= mark->end)
        continue;
      start = head + shift_offset (shifts, mark->start);
      mark_attrs (attrs, mark, start, start + (mark->end - mark->start), boxes);
    }
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  return layout;
}

/* Draws the boxes behind the figures of a cell laid out at (@x, @y). */
void
px_report_cell_draw_boxes (cairo_t     *cr,
                           PangoLayout *layout,
                           GArray      *boxes,
                           double       x,
                           double       y)
{
  const char *text = pango_layout_get_text (layout);
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
          int start = MAX ((int)box->start, line->start_index);
          int end = MIN ((int)box->end, line->start_index + line->length);
          int *ranges = NULL;
          int n_ranges = 0;

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
