/* px-window.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-window"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "px-claim-table.h"
#include "px-figures-view.h"
#include "px-inspector.h"
#include "px-sources-view.h"
#include "px-print-operation.h"
#include "px-window.h"

struct _PxWindow
{
  AdwApplicationWindow  parent_instance;

  /* Owned */
  GSettings            *settings;
  GCancellable         *cancellable;
  GPtrArray            *articles;
  PxProject            *project;
  GFile                *project_file;
  char                 *last_toast;
  char                 *set_name;
  GtkFileChooserNative *chooser;
  GtkCssProvider       *text_css;
  PxAligner            *aligner;
  GCancellable         *align_cancellable;
  PxAlignment          *raw_alignment;   /* as the engine found it */
  PxAlignment          *alignment;       /* with the user's corrections */
  PxComparison         *comparison;
  GPtrArray            *redo;            /* of PxCorrection, undone ones */
  guint                 realign_source;
  guint                 progress_source;
  guint                 busy : 1;
  guint                 dirty : 1;
  guint                 classroom : 1;
  guint                 close_confirmed : 1;
  guint                 diverging : 1;

  /* Template widgets */
  AdwHeaderBar         *header_bar;
  AdwViewSwitcherTitle *window_title;
  AdwViewStack         *view_stack;
  PxClaimTable         *claim_table;
  PxFiguresView        *figures_view;
  PxSourcesView        *sources_view;
  GtkSpinner           *spinner;
  GtkSpinner           *loading_spinner;
  GtkProgressBar       *progress_bar;
  AdwToastOverlay      *toasts;
  GtkStack             *stack;
  AdwStatusPage        *empty_page;
  AdwFlap              *flap;
  AdwSplitButton       *open_button;
  GMenu                *open_menu;
  GMenu                *recent_menu;
  PxInspector          *inspector;
  PxComparisonView     *comparison_view;
};

enum {
  PROP_0,
  PROP_INSPECTOR_VISIBLE,
  PROP_ALIGNING,
  PROP_BUSY,
  PROP_CLASSROOM,
  PROP_DIRTY,
  PROP_N_ARTICLES,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (PxWindow, px_window, ADW_TYPE_APPLICATION_WINDOW)

static GParamSpec *properties[N_PROPS];

static void update_inspector (PxWindow *self);
static void update_overviews (PxWindow *self);
static char *inspector_name_cb (guint article, gpointer user_data);
static void show_alignment (PxWindow *self);

static void
actions_update (PxWindow *self)
{
  gboolean has_set = self->articles != NULL && self->articles->len > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.close-set", has_set && !self->busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel", self->busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", has_set && !self->busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", has_set && !self->busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", has_set && self->comparison != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 self->project != NULL && px_project_get_corrections (self->project)->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", self->redo != NULL && self->redo->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", has_set && self->comparison != NULL);
}

static void
update_title (PxWindow *self)
{
  g_autofree char *subtitle = NULL;
  g_autofree char *name = NULL;
  guint n = self->articles ? self->articles->len : 0;

  if (n == 0)
    {
      adw_view_switcher_title_set_subtitle (self->window_title, NULL);
      return;
    }

  if (self->project_file != NULL)
    name = g_file_get_basename (self->project_file);

  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u article", "%u articles", n), n);
  if (name != NULL)
    {
      g_autofree char *with_name = g_strdup_printf ("%s%s — %s", self->dirty ? "• " : "", name, subtitle);
      adw_view_switcher_title_set_subtitle (self->window_title, with_name);
    }
  else
    adw_view_switcher_title_set_subtitle (self->window_title, subtitle);
}

static void
set_dirty (PxWindow *self,
           gboolean  dirty)
{
  if (self->dirty == !!dirty)
    return;
  self->dirty = !!dirty;
  update_title (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

/* Sources in classroom mode are "Source A", "Source B", … by position. */
static char *
classroom_name (guint position)
{
  /* Translators: a neutral name for a source whose outlet is hidden in
   * classroom mode; %c is a capital letter A, B, C…
   */
  return g_strdup_printf (_("Source %c"), 'A' + (position % 26));
}

static void
apply_classroom (PxWindow *self)
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
}

static void
show_toast (PxWindow   *self,
            const char *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);
  AdwToast *toast = adw_toast_new (escaped);

  /* Messages name files and reasons; give people time to read them. */
  adw_toast_set_timeout (toast, 8);
  adw_toast_overlay_add_toast (self->toasts, toast);

  g_free (self->last_toast);
  self->last_toast = g_strdup (message);
}

static void
set_busy (PxWindow *self,
          gboolean  busy)
{
  if (self->busy == !!busy)
    return;

  self->busy = !!busy;
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_spinner_set_spinning (self->loading_spinner, busy);
  actions_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
set_articles (PxWindow  *self,
              GPtrArray *articles)
{
  if (articles != self->articles)
    {
      g_clear_pointer (&self->articles, g_ptr_array_unref);
      if (articles != NULL)
        self->articles = g_ptr_array_ref (articles);
      px_comparison_view_set_articles (self->comparison_view, articles);
      apply_classroom (self);
    }

  if (articles == NULL || articles->len == 0)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else
    gtk_stack_set_visible_child_name (self->stack, "comparison");

  update_title (self);
  actions_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ARTICLES]);
}

/* Divergences in navigation order, group by group. Omissions are left out:
 * nearly every claim has one, and the panes show them already.
 */
static GArray *
collect_divergences (PxComparison *comparison)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (PxViewDivergence));
  GPtrArray *divergences = px_comparison_get_divergences (comparison);

  for (guint i = 0; i < divergences->len; i++)
    {
      PxDivergence *d = g_ptr_array_index (divergences, i);
      PxViewDivergence view;

      if (d->kind == PX_DIVERGENCE_OMISSION)
        continue;
      view.group = d->group;
      view.figure_conflict = d->kind == PX_DIVERGENCE_FIGURE &&
                             (d->figure_verdict == PX_FIGURE_VERDICT_DIFFER ||
                              d->figure_verdict == PX_FIGURE_VERDICT_CONTRADICT);
      g_array_append_val (out, view);
    }
  return out;
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

      if (px_source_pane_get_article (pane) == article)
        return pane;
    }
  return NULL;
}

