/* px-figure-noun.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-figure-noun"

#include "config.h"

#include <string.h>
#include <libstemmer.h>

#include "px-figure-noun-private.h"
#include "px-figure-number-private.h"

/* Words after a German number that end the noun phrase without being an
 * adjective in it, although they look like one.
 */
static const char * const de_stop_words[] = {
  "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
  "eines", "und", "oder", "aber", "sowie", "mit", "von", "vom", "aus", "in", "im", "an",
  "am", "auf", "für", "bei", "nach", "vor", "zu", "zum", "zur", "über", "unter", "um",
  "gegen", "seit", "bis", "ist", "sind", "war", "waren", "wird", "werden", "wurde",
  "wurden", "hat", "haben", "hatte", "hatten", "soll", "sollen", "sollte", "sollten",
  "muss", "müssen", "musste", "mussten", "kann", "können", "konnte", "konnten", "seien",
  "sei", "wären", "hätten", "sich", "nicht", "noch", "schon", "nur", "auch", "mehr",
  "als", "wie", "pro", "je", "jeweils", "insgesamt", "davon", "darunter", "diese",
  "dieser", "diesen", "seine", "seinen", "ihre", "ihren", "unsere", "keine", "keinen",
  "jene", "wieder", "immer", "hinter", "neben", "zwischen", "wegen", "während",
  "innerhalb", "außerhalb", "oberhalb", "unterhalb", "entfernt", "lang", "weit", "hoch",
  "breit", "tief", "alt", "groß", "später", "früher", "zuvor", "lagen", "liegen",
  /* frequent verbs and quantifiers that end like adjectives */
  "kamen", "kommen", "gingen", "gehen", "starben", "sterben", "flohen", "fliehen",
  "lebten", "leben", "stehen", "standen", "bleiben", "blieben", "gaben", "geben",
  "nahmen", "nehmen", "zogen", "ziehen", "fuhren", "fahren", "wohnen", "wohnten",
  "erhielten", "erhalten", "verloren", "verlieren", "brauchen", "brauchten",
  "viele", "vielen", "wenige", "wenigen", "einige", "einigen", "mehrere", "mehreren",
  "alle", "allen", "beide", "beiden", "solche", "solchen",
  NULL
};

static const char * const en_stop_words[] = {
  "the", "a", "an", "of", "from", "in", "on", "at", "to", "and", "or", "but", "for",
  "with", "by", "as", "than", "were", "was", "are", "is", "be", "been", "being", "have",
  "has", "had", "will", "would", "could", "should", "can", "may", "might", "must",
  "said", "say", "says", "who", "which", "that", "this", "these", "those", "more",
  "less", "each", "per", "according", "after", "before", "since", "during", "about",
  "into", "over", "under", "between", "it", "its", "their", "his", "her", "they", "we",
  "you", "he", "she", "not", "no", "so", "if", "when", "while", "where", "across",
  "around", "away", "ago", "long", "wide", "high", "deep", "old", "earlier", "later",
  "apiece", "each", "also", "only", "still", "now", "then", "there", "here", "up",
  "down", "out", "off", "did", "do", "does", "got", "get", "went",
  NULL
};

static const char * const en_plural_nouns[] = {
  "people", "children", "men", "women", "police", "cattle", "sheep", "staff",
  "personnel", "troops", "dead", "injured", "wounded", "missing", "homeless",
  "aircraft", "fish", "deer", "crew", "livestock", "killed",
  NULL
};

static gboolean
german_adjective_like (const char *word)
{
  gsize len = strlen (word);

  if (len < 4 || in_list (word, de_stop_words))
    return FALSE;
  return g_str_has_suffix (word, "e") || g_str_has_suffix (word, "en") ||
         g_str_has_suffix (word, "er") || g_str_has_suffix (word, "es") ||
         g_str_has_suffix (word, "em");
}

static gboolean
english_plural_like (const char *word)
{
  gsize len = strlen (word);

  if (in_list (word, en_plural_nouns))
    return TRUE;
  return len > 3 && word[len - 1] == 's' && word[len - 2] != 's' && word[len - 2] != 'u' &&
         word[len - 2] != 'i';
}

/* Finds the unit or counted noun after a number, skipping adjectives:
 * "10.000 nordkoreanische Soldaten", "two senior officials".
 */
