/* px-html-meta.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-html-text"

#include "config.h"

#include <string.h>
#include <json-glib/json-glib.h>
#include <libxml/tree.h>

#include "px-html-text-private.h"
#include "px-html-tree-private.h"
#include "px-json-schema.h"

/* The article's metadata as a page states it, in <meta> tags, <link>,
 * <time> and JSON-LD, and which statement wins for each field.
 */

void
_px_html_meta_clear (PxHtmlMeta *m)
{
  g_free (m->og_title);
  g_free (m->og_site_name);
  g_free (m->og_url);
  g_free (m->og_locale);
  g_free (m->published_time);
  g_free (m->meta_date);
  g_free (m->itemprop_date);
  g_free (m->application_name);
  g_free (m->title);
  g_free (m->canonical);
  g_free (m->html_lang);
  g_free (m->time_in_article);
  g_free (m->ld_publisher);
  g_free (m->ld_date);
}

/* Stores a collapsed copy of @value in *@slot unless it is set already, so
 * that the first occurrence in the page wins.
 */
void
_px_html_take_first (char       **slot,
                     const char  *value)
{
  PxHtmlCollapser c = { NULL, FALSE, FALSE, 0 };

  if (*slot != NULL || value == NULL)
    return;

  c.buffer = g_string_new (NULL);
  _px_html_collapser_append (&c, value, FALSE);
  if (c.buffer->len > 0)
    *slot = g_string_free (c.buffer, FALSE);
  else
    g_string_free (c.buffer, TRUE);
}

void
_px_html_meta_read (PxHtmlMeta *m,
                    xmlNode    *node)
{
  const char *key = _px_html_attr (node, "property");
  const char *content = _px_html_attr (node, "content");

  if (content == NULL)
    return;
  if (key == NULL)
    key = _px_html_attr (node, "name");

  if (key != NULL)
    {
      if (g_ascii_strcasecmp (key, "og:title") == 0)
        _px_html_take_first (&m->og_title, content);
      else if (g_ascii_strcasecmp (key, "og:site_name") == 0)
        _px_html_take_first (&m->og_site_name, content);
      else if (g_ascii_strcasecmp (key, "og:url") == 0)
        _px_html_take_first (&m->og_url, content);
      else if (g_ascii_strcasecmp (key, "og:locale") == 0)
        _px_html_take_first (&m->og_locale, content);
      else if (g_ascii_strcasecmp (key, "article:published_time") == 0)
        _px_html_take_first (&m->published_time, content);
      else if (g_ascii_strcasecmp (key, "application-name") == 0)
        _px_html_take_first (&m->application_name, content);
      else if (g_ascii_strcasecmp (key, "date") == 0 ||
               g_ascii_strcasecmp (key, "pubdate") == 0 ||
               g_ascii_strcasecmp (key, "publishdate") == 0 ||
               g_ascii_strcasecmp (key, "dc.date") == 0 ||
               g_ascii_strcasecmp (key, "dc.date.issued") == 0)
        _px_html_take_first (&m->meta_date, content);
    }

  if (_px_html_has_word (_px_html_attr (node, "itemprop"), "datePublished"))
    _px_html_take_first (&m->itemprop_date, content);
}

/* JSON-LD: the publisher's name and the publication date, preferably from
 * an object typed as an article. Publishers given only by "@id" are looked
 * up among the other objects of the page.
 */
