/* px-report-builder.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-report-builder"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "px-article.h"
#include "px-attribution-finder.h"
#include "px-comparison.h"
#include "px-name-map.h"
#include "px-report.h"

/* Puts a comparison into the words and order an export shows (the present
 * stage of design.md section 3). Everything a writer needs is looked up
 * here once, group by group through indices built up front, so that a
 * report costs time in proportion to the set, however large.
 */
typedef struct
{
  PxComparison *comparison;
  PxAlignment  *alignment;
  PxReport     *report;
  gboolean      classroom;
  PxNameMap    *names;            /* file names and hidden outlets → what the report shows */
  GHashTable   *article_of;       /* document id → article index + 1 */
  GPtrArray    *figures_of;       /* per group: GPtrArray of PxGroupFigures*, or NULL */
  GPtrArray    *divergences_of;   /* per group: GPtrArray of PxDivergence*, or NULL */
  GPtrArray    *quotes_of;        /* per group: GArray of PxGroupQuote, or NULL */
  GPtrArray    *attributions_at;  /* per article: sentence + 1 → GPtrArray of PxAttribution* */
} Builder;

static void
free_or_null (gpointer data)
{
  if (data != NULL)
    g_ptr_array_unref (data);
}

static void
free_array_or_null (gpointer data)
{
  if (data != NULL)
    g_array_unref (data);
}

static GPtrArray *
per_group (guint          n_groups,
           GDestroyNotify free_func)
{
  GPtrArray *array = g_ptr_array_new_full (n_groups, free_func);

  g_ptr_array_set_size (array, n_groups);
  return array;
}

static GPtrArray *
slot (GPtrArray *array,
      guint      index)
{
  if (g_ptr_array_index (array, index) == NULL)
    g_ptr_array_index (array, index) = g_ptr_array_new ();
  return g_ptr_array_index (array, index);
}

static void
index_groups (Builder *b)
{
  guint n_groups = px_alignment_get_n_groups (b->alignment);
  GPtrArray *figure_groups = px_comparison_get_figure_groups (b->comparison);
  GPtrArray *divergences = px_comparison_get_divergences (b->comparison);
  GArray *quotes = px_comparison_get_group_quotes (b->comparison);

  b->figures_of = per_group (n_groups, free_or_null);
  b->divergences_of = per_group (n_groups, free_or_null);
  b->quotes_of = per_group (n_groups, free_array_or_null);

  for (guint i = 0; i < figure_groups->len; i++)
    {
      PxGroupFigures *gf = g_ptr_array_index (figure_groups, i);
      g_ptr_array_add (slot (b->figures_of, gf->group), gf);
    }
  for (guint i = 0; i < divergences->len; i++)
    {
      PxDivergence *d = g_ptr_array_index (divergences, i);
      g_ptr_array_add (slot (b->divergences_of, d->group), d);
    }
  for (guint i = 0; i < quotes->len; i++)
    {
      const PxGroupQuote *gq = &g_array_index (quotes, PxGroupQuote, i);

      if (g_ptr_array_index (b->quotes_of, gq->group) == NULL)
        g_ptr_array_index (b->quotes_of, gq->group) = g_array_new (FALSE, FALSE, sizeof (PxGroupQuote));
      g_array_append_vals (g_ptr_array_index (b->quotes_of, gq->group), gq, 1);
    }
}

static void
index_attributions (Builder *b)
{
  guint n_articles = px_alignment_get_n_articles (b->alignment);

  b->attributions_at = g_ptr_array_new_with_free_func ((GDestroyNotify)g_hash_table_unref);
  for (guint a = 0; a < n_articles; a++)
    {
      GPtrArray *found = px_comparison_get_attributions (b->comparison, a);
      GHashTable *at = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)g_ptr_array_unref);

      for (guint k = 0; k < found->len; k++)
        {
          PxAttribution *attribution = g_ptr_array_index (found, k);
          gpointer key = GUINT_TO_POINTER (px_attribution_get_sentence (attribution) + 1);
          GPtrArray *list = g_hash_table_lookup (at, key);

          if (list == NULL)
            g_hash_table_insert (at, key, (list = g_ptr_array_new ()));
          g_ptr_array_add (list, attribution);
        }
      g_ptr_array_add (b->attributions_at, at);
    }
}

