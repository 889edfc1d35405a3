/* px-comparison-view.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-comparison-view"

#include "config.h"

#include <glib/gi18n.h>

#include "px-comparison-view.h"

#define MIN_COLUMN_WIDTH 260

struct _PxComparisonView
{
  GtkWidget          parent_instance;

  /* Owned */
  GPtrArray         *panes;

  /* Template widgets */
  GtkScrolledWindow *scroller;
  GtkBox            *pane_box;
};

enum {
  PROP_0,
  PROP_N_PANES,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (PxComparisonView, px_comparison_view, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

static void
px_comparison_view_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  PxComparisonView *self = (PxComparisonView *)widget;

  gtk_widget_measure (GTK_WIDGET (self->scroller), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

/* Up to four panes share the width; beyond that each keeps a quarter of it
 * and the row scrolls sideways. The widths are set here because only the
 * view knows its width; the panes then ask for exactly that.
 */
static void
px_comparison_view_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  PxComparisonView *self = (PxComparisonView *)widget;
  guint n = self->panes->len;

  if (n > 0)
    {
      guint shown = MIN (n, PX_COMPARISON_VIEW_VISIBLE_PANES);
      int separators = (int)(n - 1);
      int column = (width - separators) / (int)shown;

      column = MAX (column, MIN_COLUMN_WIDTH);
      for (guint i = 0; i < n; i++)
        px_source_pane_set_column_width (g_ptr_array_index (self->panes, i), column);
    }

  gtk_widget_allocate (GTK_WIDGET (self->scroller), width, height, baseline, NULL);
}

static void
clear_panes (PxComparisonView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->pane_box))))
    gtk_box_remove (self->pane_box, child);
  g_ptr_array_set_size (self->panes, 0);
}

static void
px_comparison_view_dispose (GObject *object)
{
  PxComparisonView *self = (PxComparisonView *)object;

  g_clear_pointer (&self->panes, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), PX_TYPE_COMPARISON_VIEW);

  G_OBJECT_CLASS (px_comparison_view_parent_class)->dispose (object);
}

static void
px_comparison_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PxComparisonView *self = PX_COMPARISON_VIEW (object);

  switch (prop_id)
    {
    case PROP_N_PANES:
      g_value_set_uint (value, px_comparison_view_get_n_panes (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_comparison_view_class_init (PxComparisonViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_comparison_view_dispose;
  object_class->get_property = px_comparison_view_get_property;

  widget_class->measure = px_comparison_view_measure;
  widget_class->size_allocate = px_comparison_view_size_allocate;

  properties[PROP_N_PANES] =
    g_param_spec_uint ("n-panes", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/parallax/Parallax/ui/px-comparison-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PxComparisonView, scroller);
  gtk_widget_class_bind_template_child (widget_class, PxComparisonView, pane_box);
  gtk_widget_class_set_css_name (widget_class, "comparisonview");
}

static void
px_comparison_view_init (PxComparisonView *self)
{
  self->panes = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
px_comparison_view_new (void)
{
  return g_object_new (PX_TYPE_COMPARISON_VIEW, NULL);
}

/**
 * px_comparison_view_set_articles:
 * @self: a #PxComparisonView
 * @articles: (element-type PxArticle) (nullable): the set to show
 *
 * Replaces the panes with one per article, in the order given.
 */
void
px_comparison_view_set_articles (PxComparisonView *self,
                                 GPtrArray        *articles)
{
  g_return_if_fail (PX_IS_COMPARISON_VIEW (self));

  clear_panes (self);

  for (guint i = 0; articles != NULL && i < articles->len; i++)
    {
      GtkWidget *pane = px_source_pane_new (g_ptr_array_index (articles, i));

      if (i > 0)
        gtk_box_append (self->pane_box, gtk_separator_new (GTK_ORIENTATION_VERTICAL));
      gtk_box_append (self->pane_box, pane);
      g_ptr_array_add (self->panes, pane);
    }

  gtk_widget_queue_allocate (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PANES]);
}

guint
px_comparison_view_get_n_panes (PxComparisonView *self)
{
  g_return_val_if_fail (PX_IS_COMPARISON_VIEW (self), 0);
  return self->panes->len;
}

/**
 * px_comparison_view_get_pane:
 * @self: a #PxComparisonView
 * @position: index of the pane, from the left
 *
 * Returns: (transfer none) (nullable): the pane
 */
PxSourcePane *
px_comparison_view_get_pane (PxComparisonView *self,
                             guint             position)
{
  g_return_val_if_fail (PX_IS_COMPARISON_VIEW (self), NULL);

  if (position >= self->panes->len)
    return NULL;
  return g_ptr_array_index (self->panes, position);
}
