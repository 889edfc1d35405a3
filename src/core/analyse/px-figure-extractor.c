/* px-figure-extractor.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-figure-extractor"

#include "config.h"

#include <math.h>
#include <string.h>

#include <libstemmer.h>

#include "px-article.h"
#include "px-figure-extractor.h"
#include "px-figure-extractor-private.h"

/* Figures are found in four passes over one sentence, the way a reader does
 * it: cut the text into words, numbers and marks; read a number (digits in
 * either convention, number words, scale words, vague plurals); throw out
 * what only looks like a quantity (times, dates, ordinals, years,
 * designators such as "F-16" or "Artikel 5"); then read what surrounds it:
 * the hedge before ("bis zu rund"), a second number for a range, and the
 * unit or counted noun after.
 */

typedef enum
{
  TOK_WORD,
  TOK_NUM,
  TOK_PUNCT,
} TokType;

typedef struct
{
  TokType   type;
  guint     start;
  guint     end;
  char     *lower;
  gunichar  ch;
  gboolean  cap;
  gboolean  has_upper;
} Token;

typedef struct
{
  const char        *text;
  const char        *language;
  gboolean           german;
  gboolean           english;
  GArray            *tokens;
  struct sb_stemmer *stemmer;
} Ctx;

/* A number as read, before its surroundings are. */
typedef struct
{
  guint    first;
  guint    next;         /* token after the number and its scale */
  double   value;
  double   alt_value;    /* the other reading of "1.500" / "1,500" */
  gboolean ambiguous;
  gboolean scaled;
  gboolean vague;
  gboolean digits;
  gboolean plain_integer;  /* digits only, no separator: a year candidate */
  guint    n_digits;
  const char *glued_unit;  /* "300km" */
} Number;

#define TOK(c, i) (&g_array_index ((c)->tokens, Token, (i)))
#define N_TOK(c) ((c)->tokens->len)

/* Tokens ----------------------------------------------------------------- */

static gboolean
is_space_char (gunichar ch)
{
  return g_unichar_isspace (ch) || ch == 0x00A0 || ch == 0x202F || ch == 0x2009;
}

static gboolean
is_group_space (gunichar ch)
{
  return ch == ' ' || ch == 0x00A0 || ch == 0x202F || ch == 0x2009;
}

static gboolean
is_digit_at (const char *p,
             const char *end)
{
  return p < end && *p >= '0' && *p <= '9';
}

static guint
count_digits (const char *p,
              const char *end)
{
  guint n = 0;

  while (is_digit_at (p + n, end))
    n++;
  return n;
}

static void
token_clear (gpointer data)
{
  Token *tok = data;

  g_free (tok->lower);
}

static GArray *
tokenize (const char *text,
          gsize       start,
          gsize       end)
{
  GArray *tokens = g_array_new (FALSE, TRUE, sizeof (Token));
  const char *p = text + start;
  const char *stop = text + end;

  g_array_set_clear_func (tokens, token_clear);

  while (p < stop)
    {
      gunichar ch = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);
      Token tok = { 0, };

      if (is_space_char (ch))
        {
          p = next;
          continue;
        }

      tok.start = p - text;

      if (ch >= '0' && ch <= '9')
        {
          const char *q = p;
          guint first_group = count_digits (q, stop);
          gboolean has_sep = FALSE;

          q += first_group;
          for (;;)
            {
              const char *after;

              if (q < stop && (*q == '.' || *q == ',') && is_digit_at (q + 1, stop))
                {
                  q += 1 + count_digits (q + 1, stop);
                  has_sep = TRUE;
                  continue;
                }
              /* "10 000": a space (also no-break or narrow no-break) between
               * groups of exactly three digits.
               */
              if (q < stop && !has_sep && first_group <= 3 && *p != '0' &&
                  is_group_space (g_utf8_get_char (q)) &&
                  count_digits ((after = g_utf8_next_char (q)), stop) == 3)
                {
                  q = after + 3;
                  continue;
                }
              break;
            }
          tok.type = TOK_NUM;
          tok.end = q - text;
          tok.lower = g_strndup (p, q - p);
          p = q;
        }
      else if (g_unichar_isalpha (ch))
        {
          const char *q = p;

          while (q < stop && g_unichar_isalpha (g_utf8_get_char (q)))
            q = g_utf8_next_char (q);
          tok.type = TOK_WORD;
          tok.end = q - text;
          tok.lower = g_utf8_strdown (p, q - p);
          tok.cap = g_unichar_isupper (ch);
          for (const char *r = p; r < q; r = g_utf8_next_char (r))
            if (g_unichar_isupper (g_utf8_get_char (r)))
              tok.has_upper = TRUE;
          p = q;
        }
      else
        {
          tok.type = TOK_PUNCT;
          tok.end = next - text;
          tok.ch = ch;
          tok.lower = g_strndup (p, next - p);
          p = next;
        }

      g_array_append_val (tokens, tok);
    }

  return tokens;
}

static gboolean
tok_word (Ctx        *c,
          guint       i,
          const char *word)
{
  return i < N_TOK (c) && TOK (c, i)->type == TOK_WORD && g_str_equal (TOK (c, i)->lower, word);
}

static gboolean
tok_punct (Ctx      *c,
           guint     i,
           gunichar  ch)
{
  return i < N_TOK (c) && TOK (c, i)->type == TOK_PUNCT && TOK (c, i)->ch == ch;
}

static gboolean
tok_dash (Ctx   *c,
          guint  i)
{
  return tok_punct (c, i, '-') || tok_punct (c, i, 0x2013) || tok_punct (c, i, 0x2014) ||
         tok_punct (c, i, 0x2012) || tok_punct (c, i, 0x2212);
}

static gboolean
adjacent (Ctx   *c,
          guint  a,
          guint  b)
{
  return a < N_TOK (c) && b < N_TOK (c) && TOK (c, a)->end == TOK (c, b)->start;
}

static gboolean
in_list (const char         *word,
         const char * const *list)
{
  for (guint i = 0; list[i] != NULL; i++)
    if (g_str_equal (word, list[i]))
      return TRUE;
  return FALSE;
}

/* Word lists ------------------------------------------------------------ */

static const char * const month_names[] = {
  "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august",
  "september", "oktober", "november", "dezember",
  "january", "february", "march", "may", "june", "july", "october", "december",
  "jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "oct", "nov",
  "dez", "dec",
  NULL
};

static const char * const season_words[] = {
  "jahr", "jahre", "jahres", "jahren", "year", "years", "anno", "sommer", "winter", "frühjahr", "frühling",
  "herbst", "spring", "summer", "autumn", "fall", "jahrgang", "saison",
  NULL
};

static const char * const designator_words[] = {
  "nr", "nummer", "no", "number", "artikel", "art", "article", "paragraf", "paragraph",
  "absatz", "abs", "kapitel", "chapter", "seite", "page", "linie", "line", "route",
  "gleis", "platform", "terminal", "gate", "flug", "flight", "zimmer", "room", "haus",
  "block", "sektor", "sector", "runde", "round", "spieltag", "folge", "episode",
  "staffel", "season", "band", "volume", "vol", "platz", "rang", "rank", "version",
  "level", "stufe", "phase", "klasse", "class", "kategorie", "category", "kw", "tel",
  "telefon", "phone", "fax", "hotline", "windows", "bus", "tram", "typ", "type",
  "modell", "model", "punkt", "point", "ziffer", "tagesordnungspunkt", "top", "akte",
  "aktenzeichen", "az", "blz", "plz", "iso", "din", "resolution", "resolutionen",
  NULL
};

static const char * const designator_suffixes[] = {
  "linie", "nummer", "straße", "strasse", "artikel", "paragraf", "kapitel", "gleis",
  "zimmer", "halle", "klasse", "stufe", "runde", "staffel", "folge",
  NULL
};

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

typedef struct
{
  const char   *unit;
  PxFigureKind  kind;
  const char   *forms;
} UnitDef;

static const UnitDef units[] = {
  { "km", PX_FIGURE_KIND_DISTANCE, "km kilometer kilometern kilometers kilometre kilometres" },
  { "m", PX_FIGURE_KIND_DISTANCE, "m meter metern meters metre metres" },
  { "cm", PX_FIGURE_KIND_DISTANCE, "cm zentimeter zentimetern centimeter centimeters centimetre centimetres" },
  { "mm", PX_FIGURE_KIND_DISTANCE, "mm millimeter millimetern millimeters millimetre millimetres" },
  { "mi", PX_FIGURE_KIND_DISTANCE, "meile meilen mile miles" },
  { "ha", PX_FIGURE_KIND_OTHER, "ha hektar hectare hectares" },
  { "km²", PX_FIGURE_KIND_OTHER, "qkm quadratkilometer quadratkilometern km²" },
  { "m²", PX_FIGURE_KIND_OTHER, "qm quadratmeter quadratmetern m²" },
  { "%", PX_FIGURE_KIND_PERCENT, "% prozent percent" },
  { "pp", PX_FIGURE_KIND_PERCENT, "prozentpunkte prozentpunkten prozentpunkt" },
  { "EUR", PX_FIGURE_KIND_MONEY, "euro euros eur €" },
  { "USD", PX_FIGURE_KIND_MONEY, "dollar dollars usd $" },
  { "GBP", PX_FIGURE_KIND_MONEY, "gbp £ pfund" },
  { "CHF", PX_FIGURE_KIND_MONEY, "chf franken" },
  { "t", PX_FIGURE_KIND_OTHER, "t tonnen tonne tonnes tons" },
  { "kg", PX_FIGURE_KIND_OTHER, "kg kilogramm kilo kilos kilograms kilogrammes" },
  { "l", PX_FIGURE_KIND_OTHER, "liter litern litre litres liters" },
  { "°C", PX_FIGURE_KIND_OTHER, "grad °" },
  { "°", PX_FIGURE_KIND_OTHER, "degrees" },
  { "day", PX_FIGURE_KIND_DURATION, "tag tage tagen tages day days" },
  { "week", PX_FIGURE_KIND_DURATION, "woche wochen week weeks" },
  { "month", PX_FIGURE_KIND_DURATION, "monat monate monaten monats month months" },
  { "year", PX_FIGURE_KIND_DURATION, "jahr jahre jahren jahres year years" },
  { "hour", PX_FIGURE_KIND_DURATION, "stunde stunden std hour hours" },
  { "minute", PX_FIGURE_KIND_DURATION, "minute minuten min minutes" },
  { "second", PX_FIGURE_KIND_DURATION, "sekunde sekunden seconds" },
};

