/* px-comparison-json.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-comparison-json"

#include "config.h"

#include "px-article.h"
#include "px-attribution.h"
#include "px-comparison.h"
#include "px-comparison-json.h"
#include "px-figure-json.h"
#include "px-json-report.h"

/* The full report contract (design.md section 6): the alignment's report
 * (documents, groups with wording divergences, unique passages), completed
 * with figures, figure comparisons, attributions, quotes, and the other
 * divergences of each group.
 */

static void
set_array (JsonObject *root,
           const char *name,
           JsonArray  *array)
{
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);

  json_node_take_array (node, array);
  json_object_set_member (root, name, node);
}

static JsonArray *
figure_comparisons (PxComparison *self)
{
  PxAlignment *alignment = px_comparison_get_alignment (self);
  GPtrArray *groups = px_comparison_get_figure_groups (self);
  JsonArray *array = json_array_new ();

  for (guint i = 0; i < groups->len; i++)
    {
      PxGroupFigures *gf = g_ptr_array_index (groups, i);
      JsonObject *object = json_object_new ();
      JsonArray *figures = json_array_new ();

      json_object_set_int_member (object, "group", px_alignment_group_get_id (alignment, gf->group));
      json_object_set_string_member (object, "quantity", gf->quantity);
      json_object_set_string_member (object, "verdict", px_figure_verdict_to_string (gf->verdict));
      for (guint k = 0; k < gf->mentions->len; k++)
        json_array_add_int_element (figures, g_array_index (gf->mentions, guint, k));
      json_object_set_array_member (object, "figures", figures);
      json_object_set_string_member (object, "summary", gf->summary);
      json_array_add_object_element (array, object);
    }
  return array;
}

static JsonArray *
attributions (PxComparison *self)
{
  PxAlignment *alignment = px_comparison_get_alignment (self);
  JsonArray *array = json_array_new ();

  for (guint a = 0; a < px_alignment_get_n_articles (alignment); a++)
    {
      GPtrArray *found = px_comparison_get_attributions (self, a);
      const char *id = px_article_get_id (px_alignment_get_article (alignment, a));
      g_autofree char *root = px_comparison_dup_root (self, a);

      for (guint i = 0; i < found->len; i++)
        {
          PxAttribution *attribution = g_ptr_array_index (found, i);
          JsonObject *object = json_object_new ();
          JsonArray *via = json_array_new ();
          g_autofree char *chain = px_attribution_describe_chain (attribution, root);

          json_object_set_string_member (object, "document", id);
          json_object_set_int_member (object, "sentence", px_attribution_get_sentence (attribution));
          json_object_set_string_member (object, "cue", px_attribution_get_cue (attribution));
          /* "hieß es" cites nobody in particular: the source is null. */
          if (px_attribution_get_source_name (attribution) != NULL)
            json_object_set_string_member (object, "source", px_attribution_get_source_name (attribution));
          else
            json_object_set_null_member (object, "source");
          if (px_attribution_get_source (attribution) != NULL)
            json_object_set_string_member (object, "source_text", px_attribution_get_source (attribution));
          else
            json_object_set_null_member (object, "source_text");
          json_object_set_string_member (object, "source_kind",
                                         px_source_kind_to_string (px_attribution_get_source_kind (attribution)));
          for (guint v = 0; v < px_attribution_get_n_via (attribution); v++)
            json_array_add_string_element (via, px_attribution_get_via_text (attribution, v));
          json_object_set_array_member (object, "via", via);
          if (chain != NULL)
            json_object_set_string_member (object, "chain", chain);
          else
            json_object_set_null_member (object, "chain");
          json_array_add_object_element (array, object);
        }
    }
  return array;
}

