/* px-align-diff.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-aligner"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "px-align-private.h"
char *
px_align_make_label (PxArticle *article,
            guint      sentence)
{
  g_autofree char *text = px_article_dup_sentence_text (article, sentence);
  glong n = g_utf8_strlen (text, -1);
  const char *cut;
  const char *space;

  if (n <= LABEL_CHARS)
    return g_steal_pointer (&text);
  cut = g_utf8_offset_to_pointer (text, LABEL_CHARS);
  space = cut;
  while (space > text && *space != ' ')
    space--;
  if (space > text + LABEL_CHARS / 2)
    cut = space;
  return g_strdup_printf ("%.*s…", (int)(cut - text), text);
}

/* Word diff of two token sequences: the longest common subsequence over
 * "same stem, synonym or alias", after Hunt–McIlroy; unmatched stretches
 * between matches become changed, added or removed.
 */
typedef struct _DiffInfo
{
  guint          fold;     /* interned spellings: compared as numbers */
  guint          stem;
  const guint32 *syn[2];
  guint          n_syn[2];
  guint64        syn_mask;  /* one bit per set id modulo 64: a cheap pre-test */
  guint          alias;
} DiffInfo;

static void
diff_info_fill (Run        *run,
                const char *language,
                PxToken    *token,
                DiffInfo   *info)
{
  memset (info, 0, sizeof *info);
  info->fold = px_align_intern (run, token->fold);
  info->stem = px_align_intern (run, token->stem);
  if (token->kind != PX_TOKEN_WORD || (token->flags & PX_TOKEN_FLAG_STOP))
    return;
  if (px_align_is_german (language))
    {
      info->syn[0] = px_knowledge_synonym_sets (token->stem, px_align_word_class (token), &info->n_syn[0]);
      info->syn[1] = px_align_verb_synonyms (run, token->norm, &info->n_syn[1]);
    }
  else
    info->syn[0] = px_knowledge_english_synonym_sets (token->stem, &info->n_syn[0]);
  info->alias = px_knowledge_alias (language, token->stem);
  for (guint i = 0; i < 2; i++)
    for (guint k = 0; k < info->n_syn[i]; k++)
      info->syn_mask |= G_GUINT64_CONSTANT (1) << (info->syn[i][k] % 64);
}

static gboolean
diff_words_match (PxToken        *a,
                  const DiffInfo *ia,
                  PxToken        *b,
                  const DiffInfo *ib,
                  PxWordDiffKind *kind)
{
  if (ia->fold == ib->fold)
    {
      *kind = PX_WORD_DIFF_SAME;
      return TRUE;
    }
  if (a->kind != b->kind)
    return FALSE;
  if (ia->stem == ib->stem)
    {
      *kind = PX_WORD_DIFF_INFLECTION;
      return TRUE;
    }
  for (guint i = 0; i < 2 && (ia->syn_mask & ib->syn_mask) != 0; i++)
    for (guint j = 0; j < 2; j++)
      if (px_align_shares_id (ia->syn[i], ia->n_syn[i], ib->syn[j], ib->n_syn[j]))
        {
          *kind = PX_WORD_DIFF_SYNONYM;
          return TRUE;
        }
  if (ia->alias != 0 && ia->alias == ib->alias)
    {
      *kind = PX_WORD_DIFF_SYNONYM;
      return TRUE;
    }
  return FALSE;
}

static void
append_diff (GArray         *diffs,
             PxWordDiffKind  kind,
             guint           ref_start,
             guint           ref_end,
             guint           mem_start,
             guint           mem_end)
{
  PxWordDiff diff = { kind, { ref_start, ref_end }, { mem_start, mem_end } };

  if (diffs->len > 0 && kind == PX_WORD_DIFF_SAME)
    {
      PxWordDiff *last = &g_array_index (diffs, PxWordDiff, diffs->len - 1);

      if (last->kind == PX_WORD_DIFF_SAME)
        {
          last->reference.end = ref_end;
          last->member.end = mem_end;
          return;
        }
    }
  g_array_append_val (diffs, diff);
}