static const char *
json_string_member (JsonObject *object,
                    const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || JSON_NODE_TYPE (node) != JSON_NODE_VALUE ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static gboolean
json_is_article (JsonObject *object)
{
  JsonNode *type = json_object_get_member (object, "@type");
  const char *single;

  if (type == NULL)
    return FALSE;

  if (JSON_NODE_HOLDS_ARRAY (type))
    {
      JsonArray *types = json_node_get_array (type);

      for (guint i = 0; i < json_array_get_length (types); i++)
        {
          JsonNode *t = json_array_get_element (types, i);

          if (JSON_NODE_HOLDS_VALUE (t) && json_node_get_value_type (t) == G_TYPE_STRING &&
              (strstr (json_node_get_string (t), "Article") != NULL ||
               strstr (json_node_get_string (t), "Posting") != NULL))
            return TRUE;
        }
      return FALSE;
    }

  single = json_string_member (object, "@type");
  return single != NULL && (strstr (single, "Article") != NULL ||
                            strstr (single, "Posting") != NULL);
}

typedef struct
{
  GHashTable *names_by_id;  /* "@id" → name, borrowed from the tree */
  const char *publisher;
  const char *publisher_id;
  const char *date;
  gboolean    from_article;
} JsonLd;

static void
json_ld_object (JsonLd     *ld,
                JsonObject *object)
{
  const char *id = json_string_member (object, "@id");
  const char *name = json_string_member (object, "name");
  gboolean article = json_is_article (object);
  JsonNode *publisher;
  const char *date;

  if (id != NULL && name != NULL)
    g_hash_table_insert (ld->names_by_id, (gpointer)id, (gpointer)name);

  /* An article's own fields replace anything a web page object gave. */
  if (ld->from_article && !article)
    return;
  if (article && !ld->from_article)
    {
      ld->from_article = TRUE;
      ld->publisher = NULL;
      ld->publisher_id = NULL;
      ld->date = NULL;
    }

  if (ld->date == NULL && (date = json_string_member (object, "datePublished")))
    ld->date = date;

  publisher = json_object_get_member (object, "publisher");
  if (publisher != NULL && JSON_NODE_HOLDS_ARRAY (publisher) &&
      json_array_get_length (json_node_get_array (publisher)) > 0)
    publisher = json_array_get_element (json_node_get_array (publisher), 0);

  if (publisher == NULL || ld->publisher != NULL)
    return;
  if (JSON_NODE_HOLDS_OBJECT (publisher))
    {
      JsonObject *p = json_node_get_object (publisher);

      ld->publisher = json_string_member (p, "name");
      if (ld->publisher == NULL)
        ld->publisher_id = json_string_member (p, "@id");
    }
  else if (JSON_NODE_HOLDS_VALUE (publisher) &&
           json_node_get_value_type (publisher) == G_TYPE_STRING)
    ld->publisher = json_node_get_string (publisher);
}

/* Visits the objects of a JSON-LD document: the top level, its arrays and
 * "@graph". The depth was bounded before parsing.
 */
static void
json_ld_visit (JsonLd   *ld,
               JsonNode *node,
               guint     depth)
{
  if (node == NULL || depth > 4)
    return;

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        json_ld_visit (ld, json_array_get_element (array, i), depth + 1);
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);

      json_ld_object (ld, object);
      json_ld_visit (ld, json_object_get_member (object, "@graph"), depth + 1);
    }
}

void
_px_html_meta_read_json_ld (PxHtmlMeta *m,
                            const char *json)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GHashTable) names_by_id = NULL;
  JsonLd ld = { 0 };

  if (json == NULL ||
      px_json_text_check (json, strlen (json), PX_HTML_JSON_MAX_DEPTH, NULL) != PX_JSON_TEXT_OK)
    return;

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, json, -1, NULL))
    return;

  names_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  ld.names_by_id = names_by_id;
  json_ld_visit (&ld, json_parser_get_root (parser), 0);

  if (ld.publisher == NULL && ld.publisher_id != NULL)
    ld.publisher = g_hash_table_lookup (names_by_id, ld.publisher_id);

  /* The first article in the page wins over earlier non-article scripts. */
  if (ld.from_article && !m->ld_from_article)
    {
      g_clear_pointer (&m->ld_publisher, g_free);
      g_clear_pointer (&m->ld_date, g_free);
      m->ld_from_article = TRUE;
    }
  else if (!ld.from_article && m->ld_from_article)
    return;

  _px_html_take_first (&m->ld_publisher, ld.publisher);
  _px_html_take_first (&m->ld_date, ld.date);
}

