/* px-window-align.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-window"

#include "config.h"

#include <glib/gi18n.h>

#include "px-window-private.h"

/* Running the engine: alignment in one worker, divergences in a second, the
 * corrected alignment shown meanwhile; re-alignment when the threshold changes.
 */

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
        _px_window_show_toast (self, error->message);
      return;
    }

  /* A newer alignment arrived meanwhile; its own comparison follows. */
  if (px_comparison_get_alignment (comparison) != self->alignment)
    return;

  self->diverging = FALSE;
  _px_window_notify (self, PROP_ALIGNING);
  g_set_object (&self->comparison, comparison);
  divergences = collect_divergences (comparison);
  px_comparison_view_set_alignment (self->comparison_view, self->alignment, divergences);
  _px_window_update_overviews (self);
  _px_window_apply_marks (self);
  _px_window_update_inspector (self);
  _px_window_actions_update (self);
}

static gboolean
show_progress_cb (gpointer user_data)
{
  PxWindow *self = user_data;

  self->progress_source = 0;
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), TRUE);
  return G_SOURCE_REMOVE;
}

void
_px_window_set_aligning (PxWindow *self,
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
  _px_window_notify (self, PROP_ALIGNING);
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
  _px_window_set_aligning (self, FALSE);

  if (alignment == NULL)
    {
      _px_window_show_toast (self, error->message);
      return;
    }

  g_set_object (&self->raw_alignment, alignment);
  _px_window_show_alignment (self);
}

/* Shows the engine's alignment with the user's corrections replayed on it,
 * then looks for divergences in a second worker; the panes are coloured
 * meanwhile.
 */
void
_px_window_show_alignment (PxWindow *self)
{
  g_autoptr(PxAlignment) corrected = NULL;

  if (self->raw_alignment == NULL)
    return;

  corrected = px_alignment_apply_corrections (self->raw_alignment,
                                              self->project ? px_project_get_corrections (self->project) : NULL);
  g_set_object (&self->alignment, corrected);
  g_clear_object (&self->comparison);
  px_comparison_view_set_alignment (self->comparison_view, corrected, NULL);
  _px_window_quiz_alignment_changed (self);
  _px_window_apply_marks (self);
  _px_window_update_inspector (self);
  _px_window_actions_update (self);

  self->diverging = TRUE;
  _px_window_notify (self, PROP_ALIGNING);
  px_comparison_new_async (corrected, self->cancellable, comparison_cb, g_object_ref (self));
}

void
_px_window_start_alignment (PxWindow *self)
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

  _px_window_set_aligning (self, TRUE);
  px_aligner_run_async (self->aligner, articles, self->align_cancellable, align_cb, g_object_ref (self));
}

static gboolean
realign_cb (gpointer user_data)
{
  PxWindow *self = user_data;

  self->realign_source = 0;
  _px_window_start_alignment (self);
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
wording_changed_cb (PxWindow   *self,
                    const char *key,
                    GSettings  *settings)
{
  px_comparison_view_set_show_wording (self->comparison_view,
                                       g_settings_get_boolean (settings, "highlight-wording"));
}

void
_px_window_align_init (PxWindow *self)
{
  self->aligner = px_aligner_new ();
  g_signal_connect_object (self->aligner, "notify::fraction",
                           G_CALLBACK (fraction_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::alignment-threshold",
                           G_CALLBACK (threshold_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::highlight-wording",
                           G_CALLBACK (wording_changed_cb), self, G_CONNECT_SWAPPED);
}
