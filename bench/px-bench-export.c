/* px-bench-export.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Prints measured time and peak memory of an export, phase by phase:
 * loading the generated articles, aligning, comparing, building the report
 * and writing the PDF (and, after it, the HTML and CSV), for the sets of
 * issue #22: 250, 500, 1,000 and 2,000 short articles, 10,000 tiny ones and
 * one article of 4.9 MB. Each set runs in a child process, so that its peak
 * resident size is its own, and a set that takes longer than the time limit
 * is stopped and reported as such.
 *
 * The articles are deterministic, made by px-bench-generate.c from our own
 * invented sentences: events of five articles that report overlapping
 * claims, reordered and reworded.
 *
 * Run: _build/bench/px-bench-export [--limit SECONDS] [KIND:SIZE...]
 *   KIND is short, tiny or huge; huge:N is one article of N bytes.
 */

#include "config.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "px-bench-generate.h"
#include "px-core.h"

typedef enum
{
  SET_SHORT,
  SET_TINY,
  SET_HUGE,
} SetKind;

typedef struct
{
  SetKind kind;
  guint   size;
} Set;

/* One article of an event: @n_sentences claims of the event's @n_claims,
 * in an order of the source's own, some of them the source's alone.
 */
static char *
generate_text (GRand *rand,
               guint  article,
               guint  n_sentences,
               guint  n_claims)
{
  GString *text = g_string_new (NULL);
  guint event = article / 5;

  g_string_append_printf (text, "---\noutlet: Quelle %u\ntitle: Bericht %u\nlanguage: de\n---\n",
                          article, event);
  for (guint s = 0; s < n_sentences; s++)
    {
      guint claim = g_rand_int_range (rand, 0, n_claims);
      gboolean own = g_rand_int_range (rand, 0, 5) == 0;

      if (g_rand_int_range (rand, 0, 10) == 0)
        g_string_append (text, px_bench_quote (rand));
      else
        px_bench_append_claim (text, rand, own ? g_rand_int (rand) : event * 1000 + claim, TRUE);
      g_string_append (text, s % 3 == 2 ? "\n\n" : " ");
    }
  return g_string_free (text, FALSE);
}

/* A single long report: claims of one event over and over, in paragraphs,
 * until it holds @bytes.
 */
static char *
generate_huge (GRand *rand,
               guint  bytes)
{
  GString *text = g_string_sized_new (bytes + 512);
  guint s = 0;

  g_string_append (text, "---\noutlet: Quelle 0\ntitle: Langer Bericht\nlanguage: de\n---\n");
  while (text->len < bytes - 400)
    {
      px_bench_append_claim (text, rand, g_rand_int_range (rand, 0, 2000), TRUE);
      g_string_append (text, ++s % 4 == 0 ? "\n\n" : " ");
    }
  return g_string_free (text, FALSE);
}

static GPtrArray *
generate_set (const Set *set)
{
  g_autoptr(PxArticleLoader) loader = px_article_loader_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (4242 + set->size);
  GPtrArray *articles = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = set->kind == SET_HUGE ? 1 : set->size;

  for (guint a = 0; a < n; a++)
    {
      g_autofree char *name = g_strdup_printf ("quelle-%05u.txt", a);
      g_autofree char *text = NULL;
      g_autoptr(GError) error = NULL;
      PxArticle *article;

      if (set->kind == SET_HUGE)
        text = generate_huge (rand, set->size);
      else if (set->kind == SET_TINY)
        text = generate_text (rand, a, 1 + g_rand_int_range (rand, 0, 2), 3);
      else
        text = generate_text (rand, a, 12 + g_rand_int_range (rand, 0, 8), 20);

      article = px_article_loader_load_data (loader, name, text, strlen (text), &error);
      g_assert_no_error (error);
      g_ptr_array_add (articles, article);
    }
  return articles;
}

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

static double
peak_mb (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;
}

/* Processor time, which a busy machine stretches less than wall-clock. */
static double
cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec
         + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

static double cpu_mark;

static void
print_phase (const char *name,
             double      start,
             double      end)
{
  double cpu = cpu_seconds ();

  g_print ("  %-14s %9.1f ms   cpu %9.1f ms   peak %7.1f MB\n", name, (end - start) * 1000.0,
           (cpu - cpu_mark) * 1000.0, peak_mb ());
  cpu_mark = cpu;
}

/* Whether @dir holds anything but the files an export should leave. */
static guint
count_strays (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint strays = 0;

  while (d != NULL && (name = g_dir_read_name (d)))
    strays += g_str_has_prefix (name, ".parallax-export-");
  return strays;
}

