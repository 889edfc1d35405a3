/* test-article-meta.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "px-test-utils.h"

/* Every article here is invented: an imagined flood barrier on a river
 * called the Auel, reported by imagined papers.
 */

static void
assert_line (const char *line,
             const char *language,
             PxMetaLine  expected_kind,
             const char *expected_value)
{
  g_autofree char *value = NULL;
  PxMetaLine kind = px_article_meta_read_line (line, -1, language, &value);

  if (kind != expected_kind || g_strcmp0 (value, expected_value) != 0)
    g_error ("%s: read as %d (%s), expected %d (%s)", line, kind, value, expected_kind, expected_value);
}

/* Dates in the forms English and German sites print them, with labels,
 * weekdays, times and time zones around them.
 */
static void
test_meta_dates (void)
{
  assert_line ("April 7, 2024, 9:05 AM", "en", PX_META_LINE_DATE, "2024-04-07");
  assert_line ("First Published: March 3, 2025 6:15 PM EDT", "en", PX_META_LINE_DATE, "2025-03-03");
  assert_line ("Sat., Oct. 4, 2025 10:30 AM PDT", "en", PX_META_LINE_DATE, "2025-10-04");
  assert_line ("Oct 9, 2025 | 7:10 am", "en", PX_META_LINE_DATE, "2025-10-09");
  assert_line ("Published at 11:20, Tuesday, 9 September 2025", "en", PX_META_LINE_DATE, "2025-09-09");
  assert_line ("8 P. M. NOV. 21, 2024", "en", PX_META_LINE_DATE, "2024-11-21");
  assert_line ("Posted on Mon Jun 2, 2025 08:45 AM PDT", "en", PX_META_LINE_DATE, "2025-06-02");
  assert_line ("03/14/2026", "en", PX_META_LINE_DATE, "2026-03-14");
  assert_line ("11/02/25 06:44 PM ET", "en", PX_META_LINE_DATE, "2025-11-02");
  assert_line ("May 22nd, 2025 2:00pm EDT", "en", PX_META_LINE_DATE, "2025-05-22");

  assert_line ("12. März 2026", "de", PX_META_LINE_DATE, "2026-03-12");
  assert_line ("12.03.2026", "de", PX_META_LINE_DATE, "2026-03-12");
  assert_line ("Stand: 14.03.2026, 09:41 Uhr", "de", PX_META_LINE_DATE, "2026-03-14");
  assert_line ("Donnerstag, 12. März 2026", "de", PX_META_LINE_DATE, "2026-03-12");
  assert_line ("Veröffentlicht am 3. Februar 2025 um 18:20 Uhr", "de", PX_META_LINE_DATE, "2025-02-03");
  assert_line ("14/03/2026", "de", PX_META_LINE_DATE, "2026-03-14");
  assert_line ("2026-03-14", "de", PX_META_LINE_DATE, "2026-03-14");
  assert_line ("2026-03-14T08:00:00+01:00", "de", PX_META_LINE_DATE, "2026-03-14");

  /* A time stamp without a date says when, but gives no date. */
  assert_line ("Updated 7:45 p. m. ET", "en", PX_META_LINE_TIME, NULL);
  assert_line ("Aktualisiert um 16:05 Uhr", "de", PX_META_LINE_TIME, NULL);

  /* Impossible dates and text around dates are not date lines. */
  assert_line ("31. Februar 2026", "de", PX_META_LINE_NONE, NULL);
  assert_line ("Am 12. März tagte der Rat der Stadt.", "de", PX_META_LINE_NONE, NULL);
  assert_line ("Mai 2026: Der Deich hält", "de", PX_META_LINE_NONE, NULL);
  assert_line ("March Madness at the Auel barrier", "en", PX_META_LINE_NONE, NULL);
  assert_line ("2026", "de", PX_META_LINE_NONE, NULL);
  assert_line ("Montag", "de", PX_META_LINE_NONE, NULL);
}

