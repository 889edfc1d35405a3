/* px-bench-dictionary.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How far the German–English dictionary carries German words into the
 * English vector space, measured on German sentences beside their English
 * originals (bench/px-bench-real.py feeds it the German STS dev split):
 *
 *   px-bench-dictionary < PAIRS.tsv      (German<TAB>English a line)
 *
 * For each German content word (not a stop word, not a number): whether
 * the dictionary translates it, else whether the English original has it
 * as written (a name, which passes through), else it is missed; of the
 * translated, whether some translation has a word vector, whether the
 * English original uses one of them (by English stem), and whether that
 * is the heaviest. Prints two lines of shares.
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "px-core.h"

typedef struct
{
  guint words;
  guint names;
  guint translated;
  guint vector;
  guint in_original;
  guint heaviest;
} Counts;

/* The original's stems, and its words as written ("=" in front). */
static GHashTable *
english_words (PxTokenizer *en,
               const char  *text)
{
  g_autoptr(GArray) tokens = px_tokenizer_tokenize (en, text, -1, 0);
  GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < tokens->len; i++)
    {
      PxToken *t = &g_array_index (tokens, PxToken, i);

      if (t->kind != PX_TOKEN_WORD)
        continue;
      if (t->stem != NULL)
        g_hash_table_add (words, g_strdup (t->stem));
      g_hash_table_add (words, g_strconcat ("=", t->fold, NULL));
    }
  return words;
}

static void
count_word (PxDictionary *dictionary,
            PxVectors    *vectors,
            PxTokenizer  *en,
            GHashTable   *original,
            const char   *word,
            Counts       *counts)
{
  PxTranslation tr[PX_DICTIONARY_MAX_TRANSLATIONS];
  guint n = px_dictionary_translate (dictionary, word, tr);
  gboolean vector = FALSE, found = FALSE;
  g_autofree char *as_written = g_strconcat ("=", word, NULL);

  counts->words++;
  if (n == 0)
    {
      counts->names += g_hash_table_contains (original, as_written);
      return;
    }
  counts->translated++;
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *stem = px_tokenizer_stem (en, tr[i].english);

      vector |= vectors != NULL && px_vectors_find (vectors, tr[i].english) >= 0;
      if (!found && stem != NULL && g_hash_table_contains (original, stem))
        {
          found = TRUE;
          counts->heaviest += i == 0;
        }
    }
  counts->vector += vector;
  counts->in_original += found;
}

static void
count_pair (PxDictionary *dictionary,
            PxVectors    *vectors,
            PxTokenizer  *de,
            PxTokenizer  *en,
            const char   *german,
            const char   *english,
            Counts       *counts)
{
  g_autoptr(GArray) tokens = px_tokenizer_tokenize (de, german, -1, 0);
  g_autoptr(GHashTable) original = english_words (en, english);

  for (guint i = 0; i < tokens->len; i++)
    {
      PxToken *t = &g_array_index (tokens, PxToken, i);

      if (t->kind != PX_TOKEN_WORD || g_utf8_strlen (t->fold, -1) < 3 ||
          px_tokenizer_is_stop_word (de, t->fold) || strpbrk (t->fold, "0123456789") != NULL)
        continue;
      count_word (dictionary, vectors, en, original, t->fold, counts);
    }
}

static double
share (guint part,
       guint whole)
{
  return whole > 0 ? (double)part / whole : 0.0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PxTokenizer) de = px_tokenizer_new ("de");
  g_autoptr(PxTokenizer) en = px_tokenizer_new ("en");
  PxDictionary *dictionary;
  PxVectors *vectors;
  Counts counts = { 0, };
  char line[65536];

  setlocale (LC_ALL, "");
  if ((dictionary = px_dictionary_get_de_en ()) == NULL)
    {
      fprintf (stderr, "px-bench-dictionary: trans-de-en is not installed\n");
      return 1;
    }
  vectors = px_vectors_get_default ();
  while (fgets (line, sizeof line, stdin) != NULL)
    {
      g_auto(GStrv) cols = NULL;

      line[strcspn (line, "\r\n")] = '\0';
      cols = g_strsplit (line, "\t", 3);
      if (g_strv_length (cols) >= 2)
        count_pair (dictionary, vectors, de, en, cols[0], cols[1], &counts);
    }
  printf ("German content words %u: translated %.3f, names kept by the original %.3f, "
          "missed %.3f\n",
          counts.words, share (counts.translated, counts.words), share (counts.names, counts.words),
          share (counts.words - counts.translated - counts.names, counts.words));
  printf ("of the translated: with a vector %.3f, the original uses a translation %.3f "
          "(the heaviest %.3f)\n",
          share (counts.vector, counts.translated), share (counts.in_original, counts.translated),
          share (counts.heaviest, counts.translated));
  return 0;
}
