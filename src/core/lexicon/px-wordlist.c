/* px-wordlist.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-wordlist"

#include "config.h"

#include <string.h>

#include "px-index-cache.h"
#include "px-knowledge-private.h"

/* The German word list (wngerman), for splitting compounds: one word per
 * line, ~350,000 lines, compiled at first use into a WORD index of the
 * words as listed.
 */

#define DEFAULT_WORDLIST "/usr/share/dict/ngerman"

typedef struct
{
  PxIndex      *index;
  PxIndexTable  words;
} WordList;

static const char *
wordlist_source (void)
{
  return px_index_cache_source ("PARALLAX_WORDLIST", DEFAULT_WORDLIST);
}

static PxIndexWriter *
compile_wordlist (const char  *source,
                  GError     **error)
{
  g_autofree char *contents = NULL;
  g_autoptr(GHashTable) seen = NULL;
  PxIndexWriter *writer;
  guint32 table;
  char *line, *next;

  if (!g_file_get_contents (source, &contents, NULL, error))
    return NULL;

  writer = px_index_writer_new (PX_INDEX_KIND_WORDS);
  table = px_index_writer_add_table (writer, TRUE, TRUE, 0);
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (line = contents; line != NULL && *line != '\0'; line = next)
    {
      next = strchr (line, '\n');
      if (next != NULL)
        *next++ = '\0';
      if (*line == '\0' || !g_utf8_validate (line, -1, NULL) || !g_hash_table_add (seen, line))
        continue;
      px_index_writer_add (writer, table, line, NULL, 0);
    }
  return writer;
}

static gpointer
load_wordlist (gpointer data)
{
  const char *source = wordlist_source ();
  g_autoptr(PxIndex) index = NULL;
  g_autoptr(GError) error = NULL;
  WordList *list;

  if ((index = px_index_cache_open ("wordlist", PX_INDEX_KIND_WORDS, source, NULL,
                                    compile_wordlist)) == NULL)
    {
      g_debug ("German word list unavailable (%s): compounds are not split",
               source[0] != '\0' ? source : "disabled");
      return NULL;
    }
  list = g_new0 (WordList, 1);
  if (!px_index_get_table (index, 0, TRUE, 0, &list->words, &error))
    {
      g_debug ("German word list %s: %s", source, error->message);
      g_free (list);
      return NULL;
    }
  g_debug ("Mapped %u words of %s", list->words.n_keys, source);
  list->index = g_steal_pointer (&index);
  return list;
}

static WordList *
get_wordlist (void)
{
  static GOnce once = G_ONCE_INIT;

  return g_once (&once, load_wordlist, NULL);
}

gboolean
_px_wordlist_open (void)
{
  return get_wordlist () != NULL;
}

/**
 * px_knowledge_has_dictionary:
 *
 * Whether the German word list is installed; asking does not open it, so
 * an English set never maps it.
 *
 * Returns: whether compounds can be split
 */
gboolean
px_knowledge_has_dictionary (void)
{
  static gsize available = 0;

  if (g_once_init_enter (&available))
    g_once_init_leave (&available, px_index_cache_source_exists (wordlist_source ()) ? 2 : 1);
  return available == 2;
}

/* The list keeps German capitalisation: nouns and names start upper-case. */
static gboolean
has_capitalised (WordList   *list,
                 const char *lower)
{
  gunichar first = g_utf8_get_char (lower);
  const char *rest;
  gsize n_rest;
  char buffer[128];
  g_autofree char *heap = NULL;
  char *capitalised;
  int n;

  if (first == 0)
    return FALSE;
  rest = g_utf8_next_char (lower);
  n_rest = strlen (rest);
  capitalised = n_rest + 7 < sizeof buffer ? buffer : (heap = g_malloc (n_rest + 7));
  n = g_unichar_to_utf8 (g_unichar_totitle (first), capitalised);
  memcpy (capitalised + n, rest, n_rest + 1);
  return px_index_table_find (&list->words, capitalised, n + n_rest) >= 0;
}

/**
 * px_knowledge_is_word:
 * @lower: a lower-case word
 *
 * Returns: whether the German word list has the word, in lower case or
 *   capitalised
 */
gboolean
px_knowledge_is_word (const char *lower)
{
  WordList *list = get_wordlist ();

  return list != NULL && (px_index_table_find (&list->words, lower, -1) >= 0 ||
                          has_capitalised (list, lower));
}

/**
 * px_knowledge_is_lower_case_word:
 * @lower: a lower-case word
 *
 * Returns: whether the German word list has the word written in lower case
 *   (verbs, adjectives, function words), which tells a capitalised word at
 *   the start of a sentence from a noun or a name
 */
gboolean
px_knowledge_is_lower_case_word (const char *lower)
{
  WordList *list = get_wordlist ();

  return list != NULL && px_index_table_find (&list->words, lower, -1) >= 0;
}
