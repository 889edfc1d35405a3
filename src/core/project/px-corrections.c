/* px-corrections.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-corrections"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "px-alignment-private.h"
#include "px-article.h"
#include "px-corrections.h"

/* Corrections are constraints on top of whatever the engine found: they
 * are replayed, in the order the user made them, on every new alignment, so
 * a re-alignment with another threshold keeps them.
 */

typedef struct
{
  GArray    *members;       /* of PxAlignmentMember */
  guint      reference;
  int        origin;        /* index of the engine's group, or -1 */
  gboolean   edited;
} WorkGroup;

static void
work_group_free (WorkGroup *group)
{
  g_array_unref (group->members);
  g_free (group);
}

static WorkGroup *
work_group_new (void)
{
  WorkGroup *group = g_new0 (WorkGroup, 1);

  group->members = g_array_new (FALSE, FALSE, sizeof (PxAlignmentMember));
  group->origin = -1;
  group->edited = TRUE;
  return group;
}

static int
find_article (PxAlignment *alignment,
              const char  *id)
{
  for (guint a = 0; a < px_alignment_get_n_articles (alignment); a++)
    if (g_strcmp0 (px_article_get_id (px_alignment_get_article (alignment, a)), id) == 0)
      return a;
  return -1;
}

static gboolean
resolve (PxAlignment        *alignment,
         const PxPassageRef *ref,
         PxAlignmentMember  *out)
{
  int article = find_article (alignment, ref->document);
  guint n;

  if (article < 0)
    return FALSE;
  px_article_get_sentences (px_alignment_get_article (alignment, article), &n);
  if (ref->sentence >= n)
    return FALSE;
  out->article = article;
  out->sentence = ref->sentence;
  out->score = 1.0;
  return TRUE;
}

static int
member_index (WorkGroup               *group,
              const PxAlignmentMember *member)
{
  for (guint m = 0; m < group->members->len; m++)
    {
      const PxAlignmentMember *x = &g_array_index (group->members, PxAlignmentMember, m);

      if (x->article == member->article && x->sentence == member->sentence)
        return m;
    }
  return -1;
}

static void
remove_member (WorkGroup *group,
               guint      index)
{
  g_array_remove_index (group->members, index);
  if (group->reference >= group->members->len || group->reference == index)
    group->reference = 0;
  else if (group->reference > index)
    group->reference--;
  group->edited = TRUE;
}

static void
add_member (WorkGroup               *group,
            const PxAlignmentMember *member)
{
  if (member_index (group, member) < 0)
    {
      g_array_append_val (group->members, *member);
      group->edited = TRUE;
    }
}

static void
merge_into (GPtrArray *groups,
            guint      target,
            guint      source)
{
  WorkGroup *into = g_ptr_array_index (groups, target);
  WorkGroup *from = g_ptr_array_index (groups, source);

  for (guint m = 0; m < from->members->len; m++)
    add_member (into, &g_array_index (from->members, PxAlignmentMember, m));
  g_ptr_array_remove_index (groups, source);
}

/* How close the engine found two passages: the better of the two
 * directions' candidate scores, 0 where neither ranks the other.
 */
static double
pair_closeness (PxAlignment             *alignment,
                const PxAlignmentMember *a,
                const PxAlignmentMember *b)
{
  const PxAlignmentMember *ends[2][2] = { { a, b }, { b, a } };
  double best = 0.0;

  for (guint d = 0; d < 2; d++)
    {
      const PxAlignmentCandidate *candidates;
      guint n;

      candidates = px_alignment_get_candidates (alignment, ends[d][0]->article, ends[d][0]->sentence, &n);
      for (guint i = 0; i < n; i++)
        if (candidates[i].other_article == ends[d][1]->article &&
            candidates[i].other_sentence == ends[d][1]->sentence)
          best = MAX (best, candidates[i].score);
    }
  return best;
}

