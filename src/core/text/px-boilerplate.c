/* px-boilerplate.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-boilerplate"

#include "config.h"

#include <string.h>

#include "px-article-private.h"
#include "px-boilerplate.h"

/* Web furniture is recognised by its shape and a few words every site uses,
 * never by a list of sites: a comparison of five outlets must not hinge on
 * having seen their templates before. The passes run in order, each leaving
 * alone what an earlier one decided:
 *
 *   1. lines of boilerplate (ads, tags, credits, "Auch bei X:", …)
 *   2. related-article lists: a cue line and the headlines under it
 *   3. photo captions, with or without a credit
 *   4. headings: lines without final punctuation, short question lines
 *   5. the dateline at the start of the first body sentence
 */

/* Whole lines (trimmed of dashes, bullets and colons) that are furniture. */
static const char *furniture_lines[] = {
  "anzeige", "werbung", "advertisement", "advertising", "sponsored", "sponsored content",
  "promotion", "ad", "teilen", "artikel teilen", "share", "share this", "share this article",
  "share this story", "kommentare", "comments", "zur startseite", "drucken", "print",
  "weiterlesen", "newsletter", "jetzt abonnieren", "abonnieren", "subscribe",
  "related", "mehr", "more", "video", "audio", "bildergalerie", "galerie", "gallery",
  "(dpa)", "(afp)", "(ap)", "(reuters)", "(kna)", "(epd)", "(afp/dpa)", "(dpa/afp)",
};

/* Openings of lines that are furniture whatever follows. */
static const char *furniture_prefixes[] = {
  "themen:", "thema:", "tags:", "topics:", "schlagworte:", "schlagwörter:", "stichworte:",
  "mit material von", "mit material der", "mit material aus", "mit material des",
  "herausgegeben von", "dieser artikel wurde ursprünglich", "dieser artikel erschien",
  "dieser beitrag erschien", "dieser text erschien", "zuerst erschienen",
  "this article was originally", "this article originally", "this story was originally",
  "this story originally", "this article first appeared", "reporting by",
  "(reporting by", "additional reporting by", "(additional reporting by", "editing by",
  "writing by", "compiled by", "newsletter:", "copyright", "©", "(c) ",
  "alle rechte vorbehalten", "all rights reserved", "mitarbeit:", "folgen sie uns",
  "follow us on", "sign up for", "melden sie sich", "hier klicken", "click here",
  "hier geht es zum", "hier geht's zum", "zum newsletter", "zur newsletter",
  "jetzt newsletter", "unser newsletter",
};

/* Openings that announce a list of links to other articles. */
static const char *related_cues[] = {
  "mehr zum thema", "mehr zu diesem thema", "lesen sie auch", "lesen sie mehr",
  "lesen sie hier", "auch interessant", "das könnte sie auch interessieren",
  "das könnte sie interessieren", "weitere artikel", "weitere nachrichten",
  "weitere themen", "verwandte artikel", "verwandte geschichten", "verwandte themen",
  "verwandte beiträge", "ähnliche artikel", "meistgelesen", "meistgelesene artikel",
  "zum weiterlesen", "related:", "related news", "related stories", "related articles",
  "related coverage", "related content", "related topics", "related reading",
  "read more", "read also", "also read", "see also", "more on this", "more from",
  "more stories", "most read", "most popular", "recommended", "you may also like",
  "you might also like", "top stories",
};

/* Labels that introduce a photo credit. */
static const char *credit_labels[] = {
  "foto:", "fotos:", "foto/", "bild:", "bilder:", "photo:", "photos:", "image:",
  "images:", "picture:", "credit:", "photograph:", "grafik:", "illustration:",
  "©", "(c) ", "photo by", "foto von", "quelle:", "source:",
};

static const char *reporting_words[] = {
  /* German */
  "sagte", "sagt", "sagten", "erklärte", "erklärt", "betonte", "berichtete", "berichtet",
  "berichteten", "teilte", "meldete", "meldet", "kündigte", "warnte", "forderte",
  "bestätigte", "so", "laut", "zufolge", "hieß", "heißt", "schreibt", "schrieb",
  /* English */
  "said", "says", "told", "reported", "reports", "according", "announced", "warned",
  "added", "stated", "claimed", "wrote", "writes",
};

/* Finite auxiliaries and modal verbs: a caption is mostly a noun phrase or a
 * present-tense scene, a short body sentence usually leans on one of these.
 */
