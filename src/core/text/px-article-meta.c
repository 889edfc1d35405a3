/* px-article-meta.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-article-meta"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "px-article-meta.h"
#include "px-article-private.h"

/* What a reader calls an article: its headline, its outlet and its date.
 * Text copied from a news site carries them in its first lines, mixed with
 * time stamps and bylines ("April 4, 2026, 9:05 AM", "First Published: March
 * 9, 2026 7:40 AM EST", "Stand: 12.03.2026", "Von Anna Muster"), and the
 * outlet often only as an agency credit ("Washington (dpa) -", "(AP)",
 * "© Reuters"). These are read by their shape and by a few words every site
 * uses, never by a list of sites. What cannot be found gets a name that says
 * so: the opening words of the lead for a title, "Source C" for an outlet;
 * never the file name, which readers do not know.
 */

/* How far down and up from the ends metadata lines are looked for. */
#define HEAD_PARAGRAPHS 6
#define TAIL_PARAGRAPHS 3
#define META_LINE_MAX   120
#define HEADLINE_MAX    200

typedef enum
{
  TOK_NOISE,
  TOK_WEEKDAY,
  TOK_MONTH,
  TOK_NUMBER,
  TOK_TIME,
  TOK_DATE,
  TOK_OTHER,
} TokKind;

typedef struct
{
  TokKind kind;
  int     value;     /* month 1–12, or the number */
  int     year;      /* TOK_DATE */
  int     month;
  int     day;
} Tok;

/* Labels and fillers of date lines, and time zones and am/pm pieces. */
static const char *noise_words[] = {
  "first", "published", "posted", "updated", "last", "modified", "date", "on", "at",
  "originally", "created", "stand", "veröffentlicht", "aktualisiert", "erschienen", "erstellt",
  "geändert", "article", "artikel", "for", "immediate", "release", "am", "um", "zuletzt",
  "publiziert", "datum", "uhr", "h", "pm", "a.m", "p.m", "a", "p", "m", "-", "–", "—", "/", "@",
  ":", "et", "pt", "edt", "est", "pdt", "pst", "cdt", "cst", "mdt", "mst", "gmt", "utc", "bst",
  "cet", "cest", "mez", "mesz", "ist", "aest",
};

static const char *weekdays[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend",
  "sonntag", "mo", "di", "mi", "do", "fr", "sa", "so",
};

static const struct { const char *name; int month; } months[] = {
  { "january", 1 }, { "february", 2 }, { "march", 3 }, { "april", 4 }, { "may", 5 },
  { "june", 6 }, { "july", 7 }, { "august", 8 }, { "september", 9 }, { "october", 10 },
  { "november", 11 }, { "december", 12 },
  { "jan", 1 }, { "feb", 2 }, { "mar", 3 }, { "apr", 4 }, { "jun", 6 }, { "jul", 7 },
  { "aug", 8 }, { "sep", 9 }, { "sept", 9 }, { "oct", 10 }, { "nov", 11 }, { "dec", 12 },
  { "januar", 1 }, { "jänner", 1 }, { "februar", 2 }, { "märz", 3 }, { "mai", 5 },
  { "juni", 6 }, { "juli", 7 }, { "oktober", 10 }, { "dezember", 12 },
  { "mär", 3 }, { "mrz", 3 }, { "okt", 10 }, { "dez", 12 },
};

/* Agencies as they sign; longer names first, so that "Keystone-SDA" wins
 * over "SDA". Two-letter names other than AP are left out: in a credit line
 * they are initials as often as agencies.
 */
static const char *agencies[] = {
  "Agence France-Presse", "Deutsche Presse-Agentur", "Associated Press",
  "Press Association", "Canadian Press", "Keystone-SDA", "Reuters", "Bloomberg",
  "Interfax", "Xinhua", "Yonhap", "Kyodo", "Belga", "ANSA", "TASS", "dpa", "DPA",
  "AFP", "KNA", "epd", "APA", "SDA", "EFE", "UPI", "AAP", "ANP", "PAP", "dts", "AP",
};

/* Words in a credit line that say it credits the article, not a photo. */
static const char *credit_markers[] = {
  "©", "(c)", "copyright", "quelle", "source", "material", "mit material", "agenturen",
  "agencies", "wire",
};

static const char *photo_markers[] = {
  "foto", "bild", "photo", "image", "picture", "grafik", "video",
};

