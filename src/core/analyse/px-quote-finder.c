/* px-quote-finder.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-quote-finder"

#include "config.h"

#include <string.h>

#include <libstemmer.h>

#include "px-attribution-finder.h"
#include "px-quote-finder.h"

struct _PxQuote
{
  gatomicrefcount  ref_count;

  guint            start;
  guint            end;
  char            *text;
  guint            first_sentence;
  guint            last_sentence;
  char            *speaker;
  PxSourceKind     speaker_kind;
};

G_DEFINE_BOXED_TYPE (PxQuote, px_quote, px_quote_ref, px_quote_unref)

static const char * const fidelity_names[] = {
  "identical", "reworded", "truncated", "indirect", "unrelated",
};

/**
 * px_quote_fidelity_to_string:
 * @fidelity: a fidelity
 *
 * Returns: "identical", "reworded", "truncated", "indirect" or "unrelated"
 */
const char *
px_quote_fidelity_to_string (PxQuoteFidelity fidelity)
{
  g_return_val_if_fail (fidelity <= PX_QUOTE_FIDELITY_UNRELATED, NULL);

  return fidelity_names[fidelity];
}

/**
 * px_quote_ref:
 * @self: a quote
 *
 * Returns: (transfer full): @self
 */
PxQuote *
px_quote_ref (PxQuote *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

/**
 * px_quote_unref:
 * @self: (transfer full): a quote
 */
void
px_quote_unref (PxQuote *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_free (self->text);
      g_free (self->speaker);
      g_free (self);
    }
}

/**
 * px_quote_get_start:
 * @self: a quote
 *
 * Returns: the first byte of the quoted words (inside the marks) in the
 *   article text
 */
guint
px_quote_get_start (const PxQuote *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->start;
}

/**
 * px_quote_get_end:
 * @self: a quote
 *
 * Returns: the byte after the quoted words (before the closing mark)
 */
guint
px_quote_get_end (const PxQuote *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->end;
}

/**
 * px_quote_get_text:
 * @self: a quote
 *
 * Returns: the quoted words, without the marks
 */
const char *
px_quote_get_text (const PxQuote *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->text;
}

/**
 * px_quote_get_first_sentence:
 * @self: a quote
 *
 * Returns: the index of the sentence where the quote opens
 */
guint
px_quote_get_first_sentence (const PxQuote *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->first_sentence;
}

/**
 * px_quote_get_last_sentence:
 * @self: a quote
 *
 * Returns: the index of the sentence where the quote closes
 */
guint
px_quote_get_last_sentence (const PxQuote *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->last_sentence;
}

/**
 * px_quote_get_speaker:
 * @self: a quote
 *
 * Returns: (nullable): the normalised name of who is quoted, if the article
 *   says
 */
const char *
px_quote_get_speaker (const PxQuote *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->speaker;
}

/**
 * px_quote_get_speaker_kind:
 * @self: a quote
 *
 * Returns: the kind of the speaker; meaningless when there is no speaker
 */
PxSourceKind
px_quote_get_speaker_kind (const PxQuote *self)
{
  g_return_val_if_fail (self != NULL, PX_SOURCE_ANONYMOUS);
  return self->speaker_kind;
}

/* Whether @offset lies in sentence @i or in the gap after it. */
static gboolean
up_to_sentence (const PxSentence *sentences,
                guint             n,
                guint             i,
                guint             offset)
{
  return offset < sentences[i].end || (i + 1 < n && offset < sentences[i + 1].start);
}

/* The sentence holding @offset (the one before, in a gap between two), by
 * bisection: sentences are in text order.
 */
static guint
sentence_at (const PxSentence *sentences,
             guint             n,
             guint             offset)
{
  guint lo = 0, hi = n;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (up_to_sentence (sentences, n, mid, offset))
        hi = mid;
      else
        lo = mid + 1;
    }
  return lo < n ? lo : (n > 0 ? n - 1 : 0);
}

/* The first attribution of sentence @sentence or later, by bisection: the
 * finder returns them in text order.
 */
