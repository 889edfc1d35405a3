/* test-boilerplate.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <json-glib/json-glib.h>

#include "px-test-utils.h"

static PxArticle *
find_article (GPtrArray  *articles,
              const char *id)
{
  for (guint i = 0; i < articles->len; i++)
    if (g_str_equal (px_article_get_id (g_ptr_array_index (articles, i)), id))
      return g_ptr_array_index (articles, i);
  g_error ("no article %s in the sample set", id);
  return NULL;
}

/* The index of the sentence that holds byte @at, or -1. */
static int
sentence_at (PxArticle *article,
             gsize      at)
{
  guint n;
  const PxSentence *sentences = px_article_get_sentences (article, &n);

  for (guint i = 0; i < n; i++)
    if (at >= sentences[i].start && at < sentences[i].end)
      return i;
  return -1;
}

/* The sentences a quoted piece of text touches: first and last index. */
static gboolean
locate (PxArticle  *article,
        const char *quote,
        int        *first,
        int        *last)
{
  const char *text = px_article_get_text (article);
  const char *hit = strstr (text, quote);

  if (hit == NULL)
    return FALSE;
  *first = sentence_at (article, hit - text);
  *last = sentence_at (article, hit - text + strlen (quote) - 1);
  return *first >= 0 && *last >= 0;
}

static const char *
kind_name (PxSentenceKind kind)
{
  return px_sentence_kind_to_string (kind);
}

static JsonObject *
load_gold (const char *language,
           JsonParser *parser)
{
  g_autofree char *name = g_strdup_printf ("samples-%s.json", language);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "gold", name, NULL);
  g_autoptr(GError) error = NULL;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return NULL;
  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

/* Compares the kinds the classifier gives the sample sets with the gold
 * annotation: every annotated quote must lie in sentences of that kind,
 * every dateline must be split off and recorded, no member of a claim group
 * may be anything but body, and no sentence may be non-body without the
 * gold saying so.
 */
