/* px-claim-table.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-claim-table"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "px-claim-cells.h"
#include "px-claim-row.h"
#include "px-claim-table.h"
#include "px-views.h"

/* The claim table shows the whole set at once: one row per claim group, one
 * column per source with that source's passage, so that a reader sees at a
 * glance who carries a claim, who leaves it out and where the wording drifts.
 */

#define CLAIM_WIDTH        84
#define DIVERGENCES_WIDTH  130
#define NOTES_WIDTH        180
#define MIN_SOURCE_WIDTH   200

struct _PxClaimTable
{
  GtkWidget              parent_instance;

  PxComparison          *comparison;
  GPtrArray             *display_names;
  PxClaimTableNotesFunc  notes_func;
  gpointer               notes_data;
  GDestroyNotify         notes_destroy;
  PxClaimFilter          filter;
  PxClaimSort            sort;
  int                    selected_group;
  int                    source_width;
  guint                  widths_idle;
  guint                  selecting : 1;

  GListStore            *store;
  GtkFilterListModel    *filtered;
  GtkCustomFilter       *custom_filter;
  GtkSortListModel      *sorted;
  GtkCustomSorter       *custom_sorter;
  GtkSingleSelection    *selection;

  GtkWidget             *box;
  GtkToggleButton       *filter_buttons[PX_CLAIM_FILTER_SINGLE + 1];
  GtkDropDown           *sort_dropdown;
  GtkLabel              *count_label;
  GtkStack              *stack;
  AdwStatusPage         *empty_page;
  GtkWidget             *show_all_button;
  GtkColumnView         *column_view;
};

enum {
  GROUP_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PxClaimTable, px_claim_table, GTK_TYPE_WIDGET)

static gboolean
row_matches (PxClaimRow    *row,
             PxClaimFilter  filter)
{
  switch (filter)
    {
    case PX_CLAIM_FILTER_DIVERGENT:
      return row->n_divergences > 0;
    case PX_CLAIM_FILTER_PARTIAL:
      return row->coverage < row->n_articles;
    case PX_CLAIM_FILTER_SINGLE:
      return row->coverage == 1;
    case PX_CLAIM_FILTER_ALL:
    default:
      return TRUE;
    }
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  PxClaimTable *self = user_data;

  return row_matches (PX_CLAIM_ROW (item), self->filter);
}

static int
sort_func (gconstpointer a,
           gconstpointer b,
           gpointer      user_data)
{
  PxClaimTable *self = user_data;
  const PxClaimRow *ra = a;
  const PxClaimRow *rb = b;

  /* Ties keep the order of appearance, so that the table stays stable. */
  if (self->sort == PX_CLAIM_SORT_COVERAGE && ra->coverage != rb->coverage)
    return ra->coverage > rb->coverage ? -1 : 1;
  if (self->sort == PX_CLAIM_SORT_DIVERGENCES && ra->n_divergences != rb->n_divergences)
    return ra->n_divergences > rb->n_divergences ? -1 : 1;
  return (ra->group > rb->group) - (ra->group < rb->group);
}

static void
update_state (PxClaimTable *self)
{
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->sorted));
  guint n_total = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  g_autofree char *count = NULL;

  if (self->comparison == NULL)
    {
      adw_status_page_set_icon_name (self->empty_page, "view-list-symbolic");
      adw_status_page_set_title (self->empty_page, _("No Comparison Yet"));
      adw_status_page_set_description (self->empty_page,
                                       _("Open a set of articles to see its claims side by side."));
    }
  else
    {
      adw_status_page_set_icon_name (self->empty_page, "edit-find-symbolic");
      adw_status_page_set_title (self->empty_page, _("No Matching Claims"));
      switch (self->filter)
        {
        case PX_CLAIM_FILTER_SINGLE:
          adw_status_page_set_description (self->empty_page,
                                           _("Every claim is reported by more than one source."));
          break;
        case PX_CLAIM_FILTER_PARTIAL:
          adw_status_page_set_description (self->empty_page,
                                           _("Every source reports every claim."));
          break;
        case PX_CLAIM_FILTER_DIVERGENT:
          adw_status_page_set_description (self->empty_page,
                                           _("The sources agree on every claim."));
          break;
        case PX_CLAIM_FILTER_ALL:
        default:
          adw_status_page_set_description (self->empty_page,
                                           _("The sources share no claims."));
          break;
        }
    }

  gtk_widget_set_visible (self->show_all_button, self->comparison != NULL && self->filter != PX_CLAIM_FILTER_ALL);
  gtk_stack_set_visible_child_name (self->stack, n_shown > 0 ? "table" : "empty");

  if (n_shown == n_total)
    /* Translators: the number of claims in the table. */
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u claim", "%u claims", n_total), n_total);
  else
    /* Translators: the claims the filter leaves, e.g. "4 of 19 claims". */
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u claim", "%u of %u claims", n_total),
                             n_shown, n_total);
  gtk_label_set_label (self->count_label, count);
}

