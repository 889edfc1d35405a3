/* px-attribution-finder.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-article.h"
#include "px-attribution.h"

G_BEGIN_DECLS

GPtrArray    *px_attribution_find             (PxArticle     *article);
gboolean      px_attribution_classify_source  (const char    *text,
                                               PxSourceKind  *kind,
                                               char         **name);
char         *px_attribution_describe_root    (PxArticle     *article);
gboolean      px_attribution_is_indirect_speech (const char  *sentence,
                                                 const char  *language);

G_END_DECLS
