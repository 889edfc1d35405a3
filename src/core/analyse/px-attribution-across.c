/* px-attribution-across.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-attribution"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "px-attribution.h"
#include "px-dictionary.h"

/* Chains of documents in different languages ("laut New York Times … wie
 * hochrangige US-Beamte sagten" beside "officials said"). A named source
 * meets by its name, which most names keep across languages, or, named by
 * one German word ("Polizei"), by that word's dictionary translations; an
 * unnamed one ("US-Beamte", "officials", "Insider") is words of the
 * document's language and meets by its kind. Every source a document gives for the
 * claim counts, not only its longest chain, so the summary can say what
 * all documents cite and what one of them adds.
 */

typedef struct
{
  char                *key;
  const char          *shown;
  PxTranslation        translations[PX_DICTIONARY_MAX_TRANSLATIONS];  /* of a German one-word name */
  guint                n_translations;
} Source;

static void
source_clear (gpointer data)
{
  g_free (((Source *)data)->key);
}

static gboolean
has_translation (const Source *german,
                 const char   *word)
{
  for (guint i = 0; i < german->n_translations; i++)
    if (g_str_equal (german->translations[i].english, word))
      return TRUE;
  return FALSE;
}

/* "Küstenwache" is "coastguard", "coast guard" written apart, and a name
 * whose every word is among its translations.
 */
static gboolean
translates (const Source *german,
            const char   *key)
{
  g_auto(GStrv) words = NULL;
  g_autofree char *closed = NULL;
  guint n = 0;

  if (german->n_translations == 0)
    return FALSE;
  words = g_strsplit (key, " ", -1);
  closed = g_strjoinv ("", words);
  if (has_translation (german, key) || has_translation (german, closed))
    return TRUE;
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0' || g_str_equal (words[i], "the"))
        continue;
      if (!has_translation (german, words[i]))
        return FALSE;
      n++;
    }
  return n > 1;
}

static gboolean
same_source (const Source *a,
             const Source *b)
{
  return g_str_equal (a->key, b->key) || translates (a, b->key) || translates (b, a->key);
}

static gboolean
is_named (PxSourceKind kind,
          const char  *name)
{
  return name != NULL && kind != PX_SOURCE_OFFICIAL && kind != PX_SOURCE_ANONYMOUS;
}

static void
add_source (GArray       *sources,
            gboolean      german,
            PxSourceKind  kind,
            const char   *name,
            const char   *shown)
{
  PxDictionary *dictionary;
  Source source = { .shown = shown };

  source.key = is_named (kind, name) ? g_utf8_casefold (name, -1) : g_strdup_printf ("#%d", kind);
  if (german && is_named (kind, name) && strchr (source.key, ' ') == NULL &&
      (dictionary = px_dictionary_get_de_en ()) != NULL)
    source.n_translations = px_dictionary_translate (dictionary, source.key, source.translations);
  for (guint i = 0; i < sources->len; i++)
    if (same_source (&g_array_index (sources, Source, i), &source))
      {
        g_free (source.key);
        return;
      }
  g_array_append_val (sources, source);
}

/* Each source the set gives, the sources they cite included. */
static GArray *
set_sources (const PxAttributionSet *set)
{
  GArray *sources = g_array_new (FALSE, FALSE, sizeof (Source));
  gboolean german = set->language != NULL && g_str_has_prefix (set->language, "de");

  g_array_set_clear_func (sources, source_clear);
  for (guint i = 0; set->attributions != NULL && i < set->attributions->len; i++)
    {
      const PxAttribution *attr = g_ptr_array_index (set->attributions, i);
      const char *name = px_attribution_get_source_name (attr);

      /* Reported speech with no one named ("Konjunktiv I") says nothing
       * about who.
       */
      if (px_attribution_get_source (attr) == NULL)
        continue;
      add_source (sources, german, px_attribution_get_source_kind (attr), name,
                  is_named (px_attribution_get_source_kind (attr), name) ? name
                  : px_attribution_get_source (attr));
      for (guint v = 0; v < px_attribution_get_n_via (attr); v++)
        if (px_attribution_get_via_text (attr, v) != NULL)
          add_source (sources, german, px_attribution_get_via_kind (attr, v),
                      px_attribution_get_via_text (attr, v), px_attribution_get_via_text (attr, v));
    }
  return sources;
}

static const Source *
find_source (GArray       *sources,
             const Source *probe)
{
  for (guint i = 0; i < sources->len; i++)
    if (same_source (&g_array_index (sources, Source, i), probe))
      return &g_array_index (sources, Source, i);
  return NULL;
}

