/* px-gold.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Scores an alignment against a gold annotation (tests/data/gold):
 * each gold member names a document and a verbatim quote, which stands for
 * the body sentence holding it. Shared by test-aligner, which guards the
 * bundled samples, and px-bench-quality, which scores any annotated set.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <json-glib/json-glib.h>

#include "px-gold.h"
#include "px-json-schema.h"

static PxArticle *
find_article (GPtrArray  *articles,
              const char *id)
{
  for (guint i = 0; i < articles->len; i++)
    if (g_strcmp0 (px_article_get_id (g_ptr_array_index (articles, i)), id) == 0)
      return g_ptr_array_index (articles, i);
  return NULL;
}

static int
sentence_for_quote (PxArticle  *article,
                    const char *quote)
{
  const char *text = px_article_get_text (article);
  const char *found = strstr (text, quote);
  const PxSentence *sentences;
  guint n, offset;

  if (found == NULL)
    return -1;
  offset = found - text;
  sentences = px_article_get_sentences (article, &n);
  for (guint s = 0; s < n; s++)
    if (sentences[s].start <= offset && offset < sentences[s].end)
      return s;
  return -1;
}

static char *
member_key (const char *document,
            guint       sentence)
{
  return g_strdup_printf ("%s#%u", document, sentence);
}

/* Every two keys of different documents, as "a | b" with a < b. */
static void
add_pairs (GHashTable *pairs,
           GPtrArray  *keys)
{
  for (guint i = 0; i < keys->len; i++)
    for (guint j = 0; j < keys->len; j++)
      {
        const char *a = g_ptr_array_index (keys, i);
        const char *b = g_ptr_array_index (keys, j);

        if (strcmp (a, b) >= 0 || strncmp (a, b, strchr (a, '#') - a + 1) == 0)
          continue;
        g_hash_table_add (pairs, g_strconcat (a, " | ", b, NULL));
      }
}

static const PxJsonSchema text_schema = { PX_JSON_STRING };
static const PxJsonMember member_members[] = {
  { "document", &text_schema, TRUE },
  { "quote", &text_schema, TRUE },
  { NULL }
};
static const PxJsonSchema member_schema = { PX_JSON_OBJECT, .members = member_members };
static const PxJsonMember group_members[] = {
  { "members", &(const PxJsonSchema) { PX_JSON_LIST, .element = &member_schema }, TRUE },
  { NULL }
};
static const PxJsonMember gold_members[] = {
  { "set", &(const PxJsonSchema) { PX_JSON_STRING, .nullable = TRUE }, FALSE },
  { "groups", &(const PxJsonSchema) {
      PX_JSON_LIST, .element = &(const PxJsonSchema) { PX_JSON_OBJECT, .members = group_members } }, TRUE },
  { NULL }
};
static const PxJsonSchema gold_schema = { PX_JSON_OBJECT, .members = gold_members };

/* One group's members as sentence keys, or %FALSE when one cannot be found. */
static gboolean
group_keys (JsonArray   *members,
            const char  *name,
            GPtrArray   *articles,
            GPtrArray   *keys,
            GError     **error)
{
  for (guint m = 0; m < json_array_get_length (members); m++)
    {
      JsonObject *member = json_array_get_object_element (members, m);
      const char *document = json_object_get_string_member (member, "document");
      const char *quote = json_object_get_string_member (member, "quote");
      PxArticle *article = find_article (articles, document);
      int sentence;

      if (article == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                       "%s: no document “%s” in the set", name, document);
          return FALSE;
        }
      sentence = sentence_for_quote (article, quote);
      if (sentence < 0)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                       "%s: “%s” not found in a sentence of %s", name, quote, document);
          return FALSE;
        }
      g_ptr_array_add (keys, member_key (document, sentence));
    }
  return TRUE;
}

/**
 * px_gold_pairs_from_data:
 * @data: (array length=length): a gold annotation
 * @length: its length
 * @name: the file's name, for messages
 * @articles: (element-type PxArticle): the annotated set, loaded
 * @set: (out) (optional): the set's folder as the file names it
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the gold pairs, or %NULL when the file is not a
 *   gold annotation (the message names the first problem by its path) or a
 *   member cannot be found in @articles
 */