void
_px_figure_find_unit (Ctx       *c,
                      guint      j,
                      UnitMatch *m)
{
  m->unit = NULL;
  m->kind = PX_FIGURE_KIND_OTHER;
  m->noun = G_MAXUINT;
  m->end = j;

  if (_px_figure_match_unit (c, j, m))
    return;

  /* "2,400-hectare", "30-Tonnen-Lkw" */
  if (tok_dash (c, j) && adjacent (c, j - 1, j) && adjacent (c, j, j + 1) &&
      j + 1 < N_TOK (c) && TOK (c, j + 1)->type == TOK_WORD)
    {
      if (_px_figure_match_unit (c, j + 1, m))
        return;
      m->noun = j + 1;
      m->kind = PX_FIGURE_KIND_COUNT;
      m->end = j + 2;
      return;
    }

  /* "Tausende von Menschen", "thousands of people" */
  if ((tok_word (c, j, "von") || tok_word (c, j, "of")) && j > 0 &&
      TOK (c, j - 1)->type == TOK_WORD && _px_figure_lookup_vague (TOK (c, j - 1)->lower) != 0)
    j++;

  if (c->german)
    {
      for (guint k = j; k < N_TOK (c) && k < j + 4; k++)
        {
          Token *tok = TOK (c, k);

          if (tok->type != TOK_WORD)
            break;
          if (tok->cap)
            {
              if (_px_figure_is_month (tok) || g_str_equal (tok->lower, "uhr") ||
                  _px_figure_lookup_vague (tok->lower) != 0 ||
                  _px_figure_lookup_scale (c, tok->lower) != 0)
                break;
              if (_px_figure_match_unit (c, k, m))
                return;
              m->noun = k;
              m->kind = PX_FIGURE_KIND_COUNT;
              m->end = k + 1;
              break;
            }
          if (!german_adjective_like (tok->lower))
            break;
        }
    }
  if (c->english && m->noun == G_MAXUINT && m->unit == NULL)
    {
      for (guint k = j; k < N_TOK (c) && k < j + 4; k++)
        {
          Token *tok = TOK (c, k);

          if (tok->type != TOK_WORD || in_list (tok->lower, en_stop_words))
            break;
          if (_px_figure_match_unit (c, k, m))
            return;
          if (english_plural_like (tok->lower))
            {
              m->noun = k;
              m->kind = PX_FIGURE_KIND_COUNT;
              m->end = k + 1;
              break;
            }
        }
    }

  /* A hyphenated compound names its kind in its last part: "US-Soldaten". */
  while (m->noun != G_MAXUINT && tok_dash (c, m->noun + 1) && adjacent (c, m->noun, m->noun + 1) &&
         adjacent (c, m->noun + 1, m->noun + 2) && TOK (c, m->noun + 2)->type == TOK_WORD)
    {
      m->noun += 2;
      m->end = m->noun + 1;
    }
}

static const char *
language_stemmer (const char *language)
{
  if (language != NULL && g_str_has_prefix (language, "en"))
    return "english";
  return "german";
}

/* German plurals in -s after a vowel ("Autos", "Kameras", "Babys") keep
 * their -s through the stemmer, which only takes it after a consonant; the
 * singular ("Auto") would then count something else.
 */
static gboolean
german_s_plural (const char *lower)
{
  gsize n = strlen (lower);

  return n >= 4 && lower[n - 1] == 's' && strchr ("aoiy", lower[n - 2]) != NULL &&
         strchr ("aeiouy", lower[n - 3]) == NULL;
}

/* The stem of a counted noun, its quantity key unless a class of
 * equivalent nouns names it (px_figure_quantity_key()).
 */
char *
_px_figure_stem_noun (Ctx        *c,
                      const char *lower)
{
  const sb_symbol *stem;
  gsize length = strlen (lower);

  /* Made on first use: most sentences count nothing. */
  if (c->stemmer == NULL)
    c->stemmer = sb_stemmer_new (language_stemmer (c->language), NULL);
  if (c->stemmer == NULL)
    return g_strdup (lower);
  if (g_str_equal (language_stemmer (c->language), "german") && german_s_plural (lower))
    length--;
  stem = sb_stemmer_stem (c->stemmer, (const sb_symbol *)lower, length);
  if (stem == NULL)
    return g_strdup (lower);
  return g_strndup ((const char *)stem, sb_stemmer_length (c->stemmer));
}
