/* px-align-parallel.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-aligner"

#include "config.h"

#include "px-align-private.h"

/* Work on items that do not depend on each other, cut into one slice per
 * processor. The calling thread takes the first slice, so a small job
 * starts no thread at all, and a slice whose thread cannot start runs
 * there too. Each item's result must not depend on which slice it is in:
 * then the result does not depend on the number of processors either.
 */

#define MAX_SLICES 8

typedef struct
{
  PxAlignSliceFunc func;
  gpointer         data;
  guint            from;
  guint            to;
  gboolean         first;
} Slice;

static gpointer
run_slice (gpointer data)
{
  Slice *slice = data;

  slice->func (slice->data, slice->from, slice->to, slice->first);
  return NULL;
}

/**
 * px_align_parallel:
 * @n_items: how many items
 * @min_per_slice: the fewest items worth a thread of their own
 * @func: called once per slice, with the slice's range of items and
 *   whether it is the first slice (the one the calling thread runs)
 * @data: passed to @func
 *
 * Calls @func on every item, in slices on all processors, and returns when
 * all are done.
 */
void
px_align_parallel (guint            n_items,
                   guint            min_per_slice,
                   PxAlignSliceFunc func,
                   gpointer         data)
{
  guint n = CLAMP (n_items / MAX (1, min_per_slice), 1,
                   MIN (MAX_SLICES, MAX (1, (guint)g_get_num_processors ())));
  Slice slices[MAX_SLICES];
  GThread *threads[MAX_SLICES] = { NULL };

  for (guint s = 0; s < n; s++)
    {
      slices[s] = (Slice) { func, data, (guint)((guint64)n_items * s / n),
                            (guint)((guint64)n_items * (s + 1) / n), s == 0 };
      if (s > 0)
        threads[s] = g_thread_try_new ("px-align-slice", run_slice, &slices[s], NULL);
    }
  run_slice (&slices[0]);
  for (guint s = 1; s < n; s++)
    {
      if (threads[s] != NULL)
        g_thread_join (threads[s]);
      else
        run_slice (&slices[s]);
    }
}
