/* px-attribution-source.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-attribution-source"

#include "config.h"

#include <string.h>

#include "px-attribution-clause-private.h"
#include "px-attribution-cues-private.h"
#include "px-attribution-source-private.h"

/* What a source phrase is, read on its own: a known outlet or agency, a
 * person with a name, an official, an institution, unnamed sources; or a
 * reference back (a pronoun, "die Zeitung", a role) that the chain builder
 * resolves against what the article said before.
 */

/* Reads a person's name starting at token @i (before @b): after "Dr.", a
 * title or a function word ("Innenministerin Petra Beispiel"), or from a
 * first name we know. Returns the name and its gender, or %NULL.
 */
char *
_px_source_person_at (GArray *toks,
                      guint   i,
                      guint   b,
                      char   *gender,
                      guint  *name_start)
{
  Tok *t = TOK (i);
  gboolean title, first;
  guint s, e;
  GString *name;

  if (!_px_clause_is_cap_word (t))
    return NULL;
  first = _px_cue_is_first_name (t->text);
  _px_clause_classify_name (t);
  title = !first && (t->flags & T_TITLE);
  if (!title && !first)
    return NULL;
  s = first ? i : i + 1;
  e = s;

  /* Skip a second title ("Krisenstabsleiter Dr. Matthias Kröger"). */
  while (e < b && (g_strcmp0 (TOK (e)->text, "Dr.") == 0 ||
                   g_strcmp0 (TOK (e)->text, "Prof.") == 0))
    s = ++e;
  while (e < b && e - s < 3 && _px_clause_is_name_token (TOK (e)))
    e++;
  /* Two words make a name ("Petra Beispiel"): one capitalised word after a
   * function noun is as often a noun as a surname. After a courtesy title
   * one is enough ("Mr. Grove").
   */
  if (e - s < ((title && g_str_has_suffix (t->text, ".")) ? 1u : 2u))
    return NULL;

  name = g_string_new (NULL);
  for (guint k = s; k < e; k++)
    {
      if (k > s)
        g_string_append_c (name, ' ');
      g_string_append (name, TOK (k)->text);
    }

  *gender = _px_cue_name_gender (TOK (s)->text);
  if (*gender == '?' && title)
    *gender = (g_str_has_suffix (t->lower, "in") || strcmp (t->lower, "frau") == 0 ||
               strcmp (t->lower, "ms.") == 0 || strcmp (t->lower, "mrs.") == 0)
              ? 'f' : 'm';
  if (name_start != NULL)
    *name_start = s;
  return g_string_free (name, FALSE);
}

/* Finds a person's name in tokens [a, b), see _px_source_person_at(). */
char *
_px_source_find_person (GArray *toks,
                        guint   a,
                        guint   b,
                        char   *gender,
                        guint  *name_start)
{
  for (guint i = a; i < b; i++)
    {
      char *name = _px_source_person_at (toks, i, b, gender, name_start);

      if (name != NULL)
        return name;
    }
  return NULL;
}

static char *
strip_genitive (const char *word)
{
  gsize len = strlen (word);

  if (len > 4 && g_str_has_suffix (word, "es"))
    {
      gunichar before = g_utf8_get_char (g_utf8_prev_char (word + len - 2));

      if (!strchr ("aeiouäöü", (int)(before < 128 ? before : 'a')))
        return g_strndup (word, len - 2);
    }
  if (len > 3 && g_str_has_suffix (word, "s") && !g_str_has_suffix (word, "ss"))
    return g_strndup (word, len - 1);
  return g_strdup (word);
}

void
_px_source_class_clear (Class *c)
{
  g_clear_pointer (&c->name, g_free);
}

/* The phrase [a, b) without leading articles and without quotation marks. */
char *
_px_source_phrase_name (GArray      *toks,
                        guint        a,
                        guint        b,
                        const char  *text,
                        gboolean     genitive)
{
  GString *s = g_string_new (NULL);
  guint first = a;

  while (first < b && (_px_cue_in (TOK (first)->lower, PX_CUE_ARTICLES) ||
                       (TOK (first)->flags & T_QUOTE_MARK)) &&
         (TOK (first)->flags & (T_LOWER | T_QUOTE_MARK) || first == a))
    first++;

  for (guint i = first; i < b; i++)
    {
      Tok *t = TOK (i);

      if (t->flags & T_QUOTE_MARK)
        continue;
      if (s->len > 0 && !(i > first && TOK (i - 1)->end == t->start &&
                          !(TOK (i - 1)->flags & T_QUOTE_MARK)))
        g_string_append_c (s, ' ');
      if (genitive && i + 1 == b)
        {
          g_autofree char *stem = strip_genitive (t->text);
          g_string_append (s, stem);
        }
      else
        g_string_append (s, t->text);
    }

  if (s->len == 0)
    {
      g_string_free (s, TRUE);
      return NULL;
    }
  return g_string_free (s, FALSE);
}

