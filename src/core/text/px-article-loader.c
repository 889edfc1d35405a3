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

static gboolean
looks_binary (const char *data,
              gsize       length)
{
  static const struct { const char *magic; gsize len; } magics[] = {
    { "\x89PNG", 4 }, { "\xff\xd8\xff", 3 }, { "GIF8", 4 }, { "%PDF", 4 },
    { "PK\x03\x04", 4 }, { "\x1f\x8b", 2 }, { "RIFF", 4 }, { "\x7f" "ELF", 4 },
  };
  gsize probe = MIN (length, 8192);
  guint controls = 0;

  for (guint i = 0; i < G_N_ELEMENTS (magics); i++)
    if (length >= magics[i].len && memcmp (data, magics[i].magic, magics[i].len) == 0)
      return TRUE;

  /* UTF-16 text has NULs but announces itself with a byte-order mark. */
  if (length >= 2 && ((guchar)data[0] == 0xff || (guchar)data[0] == 0xfe))
    return FALSE;

  for (gsize i = 0; i < probe; i++)
    {
      guchar c = data[i];

      if (c == 0)
        return TRUE;
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
        controls++;
    }

  return probe > 0 && controls * 20 > probe;
}

/* Windows-1252's characters for the bytes 0x80 to 0x9F; above them it is
 * ISO-8859-1. Zero marks the five bytes it leaves undefined.
 */
static const gunichar windows_1252_c1[32] = {
  0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
  0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

/* Invalid UTF-8 is read as Windows-1252, the usual culprit for text saved
 * from the web; @offset is where @data starts in the file. A file that is not that either (it holds 0x81, 0x8D, 0x8F,
 * 0x90 or 0x9D) is still read: those bytes as ISO-8859-1 reads them, every
 * other byte as Windows-1252, so its quotes and dashes survive. Users paste
 * odd files, and a warning that names the encodings tried and the first
 * odd byte lets them check the few characters that may be wrong, where a
 * refusal would leave them nothing.
 */
static char *
decode_windows_1252 (const char  *data,
                     gsize        length,
                     gsize        offset,
                     const char  *name,
                     gsize       *n,
                     char       **warning)
{
  GString *out = g_string_sized_new (length + length / 4);
  gsize undefined = G_MAXSIZE;

  for (gsize i = 0; i < length; i++)
    {
      guchar c = data[i];

      if (c < 0x80 || c >= 0xa0)
        g_string_append_unichar (out, c);
      else if (windows_1252_c1[c - 0x80] != 0)
        g_string_append_unichar (out, windows_1252_c1[c - 0x80]);
      else
        {
          if (undefined == G_MAXSIZE)
            undefined = i;
          g_string_append_unichar (out, c);
        }
    }

  if (undefined == G_MAXSIZE)
    *warning = g_strdup_printf (_("%s is not valid UTF-8 and was read as Windows-1252; "
                                  "check special characters"),
                                name);
  else
    *warning = g_strdup_printf (_("%s is neither UTF-8 nor Windows-1252 (byte 0x%02X at offset %zu); "
                                  "it was read as Windows-1252 with ISO-8859-1 for such bytes: "
                                  "check special characters"),
                                name, (guchar)data[undefined], offset + undefined);
  *n = out->len;
  return g_string_free (out, FALSE);
}

/* Decodes @data to UTF-8, dropping a byte-order mark and unifying line ends;
 * what is not UTF-8 goes to decode_windows_1252(), and @warning says so.
 */
static char *
decode_text (const char  *data,
             gsize        length,
             const char  *name,
             char       **warning,
             GError     **error)
{
  g_autofree char *utf8 = NULL;
  GString *out;
  gsize skipped = 0;
  gsize n;

  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      length -= 3;
      skipped = 3;
    }

  if (length >= 2 && ((guchar)data[0] == 0xff && (guchar)data[1] == 0xfe))
    utf8 = g_convert (data + 2, length - 2, "UTF-8", "UTF-16LE", NULL, &n, error);
  else if (length >= 2 && ((guchar)data[0] == 0xfe && (guchar)data[1] == 0xff))
    utf8 = g_convert (data + 2, length - 2, "UTF-8", "UTF-16BE", NULL, &n, error);
  else if (g_utf8_validate_len (data, length, NULL))
    {
      utf8 = g_strndup (data, length);
      n = length;
    }
  else
    {
      utf8 = decode_windows_1252 (data, length, skipped, name, &n, warning);
    }

  if (utf8 == NULL)
    return NULL;

  out = g_string_sized_new (n);
  for (gsize i = 0; i < n; i++)
    {
      char c = utf8[i];

      if (c == '\r')
        {
          g_string_append_c (out, '\n');
          if (i + 1 < n && utf8[i + 1] == '\n')
            i++;
        }
      else if (c == '\0')
        g_string_append_c (out, ' ');
      else
        g_string_append_c (out, c);
    }

  return g_string_free (out, FALSE);
}

