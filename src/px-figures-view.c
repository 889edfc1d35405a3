/* px-figures-view.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-figures-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "px-figures-view.h"
#include "px-views.h"

/* Every quantity the sources give a number for, one row each: what each
 * source writes, what the engine reads it as, and the verdict. Figures are
 * where readers most often catch outlets disagreeing, so they get a view of
 * their own.
 */

#define NUMBER_WIDTH      72
#define QUANTITY_WIDTH    130
#define VERDICT_WIDTH     130
#define MIN_SOURCE_WIDTH  150

#define PX_TYPE_FIGURE_ROW (px_figure_row_get_type ())

G_DECLARE_FINAL_TYPE (PxFigureRow, px_figure_row, PX, FIGURE_ROW, GObject)

struct _PxFigureRow
{
  GObject          parent_instance;

  guint            index;
  guint            group;
  guint            id;
  PxFigureVerdict  verdict;
  guint            n_articles;
  char            *quantity;
  char            *summary;
  char           **markup;   /* per article; NULL where the source gives no figure */
  char           **plain;
  char            *by_source;  /* markup: every source's figures under its name */
};

G_DEFINE_FINAL_TYPE (PxFigureRow, px_figure_row, G_TYPE_OBJECT)

static void
px_figure_row_finalize (GObject *object)
{
  PxFigureRow *self = (PxFigureRow *)object;

  /* Sources without a figure leave NULL holes, so g_strfreev would stop
   * early; free every slot.
   */
  for (guint a = 0; a < self->n_articles; a++)
    {
      g_free (self->markup[a]);
      g_free (self->plain[a]);
    }
  g_free (self->markup);
  g_free (self->plain);
  g_free (self->quantity);
  g_free (self->summary);
  g_free (self->by_source);

  G_OBJECT_CLASS (px_figure_row_parent_class)->finalize (object);
}

static void
px_figure_row_class_init (PxFigureRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = px_figure_row_finalize;
}

static void
px_figure_row_init (PxFigureRow *self)
{
}

struct _PxFiguresView
{
  GtkWidget           parent_instance;

  PxComparison       *comparison;
  GPtrArray          *display_names;
  int                 selected_group;
  int                 source_width;
  guint               widths_idle;
  guint               selecting : 1;

  GListStore         *store;
  GtkSingleSelection *selection;

  GtkWidget          *box;
  GtkLabel           *count_label;
  GtkStack           *stack;
  AdwStatusPage      *empty_page;
  GtkColumnView      *column_view;
};

enum {
  GROUP_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PxFiguresView, px_figures_view, GTK_TYPE_WIDGET)

/**
 * px_figures_view_verdict_label:
 * @verdict: a verdict
 *
 * Returns: the verdict as its badge shows it
 */
const char *
px_figures_view_verdict_label (PxFigureVerdict verdict)
{
  switch (verdict)
    {
    case PX_FIGURE_VERDICT_AGREE:
      return _("Agree");
    case PX_FIGURE_VERDICT_HEDGE:
      return _("Hedged");
    case PX_FIGURE_VERDICT_DIFFER:
      return _("Differ");
    case PX_FIGURE_VERDICT_CONTRADICT:
      return _("Contradict");
    case PX_FIGURE_VERDICT_SINGLE:
    default:
      return _("Single Source");
    }
}

static const char *
verdict_css (PxFigureVerdict verdict)
{
  switch (verdict)
    {
    case PX_FIGURE_VERDICT_AGREE:
      return "agree";
    case PX_FIGURE_VERDICT_HEDGE:
      return "hedge";
    case PX_FIGURE_VERDICT_DIFFER:
      return "differ";
    case PX_FIGURE_VERDICT_CONTRADICT:
      return "contradict";
    case PX_FIGURE_VERDICT_SINGLE:
    default:
      return "single";
    }
}

static void
free_string (gpointer data)
{
  g_string_free (data, TRUE);
}

/* For sets of more than PX_VIEWS_MAX_SOURCE_COLUMNS sources, which get one
 * column for all: each value as written, then the sources that give it, so
 * that a disagreement reads as two lines ("23 · Source A, Source C" over
 * "26 · Source B").
 */
