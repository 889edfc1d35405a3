/* px-source-pane-text.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-source-pane"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "px-palette.h"
#include "px-source-pane-private.h"

/* The article's text and what is drawn on it: sentence kinds, claim
 * colours, the selected claim, word differences, figure and attribution
 * marks, search matches, and names masked in classroom mode. The buffer
 * holds the article text exactly, so that byte spans from the core map
 * onto it; nothing here inserts text except the masking, which keeps
 * lengths.
 */

/* No tag sets a foreground colour: GTK 4.8's accessibility code reads the
 * write-only "foreground" property and crashes a screen reader's session.
 */
void
_px_source_pane_create_tags (GtkTextBuffer *buffer)
{
  gtk_text_buffer_create_tag (buffer, "heading",
                              "weight", PANGO_WEIGHT_BOLD,
                              "scale", 1.1,
                              "family", "Sans",
                              NULL);
  gtk_text_buffer_create_tag (buffer, "caption",
                              "style", PANGO_STYLE_ITALIC,
                              "scale", 0.9,
                              NULL);
  gtk_text_buffer_create_tag (buffer, "boilerplate",
                              "background-rgba", &(GdkRGBA) { 0.6, 0.6, 0.6, 0.12 },
                              "scale", 0.9,
                              "family", "Sans",
                              NULL);
  gtk_text_buffer_create_tag (buffer, "paragraph",
                              "pixels-below-lines", 10,
                              NULL);
  gtk_text_buffer_create_tag (buffer, "title-line",
                              "invisible", TRUE,
                              NULL);
  /* Figure verdicts: the stronger the disagreement, the stronger the mark.
   * Tags applied once the text is shown change colours and lines only,
   * never the size of the text (no weight, style or scale): a line that
   * grows after layout moves the text view's scroll range while GTK 4.8
   * draws it, which leaves its scrollbar drawn unallocated.
   */
  gtk_text_buffer_create_tag (buffer, "figure-contradict",
                              "background-rgba", &(GdkRGBA) { 0.88, 0.11, 0.14, 0.22 },
                              "underline", PANGO_UNDERLINE_DOUBLE,
                              "underline-rgba", &(GdkRGBA) { 0.75, 0.11, 0.16, 1.0 },
                              NULL);
  gtk_text_buffer_create_tag (buffer, "figure-differ",
                              "background-rgba", &(GdkRGBA) { 1.0, 0.47, 0.0, 0.22 },
                              "underline", PANGO_UNDERLINE_SINGLE,
                              "underline-rgba", &(GdkRGBA) { 0.9, 0.38, 0.0, 1.0 },
                              NULL);
  gtk_text_buffer_create_tag (buffer, "figure-hedge",
                              "background-rgba", &(GdkRGBA) { 0.96, 0.83, 0.18, 0.45 },
                              "underline", PANGO_UNDERLINE_LOW,
                              "underline-rgba", &(GdkRGBA) { 0.61, 0.43, 0.01, 1.0 },
                              NULL);
  gtk_text_buffer_create_tag (buffer, "figure-single",
                              "underline", PANGO_UNDERLINE_LOW,
                              "underline-rgba", &(GdkRGBA) { 0.3, 0.3, 0.3, 0.8 },
                              NULL);
  gtk_text_buffer_create_tag (buffer, "attribution",
                              "background-rgba", &(GdkRGBA) { 0.21, 0.52, 0.89, 0.18 },
                              "underline", PANGO_UNDERLINE_LOW,
                              "underline-rgba", &(GdkRGBA) { 0.11, 0.44, 0.85, 0.8 },
                              NULL);
  gtk_text_buffer_create_tag (buffer, "search-match",
                              "background-rgba", &(GdkRGBA) { 0.96, 0.83, 0.18, 0.9 },
                              NULL);
  gtk_text_buffer_create_tag (buffer, "unique",
                              "underline", PANGO_UNDERLINE_ERROR,
                              "underline-rgba", &(GdkRGBA) { 0.6, 0.6, 0.59, 0.6 },
                              NULL);
  gtk_text_buffer_create_tag (buffer, "diff-changed",
                              "underline", PANGO_UNDERLINE_DOUBLE,
                              "underline-rgba", &(GdkRGBA) { 0.65, 0.11, 0.18, 1.0 },
                              NULL);
  gtk_text_buffer_create_tag (buffer, "diff-synonym",
                              "underline", PANGO_UNDERLINE_SINGLE,
                              "underline-rgba", &(GdkRGBA) { 0.11, 0.44, 0.85, 1.0 },
                              NULL);
}

