/* px-bench-startup.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Prints how long `parallax-cli align` takes as a whole process, start-up
 * to report, on two short English articles it writes itself (and on any
 * folders given, such as a German set): the median, minimum and maximum
 * wall time of 10 runs after one warm-up. The word resources are mapped
 * from compiled indexes (src/core/lexicon/px-index-format.h), so this is
 * mostly process start-up; the design's target is < 50 ms.
 *
 * In-process, it also loads each set once and aligns it RUNS + 1 times
 * with one aligner: the first alignment (which looks every word up in the
 * mapped lexicons) and the median of the others (the workbench's case when
 * it realigns after a correction); the design's target is < 20 ms.
 *
 * --vs CLI times a second parallax-cli (say, a build of an older commit)
 * in turn with this one, run for run, and prints the ratio of medians.
 * --cold also times one run with an empty index cache: the first use on
 * a fresh machine, when the indexes are compiled.
 *
 * Run: _build/bench/px-bench-startup [--vs OTHER-CLI] [--cold] [FOLDER…]
 */

#include "config.h"

#include <stdlib.h>
#include <glib/gstdio.h>

#include "px-core.h"

#define RUNS 10

static const char *articles[][2] = {
  { "harbour-gazette.txt",
    "---\noutlet: Harbour Gazette\ntitle: Ferry strike halts crossings\nlanguage: en\n---\n\n"
    "Ferry crews walked out on Monday morning, halting all crossings between the two "
    "island ports, the operator said.\n\n"
    "About 1,200 passengers were stranded at the terminals, according to the port "
    "authority. The union said 340 workers joined the strike over pay and rotas.\n\n"
    "Talks are due to resume on Wednesday, a spokeswoman for the operator said. "
    "Freight services will run on a reduced timetable until then.\n" },
  { "coastal-post.txt",
    "---\noutlet: Coastal Post\ntitle: Strike strands ferry passengers\nlanguage: en\n---\n\n"
    "A walkout by ferry staff stopped every sailing between the islands on Monday, "
    "leaving some 1,200 travellers stuck at the ports.\n\n"
    "The union said 340 crew members had stopped work in a dispute over wages and "
    "shift patterns. The operator called the action regrettable.\n\n"
    "Negotiations will restart on Wednesday. Until then freight will sail on a cut "
    "timetable, the company said.\n" },
};

static char *
write_articles (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("px-bench-startup-XXXXXX", &error);

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    {
      g_autofree char *path = g_build_filename (dir, articles[i][0], NULL);

      g_assert_true (g_file_set_contents (path, articles[i][1], -1, NULL));
    }
  return dir;
}

static void
remove_articles (const char *dir)
{
  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    {
      g_autofree char *path = g_build_filename (dir, articles[i][0], NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

/* One whole run, in milliseconds; its output is read and dropped. */
static double
run_once (const char  *cli,
          const char  *folder,
          char       **envp)
{
  const char *argv[] = { cli, "align", "--format", "json", folder, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  int status;

  if (!g_spawn_sync (NULL, (char **)argv, envp, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                     &out, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    {
      g_printerr ("%s: %s\n", cli, error->message);
      exit (1);
    }
  return (g_get_monotonic_time () - start) / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y;
}

static double
median (double *runs)
{
  qsort (runs, RUNS, sizeof (double), compare_doubles);
  return (runs[RUNS / 2 - 1] + runs[RUNS / 2]) / 2;
}

static void
print_row (const char *label,
           double     *runs)
{
  double m = median (runs);

  g_print ("  %-28s median %7.1f ms   min %7.1f   max %7.1f\n", label, m, runs[0], runs[RUNS - 1]);
}

/* Both CLIs in turn, run for run, so that a drifting machine hits both. */
static void
time_folder (const char *title,
             const char *cli,
             const char *other,
             const char *folder)
{
  double mine[RUNS], theirs[RUNS];

  run_once (cli, folder, NULL);
  if (other != NULL)
    run_once (other, folder, NULL);
  for (guint i = 0; i < RUNS; i++)
    {
      mine[i] = run_once (cli, folder, NULL);
      if (other != NULL)
        theirs[i] = run_once (other, folder, NULL);
    }
  g_print ("%s\n", title);
  print_row ("this build", mine);
  if (other != NULL)
    {
      print_row (other, theirs);
      g_print ("  %-28s %.3f\n", "ratio of medians", median (mine) / median (theirs));
    }
}

/* Alignment inside one process, the articles loaded once. */
static void
time_in_process (const char *folder)
{
  g_autoptr(PxArticleLoader) loader = px_article_loader_new ();
  g_autoptr(PxAligner) aligner = px_aligner_new ();
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (folder);
  g_autoptr(GPtrArray) set = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  double first = 0.0, runs[RUNS];

  set = px_article_loader_load_set (loader, &file, 1, &problems, NULL, &error);
  if (set == NULL)
    {
      g_printerr ("%s: %s\n", folder, error->message);
      exit (1);
    }
  for (guint i = 0; i <= RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(PxAlignment) alignment = px_aligner_run (aligner, set, NULL, &error);
      double ms = (g_get_monotonic_time () - start) / 1000.0;

      if (alignment == NULL)
        {
          g_printerr ("%s: %s\n", folder, error->message);
          exit (1);
        }
      if (i == 0)
        first = ms;
      else
        runs[i - 1] = ms;
    }
  g_print ("  %-28s %7.1f ms the first time, then median %.1f ms\n", "in-process alignment", first,
           median (runs));
}

/* Removes a folder and what is in it, folders included. */
static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
time_cold (const char *cli,
           const char *folder)
{
  g_autofree char *cache = g_dir_make_tmp ("px-bench-cache-XXXXXX", NULL);
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "XDG_CACHE_HOME", cache, TRUE);
  double first = run_once (cli, folder, envp);
  double second = run_once (cli, folder, envp);

  g_print ("  %-28s %7.1f ms, then %.1f ms with the indexes compiled\n",
           "first use (empty cache)", first, second);
  remove_tree (cache);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *other = NULL;
  gboolean cold = FALSE;
  GOptionEntry entries[] = {
    { "vs", 0, 0, G_OPTION_ARG_FILENAME, &other, "Time this parallax-cli too", "CLI" },
    { "cold", 0, 0, G_OPTION_ARG_NONE, &cold, "Time a first use with an empty cache", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("[FOLDER…]");
  g_autoptr(GError) error = NULL;
  const char *cli = PX_CLI_PATH;
  g_autofree char *english = NULL;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  english = write_articles ();
  g_print ("parallax-cli align --format json, whole process, %d runs after a warm-up\n", RUNS);
  time_folder ("two short English articles", cli, other, english);
  time_in_process (english);
  if (cold)
    time_cold (cli, english);
  for (int i = 1; i < argc; i++)
    {
      time_folder (argv[i], cli, other, argv[i]);
      time_in_process (argv[i]);
      if (cold)
        time_cold (cli, argv[i]);
    }
  remove_articles (english);
  return 0;
}