static void
selection_changed_cb (PxClaimTable *self)
{
  PxClaimRow *row = gtk_single_selection_get_selected_item (self->selection);

  if (self->selecting || row == NULL || (int)row->group == self->selected_group)
    return;

  self->selected_group = row->group;
  g_signal_emit (self, signals[GROUP_ACTIVATED], 0, (int)row->group);
}

/* Cells */

static int source_width_for (PxClaimTable *self,
                             int           width);

/* One per source, or the reference passage and the sources' names. */
static guint
n_source_columns (PxClaimTable *self)
{
  if (self->comparison == NULL)
    return 0;
  if (px_views_many_sources (self->comparison))
    return 2;
  return px_alignment_get_n_articles (px_comparison_get_alignment (self->comparison));
}

static void
rebuild_columns (PxClaimTable *self)
{
  if (gtk_widget_get_width (GTK_WIDGET (self)) > 0)
    self->source_width = source_width_for (self, gtk_widget_get_width (GTK_WIDGET (self)));

  GListModel *columns = gtk_column_view_get_columns (self->column_view);
  GtkColumnViewColumn *column;

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) first = g_list_model_get_item (columns, 0);
      gtk_column_view_remove_column (self->column_view, first);
    }

  column = px_claim_cells_add_claim (self->column_view);
  gtk_column_view_column_set_fixed_width (column, CLAIM_WIDTH);

  if (px_views_many_sources (self->comparison))
    {
      column = px_claim_cells_add_reference (self->column_view);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_fixed_width (column, self->source_width);
      column = px_claim_cells_add_sources (self->column_view);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_fixed_width (column, self->source_width);
    }
  else if (self->comparison != NULL)
    {
      PxAlignment *alignment = px_comparison_get_alignment (self->comparison);

      for (guint a = 0; a < px_alignment_get_n_articles (alignment); a++)
        {
          g_autofree char *name = px_views_dup_display_name (alignment, self->display_names, a);

          column = px_claim_cells_add_passage (self->column_view, name, a);
          gtk_column_view_column_set_resizable (column, TRUE);
          gtk_column_view_column_set_fixed_width (column, self->source_width);
        }
    }

  column = px_claim_cells_add_divergences (self->column_view);
  gtk_column_view_column_set_fixed_width (column, DIVERGENCES_WIDTH);

  if (self->notes_func != NULL)
    {
      column = px_claim_cells_add_notes (self->column_view);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_fixed_width (column, NOTES_WIDTH);
    }
}

static void
rebuild_rows (PxClaimTable *self)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);

  if (self->comparison != NULL)
    {
      PxAlignment *alignment = px_comparison_get_alignment (self->comparison);
      GPtrArray *divergences = px_comparison_get_divergences (self->comparison);
      guint n_groups = px_alignment_get_n_groups (alignment);
      g_autofree guint *kinds = g_new0 (guint, (gsize)n_groups * (PX_DIVERGENCE_OMISSION + 1));

      for (guint i = 0; i < divergences->len; i++)
        {
          PxDivergence *d = g_ptr_array_index (divergences, i);

          if (d->group < n_groups && d->kind <= PX_DIVERGENCE_OMISSION)
            kinds[d->group * (PX_DIVERGENCE_OMISSION + 1) + d->kind]++;
        }

      for (guint g = 0; g < n_groups; g++)
        g_ptr_array_add (rows, px_claim_row_new (alignment, self->display_names, g,
                                                 &kinds[g * (PX_DIVERGENCE_OMISSION + 1)],
                                                 self->notes_func != NULL ? self->notes_func (g, self->notes_data)
                                                                          : NULL));
    }

  self->selecting = TRUE;
  g_list_store_splice (self->store, 0, g_list_model_get_n_items (G_LIST_MODEL (self->store)),
                       rows->pdata, rows->len);
  self->selecting = FALSE;
}

