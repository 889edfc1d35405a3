/* px-article-loader.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-article-loader"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "px-article-loader.h"
#include "px-article-meta.h"
#include "px-article-private.h"
#include "px-boilerplate.h"
#include "px-error.h"
#include "px-html-text-private.h"
#include "px-loader-private.h"
#include "px-language.h"
#include "px-segmenter.h"

/* Folders are walked this deep at most; news sets are flat, and the limit
 * also ends any cycle that slips past the inode check.
 */
#define MAX_FOLDER_DEPTH 8

struct _PxArticleLoader
{
  GObject parent_instance;

  guint64 max_size;
};

enum {
  PROP_0,
  PROP_MAX_SIZE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (PxArticleLoader, px_article_loader, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
px_article_loader_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PxArticleLoader *self = PX_ARTICLE_LOADER (object);

  switch (prop_id)
    {
    case PROP_MAX_SIZE:
      g_value_set_uint64 (value, self->max_size);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_article_loader_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PxArticleLoader *self = PX_ARTICLE_LOADER (object);

  switch (prop_id)
    {
    case PROP_MAX_SIZE:
      px_article_loader_set_max_size (self, g_value_get_uint64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_article_loader_class_init (PxArticleLoaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = px_article_loader_get_property;
  object_class->set_property = px_article_loader_set_property;

  properties[PROP_MAX_SIZE] =
    g_param_spec_uint64 ("max-size", NULL, NULL,
                         1, G_MAXUINT64, PX_ARTICLE_LOADER_DEFAULT_MAX_SIZE,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
px_article_loader_init (PxArticleLoader *self)
{
  self->max_size = PX_ARTICLE_LOADER_DEFAULT_MAX_SIZE;
}

PxArticleLoader *
px_article_loader_new (void)
{
  return g_object_new (PX_TYPE_ARTICLE_LOADER, NULL);
}

guint64
px_article_loader_get_max_size (PxArticleLoader *self)
{
  g_return_val_if_fail (PX_IS_ARTICLE_LOADER (self), 0);
  return self->max_size;
}

/**
 * px_article_loader_set_max_size:
 * @self: a #PxArticleLoader
 * @max_size: the largest file, in bytes, that will be read
 *
 * Larger files are refused with %PX_ERROR_TOO_LARGE before they are read.
 */
void
px_article_loader_set_max_size (PxArticleLoader *self,
                                guint64          max_size)
{
  g_return_if_fail (PX_IS_ARTICLE_LOADER (self));
  g_return_if_fail (max_size > 0);

  if (self->max_size == max_size)
    return;

  self->max_size = max_size;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_SIZE]);
}

typedef enum
{
  FORMAT_TEXT,
  FORMAT_MARKDOWN,
  FORMAT_HTML,
  FORMAT_UNKNOWN,
} Format;

static Format
format_for_name (const char *name)
{
  g_autofree char *lower = g_ascii_strdown (name, -1);

  if (g_str_has_suffix (lower, ".txt") || g_str_has_suffix (lower, ".text"))
    return FORMAT_TEXT;
  if (g_str_has_suffix (lower, ".md") || g_str_has_suffix (lower, ".markdown"))
    return FORMAT_MARKDOWN;
  if (g_str_has_suffix (lower, ".html") || g_str_has_suffix (lower, ".htm") ||
      g_str_has_suffix (lower, ".xhtml"))
    return FORMAT_HTML;
  return FORMAT_UNKNOWN;
}

/**
 * px_article_loader_is_supported:
 * @name: a file name
 *
 * Returns: %TRUE if the name's extension is one Parallax reads
 */
gboolean
px_article_loader_is_supported (const char *name)
{
  g_return_val_if_fail (name != NULL, FALSE);
  return format_for_name (name) != FORMAT_UNKNOWN;
}

static char *
display_name (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);

  if (path != NULL)
    return g_filename_display_name (path);
  return g_file_get_parse_name (file);
}

static gint
compare_files (gconstpointer a,
               gconstpointer b)
{
  g_autofree char *pa = g_file_get_path (*(GFile **)a);
  g_autofree char *pb = g_file_get_path (*(GFile **)b);

  return g_strcmp0 (pa, pb);
}

static void
collect_folder (GFile        *folder,
                guint         depth,
                GHashTable   *seen,
                GPtrArray    *out,
                GPtrArray    *errors,
                GCancellable *cancellable)
{
  g_autoptr(GFileEnumerator) enumerator = NULL;
  g_autoptr(GPtrArray) children = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  GFileInfo *info;

  if (depth > MAX_FOLDER_DEPTH)
    return;

  enumerator = g_file_enumerate_children (folder,
                                          G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                          G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                                          G_FILE_ATTRIBUTE_STANDARD_IS_HIDDEN ","
                                          G_FILE_ATTRIBUTE_ID_FILE,
                                          G_FILE_QUERY_INFO_NONE,
                                          cancellable, &error);
  if (enumerator == NULL)
    {
      if (errors != NULL)
        {
          g_autofree char *name = display_name (folder);
          g_ptr_array_add (errors, g_strdup_printf (_("%s: %s"), name, error->message));
        }
      return;
    }

  while ((info = g_file_enumerator_next_file (enumerator, cancellable, NULL)))
    {
      g_autoptr(GFileInfo) owned = info;
      const char *name = g_file_info_get_name (info);
      const char *file_id = g_file_info_get_attribute_string (info, G_FILE_ATTRIBUTE_ID_FILE);
      GFileType type = g_file_info_get_file_type (info);

      if (g_file_info_get_is_hidden (info))
        continue;

      /* Symlinks are followed, so a loop shows up as an id seen before. */
      if (file_id != NULL)
        {
          if (g_hash_table_contains (seen, file_id))
            continue;
          g_hash_table_add (seen, g_strdup (file_id));
        }

      if (type == G_FILE_TYPE_DIRECTORY)
        {
          g_autoptr(GFile) child = g_file_get_child (folder, name);
          collect_folder (child, depth + 1, seen, out, errors, cancellable);
        }
      else if (px_article_loader_is_supported (name))
        g_ptr_array_add (children, g_file_get_child (folder, name));
    }

  g_ptr_array_sort (children, compare_files);
  for (guint i = 0; i < children->len; i++)
    g_ptr_array_add (out, g_object_ref (g_ptr_array_index (children, i)));
}

/**
 * px_article_loader_collect:
 * @files: (array length=n_files): files and folders
 * @n_files: length of @files
 * @errors: (nullable) (element-type utf8): where to append messages about
 *   folders that could not be read
 * @cancellable: (nullable): a #GCancellable
 *
 * Expands folders (recursively, hidden entries skipped, in name order) into
 * the article files they hold. Files named directly are kept whatever their
 * extension, so that the user hears why one could not be read.
 *
 * Returns: (transfer full) (element-type GFile): the files to load
 */
GPtrArray *
px_article_loader_collect (GFile        **files,
                           guint          n_files,
                           GPtrArray     *errors,
                           GCancellable  *cancellable)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n_files; i++)
    {
      GFileType type = g_file_query_file_type (files[i], G_FILE_QUERY_INFO_NONE, cancellable);

      if (type == G_FILE_TYPE_DIRECTORY)
        {
          g_autoptr(GFileInfo) info = g_file_query_info (files[i], G_FILE_ATTRIBUTE_ID_FILE,
                                                         G_FILE_QUERY_INFO_NONE, NULL, NULL);
          const char *file_id = info ? g_file_info_get_attribute_string (info, G_FILE_ATTRIBUTE_ID_FILE) : NULL;

          if (file_id != NULL)
            g_hash_table_add (seen, g_strdup (file_id));
          collect_folder (files[i], 0, seen, out, errors, cancellable);
        }
      else
        g_ptr_array_add (out, g_object_ref (files[i]));
    }

  return out;
}

static char *
file_stem (const char *name)
{
  g_autofree char *base = g_path_get_basename (name);
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';
  return g_steal_pointer (&base);
}

static char *
outlet_from_url (const char *url)
{
  g_autoptr(GUri) uri = NULL;
  const char *host;

  if (url == NULL || !(uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL)))
    return NULL;
  if ((host = g_uri_get_host (uri)) == NULL || *host == '\0')
    return NULL;
  if (g_str_has_prefix (host, "www."))
    host += 4;
  return g_strdup (host);
}

/**
 * px_article_loader_load_data:
 * @self: a #PxArticleLoader
 * @name: the file name, which selects the format by its extension
 * @data: (array length=length): the raw bytes
 * @length: length of @data
 * @error: return location for a #GError
 *
 * Builds an article from bytes: decodes, reads front matter or HTML
 * metadata, extracts the text, detects the language, splits paragraphs and
 * sentences and classifies boilerplate.
 *
 * Returns: (transfer full): a new, immutable #PxArticle, or %NULL
 */
PxArticle *
px_article_loader_load_data (PxArticleLoader  *self,
                             const char       *name,
                             const char       *data,
                             gsize             length,
                             GError          **error)
{
  g_autofree char *base = NULL;
  g_autofree char *decoded = NULL;
  g_autofree char *warning = NULL;
  g_autofree char *body = NULL;
  g_autoptr(GArray) paragraphs = NULL;
  g_autoptr(PxArticle) article = NULL;
  Format format;
  PxFrontMatter meta = { 0 };
  gsize offset;
  gsize body_len;
  GArray *sentences;

  g_return_val_if_fail (PX_IS_ARTICLE_LOADER (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (data != NULL || length == 0, NULL);

  base = g_path_get_basename (name);
  format = format_for_name (name);

  if (format == FORMAT_UNKNOWN)
    {
      g_set_error (error, PX_ERROR, PX_ERROR_UNSUPPORTED,
                   _("Unsupported file type (Parallax reads .txt, .md and .html)"));
      return NULL;
    }
  if (length > self->max_size)
    {
      g_autofree char *limit = g_format_size (self->max_size);

      g_set_error (error, PX_ERROR, PX_ERROR_TOO_LARGE,
                   _("File is larger than the limit of %s"), limit);
      return NULL;
    }
  if (_px_text_looks_binary (data, length))
    {
      g_set_error (error, PX_ERROR, PX_ERROR_BINARY,
                   _("Not a text file (it contains binary data)"));
      return NULL;
    }
  if (!(decoded = _px_text_decode (data, length, base, &warning, error)))
    return NULL;

  paragraphs = g_array_new (FALSE, FALSE, sizeof (PxParagraph));

  if (format == FORMAT_HTML)
    {
      PxHtmlText html = { 0 };

      if (!_px_html_text_extract (decoded, strlen (decoded), &html, error))
        {
          _px_html_text_clear (&html);
          return NULL;
        }
      meta.title = g_steal_pointer (&html.title);
      meta.outlet = g_steal_pointer (&html.outlet);
      meta.date = g_steal_pointer (&html.date);
      meta.url = g_steal_pointer (&html.url);
      meta.language = g_steal_pointer (&html.language);
      g_array_append_vals (paragraphs, html.paragraphs->data, html.paragraphs->len);
      body = g_string_free (g_steal_pointer (&html.text), FALSE);
      _px_html_text_clear (&html);
    }
  else
    {
      offset = _px_front_matter_parse (decoded, &meta);
      if (format == FORMAT_MARKDOWN)
        body = _px_markdown_to_text (decoded + offset, paragraphs);
      else
        {
          body = g_strdup (decoded + offset);
          _px_plain_text_split (body, meta.title != NULL, paragraphs);
        }
    }

  if (paragraphs->len == 0)
    {
      _px_front_matter_clear (&meta);
      g_set_error (error, PX_ERROR, PX_ERROR_EMPTY, _("The file contains no text"));
      return NULL;
    }

  body_len = strlen (body);
  article = _px_article_new (base, name, g_steal_pointer (&body), body_len);
  article->title = g_steal_pointer (&meta.title);
  article->outlet = g_steal_pointer (&meta.outlet);
  article->date = g_steal_pointer (&meta.date);
  article->url = g_steal_pointer (&meta.url);
  article->language = g_steal_pointer (&meta.language);
  _px_front_matter_clear (&meta);

  if (article->language == NULL)
    article->language = g_strdup (px_language_detect (article->text, article->text_length));
  if (article->outlet == NULL)
    article->outlet = outlet_from_url (article->url);
  if (warning != NULL)
    _px_article_add_warning (article, warning);

  g_array_append_vals (article->paragraphs, paragraphs->data, paragraphs->len);
  sentences = px_segmenter_split (article->text, article->text_length,
                                  (const PxParagraph *)(gpointer)paragraphs->data,
                                  paragraphs->len, article->language);
  g_array_append_vals (article->sentences, sentences->data, sentences->len);
  g_array_unref (sentences);
  _px_boilerplate_classify (article);
  _px_article_meta_fill (article);

  return g_steal_pointer (&article);
}

/**
 * px_article_loader_load_file:
 * @self: a #PxArticleLoader
 * @file: the file to read
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads @file, refusing it before reading when it exceeds the size limit.
 *
 * Returns: (transfer full): a new #PxArticle, or %NULL
 */
PxArticle *
px_article_loader_load_file (PxArticleLoader  *self,
                             GFile            *file,
                             GCancellable     *cancellable,
                             GError          **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *path = NULL;
  gsize length = 0;

  g_return_val_if_fail (PX_IS_ARTICLE_LOADER (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!(info = g_file_query_info (file,
                                  G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                                  G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                  G_FILE_QUERY_INFO_NONE, cancellable, error)))
    return NULL;

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, PX_ERROR, PX_ERROR_UNSUPPORTED, _("Is a folder"));
      return NULL;
    }
  /* A pipe never ends reading until a writer comes, and a device such as
   * /dev/zero has no size to check against the limit and never ends.
   */
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_SPECIAL)
    {
      g_set_error (error, PX_ERROR, PX_ERROR_UNSUPPORTED,
                   _("Not a regular file (a pipe or a device)"));
      return NULL;
    }
  if ((guint64)g_file_info_get_size (info) > self->max_size)
    {
      g_autofree char *limit = g_format_size (self->max_size);

      g_set_error (error, PX_ERROR, PX_ERROR_TOO_LARGE,
                   _("File is larger than the limit of %s"), limit);
      return NULL;
    }

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, error))
    return NULL;

  path = g_file_get_path (file);
  if (path == NULL)
    path = g_file_get_uri (file);

  return px_article_loader_load_data (self, path, contents, length, error);
}