typedef struct
{
  char *title;
  char *outlet;
  char *date;
  char *url;
  char *language;
} Meta;

static void
meta_clear (Meta *meta)
{
  g_clear_pointer (&meta->title, g_free);
  g_clear_pointer (&meta->outlet, g_free);
  g_clear_pointer (&meta->date, g_free);
  g_clear_pointer (&meta->url, g_free);
  g_clear_pointer (&meta->language, g_free);
}

static char *
unquote (const char *value)
{
  gsize len = strlen (value);

  if (len >= 2 && ((value[0] == '"' && value[len - 1] == '"') ||
                   (value[0] == '\'' && value[len - 1] == '\'')))
    return g_strndup (value + 1, len - 2);
  return g_strdup (value);
}

static void
set_meta (char       **field,
          const char  *value)
{
  g_autofree char *v = unquote (value);

  if (*v == '\0')
    return;
  g_free (*field);
  *field = g_steal_pointer (&v);
}

/* "de", "de-DE", "de_AT", "German", "Deutsch" → "de"; likewise for English.
 * Anything else keeps its first two letters, which px_language_detect ()
 * would not do better.
 */
static char *
normalise_language (const char *value)
{
  g_autofree char *lower = g_ascii_strdown (value, -1);

  if (g_str_has_prefix (lower, "german") || g_str_has_prefix (lower, "deutsch"))
    return g_strdup ("de");
  if (g_str_has_prefix (lower, "english") || g_str_has_prefix (lower, "englisch"))
    return g_strdup ("en");
  lower[MIN (strlen (lower), 2)] = '\0';
  return g_steal_pointer (&lower);
}

static void
set_front_matter_key (Meta       *meta,
                      const char *key,
                      const char *value)
{
  if (g_str_equal (key, "outlet") || g_str_equal (key, "publisher") ||
      g_str_equal (key, "site") || g_str_equal (key, "site_name") ||
      g_str_equal (key, "publication") || g_str_equal (key, "newspaper") ||
      g_str_equal (key, "medium"))
    set_meta (&meta->outlet, value);
  else if (g_str_equal (key, "source"))
    {
      /* "source" is an outlet in some tools and a link in others. */
      if (g_str_has_prefix (value, "http://") || g_str_has_prefix (value, "https://"))
        set_meta (&meta->url, value);
      else
        set_meta (&meta->outlet, value);
    }
  else if (g_str_equal (key, "title") || g_str_equal (key, "headline"))
    set_meta (&meta->title, value);
  else if (g_str_equal (key, "date") || g_str_equal (key, "published") ||
           g_str_equal (key, "pubdate") || g_str_equal (key, "published_at") ||
           g_str_equal (key, "datetime"))
    set_meta (&meta->date, value);
  else if (g_str_equal (key, "url") || g_str_equal (key, "link") ||
           g_str_equal (key, "canonical") || g_str_equal (key, "source_url"))
    set_meta (&meta->url, value);
  else if (g_str_equal (key, "language") || g_str_equal (key, "lang") ||
           g_str_equal (key, "locale"))
    {
      g_autofree char *unquoted = unquote (value);
      g_autofree char *lang = normalise_language (unquoted);

      set_meta (&meta->language, lang);
    }
}