/* Toolbar */

static void
filter_toggled_cb (GtkToggleButton *button,
                   PxClaimTable    *self)
{
  if (!gtk_toggle_button_get_active (button))
    return;

  for (guint f = 0; f <= PX_CLAIM_FILTER_SINGLE; f++)
    if (self->filter_buttons[f] == button)
      px_claim_table_set_filter (self, f);
}

static void
sort_selected_cb (PxClaimTable *self)
{
  guint selected = gtk_drop_down_get_selected (self->sort_dropdown);

  if (selected <= PX_CLAIM_SORT_DIVERGENCES)
    px_claim_table_set_sort (self, selected);
}

/* Source columns share the width the fixed columns leave. Wrapped labels
 * measure their height for the column's fixed width, so an expanding column
 * would leave rows taller than their text; the widths are set instead.
 */

static int
source_width_for (PxClaimTable *self,
                  int           width)
{
  return px_views_source_width (width, CLAIM_WIDTH + DIVERGENCES_WIDTH + (self->notes_func ? NOTES_WIDTH : 0),
                                n_source_columns (self), MIN_SOURCE_WIDTH);
}

static gboolean
apply_widths_cb (gpointer data)
{
  PxClaimTable *self = data;

  self->widths_idle = 0;
  /* The sources sit between the claim and the divergences (and notes). */
  px_views_set_column_widths (self->column_view, 1, self->notes_func != NULL ? 2 : 1, self->source_width);
  return G_SOURCE_REMOVE;
}

static void
px_claim_table_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  PxClaimTable *self = (PxClaimTable *)widget;

  gtk_widget_measure (self->box, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
}

static void
px_claim_table_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  PxClaimTable *self = (PxClaimTable *)widget;
  int source_width = source_width_for (self, width);

  gtk_widget_allocate (self->box, width, height, baseline, NULL);

  /* Resizing during allocation would loop; the next idle does it. */
  if (source_width != self->source_width)
    {
      self->source_width = source_width;
      if (self->widths_idle == 0)
        self->widths_idle = g_idle_add (apply_widths_cb, self);
    }
}

static void
px_claim_table_dispose (GObject *object)
{
  PxClaimTable *self = (PxClaimTable *)object;

  g_clear_handle_id (&self->widths_idle, g_source_remove);

  if (self->notes_destroy != NULL)
    self->notes_destroy (self->notes_data);
  self->notes_destroy = NULL;
  self->notes_func = NULL;

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->selection);
  g_clear_object (&self->store);
  g_clear_object (&self->comparison);
  g_clear_pointer (&self->display_names, g_ptr_array_unref);

  G_OBJECT_CLASS (px_claim_table_parent_class)->dispose (object);
}