static gboolean
in_list (const char  *word,
         const char **list,
         gsize        n)
{
  for (gsize i = 0; i < n; i++)
    if (g_str_equal (word, list[i]))
      return TRUE;
  return FALSE;
}

static gboolean
all_digits (const char *s,
            gsize       n)
{
  if (n == 0)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (s[i]))
      return FALSE;
  return TRUE;
}

static int
month_of (const char *word)
{
  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    if (g_str_equal (word, months[i].name))
      return months[i].month;
  return 0;
}

/* "12.03.2026", "2013-05-02", "2013-05-02T10:00", "05/02/2013", "12/23/12".
 * Slashed dates put the month first in English and the day first in
 * German, unless the first number cannot be a month; two-digit years are
 * this century's up to 69.
 */
static gboolean
read_numeric_date (const char *s,
                   const char *language,
                   Tok        *tok)
{
  int a, b, c;
  char sep1, sep2;
  int consumed = 0;

  if (sscanf (s, "%4d-%2d-%2d%n", &a, &b, &c, &consumed) == 3 && consumed == 10 &&
      (s[10] == '\0' || s[10] == 't' || s[10] == 'T'))
    {
      tok->year = a, tok->month = b, tok->day = c;
      return TRUE;
    }
  if (sscanf (s, "%2d%c%2d%c%4d%n", &a, &sep1, &b, &sep2, &c, &consumed) != 5 ||
      s[consumed] != '\0' || sep1 != sep2 || (c >= 100 && c < 1000))
    return FALSE;
  if (c < 100)
    c += c < 70 ? 2000 : 1900;
  if (sep1 == '.')
    tok->day = a, tok->month = b;
  else if (sep1 == '/' && (a > 12 || g_strcmp0 (language, "en") != 0))
    tok->day = a, tok->month = b;
  else if (sep1 == '/')
    tok->day = b, tok->month = a;
  else
    return FALSE;
  tok->year = c;
  return TRUE;
}

static gboolean
read_time (const char *s)
{
  gsize n = strlen (s);

  /* "4:08", "16:59", "16:59:02", also "4:08pm" */
  if (n >= 4 && g_ascii_isdigit (s[0]))
    {
      const char *colon = strchr (s, ':');

      if (colon != NULL && colon - s <= 2 && all_digits (s, colon - s) &&
          g_ascii_isdigit (colon[1]) && g_ascii_isdigit (colon[2]))
        {
          const char *rest = colon + 3;

          if (rest[0] == ':' && g_ascii_isdigit (rest[1]) && g_ascii_isdigit (rest[2]))
            rest += 3;
          return *rest == '\0' || g_str_equal (rest, "am") || g_str_equal (rest, "pm") ||
                 g_str_equal (rest, "a") || g_str_equal (rest, "p") || g_str_equal (rest, "h");
        }
    }
  return FALSE;
}

/* Classifies one word of a line; @word is folded to lower case. */
static void
classify_word (const char *word,
               const char *next,
               const char *language,
               Tok        *tok)
{
  g_autofree char *bare = g_strdup (word);
  gsize n = strlen (bare);
  gboolean dotted = n > 1 && bare[n - 1] == '.';

  memset (tok, 0, sizeof *tok);
  tok->kind = TOK_OTHER;
  if (dotted)
    bare[--n] = '\0';

  if (in_list (bare, noise_words, G_N_ELEMENTS (noise_words)))
    tok->kind = TOK_NOISE;
  else if (in_list (bare, weekdays, G_N_ELEMENTS (weekdays)))
    tok->kind = TOK_WEEKDAY;
  else if ((tok->value = month_of (bare)) > 0)
    tok->kind = TOK_MONTH;
  else if (all_digits (bare, n) && n <= 4)
    tok->kind = TOK_NUMBER, tok->value = atoi (bare);
  else if (n >= 3 && n <= 4 && all_digits (bare, n - 2) &&
           (g_str_has_suffix (bare, "st") || g_str_has_suffix (bare, "nd") ||
            g_str_has_suffix (bare, "rd") || g_str_has_suffix (bare, "th")))
    tok->kind = TOK_NUMBER, tok->value = atoi (bare);
  else if (read_time (word))
    tok->kind = TOK_TIME;
  else if (read_numeric_date (word, language, tok))
    tok->kind = TOK_DATE;
  /* "14.05 Uhr", "08.23 BST" */
  else if (n == 5 && bare[2] == '.' && all_digits (bare, 2) && all_digits (bare + 3, 2) &&
           !dotted && (next == NULL || in_list (next, noise_words, G_N_ELEMENTS (noise_words))))
    tok->kind = TOK_TIME;
}

