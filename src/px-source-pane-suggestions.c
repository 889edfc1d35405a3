/* px-source-pane-suggestions.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-source-pane"

#include "config.h"

#include <glib/gi18n.h>

#include "px-source-pane-private.h"

/* The suggested partners of a passage selected in another pane: each is
 * outlined with its rank, and the pane scrolls to the best one when it has
 * no member of the selected claim to show instead. When no claim is
 * selected, screen readers hear the best partner, as they hear the claim's
 * passage otherwise (px_source_pane_select_group()).
 */

static void
describe (PxSourcePane *self,
          const char   *format,
          guint         sentence)
{
  g_autofree char *text = px_article_dup_sentence_text (self->article, sentence);
  g_autofree char *description = g_strdup_printf (format, text);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static int
char_offset (PxSourcePane *self,
             guint         byte)
{
  GtkTextIter iter;

  _px_source_pane_iter_at_byte (self, &iter, byte);
  return gtk_text_iter_get_offset (&iter);
}

/**
 * px_source_pane_show_suggestions:
 * @self: a #PxSourcePane
 * @candidates: (array length=n_candidates): candidates whose other article
 *   is this pane's
 * @n_candidates: their number
 * @current: index into @candidates of the one Enter links, or -1
 * @scroll: whether to scroll to the best one
 */
void
px_source_pane_show_suggestions (PxSourcePane               *self,
                                 const PxAlignmentCandidate *candidates,
                                 guint                       n_candidates,
                                 int                         current,
                                 gboolean                    scroll)
{
  g_autoptr(GArray) outlines = g_array_new (FALSE, FALSE, sizeof (PxPassageOutline));
  const PxSentence *sentences;
  guint n_sentences;
  int best = -1;

  g_return_if_fail (PX_IS_SOURCE_PANE (self));

  sentences = px_article_get_sentences (self->article, &n_sentences);
  for (guint i = 0; i < n_candidates; i++)
    {
      const PxSentence *s;
      PxPassageOutline outline;

      if (candidates[i].other_sentence >= n_sentences)
        continue;
      s = &sentences[candidates[i].other_sentence];
      outline.start = char_offset (self, s->start);
      outline.end = char_offset (self, s->end);
      outline.rank = candidates[i].rank;
      outline.current = (int)i == current;
      g_array_append_val (outlines, outline);
      if (best < 0 || candidates[i].rank < candidates[best].rank)
        best = i;
    }
  px_passage_view_set_outlines (self->text_view, (const PxPassageOutline *)(gpointer)outlines->data,
                                outlines->len);
  /* Without a claim, an earlier selection's words would be stale. */
  if (self->selected_group < 0 && best >= 0)
    /* Translators: %s is the passage's text. */
    describe (self, _("Suggested partner: %s"), candidates[best].other_sentence);
  else if (self->selected_group < 0)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self->text_view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);

  if (scroll && best >= 0)
    {
      GtkTextIter iter;

      _px_source_pane_iter_at_byte (self, &iter, sentences[candidates[best].other_sentence].start);
      gtk_text_view_scroll_to_iter (GTK_TEXT_VIEW (self->text_view), &iter, 0.0, TRUE, 0.0, 0.3);
    }
}

/**
 * px_source_pane_describe_unclaimed:
 * @self: a #PxSourcePane
 * @sentence: the passage of this source the reader selected, in no claim
 *
 * Tells screen readers which passage the selection landed on.
 */
void
px_source_pane_describe_unclaimed (PxSourcePane *self,
                                   guint         sentence)
{
  guint n_sentences;

  g_return_if_fail (PX_IS_SOURCE_PANE (self));

  px_article_get_sentences (self->article, &n_sentences);
  if (sentence < n_sentences)
    /* Translators: %s is the passage's text. */
    describe (self, _("In no claim: %s"), sentence);
}

/**
 * px_source_pane_get_n_suggestions:
 * @self: a #PxSourcePane
 *
 * Returns: the number of passages outlined as suggestions
 */
guint
px_source_pane_get_n_suggestions (PxSourcePane *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_PANE (self), 0);
  return px_passage_view_get_n_outlines (self->text_view);
}