/* The header shows the headline; the line it was read from is hidden here,
 * with the blank lines after it, so that the headline is not read twice.
 * It stays in the buffer, where offsets need it.
 */
static void
hide_title_line (PxSourcePane *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view));
  int p = px_article_meta_title_paragraph (self->article);
  const PxParagraph *paragraphs;
  GtkTextIter start, end;
  guint n, stop;

  if (p < 0)
    return;
  paragraphs = px_article_get_paragraphs (self->article, &n);
  stop = (guint)p + 1 < n ? paragraphs[p + 1].start : paragraphs[p].end;
  _px_source_pane_iter_at_byte (self, &start, paragraphs[p].start);
  _px_source_pane_iter_at_byte (self, &end, stop);
  gtk_text_buffer_apply_tag_by_name (buffer, "title-line", &start, &end);
}

/* The buffer holds the article text exactly, so that sentence byte spans
 * from the core map onto buffer iterators without translation.
 */
void
_px_source_pane_fill_buffer (PxSourcePane *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view));
  const PxParagraph *paragraphs;
  const PxSentence *sentences;
  const char *text = px_article_get_text (self->article);
  guint n_paragraphs, n_sentences;

  gtk_text_buffer_set_text (buffer, text, px_article_get_text_length (self->article));

  paragraphs = px_article_get_paragraphs (self->article, &n_paragraphs);
  for (guint i = 0; i < n_paragraphs; i++)
    {
      GtkTextIter start, end;

      gtk_text_buffer_get_iter_at_offset (buffer, &start,
                                          g_utf8_pointer_to_offset (text, text + paragraphs[i].start));
      gtk_text_buffer_get_iter_at_offset (buffer, &end,
                                          g_utf8_pointer_to_offset (text, text + paragraphs[i].end));
      gtk_text_buffer_apply_tag_by_name (buffer, "paragraph", &start, &end);
    }

  sentences = px_article_get_sentences (self->article, &n_sentences);
  for (guint i = 0; i < n_sentences; i++)
    {
      GtkTextIter start, end;
      const char *tag = NULL;

      switch (sentences[i].kind)
        {
        case PX_SENTENCE_HEADING:
          tag = "heading";
          break;
        case PX_SENTENCE_CAPTION:
          tag = "caption";
          break;
        case PX_SENTENCE_BOILERPLATE:
          tag = "boilerplate";
          break;
        case PX_SENTENCE_BODY:
        default:
          break;
        }
      if (tag == NULL)
        continue;

      gtk_text_buffer_get_iter_at_offset (buffer, &start,
                                          g_utf8_pointer_to_offset (text, text + sentences[i].start));
      gtk_text_buffer_get_iter_at_offset (buffer, &end,
                                          g_utf8_pointer_to_offset (text, text + sentences[i].end));
      gtk_text_buffer_apply_tag_by_name (buffer, tag, &start, &end);
    }
  hide_title_line (self);
}

void
_px_source_pane_iter_at_byte (PxSourcePane *self,
                              GtkTextIter  *iter,
                              guint         byte)
{
  const char *text = px_article_get_text (self->article);

  gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view)), iter,
                                      g_utf8_pointer_to_offset (text, text + byte));
}

void
_px_source_pane_apply_tag_span (PxSourcePane *self,
                                GtkTextTag   *tag,
                                guint         start,
                                guint         end)
{
  GtkTextIter a, b;

  _px_source_pane_iter_at_byte (self, &a, start);
  _px_source_pane_iter_at_byte (self, &b, end);
  gtk_text_buffer_apply_tag (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view)), tag, &a, &b);
}

/* Brings @iter to 30% of the height by moving the adjustment at once.
 * gtk_text_view_scroll_to_mark() waits for the text view's next
 * allocation when the text has just changed, and moving the scroll range
 * in the middle of a layout leaves GTK 4.8 drawing widgets it has not
 * allocated ("Trying to snapshot … without a current allocation").
 */
