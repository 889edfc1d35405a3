/* px-bench-review.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Prints what suggest-and-confirm is worth on annotated sets:
 *
 * - recall@1/3/5 of the engine's candidates (a gold partner ranked within
 *   the first k of its source for the passage, counted from both sides of
 *   every gold pair: the "sides" column) next to a plain TF-IDF cosine ranking of the same
 *   sentences; the engine keeps PX_ALIGNMENT_CANDIDATES per source, so its
 *   recall@5 is printed only when it keeps five;
 * - a simulated reviewer who follows the gold through review mode's queue
 *   (accepting gold pairs, rejecting the rest) until the queue is empty:
 *   the decisions taken and the pair-level P/R/F1 before and after.
 *
 *   px-bench-review                  the German sets under tests/data/gold
 *   px-bench-review GOLD.json PATH…  that annotation, on PATH…
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "px-gold.h"

#define MAX_DECISIONS 2000

static GPtrArray *
load_set (const char  *gold_path,
          char       **paths,
          GError     **error)
{
  g_autoptr(PxArticleLoader) loader = px_article_loader_new ();
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) problems = NULL;
  g_auto(GStrv) from_gold = NULL;

  if (paths == NULL || paths[0] == NULL)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      const char *relative;

      if (!json_parser_load_from_file (parser, gold_path, error))
        return NULL;
      relative = json_object_get_string_member_with_default (json_node_get_object (json_parser_get_root (parser)),
                                                             "set", "");
      from_gold = g_new0 (char *, 2);
      from_gold[0] = g_path_is_absolute (relative) ? g_strdup (relative)
                                                   : g_build_filename (PX_SOURCE_ROOT, relative, NULL);
      paths = from_gold;
    }
  for (guint i = 0; paths[i] != NULL; i++)
    g_ptr_array_add (files, g_file_new_for_commandline_arg (paths[i]));
  return px_article_loader_load_set (loader, (GFile **)files->pdata, files->len, &problems, NULL, error);
}

static char *
gold_key (GPtrArray *articles,
          guint      a,
          guint      s,
          guint      b,
          guint      t)
{
  g_autofree char *x = g_strdup_printf ("%s#%u", px_article_get_id (g_ptr_array_index (articles, a)), s);
  g_autofree char *y = g_strdup_printf ("%s#%u", px_article_get_id (g_ptr_array_index (articles, b)), t);

  return strcmp (x, y) < 0 ? g_strconcat (x, " | ", y, NULL) : g_strconcat (y, " | ", x, NULL);
}

/* Per article, per sentence: stem → weight (TF-IDF, L2-normalised); NULL
 * for sentences that are not body text.
 */
static GPtrArray *
tfidf_vectors (GPtrArray *articles)
{
  g_autoptr(GHashTable) df = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *per_article = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);
  guint n_docs = 0;

  for (guint a = 0; a < articles->len; a++)
    {
      PxArticle *article = g_ptr_array_index (articles, a);
      g_autoptr(PxTokenizer) tokenizer = px_tokenizer_new (px_article_get_language (article));
      GPtrArray *vectors = g_ptr_array_new_with_free_func ((GDestroyNotify)g_hash_table_unref);
      const PxSentence *sentences;
      guint n;

      sentences = px_article_get_sentences (article, &n);
      for (guint s = 0; s < n; s++)
        {
          g_autofree char *text = px_article_dup_sentence_text (article, s);
          g_autoptr(GArray) tokens = px_tokenizer_tokenize (tokenizer, text, -1, 0);
          GHashTable *tf = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

          for (guint i = 0; i < tokens->len && sentences[s].kind == PX_SENTENCE_BODY; i++)
            {
              const PxToken *t = &g_array_index (tokens, PxToken, i);
              double *w;

              if (t->stem == NULL || (t->flags & PX_TOKEN_FLAG_STOP) || t->kind == PX_TOKEN_PUNCT)
                continue;
              if ((w = g_hash_table_lookup (tf, t->stem)) == NULL)
                {
                  w = g_new0 (double, 1);
                  g_hash_table_insert (tf, g_strdup (t->stem), w);
                  g_hash_table_insert (df, g_strdup (t->stem),
                                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (df, t->stem)) + 1));
                }
              *w += 1;
            }
          n_docs += sentences[s].kind == PX_SENTENCE_BODY;
          g_ptr_array_add (vectors, tf);
        }
      g_ptr_array_add (per_article, vectors);
    }

  for (guint a = 0; a < per_article->len; a++)
    {
      GPtrArray *vectors = g_ptr_array_index (per_article, a);

      for (guint s = 0; s < vectors->len; s++)
        {
          GHashTableIter iter;
          gpointer key, value;
          double norm = 0;

          g_hash_table_iter_init (&iter, g_ptr_array_index (vectors, s));
          while (g_hash_table_iter_next (&iter, &key, &value))
            {
              double idf = log ((double)n_docs / GPOINTER_TO_UINT (g_hash_table_lookup (df, key)));

              *(double *)value *= idf;
              norm += *(double *)value * *(double *)value;
            }
          g_hash_table_iter_init (&iter, g_ptr_array_index (vectors, s));
          while (g_hash_table_iter_next (&iter, &key, &value) && norm > 0)
            *(double *)value /= sqrt (norm);
        }
    }
  return per_article;
}

