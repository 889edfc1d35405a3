/* test-quotes.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "px-test-utils.h"

static void
test_fidelity_strings (void)
{
  static const char * const names[] = {
    "identical", "reworded", "truncated", "indirect", "unrelated",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_cmpstr (px_quote_fidelity_to_string (i), ==, names[i]);
}

static void
test_scan_marks (void)
{
  static const struct { const char *text; const char *content; gboolean is_name; } cases[] = {
    { "Er sagte: „Wir bleiben hier.“ Dann ging er.", "Wir bleiben hier.", FALSE },
    { "Sie sagte: »Das reicht nicht.« Mehr nicht.", "Das reicht nicht.", FALSE },
    { "Er sagte: «Das reicht nicht», und ging.", "Das reicht nicht", FALSE },
    { "Sie nannte es ‚zeitnah‘ und ging.", "zeitnah", FALSE },
    { "He said: “We stay here.” Then he left.", "We stay here.", FALSE },
    { "He said: \"We stay here.\" Then he left.", "We stay here.", FALSE },
    { "Laut der „Potsdamer Landeszeitung“ ist es so.", "Potsdamer Landeszeitung", TRUE },
    { "Don’t say ‘never’ again.", "never", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GArray) spans = px_quote_scan (cases[i].text, strlen (cases[i].text));
      const PxQuoteSpan *span;
      g_autofree char *content = NULL;

      g_test_message ("scan: %s", cases[i].text);
      g_assert_cmpuint (spans->len, ==, 1);
      span = &g_array_index (spans, PxQuoteSpan, 0);
      content = g_strndup (cases[i].text + span->content_start,
                           span->content_end - span->content_start);
      g_assert_cmpstr (content, ==, cases[i].content);
      g_assert_cmpint (span->is_name, ==, cases[i].is_name);
    }

  /* An unmatched mark does not swallow the rest of the text. */
  {
    const char *text = "Er sagte „nichts.\n\nDann: „Wir bleiben.“";
    g_autoptr(GArray) spans = px_quote_scan (text, strlen (text));

    g_assert_cmpuint (spans->len, ==, 1);
    g_assert_cmpuint (g_array_index (spans, PxQuoteSpan, 0).content_start, >,
                      strlen ("Er sagte „nichts.\n\n"));
  }
}

static void
test_find_fixture (void)
{
  g_autoptr(PxArticle) article = px_test_load_fixture ("attribution/de-talbruecke.txt");
  g_autoptr(GPtrArray) quotes = px_quote_find (article);
  const char *text = px_article_get_text (article);
  PxQuote *q;

  /* The quoted outlet name is not a quotation. */
  g_assert_cmpuint (quotes->len, ==, 2);

  /* A quote over two sentences, introduced by "X sagte:" */
  q = g_ptr_array_index (quotes, 0);
  g_assert_cmpstr (px_quote_get_text (q), ==,
                   "Wir lassen niemanden im Stich. Die Umleitung wird ab Montag ausgeschildert.");
  g_assert_cmpuint (px_quote_get_last_sentence (q), ==, px_quote_get_first_sentence (q) + 1);
  g_assert_cmpstr (px_quote_get_speaker (q), ==, "Petra Beispiel");
  g_assert_cmpint (px_quote_get_speaker_kind (q), ==, PX_SOURCE_PERSON);
  g_assert_true (strncmp (text + px_quote_get_start (q), px_quote_get_text (q),
                          px_quote_get_end (q) - px_quote_get_start (q)) == 0);

  /* „…“, so X */
  q = g_ptr_array_index (quotes, 1);
  g_assert_cmpstr (px_quote_get_text (q), ==, "Ich weiß, dass das eine Zumutung ist");
  g_assert_cmpstr (px_quote_get_speaker (q), ==, "Petra Beispiel");

  /* Reusing the attributions finds the same. */
  {
    g_autoptr(GPtrArray) attributions = px_attribution_find (article);
    g_autoptr(GPtrArray) again = px_quote_find_with_attributions (article, attributions);

    g_assert_cmpuint (again->len, ==, quotes->len);
    for (guint i = 0; i < again->len; i++)
      g_assert_cmpstr (px_quote_get_speaker (g_ptr_array_index (again, i)), ==,
                       px_quote_get_speaker (g_ptr_array_index (quotes, i)));
  }
}

static void
test_find_english (void)
{
  g_autoptr(PxArticle) article = px_test_load_fixture ("attribution/en-ferry.txt");
  g_autoptr(GPtrArray) quotes = px_quote_find (article);
  PxQuote *q;

  g_assert_cmpuint (quotes->len, ==, 2);
  q = g_ptr_array_index (quotes, 0);
  g_assert_cmpstr (px_quote_get_text (q), ==,
                   "We will keep a shuttle running. Nobody will be stranded.");
  g_assert_cmpstr (px_quote_get_speaker (q), ==, "Linda Grove");
  g_assert_cmpuint (px_quote_get_last_sentence (q), >, px_quote_get_first_sentence (q));
  q = g_ptr_array_index (quotes, 1);
  /* the comma inside the closing mark is punctuation, not quoted words */
  g_assert_cmpstr (px_quote_get_text (q), ==, "It is a sad day for the island");
  g_assert_cmpstr (px_quote_get_speaker (q), ==, "Tom Reeve");
}

