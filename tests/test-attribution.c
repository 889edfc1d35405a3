/* test-attribution.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>
#include <libstemmer.h>

#include "px-test-utils.h"

typedef struct
{
  const char *sentence;   /* a piece of the sentence that carries it */
  const char *cue;
  PxSourceKind kind;
  const char *name;       /* normalised source, or NULL for none */
  const char *via[3];
} Expected;

static guint
find_sentence (PxArticle  *article,
               const char *piece)
{
  guint n = 0;

  px_article_get_sentences (article, &n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = px_article_dup_sentence_text (article, i);

      if (strstr (text, piece) != NULL)
        return i;
    }
  return G_MAXUINT;
}

static const PxAttribution *
find_attribution (GPtrArray  *attributions,
                  guint       sentence,
                  const char *name)
{
  for (guint i = 0; i < attributions->len; i++)
    {
      const PxAttribution *a = g_ptr_array_index (attributions, i);

      if (px_attribution_get_sentence (a) == sentence &&
          g_strcmp0 (px_attribution_get_source_name (a), name) == 0)
        return a;
    }
  return NULL;
}

static void
check_table (PxArticle      *article,
             const Expected *table,
             guint           n_table)
{
  g_autoptr(GPtrArray) attributions = px_attribution_find (article);

  for (guint i = 0; i < n_table; i++)
    {
      const Expected *e = &table[i];
      guint sentence = find_sentence (article, e->sentence);
      const PxAttribution *a;
      guint n_via = 0;

      g_test_message ("case: %s", e->sentence);
      g_assert_cmpuint (sentence, !=, G_MAXUINT);
      a = find_attribution (attributions, sentence, e->name);
      if (a == NULL)
        {
          for (guint k = 0; k < attributions->len; k++)
            {
              const PxAttribution *b = g_ptr_array_index (attributions, k);

              if (px_attribution_get_sentence (b) == sentence)
                g_test_message ("  found instead: %s (%s)", px_attribution_get_source_name (b),
                                px_source_kind_to_string (px_attribution_get_source_kind (b)));
            }
        }
      g_assert_nonnull (a);
      g_assert_cmpstr (px_attribution_get_cue (a), ==, e->cue);
      g_assert_cmpstr (px_source_kind_to_string (px_attribution_get_source_kind (a)), ==,
                       px_source_kind_to_string (e->kind));
      while (n_via < G_N_ELEMENTS (e->via) && e->via[n_via] != NULL)
        n_via++;
      g_assert_cmpuint (px_attribution_get_n_via (a), ==, n_via);
      for (guint v = 0; v < n_via; v++)
        g_assert_cmpstr (px_attribution_get_via_text (a, v), ==, e->via[v]);

      /* Spans point at the words in the article, unless the cue is implicit. */
      if (strcmp (e->cue, "Konjunktiv I") != 0)
        {
          const char *text = px_article_get_text (article);
          PxSpan span = px_attribution_get_cue_span (a);
          g_autofree char *cue = g_strndup (text + span.start, span.end - span.start);

          g_assert_true (g_str_has_prefix (e->cue, cue));
        }
    }
}

static void
test_kind_strings (void)
{
  static const char * const names[] = {
    "outlet", "agency", "official", "institution", "person", "anonymous",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      PxSourceKind kind;

      g_assert_cmpstr (px_source_kind_to_string (i), ==, names[i]);
      g_assert_true (px_source_kind_from_string (names[i], &kind));
      g_assert_cmpint (kind, ==, i);
    }
  {
    PxSourceKind kind;
    g_assert_false (px_source_kind_from_string ("unnamed", &kind));
  }
}

