/* px-aligner.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-aligner"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "px-aligner.h"
#include "px-align-private.h"

/* The method, in the spirit of xdiff's prepare → match → tidy → emit, one
 * file per step:
 *
 *  1. prepare (px-align-prepare.c): every body sentence becomes a unit of
 *     terms (stems, with compound parts, synonym sets and aliases; figures,
 *     also written as words; German separable verbs joined again), each
 *     term classed as a name (who) or a predicate word (what happened) and
 *     weighted by IDF over the set;
 *  2. meaning (px-align-vectors.c): each word gets a vector in one English
 *     space, German words through the German–English dictionary;
 *  3. candidates (px-align-candidates.c): all pairs of a small set, an
 *     inverted index beyond that;
 *  4. features and scorer (px-align-features.c, px-align-scoring.c,
 *     px-align-scorer.c): each candidate pair gets, on all processors, a
 *     link probability from a logistic regression
 *     fitted on real news with human gold (bench/fit-scorer.py, weights in
 *     data/align-weights.json);
 *  5. group (px-align-grouping.c): average-linkage clusters over the
 *     probabilities, at the threshold fitted with the weights;
 *  6. emit (px-align-emit.c, px-align-diff.c): reference member,
 *     explanations and word diffs per group.
 */

struct _PxAligner
{
  GObject  parent_instance;

  double   threshold;
  double   fraction;
};

