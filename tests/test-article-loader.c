/* test-article-loader.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "px-test-utils.h"

static PxArticle *
load_data (const char  *name,
           const char  *data,
           gssize       length,
           GError     **error)
{
  g_autoptr(PxArticleLoader) loader = px_article_loader_new ();

  return px_article_loader_load_data (loader, name, data,
                                      length < 0 ? strlen (data) : (gsize)length, error);
}

static char *
paragraph_text (PxArticle *article,
                guint      index)
{
  guint n;
  const PxParagraph *paras = px_article_get_paragraphs (article, &n);

  g_assert_cmpuint (index, <, n);
  return g_strndup (px_article_get_text (article) + paras[index].start,
                    paras[index].end - paras[index].start);
}

static guint
n_paragraphs (PxArticle *article)
{
  guint n;

  px_article_get_paragraphs (article, &n);
  return n;
}

static void
write_file (const char *dir,
            const char *name,
            const char *contents,
            gssize      length)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);

        if (!g_file_test (child, G_FILE_TEST_IS_SYMLINK) && g_file_test (child, G_FILE_TEST_IS_DIR))
          remove_tree (child);
        else
          g_unlink (child);
      }
  g_rmdir (path);
}

static void
test_samples (void)
{
  const char *de_outlets[] = {
    "Blickpunkt24", "Elbauen-Anzeiger", "Hanseatische Allgemeine", "Märkischer Rundfunk",
    "Mitteldeutscher Pressedienst",
  };
  const char *en_outlets[] = { "Continental Wire", "EuroPulse Online", "The Northern Ledger" };
  g_autoptr(GPtrArray) de = px_test_load_sample ("de");
  g_autoptr(GPtrArray) en = px_test_load_sample ("en");

  g_assert_cmpuint (de->len, ==, G_N_ELEMENTS (de_outlets));
  for (guint i = 0; i < de->len; i++)
    {
      PxArticle *article = g_ptr_array_index (de, i);
      guint n;

      g_assert_cmpstr (px_article_get_outlet (article), ==, de_outlets[i]);
      g_assert_cmpstr (px_article_get_language (article), ==, "de");
      g_assert_nonnull (px_article_get_date (article));
      g_assert_true (g_str_has_prefix (px_article_get_url (article), "https://"));
      g_assert_null (px_article_get_warnings (article) ? px_article_get_warnings (article)[0] : NULL);
      px_article_get_sentences (article, &n);
      g_assert_cmpuint (n, >, 15);
      /* The front matter is not part of the text. */
      g_assert_null (strstr (px_article_get_text (article), "outlet:"));
    }

  g_assert_cmpuint (en->len, ==, G_N_ELEMENTS (en_outlets));
  for (guint i = 0; i < en->len; i++)
    {
      PxArticle *article = g_ptr_array_index (en, i);

      g_assert_cmpstr (px_article_get_outlet (article), ==, en_outlets[i]);
      g_assert_cmpstr (px_article_get_language (article), ==, "en");
    }
}

static void
test_bom_and_crlf (void)
{
  g_autoptr(PxArticle) bom = load_data ("bom.txt",
                                        "\xef\xbb\xbf---\ntitle: Mit BOM\noutlet: Testblatt\n---\n"
                                        "Der Rat tagte. Er beschloss nichts.\n", -1, NULL);
  g_autoptr(PxArticle) crlf = load_data ("crlf.txt",
                                         "---\r\ntitle: Zeilenenden\r\n---\r\n"
                                         "Erster Absatz mit einem Satz.\r\nZweiter Absatz.\r\n", -1, NULL);
  g_autofree char *second = NULL;

  g_assert_cmpstr (px_article_get_title (bom), ==, "Mit BOM");
  g_assert_cmpstr (px_article_get_outlet (bom), ==, "Testblatt");
  g_assert_true (g_str_has_prefix (px_article_get_text (bom), "Der Rat"));

  g_assert_cmpstr (px_article_get_title (crlf), ==, "Zeilenenden");
  g_assert_null (strchr (px_article_get_text (crlf), '\r'));
  g_assert_cmpuint (n_paragraphs (crlf), ==, 2);
  second = paragraph_text (crlf, 1);
  g_assert_cmpstr (second, ==, "Zweiter Absatz.");
}

