/* px-comparison-private.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the files of the comparison share: its instance, the helpers that
 * record a divergence, and the comparisons of figures and quotes, which
 * have files of their own (px-comparison-figures.c, px-comparison-quotes.c).
 */

#pragma once

#include "px-comparison.h"

G_BEGIN_DECLS

/* The diverge stage (design.md section 3): given an alignment, what differs
 * inside each claim group — figures, wording, attribution, quotes — and which
 * sources leave a claim out. Immutable once built, so it crosses threads.
 */
struct _PxComparison
{
  GObject      parent_instance;

  PxAlignment *alignment;
  GArray      *figures;          /* of PxFigureMention */
  GHashTable  *figures_at;       /* (article << 32 | sentence) → GArray of indices into figures */
  GPtrArray   *figure_groups;    /* of PxGroupFigures* */
  GPtrArray   *attributions;     /* per article: GPtrArray of PxAttribution */
  GPtrArray   *quotes;           /* per article: GPtrArray of PxQuote */
  GArray      *group_quotes;     /* of PxGroupQuote */
  GPtrArray   *divergences;      /* of PxDivergence* */
};

static inline PxDivergence *
add_divergence (PxComparison     *self,
                PxDivergenceKind  kind,
                guint             group,
                char             *summary)
{
  PxDivergence *d = g_new0 (PxDivergence, 1);

  d->kind = kind;
  d->group = group;
  d->summary = summary;
  d->documents = g_ptr_array_new_with_free_func (g_free);
  d->comparison = -1;
  g_ptr_array_add (self->divergences, d);
  return d;
}

static inline void
add_document (PxDivergence *d,
              const char   *id)
{
  for (guint i = 0; i < d->documents->len; i++)
    if (g_str_equal (g_ptr_array_index (d->documents, i), id))
      return;
  g_ptr_array_add (d->documents, g_strdup (id));
}

static inline const char *
article_id (PxComparison *self,
            guint         article)
{
  return px_article_get_id (px_alignment_get_article (self->alignment, article));
}

static inline const char *
article_outlet (PxComparison *self,
                guint         article)
{
  return px_article_get_outlet (px_alignment_get_article (self->alignment, article));
}

void _px_comparison_index_figures   (PxComparison *self);
void _px_comparison_compare_figures (PxComparison *self,
                                     guint         group);
void _px_comparison_compare_quotes  (PxComparison *self,
                                     guint         group);

G_END_DECLS