static const char *auxiliaries[] = {
  "ist", "sind", "war", "waren", "hat", "haben", "hatte", "hatten", "wird", "werden",
  "wurde", "wurden", "soll", "sollen", "sollte", "kann", "können", "konnte", "muss",
  "müssen", "musste", "will", "wollen", "wollte", "darf", "dürfen", "sei", "seien",
  "habe", "gibt", "gab", "bleibt", "blieb",
  "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
  "should", "must", "may", "might", "be", "been", "do", "does", "did",
};

/* A caption places its picture: it nearly always names where. */
static const char *scene_words[] = {
  "bei", "in", "im", "an", "am", "auf", "vor", "unweit", "nahe", "neben", "während",
  "nach", "hinter", "über", "unter", "near", "at", "on", "during", "outside", "inside",
  "beside", "after", "before", "from",
};

/* Words that tie a sentence to the one before it; captions stand alone. */
static const char *linking_openers[] = {
  "er", "sie", "es", "das", "dies", "diese", "dieser", "dieses", "doch", "aber", "und",
  "auch", "dort", "damit", "dabei", "dann", "danach", "daher", "deshalb", "so", "nun",
  "zudem", "trotzdem", "man", "wir", "ich",
  "he", "she", "it", "they", "this", "that", "these", "those", "there", "but", "and",
  "then", "we", "i", "you", "his", "her", "their", "its",
};

static gboolean
in_list (const char  *word,
         const char **list,
         guint        n)
{
  for (guint i = 0; i < n; i++)
    if (g_str_equal (word, list[i]))
      return TRUE;
  return FALSE;
}

static gboolean
has_prefix_in (const char  *folded,
               const char **list,
               guint        n,
               gsize       *matched)
{
  for (guint i = 0; i < n; i++)
    if (g_str_has_prefix (folded, list[i]))
      {
        if (matched != NULL)
          *matched = strlen (list[i]);
        return TRUE;
      }
  return FALSE;
}

static gboolean
is_closing_mark (gunichar c)
{
  return c == 0x201C || c == 0x201D || c == 0x00BB || c == 0x00AB || c == '"' ||
         c == ')' || c == 0x2019 || c == '\'';
}

static gboolean
is_dash (gunichar c)
{
  return c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2012 || c == 0x2015;
}

static gboolean
is_quote_mark (gunichar c)
{
  return c == '"' || c == 0x201E || c == 0x201C || c == 0x201D || c == 0x00AB ||
         c == 0x00BB || c == 0x201A || c == 0x2018;
}

/* The last character that is not a closing quote or bracket. */
static gunichar
final_char (const char *s,
            gsize       len)
{
  const char *p = s + len;

  while (p > s)
    {
      const char *prev = g_utf8_find_prev_char (s, p);
      gunichar c = g_utf8_get_char (prev);

      p = prev;
      if (!is_closing_mark (c) && !g_unichar_isspace (c))
        return c;
    }
  return 0;
}

static gboolean
has_final_punctuation (const char *s,
                       gsize       len)
{
  gunichar c = final_char (s, len);

  return c == '.' || c == '!' || c == '?' || c == ':' || c == 0x2026;
}

/* A casefolded copy of a line without the bullets, dashes and spaces that
 * frame it ("– Anzeige –", "- Themen:", "• Read more").
 */
static char *
fold_line (const char *s,
           gsize       len)
{
  const char *p = s;
  const char *end = s + len;
  g_autofree char *folded = NULL;

  while (p < end)
    {
      gunichar c = g_utf8_get_char (p);

      if (!is_dash (c) && !g_unichar_isspace (c) && c != '*' && c != 0x2022 && c != '|' &&
          c != '>' && c != 0x00B7 && c != 0x25AA && c != 0x25BA)
        break;
      p = g_utf8_next_char (p);
    }
  while (end > p)
    {
      const char *prev = g_utf8_find_prev_char (p, end);
      gunichar c = g_utf8_get_char (prev);

      if (!is_dash (c) && !g_unichar_isspace (c) && c != '|' && c != 0x2022)
        break;
      end = prev;
    }
  folded = g_utf8_casefold (p, end - p);
  return g_steal_pointer (&folded);
}

/* The line without a trailing colon, for whole-line comparisons. */
static void
chop_colon (char *folded)
{
  gsize len = strlen (folded);

  while (len > 0 && (folded[len - 1] == ':' || folded[len - 1] == ' '))
    folded[--len] = '\0';
}

