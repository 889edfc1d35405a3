/* px-source-pane-quiz.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-source-pane"

#include "config.h"

#include "px-source-pane-private.h"

/* The pane during the classroom quiz: the claims still to be found are not
 * coloured, the passage the student picked is marked, and the text cursor
 * shows, so that a keyboard can pick and guess too (Space or Enter on the
 * passage at the cursor).
 */

gboolean
_px_source_pane_group_hidden (PxSourcePane *self,
                              guint         group)
{
  return self->hidden_groups != NULL && gtk_bitset_contains (self->hidden_groups, group);
}

static GtkTextTag *
pick_tag (PxSourcePane *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view));
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);
  GtkTextTag *tag = gtk_text_tag_table_lookup (table, "quiz-pick");

  /* A colour no claim has (claims' are pale backgrounds), and an outline
   * of a line under it, so that colour is not the only cue.
   */
  if (tag == NULL)
    tag = gtk_text_buffer_create_tag (buffer, "quiz-pick",
                                      "background-rgba", &(GdkRGBA) { 0.21, 0.52, 0.89, 0.35 },
                                      "underline", PANGO_UNDERLINE_DOUBLE,
                                      "underline-rgba", &(GdkRGBA) { 0.11, 0.33, 0.65, 1.0 },
                                      NULL);
  gtk_text_tag_set_priority (tag, gtk_text_tag_table_get_size (table) - 1);
  return tag;
}

/**
 * px_source_pane_set_quiz_pick:
 * @self: a #PxSourcePane
 * @sentence: the passage the student picked, or -1
 */
void
px_source_pane_set_quiz_pick (PxSourcePane *self,
                              int           sentence)
{
  GtkTextBuffer *buffer;
  const PxSentence *sentences;
  GtkTextIter start, end;
  guint n;

  g_return_if_fail (PX_IS_SOURCE_PANE (self));

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view));
  sentences = px_article_get_sentences (self->article, &n);
  if (sentence >= (int)n)
    sentence = -1;
  self->quiz_pick = sentence;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag (buffer, pick_tag (self), &start, &end);
  if (sentence >= 0)
    _px_source_pane_apply_tag_span (self, pick_tag (self), sentences[sentence].start, sentences[sentence].end);
}

int
px_source_pane_get_quiz_pick (PxSourcePane *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_PANE (self), -1);
  return self->quiz_pick;
}

/**
 * px_source_pane_set_hidden_groups:
 * @self: a #PxSourcePane
 * @hidden: (nullable): the claims not to colour, or %NULL to colour all
 *
 * With a set, the pane is in the quiz: besides the hidden claims, it does
 * not mark passages without a partner either (that would be an answer).
 */
void
px_source_pane_set_hidden_groups (PxSourcePane *self,
                                  GtkBitset    *hidden)
{
  int selected;

  g_return_if_fail (PX_IS_SOURCE_PANE (self));

  g_clear_pointer (&self->hidden_groups, gtk_bitset_unref);
  if (hidden != NULL)
    self->hidden_groups = gtk_bitset_copy (hidden);
  gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (self->text_view), hidden != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pane.quiz-pick", hidden != NULL);
  if (hidden == NULL)
    px_source_pane_set_quiz_pick (self, -1);
  if (self->alignment == NULL)
    return;
  selected = self->selected_group;
  px_source_pane_set_alignment (self, self->alignment, self->article_index);
  px_source_pane_select_group (self, selected, FALSE);
}

/**
 * px_source_pane_get_n_coloured_groups:
 * @self: a #PxSourcePane
 *
 * Returns: how many claims are coloured in the text, for tests
 */
guint
px_source_pane_get_n_coloured_groups (PxSourcePane *self)
{
  GtkTextBuffer *buffer;
  guint n = 0;

  g_return_val_if_fail (PX_IS_SOURCE_PANE (self), 0);

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view));
  for (guint g = 0; g < self->group_tags->len; g++)
    {
      GtkTextTag *tag = g_ptr_array_index (self->group_tags, g);
      GtkTextIter iter;

      if (tag == NULL)
        continue;
      gtk_text_buffer_get_start_iter (buffer, &iter);
      n += gtk_text_iter_starts_tag (&iter, tag) || gtk_text_iter_forward_to_tag_toggle (&iter, tag);
    }
  return n;
}

/* The keyboard's click: the passage at the text cursor. */
static void
quiz_pick_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  PxSourcePane *self = PX_SOURCE_PANE (widget);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view));
  const char *text = px_article_get_text (self->article);
  const PxSentence *sentences;
  GtkTextIter iter;
  gsize byte;
  guint n;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  byte = g_utf8_offset_to_pointer (text, gtk_text_iter_get_offset (&iter)) - text;
  sentences = px_article_get_sentences (self->article, &n);
  for (guint s = 0; s < n; s++)
    if (sentences[s].start <= byte && byte < sentences[s].end)
      {
        g_signal_emit_by_name (self, "sentence-activated", s);
        return;
      }
}

void
_px_source_pane_class_quiz_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "pane.quiz-pick", NULL, quiz_pick_action);
}