static GPtrArray *
attributions_in (Builder *b,
                 guint    article,
                 guint    sentence)
{
  return g_hash_table_lookup (g_ptr_array_index (b->attributions_at, article),
                              GUINT_TO_POINTER (sentence + 1));
}

/* Whether @name is only the file's name standing in for metadata the
 * article does not have ("000_1ed294892ed31160" for an outlet). The
 * loader falls back to the name exactly as written; an outlet that merely
 * resembles its file's name ("Blickpunkt24" in blickpunkt24.txt) is known.
 */
static gboolean
is_file_name (PxArticle  *article,
              const char *name)
{
  const char *names[] = { px_article_get_id (article), px_article_get_path (article) };

  if (name == NULL || *name == '\0')
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *base = NULL;
      char *dot;

      if (names[i] == NULL)
        continue;
      base = g_path_get_basename (names[i]);
      if (g_str_equal (base, name))
        return TRUE;
      if ((dot = strrchr (base, '.')) != NULL && dot != base)
        *dot = '\0';
      if (g_str_equal (base, name))
        return TRUE;
    }
  return FALSE;
}

/* A date as a reader writes it: an ISO 8601 time stamp from a site's
 * metadata ("2026-03-12T11:45:00+01:00") as its day and local time.
 */
static char *
reader_date (const char *date)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) parsed = NULL;

  if (date == NULL)
    return NULL;
  if ((parsed = g_date_time_new_from_iso8601 (date, utc)) == NULL)
    return g_strdup (date);
  return g_date_time_format (parsed, "%Y-%m-%d %H:%M");
}

static void
add_sources (Builder *b)
{
  guint n_articles = px_alignment_get_n_articles (b->alignment);

  b->names = px_name_map_new ();
  b->article_of = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint a = 0; a < n_articles; a++)
    {
      PxArticle *article = px_alignment_get_article (b->alignment, a);
      const char *outlet = px_article_get_outlet (article);
      const char *title = px_article_get_title (article);
      g_autofree char *label = px_report_dup_label (a);
      /* Translators: the name of a source whose outlet is unknown or hidden: "Source A". */
      g_autofree char *neutral = g_strdup_printf (_("Source %s"), label);
      gboolean named = !b->classroom && px_article_get_outlet_known (article) &&
                       !is_file_name (article, outlet);
      PxReportSource *source = px_report_add_source (b->report, px_article_get_id (article),
                                                     named ? outlet : neutral);

      source->named = named;
      if (!named)
        px_name_map_add (b->names, outlet, neutral);
      if (!b->classroom)
        {
          if (!is_file_name (article, title))
            source->title = g_strdup (title);
          source->date = reader_date (px_article_get_date (article));
          source->url = g_strdup (px_article_get_url (article));
        }
      source->language = g_strdup (px_article_get_language (article));
      source->digest = px_article_dup_digest (article);
      g_hash_table_insert (b->article_of, (gpointer)px_article_get_id (article), GUINT_TO_POINTER (a + 1));
    }
}

static void
add_exclusive (Builder *b)
{
  for (guint a = 0; a < b->report->sources->len; a++)
    {
      PxArticle *article = px_alignment_get_article (b->alignment, a);
      PxReportSource *source = g_ptr_array_index (b->report->sources, a);
      const guint *unique;
      guint n_unique;

      unique = px_alignment_get_unique_sentences (b->alignment, a, &n_unique);
      for (guint u = 0; u < n_unique; u++)
        {
          g_autofree char *text = px_article_dup_sentence_text (article, unique[u]);

          g_ptr_array_add (source->exclusive, px_name_map_apply (b->names, text, NULL));
        }
    }
}

static void
add_span_mark (PxReportCell     *cell,
               const PxSentence *sentence,
               guint             start,
               guint             end,
               PxReportMarkKind  kind,
               const char       *label)
{
  if (start < sentence->start || end > sentence->end || end <= start)
    return;
  px_report_cell_add_mark (cell, start - sentence->start, end - sentence->start, kind, label);
}

