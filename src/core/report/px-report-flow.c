/* px-report-flow.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-report-flow"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "px-report-cell.h"
#include "px-report-flow.h"

/* Pagination in one pass: each piece of the report is laid out once to
 * measure it, placed on the current page or the next, and recorded in the
 * page plan; the layout is then dropped. The work is linear in the report,
 * however many pages it makes.
 */

PangoLayout *
px_flow_layout (PxFlow     *flow,
                PxStyle     style,
                const char *markup,
                double      width,
                PxWrap      wrap)
{
  PangoLayout *layout = px_style_layout_markup (flow->context, style, markup, width, wrap);

  px_style_sizes_track (flow->sizes, style, layout);
  return layout;
}

void
px_flow_cell_text (PxFlowCell *cell,
                   PxFlow     *flow,
                   PxStyle     style,
                   const char *markup,
                   double      x,
                   double      width,
                   PxWrap      wrap,
                   guint32     color)
{
  cell->layout = px_flow_layout (flow, style, markup, width, wrap);
  cell->item = (PxItem) {
    .kind = PX_ITEM_TEXT,
    .style = style,
    .wrap = wrap,
    .color = color,
    .x = x,
    .width = width,
    .markup = g_strdup (markup),
  };
}

/* A passage, with @heading (plain text, or %NULL) above it. */
void
px_flow_cell_passage (PxFlowCell         *cell,
                      PxFlow             *flow,
                      const PxReportCell *passage,
                      const char         *heading,
                      double              x,
                      double              width)
{
  g_autoptr(GArray) boxes = g_array_new (FALSE, FALSE, sizeof (guint) * 2);

  cell->layout = px_report_cell_layout (flow->context, passage, heading, width, boxes);
  px_style_sizes_track (flow->sizes, PX_STYLE_BODY, cell->layout);
  cell->item = (PxItem) {
    .kind = PX_ITEM_CELL,
    .style = PX_STYLE_BODY,
    .wrap = PX_WRAP_PASSAGE,
    .color = PX_COLOR_TEXT,
    .x = x,
    .width = width,
    .cell = passage,
    .markup = g_strdup (heading),
  };
}

void
px_flow_cells_clear (PxFlowCell *cells,
                     guint       n_cells)
{
  for (guint i = 0; i < n_cells; i++)
    {
      g_clear_object (&cells[i].layout);
      g_clear_pointer (&cells[i].item.markup, g_free);
      g_clear_pointer (&cells[i].item.link, g_free);
    }
}

/* Where the body, or the current column, starts on this page. */
static double
region_top (PxFlow *flow)
{
  return flow->n_columns > 1 ? flow->column_top : flow->top;
}

static void
set_column (PxFlow *flow,
            guint   column)
{
  flow->column = column;
  flow->left = flow->body_left + column * (flow->column_width + flow->column_gap);
  flow->right = flow->left + flow->column_width;
}

/* Moves on to the next column, or to the next page. */
void
px_flow_new_page (PxFlow *flow)
{
  PxFlowHeaderFunc header = flow->header;

  flow->column_low = MAX (flow->column_low, flow->y);
  if (flow->column + 1 < flow->n_columns)
    {
      set_column (flow, flow->column + 1);
      flow->y = flow->column_top;
    }
  else
    {
      if (flow->n_columns > 1)
        set_column (flow, 0);
      px_page_plan_add_page (flow->plan);
      flow->bottom = flow->page_bottom;
      flow->y = flow->column_top = flow->column_low = flow->top;
    }

  /* The header is drawn by a row, which must not repeat it again. */
  if (header != NULL)
    {
      flow->header = NULL;
      header (flow, flow->header_data);
      flow->header = header;
    }
}

/* Starts a page when @height does not fit below the cursor but fits on a
 * page of its own: to keep a block together.
 */
void
px_flow_keep (PxFlow *flow,
              double  height)
{
  if (flow->y + height > flow->bottom && height <= flow->bottom - region_top (flow) &&
      flow->y > region_top (flow) + 0.5)
    px_flow_new_page (flow);
}

double
px_flow_cells_height (PxFlow           *flow,
                      const PxFlowCell *cells,
                      guint             n_cells)
{
  double height = 0;

  for (guint i = 0; i < n_cells; i++)
    height = MAX (height, px_style_layout_height (cells[i].layout));
  return height + 2 * flow->pad;
}

