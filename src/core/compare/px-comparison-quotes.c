/* px-comparison-quotes.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-comparison"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "px-comparison-private.h"
#include "px-quote-rendering.h"

static const char *
fidelity_phrase (PxQuoteFidelity fidelity)
{
  switch (fidelity)
    {
    case PX_QUOTE_FIDELITY_IDENTICAL:
      return _("quotes it word for word");
    case PX_QUOTE_FIDELITY_REWORDED:
      return _("rewords the quotation");
    case PX_QUOTE_FIDELITY_TRUNCATED:
      return _("cuts the quotation short");
    case PX_QUOTE_FIDELITY_INDIRECT:
      return _("turns it into indirect speech");
    case PX_QUOTE_FIDELITY_UNRELATED:
    default:
      return NULL;
    }
}

/* One source's rendering of a claim group's quotation. */
typedef struct
{
  guint  article;
  char  *text;      /* the direct quotation as one span, or NULL */
  guint  first;     /* its parts, in the article's quotes */
  guint  last;
  guint  sentence;  /* the member sentence it was read from */
} Rendering;

static void
rendering_clear (Rendering *r)
{
  g_free (r->text);
}

/* Each source's rendering in the group, read as a span across sentences
 * (px_quote_dup_rendering()): the first member sentence of a source that
 * carries a direct quotation, else its first member sentence.
 */
static GArray *
group_renderings (PxComparison *self,
                  guint         group)
{
  const PxAlignmentMember *members;
  guint n_members;
  GArray *renderings = g_array_new (FALSE, TRUE, sizeof (Rendering));

  g_array_set_clear_func (renderings, (GDestroyNotify)rendering_clear);
  members = px_alignment_group_get_members (self->alignment, group, &n_members);
  for (guint m = 0; m < n_members; m++)
    {
      PxArticle *article = px_alignment_get_article (self->alignment, members[m].article);
      Rendering r = { members[m].article, NULL, 0, 0, members[m].sentence };
      Rendering *known = NULL;

      r.text = px_quote_dup_rendering (article, g_ptr_array_index (self->quotes, r.article),
                                       r.sentence, &r.first, &r.last);
      for (guint k = 0; k < renderings->len && known == NULL; k++)
        if (g_array_index (renderings, Rendering, k).article == r.article)
          known = &g_array_index (renderings, Rendering, k);
      if (known == NULL)
        g_array_append_val (renderings, r);
      else if (known->text == NULL && r.text != NULL)
        {
          rendering_clear (known);
          *known = r;
        }
      else
        rendering_clear (&r);
    }
  return renderings;
}

/* The original: the reference source's direct rendering, or the first
 * one; but when another source quotes more of it, that one (a source that
 * gives the whole quote has not cut it short, the other has). Returns the
 * index into @renderings, or -1 when nobody quotes directly.
 */
static int
original_rendering (PxComparison *self,
                    guint         group,
                    GArray       *renderings)
{
  const PxAlignmentMember *members;
  guint reference = px_alignment_group_get_reference (self->alignment, group);
  guint n_members;
  int best = -1;

  members = px_alignment_group_get_members (self->alignment, group, &n_members);
  for (guint k = 0; k < renderings->len; k++)
    {
      Rendering *r = &g_array_index (renderings, Rendering, k);

      if (r->text != NULL && (best < 0 || r->article == members[reference].article))
        best = k;
    }
  for (guint k = 0; best >= 0 && k < renderings->len; k++)
    {
      Rendering *r = &g_array_index (renderings, Rendering, k);
      Rendering *b = &g_array_index (renderings, Rendering, best);
      const char *language = px_article_get_language (px_alignment_get_article (self->alignment,
                                                                                b->article));

      if (r->text != NULL && strlen (r->text) > strlen (b->text) &&
          px_quote_compare (b->text, r->text, language) == PX_QUOTE_FIDELITY_TRUNCATED)
        best = k;
    }
  return best;
}

static void
add_group_quotes (PxComparison    *self,
                  const Rendering *r,
                  guint            group,
                  PxQuoteFidelity  fidelity)
{
  for (guint q = r->first; r->text != NULL && q <= r->last; q++)
    {
      PxGroupQuote gq = { r->article, q, group, fidelity };

      g_array_append_val (self->group_quotes, gq);
    }
}

/* How a rendering follows the original: word for word, reworded, cut
 * short; a source without a direct quote may render it indirectly.
 */
static PxQuoteFidelity
rendering_fidelity (PxComparison    *self,
                    const Rendering *original,
                    const Rendering *r)
{
  PxArticle *article = px_alignment_get_article (self->alignment, r->article);
  const char *language = px_article_get_language (px_alignment_get_article (self->alignment,
                                                                            original->article));

  if (r->text != NULL)
    return px_quote_compare (original->text, r->text, language);
  return px_quote_compare_rendering (article, g_ptr_array_index (self->quotes, r->article),
                                     r->sentence, original->text);
}

/* Quotes: each source's rendering of the group's quotation is compared, as
 * a span, with the fullest one; a divergence names the sources that reword
 * it, cut it short or turn it into indirect speech.
 */
void
_px_comparison_compare_quotes (PxComparison *self,
                               guint         group)
{
  g_autoptr(GArray) renderings = group_renderings (self, group);
  g_autoptr(GString) summary = g_string_new (NULL);
  g_autoptr(GPtrArray) documents = g_ptr_array_new ();
  const Rendering *original;
  GPtrArray *quotes;
  const char *speaker;
  g_autofree char *text = NULL;
  PxDivergence *d;
  int o;

  if ((o = original_rendering (self, group, renderings)) < 0)
    return;
  original = &g_array_index (renderings, Rendering, o);
  add_group_quotes (self, original, group, PX_QUOTE_FIDELITY_IDENTICAL);

  for (guint k = 0; k < renderings->len; k++)
    {
      const Rendering *r = &g_array_index (renderings, Rendering, k);
      PxQuoteFidelity fidelity;
      const char *phrase;

      if ((int)k == o)
        continue;
      fidelity = rendering_fidelity (self, original, r);
      if (fidelity != PX_QUOTE_FIDELITY_UNRELATED)
        add_group_quotes (self, r, group, fidelity);
      if (fidelity == PX_QUOTE_FIDELITY_IDENTICAL || (phrase = fidelity_phrase (fidelity)) == NULL)
        continue;
      if (summary->len > 0)
        g_string_append (summary, "; ");
      g_string_append_printf (summary, "%s %s", article_outlet (self, r->article), phrase);
      g_ptr_array_add (documents, (gpointer)article_id (self, r->article));
    }
  if (documents->len == 0)
    return;

  quotes = g_ptr_array_index (self->quotes, original->article);
  speaker = px_quote_get_speaker (g_ptr_array_index (quotes, original->first));
  if (speaker != NULL)
    /* Translators: "Quote by Dr. Matthias Kröger: Blickpunkt24 cuts the quotation short". */
    text = g_strdup_printf (_("Quote by %s: %s"), speaker, summary->str);
  else
    text = g_strdup_printf (_("Quote: %s"), summary->str);
  d = add_divergence (self, PX_DIVERGENCE_QUOTE, group, g_steal_pointer (&text));
  add_document (d, article_id (self, original->article));
  for (guint i = 0; i < documents->len; i++)
    add_document (d, g_ptr_array_index (documents, i));
}
