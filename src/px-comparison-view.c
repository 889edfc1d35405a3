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
#include "px-link-gutter.h"
#include "px-palette.h"

#define MIN_COLUMN_WIDTH 260

struct _PxComparisonView
{
  GtkWidget          parent_instance;

  /* Owned */
  GPtrArray         *panes;        /* all panes, in display order, hidden ones too */
  GPtrArray         *gutters;      /* between visible neighbours, rebuilt with them */
  PxAlignment       *alignment;
  GArray            *divergences;  /* of PxViewDivergence, in navigation order */
  guint              links_tick;
  int                selected_group;
  int                reference;    /* article index of the reference pane, or -1 */

  /* Template widgets */
  GtkWidget         *box;
  GtkSearchBar      *search_bar;
  GtkSearchEntry    *search_entry;
  GtkLabel          *search_label;
  GtkScrolledWindow *scroller;
  GtkBox            *pane_box;
};

enum {
  PROP_0,
  PROP_N_PANES,
  PROP_SELECTED_GROUP,
  PROP_REFERENCE,
  N_PROPS
};

enum {
  META_EDITED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (PxComparisonView, px_comparison_view, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void queue_update_links (PxComparisonView *self);

static guint
n_visible (PxComparisonView *self)
{
  guint n = 0;

  for (guint i = 0; i < self->panes->len; i++)
    n += gtk_widget_get_visible (g_ptr_array_index (self->panes, i));
  return n;
}

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
  GtkWidget *child = gtk_widget_get_first_child (widget);

  (void)self;
  gtk_widget_measure (child, orientation, for_size,
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
  guint n = n_visible (self);

  if (n > 0)
    {
      guint shown = MIN (n, PX_COMPARISON_VIEW_VISIBLE_PANES);
      int column = (width - (int)(shown - 1) * px_link_gutter_get_width ()) / (int)shown;

      column = MAX (column, MIN_COLUMN_WIDTH);
      for (guint i = 0; i < self->panes->len; i++)
        px_source_pane_set_column_width (g_ptr_array_index (self->panes, i), column);
    }

  gtk_widget_allocate (gtk_widget_get_first_child (widget), width, height, baseline, NULL);
  queue_update_links (self);
}

/* Article index of a pane within the alignment (the alignment may hold the
 * articles in its own order). Ids, not objects, are compared: a pane shows a
 * corrected copy of its article while the set is aligned again.
 */
static int
alignment_index (PxComparisonView *self,
                 PxSourcePane     *pane)
{
  GPtrArray *articles;

  if (self->alignment == NULL)
    return -1;
  articles = px_alignment_get_articles (self->alignment);
  for (guint i = 0; i < articles->len; i++)
    if (g_str_equal (px_article_get_id (g_ptr_array_index (articles, i)),
                     px_article_get_id (px_source_pane_get_article (pane))))
      return i;
  return -1;
}

static gboolean
first_member_in (PxComparisonView *self,
                 guint             group,
                 int               article,
                 guint            *sentence)
{
  const PxAlignmentMember *members;
  guint n;
  gboolean found = FALSE;

  members = px_alignment_group_get_members (self->alignment, group, &n);
  for (guint m = 0; m < n; m++)
    if ((int)members[m].article == article && (!found || members[m].sentence < *sentence))
      {
        *sentence = members[m].sentence;
        found = TRUE;
      }
  return found;
}

static void
update_links (PxComparisonView *self)
{
  for (guint g = 0; g < self->gutters->len; g++)
    {
      PxLinkGutter *gutter = g_ptr_array_index (self->gutters, g);
      PxSourcePane *left = g_object_get_data (G_OBJECT (gutter), "left");
      PxSourcePane *right = g_object_get_data (G_OBJECT (gutter), "right");
      g_autoptr(GArray) links = g_array_new (FALSE, FALSE, sizeof (PxGutterLink));
      int a = alignment_index (self, left);
      int b = alignment_index (self, right);
      guint n_groups = self->alignment ? px_alignment_get_n_groups (self->alignment) : 0;

      for (guint group = 0; a >= 0 && b >= 0 && group < n_groups; group++)
        {
          PxGutterLink link = { 0 };
          guint sa, sb;

          if (!first_member_in (self, group, a, &sa) || !first_member_in (self, group, b, &sb))
            continue;
          if (!px_source_pane_get_sentence_extent (left, sa, GTK_WIDGET (gutter), &link.left_top, &link.left_bottom) ||
              !px_source_pane_get_sentence_extent (right, sb, GTK_WIDGET (gutter), &link.right_top, &link.right_bottom))
            continue;
          link.color = px_palette_get_group_slot (self->alignment, group);
          link.selected = (int)group == self->selected_group;
          g_array_append_val (links, link);
        }

      px_link_gutter_set_links (gutter, (const PxGutterLink *)(gpointer)links->data, links->len);
    }
}

static gboolean
update_links_tick_cb (GtkWidget     *widget,
                      GdkFrameClock *clock,
                      gpointer       user_data)
{
  PxComparisonView *self = PX_COMPARISON_VIEW (widget);

  self->links_tick = 0;
  update_links (self);
  return G_SOURCE_REMOVE;
}

/* Scrolling and resizing can fire many times per frame; the bands are
 * recomputed once, before the next frame is drawn.
 */
static void
queue_update_links (PxComparisonView *self)
{
  if (self->links_tick == 0)
    self->links_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), update_links_tick_cb, NULL, NULL);
}

