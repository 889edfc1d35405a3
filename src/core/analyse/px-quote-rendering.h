/* px-quote-rendering.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How one source renders a quotation, as a span: the parts of a direct
 * quote split over sentences or marks („…“, sagte sie. „…“) read as one,
 * and indirect speech over the sentences that carry it, so that renderings
 * are compared whole rather than sentence by sentence.
 */

#pragma once

#include "px-article.h"
#include "px-quote-finder.h"

G_BEGIN_DECLS

char            *px_quote_dup_rendering     (PxArticle  *article,
                                             GPtrArray  *quotes,
                                             guint       sentence,
                                             guint      *first,
                                             guint      *last);
PxQuoteFidelity  px_quote_compare_rendering (PxArticle  *article,
                                             GPtrArray  *quotes,
                                             guint       sentence,
                                             const char *quote);

G_END_DECLS
