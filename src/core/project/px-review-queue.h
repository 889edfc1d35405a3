/* px-review-queue.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-alignment.h"
#include "px-project.h"

G_BEGIN_DECLS

/**
 * PxReviewKind:
 * @PX_REVIEW_LINK: the engine linked the pair, with little confidence
 * @PX_REVIEW_SUGGESTION: a strong candidate the engine left apart
 */
typedef enum
{
  PX_REVIEW_LINK,
  PX_REVIEW_SUGGESTION,
} PxReviewKind;

/**
 * PxReviewItem:
 * @kind: what the reviewer decides on
 * @article: the first passage's article, as the alignment orders them
 * @sentence: the first passage
 * @other_article: the second passage's article
 * @other_sentence: the second passage
 * @score: the engine's confidence in the pair (a link probability)
 * @doubt: how close @score is to the link threshold, 1 on it, towards 0 far
 *   from it
 *
 * One decision of a review: accept (link the pair) or reject it.
 */
typedef struct
{
  PxReviewKind kind;
  guint        article;
  guint        sentence;
  guint        other_article;
  guint        other_sentence;
  double       score;
  double       doubt;
} PxReviewItem;

/* Odds ratio to the threshold within which a decision counts as uncertain. */
#define PX_REVIEW_ODDS_MARGIN 2.5

GArray  *px_review_queue_build    (PxAlignment        *alignment,
                                   GPtrArray          *corrections,
                                   double              odds_margin);
gboolean px_review_queue_decided  (PxAlignment        *alignment,
                                   GPtrArray          *corrections,
                                   const PxReviewItem *item);
void     px_review_item_get_refs  (PxAlignment        *alignment,
                                   const PxReviewItem *item,
                                   PxPassageRef        refs[2]);
/**
 * PxSharedWords:
 * @spans: per passage (0: the first, 1: the second), the byte spans in its
 *   text (px_article_dup_sentence_text()) of the content words the other
 *   also uses, by stem, ascending (element-type PxSpan)
 * @terms: those words as the second passage writes them, each once, in
 *   order; %NULL-terminated
 */
typedef struct
{
  GArray  *spans[2];
  char   **terms;
} PxSharedWords;

PxSharedWords *px_review_find_shared (PxAlignment  *alignment,
                                      guint         article,
                                      guint         sentence,
                                      guint         other_article,
                                      guint         other_sentence);
void     px_shared_words_free     (PxSharedWords      *shared);
char   **px_review_dup_shared_terms (PxAlignment      *alignment,
                                   guint               article,
                                   guint               sentence,
                                   guint               other_article,
                                   guint               other_sentence);
GArray  *px_review_find_shared_words (PxAlignment     *alignment,
                                      guint            article,
                                      guint            sentence,
                                      guint            other_article,
                                      guint            other_sentence);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxSharedWords, px_shared_words_free)

G_END_DECLS
