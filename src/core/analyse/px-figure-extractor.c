/* px-figure-extractor.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-figure-extractor"

#include "config.h"

#include <math.h>
#include <string.h>

#include <libstemmer.h>

#include "px-article.h"
#include "px-attribution-cues-private.h"
#include "px-attribution-finder-private.h"
#include "px-figure-extractor.h"
#include "px-figure-extractor-private.h"
#include "px-figure-hedge-private.h"
#include "px-figure-non-quantity-private.h"
#include "px-figure-noun-private.h"
#include "px-figure-number-private.h"
#include "px-figure-tokens-private.h"
#include "px-figure-units-private.h"

/* Figures are found in four passes over one sentence, the way a reader does
 * it: cut the text into words, numbers and marks; read a number (digits in
 * either convention, number words, scale words, vague plurals); throw out
 * what only looks like a quantity (times, dates, ordinals, years,
 * designators such as "F-16" or "Artikel 5"); then read what surrounds it:
 * the hedge before ("bis zu rund"), a second number for a range, and the
 * unit or counted noun after.
 *
 * Each pass has its file: tokens (px-figure-tokens.c), number reading
 * (px-figure-number.c), what is no quantity (px-figure-non-quantity.c),
 * units and counted nouns (px-figure-units.c, px-figure-noun.c), hedges and
 * ranges (px-figure-hedge.c). This file puts a figure together from them,
 * and groups and compares the figures of an article set.
 */

/**
 * _px_figure_read_number_word:
 * @fold: one lower-case word
 * @german: whether to read it as German
 * @value: (out): the number, or the order of magnitude of a vague plural
 * @vague: (out): whether @fold is a vague plural ("Tausende", "dozens")
 *
 * Reads a number written as one word ("elftausend", "zweieinhalb",
 * "eleven"), for the aligner, which compares such numbers with digits.
 *
 * Returns: whether @fold is a number word
 */
gboolean
_px_figure_read_number_word (const char *fold,
                             gboolean    german,
                             double     *value,
                             gboolean   *vague)
{
  double v;

  *vague = FALSE;
  if (!_px_figure_may_be_number_word (fold))
    return FALSE;
  if ((v = _px_figure_lookup_vague (fold)) > 0)
    {
      *value = v;
      *vague = TRUE;
      return TRUE;
    }
  if (german)
    return _px_figure_parse_de_number (fold, value);
  if ((v = _px_figure_en_small_number (fold)) > 1)
    {
      *value = v;
      return TRUE;
    }
  return FALSE;
}

/**
 * _px_figure_read_scale_word:
 * @fold: one lower-case word
 * @german: whether to read it as German
 *
 * Returns: the factor of a scale word after a number ("50 Millionen",
 *   "2 bn"), or 0
 */
double
_px_figure_read_scale_word (const char *fold,
                            gboolean    german)
{
  Ctx c = { 0, };

  c.german = german;
  c.english = !german;
  if (g_str_equal (fold, "dutzend") || g_str_equal (fold, "dozen"))
    return 0;
  return _px_figure_lookup_scale (&c, fold);
}

/* One figure while it is read: its numbers, where it starts and ends, its
 * hedge, unit and counted noun.
 */
typedef struct
{
  Number             num;
  Number             right;       /* the second number of a range */
  gboolean           has_range;
  guint              i;           /* the number's first token */
  guint              first;       /* the figure's first token: hedge, currency */
  guint              opener;      /* "zwischen", "between", "von", "from", or G_MAXUINT */
  guint              last;        /* the token after the numbers */
  const char        *currency;
  UnitMatch          um;
  PxFigureQualifier  qualifier;
  gboolean           approximate;
  gboolean           is_part;
  PxFigureKind       kind;
  const char        *unit;
  char              *stem;
  char              *noun;
  double             low;
  double             high;
} Candidate;

