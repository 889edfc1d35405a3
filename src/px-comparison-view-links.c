/* px-comparison-view-links.c
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
#include "px-palette.h"

/* What the gutters between panes draw: a band for each claim two
 * neighbours share, and a mark on a passage whose claim is also in panes
 * the bands cannot reach (past a pane that lacks it). Each pane's marks
 * are drawn in the gutter to its right, the last pane's in the one to its
 * left.
 */

typedef struct
{
  PxSourcePane *pane;
  int           article;   /* index in the alignment, or -1 */
} Column;

/* What the gutters need to know, worked out once per update: the visible
 * columns, and for each claim the first passage it has in each of them
 * (-1 for none), so that a set of hundreds of sources costs one pass over
 * the claims, not one per gutter.
 */
typedef struct
{
  GArray *columns;
  int    *first;      /* n_groups × n_columns */
  guint   n_groups;
} Layout;

static void
layout_clear (Layout *layout)
{
  g_clear_pointer (&layout->columns, g_array_unref);
  g_clear_pointer (&layout->first, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Layout, layout_clear)

static int
first_in (const Layout *layout,
          guint         group,
          guint         column)
{
  return layout->first[group * layout->columns->len + column];
}

static const Column *
column_at (const Layout *layout,
           guint         column)
{
  return &g_array_index (layout->columns, Column, column);
}

static void
layout_init (Layout           *layout,
             PxComparisonView *self)
{
  guint n_articles = px_alignment_get_n_articles (self->alignment);
  g_autofree int *column_of = g_new (int, n_articles);

  layout->columns = g_array_new (FALSE, FALSE, sizeof (Column));
  for (guint a = 0; a < n_articles; a++)
    column_of[a] = -1;
  for (guint i = 0; i < self->panes->len; i++)
    {
      Column column = { g_ptr_array_index (self->panes, i), -1 };

      if (!gtk_widget_get_visible (GTK_WIDGET (column.pane)))
        continue;
      column.article = _px_comparison_view_alignment_index (self, column.pane);
      if (column.article >= 0)
        column_of[column.article] = layout->columns->len;
      g_array_append_val (layout->columns, column);
    }

  layout->n_groups = px_alignment_get_n_groups (self->alignment);
  layout->first = g_new (int, MAX (1, layout->n_groups * layout->columns->len));
  for (guint k = 0; k < layout->n_groups * layout->columns->len; k++)
    layout->first[k] = -1;
  for (guint g = 0; g < layout->n_groups; g++)
    {
      const PxAlignmentMember *members;
      guint n;

      members = px_alignment_group_get_members (self->alignment, g, &n);
      for (guint m = 0; m < n; m++)
        {
          int c = members[m].article < n_articles ? column_of[members[m].article] : -1;
          int *slot = c >= 0 ? &layout->first[g * layout->columns->len + c] : NULL;

          if (slot != NULL && (*slot < 0 || (int)members[m].sentence < *slot))
            *slot = members[m].sentence;
        }
    }
}

static void
collect_bands (PxComparisonView *self,
               const Layout     *layout,
               PxLinkGutter     *gutter,
               guint             left,
               GArray           *links)
{
  for (guint group = 0; group < layout->n_groups; group++)
    {
      PxGutterLink link = { 0 };
      int sa = first_in (layout, group, left), sb = first_in (layout, group, left + 1);

      if (sa < 0 || sb < 0 || _px_comparison_view_group_hidden (self, group))
        continue;
      if (!px_source_pane_get_sentence_extent (column_at (layout, left)->pane, sa, GTK_WIDGET (gutter),
                                               &link.left_top, &link.left_bottom) ||
          !px_source_pane_get_sentence_extent (column_at (layout, left + 1)->pane, sb, GTK_WIDGET (gutter),
                                               &link.right_top, &link.right_bottom))
        continue;
      link.color = px_palette_get_group_slot (self->alignment, group);
      link.selected = (int)group == self->selected_group;
      g_array_append_val (links, link);
    }
}

/* The sources that carry @group but are out of the bands' reach from
 * column @p: outside the run of neighbouring columns that all carry it.
 */
static char *
far_partners (const Layout *layout,
              guint         p,
              guint         group)
{
  g_autoptr(GString) names = g_string_new (NULL);
  guint n_columns = layout->columns->len;
  guint lo = p, hi = p;

  while (lo > 0 && first_in (layout, group, lo - 1) >= 0)
    lo--;
  while (hi + 1 < n_columns && first_in (layout, group, hi + 1) >= 0)
    hi++;
  for (guint q = 0; q < n_columns; q++)
    if ((q < lo || q > hi) && first_in (layout, group, q) >= 0)
      g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "",
                              px_source_pane_get_name (column_at (layout, q)->pane));
  if (names->len == 0)
    return NULL;
  /* Translators: a tooltip on a mark beside a passage; %s lists sources. */
  return g_strdup_printf (_("Also reported by %s, which are not next to this source"), names->str);
}

