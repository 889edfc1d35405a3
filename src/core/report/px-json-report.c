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
 * px_json_report_write_document:
 * @writer: a #PxJsonWriter where a value goes
 * @article: a #PxArticle
 *
 * Writes one entry of the report's `documents` array (design.md section
 * 6): the metadata and every sentence with its span and kind.
 */
void
px_json_report_write_document (PxJsonWriter *writer,
                               PxArticle    *article)
{
  const PxSentence *sentences;
  const char *text;
  const char * const *warnings;
  guint n;

  g_return_if_fail (PX_IS_ARTICLE (article));

  text = px_article_get_text (article);
  sentences = px_article_get_sentences (article, &n);

  px_json_writer_begin_object (writer);
  px_json_writer_member_string (writer, "id", px_article_get_id (article));
  px_json_writer_member_string (writer, "path", px_article_get_path (article));
  px_json_writer_member_string (writer, "title", px_article_get_title (article));
  px_json_writer_member_string (writer, "outlet", px_article_get_outlet (article));
  px_json_writer_member_string (writer, "date", px_article_get_date (article));
  px_json_writer_member_string (writer, "url", px_article_get_url (article));
  px_json_writer_member_string (writer, "language", px_article_get_language (article));
  px_json_writer_member_string (writer, "place", px_article_get_place (article));
  px_json_writer_member_string (writer, "agency", px_article_get_agency (article));

  px_json_writer_member (writer, "warnings");
  px_json_writer_begin_array (writer);
  warnings = px_article_get_warnings (article);
  for (guint i = 0; warnings[i] != NULL; i++)
    px_json_writer_string (writer, warnings[i]);
  px_json_writer_end_array (writer);

  px_json_writer_member (writer, "sentences");
  px_json_writer_begin_array (writer);
  for (guint i = 0; i < n; i++)
    {
      px_json_writer_begin_object (writer);
      px_json_writer_member (writer, "start");
      px_json_writer_int (writer, sentences[i].start);
      px_json_writer_member (writer, "end");
      px_json_writer_int (writer, sentences[i].end);
      px_json_writer_member (writer, "paragraph");
      px_json_writer_int (writer, sentences[i].paragraph);
      px_json_writer_member (writer, "text");
      px_json_writer_string_len (writer, text + sentences[i].start, sentences[i].end - sentences[i].start);
      px_json_writer_member (writer, "kind");
      px_json_writer_string (writer, px_sentence_kind_to_string (sentences[i].kind));
      px_json_writer_end_object (writer);
    }
  px_json_writer_end_array (writer);
  px_json_writer_end_object (writer);
}

/**
 * px_json_report_write_documents:
 * @writer: a #PxJsonWriter where a value goes
 * @articles: (element-type PxArticle): the article set
 *
 * Writes the `documents` array.
 */
void
px_json_report_write_documents (PxJsonWriter *writer,
                                GPtrArray    *articles)
{
  px_json_writer_begin_array (writer);
  for (guint i = 0; i < articles->len; i++)
    px_json_report_write_document (writer, g_ptr_array_index (articles, i));
  px_json_writer_end_array (writer);
}

/**
 * px_json_report_write_header:
 * @writer: a #PxJsonWriter inside an object
 *
 * Writes the header members every report starts with.
 */
void
px_json_report_write_header (PxJsonWriter *writer)
{
  px_json_writer_member (writer, "format");
  px_json_writer_string (writer, PX_REPORT_FORMAT);
  px_json_writer_member (writer, "version");
  px_json_writer_int (writer, PX_REPORT_VERSION);
  px_json_writer_member (writer, "generator");
  px_json_writer_string (writer, "parallax " PACKAGE_VERSION);
}