GHashTable *
px_gold_pairs_from_data (const char  *data,
                         gsize        length,
                         const char  *name,
                         GPtrArray   *articles,
                         char       **set,
                         GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GHashTable) pairs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *problem = NULL;
  JsonObject *root;
  JsonArray *groups;

  if (px_json_text_check (data, length, 64, NULL) != PX_JSON_TEXT_OK)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "%s: not a gold annotation (nested too deeply, or more data follows its end)", name);
      return NULL;
    }
  if (!json_parser_load_from_data (parser, data, length, error))
    return NULL;
  if (json_parser_get_root (parser) == NULL ||
      !px_json_schema_check (&gold_schema, json_parser_get_root (parser), "", &problem))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s: not a gold annotation (%s)",
                   name, problem != NULL ? problem : "it is empty");
      return NULL;
    }
  root = json_node_get_object (json_parser_get_root (parser));
  groups = json_object_get_array_member (root, "groups");
  if (set != NULL)
    *set = g_strdup (json_object_get_string_member_with_default (root, "set", ""));

  for (guint g = 0; g < json_array_get_length (groups); g++)
    {
      JsonObject *group = json_array_get_object_element (groups, g);
      g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);

      if (!group_keys (json_object_get_array_member (group, "members"), name, articles, keys, error))
        {
          if (set != NULL)
            g_clear_pointer (set, g_free);
          return NULL;
        }
      add_pairs (pairs, keys);
    }
  return g_steal_pointer (&pairs);
}

/**
 * px_gold_load_pairs:
 * @path: a gold annotation file
 * @articles: (element-type PxArticle): the annotated set, loaded
 * @set: (out) (optional): the set's folder as the file names it
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the gold pairs, or %NULL as
 *   px_gold_pairs_from_data() says
 */
GHashTable *
px_gold_load_pairs (const char  *path,
                    GPtrArray   *articles,
                    char       **set,
                    GError     **error)
{
  g_autofree char *data = NULL;
  gsize length;

  if (!g_file_get_contents (path, &data, &length, error))
    return NULL;
  return px_gold_pairs_from_data (data, length, path, articles, set, error);
}

/**
 * px_gold_alignment_pairs:
 * @alignment: an alignment
 *
 * Returns: (transfer full): the pairs @alignment groups
 */
GHashTable *
px_gold_alignment_pairs (PxAlignment *alignment)
{
  GHashTable *pairs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint g = 0; g < px_alignment_get_n_groups (alignment); g++)
    {
      g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
      const PxAlignmentMember *members;
      guint n;

      members = px_alignment_group_get_members (alignment, g, &n);
      for (guint m = 0; m < n; m++)
        {
          PxArticle *article = px_alignment_get_article (alignment, members[m].article);

          g_ptr_array_add (keys, member_key (px_article_get_id (article), members[m].sentence));
        }
      add_pairs (pairs, keys);
    }
  return pairs;
}

/**
 * px_gold_score:
 * @gold: pairs from px_gold_load_pairs()
 * @predicted: pairs from px_gold_alignment_pairs()
 * @score: (out caller-allocates): the agreement
 */
void
px_gold_score (GHashTable  *gold,
               GHashTable  *predicted,
               PxGoldScore *score)
{
  GHashTableIter iter;
  gpointer key;

  memset (score, 0, sizeof *score);
  score->n_gold = g_hash_table_size (gold);
  score->n_predicted = g_hash_table_size (predicted);
  g_hash_table_iter_init (&iter, predicted);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (g_hash_table_contains (gold, key))
      score->n_hits++;
  score->precision = score->n_predicted ? (double)score->n_hits / score->n_predicted : 0;
  score->recall = score->n_gold ? (double)score->n_hits / score->n_gold : 0;
  if (score->precision + score->recall > 0)
    score->f1 = 2 * score->precision * score->recall / (score->precision + score->recall);
}

static void
print_pair (GPtrArray  *articles,
            const char *label,
            const char *pair)
{
  g_auto(GStrv) sides = g_strsplit (pair, " | ", 2);

  g_print ("# %s\n", label);
  for (guint i = 0; i < 2; i++)
    {
      g_auto(GStrv) parts = g_strsplit (sides[i], "#", 2);
      PxArticle *article = find_article (articles, parts[0]);
      g_autofree char *text = px_article_dup_sentence_text (article, atoi (parts[1]));

      g_print ("#   %s: %s\n", parts[0], text);
    }
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(char * const *)a, *(char * const *)b);
}

/**
 * px_gold_print_differences:
 * @articles: (element-type PxArticle): the set
 * @gold: the gold pairs
 * @predicted: the aligner's pairs
 *
 * Prints, as TAP comments, the pairs grouped wrongly and those missed, in
 * a stable order.
 */
void
px_gold_print_differences (GPtrArray  *articles,
                           GHashTable *gold,
                           GHashTable *predicted)
{
  for (guint pass = 0; pass < 2; pass++)
    {
      GHashTable *from = pass == 0 ? predicted : gold;
      GHashTable *other = pass == 0 ? gold : predicted;
      g_autofree gpointer *keys = g_hash_table_get_keys_as_array (from, NULL);
      guint n = g_hash_table_size (from);

      qsort (keys, n, sizeof (gpointer), compare_strings);
      for (guint i = 0; i < n; i++)
        if (!g_hash_table_contains (other, keys[i]))
          print_pair (articles, pass == 0 ? "grouped, not in gold" : "missed", keys[i]);
    }
}
