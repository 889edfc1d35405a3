/* px-figure-tokens-private.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The figure extractor's view of a sentence: words, numbers and marks,
 * and the reading context every step of the extractor shares. The small
 * token tests are inline here, since every step asks them many times.
 */

#pragma once

#include <string.h>

#include <glib.h>

G_BEGIN_DECLS

struct sb_stemmer;

typedef enum
{
  TOK_WORD,
  TOK_NUM,
  TOK_PUNCT,
} TokType;

typedef struct
{
  TokType   type;
  guint     start;
  guint     end;
  char     *lower;
  gunichar  ch;
  gboolean  cap;
  gboolean  has_upper;
} Token;

/* One span of text while its figures are read. */
typedef struct
{
  const char        *text;
  const char        *language;
  gboolean           german;
  gboolean           english;
  GArray            *tokens;
  struct sb_stemmer *stemmer;
} Ctx;

#define TOK(c, i) (&g_array_index ((c)->tokens, Token, (i)))
#define N_TOK(c) ((c)->tokens->len)

GArray   *_px_figure_tokenize  (const char *text,
                                gsize       start,
                                gsize       end);
gboolean  _px_figure_is_month  (Token      *tok);
gboolean  _px_figure_is_german (Ctx        *c);

/* A space that may group digits: "10 000", also no-break and thin. */
static inline gboolean
is_group_space (gunichar ch)
{
  return ch == ' ' || ch == 0x00A0 || ch == 0x202F || ch == 0x2009;
}

static inline gboolean
tok_word (Ctx        *c,
          guint       i,
          const char *word)
{
  return i < N_TOK (c) && TOK (c, i)->type == TOK_WORD && g_str_equal (TOK (c, i)->lower, word);
}

static inline gboolean
tok_punct (Ctx      *c,
           guint     i,
           gunichar  ch)
{
  return i < N_TOK (c) && TOK (c, i)->type == TOK_PUNCT && TOK (c, i)->ch == ch;
}

static inline gboolean
tok_dash (Ctx   *c,
          guint  i)
{
  return tok_punct (c, i, '-') || tok_punct (c, i, 0x2013) || tok_punct (c, i, 0x2014) ||
         tok_punct (c, i, 0x2012) || tok_punct (c, i, 0x2212);
}

/* Whether tokens @a and @b touch, with no space between. */
static inline gboolean
adjacent (Ctx   *c,
          guint  a,
          guint  b)
{
  return a < N_TOK (c) && b < N_TOK (c) && TOK (c, a)->end == TOK (c, b)->start;
}

static inline gboolean
in_list (const char         *word,
         const char * const *list)
{
  for (guint i = 0; list[i] != NULL; i++)
    if (g_str_equal (word, list[i]))
      return TRUE;
  return FALSE;
}

G_END_DECLS
