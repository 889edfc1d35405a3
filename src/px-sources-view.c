/* px-sources-view.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-sources-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "px-views.h"
#include "px-sources-view.h"

/* The sources view answers "who is this source, whom does it rely on, and
 * with whom does it agree?": a heat map of the claims each pair of sources
 * shares, then per source its attribution chains as a small graph and the
 * passages no other source has.
 */

#define NODE_PAD_X      10.0
#define NODE_HEIGHT     28.0
#define NODE_MAX_TEXT   260
#define ROW_GAP         8.0
#define LEVEL_GAP       40.0
#define ROOT_GAP        64.0
#define CELL_WIDTH      120.0
#define CELL_HEIGHT     44.0
#define CELL_GAP        3.0
#define MAX_PASSAGES    5

typedef struct
{
  char         *text;
  PxSourceKind  kind;
  double        width;
  double        y;
  GPtrArray    *children;   /* of ChainNode, in the drawn tree */
} ChainNode;

/* The distinct chains of one source, ready to draw: the source itself at
 * the left, the sources it cites to its right, outward. Chains that share a
 * beginning share its boxes, so the drawing is a tree.
 */
typedef struct
{
  ChainNode *root;
  GPtrArray *chains;        /* of GPtrArray of ChainNode */
  GArray    *level_widths;  /* of double, the widest node per step */
  guint      n_rows;
} ChainGraph;

struct _PxSourcesView
{
  GtkWidget      parent_instance;

  PxComparison  *comparison;
  GPtrArray     *display_names;
  GPtrArray     *names;         /* display name per article */
  guint         *shared;        /* n × n */
  guint          n_articles;
  double         label_width;
  double         header_height;
  GPtrArray     *graphs;        /* of ChainGraph, per article */

  GtkWidget     *scroller;
  GtkBox        *content;
  GtkDrawingArea *heat_map;
};

G_DEFINE_FINAL_TYPE (PxSourcesView, px_sources_view, GTK_TYPE_WIDGET)

static void
chain_node_free (ChainNode *node)
{
  g_free (node->text);
  g_clear_pointer (&node->children, g_ptr_array_unref);
  g_free (node);
}

static void
chain_graph_free (ChainGraph *graph)
{
  g_clear_pointer (&graph->root, chain_node_free);
  g_clear_pointer (&graph->chains, g_ptr_array_unref);
  g_clear_pointer (&graph->level_widths, g_array_unref);
  g_free (graph);
}

static void
kind_color (PxSourceKind  kind,
            GdkRGBA      *rgba)
{
  const char *spec;

  switch (kind)
    {
    case PX_SOURCE_OUTLET:
    case PX_SOURCE_AGENCY:
      spec = "#3584e4";
      break;
    case PX_SOURCE_OFFICIAL:
      spec = "#e66100";
      break;
    case PX_SOURCE_INSTITUTION:
      spec = "#26a269";
      break;
    case PX_SOURCE_PERSON:
      spec = "#9141ac";
      break;
    case PX_SOURCE_ANONYMOUS:
    default:
      spec = "#77767b";
      break;
    }
  gdk_rgba_parse (rgba, spec);
}

static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   width,
                   double   height,
                   double   radius)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
foreground_color (GtkWidget *widget,
                  GdkRGBA   *rgba)
{
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), rgba);
}

/* Chain graph */

static double
measure (GtkWidget  *widget,
         const char *text)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
  int width, height;

  pango_layout_get_pixel_size (layout, &width, &height);
  return MIN (width, NODE_MAX_TEXT) + 2 * NODE_PAD_X;
}

static double
graph_width (ChainGraph *graph)
{
  double width = graph->root->width;

  for (guint l = 0; l < graph->level_widths->len; l++)
    width += (l == 0 ? ROOT_GAP : LEVEL_GAP) + g_array_index (graph->level_widths, double, l);
  return width;
}

static double
graph_height (ChainGraph *graph)
{
  guint rows = MAX (graph->n_rows, 1);

  return rows * NODE_HEIGHT + (rows - 1) * ROW_GAP;
}

