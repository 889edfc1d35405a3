/* px-align-scorer.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-aligner"

#include "config.h"

#include <math.h>
#include <json-glib/json-glib.h>

#include "px-align-private.h"
#include "px-align-resources.h"
#include "px-error.h"

/* The learned link model: a logistic regression over the features of
 * px-align-features.c (and products of two), with the grouping threshold
 * fitted alongside it. Both come from data/align-weights.json, written by
 * bench/fit-scorer.py on ../shared/data and compiled into the library;
 * PARALLAX_ALIGN_WEIGHTS names another table (the fitting script uses it
 * for its cross-validation folds). Two models: with word vectors, and
 * lexical only for machines without the vector table; each may have a
 * German–English twin ("semantic-de-en"), fitted on translation pairs, that
 * scores the pairs whose articles' languages differ.
 */

#define WEIGHTS_FORMAT  "parallax-align-weights"
#define WEIGHTS_VERSION 1

typedef struct
{
  int    feature;
  int    times;     /* a second feature multiplied in, or -1 */
  double mean;
  double scale;
  double weight;
} ModelTerm;

struct _PxAlignModel
{
  gboolean   logistic;  /* a probability; else a linear score */
  double     bias;
  double     threshold;
  double     shift;     /* added to the logit, see calibrate_pair_model() */
  double     event_threshold;  /* 0: every article reports one event */
  guint      event_neighbour;  /* which neighbour scales an article's similarities */
  double     event_names;      /* the share of the names-and-figures cosine in them */
  guint      n_terms;
  ModelTerm *terms;
};

static int
feature_index (const char *name)
{
  for (int i = 0; name != NULL && i < PX_N_FEATURES; i++)
    if (g_str_equal (name, px_align_feature_names[i]))
      return i;
  return -1;
}

static gboolean
read_term (JsonObject *object,
           ModelTerm  *term)
{
  const char *times = json_object_get_string_member_with_default (object, "times", NULL);

  term->feature = feature_index (json_object_get_string_member_with_default (object, "feature", NULL));
  term->times = times != NULL ? feature_index (times) : -1;
  term->mean = json_object_get_double_member_with_default (object, "mean", 0.0);
  term->scale = json_object_get_double_member_with_default (object, "scale", 1.0);
  term->weight = json_object_get_double_member_with_default (object, "weight", 0.0);
  return term->feature >= 0 && (times == NULL || term->times >= 0) && term->scale > 0.0;
}

static PxAlignModel *
read_model (JsonObject *models,
            const char *name)
{
  JsonObject *object;
  JsonArray *terms;
  PxAlignModel *model;

  if (!json_object_has_member (models, name) ||
      !JSON_NODE_HOLDS_OBJECT (json_object_get_member (models, name)))
    return NULL;
  object = json_object_get_object_member (models, name);
  if (!json_object_has_member (object, "terms") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (object, "terms")))
    return NULL;
  terms = json_object_get_array_member (object, "terms");
  model = g_new0 (PxAlignModel, 1);
  model->logistic = g_strcmp0 (json_object_get_string_member_with_default (object, "output", "probability"),
                               "probability") == 0;
  model->bias = json_object_get_double_member_with_default (object, "bias", 0.0);
  model->threshold = json_object_get_double_member_with_default (object, "threshold", 0.5);
  model->event_threshold = json_object_get_double_member_with_default (object, "event_threshold", 0.0);
  model->event_neighbour = (guint)CLAMP (json_object_get_int_member_with_default (object, "event_neighbour", 1),
                                         1, 64);
  model->event_names = CLAMP (json_object_get_double_member_with_default (object, "event_names", 0.0), 0.0, 1.0);
  model->n_terms = json_array_get_length (terms);
  model->terms = g_new0 (ModelTerm, model->n_terms);
  for (guint i = 0; i < model->n_terms; i++)
    {
      JsonNode *node = json_array_get_element (terms, i);

      if (!JSON_NODE_HOLDS_OBJECT (node) || !read_term (json_node_get_object (node), &model->terms[i]))
        {
          g_free (model->terms);
          g_free (model);
          return NULL;
        }
    }
  return model;
}

