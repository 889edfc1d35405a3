/* px-segmenter.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-segmenter"

#include "config.h"

#include <string.h>
#include <pango/pango.h>

#include "px-segmenter.h"

/* Abbreviations after which a full stop does not end a sentence. Matched
 * case-sensitively against the word before the stop, dots included.
 */
static const char *abbreviations[] = {
  "Dr.", "Prof.", "St.", "Nr.", "bzw.", "ca.", "z.", "B.", "u.", "a.", "d.", "h.",
  "vgl.", "evtl.", "ggf.", "usw.", "etc.", "Mr.", "Mrs.", "Ms.", "Jr.", "Sr.", "Gen.",
  "Sen.", "Rep.", "Gov.", "Lt.", "Col.", "Capt.", "Sgt.", "Adm.", "Inc.", "Corp.",
  "Co.", "Ltd.", "vs.", "No.", "Abs.", "Art.", "S.", "Mio.", "Mrd.", "Mrd.", "Tsd.",
  "Jh.", "Jhd.", "Str.", "Tel.", "inkl.", "exkl.", "zzgl.", "gem.", "lt.", "bspw.",
  "sog.", "insb.", "v.", "Chr.", "Hr.", "Fr.", "Min.", "Std.", "Mass.", "Calif.",
  "Jan.", "Feb.", "Aug.", "Sept.", "Sep.", "Okt.", "Oct.", "Nov.", "Dez.", "Dec.",
  "i.", "e.", "U.S.", "U.K.", "U.N.", "a.m.", "p.m.", "z.B.", "d.h.", "u.a.", "o.",
};

static const char *months[] = {
  "Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
  "September", "Oktober", "November", "Dezember", "Jahrhundert", "Jahrhunderts",
  "Jahrestag", "Mal", "Platz", "Stock", "Runde",
};

static gboolean
word_in (const char  *word,
         gsize        len,
         const char **list,
         guint        n)
{
  for (guint i = 0; i < n; i++)
    if (strlen (list[i]) == len && memcmp (word, list[i], len) == 0)
      return TRUE;
  return FALSE;
}

/* The word (non-space run) that ends at @end. */
static const char *
word_before (const char *text,
             gsize       start,
             gsize       end,
             gsize      *len)
{
  gsize i = end;

  while (i > start && !g_ascii_isspace (text[i - 1]) && text[i - 1] != '(' &&
         text[i - 1] != '"')
    i--;
  *len = end - i;
  return text + i;
}

static gsize
skip_space (const char *text,
            gsize       i,
            gsize       end)
{
  while (i < end && g_ascii_isspace (text[i]))
    i++;
  return i;
}

/* Decides whether the break Pango proposes after @stop (the byte after the
 * piece's trimmed end) is a false one.
 */
static gboolean
is_false_break (const char *text,
                gsize       start,
                gsize       stop,
                gsize       next,
                gsize       end)
{
  const char *word;
  gsize len;
  gunichar following;
  const char *next_word = text + next;
  gsize next_len = 0;

  if (next >= end || stop == start)
    return FALSE;

  /* Pango sometimes breaks where no sentence ends ("Bis zu 12.000 Menschen");
   * a real end has terminal punctuation, perhaps inside closing quotes.
   */
  {
    const char *q = text + stop;
    gunichar last;

    do
      {
        q = g_utf8_find_prev_char (text + start, q);
        last = q ? g_utf8_get_char (q) : 0;
      }
    while (q != NULL && q > text + start &&
           (last == 0x201C || last == 0x201D || last == 0x00BB || last == 0x00AB ||
            last == '"' || last == ')' || last == 0x2019 || last == '\''));

    if (last != '.' && last != '!' && last != '?' && last != 0x2026)
      return TRUE;
    if (last != '.')
      return FALSE;
  }

  word = word_before (text, start, stop, &len);
  following = g_utf8_get_char (text + next);
  while (next + next_len < end && !g_ascii_isspace (text[next + next_len]) &&
         !g_ascii_ispunct (text[next + next_len]))
    next_len++;

  if (word_in (word, len, abbreviations, G_N_ELEMENTS (abbreviations)))
    return TRUE;

  /* Initials ("J. R. Smith") and single capital letters. */
  if (len == 2 && g_ascii_isupper (word[0]))
    return TRUE;

  /* An ordinal: "am 3. Oktober", "der 4. Konferenz", "im 20. Jahrhundert". */
  if (len >= 2 && len <= 4)
    {
      gboolean digits = TRUE;

      for (gsize i = 0; i + 1 < len; i++)
        if (!g_ascii_isdigit (word[i]))
          digits = FALSE;
      if (digits)
        {
          if (g_unichar_islower (following) || g_unichar_isdigit (following))
            return TRUE;
          if (word_in (next_word, next_len, months, G_N_ELEMENTS (months)))
            return TRUE;
        }
    }

  /* A lower-case continuation after a stop is almost always an abbreviation
   * we do not know ("lt. Bericht").
   */
  if (g_unichar_islower (following) && len <= 6)
    return TRUE;

  return FALSE;
}

