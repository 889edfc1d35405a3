/* px-plain-text.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-article-loader"

#include "config.h"

#include <string.h>

#include "px-core-types.h"
#include "px-loader-private.h"

/* Paragraphs of plain text and of Markdown: which line breaks end a
 * paragraph, and what of Markdown's markup is text.
 */

static gboolean
is_blank_line (const char *line,
               gsize       len)
{
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isspace (line[i]))
      return FALSE;
  return TRUE;
}

static gboolean ends_with_final_punctuation (const char *line,
                                             gsize       len);

/* Plain text comes two ways: one paragraph per line (the usual copy from a
 * browser), or hard-wrapped lines with blank lines between paragraphs. The
 * second is recognised by lines of nearly the full width that mostly break
 * off mid-sentence and continue into the next; headings and one-line
 * paragraphs do neither.
 */
static gboolean
looks_hard_wrapped (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint nonblank = 0, continued = 0;
  glong longest = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    if (!is_blank_line (lines[i], strlen (lines[i])))
      longest = MAX (longest, g_utf8_strlen (lines[i], -1));

  for (guint i = 0; lines[i] != NULL; i++)
    {
      gsize len = strlen (lines[i]);

      if (is_blank_line (lines[i], len))
        continue;
      nonblank++;
      if (lines[i + 1] != NULL && !is_blank_line (lines[i + 1], strlen (lines[i + 1])) &&
          g_utf8_strlen (lines[i], -1) * 10 >= longest * 6 &&
          !ends_with_final_punctuation (lines[i], len))
        continued++;
    }

  return nonblank >= 4 && longest <= 100 && continued * 2 >= nonblank;
}

static void
add_paragraph (GArray         *paragraphs,
               const char     *text,
               gsize           start,
               gsize           end,
               PxSentenceKind  kind)
{
  PxParagraph para;

  while (start < end && g_ascii_isspace (text[start]))
    start++;
  while (end > start && g_ascii_isspace (text[end - 1]))
    end--;
  if (start == end)
    return;

  para.start = start;
  para.end = end;
  para.kind = kind;
  g_array_append_val (paragraphs, para);
}

/* Words after which a line cannot end a sentence or a headline. */
static const char *dangling_words[] = {
  "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen",
  "eines", "und", "oder", "aber", "mit", "von", "vom", "zu", "zum", "zur", "im", "in",
  "am", "an", "auf", "für", "bei", "nach", "über", "unter", "aus", "durch", "um", "als",
  "wie", "dass", "etwa", "rund", "ca.", "mehr", "bis", "seit", "gegen", "ohne", "sowie",
  "the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "by", "from", "and",
  "or", "but", "that", "as", "about", "some", "than", "into", "its", "their", "his",
  "her", "around", "nearly", "almost",
};

static gboolean
ends_with_final_punctuation (const char *line,
                             gsize       len)
{
  const char *p = line + len;

  while (p > line)
    {
      const char *prev = g_utf8_find_prev_char (line, p);
      gunichar c = g_utf8_get_char (prev);

      p = prev;
      if (g_unichar_isspace (c) || c == '"' || c == ')' || c == 0x201C || c == 0x201D ||
          c == 0x00BB || c == 0x00AB || c == 0x2019 || c == '\'')
        continue;
      return c == '.' || c == '!' || c == '?' || c == ':' || c == 0x2026;
    }
  return FALSE;
}

/* One paragraph per line is the rule for text copied from a browser, but
 * a stray newline sometimes cuts a sentence in two ("… mit etwa 50.000" /
 * "Soldaten, darunter …"). A line is joined to the next when it is long,
 * lacks final punctuation, and ends in a way no headline does: on a number,
 * a comma, a function word, or before a line that starts in lower case.
 * Short lines without punctuation stay headings.
 */