/* Ids are base names; a second "dpa.txt" from another folder becomes
 * "dpa-2.txt" so that report references stay unambiguous.
 */
static void
make_ids_unique (GPtrArray *articles)
{
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < articles->len; i++)
    {
      PxArticle *article = g_ptr_array_index (articles, i);
      const char *id = px_article_get_id (article);

      if (g_hash_table_contains (used, id))
        {
          g_autofree char *stem = file_stem (id);
          const char *ext = strrchr (id, '.');

          for (guint n = 2; ; n++)
            {
              g_autofree char *candidate = g_strdup_printf ("%s-%u%s", stem, n, ext ? ext : "");

              if (!g_hash_table_contains (used, candidate))
                {
                  _px_article_set_id (article, candidate);
                  break;
                }
            }
        }
      g_hash_table_add (used, g_strdup (px_article_get_id (article)));
    }
}

/* The same article saved twice (a folder with a copy, a page saved as HTML
 * and as text) would pair with itself everywhere; the later copy is left
 * out and the user is told which file it repeats.
 */
static void
drop_duplicates (GPtrArray *articles,
                 GPtrArray *messages)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < articles->len; i++)
    {
      PxArticle *article = g_ptr_array_index (articles, i);
      g_autofree char *key = NULL;
      PxArticle *first;
      GString *normal = g_string_new (NULL);

      /* Compared on the words alone: spacing and line ends often differ. */
      for (const char *p = px_article_get_text (article); *p; p++)
        if (!g_ascii_isspace (*p))
          g_string_append_c (normal, *p);
      key = g_compute_checksum_for_string (G_CHECKSUM_SHA256, normal->str, normal->len);
      g_string_free (normal, TRUE);

      if ((first = g_hash_table_lookup (seen, key)) != NULL)
        {
          if (messages != NULL && articles->len > 1)
            g_ptr_array_add (messages,
                             g_strdup_printf (_("%s: the same article as %s; left out"),
                                              px_article_get_path (article), px_article_get_path (first)));
          g_ptr_array_remove_index (articles, i);
          i--;
          continue;
        }
      g_hash_table_insert (seen, g_steal_pointer (&key), article);
    }
}

