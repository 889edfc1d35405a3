/* px-figure-number-private.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Number reading for the figure extractor: digits in the German and the
 * English convention ("10.000", "10,000", "1,5", "10 000"), number words
 * ("zwölftausend", "twenty-five", "a dozen"), scale words ("2,5
 * Millionen", "$4bn") and vague plurals ("Tausende", "dozens of").
 */

#pragma once

#include <glib.h>

#include "px-figure-tokens-private.h"

G_BEGIN_DECLS

/* A number as read, before its surroundings are. */
typedef struct
{
  guint    first;
  guint    next;         /* token after the number and its scale */
  double   value;
  double   alt_value;    /* the other reading of "1.500" / "1,500" */
  gboolean ambiguous;
  gboolean scaled;
  gboolean vague;
  gboolean digits;
  gboolean plain_integer;  /* digits only, no separator: a year candidate */
  guint    n_digits;
  const char *glued_unit;  /* "300km" */
} Number;

gboolean  _px_figure_read_number         (Ctx        *c,
                                          guint       i,
                                          Number     *num);
double    _px_figure_lookup_scale        (Ctx        *c,
                                          const char *word);
double    _px_figure_lookup_vague        (const char *word);
gboolean  _px_figure_may_be_number_word  (const char *word);
gboolean  _px_figure_parse_de_number     (const char *word,
                                          double     *value);
int       _px_figure_en_small_number     (const char *word);

G_END_DECLS
