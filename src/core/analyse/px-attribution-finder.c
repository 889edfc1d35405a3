/* px-attribution-finder.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-attribution-finder"

#include "config.h"

#include <string.h>

#include "px-attribution-chain-private.h"
#include "px-attribution-clause-private.h"
#include "px-attribution-cues-private.h"
#include "px-attribution-finder.h"
#include "px-attribution-finder-private.h"
#include "px-attribution-source-private.h"
#include "px-attribution-verb-private.h"
#include "px-quote-span.h"

/* Finding who says what, sentence by sentence, in three passes over the
 * tokens of each body sentence:
 *
 *  1. cues: reporting verbs (any tense, separable particles such as
 *     "teilte … mit"), prepositions ("laut", "zufolge", "nach Angaben"),
 *     "so X" after a quotation, "heißt es", English "according to";
 *  2. the source of each cue: a noun phrase read with a small German/English
 *     phrase grammar (articles, adjectives, capitalised nouns, genitive
 *     attachments), chosen left or right of the verb by word order; then
 *     what that source cites in turn ("unter Berufung auf", "citing",
 *     "der sich auf Y beruft");
 *  3. resolution: back-references ("die Zeitung", "dem Bericht") to the
 *     outlet named last, pronouns and role nouns ("sagt sie", "der Bauer")
 *     to the person named last, and sentences in Konjunktiv I without a cue
 *     to the source of the sentences before.
 *
 * Text inside direct quotations is never searched for cues: what a speaker
 * says is not an attribution by the article.
 *
 * The work is shared out by responsibility: the cue lexicon
 * (px-attribution-cues.c), clause reading (tokens and noun phrases in
 * px-attribution-clause.c, source phrases in px-attribution-source.c, the
 * source of a reporting verb in px-attribution-verb.c) and chain building
 * (px-attribution-chain.c, and the cue loop here).
 */

/**
 * px_attribution_classify_source:
 * @text: a source phrase as written ("die New York Times", "drei Quellen")
 * @kind: (out): the kind of source
 * @name: (out) (optional) (transfer full): the normalised name
 *
 * Classifies a source phrase on its own, without the article around it
 * (so back-references and pronouns stay unresolved).
 *
 * Returns: whether @text reads as a source at all
 */
gboolean
px_attribution_classify_source (const char    *text,
                                PxSourceKind  *kind,
                                char         **name)
{
  g_autoptr(GArray) quotes = NULL;
  g_autoptr(GArray) toks = NULL;
  Class c;
  gboolean ok;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (kind != NULL, FALSE);

  quotes = px_quote_scan (text, strlen (text));
  toks = _px_clause_tokenize (text, 0, strlen (text), quotes);
  ok = _px_source_classify (toks, 0, toks->len, text, FALSE, &c);
  if (ok)
    {
      *kind = c.kind;
      if (name != NULL)
        *name = g_steal_pointer (&c.name);
    }
  _px_source_class_clear (&c);
  return ok;
}

/* One body sentence while its cues are read. */
typedef struct
{
  Finder    *f;
  GArray    *toks;
  guint      index;
  GPtrArray *pending;
} Reading;

static char *
span_text (Finder *f,
           PxSpan  span)
{
  return g_strndup (f->text + span.start, span.end - span.start);
}

/* What a verb's candidate source phrases are resolved with. */
typedef struct
{
  Finder   *f;
  GArray   *toks;
  guint     sentence;
  gboolean  plural;
  Pending  *p;
} Resolver;

static gboolean
try_source (guint    a,
            guint    b,
            gboolean anonymous_hint,
            gpointer user_data)
{
  Resolver *r = user_data;

  return _px_chain_resolve (r->f, r->toks, a, b, r->sentence, r->plural, anonymous_hint, r->p);
}

/* A cue at token @i whose source is the noun phrase [a, e): resolved, the
 * attribution is pending; otherwise it is dropped. Returns whether it was
 * kept.
 */
static gboolean
take_source (Reading    *r,
             const char *cue,
             guint       i,
             guint       n_cue,
             guint       a,
             guint       e,
             Pending   **out)
{
  GArray *toks = r->toks;
  Pending *p = _px_chain_pending_new (cue, _px_clause_span (toks, i, i + n_cue));

  if (e > a && _px_chain_resolve (r->f, toks, a, e, r->index, FALSE, FALSE, p))
    {
      g_ptr_array_add (r->pending, p);
      if (out != NULL)
        *out = p;
      return TRUE;
    }
  _px_chain_pending_free (p);
  return FALSE;
}