static void
test_windows_1252 (void)
{
  /* "Grüße aus München – 5 €" in Windows-1252. */
  g_autoptr(PxArticle) article = load_data ("alt.txt", "Gr\xfc\xdf" "e aus M\xfcnchen \x96 5 \x80.\n",
                                            -1, NULL);
  const char * const *warnings = px_article_get_warnings (article);

  g_assert_cmpstr (px_article_get_text (article), ==, "Grüße aus München – 5 €.\n");
  g_assert_nonnull (warnings);
  g_assert_nonnull (warnings[0]);
  g_assert_nonnull (strstr (warnings[0], "alt.txt"));
  g_assert_nonnull (strstr (warnings[0], "Windows-1252"));
  g_assert_null (warnings[1]);
}

/* 0x81 is undefined in Windows-1252: the file is read all the same, its
 * other bytes as Windows-1252 (the quotes and the dash survive), that one as
 * ISO-8859-1, and the warning names both encodings and where the odd byte
 * is, counted in the file (after a UTF-8 byte-order mark here).
 */
static void
test_neither_utf8_nor_windows_1252 (void)
{
  g_autoptr(PxArticle) article = load_data ("odd.txt", "\xef\xbb\xbf\x84Gr\xfc\xdf" "e\x93 \x96 Teil \x81" "1.\n",
                                            -1, NULL);
  const char * const *warnings = px_article_get_warnings (article);

  g_assert_cmpstr (px_article_get_text (article), ==, "„Grüße“ – Teil \xc2\x81" "1.\n");
  g_assert_nonnull (warnings[0]);
  g_assert_nonnull (strstr (warnings[0], "odd.txt"));
  g_assert_nonnull (strstr (warnings[0], "neither UTF-8 nor Windows-1252"));
  g_assert_nonnull (strstr (warnings[0], "ISO-8859-1"));
  g_assert_nonnull (strstr (warnings[0], "byte 0x81 at offset 18"));
  g_assert_null (warnings[1]);
}

static void
test_front_matter_variants (void)
{
  struct {
    const char *name;
    const char *data;
    const char *title;
    const char *outlet;
    const char *language;
    const char *first_words;
  } cases[] = {
    { "quoted.txt", "---\nTitle: \"Rat: Haushalt steht\"\nOutlet: 'Kreisbote'\nLanguage: de-DE\n---\nDer Rat tagte.\n",
      "Rat: Haushalt steht", "Kreisbote", "de", "Der Rat" },
    { "leading.txt", "\n\n---\ntitle: Vorne leer\npublisher: Lokalblatt\nlang: German\n---\n\nDer Rat tagte.\n",
      "Vorne leer", "Lokalblatt", "de", "Der Rat" },
    { "dots.txt", "---\ntitle: YAML end\nsite: Calder Courier\nlanguage: English\n...\nThe council met.\n",
      "YAML end", "Calder Courier", "en", "The council" },
    { "toml.md", "+++\ntitle = \"TOML front matter\"\noutlet = \"Calder Courier\"\n+++\nThe council met.\n",
      "TOML front matter", "Calder Courier", "en", "The council" },
    { "list.txt", "---\ntitle: Mit Liste\ntags:\n  - Rat\n  - Haushalt\n# Kommentar\noutlet: Kreisbote\n---\nDer Rat tagte.\n",
      "Mit Liste", "Kreisbote", "de", "Der Rat" },
    { "url.txt", "---\ntitle: Nur URL\nurl: https://www.calder-courier.example/news/1\n---\nThe council met.\n",
      "Nur URL", "calder-courier.example", "en", "The council" },
    { "source-url.txt", "---\ntitle: Quelle\nsource: https://kreisbote.example/a\n---\nDer Rat tagte.\n",
      "Quelle", "kreisbote.example", "de", "Der Rat" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PxArticle) article = load_data (cases[i].name, cases[i].data, -1, &error);

      g_test_message ("case %s", cases[i].name);
      g_assert_no_error (error);
      g_assert_cmpstr (px_article_get_title (article), ==, cases[i].title);
      g_assert_cmpstr (px_article_get_outlet (article), ==, cases[i].outlet);
      g_assert_cmpstr (px_article_get_language (article), ==, cases[i].language);
      /* Blank lines after the block may stay; the text starts after it. */
      {
        const char *text = px_article_get_text (article);

        while (g_ascii_isspace (*text))
          text++;
        g_assert_true (g_str_has_prefix (text, cases[i].first_words));
      }
    }

  /* A block that is not key: value lines is text, not front matter. */
  {
    g_autoptr(PxArticle) article = load_data ("rule.md",
                                              "---\n\nDer Rat tagte lange am Dienstag.\n\n---\n\nEr beschloss nichts.\n",
                                              -1, NULL);

    g_assert_nonnull (strstr (px_article_get_text (article), "Der Rat tagte"));
    g_assert_nonnull (strstr (px_article_get_text (article), "Er beschloss"));
  }
  /* Unclosed front matter is text too. */
  {
    g_autoptr(PxArticle) article = load_data ("open.txt", "---\ntitle: Offen\nDer Rat tagte.\n", -1, NULL);

    g_assert_nonnull (strstr (px_article_get_text (article), "Der Rat tagte."));
  }
}

