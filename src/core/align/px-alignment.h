/* px-alignment.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "px-core-types.h"

G_BEGIN_DECLS

/**
 * PxEvidenceKind:
 * @PX_EVIDENCE_TERM: the same word stem in both passages
 * @PX_EVIDENCE_INFLECTION: forms of one word that the stemmer keeps apart
 *   ("genehmigt" / "genehmigen")
 * @PX_EVIDENCE_COMPOUND: a compound and one of its parts ("Raketen" /
 *   "Langstreckenraketen", "US-Präsident" / "Präsident")
 * @PX_EVIDENCE_SYNONYM: words of one synonym set ("erlauben" / "genehmigen")
 * @PX_EVIDENCE_ALIAS: names of one entity ("Pjöngjang" / "Nordkorea")
 * @PX_EVIDENCE_ENTITY: the same name in both passages
 * @PX_EVIDENCE_FIGURE: the same number
 * @PX_EVIDENCE_QUOTE: the same quoted word
 * @PX_EVIDENCE_ORDER: both passages open their articles, or their neighbours
 *   match too
 * @PX_EVIDENCE_GROUP: other members of the group link both passages strongly
 * @PX_EVIDENCE_MEANING: words near in meaning by their word vectors
 *   ("troops" / "soldiers"; across languages "genehmigt" / "approved")
 * @PX_EVIDENCE_CONTEXT: the two articles report the same event as a whole
 * @PX_EVIDENCE_TRANSLATION: a German word and the English word its
 *   dictionary translation gives ("genehmigt" / "authorized"); the weight
 *   is that translation's share of the German word's meaning
 */
typedef enum
{
  PX_EVIDENCE_TERM,
  PX_EVIDENCE_INFLECTION,
  PX_EVIDENCE_COMPOUND,
  PX_EVIDENCE_SYNONYM,
  PX_EVIDENCE_ALIAS,
  PX_EVIDENCE_ENTITY,
  PX_EVIDENCE_FIGURE,
  PX_EVIDENCE_QUOTE,
  PX_EVIDENCE_ORDER,
  PX_EVIDENCE_GROUP,
  PX_EVIDENCE_MEANING,
  PX_EVIDENCE_CONTEXT,
  PX_EVIDENCE_TRANSLATION,
} PxEvidenceKind;

/**
 * PxAlignmentEvidence:
 * @kind: what matched
 * @term_a: (nullable): the word as written in the group's reference member
 * @term_b: (nullable): the word as written in this member
 * @weight: what this match contributed to the score (the parts sum to the
 *   link's score, before capping)
 */
typedef struct
{
  PxEvidenceKind  kind;
  char           *term_a;
  char           *term_b;
  double          weight;
} PxAlignmentEvidence;

/**
 * PxAlignmentMember:
 * @article: index into px_alignment_get_articles()
 * @sentence: index into the article's sentences
 * @score: how well the member fits its group (0..1)
 */
typedef struct
{
  guint  article;
  guint  sentence;
  double score;
} PxAlignmentMember;

/**
 * PxWordDiffKind:
 * @PX_WORD_DIFF_SAME: the same word
 * @PX_WORD_DIFF_INFLECTION: the same stem in another form
 * @PX_WORD_DIFF_SYNONYM: a synonym or an alias
 * @PX_WORD_DIFF_CHANGED: different words in the same place
 * @PX_WORD_DIFF_ADDED: only this member has the words
 * @PX_WORD_DIFF_REMOVED: only the reference has the words
 */
typedef enum
{
  PX_WORD_DIFF_SAME,
  PX_WORD_DIFF_INFLECTION,
  PX_WORD_DIFF_SYNONYM,
  PX_WORD_DIFF_CHANGED,
  PX_WORD_DIFF_ADDED,
  PX_WORD_DIFF_REMOVED,
} PxWordDiffKind;

/**
 * PxWordDiff:
 * @kind: how the member's words relate to the reference's
 * @reference: byte span in the reference member's article (empty for added)
 * @member: byte span in this member's article (empty for removed)
 */
typedef struct
{
  PxWordDiffKind kind;
  PxSpan         reference;
  PxSpan         member;
} PxWordDiff;

/**
 * PxAlignmentCandidate:
 * @article: the article, as the caller ordered them
 * @sentence: its sentence
 * @other_article: an article it may have a partner in
 * @other_sentence: the candidate partner
 * @rank: 1 for the best candidate in @other_article
 * @score: the link probability
 * @linked: whether the two are in one group
 */
typedef struct
{
  guint    article;
  guint    sentence;
  guint    other_article;
  guint    other_sentence;
  guint    rank;
  double   score;
  gboolean linked;
} PxAlignmentCandidate;

/* Candidates kept per sentence and other article. */
#define PX_ALIGNMENT_CANDIDATES 3

#define PX_TYPE_ALIGNMENT (px_alignment_get_type ())

G_DECLARE_FINAL_TYPE (PxAlignment, px_alignment, PX, ALIGNMENT, GObject)

GPtrArray                 *px_alignment_get_articles             (PxAlignment *self);
guint                      px_alignment_get_n_articles           (PxAlignment *self);
PxArticle                 *px_alignment_get_article              (PxAlignment *self,
                                                                  guint        article);
double                     px_alignment_get_threshold            (PxAlignment *self);
guint                      px_alignment_get_n_groups             (PxAlignment *self);
guint                      px_alignment_group_get_id             (PxAlignment *self,
                                                                  guint        group);
const char                *px_alignment_group_get_label          (PxAlignment *self,
                                                                  guint        group);
const PxAlignmentMember   *px_alignment_group_get_members        (PxAlignment *self,
                                                                  guint        group,
                                                                  guint       *n_members);
guint                      px_alignment_group_get_reference      (PxAlignment *self,
                                                                  guint        group);
const PxAlignmentEvidence *px_alignment_group_get_explanation    (PxAlignment *self,
                                                                  guint        group,
                                                                  guint        member,
                                                                  guint       *n_evidence);
const PxWordDiff          *px_alignment_group_get_word_diff      (PxAlignment *self,
                                                                  guint        group,
                                                                  guint        member,
                                                                  guint       *n_diffs);
const guint               *px_alignment_get_groups_for_sentence  (PxAlignment *self,
                                                                  guint        article,
                                                                  guint        sentence,
                                                                  guint       *n_groups);
const guint               *px_alignment_get_unique_sentences     (PxAlignment *self,
                                                                  guint        article,
                                                                  guint       *n_sentences);

gboolean                   px_alignment_shares_group             (PxAlignment *self,
                                                                  guint        article,
                                                                  guint        sentence,
                                                                  guint        other_article,
                                                                  guint        other_sentence);
const PxAlignmentCandidate *px_alignment_get_candidates          (PxAlignment *self,
                                                                  guint        article,
                                                                  guint        sentence,
                                                                  guint       *n_candidates);
const PxAlignmentCandidate *px_alignment_get_all_candidates      (PxAlignment *self,
                                                                  guint       *n_candidates);

const char *px_evidence_kind_to_string  (PxEvidenceKind kind);
const char *px_word_diff_kind_to_string (PxWordDiffKind kind);

G_END_DECLS