static char *
join_by_source (PxFiguresView *self,
                PxFigureRow   *row)
{
  PxAlignment *alignment = px_comparison_get_alignment (self->comparison);
  g_autoptr(GPtrArray) values = g_ptr_array_new ();          /* in order of first use */
  g_autoptr(GHashTable) sources = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, free_string);
  g_autoptr(GString) text = g_string_new (NULL);

  if (!px_views_many_sources (self->comparison))
    return NULL;
  for (guint a = 0; a < row->n_articles; a++)
    {
      g_autofree char *name = NULL;
      GString *names;

      if (row->plain[a] == NULL)
        continue;
      if ((names = g_hash_table_lookup (sources, row->plain[a])) == NULL)
        {
          names = g_string_new (NULL);
          g_hash_table_insert (sources, row->plain[a], names);
          g_ptr_array_add (values, row->plain[a]);
        }
      name = px_views_dup_display_name (alignment, self->display_names, a);
      g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "", name);
    }
  for (guint v = 0; v < values->len; v++)
    {
      const char *key = g_ptr_array_index (values, v);
      GString *names = g_hash_table_lookup (sources, key);
      g_auto(GStrv) mentions = g_strsplit (key, "\n", -1);
      g_autofree char *value = g_strjoinv ("; ", mentions);
      g_autofree char *escaped_value = g_markup_escape_text (value, -1);
      g_autofree char *escaped_names = g_markup_escape_text (names->str, -1);

      g_string_append_printf (text, "%s<b>%s</b> · %s", v > 0 ? "\n" : "", escaped_value, escaped_names);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static PxFigureRow *
build_row (PxFiguresView  *self,
           guint           index,
           PxGroupFigures *gf)
{
  PxAlignment *alignment = px_comparison_get_alignment (self->comparison);
  GArray *figures = px_comparison_get_figures (self->comparison);
  guint n_articles = px_alignment_get_n_articles (alignment);
  PxFigureRow *row = g_object_new (PX_TYPE_FIGURE_ROW, NULL);
  const PxFigure *first = NULL;

  row->index = index;
  row->group = gf->group;
  row->id = px_alignment_group_get_id (alignment, gf->group);
  row->verdict = gf->verdict;
  row->n_articles = n_articles;
  row->summary = px_views_mask_outlets (alignment, self->display_names, gf->summary);
  row->markup = g_new0 (char *, n_articles + 1);
  row->plain = g_new0 (char *, n_articles + 1);

  for (guint a = 0; a < n_articles; a++)
    {
      g_autoptr(GString) markup = NULL;
      g_autoptr(GString) plain = NULL;

      for (guint k = 0; k < gf->mentions->len; k++)
        {
          const PxFigureMention *mention = &g_array_index (figures, PxFigureMention,
                                                           g_array_index (gf->mentions, guint, k));
          g_autofree char *written = NULL;
          g_autofree char *written_escaped = NULL;
          g_autofree char *reading = NULL;
          g_autofree char *reading_escaped = NULL;

          if (first == NULL)
            first = mention->figure;
          if (mention->document != a)
            continue;

          written = px_views_mask_outlets (alignment, self->display_names, px_figure_get_text (mention->figure));
          written_escaped = g_markup_escape_text (written, -1);
          reading = px_figure_format (mention->figure);
          reading_escaped = g_markup_escape_text (reading, -1);

          if (markup == NULL)
            {
              markup = g_string_new (NULL);
              plain = g_string_new (NULL);
            }
          else
            {
              g_string_append (markup, "\n");
              g_string_append (plain, "\n");
            }
          g_string_append_printf (markup, "<b>%s</b>\n<span size=\"small\" alpha=\"65%%\">%s</span>",
                                  written_escaped, reading_escaped);
          g_string_append_printf (plain, "%s (%s)", written, reading);
        }
      if (markup != NULL)
        {
          row->markup[a] = g_string_free (g_steal_pointer (&markup), FALSE);
          row->plain[a] = g_string_free (g_steal_pointer (&plain), FALSE);
        }
    }

  row->by_source = join_by_source (self, row);

  /* The counted noun as a source wrote it reads better than the quantity's
   * key, which is a stem ("mensch"); units are keys already ("km", "EUR").
   * A bare number has neither, and then the kind of figure says most.
   */
  if (first != NULL && px_figure_get_kind (first) == PX_FIGURE_KIND_COUNT &&
      px_figure_get_noun (first) != NULL && *px_figure_get_noun (first) != '\0')
    row->quantity = g_strdup (px_figure_get_noun (first));
  else if (gf->quantity != NULL && *gf->quantity != '\0')
    row->quantity = g_strdup (gf->quantity);
  else if (first != NULL)
    row->quantity = g_strdup (px_figure_kind_to_string (px_figure_get_kind (first)));
  else
    row->quantity = g_strdup ("");

  return row;
}

static void
update_state (PxFiguresView *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  g_autofree char *count = NULL;

  if (self->comparison == NULL)
    {
      adw_status_page_set_title (self->empty_page, _("No Comparison Yet"));
      adw_status_page_set_description (self->empty_page,
                                       _("Open a set of articles to compare the figures they give."));
    }
  else
    {
      adw_status_page_set_title (self->empty_page, _("No Figures to Compare"));
      adw_status_page_set_description (self->empty_page,
                                       _("No claim carries a number that the sources could disagree on."));
    }
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "table" : "empty");

  {
    guint n_disputed = 0;

    for (guint i = 0; i < n; i++)
      {
        g_autoptr(PxFigureRow) row = g_list_model_get_item (G_LIST_MODEL (self->store), i);

        n_disputed += row->verdict == PX_FIGURE_VERDICT_DIFFER || row->verdict == PX_FIGURE_VERDICT_CONTRADICT;
      }
    /* Translators: e.g. "9 compared quantities, 3 disputed". */
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u compared quantity, %u disputed",
                                          "%u compared quantities, %u disputed", n),
                             n, n_disputed);
  }
  gtk_label_set_label (self->count_label, count);
}