/* "Medienberichten zufolge", "aus Regierungskreisen": a dative plural with
 * no article names the same sources as "Medienberichte", "Regierungskreise".
 */
static char *
nominative_plural (char *name)
{
  g_auto(GStrv) words = NULL;
  guint n;

  if (name == NULL)
    return NULL;
  words = g_strsplit (name, " ", -1);
  n = g_strv_length (words);
  if (n == 0)
    return name;
  {
    g_autofree char *last = g_utf8_strdown (words[n - 1], -1);

    if (!g_str_has_suffix (last, "berichten") && !g_str_has_suffix (last, "kreisen"))
      return name;
  }

  for (guint i = 0; i < n; i++)
    {
      gsize len = strlen (words[i]);
      gboolean lower = g_unichar_islower (g_utf8_get_char (words[i]));

      if ((i + 1 == n || lower) && len > 3 && g_str_has_suffix (words[i], "en"))
        words[i][len - 1] = '\0';
    }
  g_free (name);
  return g_strjoinv (" ", words);
}

/* The first known source, in the table's order, named in tokens [a, b). */
static gboolean
match_known (GArray               *toks,
             guint                 a,
             guint                 b,
             const PxKnownSource **found)
{
  guint best = G_MAXUINT;

  for (guint i = a; i < b; i++)
    {
      const GArray *starting = _px_cue_known_starting (TOK (i)->text);

      for (guint s = 0; starting != NULL && s < starting->len; s++)
        {
          guint k = g_array_index (starting, guint, s);
          GStrv words;
          guint n;
          gboolean ok = TRUE;

          if (k >= best)
            break;
          _px_cue_known_source (k, &words);
          n = g_strv_length (words);
          for (guint w = 1; w < n && ok; w++)
            ok = i + w < b && strcmp (TOK (i + w)->text, words[w]) == 0;
          if (ok)
            {
              best = k;
              break;
            }
        }
    }
  if (best == G_MAXUINT)
    return FALSE;
  {
    GStrv words;

    *found = _px_cue_known_source (best, &words);
  }
  return TRUE;
}

static gboolean
any_token (GArray    *toks,
           guint      a,
           guint      b,
           PxCueList  suffixes,
           PxCueList  words)
{
  for (guint i = a; i < b; i++)
    {
      Tok *t = TOK (i);

      if (t->flags & (T_PUNCT | T_QUOTE_MARK))
        continue;
      if (suffixes != PX_CUE_NONE && _px_cue_ends_in (t->lower, suffixes))
        return TRUE;
      if (words != PX_CUE_NONE && _px_cue_in (t->lower, words))
        return TRUE;
    }
  return FALSE;
}

/* "die Nachrichtenagentur Xinhua", "der Sender WDR": the name after a
 * generic word is the source's name.
 */
static char *
name_after_generic (GArray *toks,
                    guint   a,
                    guint   b)
{
  static const char * const generic[] = {
    "nachrichtenagentur", "presseagentur", "agentur", "sender", "zeitung",
    "magazin", "blatt", "fernsehsender", "radiosender", "newspaper",
    "broadcaster", "agency", NULL
  };

  for (guint i = a; i + 1 < b; i++)
    if (_px_cue_in_words (TOK (i)->lower, generic) ||
        _px_cue_ends_in (TOK (i)->lower, PX_CUE_GENERIC_SUFFIXES))
      {
        GString *name = g_string_new (NULL);

        for (guint k = i + 1;
             k < b && (_px_clause_is_cap_word (TOK (k)) || (TOK (k)->flags & T_QUOTE_MARK));
             k++)
          {
            if (TOK (k)->flags & T_QUOTE_MARK)
              continue;
            if (name->len > 0)
              g_string_append_c (name, ' ');
            g_string_append (name, TOK (k)->text);
          }
        if (name->len > 0)
          return g_string_free (name, FALSE);
        g_string_free (name, TRUE);
      }
  return NULL;
}

/* A source phrase [a, b) of the tokens, as the classifier reads it. */
typedef struct
{
  GArray     *toks;
  guint       a;
  guint       b;
  const char *text;
  guint       content;    /* the first token after articles and marks */
  guint       n_content;  /* tokens from @content on, marks not counted */
} Phrase;

static char *
phrase_name (Phrase   *ph,
             gboolean  genitive)
{
  return _px_source_phrase_name (ph->toks, ph->a, ph->b, ph->text, genitive);
}

