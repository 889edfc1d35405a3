/* px-bench-scale.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Prints what the pipeline costs at the edges of what users give it: one
 * article just under the 5 MiB size limit (next to a short one, so that
 * there is something to compare), 2,000 short articles and 10,000 tiny
 * files. For each set: load and segment (px_article_loader_load_set), align
 * (px_aligner_run), compare (px_comparison_new) and export a PDF
 * (px_comparison_build_report + px_pdf_export), with the peak resident size
 * after each step. Each set runs in a child process, so that its peak is its
 * own, and is stopped after PX_BENCH_SCALE_LIMIT seconds (600 by default),
 * so that a step that does not scale shows as one that did not finish.
 * Numbers are printed, never asserted: they are for a release build
 * (meson setup -Dbuildtype=release), on a machine whose speed varies.
 *
 * The text comes from px-bench-generate.c, our own invented sentences, with
 * a fixed seed, written to a temporary folder that is removed afterwards.
 *
 * Run:   _build-release/bench/px-bench-scale [huge|short|tiny…]
 *        _build-release/bench/px-bench-scale --write DIR   (the sets as files,
 *        to time parallax-cli on them)
 */

#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "px-bench-generate.h"
#include "px-core.h"

#define HUGE_BYTES  (4900 * 1000)

static void
write_file (const char *path,
            const char *contents,
            gsize       length)
{
  g_autoptr(GError) error = NULL;

  if (!g_file_set_contents (path, contents, length, &error))
    g_error ("%s", error->message);
}

/* A plain-text article of @n_sentences claims, a paragraph every four. */
static GString *
article_text (GRand *rand,
              guint  first_claim,
              gsize  min_bytes,
              guint  n_sentences)
{
  GString *out = g_string_new (NULL);

  for (guint s = 0; s < n_sentences || out->len < min_bytes; s++)
    {
      px_bench_append_claim (out, rand, first_claim + g_rand_int_range (rand, 0, 40), TRUE);
      g_string_append (out, s % 4 == 3 ? "\n\n" : " ");
    }
  return out;
}

static void
write_article (const char *dir,
               const char *name,
               GString    *text)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  write_file (path, text->str, text->len);
}

/* The huge article and a short one that reports some of its claims. */
static void
write_huge (const char *dir)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (4900);
  g_autoptr(GString) huge = article_text (rand, 0, HUGE_BYTES, 0);
  g_autoptr(GString) brief = article_text (rand, 0, 0, 30);

  /* Just under the limit, cut after a sentence so that the text stays
   * valid UTF-8.
   */
  while (huge->len > HUGE_BYTES)
    g_string_truncate (huge, strrchr (huge->str, '.') - huge->str);
  g_string_append (huge, ".\n");
  write_article (dir, "bericht-lang.txt", huge);
  write_article (dir, "meldung-kurz.txt", brief);
}

/* Events of five articles of about thirty sentences, 100 to a folder. */
static void
write_short (const char *dir,
             guint       n_articles)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (2000);

  for (guint a = 0; a < n_articles; a++)
    {
      g_autofree char *sub = g_strdup_printf ("%s/teil-%02u", dir, a / 100);
      g_autofree char *name = g_strdup_printf ("quelle-%05u.txt", a);
      g_autoptr(GString) text = article_text (rand, (a / 5) * 1000, 0, 24 + a % 12);

      g_mkdir_with_parents (sub, 0700);
      write_article (sub, name, text);
    }
}

/* One or two sentences a file, all in one folder, as a user's download
 * folder of snippets would be.
 */
static void
write_tiny (const char *dir,
            guint       n_files)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (10000);

  for (guint a = 0; a < n_files; a++)
    {
      g_autofree char *name = g_strdup_printf ("schnipsel-%05u.txt", a);
      g_autoptr(GString) text = article_text (rand, (a / 5) * 1000, 0, 1 + a % 2);

      write_article (dir, name, text);
    }
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

/* Processor time, which a busy machine inflates far less than wall time. */
static double
cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 +
         usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
}

typedef struct
{
  double wall;
  double cpu;
} Clock;

static Clock
clock_start (void)
{
  return (Clock) { now (), cpu_seconds () };
}

static void
print_step (const char *step,
            Clock       start)
{
  g_print ("  %-14s %9.2f s wall %9.2f s cpu   peak %7.1f MB\n", step, now () - start.wall,
           cpu_seconds () - start.cpu, peak_mb ());
}