static void
selection_changed_cb (PxFiguresView *self)
{
  PxFigureRow *row = gtk_single_selection_get_selected_item (self->selection);

  if (self->selecting || row == NULL)
    return;

  self->selected_group = row->group;
  g_signal_emit (self, signals[GROUP_ACTIVATED], 0, (int)row->group);
}

static void
setup_label_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  gtk_list_item_set_child (item, px_views_new_cell_label ());
}

static void
setup_number_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  GtkWidget *label = px_views_new_cell_label ();

  gtk_widget_add_css_class (label, "px-claim-number");
  gtk_list_item_set_child (item, label);
}

static void
bind_number_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  PxFigureRow *row = gtk_list_item_get_item (item);
  g_autofree char *text = g_strdup_printf ("%u", row->id);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static void
bind_quantity_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  PxFigureRow *row = gtk_list_item_get_item (item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), row->quantity);
}

static void
bind_figure_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  guint article = GPOINTER_TO_UINT (user_data);
  PxFigureRow *row = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);

  if (article < row->n_articles && row->markup[article] != NULL)
    {
      gtk_label_set_markup (GTK_LABEL (label), row->markup[article]);
      gtk_widget_remove_css_class (label, "dim-label");
      gtk_widget_set_tooltip_text (label, NULL);
    }
  else
    {
      gtk_label_set_text (GTK_LABEL (label), "—");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_set_tooltip_text (label, _("This source gives no figure for the quantity"));
    }
}

static void
bind_by_source_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  PxFigureRow *row = gtk_list_item_get_item (item);

  gtk_label_set_markup (GTK_LABEL (gtk_list_item_get_child (item)), row->by_source != NULL ? row->by_source : "");
}

static void
setup_verdict_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  GtkWidget *badge = gtk_label_new (NULL);

  gtk_widget_set_halign (badge, GTK_ALIGN_START);
  gtk_widget_set_valign (badge, GTK_ALIGN_START);
  gtk_widget_add_css_class (badge, "px-badge");
  gtk_list_item_set_child (item, badge);
}

