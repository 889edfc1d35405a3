/* fuzz-segmenter.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "px-core.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  const char *text = (const char *)data;
  g_autoptr(GArray) sentences = NULL;
  PxParagraph para = { 0, size, PX_SENTENCE_BODY };

  /* The segmenter's contract is valid UTF-8 without NUL, as the loader
   * guarantees; anything else is not an input it can be given.
   */
  if (size == 0 || !g_utf8_validate (text, size, NULL) || memchr (text, '\0', size) != NULL)
    return 0;

  sentences = px_segmenter_split (text, size, &para, 1, size % 2 ? "en" : "de");
  for (guint i = 0; i < sentences->len; i++)
    {
      const PxSentence *s = &g_array_index (sentences, PxSentence, i);

      g_assert_cmpuint (s->start, <, s->end);
      g_assert_cmpuint (s->end, <=, size);
      g_assert_true (g_utf8_validate (text + s->start, s->end - s->start, NULL));
    }
  return 0;
}