static void
test_missing_front_matter (void)
{
  g_autoptr(PxArticle) headline = load_data ("/tmp/kreisbote.txt",
                                             "Rat beschließt Haushalt\nDer Gemeinderat hat am Dienstag den Haushalt beschlossen.\n",
                                             -1, NULL);
  g_autoptr(PxArticle) no_headline = load_data ("/tmp/lokalblatt.txt",
                                                "Der Gemeinderat hat am Dienstag den Haushalt beschlossen. Er sieht Ausgaben vor.\n",
                                                -1, NULL);
  g_autoptr(PxArticle) furniture = load_data ("/tmp/webseite.txt",
                                              "Dieser Artikel wurde ursprünglich auf Französisch veröffentlicht\n"
                                              "Rat beschließt Haushalt\n"
                                              "Der Gemeinderat hat am Dienstag den Haushalt beschlossen.\n",
                                              -1, NULL);

  /* Readers do not know file names: an outlet nothing names is a neutral
   * "Source A"; a lead without a headline lends its opening words.
   */
  g_assert_cmpstr (px_article_get_title (headline), ==, "Rat beschließt Haushalt");
  g_assert_false (px_article_get_title_derived (headline));
  g_assert_cmpstr (px_article_get_outlet (headline), ==, "Source A");
  g_assert_cmpstr (px_article_get_id (headline), ==, "kreisbote.txt");
  g_assert_cmpstr (px_article_get_language (headline), ==, "de");

  g_assert_cmpstr (px_article_get_title (no_headline), ==, "Der Gemeinderat hat am Dienstag den Haushalt beschlossen");
  g_assert_true (px_article_get_title_derived (no_headline));
  g_assert_cmpstr (px_article_get_outlet (no_headline), ==, "Source A");

  /* Furniture above the headline does not become the title. */
  g_assert_cmpstr (px_article_get_title (furniture), ==, "Rat beschließt Haushalt");
}

