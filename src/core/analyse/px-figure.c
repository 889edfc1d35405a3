/* px-figure.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-figure"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <libstemmer.h>

#include "px-figure.h"

/* A figure is immutable once built and reference counted, so that the
 * report, the comparison and the UI can share it across threads.
 */
struct _PxFigure
{
  gatomicrefcount    ref_count;

  guint              start;
  guint              end;
  char              *text;
  double             low;
  double             high;
  PxFigureQualifier  qualifier;
  PxFigureKind       kind;
  char              *unit;
  char              *noun;
  guint              approximate : 1;
  guint              is_part : 1;
};

G_DEFINE_BOXED_TYPE (PxFigure, px_figure, px_figure_ref, px_figure_unref)

static const char * const qualifier_names[] = {
  "exact", "approx", "more-than", "at-least", "up-to", "at-most",
  "less-than", "range", "vague",
};

static const char * const kind_names[] = {
  "count", "money", "percent", "distance", "duration", "other", "sourcing",
};

static const char * const verdict_names[] = {
  "agree", "hedge", "differ", "contradict", "single",
};

/* "approx" reads as ±10 %, the usual rounding of a journalist's "rund". */
#define APPROX_MARGIN 0.10

/* A vague plural ("Tausende", "mehrere Hundert") states at least two of its
 * order of magnitude; writers use it well past ten of them before switching to
 * the next order ("Zehntausende"), so its implicit ceiling is ten times its
 * floor: "Tausende" covers 2,000 to 20,000.
 */
#define VAGUE_SPAN 10.0

/**
 * px_figure_new:
 * @start: first byte of the figure in the article text
 * @end: byte after the figure
 * @text: the figure as written (qualifier and number, no noun)
 * @low: lower bound, or NAN when open
 * @high: upper bound, or NAN when open
 * @qualifier: how the number is hedged
 * @approximate: whether a second, approximating hedge was stacked on
 *   @qualifier ("bis zu rund 300")
 * @kind: what the figure measures
 * @unit: (nullable): normalised unit or counted-noun stem
 * @noun: (nullable): the counted noun or unit as written
 * @is_part: whether the figure is a share of a total mentioned before it
 *   ("davon 1.800")
 *
 * Returns: (transfer full): a new figure
 */
