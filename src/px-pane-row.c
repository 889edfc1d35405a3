/* px-pane-row.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-pane-row"

#include "config.h"

#include "px-link-gutter.h"
#include "px-pane-row.h"

/* The row of panes and gutters, scrolled sideways by its GtkScrolledWindow.
 * As many panes as fit at a readable column share the visible width; the
 * rest lie beyond it. The row is scrollable itself, so that it is handed
 * exactly the visible width and can place its children from that: setting
 * pane widths from a viewport's allocation instead meant resizing the panes
 * in the middle of a layout, and GTK then drew widgets that had lost their
 * allocation ("Trying to snapshot GtkGizmo … without a current allocation").
 */

/* About 45 characters of the serif text at its default size: narrower
 * columns break every other line.
 */
#define MIN_COLUMN_WIDTH 320

struct _PxPaneRow
{
  GtkWidget      parent_instance;

  GtkAdjustment *hadjustment;
  GtkAdjustment *vadjustment;
  guint          hscroll_policy : 1;
  guint          vscroll_policy : 1;
  guint          allocating : 1;
  int            column;
  guint          shown;
};

enum {
  PROP_0,
  PROP_HADJUSTMENT,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
  N_PROPS
};

enum {
  LAYOUT_CHANGED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE_WITH_CODE (PxPaneRow, px_pane_row, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

static guint signals[N_SIGNALS];

static guint
n_panes (PxPaneRow *self)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child;
       child = gtk_widget_get_next_sibling (child))
    n += !PX_IS_LINK_GUTTER (child);
  return n;
}

/* Horizontally, the row asks for the width at which all its panes fit at
 * the readable column: the scrolled window compares it with the width it
 * has to decide on the scrollbar before it allocates, which is the same
 * test fit() makes, so the two never disagree.
 */
static void
px_pane_row_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  PxPaneRow *self = (PxPaneRow *)widget;
  guint n = n_panes (self);

  *minimum = *natural = 0;
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      if (n > 0)
        *minimum = *natural = (int)n * MIN_COLUMN_WIDTH + (int)(n - 1) * px_link_gutter_get_width ();
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      int child_min, child_nat;

      gtk_widget_measure (child, orientation, -1, &child_min, &child_nat, NULL, NULL);
      *minimum = MAX (*minimum, child_min);
      *natural = MAX (*natural, child_nat);
    }
}

static void
fit (PxPaneRow *self,
     int        width,
     guint      n)
{
  int gutter = px_link_gutter_get_width ();
  int column = self->column;
  guint shown = self->shown;

  self->shown = n == 0 ? 0 : CLAMP ((guint)((width + gutter) / (MIN_COLUMN_WIDTH + gutter)), 1, n);
  self->column = self->shown == 0 ? 0 :
                 MAX ((width - (int)(self->shown - 1) * gutter) / (int)self->shown, MIN_COLUMN_WIDTH);
  if (column != self->column || shown != self->shown)
    g_signal_emit (self, signals[LAYOUT_CHANGED], 0);
}

static void
px_pane_row_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  PxPaneRow *self = (PxPaneRow *)widget;
  guint n = n_panes (self);
  int gutter = px_link_gutter_get_width ();
  int total, x;

  fit (self, width, n);
  total = n == 0 ? 0 : (int)n * self->column + (int)(n - 1) * gutter;
  /* Configuring the adjustment may move it; that must not ask for another
   * allocation while this one runs.
   */
  self->allocating = TRUE;
  if (self->hadjustment != NULL)
    gtk_adjustment_configure (self->hadjustment,
                              CLAMP (gtk_adjustment_get_value (self->hadjustment), 0, MAX (total - width, 0)),
                              0, MAX (total, width), self->column + gutter, width, width);
  self->allocating = FALSE;

  x = self->hadjustment != NULL ? -(int)gtk_adjustment_get_value (self->hadjustment) : 0;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      int child_width = PX_IS_LINK_GUTTER (child) ? gutter : self->column;
      int child_min, child_nat;

      /* GTK wants every child measured before it is allocated. */
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, &child_nat, NULL, NULL);
      gtk_widget_size_allocate (child, &(GtkAllocation) { x, 0, child_width, height }, -1);
      x += child_width;
    }
}