/* Only the pair is wrong, not the whole group: a group holding both is cut
 * in two, each member going with the one of the pair the engine found it
 * closer to (the first passage, the one the user selected, keeps ties), so
 * the second passage keeps the partners that are its own.
 */
static void
reject_pair (PxAlignment             *alignment,
             GPtrArray               *groups,
             const PxAlignmentMember *first,
             const PxAlignmentMember *second)
{
  guint n_groups = groups->len;

  for (guint g = 0; g < n_groups; g++)
    {
      WorkGroup *group = g_ptr_array_index (groups, g);
      WorkGroup *split;

      if (member_index (group, first) < 0 || member_index (group, second) < 0)
        continue;
      split = work_group_new ();
      for (guint m = 0; m < group->members->len; m++)
        {
          const PxAlignmentMember *x = &g_array_index (group->members, PxAlignmentMember, m);
          gboolean is_second = x->article == second->article && x->sentence == second->sentence;
          gboolean is_first = x->article == first->article && x->sentence == first->sentence;

          if (is_second || (!is_first && pair_closeness (alignment, x, second) >
                                         pair_closeness (alignment, x, first)))
            {
              add_member (split, x);
              remove_member (group, m--);
            }
        }
      g_ptr_array_add (groups, split);
    }
}

static GArray *
resolve_all (PxAlignment        *alignment,
             const PxCorrection *correction)
{
  GArray *members = g_array_new (FALSE, FALSE, sizeof (PxAlignmentMember));

  for (guint i = 0; i < correction->members->len; i++)
    {
      PxAlignmentMember member;

      if (resolve (alignment, &g_array_index (correction->members, PxPassageRef, i), &member))
        g_array_append_val (members, member);
    }
  return members;
}

static void
apply_one (PxAlignment        *alignment,
           GPtrArray          *groups,
           const PxCorrection *correction)
{
  g_autoptr(GArray) members = resolve_all (alignment, correction);

  if (members->len == 0)
    return;

  switch (correction->kind)
    {
    case PX_CORRECTION_LINK:
    case PX_CORRECTION_MERGE:
      {
        int target = -1;

        /* Every group holding one of the passages becomes one group. */
        for (guint g = 0; g < groups->len; g++)
          {
            gboolean holds = FALSE;

            for (guint m = 0; m < members->len && !holds; m++)
              holds = member_index (g_ptr_array_index (groups, g), &g_array_index (members, PxAlignmentMember, m)) >= 0;
            if (!holds)
              continue;
            if (target < 0)
              target = g;
            else
              {
                merge_into (groups, target, g);
                g--;
              }
          }

        if (target < 0)
          {
            g_ptr_array_add (groups, work_group_new ());
            target = groups->len - 1;
          }
        for (guint m = 0; m < members->len; m++)
          add_member (g_ptr_array_index (groups, target), &g_array_index (members, PxAlignmentMember, m));
      }
      break;

    case PX_CORRECTION_UNLINK:
      for (guint g = 0; g < groups->len; g++)
        for (guint m = 0; m < members->len; m++)
          {
            WorkGroup *group = g_ptr_array_index (groups, g);
            int index = member_index (group, &g_array_index (members, PxAlignmentMember, m));

            if (index >= 0)
              remove_member (group, index);
          }
      break;

    case PX_CORRECTION_SPLIT:
      {
        /* The passages leave the group they share and form one of their own. */
        WorkGroup *split = work_group_new ();

        for (guint g = 0; g < groups->len; g++)
          for (guint m = 0; m < members->len; m++)
            {
              WorkGroup *group = g_ptr_array_index (groups, g);
              int index = member_index (group, &g_array_index (members, PxAlignmentMember, m));

              if (index >= 0)
                remove_member (group, index);
            }
        for (guint m = 0; m < members->len; m++)
          add_member (split, &g_array_index (members, PxAlignmentMember, m));
        g_ptr_array_add (groups, split);
      }
      break;

    case PX_CORRECTION_REJECT:
      if (members->len >= 2)
        reject_pair (alignment, groups, &g_array_index (members, PxAlignmentMember, 0),
                     &g_array_index (members, PxAlignmentMember, 1));
      break;

    default:
      break;
    }
}