static GBytes *
weights_bytes (GError **error)
{
  const char *path = g_getenv ("PARALLAX_ALIGN_WEIGHTS");
  char *contents;
  gsize length;

  if (path == NULL || *path == '\0')
    return g_resource_lookup_data (px_align_get_resource (),
                                   "/io/github/parallax/Parallax/align-weights.json",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;
  return g_bytes_new_take (contents, length);
}

typedef struct
{
  PxAlignModel *models[2];
  PxAlignModel *cross[2];
  PxAlignModel *similarity[2];
  GError       *error;
} Models;

static double
logit (double p)
{
  p = CLAMP (p, 1e-6, 1.0 - 1e-6);
  return log (p / (1.0 - p));
}

/* A language pair's model has its own fitted threshold, but grouping
 * compares every link with one threshold (the main model's, or the
 * user's). Shifting the pair model's logit by the difference makes its
 * own threshold land on the main one, so that moving the threshold moves
 * both alike.
 */
static void
calibrate_pair_model (PxAlignModel       *pair,
                      const PxAlignModel *main)
{
  if (pair == NULL || main == NULL || !pair->logistic)
    return;
  pair->shift = logit (main->threshold) - logit (pair->threshold);
}

static Models *
load_models (void)
{
  Models *loaded = g_new0 (Models, 1);
  g_autoptr(GBytes) bytes = weights_bytes (&loaded->error);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root;

  if (bytes == NULL)
    return loaded;
  if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                   g_bytes_get_size (bytes), &loaded->error))
    return loaded;
  root = JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)) ?
         json_node_get_object (json_parser_get_root (parser)) : NULL;
  if (root == NULL ||
      g_strcmp0 (json_object_get_string_member_with_default (root, "format", ""), WEIGHTS_FORMAT) != 0 ||
      json_object_get_int_member_with_default (root, "version", 0) != WEIGHTS_VERSION ||
      !json_object_has_member (root, "models") ||
      !JSON_NODE_HOLDS_OBJECT (json_object_get_member (root, "models")))
    {
      g_set_error (&loaded->error, PX_ERROR, PX_ERROR_PARSE,
                   "The alignment weights are not a version %d table", WEIGHTS_VERSION);
      return loaded;
    }
  loaded->models[0] = read_model (json_object_get_object_member (root, "models"), "lexical");
  loaded->models[1] = read_model (json_object_get_object_member (root, "models"), "semantic");
  loaded->cross[0] = read_model (json_object_get_object_member (root, "models"), "lexical-de-en");
  loaded->cross[1] = read_model (json_object_get_object_member (root, "models"), "semantic-de-en");
  calibrate_pair_model (loaded->cross[0], loaded->models[0]);
  calibrate_pair_model (loaded->cross[1], loaded->models[1] != NULL ? loaded->models[1] : loaded->models[0]);
  loaded->similarity[0] = read_model (json_object_get_object_member (root, "models"), "similarity-lexical");
  loaded->similarity[1] = read_model (json_object_get_object_member (root, "models"), "similarity");
  if (loaded->models[0] == NULL)
    g_set_error (&loaded->error, PX_ERROR, PX_ERROR_PARSE,
                 "The alignment weights have no usable lexical model");
  return loaded;
}

/**
 * px_align_model_get:
 * @semantic: whether word vectors are there
 * @error: return location for a #GError
 *
 * Returns: (transfer none): the fitted model, shared for the process; the
 *   lexical one when @semantic is %FALSE or the table has no semantic one
 */
static Models *
get_models (void)
{
  static gsize once;
  static Models *models;

  if (g_once_init_enter (&once))
    {
      models = load_models ();
      g_once_init_leave (&once, 1);
    }
  return models;
}

const PxAlignModel *
px_align_model_get (gboolean   semantic,
                    GError   **error)
{
  Models *models = get_models ();

  if (models->error != NULL)
    {
      g_propagate_error (error, g_error_copy (models->error));
      return NULL;
    }
  return semantic && models->models[1] != NULL ? models->models[1] : models->models[0];
}

/**
 * px_align_model_get_cross_lingual:
 * @semantic: whether word vectors are there
 *
 * Returns: (transfer none) (nullable): the model for pairs of a German and
 *   an English passage, or %NULL when the table has none (the main model
 *   then scores them too)
 */
const PxAlignModel *
px_align_model_get_cross_lingual (gboolean semantic)
{
  Models *models = get_models ();

  if (models->error != NULL)
    return NULL;
  return semantic ? models->cross[1] : models->cross[0];
}