static void
check_sample_kinds (const char *language)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GHashTable) explained = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonObject *gold = load_gold (language, parser);
  JsonArray *kinds, *datelines, *groups;
  guint agree = 0, total = 0, members = 0, members_body = 0, unexplained = 0;

  if (gold == NULL)
    {
      g_test_skip ("no gold annotation for this language");
      return;
    }
  articles = px_test_load_sample (language);

  kinds = json_object_get_array_member (gold, "kinds");
  for (guint i = 0; i < json_array_get_length (kinds); i++)
    {
      JsonObject *entry = json_array_get_object_element (kinds, i);
      const char *document = json_object_get_string_member (entry, "document");
      const char *quote = json_object_get_string_member (entry, "quote");
      const char *want = json_object_get_string_member (entry, "kind");
      PxArticle *article = find_article (articles, document);
      const PxSentence *sentences = px_article_get_sentences (article, NULL);
      int first, last;
      gboolean ok = TRUE;

      g_assert_true (locate (article, quote, &first, &last));
      for (int s = first; s <= last; s++)
        {
          if (!g_str_equal (kind_name (sentences[s].kind), want))
            ok = FALSE;
          g_hash_table_add (explained, g_strdup_printf ("%s#%d", document, s));
        }
      total++;
      if (ok)
        agree++;
      else
        g_test_message ("%s: \"%s\" is %s, gold says %s", document, quote,
                        kind_name (sentences[first].kind), want);
    }

  datelines = json_object_get_array_member (gold, "datelines");
  for (guint i = 0; i < json_array_get_length (datelines); i++)
    {
      JsonObject *entry = json_array_get_object_element (datelines, i);
      const char *document = json_object_get_string_member (entry, "document");
      g_autofree char *want = g_strdup (json_object_get_string_member (entry, "text"));
      const char *place = json_object_get_string_member (entry, "place");
      const char *agency = json_object_get_null_member (entry, "agency") ? NULL
                           : json_object_get_string_member (entry, "agency");
      PxArticle *article = find_article (articles, document);
      g_autofree char *first_text = NULL;
      guint n;
      const PxSentence *sentences = px_article_get_sentences (article, &n);
      int index;

      g_assert_true (locate (article, g_strstrip (want), &index, &index));
      first_text = px_article_dup_sentence_text (article, index);
      total++;
      if (g_str_equal (first_text, want) && sentences[index].kind == PX_SENTENCE_BOILERPLATE &&
          g_strcmp0 (px_article_get_place (article), place) == 0 &&
          g_strcmp0 (px_article_get_agency (article), agency) == 0 &&
          index + 1 < (int)n && sentences[index + 1].kind == PX_SENTENCE_BODY)
        agree++;
      else
        g_test_message ("%s: dateline \"%s\" became \"%s\" (%s), place %s, agency %s",
                        document, want, first_text, kind_name (sentences[index].kind),
                        px_article_get_place (article), px_article_get_agency (article));
      g_hash_table_add (explained, g_strdup_printf ("%s#%d", document, index));
    }

  groups = json_object_get_array_member (gold, "groups");
  for (guint g = 0; g < json_array_get_length (groups); g++)
    {
      JsonObject *group = json_array_get_object_element (groups, g);
      JsonArray *list = json_object_get_array_member (group, "members");

      for (guint m = 0; m < json_array_get_length (list); m++)
        {
          JsonObject *member = json_array_get_object_element (list, m);
          const char *document = json_object_get_string_member (member, "document");
          const char *quote = json_object_get_string_member (member, "quote");
          PxArticle *article = find_article (articles, document);
          const PxSentence *sentences = px_article_get_sentences (article, NULL);
          int first, last;

          g_assert_true (locate (article, quote, &first, &last));
          members++;
          if (sentences[first].kind == PX_SENTENCE_BODY && sentences[last].kind == PX_SENTENCE_BODY)
            members_body++;
          else
            g_test_message ("%s: group member \"%s\" is %s", document, quote,
                            kind_name (sentences[first].kind));
        }
    }

  /* Whatever the classifier took out of the body, the gold must account for. */
  for (guint a = 0; a < articles->len; a++)
    {
      PxArticle *article = g_ptr_array_index (articles, a);
      guint n;
      const PxSentence *sentences = px_article_get_sentences (article, &n);

      for (guint s = 0; s < n; s++)
        {
          g_autofree char *key = g_strdup_printf ("%s#%u", px_article_get_id (article), s);

          if (sentences[s].kind != PX_SENTENCE_BODY && !g_hash_table_contains (explained, key))
            {
              g_autofree char *sentence = px_article_dup_sentence_text (article, s);

              unexplained++;
              g_test_message ("%s: \"%s\" is %s without gold support", px_article_get_id (article),
                              sentence, kind_name (sentences[s].kind));
            }
        }
    }

  g_print ("# boilerplate %s: kinds and datelines %u/%u agree; group members body %u/%u; "
           "non-body sentences without gold support: %u\n",
           language, agree, total, members_body, members, unexplained);

  g_assert_cmpuint (agree, ==, total);
  g_assert_cmpuint (members_body, ==, members);
  g_assert_cmpuint (unexplained, ==, 0);
}

static void
test_samples_de (void)
{
  check_sample_kinds ("de");
}

static void
test_samples_en (void)
{
  check_sample_kinds ("en");
}

/* Loads @body (after a front matter block) and returns the kind of the
 * sentence that contains @needle.
 */
static PxSentenceKind
kind_of (PxArticle  *article,
         const char *needle)
{
  const char *text = px_article_get_text (article);
  const char *hit = strstr (text, needle);
  const PxSentence *sentences = px_article_get_sentences (article, NULL);
  int index;

  g_assert_nonnull (hit);
  index = sentence_at (article, hit - text);
  g_assert_cmpint (index, >=, 0);
  return sentences[index].kind;
}

static PxArticle *
load (const char *language,
      const char *body)
{
  g_autofree char *text = g_strdup_printf ("---\ntitle: Test\noutlet: Test\nlanguage: %s\n---\n%s",
                                           language, body);

  return px_test_load_string ("test.txt", text);
}

#define DE_BODY "Der Gemeinderat von Lindenfels hat am Dienstag den Haushalt für das kommende Jahr beschlossen. Er sieht Ausgaben von 14 Millionen Euro vor.\n"
#define DE_BODY2 "Die Opposition kritisierte den Beschluss scharf und kündigte an, die Kommunalaufsicht einzuschalten. Die Bürgermeisterin wies die Kritik zurück.\n"
#define EN_BODY "The council of Calder Bay approved next year's budget on Tuesday, setting spending at 14 million pounds for the first time.\n"
#define EN_BODY2 "Opposition members criticised the decision and said they would ask the regional auditor to review it. The mayor rejected the criticism.\n"

