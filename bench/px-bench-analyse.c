/* px-bench-analyse.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Prints measured time and peak memory of the analyse stage on one very
 * long plain-text article (1.2, 2.4 and 4.9 MB by default): figure
 * extraction (px_figure_extract_articles) and their comparison by quantity
 * (px_figure_compare_mentions), attribution finding (px_attribution_find)
 * and quote finding (px_quote_find_with_attributions). Times that grow in
 * proportion to the size show the stage is linear. Times are processor
 * time, not wall-clock, since benches share the machine; each size runs in
 * a child process, so that its peak resident size is its own.
 *
 * The article is ours and deterministic: the claims and quote sentences
 * of px-bench-generate.c, with sentences of our own that give every finder
 * work — figures with hedges and units, attributions to outlets, persons
 * and pronouns, quotes over two sentences and in two parts.
 *
 * Run: _build/bench/px-bench-analyse [MEGABYTES...]
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "px-bench-generate.h"
#include "px-core.h"

/* Sentences that give the finders something to find, {n} an invented name. */
static const char *extra_sentences[] = {
  "Laut der Zeitung {n}er Bote kamen mehr als 2.500 Menschen zu der Versammlung.",
  "Nach Angaben des Landkreises stehen bis zu rund 80 Kilometer Deich unter Beobachtung.",
  "Ministerin Petra {n} sagte, die Hilfe werde zwischen 10.000 und 12.000 Haushalte erreichen.",
  "Sie betonte, man habe keine andere Wahl gehabt.",
  "„Wir bleiben so lange, wie es nötig ist. Niemand wird allein gelassen“, sagte Petra {n}.",
  "„Die Lage ist ernst“, so der Landrat. „Wir rechnen mit einigen Wochen.“",
  "Das bestätigten zwei Sprecher der Stadt {n}, die nicht genannt werden wollten.",
  "Dem Bericht zufolge fehlen dem Verband etwa 3,5 Millionen Euro.",
  "Tausende Anwohner mussten ihre Häuser in {n}stedt verlassen.",
};

static void
append_extra (GString *out,
              GRand   *rand)
{
  guint pick = g_rand_int_range (rand, 0, G_N_ELEMENTS (extra_sentences));
  const char *sentence = extra_sentences[pick];
  g_autofree char *name = g_strdup_printf ("%c%s", 'A' + g_rand_int_range (rand, 0, 26),
                                           g_rand_boolean (rand) ? "ltmann" : "rnau");
  g_auto(GStrv) parts = g_strsplit (sentence, "{n}", -1);
  g_autofree char *joined = g_strjoinv (name, parts);

  g_string_append (out, joined);
}

/* A plain-text article of @size bytes or a little less. */
static char *
generate_article (gsize size,
                  guint seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  GString *out = g_string_new ("Ein sehr langer Bericht\n\n");
  guint s = 0;

  while (out->len < size - 600)
    {
      guint kind = g_rand_int_range (rand, 0, 10);

      if (s > 0)
        g_string_append_c (out, ' ');
      if (kind < 5)
        px_bench_append_claim (out, rand, g_rand_int (rand), TRUE);
      else if (kind < 7)
        g_string_append (out, px_bench_quote (rand));
      else
        append_extra (out, rand);
      if (++s % 6 == 0)
        g_string_append (out, "\n\n");
    }
  g_string_append_c (out, '\n');
  return g_string_free (out, FALSE);
}

/* Processor time of this process: the machine is shared, and a wall clock
 * would count the others' work too.
 */
static double
now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static double
peak_mb (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;
}

static void
run_size (double megabytes)
{
  g_autoptr(PxArticleLoader) loader = px_article_loader_new ();
  g_autofree char *text = generate_article ((gsize)(megabytes * 1e6), 4242);
  g_autoptr(PxArticle) article = NULL;
  g_autoptr(GPtrArray) articles = g_ptr_array_new ();
  g_autoptr(GArray) mentions = NULL;
  g_autoptr(GPtrArray) comparisons = NULL;
  g_autoptr(GPtrArray) attributions = NULL;
  g_autoptr(GPtrArray) quotes = NULL;
  g_autoptr(GError) error = NULL;
  guint n_sentences = 0;
  double t0, t1;

  t0 = now ();
  article = px_article_loader_load_data (loader, "lang.txt", text, strlen (text), &error);
  t1 = now ();
  g_assert_no_error (error);
  px_article_get_sentences (article, &n_sentences);
  g_ptr_array_add (articles, article);
  g_print ("%5.1f MB   %7u sentences   (load and segment %.1f ms, not analyse)\n",
           strlen (text) / 1e6, n_sentences, (t1 - t0) * 1000.0);

  t0 = now ();
  mentions = px_figure_extract_articles (articles);
  t1 = now ();
  g_print ("  figures       %10.1f ms   peak %7.1f MB   %u figures\n", (t1 - t0) * 1000.0,
           peak_mb (), mentions->len);

  t0 = now ();
  attributions = px_attribution_find (article);
  t1 = now ();
  g_print ("  attributions  %10.1f ms   peak %7.1f MB   %u attributions\n", (t1 - t0) * 1000.0,
           peak_mb (), attributions->len);

  t0 = now ();
  quotes = px_quote_find_with_attributions (article, attributions);
  t1 = now ();
  g_print ("  quotes        %10.1f ms   peak %7.1f MB   %u quotes\n", (t1 - t0) * 1000.0,
           peak_mb (), quotes->len);

  t0 = now ();
  comparisons = px_figure_compare_mentions (articles, mentions);
  t1 = now ();
  g_print ("  by quantity   %10.1f ms   peak %7.1f MB   %u quantities\n", (t1 - t0) * 1000.0,
           peak_mb (), comparisons->len);
}

int
main (int    argc,
      char **argv)
{
  static const double default_sizes[] = { 1.2, 2.4, 4.9 };
  g_autoptr(GArray) sizes = g_array_new (FALSE, FALSE, sizeof (double));

  for (int i = 1; i < argc; i++)
    {
      double mb = g_ascii_strtod (argv[i], NULL);

      /* The loader refuses files over 5 MiB. */
      if (!(mb > 0.01 && mb <= 5.2))
        {
          g_printerr ("usage: px-bench-analyse [MEGABYTES...]   (0.01 to 5.2)\n");
          return 2;
        }
      g_array_append_val (sizes, mb);
    }
  if (sizes->len == 0)
    g_array_append_vals (sizes, default_sizes, G_N_ELEMENTS (default_sizes));

  /* Line by line, so that a size cut short still shows its stages. */
  setvbuf (stdout, NULL, _IOLBF, 0);
  g_print ("Parallax analyse bench: one plain-text article (processor time of one core)\n");

  for (guint i = 0; i < sizes->len; i++)
    {
      pid_t pid = fork ();
      int status;

      if (pid == 0)
        {
          run_size (g_array_index (sizes, double, i));
          _exit (0);
        }
      waitpid (pid, &status, 0);
      if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
        return 1;
    }
  return 0;
}
