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
  if (i > 0 && _px_figure_is_month (TOK (c, i - 1)))
    return TRUE;
  if (i > 1 && tok_punct (c, i - 1, '.') && _px_figure_is_month (TOK (c, i - 2)))
    return TRUE;
  if (j < N_TOK (c) && _px_figure_is_month (TOK (c, j)) && !num->scaled)
    return TRUE;
  if (tok_word (c, j, "of") && j + 1 < N_TOK (c) && _px_figure_is_month (TOK (c, j + 1)))
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
