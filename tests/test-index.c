/* test-index.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <utime.h>
#include <glib/gstdio.h>

#include "px-error.h"
#include "px-index-cache.h"
#include "px-index-writer.h"
#include "px-index.h"

#define TEST_KIND PX_INDEX_KIND_THESAURUS

static const char *words[] = { "Rakete", "rakete", "Truppe", "grünes licht", "ü", "a" };

static GBytes *
build_sample (void)
{
  g_autoptr(PxIndexWriter) writer = px_index_writer_new (TEST_KIND);
  guint32 sorted = px_index_writer_add_table (writer, TRUE, TRUE, sizeof (guint32));
  guint32 ordered = px_index_writer_add_table (writer, FALSE, TRUE, 0);
  g_autoptr(GBytes) raw = g_bytes_new_static ("raw", 4);

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      guint32 ids[3] = { i, i * 10, i * 100 };

      px_index_writer_add (writer, sorted, words[i], ids, i % 3 + 1);
      px_index_writer_add (writer, ordered, words[i], NULL, 0);
    }
  px_index_writer_add_section (writer, PX_INDEX_VECTOR_SCALES, 1, raw);
  px_index_writer_set_source (writer, "/nowhere/source.txt", 42, 7);
  return px_index_writer_to_bytes (writer);
}

static void
check_sample (PxIndex *index)
{
  PxIndexTable sorted, ordered;
  g_autoptr(GError) error = NULL;
  const char *previous = "";
  gsize size;

  g_assert_true (px_index_get_table (index, 0, TRUE, sizeof (guint32), &sorted, &error));
  g_assert_no_error (error);
  g_assert_true (px_index_get_table (index, 1, TRUE, 0, &ordered, &error));
  g_assert_cmpuint (sorted.n_keys, ==, G_N_ELEMENTS (words));

  for (guint k = 0; k < sorted.n_keys; k++)
    {
      const char *key = px_index_table_get_key (&sorted, k);

      g_assert_cmpint (strcmp (previous, key), <, 0);
      previous = key;
    }
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      gint k = px_index_table_find (&sorted, words[i], -1);
      const guint32 *ids;
      guint n;

      g_assert_cmpint (k, >=, 0);
      ids = px_index_table_get_records (&sorted, k, &n);
      g_assert_cmpuint (n, ==, i % 3 + 1);
      g_assert_cmpuint (ids[n - 1], ==, (n == 1 ? i : n == 2 ? i * 10 : i * 100));
      /* The unsorted table keeps the order keys were added in. */
      g_assert_cmpint (px_index_table_find (&ordered, words[i], -1), ==, i);
    }
  g_assert_cmpint (px_index_table_find (&sorted, "raket", -1), ==, -1);
  g_assert_cmpint (px_index_table_find (&sorted, "Raketen", -1), ==, -1);
  g_assert_cmpint (px_index_table_find (&sorted, "", -1), ==, -1);
  g_assert_cmpint (px_index_table_find (&sorted, "Rakete!", 6), >=, 0);
  g_assert_cmpstr (px_index_get_section (index, PX_INDEX_VECTOR_SCALES, 1, &size), ==, "raw");
  g_assert_cmpstr (px_index_get_source_path (index), ==, "/nowhere/source.txt");
  g_assert_cmpuint (px_index_get_header (index)->source_size, ==, 42);
  g_assert_false (px_index_is_damaged (index));
}

static void
test_index_round_trip (void)
{
  g_autoptr(GBytes) bytes = build_sample ();
  g_autoptr(PxIndex) in_memory = NULL;
  g_autoptr(PxIndex) mapped = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("px-index-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "sample.pxidx", NULL);

  in_memory = px_index_new_for_bytes (bytes, TEST_KIND, &error);
  g_assert_no_error (error);
  check_sample (in_memory);

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), NULL));
  mapped = px_index_new_for_file (path, TEST_KIND, &error);
  g_assert_no_error (error);
  check_sample (mapped);
  g_assert_cmpstr (px_index_get_path (mapped), ==, path);

  g_assert_null (px_index_new_for_bytes (bytes, PX_INDEX_KIND_VECTORS, &error));
  g_assert_error (error, PX_ERROR, PX_ERROR_PARSE);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_index_empty_table (void)
{
  g_autoptr(PxIndexWriter) writer = px_index_writer_new (TEST_KIND);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PxIndex) index = NULL;
  PxIndexTable table;

  px_index_writer_add_table (writer, TRUE, TRUE, sizeof (guint32));
  bytes = px_index_writer_to_bytes (writer);
  index = px_index_new_for_bytes (bytes, TEST_KIND, NULL);
  g_assert_nonnull (index);
  g_assert_true (px_index_get_table (index, 0, TRUE, sizeof (guint32), &table, NULL));
  g_assert_cmpuint (table.n_keys, ==, 0);
  g_assert_cmpint (px_index_table_find (&table, "x", -1), ==, -1);
}