/* "laut X" */
static gboolean
cue_laut (Reading *r,
          guint   *i)
{
  GArray *toks = r->toks;
  Tok *t = TOK (*i);
  guint e;
  Pending *p;

  if (strcmp (t->lower, "laut") != 0 || *i + 1 >= toks->len || r->f->english)
    return FALSE;
  e = _px_clause_np_forward (toks, *i + 1, FALSE);
  if (take_source (r, t->text, *i, 1, *i + 1, e, &p))
    {
      if (e < toks->len && strcmp (TOK (e)->text, ",") == 0 && r->f->english == FALSE)
        _px_chain_apposition (r->f, toks, e, r->index, p);
      *i = e - 1;
    }
  return TRUE;
}

/* "X zufolge" */
static gboolean
cue_zufolge (Reading *r,
             guint   *i)
{
  GArray *toks = r->toks;
  guint a;

  if (strcmp (TOK (*i)->lower, "zufolge") != 0)
    return FALSE;
  a = _px_clause_np_backward (toks, *i);
  take_source (r, TOK (*i)->text, *i, 1, a, *i, NULL);
  return TRUE;
}

/* "according to X" */
static gboolean
cue_according_to (Reading *r,
                  guint   *i)
{
  GArray *toks = r->toks;
  guint e;

  if (strcmp (TOK (*i)->lower, "according") != 0 || !_px_clause_token_is (toks, *i + 1, "to"))
    return FALSE;
  e = _px_clause_np_forward (toks, *i + 2, TRUE);
  if (take_source (r, "according to", *i, 2, *i + 2, e, NULL))
    *i = e - 1;
  return TRUE;
}

static const char * const information_nouns[] = {
  "angaben", "informationen", "darstellung", "aussage", "aussagen",
  "auskunft", "worten", "erkenntnissen", "einschätzung", "recherchen",
  NULL
};

/* "nach Angaben des Landkreises", "nach Angaben von X" */
static void
nach_angaben (Reading *r,
              guint   *i)
{
  GArray *toks = r->toks;
  Tok *t = TOK (*i), *u = TOK (*i + 1);
  g_autofree char *cue = g_strdup_printf ("%s %s", t->text, u->text);
  guint a = *i + 2;
  guint e;
  Pending *p;

  if (a < toks->len && _px_cue_in (TOK (a)->lower, PX_CUE_FROM_WORDS))
    a++;
  e = _px_clause_np_forward (toks, a, FALSE);
  if (!take_source (r, cue, *i, 2, a, e, &p))
    return;
  /* "nach Angaben der Betreiber": a genitive, not someone named before. */
  if (p->kind == PX_SOURCE_PERSON && !p->named)
    {
      g_free (p->name);
      p->name = _px_source_phrase_name (toks, a, e, r->f->text, FALSE);
      p->kind = PX_SOURCE_ANONYMOUS;
    }
  *i = e - 1;
}

/* "nach Blickpunkt24-Informationen", "nach Polizeiangaben": the source is
 * the compound's first part.
 */
static void
nach_compound (Reading *r,
               guint    i)
{
  GArray *toks = r->toks;
  Tok *t = TOK (i), *u = TOK (i + 1);

  for (guint k = 0; information_nouns[k] != NULL; k++)
    {
      const char *suffix = information_nouns[k];
      gsize ul = strlen (u->lower), sl = strlen (suffix);
      g_autofree char *prefix = NULL;
      g_autofree char *cue = NULL;
      g_autofree char *name = NULL;
      PxSourceKind kind;
      Pending *p;

      if (!(ul > sl + 1 && g_str_has_suffix (u->lower, suffix) && _px_clause_is_cap_word (u)))
        continue;
      prefix = g_strndup (u->text, strlen (u->text) - sl);
      if (g_str_has_suffix (prefix, "-"))
        prefix[strlen (prefix) - 1] = '\0';
      cue = g_strdup_printf ("%s %s", t->text, u->text);
      p = _px_chain_pending_new (cue, _px_clause_span (toks, i, i + 2));
      p->source = g_strdup (prefix);
      p->source_span.start = u->start;
      p->source_span.end = u->start + strlen (prefix);
      /* "nach SZ-Informationen": an outlet's own reporting, unless the
       * prefix says otherwise ("Polizeiangaben").
       */
      if (px_attribution_classify_source (prefix, &kind, &name) && kind != PX_SOURCE_PERSON)
        {
          p->kind = kind;
          p->name = g_steal_pointer (&name);
        }
      else
        {
          p->kind = PX_SOURCE_OUTLET;
          p->name = g_strdup (prefix);
        }
      g_ptr_array_add (r->pending, p);
      break;
    }
}

