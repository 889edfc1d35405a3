/* px-bench-load.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Prints measured time and peak memory for the whole pipeline on a folder
 * of generated article files, 100 and 1,000 of them: loading the folder
 * (px_article_loader_load_set: listing, reading, decoding, segmenting),
 * aligning (px_aligner_run) and comparing (px_comparison_new: figures,
 * attribution, quotes, divergences). Each size runs in a child process, so
 * that its peak resident size is its own.
 *
 * The files are deterministic: a fixed seed drives the generator of
 * px-bench-generate.c — German-like news sentences over a shared vocabulary,
 * events of five articles that report overlapping claims, reordered and
 * reworded — written as .txt, .md and .html in turn, in subfolders of
 * 100, to a temporary folder that is removed afterwards.
 *
 * Run: _build/bench/px-bench-load [SIZE...]
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "px-bench-generate.h"
#include "px-core.h"

/* Paragraphs of claims, as plain text separated by blank lines. */
static GPtrArray *
generate_paragraphs (GRand *rand,
                     guint  event)
{
  GPtrArray *paragraphs = g_ptr_array_new_with_free_func (g_free);
  guint n_sentences = 24 + g_rand_int_range (rand, 0, 12);
  GString *para = g_string_new (NULL);

  for (guint s = 0; s < n_sentences; s++)
    {
      /* Most sentences report one of the event's 40 claims, in an order of
       * this source's own; the rest are the source's alone.
       */
      guint claim = g_rand_int_range (rand, 0, 40);
      gboolean own = g_rand_int_range (rand, 0, 5) == 0;

      if (para->len > 0)
        g_string_append_c (para, ' ');
      if (g_rand_int_range (rand, 0, 8) == 0)
        g_string_append (para, px_bench_quote (rand));
      else
        px_bench_append_claim (para, rand, own ? g_rand_int (rand) : event * 1000 + claim, TRUE);
      if (s % 3 == 2)
        {
          g_ptr_array_add (paragraphs, g_string_free (para, FALSE));
          para = g_string_new (NULL);
        }
    }
  if (para->len > 0)
    g_ptr_array_add (paragraphs, g_string_free (para, FALSE));
  else
    g_string_free (para, TRUE);

  return paragraphs;
}

static void
write_file (const char *path,
            const char *contents)
{
  g_autoptr(GError) error = NULL;

  if (!g_file_set_contents (path, contents, -1, &error))
    g_error ("%s", error->message);
}

/* Writes @n_articles files into @dir: .txt with front matter, .md and
 * .html in turn, 100 to a subfolder.
 */
static void
generate_folder (const char *dir,
                 guint       n_articles,
                 guint       seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);

  for (guint a = 0; a < n_articles; a++)
    {
      g_autofree char *sub = g_strdup_printf ("%s/teil-%02u", dir, a / 100);
      g_autoptr(GPtrArray) paragraphs = generate_paragraphs (rand, a / 5);
      g_autoptr(GString) out = g_string_new (NULL);
      g_autofree char *path = NULL;

      g_mkdir_with_parents (sub, 0700);
      switch (a % 3)
        {
        case 0:
          path = g_strdup_printf ("%s/quelle-%04u.txt", sub, a);
          g_string_append_printf (out, "---\noutlet: Quelle %u\ntitle: Bericht %u\nlanguage: de\n---\n\n",
                                  a, a / 5);
          for (guint p = 0; p < paragraphs->len; p++)
            g_string_append_printf (out, "%s\n\n", (char *)g_ptr_array_index (paragraphs, p));
          break;

        case 1:
          path = g_strdup_printf ("%s/quelle-%04u.md", sub, a);
          g_string_append_printf (out, "# Bericht %u\n\n", a / 5);
          for (guint p = 0; p < paragraphs->len; p++)
            g_string_append_printf (out, "%s%s\n\n", p == 2 ? "## Hintergrund\n\n" : "",
                                    (char *)g_ptr_array_index (paragraphs, p));
          break;

        default:
          path = g_strdup_printf ("%s/quelle-%04u.html", sub, a);
          g_string_append_printf (out,
                                  "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\">"
                                  "<title>Bericht %u</title>"
                                  "<meta property=\"og:site_name\" content=\"Quelle %u\"></head>"
                                  "<body><nav><a href=\"/\">Start</a> <a href=\"/politik\">Politik</a></nav>"
                                  "<article><h1>Bericht %u</h1>\n",
                                  a / 5, a, a / 5);
          for (guint p = 0; p < paragraphs->len; p++)
            g_string_append_printf (out, "<p>%s</p>\n", (char *)g_ptr_array_index (paragraphs, p));
          g_string_append (out, "</article><footer>© Quelle. Alle Rechte vorbehalten.</footer></body></html>\n");
          break;
        }
      write_file (path, out->str);
    }
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