/* Every shorter file is refused before anything is read from it. */
static void
test_index_truncated (void)
{
  g_autoptr(GBytes) bytes = build_sample ();
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);

  for (gsize len = 0; len < size; len++)
    {
      g_autoptr(GBytes) part = g_bytes_new (data, len);
      g_autoptr(PxIndex) index = px_index_new_for_bytes (part, TEST_KIND, NULL);

      g_assert_null (index);
    }
}

static GBytes *
patched (GBytes *bytes,
         gsize   offset,
         guint8  value)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  guint8 *copy = g_memdup2 (data, size);

  copy[offset] = value;
  return g_bytes_new_take (copy, size);
}

/* A changed byte in the header or the section table fails the checksum. */
static void
test_index_bad_header (void)
{
  g_autoptr(GBytes) bytes = build_sample ();
  const PxIndexHeader *header = g_bytes_get_data (bytes, NULL);
  gsize table_end = sizeof *header + header->n_sections * sizeof (PxIndexSection);

  for (gsize offset = 0; offset < table_end; offset++)
    {
      const guint8 *data = g_bytes_get_data (bytes, NULL);
      g_autoptr(GBytes) bad = patched (bytes, offset, data[offset] ^ 0x5a);
      g_autoptr(PxIndex) index = px_index_new_for_bytes (bad, TEST_KIND, NULL);

      g_assert_null (index);
    }
}

/* Damage past the header may give wrong answers, never a read outside the
 * file (the sanitizer build would catch one) nor a hang.
 */
static void
test_index_damaged_body (void)
{
  g_autoptr(GBytes) bytes = build_sample ();
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  const PxIndexHeader *header = (const PxIndexHeader *)data;
  gsize body = sizeof *header + header->n_sections * sizeof (PxIndexSection);
  g_autoptr(GRand) rand = g_rand_new_with_seed (18);

  for (guint round = 0; round < 2000; round++)
    {
      gsize offset = body + g_rand_int_range (rand, 0, size - body);
      g_autoptr(GBytes) bad = patched (bytes, offset, g_rand_int_range (rand, 0, 256));
      g_autoptr(PxIndex) index = px_index_new_for_bytes (bad, TEST_KIND, NULL);
      PxIndexTable table;

      if (index == NULL || !px_index_get_table (index, 0, TRUE, sizeof (guint32), &table, NULL))
        continue;
      for (guint i = 0; i < G_N_ELEMENTS (words); i++)
        {
          gint k = px_index_table_find (&table, words[i], -1);
          guint n;

          px_index_table_get_records (&table, k < 0 ? 0 : k, &n);
          px_index_table_get_key (&table, i);
        }
    }
}

static guint n_compiled;

static PxIndexWriter *
compile_lines (const char  *source,
               GError     **error)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  PxIndexWriter *writer;
  guint32 table;

  if (!g_file_get_contents (source, &contents, NULL, error))
    return NULL;
  n_compiled++;
  writer = px_index_writer_new (PX_INDEX_KIND_WORDS);
  table = px_index_writer_add_table (writer, TRUE, TRUE, 0);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != '\0')
      px_index_writer_add (writer, table, lines[i], NULL, 0);
  return writer;
}

static gboolean
cached_has (const char *source,
            const char *word)
{
  g_autoptr(PxIndex) index = px_index_cache_open ("test", PX_INDEX_KIND_WORDS, source, NULL,
                                                  compile_lines);
  PxIndexTable table;

  g_assert_nonnull (index);
  g_assert_true (px_index_get_table (index, 0, TRUE, 0, &table, NULL));
  return px_index_table_find (&table, word, -1) >= 0;
}

static void
rewrite_cache (const char *cache,
               gsize       keep,
               gsize       offset,
               guint8      value)
{
  g_autofree char *contents = NULL;
  gsize size;

  g_assert_true (g_file_get_contents (cache, &contents, &size, NULL));
  if (offset < size)
    contents[offset] = value;
  g_assert_true (g_file_set_contents (cache, contents, MIN (keep, size), NULL));
}