static void
px_claim_table_class_init (PxClaimTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_claim_table_dispose;

  /**
   * PxClaimTable::group-activated:
   * @self: the table
   * @group: the claim group of the row the user selected
   */
  signals[GROUP_ACTIVATED] =
    g_signal_new ("group-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT);

  widget_class->measure = px_claim_table_measure;
  widget_class->size_allocate = px_claim_table_size_allocate;

  gtk_widget_class_set_css_name (widget_class, "claimtable");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static GtkWidget *
build_toolbar (PxClaimTable *self)
{
  static const struct {
    const char *label;
    const char *tooltip;
  } filters[] = {
    { N_("All"), N_("Show every claim") },
    { N_("Divergent"), N_("Only claims whose figures, wording, attribution or quotes differ") },
    { N_("Partly Omitted"), N_("Only claims that some sources leave out") },
    { N_("Single Source"), N_("Only claims that just one source reports") },
  };
  GtkWidget *toolbar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *linked = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *spacer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *sort_label;
  GtkStringList *sorts;

  gtk_widget_add_css_class (toolbar, "px-overview-toolbar");
  gtk_widget_add_css_class (linked, "linked");
  gtk_accessible_update_property (GTK_ACCESSIBLE (linked),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Filter claims"),
                                  -1);

  for (guint f = 0; f < G_N_ELEMENTS (filters); f++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_label (_(filters[f].label));

      gtk_widget_set_tooltip_text (button, _(filters[f].tooltip));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _(filters[f].tooltip),
                                      -1);
      if (f > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), self->filter_buttons[0]);
      self->filter_buttons[f] = GTK_TOGGLE_BUTTON (button);
      gtk_box_append (GTK_BOX (linked), button);
    }
  gtk_toggle_button_set_active (self->filter_buttons[PX_CLAIM_FILTER_ALL], TRUE);
  for (guint f = 0; f < G_N_ELEMENTS (filters); f++)
    g_signal_connect (self->filter_buttons[f], "toggled", G_CALLBACK (filter_toggled_cb), self);
  gtk_box_append (GTK_BOX (toolbar), linked);

  self->count_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "numeric");
  gtk_box_append (GTK_BOX (toolbar), GTK_WIDGET (self->count_label));

  gtk_widget_set_hexpand (spacer, TRUE);
  gtk_box_append (GTK_BOX (toolbar), spacer);

  sort_label = gtk_label_new_with_mnemonic (_("_Sort by"));
  gtk_widget_add_css_class (sort_label, "dim-label");
  gtk_box_append (GTK_BOX (toolbar), sort_label);

  sorts = gtk_string_list_new (NULL);
  gtk_string_list_append (sorts, _("Order of Appearance"));
  gtk_string_list_append (sorts, _("Coverage"));
  gtk_string_list_append (sorts, _("Divergences"));
  self->sort_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (sorts), NULL));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->sort_dropdown), _("Sort claims"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->sort_dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Sort claims by"),
                                  -1);
  px_views_label_internals (GTK_WIDGET (self->sort_dropdown), _("Sort claims by"));
  gtk_label_set_mnemonic_widget (GTK_LABEL (sort_label), GTK_WIDGET (self->sort_dropdown));
  g_signal_connect_swapped (self->sort_dropdown, "notify::selected", G_CALLBACK (sort_selected_cb), self);
  gtk_box_append (GTK_BOX (toolbar), GTK_WIDGET (self->sort_dropdown));

  return toolbar;
}

static void
show_all_clicked_cb (PxClaimTable *self)
{
  px_claim_table_set_filter (self, PX_CLAIM_FILTER_ALL);
}

static void
px_claim_table_init (PxClaimTable *self)
{
  GtkWidget *scroller;


  self->selected_group = -1;
  self->source_width = 230;
  self->store = g_list_store_new (PX_TYPE_CLAIM_ROW);
  self->custom_filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->store)),
                                              GTK_FILTER (self->custom_filter));
  self->custom_sorter = gtk_custom_sorter_new (sort_func, self, NULL);
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (self->filtered), GTK_SORTER (self->custom_sorter));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->sorted));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (selection_changed_cb), self);
  g_signal_connect_swapped (self->sorted, "items-changed", G_CALLBACK (update_state), self);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_box_append (GTK_BOX (self->box), build_toolbar (self));

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->stack));

  self->column_view = GTK_COLUMN_VIEW (gtk_column_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection))));
  gtk_column_view_set_show_row_separators (self->column_view, TRUE);
  gtk_column_view_set_show_column_separators (self->column_view, TRUE);
  gtk_column_view_set_reorderable (self->column_view, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Claims by source"),
                                  -1);
  px_views_label_internals (GTK_WIDGET (self->column_view), _("Claims by source"));

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->column_view));
  gtk_stack_add_named (self->stack, scroller, "table");

  self->empty_page = ADW_STATUS_PAGE (adw_status_page_new ());
  {
    GtkWidget *show_all = gtk_button_new_with_mnemonic (_("_Show All Claims"));

    gtk_widget_set_halign (show_all, GTK_ALIGN_CENTER);
    gtk_widget_add_css_class (show_all, "pill");
    g_signal_connect_swapped (show_all, "clicked", G_CALLBACK (show_all_clicked_cb), self);
    adw_status_page_set_child (self->empty_page, show_all);
    self->show_all_button = show_all;
  }
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->empty_page), "empty");

  gtk_widget_add_css_class (GTK_WIDGET (self), "px-overview");
  gtk_widget_add_css_class (GTK_WIDGET (self), "view");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Claim table"),
                                  -1);

  rebuild_columns (self);
  update_state (self);
}

/**
 * px_claim_table_new:
 *
 * Returns: (transfer floating): a new, empty claim table
 */
