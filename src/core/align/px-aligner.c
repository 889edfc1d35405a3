/* px-aligner.c
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

#include "px-aligner.h"
#include "px-alignment-private.h"
#include "px-article.h"
#include "px-attribution-finder.h"
#include "px-figure-extractor-private.h"
#include "px-knowledge.h"
#include "px-tokenizer.h"

/* The method, in the spirit of xdiff's prepare → match → tidy → emit:
 *
 *  1. prepare: every body sentence becomes a unit of terms (stems, with
 *     compound parts, synonym sets and aliases; figures, also written as
 *     words; German separable verbs joined again), each term classed as a
 *     name (who) or a predicate word (what happened), weighted by IDF over
 *     all units of the set, less when its article repeats it (the topic)
 *     or when it names the media chain behind a report, more when it is a
 *     sizable figure;
 *  2. candidates: an inverted index over terms gives each unit its best
 *     partners by a cheap weighted overlap, skipping the postings of very
 *     frequent features (never all pairs);
 *  3. score: each candidate pair gets a soft Dice coefficient in which a
 *     term matches its best counterpart (same stem, inflection, compound
 *     part, synonym, alias) and names can at most double what the
 *     predicate words already show, so shared names alone score zero;
 *     a sentence packing several claims is also scored clause by clause
 *     against the other, slightly discounted; an order prior (leads,
 *     matching neighbours) adds a little;
 *  4. group: pairs are merged best first into groups holding one unit per
 *     source, where a merge needs the average link between the two groups
 *     to hold up (transitive support lets weak direct pairs in); members
 *     that fit another group clearly better are swapped, and merging runs
 *     again; a sentence several members vouch for joins; then each group
 *     may take in a sentence another group already holds, for sentences
 *     that carry two claims;
 *  5. emit: reference member, explanations and word diffs per group.
 */

/* Chosen on the annotated sets (bench/px-bench-quality): the samples and
 * the two further sets in tests/data/sets, never one set alone.
 */
#define ENTITY_FACTOR    0.5   /* a name weighs half a predicate word */
#define SYNONYM_QUALITY  0.8
#define COMPOUND_QUALITY 0.7
#define INFLECT_QUALITY  0.8
#define MODIFIER_QUALITY 0.5
#define APPROX_QUALITY   0.5   /* figures within a quarter of each other */
#define VAGUE_QUALITY    0.3   /* "Tausende" / "12.000"; sums of one magnitude */
#define CLAUSE_FACTOR    0.8
#define LINK_FLOOR       0.55  /* of the threshold: average link to join a group */
#define WEAK_SINGLE      0.5
#define FIGURE_FACTOR    2.0   /* a sizable figure weighs twice a word */
#define VIA_LEAD_BYTES   40
#define SOURCING_FACTOR  0.3   /* the media chain behind a report */
#define SOURCE_CLAUSE    0.6   /* a clause this much sourcing makes no claim */
#define TOPIC_EXPONENT   1.0   /* weight / repeats in the article ^ this */
#define POLYSEMY_SETS    3     /* German synonym sets before a word is "polysemous" */
#define TOPK_PER_SOURCE  2     /* candidates scored per sentence and other source */
#define REFINE_ROUNDS    3
#define REFINE_MAX       12
#define REFINE_MARGIN    0.02
#define ATTACH_FACTOR    0.75  /* of the threshold: average link of a vouched sentence */
#define QUOTE_BONUS      1.25
#define LEAD_BONUS       0.05
#define NEIGHBOUR_BONUS  0.04
#define LABEL_CHARS      80

struct _PxAligner
{
  GObject  parent_instance;

  double   threshold;
  double   fraction;
};

enum {
  PROP_0,
  PROP_THRESHOLD,
  PROP_FRACTION,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (PxAligner, px_aligner, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

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
  const char    *stem;      /* owned by the run's intern table */
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
  guint  *feats;      /* phase-one feature ids, unique */
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
  GArray *words;      /* word and number tokens, for word diffs; lazily */
  struct _DiffInfo *diff_info;
} Unit;

typedef struct
{
  guint  a;
  guint  b;
  double score;
} Edge;

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
  GHashTable  *scores;     /* pair key → double, with priors */
  PxTokenizer *de;         /* one per run: stemmers are not thread-safe */
  GHashTable  *verb_synonyms;  /* norm → VerbSynonyms, see cached_verb_synonyms() */
  PxTokenizer *en;
  double       threshold;
} Run;

static void
unit_clear (gpointer data)
{
  Unit *unit = data;

  g_clear_pointer (&unit->tokens, g_array_unref);
  g_clear_pointer (&unit->words, g_array_unref);
  g_free (unit->diff_info);
  for (guint i = 0; i < unit->n_terms; i++)
    g_free (unit->terms[i].parts);
  g_free (unit->terms);
  g_free (unit->feats);
  g_free (unit->feat_w);
}

static void
run_free (Run *run)
{
  g_clear_pointer (&run->articles, g_ptr_array_unref);
  g_free (run->to_caller);
  g_free (run->languages);
  g_clear_pointer (&run->units, g_array_unref);
  g_free (run->first_unit);
  g_clear_pointer (&run->intern, g_hash_table_unref);
  g_clear_pointer (&run->names, g_ptr_array_unref);
  g_free (run->df);
  g_clear_pointer (&run->scores, g_hash_table_unref);
  g_clear_object (&run->de);
  g_clear_pointer (&run->verb_synonyms, g_hash_table_unref);
  g_clear_object (&run->en);
  g_free (run);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Run, run_free)

static guint
intern (Run        *run,
        const char *str)
{
  gpointer id;

  if (g_hash_table_lookup_extended (run->intern, str, NULL, &id))
    return GPOINTER_TO_UINT (id);
  g_ptr_array_add (run->names, g_strdup (str));
  g_hash_table_insert (run->intern, g_ptr_array_index (run->names, run->names->len - 1),
                       GUINT_TO_POINTER (run->names->len));
  return run->names->len;
}

static inline Unit *
get_unit (Run   *run,
          guint  i)
{
  return &g_array_index (run->units, Unit, i);
}

