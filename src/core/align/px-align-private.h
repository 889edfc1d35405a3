/* px-align-private.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the aligner's stages share inside align/: the units (one per body
 * sentence), their terms, and the run that holds them.
 */

#pragma once

#include "px-alignment-private.h"
#include "px-article.h"
#include "px-attribution-finder.h"
#include "px-figure-extractor-private.h"
#include "px-knowledge.h"
#include "px-tokenizer.h"
#include "px-vectors.h"
#include "px-dictionary.h"

#include <stdio.h>
#include <string.h>

G_BEGIN_DECLS

typedef struct _PxAlignModel PxAlignModel;
typedef struct _PxLinkTable PxLinkTable;
typedef struct _PxAlignGrams PxAlignGrams;

#define ENTITY_FACTOR    0.5   /* a name weighs half a predicate word */
#define SYNONYM_QUALITY  0.8
#define COMPOUND_QUALITY 0.7
#define INFLECT_QUALITY  0.8
#define MODIFIER_QUALITY 0.5
#define APPROX_QUALITY   0.5   /* figures within a quarter of each other */
#define VAGUE_QUALITY    0.3   /* "Tausende" / "12.000"; sums of one magnitude */
#define CLAUSE_FACTOR    0.8
#define WEAK_SINGLE      0.5
#define FIGURE_FACTOR    2.0   /* a sizable figure weighs twice a word */
#define VIA_LEAD_BYTES   40
#define MAX_CLAUSES      6
#define SOURCING_FACTOR  0.3   /* the media chain behind a report */
#define SOURCE_CLAUSE    0.6   /* a clause this much sourcing makes no claim */
#define TOPIC_EXPONENT   1.0   /* weight / repeats in the article ^ this */
#define POLYSEMY_SETS    3     /* German synonym sets before a word is "polysemous" */
#define QUOTE_BONUS      1.25
#define LABEL_CHARS      80
#define PX_GRAM_MIN      3     /* character n-grams of 3, 4 and 5 */
#define PX_GRAM_LENGTHS  3

typedef struct
{
  guint          id;        /* interned stem */
  guint          head;      /* compound head stem, or 0 */
  guint          modifier;  /* compound front stem, or 0 */
  guint         *parts;     /* stems of hyphenated parts */
  guint          n_parts;
  /* Synonym sets of the stem, of the verb root ("genehmigt" → "genehmigen")
   * and of a phrase ending here ("grünes Licht").
   */
  const guint32 *syn[3];
  guint          n_syn[3];
  guint64        syn_mask[4];  /* one bit per set id modulo 256: a cheap pre-test */
  guint64        signature;    /* bits of id, head, modifier, parts, root, alias */
  guint          alias;
  guint          root;      /* German: stem without ge-…-t and -ung, or 0 */
  guint          prefix_len;
  const char    *stem;      /* owned by the run's px_align_intern table */
  guint          stem_len;
  float          weight;
  guint8         entity;
  guint8         number;
  double         value;     /* for numbers; the magnitude of a vague one */
  guint8         vague;     /* "Tausende", "dozens" */
  guint8         quoted;
  guint8         sourcing;  /* names who said it, not what was said */
  guint8         german;
  guint8         clause;
  guint          token;
} Term;

typedef struct
{
  guint   article;    /* index in the id-sorted order */
  guint   sentence;
  guint   order;      /* position among the article's body units */
  GArray *tokens;
  Term   *terms;
  guint   n_terms;
  guint   n_clauses;
  guint  *feats;      /* phase-one feature ids, unique, ascending */
  float  *feat_w;
  guint   n_feats;
  float   norm;
  /* Unions over the unit's terms, so that a term with no possible match
   * in the unit is passed over in one test (see can_match()).
   */
  guint64 sig_union;
  guint64 syn_union[4];
  guint64 first_bytes[4];
  gboolean has_number;
  guint  *wvec;       /* the unit's word vectors: rows of run->word_vectors */
  float  *wvec_w;     /* their IDF weights */
  guint  *wvec_term;  /* the term each comes from */
  guint   n_wvec;
  GArray *words;      /* word and number tokens, for word diffs; lazily */
  struct _DiffInfo *diff_info;
} Unit;

