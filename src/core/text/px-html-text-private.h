/* px-html-text-private.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "px-core-types.h"

G_BEGIN_DECLS

/* What the HTML importer found: metadata plus the main text, one paragraph
 * per block, separated by "\n\n" in @text; @paragraphs holds their spans.
 */
typedef struct _PxHtmlText
{
  char    *title;
  char    *outlet;
  char    *date;
  char    *url;
  char    *language;
  GString *text;
  GArray  *paragraphs;   /* of PxParagraph */
} PxHtmlText;

gboolean _px_html_text_extract (const char  *data,
                                gsize        length,
                                PxHtmlText  *out,
                                GError     **error);
void     _px_html_text_clear   (PxHtmlText  *out);

G_END_DECLS
