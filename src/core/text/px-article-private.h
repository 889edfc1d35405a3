/* px-article-private.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-article.h"

G_BEGIN_DECLS

/* The loader fills an article in place before anyone else sees it; from then
 * on it is immutable, which is what lets articles cross into worker threads.
 */
struct _PxArticle
{
  GObject    parent_instance;

  char      *id;
  char      *path;
  char      *title;
  char      *outlet;
  char      *date;
  char      *url;
  char      *language;
  char      *text;
  gsize      text_length;
  char      *place;
  char      *agency;
  char      *byline;
  GPtrArray *warnings;
  GArray    *paragraphs;
  GArray    *sentences;
  guint      title_derived : 1;   /* the lead's opening words, no headline */
  guint      outlet_unknown : 1;  /* a neutral name, until the set names it */
};

PxArticle *_px_article_new          (const char *id,
                                     const char *path,
                                     char       *text,
                                     gsize       text_length);
void       _px_article_set_id       (PxArticle  *self,
                                     const char *id);
void       _px_article_add_warning  (PxArticle  *self,
                                     const char *warning);

G_END_DECLS
