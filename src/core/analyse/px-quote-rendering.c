/* px-quote-rendering.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-quote-rendering"

#include "config.h"

#include <string.h>

#include "px-attribution-finder.h"
#include "px-quote-rendering.h"

/* How many sentences of indirect speech beyond the sentence asked about
 * may render one quotation: a quote of two or three sentences is rendered
 * in as many.
 */
#define MAX_INDIRECT_SENTENCES 3

/* The first quote whose last sentence is at or after @sentence, by
 * bisection: the quotes are in text order.
 */
static guint
first_quote_from (GPtrArray *quotes,
                  guint      sentence)
{
  guint lo = 0, hi = quotes->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (px_quote_get_last_sentence (g_ptr_array_index (quotes, mid)) < sentence)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* Whether the quote @b goes on where @a stops: the next part by the same
 * speaker, in the same or the next sentence of the same paragraph
 * („Wir haben alles versucht“, sagte sie. „Es reichte nicht.“).
 */
static gboolean
continues (const PxSentence *sentences,
           const PxQuote    *a,
           const PxQuote    *b)
{
  guint a_last = px_quote_get_last_sentence (a);
  guint b_first = px_quote_get_first_sentence (b);

  return b_first <= a_last + 1 &&
         sentences[a_last].paragraph == sentences[b_first].paragraph &&
         g_strcmp0 (px_quote_get_speaker (a), px_quote_get_speaker (b)) == 0;
}

/**
 * px_quote_dup_rendering:
 * @article: an article
 * @quotes: (element-type PxQuote): its quotes, from px_quote_find()
 * @sentence: a sentence of @article
 * @first: (out) (optional): the index in @quotes of the rendering's first part
 * @last: (out) (optional): the index of its last part
 *
 * The direct quotation @sentence carries, read as one span across sentence
 * boundaries: the quote in the sentence with the parts by the same speaker
 * that lead into it or go on from it in the sentences around.
 *
 * Returns: (transfer full) (nullable): the quoted words, parts joined by a
 *   space, or %NULL when the sentence carries no quotation
 */
char *
px_quote_dup_rendering (PxArticle *article,
                        GPtrArray *quotes,
                        guint      sentence,
                        guint     *first,
                        guint     *last)
{
  const PxSentence *sentences;
  GString *text;
  guint i, a, b;

  g_return_val_if_fail (PX_IS_ARTICLE (article), NULL);
  g_return_val_if_fail (quotes != NULL, NULL);

  sentences = px_article_get_sentences (article, NULL);
  i = first_quote_from (quotes, sentence);
  if (i >= quotes->len || px_quote_get_first_sentence (g_ptr_array_index (quotes, i)) > sentence)
    return NULL;

  for (a = i; a > 0 && continues (sentences, g_ptr_array_index (quotes, a - 1),
                                  g_ptr_array_index (quotes, a)); a--)
    ;
  for (b = i; b + 1 < quotes->len && continues (sentences, g_ptr_array_index (quotes, b),
                                                g_ptr_array_index (quotes, b + 1)); b++)
    ;

  text = g_string_new (NULL);
  for (guint k = a; k <= b; k++)
    {
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, px_quote_get_text (g_ptr_array_index (quotes, k)));
    }
  if (first != NULL)
    *first = a;
  if (last != NULL)
    *last = b;
  return g_string_free (text, FALSE);
}

static gboolean
has_quote (GPtrArray *quotes,
           guint      sentence)
{
  guint i = first_quote_from (quotes, sentence);

  return i < quotes->len && px_quote_get_first_sentence (g_ptr_array_index (quotes, i)) <= sentence;
}

/* Whether sentence @s may continue indirect speech around @sentence: the
 * same paragraph, no direct quote of its own, and indirect speech itself.
 */
static gboolean
indirect_neighbour (PxArticle        *article,
                    GPtrArray        *quotes,
                    const PxSentence *sentences,
                    guint             sentence,
                    guint             s)
{
  g_autofree char *text = NULL;

  if (sentences[s].paragraph != sentences[sentence].paragraph ||
      sentences[s].kind != PX_SENTENCE_BODY || has_quote (quotes, s))
    return FALSE;
  text = px_article_dup_sentence_text (article, s);
  return px_attribution_is_indirect_speech (text, px_article_get_language (article));
}

/**
 * px_quote_compare_rendering:
 * @article: an article
 * @quotes: (element-type PxQuote): its quotes, from px_quote_find()
 * @sentence: a sentence of @article without a direct quotation
 * @quote: a direct quotation from another source
 *
 * Whether @sentence renders @quote as indirect speech ("Man räume die
 * Dörfer…", "She said they had tried everything"), read as a span: with the
 * sentences of indirect speech around it in its paragraph, since a quote of
 * several sentences is rendered in several.
 *
 * Returns: %PX_QUOTE_FIDELITY_INDIRECT or %PX_QUOTE_FIDELITY_UNRELATED
 */
PxQuoteFidelity
px_quote_compare_rendering (PxArticle  *article,
                            GPtrArray  *quotes,
                            guint       sentence,
                            const char *quote)
{
  const PxSentence *sentences;
  guint n_sentences = 0, a = sentence, b = sentence;
  const char *text;
  g_autofree char *span = NULL;

  g_return_val_if_fail (PX_IS_ARTICLE (article), PX_QUOTE_FIDELITY_UNRELATED);
  g_return_val_if_fail (quote != NULL, PX_QUOTE_FIDELITY_UNRELATED);

  sentences = px_article_get_sentences (article, &n_sentences);
  g_return_val_if_fail (sentence < n_sentences, PX_QUOTE_FIDELITY_UNRELATED);

  while (a > 0 && sentence - (a - 1) <= MAX_INDIRECT_SENTENCES &&
         indirect_neighbour (article, quotes, sentences, sentence, a - 1))
    a--;
  while (b + 1 < n_sentences && (b + 1) - a <= MAX_INDIRECT_SENTENCES &&
         indirect_neighbour (article, quotes, sentences, sentence, b + 1))
    b++;

  text = px_article_get_text (article);
  span = g_strndup (text + sentences[a].start, sentences[b].end - sentences[a].start);
  return px_quote_compare_indirect (span, quote, px_article_get_language (article));
}