static void
test_markdown (void)
{
  g_autoptr(PxArticle) article = load_data ("artikel.md",
                                            "---\ntitle: Markdown\noutlet: Kreisbote\n---\n"
                                            "# Rat beschließt Haushalt\n\n"
                                            "Der **Gemeinderat** hat den Haushalt _einstimmig_ beschlossen, "
                                            "wie [die Stadt](https://stadt.example/presse) mitteilte.\n"
                                            "![Das Rathaus](bilder/rathaus.png)\n\n"
                                            "## Kritik der Opposition\n\n"
                                            "Die Opposition sprach von einem *Fehler*. Der Streit geht weiter.\n\n"
                                            "Zwischentitel\n"
                                            "-------------\n\n"
                                            "- Erster Punkt der Liste.\n"
                                            "- Zweiter Punkt der Liste.\n",
                                            -1, NULL);
  const char *text = px_article_get_text (article);
  guint n;
  const PxParagraph *paras = px_article_get_paragraphs (article, &n);
  const PxSentence *sentences = px_article_get_sentences (article, NULL);
  g_autofree char *first = paragraph_text (article, 0);
  g_autofree char *second = paragraph_text (article, 1);
  g_autofree char *third = paragraph_text (article, 2);

  g_test_message ("%s", text);
  g_assert_cmpstr (first, ==, "Rat beschließt Haushalt");
  g_assert_cmpint (paras[0].kind, ==, PX_SENTENCE_HEADING);
  g_assert_cmpint (sentences[0].kind, ==, PX_SENTENCE_HEADING);
  g_assert_true (g_str_has_prefix (second, "Der Gemeinderat hat den Haushalt einstimmig beschlossen, "
                                           "wie die Stadt mitteilte."));
  g_assert_cmpstr (third, ==, "Kritik der Opposition");
  g_assert_cmpint (paras[2].kind, ==, PX_SENTENCE_HEADING);

  /* No markup survives: links keep their text, images go entirely. */
  g_assert_null (strstr (text, "**"));
  g_assert_null (strstr (text, "]("));
  g_assert_null (strstr (text, "https://"));
  g_assert_null (strstr (text, "rathaus.png"));
  g_assert_null (strstr (text, "Das Rathaus"));
  g_assert_null (strstr (text, "#"));
  g_assert_nonnull (strstr (text, "von einem Fehler."));

  /* The setext heading and the list items are paragraphs of their own. */
  {
    gboolean setext = FALSE, item = FALSE;

    for (guint i = 0; i < n; i++)
      {
        g_autofree char *p = paragraph_text (article, i);

        if (g_str_equal (p, "Zwischentitel"))
          setext = paras[i].kind == PX_SENTENCE_HEADING;
        if (g_str_equal (p, "Zweiter Punkt der Liste."))
          item = TRUE;
      }
    g_assert_true (setext);
    g_assert_true (item);
  }
}

static void
test_markdown_line_paragraphs (void)
{
  /* Markdown saved from a browser: one paragraph per line, no blank lines. */
  g_autoptr(PxArticle) lines = load_data ("zeilen.md",
                                          "Streit um die Fähre\n"
                                          "Der Kreis will die Fähre verkaufen. Die Gemeinde ist dagegen.\n"
                                          "Eine Entscheidung fällt im Mai.\n",
                                          -1, NULL);
  /* Hard-wrapped Markdown keeps the CommonMark reading. */
  g_autoptr(PxArticle) wrapped = load_data ("umbruch.md",
                                            "Der Gemeinderat von Lindenfels hat am Dienstag den\n"
                                            "Haushalt für das kommende Jahr beschlossen. Er sieht\n"
                                            "Ausgaben von 14 Millionen Euro vor, zwei mehr als im\n"
                                            "Vorjahr.\n"
                                            "\n"
                                            "Die Opposition kritisierte den Beschluss scharf und\n"
                                            "kündigte an, die Kommunalaufsicht einzuschalten.\n",
                                            -1, NULL);
  const PxSentence *sentences = px_article_get_sentences (lines, NULL);
  g_autofree char *heading = paragraph_text (lines, 0);

  g_assert_cmpuint (n_paragraphs (lines), ==, 3);
  g_assert_cmpstr (heading, ==, "Streit um die Fähre");
  g_assert_cmpint (sentences[0].kind, ==, PX_SENTENCE_HEADING);
  g_assert_cmpuint (n_paragraphs (wrapped), ==, 2);
}

