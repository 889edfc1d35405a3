/* px-wordnet.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-wordnet"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "px-error.h"
#include "px-knowledge-private.h"
#include "px-synsets.h"

/* English synonyms from WordNet (Debian's wordnet-base), read from the
 * index files: two words are synonyms when one of their most frequent
 * senses is the same synset. Hypernyms would let "walkout" meet "strike",
 * but they also join "criticise" and "comment"; measured, they cost more
 * than they bring. Compiled at first use into a WNET index.
 */

#define DEFAULT_WORDNET "/usr/share/wordnet"

/* WordNet lists a word's senses most frequent first; the rare ones
 * ("strike" as a find of oil) would link unrelated sentences.
 */
#define WORDNET_SENSES 2

static const struct
{
  const char *part;
  char        pos;
} parts[] = {
  { "noun", 'n' },
  { "verb", 'v' },
  { "adj", 'a' },
  { "adv", 'r' },
};

static const char *
wordnet_source (void)
{
  return px_index_cache_source ("PARALLAX_WORDNET", DEFAULT_WORDNET);
}

static guint32
wordnet_set_id (GHashTable *ids,
                char        pos,
                const char *offset)
{
  g_autofree char *key = g_strdup_printf ("%c%s", pos, offset);
  gpointer id;

  if (!g_hash_table_lookup_extended (ids, key, NULL, &id))
    {
      /* Above the line numbers OpenThesaurus uses as set ids. */
      id = GUINT_TO_POINTER (0x01000000u + g_hash_table_size (ids));
      g_hash_table_insert (ids, g_steal_pointer (&key), id);
    }
  return GPOINTER_TO_UINT (id);
}

/* A word's key, or a phrase's first two stems; NULL to leave it out. */
static char *
line_key (char              **words,
          struct sb_stemmer  *stemmer)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (words[1] == NULL)
    {
      g_autofree char *stem = px_synsets_stem (stemmer, words[0]);

      return stem != NULL ? g_strconcat ("e", stem, NULL) : NULL;
    }
  if (g_strv_length (words) > 3 || px_knowledge_is_stop_word ("en", words[0]) ||
      px_knowledge_is_stop_word ("en", words[1]))
    return NULL;
  a = px_synsets_stem (stemmer, words[0]);
  b = px_synsets_stem (stemmer, words[1]);
  if (a == NULL || b == NULL)
    return NULL;
  return g_strconcat (a, " ", b, NULL);
}

static void
add_line (char              *line,
          char               pos,
          struct sb_stemmer *stemmer,
          GHashTable        *sets,
          GHashTable        *ids)
{
  g_auto(GStrv) fields = g_strsplit (line, " ", -1);
  guint n_fields = g_strv_length (fields);
  guint n_synsets, n_pointers, first;
  g_auto(GStrv) words = NULL;
  g_autofree char *key = NULL;

  if (n_fields < 6)
    return;
  n_synsets = atoi (fields[2]);
  n_pointers = atoi (fields[3]);
  first = 4 + n_pointers + 2;
  if (first + n_synsets > n_fields)
    return;

  words = g_strsplit (fields[0], "_", -1);
  if ((key = line_key (words, stemmer)) == NULL)
    return;
  for (guint k = 0; k < MIN (n_synsets, WORDNET_SENSES); k++)
    px_synsets_builder_add (sets, g_strdup (key), wordnet_set_id (ids, pos, fields[first + k]));
}

static void
add_part (const char        *dir,
          guint              part,
          struct sb_stemmer *stemmer,
          GHashTable        *sets,
          GHashTable        *ids)
{
  g_autofree char *index_path = g_strdup_printf ("%s/index.%s", dir, parts[part].part);
  g_autofree char *contents = NULL;
  char *line, *next;

  if (!g_file_get_contents (index_path, &contents, NULL, NULL))
    return;

  for (line = contents; line != NULL && *line != '\0'; line = next)
    {
      next = strchr (line, '\n');
      if (next != NULL)
        *next++ = '\0';
      /* The licence header is indented. */
      if (*line == ' ' || *line == '\0')
        continue;
      add_line (line, parts[part].pos, stemmer, sets, ids);
    }
}