/* Figures that differ are marked with their verdict; attribution cues and
 * their sources are marked too. Both follow the preferences.
 */
static void
apply_marks (PxWindow *self)
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
comparison_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(PxWindow) self = user_data;
  g_autoptr(PxComparison) comparison = NULL;
  g_autoptr(GArray) divergences = NULL;
  g_autoptr(GError) error = NULL;

  comparison = px_comparison_new_finish (result, &error);
  if (comparison == NULL)
    {
      self->diverging = FALSE;
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_toast (self, error->message);
      return;
    }

  /* A newer alignment arrived meanwhile; its own comparison follows. */
  if (px_comparison_get_alignment (comparison) != self->alignment)
    return;

  self->diverging = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALIGNING]);
  g_set_object (&self->comparison, comparison);
  divergences = collect_divergences (comparison);
  px_comparison_view_set_alignment (self->comparison_view, self->alignment, divergences);
  update_overviews (self);
  apply_marks (self);
  update_inspector (self);
  actions_update (self);
}

static gboolean
show_progress_cb (gpointer user_data)
{
  PxWindow *self = user_data;

  self->progress_source = 0;
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), TRUE);
  return G_SOURCE_REMOVE;
}

static void
set_aligning (PxWindow *self,
              gboolean  aligning)
{
  g_clear_handle_id (&self->progress_source, g_source_remove);

  /* Short runs finish before the bar would appear; only long sets show it. */
  if (aligning)
    {
      gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
      self->progress_source = g_timeout_add (250, show_progress_cb, self);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), FALSE);

  gtk_widget_set_visible (GTK_WIDGET (self->spinner), aligning || self->busy);
  gtk_spinner_set_spinning (self->spinner, aligning || self->busy);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALIGNING]);
}

static void
fraction_cb (PxWindow   *self,
             GParamSpec *pspec,
             PxAligner  *aligner)
{
  gtk_progress_bar_set_fraction (self->progress_bar, px_aligner_get_fraction (aligner));
}

static void
align_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  PxAligner *aligner = PX_ALIGNER (object);
  g_autoptr(PxWindow) self = user_data;
  g_autoptr(PxAlignment) alignment = NULL;
  g_autoptr(GError) error = NULL;

  alignment = px_aligner_run_finish (aligner, result, &error);

  /* Cancelled: a newer run replaced this one, or the window closed. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->align_cancellable);
  set_aligning (self, FALSE);

  if (alignment == NULL)
    {
      show_toast (self, error->message);
      return;
    }

  g_set_object (&self->raw_alignment, alignment);
  show_alignment (self);
}

/* Shows the engine's alignment with the user's corrections replayed on it,
 * then looks for divergences in a second worker; the panes are coloured
 * meanwhile.
 */
static void
show_alignment (PxWindow *self)
{
  g_autoptr(PxAlignment) corrected = NULL;

  if (self->raw_alignment == NULL)
    return;

  corrected = px_alignment_apply_corrections (self->raw_alignment,
                                              self->project ? px_project_get_corrections (self->project) : NULL);
  g_set_object (&self->alignment, corrected);
  g_clear_object (&self->comparison);
  px_comparison_view_set_alignment (self->comparison_view, corrected, NULL);
  apply_marks (self);
  update_inspector (self);
  actions_update (self);

  self->diverging = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALIGNING]);
  px_comparison_new_async (corrected, self->cancellable, comparison_cb, g_object_ref (self));
}

static void
start_alignment (PxWindow *self)
{
  g_autoptr(GPtrArray) articles = NULL;

  g_clear_handle_id (&self->realign_source, g_source_remove);
  if (self->align_cancellable != NULL)
    g_cancellable_cancel (self->align_cancellable);
  g_clear_object (&self->align_cancellable);

  if (self->articles == NULL || self->articles->len == 0)
    return;

  self->align_cancellable = g_cancellable_new ();
  px_aligner_set_threshold (self->aligner, g_settings_get_double (self->settings, "alignment-threshold"));
  articles = g_ptr_array_copy (self->articles, (GCopyFunc)(void (*) (void))g_object_ref, NULL);
  g_ptr_array_set_free_func (articles, g_object_unref);

  set_aligning (self, TRUE);
  px_aligner_run_async (self->aligner, articles, self->align_cancellable, align_cb, g_object_ref (self));
}

static gboolean
realign_cb (gpointer user_data)
{
  PxWindow *self = user_data;

  self->realign_source = 0;
  start_alignment (self);
  return G_SOURCE_REMOVE;
}

/* Dragging the threshold slider fires many changes; align once it rests. */
static void
threshold_changed_cb (PxWindow   *self,
                      const char *key,
                      GSettings  *settings)
{
  g_clear_handle_id (&self->realign_source, g_source_remove);
  self->realign_source = g_timeout_add (300, realign_cb, self);
}

static void
marks_changed_cb (PxWindow   *self,
                  const char *key,
                  GSettings  *settings)
{
  apply_marks (self);
}

static void
wording_changed_cb (PxWindow   *self,
                    const char *key,
                    GSettings  *settings)
{
  px_comparison_view_set_show_wording (self->comparison_view,
                                       g_settings_get_boolean (settings, "highlight-wording"));
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

/* The overviews name sources as the panes do: outlets, or the neutral
 * classroom names by the article's place in the set.
 */
static void
update_overviews (PxWindow *self)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  if (self->comparison != NULL)
    for (guint a = 0; a < px_alignment_get_n_articles (px_comparison_get_alignment (self->comparison)); a++)
      g_ptr_array_add (names, inspector_name_cb (a, self));

  px_claim_table_set_comparison (self->claim_table, self->comparison, names);
  px_figures_view_set_comparison (self->figures_view, self->comparison, names);
  px_sources_view_set_comparison (self->sources_view, self->comparison, names);
}

