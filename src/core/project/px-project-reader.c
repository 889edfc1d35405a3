/* px-project-reader.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-project-reader"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "px-article-meta.h"
#include "px-article-private.h"
#include "px-boilerplate.h"
#include "px-error.h"
#include "px-json-schema.h"
#include "px-project.h"
#include "px-segmenter.h"

/* Reading a project file takes two steps. The whole document is first
 * checked against the schema below, which names the first member of a wrong
 * type by its path ("corrections[3].members is not a list"); only then are
 * values read, with json-glib's getters, which would warn on a mismatch.
 * The second step checks what types cannot: offsets inside the text, known
 * documents, sentence indices in range. Until the project is handed out,
 * everything read is held by an autoptr, and passages borrow their document
 * ids from the parsed file, so a failure at any point frees all of it.
 */

/* A project nests four levels deep; more room is left for what later
 * versions may add, and far less than would exhaust json-glib's stack.
 */
#define MAX_DEPTH 64

static const PxJsonSchema text_schema = { PX_JSON_STRING };
static const PxJsonSchema optional_text_schema = { PX_JSON_STRING, .nullable = TRUE };
static const PxJsonSchema whole_schema = { PX_JSON_INT };

static const PxJsonSchema * const paragraph_items[] = { &whole_schema, &whole_schema, &text_schema, NULL };
static const PxJsonSchema paragraph_schema = { PX_JSON_LIST, .items = paragraph_items };
static const PxJsonSchema paragraphs_schema = { PX_JSON_LIST, .element = &paragraph_schema };

static const PxJsonSchema boolean_schema = { PX_JSON_BOOLEAN };

static const PxJsonMember article_members[] = {
  { "id", &text_schema, TRUE },
  { "text", &text_schema, TRUE },
  { "path", &optional_text_schema, FALSE },
  { "title", &optional_text_schema, FALSE },
  { "outlet", &optional_text_schema, FALSE },
  { "date", &optional_text_schema, FALSE },
  { "byline", &optional_text_schema, FALSE },
  { "title_derived", &boolean_schema, FALSE },
  { "url", &optional_text_schema, FALSE },
  { "language", &optional_text_schema, FALSE },
  { "paragraphs", &paragraphs_schema, FALSE },
  { NULL }
};
static const PxJsonSchema article_schema = { PX_JSON_OBJECT, .members = article_members };

static const PxJsonSchema optional_number_schema = { PX_JSON_NUMBER, .nullable = TRUE };
static const PxJsonMember settings_members[] = {
  { "threshold", &optional_number_schema, FALSE },
  { "classroom", &boolean_schema, FALSE },
  { "reference", &optional_text_schema, FALSE },
  { NULL }
};

static const PxJsonMember ref_members[] = {
  { "document", &text_schema, TRUE },
  { "sentence", &whole_schema, TRUE },
  { NULL }
};
static const PxJsonSchema ref_schema = { PX_JSON_OBJECT, .members = ref_members };

static const PxJsonMember correction_members[] = {
  { "kind", &text_schema, TRUE },
  { "members", &(const PxJsonSchema) { PX_JSON_LIST, .element = &ref_schema }, TRUE },
  { NULL }
};

static const PxJsonMember note_members[] = {
  { "document", &text_schema, TRUE },
  { "sentence", &whole_schema, TRUE },
  { "text", &text_schema, TRUE },
  { "target", &optional_text_schema, FALSE },
  { NULL }
};

static const PxJsonMember project_members[] = {
  { "format", &text_schema, TRUE },
  { "version", &whole_schema, TRUE },
  { "generator", &optional_text_schema, FALSE },
  { "articles", &(const PxJsonSchema) { PX_JSON_LIST, .element = &article_schema }, TRUE },
  { "settings", &(const PxJsonSchema) { PX_JSON_OBJECT, .nullable = TRUE, .members = settings_members }, FALSE },
  { "corrections", &(const PxJsonSchema) {
      PX_JSON_LIST, .element = &(const PxJsonSchema) { PX_JSON_OBJECT, .members = correction_members } }, FALSE },
  { "notes", &(const PxJsonSchema) {
      PX_JSON_LIST, .element = &(const PxJsonSchema) { PX_JSON_OBJECT, .members = note_members } }, FALSE },
  { NULL }
};
static const PxJsonSchema project_schema = { PX_JSON_OBJECT, .members = project_members };

static gboolean G_GNUC_PRINTF (2, 3)
damaged (GError     **error,
         const char  *format,
         ...)
{
  g_autofree char *detail = NULL;
  va_list args;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, PX_ERROR, PX_ERROR_PARSE, _("The project file is damaged (%s)"), detail);
  return FALSE;
}

