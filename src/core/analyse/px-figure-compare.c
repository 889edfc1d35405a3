/* px-figure-compare.c
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

#include "px-dictionary.h"
#include "px-figure.h"
#include "px-figure-private.h"

/* What quantity a figure measures, and how figures of one quantity
 * compare: alone (px_figure_compare()), as a set of sources
 * (px_figure_compare_set()) and in words (px_figure_summarize()).
 */

/* "approx" reads as ±10 %, the usual rounding of a journalist's "rund". */
#define APPROX_MARGIN 0.10

/* A vague plural ("Tausende", "mehrere Hundert") states at least two of its
 * order of magnitude; writers use it well past ten of them before switching to
 * the next order ("Zehntausende"), so its implicit ceiling is ten times its
 * floor: "Tausende" covers 2,000 to 20,000.
 */
#define VAGUE_SPAN 10.0

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

/* Whether German @noun translates to an English noun whose quantity key is
 * @key ("Panzer" / "tanks"), for the nouns the table above does not list.
 * Every translation counts, the heaviest or not: the other article's noun
 * picks the sense.
 */
static gboolean
translates_to (const char *noun,
               const char *key)
{
  PxDictionary *dictionary = px_dictionary_get_de_en ();
  PxTranslation tr[PX_DICTIONARY_MAX_TRANSLATIONS];
  g_autofree char *lower = NULL;
  struct sb_stemmer *english;
  gboolean found = FALSE;
  guint n;

  if (dictionary == NULL || noun == NULL)
    return FALSE;
  lower = g_utf8_strdown (noun, -1);
  if ((n = px_dictionary_translate (dictionary, lower, tr)) == 0 ||
      (english = sb_stemmer_new ("english", NULL)) == NULL)
    return FALSE;
  for (guint i = 0; i < n && !found; i++)
    {
      g_autofree char *stem = stem_word (english, tr[i].english);
      const char *label = g_hash_table_lookup (get_equivalent_stems (), stem);

      found = g_str_equal (label != NULL ? label : stem, key);
    }
  sb_stemmer_delete (english);
  return found;
}

static gboolean
same_noun_across_languages (const PxFigure *a,
                            const char     *ka,
                            const PxFigure *b,
                            const char     *kb)
{
  return translates_to (a->noun, kb) || translates_to (b->noun, ka);
}

/**
 * px_figure_same_quantity:
 * @a: a figure
 * @b: another figure
 *
 * Whether two figures measure the same quantity: the same unit, the same
 * counted noun (by stem, through a small table of equivalent nouns, as the
 * head of a compound, or across languages through the German–English
 * dictionary), and both totals or both parts.
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
         (is_compound_head (ka, kb) || is_compound_head (kb, ka) ||
          same_noun_across_languages (a, ka, b, kb));
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
