/* px-gold.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-core.h"

G_BEGIN_DECLS

/**
 * PxGoldScore:
 * @n_predicted: sentence pairs the aligner grouped
 * @n_gold: sentence pairs the annotation groups
 * @n_hits: pairs in both
 * @precision: @n_hits / @n_predicted
 * @recall: @n_hits / @n_gold
 * @f1: their harmonic mean
 *
 * Pair-level agreement of an alignment with a gold annotation: a pair is
 * two sentences of different documents in one group.
 */
typedef struct
{
  guint  n_predicted;
  guint  n_gold;
  guint  n_hits;
  double precision;
  double recall;
  double f1;
} PxGoldScore;

GHashTable *px_gold_load_pairs       (const char   *path,
                                      GPtrArray    *articles,
                                      char        **set,
                                      GError      **error);
GHashTable *px_gold_pairs_from_data  (const char   *data,
                                      gsize         length,
                                      const char   *name,
                                      GPtrArray    *articles,
                                      char        **set,
                                      GError      **error);
GHashTable *px_gold_alignment_pairs  (PxAlignment  *alignment);
void        px_gold_score            (GHashTable   *gold,
                                      GHashTable   *predicted,
                                      PxGoldScore  *score);
void        px_gold_print_differences (GPtrArray   *articles,
                                      GHashTable   *gold,
                                      GHashTable   *predicted);

G_END_DECLS