static gboolean
cue_nach (Reading *r,
          guint   *i)
{
  GArray *toks = r->toks;

  if (strcmp (TOK (*i)->lower, "nach") != 0 || *i + 1 >= toks->len)
    return FALSE;
  if (_px_cue_in_words (TOK (*i + 1)->lower, information_nouns))
    nach_angaben (r, i);
  else
    nach_compound (r, *i);
  return TRUE;
}

/* "…“, so Jaschke" */
static gboolean
cue_so (Reading *r,
        guint   *i)
{
  GArray *toks = r->toks;
  guint e;
  Pending *p;

  if (!(strcmp (TOK (*i)->lower, "so") == 0 && *i > 0 && *i + 1 < toks->len &&
        (strcmp (TOK (*i - 1)->text, ",") == 0 || (TOK (*i - 1)->flags & T_QUOTE_MARK)) &&
        (_px_clause_is_cap_word (TOK (*i + 1)) ||
         _px_cue_in (TOK (*i + 1)->lower, PX_CUE_ARTICLES) ||
         _px_cue_in (TOK (*i + 1)->lower, PX_CUE_QUANTIFIERS))))
    return FALSE;
  e = _px_clause_np_forward (toks, *i + 1, FALSE);
  if (take_source (r, TOK (*i)->text, *i, 1, *i + 1, e, &p))
    {
      _px_chain_apposition (r->f, toks, e, r->index, p);
      *i = e - 1;
    }
  return TRUE;
}

/* "reportedly": from reports nobody names. */
static gboolean
cue_reportedly (Reading *r,
                guint   *i)
{
  GArray *toks = r->toks;
  Pending *p;

  if (!r->f->english || strcmp (TOK (*i)->lower, "reportedly") != 0)
    return FALSE;
  p = _px_chain_pending_new (TOK (*i)->text, _px_clause_span (toks, *i, *i + 1));
  p->kind = PX_SOURCE_ANONYMOUS;
  g_ptr_array_add (r->pending, p);
  return TRUE;
}

/* "The association criticised the plan, saying …": the speaker is the
 * subject of the sentence.
 */
static gboolean
cue_saying (Reading *r,
            guint   *i)
{
  GArray *toks = r->toks;

  if (!(r->f->english && strcmp (TOK (*i)->lower, "saying") == 0 && *i > 0 &&
        strcmp (TOK (*i - 1)->text, ",") == 0 && r->pending->len == 0))
    return FALSE;
  take_source (r, TOK (*i)->text, *i, 1, 0, _px_clause_np_forward (toks, 0, TRUE), NULL);
  return TRUE;
}

/* "demnach": from the outlet named last. */
static gboolean
cue_demnach (Reading *r,
             guint   *i)
{
  GArray *toks = r->toks;
  Pending *p;

  if (strcmp (TOK (*i)->lower, "demnach") != 0 || r->f->last_outlet == NULL)
    return FALSE;
  p = _px_chain_pending_new (TOK (*i)->text, _px_clause_span (toks, *i, *i + 1));
  p->source = g_strdup (TOK (*i)->text);
  p->source_span = p->cue_span;
  p->name = g_strdup (r->f->last_outlet);
  p->kind = r->f->last_outlet_kind;
  g_ptr_array_add (r->pending, p);
  return TRUE;
}

/* Whether the verb form at @i is a cue here, and what the cue reads:
 * the verb with its separable particle ("teilte … mit"), found in
 * *@particle_at. Returns %NULL for a form that is no cue in this sentence.
 */