static void
bind_verdict_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  PxFigureRow *row = gtk_list_item_get_item (item);
  GtkWidget *badge = gtk_list_item_get_child (item);
  const char *classes[] = { "px-badge", verdict_css (row->verdict), NULL };

  gtk_label_set_label (GTK_LABEL (badge), px_figures_view_verdict_label (row->verdict));
  gtk_widget_set_css_classes (badge, classes);
  gtk_widget_set_tooltip_text (badge, row->summary);
}

/* Source columns share the width the fixed columns leave, set rather than
 * expanded: wrapped labels measure their height for the fixed width.
 */
static int
source_width_for (PxFiguresView *self,
                  int            width)
{
  guint n = self->comparison ? px_alignment_get_n_articles (px_comparison_get_alignment (self->comparison)) : 0;

  return px_views_source_width (width, NUMBER_WIDTH + QUANTITY_WIDTH + VERDICT_WIDTH,
                                px_views_many_sources (self->comparison) ? 1 : n, MIN_SOURCE_WIDTH);
}

static gboolean
apply_widths_cb (gpointer data)
{
  PxFiguresView *self = data;

  self->widths_idle = 0;
  /* The sources sit between the quantity and the verdict. */
  px_views_set_column_widths (self->column_view, 2, 1, self->source_width);
  return G_SOURCE_REMOVE;
}

static void
px_figures_view_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  PxFiguresView *self = (PxFiguresView *)widget;

  gtk_widget_measure (self->box, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
}

static void
px_figures_view_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  PxFiguresView *self = (PxFiguresView *)widget;
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
rebuild_columns (PxFiguresView *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);
  GtkColumnViewColumn *column;

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) first = g_list_model_get_item (columns, 0);
      gtk_column_view_remove_column (self->column_view, first);
    }

  if (gtk_widget_get_width (GTK_WIDGET (self)) > 0)
    self->source_width = source_width_for (self, gtk_widget_get_width (GTK_WIDGET (self)));

  column = px_views_add_column (self->column_view, _("Claim"),
                                G_CALLBACK (setup_number_cb),
                                G_CALLBACK (bind_number_cb), NULL);
  gtk_column_view_column_set_fixed_width (column, NUMBER_WIDTH);
  column = px_views_add_column (self->column_view, _("Quantity"),
                                G_CALLBACK (setup_label_cb),
                                G_CALLBACK (bind_quantity_cb), NULL);
  gtk_column_view_column_set_fixed_width (column, QUANTITY_WIDTH);
  gtk_column_view_column_set_resizable (column, TRUE);

  if (px_views_many_sources (self->comparison))
    {
      column = px_views_add_column (self->column_view, _("Figures by Source"),
                                    G_CALLBACK (setup_label_cb),
                                    G_CALLBACK (bind_by_source_cb), NULL);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_fixed_width (column, self->source_width);
    }
  else if (self->comparison != NULL)
    {
      PxAlignment *alignment = px_comparison_get_alignment (self->comparison);

      for (guint a = 0; a < px_alignment_get_n_articles (alignment); a++)
        {
          g_autofree char *name = px_views_dup_display_name (alignment, self->display_names, a);

          column = px_views_add_column (self->column_view, name,
                                        G_CALLBACK (setup_label_cb),
                                        G_CALLBACK (bind_figure_cb),
                                        GUINT_TO_POINTER (a));
          gtk_column_view_column_set_resizable (column, TRUE);
          gtk_column_view_column_set_fixed_width (column, self->source_width);
        }
    }

  column = px_views_add_column (self->column_view, _("Verdict"),
                                G_CALLBACK (setup_verdict_cb),
                                G_CALLBACK (bind_verdict_cb), NULL);
  gtk_column_view_column_set_fixed_width (column, VERDICT_WIDTH);
}

static void
px_figures_view_dispose (GObject *object)
{
  PxFiguresView *self = (PxFiguresView *)object;

  g_clear_handle_id (&self->widths_idle, g_source_remove);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->selection);
  g_clear_object (&self->store);
  g_clear_object (&self->comparison);
  g_clear_pointer (&self->display_names, g_ptr_array_unref);

  G_OBJECT_CLASS (px_figures_view_parent_class)->dispose (object);
}

