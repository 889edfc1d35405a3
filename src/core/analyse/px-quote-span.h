/* px-quote-span.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Quotation marks and the stretches between them: the one piece of quote
 * reading that the attribution finder and the quote finder share, so that
 * the two depend in one direction (quotes on attributions, both on this).
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * PxQuoteSpan:
 * @start: first byte of the opening mark
 * @end: byte after the closing mark
 * @content_start: first byte inside the marks
 * @content_end: byte before the closing mark
 * @is_name: whether the marks only set off a name or title
 *   („Potsdamer Landeszeitung“, „Army Tactical Missile Systems“)
 *
 * A stretch of text between matching quotation marks.
 */
typedef struct
{
  guint    start;
  guint    end;
  guint    content_start;
  guint    content_end;
  gboolean is_name;
} PxQuoteSpan;

GArray *px_quote_scan (const char *text,
                       gsize       length);

G_END_DECLS