/* A front matter fence line: "---" (YAML, also closed by "...") or "+++"
 * (TOML), trailing spaces allowed.
 */
static gboolean
is_fence (const char *line,
          gsize       len,
          const char *fence)
{
  while (len > 0 && (line[len - 1] == ' ' || line[len - 1] == '\t'))
    len--;
  return len == 3 && memcmp (line, fence, 3) == 0;
}

/* Parses a leading "---" (YAML) or "+++" (TOML) block of "key: value" or
 * "key = value" lines. Returns the offset of the text after it, or 0 when
 * there is none; a block whose lines are not keys (a Markdown rule and some
 * text) is not front matter.
 */
static gsize
parse_front_matter (const char *text,
                    Meta       *meta)
{
  const char *p = text;
  const char *fence;
  char separator;
  Meta found = { 0 };
  guint keys = 0;

  while (*p == '\n')
    p++;
  if (g_str_has_prefix (p, "---"))
    fence = "---", separator = ':';
  else if (g_str_has_prefix (p, "+++"))
    fence = "+++", separator = '=';
  else
    return 0;
  {
    const char *nl = strchr (p, '\n');

    if (nl == NULL || !is_fence (p, nl - p, fence))
      return 0;
    p = nl + 1;
  }

  while (*p != '\0')
    {
      const char *nl = strchr (p, '\n');
      gsize len = nl ? (gsize)(nl - p) : strlen (p);
      const char *next = nl ? nl + 1 : p + len;
      g_autofree char *line = g_strndup (p, len);
      char *sep;

      if (is_fence (p, len, fence) || (separator == ':' && is_fence (p, len, "...")))
        {
          meta_clear (meta);
          *meta = found;
          (void)keys;
          return next - text;
        }

      g_strchomp (line);
      /* Blank lines, comments, YAML list items and continuation lines are
       * allowed and ignored.
       */
      if (*line == '\0' || *line == '#' || *line == ' ' || *line == '\t' || *line == '-')
        {
          p = next;
          continue;
        }

      sep = strchr (line, separator);
      if (sep == NULL || sep == line)
        break;
      *sep = '\0';
      {
        g_autofree char *key = g_ascii_strdown (g_strstrip (line), -1);
        g_autofree char *value = g_strdup (sep + 1);

        for (const char *k = key; *k; k++)
          if (!g_ascii_isalnum (*k) && *k != '_' && *k != '-' && *k != ' ')
            goto not_front_matter;
        g_strstrip (value);
        set_front_matter_key (&found, key, value);
        keys++;
      }
      p = next;
    }

not_front_matter:
  meta_clear (&found);
  return 0;
}

static gboolean
is_blank_line (const char *line,
               gsize       len)
{
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isspace (line[i]))
      return FALSE;
  return TRUE;
}

static gboolean ends_with_final_punctuation (const char *line,
                                             gsize       len);

/* Plain text comes two ways: one paragraph per line (the usual copy from a
 * browser), or hard-wrapped lines with blank lines between paragraphs. The
 * second is recognised by lines of nearly the full width that mostly break
 * off mid-sentence and continue into the next; headings and one-line
 * paragraphs do neither.
 */
static gboolean
looks_hard_wrapped (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint nonblank = 0, continued = 0;
  glong longest = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    if (!is_blank_line (lines[i], strlen (lines[i])))
      longest = MAX (longest, g_utf8_strlen (lines[i], -1));

  for (guint i = 0; lines[i] != NULL; i++)
    {
      gsize len = strlen (lines[i]);

      if (is_blank_line (lines[i], len))
        continue;
      nonblank++;
      if (lines[i + 1] != NULL && !is_blank_line (lines[i + 1], strlen (lines[i + 1])) &&
          g_utf8_strlen (lines[i], -1) * 10 >= longest * 6 &&
          !ends_with_final_punctuation (lines[i], len))
        continued++;
    }

  return nonblank >= 4 && longest <= 100 && continued * 2 >= nonblank;
}