static void
px_aligner_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PxAligner *self = PX_ALIGNER (object);

  switch (prop_id)
    {
    case PROP_THRESHOLD:
      g_value_set_double (value, self->threshold);
      break;
    case PROP_FRACTION:
      g_value_set_double (value, self->fraction);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_aligner_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  PxAligner *self = PX_ALIGNER (object);

  switch (prop_id)
    {
    case PROP_THRESHOLD:
      px_aligner_set_threshold (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_aligner_class_init (PxAlignerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = px_aligner_get_property;
  object_class->set_property = px_aligner_set_property;

  /**
   * PxAligner:threshold:
   *
   * How strong a link must be to group two passages: lower finds more
   * parallels (recall), higher makes fewer mistakes (precision).
   */
  properties[PROP_THRESHOLD] =
    g_param_spec_double ("threshold", NULL, NULL,
                         0.0, 1.0, PX_ALIGNER_DEFAULT_THRESHOLD,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * PxAligner:fraction:
   *
   * Progress of the running alignment, 0 to 1, notified on the main context
   * of the thread that started it.
   */
  properties[PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL,
                         0.0, 1.0, 0.0,
                         (G_PARAM_READABLE |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
px_aligner_init (PxAligner *self)
{
  self->threshold = PX_ALIGNER_DEFAULT_THRESHOLD;
}

/**
 * px_aligner_new:
 *
 * Returns: (transfer full): a new aligner with the default threshold
 */
PxAligner *
px_aligner_new (void)
{
  return g_object_new (PX_TYPE_ALIGNER, NULL);
}

double
px_aligner_get_threshold (PxAligner *self)
{
  g_return_val_if_fail (PX_IS_ALIGNER (self), 0.0);

  return self->threshold;
}

/**
 * px_aligner_set_threshold:
 * @self: a #PxAligner
 * @threshold: 0 to 1
 *
 * Sets #PxAligner:threshold for the next run.
 */
void
px_aligner_set_threshold (PxAligner *self,
                          double     threshold)
{
  g_return_if_fail (PX_IS_ALIGNER (self));

  threshold = CLAMP (threshold, 0.0, 1.0);
  if (self->threshold == threshold)
    return;
  self->threshold = threshold;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_THRESHOLD]);
}

double
px_aligner_get_fraction (PxAligner *self)
{
  g_return_val_if_fail (PX_IS_ALIGNER (self), 0.0);

  return self->fraction;
}

/* Progress: set directly when running synchronously, or marshalled to the
 * caller's main context when a worker thread runs the job.
 */
typedef struct
{
  PxAligner    *aligner;
  GMainContext *context;
} Progress;

typedef struct
{
  PxAligner *aligner;
  double     fraction;
} FractionUpdate;

static gboolean
publish_fraction (gpointer data)
{
  FractionUpdate *update = data;

  if (update->aligner->fraction != update->fraction)
    {
      update->aligner->fraction = update->fraction;
      g_object_notify_by_pspec (G_OBJECT (update->aligner), properties[PROP_FRACTION]);
    }
  return G_SOURCE_REMOVE;
}

static void
fraction_update_free (gpointer data)
{
  FractionUpdate *update = data;

  g_object_unref (update->aligner);
  g_free (update);
}

static void
report_progress (Progress *progress,
                 double    fraction)
{
  FractionUpdate *update;

  if (progress == NULL)
    return;

  update = g_new0 (FractionUpdate, 1);
  update->aligner = g_object_ref (progress->aligner);
  update->fraction = fraction;
  if (progress->context == NULL)
    {
      publish_fraction (update);
      fraction_update_free (update);
    }
  else
    g_main_context_invoke_full (progress->context, G_PRIORITY_DEFAULT,
                                publish_fraction, update, fraction_update_free);
}

static int
compare_articles_by_id (gconstpointer a,
                        gconstpointer b)
{
  PxArticle *x = *(PxArticle **)a;
  PxArticle *y = *(PxArticle **)b;
  int cmp = g_strcmp0 (px_article_get_id (x), px_article_get_id (y));

  if (cmp == 0)
    cmp = g_strcmp0 (px_article_get_path (x), px_article_get_path (y));
  if (cmp == 0)
    {
      g_autofree char *dx = px_article_dup_digest (x);
      g_autofree char *dy = px_article_dup_digest (y);

      cmp = g_strcmp0 (dx, dy);
    }
  return cmp;
}

static gboolean
is_german (const char *language)
{
  return language == NULL || g_str_has_prefix (language, "de");
}

/* Per term type over the whole set: how it is written decides whether it is
 * a name. See classify_entities().
 */
typedef struct
{
  guint8 any_lower;
  guint8 any_after_det;
  guint8 compound;
  guint8 any_cap_noninitial;
  guint8 any_acronym;
  guint8 alias;
  guint8 in_dictionary;
  guint8 lower_case_word;
  guint8 german;
  guint8 entity;
} TypeInfo;

/* Synonym sets of a German verb form by its infinitive: the stemmer
 * leaves participles and past forms apart from the infinitive the
 * thesaurus lists ("genehmigt" → "genehmigen", "gegeben" → "geben").
 */
static const guint32 *
lookup_verb_synonyms (PxTokenizer *tokenizer,
                      const char  *norm,
                      guint       *n_syn)
{
  static const char *endings[] = { "ten", "tet", "te", "et", "t" };
  const guint32 *syn;
  gsize len = strlen (norm);

  for (guint e = 0; e < G_N_ELEMENTS (endings); e++)
    {
      gsize elen = strlen (endings[e]);

      if (len > elen + 4 && g_str_has_suffix (norm, endings[e]))
        {
          g_autofree char *cut = g_strndup (norm, len - elen);
          g_autofree char *verb = g_strconcat (cut, "en", NULL);
          g_autofree char *vstem = px_tokenizer_stem (tokenizer, verb);

          if ((syn = px_knowledge_synonym_sets (vstem, PX_WORD_OTHER, n_syn)) != NULL)
            return syn;
          if (g_str_has_prefix (cut, "ge") && len - elen > 5)
            {
              g_autofree char *bare = g_strconcat (cut + 2, "en", NULL);
              g_autofree char *bstem = px_tokenizer_stem (tokenizer, bare);

              if ((syn = px_knowledge_synonym_sets (bstem, PX_WORD_OTHER, n_syn)) != NULL)
                return syn;
            }
          break;
        }
    }
  *n_syn = 0;
  return NULL;
}

typedef struct
{
  const guint32 *syn;
  guint          n_syn;
} VerbSynonyms;

/* lookup_verb_synonyms() stems candidate infinitives; a run asks for the
 * same words over and over (units, then word diffs), so it keeps them.
 */
static const guint32 *
cached_verb_synonyms (Run        *run,
                      const char *norm,
                      guint      *n_syn)
{
  VerbSynonyms *found;

  if (run->verb_synonyms == NULL)
    run->verb_synonyms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if ((found = g_hash_table_lookup (run->verb_synonyms, norm)) == NULL)
    {
      found = g_new0 (VerbSynonyms, 1);
      found->syn = lookup_verb_synonyms (run->de, norm, &found->n_syn);
      g_hash_table_insert (run->verb_synonyms, g_strdup (norm), found);
    }
  *n_syn = found->n_syn;
  return found->syn;
}

static PxWordClass
word_class (PxToken *token)
{
  if (!(token->flags & PX_TOKEN_FLAG_CAPITALISED))
    return PX_WORD_OTHER;
  return (token->flags & PX_TOKEN_FLAG_INITIAL) ? PX_WORD_ANY : PX_WORD_NOUN;
}

/* German participles and nominalisations keep the verb root that the
 * Snowball stemmer leaves apart: "geöffnet", "öffnen", "Öffnung" → "öffn".
 */
static char *
german_root (const char *norm)
{
  static const char *suffixes[] = { "ungen", "ung", "ten", "tet", "te", "en", "et", "t", "e" };
  gsize len = strlen (norm);
  const char *start = norm;

  if (len >= 7 && g_str_has_prefix (norm, "ge") &&
      (g_str_has_suffix (norm, "t") || g_str_has_suffix (norm, "en")))
    start += 2, len -= 2;
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      gsize slen = strlen (suffixes[i]);

      if (len >= slen + 4 && strncmp (start + len - slen, suffixes[i], slen) == 0)
        {
          len -= slen;
          break;
        }
    }
  if (g_utf8_strlen (start, len) < 4)
    return NULL;
  return g_strndup (start, len);
}

static const char *token_text (Unit *unit, const Term *term);

static inline guint64
id_bit (guint id)
{
  return id == 0 ? 0 : G_GUINT64_CONSTANT (1) << ((id * 2654435761u) >> 26);
}
static gboolean is_approximable (double value);

static gboolean
is_segment_break (PxToken *token)
{
  return token->kind == PX_TOKEN_PUNCT &&
         (g_str_equal (token->fold, ",") || g_str_equal (token->fold, ";") ||
          g_str_equal (token->fold, ":") || g_str_equal (token->fold, "–") ||
          g_str_equal (token->fold, "—") || g_str_equal (token->fold, "("));
}

#define MAX_CLAUSES 6

/* Clauses, roughly: stretches between commas, semicolons, colons and
 * dashes, where a stretch of fewer than four words joins the one before
 * (so that "Der Pegel, so der Sprecher, stieg" stays one clause). Leads
 * pack several claims; each clause can then match on its own.
 */
static guint8 *
split_clauses (GArray *tokens,
               guint  *n_clauses)
{
  guint8 *clause = g_new0 (guint8, tokens->len + 1);
  guint current = 0, words_in_current = 0, seg_start = 0;

  for (guint t = 0; t <= tokens->len; t++)
    {
      gboolean at_end = t == tokens->len || is_segment_break (&g_array_index (tokens, PxToken, t));
      guint words = 0;

      if (!at_end)
        continue;
      for (guint k = seg_start; k < t; k++)
        if (g_array_index (tokens, PxToken, k).kind == PX_TOKEN_WORD)
          words++;
      if (words_in_current > 0 && words >= 4 && words_in_current >= 4 && current + 1 < MAX_CLAUSES)
        {
          current++;
          words_in_current = 0;
        }
      for (guint k = seg_start; k < MIN (t + 1, tokens->len); k++)
        clause[k] = current;
      words_in_current += words;
      seg_start = t + 1;
    }
  *n_clauses = current + 1;
  return clause;
}

/* g_int64_hash() folds the halves with XOR, which collides for pairs. */
static guint
pair_hash (gconstpointer key)
{
  guint64 v = *(const guint64 *)key;

  v ^= v >> 33;
  v *= G_GUINT64_CONSTANT (0xff51afd7ed558ccd);
  v ^= v >> 33;
  return (guint)v;
}

static inline guint64
pair_key (guint a,
          guint b)
{
  return a < b ? ((guint64)a << 32) | b : ((guint64)b << 32) | a;
}

/* The byte spans of an article that name a reporting source or its cue
 * ("laut der Zeitung", "unter Berufung auf Beamte"), worked out once per
 * article; each token is then tested against its sentence's spans.
 */
static GArray *
sourcing_spans (GPtrArray        *attributions,
                const char       *text,
                const PxSentence *sentences)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (PxSpan));

  for (guint i = 0; attributions != NULL && i < attributions->len; i++)
    {
      PxAttribution *attribution = g_ptr_array_index (attributions, i);
      PxSpan cue = px_attribution_get_cue_span (attribution);
      PxSpan source = px_attribution_get_source_span (attribution);
      PxSourceKind kind = px_attribution_get_source_kind (attribution);
      guint sentence_end = sentences[px_attribution_get_sentence (attribution)].end;

      /* A person's or an institution's statement is itself the claim
       * ("Lorenz sagte…"); the media chain behind a report is not.
       */
      if (kind == PX_SOURCE_PERSON || kind == PX_SOURCE_INSTITUTION)
        continue;
      g_array_append_val (spans, cue);
      g_array_append_val (spans, source);
      /* Sources further down the chain, with the few words that lead to
       * them ("…, unter Berufung auf zwei Beamte").
       */
      for (guint v = 0; v < px_attribution_get_n_via (attribution) && source.end < sentence_end; v++)
        {
          const char *via = px_attribution_get_via_text (attribution, v);
          g_autofree char *rest = g_strndup (text + source.end, sentence_end - source.end);
          const char *found = strstr (rest, via);

          if (found != NULL && found - rest <= VIA_LEAD_BYTES)
            {
              PxSpan chain = { source.end, source.end + (found - rest) + strlen (via) };

              g_array_append_val (spans, chain);
            }
        }
    }
  return spans;
}

static gboolean
in_spans (GArray *spans,
          guint   offset)
{
  for (guint i = 0; i < spans->len; i++)
    if (g_array_index (spans, PxSpan, i).start <= offset && offset < g_array_index (spans, PxSpan, i).end)
      return TRUE;
  return FALSE;
}

/* German separable verbs put their particle at the end of the clause
 * ("Traubner macht das Werk dicht", "kündigte ein Gespräch an"). Joined
 * again ("dichtmachen", "ankündigen") they find their synonyms
 * ("schließen") and the forms written as one word.
 */
static const char * const separable_particles[] = {
  "ab", "an", "auf", "aus", "bei", "bekannt", "dar", "dicht", "durch", "ein", "fest", "fort",
  "frei", "her", "hin", "hoch", "los", "mit", "nach", "statt", "teil", "um", "vor", "weg",
  "weiter", "zu", "zurück", "zusammen",
};

static char *
join_separable_verb (GArray *tokens,
                     guint   particle)
{
  PxToken *last = &g_array_index (tokens, PxToken, particle);
  /* Longest first, so that "deutete" gives "deut-", not "deutet-". */
  static const char * const endings[] = {
    "etest", "eten", "etet", "ete", "test", "ten", "tet", "te", "est", "st", "et", "en", "t", "e",
  };
  gboolean is_particle = FALSE;

  /* Only at the end of a clause; elsewhere it is a preposition. Tested
   * first: it turns most words away.
   */
  if (last->kind != PX_TOKEN_WORD ||
      (particle + 1 < tokens->len &&
       g_array_index (tokens, PxToken, particle + 1).kind == PX_TOKEN_WORD))
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (separable_particles) && !is_particle; i++)
    is_particle = g_str_equal (last->norm, separable_particles[i]);
  if (!is_particle)
    return NULL;

  for (guint k = particle; k-- > 0;)
    {
      PxToken *verb = &g_array_index (tokens, PxToken, k);
      gsize len;

      if (is_segment_break (verb))
        break;
      /* Participles ("der gewählte Präsident") are not the finite verb. */
      if (verb->kind != PX_TOKEN_WORD || (verb->flags & PX_TOKEN_FLAG_CAPITALISED) ||
          g_str_has_prefix (verb->norm, "ge"))
        continue;
      len = strlen (verb->norm);
      for (guint e = 0; e < G_N_ELEMENTS (endings); e++)
        {
          gsize elen = strlen (endings[e]);
          g_autofree char *joined = NULL;

          if (len < elen + 2 || !g_str_has_suffix (verb->norm, endings[e]))
            continue;
          joined = g_strdup_printf ("%s%.*sen", last->norm, (int)(len - elen), verb->norm);
          if (px_knowledge_is_word (joined))
            return g_steal_pointer (&joined);
        }
    }
  return NULL;
}

static gboolean
is_percent (GArray   *tokens,
            guint     t,
            gboolean  german)
{
  PxToken *token = &g_array_index (tokens, PxToken, t);

  if (token->kind == PX_TOKEN_PUNCT)
    return g_str_equal (token->fold, "%");
  return !german && token->kind == PX_TOKEN_WORD && g_str_equal (token->norm, "cent") &&
         t > 0 && g_str_equal (g_array_index (tokens, PxToken, t - 1).norm, "per");
}

/* Numbers are keyed by value, so that "elftausend", "11.000" and
 * "11 Tausend" meet; vague plurals by their order of magnitude.
 */
static void
set_number (Run    *run,
            Term   *term,
            double  value,
            gboolean vague)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *key = NULL;

  g_ascii_formatd (buffer, sizeof buffer, "%.12g", value);
  key = g_strconcat (vague ? "#~" : "#", buffer, NULL);
  term->id = intern (run, key);
  term->number = TRUE;
  term->value = value;
  term->vague = vague;
}