enum {
  PROP_0,
  PROP_THRESHOLD,
  PROP_FRACTION,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (PxAligner, px_aligner, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
px_aligner_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PxAligner *self = PX_ALIGNER (object);

  switch (prop_id)
    {
    case PROP_THRESHOLD:
      g_value_set_double (value, self->threshold);
      break;
    case PROP_FRACTION:
      g_value_set_double (value, self->fraction);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_aligner_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  PxAligner *self = PX_ALIGNER (object);

  switch (prop_id)
    {
    case PROP_THRESHOLD:
      px_aligner_set_threshold (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_aligner_class_init (PxAlignerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = px_aligner_get_property;
  object_class->set_property = px_aligner_set_property;

  /**
   * PxAligner:threshold:
   *
   * How strong a link must be to group two passages: lower finds more
   * parallels (recall), higher makes fewer mistakes (precision).
   */
  properties[PROP_THRESHOLD] =
    g_param_spec_double ("threshold", NULL, NULL,
                         0.0, 1.0, 0.5,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * PxAligner:fraction:
   *
   * Progress of the running alignment, 0 to 1, notified on the main context
   * of the thread that started it.
   */
  properties[PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL,
                         0.0, 1.0, 0.0,
                         (G_PARAM_READABLE |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
px_aligner_init (PxAligner *self)
{
  self->threshold = px_aligner_default_threshold ();
}

/**
 * px_aligner_default_threshold:
 *
 * The grouping threshold fitted with the link model (data/align-weights.json).
 *
 * Returns: the default for #PxAligner:threshold
 */
double
px_aligner_default_threshold (void)
{
  const PxAlignModel *model = px_align_model_get (FALSE, NULL);

  return model != NULL ? px_align_model_threshold (model) : 0.5;
}

/**
 * px_aligner_new:
 *
 * Returns: (transfer full): a new aligner with the default threshold
 */
PxAligner *
px_aligner_new (void)
{
  return g_object_new (PX_TYPE_ALIGNER, NULL);
}

double
px_aligner_get_threshold (PxAligner *self)
{
  g_return_val_if_fail (PX_IS_ALIGNER (self), 0.0);

  return self->threshold;
}

/**
 * px_aligner_set_threshold:
 * @self: a #PxAligner
 * @threshold: 0 to 1
 *
 * Sets #PxAligner:threshold for the next run.
 */
void
px_aligner_set_threshold (PxAligner *self,
                          double     threshold)
{
  g_return_if_fail (PX_IS_ALIGNER (self));

  threshold = CLAMP (threshold, 0.0, 1.0);
  if (self->threshold == threshold)
    return;
  self->threshold = threshold;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_THRESHOLD]);
}

double
px_aligner_get_fraction (PxAligner *self)
{
  g_return_val_if_fail (PX_IS_ALIGNER (self), 0.0);

  return self->fraction;
}

/* Progress: set directly when running synchronously, or marshalled to the
 * caller's main context when a worker thread runs the job.
 */
struct _Progress
{
  PxAligner    *aligner;
  GMainContext *context;
};

typedef struct
{
  PxAligner *aligner;
  double     fraction;
} FractionUpdate;

static gboolean
publish_fraction (gpointer data)
{
  FractionUpdate *update = data;

  if (update->aligner->fraction != update->fraction)
    {
      update->aligner->fraction = update->fraction;
      g_object_notify_by_pspec (G_OBJECT (update->aligner), properties[PROP_FRACTION]);
    }
  return G_SOURCE_REMOVE;
}

static void
fraction_update_free (gpointer data)
{
  FractionUpdate *update = data;

  g_object_unref (update->aligner);
  g_free (update);
}

void
px_align_report_progress (Progress *progress,
                 double    fraction)
{
  FractionUpdate *update;

  if (progress == NULL)
    return;

  update = g_new0 (FractionUpdate, 1);
  update->aligner = g_object_ref (progress->aligner);
  update->fraction = fraction;
  if (progress->context == NULL)
    {
      publish_fraction (update);
      fraction_update_free (update);
    }
  else
    g_main_context_invoke_full (progress->context, G_PRIORITY_DEFAULT,
                                publish_fraction, update, fraction_update_free);
}

static int
compare_articles_by_id (gconstpointer a,
                        gconstpointer b)
{
  PxArticle *x = *(PxArticle **)a;
  PxArticle *y = *(PxArticle **)b;
  int cmp = g_strcmp0 (px_article_get_id (x), px_article_get_id (y));

  if (cmp == 0)
    cmp = g_strcmp0 (px_article_get_path (x), px_article_get_path (y));
  if (cmp == 0)
    {
      g_autofree char *dx = px_article_dup_digest (x);
      g_autofree char *dy = px_article_dup_digest (y);

      cmp = g_strcmp0 (dx, dy);
    }
  return cmp;
}

/* Sorts a copy of @articles by id, so that every decision below (ties are
 * broken by article and sentence in this order) does not depend on the
 * order of the files.
 */
static Run *
run_new (PxAligner *self,
         GPtrArray *articles)
{
  Run *run = g_new0 (Run, 1);

  run->threshold = self->threshold;
  run->articles = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < articles->len; i++)
    g_ptr_array_add (run->articles, g_object_ref (g_ptr_array_index (articles, i)));
  g_ptr_array_sort (run->articles, compare_articles_by_id);
  run->to_caller = g_new0 (guint, articles->len);
  for (guint i = 0; i < run->articles->len; i++)
    for (guint j = 0; j < articles->len; j++)
      if (g_ptr_array_index (articles, j) == g_ptr_array_index (run->articles, i))
        {
          run->to_caller[i] = j;
          break;
        }

  run->units = g_array_new (FALSE, TRUE, sizeof (Unit));
  g_array_set_clear_func (run->units, px_align_unit_clear);
  run->intern = g_hash_table_new (g_str_hash, g_str_equal);
  run->names = g_ptr_array_new_with_free_func (g_free);
  run->de = px_tokenizer_new ("de");
  run->en = px_tokenizer_new ("en");
  run->links = px_link_table_new ();
  run->vectors = px_vectors_get_default ();
  /* Only German words need the dictionary; an English set never opens it. */
  for (guint i = 0; run->vectors != NULL && i < run->articles->len && run->dictionary == NULL; i++)
    if (px_align_is_german (px_article_get_language (g_ptr_array_index (run->articles, i))))
      run->dictionary = px_dictionary_get_de_en ();
  return run;
}

/* PARALLAX_ALIGN_FEATURES=FILE appends every scored pair's features to
 * FILE, for bench/fit-scorer.py.
 */
static void
open_feature_dump (Run *run)
{
  const char *path = g_getenv ("PARALLAX_ALIGN_FEATURES");

  if (path != NULL && *path != '\0')
    run->feature_dump = fopen (path, "a");
}

static PxAlignment *
align (PxAligner     *self,
       GPtrArray     *articles,
       Progress      *progress,
       GCancellable  *cancellable,
       GError       **error)
{
  g_autoptr(Run) run = run_new (self, articles);
  g_autoptr(GArray) edges = NULL;
  g_autoptr(GPtrArray) clusters = NULL;
  PxAlignment *alignment;

  px_align_report_progress (progress, 0.0);
  if (!(run->model = px_align_model_get (run->vectors != NULL, error)))
    return NULL;
  run->cross_model = px_align_model_get_cross_lingual (run->vectors != NULL);
  open_feature_dump (run);

  if (!px_align_prepare_units (run, progress, cancellable, error))
    return NULL;
  px_align_build_features (run);
  px_align_prepare_vectors (run);
  px_align_prepare_articles (run);
  px_align_prepare_chargrams (run);
  run->event = px_align_events (run, px_align_model_event_threshold (run->model),
                                px_align_model_event_neighbour (run->model),
                                px_align_model_event_names (run->model));

  edges = px_align_score_candidates (run, progress, cancellable);
  if (g_getenv ("PARALLAX_ALIGN_TRACE") != NULL)
    px_align_trace (run, edges);
  clusters = px_align_group (run, edges);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  alignment = px_align_emit (run, articles, clusters, edges);
  px_align_report_progress (progress, 1.0);
  return alignment;
}

/* The first body unit of each article, or G_MAXUINT. */
static guint *
first_units (Run       *run,
             GPtrArray *articles)
{
  guint *units = g_new (guint, articles->len);

  for (guint i = 0; i < run->articles->len; i++)
    {
      guint caller = run->to_caller[i];

      units[caller] = run->first_unit[i] < run->first_unit[i + 1] ? run->first_unit[i] : G_MAXUINT;
    }
  return units;
}

/**
 * px_aligner_score_pairs:
 * @self: a #PxAligner
 * @articles: (element-type PxArticle): articles of one sentence each, the
 *   set over which words are weighed
 * @pairs: (array length=n_pairs): 2 × @n_pairs article indices
 * @n_pairs: the number of pairs
 * @error: return location for a #GError
 *
 * Scores sentence pairs with the similarity model fitted on human
 * similarity judgments (the German STS data): the engine's view of how
 * alike two sentences are, apart from any article around them.
 *
 * Returns: (transfer full) (array length=n_pairs): one score per pair, or
 *   %NULL on error
 */
double *
px_aligner_score_pairs (PxAligner     *self,
                        GPtrArray     *articles,
                        const guint   *pairs,
                        guint          n_pairs,
                        GError       **error)
{
  g_autoptr(Run) run = run_new (self, articles);
  g_autofree guint *units = NULL;
  const PxAlignModel *model;
  double *scores;

  g_return_val_if_fail (PX_IS_ALIGNER (self), NULL);
  if (!(model = px_align_model_get_similarity (run->vectors != NULL, error)))
    return NULL;
  if (!px_align_prepare_units (run, NULL, NULL, error))
    return NULL;
  px_align_build_features (run);
  px_align_prepare_vectors (run);
  px_align_prepare_articles (run);
  px_align_prepare_chargrams (run);
  open_feature_dump (run);
  units = first_units (run, articles);
  scores = g_new0 (double, MAX (1, n_pairs));
  for (guint p = 0; p < n_pairs; p++)
    {
      guint a = units[pairs[2 * p]], b = units[pairs[2 * p + 1]];
      double features[PX_N_FEATURES];

      if (a == G_MAXUINT || b == G_MAXUINT || a == b)
        continue;
      px_align_features (run, MIN (a, b), MAX (a, b), features);
      if (run->feature_dump != NULL)
        px_align_dump_features (run, MIN (a, b), MAX (a, b), features);
      scores[p] = px_align_model_score (model, features);
    }
  return scores;
}

/**
 * px_aligner_run:
 * @self: a #PxAligner
 * @articles: (element-type PxArticle): the article set
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Aligns the body sentences of @articles into claim groups. The result
 * does not depend on the order of @articles, except that member indices
 * refer to it.
 *
 * Returns: (transfer full): the alignment, or %NULL when cancelled
 */
PxAlignment *
px_aligner_run (PxAligner     *self,
                GPtrArray     *articles,
                GCancellable  *cancellable,
                GError       **error)
{
  Progress progress = { self, NULL };

  g_return_val_if_fail (PX_IS_ALIGNER (self), NULL);
  g_return_val_if_fail (articles != NULL, NULL);
  g_return_val_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable), NULL);

  for (guint i = 0; i < articles->len; i++)
    g_return_val_if_fail (PX_IS_ARTICLE (g_ptr_array_index (articles, i)), NULL);

  return align (self, articles, &progress, cancellable, error);
}

typedef struct
{
  GPtrArray    *articles;
  GMainContext *context;
} RunData;

static void
run_data_free (gpointer data)
{
  RunData *run_data = data;

  g_ptr_array_unref (run_data->articles);
  g_main_context_unref (run_data->context);
  g_free (run_data);
}

static void
px_aligner_run_worker (GTask        *task,
                       gpointer      source_object,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  PxAligner *self = source_object;
  RunData *data = task_data;
  Progress progress = { self, data->context };
  GError *error = NULL;
  PxAlignment *alignment;

  if ((alignment = align (self, data->articles, &progress, cancellable, &error)))
    g_task_return_pointer (task, alignment, g_object_unref);
  else
    g_task_return_error (task, error);
}

/**
 * px_aligner_run_async:
 * @self: a #PxAligner
 * @articles: (element-type PxArticle): the article set
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Runs px_aligner_run() in a worker thread. #PxAligner:fraction is notified
 * on the thread-default main context of the caller.
 */
void
px_aligner_run_async (PxAligner           *self,
                      GPtrArray           *articles,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  RunData *data;

  g_return_if_fail (PX_IS_ALIGNER (self));
  g_return_if_fail (articles != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  data = g_new0 (RunData, 1);
  data->articles = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < articles->len; i++)
    g_ptr_array_add (data->articles, g_object_ref (g_ptr_array_index (articles, i)));
  data->context = g_main_context_ref_thread_default ();

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, px_aligner_run_async);
  g_task_set_task_data (task, data, run_data_free);
  g_task_run_in_thread (task, px_aligner_run_worker);
}

/**
 * px_aligner_run_finish:
 * @self: a #PxAligner
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the alignment, or %NULL on error
 */
PxAlignment *
px_aligner_run_finish (PxAligner     *self,
                       GAsyncResult  *result,
                       GError       **error)
{
  g_return_val_if_fail (PX_IS_ALIGNER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