GtkWidget *
px_claim_table_new (void)
{
  return g_object_new (PX_TYPE_CLAIM_TABLE, NULL);
}

/**
 * px_claim_table_set_comparison:
 * @self: a #PxClaimTable
 * @comparison: (nullable): the comparison to show
 * @display_names: (nullable) (element-type utf8): the name to show for each
 *   article of the alignment, by index: the outlet, or "Source A" in
 *   classroom mode; %NULL shows the outlets
 *
 * Shows one row per claim group of @comparison. Where the display names hide
 * an outlet, the table hides it in the passages too.
 */
void
px_claim_table_set_comparison (PxClaimTable *self,
                               PxComparison *comparison,
                               GPtrArray    *display_names)
{
  g_return_if_fail (PX_IS_CLAIM_TABLE (self));
  g_return_if_fail (!comparison || PX_IS_COMPARISON (comparison));

  g_set_object (&self->comparison, comparison);
  g_clear_pointer (&self->display_names, g_ptr_array_unref);
  self->display_names = px_views_dup_names (display_names);
  self->selected_group = -1;

  rebuild_columns (self);
  rebuild_rows (self);
  update_state (self);
}

/**
 * px_claim_table_get_comparison:
 * @self: a #PxClaimTable
 *
 * Returns: (transfer none) (nullable): the comparison shown
 */
PxComparison *
px_claim_table_get_comparison (PxClaimTable *self)
{
  g_return_val_if_fail (PX_IS_CLAIM_TABLE (self), NULL);
  return self->comparison;
}

/**
 * px_claim_table_set_notes_func:
 * @self: a #PxClaimTable
 * @func: (nullable): how to get a group's note; %NULL hides the Notes column
 * @user_data: data for @func
 * @destroy: (nullable): frees @user_data
 */
void
px_claim_table_set_notes_func (PxClaimTable          *self,
                               PxClaimTableNotesFunc  func,
                               gpointer               user_data,
                               GDestroyNotify         destroy)
{
  g_return_if_fail (PX_IS_CLAIM_TABLE (self));

  if (self->notes_destroy != NULL)
    self->notes_destroy (self->notes_data);
  self->notes_func = func;
  self->notes_data = user_data;
  self->notes_destroy = destroy;

  rebuild_columns (self);
  px_claim_table_refresh_notes (self);
}

/**
 * px_claim_table_refresh_notes:
 * @self: a #PxClaimTable
 *
 * Asks the notes function again, after the user edited a note.
 */
void
px_claim_table_refresh_notes (PxClaimTable *self)
{
  guint n;

  g_return_if_fail (PX_IS_CLAIM_TABLE (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PxClaimRow) row = g_list_model_get_item (G_LIST_MODEL (self->store), i);

      g_free (row->note);
      row->note = self->notes_func ? self->notes_func (row->group, self->notes_data) : NULL;
    }
  /* Rebinding the rows is how a GtkColumnView learns of changed items. */
  if (n > 0)
    {
      self->selecting = TRUE;
      g_list_model_items_changed (G_LIST_MODEL (self->store), 0, n, n);
      self->selecting = FALSE;
    }
}

/**
 * px_claim_table_set_filter:
 * @self: a #PxClaimTable
 * @filter: which claims to show
 */