typedef struct
{
  guint a;
  guint b;
  float score;
} Edge;

typedef struct _Progress Progress;

typedef struct
{
  GPtrArray   *articles;   /* id-sorted */
  guint       *to_caller;  /* sorted index → caller index */
  const char **languages;
  GArray      *units;      /* Unit */
  guint       *first_unit; /* per sorted article: first unit index; n_articles + 1 entries */
  GHashTable  *intern;     /* string → id */
  GPtrArray   *names;      /* id - 1 → string */
  guint       *df;         /* per feature id */
  guint        n_ids;
  PxTokenizer *de;         /* one per run: stemmers are not thread-safe */
  GHashTable  *verb_synonyms;  /* norm → VerbSynonyms, see px_align_verb_synonyms() */
  PxTokenizer *en;
  double       threshold;

  /* The learned scorer's inputs (px-align-vectors.c, px-align-features.c). */
  PxVectors   *vectors;       /* NULL: semantic matching is off */
  PxDictionary *dictionary;   /* German words into the English space, or NULL */
  guint        dim;
  GHashTable  *word_rows;     /* word → row + 1 in word_vectors */
  GArray      *word_vectors;  /* float, dim per row, unit length */
  float       *unit_embedding;    /* dim per unit, centred on the set, unit length */
  float       *article_embedding; /* dim per article, centred, unit length */
  GPtrArray   *article_terms;     /* per article: GArray of ArticleTerm, by id */
  GPtrArray   *article_names;     /* the same over names and figures alone */
  float       *article_cosine;    /* n_articles², NAN until asked */
  guint       *event;         /* per sorted article: its event (px-align-events.c) */
  PxAlignGrams *chargrams;    /* per unit: character n-grams (px-align-chargrams.c) */
  PxLinkTable *links;         /* pair → link probability */
  const PxAlignModel *model;
  const PxAlignModel *cross_model;   /* German–English pairs, or NULL */
  FILE        *feature_dump;  /* PARALLAX_ALIGN_FEATURES */
} Run;

typedef struct
{
  GArray *units;   /* guint, ascending */
} Cluster;

typedef struct
{
  guint id;
  float weight;
} ArticleTerm;

/* What the learned scorer reads of one candidate pair; the names in the
 * weights table (data/align-weights.json) are px_align_feature_names[].
 */
typedef enum
{
  PX_FEATURE_LEXICAL,          /* soft Dice over matched terms (px-align-match.c) */
  PX_FEATURE_COSINE,           /* TF-IDF cosine of the units' terms */
  PX_FEATURE_SOFT,             /* best-match word vector similarity, symmetrised */
  PX_FEATURE_EMBEDDING,        /* cosine of the centred sentence vectors */
  PX_FEATURE_ARTICLE_COSINE,   /* TF-IDF cosine of the two articles */
  PX_FEATURE_ARTICLE_EMBEDDING,
  PX_FEATURE_ENTITIES,         /* weight of shared names */
  PX_FEATURE_ENTITY_CONFLICT,  /* names only one side has */
  PX_FEATURE_FIGURES,          /* shared numbers */
  PX_FEATURE_LEAD,             /* log of the earlier unit's position */
  PX_FEATURE_POSITION,         /* difference of relative positions */
  PX_FEATURE_LENGTH,           /* log ratio of the units' lengths */
  PX_FEATURE_CROSS_LINGUAL,    /* the two articles' languages differ */
  /* How the pair stands among each unit's candidates in the other article,
   * ranked by the similarity model (px-align-rank.c): an article seldom
   * states one claim twice, so the best match means more than the fifth.
   */
  PX_FEATURE_RANK_BEST,        /* log (1 + the better of the two ranks - 1) */
  PX_FEATURE_RANK_WORST,       /* log (1 + the worse rank - 1) */
  PX_FEATURE_MARGIN,           /* mean gap to each side's best similarity */
  /* TF-IDF cosines of the units' character n-grams (px-align-chargrams.c),
   * one per length from PX_GRAM_MIN on.
   */
  PX_FEATURE_CHARGRAM_3,
  PX_FEATURE_CHARGRAM_4,
  PX_FEATURE_CHARGRAM_5,
  PX_N_FEATURES
} PxFeature;

