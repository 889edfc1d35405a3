/* px-align-vectors.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-aligner"

#include "config.h"

#include <math.h>
#include <string.h>

#include "px-align-private.h"

/* The semantic layer: every word of a unit gets a vector in one English
 * space (English words directly, German words through the German–English
 * dictionary), so that "Truppen" meets "soldiers" and "genehmigt" meets
 * "erlaubt" through "approved"/"allowed". Sentences are compared word by
 * word (each word's best counterpart) and as whole weighted sums, centred
 * on the set so that what every sentence of the event shares says little.
 */

#define MAX_TRANSLATIONS 8
#define WORDS_PER_SLICE  128   /* fewer are not worth a thread */

static float *
word_row (Run  *run,
          guint row)
{
  return &g_array_index (run->word_vectors, float, (gsize)row * run->dim);
}

static void
normalise (float *v,
           guint  dim)
{
  double n = 0.0;

  for (guint i = 0; i < dim; i++)
    n += (double)v[i] * v[i];
  n = sqrt (n);
  if (n > 0.0)
    for (guint i = 0; i < dim; i++)
      v[i] = (float)(v[i] / n);
}

/* A German word's vector: the translations' vectors, weighted as the
 * dictionary weighs them (it already counts a word with many unrelated
 * senses less per sense).
 */
static gboolean
german_vector (Run        *run,
               const char *word,
               float      *out)
{
  PxTranslation tr[PX_DICTIONARY_MAX_TRANSLATIONS];
  guint n = run->dictionary ? px_dictionary_translate (run->dictionary, word, tr) : 0;
  g_autofree float *row = g_new (float, run->dim);
  gboolean any = FALSE;

  memset (out, 0, run->dim * sizeof (float));
  for (guint i = 0; i < MIN (n, MAX_TRANSLATIONS); i++)
    {
      gint r = px_vectors_find (run->vectors, tr[i].english);

      if (r < 0)
        continue;
      px_vectors_get_row (run->vectors, r, row);
      for (guint d = 0; d < run->dim; d++)
        out[d] += tr[i].weight * row[d];
      any = TRUE;
    }
  if (any)
    normalise (out, run->dim);
  return any;
}

/* A word's vector into @out: a German word's through the dictionary, and
 * any word as written (names, numbers and loan words are shared across
 * languages). Reads only the shared, immutable tables: safe in any thread.
 */
static gboolean
word_vector (Run        *run,
             const char *word,
             gboolean    german,
             float      *out)
{
  gint r;

  if (german && german_vector (run, word, out))
    return TRUE;
  if ((r = px_vectors_find (run->vectors, word)) < 0)
    return FALSE;
  px_vectors_get_row (run->vectors, r, out);
  return TRUE;
}

/* The words of a run without a row yet, in the order they first occur. */
typedef struct
{
  Run         *run;
  GPtrArray   *words;     /* const char *, owned by the units' tokens */
  GArray      *german;    /* gboolean per word: as its first occurrence is */
  float       *vectors;   /* dim floats per word */
  gboolean    *found;
} Pending;

static gboolean
is_vector_term (Unit       *unit,
                const Term *term)
{
  return !term->number && g_array_index (unit->tokens, PxToken, term->token).kind == PX_TOKEN_WORD;
}

static void
collect_words (Run     *run,
               Pending *pending)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint u = 0; u < run->units->len; u++)
    {
      Unit *unit = px_align_unit (run, u);
      gboolean german = px_align_is_german (run->languages[unit->article]);

      for (guint t = 0; t < unit->n_terms; t++)
        {
          const char *word = g_array_index (unit->tokens, PxToken, unit->terms[t].token).fold;

          if (!is_vector_term (unit, &unit->terms[t]) || !g_hash_table_add (seen, (gpointer)word))
            continue;
          g_ptr_array_add (pending->words, (gpointer)word);
          g_array_append_val (pending->german, german);
        }
    }
}

