/* px-attribution-clause.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-attribution-clause"

#include "config.h"

#include <string.h>

#include "px-attribution-clause-private.h"
#include "px-attribution-cues-private.h"
#include "px-quote-span.h"

/* Tokens */

static void
tok_clear (Tok *t)
{
  g_free (t->text);
  g_free (t->lower);
}

static gboolean
is_quote_char (gunichar c)
{
  switch (c)
    {
    case 0x201E: case 0x201C: case 0x201D: case '"': case 0x00AB:
    case 0x00BB: case 0x201A: case 0x2018: case 0x2019: case 0x2039:
    case 0x203A:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* Whether a token can be part of a person's name; fixed per token, so
 * _px_clause_classify_name() works it out once.
 */
static gboolean
compute_is_name (Tok *t)
{
  const char *w = t->lower;

  if (!(t->flags & T_CAP) || (t->flags & (T_IN_QUOTE | T_PUNCT | T_QUOTE_MARK)))
    return FALSE;
  /* Cheapest tests first: most capitalised words are nouns that fail one. */
  if (strchr (w, '-') != NULL ||
      g_str_has_suffix (w, "ung") || g_str_has_suffix (w, "heit") ||
      g_str_has_suffix (w, "keit") || g_str_has_suffix (w, "schaft") ||
      g_str_has_suffix (w, "tion") || g_str_has_suffix (w, "ium") ||
      g_str_has_suffix (w, "tät") || g_str_has_suffix (w, "ismus") ||
      (t->flags & T_TITLE))
    return FALSE;
  if (_px_cue_in (w, PX_CUE_ARTICLES) || _px_cue_in (w, PX_CUE_PREPOSITIONS) ||
      _px_cue_in (w, PX_CUE_CLAUSE_WORDS))
    return FALSE;
  if (_px_cue_ends_in (w, PX_CUE_TITLE_SUFFIXES) ||
      _px_cue_ends_in (w, PX_CUE_INSTITUTION_SUFFIXES) ||
      _px_cue_ends_in (w, PX_CUE_OUTLET_SUFFIXES))
    return FALSE;
  return TRUE;
}

static void
push_token (GArray     *toks,
            const char *text,
            guint       start,
            guint       end,
            GArray     *quotes)
{
  Tok t = { 0, };
  gunichar first = g_utf8_get_char (text + start);

  t.start = start;
  t.end = end;
  t.text = g_strndup (text + start, end - start);
  t.lower = g_utf8_strdown (t.text, -1);

  if (g_unichar_isupper (first))
    {
      t.flags |= T_CAP;
    }
  else if (g_unichar_islower (first))
    t.flags |= T_LOWER;
  else if (g_unichar_isdigit (first))
    t.flags |= T_DIGIT;
  else
    t.flags |= T_PUNCT;
  if (is_quote_char (first))
    t.flags |= T_QUOTE_MARK;

  /* The spans are in text order and do not overlap: bisect. */
  if (quotes != NULL && quotes->len > 0)
    {
      guint lo = 0, hi = quotes->len;

      while (hi - lo > 1)
        {
          guint mid = (lo + hi) / 2;

          if (g_array_index (quotes, PxQuoteSpan, mid).start <= start)
            lo = mid;
          else
            hi = mid;
        }
      {
        const PxQuoteSpan *span = &g_array_index (quotes, PxQuoteSpan, lo);

        if (start >= span->start && end <= span->end)
          {
            if (span->is_name)
              t.flags |= (t.flags & T_QUOTE_MARK) ? T_NAME_QUOTE : 0;
            else
              t.flags |= T_IN_QUOTE;
          }
      }
    }

  g_array_append_val (toks, t);
}

GArray *
_px_clause_tokenize (const char *text,
                     guint       start,
                     guint       end,
                     GArray     *quotes)
{
  GArray *toks = g_array_new (FALSE, FALSE, sizeof (Tok));
  guint p = start;

  g_array_set_clear_func (toks, (GDestroyNotify)tok_clear);

  while (p < end)
    {
      gunichar c = g_utf8_get_char (text + p);
      guint next = g_utf8_next_char (text + p) - text;

      if (g_unichar_isspace (c))
        {
          p = next;
          continue;
        }

      /* "U.S.", "U.K.": initials with their points are one word. */
      if (g_ascii_isupper (text[p]) && p + 3 < end && text[p + 1] == '.' &&
          g_ascii_isupper (text[p + 2]) && text[p + 3] == '.')
        {
          guint q = p;

          while (q + 1 < end && g_ascii_isupper (text[q]) && text[q + 1] == '.')
            q += 2;
          push_token (toks, text, p, q, quotes);
          p = q;
          continue;
        }

      if (is_word_char (c))
        {
          guint q = next;

          while (q < end)
            {
              gunichar d = g_utf8_get_char (text + q);
              guint after = g_utf8_next_char (text + q) - text;
              gunichar e = after < end ? g_utf8_get_char (text + after) : 0;

              if (is_word_char (d))
                q = after;
              else if ((d == '-' || d == '\'' || d == 0x2019 || d == 0x2011) &&
                       is_word_char (e))
                q = after;
              else if ((d == '.' || d == ',') && g_unichar_isdigit (e) &&
                       g_unichar_isdigit (g_utf8_get_char (g_utf8_prev_char (text + q))))
                q = after;
              else
                break;
            }

          /* "farmers' association": the possessive belongs to the word. */
          if (q + 1 <= end && q < end && text[q] == '\'' && q > p && text[q - 1] == 's' &&
              (q + 1 == end || !g_unichar_isalnum (g_utf8_get_char (text + q + 1))))
            q++;

          if (q < end && text[q] == '.')
            {
              g_autofree char *word = g_strndup (text + p, q - p);

              if (_px_cue_in (word, PX_CUE_ABBREVIATIONS))
                q++;
            }

          push_token (toks, text, p, q, quotes);
          p = q;
          continue;
        }

      push_token (toks, text, p, next, quotes);
      p = next;
    }

  return toks;
}

gboolean
_px_clause_is_boundary (Tok *t)
{
  if (t->flags & T_NAME_QUOTE)
    return FALSE;
  if (t->flags & (T_PUNCT | T_IN_QUOTE))
    return TRUE;
  return _px_cue_in (t->lower, PX_CUE_CLAUSE_WORDS);
}

gboolean
_px_clause_is_cap_word (Tok *t)
{
  return (t->flags & T_CAP) && !(t->flags & (T_IN_QUOTE | T_PUNCT));
}

/* "US-amerikanischen", "euro-atlantischen": capitalised, but an adjective. */
static gboolean
is_hyphen_adjective (Tok *t)
{
  const char *dash = strrchr (t->text, '-');

  if (!(t->flags & T_CAP) || dash == NULL || !g_unichar_islower (g_utf8_get_char (dash + 1)))
    return FALSE;
  return g_str_has_suffix (t->lower, "e") || g_str_has_suffix (t->lower, "en") ||
         g_str_has_suffix (t->lower, "er") || g_str_has_suffix (t->lower, "es") ||
         g_str_has_suffix (t->lower, "em");
}

gboolean
_px_clause_is_adjective_like (Tok *t)
{
  const char *w = t->lower;

  if (is_hyphen_adjective (t))
    return TRUE;

  if (!(t->flags & T_LOWER) || (t->flags & T_IN_QUOTE))
    return FALSE;
  if (_px_cue_in (w, PX_CUE_AUXILIARIES) || _px_cue_in (w, PX_CUE_PREPOSITIONS) ||
      _px_cue_in (w, PX_CUE_CLAUSE_WORDS) || _px_cue_in (w, PX_CUE_ARTICLES))
    return FALSE;
  return g_str_has_suffix (w, "e") || g_str_has_suffix (w, "en") ||
         g_str_has_suffix (w, "er") || g_str_has_suffix (w, "es") ||
         g_str_has_suffix (w, "em");
}

/* Whether tokens [a, b) end in two or more capitalised words, the shape of
 * a name ("Heike Lorenz", "New York Times"), after which a German article
 * starts a new phrase (a dative object) rather than a genitive.
 */
static gboolean
ends_in_name (GArray *toks,
              guint   a,
              guint   b)
{
  guint n = 0;

  for (guint i = b; i > a; i--)
    {
      Tok *t = TOK (i - 1);

      if (t->flags & T_NAME_QUOTE)
        return TRUE;
      if (!_px_clause_is_cap_word (t) || _px_cue_in (t->lower, PX_CUE_ARTICLES))
        break;
      n++;
    }
  return n >= 2;
}

/* The noun-phrase grammar's reading position. */
typedef struct
{
  GArray   *toks;
  guint     i;              /* where the phrase starts */
  guint     j;              /* the token being read */
  gboolean  seen_head;
  gboolean  in_name_quote;
} NpReading;

/* What one step of the grammar does with its token. */
typedef enum
{
  NP_PASS,   /* not this step's token */
  NP_TAKE,   /* part of the phrase: read on */
  NP_STOP,   /* the phrase ends before it */
} NpStep;

/* Marks and brackets: a quoted name („Hafenpost“) is one head, a bracket
 * after the head ("Olaf Scholz (SPD)") belongs to it, other punctuation
 * ends the phrase.
 */
static NpStep
np_marks (NpReading *np)
{
  GArray *toks = np->toks;
  Tok *t = TOK (np->j);

  if (t->flags & T_NAME_QUOTE)
    {
      np->in_name_quote = !np->in_name_quote;
      np->j++;
      if (!np->in_name_quote)
        np->seen_head = TRUE;
      return NP_TAKE;
    }
  if (np->in_name_quote)
    {
      np->j++;
      return NP_TAKE;
    }
  if (np->seen_head && strcmp (t->text, "(") == 0)
    {
      guint k = np->j + 1;

      while (k < toks->len && k - np->j < 5 && strcmp (TOK (k)->text, ")") != 0)
        k++;
      if (k < toks->len && strcmp (TOK (k)->text, ")") == 0)
        {
          np->j = k + 1;
          return NP_TAKE;
        }
    }
  if (t->flags & (T_PUNCT | T_IN_QUOTE))
    return NP_STOP;
  return NP_PASS;
}

/* English: words up to a verb, an auxiliary, a clause word or a
 * preposition other than "of" after the head.
 */
static NpStep
np_english (NpReading *np)
{
  GArray *toks = np->toks;
  Tok *t = TOK (np->j);
  guint j = np->j;

  if (_px_cue_in (t->lower, PX_CUE_CLAUSE_WORDS) || _px_cue_in (t->lower, PX_CUE_AUXILIARIES) ||
      _px_cue_is_verb (t->lower) || strcmp (t->lower, "who") == 0 ||
      strcmp (t->lower, "which") == 0)
    return NP_STOP;
  if (_px_cue_in (t->lower, PX_CUE_PREPOSITIONS) &&
      !(np->seen_head && strcmp (t->lower, "of") == 0) &&
      /* "people familiar with the matter" */
      (strcmp (t->lower, "with") != 0 || j == np->i ||
       strcmp (TOK (j - 1)->lower, "familiar") != 0))
    return NP_STOP;
  if (_px_clause_is_cap_word (t) || (t->flags & T_DIGIT) ||
      !_px_cue_in (t->lower, PX_CUE_PREPOSITIONS))
    {
      if (!_px_cue_in (t->lower, PX_CUE_ARTICLES))
        np->seen_head = TRUE;
      np->j++;
      return NP_TAKE;
    }
  return NP_STOP;
}

/* German articles: one before the head, and after a common noun the
 * article of a genitive ("Beamte des Ministeriums"), never after a name or
 * as a dative ("sagte X dem Sender").
 */
static NpStep
np_german_article (NpReading *np)
{
  GArray *toks = np->toks;
  Tok *t = TOK (np->j);
  guint j = np->j;

  if (!(_px_cue_in (t->lower, PX_CUE_ARTICLES) &&
        (t->flags & T_LOWER || j == np->i || !np->seen_head)))
    return NP_PASS;
  if (!np->seen_head)
    {
      np->j++;
      return NP_TAKE;
    }
  if ((strcmp (t->lower, "des") == 0 || strcmp (t->lower, "der") == 0 ||
       strcmp (t->lower, "eines") == 0 || strcmp (t->lower, "einer") == 0) &&
      !ends_in_name (toks, np->i, j) && j + 1 < toks->len &&
      (_px_clause_is_cap_word (TOK (j + 1)) || _px_clause_is_adjective_like (TOK (j + 1))))
    {
      np->seen_head = FALSE;
      np->j++;
      return NP_TAKE;
    }
  return NP_STOP;
}

/* A capitalised German word is a noun of the head, unless it is a
 * function word at the start of a sentence ("Nach", "Und").
 */
static NpStep
np_german_noun (NpReading *np)
{
  Tok *t = &g_array_index (np->toks, Tok, np->j);

  if (!_px_clause_is_cap_word (t) || (is_hyphen_adjective (t) && !np->seen_head))
    return NP_PASS;
  if (_px_cue_in (t->lower, PX_CUE_PREPOSITIONS) || _px_cue_in (t->lower, PX_CUE_CLAUSE_WORDS) ||
      _px_cue_in (t->lower, PX_CUE_AUXILIARIES))
    return NP_STOP;
  if (!((np->j == np->i || !np->seen_head) && _px_cue_in (t->lower, PX_CUE_ARTICLES)))
    np->seen_head = TRUE;
  np->j++;
  return NP_TAKE;
}

/* An adjective before the head, or after a genitive name ("des Landes
 * zuständige Ministerin"), when a capitalised word follows within three.
 */
static gboolean
np_german_adjective (NpReading *np)
{
  GArray *toks = np->toks;
  Tok *t = TOK (np->j);
  guint j = np->j;

  if (!(_px_clause_is_adjective_like (t) && !_px_cue_is_verb (t->lower) &&
        (!np->seen_head || (j > np->i && g_str_has_suffix (TOK (j - 1)->lower, "s") &&
                            _px_clause_is_cap_word (TOK (j - 1)) &&
                            !ends_in_name (toks, np->i, j)))))
    return FALSE;
  for (guint k = j + 1; k < toks->len && k <= j + 3; k++)
    {
      if (_px_clause_is_cap_word (TOK (k)) || (TOK (k)->flags & T_NAME_QUOTE))
        return TRUE;
      if (!_px_clause_is_adjective_like (TOK (k)) && strcmp (TOK (k)->lower, "und") != 0 &&
          strcmp (TOK (k)->text, ",") != 0)
        break;
    }
  return FALSE;
}

static NpStep
np_german (NpReading *np)
{
  GArray *toks = np->toks;
  Tok *t = TOK (np->j);
  NpStep step;

  if ((step = np_german_article (np)) != NP_PASS)
    return step;
  if ((_px_cue_in (t->lower, PX_CUE_QUANTIFIERS) || (t->flags & T_DIGIT)) && !np->seen_head)
    {
      np->j++;
      return NP_TAKE;
    }
  if ((step = np_german_noun (np)) != NP_PASS)
    return step;
  if (np_german_adjective (np) ||
      (!np->seen_head && strcmp (t->lower, "und") == 0 && np->j + 1 < toks->len &&
       _px_clause_is_adjective_like (TOK (np->j + 1)) && np->j > np->i))
    {
      np->j++;
      return NP_TAKE;
    }
  return NP_STOP;
}

/* The phrase grammar: [article] [quantifier] [adjectives] Noun+ [genitive
 * phrase], reading forward from @i. Returns the index after the phrase, or
 * @i when no phrase starts there.
 */
guint
_px_clause_np_forward (GArray   *toks,
                       guint     i,
                       gboolean  english)
{
  NpReading np = { toks, i, i, FALSE, FALSE };

  while (np.j < toks->len && np.j - i < 14)
    {
      NpStep step = np_marks (&np);

      if (step == NP_PASS)
        step = english ? np_english (&np) : np_german (&np);
      if (step == NP_STOP)
        break;
    }

  if (!np.seen_head)
    return i;
  /* Drop a dangling opening mark. */
  while (np.j > i && (TOK (np.j - 1)->flags & T_QUOTE_MARK) && np.in_name_quote)
    {
      np.j--;
      np.in_name_quote = FALSE;
    }
  return np.j;
}

/* Reading backward from the token before @i ("Medienberichten zufolge",
 * "Angaben der Polizei zufolge"). Returns the phrase's first index, or @i.
 */
guint
_px_clause_np_backward (GArray *toks,
                        guint   i)
{
  guint j = i;
  gboolean seen_head = FALSE;
  gboolean after_adj = FALSE;

  while (j > 0)
    {
      Tok *t = TOK (j - 1);

      if (t->flags & T_NAME_QUOTE)
        {
          /* Take the whole quoted name. */
          guint k = j - 1;

          while (k > 0 && !(TOK (k - 1)->flags & T_NAME_QUOTE))
            k--;
          if (k == 0)
            break;
          j = k - 1;
          seen_head = TRUE;
          continue;
        }
      if (t->flags & (T_PUNCT | T_IN_QUOTE))
        break;
      if (_px_clause_is_cap_word (t) && !after_adj && !_px_cue_in (t->lower, PX_CUE_ARTICLES) &&
          !_px_cue_in (t->lower, PX_CUE_PREPOSITIONS) &&
          !(seen_head && (_px_cue_ends_in (TOK (j)->lower, PX_CUE_ANONYMOUS_SUFFIXES) ||
                          _px_cue_in (TOK (j)->lower, PX_CUE_BACKREF_WORDS))))
        {
          seen_head = TRUE;
          j--;
          continue;
        }
      if (seen_head && _px_clause_is_adjective_like (t))
        {
          after_adj = TRUE;
          j--;
          continue;
        }
      if (seen_head && (_px_cue_in (t->lower, PX_CUE_ARTICLES) ||
                        _px_cue_in (t->lower, PX_CUE_QUANTIFIERS)))
        {
          j--;
          /* A genitive hangs on a noun before it: "Angaben der Polizei". */
          if ((strcmp (t->lower, "der") == 0 || strcmp (t->lower, "des") == 0) &&
              j > 0 && _px_clause_is_cap_word (TOK (j - 1)))
            {
              after_adj = FALSE;
              continue;
            }
          break;
        }
      break;
    }

  return seen_head ? j : i;
}

/* Sets T_TITLE and T_NAME on first use: they are fixed per token, and
 * asked for again and again.
 */
void
_px_clause_classify_name (Tok *t)
{
  if (t->flags & T_KNOWN)
    return;
  t->flags |= T_KNOWN;
  if ((t->flags & T_CAP) && _px_cue_ends_in (t->lower, PX_CUE_TITLE_SUFFIXES) &&
      !_px_cue_in (t->lower, PX_CUE_BACKREF_WORDS))
    t->flags |= T_TITLE;
  if (compute_is_name (t))
    t->flags |= T_NAME;
}

gboolean
_px_clause_is_name_token (Tok *t)
{
  _px_clause_classify_name (t);
  return (t->flags & T_NAME) != 0;
}

guint
_px_clause_skip_adverbials (GArray *toks,
                            guint   j)
{
  while (j < toks->len)
    {
      Tok *t = TOK (j);

      if (_px_cue_in (t->lower, PX_CUE_ADVERBS_AFTER_VERB))
        j++;
      else if ((strcmp (t->lower, "am") == 0 || strcmp (t->lower, "on") == 0) &&
               j + 1 < toks->len && _px_clause_is_cap_word (TOK (j + 1)))
        j += 2;
      else
        break;
    }
  return j;
}

PxSpan
_px_clause_span (GArray *toks,
                 guint   a,
                 guint   b)
{
  PxSpan span = { TOK (a)->start, TOK (b - 1)->end };
  return span;
}

/* After a subject ("Der Verband kritisierte das Vorgehen"), a verb reports
 * speech only when what follows is content: a clause, a colon, a quotation;
 * a direct object first means an action, not a statement.
 */
gboolean
_px_clause_introduces_content (GArray *toks,
                               guint   v)
{
  guint b = v;

  const char *particle;

  /* "wie die Zeitung zitierte": the content is the main clause. */
  while (b > 0 && !_px_clause_is_boundary (TOK (b - 1)))
    b--;
  if (b > 0 && _px_cue_in_words (TOK (b - 1)->lower, (const char * const[]) { "wie", "as", NULL }))
    return TRUE;

  static const char * const objects[] = {
    "das", "die", "den", "ein", "eine", "einen", "diese", "diesen", "dieses",
    "the", "a", "an", "his", "her", "its", "their", NULL
  };
  static const char * const speech[] = {
    "sagt", "sagte", "sagten", "sagen", "said", "says", "say", "told", "tells",
    "berichtet", "berichtete", "berichteten", "schreibt", "schrieb", "reported",
    "wrote", "writes", NULL
  };

  /* English drops "that": "The newspaper said the closure would…" */
  if (_px_cue_in (TOK (v)->lower, PX_CUE_SAY_VERBS))
    return TRUE;

  particle = _px_cue_verb_particle (TOK (v)->lower);

  for (guint k = v + 1; k < toks->len; k++)
    {
      Tok *t = TOK (k);

      if (g_strcmp0 (t->lower, particle) == 0)
        continue;
      if ((t->flags & T_IN_QUOTE) ||
          ((t->flags & T_QUOTE_MARK) && !(t->flags & T_NAME_QUOTE)))
        return TRUE;
      if (strcmp (t->text, ",") == 0 || strcmp (t->text, ":") == 0 ||
          _px_cue_in_words (t->lower,
                            (const char * const[]) { "dass", "that", "ob", "whether", NULL }))
        return TRUE;
      if (t->flags & T_PUNCT && !(t->flags & T_QUOTE_MARK))
        break;
      if (_px_cue_in_words (t->lower, objects))
        return FALSE;
    }

  return _px_cue_in_words (TOK (v)->lower, speech);
}

guint
_px_clause_konjunktiv_at (GArray *toks)
{
  for (guint i = 0; i < toks->len; i++)
    {
      Tok *t = TOK (i);

      /* Capitalised, the forms are nouns as often ("die Bleibe", "eine
       * Liege") as a sentence's first word.
       */
      if (t->flags & (T_IN_QUOTE | T_PUNCT) || !(t->flags & T_LOWER))
        continue;
      if (!_px_cue_in (t->lower, PX_CUE_KONJUNKTIV))
        continue;
      /* "ich habe", "ich werde" are indicative. */
      if (i > 0 && strcmp (TOK (i - 1)->lower, "ich") == 0)
        continue;
      if (i + 1 < toks->len && strcmp (TOK (i + 1)->lower, "ich") == 0)
        continue;
      return i;
    }
  return G_MAXUINT;
}

gboolean
_px_clause_has_konjunktiv (GArray *toks)
{
  return _px_clause_konjunktiv_at (toks) != G_MAXUINT;
}

gboolean
_px_clause_token_is (GArray     *toks,
                     guint       i,
                     const char *lower)
{
  return i < toks->len && strcmp (TOK (i)->lower, lower) == 0 &&
         !(TOK (i)->flags & T_IN_QUOTE);
}

/* Everything before the verb in its clause that makes an -en form an
 * infinitive ("wollte … bestätigen") rather than a plural.
 */
gboolean
_px_clause_governed_infinitive (GArray *toks,
                                guint   v)
{
  for (guint i = v; i > 0 && v - i < 10; i--)
    {
      Tok *t = TOK (i - 1);

      if (t->flags & T_PUNCT)
        break;
      if (_px_cue_in (t->lower, PX_CUE_AUXILIARIES))
        return TRUE;
    }
  return FALSE;
}

/* Whether the tokens report speech indirectly: Konjunktiv I outside
 * quotation marks (German), or a reporting verb outside them with "dass" or
 * "that" after it, or with the forms of reported speech beside it
 * (Konjunktiv II, English backshift: "Sie hätten alles versucht, sagte
 * sie", "She said they had tried everything").
 */
gboolean
_px_clause_reports_indirectly (GArray   *toks,
                               gboolean  english)
{
  gboolean verb = FALSE, shifted = FALSE;

  if (!english && _px_clause_has_konjunktiv (toks))
    return TRUE;
  for (guint i = 0; i < toks->len; i++)
    {
      Tok *t = TOK (i);

      if (t->flags & (T_IN_QUOTE | T_PUNCT))
        continue;
      shifted |= _px_cue_in (t->lower, PX_CUE_BACKSHIFT) && (t->flags & T_LOWER);
      if (!_px_cue_is_verb (t->lower))
        continue;
      verb = TRUE;
      for (guint k = i + 1; k < toks->len && k < i + 4; k++)
        if (strcmp (TOK (k)->lower, english ? "that" : "dass") == 0)
          return TRUE;
    }
  return verb && shifted;
}