extern const char * const px_align_feature_names[PX_N_FEATURES];

typedef float PxFloat4 __attribute__ ((vector_size (16)));

static inline double
px_align_dot (const float *a,
              const float *b,
              guint        dim)
{
  /* Two running sums of four lanes each, in the vector registers every
   * x86-64 and ARM64 processor has: the soft similarity spends most of the
   * aligner's time here, and a single sum is a chain no processor can
   * overlap. The loads go through memcpy, as the rows need not be aligned.
   */
  PxFloat4 s0 = { 0 }, s1 = { 0 }, x, y, z, w;
  double s;
  guint i = 0;

  for (; i + 8 <= dim; i += 8)
    {
      memcpy (&x, a + i, sizeof x);
      memcpy (&y, b + i, sizeof y);
      memcpy (&z, a + i + 4, sizeof z);
      memcpy (&w, b + i + 4, sizeof w);
      s0 += x * y;
      s1 += z * w;
    }
  s0 += s1;
  s = (double)s0[0] + s0[1] + s0[2] + s0[3];
  for (; i < dim; i++)
    s += (double)a[i] * b[i];
  return s;
}

static inline Unit *
px_align_unit (Run   *run,
               guint  i)
{
  return &g_array_index (run->units, Unit, i);
}

/* Whether two articles report one event (px-align-events.c): pairs across
 * events never group, and only the likeliest of them are scored
 * (px-align-candidates.c).
 */
static inline gboolean
px_align_same_event (Run   *run,
                     guint  x,
                     guint  y)
{
  return run->event == NULL || run->event[x] == run->event[y];
}

/* g_int64_hash() folds the halves with XOR, which collides for pairs. */
static inline guint
px_align_pair_hash (gconstpointer key)
{
  guint64 v = *(const guint64 *)key;

  v ^= v >> 33;
  v *= G_GUINT64_CONSTANT (0xff51afd7ed558ccd);
  v ^= v >> 33;
  return (guint)v;
}

static inline guint64
px_align_pair_key (guint a,
                   guint b)
{
  return a < b ? ((guint64)a << 32) | b : ((guint64)b << 32) | a;
}


/* px-aligner.c */
void            px_align_report_progress (Progress     *progress,
                                          double        fraction);

/* px-align-prepare.c */
void            px_align_run_free        (Run          *run);
void            px_align_unit_clear      (gpointer      data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Run, px_align_run_free)

guint           px_align_intern          (Run          *run,
                                          const char   *str);
gboolean        px_align_is_german       (const char   *language);
const guint32  *px_align_verb_synonyms   (Run          *run,
                                          const char   *norm,
                                          guint        *n_syn);
PxWordClass     px_align_word_class      (PxToken      *token);
gboolean        px_align_prepare_units   (Run          *run,
                                          Progress     *progress,
                                          GCancellable *cancellable,
                                          GError      **error);
void            px_align_build_features  (Run          *run);

/* px-align-match.c */
gboolean        px_align_is_approximable (double        value);
gboolean        px_align_shares_id       (const guint32 *a,
                                          guint         n_a,
                                          const guint32 *b,
                                          guint         n_b);
const char     *px_align_token_text      (Unit         *unit,
                                          const Term   *term);
double          px_align_score_pair      (Run          *run,
                                          guint         ia,
                                          guint         ib,
                                          GArray       *evidence);

/* px-align-vectors.c */
void            px_align_prepare_vectors (Run          *run);
double          px_align_soft_similarity (Run          *run,
                                          guint         a,
                                          guint         b,
                                          GArray       *evidence);
gboolean        px_align_cross_lingual   (Run          *run,
                                          Unit         *x,
                                          Unit         *y);
void            px_align_translation_evidence (Run     *run,
                                               guint    a,
                                               guint    b,
                                               GArray  *evidence);

