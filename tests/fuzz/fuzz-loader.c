/* fuzz-loader.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One source, three targets: FUZZ_FILE_NAME selects the format the loader
 * reads (text with front matter, Markdown or HTML).
 */

#include "config.h"

#include "px-core.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static PxArticleLoader *loader;
  g_autoptr(PxArticle) article = NULL;
  g_autoptr(GError) error = NULL;

  if (loader == NULL)
    loader = px_article_loader_new ();

  article = px_article_loader_load_data (loader, FUZZ_FILE_NAME, (const char *)data, size, &error);

  /* Whatever the input, the result must be consistent: an article whose
   * sentences lie inside its text, or an error.
   */
  if (article != NULL)
    {
      const PxSentence *sentences;
      guint n;
      gsize length = px_article_get_text_length (article);

      g_assert_null (error);
      g_assert_true (g_utf8_validate (px_article_get_text (article), length, NULL));
      sentences = px_article_get_sentences (article, &n);
      for (guint i = 0; i < n; i++)
        {
          g_assert_cmpuint (sentences[i].start, <, sentences[i].end);
          g_assert_cmpuint (sentences[i].end, <=, length);
          if (i > 0)
            g_assert_cmpuint (sentences[i - 1].end, <=, sentences[i].start);
        }
    }
  else
    g_assert_nonnull (error);

  return 0;
}
