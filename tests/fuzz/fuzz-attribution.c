/* fuzz-attribution.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Attribution and quote finding over whatever the text loader makes of
 * arbitrary bytes: every span found must lie inside the article's text.
 */

#include "config.h"

#include "px-core.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

static void
assert_span (PxSpan      span,
             gsize       length,
             const char *text)
{
  g_assert_cmpuint (span.start, <=, span.end);
  g_assert_cmpuint (span.end, <=, length);
  g_assert_true (g_utf8_validate (text + span.start, span.end - span.start, NULL));
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static PxArticleLoader *loader;
  g_autoptr(PxArticle) article = NULL;
  g_autoptr(GPtrArray) attributions = NULL;
  g_autoptr(GPtrArray) quotes = NULL;
  const char *text;
  gsize length;
  guint n_sentences;

  if (loader == NULL)
    loader = px_article_loader_new ();

  article = px_article_loader_load_data (loader, "fuzz.txt", (const char *)data, size, NULL);
  if (article == NULL)
    return 0;

  text = px_article_get_text (article);
  length = px_article_get_text_length (article);
  px_article_get_sentences (article, &n_sentences);

  attributions = px_attribution_find (article);
  g_assert_nonnull (attributions);
  for (guint i = 0; i < attributions->len; i++)
    {
      PxAttribution *attribution = g_ptr_array_index (attributions, i);
      g_autofree char *chain = px_attribution_describe_chain (attribution, NULL);

      g_assert_cmpuint (px_attribution_get_sentence (attribution), <, n_sentences);
      assert_span (px_attribution_get_cue_span (attribution), length, text);
      assert_span (px_attribution_get_source_span (attribution), length, text);
      g_assert_nonnull (chain);
      for (guint v = 0; v < px_attribution_get_n_via (attribution); v++)
        g_assert_nonnull (px_attribution_get_via_text (attribution, v));
    }

  quotes = px_quote_find (article);
  g_assert_nonnull (quotes);
  for (guint i = 0; i < quotes->len; i++)
    {
      PxQuote *quote = g_ptr_array_index (quotes, i);
      PxSpan span = { px_quote_get_start (quote), px_quote_get_end (quote) };

      assert_span (span, length, text);
      g_assert_cmpuint (px_quote_get_first_sentence (quote), <=, px_quote_get_last_sentence (quote));
      g_assert_cmpuint (px_quote_get_last_sentence (quote), <, n_sentences);
      g_assert_true (g_utf8_validate (px_quote_get_text (quote), -1, NULL));
    }

  return 0;
}