/* A member the schema has checked: a string, or %NULL when absent or null. */
static const char *
get_string (JsonObject *object,
            const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && !JSON_NODE_HOLDS_NULL (node) ? json_node_get_string (node) : NULL;
}

static JsonArray *
get_list (JsonObject *object,
          const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL ? json_node_get_array (node) : NULL;
}

/* Paragraphs are stored with their kinds (headings from Markdown or HTML);
 * each must lie inside the text, after the one before, on character
 * boundaries.
 */
static gboolean
read_paragraphs (JsonArray    *list,
                 const char   *text,
                 gsize         length,
                 guint         index,
                 GArray       *out,
                 GError      **error)
{
  gint64 previous_end = 0;

  for (guint p = 0; p < json_array_get_length (list); p++)
    {
      JsonArray *triple = json_array_get_array_element (list, p);
      gint64 start = json_array_get_int_element (triple, 0);
      gint64 end = json_array_get_int_element (triple, 1);
      PxParagraph para;

      if (start < previous_end || end <= start || (guint64)end > length ||
          !g_utf8_validate (text + start, end - start, NULL))
        return damaged (error, _("articles[%u].paragraphs[%u] does not fit the article’s text"), index, p);
      if (!px_sentence_kind_from_string (json_array_get_string_element (triple, 2), &para.kind))
        return damaged (error, _("articles[%u].paragraphs[%u][2] is not a kind of paragraph"), index, p);
      para.start = start;
      para.end = end;
      g_array_append_val (out, para);
      previous_end = end;
    }
  return TRUE;
}

/* Without stored paragraphs, each non-blank line is one. */
static void
split_lines (const char *text,
             gsize       length,
             GArray     *out)
{
  for (gsize start = 0; start < length;)
    {
      const char *nl = memchr (text + start, '\n', length - start);
      gsize end = nl ? (gsize)(nl - text) : length;
      gsize s = start, e = end;

      while (s < e && g_ascii_isspace (text[s]))
        s++;
      while (e > s && g_ascii_isspace (text[e - 1]))
        e--;
      if (s < e)
        {
          PxParagraph para = { s, e, PX_SENTENCE_BODY };
          g_array_append_val (out, para);
        }
      start = end + 1;
    }
}

/* Files saved before the loader read titles and outlets hold the file name
 * where the reader expects them; those are read again from the text.
 */
static void
forget_file_names (PxArticle *article)
{
  g_autofree char *stem = g_strdup (article->id);
  char *dot = strrchr (stem, '.');

  if (dot != NULL && dot != stem)
    *dot = '\0';
  if (g_strcmp0 (article->title, stem) == 0)
    g_clear_pointer (&article->title, g_free);
  if (g_strcmp0 (article->outlet, stem) == 0)
    g_clear_pointer (&article->outlet, g_free);
}

/* Sentences and their kinds are recomputed, which the pipeline does
 * deterministically, so they are not stored.
 */
static PxArticle *
article_from_json (JsonObject  *object,
                   guint        index,
                   GError     **error)
{
  const char *text = get_string (object, "text");
  JsonArray *list = get_list (object, "paragraphs");
  g_autoptr(GArray) paras = g_array_new (FALSE, FALSE, sizeof (PxParagraph));
  g_autoptr(PxArticle) article = NULL;
  gsize length = strlen (text);
  GArray *sentences;

  if (!g_utf8_validate (text, length, NULL))
    {
      damaged (error, _("articles[%u].text is not valid UTF-8"), index);
      return NULL;
    }
  if (list != NULL && !read_paragraphs (list, text, length, index, paras, error))
    return NULL;
  if (list == NULL)
    split_lines (text, length, paras);

  article = _px_article_new (get_string (object, "id"), get_string (object, "path"),
                             g_strdup (text), length);
  article->title = g_strdup (get_string (object, "title"));
  article->outlet = g_strdup (get_string (object, "outlet"));
  article->date = g_strdup (get_string (object, "date"));
  article->byline = g_strdup (get_string (object, "byline"));
  article->title_derived = json_object_get_boolean_member_with_default (object, "title_derived", FALSE);
  article->url = g_strdup (get_string (object, "url"));
  article->language = g_strdup (get_string (object, "language"));
  if (article->language == NULL)
    article->language = g_strdup ("de");

  g_array_append_vals (article->paragraphs, paras->data, paras->len);
  sentences = px_segmenter_split (article->text, length, (const PxParagraph *)(gpointer)paras->data,
                                  paras->len, article->language);
  g_array_append_vals (article->sentences, sentences->data, sentences->len);
  g_array_unref (sentences);
  _px_boilerplate_classify (article);
  forget_file_names (article);
  _px_article_meta_fill (article);

  return g_steal_pointer (&article);
}

