/* test-segmenter.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "px-test-utils.h"

/* Splits @text as one paragraph and returns the sentences as strings. */
static GPtrArray *
split (const char *text,
       const char *language)
{
  PxParagraph para = { 0, strlen (text), PX_SENTENCE_BODY };
  g_autoptr(GArray) sentences = px_segmenter_split (text, strlen (text), &para, 1, language);
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < sentences->len; i++)
    {
      const PxSentence *s = &g_array_index (sentences, PxSentence, i);

      g_ptr_array_add (out, g_strndup (text + s->start, s->end - s->start));
    }
  return out;
}

/* Asserts that @text splits into exactly the sentences in @expected
 * (NULL-terminated).
 */
static void
assert_split (const char  *language,
              const char  *text,
              const char **expected)
{
  g_autoptr(GPtrArray) got = split (text, language);
  guint n = g_strv_length ((char **)expected);

  for (guint i = 0; i < got->len; i++)
    g_test_message ("got [%u] %s", i, (const char *)g_ptr_array_index (got, i));
  g_assert_cmpuint (got->len, ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (g_ptr_array_index (got, i), ==, expected[i]);
}

#define SPLIT(lang, text, ...) \
  G_STMT_START { \
    const char *expected_[] = { __VA_ARGS__, NULL }; \
    assert_split (lang, text, expected_); \
  } G_STMT_END

static void
test_abbreviations (void)
{
  SPLIT ("de", "Dr. Ilse Varnhagen und Prof. Kurt Emmerich kamen. Sie blieben.",
         "Dr. Ilse Varnhagen und Prof. Kurt Emmerich kamen.", "Sie blieben.");
  SPLIT ("de", "Es kamen ca. 300 Gäste bzw. Mitglieder. Nr. 4 fehlte.",
         "Es kamen ca. 300 Gäste bzw. Mitglieder.", "Nr. 4 fehlte.");
  SPLIT ("de", "Es gab z. B. Äpfel, u. a. aus Kiel, d. h. frische Ware. Dann kam Regen.",
         "Es gab z. B. Äpfel, u. a. aus Kiel, d. h. frische Ware.", "Dann kam Regen.");
  SPLIT ("de", "Die Kirche St. Marien wird saniert. Das kostet 3 Mio. Euro.",
         "Die Kirche St. Marien wird saniert.", "Das kostet 3 Mio. Euro.");
  SPLIT ("en", "Mr. Frost met Sen. Reyes in the U.S. capital. They talked.",
         "Mr. Frost met Sen. Reyes in the U.S. capital.", "They talked.");
  /* An abbreviation that can close a sentence does so before an opener. */
  SPLIT ("en", "He moved to the U.S. He became a citizen.",
         "He moved to the U.S.", "He became a citizen.");
  SPLIT ("de", "Es gibt Äpfel, Birnen usw. Die Ernte war gut.",
         "Es gibt Äpfel, Birnen usw.", "Die Ernte war gut.");
  SPLIT ("en", "The vote is at 6 p.m. on Friday. Doors open at 5 p.m. The hall is small.",
         "The vote is at 6 p.m. on Friday.", "Doors open at 5 p.m.", "The hall is small.");
}

static void
test_ordinals_and_dates (void)
{
  SPLIT ("de", "Der Rat tagte am 3. Oktober. Er beschloss nichts.",
         "Der Rat tagte am 3. Oktober.", "Er beschloss nichts.");
  SPLIT ("de", "Kim sprach während der 4. Konferenz der Kommandeure. Dann reiste er ab.",
         "Kim sprach während der 4. Konferenz der Kommandeure.", "Dann reiste er ab.");
  SPLIT ("de", "Die Polder wurden im 20. Jahrhundert angelegt. Sie sind alt.",
         "Die Polder wurden im 20. Jahrhundert angelegt.", "Sie sind alt.");
  SPLIT ("de", "Er wird zum 2. Mal geflutet. Zuletzt war das 2002.",
         "Er wird zum 2. Mal geflutet.", "Zuletzt war das 2002.");
  /* A year at the end of a sentence is no ordinal. */
  SPLIT ("de", "Der Verein wurde 1898 gegründet. Er hat 900 Mitglieder. Seit 2015. Damals fing es an.",
         "Der Verein wurde 1898 gegründet.", "Er hat 900 Mitglieder.", "Seit 2015.",
         "Damals fing es an.");
  SPLIT ("en", "The storm hit on Oct. 3. Thousands lost power.",
         "The storm hit on Oct. 3.", "Thousands lost power.");
}

static void
test_initials (void)
{
  SPLIT ("en", "J. R. R. Tolkien wrote it. It sold well.",
         "J. R. R. Tolkien wrote it.", "It sold well.");
  SPLIT ("de", "Der Autor H. P. Lindqvist lebt in Husum. Er schreibt.",
         "Der Autor H. P. Lindqvist lebt in Husum.", "Er schreibt.");
}

static void
test_numbers (void)
{
  SPLIT ("de", "Der Pegel lag bei 7,34 Metern. Rund 12.000 Menschen und 1.234.000 Euro. Ende.",
         "Der Pegel lag bei 7,34 Metern.", "Rund 12.000 Menschen und 1.234.000 Euro.", "Ende.");
  SPLIT ("en", "The river rose to 7.34 metres. Some 10,000 people left. Prices fell 3.4 percent.",
         "The river rose to 7.34 metres.", "Some 10,000 people left.", "Prices fell 3.4 percent.");
}

static void
test_quotes_with_attribution (void)
{
  SPLIT ("de", "„Wir haben alles versucht. Es hat nicht gereicht“, sagte er. Dann ging er.",
         "„Wir haben alles versucht. Es hat nicht gereicht“, sagte er.", "Dann ging er.");
  SPLIT ("de", "«Solche Pläne verkündet man nicht vorab. Die Bagger sprechen für sich», sagte er. Mehr nicht.",
         "«Solche Pläne verkündet man nicht vorab. Die Bagger sprechen für sich», sagte er.",
         "Mehr nicht.");
  SPLIT ("de", "»Das Wasser kam schnell. Wir retteten nur die Papiere«, sagte sie. Ihr Keller ist nass.",
         "»Das Wasser kam schnell. Wir retteten nur die Papiere«, sagte sie.", "Ihr Keller ist nass.");
  SPLIT ("en", "\"We tried. It was not enough,\" he said. The team was relegated.",
         "\"We tried. It was not enough,\" he said.", "The team was relegated.");
  SPLIT ("de", "„Warum jetzt?“, fragte sie. Keiner antwortete.",
         "„Warum jetzt?“, fragte sie.", "Keiner antwortete.");
  SPLIT ("en", "\"Why now?\" asked the senator. Nobody answered.",
         "\"Why now?\" asked the senator.", "Nobody answered.");
  /* Without an attribution after it, a quotation splits as usual. */
  SPLIT ("de", "Er sagte: „Wir prüfen das. Mehr nicht.“ Dann ging er.",
         "Er sagte: „Wir prüfen das.", "Mehr nicht.“", "Dann ging er.");
}

static void
test_headings_and_lines (void)
{
  const char *text = "Bauern fühlen sich übergangen\nDer Verband protestiert. Er klagt.";
  guint nl = strchr (text, '\n') - text;
  PxParagraph paras[] = {
    { 0, nl, PX_SENTENCE_HEADING },
    { nl + 1, strlen (text), PX_SENTENCE_BODY },
  };
  g_autoptr(GArray) sentences = px_segmenter_split (text, strlen (text), paras, 2, "de");

  g_assert_cmpuint (sentences->len, ==, 3);
  g_assert_cmpint (g_array_index (sentences, PxSentence, 0).kind, ==, PX_SENTENCE_HEADING);
  g_assert_cmpuint (g_array_index (sentences, PxSentence, 0).end, ==, nl);
  g_assert_cmpuint (g_array_index (sentences, PxSentence, 1).paragraph, ==, 1);

  /* A caption paragraph (a <figcaption>) passes its kind on. */
  {
    const char *caption = "Die Fähre am Anleger. Foto: Jan Beispiel";
    PxParagraph para = { 0, strlen (caption), PX_SENTENCE_CAPTION };
    g_autoptr(GArray) pieces = px_segmenter_split (caption, strlen (caption), &para, 1, "de");

    g_assert_cmpuint (pieces->len, ==, 2);
    g_assert_cmpint (g_array_index (pieces, PxSentence, 0).kind, ==, PX_SENTENCE_CAPTION);
    g_assert_cmpint (g_array_index (pieces, PxSentence, 1).kind, ==, PX_SENTENCE_CAPTION);
  }

  /* A short line without punctuation inside a paragraph is its own unit; a
   * long one that breaks off mid-sentence is not.
   */
  SPLIT ("de", "Reaktionen aus Europa\nDie Nato äußerte sich. Sie warnte.",
         "Reaktionen aus Europa", "Die Nato äußerte sich.", "Sie warnte.");
  SPLIT ("de", "Der Beschluss kam mitten in einer Räumung der Dörfer mit etwa 50.000\nMenschen, darunter Kranke. Ende.",
         "Der Beschluss kam mitten in einer Räumung der Dörfer mit etwa 50.000\nMenschen, darunter Kranke.",
         "Ende.");
}

static void
test_offsets_valid (void)
{
  /* Odd input must still give non-empty, in-range, valid UTF-8 pieces. */
  const char *inputs[] = {
    "...", ". . .", "„“", "«", "Dr.", "3.", "a. b. c.", "\"\"\"", "U.S.", "!?", "„A.“, b",
    "Wort.\n\nWort.", "(dpa) -", "» «", "1. 2. 3. 4.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      const char *text = inputs[i];
      PxParagraph para = { 0, strlen (text), PX_SENTENCE_BODY };
      g_autoptr(GArray) sentences = px_segmenter_split (text, strlen (text), &para, 1, "de");

      for (guint k = 0; k < sentences->len; k++)
        {
          const PxSentence *s = &g_array_index (sentences, PxSentence, k);

          g_assert_cmpuint (s->start, <, s->end);
          g_assert_cmpuint (s->end, <=, strlen (text));
          g_assert_true (g_utf8_validate (text + s->start, s->end - s->start, NULL));
        }
    }
}

/* The fixture format (tests/data/segmentation/LANG.txt): one paragraph per
 * line; " | " marks each sentence boundary inside the paragraph; lines that
 * start with "#" are comments. The text given to the segmenter is the line
 * with each " | " replaced by a single space, so the gold boundary is the
 * byte where the next sentence starts.
 *
 * Besides the boundaries, we count the traps: places inside a gold sentence
 * where a naive splitter would break (terminal punctuation followed by a
 * space), so the printed total says how many decisions were tested.
 */
static void
evaluate_fixture (const char *language)
{
  g_autofree char *name = g_strdup_printf ("%s.txt", language);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "segmentation", name, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GArray) paras = g_array_new (FALSE, FALSE, sizeof (PxParagraph));
  g_autoptr(GHashTable) gold = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) predicted = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) sentences = NULL;
  guint traps = 0, tp = 0, fp = 0, fn = 0;
  GHashTableIter iter;
  gpointer key;
  double precision, recall, f1;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) parts = NULL;
      PxParagraph para;

      if (*lines[i] == '\0' || *lines[i] == '#')
        continue;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      para.start = text->len;
      para.kind = PX_SENTENCE_BODY;
      parts = g_strsplit (lines[i], " | ", -1);
      for (guint k = 0; parts[k] != NULL; k++)
        {
          if (k > 0)
            {
              g_string_append_c (text, ' ');
              g_hash_table_add (gold, GUINT_TO_POINTER (text->len));
            }
          for (const char *p = parts[k]; *p; p++)
            if ((*p == '.' || *p == '?' || *p == '!') && p[1] != '\0')
              {
                const char *q = p + 1;

                /* Closing quotes may stand between the stop and the space. */
                while (*q != '\0' && *q != ' ' && !g_ascii_isalnum (*q) && q - p < 4)
                  q++;
                if (*q == ' ')
                  traps++;
              }
          g_string_append (text, parts[k]);
        }
      para.end = text->len;
      g_array_append_val (paras, para);
    }

  sentences = px_segmenter_split (text->str, text->len, (const PxParagraph *)(gpointer)paras->data,
                                  paras->len, language);
  for (guint i = 1; i < sentences->len; i++)
    {
      const PxSentence *s = &g_array_index (sentences, PxSentence, i);

      if (s->paragraph == g_array_index (sentences, PxSentence, i - 1).paragraph)
        g_hash_table_add (predicted, GUINT_TO_POINTER (s->start));
    }

  g_hash_table_iter_init (&iter, predicted);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      guint at = GPOINTER_TO_UINT (key);

      if (g_hash_table_contains (gold, key))
        tp++;
      else
        {
          fp++;
          g_test_message ("false break before: %.40s", text->str + at);
        }
    }
  g_hash_table_iter_init (&iter, gold);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (predicted, key))
      {
        fn++;
        g_test_message ("missed break before: %.40s", text->str + GPOINTER_TO_UINT (key));
      }

  precision = tp + fp ? (double)tp / (tp + fp) : 1.0;
  recall = tp + fn ? (double)tp / (tp + fn) : 1.0;
  f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;

  g_test_message ("%s: %u paragraphs, %u gold boundaries, %u traps; "
                  "precision %.4f recall %.4f F1 %.4f",
                  language, paras->len, g_hash_table_size (gold), traps, precision, recall, f1);
  g_print ("# segmentation %s: %u boundaries + %u traps = %u decisions; P=%.4f R=%.4f F1=%.4f\n",
           language, g_hash_table_size (gold), traps, g_hash_table_size (gold) + traps,
           precision, recall, f1);

  g_assert_cmpuint (g_hash_table_size (gold) + traps, >=, 150);
  g_assert_cmpfloat (f1, >=, 0.99);
}