static void
overview_group_activated_cb (PxWindow  *self,
                             int        group,
                             GtkWidget *view)
{
  adw_view_stack_set_visible_child_name (self->view_stack, "panes");
  px_comparison_view_select_group (self->comparison_view, group);
}

static void
update_inspector (PxWindow *self)
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
            g_autofree char *name = inspector_name_cb (members[m].article, self);

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
}

static void
selected_group_cb (PxWindow         *self,
                   GParamSpec       *pspec,
                   PxComparisonView *view)
{
  int group = px_comparison_view_get_selected_group (view);

  update_inspector (self);
  if (self->comparison != NULL)
    {
      px_claim_table_select_group (self->claim_table, group);
      px_figures_view_select_group (self->figures_view, group);
    }
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
  set_dirty (self, TRUE);
}

static char *
inspector_name_cb (guint    article,
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

static gboolean
threshold_in_range (GSettings *settings,
                    double     threshold)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) key = NULL;
  g_autoptr(GVariant) value = g_variant_ref_sink (g_variant_new_double (threshold));

  g_object_get (settings, "settings-schema", &schema, NULL);
  key = g_settings_schema_get_key (schema, "alignment-threshold");
  return g_settings_schema_key_range_check (key, value);
}

/* A newly opened set starts a new, unsaved project. */
static void
set_project (PxWindow  *self,
             PxProject *project,
             GFile     *file)
{
  g_set_object (&self->project, project);
  g_set_object (&self->project_file, file);
  self->dirty = FALSE;

  if (project != NULL && px_project_get_classroom (project) != self->classroom)
    {
      self->classroom = px_project_get_classroom (project);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLASSROOM]);
    }

  g_clear_object (&self->raw_alignment);
  g_clear_object (&self->alignment);
  g_clear_object (&self->comparison);
  g_ptr_array_set_size (self->redo, 0);
  set_articles (self, project ? px_project_get_articles (project) : NULL);
  px_comparison_view_set_show_wording (self->comparison_view,
                                       g_settings_get_boolean (self->settings, "highlight-wording"));

  /* A project brings its own threshold; the preference follows it, which
   * also starts the alignment. The file allows 0 to 1, the preference a
   * narrower range, and setting a value outside it would be a critical.
   */
  if (project != NULL && px_project_get_threshold (project) > 0 &&
      px_project_get_threshold (project) != g_settings_get_double (self->settings, "alignment-threshold") &&
      threshold_in_range (self->settings, px_project_get_threshold (project)))
    g_settings_set_double (self->settings, "alignment-threshold", px_project_get_threshold (project));
  start_alignment (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

static void
load_set_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  PxArticleLoader *loader = (PxArticleLoader *)object;
  g_autoptr(PxWindow) self = user_data;
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GPtrArray) errors = NULL;
  g_autoptr(GError) error = NULL;

  g_assert (PX_IS_ARTICLE_LOADER (loader));
  g_assert (PX_IS_WINDOW (self));

  articles = px_article_loader_load_set_finish (loader, result, &errors, &error);

  /* A cancelled load was replaced by a newer one or the window closed. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_busy (self, FALSE);

  if (articles == NULL)
    {
      show_toast (self, error->message);
      set_articles (self, self->articles);
      return;
    }

  for (guint i = 0; i < errors->len; i++)
    show_toast (self, g_ptr_array_index (errors, i));

  for (guint i = 0; i < articles->len; i++)
    {
      const char * const *warnings = px_article_get_warnings (g_ptr_array_index (articles, i));

      for (guint w = 0; warnings[w] != NULL; w++)
        show_toast (self, warnings[w]);
    }

  {
    g_autoptr(PxProject) project = px_project_new (articles);
    set_project (self, project, NULL);
  }
}

static void
load_project_worker (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  g_autofree char *path = g_file_get_path (task_data);
  GError *error = NULL;
  PxProject *project;

  if ((project = px_project_load (path, &error)))
    g_task_return_pointer (task, project, g_object_unref);
  else
    g_task_return_error (task, error);
}

static void
load_project_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  PxWindow *self = PX_WINDOW (object);
  g_autoptr(PxProject) project = NULL;
  g_autoptr(GError) error = NULL;
  GFile *file = g_task_get_task_data (G_TASK (result));

  project = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_busy (self, FALSE);

  /* A damaged project changes nothing: the current set stays as it was. */
  if (project == NULL)
    {
      show_toast (self, error->message);
      set_articles (self, self->articles);
      return;
    }

  set_project (self, project, file);
  {
    g_autofree char *uri = g_file_get_uri (file);
    gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
  }
}

static gboolean
is_project_file (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);

  return name != NULL && g_str_has_suffix (name, ".parallax");
}

/**
 * px_window_open_project:
 * @self: a #PxWindow
 * @file: a .parallax project file
 *
 * Opens a saved comparison in a worker thread; a damaged or newer file is
 * reported and changes nothing.
 */
void
px_window_open_project (PxWindow *self,
                        GFile    *file)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PX_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  set_busy (self, TRUE);
  gtk_stack_set_visible_child_name (self->stack, "loading");

  task = g_task_new (self, self->cancellable, load_project_cb, NULL);
  g_task_set_source_tag (task, px_window_open_project);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_project_worker);
}

/**
 * px_window_open_files:
 * @self: a #PxWindow
 * @files: (array length=n_files): files and folders
 * @n_files: length of @files
 *
 * Loads the files in a worker thread and replaces the shown set with them.
 * Files that cannot be read are reported as toasts; the others open.
 */
