/* test-tokenizer.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "px-knowledge.h"
#include "px-test-utils.h"

static PxToken *
find_token (GArray     *tokens,
            const char *fold)
{
  for (guint i = 0; i < tokens->len; i++)
    if (g_strcmp0 (g_array_index (tokens, PxToken, i).fold, fold) == 0)
      return &g_array_index (tokens, PxToken, i);
  return NULL;
}

static void
test_tokenizer_offsets (void)
{
  g_autoptr(PxTokenizer) tokenizer = px_tokenizer_new ("de");
  const char *text = "Der „Pegel“ stieg auf 7,34 Meter.";
  g_autoptr(GArray) tokens = px_tokenizer_tokenize (tokenizer, text, -1, 100);
  PxToken *token;

  /* Der „ Pegel “ stieg auf 7,34 Meter . */
  g_assert_cmpuint (tokens->len, ==, 9);
  for (guint i = 0; i < tokens->len; i++)
    {
      token = &g_array_index (tokens, PxToken, i);
      g_assert_cmpuint (token->start, >=, 100);
      g_assert_cmpuint (token->end, <=, 100 + strlen (text));
      /* Spans cover exactly the text as written. */
      {
        g_autofree char *folded = g_utf8_casefold (text + token->start - 100,
                                                   token->end - token->start);

        g_assert_cmpstr (folded, ==, token->fold);
      }
    }

  token = &g_array_index (tokens, PxToken, 1);
  g_assert_cmpint (token->kind, ==, PX_TOKEN_QUOTE);
  token = &g_array_index (tokens, PxToken, 2);
  g_assert_cmpstr (token->fold, ==, "pegel");
  g_assert_true (token->flags & PX_TOKEN_FLAG_IN_QUOTE);
  g_assert_cmpuint (token->start, ==, 100 + strlen ("Der „"));
  g_assert_cmpuint (token->end, ==, 100 + strlen ("Der „Pegel"));

  token = &g_array_index (tokens, PxToken, 6);
  g_assert_cmpint (token->kind, ==, PX_TOKEN_NUMBER);
  g_assert_cmpstr (token->fold, ==, "7,34");
  g_assert_cmpstr (token->norm, ==, "7.34");

  token = &g_array_index (tokens, PxToken, 8);
  g_assert_cmpint (token->kind, ==, PX_TOKEN_PUNCT);
}

static void
test_tokenizer_numbers (void)
{
  g_autoptr(PxTokenizer) de = px_tokenizer_new ("de");
  g_autoptr(PxTokenizer) en = px_tokenizer_new ("en");
  g_autoptr(GArray) a = px_tokenizer_tokenize (de, "Mehr als 10.000 Soldaten.", -1, 0);
  g_autoptr(GArray) b = px_tokenizer_tokenize (en, "More than 10,000 soldiers.", -1, 0);

  /* The same value however it is written. */
  g_assert_cmpstr (find_token (a, "10.000")->norm, ==, "10000");
  g_assert_cmpstr (find_token (b, "10,000")->norm, ==, "10000");
}

static void
test_tokenizer_casefold_and_stems (void)
{
  g_autoptr(PxTokenizer) tokenizer = px_tokenizer_new ("de");
  g_autoptr(GArray) tokens =
    px_tokenizer_tokenize (tokenizer, "Die STRASSE und die Straße; Raketen und Rakete.", -1, 0);
  PxToken *upper = &g_array_index (tokens, PxToken, 1);
  PxToken *sharp = &g_array_index (tokens, PxToken, 4);
  g_autofree char *plural = px_tokenizer_stem (tokenizer, "Raketen");
  g_autofree char *singular = px_tokenizer_stem (tokenizer, "Rakete");

  /* Casefolding maps ß to ss. */
  g_assert_cmpstr (upper->fold, ==, "strasse");
  g_assert_cmpstr (sharp->fold, ==, "strasse");
  g_assert_true (upper->flags & PX_TOKEN_FLAG_ACRONYM);
  g_assert_true (sharp->flags & PX_TOKEN_FLAG_CAPITALISED);
  g_assert_false (sharp->flags & PX_TOKEN_FLAG_ACRONYM);
  g_assert_cmpstr (plural, ==, singular);
}

