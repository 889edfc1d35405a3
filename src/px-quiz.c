/* px-quiz.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-quiz"

#include "config.h"

#include "px-quiz.h"

/* Find the partner before it is shown: a student picks a passage, then
 * guesses the passage in another source that reports the same claim. A
 * right guess finds the claim; after the last wrong try, or on request, it
 * is shown without being found. The quiz only decides what is shown: the
 * alignment (with the teacher's corrections) is read, never changed, so a
 * quiz cannot alter the project.
 */
struct _PxQuiz
{
  GObject      parent_instance;

  PxAlignment *alignment;
  guint8      *revealed;    /* per group: 0 hidden, 1 shown, 2 found */
  guint        max_tries;
  guint        n_total;
  guint        n_found;
  guint        n_revealed;
  int          picked_article;   /* -1 when nothing is picked */
  guint        picked_sentence;
  guint        tries;
  int          last_group;
};

G_DEFINE_FINAL_TYPE (PxQuiz, px_quiz, G_TYPE_OBJECT)

static void
px_quiz_finalize (GObject *object)
{
  PxQuiz *self = (PxQuiz *)object;

  g_clear_object (&self->alignment);
  g_clear_pointer (&self->revealed, g_free);

  G_OBJECT_CLASS (px_quiz_parent_class)->finalize (object);
}

static void
px_quiz_class_init (PxQuizClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = px_quiz_finalize;
}

static void
px_quiz_init (PxQuiz *self)
{
  self->picked_article = -1;
  self->last_group = -1;
}

/* A claim is a question only when two sources report it; one with a
 * single source has no partner to find and is shown from the start.
 */
static gboolean
spans_sources (PxAlignment *alignment,
               guint        group)
{
  const PxAlignmentMember *members;
  guint n;

  members = px_alignment_group_get_members (alignment, group, &n);
  for (guint m = 1; m < n; m++)
    if (members[m].article != members[0].article)
      return TRUE;
  return FALSE;
}

/**
 * px_quiz_new:
 * @alignment: the comparison as the teacher left it
 * @max_tries: wrong guesses before a claim is shown, at least 1
 *
 * Returns: (transfer full): a quiz with every shared claim hidden
 */
PxQuiz *
px_quiz_new (PxAlignment *alignment,
             guint        max_tries)
{
  PxQuiz *self;
  guint n_groups;

  g_return_val_if_fail (PX_IS_ALIGNMENT (alignment), NULL);

  self = g_object_new (PX_TYPE_QUIZ, NULL);
  self->alignment = g_object_ref (alignment);
  self->max_tries = MAX (max_tries, 1);
  n_groups = px_alignment_get_n_groups (alignment);
  self->revealed = g_new0 (guint8, MAX (n_groups, 1));
  for (guint g = 0; g < n_groups; g++)
    {
      if (spans_sources (alignment, g))
        self->n_total++;
      else
        self->revealed[g] = 1;
    }
  return self;
}

PxAlignment *
px_quiz_get_alignment (PxQuiz *self)
{
  g_return_val_if_fail (PX_IS_QUIZ (self), NULL);
  return self->alignment;
}

/* The first hidden claim of the picked passage, or -1. */
static int
hidden_group (PxQuiz *self)
{
  const guint *groups;
  guint n = 0;

  if (self->picked_article < 0)
    return -1;
  groups = px_alignment_get_groups_for_sentence (self->alignment, self->picked_article,
                                                 self->picked_sentence, &n);
  for (guint i = 0; i < n; i++)
    if (self->revealed[groups[i]] == 0)
      return groups[i];
  return -1;
}

static gboolean
is_member (PxQuiz *self,
           guint   group,
           guint   article,
           guint   sentence)
{
  const PxAlignmentMember *members;
  guint n;

  members = px_alignment_group_get_members (self->alignment, group, &n);
  for (guint m = 0; m < n; m++)
    if (members[m].article == article && members[m].sentence == sentence)
      return TRUE;
  return FALSE;
}

static PxQuizResult
reveal (PxQuiz       *self,
        guint         group,
        PxQuizResult  result)
{
  self->revealed[group] = result == PX_QUIZ_RIGHT ? 2 : 1;
  self->n_revealed++;
  self->n_found += result == PX_QUIZ_RIGHT;
  self->last_group = group;
  self->picked_article = -1;
  return result;
}

static PxQuizResult
pick (PxQuiz *self,
      guint   article,
      guint   sentence)
{
  const guint *groups;
  guint n = 0;

  self->tries = 0;
  self->picked_article = -1;
  /* A passage whose claims are all shown is no question any more. */
  groups = px_alignment_get_groups_for_sentence (self->alignment, article, sentence, &n);
  if (n > 0)
    {
      gboolean all_shown = TRUE;

      for (guint i = 0; i < n; i++)
        all_shown &= self->revealed[groups[i]] != 0;
      if (all_shown)
        {
          self->last_group = groups[0];
          return PX_QUIZ_REVEALED;
        }
    }
  self->picked_article = article;
  self->picked_sentence = sentence;
  return PX_QUIZ_PICKED;
}