static const UnitDef *
lookup_unit (const char *word)
{
  for (guint u = 0; u < G_N_ELEMENTS (units); u++)
    {
      const char *forms = units[u].forms;
      gsize len = strlen (word);

      for (const char *f = forms; *f != '\0';)
        {
          const char *sp = strchr (f, ' ');
          gsize flen = sp ? (gsize)(sp - f) : strlen (f);

          if (flen == len && strncmp (f, word, len) == 0)
            return &units[u];
          f += flen;
          while (*f == ' ')
            f++;
        }
    }
  return NULL;
}

typedef struct
{
  const char *word;
  double      value;
  gboolean    abbrev;   /* may take a full stop: "Mio.", "Mrd." */
} ScaleDef;

static const ScaleDef scales[] = {
  { "hundert", 1e2, FALSE }, { "hundred", 1e2, FALSE },
  { "tausend", 1e3, FALSE }, { "thousand", 1e3, FALSE },
  { "dutzend", 12, FALSE }, { "dozen", 12, FALSE },
  { "million", 1e6, FALSE }, { "millionen", 1e6, FALSE }, { "mio", 1e6, TRUE },
  { "mn", 1e6, FALSE },
  { "milliarde", 1e9, FALSE }, { "milliarden", 1e9, FALSE }, { "mrd", 1e9, TRUE },
  { "bn", 1e9, FALSE },
  { "billionen", 1e12, FALSE }, { "trillion", 1e12, FALSE },
};

static double
lookup_scale (Ctx        *c,
              const char *word)
{
  if (g_str_equal (word, "billion"))
    return c->german && !c->english ? 1e12 : 1e9;
  for (guint s = 0; s < G_N_ELEMENTS (scales); s++)
    if (g_str_equal (word, scales[s].word))
      return scales[s].value;
  return 0;
}

/* Vague plurals: the order of magnitude they speak of. */
static const struct {
  const char *word;
  double      base;
} vague_words[] = {
  { "dutzende", 12 }, { "dutzenden", 12 }, { "dozens", 12 },
  { "hunderte", 1e2 }, { "hunderten", 1e2 }, { "hundreds", 1e2 },
  { "tausende", 1e3 }, { "tausenden", 1e3 }, { "tausender", 1e3 }, { "thousands", 1e3 },
  { "zehntausende", 1e4 }, { "zehntausenden", 1e4 }, { "zehntausender", 1e4 },
  { "hunderttausende", 1e5 }, { "hunderttausenden", 1e5 }, { "hunderttausender", 1e5 },
  { "millionen", 1e6 }, { "millions", 1e6 },
  { "milliarden", 1e9 }, { "billions", 1e9 },
};

static double
lookup_vague (const char *word)
{
  for (guint v = 0; v < G_N_ELEMENTS (vague_words); v++)
    if (g_str_equal (word, vague_words[v].word))
      return vague_words[v].base;
  return 0;
}

static const char * const vague_quantifiers[] = {
  "mehrere", "mehreren", "einige", "einigen", "wenige", "wenigen", "several", "few",
  NULL
};

typedef struct
{
  const char        *phrase;
  PxFigureQualifier  qualifier;
} QualifierDef;

static const QualifierDef qualifiers[] = {
  { "nicht mehr als", PX_FIGURE_AT_MOST }, { "no more than", PX_FIGURE_AT_MOST },
  { "not more than", PX_FIGURE_AT_MOST }, { "nicht weniger als", PX_FIGURE_AT_LEAST },
  { "no fewer than", PX_FIGURE_AT_LEAST }, { "no less than", PX_FIGURE_AT_LEAST },
  { "not less than", PX_FIGURE_AT_LEAST },
  { "mehr als", PX_FIGURE_MORE_THAN }, { "more than", PX_FIGURE_MORE_THAN },
  { "weit über", PX_FIGURE_MORE_THAN }, { "über", PX_FIGURE_MORE_THAN },
  { "well over", PX_FIGURE_MORE_THAN }, { "over", PX_FIGURE_MORE_THAN },
  { "in excess of", PX_FIGURE_MORE_THAN }, { "upwards of", PX_FIGURE_MORE_THAN },
  { "bis zu", PX_FIGURE_UP_TO }, { "up to", PX_FIGURE_UP_TO },
  { "as many as", PX_FIGURE_UP_TO }, { "as much as", PX_FIGURE_UP_TO },
  { "mindestens", PX_FIGURE_AT_LEAST }, { "wenigstens", PX_FIGURE_AT_LEAST },
  { "at least", PX_FIGURE_AT_LEAST },
  { "höchstens", PX_FIGURE_AT_MOST }, { "maximal", PX_FIGURE_AT_MOST },
  { "at most", PX_FIGURE_AT_MOST }, { "a maximum of", PX_FIGURE_AT_MOST },
  { "weniger als", PX_FIGURE_LESS_THAN }, { "knapp unter", PX_FIGURE_LESS_THAN },
  { "unter", PX_FIGURE_LESS_THAN }, { "less than", PX_FIGURE_LESS_THAN },
  { "fewer than", PX_FIGURE_LESS_THAN }, { "under", PX_FIGURE_LESS_THAN },
  { "below", PX_FIGURE_LESS_THAN },
  { "rund", PX_FIGURE_APPROX }, { "etwa", PX_FIGURE_APPROX },
  { "ungefähr", PX_FIGURE_APPROX }, { "circa", PX_FIGURE_APPROX },
  { "ca .", PX_FIGURE_APPROX }, { "zirka", PX_FIGURE_APPROX }, { "gut", PX_FIGURE_APPROX },
  { "knapp", PX_FIGURE_APPROX }, { "fast", PX_FIGURE_APPROX },
  { "nahezu", PX_FIGURE_APPROX }, { "beinahe", PX_FIGURE_APPROX },
  { "annähernd", PX_FIGURE_APPROX }, { "schätzungsweise", PX_FIGURE_APPROX },
  { "geschätzte", PX_FIGURE_APPROX }, { "geschätzt", PX_FIGURE_APPROX },
  { "an die", PX_FIGURE_APPROX }, { "um die", PX_FIGURE_APPROX },
  { "about", PX_FIGURE_APPROX }, { "around", PX_FIGURE_APPROX },
  { "roughly", PX_FIGURE_APPROX }, { "approximately", PX_FIGURE_APPROX },
  { "approx .", PX_FIGURE_APPROX }, { "some", PX_FIGURE_APPROX },
  { "nearly", PX_FIGURE_APPROX }, { "almost", PX_FIGURE_APPROX },
  { "close to", PX_FIGURE_APPROX }, { "an estimated", PX_FIGURE_APPROX },
  { "estimated", PX_FIGURE_APPROX }, { "bis", PX_FIGURE_UP_TO },
};

/* Phrases before a figure that make it a share of a total just named. */
static const char * const part_cues[] = {
  "davon", "darunter", "von ihnen", "unter ihnen", "von denen", "unter denen",
  "einschließlich", "inklusive", "of whom", "of which", "including", "among them",
  "among whom", "davon allein", "darunter allein",
  NULL
};

/* Matches a space-separated phrase of tokens ending just before @end.
 * Returns the number of tokens matched, 0 if none.
 */
static guint
match_phrase_before (Ctx        *c,
                     guint       end,
                     const char *phrase)
{
  guint n = 1;

  for (const char *p = phrase; *p != '\0'; p++)
    n += *p == ' ';
  if (n > end)
    return 0;

  for (guint k = 0; k < n; k++)
    {
      Token *tok = TOK (c, end - n + k);
      const char *sp = strchr (phrase, ' ');
      gsize len = sp != NULL ? (gsize)(sp - phrase) : strlen (phrase);

      if (strlen (tok->lower) != len || strncmp (tok->lower, phrase, len) != 0)
        return 0;
      /* "ca." is one abbreviation, not a word and a full stop. */
      if (k > 0 && tok->type == TOK_PUNCT && !adjacent (c, end - n + k - 1, end - n + k))
        return 0;
      phrase += len + (sp != NULL);
    }
  return n;
}

/* Number words ------------------------------------------------------------ */

static gboolean
eat (const char **p,
     const char  *prefix)
{
  gsize len;

  /* Most calls fail on the first letter: test it before measuring. */
  if (**p != prefix[0])
    return FALSE;
  len = strlen (prefix);

  if (strncmp (*p, prefix, len) == 0)
    {
      *p += len;
      return TRUE;
    }
  return FALSE;
}