static void
test_meta_parse_date (void)
{
  g_autofree char *de = px_article_meta_parse_date ("12. März 2026", "de");
  g_autofree char *en = px_article_meta_parse_date ("March 12, 2026", "en");
  g_autofree char *none = px_article_meta_parse_date ("neulich", "de");

  g_assert_cmpstr (de, ==, "2026-03-12");
  g_assert_cmpstr (en, ==, "2026-03-12");
  g_assert_null (none);
}

static void
test_meta_bylines (void)
{
  assert_line ("By Jane Doe", "en", PX_META_LINE_BYLINE, "Jane Doe");
  assert_line ("BY KIM LARSEN, Associated Press", "en", PX_META_LINE_BYLINE, "KIM LARSEN");
  assert_line ("Von Anna Muster und Max Beispiel", "de", PX_META_LINE_BYLINE, "Anna Muster und Max Beispiel");
  assert_line ("Autorin: Lena von Auel", "de", PX_META_LINE_BYLINE, "Lena von Auel");

  /* Sentences that merely start like a byline. */
  assert_line ("Von Berlin aus fuhr der Zug weiter.", "de", PX_META_LINE_NONE, NULL);
  assert_line ("Von Montag an gilt die Sperre", "de", PX_META_LINE_NONE, NULL);
  assert_line ("By the river, the barrier held", "en", PX_META_LINE_NONE, NULL);
}