static gboolean
is_separator (gunichar c)
{
  return g_unichar_isspace (c) || c == ',' || c == '|' || c == ';' || c == '(' || c == ')' ||
         c == '[' || c == ']' || c == 0x00B7 || c == 0x2022;
}

/* Splits @line into folded words, dropping separators and the colons that
 * end labels ("Stand:", "Published:").
 */
static GPtrArray *
split_words (const char *line,
             gsize       length)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  const char *end = line + length;
  const char *p = line;

  while (p < end)
    {
      const char *start;

      while (p < end && is_separator (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      while (p < end && !is_separator (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p > start)
        {
          gsize n = p - start;

          if (n > 1 && start[n - 1] == ':')
            n--;
          g_ptr_array_add (words, g_utf8_strdown (start, n));
        }
    }
  return words;
}

static gboolean
valid_date (int year,
            int month,
            int day)
{
  return year >= 1900 && year <= 2100 && month >= 1 && month <= 12 &&
         g_date_valid_dmy (day, month, year);
}

/* A month name with a day next to it and a year after: "April 4, 2026",
 * "12. März 2026", "FEB. 17, 2026", "Wednesday, 11 March 2026".
 */
static gboolean
assemble_date (const Tok *toks,
               guint      n,
               int       *year,
               int       *month,
               int       *day)
{
  for (guint i = 0; i < n; i++)
    {
      if (toks[i].kind == TOK_DATE)
        {
          *year = toks[i].year, *month = toks[i].month, *day = toks[i].day;
          return valid_date (*year, *month, *day);
        }
    }
  for (guint i = 0; i < n; i++)
    {
      int d = 0, y = 0;

      if (toks[i].kind != TOK_MONTH)
        continue;
      if (i + 1 < n && toks[i + 1].kind == TOK_NUMBER && toks[i + 1].value <= 31)
        {
          d = toks[i + 1].value;
          if (i + 2 < n && toks[i + 2].kind == TOK_NUMBER)
            y = toks[i + 2].value;
        }
      else if (i > 0 && toks[i - 1].kind == TOK_NUMBER && toks[i - 1].value <= 31 &&
               i + 1 < n && toks[i + 1].kind == TOK_NUMBER)
        {
          d = toks[i - 1].value;
          y = toks[i + 1].value;
        }
      if (valid_date (y, toks[i].value, d))
        {
          *year = y, *month = toks[i].value, *day = d;
          return TRUE;
        }
    }
  return FALSE;
}

static PxMetaLine
read_date_line (const char  *line,
                gsize        length,
                const char  *language,
                char       **value)
{
  g_autoptr(GPtrArray) words = split_words (line, length);
  g_autofree Tok *toks = NULL;
  gboolean has_time = FALSE, has_content = FALSE;
  int year, month, day;

  if (words->len == 0 || words->len > 16)
    return PX_META_LINE_NONE;

  toks = g_new0 (Tok, words->len);
  for (guint i = 0; i < words->len; i++)
    {
      classify_word (g_ptr_array_index (words, i),
                     i + 1 < words->len ? g_ptr_array_index (words, i + 1) : NULL,
                     language, &toks[i]);
      if (toks[i].kind == TOK_OTHER)
        return PX_META_LINE_NONE;
      has_time |= toks[i].kind == TOK_TIME;
      has_content |= toks[i].kind != TOK_NOISE && toks[i].kind != TOK_WEEKDAY;
    }
  if (!has_content)
    return PX_META_LINE_NONE;

  if (assemble_date (toks, words->len, &year, &month, &day))
    {
      if (value != NULL)
        *value = g_strdup_printf ("%04d-%02d-%02d", year, month, day);
      return PX_META_LINE_DATE;
    }
  return has_time ? PX_META_LINE_TIME : PX_META_LINE_NONE;
}

/* Words a name may hold in lower case: "Anna von Muster", "Jane and Joe". */
static const char *name_particles[] = {
  "and", "und", "&", "von", "van", "de", "der", "den", "la", "le", "du", "zu", "al", "bin",
};

static gboolean
is_name (const char *s,
         gsize       length)
{
  g_auto(GStrv) words = NULL;
  g_autofree char *copy = g_strndup (s, length);
  guint n = 0, capitalised = 0;

  words = g_strsplit (g_strstrip (copy), " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      gunichar c = g_utf8_get_char (words[i]);

      if (*words[i] == '\0')
        continue;
      n++;
      if (g_unichar_isupper (c))
        capitalised++;
      else if (!in_list (words[i], name_particles, G_N_ELEMENTS (name_particles)))
        return FALSE;
    }
  return n >= 1 && n <= 6 && capitalised >= 1 && capitalised >= n - 2;
}

/* "By Jane Doe", "BY JANE DOE, Associated Press", "Von Anna Muster und Max
 * Beispiel", "Autorin: Anna Muster". The name ends at a comma, a dash or a
 * bar; what follows (a title, a place, an agency) belongs to the byline.
 */
static PxMetaLine
read_byline (const char  *line,
             gsize        length,
             char       **value)
{
  static const char *prefixes[] = {
    "By ", "BY ", "Von ", "VON ", "Autor: ", "Autorin: ", "Author: ", "Text: ",
  };
  const char *name = NULL;
  gsize name_len;

  /* A sentence, not a byline. */
  if (length > 100 || strchr (".!?:", line[length - 1]) != NULL)
    return PX_META_LINE_NONE;

  for (guint i = 0; i < G_N_ELEMENTS (prefixes) && name == NULL; i++)
    if (length > strlen (prefixes[i]) && strncmp (line, prefixes[i], strlen (prefixes[i])) == 0)
      name = line + strlen (prefixes[i]);
  if (name == NULL)
    return PX_META_LINE_NONE;

  name_len = length - (name - line);
  for (const char *p = name; p < name + name_len; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ',' || c == '|' || c == 0x2013 || c == 0x2014 || (c == '-' && p > name && p[-1] == ' '))
        {
          name_len = p - name;
          break;
        }
    }
  if (!is_name (name, name_len))
    return PX_META_LINE_NONE;
  if (value != NULL)
    *value = g_strstrip (g_strndup (name, name_len));
  return PX_META_LINE_BYLINE;
}

/**
 * px_article_meta_read_line:
 * @line: a line (paragraph) of an article
 * @length: its length in bytes, or -1 if nul-terminated
 * @language: (nullable): the article's language, for slashed dates
 * @value: (out) (optional) (transfer full): the date as YYYY-MM-DD for a
 *   date line, the author's name for a byline, else %NULL
 *
 * Tells whether a line holds only metadata: a date or time stamp with its
 * label and time zone ("First Published: March 9, 2026 7:40 AM EST",
 * "Stand: 12.03.2026, 14:05 Uhr") or a byline. A line with any other word
 * is running text.
 *
 * Returns: what the line is
 */
PxMetaLine
px_article_meta_read_line (const char  *line,
                           gssize       length,
                           const char  *language,
                           char       **value)
{
  g_autofree char *copy = NULL;
  gsize n;
  PxMetaLine kind;

  g_return_val_if_fail (line != NULL, PX_META_LINE_NONE);

  if (value != NULL)
    *value = NULL;
  n = length < 0 ? strlen (line) : (gsize)length;
  copy = g_strstrip (g_strndup (line, n));
  n = strlen (copy);
  if (n == 0 || n > META_LINE_MAX || !g_utf8_validate (copy, n, NULL))
    return PX_META_LINE_NONE;

  if ((kind = read_date_line (copy, n, language, value)) != PX_META_LINE_NONE)
    return kind;
  return read_byline (copy, n, value);
}

/**
 * px_article_meta_parse_date:
 * @text: a date as people write it
 * @language: (nullable): the language it is written in
 *
 * Returns: (transfer full) (nullable): the date as YYYY-MM-DD, or %NULL
 *   when @text is no date
 */
char *
px_article_meta_parse_date (const char *text,
                            const char *language)
{
  char *value = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  if (px_article_meta_read_line (text, -1, language, &value) != PX_META_LINE_DATE)
    g_clear_pointer (&value, g_free);
  return value;
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || c == '-';
}

/**
 * px_article_meta_find_agency:
 * @text: a credit line, a dateline or the start of a lead
 * @length: its length in bytes, or -1 if nul-terminated
 *
 * Finds the first news agency named in @text as a whole word ("dpa",
 * "AFP", "AP", "Reuters", "Associated Press", …). The caller decides which
 * text credits the article.
 *
 * Returns: (transfer full) (nullable): the agency as written, or %NULL
 */
char *
px_article_meta_find_agency (const char *text,
                             gssize      length)
{
  g_autofree char *copy = NULL;
  const char *best = NULL;
  gsize best_len = 0;

  g_return_val_if_fail (text != NULL, NULL);

  copy = length < 0 ? g_strdup (text) : g_strndup (text, length);
  for (guint i = 0; i < G_N_ELEMENTS (agencies); i++)
    {
      gsize n = strlen (agencies[i]);

      for (const char *at = strstr (copy, agencies[i]); at != NULL; at = strstr (at + 1, agencies[i]))
        {
          gboolean starts = at == copy || !is_word_char (g_utf8_get_char (g_utf8_prev_char (at)));
          gboolean ends = at[n] == '\0' || !is_word_char (g_utf8_get_char (at + n));

          if (starts && ends && (best == NULL || at < best))
            {
              best = at;
              best_len = n;
            }
          if (starts && ends)
            break;
        }
    }
  if (best == NULL)
    return NULL;
  if (best_len == 3 && g_str_has_prefix (best, "DPA"))
    return g_strdup ("dpa");
  return g_strndup (best, best_len);
}

/**
 * px_article_meta_opening_words:
 * @sentence: the first sentence of the lead
 * @length: its length in bytes, or -1 if nul-terminated
 *
 * A stand-in title for an article without a headline: the lead's first
 * words, cut at a word and ended with "…" when cut.
 *
 * Returns: (transfer full): the opening words
 */
char *
px_article_meta_opening_words (const char *sentence,
                               gssize      length)
{
  g_autofree char *copy = NULL;
  GString *out = g_string_new (NULL);
  g_auto(GStrv) words = NULL;
  gboolean cut = FALSE;
  guint n = 0;

  g_return_val_if_fail (sentence != NULL, NULL);

  copy = g_strstrip (length < 0 ? g_strdup (sentence) : g_strndup (sentence, length));
  words = g_strsplit_set (copy, " \n\t", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (n >= 10 || (n >= 4 && g_utf8_strlen (out->str, -1) + g_utf8_strlen (words[i], -1) > 64))
        {
          cut = TRUE;
          break;
        }
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, words[i]);
      n++;
    }
  while (out->len > 0 && strchr (".,;:-!?", out->str[out->len - 1]) != NULL)
    g_string_truncate (out, out->len - 1);
  if (cut)
    g_string_append (out, "…");
  return g_string_free (out, FALSE);
}