static void
draw_node (GtkWidget       *widget,
           cairo_t         *cr,
           const ChainNode *node,
           double           x,
           double           y,
           const GdkRGBA   *fg)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, node->text);
  GdkRGBA color;
  int text_width, text_height;

  kind_color (node->kind, &color);
  rounded_rectangle (cr, x + 0.5, y + 0.5, node->width - 1, NODE_HEIGHT - 1, 6);
  cairo_set_source_rgba (cr, color.red, color.green, color.blue, 0.14);
  cairo_fill_preserve (cr);
  cairo_set_source_rgba (cr, color.red, color.green, color.blue, 0.85);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);

  pango_layout_set_width (layout, (int)(node->width - 2 * NODE_PAD_X) * PANGO_SCALE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_get_pixel_size (layout, &text_width, &text_height);
  cairo_move_to (cr, x + NODE_PAD_X, y + (NODE_HEIGHT - text_height) / 2);
  gdk_cairo_set_source_rgba (cr, fg);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_arrow (cairo_t       *cr,
            double         x1,
            double         y1,
            double         x2,
            double         y2,
            const GdkRGBA *fg)
{
  double mid = (x1 + x2) / 2;

  cairo_set_source_rgba (cr, fg->red, fg->green, fg->blue, 0.45);
  cairo_set_line_width (cr, 1.2);
  cairo_move_to (cr, x1, y1);
  cairo_curve_to (cr, mid, y1, mid, y2, x2 - 5, y2);
  cairo_stroke (cr);
  cairo_move_to (cr, x2, y2);
  cairo_line_to (cr, x2 - 7, y2 - 4);
  cairo_line_to (cr, x2 - 7, y2 + 4);
  cairo_close_path (cr);
  cairo_fill (cr);
}

static void
draw_subtree (GtkWidget       *widget,
              cairo_t         *cr,
              ChainGraph      *graph,
              const ChainNode *node,
              double           x,
              guint            depth,
              const GdkRGBA   *fg)
{
  double column = depth == 0 ? node->width : g_array_index (graph->level_widths, double, depth - 1);
  double child_x = x + column + (depth == 0 ? ROOT_GAP : LEVEL_GAP);

  for (guint c = 0; node->children != NULL && c < node->children->len; c++)
    {
      const ChainNode *child = g_ptr_array_index (node->children, c);

      draw_arrow (cr, x + node->width, node->y + NODE_HEIGHT / 2, child_x, child->y + NODE_HEIGHT / 2, fg);
      draw_subtree (widget, cr, graph, child, child_x, depth + 1, fg);
    }
  draw_node (widget, cr, node, x, node->y, fg);
}

static void
draw_chain_graph (GtkDrawingArea *area,
                  cairo_t        *cr,
                  int             width,
                  int             height,
                  gpointer        user_data)
{
  ChainGraph *graph = user_data;
  GdkRGBA fg;

  foreground_color (GTK_WIDGET (area), &fg);
  cairo_translate (cr, 1, 1);
  draw_subtree (GTK_WIDGET (area), cr, graph, graph->root, 0, 0, &fg);
}

/* Leaves take one row each, in the order the chains came; a box with
 * several successors sits in the middle of them.
 */
static void
layout_tree (ChainNode *node,
             guint     *next_row)
{
  if (node->children == NULL || node->children->len == 0)
    {
      node->y = (*next_row)++ * (NODE_HEIGHT + ROW_GAP);
      return;
    }

  for (guint c = 0; c < node->children->len; c++)
    layout_tree (g_ptr_array_index (node->children, c), next_row);
  node->y = (((ChainNode *)g_ptr_array_index (node->children, 0))->y +
             ((ChainNode *)g_ptr_array_index (node->children, node->children->len - 1))->y) / 2;
}

static ChainNode *
tree_child (ChainNode       *parent,
            const ChainNode *like)
{
  ChainNode *child;

  if (parent->children == NULL)
    parent->children = g_ptr_array_new_with_free_func ((GDestroyNotify)chain_node_free);
  for (guint c = 0; c < parent->children->len; c++)
    {
      child = g_ptr_array_index (parent->children, c);
      if (child->kind == like->kind && g_str_equal (child->text, like->text))
        return child;
    }

  child = g_new0 (ChainNode, 1);
  child->text = g_strdup (like->text);
  child->kind = like->kind;
  child->width = like->width;
  g_ptr_array_add (parent->children, child);
  return child;
}

static void
add_node (GPtrArray    *chain,
          GtkWidget    *widget,
          const char   *text,
          PxSourceKind  kind)
{
  ChainNode *node = g_new0 (ChainNode, 1);

  node->text = g_strdup (text);
  node->kind = kind;
  node->width = measure (widget, text);
  g_ptr_array_add (chain, node);
}

static gboolean
outlet_hidden (PxSourcesView *self,
               guint          article)
{
  PxAlignment *alignment = px_comparison_get_alignment (self->comparison);
  const char *outlet = px_article_get_outlet (px_alignment_get_article (alignment, article));

  return g_strcmp0 (outlet, g_ptr_array_index (self->names, article)) != 0;
}

static ChainGraph *
build_chain_graph (PxSourcesView *self,
                   GtkWidget     *area,
                   guint          article)
{
  PxAlignment *alignment = px_comparison_get_alignment (self->comparison);
  GPtrArray *attributions = px_comparison_get_attributions (self->comparison, article);
  ChainGraph *graph = g_new0 (ChainGraph, 1);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *root = px_comparison_dup_root (self->comparison, article);
  const char *name = g_ptr_array_index (self->names, article);

  graph->root = g_new0 (ChainNode, 1);
  /* Classroom mode hides metadata too, and a dateline agency ("mpd") can
   * give an outlet away as surely as its name.
   */
  if (outlet_hidden (self, article))
    graph->root->text = g_strdup (name);
  else
    graph->root->text = px_views_mask_outlets (alignment, self->display_names, root);
  graph->root->kind = PX_SOURCE_OUTLET;
  graph->root->width = measure (area, graph->root->text);
  graph->chains = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);
  graph->level_widths = g_array_new (FALSE, TRUE, sizeof (double));

  for (guint i = 0; attributions != NULL && i < attributions->len; i++)
    {
      PxAttribution *attribution = g_ptr_array_index (attributions, i);
      g_autoptr(GPtrArray) chain = g_ptr_array_new_with_free_func ((GDestroyNotify)chain_node_free);
      g_autoptr(GString) key = g_string_new (NULL);
      const char *source_name = px_attribution_get_source_name (attribution);
      g_autofree char *masked = px_views_mask_outlets (alignment, self->display_names,
                                                       source_name ? source_name : _("Unnamed source"));

      /* An outlet citing its own reporting adds no link to the chain. */
      if (g_strcmp0 (masked, name) != 0 && g_strcmp0 (masked, graph->root->text) != 0)
        add_node (chain, area, masked, px_attribution_get_source_kind (attribution));
      for (guint v = 0; v < px_attribution_get_n_via (attribution); v++)
        {
          g_autofree char *via = px_views_mask_outlets (alignment, self->display_names,
                                                        px_attribution_get_via_text (attribution, v));
          add_node (chain, area, via, px_attribution_get_via_kind (attribution, v));
        }
      if (chain->len == 0)
        continue;

      for (guint l = 0; l < chain->len; l++)
        {
          ChainNode *node = g_ptr_array_index (chain, l);

          g_string_append_printf (key, "%d\x1f%s\x1e", node->kind, node->text);
        }
      if (g_hash_table_contains (seen, key->str))
        continue;
      g_hash_table_add (seen, g_strdup (key->str));

      {
        ChainNode *parent = graph->root;

        for (guint l = 0; l < chain->len; l++)
          parent = tree_child (parent, g_ptr_array_index (chain, l));
      }
      for (guint l = 0; l < chain->len; l++)
        {
          ChainNode *node = g_ptr_array_index (chain, l);

          if (l >= graph->level_widths->len)
            g_array_set_size (graph->level_widths, l + 1);
          if (node->width > g_array_index (graph->level_widths, double, l))
            g_array_index (graph->level_widths, double, l) = node->width;
        }
      g_ptr_array_add (graph->chains, g_steal_pointer (&chain));
    }

  layout_tree (graph->root, &graph->n_rows);
  return graph;
}