static char *
pair_key (guint article,
          guint sentence,
          guint other_article,
          guint other_sentence)
{
  /* Unordered: a rejection holds whichever passage was selected. */
  if (article > other_article || (article == other_article && sentence > other_sentence))
    return g_strdup_printf ("%u:%u:%u:%u", other_article, other_sentence, article, sentence);
  return g_strdup_printf ("%u:%u:%u:%u", article, sentence, other_article, other_sentence);
}

static GHashTable *
rejected_pairs (PxAlignment *alignment,
                GPtrArray   *corrections)
{
  GHashTable *pairs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < corrections->len; i++)
    {
      const PxCorrection *correction = g_ptr_array_index (corrections, i);
      g_autoptr(GArray) members = NULL;

      if (correction->kind != PX_CORRECTION_REJECT)
        continue;
      members = resolve_all (alignment, correction);
      if (members->len == 2)
        {
          const PxAlignmentMember *a = &g_array_index (members, PxAlignmentMember, 0);
          const PxAlignmentMember *b = &g_array_index (members, PxAlignmentMember, 1);

          g_hash_table_add (pairs, pair_key (a->article, a->sentence, b->article, b->sentence));
        }
    }
  return pairs;
}

/* The engine's candidates, less the pairs the user rejected; their ranks
 * close up so that the best remaining partner is rank 1 again.
 */
static GArray *
filter_candidates (PxAlignment *alignment,
                   GPtrArray   *corrections)
{
  g_autoptr(GHashTable) rejected = rejected_pairs (alignment, corrections);
  const PxAlignmentCandidate *all;
  GArray *kept = g_array_new (FALSE, FALSE, sizeof (PxAlignmentCandidate));
  guint n, dropped = 0;

  all = px_alignment_get_all_candidates (alignment, &n);
  for (guint i = 0; i < n; i++)
    {
      PxAlignmentCandidate c = all[i];
      g_autofree char *key = pair_key (c.article, c.sentence, c.other_article, c.other_sentence);

      if (c.rank == 1)
        dropped = 0;
      if (g_hash_table_contains (rejected, key))
        {
          dropped++;
          continue;
        }
      c.rank -= dropped;
      g_array_append_val (kept, c);
    }
  return kept;
}

static char *
label_for (PxAlignment *alignment,
           WorkGroup   *group)
{
  const PxAlignmentMember *reference = &g_array_index (group->members, PxAlignmentMember, group->reference);
  g_autofree char *text = px_article_dup_sentence_text (px_alignment_get_article (alignment, reference->article),
                                                        reference->sentence);

  if (g_utf8_strlen (text, -1) > 80)
    {
      g_autofree char *cut = g_utf8_substring (text, 0, 79);
      return g_strconcat (cut, "…", NULL);
    }
  return g_steal_pointer (&text);
}

/**
 * px_alignment_apply_corrections:
 * @alignment: the engine's alignment
 * @corrections: (element-type PxCorrection): the user's corrections, oldest
 *   first
 *
 * Replays the corrections on @alignment. Groups the user did not touch keep
 * the engine's explanation and word diff; a passage the user linked is
 * explained as such and compared word by word only where the engine had
 * done so.
 *
 * Returns: (transfer full): a new alignment (or a new reference to
 *   @alignment when there is nothing to apply)
 */
