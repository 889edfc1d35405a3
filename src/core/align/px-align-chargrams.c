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

#define UNITS_PER_SLICE 32    /* fewer are not worth a thread */

typedef struct
{
  guint32 key;
  float   weight;
} Gram;

/* Each unit's lists stay in the block its slice made them in: one array
 * of them all would be a copy into tens of megabytes of fresh pages, each
 * a page fault (issue #18).
 */
struct _PxAlignGrams
{
  Gram  **units;                      /* per unit: its lists, one after another */
  guint  *first;                      /* per unit: PX_GRAM_LENGTHS + 1 offsets */
  guint   n_units;
};

#define LIST(grams, u, l) ((grams)->units[u] + (grams)->first[(u) * (PX_GRAM_LENGTHS + 1) + (l)])
#define LIST_LEN(grams, u, l) \
  ((grams)->first[(u) * (PX_GRAM_LENGTHS + 1) + (l) + 1] - (grams)->first[(u) * (PX_GRAM_LENGTHS + 1) + (l)])

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

/* Sorts @n grams by key, least significant byte first, through @scratch:
 * a unit holds a few hundred, and four counting passes beat qsort()'s calls
 * through a comparison pointer.
 */
static void
sort_grams (Gram  *grams,
            guint  n,
            Gram  *scratch)
{
  Gram *from = grams, *to = scratch;

  for (guint shift = 0; shift < 32; shift += 8)
    {
      guint count[257] = { 0 };

      for (guint i = 0; i < n; i++)
        count[((from[i].key >> shift) & 0xff) + 1]++;
      for (guint b = 0; b < 256; b++)
        count[b + 1] += count[b];
      for (guint i = 0; i < n; i++)
        to[count[(from[i].key >> shift) & 0xff]++] = from[i];
      from = to;
      to = from == grams ? scratch : grams;
    }
  /* Four passes: the sorted grams are back in @grams. */
}

/* How many units hold each key: open addressing on the keys (already
 * hashes), a count of 0 marking a free slot, key and count side by side so
 * that a probe touches one cache line. A set of a thousand articles holds
 * a few million keys; GHashTable's nodes cost several times this.
 */
typedef struct
{
  guint32 key;
  guint32 count;
} KeyCount;

typedef struct
{
  KeyCount *slots;
  guint     mask;
  guint     used;
} KeyCounts;

static guint
slot_of (const KeyCounts *table,
         guint32          key)
{
  guint slot = (key * 0x9E3779B1u) & table->mask;

  while (table->slots[slot].count != 0 && table->slots[slot].key != key)
    slot = (slot + 1) & table->mask;
  return slot;
}

static void
key_counts_init (KeyCounts *table,
                 guint      size)
{
  table->slots = g_new0 (KeyCount, size);
  table->mask = size - 1;
  table->used = 0;
}

static void
key_counts_grow (KeyCounts *table)
{
  KeyCounts bigger;

  key_counts_init (&bigger, 2 * (table->mask + 1));
  for (guint i = 0; i <= table->mask; i++)
    if (table->slots[i].count != 0)
      bigger.slots[slot_of (&bigger, table->slots[i].key)] = table->slots[i];
  bigger.used = table->used;
  g_free (table->slots);
  *table = bigger;
}

static void
key_counts_add (KeyCounts *table,
                guint32    key,
                guint32    count)
{
  KeyCount *slot;

  if (2 * (table->used + 1) > table->mask + 1)
    key_counts_grow (table);
  slot = &table->slots[slot_of (table, key)];
  if (slot->count == 0)
    {
      slot->key = key;
      table->used++;
    }
  slot->count += count;
}

/* Adds @part's counts to @table: the sums do not depend on the order. */
static void
key_counts_merge (KeyCounts       *table,
                  const KeyCounts *part)
{
  for (guint i = 0; i <= part->mask; i++)
    if (part->slots[i].count != 0)
      key_counts_add (table, part->slots[i].key, part->slots[i].count);
}

/* Where each character of @text starts, and the end: n-grams of characters,
 * not bytes.
 */
static void
char_starts (const char *text,
             GArray     *starts)
{
  const char *p = text;
  guint offset;

  g_array_set_size (starts, 0);
  for (; *p != '\0'; p = g_utf8_next_char (p))
    {
      offset = p - text;
      g_array_append_val (starts, offset);
    }
  offset = p - text;
  g_array_append_val (starts, offset);
}

/* Appends the unit's n-grams of length @n to @grams, sorted by key, each
 * key once with its count in Gram.weight; the length is mixed into the key
 * so that one table holds all lengths apart.
 */
static void
append_grams (const char *text,
              GArray     *starts,
              guint       n,
              GArray     *grams,
              GArray     *scratch)
{
  guint first = grams->len, n_chars = starts->len - 1, kept = first;

  for (guint i = 0; i + n <= n_chars; i++)
    {
      guint32 key = (FNV_OFFSET ^ n) * FNV_PRIME;

      for (guint k = g_array_index (starts, guint, i); k < g_array_index (starts, guint, i + n); k++)
        key = (key ^ (guchar)text[k]) * FNV_PRIME;
      g_array_append_val (grams, ((Gram) { key, 1.0f }));
    }
  g_array_set_size (scratch, grams->len - first);
  sort_grams (&g_array_index (grams, Gram, first), grams->len - first, (Gram *)(gpointer)scratch->data);
  for (guint i = first; i < grams->len; i++)
    {
      Gram *gram = &g_array_index (grams, Gram, i);

      if (kept > first && g_array_index (grams, Gram, kept - 1).key == gram->key)
        g_array_index (grams, Gram, kept - 1).weight += 1.0f;
      else
        g_array_index (grams, Gram, kept++) = *gram;
    }
  g_array_set_size (grams, kept);
}

