/* px-thesaurus.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-thesaurus"

#include "config.h"

#include <string.h>

#include "px-error.h"
#include "px-knowledge-private.h"
#include "px-synsets.h"

/* German synonyms from the OpenThesaurus text export: one synonym set per
 * line, entries separated by ';'. Each single-word entry is stemmed with
 * the German Snowball stemmer and mapped to the ids of the sets it belongs
 * to (a set's id is its line number); phrases are keyed by their first
 * two stems. Compiled at first use into a THES index.
 */

#define DEFAULT_THESAURUS "/usr/share/openthesaurus-de/openthesaurus.txt"

/* Synonym sets larger than this are loose associations ("Ding", "machen"),
 * not synonyms; they would link everything to everything.
 */
#define MAX_SYNSET_SIZE 24

static const char *
thesaurus_source (void)
{
  return px_index_cache_source ("PARALLAX_THESAURUS", DEFAULT_THESAURUS);
}

/* Removes parenthesised notes ("(ugs.)", "(sein)") and surrounding space. */
static char *
clean_thesaurus_entry (const char *entry)
{
  GString *out = g_string_new (NULL);
  int depth = 0;

  for (const char *p = entry; *p != '\0'; p++)
    {
      if (*p == '(')
        depth++;
      else if (*p == ')')
        depth = MAX (depth - 1, 0);
      else if (depth == 0)
        g_string_append_c (out, *p);
    }
  g_strstrip (out->str);
  out->len = strlen (out->str);
  return g_string_free (out, FALSE);
}

/* Short phrases ("grünes Licht geben") are matched by their first two
 * words, which is what carries them.
 */
static void
add_phrase (GHashTable        *sets,
            struct sb_stemmer *stemmer,
            const char        *clean,
            guint32            set_id)
{
  g_auto(GStrv) words = g_strsplit (clean, " ", -1);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  if (g_strv_length (words) > 3 || words[0][0] == '\0' || words[1][0] == '\0' ||
      px_knowledge_is_stop_word ("de", words[0]) ||
      px_knowledge_is_stop_word ("de", words[1]))
    return;
  first = px_synsets_stem (stemmer, words[0]);
  second = px_synsets_stem (stemmer, words[1]);
  if (first == NULL || second == NULL)
    return;
  px_synsets_builder_add (sets, g_strconcat (first, " ", second, NULL), set_id);
}

static void
add_entry (GHashTable        *sets,
           struct sb_stemmer *stemmer,
           const char        *entry,
           guint32            set_id)
{
  g_autofree char *clean = clean_thesaurus_entry (entry);
  g_autofree char *key = NULL;
  gboolean noun;

  if (clean[0] == '\0' || strchr (clean, '.') != NULL)
    return;
  if (strchr (clean, ' ') != NULL)
    {
      add_phrase (sets, stemmer, clean, set_id);
      return;
    }
  if ((key = px_synsets_stem (stemmer, clean)) == NULL)
    return;
  /* German case tells nouns ("Stand") from other words ("stand"). */
  noun = g_unichar_isupper (g_utf8_get_char (clean));
  px_synsets_builder_add (sets, g_strconcat (noun ? "N" : "w", key, NULL), set_id);
}

static PxIndexWriter *
compile_thesaurus (const char  *source,
                   GError     **error)
{
  g_autofree char *contents = NULL;
  g_autoptr(GHashTable) sets = NULL;
  struct sb_stemmer *stemmer;
  char *line, *next;
  guint32 set_id = 0;

  if (!g_file_get_contents (source, &contents, NULL, error))
    return NULL;
  if ((stemmer = sb_stemmer_new ("german", NULL)) == NULL)
    {
      g_set_error_literal (error, PX_ERROR, PX_ERROR_UNSUPPORTED, "no German stemmer");
      return NULL;
    }

  sets = px_synsets_builder_new ();
  for (line = contents; line != NULL && *line != '\0'; line = next)
    {
      g_auto(GStrv) entries = NULL;
      guint n;

      next = strchr (line, '\n');
      if (next != NULL)
        *next++ = '\0';
      if (*line == '#' || *line == '\0' || !g_utf8_validate (line, -1, NULL))
        continue;

      entries = g_strsplit (line, ";", -1);
      n = g_strv_length (entries);
      set_id++;
      if (n < 2 || n > MAX_SYNSET_SIZE)
        continue;
      for (guint i = 0; i < n; i++)
        add_entry (sets, stemmer, entries[i], set_id);
    }
  sb_stemmer_delete (stemmer);
  return px_synsets_builder_finish (sets, PX_INDEX_KIND_THESAURUS);
}

static gpointer
load_thesaurus (gpointer data)
{
  const char *source = thesaurus_source ();
  PxSynsets *sets;

  if ((sets = px_synsets_open ("thesaurus", PX_INDEX_KIND_THESAURUS, source, NULL,
                               compile_thesaurus)) == NULL)
    g_debug ("German thesaurus unavailable (%s): no synonym matching",
             source[0] != '\0' ? source : "disabled");
  return sets;
}

static PxSynsets *
get_thesaurus (void)
{
  static GOnce once = G_ONCE_INIT;

  return g_once (&once, load_thesaurus, NULL);
}

gboolean
_px_thesaurus_open (void)
{
  return get_thesaurus () != NULL;
}

/**
 * px_knowledge_has_thesaurus:
 *
 * Whether OpenThesaurus is installed; asking does not open it, so an
 * English set never maps it.
 *
 * Returns: whether German synonyms are available
 */
gboolean
px_knowledge_has_thesaurus (void)
{
  static gsize available = 0;

  if (g_once_init_enter (&available))
    g_once_init_leave (&available, px_index_cache_source_exists (thesaurus_source ()) ? 2 : 1);
  return available == 2;
}

/**
 * px_knowledge_phrase_synonym_sets:
 * @first: German stem of a phrase's first word
 * @second: stem of its second word
 * @n_sets: (out): number of set ids returned
 *
 * Returns: (transfer none) (nullable): ids of the synonym sets that list a
 *   phrase starting with these two words ("grünes Licht (geben)")
 */
const guint32 *
px_knowledge_phrase_synonym_sets (const char *first,
                                  const char *second,
                                  guint      *n_sets)
{
  return px_synsets_lookup (get_thesaurus (), "", first, second, n_sets);
}

/**
 * px_knowledge_synonym_sets:
 * @stem: a German Snowball stem
 * @word_class: whether the word was written as a noun (capitalised)
 * @n_sets: (out): number of set ids returned
 *
 * Returns: (transfer none) (nullable): ids of the synonym sets the stem is in
 */
const guint32 *
px_knowledge_synonym_sets (const char  *stem,
                           PxWordClass  word_class,
                           guint       *n_sets)
{
  PxSynsets *sets = get_thesaurus ();
  const guint32 *ids = NULL;

  *n_sets = 0;
  if (word_class != PX_WORD_OTHER)
    ids = px_synsets_lookup (sets, "N", stem, NULL, n_sets);
  if (ids == NULL && word_class != PX_WORD_NOUN)
    ids = px_synsets_lookup (sets, "w", stem, NULL, n_sets);
  return ids;
}