/* Heat map
 *
 * Column labels are drawn at 45 degrees, ellipsized past a fixed length:
 * upright they overlap as soon as names are longer than a cell, and with
 * twelve sources most are. Rotated labels stand apart by the cell pitch
 * times sin 45°, well over a line of text. Hovering a label names it in
 * full.
 */

#define COLUMN_LABEL_MAX 180.0
#define LABEL_SLANT      (G_PI / 4)

static PangoLayout *
column_label_layout (GtkWidget  *widget,
                     const char *name)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, name);

  pango_layout_set_width (layout, (int)COLUMN_LABEL_MAX * PANGO_SCALE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  return layout;
}

static void
draw_labels (PxSourcesView *self,
             GtkWidget     *widget,
             cairo_t       *cr,
             const GdkRGBA *fg)
{
  for (guint a = 0; a < self->n_articles; a++)
    {
      const char *name = g_ptr_array_index (self->names, a);
      g_autoptr(PangoLayout) row_label = gtk_widget_create_pango_layout (widget, name);
      g_autoptr(PangoLayout) column_label = column_label_layout (widget, name);
      double y = self->header_height + a * (CELL_HEIGHT + CELL_GAP);
      double x = self->label_width + a * (CELL_WIDTH + CELL_GAP) + CELL_WIDTH / 2;
      int lw, lh;

      /* Row labels right-aligned against the grid. */
      pango_layout_set_width (row_label, (int)(self->label_width - 12) * PANGO_SCALE);
      pango_layout_set_alignment (row_label, PANGO_ALIGN_RIGHT);
      pango_layout_set_ellipsize (row_label, PANGO_ELLIPSIZE_END);
      pango_layout_get_pixel_size (row_label, &lw, &lh);
      gdk_cairo_set_source_rgba (cr, fg);
      cairo_move_to (cr, 0, y + (CELL_HEIGHT - lh) / 2);
      pango_cairo_show_layout (cr, row_label);

      /* Column labels rise to the right from the middle of their column. */
      pango_layout_get_pixel_size (column_label, &lw, &lh);
      cairo_save (cr);
      cairo_translate (cr, x, self->header_height - 6);
      cairo_rotate (cr, -LABEL_SLANT);
      cairo_move_to (cr, 0, -lh / 2.0);
      pango_cairo_show_layout (cr, column_label);
      cairo_restore (cr);
    }
}