static void
scroll_to_iter (PxSourcePane *self,
                GtkTextIter  *iter)
{
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->text_view));
  int y, height;

  gtk_text_view_get_line_yrange (GTK_TEXT_VIEW (self->text_view), iter, &y, &height);
  (void)height;
  gtk_adjustment_set_value (vadjustment,
                            CLAMP (y - 0.3 * gtk_adjustment_get_page_size (vadjustment),
                                   gtk_adjustment_get_lower (vadjustment),
                                   gtk_adjustment_get_upper (vadjustment) -
                                   gtk_adjustment_get_page_size (vadjustment)));
}

static void
clear_alignment_tags (PxSourcePane *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view));
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  for (guint i = 0; i < self->group_tags->len; i++)
    {
      GtkTextTag *tag = g_ptr_array_index (self->group_tags, i);

      if (tag == NULL)
        continue;
      gtk_text_buffer_remove_tag (buffer, tag, &start, &end);
      gtk_text_tag_table_remove (table, tag);
    }
  g_ptr_array_set_size (self->group_tags, 0);

  if (self->selected_tag != NULL)
    {
      gtk_text_buffer_remove_tag (buffer, self->selected_tag, &start, &end);
      gtk_text_tag_table_remove (table, self->selected_tag);
      self->selected_tag = NULL;
    }

  gtk_text_buffer_remove_tag_by_name (buffer, "unique", &start, &end);
  gtk_text_buffer_remove_tag_by_name (buffer, "diff-changed", &start, &end);
  gtk_text_buffer_remove_tag_by_name (buffer, "diff-synonym", &start, &end);
}

/* Word differences are shown for the selected group only: marked for every
 * group at once they drown the text they explain.
 */
static void
apply_word_diff (PxSourcePane *self,
                 int           group)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view));
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);
  GtkTextTag *changed = gtk_text_tag_table_lookup (table, "diff-changed");
  GtkTextTag *synonym = gtk_text_tag_table_lookup (table, "diff-synonym");
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag (buffer, changed, &start, &end);
  gtk_text_buffer_remove_tag (buffer, synonym, &start, &end);

  if (group < 0 || !self->show_wording || self->alignment == NULL)
    return;

  for (guint g = (guint)group; g == (guint)group; g++)
    {
      const PxAlignmentMember *members;
      guint n_members, reference;

      members = px_alignment_group_get_members (self->alignment, g, &n_members);
      reference = px_alignment_group_get_reference (self->alignment, g);

      for (guint m = 0; m < n_members; m++)
        {
          const PxWordDiff *diffs;
          guint n_diffs;

          if (members[m].article != self->article_index || m == reference)
            continue;

          diffs = px_alignment_group_get_word_diff (self->alignment, g, m, &n_diffs);
          for (guint d = 0; d < n_diffs; d++)
            {
              if (diffs[d].member.end <= diffs[d].member.start)
                continue;
              if (diffs[d].kind == PX_WORD_DIFF_CHANGED || diffs[d].kind == PX_WORD_DIFF_ADDED)
                _px_source_pane_apply_tag_span (self, changed, diffs[d].member.start, diffs[d].member.end);
              else if (diffs[d].kind == PX_WORD_DIFF_SYNONYM)
                _px_source_pane_apply_tag_span (self, synonym, diffs[d].member.start, diffs[d].member.end);
            }
        }
    }
}

/**
 * px_source_pane_set_alignment:
 * @self: a #PxSourcePane
 * @alignment: (nullable): the alignment of the set this pane's article is in
 * @article_index: the article's index in @alignment
 *
 * Colours every passage by its claim group (colour plus underline style, so
 * that colour is never the only cue), marks passages only this source has,
 * and marks words that differ from each group's reference member.
 */
/* Marks of figures, attribution, word differences and search stay on top
 * of the claim colours, which are created later and would win.
 */
static void
raise_mark_tags (PxSourcePane *self)
{
  static const char *names[] = {
    "attribution", "figure-single", "figure-hedge", "figure-differ", "figure-contradict",
    "diff-synonym", "diff-changed", "search-match",
  };
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view)));

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    gtk_text_tag_set_priority (gtk_text_tag_table_lookup (table, names[i]),
                               gtk_text_tag_table_get_size (table) - 1);
}

/* The tag of group @g, made when the pane first needs it: a pane holds
 * the tags of the claims its source carries, not of every claim in the
 * set, which for hundreds of sources would be hundreds of thousands.
 */
