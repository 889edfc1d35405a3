/* fuzz-figures.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The figure extractor over arbitrary text. The first byte picks the
 * language by its value modulo 4: German ("d"), English ("e"), none ("f")
 * or another ("g", read with both conventions); the rest is read as one
 * sentence, with a little text before and after it so that an extractor
 * that looks beyond its span shows up as a figure outside it.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "px-core.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

#define PREFIX "Vorher 12. "
#define SUFFIX " Danach 34."

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static const char *languages[] = { "de", "en", NULL, "fr" };
  g_autoptr(GPtrArray) figures = NULL;
  g_autofree char *text = NULL;
  const char *sentence;
  const char *language;
  gsize length, start, end;

  if (size == 0)
    return 0;
  language = languages[data[0] % G_N_ELEMENTS (languages)];
  sentence = (const char *)data + 1;
  length = size - 1;

  /* Article text is valid UTF-8 without NUL, as the loader guarantees; the
   * extractor is never given anything else.
   */
  if (!g_utf8_validate_len (sentence, length, NULL) || memchr (sentence, '\0', length) != NULL)
    return 0;

  {
    GString *s = g_string_new (PREFIX);

    g_string_append_len (s, sentence, length);
    g_string_append (s, SUFFIX);
    text = g_string_free (s, FALSE);
  }
  start = strlen (PREFIX);
  end = start + length;

  figures = px_figure_extract (text, start, end, language);
  g_assert_nonnull (figures);

  for (guint i = 0; i < figures->len; i++)
    {
      PxFigure *figure = g_ptr_array_index (figures, i);
      double low = px_figure_get_low (figure);
      double high = px_figure_get_high (figure);
      g_autofree char *formatted = px_figure_format (figure);

      g_assert_cmpuint (px_figure_get_start (figure), >=, start);
      g_assert_cmpuint (px_figure_get_start (figure), <, px_figure_get_end (figure));
      g_assert_cmpuint (px_figure_get_end (figure), <=, end);
      g_assert_true (g_utf8_validate (text + px_figure_get_start (figure),
                                      px_figure_get_end (figure) - px_figure_get_start (figure),
                                      NULL));
      g_assert_nonnull (px_figure_get_text (figure));
      g_assert_true (g_utf8_validate (px_figure_get_text (figure), -1, NULL));
      g_assert_nonnull (formatted);
      if (!isnan (low) && !isnan (high))
        g_assert_cmpfloat (low, <=, high);
      if (i > 0)
        g_assert_cmpuint (px_figure_get_start (g_ptr_array_index (figures, i - 1)), <=,
                          px_figure_get_start (figure));
    }

  return 0;
}