static void
adjustment_changed_cb (PxComparisonView *self)
{
  queue_update_links (self);
}

static void
rebuild_row (PxComparisonView *self)
{
  GtkWidget *child;
  PxSourcePane *previous = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->pane_box))))
    gtk_box_remove (self->pane_box, child);
  g_ptr_array_set_size (self->gutters, 0);

  for (guint i = 0; i < self->panes->len; i++)
    {
      PxSourcePane *pane = g_ptr_array_index (self->panes, i);

      if (!gtk_widget_get_visible (GTK_WIDGET (pane)))
        continue;

      if (previous != NULL)
        {
          GtkWidget *gutter = px_link_gutter_new ();

          g_object_set_data (G_OBJECT (gutter), "left", previous);
          g_object_set_data (G_OBJECT (gutter), "right", pane);
          gtk_box_append (self->pane_box, gutter);
          g_ptr_array_add (self->gutters, gutter);
        }
      gtk_box_append (self->pane_box, GTK_WIDGET (pane));
      previous = pane;
    }

  gtk_widget_queue_resize (GTK_WIDGET (self));
  queue_update_links (self);
}

static GMenuModel *
pane_menu (guint position)
{
  GMenu *menu = g_menu_new ();
  GMenu *section = g_menu_new ();
  GMenuItem *item;

#define ADD(section, label, action)                                                   \
  item = g_menu_item_new (label, NULL);                                               \
  g_menu_item_set_action_and_target_value (item, action, g_variant_new_uint32 (position)); \
  g_menu_append_item (section, item);                                                 \
  g_object_unref (item)

  ADD (section, _("Use as _Reference"), "comparison.set-reference");
  ADD (section, _("Move _Left"), "comparison.move-left");
  ADD (section, _("Move R_ight"), "comparison.move-right");
  ADD (section, _("_Hide Source"), "comparison.hide-pane");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
  g_object_unref (section);

  section = g_menu_new ();
  item = g_menu_item_new (_("_Show All Sources"), "comparison.show-all-panes");
  g_menu_append_item (section, item);
  g_object_unref (item);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
  g_object_unref (section);

#undef ADD

  return G_MENU_MODEL (menu);
}

/* Menus carry the pane's position in the row, so they are redone whenever
 * the order changes.
 */
static void
update_pane_menus (PxComparisonView *self)
{
  for (guint i = 0; i < self->panes->len; i++)
    {
      g_autoptr(GMenuModel) menu = pane_menu (i);
      px_source_pane_set_menu (g_ptr_array_index (self->panes, i), menu);
    }
}

static void
meta_edited_cb (PxComparisonView *self,
                guint             field,
                const char       *value,
                PxSourcePane     *pane)
{
  g_signal_emit (self, signals[META_EDITED], 0, px_source_pane_get_article (pane), field, value);
}

static void
sentence_activated_cb (PxComparisonView *self,
                       guint             sentence,
                       PxSourcePane     *pane)
{
  const guint *groups;
  guint n_groups;
  int article = alignment_index (self, pane);
  int next = -1;

  if (article < 0)
    return;

  /* A sentence can carry two claims; clicking it again cycles through them. */
  groups = px_alignment_get_groups_for_sentence (self->alignment, article, sentence, &n_groups);
  if (n_groups == 0)
    next = -1;
  else
    {
      next = groups[0];
      for (guint i = 0; i < n_groups; i++)
        if ((int)groups[i] == self->selected_group)
          next = groups[(i + 1) % n_groups];
    }

  px_comparison_view_select_group (self, next);
}