static void
add_span (PxJsonWriter *writer,
          const char   *document,
          const char   *role,
          const char   *kind,
          PxSpan        span,
          const char   *text)
{
  px_json_writer_begin_object (writer);
  px_json_writer_member (writer, "document");
  px_json_writer_string (writer, document);
  px_json_writer_member (writer, "role");
  px_json_writer_string (writer, role);
  px_json_writer_member (writer, "kind");
  px_json_writer_string (writer, kind);
  px_json_writer_member (writer, "start");
  px_json_writer_int (writer, span.start);
  px_json_writer_member (writer, "end");
  px_json_writer_int (writer, span.end);
  px_json_writer_member (writer, "text");
  px_json_writer_string_len (writer, text + span.start, span.end - span.start);
  px_json_writer_end_object (writer);
}

/* One `wording` divergence per member that words the claim differently
 * from the group's reference member, with the spans of every change.
 */
static void
add_wording_divergences (PxJsonWriter *writer,
                         PxAlignment  *alignment,
                         guint         group)
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

      px_json_writer_begin_object (writer);
      px_json_writer_member (writer, "kind");
      px_json_writer_string (writer, "wording");
      px_json_writer_member (writer, "summary");
      px_json_writer_string (writer, summary->str);
      px_json_writer_member (writer, "documents");
      px_json_writer_begin_array (writer);
      px_json_writer_string (writer, ref_id);
      px_json_writer_string (writer, id);
      px_json_writer_end_array (writer);
      px_json_writer_member (writer, "spans");
      px_json_writer_begin_array (writer);
      for (guint d = 0; d < n_diffs; d++)
        {
          const char *kind = px_word_diff_kind_to_string (diffs[d].kind);

          if (diffs[d].kind == PX_WORD_DIFF_SAME)
            continue;
          if (diffs[d].kind != PX_WORD_DIFF_ADDED)
            add_span (writer, ref_id, "reference", kind, diffs[d].reference, ref_text);
          if (diffs[d].kind != PX_WORD_DIFF_REMOVED)
            add_span (writer, id, "member", kind, diffs[d].member, text);
        }
      px_json_writer_end_array (writer);
      px_json_writer_end_object (writer);
      g_string_free (summary, TRUE);
    }
}

/**
 * px_json_report_write_groups:
 * @writer: a #PxJsonWriter where a value goes
 * @alignment: a #PxAlignment
 * @more: (nullable) (scope call): writes a group's other divergences, after
 *   its wording ones
 * @user_data: for @more
 *
 * Writes the `groups` array of design.md section 6, each member with its
 * explanation and each group with its divergences.
 */
void
px_json_report_write_groups (PxJsonWriter             *writer,
                             PxAlignment              *alignment,
                             PxJsonReportDivergences   more,
                             gpointer                  user_data)
{
  guint n_groups;

  g_return_if_fail (PX_IS_ALIGNMENT (alignment));

  n_groups = px_alignment_get_n_groups (alignment);
  px_json_writer_begin_array (writer);
  for (guint g = 0; g < n_groups; g++)
    {
      const PxAlignmentMember *members;
      guint n_members;

      members = px_alignment_group_get_members (alignment, g, &n_members);
      px_json_writer_begin_object (writer);
      px_json_writer_member (writer, "id");
      px_json_writer_int (writer, px_alignment_group_get_id (alignment, g));
      px_json_writer_member (writer, "label");
      px_json_writer_string (writer, px_alignment_group_get_label (alignment, g));
      px_json_writer_member (writer, "reference");
      px_json_writer_int (writer, px_alignment_group_get_reference (alignment, g));
      px_json_writer_member (writer, "members");
      px_json_writer_begin_array (writer);
      for (guint m = 0; m < n_members; m++)
        {
          PxArticle *article = px_alignment_get_article (alignment, members[m].article);
          const PxAlignmentEvidence *evidence;
          guint n_evidence;

          px_json_writer_begin_object (writer);
          px_json_writer_member (writer, "document");
          px_json_writer_string (writer, px_article_get_id (article));
          px_json_writer_member (writer, "sentence");
          px_json_writer_int (writer, members[m].sentence);
          px_json_writer_member (writer, "score");
          px_json_writer_double (writer, round (members[m].score * 1000) / 1000);
          px_json_writer_member (writer, "explanation");
          px_json_writer_begin_array (writer);
          evidence = px_alignment_group_get_explanation (alignment, g, m, &n_evidence);
          for (guint e = 0; e < n_evidence; e++)
            {
              px_json_writer_begin_object (writer);
              px_json_writer_member (writer, "kind");
              px_json_writer_string (writer, px_evidence_kind_to_string (evidence[e].kind));
              px_json_writer_member_string (writer, "term_a", evidence[e].term_a);
              px_json_writer_member_string (writer, "term_b", evidence[e].term_b);
              px_json_writer_member (writer, "weight");
              px_json_writer_double (writer, round (evidence[e].weight * 1000) / 1000);
              px_json_writer_end_object (writer);
            }
          px_json_writer_end_array (writer);
          px_json_writer_end_object (writer);
        }
      px_json_writer_end_array (writer);
      px_json_writer_member (writer, "divergences");
      px_json_writer_begin_array (writer);
      add_wording_divergences (writer, alignment, g);
      if (more != NULL)
        more (writer, g, user_data);
      px_json_writer_end_array (writer);
      px_json_writer_end_object (writer);
    }
  px_json_writer_end_array (writer);
}

