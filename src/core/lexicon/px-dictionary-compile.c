/* px-dictionary-compile.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-dictionary-compile"

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <libstemmer.h>

#include "px-dictionary-compile.h"
#include "px-knowledge.h"

/* Debian's trans-de-en is the Ding dictionary, one entry a line:
 *
 *   Truppe {f} [mil.] | Truppen {pl} | Fronttruppen {pl} ::
 *     troops; forces | troops | frontline troops
 *
 * (one line in the file). " :: " parts German from English; " | " parts
 * parallel sub-entries (the headword, its plural or verb forms, compounds,
 * examples), paired by position; "; " parts synonyms. {…} [...] (…) are
 * annotations.
 *
 * Every German form that stands as one word in a sub-entry becomes a key,
 * so inflected forms ("Truppen", "genehmigt") are found as written. A key
 * maps to the English words of its sub-entry: each synonym weighs
 * 1 / (1 + its position), single words in full, the content words of a
 * multiword translation sharing half; every occurrence of the key (every
 * sense: "Truppe" the troops, "Truppe" the troupe) adds one such
 * distribution. The sum, cut to the heaviest PX_DICTIONARY_KEPT_TRANSLATIONS
 * and normalised to 1, is the key's translation: a word whose senses
 * agree keeps its weight together, one with many unrelated translations
 * spreads it thin ("geschickt": skilful, sent, …). Annotations marking
 * a word or translation rare, dated or poetic halve its weight.
 *
 * A second table maps German Snowball stems to the merged translations of
 * their forms, for inflections the dictionary does not list.
 */

#define MULTIWORD_WEIGHT 0.5f
#define RARE_WEIGHT      0.5f

static const char *rare_markers[] = {
  "rare", "poet.", "dated", "obs.", "archaic", "becoming dated", "literary", "former name",
  "veraltet", "veraltend", "selten", "alt", "altertümlich", "altertümelnd",
  "frühere Bezeichnung",
};

/* Object placeholders ("jdm. etw. erlauben", "to permit sb. sth.") and
 * reflexives are not the word.
 */
static const char *placeholders[] = {
  "jd.", "jdn.", "jdm.", "jds.", "etw.", "sich", "sb.", "sth.", "sb.'s", "sth.'s", "one's",
  "oneself", "someone", "something", "somebody", "…", "...", "~",
};

typedef struct
{
  GHashTable *english;    /* word → id + 1 */
  GPtrArray  *words;      /* id → word */
  GHashTable *forms;      /* German key → GArray of PxIndexTranslation */
} Compiler;

static gboolean
in_list (const char  *word,
         const char **list,
         gsize        n)
{
  for (gsize i = 0; i < n; i++)
    if (g_str_equal (word, list[i]))
      return TRUE;
  return FALSE;
}

/* Drops {…}, […], (…) and /…/ (abbreviations); sets *rare for a rarity note. */
static char *
strip_annotations (const char *item,
                   gboolean   *rare)
{
  GString *out = g_string_new (NULL);
  const char *p = item;

  *rare = FALSE;
  while (*p != '\0')
    {
      const char *close = NULL;

      if (*p == '{' || *p == '[' || *p == '(')
        close = strchr (p, *p == '{' ? '}' : *p == '[' ? ']' : ')');
      else if (*p == '/' && (p == item || p[-1] == ' '))
        close = strchr (p + 1, '/');
      if (close == NULL)
        {
          g_string_append_c (out, *p++);
          continue;
        }
      if (*p == '[')
        {
          g_autofree char *note = g_strndup (p + 1, close - p - 1);

          *rare |= in_list (note, rare_markers, G_N_ELEMENTS (rare_markers));
        }
      p = close + 1;
    }
  return g_string_free (out, FALSE);
}

/* The item's words, without placeholders and "er/sie"-style alternatives. */
static GPtrArray *
item_words (const char *clean)
{
  g_auto(GStrv) tokens = g_strsplit (clean, " ", -1);
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; tokens[i] != NULL; i++)
    {
      char *token = g_strstrip (tokens[i]);
      gsize len;

      while ((len = strlen (token)) > 0 && strchr (",;:!?\"", token[len - 1]) != NULL)
        token[len - 1] = '\0';
      if (token[0] == '\0' || strchr (token, '/') != NULL ||
          in_list (token, placeholders, G_N_ELEMENTS (placeholders)))
        continue;
      g_ptr_array_add (words, g_utf8_strdown (token, -1));
    }
  return words;
}