static PxIndexWriter *
compile_wordnet (const char  *dir,
                 GError     **error)
{
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) sets = NULL;
  struct sb_stemmer *stemmer;

  if ((stemmer = sb_stemmer_new ("english", NULL)) == NULL)
    {
      g_set_error_literal (error, PX_ERROR, PX_ERROR_UNSUPPORTED, "no English stemmer");
      return NULL;
    }
  sets = px_synsets_builder_new ();
  for (guint p = 0; p < G_N_ELEMENTS (parts); p++)
    add_part (dir, p, stemmer, sets, ids);
  sb_stemmer_delete (stemmer);
  return px_synsets_builder_finish (sets, PX_INDEX_KIND_WORDNET);
}

/* The index files there are, index.noun first: it must be there. */
static GPtrArray *
wordnet_files (const char *dir)
{
  GPtrArray *files = g_ptr_array_new_with_free_func (g_free);

  for (guint p = 0; p < G_N_ELEMENTS (parts); p++)
    {
      g_autofree char *file = g_strdup_printf ("%s/index.%s", dir, parts[p].part);

      if (p == 0 && !g_file_test (file, G_FILE_TEST_IS_REGULAR))
        break;
      if (g_file_test (file, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (files, g_steal_pointer (&file));
    }
  g_ptr_array_add (files, NULL);
  return files;
}

static gpointer
load_wordnet (gpointer data)
{
  const char *dir = wordnet_source ();
  g_autoptr(GPtrArray) files = NULL;
  PxSynsets *sets = NULL;

  if (dir[0] != '\0' && (files = wordnet_files (dir))->len > 1)
    sets = px_synsets_open ("wordnet", PX_INDEX_KIND_WORDNET, dir,
                            (const char * const *)files->pdata, compile_wordnet);
  if (sets == NULL)
    g_debug ("WordNet unavailable (%s): no English synonym matching", dir);
  return sets;
}

static PxSynsets *
get_wordnet (void)
{
  static GOnce once = G_ONCE_INIT;

  return g_once (&once, load_wordnet, NULL);
}

gboolean
_px_wordnet_open (void)
{
  return get_wordnet () != NULL;
}

/**
 * px_knowledge_has_wordnet:
 *
 * Whether WordNet is installed; asking does not open it.
 *
 * Returns: whether English synonyms are available
 */
gboolean
px_knowledge_has_wordnet (void)
{
  static gsize available = 0;

  if (g_once_init_enter (&available))
    {
      g_autofree char *probe = g_build_filename (wordnet_source (), "index.noun", NULL);

      g_once_init_leave (&available, px_index_cache_source_exists (probe) ? 2 : 1);
    }
  return available == 2;
}

/**
 * px_knowledge_english_synonym_sets:
 * @stem: an English Snowball stem
 * @n_sets: (out): number of set ids returned
 *
 * Returns: (transfer none) (nullable): ids of the WordNet synsets of the
 *   stem's most frequent senses
 */
const guint32 *
px_knowledge_english_synonym_sets (const char *stem,
                                   guint      *n_sets)
{
  return px_synsets_lookup (get_wordnet (), "e", stem, NULL, n_sets);
}

/**
 * px_knowledge_english_phrase_synonym_sets:
 * @first: English stem of a phrase's first word
 * @second: stem of its second word
 * @n_sets: (out): number of set ids returned
 *
 * Returns: (transfer none) (nullable): ids of the synsets of a WordNet
 *   phrase starting with these two words ("work stoppage")
 */
const guint32 *
px_knowledge_english_phrase_synonym_sets (const char *first,
                                          const char *second,
                                          guint      *n_sets)
{
  return px_synsets_lookup (get_wordnet (), "", first, second, n_sets);
}
