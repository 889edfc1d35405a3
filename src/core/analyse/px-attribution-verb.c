/* px-attribution-verb.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-attribution-verb"

#include "config.h"

#include <string.h>

#include "px-attribution-clause-private.h"
#include "px-attribution-cues-private.h"
#include "px-attribution-source-private.h"
#include "px-attribution-verb-private.h"

/* One verb cue while its source is looked for. */
typedef struct
{
  GArray           *toks;
  guint             v;
  const char       *text;
  gboolean          english;
  PxVerbSourceFunc  try_source;
  gpointer          user_data;
  guint            *src_end;
} VerbReading;

/* How a reading of the words before the verb ends. */
typedef enum
{
  READ_ON,       /* no subject there: look after the verb */
  READ_FOUND,    /* the source is found */
  READ_NONE,     /* the verb has no source in this sentence */
} ReadResult;

static gboolean
offer (VerbReading *vr,
       guint        a,
       guint        e,
       gboolean     anonymous_hint,
       guint        end)
{
  if (!vr->try_source (a, e, anonymous_hint, vr->user_data))
    return FALSE;
  *vr->src_end = end;
  return TRUE;
}

/* The first token of the verb's clause, reading back over coordinated
 * subjects and brackets.
 */
static guint
clause_start (GArray *toks,
              guint   v)
{
  guint b = v;

  while (b > 0)
    {
      /* "Die «Hafenpost» und der «Abendkurier» meldeten übereinstimmend" */
      if (b >= 2 && _px_cue_in (TOK (b - 1)->lower, PX_CUE_COORDINATORS) &&
          (_px_clause_is_cap_word (TOK (b - 2)) || (TOK (b - 2)->flags & T_NAME_QUOTE)) &&
          (_px_clause_is_cap_word (TOK (b)) || _px_cue_in (TOK (b)->lower, PX_CUE_ARTICLES)))
        {
          b -= 2;
          continue;
        }
      /* "Olaf Scholz (SPD) betonte": a party or place in brackets. */
      if (strcmp (TOK (b - 1)->text, ")") == 0)
        {
          guint k = b - 1;

          while (k > 0 && b - k < 6 && strcmp (TOK (k)->text, "(") != 0)
            k--;
          if (strcmp (TOK (k)->text, "(") == 0 && k > 0 && !_px_clause_is_boundary (TOK (k - 1)))
            {
              b = k;
              continue;
            }
        }
      if (_px_clause_is_boundary (TOK (b - 1)))
        break;
      b--;
    }
  return b;
}

/* English subjects sit right before the verb, perhaps with an auxiliary
 * or adverb between: "The ministry has so far only said".
 */
static ReadResult
english_subject (VerbReading *vr,
                 guint        b)
{
  GArray *toks = vr->toks;
  guint v = vr->v;
  guint e = _px_clause_np_forward (toks, b, TRUE);
  gboolean only_aux = e > b;
  guint k;

  for (k = e; k < v && only_aux; k++)
    only_aux = _px_cue_in (TOK (k)->lower, PX_CUE_AUXILIARIES) ||
               g_str_has_suffix (TOK (k)->lower, "ly") ||
               _px_cue_in (TOK (k)->lower, PX_CUE_ENGLISH_FILLERS);
  if (!only_aux)
    e = v;
  if (b < e && _px_clause_introduces_content (toks, v) && offer (vr, b, e, FALSE, v))
    return READ_FOUND;

  /* After a subject, what follows the verb is its object ("wrote the
   * report"); only a passive names the source there.
   */
  k = _px_clause_skip_adverbials (toks, v + 1);
  if (k >= toks->len || strcmp (TOK (k)->lower, "by") != 0)
    return READ_NONE;
  return READ_ON;
}

static ReadResult
german_subject (VerbReading *vr,
                guint        b)
{
  static const char * const joiners[] = { "und", "sowie", NULL };
  GArray *toks = vr->toks;
  guint v = vr->v;
  guint np_end = _px_clause_np_forward (toks, b, FALSE);
  gboolean content = _px_clause_introduces_content (toks, v);

  /* A genitive is never the subject ("Während des Treffens sagte Xi"). */
  if (np_end > b && _px_cue_in (TOK (b)->lower, PX_CUE_GENITIVE_ARTICLES))
    np_end = b;
  /* A subject, then an object: an action, not a statement. */
  if (np_end == v && !content)
    {
      Class c;
      gboolean subject = _px_source_classify (toks, b, np_end, vr->text, FALSE, &c);

      _px_source_class_clear (&c);
      if (subject)
        return READ_NONE;
    }
  if (np_end > b &&
      (np_end == v || _px_cue_in (TOK (np_end)->lower, PX_CUE_GAP_WORDS) ||
       _px_cue_in_words (TOK (np_end)->lower, joiners)) &&
      content && offer (vr, b, np_end, FALSE, np_end))
    return READ_FOUND;
  if (np_end == b && v - b == 1 && content &&
      (strcmp (TOK (b)->lower, "er") == 0 || strcmp (TOK (b)->lower, "sie") == 0) &&
      offer (vr, b, v, FALSE, v))
    return READ_FOUND;
  /* A noun phrase right before the verb is its subject, even one we cannot
   * classify ("Die Opposition kündigte Widerstand an"); a single word may
   * be a fronted object or adverb ("Das teilte die Polizei mit",
   * "Gleichzeitig argumentieren Befürworter").
   */
  if (np_end == v && v - b > 1)
    return READ_NONE;
  return READ_ON;
}