static void
clear_panes (PxComparisonView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->pane_box))))
    gtk_box_remove (self->pane_box, child);
  g_ptr_array_set_size (self->gutters, 0);
  g_ptr_array_set_size (self->panes, 0);
}

static void
search_changed_cb (PxComparisonView *self,
                   GtkSearchEntry   *entry)
{
  const char *needle = gtk_editable_get_text (GTK_EDITABLE (entry));
  guint total = 0, sources = 0;

  for (guint i = 0; i < self->panes->len; i++)
    {
      guint n = px_source_pane_highlight_search (g_ptr_array_index (self->panes, i), needle);

      total += n;
      sources += n > 0;
    }

  if (needle == NULL || *needle == '\0')
    gtk_label_set_label (self->search_label, "");
  else
    {
      g_autofree char *matches = NULL;
      g_autofree char *label = NULL;

      /* Translators: the first part of "12 matches in 3 sources". */
      matches = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u match", "%u matches", total), total);
      /* Translators: %s is "12 matches"; the whole reads "12 matches in 3 sources". */
      label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s in %u source", "%s in %u sources", sources),
                               matches, sources);
      gtk_label_set_label (self->search_label, label);
    }
}

static void
px_comparison_view_dispose (GObject *object)
{
  PxComparisonView *self = (PxComparisonView *)object;

  if (self->links_tick != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->links_tick);
      self->links_tick = 0;
    }
  if (self->panes != NULL)
    clear_panes (self);
  g_clear_pointer (&self->panes, g_ptr_array_unref);
  g_clear_pointer (&self->gutters, g_ptr_array_unref);
  g_clear_pointer (&self->divergences, g_array_unref);
  g_clear_object (&self->alignment);
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

    case PROP_SELECTED_GROUP:
      g_value_set_int (value, self->selected_group);
      break;

    case PROP_REFERENCE:
      g_value_set_int (value, self->reference);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static int
pane_position_for_action (PxComparisonView *self,
                          GVariant         *param)
{
  guint position = g_variant_get_uint32 (param);

  return position < self->panes->len ? (int)position : -1;
}

static void
set_reference_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  PxComparisonView *self = PX_COMPARISON_VIEW (widget);
  int position = pane_position_for_action (self, param);
  PxSourcePane *pane;
  GPtrArray *articles;

  if (position < 0)
    return;

  pane = g_ptr_array_index (self->panes, position);
  for (guint i = 0; i < self->panes->len; i++)
    px_source_pane_set_is_reference (g_ptr_array_index (self->panes, i), i == (guint)position);

  /* The reference is remembered as the article's place in the set the
   * window holds, which does not change when panes move.
   */
  articles = g_object_get_data (G_OBJECT (self), "articles");
  self->reference = -1;
  for (guint i = 0; articles != NULL && i < articles->len; i++)
    if (g_ptr_array_index (articles, i) == px_source_pane_get_article (pane))
      self->reference = i;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERENCE]);
}

static void
move_pane (PxComparisonView *self,
           int               position,
           int               delta)
{
  int target = position + delta;
  gpointer pane;

  if (position < 0 || target < 0 || target >= (int)self->panes->len)
    return;

  pane = g_ptr_array_steal_index (self->panes, position);
  g_ptr_array_insert (self->panes, target, pane);
  rebuild_row (self);
  update_pane_menus (self);
}

static void
move_left_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  PxComparisonView *self = PX_COMPARISON_VIEW (widget);

  move_pane (self, pane_position_for_action (self, param), -1);
}

static void
move_right_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  PxComparisonView *self = PX_COMPARISON_VIEW (widget);

  move_pane (self, pane_position_for_action (self, param), +1);
}

static void
hide_pane_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  PxComparisonView *self = PX_COMPARISON_VIEW (widget);
  int position = pane_position_for_action (self, param);

  /* The last visible source stays, or the view would be empty. */
  if (position < 0 || n_visible (self) <= 1)
    return;

  gtk_widget_set_visible (g_ptr_array_index (self->panes, position), FALSE);
  rebuild_row (self);
}