static void
run_set (const Set  *set,
         const char *dir)
{
  g_autoptr(PxAligner) aligner = px_aligner_new ();
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(PxAlignment) alignment = NULL;
  g_autoptr(PxComparison) comparison = NULL;
  g_autoptr(PxReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (dir, "bench.pdf", NULL);
  g_autofree char *html = NULL;
  g_autofree char *csv = NULL;
  guint n_sentences = 0;
  double t0, t1, t2, t3, t4, t5, t6;

  cpu_mark = cpu_seconds ();
  t0 = now ();
  articles = generate_set (set);
  t1 = now ();
  for (guint i = 0; i < articles->len; i++)
    {
      guint n;

      px_article_get_sentences (g_ptr_array_index (articles, i), &n);
      n_sentences += n;
    }
  g_print ("%s %u: %u articles, %u sentences\n",
           set->kind == SET_SHORT ? "short" : set->kind == SET_TINY ? "tiny" : "huge",
           set->size, articles->len, n_sentences);
  print_phase ("generate, load", t0, t1);

  alignment = px_aligner_run (aligner, articles, NULL, &error);
  g_assert_no_error (error);
  t2 = now ();
  print_phase ("align", t1, t2);

  comparison = px_comparison_new (alignment);
  t3 = now ();
  print_phase ("compare", t2, t3);

  report = px_comparison_build_report (comparison, "Bench", FALSE);
  t4 = now ();
  print_phase ("build report", t3, t4);

  if (!px_pdf_export (report, pdf, PX_PAPER_A4, PX_PAGE_AUTO, NULL, &error))
    g_error ("%s", error->message);
  t5 = now ();
  print_phase ("write PDF", t4, t5);

  /* PX_BENCH_KEEP=FILE keeps the PDF, to look at. */
  if (g_getenv ("PX_BENCH_KEEP") != NULL)
    {
      g_autofree char *contents = NULL;
      gsize length;

      if (g_file_get_contents (pdf, &contents, &length, NULL))
        g_file_set_contents (g_getenv ("PX_BENCH_KEEP"), contents, length, NULL);
    }
  html = px_report_to_html (report);
  csv = px_report_to_csv (report);
  t6 = now ();
  print_phase ("HTML + CSV", t5, t6);

  {
    g_autofree char *info = NULL;
    const char *argv[] = { "pdfinfo", pdf, NULL };
    const char *pages = NULL;

    if (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                      NULL, NULL, &info, NULL, NULL, NULL) && info != NULL)
      pages = strstr (info, "Pages:");
    g_print ("  %u claims, %.*s, export (report + PDF) %.1f s, whole run %.1f s\n",
             px_alignment_get_n_groups (alignment),
             pages ? (int)strcspn (pages, "\n") : 9, pages ? pages : "Pages: ?",
             t5 - t3, t6 - t0);
  }
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      g_unlink (child);
    }
  g_rmdir (path);
}

/* Runs @set in a child and stops it after @limit seconds. */
static void
run_child (const Set *set,
           guint      limit)
{
  g_autofree char *dir = g_dir_make_tmp ("parallax-bench-export-XXXXXX", NULL);
  double start = now ();
  int status = 0;
  pid_t pid;

  g_assert_nonnull (dir);
  pid = fork ();
  if (pid == 0)
    {
      run_set (set, dir);
      _exit (0);
    }

  while (waitpid (pid, &status, WNOHANG) == 0)
    {
      if (now () - start > limit)
        {
          kill (pid, SIGKILL);
          waitpid (pid, &status, 0);
          g_print ("  did not finish in %u s\n", limit);
          break;
        }
      g_usleep (20000);
    }
  if (WIFEXITED (status) && WEXITSTATUS (status) != 0)
    g_print ("  the run failed (status %d)\n", WEXITSTATUS (status));
  g_print ("  stray temporary files: %u\n", count_strays (dir));
  remove_tree (dir);
}

static gboolean
parse_set (const char *arg,
           Set        *set)
{
  g_auto(GStrv) parts = g_strsplit (arg, ":", 2);

  if (g_strv_length (parts) != 2 || (set->size = strtoul (parts[1], NULL, 10)) == 0)
    return FALSE;
  if (g_str_equal (parts[0], "short"))
    set->kind = SET_SHORT;
  else if (g_str_equal (parts[0], "tiny"))
    set->kind = SET_TINY;
  else if (g_str_equal (parts[0], "huge"))
    set->kind = SET_HUGE;
  else
    return FALSE;
  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  static const Set defaults[] = {
    { SET_SHORT, 250 }, { SET_SHORT, 500 }, { SET_SHORT, 1000 }, { SET_SHORT, 2000 },
    { SET_TINY, 10000 }, { SET_HUGE, 4900 * 1000 },
  };
  g_autoptr(GArray) sets = g_array_new (FALSE, FALSE, sizeof (Set));
  guint limit = 300;

  for (int i = 1; i < argc; i++)
    {
      Set set;

      if (g_str_equal (argv[i], "--limit") && i + 1 < argc)
        limit = (guint)strtoul (argv[++i], NULL, 10);
      else if (parse_set (argv[i], &set))
        g_array_append_val (sets, set);
      else
        {
          g_printerr ("usage: px-bench-export [--limit SECONDS] [short:N|tiny:N|huge:BYTES...]\n");
          return 2;
        }
    }
  if (sets->len == 0)
    g_array_append_vals (sets, defaults, G_N_ELEMENTS (defaults));

  g_print ("Parallax export bench: generate, align, compare, report, PDF "
           "(one core; wall-clock; limit %u s a set)\n", limit);
  for (guint i = 0; i < sets->len; i++)
    run_child (&g_array_index (sets, Set, i), limit);
  return 0;
}
