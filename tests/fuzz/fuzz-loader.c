/* fuzz-loader.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One source, three targets: FUZZ_FILE_NAME selects the format the loader
 * reads (text with front matter, Markdown or HTML).
 */

#include "config.h"

#include <string.h>
#include <json-glib/json-glib.h>

#include "px-core.h"
#include "px-json-report.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

/* The report's entry for the article is JSON that reads back to the same
 * sentences, whatever the text holds (px-json-writer.c escapes it).
 */
static void
check_report_entry (PxArticle *article)
{
  g_autoptr(PxJsonWriter) writer = px_json_writer_new (TRUE);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const PxSentence *sentences;
  JsonArray *array;
  guint n;

  px_json_report_write_document (writer, article);
  text = px_json_writer_free_to_string (g_steal_pointer (&writer), NULL);
  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  array = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "sentences");
  sentences = px_article_get_sentences (article, &n);
  g_assert_cmpuint (json_array_get_length (array), ==, n);
  for (guint i = 0; i < n; i++)
    {
      const char *read = json_object_get_string_member (json_array_get_object_element (array, i), "text");

      g_assert_cmpuint (strlen (read), ==, sentences[i].end - sentences[i].start);
      g_assert_true (memcmp (read, px_article_get_text (article) + sentences[i].start, strlen (read)) == 0);
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static PxArticleLoader *loader;
  g_autoptr(PxArticle) article = NULL;
  g_autoptr(GError) error = NULL;

  if (loader == NULL)
    loader = px_article_loader_new ();

  article = px_article_loader_load_data (loader, FUZZ_FILE_NAME, (const char *)data, size, &error);

  /* Whatever the input, the result must be consistent: an article whose
   * sentences lie inside its text, or an error.
   */
  if (article != NULL)
    {
      const PxSentence *sentences;
      guint n;
      gsize length = px_article_get_text_length (article);

      g_assert_null (error);
      g_assert_true (g_utf8_validate (px_article_get_text (article), length, NULL));
      sentences = px_article_get_sentences (article, &n);
      for (guint i = 0; i < n; i++)
        {
          g_assert_cmpuint (sentences[i].start, <, sentences[i].end);
          g_assert_cmpuint (sentences[i].end, <=, length);
          if (i > 0)
            g_assert_cmpuint (sentences[i - 1].end, <=, sentences[i].start);
        }
      check_report_entry (article);
    }
  else
    g_assert_nonnull (error);

  return 0;
}