static GtkTextTag *
group_tag (PxSourcePane *self,
           guint         g)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view));
  GdkRGBA color, background;

  if (g_ptr_array_index (self->group_tags, g) != NULL)
    return g_ptr_array_index (self->group_tags, g);
  px_palette_get_group_color (self->alignment, g, &color);
  background = color;
  background.alpha = 0.22;
  g_ptr_array_index (self->group_tags, g) =
    gtk_text_buffer_create_tag (buffer, NULL,
                                "background-rgba", &background,
                                "underline", px_palette_get_group_underline (self->alignment, g),
                                "underline-rgba", &color,
                                NULL);
  return g_ptr_array_index (self->group_tags, g);
}

/* Returns how many of the claims this source carries. */
static guint
apply_group_tags (PxSourcePane *self)
{
  const PxSentence *sentences;
  guint n_sentences, shared = 0;
  g_autofree guint8 *seen = NULL;

  g_ptr_array_set_size (self->group_tags, px_alignment_get_n_groups (self->alignment));
  seen = g_new0 (guint8, MAX (1, self->group_tags->len));
  sentences = px_article_get_sentences (self->article, &n_sentences);
  for (guint s = 0; s < n_sentences; s++)
    {
      guint n_groups;
      const guint *groups = px_alignment_get_groups_for_sentence (self->alignment, self->article_index, s,
                                                                  &n_groups);

      for (guint i = 0; i < n_groups; i++)
        {
          guint g = groups[i];

          shared += !seen[g];
          seen[g] = TRUE;
          if (!_px_source_pane_group_hidden (self, g))
            _px_source_pane_apply_tag_span (self, group_tag (self, g), sentences[s].start, sentences[s].end);
        }
    }
  raise_mark_tags (self);
  return shared;
}

static void
apply_unique_tags (PxSourcePane *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view));
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "unique");
  const PxSentence *sentences;
  const guint *unique;
  guint n_sentences, n_unique;

  /* In the quiz, a passage marked as having no partner is an answer. */
  if (self->hidden_groups != NULL)
    return;
  sentences = px_article_get_sentences (self->article, &n_sentences);
  unique = px_alignment_get_unique_sentences (self->alignment, self->article_index, &n_unique);
  for (guint u = 0; u < n_unique; u++)
    if (unique[u] < n_sentences)
      _px_source_pane_apply_tag_span (self, tag, sentences[unique[u]].start, sentences[unique[u]].end);
}

/**
 * px_source_pane_set_alignment:
 * @self: a #PxSourcePane
 * @alignment: (nullable): the alignment of the set this pane's article is in
 * @article_index: the article's index in @alignment
 *
 * Colours every passage by its claim group (colour plus underline style, so
 * that colour is never the only cue), marks passages only this source has,
 * and marks words that differ from each group's reference member.
 */
void
px_source_pane_set_alignment (PxSourcePane *self,
                              PxAlignment  *alignment,
                              guint         article_index)
{
  g_autofree char *shared_text = NULL;
  guint n_groups, shared;

  g_return_if_fail (PX_IS_SOURCE_PANE (self));

  clear_alignment_tags (self);
  g_set_object (&self->alignment, alignment);
  self->article_index = article_index;
  self->selected_group = -1;
  px_source_header_set_absent (self->header, FALSE);

  if (alignment == NULL)
    {
      px_source_header_set_shared_text (self->header, NULL);
      return;
    }

  n_groups = px_alignment_get_n_groups (alignment);
  shared = apply_group_tags (self);
  apply_unique_tags (self);

  /* Translators: shown in a source's header, e.g. "12 of 18 claims shared". */
  shared_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u of %u claim shared",
                                              "%u of %u claims shared", n_groups),
                                 shared, n_groups);
  px_source_header_set_shared_text (self->header, shared_text);
}

/**
 * px_source_pane_select_group:
 * @self: a #PxSourcePane
 * @group: index of a claim group, or -1 for none
 * @scroll: whether to scroll to the group's passage
 *
 * Highlights the group's passage in this source more strongly and scrolls to
 * it; when the source does not carry the claim, says so in the header.
 */