static void
test_tokenizer_english_stems (void)
{
  g_autoptr(PxTokenizer) tokenizer = px_tokenizer_new ("en");
  g_autoptr(GArray) tokens =
    px_tokenizer_tokenize (tokenizer, "Biden's officials approved approvals.", -1, 0);
  g_autofree char *a = px_tokenizer_stem (tokenizer, "approved");
  g_autofree char *b = px_tokenizer_stem (tokenizer, "approving");

  g_assert_cmpstr (a, ==, b);
  /* The possessive is matched as the name. */
  g_assert_cmpstr (g_array_index (tokens, PxToken, 0).norm, ==, "biden");
}

static void
test_tokenizer_british_american (void)
{
  g_autoptr(PxTokenizer) tokenizer = px_tokenizer_new ("en");
  g_autoptr(GArray) british =
    px_tokenizer_tokenize (tokenizer, "The union criticised the labour centre.", -1, 0);
  g_autoptr(GArray) american =
    px_tokenizer_tokenize (tokenizer, "The union criticized the labor center.", -1, 0);

  /* A British and an American outlet spell the same words apart; the
   * stems meet, the words as written stay as they were.
   */
  g_assert_cmpuint (british->len, ==, american->len);
  for (guint i = 0; i < british->len; i++)
    g_assert_cmpstr (g_array_index (british, PxToken, i).stem, ==,
                     g_array_index (american, PxToken, i).stem);
  g_assert_cmpstr (g_array_index (british, PxToken, 2).norm, ==, "criticised");
  /* AP style abbreviates months: "Nov. 24" is "24 November". */
  {
    g_autoptr(GArray) dates = px_tokenizer_tokenize (tokenizer, "Nov. 24, 24 November, may", -1, 0);

    g_assert_cmpstr (g_array_index (dates, PxToken, 0).stem, ==, g_array_index (dates, PxToken, 5).stem);
    /* "may" is a verb far more often than a month. */
    g_assert_cmpstr (g_array_index (dates, PxToken, 7).stem, ==, "may");
  }
  /* Short words are no spelling variants: "four" is not "for". */
  {
    g_autoptr(GArray) four = px_tokenizer_tokenize (tokenizer, "four for", -1, 0);

    g_assert_cmpstr (g_array_index (four, PxToken, 0).stem, !=, g_array_index (four, PxToken, 1).stem);
  }
}

static void
test_tokenizer_hyphenated (void)
{
  g_autoptr(PxTokenizer) tokenizer = px_tokenizer_new ("de");
  g_autoptr(GArray) tokens =
    px_tokenizer_tokenize (tokenizer, "Der US-Präsident erlaubt ATACMS-Raketen.", -1, 0);
  PxToken *president = &g_array_index (tokens, PxToken, 1);
  PxToken *missiles = &g_array_index (tokens, PxToken, 3);
  g_autofree char *praesident = px_tokenizer_stem (tokenizer, "Präsident");
  g_autofree char *raketen = px_tokenizer_stem (tokenizer, "Raketen");

  g_assert_cmpuint (tokens->len, ==, 5);
  /* Joined and separated at once. */
  g_assert_cmpstr (president->norm, ==, "uspräsident");
  g_assert_nonnull (president->parts);
  g_assert_cmpstr (president->parts[0], ==, "us");
  g_assert_cmpstr (president->parts[1], ==, praesident);
  g_assert_null (president->parts[2]);
  g_assert_cmpstr (missiles->parts[1], ==, raketen);
}

static void
test_tokenizer_compounds (void)
{
  g_autoptr(PxTokenizer) tokenizer = px_tokenizer_new ("de");
  g_autoptr(GArray) tokens = NULL;
  g_autofree char *rakete = NULL;
  PxToken *token;

  if (!px_knowledge_has_dictionary ())
    {
      g_test_skip ("no German word list installed");
      return;
    }

  tokens = px_tokenizer_tokenize (tokenizer, "Die Langstreckenraketen fliegen weit.", -1, 0);
  token = find_token (tokens, "langstreckenraketen");
  rakete = px_tokenizer_stem (tokenizer, "Rakete");
  g_assert_nonnull (token);
  /* The head noun is an extra feature. */
  g_assert_cmpstr (token->head, ==, rakete);
  g_assert_nonnull (token->modifier);
  g_assert_true (g_str_has_prefix (token->modifier, "langstreck"));

  /* Short and simple words are left alone. */
  token = find_token (tokens, "weit");
  g_assert_null (token->head);

  px_tokenizer_set_split_compounds (tokenizer, FALSE);
  g_clear_pointer (&tokens, g_array_unref);
  tokens = px_tokenizer_tokenize (tokenizer, "Die Langstreckenraketen fliegen weit.", -1, 0);
  g_assert_null (find_token (tokens, "langstreckenraketen")->head);
}

