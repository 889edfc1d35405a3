/* px-language.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-language"

#include "config.h"

#include <string.h>

#include "px-language.h"

/* The most frequent function words of each language; news text is dense
 * with them, so a few hundred words decide reliably.
 */
static const char *german_words[] = {
  "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit", "den", "dem",
  "des", "auf", "sich", "für", "von", "im", "zu", "auch", "hat", "wurde", "werden",
  "sei", "nach", "bei", "aus", "dass", "wie", "noch", "über", "sie", "er", "es",
  "haben", "sind", "einer", "einen", "zum", "zur", "oder", "aber", "wird", "vor",
};

static const char *english_words[] = {
  "the", "and", "is", "not", "a", "an", "with", "of", "on", "for", "from", "in",
  "to", "also", "has", "was", "were", "be", "after", "at", "that", "as", "by",
  "over", "they", "he", "it", "have", "are", "or", "but", "will", "before", "said",
  "which", "their", "this", "would", "been",
};

static gboolean
in_list (const char  *word,
         const char **list,
         guint        n)
{
  for (guint i = 0; i < n; i++)
    if (strcmp (word, list[i]) == 0)
      return TRUE;
  return FALSE;
}

/**
 * px_language_detect:
 * @text: UTF-8 text
 * @length: length of @text in bytes, or -1 if nul-terminated
 *
 * Guesses whether @text is German or English from stop-word profiles.
 * German is the default when the evidence is thin, as most of our users'
 * sets are German.
 *
 * Returns: "de" or "en"
 */
const char *
px_language_detect (const char *text,
                    gssize      length)
{
  const char *end;
  const char *p = text;
  guint de = 0, en = 0, words = 0;

  g_return_val_if_fail (text != NULL, "de");

  end = text + (length < 0 ? (gssize)strlen (text) : length);

  while (p < end && words < 2000)
    {
      const char *start;
      char buf[16];
      gsize n = 0;

      while (p < end && !g_unichar_isalpha (g_utf8_get_char_validated (p, end - p)))
        p = g_utf8_find_next_char (p, end) ? g_utf8_find_next_char (p, end) : end;
      start = p;
      while (p < end && g_unichar_isalpha (g_utf8_get_char_validated (p, end - p)))
        p = g_utf8_find_next_char (p, end) ? g_utf8_find_next_char (p, end) : end;
      if (p == start)
        break;

      words++;
      if ((gsize)(p - start) >= sizeof buf)
        continue;
      for (const char *q = start; q < p; q++)
        buf[n++] = g_ascii_tolower (*q);
      buf[n] = '\0';

      if (in_list (buf, german_words, G_N_ELEMENTS (german_words)))
        de++;
      if (in_list (buf, english_words, G_N_ELEMENTS (english_words)))
        en++;
    }

  return en > de * 1.2 ? "en" : "de";
}
