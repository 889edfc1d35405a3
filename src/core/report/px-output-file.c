/* px-output-file.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-output-file"

/* For O_TMPFILE (Linux 3.11). */
#define _GNU_SOURCE

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "px-output-file.h"

/* An export's file, written where it will live and given its name only
 * when complete. Preferably it has no name until then (O_TMPFILE): a
 * failed, cancelled, crashed or killed export leaves nothing behind. Where
 * the file system cannot make unnamed files, it is a named temporary file
 * beside the target, which px_output_file_free() removes unless committed.
 */
struct _PxOutputFile
{
  int   fd;
  char *path;
  char *dir;
  char *named;
  int   write_errno;
};

static gboolean
fail (PxOutputFile  *self,
      int            saved_errno,
      GError       **error)
{
  g_autofree char *display = g_filename_display_name (self->path);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Cannot write %s: %s"), display, g_strerror (saved_errno));
  return FALSE;
}

/**
 * px_output_file_new:
 * @path: the file to write
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the file to write, not yet at @path, or %NULL
 */
PxOutputFile *
px_output_file_new (const char  *path,
                    GError     **error)
{
  g_autoptr(PxOutputFile) self = g_new0 (PxOutputFile, 1);

  g_return_val_if_fail (path != NULL, NULL);

  self->fd = -1;
  self->path = g_strdup (path);
  self->dir = g_path_get_dirname (path);
#ifdef O_TMPFILE
  if ((self->fd = open (self->dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0644)) >= 0)
    return g_steal_pointer (&self);
  if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL)
    {
      fail (self, errno, error);
      return NULL;
    }
#endif
  self->named = g_build_filename (self->dir, ".parallax-export-XXXXXX", NULL);
  if ((self->fd = g_mkstemp_full (self->named, O_WRONLY | O_CLOEXEC, 0644)) < 0)
    {
      g_clear_pointer (&self->named, g_free);
      fail (self, errno, error);
      return NULL;
    }
  return g_steal_pointer (&self);
}

/**
 * px_output_file_write:
 * @self: a #PxOutputFile
 * @data: (array length=length): bytes to append
 * @length: their number
 *
 * Returns: %TRUE, or %FALSE once a write failed (px_output_file_commit()
 *   then reports why)
 */
gboolean
px_output_file_write (PxOutputFile *self,
                      const void   *data,
                      gsize         length)
{
  const char *bytes = data;

  while (length > 0 && self->write_errno == 0)
    {
      gssize n = write (self->fd, bytes, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        self->write_errno = n < 0 ? errno : ENOSPC;
      else
        {
          bytes += n;
          length -= n;
        }
    }
  return self->write_errno == 0;
}

/* A new file takes its name at once; an existing one is replaced by a
 * rename, so that a reader never sees half a file.
 */
static gboolean
link_unnamed (PxOutputFile *self)
{
  g_autofree char *proc = g_strdup_printf ("/proc/self/fd/%d", self->fd);
  g_autofree char *tmp = NULL;
  int fd, saved;

  if (linkat (AT_FDCWD, proc, AT_FDCWD, self->path, AT_SYMLINK_FOLLOW) == 0)
    return TRUE;
  if (errno != EEXIST)
    return FALSE;

  tmp = g_build_filename (self->dir, ".parallax-export-XXXXXX", NULL);
  if ((fd = g_mkstemp (tmp)) < 0)
    return FALSE;
  close (fd);
  g_unlink (tmp);
  if (linkat (AT_FDCWD, proc, AT_FDCWD, tmp, AT_SYMLINK_FOLLOW) != 0)
    return FALSE;
  if (g_rename (tmp, self->path) == 0)
    return TRUE;
  saved = errno;
  g_unlink (tmp);
  errno = saved;
  return FALSE;
}

/**
 * px_output_file_commit:
 * @self: a #PxOutputFile
 * @error: return location for a #GError
 *
 * Gives the complete file its name, replacing what was there.
 *
 * Returns: %TRUE on success
 */
gboolean
px_output_file_commit (PxOutputFile  *self,
                       GError       **error)
{
  if (self->write_errno != 0)
    return fail (self, self->write_errno, error);
  if (self->named == NULL)
    return link_unnamed (self) || fail (self, errno, error);
  if (g_rename (self->named, self->path) != 0)
    return fail (self, errno, error);
  g_clear_pointer (&self->named, g_free);
  return TRUE;
}

/**
 * px_output_file_free:
 * @self: (transfer full): a #PxOutputFile
 *
 * Closes the file; one not committed is gone with it.
 */
void
px_output_file_free (PxOutputFile *self)
{
  if (self == NULL)
    return;
  if (self->fd >= 0)
    close (self->fd);
  if (self->named != NULL)
    g_unlink (self->named);
  g_free (self->named);
  g_free (self->dir);
  g_free (self->path);
  g_free (self);
}