/**
 * px_article_meta_neutral_outlet:
 * @position: the article's place in its set, from 0
 *
 * Returns: (transfer full): the name of a source whose outlet is not known,
 *   "Source A", "Source B", …
 */
char *
px_article_meta_neutral_outlet (guint position)
{
  if (position >= 26)
    /* Translators: a source whose outlet is unknown, past the 26th: "Source 27". */
    return g_strdup_printf (_("Source %u"), position + 1);
  /* Translators: a source whose outlet is unknown; %c is a capital letter
   * A, B, C…, the source's place in the set.
   */
  return g_strdup_printf (_("Source %c"), 'A' + position);
}

static gsize
paragraph_length (const PxParagraph *para)
{
  return para->end - para->start;
}

/* Whether every sentence of paragraph @p is boilerplate (furniture, a
 * dateline alone, a line marked as metadata).
 */
static gboolean
paragraph_is_boilerplate (PxArticle *article,
                          guint      p,
                          gboolean  *first_is)
{
  gboolean any = FALSE, all = TRUE;

  *first_is = FALSE;
  for (guint s = 0; s < article->sentences->len; s++)
    {
      const PxSentence *sentence = &g_array_index (article->sentences, PxSentence, s);

      if (sentence->paragraph != p)
        continue;
      if (!any)
        *first_is = sentence->kind == PX_SENTENCE_BOILERPLATE;
      any = TRUE;
      all &= sentence->kind == PX_SENTENCE_BOILERPLATE;
    }
  return any && all;
}

