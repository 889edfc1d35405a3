/* px-article-loader.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "px-core-types.h"

G_BEGIN_DECLS

#define PX_TYPE_ARTICLE_LOADER (px_article_loader_get_type ())

#define PX_ARTICLE_LOADER_DEFAULT_MAX_SIZE (5 * 1024 * 1024)

G_DECLARE_FINAL_TYPE (PxArticleLoader, px_article_loader, PX, ARTICLE_LOADER, GObject)

PxArticleLoader *px_article_loader_new            (void);
guint64          px_article_loader_get_max_size   (PxArticleLoader      *self);
void             px_article_loader_set_max_size   (PxArticleLoader      *self,
                                                   guint64               max_size);
gboolean         px_article_loader_is_supported   (const char           *name);
GPtrArray       *px_article_loader_collect        (GFile               **files,
                                                   guint                 n_files,
                                                   GPtrArray            *errors,
                                                   GCancellable         *cancellable);
PxArticle       *px_article_loader_load_data      (PxArticleLoader      *self,
                                                   const char           *name,
                                                   const char           *data,
                                                   gsize                 length,
                                                   GError              **error);
PxArticle       *px_article_loader_load_file      (PxArticleLoader      *self,
                                                   GFile                *file,
                                                   GCancellable         *cancellable,
                                                   GError              **error);
GPtrArray       *px_article_loader_load_set       (PxArticleLoader      *self,
                                                   GFile               **files,
                                                   guint                 n_files,
                                                   GPtrArray           **errors,
                                                   GCancellable         *cancellable,
                                                   GError              **error);
void             px_article_loader_load_set_async (PxArticleLoader      *self,
                                                   GFile               **files,
                                                   guint                 n_files,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
GPtrArray       *px_article_loader_load_set_finish (PxArticleLoader     *self,
                                                    GAsyncResult        *result,
                                                    GPtrArray          **errors,
                                                    GError             **error);

G_END_DECLS
