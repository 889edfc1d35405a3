/* test-dictionary.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "px-dictionary-private.h"
#include "px-test-race.h"

#define SYSTEM_DE_EN "/usr/share/trans/de-en"

static char *fixture_path;

/* The weight of @english among @german's translations, or -1. */
static float
weight_of (PxDictionary *dictionary,
           const char   *german,
           const char   *english)
{
  PxTranslation t[PX_DICTIONARY_MAX_TRANSLATIONS];
  guint n = px_dictionary_translate (dictionary, german, t);

  for (guint i = 0; i < n; i++)
    if (g_str_equal (t[i].english, english))
      return t[i].weight;
  return -1;
}

static void
check_sums (PxDictionary *dictionary,
            const char   *german)
{
  PxTranslation t[PX_DICTIONARY_MAX_TRANSLATIONS];
  guint n = px_dictionary_translate (dictionary, german, t);
  float sum = 0;

  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (n, <=, 8);
  for (guint i = 0; i < n; i++)
    {
      sum += t[i].weight;
      if (i > 0)
        g_assert_cmpfloat (t[i].weight, <=, t[i - 1].weight);
      g_assert_null (strchr (t[i].english, ' '));
    }
  g_assert_cmpfloat_with_epsilon (sum, 1.0, 1e-4);
}

static void
test_dictionary_forms (void)
{
  PxDictionary *dictionary = px_dictionary_get_de_en ();
  PxTranslation t[PX_DICTIONARY_MAX_TRANSLATIONS];

  g_assert_nonnull (dictionary);
  /* Both senses of "Truppe" count, each one half; head translations
   * weigh more than the ones after them.
   */
  g_assert_cmpuint (px_dictionary_translate (dictionary, "truppe", t), ==, 4);
  g_assert_cmpstr (t[0].english, ==, "troops");
  g_assert_cmpfloat_with_epsilon (weight_of (dictionary, "truppe", "troops"), 1.0 / 3, 1e-4);
  g_assert_cmpfloat_with_epsilon (weight_of (dictionary, "truppe", "troupe"), 1.0 / 3, 1e-4);
  g_assert_cmpfloat_with_epsilon (weight_of (dictionary, "truppe", "forces"), 1.0 / 6, 1e-4);
  /* The plural is a key of its own, from the sub-entries beside the head. */
  g_assert_cmpfloat_with_epsilon (weight_of (dictionary, "truppen", "troops"), 0.5, 1e-4);
  g_assert_cmpfloat_with_epsilon (weight_of (dictionary, "truppen", "troupes"), 0.5, 1e-4);
  /* Verb forms, "to" and "he/she" dropped, object placeholders too. */
  g_assert_cmpfloat_with_epsilon (weight_of (dictionary, "genehmigt", "approved"), 0.5, 1e-4);
  g_assert_cmpfloat_with_epsilon (weight_of (dictionary, "genehmigt", "approves"), 0.5, 1e-4);
  g_assert_cmpfloat_with_epsilon (weight_of (dictionary, "genehmigen", "approve"), 5.0 / 6, 1e-4);
  g_assert_cmpfloat_with_epsilon (weight_of (dictionary, "erlauben", "permit"), 1.0 / 3, 1e-4);
  g_assert_cmpfloat_with_epsilon (weight_of (dictionary, "beeilen", "hurry"), 1.0, 1e-4);
  check_sums (dictionary, "truppe");
  check_sums (dictionary, "truppen");
  check_sums (dictionary, "genehmigt");
  check_sums (dictionary, "soldat");
  check_sums (dictionary, "ding");
}

static void
test_dictionary_weights (void)
{
  PxDictionary *dictionary = px_dictionary_get_de_en ();
  PxTranslation t[PX_DICTIONARY_MAX_TRANSLATIONS];

  /* A multiword translation gives its content words, stop words dropped. */
  g_assert_cmpfloat_with_epsilon (weight_of (dictionary, "grenztruppe", "border"), 0.5, 1e-4);
  g_assert_cmpfloat_with_epsilon (weight_of (dictionary, "grenztruppe", "troops"), 0.5, 1e-4);
  g_assert_cmpuint (px_dictionary_translate (dictionary, "tagesbefehl", t), ==, 2);
  g_assert_cmpfloat (weight_of (dictionary, "tagesbefehl", "the"), <, 0);
  /* A translation marked poetic weighs half; so does a dated German word's. */
  g_assert_cmpfloat_with_epsilon (weight_of (dictionary, "soldat", "soldier"), 0.8, 1e-4);
  g_assert_cmpfloat_with_epsilon (weight_of (dictionary, "soldat", "warrior"), 0.2, 1e-4);
  g_assert_cmpfloat_with_epsilon (weight_of (dictionary, "kriegsknecht", "soldier"), 0.8, 1e-4);
  /* At most eight, the first ones kept. */
  g_assert_cmpuint (px_dictionary_translate (dictionary, "ding", t), ==, 8);
  g_assert_cmpstr (t[0].english, ==, "thing");
  g_assert_cmpfloat (weight_of (dictionary, "ding", "doohickey"), <, 0);
  /* Abbreviations and annotations are no words. */
  g_assert_cmpfloat_with_epsilon (weight_of (dictionary, "kram", "stuff"), 1.0, 1e-4);
  g_assert_cmpuint (px_dictionary_translate (dictionary, "krm", t), ==, 0);
  g_assert_cmpuint (px_dictionary_translate (dictionary, "flugkörper", t), ==, 0);
}