static gboolean
prepare_units (Run          *run,
               Progress     *progress,
               GCancellable *cancellable,
               GError      **error)
{
  PxTokenizer *de = run->de;
  PxTokenizer *en = run->en;
  g_autoptr(GArray) types = g_array_new (FALSE, TRUE, sizeof (TypeInfo));
  guint n_articles = run->articles->len;

  if (!px_knowledge_has_thesaurus ())
    g_debug ("Aligning without synonyms");
  if (!px_knowledge_has_dictionary ())
    g_debug ("Aligning without compound splitting");

  run->first_unit = g_new0 (guint, n_articles + 1);
  run->languages = g_new0 (const char *, n_articles);

  for (guint a = 0; a < n_articles; a++)
    {
      PxArticle *article = g_ptr_array_index (run->articles, a);
      const char *text = px_article_get_text (article);
      const char *language = px_article_get_language (article);
      gboolean german = is_german (language);
      PxTokenizer *tokenizer = german ? de : en;
      const PxSentence *sentences;
      g_autoptr(GPtrArray) attributions = NULL;
      g_autoptr(GArray) sourcing = NULL;
      guint n, order = 0;

      run->languages[a] = german ? "de" : "en";
      run->first_unit[a] = run->units->len;
      sentences = px_article_get_sentences (article, &n);
      attributions = px_attribution_find (article);
      sourcing = sourcing_spans (attributions, text, sentences);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      for (guint s = 0; s < n; s++)
        {
          Unit unit = { 0, };
          g_autoptr(GArray) terms = NULL;
          g_autofree guint8 *clauses = NULL;

          if (sentences[s].kind != PX_SENTENCE_BODY)
            continue;

          unit.article = a;
          unit.sentence = s;
          unit.order = order++;
          unit.tokens = px_tokenizer_tokenize (tokenizer, text + sentences[s].start,
                                               sentences[s].end - sentences[s].start,
                                               sentences[s].start);
          terms = g_array_new (FALSE, TRUE, sizeof (Term));
          clauses = split_clauses (unit.tokens, &unit.n_clauses);

          for (guint t = 0; t < unit.tokens->len; t++)
            {
              PxToken *token = &g_array_index (unit.tokens, PxToken, t);
              Term term = { 0, };
              TypeInfo *info;
              gboolean duplicate = FALSE;

              double number_value, scale = 0;
              gboolean vague;

              /* "50 Millionen" is one number, as "50.000.000" is. */
              if (token->kind == PX_TOKEN_WORD && terms->len > 0 && t > 0 &&
                  g_array_index (terms, Term, terms->len - 1).token == t - 1 &&
                  g_array_index (terms, Term, terms->len - 1).number &&
                  !g_array_index (terms, Term, terms->len - 1).vague &&
                  (scale = _px_figure_read_scale_word (token->norm, german)) > 0)
                {
                  Term *previous = &g_array_index (terms, Term, terms->len - 1);

                  /* The scale word stays a term of its own as well. */
                  set_number (run, previous, previous->value * scale, FALSE);
                }

              if (is_percent (unit.tokens, t, german))
                {
                  /* "9 %", "9 Prozent", "9 percent" and "9 per cent" say one thing. */
                  g_autofree char *stem = px_tokenizer_stem (tokenizer, german ? "prozent" : "percent");

                  term.id = intern (run, stem);
                  term.prefix_len = strlen (stem);
                }
              else if (token->kind == PX_TOKEN_NUMBER)
                set_number (run, &term, g_ascii_strtod (token->norm, NULL), FALSE);
              else if (token->kind == PX_TOKEN_WORD && scale == 0 &&
                       _px_figure_read_number_word (token->norm, german, &number_value, &vague))
                set_number (run, &term, number_value, vague);
              else if (token->kind == PX_TOKEN_WORD &&
                       !(token->flags & (PX_TOKEN_FLAG_STOP | PX_TOKEN_FLAG_REPORTING)) &&
                       g_utf8_strlen (token->norm, -1) > 1)
                {
                  term.id = intern (run, token->stem);
                  if (token->head != NULL)
                    {
                      term.head = intern (run, token->head);
                      term.modifier = intern (run, token->modifier);
                    }
                  if (token->parts != NULL)
                    {
                      guint np = g_strv_length (token->parts);

                      term.parts = g_new0 (guint, np);
                      for (guint p = 0; p < np; p++)
                        if (strlen (token->parts[p]) > 1)
                          term.parts[term.n_parts++] = intern (run, token->parts[p]);
                    }
                  if (german)
                    {
                      term.syn[0] = px_knowledge_synonym_sets (token->stem, word_class (token),
                                                               &term.n_syn[0]);
                      if (!(token->flags & PX_TOKEN_FLAG_CAPITALISED))
                        term.syn[1] = cached_verb_synonyms (run, token->norm, &term.n_syn[1]);
                      if (t > 0 && g_array_index (unit.tokens, PxToken, t - 1).kind == PX_TOKEN_WORD)
                        term.syn[2] =
                          px_knowledge_phrase_synonym_sets (g_array_index (unit.tokens, PxToken, t - 1).stem,
                                                            token->stem, &term.n_syn[2]);
                    }
                  else
                    {
                      term.syn[0] = px_knowledge_english_synonym_sets (token->stem, &term.n_syn[0]);
                      if (t > 0 && g_array_index (unit.tokens, PxToken, t - 1).kind == PX_TOKEN_WORD)
                        term.syn[2] =
                          px_knowledge_english_phrase_synonym_sets (g_array_index (unit.tokens, PxToken, t - 1).stem,
                                                                    token->stem, &term.n_syn[2]);
                    }
                  term.alias = px_knowledge_alias (run->languages[a], token->stem);
                  if (term.alias == 0 && t > 0)
                    {
                      PxToken *prev = &g_array_index (unit.tokens, PxToken, t - 1);
                      g_autofree char *pair = g_strconcat (prev->stem, " ", token->stem, NULL);

                      if (prev->kind == PX_TOKEN_WORD)
                        term.alias = px_knowledge_alias (run->languages[a], pair);
                    }
                  term.prefix_len = strlen (token->norm);
                  if (german)
                    {
                      g_autofree char *root = german_root (token->norm);

                      if (root != NULL)
                        {
                          g_autofree char *key = g_strconcat ("^", root, NULL);

                          term.root = intern (run, key);
                        }
                    }
                }
              else
                continue;

              for (guint v = 0; v < G_N_ELEMENTS (term.syn); v++)
                for (guint k = 0; k < term.n_syn[v]; k++)
                  term.syn_mask[(term.syn[v][k] / 64) % 4] |= G_GUINT64_CONSTANT (1) << (term.syn[v][k] % 64);
              term.signature = id_bit (term.id) | id_bit (term.head) | id_bit (term.modifier) |
                               id_bit (term.root) | id_bit (term.alias ? term.alias + 0x40000000u : 0);
              for (guint k = 0; k < term.n_parts; k++)
                term.signature |= id_bit (term.parts[k]);
              term.token = t;
              term.stem = g_ptr_array_index (run->names, term.id - 1);
              term.stem_len = strlen (term.stem);
              term.quoted = (token->flags & PX_TOKEN_FLAG_IN_QUOTE) != 0;
              term.german = german;
              term.sourcing = in_spans (sourcing, token->start);
              term.clause = clauses[t];

              if (term.id > types->len)
                g_array_set_size (types, term.id + 64);
              info = &g_array_index (types, TypeInfo, term.id - 1);
              info->german = german;
              if (!term.number)
                {
                  if (!(token->flags & PX_TOKEN_FLAG_CAPITALISED))
                    info->any_lower = TRUE;
                  if (token->flags & PX_TOKEN_FLAG_AFTER_DETERMINER)
                    info->any_after_det = TRUE;
                  /* Bare nouns follow prepositions ("aus Panik", "seit
                   * Stunden"); names do too, but those are mostly aliases or
                   * missing from the word list.
                   */
                  if (t > 0 && g_array_index (unit.tokens, PxToken, t - 1).kind == PX_TOKEN_WORD &&
                      px_knowledge_is_preposition (run->languages[a],
                                                   g_array_index (unit.tokens, PxToken, t - 1).norm))
                    info->any_after_det = TRUE;
                  if (token->head != NULL)
                    info->compound = TRUE;
                  if ((token->flags & PX_TOKEN_FLAG_CAPITALISED) &&
                      !(token->flags & PX_TOKEN_FLAG_INITIAL))
                    info->any_cap_noninitial = TRUE;
                  if (token->flags & PX_TOKEN_FLAG_ACRONYM)
                    info->any_acronym = TRUE;
                  if (term.alias != 0)
                    info->alias = TRUE;
                  if (german && !info->in_dictionary)
                    {
                      info->in_dictionary = px_knowledge_is_word (token->norm);
                      info->lower_case_word = px_knowledge_is_lower_case_word (token->norm);
                    }
                }

              for (guint k = 0; k < terms->len; k++)
                if (g_array_index (terms, Term, k).id == term.id)
                  {
                    g_array_index (terms, Term, k).quoted |= term.quoted;
                    duplicate = TRUE;
                    break;
                  }
              if (duplicate)
                g_free (term.parts);
              else
                g_array_append_val (terms, term);
            }

          /* After the words, so that the particle's term comes last. */
          for (guint t = 0; german && t < unit.tokens->len; t++)
            {
              g_autofree char *joined = join_separable_verb (unit.tokens, t);
              g_autofree char *stem = NULL;
              Term term = { 0, };

              if (joined == NULL)
                continue;
              stem = px_tokenizer_stem (tokenizer, joined);
              term.id = intern (run, stem);
              term.german = TRUE;
              term.syn[0] = px_knowledge_synonym_sets (stem, PX_WORD_OTHER, &term.n_syn[0]);
              for (guint k = 0; k < term.n_syn[0]; k++)
                term.syn_mask[(term.syn[0][k] / 64) % 4] |= G_GUINT64_CONSTANT (1) << (term.syn[0][k] % 64);
              term.signature = id_bit (term.id);
              term.prefix_len = strlen (joined);
              term.token = t;
              term.stem = g_ptr_array_index (run->names, term.id - 1);
              term.stem_len = strlen (term.stem);
              term.clause = clauses[t];
              g_array_append_val (terms, term);
            }

          unit.n_terms = terms->len;
          unit.terms = (Term *)(gpointer)g_array_free (g_steal_pointer (&terms), FALSE);
          g_array_append_val (run->units, unit);
        }

      report_progress (progress, 0.4 * (a + 1) / n_articles);
    }
  run->first_unit[n_articles] = run->units->len;

  /* Names: acronyms and known aliases always; otherwise capitalised words
   * never written lower-case. German capitalises every noun, so there a
   * word also needs to be missing from the word list, or never to follow
   * an article ("Müller traf Schmidt in Berlin" vs "die Flutung des
   * Polders").
   */
  for (guint i = 0; i < types->len; i++)
    {
      TypeInfo *info = &g_array_index (types, TypeInfo, i);

      if (info->any_acronym || info->alias)
        info->entity = TRUE;
      else if (info->any_lower)
        info->entity = FALSE;
      else if (info->german)
        info->entity = !info->compound &&
                       (!info->in_dictionary || (!info->any_after_det && !info->lower_case_word));
      else
        info->entity = info->any_cap_noninitial;
    }
  for (guint u = 0; u < run->units->len; u++)
    {
      Unit *unit = get_unit (run, u);

      for (guint k = 0; k < unit->n_terms; k++)
        {
          Term *term = &unit->terms[k];

          if (!term->number && term->id <= types->len)
            term->entity = g_array_index (types, TypeInfo, term->id - 1).entity;
        }
    }

  return TRUE;
}

