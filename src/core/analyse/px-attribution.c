/* px-attribution.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-attribution"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "px-attribution.h"

typedef struct
{
  char         *text;
  PxSourceKind  kind;
} Via;

struct _PxAttribution
{
  gatomicrefcount  ref_count;

  guint            sentence;
  char            *cue;
  PxSpan           cue_span;
  char            *source;
  char            *source_name;
  PxSpan           source_span;
  PxSourceKind     source_kind;
  Via             *via;
  guint            n_via;
};

G_DEFINE_BOXED_TYPE (PxAttribution, px_attribution, px_attribution_ref, px_attribution_unref)

static const char * const source_kind_names[] = {
  "outlet", "agency", "official", "institution", "person", "anonymous",
};

/**
 * px_source_kind_to_string:
 * @kind: a source kind
 *
 * Returns: the kind's name in the report contract ("outlet", "agency",
 *   "official", "institution", "person", "anonymous")
 */
const char *
px_source_kind_to_string (PxSourceKind kind)
{
  g_return_val_if_fail (kind <= PX_SOURCE_ANONYMOUS, NULL);

  return source_kind_names[kind];
}

/**
 * px_source_kind_from_string:
 * @str: a kind's name
 * @kind: (out): where to store the kind
 *
 * Returns: whether @str named a kind
 */
gboolean
px_source_kind_from_string (const char   *str,
                            PxSourceKind *kind)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (source_kind_names); i++)
    if (g_strcmp0 (str, source_kind_names[i]) == 0)
      {
        *kind = i;
        return TRUE;
      }

  return FALSE;
}

/**
 * px_attribution_new:
 * @sentence: index of the sentence in the document
 * @cue: the cue as written ("berichtete", "laut", "Konjunktiv I")
 * @cue_span: where the cue is in the article text (empty for implicit cues)
 * @source: (nullable): the source as written ("die New York Times")
 * @source_name: (nullable): the normalised source name ("New York Times")
 * @source_span: where the source is in the article text
 * @source_kind: what kind of source it is
 * @via_texts: (array length=n_via) (nullable): the sources it cites in turn
 * @via_kinds: (array length=n_via) (nullable): their kinds
 * @n_via: how many further sources there are
 *
 * Returns: (transfer full): a new, immutable attribution
 */
PxAttribution *
px_attribution_new (guint               sentence,
                    const char         *cue,
                    PxSpan              cue_span,
                    const char         *source,
                    const char         *source_name,
                    PxSpan              source_span,
                    PxSourceKind        source_kind,
                    const char * const *via_texts,
                    const PxSourceKind *via_kinds,
                    guint               n_via)
{
  PxAttribution *self;

  g_return_val_if_fail (cue != NULL, NULL);
  g_return_val_if_fail (source_kind <= PX_SOURCE_ANONYMOUS, NULL);
  g_return_val_if_fail (n_via == 0 || (via_texts != NULL && via_kinds != NULL), NULL);

  self = g_new0 (PxAttribution, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->sentence = sentence;
  self->cue = g_strdup (cue);
  self->cue_span = cue_span;
  self->source = g_strdup (source);
  self->source_name = g_strdup (source_name != NULL ? source_name : source);
  self->source_span = source_span;
  self->source_kind = source_kind;
  self->n_via = n_via;
  self->via = g_new0 (Via, MAX (n_via, 1));
  for (guint i = 0; i < n_via; i++)
    {
      self->via[i].text = g_strdup (via_texts[i]);
      self->via[i].kind = via_kinds[i];
    }
  return self;
}

/**
 * px_attribution_ref:
 * @self: an attribution
 *
 * Returns: (transfer full): @self
 */
PxAttribution *
px_attribution_ref (PxAttribution *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

/**
 * px_attribution_unref:
 * @self: (transfer full): an attribution
 */
void
px_attribution_unref (PxAttribution *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      for (guint i = 0; i < self->n_via; i++)
        g_free (self->via[i].text);
      g_free (self->via);
      g_free (self->cue);
      g_free (self->source);
      g_free (self->source_name);
      g_free (self);
    }
}

/**
 * px_attribution_get_sentence:
 * @self: an attribution
 *
 * Returns: the index of the sentence in the document's sentences
 */
guint
px_attribution_get_sentence (const PxAttribution *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->sentence;
}

/**
 * px_attribution_get_cue:
 * @self: an attribution
 *
 * Returns: the cue as written, or "Konjunktiv I" for indirect speech that
 *   continues an earlier attribution
 */
const char *
px_attribution_get_cue (const PxAttribution *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->cue;
}

/**
 * px_attribution_get_cue_span:
 * @self: an attribution
 *
 * Returns: where the cue is in the article text; empty for implicit cues
 */
PxSpan
px_attribution_get_cue_span (const PxAttribution *self)
{
  PxSpan empty = { 0, 0 };

  g_return_val_if_fail (self != NULL, empty);

  return self->cue_span;
}

/**
 * px_attribution_get_source:
 * @self: an attribution
 *
 * Returns: (nullable): the source as written, %NULL when the sentence names
 *   none ("heißt es")
 */
const char *
px_attribution_get_source (const PxAttribution *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->source;
}

/**
 * px_attribution_get_source_name:
 * @self: an attribution
 *
 * Returns: (nullable): the normalised source: articles and quotation marks
 *   dropped, back-references and pronouns resolved ("New York Times")
 */
const char *
px_attribution_get_source_name (const PxAttribution *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->source_name;
}

/**
 * px_attribution_get_source_span:
 * @self: an attribution
 *
 * Returns: where the source is written in the article text; for resolved
 *   back-references and Konjunktiv I this is the span of the words that
 *   refer back ("die Zeitung"), or empty
 */
PxSpan
px_attribution_get_source_span (const PxAttribution *self)
{
  PxSpan empty = { 0, 0 };

  g_return_val_if_fail (self != NULL, empty);

  return self->source_span;
}

/**
 * px_attribution_get_source_kind:
 * @self: an attribution
 *
 * Returns: the kind of source
 */
PxSourceKind
px_attribution_get_source_kind (const PxAttribution *self)
{
  g_return_val_if_fail (self != NULL, PX_SOURCE_ANONYMOUS);

  return self->source_kind;
}

/**
 * px_attribution_get_n_via:
 * @self: an attribution
 *
 * Returns: how many further sources the source cites ("unter Berufung auf")
 */
guint
px_attribution_get_n_via (const PxAttribution *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_via;
}

/**
 * px_attribution_get_via_text:
 * @self: an attribution
 * @index: which further source, nearest first
 *
 * Returns: the further source as written, without leading articles
 */
const char *
px_attribution_get_via_text (const PxAttribution *self,
                             guint                index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->n_via, NULL);

  return self->via[index].text;
}