/* Assembly: which of the page's claims wins */

static gboolean
utf8_equal_nocase (const char *a,
                   const char *b,
                   gsize       b_len)
{
  g_autofree char *fa = g_utf8_casefold (a, -1);
  g_autofree char *fb = g_utf8_casefold (b, b_len);

  return g_strcmp0 (fa, fb) == 0;
}

/* "Großfeuer im Hafen | Hanseatische Allgemeine" → "Großfeuer im Hafen",
 * but only when what follows the separator is the site's name: a title such
 * as "Kiel - Hamburg: Bahnstrecke gesperrt" keeps its dash.
 */
static char *
strip_site_name (const char *title,
                 const char *site)
{
  static const char *separators[] = { " | ", " - ", " \xe2\x80\x93 ", " \xe2\x80\x94 ",
                                      " \xc2\xb7 ", " :: ", " \xc2\xbb " };
  gsize title_len, site_len;

  if (title == NULL)
    return NULL;
  if (site == NULL)
    return g_strdup (title);

  title_len = strlen (title);
  site_len = strlen (site);

  for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
    {
      gsize sep_len = strlen (separators[i]);

      if (title_len > site_len + sep_len &&
          strncmp (title + title_len - site_len - sep_len, separators[i], sep_len) == 0 &&
          utf8_equal_nocase (site, title + title_len - site_len, site_len))
        return g_strndup (title, title_len - site_len - sep_len);

      if (title_len > site_len + sep_len &&
          strncmp (title + site_len, separators[i], sep_len) == 0 &&
          utf8_equal_nocase (site, title, site_len))
        return g_strdup (title + site_len + sep_len);
    }
  return g_strdup (title);
}

static gboolean
is_web_url (const char *url)
{
  return url != NULL &&
         (g_ascii_strncasecmp (url, "https://", 8) == 0 ||
          g_ascii_strncasecmp (url, "http://", 7) == 0) &&
         g_utf8_validate (url, -1, NULL);
}

/* "de-DE", "en_GB", "DE" → "de"; anything else → NULL. */
static char *
language_code (const char *tag)
{
  if (tag == NULL || !g_ascii_isalpha (tag[0]) || !g_ascii_isalpha (tag[1]))
    return NULL;
  if (tag[2] != '\0' && tag[2] != '-' && tag[2] != '_')
    return NULL;
  return g_ascii_strdown (tag, 2);
}

void
_px_html_meta_assemble (PxHtmlText *out,
                        PxHtmlMeta *m,
                        const char *first_h1)
{
  const char *outlet = m->og_site_name;
  const char *date;
  const char *url;

  if (outlet == NULL)
    outlet = m->ld_publisher;
  if (outlet == NULL)
    outlet = m->application_name;
  out->outlet = g_strdup (outlet);

  if (m->og_title != NULL)
    out->title = strip_site_name (m->og_title, outlet);
  else if (m->title != NULL)
    out->title = strip_site_name (m->title, outlet);
  if (out->title != NULL && out->title[0] == '\0')
    g_clear_pointer (&out->title, g_free);
  if (out->title == NULL)
    out->title = g_strdup (first_h1);

  date = m->published_time;
  if (date == NULL)
    date = m->ld_date;
  if (date == NULL)
    date = m->time_in_article;
  if (date == NULL)
    date = m->meta_date;
  if (date == NULL)
    date = m->itemprop_date;
  out->date = g_strdup (date);

  url = is_web_url (m->canonical) ? m->canonical : NULL;
  if (url == NULL && is_web_url (m->og_url))
    url = m->og_url;
  out->url = g_strdup (url);

  out->language = language_code (m->html_lang);
  if (out->language == NULL)
    out->language = language_code (m->og_locale);
}