/* Phase-one features: the stem, compound parts, aliases and synonym sets,
 * each with a factor for how much it says.
 */
static void
add_feature (GArray *ids,
             GArray *weights,
             guint   id,
             float   factor)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, guint, i) == id)
      {
        g_array_index (weights, float, i) = MAX (g_array_index (weights, float, i), factor);
        return;
      }
  g_array_append_val (ids, id);
  g_array_append_val (weights, factor);
}

static void
build_features (Run *run)
{
  guint n_units = run->units->len;
  g_autofree guint *in_article = NULL;

  for (guint u = 0; u < n_units; u++)
    {
      Unit *unit = get_unit (run, u);
      g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (guint));
      g_autoptr(GArray) weights = g_array_new (FALSE, FALSE, sizeof (float));

      for (guint k = 0; k < unit->n_terms; k++)
        {
          Term *term = &unit->terms[k];
          float base = term->entity ? ENTITY_FACTOR : 1.0;

          add_feature (ids, weights, term->id, base);
          if (term->number && !term->vague && is_approximable (term->value))
            {
              int bucket = (int)floor (log (term->value) / log (1.25));

              for (int b = bucket; b <= bucket + 1; b++)
                {
                  char key[24];

                  g_snprintf (key, sizeof key, "#~%d", b);
                  add_feature (ids, weights, intern (run, key), 0.3);
                }
            }
          if (term->head != 0)
            {
              add_feature (ids, weights, term->head, 0.5 * base);
              add_feature (ids, weights, term->modifier, 0.5 * base);
            }
          for (guint p = 0; p < term->n_parts; p++)
            add_feature (ids, weights, term->parts[p], 0.5 * base);
          if (term->alias != 0)
            {
              g_autofree char *key = g_strdup_printf ("@%u", term->alias);

              add_feature (ids, weights, intern (run, key), ENTITY_FACTOR);
            }
          for (guint v = 0; v < G_N_ELEMENTS (term->syn); v++)
            for (guint s = 0; s < MIN (term->n_syn[v], 8); s++)
              {
                char key[24];

                g_snprintf (key, sizeof key, "~%u", term->syn[v][s]);
                add_feature (ids, weights, intern (run, key), 0.3);
              }
        }

      unit->n_feats = ids->len;
      unit->feats = (guint *)(gpointer)g_array_free (g_steal_pointer (&ids), FALSE);
      unit->feat_w = (float *)(gpointer)g_array_free (g_steal_pointer (&weights), FALSE);
    }

  run->n_ids = run->names->len + 1;
  run->df = g_new0 (guint, run->n_ids);
  for (guint u = 0; u < n_units; u++)
    {
      Unit *unit = get_unit (run, u);

      for (guint f = 0; f < unit->n_feats; f++)
        run->df[unit->feats[f]]++;
    }

  /* How many of its own article's sentences use each term: a word an
   * article repeats from sentence to sentence is its topic ("Truppen",
   * "Flutung"), a weak sign of which claim a sentence makes.
   */
  /* Counted article by article in one array; units of an article are
   * consecutive.
   */
  in_article = g_new0 (guint, run->n_ids);
  for (guint u = 0; u < n_units; u++)
    {
      Unit *unit = get_unit (run, u);

      for (guint k = 0; k < unit->n_terms; k++)
        {
          Term *term = &unit->terms[k];
          guint8 first = (guint8)term->stem[0];

          unit->sig_union |= term->signature;
          for (guint m = 0; m < 4; m++)
            unit->syn_union[m] |= term->syn_mask[m];
          unit->first_bytes[first / 64] |= G_GUINT64_CONSTANT (1) << (first % 64);
          unit->has_number |= term->number;
        }
    }

  for (guint u = 0; u < n_units; u++)
    {
      Unit *unit = get_unit (run, u);
      double norm = 0.0;

      /* Entering an article: count its terms; leaving it: clear them. */
      if (u == run->first_unit[unit->article])
        for (guint v = u; v < run->first_unit[unit->article + 1]; v++)
          for (guint k = 0; k < get_unit (run, v)->n_terms; k++)
            in_article[get_unit (run, v)->terms[k].id]++;

      for (guint f = 0; f < unit->n_feats; f++)
        {
          double idf = log (1.0 + (double)n_units / run->df[unit->feats[f]]);

          unit->feat_w[f] *= idf;
          norm += unit->feat_w[f] * unit->feat_w[f];
        }
      unit->norm = sqrt (norm);

      for (guint k = 0; k < unit->n_terms; k++)
        {
          Term *term = &unit->terms[k];

          guint repeats = in_article[term->id];

          term->weight = log (1.0 + (double)n_units / run->df[term->id]);
          if (repeats > 1)
            term->weight *= pow (repeats, -TOPIC_EXPONENT);
          if (term->entity)
            term->weight *= ENTITY_FACTOR;
          /* A sizable figure is rarely repeated by chance: "12.000"
           * in two sentences says more than any one word does.
           */
          if (term->number && !term->vague && is_approximable (term->value))
            term->weight *= FIGURE_FACTOR;
          /* Outlets cite the same sources for different claims. */
          if (term->sourcing)
            term->weight *= SOURCING_FACTOR;
        }
      if (u + 1 == run->first_unit[unit->article + 1])
        for (guint v = run->first_unit[unit->article]; v <= u; v++)
          for (guint k = 0; k < get_unit (run, v)->n_terms; k++)
            in_article[get_unit (run, v)->terms[k].id] = 0;
    }
}

/* Sizable counts within a quarter of each other ("mehr als 10.000" /
 * "bis zu 12.000") likely state one quantity; years and small numbers
 * (days, hours, ordinals) do not.
 */
static gboolean
is_approximable (double value)
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
  if (!is_approximable (a) || !is_approximable (b))
    return FALSE;
  return MAX (a, b) <= 1.25 * MIN (a, b);
}