/* "'hochrangige US-Beamte' / 'officials'": each document's own words. */
static char *
shown_across (GPtrArray    *all,
              const Source *probe)
{
  GString *str = g_string_new (NULL);
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();

  for (guint s = 0; s < all->len; s++)
    {
      const Source *source = find_source (g_ptr_array_index (all, s), probe);

      if (g_ptr_array_find_with_equal_func (seen, source->shown, g_str_equal, NULL))
        continue;
      g_ptr_array_add (seen, (gpointer)source->shown);
      g_string_append_printf (str, "%s'%s'", str->len > 0 ? " / " : "", source->shown);
    }
  return g_string_free (str, FALSE);
}

static char *
join_documents (const PxAttributionSet *sets,
                guint                   n_sets)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < n_sets; i++)
    {
      if (i > 0 && i + 1 == n_sets)
        /* Translators: the last separator in a list of documents, "A, B and C". */
        g_string_append (str, _(" and "));
      else if (i > 0)
        g_string_append (str, ", ");
      g_string_append (str, sets[i].document);
    }
  return g_string_free (str, FALSE);
}

/* What every document cites, as "A and B cite 'x' / 'y'". */
static void
describe_common (const PxAttributionSet *sets,
                 guint                   n_sets,
                 GPtrArray              *all,
                 GPtrArray              *parts)
{
  GArray *first = g_ptr_array_index (all, 0);
  g_autoptr(GString) what = g_string_new (NULL);
  g_autofree char *who = NULL;

  for (guint i = 0; i < first->len; i++)
    {
      const Source *probe = &g_array_index (first, Source, i);
      gboolean everywhere = TRUE;
      g_autofree char *shown = NULL;

      for (guint s = 1; s < all->len && everywhere; s++)
        everywhere = find_source (g_ptr_array_index (all, s), probe) != NULL;
      if (!everywhere)
        continue;
      shown = shown_across (all, probe);
      g_string_append_printf (what, "%s%s", what->len > 0 ? ", " : "", shown);
    }
  if (what->len == 0)
    return;
  who = join_documents (sets, n_sets);
  g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s cites %s",
                                                        "%s cite %s", n_sets),
                                           who, what->str));
}

/* What only some documents cite, one part per document. */
static gboolean
describe_extras (const PxAttributionSet *sets,
                 GPtrArray              *all,
                 GPtrArray              *parts)
{
  gboolean extra = FALSE;

  for (guint s = 0; s < all->len; s++)
    {
      GArray *mine = g_ptr_array_index (all, s);
      g_autoptr(GString) what = g_string_new (NULL);

      for (guint i = 0; i < mine->len; i++)
        {
          const Source *source = &g_array_index (mine, Source, i);
          gboolean everywhere = TRUE;

          for (guint t = 0; t < all->len && everywhere; t++)
            everywhere = find_source (g_ptr_array_index (all, t), source) != NULL;
          if (!everywhere)
            g_string_append_printf (what, "%s'%s'", what->len > 0 ? ", " : "", source->shown);
        }
      if (mine->len == 0)
        /* Translators: %s is a list of documents. */
        g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s gives no source",
                                                              "%s give no source", 1),
                                                 sets[s].document));
      else if (what->len > 0)
        /* Translators: a document and the sources only it names:
         * "only A names 'New York Times'". */
        g_ptr_array_add (parts, g_strdup_printf (_("only %s names %s"),
                                                 sets[s].document, what->str));
      extra |= mine->len == 0 || what->len > 0;
    }
  return extra;
}

/**
 * px_attribution_compare_across:
 * @sets: (array length=n_sets): each document's attributions for one claim
 * @n_sets: how many documents carry the claim, at least two
 * @diverge: (out) (optional): set to whether a document gives a source the
 *   others do not, or none
 *
 * Compares the sourcing of documents in different languages.
 *
 * Returns: (transfer full): "A and B cite 'US-Beamte' / 'officials'; only
 *   A names 'New York Times'"
 */
char *
px_attribution_compare_across (const PxAttributionSet *sets,
                               guint                   n_sets,
                               gboolean               *diverge)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  gboolean extra;

  g_return_val_if_fail (sets != NULL && n_sets >= 2, NULL);

  for (guint s = 0; s < n_sets; s++)
    g_ptr_array_add (all, set_sources (&sets[s]));
  describe_common (sets, n_sets, all, parts);
  extra = describe_extras (sets, all, parts);
  if (diverge != NULL)
    *diverge = extra;
  g_ptr_array_add (parts, NULL);
  return g_strjoinv ("; ", (char **)parts->pdata);
}
