/* px-figure-number.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-figure-number"

#include "config.h"

#include <string.h>

#include "px-figure-number-private.h"
#include "px-figure-units-private.h"

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

double
_px_figure_lookup_scale (Ctx        *c,
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

double
_px_figure_lookup_vague (const char *word)
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
gboolean
_px_figure_may_be_number_word (const char *word)
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
gboolean
_px_figure_parse_de_number (const char *word,
                            double     *value)
{
  const char *p = word;
  double v = 0;

  if (!_px_figure_may_be_number_word (word))
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

int
_px_figure_en_small_number (const char *word)
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

/* Reading numbers ------------------------------------------------------- */

/* Which separator of @digits (spaces already taken out) is the decimal
 * mark, or 0 for none. A lone separator before exactly three digits
 * ("1.500", "1,500") is ambiguous: the language decides.
 */
static char
decimal_mark (Ctx        *c,
              const char *digits,
              gboolean    spaced,
              gboolean   *ambiguous)
{
  guint n_dot = 0, n_comma = 0;
  const char *last_sep = NULL;
  char lang_decimal;

  for (const char *p = digits; *p != '\0'; p++)
    if (*p == '.' || *p == ',')
      {
        n_dot += *p == '.';
        n_comma += *p == ',';
        last_sep = p;
      }

  if ((n_dot > 0 && n_comma > 0) || (spaced && n_dot + n_comma == 1))
    return *last_sep;
  if (n_dot + n_comma != 1)
    return 0;
  if (strlen (last_sep + 1) != 3 || (gsize)(last_sep - digits) > 3 || digits[0] == '0')
    return *last_sep;

  lang_decimal = c->english && !c->german ? '.' : c->german && !c->english ? ',' : 0;
  *ambiguous = TRUE;
  return lang_decimal == *last_sep ? *last_sep : 0;
}

/* The value of @digits with @decimal as the decimal mark and the other
 * separator grouping thousands. Returns FALSE when the groups are not
 * groups of three ("1.2.3" is no number).
 */
static gboolean
grouped_value (const char *digits,
               char        decimal,
               double     *value)
{
  const char *dec = decimal ? strrchr (digits, decimal) : NULL;
  g_autofree char *integer_part = dec ? g_strndup (digits, dec - digits) : g_strdup (digits);
  const char *fraction = dec ? dec + 1 : NULL;
  g_auto(GStrv) groups = g_strsplit_set (integer_part, ".,", -1);
  g_autoptr(GString) plain = g_string_new (NULL);
  gboolean ok = TRUE;

  for (guint g = 0; groups[g] != NULL; g++)
    {
      gsize len = strlen (groups[g]);

      if ((g == 0 && (len == 0 || (groups[1] != NULL && len > 3))) || (g > 0 && len != 3))
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
  return ok;
}

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
  g_autoptr(GString) clean = g_string_new (NULL);
  gboolean spaced = FALSE;
  char decimal;
  gboolean ok;

  *ambiguous = FALSE;
  for (const char *p = raw; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);

      if (is_group_space (ch))
        spaced = TRUE;
      else
        g_string_append_unichar (clean, ch);
    }

  decimal = decimal_mark (c, clean->str, spaced, ambiguous);
  ok = grouped_value (clean->str, decimal, value);

  if (*ambiguous)
    {
      g_autofree char *swapped = g_strdup (clean->str);
      char *sep = strpbrk (swapped, ".,");

      /* Read as decimal, the alternative is the grouped integer; and the
       * other way round.
       */
      if (decimal != 0)
        memmove (sep, sep + 1, strlen (sep));
      else
        *sep = '.';
      *alt = g_ascii_strtod (swapped, NULL);
    }

  return ok;
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
  s = _px_figure_lookup_scale (c, TOK (c, j)->lower);
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

/* How one way of reading a number went. */
typedef enum
{
  READ_NOT_THIS,   /* the token is not this kind of number */
  READ_FAILED,     /* it is, but no number can be read there */
  READ_COMPLETE,   /* read, scale included */
  READ_SCALABLE,   /* read; scale words may follow */
} ReadStatus;

/* "300km", "5G", "1990s", "3rd": a word glued to the digits is a scale or
 * a unit, or makes the whole no number.
 */
