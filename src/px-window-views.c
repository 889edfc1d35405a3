/* px-window-views.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-window"

#include "config.h"

#include <glib/gi18n.h>

#include "px-window-private.h"

/* What the views show: marks in the panes, the inspector, the overviews, and
 * the names sources go by (outlets, or neutral names in classroom mode).
 */

/* Sources in classroom mode are "Source A", "Source B", … by position, as
 * sources whose outlet is unknown are named.
 */
static char *
classroom_name (guint position)
{
  return px_article_meta_neutral_outlet (position);
}

void
_px_window_apply_classroom (PxWindow *self)
{
  PxComparisonView *view = self->comparison_view;
  g_autoptr(GPtrArray) outlets = g_ptr_array_new ();

  for (guint i = 0; self->articles != NULL && i < self->articles->len; i++)
    g_ptr_array_add (outlets, (gpointer)px_article_get_outlet (g_ptr_array_index (self->articles, i)));
  g_ptr_array_add (outlets, NULL);

  for (guint i = 0; i < px_comparison_view_get_n_panes (view); i++)
    {
      PxSourcePane *pane = px_comparison_view_get_pane (view, i);
      g_autofree char *name = NULL;

      /* Names follow the set's order, whatever order the panes are in. */
      for (guint a = 0; self->classroom && self->articles != NULL && a < self->articles->len; a++)
        if (g_ptr_array_index (self->articles, a) == px_source_pane_get_article (pane))
          name = classroom_name (a);

      px_source_pane_set_display_name (pane, name);
      px_source_pane_set_masked_names (pane, self->classroom ? (const char * const *)outlets->pdata : NULL);
    }
  px_inspector_set_masked_names (self->inspector, self->classroom ? (const char * const *)outlets->pdata : NULL);
  px_comparison_view_refresh_names (view);
}

static const char *
verdict_tag (PxFigureVerdict verdict)
{
  switch (verdict)
    {
    case PX_FIGURE_VERDICT_CONTRADICT:
      return "figure-contradict";
    case PX_FIGURE_VERDICT_DIFFER:
      return "figure-differ";
    case PX_FIGURE_VERDICT_HEDGE:
      return "figure-hedge";
    case PX_FIGURE_VERDICT_AGREE:
    case PX_FIGURE_VERDICT_SINGLE:
    default:
      return "figure-single";
    }
}

static PxSourcePane *
pane_for_article (PxWindow  *self,
                  PxArticle *article)
{
  for (guint i = 0; i < px_comparison_view_get_n_panes (self->comparison_view); i++)
    {
      PxSourcePane *pane = px_comparison_view_get_pane (self->comparison_view, i);

      /* By id: after a correction of its header, a pane shows a copy of
       * the article the alignment holds until the set is aligned again.
       */
      if (g_str_equal (px_article_get_id (px_source_pane_get_article (pane)), px_article_get_id (article)))
        return pane;
    }
  return NULL;
}

/* Figures that differ are marked with their verdict; attribution cues and
 * their sources are marked too. Both follow the preferences.
 */
void
_px_window_apply_marks (PxWindow *self)
{
  PxAlignment *alignment;
  GPtrArray *figure_groups;
  GArray *figures;
  gboolean show_figures = g_settings_get_boolean (self->settings, "highlight-figures");
  gboolean show_attribution = g_settings_get_boolean (self->settings, "highlight-attribution");

  for (guint i = 0; i < px_comparison_view_get_n_panes (self->comparison_view); i++)
    px_source_pane_clear_marks (px_comparison_view_get_pane (self->comparison_view, i));

  if (self->comparison == NULL)
    return;

  alignment = px_comparison_get_alignment (self->comparison);
  figure_groups = px_comparison_get_figure_groups (self->comparison);
  figures = px_comparison_get_figures (self->comparison);

  for (guint i = 0; show_figures && i < figure_groups->len; i++)
    {
      PxGroupFigures *gf = g_ptr_array_index (figure_groups, i);

      for (guint k = 0; k < gf->mentions->len; k++)
        {
          const PxFigureMention *mention = &g_array_index (figures, PxFigureMention,
                                                           g_array_index (gf->mentions, guint, k));
          PxSourcePane *pane = pane_for_article (self, px_alignment_get_article (alignment, mention->document));
          g_autofree char *tooltip = NULL;

          if (pane == NULL)
            continue;
          /* Translators: a tooltip on a figure: its verdict, then the summary. */
          tooltip = g_strdup_printf (_("%s: %s"), px_figure_verdict_to_string (gf->verdict), gf->summary);
          px_source_pane_add_mark (pane, px_figure_get_start (mention->figure), px_figure_get_end (mention->figure),
                                   verdict_tag (gf->verdict), tooltip);
        }
    }

  for (guint a = 0; show_attribution && a < px_alignment_get_n_articles (alignment); a++)
    {
      GPtrArray *attributions = px_comparison_get_attributions (self->comparison, a);
      PxSourcePane *pane = pane_for_article (self, px_alignment_get_article (alignment, a));

      for (guint k = 0; pane != NULL && k < attributions->len; k++)
        {
          PxAttribution *attribution = g_ptr_array_index (attributions, k);
          g_autofree char *root = px_comparison_dup_root (self->comparison, a);
          g_autofree char *chain = px_attribution_describe_chain (attribution, root);
          PxSpan cue = px_attribution_get_cue_span (attribution);
          PxSpan source = px_attribution_get_source_span (attribution);

          px_source_pane_add_mark (pane, cue.start, cue.end, "attribution", chain);
          px_source_pane_add_mark (pane, source.start, source.end, "attribution", chain);
        }
    }
}