static void
find_vectors_slice (gpointer data,
                    guint    from,
                    guint    to,
                    gboolean first)
{
  Pending *pending = data;

  for (guint i = from; i < to; i++)
    pending->found[i] = word_vector (pending->run, g_ptr_array_index (pending->words, i),
                                     g_array_index (pending->german, gboolean, i),
                                     &pending->vectors[(gsize)i * pending->run->dim]);
}

/* Every word's row in run->word_vectors, rows in the order the words first
 * occur. The lookups (for German, the dictionary's and the compound
 * heads') run on all processors: in a German set they are a third of the
 * alignment's time, most of it the first reads of the mapped tables.
 */
static void
find_word_rows (Run *run)
{
  Pending pending = { run, g_ptr_array_new (), g_array_new (FALSE, FALSE, sizeof (gboolean)) };
  guint n;

  collect_words (run, &pending);
  n = pending.words->len;
  pending.vectors = g_new (float, (gsize)MAX (1, n) * run->dim);
  pending.found = g_new0 (gboolean, MAX (1, n));
  px_align_parallel (n, WORDS_PER_SLICE, find_vectors_slice, &pending);
  for (guint i = 0; i < n; i++)
    {
      guint row = 0;

      if (pending.found[i])
        {
          g_array_append_vals (run->word_vectors, &pending.vectors[(gsize)i * run->dim], run->dim);
          row = run->word_vectors->len / run->dim;
        }
      g_hash_table_insert (run->word_rows, g_strdup (g_ptr_array_index (pending.words, i)),
                           GUINT_TO_POINTER (row));
    }
  g_free (pending.vectors);
  g_free (pending.found);
  g_ptr_array_unref (pending.words);
  g_array_unref (pending.german);
}

static void
unit_vectors (Run   *run,
              Unit  *unit,
              float *embedding)
{
  unit->wvec = g_new (guint, unit->n_terms);
  unit->wvec_w = g_new (float, unit->n_terms);
  unit->wvec_term = g_new (guint, unit->n_terms);
  memset (embedding, 0, run->dim * sizeof (float));
  for (guint t = 0; t < unit->n_terms; t++)
    {
      Term *term = &unit->terms[t];
      PxToken *token = &g_array_index (unit->tokens, PxToken, term->token);
      guint row;

      if (!is_vector_term (unit, term))
        continue;
      if ((row = GPOINTER_TO_UINT (g_hash_table_lookup (run->word_rows, token->fold))) == 0)
        continue;
      unit->wvec[unit->n_wvec] = row - 1;
      unit->wvec_w[unit->n_wvec] = term->weight;
      unit->wvec_term[unit->n_wvec] = t;
      unit->n_wvec++;
      for (guint d = 0; d < run->dim; d++)
        embedding[d] += term->weight * word_row (run, row - 1)[d];
    }
}

static void
centre (float *rows,
        guint  n,
        guint  dim)
{
  g_autofree double *mean = g_new0 (double, dim);

  for (guint i = 0; i < n; i++)
    for (guint d = 0; d < dim; d++)
      mean[d] += rows[(gsize)i * dim + d] / n;
  for (guint i = 0; i < n; i++)
    {
      for (guint d = 0; d < dim; d++)
        rows[(gsize)i * dim + d] -= (float)mean[d];
      normalise (&rows[(gsize)i * dim], dim);
    }
}

/**
 * px_align_prepare_vectors:
 * @run: a run whose units are prepared
 *
 * Looks up every unit's word vectors and builds the centred sentence and
 * article vectors. Does nothing when no vector table is installed.
 */
