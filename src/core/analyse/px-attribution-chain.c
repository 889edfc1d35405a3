/* px-attribution-chain.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-attribution-chain"

#include "config.h"

#include <string.h>

#include "px-attribution-chain-private.h"
#include "px-attribution-clause-private.h"
#include "px-attribution-cues-private.h"
#include "px-attribution-source-private.h"

/* Chain building: the attributions of a sentence are pending while it is
 * read, each with its cue, its source and what that source cites (via);
 * a source that only refers ("sie", "die Zeitung", "der Bauer") is resolved
 * against the persons and outlets the article named before.
 */

void
_px_chain_pending_free (Pending *p)
{
  g_free (p->cue);
  g_free (p->source);
  g_free (p->name);
  g_ptr_array_unref (p->via_texts);
  g_array_unref (p->via_kinds);
  g_array_unref (p->via_spans);
  g_free (p);
}

/* Resolution against what the article said before */

void
_px_chain_add_mention (Finder     *f,
                       guint       pos,
                       guint       sentence,
                       const char *name,
                       char        gender)
{
  Mention m = { 0, };
  const char *space = strrchr (name, ' ');
  const char *first_space = strchr (name, ' ');

  m.pos = pos;
  m.sentence = sentence;
  m.name = g_strdup (name);
  m.last = g_strdup (space != NULL ? space + 1 : name);
  m.gender = gender;
  g_array_append_val (f->mentions, m);

  /* By first word, then by last, as later mentions win. */
  if (first_space != NULL)
    g_hash_table_insert (f->surnames, g_strndup (name, first_space - name), g_strdup (name));
  g_hash_table_insert (f->surnames, g_strdup (m.last), g_strdup (name));
}