/* Of the picked passage's hidden claims, the one @article's passage
 * @sentence reports too, or -1.
 */
static int
guessed_group (PxQuiz *self,
               guint   article,
               guint   sentence)
{
  const guint *groups;
  guint n = 0;

  groups = px_alignment_get_groups_for_sentence (self->alignment, self->picked_article,
                                                 self->picked_sentence, &n);
  for (guint i = 0; i < n; i++)
    if (self->revealed[groups[i]] == 0 && is_member (self, groups[i], article, sentence))
      return groups[i];
  return -1;
}

static PxQuizResult
guess (PxQuiz *self,
       guint   article,
       guint   sentence)
{
  int hidden = hidden_group (self);
  int right;

  if (hidden < 0)
    {
      self->picked_article = -1;
      return PX_QUIZ_NO_PARTNER;
    }
  if ((right = guessed_group (self, article, sentence)) >= 0)
    return reveal (self, right, PX_QUIZ_RIGHT);
  if (++self->tries >= self->max_tries)
    return reveal (self, hidden, PX_QUIZ_GIVEN_UP);
  return PX_QUIZ_WRONG;
}

/**
 * px_quiz_click:
 * @self: a #PxQuiz
 * @article: the passage's article, as the alignment orders them
 * @sentence: the passage
 *
 * What a click on a passage means: with nothing picked, or in the picked
 * passage's own source, it picks the passage; elsewhere it is a guess.
 *
 * Returns: what happened
 */
PxQuizResult
px_quiz_click (PxQuiz *self,
               guint   article,
               guint   sentence)
{
  guint n_sentences = 0;

  g_return_val_if_fail (PX_IS_QUIZ (self), PX_QUIZ_NONE);

  if (article >= px_alignment_get_n_articles (self->alignment))
    return PX_QUIZ_NONE;
  px_article_get_sentences (px_alignment_get_article (self->alignment, article), &n_sentences);
  if (sentence >= n_sentences)
    return PX_QUIZ_NONE;

  if (self->picked_article < 0 || (guint)self->picked_article == article)
    return pick (self, article, sentence);
  return guess (self, article, sentence);
}

/**
 * px_quiz_show:
 * @self: a #PxQuiz
 *
 * Shows the picked passage's claim without counting it as found.
 *
 * Returns: %PX_QUIZ_SHOWN, or why nothing was shown
 */
PxQuizResult
px_quiz_show (PxQuiz *self)
{
  int hidden;

  g_return_val_if_fail (PX_IS_QUIZ (self), PX_QUIZ_NONE);

  if (self->picked_article < 0)
    return PX_QUIZ_NONE;
  if ((hidden = hidden_group (self)) < 0)
    {
      self->picked_article = -1;
      return PX_QUIZ_NO_PARTNER;
    }
  return reveal (self, hidden, PX_QUIZ_SHOWN);
}

/**
 * px_quiz_get_picked:
 * @self: a #PxQuiz
 * @article: (out) (optional): the picked passage's article
 * @sentence: (out) (optional): the picked passage
 *
 * Returns: whether a passage is picked
 */
gboolean
px_quiz_get_picked (PxQuiz *self,
                    guint  *article,
                    guint  *sentence)
{
  g_return_val_if_fail (PX_IS_QUIZ (self), FALSE);

  if (self->picked_article < 0)
    return FALSE;
  if (article != NULL)
    *article = self->picked_article;
  if (sentence != NULL)
    *sentence = self->picked_sentence;
  return TRUE;
}

/**
 * px_quiz_get_last_group:
 * @self: a #PxQuiz
 *
 * Returns: the claim the last click or show revealed (or found shown
 *   already), or -1
 */
int
px_quiz_get_last_group (PxQuiz *self)
{
  g_return_val_if_fail (PX_IS_QUIZ (self), -1);
  return self->last_group;
}

gboolean
px_quiz_is_revealed (PxQuiz *self,
                     guint   group)
{
  g_return_val_if_fail (PX_IS_QUIZ (self), TRUE);

  if (group >= px_alignment_get_n_groups (self->alignment))
    return TRUE;
  return self->revealed[group] != 0;
}

guint
px_quiz_get_tries (PxQuiz *self)
{
  g_return_val_if_fail (PX_IS_QUIZ (self), 0);
  return self->tries;
}

guint
px_quiz_get_tries_left (PxQuiz *self)
{
  g_return_val_if_fail (PX_IS_QUIZ (self), 0);
  return self->max_tries - MIN (self->tries, self->max_tries);
}

guint
px_quiz_get_n_found (PxQuiz *self)
{
  g_return_val_if_fail (PX_IS_QUIZ (self), 0);
  return self->n_found;
}

guint
px_quiz_get_n_revealed (PxQuiz *self)
{
  g_return_val_if_fail (PX_IS_QUIZ (self), 0);
  return self->n_revealed;
}

/**
 * px_quiz_get_n_total:
 * @self: a #PxQuiz
 *
 * Returns: the number of claims to find: those two or more sources report
 */
guint
px_quiz_get_n_total (PxQuiz *self)
{
  g_return_val_if_fail (PX_IS_QUIZ (self), 0);
  return self->n_total;
}