static char *
verb_cue (Reading *r,
          guint    i,
          guint   *particle_at)
{
  GArray *toks = r->toks;
  Tok *t = TOK (i);
  gboolean english = r->f->english;
  const char *particle = _px_cue_verb_particle (t->lower);
  gboolean plural = g_str_has_suffix (t->lower, "en") && !english;
  gboolean english_form = g_str_has_suffix (t->lower, "ed") ||
                          _px_cue_in (t->lower, PX_CUE_ENGLISH_IRREGULAR) ||
                          (g_str_has_suffix (t->lower, "s") && !g_str_has_suffix (t->lower, "es"));

  /* A German form in English text or the other way round: a name or a
   * loan word, not a cue.
   */
  if (english != english_form && !(english && g_str_has_suffix (t->lower, "s")) &&
      (english || g_str_has_suffix (t->lower, "ed") || strcmp (t->lower, "said") == 0))
    return NULL;

  *particle_at = 0;
  if (particle != NULL)
    {
      for (guint k = i + 1; k < toks->len && k < i + 14; k++)
        {
          if (TOK (k)->flags & (T_PUNCT | T_IN_QUOTE))
            break;
          if (strcmp (TOK (k)->lower, particle) == 0)
            {
              *particle_at = k;
              break;
            }
        }
      /* "es heißt" with the particle in front */
      if (*particle_at == 0 && i > 0 && strcmp (TOK (i - 1)->lower, particle) == 0 &&
          strcmp (particle, "es") == 0)
        *particle_at = i - 1;
      if (*particle_at == 0)
        return NULL;
    }

  if (plural && !english && _px_clause_governed_infinitive (toks, i))
    return NULL;
  /* "the Ledger was told": the writer was told, by someone else. */
  if (english && i > 0 && _px_cue_in (TOK (i - 1)->lower, PX_CUE_PASSIVE_AUXILIARIES))
    return NULL;
  if (english && strcmp (t->lower, "reports") == 0 && i > 0 &&
      _px_cue_in (TOK (i - 1)->lower, PX_CUE_REPORT_NOUN_CONTEXT))
    return NULL;

  if (particle != NULL)
    return g_strdup_printf ("%s %s", t->text, TOK (*particle_at)->text);
  return g_strdup (t->text);
}

/* "heißt es (in dem Bericht | aus Regierungskreisen)": the source, if any,
 * follows the particle; without one the attribution is anonymous.
 */
static void
heisst_es (Reading *r,
           guint   *i,
           guint    particle_at,
           Pending *p)
{
  GArray *toks = r->toks;
  Finder *f = r->f;
  guint a = MAX (*i, particle_at) + 1;
  guint e;

  g_ptr_array_add (r->pending, p);
  if (a < toks->len && _px_cue_in (TOK (a)->lower, PX_CUE_HEISST_PREPS))
    {
      gboolean im = strcmp (TOK (a)->lower, "im") == 0 || strcmp (TOK (a)->lower, "vom") == 0;

      a++;
      e = _px_clause_np_forward (toks, a, FALSE);
      if (e > a && im && e == a + 1 && _px_cue_in (TOK (a)->lower, PX_CUE_BACKREF_WORDS) &&
          f->last_outlet != NULL)
        {
          p->source = span_text (f, _px_clause_span (toks, a, e));
          p->source_span = _px_clause_span (toks, a, e);
          p->name = g_strdup (f->last_outlet);
          p->kind = f->last_outlet_kind;
          *i = e - 1;
          return;
        }
      if (e > a && _px_chain_resolve (f, toks, a, e, r->index, FALSE, FALSE, p))
        {
          *i = e - 1;
          return;
        }
    }
  p->kind = PX_SOURCE_ANONYMOUS;
}

/* A reporting verb and its source by word order; a second source joined
 * by "und" shares the cue ("Die «Hafenpost» und der «Abendkurier» meldeten
 * übereinstimmend").
 */