static void
test_dictionary_fallbacks (void)
{
  PxDictionary *dictionary = px_dictionary_get_de_en ();
  PxTranslation t[PX_DICTIONARY_MAX_TRANSLATIONS];

  /* Not listed: found by the Snowball stem of a listed form. */
  g_assert_cmpfloat (weight_of (dictionary, "soldaten", "soldier"), >, 0.5);
  /* Compounds by their longest head that is a key. */
  g_assert_cmpfloat (weight_of (dictionary, "langstreckenraketen", "missiles"), >, 0);
  g_assert_cmpfloat (weight_of (dictionary, "atacms-raketen", "missiles"), >, 0);
  g_assert_cmpfloat (weight_of (dictionary, "brennholz", "wood"), >, 0);
  /* A head needs a word of three letters or more in front of it. */
  g_assert_cmpuint (px_dictionary_translate (dictionary, "scholz", t), ==, 0);
  g_assert_cmpuint (px_dictionary_translate (dictionary, "selenskyj", t), ==, 0);
  g_assert_cmpuint (px_dictionary_translate (dictionary, "", t), ==, 0);
  g_assert_cmpuint (px_dictionary_translate (dictionary, "\xff\xfe", t), ==, 0);
}

/* The same key twice gives the same translations, their strings kept in
 * the dictionary (so they outlive the caller's array).
 */
static void
test_dictionary_stable (void)
{
  PxDictionary *dictionary = px_dictionary_get_de_en ();
  PxTranslation a[PX_DICTIONARY_MAX_TRANSLATIONS], b[PX_DICTIONARY_MAX_TRANSLATIONS];
  guint n = px_dictionary_translate (dictionary, "raketen", a);

  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (px_dictionary_translate (dictionary, "raketen", b), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_assert_true (a[i].english == b[i].english);
      g_assert_cmpfloat (a[i].weight, ==, b[i].weight);
    }
}

static void
test_dictionary_missing (void)
{
  g_assert_null (_px_dictionary_open ("/nonexistent/de-en"));
  g_assert_null (_px_dictionary_open (""));
  if (g_test_subprocess ())
    {
      g_setenv ("PARALLAX_DE_EN", "", TRUE);
      g_assert_null (px_dictionary_get_de_en ());
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static gpointer
translate_worker (gpointer data)
{
  PxTranslation t[PX_DICTIONARY_MAX_TRANSLATIONS];

  if (px_dictionary_translate (px_dictionary_get_de_en (), "truppen", t) == 0)
    return NULL;
  return (gpointer)t[0].english;
}

/* The first use races in several threads: one dictionary, one word. */
static void
test_dictionary_threads (void)
{
  if (g_test_subprocess ())
    {
      g_assert_nonnull (px_test_race (translate_worker, 8));
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* Debian's own file, when trans-de-en is installed. */
static void
test_dictionary_system (void)
{
  PxDictionary *dictionary;

  if (!g_file_test (SYSTEM_DE_EN, G_FILE_TEST_IS_REGULAR))
    {
      g_test_skip ("trans-de-en is not installed");
      return;
    }
  dictionary = _px_dictionary_open (SYSTEM_DE_EN);
  g_assert_nonnull (dictionary);
  g_assert_cmpfloat (weight_of (dictionary, "truppen", "troops"), >, 0.1);
  g_assert_cmpfloat (weight_of (dictionary, "soldaten", "soldiers"), >, 0.5);
  g_assert_cmpfloat (weight_of (dictionary, "genehmigt", "approved"), >, 0.1);
  g_assert_cmpfloat (weight_of (dictionary, "langstreckenraketen", "missiles"), >, 0);
  check_sums (dictionary, "haus");
  check_sums (dictionary, "geschickt");
  _px_dictionary_free (dictionary);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fixture_path = g_test_build_filename (G_TEST_DIST, "data", "lexicon", "de-en.txt", NULL);
  g_setenv ("PARALLAX_DE_EN", fixture_path, TRUE);

  g_test_add_func ("/px/dictionary/forms", test_dictionary_forms);
  g_test_add_func ("/px/dictionary/weights", test_dictionary_weights);
  g_test_add_func ("/px/dictionary/fallbacks", test_dictionary_fallbacks);
  g_test_add_func ("/px/dictionary/stable", test_dictionary_stable);
  g_test_add_func ("/px/dictionary/missing", test_dictionary_missing);
  g_test_add_func ("/px/dictionary/threads", test_dictionary_threads);
  g_test_add_func ("/px/dictionary/system", test_dictionary_system);

  return g_test_run ();
}
