/* fuzz-html-text.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The HTML importer's main-text extraction on its own, without the loader's
 * decoding and segmentation around it, so that libFuzzer spends its time in
 * the page walk, the boilerplate rules and the JSON-LD metadata.
 */

#include "config.h"

#include <string.h>

#include "px-core.h"
#include "px-html-text-private.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

static void
assert_text (const char *text)
{
  if (text != NULL)
    g_assert_true (g_utf8_validate (text, -1, NULL));
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  const char *page = (const char *)data;
  g_autoptr(GError) error = NULL;
  PxHtmlText html = { 0 };
  gsize end = 0;

  /* The loader hands the importer valid UTF-8 without NUL; nothing else
   * reaches it.
   */
  if (!g_utf8_validate_len (page, size, NULL) || memchr (page, '\0', size) != NULL)
    return 0;

  if (!_px_html_text_extract (page, size, &html, &error))
    {
      g_assert_nonnull (error);
      _px_html_text_clear (&html);
      return 0;
    }

  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (html.text->str, html.text->len, NULL));
  g_assert_cmpuint (strlen (html.text->str), ==, html.text->len);
  for (guint i = 0; i < html.paragraphs->len; i++)
    {
      const PxParagraph *para = &g_array_index (html.paragraphs, PxParagraph, i);

      g_assert_cmpuint (para->start, >=, end);
      g_assert_cmpuint (para->start, <, para->end);
      g_assert_cmpuint (para->end, <=, html.text->len);
      g_assert_true (g_utf8_validate (html.text->str + para->start, para->end - para->start, NULL));
      end = para->end;
    }
  assert_text (html.title);
  assert_text (html.outlet);
  assert_text (html.date);
  assert_text (html.url);
  assert_text (html.language);

  _px_html_text_clear (&html);
  return 0;
}
