/* px-dictionary.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-dictionary"

#include "config.h"

#include <string.h>
#include <libstemmer.h>

#include "px-dictionary-compile.h"
#include "px-dictionary-private.h"
#include "px-index-cache.h"

/* The dictionary is compiled at first use into a DICT index in the user's
 * cache (px-dictionary-compile.c) and mapped. A lookup copies a key's
 * records into the caller's PxTranslation array, the strings pointing into
 * the mapping. (A table of translations made once per key, as there was,
 * spread its pointers over megabytes of fresh pages: each first lookup on
 * a page cost a page fault, more than the lookup itself, issue #18.)
 */

#define DEFAULT_DE_EN "/usr/share/trans/de-en"

/* The cached index's name; a new one whenever what px_dictionary_compile()
 * stores changes, so that old caches are not read.
 */
#define CACHE_NAME "de-en-2"

/* Compound heads and the words in front of them are at least this long
 * ("Langstrecken|raketen"; not "Sc|holz").
 */
#define MIN_HEAD_CHARS  4
#define MIN_FRONT_CHARS 3

struct _PxDictionary
{
  PxIndex       *index;
  PxIndexTable   tables[3];
};

static PxDictionary *
dictionary_new (PxIndex *index)
{
  PxDictionary *self = g_new0 (PxDictionary, 1);
  g_autoptr(GError) error = NULL;

  for (guint t = PX_DICTIONARY_FORMS; t <= PX_DICTIONARY_ENGLISH; t++)
    if (!px_index_get_table (index, t, t != PX_DICTIONARY_ENGLISH,
                             t != PX_DICTIONARY_ENGLISH ? sizeof (PxIndexTranslation) : 0,
                             &self->tables[t], &error))
      {
        g_debug ("German–English dictionary: %s", error->message);
        g_free (self);
        px_index_free (index);
        return NULL;
      }
  self->index = index;
  return self;
}

/**
 * _px_dictionary_open:
 * @source: a Ding file
 *
 * Returns: (transfer full) (nullable): its dictionary, compiled into the
 *   cache if need be, or %NULL when @source is missing
 */
PxDictionary *
_px_dictionary_open (const char *source)
{
  PxIndex *index = px_index_cache_open (CACHE_NAME, PX_INDEX_KIND_DICTIONARY, source, NULL,
                                        px_dictionary_compile);

  return index != NULL ? dictionary_new (index) : NULL;
}

void
_px_dictionary_free (PxDictionary *self)
{
  if (self == NULL)
    return;
  px_index_free (self->index);
  g_free (self);
}

static gpointer
load_de_en (gpointer data)
{
  const char *source = px_index_cache_source ("PARALLAX_DE_EN", DEFAULT_DE_EN);
  PxDictionary *self = source[0] != '\0' ? _px_dictionary_open (source) : NULL;

  if (self == NULL)
    g_debug ("German–English dictionary unavailable (%s): German words have no vectors",
             source[0] != '\0' ? source : "disabled");
  return self;
}

/**
 * px_dictionary_get_de_en:
 *
 * The process's German–English dictionary: $PARALLAX_DE_EN (set empty,
 * none), otherwise trans-de-en's file. Opened on the first call, once,
 * from whichever thread.
 *
 * Returns: (transfer none) (nullable): the dictionary, or %NULL when
 *   trans-de-en is not installed
 */
PxDictionary *
px_dictionary_get_de_en (void)
{
  static GOnce once = G_ONCE_INIT;

  return g_once (&once, load_de_en, NULL);
}

G_STATIC_ASSERT (PX_DICTIONARY_KEPT_TRANSLATIONS <= PX_DICTIONARY_MAX_TRANSLATIONS);

/* A key's translations, into @out; the strings stay in the index. */
static guint
translations (PxDictionary  *self,
              guint          table,
              gint           key,
              PxTranslation *out)
{
  const PxIndexTranslation *records;
  guint n, m = 0;

  records = px_index_table_get_records (&self->tables[table], key, &n);
  for (guint i = 0; records != NULL && i < n && m < PX_DICTIONARY_MAX_TRANSLATIONS; i++)
    {
      const char *word = px_index_table_get_key (&self->tables[PX_DICTIONARY_ENGLISH],
                                                 records[i].english);

      if (word != NULL)
        out[m++] = (PxTranslation) { word, records[i].weight };
    }
  return m;
}