static gboolean
de_below100 (const char **p,
             double      *value)
{
  static const struct { const char *w; int v; } tens[] = {
    { "zwanzig", 20 }, { "dreißig", 30 }, { "dreissig", 30 }, { "vierzig", 40 },
    { "fünfzig", 50 }, { "sechzig", 60 }, { "siebzig", 70 }, { "achtzig", 80 },
    { "neunzig", 90 },
  };
  static const struct { const char *w; int v; } teens[] = {
    { "dreizehn", 13 }, { "vierzehn", 14 }, { "fünfzehn", 15 }, { "sechzehn", 16 },
    { "siebzehn", 17 }, { "achtzehn", 18 }, { "neunzehn", 19 }, { "zwölf", 12 },
    { "elf", 11 }, { "zehn", 10 },
  };
  static const struct { const char *w; int v; } ones[] = {
    { "zwei", 2 }, { "drei", 3 }, { "vier", 4 }, { "fünf", 5 }, { "sechs", 6 },
    { "sieben", 7 }, { "acht", 8 }, { "neun", 9 }, { "ein", 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (tens); i++)
    if (eat (p, tens[i].w))
      {
        *value = tens[i].v;
        return TRUE;
      }
  for (guint i = 0; i < G_N_ELEMENTS (teens); i++)
    if (eat (p, teens[i].w))
      {
        *value = teens[i].v;
        return TRUE;
      }
  for (guint i = 0; i < G_N_ELEMENTS (ones); i++)
    if (eat (p, ones[i].w))
      {
        const char *save = *p;

        *value = ones[i].v;
        if (eat (p, "und"))
          {
            for (guint t = 0; t < G_N_ELEMENTS (tens); t++)
              if (eat (p, tens[t].w))
                {
                  *value += tens[t].v;
                  return TRUE;
                }
            *p = save;
          }
        return TRUE;
      }
  return FALSE;
}

static gboolean
de_below1000 (const char **p,
              double      *value)
{
  const char *save = *p;
  double v = 0;

  if (de_below100 (p, &v) && eat (p, "hundert"))
    {
      double rest = 0;

      *value = v * 100;
      if (de_below100 (p, &rest))
        *value += rest;
      return TRUE;
    }
  *p = save;
  if (eat (p, "hundert"))
    {
      double rest = 0;

      *value = 100;
      if (de_below100 (p, &rest))
        *value += rest;
      return TRUE;
    }
  return de_below100 (p, value);
}

/* The first two letters of every number word we read: most words are
 * turned away here, before the parsers try each of their tables.
 */
static gboolean
may_be_number_word (const char *word)
{
  /* By first letter, the second letters that may follow. */
  static const char * const seconds[26] = {
    ['a' - 'a'] = "cn", ['b' - 'a'] = "i", ['d' - 'a'] = "oru", ['e' - 'a'] = "il",
    ['f' - 'a'] = "io", ['h' - 'a'] = "u", ['m' - 'a'] = "i", ['n' - 'a'] = "ei",
    ['o' - 'a'] = "n", ['s' - 'a'] = "ei", ['t' - 'a'] = "aehw", ['v' - 'a'] = "i",
    ['z' - 'a'] = "ew",
  };
  const char *allowed;

  if (word[0] < 'a' || word[0] > 'z' || (allowed = seconds[word[0] - 'a']) == NULL)
    return FALSE;
  /* "fü" (fünf): the second letter is not ASCII. */
  if (word[0] == 'f' && g_str_has_prefix (word, "fü"))
    return TRUE;
  return word[1] != '\0' && strchr (allowed, word[1]) != NULL;
}

/* "zwölftausend", "einhundert", "zweiundzwanzig", "zweieinhalb": a German
 * number is one word, read here by recursive descent.
 */
static gboolean
parse_de_number_word (const char *word,
                      double     *value)
{
  const char *p = word;
  double v = 0;

  if (!may_be_number_word (word))
    return FALSE;
  if (g_str_equal (word, "anderthalb"))
    {
      *value = 1.5;
      return TRUE;
    }

  if (!de_below1000 (&p, &v))
    {
      if (!eat (&p, "tausend"))
        return FALSE;
      v = 1000;
    }
  else if (eat (&p, "tausend"))
    v *= 1000;
  else
    goto tail;

  {
    double rest = 0;

    if (de_below1000 (&p, &rest))
      v += rest;
  }

tail:
  if (eat (&p, "einhalb"))
    v += 0.5;
  if (*p != '\0')
    return FALSE;
  /* "ein" alone is an article far more often than a count. */
  if (v < 1.5 && !g_str_equal (word, "eineinhalb"))
    return FALSE;
  *value = v;
  return TRUE;
}

static int
en_small_number (const char *word)
{
  static const char * const small[] = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
    "seventeen", "eighteen", "nineteen", NULL
  };
  static const char * const tens[] = {
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", NULL
  };

  for (int i = 1; small[i] != NULL; i++)
    if (g_str_equal (word, small[i]))
      return i;
  for (int i = 0; tens[i] != NULL; i++)
    if (g_str_equal (word, tens[i]))
      return (i + 2) * 10;
  return 0;
}

/**
 * _px_figure_read_number_word:
 * @fold: one lower-case word
 * @german: whether to read it as German
 * @value: (out): the number, or the order of magnitude of a vague plural
 * @vague: (out): whether @fold is a vague plural ("Tausende", "dozens")
 *
 * Reads a number written as one word ("elftausend", "zweieinhalb",
 * "eleven"), for the aligner, which compares such numbers with digits.
 *
 * Returns: whether @fold is a number word
 */
gboolean
_px_figure_read_number_word (const char *fold,
                             gboolean    german,
                             double     *value,
                             gboolean   *vague)
{
  double v;

  *vague = FALSE;
  if (!may_be_number_word (fold))
    return FALSE;
  if ((v = lookup_vague (fold)) > 0)
    {
      *value = v;
      *vague = TRUE;
      return TRUE;
    }
  if (german)
    return parse_de_number_word (fold, value);
  if ((v = en_small_number (fold)) > 1)
    {
      *value = v;
      return TRUE;
    }
  return FALSE;
}

/**
 * _px_figure_read_scale_word:
 * @fold: one lower-case word
 * @german: whether to read it as German
 *
 * Returns: the factor of a scale word after a number ("50 Millionen",
 *   "2 bn"), or 0
 */
double
_px_figure_read_scale_word (const char *fold,
                            gboolean    german)
{
  Ctx c = { 0, };

  c.german = german;
  c.english = !german;
  if (g_str_equal (fold, "dutzend") || g_str_equal (fold, "dozen"))
    return 0;
  return lookup_scale (&c, fold);
}

/* Reading numbers ------------------------------------------------------- */

/* Reads a digit string in the article's convention. A lone separator
 * before exactly three digits ("1.500", "1,500") is ambiguous: the
 * language decides, and the other reading is kept for the caller, who
 * knows whether a count (never three decimals) follows.
 */
static gboolean
parse_digits (Ctx        *c,
              const char *raw,
              double     *value,
              double     *alt,
              gboolean   *ambiguous)
{
  GString *clean = g_string_new (NULL);
  gboolean spaced = FALSE;
  guint n_dot = 0, n_comma = 0;
  const char *last_sep = NULL;
  char decimal = 0;
  g_auto(GStrv) groups = NULL;
  g_autofree char *digits = NULL;
  gboolean ok = TRUE;

  *ambiguous = FALSE;
  for (const char *p = raw; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);

      if (is_group_space (ch))
        spaced = TRUE;
      else
        {
          if (ch == '.')
            n_dot++;
          if (ch == ',')
            n_comma++;
          g_string_append_unichar (clean, ch);
        }
    }
  digits = g_string_free (clean, FALSE);
  last_sep = strpbrk (digits, ".,") ? digits + strcspn (digits, ".,") : NULL;
  for (const char *p = digits; *p != '\0'; p++)
    if (*p == '.' || *p == ',')
      last_sep = p;

  if (n_dot > 0 && n_comma > 0)
    decimal = *last_sep;
  else if (spaced && (n_dot + n_comma) == 1)
    decimal = *last_sep;
  else if (n_dot + n_comma >= 2)
    decimal = 0;
  else if (n_dot + n_comma == 1)
    {
      gsize before = last_sep - digits;
      gsize after = strlen (last_sep + 1);

      if (after != 3 || before > 3 || digits[0] == '0')
        decimal = *last_sep;
      else
        {
          char lang_decimal = c->english && !c->german ? '.' : c->german && !c->english ? ',' : 0;

          *ambiguous = TRUE;
          decimal = lang_decimal == *last_sep ? *last_sep : 0;
        }
    }

  /* Validate the groups of a grouped number: "1.2.3" is no number. */
  {
    g_autofree char *integer_part = NULL;
    const char *dec = decimal ? strrchr (digits, decimal) : NULL;
    g_autofree char *fraction = NULL;
    GString *plain = g_string_new (NULL);

    integer_part = dec ? g_strndup (digits, dec - digits) : g_strdup (digits);
    fraction = dec ? g_strdup (dec + 1) : NULL;
    groups = g_strsplit_set (integer_part, ".,", -1);
    for (guint g = 0; groups[g] != NULL; g++)
      {
        gsize len = strlen (groups[g]);

        if ((g == 0 && (len == 0 || (groups[1] != NULL && len > 3))) ||
            (g > 0 && len != 3))
          ok = FALSE;
        g_string_append (plain, groups[g]);
      }
    if (fraction != NULL && (strchr (fraction, '.') || strchr (fraction, ',')))
      ok = FALSE;
    if (fraction != NULL)
      {
        g_string_append_c (plain, '.');
        g_string_append (plain, fraction);
      }
    *value = g_ascii_strtod (plain->str, NULL);
    g_string_free (plain, TRUE);
  }

  if (*ambiguous)
    {
      g_autofree char *swapped = g_strdup (digits);
      char *sep = strpbrk (swapped, ".,");

      if (decimal != 0)
        {
          /* Reading as decimal; the alternative is the grouped integer. */
          memmove (sep, sep + 1, strlen (sep));
          *alt = g_ascii_strtod (swapped, NULL);
        }
      else
        {
          *sep = '.';
          *alt = g_ascii_strtod (swapped, NULL);
        }
    }

  return ok;
}