static void
test_broken_lines (void)
{
  g_autoptr(PxArticle) article = load_data ("umbruch.txt",
                                            "Räumung im Norden\n"
                                            "Der Beschluss kam mitten in einer Räumung der Dörfer mit etwa 50.000\n"
                                            "Menschen, darunter Kranke, aus den Orten im Norden des Landes.\n"
                                            "Reaktionen aus der Region\n"
                                            "Der Bürgermeister der Nachbarstadt rief die Bewohner am Abend zur Ruhe auf.\n"
                                            "Eine lange Zeile ohne Punkt, die dennoch als eigene Zeile bleibt, weil die nächste\n"
                                            "kurz ist\n",
                                            -1, NULL);
  g_autofree char *p0 = paragraph_text (article, 0);
  g_autofree char *p1 = paragraph_text (article, 1);
  g_autofree char *p2 = paragraph_text (article, 2);
  g_autofree char *p3 = paragraph_text (article, 3);
  guint n;
  const PxSentence *sentences = px_article_get_sentences (article, &n);

  g_assert_cmpstr (p0, ==, "Räumung im Norden");
  /* The newline became a space: one paragraph, offsets unchanged. */
  g_assert_cmpstr (p1, ==, "Der Beschluss kam mitten in einer Räumung der Dörfer mit etwa 50.000 "
                           "Menschen, darunter Kranke, aus den Orten im Norden des Landes.");
  g_assert_cmpstr (p2, ==, "Reaktionen aus der Region");
  g_assert_cmpstr (p3, ==, "Der Bürgermeister der Nachbarstadt rief die Bewohner am Abend zur Ruhe auf.");
  g_assert_cmpuint (n_paragraphs (article), ==, 6);
  g_assert_cmpint (sentences[0].kind, ==, PX_SENTENCE_HEADING);
  g_assert_cmpint (sentences[1].kind, ==, PX_SENTENCE_BODY);
  g_assert_cmpint (sentences[2].kind, ==, PX_SENTENCE_HEADING);
  g_assert_cmpuint (strlen (px_article_get_text (article)), ==, px_article_get_text_length (article));
}

static void
test_hard_wrapped (void)
{
  g_autoptr(PxArticle) article = load_data ("umbruch.txt",
                                            "Der Gemeinderat von Lindenfels hat am Dienstag den\n"
                                            "Haushalt für das kommende Jahr beschlossen. Er sieht\n"
                                            "Ausgaben von 14 Millionen Euro vor, zwei mehr als im\n"
                                            "Vorjahr.\n"
                                            "\n"
                                            "Die Opposition kritisierte den Beschluss scharf und\n"
                                            "kündigte an, die Kommunalaufsicht einzuschalten.\n",
                                            -1, NULL);
  g_autofree char *p0 = paragraph_text (article, 0);

  g_assert_cmpuint (n_paragraphs (article), ==, 2);
  g_assert_cmpstr (p0, ==, "Der Gemeinderat von Lindenfels hat am Dienstag den Haushalt für das "
                           "kommende Jahr beschlossen. Er sieht Ausgaben von 14 Millionen Euro vor, "
                           "zwei mehr als im Vorjahr.");
}

