/* px-loader-private.h — the loader's parts: decoding, front matter, plain
 * text and Markdown paragraphs
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What a front matter block or an HTML head says of an article. */
typedef struct
{
  char *title;
  char *outlet;
  char *date;
  char *url;
  char *language;
} PxFrontMatter;

gboolean _px_text_looks_binary  (const char     *data,
                                 gsize           length);
char    *_px_text_decode        (const char     *data,
                                 gsize           length,
                                 const char     *name,
                                 char          **warning,
                                 GError        **error);

void     _px_front_matter_clear (PxFrontMatter  *meta);
gsize    _px_front_matter_parse (const char     *text,
                                 PxFrontMatter  *meta);

void     _px_plain_text_split   (char           *text,
                                 gboolean        has_title,
                                 GArray         *paragraphs);
char    *_px_markdown_to_text   (const char     *source,
                                 GArray         *paragraphs);

G_END_DECLS
