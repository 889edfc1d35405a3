/* px-article-meta.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-article.h"

G_BEGIN_DECLS

/**
 * PxMetaLine:
 * @PX_META_LINE_NONE: running text, a headline or anything else
 * @PX_META_LINE_DATE: a date, perhaps with a time and a label ("Stand: …")
 * @PX_META_LINE_TIME: a time stamp without a date ("Updated 4:08 p.m. ET")
 * @PX_META_LINE_BYLINE: the author's name ("By Jane Doe", "Von Anna Muster")
 *
 * What a line at the top of an article says about the article rather than
 * about the event.
 */
typedef enum
{
  PX_META_LINE_NONE,
  PX_META_LINE_DATE,
  PX_META_LINE_TIME,
  PX_META_LINE_BYLINE,
} PxMetaLine;

/**
 * PxMetaField:
 * @PX_META_FIELD_TITLE: the headline
 * @PX_META_FIELD_OUTLET: who published it
 * @PX_META_FIELD_DATE: when
 *
 * The metadata a reader may correct.
 */
typedef enum
{
  PX_META_FIELD_TITLE,
  PX_META_FIELD_OUTLET,
  PX_META_FIELD_DATE,
} PxMetaField;

PxMetaLine  px_article_meta_read_line       (const char  *line,
                                             gssize       length,
                                             const char  *language,
                                             char       **value);
char       *px_article_meta_parse_date      (const char  *text,
                                             const char  *language);
char       *px_article_meta_find_agency     (const char  *text,
                                             gssize       length);
char       *px_article_meta_opening_words   (const char  *sentence,
                                             gssize       length);
char       *px_article_meta_neutral_outlet  (guint        position);
int         px_article_meta_title_paragraph (PxArticle   *article);
PxArticle  *px_article_meta_edit            (PxArticle   *article,
                                             PxMetaField  field,
                                             const char  *value);

void       _px_article_meta_mark_lines      (PxArticle   *article);
void       _px_article_meta_fill            (PxArticle   *article);
void       _px_article_meta_name_unknown    (GPtrArray   *articles);

G_END_DECLS