static void
add_paragraph (GArray         *paragraphs,
               const char     *text,
               gsize           start,
               gsize           end,
               PxSentenceKind  kind)
{
  PxParagraph para;

  while (start < end && g_ascii_isspace (text[start]))
    start++;
  while (end > start && g_ascii_isspace (text[end - 1]))
    end--;
  if (start == end)
    return;

  para.start = start;
  para.end = end;
  para.kind = kind;
  g_array_append_val (paragraphs, para);
}

/* Words after which a line cannot end a sentence or a headline. */
static const char *dangling_words[] = {
  "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen",
  "eines", "und", "oder", "aber", "mit", "von", "vom", "zu", "zum", "zur", "im", "in",
  "am", "an", "auf", "für", "bei", "nach", "über", "unter", "aus", "durch", "um", "als",
  "wie", "dass", "etwa", "rund", "ca.", "mehr", "bis", "seit", "gegen", "ohne", "sowie",
  "the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "by", "from", "and",
  "or", "but", "that", "as", "about", "some", "than", "into", "its", "their", "his",
  "her", "around", "nearly", "almost",
};

static gboolean
ends_with_final_punctuation (const char *line,
                             gsize       len)
{
  const char *p = line + len;

  while (p > line)
    {
      const char *prev = g_utf8_find_prev_char (line, p);
      gunichar c = g_utf8_get_char (prev);

      p = prev;
      if (g_unichar_isspace (c) || c == '"' || c == ')' || c == 0x201C || c == 0x201D ||
          c == 0x00BB || c == 0x00AB || c == 0x2019 || c == '\'')
        continue;
      return c == '.' || c == '!' || c == '?' || c == ':' || c == 0x2026;
    }
  return FALSE;
}

/* One paragraph per line is the rule for text copied from a browser, but
 * a stray newline sometimes cuts a sentence in two ("… mit etwa 50.000" /
 * "Soldaten, darunter …"). A line is joined to the next when it is long,
 * lacks final punctuation, and ends in a way no headline does: on a number,
 * a comma, a function word, or before a line that starts in lower case.
 * Short lines without punctuation stay headings.
 */
static gboolean
line_continues (const char *line,
                gsize       len,
                const char *next,
                gsize       next_len)
{
  glong chars = g_utf8_strlen (line, len);
  guint words = 0;
  gboolean in_word = FALSE;
  gsize w = len;
  gunichar last, first;
  g_autofree char *last_word = NULL;

  while (len > 0 && g_ascii_isspace (line[len - 1]))
    len--;
  while (next_len > 0 && g_ascii_isspace (*next))
    next++, next_len--;
  if (len == 0 || next_len == 0 || ends_with_final_punctuation (line, len))
    return FALSE;

  for (gsize i = 0; i < len; i++)
    {
      gboolean space = g_ascii_isspace (line[i]);

      if (!space && !in_word)
        words++;
      in_word = !space;
    }
  if (chars <= 60 || words < 8)
    return FALSE;

  /* The continuation finishes the sentence, or is itself running text. */
  if (!ends_with_final_punctuation (next, next_len) && g_utf8_strlen (next, next_len) <= 60)
    return FALSE;

  last = g_utf8_get_char (g_utf8_find_prev_char (line, line + len));
  first = g_utf8_get_char (next);
  w = len;
  while (w > 0 && !g_ascii_isspace (line[w - 1]))
    w--;
  last_word = g_utf8_strdown (line + w, len - w);

  if (g_unichar_isdigit (last) || last == ',' || last == ';' || g_unichar_islower (first) ||
      g_unichar_isdigit (first))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (dangling_words); i++)
    if (g_str_equal (last_word, dangling_words[i]))
      return TRUE;
  /* A very long line ending on a lower-case word is no headline either. */
  return g_unichar_islower (last) && chars > 100;
}

/* Splits plain text into paragraphs in place: with hard wrapping, or where a
 * line continues a sentence, the newlines inside a paragraph become spaces so
 * that offsets stay valid.
 */