static void
verb_with_source (Reading    *r,
                  guint       i,
                  const char *cue,
                  Pending    *p)
{
  GArray *toks = r->toks;
  Finder *f = r->f;
  gboolean plural = g_str_has_suffix (TOK (i)->lower, "en") && !f->english;
  Resolver resolver = { f, toks, r->index, plural, p };
  guint src_end = 0;
  guint a, e;
  Pending *q;

  if (!_px_verb_source (toks, i, f->text, f->english, try_source, &resolver, &src_end))
    {
      _px_chain_pending_free (p);
      return;
    }
  _px_chain_apposition (f, toks, src_end, r->index, p);
  g_ptr_array_add (r->pending, p);

  if (src_end >= toks->len || !_px_cue_in (TOK (src_end)->lower, PX_CUE_COORDINATORS))
    return;
  a = src_end + 1;
  e = _px_clause_np_forward (toks, a, f->english);
  q = _px_chain_pending_new (cue, p->cue_span);
  if (e > a && _px_chain_resolve (f, toks, a, e, r->index, plural, FALSE, q) &&
      q->kind != PX_SOURCE_ANONYMOUS && p->kind != PX_SOURCE_ANONYMOUS)
    g_ptr_array_add (r->pending, q);
  else
    _px_chain_pending_free (q);
}

/* Reporting verbs, in any tense, with their particles. */
static gboolean
cue_verb (Reading *r,
          guint   *i)
{
  GArray *toks = r->toks;
  Tok *t = TOK (*i);
  g_autofree char *cue = NULL;
  guint particle_at;
  const char *particle;
  Pending *p;

  if (!_px_cue_is_verb (t->lower) || !(t->flags & T_LOWER))
    return FALSE;
  if ((cue = verb_cue (r, *i, &particle_at)) == NULL)
    return TRUE;
  p = _px_chain_pending_new (cue, _px_clause_span (toks, *i, *i + 1));
  particle = _px_cue_verb_particle (t->lower);
  if (particle != NULL && strcmp (particle, "es") == 0)
    heisst_es (r, i, particle_at, p);
  else
    verb_with_source (r, *i, cue, p);
  return TRUE;
}

/* Indirect speech with no cue of its own continues the attribution of the
 * sentences just before; "Blinken hatte angedeutet, dass es Bewegung
 * gebe" names its speaker in the sentence itself.
 */
static void
continue_konjunktiv (Reading *r,
                     guint    first_mention,
                     guint    last_attributed)
{
  GArray *toks = r->toks;
  Finder *f = r->f;
  PxSpan empty = { 0, 0 };
  Pending *p = _px_chain_pending_new ("Konjunktiv I", empty);
  guint k1 = _px_clause_konjunktiv_at (toks);
  const Mention *own = NULL;
  const PxAttribution *last;

  for (guint m = first_mention; m < f->mentions->len; m++)
    if (g_array_index (f->mentions, Mention, m).pos < TOK (k1)->start)
      own = &g_array_index (f->mentions, Mention, m);

  g_ptr_array_add (r->pending, p);
  p->kind = PX_SOURCE_ANONYMOUS;
  if (own != NULL)
    {
      p->source = g_strdup (own->name);
      p->name = g_strdup (own->name);
      p->kind = PX_SOURCE_PERSON;
      p->source_span.start = own->pos;
      p->source_span.end = own->pos + strlen (own->name);
      return;
    }
  if (f->result->len == 0)
    return;
  last = g_ptr_array_index (f->result, f->result->len - 1);
  if (last_attributed == G_MAXUINT || px_attribution_get_sentence (last) + 3 < r->index)
    return;
  p->source = g_strdup (px_attribution_get_source (last));
  p->name = g_strdup (px_attribution_get_source_name (last));
  p->source_span = empty;
  p->kind = px_attribution_get_source_kind (last);
  for (guint v = 0; v < px_attribution_get_n_via (last); v++)
    {
      PxSourceKind kind = px_attribution_get_via_kind (last, v);

      g_ptr_array_add (p->via_texts, g_strdup (px_attribution_get_via_text (last, v)));
      g_array_append_val (p->via_kinds, kind);
    }
}

/* The cues, in the order they are tried at each token. */
static gboolean (* const cues[]) (Reading *r, guint *i) = {
  cue_laut, cue_zufolge, cue_according_to, cue_nach, cue_so, cue_reportedly,
  cue_saying, cue_demnach, cue_verb,
};

/* Every cue of the sentence, with its source and what that cites. */
static void
read_cues (Reading *r)
{
  GArray *toks = r->toks;

  for (guint i = 0; i < toks->len; i++)
    {
      if (TOK (i)->flags & (T_IN_QUOTE | T_PUNCT))
        continue;
      for (guint c = 0; c < G_N_ELEMENTS (cues); c++)
        if (cues[c] (r, &i))
          break;
    }
  _px_chain_attach_vias (r->f, toks, r->pending);
}