static void
collect_stubs (PxComparisonView *self,
               const Layout     *layout,
               PxLinkGutter     *gutter,
               guint             p,
               gboolean          right,
               GArray           *stubs)
{
  for (guint group = 0; group < layout->n_groups; group++)
    {
      PxGutterStub stub = { 0 };
      int sentence = first_in (layout, group, p);

      if (sentence < 0 || _px_comparison_view_group_hidden (self, group) ||
          !(stub.tooltip = far_partners (layout, p, group)))
        continue;
      if (px_source_pane_get_sentence_extent (column_at (layout, p)->pane, sentence, GTK_WIDGET (gutter),
                                              &stub.top, &stub.bottom))
        {
          stub.color = px_palette_get_group_slot (self->alignment, group);
          stub.right = right;
          stub.selected = (int)group == self->selected_group;
          g_array_append_val (stubs, stub);
        }
      else
        g_free (stub.tooltip);
    }
}

static void
free_stubs (GArray *stubs)
{
  for (guint i = 0; i < stubs->len; i++)
    g_free (g_array_index (stubs, PxGutterStub, i).tooltip);
  g_array_unref (stubs);
}

/* Gutters scrolled out of sight are left empty until they come back. */
static gboolean
on_screen (PxComparisonView *self,
           GtkWidget        *gutter)
{
  graphene_rect_t bounds;

  if (!gtk_widget_compute_bounds (gutter, GTK_WIDGET (self->scroller), &bounds))
    return FALSE;
  return bounds.origin.x + bounds.size.width >= 0 &&
         bounds.origin.x <= gtk_widget_get_width (GTK_WIDGET (self->scroller));
}

static void
update_gutter (PxComparisonView *self,
               const Layout     *layout,
               guint             g)
{
  PxLinkGutter *gutter = g_ptr_array_index (self->gutters, g);
  g_autoptr(GArray) links = g_array_new (FALSE, FALSE, sizeof (PxGutterLink));
  GArray *stubs = g_array_new (FALSE, FALSE, sizeof (PxGutterStub));

  if (layout != NULL && g + 1 < layout->columns->len && on_screen (self, GTK_WIDGET (gutter)))
    {
      collect_bands (self, layout, gutter, g, links);
      collect_stubs (self, layout, gutter, g, FALSE, stubs);
      if (g + 2 == layout->columns->len)
        collect_stubs (self, layout, gutter, g + 1, TRUE, stubs);
    }
  px_link_gutter_set_links (gutter, (const PxGutterLink *)(gpointer)links->data, links->len);
  px_link_gutter_set_stubs (gutter, (const PxGutterStub *)(gpointer)stubs->data, stubs->len);
  free_stubs (stubs);
}

void
_px_comparison_view_update_links (PxComparisonView *self)
{
  g_auto(Layout) layout = { 0 };

  if (self->alignment != NULL)
    layout_init (&layout, self);
  for (guint g = 0; g < self->gutters->len; g++)
    update_gutter (self, self->alignment != NULL ? &layout : NULL, g);
}

static gboolean
update_links_tick_cb (GtkWidget     *widget,
                      GdkFrameClock *clock,
                      gpointer       user_data)
{
  PxComparisonView *self = PX_COMPARISON_VIEW (widget);

  self->links_tick = 0;
  _px_comparison_view_update_links (self);
  return G_SOURCE_REMOVE;
}

/* Scrolling and resizing can fire many times per frame; the bands are
 * recomputed once, before the next frame is drawn.
 */
void
_px_comparison_view_queue_update_links (PxComparisonView *self)
{
  if (self->links_tick == 0)
    self->links_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), update_links_tick_cb, NULL, NULL);
}

void
_px_comparison_view_stop_links (PxComparisonView *self)
{
  if (self->links_tick != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->links_tick);
      self->links_tick = 0;
    }
}