/* The state of a finder over @text, whose attributions go to @result. */
void
_px_chain_init (Finder     *f,
                const char *text,
                gboolean    english,
                GArray     *quotes,
                GPtrArray  *result)
{
  memset (f, 0, sizeof *f);
  f->text = text;
  f->english = english;
  f->quotes = quotes;
  f->result = result;
  f->mentions = g_array_new (FALSE, FALSE, sizeof (Mention));
  g_array_set_clear_func (f->mentions, (GDestroyNotify)_px_chain_mention_clear);
  f->surnames = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

void
_px_chain_clear (Finder *f)
{
  g_clear_pointer (&f->mentions, g_array_unref);
  g_clear_pointer (&f->surnames, g_hash_table_unref);
  g_clear_pointer (&f->last_outlet, g_free);
}

/* Before reading @sentence: persons named more than five sentences ago
 * are no longer what a pronoun points to.
 */
void
_px_chain_forget (Finder *f,
                  guint   sentence)
{
  guint old = 0;

  while (old < f->mentions->len &&
         g_array_index (f->mentions, Mention, old).sentence + 5 < sentence)
    old++;
  if (old > 0)
    g_array_remove_range (f->mentions, 0, old);
}

void
_px_chain_mention_clear (Mention *m)
{
  g_free (m->name);
  g_free (m->last);
}

static const Mention *
latest_person (Finder *f,
               guint   pos,
               guint   sentence,
               char    gender)
{
  const Mention *best = NULL;

  for (guint i = 0; i < f->mentions->len; i++)
    {
      const Mention *m = &g_array_index (f->mentions, Mention, i);

      if (m->pos >= pos || m->sentence + 5 < sentence)
        continue;
      if (gender != '?' && m->gender != '?' && m->gender != gender)
        continue;
      if (best == NULL || m->pos >= best->pos)
        best = m;
    }
  return best;
}

void
_px_chain_scan_mentions (Finder *f,
                         GArray *toks,
                         guint   sentence)
{
  guint i = 0;

  while (i < toks->len)
    {
      char gender = '?';
      guint start = 0;
      guint end = MIN (toks->len, i + 6);
      g_autofree char *name = NULL;

      if (TOK (i)->flags & T_IN_QUOTE)
        {
          i++;
          continue;
        }
      for (guint k = i; k < end; k++)
        if (TOK (k)->flags & (T_PUNCT | T_IN_QUOTE))
          {
            end = k;
            break;
          }

      name = _px_source_person_at (toks, i, end, &gender, &start);
      if (name != NULL)
        {
          _px_chain_add_mention (f, TOK (start)->start, sentence, name, gender);
          i = start + 1;
        }
      else
        i++;
    }
}

Pending *
_px_chain_pending_new (const char *cue,
                       PxSpan      cue_span)
{
  Pending *p = g_new0 (Pending, 1);

  p->cue = g_strdup (cue);
  p->cue_span = cue_span;
  p->via_texts = g_ptr_array_new_with_free_func (g_free);
  p->via_kinds = g_array_new (FALSE, FALSE, sizeof (PxSourceKind));
  p->via_spans = g_array_new (FALSE, FALSE, sizeof (PxSpan));
  return p;
}

/* "sie", "er": the person of that gender named last, within five
 * sentences; a plural verb never has a pronoun of ours as subject.
 */
static gboolean
resolve_pronoun (Finder   *f,
                 guint     pos,
                 guint     sentence,
                 gboolean  plural_verb,
                 Class    *c,
                 Pending  *p)
{
  const Mention *m;

  if (plural_verb || (m = latest_person (f, pos, sentence, c->gender)) == NULL)
    return FALSE;
  p->name = g_strdup (m->name);
  return TRUE;
}

/* "eine Anwohnerin" brings in someone new and unnamed; "die Vorsitzende"
 * points back at someone named before; with a plural verb, a role names a
 * group ("die Anwohner berichteten").
 */
static void
resolve_role (Finder     *f,
              Tok        *first,
              guint       sentence,
              gboolean    plural_verb,
              Class      *c,
              Pending    *p)
{
  if (g_str_has_prefix (first->lower, "ein") || plural_verb)
    {
      p->name = g_strdup (c->name);
      p->kind = PX_SOURCE_ANONYMOUS;
    }
  else
    {
      const Mention *m = latest_person (f, first->start, sentence, c->gender);

      p->name = g_strdup (m != NULL ? m->name : c->name);
    }
}

/* A surname alone is the person named with it before: the latest one
 * whose first or last word it is. A lone capitalised word opening the
 * sentence is more likely an adverb ("Gleichzeitig") than a surname nobody
 * introduced.
 */
static gboolean
resolve_surname (Finder  *f,
                 guint    a,
                 Class   *c,
                 Pending *p)
{
  const char *known = g_hash_table_lookup (f->surnames, c->name);

  if (known == NULL && a == 0)
    return FALSE;
  p->name = g_strdup (known != NULL ? known : c->name);
  return TRUE;
}

/* "die Zeitung", "the report": the outlet named last; with none named,
 * "the reports said" stands for unnamed reports.
 */
static void
resolve_back (Finder     *f,
              Tok        *last,
              Class      *c,
              Pending    *p)
{
  if (f->last_outlet != NULL)
    {
      p->name = g_strdup (f->last_outlet);
      p->kind = f->last_outlet_kind;
      return;
    }
  p->name = g_strdup (c->name);
  if (g_str_has_prefix (last->lower, "bericht") || g_str_has_prefix (last->lower, "report"))
    p->kind = PX_SOURCE_ANONYMOUS;
}

/* Classifies [a, b) and resolves references; on success fills @p. */
gboolean
_px_chain_resolve (Finder   *f,
                   GArray   *toks,
                   guint     a,
                   guint     b,
                   guint     sentence,
                   gboolean  plural_verb,
                   gboolean  anonymous_hint,
                   Pending  *p)
{
  Class c;
  gboolean ok = TRUE;

  g_clear_pointer (&p->source, g_free);
  g_clear_pointer (&p->name, g_free);
  memset (&p->source_span, 0, sizeof p->source_span);

  if (!_px_source_classify (toks, a, b, f->text, anonymous_hint, &c))
    return FALSE;

  p->source = g_strndup (f->text + TOK (a)->start, TOK (b - 1)->end - TOK (a)->start);
  p->source_span.start = TOK (a)->start;
  p->source_span.end = TOK (b - 1)->end;
  p->kind = c.kind;

  switch (c.ref)
    {
    case REF_PRONOUN:
      ok = resolve_pronoun (f, TOK (a)->start, sentence, plural_verb, &c, p);
      break;
    case REF_ROLE:
      resolve_role (f, TOK (a), sentence, plural_verb, &c, p);
      break;
    case REF_SURNAME:
      ok = resolve_surname (f, a, &c, p);
      break;
    case REF_BACK:
      resolve_back (f, TOK (b - 1), &c, p);
      break;
    case REF_NONE:
    default:
      p->name = g_strdup (c.name);
      break;
    }

  /* A name written out needs no apposition to say who it is. */
  if (ok)
    p->named = c.kind == PX_SOURCE_PERSON && c.ref != REF_ROLE;
  else
    g_clear_pointer (&p->source, g_free);

  _px_source_class_clear (&c);
  return ok;
}

/* An apposition that names the person behind a function: "sagte der Leiter
 * des Stabs, Dr. Matthias Kröger."
 */
gboolean
_px_chain_apposition (Finder  *f,
                      GArray  *toks,
                      guint    b,
                      guint    sentence,
                      Pending *p)
{
  guint e;
  char gender;
  g_autofree char *name = NULL;

  if (p->named)
    return FALSE;
  /* "der Leiter des Stabs im Landkreis, Dr. Matthias Kröger" */
  for (guint k = b; k < toks->len && k < b + 4; k++)
    {
      if (strcmp (TOK (k)->text, ",") == 0)
        {
          b = k;
          break;
        }
      if (TOK (k)->flags & (T_PUNCT | T_IN_QUOTE))
        break;
    }
  if (b >= toks->len || strcmp (TOK (b)->text, ",") != 0)
    return FALSE;
  e = b + 1;
  while (e < toks->len && !(TOK (e)->flags & (T_PUNCT | T_IN_QUOTE)) && e - b < 6)
    e++;
  if (e != toks->len && strcmp (TOK (e)->text, ".") != 0 && strcmp (TOK (e)->text, ",") != 0)
    return FALSE;
  if (!(name = _px_source_find_person (toks, b + 1, e, &gender, NULL)))
    {
      /* "Dr." marks a name even without a title before it. */
      if (b + 3 < e && strcmp (TOK (b + 1)->text, "Dr.") == 0)
        name = g_strdup_printf ("%s %s", TOK (b + 2)->text, TOK (b + 3)->text);
      else if (e - (b + 1) == 2 && _px_clause_is_name_token (TOK (b + 1)) &&
               _px_clause_is_name_token (TOK (b + 2)))
        name = g_strdup_printf ("%s %s", TOK (b + 1)->text, TOK (b + 2)->text);
      else
        return FALSE;
      gender = _px_cue_name_gender (TOK (b + 1)->text);
    }

  g_free (p->name);
  p->name = g_steal_pointer (&name);
  p->kind = PX_SOURCE_PERSON;
  _px_chain_add_mention (f, TOK (b + 1)->start, sentence, p->name, gender);
  return TRUE;
}

static void
add_via (Finder  *f,
         GArray  *toks,
         guint    a,
         guint    b,
         Pending *p)
{
  Class c;
  g_autofree char *text = _px_source_phrase_name (toks, a, b, f->text, FALSE);
  PxSourceKind kind = PX_SOURCE_ANONYMOUS;
  PxSpan span = _px_clause_span (toks, a, b);

  if (text == NULL)
    return;
  g_array_append_val (p->via_spans, span);
  if (_px_source_classify (toks, a, b, f->text, FALSE, &c))
    {
      kind = c.kind;
      _px_source_class_clear (&c);
    }
  g_ptr_array_add (p->via_texts, g_steal_pointer (&text));
  g_array_append_val (p->via_kinds, kind);
}

void
_px_chain_finish (Finder    *f,
                  GPtrArray *pending,
                  guint      sentence)
{
  for (guint i = 0; i < pending->len; i++)
    {
      Pending *p = g_ptr_array_index (pending, i);
      gboolean dup = FALSE;

      for (guint k = 0; k < i; k++)
        {
          Pending *q = g_ptr_array_index (pending, k);

          if (g_strcmp0 (q->name, p->name) == 0 && q->kind == p->kind)
            dup = TRUE;
        }
      if (dup)
        continue;

      g_ptr_array_add (f->result,
                       px_attribution_new (sentence, p->cue, p->cue_span, p->source,
                                           p->name, p->source_span, p->kind,
                                           (const char * const *)p->via_texts->pdata,
                                           (const PxSourceKind *)p->via_kinds->data,
                                           p->via_texts->len));

      if ((p->kind == PX_SOURCE_OUTLET || p->kind == PX_SOURCE_AGENCY) && p->name != NULL)
        {
          g_free (f->last_outlet);
          f->last_outlet = g_strdup (p->name);
          f->last_outlet_kind = p->kind;
        }
      if (p->kind == PX_SOURCE_PERSON && p->name != NULL &&
          p->source_span.end > p->source_span.start)
        {
          g_auto(GStrv) words = g_strsplit (p->name, " ", 2);

          _px_chain_add_mention (f, p->source_span.start, sentence, p->name,
                                 _px_cue_name_gender (words[0]));
        }
    }
}

void
_px_chain_attach_vias (Finder    *f,
                       GArray    *toks,
                       GPtrArray *pending)
{
  for (guint i = 0; i < toks->len; i++)
    {
      guint a = 0;
      Pending *target = NULL;

      if (TOK (i)->flags & T_IN_QUOTE)
        continue;

      if (_px_clause_token_is (toks, i, "unter") && _px_clause_token_is (toks, i + 1, "berufung") &&
          _px_clause_token_is (toks, i + 2, "auf"))
        a = i + 3;
      else if ((_px_clause_token_is (toks, i, "citing") ||
                _px_clause_token_is (toks, i, "quoting")) && pending->len > 0)
        a = i + 1;
      else if (_px_clause_token_is (toks, i, "sich") && _px_clause_token_is (toks, i + 1, "auf") &&
               i > 0 &&
               (g_str_has_prefix (TOK (i - 1)->lower, "beruf") ||
                g_str_has_prefix (TOK (i - 1)->lower, "berief") ||
                _px_cue_in_words (TOK (i - 1)->lower,
                                  (const char * const[]) { "der", "die", "das", NULL })))
        a = i + 2;
      else
        continue;

      for (guint k = 0; k < pending->len; k++)
        {
          Pending *p = g_ptr_array_index (pending, k);

          if (p->source_span.start <= TOK (i)->start || target == NULL)
            target = p;
        }
      if (target == NULL)
        continue;

      {
        guint e = _px_clause_np_forward (toks, a, f->english);

        if (e > a)
          add_via (f, toks, a, e, target);
      }
    }
}