static void
test_meta_agencies (void)
{
  struct { const char *text; const char *agency; } cases[] = {
    { "Hamburg (dpa) -", "dpa" },
    { "© Reuters 2026", "Reuters" },
    { "Copyright 2026 The Associated Press. All rights reserved.", "Associated Press" },
    { "Bern (Keystone-SDA) -", "Keystone-SDA" },
    { "PARIS (AFP) —", "AFP" },
    { "Quelle: DPA", "dpa" },
    { "Reuters-Reporter in Haft", NULL },
    { "Tapas im Hafen", NULL },
    { "Rapid response", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *agency = px_article_meta_find_agency (cases[i].text, -1);

      g_assert_cmpstr (agency, ==, cases[i].agency);
    }
}

static void
test_meta_opening_words (void)
{
  g_autofree char *long_lead = px_article_meta_opening_words (
    "Das neue Sperrwerk an der Auel hat am Dienstag dem ersten Hochwasser seit seiner Eröffnung standgehalten.", -1);
  g_autofree char *short_lead = px_article_meta_opening_words ("Der Deich hält.", -1);
  g_autofree char *a = px_article_meta_neutral_outlet (0);
  g_autofree char *c = px_article_meta_neutral_outlet (2);
  g_autofree char *many = px_article_meta_neutral_outlet (30);

  g_assert_cmpstr (long_lead, ==, "Das neue Sperrwerk an der Auel hat am Dienstag dem…");
  g_assert_cmpstr (short_lead, ==, "Der Deich hält");
  g_assert_cmpstr (a, ==, "Source A");
  g_assert_cmpstr (c, ==, "Source C");
  g_assert_cmpstr (many, ==, "Source 31");
}

static PxArticle *
load (const char *name,
      const char *text)
{
  g_autoptr(PxArticleLoader) loader = px_article_loader_new ();
  g_autoptr(GError) error = NULL;
  PxArticle *article = px_article_loader_load_data (loader, name, text, strlen (text), &error);

  g_assert_no_error (error);
  return article;
}

static PxSentenceKind
kind_of (PxArticle *article,
         guint      sentence)
{
  guint n;
  const PxSentence *sentences = px_article_get_sentences (article, &n);

  g_assert_cmpuint (sentence, <, n);
  return sentences[sentence].kind;
}

/* A time stamp above the headline is the date, not the title; the line
 * under it is the headline, and the headline is found where it stands.
 */
static void
test_meta_loader_date_first (void)
{
  g_autoptr(PxArticle) article = load ("/tmp/2_7auel.txt",
    "April 7, 2024, 9:05 AM\n\n"
    "Auel barrier holds in first flood\n\n"
    "Updated 7:45 p. m. ET\n\n"
    "By Jane Doe\n\n"
    "The new flood barrier on the Auel held on Tuesday. Engineers said the water stopped "
    "two metres below the crest.\n");

  g_assert_cmpstr (px_article_get_title (article), ==, "Auel barrier holds in first flood");
  g_assert_false (px_article_get_title_derived (article));
  g_assert_cmpstr (px_article_get_date (article), ==, "2024-04-07");
  g_assert_cmpstr (px_article_get_byline (article), ==, "Jane Doe");
  g_assert_cmpstr (px_article_get_outlet (article), ==, "Source A");
  g_assert_cmpint (px_article_meta_title_paragraph (article), ==, 1);

  /* The time stamps and the byline are metadata, not headings or claims. */
  g_assert_cmpint (kind_of (article, 0), ==, PX_SENTENCE_BOILERPLATE);
  g_assert_cmpint (kind_of (article, 1), ==, PX_SENTENCE_HEADING);
  g_assert_cmpint (kind_of (article, 2), ==, PX_SENTENCE_BOILERPLATE);
  g_assert_cmpint (kind_of (article, 3), ==, PX_SENTENCE_BOILERPLATE);
  g_assert_cmpint (kind_of (article, 4), ==, PX_SENTENCE_BODY);
}

/* "First Published: …" under the headline becomes the date; the agency in
 * the dateline becomes the outlet.
 */
static void
test_meta_loader_published_line (void)
{
  g_autoptr(PxArticle) article = load ("/tmp/nordblick-0042.txt",
    "Sperrwerk an der Auel hält dem Hochwasser stand\n"
    "Stand: 14.03.2026, 09:41 Uhr\n"
    "Auelmünde (dpa) - Das neue Sperrwerk an der Auel hat dem ersten Hochwasser seit seiner "
    "Eröffnung standgehalten. Das Wasser blieb zwei Meter unter der Krone.\n");

  g_assert_cmpstr (px_article_get_title (article), ==, "Sperrwerk an der Auel hält dem Hochwasser stand");
  g_assert_cmpstr (px_article_get_date (article), ==, "2026-03-14");
  g_assert_cmpstr (px_article_get_outlet (article), ==, "dpa");
  g_assert_cmpint (kind_of (article, 1), ==, PX_SENTENCE_BOILERPLATE);
}

/* Without a headline the title is the lead's opening words, marked as
 * derived; a credit line at the end names the outlet.
 */
static void
test_meta_loader_derived_title (void)
{
  g_autoptr(PxArticle) article = load ("/tmp/000_5f3a9c.txt",
    "Das neue Sperrwerk an der Auel hat am Dienstag dem ersten Hochwasser seit seiner "
    "Eröffnung standgehalten. Das Wasser blieb zwei Meter unter der Krone.\n"
    "Die Stadt dankte den Helfern.\n"
    "© Reuters\n");

  g_assert_cmpstr (px_article_get_title (article), ==, "Das neue Sperrwerk an der Auel hat am Dienstag dem…");
  g_assert_true (px_article_get_title_derived (article));
  g_assert_cmpint (px_article_meta_title_paragraph (article), ==, -1);
  g_assert_cmpstr (px_article_get_outlet (article), ==, "Reuters");
  g_assert_null (px_article_get_date (article));
}

/* Front matter wins over what the text says, and its date is normalised. */
static void
test_meta_loader_front_matter (void)
{
  g_autoptr(PxArticle) article = load ("/tmp/kurier.txt",
    "---\ntitle: Deich hält\noutlet: Auel-Kurier\ndate: 12. März 2026\n---\n"
    "Hamburg (dpa) - Der Deich an der Auel hat gehalten.\n");

  g_assert_cmpstr (px_article_get_title (article), ==, "Deich hält");
  g_assert_cmpstr (px_article_get_outlet (article), ==, "Auel-Kurier");
  g_assert_cmpstr (px_article_get_date (article), ==, "2026-03-12");
}

/* A language field is cut to its two-letter code only where it starts with
 * two ASCII letters: cutting "Eþ-gb" after two bytes split the "þ" and left
 * invalid UTF-8 in the metadata (found by fuzz-text-loader); such a field
 * counts as no language, which is then detected.
 */
static void
test_meta_loader_language_field (void)
{
  g_autoptr(PxArticle) german = load ("/tmp/kurier.txt",
    "---\nlanguage: Deutsch\n---\nDer Deich an der Auel hat gehalten, teilte die Stadt mit.\n");
  g_autoptr(PxArticle) coded = load ("/tmp/kurier.txt",
    "---\nlanguage: en-GB\n---\nThe dyke on the Auel has held, the town said.\n");
  g_autoptr(PxArticle) odd = load ("/tmp/kurier.txt",
    "---\nlanguage: \"Eþ-gb\"\n---\nDer Deich an der Auel hat gehalten, teilte die Stadt mit.\n");

  g_assert_cmpstr (px_article_get_language (german), ==, "de");
  g_assert_cmpstr (px_article_get_language (coded), ==, "en");
  g_assert_true (g_utf8_validate (px_article_get_language (odd), -1, NULL));
  g_assert_cmpstr (px_article_get_language (odd), ==, "de");
}

static void
write_file (const char *dir,
            const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

/* In a set, unknown outlets are named by their place: the same letters
 * classroom mode uses, and never a file name.
 */
static void
test_meta_set_names (void)
{
  g_autofree char *dir = g_dir_make_tmp ("parallax-meta-XXXXXX", NULL);
  g_autoptr(PxArticleLoader) loader = px_article_loader_new ();
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GPtrArray) errors = NULL;
  g_autoptr(GError) error = NULL;
  const char *names[] = { "000_a1.txt", "001_b2.txt", "002_c3.txt" };

  write_file (dir, names[0], "Der Deich an der Auel hat dem Hochwasser standgehalten.\n");
  write_file (dir, names[1], "Auelmünde (AFP) - Das Sperrwerk an der Auel hat gehalten.\n");
  write_file (dir, names[2], "Am Dienstag hielt das neue Sperrwerk dem Wasser stand.\n");

  articles = px_article_loader_load_set (loader, &folder, 1, &errors, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (articles->len, ==, 3);
  g_assert_cmpstr (px_article_get_outlet (g_ptr_array_index (articles, 0)), ==, "Source A");
  g_assert_cmpstr (px_article_get_outlet (g_ptr_array_index (articles, 1)), ==, "AFP");
  g_assert_cmpstr (px_article_get_outlet (g_ptr_array_index (articles, 2)), ==, "Source C");
  for (guint i = 0; i < articles->len; i++)
    {
      PxArticle *article = g_ptr_array_index (articles, i);

      g_assert_false (g_str_has_prefix (names[i], px_article_get_title (article)));
      g_unlink (px_article_get_path (article));
    }
  g_rmdir (dir);
}

/* A reader's correction makes a new article with the same text. */
static void
test_meta_edit (void)
{
  g_autoptr(PxArticle) article = load ("/tmp/000_5f3a9c.txt",
    "Das neue Sperrwerk an der Auel hat am Dienstag dem ersten Hochwasser seit seiner "
    "Eröffnung standgehalten.\n");
  g_autoptr(PxArticle) outlet = px_article_meta_edit (article, PX_META_FIELD_OUTLET, "Auel-Kurier");
  g_autoptr(PxArticle) title = px_article_meta_edit (outlet, PX_META_FIELD_TITLE, "Sperrwerk hält");
  g_autoptr(PxArticle) date = px_article_meta_edit (title, PX_META_FIELD_DATE, "12. März 2026");
  g_autoptr(PxArticle) free_date = px_article_meta_edit (title, PX_META_FIELD_DATE, "Frühjahr 2026");
  guint n_before, n_after;

  g_assert_true (outlet != article);
  g_assert_cmpstr (px_article_get_outlet (outlet), ==, "Auel-Kurier");
  g_assert_cmpstr (px_article_get_outlet (article), ==, "Source A");
  g_assert_cmpstr (px_article_get_id (outlet), ==, px_article_get_id (article));
  g_assert_cmpstr (px_article_get_text (outlet), ==, px_article_get_text (article));
  px_article_get_sentences (article, &n_before);
  px_article_get_sentences (date, &n_after);
  g_assert_cmpuint (n_before, ==, n_after);

  g_assert_true (px_article_get_title_derived (outlet));
  g_assert_false (px_article_get_title_derived (title));
  g_assert_cmpstr (px_article_get_title (title), ==, "Sperrwerk hält");
  g_assert_cmpstr (px_article_get_outlet (title), ==, "Auel-Kurier");
  g_assert_cmpstr (px_article_get_date (date), ==, "2026-03-12");
  g_assert_cmpstr (px_article_get_date (free_date), ==, "Frühjahr 2026");
}

/* The project keeps corrected names and the derived mark; a file saved
 * before names were read (file names as title and outlet) opens with names
 * read from the text.
 */
static void
test_meta_project (void)
{
  g_autoptr(PxArticle) article = load ("/tmp/000_5f3a9c.txt",
    "Das neue Sperrwerk an der Auel hat am Dienstag dem ersten Hochwasser seit seiner "
    "Eröffnung standgehalten.\nBy Jane Doe\n");
  g_autoptr(PxArticle) edited = px_article_meta_edit (article, PX_META_FIELD_OUTLET, "Auel-Kurier");
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PxProject) project = NULL;
  g_autoptr(PxProject) reopened = NULL;
  g_autoptr(PxProject) old = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  const char *old_file =
    "{\"format\": \"parallax-project\", \"version\": 1, \"articles\": [ {"
    "\"id\": \"000_5f3a9c.txt\", \"title\": \"000_5f3a9c\", \"outlet\": \"000_5f3a9c\","
    "\"text\": \"Auelmünde (dpa) - Der Deich an der Auel hat gehalten.\"} ] }";
  PxArticle *back;
  gsize length;

  g_ptr_array_add (articles, g_object_ref (edited));
  project = px_project_new (articles);
  data = px_project_to_data (project, &length);
  reopened = px_project_load_data (data, length, &error);
  g_assert_no_error (error);
  back = g_ptr_array_index (px_project_get_articles (reopened), 0);
  g_assert_cmpstr (px_article_get_outlet (back), ==, "Auel-Kurier");
  g_assert_true (px_article_get_title_derived (back));
  g_assert_cmpstr (px_article_get_title (back), ==, px_article_get_title (article));
  g_assert_cmpstr (px_article_get_byline (back), ==, "Jane Doe");

  old = px_project_load_data (old_file, strlen (old_file), &error);
  g_assert_no_error (error);
  back = g_ptr_array_index (px_project_get_articles (old), 0);
  g_assert_cmpstr (px_article_get_outlet (back), ==, "dpa");
  g_assert_cmpstr (px_article_get_title (back), ==, "Der Deich an der Auel hat gehalten");
  g_assert_true (px_article_get_title_derived (back));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/article-meta/dates", test_meta_dates);
  g_test_add_func ("/article-meta/parse-date", test_meta_parse_date);
  g_test_add_func ("/article-meta/bylines", test_meta_bylines);
  g_test_add_func ("/article-meta/agencies", test_meta_agencies);
  g_test_add_func ("/article-meta/opening-words", test_meta_opening_words);
  g_test_add_func ("/article-meta/loader-date-first", test_meta_loader_date_first);
  g_test_add_func ("/article-meta/loader-published-line", test_meta_loader_published_line);
  g_test_add_func ("/article-meta/loader-derived-title", test_meta_loader_derived_title);
  g_test_add_func ("/article-meta/loader-front-matter", test_meta_loader_front_matter);
  g_test_add_func ("/article-meta/loader-language-field", test_meta_loader_language_field);
  g_test_add_func ("/article-meta/set-names", test_meta_set_names);
  g_test_add_func ("/article-meta/edit", test_meta_edit);
  g_test_add_func ("/article-meta/project", test_meta_project);

  return g_test_run ();
}