static void
draw_cell (PxSourcesView *self,
           GtkWidget     *widget,
           cairo_t       *cr,
           const GdkRGBA *fg,
           guint          a,
           guint          b,
           guint          max)
{
  guint count = self->shared[a * self->n_articles + b];
  double x = self->label_width + b * (CELL_WIDTH + CELL_GAP);
  double y = self->header_height + a * (CELL_HEIGHT + CELL_GAP);
  double t = (double)count / max;
  g_autofree char *text = g_strdup_printf ("%u", count);
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
  PangoAttrList *attrs = pango_attr_list_new ();
  int tw, th;

  rounded_rectangle (cr, x, y, CELL_WIDTH, CELL_HEIGHT, 5);
  if (a == b)
    {
      /* The diagonal counts the source's own claims: a different measure,
       * so it is kept out of the colour scale.
       */
      cairo_set_source_rgba (cr, fg->red, fg->green, fg->blue, 0.06);
      cairo_fill_preserve (cr);
      cairo_set_source_rgba (cr, fg->red, fg->green, fg->blue, 0.25);
      cairo_set_line_width (cr, 1);
      cairo_set_dash (cr, (double[]) { 3, 3 }, 2, 0);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }
  else
    {
      cairo_set_source_rgba (cr, 0x1c / 255.0, 0x71 / 255.0, 0xd8 / 255.0, 0.07 + 0.88 * t);
      cairo_fill (cr);
    }

  pango_attr_list_insert (attrs, pango_attr_weight_new (a == b ? PANGO_WEIGHT_NORMAL : PANGO_WEIGHT_BOLD));
  pango_attr_list_insert (attrs, pango_attr_scale_new (1.15));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_get_pixel_size (layout, &tw, &th);
  if (a != b && t > 0.6)
    cairo_set_source_rgb (cr, 1, 1, 1);
  else
    cairo_set_source_rgba (cr, fg->red, fg->green, fg->blue, a == b ? 0.6 : 1.0);
  cairo_move_to (cr, x + (CELL_WIDTH - tw) / 2, y + (CELL_HEIGHT - th) / 2);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_heat_map (GtkDrawingArea *area,
               cairo_t        *cr,
               int             width,
               int             height,
               gpointer        user_data)
{
  PxSourcesView *self = user_data;
  GtkWidget *widget = GTK_WIDGET (area);
  guint n = self->n_articles;
  guint max = 1;
  GdkRGBA fg;

  foreground_color (widget, &fg);

  for (guint a = 0; a < n; a++)
    for (guint b = 0; b < n; b++)
      if (a != b)
        max = MAX (max, self->shared[a * n + b]);

  draw_labels (self, widget, cr, &fg);
  for (guint a = 0; a < n; a++)
    for (guint b = 0; b < n; b++)
      draw_cell (self, widget, cr, &fg, a, b, max);
}

/* The column whose slanted label passes through (@x, @y) in the header:
 * along the label, x grows as y falls.
 */
static int
column_at_label (PxSourcesView *self,
                 double         x,
                 double         y)
{
  double along = x - (self->header_height - 6 - y) - self->label_width - CELL_WIDTH / 2;
  int column = (int)floor (along / (CELL_WIDTH + CELL_GAP) + 0.5);

  if (y > self->header_height || column < 0 || column >= (int)self->n_articles)
    return -1;
  return column;
}

static gboolean
heat_map_query_tooltip_cb (GtkWidget     *widget,
                           int            x,
                           int            y,
                           gboolean       keyboard,
                           GtkTooltip    *tooltip,
                           PxSourcesView *self)
{
  double col = (x - self->label_width) / (CELL_WIDTH + CELL_GAP);
  double row = (y - self->header_height) / (CELL_HEIGHT + CELL_GAP);
  g_autofree char *text = NULL;
  guint a, b, count;

  if (self->n_articles > 0 && y < self->header_height && column_at_label (self, x, y) >= 0)
    {
      gtk_tooltip_set_text (tooltip, g_ptr_array_index (self->names, column_at_label (self, x, y)));
      return TRUE;
    }
  if (self->n_articles == 0 || col < 0 || row < 0 || col >= self->n_articles || row >= self->n_articles)
    return FALSE;

  a = (guint)row;
  b = (guint)col;
  count = self->shared[a * self->n_articles + b];
  if (a == b)
    /* Translators: a tooltip on the heat map's diagonal. */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%s reports %u claim",
                                         "%s reports %u claims", count),
                            (char *)g_ptr_array_index (self->names, a), count);
  else
    /* Translators: a tooltip on the heat map, e.g. "Source A and Source C share 7 claims". */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s and %s share %u claim",
                                         "%s and %s share %u claims", count),
                            (char *)g_ptr_array_index (self->names, a),
                            (char *)g_ptr_array_index (self->names, b), count);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* Building the page */

