/* px-align-features.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-aligner"

#include "config.h"

#include <math.h>
#include <string.h>

#include "px-align-private.h"

/* What the learned scorer reads of a candidate pair. None of these decides
 * a match on its own: the weights that combine them, and the threshold,
 * are fitted on real news with human gold (bench/fit-scorer.py) and read
 * from data/align-weights.json. Each feature is something a reader would
 * also weigh: do the two sentences say the same words or words of the same
 * meaning, do they name the same people and figures, do the two articles
 * report the same event at all (sets mix look-alike events), and where in
 * the article does each sentence stand (leads match leads).
 */

const char * const px_align_feature_names[PX_N_FEATURES] = {
  "lexical", "cosine", "soft", "embedding", "article_cosine", "article_embedding",
  "entities", "entity_conflict", "figures", "lead", "position", "length", "cross_lingual",
  "rank_best", "rank_worst", "margin", "chargram_3", "chargram_4", "chargram_5",
};

static int
compare_article_terms (gconstpointer a,
                       gconstpointer b)
{
  const ArticleTerm *x = a, *y = b;

  return x->id < y->id ? -1 : x->id > y->id;
}

/* An article's vector cut to its names and figures, of unit length again:
 * two look-alike events share the vocabulary of their kind (arrested,
 * rehab, earthquake) but not their people, places, dates and tolls.
 */
static GArray *
name_terms (GArray       *terms,
            const guint8 *named)
{
  GArray *names = g_array_new (FALSE, FALSE, sizeof (ArticleTerm));
  double norm = 0.0;

  for (guint k = 0; k < terms->len; k++)
    if (named[g_array_index (terms, ArticleTerm, k).id])
      {
        g_array_append_val (names, g_array_index (terms, ArticleTerm, k));
        norm += (double)g_array_index (terms, ArticleTerm, k).weight * g_array_index (terms, ArticleTerm, k).weight;
      }
  norm = sqrt (norm);
  for (guint k = 0; k < names->len && norm > 0.0; k++)
    g_array_index (names, ArticleTerm, k).weight /= norm;
  return names;
}

/* One TF-IDF vector per article over its units' terms, IDF over articles:
 * whether two articles tell the same event is a property of the whole.
 * A second one holds only the names and figures.
 */
void
px_align_prepare_articles (Run *run)
{
  guint n_articles = run->articles->len;
  g_autofree guint *df = g_new0 (guint, run->names->len + 1);
  g_autofree guint *tf = g_new0 (guint, run->names->len + 1);
  g_autofree guint8 *named = g_new0 (guint8, run->names->len + 1);

  run->article_terms = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
  run->article_names = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
  run->article_cosine = g_new (float, (gsize)MAX (1, n_articles) * MAX (1, n_articles));
  for (gsize i = 0; i < (gsize)n_articles * n_articles; i++)
    run->article_cosine[i] = NAN;

  for (guint pass = 0; pass < 2; pass++)
    for (guint a = 0; a < n_articles; a++)
      {
        GArray *terms = g_array_new (FALSE, FALSE, sizeof (ArticleTerm));
        double norm = 0.0;

        for (guint u = run->first_unit[a]; u < run->first_unit[a + 1]; u++)
          for (guint t = 0; t < px_align_unit (run, u)->n_terms; t++)
            {
              const Term *unit_term = &px_align_unit (run, u)->terms[t];
              guint id = unit_term->id;
              ArticleTerm term = { id, 0.0f };

              named[id] |= unit_term->entity || unit_term->number;
              if (tf[id]++ == 0)
                g_array_append_val (terms, term);
            }
        for (guint k = 0; k < terms->len; k++)
          {
            ArticleTerm *term = &g_array_index (terms, ArticleTerm, k);

            if (pass == 0)
              df[term->id]++;
            else
              {
                term->weight = (1.0 + log (tf[term->id])) *
                               log ((n_articles + 1.0) / (df[term->id] + 0.5));
                norm += (double)term->weight * term->weight;
              }
            tf[term->id] = 0;
          }
        if (pass == 0)
          {
            g_array_unref (terms);
            continue;
          }
        norm = sqrt (norm);
        for (guint k = 0; k < terms->len && norm > 0.0; k++)
          g_array_index (terms, ArticleTerm, k).weight /= norm;
        g_array_sort (terms, compare_article_terms);
        g_ptr_array_add (run->article_terms, terms);
        g_ptr_array_add (run->article_names, name_terms (terms, named));
      }
}

static double
sparse_dot (GArray *x,
            GArray *y)
{
  double s = 0.0;
  guint i = 0, j = 0;

  while (i < x->len && j < y->len)
    {
      const ArticleTerm *a = &g_array_index (x, ArticleTerm, i);
      const ArticleTerm *b = &g_array_index (y, ArticleTerm, j);

      if (a->id == b->id)
        s += (double)a->weight * b->weight, i++, j++;
      else if (a->id < b->id)
        i++;
      else
        j++;
    }
  return s;
}