static guint
first_attribution_from (GPtrArray *attributions,
                        guint      sentence)
{
  guint lo = 0, hi = attributions->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (px_attribution_get_sentence (g_ptr_array_index (attributions, mid)) < sentence)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static const PxAttribution *
speaker_for (GPtrArray         *attributions,
             const PxQuoteSpan *span,
             guint              first,
             guint              last,
             const char        *text)
{
  const PxAttribution *best = NULL;
  guint from = first_attribution_from (attributions, first > 0 ? first - 1 : 0);
  guint to = first_attribution_from (attributions, last + 1);

  /* "…“, sagte X" in the closing sentence, nearest first. */
  for (guint i = from; i < to; i++)
    {
      const PxAttribution *a = g_ptr_array_index (attributions, i);
      PxSpan cue = px_attribution_get_cue_span (a);

      if (px_attribution_get_sentence (a) == last && cue.start >= span->end &&
          (best == NULL || cue.start < px_attribution_get_cue_span (best).start))
        best = a;
    }
  if (best != NULL)
    return best;

  /* "X sagte: „…“" in the opening sentence, nearest first. */
  for (guint i = from; i < to; i++)
    {
      const PxAttribution *a = g_ptr_array_index (attributions, i);
      PxSpan cue = px_attribution_get_cue_span (a);

      if (px_attribution_get_sentence (a) == first && cue.end <= span->start &&
          cue.end > cue.start)
        best = a;
    }
  if (best != NULL)
    return best;

  /* A colon at the end of the sentence before introduces the quote. */
  for (guint i = from; i < to; i++)
    {
      const PxAttribution *a = g_ptr_array_index (attributions, i);
      guint s = px_attribution_get_sentence (a);

      if (s >= first && s <= last)
        return a;
      if (s + 1 == first)
        {
          guint k = span->start;

          while (k > 0 && g_ascii_isspace (text[k - 1]))
            k--;
          if (k > 0 && text[k - 1] == ':')
            best = a;
        }
    }
  return best;
}

/**
 * px_quote_find:
 * @article: a loaded article
 *
 * Finds direct quotations in the article's body, also those that run over
 * several sentences, with their speaker where the article names one
 * ("sagte X", "so X", "X sagte:", "said X"). Marks that only set off a
 * name („Potsdamer Landeszeitung“) are not quotations.
 *
 * Returns: (transfer full) (element-type PxQuote): the quotes in text order
 */
GPtrArray *
px_quote_find (PxArticle *article)
{
  return px_quote_find_with_attributions (article, NULL);
}

/**
 * px_quote_find_with_attributions:
 * @article: a loaded article
 * @attributions: (nullable) (element-type PxAttribution): what
 *   px_attribution_find() returned for @article, to spare finding them twice
 *
 * Like px_quote_find(), reusing attributions already found.
 *
 * Returns: (transfer full) (element-type PxQuote): the quotes in text order
 */
GPtrArray *
px_quote_find_with_attributions (PxArticle *article,
                                 GPtrArray *attributions)
{
  g_autoptr(GPtrArray) quotes = g_ptr_array_new_with_free_func ((GDestroyNotify)px_quote_unref);
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GArray) spans = NULL;
  const PxSentence *sentences;
  guint n_sentences = 0;
  const char *text;
  PxQuote *previous = NULL;

  g_return_val_if_fail (PX_IS_ARTICLE (article), NULL);

  text = px_article_get_text (article);
  sentences = px_article_get_sentences (article, &n_sentences);
  if (n_sentences == 0)
    return g_steal_pointer (&quotes);

  spans = px_quote_scan (text, px_article_get_text_length (article));
  if (attributions == NULL)
    attributions = found = px_attribution_find (article);

  for (guint i = 0; i < spans->len; i++)
    {
      const PxQuoteSpan *span = &g_array_index (spans, PxQuoteSpan, i);
      const PxAttribution *who;
      guint first, last;
      PxQuote *quote;

      if (span->is_name)
        continue;
      first = sentence_at (sentences, n_sentences, span->content_start);
      last = sentence_at (sentences, n_sentences, span->content_end - 1);
      if (sentences[first].kind != PX_SENTENCE_BODY)
        continue;

      quote = g_new0 (PxQuote, 1);
      g_atomic_ref_count_init (&quote->ref_count);
      quote->start = span->content_start;
      quote->end = span->content_end;
      quote->text = g_strndup (text + span->content_start, span->content_end - span->content_start);
      quote->first_sentence = first;
      quote->last_sentence = last;

      if ((who = speaker_for (attributions, span, first, last, text)) &&
          px_attribution_get_source_name (who) != NULL)
        {
          quote->speaker = g_strdup (px_attribution_get_source_name (who));
          quote->speaker_kind = px_attribution_get_source_kind (who);
        }
      else if (previous != NULL && previous->speaker != NULL &&
               previous->last_sentence + 1 >= first &&
               sentences[previous->last_sentence].paragraph == sentences[first].paragraph)
        {
          /* „…“, sagte sie. „…“ — the second part has the same speaker. */
          quote->speaker = g_strdup (previous->speaker);
          quote->speaker_kind = previous->speaker_kind;
        }

      g_ptr_array_add (quotes, quote);
      previous = quote;
    }

  return g_steal_pointer (&quotes);
}