static void
flush_gap (GArray  *diffs,
           PxToken *ra,
           guint    ra_from,
           guint    ra_to,
           PxToken *mb,
           guint    mb_from,
           guint    mb_to,
           guint    ref_pos,
           guint    mem_pos)
{
  gboolean has_ref = ra_to > ra_from, has_mem = mb_to > mb_from;

  if (has_ref && has_mem)
    append_diff (diffs, PX_WORD_DIFF_CHANGED, ra[ra_from].start, ra[ra_to - 1].end,
                 mb[mb_from].start, mb[mb_to - 1].end);
  else if (has_ref)
    append_diff (diffs, PX_WORD_DIFF_REMOVED, ra[ra_from].start, ra[ra_to - 1].end,
                 mem_pos, mem_pos);
  else if (has_mem)
    append_diff (diffs, PX_WORD_DIFF_ADDED, ref_pos, ref_pos,
                 mb[mb_from].start, mb[mb_to - 1].end);
}

/* A unit's words and numbers, with what the diff compares, worked out once:
 * a group's reference member is diffed against every other member.
 */
static void
unit_diff_prepare (Run        *run,
                   const char *language,
                   Unit       *unit)
{
  if (unit->words != NULL)
    return;
  unit->words = g_array_new (FALSE, FALSE, sizeof (PxToken));
  for (guint t = 0; t < unit->tokens->len; t++)
    if (g_array_index (unit->tokens, PxToken, t).kind <= PX_TOKEN_NUMBER)
      g_array_append_val (unit->words, g_array_index (unit->tokens, PxToken, t));
  unit->diff_info = g_new0 (DiffInfo, unit->words->len + 1);
  for (guint w = 0; w < unit->words->len; w++)
    diff_info_fill (run, language, &g_array_index (unit->words, PxToken, w), &unit->diff_info[w]);
}

GArray *
px_align_word_diff (Run        *run,
           const char *language,
           Unit       *ref,
           Unit       *mem)
{
  GArray *ra, *mb;
  GArray *diffs = g_array_new (FALSE, FALSE, sizeof (PxWordDiff));
  g_autofree guint16 *table = NULL;
  const DiffInfo *info_a, *info_b;
  guint n, m, i, j, gap_i, gap_j;

  /* Words and numbers only: punctuation differences are noise here. */
  unit_diff_prepare (run, language, ref);
  unit_diff_prepare (run, language, mem);
  ra = ref->words, mb = mem->words;
  info_a = ref->diff_info, info_b = mem->diff_info;

  n = MIN (ra->len, 400);
  m = MIN (mb->len, 400);
  table = g_new0 (guint16, (n + 1) * (m + 1));
#define T(x, y) table[(x) * (m + 1) + (y)]
  for (i = n; i-- > 0;)
    for (j = m; j-- > 0;)
      {
        PxWordDiffKind kind;

        if (diff_words_match (&g_array_index (ra, PxToken, i), &info_a[i],
                              &g_array_index (mb, PxToken, j), &info_b[j], &kind))
          T (i, j) = T (i + 1, j + 1) + 1;
        else
          T (i, j) = MAX (T (i + 1, j), T (i, j + 1));
      }

  i = j = gap_i = gap_j = 0;
  while (i < n && j < m)
    {
      PxWordDiffKind kind;
      PxToken *x = &g_array_index (ra, PxToken, i);
      PxToken *y = &g_array_index (mb, PxToken, j);

      if (diff_words_match (x, &info_a[i], y, &info_b[j], &kind) &&
          T (i, j) == T (i + 1, j + 1) + 1)
        {
          flush_gap (diffs, (PxToken *)(gpointer)ra->data, gap_i, i,
                     (PxToken *)(gpointer)mb->data, gap_j, j, x->start, y->start);
          append_diff (diffs, kind, x->start, x->end, y->start, y->end);
          i++, j++;
          gap_i = i, gap_j = j;
        }
      else if (T (i + 1, j) >= T (i, j + 1))
        i++;
      else
        j++;
    }
#undef T
  {
    guint ref_pos = n > 0 ? g_array_index (ra, PxToken, n - 1).end : 0;
    guint mem_pos = m > 0 ? g_array_index (mb, PxToken, m - 1).end : 0;

    if (gap_i < n)
      ref_pos = g_array_index (ra, PxToken, gap_i).start;
    if (gap_j < m)
      mem_pos = g_array_index (mb, PxToken, gap_j).start;
    flush_gap (diffs, (PxToken *)(gpointer)ra->data, gap_i, n,
               (PxToken *)(gpointer)mb->data, gap_j, m, ref_pos, mem_pos);
  }
  return diffs;
}