static void
px_figures_view_class_init (PxFiguresViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_figures_view_dispose;

  /**
   * PxFiguresView::group-activated:
   * @self: the view
   * @group: the claim group of the quantity the user selected
   */
  signals[GROUP_ACTIVATED] =
    g_signal_new ("group-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT);

  widget_class->measure = px_figures_view_measure;
  widget_class->size_allocate = px_figures_view_size_allocate;

  gtk_widget_class_set_css_name (widget_class, "figuresview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static GtkWidget *
legend_badge (PxFigureVerdict verdict,
              const char     *tooltip)
{
  GtkWidget *badge = gtk_label_new (px_figures_view_verdict_label (verdict));

  gtk_widget_add_css_class (badge, "px-badge");
  gtk_widget_add_css_class (badge, verdict_css (verdict));
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (badge, tooltip);
  return badge;
}

static void
px_figures_view_init (PxFiguresView *self)
{
  GtkWidget *toolbar, *spacer, *legend, *scroller;


  self->selected_group = -1;
  self->source_width = 170;
  self->store = g_list_store_new (PX_TYPE_FIGURE_ROW);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->store)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (selection_changed_cb), self);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  toolbar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_add_css_class (toolbar, "px-overview-toolbar");
  self->count_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "dim-label");
  gtk_box_append (GTK_BOX (toolbar), GTK_WIDGET (self->count_label));
  spacer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_set_hexpand (spacer, TRUE);
  gtk_box_append (GTK_BOX (toolbar), spacer);

  /* The legend explains the colours before anyone has to hover. */
  legend = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (legend),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Verdicts"),
                                  -1);
  gtk_box_append (GTK_BOX (legend), legend_badge (PX_FIGURE_VERDICT_AGREE, _("Same value, same hedging")));
  gtk_box_append (GTK_BOX (legend), legend_badge (PX_FIGURE_VERDICT_HEDGE, _("Same value, hedged differently")));
  gtk_box_append (GTK_BOX (legend), legend_badge (PX_FIGURE_VERDICT_DIFFER, _("Different figures whose ranges overlap")));
  gtk_box_append (GTK_BOX (legend), legend_badge (PX_FIGURE_VERDICT_CONTRADICT, _("Figures that cannot both be true")));
  gtk_box_append (GTK_BOX (legend), legend_badge (PX_FIGURE_VERDICT_SINGLE, _("Only one source gives a figure")));
  gtk_box_append (GTK_BOX (toolbar), legend);
  gtk_box_append (GTK_BOX (self->box), toolbar);

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->stack));

  self->column_view = GTK_COLUMN_VIEW (gtk_column_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection))));
  gtk_column_view_set_show_row_separators (self->column_view, TRUE);
  gtk_column_view_set_show_column_separators (self->column_view, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Figures by source"),
                                  -1);
  px_views_label_internals (GTK_WIDGET (self->column_view), _("Figures by source"));
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->column_view));
  gtk_stack_add_named (self->stack, scroller, "table");

  self->empty_page = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_icon_name (self->empty_page, "view-list-symbolic");
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->empty_page), "empty");

  gtk_widget_add_css_class (GTK_WIDGET (self), "px-overview");
  gtk_widget_add_css_class (GTK_WIDGET (self), "view");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Figures"),
                                  -1);

  rebuild_columns (self);
  update_state (self);
}

/**
 * px_figures_view_new:
 *
 * Returns: (transfer floating): a new, empty figures view
 */
GtkWidget *
px_figures_view_new (void)
{
  return g_object_new (PX_TYPE_FIGURES_VIEW, NULL);
}

/**
 * px_figures_view_set_comparison:
 * @self: a #PxFiguresView
 * @comparison: (nullable): the comparison to show
 * @display_names: (nullable) (element-type utf8): the name to show for each
 *   article of the alignment, by index; %NULL shows the outlets
 *
 * Shows one row per compared quantity of @comparison.
 */
