/* px-score-pairs.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Scores sentence pairs with the engine's similarity model, one score per
 * line, for bench/px-bench-real.py and bench/fit-scorer.py:
 *
 *   px-score-pairs [--language de|en] < PAIRS.tsv
 *
 * Each input line is "sentence<TAB>sentence"; the languages of the two
 * columns may differ ("de\ten" for a German sentence against an English
 * one: --language de,en). All sentences of the input form the set over
 * which words are weighed, as an article set does in the app.
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "px-core.h"

static char *languages = NULL;

static PxArticle *
sentence_article (PxArticleLoader *loader,
                  guint            index,
                  const char      *language,
                  const char      *text,
                  GError         **error)
{
  g_autofree char *name = g_strdup_printf ("s%07u.txt", index);
  g_autofree char *data = g_strdup_printf ("---\nlanguage: %s\n---\n%s\n", language, text);

  return px_article_loader_load_data (loader, name, data, strlen (data), error);
}

static gboolean
read_pairs (FILE       *in,
            char      **langs,
            GPtrArray  *articles,
            GArray     *pairs,
            GError    **error)
{
  g_autoptr(PxArticleLoader) loader = px_article_loader_new ();
  char line[65536];

  while (fgets (line, sizeof line, in) != NULL)
    {
      g_auto(GStrv) cols = NULL;

      line[strcspn (line, "\r\n")] = '\0';
      cols = g_strsplit (line, "\t", 3);
      if (g_strv_length (cols) < 2)
        continue;
      for (guint side = 0; side < 2; side++)
        {
          guint index = articles->len;
          PxArticle *article = sentence_article (loader, index, langs[side], cols[side], error);

          if (article == NULL)
            return FALSE;
          g_ptr_array_add (articles, article);
          g_array_append_val (pairs, index);
        }
    }
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  GOptionEntry entries[] = {
    { "language", 'l', 0, G_OPTION_ARG_STRING, &languages, "Languages of the two columns", "de[,en]" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("< PAIRS.tsv");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(PxAligner) aligner = px_aligner_new ();
  g_auto(GStrv) langs = NULL;
  g_autofree double *scores = NULL;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("px-score-pairs: %s\n", error->message);
      return 2;
    }
  langs = g_strsplit (languages != NULL ? languages : "de", ",", 2);
  if (langs[1] == NULL)
    {
      char *same = g_strdup (langs[0]);

      g_strfreev (langs);
      langs = g_new0 (char *, 3);
      langs[0] = same;
      langs[1] = g_strdup (same);
    }
  if (!read_pairs (stdin, langs, articles, pairs, &error) ||
      !(scores = px_aligner_score_pairs (aligner, articles, (const guint *)(gpointer)pairs->data,
                                         pairs->len / 2, &error)))
    {
      g_printerr ("px-score-pairs: %s\n", error->message);
      return 1;
    }
  for (guint p = 0; p < pairs->len / 2; p++)
    printf ("%.6f\n", scores[p]);
  return 0;
}
