/* px-compile-vectors.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Build-time tool: px-compile-vectors [--rows N] [--directions D] PACKAGE.tgz OUTPUT
 *
 * Converts the word vectors package that build-aux/fetch-vectors.sh
 * fetched into the VECT index the engine maps (px-index-format.h): the N
 * most frequent words (200,000 by default), centred (the mean and the top
 * D principal directions taken out, px-vectors-centre.c; D is one per 100
 * dimensions by default, -1 keeps the rows as they are), each row
 * L2-normalised and stored as int8 with a per-row scale. Run by meson; its messages are for
 * the build log.
 */

#include "config.h"

#include <stdlib.h>

#include "px-vectors-compile.h"

int
main (int   argc,
      char *argv[])
{
  int rows = 200000;
  int directions = 1;
  GOptionEntry entries[] = {
    { "rows", 0, 0, G_OPTION_ARG_INT, &rows, "Rows to keep, most frequent first", "N" },
    { "directions", 0, 0, G_OPTION_ARG_INT, &directions,
      "Principal directions to take out after the mean (-1: none, not even the mean)", "D" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("PACKAGE.tgz OUTPUT");
  g_autoptr(PxIndexWriter) writer = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 3 || rows < 1)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      g_printerr ("%s\n", error != NULL ? error->message : help);
      return 2;
    }
  if ((writer = px_vectors_compile_file (argv[1], rows, directions, &error)) == NULL ||
      !px_index_writer_write (writer, argv[2], &error))
    {
      g_printerr ("px-compile-vectors: %s: %s\n", argv[1], error->message);
      return 1;
    }
  g_print ("px-compile-vectors: %u words in %.1f s\n", px_index_writer_get_n_keys (writer, 0),
           (g_get_monotonic_time () - start) / 1e6);
  return 0;
}