/* Starts a page unless @height fits below the cursor; a piece taller than
 * a page starts at the top of the current one if the cursor is there.
 *
 * Returns: whether a page was started
 */
gboolean
px_flow_ensure (PxFlow *flow,
                double  height)
{
  if (flow->y + height <= flow->bottom || flow->y <= region_top (flow) + 0.5)
    return FALSE;
  px_flow_new_page (flow);
  return TRUE;
}

/* Sets the body's bottom: now, and on the pages that follow. */
void
px_flow_set_bottom (PxFlow *flow,
                    double  bottom)
{
  flow->page_bottom = bottom;
  if (bottom < flow->bottom)
    {
      flow->bottom = bottom;
      if (flow->y > bottom)
        px_flow_new_page (flow);
    }
}

/* Splits the body below the cursor into @n_columns, filled one after the
 * other; for lists of short lines, which would leave most of a wide page
 * empty.
 */
void
px_flow_begin_columns (PxFlow *flow,
                       guint   n_columns,
                       double  gap)
{
  g_assert (flow->n_columns <= 1 && n_columns >= 1);

  flow->column_gap = gap;
  flow->column_width = (flow->body_right - flow->body_left - (n_columns - 1) * gap) / n_columns;
  flow->n_columns = n_columns;
  flow->column_top = flow->column_low = flow->y;
  set_column (flow, 0);
}

/* Back to one column, below the lowest of the columns. */
void
px_flow_end_columns (PxFlow *flow)
{
  flow->column_low = MAX (flow->column_low, flow->y);
  flow->n_columns = 1;
  flow->column = 0;
  flow->left = flow->body_left;
  flow->right = flow->body_right;
  flow->y = flow->column_low;
}

void
px_flow_set_header (PxFlow           *flow,
                    PxFlowHeaderFunc  header,
                    gpointer          user_data)
{
  flow->header = header;
  flow->header_data = user_data;
}

/* The y (in layout coordinates) of the last line boundary at or before
 * @limit, counted from @from; at least one line, so that a part always
 * advances.
 */
static double
line_break_before (PangoLayout *layout,
                   double       from,
                   double       limit)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  double best = from, first_bottom = -1;

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
place_band (PxFlow           *flow,
            const PxFlowCell *cell,
            double            dx,
            double            y,
            double            offset,
            double            cut,
            double            height)
{
  PxItem item = cell->item;

  item.x += dx;
  item.y = y;
  item.offset = offset;
  item.height = offset < 0.01 && cut >= height - 0.01 ? 0 : cut - offset;
  item.markup = g_strdup (cell->item.markup);
  item.link = g_strdup (cell->item.link);
  px_page_plan_add (flow->plan, &item);
  if (item.kind == PX_ITEM_CELL && item.cell->marks->len > 0)
    px_page_plan_set_marks (flow->plan);
}

/* Where each cell's next part ends, given @available points of height.
 *
 * Returns: the height of the tallest part
 */
static double
cut_cells (PxFlowCell   *cells,
           guint         n_cells,
           const double *heights,
           const double *offsets,
           double       *cuts,
           double        available,
           gboolean     *done)
{
  double part = 0;

  *done = TRUE;
  for (guint i = 0; i < n_cells; i++)
    {
      if (offsets[i] >= heights[i] - 0.01)
        cuts[i] = offsets[i];
      else
        cuts[i] = line_break_before (cells[i].layout, offsets[i], offsets[i] + available);
      part = MAX (part, cuts[i] - offsets[i]);
      *done &= cuts[i] >= heights[i] - 0.01;
    }
  return part;
}

/* Above the part of a passage that runs on to a new page, its source's
 * name again, so that the columns can still be told apart.
 *
 * Returns: the height the names take, or 0
 */
