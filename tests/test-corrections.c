/* test-corrections.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "px-test-utils.h"

static PxAlignment *
align (GPtrArray *articles,
       double     threshold)
{
  g_autoptr(PxAligner) aligner = px_aligner_new ();
  g_autoptr(GError) error = NULL;
  PxAlignment *alignment;

  px_aligner_set_threshold (aligner, threshold);
  alignment = px_aligner_run (aligner, articles, NULL, &error);
  g_assert_no_error (error);
  return alignment;
}

static int
group_of (PxAlignment *alignment,
          const char  *document,
          guint        sentence)
{
  for (guint a = 0; a < px_alignment_get_n_articles (alignment); a++)
    if (g_str_equal (px_article_get_id (px_alignment_get_article (alignment, a)), document))
      {
        const guint *groups;
        guint n;

        groups = px_alignment_get_groups_for_sentence (alignment, a, sentence, &n);
        return n > 0 ? (int)groups[0] : -1;
      }
  g_assert_not_reached ();
}

/* Two passages from different sources that the engine left apart. */
static void
find_unique_pair (PxAlignment  *alignment,
                  PxPassageRef *refs)
{
  guint found = 0;

  for (guint a = 0; a < px_alignment_get_n_articles (alignment) && found < 2; a++)
    {
      const guint *unique;
      guint n;

      unique = px_alignment_get_unique_sentences (alignment, a, &n);
      if (n == 0)
        continue;
      refs[found].document = (char *)px_article_get_id (px_alignment_get_article (alignment, a));
      refs[found].sentence = unique[0];
      found++;
    }
  g_assert_cmpuint (found, ==, 2);
}

/* A link made by the user survives re-alignment with another threshold,
 * because corrections are replayed on every alignment.
 */
static void
test_corrections_link_survives_threshold (void)
{
  g_autoptr(GPtrArray) articles = px_test_load_sample ("de");
  g_autoptr(PxAlignment) first = align (articles, 0.30);
  g_autoptr(PxAlignment) strict = align (articles, 0.80);
  g_autoptr(PxProject) project = px_project_new (articles);
  g_autoptr(PxAlignment) corrected = NULL;
  g_autoptr(PxAlignment) corrected_strict = NULL;
  PxPassageRef refs[2];

  find_unique_pair (first, refs);
  g_assert_cmpint (group_of (first, refs[0].document, refs[0].sentence), ==, -1);

  px_project_add_correction (project, PX_CORRECTION_LINK, refs, 2);
  corrected = px_alignment_apply_corrections (first, px_project_get_corrections (project));
  corrected_strict = px_alignment_apply_corrections (strict, px_project_get_corrections (project));

  for (guint i = 0; i < 2; i++)
    {
      PxAlignment *alignment = i == 0 ? corrected : corrected_strict;
      int g0 = group_of (alignment, refs[0].document, refs[0].sentence);
      int g1 = group_of (alignment, refs[1].document, refs[1].sentence);

      g_assert_cmpint (g0, >=, 0);
      g_assert_cmpint (g0, ==, g1);
    }
  g_assert_cmpuint (px_alignment_get_n_groups (corrected), ==, px_alignment_get_n_groups (first) + 1);
}

static void
test_corrections_unlink_split_merge (void)
{
  g_autoptr(GPtrArray) articles = px_test_load_sample ("de");
  g_autoptr(PxAlignment) alignment = align (articles, 0.30);
  g_autoptr(PxProject) project = px_project_new (articles);
  g_autoptr(PxAlignment) unlinked = NULL;
  g_autoptr(PxAlignment) split = NULL;
  g_autoptr(PxAlignment) merged = NULL;
  const PxAlignmentMember *members;
  guint n_members, big = G_MAXUINT;
  PxPassageRef refs[3];

  /* A group with at least three members shows all three operations. */
  for (guint g = 0; g < px_alignment_get_n_groups (alignment) && big == G_MAXUINT; g++)
    {
      px_alignment_group_get_members (alignment, g, &n_members);
      if (n_members >= 3)
        big = g;
    }
  g_assert_cmpuint (big, !=, G_MAXUINT);
  members = px_alignment_group_get_members (alignment, big, &n_members);
  for (guint i = 0; i < 3; i++)
    {
      refs[i].document = (char *)px_article_get_id (px_alignment_get_article (alignment, members[i].article));
      refs[i].sentence = members[i].sentence;
    }

  /* Unlink: the passage leaves every group. */
  px_project_add_correction (project, PX_CORRECTION_UNLINK, &refs[0], 1);
  unlinked = px_alignment_apply_corrections (alignment, px_project_get_corrections (project));
  g_assert_cmpint (group_of (unlinked, refs[0].document, refs[0].sentence), ==, -1);
  g_assert_cmpint (group_of (unlinked, refs[1].document, refs[1].sentence), >=, 0);

  /* Link it back, then split two members off into a group of their own. */
  px_project_add_correction (project, PX_CORRECTION_LINK, refs, 2);
  px_project_add_correction (project, PX_CORRECTION_SPLIT, &refs[1], 2);
  split = px_alignment_apply_corrections (alignment, px_project_get_corrections (project));
  g_assert_cmpint (group_of (split, refs[1].document, refs[1].sentence), ==,
                   group_of (split, refs[2].document, refs[2].sentence));
  g_assert_cmpint (group_of (split, refs[0].document, refs[0].sentence), !=,
                   group_of (split, refs[1].document, refs[1].sentence));

  /* Merge: one group again. */
  px_project_add_correction (project, PX_CORRECTION_MERGE, refs, 2);
  merged = px_alignment_apply_corrections (alignment, px_project_get_corrections (project));
  g_assert_cmpint (group_of (merged, refs[0].document, refs[0].sentence), ==,
                   group_of (merged, refs[2].document, refs[2].sentence));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/corrections/link-survives-threshold", test_corrections_link_survives_threshold);
  g_test_add_func ("/corrections/unlink-split-merge", test_corrections_unlink_split_merge);

  return g_test_run ();
}
