/* px-figure-hedge.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-figure-hedge"

#include "config.h"

#include <string.h>

#include "px-figure-hedge-private.h"
#include "px-figure-non-quantity-private.h"

typedef struct
{
  const char        *phrase;
  PxFigureQualifier  qualifier;
} QualifierDef;

static const QualifierDef qualifiers[] = {
  { "nicht mehr als", PX_FIGURE_AT_MOST }, { "no more than", PX_FIGURE_AT_MOST },
  { "not more than", PX_FIGURE_AT_MOST }, { "nicht weniger als", PX_FIGURE_AT_LEAST },
  { "no fewer than", PX_FIGURE_AT_LEAST }, { "no less than", PX_FIGURE_AT_LEAST },
  { "not less than", PX_FIGURE_AT_LEAST },
  { "mehr als", PX_FIGURE_MORE_THAN }, { "more than", PX_FIGURE_MORE_THAN },
  { "weit über", PX_FIGURE_MORE_THAN }, { "über", PX_FIGURE_MORE_THAN },
  { "well over", PX_FIGURE_MORE_THAN }, { "over", PX_FIGURE_MORE_THAN },
  { "in excess of", PX_FIGURE_MORE_THAN }, { "upwards of", PX_FIGURE_MORE_THAN },
  { "bis zu", PX_FIGURE_UP_TO }, { "up to", PX_FIGURE_UP_TO },
  { "as many as", PX_FIGURE_UP_TO }, { "as much as", PX_FIGURE_UP_TO },
  { "mindestens", PX_FIGURE_AT_LEAST }, { "wenigstens", PX_FIGURE_AT_LEAST },
  { "at least", PX_FIGURE_AT_LEAST },
  { "höchstens", PX_FIGURE_AT_MOST }, { "maximal", PX_FIGURE_AT_MOST },
  { "at most", PX_FIGURE_AT_MOST }, { "a maximum of", PX_FIGURE_AT_MOST },
  { "weniger als", PX_FIGURE_LESS_THAN }, { "knapp unter", PX_FIGURE_LESS_THAN },
  { "unter", PX_FIGURE_LESS_THAN }, { "less than", PX_FIGURE_LESS_THAN },
  { "fewer than", PX_FIGURE_LESS_THAN }, { "under", PX_FIGURE_LESS_THAN },
  { "below", PX_FIGURE_LESS_THAN },
  { "rund", PX_FIGURE_APPROX }, { "etwa", PX_FIGURE_APPROX },
  { "ungefähr", PX_FIGURE_APPROX }, { "circa", PX_FIGURE_APPROX },
  { "ca .", PX_FIGURE_APPROX }, { "zirka", PX_FIGURE_APPROX }, { "gut", PX_FIGURE_APPROX },
  { "knapp", PX_FIGURE_APPROX }, { "fast", PX_FIGURE_APPROX },
  { "nahezu", PX_FIGURE_APPROX }, { "beinahe", PX_FIGURE_APPROX },
  { "annähernd", PX_FIGURE_APPROX }, { "schätzungsweise", PX_FIGURE_APPROX },
  { "geschätzte", PX_FIGURE_APPROX }, { "geschätzt", PX_FIGURE_APPROX },
  { "an die", PX_FIGURE_APPROX }, { "um die", PX_FIGURE_APPROX },
  { "about", PX_FIGURE_APPROX }, { "around", PX_FIGURE_APPROX },
  { "roughly", PX_FIGURE_APPROX }, { "approximately", PX_FIGURE_APPROX },
  { "approx .", PX_FIGURE_APPROX }, { "some", PX_FIGURE_APPROX },
  { "nearly", PX_FIGURE_APPROX }, { "almost", PX_FIGURE_APPROX },
  { "close to", PX_FIGURE_APPROX }, { "an estimated", PX_FIGURE_APPROX },
  { "estimated", PX_FIGURE_APPROX }, { "bis", PX_FIGURE_UP_TO },
};

/* Phrases before a figure that make it a share of a total just named. */
static const char * const part_cues[] = {
  "davon", "darunter", "von ihnen", "unter ihnen", "von denen", "unter denen",
  "einschließlich", "inklusive", "of whom", "of which", "including", "among them",
  "among whom", "davon allein", "darunter allein",
  NULL
};

/* Matches a space-separated phrase of tokens ending just before @end.
 * Returns the number of tokens matched, 0 if none.
 */
static guint
match_phrase_before (Ctx        *c,
                     guint       end,
                     const char *phrase)
{
  guint n = 1;

  for (const char *p = phrase; *p != '\0'; p++)
    n += *p == ' ';
  if (n > end)
    return 0;

  for (guint k = 0; k < n; k++)
    {
      Token *tok = TOK (c, end - n + k);
      const char *sp = strchr (phrase, ' ');
      gsize len = sp != NULL ? (gsize)(sp - phrase) : strlen (phrase);

      if (strlen (tok->lower) != len || strncmp (tok->lower, phrase, len) != 0)
        return 0;
      /* "ca." is one abbreviation, not a word and a full stop. */
      if (k > 0 && tok->type == TOK_PUNCT && !adjacent (c, end - n + k - 1, end - n + k))
        return 0;
      phrase += len + (sp != NULL);
    }
  return n;
}

