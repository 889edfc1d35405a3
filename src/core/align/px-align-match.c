/* px-align-match.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-aligner"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "px-align-private.h"
/* Sizable counts within a quarter of each other ("mehr als 10.000" /
 * "bis zu 12.000") likely state one quantity; years and small numbers
 * (days, hours, ordinals) do not.
 */
gboolean
px_align_is_approximable (double value)
{
  if (value < 50)
    return FALSE;
  if (value >= 1900 && value <= 2100 && value == floor (value))
    return FALSE;
  return TRUE;
}

static gboolean
approximately (double a,
               double b)
{
  if (!px_align_is_approximable (a) || !px_align_is_approximable (b))
    return FALSE;
  return MAX (a, b) <= 1.25 * MIN (a, b);
}

gboolean
px_align_shares_id (const guint32 *a,
           guint          na,
           const guint32 *b,
           guint          nb)
{
  for (guint i = 0; i < na; i++)
    for (guint j = 0; j < nb; j++)
      if (a[i] == b[j])
        return TRUE;
  return FALSE;
}

static gboolean
shares_synonym (const Term *x,
                const Term *y)
{
  for (guint i = 0; i < G_N_ELEMENTS (x->syn); i++)
    for (guint j = 0; j < G_N_ELEMENTS (y->syn); j++)
      if (px_align_shares_id (x->syn[i], x->n_syn[i], y->syn[j], y->n_syn[j]))
        return TRUE;
  return FALSE;
}

static gboolean
in_parts (guint       id,
          const Term *term)
{
  for (guint p = 0; p < term->n_parts; p++)
    if (term->parts[p] == id)
      return TRUE;
  return FALSE;
}

