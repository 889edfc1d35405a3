/* px-json-report.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-json-report"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "px-article.h"
#include "px-json-report.h"

/**
 * px_json_add_string_or_null:
 * @builder: a builder inside an object
 * @name: the member's name
 * @value: (nullable): its value; %NULL writes `null`
 */
void
px_json_add_string_or_null (JsonBuilder *builder,
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
  px_json_add_string_or_null (builder, "id", px_article_get_id (article));
  px_json_add_string_or_null (builder, "path", px_article_get_path (article));
  px_json_add_string_or_null (builder, "title", px_article_get_title (article));
  px_json_add_string_or_null (builder, "outlet", px_article_get_outlet (article));
  px_json_add_string_or_null (builder, "date", px_article_get_date (article));
  px_json_add_string_or_null (builder, "url", px_article_get_url (article));
  px_json_add_string_or_null (builder, "language", px_article_get_language (article));
  px_json_add_string_or_null (builder, "place", px_article_get_place (article));
  px_json_add_string_or_null (builder, "agency", px_article_get_agency (article));

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

static void
add_span (JsonBuilder *builder,
          const char  *document,
          const char  *role,
          const char  *kind,
          PxSpan       span,
          const char  *text)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "document");
  json_builder_add_string_value (builder, document);
  json_builder_set_member_name (builder, "role");
  json_builder_add_string_value (builder, role);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, kind);
  json_builder_set_member_name (builder, "start");
  json_builder_add_int_value (builder, span.start);
  json_builder_set_member_name (builder, "end");
  json_builder_add_int_value (builder, span.end);
  json_builder_set_member_name (builder, "text");
  {
    g_autofree char *s = g_strndup (text + span.start, span.end - span.start);

    json_builder_add_string_value (builder, s);
  }
  json_builder_end_object (builder);
}

/* One `wording` divergence per member that words the claim differently
 * from the group's reference member, with the spans of every change.
 */
static void
add_wording_divergences (JsonBuilder *builder,
                         PxAlignment *alignment,
                         guint        group)
{
  const PxAlignmentMember *members;
  guint n_members, reference;
  PxArticle *ref_article;
  const char *ref_id, *ref_text;

  members = px_alignment_group_get_members (alignment, group, &n_members);
  reference = px_alignment_group_get_reference (alignment, group);
  ref_article = px_alignment_get_article (alignment, members[reference].article);
  ref_id = px_article_get_id (ref_article);
  ref_text = px_article_get_text (ref_article);

  for (guint m = 0; m < n_members; m++)
    {
      PxArticle *article = px_alignment_get_article (alignment, members[m].article);
      const char *id = px_article_get_id (article);
      const char *text = px_article_get_text (article);
      const PxWordDiff *diffs;
      guint n_diffs, counts[PX_WORD_DIFF_REMOVED + 1] = { 0, };
      GString *summary;

      if (m == reference)
        continue;
      diffs = px_alignment_group_get_word_diff (alignment, group, m, &n_diffs);
      for (guint d = 0; d < n_diffs; d++)
        counts[diffs[d].kind]++;
      if (counts[PX_WORD_DIFF_CHANGED] + counts[PX_WORD_DIFF_ADDED] +
          counts[PX_WORD_DIFF_REMOVED] + counts[PX_WORD_DIFF_SYNONYM] +
          counts[PX_WORD_DIFF_INFLECTION] == 0)
        continue;

      summary = g_string_new (NULL);
      g_string_append_printf (summary, _("%s words it differently from %s:"), id, ref_id);
      for (guint d = 0; d < n_diffs; d++)
        {
          g_autofree char *a = g_strndup (ref_text + diffs[d].reference.start,
                                          diffs[d].reference.end - diffs[d].reference.start);
          g_autofree char *b = g_strndup (text + diffs[d].member.start,
                                          diffs[d].member.end - diffs[d].member.start);

          switch (diffs[d].kind)
            {
            case PX_WORD_DIFF_SYNONYM:
              g_string_append_printf (summary, " “%s” ≈ “%s”;", a, b);
              break;
            case PX_WORD_DIFF_CHANGED:
              g_string_append_printf (summary, " “%s” → “%s”;", a, b);
              break;
            case PX_WORD_DIFF_ADDED:
              g_string_append_printf (summary, " + “%s”;", b);
              break;
            case PX_WORD_DIFF_REMOVED:
              g_string_append_printf (summary, " − “%s”;", a);
              break;
            case PX_WORD_DIFF_SAME:
            case PX_WORD_DIFF_INFLECTION:
            default:
              break;
            }
        }
      if (summary->len > 0 && summary->str[summary->len - 1] == ';')
        g_string_truncate (summary, summary->len - 1);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, "wording");
      json_builder_set_member_name (builder, "summary");
      json_builder_add_string_value (builder, summary->str);
      json_builder_set_member_name (builder, "documents");
      json_builder_begin_array (builder);
      json_builder_add_string_value (builder, ref_id);
      json_builder_add_string_value (builder, id);
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "spans");
      json_builder_begin_array (builder);
      for (guint d = 0; d < n_diffs; d++)
        {
          const char *kind = px_word_diff_kind_to_string (diffs[d].kind);

          if (diffs[d].kind == PX_WORD_DIFF_SAME)
            continue;
          if (diffs[d].kind != PX_WORD_DIFF_ADDED)
            add_span (builder, ref_id, "reference", kind, diffs[d].reference, ref_text);
          if (diffs[d].kind != PX_WORD_DIFF_REMOVED)
            add_span (builder, id, "member", kind, diffs[d].member, text);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      g_string_free (summary, TRUE);
    }
}