/* The hedges right before a figure, outermost last: "bis zu rund". */
guint
_px_figure_qualifiers_before (Ctx               *c,
                              guint              i,
                              gboolean          *found,
                              PxFigureQualifier *qualifier,
                              gboolean          *approximate)
{
  *found = FALSE;
  *approximate = FALSE;
  *qualifier = PX_FIGURE_EXACT;

  for (guint round = 0; round < 2; round++)
    {
      guint best = 0;
      const QualifierDef *best_def = NULL;

      for (guint q = 0; q < G_N_ELEMENTS (qualifiers); q++)
        {
          guint n = match_phrase_before (c, i, qualifiers[q].phrase);

          if (n > best)
            {
              best = n;
              best_def = &qualifiers[q];
            }
        }
      if (best_def == NULL)
        break;

      if (best_def->qualifier == PX_FIGURE_APPROX)
        {
          if (*found && *qualifier != PX_FIGURE_APPROX)
            break;
          *approximate = TRUE;
          if (!*found)
            *qualifier = PX_FIGURE_APPROX;
        }
      else
        {
          if (*found && *qualifier != PX_FIGURE_APPROX)
            break;
          *qualifier = best_def->qualifier;
        }
      *found = TRUE;
      i -= best;
    }

  if (*qualifier == PX_FIGURE_APPROX)
    *approximate = FALSE;
  return i;
}

/* "about 1,000 of them", "1.000 davon" */
gboolean
_px_figure_part_cue_after (Ctx   *c,
                           guint  j)
{
  return tok_word (c, j, "davon") ||
         (tok_word (c, j, "of") && (tok_word (c, j + 1, "them") || tok_word (c, j + 1, "those") ||
                                    tok_word (c, j + 1, "whom")));
}

gboolean
_px_figure_part_cue_before (Ctx   *c,
                            guint  i)
{
  if (i > 0 && tok_punct (c, i - 1, ','))
    i--;
  for (guint p = 0; part_cues[p] != NULL; p++)
    if (match_phrase_before (c, i, part_cues[p]) > 0)
      return TRUE;
  return FALSE;
}

/* Ranges ------------------------------------------------------------------ */

/* After the number in @left, a connector and a second number make a range:
 * "10.000 bis 12.000", "10,000-12,000", "zwischen 10 und 12", "from 10 to
 * 12". Returns TRUE and fills @right.
 */
gboolean
_px_figure_read_range (Ctx    *c,
                       Number *left,
                       guint   opener,
                       Number *right)
{
  guint j = left->next;
  guint skip;

  if (j >= N_TOK (c) || left->vague)
    return FALSE;

  if (tok_dash (c, j))
    {
      if (left->digits != TRUE)
        return FALSE;
    }
  else if (tok_word (c, j, "bis") || tok_word (c, j, "to"))
    ;
  else if ((tok_word (c, j, "und") || tok_word (c, j, "and")) && opener != G_MAXUINT &&
           (tok_word (c, opener, "zwischen") || tok_word (c, opener, "between")))
    ;
  else
    return FALSE;

  if (j + 1 >= N_TOK (c) || !_px_figure_read_number (c, j + 1, right) || right->vague)
    return FALSE;
  if (_px_figure_is_not_quantity (c, j + 1, right, &skip))
    return FALSE;

  /* "zwei bis drei Millionen": the scale is shared. */
  if (right->scaled && !left->scaled && left->value < right->value)
    {
      double factor = 1;

      for (guint k = j + 2; k < right->next; k++)
        {
          double s = _px_figure_lookup_scale (c, TOK (c, k)->lower);

          if (s != 0)
            factor *= s;
        }
      left->value *= factor;
      left->ambiguous = FALSE;
      left->scaled = TRUE;
    }

  return TRUE;
}

gboolean
_px_figure_hedged_as_amount (Ctx   *c,
                             guint  first)
{
  gboolean found, approximate;
  PxFigureQualifier qualifier;
  guint q = _px_figure_qualifiers_before (c, first, &found, &qualifier, &approximate);

  if (_px_figure_part_cue_before (c, first))
    return TRUE;
  if (!found)
    return FALSE;
  return !(q + 1 == first && (tok_word (c, q, "bis") || tok_word (c, q, "über") ||
                              tok_word (c, q, "unter") || tok_word (c, q, "over") ||
                              tok_word (c, q, "under") || tok_word (c, q, "around") ||
                              tok_word (c, q, "some")));
}