/**
 * px_attribution_get_via_kind:
 * @self: an attribution
 * @index: which further source, nearest first
 *
 * Returns: the kind of the further source
 */
PxSourceKind
px_attribution_get_via_kind (const PxAttribution *self,
                             guint                index)
{
  g_return_val_if_fail (self != NULL, PX_SOURCE_ANONYMOUS);
  g_return_val_if_fail (index < self->n_via, PX_SOURCE_ANONYMOUS);

  return self->via[index].kind;
}

static const char *
display_name (const PxAttribution *self)
{
  if (self->source_name != NULL)
    return self->source_name;
  return _("unnamed source");
}

/**
 * px_attribution_describe_chain:
 * @self: an attribution
 * @root: (nullable): the article's own outlet or agency, or both joined by
 *   the arrow ("Hanseatische Allgemeine ← dpa")
 *
 * Describes who says it according to whom, from the article outward:
 * "Outlet ← New York Times ← hochrangige US-Beamte".
 *
 * Returns: (transfer full): the chain as one line
 */
char *
px_attribution_describe_chain (const PxAttribution *self,
                               const char          *root)
{
  GString *str;

  g_return_val_if_fail (self != NULL, NULL);

  str = g_string_new (NULL);
  if (root != NULL && *root != '\0')
    {
      g_string_append (str, root);
      /* The outlet quoting itself ("nach Blickpunkt24-Informationen") is
       * still one link, not two.
       */
      if (g_utf8_collate (root, display_name (self)) != 0)
        g_string_append_printf (str, " ← %s", display_name (self));
    }
  else
    g_string_append (str, display_name (self));

  for (guint i = 0; i < self->n_via; i++)
    g_string_append_printf (str, " ← %s", self->via[i].text);

  return g_string_free (str, FALSE);
}

/* The chain a document gives for a claim: its longest one, because a
 * sentence that names the original source and the officials behind it says
 * more about provenance than a later "so die Zeitung".
 */
static const PxAttribution *
primary_attribution (const PxAttributionSet *set)
{
  const PxAttribution *best = NULL;

  if (set->attributions == NULL)
    return NULL;

  for (guint i = 0; i < set->attributions->len; i++)
    {
      const PxAttribution *attr = g_ptr_array_index (set->attributions, i);

      if (best == NULL || attr->n_via > best->n_via)
        best = attr;
    }

  return best;
}

