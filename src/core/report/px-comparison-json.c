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
 * (documents, groups with wording divergences, unique passages,
 * candidates), completed with figures, figure comparisons, attributions,
 * quotes, and the other divergences of each group; written as it goes
 * (px-json-writer.c).
 */

static void
write_figure_comparisons (PxComparison *self,
                          PxJsonWriter *writer)
{
  PxAlignment *alignment = px_comparison_get_alignment (self);
  GPtrArray *groups = px_comparison_get_figure_groups (self);

  px_json_writer_begin_array (writer);
  for (guint i = 0; i < groups->len; i++)
    {
      PxGroupFigures *gf = g_ptr_array_index (groups, i);

      px_json_writer_begin_object (writer);
      px_json_writer_member_int (writer, "group", px_alignment_group_get_id (alignment, gf->group));
      px_json_writer_member_string (writer, "quantity", gf->quantity);
      px_json_writer_member_string (writer, "verdict", px_figure_verdict_to_string (gf->verdict));
      px_json_writer_member (writer, "figures");
      px_json_writer_begin_array (writer);
      for (guint k = 0; k < gf->mentions->len; k++)
        px_json_writer_int (writer, g_array_index (gf->mentions, guint, k));
      px_json_writer_end_array (writer);
      px_json_writer_member_string (writer, "summary", gf->summary);
      px_json_writer_end_object (writer);
    }
  px_json_writer_end_array (writer);
}

static void
write_attribution (PxJsonWriter  *writer,
                   const char    *id,
                   PxAttribution *attribution,
                   const char    *root)
{
  g_autofree char *chain = px_attribution_describe_chain (attribution, root);

  px_json_writer_begin_object (writer);
  px_json_writer_member_string (writer, "document", id);
  px_json_writer_member_int (writer, "sentence", px_attribution_get_sentence (attribution));
  px_json_writer_member_string (writer, "cue", px_attribution_get_cue (attribution));
  /* "hieß es" cites nobody in particular: the source is null. */
  px_json_writer_member_string (writer, "source", px_attribution_get_source_name (attribution));
  px_json_writer_member_string (writer, "source_text", px_attribution_get_source (attribution));
  px_json_writer_member_string (writer, "source_kind",
                                px_source_kind_to_string (px_attribution_get_source_kind (attribution)));
  px_json_writer_member (writer, "via");
  px_json_writer_begin_array (writer);
  for (guint v = 0; v < px_attribution_get_n_via (attribution); v++)
    px_json_writer_string (writer, px_attribution_get_via_text (attribution, v));
  px_json_writer_end_array (writer);
  px_json_writer_member_string (writer, "chain", chain);
  px_json_writer_end_object (writer);
}

static void
write_attributions (PxComparison *self,
                    PxJsonWriter *writer)
{
  PxAlignment *alignment = px_comparison_get_alignment (self);

  px_json_writer_begin_array (writer);
  for (guint a = 0; a < px_alignment_get_n_articles (alignment); a++)
    {
      GPtrArray *found = px_comparison_get_attributions (self, a);
      const char *id = px_article_get_id (px_alignment_get_article (alignment, a));
      g_autofree char *root = px_comparison_dup_root (self, a);

      for (guint i = 0; i < found->len; i++)
        write_attribution (writer, id, g_ptr_array_index (found, i), root);
    }
  px_json_writer_end_array (writer);
}

/* The group a quote is part of, or -1. */
static int
quote_group (GArray           *group_quotes,
             guint             article,
             guint             quote,
             PxQuoteFidelity  *fidelity)
{
  for (guint k = 0; k < group_quotes->len; k++)
    {
      const PxGroupQuote *gq = &g_array_index (group_quotes, PxGroupQuote, k);

      if (gq->article == article && gq->quote == quote)
        {
          *fidelity = gq->fidelity;
          return (int)gq->group;
        }
    }
  return -1;
}

static void
write_quotes (PxComparison *self,
              PxJsonWriter *writer)
{
  PxAlignment *alignment = px_comparison_get_alignment (self);
  GArray *group_quotes = px_comparison_get_group_quotes (self);

  px_json_writer_begin_array (writer);
  for (guint a = 0; a < px_alignment_get_n_articles (alignment); a++)
    {
      GPtrArray *found = px_comparison_get_quotes (self, a);
      const char *id = px_article_get_id (px_alignment_get_article (alignment, a));

      for (guint q = 0; q < found->len; q++)
        {
          PxQuote *quote = g_ptr_array_index (found, q);
          PxQuoteFidelity fidelity = PX_QUOTE_FIDELITY_IDENTICAL;
          int group = quote_group (group_quotes, a, q, &fidelity);

          px_json_writer_begin_object (writer);
          px_json_writer_member_string (writer, "document", id);
          px_json_writer_member_int (writer, "sentence", px_quote_get_first_sentence (quote));
          px_json_writer_member_int (writer, "start", px_quote_get_start (quote));
          px_json_writer_member_int (writer, "end", px_quote_get_end (quote));
          px_json_writer_member_string (writer, "text", px_quote_get_text (quote));
          px_json_writer_member_string (writer, "speaker", px_quote_get_speaker (quote));
          px_json_writer_member (writer, "group");
          if (group >= 0)
            px_json_writer_int (writer, px_alignment_group_get_id (alignment, group));
          else
            px_json_writer_null (writer);
          px_json_writer_member_string (writer, "fidelity",
                                        group >= 0 ? px_quote_fidelity_to_string (fidelity) : NULL);
          px_json_writer_end_object (writer);
        }
    }
  px_json_writer_end_array (writer);
}