static void
test_compare (void)
{
  static const char full[] =
    "Wir räumen die Dörfer nicht aus Panik, sondern weil wir kein einziges "
    "Menschenleben riskieren wollen";
  static const struct
  {
    const char      *a;
    const char      *b;
    const char      *language;
    PxQuoteFidelity  fidelity;
  } pairs[] = {
    /* case, spacing and punctuation do not count */
    { full, "wir räumen die Dörfer nicht aus Panik – sondern, weil wir kein einziges  "
            "Menschenleben riskieren wollen.", "de", PX_QUOTE_FIDELITY_IDENTICAL },
    { full, "Wir räumen die Dörfer nicht aus Panik.", "de", PX_QUOTE_FIDELITY_TRUNCATED },
    /* an elision keeps the words in order */
    { "Wir räumen die Dörfer […] weil wir kein einziges Menschenleben riskieren wollen", full,
      "de", PX_QUOTE_FIDELITY_TRUNCATED },
    { full, "Wir evakuieren nicht aus Panik, sondern weil wir kein Menschenleben aufs Spiel "
            "setzen wollen", "de", PX_QUOTE_FIDELITY_REWORDED },
    { full, "Die Deiche halten noch bis Sonntag", "de", PX_QUOTE_FIDELITY_UNRELATED },
    { "We will not leave anyone behind", "We won't leave anybody behind", "en",
      PX_QUOTE_FIDELITY_REWORDED },
  };
  static const struct
  {
    const char      *sentence;
    const char      *quote;
    const char      *language;
    PxQuoteFidelity  fidelity;
  } indirect[] = {
    /* Konjunktiv I with the quote's content words */
    { "Man räume die Dörfer nicht aus Panik, sondern weil man kein Menschenleben riskieren "
      "wolle, erklärte er.", full, "de", PX_QUOTE_FIDELITY_INDIRECT },
    /* the same words in the indicative are no indirect rendering */
    { "Die Dörfer werden geräumt, kein Menschenleben wird riskiert.", full, "de",
      PX_QUOTE_FIDELITY_UNRELATED },
    /* indirect speech about something else is not this quote */
    { "Die Deiche hielten noch, der Pegel sei gesunken, sagte er.", full, "de",
      PX_QUOTE_FIDELITY_UNRELATED },
    { "The mayor said that nobody would be stranded on the island.",
      "Nobody will be stranded on the island", "en", PX_QUOTE_FIDELITY_INDIRECT },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_test_message ("compare: %s / %s", pairs[i].a, pairs[i].b);
      g_assert_cmpstr (px_quote_fidelity_to_string (px_quote_compare (pairs[i].a, pairs[i].b,
                                                                      pairs[i].language)),
                       ==, px_quote_fidelity_to_string (pairs[i].fidelity));
    }

  for (guint i = 0; i < G_N_ELEMENTS (indirect); i++)
    {
      PxQuoteFidelity got = px_quote_compare_indirect (indirect[i].sentence, indirect[i].quote,
                                                       indirect[i].language);

      g_test_message ("indirect: %s", indirect[i].sentence);
      g_assert_cmpstr (px_quote_fidelity_to_string (got), ==,
                       px_quote_fidelity_to_string (indirect[i].fidelity));
    }
}

static PxArticle *
article_by_id (GPtrArray  *articles,
               const char *id)
{
  for (guint i = 0; i < articles->len; i++)
    if (g_strcmp0 (px_article_get_id (g_ptr_array_index (articles, i)), id) == 0)
      return g_ptr_array_index (articles, i);
  return NULL;
}

static PxQuote *
quote_matching (GPtrArray  *quotes,
                const char *text)
{
  for (guint i = 0; i < quotes->len; i++)
    {
      PxQuote *q = g_ptr_array_index (quotes, i);

      if (px_quote_compare (px_quote_get_text (q), text, "de") == PX_QUOTE_FIDELITY_IDENTICAL)
        return q;
    }
  return NULL;
}

/* The gold quotes of the German sample: each direct quote found with its
 * speaker, and each rendering classified against the group's reference
 * (the first "identical" one).
 */