static char *
chain_key (const PxAttribution *attr)
{
  GString *key;

  if (attr == NULL)
    return g_strdup ("");

  key = g_string_new (NULL);
  if (attr->source_name != NULL)
    {
      g_autofree char *folded = g_utf8_casefold (attr->source_name, -1);
      g_string_append (key, folded);
    }
  g_string_append_printf (key, "|%d", attr->source_kind);
  for (guint i = 0; i < attr->n_via; i++)
    {
      g_autofree char *folded = g_utf8_casefold (attr->via[i].text, -1);
      g_string_append_printf (key, "|%s", folded);
    }

  return g_string_free (key, FALSE);
}

static char *
join_documents (GPtrArray *names)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < names->len; i++)
    {
      if (i > 0 && i + 1 == names->len)
        /* Translators: the last separator in a list of documents, "A, B and C". */
        g_string_append (str, _(" and "));
      else if (i > 0)
        g_string_append (str, ", ");
      g_string_append (str, g_ptr_array_index (names, i));
    }

  return g_string_free (str, FALSE);
}

static char *
describe_group (GPtrArray           *names,
                const PxAttribution *attr)
{
  g_autofree char *who = join_documents (names);
  g_autofree char *what = NULL;
  guint n = names->len;

  if (attr == NULL)
    /* Translators: %s is a list of documents. */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s gives no source",
                                         "%s give no source", n),
                            who);

  if (attr->source_kind == PX_SOURCE_ANONYMOUS ||
      attr->source_kind == PX_SOURCE_OFFICIAL ||
      attr->source_name == NULL)
    what = g_strdup_printf ("'%s'", display_name (attr));
  else
    what = g_strdup (display_name (attr));

  if (attr->n_via > 0)
    {
      g_autoptr(GPtrArray) vias = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *via = NULL;

      for (guint i = 0; i < attr->n_via; i++)
        g_ptr_array_add (vias, g_strdup_printf ("'%s'", attr->via[i].text));
      via = join_documents (vias);

      /* Translators: documents, a source, and what the source cites in turn:
       * "A and C name New York Times, citing 'hochrangige US-Beamte'". */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s names %s, citing %s",
                                           "%s name %s, citing %s", n),
                              who, what, via);
    }

  if (attr->source_kind == PX_SOURCE_ANONYMOUS ||
      attr->source_kind == PX_SOURCE_OFFICIAL ||
      attr->source_name == NULL)
    /* Translators: documents and an unnamed source: "D cites 'drei Quellen'". */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s cites %s", "%s cite %s", n),
                            who, what);

  /* Translators: documents and a named source: "A and C name New York Times". */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s names %s", "%s name %s", n),
                          who, what);
}

/**
 * px_attribution_compare_chains:
 * @sets: (array length=n_sets): each document's attributions for one claim
 * @n_sets: how many documents carry the claim
 * @diverge: (out) (optional): set to whether the documents trace the claim
 *   to different chains: one drops the source, shortens the chain or swaps
 *   a link
 *
 * Compares where several documents say a claim comes from, taking from each
 * document its longest chain; documents in different languages are
 * compared by every source they give (px_attribution_compare_across()).
 *
 * Returns: (transfer full): a one-line summary such as "A and C name New
 *   York Times; D cites 'drei Quellen'; E gives no source"
 */
char *
px_attribution_compare_chains (const PxAttributionSet *sets,
                               guint                   n_sets,
                               gboolean               *diverge)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);
  g_autoptr(GPtrArray) primaries = g_ptr_array_new ();
  GString *summary;

  g_return_val_if_fail (n_sets == 0 || sets != NULL, NULL);

  for (guint i = 1; i < n_sets; i++)
    if (sets[i].language != NULL && sets[0].language != NULL &&
        g_strcmp0 (sets[i].language, sets[0].language) != 0)
      return px_attribution_compare_across (sets, n_sets, diverge);

  for (guint i = 0; i < n_sets; i++)
    {
      const PxAttribution *attr = primary_attribution (&sets[i]);
      g_autofree char *key = chain_key (attr);
      guint found = G_MAXUINT;

      for (guint k = 0; k < keys->len; k++)
        if (g_strcmp0 (g_ptr_array_index (keys, k), key) == 0)
          found = k;

      if (found == G_MAXUINT)
        {
          found = keys->len;
          g_ptr_array_add (keys, g_steal_pointer (&key));
          g_ptr_array_add (groups, g_ptr_array_new ());
          g_ptr_array_add (primaries, (gpointer)attr);
        }
      g_ptr_array_add (g_ptr_array_index (groups, found), (gpointer)sets[i].document);
    }

  if (diverge != NULL)
    *diverge = keys->len > 1;

  summary = g_string_new (NULL);
  for (guint k = 0; k < groups->len; k++)
    {
      g_autofree char *part = describe_group (g_ptr_array_index (groups, k),
                                              g_ptr_array_index (primaries, k));
      if (k > 0)
        g_string_append (summary, "; ");
      g_string_append (summary, part);
    }

  return g_string_free (summary, FALSE);
}
