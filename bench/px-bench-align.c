/* px-bench-align.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Prints measured time and peak memory for loading and aligning generated
 * article sets of 5, 100 and 1,000 articles (design.md section 8). Each size
 * runs in a child process, so that its peak resident size is its own.
 *
 * The sets are deterministic: a fixed seed drives the generator of
 * px-bench-generate.c, which writes German-like news sentences of realistic
 * length over a shared vocabulary;
 * every set is made of events of five articles each that report overlapping
 * claims, reordered and with words swapped, so the aligner has real work.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "px-bench-generate.h"
#include "px-core.h"

static GPtrArray *
generate_set (guint n_articles,
              guint seed)
{
  g_autoptr(PxArticleLoader) loader = px_article_loader_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  GPtrArray *articles = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint a = 0; a < n_articles; a++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *name = g_strdup_printf ("quelle-%04u.txt", a);
      g_autoptr(GError) error = NULL;
      guint event = a / 5;
      guint n_sentences = 24 + g_rand_int_range (rand, 0, 12);
      PxArticle *article;

      g_string_append_printf (text, "---\noutlet: Quelle %u\ntitle: Bericht %u\nlanguage: de\n---\n", a, event);

      for (guint s = 0; s < n_sentences; s++)
        {
          /* Most sentences report one of the event's 40 claims, in an order
           * of this source's own; the rest are the source's alone.
           */
          guint claim = g_rand_int_range (rand, 0, 40);
          gboolean own = g_rand_int_range (rand, 0, 5) == 0;

          px_bench_append_claim (text, rand, own ? g_rand_int (rand) : event * 1000 + claim, TRUE);
          g_string_append (text, s % 3 == 2 ? "\n\n" : " ");
        }

      article = px_article_loader_load_data (loader, name, text->str, text->len, &error);
      g_assert_no_error (error);
      g_ptr_array_add (articles, article);
    }

  return articles;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y;
}

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

static void
run_size (guint n_articles)
{
  g_autoptr(GPtrArray) articles = NULL;
  struct rusage usage;
  double t0, t1;
  guint n_sentences = 0;

  t0 = now ();
  articles = generate_set (n_articles, 4242 + n_articles);
  t1 = now ();

  for (guint i = 0; i < articles->len; i++)
    {
      guint n;

      px_article_get_sentences (g_ptr_array_index (articles, i), &n);
      n_sentences += n;
    }

  g_print ("%6u articles %7u sentences  load+segment %8.1f ms", n_articles, n_sentences,
           (t1 - t0) * 1000.0);

  {
    g_autoptr(PxAligner) aligner = px_aligner_new ();
    g_autoptr(PxAlignment) alignment = NULL;
    g_autoptr(PxComparison) comparison = NULL;
    g_autoptr(GError) error = NULL;
    double t2, t3, t4;

    /* The thesaurus and word list load once per process, on first use;
     * that one-time cost is measured apart from the alignment itself.
     */
    {
      g_autoptr(GPtrArray) warm_up = g_ptr_array_new ();
      g_autoptr(PxAlignment) discard = NULL;
      double start = now ();

      g_ptr_array_add (warm_up, g_ptr_array_index (articles, 0));
      discard = px_aligner_run (aligner, warm_up, NULL, NULL);
      g_print ("  knowledge %6.1f ms", (now () - start) * 1000.0);
    }

    /* One run is at the mercy of the scheduler (and of a shared machine's
     * neighbours): every size reports the median of several.
     */
    {
      guint runs = n_articles <= 10 ? 21 : n_articles <= 100 ? 5 : 3;
      g_autofree double *align_ms = g_new0 (double, runs);
      g_autofree double *diverge_ms = g_new0 (double, runs);

      for (guint r = 0; r < runs; r++)
        {
          g_clear_object (&alignment);
          g_clear_object (&comparison);
          /* A fresh copy each run: articles keep what was found in them. */
          if (r > 0)
            {
              g_clear_pointer (&articles, g_ptr_array_unref);
              articles = generate_set (n_articles, 4242 + n_articles);
            }
          t2 = now ();
          alignment = px_aligner_run (aligner, articles, NULL, &error);
          t3 = now ();
          g_assert_no_error (error);
          comparison = px_comparison_new (alignment);
          t4 = now ();
          align_ms[r] = (t3 - t2) * 1000.0;
          diverge_ms[r] = (t4 - t3) * 1000.0;
        }
      qsort (align_ms, runs, sizeof (double), compare_doubles);
      qsort (diverge_ms, runs, sizeof (double), compare_doubles);

      g_print ("  align %8.1f ms (%u groups)  diverge %8.1f ms%s",
               align_ms[runs / 2], px_alignment_get_n_groups (alignment), diverge_ms[runs / 2],
               " (medians)");
    }
  }

  getrusage (RUSAGE_SELF, &usage);
  g_print ("  peak %7.1f MB\n", usage.ru_maxrss / 1024.0);
}

int
main (int    argc,
      char **argv)
{
  static const guint default_sizes[] = { 5, 100, 1000 };
  g_autoptr(GArray) sizes = g_array_new (FALSE, FALSE, sizeof (guint));

  /* px-bench-align [SIZE…]: the given set sizes, or the three of design.md. */
  for (int i = 1; i < argc; i++)
    {
      guint64 parsed;
      guint size;

      if (!g_ascii_string_to_unsigned (argv[i], 10, 1, 100000, &parsed, NULL))
        {
          g_printerr ("px-bench-align: not a set size: %s\n", argv[i]);
          return 2;
        }
      size = parsed;
      g_array_append_val (sizes, size);
    }
  if (sizes->len == 0)
    g_array_append_vals (sizes, default_sizes, G_N_ELEMENTS (default_sizes));

  g_print ("Parallax alignment bench (one core; times are wall-clock)\n");

  for (guint i = 0; i < sizes->len; i++)
    {
      pid_t pid = fork ();

      if (pid == 0)
        {
          run_size (g_array_index (sizes, guint, i));
          _exit (0);
        }
      waitpid (pid, NULL, 0);
    }

  return 0;
}
