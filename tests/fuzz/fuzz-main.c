/* fuzz-main.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Without libFuzzer, each fuzz target links this driver instead: it runs the
 * target once on every file of the given folders (the seed corpus and the
 * crashes we found), which makes the corpus a regression test under gcc.
 */

#include "config.h"

#include <stdio.h>
#include <glib.h>

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

static guint
run_path (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  guint runs = 0;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)))
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          runs += run_path (child);
        }
      return runs;
    }

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return 0;
  LLVMFuzzerTestOneInput ((const guint8 *)contents, length);
  return 1;
}

int
main (int    argc,
      char **argv)
{
  guint runs = 0;

  printf ("1..1\n");
  for (int i = 1; i < argc; i++)
    runs += run_path (argv[i]);
  printf ("ok 1 - %u inputs ran without a crash\n", runs);
  return runs > 0 ? 0 : 1;
}