/**
 * px_align_model_get_similarity:
 * @semantic: whether word vectors are there
 * @error: return location for a #GError
 *
 * Returns: (transfer none): the sentence similarity model (fitted on human
 *   similarity scores), or %NULL with @error set when the table has none
 */
const PxAlignModel *
px_align_model_get_similarity (gboolean   semantic,
                               GError   **error)
{
  Models *models = get_models ();
  PxAlignModel *model;

  if (models->error != NULL)
    {
      g_propagate_error (error, g_error_copy (models->error));
      return NULL;
    }
  model = semantic && models->similarity[1] != NULL ? models->similarity[1] : models->similarity[0];
  if (model == NULL)
    g_set_error (error, PX_ERROR, PX_ERROR_PARSE, "The alignment weights have no similarity model");
  return model;
}

double
px_align_model_threshold (const PxAlignModel *model)
{
  return model->threshold;
}

/* The scaled article similarity below which two articles report different
 * events (px-align-events.c), fitted with the link model.
 */
double
px_align_model_event_threshold (const PxAlignModel *model)
{
  return model->event_threshold;
}

/* Which nearest neighbour's similarity scales an article's similarities
 * (px-align-events.c), fitted with the event threshold.
 */
guint
px_align_model_event_neighbour (const PxAlignModel *model)
{
  return model->event_neighbour;
}

/* How much of two articles' similarity comes from their names and figures
 * alone rather than from all their words (px-align-events.c), fitted with
 * the event threshold.
 */
double
px_align_model_event_names (const PxAlignModel *model)
{
  return model->event_names;
}

/**
 * px_align_model_score:
 * @model: a model
 * @features: (array fixed-size=PX_N_FEATURES): a pair's features
 *
 * Returns: the probability that the pair reports the same claim
 */
double
px_align_model_score (const PxAlignModel *model,
                      const double       *features)
{
  double z = model->bias + model->shift;

  for (guint i = 0; i < model->n_terms; i++)
    {
      const ModelTerm *term = &model->terms[i];
      double x = features[term->feature];

      if (term->times >= 0)
        x *= features[term->times];
      z += term->weight * (x - term->mean) / term->scale;
    }
  return model->logistic ? 1.0 / (1.0 + exp (-z)) : z;
}

void
px_align_dump_features (Run          *run,
               guint         a,
               guint         b,
               const double *features)
{
  Unit *x = px_align_unit (run, a), *y = px_align_unit (run, b);

  fprintf (run->feature_dump, "%s\t%u\t%s\t%u",
           px_article_get_id (g_ptr_array_index (run->articles, x->article)), x->sentence,
           px_article_get_id (g_ptr_array_index (run->articles, y->article)), y->sentence);
  for (guint f = 0; f < PX_N_FEATURES; f++)
    fprintf (run->feature_dump, "\t%.6g", features[f]);
  fputc ('\n', run->feature_dump);
}

/* Scores a pair from its features and keeps the probability. */
double
px_align_link_store (Run          *run,
                     guint         a,
                     guint         b,
                     const double *features)
{
  const PxAlignModel *model = run->model;
  float value;

  if (run->cross_model != NULL && features[PX_FEATURE_CROSS_LINGUAL] > 0.0)
    model = run->cross_model;
  value = (float)px_align_model_score (model, features);

  if (run->feature_dump != NULL)
    px_align_dump_features (run, MIN (a, b), MAX (a, b), features);
  px_link_table_insert (run->links, px_align_pair_key (a, b), value);
  return value;
}

/**
 * px_align_link:
 * @run: a prepared run
 * @a: a unit
 * @b: a unit of another article
 *
 * Returns: the link probability of the pair: the candidates' are scored
 *   with all of them in view; another pair is scored now, ranked behind
 *   every candidate, and kept
 */
double
px_align_link (Run   *run,
               guint  a,
               guint  b)
{
  double features[PX_N_FEATURES];
  float value;

  if (px_link_table_lookup (run->links, px_align_pair_key (a, b), &value))
    return value;
  px_align_features (run, MIN (a, b), MAX (a, b), features);
  px_align_no_rank (features);
  return px_align_link_store (run, a, b, features);
}
