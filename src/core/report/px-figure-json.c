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
add_number_or_null (PxJsonWriter *writer,
                    const char   *name,
                    double        value)
{
  px_json_writer_member (writer, name);
  if (isnan (value))
    px_json_writer_null (writer);
  else if (value == floor (value) && fabs (value) < 1e15)
    px_json_writer_int (writer, (gint64)value);
  else
    px_json_writer_double (writer, value);
}

/**
 * px_figure_mentions_write_json:
 * @writer: a #PxJsonWriter where a value goes
 * @articles: (element-type PxArticle): the article set
 * @mentions: (element-type PxFigureMention): its figures
 *
 * Writes the report's `figures` array (design.md section 6).
 */
void
px_figure_mentions_write_json (PxJsonWriter *writer,
                               GPtrArray    *articles,
                               GArray       *mentions)
{
  g_return_if_fail (articles != NULL);
  g_return_if_fail (mentions != NULL);

  px_json_writer_begin_array (writer);
  for (guint m = 0; m < mentions->len; m++)
    {
      PxFigureMention *mention = &g_array_index (mentions, PxFigureMention, m);
      PxFigure *f = mention->figure;
      PxArticle *article = g_ptr_array_index (articles, mention->document);

      px_json_writer_begin_object (writer);
      px_json_writer_member (writer, "document");
      px_json_writer_string (writer, px_article_get_id (article));
      px_json_writer_member (writer, "sentence");
      px_json_writer_int (writer, mention->sentence);
      px_json_writer_member (writer, "start");
      px_json_writer_int (writer, px_figure_get_start (f));
      px_json_writer_member (writer, "end");
      px_json_writer_int (writer, px_figure_get_end (f));
      px_json_writer_member (writer, "text");
      px_json_writer_string (writer, px_figure_get_text (f));
      add_number_or_null (writer, "low", px_figure_get_low (f));
      add_number_or_null (writer, "high", px_figure_get_high (f));
      px_json_writer_member (writer, "qualifier");
      px_json_writer_string (writer, px_figure_qualifier_to_string (px_figure_get_qualifier (f)));
      px_json_writer_member_string (writer, "unit", px_figure_get_unit (f));
      px_json_writer_member (writer, "kind");
      px_json_writer_string (writer, px_figure_kind_to_string (px_figure_get_kind (f)));
      px_json_writer_member (writer, "approximate");
      px_json_writer_boolean (writer, px_figure_get_approximate (f));
      px_json_writer_member (writer, "part");
      px_json_writer_boolean (writer, px_figure_get_is_part (f));
      px_json_writer_end_object (writer);
    }
  px_json_writer_end_array (writer);
}

/**
 * px_figure_comparisons_write_json:
 * @writer: a #PxJsonWriter where a value goes
 * @comparisons: (element-type PxFigureComparison): from
 *   px_figure_compare_mentions()
 *
 * Writes the report's `figure_comparisons` array (design.md section 6);
 * `figures` index the `figures` array.
 */
void
px_figure_comparisons_write_json (PxJsonWriter *writer,
                                  GPtrArray    *comparisons)
{
  g_return_if_fail (comparisons != NULL);

  px_json_writer_begin_array (writer);
  for (guint c = 0; c < comparisons->len; c++)
    {
      PxFigureComparison *comparison = g_ptr_array_index (comparisons, c);

      px_json_writer_begin_object (writer);
      px_json_writer_member (writer, "quantity");
      px_json_writer_string (writer, comparison->quantity);
      px_json_writer_member (writer, "part");
      px_json_writer_boolean (writer, comparison->is_part);
      px_json_writer_member (writer, "verdict");
      px_json_writer_string (writer, px_figure_verdict_to_string (comparison->verdict));
      px_json_writer_member (writer, "figures");
      px_json_writer_begin_array (writer);
      for (guint k = 0; k < comparison->mentions->len; k++)
        px_json_writer_int (writer, g_array_index (comparison->mentions, guint, k));
      px_json_writer_end_array (writer);
      px_json_writer_member (writer, "summary");
      px_json_writer_string (writer, comparison->summary);
      px_json_writer_end_object (writer);
    }
  px_json_writer_end_array (writer);
}