static gboolean
read_glued_suffix (Ctx    *c,
                   guint   i,
                   Number *num,
                   guint  *j)
{
  const char *suffix = TOK (c, *j)->lower;
  const UnitDef *unit = _px_figure_lookup_unit (suffix);
  const UnitDef *before = i > 0 ? _px_figure_lookup_unit (TOK (c, i - 1)->lower) : NULL;
  double s = _px_figure_lookup_scale (c, suffix);

  if (!(g_str_equal (suffix, "bn") || g_str_equal (suffix, "mn") ||
        g_str_equal (suffix, "mio") || g_str_equal (suffix, "mrd")))
    s = 0;
  /* "$3m" is money, "3m" is a length. */
  if (g_str_equal (suffix, "m") && i > 0 && TOK (c, i - 1)->type == TOK_PUNCT &&
      before != NULL && before->kind == PX_FIGURE_KIND_MONEY)
    s = 1e6;

  if (s != 0)
    {
      num->value *= s;
      num->scaled = TRUE;
      num->ambiguous = FALSE;
    }
  else if (unit != NULL && unit->kind != PX_FIGURE_KIND_DURATION)
    num->glued_unit = unit->unit;
  else
    return FALSE;
  (*j)++;
  return TRUE;
}

static ReadStatus
read_digits (Ctx    *c,
             guint   i,
             Number *num,
             guint  *j)
{
  Token *tok = TOK (c, i);

  if (!parse_digits (c, tok->lower, &num->value, &num->alt_value, &num->ambiguous))
    return READ_FAILED;
  num->digits = TRUE;
  num->plain_integer = strspn (tok->lower, "0123456789") == strlen (tok->lower);
  num->n_digits = strlen (tok->lower);
  if (adjacent (c, i, *j) && TOK (c, *j)->type == TOK_WORD && !read_glued_suffix (c, i, num, j))
    return READ_FAILED;
  return READ_SCALABLE;
}

/* "Tausende", "Dutzende Milliarden", "thousands of", "tens of thousands" */
static ReadStatus
read_vague_plural (Ctx    *c,
                   guint   i,
                   Number *num,
                   guint  *j)
{
  double base;

  if ((base = _px_figure_lookup_vague (TOK (c, i)->lower)) != 0)
    {
      num->vague = TRUE;
      num->value = base;
      if (tok_word (c, *j, "of") && *j + 1 < N_TOK (c) &&
          (base = _px_figure_lookup_vague (TOK (c, *j + 1)->lower)) != 0)
        {
          num->value *= base;
          *j += 2;
        }
      else if (*j < N_TOK (c) && (base = _px_figure_lookup_vague (TOK (c, *j)->lower)) >= 1e6)
        {
          num->value *= base;
          (*j)++;
        }
      return READ_SCALABLE;
    }
  if (tok_word (c, i, "tens") && tok_word (c, *j, "of") && *j + 1 < N_TOK (c) &&
      (base = _px_figure_lookup_vague (TOK (c, *j + 1)->lower)) != 0)
    {
      num->vague = TRUE;
      num->value = base * 10;
      *j += 2;
      return READ_SCALABLE;
    }
  return READ_NOT_THIS;
}

/* "mehrere Hundert", "a few thousand", "wenige Wochen": a vague quantifier
 * counts before a scale word or a duration.
 */
static ReadStatus
read_quantifier (Ctx    *c,
                 guint   i,
                 Number *num,
                 guint  *j)
{
  gboolean quantifier = in_list (TOK (c, i)->lower, vague_quantifiers);
  guint k;
  double scale;
  const UnitDef *unit;

  if (!(quantifier || (tok_word (c, i, "a") && tok_word (c, *j, "few")) ||
        (tok_word (c, i, "ein") && tok_word (c, *j, "paar"))))
    return READ_NOT_THIS;
  k = quantifier ? *j : *j + 1;

  if (k < N_TOK (c) && scale_after (c, k, &scale, j))
    {
      num->vague = TRUE;
      num->value = scale;
      if (scale_after (c, *j, &scale, j))
        num->value *= scale;
      num->next = *j;
      return READ_COMPLETE;
    }
  if (k < N_TOK (c) && TOK (c, k)->type == TOK_WORD &&
      (unit = _px_figure_lookup_unit (TOK (c, k)->lower)) != NULL &&
      unit->kind == PX_FIGURE_KIND_DURATION && strlen (TOK (c, k)->lower) > 3)
    {
      num->vague = TRUE;
      num->value = 1;
      num->next = k;
      return READ_COMPLETE;
    }
  return READ_FAILED;
}

