/* px-figure-hedge-private.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Hedges and ranges for the figure extractor: the qualifiers before a
 * number ("bis zu rund", "more than", "etwa"), the cues that make it a
 * share of a total ("davon", "including"), and a second number that makes
 * a range ("10.000 bis 12.000", "between 10 and 12").
 */

#pragma once

#include <glib.h>

#include "px-figure.h"
#include "px-figure-number-private.h"
#include "px-figure-tokens-private.h"

G_BEGIN_DECLS

guint     _px_figure_qualifiers_before  (Ctx               *c,
                                         guint              i,
                                         gboolean          *found,
                                         PxFigureQualifier *qualifier,
                                         gboolean          *approximate);
gboolean  _px_figure_part_cue_before    (Ctx               *c,
                                         guint              i);
gboolean  _px_figure_part_cue_after     (Ctx               *c,
                                         guint              j);
gboolean  _px_figure_read_range         (Ctx               *c,
                                         Number            *left,
                                         guint              opener,
                                         Number            *right);
gboolean  _px_figure_hedged_as_amount   (Ctx               *c,
                                         guint              first);

G_END_DECLS