static void
split_plain_paragraphs (char     *text,
                        gboolean  has_title,
                        GArray   *paragraphs)
{
  gboolean wrapped = looks_hard_wrapped (text);
  gsize len = strlen (text);
  gsize para_start = 0;
  gsize i = 0;
  gboolean seen_text = has_title;

  while (i <= len)
    {
      gsize line_end = i;
      gboolean blank;

      while (line_end < len && text[line_end] != '\n')
        line_end++;
      blank = is_blank_line (text + i, line_end - i);

      if (!wrapped)
        {
          gsize next = line_end + 1;
          gsize next_end = next;

          while (next_end < len && text[next_end] != '\n')
            next_end++;

          /* Without front matter the first line is the headline's place;
           * it is never joined.
           */
          if (!blank && seen_text && line_end < len &&
              line_continues (text + i, line_end - i, text + next, next_end - next))
            text[line_end] = ' ';
          else
            {
              add_paragraph (paragraphs, text, para_start, line_end, PX_SENTENCE_BODY);
              para_start = line_end + 1;
            }
          if (!blank)
            seen_text = TRUE;
        }
      else if (blank)
        {
          add_paragraph (paragraphs, text, para_start, i, PX_SENTENCE_BODY);
          para_start = line_end + 1;
        }
      else if (line_end < len && line_end + 1 < len && text[line_end + 1] != '\n')
        text[line_end] = ' ';

      i = line_end + 1;
    }

  if (wrapped && para_start < len)
    add_paragraph (paragraphs, text, para_start, len, PX_SENTENCE_BODY);
}

/* Inline Markdown: images dropped, links reduced to their text, emphasis
 * and code markers removed, inline HTML tags removed.
 */
static void
append_markdown_inline (GString    *out,
                        const char *line,
                        gsize       len)
{
  gsize i = 0;

  while (i < len)
    {
      char c = line[i];

      if (c == '\\' && i + 1 < len)
        {
          g_string_append_c (out, line[i + 1]);
          i += 2;
        }
      else if ((c == '!' && i + 1 < len && line[i + 1] == '[') || c == '[')
        {
          gboolean image = c == '!';
          const char *close = memchr (line + i, ']', len - i);

          if (close != NULL && (gsize)(close - line) + 1 < len && close[1] == '(')
            {
              const char *paren = memchr (close, ')', len - (close - line));

              if (paren != NULL)
                {
                  if (!image)
                    append_markdown_inline (out, line + i + 1, close - (line + i + 1));
                  i = paren - line + 1;
                  continue;
                }
            }
          g_string_append_c (out, c);
          i++;
        }
      else if (c == '*' || c == '`' ||
               (c == '_' && (i == 0 || !g_ascii_isalnum (line[i - 1]) ||
                             i + 1 >= len || !g_ascii_isalnum (line[i + 1]))))
        i++;
      else if (c == '<' && i + 1 < len && (g_ascii_isalpha (line[i + 1]) || line[i + 1] == '/'))
        {
          const char *gt = memchr (line + i, '>', len - i);

          if (gt != NULL)
            i = gt - line + 1;
          else
            g_string_append_c (out, line[i++]);
        }
      else
        g_string_append_c (out, line[i++]);
    }
}

static gboolean
is_rule (const char *line)
{
  guint marks = 0;
  char mark = 0;

  for (const char *p = line; *p; p++)
    {
      if (*p == ' ')
        continue;
      if (*p != '-' && *p != '*' && *p != '_' && *p != '=')
        return FALSE;
      if (mark != 0 && *p != mark)
        return FALSE;
      mark = *p;
      marks++;
    }
  return marks >= 3;
}

