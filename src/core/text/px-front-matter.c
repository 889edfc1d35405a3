/* px-front-matter.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-article-loader"

#include "config.h"

#include <string.h>

#include "px-loader-private.h"

/* The "---" (YAML) or "+++" (TOML) block of metadata a text file may open
 * with: title, outlet, date, url, language.
 */

void
_px_front_matter_clear (PxFrontMatter *meta)
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
 * Anything else that starts with two ASCII letters keeps them, which
 * px_language_detect () would not do better; the rest is "" (no language
 * given: it is detected). Cutting bytes off anything else could split a
 * character and leave the metadata invalid UTF-8.
 */
static char *
normalise_language (const char *value)
{
  g_autofree char *lower = g_ascii_strdown (value, -1);

  if (g_str_has_prefix (lower, "german") || g_str_has_prefix (lower, "deutsch"))
    return g_strdup ("de");
  if (g_str_has_prefix (lower, "english") || g_str_has_prefix (lower, "englisch"))
    return g_strdup ("en");
  if (!g_ascii_isalpha (lower[0]) || !g_ascii_isalpha (lower[1]))
    return g_strdup ("");
  lower[2] = '\0';
  return g_steal_pointer (&lower);
}

static void
set_front_matter_key (PxFrontMatter *meta,
                      const char    *key,
                      const char    *value)
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
gsize
_px_front_matter_parse (const char    *text,
                        PxFrontMatter *meta)
{
  const char *p = text;
  const char *fence;
  char separator;
  PxFrontMatter found = { 0 };
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
          _px_front_matter_clear (meta);
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
  _px_front_matter_clear (&found);
  return 0;
}
