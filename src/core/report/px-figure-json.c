/* px-figure-json.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-figure-json"

#include "config.h"

#include <math.h>

#include "px-article.h"
#include "px-figure-json.h"
#include "px-json-report.h"

static void
add_number_or_null (JsonBuilder *builder,
                    const char  *name,
                    double       value)
{
  json_builder_set_member_name (builder, name);
  if (isnan (value))
    json_builder_add_null_value (builder);
  else if (value == floor (value) && fabs (value) < 1e15)
    json_builder_add_int_value (builder, (gint64)value);
  else
    json_builder_add_double_value (builder, value);
}

/**
 * px_figure_mentions_to_json:
 * @articles: (element-type PxArticle): the article set
 * @mentions: (element-type PxFigureMention): its figures
 *
 * The report's `figures` array (design.md section 6).
 *
 * Returns: (transfer full): a JSON array node
 */
JsonNode *
px_figure_mentions_to_json (GPtrArray *articles,
                            GArray    *mentions)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (articles != NULL, NULL);
  g_return_val_if_fail (mentions != NULL, NULL);

  json_builder_begin_array (builder);
  for (guint m = 0; m < mentions->len; m++)
    {
      PxFigureMention *mention = &g_array_index (mentions, PxFigureMention, m);
      PxFigure *f = mention->figure;
      PxArticle *article = g_ptr_array_index (articles, mention->document);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "document");
      json_builder_add_string_value (builder, px_article_get_id (article));
      json_builder_set_member_name (builder, "sentence");
      json_builder_add_int_value (builder, mention->sentence);
      json_builder_set_member_name (builder, "start");
      json_builder_add_int_value (builder, px_figure_get_start (f));
      json_builder_set_member_name (builder, "end");
      json_builder_add_int_value (builder, px_figure_get_end (f));
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, px_figure_get_text (f));
      add_number_or_null (builder, "low", px_figure_get_low (f));
      add_number_or_null (builder, "high", px_figure_get_high (f));
      json_builder_set_member_name (builder, "qualifier");
      json_builder_add_string_value (builder, px_figure_qualifier_to_string (px_figure_get_qualifier (f)));
      px_json_add_string_or_null (builder, "unit", px_figure_get_unit (f));
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, px_figure_kind_to_string (px_figure_get_kind (f)));
      json_builder_set_member_name (builder, "approximate");
      json_builder_add_boolean_value (builder, px_figure_get_approximate (f));
      json_builder_set_member_name (builder, "part");
      json_builder_add_boolean_value (builder, px_figure_get_is_part (f));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  return json_builder_get_root (builder);
}

/**
 * px_figure_comparisons_to_json:
 * @comparisons: (element-type PxFigureComparison): from
 *   px_figure_compare_mentions()
 *
 * The report's `figure_comparisons` array (design.md section 6); `figures`
 * index the `figures` array.
 *
 * Returns: (transfer full): a JSON array node
 */
JsonNode *
px_figure_comparisons_to_json (GPtrArray *comparisons)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (comparisons != NULL, NULL);

  json_builder_begin_array (builder);
  for (guint c = 0; c < comparisons->len; c++)
    {
      PxFigureComparison *comparison = g_ptr_array_index (comparisons, c);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "quantity");
      json_builder_add_string_value (builder, comparison->quantity);
      json_builder_set_member_name (builder, "part");
      json_builder_add_boolean_value (builder, comparison->is_part);
      json_builder_set_member_name (builder, "verdict");
      json_builder_add_string_value (builder, px_figure_verdict_to_string (comparison->verdict));
      json_builder_set_member_name (builder, "figures");
      json_builder_begin_array (builder);
      for (guint k = 0; k < comparison->mentions->len; k++)
        json_builder_add_int_value (builder, g_array_index (comparison->mentions, guint, k));
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "summary");
      json_builder_add_string_value (builder, comparison->summary);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  return json_builder_get_root (builder);
}