static gboolean
looks_like_headline (const char *text,
                     gsize       length)
{
  char last;
  guint words = 1;

  if (length == 0 || length > HEADLINE_MAX)
    return FALSE;
  last = text[length - 1];
  if (last == '.' && !(length >= 3 && text[length - 2] == '.' && text[length - 3] == '.'))
    return FALSE;
  if (last == ':' || last == ';' || last == ',')
    return FALSE;
  for (gsize i = 0; i < length; i++)
    words += text[i] == ' ';
  return words <= 30;
}

/**
 * px_article_meta_title_paragraph:
 * @article: a #PxArticle
 *
 * Finds the line the title was read from, so that a view showing the title
 * above the text can leave it out of the text.
 *
 * Returns: the index of the paragraph that is the headline, or -1
 */
int
px_article_meta_title_paragraph (PxArticle *article)
{
  g_return_val_if_fail (PX_IS_ARTICLE (article), -1);

  if (article->title == NULL || article->title_derived)
    return -1;
  for (guint p = 0; p < article->paragraphs->len && p < HEAD_PARAGRAPHS; p++)
    {
      const PxParagraph *para = &g_array_index (article->paragraphs, PxParagraph, p);
      gsize length = paragraph_length (para);

      if (length == strlen (article->title) &&
          memcmp (article->text + para->start, article->title, length) == 0)
        return p;
    }
  return -1;
}