static void
show_all_panes_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  PxComparisonView *self = PX_COMPARISON_VIEW (widget);

  for (guint i = 0; i < self->panes->len; i++)
    gtk_widget_set_visible (g_ptr_array_index (self->panes, i), TRUE);
  rebuild_row (self);
}

static void
step_group (PxComparisonView *self,
            int               delta)
{
  int n;

  if (self->alignment == NULL || (n = px_alignment_get_n_groups (self->alignment)) == 0)
    return;

  if (self->selected_group < 0)
    px_comparison_view_select_group (self, delta > 0 ? 0 : n - 1);
  else
    px_comparison_view_select_group (self, (self->selected_group + delta + n) % n);
}

static void
next_group_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  step_group (PX_COMPARISON_VIEW (widget), +1);
}

static void
previous_group_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  step_group (PX_COMPARISON_VIEW (widget), -1);
}

/* Divergences are walked in their list order; the current one is the first
 * entry of the selected group, so that stepping continues from where the
 * user clicked.
 */
static void
step_divergence (PxComparisonView *self,
                 int               delta,
                 gboolean          figures_only)
{
  int n = self->divergences->len;
  int current = -1;

  if (n == 0)
    return;

  for (int i = 0; i < n; i++)
    if ((int)g_array_index (self->divergences, PxViewDivergence, i).group == self->selected_group)
      {
        current = i;
        if (delta < 0)
          break;
      }

  for (int step = 1; step <= n; step++)
    {
      int i = current < 0 ? (delta > 0 ? step - 1 : n - step) : ((current + delta * step) % n + n) % n;
      const PxViewDivergence *d = &g_array_index (self->divergences, PxViewDivergence, i);

      if (figures_only && !d->figure_conflict)
        continue;
      if ((int)d->group == self->selected_group)
        continue;
      px_comparison_view_select_group (self, d->group);
      return;
    }
}

static void
next_divergence_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  step_divergence (PX_COMPARISON_VIEW (widget), +1, FALSE);
}

static void
previous_divergence_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  step_divergence (PX_COMPARISON_VIEW (widget), -1, FALSE);
}

static void
next_figure_conflict_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *param)
{
  step_divergence (PX_COMPARISON_VIEW (widget), +1, TRUE);
}

static void
previous_figure_conflict_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *param)
{
  step_divergence (PX_COMPARISON_VIEW (widget), -1, TRUE);
}

static void
step_focus (PxComparisonView *self,
            int               delta)
{
  g_autoptr(GPtrArray) visible = g_ptr_array_new ();
  int current = -1;

  for (guint i = 0; i < self->panes->len; i++)
    if (gtk_widget_get_visible (g_ptr_array_index (self->panes, i)))
      g_ptr_array_add (visible, g_ptr_array_index (self->panes, i));
  if (visible->len == 0)
    return;

  for (guint i = 0; i < visible->len; i++)
    if (px_source_pane_has_text_focus (g_ptr_array_index (visible, i)))
      current = i;

  current = current < 0 ? 0 : ((current + delta) % (int)visible->len + (int)visible->len) % (int)visible->len;
  px_source_pane_focus_text (g_ptr_array_index (visible, current));
}

static void
focus_next_pane_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  step_focus (PX_COMPARISON_VIEW (widget), +1);
}