static gboolean
is_month (Token *tok)
{
  return tok->type == TOK_WORD && tok->cap && in_list (tok->lower, month_names);
}

static gboolean
is_german_context (Ctx *c)
{
  return c->german || !c->english;
}

/* A capitalised German number word is a noun ("die Elf", "außer Acht"),
 * unless it opens the sentence or follows a mark or a hedge.
 */
static gboolean
capital_number_word_ok (Ctx   *c,
                        guint  i)
{
  Token *tok = TOK (c, i);

  if (!tok->cap || !c->german)
    return TRUE;
  if (i == 0)
    return TRUE;
  return TOK (c, i - 1)->type != TOK_WORD || TOK (c, i - 1)->cap;
}

static gboolean
scale_after (Ctx    *c,
             guint   j,
             double *scale,
             guint  *next)
{
  double s;

  if (j >= N_TOK (c) || TOK (c, j)->type != TOK_WORD)
    return FALSE;
  s = lookup_scale (c, TOK (c, j)->lower);
  if (s == 0)
    return FALSE;
  *scale = s;
  *next = j + 1;
  if (tok_punct (c, j + 1, '.') && adjacent (c, j, j + 1))
    {
      for (guint s2 = 0; s2 < G_N_ELEMENTS (scales); s2++)
        if (scales[s2].abbrev && g_str_equal (scales[s2].word, TOK (c, j)->lower))
          *next = j + 2;
    }
  return TRUE;
}

/* Reads the number starting at token @i: digits, number words, "a dozen",
 * vague plurals; then any scale words. Returns FALSE when there is none.
 */
static gboolean
read_number (Ctx    *c,
             guint   i,
             Number *num)
{
  Token *tok = TOK (c, i);
  guint j = i + 1;
  double scale;

  memset (num, 0, sizeof *num);
  num->first = i;

  if (tok->type == TOK_NUM)
    {
      if (!parse_digits (c, tok->lower, &num->value, &num->alt_value, &num->ambiguous))
        return FALSE;
      num->digits = TRUE;
      num->plain_integer = strspn (tok->lower, "0123456789") == strlen (tok->lower);
      num->n_digits = strlen (tok->lower);

      /* "300km", "5G", "1990s", "3rd" */
      if (adjacent (c, i, j) && TOK (c, j)->type == TOK_WORD)
        {
          const char *suffix = TOK (c, j)->lower;
          const UnitDef *unit = lookup_unit (suffix);
          double s = lookup_scale (c, suffix);

          if (s != 0 && (g_str_equal (suffix, "bn") || g_str_equal (suffix, "mn") ||
                         g_str_equal (suffix, "mio") || g_str_equal (suffix, "mrd")))
            {
              num->value *= s;
              num->scaled = TRUE;
              num->ambiguous = FALSE;
              j++;
            }
          else if (g_str_equal (suffix, "m") && i > 0 && TOK (c, i - 1)->type == TOK_PUNCT &&
                   lookup_unit (TOK (c, i - 1)->lower) != NULL &&
                   lookup_unit (TOK (c, i - 1)->lower)->kind == PX_FIGURE_KIND_MONEY)
            {
              /* "$3m" is money, "3m" is a length. */
              num->value *= 1e6;
              num->scaled = TRUE;
              num->ambiguous = FALSE;
              j++;
            }
          else if (unit != NULL && unit->kind != PX_FIGURE_KIND_DURATION)
            {
              num->glued_unit = unit->unit;
              j++;
            }
          else
            return FALSE;
        }
    }
  else if (tok->type == TOK_WORD)
    {
      double v = 0;
      double base;

      if ((base = lookup_vague (tok->lower)) != 0)
        {
          /* "tens of thousands", "Tausende", "Dutzende Milliarden" */
          num->vague = TRUE;
          num->value = base;
          if (tok_word (c, j, "of") && j + 1 < N_TOK (c) &&
              (base = lookup_vague (TOK (c, j + 1)->lower)) != 0)
            {
              num->value *= base;
              j += 2;
            }
          else if (j < N_TOK (c) && (base = lookup_vague (TOK (c, j)->lower)) >= 1e6)
            {
              num->value *= base;
              j++;
            }
        }
      else if (tok_word (c, i, "tens") && tok_word (c, j, "of") && j + 1 < N_TOK (c) &&
               (base = lookup_vague (TOK (c, j + 1)->lower)) != 0)
        {
          num->vague = TRUE;
          num->value = base * 10;
          j += 2;
        }
      else if (in_list (tok->lower, vague_quantifiers) ||
               (tok_word (c, i, "a") && tok_word (c, j, "few")) ||
               (tok_word (c, i, "ein") && tok_word (c, j, "paar")))
        {
          /* "mehrere Hundert", "a few thousand", "wenige Wochen" */
          guint k = in_list (tok->lower, vague_quantifiers) ? j : j + 1;
          const UnitDef *unit;

          if (k < N_TOK (c) && scale_after (c, k, &scale, &j))
            {
              num->vague = TRUE;
              num->value = scale;
              if (scale_after (c, j, &scale, &j))
                num->value *= scale;
              num->next = j;
              return TRUE;
            }
          if (k < N_TOK (c) && TOK (c, k)->type == TOK_WORD &&
              (unit = lookup_unit (TOK (c, k)->lower)) != NULL &&
              unit->kind == PX_FIGURE_KIND_DURATION && strlen (TOK (c, k)->lower) > 3)
            {
              num->vague = TRUE;
              num->value = 1;
              num->next = k;
              return TRUE;
            }
          return FALSE;
        }
      else if (in_list (tok->lower, (const char * const[]) { "a", "an", "one", "ein", "eine",
                                                             "einem", "einer", "einen", NULL }))
        {
          /* "a dozen", "eine Million", "one hundred": the article counts
           * only before a scale word.
           */
          if (!scale_after (c, j, &scale, &j))
            return FALSE;
          num->value = scale;
          num->scaled = TRUE;
        }
      else if (is_german_context (c) && parse_de_number_word (tok->lower, &v) &&
               capital_number_word_ok (c, i))
        num->value = v;
      else if (c->english || !c->german)
        {
          double total = 0, current = 0;
          gboolean any = FALSE;
          int small;

          j = i;
          for (;;)
            {
              if (j < N_TOK (c) && TOK (c, j)->type == TOK_WORD &&
                  (small = en_small_number (TOK (c, j)->lower)) != 0)
                {
                  current += small;
                  any = TRUE;
                  j++;
                  if (tok_punct (c, j, '-') && adjacent (c, j - 1, j) && adjacent (c, j, j + 1) &&
                      en_small_number (TOK (c, j + 1)->lower) != 0)
                    j++;
                  continue;
                }
              if (any && tok_word (c, j, "hundred"))
                {
                  current = MAX (current, 1) * 100;
                  j++;
                  if (tok_word (c, j, "and") && j + 1 < N_TOK (c) &&
                      en_small_number (TOK (c, j + 1)->lower) != 0)
                    j++;
                  continue;
                }
              if (any && tok_word (c, j, "thousand"))
                {
                  total += MAX (current, 1) * 1000;
                  current = 0;
                  j++;
                  continue;
                }
              break;
            }
          if (!any)
            return FALSE;
          num->value = total + current;
          /* "one" alone is a pronoun as often as a count. */
          if (num->value < 2 && j == i + 1)
            return FALSE;
          if (j > i + 1 && (tok_word (c, i + 1, "hundred") || tok_word (c, i + 1, "thousand") ||
                            tok_word (c, j - 1, "hundred") || tok_word (c, j - 1, "thousand")))
            num->scaled = TRUE;
        }
      else
        return FALSE;
    }
  else
    return FALSE;

  /* "2,5 Millionen", "zwei Dutzend", "1.2 billion" */
  for (guint k; !num->vague && scale_after (c, j, &scale, &k);)
    {
      j = k;
      num->value *= scale;
      num->scaled = TRUE;
      num->ambiguous = FALSE;
      if (tok_word (c, j, "of") && !num->vague)
        break;
    }

  num->next = j;
  return TRUE;
}

/* What is not a quantity ---------------------------------------------- */

/* Times, dates, ordinals, phone numbers and designators. Returns TRUE when
 * the number at @i (read into @num) is one of them; *skip_to then says how
 * far the non-quantity reaches.
 */
