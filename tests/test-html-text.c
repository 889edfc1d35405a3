/* test-html-text.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "px-test-utils.h"

/* The fixtures are news pages as a browser saves them: site header, menus,
 * cookie banner, ads, share bars, related links, comments, footer, scripts
 * and JSON-LD around one invented story. Next to each page, a .txt holds
 * the article as a reader would copy it, one paragraph per line.
 */

static char *
read_fixture (const char *name,
              gsize      *length)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "html", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}

static char **
expected_paragraphs (const char *name)
{
  g_autofree char *contents = read_fixture (name, NULL);

  g_strchomp (contents);
  return g_strsplit (contents, "\n", -1);
}

static PxArticle *
load_html (const char *name,
           const char *html,
           gsize       length,
           GError    **error)
{
  g_autoptr(PxArticleLoader) loader = px_article_loader_new ();

  return px_article_loader_load_data (loader, name, html, length, error);
}

/* The article text is exactly the story's paragraphs, in order, and each
 * paragraph span covers one of them.
 */
static void
check_text (const char *page,
            const char *expected_name)
{
  g_autofree char *fixture = g_strconcat ("html/", page, NULL);
  g_autoptr(PxArticle) article = px_test_load_fixture (fixture);
  g_auto(GStrv) expected = expected_paragraphs (expected_name);
  g_autofree char *joined = g_strjoinv ("\n\n", expected);
  const PxParagraph *paragraphs;
  const char *text = px_article_get_text (article);
  guint n;

  g_assert_cmpstr (text, ==, joined);

  paragraphs = px_article_get_paragraphs (article, &n);
  g_assert_cmpuint (n, ==, g_strv_length (expected));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *para = g_strndup (text + paragraphs[i].start,
                                         paragraphs[i].end - paragraphs[i].start);
      g_assert_cmpstr (para, ==, expected[i]);
    }
}

static void
test_html_text_german_article (void)
{
  check_text ("de-silobrand.html", "de-silobrand.txt");
}

static void
test_html_text_english_main (void)
{
  check_text ("en-bridge.html", "en-bridge.txt");
}

static void
test_html_text_density_layout (void)
{
  check_text ("de-faehre.html", "de-faehre.txt");
}

static void
test_html_text_metadata (void)
{
  g_autoptr(PxArticle) de = px_test_load_fixture ("html/de-silobrand.html");
  g_autoptr(PxArticle) en = px_test_load_fixture ("html/en-bridge.html");
  g_autoptr(PxArticle) old = px_test_load_fixture ("html/de-faehre.html");

  /* og: tags first; the canonical link over og:url with its tracking. */
  g_assert_cmpstr (px_article_get_title (de), ==,
                   "Großbrand in Getreidesilo: Rostocker Hafen stundenlang gesperrt");
  g_assert_cmpstr (px_article_get_outlet (de), ==, "Nordküsten-Kurier");
  g_assert_cmpstr (px_article_get_date (de), ==, "2026-03-14T09:30:00+01:00");
  g_assert_cmpstr (px_article_get_url (de), ==,
                   "https://www.nordkuesten-kurier.example/rostock/silobrand-hafen-gesperrt-a1234.html");
  g_assert_cmpstr (px_article_get_language (de), ==, "de");

  /* No og:title or og:site_name: the publisher comes from JSON-LD through
   * its "@id", which also names the suffix to strip from <title>; the
   * NewsArticle's date beats the WebPage's and the pubdate meta.
   */
  g_assert_cmpstr (px_article_get_title (en), ==,
                   "Storm damage shuts Kelby swing bridge for six weeks");
  g_assert_cmpstr (px_article_get_outlet (en), ==, "The Harbour Gazette");
  g_assert_cmpstr (px_article_get_date (en), ==, "2026-04-02T07:15:00Z");
  g_assert_cmpstr (px_article_get_url (en), ==,
                   "https://harbourgazette.example/news/kelby-bridge-closed?ref=share");
  g_assert_cmpstr (px_article_get_language (en), ==, "en");

  /* An old page: application-name, meta date, no lang attribute. */
  g_assert_cmpstr (px_article_get_title (old), ==, "Neue Fähre für Pirna: Betrieb startet im Juni");
  g_assert_cmpstr (px_article_get_outlet (old), ==, "Elbtal-Bote");
  g_assert_cmpstr (px_article_get_date (old), ==, "2026-05-20");
  g_assert_null (px_article_get_url (old));
  g_assert_cmpstr (px_article_get_language (old), ==, "de");
}