static GtkWidget *
add_label (GtkBox     *box,
           const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (box, label);
  return label;
}

static void
clear_content (PxSourcesView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->content))))
    gtk_box_remove (self->content, child);
  self->heat_map = NULL;
  g_clear_pointer (&self->graphs, g_ptr_array_unref);
}

static void
build_empty (PxSourcesView *self)
{
  GtkWidget *page = adw_status_page_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "system-users-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (page), _("No Comparison Yet"));
  adw_status_page_set_description (ADW_STATUS_PAGE (page),
                                   _("Open a set of articles to see who reports what, and on whose word."));
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (self->content, page);
}

static void
build_heat_map (PxSourcesView *self)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *area = gtk_drawing_area_new ();
  g_autoptr(GString) description = g_string_new (NULL);
  guint n = self->n_articles;
  double column_label_height = 0, column_label_width = 0;

  add_label (self->content, _("Shared Claims"), "title-4");
  add_label (self->content,
             _("How many claims each pair of sources both report. The diagonal counts "
               "all the claims of a source."),
             "dim-label");

  self->label_width = 0;
  for (guint a = 0; a < n; a++)
    {
      const char *name = g_ptr_array_index (self->names, a);
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (area, name);
      g_autoptr(PangoLayout) column = column_label_layout (area, name);
      int w, h;

      pango_layout_get_pixel_size (layout, &w, &h);
      self->label_width = MAX (self->label_width, MIN (w, 240) + 12);
      pango_layout_get_pixel_size (column, &w, &h);
      column_label_width = MAX (column_label_width, w);
      column_label_height = MAX (column_label_height, (w + h) * sin (LABEL_SLANT));
    }
  self->header_height = column_label_height + 10;

  /* The last column's label leans out past the grid. */
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area),
                                      (int)ceil (self->label_width + n * (CELL_WIDTH + CELL_GAP) +
                                                 MAX (0, column_label_width * cos (LABEL_SLANT) - CELL_WIDTH / 2)));
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area),
                                       (int)ceil (self->header_height + n * (CELL_HEIGHT + CELL_GAP)));
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_heat_map, self, NULL);
  gtk_widget_set_halign (area, GTK_ALIGN_CENTER);
  gtk_widget_set_has_tooltip (area, TRUE);
  g_signal_connect (area, "query-tooltip", G_CALLBACK (heat_map_query_tooltip_cb), self);

  /* Screen readers get the matrix as sentences. */
  for (guint a = 0; a < n; a++)
    for (guint b = a + 1; b < n; b++)
      {
        guint count = self->shared[a * n + b];

        if (description->len > 0)
          g_string_append (description, "; ");
        /* Translators: part of the heat map's description for screen readers. */
        g_string_append_printf (description, g_dngettext (GETTEXT_PACKAGE, "%s and %s share %u claim",
                                                          "%s and %s share %u claims", count),
                                (char *)g_ptr_array_index (self->names, a),
                                (char *)g_ptr_array_index (self->names, b), count);
      }
  gtk_accessible_update_property (GTK_ACCESSIBLE (area),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Claims shared between sources"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description->str,
                                  -1);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "px-source-card");
  /* Twelve sources make a map wider than a narrow window: it scrolls
   * sideways rather than widening the window's content.
   */
  {
    GtkWidget *scroller = gtk_scrolled_window_new ();

    gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
    gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
    gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scroller), TRUE);
    gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), area);
    gtk_box_append (GTK_BOX (card), scroller);
  }
  gtk_box_append (self->content, card);
  self->heat_map = GTK_DRAWING_AREA (area);
}

static GtkWidget *
legend (void)
{
  static const struct {
    PxSourceKind kind;
    const char *label;
  } kinds[] = {
    { PX_SOURCE_OUTLET, N_("Outlet or agency") },
    { PX_SOURCE_OFFICIAL, N_("Officials") },
    { PX_SOURCE_INSTITUTION, N_("Institution") },
    { PX_SOURCE_PERSON, N_("Person") },
    { PX_SOURCE_ANONYMOUS, N_("Unnamed") },
  };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 14);

  gtk_accessible_update_property (GTK_ACCESSIBLE (box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Legend of the attribution graphs"),
                                  -1);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      GdkRGBA color;
      g_autofree char *spec = NULL;
      g_autofree char *escaped = g_markup_escape_text (_(kinds[i].label), -1);
      g_autofree char *markup = NULL;
      GtkWidget *label = gtk_label_new (NULL);

      kind_color (kinds[i].kind, &color);
      spec = g_strdup_printf ("#%02x%02x%02x", (int)(color.red * 255), (int)(color.green * 255),
                              (int)(color.blue * 255));
      markup = g_strdup_printf ("<span foreground=\"%s\">■</span> %s", spec, escaped);
      gtk_label_set_markup (GTK_LABEL (label), markup);
      gtk_widget_add_css_class (label, "caption");
      gtk_box_append (GTK_BOX (box), label);
    }
  return box;
}