/**
 * px_json_report_groups:
 * @alignment: a #PxAlignment
 *
 * Returns: (transfer full): the `groups` array of design.md section 6, each
 *   member with its explanation and each group with its wording divergences
 */
JsonNode *
px_json_report_groups (PxAlignment *alignment)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  guint n_groups;

  g_return_val_if_fail (PX_IS_ALIGNMENT (alignment), NULL);

  n_groups = px_alignment_get_n_groups (alignment);
  json_builder_begin_array (builder);
  for (guint g = 0; g < n_groups; g++)
    {
      const PxAlignmentMember *members;
      guint n_members;

      members = px_alignment_group_get_members (alignment, g, &n_members);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_int_value (builder, px_alignment_group_get_id (alignment, g));
      json_builder_set_member_name (builder, "label");
      json_builder_add_string_value (builder, px_alignment_group_get_label (alignment, g));
      json_builder_set_member_name (builder, "reference");
      json_builder_add_int_value (builder, px_alignment_group_get_reference (alignment, g));
      json_builder_set_member_name (builder, "members");
      json_builder_begin_array (builder);
      for (guint m = 0; m < n_members; m++)
        {
          PxArticle *article = px_alignment_get_article (alignment, members[m].article);
          const PxAlignmentEvidence *evidence;
          guint n_evidence;

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "document");
          json_builder_add_string_value (builder, px_article_get_id (article));
          json_builder_set_member_name (builder, "sentence");
          json_builder_add_int_value (builder, members[m].sentence);
          json_builder_set_member_name (builder, "score");
          json_builder_add_double_value (builder, round (members[m].score * 1000) / 1000);
          json_builder_set_member_name (builder, "explanation");
          json_builder_begin_array (builder);
          evidence = px_alignment_group_get_explanation (alignment, g, m, &n_evidence);
          for (guint e = 0; e < n_evidence; e++)
            {
              json_builder_begin_object (builder);
              json_builder_set_member_name (builder, "kind");
              json_builder_add_string_value (builder, px_evidence_kind_to_string (evidence[e].kind));
              px_json_add_string_or_null (builder, "term_a", evidence[e].term_a);
              px_json_add_string_or_null (builder, "term_b", evidence[e].term_b);
              json_builder_set_member_name (builder, "weight");
              json_builder_add_double_value (builder, round (evidence[e].weight * 1000) / 1000);
              json_builder_end_object (builder);
            }
          json_builder_end_array (builder);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "divergences");
      json_builder_begin_array (builder);
      add_wording_divergences (builder, alignment, g);
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  return json_builder_get_root (builder);
}

