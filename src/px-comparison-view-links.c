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

static gboolean
first_member_in (PxComparisonView *self,
                 guint             group,
                 int               article,
                 guint            *sentence)
{
  const PxAlignmentMember *members;
  guint n;
  gboolean found = FALSE;

  if (article < 0)
    return FALSE;
  members = px_alignment_group_get_members (self->alignment, group, &n);
  for (guint m = 0; m < n; m++)
    if ((int)members[m].article == article && (!found || members[m].sentence < *sentence))
      {
        *sentence = members[m].sentence;
        found = TRUE;
      }
  return found;
}

static GArray *
visible_columns (PxComparisonView *self)
{
  GArray *columns = g_array_new (FALSE, FALSE, sizeof (Column));

  for (guint i = 0; i < self->panes->len; i++)
    {
      Column column = { g_ptr_array_index (self->panes, i), -1 };

      if (!gtk_widget_get_visible (GTK_WIDGET (column.pane)))
        continue;
      column.article = _px_comparison_view_alignment_index (self, column.pane);
      g_array_append_val (columns, column);
    }
  return columns;
}

static void
collect_bands (PxComparisonView *self,
               PxLinkGutter     *gutter,
               const Column     *left,
               const Column     *right,
               GArray           *links)
{
  for (guint group = 0; group < px_alignment_get_n_groups (self->alignment); group++)
    {
      PxGutterLink link = { 0 };
      guint sa, sb;

      if (!first_member_in (self, group, left->article, &sa) ||
          !first_member_in (self, group, right->article, &sb))
        continue;
      if (!px_source_pane_get_sentence_extent (left->pane, sa, GTK_WIDGET (gutter),
                                               &link.left_top, &link.left_bottom) ||
          !px_source_pane_get_sentence_extent (right->pane, sb, GTK_WIDGET (gutter),
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
far_partners (PxComparisonView *self,
              const Column     *columns,
              guint             n_columns,
              guint             p,
              guint             group)
{
  g_autoptr(GString) names = g_string_new (NULL);
  guint lo = p, hi = p, sentence;

  while (lo > 0 && first_member_in (self, group, columns[lo - 1].article, &sentence))
    lo--;
  while (hi + 1 < n_columns && first_member_in (self, group, columns[hi + 1].article, &sentence))
    hi++;
  for (guint q = 0; q < n_columns; q++)
    if ((q < lo || q > hi) && first_member_in (self, group, columns[q].article, &sentence))
      g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "",
                              px_source_pane_get_name (columns[q].pane));
  if (names->len == 0)
    return NULL;
  /* Translators: a tooltip on a mark beside a passage; %s lists sources. */
  return g_strdup_printf (_("Also reported by %s, which are not next to this source"), names->str);
}

static void
collect_stubs (PxComparisonView *self,
               PxLinkGutter     *gutter,
               const Column     *columns,
               guint             n_columns,
               guint             p,
               gboolean          right,
               GArray           *stubs)
{
  for (guint group = 0; group < px_alignment_get_n_groups (self->alignment); group++)
    {
      PxGutterStub stub = { 0 };
      guint sentence;

      if (!first_member_in (self, group, columns[p].article, &sentence))
        continue;
      if (!(stub.tooltip = far_partners (self, columns, n_columns, p, group)))
        continue;
      if (px_source_pane_get_sentence_extent (columns[p].pane, sentence, GTK_WIDGET (gutter),
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

void
_px_comparison_view_update_links (PxComparisonView *self)
{
  g_autoptr(GArray) columns = visible_columns (self);
  const Column *cols = (const Column *)(gpointer)columns->data;

  for (guint g = 0; g < self->gutters->len && g + 1 < columns->len; g++)
    {
      PxLinkGutter *gutter = g_ptr_array_index (self->gutters, g);
      g_autoptr(GArray) links = g_array_new (FALSE, FALSE, sizeof (PxGutterLink));
      GArray *stubs = g_array_new (FALSE, FALSE, sizeof (PxGutterStub));

      if (self->alignment != NULL)
        {
          collect_bands (self, gutter, &cols[g], &cols[g + 1], links);
          collect_stubs (self, gutter, cols, columns->len, g, FALSE, stubs);
          if (g + 2 == columns->len)
            collect_stubs (self, gutter, cols, columns->len, g + 1, TRUE, stubs);
        }
      px_link_gutter_set_links (gutter, (const PxGutterLink *)(gpointer)links->data, links->len);
      px_link_gutter_set_stubs (gutter, (const PxGutterStub *)(gpointer)stubs->data, stubs->len);
      free_stubs (stubs);
    }
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
