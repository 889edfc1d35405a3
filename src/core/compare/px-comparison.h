/* px-comparison.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "px-alignment.h"
#include "px-attribution.h"
#include "px-core-types.h"
#include "px-figure-extractor.h"
#include "px-quote-finder.h"
#include "px-report.h"

G_BEGIN_DECLS

/**
 * PxDivergenceKind:
 * @PX_DIVERGENCE_FIGURE: the sources give different figures for a quantity
 * @PX_DIVERGENCE_WORDING: the sources word the claim differently
 * @PX_DIVERGENCE_ATTRIBUTION: the sources name different sources, or none
 * @PX_DIVERGENCE_QUOTE: a quotation is reworded, truncated or made indirect
 * @PX_DIVERGENCE_OMISSION: some sources leave the claim out
 */
typedef enum
{
  PX_DIVERGENCE_FIGURE,
  PX_DIVERGENCE_WORDING,
  PX_DIVERGENCE_ATTRIBUTION,
  PX_DIVERGENCE_QUOTE,
  PX_DIVERGENCE_OMISSION,
} PxDivergenceKind;

/**
 * PxDivergence:
 * @kind: what diverges
 * @group: index of the claim group
 * @summary: one line for people
 * @documents: (element-type utf8): ids of the documents concerned
 * @figure_verdict: for figures, the verdict
 * @comparison: for figures, index into px_comparison_get_figure_groups()
 */
typedef struct
{
  PxDivergenceKind  kind;
  guint             group;
  char             *summary;
  GPtrArray        *documents;
  PxFigureVerdict   figure_verdict;
  int               comparison;
} PxDivergence;

/**
 * PxGroupFigures:
 * @group: index of the claim group
 * @quantity: the quantity's key
 * @verdict: the verdict across sources
 * @mentions: (element-type guint): indices into px_comparison_get_figures()
 * @summary: one line for people
 */
typedef struct
{
  guint            group;
  char            *quantity;
  PxFigureVerdict  verdict;
  GArray          *mentions;
  char            *summary;
} PxGroupFigures;

/**
 * PxGroupQuote:
 * @article: index of the article
 * @quote: index into that article's quotes
 * @group: the claim group it is part of
 * @fidelity: how it renders the group's reference quotation
 */
typedef struct
{
  guint           article;
  guint           quote;
  guint           group;
  PxQuoteFidelity fidelity;
} PxGroupQuote;

#define PX_TYPE_COMPARISON (px_comparison_get_type ())

G_DECLARE_FINAL_TYPE (PxComparison, px_comparison, PX, COMPARISON, GObject)

PxComparison *px_comparison_new               (PxAlignment          *alignment);
void          px_comparison_new_async         (PxAlignment          *alignment,
                                               GCancellable         *cancellable,
                                               GAsyncReadyCallback   callback,
                                               gpointer              user_data);
PxComparison *px_comparison_new_finish        (GAsyncResult         *result,
                                               GError              **error);
PxAlignment  *px_comparison_get_alignment     (PxComparison         *self);
GArray       *px_comparison_get_figures       (PxComparison         *self);
GPtrArray    *px_comparison_get_figure_groups (PxComparison         *self);
GPtrArray    *px_comparison_get_attributions  (PxComparison         *self,
                                               guint                 article);
GPtrArray    *px_comparison_get_quotes        (PxComparison         *self,
                                               guint                 article);
GArray       *px_comparison_get_group_quotes  (PxComparison         *self);
GPtrArray    *px_comparison_get_divergences   (PxComparison         *self);
GPtrArray    *px_comparison_dup_group_details (PxComparison         *self,
                                               guint                 group);
char         *px_comparison_dup_root          (PxComparison         *self,
                                               guint                 article);
PxReport     *px_comparison_build_report      (PxComparison         *self,
                                               const char           *title,
                                               gboolean              classroom);

const char   *px_divergence_kind_to_string    (PxDivergenceKind      kind);

G_END_DECLS
