/* px-figure-extractor.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "px-core-types.h"
#include "px-figure.h"

G_BEGIN_DECLS

/**
 * PxFigureMention:
 * @document: index of the article in the set
 * @sentence: index of the sentence in the article
 * @figure: the figure
 *
 * A figure where it was found.
 */
typedef struct
{
  guint     document;
  guint     sentence;
  PxFigure *figure;
} PxFigureMention;

/**
 * PxFigureComparison:
 * @quantity: the quantity key ("soldat", "km", "EUR")
 * @is_part: whether the figures are shares of a total ("davon 1.800")
 * @verdict: the worst verdict between figures of different sources
 * @mentions: (element-type guint): indices into the mention array
 * @summary: a one-line summary for people
 *
 * The figures the sources give for one quantity.
 */
typedef struct
{
  char            *quantity;
  gboolean         is_part;
  PxFigureVerdict  verdict;
  GArray          *mentions;
  char            *summary;
} PxFigureComparison;

GPtrArray *px_figure_extract              (const char *text,
                                           gsize       start,
                                           gsize       end,
                                           const char *language);
GArray    *px_figure_extract_articles     (GPtrArray  *articles);
GPtrArray *px_figure_split_repeats        (GArray     *members,
                                           GArray     *mentions);
GPtrArray *px_figure_compare_mentions     (GPtrArray  *articles,
                                           GArray     *mentions);

G_END_DECLS