/* px-align-chargrams.c */
void            px_align_prepare_chargrams (Run        *run);
void            px_align_chargrams_free  (PxAlignGrams *grams);
void            px_align_chargram_cosines (Run         *run,
                                          guint         a,
                                          guint         b,
                                          double       *features);

/* px-align-features.c */
void            px_align_prepare_articles (Run         *run);
double          px_align_article_cosine  (Run          *run,
                                          guint         a,
                                          guint         b);
double          px_align_article_name_cosine (Run      *run,
                                              guint     a,
                                              guint     b);
void            px_align_features        (Run          *run,
                                          guint         a,
                                          guint         b,
                                          double       *features);

/* px-align-scorer.c */
const PxAlignModel *px_align_model_get   (gboolean      semantic,
                                          GError      **error);
const PxAlignModel *px_align_model_get_cross_lingual (gboolean semantic);
const PxAlignModel *px_align_model_get_similarity (gboolean semantic,
                                                   GError **error);
void            px_align_dump_features   (Run          *run,
                                          guint         a,
                                          guint         b,
                                          const double *features);
double          px_align_model_threshold (const PxAlignModel *model);
double          px_align_model_event_threshold (const PxAlignModel *model);
guint           px_align_model_event_neighbour (const PxAlignModel *model);
double          px_align_model_event_names (const PxAlignModel *model);
double          px_align_model_score     (const PxAlignModel *model,
                                          const double *features);
double          px_align_link_store      (Run          *run,
                                          guint         a,
                                          guint         b,
                                          const double *features);
double          px_align_link            (Run          *run,
                                          guint         a,
                                          guint         b);

/* px-align-links.c: scored pairs, open addressing on the pair key */
PxLinkTable    *px_link_table_new        (void);
void            px_link_table_free       (PxLinkTable  *table);
gboolean        px_link_table_lookup     (PxLinkTable  *table,
                                          guint64       key,
                                          float        *value);
void            px_link_table_insert     (PxLinkTable  *table,
                                          guint64       key,
                                          float         value);

/* px-align-rank.c */
void            px_align_rank_features   (Run          *run,
                                          GArray       *edges,
                                          double       *features);
void            px_align_no_rank         (double       *features);

/* One side of a scored pair, seen from a unit (px_align_partners()). */
typedef struct
{
  guint edge;
  guint other;     /* the partner unit */
  guint article;   /* its article */
  float score;
  guint side;      /* 0: the unit is the edge's a, 1: its b */
} PxPartner;

PxPartner      *px_align_partners        (Run          *run,
                                          GArray       *edges,
                                          const float  *scores,
                                          guint       **start);

/* px-align-events.c */
guint          *px_align_events          (Run          *run,
                                          double        threshold,
                                          guint         neighbour,
                                          double        names);

/* px-align-candidates.c */
GArray         *px_align_candidates      (Run          *run,
                                          GCancellable *cancellable);

/* px-align-parallel.c */
typedef void  (*PxAlignSliceFunc)        (gpointer      data,
                                          guint         from,
                                          guint         to,
                                          gboolean      first);
void            px_align_parallel        (guint            n_items,
                                          guint            min_per_slice,
                                          PxAlignSliceFunc func,
                                          gpointer         data);

/* px-align-scoring.c */
GArray         *px_align_score_candidates (Run          *run,
                                           Progress     *progress,
                                           GCancellable *cancellable);

/* px-align-grouping.c */
GPtrArray      *px_align_group           (Run          *run,
                                          GArray       *edges);
void            px_align_cluster_free    (gpointer      data);

/* px-align-diff.c */
char           *px_align_make_label      (PxArticle    *article,
                                          guint         sentence);
GArray         *px_align_word_diff       (Run          *run,
                                          const char   *language,
                                          Unit         *ref,
                                          Unit         *mem);

/* px-align-emit.c */
PxAlignment    *px_align_emit            (Run          *run,
                                          GPtrArray    *caller_articles,
                                          GPtrArray    *clusters,
                                          GArray       *edges);
void            px_align_trace           (Run          *run,
                                          GArray       *edges);

G_END_DECLS