static double
place_continued (PxFlow           *flow,
                 const PxFlowCell *cells,
                 guint             n_cells,
                 const double     *heights,
                 const double     *offsets,
                 double            dx)
{
  double height = 0;

  for (guint i = 0; i < n_cells; i++)
    {
      const PxItem *passage = &cells[i].item;
      g_autoptr(PangoLayout) layout = NULL;
      PxItem item;

      if (passage->kind != PX_ITEM_CELL || passage->markup == NULL || offsets[i] >= heights[i] - 0.01)
        continue;
      item = (PxItem) {
        .kind = PX_ITEM_TEXT, .style = PX_STYLE_NOTE_BOLD, .wrap = PX_WRAP_ELLIPSIZE, .color = PX_COLOR_DIM,
        .x = passage->x + dx, .y = flow->y + flow->pad, .width = passage->width,
        /* Translators: above the rest of a passage on the next page. */
        .markup = g_markup_printf_escaped (_("%s (continued)"), passage->markup),
      };
      layout = px_flow_layout (flow, item.style, item.markup, item.width, item.wrap);
      height = MAX (height, px_style_layout_height (layout));
      px_page_plan_add (flow->plan, &item);
    }
  return height;
}

/**
 * px_flow_row:
 * @flow: the flow
 * @cells: (array length=n_cells): the row's cells, measured
 * @n_cells: their number
 * @shade: a background colour, or 0 for none
 *
 * Places a table row at the cursor. A row that does not fit goes to the
 * next page whole when it fits on one (unless the flow splits rows); a
 * taller one is cut at line boundaries, cell by cell, and continues under
 * the repeated header. In columns, a row that moves on to the next column
 * moves with it.
 */
void
px_flow_row (PxFlow     *flow,
             PxFlowCell *cells,
             guint       n_cells,
             guint32     shade)
{
  g_autofree double *heights = g_new0 (double, n_cells);
  g_autofree double *offsets = g_new0 (double, n_cells);
  g_autofree double *cuts = g_new0 (double, n_cells);
  double measured_left = flow->left;
  double full = 0, head = 0;
  gboolean done = FALSE;

  for (guint i = 0; i < n_cells; i++)
    full = MAX (full, heights[i] = px_style_layout_height (cells[i].layout));
  full += 2 * flow->pad;

  if (flow->y + full > flow->bottom && full <= flow->bottom - region_top (flow) - 40 &&
      flow->y > region_top (flow) + 0.5 && (!flow->split || flow->y + 50 > flow->bottom))
    px_flow_new_page (flow);

  for (guint round = 0; !done; round++)
    {
      double dx = flow->left - measured_left;
      double part;

      if (round > 0)
        head = place_continued (flow, cells, n_cells, heights, offsets, dx);
      part = cut_cells (cells, n_cells, heights, offsets, cuts, flow->bottom - flow->y - head - 2 * flow->pad,
                        &done);
      if (shade != 0)
        {
          PxItem fill = { .kind = PX_ITEM_FILL, .color = shade, .x = flow->left, .y = flow->y,
                          .width = px_flow_width (flow), .height = head + part + 2 * flow->pad };
          px_page_plan_add (flow->plan, &fill);
        }
      for (guint i = 0; i < n_cells; i++)
        if (cuts[i] > offsets[i])
          place_band (flow, &cells[i], dx, flow->y + head + flow->pad, offsets[i], cuts[i], heights[i]);

      flow->y += head + part + 2 * flow->pad;
      memcpy (offsets, cuts, n_cells * sizeof (double));
      if (!done)
        px_flow_new_page (flow);
    }
}

/* A paragraph across the body, @indent from its left edge. */
void
px_flow_text (PxFlow     *flow,
              PxStyle     style,
              const char *markup,
              double      indent,
              double      gap_after)
{
  PxFlowCell cell;

  px_flow_cell_text (&cell, flow, style, markup, flow->left + indent, px_flow_width (flow) - indent,
                     PX_WRAP_WORD, PX_COLOR_TEXT);
  px_flow_row (flow, &cell, 1, 0);
  px_flow_cells_clear (&cell, 1);
  flow->y += gap_after - 2 * flow->pad;
}

/* A section heading, kept on one page with the first @keep_with points of
 * what follows it.
 */
void
px_flow_heading (PxFlow     *flow,
                 const char *text,
                 double      keep_with)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  px_flow_ensure (flow, 22 + keep_with);
  px_flow_text (flow, PX_STYLE_HEADING, escaped, 0, 4);
}

void
px_flow_rule (PxFlow  *flow,
              guint32  color)
{
  PxItem rule = { .kind = PX_ITEM_RULE, .color = color, .x = flow->left, .y = flow->y,
                  .width = px_flow_width (flow) };

  px_page_plan_add (flow->plan, &rule);
}