static GPtrArray *
read_articles (JsonArray  *list,
               GError    **error)
{
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  if (json_array_get_length (list) == 0)
    {
      damaged (error, _("it holds no articles"));
      return NULL;
    }
  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonObject *object = json_array_get_object_element (list, i);
      PxArticle *article;

      if (!g_hash_table_add (ids, (gpointer)get_string (object, "id")))
        {
          damaged (error, _("articles[%u].id names an earlier article again"), i);
          return NULL;
        }
      if (!(article = article_from_json (object, i, error)))
        return NULL;
      g_ptr_array_add (articles, article);
    }
  return g_steal_pointer (&articles);
}

static PxArticle *
find_article (GPtrArray  *articles,
              const char *id)
{
  for (guint i = 0; i < articles->len; i++)
    if (g_str_equal (px_article_get_id (g_ptr_array_index (articles, i)), id))
      return g_ptr_array_index (articles, i);
  return NULL;
}

/* A passage named by document and sentence. @ref borrows the document id
 * from the parsed file, so that a failure has nothing to free.
 */
static gboolean
read_ref (JsonObject    *object,
          const char    *path,
          GPtrArray     *articles,
          PxPassageRef  *ref,
          GError       **error)
{
  const char *document = get_string (object, "document");
  gint64 sentence = json_object_get_int_member (object, "sentence");
  PxArticle *article = find_article (articles, document);
  guint n_sentences = 0;

  if (article == NULL)
    return damaged (error, _("%s.document names no article of the project"), path);
  px_article_get_sentences (article, &n_sentences);
  if (sentence < 0 || sentence >= n_sentences)
    return damaged (error, g_dngettext (GETTEXT_PACKAGE,
                                        "%s.sentence is out of range: %s has %u sentence",
                                        "%s.sentence is out of range: %s has %u sentences",
                                        n_sentences),
                    path, document, n_sentences);
  ref->document = (char *)document;
  ref->sentence = sentence;
  return TRUE;
}

static gboolean
correction_kind_from_string (const char       *str,
                             PxCorrectionKind *kind)
{
  for (guint i = 0; i <= PX_CORRECTION_REJECT; i++)
    if (g_str_equal (str, px_correction_kind_to_string (i)))
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

static gboolean
read_corrections (PxProject  *self,
                  JsonArray  *list,
                  GError    **error)
{
  GPtrArray *articles = px_project_get_articles (self);

  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      JsonObject *object = json_array_get_object_element (list, i);
      JsonArray *refs = json_object_get_array_member (object, "members");
      g_autoptr(GArray) members = g_array_new (FALSE, FALSE, sizeof (PxPassageRef));
      PxCorrectionKind kind;

      if (!correction_kind_from_string (get_string (object, "kind"), &kind))
        return damaged (error, _("corrections[%u].kind is not a kind of correction"), i);
      for (guint m = 0; m < json_array_get_length (refs); m++)
        {
          g_autofree char *path = g_strdup_printf ("corrections[%u].members[%u]", i, m);
          PxPassageRef passage;

          if (!read_ref (json_array_get_object_element (refs, m), path, articles, &passage, error))
            return FALSE;
          g_array_append_val (members, passage);
        }
      px_project_add_correction (self, kind, (const PxPassageRef *)(gpointer)members->data, members->len);
    }
  return TRUE;
}

static gboolean
read_notes (PxProject  *self,
            JsonArray  *list,
            GError    **error)
{
  GPtrArray *articles = px_project_get_articles (self);

  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      JsonObject *object = json_array_get_object_element (list, i);
      const char *target = get_string (object, "target");
      g_autofree char *path = g_strdup_printf ("notes[%u]", i);
      PxPassageRef passage;

      if (target != NULL && !g_str_equal (target, "group") && !g_str_equal (target, "passage"))
        return damaged (error, _("%s.target is neither “group” nor “passage”"), path);
      if (!read_ref (object, path, articles, &passage, error))
        return FALSE;
      px_project_set_note (self, passage.document, passage.sentence,
                           g_strcmp0 (target, "group") == 0, get_string (object, "text"));
    }
  return TRUE;
}

static gboolean
read_settings (PxProject  *self,
               JsonObject *settings,
               GError    **error)
{
  JsonNode *threshold;
  const char *reference;

  if (settings == NULL)
    return TRUE;

  threshold = json_object_get_member (settings, "threshold");
  if (threshold != NULL && !JSON_NODE_HOLDS_NULL (threshold))
    {
      double value = json_node_get_double (threshold);

      if (!(value >= 0.0 && value <= 1.0))
        return damaged (error, _("settings.threshold is not between 0 and 1"));
      px_project_set_threshold (self, value);
    }
  px_project_set_classroom (self, json_object_get_boolean_member_with_default (settings, "classroom", FALSE));

  reference = get_string (settings, "reference");
  if (reference != NULL && find_article (px_project_get_articles (self), reference) == NULL)
    return damaged (error, _("settings.reference names no article of the project"));
  px_project_set_reference (self, reference);
  return TRUE;
}