static void
test_captions (void)
{
  g_autoptr(PxArticle) de = load ("de", DE_BODY
                                  "Die Bürgermeisterin im Sitzungssaal. Foto: Anna Beispiel/dpa\n"
                                  DE_BODY2
                                  "Zuschauer vor dem Rathaus in Lindenfels.\n"
                                  DE_BODY
                                  "Ratsmitglieder bei der Abstimmung (Foto: Tim Muster)\n"
                                  DE_BODY2
                                  "Die Polizei ermittelt.\n"
                                  DE_BODY
                                  "Die Polizei ermittelt in alle Richtungen.\n"
                                  DE_BODY2);
  g_autoptr(PxArticle) en = load ("en", EN_BODY
                                  "The mayor in the council chamber on Tuesday. Photo: Jane Sample/CW\n"
                                  EN_BODY2
                                  "Protesters outside the town hall in Calder Bay.\n"
                                  EN_BODY
                                  "Nobody was hurt.\n"
                                  EN_BODY2
                                  "Police questioned witnesses at the scene.\n"
                                  EN_BODY);

  g_assert_cmpint (kind_of (de, "Die Bürgermeisterin im Sitzungssaal"), ==, PX_SENTENCE_CAPTION);
  g_assert_cmpint (kind_of (de, "Foto: Anna Beispiel/dpa"), ==, PX_SENTENCE_CAPTION);
  g_assert_cmpint (kind_of (de, "Zuschauer vor dem Rathaus"), ==, PX_SENTENCE_CAPTION);
  g_assert_cmpint (kind_of (de, "Ratsmitglieder bei der Abstimmung"), ==, PX_SENTENCE_CAPTION);
  /* A short sentence of reporting is not a caption. */
  g_assert_cmpint (kind_of (de, "Die Polizei ermittelt."), ==, PX_SENTENCE_BODY);
  g_assert_cmpint (kind_of (de, "Die Polizei ermittelt in alle"), ==, PX_SENTENCE_BODY);
  g_assert_cmpint (kind_of (de, "Er sieht Ausgaben"), ==, PX_SENTENCE_BODY);

  g_assert_cmpint (kind_of (en, "The mayor in the council chamber"), ==, PX_SENTENCE_CAPTION);
  g_assert_cmpint (kind_of (en, "Photo: Jane Sample/CW"), ==, PX_SENTENCE_CAPTION);
  g_assert_cmpint (kind_of (en, "Protesters outside the town hall"), ==, PX_SENTENCE_CAPTION);
  g_assert_cmpint (kind_of (en, "Nobody was hurt."), ==, PX_SENTENCE_BODY);
  g_assert_cmpint (kind_of (en, "Police questioned witnesses"), ==, PX_SENTENCE_BODY);
}

static void
test_related_lists (void)
{
  g_autoptr(PxArticle) de = load ("de", DE_BODY
                                  "Mehr zum Thema\n"
                                  "Haushalt 2027: Wo Lindenfels sparen will\n"
                                  "Kommentar: Der Rat muss mutiger sein\n"
                                  DE_BODY2
                                  "Lesen Sie auch: Neue Kita in Oberhain eröffnet\n"
                                  "Verwandte Geschichten\n"
                                  "Wie Gemeinden ihre Schulden abbauen?\n"
                                  DE_BODY);
  g_autoptr(PxArticle) en = load ("en", EN_BODY
                                  "Read more\n"
                                  "Budget 2027: Where Calder Bay wants to save\n"
                                  "Explainer: How is a council budget made?\n"
                                  EN_BODY2
                                  "Related stories:\n"
                                  "Mayor faces vote of no confidence\n"
                                  EN_BODY);

  g_assert_cmpint (kind_of (de, "Mehr zum Thema"), ==, PX_SENTENCE_BOILERPLATE);
  g_assert_cmpint (kind_of (de, "Haushalt 2027"), ==, PX_SENTENCE_BOILERPLATE);
  g_assert_cmpint (kind_of (de, "Kommentar: Der Rat"), ==, PX_SENTENCE_BOILERPLATE);
  g_assert_cmpint (kind_of (de, "Die Opposition kritisierte"), ==, PX_SENTENCE_BODY);
  g_assert_cmpint (kind_of (de, "Lesen Sie auch"), ==, PX_SENTENCE_BOILERPLATE);
  g_assert_cmpint (kind_of (de, "Verwandte Geschichten"), ==, PX_SENTENCE_BOILERPLATE);
  g_assert_cmpint (kind_of (de, "Wie Gemeinden"), ==, PX_SENTENCE_BOILERPLATE);

  g_assert_cmpint (kind_of (en, "Read more"), ==, PX_SENTENCE_BOILERPLATE);
  g_assert_cmpint (kind_of (en, "Budget 2027"), ==, PX_SENTENCE_BOILERPLATE);
  g_assert_cmpint (kind_of (en, "Explainer: How"), ==, PX_SENTENCE_BOILERPLATE);
  g_assert_cmpint (kind_of (en, "Opposition members"), ==, PX_SENTENCE_BODY);
  g_assert_cmpint (kind_of (en, "Mayor faces vote"), ==, PX_SENTENCE_BOILERPLATE);
}

