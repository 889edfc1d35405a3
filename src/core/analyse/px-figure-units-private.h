/* px-figure-units-private.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Units of measure for the figure extractor: the words that name a unit in
 * German and English, in their inflected forms, each normalised to one unit
 * key ("Kilometern", "kilometres", "km" → "km"); a unit written at a token,
 * a currency before the number, and fractions ("zwei Drittel").
 */

#pragma once

#include <glib.h>

#include "px-figure.h"
#include "px-figure-tokens-private.h"

G_BEGIN_DECLS

typedef struct
{
  const char   *unit;
  PxFigureKind  kind;
  const char   *words;     /* base forms, read with their inflections */
  const char   *abbrevs;   /* read as written */
} UnitDef;

/* What follows a number: a unit, a counted noun, or nothing. */
typedef struct
{
  const char   *unit;     /* a normalised unit, or NULL */
  PxFigureKind  kind;
  guint         noun;     /* token of the noun or unit, G_MAXUINT if none */
  guint         end;      /* token after the unit */
} UnitMatch;

const UnitDef *_px_figure_lookup_unit          (const char  *word);
gboolean       _px_figure_match_unit           (Ctx         *c,
                                                guint        j,
                                                UnitMatch   *m);
guint          _px_figure_currency_before      (Ctx         *c,
                                                guint        i,
                                                const char **unit);
double         _px_figure_fraction_denominator (const char  *word);

G_END_DECLS
