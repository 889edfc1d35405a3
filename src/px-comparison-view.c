/* px-comparison-view.c
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

guint
_px_comparison_view_n_visible (PxComparisonView *self)
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

static void
px_comparison_view_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  PxComparisonView *self = (PxComparisonView *)widget;

  gtk_widget_allocate (gtk_widget_get_first_child (widget), width, height, baseline, NULL);
  _px_comparison_view_queue_update_links (self);
  _px_comparison_view_queue_update_overflow (self);
}

/* Article index of a pane within the alignment (the alignment may hold the
 * articles in its own order). Ids, not objects, are compared: a pane shows a
 * corrected copy of its article while the set is aligned again.
 */
int
_px_comparison_view_alignment_index (PxComparisonView *self,
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

static void
adjustment_changed_cb (PxComparisonView *self)
{
  _px_comparison_view_queue_update_links (self);
  _px_comparison_view_queue_update_overflow (self);
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
  int article = _px_comparison_view_alignment_index (self, pane);
  int next = -1;

  if (article < 0 || _px_comparison_view_quiz_click (self, article, sentence))
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
  _px_comparison_view_set_passage (self, article, sentence, TRUE);
}

static void
clear_panes (PxComparisonView *self)
{
  px_pane_row_remove_all (self->pane_box);
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

  _px_comparison_view_stop_links (self);
  g_clear_handle_id (&self->overflow_source, g_source_remove);
  if (self->panes != NULL)
    clear_panes (self);
  g_clear_pointer (&self->panes, g_ptr_array_unref);
  g_clear_pointer (&self->gutters, g_ptr_array_unref);
  g_clear_pointer (&self->divergences, g_array_unref);
  g_clear_pointer (&self->suggestions, g_array_unref);
  g_clear_object (&self->quiz);
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

static void
set_reference_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  PxComparisonView *self = PX_COMPARISON_VIEW (widget);
  guint position = g_variant_get_uint32 (param);
  PxSourcePane *pane;
  GPtrArray *articles;

  if (position >= self->panes->len)
    return;

  pane = g_ptr_array_index (self->panes, position);
  for (guint i = 0; i < self->panes->len; i++)
    px_source_pane_set_is_reference (g_ptr_array_index (self->panes, i), i == position);

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

  g_type_ensure (PX_TYPE_PANE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/parallax/Parallax/ui/px-comparison-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PxComparisonView, box);
  gtk_widget_class_bind_template_child (widget_class, PxComparisonView, search_bar);
  gtk_widget_class_bind_template_child (widget_class, PxComparisonView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PxComparisonView, search_label);
  gtk_widget_class_bind_template_child (widget_class, PxComparisonView, scroller);
  gtk_widget_class_bind_template_child (widget_class, PxComparisonView, pane_box);
  gtk_widget_class_bind_template_child (widget_class, PxComparisonView, overflow_bar);
  gtk_widget_class_bind_template_child (widget_class, PxComparisonView, overflow_label);
  _px_comparison_view_class_panes_init (widget_class);
  _px_comparison_view_class_suggestions_init (widget_class);
  _px_comparison_view_class_quiz_init (widget_class);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_set_css_name (widget_class, "comparisonview");

  gtk_widget_class_install_action (widget_class, "comparison.set-reference", "u", set_reference_action);
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
  self->passage_article = -1;
  self->suggestions = g_array_new (FALSE, FALSE, sizeof (PxAlignmentCandidate));

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  g_signal_connect_object (gtk_scrolled_window_get_hadjustment (self->scroller), "value-changed",
                           G_CALLBACK (adjustment_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->pane_box, "layout-changed",
                           G_CALLBACK (adjustment_changed_cb), self, G_CONNECT_SWAPPED);
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
  self->passage_article = -1;
  g_array_set_size (self->suggestions, 0);
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
      _px_comparison_view_add_pane_dnd (self, PX_SOURCE_PANE (pane));
      g_signal_connect_object (px_source_pane_get_vadjustment (PX_SOURCE_PANE (pane)), "value-changed",
                               G_CALLBACK (adjustment_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (px_source_pane_get_vadjustment (PX_SOURCE_PANE (pane)), "changed",
                               G_CALLBACK (adjustment_changed_cb), self, G_CONNECT_SWAPPED);
    }

  _px_comparison_view_rebuild_row (self);
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
      int index = _px_comparison_view_alignment_index (self, pane);

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

  _px_comparison_view_set_passage (self, alignment != NULL ? self->passage_article : -1,
                                   self->passage_sentence, FALSE);
  _px_comparison_view_queue_update_links (self);
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
  _px_comparison_view_set_passage (self, -1, 0, FALSE);

  _px_comparison_view_queue_update_links (self);
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
  return _px_comparison_view_n_visible (self);
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
  _px_comparison_view_update_links (self);
}

void
px_comparison_view_set_show_wording (PxComparisonView *self,
                                     gboolean          show)
{
  g_return_if_fail (PX_IS_COMPARISON_VIEW (self));

  for (guint i = 0; i < self->panes->len; i++)
    px_source_pane_set_show_wording (g_ptr_array_index (self->panes, i), show);
}

/**
 * px_comparison_view_refresh_names:
 * @self: a #PxComparisonView
 *
 * The sources' names changed (classroom mode, a corrected outlet); the
 * marks between panes name them. (Pane menus are built as they open.)
 */
void
px_comparison_view_refresh_names (PxComparisonView *self)
{
  g_return_if_fail (PX_IS_COMPARISON_VIEW (self));

  _px_comparison_view_queue_update_links (self);
}

/**
 * px_comparison_view_get_n_shown:
 * @self: a #PxComparisonView
 *
 * Returns: how many panes fit side by side at a readable width
 */
guint
px_comparison_view_get_n_shown (PxComparisonView *self)
{
  g_return_val_if_fail (PX_IS_COMPARISON_VIEW (self), 0);
  return px_pane_row_get_n_shown (self->pane_box);
}

/**
 * px_comparison_view_get_overflow_text:
 * @self: a #PxComparisonView
 *
 * Returns: (nullable): the note under the panes saying how many sources
 *   are shown, or %NULL when all are
 */
const char *
px_comparison_view_get_overflow_text (PxComparisonView *self)
{
  g_return_val_if_fail (PX_IS_COMPARISON_VIEW (self), NULL);

  if (!gtk_widget_get_visible (self->overflow_bar))
    return NULL;
  return gtk_label_get_label (self->overflow_label);
}