static void
test_furniture (void)
{
  g_autoptr(PxArticle) de = load ("de", DE_BODY
                                  "– Anzeige –\n"
                                  "WERBUNG\n"
                                  DE_BODY2
                                  "Anzeige erstattete schließlich ein Nachbar des Rathauses.\n"
                                  "Auch bei Regen fand die Sitzung im Freien statt.\n"
                                  "Auch bei NORDFUNK: Lindenfels wählt neuen Rat\n"
                                  "Dieser Artikel wurde ursprünglich auf Französisch veröffentlicht\n"
                                  "Herausgegeben von Jana Muster.\n"
                                  "Mit Material von dpa und AFP\n"
                                  "Mit Material der Nachrichtenagenturen\n"
                                  "Themen: Haushalt, Lindenfels, Kommunalpolitik\n"
                                  "- Tags:\n"
                                  "- #Haushalt\n");
  g_autoptr(PxArticle) en = load ("en", EN_BODY
                                  "Advertisement\n"
                                  EN_BODY2
                                  "Tags: budget, council\n"
                                  "This article was originally published on The Calder Courier.\n"
                                  "(Reporting by Sam Sample; editing by Kim Example)\n");

  g_assert_cmpint (kind_of (de, "Anzeige –"), ==, PX_SENTENCE_BOILERPLATE);
  g_assert_cmpint (kind_of (de, "WERBUNG"), ==, PX_SENTENCE_BOILERPLATE);
  g_assert_cmpint (kind_of (de, "Anzeige erstattete"), ==, PX_SENTENCE_BODY);
  g_assert_cmpint (kind_of (de, "Auch bei Regen"), ==, PX_SENTENCE_BODY);
  g_assert_cmpint (kind_of (de, "Auch bei NORDFUNK"), ==, PX_SENTENCE_BOILERPLATE);
  g_assert_cmpint (kind_of (de, "Dieser Artikel wurde"), ==, PX_SENTENCE_BOILERPLATE);
  g_assert_cmpint (kind_of (de, "Herausgegeben von"), ==, PX_SENTENCE_BOILERPLATE);
  g_assert_cmpint (kind_of (de, "Mit Material von"), ==, PX_SENTENCE_BOILERPLATE);
  g_assert_cmpint (kind_of (de, "Mit Material der"), ==, PX_SENTENCE_BOILERPLATE);
  g_assert_cmpint (kind_of (de, "Themen:"), ==, PX_SENTENCE_BOILERPLATE);
  g_assert_cmpint (kind_of (de, "Tags:"), ==, PX_SENTENCE_BOILERPLATE);
  g_assert_cmpint (kind_of (de, "#Haushalt"), ==, PX_SENTENCE_BOILERPLATE);

  g_assert_cmpint (kind_of (en, "Advertisement"), ==, PX_SENTENCE_BOILERPLATE);
  g_assert_cmpint (kind_of (en, "Tags:"), ==, PX_SENTENCE_BOILERPLATE);
  g_assert_cmpint (kind_of (en, "This article was"), ==, PX_SENTENCE_BOILERPLATE);
  g_assert_cmpint (kind_of (en, "(Reporting by"), ==, PX_SENTENCE_BOILERPLATE);
  g_assert_cmpint (kind_of (en, "Opposition members"), ==, PX_SENTENCE_BODY);
}

static void
test_headings (void)
{
  g_autoptr(PxArticle) de = load ("de", DE_BODY
                                  "Streit um die Schulden\n"
                                  DE_BODY2
                                  "Was bedeutet das für die Bürger?\n"
                                  DE_BODY);

  g_assert_cmpint (kind_of (de, "Streit um die Schulden"), ==, PX_SENTENCE_HEADING);
  g_assert_cmpint (kind_of (de, "Was bedeutet das"), ==, PX_SENTENCE_HEADING);
}

/* Checks a dateline: split off as boilerplate, the sentence that follows
 * starts right after it, place and agency recorded.
 */