static gboolean
shares_id (const guint32 *a,
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
      if (shares_id (x->syn[i], x->n_syn[i], y->syn[j], y->n_syn[j]))
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
  if (x->number && y->number && is_approximable (x->value) && is_approximable (y->value) &&
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

static const char *
token_text (Unit        *unit,
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

/* The soft Dice coefficient of two units (see the comment at the top).
 * With @evidence, also says what matched and how much each match gave.
 */
static double
score_pair (Run    *run,
            guint   ia,
            guint   ib,
            GArray *evidence)
{
  Unit *units[2] = { get_unit (run, ia), get_unit (run, ib) };
  double matched[2][2] = { { 0, 0 }, { 0, 0 } };  /* [side][entity] */
  double total[2][2] = { { 0, 0 }, { 0, 0 } };
  double numerator, denominator, ent_scale = 1.0;
  guint n_matched[2] = { 0, 0 };
  double best_quality[2] = { 0, 0 };
  /* Per side and clause: own terms, own matched gains, and the other
   * side's gains that matched into the clause; [..][entity].
   */
  double c_total[2][MAX_CLAUSES][2] = { { { 0 } } };
  double c_matched[2][MAX_CLAUSES][2] = { { { 0 } } };
  double c_sourcing[2][MAX_CLAUSES] = { { 0 } };
  g_autoptr(GArray) found = evidence != NULL ? g_array_new (FALSE, TRUE, sizeof (PxAlignmentEvidence)) : NULL;
  guint n0 = units[0]->n_terms, n1 = units[1]->n_terms;
  float quality_buf[32 * 32];
  guint8 kind_buf[32 * 32];
  g_autofree float *quality_heap = NULL;
  g_autofree guint8 *kind_heap = NULL;
  float *quality = quality_buf;
  guint8 *kinds = kind_buf;

  /* match_terms() is symmetric: one table serves both directions. */
  if ((gsize)n0 * n1 > G_N_ELEMENTS (quality_buf))
    {
      quality = quality_heap = g_new (float, (gsize)n0 * n1);
      kinds = kind_heap = g_new (guint8, (gsize)n0 * n1);
    }
  for (guint i = 0; i < n0; i++)
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

  for (guint side = 0; side < 2; side++)
    {
      Unit *x = units[side], *y = units[1 - side];

      for (guint i = 0; i < x->n_terms; i++)
        {
          const Term *tx = &x->terms[i];
          double best = 0.0;
          PxEvidenceKind best_kind = PX_EVIDENCE_TERM;
          guint best_j = 0;

          total[side][tx->entity] += tx->weight;
          c_total[side][tx->clause][tx->entity] += tx->weight;
          if (tx->sourcing)
            c_sourcing[side][tx->clause] += tx->weight;
          for (guint j = 0; j < y->n_terms && best < 1.0; j++)
            {
              gsize at = side == 0 ? (gsize)i * n1 + j : (gsize)j * n1 + i;
              double q = quality[at];

              if (q > best)
                {
                  best = q;
                  best_kind = kinds[at];
                  best_j = j;
                }
            }
          if (best > 0.0)
            {
              double gain = tx->weight * best;

              /* A word of the claim matching a word that names a source
               * ("Potsdam" / "Potsdamer Zeitung") is a coincidence.
               */
              if (tx->sourcing != y->terms[best_j].sourcing)
                gain *= SOURCING_FACTOR;

              if (tx->quoted && y->terms[best_j].quoted)
                {
                  gain *= QUOTE_BONUS;
                  if (best_kind == PX_EVIDENCE_TERM)
                    best_kind = PX_EVIDENCE_QUOTE;
                }
              matched[side][tx->entity] += gain;
              c_matched[side][tx->clause][tx->entity] += gain;
              c_matched[1 - side][y->terms[best_j].clause][tx->entity] += gain;
              if (!tx->entity)
                {
                  n_matched[side]++;
                  best_quality[side] = MAX (best_quality[side], best);
                }
              if (evidence != NULL && side == 0)
                {
                  PxAlignmentEvidence item = { best_kind, NULL, NULL, gain };

                  item.term_a = (char *)token_text (x, tx);
                  item.term_b = (char *)token_text (y, &y->terms[best_j]);
                  g_array_append_val (found, item);
                }
            }
        }
    }

  {
    double pred = matched[0][0] + matched[1][0];
    double ent = matched[0][1] + matched[1][1];

    /* Names may at most double the evidence of the predicate words. */
    if (ent > pred)
      {
        ent_scale = ent > 0 ? pred / ent : 0.0;
        ent = pred;
      }
    numerator = pred + ent;
    denominator = total[0][0] + total[1][0] + total[0][1] + total[1][1];
  }

  if (denominator <= 0.0)
    return 0.0;

  /* One shared word is thin evidence for a shared claim… */
  if (MAX (n_matched[0], n_matched[1]) < 2)
    {
      /* …and thinner still when that word is only a synonym or a part. */
      if (best_quality[0] < 1.0)
        numerator *= WEAK_SINGLE;
    }

  /* A sentence with several claims: one clause of it against the whole of
   * the other sentence, slightly discounted.
   */
  if (MAX (n_matched[0], n_matched[1]) >= 2)
    {
      double best_clause = 0.0;

      for (guint side = 0; side < 2; side++)
        {
          double other = total[1 - side][0] + total[1 - side][1];

          if (units[side]->n_clauses < 2)
            continue;
          for (guint c = 0; c < units[side]->n_clauses; c++)
            {
              double pred = c_matched[side][c][0];
              double ent = MIN (c_matched[side][c][1], pred);
              double den = c_total[side][c][0] + c_total[side][c][1] + other;

              /* "…, wie die Zeitung unter Berufung auf Beamte berichtet"
               * says who reported, not what: no claim of its own.
               */
              if (c_sourcing[side][c] >= SOURCE_CLAUSE * (c_total[side][c][0] + c_total[side][c][1]))
                continue;
              if (den > 0)
                best_clause = MAX (best_clause, (pred + ent) / den);
            }
        }
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
    {
      for (guint i = 0; i < found->len; i++)
        {
          PxAlignmentEvidence *item = &g_array_index (found, PxAlignmentEvidence, i);
          PxAlignmentEvidence copy = *item;
          gboolean entity = item->kind == PX_EVIDENCE_ENTITY || item->kind == PX_EVIDENCE_ALIAS;

          /* Both sides count each match once; report it once, doubled. */
          copy.weight = 2.0 * item->weight * (entity ? ent_scale : 1.0) / denominator;
          copy.term_a = g_strdup (item->term_a);
          copy.term_b = g_strdup (item->term_b);
          g_array_append_val (evidence, copy);
        }
    }

  return MIN (1.0, numerator / denominator);
}

/* Weak priors from the inverted pyramid. */
static double
order_bonus (Run   *run,
             guint  ia,
             guint  ib,
             double base)
{
  Unit *a = get_unit (run, ia), *b = get_unit (run, ib);
  double bonus = 0.0;

  if (base <= 0.0)
    return 0.0;
  if (a->order == 0 && b->order == 0)
    bonus += LEAD_BONUS;
  else if (a->order <= 1 && b->order <= 1)
    bonus += LEAD_BONUS / 2;
  return bonus;
}

static double
get_score (Run   *run,
           guint  a,
           guint  b)
{
  guint64 key = pair_key (a, b);
  gpointer value;
  double score;

  if (g_hash_table_lookup_extended (run->scores, &key, NULL, &value))
    return *(double *)value;

  score = score_pair (run, MIN (a, b), MAX (a, b), NULL);
  score += order_bonus (run, a, b, score);
  {
    guint64 *k = g_new (guint64, 1);
    double *v = g_new (double, 1);

    *k = key;
    *v = score;
    g_hash_table_insert (run->scores, k, v);
  }
  return score;
}

/* Links already scored; pairs never proposed by the index count as
 * unrelated. Keeps group merging linear in the number of candidates.
 */
static double
get_known_score (Run   *run,
                 guint  a,
                 guint  b)
{
  guint64 key = pair_key (a, b);
  double *value = g_hash_table_lookup (run->scores, &key);

  return value != NULL ? *value : 0.0;
}

typedef struct
{
  guint unit;
  float score;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *x = a, *y = b;

  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  return x->unit < y->unit ? -1 : x->unit > y->unit;
}

static int
compare_edges (gconstpointer a,
               gconstpointer b)
{
  const Edge *x = a, *y = b;

  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  if (x->a != y->a)
    return x->a < y->a ? -1 : 1;
  return x->b < y->b ? -1 : x->b > y->b;
}

typedef struct
{
  guint unit;
  float weight;
} Posting;

static void
array_unref_nullable (gpointer data)
{
  if (data != NULL)
    g_array_unref (data);
}

/* Candidate pairs from the inverted index, then their exact scores. */
static GArray *
find_edges (Run          *run,
            Progress     *progress,
            GCancellable *cancellable,
            GError      **error)
{
  guint n_units = run->units->len;
  guint n_articles = run->articles->len;
  g_autoptr(GPtrArray) postings = g_ptr_array_new_with_free_func (array_unref_nullable);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (pair_hash, g_int64_equal, g_free, NULL);
  g_autofree float *acc = g_new0 (float, n_units);
  g_autoptr(GArray) touched = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  GArray *edges = g_array_new (FALSE, FALSE, sizeof (Edge));
  guint cap = CLAMP (n_units / 100, 64, 200);
  /* Partners per unit: enough for every source of a small set; a cost cap
   * for large ones, where most sources report other events anyway.
   */
  guint top_k = n_units > 5000 ? 10 : CLAMP (TOPK_PER_SOURCE * n_articles, 8, 16);
  double floor = 0.5 * run->threshold;

  g_ptr_array_set_size (postings, run->n_ids);
  for (guint u = 0; u < n_units; u++)
    {
      Unit *unit = get_unit (run, u);

      for (guint f = 0; f < unit->n_feats; f++)
        {
          GArray *list = g_ptr_array_index (postings, unit->feats[f]);
          Posting posting = { u, unit->feat_w[f] };

          if (run->df[unit->feats[f]] > cap)
            continue;
          if (list == NULL)
            {
              list = g_array_new (FALSE, FALSE, sizeof (Posting));
              postings->pdata[unit->feats[f]] = list;
            }
          g_array_append_val (list, posting);
        }
    }

  for (guint u = 0; u < n_units; u++)
    {
      Unit *unit = get_unit (run, u);

      if (u % 256 == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            {
              g_array_unref (edges);
              return NULL;
            }
          report_progress (progress, 0.4 + 0.45 * u / MAX (n_units, 1));
        }

      g_array_set_size (touched, 0);
      for (guint f = 0; f < unit->n_feats; f++)
        {
          GArray *list = g_ptr_array_index (postings, unit->feats[f]);

          if (list == NULL)
            continue;
          for (guint p = 0; p < list->len; p++)
            {
              Posting *posting = &g_array_index (list, Posting, p);

              if (get_unit (run, posting->unit)->article == unit->article)
                continue;
              if (acc[posting->unit] == 0.0f)
                g_array_append_val (touched, posting->unit);
              acc[posting->unit] += posting->weight * unit->feat_w[f];
            }
        }

      /* Keep the best top_k by insertion: touched lists can be long. */
      g_array_set_size (candidates, 0);
      for (guint t = 0; t < touched->len; t++)
        {
          guint v = g_array_index (touched, guint, t);
          Candidate candidate = { v, acc[v] / (unit->norm * get_unit (run, v)->norm + 1e-9) };
          guint pos;

          acc[v] = 0.0f;
          if (candidates->len == top_k &&
              compare_candidates (&candidate, &g_array_index (candidates, Candidate, top_k - 1)) >= 0)
            continue;
          pos = candidates->len;
          while (pos > 0 && compare_candidates (&candidate,
                                                &g_array_index (candidates, Candidate, pos - 1)) < 0)
            pos--;
          g_array_insert_val (candidates, pos, candidate);
          if (candidates->len > top_k)
            g_array_set_size (candidates, top_k);
        }

      for (guint c = 0; c < MIN (candidates->len, top_k); c++)
        {
          Candidate *candidate = &g_array_index (candidates, Candidate, c);
          guint64 key = pair_key (u, candidate->unit);
          double score;

          if (g_hash_table_contains (seen, &key))
            continue;
          g_hash_table_add (seen, g_memdup2 (&key, sizeof key));

          score = get_score (run, u, candidate->unit);
          if (score >= floor)
            {
              Edge edge = { MIN (u, candidate->unit), MAX (u, candidate->unit), score };

              g_array_append_val (edges, edge);
            }
        }
    }

  /* Neighbours of a match tend to match: a small bonus when the sentences
   * before or after both units are linked as well.
   */
  for (guint e = 0; e < edges->len; e++)
    {
      Edge *edge = &g_array_index (edges, Edge, e);
      Unit *a = get_unit (run, edge->a), *b = get_unit (run, edge->b);
      gboolean neighbour = FALSE;

      for (int d = -1; d <= 1 && !neighbour; d += 2)
        {
          gint64 na = (gint64)edge->a + d, nb = (gint64)edge->b + d;
          guint64 key;
          gpointer value;

          if (na < 0 || nb < 0 || na >= n_units || nb >= n_units ||
              get_unit (run, na)->article != a->article ||
              get_unit (run, nb)->article != b->article)
            continue;
          key = pair_key (na, nb);
          if (g_hash_table_lookup_extended (run->scores, &key, NULL, &value) &&
              *(double *)value >= run->threshold)
            neighbour = TRUE;
        }
      if (neighbour)
        edge->score += NEIGHBOUR_BONUS;
    }

  g_array_sort (edges, compare_edges);
  return edges;
}

/* Groups under construction: member units and the articles they come from. */
typedef struct
{
  GArray     *units;
  GHashTable *articles;  /* article index + 1 */
} Cluster;

/* Links between large groups are estimated from an even sample of members,
 * which keeps merging linear in practice.
 */
#define LINK_SAMPLE 8

static inline guint
sample_stride (guint n)
{
  return MAX (1, n / LINK_SAMPLE);
}

static Cluster *
cluster_new (Run   *run,
             guint  unit)
{
  Cluster *cluster = g_new0 (Cluster, 1);

  cluster->units = g_array_new (FALSE, FALSE, sizeof (guint));
  cluster->articles = g_hash_table_new (NULL, NULL);
  g_array_append_val (cluster->units, unit);
  g_hash_table_add (cluster->articles, GUINT_TO_POINTER (get_unit (run, unit)->article + 1));
  return cluster;
}

static void
cluster_free (gpointer data)
{
  Cluster *cluster = data;

  if (cluster == NULL)
    return;
  g_array_unref (cluster->units);
  g_hash_table_unref (cluster->articles);
  g_free (cluster);
}

static gboolean
cluster_has_article (Cluster *cluster,
                     guint    article)
{
  return g_hash_table_contains (cluster->articles, GUINT_TO_POINTER (article + 1));
}

static gboolean
clusters_conflict (Run     *run,
                   Cluster *x,
                   Cluster *y)
{
  if (x->units->len > y->units->len)
    {
      Cluster *swap = x;

      x = y, y = swap;
    }
  for (guint i = 0; i < x->units->len; i++)
    if (cluster_has_article (y, get_unit (run, g_array_index (x->units, guint, i))->article))
      return TRUE;
  return FALSE;
}

static double
average_link (Run     *run,
              Cluster *x,
              Cluster *y)
{
  guint sx = sample_stride (x->units->len), sy = sample_stride (y->units->len);
  double sum = 0.0;
  guint n = 0;

  for (guint i = 0; i < x->units->len; i += sx)
    for (guint j = 0; j < y->units->len; j += sy)
      {
        sum += get_known_score (run, g_array_index (x->units, guint, i),
                          g_array_index (y->units, guint, j));
        n++;
      }
  return n > 0 ? sum / n : 0.0;
}

static double
average_to_cluster (Run     *run,
                    guint    unit,
                    Cluster *cluster)
{
  guint stride = sample_stride (cluster->units->len);
  double sum = 0.0;
  guint n = 0;

  for (guint i = 0; i < cluster->units->len; i += stride, n++)
    sum += get_known_score (run, unit, g_array_index (cluster->units, guint, i));
  return n > 0 ? sum / n : 0.0;
}

static int
compare_guint (gconstpointer a,
               gconstpointer b)
{
  guint x = *(const guint *)a, y = *(const guint *)b;

  return x < y ? -1 : x > y;
}

typedef struct
{
  double score;
  guint  cluster;
  guint  unit;
} Attachment;

static int
compare_attachments (gconstpointer a,
                     gconstpointer b)
{
  const Attachment *x = a, *y = b;

  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  if (x->cluster != y->cluster)
    return x->cluster < y->cluster ? -1 : 1;
  return x->unit < y->unit ? -1 : x->unit > y->unit;
}

/* A sentence no group took may still be linked, each link a little below
 * the threshold, to several members of one group: agreement with the
 * whole group is better evidence than any one link ("Scharfe Kritik vom
 * Verband" / "Der Verband kritisierte…" / "…hält die Entscheidung für
 * überstürzt"). It joins when its average link holds up and at least two
 * members vouch for it.
 */
static void
attach_supported (Run       *run,
                  GArray    *edges,
                  GPtrArray *clusters)
{
  guint n_units = run->units->len;
  g_autofree guint *group_of = g_new (guint, n_units);
  g_autoptr(GArray) offers = g_array_new (FALSE, FALSE, sizeof (Attachment));
  double vouch = 0.5 * run->threshold;

  for (guint u = 0; u < n_units; u++)
    group_of[u] = G_MAXUINT;
  for (guint c = 0; c < clusters->len; c++)
    {
      Cluster *cluster = g_ptr_array_index (clusters, c);

      for (guint i = 0; i < cluster->units->len; i++)
        group_of[g_array_index (cluster->units, guint, i)] = c;
    }

  for (guint e = 0; e < edges->len; e++)
    {
      Edge *edge = &g_array_index (edges, Edge, e);

      if (edge->score < vouch)
        break;
      for (guint side = 0; side < 2; side++)
        {
          guint unit = side ? edge->b : edge->a, member = side ? edge->a : edge->b;
          guint c = group_of[member];
          Cluster *cluster;
          Attachment offer;
          guint support = 0;

          if (group_of[unit] != G_MAXUINT || c == G_MAXUINT)
            continue;
          cluster = g_ptr_array_index (clusters, c);
          if (cluster_has_article (cluster, get_unit (run, unit)->article))
            continue;
          for (guint i = 0; i < cluster->units->len; i++)
            if (get_known_score (run, unit, g_array_index (cluster->units, guint, i)) >= vouch)
              support++;
          if (support < 2)
            continue;
          offer.score = average_to_cluster (run, unit, cluster);
          offer.cluster = c;
          offer.unit = unit;
          if (offer.score >= ATTACH_FACTOR * run->threshold)
            g_array_append_val (offers, offer);
        }
    }

  g_array_sort (offers, compare_attachments);
  for (guint i = 0; i < offers->len; i++)
    {
      Attachment *offer = &g_array_index (offers, Attachment, i);
      Cluster *cluster = g_ptr_array_index (clusters, offer->cluster);
      guint article = get_unit (run, offer->unit)->article;

      if (group_of[offer->unit] != G_MAXUINT || cluster_has_article (cluster, article))
        continue;
      g_array_append_val (cluster->units, offer->unit);
      g_hash_table_add (cluster->articles, GUINT_TO_POINTER (article + 1));
      group_of[offer->unit] = offer->cluster;
    }
  for (guint c = 0; c < clusters->len; c++)
    g_array_sort (((Cluster *)g_ptr_array_index (clusters, c))->units, compare_guint);
}

/* Merges groups along links of at least the threshold, best first, keeping
 * one unit per source and requiring average-link support; @all is indexed
 * by group, @owner maps units to groups.
 */
static void
merge_along_edges (Run       *run,
                   GArray    *edges,
                   GPtrArray *all,
                   guint     *owner)
{
  double link_floor = LINK_FLOOR * run->threshold;

  for (guint e = 0; e < edges->len; e++)
    {
      Edge *edge = &g_array_index (edges, Edge, e);
      guint ca = owner[edge->a], cb = owner[edge->b];
      Cluster *x, *y;

      if (edge->score < run->threshold)
        break;
      if (ca == cb)
        continue;
      x = g_ptr_array_index (all, ca);
      y = g_ptr_array_index (all, cb);
      if (clusters_conflict (run, x, y))
        continue;
      if ((x->units->len > 1 || y->units->len > 1) && average_link (run, x, y) < link_floor)
        continue;

      if (x->units->len < y->units->len)
        {
          Cluster *swap = x;
          guint cswap = ca;

          x = y, y = swap;
          ca = cb, cb = cswap;
        }
      for (guint i = 0; i < y->units->len; i++)
        {
          guint v = g_array_index (y->units, guint, i);

          g_array_append_val (x->units, v);
          g_hash_table_add (x->articles, GUINT_TO_POINTER (get_unit (run, v)->article + 1));
          owner[v] = ca;
        }
      cluster_free (y);
      all->pdata[cb] = NULL;
    }
}

/* Per unit, the units it is linked to by edges of at least @min_score
 * (the edges come best first).
 */
static GPtrArray *
build_adjacency (Run    *run,
                 GArray *edges,
                 double  min_score)
{
  GPtrArray *adjacency = g_ptr_array_new_with_free_func (array_unref_nullable);

  g_ptr_array_set_size (adjacency, run->units->len);
  for (guint e = 0; e < edges->len; e++)
    {
      Edge *edge = &g_array_index (edges, Edge, e);

      if (edge->score < min_score)
        break;
      for (guint side = 0; side < 2; side++)
        {
          guint from = side ? edge->b : edge->a, to = side ? edge->a : edge->b;
          GArray *list = g_ptr_array_index (adjacency, from);

          if (list == NULL)
            {
              list = g_array_new (FALSE, FALSE, sizeof (guint));
              adjacency->pdata[from] = list;
            }
          g_array_append_val (list, to);
        }
    }
  return adjacency;
}

/* Average link of @unit to the members of @cluster other than @except. */
static double
fit_without (Run     *run,
             guint    unit,
             Cluster *cluster,
             guint    except)
{
  double sum = 0.0;
  guint n = 0;

  for (guint i = 0; i < cluster->units->len; i++)
    {
      guint member = g_array_index (cluster->units, guint, i);

      if (member == except || member == unit)
        continue;
      sum += get_known_score (run, unit, member);
      n++;
    }
  return n > 0 ? sum / n : 0.0;
}

static void
cluster_remove (Run     *run,
                Cluster *cluster,
                guint    unit)
{
  for (guint i = 0; i < cluster->units->len; i++)
    if (g_array_index (cluster->units, guint, i) == unit)
      {
        g_array_remove_index (cluster->units, i);
        break;
      }
  g_hash_table_remove (cluster->articles, GUINT_TO_POINTER (get_unit (run, unit)->article + 1));
}

static void
cluster_add (Run     *run,
             Cluster *cluster,
             guint    unit)
{
  g_array_append_val (cluster->units, unit);
  g_hash_table_add (cluster->articles, GUINT_TO_POINTER (get_unit (run, unit)->article + 1));
}

/* Best-first merging commits early: a sentence that shares a group's
 * words but not its claim can take the place of the one that makes the
 * claim. Each member is therefore checked against the other sentences of
 * its source linked to the group, and replaced (or swapped with the
 * group that holds the other) when that fits the groups clearly better.
 */
static void
refine_clusters (Run       *run,
                 GArray    *edges,
                 GPtrArray *all,
                 guint     *owner)
{
  g_autoptr(GPtrArray) adjacency = build_adjacency (run, edges, 0.0);

  for (guint round = 0; round < REFINE_ROUNDS; round++)
    {
      gboolean changed = FALSE;

      for (guint c = 0; c < all->len; c++)
        {
          Cluster *cluster = g_ptr_array_index (all, c);

          if (cluster == NULL || cluster->units->len < 2 || cluster->units->len > REFINE_MAX)
            continue;

          for (guint i = 0; i < cluster->units->len; i++)
            {
              guint u = g_array_index (cluster->units, guint, i);
              guint article = get_unit (run, u)->article;
              double base = fit_without (run, u, cluster, u);
              double best_gain = REFINE_MARGIN;
              guint best = G_MAXUINT;

              for (guint m = 0; m < cluster->units->len; m++)
                {
                  GArray *list = g_ptr_array_index (adjacency, g_array_index (cluster->units, guint, m));

                  for (guint k = 0; list != NULL && k < list->len; k++)
                    {
                      guint v = g_array_index (list, guint, k);
                      Cluster *other;
                      double gain;

                      if (v == u || get_unit (run, v)->article != article || owner[v] == c)
                        continue;
                      other = g_ptr_array_index (all, owner[v]);
                      gain = fit_without (run, v, cluster, u) - base;
                      /* Taking @v from a group of its own costs that group
                       * @v's fit, and gives it @u's.
                       */
                      if (other->units->len > 1)
                        gain += fit_without (run, u, other, v) - fit_without (run, v, other, v);
                      if (gain > best_gain || (gain == best_gain && best != G_MAXUINT && v < best))
                        {
                          best_gain = gain;
                          best = v;
                        }
                    }
                }

              if (best != G_MAXUINT)
                {
                  guint co = owner[best];
                  Cluster *other = g_ptr_array_index (all, co);

                  cluster_remove (run, cluster, u);
                  cluster_remove (run, other, best);
                  cluster_add (run, cluster, best);
                  cluster_add (run, other, u);
                  owner[best] = c;
                  owner[u] = co;
                  changed = TRUE;
                }
            }
        }
      if (!changed)
        break;
    }
}

/* Best-first merging with one unit per source and average-link support,
 * refined, merged again, then a second membership for sentences carrying
 * two claims.
 */
static GPtrArray *
build_clusters (Run    *run,
                GArray *edges)
{
  guint n_units = run->units->len;
  g_autofree guint *owner = g_new (guint, n_units);
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (cluster_free);
  GPtrArray *result = g_ptr_array_new_with_free_func (cluster_free);

  for (guint u = 0; u < n_units; u++)
    {
      g_ptr_array_add (all, cluster_new (run, u));
      owner[u] = u;
    }

  merge_along_edges (run, edges, all, owner);
  refine_clusters (run, edges, all, owner);
  merge_along_edges (run, edges, all, owner);

  for (guint c = 0; c < all->len; c++)
    {
      Cluster *cluster = g_ptr_array_index (all, c);

      if (cluster != NULL && cluster->units->len >= 2)
        {
          g_array_sort (cluster->units, compare_guint);
          all->pdata[c] = NULL;
          g_ptr_array_add (result, cluster);
        }
    }

  attach_supported (run, edges, result);

  /* A sentence already in one group may serve a second claim: a source
   * missing from a group offers its best-linked sentence, taken in when it
   * fits the whole group well.
   */
  {
    g_autoptr(GPtrArray) adjacency = build_adjacency (run, edges, run->threshold);
    g_autoptr(GArray) additions = g_array_new (FALSE, FALSE, sizeof (guint) * 2);
    guint n_groups = result->len;

    for (guint c = 0; c < n_groups; c++)
      {
        Cluster *cluster = g_ptr_array_index (result, c);
        g_autoptr(GHashTable) tried = g_hash_table_new (NULL, NULL);
        g_autoptr(GArray) best = g_array_new (FALSE, FALSE, sizeof (double) * 2);
        guint evaluated = 0;

        for (guint i = 0; i < cluster->units->len && evaluated < 16; i++)
          {
            GArray *list = g_ptr_array_index (adjacency, g_array_index (cluster->units, guint, i));

            for (guint k = 0; list != NULL && k < list->len && evaluated < 16; k++)
              {
                guint other = g_array_index (list, guint, k);
                guint article = get_unit (run, other)->article;
                double avg;
                gboolean replaced = FALSE;

                if (cluster_has_article (cluster, article) ||
                    g_hash_table_contains (tried, GUINT_TO_POINTER (other + 1)))
                  continue;
                g_hash_table_add (tried, GUINT_TO_POINTER (other + 1));
                evaluated++;

                avg = average_to_cluster (run, other, cluster);
                if (avg < run->threshold)
                  continue;
                for (guint b = 0; b < best->len; b++)
                  {
                    double *slot = &g_array_index (best, double, 2 * b);

                    if (get_unit (run, (guint)slot[1])->article == article)
                      {
                        if (avg > slot[0] || (avg == slot[0] && other < (guint)slot[1]))
                          slot[0] = avg, slot[1] = other;
                        replaced = TRUE;
                        break;
                      }
                  }
                if (!replaced)
                  {
                    double slot[2] = { avg, other };

                    g_array_append_val (best, slot);
                  }
              }
          }

        for (guint b = 0; b < best->len; b++)
          {
            guint pair[2] = { c, (guint)g_array_index (best, double, 2 * b + 1) };

            g_array_append_val (additions, pair);
          }
      }

    for (guint i = 0; i < additions->len; i++)
      {
        guint *pair = &g_array_index (additions, guint, 2 * i);
        Cluster *cluster = g_ptr_array_index (result, pair[0]);

        g_array_append_val (cluster->units, pair[1]);
        g_hash_table_add (cluster->articles, GUINT_TO_POINTER (get_unit (run, pair[1])->article + 1));
      }
    for (guint c = 0; c < n_groups; c++)
      g_array_sort (((Cluster *)g_ptr_array_index (result, c))->units, compare_guint);
  }

  return result;
}

static char *
make_label (PxArticle *article,
            guint      sentence)
{
  g_autofree char *text = px_article_dup_sentence_text (article, sentence);
  glong n = g_utf8_strlen (text, -1);
  const char *cut;
  const char *space;

  if (n <= LABEL_CHARS)
    return g_steal_pointer (&text);
  cut = g_utf8_offset_to_pointer (text, LABEL_CHARS);
  space = cut;
  while (space > text && *space != ' ')
    space--;
  if (space > text + LABEL_CHARS / 2)
    cut = space;
  return g_strdup_printf ("%.*s…", (int)(cut - text), text);
}

/* Word diff of two token sequences: the longest common subsequence over
 * "same stem, synonym or alias", after Hunt–McIlroy; unmatched stretches
 * between matches become changed, added or removed.
 */
typedef struct _DiffInfo
{
  guint          fold;     /* interned spellings: compared as numbers */
  guint          stem;
  const guint32 *syn[2];
  guint          n_syn[2];
  guint64        syn_mask;  /* one bit per set id modulo 64: a cheap pre-test */
  guint          alias;
} DiffInfo;

static void
diff_info_fill (Run        *run,
                const char *language,
                PxToken    *token,
                DiffInfo   *info)
{
  memset (info, 0, sizeof *info);
  info->fold = intern (run, token->fold);
  info->stem = intern (run, token->stem);
  if (token->kind != PX_TOKEN_WORD || (token->flags & PX_TOKEN_FLAG_STOP))
    return;
  if (is_german (language))
    {
      info->syn[0] = px_knowledge_synonym_sets (token->stem, word_class (token), &info->n_syn[0]);
      info->syn[1] = cached_verb_synonyms (run, token->norm, &info->n_syn[1]);
    }
  else
    info->syn[0] = px_knowledge_english_synonym_sets (token->stem, &info->n_syn[0]);
  info->alias = px_knowledge_alias (language, token->stem);
  for (guint i = 0; i < 2; i++)
    for (guint k = 0; k < info->n_syn[i]; k++)
      info->syn_mask |= G_GUINT64_CONSTANT (1) << (info->syn[i][k] % 64);
}

static gboolean
diff_words_match (PxToken        *a,
                  const DiffInfo *ia,
                  PxToken        *b,
                  const DiffInfo *ib,
                  PxWordDiffKind *kind)
{
  if (ia->fold == ib->fold)
    {
      *kind = PX_WORD_DIFF_SAME;
      return TRUE;
    }
  if (a->kind != b->kind)
    return FALSE;
  if (ia->stem == ib->stem)
    {
      *kind = PX_WORD_DIFF_INFLECTION;
      return TRUE;
    }
  for (guint i = 0; i < 2 && (ia->syn_mask & ib->syn_mask) != 0; i++)
    for (guint j = 0; j < 2; j++)
      if (shares_id (ia->syn[i], ia->n_syn[i], ib->syn[j], ib->n_syn[j]))
        {
          *kind = PX_WORD_DIFF_SYNONYM;
          return TRUE;
        }
  if (ia->alias != 0 && ia->alias == ib->alias)
    {
      *kind = PX_WORD_DIFF_SYNONYM;
      return TRUE;
    }
  return FALSE;
}

static void
append_diff (GArray         *diffs,
             PxWordDiffKind  kind,
             guint           ref_start,
             guint           ref_end,
             guint           mem_start,
             guint           mem_end)
{
  PxWordDiff diff = { kind, { ref_start, ref_end }, { mem_start, mem_end } };

  if (diffs->len > 0 && kind == PX_WORD_DIFF_SAME)
    {
      PxWordDiff *last = &g_array_index (diffs, PxWordDiff, diffs->len - 1);

      if (last->kind == PX_WORD_DIFF_SAME)
        {
          last->reference.end = ref_end;
          last->member.end = mem_end;
          return;
        }
    }
  g_array_append_val (diffs, diff);
}

static void
flush_gap (GArray  *diffs,
           PxToken *ra,
           guint    ra_from,
           guint    ra_to,
           PxToken *mb,
           guint    mb_from,
           guint    mb_to,
           guint    ref_pos,
           guint    mem_pos)
{
  gboolean has_ref = ra_to > ra_from, has_mem = mb_to > mb_from;

  if (has_ref && has_mem)
    append_diff (diffs, PX_WORD_DIFF_CHANGED, ra[ra_from].start, ra[ra_to - 1].end,
                 mb[mb_from].start, mb[mb_to - 1].end);
  else if (has_ref)
    append_diff (diffs, PX_WORD_DIFF_REMOVED, ra[ra_from].start, ra[ra_to - 1].end,
                 mem_pos, mem_pos);
  else if (has_mem)
    append_diff (diffs, PX_WORD_DIFF_ADDED, ref_pos, ref_pos,
                 mb[mb_from].start, mb[mb_to - 1].end);
}

/* A unit's words and numbers, with what the diff compares, worked out once:
 * a group's reference member is diffed against every other member.
 */
static void
unit_diff_prepare (Run        *run,
                   const char *language,
                   Unit       *unit)
{
  if (unit->words != NULL)
    return;
  unit->words = g_array_new (FALSE, FALSE, sizeof (PxToken));
  for (guint t = 0; t < unit->tokens->len; t++)
    if (g_array_index (unit->tokens, PxToken, t).kind <= PX_TOKEN_NUMBER)
      g_array_append_val (unit->words, g_array_index (unit->tokens, PxToken, t));
  unit->diff_info = g_new0 (DiffInfo, unit->words->len + 1);
  for (guint w = 0; w < unit->words->len; w++)
    diff_info_fill (run, language, &g_array_index (unit->words, PxToken, w), &unit->diff_info[w]);
}

static GArray *
word_diff (Run        *run,
           const char *language,
           Unit       *ref,
           Unit       *mem)
{
  GArray *ra, *mb;
  GArray *diffs = g_array_new (FALSE, FALSE, sizeof (PxWordDiff));
  g_autofree guint16 *table = NULL;
  const DiffInfo *info_a, *info_b;
  guint n, m, i, j, gap_i, gap_j;

  /* Words and numbers only: punctuation differences are noise here. */
  unit_diff_prepare (run, language, ref);
  unit_diff_prepare (run, language, mem);
  ra = ref->words, mb = mem->words;
  info_a = ref->diff_info, info_b = mem->diff_info;

  n = MIN (ra->len, 400);
  m = MIN (mb->len, 400);
  table = g_new0 (guint16, (n + 1) * (m + 1));
#define T(x, y) table[(x) * (m + 1) + (y)]
  for (i = n; i-- > 0;)
    for (j = m; j-- > 0;)
      {
        PxWordDiffKind kind;

        if (diff_words_match (&g_array_index (ra, PxToken, i), &info_a[i],
                              &g_array_index (mb, PxToken, j), &info_b[j], &kind))
          T (i, j) = T (i + 1, j + 1) + 1;
        else
          T (i, j) = MAX (T (i + 1, j), T (i, j + 1));
      }

  i = j = gap_i = gap_j = 0;
  while (i < n && j < m)
    {
      PxWordDiffKind kind;
      PxToken *x = &g_array_index (ra, PxToken, i);
      PxToken *y = &g_array_index (mb, PxToken, j);

      if (diff_words_match (x, &info_a[i], y, &info_b[j], &kind) &&
          T (i, j) == T (i + 1, j + 1) + 1)
        {
          flush_gap (diffs, (PxToken *)(gpointer)ra->data, gap_i, i,
                     (PxToken *)(gpointer)mb->data, gap_j, j, x->start, y->start);
          append_diff (diffs, kind, x->start, x->end, y->start, y->end);
          i++, j++;
          gap_i = i, gap_j = j;
        }
      else if (T (i + 1, j) >= T (i, j + 1))
        i++;
      else
        j++;
    }
#undef T
  {
    guint ref_pos = n > 0 ? g_array_index (ra, PxToken, n - 1).end : 0;
    guint mem_pos = m > 0 ? g_array_index (mb, PxToken, m - 1).end : 0;

    if (gap_i < n)
      ref_pos = g_array_index (ra, PxToken, gap_i).start;
    if (gap_j < m)
      mem_pos = g_array_index (mb, PxToken, gap_j).start;
    flush_gap (diffs, (PxToken *)(gpointer)ra->data, gap_i, n,
               (PxToken *)(gpointer)mb->data, gap_j, m, ref_pos, mem_pos);
  }
  return diffs;
}

typedef struct
{
  Cluster *cluster;
  guint    coverage;
  guint    first_order;
  guint    first_unit;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *x = a, *y = b;

  if (x->coverage != y->coverage)
    return x->coverage > y->coverage ? -1 : 1;
  if (x->first_order != y->first_order)
    return x->first_order < y->first_order ? -1 : 1;
  return x->first_unit < y->first_unit ? -1 : x->first_unit > y->first_unit;
}

typedef struct
{
  guint caller;
  guint unit;
} MemberSlot;

static int
compare_slots (gconstpointer a,
               gconstpointer b)
{
  const MemberSlot *x = a, *y = b;

  if (x->caller != y->caller)
    return x->caller < y->caller ? -1 : 1;
  return x->unit < y->unit ? -1 : x->unit > y->unit;
}

static int
compare_evidence (gconstpointer a,
                  gconstpointer b)
{
  const PxAlignmentEvidence *x = a, *y = b;

  if (x->weight != y->weight)
    return x->weight > y->weight ? -1 : 1;
  return g_strcmp0 (x->term_a, y->term_a);
}

static PxAlignment *
emit (Run       *run,
      GPtrArray *caller_articles,
      GPtrArray *clusters)
{
  PxAlignment *alignment = _px_alignment_new (caller_articles, run->threshold);
  g_autoptr(GArray) ranked = g_array_new (FALSE, FALSE, sizeof (Ranked));

  for (guint c = 0; c < clusters->len; c++)
    {
      Cluster *cluster = g_ptr_array_index (clusters, c);
      Ranked r = { cluster, 0, G_MAXUINT, G_MAXUINT };
      guint last_article = G_MAXUINT;

      for (guint i = 0; i < cluster->units->len; i++)
        {
          guint u = g_array_index (cluster->units, guint, i);
          Unit *unit = get_unit (run, u);

          if (unit->article != last_article)
            r.coverage++;
          last_article = unit->article;
          r.first_order = MIN (r.first_order, unit->order);
          r.first_unit = MIN (r.first_unit, u);
        }
      g_array_append_val (ranked, r);
    }
  g_array_sort (ranked, compare_ranked);

  for (guint g = 0; g < ranked->len; g++)
    {
      Cluster *cluster = g_array_index (ranked, Ranked, g).cluster;
      guint n = cluster->units->len;
      g_autoptr(GArray) slots = g_array_new (FALSE, FALSE, sizeof (MemberSlot));
      GArray *members = g_array_new (FALSE, FALSE, sizeof (PxAlignmentMember));
      GPtrArray *explanations = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
      GPtrArray *diffs = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
      g_autofree double *sums = g_new0 (double, n);
      guint reference = 0;

      for (guint i = 0; i < n; i++)
        {
          guint u = g_array_index (cluster->units, guint, i);
          MemberSlot slot = { run->to_caller[get_unit (run, u)->article], u };

          g_array_append_val (slots, slot);
        }
      g_array_sort (slots, compare_slots);

      {
        guint stride = sample_stride (n);
        guint n_sampled = 0;

        for (guint j = 0; j < n; j += stride)
          n_sampled++;
        for (guint i = 0; i < n; i++)
          {
            for (guint j = 0; j < n; j += stride)
              if (j != i)
                sums[i] += get_score (run, g_array_index (slots, MemberSlot, i).unit,
                                      g_array_index (slots, MemberSlot, j).unit);
            /* Mean over the others sampled. */
            sums[i] /= MAX (1, n_sampled - (i % stride == 0 ? 1 : 0));
          }
      }
      for (guint i = 1; i < n; i++)
        if (sums[i] > sums[reference] + 1e-9)
          reference = i;

      for (guint i = 0; i < n; i++)
        {
          MemberSlot *slot = &g_array_index (slots, MemberSlot, i);
          Unit *unit = get_unit (run, slot->unit);
          PxAlignmentMember member = { slot->caller, unit->sentence, MIN (1.0, sums[i]) };
          GArray *evidence = _px_alignment_evidence_array_new ();
          guint partner = reference;
          double direct;

          g_array_append_val (members, member);

          if (i == reference)
            {
              double best = -1.0;

              for (guint j = 0; j < n; j++)
                if (j != i)
                  {
                    double s = get_score (run, slot->unit, g_array_index (slots, MemberSlot, j).unit);

                    if (s > best)
                      best = s, partner = j;
                  }
            }

          if (partner != i)
            {
              Unit *other = get_unit (run, g_array_index (slots, MemberSlot, partner).unit);
              guint other_unit = g_array_index (slots, MemberSlot, partner).unit;
              double bonus;

              /* Terms read reference-side first. */
              direct = score_pair (run, other_unit, slot->unit, evidence);
              bonus = order_bonus (run, other_unit, slot->unit, direct);
              if (bonus > 0.0)
                {
                  PxAlignmentEvidence item = { PX_EVIDENCE_ORDER, NULL, NULL, bonus };

                  g_array_append_val (evidence, item);
                }
              if (direct + bonus < run->threshold && member.score > direct)
                {
                  PxAlignmentEvidence item = { PX_EVIDENCE_GROUP, NULL, NULL,
                                               member.score - direct };

                  g_array_append_val (evidence, item);
                }
              g_array_sort (evidence, compare_evidence);
              g_ptr_array_add (diffs, i == reference ? g_array_new (FALSE, FALSE, sizeof (PxWordDiff)) :
                               word_diff (run, run->languages[other->article], other, unit));
            }
          else
            g_ptr_array_add (diffs, g_array_new (FALSE, FALSE, sizeof (PxWordDiff)));

          g_ptr_array_add (explanations, evidence);
        }

      {
        MemberSlot *ref = &g_array_index (slots, MemberSlot, reference);
        Unit *unit = get_unit (run, ref->unit);

        _px_alignment_add_group (alignment,
                                 make_label (g_ptr_array_index (run->articles, unit->article),
                                             unit->sentence),
                                 members, reference, explanations, diffs);
      }
    }

  _px_alignment_finish (alignment);
  return alignment;
}

/* PARALLAX_ALIGN_TRACE=1 prints every scored pair with what matched, for
 * people tuning the engine on their own annotated sets.
 */
static void
trace_scores (Run *run)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, run->scores);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint a = *(guint64 *)key >> 32, b = *(guint64 *)key & G_MAXUINT32;
      Unit *ua = get_unit (run, a), *ub = get_unit (run, b);
      g_autoptr(GArray) evidence = g_array_new (FALSE, TRUE, sizeof (PxAlignmentEvidence));
      g_autoptr(GString) line = g_string_new (NULL);
      g_autofree char *ta = NULL;
      g_autofree char *tb = NULL;

      if (*(double *)value < 0.05)
        continue;
      ta = px_article_dup_sentence_text (g_ptr_array_index (run->articles, ua->article), ua->sentence);
      tb = px_article_dup_sentence_text (g_ptr_array_index (run->articles, ub->article), ub->sentence);
      score_pair (run, a, b, evidence);
      g_string_printf (line, "%.3f\t%s\t%s\t", *(double *)value, ta, tb);
      for (guint i = 0; i < evidence->len; i++)
        {
          PxAlignmentEvidence *item = &g_array_index (evidence, PxAlignmentEvidence, i);

          g_string_append_printf (line, "%s/%s:%.2f ", item->term_a, item->term_b, item->weight);
          g_free (item->term_a);
          g_free (item->term_b);
        }
      g_printerr ("%s\n", line->str);
    }
}

static PxAlignment *
align (PxAligner     *self,
       GPtrArray     *articles,
       Progress      *progress,
       GCancellable  *cancellable,
       GError       **error)
{
  g_autoptr(Run) run = g_new0 (Run, 1);
  g_autoptr(GArray) edges = NULL;
  g_autoptr(GPtrArray) clusters = NULL;
  PxAlignment *alignment;

  report_progress (progress, 0.0);

  run->threshold = self->threshold;
  run->articles = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < articles->len; i++)
    g_ptr_array_add (run->articles, g_object_ref (g_ptr_array_index (articles, i)));
  /* Every decision below breaks ties by (article, sentence) in this order,
   * so the result does not depend on the order of the files.
   */
  g_ptr_array_sort (run->articles, compare_articles_by_id);
  run->to_caller = g_new0 (guint, articles->len);
  for (guint i = 0; i < run->articles->len; i++)
    for (guint j = 0; j < articles->len; j++)
      if (g_ptr_array_index (articles, j) == g_ptr_array_index (run->articles, i))
        {
          run->to_caller[i] = j;
          break;
        }

  run->units = g_array_new (FALSE, TRUE, sizeof (Unit));
  g_array_set_clear_func (run->units, unit_clear);
  run->intern = g_hash_table_new (g_str_hash, g_str_equal);
  run->names = g_ptr_array_new_with_free_func (g_free);
  run->de = px_tokenizer_new ("de");
  run->en = px_tokenizer_new ("en");
  run->scores = g_hash_table_new_full (pair_hash, g_int64_equal, g_free, g_free);

  if (!prepare_units (run, progress, cancellable, error))
    return NULL;
  build_features (run);

  if (!(edges = find_edges (run, progress, cancellable, error)))
    return NULL;

  if (g_getenv ("PARALLAX_ALIGN_TRACE") != NULL)
    trace_scores (run);
  clusters = build_clusters (run, edges);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  alignment = emit (run, articles, clusters);
  report_progress (progress, 1.0);
  return alignment;
}