static guint
count_words (const char *s,
             gsize       len)
{
  guint words = 0;
  gboolean in_word = FALSE;

  for (gsize i = 0; i < len; i++)
    {
      gboolean space = g_ascii_isspace (s[i]);

      if (!space && !in_word)
        words++;
      in_word = !space;
    }
  return words;
}

/* "dpa/AFP/jk", "mak/dpa": the agency and author initials some sites
 * put under the text.
 */
static gboolean
is_agency_signature (const char *s,
                     gsize       len)
{
  gboolean slash = FALSE;
  guint run = 0;

  if (len == 0 || len > 30)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    {
      if (s[i] == '/')
        {
          if (run == 0)
            return FALSE;
          slash = TRUE;
          run = 0;
        }
      else if (g_ascii_isalpha (s[i]))
        {
          if (++run > 8)
            return FALSE;
        }
      else
        return FALSE;
    }
  return slash && run > 0;
}

/* "Auch bei NIUS:", "Also on CNN:": a pointer to the same outlet's other
 * channel.
 */
static gboolean
is_channel_pointer (const char *folded)
{
  const char *rest = NULL;
  const char *colon;

  if (g_str_has_prefix (folded, "auch bei "))
    rest = folded + 9;
  else if (g_str_has_prefix (folded, "also on "))
    rest = folded + 8;
  else if (g_str_has_prefix (folded, "mehr bei "))
    rest = folded + 9;
  if (rest == NULL || (colon = strchr (rest, ':')) == NULL)
    return FALSE;
  return colon - rest <= 40 && count_words (rest, colon - rest) <= 3;
}

/* The sentences of one paragraph, and its span. */
typedef struct
{
  guint first;
  guint n;
  guint start;
  guint end;
} Para;

static gboolean
is_furniture_line (const char *s,
                   gsize       len)
{
  g_autofree char *folded = fold_line (s, len);
  g_autofree char *bare = NULL;

  if (has_prefix_in (folded, furniture_prefixes, G_N_ELEMENTS (furniture_prefixes), NULL))
    return TRUE;
  if (is_channel_pointer (folded))
    return TRUE;
  if (len <= 100 && (g_str_has_prefix (folded, "quelle:") || g_str_has_prefix (folded, "source:")))
    return TRUE;

  bare = g_strdup (folded);
  chop_colon (bare);
  if (in_list (bare, furniture_lines, G_N_ELEMENTS (furniture_lines)))
    return TRUE;
  return is_agency_signature (bare, strlen (bare));
}

/* A cue that opens a related-article list. Returns 2 if the line is only the
 * cue (so the headlines follow on their own lines), 1 if it carries the
 * linked headline itself ("Lesen Sie auch: …"), 0 otherwise.
 */
static int
related_cue (const char *s,
             gsize       len)
{
  g_autofree char *folded = fold_line (s, len);
  gsize cue_len = 0;
  const char *rest;

  if (!has_prefix_in (folded, related_cues, G_N_ELEMENTS (related_cues), &cue_len))
    return 0;
  /* "Mehr zum Thema" must not swallow "Mehr zum Thema sagte er nichts." */
  if (folded[cue_len] != '\0' && folded[cue_len] != ' ' && folded[cue_len] != ':' &&
      folded[cue_len - 1] != ':')
    return 0;
  rest = folded + cue_len;
  while (*rest == ' ' || *rest == ':')
    rest++;
  if (*rest == '\0' || (count_words (rest, strlen (rest)) <= 4 && !strchr (rest, ':') &&
                        !has_final_punctuation (rest, strlen (rest))))
    return 2;
  /* "Lesen Sie auch: <headline>" links; "Read more about it below." does not. */
  if (folded[cue_len] != ':' && folded[cue_len - 1] != ':' && final_char (rest, strlen (rest)) == '.')
    return 0;
  return 1;
}

static gboolean
looks_like_headline (const char *s,
                     gsize       len,
                     guint       n_sentences)
{
  gunichar last = final_char (s, len);

  return n_sentences == 1 && len <= 200 && count_words (s, len) <= 25 && last != '.' &&
         last != ':' && last != ',';
}

/* Where a credit label starts in @s: at the start of a sentence, after an
 * opening bracket or a bar. Returns the label's position or -1.
 */