static void
check_kinds (const char           *page,
             const PxSentenceKind *kinds,
             guint                 n_kinds)
{
  g_autoptr(PxArticle) article = px_test_load_fixture (page);
  const PxParagraph *paragraphs;
  guint n;

  paragraphs = px_article_get_paragraphs (article, &n);
  g_assert_cmpuint (n, ==, n_kinds);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (paragraphs[i].kind, ==, kinds[i]);
}

static void
test_html_text_kinds (void)
{
  static const PxSentenceKind de[] = {
    PX_SENTENCE_HEADING, PX_SENTENCE_BODY, PX_SENTENCE_BODY, PX_SENTENCE_CAPTION,
    PX_SENTENCE_BODY, PX_SENTENCE_HEADING, PX_SENTENCE_BODY, PX_SENTENCE_BODY,
    PX_SENTENCE_BODY,
  };
  static const PxSentenceKind en[] = {
    PX_SENTENCE_HEADING, PX_SENTENCE_BODY, PX_SENTENCE_BODY, PX_SENTENCE_BODY,
    PX_SENTENCE_CAPTION, PX_SENTENCE_BODY, PX_SENTENCE_HEADING, PX_SENTENCE_BODY,
    PX_SENTENCE_BODY, PX_SENTENCE_BODY,
  };

  check_kinds ("html/de-silobrand.html", de, G_N_ELEMENTS (de));
  check_kinds ("html/en-bridge.html", en, G_N_ELEMENTS (en));
}

/* A page cut off mid-download still gives the paragraphs it has. */
static void
test_html_text_truncated (void)
{
  g_autofree char *html = NULL;
  g_autoptr(PxArticle) article = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) expected = expected_paragraphs ("de-silobrand.txt");
  g_autofree char *head = NULL;
  const char *cut;
  gsize length;

  html = read_fixture ("de-silobrand.html", &length);
  cut = strstr (html, "Die Polizei sperrte");
  g_assert_nonnull (cut);
  length = cut - html + strlen ("Die Polizei sperrte die Zufahrt");

  article = load_html ("truncated.html", html, length, &error);
  g_assert_no_error (error);

  head = g_strjoin ("\n\n", expected[0], expected[1], expected[2], expected[3],
                    "Die Polizei sperrte die Zufahrt", NULL);
  g_assert_cmpstr (px_article_get_text (article), ==, head);
  g_assert_cmpstr (px_article_get_outlet (article), ==, "Nordküsten-Kurier");
}

static void
test_html_text_navigation_only (void)
{
  g_autofree char *html = NULL;
  g_autoptr(PxArticle) article = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  html = read_fixture ("nav-only.html", &length);
  article = load_html ("nav-only.html", html, length, &error);
  g_assert_null (article);
  g_assert_error (error, PX_ERROR, PX_ERROR_EMPTY);
  g_assert_cmpstr (error->message, ==, "The page contains no article text");
}

static void
test_html_text_empty (void)
{
  static const char *pages[] = {
    "",
    "<html></html>",
    "<html><head><title>Nur ein Titel</title></head><body></body></html>",
    "<p>   &nbsp; </p><script>var text = 'Kein Artikel.';</script>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PxArticle) article = load_html ("empty.html", pages[i], strlen (pages[i]), &error);

      g_assert_null (article);
      g_assert_error (error, PX_ERROR, PX_ERROR_EMPTY);
    }
}

/* 100,000 nested elements: libxml2 stops at its depth limit, and we answer
 * with the text before it, or a clean error when there is none.
 */
