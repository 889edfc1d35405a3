/* px-window-review.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-window"

#include "config.h"

#include <glib/gi18n.h>

#include "px-window-private.h"

/* Suggest and confirm: the selected passage's suggested partners (link one,
 * reject one) and review mode, which walks the uncertain decisions. A link
 * is a LINK correction and a rejection a REJECT correction, so both are
 * undone, saved and replayed like the corrections menu's.
 */

static int
article_index (PxWindow   *self,
               const char *document)
{
  for (guint a = 0; self->alignment != NULL && a < px_alignment_get_n_articles (self->alignment); a++)
    if (g_str_equal (px_article_get_id (px_alignment_get_article (self->alignment, a)), document))
      return a;
  return -1;
}

static void
decide_pair (PxWindow         *self,
             PxCorrectionKind  kind,
             GVariant         *param)
{
  PxPassageRef refs[2];
  int article;

  g_variant_get (param, "(&su&su)", &refs[0].document, &refs[0].sentence,
                 &refs[1].document, &refs[1].sentence);
  if ((article = article_index (self, refs[0].document)) < 0)
    return;
  px_window_add_correction (self, kind, refs, 2);
  /* The passage stays selected, now with its new claim and what is left of
   * its suggestions.
   */
  if (gtk_widget_get_mapped (GTK_WIDGET (self->comparison_view)))
    px_comparison_view_select_passage (self->comparison_view, article, refs[0].sentence);
}

static void
link_pair_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  decide_pair (PX_WINDOW (widget), PX_CORRECTION_LINK, param);
  _px_window_show_toast (PX_WINDOW (widget), _("Passages linked"));
}

static void
reject_pair_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  decide_pair (PX_WINDOW (widget), PX_CORRECTION_REJECT, param);
  _px_window_show_toast (PX_WINDOW (widget), _("Suggestion rejected"));
}

/* The suggestion a key means: 0 the current one, 1–3 the one of that rank
 * in the current one's source.
 */
static const PxAlignmentCandidate *
pick_suggestion (PxWindow *self,
                 guint     rank)
{
  const PxAlignmentCandidate *suggestions;
  int current = px_comparison_view_get_current_suggestion (self->comparison_view);
  guint n;

  suggestions = px_comparison_view_get_suggestions (self->comparison_view, &n);
  if (current < 0)
    return NULL;
  if (rank == 0)
    return &suggestions[current];
  for (guint i = 0; i < n; i++)
    if (suggestions[i].other_article == suggestions[current].other_article && suggestions[i].rank == rank)
      return &suggestions[i];
  return NULL;
}

static void
decide_suggestion (PxWindow         *self,
                   PxCorrectionKind  kind,
                   guint             rank)
{
  const PxAlignmentCandidate *c = pick_suggestion (self, rank);
  g_autoptr(GVariant) param = NULL;

  if (c == NULL)
    return;
  param = g_variant_ref_sink (g_variant_new ("(susu)",
                                             px_article_get_id (px_alignment_get_article (self->alignment, c->article)),
                                             c->sentence,
                                             px_article_get_id (px_alignment_get_article (self->alignment, c->other_article)),
                                             c->other_sentence));
  if (kind == PX_CORRECTION_LINK)
    link_pair_action (GTK_WIDGET (self), "win.link-pair", param);
  else
    reject_pair_action (GTK_WIDGET (self), "win.reject-pair", param);
}

static void
link_suggestion_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  decide_suggestion (PX_WINDOW (widget), PX_CORRECTION_LINK, g_variant_get_uint32 (param));
}

static void
reject_suggestion_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  decide_suggestion (PX_WINDOW (widget), PX_CORRECTION_REJECT, 0);
}

static void
review_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PxWindow *self = PX_WINDOW (widget);
  g_autoptr(GArray) queue = NULL;

  if (self->alignment == NULL)
    return;
  queue = px_review_queue_build (self->alignment,
                                 self->project ? px_project_get_corrections (self->project) : NULL,
                                 PX_REVIEW_ODDS_MARGIN);
  px_review_view_start (self->review_view, self->alignment, queue, _px_window_source_name_cb, self);
  gtk_stack_set_visible_child_name (self->stack, "review");
  /* Focus taken while the page was hidden may not hold. */
  if (px_review_view_get_current (self->review_view) != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->review_view));
  _px_window_actions_update (self);
}

static void
review_done_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  PxWindow *self = PX_WINDOW (widget);

  if (!g_str_equal (gtk_stack_get_visible_child_name (self->stack), "review"))
    return;
  gtk_stack_set_visible_child_name (self->stack, "comparison");
  _px_window_actions_update (self);
}

/* Called by _px_window_actions_update(). */
void
_px_window_review_actions_update (PxWindow *self)
{
  guint n = 0;
  gboolean reviewing = g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "review") == 0;

  px_comparison_view_get_suggestions (self->comparison_view, &n);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.link-suggestion", n > 0 && !reviewing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.reject-suggestion", n > 0 && !reviewing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.review",
                                 self->alignment != NULL && !self->busy && !reviewing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.review-done", reviewing);
  /* Panes, Claims, … are not behind the review page: switching there would
   * leave the review half done and its page still shown.
   */
  adw_view_switcher_title_set_view_switcher_enabled (self->window_title, !reviewing);
}

/* Called by _px_window_update_inspector(): the suggestions follow the
 * claim's explanation.
 */
void
_px_window_show_suggestions (PxWindow *self)
{
  const PxAlignmentCandidate *suggestions;
  guint n;

  suggestions = px_comparison_view_get_suggestions (self->comparison_view, &n);
  px_inspector_show_suggestions (self->inspector, self->alignment, suggestions, n,
                                 px_comparison_view_get_current_suggestion (self->comparison_view));
}

static void
suggestions_changed_cb (PxWindow *self)
{
  _px_window_update_inspector (self);
  _px_window_review_actions_update (self);
}

void
_px_window_review_init (PxWindow *self)
{
  g_signal_connect_object (self->comparison_view, "suggestions-changed",
                           G_CALLBACK (suggestions_changed_cb), self, G_CONNECT_SWAPPED);
}

void
_px_window_class_review_init (GtkWidgetClass *widget_class)
{
  g_type_ensure (PX_TYPE_REVIEW_VIEW);
  gtk_widget_class_install_action (widget_class, "win.link-pair", "(susu)", link_pair_action);
  gtk_widget_class_install_action (widget_class, "win.reject-pair", "(susu)", reject_pair_action);
  gtk_widget_class_install_action (widget_class, "win.link-suggestion", "u", link_suggestion_action);
  gtk_widget_class_install_action (widget_class, "win.reject-suggestion", NULL, reject_suggestion_action);
  gtk_widget_class_install_action (widget_class, "win.review", NULL, review_action);
  gtk_widget_class_install_action (widget_class, "win.review-done", NULL, review_done_action);
}