void
px_source_pane_select_group (PxSourcePane *self,
                             int           group,
                             gboolean      scroll)
{
  GtkTextBuffer *buffer;
  const PxSentence *sentences;
  const PxAlignmentMember *members;
  guint n_members, n_sentences;
  int first = -1;

  g_return_if_fail (PX_IS_SOURCE_PANE (self));

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view));
  if (self->selected_tag != NULL)
    {
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      gtk_text_buffer_remove_tag (buffer, self->selected_tag, &start, &end);
      gtk_text_tag_table_remove (gtk_text_buffer_get_tag_table (buffer), self->selected_tag);
      self->selected_tag = NULL;
    }

  self->selected_group = group;
  if (group < 0 || self->alignment == NULL || (guint)group >= px_alignment_get_n_groups (self->alignment))
    {
      self->selected_group = -1;
      apply_word_diff (self, -1);
      px_source_header_set_absent (self->header, FALSE);
      return;
    }

  {
    GdkRGBA color;

    px_palette_get_group_color (self->alignment, group, &color);
    color.alpha = 0.55;
    self->selected_tag = gtk_text_buffer_create_tag (buffer, NULL,
                                                     "background-rgba", &color,
                                                     NULL);
    raise_mark_tags (self);
  }

  sentences = px_article_get_sentences (self->article, &n_sentences);
  members = px_alignment_group_get_members (self->alignment, group, &n_members);
  for (guint m = 0; m < n_members; m++)
    {
      if (members[m].article != self->article_index || members[m].sentence >= n_sentences)
        continue;
      _px_source_pane_apply_tag_span (self, self->selected_tag,
                      sentences[members[m].sentence].start, sentences[members[m].sentence].end);
      if (first < 0 || (int)members[m].sentence < first)
        first = members[m].sentence;
    }

  px_source_header_set_absent (self->header, first < 0);
  apply_word_diff (self, group);

  if (first >= 0)
    {
      g_autofree char *sentence = px_article_dup_sentence_text (self->article, first);
      GtkTextIter iter;

      /* Screen readers hear which passage the selection landed on. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, sentence,
                                      -1);
      if (scroll)
        {
          _px_source_pane_iter_at_byte (self, &iter, sentences[first].start);
          scroll_to_iter (self, &iter);
        }
    }
  else
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _("Not in this source"),
                                    -1);
}

void
px_source_pane_set_show_wording (PxSourcePane *self,
                                 gboolean      show)
{
  g_return_if_fail (PX_IS_SOURCE_PANE (self));

  if (self->show_wording == !!show)
    return;
  self->show_wording = !!show;
  if (self->alignment != NULL)
    {
      int selected = self->selected_group;

      px_source_pane_set_alignment (self, self->alignment, self->article_index);
      px_source_pane_select_group (self, selected, FALSE);
    }
}

/**
 * px_source_pane_highlight_search:
 * @self: a #PxSourcePane
 * @needle: (nullable): text to find, case-insensitively
 *
 * Returns: the number of matches marked
 */
guint
px_source_pane_highlight_search (PxSourcePane *self,
                                 const char   *needle)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end, match_start, match_end;
  guint count = 0;

  g_return_val_if_fail (PX_IS_SOURCE_PANE (self), 0);

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag_by_name (buffer, "search-match", &start, &end);
  if (needle == NULL || *needle == '\0')
    return 0;

  while (gtk_text_iter_forward_search (&start, needle, GTK_TEXT_SEARCH_CASE_INSENSITIVE,
                                       &match_start, &match_end, NULL))
    {
      gtk_text_buffer_apply_tag_by_name (buffer, "search-match", &match_start, &match_end);
      if (count == 0)
        {
          scroll_to_iter (self, &match_start);
        }
      count++;
      start = match_end;
    }
  return count;
}

/**
 * px_source_pane_add_mark:
 * @self: a #PxSourcePane
 * @start: first byte in the article text
 * @end: byte after the last one
 * @tag: the tag to apply ("figure-differ", "attribution", …)
 * @tooltip: (nullable): what hovering the span says
 *
 * Marks a span of the text, for figures with their verdict and attribution
 * cues and sources.
 */
void
px_source_pane_add_mark (PxSourcePane *self,
                         guint         start,
                         guint         end,
                         const char   *tag,
                         const char   *tooltip)
{
  GtkTextTag *text_tag;
  PxPaneMark mark;

  g_return_if_fail (PX_IS_SOURCE_PANE (self));

  if (end <= start || end > px_article_get_text_length (self->article))
    return;
  text_tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view))), tag);
  g_return_if_fail (text_tag != NULL);

  _px_source_pane_apply_tag_span (self, text_tag, start, end);
  mark.start = start;
  mark.end = end;
  mark.tag = g_strdup (tag);
  mark.tooltip = g_strdup (tooltip);
  g_array_append_val (self->marks, mark);
}