static void
mark_figures (Builder                 *b,
              guint                    group,
              const PxAlignmentMember *member,
              const PxSentence        *sentence,
              PxReportCell            *cell)
{
  GPtrArray *figure_groups = g_ptr_array_index (b->figures_of, group);
  GArray *figures = px_comparison_get_figures (b->comparison);

  for (guint i = 0; figure_groups != NULL && i < figure_groups->len; i++)
    {
      PxGroupFigures *gf = g_ptr_array_index (figure_groups, i);

      for (guint k = 0; k < gf->mentions->len; k++)
        {
          const PxFigureMention *mention = &g_array_index (figures, PxFigureMention,
                                                           g_array_index (gf->mentions, guint, k));

          if (mention->document == member->article && mention->sentence == member->sentence)
            add_span_mark (cell, sentence, px_figure_get_start (mention->figure),
                           px_figure_get_end (mention->figure), PX_REPORT_MARK_FIGURE,
                           px_report_verdict_label (gf->verdict));
        }
    }
}

static void
mark_words (Builder          *b,
            guint             group,
            guint             m,
            const PxSentence *sentence,
            PxReportCell     *cell)
{
  const PxWordDiff *diffs;
  guint n_diffs;

  if (m == px_alignment_group_get_reference (b->alignment, group))
    return;
  diffs = px_alignment_group_get_word_diff (b->alignment, group, m, &n_diffs);
  for (guint k = 0; k < n_diffs; k++)
    {
      if (diffs[k].kind == PX_WORD_DIFF_CHANGED || diffs[k].kind == PX_WORD_DIFF_ADDED)
        add_span_mark (cell, sentence, diffs[k].member.start, diffs[k].member.end,
                       PX_REPORT_MARK_CHANGED, NULL);
      else if (diffs[k].kind == PX_WORD_DIFF_SYNONYM)
        add_span_mark (cell, sentence, diffs[k].member.start, diffs[k].member.end,
                       PX_REPORT_MARK_SYNONYM, NULL);
    }
}

static void
mark_attributions (Builder                 *b,
                   const PxAlignmentMember *member,
                   const PxSentence        *sentence,
                   PxReportCell            *cell)
{
  GPtrArray *found = attributions_in (b, member->article, member->sentence);

  for (guint k = 0; found != NULL && k < found->len; k++)
    {
      PxAttribution *attribution = g_ptr_array_index (found, k);
      PxSpan cue = px_attribution_get_cue_span (attribution);
      PxSpan source = px_attribution_get_source_span (attribution);

      add_span_mark (cell, sentence, cue.start, cue.end, PX_REPORT_MARK_ATTRIBUTION, NULL);
      add_span_mark (cell, sentence, source.start, source.end, PX_REPORT_MARK_ATTRIBUTION, NULL);
    }
}

static void
mark_quotes (Builder                 *b,
             guint                    group,
             const PxAlignmentMember *member,
             const PxSentence        *sentence,
             PxReportCell            *cell)
{
  GArray *quotes = g_ptr_array_index (b->quotes_of, group);

  for (guint i = 0; quotes != NULL && i < quotes->len; i++)
    {
      const PxGroupQuote *gq = &g_array_index (quotes, PxGroupQuote, i);
      PxQuote *quote;

      if (gq->article != member->article)
        continue;
      quote = g_ptr_array_index (px_comparison_get_quotes (b->comparison, gq->article), gq->quote);
      add_span_mark (cell, sentence, MAX (px_quote_get_start (quote), sentence->start),
                     MIN (px_quote_get_end (quote), sentence->end), PX_REPORT_MARK_QUOTE, NULL);
    }
}

/* The chain a passage gives: its own outlet (and dateline agency) first,
 * then whom it cites, and whom they cite. Of several attributions the
 * longest chain says most about provenance. An attribution in the next
 * sentence counts when that sentence carries no claim of its own ("Das
 * berichtete die Zeitung."), as in the comparison.
 */