static gboolean
line_continues (const char *line,
                gsize       len,
                const char *next,
                gsize       next_len)
{
  glong chars = g_utf8_strlen (line, len);
  guint words = 0;
  gboolean in_word = FALSE;
  gsize w = len;
  gunichar last, first;
  g_autofree char *last_word = NULL;

  while (len > 0 && g_ascii_isspace (line[len - 1]))
    len--;
  while (next_len > 0 && g_ascii_isspace (*next))
    next++, next_len--;
  if (len == 0 || next_len == 0 || ends_with_final_punctuation (line, len))
    return FALSE;

  for (gsize i = 0; i < len; i++)
    {
      gboolean space = g_ascii_isspace (line[i]);

      if (!space && !in_word)
        words++;
      in_word = !space;
    }
  if (chars <= 60 || words < 8)
    return FALSE;

  /* The continuation finishes the sentence, or is itself running text. */
  if (!ends_with_final_punctuation (next, next_len) && g_utf8_strlen (next, next_len) <= 60)
    return FALSE;

  last = g_utf8_get_char (g_utf8_find_prev_char (line, line + len));
  first = g_utf8_get_char (next);
  w = len;
  while (w > 0 && !g_ascii_isspace (line[w - 1]))
    w--;
  last_word = g_utf8_strdown (line + w, len - w);

  if (g_unichar_isdigit (last) || last == ',' || last == ';' || g_unichar_islower (first) ||
      g_unichar_isdigit (first))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (dangling_words); i++)
    if (g_str_equal (last_word, dangling_words[i]))
      return TRUE;
  /* A very long line ending on a lower-case word is no headline either. */
  return g_unichar_islower (last) && chars > 100;
}

/* Splits plain text into paragraphs in place: with hard wrapping, or where a
 * line continues a sentence, the newlines inside a paragraph become spaces so
 * that offsets stay valid.
 */
void
_px_plain_text_split (char     *text,
                      gboolean  has_title,
                      GArray   *paragraphs)
{
  gboolean wrapped = looks_hard_wrapped (text);
  gsize len = strlen (text);
  gsize para_start = 0;
  gsize i = 0;
  gboolean seen_text = has_title;

  while (i <= len)
    {
      gsize line_end = i;
      gboolean blank;

      while (line_end < len && text[line_end] != '\n')
        line_end++;
      blank = is_blank_line (text + i, line_end - i);

      if (!wrapped)
        {
          gsize next = line_end + 1;
          gsize next_end = next;

          while (next_end < len && text[next_end] != '\n')
            next_end++;

          /* Without front matter the first line is the headline's place;
           * it is never joined.
           */
          if (!blank && seen_text && line_end < len &&
              line_continues (text + i, line_end - i, text + next, next_end - next))
            text[line_end] = ' ';
          else
            {
              add_paragraph (paragraphs, text, para_start, line_end, PX_SENTENCE_BODY);
              para_start = line_end + 1;
            }
          if (!blank)
            seen_text = TRUE;
        }
      else if (blank)
        {
          add_paragraph (paragraphs, text, para_start, i, PX_SENTENCE_BODY);
          para_start = line_end + 1;
        }
      else if (line_end < len && line_end + 1 < len && text[line_end + 1] != '\n')
        text[line_end] = ' ';

      i = line_end + 1;
    }

  if (wrapped && para_start < len)
    add_paragraph (paragraphs, text, para_start, len, PX_SENTENCE_BODY);
}

/* Inline Markdown: images dropped, links reduced to their text, emphasis
 * and code markers removed, inline HTML tags removed.
 */
static void
append_markdown_inline (GString    *out,
                        const char *line,
                        gsize       len)
{
  gsize i = 0;

  while (i < len)
    {
      char c = line[i];

      if (c == '\\' && i + 1 < len)
        {
          g_string_append_c (out, line[i + 1]);
          i += 2;
        }
      else if ((c == '!' && i + 1 < len && line[i + 1] == '[') || c == '[')
        {
          gboolean image = c == '!';
          const char *close = memchr (line + i, ']', len - i);

          if (close != NULL && (gsize)(close - line) + 1 < len && close[1] == '(')
            {
              const char *paren = memchr (close, ')', len - (close - line));

              if (paren != NULL)
                {
                  if (!image)
                    append_markdown_inline (out, line + i + 1, close - (line + i + 1));
                  i = paren - line + 1;
                  continue;
                }
            }
          g_string_append_c (out, c);
          i++;
        }
      else if (c == '*' || c == '`' ||
               (c == '_' && (i == 0 || !g_ascii_isalnum (line[i - 1]) ||
                             i + 1 >= len || !g_ascii_isalnum (line[i + 1]))))
        i++;
      else if (c == '<' && i + 1 < len && (g_ascii_isalpha (line[i + 1]) || line[i + 1] == '/'))
        {
          const char *gt = memchr (line + i, '>', len - i);

          if (gt != NULL)
            i = gt - line + 1;
          else
            g_string_append_c (out, line[i++]);
        }
      else
        g_string_append_c (out, line[i++]);
    }
}

