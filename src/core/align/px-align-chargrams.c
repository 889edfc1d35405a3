/* px-align-chargrams.c
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

/* Character n-grams of each unit's words, weighed by TF-IDF over the set's
 * units. They see what stems and word lists miss: inflections the stemmer
 * leaves apart ("Kilometer" / "Kilometern"), compounds the word list does
 * not split ("Raketenlieferung" / "Lieferung der Raketen"), a name spelled
 * with or without its ending. On German human similarity scores they add
 * what no word-level feature has (bench/fit-scorer.py fits their weight).
 */

#define FNV_OFFSET 2166136261u
#define FNV_PRIME  16777619u

typedef struct
{
  guint32 key;
  float   weight;
} Gram;

struct _PxAlignGrams
{
  Gram  *grams;                       /* per unit and length, sorted by key */
  guint *first;                       /* PX_GRAM_LENGTHS × n_units + 1 offsets */
};

static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  guint32 x = *(const guint32 *)a, y = *(const guint32 *)b;

  return x < y ? -1 : x > y;
}

/* " word word " from the unit's word and number tokens, case-folded:
 * punctuation and spacing differ between outlets and say nothing.
 */
static GString *
unit_words (Unit *unit)
{
  GString *text = g_string_new (" ");

  for (guint t = 0; t < unit->tokens->len; t++)
    {
      PxToken *token = &g_array_index (unit->tokens, PxToken, t);

      if (token->kind != PX_TOKEN_WORD && token->kind != PX_TOKEN_NUMBER)
        continue;
      g_string_append (text, token->fold);
      g_string_append_c (text, ' ');
    }
  return text;
}

/* The keys of every n-gram of characters (not bytes) in @text, the length
 * mixed in so that one table holds all lengths apart.
 */
static void
append_keys (const char *text,
             guint       n,
             GArray     *keys)
{
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (guint));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      guint offset = p - text;

      g_array_append_val (starts, offset);
    }
  for (guint i = 0; i + n <= starts->len; i++)
    {
      guint from = g_array_index (starts, guint, i);
      guint to = i + n < starts->len ? g_array_index (starts, guint, i + n) : strlen (text);
      guint32 key = (FNV_OFFSET ^ n) * FNV_PRIME;

      for (guint k = from; k < to; k++)
        key = (key ^ (guchar)text[k]) * FNV_PRIME;
      g_array_append_val (keys, key);
    }
}

/* Sorted keys with their counts folded into Gram.weight. */
static GArray *
count_keys (GArray *keys)
{
  GArray *grams = g_array_new (FALSE, FALSE, sizeof (Gram));

  g_array_sort (keys, compare_keys);
  for (guint i = 0; i < keys->len; i++)
    {
      guint32 key = g_array_index (keys, guint32, i);

      if (grams->len > 0 && g_array_index (grams, Gram, grams->len - 1).key == key)
        g_array_index (grams, Gram, grams->len - 1).weight += 1.0f;
      else
        g_array_append_val (grams, ((Gram) { key, 1.0f }));
    }
  return grams;
}

/* Counts → (1 + log tf) · log ((N + 1) / (df + 1)), unit length. */
static void
weigh (Gram       *grams,
       guint       n_grams,
       GHashTable *df,
       guint       n_units)
{
  double norm = 0.0;

  for (guint i = 0; i < n_grams; i++)
    {
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (df, GUINT_TO_POINTER (grams[i].key)));

      grams[i].weight = (float)((1.0 + log (grams[i].weight)) * log ((n_units + 1.0) / (count + 1.0)));
      norm += (double)grams[i].weight * grams[i].weight;
    }
  norm = sqrt (norm);
  for (guint i = 0; i < n_grams && norm > 0.0; i++)
    grams[i].weight /= norm;
}

static void
count_documents (GHashTable *df,
                 GArray     *grams)
{
  for (guint i = 0; i < grams->len; i++)
    {
      gpointer key = GUINT_TO_POINTER (g_array_index (grams, Gram, i).key);

      g_hash_table_insert (df, key, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (df, key)) + 1));
    }
}

/* Every unit's n-grams of each length, counted, then weighed by how many
 * units of the set hold them.
 */
void
px_align_prepare_chargrams (Run *run)
{
  guint n_units = run->units->len, n_lists = n_units * PX_GRAM_LENGTHS;
  g_autoptr(GPtrArray) lists = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
  g_autoptr(GHashTable) df = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (guint32));
  PxAlignGrams *grams = g_new0 (PxAlignGrams, 1);
  guint total = 0;

  for (guint u = 0; u < n_units; u++)
    {
      g_autoptr(GString) text = unit_words (px_align_unit (run, u));

      for (guint l = 0; l < PX_GRAM_LENGTHS; l++)
        {
          g_array_set_size (keys, 0);
          append_keys (text->str, PX_GRAM_MIN + l, keys);
          g_ptr_array_add (lists, count_keys (keys));
          count_documents (df, g_ptr_array_index (lists, lists->len - 1));
          total += ((GArray *)g_ptr_array_index (lists, lists->len - 1))->len;
        }
    }

  grams->grams = g_new (Gram, MAX (1, total));
  grams->first = g_new (guint, n_lists + 1);
  grams->first[0] = 0;
  for (guint i = 0; i < n_lists; i++)
    {
      GArray *list = g_ptr_array_index (lists, i);

      memcpy (&grams->grams[grams->first[i]], list->data, list->len * sizeof (Gram));
      weigh (&grams->grams[grams->first[i]], list->len, df, n_units);
      grams->first[i + 1] = grams->first[i] + list->len;
    }
  run->chargrams = grams;
}

void
px_align_chargrams_free (PxAlignGrams *grams)
{
  if (grams == NULL)
    return;
  g_free (grams->grams);
  g_free (grams->first);
  g_free (grams);
}

/* The cosine of two units' n-grams of one length: both lists are sorted
 * and of unit length.
 */
static double
gram_cosine (PxAlignGrams *grams,
             guint         x,
             guint         y)
{
  guint i = grams->first[x], i_end = grams->first[x + 1];
  guint j = grams->first[y], j_end = grams->first[y + 1];
  double s = 0.0;

  /* Both cursors step without a branch on which key is smaller: most keys
   * are not shared, and a merge that guesses wrong half the time spends
   * more on the guesses than on the keys.
   */
  while (i < i_end && j < j_end)
    {
      guint32 ki = grams->grams[i].key, kj = grams->grams[j].key;

      if (ki == kj)
        s += (double)grams->grams[i].weight * grams->grams[j].weight;
      i += ki <= kj;
      j += kj <= ki;
    }
  return s;
}

/**
 * px_align_chargram_cosines:
 * @run: a run after px_align_prepare_chargrams()
 * @a: a unit
 * @b: another unit
 * @features: (array fixed-size=PX_N_FEATURES): where the PX_GRAM_LENGTHS
 *   cosines go, from %PX_FEATURE_CHARGRAM_3 on
 */
void
px_align_chargram_cosines (Run    *run,
                           guint   a,
                           guint   b,
                           double *features)
{
  if (run->chargrams == NULL)
    return;
  for (guint l = 0; l < PX_GRAM_LENGTHS; l++)
    features[PX_FEATURE_CHARGRAM_3 + l] =
      gram_cosine (run->chargrams, a * PX_GRAM_LENGTHS + l, b * PX_GRAM_LENGTHS + l);
}