/* A bare pronoun, resolved by the caller. */
static gboolean
pronoun (Phrase     *ph,
         const char *german,
         const char *english,
         char        gender,
         Class      *out)
{
  GArray *toks = ph->toks;

  if (ph->b - ph->a != 1 || (strcmp (TOK (ph->a)->lower, german) != 0 &&
                             strcmp (TOK (ph->a)->lower, english) != 0))
    return FALSE;
  out->ref = REF_PRONOUN;
  out->gender = gender;
  out->kind = PX_SOURCE_PERSON;
  out->name = g_strdup (TOK (ph->a)->text);
  return TRUE;
}

/* "die Zeitung", "dem Bericht", "the newspaper" */
static gboolean
back_reference (Phrase *ph,
                Class  *out)
{
  GArray *toks = ph->toks;
  const char *last = TOK (ph->b - 1)->lower;

  if (!(ph->content > ph->a && ph->n_content == 1 && _px_cue_in (last, PX_CUE_BACKREF_WORDS)))
    return FALSE;
  out->ref = REF_BACK;
  out->kind = strstr (last, "agentur") != NULL || strcmp (last, "agency") == 0
              ? PX_SOURCE_AGENCY : PX_SOURCE_OUTLET;
  out->name = phrase_name (ph, FALSE);
  return TRUE;
}

/* An outlet or agency by its name or by the word that introduces it
 * ("die Nachrichtenagentur Xinhua"), unless the phrase says it is unnamed.
 */
static gboolean
by_name (Phrase     *ph,
         const char *span,
         gboolean    anonymous_hint,
         Class      *out)
{
  GArray *toks = ph->toks;
  const PxKnownSource *known = NULL;
  g_autofree char *person = NULL;
  char gender = '?';

  for (const char * const *m = _px_cue_words (PX_CUE_ANONYMITY_MARKERS); *m != NULL; m++)
    if (strstr (span, *m) != NULL)
      anonymous_hint = TRUE;

  if (match_known (toks, ph->content, ph->b, &known))
    {
      out->kind = anonymous_hint ? PX_SOURCE_ANONYMOUS : known->kind;
      out->name = g_strdup (known->name);
      return TRUE;
    }
  if (anonymous_hint)
    {
      out->kind = PX_SOURCE_ANONYMOUS;
      out->name = phrase_name (ph, FALSE);
      return TRUE;
    }
  if (any_token (toks, ph->content, ph->b, PX_CUE_AGENCY_WORDS, PX_CUE_NONE) ||
      (strstr (span, "news agency") != NULL))
    out->kind = PX_SOURCE_AGENCY;
  else if (any_token (toks, ph->content, ph->b, PX_CUE_OUTLET_SUFFIXES, PX_CUE_OUTLET_WORDS) &&
           !any_token (toks, ph->content, ph->b, PX_CUE_MEDIA_WORDS, PX_CUE_NONE))
    out->kind = PX_SOURCE_OUTLET;
  else if ((person = _px_source_find_person (toks, ph->content, ph->b, &gender, NULL)))
    {
      out->kind = PX_SOURCE_PERSON;
      out->name = g_steal_pointer (&person);
      out->gender = gender;
      return TRUE;
    }
  else
    return FALSE;

  out->name = name_after_generic (toks, ph->content, ph->b);
  if (out->name == NULL)
    out->name = phrase_name (ph, FALSE);
  return TRUE;
}

/* Officials, unnamed sources, institutions and documents by the noun that
 * names them ("Regierungskreise", "das Ministerium", "ein Papier").
 */
static gboolean
by_noun (Phrase *ph,
         Class  *out)
{
  GArray *toks = ph->toks;
  guint c = ph->content, b = ph->b;

  if (any_token (toks, c, b, PX_CUE_OFFICIAL_SUFFIXES, PX_CUE_NONE))
    out->kind = PX_SOURCE_OFFICIAL;
  else if (any_token (toks, c, b, PX_CUE_ANONYMOUS_SUFFIXES, PX_CUE_NONE))
    out->kind = PX_SOURCE_ANONYMOUS;
  else if (any_token (toks, c, b, PX_CUE_INSTITUTION_SUFFIXES, PX_CUE_NONE))
    {
      out->kind = PX_SOURCE_INSTITUTION;
      out->name = phrase_name (ph, strcmp (TOK (ph->a)->lower, "des") == 0);
      return TRUE;
    }
  else if (any_token (toks, c, b, PX_CUE_DOCUMENT_SUFFIXES, PX_CUE_NONE))
    {
      out->kind = PX_SOURCE_ANONYMOUS;
      out->name = phrase_name (ph, FALSE);
      return TRUE;
    }
  else
    return FALSE;

  out->name = phrase_name (ph, FALSE);
  if (c == ph->a)
    out->name = nominative_plural (out->name);
  return TRUE;
}