static void
assert_dateline (const char *language,
                 const char *first_paragraph,
                 const char *dateline,
                 const char *place,
                 const char *agency)
{
  g_autofree char *body = g_strdup_printf ("%s\n%s", first_paragraph,
                                           g_str_equal (language, "de") ? DE_BODY2 : EN_BODY2);
  g_autoptr(PxArticle) article = load (language, body);
  g_autofree char *first = px_article_dup_sentence_text (article, 0);
  g_autofree char *second = px_article_dup_sentence_text (article, 1);
  guint n;
  const PxSentence *sentences = px_article_get_sentences (article, &n);
  const char *text = px_article_get_text (article);

  g_assert_cmpstr (first, ==, dateline);
  g_assert_cmpint (sentences[0].kind, ==, PX_SENTENCE_BOILERPLATE);
  g_assert_cmpint (sentences[1].kind, ==, PX_SENTENCE_BODY);
  g_assert_cmpuint (sentences[0].paragraph, ==, sentences[1].paragraph);
  /* Only spaces lie between them: every byte of text is in a sentence. */
  for (guint i = sentences[0].end; i < sentences[1].start; i++)
    g_assert_true (g_ascii_isspace (text[i]));
  g_assert_true (g_str_has_prefix (first_paragraph + strlen (dateline) + 1, second) ||
                 g_str_has_prefix (first_paragraph + strlen (dateline), second));
  g_assert_cmpstr (px_article_get_place (article), ==, place);
  g_assert_cmpstr (px_article_get_agency (article), ==, agency);
}

static void
test_datelines (void)
{
  assert_dateline ("de", "Washington (dpa) - Der Senat hat das Gesetz gebilligt. Es tritt im Mai in Kraft.",
                   "Washington (dpa) -", "Washington", "dpa");
  assert_dateline ("de", "Berlin (xyz) – Die Regierung hat einen Plan vorgelegt.",
                   "Berlin (xyz) –", "Berlin", "xyz");
  assert_dateline ("de", "TAIPEI, Taiwan – Die Regierung hat einen Plan vorgelegt.",
                   "TAIPEI, Taiwan –", "Taipei", NULL);
  assert_dateline ("de", "Lindenfels. Der Gemeinderat hat den Haushalt beschlossen.",
                   "Lindenfels.", "Lindenfels", NULL);
  assert_dateline ("en", "LONDON (Reuters) — The government unveiled a plan on Monday.",
                   "LONDON (Reuters) —", "London", "Reuters");
  assert_dateline ("en", "CALDER BAY, England — The council approved the budget.",
                   "CALDER BAY, England —", "Calder Bay", NULL);
  assert_dateline ("en", "PORT ELLERY, Norland (AP) — Rescuers pulled 12 sailors from the sea.",
                   "PORT ELLERY, Norland (AP) —", "Port Ellery", "AP");
  assert_dateline ("en", "CALDER BAY, Nov 18 (Reuters) - The council approved the budget.",
                   "CALDER BAY, Nov 18 (Reuters) -", "Calder Bay", "Reuters");
  assert_dateline ("de", "Lindenfels/Oberhain (dpa/lnw) - Die Fähre fährt wieder.",
                   "Lindenfels/Oberhain (dpa/lnw) -", "Lindenfels/Oberhain", "dpa/lnw");

  /* Openings that only look like datelines. */
  {
    g_autoptr(PxArticle) a = load ("de", "Dramatisch. So beschreiben Anwohner die Lage am Fluss.\n" DE_BODY2);
    g_autoptr(PxArticle) b = load ("de", "Berlin – die Hauptstadt – hat einen neuen Haushalt.\n" DE_BODY2);

    g_assert_null (px_article_get_place (a));
    g_assert_cmpint (kind_of (a, "Dramatisch."), ==, PX_SENTENCE_BODY);
    g_assert_null (px_article_get_place (b));
    g_assert_cmpint (kind_of (b, "Berlin – die"), ==, PX_SENTENCE_BODY);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/boilerplate/samples-de", test_samples_de);
  g_test_add_func ("/boilerplate/samples-en", test_samples_en);
  g_test_add_func ("/boilerplate/captions", test_captions);
  g_test_add_func ("/boilerplate/related-lists", test_related_lists);
  g_test_add_func ("/boilerplate/furniture", test_furniture);
  g_test_add_func ("/boilerplate/headings", test_headings);
  g_test_add_func ("/boilerplate/datelines", test_datelines);

  return g_test_run ();
}
