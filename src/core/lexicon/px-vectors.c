/* px-vectors.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-vectors"

#include "config.h"

#include <string.h>

#include "px-error.h"
#include "px-index.h"
#include "px-vectors-private.h"

/* The table is a VECT index (px-index-format.h) made at build time from
 * the npm package by px-compile-vectors and installed beside the app's
 * data; see px_vectors_get_default() for where it is looked for.
 */

#define VECTORS_FILE "vectors-en.pxidx"

struct _PxVectors
{
  PxIndex      *index;
  PxIndexTable  words;
  const float  *scales;
  const gint8  *rows;
  guint         dim;
};

/**
 * _px_vectors_open:
 * @path: a VECT index
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the table, checked
 */
PxVectors *
_px_vectors_open (const char  *path,
                  GError     **error)
{
  g_autoptr(PxIndex) index = NULL;
  g_autofree PxVectors *self = g_new0 (PxVectors, 1);
  gsize scales_size, rows_size;
  guint n;

  if ((index = px_index_new_for_file (path, PX_INDEX_KIND_VECTORS, error)) == NULL ||
      !px_index_get_table (index, 0, TRUE, 0, &self->words, error))
    return NULL;
  n = self->words.n_keys;
  self->dim = px_index_get_header (index)->dim;
  self->scales = px_index_get_section (index, PX_INDEX_VECTOR_SCALES, 0, &scales_size);
  self->rows = px_index_get_section (index, PX_INDEX_VECTOR_ROWS, 0, &rows_size);
  if (self->dim == 0 || self->dim > 4096 || self->scales == NULL || self->rows == NULL ||
      scales_size != (gsize)n * sizeof (float) || rows_size != (gsize)n * self->dim)
    {
      g_set_error (error, PX_ERROR, PX_ERROR_PARSE, "%s: rows do not match the words", path);
      return NULL;
    }
  self->index = g_steal_pointer (&index);
  return g_steal_pointer (&self);
}

void
_px_vectors_free (PxVectors *self)
{
  if (self == NULL)
    return;
  px_index_free (self->index);
  g_free (self);
}

static PxVectors *
open_quietly (const char *path)
{
  g_autoptr(GError) error = NULL;
  PxVectors *self;

  if ((self = _px_vectors_open (path, &error)) == NULL &&
      !g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    g_debug ("Word vectors %s unusable: %s", path, error->message);
  return self;
}

static gpointer
load_default (gpointer data)
{
  const char *env = g_getenv ("PARALLAX_VECTORS");
  const char *candidates[] = {
    PKGDATADIR "/" VECTORS_FILE,
#ifdef BUILD_VECTORS
    /* Development builds run from the build tree without installing. */
    BUILD_VECTORS,
#endif
  };
  PxVectors *self = NULL;

  if (env != NULL)
    self = env[0] != '\0' ? open_quietly (env) : NULL;
  else
    for (guint i = 0; self == NULL && i < G_N_ELEMENTS (candidates); i++)
      self = open_quietly (candidates[i]);

  if (self != NULL)
    g_debug ("Mapped %u word vectors of %u dimensions from %s", self->words.n_keys, self->dim,
             px_index_get_path (self->index));
  else
    g_debug ("No word vectors table%s: semantic matching is off",
             env != NULL && env[0] == '\0' ? " (PARALLAX_VECTORS is empty)" : "");
  return self;
}

/**
 * px_vectors_get_default:
 *
 * The process's word vectors: the file $PARALLAX_VECTORS names (set
 * empty, no vectors), otherwise the installed table in the app's data
 * folder, otherwise (development builds) the one in the build tree. It
 * is opened on the first call, once, from whichever thread.
 *
 * Returns: (transfer none) (nullable): the table, or %NULL when there is
 *   none: the caller then says that semantic matching is off
 */
PxVectors *
px_vectors_get_default (void)
{
  static GOnce once = G_ONCE_INIT;

  return g_once (&once, load_default, NULL);
}

/* Returns: the table's path, for messages */
const char *
px_vectors_get_source (PxVectors *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return px_index_get_path (self->index);
}

guint
px_vectors_get_dim (PxVectors *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->dim;
}

/* Rows are in frequency order: a row is its word's frequency rank. */
guint
px_vectors_get_n_rows (PxVectors *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->words.n_keys;
}

/**
 * px_vectors_find:
 * @self: the table
 * @word: a lower-case UTF-8 word
 *
 * Returns: the word's row, or -1
 */
gint
px_vectors_find (PxVectors  *self,
                 const char *word)
{
  g_return_val_if_fail (self != NULL, -1);
  g_return_val_if_fail (word != NULL, -1);

  return px_index_table_find (&self->words, word, -1);
}

/**
 * px_vectors_get_word:
 * @self: the table
 * @row: a row
 *
 * Returns: (nullable): the row's word, for explanations
 */
const char *
px_vectors_get_word (PxVectors *self,
                     gint       row)
{
  g_return_val_if_fail (self != NULL, NULL);

  return row >= 0 ? px_index_table_get_key (&self->words, row) : NULL;
}

/**
 * px_vectors_get_row:
 * @self: the table
 * @row: a row from px_vectors_find()
 * @out: (array): room for px_vectors_get_dim() floats
 *
 * Fills @out with the row's vector, of unit length.
 */
void
px_vectors_get_row (PxVectors *self,
                    gint       row,
                    float     *out)
{
  const gint8 *q;
  float scale;

  g_return_if_fail (self != NULL);
  g_return_if_fail (row >= 0 && (guint)row < self->words.n_keys);

  q = self->rows + (gsize)row * self->dim;
  scale = self->scales[row];
  for (guint i = 0; i < self->dim; i++)
    out[i] = q[i] * scale;
}

/**
 * px_vectors_cosine:
 * @self: the table
 * @a: a row
 * @b: another row
 *
 * The cosine of two rows, computed on the stored bytes without unpacking
 * them.
 *
 * Returns: the similarity, -1 to 1
 */
float
px_vectors_cosine (PxVectors *self,
                   gint       a,
                   gint       b)
{
  const gint8 *qa, *qb;
  gint32 dot = 0;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (a >= 0 && (guint)a < self->words.n_keys, 0);
  g_return_val_if_fail (b >= 0 && (guint)b < self->words.n_keys, 0);

  qa = self->rows + (gsize)a * self->dim;
  qb = self->rows + (gsize)b * self->dim;
  for (guint i = 0; i < self->dim; i++)
    dot += qa[i] * qb[i];
  return dot * self->scales[a] * self->scales[b];
}