static void
candidate_clear (Candidate *f)
{
  g_clear_pointer (&f->stem, g_free);
  g_clear_pointer (&f->noun, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Candidate, candidate_clear)

/* "zwischen 10 und 12", also "zwischen rund 10 und 12": the word that
 * opens a range, or G_MAXUINT.
 */
static guint
range_opener (Ctx   *c,
              guint  first)
{
  gboolean found, approximate;
  PxFigureQualifier inner;
  guint o = _px_figure_qualifiers_before (c, first, &found, &inner, &approximate);

  if (!found || inner != PX_FIGURE_APPROX)
    o = first;
  if (o > 0 && (tok_word (c, o - 1, "zwischen") || tok_word (c, o - 1, "between") ||
                tok_word (c, o - 1, "von") || tok_word (c, o - 1, "from")))
    return o - 1;
  return G_MAXUINT;
}

/* The unit after the numbers, or glued to them ("300km"), or the currency
 * before them, or a percent sign.
 */
static void
read_unit (Ctx       *c,
           Candidate *f)
{
  UnitMatch *um = &f->um;

  _px_figure_find_unit (c, f->last, um);
  if (um->unit == NULL && um->noun == G_MAXUINT && f->num.glued_unit != NULL)
    {
      const UnitDef *def = _px_figure_lookup_unit (f->num.glued_unit);

      um->unit = f->num.glued_unit;
      um->kind = def ? def->kind : PX_FIGURE_KIND_OTHER;
      um->noun = f->num.next - 1;
    }
  if (f->currency != NULL && um->unit == NULL)
    {
      um->unit = f->currency;
      um->kind = PX_FIGURE_KIND_MONEY;
    }
  if (tok_punct (c, f->last, '%'))
    {
      um->unit = "%";
      um->kind = PX_FIGURE_KIND_PERCENT;
      um->noun = f->last;
    }
}

/* Years: "2002", "im Jahr 1958", "in 2023" — unless something is counted
 * ("2000 Soldaten") and no year is named before.
 */
static gboolean
is_year (Ctx       *c,
         Candidate *f)
{
  return !f->has_range && _px_figure_is_year_shaped (&f->num) && f->currency == NULL &&
         (f->um.noun == G_MAXUINT || _px_figure_year_cue_before (c, f->first)) &&
         !_px_figure_hedged_as_amount (c, f->first);
}

/* Ages are descriptions, not counts: "der 58-Jährige", "58-year-old". */
static gboolean
is_age (Ctx       *c,
        Candidate *f)
{
  guint noun = f->um.noun;

  return noun != G_MAXUINT &&
         (g_str_has_prefix (TOK (c, noun)->lower, "jährig") ||
          (tok_word (c, noun, "year") && tok_dash (c, noun + 1) && tok_word (c, noun + 2, "old")) ||
          (tok_word (c, noun, "years") && tok_word (c, noun + 1, "old")) ||
          (f->um.unit != NULL && g_str_equal (f->um.unit, "year") &&
           tok_word (c, f->um.end, "alt")));
}

/* A designator is a name with a number and nothing counted after it:
 * "Windows 11", "Apollo 13", "ICE 507". German capitalises every noun, so
 * there only an acronym-like word before the number says so.
 */
static gboolean
is_designator (Ctx       *c,
               Candidate *f)
{
  Token *prev;
  gboolean found, approximate, acronym;
  PxFigureQualifier q;

  if (!(f->num.digits && !f->has_range && f->um.noun == G_MAXUINT && f->um.unit == NULL &&
        f->currency == NULL && f->first > 1 && TOK (c, f->first - 1)->type == TOK_WORD &&
        TOK (c, f->first - 1)->has_upper && !_px_figure_part_cue_before (c, f->first)))
    return FALSE;
  prev = TOK (c, f->first - 1);
  acronym = !prev->cap || strlen (prev->lower) <= 2 ||
            g_unichar_isupper (g_utf8_get_char (g_utf8_next_char (c->text + prev->start)));
  return _px_figure_qualifiers_before (c, f->first, &found, &q, &approximate) == f->first &&
         (acronym || !c->german);
}

/* The hedge before a range ("rund 10 bis 12", "zwischen rund 10 und 12")
 * only says the bounds are approximate.
 */
static void
read_range_hedge (Ctx       *c,
                  Candidate *f)
{
  PxFigureQualifier inner;
  gboolean found;

  f->qualifier = PX_FIGURE_RANGE;
  _px_figure_qualifiers_before (c, f->first, &found, &inner, &f->approximate);
  f->approximate = found && (inner == PX_FIGURE_APPROX || f->approximate);
  if (f->opener != G_MAXUINT)
    {
      gboolean approx_outer;

      f->first = _px_figure_qualifiers_before (c, f->opener, &found, &inner, &approx_outer);
      f->approximate |= found && (inner == PX_FIGURE_APPROX || approx_outer);
    }
  else if (found)
    f->first = _px_figure_qualifiers_before (c, f->first, &found, &inner, &f->approximate);
}

static void
read_hedge (Ctx       *c,
            Candidate *f)
{
  gboolean found;
  guint qstart;

  if (f->has_range)
    {
      read_range_hedge (c, f);
      return;
    }
  qstart = _px_figure_qualifiers_before (c, f->first, &found, &f->qualifier, &f->approximate);
  /* "bis" alone after "von" is no hedge: it was a range or a date. */
  if (!(found && f->qualifier == PX_FIGURE_UP_TO && tok_word (c, qstart, "bis") &&
        !tok_word (c, qstart + 1, "zu") && qstart > 0 && tok_word (c, qstart - 1, "von")))
    f->first = qstart;
  else
    f->qualifier = PX_FIGURE_EXACT, f->approximate = FALSE;
  if (f->num.vague)
    {
      f->qualifier = PX_FIGURE_VAGUE;
      f->approximate = FALSE;
      /* The hedge does not change a vague figure's reading. */
      f->first = _px_figure_currency_before (c, f->i, &f->currency);
    }
}

/* What the figure measures: its unit, or the stem of its counted noun; a
 * fraction ("zwei Drittel", "two-thirds") is a share, read as a percentage.
 */
static void
read_kind (Ctx       *c,
           Candidate *f)
{
  UnitMatch *um = &f->um;
  double denominator;

  f->kind = um->unit != NULL ? um->kind
          : um->noun != G_MAXUINT ? PX_FIGURE_KIND_COUNT : PX_FIGURE_KIND_OTHER;
  f->unit = um->unit;
  if (um->noun == G_MAXUINT)
    return;
  f->noun = g_strndup (c->text + TOK (c, um->noun)->start,
                       TOK (c, um->noun)->end - TOK (c, um->noun)->start);
  if (um->unit != NULL)
    return;
  f->stem = _px_figure_stem_noun (c, TOK (c, um->noun)->lower);
  f->unit = f->stem;

  denominator = _px_figure_fraction_denominator (TOK (c, um->noun)->lower);
  if (denominator > 0)
    {
      f->num.value *= 100.0 / denominator;
      f->num.ambiguous = FALSE;
      if (f->has_range)
        f->right.value *= 100.0 / denominator, f->right.ambiguous = FALSE;
      f->kind = PX_FIGURE_KIND_PERCENT;
      f->unit = "%";
    }
}

/* "sagte er drei Mal", "said it three times": how often something was
 * said tells how a claim is sourced, not what it states.
 */
static gboolean
counts_mentions (Ctx       *c,
                 Candidate *f)
{
  guint noun = f->um.noun;
  guint from = f->first > 3 ? f->first - 3 : 0;

  if (f->kind != PX_FIGURE_KIND_COUNT || noun == G_MAXUINT ||
      !(tok_word (c, noun, "mal") || tok_word (c, noun, "times")))
    return FALSE;
  for (guint k = from; k < N_TOK (c) && k <= noun + 3; k++)
    if ((k < f->first || k > noun) && TOK (c, k)->type == TOK_WORD &&
        _px_cue_is_speech (TOK (c, k)->lower))
      return TRUE;
  return FALSE;
}

/* The bounds the figure states. Returns FALSE for a range that reads
 * backwards: "3-1" is a score, "10 bis 5" nothing we can read.
 */
static gboolean
read_bounds (Candidate *f)
{
  /* Counts are never written with three decimals: "10,000 Soldaten" in a
   * German text is ten thousand.
   */
  if (f->kind == PX_FIGURE_KIND_COUNT && f->num.ambiguous && f->num.alt_value > f->num.value)
    f->num.value = f->num.alt_value;
  if (f->has_range && f->kind == PX_FIGURE_KIND_COUNT &&
      f->right.ambiguous && f->right.alt_value > f->right.value)
    f->right.value = f->right.alt_value;

  switch (f->qualifier)
    {
    case PX_FIGURE_VAGUE:
      f->low = 2 * f->num.value, f->high = NAN;
      break;
    case PX_FIGURE_RANGE:
      f->low = f->num.value, f->high = f->right.value;
      return f->low < f->high;
    case PX_FIGURE_MORE_THAN:
    case PX_FIGURE_AT_LEAST:
      f->low = f->num.value, f->high = NAN;
      break;
    case PX_FIGURE_UP_TO:
    case PX_FIGURE_AT_MOST:
    case PX_FIGURE_LESS_THAN:
      f->low = NAN, f->high = f->num.value;
      break;
    default:
      f->low = f->high = f->num.value;
      break;
    }
  return TRUE;
}

/* Reads the figure whose number starts at token @i. Returns the token to
 * read on from, and the figure in *@out, or %NULL where the number is no
 * quantity (a date, a year, an age, a designator).
 */
static guint
read_figure (Ctx       *c,
             guint      i,
             PxFigure  *last_total,
             PxFigure **out)
{
  g_auto(Candidate) f = { .i = i };
  guint skip, fstart, fend;
  g_autofree char *text = NULL;

  *out = NULL;
  if (!_px_figure_read_number (c, i, &f.num))
    return i + 1;
  if (_px_figure_is_not_quantity (c, i, &f.num, &skip))
    return skip;

  f.first = _px_figure_currency_before (c, i, &f.currency);
  f.opener = range_opener (c, f.first);
  if (!f.num.vague && _px_figure_read_range (c, &f.num, f.opener, &f.right))
    {
      f.has_range = TRUE;
      if (_px_figure_is_year_shaped (&f.num) && _px_figure_is_year_shaped (&f.right))
        return f.right.next;
    }
  f.last = f.has_range ? f.right.next : f.num.next;

  read_unit (c, &f);
  if (is_year (c, &f) || is_designator (c, &f))
    return f.num.next;
  if (is_age (c, &f))
    return f.um.end;

  read_hedge (c, &f);
  f.is_part = _px_figure_part_cue_before (c, f.first) || _px_figure_part_cue_after (c, f.last);
  read_kind (c, &f);
  if (counts_mentions (c, &f))
    f.kind = PX_FIGURE_KIND_SOURCING;
  if (!read_bounds (&f))
    return f.right.next;

  /* A share without a noun of its own counts what its total counts:
   * "rund 6.500 Einsatzkräfte, davon 1.800 aus anderen Ländern".
   */
  if (f.is_part && f.unit == NULL && last_total != NULL)
    {
      g_free (f.stem);
      f.unit = f.stem = g_strdup (px_figure_get_unit (last_total));
      f.kind = px_figure_get_kind (last_total);
      if (f.noun == NULL)
        f.noun = g_strdup (px_figure_get_noun (last_total));
    }

  fstart = TOK (c, f.first)->start;
  fend = TOK (c, f.last - 1)->end;
  text = g_strndup (c->text + fstart, fend - fstart);
  *out = px_figure_new (fstart, fend, text, f.low, f.high, f.qualifier, f.approximate,
                        f.kind, f.unit, f.noun, f.is_part);
  return MAX (f.last, i + 1);
}

static gboolean
within_any (GArray *spans,
            guint   offset)
{
  for (guint s = 0; s < spans->len; s++)
    {
      PxSpan *span = &g_array_index (spans, PxSpan, s);

      if (offset >= span->start && offset < span->end)
        return TRUE;
    }
  return FALSE;
}

/* Whether the span speaks of speaking or of anonymity ("zwei Werksleiter,
 * die ungenannt bleiben wollten").
 */
static gboolean
about_speaking (Ctx   *c,
                gsize  start,
                gsize  end)
{
  g_autofree char *lower = g_utf8_strdown (c->text + start, end - start);

  for (const char * const *m = _px_cue_words (PX_CUE_ANONYMITY_MARKERS); *m != NULL; m++)
    if (strstr (lower, *m) != NULL)
      return TRUE;
  for (guint k = 0; k < N_TOK (c); k++)
    if (TOK (c, k)->type == TOK_WORD && _px_cue_is_speech (TOK (c, k)->lower))
      return TRUE;
  return FALSE;
}

/* Whether the count @f counts who the span cites: it stands in the phrase
 * naming a source ("Das sagten zwei hochrangige Beamte", "according to
 * three sources", "unter Berufung auf zwei Beamte"), or it counts sources
 * as such ("drei Quellen", "two insiders") where the span speaks of
 * speaking or of anonymity.
 */
static gboolean
counts_sources (Ctx       *c,
                PxFigure  *f,
                GArray   **spans,
                gsize      start,
                gsize      end)
{
  const char *noun = px_figure_get_noun (f);

  if (noun != NULL)
    {
      g_autofree char *lower = g_utf8_strdown (noun, -1);

      if (_px_cue_is_source_noun (lower) && about_speaking (c, start, end))
        return TRUE;
    }
  if (*spans == NULL)
    *spans = _px_attribution_source_spans (c->text, start, end, c->english && !c->german);
  return within_any (*spans, px_figure_get_start (f));
}

/* Counts of who the span cites become sourcing figures. Only spans with a
 * count are read for their sources.
 */
static void
mark_sources (Ctx       *c,
              GPtrArray *figures,
              gsize      start,
              gsize      end)
{
  g_autoptr(GArray) spans = NULL;

  for (guint k = 0; k < figures->len; k++)
    {
      PxFigure *f = g_ptr_array_index (figures, k);
      PxFigureQualifier qualifier = px_figure_get_qualifier (f);
      gboolean stacked = px_figure_get_approximate (f) && qualifier != PX_FIGURE_APPROX;

      if (px_figure_get_kind (f) != PX_FIGURE_KIND_COUNT || px_figure_get_is_part (f) ||
          !counts_sources (c, f, &spans, start, end))
        continue;
      g_ptr_array_index (figures, k) =
        px_figure_new (px_figure_get_start (f), px_figure_get_end (f), px_figure_get_text (f),
                       px_figure_get_low (f), px_figure_get_high (f), qualifier, stacked,
                       PX_FIGURE_KIND_SOURCING, px_figure_get_unit (f), px_figure_get_noun (f),
                       FALSE);
      px_figure_unref (f);
    }
}

/**
 * px_figure_extract:
 * @text: an article's text
 * @start: first byte of the span to read (a sentence, usually)
 * @end: byte after the span
 * @language: (nullable): "de", "en", or %NULL to accept both conventions
 *
 * Finds the quantities in a span of text: counts, money, percentages,
 * lengths, durations and other measures, with their hedges, ranges and units
 * or counted nouns. Times, dates, ordinals, years, phone numbers and
 * designators ("F-16", "Artikel 5") are recognised and left out. Counts of
 * who the text cites or how often ("drei Quellen", "two officials said",
 * "sagte er drei Mal") are kept as %PX_FIGURE_KIND_SOURCING.
 *
 * Returns: (transfer container) (element-type PxFigure): the figures in text
 *   order, with byte offsets into @text
 */
GPtrArray *
px_figure_extract (const char *text,
                   gsize       start,
                   gsize       end,
                   const char *language)
{
  g_autoptr(GPtrArray) figures = g_ptr_array_new_with_free_func ((GDestroyNotify)px_figure_unref);
  g_autoptr(GArray) tokens = NULL;
  Ctx c = { 0, };
  PxFigure *last_total = NULL;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (start <= end, NULL);

  c.text = text;
  c.language = language;
  c.german = language == NULL || g_str_has_prefix (language, "de");
  c.english = language == NULL || g_str_has_prefix (language, "en");
  if (!c.german && !c.english)
    c.german = c.english = TRUE;
  tokens = _px_figure_tokenize (text, start, end);
  c.tokens = tokens;

  for (guint i = 0; i < N_TOK (&c);)
    {
      PxFigure *figure;

      i = read_figure (&c, i, last_total, &figure);
      if (figure == NULL)
        continue;
      g_ptr_array_add (figures, figure);
      if (!px_figure_get_is_part (figure) && px_figure_get_unit (figure) != NULL)
        last_total = figure;
    }

  mark_sources (&c, figures, start, end);
  if (c.stemmer != NULL)
    sb_stemmer_delete (c.stemmer);

  return g_steal_pointer (&figures);
}

/* Article sets ---------------------------------------------------------- */

static void
mention_clear (gpointer data)
{
  PxFigureMention *mention = data;

  g_clear_pointer (&mention->figure, px_figure_unref);
}

/**
 * px_figure_extract_articles:
 * @articles: (element-type PxArticle): an article set
 *
 * Extracts the claim figures of every body sentence of every article.
 * Headings, captions and boilerplate repeat or decorate the body, and counts
 * of sources (%PX_FIGURE_KIND_SOURCING) say how a claim is sourced, not what
 * it states, so they are left out.
 *
 * Returns: (transfer full) (element-type PxFigureMention): the mentions, in
 *   article and text order
 */
GArray *
px_figure_extract_articles (GPtrArray *articles)
{
  GArray *mentions;

  g_return_val_if_fail (articles != NULL, NULL);

  mentions = g_array_new (FALSE, TRUE, sizeof (PxFigureMention));
  g_array_set_clear_func (mentions, mention_clear);

  for (guint a = 0; a < articles->len; a++)
    {
      PxArticle *article = g_ptr_array_index (articles, a);
      const char *text = px_article_get_text (article);
      const PxSentence *sentences;
      guint n_sentences;

      sentences = px_article_get_sentences (article, &n_sentences);
      for (guint s = 0; s < n_sentences; s++)
        {
          g_autoptr(GPtrArray) figures = NULL;

          if (sentences[s].kind != PX_SENTENCE_BODY)
            continue;
          figures = px_figure_extract (text, sentences[s].start, sentences[s].end,
                                       px_article_get_language (article));
          for (guint f = 0; f < figures->len; f++)
            {
              PxFigure *figure = g_ptr_array_index (figures, f);
              PxFigureMention mention = { a, s, NULL };

              if (px_figure_get_kind (figure) == PX_FIGURE_KIND_SOURCING)
                continue;
              mention.figure = px_figure_ref (figure);
              g_array_append_val (mentions, mention);
            }
        }
    }

  return mentions;
}