/* How well term @x is matched by term @y: 0 (not at all) to 1 (same stem). */
static double
match_terms (Run            *run,
             const Term     *x,
             const Term     *y,
             PxEvidenceKind *kind)
{
  if (x->id == y->id)
    {
      *kind = x->number ? PX_EVIDENCE_FIGURE : x->entity ? PX_EVIDENCE_ENTITY : PX_EVIDENCE_TERM;
      return 1.0;
    }
  if (x->number && y->number && x->vague != y->vague)
    {
      const Term *vague = x->vague ? x : y, *exact = x->vague ? y : x;

      /* "Tausende" speaks of a few thousand up to tens of thousands. */
      if (exact->value >= 2 * vague->value && exact->value < 100 * vague->value)
        {
          *kind = PX_EVIDENCE_FIGURE;
          return VAGUE_QUALITY;
        }
      return 0.0;
    }
  if (x->number && y->number && approximately (x->value, y->value))
    {
      *kind = PX_EVIDENCE_FIGURE;
      return APPROX_QUALITY;
    }
  /* Sources that disagree on a sum still speak of it ("30 Millionen" /
   * "50 Millionen"): same order of magnitude, weaker evidence.
   */
  if (x->number && y->number && px_align_is_approximable (x->value) && px_align_is_approximable (y->value) &&
      MAX (x->value, y->value) <= 2 * MIN (x->value, y->value))
    {
      *kind = PX_EVIDENCE_FIGURE;
      return VAGUE_QUALITY;
    }
  if (x->number || y->number)
    return 0.0;
  /* Most pairs share nothing: reject them before the detailed tests. */
  if ((x->signature & y->signature) == 0 && x->stem[0] != y->stem[0] &&
      ((x->syn_mask[0] & y->syn_mask[0]) | (x->syn_mask[1] & y->syn_mask[1]) |
       (x->syn_mask[2] & y->syn_mask[2]) | (x->syn_mask[3] & y->syn_mask[3])) == 0)
    return 0.0;
  if (x->alias != 0 && x->alias == y->alias)
    {
      *kind = PX_EVIDENCE_ALIAS;
      return 1.0;
    }
  if ((x->head != 0 && (x->head == y->id || x->head == y->head)) ||
      (y->head != 0 && y->head == x->id) ||
      in_parts (x->id, y) || in_parts (y->id, x))
    {
      *kind = PX_EVIDENCE_COMPOUND;
      return COMPOUND_QUALITY;
    }
  if ((x->modifier != 0 && (x->modifier == y->id || x->modifier == y->modifier)) ||
      (y->modifier != 0 && y->modifier == x->id))
    {
      *kind = PX_EVIDENCE_COMPOUND;
      return MODIFIER_QUALITY;
    }
  if (x->root != 0 && x->root == y->root)
    {
      *kind = PX_EVIDENCE_INFLECTION;
      return INFLECT_QUALITY;
    }
  if (((x->syn_mask[0] & y->syn_mask[0]) | (x->syn_mask[1] & y->syn_mask[1]) |
       (x->syn_mask[2] & y->syn_mask[2]) | (x->syn_mask[3] & y->syn_mask[3])) != 0 &&
      shares_synonym (x, y))
    {
      guint senses = MAX (x->n_syn[0] + x->n_syn[1], y->n_syn[0] + y->n_syn[1]);

      /* A word in many OpenThesaurus sets ("machen", "führen") has many
       * meanings, and the thesaurus does not say which is common: its
       * synonyms say less about this one. (WordNet lists senses by
       * frequency, and only the first two are read.)
       */
      *kind = PX_EVIDENCE_SYNONYM;
      if (x->german && senses > POLYSEMY_SETS)
        return SYNONYM_QUALITY * sqrt ((double)POLYSEMY_SETS / senses);
      return SYNONYM_QUALITY;
    }
  if (x->entity == y->entity && x->prefix_len >= 6 && y->prefix_len >= 6 &&
      x->stem[0] == y->stem[0])
    {
      const char *a = x->stem;
      const char *b = y->stem;
      gsize la = x->stem_len, lb = y->stem_len;
      gsize shorter = MIN (la, lb), common = 0;

      while (common < shorter && a[common] == b[common])
        common++;
      /* Same word, forms the stemmer keeps apart ("genehmigt" /
       * "genehmigen"), not a compound with a shared front.
       */
      if (common >= 5 && common * 4 >= MAX (la, lb) * 3)
        {
          *kind = PX_EVIDENCE_INFLECTION;
          return INFLECT_QUALITY;
        }
    }
  return 0.0;
}

const char *
px_align_token_text (Unit        *unit,
            const Term  *term)
{
  return g_array_index (unit->tokens, PxToken, term->token).fold;
}

/* Whether term @x may match some term of @unit: the tests match_terms()
 * starts with, against the unit's unions.
 */
static inline gboolean
can_match (const Term *x,
           const Unit *unit)
{
  guint8 first = (guint8)x->stem[0];

  if (x->number)
    return unit->has_number;
  return (x->signature & unit->sig_union) != 0 ||
         (unit->first_bytes[first / 64] & (G_GUINT64_CONSTANT (1) << (first % 64))) != 0 ||
         ((x->syn_mask[0] & unit->syn_union[0]) | (x->syn_mask[1] & unit->syn_union[1]) |
          (x->syn_mask[2] & unit->syn_union[2]) | (x->syn_mask[3] & unit->syn_union[3])) != 0;
}

/* What matching two units adds up, per side ([side]) and for names apart
 * from the other words ([entity]); per clause too, for sentences that
 * carry several claims.
 */
typedef struct
{
  double  matched[2][2];
  double  total[2][2];
  guint   n_matched[2];
  double  best_quality[2];
  /* Own terms, own matched gains, and the other side's gains that matched
   * into the clause; [side][clause][entity].
   */
  double  c_total[2][MAX_CLAUSES][2];
  double  c_matched[2][MAX_CLAUSES][2];
  double  c_sourcing[2][MAX_CLAUSES];
  GArray *found;   /* of PxAlignmentEvidence, or NULL */
} Tally;

/* match_terms() is symmetric: one table of qualities serves both
 * directions; a term that cannot match gets a row of zeros.
 */