/* Focus moving to a pane off screen (Alt+→) brings it into view. */
static void
px_pane_row_set_focus_child (GtkWidget *widget,
                             GtkWidget *child)
{
  PxPaneRow *self = (PxPaneRow *)widget;

  GTK_WIDGET_CLASS (px_pane_row_parent_class)->set_focus_child (widget, child);
  if (child == NULL || self->hadjustment == NULL)
    return;
  {
    graphene_rect_t bounds;
    double value = gtk_adjustment_get_value (self->hadjustment);
    double page = gtk_adjustment_get_page_size (self->hadjustment);

    if (!gtk_widget_compute_bounds (child, widget, &bounds))
      return;
    if (bounds.origin.x < 0)
      gtk_adjustment_set_value (self->hadjustment, value + bounds.origin.x);
    else if (bounds.origin.x + bounds.size.width > page)
      gtk_adjustment_set_value (self->hadjustment, value + bounds.origin.x + bounds.size.width - page);
  }
}

static void
adjustment_value_changed_cb (PxPaneRow *self)
{
  if (!self->allocating)
    gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
set_adjustment (PxPaneRow      *self,
                GtkAdjustment **slot,
                GtkAdjustment  *adjustment)
{
  if (*slot == adjustment)
    return;
  if (*slot != NULL)
    g_signal_handlers_disconnect_by_func (*slot, adjustment_value_changed_cb, self);
  g_set_object (slot, adjustment);
  if (adjustment != NULL)
    g_signal_connect_swapped (adjustment, "value-changed", G_CALLBACK (adjustment_value_changed_cb), self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
px_pane_row_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PxPaneRow *self = PX_PANE_ROW (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_pane_row_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PxPaneRow *self = PX_PANE_ROW (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value));
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value));
      break;
    case PROP_HSCROLL_POLICY:
      self->hscroll_policy = g_value_get_enum (value);
      break;
    case PROP_VSCROLL_POLICY:
      self->vscroll_policy = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_pane_row_dispose (GObject *object)
{
  PxPaneRow *self = (PxPaneRow *)object;

  px_pane_row_remove_all (self);
  set_adjustment (self, &self->hadjustment, NULL);
  set_adjustment (self, &self->vadjustment, NULL);

  G_OBJECT_CLASS (px_pane_row_parent_class)->dispose (object);
}

static void
px_pane_row_class_init (PxPaneRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_pane_row_dispose;
  object_class->get_property = px_pane_row_get_property;
  object_class->set_property = px_pane_row_set_property;

  widget_class->measure = px_pane_row_measure;
  widget_class->size_allocate = px_pane_row_size_allocate;
  widget_class->set_focus_child = px_pane_row_set_focus_child;

  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  /**
   * PxPaneRow::layout-changed:
   * @self: the row
   *
   * How many panes fit, or their width, changed.
   */
  signals[LAYOUT_CHANGED] =
    g_signal_new ("layout-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_css_name (widget_class, "panerow");
}

static void
px_pane_row_init (PxPaneRow *self)
{
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
}

GtkWidget *
px_pane_row_new (void)
{
  return g_object_new (PX_TYPE_PANE_ROW, NULL);
}

void
px_pane_row_append (PxPaneRow *self,
                    GtkWidget *child)
{
  g_return_if_fail (PX_IS_PANE_ROW (self));

  gtk_widget_set_parent (child, GTK_WIDGET (self));
}

void
px_pane_row_remove_all (PxPaneRow *self)
{
  GtkWidget *child;

  g_return_if_fail (PX_IS_PANE_ROW (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
}

/**
 * px_pane_row_get_column:
 * @self: a #PxPaneRow
 *
 * Returns: the width each pane gets
 */
int
px_pane_row_get_column (PxPaneRow *self)
{
  g_return_val_if_fail (PX_IS_PANE_ROW (self), 0);
  return self->column;
}

/**
 * px_pane_row_get_n_shown:
 * @self: a #PxPaneRow
 *
 * Returns: how many panes fit side by side at a readable width
 */
guint
px_pane_row_get_n_shown (PxPaneRow *self)
{
  g_return_val_if_fail (PX_IS_PANE_ROW (self), 0);
  return self->shown;
}

/**
 * px_pane_row_get_first:
 * @self: a #PxPaneRow
 *
 * Returns: the index of the leftmost pane on screen
 */
guint
px_pane_row_get_first (PxPaneRow *self)
{
  double step;

  g_return_val_if_fail (PX_IS_PANE_ROW (self), 0);

  step = self->column + px_link_gutter_get_width ();
  if (self->hadjustment == NULL || step <= 0)
    return 0;
  return (guint)(gtk_adjustment_get_value (self->hadjustment) / step + 0.5);
}

/**
 * px_pane_row_scroll_to:
 * @self: a #PxPaneRow
 * @column: the index of the pane to show leftmost
 */
void
px_pane_row_scroll_to (PxPaneRow *self,
                       guint      column)
{
  g_return_if_fail (PX_IS_PANE_ROW (self));

  if (self->hadjustment != NULL)
    gtk_adjustment_set_value (self->hadjustment, column * (double)(self->column + px_link_gutter_get_width ()));
}