static gssize
find_credit (const char *s,
             gsize       len)
{
  g_autofree char *folded = g_utf8_casefold (s, len);
  gsize flen = strlen (folded);

  for (gsize i = 0; i < flen; i++)
    {
      gsize matched = 0;

      if (i > 0 && folded[i - 1] != ' ' && folded[i - 1] != '(' && folded[i - 1] != '|' &&
          folded[i - 1] != '[')
        continue;
      if (i > 1 && folded[i - 1] == ' ' && folded[i - 2] != '.' && folded[i - 2] != '|' &&
          folded[i - 2] != '!' && folded[i - 2] != '?' && folded[i - 2] != ')' &&
          !g_str_has_prefix (folded + i, "©"))
        continue;
      if (has_prefix_in (folded + i, credit_labels, G_N_ELEMENTS (credit_labels), &matched))
        {
          const char *rest = folded + i + matched;
          const char *stop = strpbrk (rest, ")]");
          gsize rest_len = stop ? (gsize)(stop - rest) : strlen (rest);

          /* A credit is a name or two, not a sentence. */
          if (count_words (rest, rest_len) <= 8 && rest_len <= 80 &&
              final_char (rest, rest_len) != '.')
            return i;
        }
    }
  return -1;
}

static gboolean
sentence_has_word (const char  *s,
                   gsize        len,
                   const char **list,
                   guint        n)
{
  g_autofree char *folded = g_utf8_casefold (s, len);
  g_auto(GStrv) words = g_strsplit_set (folded, " ,;:.!?()\"„“”«»–—", -1);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0' && in_list (words[i], list, n))
      return TRUE;
  return FALSE;
}

static gboolean
first_word_in (const char  *s,
               gsize        len,
               const char **list,
               guint        n)
{
  gsize w = 0;
  g_autofree char *folded = NULL;

  while (w < len && !g_ascii_isspace (s[w]) && s[w] != ',')
    w++;
  folded = g_utf8_casefold (s, w);
  return in_list (folded, list, n);
}