static void
test_html_text_deep_nesting (void)
{
  g_autoptr(GString) deep = g_string_new ("<html><body>");
  g_autoptr(GString) intro = NULL;
  g_autoptr(PxArticle) article = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append (deep, "<div>");
  g_string_append (deep, "<p>Ganz tief unten steht ein Satz.</p>");

  article = load_html ("deep.html", deep->str, deep->len, &error);
  g_assert_null (article);
  g_assert_error (error, PX_ERROR, PX_ERROR_PARSE);
  g_clear_error (&error);

  intro = g_string_new ("<html><body><p>Der Anfang der Seite ist lesbar.</p>");
  g_string_append (intro, deep->str + strlen ("<html><body>"));
  article = load_html ("deep.html", intro->str, intro->len, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (px_article_get_text (article), ==, "Der Anfang der Seite ist lesbar.");
}

/* Nothing is resolved against <base href>: a relative canonical link is not
 * turned into an address on the <base> host, and the text is unaffected.
 */
static void
test_html_text_base_href (void)
{
  static const char *page =
    "<html lang=\"en\"><head><base href=\"https://tracker.example/\">"
    "<link rel=\"canonical\" href=\"/story/123\">"
    "<meta property=\"og:url\" content=\"https://news.example/story/123\">"
    "<link rel=\"stylesheet\" href=\"style.css\"></head><body><article>"
    "<p>The council met on Monday. <img src=\"https://tracker.example/p.gif\">"
    "It approved the budget.</p></article></body></html>";
  g_autoptr(PxArticle) article = NULL;

  article = px_test_load_string ("base.html", page);
  g_assert_cmpstr (px_article_get_text (article), ==,
                   "The council met on Monday. It approved the budget.");
  g_assert_cmpstr (px_article_get_url (article), ==, "https://news.example/story/123");
}

/* Class and id words count only as whole tokens, and words that describe a
 * state of the article do not remove it.
 */
static void
test_html_text_class_tokens (void)
{
  static const char *page =
    "<html lang=\"de\"><body>"
    "<article class=\"article article--has-comments\">"
    "<div class=\"shadow-box\"><p>Der Landtag hat am Dienstag den Haushalt beschlossen.</p></div>"
    "<div class=\"header-ad\"><p>Jetzt den Tarif wechseln und sparen!</p></div>"
    "<p class=\"download-hint\">Der Entwurf steht auf der Seite des Landtags bereit.</p>"
    "<div id=\"comments_list\"><p>Endlich! Das hat viel zu lange gedauert.</p></div>"
    "<div class=\"ContentBox nav\"><p>Politik</p></div>"
    "<div class=\"shareBar\"><p>Teilen Sie diesen Artikel mit Freunden.</p></div>"
    "<p class=\"Loading\">Die Opposition stimmte dagegen.</p>"
    "</article></body></html>";
  g_autoptr(PxArticle) article = px_test_load_string ("tokens.html", page);

  g_assert_cmpstr (px_article_get_text (article), ==,
                   "Der Landtag hat am Dienstag den Haushalt beschlossen.\n\n"
                   "Der Entwurf steht auf der Seite des Landtags bereit.\n\n"
                   "Die Opposition stimmte dagegen.");
}

/* Inline markup is text, whitespace collapses, entities are decoded, and
 * soft hyphens do not split words.
 */
static void
test_html_text_inline (void)
{
  static const char *page =
    "<html lang=\"de\"><body><article>"
    "<p>Die Ukraine darf <em>Lang&shy;strecken&shy;raketen</em>&nbsp;einsetzen,\n"
    "   berichtet   die <a href=\"https://nyt.example/\">New York Times</a>.<br>"
    "Das Wei&szlig;e Haus &amp; das Pentagon &quot;schweigen&quot;.</p>"
    "<p>&nbsp;</p>"
    "<blockquote><p>&bdquo;Wir pr&uuml;fen das&ldquo;, sagte ein Sprecher.</p></blockquote>"
    "<ul><li>Reichweite: bis zu 300&nbsp;km</li></ul>"
    "</article></body></html>";
  g_autoptr(PxArticle) article = px_test_load_string ("inline.html", page);

  g_assert_cmpstr (px_article_get_text (article), ==,
                   "Die Ukraine darf Langstreckenraketen einsetzen, berichtet die New York "
                   "Times. Das Weiße Haus & das Pentagon \"schweigen\".\n\n"
                   "„Wir prüfen das“, sagte ein Sprecher.\n\n"
                   "Reichweite: bis zu 300 km");
}

/* Without og: tags, <title> or JSON-LD: the first headline is the title,
 * the article's <time> beats the page-wide date meta, and broken or hostile
 * JSON-LD is ignored.
 */
static void
test_html_text_metadata_fallbacks (void)
{
  g_autoptr(GString) page = g_string_new (
    "<html lang=\"EN-us\"><head><meta name=\"date\" content=\"2020-01-01\">"
    "<script type=\"application/ld+json\">");
  g_autoptr(PxArticle) article = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (page, '[');
  g_string_append (page,
    "</script><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
    "\"publisher\": 42}</script></head><body>"
    "<header class=\"masthead\"><h1>Daily Sentinel</h1></header>"
    "<article><header><h1>Dam repairs <span>finished early</span></h1>"
    "<time datetime=\"2026-06-03T08:00:00Z\">3 June</time></header>"
    "<p>Repairs to the Fenwick dam finished two weeks ahead of schedule.</p>"
    "</article></body></html>");

  article = px_test_load_string ("fallbacks.html", page->str);
  g_assert_cmpstr (px_article_get_title (article), ==, "Dam repairs finished early");
  g_assert_cmpstr (px_article_get_date (article), ==, "2026-06-03T08:00:00Z");
  g_assert_cmpstr (px_article_get_language (article), ==, "en");
  g_assert_cmpstr (px_article_get_text (article), ==,
                   "Dam repairs finished early\n\n"
                   "Repairs to the Fenwick dam finished two weeks ahead of schedule.");
}

/* Comments outweigh a short story here; the <article> still wins because
 * the comment thread is marked as such.
 */
static void
test_html_text_long_comments (void)
{
  g_autoptr(GString) page = g_string_new (
    "<html lang=\"de\"><body><main><article>"
    "<h1>Stadtrat stimmt für neues Bad</h1>"
    "<p>Der Stadtrat hat am Donnerstag mit großer Mehrheit den Bau eines neuen "
    "Hallenbads beschlossen. Es soll 2029 eröffnen.</p></article>"
    "<section class=\"user-comments\">");
  g_autoptr(PxArticle) article = NULL;

  for (guint i = 0; i < 20; i++)
    g_string_append (page,
      "<div class=\"entry\"><p>Das alte Bad war seit Jahren marode, und niemand im "
      "Rathaus hat sich darum gekümmert. Jetzt soll plötzlich alles ganz schnell gehen, "
      "kurz vor der Wahl. Ein Schelm, wer Böses dabei denkt.</p></div>");
  g_string_append (page, "</section></main></body></html>");

  article = px_test_load_string ("comments.html", page->str);
  g_assert_cmpstr (px_article_get_text (article), ==,
                   "Stadtrat stimmt für neues Bad\n\n"
                   "Der Stadtrat hat am Donnerstag mit großer Mehrheit den Bau eines neuen "
                   "Hallenbads beschlossen. Es soll 2029 eröffnen.");
}

/* Microdata instead of <article>: the typed wrapper holds the headline,
 * whose kicker span keeps its distance; a data table's fragments are not
 * paragraphs, a sentence in a table cell is.
 */
static void
test_html_text_microdata (void)
{
  static const char *page =
    "<html lang=\"de\"><body><div class=\"page\">"
    "<div itemscope itemtype=\"https://schema.org/NewsArticle\">"
    "<h2><span class=\"kicker\">Hafenbrand</span><span>Großfeuer im Hafen</span></h2>"
    "<div itemprop=\"articleBody\"><p>Das Feuer brach am Morgen in einem Lagerhaus aus.</p>"
    "<table><tr><td>Tonnen</td><td>8000</td></tr>"
    "<tr><td>Im Lager lag vor allem Weizen, hieß es.</td></tr></table>"
    "<p>Am Abend war der Brand gelöscht.</p></div></div>"
    "<div class=\"box\"><p><a href=\"/x\">Mehr aus der Region</a></p></div>"
    "</div></body></html>";
  g_autoptr(PxArticle) article = px_test_load_string ("microdata.html", page);

  g_assert_cmpstr (px_article_get_text (article), ==,
                   "Hafenbrand Großfeuer im Hafen\n\n"
                   "Das Feuer brach am Morgen in einem Lagerhaus aus.\n\n"
                   "Im Lager lag vor allem Weizen, hieß es.\n\n"
                   "Am Abend war der Brand gelöscht.");
}

/* Component markers in data attributes count like class names; photo
 * credits leave the caption; a kicker's space gives way to punctuation.
 */
static void
test_html_text_components (void)
{
  static const char *page =
    "<html lang=\"de\"><body><article>"
    "<h2><span>Hafenbrand</span><span>:</span> <span>Feuer gelöscht</span></h2>"
    "<section data-area=\"body\"><div data-area=\"text_block\">"
    "<p>Die Feuerwehr hat den Brand im Hafen am Abend gelöscht.</p></div>"
    "<div data-area=\"related_articles\"><p>Hafen in der Krise: Der Umschlag bricht ein.</p></div>"
    "<figure><img src=\"https://cdn.example/a.jpg\">"
    "<figcaption>Löscharbeiten am Silo. Foto: Max Muster/dpa</figcaption></figure>"
    "<figure><figcaption><p>Das Silo am Morgen</p><span>\xc2\xa9 Nordküsten-Kurier</span>"
    "</figcaption></figure>"
    "<div data-component=\"paywall\"><p>Jetzt weiterlesen mit dem Abo für einen Euro.</p></div>"
    "</section></article></body></html>";
  g_autoptr(PxArticle) article = px_test_load_string ("components.html", page);
  const PxParagraph *paragraphs;
  guint n;

  g_assert_cmpstr (px_article_get_text (article), ==,
                   "Hafenbrand: Feuer gelöscht\n\n"
                   "Die Feuerwehr hat den Brand im Hafen am Abend gelöscht.\n\n"
                   "Löscharbeiten am Silo.\n\n"
                   "Das Silo am Morgen");
  paragraphs = px_article_get_paragraphs (article, &n);
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpint (paragraphs[2].kind, ==, PX_SENTENCE_CAPTION);
  g_assert_cmpint (paragraphs[3].kind, ==, PX_SENTENCE_CAPTION);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/html-text/german-article", test_html_text_german_article);
  g_test_add_func ("/html-text/english-main", test_html_text_english_main);
  g_test_add_func ("/html-text/density-layout", test_html_text_density_layout);
  g_test_add_func ("/html-text/metadata", test_html_text_metadata);
  g_test_add_func ("/html-text/kinds", test_html_text_kinds);
  g_test_add_func ("/html-text/truncated", test_html_text_truncated);
  g_test_add_func ("/html-text/navigation-only", test_html_text_navigation_only);
  g_test_add_func ("/html-text/empty", test_html_text_empty);
  g_test_add_func ("/html-text/deep-nesting", test_html_text_deep_nesting);
  g_test_add_func ("/html-text/base-href", test_html_text_base_href);
  g_test_add_func ("/html-text/class-tokens", test_html_text_class_tokens);
  g_test_add_func ("/html-text/inline", test_html_text_inline);
  g_test_add_func ("/html-text/metadata-fallbacks", test_html_text_metadata_fallbacks);
  g_test_add_func ("/html-text/long-comments", test_html_text_long_comments);
  g_test_add_func ("/html-text/microdata", test_html_text_microdata);
  g_test_add_func ("/html-text/components", test_html_text_components);

  return g_test_run ();
}