static void
show_more_cb (GtkListBox    *list,
              GtkListBoxRow *row,
              GtkWidget     *more_row)
{
  if (GTK_WIDGET (row) != more_row)
    return;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list)); child;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_visible (child, child != more_row);
}

/* Name, agency, and how many claims and exclusive passages. */
static void
build_source_header (PxSourcesView *self,
                     GtkBox        *card,
                     guint          article)
{
  PxAlignment *alignment = px_comparison_get_alignment (self->comparison);
  PxArticle *a = px_alignment_get_article (alignment, article);
  const char *name = g_ptr_array_index (self->names, article);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *titles = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  guint n_unique, n_claims = self->shared[article * self->n_articles + article];
  g_autofree char *root = px_comparison_dup_root (self->comparison, article);
  g_autofree char *root_masked = px_views_mask_outlets (alignment, self->display_names, root);
  g_autofree char *claims = NULL;
  g_autofree char *exclusive = NULL;
  g_autofree char *stats_text = NULL;
  GtkWidget *stats;

  gtk_widget_set_hexpand (titles, TRUE);
  add_label (GTK_BOX (titles), name, "title-3");
  if (px_article_get_agency (a) != NULL && g_strcmp0 (root_masked, name) != 0 && !outlet_hidden (self, article))
    {
      /* Translators: the news agency an article's dateline names. */
      g_autofree char *line = g_strdup_printf (_("Agency: %s"), px_article_get_agency (a));
      add_label (GTK_BOX (titles), line, "dim-label");
    }
  gtk_box_append (GTK_BOX (header), titles);

  px_alignment_get_unique_sentences (alignment, article, &n_unique);
  /* Translators: part of a source's summary, e.g. "12 claims". */
  claims = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u claim", "%u claims", n_claims), n_claims);
  /* Translators: part of a source's summary, e.g. "3 exclusive passages". */
  exclusive = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u exclusive passage",
                                            "%u exclusive passages", n_unique), n_unique);
  /* Translators: a source's summary, e.g. "12 claims · 3 exclusive passages". */
  stats_text = g_strdup_printf (_("%s · %s"), claims, exclusive);
  stats = gtk_label_new (stats_text);
  gtk_widget_add_css_class (stats, "dim-label");
  gtk_widget_add_css_class (stats, "numeric");
  gtk_widget_set_valign (stats, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (header), stats);
  gtk_box_append (card, header);
}

static void
build_source_chains (PxSourcesView *self,
                     GtkBox        *card,
                     guint          article)
{
  GtkWidget *label = add_label (card, _("Attribution Chains"), "heading");
  GtkWidget *area = gtk_drawing_area_new ();
  g_autoptr(GString) description = g_string_new (NULL);
  GtkWidget *scroller;
  ChainGraph *graph;

  gtk_widget_set_margin_top (label, 8);
  graph = build_chain_graph (self, area, article);
  g_ptr_array_add (self->graphs, graph);
  if (graph->chains->len == 0)
    {
      g_object_ref_sink (area);
      g_object_unref (area);
      add_label (card, _("This source names no one it relies on."), "dim-label");
      return;
    }

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), (int)ceil (graph_width (graph)) + 2);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), (int)ceil (graph_height (graph)) + 2);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_chain_graph, graph, NULL);
  gtk_widget_set_halign (area, GTK_ALIGN_START);

  for (guint r = 0; r < graph->chains->len; r++)
    {
      GPtrArray *chain = g_ptr_array_index (graph->chains, r);

      if (r > 0)
        g_string_append (description, "; ");
      g_string_append (description, graph->root->text);
      for (guint l = 0; l < chain->len; l++)
        g_string_append_printf (description, " → %s", ((ChainNode *)g_ptr_array_index (chain, l))->text);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (area),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Attribution chains"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description->str,
                                  -1);
  gtk_widget_set_tooltip_text (area, description->str);

  /* Long chains scroll sideways rather than widen the page. */
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), area);
  gtk_box_append (card, scroller);
}

static GtkWidget *
passage_label (const char *passage)
{
  GtkWidget *label = gtk_label_new (passage);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "px-passage");
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 8);
  gtk_widget_set_margin_bottom (label, 8);
  return label;
}