/* A word of letters, and digits, hyphens and apostrophes between them. */
static gboolean
is_plain_word (const char *word)
{
  gboolean letter = FALSE;

  if (!g_utf8_validate (word, -1, NULL))
    return FALSE;
  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalpha (c))
        letter = TRUE;
      else if (!g_unichar_isdigit (c) && c != '-' && c != '\'' && c != 0x2019)
        return FALSE;
    }
  return letter && word[0] != '-' && word[0] != '\'';
}

static guint32
english_id (Compiler   *self,
            const char *word)
{
  guint id = GPOINTER_TO_UINT (g_hash_table_lookup (self->english, word));

  if (id == 0)
    {
      char *copy = g_strdup (word);

      g_ptr_array_add (self->words, copy);
      id = self->words->len;
      g_hash_table_insert (self->english, copy, GUINT_TO_POINTER (id));
    }
  return id - 1;
}

static void
add_weight (GArray  *into,
            guint32  english,
            float    weight)
{
  PxIndexTranslation t = { english, weight };

  for (guint i = 0; i < into->len; i++)
    if (g_array_index (into, PxIndexTranslation, i).english == english)
      {
        g_array_index (into, PxIndexTranslation, i).weight += weight;
        return;
      }
  g_array_append_val (into, t);
}

static void
normalise (GArray *weights)
{
  float total = 0;

  for (guint i = 0; i < weights->len; i++)
    total += g_array_index (weights, PxIndexTranslation, i).weight;
  for (guint i = 0; total > 0 && i < weights->len; i++)
    g_array_index (weights, PxIndexTranslation, i).weight /= total;
}

/* One English sub-entry as a distribution over words, summing to 1. */
static GArray *
english_distribution (Compiler   *self,
                      const char *sub_entry)
{
  g_auto(GStrv) items = g_strsplit (sub_entry, ";", -1);
  GArray *weights = g_array_new (FALSE, FALSE, sizeof (PxIndexTranslation));

  for (guint p = 0; items[p] != NULL; p++)
    {
      gboolean rare;
      g_autofree char *clean = strip_annotations (g_strstrip (items[p]), &rare);
      g_autoptr(GPtrArray) words = NULL;
      g_autoptr(GPtrArray) content = g_ptr_array_new ();
      float weight = (rare ? RARE_WEIGHT : 1.0f) / (1 + p);

      g_strstrip (clean);
      /* Verbs are listed "to permit". */
      words = item_words (g_str_has_prefix (clean, "to ") ? clean + 3 : clean);
      for (guint w = 0; w < words->len; w++)
        if (is_plain_word (words->pdata[w]) && !px_knowledge_is_stop_word ("en", words->pdata[w]))
          g_ptr_array_add (content, words->pdata[w]);
      if (content->len == 0)
        continue;
      if (words->len > 1)
        weight *= MULTIWORD_WEIGHT / content->len;
      for (guint w = 0; w < content->len; w++)
        add_weight (weights, english_id (self, content->pdata[w]), weight);
    }
  normalise (weights);
  return weights;
}

/* The German item as a key, or NULL when it is not one word. */
static char *
german_key (const char *item,
            gboolean   *rare)
{
  g_autofree char *clean = strip_annotations (item, rare);
  g_autoptr(GPtrArray) words = item_words (clean);

  if (words->len != 1 || !is_plain_word (words->pdata[0]))
    return NULL;
  return g_strdup (words->pdata[0]);
}

static void
add_sub_entry (Compiler   *self,
               const char *german,
               const char *english)
{
  g_autoptr(GArray) weights = english_distribution (self, english);
  g_auto(GStrv) items = NULL;

  if (weights->len == 0)
    return;
  items = g_strsplit (german, ";", -1);
  for (guint i = 0; items[i] != NULL; i++)
    {
      gboolean rare;
      char *key = german_key (g_strstrip (items[i]), &rare);
      GArray *into;

      if (key == NULL)
        continue;
      if ((into = g_hash_table_lookup (self->forms, key)) == NULL)
        {
          into = g_array_new (FALSE, FALSE, sizeof (PxIndexTranslation));
          g_hash_table_insert (self->forms, key, into);
        }
      else
        g_free (key);
      for (guint w = 0; w < weights->len; w++)
        {
          PxIndexTranslation *t = &g_array_index (weights, PxIndexTranslation, w);

          add_weight (into, t->english, t->weight * (rare ? RARE_WEIGHT : 1.0f));
        }
    }
}