void
px_claim_table_set_filter (PxClaimTable  *self,
                           PxClaimFilter  filter)
{
  g_return_if_fail (PX_IS_CLAIM_TABLE (self));
  g_return_if_fail (filter <= PX_CLAIM_FILTER_SINGLE);

  if (!gtk_toggle_button_get_active (self->filter_buttons[filter]))
    gtk_toggle_button_set_active (self->filter_buttons[filter], TRUE);
  if (self->filter == filter)
    return;

  self->filter = filter;
  gtk_filter_changed (GTK_FILTER (self->custom_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_state (self);
}

/**
 * px_claim_table_get_filter:
 * @self: a #PxClaimTable
 *
 * Returns: which claims the table shows
 */
PxClaimFilter
px_claim_table_get_filter (PxClaimTable *self)
{
  g_return_val_if_fail (PX_IS_CLAIM_TABLE (self), PX_CLAIM_FILTER_ALL);
  return self->filter;
}

/**
 * px_claim_table_set_sort:
 * @self: a #PxClaimTable
 * @sort: the order of the rows
 */
void
px_claim_table_set_sort (PxClaimTable *self,
                         PxClaimSort   sort)
{
  g_return_if_fail (PX_IS_CLAIM_TABLE (self));
  g_return_if_fail (sort <= PX_CLAIM_SORT_DIVERGENCES);

  if (gtk_drop_down_get_selected (self->sort_dropdown) != sort)
    gtk_drop_down_set_selected (self->sort_dropdown, sort);
  if (self->sort == sort)
    return;

  self->sort = sort;
  gtk_sorter_changed (GTK_SORTER (self->custom_sorter), GTK_SORTER_CHANGE_DIFFERENT);
}

/**
 * px_claim_table_get_sort:
 * @self: a #PxClaimTable
 *
 * Returns: the order of the rows
 */
PxClaimSort
px_claim_table_get_sort (PxClaimTable *self)
{
  g_return_val_if_fail (PX_IS_CLAIM_TABLE (self), PX_CLAIM_SORT_ORDER);
  return self->sort;
}

/**
 * px_claim_table_select_group:
 * @self: a #PxClaimTable
 * @group: a claim group, or -1
 *
 * Selects @group's row, as when the window selects it elsewhere; does not
 * emit #PxClaimTable::group-activated.
 */
void
px_claim_table_select_group (PxClaimTable *self,
                             int           group)
{
  guint n, position = GTK_INVALID_LIST_POSITION;

  g_return_if_fail (PX_IS_CLAIM_TABLE (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->sorted));
  for (guint i = 0; group >= 0 && i < n; i++)
    {
      g_autoptr(PxClaimRow) row = g_list_model_get_item (G_LIST_MODEL (self->sorted), i);

      if ((int)row->group == group)
        position = i;
    }

  self->selected_group = group;
  self->selecting = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->selecting = FALSE;

  /* The column view's inner list view owns the scrolling action. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL && position != GTK_INVALID_LIST_POSITION;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
}

/**
 * px_claim_table_get_selected_group:
 * @self: a #PxClaimTable
 *
 * Returns: the claim group last selected, by the user or by
 *   px_claim_table_select_group(), or -1
 */
int
px_claim_table_get_selected_group (PxClaimTable *self)
{
  g_return_val_if_fail (PX_IS_CLAIM_TABLE (self), -1);
  return self->selected_group;
}

/**
 * px_claim_table_get_column_view:
 * @self: a #PxClaimTable
 *
 * Returns: (transfer none): the table's column view, for tests
 */
GtkColumnView *
px_claim_table_get_column_view (PxClaimTable *self)
{
  g_return_val_if_fail (PX_IS_CLAIM_TABLE (self), NULL);
  return self->column_view;
}

/**
 * px_claim_table_get_n_rows:
 * @self: a #PxClaimTable
 *
 * Returns: the number of rows the filter leaves
 */
guint
px_claim_table_get_n_rows (PxClaimTable *self)
{
  g_return_val_if_fail (PX_IS_CLAIM_TABLE (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->sorted));
}

/**
 * px_claim_table_get_row_group:
 * @self: a #PxClaimTable
 * @position: a row, as shown (filtered and sorted)
 *
 * Returns: the claim group of the row
 */
guint
px_claim_table_get_row_group (PxClaimTable *self,
                              guint         position)
{
  g_autoptr(PxClaimRow) row = NULL;

  g_return_val_if_fail (PX_IS_CLAIM_TABLE (self), 0);

  row = g_list_model_get_item (G_LIST_MODEL (self->sorted), position);
  g_return_val_if_fail (row != NULL, 0);
  return row->group;
}

/**
 * px_claim_table_dup_cell_text:
 * @self: a #PxClaimTable
 * @position: a row, as shown
 * @article: an article index
 *
 * Returns: (transfer full): the text of the article's cell in the row:
 *   the passage, or "—" where the source omits the claim
 */
char *
px_claim_table_dup_cell_text (PxClaimTable *self,
                              guint         position,
                              guint         article)
{
  g_autoptr(PxClaimRow) row = NULL;

  g_return_val_if_fail (PX_IS_CLAIM_TABLE (self), NULL);

  row = g_list_model_get_item (G_LIST_MODEL (self->sorted), position);
  g_return_val_if_fail (row != NULL, NULL);
  g_return_val_if_fail (article < row->n_articles, NULL);

  return g_strdup (row->plain[article] ? row->plain[article] : "—");
}