/* A long list would bury the next source; the rest is one click away. */
static void
append_more_row (GtkWidget *list,
                 guint      n_more)
{
  /* Translators: the last row of a source's exclusive passages. */
  g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Show %u More Passage",
                                                        "Show %u More Passages", n_more), n_more);
  GtkWidget *more_label = gtk_label_new (more);
  GtkWidget *more_row = gtk_list_box_row_new ();

  gtk_widget_set_margin_top (more_label, 8);
  gtk_widget_set_margin_bottom (more_label, 8);
  gtk_widget_add_css_class (more_label, "accent");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (more_row), more_label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (more_row), TRUE);
  gtk_list_box_append (GTK_LIST_BOX (list), more_row);
  g_signal_connect (list, "row-activated", G_CALLBACK (show_more_cb), more_row);
}

static void
build_source_exclusive (PxSourcesView *self,
                        GtkBox        *card,
                        guint          article)
{
  PxAlignment *alignment = px_comparison_get_alignment (self->comparison);
  PxArticle *a = px_alignment_get_article (alignment, article);
  const char *text = px_article_get_text (a);
  const PxSentence *sentences = px_article_get_sentences (a, NULL);
  GtkWidget *label = add_label (card, _("Only in This Source"), "heading");
  const guint *unique;
  GtkWidget *list;
  guint n_unique;

  gtk_widget_set_margin_top (label, 8);
  unique = px_alignment_get_unique_sentences (alignment, article, &n_unique);
  if (n_unique == 0)
    {
      add_label (card, _("Every passage of this source appears in another source too."), "dim-label");
      return;
    }

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Passages only this source reports"),
                                  -1);
  for (guint i = 0; i < n_unique; i++)
    {
      const PxSentence *s = &sentences[unique[i]];
      g_autofree char *passage = g_strndup (text + s->start, s->end - s->start);
      g_autofree char *masked = px_views_mask_outlets (alignment, self->display_names, passage);
      GtkWidget *row_label = passage_label (masked);

      gtk_list_box_append (GTK_LIST_BOX (list), row_label);
      if (i >= MAX_PASSAGES && n_unique > MAX_PASSAGES + 1)
        gtk_widget_set_visible (gtk_widget_get_parent (row_label), FALSE);
    }
  if (n_unique > MAX_PASSAGES + 1)
    append_more_row (list, n_unique - MAX_PASSAGES);
  gtk_box_append (card, list);
}

static void
build_source (PxSourcesView *self,
              guint          article)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "px-source-card");
  gtk_accessible_update_property (GTK_ACCESSIBLE (card),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, g_ptr_array_index (self->names, article),
                                  -1);
  build_source_header (self, GTK_BOX (card), article);
  build_source_chains (self, GTK_BOX (card), article);
  build_source_exclusive (self, GTK_BOX (card), article);
  gtk_box_append (self->content, card);
}

static void
rebuild (PxSourcesView *self)
{
  PxAlignment *alignment;
  guint n;

  clear_content (self);
  g_clear_pointer (&self->shared, g_free);
  g_clear_pointer (&self->names, g_ptr_array_unref);
  self->n_articles = 0;

  if (self->comparison == NULL)
    {
      build_empty (self);
      return;
    }

  alignment = px_comparison_get_alignment (self->comparison);
  n = self->n_articles = px_alignment_get_n_articles (alignment);
  self->names = g_ptr_array_new_with_free_func (g_free);
  for (guint a = 0; a < n; a++)
    g_ptr_array_add (self->names, px_views_dup_display_name (alignment, self->display_names, a));

  /* A pair shares a claim when both carry a passage of its group. */
  self->shared = g_new0 (guint, (gsize)n * n);
  for (guint g = 0; g < px_alignment_get_n_groups (alignment); g++)
    {
      const PxAlignmentMember *members;
      g_autofree gboolean *present = g_new0 (gboolean, n);
      guint n_members;

      members = px_alignment_group_get_members (alignment, g, &n_members);
      for (guint m = 0; m < n_members; m++)
        if (members[m].article < n)
          present[members[m].article] = TRUE;
      for (guint a = 0; a < n; a++)
        for (guint b = 0; b < n; b++)
          if (present[a] && present[b])
            self->shared[a * n + b]++;
    }

  build_heat_map (self);

  {
    GtkWidget *heading = add_label (self->content, _("Sources"), "title-4");
    gtk_widget_set_margin_top (heading, 18);
  }
  gtk_box_append (self->content, legend ());

  self->graphs = g_ptr_array_new_with_free_func ((GDestroyNotify)chain_graph_free);
  for (guint a = 0; a < n; a++)
    build_source (self, a);
}