static gboolean
in_meta_region (PxArticle *article,
                guint      p)
{
  return p < HEAD_PARAGRAPHS || p + TAIL_PARAGRAPHS >= article->paragraphs->len;
}

/* Reads paragraph @p as a metadata line. A paragraph near the top may also
 * open with one ("April 4, 2026 9:05 am. The mayor …"); then only its first
 * sentence is metadata, and @first_only says so.
 */
static PxMetaLine
read_paragraph (PxArticle  *article,
                guint       p,
                char      **value,
                gboolean   *first_only)
{
  const PxParagraph *para = &g_array_index (article->paragraphs, PxParagraph, p);
  PxMetaLine kind;

  *first_only = FALSE;
  if (!in_meta_region (article, p))
    return PX_META_LINE_NONE;
  kind = px_article_meta_read_line (article->text + para->start, paragraph_length (para),
                                    article->language, value);
  if (kind != PX_META_LINE_NONE || p >= HEAD_PARAGRAPHS)
    return kind;

  for (guint s = 0; s < article->sentences->len; s++)
    {
      const PxSentence *sentence = &g_array_index (article->sentences, PxSentence, s);

      if (sentence->paragraph != p)
        continue;
      kind = px_article_meta_read_line (article->text + sentence->start,
                                        sentence->end - sentence->start, article->language, value);
      *first_only = kind == PX_META_LINE_DATE;
      if (!*first_only && value != NULL)
        g_clear_pointer (value, g_free);
      return *first_only ? kind : PX_META_LINE_NONE;
    }
  return PX_META_LINE_NONE;
}

static void
mark_paragraph (PxArticle *article,
                guint      p,
                gboolean   first_only)
{
  for (guint s = 0; s < article->sentences->len; s++)
    {
      PxSentence *sentence = &g_array_index (article->sentences, PxSentence, s);

      if (sentence->paragraph != p)
        continue;
      sentence->kind = PX_SENTENCE_BOILERPLATE;
      if (first_only)
        return;
    }
}

/**
 * _px_article_meta_mark_lines:
 * @article: an article the loader is still filling in
 *
 * Marks the date lines, time stamps and bylines near the top and the end of
 * the article as boilerplate: they say when and by whom, and are neither
 * headings nor claims. Runs after the boilerplate classifier.
 */
void
_px_article_meta_mark_lines (PxArticle *article)
{
  for (guint p = 0; p < article->paragraphs->len; p++)
    {
      gboolean first_only;

      if (read_paragraph (article, p, NULL, &first_only) != PX_META_LINE_NONE)
        mark_paragraph (article, p, first_only);
    }
}

static void
read_meta_lines (PxArticle  *article,
                 char      **date,
                 char      **byline,
                 char      **credit)
{
  for (guint p = 0; p < article->paragraphs->len; p++)
    {
      const PxParagraph *para = &g_array_index (article->paragraphs, PxParagraph, p);
      g_autofree char *value = NULL;
      gboolean first_only;
      PxMetaLine kind;

      kind = read_paragraph (article, p, &value, &first_only);
      if (kind == PX_META_LINE_DATE && *date == NULL)
        *date = g_steal_pointer (&value);
      else if (kind == PX_META_LINE_BYLINE && *byline == NULL)
        {
          *byline = g_steal_pointer (&value);
          if (*credit == NULL)
            *credit = px_article_meta_find_agency (article->text + para->start,
                                                   paragraph_length (para));
        }
    }
}