static void
add_line (Compiler *self,
          char     *line)
{
  char *sep = strstr (line, " :: ");
  g_auto(GStrv) german = NULL;
  g_auto(GStrv) english = NULL;

  if (*line == '#' || sep == NULL || !g_utf8_validate (line, -1, NULL))
    return;
  *sep = '\0';
  german = g_strsplit (line, " | ", -1);
  english = g_strsplit (sep + 4, " | ", -1);
  /* Sub-entries pair by position; a line whose counts differ is paired
   * by its headwords only.
   */
  if (g_strv_length (german) != g_strv_length (english))
    {
      add_sub_entry (self, german[0], english[0]);
      return;
    }
  for (guint i = 0; german[i] != NULL; i++)
    add_sub_entry (self, german[i], english[i]);
}

static int
heavier_first (gconstpointer a,
               gconstpointer b)
{
  const PxIndexTranslation *ta = a, *tb = b;

  if (ta->weight != tb->weight)
    return ta->weight > tb->weight ? -1 : 1;
  return ta->english < tb->english ? -1 : ta->english > tb->english;
}

/* The singular @plural stands for, or NULL: "tanks" → "tank",
 * "batteries" → "battery", "boxes" → "box".
 */
static char *
singular_of (const char *plural,
             guint       ending)
{
  gsize len = strlen (plural);

  switch (ending)
    {
    case 0:
      return len > 3 && plural[len - 1] == 's' && plural[len - 2] != 's' ?
             g_strndup (plural, len - 1) : NULL;
    case 1:
      return len > 4 && g_str_has_suffix (plural, "es") ? g_strndup (plural, len - 2) : NULL;
    default:
      return len > 4 && g_str_has_suffix (plural, "ies") ?
             g_strdup_printf ("%.*sy", (int)len - 3, plural) : NULL;
    }
}

/* A German key's list names the singular and the plural of one English
 * noun apart ("shield", "shields"): they are one sense, and counted twice
 * they crowd other senses out of the cut. The plural's weight goes to the
 * singular when both are listed.
 */
static void
fold_plurals (Compiler *self,
              GArray   *weights)
{
  g_autoptr(GHashTable) index = NULL;
  guint n = 0;

  if (weights->len < 2)
    return;
  index = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < weights->len; i++)
    {
      guint32 english = g_array_index (weights, PxIndexTranslation, i).english;

      g_hash_table_insert (index, self->words->pdata[english], GUINT_TO_POINTER (i + 1));
    }
  for (guint i = 0; i < weights->len; i++)
    {
      PxIndexTranslation *t = &g_array_index (weights, PxIndexTranslation, i);
      guint into = 0;

      for (guint ending = 0; ending < 3 && into == 0; ending++)
        {
          g_autofree char *singular = singular_of (self->words->pdata[t->english], ending);

          if (singular != NULL)
            into = GPOINTER_TO_UINT (g_hash_table_lookup (index, singular));
        }
      if (into != 0)
        {
          g_array_index (weights, PxIndexTranslation, into - 1).weight += t->weight;
          t->weight = -1.0f;
        }
    }
  for (guint i = 0; i < weights->len; i++)
    if (g_array_index (weights, PxIndexTranslation, i).weight >= 0.0f)
      g_array_index (weights, PxIndexTranslation, n++) =
        g_array_index (weights, PxIndexTranslation, i);
  g_array_set_size (weights, n);
}

/* Heaviest first, at most PX_DICTIONARY_KEPT_TRANSLATIONS, summing to 1. */
static void
finish (GArray *weights)
{
  g_array_sort (weights, heavier_first);
  if (weights->len > PX_DICTIONARY_KEPT_TRANSLATIONS)
    g_array_set_size (weights, PX_DICTIONARY_KEPT_TRANSLATIONS);
  normalise (weights);
}