/* The TF-IDF cosine of two articles, computed once per pair. */
double
px_align_article_cosine (Run   *run,
                         guint  a,
                         guint  b)
{
  guint n = run->articles->len;
  float *cell = &run->article_cosine[(gsize)a * n + b];

  if (isnan (*cell))
    {
      *cell = (float)sparse_dot (g_ptr_array_index (run->article_terms, a),
                                 g_ptr_array_index (run->article_terms, b));
      run->article_cosine[(gsize)b * n + a] = *cell;
    }
  return *cell;
}

/* The cosine of two articles' names and figures (px-align-events.c). */
double
px_align_article_name_cosine (Run   *run,
                              guint  a,
                              guint  b)
{
  return sparse_dot (g_ptr_array_index (run->article_names, a), g_ptr_array_index (run->article_names, b));
}

/* TF-IDF cosine of the units' phase-one features (px_align_build_features). */
static double
unit_cosine (Unit *x,
             Unit *y)
{
  double s = 0.0;
  guint i = 0, j = 0;

  if (x->norm <= 0.0f || y->norm <= 0.0f)
    return 0.0;
  /* Both lists are sorted by id (px_align_build_features()). */
  while (i < x->n_feats && j < y->n_feats)
    {
      if (x->feats[i] == y->feats[j])
        s += (double)x->feat_w[i++] * y->feat_w[j++];
      else if (x->feats[i] < y->feats[j])
        i++;
      else
        j++;
    }
  return s / ((double)x->norm * y->norm);
}

static gboolean
unit_has_id (Unit  *unit,
             guint  id,
             guint8 entity)
{
  for (guint t = 0; t < unit->n_terms; t++)
    if (unit->terms[t].id == id && unit->terms[t].entity == entity)
      return TRUE;
  return FALSE;
}

/* Names both sides give (by weight), names only one side gives (a count),
 * and numbers both give.
 */
static void
names_and_figures (Unit   *x,
                   Unit   *y,
                   double *features)
{
  double shared = 0.0;
  guint only = 0, figures = 0;

  for (guint side = 0; side < 2; side++)
    {
      Unit *u = side == 0 ? x : y, *v = side == 0 ? y : x;

      for (guint t = 0; t < u->n_terms; t++)
        {
          Term *term = &u->terms[t];
          gboolean both;

          if (!term->entity && !term->number)
            continue;
          both = unit_has_id (v, term->id, term->entity);
          if (term->number && both && side == 0)
            figures++;
          else if (term->entity && both && side == 0)
            shared += term->weight;
          else if (term->entity && !both)
            only++;
        }
    }
  features[PX_FEATURE_ENTITIES] = shared;
  features[PX_FEATURE_ENTITY_CONFLICT] = MIN (only, 10);
  features[PX_FEATURE_FIGURES] = figures;
}

/**
 * px_align_features:
 * @run: a prepared run
 * @a: a unit
 * @b: a unit of another article
 * @features: (out caller-allocates) (array fixed-size=PX_N_FEATURES): the
 *   pair's features
 */
void
px_align_features (Run    *run,
                   guint   a,
                   guint   b,
                   double *features)
{
  Unit *x = px_align_unit (run, a), *y = px_align_unit (run, b);
  guint nx = run->first_unit[x->article + 1] - run->first_unit[x->article];
  guint ny = run->first_unit[y->article + 1] - run->first_unit[y->article];

  memset (features, 0, PX_N_FEATURES * sizeof (double));
  features[PX_FEATURE_LEXICAL] = px_align_score_pair (run, a, b, NULL);
  features[PX_FEATURE_COSINE] = unit_cosine (x, y);
  features[PX_FEATURE_ARTICLE_COSINE] = px_align_article_cosine (run, x->article, y->article);
  if (run->vectors != NULL)
    {
      features[PX_FEATURE_SOFT] = px_align_soft_similarity (run, a, b, NULL);
      features[PX_FEATURE_EMBEDDING] = px_align_dot (&run->unit_embedding[(gsize)a * run->dim],
                                                    &run->unit_embedding[(gsize)b * run->dim],
                                                    run->dim);
      features[PX_FEATURE_ARTICLE_EMBEDDING] =
        px_align_dot (&run->article_embedding[(gsize)x->article * run->dim],
                     &run->article_embedding[(gsize)y->article * run->dim], run->dim);
    }
  px_align_chargram_cosines (run, a, b, features);
  names_and_figures (x, y, features);
  features[PX_FEATURE_LEAD] = log1p (MIN (x->order, y->order));
  features[PX_FEATURE_POSITION] = fabs ((double)x->order / MAX (1, nx) - (double)y->order / MAX (1, ny));
  features[PX_FEATURE_LENGTH] = fabs (log ((x->n_terms + 1.0) / (y->n_terms + 1.0)));
  features[PX_FEATURE_CROSS_LINGUAL] =
    px_align_is_german (run->languages[x->article]) != px_align_is_german (run->languages[y->article]);
}