static void
fill_match_table (Run    *run,
                  Unit  **units,
                  float  *quality,
                  guint8 *kinds)
{
  guint n1 = units[1]->n_terms;

  for (guint i = 0; i < units[0]->n_terms; i++)
    {
      if (!can_match (&units[0]->terms[i], units[1]))
        {
          memset (quality + (gsize)i * n1, 0, n1 * sizeof (float));
          continue;
        }
      for (guint j = 0; j < n1; j++)
        {
          PxEvidenceKind kind = PX_EVIDENCE_TERM;

          quality[i * n1 + j] = match_terms (run, &units[0]->terms[i], &units[1]->terms[j], &kind);
          kinds[i * n1 + j] = kind;
        }
    }
}

/* Term @i of side @side takes its best match on the other side. */
static void
tally_term (Tally        *tally,
            Unit        **units,
            guint         side,
            guint         i,
            const float  *quality,
            const guint8 *kinds)
{
  Unit *x = units[side], *y = units[1 - side];
  const Term *tx = &x->terms[i];
  guint n1 = units[1]->n_terms;
  double best = 0.0, gain;
  PxEvidenceKind best_kind = PX_EVIDENCE_TERM;
  guint best_j = 0;

  tally->total[side][tx->entity] += tx->weight;
  tally->c_total[side][tx->clause][tx->entity] += tx->weight;
  if (tx->sourcing)
    tally->c_sourcing[side][tx->clause] += tx->weight;
  for (guint j = 0; j < y->n_terms && best < 1.0; j++)
    {
      gsize at = side == 0 ? (gsize)i * n1 + j : (gsize)j * n1 + i;

      if (quality[at] > best)
        {
          best = quality[at];
          best_kind = kinds[at];
          best_j = j;
        }
    }
  if (best <= 0.0)
    return;

  gain = tx->weight * best;
  /* A word of the claim matching a word that names a source ("Potsdam" /
   * "Potsdamer Zeitung") is a coincidence.
   */
  if (tx->sourcing != y->terms[best_j].sourcing)
    gain *= SOURCING_FACTOR;
  if (tx->quoted && y->terms[best_j].quoted)
    {
      gain *= QUOTE_BONUS;
      if (best_kind == PX_EVIDENCE_TERM)
        best_kind = PX_EVIDENCE_QUOTE;
    }
  tally->matched[side][tx->entity] += gain;
  tally->c_matched[side][tx->clause][tx->entity] += gain;
  tally->c_matched[1 - side][y->terms[best_j].clause][tx->entity] += gain;
  if (!tx->entity)
    {
      tally->n_matched[side]++;
      tally->best_quality[side] = MAX (tally->best_quality[side], best);
    }
  if (tally->found != NULL && side == 0)
    {
      PxAlignmentEvidence item = { best_kind, NULL, NULL, gain };

      item.term_a = (char *)px_align_token_text (x, tx);
      item.term_b = (char *)px_align_token_text (y, &y->terms[best_j]);
      g_array_append_val (tally->found, item);
    }
}

/* A sentence with several claims: the best of one clause of it against
 * the whole of the other sentence.
 */
static double
best_clause_score (const Tally *tally,
                   Unit       **units)
{
  double best_clause = 0.0;

  for (guint side = 0; side < 2; side++)
    {
      double other = tally->total[1 - side][0] + tally->total[1 - side][1];

      if (units[side]->n_clauses < 2)
        continue;
      for (guint c = 0; c < units[side]->n_clauses; c++)
        {
          double pred = tally->c_matched[side][c][0];
          double ent = MIN (tally->c_matched[side][c][1], pred);
          double own = tally->c_total[side][c][0] + tally->c_total[side][c][1];
          double den = own + other;

          /* "…, wie die Zeitung unter Berufung auf Beamte berichtet" says
           * who reported, not what: no claim of its own.
           */
          if (tally->c_sourcing[side][c] >= SOURCE_CLAUSE * own)
            continue;
          if (den > 0)
            best_clause = MAX (best_clause, (pred + ent) / den);
        }
    }
  return best_clause;
}

