/* px-tokenizer.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "px-core-types.h"

G_BEGIN_DECLS

/**
 * PxTokenKind:
 * @PX_TOKEN_WORD: a word, possibly hyphenated ("US-Präsident")
 * @PX_TOKEN_NUMBER: digits with their separators ("10.000", "1,5")
 * @PX_TOKEN_PUNCT: any other visible character
 * @PX_TOKEN_QUOTE: a quotation mark („ “ ” " ‚ ‘ ’ « » ‹ ›)
 */
typedef enum
{
  PX_TOKEN_WORD,
  PX_TOKEN_NUMBER,
  PX_TOKEN_PUNCT,
  PX_TOKEN_QUOTE,
} PxTokenKind;

/**
 * PxTokenFlags:
 * @PX_TOKEN_FLAG_NONE: nothing special
 * @PX_TOKEN_FLAG_STOP: a stop word (function word or reporting verb)
 * @PX_TOKEN_FLAG_CAPITALISED: starts with an upper-case letter
 * @PX_TOKEN_FLAG_ACRONYM: two or more upper-case letters and no lower-case one
 * @PX_TOKEN_FLAG_INITIAL: the first word of the text given
 * @PX_TOKEN_FLAG_AFTER_DETERMINER: an article, possessive or an article plus
 *   adjective comes right before (German: marks common nouns)
 * @PX_TOKEN_FLAG_REPORTING: a reporting verb ("sagte", "berichtet", "said")
 * @PX_TOKEN_FLAG_IN_QUOTE: inside quotation marks
 */
typedef enum
{
  PX_TOKEN_FLAG_NONE             = 0,
  PX_TOKEN_FLAG_STOP             = 1 << 0,
  PX_TOKEN_FLAG_CAPITALISED      = 1 << 1,
  PX_TOKEN_FLAG_ACRONYM          = 1 << 2,
  PX_TOKEN_FLAG_INITIAL          = 1 << 3,
  PX_TOKEN_FLAG_AFTER_DETERMINER = 1 << 4,
  PX_TOKEN_FLAG_REPORTING        = 1 << 5,
  PX_TOKEN_FLAG_IN_QUOTE         = 1 << 6,
} PxTokenFlags;

/**
 * PxToken:
 * @start: first byte, as an offset into the article text
 * @end: byte after the last one
 * @kind: word, number, punctuation or quote mark
 * @flags: #PxTokenFlags
 * @fold: the casefolded text ("us-präsident")
 * @norm: @fold without hyphens ("uspräsident"); for numbers, the value as
 *   a canonical decimal string ("10000", "1.5")
 * @stem: Snowball stem of the lower-cased, hyphen-free word
 * @parts: (nullable): stems of the parts of a hyphenated word, %NULL-terminated
 * @head: (nullable): stem of the last part of a closed compound
 *   ("langstreckenraketen" → "raket"), from the system word list
 * @modifier: (nullable): stem of the first part of that compound
 *
 * One token. Strings are owned by the array the token lives in; @fold,
 * @norm and @stem share one block, freed through @fold.
 */
typedef struct
{
  guint        start;
  guint        end;
  PxTokenKind  kind;
  PxTokenFlags flags;
  char        *fold;
  char        *norm;
  char        *stem;
  char       **parts;
  char        *head;
  char        *modifier;
} PxToken;

#define PX_TYPE_TOKENIZER (px_tokenizer_get_type ())

G_DECLARE_FINAL_TYPE (PxTokenizer, px_tokenizer, PX, TOKENIZER, GObject)

PxTokenizer *px_tokenizer_new             (const char  *language);
const char  *px_tokenizer_get_language    (PxTokenizer *self);
gboolean     px_tokenizer_get_split_compounds (PxTokenizer *self);
void         px_tokenizer_set_split_compounds (PxTokenizer *self,
                                               gboolean     split_compounds);
GArray      *px_tokenizer_tokenize        (PxTokenizer *self,
                                           const char  *text,
                                           gssize       length,
                                           guint        offset);
char        *px_tokenizer_stem            (PxTokenizer *self,
                                           const char  *word);
gboolean     px_tokenizer_is_stop_word    (PxTokenizer *self,
                                           const char  *word);

G_END_DECLS
