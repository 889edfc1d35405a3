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

static gboolean
match_known (GArray               *toks,
             guint                 a,
             guint                 b,
             const PxKnownSource **found)
{
  for (guint k = 0; k < _px_cue_n_known_sources (); k++)
    {
      GStrv words;
      const PxKnownSource *source = _px_cue_known_source (k, &words);
      guint n = g_strv_length (words);

      for (guint i = a; i + n <= b; i++)
        {
          gboolean ok = TRUE;

          for (guint w = 0; w < n && ok; w++)
            ok = strcmp (TOK (i + w)->text, words[w]) == 0;
          if (ok)
            {
              *found = source;
              return TRUE;
            }
        }
    }
  return FALSE;
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

gboolean
_px_source_classify (GArray     *toks,
                     guint       a,
                     guint       b,
                     const char *text,
                     gboolean    anonymous_hint,
                     Class      *out)
{
  const PxKnownSource *known = NULL;
  g_autofree char *span = NULL;
  g_autofree char *person = NULL;
  gboolean genitive;
  guint content = a;
  guint n_content = 0;
  char gender = '?';

  memset (out, 0, sizeof *out);
  if (b <= a)
    return FALSE;

  genitive = strcmp (TOK (a)->lower, "des") == 0;
  while (content < b && ((_px_cue_in (TOK (content)->lower, PX_CUE_ARTICLES) &&
                          (TOK (content)->flags & T_LOWER || content == a)) ||
                         (TOK (content)->flags & T_QUOTE_MARK)))
    content++;
  for (guint i = content; i < b; i++)
    if (!(TOK (i)->flags & T_QUOTE_MARK))
      n_content++;
  /* A bare pronoun, resolved by the caller. */
  if (b - a == 1 && (strcmp (TOK (a)->lower, "sie") == 0 ||
                     strcmp (TOK (a)->lower, "she") == 0))
    {
      out->ref = REF_PRONOUN;
      out->gender = 'f';
      out->kind = PX_SOURCE_PERSON;
      out->name = g_strdup (TOK (a)->text);
      return TRUE;
    }
  if (n_content == 0)
    return FALSE;

  span = g_strndup (text + TOK (a)->start, TOK (b - 1)->end - TOK (a)->start);

  if (b - a == 1 && (strcmp (TOK (a)->lower, "er") == 0 || strcmp (TOK (a)->lower, "he") == 0))
    {
      out->ref = REF_PRONOUN;
      out->gender = 'm';
      out->kind = PX_SOURCE_PERSON;
      out->name = g_strdup (TOK (a)->text);
      return TRUE;
    }
  if (b - a == 1 && (_px_cue_in (TOK (a)->lower, PX_CUE_NON_SOURCES)))
    return FALSE;

  /* "die Zeitung", "dem Bericht", "the newspaper" */
  if (content > a && n_content == 1 && _px_cue_in (TOK (b - 1)->lower, PX_CUE_BACKREF_WORDS))
    {
      out->ref = REF_BACK;
      out->kind = strstr (TOK (b - 1)->lower, "agentur") != NULL ||
                  strcmp (TOK (b - 1)->lower, "agency") == 0
                  ? PX_SOURCE_AGENCY : PX_SOURCE_OUTLET;
      out->name = _px_source_phrase_name (toks, a, b, text, FALSE);
      return TRUE;
    }

  for (const char * const *m = _px_cue_words (PX_CUE_ANONYMITY_MARKERS); *m != NULL; m++)
    if (strstr (span, *m) != NULL)
      anonymous_hint = TRUE;

  if (match_known (toks, content, b, &known))
    {
      out->kind = anonymous_hint ? PX_SOURCE_ANONYMOUS : known->kind;
      out->name = g_strdup (known->name);
      return TRUE;
    }

  if (anonymous_hint)
    {
      out->kind = PX_SOURCE_ANONYMOUS;
      out->name = _px_source_phrase_name (toks, a, b, text, FALSE);
      return TRUE;
    }

  if (any_token (toks, content, b, PX_CUE_AGENCY_WORDS, PX_CUE_NONE) ||
      (strstr (span, "news agency") != NULL))
    {
      out->kind = PX_SOURCE_AGENCY;
      out->name = name_after_generic (toks, content, b);
      if (out->name == NULL)
        out->name = _px_source_phrase_name (toks, a, b, text, FALSE);
      return TRUE;
    }

  if (any_token (toks, content, b, PX_CUE_OUTLET_SUFFIXES, PX_CUE_OUTLET_WORDS) &&
      !any_token (toks, content, b, PX_CUE_MEDIA_WORDS, PX_CUE_NONE))
    {
      out->kind = PX_SOURCE_OUTLET;
      out->name = name_after_generic (toks, content, b);
      if (out->name == NULL)
        out->name = _px_source_phrase_name (toks, a, b, text, FALSE);
      return TRUE;
    }

  if ((person = _px_source_find_person (toks, content, b, &gender, NULL)))
    {
      out->kind = PX_SOURCE_PERSON;
      out->name = g_steal_pointer (&person);
      out->gender = gender;
      return TRUE;
    }

  if (any_token (toks, content, b, PX_CUE_OFFICIAL_SUFFIXES, PX_CUE_NONE))
    {
      out->kind = PX_SOURCE_OFFICIAL;
      out->name = _px_source_phrase_name (toks, a, b, text, FALSE);
      if (content == a)
        out->name = nominative_plural (out->name);
      return TRUE;
    }

  if (any_token (toks, content, b, PX_CUE_ANONYMOUS_SUFFIXES, PX_CUE_NONE))
    {
      out->kind = PX_SOURCE_ANONYMOUS;
      out->name = _px_source_phrase_name (toks, a, b, text, FALSE);
      if (content == a)
        out->name = nominative_plural (out->name);
      return TRUE;
    }

  if (any_token (toks, content, b, PX_CUE_INSTITUTION_SUFFIXES, PX_CUE_NONE))
    {
      out->kind = PX_SOURCE_INSTITUTION;
      out->name = _px_source_phrase_name (toks, a, b, text, genitive);
      return TRUE;
    }

  if (any_token (toks, content, b, PX_CUE_DOCUMENT_SUFFIXES, PX_CUE_NONE))
    {
      out->kind = PX_SOURCE_ANONYMOUS;
      out->name = _px_source_phrase_name (toks, a, b, text, FALSE);
      return TRUE;
    }

  /* "die USA", "die EU": an acronym after an article is a body, not a role. */
  if (content > a && n_content == 1 && g_utf8_strlen (TOK (b - 1)->text, -1) >= 2)
    {
      g_autofree char *upper = g_utf8_strup (TOK (b - 1)->text, -1);

      if (strcmp (upper, TOK (b - 1)->text) == 0)
        {
          out->kind = PX_SOURCE_INSTITUTION;
          out->name = g_strdup (TOK (b - 1)->text);
          return TRUE;
        }
    }

  /* "der Bauer", "die Vorsitzende", "der Leiter des Stabs": a role that
   * names someone said before.
   */
  if (content > a && _px_clause_is_cap_word (TOK (content)) &&
      _px_cue_in (TOK (a)->lower, PX_CUE_GERMAN_DETERMINERS) &&
      (_px_cue_ends_in (TOK (content)->lower, PX_CUE_TITLE_SUFFIXES) ||
       (n_content == 1 && _px_cue_ends_in_words (TOK (content)->lower, (const char * const[]) {
          "er", "in", "e", "ist", "ent", "ant", "eur", "or", "chef", NULL }))))
    {
      const char *art = TOK (a)->lower;

      out->ref = REF_ROLE;
      out->kind = PX_SOURCE_PERSON;
      out->gender = (strcmp (art, "die") == 0 || strcmp (art, "eine") == 0 ||
                     strcmp (art, "der") != 0) ? 'f' : 'm';
      if (strcmp (art, "der") == 0 || strcmp (art, "ein") == 0)
        out->gender = 'm';
      out->name = _px_source_phrase_name (toks, a, b, text, FALSE);
      return TRUE;
    }

  /* "Selenskyj", "Kim", "Uwe Kramm": capitalised words with no article. */
  if (content == a && n_content <= 3 && !_px_cue_in (TOK (a)->lower, PX_CUE_QUANTIFIERS))
    {
      for (guint i = a; i < b; i++)
        if (!_px_clause_is_name_token (TOK (i)))
          return FALSE;
      out->kind = PX_SOURCE_PERSON;
      out->ref = n_content == 1 ? REF_SURNAME : REF_NONE;
      out->name = _px_source_phrase_name (toks, a, b, text, FALSE);
      out->gender = _px_cue_name_gender (TOK (a)->text);
      return TRUE;
    }

  return FALSE;
}