void
px_align_prepare_vectors (Run *run)
{
  guint n_units = run->units->len;
  guint n_articles = run->articles->len;

  if (run->vectors == NULL)
    return;
  run->dim = px_vectors_get_dim (run->vectors);
  run->word_rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  run->word_vectors = g_array_new (FALSE, FALSE, sizeof (float));
  run->unit_embedding = g_new0 (float, (gsize)MAX (1, n_units) * run->dim);
  run->article_embedding = g_new0 (float, (gsize)MAX (1, n_articles) * run->dim);

  find_word_rows (run);
  for (guint u = 0; u < n_units; u++)
    {
      Unit *unit = px_align_unit (run, u);
      float *row = &run->unit_embedding[(gsize)u * run->dim];

      unit_vectors (run, unit, row);
      for (guint d = 0; d < run->dim; d++)
        run->article_embedding[(gsize)unit->article * run->dim + d] += row[d];
    }
  centre (run->unit_embedding, n_units, run->dim);
  centre (run->article_embedding, n_articles, run->dim);
}

/* Each word's best counterpart on the other side, weighted by IDF. */
static double
best_matches (Run    *run,
              Unit   *x,
              Unit   *y,
              float  *best_y)
{
  double sum = 0.0, total = 0.0;

  for (guint j = 0; j < y->n_wvec; j++)
    best_y[j] = -1.0f;
  for (guint i = 0; i < x->n_wvec; i++)
    {
      const float *vx = word_row (run, x->wvec[i]);
      double best = -1.0;

      for (guint j = 0; j < y->n_wvec; j++)
        {
          double s = x->wvec[i] == y->wvec[j] ? 1.0 : px_align_dot (vx, word_row (run, y->wvec[j]), run->dim);

          best = MAX (best, s);
          best_y[j] = MAX (best_y[j], (float)s);
        }
      sum += x->wvec_w[i] * MAX (0.0, best);
      total += x->wvec_w[i];
    }
  return total > 0.0 ? sum / total : 0.0;
}

/* The heaviest translation of German @term that is, by its English stem,
 * one of @english's words; the term index in @english, or -1.
 */
static gint
translated_as (Run        *run,
               Unit       *german,
               const Term *term,
               Unit       *english,
               float      *weight)
{
  PxTranslation tr[PX_DICTIONARY_MAX_TRANSLATIONS];
  guint n = px_dictionary_translate (run->dictionary, px_align_token_text (german, term), tr);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *stem = px_tokenizer_stem (run->en, tr[i].english);

      for (guint t = 0; stem != NULL && t < english->n_terms; t++)
        {
          const Term *e = &english->terms[t];

          if (!e->number && e->stem_len == strlen (stem) &&
              memcmp (e->stem, stem, e->stem_len) == 0)
            {
              *weight = tr[i].weight;
              return (gint)t;
            }
        }
    }
  return -1;
}

/**
 * px_align_cross_lingual:
 * @run: a prepared run
 * @x: a unit
 * @y: another unit
 *
 * Returns: whether one unit is German and the other is not
 */
gboolean
px_align_cross_lingual (Run  *run,
                        Unit *x,
                        Unit *y)
{
  return px_align_is_german (run->languages[x->article]) !=
         px_align_is_german (run->languages[y->article]);
}

/**
 * px_align_translation_evidence:
 * @run: a prepared run
 * @a: a unit
 * @b: a unit of another article
 * @evidence: receives the word pairs
 *
 * When one unit is German and the other English, adds each German word
 * whose dictionary translation the English unit says ("genehmigt" ↔
 * "authorized"), weighted by that translation's share of the word's
 * meaning. The @a unit's word comes first in each pair.
 */
void
px_align_translation_evidence (Run    *run,
                               guint   a,
                               guint   b,
                               GArray *evidence)
{
  Unit *x = px_align_unit (run, a), *y = px_align_unit (run, b);
  gboolean x_german = px_align_is_german (run->languages[x->article]);
  Unit *german = x_german ? x : y, *english = x_german ? y : x;

  if (run->dictionary == NULL || x_german == px_align_is_german (run->languages[y->article]))
    return;
  for (guint t = 0; t < german->n_terms; t++)
    {
      const Term *term = &german->terms[t];
      PxAlignmentEvidence item = { PX_EVIDENCE_TRANSLATION, NULL, NULL, 0.0 };
      const char *de, *en;
      float weight = 0.0f;
      gint e;

      if (term->number || term->entity ||
          (e = translated_as (run, german, term, english, &weight)) < 0)
        continue;
      de = px_align_token_text (german, term);
      en = px_align_token_text (english, &english->terms[e]);
      /* A word the languages share ("Ukraine") is no translation. */
      if (g_str_equal (de, en))
        continue;
      item.term_a = g_strdup (x_german ? de : en);
      item.term_b = g_strdup (x_german ? en : de);
      item.weight = weight;
      g_array_append_val (evidence, item);
    }
}