static char *
member_chain (Builder                 *b,
              const PxAlignmentMember *member)
{
  PxArticle *article = px_alignment_get_article (b->alignment, member->article);
  const PxReportSource *source = g_ptr_array_index (b->report->sources, member->article);
  const char *agency = px_article_get_agency (article);
  GPtrArray *found = attributions_in (b, member->article, member->sentence);
  PxAttribution *best = NULL;
  g_autofree char *root = NULL;
  g_autofree char *chain = NULL;
  guint n_groups;

  if (found == NULL)
    {
      px_alignment_get_groups_for_sentence (b->alignment, member->article, member->sentence + 1, &n_groups);
      if (n_groups == 0)
        found = attributions_in (b, member->article, member->sentence + 1);
    }
  for (guint k = 0; found != NULL && k < found->len; k++)
    {
      PxAttribution *attribution = g_ptr_array_index (found, k);

      if (best == NULL || px_attribution_get_n_via (attribution) > px_attribution_get_n_via (best))
        best = attribution;
    }
  if (best == NULL)
    return NULL;

  if (agency != NULL && g_utf8_collate (agency, px_article_get_outlet (article)) != 0)
    root = g_strdup_printf ("%s ← %s", source->outlet, agency);
  else
    root = g_strdup (source->outlet);
  chain = px_attribution_describe_chain (best, root);
  return px_name_map_apply (b->names, chain, NULL);
}

static void
add_cells (Builder     *b,
           guint        group,
           PxReportRow *row)
{
  const PxAlignmentMember *members;
  guint n_members;

  members = px_alignment_group_get_members (b->alignment, group, &n_members);
  if (n_members > 0)
    row->reference = members[px_alignment_group_get_reference (b->alignment, group)].article;
  for (guint m = 0; m < n_members; m++)
    {
      PxArticle *article = px_alignment_get_article (b->alignment, members[m].article);
      const PxSentence *sentence = &px_article_get_sentences (article, NULL)[members[m].sentence];
      g_autofree char *text = NULL;
      PxReportCell *cell;

      /* Two passages of one source in a group: the first carries the cell. */
      if (px_report_row_get_cell (row, members[m].article) != NULL)
        continue;

      text = px_article_dup_sentence_text (article, members[m].sentence);
      cell = px_report_row_set_cell (row, members[m].article, text);
      mark_figures (b, group, &members[m], sentence, cell);
      mark_words (b, group, m, sentence, cell);
      mark_attributions (b, &members[m], sentence, cell);
      mark_quotes (b, group, &members[m], sentence, cell);
      cell->chain = member_chain (b, &members[m]);

      if (!px_name_map_is_empty (b->names))
        {
          char *renamed = px_name_map_apply (b->names, cell->text, cell->marks);

          g_free (cell->text);
          cell->text = renamed;
        }
    }
}

/* What the Figures view calls a quantity: the counted noun as a source
 * wrote it reads better than the quantity's key, which is a stem; units
 * are keys already ("km", "EUR"); a bare number has only its kind.
 */
static const char *
quantity_name (const PxGroupFigures *gf,
               const PxFigure       *first)
{
  if (px_figure_get_kind (first) == PX_FIGURE_KIND_COUNT &&
      px_figure_get_noun (first) != NULL && *px_figure_get_noun (first) != '\0')
    return px_figure_get_noun (first);
  if (gf->quantity != NULL && *gf->quantity != '\0')
    return gf->quantity;
  return px_figure_kind_to_string (px_figure_get_kind (first));
}

static void
add_figures (Builder     *b,
             guint        group,
             PxReportRow *row)
{
  GPtrArray *figure_groups = g_ptr_array_index (b->figures_of, group);
  GArray *figures = px_comparison_get_figures (b->comparison);

  for (guint i = 0; figure_groups != NULL && i < figure_groups->len; i++)
    {
      PxGroupFigures *gf = g_ptr_array_index (figure_groups, i);
      const PxFigureMention *first;
      PxReportFigure *figure;

      if (gf->mentions->len == 0)
        continue;
      first = &g_array_index (figures, PxFigureMention, g_array_index (gf->mentions, guint, 0));
      figure = px_report_add_figure (b->report, row, quantity_name (gf, first->figure), gf->verdict);
      for (guint k = 0; k < gf->mentions->len; k++)
        {
          const PxFigureMention *mention = &g_array_index (figures, PxFigureMention,
                                                           g_array_index (gf->mentions, guint, k));
          g_autofree char *reading = px_figure_format (mention->figure);

          px_report_figure_add_entry (figure, mention->document, px_figure_get_text (mention->figure), reading);
        }
    }
}

/* Marks the sources a divergence names, and what kind of divergence the
 * claim has; quote findings become notes, in the report's names.
 */
