/* px-bench-quality.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Prints how well the aligner agrees with gold annotations: pair-level
 * precision, recall and F1 per annotated set, and over all of them.
 *
 *   px-bench-quality                       every set under tests/data/gold
 *   px-bench-quality GOLD.json             that annotation, on its "set"
 *   px-bench-quality GOLD.json PATH…       that annotation, on PATH…
 *
 * Any set annotated in the same format can be scored, including real
 * article sets that cannot live in the repository.
 */

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "px-gold.h"
#include "px-knowledge.h"

static double threshold = -1;
static gboolean verbose;

static gboolean
score_set (const char  *gold_path,
           char       **paths,
           PxGoldScore *total,
           GError     **error)
{
  g_autoptr(PxArticleLoader) loader = px_article_loader_new ();
  g_autoptr(PxAligner) aligner = px_aligner_new ();
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GHashTable) gold = NULL;
  g_autoptr(GHashTable) predicted = NULL;
  g_autoptr(PxAlignment) alignment = NULL;
  g_autofree char *set = NULL;
  g_autofree char *name = g_path_get_basename (gold_path);
  g_auto(GStrv) from_gold = NULL;
  PxGoldScore score;
  gint64 start;

  if (paths == NULL || paths[0] == NULL)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      const char *relative;

      if (!json_parser_load_from_file (parser, gold_path, error))
        return FALSE;
      relative = json_object_get_string_member_with_default (json_node_get_object (json_parser_get_root (parser)),
                                                             "set", "");
      from_gold = g_new0 (char *, 2);
      from_gold[0] = g_path_is_absolute (relative) || g_file_test (relative, G_FILE_TEST_IS_DIR)
                     ? g_strdup (relative)
                     : g_build_filename (PX_SOURCE_ROOT, relative, NULL);
      paths = from_gold;
    }
  for (guint i = 0; paths[i] != NULL; i++)
    g_ptr_array_add (files, g_file_new_for_commandline_arg (paths[i]));

  articles = px_article_loader_load_set (loader, (GFile **)files->pdata, files->len,
                                         &problems, NULL, error);
  if (articles == NULL)
    return FALSE;
  if (threshold >= 0)
    px_aligner_set_threshold (aligner, threshold);

  start = g_get_monotonic_time ();
  alignment = px_aligner_run (aligner, articles, NULL, error);
  if (alignment == NULL)
    return FALSE;
  gold = px_gold_load_pairs (gold_path, articles, &set, error);
  if (gold == NULL)
    return FALSE;
  predicted = px_gold_alignment_pairs (alignment);
  px_gold_score (gold, predicted, &score);

  g_print ("%-22s %8u %9u %6u   %5.3f  %5.3f  %5.3f  %7.1f\n", name, articles->len,
           score.n_predicted, score.n_gold, score.precision, score.recall, score.f1,
           (g_get_monotonic_time () - start) / 1000.0);
  if (verbose)
    px_gold_print_differences (articles, gold, predicted);

  total->n_predicted += score.n_predicted;
  total->n_gold += score.n_gold;
  total->n_hits += score.n_hits;
  return TRUE;
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *)a, *(char * const *)b);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) rest = NULL;
  g_autoptr(GPtrArray) golds = g_ptr_array_new_with_free_func (g_free);
  PxGoldScore total = { 0, };
  GOptionEntry entries[] = {
    { "threshold", 't', 0, G_OPTION_ARG_DOUBLE, &threshold, "Link threshold (default: the aligner's)", "X" },
    { "verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose, "List the pairs grouped wrongly and missed", NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &rest, NULL, "[GOLD.json [PATH…]]" },
    { NULL }
  };

  setlocale (LC_ALL, "");
  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, "Scores the aligner against gold annotations.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("px-bench-quality: %s\n", error->message);
      return 2;
    }

  if (rest == NULL || rest[0] == NULL)
    {
      g_autofree char *folder = g_build_filename (PX_SOURCE_ROOT, "tests", "data", "gold", NULL);
      g_autoptr(GDir) dir = g_dir_open (folder, 0, &error);
      const char *entry;

      if (dir == NULL)
        {
          g_printerr ("px-bench-quality: %s\n", error->message);
          return 1;
        }
      while ((entry = g_dir_read_name (dir)) != NULL)
        if (g_str_has_suffix (entry, ".json"))
          g_ptr_array_add (golds, g_build_filename (folder, entry, NULL));
      g_ptr_array_sort (golds, compare_paths);
    }
  else
    g_ptr_array_add (golds, g_strdup (rest[0]));

  /* Load the word lists once, outside the timed runs. */
  px_knowledge_has_thesaurus ();
  px_knowledge_has_dictionary ();
  px_knowledge_has_wordnet ();

  g_print ("%-22s %8s %9s %6s   %5s  %5s  %5s  %7s\n", "gold", "articles", "predicted", "gold",
           "P", "R", "F1", "ms");
  for (guint i = 0; i < golds->len; i++)
    {
      char **paths = rest != NULL && rest[0] != NULL ? rest + 1 : NULL;

      if (!score_set (g_ptr_array_index (golds, i), paths, &total, &error))
        {
          g_printerr ("px-bench-quality: %s\n", error->message);
          return 1;
        }
    }

  if (golds->len > 1)
    {
      double p = total.n_predicted ? (double)total.n_hits / total.n_predicted : 0;
      double r = total.n_gold ? (double)total.n_hits / total.n_gold : 0;

      g_print ("%-22s %8s %9u %6u   %5.3f  %5.3f  %5.3f\n", "all pairs", "",
               total.n_predicted, total.n_gold, p, r, p + r > 0 ? 2 * p * r / (p + r) : 0);
    }
  return 0;
}
