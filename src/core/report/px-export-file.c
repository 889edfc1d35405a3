/* px-export-file.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-export-file"

/* O_TMPFILE is a Linux extension. */
#define _GNU_SOURCE

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "px-export-file.h"

/* An export is written to a file without a name (O_TMPFILE) in the target's
 * folder and given its name only when complete, by linking it under a
 * temporary name and renaming that over the target. A failed or killed
 * export so leaves neither a half-written target nor a stray temporary
 * file; an existing target stays as it was. Where the file system has no
 * unnamed files, a named temporary file is used and removed on failure.
 */
struct _PxExportFile
{
  char *path;
  char *tmp;        /* the temporary name, once there is one */
  int   fd;
  int   write_errno;
};

static void
set_error (GError     **error,
           const char  *path,
           int          saved)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
               _("Cannot write %s: %s"), display, g_strerror (saved));
}

/**
 * px_export_file_open:
 * @path: the file to write in the end
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the file to write to
 */
PxExportFile *
px_export_file_open (const char  *path,
                     GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  PxExportFile *file;
  int fd;

#ifdef O_TMPFILE
  fd = open (dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0644);
  if (fd < 0 && errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL)
    {
      set_error (error, path, errno);
      return NULL;
    }
#else
  fd = -1;
#endif

  file = g_new0 (PxExportFile, 1);
  file->path = g_strdup (path);
  file->fd = -1;
  if (fd < 0)
    {
      file->tmp = g_build_filename (dir, ".parallax-export-XXXXXX", NULL);
      if ((fd = g_mkstemp_full (file->tmp, O_WRONLY | O_CLOEXEC, 0644)) < 0)
        {
          set_error (error, path, errno);
          g_clear_pointer (&file->tmp, g_free);
          px_export_file_abort (file);
          return NULL;
        }
    }
  file->fd = fd;
  return file;
}

/* Returns: %FALSE once a write has failed; later writes are dropped. */
gboolean
px_export_file_write (PxExportFile *file,
                      const void   *data,
                      gsize         length)
{
  const char *at = data;

  while (length > 0 && file->write_errno == 0)
    {
      gssize n = write (file->fd, at, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          file->write_errno = n < 0 ? errno : EIO;
          break;
        }
      at += n;
      length -= n;
    }
  return file->write_errno == 0;
}

/* Gives the unnamed file a temporary name beside the target. */
static gboolean
link_unnamed (PxExportFile *file)
{
  g_autofree char *dir = g_path_get_dirname (file->path);
  g_autofree char *proc = g_strdup_printf ("/proc/self/fd/%d", file->fd);

  for (guint attempt = 0; attempt < 100; attempt++)
    {
      g_free (file->tmp);
      file->tmp = g_strdup_printf ("%s/.parallax-export-%08x", dir, g_random_int ());
      if (linkat (AT_FDCWD, proc, AT_FDCWD, file->tmp, AT_SYMLINK_FOLLOW) == 0)
        return TRUE;
      if (errno != EEXIST)
        break;
    }
  g_clear_pointer (&file->tmp, g_free);
  return FALSE;
}

/**
 * px_export_file_commit:
 * @file: (transfer full): the written file
 * @error: return location for a #GError
 *
 * Puts the file in place under its name, or removes every trace of it.
 *
 * Returns: %TRUE on success
 */
gboolean
px_export_file_commit (PxExportFile  *file,
                       GError       **error)
{
  int saved = file->write_errno;
  gboolean ok = FALSE;

  if (saved == 0 && fsync (file->fd) != 0)
    saved = errno;
  if (saved == 0 && file->tmp == NULL && !link_unnamed (file))
    saved = errno;
  if (saved == 0 && g_rename (file->tmp, file->path) != 0)
    saved = errno;
  if (saved == 0)
    {
      g_clear_pointer (&file->tmp, g_free);
      ok = TRUE;
    }
  else
    set_error (error, file->path, saved);

  px_export_file_abort (file);
  return ok;
}

/**
 * px_export_file_abort:
 * @file: (transfer full) (nullable): a file
 *
 * Drops the file: an unnamed one vanishes as it is closed, a named
 * temporary one is removed.
 */
void
px_export_file_abort (PxExportFile *file)
{
  if (file == NULL)
    return;
  if (file->fd >= 0)
    close (file->fd);
  if (file->tmp != NULL)
    g_unlink (file->tmp);
  g_free (file->tmp);
  g_free (file->path);
  g_free (file);
}
