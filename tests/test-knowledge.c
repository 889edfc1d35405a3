/* test-knowledge.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <libstemmer.h>
#include <glib/gstdio.h>

#include "px-knowledge.h"
#include "px-test-race.h"

/* The large resources read from fixtures of our own (tests/data/lexicon),
 * through the compiled indexes; px-knowledge.h's behaviour on the real
 * files is what test-tokenizer and test-aligner check.
 */

static char *
stem (const char *language,
      const char *word)
{
  struct sb_stemmer *stemmer = sb_stemmer_new (language, NULL);
  g_autofree char *lower = g_utf8_strdown (word, -1);
  const sb_symbol *s = sb_stemmer_stem (stemmer, (const sb_symbol *)lower, strlen (lower));
  char *result = g_strndup ((const char *)s, sb_stemmer_length (stemmer));

  sb_stemmer_delete (stemmer);
  return result;
}

static gboolean
share_set (const guint32 *a,
           guint          n_a,
           const guint32 *b,
           guint          n_b)
{
  for (guint i = 0; i < n_a; i++)
    for (guint j = 0; j < n_b; j++)
      if (a[i] == b[j])
        return TRUE;
  return FALSE;
}

static void
test_knowledge_wordlist (void)
{
  g_assert_true (px_knowledge_has_dictionary ());
  g_assert_true (px_knowledge_is_word ("rakete"));
  g_assert_false (px_knowledge_is_lower_case_word ("rakete"));
  g_assert_true (px_knowledge_is_word ("laufen"));
  g_assert_true (px_knowledge_is_lower_case_word ("laufen"));
  /* Capitalised, not upper-cased: "USA" is not "Usa". */
  g_assert_false (px_knowledge_is_word ("usa"));
  g_assert_false (px_knowledge_is_word ("raketen"));
  g_assert_false (px_knowledge_is_word (""));
}

static const guint32 *
german_sets (const char  *word,
             PxWordClass  word_class,
             guint       *n)
{
  g_autofree char *s = stem ("german", word);

  return px_knowledge_synonym_sets (s, word_class, n);
}

static void
test_knowledge_thesaurus (void)
{
  const guint32 *a, *b;
  guint n_a, n_b;
  g_autofree char *gruen = stem ("german", "grünes");
  g_autofree char *licht = stem ("german", "Licht");

  g_assert_true (px_knowledge_has_thesaurus ());
  a = german_sets ("Soldat", PX_WORD_NOUN, &n_a);
  b = german_sets ("Krieger", PX_WORD_ANY, &n_b);
  g_assert_nonnull (a);
  g_assert_true (share_set (a, n_a, b, n_b));
  /* A set's id is its line, comments not counted. */
  g_assert_cmpuint (n_a, ==, 1);
  g_assert_cmpuint (a[0], ==, 1);
  /* Nouns and other words are kept apart by case. */
  g_assert_null (german_sets ("Soldat", PX_WORD_OTHER, &n_a));
  g_assert_cmpuint (n_a, ==, 0);
  a = german_sets ("genehmigen", PX_WORD_OTHER, &n_a);
  b = german_sets ("zulassen", PX_WORD_OTHER, &n_b);
  g_assert_true (share_set (a, n_a, b, n_b));
  a = px_knowledge_phrase_synonym_sets (gruen, licht, &n_a);
  g_assert_nonnull (a);
  g_assert_cmpuint (a[0], ==, 2);
  /* A set too large to be synonyms is left out. */
  g_assert_null (german_sets ("Menge", PX_WORD_ANY, &n_a));
}

static const guint32 *
english_sets (const char *word,
              guint      *n)
{
  g_autofree char *s = stem ("english", word);

  return px_knowledge_english_synonym_sets (s, n);
}

static void
test_knowledge_wordnet (void)
{
  const guint32 *a, *b;
  guint n_a, n_b;
  g_autofree char *work = stem ("english", "work");
  g_autofree char *stoppage = stem ("english", "stoppage");

  g_assert_true (px_knowledge_has_wordnet ());
  a = english_sets ("troops", &n_a);
  b = english_sets ("soldier", &n_b);
  g_assert_true (share_set (a, n_a, b, n_b));
  /* Only the two most frequent senses. */
  a = english_sets ("strike", &n_a);
  g_assert_cmpuint (n_a, ==, 2);
  b = px_knowledge_english_phrase_synonym_sets (work, stoppage, &n_b);
  g_assert_true (share_set (a, n_a, b, n_b));
  /* Verbs come from their own file. */
  a = english_sets ("allow", &n_a);
  b = english_sets ("permit", &n_b);
  g_assert_true (share_set (a, n_a, b, n_b));
  a = english_sets ("banana", &n_a);
  g_assert_false (share_set (a, n_a, b, n_b));
  g_assert_cmpuint (a[0], >=, 0x01000000);
}