static JsonArray *
quotes (PxComparison *self)
{
  PxAlignment *alignment = px_comparison_get_alignment (self);
  GArray *group_quotes = px_comparison_get_group_quotes (self);
  JsonArray *array = json_array_new ();

  for (guint a = 0; a < px_alignment_get_n_articles (alignment); a++)
    {
      GPtrArray *found = px_comparison_get_quotes (self, a);
      const char *id = px_article_get_id (px_alignment_get_article (alignment, a));

      for (guint q = 0; q < found->len; q++)
        {
          PxQuote *quote = g_ptr_array_index (found, q);
          JsonObject *object = json_object_new ();
          int group = -1;
          PxQuoteFidelity fidelity = PX_QUOTE_FIDELITY_IDENTICAL;

          for (guint k = 0; k < group_quotes->len; k++)
            {
              const PxGroupQuote *gq = &g_array_index (group_quotes, PxGroupQuote, k);

              if (gq->article == a && gq->quote == q)
                {
                  group = gq->group;
                  fidelity = gq->fidelity;
                  break;
                }
            }

          json_object_set_string_member (object, "document", id);
          json_object_set_int_member (object, "sentence", px_quote_get_first_sentence (quote));
          json_object_set_int_member (object, "start", px_quote_get_start (quote));
          json_object_set_int_member (object, "end", px_quote_get_end (quote));
          json_object_set_string_member (object, "text", px_quote_get_text (quote));
          if (px_quote_get_speaker (quote) != NULL)
            json_object_set_string_member (object, "speaker", px_quote_get_speaker (quote));
          else
            json_object_set_null_member (object, "speaker");
          if (group >= 0)
            {
              json_object_set_int_member (object, "group", px_alignment_group_get_id (alignment, group));
              json_object_set_string_member (object, "fidelity", px_quote_fidelity_to_string (fidelity));
            }
          else
            {
              json_object_set_null_member (object, "group");
              json_object_set_null_member (object, "fidelity");
            }
          json_array_add_object_element (array, object);
        }
    }
  return array;
}

/* Adds each group's figure, attribution, quote and omission divergences to
 * the `divergences` arrays the alignment's report began with its wording.
 */
static void
add_divergences (PxComparison *self,
                 JsonObject   *root)
{
  PxAlignment *alignment = px_comparison_get_alignment (self);
  GPtrArray *divergences = px_comparison_get_divergences (self);
  JsonArray *groups;

  if (!json_object_has_member (root, "groups"))
    return;
  groups = json_object_get_array_member (root, "groups");

  for (guint i = 0; i < divergences->len; i++)
    {
      PxDivergence *d = g_ptr_array_index (divergences, i);
      guint id = px_alignment_group_get_id (alignment, d->group);
      JsonObject *group = NULL;
      JsonObject *object;
      JsonArray *documents;

      if (d->kind == PX_DIVERGENCE_WORDING)
        continue;

      for (guint g = 0; g < json_array_get_length (groups) && group == NULL; g++)
        {
          JsonObject *candidate = json_array_get_object_element (groups, g);

          if ((guint)json_object_get_int_member (candidate, "id") == id)
            group = candidate;
        }
      if (group == NULL)
        continue;
      if (!json_object_has_member (group, "divergences"))
        json_object_set_array_member (group, "divergences", json_array_new ());

      object = json_object_new ();
      documents = json_array_new ();
      json_object_set_string_member (object, "kind", px_divergence_kind_to_string (d->kind));
      json_object_set_string_member (object, "summary", d->summary);
      for (guint k = 0; k < d->documents->len; k++)
        json_array_add_string_element (documents, g_ptr_array_index (d->documents, k));
      json_object_set_array_member (object, "documents", documents);
      if (d->kind == PX_DIVERGENCE_FIGURE)
        {
          json_object_set_string_member (object, "verdict", px_figure_verdict_to_string (d->figure_verdict));
          json_object_set_int_member (object, "figure_comparison", d->comparison);
        }
      json_array_add_object_element (json_object_get_array_member (group, "divergences"), object);
    }
}

/**
 * px_comparison_to_json:
 * @self: a #PxComparison
 *
 * Returns: (transfer full): the whole report, as `parallax-cli align
 *   --format json` prints it
 */
JsonNode *
px_comparison_to_json (PxComparison *self)
{
  PxAlignment *alignment;
  JsonNode *node;
  JsonObject *root;
  JsonNode *figures;

  g_return_val_if_fail (PX_IS_COMPARISON (self), NULL);

  alignment = px_comparison_get_alignment (self);
  node = px_json_report_build (alignment);
  root = json_node_get_object (node);

  figures = px_figure_mentions_to_json (px_alignment_get_articles (alignment), px_comparison_get_figures (self));
  json_object_set_member (root, "figures", figures);
  set_array (root, "figure_comparisons", figure_comparisons (self));
  set_array (root, "attributions", attributions (self));
  set_array (root, "quotes", quotes (self));
  add_divergences (self, root);

  return node;
}