/* Comparison */

static const char * const stop_words[] = {
  "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines",
  "einem", "einen", "und", "oder", "aber", "sondern", "weil", "dass", "wir",
  "ich", "er", "sie", "es", "man", "uns", "unser", "unsere", "nicht", "kein",
  "keine", "zu", "in", "im", "an", "am", "auf", "aus", "mit", "von", "für",
  "ist", "sind", "war", "hat", "haben", "habe", "sei", "wird", "werden",
  "werde", "so", "auch", "noch", "schon", "hier", "jetzt", "the", "a", "an",
  "and", "or", "but", "that", "we", "i", "he", "she", "it", "they", "not",
  "no", "to", "of", "in", "on", "at", "is", "are", "was", "were", "be",
  "have", "has", "will", "would", "our", "this", "as", "for", "with", "by",
  NULL
};

static gboolean
is_stop_word (const char *w)
{
  for (guint i = 0; stop_words[i] != NULL; i++)
    if (strcmp (w, stop_words[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Lower-cased words, punctuation and spacing dropped. */
static GPtrArray *
words_of (const char *text)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *lower = g_utf8_strdown (text, -1);
  const char *p = lower;
  GString *cur = g_string_new (NULL);

  while (TRUE)
    {
      gunichar c = *p ? g_utf8_get_char (p) : 0;

      if (c != 0 && (g_unichar_isalnum (c) || g_unichar_ismark (c)))
        g_string_append_unichar (cur, c);
      else if (cur->len > 0)
        {
          g_ptr_array_add (words, g_strdup (cur->str));
          g_string_truncate (cur, 0);
        }
      if (c == 0)
        break;
      p = g_utf8_next_char (p);
    }

  g_string_free (cur, TRUE);
  return words;
}

static GPtrArray *
stems_of (GPtrArray  *words,
          const char *language,
          gboolean    content_only)
{
  GPtrArray *stems = g_ptr_array_new_with_free_func (g_free);
  struct sb_stemmer *stemmer;

  stemmer = sb_stemmer_new (g_strcmp0 (language, "en") == 0 ? "english" : "german", "UTF_8");
  for (guint i = 0; i < words->len; i++)
    {
      const char *w = g_ptr_array_index (words, i);
      const sb_symbol *s;

      if (content_only && is_stop_word (w))
        continue;
      if (stemmer != NULL &&
          (s = sb_stemmer_stem (stemmer, (const sb_symbol *)w, strlen (w))) != NULL)
        g_ptr_array_add (stems, g_strndup ((const char *)s, sb_stemmer_length (stemmer)));
      else
        g_ptr_array_add (stems, g_strdup (w));
    }
  if (stemmer != NULL)
    sb_stemmer_delete (stemmer);
  return stems;
}

static gboolean
contains_str (GPtrArray  *array,
              const char *s)
{
  for (guint i = 0; i < array->len; i++)
    if (strcmp (g_ptr_array_index (array, i), s) == 0)
      return TRUE;
  return FALSE;
}

/* Dice coefficient over the distinct stems. */
static double
stem_overlap (GPtrArray *a,
              GPtrArray *b)
{
  g_autoptr(GHashTable) sa = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) sb = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer key;
  guint shared = 0;

  for (guint i = 0; i < a->len; i++)
    g_hash_table_add (sa, g_ptr_array_index (a, i));
  for (guint i = 0; i < b->len; i++)
    g_hash_table_add (sb, g_ptr_array_index (b, i));
  if (g_hash_table_size (sa) + g_hash_table_size (sb) == 0)
    return 0.0;

  g_hash_table_iter_init (&iter, sa);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (g_hash_table_contains (sb, key))
      shared++;

  return 2.0 * shared / (g_hash_table_size (sa) + g_hash_table_size (sb));
}

/* Whether @shorter's words appear in order in @longer with one contiguous
 * run covering at least 60 % of them: a cut ("…") or a shortened quote.
 */
static gboolean
is_truncation (GPtrArray *shorter,
               GPtrArray *longer)
{
  guint best_run = 0;
  guint k = 0;

  if (shorter->len == 0 || shorter->len >= longer->len)
    return FALSE;

  for (guint i = 0; i < shorter->len; i++)
    {
      while (k < longer->len && strcmp (g_ptr_array_index (longer, k),
                                        g_ptr_array_index (shorter, i)) != 0)
        k++;
      if (k == longer->len)
        return FALSE;
      k++;
    }

  for (guint s = 0; s < longer->len; s++)
    for (guint i = 0; i < shorter->len; i++)
      {
        guint run = 0;

        while (s + run < longer->len && i + run < shorter->len &&
               strcmp (g_ptr_array_index (longer, s + run),
                       g_ptr_array_index (shorter, i + run)) == 0)
          run++;
        best_run = MAX (best_run, run);
      }

  return best_run * 10 >= shorter->len * 6;
}

/**
 * px_quote_compare:
 * @quote_a: one rendering of a quotation
 * @quote_b: another
 * @language: (nullable): "de" or "en", for the stemmer
 *
 * Compares two renderings of a quotation: identical after case, spacing and
 * punctuation are normalised; truncated when one is a contiguous cut of the
 * other; reworded when the stems mostly agree (Dice ≥ 0.5); otherwise
 * unrelated.
 *
 * Returns: the fidelity of one rendering to the other
 */
PxQuoteFidelity
px_quote_compare (const char *quote_a,
                  const char *quote_b,
                  const char *language)
{
  g_autoptr(GPtrArray) wa = NULL;
  g_autoptr(GPtrArray) wb = NULL;
  g_autoptr(GPtrArray) sa = NULL;
  g_autoptr(GPtrArray) sb = NULL;
  gboolean same = TRUE;

  g_return_val_if_fail (quote_a != NULL, PX_QUOTE_FIDELITY_UNRELATED);
  g_return_val_if_fail (quote_b != NULL, PX_QUOTE_FIDELITY_UNRELATED);

  wa = words_of (quote_a);
  wb = words_of (quote_b);
  if (wa->len == 0 || wb->len == 0)
    return PX_QUOTE_FIDELITY_UNRELATED;

  if (wa->len == wb->len)
    {
      for (guint i = 0; i < wa->len && same; i++)
        same = strcmp (g_ptr_array_index (wa, i), g_ptr_array_index (wb, i)) == 0;
      if (same)
        return PX_QUOTE_FIDELITY_IDENTICAL;
    }

  if (is_truncation (wa, wb) || is_truncation (wb, wa))
    return PX_QUOTE_FIDELITY_TRUNCATED;

  sa = stems_of (wa, language, FALSE);
  sb = stems_of (wb, language, FALSE);
  if (stem_overlap (sa, sb) >= 0.5)
    return PX_QUOTE_FIDELITY_REWORDED;

  return PX_QUOTE_FIDELITY_UNRELATED;
}

/**
 * px_quote_compare_indirect:
 * @sentence: a sentence that may report the quote indirectly
 * @quote: a direct quotation
 * @language: (nullable): "de" or "en"
 *
 * Tells whether @sentence renders @quote as indirect speech: the sentence
 * is indirect (Konjunktiv I, or "dass"/"that" after a reporting verb) and
 * carries at least 60 % of the quote's content words (stems, stop words
 * and pronouns left out, since indirect speech changes exactly those).
 *
 * Returns: %PX_QUOTE_FIDELITY_INDIRECT or %PX_QUOTE_FIDELITY_UNRELATED
 */
PxQuoteFidelity
px_quote_compare_indirect (const char *sentence,
                           const char *quote,
                           const char *language)
{
  g_autoptr(GPtrArray) ws = NULL;
  g_autoptr(GPtrArray) wq = NULL;
  g_autoptr(GPtrArray) ss = NULL;
  g_autoptr(GPtrArray) sq = NULL;
  guint found = 0;

  g_return_val_if_fail (sentence != NULL, PX_QUOTE_FIDELITY_UNRELATED);
  g_return_val_if_fail (quote != NULL, PX_QUOTE_FIDELITY_UNRELATED);

  if (!px_attribution_is_indirect_speech (sentence, language))
    return PX_QUOTE_FIDELITY_UNRELATED;

  ws = words_of (sentence);
  wq = words_of (quote);
  ss = stems_of (ws, language, TRUE);
  sq = stems_of (wq, language, TRUE);
  if (sq->len == 0)
    return PX_QUOTE_FIDELITY_UNRELATED;

  for (guint i = 0; i < sq->len; i++)
    if (contains_str (ss, g_ptr_array_index (sq, i)))
      found++;

  return found * 10 >= sq->len * 6 ? PX_QUOTE_FIDELITY_INDIRECT : PX_QUOTE_FIDELITY_UNRELATED;
}