/* A page copied from a browser, no front matter: tests/data/loader/browser-copy.txt. */
static void
test_browser_copy (void)
{
  g_autoptr(PxArticle) article = px_test_load_fixture ("loader/browser-copy.txt");
  const char *text = px_article_get_text (article);
  guint n;
  const PxSentence *sentences = px_article_get_sentences (article, &n);
  g_autoptr(GString) kinds = g_string_new (NULL);

  g_assert_cmpstr (px_article_get_title (article), ==, "Fähre „Lotte“ nach Motorschaden wieder in Betrieb");
  /* The dateline names the agency, "Lindenfels (lnd) -". */
  g_assert_cmpstr (px_article_get_outlet (article), ==, "lnd");
  g_assert_cmpstr (px_article_get_language (article), ==, "de");
  g_assert_cmpstr (px_article_get_place (article), ==, "Lindenfels");
  g_assert_cmpstr (px_article_get_agency (article), ==, "lnd");
  /* The broken line is joined, so the figure stays in one sentence. */
  g_assert_nonnull (strstr (text, "rund 48.000 Euro gekostet"));

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *sentence = px_article_dup_sentence_text (article, i);

      g_test_message ("%-11s %s", px_sentence_kind_to_string (sentences[i].kind), sentence);
      g_string_append_c (kinds, "bhcx"[sentences[i].kind]);
    }
  /* heading; dateline, 2 body; 2 caption; quote unit, body; heading; 2 body;
   * related heading and 2 headlines; tags.
   */
  g_assert_cmpstr (kinds->str, ==, "hxbbccbbhbbxxxx");
}

static void
test_errors (void)
{
  g_autoptr(PxArticleLoader) loader = px_article_loader_new ();
  g_autoptr(GError) empty = NULL;
  g_autoptr(GError) blank = NULL;
  g_autoptr(GError) only_meta = NULL;
  g_autoptr(GError) binary = NULL;
  g_autoptr(GError) large = NULL;
  g_autoptr(GError) unsupported = NULL;
  g_autofree char *big = g_strnfill (300, 'a');
  g_autofree char *limit = NULL;

  g_assert_null (load_data ("leer.txt", "", 0, &empty));
  g_assert_error (empty, PX_ERROR, PX_ERROR_EMPTY);
  g_assert_null (load_data ("blank.txt", " \n\n\t\n", -1, &blank));
  g_assert_error (blank, PX_ERROR, PX_ERROR_EMPTY);
  g_assert_null (load_data ("meta.txt", "---\ntitle: Nur Kopf\n---\n", -1, &only_meta));
  g_assert_error (only_meta, PX_ERROR, PX_ERROR_EMPTY);

  g_assert_null (load_data ("bild.txt", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16, &binary));
  g_assert_error (binary, PX_ERROR, PX_ERROR_BINARY);

  px_article_loader_set_max_size (loader, 100);
  limit = g_format_size (100);
  g_assert_null (px_article_loader_load_data (loader, "gross.txt", big, strlen (big), &large));
  g_assert_error (large, PX_ERROR, PX_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (large->message, limit));

  g_assert_null (load_data ("tabelle.xlsx", "abc", -1, &unsupported));
  g_assert_error (unsupported, PX_ERROR, PX_ERROR_UNSUPPORTED);
}

static void
test_too_large_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("px-loader-XXXXXX", &error);
  g_autoptr(PxArticleLoader) loader = px_article_loader_new ();
  g_autofree char *big = g_strnfill (4096, 'x');
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *limit = g_format_size (1000);

  g_assert_no_error (error);
  write_file (dir, "gross.txt", big, -1);
  path = g_build_filename (dir, "gross.txt", NULL);
  file = g_file_new_for_path (path);
  px_article_loader_set_max_size (loader, 1000);

  g_assert_null (px_article_loader_load_file (loader, file, NULL, &error));
  g_assert_error (error, PX_ERROR, PX_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, limit));
  remove_tree (dir);
}

static void
test_set_with_broken_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("px-loader-XXXXXX", &error);
  g_autoptr(PxArticleLoader) loader = px_article_loader_new ();
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GPtrArray) errors = NULL;
  g_autoptr(GPtrArray) articles = NULL;

  g_assert_no_error (error);
  write_file (dir, "a-kreisbote.txt", "Der Rat tagte am Dienstag.\n", -1);
  write_file (dir, "b-kaputt.txt", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  write_file (dir, "c-lokalblatt.txt", "Der Rat beschloss den Haushalt.\n", -1);
  write_file (dir, "notizen.odt", "nicht lesbar", -1);
  folder = g_file_new_for_path (dir);

  articles = px_article_loader_load_set (loader, &folder, 1, &errors, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (articles->len, ==, 2);
  g_assert_cmpstr (px_article_get_id (g_ptr_array_index (articles, 0)), ==, "a-kreisbote.txt");
  g_assert_cmpstr (px_article_get_id (g_ptr_array_index (articles, 1)), ==, "c-lokalblatt.txt");
  g_assert_cmpuint (errors->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (errors, 0), "b-kaputt.txt"));
  remove_tree (dir);
}