/* "a dozen", "eine Million", "one hundred": the article counts only before
 * a scale word.
 */
static ReadStatus
read_article_scale (Ctx    *c,
                    guint   i,
                    Number *num,
                    guint  *j)
{
  static const char * const articles[] = {
    "a", "an", "one", "ein", "eine", "einem", "einer", "einen", NULL
  };
  double scale;

  if (!in_list (TOK (c, i)->lower, articles))
    return READ_NOT_THIS;
  if (!scale_after (c, *j, &scale, j))
    return READ_FAILED;
  num->value = scale;
  num->scaled = TRUE;
  return READ_SCALABLE;
}

/* "zwölf", "twenty-five", "three hundred and six", "two thousand" */
static ReadStatus
read_english_words (Ctx    *c,
                    guint   i,
                    Number *num,
                    guint  *j)
{
  double total = 0, current = 0;
  gboolean any = FALSE;
  int small;

  for (*j = i;;)
    {
      if (*j < N_TOK (c) && TOK (c, *j)->type == TOK_WORD &&
          (small = _px_figure_en_small_number (TOK (c, *j)->lower)) != 0)
        {
          current += small;
          any = TRUE;
          (*j)++;
          if (tok_punct (c, *j, '-') && adjacent (c, *j - 1, *j) && adjacent (c, *j, *j + 1) &&
              _px_figure_en_small_number (TOK (c, *j + 1)->lower) != 0)
            (*j)++;
        }
      else if (any && tok_word (c, *j, "hundred"))
        {
          current = MAX (current, 1) * 100;
          (*j)++;
          if (tok_word (c, *j, "and") && *j + 1 < N_TOK (c) &&
              _px_figure_en_small_number (TOK (c, *j + 1)->lower) != 0)
            (*j)++;
        }
      else if (any && tok_word (c, *j, "thousand"))
        {
          total += MAX (current, 1) * 1000;
          current = 0;
          (*j)++;
        }
      else
        break;
    }
  if (!any)
    return READ_FAILED;
  num->value = total + current;
  /* "one" alone is a pronoun as often as a count. */
  if (num->value < 2 && *j == i + 1)
    return READ_FAILED;
  if (*j > i + 1 && (tok_word (c, i + 1, "hundred") || tok_word (c, i + 1, "thousand") ||
                     tok_word (c, *j - 1, "hundred") || tok_word (c, *j - 1, "thousand")))
    num->scaled = TRUE;
  return READ_SCALABLE;
}

static ReadStatus
read_number_word (Ctx    *c,
                  guint   i,
                  Number *num,
                  guint  *j)
{
  ReadStatus status;
  double v = 0;

  if ((status = read_vague_plural (c, i, num, j)) != READ_NOT_THIS ||
      (status = read_quantifier (c, i, num, j)) != READ_NOT_THIS ||
      (status = read_article_scale (c, i, num, j)) != READ_NOT_THIS)
    return status;
  if (_px_figure_is_german (c) && _px_figure_parse_de_number (TOK (c, i)->lower, &v) &&
      capital_number_word_ok (c, i))
    {
      num->value = v;
      return READ_SCALABLE;
    }
  if (c->english || !c->german)
    return read_english_words (c, i, num, j);
  return READ_FAILED;
}

/* Reads the number starting at token @i: digits, number words, "a dozen",
 * vague plurals; then any scale words. Returns FALSE when there is none.
 */
gboolean
_px_figure_read_number (Ctx    *c,
                        guint   i,
                        Number *num)
{
  Token *tok = TOK (c, i);
  guint j = i + 1;
  double scale;
  ReadStatus status;

  memset (num, 0, sizeof *num);
  num->first = i;

  if (tok->type == TOK_NUM)
    status = read_digits (c, i, num, &j);
  else if (tok->type == TOK_WORD)
    status = read_number_word (c, i, num, &j);
  else
    return FALSE;
  if (status == READ_COMPLETE || status == READ_FAILED)
    return status == READ_COMPLETE;

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