static double
cosine (GHashTable *x,
        GHashTable *y)
{
  GHashTableIter iter;
  gpointer key, value;
  double dot = 0;

  g_hash_table_iter_init (&iter, x);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      double *other = g_hash_table_lookup (y, key);

      if (other != NULL)
        dot += *(double *)value * *other;
    }
  return dot;
}

/* The rank (1 best) of sentence @t among @b's body sentences for (@a, @s). */
static guint
tfidf_rank (GPtrArray *vectors,
            GPtrArray *articles,
            guint      a,
            guint      s,
            guint      b,
            guint      t)
{
  GPtrArray *va = g_ptr_array_index (vectors, a), *vb = g_ptr_array_index (vectors, b);
  const PxSentence *sentences = px_article_get_sentences (g_ptr_array_index (articles, b), NULL);
  double target = cosine (g_ptr_array_index (va, s), g_ptr_array_index (vb, t));
  guint rank = 1;

  for (guint u = 0; u < vb->len; u++)
    if (u != t && sentences[u].kind == PX_SENTENCE_BODY &&
        cosine (g_ptr_array_index (va, s), g_ptr_array_index (vb, u)) > target)
      rank++;
  return rank;
}

static guint
engine_rank (PxAlignment *alignment,
             guint        a,
             guint        s,
             guint        b,
             guint        t)
{
  const PxAlignmentCandidate *candidates;
  guint n;

  candidates = px_alignment_get_candidates (alignment, a, s, &n);
  for (guint i = 0; i < n; i++)
    if (candidates[i].other_article == b && candidates[i].other_sentence == t)
      return candidates[i].rank;
  return G_MAXUINT;
}

static gboolean
parse_member (GPtrArray  *articles,
              const char *key,
              guint      *article,
              guint      *sentence)
{
  const char *hash = strrchr (key, '#');

  for (guint a = 0; hash != NULL && a < articles->len; a++)
    if (strncmp (px_article_get_id (g_ptr_array_index (articles, a)), key, hash - key) == 0 &&
        px_article_get_id (g_ptr_array_index (articles, a))[hash - key] == '\0')
      {
        *article = a;
        *sentence = atoi (hash + 1);
        return TRUE;
      }
  return FALSE;
}

static void
print_recall (PxAlignment *alignment,
              GPtrArray   *articles,
              GHashTable  *gold,
              const char  *name)
{
  g_autoptr(GPtrArray) vectors = tfidf_vectors (articles);
  guint engine[3] = { 0, }, tfidf[3] = { 0, }, n = 0;
  static const guint ks[3] = { 1, 3, 5 };
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, gold);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_auto(GStrv) sides = g_strsplit (key, " | ", 2);
      guint a, s, b, t;

      if (!parse_member (articles, sides[0], &a, &s) || !parse_member (articles, sides[1], &b, &t))
        continue;
      for (guint side = 0; side < 2; side++)
        {
          guint from = side ? b : a, from_s = side ? t : s, to = side ? a : b, to_s = side ? s : t;
          guint e = engine_rank (alignment, from, from_s, to, to_s);
          guint r = tfidf_rank (vectors, articles, from, from_s, to, to_s);

          for (guint k = 0; k < 3; k++)
            {
              engine[k] += e <= ks[k];
              tfidf[k] += r <= ks[k];
            }
          n++;
        }
    }
  g_print ("%-20s %6u   engine %5.3f %5.3f ", name, n, n ? (double)engine[0] / n : 0, n ? (double)engine[1] / n : 0);
  if (PX_ALIGNMENT_CANDIDATES >= 5)
    g_print ("%5.3f", n ? (double)engine[2] / n : 0);
  else
    g_print ("%5s", "—");
  g_print ("   tf-idf %5.3f %5.3f %5.3f\n", n ? (double)tfidf[0] / n : 0, n ? (double)tfidf[1] / n : 0,
           n ? (double)tfidf[2] / n : 0);
}

static void
score (PxAlignment *alignment,
       GHashTable  *gold,
       PxGoldScore *out)
{
  g_autoptr(GHashTable) predicted = px_gold_alignment_pairs (alignment);

  px_gold_score (gold, predicted, out);
}

