/* px-figure.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * PxFigureQualifier:
 * @PX_FIGURE_EXACT: a plain number ("10.000")
 * @PX_FIGURE_APPROX: "rund", "etwa", "about", "some"… (read as ±10 %)
 * @PX_FIGURE_MORE_THAN: "mehr als", "über", "more than", "over"
 * @PX_FIGURE_AT_LEAST: "mindestens", "at least"
 * @PX_FIGURE_UP_TO: "bis zu", "up to", "as many as"
 * @PX_FIGURE_AT_MOST: "höchstens", "at most", "no more than"
 * @PX_FIGURE_LESS_THAN: "weniger als", "unter", "less than", "fewer than"
 * @PX_FIGURE_RANGE: "zwischen 10.000 und 12.000", "10,000-12,000"
 * @PX_FIGURE_VAGUE: "Tausende", "mehrere Hundert", "dozens of"
 *
 * How a figure's number is hedged.
 */
typedef enum
{
  PX_FIGURE_EXACT,
  PX_FIGURE_APPROX,
  PX_FIGURE_MORE_THAN,
  PX_FIGURE_AT_LEAST,
  PX_FIGURE_UP_TO,
  PX_FIGURE_AT_MOST,
  PX_FIGURE_LESS_THAN,
  PX_FIGURE_RANGE,
  PX_FIGURE_VAGUE,
} PxFigureQualifier;

/**
 * PxFigureKind:
 * @PX_FIGURE_KIND_COUNT: a number of things ("10.000 Soldaten")
 * @PX_FIGURE_KIND_MONEY: an amount in a currency
 * @PX_FIGURE_KIND_PERCENT: a percentage or percentage points
 * @PX_FIGURE_KIND_DISTANCE: a length
 * @PX_FIGURE_KIND_DURATION: a span of time ("zwei Monate")
 * @PX_FIGURE_KIND_OTHER: any other measure, or a number with no unit
 * @PX_FIGURE_KIND_SOURCING: a count of who the article cites or how often
 *   ("drei Quellen" in "so drei Quellen", "two officials said", "sagte er
 *   drei Mal"): how a claim is sourced, not what it states, so it is never
 *   compared
 *
 * What a figure measures.
 */
typedef enum
{
  PX_FIGURE_KIND_COUNT,
  PX_FIGURE_KIND_MONEY,
  PX_FIGURE_KIND_PERCENT,
  PX_FIGURE_KIND_DISTANCE,
  PX_FIGURE_KIND_DURATION,
  PX_FIGURE_KIND_OTHER,
  PX_FIGURE_KIND_SOURCING,
} PxFigureKind;

/**
 * PxFigureVerdict:
 * @PX_FIGURE_VERDICT_AGREE: same value and same qualifier
 * @PX_FIGURE_VERDICT_HEDGE: same value, hedged differently, or stated
 *   vaguely by one source ("Tausende") and as a number within it by another
 * @PX_FIGURE_VERDICT_DIFFER: different statements whose ranges overlap
 * @PX_FIGURE_VERDICT_CONTRADICT: the ranges are disjoint
 * @PX_FIGURE_VERDICT_SINGLE: only one source gives a figure
 *
 * The outcome of comparing figures of one quantity; the order is from
 * harmless to serious, except for @PX_FIGURE_VERDICT_SINGLE.
 */
typedef enum
{
  PX_FIGURE_VERDICT_AGREE,
  PX_FIGURE_VERDICT_HEDGE,
  PX_FIGURE_VERDICT_DIFFER,
  PX_FIGURE_VERDICT_CONTRADICT,
  PX_FIGURE_VERDICT_SINGLE,
} PxFigureVerdict;

#define PX_TYPE_FIGURE (px_figure_get_type ())

typedef struct _PxFigure PxFigure;

GType              px_figure_get_type               (void) G_GNUC_CONST;
PxFigure          *px_figure_new                    (guint              start,
                                                     guint              end,
                                                     const char        *text,
                                                     double             low,
                                                     double             high,
                                                     PxFigureQualifier  qualifier,
                                                     gboolean           approximate,
                                                     PxFigureKind       kind,
                                                     const char        *unit,
                                                     const char        *noun,
                                                     gboolean           is_part);
PxFigure          *px_figure_ref                    (PxFigure          *self);
void               px_figure_unref                  (PxFigure          *self);

guint              px_figure_get_start              (const PxFigure    *self);
guint              px_figure_get_end                (const PxFigure    *self);
const char        *px_figure_get_text               (const PxFigure    *self);
double             px_figure_get_low                (const PxFigure    *self);
double             px_figure_get_high               (const PxFigure    *self);
PxFigureQualifier  px_figure_get_qualifier          (const PxFigure    *self);
gboolean           px_figure_get_approximate        (const PxFigure    *self);
PxFigureKind       px_figure_get_kind               (const PxFigure    *self);
const char        *px_figure_get_unit               (const PxFigure    *self);
const char        *px_figure_get_noun               (const PxFigure    *self);
gboolean           px_figure_get_is_part            (const PxFigure    *self);

char              *px_figure_format                 (const PxFigure    *self);
gboolean           px_figure_same_quantity          (const PxFigure    *a,
                                                     const PxFigure    *b);
const char        *px_figure_quantity_key           (const PxFigure    *self);
PxFigureVerdict    px_figure_compare                (const PxFigure    *a,
                                                     const PxFigure    *b);
PxFigureVerdict    px_figure_compare_set            (GPtrArray         *figures,
                                                     const char * const *sources);
char              *px_figure_summarize              (GPtrArray         *figures,
                                                     const char * const *sources,
                                                     PxFigureVerdict   *verdict);

const char        *px_figure_qualifier_to_string    (PxFigureQualifier  qualifier);
gboolean           px_figure_qualifier_from_string  (const char        *str,
                                                     PxFigureQualifier *qualifier);
const char        *px_figure_kind_to_string         (PxFigureKind       kind);
const char        *px_figure_verdict_to_string      (PxFigureVerdict    verdict);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxFigure, px_figure_unref)

G_END_DECLS