static gboolean
is_not_quantity (Ctx    *c,
                 guint   i,
                 Number *num,
                 guint  *skip_to)
{
  Token *tok = TOK (c, i);
  guint j = num->next;

  *skip_to = MAX (j, i + 1);

  if (!num->digits)
    {
      /* "third", "dritte" never reach here; number words are quantities,
       * except before "Uhr" ("drei Uhr").
       */
      return tok_word (c, j, "uhr") || tok_word (c, j, "o");
    }

  /* Glued to letters before: "G7", "A320", "Blickpunkt24"; or "F-16",
   * "Covid-19". Also "+49 30 …" and "#3", "§ 5".
   */
  if (i > 0 && adjacent (c, i - 1, i))
    {
      Token *prev = TOK (c, i - 1);

      if (prev->type == TOK_WORD)
        return TRUE;
      if (prev->type == TOK_PUNCT && (prev->ch == '#' || prev->ch == '/' ||
                                     prev->ch == ':' || prev->ch == 0x2116))
        return TRUE;
      if (tok_dash (c, i - 1) && i > 1 && adjacent (c, i - 2, i - 1) &&
          TOK (c, i - 2)->type == TOK_WORD)
        return TRUE;
    }
  if (i > 0 && tok_punct (c, i - 1, 0x00A7))
    return TRUE;

  /* Leading zero or a plus: phone numbers, codes ("030 …", "+49 30 …",
   * "007"); not "0,5". The groups that follow belong to it.
   */
  if ((tok->lower[0] == '0' && g_ascii_isdigit (tok->lower[1])) ||
      (i > 0 && tok_punct (c, i - 1, '+') && adjacent (c, i - 1, i)))
    {
      guint k = i + 1;

      while (k < N_TOK (c) && (TOK (c, k)->type == TOK_NUM || tok_dash (c, k) ||
                               tok_punct (c, k, '/')))
        k++;
      *skip_to = k;
      return TRUE;
    }
  /* Long plain digit runs are identifiers, not counts. */
  if (num->plain_integer && num->n_digits >= 7)
    return TRUE;

  /* "18:30", "3:1", "24/7", "3/2026", "2026-03-14" */
  if ((tok_punct (c, i + 1, ':') || tok_punct (c, i + 1, '/')) && adjacent (c, i, i + 1) &&
      i + 2 < N_TOK (c) && TOK (c, i + 2)->type == TOK_NUM && adjacent (c, i + 1, i + 2))
    {
      *skip_to = i + 3;
      return TRUE;
    }
  if (tok_dash (c, i + 1) && adjacent (c, i, i + 1) && num->n_digits == 4 && num->plain_integer &&
      i + 2 < N_TOK (c) && TOK (c, i + 2)->type == TOK_NUM && adjacent (c, i + 1, i + 2) &&
      strlen (TOK (c, i + 2)->lower) == 2)
    {
      *skip_to = i + 3;
      if (tok_dash (c, i + 3) && adjacent (c, i + 2, i + 3) && i + 4 < N_TOK (c) &&
          TOK (c, i + 4)->type == TOK_NUM && adjacent (c, i + 3, i + 4))
        *skip_to = i + 5;
      return TRUE;
    }

  /* "14.03.2026", "14.3." */
  {
    const char *raw = tok->lower;
    guint d1 = strspn (raw, "0123456789");

    if (d1 >= 1 && d1 <= 2 && raw[d1] == '.')
      {
        guint d2 = strspn (raw + d1 + 1, "0123456789");

        if (d2 >= 1 && d2 <= 2 && (raw[d1 + 1 + d2] == '.' ||
                                   (raw[d1 + 1 + d2] == '\0' && tok_punct (c, i + 1, '.') &&
                                    adjacent (c, i, i + 1) && c->german)))
          return TRUE;
      }
  }

  /* Ordinals: "3rd", "20th" (caught as glued words above since read_number
   * refuses them); German "3. Mal", "4. Konferenz", "11. März".
   */
  if (c->german && num->plain_integer && num->n_digits <= 3 && tok_punct (c, i + 1, '.') &&
      adjacent (c, i, i + 1) && i + 2 < N_TOK (c) &&
      (TOK (c, i + 2)->type == TOK_WORD || TOK (c, i + 2)->type == TOK_NUM))
    {
      *skip_to = i + 2;
      return TRUE;
    }

  /* Times of day: "18 Uhr", "18.30 Uhr", "6 p.m.", "6pm", "6 o'clock". */
  if (tok_word (c, j, "uhr") || tok_word (c, j, "pm") || (tok_word (c, j, "am") && c->english) ||
      tok_word (c, j, "o") || (tok_word (c, j, "h") && adjacent (c, j - 1, j)))
    {
      *skip_to = j + 1;
      return TRUE;
    }
  if ((tok_word (c, j, "p") || tok_word (c, j, "a")) && tok_punct (c, j + 1, '.') &&
      adjacent (c, j, j + 1) && tok_word (c, j + 2, "m") && adjacent (c, j + 1, j + 2))
    {
      *skip_to = j + 3;
      return TRUE;
    }

  /* Dates: "March 3", "3 March", "3rd of March", "August 2002". */
  if (i > 0 && is_month (TOK (c, i - 1)))
    return TRUE;
  if (i > 1 && tok_punct (c, i - 1, '.') && is_month (TOK (c, i - 2)))
    return TRUE;
  if (j < N_TOK (c) && is_month (TOK (c, j)) && !num->scaled)
    return TRUE;
  if (tok_word (c, j, "of") && j + 1 < N_TOK (c) && is_month (TOK (c, j + 1)))
    return TRUE;

  /* Designators: "Artikel 5", "Nr. 3", "Buslinie 912", "Windows 11". */
  if (i > 0)
    {
      guint p = i - 1;
      Token *prev;

      if (tok_punct (c, p, '.') && p > 0)
        p--;
      prev = TOK (c, p);
      if (prev->type == TOK_WORD)
        {
          if (in_list (prev->lower, designator_words))
            return TRUE;
          for (guint s = 0; designator_suffixes[s] != NULL; s++)
            if (g_str_has_suffix (prev->lower, designator_suffixes[s]))
              return TRUE;
        }
    }

  return FALSE;
}

/* Units and counted nouns -------------------------------------------- */

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

typedef struct
{
  const char   *unit;     /* a normalised unit, or NULL */
  PxFigureKind  kind;
  guint         noun;     /* token of the noun or unit, G_MAXUINT if none */
  guint         end;      /* token after the unit */
} UnitMatch;

static gboolean
match_unit_at (Ctx       *c,
               guint      j,
               UnitMatch *m)
{
  Token *tok;
  const UnitDef *unit;

  if (j >= N_TOK (c))
    return FALSE;
  tok = TOK (c, j);

  /* "US-Dollar", "per cent", "percentage points" */
  if (tok_word (c, j, "us") && tok_dash (c, j + 1) && tok_word (c, j + 2, "dollar"))
    {
      m->unit = "USD", m->kind = PX_FIGURE_KIND_MONEY, m->noun = j + 2, m->end = j + 3;
      return TRUE;
    }
  if (tok_word (c, j, "per") && tok_word (c, j + 1, "cent"))
    {
      m->unit = "%", m->kind = PX_FIGURE_KIND_PERCENT, m->noun = j + 1, m->end = j + 2;
      return TRUE;
    }
  if (tok_word (c, j, "percentage") && tok_word (c, j + 1, "points"))
    {
      m->unit = "pp", m->kind = PX_FIGURE_KIND_PERCENT, m->noun = j + 1, m->end = j + 2;
      return TRUE;
    }
  if ((tok_word (c, j, "square") && (unit = lookup_unit (TOK (c, MIN (j + 1, N_TOK (c) - 1))->lower)) &&
       j + 1 < N_TOK (c) && unit->kind == PX_FIGURE_KIND_DISTANCE))
    {
      m->unit = g_str_equal (unit->unit, "km") ? "km²" : "m²";
      m->kind = PX_FIGURE_KIND_OTHER, m->noun = j + 1, m->end = j + 2;
      return TRUE;
    }

  /* Single-letter units only as abbreviations in lower case ("3 m", "5 t"),
   * and month-like or name-like capitals are no units.
   */
  if ((unit = lookup_unit (tok->lower)) != NULL)
    {
      if (strlen (tok->lower) <= 2 && tok->type == TOK_WORD && tok->has_upper &&
          !g_str_equal (tok->lower, "eur"))
        return FALSE;
      m->unit = unit->unit;
      m->kind = unit->kind;
      m->noun = j;
      m->end = j + 1;
      /* A speed: "150 km/h", "150 Kilometer pro Stunde", "150 km per hour" */
      if (g_str_equal (unit->unit, "km") &&
          ((tok_punct (c, j + 1, '/') && tok_word (c, j + 2, "h")) ||
           ((tok_word (c, j + 1, "pro") || tok_word (c, j + 1, "per") || tok_word (c, j + 1, "an")) &&
            (tok_word (c, j + 2, "stunde") || tok_word (c, j + 2, "hour")))))
        {
          m->unit = "km/h";
          m->kind = PX_FIGURE_KIND_OTHER;
          m->end = j + 3;
        }
      if (tok_punct (c, j + 1, '.') && adjacent (c, j, j + 1) &&
          (g_str_equal (tok->lower, "std") || g_str_equal (tok->lower, "min")))
        m->end++;
      return TRUE;
    }
  return FALSE;
}

/* Finds the unit or counted noun after a number, skipping adjectives:
 * "10.000 nordkoreanische Soldaten", "two senior officials".
 */
