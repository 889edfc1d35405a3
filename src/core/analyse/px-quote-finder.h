/* px-quote-finder.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-article.h"
#include "px-attribution.h"
#include "px-quote-span.h"

G_BEGIN_DECLS

/**
 * PxQuoteFidelity:
 * @PX_QUOTE_FIDELITY_IDENTICAL: the same words, up to case, spacing and punctuation
 * @PX_QUOTE_FIDELITY_REWORDED: mostly the same words (stems), some changed
 * @PX_QUOTE_FIDELITY_TRUNCATED: one is a contiguous cut of the other
 * @PX_QUOTE_FIDELITY_INDIRECT: the quote turned into indirect speech
 * @PX_QUOTE_FIDELITY_UNRELATED: not renderings of the same quotation
 *
 * How faithfully one rendering of a quotation follows another.
 */
typedef enum
{
  PX_QUOTE_FIDELITY_IDENTICAL,
  PX_QUOTE_FIDELITY_REWORDED,
  PX_QUOTE_FIDELITY_TRUNCATED,
  PX_QUOTE_FIDELITY_INDIRECT,
  PX_QUOTE_FIDELITY_UNRELATED,
} PxQuoteFidelity;

#define PX_TYPE_QUOTE (px_quote_get_type ())

typedef struct _PxQuote PxQuote;

const char     *px_quote_fidelity_to_string  (PxQuoteFidelity  fidelity);

GType           px_quote_get_type            (void) G_GNUC_CONST;
PxQuote        *px_quote_ref                 (PxQuote         *self);
void            px_quote_unref               (PxQuote         *self);
guint           px_quote_get_start           (const PxQuote   *self);
guint           px_quote_get_end             (const PxQuote   *self);
const char     *px_quote_get_text            (const PxQuote   *self);
guint           px_quote_get_first_sentence  (const PxQuote   *self);
guint           px_quote_get_last_sentence   (const PxQuote   *self);
const char     *px_quote_get_speaker         (const PxQuote   *self);
PxSourceKind    px_quote_get_speaker_kind    (const PxQuote   *self);

GPtrArray      *px_quote_find                (PxArticle       *article);
GPtrArray      *px_quote_find_with_attributions (PxArticle    *article,
                                                 GPtrArray    *attributions);
PxQuoteFidelity px_quote_compare             (const char      *quote_a,
                                              const char      *quote_b,
                                              const char      *language);
PxQuoteFidelity px_quote_compare_indirect    (const char      *sentence,
                                              const char      *quote,
                                              const char      *language);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxQuote, px_quote_unref)

G_END_DECLS
