/* px-article.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "px-core-types.h"

G_BEGIN_DECLS

#define PX_TYPE_ARTICLE (px_article_get_type ())

G_DECLARE_FINAL_TYPE (PxArticle, px_article, PX, ARTICLE, GObject)

const char        *px_article_get_id          (PxArticle *self);
const char        *px_article_get_path        (PxArticle *self);
const char        *px_article_get_title       (PxArticle *self);
const char        *px_article_get_outlet      (PxArticle *self);
const char        *px_article_get_date        (PxArticle *self);
const char        *px_article_get_url         (PxArticle *self);
const char        *px_article_get_language    (PxArticle *self);
const char        *px_article_get_text        (PxArticle *self);
gsize              px_article_get_text_length (PxArticle *self);
const char        *px_article_get_place       (PxArticle *self);
const char        *px_article_get_agency      (PxArticle *self);
const char        *px_article_get_byline      (PxArticle *self);
gboolean           px_article_get_title_derived (PxArticle *self);
gboolean           px_article_get_outlet_known  (PxArticle *self);
const char * const *px_article_get_warnings   (PxArticle *self);
const PxParagraph *px_article_get_paragraphs  (PxArticle *self,
                                               guint     *n_paragraphs);
const PxSentence  *px_article_get_sentences   (PxArticle *self,
                                               guint     *n_sentences);
char              *px_article_dup_sentence_text (PxArticle *self,
                                                 guint      sentence);
char              *px_article_dup_digest      (PxArticle *self);

G_END_DECLS