static void
add_divergences (Builder     *b,
                 guint        group,
                 PxReportRow *row)
{
  GPtrArray *divergences = g_ptr_array_index (b->divergences_of, group);

  for (guint i = 0; divergences != NULL && i < divergences->len; i++)
    {
      PxDivergence *d = g_ptr_array_index (divergences, i);

      switch (d->kind)
        {
        case PX_DIVERGENCE_WORDING:
          row->kinds |= PX_REPORT_KIND_WORDING;
          continue;
        case PX_DIVERGENCE_OMISSION:
          continue;
        case PX_DIVERGENCE_QUOTE:
          row->kinds |= PX_REPORT_KIND_QUOTE;
          g_ptr_array_add (row->notes, px_name_map_apply (b->names, d->summary, NULL));
          break;
        case PX_DIVERGENCE_ATTRIBUTION:
          row->kinds |= PX_REPORT_KIND_ATTRIBUTION;
          break;
        case PX_DIVERGENCE_FIGURE:
        default:
          break;
        }

      for (guint k = 0; k < d->documents->len; k++)
        {
          guint article = GPOINTER_TO_UINT (g_hash_table_lookup (b->article_of, g_ptr_array_index (d->documents, k)));
          PxReportCell *cell = article > 0 ? px_report_row_get_cell (row, article - 1) : NULL;

          if (cell != NULL)
            cell->divergent = TRUE;
        }
    }
}

static void
add_rows (Builder *b)
{
  guint n_groups = px_alignment_get_n_groups (b->alignment);

  for (guint g = 0; g < n_groups; g++)
    {
      const char *label = px_alignment_group_get_label (b->alignment, g);
      g_autofree char *renamed = px_name_map_apply (b->names, label, NULL);
      PxReportRow *row = px_report_add_row (b->report, px_alignment_group_get_id (b->alignment, g), renamed);

      add_cells (b, g, row);
      add_figures (b, g, row);
      add_divergences (b, g, row);
    }
}

static void
add_summary (Builder *b)
{
  guint n_sources = b->report->sources->len, all = 0;

  for (guint r = 0; r < b->report->rows->len; r++)
    all += ((PxReportRow *)g_ptr_array_index (b->report->rows, r))->coverage == n_sources;

  g_ptr_array_add (b->report->summary,
                   /* Translators: a line of the export's summary. */
                   g_strdup_printf (_("%u claims: %u carried by every source, %u by only some; "
                                      "%u passages only one source has"),
                                    b->report->rows->len, all, b->report->rows->len - all,
                                    px_report_count_exclusive (b->report)));
}

static void
builder_clear (Builder *b)
{
  g_clear_pointer (&b->names, px_name_map_free);
  g_clear_pointer (&b->article_of, g_hash_table_unref);
  g_clear_pointer (&b->figures_of, g_ptr_array_unref);
  g_clear_pointer (&b->divergences_of, g_ptr_array_unref);
  g_clear_pointer (&b->quotes_of, g_ptr_array_unref);
  g_clear_pointer (&b->attributions_at, g_ptr_array_unref);
}

/**
 * px_comparison_build_report:
 * @self: a #PxComparison
 * @title: the set's name
 * @classroom: whether to hide outlet names ("Source A", …)
 *
 * Puts the comparison into the words and order an export shows: the
 * sources as a reader knows them, one row per claim with each source's
 * passage, its marks and its attribution chain, the figure comparisons,
 * and the passages only one source has. Rows come divergences first.
 *
 * Returns: (transfer full): the report
 */
PxReport *
px_comparison_build_report (PxComparison *self,
                            const char   *title,
                            gboolean      classroom)
{
  Builder b = { 0 };
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  guint n_articles;

  g_return_val_if_fail (PX_IS_COMPARISON (self), NULL);

  b.comparison = self;
  b.alignment = px_comparison_get_alignment (self);
  b.report = px_report_new (title);
  b.classroom = classroom;
  b.report->classroom = classroom;
  n_articles = px_alignment_get_n_articles (b.alignment);

  /* Translators: the subtitle of an export: "Comparison of 5 sources · exported 2026-11-22". */
  b.report->subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                     "Comparison of %u source · exported %s",
                                                     "Comparison of %u sources · exported %s",
                                                     n_articles),
                                        n_articles, today);

  index_groups (&b);
  index_attributions (&b);
  add_sources (&b);
  add_exclusive (&b);
  add_rows (&b);
  add_summary (&b);
  px_report_sort_rows (b.report);

  builder_clear (&b);
  return b.report;
}