/* The whole pipeline on @dir, as `parallax-cli export` runs it. */
static void
run_set (const char *label,
         const char *dir)
{
  g_autoptr(PxArticleLoader) loader = px_article_loader_new ();
  g_autoptr(PxAligner) aligner = px_aligner_new ();
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GPtrArray) errors = NULL;
  g_autoptr(PxAlignment) alignment = NULL;
  g_autoptr(PxComparison) comparison = NULL;
  g_autoptr(PxReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (dir, "vergleich.pdf", NULL);
  guint n_sentences = 0;
  Clock t;

  t = clock_start ();
  articles = px_article_loader_load_set (loader, &folder, 1, &errors, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < articles->len; i++)
    {
      guint n;

      px_article_get_sentences (g_ptr_array_index (articles, i), &n);
      n_sentences += n;
    }
  /* Snippets that happen to repeat one another are left out, as duplicates. */
  g_print ("%s: %u articles, %u sentences, %u files left out\n", label, articles->len, n_sentences,
           errors->len);
  print_step ("load+segment", t);

  t = clock_start ();
  alignment = px_aligner_run (aligner, articles, NULL, &error);
  g_assert_no_error (error);
  print_step ("align", t);

  t = clock_start ();
  comparison = px_comparison_new (alignment);
  print_step ("compare", t);

  t = clock_start ();
  report = px_comparison_build_report (comparison, label, FALSE);
  if (!px_pdf_export (report, pdf, PX_PAPER_A4, PX_PAGE_AUTO, NULL, &error))
    g_error ("%s", error->message);
  print_step ("export (PDF)", t);
}

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)))
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

static void
write_set (const char *set,
           const char *dir)
{
  g_mkdir_with_parents (dir, 0700);
  if (g_str_equal (set, "huge"))
    write_huge (dir);
  else if (g_str_equal (set, "short"))
    write_short (dir, 2000);
  else
    write_tiny (dir, 10000);
}

static const char *labels[][2] = {
  { "huge", "one 4.9 MB article and a short one" },
  { "short", "2,000 short articles" },
  { "tiny", "10,000 tiny files" },
};

static int
write_sets (const char *root)
{
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      g_autofree char *dir = g_build_filename (root, labels[i][0], NULL);

      write_set (labels[i][0], dir);
      g_print ("%s: %s\n", dir, labels[i][1]);
    }
  return 0;
}

/* Waits for @pid at most @limit seconds, and kills it after that. */
static gboolean
wait_limited (pid_t  pid,
              guint  limit,
              int   *status)
{
  for (guint64 waited = 0; waited < limit * G_GUINT64_CONSTANT (10); waited++)
    {
      if (waitpid (pid, status, WNOHANG) == pid)
        return TRUE;
      g_usleep (G_USEC_PER_SEC / 10);
    }
  kill (pid, SIGKILL);
  waitpid (pid, status, 0);
  return FALSE;
}

int
main (int    argc,
      char **argv)
{
  const char *limit_env = g_getenv ("PX_BENCH_SCALE_LIMIT");
  guint limit = limit_env != NULL ? (guint)g_ascii_strtoull (limit_env, NULL, 10) : 600;

  if (argc == 3 && g_str_equal (argv[1], "--write"))
    return write_sets (argv[2]);

  g_print ("Parallax scale bench (wall-clock, one process a set)\n");
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      g_autofree char *dir = NULL;
      gboolean wanted = argc < 2;
      pid_t pid;
      int status = 0;

      for (int a = 1; a < argc; a++)
        wanted |= g_str_equal (argv[a], labels[i][0]);
      if (!wanted)
        continue;

      /* The parent owns the folder, so that it goes even if a run fails. */
      dir = g_dir_make_tmp ("parallax-bench-scale-XXXXXX", NULL);
      write_set (labels[i][0], dir);
      pid = fork ();
      if (pid == 0)
        {
          run_set (labels[i][1], dir);
          _exit (0);
        }
      if (!wait_limited (pid, limit, &status))
        g_print ("  stopped: the next step did not finish in %u s\n", limit);
      else if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
        {
          g_printerr ("px-bench-scale: the %s set failed\n", labels[i][0]);
          remove_tree (dir);
          return 1;
        }
      remove_tree (dir);
    }
  return 0;
}