static void
test_gold_de (void)
{
  g_autoptr(GPtrArray) articles = px_test_load_sample ("de");
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "gold", "samples-de.json",
                                                 NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) found = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                       (GDestroyNotify)g_ptr_array_unref);
  g_autoptr(GHashTable) reference = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *gold;
  guint n_direct = 0, hits = 0, total = 0, matched = 0, n_fidelity = 0, fidelity_ok = 0;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  gold = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                       "quotes");

  for (guint i = 0; i < articles->len; i++)
    {
      PxArticle *article = g_ptr_array_index (articles, i);

      g_hash_table_insert (found, (gpointer)px_article_get_id (article), px_quote_find (article));
      total += ((GPtrArray *)g_hash_table_lookup (found, px_article_get_id (article)))->len;
    }

  for (guint g = 0; g < json_array_get_length (gold); g++)
    {
      JsonObject *entry = json_array_get_object_element (gold, g);
      const char *doc = json_object_get_string_member (entry, "document");
      const char *text = json_object_get_string_member (entry, "text");
      const char *fidelity = json_object_get_string_member (entry, "fidelity");
      const char *group = json_object_get_string_member (entry, "quote_id");
      PxQuote *q;

      if (g_strcmp0 (fidelity, "indirect") == 0)
        continue;
      n_direct++;
      q = quote_matching (g_hash_table_lookup (found, doc), text);
      if (q != NULL && g_strcmp0 (px_quote_get_speaker (q),
                                  json_object_get_string_member (entry, "speaker")) == 0)
        hits++;
      else
        g_test_message ("missed quote: %s: %s", doc, text);
      if (q != NULL && g_strcmp0 (fidelity,
                                  "identical") == 0 && !g_hash_table_contains (reference, group))
        g_hash_table_insert (reference, (gpointer)group, (gpointer)px_quote_get_text (q));
    }

  /* Precision: every quote we found is one of the gold ones. */
  for (guint i = 0; i < articles->len; i++)
    {
      PxArticle *article = g_ptr_array_index (articles, i);
      GPtrArray *quotes = g_hash_table_lookup (found, px_article_get_id (article));

      for (guint k = 0; k < quotes->len; k++)
        {
          PxQuote *q = g_ptr_array_index (quotes, k);
          gboolean ok = FALSE;

          for (guint g = 0; g < json_array_get_length (gold) && !ok; g++)
            {
              JsonObject *entry = json_array_get_object_element (gold, g);

              ok = g_strcmp0 (json_object_get_string_member (entry, "document"),
                              px_article_get_id (article)) == 0 &&
                   px_quote_compare (px_quote_get_text (q),
                                     json_object_get_string_member (entry, "text"),
                                     "de") == PX_QUOTE_FIDELITY_IDENTICAL;
            }
          if (ok)
            matched++;
          else
            g_test_message ("spurious quote: %s: %s", px_article_get_id (article),
                            px_quote_get_text (q));
        }
    }

  /* Fidelity against each group's reference, for the renderings found. */
  for (guint g = 0; g < json_array_get_length (gold); g++)
    {
      JsonObject *entry = json_array_get_object_element (gold, g);
      const char *doc = json_object_get_string_member (entry, "document");
      const char *text = json_object_get_string_member (entry, "text");
      const char *fidelity = json_object_get_string_member (entry, "fidelity");
      const char *ref = g_hash_table_lookup (reference, json_object_get_string_member (entry,
                                                                                       "quote_id"));
      PxQuoteFidelity got;

      if (ref == NULL || g_strcmp0 (fidelity, "identical") == 0)
        continue;
      n_fidelity++;
      if (g_strcmp0 (fidelity, "indirect") == 0)
        {
          PxArticle *article = article_by_id (articles, doc);
          g_auto(GStrv) words = g_strsplit (text, " ", 3);
          g_autofree char *start = g_strdup_printf ("%s %s", words[0], words[1]);
          guint n = 0;

          got = PX_QUOTE_FIDELITY_UNRELATED;
          px_article_get_sentences (article, &n);
          for (guint s = 0; s < n; s++)
            {
              g_autofree char *sentence = px_article_dup_sentence_text (article, s);

              if (g_str_has_prefix (sentence, start))
                got = px_quote_compare_indirect (sentence, ref, "de");
            }
        }
      else
        {
          PxQuote *q = quote_matching (g_hash_table_lookup (found, doc), text);

          got = q != NULL ? px_quote_compare (ref, px_quote_get_text (q),
                                              "de") : PX_QUOTE_FIDELITY_UNRELATED;
        }
      if (g_strcmp0 (px_quote_fidelity_to_string (got), fidelity) == 0)
        fidelity_ok++;
      else
        g_test_message ("fidelity: %s: %s, expected %s", doc, px_quote_fidelity_to_string (got),
                        fidelity);
    }

  g_print ("# quotes precision %.2f (%u/%u) recall %.2f (%u/%u) fidelity %u/%u\n",
           total ? (double)matched / total : 0.0, matched, total,
           (double)hits / n_direct, hits, n_direct, fidelity_ok, n_fidelity);
  g_assert_cmpuint (n_fidelity, >, 0);
  g_assert_cmpfloat ((double)hits / n_direct, >=, 0.7);
  g_assert_cmpfloat ((double)matched / total, >=, 0.7);
  g_assert_cmpuint (fidelity_ok, ==, n_fidelity);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/px/quotes/fidelity-strings", test_fidelity_strings);
  g_test_add_func ("/px/quotes/scan-marks", test_scan_marks);
  g_test_add_func ("/px/quotes/find-fixture", test_find_fixture);
  g_test_add_func ("/px/quotes/find-english", test_find_english);
  g_test_add_func ("/px/quotes/compare", test_compare);
  g_test_add_func ("/px/quotes/gold-de", test_gold_de);

  return g_test_run ();
}