/* Follows the queue as a reviewer with the gold in hand would, rebuilding
 * it after every pass (an accepted link can bring new doubts), until it is
 * empty.
 */
static void
simulate_reviewer (PxAlignment *raw,
                   GPtrArray   *articles,
                   GHashTable  *gold,
                   const char  *name)
{
  g_autoptr(PxProject) project = px_project_new (articles);
  g_autoptr(PxAlignment) alignment = g_object_ref (raw);
  PxGoldScore before, after;
  guint decisions = 0, accepted = 0, rejected = 0, passes = 0;

  score (raw, gold, &before);
  for (;;)
    {
      g_autoptr(GArray) queue = px_review_queue_build (alignment, px_project_get_corrections (project),
                                                       PX_REVIEW_ODDS_MARGIN);
      guint taken = 0;

      for (guint i = 0; i < queue->len && decisions < MAX_DECISIONS; i++)
        {
          const PxReviewItem *item = &g_array_index (queue, PxReviewItem, i);
          g_autofree char *key = gold_key (articles, item->article, item->sentence,
                                           item->other_article, item->other_sentence);
          gboolean same = g_hash_table_contains (gold, key);
          PxPassageRef refs[2];

          if (px_review_queue_decided (alignment, px_project_get_corrections (project), item))
            continue;
          px_review_item_get_refs (alignment, item, refs);
          px_project_add_correction (project, same ? PX_CORRECTION_LINK : PX_CORRECTION_REJECT, refs, 2);
          g_clear_object (&alignment);
          alignment = px_alignment_apply_corrections (raw, px_project_get_corrections (project));
          decisions++;
          taken++;
          accepted += same;
          rejected += !same;
        }
      passes++;
      if (taken == 0 || decisions >= MAX_DECISIONS)
        break;
    }
  score (alignment, gold, &after);
  g_print ("%-20s %9u %8u %8u %6u   %5.3f %5.3f %5.3f   %5.3f %5.3f %5.3f\n", name, decisions, accepted,
           rejected, passes, before.precision, before.recall, before.f1, after.precision, after.recall, after.f1);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) golds = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) sets = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);
  g_autoptr(GPtrArray) alignments = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) gold_pairs = g_ptr_array_new_with_free_func ((GDestroyNotify)g_hash_table_unref);
  g_autoptr(GError) error = NULL;

  setlocale (LC_ALL, "");
  if (argc > 1)
    g_ptr_array_add (golds, g_strdup (argv[1]));
  else
    {
      g_ptr_array_add (golds, g_build_filename (PX_SOURCE_ROOT, "tests", "data", "gold", "samples-de.json", NULL));
      g_ptr_array_add (golds, g_build_filename (PX_SOURCE_ROOT, "tests", "data", "gold", "de-held-out.json", NULL));
    }

  for (guint i = 0; i < golds->len; i++)
    {
      g_autoptr(PxAligner) aligner = px_aligner_new ();
      g_autoptr(GPtrArray) articles = load_set (g_ptr_array_index (golds, i), argc > 2 ? argv + 2 : NULL, &error);
      g_autofree char *set = NULL;
      PxAlignment *alignment;
      GHashTable *gold;

      if (articles == NULL || (alignment = px_aligner_run (aligner, articles, NULL, &error)) == NULL ||
          (gold = px_gold_load_pairs (g_ptr_array_index (golds, i), articles, &set, &error)) == NULL)
        {
          g_printerr ("px-bench-review: %s\n", error->message);
          return 1;
        }
      g_ptr_array_add (sets, g_steal_pointer (&articles));
      g_ptr_array_add (alignments, alignment);
      g_ptr_array_add (gold_pairs, gold);
    }

  g_print ("%-20s %6s   %-6s %5s %5s %5s   %-6s %5s %5s %5s\n", "recall@k", "sides", "", "@1", "@3", "@5",
           "", "@1", "@3", "@5");
  for (guint i = 0; i < golds->len; i++)
    {
      g_autofree char *name = g_path_get_basename (g_ptr_array_index (golds, i));

      print_recall (g_ptr_array_index (alignments, i), g_ptr_array_index (sets, i),
                    g_ptr_array_index (gold_pairs, i), name);
    }

  g_print ("\n%-20s %9s %8s %8s %6s   %-17s   %-17s\n", "simulated reviewer", "decisions", "accepted",
           "rejected", "passes", "before P/R/F1", "after P/R/F1");
  for (guint i = 0; i < golds->len; i++)
    {
      g_autofree char *name = g_path_get_basename (g_ptr_array_index (golds, i));

      simulate_reviewer (g_ptr_array_index (alignments, i), g_ptr_array_index (sets, i),
                         g_ptr_array_index (gold_pairs, i), name);
    }
  return 0;
}