PxFigure *
px_figure_new (guint              start,
               guint              end,
               const char        *text,
               double             low,
               double             high,
               PxFigureQualifier  qualifier,
               gboolean           approximate,
               PxFigureKind       kind,
               const char        *unit,
               const char        *noun,
               gboolean           is_part)
{
  PxFigure *self;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (qualifier <= PX_FIGURE_VAGUE, NULL);
  g_return_val_if_fail (kind <= PX_FIGURE_KIND_SOURCING, NULL);

  self = g_new0 (PxFigure, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->start = start;
  self->end = end;
  self->text = g_strdup (text);
  self->low = low;
  self->high = high;
  self->qualifier = qualifier;
  self->approximate = approximate != FALSE;
  self->kind = kind;
  self->unit = g_strdup (unit);
  self->noun = g_strdup (noun);
  self->is_part = is_part != FALSE;
  return self;
}

/**
 * px_figure_ref:
 * @self: a figure
 *
 * Returns: (transfer full): @self
 */
PxFigure *
px_figure_ref (PxFigure *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

/**
 * px_figure_unref:
 * @self: (transfer full): a figure
 */
void
px_figure_unref (PxFigure *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_free (self->text);
      g_free (self->unit);
      g_free (self->noun);
      g_free (self);
    }
}

/**
 * px_figure_get_start:
 * @self: a figure
 *
 * Returns: the first byte of the figure in the article text
 */
guint
px_figure_get_start (const PxFigure *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->start;
}

/**
 * px_figure_get_end:
 * @self: a figure
 *
 * Returns: the byte after the figure (the counted noun is not included)
 */
guint
px_figure_get_end (const PxFigure *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->end;
}

/**
 * px_figure_get_text:
 * @self: a figure
 *
 * Returns: the figure as written, hedge included: "mehr als 10.000"
 */
const char *
px_figure_get_text (const PxFigure *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->text;
}

/**
 * px_figure_get_low:
 * @self: a figure
 *
 * Returns: the lower bound, or NAN when the figure gives none ("bis zu 30")
 */
double
px_figure_get_low (const PxFigure *self)
{
  g_return_val_if_fail (self != NULL, NAN);
  return self->low;
}

/**
 * px_figure_get_high:
 * @self: a figure
 *
 * Returns: the upper bound, or NAN when the figure gives none ("mehr als
 *   10.000", and vague figures, whose ceiling is only implied)
 */
double
px_figure_get_high (const PxFigure *self)
{
  g_return_val_if_fail (self != NULL, NAN);
  return self->high;
}

/**
 * px_figure_get_qualifier:
 * @self: a figure
 *
 * Returns: how the number is hedged; for stacked hedges ("bis zu rund") the
 *   outer one, see px_figure_get_approximate()
 */
PxFigureQualifier
px_figure_get_qualifier (const PxFigure *self)
{
  g_return_val_if_fail (self != NULL, PX_FIGURE_EXACT);
  return self->qualifier;
}

/**
 * px_figure_get_approximate:
 * @self: a figure
 *
 * Returns: %TRUE when the number is approximate, either as the qualifier
 *   itself or stacked under another one ("bis zu rund 300")
 */
gboolean
px_figure_get_approximate (const PxFigure *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->approximate || self->qualifier == PX_FIGURE_APPROX;
}

/**
 * px_figure_get_kind:
 * @self: a figure
 *
 * Returns: what the figure measures
 */
PxFigureKind
px_figure_get_kind (const PxFigure *self)
{
  g_return_val_if_fail (self != NULL, PX_FIGURE_KIND_OTHER);
  return self->kind;
}

/**
 * px_figure_get_unit:
 * @self: a figure
 *
 * Returns: (nullable): the normalised unit ("km", "%", "EUR", "week") or the
 *   Snowball stem of the counted noun ("soldat"), %NULL when nothing follows
 */
const char *
px_figure_get_unit (const PxFigure *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->unit;
}

/**
 * px_figure_get_noun:
 * @self: a figure
 *
 * Returns: (nullable): the unit or counted noun as written
 */
const char *
px_figure_get_noun (const PxFigure *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->noun;
}

/**
 * px_figure_get_is_part:
 * @self: a figure
 *
 * Returns: %TRUE for a share of a total ("davon 1.800", "including 1,800"),
 *   which must never be compared with a total
 */
gboolean
px_figure_get_is_part (const PxFigure *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->is_part;
}

/**
 * px_figure_qualifier_to_string:
 * @qualifier: a qualifier
 *
 * Returns: the report's name for @qualifier: "exact", "approx", "more-than"…
 */
const char *
px_figure_qualifier_to_string (PxFigureQualifier qualifier)
{
  g_return_val_if_fail (qualifier < G_N_ELEMENTS (qualifier_names), NULL);
  return qualifier_names[qualifier];
}

/**
 * px_figure_qualifier_from_string:
 * @str: a name from px_figure_qualifier_to_string()
 * @qualifier: (out) (optional): the qualifier
 *
 * Returns: %TRUE if @str names a qualifier
 */
gboolean
px_figure_qualifier_from_string (const char        *str,
                                 PxFigureQualifier *qualifier)
{
  g_return_val_if_fail (str != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (qualifier_names); i++)
    if (g_str_equal (str, qualifier_names[i]))
      {
        if (qualifier != NULL)
          *qualifier = i;
        return TRUE;
      }
  return FALSE;
}

/**
 * px_figure_kind_to_string:
 * @kind: a kind
 *
 * Returns: "count", "money", "percent", "distance", "duration", "other" or
 *   "sourcing"
 */
const char *
px_figure_kind_to_string (PxFigureKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (kind_names), NULL);
  return kind_names[kind];
}

/**
 * px_figure_verdict_to_string:
 * @verdict: a verdict
 *
 * Returns: "agree", "hedge", "differ", "contradict" or "single"
 */
const char *
px_figure_verdict_to_string (PxFigureVerdict verdict)
{
  g_return_val_if_fail (verdict < G_N_ELEMENTS (verdict_names), NULL);
  return verdict_names[verdict];
}

