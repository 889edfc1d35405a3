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

/* Units by their normalised key, with the words that name them in German
 * and English. A word is written in its base form and read in every
 * inflected one (-n, -en, -e, -s, -es: "Kilometern", "Meters", "inches",
 * "Meilen"); abbreviations and irregular forms are read as they stand.
 * Both languages name the same key, so that figures compare across them.
 */
static const UnitDef units[] = {
  { "km", PX_FIGURE_KIND_DISTANCE, "kilometer kilometre", "km" },
  { "m", PX_FIGURE_KIND_DISTANCE, "meter metre", "m" },
  { "cm", PX_FIGURE_KIND_DISTANCE, "zentimeter centimeter centimetre", "cm" },
  { "mm", PX_FIGURE_KIND_DISTANCE, "millimeter millimetre", "mm" },
  { "mi", PX_FIGURE_KIND_DISTANCE, "meile mile", "mi" },
  { "nmi", PX_FIGURE_KIND_DISTANCE, "seemeile", "nmi" },
  { "ft", PX_FIGURE_KIND_DISTANCE, "foot", "ft fuß feet" },
  { "in", PX_FIGURE_KIND_DISTANCE, "inch zoll", "" },
  { "yd", PX_FIGURE_KIND_DISTANCE, "yard", "yd" },
  { "ha", PX_FIGURE_KIND_OTHER, "hektar hectare", "ha" },
  { "ac", PX_FIGURE_KIND_OTHER, "acre", "" },
  { "km²", PX_FIGURE_KIND_OTHER, "quadratkilometer", "qkm km²" },
  { "m²", PX_FIGURE_KIND_OTHER, "quadratmeter", "qm m²" },
  { "m³", PX_FIGURE_KIND_OTHER, "kubikmeter", "m³" },
  { "%", PX_FIGURE_KIND_PERCENT, "prozent percent", "%" },
  { "pp", PX_FIGURE_KIND_PERCENT, "prozentpunkt", "" },
  { "EUR", PX_FIGURE_KIND_MONEY, "euro", "eur €" },
  { "USD", PX_FIGURE_KIND_MONEY, "dollar", "usd $" },
  { "GBP", PX_FIGURE_KIND_MONEY, "", "gbp £ pfund" },
  { "CHF", PX_FIGURE_KIND_MONEY, "franc", "chf franken" },
  { "t", PX_FIGURE_KIND_OTHER, "tonne", "t tons" },
  { "kg", PX_FIGURE_KIND_OTHER, "kilogramm kilogram kilogramme kilo", "kg" },
  { "l", PX_FIGURE_KIND_OTHER, "liter litre", "" },
  { "gal", PX_FIGURE_KIND_OTHER, "gallone gallon", "gal" },
  { "bbl", PX_FIGURE_KIND_OTHER, "barrel", "bbl" },
  { "MW", PX_FIGURE_KIND_OTHER, "megawatt", "" },
  { "kWh", PX_FIGURE_KIND_OTHER, "kilowattstunde", "kwh" },
  { "kn", PX_FIGURE_KIND_OTHER, "knoten knot", "kn" },
  { "mph", PX_FIGURE_KIND_OTHER, "", "mph" },
  { "°C", PX_FIGURE_KIND_OTHER, "", "grad °" },
  { "°", PX_FIGURE_KIND_OTHER, "degree", "" },
  { "day", PX_FIGURE_KIND_DURATION, "", "tag tage tagen tages day days" },
  { "week", PX_FIGURE_KIND_DURATION, "woche week", "" },
  { "month", PX_FIGURE_KIND_DURATION, "monat month", "" },
  { "year", PX_FIGURE_KIND_DURATION, "jahr year", "" },
  { "hour", PX_FIGURE_KIND_DURATION, "stunde hour", "std" },
  { "minute", PX_FIGURE_KIND_DURATION, "minute", "min" },
  { "second", PX_FIGURE_KIND_DURATION, "sekunde second", "" },
};

/* Endings a unit word takes in German or English: "Kilometern",
 * "Kilometers", "Meilen", "miles", "inches". Words shorter than four
 * letters take none, so that short words are never read as units.
 */
static const char * const inflections[] = { "", "n", "en", "e", "s", "es", NULL };

static void
add_forms (GHashTable    *forms,
           const char    *list,
           gboolean       inflect,
           const UnitDef *unit)
{
  g_auto(GStrv) words = g_strsplit (list, " ", -1);

  for (guint w = 0; words[w] != NULL; w++)
    {
      if (*words[w] == '\0')
        continue;
      for (guint k = 0; inflections[k] != NULL; k++)
        {
          if (k > 0 && (!inflect || g_utf8_strlen (words[w], -1) < 4))
            break;
          g_hash_table_insert (forms, g_strconcat (words[w], inflections[k], NULL),
                               (gpointer)unit);
        }
    }
}