void
px_window_open_files (PxWindow  *self,
                      GFile    **files,
                      guint      n_files)
{
  g_autoptr(PxArticleLoader) loader = NULL;

  g_return_if_fail (PX_IS_WINDOW (self));

  if (n_files == 0)
    return;

  if (n_files == 1 && is_project_file (files[0]))
    {
      px_window_open_project (self, files[0]);
      return;
    }

  /* The set is named after its folder when it is one. */
  g_clear_pointer (&self->set_name, g_free);
  if (n_files == 1 && g_file_query_file_type (files[0], G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY)
    self->set_name = g_file_get_basename (files[0]);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  loader = px_article_loader_new ();
  px_article_loader_set_max_size (loader, g_settings_get_uint64 (self->settings, "max-file-size"));

  set_busy (self, TRUE);
  gtk_stack_set_visible_child_name (self->stack, "loading");

  px_article_loader_load_set_async (loader, files, n_files, self->cancellable,
                                    load_set_cb, g_object_ref (self));
}

/**
 * px_window_find_sample:
 * @language: "de" or "en"
 *
 * Looks for the bundled sample set: $PARALLAX_SAMPLEDIR, the installed data
 * folder, then the source tree (for uninstalled builds).
 *
 * Returns: (transfer full) (nullable): the sample folder
 */
GFile *
px_window_find_sample (const char *language)
{
  const char *dirs[] = { g_getenv ("PARALLAX_SAMPLEDIR"), PKGDATADIR "/samples", SOURCE_SAMPLEDIR };

  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autofree char *path = NULL;

      if (dirs[i] == NULL)
        continue;
      path = g_build_filename (dirs[i], language, NULL);
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        return g_file_new_for_path (path);
    }
  return NULL;
}

void
px_window_open_sample (PxWindow   *self,
                       const char *language)
{
  g_autoptr(GFile) folder = NULL;

  g_return_if_fail (PX_IS_WINDOW (self));

  if (!(folder = px_window_find_sample (language)))
    {
      show_toast (self, _("The sample articles are not installed"));
      return;
    }
  px_window_open_files (self, &folder, 1);
}

static void
chooser_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     gpointer         user_data)
{
  PxWindow *self = user_data;
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GPtrArray) files = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      model = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
      files = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        g_ptr_array_add (files, g_list_model_get_item (model, i));
      px_window_open_files (self, (GFile **)files->pdata, files->len);
    }

  g_clear_object (&self->chooser);
}

static void
run_chooser (PxWindow             *self,
             GtkFileChooserAction  action)
{
  g_autoptr(GtkFileFilter) articles = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  const char *title;

  title = action == GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER ? _("Open Article Folder")
                                                          : _("Open Articles");
  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action,
                                               _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);

  if (action == GTK_FILE_CHOOSER_ACTION_OPEN)
    {
      gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (self->chooser), TRUE);
      gtk_file_filter_set_name (articles, _("Articles and Projects"));
      gtk_file_filter_add_suffix (articles, "txt");
      gtk_file_filter_add_suffix (articles, "md");
      gtk_file_filter_add_suffix (articles, "markdown");
      gtk_file_filter_add_suffix (articles, "html");
      gtk_file_filter_add_suffix (articles, "htm");
      gtk_file_filter_add_suffix (articles, "parallax");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), articles);
      gtk_file_filter_set_name (all, _("All Files"));
      gtk_file_filter_add_pattern (all, "*");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
    }

  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  run_chooser (PX_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_OPEN);
}

static void
open_folder_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  run_chooser (PX_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER);
}

static void
open_sample_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  px_window_open_sample (PX_WINDOW (widget), g_variant_get_string (param, NULL));
}

static void
close_set_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  set_articles (PX_WINDOW (widget), NULL);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PxWindow *self = PX_WINDOW (widget);

  g_cancellable_cancel (self->cancellable);
  if (self->align_cancellable != NULL)
    {
      g_cancellable_cancel (self->align_cancellable);
      g_clear_object (&self->align_cancellable);
      set_aligning (self, FALSE);
    }
  set_busy (self, FALSE);
  set_articles (self, self->articles);
}

static void
save_worker (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  PxProject *project = g_object_get_data (G_OBJECT (task), "project");
  g_autofree char *path = g_file_get_path (task_data);
  GError *error = NULL;

  if (px_project_save (project, path, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
save_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  PxWindow *self = PX_WINDOW (object);
  GFile *file = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  gboolean close_after = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (result), "close-after"));

  set_busy (self, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      /* The previous file is intact; say so, so nobody panics. */
      g_autofree char *message = g_strdup_printf (_("%s (the previous file is unchanged)"), error->message);
      show_toast (self, message);
      return;
    }

  g_set_object (&self->project_file, file);
  set_dirty (self, FALSE);
  update_title (self);
  {
    g_autofree char *uri = g_file_get_uri (file);
    gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
  }
  show_toast (self, _("Comparison saved"));

  if (close_after)
    {
      self->close_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
}

static void
save_to (PxWindow *self,
         GFile    *file,
         gboolean  close_after)
{
  g_autoptr(GTask) task = NULL;

  if (self->project == NULL)
    return;

  px_project_set_classroom (self->project, self->classroom);
  px_project_set_threshold (self->project, g_settings_get_double (self->settings, "alignment-threshold"));

  task = g_task_new (self, NULL, save_cb, NULL);
  g_task_set_source_tag (task, save_to);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_object_set_data_full (G_OBJECT (task), "project", g_object_ref (self->project), g_object_unref);
  g_object_set_data (G_OBJECT (task), "close-after", GINT_TO_POINTER (close_after));
  set_busy (self, TRUE);
  g_task_run_in_thread (task, save_worker);
}

static void
save_chooser_response_cb (GtkNativeDialog *dialog,
                          int              response,
                          gpointer         user_data)
{
  PxWindow *self = user_data;
  gboolean close_after = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "close-after"));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *name = g_file_get_basename (file);

      /* Projects are recognised by their extension; add it if missing. */
      if (!g_str_has_suffix (name, ".parallax"))
        {
          g_autoptr(GFile) parent = g_file_get_parent (file);
          g_autofree char *with_ext = g_strconcat (name, ".parallax", NULL);

          g_set_object (&file, g_file_get_child (parent, with_ext));
        }
      save_to (self, file, close_after);
    }

  g_clear_object (&self->chooser);
}

