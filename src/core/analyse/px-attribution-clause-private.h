/* px-attribution-clause-private.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Clause reading for the attribution finder: a sentence cut into tokens
 * that know whether they are capitalised, punctuation or inside a
 * quotation; the small noun-phrase grammar that reads a source phrase
 * forward or backward; and what a reporting verb's clause looks like
 * (content after it, Konjunktiv I, an infinitive it governs).
 */

#pragma once

#include <glib.h>

#include "px-core-types.h"

G_BEGIN_DECLS

enum
{
  T_CAP        = 1 << 0,
  T_LOWER      = 1 << 1,
  T_PUNCT      = 1 << 2,
  T_QUOTE_MARK = 1 << 3,
  T_IN_QUOTE   = 1 << 4,
  T_NAME_QUOTE = 1 << 5,
  T_DIGIT      = 1 << 6,
  T_TITLE      = 1 << 7,  /* a function noun before a name ("Ministerin") */
  T_NAME       = 1 << 8,  /* can be part of a person's name */
  T_KNOWN      = 1 << 9,  /* T_TITLE and T_NAME are worked out */
};

typedef struct
{
  guint  start;
  guint  end;
  char  *text;
  char  *lower;
  guint  flags;
} Tok;

/* The token @i of the GArray `toks` in scope. */
#define TOK(i) (&g_array_index (toks, Tok, (i)))

GArray   *_px_clause_tokenize             (const char *text,
                                           guint       start,
                                           guint       end,
                                           GArray     *quotes);
PxSpan    _px_clause_span                 (GArray     *toks,
                                           guint       a,
                                           guint       b);
gboolean  _px_clause_token_is             (GArray     *toks,
                                           guint       i,
                                           const char *lower);
gboolean  _px_clause_is_boundary          (Tok        *t);
gboolean  _px_clause_is_cap_word          (Tok        *t);
gboolean  _px_clause_is_adjective_like    (Tok        *t);
void      _px_clause_classify_name        (Tok        *t);
gboolean  _px_clause_is_name_token        (Tok        *t);
guint     _px_clause_np_forward           (GArray     *toks,
                                           guint       i,
                                           gboolean    english);
guint     _px_clause_np_backward          (GArray     *toks,
                                           guint       i);
guint     _px_clause_skip_adverbials      (GArray     *toks,
                                           guint       j);
gboolean  _px_clause_introduces_content   (GArray     *toks,
                                           guint       v);
guint     _px_clause_konjunktiv_at        (GArray     *toks);
gboolean  _px_clause_has_konjunktiv       (GArray     *toks);
gboolean  _px_clause_governed_infinitive  (GArray     *toks,
                                           guint       v);
gboolean  _px_clause_reports_indirectly   (GArray     *toks,
                                           gboolean    english);

G_END_DECLS