static gboolean
contains_quote_mark (const char *s,
                     gsize       len)
{
  for (const char *p = s; p < s + len; p = g_utf8_next_char (p))
    if (is_quote_mark (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/* Lower-case words ending like a finite verb ("ermittelt", "sagte",
 * "reported"). Captions without a credit are mostly noun phrases; when in
 * doubt the sentence stays body, the safer mistake.
 */
static gboolean
has_verb_like_word (const char *s,
                    gsize       len)
{
  static const char *not_verbs[] = {
    "nicht", "mit", "seit", "unweit", "weit", "bereit", "jetzt", "zuletzt", "erst", "fast",
    "meist", "selbst", "zunächst", "nächst", "nachts", "samt", "west", "ost", "mitte",
    "at", "but", "that", "out", "about", "against", "just", "most", "first", "last",
    "next", "east", "amid", "amidst", "past", "front", "left", "right",
  };
  g_autofree char *copy = g_strndup (s, len);
  g_auto(GStrv) words = g_strsplit_set (copy, " ,;:.!?()\"„“”«»–—", -1);

  for (guint i = 1; words[i] != NULL; i++)
    {
      const char *w = words[i];
      gsize wl = strlen (w);

      if (wl < 3 || !g_unichar_islower (g_utf8_get_char (w)) ||
          in_list (w, not_verbs, G_N_ELEMENTS (not_verbs)))
        continue;
      if (g_str_has_suffix (w, "t") || g_str_has_suffix (w, "te") || g_str_has_suffix (w, "ed"))
        return TRUE;
    }
  return FALSE;
}

/* A short scene description standing alone between two paragraphs of
 * running text: "Helfer füllen Sandsäcke am Ufer bei X."
 */
static gboolean
looks_like_bare_caption (const char *s,
                         gsize       len)
{
  gunichar first = g_utf8_get_char (s);

  return len <= 100 && !has_verb_like_word (s, len) &&
         count_words (s, len) <= 12 && final_char (s, len) == '.' &&
         g_unichar_isupper (first) && !contains_quote_mark (s, len) &&
         !sentence_has_word (s, len, reporting_words, G_N_ELEMENTS (reporting_words)) &&
         !sentence_has_word (s, len, auxiliaries, G_N_ELEMENTS (auxiliaries)) &&
         sentence_has_word (s, len, scene_words, G_N_ELEMENTS (scene_words)) &&
         !first_word_in (s, len, linking_openers, G_N_ELEMENTS (linking_openers));
}

static void
set_kind (PxArticle      *article,
          const Para     *para,
          PxSentenceKind  kind)
{
  for (guint k = para->first; k < para->first + para->n; k++)
    g_array_index (article->sentences, PxSentence, k).kind = kind;
}

static PxSentenceKind
para_kind (PxArticle  *article,
           const Para *para)
{
  return g_array_index (article->sentences, PxSentence, para->first).kind;
}

static gboolean
is_running_text (PxArticle  *article,
                 const Para *para)
{
  return para_kind (article, para) == PX_SENTENCE_BODY && para->end - para->start >= 100 &&
         has_final_punctuation (article->text + para->start, para->end - para->start);
}

/* "BERLIN" → "Berlin", "NEW YORK" → "New York"; mixed case is left alone. */
static char *
normalise_place (const char *s,
                 gsize       len)
{
  g_autofree char *copy = g_strndup (s, len);
  GString *out;
  gboolean has_lower = FALSE;
  gboolean word_start = TRUE;

  for (const char *p = copy; *p; p = g_utf8_next_char (p))
    if (g_unichar_islower (g_utf8_get_char (p)))
      has_lower = TRUE;
  if (has_lower)
    return g_steal_pointer (&copy);

  out = g_string_new (NULL);
  for (const char *p = copy; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (out, word_start ? c : g_unichar_tolower (c));
      word_start = c == ' ' || c == '-' || c == '/' || c == '.';
    }
  return g_string_free (out, FALSE);
}

/* Reads a dateline at the start of @s: "Washington (dpa) - ", "TAIPEI,
 * Taiwan – ", "LONDON, Nov 18 (Reuters) — ", "(AFP) - ". Returns the length
 * of the dateline through its dash, 0 if there is none.
 */
static gsize
parse_dateline (const char  *s,
                gsize        len,
                char       **place,
                char       **agency)
{
  gsize i = 0;
  gsize place_end = 0;
  gsize agency_start = 0, agency_end = 0;
  gboolean caps = TRUE;
  guint words = 0;

  /* The place: up to four capitalised words (slashes and hyphens inside). */
  while (i < len && words < 5)
    {
      gunichar c = g_utf8_get_char (s + i);
      gsize w = i;

      if (!g_unichar_isupper (c))
        break;
      while (w < len && s[w] != ' ' && s[w] != ',' && s[w] != '(')
        {
          gunichar d = g_utf8_get_char (s + w);

          if (g_unichar_islower (d))
            caps = FALSE;
          else if (!g_unichar_isalpha (d) && d != '/' && d != '-' && d != '.')
            return 0;
          w = g_utf8_next_char (s + w) - s;
        }
      words++;
      place_end = w;
      i = w;
      if (i < len && s[i] == ' ' && i + 1 < len && g_unichar_isupper (g_utf8_get_char (s + i + 1)))
        i++;
      else
        break;
    }
  if (words > 4)
    return 0;

  /* ", Taiwan", ", Germany", ", Nov 18": a region or date after the place. */
  if (words > 0 && i < len && s[i] == ',')
    {
      gsize j = i + 1;

      while (j < len && s[j] != '(' && !is_dash (g_utf8_get_char (s + j)) && j - i < 30)
        j = g_utf8_next_char (s + j) - s;
      if (j >= len || j - i >= 30 || count_words (s + i + 1, j - i - 1) > 3)
        return 0;
      i = j;
    }

  while (i < len && s[i] == ' ')
    i++;

  if (i < len && s[i] == '(')
    {
      const char *close = memchr (s + i, ')', MIN (len - i, 40));

      if (close == NULL || close == s + i + 1)
        return 0;
      agency_start = i + 1;
      agency_end = close - s;
      if (count_words (s + agency_start, agency_end - agency_start) > 3)
        return 0;
      i = agency_end + 1;
      while (i < len && s[i] == ' ')
        i++;
    }

  if (agency_end == 0 && !(words > 0 && caps && place_end >= 2))
    return 0;
  if (words == 0 && agency_end == 0)
    return 0;

  /* The dash, perhaps doubled, then the sentence. */
  if (i >= len || !is_dash (g_utf8_get_char (s + i)))
    return 0;
  i = g_utf8_next_char (s + i) - s;
  if (i < len && s[i] == '-')
    i++;
  if (i >= len || s[i] != ' ')
    return 0;

  if (words > 0)
    *place = normalise_place (s, place_end);
  if (agency_end > 0)
    *agency = g_strndup (s + agency_start, agency_end - agency_start);
  return i;
}

/* "Wittenberge." or "Frankfurt/Main (dpa)." as the first sentence of the
 * first paragraph: the local paper's dateline.
 */
static gboolean
is_dateline_sentence (const char  *s,
                      gsize        len,
                      char       **place,
                      char       **agency)
{
  const char *paren;
  gsize place_len;

  if (len < 3 || len > 60 || s[len - 1] != '.' || count_words (s, len) > 4)
    return FALSE;
  if (!g_unichar_isupper (g_utf8_get_char (s)))
    return FALSE;

  paren = memchr (s, '(', len);
  place_len = paren ? (gsize)(paren - s) : len - 1;
  while (place_len > 0 && s[place_len - 1] == ' ')
    place_len--;

  for (const char *p = s; p < s + place_len; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalpha (c) && c != ' ' && c != '/' && c != '-')
        return FALSE;
    }
  /* Every word capitalised: a place, not "Dramatisch." */
  for (gsize i = 0; i < place_len; i++)
    if (i == 0 || s[i - 1] == ' ')
      if (!g_unichar_isupper (g_utf8_get_char (s + i)))
        return FALSE;
  /* One word ("Wittenberge.", "Halle/Saale."); longer all-capitalised
   * openings are German nouns more often than places.
   */
  if (count_words (s, place_len) != 1)
    return FALSE;
  {
    static const char *not_places[] = { "isch", "lich", "bar", "los", "haft", "weise", "ly" };

    for (guint k = 0; k < G_N_ELEMENTS (not_places); k++)
      if (place_len > strlen (not_places[k]) &&
          memcmp (s + place_len - strlen (not_places[k]), not_places[k], strlen (not_places[k])) == 0)
        return FALSE;
  }

  if (paren != NULL)
    {
      const char *close = memchr (paren, ')', len - (paren - s));

      if (close == NULL || close + 2 != s + len || close == paren + 1)
        return FALSE;
      *agency = g_strndup (paren + 1, close - paren - 1);
    }
  *place = normalise_place (s, place_len);
  return TRUE;
}

static void
find_dateline (PxArticle *article,
               GArray    *paras)
{
  for (guint p = 0; p < paras->len && p < 6; p++)
    {
      Para *para = &g_array_index (paras, Para, p);
      PxSentence *s = &g_array_index (article->sentences, PxSentence, para->first);
      const char *text = article->text + s->start;
      gsize len = s->end - s->start;
      g_autofree char *place = NULL;
      g_autofree char *agency = NULL;
      gsize cut;

      if (s->kind != PX_SENTENCE_BODY)
        continue;

      if (para->n > 1 && is_dateline_sentence (text, len, &place, &agency))
        s->kind = PX_SENTENCE_BOILERPLATE;
      else if ((cut = parse_dateline (text, len, &place, &agency)) > 0)
        {
          PxSentence dateline = *s;
          gsize rest = cut;

          while (rest < len && g_ascii_isspace (text[rest]))
            rest++;
          /* The dateline keeps its dash; the sentence starts after it, so
           * every byte still belongs to exactly one sentence.
           */
          dateline.end = s->start + cut;
          while (dateline.end > dateline.start && text[dateline.end - s->start - 1] == ' ')
            dateline.end--;
          dateline.kind = PX_SENTENCE_BOILERPLATE;
          if (rest < len)
            {
              s->start += rest;
              g_array_insert_val (article->sentences, para->first, dateline);
            }
          else
            s->kind = PX_SENTENCE_BOILERPLATE;
        }
      else
        return;

      if (article->place == NULL)
        article->place = g_steal_pointer (&place);
      if (article->agency == NULL)
        article->agency = g_steal_pointer (&agency);
      return;
    }
}

/**
 * _px_boilerplate_classify:
 * @article: an article the loader is still filling in
 *
 * Sets the kind of each sentence (body, heading, caption, boilerplate) from
 * its shape and its neighbours, and splits a dateline at the start of the
 * first body sentence into a boilerplate sentence of its own, recording it
 * as the article's place and agency. Called once, before the article is
 * handed out; it owns article->sentences until then.
 */
void
_px_boilerplate_classify (PxArticle *article)
{
  g_autoptr(GArray) paras = g_array_new (FALSE, FALSE, sizeof (Para));
  const char *text = article->text;

  /* Group the sentences by paragraph. */
  for (guint i = 0; i < article->sentences->len; i++)
    {
      PxSentence *s = &g_array_index (article->sentences, PxSentence, i);
      Para *last = paras->len ? &g_array_index (paras, Para, paras->len - 1) : NULL;

      if (last != NULL && g_array_index (article->sentences, PxSentence, last->first).paragraph == s->paragraph)
        {
          last->n++;
          last->end = s->end;
        }
      else
        {
          Para para = { i, 1, s->start, s->end };
          g_array_append_val (paras, para);
        }
    }

  /* 1. Lines of furniture; a credit sentence closing a paragraph too. */
  for (guint p = 0; p < paras->len; p++)
    {
      Para *para = &g_array_index (paras, Para, p);

      if (is_furniture_line (text + para->start, para->end - para->start))
        set_kind (article, para, PX_SENTENCE_BOILERPLATE);
      else
        for (guint k = para->first; k < para->first + para->n; k++)
          {
            PxSentence *s = &g_array_index (article->sentences, PxSentence, k);

            if (k > para->first && is_furniture_line (text + s->start, s->end - s->start))
              s->kind = PX_SENTENCE_BOILERPLATE;
          }
    }

  /* 2. Related-article lists and tag lists. */
  for (guint p = 0; p < paras->len; p++)
    {
      Para *para = &g_array_index (paras, Para, p);
      int cue = related_cue (text + para->start, para->end - para->start);
      g_autofree char *folded = fold_line (text + para->start, para->end - para->start);
      gboolean tags;

      chop_colon (folded);
      tags = g_str_equal (folded, "themen") || g_str_equal (folded, "tags") ||
             g_str_equal (folded, "topics") || g_str_equal (folded, "schlagworte") ||
             g_str_equal (folded, "stichworte");

      if (cue == 0 && !tags)
        continue;
      set_kind (article, para, PX_SENTENCE_BOILERPLATE);
      if (cue == 1)
        continue;

      while (p + 1 < paras->len)
        {
          Para *item = &g_array_index (paras, Para, p + 1);
          const char *s = text + item->start;
          gsize len = item->end - item->start;

          if (tags ? (len > 60 || has_final_punctuation (s, len))
                   : !looks_like_headline (s, len, item->n))
            break;
          set_kind (article, item, PX_SENTENCE_BOILERPLATE);
          p++;
        }
    }

  /* 3. Captions. */
  for (guint p = 0; p < paras->len; p++)
    {
      Para *para = &g_array_index (paras, Para, p);
      const char *s = text + para->start;
      gsize len = para->end - para->start;

      if (para_kind (article, para) != PX_SENTENCE_BODY)
        continue;

      if (para->n <= 3 && len <= 400 && find_credit (s, len) >= 0)
        {
          for (guint k = para->first; k < para->first + para->n; k++)
            {
              PxSentence *sentence = &g_array_index (article->sentences, PxSentence, k);

              if (sentence->kind == PX_SENTENCE_BODY)
                sentence->kind = PX_SENTENCE_CAPTION;
            }
          continue;
        }

      if (para->n == 1 && p > 0 && p + 1 < paras->len &&
          looks_like_bare_caption (s, len) &&
          is_running_text (article, &g_array_index (paras, Para, p - 1)) &&
          is_running_text (article, &g_array_index (paras, Para, p + 1)))
        set_kind (article, para, PX_SENTENCE_CAPTION);
    }

  /* 4. Headings: a line without final punctuation, or a short question
   * standing alone above running text.
   */
  for (guint p = 0; p < paras->len; p++)
    {
      Para *para = &g_array_index (paras, Para, p);
      const char *s = text + para->start;
      gsize len = para->end - para->start;

      if (para->n != 1 || para_kind (article, para) != PX_SENTENCE_BODY)
        continue;
      if (!has_final_punctuation (s, len))
        set_kind (article, para, PX_SENTENCE_HEADING);
      else if (final_char (s, len) == '?' && len <= 100 && !contains_quote_mark (s, len) &&
               p + 1 < paras->len && is_running_text (article, &g_array_index (paras, Para, p + 1)))
        set_kind (article, para, PX_SENTENCE_HEADING);
    }

  /* 5. The dateline, last, because it may add a sentence. */
  find_dateline (article, paras);
}