static char *
markdown_to_text (const char *source,
                  GArray     *paragraphs)
{
  g_auto(GStrv) lines = g_strsplit (source, "\n", -1);
  GString *out = g_string_new (NULL);
  g_autoptr(GString) para = g_string_new (NULL);
  PxSentenceKind para_kind = PX_SENTENCE_BODY;
  gboolean in_fence = FALSE;
  /* Markdown saved from a web page often has one paragraph per line and no
   * blank lines; joining those lines, as CommonMark would, runs headings
   * into text. Only text that is hard-wrapped gets the CommonMark reading.
   */
  gboolean line_paragraphs = !looks_hard_wrapped (source);

#define FLUSH()                                                            \
  G_STMT_START {                                                           \
    if (para->len > 0)                                                     \
      {                                                                    \
        gsize start;                                                       \
        if (out->len > 0)                                                  \
          g_string_append (out, "\n\n");                                   \
        start = out->len;                                                  \
        g_string_append_len (out, para->str, para->len);                   \
        add_paragraph (paragraphs, out->str, start, out->len, para_kind);  \
        g_string_truncate (para, 0);                                       \
      }                                                                    \
    para_kind = PX_SENTENCE_BODY;                                          \
  } G_STMT_END

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);
      guint level = 0;

      if (g_str_has_prefix (line, "```") || g_str_has_prefix (line, "~~~"))
        {
          FLUSH ();
          in_fence = !in_fence;
          continue;
        }
      if (in_fence)
        continue;

      if (*line == '\0')
        {
          FLUSH ();
          continue;
        }

      /* A setext underline turns the paragraph so far into a heading. */
      if (para->len > 0 && (line[0] == '=' || line[0] == '-') && is_rule (line))
        {
          para_kind = PX_SENTENCE_HEADING;
          FLUSH ();
          continue;
        }
      if (is_rule (line))
        {
          FLUSH ();
          continue;
        }

      while (line[level] == '#')
        level++;
      if (level > 0 && level <= 6 && (line[level] == ' ' || line[level] == '\0'))
        {
          char *heading = g_strstrip (line + level);
          gsize hlen = strlen (heading);

          FLUSH ();
          while (hlen > 0 && heading[hlen - 1] == '#')
            heading[--hlen] = '\0';
          append_markdown_inline (para, heading, strlen (g_strchomp (heading)));
          para_kind = PX_SENTENCE_HEADING;
          FLUSH ();
          continue;
        }

      while (*line == '>')
        line = g_strchug (line + 1);

      if (((line[0] == '-' || line[0] == '*' || line[0] == '+') && line[1] == ' '))
        {
          FLUSH ();
          line = g_strchug (line + 2);
        }
      else if (g_ascii_isdigit (line[0]))
        {
          const char *p = line;

          while (g_ascii_isdigit (*p))
            p++;
          if ((*p == '.' || *p == ')') && p[1] == ' ' && p - line <= 3)
            {
              FLUSH ();
              line = g_strchug ((char *)p + 2);
            }
        }

      if (para->len > 0)
        g_string_append_c (para, ' ');
      append_markdown_inline (para, line, strlen (line));

      if (line_paragraphs && lines[i + 1] != NULL)
        {
          g_autofree char *next = g_strstrip (g_strdup (lines[i + 1]));
          gboolean underline = (next[0] == '=' || next[0] == '-') && is_rule (next);

          if (!underline && *next != '\0' &&
              !line_continues (line, strlen (line), next, strlen (next)))
            FLUSH ();
        }
    }
  FLUSH ();

#undef FLUSH

  return g_string_free (out, FALSE);
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
  Meta meta = { 0 };
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
  if (looks_binary (data, length))
    {
      g_set_error (error, PX_ERROR, PX_ERROR_BINARY,
                   _("Not a text file (it contains binary data)"));
      return NULL;
    }
  if (!(decoded = decode_text (data, length, base, &warning, error)))
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
      offset = parse_front_matter (decoded, &meta);
      if (format == FORMAT_MARKDOWN)
        body = markdown_to_text (decoded + offset, paragraphs);
      else
        {
          body = g_strdup (decoded + offset);
          split_plain_paragraphs (body, meta.title != NULL, paragraphs);
        }
    }

  if (paragraphs->len == 0)
    {
      meta_clear (&meta);
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
  meta_clear (&meta);

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