/* Formatting ------------------------------------------------------------ */

/* Numbers in summaries use the report's neutral form (10,000 and 2.5), so
 * that sources written in different conventions read alike.
 */
static void
append_number (GString *out,
               double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  double rounded = round (value * 100.0) / 100.0;
  double integer = floor (fabs (rounded));
  g_autofree char *digits = g_strdup_printf ("%.0f", integer);
  gsize n = strlen (digits);

  if (rounded < 0)
    g_string_append_c (out, '-');
  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
  if (fabs (rounded) - integer > 0.001)
    {
      const char *frac;

      g_ascii_formatd (buf, sizeof buf, "%.2f", fabs (rounded) - integer);
      frac = strchr (buf, '.');
      if (frac != NULL)
        {
          gsize len = strlen (frac);

          while (len > 1 && frac[len - 1] == '0')
            len--;
          g_string_append_len (out, frac, len);
        }
    }
}

/* A vague figure reads as its order of magnitude, whatever the words:
 * "Tausende", "tausender" and "thousands of" all read "thousands".
 */
static const char *
vague_name (double low)
{
  static const struct {
    double      low;
    const char *name;
  } names[] = {
    { 2, N_("a few") },
    { 24, N_("dozens") },
    { 200, N_("hundreds") },
    { 2e3, N_("thousands") },
    { 2e4, N_("tens of thousands") },
    { 2e5, N_("hundreds of thousands") },
    { 2e6, N_("millions") },
    { 2e9, N_("billions") },
    { 24e6, N_("dozens of millions") },
    { 24e9, N_("dozens of billions") },
    { 2e8, N_("hundreds of millions") },
    { 2e11, N_("hundreds of billions") },
    { 2e10, N_("tens of billions") },
    { 2e7, N_("tens of millions") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (fabs (low - names[i].low) < 1e-6 * names[i].low)
      return _(names[i].name);
  return _("many");
}

static gboolean
unit_is_measure (const PxFigure *self)
{
  return self->kind != PX_FIGURE_KIND_COUNT && self->kind != PX_FIGURE_KIND_SOURCING &&
         self->unit != NULL;
}

/* A span of time reads as a word, in the number the figure states: "2
 * months", "a few weeks", never the unit key ("2 month").
 */
static const char *
duration_name (const char *unit,
               gulong      n)
{
  if (g_str_equal (unit, "day"))
    return g_dngettext (GETTEXT_PACKAGE, "day", "days", n);
  if (g_str_equal (unit, "week"))
    return g_dngettext (GETTEXT_PACKAGE, "week", "weeks", n);
  if (g_str_equal (unit, "month"))
    return g_dngettext (GETTEXT_PACKAGE, "month", "months", n);
  if (g_str_equal (unit, "year"))
    return g_dngettext (GETTEXT_PACKAGE, "year", "years", n);
  if (g_str_equal (unit, "hour"))
    return g_dngettext (GETTEXT_PACKAGE, "hour", "hours", n);
  if (g_str_equal (unit, "minute"))
    return g_dngettext (GETTEXT_PACKAGE, "minute", "minutes", n);
  if (g_str_equal (unit, "second"))
    return g_dngettext (GETTEXT_PACKAGE, "second", "seconds", n);
  return unit;
}

static void
append_unit (GString        *out,
             const PxFigure *self,
             double          value)
{
  if (!unit_is_measure (self))
    return;
  if (g_str_equal (self->unit, "%"))
    {
      g_string_append (out, self->unit);
      return;
    }
  g_string_append_c (out, ' ');
  if (self->kind != PX_FIGURE_KIND_DURATION)
    g_string_append (out, self->unit);
  else
    g_string_append (out, duration_name (self->unit,
                                         self->qualifier == PX_FIGURE_VAGUE ||
                                         self->qualifier == PX_FIGURE_RANGE ||
                                         value != 1 ? 2 : 1));
}

/**
 * px_figure_format:
 * @self: a figure
 *
 * Writes the figure's normalised reading: "≈300 km", ">10,000",
 * "10,000–12,000", "≤12,000", "a few weeks". A counted noun is left out (the
 * quantity names it); a unit is kept, a span of time as a word.
 *
 * Returns: (transfer full): the reading
 */
char *
px_figure_format (const PxFigure *self)
{
  GString *out;
  double value;

  g_return_val_if_fail (self != NULL, NULL);

  out = g_string_new (NULL);
  value = isnan (self->low) ? self->high : self->low;

  switch (self->qualifier)
    {
    case PX_FIGURE_EXACT:
      break;
    case PX_FIGURE_APPROX:
      g_string_append (out, "≈");
      break;
    case PX_FIGURE_MORE_THAN:
      g_string_append (out, ">");
      break;
    case PX_FIGURE_AT_LEAST:
      g_string_append (out, "≥");
      break;
    case PX_FIGURE_UP_TO:
    case PX_FIGURE_AT_MOST:
      g_string_append (out, "≤");
      break;
    case PX_FIGURE_LESS_THAN:
      g_string_append (out, "<");
      break;
    case PX_FIGURE_RANGE:
    case PX_FIGURE_VAGUE:
    default:
      break;
    }

  if (self->approximate && self->qualifier != PX_FIGURE_APPROX)
    g_string_append (out, "≈");

  if (self->qualifier == PX_FIGURE_RANGE)
    {
      append_number (out, self->low);
      g_string_append (out, "–");
      append_number (out, self->high);
    }
  else if (self->qualifier == PX_FIGURE_VAGUE)
    g_string_append (out, vague_name (self->low));
  else if (!isnan (value))
    append_number (out, value);

  append_unit (out, self, value);

  return g_string_free (out, FALSE);
}

/* Quantities ------------------------------------------------------------ */

/* Counted nouns that name the same quantity. Written as words and stemmed
 * at first use with both stemmers, so the table stays readable and follows
 * whatever the stemmer does to inflected forms.
 */
static const struct {
  const char *label;
  const char *words;
} equivalents[] = {
  { "mensch", "mensch menschen person personen einwohner anwohner bewohner "
              "bürger leute people persons person resident residents "
              "inhabitant inhabitants citizen citizens" },
  { "soldat", "soldat soldaten soldatin soldatinnen truppe truppen kämpfer "
              "soldier soldiers troop troops fighter fighters servicemen" },
  { "tot", "tote toten todesopfer getötete gestorbene death deaths dead "
           "killed fatalities" },
  { "verletzt", "verletzte verletzten verwundete verwundeten injured wounded "
                "injuries" },
  { "einsatzkraft", "einsatzkräfte helfer helferinnen rettungskräfte "
                    "feuerwehrleute hilfskräfte worker workers rescuer "
                    "rescuers firefighters helpers" },
  { "beamt", "beamte beamten beamter official officials" },
  { "fluchtling", "flüchtlinge flüchtlingen geflüchtete geflüchteten refugee "
                  "refugees" },
  { "kuh", "kuh kühe milchkühe cow cows" },
  { "kind", "kind kinder kindern child children" },
  { "familie", "familie familien family families" },
  { "haushalt", "haushalt haushalte haushalten household households" },
  { "haus", "haus häuser häusern gebäude gebäuden house houses building buildings "
            "home homes" },
  { "wohnung", "wohnung wohnungen apartment apartments flat flats" },
  { "dorf", "dorf dörfer dörfern village villages" },
  { "schul", "schule schulen school schools" },
  { "stell", "stelle stellen arbeitsplatz arbeitsplätze job jobs" },
  { "mitarbeit", "mitarbeiter mitarbeiterin mitarbeiterinnen mitarbeitern beschäftigte "
                 "beschäftigten angestellte angestellten employee employees staff" },
  { "patient", "patient patienten patientin patientinnen patient patients" },
  { "gefangen", "gefangene gefangenen häftling häftlinge prisoner prisoners inmate inmates" },
  { "geisel", "geisel geiseln hostage hostages" },
  { "demonstrant", "demonstrant demonstranten demonstrantin demonstrantinnen protester "
                   "protesters protestor protestors demonstrator demonstrators" },
  { "fahrzeug", "fahrzeug fahrzeuge fahrzeugen vehicle vehicles" },
  { "auto", "auto autos pkw car cars" },
  { "schiff", "schiff schiffe schiffen boot boote booten ship ships boat boats vessel vessels" },
  { "flugzeug", "flugzeug flugzeuge flugzeugen aircraft plane planes jet jets" },
  { "raket", "rakete raketen missile missiles rocket rockets" },
  { "tier", "tier tiere tieren animal animals" },
  { "baum", "baum bäume bäumen tree trees" },
  { "stimm", "stimme stimmen vote votes" },
};

static GHashTable *equivalent_stems;

static char *
stem_word (struct sb_stemmer *stemmer,
           const char        *word)
{
  g_autofree char *lower = g_utf8_strdown (word, -1);
  const sb_symbol *stem;

  if (stemmer == NULL)
    return g_steal_pointer (&lower);
  stem = sb_stemmer_stem (stemmer, (const sb_symbol *)lower, strlen (lower));
  if (stem == NULL)
    return g_steal_pointer (&lower);
  return g_strndup ((const char *)stem, sb_stemmer_length (stemmer));
}

static GHashTable *
get_equivalent_stems (void)
{
  if (g_once_init_enter (&equivalent_stems))
    {
      GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      struct sb_stemmer *german = sb_stemmer_new ("german", NULL);
      struct sb_stemmer *english = sb_stemmer_new ("english", NULL);

      for (guint i = 0; i < G_N_ELEMENTS (equivalents); i++)
        {
          g_auto(GStrv) words = g_strsplit (equivalents[i].words, " ", -1);

          for (guint w = 0; words[w] != NULL; w++)
            {
              if (*words[w] == '\0')
                continue;
              g_hash_table_insert (table, stem_word (german, words[w]),
                                   (gpointer)equivalents[i].label);
              g_hash_table_insert (table, stem_word (english, words[w]),
                                   (gpointer)equivalents[i].label);
              g_hash_table_insert (table, g_strdup (words[w]),
                                   (gpointer)equivalents[i].label);
            }
        }

      if (german != NULL)
        sb_stemmer_delete (german);
      if (english != NULL)
        sb_stemmer_delete (english);
      g_once_init_leave (&equivalent_stems, table);
    }
  return equivalent_stems;
}

/**
 * px_figure_quantity_key:
 * @self: a figure
 *
 * The name of the quantity a figure measures: its unit, or for a count the
 * label of its class of equivalent nouns ("truppe", "soldier" → "soldat").
 *
 * Returns: (nullable): the key, %NULL when the figure has no unit or noun,
 *   or counts sources (%PX_FIGURE_KIND_SOURCING)
 */
const char *
px_figure_quantity_key (const PxFigure *self)
{
  const char *label;

  g_return_val_if_fail (self != NULL, NULL);

  /* How a claim is sourced is not a quantity it states. */
  if (self->unit == NULL || self->kind == PX_FIGURE_KIND_SOURCING)
    return NULL;
  if (self->kind != PX_FIGURE_KIND_COUNT)
    return self->unit;
  label = g_hash_table_lookup (get_equivalent_stems (), self->unit);
  return label != NULL ? label : self->unit;
}

/* German compounds name their kind last: "Milchkühe" are "Kühe". */
static gboolean
is_compound_head (const char *word,
                  const char *head)
{
  gsize lw = strlen (word), lh = strlen (head);

  return lh >= 4 && lw > lh && g_str_equal (word + lw - lh, head);
}

/**
 * px_figure_same_quantity:
 * @a: a figure
 * @b: another figure
 *
 * Whether two figures measure the same quantity: the same unit, the same
 * counted noun (by stem, through a small table of equivalent nouns, or as the
 * head of a compound), and both totals or both parts.
 *
 * Returns: %TRUE if @a and @b can be compared
 */
gboolean
px_figure_same_quantity (const PxFigure *a,
                         const PxFigure *b)
{
  const char *ka, *kb;

  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  if (a->is_part != b->is_part)
    return FALSE;
  if ((a->kind == PX_FIGURE_KIND_COUNT) != (b->kind == PX_FIGURE_KIND_COUNT))
    return FALSE;
  if ((ka = px_figure_quantity_key (a)) == NULL ||
      (kb = px_figure_quantity_key (b)) == NULL)
    return FALSE;
  if (g_str_equal (ka, kb))
    return TRUE;
  return a->kind == PX_FIGURE_KIND_COUNT &&
         (is_compound_head (ka, kb) || is_compound_head (kb, ka));
}

/* Comparison ------------------------------------------------------------ */

typedef struct
{
  double lo;
  double hi;
} Interval;

static Interval
figure_interval (const PxFigure *f)
{
  Interval iv = { -INFINITY, INFINITY };
  double value = isnan (f->low) ? f->high : f->low;
  double margin = px_figure_get_approximate (f) ? APPROX_MARGIN : 0.0;

  switch (f->qualifier)
    {
    case PX_FIGURE_EXACT:
    case PX_FIGURE_APPROX:
      iv.lo = value * (1.0 - margin);
      iv.hi = value * (1.0 + margin);
      break;
    case PX_FIGURE_MORE_THAN:
    case PX_FIGURE_AT_LEAST:
      iv.lo = value * (1.0 - margin);
      break;
    case PX_FIGURE_UP_TO:
    case PX_FIGURE_AT_MOST:
    case PX_FIGURE_LESS_THAN:
      iv.lo = 0.0;
      iv.hi = value * (1.0 + margin);
      break;
    case PX_FIGURE_RANGE:
      iv.lo = isnan (f->low) ? -INFINITY : f->low * (1.0 - margin);
      iv.hi = isnan (f->high) ? INFINITY : f->high * (1.0 + margin);
      break;
    case PX_FIGURE_VAGUE:
      iv.lo = isnan (f->low) ? 0.0 : f->low;
      iv.hi = isnan (f->high) ? (isnan (f->low) ? INFINITY : f->low * VAGUE_SPAN) : f->high;
      break;
    default:
      break;
    }
  return iv;
}

static gboolean
same_number (double a,
             double b)
{
  if (isnan (a) || isnan (b))
    return isnan (a) && isnan (b);
  return fabs (a - b) <= 1e-9 * MAX (1.0, MAX (fabs (a), fabs (b)));
}

/* The number a figure states, whatever its hedge: 10,000 for "mehr als
 * 10.000", 12,000 for "bis zu 12.000".
 */
static gboolean
same_stated_value (const PxFigure *a,
                   const PxFigure *b)
{
  gboolean a_range = a->qualifier == PX_FIGURE_RANGE || a->qualifier == PX_FIGURE_VAGUE;
  gboolean b_range = b->qualifier == PX_FIGURE_RANGE || b->qualifier == PX_FIGURE_VAGUE;
  double va, vb;

  if (a_range || b_range)
    {
      if (a->qualifier != b->qualifier)
        return FALSE;
      if (a->qualifier == PX_FIGURE_VAGUE)
        return same_number (a->low, b->low) && same_number (a->high, b->high);
      return same_number (a->low, b->low) && same_number (a->high, b->high);
    }

  va = isnan (a->low) ? a->high : a->low;
  vb = isnan (b->low) ? b->high : b->low;
  return same_number (va, vb);
}

/**
 * px_figure_compare:
 * @a: a figure
 * @b: a figure of the same quantity
 *
 * Compares two statements of one quantity. The same number with the same
 * hedge agrees; the same number hedged differently ("rund 300 km" / "bis zu
 * rund 300 km", "ca. 900" / "900") is a hedge; different statements whose
 * readings overlap ("mehr als 10.000" / "bis zu 12.000") differ; disjoint
 * readings contradict. Readings: "approx" is ±10 %, "more than" and "at
 * least" are open above, "up to", "at most" and "less than" run from zero.
 * A vague figure ("Tausende", "a few") is never compared as a number: it
 * spans its floor to ten times it, a number inside that span is a hedge,
 * another vague figure of the same order agrees, and only spans that do
 * not meet contradict.
 *
 * Whether @a and @b measure the same quantity is the caller's question
 * (px_figure_same_quantity()).
 *
 * Returns: the verdict, never %PX_FIGURE_VERDICT_SINGLE
 */
/* A vague quantity states an order of magnitude, not a number: two vague
 * figures agree when they name the same order ("Tausende", "thousands of"),
 * and a number within a vague figure's span is the same quantity told
 * vaguely by one source (a hedge), never a different figure. Only orders
 * of magnitude apart ("Hunderte" / "10.000 bis 12.000") contradict.
 */
static PxFigureVerdict
compare_vague (const PxFigure *a,
               const PxFigure *b)
{
  Interval ia = figure_interval (a), ib = figure_interval (b);
  gboolean overlap = ia.lo <= ib.hi && ib.lo <= ia.hi;

  if (a->qualifier == PX_FIGURE_VAGUE && b->qualifier == PX_FIGURE_VAGUE)
    {
      if (same_number (a->low, b->low))
        return PX_FIGURE_VERDICT_AGREE;
      return overlap ? PX_FIGURE_VERDICT_DIFFER : PX_FIGURE_VERDICT_CONTRADICT;
    }
  return overlap ? PX_FIGURE_VERDICT_HEDGE : PX_FIGURE_VERDICT_CONTRADICT;
}

PxFigureVerdict
px_figure_compare (const PxFigure *a,
                   const PxFigure *b)
{
  Interval ia, ib;

  g_return_val_if_fail (a != NULL, PX_FIGURE_VERDICT_DIFFER);
  g_return_val_if_fail (b != NULL, PX_FIGURE_VERDICT_DIFFER);

  if (a->qualifier == PX_FIGURE_VAGUE || b->qualifier == PX_FIGURE_VAGUE)
    return compare_vague (a, b);

  if (same_stated_value (a, b))
    {
      if (a->qualifier == b->qualifier &&
          px_figure_get_approximate (a) == px_figure_get_approximate (b))
        return PX_FIGURE_VERDICT_AGREE;
      return PX_FIGURE_VERDICT_HEDGE;
    }

  ia = figure_interval (a);
  ib = figure_interval (b);

  /* Open bounds touch: "mehr als 10.000" and "bis zu 10.000" are both
   * hedges around 10,000, and nothing in news prose is that precise.
   */
  if (ia.lo <= ib.hi && ib.lo <= ia.hi)
    return PX_FIGURE_VERDICT_DIFFER;
  return PX_FIGURE_VERDICT_CONTRADICT;
}

/* One distinct statement of a set: a figure that states it, the source
 * that does, and whether other sources state it too.
 */
typedef struct
{
  const PxFigure *figure;
  const char     *source;
  gboolean        several;
} Statement;

/* What px_figure_compare() reads of a figure, as a key: figures with one
 * key compare alike with every other.
 */
static char *
statement_key (const PxFigure *f)
{
  return g_strdup_printf ("%d|%d|%a|%a", f->qualifier, px_figure_get_approximate (f),
                          isnan (f->low) ? -1.0 : f->low, isnan (f->high) ? -1.0 : f->high);
}

/* The set's distinct statements: a source that repeats a figure, or many
 * sources that give the same one, are compared once, so that a large set
 * costs the square of its distinct figures, not of its figures. Without
 * @sources, every figure is its own.
 */
static GArray *
distinct_statements (GPtrArray          *figures,
                     const char * const *sources)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GArray *statements = g_array_new (FALSE, FALSE, sizeof (Statement));

  for (guint i = 0; i < figures->len; i++)
    {
      const PxFigure *f = g_ptr_array_index (figures, i);
      char *key = statement_key (f);
      const char *source = sources != NULL ? sources[i] : NULL;
      gpointer at;

      if (g_hash_table_lookup_extended (seen, key, NULL, &at))
        {
          Statement *st = &g_array_index (statements, Statement, GPOINTER_TO_UINT (at));

          st->several |= sources == NULL || g_strcmp0 (st->source, source) != 0;
          g_free (key);
          continue;
        }
      g_hash_table_insert (seen, key, GUINT_TO_POINTER (statements->len));
      g_array_append_val (statements, ((Statement) { f, source, FALSE }));
    }
  return statements;
}

/**
 * px_figure_compare_set:
 * @figures: (element-type PxFigure): figures of one quantity
 * @sources: (nullable) (array zero-terminated=1): the source of each figure,
 *   parallel to @figures; %NULL when every figure comes from its own source
 *
 * The verdict over a set of figures: the worst verdict between any two
 * figures from different sources, or %PX_FIGURE_VERDICT_SINGLE when only one
 * source gives a figure.
 *
 * Returns: the verdict
 */
PxFigureVerdict
px_figure_compare_set (GPtrArray          *figures,
                       const char * const *sources)
{
  PxFigureVerdict worst = PX_FIGURE_VERDICT_AGREE;
  gboolean compared = FALSE;
  g_autoptr(GArray) statements = NULL;

  g_return_val_if_fail (figures != NULL, PX_FIGURE_VERDICT_SINGLE);

  statements = distinct_statements (figures, sources);
  for (guint i = 0; i < statements->len; i++)
    {
      const Statement *a = &g_array_index (statements, Statement, i);

      /* Two sources giving the same figure agree. */
      compared |= a->several;
      for (guint j = i + 1; j < statements->len; j++)
        {
          const Statement *b = &g_array_index (statements, Statement, j);
          PxFigureVerdict v;

          if (sources != NULL && !a->several && !b->several &&
              g_strcmp0 (a->source, b->source) == 0)
            continue;
          v = px_figure_compare (a->figure, b->figure);
          compared = TRUE;
          if (v > worst)
            worst = v;
        }
    }

  return compared ? worst : PX_FIGURE_VERDICT_SINGLE;
}

/**
 * px_figure_summarize:
 * @figures: (element-type PxFigure): figures of one quantity
 * @sources: (nullable) (array zero-terminated=1): the source of each figure,
 *   parallel to @figures; %NULL when every figure comes from its own source
 * @verdict: (out) (optional): the verdict over the set
 *
 * A one-line summary for people: "3 sources, 3 different figures: >10,000 ·
 * ≤12,000 · 10,000–12,000"; figures that state one value with different
 * hedges say so ("2 sources, the same value hedged differently: ≈300 km ·
 * ≤≈300 km").
 *
 * Returns: (transfer full): the summary
 */
char *
px_figure_summarize (GPtrArray          *figures,
                     const char * const *sources,
                     PxFigureVerdict    *verdict)
{
  g_autoptr(GHashTable) seen_readings = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                               g_free, NULL);
  g_autoptr(GPtrArray) readings = g_ptr_array_new ();
  g_autoptr(GHashTable) seen_sources = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *joined = NULL;
  g_autofree char *head = NULL;
  PxFigureVerdict set_verdict;
  guint n_sources;

  g_return_val_if_fail (figures != NULL, NULL);

  for (guint i = 0; i < figures->len; i++)
    {
      char *reading = px_figure_format (g_ptr_array_index (figures, i));

      if (g_hash_table_contains (seen_readings, reading))
        g_free (reading);
      else
        {
          g_hash_table_add (seen_readings, reading);
          g_ptr_array_add (readings, reading);
        }
      if (sources != NULL)
        g_hash_table_add (seen_sources, (gpointer)sources[i]);
    }
  g_ptr_array_add (readings, NULL);

  n_sources = sources != NULL ? g_hash_table_size (seen_sources) : figures->len;
  set_verdict = px_figure_compare_set (figures, sources);
  if (verdict != NULL)
    *verdict = set_verdict;

  joined = g_strjoinv (" · ", (char **)readings->pdata);
  head = g_strdup_printf (ngettext ("%u source", "%u sources", n_sources), n_sources);

  if (readings->len - 1 <= 1)
    /* TRANSLATORS: "3 sources, one figure: 2,400 ha" */
    return g_strdup_printf (_("%s, one figure: %s"), head, joined);
  if (set_verdict == PX_FIGURE_VERDICT_HEDGE)
    /* TRANSLATORS: "2 sources, the same value hedged differently: ≈300 km · ≤≈300 km" */
    return g_strdup_printf (_("%s, the same value hedged differently: %s"), head, joined);

  return g_strdup_printf (ngettext ("%s, %u different figure: %s",
                                    "%s, %u different figures: %s",
                                    readings->len - 1),
                          head, readings->len - 1, joined);
}
