/* px-test-race.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "px-test-race.h"

typedef struct
{
  GMutex      mutex;
  GCond       cond;
  gboolean    open;
  GThreadFunc func;
} Gate;

static gpointer
race_worker (gpointer data)
{
  Gate *gate = data;

  g_mutex_lock (&gate->mutex);
  while (!gate->open)
    g_cond_wait (&gate->cond, &gate->mutex);
  g_mutex_unlock (&gate->mutex);
  return gate->func (NULL);
}

/**
 * px_test_race:
 * @func: what every thread calls
 * @n_threads: how many threads
 *
 * Starts @n_threads threads, lets them call @func at the same moment and
 * checks that all got the same result: what a lazily opened, shared
 * resource must give on its first use.
 *
 * Returns: the result
 */
gpointer
px_test_race (GThreadFunc func,
              guint       n_threads)
{
  g_autofree GThread **threads = g_new (GThread *, n_threads);
  gpointer first = NULL;
  Gate gate = { .func = func };

  g_mutex_init (&gate.mutex);
  g_cond_init (&gate.cond);
  for (guint i = 0; i < n_threads; i++)
    threads[i] = g_thread_new ("race", race_worker, &gate);
  g_mutex_lock (&gate.mutex);
  gate.open = TRUE;
  g_cond_broadcast (&gate.cond);
  g_mutex_unlock (&gate.mutex);
  for (guint i = 0; i < n_threads; i++)
    {
      gpointer result = g_thread_join (threads[i]);

      if (i == 0)
        first = result;
      g_assert_true (result == first);
    }
  g_mutex_clear (&gate.mutex);
  g_cond_clear (&gate.cond);
  return first;
}
