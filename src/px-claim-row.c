/* px-claim-row.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-claim-table"

#include "config.h"

#include "px-claim-row.h"
#include "px-views.h"

/* A claim group as the claim table shows it: its number, its coverage, its
 * divergences, and each source's passage as markup with the word
 * differences marked.
 */

G_DEFINE_FINAL_TYPE (PxClaimRow, px_claim_row, G_TYPE_OBJECT)

static void
px_claim_row_finalize (GObject *object)
{
  PxClaimRow *self = (PxClaimRow *)object;

  for (guint a = 0; a < self->n_articles; a++)
    {
      g_free (self->markup[a]);
      g_free (self->plain[a]);
    }
  g_free (self->markup);
  g_free (self->plain);
  g_free (self->sources);
  g_free (self->reference_source);
  g_free (self->note);

  G_OBJECT_CLASS (px_claim_row_parent_class)->finalize (object);
}

static void
px_claim_row_class_init (PxClaimRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = px_claim_row_finalize;
}

static void
px_claim_row_init (PxClaimRow *self)
{
}

/* The passage as markup: changed words dark red and bold, synonyms blue,
 * the rest plain, as the inspector marks them.
 */
static void
append_passage (GPtrArray    *display_names,
                GString      *markup,
                GString      *plain,
                PxAlignment  *alignment,
                guint         group,
                guint         member,
                gboolean      is_reference)
{
  const PxAlignmentMember *members;
  const PxWordDiff *diffs = NULL;
  const PxSentence *s;
  PxArticle *article;
  const char *text;
  guint n_members, n_diffs = 0, pos;

  members = px_alignment_group_get_members (alignment, group, &n_members);
  article = px_alignment_get_article (alignment, members[member].article);
  text = px_article_get_text (article);
  s = &px_article_get_sentences (article, NULL)[members[member].sentence];
  pos = s->start;

  /* Where classroom mode hides an outlet the sentence names, the marks give
   * way: the name may span several of them.
   */
  {
    g_autofree char *sentence = g_strndup (text + s->start, s->end - s->start);
    g_autofree char *masked = px_views_mask_outlets (alignment, display_names, sentence);

    if (!g_str_equal (sentence, masked))
      {
        g_autofree char *escaped = g_markup_escape_text (masked, -1);

        g_string_append (markup, escaped);
        g_string_append (plain, masked);
        return;
      }
  }

  if (!is_reference)
    diffs = px_alignment_group_get_word_diff (alignment, group, member, &n_diffs);

  for (guint d = 0; d <= n_diffs; d++)
    {
      const char *open = NULL;
      guint start = s->end, end = s->end;
      g_autofree char *before = NULL;
      g_autofree char *before_masked = NULL;
      g_autofree char *before_escaped = NULL;

      if (d < n_diffs)
        {
          const PxSpan *span = &diffs[d].member;

          if (span->end <= span->start || span->start < pos || span->end > s->end)
            continue;
          if (diffs[d].kind == PX_WORD_DIFF_CHANGED || diffs[d].kind == PX_WORD_DIFF_ADDED)
            open = "<span foreground=\"#a51d2d\" weight=\"bold\">";
          else if (diffs[d].kind == PX_WORD_DIFF_SYNONYM)
            open = "<span foreground=\"#1c71d8\">";
          else
            continue;
          start = span->start;
          end = span->end;
        }

      before = g_strndup (text + pos, start - pos);
      before_masked = px_views_mask_outlets (alignment, display_names, before);
      before_escaped = g_markup_escape_text (before_masked, -1);
      g_string_append (markup, before_escaped);
      g_string_append (plain, before_masked);

      if (open != NULL)
        {
          g_autofree char *inner = g_strndup (text + start, end - start);
          g_autofree char *inner_masked = px_views_mask_outlets (alignment, display_names, inner);
          g_autofree char *inner_escaped = g_markup_escape_text (inner_masked, -1);

          g_string_append_printf (markup, "%s%s</span>", open, inner_escaped);
          g_string_append (plain, inner_masked);
        }
      pos = end;
    }
}

static char *
join_sources (PxAlignment *alignment,
              GPtrArray   *display_names,
              PxClaimRow  *row)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint a = 0; a < row->n_articles; a++)
    {
      g_autofree char *name = NULL;

      if (row->markup[a] == NULL)
        continue;
      name = px_views_dup_display_name (alignment, display_names, a);
      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, name);
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

/**
 * px_claim_row_new:
 * @alignment: the alignment
 * @display_names: (nullable) (element-type utf8): the names sources go by
 * @group: the claim group
 * @kinds_of_group: divergences of the group by kind
 * @note: (transfer full) (nullable): the user's note on the group
 *
 * Returns: (transfer full): the row, with its cells' text worked out
 */
PxClaimRow *
px_claim_row_new (PxAlignment *alignment,
                  GPtrArray   *display_names,
                  guint        group,
                  const guint *kinds_of_group,
                  char        *note)
{
  guint n_articles = px_alignment_get_n_articles (alignment);
  PxClaimRow *row = g_object_new (PX_TYPE_CLAIM_ROW, NULL);
  const PxAlignmentMember *members;
  guint n_members, reference;

  row->group = group;
  row->id = px_alignment_group_get_id (alignment, group);
  row->n_articles = n_articles;
  row->markup = g_new0 (char *, n_articles + 1);
  row->plain = g_new0 (char *, n_articles + 1);
  for (guint k = 0; k <= PX_DIVERGENCE_OMISSION; k++)
    {
      row->kinds[k] = kinds_of_group[k];
      if (k != PX_DIVERGENCE_OMISSION)
        row->n_divergences += kinds_of_group[k];
    }

  members = px_alignment_group_get_members (alignment, group, &n_members);
  reference = px_alignment_group_get_reference (alignment, group);
  row->reference_article = reference < n_members ? members[reference].article : G_MAXUINT;

  for (guint a = 0; a < n_articles; a++)
    {
      g_autoptr(GString) markup = NULL;
      g_autoptr(GString) plain = NULL;

      /* A source may carry a claim in two sentences; both belong in its cell. */
      for (guint m = 0; m < n_members; m++)
        {
          if (members[m].article != a)
            continue;
          if (markup == NULL)
            {
              markup = g_string_new (NULL);
              plain = g_string_new (NULL);
            }
          else
            {
              g_string_append (markup, " ");
              g_string_append (plain, " ");
            }
          append_passage (display_names, markup, plain, alignment, group, m, m == reference);
        }
      if (markup != NULL)
        {
          row->coverage++;
          row->markup[a] = g_string_free (g_steal_pointer (&markup), FALSE);
          row->plain[a] = g_string_free (g_steal_pointer (&plain), FALSE);
        }
    }

  row->sources = join_sources (alignment, display_names, row);
  if (row->reference_article < n_articles)
    row->reference_source = px_views_dup_display_name (alignment, display_names, row->reference_article);
  row->note = note;
  return row;
}