static gboolean
is_rule (const char *line)
{
  guint marks = 0;
  char mark = 0;

  for (const char *p = line; *p; p++)
    {
      if (*p == ' ')
        continue;
      if (*p != '-' && *p != '*' && *p != '_' && *p != '=')
        return FALSE;
      if (mark != 0 && *p != mark)
        return FALSE;
      mark = *p;
      marks++;
    }
  return marks >= 3;
}

char *
_px_markdown_to_text (const char *source,
                      GArray     *paragraphs)
{
  g_auto(GStrv) lines = g_strsplit (source, "\n", -1);
  GString *out = g_string_new (NULL);
  g_autoptr(GString) para = g_string_new (NULL);
  PxSentenceKind para_kind = PX_SENTENCE_BODY;
  gboolean in_fence = FALSE;
  /* Markdown saved from a web page often has one paragraph per line and no
   * blank lines; joining those lines, as CommonMark would, runs headings
   * into text. Only text that is hard-wrapped gets the CommonMark reading.
   */
  gboolean line_paragraphs = !looks_hard_wrapped (source);

#define FLUSH()                                                            \
  G_STMT_START {                                                           \
    if (para->len > 0)                                                     \
      {                                                                    \
        gsize start;                                                       \
        if (out->len > 0)                                                  \
          g_string_append (out, "\n\n");                                   \
        start = out->len;                                                  \
        g_string_append_len (out, para->str, para->len);                   \
        add_paragraph (paragraphs, out->str, start, out->len, para_kind);  \
        g_string_truncate (para, 0);                                       \
      }                                                                    \
    para_kind = PX_SENTENCE_BODY;                                          \
  } G_STMT_END

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);
      guint level = 0;

      if (g_str_has_prefix (line, "```") || g_str_has_prefix (line, "~~~"))
        {
          FLUSH ();
          in_fence = !in_fence;
          continue;
        }
      if (in_fence)
        continue;

      if (*line == '\0')
        {
          FLUSH ();
          continue;
        }

      /* A setext underline turns the paragraph so far into a heading. */
      if (para->len > 0 && (line[0] == '=' || line[0] == '-') && is_rule (line))
        {
          para_kind = PX_SENTENCE_HEADING;
          FLUSH ();
          continue;
        }
      if (is_rule (line))
        {
          FLUSH ();
          continue;
        }

      while (line[level] == '#')
        level++;
      if (level > 0 && level <= 6 && (line[level] == ' ' || line[level] == '\0'))
        {
          char *heading = g_strstrip (line + level);
          gsize hlen = strlen (heading);

          FLUSH ();
          while (hlen > 0 && heading[hlen - 1] == '#')
            heading[--hlen] = '\0';
          append_markdown_inline (para, heading, strlen (g_strchomp (heading)));
          para_kind = PX_SENTENCE_HEADING;
          FLUSH ();
          continue;
        }

      while (*line == '>')
        line = g_strchug (line + 1);

      if (((line[0] == '-' || line[0] == '*' || line[0] == '+') && line[1] == ' '))
        {
          FLUSH ();
          line = g_strchug (line + 2);
        }
      else if (g_ascii_isdigit (line[0]))
        {
          const char *p = line;

          while (g_ascii_isdigit (*p))
            p++;
          if ((*p == '.' || *p == ')') && p[1] == ' ' && p - line <= 3)
            {
              FLUSH ();
              line = g_strchug ((char *)p + 2);
            }
        }

      if (para->len > 0)
        g_string_append_c (para, ' ');
      append_markdown_inline (para, line, strlen (line));

      if (line_paragraphs && lines[i + 1] != NULL)
        {
          g_autofree char *next = g_strstrip (g_strdup (lines[i + 1]));
          gboolean underline = (next[0] == '=' || next[0] == '-') && is_rule (next);

          if (!underline && *next != '\0' &&
              !line_continues (line, strlen (line), next, strlen (next)))
            FLUSH ();
        }
    }
  FLUSH ();

#undef FLUSH

  return g_string_free (out, FALSE);
}