static gboolean
is_project (JsonNode *root)
{
  JsonNode *format;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    return FALSE;
  format = json_object_get_member (json_node_get_object (root), "format");
  return format != NULL && px_json_schema_check (&text_schema, format, "format", NULL) &&
         g_str_equal (json_node_get_string (format), PX_PROJECT_FORMAT);
}

/* The format and version come first: a file from a newer Parallax may have
 * another shape, and deserves that message rather than a mismatch.
 */
static gboolean
check_format (JsonNode  *root,
              GError   **error)
{
  JsonNode *version;
  g_autofree char *problem = NULL;
  gint64 number;

  if (!is_project (root))
    {
      g_set_error (error, PX_ERROR, PX_ERROR_PARSE, _("This is not a Parallax project file"));
      return FALSE;
    }

  version = json_object_get_member (json_node_get_object (root), "version");
  if (version == NULL)
    return damaged (error, _("version is missing"));
  if (!px_json_schema_check (&whole_schema, version, "version", &problem))
    return damaged (error, "%s", problem);
  number = json_node_get_int (version);
  if (number > PX_PROJECT_VERSION)
    {
      g_set_error (error, PX_ERROR, PX_ERROR_NEWER_FORMAT,
                   _("The project was saved by a newer version of Parallax (format %d); "
                     "this version reads format %d"),
                   (int)MIN (number, G_MAXINT), PX_PROJECT_VERSION);
      return FALSE;
    }
  if (number < 1)
    return damaged (error, _("version is out of range"));
  return TRUE;
}

/**
 * px_project_load_data:
 * @data: (array length=length): a project file's contents
 * @length: their length
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the project, or %NULL with %PX_ERROR_PARSE for a
 *   damaged file (the message names the first problem by its place in the
 *   file) and %PX_ERROR_NEWER_FORMAT for one from a newer Parallax
 */
PxProject *
px_project_load_data (const char  *data,
                      gsize        length,
                      GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(PxProject) self = NULL;
  g_autofree char *problem = NULL;
  JsonObject *root;
  JsonNode *settings;
  gsize first_end = 0;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  switch (px_json_text_check (data, length, MAX_DEPTH, &first_end))
    {
    case PX_JSON_TEXT_TOO_DEEP:
      damaged (error, _("it is nested too deeply"));
      return NULL;
    case PX_JSON_TEXT_MORE_VALUES:
      /* Garbage is reported as json-glib sees it; JSON with more after it
       * as such.
       */
      if (json_parser_load_from_data (parser, data, first_end, &parse_error))
        damaged (error, _("more data follows the end of the project"));
      else
        damaged (error, "%s", parse_error->message);
      return NULL;
    case PX_JSON_TEXT_OK:
    default:
      break;
    }
  if (!json_parser_load_from_data (parser, data != NULL ? data : "", length, &parse_error))
    {
      damaged (error, "%s", parse_error->message);
      return NULL;
    }
  if (json_parser_get_root (parser) == NULL)
    {
      damaged (error, _("it is empty"));
      return NULL;
    }
  if (!check_format (json_parser_get_root (parser), error))
    return NULL;
  if (!px_json_schema_check (&project_schema, json_parser_get_root (parser), "", &problem))
    {
      damaged (error, "%s", problem);
      return NULL;
    }

  root = json_node_get_object (json_parser_get_root (parser));
  if (!(articles = read_articles (get_list (root, "articles"), error)))
    return NULL;
  _px_article_meta_name_unknown (articles);
  self = px_project_new (articles);
  settings = json_object_get_member (root, "settings");
  if (!read_settings (self, settings != NULL && !JSON_NODE_HOLDS_NULL (settings)
                              ? json_node_get_object (settings) : NULL, error) ||
      !read_corrections (self, get_list (root, "corrections"), error) ||
      !read_notes (self, get_list (root, "notes"), error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * px_project_load:
 * @path: a project file
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the project, or %NULL
 */
PxProject *
px_project_load (const char  *path,
                 GError     **error)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length;
  PxProject *project;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;

  if (!(project = px_project_load_data (contents, length, &local_error)))
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, local_error->domain, local_error->code, "%s: %s", display, local_error->message);
      return NULL;
    }
  return project;
}