/* Every form of every unit, made on first use. */
static GHashTable *
unit_forms (void)
{
  static GHashTable *forms = NULL;

  if (g_once_init_enter (&forms))
    {
      GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (guint u = 0; u < G_N_ELEMENTS (units); u++)
        {
          add_forms (table, units[u].words, TRUE, &units[u]);
          add_forms (table, units[u].abbrevs, FALSE, &units[u]);
        }
      g_once_init_leave (&forms, table);
    }
  return forms;
}

/* The unit a word names ("Kilometern" → km), or %NULL. */
const UnitDef *
_px_figure_lookup_unit (const char *word)
{
  return g_hash_table_lookup (unit_forms (), word);
}

static gboolean
set_match (UnitMatch    *m,
           const char   *unit,
           PxFigureKind  kind,
           guint         noun,
           guint         end)
{
  m->unit = unit, m->kind = kind, m->noun = noun, m->end = end;
  return TRUE;
}

/* Units of two words: "US-Dollar", "per cent", "percentage points",
 * "square kilometres", "cubic metres", "nautical miles".
 */
static gboolean
match_compound_unit (Ctx       *c,
                     guint      j,
                     UnitMatch *m)
{
  const UnitDef *next = j + 1 < N_TOK (c) ? _px_figure_lookup_unit (TOK (c, j + 1)->lower) : NULL;

  if (tok_word (c, j, "us") && tok_dash (c, j + 1) && tok_word (c, j + 2, "dollar"))
    return set_match (m, "USD", PX_FIGURE_KIND_MONEY, j + 2, j + 3);
  if (tok_word (c, j, "per") && tok_word (c, j + 1, "cent"))
    return set_match (m, "%", PX_FIGURE_KIND_PERCENT, j + 1, j + 2);
  if (tok_word (c, j, "percentage") && tok_word (c, j + 1, "points"))
    return set_match (m, "pp", PX_FIGURE_KIND_PERCENT, j + 1, j + 2);
  if (next == NULL)
    return FALSE;
  if (tok_word (c, j, "square") && next->kind == PX_FIGURE_KIND_DISTANCE)
    return set_match (m, g_str_equal (next->unit, "km") ? "km²" : "m²", PX_FIGURE_KIND_OTHER,
                      j + 1, j + 2);
  if (tok_word (c, j, "cubic") && g_str_equal (next->unit, "m"))
    return set_match (m, "m³", PX_FIGURE_KIND_OTHER, j + 1, j + 2);
  if (tok_word (c, j, "nautical") && g_str_equal (next->unit, "mi"))
    return set_match (m, "nmi", PX_FIGURE_KIND_DISTANCE, j + 1, j + 2);
  return FALSE;
}

/* What may follow a unit and change it: a speed ("150 km/h", "150
 * Kilometer pro Stunde", "60 miles per hour"), a temperature scale ("Grad
 * Celsius", "degrees Fahrenheit"), the full stop of "Std.", "min.".
 */
static void
unit_suffix (Ctx       *c,
             guint      j,
             UnitMatch *m)
{
  Token *tok = TOK (c, j);
  gboolean per_hour = (tok_punct (c, j + 1, '/') && tok_word (c, j + 2, "h")) ||
                      ((tok_word (c, j + 1, "pro") || tok_word (c, j + 1, "per") ||
                        tok_word (c, j + 1, "an")) &&
                       (tok_word (c, j + 2, "stunde") || tok_word (c, j + 2, "hour")));

  if (per_hour && (g_str_equal (m->unit, "km") || g_str_equal (m->unit, "mi")))
    {
      m->unit = g_str_equal (m->unit, "km") ? "km/h" : "mph";
      m->kind = PX_FIGURE_KIND_OTHER;
      m->end = j + 3;
    }
  if ((g_str_equal (m->unit, "°C") || g_str_equal (m->unit, "°")) &&
      (tok_word (c, j + 1, "celsius") || tok_word (c, j + 1, "fahrenheit")))
    {
      m->unit = tok_word (c, j + 1, "celsius") ? "°C" : "°F";
      m->end = j + 2;
    }
  if (tok_punct (c, j + 1, '.') && adjacent (c, j, j + 1) &&
      (g_str_equal (tok->lower, "std") || g_str_equal (tok->lower, "min")))
    m->end++;
}

/* The unit written at token @j, if any. */
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
  if (match_compound_unit (c, j, m))
    return TRUE;

  /* Single-letter units only as abbreviations in lower case ("3 m", "5 t"),
   * and month-like or name-like capitals are no units.
   */
  if ((unit = _px_figure_lookup_unit (tok->lower)) == NULL)
    return FALSE;
  if (strlen (tok->lower) <= 2 && tok->type == TOK_WORD && tok->has_upper &&
      !g_str_equal (tok->lower, "eur"))
    return FALSE;
  set_match (m, unit->unit, unit->kind, j, j + 1);
  unit_suffix (c, j, m);
  return TRUE;
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
