/* px-figure-non-quantity.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-figure-non-quantity"

#include "config.h"

#include <string.h>

#include "px-figure-non-quantity-private.h"

static const char * const season_words[] = {
  "jahr", "jahre", "jahres", "jahren", "year", "years", "anno", "sommer", "winter",
  "frühjahr", "frühling", "herbst", "spring", "summer", "autumn", "fall", "jahrgang", "saison",
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

/* Each rule below tells one kind of non-quantity at the number @i, read
 * into @num; it may say how far the non-quantity reaches in *@skip_to.
 */

/* Glued to letters before: "G7", "A320", "Blickpunkt24"; or "F-16",
 * "Covid-19". Also "+49 30 …" and "#3", "§ 5".
 */
static gboolean
glued_to_name (Ctx    *c,
               guint   i,
               Number *num,
               guint  *skip_to)
{
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
  return i > 0 && tok_punct (c, i - 1, 0x00A7);
}

/* Leading zero or a plus: phone numbers, codes ("030 …", "+49 30 …",
 * "007"); not "0,5". The groups that follow belong to it. Long plain digit
 * runs are identifiers, not counts.
 */
static gboolean
phone_or_code (Ctx    *c,
               guint   i,
               Number *num,
               guint  *skip_to)
{
  const char *raw = TOK (c, i)->lower;

  if ((raw[0] == '0' && g_ascii_isdigit (raw[1])) ||
      (i > 0 && tok_punct (c, i - 1, '+') && adjacent (c, i - 1, i)))
    {
      guint k = i + 1;

      while (k < N_TOK (c) && (TOK (c, k)->type == TOK_NUM || tok_dash (c, k) ||
                               tok_punct (c, k, '/')))
        k++;
      *skip_to = k;
      return TRUE;
    }
  return num->plain_integer && num->n_digits >= 7;
}

/* "18:30", "3:1", "24/7", "3/2026", "2026-03-14" */
static gboolean
clock_ratio_or_iso_date (Ctx    *c,
                         guint   i,
                         Number *num,
                         guint  *skip_to)
{
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
  return FALSE;
}

/* "14.03.2026", "14.3." */
static gboolean
dotted_date (Ctx    *c,
             guint   i,
             Number *num,
             guint  *skip_to)
{
  const char *raw = TOK (c, i)->lower;
  guint d1 = strspn (raw, "0123456789");
  guint d2;

  if (!(d1 >= 1 && d1 <= 2 && raw[d1] == '.'))
    return FALSE;
  d2 = strspn (raw + d1 + 1, "0123456789");
  return d2 >= 1 && d2 <= 2 &&
         (raw[d1 + 1 + d2] == '.' ||
          (raw[d1 + 1 + d2] == '\0' && tok_punct (c, i + 1, '.') && adjacent (c, i, i + 1) &&
           c->german));
}

/* Ordinals: "3rd", "20th" (caught as glued words, since read_number refuses
 * them); German "3. Mal", "4. Konferenz", "11. März".
 */
static gboolean
german_ordinal (Ctx    *c,
                guint   i,
                Number *num,
                guint  *skip_to)
{
  if (!(c->german && num->plain_integer && num->n_digits <= 3 && tok_punct (c, i + 1, '.') &&
        adjacent (c, i, i + 1) && i + 2 < N_TOK (c) &&
        (TOK (c, i + 2)->type == TOK_WORD || TOK (c, i + 2)->type == TOK_NUM)))
    return FALSE;
  *skip_to = i + 2;
  return TRUE;
}

/* Times of day: "18 Uhr", "18.30 Uhr", "6 p.m.", "6pm", "6 o'clock". */
static gboolean
time_of_day (Ctx    *c,
             guint   i,
             Number *num,
             guint  *skip_to)
{
  guint j = num->next;

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
  return FALSE;
}

/* Dates: "March 3", "3 March", "3rd of March", "August 2002". */
static gboolean
month_date (Ctx    *c,
            guint   i,
            Number *num,
            guint  *skip_to)
{
  guint j = num->next;

  return (i > 0 && _px_figure_is_month (TOK (c, i - 1))) ||
         (i > 1 && tok_punct (c, i - 1, '.') && _px_figure_is_month (TOK (c, i - 2))) ||
         (j < N_TOK (c) && _px_figure_is_month (TOK (c, j)) && !num->scaled) ||
         (tok_word (c, j, "of") && j + 1 < N_TOK (c) && _px_figure_is_month (TOK (c, j + 1)));
}

/* Designators: "Artikel 5", "Nr. 3", "Buslinie 912", "Windows 11". */
static gboolean
designator (Ctx    *c,
            guint   i,
            Number *num,
            guint  *skip_to)
{
  guint p;
  Token *prev;

  if (i == 0)
    return FALSE;
  p = i - 1;
  if (tok_punct (c, p, '.') && p > 0)
    p--;
  prev = TOK (c, p);
  if (prev->type != TOK_WORD)
    return FALSE;
  if (in_list (prev->lower, designator_words))
    return TRUE;
  for (guint s = 0; designator_suffixes[s] != NULL; s++)
    if (g_str_has_suffix (prev->lower, designator_suffixes[s]))
      return TRUE;
  return FALSE;
}

/* Times, dates, ordinals, phone numbers and designators. Returns TRUE when
 * the number at @i (read into @num) is one of them; *skip_to then says how
 * far the non-quantity reaches.
 */
gboolean
_px_figure_is_not_quantity (Ctx    *c,
                            guint   i,
                            Number *num,
                            guint  *skip_to)
{
  static gboolean (* const rules[]) (Ctx *, guint, Number *, guint *) = {
    glued_to_name, phone_or_code, clock_ratio_or_iso_date, dotted_date, german_ordinal,
    time_of_day, month_date, designator,
  };
  guint j = num->next;

  *skip_to = MAX (j, i + 1);

  /* "third", "dritte" never reach here; number words are quantities,
   * except before "Uhr" ("drei Uhr").
   */
  if (!num->digits)
    return tok_word (c, j, "uhr") || tok_word (c, j, "o");

  for (guint r = 0; r < G_N_ELEMENTS (rules); r++)
    if (rules[r] (c, i, num, skip_to))
      return TRUE;
  return FALSE;
}

gboolean
_px_figure_is_year_shaped (Number *num)
{
  return num->digits && num->plain_integer && num->n_digits == 4 &&
         num->value >= 1000 && num->value <= 2100;
}

gboolean
_px_figure_year_cue_before (Ctx   *c,
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
  return prev->type == TOK_WORD &&
         (in_list (prev->lower, season_words) || _px_figure_is_month (prev));
}