static void
test_classify (void)
{
  static const struct { const char *text; PxSourceKind kind; const char *name; } cases[] = {
    { "die New York Times", PX_SOURCE_OUTLET, "New York Times" },
    { "der „Potsdamer Landeszeitung“", PX_SOURCE_OUTLET, "Potsdamer Landeszeitung" },
    { "dpa", PX_SOURCE_AGENCY, "dpa" },
    { "die staatliche Nachrichtenagentur TASS", PX_SOURCE_AGENCY, "TASS" },
    { "hochrangige US-Beamte", PX_SOURCE_OFFICIAL, "hochrangige US-Beamte" },
    { "Regierungskreise", PX_SOURCE_OFFICIAL, "Regierungskreise" },
    { "ein Regierungssprecher", PX_SOURCE_OFFICIAL, "Regierungssprecher" },
    { "a senior official", PX_SOURCE_OFFICIAL, "senior official" },
    { "das Innenministerium", PX_SOURCE_INSTITUTION, "Innenministerium" },
    { "des Landkreises", PX_SOURCE_INSTITUTION, "Landkreis" },
    { "das Weiße Haus", PX_SOURCE_INSTITUTION, "Weißes Haus" },
    { "the Pentagon", PX_SOURCE_INSTITUTION, "Pentagon" },
    { "die Polizei", PX_SOURCE_INSTITUTION, "Polizei" },
    { "die Feuerwehr", PX_SOURCE_INSTITUTION, "Feuerwehr" },
    { "drei Quellen", PX_SOURCE_ANONYMOUS, "drei Quellen" },
    { "informierte Kreise", PX_SOURCE_ANONYMOUS, "informierte Kreise" },
    { "people familiar with the matter", PX_SOURCE_ANONYMOUS, "people familiar with the matter" },
    { "ein Beamter, der anonym bleiben wollte", PX_SOURCE_ANONYMOUS, NULL },
    { "Innenministerin Petra Beispiel", PX_SOURCE_PERSON, "Petra Beispiel" },
    { "Dr. Matthias Kröger", PX_SOURCE_PERSON, "Matthias Kröger" },
    { "Krisenstabsleiter Dr. Jonas Feldmann", PX_SOURCE_PERSON, "Jonas Feldmann" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = NULL;
      PxSourceKind kind;

      g_test_message ("classify: %s", cases[i].text);
      g_assert_true (px_attribution_classify_source (cases[i].text, &kind, &name));
      g_assert_cmpstr (px_source_kind_to_string (kind), ==,
                       px_source_kind_to_string (cases[i].kind));
      if (cases[i].name != NULL)
        g_assert_cmpstr (name, ==, cases[i].name);
    }

  {
    PxSourceKind kind;

    g_assert_false (px_attribution_classify_source ("das", &kind, NULL));
    g_assert_false (px_attribution_classify_source ("am Montag", &kind, NULL));
  }
}

static void
test_fixture_de (void)
{
  g_autoptr(PxArticle) article = px_test_load_fixture ("attribution/de-talbruecke.txt");
  static const Expected table[] = {
    { "Das berichtet die „Westfälische Rundschau“", "berichtet", PX_SOURCE_OUTLET,
      "Westfälische Rundschau", { "zwei Beamte des Verkehrsministeriums" } },
    /* back-reference to the outlet named last */
    { "schreibt die Zeitung", "schreibt", PX_SOURCE_OUTLET, "Westfälische Rundschau", { NULL } },
    /* nested: laut X, der sich auf Y beruft */
    { "Laut dem Spiegel", "Laut", PX_SOURCE_OUTLET, "Spiegel", { "interne Prüfberichte" } },
    { "Dem Bericht zufolge", "zufolge", PX_SOURCE_OUTLET, "Spiegel", { NULL } },
    { "Ein Regierungssprecher bestätigte", "bestätigte", PX_SOURCE_OFFICIAL, "Regierungssprecher",
      { NULL } },
    { "Nach Informationen aus Regierungskreisen", "Nach Informationen", PX_SOURCE_OFFICIAL,
      "Regierungskreise", { NULL } },
    { "Verkehrsministerin Petra Beispiel sagte", "sagte", PX_SOURCE_PERSON, "Petra Beispiel",
      { NULL } },
    /* indirect speech continues the attribution before it */
    { "Die Umleitung sei für Lastwagen", "Konjunktiv I", PX_SOURCE_PERSON, "Petra Beispiel",
      { NULL } },
    /* „…“, so X — the surname resolves to the person named before */
    { "so Beispiel", "so", PX_SOURCE_PERSON, "Petra Beispiel", { NULL } },
    { "Krisenstabsleiter Dr. Jonas Feldmann", "erklärte", PX_SOURCE_PERSON, "Jonas Feldmann",
      { NULL } },
    { "der anonym bleiben wollte", "sagte", PX_SOURCE_ANONYMOUS, "Beamter", { NULL } },
    { "Informierte Kreise rechnen damit", "rechnen damit", PX_SOURCE_ANONYMOUS,
      "Informierte Kreise", { NULL } },
    { "Ein solcher Neubau sei", "Konjunktiv I", PX_SOURCE_ANONYMOUS, "Informierte Kreise",
      { NULL } },
    { "Die Polizei kündigte an", "kündigte an", PX_SOURCE_INSTITUTION, "Polizei", { NULL } },
    { "Wie die Nachrichtenagentur Reuters meldet", "meldet", PX_SOURCE_AGENCY, "Reuters",
      { NULL } },
  };
  g_autoptr(GPtrArray) attributions = px_attribution_find (article);
  g_autofree char *root = px_attribution_describe_root (article);

  check_table (article, table, G_N_ELEMENTS (table));

  /* The sentences without a cue stay unattributed. */
  g_assert_null (find_attribution (attributions, find_sentence (article, "bleibt nach Rissen"),
                                   NULL));
  for (guint i = 0; i < attributions->len; i++)
    g_assert_cmpuint (px_attribution_get_sentence (g_ptr_array_index (attributions, i)), !=,
                      find_sentence (article, "bleibt nach Rissen"));

  /* The chain starts at the article's outlet and its dateline agency. */
  g_assert_cmpstr (root, ==, "Rheintaler Bote ← dpa");
  {
    const PxAttribution *a = find_attribution (attributions,
                                               find_sentence (article, "Das berichtet die"),
                                               "Westfälische Rundschau");
    g_autofree char *chain = px_attribution_describe_chain (a, "Rheintaler Bote");

    g_assert_cmpstr (chain, ==,
                     "Rheintaler Bote ← Westfälische Rundschau ← "
                     "zwei Beamte des Verkehrsministeriums");
  }
}

static void
test_fixture_en (void)
{
  g_autoptr(PxArticle) article = px_test_load_fixture ("attribution/en-ferry.txt");
  static const Expected table[] = {
    { "according to the city council", "according to", PX_SOURCE_INSTITUTION, "city council",
      { NULL } },
    { "first reported by the Lakeside Herald", "reported", PX_SOURCE_OUTLET, "Lakeside Herald",
      { "two officials familiar with the plan" } },
    { "The newspaper said", "said", PX_SOURCE_OUTLET, "Lakeside Herald", { NULL } },
    { "Three people familiar with the matter", "said", PX_SOURCE_ANONYMOUS,
      "Three people familiar with the matter", { NULL } },
    { "Mayor Linda Grove told", "told", PX_SOURCE_PERSON, "Linda Grove", { NULL } },
    { "Grove said the shuttle", "said", PX_SOURCE_PERSON, "Linda Grove", { NULL } },
    { "said harbour master Tom Reeve", "said", PX_SOURCE_PERSON, "Tom Reeve", { NULL } },
    { "condition of anonymity", "said", PX_SOURCE_ANONYMOUS, "senior official", { NULL } },
    { "spokesperson confirmed", "confirmed", PX_SOURCE_OFFICIAL, "ministry's spokesperson",
      { NULL } },
  };

  check_table (article, table, G_N_ELEMENTS (table));
}

static void
test_quotes_hold_no_cues (void)
{
  g_autoptr(PxArticle) article =
    px_test_load_string ("q.txt",
                         "---\nlanguage: de\n---\n\n"
                         "„Die Zeitung berichtete falsch, laut den Akten war alles anders“, "
                         "sagte Bürgermeister Jan Ohlsen.\n");
  g_autoptr(GPtrArray) attributions = px_attribution_find (article);

  g_assert_cmpuint (attributions->len, ==, 1);
  g_assert_cmpstr (px_attribution_get_source_name (g_ptr_array_index (attributions, 0)), ==,
                   "Jan Ohlsen");
}

static void
test_konjunktiv_without_source (void)
{
  g_autoptr(PxArticle) article =
    px_test_load_string ("k.txt",
                         "---\nlanguage: de\n---\n\n"
                         "Der Stadtrat tagte am Montag. Die Entscheidung sei längst gefallen.\n");
  g_autoptr(GPtrArray) attributions = px_attribution_find (article);
  const PxAttribution *a;

  g_assert_cmpuint (attributions->len, ==, 1);
  a = g_ptr_array_index (attributions, 0);
  g_assert_cmpuint (px_attribution_get_sentence (a), ==, 1);
  g_assert_cmpstr (px_attribution_get_cue (a), ==, "Konjunktiv I");
  g_assert_null (px_attribution_get_source_name (a));
  g_assert_cmpint (px_attribution_get_source_kind (a), ==, PX_SOURCE_ANONYMOUS);

  g_assert_true (px_attribution_is_indirect_speech ("Die Entscheidung sei gefallen.", "de"));
  g_assert_false (px_attribution_is_indirect_speech ("„Ich habe es gesehen“, sagte sie.",
                                                     "de"));
  g_assert_true (px_attribution_is_indirect_speech ("Officials said that the bridge was closed.",
                                                    "en"));
}

static PxAttribution *
make (const char   *name,
      PxSourceKind  kind,
      const char   *via)
{
  PxSpan span = { 0, 0 };
  const char *vias[] = { via };
  PxSourceKind via_kinds[] = { PX_SOURCE_OFFICIAL };

  return px_attribution_new (0, "berichtet", span, name, name, span, kind,
                             via ? vias : NULL, via ? via_kinds : NULL, via ? 1 : 0);
}

static void
test_compare_chains (void)
{
  g_autoptr(GPtrArray) a = g_ptr_array_new_with_free_func ((GDestroyNotify)px_attribution_unref);
  g_autoptr(GPtrArray) c = g_ptr_array_new_with_free_func ((GDestroyNotify)px_attribution_unref);
  g_autoptr(GPtrArray) d = g_ptr_array_new_with_free_func ((GDestroyNotify)px_attribution_unref);
  g_autoptr(GPtrArray) e = g_ptr_array_new_with_free_func ((GDestroyNotify)px_attribution_unref);
  g_autoptr(GPtrArray) f = g_ptr_array_new_with_free_func ((GDestroyNotify)px_attribution_unref);
  g_autofree char *summary = NULL;
  g_autofree char *same = NULL;
  g_autofree char *shorter = NULL;
  gboolean diverge = FALSE;

  g_ptr_array_add (a, make ("New York Times", PX_SOURCE_OUTLET, NULL));
  g_ptr_array_add (c, make ("New York Times", PX_SOURCE_OUTLET, NULL));
  g_ptr_array_add (d, make ("a US official and three sources", PX_SOURCE_ANONYMOUS, NULL));
  g_ptr_array_add (f, make ("New York Times", PX_SOURCE_OUTLET, "hochrangige US-Beamte"));

  {
    PxAttributionSet sets[] = {
      { "A", NULL, a }, { "C", NULL, c }, { "D", NULL, d }, { "E", NULL, e },
    };

    summary = px_attribution_compare_chains (sets, G_N_ELEMENTS (sets), &diverge);
    g_assert_cmpstr (summary, ==,
                     "A and C name New York Times; D cites 'a US official and three sources'; "
                     "E gives no source");
    g_assert_true (diverge);
  }
  {
    PxAttributionSet sets[] = { { "A", NULL, a }, { "C", NULL, c } };

    same = px_attribution_compare_chains (sets, G_N_ELEMENTS (sets), &diverge);
    g_assert_cmpstr (same, ==, "A and C name New York Times");
    g_assert_false (diverge);
  }
  {
    /* One source keeps the officials behind the outlet, one drops them. */
    PxAttributionSet sets[] = { { "F", NULL, f }, { "A", NULL, a } };

    shorter = px_attribution_compare_chains (sets, G_N_ELEMENTS (sets), &diverge);
    g_assert_cmpstr (shorter, ==,
                     "F names New York Times, citing 'hochrangige US-Beamte'; "
                     "A names New York Times");
    g_assert_true (diverge);
  }
}

/* A German retelling beside its English original: named sources meet by
 * name, unnamed ones by kind, and the summary says what both cite and
 * what one adds or drops.
 */
static void
test_compare_across_languages (void)
{
  static const struct
  {
    const char *de;
    const char *en;
    const char *summary;
    gboolean    diverge;
  } pairs[] = {
    { "Laut der New York Times wurden 400 Soldaten verlegt, wie hochrangige US-Beamte sagten.",
      "About 400 soldiers were moved, officials said.",
      "de and en cite 'hochrangige US-Beamte' / 'officials'; only de names 'New York Times'", TRUE },
    { "Die Brücke bleibt gesperrt, teilte die Polizei mit.",
      "The bridge stays closed, the police said.",
      "de and en cite 'Polizei' / 'police'", FALSE },
    { "Laut der Küstenwache rammte die Fähre ein Riff.",
      "The ferry struck a reef, the coast guard said.",
      "de and en cite 'Küstenwache' / 'coast guard'", FALSE },
    { "Die Fähre fährt wieder, sagte Kapitänin Jana Ohlsen.",
      "The ferry runs again, said captain Jana Ohlsen.",
      "de and en cite 'Jana Ohlsen'", FALSE },
    { "Die Fähre fährt wieder.",
      "The ferry runs again, officials said.",
      "de gives no source; only en names 'officials'", TRUE },
    /* Reported speech alone names no one. */
    { "Die Fähre sei wieder unterwegs.",
      "The ferry runs again, officials said.",
      "de gives no source; only en names 'officials'", TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_autofree char *de_text = g_strdup_printf ("---\nlanguage: de\n---\n\n%s\n", pairs[i].de);
      g_autofree char *en_text = g_strdup_printf ("---\nlanguage: en\n---\n\n%s\n", pairs[i].en);
      g_autoptr(PxArticle) de = px_test_load_string ("de.txt", de_text);
      g_autoptr(PxArticle) en = px_test_load_string ("en.txt", en_text);
      g_autoptr(GPtrArray) de_found = px_attribution_find (de);
      g_autoptr(GPtrArray) en_found = px_attribution_find (en);
      PxAttributionSet sets[] = { { "de", NULL, de_found, "de" }, { "en", NULL, en_found, "en" } };
      g_autofree char *summary = NULL;
      gboolean diverge = !pairs[i].diverge;

      g_test_message ("%s / %s", pairs[i].de, pairs[i].en);
      summary = px_attribution_compare_chains (sets, G_N_ELEMENTS (sets), &diverge);
      g_assert_cmpstr (summary, ==, pairs[i].summary);
      g_assert_cmpint (diverge, ==, pairs[i].diverge);
    }
}

/* Gold comparison: a found attribution matches a gold one when it sits in
 * the sentence holding the gold "quote", has the same kind ("unnamed" in the
 * gold file is our "anonymous") and the same source up to inflection: the
 * stems of one name are all among the other's ("Landkreis" for "Landkreis
 * Prignitz", "Medienberichten" for "Medienberichte").
 */
static const char *eval_language = "de";

static gboolean
names_match (const char *a,
             const char *b)
{
  g_auto(GStrv) wa = NULL;
  g_auto(GStrv) wb = NULL;
  struct sb_stemmer *stemmer;
  g_autoptr(GPtrArray) sa = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) sb = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *small, *large;
  gboolean ok = TRUE;

  if (a == NULL || b == NULL)
    return a == b;

  stemmer = sb_stemmer_new (strcmp (eval_language, "en") == 0 ? "english" : "german", "UTF_8");
  wa = g_strsplit_set (a, " -", -1);
  wb = g_strsplit_set (b, " -", -1);
  for (guint pass = 0; pass < 2; pass++)
    {
      GStrv words = pass == 0 ? wa : wb;
      GPtrArray *out = pass == 0 ? sa : sb;

      for (guint i = 0; words[i] != NULL; i++)
        {
          g_autofree char *lower = g_utf8_strdown (words[i], -1);
          const sb_symbol *s;

          if (*lower == '\0')
            continue;
          s = sb_stemmer_stem (stemmer, (const sb_symbol *)lower, strlen (lower));
          g_ptr_array_add (out, g_strndup ((const char *)s, sb_stemmer_length (stemmer)));
        }
    }
  sb_stemmer_delete (stemmer);

  small = sa->len <= sb->len ? sa : sb;
  large = small == sa ? sb : sa;
  if (small->len == 0)
    return FALSE;
  for (guint i = 0; i < small->len && ok; i++)
    {
      gboolean found = FALSE;

      for (guint k = 0; k < large->len && !found; k++)
        found = strcmp (g_ptr_array_index (small, i), g_ptr_array_index (large, k)) == 0;
      ok = found;
    }
  return ok;
}

static gboolean
gold_matches (const PxAttribution *a,
              JsonObject          *gold)
{
  const char *kind = json_object_get_string_member (gold, "source_kind");
  const char *source = json_object_get_null_member (gold, "source") ? NULL
                       : json_object_get_string_member (gold, "source");

  if (g_strcmp0 (kind, "unnamed") == 0)
    kind = "anonymous";
  if (g_strcmp0 (kind, px_source_kind_to_string (px_attribution_get_source_kind (a))) != 0)
    return FALSE;
  return names_match (px_attribution_get_source_name (a), source);
}

static void
run_gold (const char *language,
          double     min_precision,
          double     min_recall)
{
  g_autoptr(GPtrArray) articles = px_test_load_sample (language);
  g_autofree char *file = g_strdup_printf ("samples-%s.json", language);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "gold", file, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) found = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                       (GDestroyNotify)g_ptr_array_unref);
  JsonArray *gold;
  guint n_gold, hits = 0, total = 0, correct = 0;
  double precision, recall;

  eval_language = language;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  gold = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                       "attributions");
  n_gold = json_array_get_length (gold);
  g_assert_cmpuint (n_gold, >, 0);

  for (guint i = 0; i < articles->len; i++)
    {
      PxArticle *article = g_ptr_array_index (articles, i);

      g_hash_table_insert (found, (gpointer)px_article_get_id (article),
                           px_attribution_find (article));
    }

  /* Recall: each gold attribution found in its sentence. */
  for (guint g = 0; g < n_gold; g++)
    {
      JsonObject *entry = json_array_get_object_element (gold, g);
      const char *doc = json_object_get_string_member (entry, "document");
      GPtrArray *attributions = g_hash_table_lookup (found, doc);
      PxArticle *article = NULL;
      guint sentence;
      gboolean hit = FALSE;

      for (guint i = 0; i < articles->len; i++)
        if (g_strcmp0 (px_article_get_id (g_ptr_array_index (articles, i)), doc) == 0)
          article = g_ptr_array_index (articles, i);
      g_assert_nonnull (article);
      g_assert_nonnull (attributions);
      sentence = find_sentence (article, json_object_get_string_member (entry, "quote"));
      g_assert_cmpuint (sentence, !=, G_MAXUINT);

      for (guint k = 0; k < attributions->len && !hit; k++)
        {
          const PxAttribution *a = g_ptr_array_index (attributions, k);

          hit = px_attribution_get_sentence (a) == sentence && gold_matches (a, entry);
        }
      if (hit)
        hits++;
      else
        g_test_message ("missed: %s: %s", doc, json_object_get_string_member (entry, "quote"));
    }

  /* Precision: each attribution we found backed by a gold one. */
  for (guint i = 0; i < articles->len; i++)
    {
      PxArticle *article = g_ptr_array_index (articles, i);
      GPtrArray *attributions = g_hash_table_lookup (found, px_article_get_id (article));

      for (guint k = 0; k < attributions->len; k++)
        {
          const PxAttribution *a = g_ptr_array_index (attributions, k);
          gboolean ok = FALSE;

          for (guint g = 0; g < n_gold && !ok; g++)
            {
              JsonObject *entry = json_array_get_object_element (gold, g);

              ok = g_strcmp0 (json_object_get_string_member (entry, "document"),
                              px_article_get_id (article)) == 0 &&
                   find_sentence (article, json_object_get_string_member (entry, "quote")) ==
                   px_attribution_get_sentence (a) &&
                   gold_matches (a, entry);
            }
          total++;
          if (ok)
            correct++;
          else
            g_test_message ("spurious: %s [%u] %s (%s)", px_article_get_id (article),
                            px_attribution_get_sentence (a), px_attribution_get_source_name (a),
                            px_source_kind_to_string (px_attribution_get_source_kind (a)));
        }
    }

  precision = total > 0 ? (double)correct / total : 0.0;
  recall = (double)hits / n_gold;
  g_print ("# attribution precision %.2f (%u/%u) recall %.2f (%u/%u) [%s]\n",
           precision, correct, total, recall, hits, n_gold, language);
  g_assert_cmpfloat (recall, >=, min_recall);
  g_assert_cmpfloat (precision, >=, min_precision);
}

static void
test_gold_de (void)
{
  run_gold ("de", 0.7, 0.7);
}

static void
test_gold_en (void)
{
  run_gold ("en", 0.6, 0.6);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/px/attribution/kind-strings", test_kind_strings);
  g_test_add_func ("/px/attribution/classify", test_classify);
  g_test_add_func ("/px/attribution/fixture-de", test_fixture_de);
  g_test_add_func ("/px/attribution/fixture-en", test_fixture_en);
  g_test_add_func ("/px/attribution/quotes-hold-no-cues", test_quotes_hold_no_cues);
  g_test_add_func ("/px/attribution/konjunktiv-without-source", test_konjunktiv_without_source);
  g_test_add_func ("/px/attribution/compare-chains", test_compare_chains);
  g_test_add_func ("/px/attribution/compare-across-languages", test_compare_across_languages);
  g_test_add_func ("/px/attribution/gold-de", test_gold_de);
  g_test_add_func ("/px/attribution/gold-en", test_gold_en);

  return g_test_run ();
}