/* Counts → (1 + log tf) · log ((N + 1) / (df + 1)), unit length. */
static void
weigh (Gram            *grams,
       guint            n_grams,
       const KeyCounts *df,
       guint            n_units)
{
  double norm = 0.0;

  for (guint i = 0; i < n_grams; i++)
    {
      guint count = df->slots[slot_of (df, grams[i].key)].count;

      grams[i].weight = (float)((1.0 + log (grams[i].weight)) * log ((n_units + 1.0) / (count + 1.0)));
      norm += (double)grams[i].weight * grams[i].weight;
    }
  norm = sqrt (norm);
  for (guint i = 0; i < n_grams && norm > 0.0; i++)
    grams[i].weight /= norm;
}

typedef struct
{
  Run          *run;
  PxAlignGrams *grams;
  KeyCounts    *df;
  GMutex        lock;      /* on df, while slices add their counts */
} Making;

static void
make_grams_slice (gpointer data,
                  guint    from,
                  guint    to,
                  gboolean first)
{
  Making *making = data;
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (Gram));
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) scratch = g_array_new (FALSE, FALSE, sizeof (Gram));
  KeyCounts df;

  key_counts_init (&df, 1 << 12);
  for (guint u = from; u < to; u++)
    {
      g_autoptr(GString) text = unit_words (px_align_unit (making->run, u));
      guint *offsets = &making->grams->first[u * (PX_GRAM_LENGTHS + 1)];

      g_array_set_size (all, 0);
      char_starts (text->str, starts);
      offsets[0] = 0;
      for (guint l = 0; l < PX_GRAM_LENGTHS; l++)
        {
          append_grams (text->str, starts, PX_GRAM_MIN + l, all, scratch);
          offsets[l + 1] = all->len;
        }
      making->grams->units[u] = g_memdup2 (all->data, (gsize)all->len * sizeof (Gram));
      for (guint i = 0; i < all->len; i++)
        key_counts_add (&df, g_array_index (all, Gram, i).key, 1);
    }
  g_mutex_lock (&making->lock);
  key_counts_merge (making->df, &df);
  g_mutex_unlock (&making->lock);
  g_free (df.slots);
}

static void
weigh_slice (gpointer data,
             guint    from,
             guint    to,
             gboolean first)
{
  Making *making = data;
  PxAlignGrams *grams = making->grams;

  for (guint u = from; u < to; u++)
    for (guint l = 0; l < PX_GRAM_LENGTHS; l++)
      weigh (LIST (grams, u, l), LIST_LEN (grams, u, l), making->df, grams->n_units);
}

/* Every unit's n-grams of each length, counted, then weighed by how many
 * units of the set hold them. Both passes run on all processors; each
 * slice adds up its own counts, and then adds them to the set's.
 */
void
px_align_prepare_chargrams (Run *run)
{
  guint n_units = run->units->len;
  PxAlignGrams *grams = g_new0 (PxAlignGrams, 1);
  KeyCounts df;
  Making making = { run, grams, &df };

  grams->n_units = n_units;
  grams->units = g_new0 (Gram *, MAX (1, n_units));
  grams->first = g_new0 (guint, (gsize)MAX (1, n_units) * (PX_GRAM_LENGTHS + 1));
  key_counts_init (&df, 1 << 12);
  g_mutex_init (&making.lock);
  px_align_parallel (n_units, UNITS_PER_SLICE, make_grams_slice, &making);
  px_align_parallel (n_units, UNITS_PER_SLICE, weigh_slice, &making);
  g_mutex_clear (&making.lock);
  g_free (df.slots);
  run->chargrams = grams;
}

void
px_align_chargrams_free (PxAlignGrams *grams)
{
  if (grams == NULL)
    return;
  for (guint u = 0; u < grams->n_units; u++)
    g_free (grams->units[u]);
  g_free (grams->units);
  g_free (grams->first);
  g_free (grams);
}

/* The cosine of two units' n-grams of one length: both lists are sorted
 * and of unit length.
 */
static double
gram_cosine (PxAlignGrams *grams,
             guint         a,
             guint         b,
             guint         l)
{
  const Gram *x = LIST (grams, a, l), *y = LIST (grams, b, l);
  guint i = 0, i_end = LIST_LEN (grams, a, l);
  guint j = 0, j_end = LIST_LEN (grams, b, l);
  double s = 0.0;

  /* Both cursors step without a branch on which key is smaller: most keys
   * are not shared, and a merge that guesses wrong half the time spends
   * more on the guesses than on the keys.
   */
  while (i < i_end && j < j_end)
    {
      guint32 ki = x[i].key, kj = y[j].key;

      if (ki == kj)
        s += (double)x[i].weight * y[j].weight;
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
      gram_cosine (run->chargrams, a, b, l);
}