/* Both sides count each match once; each is reported once, doubled, as a
 * share of the pair's score.
 */
static void
emit_evidence (const Tally *tally,
               double       ent_scale,
               double       denominator,
               GArray      *evidence)
{
  for (guint i = 0; i < tally->found->len; i++)
    {
      PxAlignmentEvidence *item = &g_array_index (tally->found, PxAlignmentEvidence, i);
      PxAlignmentEvidence copy = *item;
      gboolean entity = item->kind == PX_EVIDENCE_ENTITY || item->kind == PX_EVIDENCE_ALIAS;

      copy.weight = 2.0 * item->weight * (entity ? ent_scale : 1.0) / denominator;
      copy.term_a = g_strdup (item->term_a);
      copy.term_b = g_strdup (item->term_b);
      g_array_append_val (evidence, copy);
    }
}

/* The soft Dice coefficient of two units (see the comment at the top).
 * With @evidence, also says what matched and how much each match gave.
 */
double
px_align_score_pair (Run    *run,
                     guint   ia,
                     guint   ib,
                     GArray *evidence)
{
  Unit *units[2] = { px_align_unit (run, ia), px_align_unit (run, ib) };
  Tally tally = { { { 0 } } };
  g_autoptr(GArray) found = NULL;
  guint n0 = units[0]->n_terms, n1 = units[1]->n_terms;
  double pred, ent, numerator, denominator, ent_scale = 1.0;
  float quality_buf[32 * 32];
  guint8 kind_buf[32 * 32];
  g_autofree float *quality_heap = NULL;
  g_autofree guint8 *kind_heap = NULL;
  float *quality = quality_buf;
  guint8 *kinds = kind_buf;

  if ((gsize)n0 * n1 > G_N_ELEMENTS (quality_buf))
    {
      quality = quality_heap = g_new (float, (gsize)n0 * n1);
      kinds = kind_heap = g_new (guint8, (gsize)n0 * n1);
    }
  if (evidence != NULL)
    found = g_array_new (FALSE, TRUE, sizeof (PxAlignmentEvidence));
  fill_match_table (run, units, quality, kinds);
  tally.found = found;
  for (guint side = 0; side < 2; side++)
    for (guint i = 0; i < units[side]->n_terms; i++)
      tally_term (&tally, units, side, i, quality, kinds);

  pred = tally.matched[0][0] + tally.matched[1][0];
  ent = tally.matched[0][1] + tally.matched[1][1];
  /* Names may at most double the evidence of the predicate words. */
  if (ent > pred)
    {
      ent_scale = ent > 0 ? pred / ent : 0.0;
      ent = pred;
    }
  numerator = pred + ent;
  denominator = tally.total[0][0] + tally.total[1][0] + tally.total[0][1] + tally.total[1][1];
  if (denominator <= 0.0)
    return 0.0;

  /* One shared word is thin evidence for a shared claim, and thinner still
   * when that word is only a synonym or a part.
   */
  if (MAX (tally.n_matched[0], tally.n_matched[1]) < 2 && tally.best_quality[0] < 1.0)
    numerator *= WEAK_SINGLE;

  /* One clause against the whole other sentence, slightly discounted. */
  if (MAX (tally.n_matched[0], tally.n_matched[1]) >= 2)
    {
      double best_clause = best_clause_score (&tally, units);

      if (CLAUSE_FACTOR * best_clause > numerator / denominator)
        {
          double scale = CLAUSE_FACTOR * best_clause * denominator / numerator;

          numerator *= scale;
          ent_scale *= scale;
          for (guint i = 0; found != NULL && i < found->len; i++)
            g_array_index (found, PxAlignmentEvidence, i).weight *= scale;
        }
    }

  if (evidence != NULL)
    emit_evidence (&tally, ent_scale, denominator, evidence);
  return MIN (1.0, numerator / denominator);
}