static void
find_in_sentence (Finder *f,
                  guint   index,
                  guint   start,
                  guint   end,
                  guint  *last_attributed)
{
  g_autoptr(GArray) toks = _px_clause_tokenize (f->text, start, end, f->quotes);
  g_autoptr(GPtrArray) pending =
    g_ptr_array_new_with_free_func ((GDestroyNotify)_px_chain_pending_free);
  Reading r = { f, toks, index, pending };
  guint first_mention;

  _px_chain_forget (f, index);
  first_mention = f->mentions->len;
  _px_chain_scan_mentions (f, toks, index);
  read_cues (&r);
  if (pending->len == 0 && !f->english && _px_clause_has_konjunktiv (toks))
    continue_konjunktiv (&r, first_mention, *last_attributed);

  if (pending->len > 0)
    *last_attributed = index;
  _px_chain_finish (f, pending, index);
}

#define ATTRIBUTIONS_KEY "px-attributions"

static GPtrArray *find_attributions (PxArticle *article);

static gpointer
dup_array (gpointer data,
           gpointer user_data)
{
  return data != NULL ? g_ptr_array_ref (data) : NULL;
}

/**
 * px_attribution_find:
 * @article: a loaded article
 *
 * Finds attributions in the article's body sentences: reporting verbs,
 * "laut"/"zufolge"/"nach Angaben", "so X", "according to", "citing",
 * indirect speech in Konjunktiv I. Sources are classified, back-references
 * and pronouns resolved against earlier sentences.
 *
 * Articles do not change once loaded, so the result is kept with the
 * article and shared by later calls (the aligner and the comparison both
 * ask); callers must not modify it.
 *
 * Returns: (transfer full) (element-type PxAttribution): the attributions,
 *   in text order
 */
GPtrArray *
px_attribution_find (PxArticle *article)
{
  GPtrArray *found;

  g_return_val_if_fail (PX_IS_ARTICLE (article), NULL);

  found = g_object_dup_data (G_OBJECT (article), ATTRIBUTIONS_KEY, dup_array, NULL);
  if (found != NULL)
    return found;
  found = find_attributions (article);
  /* Another thread may have stored its own (equal) result meanwhile. */
  if (!g_object_replace_data (G_OBJECT (article), ATTRIBUTIONS_KEY, NULL, g_ptr_array_ref (found),
                              (GDestroyNotify)g_ptr_array_unref, NULL))
    g_ptr_array_unref (found);
  return found;
}

static GPtrArray *
find_attributions (PxArticle *article)
{
  g_autoptr(GPtrArray) result = NULL;
  const PxSentence *sentences;
  guint n_sentences = 0;
  guint last_attributed = G_MAXUINT;
  const char *text = px_article_get_text (article);
  g_autoptr(GArray) quotes = px_quote_scan (text, px_article_get_text_length (article));
  Finder f;

  result = g_ptr_array_new_with_free_func ((GDestroyNotify)px_attribution_unref);
  _px_chain_init (&f, text, g_strcmp0 (px_article_get_language (article), "en") == 0, quotes,
                  result);

  sentences = px_article_get_sentences (article, &n_sentences);
  for (guint i = 0; i < n_sentences; i++)
    {
      if (sentences[i].kind != PX_SENTENCE_BODY)
        continue;
      find_in_sentence (&f, i, sentences[i].start, sentences[i].end, &last_attributed);
    }

  _px_chain_clear (&f);
  return g_steal_pointer (&result);
}

/**
 * px_attribution_describe_root:
 * @article: an article
 *
 * Returns: (transfer full) (nullable): the root of the article's chains:
 *   its outlet, its dateline agency, or both ("Hanseatische Allgemeine ←
 *   dpa")
 */
char *
px_attribution_describe_root (PxArticle *article)
{
  const char *outlet, *agency;

  g_return_val_if_fail (PX_IS_ARTICLE (article), NULL);

  outlet = px_article_get_outlet (article);
  agency = px_article_get_agency (article);
  if (outlet != NULL && agency != NULL && g_utf8_collate (outlet, agency) != 0)
    return g_strdup_printf ("%s ← %s", outlet, agency);
  if (outlet != NULL)
    return g_strdup (outlet);
  return g_strdup (agency);
}