/**
 * px_article_loader_load_set:
 * @self: a #PxArticleLoader
 * @files: (array length=n_files): files and folders
 * @n_files: length of @files
 * @errors: (out) (optional) (element-type utf8): one translated message per
 *   file that could not be read, naming the file and the reason
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Loads an article set. A file that cannot be read does not stop the others;
 * it is reported in @errors. Only cancellation, or a set where nothing could
 * be read, fails as a whole.
 *
 * Returns: (transfer full) (element-type PxArticle): the articles, or %NULL
 */
GPtrArray *
px_article_loader_load_set (PxArticleLoader  *self,
                            GFile           **files,
                            guint             n_files,
                            GPtrArray       **errors,
                            GCancellable     *cancellable,
                            GError          **error)
{
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) collected = NULL;

  g_return_val_if_fail (PX_IS_ARTICLE_LOADER (self), NULL);

  collected = px_article_loader_collect (files, n_files, messages, cancellable);

  for (guint i = 0; i < collected->len; i++)
    {
      GFile *file = g_ptr_array_index (collected, i);
      g_autoptr(GError) local_error = NULL;
      PxArticle *article;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;

      if ((article = px_article_loader_load_file (self, file, cancellable, &local_error)))
        g_ptr_array_add (articles, article);
      else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      else
        {
          g_autofree char *name = display_name (file);
          g_ptr_array_add (messages, g_strdup_printf (_("%s: %s"), name, local_error->message));
        }
    }

  if (articles->len == 0)
    {
      if (messages->len > 0)
        g_set_error (error, PX_ERROR, PX_ERROR_NO_ARTICLES,
                     _("No article could be read (%s)"),
                     (const char *)g_ptr_array_index (messages, 0));
      else
        g_set_error (error, PX_ERROR, PX_ERROR_NO_ARTICLES,
                     _("No articles found (Parallax reads .txt, .md and .html files)"));
      return NULL;
    }

  make_ids_unique (articles);
  drop_duplicates (articles, messages);
  _px_article_meta_name_unknown (articles);

  if (errors != NULL)
    *errors = g_steal_pointer (&messages);

  return g_steal_pointer (&articles);
}