/**
 * px_aligner_run:
 * @self: a #PxAligner
 * @articles: (element-type PxArticle): the article set
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Aligns the body sentences of @articles into claim groups. The result
 * does not depend on the order of @articles, except that member indices
 * refer to it.
 *
 * Returns: (transfer full): the alignment, or %NULL when cancelled
 */
PxAlignment *
px_aligner_run (PxAligner     *self,
                GPtrArray     *articles,
                GCancellable  *cancellable,
                GError       **error)
{
  Progress progress = { self, NULL };

  g_return_val_if_fail (PX_IS_ALIGNER (self), NULL);
  g_return_val_if_fail (articles != NULL, NULL);
  g_return_val_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable), NULL);

  for (guint i = 0; i < articles->len; i++)
    g_return_val_if_fail (PX_IS_ARTICLE (g_ptr_array_index (articles, i)), NULL);

  return align (self, articles, &progress, cancellable, error);
}

typedef struct
{
  GPtrArray    *articles;
  GMainContext *context;
} RunData;

static void
run_data_free (gpointer data)
{
  RunData *run_data = data;

  g_ptr_array_unref (run_data->articles);
  g_main_context_unref (run_data->context);
  g_free (run_data);
}

static void
px_aligner_run_worker (GTask        *task,
                       gpointer      source_object,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  PxAligner *self = source_object;
  RunData *data = task_data;
  Progress progress = { self, data->context };
  GError *error = NULL;
  PxAlignment *alignment;

  if ((alignment = align (self, data->articles, &progress, cancellable, &error)))
    g_task_return_pointer (task, alignment, g_object_unref);
  else
    g_task_return_error (task, error);
}

/**
 * px_aligner_run_async:
 * @self: a #PxAligner
 * @articles: (element-type PxArticle): the article set
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Runs px_aligner_run() in a worker thread. #PxAligner:fraction is notified
 * on the thread-default main context of the caller.
 */
void
px_aligner_run_async (PxAligner           *self,
                      GPtrArray           *articles,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  RunData *data;

  g_return_if_fail (PX_IS_ALIGNER (self));
  g_return_if_fail (articles != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  data = g_new0 (RunData, 1);
  data->articles = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < articles->len; i++)
    g_ptr_array_add (data->articles, g_object_ref (g_ptr_array_index (articles, i)));
  data->context = g_main_context_ref_thread_default ();

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, px_aligner_run_async);
  g_task_set_task_data (task, data, run_data_free);
  g_task_run_in_thread (task, px_aligner_run_worker);
}

/**
 * px_aligner_run_finish:
 * @self: a #PxAligner
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the alignment, or %NULL on error
 */
PxAlignment *
px_aligner_run_finish (PxAligner     *self,
                       GAsyncResult  *result,
                       GError       **error)
{
  g_return_val_if_fail (PX_IS_ALIGNER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