static gboolean
has_marker (const char  *folded,
            const char **markers,
            gsize        n)
{
  for (gsize i = 0; i < n; i++)
    if (strstr (folded, markers[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* "© dpa", "Quelle: Reuters", "Copyright 2013 The Associated Press",
 * "(dpa)", "dpa/AFP/jk": a short line that credits an agency, but not a
 * photo credit ("Foto: dpa").
 */
static char *
credit_of_line (const char *text,
                gsize       length)
{
  g_autofree char *folded = NULL;
  g_autofree char *agency = NULL;

  if (length > 100 || !(agency = px_article_meta_find_agency (text, length)))
    return NULL;
  folded = g_utf8_strdown (text, length);
  if (has_marker (folded, photo_markers, G_N_ELEMENTS (photo_markers)))
    return NULL;
  if (has_marker (folded, credit_markers, G_N_ELEMENTS (credit_markers)))
    return g_steal_pointer (&agency);
  /* Only the agency, perhaps with initials: "(dpa)", "AFP/ab", "dpa/AFP/jk". */
  for (gsize i = 0; i < length; i++)
    if (text[i] == ' ' || text[i] == '.')
      return NULL;
  return g_steal_pointer (&agency);
}

/* An agency credited at the start of the lead: "(AP) —", "Reuters -". */
static char *
credit_of_lead (const char *text,
                gsize       length)
{
  g_autofree char *agency = px_article_meta_find_agency (text, MIN (length, 120));
  const char *at;

  if (agency == NULL || !(at = strstr (text, agency)) || at - text >= 120)
    return NULL;
  if (at == text || at[-1] == '(' || at[-1] == '/')
    return g_steal_pointer (&agency);
  return NULL;
}

static char *
find_credit (PxArticle *article)
{
  for (guint p = 0; p < article->paragraphs->len; p++)
    {
      const PxParagraph *para = &g_array_index (article->paragraphs, PxParagraph, p);
      const char *text = article->text + para->start;
      gboolean first_is = FALSE;
      char *credit;

      if (!in_meta_region (article, p))
        continue;
      if (paragraph_is_boilerplate (article, p, &first_is) || paragraph_length (para) <= 100)
        {
          if ((credit = credit_of_line (text, paragraph_length (para))))
            return credit;
        }
      else if (p < HEAD_PARAGRAPHS && (credit = credit_of_lead (text, paragraph_length (para))))
        return credit;
    }
  return NULL;
}

/* The first line that is neither furniture nor metadata, when it is short
 * and lacks final punctuation; a lead that starts with a dateline is no
 * headline.
 */
static char *
find_headline (PxArticle *article)
{
  for (guint p = 0; p < article->paragraphs->len && p < HEAD_PARAGRAPHS; p++)
    {
      const PxParagraph *para = &g_array_index (article->paragraphs, PxParagraph, p);
      gboolean first_is = FALSE;

      if (paragraph_is_boilerplate (article, p, &first_is))
        continue;
      if (first_is || !looks_like_headline (article->text + para->start, paragraph_length (para)))
        return NULL;
      return g_strndup (article->text + para->start, paragraph_length (para));
    }
  return NULL;
}

static char *
lead_opening (PxArticle *article)
{
  for (guint s = 0; s < article->sentences->len; s++)
    {
      const PxSentence *sentence = &g_array_index (article->sentences, PxSentence, s);

      if (sentence->kind == PX_SENTENCE_BODY)
        return px_article_meta_opening_words (article->text + sentence->start,
                                              sentence->end - sentence->start);
    }
  return NULL;
}

static void
fill_outlet (PxArticle  *article,
             char      **credit)
{
  if (article->outlet != NULL)
    return;
  if (article->agency != NULL && strlen (article->agency) <= 40)
    article->outlet = g_strdup (article->agency);
  else if (*credit != NULL)
    article->outlet = g_steal_pointer (credit);
  else if ((article->outlet = find_credit (article)) == NULL)
    {
      /* Named by its place in the set once the set is known. */
      article->outlet = px_article_meta_neutral_outlet (0);
      article->outlet_unknown = TRUE;
    }
}

/**
 * _px_article_meta_fill:
 * @article: an article the loader is still filling in, segmented and
 *   classified
 *
 * Marks metadata lines, then fills in what the source's own metadata (front
 * matter, HTML) left out: the title from a headline-like first line or the
 * lead's opening words (marked as derived), the date and byline from their
 * lines, the outlet from a dateline or credit agency or a neutral name. A
 * date the source gave is normalised to YYYY-MM-DD when it can be read.
 */
void
_px_article_meta_fill (PxArticle *article)
{
  g_autofree char *date = NULL;
  g_autofree char *byline = NULL;
  g_autofree char *credit = NULL;

  _px_article_meta_mark_lines (article);
  read_meta_lines (article, &date, &byline, &credit);

  if (article->title == NULL && (article->title = find_headline (article)) == NULL)
    {
      article->title = lead_opening (article);
      article->title_derived = article->title != NULL;
    }
  if (article->date == NULL)
    article->date = g_steal_pointer (&date);
  else if (!g_ascii_isdigit (article->date[0]) || strlen (article->date) < 10 || article->date[4] != '-')
    {
      char *iso = px_article_meta_parse_date (article->date, article->language);

      if (iso != NULL)
        {
          g_free (article->date);
          article->date = iso;
        }
    }
  if (article->byline == NULL)
    article->byline = g_steal_pointer (&byline);
  fill_outlet (article, &credit);
}

/**
 * _px_article_meta_name_unknown:
 * @articles: (element-type PxArticle): a set, in its order
 *
 * Names the sources whose outlet is unknown by their place in the set,
 * "Source A", "Source B", …, as classroom mode names all of them.
 */
void
_px_article_meta_name_unknown (GPtrArray *articles)
{
  for (guint i = 0; i < articles->len; i++)
    {
      PxArticle *article = g_ptr_array_index (articles, i);

      if (!article->outlet_unknown)
        continue;
      g_free (article->outlet);
      article->outlet = px_article_meta_neutral_outlet (i);
    }
}

static PxArticle *
copy_article (PxArticle *article)
{
  PxArticle *copy = _px_article_new (article->id, article->path,
                                     g_strndup (article->text, article->text_length),
                                     article->text_length);

  copy->title = g_strdup (article->title);
  copy->outlet = g_strdup (article->outlet);
  copy->date = g_strdup (article->date);
  copy->url = g_strdup (article->url);
  copy->language = g_strdup (article->language);
  copy->place = g_strdup (article->place);
  copy->agency = g_strdup (article->agency);
  copy->byline = g_strdup (article->byline);
  copy->title_derived = article->title_derived;
  copy->outlet_unknown = article->outlet_unknown;
  for (guint i = 0; i < article->warnings->len; i++)
    if (g_ptr_array_index (article->warnings, i) != NULL)
      _px_article_add_warning (copy, g_ptr_array_index (article->warnings, i));
  g_array_append_vals (copy->paragraphs, article->paragraphs->data, article->paragraphs->len);
  g_array_append_vals (copy->sentences, article->sentences->data, article->sentences->len);
  return copy;
}

/**
 * px_article_meta_edit:
 * @article: a #PxArticle
 * @field: what the reader corrects
 * @value: the new value, not empty
 *
 * Articles are immutable, so that they can cross into worker threads; a
 * correction of the title, outlet or date makes a new article with the same
 * id, text and sentences. A date that can be read is stored as YYYY-MM-DD.
 *
 * Returns: (transfer full): the corrected article
 */
PxArticle *
px_article_meta_edit (PxArticle   *article,
                      PxMetaField  field,
                      const char  *value)
{
  PxArticle *copy;
  char **slot;

  g_return_val_if_fail (PX_IS_ARTICLE (article), NULL);
  g_return_val_if_fail (value != NULL && *value != '\0', NULL);

  copy = copy_article (article);
  switch (field)
    {
    case PX_META_FIELD_TITLE:
      slot = &copy->title;
      copy->title_derived = FALSE;
      break;
    case PX_META_FIELD_OUTLET:
      slot = &copy->outlet;
      copy->outlet_unknown = FALSE;
      break;
    case PX_META_FIELD_DATE:
    default:
      slot = &copy->date;
      break;
    }
  g_free (*slot);
  *slot = NULL;
  if (field == PX_META_FIELD_DATE)
    *slot = px_article_meta_parse_date (value, copy->language);
  if (*slot == NULL)
    *slot = g_strstrip (g_strdup (value));
  return copy;
}