static gboolean
cache_has (const char *dir,
           const char *prefix)
{
  g_autofree char *folder = g_build_filename (dir, "parallax", NULL);
  g_autoptr(GDir) list = g_dir_open (folder, 0, NULL);
  const char *name;

  while (list != NULL && (name = g_dir_read_name (list)) != NULL)
    if (g_str_has_prefix (name, prefix))
      return TRUE;
  return FALSE;
}

static void
remove_cache (const char *dir)
{
  g_autofree char *folder = g_build_filename (dir, "parallax", NULL);
  g_autoptr(GDir) list = g_dir_open (folder, 0, NULL);
  const char *name;

  while (list != NULL && (name = g_dir_read_name (list)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      g_unlink (path);
    }
  g_rmdir (folder);
  g_rmdir (dir);
}

/* An English process never opens (or compiles) the German resources,
 * asking whether they are there included.
 */
static void
test_knowledge_per_language (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *cache = g_dir_make_tmp ("px-knowledge-XXXXXX", NULL);
      guint n;

      g_setenv ("XDG_CACHE_HOME", cache, TRUE);
      g_assert_true (px_knowledge_has_dictionary ());
      g_assert_true (px_knowledge_has_thesaurus ());
      px_knowledge_is_stop_word ("en", "the");
      px_knowledge_alias ("en", "us");
      px_knowledge_english_synonym_sets ("troop", &n);
      g_assert_true (cache_has (cache, "wordnet-"));
      g_assert_false (cache_has (cache, "wordlist-"));
      g_assert_false (cache_has (cache, "thesaurus-"));

      px_knowledge_preload ("de");
      g_assert_true (cache_has (cache, "wordlist-"));
      g_assert_true (cache_has (cache, "thesaurus-"));
      remove_cache (cache);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_knowledge_disabled (void)
{
  if (g_test_subprocess ())
    {
      guint n;

      g_setenv ("PARALLAX_WORDLIST", "", TRUE);
      g_setenv ("PARALLAX_THESAURUS", "/nonexistent/thesaurus.txt", TRUE);
      g_setenv ("PARALLAX_WORDNET", "", TRUE);
      g_assert_false (px_knowledge_has_dictionary ());
      g_assert_false (px_knowledge_has_thesaurus ());
      g_assert_false (px_knowledge_has_wordnet ());
      g_assert_false (px_knowledge_is_word ("rakete"));
      g_assert_null (px_knowledge_synonym_sets ("soldat", PX_WORD_ANY, &n));
      g_assert_null (px_knowledge_english_synonym_sets ("troop", &n));
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static gpointer
lookup_worker (gpointer data)
{
  guint n_de, n_en;
  const guint32 *de, *en;


  de = px_knowledge_synonym_sets ("soldat", PX_WORD_NOUN, &n_de);
  en = px_knowledge_english_synonym_sets ("troop", &n_en);
  if (!px_knowledge_is_word ("rakete") || de == NULL || en == NULL)
    return NULL;
  return GUINT_TO_POINTER (de[0] ^ en[0]);
}

/* Every resource's first use races in several threads; each is opened
 * once and all see the same answers.
 */
static void
test_knowledge_threads (void)
{
  if (g_test_subprocess ())
    {
      g_assert_nonnull (px_test_race (lookup_worker, 8));
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *wordlist = NULL;
  g_autofree char *thesaurus = NULL;
  g_autofree char *wordnet = NULL;

  g_test_init (&argc, &argv, NULL);
  wordlist = g_test_build_filename (G_TEST_DIST, "data", "lexicon", "wordlist.txt", NULL);
  thesaurus = g_test_build_filename (G_TEST_DIST, "data", "lexicon", "thesaurus.txt", NULL);
  wordnet = g_test_build_filename (G_TEST_DIST, "data", "lexicon", "wordnet", NULL);
  g_setenv ("PARALLAX_WORDLIST", wordlist, TRUE);
  g_setenv ("PARALLAX_THESAURUS", thesaurus, TRUE);
  g_setenv ("PARALLAX_WORDNET", wordnet, TRUE);

  g_test_add_func ("/px/knowledge/wordlist", test_knowledge_wordlist);
  g_test_add_func ("/px/knowledge/thesaurus", test_knowledge_thesaurus);
  g_test_add_func ("/px/knowledge/wordnet", test_knowledge_wordnet);
  g_test_add_func ("/px/knowledge/per-language", test_knowledge_per_language);
  g_test_add_func ("/px/knowledge/disabled", test_knowledge_disabled);
  g_test_add_func ("/px/knowledge/threads", test_knowledge_threads);

  return g_test_run ();
}