void
px_source_pane_clear_marks (PxSourcePane *self)
{
  GtkTextBuffer *buffer;

  g_return_if_fail (PX_IS_SOURCE_PANE (self));

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view));
  for (guint i = 0; i < self->marks->len; i++)
    {
      PxPaneMark *mark = &g_array_index (self->marks, PxPaneMark, i);
      GtkTextIter a, b;

      _px_source_pane_iter_at_byte (self, &a, mark->start);
      _px_source_pane_iter_at_byte (self, &b, mark->end);
      gtk_text_buffer_remove_tag_by_name (buffer, mark->tag, &a, &b);
      g_free (mark->tag);
      g_free (mark->tooltip);
    }
  g_array_set_size (self->marks, 0);
}

/**
 * px_source_pane_get_n_marks:
 * @self: a #PxSourcePane
 * @tag: (nullable): count only marks with this tag
 *
 * Returns: the number of marks
 */
guint
px_source_pane_get_n_marks (PxSourcePane *self,
                            const char   *tag)
{
  guint n = 0;

  g_return_val_if_fail (PX_IS_SOURCE_PANE (self), 0);

  for (guint i = 0; i < self->marks->len; i++)
    if (tag == NULL || g_str_equal (g_array_index (self->marks, PxPaneMark, i).tag, tag))
      n++;
  return n;
}

static void
replace_chars (PxSourcePane *self,
               guint         start,
               guint         end,
               const char   *replacement)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view));
  GtkTextIter a, b;

  gtk_text_buffer_get_iter_at_offset (buffer, &a, start);
  gtk_text_buffer_get_iter_at_offset (buffer, &b, end);
  gtk_text_buffer_delete (buffer, &a, &b);
  gtk_text_buffer_get_iter_at_offset (buffer, &a, start);
  gtk_text_buffer_insert (buffer, &a, replacement, -1);
}

/**
 * px_source_pane_set_masked_names:
 * @self: a #PxSourcePane
 * @names: (nullable) (array zero-terminated=1): names to hide in the text
 *
 * In classroom mode the article's text must not give its source away; each
 * mention of a name becomes a bar of as many characters, so that offsets
 * into the text stay valid. %NULL shows the text as written again.
 */
void
px_source_pane_set_masked_names (PxSourcePane       *self,
                                 const char * const *names)
{
  const char *text;

  g_return_if_fail (PX_IS_SOURCE_PANE (self));

  text = px_article_get_text (self->article);

  /* Unmask what was hidden before. */
  for (guint i = 0; i + 1 < self->masked->len; i += 2)
    {
      guint start = g_array_index (self->masked, guint, i);
      guint end = g_array_index (self->masked, guint, i + 1);
      const char *p = g_utf8_offset_to_pointer (text, start);
      const char *q = g_utf8_offset_to_pointer (text, end);
      g_autofree char *original = g_strndup (p, q - p);

      replace_chars (self, start, end, original);
    }
  g_array_set_size (self->masked, 0);

  for (guint n = 0; names != NULL && names[n] != NULL; n++)
    {
      gsize len = strlen (names[n]);
      const char *at = text;

      if (len < 3)
        continue;
      while ((at = strstr (at, names[n])) != NULL)
        {
          guint start = g_utf8_pointer_to_offset (text, at);
          guint chars = g_utf8_strlen (names[n], -1);
          guint end = start + chars;
          g_autoptr(GString) bar = g_string_new (NULL);

          for (guint c = 0; c < chars; c++)
            g_string_append (bar, "█");
          replace_chars (self, start, end, bar->str);
          g_array_append_val (self->masked, start);
          g_array_append_val (self->masked, end);
          at += len;
        }
    }
}

/**
 * px_source_pane_dup_text:
 * @self: a #PxSourcePane
 *
 * Returns: (transfer full): the text the pane shows
 */
char *
px_source_pane_dup_text (PxSourcePane *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (PX_IS_SOURCE_PANE (self), NULL);

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Frees what the marks hold, for finalize; their tags go with the buffer. */
void
_px_source_pane_clear_marks_data (PxSourcePane *self)
{
  for (guint i = 0; self->marks != NULL && i < self->marks->len; i++)
    {
      g_free (g_array_index (self->marks, PxPaneMark, i).tag);
      g_free (g_array_index (self->marks, PxPaneMark, i).tooltip);
    }
  if (self->marks != NULL)
    g_array_set_size (self->marks, 0);
}
