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
  guint n = toks->len;
  guint first_mention = f->mentions->len;

  _px_chain_scan_mentions (f, toks, index);

  for (guint i = 0; i < n; i++)
    {
      Tok *t = TOK (i);
      Pending *p = NULL;
      guint src_end = 0;

      if (t->flags & (T_IN_QUOTE | T_PUNCT))
        continue;

      /* "laut X" */
      if (strcmp (t->lower, "laut") == 0 && i + 1 < n && !f->english)
        {
          guint e = _px_clause_np_forward (toks, i + 1, FALSE);

          p = _px_chain_pending_new (t->text, _px_clause_span (toks, i, i + 1));
          if (e > i + 1 && _px_chain_resolve (f, toks, i + 1, e, index, FALSE, FALSE, p))
            {
              if (e < n && strcmp (TOK (e)->text, ",") == 0 && f->english == FALSE)
                _px_chain_apposition (f, toks, e, index, p);
              g_ptr_array_add (pending, p);
              i = e - 1;
              continue;
            }
          _px_chain_pending_free (p);
          continue;
        }

      /* "X zufolge" */
      if (strcmp (t->lower, "zufolge") == 0)
        {
          guint a = _px_clause_np_backward (toks, i);

          p = _px_chain_pending_new (t->text, _px_clause_span (toks, i, i + 1));
          if (a < i && _px_chain_resolve (f, toks, a, i, index, FALSE, FALSE, p))
            g_ptr_array_add (pending, p);
          else
            _px_chain_pending_free (p);
          continue;
        }

      /* "according to X" */
      if (strcmp (t->lower, "according") == 0 && _px_clause_token_is (toks, i + 1, "to"))
        {
          guint e = _px_clause_np_forward (toks, i + 2, TRUE);

          p = _px_chain_pending_new ("according to", _px_clause_span (toks, i, i + 2));
          if (e > i + 2 && _px_chain_resolve (f, toks, i + 2, e, index, FALSE, FALSE, p))
            {
              g_ptr_array_add (pending, p);
              i = e - 1;
            }
          else
            _px_chain_pending_free (p);
          continue;
        }

      /* "nach Angaben des Landkreises", "nach Blickpunkt24-Informationen" */
      if (strcmp (t->lower, "nach") == 0 && i + 1 < n)
        {
          static const char * const nouns[] = {
            "angaben", "informationen", "darstellung", "aussage", "aussagen",
            "auskunft", "worten", "erkenntnissen", "einschätzung", "recherchen",
            NULL
          };
          Tok *u = TOK (i + 1);
          g_autofree char *cue = NULL;

          if (_px_cue_in_words (u->lower, nouns))
            {
              guint a = i + 2;
              guint e;

              if (a < n && _px_cue_in (TOK (a)->lower, PX_CUE_FROM_WORDS))
                a++;
              e = _px_clause_np_forward (toks, a, FALSE);
              cue = g_strdup_printf ("%s %s", t->text, u->text);
              p = _px_chain_pending_new (cue, _px_clause_span (toks, i, i + 2));
              if (e > a && _px_chain_resolve (f, toks, a, e, index, FALSE, FALSE, p))
                {
                  /* "nach Angaben der Betreiber": a genitive, not someone
                   * named before.
                   */
                  if (p->kind == PX_SOURCE_PERSON && !p->named)
                    {
                      g_free (p->name);
                      p->name = _px_source_phrase_name (toks, a, e, f->text, FALSE);
                      p->kind = PX_SOURCE_ANONYMOUS;
                    }
                  g_ptr_array_add (pending, p);
                  i = e - 1;
                }
              else
                _px_chain_pending_free (p);
              continue;
            }
          for (guint k = 0; nouns[k] != NULL; k++)
            {
              const char *suffix = nouns[k];
              gsize ul = strlen (u->lower), sl = strlen (suffix);

              if (ul > sl + 1 && g_str_has_suffix (u->lower, suffix) && _px_clause_is_cap_word (u))
                {
                  g_autofree char *prefix = g_strndup (u->text, strlen (u->text) - sl);
                  PxSourceKind kind;
                  g_autofree char *name = NULL;

                  if (g_str_has_suffix (prefix, "-"))
                    prefix[strlen (prefix) - 1] = '\0';
                  cue = g_strdup_printf ("%s %s", t->text, u->text);
                  p = _px_chain_pending_new (cue, _px_clause_span (toks, i, i + 2));
                  p->source = g_strdup (prefix);
                  p->source_span.start = u->start;
                  p->source_span.end = u->start + strlen (prefix);
                  /* "nach SZ-Informationen": an outlet's own reporting,
                   * unless the prefix says otherwise ("Polizeiangaben").
                   */
                  if (px_attribution_classify_source (prefix, &kind, &name) &&
                      kind != PX_SOURCE_PERSON)
                    {
                      p->kind = kind;
                      p->name = g_steal_pointer (&name);
                    }
                  else
                    {
                      p->kind = PX_SOURCE_OUTLET;
                      p->name = g_strdup (prefix);
                    }
                  g_ptr_array_add (pending, p);
                  break;
                }
            }
          continue;
        }

      /* "…“, so Jaschke" */
      if (strcmp (t->lower, "so") == 0 && i > 0 && i + 1 < n &&
          (strcmp (TOK (i - 1)->text, ",") == 0 || (TOK (i - 1)->flags & T_QUOTE_MARK)) &&
          (_px_clause_is_cap_word (TOK (i + 1)) ||
           _px_cue_in (TOK (i + 1)->lower, PX_CUE_ARTICLES) ||
           _px_cue_in (TOK (i + 1)->lower, PX_CUE_QUANTIFIERS)))
        {
          guint e = _px_clause_np_forward (toks, i + 1, FALSE);

          p = _px_chain_pending_new (t->text, _px_clause_span (toks, i, i + 1));
          if (e > i + 1 && _px_chain_resolve (f, toks, i + 1, e, index, FALSE, FALSE, p))
            {
              _px_chain_apposition (f, toks, e, index, p);
              g_ptr_array_add (pending, p);
              i = e - 1;
            }
          else
            _px_chain_pending_free (p);
          continue;
        }

      /* "reportedly": from reports nobody names. */
      if (f->english && strcmp (t->lower, "reportedly") == 0)
        {
          p = _px_chain_pending_new (t->text, _px_clause_span (toks, i, i + 1));
          p->kind = PX_SOURCE_ANONYMOUS;
          g_ptr_array_add (pending, p);
          continue;
        }

      /* "The association criticised the plan, saying …": the speaker is
       * the subject of the sentence.
       */
      if (f->english && strcmp (t->lower, "saying") == 0 && i > 0 &&
          strcmp (TOK (i - 1)->text, ",") == 0 && pending->len == 0)
        {
          guint e = _px_clause_np_forward (toks, 0, TRUE);

          p = _px_chain_pending_new (t->text, _px_clause_span (toks, i, i + 1));
          if (e > 0 && _px_chain_resolve (f, toks, 0, e, index, FALSE, FALSE, p))
            g_ptr_array_add (pending, p);
          else
            _px_chain_pending_free (p);
          continue;
        }

      /* "demnach": from the outlet named last. */
      if (strcmp (t->lower, "demnach") == 0 && f->last_outlet != NULL)
        {
          p = _px_chain_pending_new (t->text, _px_clause_span (toks, i, i + 1));
          p->source = g_strdup (t->text);
          p->source_span = p->cue_span;
          p->name = g_strdup (f->last_outlet);
          p->kind = f->last_outlet_kind;
          g_ptr_array_add (pending, p);
          continue;
        }

      /* Reporting verbs */
      if (_px_cue_is_verb (t->lower) && (t->flags & T_LOWER))
        {
          const char *particle = _px_cue_verb_particle (t->lower);
          gboolean plural = g_str_has_suffix (t->lower, "en") && !f->english;
          g_autofree char *cue = NULL;
          PxSpan cue_span = _px_clause_span (toks, i, i + 1);
          guint particle_at = 0;
          gboolean english_form = g_str_has_suffix (t->lower, "ed") ||
                                  _px_cue_in (t->lower, PX_CUE_ENGLISH_IRREGULAR) ||
                                  (g_str_has_suffix (t->lower, "s") &&
                                   !g_str_has_suffix (t->lower, "es"));

          if (f->english != english_form && !(f->english && g_str_has_suffix (t->lower, "s")))
            {
              /* A German form in English text or the other way round: a
               * name or a loan word, not a cue.
               */
              if (f->english || g_str_has_suffix (t->lower, "ed") || strcmp (t->lower, "said") == 0)
                continue;
            }

          if (particle != NULL)
            {
              for (guint k = i + 1; k < n && k < i + 14; k++)
                {
                  if (TOK (k)->flags & (T_PUNCT | T_IN_QUOTE))
                    break;
                  if (strcmp (TOK (k)->lower, particle) == 0)
                    {
                      particle_at = k;
                      break;
                    }
                }
              /* "es heißt" with the particle in front */
              if (particle_at == 0 && i > 0 && strcmp (TOK (i - 1)->lower, particle) == 0 &&
                  strcmp (particle, "es") == 0)
                particle_at = i - 1;
              if (particle_at == 0)
                continue;
              cue = g_strdup_printf ("%s %s", t->text, TOK (particle_at)->text);
            }
          else
            cue = g_strdup (t->text);

          if (plural && !f->english && _px_clause_governed_infinitive (toks, i))
            continue;
          /* "the Ledger was told": the writer was told, by someone else. */
          if (f->english && i > 0 && _px_cue_in (TOK (i - 1)->lower, PX_CUE_PASSIVE_AUXILIARIES))
            continue;
          if (f->english && strcmp (t->lower, "reports") == 0 && i > 0 &&
              _px_cue_in (TOK (i - 1)->lower, PX_CUE_REPORT_NOUN_CONTEXT))
            continue;

          p = _px_chain_pending_new (cue, cue_span);

          /* "heißt es (in dem Bericht | aus Regierungskreisen)" */
          if (particle != NULL && strcmp (particle, "es") == 0)
            {
              guint a = MAX (i, particle_at) + 1;
              guint e;

              if (a < n && _px_cue_in (TOK (a)->lower, PX_CUE_HEISST_PREPS))
                {
                  gboolean im = strcmp (TOK (a)->lower, "im") == 0 ||
                                strcmp (TOK (a)->lower, "vom") == 0;

                  a++;
                  e = _px_clause_np_forward (toks, a, FALSE);
                  if (e > a && im && e == a + 1 &&
                      _px_cue_in (TOK (a)->lower, PX_CUE_BACKREF_WORDS) &&
                      f->last_outlet != NULL)
                    {
                      p->source = span_text (f, _px_clause_span (toks, a, e));
                      p->source_span = _px_clause_span (toks, a, e);
                      p->name = g_strdup (f->last_outlet);
                      p->kind = f->last_outlet_kind;
                      g_ptr_array_add (pending, p);
                      i = e - 1;
                      continue;
                    }
                  if (e > a && _px_chain_resolve (f, toks, a, e, index, FALSE, FALSE, p))
                    {
                      g_ptr_array_add (pending, p);
                      i = e - 1;
                      continue;
                    }
                }
              p->kind = PX_SOURCE_ANONYMOUS;
              g_ptr_array_add (pending, p);
              continue;
            }

          Resolver r = { f, toks, index, plural, p };

          if (_px_verb_source (toks, i, f->text, f->english, try_source, &r, &src_end))
            {
              Pending *first = p;

              _px_chain_apposition (f, toks, src_end, index, p);
              g_ptr_array_add (pending, p);

              /* "Die «Hafenpost» und der «Abendkurier» meldeten übereinstimmend" */
              if (src_end < n && _px_cue_in (TOK (src_end)->lower, PX_CUE_COORDINATORS))
                {
                  guint a = src_end + 1;
                  guint e = _px_clause_np_forward (toks, a, f->english);
                  Pending *q = _px_chain_pending_new (cue, cue_span);

                  if (e > a && _px_chain_resolve (f, toks, a, e, index, plural, FALSE, q) &&
                      q->kind != PX_SOURCE_ANONYMOUS && first->kind != PX_SOURCE_ANONYMOUS)
                    g_ptr_array_add (pending, q);
                  else
                    _px_chain_pending_free (q);
                }
            }
          else
            _px_chain_pending_free (p);
          continue;
        }
    }

  _px_chain_attach_vias (f, toks, pending);

  /* Indirect speech with no cue of its own continues the attribution of the
   * sentences just before.
   */
  if (pending->len == 0 && !f->english && _px_clause_has_konjunktiv (toks))
    {
      PxSpan empty = { 0, 0 };
      Pending *p = _px_chain_pending_new ("Konjunktiv I", empty);

      guint k1 = _px_clause_konjunktiv_at (toks);
      const Mention *own = NULL;

      /* "Blinken hatte angedeutet, dass es Bewegung gebe": the speaker is
       * named in the sentence itself.
       */
      for (guint m = first_mention; m < f->mentions->len; m++)
        if (g_array_index (f->mentions, Mention, m).pos < TOK (k1)->start)
          own = &g_array_index (f->mentions, Mention, m);

      p->kind = PX_SOURCE_ANONYMOUS;
      if (own != NULL)
        {
          p->source = g_strdup (own->name);
          p->name = g_strdup (own->name);
          p->kind = PX_SOURCE_PERSON;
          p->source_span.start = own->pos;
          p->source_span.end = own->pos + strlen (own->name);
        }
      else for (guint k = f->result->len; k > 0; k--)
        {
          const PxAttribution *last = g_ptr_array_index (f->result, k - 1);

          if (*last_attributed != G_MAXUINT && px_attribution_get_sentence (last) + 3 >= index)
            {
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
          break;
        }
      g_ptr_array_add (pending, p);
    }

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
  Finder f = { 0, };

  result = g_ptr_array_new_with_free_func ((GDestroyNotify)px_attribution_unref);
  f.text = px_article_get_text (article);
  f.english = g_strcmp0 (px_article_get_language (article), "en") == 0;
  f.quotes = px_quote_scan (f.text, px_article_get_text_length (article));
  f.result = result;
  f.mentions = g_array_new (FALSE, FALSE, sizeof (Mention));
  g_array_set_clear_func (f.mentions, (GDestroyNotify)_px_chain_mention_clear);

  sentences = px_article_get_sentences (article, &n_sentences);
  for (guint i = 0; i < n_sentences; i++)
    {
      if (sentences[i].kind != PX_SENTENCE_BODY)
        continue;
      find_in_sentence (&f, i, sentences[i].start, sentences[i].end, &last_attributed);
    }

  g_array_unref (f.quotes);
  g_array_unref (f.mentions);
  g_free (f.last_outlet);
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
 * quotation marks, or a "dass"/"that" clause after a reporting verb.
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

  if (!english && _px_clause_has_konjunktiv (toks))
    return TRUE;

  for (guint i = 0; i + 1 < toks->len; i++)
    {
      Tok *t = TOK (i);

      if (t->flags & T_IN_QUOTE || !_px_cue_is_verb (t->lower))
        continue;
      for (guint k = i + 1; k < toks->len && k < i + 4; k++)
        if (strcmp (TOK (k)->lower, english ? "that" : "dass") == 0)
          return TRUE;
    }
  return FALSE;
}
