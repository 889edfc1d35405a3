/* px-figure-units.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-figure-units"

#include "config.h"

#include <string.h>

#include "px-figure-units-private.h"

static const UnitDef units[] = {
  { "km", PX_FIGURE_KIND_DISTANCE, "km kilometer kilometern kilometers kilometre kilometres" },
  { "m", PX_FIGURE_KIND_DISTANCE, "m meter metern meters metre metres" },
  { "cm", PX_FIGURE_KIND_DISTANCE,
    "cm zentimeter zentimetern centimeter centimeters centimetre centimetres" },
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

const UnitDef *
_px_figure_lookup_unit (const char *word)
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

gboolean
_px_figure_match_unit (Ctx       *c,
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
  if ((tok_word (c, j, "square") &&
       (unit = _px_figure_lookup_unit (TOK (c, MIN (j + 1, N_TOK (c) - 1))->lower)) &&
       j + 1 < N_TOK (c) && unit->kind == PX_FIGURE_KIND_DISTANCE))
    {
      m->unit = g_str_equal (unit->unit, "km") ? "km²" : "m²";
      m->kind = PX_FIGURE_KIND_OTHER, m->noun = j + 1, m->end = j + 2;
      return TRUE;
    }

  /* Single-letter units only as abbreviations in lower case ("3 m", "5 t"),
   * and month-like or name-like capitals are no units.
   */
  if ((unit = _px_figure_lookup_unit (tok->lower)) != NULL)
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
           ((tok_word (c, j + 1, "pro") || tok_word (c, j + 1, "per") ||
             tok_word (c, j + 1, "an")) &&
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

/* Currency written before the number: "€30", "$1.2 billion", "US$ 5",
 * "EUR 30". Returns the token where it starts, or @i.
 */
guint
_px_figure_currency_before (Ctx         *c,
                            guint        i,
                            const char **unit)
{
  const UnitDef *def;

  if (i == 0)
    return i;
  def = _px_figure_lookup_unit (TOK (c, i - 1)->lower);
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

double
_px_figure_fraction_denominator (const char *word)
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