static void
run_size (guint       n_articles,
          const char *dir)
{
  g_autoptr(PxArticleLoader) loader = px_article_loader_new ();
  g_autoptr(PxAligner) aligner = px_aligner_new ();
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GPtrArray) errors = NULL;
  g_autoptr(PxAlignment) alignment = NULL;
  g_autoptr(PxComparison) comparison = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) folder = NULL;
  guint n_sentences = 0;
  double t0, t1, t2, t3;

  generate_folder (dir, n_articles, 4242 + n_articles);
  folder = g_file_new_for_path (dir);

  t0 = now ();
  articles = px_article_loader_load_set (loader, &folder, 1, &errors, NULL, &error);
  t1 = now ();
  g_assert_no_error (error);
  g_assert_cmpuint (errors->len, ==, 0);
  g_assert_cmpuint (articles->len, ==, n_articles);

  for (guint i = 0; i < articles->len; i++)
    {
      guint n;

      px_article_get_sentences (g_ptr_array_index (articles, i), &n);
      n_sentences += n;
    }

  g_print ("%5u articles %7u sentences\n", n_articles, n_sentences);
  g_print ("  load folder   %10.1f ms   peak %7.1f MB\n", (t1 - t0) * 1000.0, peak_mb ());

  t1 = now ();
  alignment = px_aligner_run (aligner, articles, NULL, &error);
  t2 = now ();
  g_assert_no_error (error);
  g_print ("  align         %10.1f ms   peak %7.1f MB   %u groups\n", (t2 - t1) * 1000.0, peak_mb (),
           px_alignment_get_n_groups (alignment));

  t2 = now ();
  comparison = px_comparison_new (alignment);
  t3 = now ();
  g_print ("  compare       %10.1f ms   peak %7.1f MB   %u divergences\n", (t3 - t2) * 1000.0,
           peak_mb (), px_comparison_get_divergences (comparison)->len);
  g_print ("  total         %10.1f ms\n", (t3 - t0) * 1000.0);
}

int
main (int    argc,
      char **argv)
{
  static const guint default_sizes[] = { 100, 1000 };
  g_autoptr(GArray) sizes = g_array_new (FALSE, FALSE, sizeof (guint));

  for (int i = 1; i < argc; i++)
    {
      guint n = (guint)strtoul (argv[i], NULL, 10);

      if (n == 0)
        {
          g_printerr ("usage: px-bench-load [SIZE...]\n");
          return 2;
        }
      g_array_append_val (sizes, n);
    }
  if (sizes->len == 0)
    g_array_append_vals (sizes, default_sizes, G_N_ELEMENTS (default_sizes));

  g_print ("Parallax load bench: folder, articles, alignment, comparison "
           "(one core; wall-clock)\n");

  for (guint i = 0; i < sizes->len; i++)
    {
      /* The parent owns the folder, so that it goes even if a run fails. */
      g_autofree char *dir = g_dir_make_tmp ("parallax-bench-load-XXXXXX", NULL);
      pid_t pid;
      int status = 0;

      g_assert_nonnull (dir);
      pid = fork ();
      if (pid == 0)
        {
          run_size (g_array_index (sizes, guint, i), dir);
          _exit (0);
        }
      waitpid (pid, &status, 0);
      remove_tree (dir);
      if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
        g_print ("%5u articles: the run failed (status %d)\n", g_array_index (sizes, guint, i), status);
    }

  return 0;
}