PxAlignment *
px_alignment_apply_corrections (PxAlignment *alignment,
                                GPtrArray   *corrections)
{
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func ((GDestroyNotify)work_group_free);
  PxAlignment *result;

  g_return_val_if_fail (PX_IS_ALIGNMENT (alignment), NULL);

  if (corrections == NULL || corrections->len == 0)
    return g_object_ref (alignment);

  for (guint g = 0; g < px_alignment_get_n_groups (alignment); g++)
    {
      const PxAlignmentMember *members;
      guint n;
      WorkGroup *group = g_new0 (WorkGroup, 1);

      members = px_alignment_group_get_members (alignment, g, &n);
      group->members = g_array_new (FALSE, FALSE, sizeof (PxAlignmentMember));
      g_array_append_vals (group->members, members, n);
      group->reference = px_alignment_group_get_reference (alignment, g);
      group->origin = g;
      g_ptr_array_add (groups, group);
    }

  for (guint i = 0; i < corrections->len; i++)
    apply_one (alignment, groups, g_ptr_array_index (corrections, i));

  result = _px_alignment_new (px_alignment_get_articles (alignment), px_alignment_get_threshold (alignment));

  for (guint g = 0; g < groups->len; g++)
    {
      WorkGroup *group = g_ptr_array_index (groups, g);
      GPtrArray *explanations = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
      GPtrArray *diffs = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
      g_autoptr(GHashTable) articles = g_hash_table_new (NULL, NULL);

      for (guint m = 0; m < group->members->len; m++)
        g_hash_table_add (articles, GUINT_TO_POINTER (g_array_index (group->members, PxAlignmentMember, m).article + 1));

      /* A claim needs two sources; what is left alone is a unique passage. */
      if (g_hash_table_size (articles) < 2)
        {
          g_ptr_array_unref (explanations);
          g_ptr_array_unref (diffs);
          continue;
        }

      for (guint m = 0; m < group->members->len; m++)
        {
          const PxAlignmentMember *member = &g_array_index (group->members, PxAlignmentMember, m);
          GArray *evidence = _px_alignment_evidence_array_new ();
          GArray *diff = g_array_new (FALSE, FALSE, sizeof (PxWordDiff));
          gboolean copied = FALSE;

          /* Keep what the engine knew when the member and the reference are
           * the ones it compared.
           */
          if (group->origin >= 0)
            {
              const PxAlignmentMember *old;
              guint n_old;
              guint old_reference = px_alignment_group_get_reference (alignment, group->origin);
              const PxAlignmentMember *new_reference = &g_array_index (group->members, PxAlignmentMember, group->reference);

              old = px_alignment_group_get_members (alignment, group->origin, &n_old);
              for (guint o = 0; o < n_old && !copied; o++)
                if (old[o].article == member->article && old[o].sentence == member->sentence &&
                    old[old_reference].article == new_reference->article &&
                    old[old_reference].sentence == new_reference->sentence)
                  {
                    const PxAlignmentEvidence *ev;
                    const PxWordDiff *wd;
                    guint n_ev, n_wd;

                    ev = px_alignment_group_get_explanation (alignment, group->origin, o, &n_ev);
                    for (guint e = 0; e < n_ev; e++)
                      {
                        PxAlignmentEvidence copy = ev[e];

                        copy.term_a = g_strdup (ev[e].term_a);
                        copy.term_b = g_strdup (ev[e].term_b);
                        g_array_append_val (evidence, copy);
                      }
                    wd = px_alignment_group_get_word_diff (alignment, group->origin, o, &n_wd);
                    g_array_append_vals (diff, wd, n_wd);
                    copied = TRUE;
                  }
            }

          if (!copied && m != group->reference)
            {
              PxAlignmentEvidence linked = { PX_EVIDENCE_GROUP, g_strdup (_("linked by you")), NULL, 1.0 };
              g_array_append_val (evidence, linked);
            }

          g_ptr_array_add (explanations, evidence);
          g_ptr_array_add (diffs, diff);
        }

      _px_alignment_add_group (result, label_for (alignment, group),
                               g_array_copy (group->members), group->reference,
                               explanations, diffs);
    }

  _px_alignment_set_candidates (result, filter_candidates (alignment, corrections));
  _px_alignment_finish (result);
  return result;
}