/* "Ein Beamter, der anonym bleiben wollte, sagte": the subject stands
 * before a relative clause that ends right before the verb.
 */
static gboolean
subject_before_relative (VerbReading *vr,
                         guint        b)
{
  GArray *toks = vr->toks;
  gboolean english = vr->english;
  guint r = b - 1;
  guint s0;
  gboolean hint = FALSE;

  while (r > 0 && strcmp (TOK (r - 1)->text, ",") != 0 && !(TOK (r - 1)->flags & T_IN_QUOTE))
    r--;
  if (!(r >= 2 && r + 1 < b - 1 && strcmp (TOK (r - 1)->text, ",") == 0 &&
        (_px_cue_in (TOK (r)->lower, english ? PX_CUE_RELATIVE_EN : PX_CUE_RELATIVE_DE) ||
         (english && g_str_has_suffix (TOK (r)->lower, "ing")))))
    return FALSE;

  s0 = r - 1;
  while (s0 > 0 && !_px_clause_is_boundary (TOK (s0 - 1)))
    s0--;
  for (guint k = r; k < b; k++)
    hint |= g_str_has_prefix (TOK (k)->lower, "anonym") ||
            strcmp (TOK (k)->lower, "anonymity") == 0;
  if (s0 >= r - 1)
    return FALSE;
  if ((english ? r - 1 : _px_clause_np_forward (toks, s0, FALSE)) != r - 1)
    return FALSE;
  return offer (vr, s0, r - 1, hint, vr->v);
}

/* The phrase after the verb: "…“, sagte Kröger", "reported by the Lakeside
 * Herald".
 */
static gboolean
source_after_verb (VerbReading *vr)
{
  static const char * const tell[] = { "told", "tells", "tell", NULL };
  GArray *toks = vr->toks;
  guint v = vr->v;
  guint a, e;

  /* Whom someone told is the addressee, never the speaker. */
  if (_px_cue_in_words (TOK (v)->lower, tell))
    return FALSE;

  a = _px_clause_skip_adverbials (toks, v + 1);
  if (a < toks->len && strcmp (TOK (a)->lower, "by") == 0)
    a++;
  /* Separable particle right after the verb: "kündigte an, …" */
  if (a < toks->len && _px_cue_is_verb (TOK (v)->lower) &&
      g_strcmp0 (_px_cue_verb_particle (TOK (v)->lower), TOK (a)->lower) == 0)
    return FALSE;
  if (a < toks->len && _px_cue_in (TOK (a)->lower, PX_CUE_PERSONAL_PRONOUNS))
    e = a + 1;
  else
    e = _px_clause_np_forward (toks, a, vr->english);
  return e > a && offer (vr, a, e, FALSE, e);
}

/* The source of a verb cue at @v: before the verb when a subject stands
 * there ("Das Ministerium bestätigte"), after it when the verb opens its
 * clause ("…“, sagte Kröger") or follows an object ("Das berichtete die
 * Zeitung"). Each candidate phrase is offered to @try_source, best first,
 * and the first it accepts is the source; *@src_end is then the token after
 * it, or the verb.
 */
gboolean
_px_verb_source (GArray           *toks,
                 guint             v,
                 const char       *text,
                 gboolean          english,
                 PxVerbSourceFunc  try_source,
                 gpointer          user_data,
                 guint            *src_end)
{
  VerbReading vr = { toks, v, text, english, try_source, user_data, src_end };
  guint b = clause_start (toks, v);

  if (b != v)
    {
      ReadResult result = english ? english_subject (&vr, b) : german_subject (&vr, b);

      if (result != READ_ON)
        return result == READ_FOUND;
    }
  else if (b > 0 && strcmp (TOK (b - 1)->text, ",") == 0 && subject_before_relative (&vr, b))
    return TRUE;

  return source_after_verb (&vr);
}