/**
 * px_json_report_write_unique:
 * @writer: a #PxJsonWriter where a value goes
 * @alignment: a #PxAlignment
 *
 * Writes the `unique` array: body sentences no group holds.
 */
void
px_json_report_write_unique (PxJsonWriter *writer,
                             PxAlignment  *alignment)
{
  guint n_articles;

  g_return_if_fail (PX_IS_ALIGNMENT (alignment));

  n_articles = px_alignment_get_n_articles (alignment);
  px_json_writer_begin_array (writer);
  for (guint a = 0; a < n_articles; a++)
    {
      const char *id = px_article_get_id (px_alignment_get_article (alignment, a));
      const guint *unique;
      guint n;

      unique = px_alignment_get_unique_sentences (alignment, a, &n);
      for (guint i = 0; i < n; i++)
        {
          px_json_writer_begin_object (writer);
          px_json_writer_member (writer, "document");
          px_json_writer_string (writer, id);
          px_json_writer_member (writer, "sentence");
          px_json_writer_int (writer, unique[i]);
          px_json_writer_end_object (writer);
        }
    }
  px_json_writer_end_array (writer);
}

/**
 * px_json_report_write_candidates:
 * @writer: a #PxJsonWriter where a value goes
 * @alignment: a #PxAlignment
 *
 * Writes the `candidates` array: for every aligned sentence, the
 * best-ranked sentences of each other document.
 */
void
px_json_report_write_candidates (PxJsonWriter *writer,
                                 PxAlignment  *alignment)
{
  const PxAlignmentCandidate *all;
  guint n;

  g_return_if_fail (PX_IS_ALIGNMENT (alignment));

  all = px_alignment_get_all_candidates (alignment, &n);
  px_json_writer_begin_array (writer);
  for (guint i = 0; i < n; i++)
    {
      const PxAlignmentCandidate *c = &all[i];

      px_json_writer_begin_object (writer);
      px_json_writer_member (writer, "document");
      px_json_writer_string (writer, px_article_get_id (px_alignment_get_article (alignment, c->article)));
      px_json_writer_member (writer, "sentence");
      px_json_writer_int (writer, c->sentence);
      px_json_writer_member (writer, "other_document");
      px_json_writer_string (writer, px_article_get_id (px_alignment_get_article (alignment, c->other_article)));
      px_json_writer_member (writer, "other_sentence");
      px_json_writer_int (writer, c->other_sentence);
      px_json_writer_member (writer, "rank");
      px_json_writer_int (writer, c->rank);
      px_json_writer_member (writer, "score");
      px_json_writer_double (writer, round (c->score * 1e4) / 1e4);
      px_json_writer_member (writer, "linked");
      px_json_writer_boolean (writer, c->linked);
      px_json_writer_end_object (writer);
    }
  px_json_writer_end_array (writer);
}