static void
test_tokenizer_stop_words (void)
{
  g_autoptr(PxTokenizer) de = px_tokenizer_new ("de");
  g_autoptr(PxTokenizer) en = px_tokenizer_new ("en");
  g_autoptr(GArray) tokens =
    px_tokenizer_tokenize (de, "Die Regierung hat die Flutung genehmigt, sagte er.", -1, 0);

  g_assert_true (find_token (tokens, "die")->flags & PX_TOKEN_FLAG_STOP);
  g_assert_true (find_token (tokens, "hat")->flags & PX_TOKEN_FLAG_STOP);
  g_assert_false (find_token (tokens, "flutung")->flags & PX_TOKEN_FLAG_STOP);
  g_assert_false (find_token (tokens, "genehmigt")->flags & PX_TOKEN_FLAG_STOP);
  g_assert_true (find_token (tokens, "sagte")->flags & PX_TOKEN_FLAG_REPORTING);
  /* "Regierung" follows an article: a common noun, not a name. */
  g_assert_true (find_token (tokens, "regierung")->flags & PX_TOKEN_FLAG_AFTER_DETERMINER);
  g_assert_true (find_token (tokens, "die")->flags & PX_TOKEN_FLAG_INITIAL);

  g_assert_true (px_tokenizer_is_stop_word (en, "The"));
  g_assert_false (px_tokenizer_is_stop_word (en, "missile"));
  g_assert_false (px_tokenizer_is_stop_word (de, "Rakete"));
}

static void
test_tokenizer_invalid_utf8 (void)
{
  g_autoptr(PxTokenizer) tokenizer = px_tokenizer_new ("de");
  g_autoptr(GArray) tokens = px_tokenizer_tokenize (tokenizer, "ab\xff\xfe cd", -1, 0);

  /* Broken bytes are skipped, the words around them survive. */
  g_assert_nonnull (find_token (tokens, "ab"));
  g_assert_nonnull (find_token (tokens, "cd"));
}

static void
test_knowledge_aliases (void)
{
  g_autoptr(PxTokenizer) de = px_tokenizer_new ("de");
  g_autofree char *a = px_tokenizer_stem (de, "nordkoreanische");
  g_autofree char *b = px_tokenizer_stem (de, "Pjöngjang");
  g_autofree char *c = px_tokenizer_stem (de, "Russland");

  g_assert_cmpuint (px_knowledge_alias ("de", a), !=, 0);
  g_assert_cmpuint (px_knowledge_alias ("de", a), ==, px_knowledge_alias ("de", b));
  g_assert_cmpuint (px_knowledge_alias ("de", a), !=, px_knowledge_alias ("de", c));
  g_assert_cmpuint (px_knowledge_alias ("en", "us"), ==, px_knowledge_alias ("de", "usa"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/px/tokenizer/offsets", test_tokenizer_offsets);
  g_test_add_func ("/px/tokenizer/numbers", test_tokenizer_numbers);
  g_test_add_func ("/px/tokenizer/casefold-and-stems", test_tokenizer_casefold_and_stems);
  g_test_add_func ("/px/tokenizer/english-stems", test_tokenizer_english_stems);
  g_test_add_func ("/px/tokenizer/british-american", test_tokenizer_british_american);
  g_test_add_func ("/px/tokenizer/hyphenated", test_tokenizer_hyphenated);
  g_test_add_func ("/px/tokenizer/compounds", test_tokenizer_compounds);
  g_test_add_func ("/px/tokenizer/stop-words", test_tokenizer_stop_words);
  g_test_add_func ("/px/tokenizer/invalid-utf8", test_tokenizer_invalid_utf8);
  g_test_add_func ("/px/tokenizer/aliases", test_knowledge_aliases);

  return g_test_run ();
}