static void
test_duplicate_names (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("px-loader-XXXXXX", &error);
  g_autofree char *one = g_build_filename (dir, "eins", NULL);
  g_autofree char *two = g_build_filename (dir, "zwei", NULL);
  g_autoptr(PxArticleLoader) loader = px_article_loader_new ();
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GPtrArray) articles = NULL;

  g_assert_no_error (error);
  g_mkdir (one, 0700);
  g_mkdir (two, 0700);
  write_file (one, "dpa.txt", "Der Rat tagte am Dienstag.\n", -1);
  write_file (two, "dpa.txt", "Der Rat beschloss den Haushalt.\n", -1);
  folder = g_file_new_for_path (dir);

  articles = px_article_loader_load_set (loader, &folder, 1, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (articles->len, ==, 2);
  g_assert_cmpstr (px_article_get_id (g_ptr_array_index (articles, 0)), ==, "dpa.txt");
  g_assert_cmpstr (px_article_get_id (g_ptr_array_index (articles, 1)), ==, "dpa-2.txt");
  remove_tree (dir);
}

static void
test_symlink_loop (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("px-loader-XXXXXX", &error);
  g_autofree char *sub = g_build_filename (dir, "unter", NULL);
  g_autofree char *loop = g_build_filename (sub, "zurueck", NULL);
  g_autoptr(PxArticleLoader) loader = px_article_loader_new ();
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GPtrArray) articles = NULL;

  g_assert_no_error (error);
  g_mkdir (sub, 0700);
  write_file (dir, "kreisbote.txt", "Der Rat tagte am Dienstag.\n", -1);
  write_file (sub, "lokalblatt.txt", "Der Rat beschloss den Haushalt.\n", -1);
  g_assert_cmpint (symlink (dir, loop), ==, 0);
  folder = g_file_new_for_path (dir);

  articles = px_article_loader_load_set (loader, &folder, 1, NULL, NULL, &error);
  g_assert_no_error (error);
  /* Each file once, however often the loop leads back to it. */
  g_assert_cmpuint (articles->len, ==, 2);
  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/article-loader/samples", test_samples);
  g_test_add_func ("/article-loader/bom-and-crlf", test_bom_and_crlf);
  g_test_add_func ("/article-loader/windows-1252", test_windows_1252);
  g_test_add_func ("/article-loader/neither-utf8-nor-windows-1252", test_neither_utf8_nor_windows_1252);
  g_test_add_func ("/article-loader/front-matter-variants", test_front_matter_variants);
  g_test_add_func ("/article-loader/missing-front-matter", test_missing_front_matter);
  g_test_add_func ("/article-loader/markdown", test_markdown);
  g_test_add_func ("/article-loader/markdown-line-paragraphs", test_markdown_line_paragraphs);
  g_test_add_func ("/article-loader/broken-lines", test_broken_lines);
  g_test_add_func ("/article-loader/hard-wrapped", test_hard_wrapped);
  g_test_add_func ("/article-loader/browser-copy", test_browser_copy);
  g_test_add_func ("/article-loader/errors", test_errors);
  g_test_add_func ("/article-loader/too-large-file", test_too_large_file);
  g_test_add_func ("/article-loader/set-with-broken-file", test_set_with_broken_file);
  g_test_add_func ("/article-loader/duplicate-names", test_duplicate_names);
  g_test_add_func ("/article-loader/symlink-loop", test_symlink_loop);

  return g_test_run ();
}