/**
 * px_json_report_unique:
 * @alignment: a #PxAlignment
 *
 * Returns: (transfer full): the `unique` array: body sentences no group holds
 */
JsonNode *
px_json_report_unique (PxAlignment *alignment)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  guint n_articles;

  g_return_val_if_fail (PX_IS_ALIGNMENT (alignment), NULL);

  n_articles = px_alignment_get_n_articles (alignment);
  json_builder_begin_array (builder);
  for (guint a = 0; a < n_articles; a++)
    {
      const char *id = px_article_get_id (px_alignment_get_article (alignment, a));
      const guint *unique;
      guint n;

      unique = px_alignment_get_unique_sentences (alignment, a, &n);
      for (guint i = 0; i < n; i++)
        {
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "document");
          json_builder_add_string_value (builder, id);
          json_builder_set_member_name (builder, "sentence");
          json_builder_add_int_value (builder, unique[i]);
          json_builder_end_object (builder);
        }
    }
  json_builder_end_array (builder);
  return json_builder_get_root (builder);
}

/**
 * px_json_report_candidates:
 * @alignment: a #PxAlignment
 *
 * Returns: (transfer full): the `candidates` array: for every aligned
 *   sentence, the best-ranked sentences of each other document
 */
JsonNode *
px_json_report_candidates (PxAlignment *alignment)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  const PxAlignmentCandidate *all;
  guint n;

  g_return_val_if_fail (PX_IS_ALIGNMENT (alignment), NULL);

  all = px_alignment_get_all_candidates (alignment, &n);
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      const PxAlignmentCandidate *c = &all[i];

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "document");
      json_builder_add_string_value (builder, px_article_get_id (px_alignment_get_article (alignment, c->article)));
      json_builder_set_member_name (builder, "sentence");
      json_builder_add_int_value (builder, c->sentence);
      json_builder_set_member_name (builder, "other_document");
      json_builder_add_string_value (builder, px_article_get_id (px_alignment_get_article (alignment, c->other_article)));
      json_builder_set_member_name (builder, "other_sentence");
      json_builder_add_int_value (builder, c->other_sentence);
      json_builder_set_member_name (builder, "rank");
      json_builder_add_int_value (builder, c->rank);
      json_builder_set_member_name (builder, "score");
      json_builder_add_double_value (builder, round (c->score * 1e4) / 1e4);
      json_builder_set_member_name (builder, "linked");
      json_builder_add_boolean_value (builder, c->linked);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  return json_builder_get_root (builder);
}

static void
add_empty_array (JsonBuilder *builder,
                 const char  *name)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  json_builder_end_array (builder);
}

/**
 * px_json_report_build:
 * @alignment: a #PxAlignment
 *
 * The whole report of design.md section 6 for an alignment. `figures`,
 * `figure_comparisons`, `attributions` and `quotes` are empty arrays until
 * their stages are hooked in.
 *
 * Returns: (transfer full): the report's root object
 */
JsonNode *
px_json_report_build (PxAlignment *alignment)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (PX_IS_ALIGNMENT (alignment), NULL);

  json_builder_begin_object (builder);
  px_json_report_begin (builder);
  json_builder_set_member_name (builder, "threshold");
  json_builder_add_double_value (builder, px_alignment_get_threshold (alignment));
  json_builder_set_member_name (builder, "documents");
  json_builder_add_value (builder, px_json_report_documents (px_alignment_get_articles (alignment)));
  json_builder_set_member_name (builder, "groups");
  json_builder_add_value (builder, px_json_report_groups (alignment));
  json_builder_set_member_name (builder, "unique");
  json_builder_add_value (builder, px_json_report_unique (alignment));
  json_builder_set_member_name (builder, "candidates");
  json_builder_add_value (builder, px_json_report_candidates (alignment));
  add_empty_array (builder, "figures");
  add_empty_array (builder, "figure_comparisons");
  add_empty_array (builder, "attributions");
  add_empty_array (builder, "quotes");
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}
