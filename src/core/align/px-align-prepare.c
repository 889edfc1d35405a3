/* px-align-prepare.c
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

#define UNITS_PER_SLICE 16   /* sentences: fewer are not worth a thread */
void
px_align_unit_clear (gpointer data)
{
  Unit *unit = data;

  g_clear_pointer (&unit->tokens, g_array_unref);
  g_clear_pointer (&unit->words, g_array_unref);
  g_free (unit->diff_info);
  for (guint i = 0; i < unit->n_terms; i++)
    g_free (unit->terms[i].parts);
  g_free (unit->terms);
  g_free (unit->feats);
  g_free (unit->wvec);
  g_free (unit->wvec_w);
  g_free (unit->wvec_term);
  g_free (unit->feat_w);
}

void
px_align_run_free (Run *run)
{
  g_clear_pointer (&run->articles, g_ptr_array_unref);
  g_free (run->to_caller);
  g_free (run->languages);
  g_clear_pointer (&run->units, g_array_unref);
  g_free (run->first_unit);
  g_clear_pointer (&run->intern, g_hash_table_unref);
  g_clear_pointer (&run->names, g_ptr_array_unref);
  g_free (run->df);
  px_link_table_free (run->links);
  if (run->feature_dump != NULL)
    fclose (run->feature_dump);
  g_clear_pointer (&run->word_rows, g_hash_table_unref);
  g_clear_pointer (&run->word_vectors, g_array_unref);
  g_free (run->unit_embedding);
  g_free (run->article_embedding);
  g_clear_pointer (&run->article_terms, g_ptr_array_unref);
  g_clear_pointer (&run->article_names, g_ptr_array_unref);
  g_free (run->article_cosine);
  g_free (run->event);
  px_align_chargrams_free (run->chargrams);
  g_clear_object (&run->de);
  g_clear_pointer (&run->verb_synonyms, g_hash_table_unref);
  g_clear_object (&run->en);
  g_free (run);
}