/**
 * px_attribution_is_indirect_speech:
 * @sentence: a sentence
 * @language: "de" or "en"
 *
 * Whether a sentence reports speech indirectly: German Konjunktiv I outside
 * quotation marks, or a "dass"/"that" clause after a reporting verb, or a
 * reporting verb with Konjunktiv II or English backshift beside it ("She
 * said they had tried everything").
 *
 * Returns: %TRUE for indirect speech
 */
gboolean
px_attribution_is_indirect_speech (const char *sentence,
                                   const char *language)
{
  g_autoptr(GArray) quotes = NULL;
  g_autoptr(GArray) toks = NULL;
  gboolean english;

  g_return_val_if_fail (sentence != NULL, FALSE);

  english = g_strcmp0 (language, "en") == 0;
  quotes = px_quote_scan (sentence, strlen (sentence));
  toks = _px_clause_tokenize (sentence, 0, strlen (sentence), quotes);
  return _px_clause_reports_indirectly (toks, english);
}

/* The token that ends at @end, or G_MAXUINT. */
static guint
token_ending_at (GArray *toks,
                 guint   end)
{
  for (guint i = 0; i < toks->len; i++)
    if (TOK (i)->end == end)
      return i;
  return G_MAXUINT;
}

static void
add_source_span (GArray *spans,
                 GArray *toks,
                 PxSpan  span,
                 gboolean english)
{
  guint last;

  if (span.end <= span.start)
    return;
  g_array_append_val (spans, span);
  /* "so ein US-Beamter und drei Quellen": a second source joined to the
   * first is named as one too.
   */
  last = token_ending_at (toks, span.end);
  if (last != G_MAXUINT && last + 2 < toks->len &&
      _px_cue_in (TOK (last + 1)->lower, PX_CUE_COORDINATORS))
    {
      guint e = _px_clause_np_forward (toks, last + 2, english);

      if (e > last + 2)
        {
          PxSpan joined = _px_clause_span (toks, last + 2, e);

          g_array_append_val (spans, joined);
        }
    }
}

/**
 * _px_attribution_source_spans:
 * @text: a text
 * @start: first byte of a sentence in it
 * @end: byte after the sentence
 * @english: whether the text is English
 *
 * Where the sentence names the sources it attributes to: the phrase of each
 * cue's source ("zwei hochrangige Beamte" in "Das sagten zwei hochrangige
 * Beamte"), what they cite ("unter Berufung auf drei Quellen"), and a
 * source joined to one of them by "und"/"and". The sentence is read on its
 * own, so references to earlier sentences stay unresolved.
 *
 * Returns: (transfer full) (element-type PxSpan): byte spans into @text
 */
GArray *
_px_attribution_source_spans (const char *text,
                              gsize       start,
                              gsize       end,
                              gboolean    english)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (PxSpan));
  g_autoptr(GArray) quotes = px_quote_scan (text + start, end - start);
  g_autoptr(GArray) toks = NULL;
  g_autoptr(GPtrArray) result =
    g_ptr_array_new_with_free_func ((GDestroyNotify)px_attribution_unref);
  g_autoptr(GPtrArray) pending =
    g_ptr_array_new_with_free_func ((GDestroyNotify)_px_chain_pending_free);
  Finder f;
  Reading r;

  for (guint q = 0; q < quotes->len; q++)
    {
      PxQuoteSpan *span = &g_array_index (quotes, PxQuoteSpan, q);

      span->start += start, span->end += start;
      span->content_start += start, span->content_end += start;
    }
  _px_chain_init (&f, text, english, quotes, result);
  toks = _px_clause_tokenize (text, start, end, quotes);
  r = (Reading) { &f, toks, 0, pending };
  read_cues (&r);

  for (guint i = 0; i < pending->len; i++)
    {
      Pending *p = g_ptr_array_index (pending, i);

      add_source_span (spans, toks, p->source_span, english);
      for (guint v = 0; v < p->via_spans->len; v++)
        add_source_span (spans, toks, g_array_index (p->via_spans, PxSpan, v), english);
    }
  _px_chain_clear (&f);
  return spans;
}