static void
test_index_cache_rebuild (void)
{
  g_autofree char *dir = g_dir_make_tmp ("px-index-source-XXXXXX", NULL);
  g_autofree char *source = g_build_filename (dir, "words.txt", NULL);
  g_autofree char *cache = px_index_cache_path ("test", source);
  guint before;

  g_assert_true (g_file_set_contents (source, "Haus\nBoot\n", -1, NULL));
  g_unlink (cache);
  n_compiled = 0;

  g_assert_true (cached_has (source, "Boot"));
  g_assert_cmpuint (n_compiled, ==, 1);
  g_assert_true (g_file_test (cache, G_FILE_TEST_IS_REGULAR));
  /* Mapped from the cache, not compiled again. */
  g_assert_true (cached_has (source, "Haus"));
  g_assert_cmpuint (n_compiled, ==, 1);

  /* Truncated, damaged magic, a bad version: each rebuilt. */
  rewrite_cache (cache, 100, G_MAXSIZE, 0);
  g_assert_true (cached_has (source, "Haus"));
  rewrite_cache (cache, G_MAXSIZE, 0, 'X');
  g_assert_true (cached_has (source, "Haus"));
  rewrite_cache (cache, G_MAXSIZE, G_STRUCT_OFFSET (PxIndexHeader, version), 99);
  g_assert_true (cached_has (source, "Haus"));
  rewrite_cache (cache, 0, G_MAXSIZE, 0);
  g_assert_true (cached_has (source, "Haus"));
  g_assert_cmpuint (n_compiled, ==, 5);

  /* A changed source (size, or only its mtime) makes the index stale. */
  g_assert_true (g_file_set_contents (source, "Haus\nBoot\nZug\n", -1, NULL));
  g_assert_true (cached_has (source, "Zug"));
  g_assert_cmpuint (n_compiled, ==, 6);
  before = n_compiled;
  {
    GStatBuf st;
    struct utimbuf times;

    g_assert_cmpint (g_stat (source, &st), ==, 0);
    times.actime = st.st_atime;
    times.modtime = st.st_mtime - 3600;
    g_assert_cmpint (g_utime (source, &times), ==, 0);
  }
  g_assert_true (cached_has (source, "Zug"));
  g_assert_cmpuint (n_compiled, ==, before + 1);

  g_unlink (cache);
  g_unlink (source);
  g_rmdir (dir);
}

/* A cache that cannot be written still gives the index, from memory. */
static void
test_index_cache_unwritable (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *dir = g_dir_make_tmp ("px-index-source-XXXXXX", NULL);
      g_autofree char *source = g_build_filename (dir, "words.txt", NULL);
      g_autoptr(PxIndex) index = NULL;

      g_setenv ("XDG_CACHE_HOME", "/proc/parallax-cannot-be-here", TRUE);
      g_assert_true (g_file_set_contents (source, "Haus\nBoot\n", -1, NULL));
      n_compiled = 0;
      g_assert_true (cached_has (source, "Boot"));
      g_assert_true (cached_has (source, "Haus"));
      g_assert_cmpuint (n_compiled, ==, 2);
      index = px_index_cache_open ("test", PX_INDEX_KIND_WORDS, source, NULL, compile_lines);
      g_assert_null (px_index_get_path (index));
      g_unlink (source);
      g_rmdir (dir);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_index_cache_missing (void)
{
  g_assert_null (px_index_cache_open ("test", PX_INDEX_KIND_WORDS, "/nonexistent/words.txt",
                                      NULL, compile_lines));
  g_assert_null (px_index_cache_open ("test", PX_INDEX_KIND_WORDS, "", NULL, compile_lines));
  g_assert_false (px_index_cache_source_exists ("/nonexistent/words.txt"));
  g_assert_false (px_index_cache_source_exists (""));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/px/index/round-trip", test_index_round_trip);
  g_test_add_func ("/px/index/empty-table", test_index_empty_table);
  g_test_add_func ("/px/index/truncated", test_index_truncated);
  g_test_add_func ("/px/index/bad-header", test_index_bad_header);
  g_test_add_func ("/px/index/damaged-body", test_index_damaged_body);
  g_test_add_func ("/px/index/cache-rebuild", test_index_cache_rebuild);
  g_test_add_func ("/px/index/cache-unwritable", test_index_cache_unwritable);
  g_test_add_func ("/px/index/cache-missing", test_index_cache_missing);

  return g_test_run ();
}