static void
find_unit (Ctx       *c,
           guint      j,
           UnitMatch *m)
{
  m->unit = NULL;
  m->kind = PX_FIGURE_KIND_OTHER;
  m->noun = G_MAXUINT;
  m->end = j;

  if (match_unit_at (c, j, m))
    return;

  /* "2,400-hectare", "30-Tonnen-Lkw" */
  if (tok_dash (c, j) && adjacent (c, j - 1, j) && adjacent (c, j, j + 1) &&
      j + 1 < N_TOK (c) && TOK (c, j + 1)->type == TOK_WORD)
    {
      if (match_unit_at (c, j + 1, m))
        return;
      m->noun = j + 1;
      m->kind = PX_FIGURE_KIND_COUNT;
      m->end = j + 2;
      return;
    }

  /* "Tausende von Menschen", "thousands of people" */
  if ((tok_word (c, j, "von") || tok_word (c, j, "of")) && j > 0 &&
      TOK (c, j - 1)->type == TOK_WORD && lookup_vague (TOK (c, j - 1)->lower) != 0)
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
              if (is_month (tok) || g_str_equal (tok->lower, "uhr") ||
                  lookup_vague (tok->lower) != 0 || lookup_scale (c, tok->lower) != 0)
                break;
              if (match_unit_at (c, k, m))
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
          if (match_unit_at (c, k, m))
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

static char *
stem_noun (Ctx        *c,
           const char *lower)
{
  const sb_symbol *stem;

  /* Made on first use: most sentences count nothing. */
  if (c->stemmer == NULL)
    c->stemmer = sb_stemmer_new (language_stemmer (c->language), NULL);
  if (c->stemmer == NULL)
    return g_strdup (lower);
  stem = sb_stemmer_stem (c->stemmer, (const sb_symbol *)lower, strlen (lower));
  if (stem == NULL)
    return g_strdup (lower);
  return g_strndup ((const char *)stem, sb_stemmer_length (c->stemmer));
}

/* Currency written before the number: "€30", "$1.2 billion", "US$ 5",
 * "EUR 30". Returns the token where it starts, or @i.
 */
static guint
currency_before (Ctx         *c,
                 guint        i,
                 const char **unit)
{
  const UnitDef *def;

  if (i == 0)
    return i;
  def = lookup_unit (TOK (c, i - 1)->lower);
  if (def == NULL || def->kind != PX_FIGURE_KIND_MONEY)
    return i;
  if (TOK (c, i - 1)->type == TOK_WORD && !g_str_equal (TOK (c, i - 1)->lower, "eur") &&
      !g_str_equal (TOK (c, i - 1)->lower, "usd") && !g_str_equal (TOK (c, i - 1)->lower, "chf") &&
      !g_str_equal (TOK (c, i - 1)->lower, "gbp"))
    return i;
  *unit = def->unit;
  if (tok_punct (c, i - 1, '$') && i > 1 && tok_word (c, i - 2, "us") && adjacent (c, i - 2, i - 1))
    return i - 2;
  return i - 1;
}

/* The hedges right before a figure, outermost last: "bis zu rund". */
static guint
qualifiers_before (Ctx               *c,
                   guint              i,
                   gboolean          *found,
                   PxFigureQualifier *qualifier,
                   gboolean          *approximate)
{
  *found = FALSE;
  *approximate = FALSE;
  *qualifier = PX_FIGURE_EXACT;

  for (guint round = 0; round < 2; round++)
    {
      guint best = 0;
      const QualifierDef *best_def = NULL;

      for (guint q = 0; q < G_N_ELEMENTS (qualifiers); q++)
        {
          guint n = match_phrase_before (c, i, qualifiers[q].phrase);

          if (n > best)
            {
              best = n;
              best_def = &qualifiers[q];
            }
        }
      if (best_def == NULL)
        break;

      if (best_def->qualifier == PX_FIGURE_APPROX)
        {
          if (*found && *qualifier != PX_FIGURE_APPROX)
            break;
          *approximate = TRUE;
          if (!*found)
            *qualifier = PX_FIGURE_APPROX;
        }
      else
        {
          if (*found && *qualifier != PX_FIGURE_APPROX)
            break;
          *qualifier = best_def->qualifier;
        }
      *found = TRUE;
      i -= best;
    }

  if (*qualifier == PX_FIGURE_APPROX)
    *approximate = FALSE;
  return i;
}

/* "about 1,000 of them", "1.000 davon" */
static gboolean
part_cue_after (Ctx   *c,
                guint  j)
{
  return tok_word (c, j, "davon") ||
         (tok_word (c, j, "of") && (tok_word (c, j + 1, "them") || tok_word (c, j + 1, "those") ||
                                    tok_word (c, j + 1, "whom")));
}

static double
fraction_denominator (const char *word)
{
  static const struct {
    const char *word;
    double      denominator;
  } fractions[] = {
    { "drittel", 3 }, { "viertel", 4 }, { "fünftel", 5 }, { "sechstel", 6 },
    { "achtel", 8 }, { "zehntel", 10 }, { "thirds", 3 }, { "third", 3 },
    { "quarters", 4 }, { "fifths", 5 }, { "tenths", 10 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fractions); i++)
    if (g_str_equal (word, fractions[i].word))
      return fractions[i].denominator;
  return 0;
}

static gboolean
part_cue_before (Ctx   *c,
                 guint  i)
{
  if (i > 0 && tok_punct (c, i - 1, ','))
    i--;
  for (guint p = 0; part_cues[p] != NULL; p++)
    if (match_phrase_before (c, i, part_cues[p]) > 0)
      return TRUE;
  return FALSE;
}

/* Ranges ------------------------------------------------------------------ */

/* After the number in @left, a connector and a second number make a range:
 * "10.000 bis 12.000", "10,000-12,000", "zwischen 10 und 12", "from 10 to
 * 12". Returns TRUE and fills @right.
 */
static gboolean
read_range (Ctx    *c,
            Number *left,
            guint   opener,
            Number *right)
{
  guint j = left->next;
  guint skip;

  if (j >= N_TOK (c) || left->vague)
    return FALSE;

  if (tok_dash (c, j))
    {
      if (left->digits != TRUE)
        return FALSE;
    }
  else if (tok_word (c, j, "bis") || tok_word (c, j, "to"))
    ;
  else if ((tok_word (c, j, "und") || tok_word (c, j, "and")) && opener != G_MAXUINT &&
           (tok_word (c, opener, "zwischen") || tok_word (c, opener, "between")))
    ;
  else
    return FALSE;

  if (j + 1 >= N_TOK (c) || !read_number (c, j + 1, right) || right->vague)
    return FALSE;
  if (is_not_quantity (c, j + 1, right, &skip))
    return FALSE;

  /* "zwei bis drei Millionen": the scale is shared. */
  if (right->scaled && !left->scaled && left->value < right->value)
    {
      double factor = 1;

      for (guint k = j + 2; k < right->next; k++)
        {
          double s = lookup_scale (c, TOK (c, k)->lower);

          if (s != 0)
            factor *= s;
        }
      left->value *= factor;
      left->ambiguous = FALSE;
      left->scaled = TRUE;
    }

  return TRUE;
}

/* Extraction -------------------------------------------------------------- */

static gboolean
is_year_shaped (Number *num)
{
  return num->digits && num->plain_integer && num->n_digits == 4 &&
         num->value >= 1000 && num->value <= 2100;
}

/* "rund 1000", "mehr als 1500", "davon 2000": a hedge that no one puts
 * before a year. "bis 2029", "über 2000" and "unter 1900" are left to the
 * year rule: those read as dates as often as amounts.
 */
static gboolean part_cue_before (Ctx *c, guint i);

static gboolean
hedged_as_amount (Ctx   *c,
                  guint  first)
{
  gboolean found, approximate;
  PxFigureQualifier qualifier;
  guint q = qualifiers_before (c, first, &found, &qualifier, &approximate);

  if (part_cue_before (c, first))
    return TRUE;
  if (!found)
    return FALSE;
  return !(q + 1 == first && (tok_word (c, q, "bis") || tok_word (c, q, "über") ||
                              tok_word (c, q, "unter") || tok_word (c, q, "over") ||
                              tok_word (c, q, "under") || tok_word (c, q, "around") ||
                              tok_word (c, q, "some")));
}

static gboolean
year_cue_before (Ctx   *c,
                 guint  i)
{
  Token *prev;

  if (i == 0)
    return FALSE;
  prev = TOK (c, i - 1);
  /* "2015 und 2016", "2015 oder 2016" */
  if (i >= 2 && (tok_word (c, i - 1, "und") || tok_word (c, i - 1, "oder") ||
                 tok_word (c, i - 1, "and") || tok_word (c, i - 1, "or") ||
                 tok_punct (c, i - 1, ',')) &&
      TOK (c, i - 2)->type == TOK_NUM && strlen (TOK (c, i - 2)->lower) == 4 &&
      strspn (TOK (c, i - 2)->lower, "0123456789") == 4)
    return TRUE;
  return prev->type == TOK_WORD && (in_list (prev->lower, season_words) || is_month (prev));
}

/**
 * px_figure_extract:
 * @text: an article's text
 * @start: first byte of the span to read (a sentence, usually)
 * @end: byte after the span
 * @language: (nullable): "de", "en", or %NULL to accept both conventions
 *
 * Finds the quantities in a span of text: counts, money, percentages,
 * lengths, durations and other measures, with their hedges, ranges and units
 * or counted nouns. Times, dates, ordinals, years, phone numbers and
 * designators ("F-16", "Artikel 5") are recognised and left out.
 *
 * Returns: (transfer container) (element-type PxFigure): the figures in text
 *   order, with byte offsets into @text
 */
GPtrArray *
px_figure_extract (const char *text,
                   gsize       start,
                   gsize       end,
                   const char *language)
{
  g_autoptr(GPtrArray) figures = g_ptr_array_new_with_free_func ((GDestroyNotify)px_figure_unref);
  g_autoptr(GArray) tokens = NULL;
  Ctx c = { 0, };
  PxFigure *last_total = NULL;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (start <= end, NULL);

  c.text = text;
  c.language = language;
  c.german = language == NULL || g_str_has_prefix (language, "de");
  c.english = language == NULL || g_str_has_prefix (language, "en");
  if (!c.german && !c.english)
    c.german = c.english = TRUE;
  tokens = tokenize (text, start, end);
  c.tokens = tokens;

  for (guint i = 0; i < N_TOK (&c);)
    {
      Number num, right;
      guint skip, first, opener = G_MAXUINT, last;
      gboolean has_range = FALSE, found_qualifier, approximate, is_part;
      PxFigureQualifier qualifier;
      const char *currency = NULL;
      UnitMatch um;
      double low, high;
      g_autofree char *stem = NULL;
      g_autofree char *noun = NULL;
      g_autofree char *figure_text = NULL;
      guint fstart, fend;
      PxFigureKind kind;
      const char *unit;
      PxFigure *figure;

      if (!read_number (&c, i, &num))
        {
          i++;
          continue;
        }
      if (is_not_quantity (&c, i, &num, &skip))
        {
          i = skip;
          continue;
        }

      first = currency_before (&c, i, &currency);

      /* "zwischen 10 und 12", also "zwischen rund 10 und 12" */
      {
        gboolean found_inner, approx_inner;
        PxFigureQualifier inner;
        guint o = qualifiers_before (&c, first, &found_inner, &inner, &approx_inner);

        if (!found_inner || inner != PX_FIGURE_APPROX)
          o = first;
        if (o > 0 && (tok_word (&c, o - 1, "zwischen") || tok_word (&c, o - 1, "between") ||
                      tok_word (&c, o - 1, "von") || tok_word (&c, o - 1, "from")))
          opener = o - 1;
      }

      if (!num.vague && read_range (&c, &num, opener, &right))
        {
          has_range = TRUE;
          if (is_year_shaped (&num) && is_year_shaped (&right))
            {
              i = right.next;
              continue;
            }
        }
      last = has_range ? right.next : num.next;

      find_unit (&c, last, &um);
      if (um.unit == NULL && um.noun == G_MAXUINT && num.glued_unit != NULL)
        {
          const UnitDef *def = lookup_unit (num.glued_unit);

          um.unit = num.glued_unit;
          um.kind = def ? def->kind : PX_FIGURE_KIND_OTHER;
          um.noun = num.next - 1;
        }
      if (currency != NULL && um.unit == NULL)
        {
          um.unit = currency;
          um.kind = PX_FIGURE_KIND_MONEY;
        }
      if (tok_punct (&c, last, '%'))
        {
          um.unit = "%";
          um.kind = PX_FIGURE_KIND_PERCENT;
          um.noun = last;
        }

      /* Years: "2002", "im Jahr 1958", "in 2023" — unless something is
       * counted ("2000 Soldaten") and no year is named before.
       */
      if (!has_range && is_year_shaped (&num) && currency == NULL &&
          (um.noun == G_MAXUINT || year_cue_before (&c, first)) &&
          !hedged_as_amount (&c, first))
        {
          i = num.next;
          continue;
        }

      /* Ages are descriptions, not counts: "der 58-Jährige", "58-year-old". */
      if (um.noun != G_MAXUINT &&
          (g_str_has_prefix (TOK (&c, um.noun)->lower, "jährig") ||
           (tok_word (&c, um.noun, "year") && tok_dash (&c, um.noun + 1) &&
            tok_word (&c, um.noun + 2, "old")) ||
           (tok_word (&c, um.noun, "years") && tok_word (&c, um.noun + 1, "old")) ||
           (um.unit != NULL && g_str_equal (um.unit, "year") && tok_word (&c, um.end, "alt"))))
        {
          i = um.end;
          continue;
        }

      /* A designator is a name with a number and nothing counted after it:
       * "Windows 11", "Apollo 13", "ICE 507". German capitalises every noun,
       * so there only an acronym-like word before the number says so.
       */
      if (num.digits && !has_range && um.noun == G_MAXUINT && um.unit == NULL &&
          currency == NULL && first > 1 && TOK (&c, first - 1)->type == TOK_WORD &&
          TOK (&c, first - 1)->has_upper && !part_cue_before (&c, first))
        {
          Token *prev = TOK (&c, first - 1);
          gboolean found_q, approx_q;
          PxFigureQualifier q;
          gboolean acronym = !prev->cap || strlen (prev->lower) <= 2 ||
                             g_unichar_isupper (g_utf8_get_char (g_utf8_next_char (c.text + prev->start)));

          if (qualifiers_before (&c, first, &found_q, &q, &approx_q) == first &&
              (acronym || !c.german))
            {
              i = num.next;
              continue;
            }
        }

      if (has_range)
        {
          PxFigureQualifier inner;
          gboolean found_inner;

          qualifier = PX_FIGURE_RANGE;
          qualifiers_before (&c, first, &found_inner, &inner, &approximate);
          approximate = found_inner && (inner == PX_FIGURE_APPROX || approximate);
          if (opener != G_MAXUINT)
            {
              gboolean approx_outer;

              first = qualifiers_before (&c, opener, &found_inner, &inner, &approx_outer);
              approximate |= found_inner && (inner == PX_FIGURE_APPROX || approx_outer);
            }
          else if (found_inner)
            first = qualifiers_before (&c, first, &found_inner, &inner, &approximate);
          found_qualifier = TRUE;
        }
      else
        {
          guint qstart = qualifiers_before (&c, first, &found_qualifier, &qualifier, &approximate);

          /* "bis" alone after "von" is no hedge: it was a range or a date. */
          if (!(found_qualifier && qualifier == PX_FIGURE_UP_TO && tok_word (&c, qstart, "bis") &&
                !tok_word (&c, qstart + 1, "zu") && qstart > 0 && tok_word (&c, qstart - 1, "von")))
            first = qstart;
          else
            found_qualifier = FALSE, qualifier = PX_FIGURE_EXACT, approximate = FALSE;
          if (num.vague)
            {
              qualifier = PX_FIGURE_VAGUE;
              approximate = FALSE;
              /* The hedge does not change a vague figure's reading. */
              first = currency_before (&c, i, &currency);
            }
        }

      is_part = part_cue_before (&c, first) || part_cue_after (&c, last);

      kind = um.unit != NULL ? um.kind : um.noun != G_MAXUINT ? PX_FIGURE_KIND_COUNT : PX_FIGURE_KIND_OTHER;
      unit = um.unit;
      if (um.unit == NULL && um.noun != G_MAXUINT)
        {
          stem = stem_noun (&c, TOK (&c, um.noun)->lower);
          unit = stem;
        }
      if (um.noun != G_MAXUINT)
        noun = g_strndup (text + TOK (&c, um.noun)->start,
                          TOK (&c, um.noun)->end - TOK (&c, um.noun)->start);

      /* "zwei Drittel", "two-thirds": a share, read as a percentage. */
      if (um.noun != G_MAXUINT && um.unit == NULL)
        {
          double denominator = fraction_denominator (TOK (&c, um.noun)->lower);

          if (denominator > 0)
            {
              num.value *= 100.0 / denominator;
              num.ambiguous = FALSE;
              if (has_range)
                right.value *= 100.0 / denominator, right.ambiguous = FALSE;
              kind = PX_FIGURE_KIND_PERCENT;
              unit = "%";
            }
        }

      /* Counts are never written with three decimals: "10,000 Soldaten" in a
       * German text is ten thousand.
       */
      if (kind == PX_FIGURE_KIND_COUNT && num.ambiguous && num.alt_value > num.value)
        num.value = num.alt_value;
      if (has_range && kind == PX_FIGURE_KIND_COUNT &&
          right.ambiguous && right.alt_value > right.value)
        right.value = right.alt_value;

      if (qualifier == PX_FIGURE_VAGUE)
        {
          low = 2 * num.value;
          high = NAN;
        }
      else if (has_range)
        {
          low = num.value;
          high = right.value;
          if (!(low < high))
            {
              /* "3-1" is a score, "10 bis 5" nothing we can read. */
              i = right.next;
              continue;
            }
        }
      else
        {
          switch (qualifier)
            {
            case PX_FIGURE_MORE_THAN:
            case PX_FIGURE_AT_LEAST:
              low = num.value, high = NAN;
              break;
            case PX_FIGURE_UP_TO:
            case PX_FIGURE_AT_MOST:
            case PX_FIGURE_LESS_THAN:
              low = NAN, high = num.value;
              break;
            default:
              low = high = num.value;
              break;
            }
        }

      /* A share without a noun of its own counts what its total counts:
       * "rund 6.500 Einsatzkräfte, davon 1.800 aus anderen Ländern".
       */
      if (is_part && unit == NULL && last_total != NULL)
        {
          g_free (stem);
          stem = g_strdup (px_figure_get_unit (last_total));
          unit = stem;
          kind = px_figure_get_kind (last_total);
          if (noun == NULL)
            noun = g_strdup (px_figure_get_noun (last_total));
        }

      fstart = TOK (&c, first)->start;
      fend = TOK (&c, last - 1)->end;
      figure_text = g_strndup (text + fstart, fend - fstart);

      figure = px_figure_new (fstart, fend, figure_text, low, high, qualifier,
                              approximate, kind, unit, noun, is_part);
      g_ptr_array_add (figures, figure);
      if (!is_part && unit != NULL)
        last_total = figure;

      i = MAX (last, i + 1);
    }

  if (c.stemmer != NULL)
    sb_stemmer_delete (c.stemmer);

  return g_steal_pointer (&figures);
}

/* Article sets ---------------------------------------------------------- */

static void
mention_clear (gpointer data)
{
  PxFigureMention *mention = data;

  g_clear_pointer (&mention->figure, px_figure_unref);
}

/**
 * px_figure_extract_articles:
 * @articles: (element-type PxArticle): an article set
 *
 * Extracts the figures of every body sentence of every article. Headings,
 * captions and boilerplate repeat or decorate the body, so they are left out.
 *
 * Returns: (transfer full) (element-type PxFigureMention): the mentions, in
 *   article and text order
 */
GArray *
px_figure_extract_articles (GPtrArray *articles)
{
  GArray *mentions;

  g_return_val_if_fail (articles != NULL, NULL);

  mentions = g_array_new (FALSE, TRUE, sizeof (PxFigureMention));
  g_array_set_clear_func (mentions, mention_clear);

  for (guint a = 0; a < articles->len; a++)
    {
      PxArticle *article = g_ptr_array_index (articles, a);
      const char *text = px_article_get_text (article);
      const PxSentence *sentences;
      guint n_sentences;

      sentences = px_article_get_sentences (article, &n_sentences);
      for (guint s = 0; s < n_sentences; s++)
        {
          g_autoptr(GPtrArray) figures = NULL;

          if (sentences[s].kind != PX_SENTENCE_BODY)
            continue;
          figures = px_figure_extract (text, sentences[s].start, sentences[s].end,
                                       px_article_get_language (article));
          for (guint f = 0; f < figures->len; f++)
            {
              PxFigureMention mention = { a, s, px_figure_ref (g_ptr_array_index (figures, f)) };

              g_array_append_val (mentions, mention);
            }
        }
    }

  return mentions;
}

static void
comparison_free (gpointer data)
{
  PxFigureComparison *comparison = data;

  g_free (comparison->quantity);
  g_clear_pointer (&comparison->mentions, g_array_unref);
  g_free (comparison->summary);
  g_free (comparison);
}

/* A figure's value on a log scale, for telling which of several figures
 * another one is closest to.
 */
static double
figure_center (PxFigure *f)
{
  double low = px_figure_get_low (f), high = px_figure_get_high (f);

  if (px_figure_get_qualifier (f) == PX_FIGURE_VAGUE)
    return log (MAX (low * 3, 1e-9));
  if (!isnan (low) && !isnan (high))
    return (log (MAX (low, 1e-9)) + log (MAX (high, 1e-9))) / 2;
  return log (MAX (isnan (low) ? high : low, 1e-9));
}

/* When one source gives two different numbers for one quantity ("7,34
 * Meter" now, "2,50 Meter" normally), they measure different things: the
 * group is split around that source's figures, and every other figure joins
 * the one nearest in value. A group where each source gives one number is
 * left whole, so that a contradiction between sources stays one.
 */
static void
split_by_source_repeats (GPtrArray *comparisons,
                         GArray    *mentions)
{
  guint n = comparisons->len;

  for (guint c = 0; c < n; c++)
    {
      PxFigureComparison *comparison = g_ptr_array_index (comparisons, c);
      GArray *members = comparison->mentions;
      g_autoptr(GArray) seeds = NULL;
      g_autoptr(GPtrArray) parts = NULL;

      /* The seeds: the largest set of mutually different figures any one
       * source gives.
       */
      for (guint k = 0; k < members->len; k++)
        {
          guint doc = g_array_index (mentions, PxFigureMention, g_array_index (members, guint, k)).document;
          g_autoptr(GArray) candidate = g_array_new (FALSE, FALSE, sizeof (guint));

          for (guint l = 0; l < members->len; l++)
            {
              guint m = g_array_index (members, guint, l);
              PxFigureMention *mention = &g_array_index (mentions, PxFigureMention, m);
              gboolean distinct = TRUE;

              if (mention->document != doc)
                continue;
              for (guint s = 0; s < candidate->len && distinct; s++)
                {
                  PxFigureMention *seed = &g_array_index (mentions, PxFigureMention,
                                                          g_array_index (candidate, guint, s));

                  /* Two different numbers from one source measure two
                   * things; a vague word next to a number ("Tausende",
                   * later "bis zu 12.000") is the same thing told twice.
                   */
                  distinct = px_figure_get_qualifier (seed->figure) != PX_FIGURE_VAGUE &&
                             px_figure_get_qualifier (mention->figure) != PX_FIGURE_VAGUE &&
                             px_figure_compare (seed->figure, mention->figure) >= PX_FIGURE_VERDICT_DIFFER;
                }
              if (distinct)
                g_array_append_val (candidate, m);
            }
          if (candidate->len >= 2 && (seeds == NULL || candidate->len > seeds->len))
            {
              g_clear_pointer (&seeds, g_array_unref);
              seeds = g_steal_pointer (&candidate);
            }
        }
      if (seeds == NULL)
        continue;

      parts = g_ptr_array_new ();
      for (guint s = 0; s < seeds->len; s++)
        g_ptr_array_add (parts, g_array_new (FALSE, FALSE, sizeof (guint)));

      for (guint k = 0; k < members->len; k++)
        {
          guint m = g_array_index (members, guint, k);
          PxFigureMention *mention = &g_array_index (mentions, PxFigureMention, m);
          double center = figure_center (mention->figure);
          double best = INFINITY;
          guint best_seed = 0;

          for (guint s = 0; s < seeds->len; s++)
            {
              guint seed_index = g_array_index (seeds, guint, s);
              PxFigureMention *seed = &g_array_index (mentions, PxFigureMention, seed_index);
              double d = seed_index == m ? -1 : fabs (figure_center (seed->figure) - center);

              if (d < best)
                best = d, best_seed = s;
            }
          g_array_append_val ((GArray *)g_ptr_array_index (parts, best_seed), m);
        }

      g_array_unref (comparison->mentions);
      comparison->mentions = g_ptr_array_index (parts, 0);
      for (guint s = 1; s < parts->len; s++)
        {
          PxFigureComparison *split = g_new0 (PxFigureComparison, 1);

          split->quantity = g_strdup (comparison->quantity);
          split->is_part = comparison->is_part;
          split->mentions = g_ptr_array_index (parts, s);
          g_ptr_array_add (comparisons, split);
        }
    }
}

/**
 * px_figure_compare_mentions:
 * @articles: (element-type PxArticle): the article set
 * @mentions: (element-type PxFigureMention): its figures
 *
 * Groups the figures by quantity across the sources and compares each
 * group. Shares of a total are grouped apart from totals. Figures without a
 * unit or counted noun cannot be told apart and are left out.
 *
 * Until alignment groups restrict comparison to parallel passages, two
 * different counts of one noun in one set (a total and an uncued
 * sub-count) land in the same group.
 *
 * Returns: (transfer full) (element-type PxFigureComparison): one entry per
 *   quantity, in order of first mention
 */
GPtrArray *
px_figure_compare_mentions (GPtrArray *articles,
                            GArray    *mentions)
{
  g_autoptr(GPtrArray) comparisons = g_ptr_array_new_with_free_func (comparison_free);

  g_return_val_if_fail (articles != NULL, NULL);
  g_return_val_if_fail (mentions != NULL, NULL);

  for (guint m = 0; m < mentions->len; m++)
    {
      PxFigureMention *mention = &g_array_index (mentions, PxFigureMention, m);
      PxFigureComparison *found = NULL;
      const char *key = px_figure_quantity_key (mention->figure);

      if (key == NULL)
        continue;

      for (guint c = 0; c < comparisons->len && found == NULL; c++)
        {
          PxFigureComparison *comparison = g_ptr_array_index (comparisons, c);
          guint first = g_array_index (comparison->mentions, guint, 0);
          PxFigureMention *other = &g_array_index (mentions, PxFigureMention, first);

          if (px_figure_same_quantity (other->figure, mention->figure))
            found = comparison;
        }

      if (found == NULL)
        {
          found = g_new0 (PxFigureComparison, 1);
          found->quantity = g_strdup (key);
          found->is_part = px_figure_get_is_part (mention->figure);
          found->mentions = g_array_new (FALSE, FALSE, sizeof (guint));
          g_ptr_array_add (comparisons, found);
        }
      g_array_append_val (found->mentions, m);
    }

  split_by_source_repeats (comparisons, mentions);

  for (guint c = 0; c < comparisons->len; c++)
    {
      PxFigureComparison *comparison = g_ptr_array_index (comparisons, c);
      g_autoptr(GPtrArray) figures = g_ptr_array_new ();
      g_autoptr(GPtrArray) sources = g_ptr_array_new ();

      for (guint k = 0; k < comparison->mentions->len; k++)
        {
          guint m = g_array_index (comparison->mentions, guint, k);
          PxFigureMention *mention = &g_array_index (mentions, PxFigureMention, m);

          g_ptr_array_add (figures, mention->figure);
          g_ptr_array_add (sources, (gpointer)px_article_get_id (g_ptr_array_index (articles,
                                                                                    mention->document)));
        }
      g_ptr_array_add (sources, NULL);
      comparison->summary = px_figure_summarize (figures, (const char * const *)sources->pdata,
                                                 &comparison->verdict);
    }

  return g_steal_pointer (&comparisons);
}