static void
run_save_chooser (PxWindow *self,
                  gboolean  close_after)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Save Comparison"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Parallax Projects"));
  gtk_file_filter_add_suffix (filter, "parallax");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), _("Comparison.parallax"));
  g_object_set_data (G_OBJECT (self->chooser), "close-after", GINT_TO_POINTER (close_after));
  g_signal_connect (self->chooser, "response", G_CALLBACK (save_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PxWindow *self = PX_WINDOW (widget);

  if (self->project_file != NULL)
    save_to (self, self->project_file, FALSE);
  else
    run_save_chooser (self, FALSE);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  run_save_chooser (PX_WINDOW (widget), FALSE);
}

/**
 * px_window_save_to:
 * @self: a #PxWindow
 * @file: where to save the project
 *
 * Saves the comparison as a project file in a worker thread.
 */
void
px_window_save_to (PxWindow *self,
                   GFile    *file)
{
  g_return_if_fail (PX_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  save_to (self, file, FALSE);
}

static char *
dup_set_title (PxWindow *self)
{
  if (self->project_file != NULL)
    {
      g_autofree char *name = g_file_get_basename (self->project_file);
      char *dot = strrchr (name, '.');

      if (dot != NULL && dot != name)
        *dot = '\0';
      return g_steal_pointer (&name);
    }
  if (self->set_name != NULL)
    return g_strdup (self->set_name);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Comparison of %u source",
                                       "Comparison of %u sources",
                                       self->articles ? self->articles->len : 0),
                          self->articles ? self->articles->len : 0);
}

typedef struct
{
  PxComparison *comparison;
  char         *path;
  char         *format;
  char         *title;
  gboolean      classroom;
} Export;

static void
export_free (Export *export)
{
  g_clear_object (&export->comparison);
  g_free (export->path);
  g_free (export->format);
  g_free (export->title);
  g_free (export);
}

static void
export_worker (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Export *export = task_data;
  g_autoptr(PxReport) report = NULL;
  g_autofree char *contents = NULL;
  GError *error = NULL;
  gboolean ok;

  if (g_str_equal (export->format, "json"))
    {
      g_autoptr(JsonNode) root = px_comparison_to_json (export->comparison);

      contents = px_json_report_to_string (root, TRUE);
      ok = px_report_write_file (export->path, contents, strlen (contents), &error);
    }
  else
    {
      report = px_comparison_build_report (export->comparison, export->title, export->classroom);
      if (g_str_equal (export->format, "pdf"))
        ok = px_pdf_export (report, export->path, PX_PAPER_A4, PX_PAGE_AUTO, cancellable, &error);
      else
        {
          contents = g_str_equal (export->format, "csv") ? px_report_to_csv (report) : px_report_to_html (report);
          ok = px_report_write_file (export->path, contents, strlen (contents), &error);
        }
    }

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
export_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  PxWindow *self = PX_WINDOW (object);
  Export *export = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  set_busy (self, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    show_toast (self, error->message);
  else
    {
      g_autofree char *name = g_path_get_basename (export->path);
      g_autofree char *message = g_strdup_printf (_("Exported to %s"), name);

      show_toast (self, message);
    }
}

/**
 * px_window_export:
 * @self: a #PxWindow
 * @format: "pdf", "html", "csv" or "json"
 * @path: the file to write
 *
 * Exports the comparison in a worker thread; the result is a toast.
 */
void
px_window_export (PxWindow   *self,
                  const char *format,
                  const char *path)
{
  g_autoptr(GTask) task = NULL;
  Export *export;

  g_return_if_fail (PX_IS_WINDOW (self));

  if (self->comparison == NULL)
    {
      show_toast (self, _("The comparison is not ready yet"));
      return;
    }

  export = g_new0 (Export, 1);
  export->comparison = g_object_ref (self->comparison);
  export->path = g_strdup (path);
  export->format = g_strdup (format);
  export->title = dup_set_title (self);
  export->classroom = self->classroom;

  task = g_task_new (self, NULL, export_cb, NULL);
  g_task_set_source_tag (task, px_window_export);
  g_task_set_task_data (task, export, (GDestroyNotify)export_free);
  set_busy (self, TRUE);
  g_task_run_in_thread (task, export_worker);
}

static void
export_chooser_response_cb (GtkNativeDialog *dialog,
                            int              response,
                            gpointer         user_data)
{
  PxWindow *self = user_data;
  const char *format = g_object_get_data (G_OBJECT (dialog), "format");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);
      g_autofree char *with_ext = NULL;
      g_autofree char *suffix = g_strconcat (".", format, NULL);

      if (!g_str_has_suffix (path, suffix))
        with_ext = g_strconcat (path, suffix, NULL);
      px_window_export (self, format, with_ext ? with_ext : path);
    }

  g_clear_object (&self->chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PxWindow *self = PX_WINDOW (widget);
  const char *format = g_variant_get_string (param, NULL);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *title = dup_set_title (self);
  g_autofree char *name = g_strdup_printf ("%s.%s", title, format);
  g_autofree char *upper = g_ascii_strup (format, -1);

  g_clear_object (&self->chooser);
  /* Translators: %s is a format name such as PDF or CSV. */
  {
    g_autofree char *dialog_title = g_strdup_printf (_("Export Comparison as %s"), upper);

    self->chooser = gtk_file_chooser_native_new (dialog_title, GTK_WINDOW (self),
                                                 GTK_FILE_CHOOSER_ACTION_SAVE,
                                                 _("_Export"), _("_Cancel"));
  }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (filter, upper);
  gtk_file_filter_add_suffix (filter, format);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_object_set_data_full (G_OBJECT (self->chooser), "format", g_strdup (format), g_free);
  g_signal_connect (self->chooser, "response", G_CALLBACK (export_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               PxWindow                *self)
{
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      show_toast (self, error ? error->message : _("Printing failed"));
    }
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  PxWindow *self = PX_WINDOW (widget);
  g_autoptr(PxPrintOperation) operation = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GError) error = NULL;

  if (self->comparison == NULL)
    return;

  title = dup_set_title (self);
  operation = px_print_operation_new (px_comparison_build_report (self->comparison, title, self->classroom));
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (operation), TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, 0);
  if (gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_toast (self, error->message);
}