static void
px_sources_view_dispose (GObject *object)
{
  PxSourcesView *self = (PxSourcesView *)object;

  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  self->content = NULL;
  self->heat_map = NULL;
  g_clear_pointer (&self->graphs, g_ptr_array_unref);
  g_clear_pointer (&self->names, g_ptr_array_unref);
  g_clear_pointer (&self->shared, g_free);
  g_clear_pointer (&self->display_names, g_ptr_array_unref);
  g_clear_object (&self->comparison);

  G_OBJECT_CLASS (px_sources_view_parent_class)->dispose (object);
}

static void
px_sources_view_class_init (PxSourcesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_sources_view_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "sourcesview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
px_sources_view_init (PxSourcesView *self)
{
  GtkWidget *clamp;


  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));

  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1000);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 700);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), clamp);

  self->content = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 10));
  gtk_widget_set_margin_start (GTK_WIDGET (self->content), 18);
  gtk_widget_set_margin_end (GTK_WIDGET (self->content), 18);
  gtk_widget_set_margin_top (GTK_WIDGET (self->content), 24);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->content), 24);
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (self->content));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Sources"),
                                  -1);
  rebuild (self);
}

/**
 * px_sources_view_new:
 *
 * Returns: (transfer floating): a new, empty sources view
 */
GtkWidget *
px_sources_view_new (void)
{
  return g_object_new (PX_TYPE_SOURCES_VIEW, NULL);
}

/**
 * px_sources_view_set_comparison:
 * @self: a #PxSourcesView
 * @comparison: (nullable): the comparison to show
 * @display_names: (nullable) (element-type utf8): the name to show for each
 *   article of the alignment, by index; %NULL shows the outlets
 */
void
px_sources_view_set_comparison (PxSourcesView *self,
                                PxComparison  *comparison,
                                GPtrArray     *display_names)
{
  g_return_if_fail (PX_IS_SOURCES_VIEW (self));
  g_return_if_fail (!comparison || PX_IS_COMPARISON (comparison));

  g_set_object (&self->comparison, comparison);
  g_clear_pointer (&self->display_names, g_ptr_array_unref);
  self->display_names = px_views_dup_names (display_names);
  rebuild (self);
}

/**
 * px_sources_view_get_comparison:
 * @self: a #PxSourcesView
 *
 * Returns: (transfer none) (nullable): the comparison shown
 */
PxComparison *
px_sources_view_get_comparison (PxSourcesView *self)
{
  g_return_val_if_fail (PX_IS_SOURCES_VIEW (self), NULL);
  return self->comparison;
}

/**
 * px_sources_view_get_shared:
 * @self: a #PxSourcesView
 * @a: an article index
 * @b: another article index, or @a
 *
 * Returns: the number of claim groups that both @a and @b carry, as the heat
 *   map shows it; for @a == @b, the groups @a carries
 */
guint
px_sources_view_get_shared (PxSourcesView *self,
                            guint          a,
                            guint          b)
{
  g_return_val_if_fail (PX_IS_SOURCES_VIEW (self), 0);
  g_return_val_if_fail (a < self->n_articles && b < self->n_articles, 0);

  return self->shared[a * self->n_articles + b];
}

/**
 * px_sources_view_get_n_chains:
 * @self: a #PxSourcesView
 * @article: an article index
 *
 * Returns: the number of distinct attribution chains drawn for @article
 */
guint
px_sources_view_get_n_chains (PxSourcesView *self,
                              guint          article)
{
  g_return_val_if_fail (PX_IS_SOURCES_VIEW (self), 0);
  g_return_val_if_fail (self->graphs != NULL && article < self->graphs->len, 0);

  return ((ChainGraph *)g_ptr_array_index (self->graphs, article))->chains->len;
}

/**
 * px_sources_view_dup_drawn_text:
 * @self: a #PxSourcesView
 *
 * The text the view draws rather than shows in labels: the heat map's
 * names and the chains' boxes, one per line, for tests.
 *
 * Returns: (transfer full): the drawn text
 */
char *
px_sources_view_dup_drawn_text (PxSourcesView *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (PX_IS_SOURCES_VIEW (self), NULL);

  for (guint a = 0; self->names != NULL && a < self->names->len; a++)
    g_string_append_printf (out, "%s\n", (char *)g_ptr_array_index (self->names, a));
  for (guint a = 0; self->graphs != NULL && a < self->graphs->len; a++)
    {
      ChainGraph *graph = g_ptr_array_index (self->graphs, a);

      g_string_append_printf (out, "%s\n", graph->root->text);
      for (guint r = 0; r < graph->chains->len; r++)
        {
          GPtrArray *chain = g_ptr_array_index (graph->chains, r);

          for (guint l = 0; l < chain->len; l++)
            g_string_append_printf (out, "%s\n", ((ChainNode *)g_ptr_array_index (chain, l))->text);
        }
    }
  return g_string_free (out, FALSE);
}