static void
free_stemmer (gpointer data)
{
  sb_stemmer_delete (data);
}

/* Snowball stemmers keep state: one per thread. */
static char *
german_stem (const char *word,
             gssize      len)
{
  static GPrivate stemmer_key = G_PRIVATE_INIT (free_stemmer);
  struct sb_stemmer *stemmer = g_private_get (&stemmer_key);
  const sb_symbol *stem;

  if (stemmer == NULL)
    {
      if ((stemmer = sb_stemmer_new ("german", NULL)) == NULL)
        return NULL;
      g_private_set (&stemmer_key, stemmer);
    }
  stem = sb_stemmer_stem (stemmer, (const sb_symbol *)word, len < 0 ? (int)strlen (word) : len);
  return stem != NULL ? g_strndup ((const char *)stem, sb_stemmer_length (stemmer)) : NULL;
}

/* @word with every "ss" as "ß", or NULL: casefolding (and Swiss
 * spelling) writes "Zusammenstößen" as "zusammenstössen", while the
 * dictionary lists its forms with "ß".
 */
static char *
sharp_s (const char *word)
{
  g_auto(GStrv) parts = NULL;

  if (strstr (word, "ss") == NULL)
    return NULL;
  parts = g_strsplit (word, "ss", -1);
  return g_strjoinv ("ß", parts);
}

/* The form as listed (in either spelling of "ss"), else its stem. */
static guint
lookup (PxDictionary  *self,
        const char    *word,
        PxTranslation *out)
{
  g_autofree char *stem = NULL;
  g_autofree char *sharp = sharp_s (word);
  PxIndexTable *forms = &self->tables[PX_DICTIONARY_FORMS];
  gint key;

  if ((key = px_index_table_find (forms, word, -1)) >= 0 ||
      (sharp != NULL && (key = px_index_table_find (forms, sharp, -1)) >= 0))
    return translations (self, PX_DICTIONARY_FORMS, key, out);
  if ((stem = german_stem (word, -1)) != NULL &&
      (key = px_index_table_find (&self->tables[PX_DICTIONARY_STEMS], stem, -1)) >= 0)
    return translations (self, PX_DICTIONARY_STEMS, key, out);
  return 0;
}

/* Compounds the dictionary lacks are read by their head: the longest
 * ending that is a key ("Langstreckenraketen" → "raketen").
 */
static guint
lookup_head (PxDictionary  *self,
             const char    *word,
             PxTranslation *out)
{
  glong n_chars = g_utf8_strlen (word, -1);
  const char *p = word;

  for (glong i = 0; i <= n_chars - MIN_HEAD_CHARS; i++, p = g_utf8_next_char (p))
    {
      guint n;

      if (i < MIN_FRONT_CHARS)
        continue;
      if ((n = lookup (self, p, out)) > 0)
        return n;
    }
  return 0;
}

/**
 * px_dictionary_translate:
 * @self: the dictionary
 * @german_lower: a lower-case German word
 * @out: (out caller-allocates) (array fixed-size=8): receives its
 *   translations, heaviest first; their strings are kept by @self
 *
 * Looks the word up as listed, then by its Snowball stem, then by its
 * compound head; a word with "ss" also as spelt with "ß".
 *
 * Returns: the number of translations put in @out (at most
 *   %PX_DICTIONARY_MAX_TRANSLATIONS), 0 when none is known
 */
guint
px_dictionary_translate (PxDictionary  *self,
                         const char    *german_lower,
                         PxTranslation  out[PX_DICTIONARY_MAX_TRANSLATIONS])
{
  guint n;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (german_lower != NULL, 0);
  g_return_val_if_fail (out != NULL, 0);

  if (german_lower[0] == '\0' || !g_utf8_validate (german_lower, -1, NULL))
    return 0;
  if ((n = lookup (self, german_lower, out)) > 0)
    return n;
  return lookup_head (self, german_lower, out);
}