/**
 * px_window_add_correction:
 * @self: a #PxWindow
 * @kind: what to do
 * @members: (array length=n_members): the passages concerned
 * @n_members: their number
 *
 * Records a correction in the project and shows the corrected alignment at
 * once; the redo history is dropped, as in any editor.
 */
void
px_window_add_correction (PxWindow           *self,
                          PxCorrectionKind    kind,
                          const PxPassageRef *members,
                          guint               n_members)
{
  g_return_if_fail (PX_IS_WINDOW (self));

  if (self->project == NULL || n_members == 0)
    return;

  px_project_add_correction (self->project, kind, members, n_members);
  g_ptr_array_set_size (self->redo, 0);
  set_dirty (self, TRUE);
  show_alignment (self);
}

static gboolean
first_member_of_selected (PxWindow     *self,
                          PxPassageRef *ref)
{
  int group = px_comparison_view_get_selected_group (self->comparison_view);
  const PxAlignmentMember *members;
  guint n;

  if (group < 0 || self->alignment == NULL)
    return FALSE;
  members = px_alignment_group_get_members (self->alignment, group, &n);
  ref->document = (char *)px_article_get_id (px_alignment_get_article (self->alignment, members[0].article));
  ref->sentence = members[0].sentence;
  return TRUE;
}

static void
split_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   PxWindow         *self)
{
  GPtrArray *checks = g_object_get_data (G_OBJECT (dialog), "checks");
  g_autoptr(GArray) refs = g_array_new (FALSE, FALSE, sizeof (PxPassageRef));

  if (!g_str_equal (response, "split"))
    return;

  for (guint i = 0; i < checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (checks, i);

      if (gtk_check_button_get_active (check))
        {
          PxPassageRef ref = { g_object_get_data (G_OBJECT (check), "document"),
                               GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "sentence")) };
          g_array_append_val (refs, ref);
        }
    }

  if (refs->len > 0)
    px_window_add_correction (self, PX_CORRECTION_SPLIT, (const PxPassageRef *)(gpointer)refs->data, refs->len);
}

/* Splitting asks which of the claim's passages report the other claim. */
static void
run_split_dialog (PxWindow *self,
                  guint     group)
{
  const PxAlignmentMember *members;
  GPtrArray *checks = g_ptr_array_new ();
  GtkWidget *dialog, *box;
  guint n;

  members = px_alignment_group_get_members (self->alignment, group, &n);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Split Claim"),
                                   _("Choose the passages that report a different claim. "
                                     "They become a claim of their own."));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  for (guint m = 0; m < n; m++)
    {
      PxArticle *article = px_alignment_get_article (self->alignment, members[m].article);
      g_autofree char *text = px_article_dup_sentence_text (article, members[m].sentence);
      g_autofree char *label = NULL;
      GtkWidget *check;

      if (g_utf8_strlen (text, -1) > 90)
        {
          g_autofree char *cut = g_utf8_substring (text, 0, 89);
          g_free (text);
          text = g_strconcat (cut, "…", NULL);
        }
      label = g_strdup_printf ("%s: %s", px_article_get_outlet (article), text);
      check = gtk_check_button_new_with_label (label);
      gtk_widget_set_tooltip_text (check, label);
      g_object_set_data_full (G_OBJECT (check), "document", g_strdup (px_article_get_id (article)), g_free);
      g_object_set_data (G_OBJECT (check), "sentence", GUINT_TO_POINTER (members[m].sentence));
      gtk_box_append (GTK_BOX (box), check);
      g_ptr_array_add (checks, check);
    }

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "split", _("_Split"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "split", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "checks", checks, (GDestroyNotify)g_ptr_array_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (split_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
correct_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  PxWindow *self = PX_WINDOW (widget);
  const char *kind, *document;
  PxPassageRef refs[2];
  guint sentence;

  g_variant_get (param, "(&s&su)", &kind, &document, &sentence);
  refs[0].document = (char *)document;
  refs[0].sentence = sentence;

  if (g_str_equal (kind, "unlink"))
    px_window_add_correction (self, PX_CORRECTION_UNLINK, refs, 1);
  else if ((g_str_equal (kind, "link") || g_str_equal (kind, "merge")) && first_member_of_selected (self, &refs[1]))
    {
      int selected = px_comparison_view_get_selected_group (self->comparison_view);

      px_window_add_correction (self, g_str_equal (kind, "link") ? PX_CORRECTION_LINK : PX_CORRECTION_MERGE, refs, 2);
      /* The claim keeps its place in the list, so it stays selected. */
      px_comparison_view_select_group (self->comparison_view, selected);
    }
  else if (g_str_equal (kind, "split") && self->alignment != NULL)
    {
      for (guint a = 0; a < px_alignment_get_n_articles (self->alignment); a++)
        if (g_str_equal (px_article_get_id (px_alignment_get_article (self->alignment, a)), document))
          {
            const guint *groups;
            guint n;

            groups = px_alignment_get_groups_for_sentence (self->alignment, a, sentence, &n);
            if (n > 0)
              run_split_dialog (self, groups[0]);
          }
    }
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PxWindow *self = PX_WINDOW (widget);
  PxCorrection *correction;

  if (self->project == NULL || !(correction = px_project_take_last_correction (self->project)))
    return;
  g_ptr_array_add (self->redo, correction);
  set_dirty (self, TRUE);
  show_alignment (self);
  show_toast (self, _("Correction undone"));
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PxWindow *self = PX_WINDOW (widget);

  if (self->project == NULL || self->redo->len == 0)
    return;
  px_project_push_correction (self->project, g_ptr_array_steal_index (self->redo, self->redo->len - 1));
  set_dirty (self, TRUE);
  show_alignment (self);
}

/* The projects saved or opened lately, newest first, for the Open menu. */
static void
update_recent (PxWindow *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  g_autoptr(GPtrArray) projects = g_ptr_array_new ();

  g_menu_remove_all (self->recent_menu);

  for (GList *l = items; l != NULL; l = l->next)
    {
      const char *uri = gtk_recent_info_get_uri (l->data);

      if (g_str_has_suffix (uri, ".parallax") && gtk_recent_info_exists (l->data))
        g_ptr_array_add (projects, l->data);
    }

  for (guint i = 0; i < projects->len; i++)
    for (guint j = i + 1; j < projects->len; j++)
      if (gtk_recent_info_get_modified (g_ptr_array_index (projects, j)) >
          gtk_recent_info_get_modified (g_ptr_array_index (projects, i)))
        {
          gpointer tmp = projects->pdata[i];
          projects->pdata[i] = projects->pdata[j];
          projects->pdata[j] = tmp;
        }

  for (guint i = 0; i < MIN (projects->len, 8); i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (projects, i);
      g_autoptr(GMenuItem) item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);

      g_menu_item_set_action_and_target_value (item, "win.open-recent",
                                               g_variant_new_string (gtk_recent_info_get_uri (info)));
      g_menu_append_item (self->recent_menu, item);
    }

  g_list_free_full (items, (GDestroyNotify)gtk_recent_info_unref);
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));

  px_window_open_project (PX_WINDOW (widget), file);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         gpointer       user_data)
{
  PxWindow *self = user_data;
  GSList *list;
  g_autoptr(GPtrArray) files = g_ptr_array_new ();

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  list = g_value_get_boxed (value);
  for (GSList *l = list; l != NULL; l = l->next)
    g_ptr_array_add (files, l->data);

  if (files->len == 0)
    return FALSE;

  px_window_open_files (self, (GFile **)files->pdata, files->len);
  return TRUE;
}