/* Whether @evidence already pairs the two words as a translation. */
static gboolean
has_translation (GArray     *evidence,
                 const char *a,
                 const char *b)
{
  for (guint i = 0; i < evidence->len; i++)
    {
      PxAlignmentEvidence *item = &g_array_index (evidence, PxAlignmentEvidence, i);

      if (item->kind == PX_EVIDENCE_TRANSLATION &&
          g_strcmp0 (item->term_a, a) == 0 && g_strcmp0 (item->term_b, b) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
add_meaning_evidence (Run    *run,
                      Unit   *x,
                      Unit   *y,
                      GArray *evidence)
{
  /* Names and the chain of sources are evidence of their own kinds
   * ("New York Times" is not near "moved").
   */
  for (guint i = 0; i < x->n_wvec; i++)
    {
      const float *vx = word_row (run, x->wvec[i]);
      double best = 0.0;
      guint best_j = 0;

      if (x->terms[x->wvec_term[i]].entity || x->terms[x->wvec_term[i]].sourcing)
        continue;
      for (guint j = 0; j < y->n_wvec; j++)
        {
          double s = px_align_dot (vx, word_row (run, y->wvec[j]), run->dim);

          if (y->terms[y->wvec_term[j]].entity || y->terms[y->wvec_term[j]].sourcing)
            continue;
          if (x->wvec[i] != y->wvec[j] && s > best)
            best = s, best_j = j;
        }
      /* Near neighbours only: the rest is the noise floor of any two words. */
      if (best >= 0.6)
        {
          PxAlignmentEvidence item = { PX_EVIDENCE_MEANING, NULL, NULL, best };

          const char *a = px_align_token_text (x, &x->terms[x->wvec_term[i]]);
          const char *b = px_align_token_text (y, &y->terms[y->wvec_term[best_j]]);

          if (has_translation (evidence, a, b))
            continue;
          item.term_a = g_strdup (a);
          item.term_b = g_strdup (b);
          g_array_append_val (evidence, item);
        }
    }
}

/**
 * px_align_soft_similarity:
 * @run: a run with vectors
 * @a: a unit
 * @b: another unit
 * @evidence: (nullable): receives the word pairs that are near in meaning,
 *   and across languages the dictionary's translations
 *  (px_align_translation_evidence())
 *
 * Returns: the mean of both directions' IDF-weighted best matches, 0 to 1
 */
double
px_align_soft_similarity (Run    *run,
                          guint   a,
                          guint   b,
                          GArray *evidence)
{
  Unit *x = px_align_unit (run, a), *y = px_align_unit (run, b);
  float best_buf[128];
  g_autofree float *best_heap = NULL;
  float *best_y = best_buf;
  double ab, ba = 0.0, total = 0.0;

  if (evidence != NULL)
    px_align_translation_evidence (run, a, b, evidence);
  if (run->vectors == NULL || x->n_wvec == 0 || y->n_wvec == 0)
    return 0.0;
  /* No allocation per pair but for the rare long sentence (issue #18). */
  if (y->n_wvec > G_N_ELEMENTS (best_buf))
    best_y = best_heap = g_new (float, y->n_wvec);
  ab = best_matches (run, x, y, best_y);
  for (guint j = 0; j < y->n_wvec; j++)
    {
      ba += y->wvec_w[j] * MAX (0.0f, best_y[j]);
      total += y->wvec_w[j];
    }
  ba = total > 0.0 ? ba / total : 0.0;
  if (evidence != NULL)
    add_meaning_evidence (run, x, y, evidence);
  return (ab + ba) / 2.0;
}
