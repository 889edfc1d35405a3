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

#include "px-figure.h"
#include "px-figure-private.h"

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