static void
marks_changed_cb (PxWindow   *self,
                  const char *key,
                  GSettings  *settings)
{
  _px_window_apply_marks (self);
}

static void
anchor_of_group (PxWindow   *self,
                 int         group,
                 const char **document,
                 guint       *sentence)
{
  const PxAlignmentMember *members;
  guint n;

  *document = NULL;
  if (self->alignment == NULL || group < 0)
    return;

  /* A group's note hangs on its first member, which survives re-alignment
   * better than the group's number does.
   */
  members = px_alignment_group_get_members (self->alignment, group, &n);
  if (n == 0)
    return;
  *document = px_article_get_id (px_alignment_get_article (self->alignment, members[0].article));
  *sentence = members[0].sentence;
}

/* The overviews are filled when their page is shown, not with every
 * alignment: a set of hundreds of sources and thousands of claims takes
 * long to lay out in tables the user may never open (issue #18).
 */
enum
{
  OVERVIEW_CLAIMS  = 1 << 0,
  OVERVIEW_FIGURES = 1 << 1,
  OVERVIEW_SOURCES = 1 << 2,
};

static guint
visible_overview (PxWindow *self)
{
  const char *page = adw_view_stack_get_visible_child_name (self->view_stack);

  if (g_strcmp0 (page, "claims") == 0)
    return OVERVIEW_CLAIMS;
  if (g_strcmp0 (page, "figures") == 0)
    return OVERVIEW_FIGURES;
  if (g_strcmp0 (page, "sources") == 0)
    return OVERVIEW_SOURCES;
  return 0;
}

/* The overviews name sources as the panes do: outlets, or the neutral
 * classroom names by the article's place in the set.
 */
static void
fill_visible_overview (PxWindow *self)
{
  guint page = visible_overview (self);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  int group = px_comparison_view_get_selected_group (self->comparison_view);

  if ((self->stale_overviews & page) == 0)
    return;
  self->stale_overviews &= ~page;
  if (self->comparison != NULL)
    for (guint a = 0; a < px_alignment_get_n_articles (px_comparison_get_alignment (self->comparison)); a++)
      g_ptr_array_add (names, _px_window_source_name_cb (a, self));

  if (page == OVERVIEW_CLAIMS)
    px_claim_table_set_comparison (self->claim_table, self->comparison, names);
  else if (page == OVERVIEW_FIGURES)
    px_figures_view_set_comparison (self->figures_view, self->comparison, names);
  else
    px_sources_view_set_comparison (self->sources_view, self->comparison, names);
  if (self->comparison != NULL && page == OVERVIEW_CLAIMS)
    px_claim_table_select_group (self->claim_table, group);
  else if (self->comparison != NULL && page == OVERVIEW_FIGURES)
    px_figures_view_select_group (self->figures_view, group);
}

static void
visible_page_cb (PxWindow     *self,
                 GParamSpec   *pspec,
                 AdwViewStack *stack)
{
  fill_visible_overview (self);
}

void
_px_window_update_overviews (PxWindow *self)
{
  self->stale_overviews = OVERVIEW_CLAIMS | OVERVIEW_FIGURES | OVERVIEW_SOURCES;
  fill_visible_overview (self);
}

static void
overview_group_activated_cb (PxWindow  *self,
                             int        group,
                             GtkWidget *view)
{
  adw_view_stack_set_visible_child_name (self->view_stack, "panes");
  px_comparison_view_select_group (self->comparison_view, group);
}