typedef struct
{
  GPtrArray *files;
  GPtrArray *articles;
  GPtrArray *errors;
} LoadSet;

static void
load_set_free (LoadSet *state)
{
  g_clear_pointer (&state->files, g_ptr_array_unref);
  g_clear_pointer (&state->articles, g_ptr_array_unref);
  g_clear_pointer (&state->errors, g_ptr_array_unref);
  g_free (state);
}

static void
px_article_loader_load_set_worker (GTask        *task,
                                   gpointer      source_object,
                                   gpointer      task_data,
                                   GCancellable *cancellable)
{
  PxArticleLoader *self = source_object;
  LoadSet *state = task_data;
  GError *error = NULL;

  state->articles = px_article_loader_load_set (self,
                                                (GFile **)state->files->pdata,
                                                state->files->len,
                                                &state->errors,
                                                cancellable, &error);
  if (state->articles == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
px_article_loader_load_set_async (PxArticleLoader     *self,
                                  GFile              **files,
                                  guint                n_files,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadSet *state;

  g_return_if_fail (PX_IS_ARTICLE_LOADER (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  state = g_new0 (LoadSet, 1);
  state->files = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_files; i++)
    g_ptr_array_add (state->files, g_file_dup (files[i]));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, px_article_loader_load_set_async);
  g_task_set_task_data (task, state, (GDestroyNotify)load_set_free);
  g_task_run_in_thread (task, px_article_loader_load_set_worker);
}

/**
 * px_article_loader_load_set_finish:
 * @self: a #PxArticleLoader
 * @result: the #GAsyncResult
 * @errors: (out) (optional) (element-type utf8): per-file messages
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type PxArticle): the articles, or %NULL
 */
GPtrArray *
px_article_loader_load_set_finish (PxArticleLoader  *self,
                                   GAsyncResult     *result,
                                   GPtrArray       **errors,
                                   GError          **error)
{
  LoadSet *state;

  g_return_val_if_fail (PX_IS_ARTICLE_LOADER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return NULL;

  state = g_task_get_task_data (G_TASK (result));
  if (errors != NULL)
    *errors = g_steal_pointer (&state->errors);
  return g_steal_pointer (&state->articles);
}