/* "die USA", "die EU": an acronym after an article is a body, not a role. */
static gboolean
acronym (Phrase *ph,
         Class  *out)
{
  GArray *toks = ph->toks;
  const char *last = TOK (ph->b - 1)->text;
  g_autofree char *upper = NULL;

  if (!(ph->content > ph->a && ph->n_content == 1 && g_utf8_strlen (last, -1) >= 2))
    return FALSE;
  upper = g_utf8_strup (last, -1);
  if (strcmp (upper, last) != 0)
    return FALSE;
  out->kind = PX_SOURCE_INSTITUTION;
  out->name = g_strdup (last);
  return TRUE;
}

/* "der Bauer", "die Vorsitzende", "der Leiter des Stabs": a role that
 * names someone said before.
 */
static gboolean
role (Phrase *ph,
      Class  *out)
{
  static const char * const role_endings[] = {
    "er", "in", "e", "ist", "ent", "ant", "eur", "or", "chef", NULL
  };
  GArray *toks = ph->toks;
  const char *head = TOK (ph->content)->lower;
  const char *art = TOK (ph->a)->lower;

  if (!(ph->content > ph->a && _px_clause_is_cap_word (TOK (ph->content)) &&
        _px_cue_in (art, PX_CUE_GERMAN_DETERMINERS) &&
        (_px_cue_ends_in (head, PX_CUE_TITLE_SUFFIXES) ||
         (ph->n_content == 1 && _px_cue_ends_in_words (head, role_endings)))))
    return FALSE;
  out->ref = REF_ROLE;
  out->kind = PX_SOURCE_PERSON;
  out->gender = (strcmp (art, "die") == 0 || strcmp (art, "eine") == 0 ||
                 strcmp (art, "der") != 0) ? 'f' : 'm';
  if (strcmp (art, "der") == 0 || strcmp (art, "ein") == 0)
    out->gender = 'm';
  out->name = phrase_name (ph, FALSE);
  return TRUE;
}

/* "Selenskyj", "Kim", "Uwe Kramm": capitalised words with no article. */
static gboolean
bare_name (Phrase *ph,
           Class  *out)
{
  GArray *toks = ph->toks;

  if (!(ph->content == ph->a && ph->n_content <= 3 &&
        !_px_cue_in (TOK (ph->a)->lower, PX_CUE_QUANTIFIERS)))
    return FALSE;
  for (guint i = ph->a; i < ph->b; i++)
    if (!_px_clause_is_name_token (TOK (i)))
      return FALSE;
  out->kind = PX_SOURCE_PERSON;
  out->ref = ph->n_content == 1 ? REF_SURNAME : REF_NONE;
  out->name = phrase_name (ph, FALSE);
  out->gender = _px_cue_name_gender (TOK (ph->a)->text);
  return TRUE;
}

/**
 * _px_source_classify:
 * @toks: a sentence's tokens
 * @a: the phrase's first token
 * @b: the token after it
 * @text: the text the tokens point into
 * @anonymous_hint: whether the context already says the source is unnamed
 *   ("ein Beamter, der anonym bleiben wollte")
 * @out: (out caller-allocates): the class; clear it with
 *   _px_source_class_clear()
 *
 * Returns: whether the phrase names a source at all
 */
gboolean
_px_source_classify (GArray     *toks,
                     guint       a,
                     guint       b,
                     const char *text,
                     gboolean    anonymous_hint,
                     Class      *out)
{
  Phrase ph = { toks, a, b, text, a, 0 };
  g_autofree char *span = NULL;

  memset (out, 0, sizeof *out);
  if (b <= a)
    return FALSE;

  while (ph.content < b && ((_px_cue_in (TOK (ph.content)->lower, PX_CUE_ARTICLES) &&
                             (TOK (ph.content)->flags & T_LOWER || ph.content == a)) ||
                            (TOK (ph.content)->flags & T_QUOTE_MARK)))
    ph.content++;
  for (guint i = ph.content; i < b; i++)
    if (!(TOK (i)->flags & T_QUOTE_MARK))
      ph.n_content++;

  if (pronoun (&ph, "sie", "she", 'f', out))
    return TRUE;
  if (ph.n_content == 0)
    return FALSE;
  if (pronoun (&ph, "er", "he", 'm', out))
    return TRUE;
  if (b - a == 1 && (_px_cue_in (TOK (a)->lower, PX_CUE_NON_SOURCES)))
    return FALSE;
  if (back_reference (&ph, out))
    return TRUE;

  span = g_strndup (text + TOK (a)->start, TOK (b - 1)->end - TOK (a)->start);
  return by_name (&ph, span, anonymous_hint, out) || by_noun (&ph, out) ||
         acronym (&ph, out) || role (&ph, out) || bare_name (&ph, out);
}