static void
split_paragraph (const char *text,
                 gsize       start,
                 gsize       end,
                 guint       paragraph,
                 PangoLanguage *language,
                 GArray     *out)
{
  const char *para = text + start;
  glong n_chars = g_utf8_strlen (para, end - start);
  g_autofree PangoLogAttr *attrs = g_new0 (PangoLogAttr, n_chars + 1);
  g_autoptr(GArray) cuts = g_array_new (FALSE, FALSE, sizeof (gsize));
  const char *p = para;
  gsize piece_start = start;

  pango_get_log_attrs (para, end - start, -1, language, attrs, n_chars + 1);

  for (glong i = 1; i < n_chars; i++)
    {
      p = g_utf8_next_char (p);
      if (attrs[i].is_sentence_boundary)
        {
          gsize at = p - text;
          g_array_append_val (cuts, at);
        }
    }
  {
    gsize at = end;
    g_array_append_val (cuts, at);
  }

  for (guint c = 0; c < cuts->len; c++)
    {
      gsize cut = g_array_index (cuts, gsize, c);
      gsize stop = cut;
      gsize next = skip_space (text, cut, end);
      PxSentence sentence;

      while (stop > piece_start && g_ascii_isspace (text[stop - 1]))
        stop--;

      if (cut < end && is_false_break (text, piece_start, stop, next, end))
        continue;

      piece_start = skip_space (text, piece_start, stop);
      if (piece_start < stop)
        {
          sentence.start = piece_start;
          sentence.end = stop;
          sentence.paragraph = paragraph;
          sentence.kind = PX_SENTENCE_BODY;
          g_array_append_val (out, sentence);
        }
      piece_start = cut;
    }
}

/**
 * px_segmenter_split:
 * @text: the article text
 * @length: its length in bytes
 * @paragraphs: (array length=n_paragraphs): the paragraphs of @text
 * @n_paragraphs: their number
 * @language: "de" or "en"
 *
 * Splits each paragraph into sentences: Unicode sentence breaks (UAX #29,
 * through Pango) corrected by our rules for abbreviations, initials and
 * ordinals. A heading paragraph is one unit.
 *
 * Returns: (transfer full) (element-type PxSentence): the sentences in order
 */
GArray *
px_segmenter_split (const char        *text,
                    gsize              length,
                    const PxParagraph *paragraphs,
                    guint              n_paragraphs,
                    const char        *language)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (PxSentence));
  PangoLanguage *lang = pango_language_from_string (language ? language : "de");

  g_return_val_if_fail (text != NULL, out);

  for (guint i = 0; i < n_paragraphs; i++)
    {
      const PxParagraph *para = &paragraphs[i];

      g_assert (para->end <= length);

      if (para->kind == PX_SENTENCE_HEADING)
        {
          PxSentence sentence = { para->start, para->end, i, PX_SENTENCE_HEADING };
          g_array_append_val (out, sentence);
          continue;
        }

      split_paragraph (text, para->start, para->end, i, lang, out);
    }

  return out;
}
