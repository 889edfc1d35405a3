/* px-segmenter.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "px-core-types.h"

G_BEGIN_DECLS

/* The longest sentence the segmenter makes, in bytes (see px-segmenter.c). */
#define PX_SENTENCE_MAX_BYTES 2000

GArray *px_segmenter_split (const char        *text,
                            gsize              length,
                            const PxParagraph *paragraphs,
                            guint              n_paragraphs,
                            const char        *language);

G_END_DECLS