static void
focus_previous_pane_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  step_focus (PX_COMPARISON_VIEW (widget), -1);
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PxComparisonView *self = PX_COMPARISON_VIEW (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
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
  properties[PROP_SELECTED_GROUP] =
    g_param_spec_int ("selected-group", NULL, NULL,
                      -1, G_MAXINT, -1,
                      (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_REFERENCE] =
    g_param_spec_int ("reference", NULL, NULL,
                      -1, G_MAXINT, -1,
                      (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PxComparisonView::meta-edited:
   * @self: the view
   * @article: the article whose header the reader corrected
   * @field: the #PxMetaField corrected
   * @value: the new value
   */
  signals[META_EDITED] =
    g_signal_new ("meta-edited",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, PX_TYPE_ARTICLE, G_TYPE_UINT, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/parallax/Parallax/ui/px-comparison-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PxComparisonView, box);
  gtk_widget_class_bind_template_child (widget_class, PxComparisonView, search_bar);
  gtk_widget_class_bind_template_child (widget_class, PxComparisonView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PxComparisonView, search_label);
  gtk_widget_class_bind_template_child (widget_class, PxComparisonView, scroller);
  gtk_widget_class_bind_template_child (widget_class, PxComparisonView, pane_box);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_set_css_name (widget_class, "comparisonview");

  gtk_widget_class_install_action (widget_class, "comparison.set-reference", "u", set_reference_action);
  gtk_widget_class_install_action (widget_class, "comparison.move-left", "u", move_left_action);
  gtk_widget_class_install_action (widget_class, "comparison.move-right", "u", move_right_action);
  gtk_widget_class_install_action (widget_class, "comparison.hide-pane", "u", hide_pane_action);
  gtk_widget_class_install_action (widget_class, "comparison.show-all-panes", NULL, show_all_panes_action);
  gtk_widget_class_install_action (widget_class, "comparison.next-group", NULL, next_group_action);
  gtk_widget_class_install_action (widget_class, "comparison.previous-group", NULL, previous_group_action);
  gtk_widget_class_install_action (widget_class, "comparison.next-divergence", NULL, next_divergence_action);
  gtk_widget_class_install_action (widget_class, "comparison.previous-divergence", NULL, previous_divergence_action);
  gtk_widget_class_install_action (widget_class, "comparison.next-figure-conflict", NULL, next_figure_conflict_action);
  gtk_widget_class_install_action (widget_class, "comparison.previous-figure-conflict", NULL, previous_figure_conflict_action);
  gtk_widget_class_install_action (widget_class, "comparison.focus-next-pane", NULL, focus_next_pane_action);
  gtk_widget_class_install_action (widget_class, "comparison.focus-previous-pane", NULL, focus_previous_pane_action);
  gtk_widget_class_install_action (widget_class, "comparison.find", NULL, find_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "comparison.next-group", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "comparison.previous-group", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F8, 0, "comparison.next-divergence", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F8, GDK_SHIFT_MASK, "comparison.previous-divergence", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F7, 0, "comparison.next-figure-conflict", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F7, GDK_SHIFT_MASK, "comparison.previous-figure-conflict", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "comparison.focus-next-pane", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "comparison.focus-previous-pane", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "comparison.find", NULL);
}

static void
px_comparison_view_init (PxComparisonView *self)
{
  self->panes = g_ptr_array_new_with_free_func (g_object_unref);
  self->gutters = g_ptr_array_new ();
  self->divergences = g_array_new (FALSE, FALSE, sizeof (PxViewDivergence));
  self->selected_group = -1;
  self->reference = -1;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
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
  g_clear_object (&self->alignment);
  g_array_set_size (self->divergences, 0);
  self->selected_group = -1;
  self->reference = -1;
  g_object_set_data_full (G_OBJECT (self), "articles",
                          articles ? g_ptr_array_ref (articles) : NULL,
                          (GDestroyNotify)g_ptr_array_unref);

  for (guint i = 0; articles != NULL && i < articles->len; i++)
    {
      GtkWidget *pane = px_source_pane_new (g_ptr_array_index (articles, i));

      g_ptr_array_add (self->panes, g_object_ref_sink (pane));
      g_signal_connect_object (pane, "sentence-activated",
                               G_CALLBACK (sentence_activated_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (pane, "meta-edited",
                               G_CALLBACK (meta_edited_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (px_source_pane_get_vadjustment (PX_SOURCE_PANE (pane)), "value-changed",
                               G_CALLBACK (adjustment_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (px_source_pane_get_vadjustment (PX_SOURCE_PANE (pane)), "changed",
                               G_CALLBACK (adjustment_changed_cb), self, G_CONNECT_SWAPPED);
    }

  rebuild_row (self);
  update_pane_menus (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PANES]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_GROUP]);
}

/**
 * px_comparison_view_set_alignment:
 * @self: a #PxComparisonView
 * @alignment: (nullable): the alignment of the shown articles
 * @divergences: (nullable) (element-type PxViewDivergence): the divergences
 *   in navigation order
 *
 * Colours the panes by claim group and draws the links between them.
 */
void
px_comparison_view_set_alignment (PxComparisonView *self,
                                  PxAlignment      *alignment,
                                  GArray           *divergences)
{
  int previous;

  g_return_if_fail (PX_IS_COMPARISON_VIEW (self));

  previous = self->selected_group;
  g_set_object (&self->alignment, alignment);
  g_array_set_size (self->divergences, 0);
  if (divergences != NULL)
    g_array_append_vals (self->divergences, divergences->data, divergences->len);
  self->selected_group = -1;

  for (guint i = 0; i < self->panes->len; i++)
    {
      PxSourcePane *pane = g_ptr_array_index (self->panes, i);
      int index = alignment_index (self, pane);

      px_source_pane_set_alignment (pane, index >= 0 ? alignment : NULL, MAX (index, 0));
    }

  /* Keep the selection across a re-alignment when the group still exists,
   * without scrolling the reader away.
   */
  if (alignment != NULL && previous >= 0 && (guint)previous < px_alignment_get_n_groups (alignment))
    {
      self->selected_group = previous;
      for (guint i = 0; i < self->panes->len; i++)
        px_source_pane_select_group (g_ptr_array_index (self->panes, i), previous, FALSE);
    }

  queue_update_links (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_GROUP]);
}

/**
 * px_comparison_view_get_alignment:
 * @self: a #PxComparisonView
 *
 * Returns: (transfer none) (nullable): the alignment shown
 */
PxAlignment *
px_comparison_view_get_alignment (PxComparisonView *self)
{
  g_return_val_if_fail (PX_IS_COMPARISON_VIEW (self), NULL);
  return self->alignment;
}

/**
 * px_comparison_view_select_group:
 * @self: a #PxComparisonView
 * @group: a claim group's index, or -1
 *
 * Selects the group in every pane: its passages are highlighted and
 * scrolled to; panes without it say "Not in this source".
 */
void
px_comparison_view_select_group (PxComparisonView *self,
                                 int               group)
{
  g_return_if_fail (PX_IS_COMPARISON_VIEW (self));

  if (self->alignment == NULL || group >= (int)px_alignment_get_n_groups (self->alignment))
    group = -1;

  self->selected_group = group;
  for (guint i = 0; i < self->panes->len; i++)
    px_source_pane_select_group (g_ptr_array_index (self->panes, i), group, TRUE);

  queue_update_links (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_GROUP]);
}

int
px_comparison_view_get_selected_group (PxComparisonView *self)
{
  g_return_val_if_fail (PX_IS_COMPARISON_VIEW (self), -1);
  return self->selected_group;
}

int
px_comparison_view_get_reference (PxComparisonView *self)
{
  g_return_val_if_fail (PX_IS_COMPARISON_VIEW (self), -1);
  return self->reference;
}

/**
 * px_comparison_view_get_n_panes:
 * @self: a #PxComparisonView
 *
 * Returns: the number of panes, hidden ones included
 */
guint
px_comparison_view_get_n_panes (PxComparisonView *self)
{
  g_return_val_if_fail (PX_IS_COMPARISON_VIEW (self), 0);
  return self->panes->len;
}

guint
px_comparison_view_get_n_visible_panes (PxComparisonView *self)
{
  g_return_val_if_fail (PX_IS_COMPARISON_VIEW (self), 0);
  return n_visible (self);
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

/**
 * px_comparison_view_get_n_gutters:
 * @self: a #PxComparisonView
 *
 * Returns: the number of link gutters, one between each pair of visible
 *   neighbours
 */
guint
px_comparison_view_get_n_gutters (PxComparisonView *self)
{
  g_return_val_if_fail (PX_IS_COMPARISON_VIEW (self), 0);
  return self->gutters->len;
}

/**
 * px_comparison_view_get_gutter:
 * @self: a #PxComparisonView
 * @position: index of the gutter, from the left
 *
 * Returns: (transfer none) (nullable): the gutter
 */
PxLinkGutter *
px_comparison_view_get_gutter (PxComparisonView *self,
                               guint             position)
{
  g_return_val_if_fail (PX_IS_COMPARISON_VIEW (self), NULL);

  if (position >= self->gutters->len)
    return NULL;
  return g_ptr_array_index (self->gutters, position);
}

/**
 * px_comparison_view_update_links_now:
 * @self: a #PxComparisonView
 *
 * Recomputes the bands immediately rather than before the next frame.
 */
void
px_comparison_view_update_links_now (PxComparisonView *self)
{
  g_return_if_fail (PX_IS_COMPARISON_VIEW (self));
  update_links (self);
}

void
px_comparison_view_set_show_wording (PxComparisonView *self,
                                     gboolean          show)
{
  g_return_if_fail (PX_IS_COMPARISON_VIEW (self));

  for (guint i = 0; i < self->panes->len; i++)
    px_source_pane_set_show_wording (g_ptr_array_index (self->panes, i), show);
}
