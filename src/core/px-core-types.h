/* px-core-types.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * PxSentenceKind:
 * @PX_SENTENCE_BODY: running text of the article
 * @PX_SENTENCE_HEADING: a headline or sub-heading
 * @PX_SENTENCE_CAPTION: a photo or graphic caption
 * @PX_SENTENCE_BOILERPLATE: ads, link lists, credits, tags and similar web debris
 *
 * What a sentence (or paragraph) is, as far as the pipeline can tell.
 */
typedef enum
{
  PX_SENTENCE_BODY,
  PX_SENTENCE_HEADING,
  PX_SENTENCE_CAPTION,
  PX_SENTENCE_BOILERPLATE,
} PxSentenceKind;

/**
 * PxSpan:
 * @start: first byte
 * @end: byte after the last one
 *
 * A half-open byte range into an article's text.
 */
typedef struct
{
  guint start;
  guint end;
} PxSpan;

/**
 * PxParagraph:
 * @start: first byte
 * @end: byte after the last one
 * @kind: what the markup said about the block (headings from Markdown or HTML)
 */
typedef struct
{
  guint          start;
  guint          end;
  PxSentenceKind kind;
} PxParagraph;

/**
 * PxSentence:
 * @start: first byte
 * @end: byte after the last one (trailing space excluded)
 * @paragraph: index of the paragraph holding the sentence
 * @kind: body, heading, caption or boilerplate
 */
typedef struct
{
  guint          start;
  guint          end;
  guint          paragraph;
  PxSentenceKind kind;
} PxSentence;

typedef struct _PxArticle       PxArticle;
typedef struct _PxArticleLoader PxArticleLoader;

const char     *px_sentence_kind_to_string   (PxSentenceKind  kind);
gboolean        px_sentence_kind_from_string (const char     *str,
                                              PxSentenceKind *kind);

G_END_DECLS
