/* fuzz-project.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "px-core.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(PxProject) project = NULL;
  g_autoptr(GError) error = NULL;

  project = px_project_load_data ((const char *)data, size, &error);

  /* A project that loads must save back to a file that loads again. */
  if (project != NULL)
    {
      g_autofree char *again = NULL;
      g_autoptr(PxProject) reloaded = NULL;
      gsize length;

      g_assert_null (error);
      again = px_project_to_data (project, &length);
      reloaded = px_project_load_data (again, length, NULL);
      g_assert_nonnull (reloaded);
    }
  else
    g_assert_nonnull (error);

  return 0;
}