void
_px_window_update_inspector (PxWindow *self)
{
  int group = px_comparison_view_get_selected_group (self->comparison_view);
  const char *document = NULL;
  const char *note = NULL;
  guint sentence = 0;

  anchor_of_group (self, group, &document, &sentence);
  if (document != NULL && self->project != NULL)
    note = px_project_get_note (self->project, document, sentence, TRUE);

  {
    g_autoptr(GPtrArray) details = NULL;

    if (self->comparison != NULL && group >= 0)
      {
        const PxAlignmentMember *members;
        guint n_members;

        details = px_comparison_dup_group_details (self->comparison, group);

        /* Each member's attribution chain, so that the reader sees who
         * says it according to whom, source by source.
         */
        members = px_alignment_group_get_members (self->alignment, group, &n_members);
        for (guint m = 0; m < n_members; m++)
          {
            GPtrArray *attributions = px_comparison_get_attributions (self->comparison, members[m].article);
            g_autofree char *root = px_comparison_dup_root (self->comparison, members[m].article);
            g_autofree char *name = _px_window_source_name_cb (members[m].article, self);

            for (guint k = 0; k < attributions->len; k++)
              {
                PxAttribution *attribution = g_ptr_array_index (attributions, k);
                g_autofree char *chain = NULL;

                if (px_attribution_get_sentence (attribution) != members[m].sentence)
                  continue;
                chain = px_attribution_describe_chain (attribution, self->classroom ? name : root);
                /* Translators: "Blickpunkt24 attributes: Blickpunkt24 ← Medienberichte". */
                g_ptr_array_add (details, g_strdup_printf (_("%s attributes: %s"), name, chain));
              }
          }
      }
    px_inspector_show_group (self->inspector, self->alignment, group, details, note);
  }
  _px_window_show_suggestions (self);
}

static void
selected_group_cb (PxWindow         *self,
                   GParamSpec       *pspec,
                   PxComparisonView *view)
{
  int group = px_comparison_view_get_selected_group (view);

  _px_window_update_inspector (self);
  /* A stale overview selects the group when it is filled. */
  if (self->comparison != NULL && !(self->stale_overviews & OVERVIEW_CLAIMS))
    px_claim_table_select_group (self->claim_table, group);
  if (self->comparison != NULL && !(self->stale_overviews & OVERVIEW_FIGURES))
    px_figures_view_select_group (self->figures_view, group);
}

static void
note_changed_cb (PxWindow    *self,
                 const char  *text,
                 PxInspector *inspector)
{
  int group = px_comparison_view_get_selected_group (self->comparison_view);
  const char *document = NULL;
  guint sentence = 0;

  anchor_of_group (self, group, &document, &sentence);
  if (document == NULL || self->project == NULL)
    return;

  px_project_set_note (self->project, document, sentence, TRUE, text);
  _px_window_set_dirty (self, TRUE);
}

char *
_px_window_source_name_cb (guint    article,
                   gpointer user_data)
{
  PxWindow *self = user_data;
  PxArticle *a;

  if (self->alignment == NULL)
    return g_strdup ("");
  a = px_alignment_get_article (self->alignment, article);

  /* Classroom names follow the set's order, as the panes' do. */
  if (self->classroom && self->articles != NULL)
    for (guint i = 0; i < self->articles->len; i++)
      if (g_ptr_array_index (self->articles, i) == a)
        return classroom_name (i);
  return g_strdup (px_article_get_outlet (a));
}

/* Articles are immutable; a corrected outlet, title or date replaces the
 * article with a corrected copy, in the set (which is the project's) and in
 * its pane, and the set is aligned again so that every view and export,
 * and the attribution chains rooted in the outlet, use the new name.
 */
static void
meta_edited_cb (PxWindow         *self,
                PxArticle        *article,
                guint             field,
                const char       *value,
                PxComparisonView *view)
{
  for (guint i = 0; self->articles != NULL && i < self->articles->len; i++)
    {
      PxArticle *old = g_ptr_array_index (self->articles, i);
      PxArticle *edited;

      if (!g_str_equal (px_article_get_id (old), px_article_get_id (article)))
        continue;
      edited = px_article_meta_edit (old, field, value);
      px_source_pane_replace_article (pane_for_article (self, old), edited);
      self->articles->pdata[i] = edited;
      g_object_unref (old);
    }
  _px_window_apply_classroom (self);
  _px_window_set_dirty (self, TRUE);
  _px_window_start_alignment (self);
}

void
_px_window_views_init (PxWindow *self)
{
  g_signal_connect_object (self->comparison_view, "meta-edited",
                           G_CALLBACK (meta_edited_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->comparison_view, "notify::selected-group",
                           G_CALLBACK (selected_group_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->inspector, "note-changed",
                           G_CALLBACK (note_changed_cb), self, G_CONNECT_SWAPPED);
  px_inspector_set_name_func (self->inspector, _px_window_source_name_cb, self);
  g_signal_connect_object (self->view_stack, "notify::visible-child-name",
                           G_CALLBACK (visible_page_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->claim_table, "group-activated",
                           G_CALLBACK (overview_group_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->figures_view, "group-activated",
                           G_CALLBACK (overview_group_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::highlight-figures",
                           G_CALLBACK (marks_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::highlight-attribution",
                           G_CALLBACK (marks_changed_cb), self, G_CONNECT_SWAPPED);
}