static void
save_window_state (PxWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)))
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_apply (self->settings);
}

static void
close_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   gpointer          user_data)
{
  PxWindow *self = user_data;

  if (g_str_equal (response, "discard"))
    {
      self->close_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
  else if (g_str_equal (response, "save"))
    {
      if (self->project_file != NULL)
        save_to (self, self->project_file, TRUE);
      else
        run_save_chooser (self, TRUE);
    }
}

static gboolean
px_window_close_request (GtkWindow *window)
{
  PxWindow *self = PX_WINDOW (window);

  if (self->dirty && !self->close_confirmed)
    {
      GtkWidget *dialog;

      dialog = adw_message_dialog_new (window, _("Save Changes?"),
                                       _("Your corrections, notes and settings for this comparison "
                                         "are not saved. Closing the window loses them."));
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "cancel", _("_Cancel"),
                                        "discard", _("_Discard"),
                                        "save", _("_Save"),
                                        NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                                  ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                                  ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
      adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
      g_signal_connect (dialog, "response", G_CALLBACK (close_response_cb), self);
      gtk_window_present (GTK_WINDOW (dialog));
      return TRUE;
    }

  save_window_state (self);

  return GTK_WINDOW_CLASS (px_window_parent_class)->close_request (window);
}

static void
text_size_changed_cb (PxWindow   *self,
                      const char *key,
                      GSettings  *settings)
{
  g_autofree char *css = NULL;

  css = g_strdup_printf (".source-pane textview { font-size: %dpt; }",
                         g_settings_get_int (settings, "text-size"));
  gtk_css_provider_load_from_data (self->text_css, css, -1);
}

static void
px_window_dispose (GObject *object)
{
  PxWindow *self = (PxWindow *)object;

  if (self->text_css != NULL)
    {
      gtk_style_context_remove_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                                     GTK_STYLE_PROVIDER (self->text_css));
      g_clear_object (&self->text_css);
    }

  g_cancellable_cancel (self->cancellable);
  if (self->align_cancellable != NULL)
    g_cancellable_cancel (self->align_cancellable);
  g_clear_handle_id (&self->realign_source, g_source_remove);
  g_clear_handle_id (&self->progress_source, g_source_remove);
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), PX_TYPE_WINDOW);

  G_OBJECT_CLASS (px_window_parent_class)->dispose (object);
}

static void
px_window_finalize (GObject *object)
{
  PxWindow *self = (PxWindow *)object;

  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->articles, g_ptr_array_unref);
  g_clear_object (&self->project);
  g_clear_object (&self->project_file);
  g_clear_object (&self->aligner);
  g_clear_object (&self->align_cancellable);
  g_clear_object (&self->raw_alignment);
  g_clear_object (&self->alignment);
  g_clear_object (&self->comparison);
  g_clear_pointer (&self->redo, g_ptr_array_unref);
  g_clear_object (&self->recent_menu);
  g_clear_pointer (&self->last_toast, g_free);
  g_clear_pointer (&self->set_name, g_free);

  G_OBJECT_CLASS (px_window_parent_class)->finalize (object);
}

static void
px_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PxWindow *self = PX_WINDOW (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;

    case PROP_ALIGNING:
      g_value_set_boolean (value, self->align_cancellable != NULL || self->diverging);
      break;

    case PROP_INSPECTOR_VISIBLE:
      /* The property action asks for the state even during disposal. */
      g_value_set_boolean (value, self->flap != NULL && adw_flap_get_reveal_flap (self->flap));
      break;

    case PROP_N_ARTICLES:
      g_value_set_uint (value, self->articles ? self->articles->len : 0);
      break;

    case PROP_CLASSROOM:
      g_value_set_boolean (value, self->classroom);
      break;

    case PROP_DIRTY:
      g_value_set_boolean (value, self->dirty);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  PxWindow *self = PX_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CLASSROOM:
      px_window_set_classroom (self, g_value_get_boolean (value));
      break;

    case PROP_INSPECTOR_VISIBLE:
      if (self->flap != NULL && adw_flap_get_reveal_flap (self->flap) != g_value_get_boolean (value))
        {
          adw_flap_set_reveal_flap (self->flap, g_value_get_boolean (value));
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_window_class_init (PxWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = px_window_dispose;
  object_class->finalize = px_window_finalize;
  object_class->get_property = px_window_get_property;
  object_class->set_property = px_window_set_property;

  window_class->close_request = px_window_close_request;

  properties[PROP_INSPECTOR_VISIBLE] =
    g_param_spec_boolean ("inspector-visible", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_ALIGNING] =
    g_param_spec_boolean ("aligning", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_CLASSROOM] =
    g_param_spec_boolean ("classroom", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_DIRTY] =
    g_param_spec_boolean ("dirty", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_N_ARTICLES] =
    g_param_spec_uint ("n-articles", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PX_TYPE_COMPARISON_VIEW);
  g_type_ensure (PX_TYPE_INSPECTOR);
  g_type_ensure (PX_TYPE_CLAIM_TABLE);
  g_type_ensure (PX_TYPE_FIGURES_VIEW);
  g_type_ensure (PX_TYPE_SOURCES_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/parallax/Parallax/ui/px-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PxWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, toasts);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, open_button);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, claim_table);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, figures_view);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, sources_view);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, open_menu);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, inspector);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, comparison_view);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-folder", NULL, open_folder_action);
  gtk_widget_class_install_action (widget_class, "win.open-sample", "s", open_sample_action);
  gtk_widget_class_install_action (widget_class, "win.close-set", NULL, close_set_action);
  gtk_widget_class_install_action (widget_class, "win.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.correct", "(ssu)", correct_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_property_action (widget_class, "win.classroom", "classroom");
  gtk_widget_class_install_property_action (widget_class, "win.toggle-inspector", "inspector-visible");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.cancel", NULL);
}