static void
test_fixture_de (void)
{
  evaluate_fixture ("de");
}

static void
test_fixture_en (void)
{
  evaluate_fixture ("en");
}

/* Text without sentence punctuation (a pasted table, a transcript) is cut
 * into sentences of at most PX_SENTENCE_MAX_BYTES, preferably after a
 * comma, else at a space, never inside a character; the pieces cover the
 * text but for the spaces between them. A long real sentence stays whole.
 */
static void
test_long_sentences_bounded (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) solid = g_string_new (NULL);
  g_autoptr(GArray) sentences = NULL;
  g_autoptr(GArray) solid_sentences = NULL;
  g_autoptr(GPtrArray) whole = NULL;
  PxParagraph para = { 0, 0, PX_SENTENCE_BODY };
  gsize covered = 0;
  guint after_comma = 0;

  for (guint i = 0; text->len < 100000; i++)
    g_string_append_printf (text, "Zeile %u Größe Übermaß%s ", i, i % 7 == 6 ? "," : "");
  g_string_truncate (text, text->len - 1);
  para.end = text->len;
  sentences = px_segmenter_split (text->str, text->len, &para, 1, "de");

  g_assert_cmpuint (sentences->len, >=, text->len / PX_SENTENCE_MAX_BYTES);
  for (guint i = 0; i < sentences->len; i++)
    {
      const PxSentence *sentence = &g_array_index (sentences, PxSentence, i);

      g_assert_cmpuint (sentence->end - sentence->start, <=, PX_SENTENCE_MAX_BYTES);
      g_assert_true (g_utf8_validate (text->str + sentence->start, sentence->end - sentence->start, NULL));
      g_assert_cmpuint (sentence->start, >=, covered);
      for (gsize k = covered; k < sentence->start; k++)
        g_assert_cmpint (text->str[k], ==, ' ');
      after_comma += sentence->end < text->len && text->str[sentence->end - 1] == ',';
      covered = sentence->end;
    }
  g_assert_cmpuint (covered, ==, text->len);
  g_assert_cmpuint (after_comma, >=, sentences->len - 1);

  /* No comma and no space: cut on character boundaries. */
  while (solid->len < 3 * PX_SENTENCE_MAX_BYTES)
    g_string_append (solid, "ü");
  para.end = solid->len;
  solid_sentences = px_segmenter_split (solid->str, solid->len, &para, 1, "de");
  g_assert_cmpuint (solid_sentences->len, ==, 3);
  for (guint i = 0; i < solid_sentences->len; i++)
    {
      const PxSentence *sentence = &g_array_index (solid_sentences, PxSentence, i);

      g_assert_true (g_utf8_validate (solid->str + sentence->start, sentence->end - sentence->start, NULL));
    }

  g_string_truncate (text, 0);
  for (guint i = 0; text->len < 900; i++)
    g_string_append_printf (text, "und der Ausschuss %u tagte, ", i);
  g_string_append (text, "bis zum Abend.");
  whole = split (text->str, "de");
  g_assert_cmpuint (whole->len, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/segmenter/abbreviations", test_abbreviations);
  g_test_add_func ("/segmenter/long-sentences-bounded", test_long_sentences_bounded);
  g_test_add_func ("/segmenter/ordinals-and-dates", test_ordinals_and_dates);
  g_test_add_func ("/segmenter/initials", test_initials);
  g_test_add_func ("/segmenter/numbers", test_numbers);
  g_test_add_func ("/segmenter/quotes-with-attribution", test_quotes_with_attribution);
  g_test_add_func ("/segmenter/headings-and-lines", test_headings_and_lines);
  g_test_add_func ("/segmenter/offsets-valid", test_offsets_valid);
  g_test_add_func ("/segmenter/fixture-de", test_fixture_de);
  g_test_add_func ("/segmenter/fixture-en", test_fixture_en);

  return g_test_run ();
}
