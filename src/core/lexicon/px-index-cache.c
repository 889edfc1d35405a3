/* px-index-cache.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-index-cache"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "px-index-cache.h"

/* System files (the Debian word list, OpenThesaurus, WordNet, trans-de-en)
 * change with package updates, so their indexes are compiled at first use
 * into the user's cache, keyed on the source's path, size and mtime.
 */

/**
 * px_index_cache_source:
 * @variable: the environment variable that overrides the path
 * @fallback: the Debian package's path
 *
 * Returns: (transfer none): the source path; "" when the variable is set
 *   empty, which switches the resource off
 */
const char *
px_index_cache_source (const char *variable,
                       const char *fallback)
{
  const char *value = g_getenv (variable);

  return value != NULL ? value : fallback;
}

/* Whether a resource is there, without opening it: callers ask this for
 * every set, and an English set must not compile the German indexes.
 */
gboolean
px_index_cache_source_exists (const char *path)
{
  return path != NULL && path[0] != '\0' && g_file_test (path, G_FILE_TEST_IS_REGULAR) &&
         g_access (path, R_OK) == 0;
}

/**
 * px_index_cache_stamp:
 * @files: the source's files, %NULL-terminated
 * @stamp: (out): their total size and latest mtime
 *
 * Returns: whether every file is there
 */
gboolean
px_index_cache_stamp (const char * const *files,
                      PxIndexStamp       *stamp)
{
  memset (stamp, 0, sizeof *stamp);
  for (guint i = 0; files[i] != NULL; i++)
    {
      GStatBuf st;
      gint64 mtime;

      if (g_stat (files[i], &st) != 0 || !S_ISREG (st.st_mode))
        return FALSE;
      mtime = (gint64)st.st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) + st.st_mtim.tv_nsec;
      stamp->size += st.st_size;
      stamp->mtime = MAX (stamp->mtime, mtime);
    }
  return TRUE;
}

/**
 * px_index_cache_path:
 * @name: the resource's name ("thesaurus")
 * @source: its source path
 *
 * The file name carries a hash of the source path, so that two sources
 * (a test's fixture and the system file) do not evict each other.
 *
 * Returns: (transfer full): the cache file for @source
 */
char *
px_index_cache_path (const char *name,
                     const char *source)
{
  guint32 h = px_index_hash (source, strlen (source), PX_INDEX_HASH_SEED);
  g_autofree char *file = g_strdup_printf ("%s-%08x.pxidx", name, h);

  return g_build_filename (g_get_user_cache_dir (), "parallax", file, NULL);
}

static PxIndex *
open_cached (const char         *path,
             guint32             kind,
             const char         *source,
             const PxIndexStamp *stamp)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxIndex) index = NULL;
  const PxIndexHeader *header;

  if ((index = px_index_new_for_file (path, kind, &error)) == NULL)
    {
      if (!g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        g_debug ("Rebuilding %s: %s", path, error->message);
      return NULL;
    }
  header = px_index_get_header (index);
  if (header->source_size != stamp->size || header->source_mtime != stamp->mtime ||
      g_strcmp0 (px_index_get_source_path (index), source) != 0)
    {
      g_debug ("Rebuilding %s: %s has changed", path, source);
      return NULL;
    }
  px_index_set_discard_on_damage (index, TRUE);
  return g_steal_pointer (&index);
}

static PxIndex *
compile_and_store (const char         *path,
                   guint32             kind,
                   const char         *source,
                   const PxIndexStamp *stamp,
                   PxIndexCompileFunc  compile)
{
  g_autoptr(PxIndexWriter) writer = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (path);
  gint64 start = g_get_monotonic_time ();
  PxIndex *index;

  if ((writer = compile (source, &error)) == NULL)
    {
      g_debug ("Cannot compile %s: %s", source, error->message);
      return NULL;
    }
  px_index_writer_set_source (writer, source, stamp->size, stamp->mtime);
  bytes = px_index_writer_to_bytes (writer);
  g_clear_pointer (&writer, px_index_writer_free);
  g_debug ("Compiled %s in %.0f ms", source, (g_get_monotonic_time () - start) / 1000.0);

  /* Mapping the written file shares its pages between processes; when the
   * cache cannot be written, the index is used from memory this once.
   */
  if (g_mkdir_with_parents (dir, 0755) != 0)
    g_debug ("Cannot create %s: %s", dir, g_strerror (errno));
  else if (!g_file_set_contents_full (path, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes),
                                      G_FILE_SET_CONTENTS_CONSISTENT, 0644, &error))
    g_debug ("Cannot write %s: %s", path, error->message);
  else if ((index = open_cached (path, kind, source, stamp)) != NULL)
    return index;

  g_clear_error (&error);
  if ((index = px_index_new_for_bytes (bytes, kind, &error)) == NULL)
    g_critical ("A freshly compiled index of %s does not read back: %s", source, error->message);
  return index;
}

/**
 * px_index_cache_open:
 * @name: the resource's name, for the cache file
 * @kind: the PX_INDEX_KIND_* of its index
 * @source: the source path ("" or a missing file: no resource)
 * @files: (nullable): the files that make up the source, when it is a
 *   folder; %NULL for @source itself
 * @compile: compiles @source into a writer
 *
 * Maps the cached index of @source; compiles it first when there is none,
 * or when the cached one is damaged or older than its source.
 *
 * Returns: (transfer full) (nullable): the index, or %NULL when the source
 *   is missing or cannot be compiled
 */
PxIndex *
px_index_cache_open (const char         *name,
                     guint32             kind,
                     const char         *source,
                     const char * const *files,
                     PxIndexCompileFunc  compile)
{
  const char *self_files[] = { source, NULL };
  g_autofree char *absolute = NULL;
  g_autofree char *path = NULL;
  PxIndexStamp stamp;
  PxIndex *index;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (source != NULL, NULL);

  if (source[0] == '\0' || !px_index_cache_stamp (files != NULL ? files : self_files, &stamp))
    return NULL;
  /* One cache file per source, wherever the process was started. */
  absolute = g_canonicalize_filename (source, NULL);
  path = px_index_cache_path (name, absolute);
  if ((index = open_cached (path, kind, absolute, &stamp)) != NULL)
    return index;
  return compile_and_store (path, kind, absolute, &stamp, compile);
}