static void
px_window_init (PxWindow *self)
{
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (SCHEMA_ID);
  self->cancellable = g_cancellable_new ();

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  g_signal_connect_object (self->comparison_view, "notify::selected-group",
                           G_CALLBACK (selected_group_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->inspector, "note-changed",
                           G_CALLBACK (note_changed_cb), self, G_CONNECT_SWAPPED);
  px_inspector_set_name_func (self->inspector, inspector_name_cb, self);
  g_signal_connect_object (self->claim_table, "group-activated",
                           G_CALLBACK (overview_group_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->figures_view, "group-activated",
                           G_CALLBACK (overview_group_activated_cb), self, G_CONNECT_SWAPPED);

  self->redo = g_ptr_array_new_with_free_func ((GDestroyNotify)px_correction_free);

  /* libadwaita 1.2 gives the split button's arrow only a description;
   * screen readers need a name.
   */
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_last_child (GTK_WIDGET (self->open_button))),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("More Ways to Open"),
                                  -1);

  self->recent_menu = g_menu_new ();
  g_menu_append_submenu (self->open_menu, _("Open _Recent"), G_MENU_MODEL (self->recent_menu));
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (update_recent), self, G_CONNECT_SWAPPED);
  update_recent (self);
  self->aligner = px_aligner_new ();
  g_signal_connect_object (self->aligner, "notify::fraction",
                           G_CALLBACK (fraction_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::alignment-threshold",
                           G_CALLBACK (threshold_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::highlight-wording",
                           G_CALLBACK (wording_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::highlight-figures",
                           G_CALLBACK (marks_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::highlight-attribution",
                           G_CALLBACK (marks_changed_cb), self, G_CONNECT_SWAPPED);

  /* The text size applies to every pane of this window. */
  self->text_css = gtk_css_provider_new ();
  gtk_style_context_add_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                              GTK_STYLE_PROVIDER (self->text_css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  g_signal_connect_object (self->settings, "changed::text-size",
                           G_CALLBACK (text_size_changed_cb), self, G_CONNECT_SWAPPED);
  text_size_changed_cb (self, "text-size", self->settings);

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  actions_update (self);
}

PxWindow *
px_window_new (AdwApplication *application)
{
  return g_object_new (PX_TYPE_WINDOW, "application", application, NULL);
}

/**
 * px_window_get_articles:
 * @self: a #PxWindow
 *
 * Returns: (transfer none) (nullable) (element-type PxArticle): the shown set
 */
GPtrArray *
px_window_get_articles (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);
  return self->articles;
}

PxComparisonView *
px_window_get_comparison_view (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);
  return self->comparison_view;
}

gboolean
px_window_get_busy (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), FALSE);
  return self->busy;
}

/**
 * px_window_get_aligning:
 * @self: a #PxWindow
 *
 * Returns: whether alignment or the divergence search is still running
 */
gboolean
px_window_get_aligning (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), FALSE);
  return self->align_cancellable != NULL || self->diverging;
}

/**
 * px_window_get_comparison:
 * @self: a #PxWindow
 *
 * Returns: (transfer none) (nullable): the divergences of the latest
 *   alignment, once found
 */
PxComparison *
px_window_get_comparison (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);
  return self->comparison;
}

/**
 * px_window_get_alignment:
 * @self: a #PxWindow
 *
 * Returns: (transfer none) (nullable): the latest alignment
 */
PxAlignment *
px_window_get_alignment (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);
  return self->alignment;
}

/**
 * px_window_get_inspector:
 * @self: a #PxWindow
 *
 * Returns: (transfer none): the inspector sidebar
 */
PxInspector *
px_window_get_inspector (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);
  return self->inspector;
}

gboolean
px_window_get_classroom (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), FALSE);
  return self->classroom;
}

/**
 * px_window_set_classroom:
 * @self: a #PxWindow
 * @classroom: whether to hide outlet names and metadata
 *
 * Classroom mode shows the sources as "Source A", "Source B", … for blind
 * comparison exercises, until it is turned off; it is saved in the project.
 */
void
px_window_set_classroom (PxWindow *self,
                         gboolean  classroom)
{
  g_return_if_fail (PX_IS_WINDOW (self));

  if (self->classroom == !!classroom)
    return;

  self->classroom = !!classroom;
  apply_classroom (self);
  update_inspector (self);
  update_overviews (self);
  if (self->project != NULL)
    set_dirty (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLASSROOM]);
}

gboolean
px_window_get_dirty (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), FALSE);
  return self->dirty;
}

/**
 * px_window_get_project:
 * @self: a #PxWindow
 *
 * Returns: (transfer none) (nullable): the open project
 */
PxProject *
px_window_get_project (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);
  return self->project;
}

/**
 * px_window_get_last_toast:
 * @self: a #PxWindow
 *
 * Returns: (nullable): the text of the most recent toast, for tests
 */
const char *
px_window_get_last_toast (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);
  return self->last_toast;
}