guint
px_align_intern (Run        *run,
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


gboolean
px_align_is_german (const char *language)
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
const guint32 *
px_align_verb_synonyms (Run        *run,
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

PxWordClass
px_align_word_class (PxToken *token)
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


static inline guint64
id_bit (guint id)
{
  return id == 0 ? 0 : G_GUINT64_CONSTANT (1) << ((id * 2654435761u) >> 26);
}

static gboolean
is_segment_break (PxToken *token)
{
  return token->kind == PX_TOKEN_PUNCT &&
         (g_str_equal (token->fold, ",") || g_str_equal (token->fold, ";") ||
          g_str_equal (token->fold, ":") || g_str_equal (token->fold, "–") ||
          g_str_equal (token->fold, "—") || g_str_equal (token->fold, "("));
}


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

static int
compare_span_starts (gconstpointer a,
                     gconstpointer b)
{
  const PxSpan *x = a, *y = b;

  return (x->start > y->start) - (x->start < y->start);
}

/* Sorted and overlaps joined, so that a token's test is a binary search:
 * a long report holds thousands of attributions and millions of tokens.
 */
static void
merge_spans (GArray *spans)
{
  guint kept = 0;

  g_array_sort (spans, compare_span_starts);
  for (guint i = 0; i < spans->len; i++)
    {
      PxSpan span = g_array_index (spans, PxSpan, i);
      PxSpan *last = kept > 0 ? &g_array_index (spans, PxSpan, kept - 1) : NULL;

      if (span.start >= span.end)
        continue;
      if (last != NULL && span.start <= last->end)
        last->end = MAX (last->end, span.end);
      else
        g_array_index (spans, PxSpan, kept++) = span;
    }
  g_array_set_size (spans, kept);
}

/* The byte spans of an article that name a reporting source or its cue
 * ("laut der Zeitung", "unter Berufung auf Beamte"), worked out once per
 * article, sorted and disjoint.
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
  merge_spans (spans);
  return spans;
}

static gboolean
in_spans (GArray *spans,
          guint   offset)
{
  guint low = 0, high = spans->len;

  /* The first span that starts after the offset; the one before it is the
   * only one that can hold it.
   */
  while (low < high)
    {
      guint mid = low + (high - low) / 2;

      if (g_array_index (spans, PxSpan, mid).start <= offset)
        low = mid + 1;
      else
        high = mid;
    }
  return low > 0 && offset < g_array_index (spans, PxSpan, low - 1).end;
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
  term->id = px_align_intern (run, key);
  term->number = TRUE;
  term->value = value;
  term->vague = vague;
}

/* A content word's term: its stem, compound head and parts, synonym
 * sets, alias and German root.
 */
static void
fill_word_term (Run         *run,
                GArray      *tokens,
                guint        t,
                guint        article,
                gboolean     german,
                Term        *term)
{
  PxToken *token = &g_array_index (tokens, PxToken, t);
  PxToken *prev = t > 0 ? &g_array_index (tokens, PxToken, t - 1) : NULL;
  gboolean after_word = prev != NULL && prev->kind == PX_TOKEN_WORD;
  const char *language = run->languages[article];

  term->id = px_align_intern (run, token->stem);
  if (token->head != NULL)
    {
      term->head = px_align_intern (run, token->head);
      term->modifier = px_align_intern (run, token->modifier);
    }
  if (token->parts != NULL)
    {
      guint np = g_strv_length (token->parts);

      term->parts = g_new0 (guint, np);
      for (guint p = 0; p < np; p++)
        if (strlen (token->parts[p]) > 1)
          term->parts[term->n_parts++] = px_align_intern (run, token->parts[p]);
    }
  if (german)
    {
      term->syn[0] = px_knowledge_synonym_sets (token->stem, px_align_word_class (token),
                                                &term->n_syn[0]);
      if (!(token->flags & PX_TOKEN_FLAG_CAPITALISED))
        term->syn[1] = px_align_verb_synonyms (run, token->norm, &term->n_syn[1]);
      if (after_word)
        term->syn[2] = px_knowledge_phrase_synonym_sets (prev->stem, token->stem, &term->n_syn[2]);
    }
  else
    {
      term->syn[0] = px_knowledge_english_synonym_sets (token->stem, &term->n_syn[0]);
      if (after_word)
        term->syn[2] = px_knowledge_english_phrase_synonym_sets (prev->stem, token->stem,
                                                                 &term->n_syn[2]);
    }
  term->alias = px_knowledge_alias (language, token->stem);
  if (term->alias == 0 && after_word)
    {
      g_autofree char *pair = g_strconcat (prev->stem, " ", token->stem, NULL);

      term->alias = px_knowledge_alias (language, pair);
    }
  term->prefix_len = strlen (token->norm);
  if (german)
    {
      g_autofree char *root = german_root (token->norm);

      if (root != NULL)
        {
          g_autofree char *key = g_strconcat ("^", root, NULL);

          term->root = px_align_intern (run, key);
        }
    }
}

/* Reads token @t into @term: a percent sign or word, a number, a number
 * word, or a content word. Returns FALSE for a token that is no term.
 */
static gboolean
read_term (Run         *run,
           GArray      *tokens,
           GArray      *terms,
           guint        t,
           guint        article,
           PxTokenizer *tokenizer,
           gboolean     german,
           Term        *term)
{
  PxToken *token = &g_array_index (tokens, PxToken, t);
  Term *previous = terms->len > 0 ? &g_array_index (terms, Term, terms->len - 1) : NULL;
  double number_value, scale = 0;
  gboolean vague;

  /* "50 Millionen" is one number, as "50.000.000" is. */
  if (token->kind == PX_TOKEN_WORD && previous != NULL && t > 0 && previous->token == t - 1 &&
      previous->number && !previous->vague &&
      (scale = _px_figure_read_scale_word (token->norm, german)) > 0)
    {
      /* The scale word stays a term of its own as well. */
      set_number (run, previous, previous->value * scale, FALSE);
    }

  if (is_percent (tokens, t, german))
    {
      /* "9 %", "9 Prozent", "9 percent" and "9 per cent" say one thing. */
      g_autofree char *stem = px_tokenizer_stem (tokenizer, german ? "prozent" : "percent");

      term->id = px_align_intern (run, stem);
      term->prefix_len = strlen (stem);
    }
  else if (token->kind == PX_TOKEN_NUMBER)
    set_number (run, term, g_ascii_strtod (token->norm, NULL), FALSE);
  else if (token->kind == PX_TOKEN_WORD && scale == 0 &&
           _px_figure_read_number_word (token->norm, german, &number_value, &vague))
    set_number (run, term, number_value, vague);
  else if (token->kind == PX_TOKEN_WORD &&
           !(token->flags & (PX_TOKEN_FLAG_STOP | PX_TOKEN_FLAG_REPORTING)) &&
           g_utf8_strlen (token->norm, -1) > 1)
    fill_word_term (run, tokens, t, article, german, term);
  else
    return FALSE;
  return TRUE;
}

/* What every term carries besides its words: the bit masks candidates
 * and matching test first, and where in the sentence it stands.
 */
static void
finish_term (Run     *run,
             Term    *term,
             guint    t,
             gboolean german,
             guint8   clause)
{
  for (guint v = 0; v < G_N_ELEMENTS (term->syn); v++)
    for (guint k = 0; k < term->n_syn[v]; k++)
      {
        guint id = term->syn[v][k];

        term->syn_mask[(id / 64) % 4] |= G_GUINT64_CONSTANT (1) << (id % 64);
      }
  term->signature |= id_bit (term->id) | id_bit (term->head) | id_bit (term->modifier) |
                     id_bit (term->root) | id_bit (term->alias ? term->alias + 0x40000000u : 0);
  for (guint k = 0; k < term->n_parts; k++)
    term->signature |= id_bit (term->parts[k]);
  term->token = t;
  term->stem = g_ptr_array_index (run->names, term->id - 1);
  term->stem_len = strlen (term->stem);
  term->german = german;
  term->clause = clause;
}

/* Records how a word type is written, from which names are told apart
 * once every article is read (mark_entities()).
 */
static void
note_type (Run        *run,
           GArray     *types,
           GArray     *tokens,
           guint       t,
           guint       article,
           gboolean    german,
           const Term *term)
{
  PxToken *token = &g_array_index (tokens, PxToken, t);
  TypeInfo *info;

  if (term->id > types->len)
    g_array_set_size (types, term->id + 64);
  info = &g_array_index (types, TypeInfo, term->id - 1);
  info->german = german;
  if (term->number)
    return;
  if (!(token->flags & PX_TOKEN_FLAG_CAPITALISED))
    info->any_lower = TRUE;
  if (token->flags & PX_TOKEN_FLAG_AFTER_DETERMINER)
    info->any_after_det = TRUE;
  /* Bare nouns follow prepositions ("aus Panik", "seit Stunden"); names do
   * too, but those are mostly aliases or missing from the word list.
   */
  if (t > 0 && g_array_index (tokens, PxToken, t - 1).kind == PX_TOKEN_WORD &&
      px_knowledge_is_preposition (run->languages[article],
                                   g_array_index (tokens, PxToken, t - 1).norm))
    info->any_after_det = TRUE;
  if (token->head != NULL)
    info->compound = TRUE;
  if ((token->flags & PX_TOKEN_FLAG_CAPITALISED) && !(token->flags & PX_TOKEN_FLAG_INITIAL))
    info->any_cap_noninitial = TRUE;
  if (token->flags & PX_TOKEN_FLAG_ACRONYM)
    info->any_acronym = TRUE;
  if (term->alias != 0)
    info->alias = TRUE;
  if (german && !info->in_dictionary)
    {
      info->in_dictionary = px_knowledge_is_word (token->norm);
      info->lower_case_word = px_knowledge_is_lower_case_word (token->norm);
    }
}

/* A stem said twice in a sentence is one term; quoted once is quoted. */
static void
add_term (GArray *terms,
          Term   *term)
{
  for (guint k = 0; k < terms->len; k++)
    if (g_array_index (terms, Term, k).id == term->id)
      {
        g_array_index (terms, Term, k).quoted |= term->quoted;
        g_free (term->parts);
        return;
      }
  g_array_append_val (terms, *term);
}

/* German separable verbs ("gab … bekannt") as the joined verb's term,
 * after the words, so that the particle's term comes last.
 */
static void
add_separable_verbs (Run          *run,
                     GArray       *tokens,
                     GArray       *terms,
                     const guint8 *clauses,
                     PxTokenizer  *tokenizer)
{
  for (guint t = 0; t < tokens->len; t++)
    {
      g_autofree char *joined = join_separable_verb (tokens, t);
      g_autofree char *stem = NULL;
      Term term = { 0, };

      if (joined == NULL)
        continue;
      stem = px_tokenizer_stem (tokenizer, joined);
      term.id = px_align_intern (run, stem);
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
}

/* One sentence as a unit, its tokens made: its clauses and terms. */
static void
prepare_unit (Run          *run,
              GArray       *types,
              GArray       *sourcing,
              Unit         *unit)
{
  guint article = unit->article;
  gboolean german = g_str_equal (run->languages[article], "de");
  PxTokenizer *tokenizer = german ? run->de : run->en;
  g_autoptr(GArray) terms = g_array_new (FALSE, TRUE, sizeof (Term));
  g_autofree guint8 *clauses = NULL;

  clauses = split_clauses (unit->tokens, &unit->n_clauses);

  for (guint t = 0; t < unit->tokens->len; t++)
    {
      PxToken *token = &g_array_index (unit->tokens, PxToken, t);
      Term term = { 0, };

      if (!read_term (run, unit->tokens, terms, t, article, tokenizer, german, &term))
        continue;
      finish_term (run, &term, t, german, clauses[t]);
      term.quoted = (token->flags & PX_TOKEN_FLAG_IN_QUOTE) != 0;
      term.sourcing = in_spans (sourcing, token->start);
      note_type (run, types, unit->tokens, t, article, german, &term);
      add_term (terms, &term);
    }
  if (german)
    add_separable_verbs (run, unit->tokens, terms, clauses, tokenizer);

  /* A copy of the terms' own size: the array's room doubles as it grows. */
  unit->n_terms = terms->len;
  unit->terms = g_memdup2 (terms->data, terms->len * sizeof (Term));
}

/* Names: acronyms and known aliases always; otherwise capitalised words
 * never written lower-case. German capitalises every noun, so there a
 * word also needs to be missing from the word list, or never to follow an
 * article ("Müller traf Schmidt in Berlin" vs "die Flutung des Polders").
 */
static void
mark_entities (Run    *run,
               GArray *types)
{
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
      Unit *unit = px_align_unit (run, u);

      for (guint k = 0; k < unit->n_terms; k++)
        {
          Term *term = &unit->terms[k];

          if (!term->number && term->id <= types->len)
            term->entity = g_array_index (types, TypeInfo, term->id - 1).entity;
        }
    }
}

/* Every body sentence and heading as a unit, its tokens not yet made.
 * Headlines state the claim the lead repeats: they align too.
 */
static void
list_units (Run *run)
{
  for (guint a = 0; a < run->articles->len; a++)
    {
      PxArticle *article = g_ptr_array_index (run->articles, a);
      const PxSentence *sentences;
      guint n, order = 0;

      run->languages[a] = px_align_is_german (px_article_get_language (article)) ? "de" : "en";
      run->first_unit[a] = run->units->len;
      sentences = px_article_get_sentences (article, &n);
      for (guint s = 0; s < n; s++)
        {
          Unit unit = { .article = a, .sentence = s };

          if (sentences[s].kind != PX_SENTENCE_BODY && sentences[s].kind != PX_SENTENCE_HEADING)
            continue;
          unit.order = order++;
          g_array_append_val (run->units, unit);
        }
    }
  run->first_unit[run->articles->len] = run->units->len;
}

static PxTokenizer *
tokenizer_like (PxTokenizer *model)
{
  PxTokenizer *tokenizer = px_tokenizer_new (px_tokenizer_get_language (model));

  px_tokenizer_set_split_compounds (tokenizer, px_tokenizer_get_split_compounds (model));
  return tokenizer;
}

/* The units' tokens, on all processors: word lookups for compound
 * splitting are most of a German unit's preparation. A tokenizer keeps
 * state, so a slice other than the first makes its own, alike.
 */
static void
tokenize_slice (gpointer data,
                guint    from,
                guint    to,
                gboolean first)
{
  Run *run = data;
  g_autoptr(PxTokenizer) de = first ? g_object_ref (run->de) : tokenizer_like (run->de);
  g_autoptr(PxTokenizer) en = first ? g_object_ref (run->en) : tokenizer_like (run->en);

  for (guint u = from; u < to; u++)
    {
      Unit *unit = px_align_unit (run, u);
      PxArticle *article = g_ptr_array_index (run->articles, unit->article);
      const PxSentence *sentence = &px_article_get_sentences (article, NULL)[unit->sentence];

      unit->tokens = px_tokenizer_tokenize (g_str_equal (run->languages[unit->article], "de") ? de : en,
                                            px_article_get_text (article) + sentence->start,
                                            sentence->end - sentence->start, sentence->start);
    }
}

gboolean
px_align_prepare_units (Run          *run,
                        Progress     *progress,
                        GCancellable *cancellable,
                        GError      **error)
{
  g_autoptr(GArray) types = g_array_new (FALSE, TRUE, sizeof (TypeInfo));
  guint n_articles = run->articles->len;

  if (!px_knowledge_has_thesaurus ())
    g_debug ("Aligning without synonyms");
  if (!px_knowledge_has_dictionary ())
    g_debug ("Aligning without compound splitting");

  run->first_unit = g_new0 (guint, n_articles + 1);
  run->languages = g_new0 (const char *, n_articles);
  list_units (run);
  px_align_parallel (run->units->len, UNITS_PER_SLICE, tokenize_slice, run);

  for (guint a = 0; a < n_articles; a++)
    {
      PxArticle *article = g_ptr_array_index (run->articles, a);
      const PxSentence *sentences;
      g_autoptr(GPtrArray) attributions = NULL;
      g_autoptr(GArray) sourcing = NULL;
      guint n;

      sentences = px_article_get_sentences (article, &n);
      attributions = px_attribution_find (article);
      sourcing = sourcing_spans (attributions, px_article_get_text (article), sentences);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      for (guint u = run->first_unit[a]; u < run->first_unit[a + 1]; u++)
        prepare_unit (run, types, sourcing, px_align_unit (run, u));
      px_align_report_progress (progress, 0.4 * (a + 1) / n_articles);
    }
  mark_entities (run, types);
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

typedef struct
{
  guint id;
  float weight;
} IdWeight;

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  guint x = ((const IdWeight *)a)->id, y = ((const IdWeight *)b)->id;

  return x < y ? -1 : x > y;
}

/* By id, so that two units' cosine is one merge of their lists
 * (px-align-features.c) rather than a comparison of every two features.
 */
static void
sort_features (GArray *ids,
               GArray *weights)
{
  g_autofree IdWeight *pairs = g_new (IdWeight, MAX (1, ids->len));

  for (guint i = 0; i < ids->len; i++)
    pairs[i] = (IdWeight) { g_array_index (ids, guint, i), g_array_index (weights, float, i) };
  qsort (pairs, ids->len, sizeof (IdWeight), compare_ids);
  for (guint i = 0; i < ids->len; i++)
    {
      g_array_index (ids, guint, i) = pairs[i].id;
      g_array_index (weights, float, i) = pairs[i].weight;
    }
}

void
px_align_build_features (Run *run)
{
  guint n_units = run->units->len;
  g_autofree guint *in_article = NULL;

  for (guint u = 0; u < n_units; u++)
    {
      Unit *unit = px_align_unit (run, u);
      g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (guint));
      g_autoptr(GArray) weights = g_array_new (FALSE, FALSE, sizeof (float));

      for (guint k = 0; k < unit->n_terms; k++)
        {
          Term *term = &unit->terms[k];
          float base = term->entity ? ENTITY_FACTOR : 1.0;

          add_feature (ids, weights, term->id, base);
          if (term->number && !term->vague && px_align_is_approximable (term->value))
            {
              int bucket = (int)floor (log (term->value) / log (1.25));

              for (int b = bucket; b <= bucket + 1; b++)
                {
                  char key[24];

                  g_snprintf (key, sizeof key, "#~%d", b);
                  add_feature (ids, weights, px_align_intern (run, key), 0.3);
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

              add_feature (ids, weights, px_align_intern (run, key), ENTITY_FACTOR);
            }
          for (guint v = 0; v < G_N_ELEMENTS (term->syn); v++)
            for (guint s = 0; s < MIN (term->n_syn[v], 8); s++)
              {
                char key[24];

                g_snprintf (key, sizeof key, "~%u", term->syn[v][s]);
                add_feature (ids, weights, px_align_intern (run, key), 0.3);
              }
        }

      sort_features (ids, weights);
      unit->n_feats = ids->len;
      unit->feats = (guint *)(gpointer)g_array_free (g_steal_pointer (&ids), FALSE);
      unit->feat_w = (float *)(gpointer)g_array_free (g_steal_pointer (&weights), FALSE);
    }

  run->n_ids = run->names->len + 1;
  run->df = g_new0 (guint, run->n_ids);
  for (guint u = 0; u < n_units; u++)
    {
      Unit *unit = px_align_unit (run, u);

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
      Unit *unit = px_align_unit (run, u);

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
      Unit *unit = px_align_unit (run, u);
      double norm = 0.0;

      /* Entering an article: count its terms; leaving it: clear them. */
      if (u == run->first_unit[unit->article])
        for (guint v = u; v < run->first_unit[unit->article + 1]; v++)
          for (guint k = 0; k < px_align_unit (run, v)->n_terms; k++)
            in_article[px_align_unit (run, v)->terms[k].id]++;

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
          if (term->number && !term->vague && px_align_is_approximable (term->value))
            term->weight *= FIGURE_FACTOR;
          /* Outlets cite the same sources for different claims. */
          if (term->sourcing)
            term->weight *= SOURCING_FACTOR;
        }
      if (u + 1 == run->first_unit[unit->article + 1])
        for (guint v = run->first_unit[unit->article]; v <= u; v++)
          for (guint k = 0; k < px_align_unit (run, v)->n_terms; k++)
            in_article[px_align_unit (run, v)->terms[k].id] = 0;
    }
}

