/* px-json-report.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-json-report"

#include "config.h"

#include "px-article.h"
#include "px-json-report.h"

static void
add_string_or_null (JsonBuilder *builder,
                    const char  *name,
                    const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/**
 * px_json_report_document:
 * @article: a #PxArticle
 *
 * One entry of the report's `documents` array (design.md section 6): the
 * metadata and every sentence with its span and kind.
 *
 * Returns: (transfer full): a JSON object node
 */
JsonNode *
px_json_report_document (PxArticle *article)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  const PxSentence *sentences;
  const char *text;
  const char * const *warnings;
  guint n;

  g_return_val_if_fail (PX_IS_ARTICLE (article), NULL);

  text = px_article_get_text (article);
  sentences = px_article_get_sentences (article, &n);

  json_builder_begin_object (builder);
  add_string_or_null (builder, "id", px_article_get_id (article));
  add_string_or_null (builder, "path", px_article_get_path (article));
  add_string_or_null (builder, "title", px_article_get_title (article));
  add_string_or_null (builder, "outlet", px_article_get_outlet (article));
  add_string_or_null (builder, "date", px_article_get_date (article));
  add_string_or_null (builder, "url", px_article_get_url (article));
  add_string_or_null (builder, "language", px_article_get_language (article));
  add_string_or_null (builder, "place", px_article_get_place (article));
  add_string_or_null (builder, "agency", px_article_get_agency (article));

  json_builder_set_member_name (builder, "warnings");
  json_builder_begin_array (builder);
  warnings = px_article_get_warnings (article);
  for (guint i = 0; warnings[i] != NULL; i++)
    json_builder_add_string_value (builder, warnings[i]);
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "sentences");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *s = g_strndup (text + sentences[i].start,
                                      sentences[i].end - sentences[i].start);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "start");
      json_builder_add_int_value (builder, sentences[i].start);
      json_builder_set_member_name (builder, "end");
      json_builder_add_int_value (builder, sentences[i].end);
      json_builder_set_member_name (builder, "paragraph");
      json_builder_add_int_value (builder, sentences[i].paragraph);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, s);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, px_sentence_kind_to_string (sentences[i].kind));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/**
 * px_json_report_documents:
 * @articles: (element-type PxArticle): the article set
 *
 * Returns: (transfer full): the `documents` array
 */
JsonNode *
px_json_report_documents (GPtrArray *articles)
{
  JsonArray *array = json_array_sized_new (articles->len);
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);

  for (guint i = 0; i < articles->len; i++)
    json_array_add_element (array, px_json_report_document (g_ptr_array_index (articles, i)));

  json_node_take_array (node, array);
  return node;
}

/**
 * px_json_report_begin:
 * @builder: a #JsonBuilder inside an object
 *
 * Writes the header members every report starts with.
 */
void
px_json_report_begin (JsonBuilder *builder)
{
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, PX_REPORT_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, PX_REPORT_VERSION);
  json_builder_set_member_name (builder, "generator");
  json_builder_add_string_value (builder, "parallax " PACKAGE_VERSION);
}

char *
px_json_report_to_string (JsonNode *root,
                          gboolean  pretty)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_pretty (generator, pretty);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}