void
px_figures_view_set_comparison (PxFiguresView *self,
                                PxComparison  *comparison,
                                GPtrArray     *display_names)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (PX_IS_FIGURES_VIEW (self));
  g_return_if_fail (!comparison || PX_IS_COMPARISON (comparison));

  g_set_object (&self->comparison, comparison);
  g_clear_pointer (&self->display_names, g_ptr_array_unref);
  self->display_names = px_views_dup_names (display_names);
  self->selected_group = -1;

  if (comparison != NULL)
    {
      GPtrArray *figure_groups = px_comparison_get_figure_groups (comparison);

      for (guint i = 0; i < figure_groups->len; i++)
        g_ptr_array_add (rows, build_row (self, i, g_ptr_array_index (figure_groups, i)));
    }

  rebuild_columns (self);
  self->selecting = TRUE;
  g_list_store_splice (self->store, 0, g_list_model_get_n_items (G_LIST_MODEL (self->store)),
                       rows->pdata, rows->len);
  self->selecting = FALSE;
  update_state (self);
}

/**
 * px_figures_view_get_comparison:
 * @self: a #PxFiguresView
 *
 * Returns: (transfer none) (nullable): the comparison shown
 */
PxComparison *
px_figures_view_get_comparison (PxFiguresView *self)
{
  g_return_val_if_fail (PX_IS_FIGURES_VIEW (self), NULL);
  return self->comparison;
}

/**
 * px_figures_view_select_group:
 * @self: a #PxFiguresView
 * @group: a claim group, or -1
 *
 * Selects the first quantity of @group, if it has one; does not emit
 * #PxFiguresView::group-activated.
 */
void
px_figures_view_select_group (PxFiguresView *self,
                              int            group)
{
  guint n, position = GTK_INVALID_LIST_POSITION;

  g_return_if_fail (PX_IS_FIGURES_VIEW (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  for (guint i = 0; group >= 0 && i < n && position == GTK_INVALID_LIST_POSITION; i++)
    {
      g_autoptr(PxFigureRow) row = g_list_model_get_item (G_LIST_MODEL (self->store), i);

      if ((int)row->group == group)
        position = i;
    }

  self->selected_group = group;
  self->selecting = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->selecting = FALSE;
}

/**
 * px_figures_view_get_column_view:
 * @self: a #PxFiguresView
 *
 * Returns: (transfer none): the view's column view, for tests
 */
GtkColumnView *
px_figures_view_get_column_view (PxFiguresView *self)
{
  g_return_val_if_fail (PX_IS_FIGURES_VIEW (self), NULL);
  return self->column_view;
}

/**
 * px_figures_view_get_n_rows:
 * @self: a #PxFiguresView
 *
 * Returns: the number of compared quantities shown
 */
guint
px_figures_view_get_n_rows (PxFiguresView *self)
{
  g_return_val_if_fail (PX_IS_FIGURES_VIEW (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->store));
}

/**
 * px_figures_view_get_row_group:
 * @self: a #PxFiguresView
 * @position: a row
 *
 * Returns: the claim group of the row's quantity
 */
guint
px_figures_view_get_row_group (PxFiguresView *self,
                               guint          position)
{
  g_autoptr(PxFigureRow) row = NULL;

  g_return_val_if_fail (PX_IS_FIGURES_VIEW (self), 0);

  row = g_list_model_get_item (G_LIST_MODEL (self->store), position);
  g_return_val_if_fail (row != NULL, 0);
  return row->group;
}

/**
 * px_figures_view_dup_row_text:
 * @self: a #PxFiguresView
 * @position: a row
 *
 * Returns: (transfer full): the row's cells as shown, separated by tabs:
 *   claim number, quantity, each source's figure or "—", the verdict
 */
char *
px_figures_view_dup_row_text (PxFiguresView *self,
                              guint          position)
{
  g_autoptr(PxFigureRow) row = NULL;
  GString *out;

  g_return_val_if_fail (PX_IS_FIGURES_VIEW (self), NULL);

  row = g_list_model_get_item (G_LIST_MODEL (self->store), position);
  g_return_val_if_fail (row != NULL, NULL);

  out = g_string_new (NULL);
  g_string_append_printf (out, "%u\t%s", row->id, row->quantity);
  for (guint a = 0; a < row->n_articles; a++)
    g_string_append_printf (out, "\t%s", row->plain[a] ? row->plain[a] : "—");
  g_string_append_printf (out, "\t%s", px_figures_view_verdict_label (row->verdict));
  return g_string_free (out, FALSE);
}