/* Each group's figure, attribution, quote and omission divergences, by
 * group index, for write_divergences().
 */
static GPtrArray **
divergences_by_group (PxComparison *self)
{
  PxAlignment *alignment = px_comparison_get_alignment (self);
  guint n_groups = px_alignment_get_n_groups (alignment);
  GPtrArray *divergences = px_comparison_get_divergences (self);
  GPtrArray **by_group = g_new0 (GPtrArray *, MAX (1, n_groups));

  for (guint i = 0; i < divergences->len; i++)
    {
      PxDivergence *d = g_ptr_array_index (divergences, i);

      if (d->kind == PX_DIVERGENCE_WORDING || d->group >= n_groups)
        continue;
      if (by_group[d->group] == NULL)
        by_group[d->group] = g_ptr_array_new ();
      g_ptr_array_add (by_group[d->group], d);
    }
  return by_group;
}

static void
write_divergences (PxJsonWriter *writer,
                   guint         group,
                   gpointer      user_data)
{
  GPtrArray **by_group = user_data;

  for (guint i = 0; by_group[group] != NULL && i < by_group[group]->len; i++)
    {
      PxDivergence *d = g_ptr_array_index (by_group[group], i);

      px_json_writer_begin_object (writer);
      px_json_writer_member_string (writer, "kind", px_divergence_kind_to_string (d->kind));
      px_json_writer_member_string (writer, "summary", d->summary);
      px_json_writer_member (writer, "documents");
      px_json_writer_begin_array (writer);
      for (guint k = 0; k < d->documents->len; k++)
        px_json_writer_string (writer, g_ptr_array_index (d->documents, k));
      px_json_writer_end_array (writer);
      if (d->kind == PX_DIVERGENCE_FIGURE)
        {
          px_json_writer_member_string (writer, "verdict", px_figure_verdict_to_string (d->figure_verdict));
          px_json_writer_member_int (writer, "figure_comparison", d->comparison);
        }
      px_json_writer_end_object (writer);
    }
}

static void
free_by_group (GPtrArray **by_group,
               guint       n_groups)
{
  for (guint g = 0; g < n_groups; g++)
    g_clear_pointer (&by_group[g], g_ptr_array_unref);
  g_free (by_group);
}

/**
 * px_comparison_write_json:
 * @self: a #PxComparison
 * @writer: a #PxJsonWriter where a value goes
 *
 * Writes the whole report, as `parallax-cli align --format json` prints it.
 */
void
px_comparison_write_json (PxComparison *self,
                          PxJsonWriter *writer)
{
  PxAlignment *alignment;
  GPtrArray **by_group;

  g_return_if_fail (PX_IS_COMPARISON (self));

  alignment = px_comparison_get_alignment (self);
  by_group = divergences_by_group (self);
  px_json_writer_begin_object (writer);
  px_json_report_write_header (writer);
  px_json_writer_member_double (writer, "threshold", px_alignment_get_threshold (alignment));
  px_json_writer_member (writer, "documents");
  px_json_report_write_documents (writer, px_alignment_get_articles (alignment));
  px_json_writer_member (writer, "groups");
  px_json_report_write_groups (writer, alignment, write_divergences, by_group);
  px_json_writer_member (writer, "unique");
  px_json_report_write_unique (writer, alignment);
  px_json_writer_member (writer, "candidates");
  px_json_report_write_candidates (writer, alignment);
  px_json_writer_member (writer, "figures");
  px_figure_mentions_write_json (writer, px_alignment_get_articles (alignment), px_comparison_get_figures (self));
  px_json_writer_member (writer, "figure_comparisons");
  write_figure_comparisons (self, writer);
  px_json_writer_member (writer, "attributions");
  write_attributions (self, writer);
  px_json_writer_member (writer, "quotes");
  write_quotes (self, writer);
  px_json_writer_end_object (writer);
  free_by_group (by_group, px_alignment_get_n_groups (alignment));
}

/**
 * px_comparison_to_json:
 * @self: a #PxComparison
 *
 * Returns: (transfer full): the whole report as text, for a file
 */
char *
px_comparison_to_json (PxComparison *self)
{
  PxJsonWriter *writer = px_json_writer_new (TRUE);

  px_comparison_write_json (self, writer);
  return px_json_writer_free_to_string (writer, NULL);
}