static void
finish_cb (gpointer key,
           gpointer value,
           gpointer user_data)
{
  fold_plurals (user_data, value);
  finish (value);
}

static void
free_array (gpointer data)
{
  g_array_unref (data);
}

static GHashTable *
stem_forms (GHashTable *forms)
{
  GHashTable *stems = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, free_array);
  struct sb_stemmer *stemmer = sb_stemmer_new ("german", NULL);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, forms);
  while (stemmer != NULL && g_hash_table_iter_next (&iter, &key, &value))
    {
      const sb_symbol *stem = sb_stemmer_stem (stemmer, key, strlen (key));
      g_autofree char *stem_key = g_strndup ((const char *)stem, sb_stemmer_length (stemmer));
      GArray *form = value, *into;

      if ((into = g_hash_table_lookup (stems, stem_key)) == NULL)
        {
          into = g_array_new (FALSE, FALSE, sizeof (PxIndexTranslation));
          g_hash_table_insert (stems, g_steal_pointer (&stem_key), into);
        }
      for (guint i = 0; i < form->len; i++)
        add_weight (into, g_array_index (form, PxIndexTranslation, i).english,
                    g_array_index (form, PxIndexTranslation, i).weight);
    }
  if (stemmer != NULL)
    sb_stemmer_delete (stemmer);
  return stems;
}

static int
compare_words (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

/* English words are table 2, sorted; records name them by key number. */
static guint32 *
add_english (Compiler      *self,
             PxIndexWriter *writer)
{
  guint n = self->words->len;
  g_autofree const char **sorted = g_new (const char *, n);
  guint32 table = px_index_writer_add_table (writer, TRUE, FALSE, 0);
  guint32 *number = g_new (guint32, n);

  memcpy (sorted, self->words->pdata, n * sizeof (char *));
  qsort (sorted, n, sizeof (char *), compare_words);
  for (guint i = 0; i < n; i++)
    {
      px_index_writer_add (writer, table, sorted[i], NULL, 0);
      number[GPOINTER_TO_UINT (g_hash_table_lookup (self->english, sorted[i])) - 1] = i;
    }
  return number;
}

static void
add_keys (PxIndexWriter *writer,
          guint32        table,
          GHashTable    *keys,
          const guint32 *number)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, keys);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GArray *weights = value;

      finish (weights);
      for (guint i = 0; i < weights->len; i++)
        g_array_index (weights, PxIndexTranslation, i).english =
          number[g_array_index (weights, PxIndexTranslation, i).english];
      if (weights->len > 0)
        px_index_writer_add (writer, table, key, weights->data, weights->len);
    }
}

/**
 * px_dictionary_compile:
 * @source: a Ding dictionary file (Debian: /usr/share/trans/de-en)
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): a writer holding the DICT index
 */
PxIndexWriter *
px_dictionary_compile (const char  *source,
                       GError     **error)
{
  g_autofree char *contents = NULL;
  g_autoptr(GHashTable) stems = NULL;
  g_autofree guint32 *number = NULL;
  Compiler self;
  PxIndexWriter *writer;
  char *line, *next;

  if (!g_file_get_contents (source, &contents, NULL, error))
    return NULL;
  self.english = g_hash_table_new (g_str_hash, g_str_equal);
  self.words = g_ptr_array_new_with_free_func (g_free);
  self.forms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, free_array);
  for (line = contents; line != NULL && *line != '\0'; line = next)
    {
      if ((next = strchr (line, '\n')) != NULL)
        *next++ = '\0';
      add_line (&self, line);
    }

  /* Stems merge the forms' finished translations, each form counting once. */
  g_hash_table_foreach (self.forms, finish_cb, &self);
  stems = stem_forms (self.forms);
  writer = px_index_writer_new (PX_INDEX_KIND_DICTIONARY);
  px_index_writer_add_table (writer, TRUE, TRUE, sizeof (PxIndexTranslation));
  px_index_writer_add_table (writer, TRUE, TRUE, sizeof (PxIndexTranslation));
  number = add_english (&self, writer);
  add_keys (writer, PX_DICTIONARY_STEMS, stems, number);
  add_keys (writer, PX_DICTIONARY_FORMS, self.forms, number);

  g_hash_table_unref (self.english);
  g_ptr_array_unref (self.words);
  g_hash_table_unref (self.forms);
  return writer;
}
