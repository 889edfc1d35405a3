/* px-html-text.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-html-text"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "px-error.h"
#include "px-html-text-private.h"
#include "px-json-schema.h"

/* How the extraction works, in three passes over the libxml2 tree:
 *
 * 1. clean: read the metadata (meta, link, title, JSON-LD) and cut away
 *    everything that is not reporting: scripts and embeds, page furniture
 *    (nav, header, footer, aside, forms) and elements whose class, id or
 *    role names them as navigation, share bars, comments, ads and the like;
 * 2. choose: the <article> (or articleBody, or main) holding the most
 *    paragraph text if it holds enough, otherwise the container whose direct
 *    <p> children carry the most text that is not links, in the manner of
 *    Arc90's Readability;
 * 3. emit: one paragraph per block (p, h1–h6, li, blockquote, figcaption,
 *    pre, …) inside the chosen content, whitespace collapsed.
 *
 * The parse never touches the network (HTML_PARSE_NONET; libxml2's HTML
 * parser loads no DTDs, images or <base> targets anyway) and keeps its depth
 * limit (no HTML_PARSE_HUGE), so a hostile page cannot make us recurse.
 * Every walk below is iterative for the same reason.
 */

/* Paragraph text (bytes) an <article> must hold to be taken without a
 * density check, or the share of the page's paragraph text it must hold.
 */
#define ARTICLE_MIN_TEXT  1000
#define ARTICLE_MIN_SHARE 0.4

/* JSON-LD nested deeper than this is not metadata but an attack on
 * json-glib's recursive parser.
 */
#define JSON_MAX_DEPTH 64

/* Words in a class or id that mark page furniture. They must match a whole
 * token of the name split at '-', '_', spaces and camelCase humps:
 * "header-ad" and "headerAd" are ads, "shadow" and "download" are not.
 * These always name something that is not the article.
 */
static const char *junk_tokens[] = {
  "share", "shares", "sharing", "social", "socials", "comment", "comments", "kommentar",
  "kommentare", "cookie", "cookies", "consent", "gdpr", "newsletter", "ad", "ads",
  "advert", "adverts", "advertisement", "anzeige", "werbung", "sponsor", "sponsored",
  "subscribe", "subscription", "outbrain", "taboola", "byline", "author", "authors",
  "popup", "modal", "credit", "credits", "copyright", "breadcrumb", "breadcrumbs",
};

/* Layout words, which now and then end up on a wrapper around the article
 * as well ("page-sidebar-left"); they are dropped in the first attempt and
 * spared in the second.
 */
static const char *layout_tokens[] = {
  "nav", "navi", "navigation", "navbar", "menu", "menue", "related", "teaser", "teasers",
  "promo", "promotion", "footer", "sidebar", "paywall",
};

/* A junk token after one of these describes a state of the element, not
 * what it is: "has-comments", "layout-with-sidebar", "no-ads".
 */
static const char *modifier_tokens[] = {
  "has", "with", "without", "no", "is", "show", "hide", "enable", "disable", "allow",
};

/* Attributes that name what an element is: class and id, and the component
 * markers of today's publishing systems (data-area="related_articles").
 */
static const char *named_attributes[] = {
  "class", "id", "data-area", "data-component", "data-module", "data-testid",
};

/* ARIA landmarks that are not the article. */
static const char *junk_roles[] = {
  "navigation", "banner", "contentinfo", "complementary", "search", "dialog",
  "alertdialog", "menu", "menubar",
};

/* Elements that never hold article text. */
static const char *junk_elements[] = {
  "script", "style", "noscript", "template", "iframe", "svg", "math", "form", "button",
  "nav", "header", "footer", "aside", "select", "textarea", "input", "object",
  "embed", "video", "audio", "canvas", "map", "dialog", "head",
};

/* Elements that flow inside a paragraph; every other element ends one. */
static const char *inline_elements[] = {
  "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "br", "cite", "code", "data",
  "del", "dfn", "em", "font", "i", "img", "ins", "kbd", "label", "mark", "nobr", "q",
  "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u",
  "var", "wbr",
};

/* Elements whose text is a paragraph even without a closing full stop.
 * Table cells are not among them: layout tables hold sentences, data tables
 * hold fragments.
 */
static const char *block_elements[] = {
  "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "pre",
};

static gboolean
name_in (const xmlChar  *name,
         const char    **list,
         guint           n)
{
  for (guint i = 0; i < n; i++)
    if (g_ascii_strcasecmp ((const char *)name, list[i]) == 0)
      return TRUE;
  return FALSE;
}

#define NAME_IN(name, list) name_in ((name), (list), G_N_ELEMENTS (list))

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE &&
         g_ascii_strcasecmp ((const char *)node->name, name) == 0;
}

static gboolean
is_heading (xmlNode *node)
{
  const char *name = (const char *)node->name;

  return node->type == XML_ELEMENT_NODE &&
         (name[0] == 'h' || name[0] == 'H') && name[1] >= '1' && name[1] <= '6' &&
         name[2] == '\0';
}

/* An attribute's value without copying it; "" for a bare attribute such as
 * <div hidden>, NULL when it is absent.
 */
static const char *
attr (xmlNode    *node,
      const char *name)
{
  for (xmlAttr *a = node->properties; a != NULL; a = a->next)
    {
      if (g_ascii_strcasecmp ((const char *)a->name, name) != 0)
        continue;
      if (a->children != NULL && a->children->type == XML_TEXT_NODE &&
          a->children->content != NULL)
        return (const char *)a->children->content;
      return "";
    }
  return NULL;
}

/* Whether the whitespace-separated list @value holds @word (ASCII case
 * ignored), as in rel="canonical" or role="main".
 */
static gboolean
has_word (const char *value,
          const char *word)
{
  gsize len = strlen (word);
  const char *p = value;

  if (value == NULL)
    return FALSE;

  while (*p != '\0')
    {
      const char *start;

      while (*p != '\0' && g_ascii_isspace (*p))
        p++;
      start = p;
      while (*p != '\0' && !g_ascii_isspace (*p))
        p++;
      if ((gsize)(p - start) == len && g_ascii_strncasecmp (start, word, len) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Whether a class or id value names page furniture; see junk_tokens. */
static gboolean
names_junk (const char *value,
            gboolean    layout)
{
  const char *p = value;
  gboolean after_modifier = FALSE;

  if (value == NULL)
    return FALSE;

  while (*p != '\0')
    {
      const char *start;
      gsize len;

      if (g_ascii_isspace (*p))
        after_modifier = FALSE;
      while (*p != '\0' && (*p == '-' || *p == '_' || g_ascii_isspace (*p)))
        {
          if (g_ascii_isspace (*p))
            after_modifier = FALSE;
          p++;
        }
      start = p;
      /* camelCase splits too, for React-style names: "shareBar". */
      while (*p != '\0' && *p != '-' && *p != '_' && !g_ascii_isspace (*p) &&
             !(p > start && g_ascii_islower (p[-1]) && g_ascii_isupper (*p)))
        p++;
      len = p - start;
      if (len == 0 || len > 32)
        continue;

      {
        char token[33];

        memcpy (token, start, len);
        token[len] = '\0';
        if (NAME_IN ((const xmlChar *)token, modifier_tokens))
          after_modifier = TRUE;
        else if (!after_modifier &&
                 (NAME_IN ((const xmlChar *)token, junk_tokens) ||
                  (layout && NAME_IN ((const xmlChar *)token, layout_tokens))))
          return TRUE;
      }
    }
  return FALSE;
}

/* Wrappers that no class name removes: a body "page--with-sidebar" or a
 * main "layout-nav-open" still hold the article.
 */
static gboolean
is_article_root (xmlNode *node)
{
  return is_element (node, "html") || is_element (node, "body") ||
         is_element (node, "main") || has_word (attr (node, "role"), "main") ||
         has_word (attr (node, "itemprop"), "articleBody");
}

/* <article>, or an element typed as a schema.org article with microdata. */
static gboolean
is_article (xmlNode *node)
{
  const char *type;

  if (is_element (node, "article"))
    return TRUE;
  type = attr (node, "itemtype");
  return type != NULL && attr (node, "itemscope") != NULL &&
         (g_str_has_suffix (type, "Article") || g_str_has_suffix (type, "Article/") ||
          g_str_has_suffix (type, "BlogPosting"));
}

static gboolean
is_content_candidate (xmlNode *node)
{
  return is_article (node) || is_element (node, "main") ||
         has_word (attr (node, "role"), "main") ||
         has_word (attr (node, "itemprop"), "articleBody");
}

typedef gboolean (*EnterFunc) (xmlNode  *node,
                               gpointer  user_data);
typedef void     (*LeaveFunc) (xmlNode  *node,
                               gpointer  user_data);

/* Pre-order walk of @root's subtree without recursion: @enter returns
 * whether to descend, @leave runs once a node and its children are done.
 */
static void
walk (xmlNode   *root,
      EnterFunc  enter,
      LeaveFunc  leave,
      gpointer   user_data)
{
  xmlNode *node = root;

  while (node != NULL)
    {
      if (enter (node, user_data) && node->children != NULL)
        {
          node = node->children;
          continue;
        }

      for (;;)
        {
          if (leave != NULL)
            leave (node, user_data);
          if (node == root)
            return;
          if (node->next != NULL)
            {
              node = node->next;
              break;
            }
          node = node->parent;
        }
    }
}

/* Collapsed text
 *
 * Runs of whitespace (no-break space included) become one space; soft
 * hyphens and zero-width characters, which German sites scatter through
 * long compounds, go, so that "Langstrecken&shy;raketen" stays one word.
 */
typedef struct
{
  GString  *buffer;
  gboolean  pending_space;
  gboolean  soft_space;     /* the pending space gives way to punctuation */
  gsize     link_bytes;
} Collapser;

static void
collapser_append (Collapser  *c,
                  const char *s,
                  gboolean    in_link)
{
  const guchar *p = (const guchar *)s;

  while (*p != '\0')
    {
      gsize n = 1;

      if (g_ascii_isspace (*p) || (p[0] == 0xc2 && p[1] == 0xa0))
        {
          c->pending_space = TRUE;
          p += (*p == 0xc2) ? 2 : 1;
          continue;
        }
      if ((p[0] == 0xc2 && p[1] == 0xad) ||
          (p[0] == 0xe2 && p[1] == 0x80 && p[2] == 0x8b) ||
          (p[0] == 0xe2 && p[1] == 0x81 && p[2] == 0xa0) ||
          (p[0] == 0xef && p[1] == 0xbb && p[2] == 0xbf))
        {
          p += (p[0] == 0xc2) ? 2 : 3;
          continue;
        }

      if (*p >= 0xc0)
        while (p[n] >= 0x80 && p[n] < 0xc0)
          n++;

      if (c->soft_space && strchr (",.:;!?)", *p) != NULL)
        c->pending_space = FALSE;
      c->soft_space = FALSE;
      if (c->pending_space && c->buffer->len > 0)
        {
          g_string_append_c (c->buffer, ' ');
          if (in_link)
            c->link_bytes++;
        }
      c->pending_space = FALSE;
      g_string_append_len (c->buffer, (const char *)p, n);
      if (in_link)
        c->link_bytes += n;
      p += n;
    }
}

typedef struct
{
  Collapser c;
  guint     link_depth;
} TextWalk;

static gboolean
text_walk_enter (xmlNode  *node,
                 gpointer  user_data)
{
  TextWalk *tw = user_data;

  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      if (node->content != NULL)
        collapser_append (&tw->c, (const char *)node->content, tw->link_depth > 0);
      return FALSE;
    }
  if (node->type != XML_ELEMENT_NODE)
    return FALSE;
  if (is_element (node, "br"))
    tw->c.pending_space = TRUE;
  else if (is_element (node, "a"))
    tw->link_depth++;
  else if (!NAME_IN (node->name, inline_elements))
    tw->c.pending_space = TRUE;
  return TRUE;
}

static void
text_walk_leave (xmlNode  *node,
                 gpointer  user_data)
{
  TextWalk *tw = user_data;

  if (is_element (node, "a") && tw->link_depth > 0)
    tw->link_depth--;
}

/* The collapsed text of @node's subtree; @link_bytes gets how much of it
 * sits inside links.
 */
static char *
node_text (xmlNode *node,
           gsize   *link_bytes)
{
  TextWalk tw = { { g_string_new (NULL), FALSE, FALSE, 0 }, 0 };

  walk (node, text_walk_enter, text_walk_leave, &tw);
  if (link_bytes != NULL)
    *link_bytes = tw.c.link_bytes;
  return g_string_free (tw.c.buffer, FALSE);
}

/* Metadata */

typedef struct
{
  char     *og_title;
  char     *og_site_name;
  char     *og_url;
  char     *og_locale;
  char     *published_time;
  char     *meta_date;
  char     *itemprop_date;
  char     *application_name;
  char     *title;
  char     *canonical;
  char     *html_lang;
  char     *time_in_article;
  char     *ld_publisher;
  char     *ld_date;
  gboolean  ld_from_article;
} Meta;

static void
meta_clear (Meta *m)
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
static void
take_first (char       **slot,
            const char  *value)
{
  Collapser c = { NULL, FALSE, FALSE, 0 };

  if (*slot != NULL || value == NULL)
    return;

  c.buffer = g_string_new (NULL);
  collapser_append (&c, value, FALSE);
  if (c.buffer->len > 0)
    *slot = g_string_free (c.buffer, FALSE);
  else
    g_string_free (c.buffer, TRUE);
}

static void
read_meta (Meta    *m,
           xmlNode *node)
{
  const char *key = attr (node, "property");
  const char *content = attr (node, "content");

  if (content == NULL)
    return;
  if (key == NULL)
    key = attr (node, "name");

  if (key != NULL)
    {
      if (g_ascii_strcasecmp (key, "og:title") == 0)
        take_first (&m->og_title, content);
      else if (g_ascii_strcasecmp (key, "og:site_name") == 0)
        take_first (&m->og_site_name, content);
      else if (g_ascii_strcasecmp (key, "og:url") == 0)
        take_first (&m->og_url, content);
      else if (g_ascii_strcasecmp (key, "og:locale") == 0)
        take_first (&m->og_locale, content);
      else if (g_ascii_strcasecmp (key, "article:published_time") == 0)
        take_first (&m->published_time, content);
      else if (g_ascii_strcasecmp (key, "application-name") == 0)
        take_first (&m->application_name, content);
      else if (g_ascii_strcasecmp (key, "date") == 0 ||
               g_ascii_strcasecmp (key, "pubdate") == 0 ||
               g_ascii_strcasecmp (key, "publishdate") == 0 ||
               g_ascii_strcasecmp (key, "dc.date") == 0 ||
               g_ascii_strcasecmp (key, "dc.date.issued") == 0)
        take_first (&m->meta_date, content);
    }

  if (has_word (attr (node, "itemprop"), "datePublished"))
    take_first (&m->itemprop_date, content);
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

static void
read_json_ld (Meta       *m,
              const char *json)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GHashTable) names_by_id = NULL;
  JsonLd ld = { 0 };

  if (json == NULL || px_json_text_check (json, strlen (json), JSON_MAX_DEPTH, NULL) != PX_JSON_TEXT_OK)
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

  take_first (&m->ld_publisher, ld.publisher);
  take_first (&m->ld_date, ld.date);
}

/* Pass 1: metadata and cleaning */

typedef struct
{
  Meta      *meta;
  GPtrArray *drop;
  xmlNode   *dropping;     /* the dropped element being read for metadata */
  guint      article_depth;
  gboolean   layout_rules;
} Clean;

/* A <form> that holds article paragraphs is a page-wide wrapper (ASP.NET
 * sites put the whole page in one), not a search box or comment form.
 */
typedef struct
{
  gsize p_bytes;
} PCount;

static gboolean
p_count_enter (xmlNode  *node,
               gpointer  user_data)
{
  PCount *pc = user_data;

  if (is_element (node, "p"))
    {
      g_autofree char *text = node_text (node, NULL);

      pc->p_bytes += strlen (text);
      return FALSE;
    }
  return node->type == XML_ELEMENT_NODE;
}

static gboolean
wraps_article (xmlNode *node)
{
  PCount pc = { 0 };

  walk (node, p_count_enter, NULL, &pc);
  return pc.p_bytes >= 200;
}

static gboolean
is_junk (Clean   *clean,
         xmlNode *node)
{
  const char *role;

  if (NAME_IN (node->name, junk_elements))
    {
      /* The article's own header holds its headline and dateline. */
      if (is_element (node, "header") && clean->article_depth > 0)
        return FALSE;
      if (is_element (node, "form") && wraps_article (node))
        return FALSE;
      return TRUE;
    }

  if (is_article_root (node))
    return FALSE;

  role = attr (node, "role");
  for (guint i = 0; role != NULL && i < G_N_ELEMENTS (junk_roles); i++)
    if (has_word (role, junk_roles[i]))
      return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (named_attributes); i++)
    if (names_junk (attr (node, named_attributes[i]), clean->layout_rules))
      return TRUE;
  return FALSE;
}

static void
read_element_meta (Clean   *clean,
                   xmlNode *node)
{
  Meta *m = clean->meta;

  if (is_element (node, "html"))
    take_first (&m->html_lang, attr (node, "lang"));
  else if (is_element (node, "meta"))
    read_meta (m, node);
  else if (is_element (node, "link") && has_word (attr (node, "rel"), "canonical"))
    take_first (&m->canonical, attr (node, "href"));
  else if (is_element (node, "title") && m->title == NULL &&
           (clean->dropping == NULL || is_element (clean->dropping, "head")))
    {
      /* Only the document's title: an <svg> has titles of its own. */
      g_autofree char *text = node_text (node, NULL);
      take_first (&m->title, text);
    }
  else if (is_element (node, "script"))
    {
      const char *type = attr (node, "type");

      if (type != NULL && g_ascii_strncasecmp (type, "application/ld+json", 19) == 0)
        {
          xmlChar *json = xmlNodeGetContent (node);

          read_json_ld (m, (const char *)json);
          xmlFree (json);
        }
    }
  else if (is_element (node, "time") && clean->article_depth > 0)
    take_first (&m->time_in_article, attr (node, "datetime"));
}

/* Dropped elements are still walked, for metadata only: the <head>, a
 * byline holding the <time>, JSON-LD in the page's footer.
 */
static gboolean
clean_enter (xmlNode  *node,
             gpointer  user_data)
{
  Clean *clean = user_data;

  if (node->type == XML_ELEMENT_NODE)
    read_element_meta (clean, node);
  if (clean->dropping != NULL)
    return node->type == XML_ELEMENT_NODE;

  if (node->type == XML_COMMENT_NODE || node->type == XML_PI_NODE ||
      node->type == XML_DTD_NODE)
    {
      g_ptr_array_add (clean->drop, node);
      return FALSE;
    }
  if (node->type != XML_ELEMENT_NODE)
    return FALSE;

  if (is_junk (clean, node))
    {
      g_ptr_array_add (clean->drop, node);
      clean->dropping = node;
      return TRUE;
    }

  if (is_content_candidate (node))
    clean->article_depth++;
  return TRUE;
}

static void
clean_leave (xmlNode  *node,
             gpointer  user_data)
{
  Clean *clean = user_data;

  if (clean->dropping != NULL)
    {
      if (clean->dropping == node)
        clean->dropping = NULL;
      return;
    }
  if (node->type == XML_ELEMENT_NODE && is_content_candidate (node) &&
      clean->article_depth > 0)
    clean->article_depth--;
}

/* Pass 2: choosing the content */

typedef struct
{
  xmlNode *node;
  gsize    p_bytes;
} Candidate;

typedef struct
{
  GHashTable *scores;      /* xmlNode* → double*, the density score */
  GPtrArray  *scored;      /* the keys of @scores in document order */
  GArray     *stack;       /* of Candidate: open article-like elements */
  GArray     *candidates;  /* of Candidate: closed ones */
  gsize       total;       /* paragraph text in the whole page */
} Score;

static void
add_score (Score   *score,
           xmlNode *node,
           double   value)
{
  double *slot;

  if (node == NULL || node->type != XML_ELEMENT_NODE)
    return;
  if (!(slot = g_hash_table_lookup (score->scores, node)))
    {
      slot = g_new0 (double, 1);
      g_hash_table_insert (score->scores, node, slot);
      g_ptr_array_add (score->scored, node);
    }
  *slot += value;
}

static gboolean
score_enter (xmlNode  *node,
             gpointer  user_data)
{
  Score *score = user_data;

  if (node->type != XML_ELEMENT_NODE)
    return FALSE;

  if (is_element (node, "p"))
    {
      gsize links = 0;
      g_autofree char *text = node_text (node, &links);
      gsize len = strlen (text);
      double value;

      if (len == 0)
        return FALSE;

      /* Text that is mostly links is a teaser list, not reporting. */
      value = len * (1.0 - (double)links / len);
      add_score (score, node->parent, value);
      if (node->parent != NULL)
        add_score (score, node->parent->parent, value / 2);

      score->total += len;
      if (score->stack->len > 0)
        g_array_index (score->stack, Candidate, score->stack->len - 1).p_bytes += len;
      return FALSE;
    }

  if (is_content_candidate (node))
    {
      Candidate c = { node, 0 };
      g_array_append_val (score->stack, c);
    }
  return TRUE;
}

static void
score_leave (xmlNode  *node,
             gpointer  user_data)
{
  Score *score = user_data;
  Candidate c;

  if (score->stack->len == 0 ||
      g_array_index (score->stack, Candidate, score->stack->len - 1).node != node)
    return;

  c = g_array_index (score->stack, Candidate, score->stack->len - 1);
  g_array_set_size (score->stack, score->stack->len - 1);
  g_array_append_val (score->candidates, c);
  if (score->stack->len > 0)
    g_array_index (score->stack, Candidate, score->stack->len - 1).p_bytes += c.p_bytes;
}

static gboolean
holds_enough (const Candidate *c,
              gsize            total)
{
  return c->p_bytes > 0 &&
         (c->p_bytes >= ARTICLE_MIN_TEXT || c->p_bytes >= ARTICLE_MIN_SHARE * total);
}

/* The best candidate of one kind: @rank 0 is <article>, 1 articleBody,
 * 2 <main> or role=main.
 */
static xmlNode *
best_candidate (Score *score,
                guint  rank)
{
  const Candidate *best = NULL;

  for (guint i = 0; i < score->candidates->len; i++)
    {
      const Candidate *c = &g_array_index (score->candidates, Candidate, i);
      gboolean fits;

      if (rank == 0)
        fits = is_article (c->node);
      else if (rank == 1)
        fits = has_word (attr (c->node, "itemprop"), "articleBody");
      else
        fits = is_element (c->node, "main") || has_word (attr (c->node, "role"), "main");

      if (fits && holds_enough (c, score->total) &&
          (best == NULL || c->p_bytes > best->p_bytes))
        best = c;
    }
  return best ? best->node : NULL;
}

static const Candidate *
find_candidate (Score   *score,
                xmlNode *node)
{
  for (guint i = 0; i < score->candidates->len; i++)
    if (g_array_index (score->candidates, Candidate, i).node == node)
      return &g_array_index (score->candidates, Candidate, i);
  return NULL;
}

/* An articleBody often leaves the headline and the standfirst outside, in
 * the <article> or <main> around it; that wrapper is taken instead when it
 * adds only a little paragraph text, not a second story.
 */
static xmlNode *
widen_candidate (Score   *score,
                 xmlNode *chosen)
{
  const Candidate *inner = find_candidate (score, chosen);

  for (xmlNode *up = chosen->parent; inner != NULL && up != NULL; up = up->parent)
    {
      const Candidate *outer;

      if (up->type != XML_ELEMENT_NODE || !(outer = find_candidate (score, up)))
        continue;
      if (outer->p_bytes * 4 > inner->p_bytes * 5)
        break;
      chosen = up;
      inner = outer;
    }
  return chosen;
}

static gboolean
encloses (xmlNode *outer,
          xmlNode *inner)
{
  for (xmlNode *up = inner->parent; up != NULL; up = up->parent)
    if (up == outer)
      return TRUE;
  return FALSE;
}

static xmlNode *
choose_content (xmlNode *body)
{
  g_autoptr(GHashTable) scores = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (Candidate));
  g_autoptr(GPtrArray) scored = g_ptr_array_new ();
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  Score score = { scores, scored, stack, candidates, 0 };
  xmlNode *best = NULL;
  double best_score = 0;

  walk (body, score_enter, score_leave, &score);

  for (guint rank = 0; rank < 3; rank++)
    if ((best = best_candidate (&score, rank)))
      return widen_candidate (&score, best);

  /* On a tie the node that encloses the other wins, as it holds both. */
  for (guint i = 0; i < scored->len; i++)
    {
      xmlNode *node = g_ptr_array_index (scored, i);
      double s = *(double *)g_hash_table_lookup (scores, node);

      if (s > best_score || (s == best_score && best != NULL && encloses (node, best)))
        {
          best_score = s;
          best = node;
        }
    }

  return best ? best : body;
}

/* Pass 3: emitting paragraphs */

typedef struct
{
  PxHtmlText *out;
  Collapser   c;
  guint       link_depth;
  guint       heading_depth;
  guint       h1_depth;
  guint       caption_depth;
  guint       block_depth;
  gboolean    para_loose;
  gboolean    para_heading;
  gboolean    para_h1;
  gboolean    para_caption;
  gboolean    para_li;
  gboolean    para_started;
  char       *first_h1;
} Emit;

static gboolean
ends_sentence (const GString *s)
{
  const char *end = s->str + s->len;
  const char *last = g_utf8_find_prev_char (s->str, end);

  /* Closing quotes and brackets may follow the stop. */
  while (last != NULL)
    {
      gunichar ch = g_utf8_get_char (last);

      if (ch == '.' || ch == '!' || ch == '?' || ch == ':' || ch == 0x2026)
        return TRUE;
      if (ch != '"' && ch != ')' && ch != 0x201C && ch != 0x201D && ch != 0x00BB &&
          ch != 0x00AB && ch != 0x2019 && ch != 0x2018)
        return FALSE;
      last = g_utf8_find_prev_char (s->str, last);
    }
  return FALSE;
}

/* Cuts the photo credit off a caption: "Rauch über dem Hafen. Foto: dpa".
 * A credit opens with one of these words at the start or after a space.
 */
static void
strip_credit (GString *caption)
{
  static const char *markers[] = {
    "Foto:", "Fotos:", "Bild:", "Grafik:", "Quelle:", "Photo:", "Photos:", "Photograph:",
    "Image:", "Picture:", "Illustration:", "Credit:", "\xc2\xa9",
  };
  gsize cut = caption->len;

  for (guint i = 0; i < G_N_ELEMENTS (markers); i++)
    {
      const char *hit = caption->str;

      while ((hit = strstr (hit, markers[i])) != NULL)
        {
          if (hit == caption->str || hit[-1] == ' ')
            {
              cut = MIN (cut, (gsize)(hit - caption->str));
              break;
            }
          hit++;
        }
    }

  while (cut > 0 && caption->str[cut - 1] == ' ')
    cut--;
  g_string_truncate (caption, cut);
}

static void
emit_flush (Emit *e)
{
  GString *buf = e->c.buffer;
  PxHtmlText *out = e->out;
  gboolean keep;

  if (e->para_caption && buf->len > 0)
    strip_credit (buf);
  keep = buf->len > 0;

  /* List items that are mostly links are "read more" lists; other blocks
   * must be almost nothing but a link to count as navigation.
   */
  if (keep && e->c.link_bytes * 2 >= buf->len && e->para_li)
    keep = FALSE;
  if (keep && e->c.link_bytes * 10 >= buf->len * 9)
    keep = FALSE;
  /* Stray text outside any block ("Foto: dpa", "Anzeige") is kept only when
   * it reads as a sentence.
   */
  if (keep && e->para_loose && !ends_sentence (buf))
    keep = FALSE;

  if (keep)
    {
      PxParagraph para;

      if (out->text->len > 0)
        g_string_append (out->text, "\n\n");
      para.start = out->text->len;
      g_string_append_len (out->text, buf->str, buf->len);
      para.end = out->text->len;
      if (e->para_heading)
        para.kind = PX_SENTENCE_HEADING;
      else if (e->para_caption)
        para.kind = PX_SENTENCE_CAPTION;
      else
        para.kind = PX_SENTENCE_BODY;
      g_array_append_val (out->paragraphs, para);

      if (e->para_h1 && e->first_h1 == NULL)
        e->first_h1 = g_strndup (buf->str, buf->len);
    }

  g_string_truncate (buf, 0);
  e->c.pending_space = FALSE;
  e->c.soft_space = FALSE;
  e->c.link_bytes = 0;
  e->para_started = FALSE;
}

static gboolean
emit_enter (xmlNode  *node,
            gpointer  user_data)
{
  Emit *e = user_data;

  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      gsize before = e->c.buffer->len;

      if (node->content == NULL)
        return FALSE;
      collapser_append (&e->c, (const char *)node->content, e->link_depth > 0);
      if (!e->para_started && e->c.buffer->len > before)
        {
          e->para_started = TRUE;
          e->para_loose = e->block_depth == 0;
          e->para_heading = e->heading_depth > 0;
          e->para_h1 = e->h1_depth > 0;
          e->para_caption = e->caption_depth > 0;
          e->para_li = FALSE;
          for (xmlNode *p = node->parent; p != NULL && p->type == XML_ELEMENT_NODE; p = p->parent)
            {
              if (NAME_IN (p->name, block_elements))
                {
                  e->para_li = is_element (p, "li");
                  break;
                }
            }
        }
      return FALSE;
    }
  if (node->type != XML_ELEMENT_NODE)
    return FALSE;

  if (is_element (node, "br"))
    {
      e->c.pending_space = TRUE;
      return FALSE;
    }
  if (is_element (node, "a"))
    e->link_depth++;
  if (NAME_IN (node->name, inline_elements))
    {
      /* Headings set a kicker and the headline in sibling spans that CSS
       * puts on lines of their own: "Hafenbrand" + "Großfeuer im Hafen".
       */
      if (e->heading_depth > 0 && node->prev != NULL &&
          node->prev->type == XML_ELEMENT_NODE && !e->c.pending_space)
        {
          e->c.pending_space = TRUE;
          e->c.soft_space = TRUE;
        }
      return TRUE;
    }

  emit_flush (e);
  if (NAME_IN (node->name, block_elements))
    e->block_depth++;
  if (is_heading (node))
    e->heading_depth++;
  if (is_element (node, "h1"))
    e->h1_depth++;
  if (is_element (node, "figcaption"))
    e->caption_depth++;
  return TRUE;
}

static void
emit_leave (xmlNode  *node,
            gpointer  user_data)
{
  Emit *e = user_data;

  if (node->type != XML_ELEMENT_NODE || is_element (node, "br"))
    return;
  if (is_element (node, "a") && e->link_depth > 0)
    e->link_depth--;
  if (NAME_IN (node->name, inline_elements))
    return;

  emit_flush (e);
  if (NAME_IN (node->name, block_elements) && e->block_depth > 0)
    e->block_depth--;
  if (is_heading (node) && e->heading_depth > 0)
    e->heading_depth--;
  if (is_element (node, "h1") && e->h1_depth > 0)
    e->h1_depth--;
  if (is_element (node, "figcaption") && e->caption_depth > 0)
    e->caption_depth--;
}

/* Finds the first <h1> left in the cleaned page. */
typedef struct
{
  xmlNode *found;
} FindH1;

static gboolean
find_h1_enter (xmlNode  *node,
               gpointer  user_data)
{
  FindH1 *f = user_data;

  if (f->found != NULL || node->type != XML_ELEMENT_NODE)
    return FALSE;
  if (is_element (node, "h1"))
    {
      f->found = node;
      return FALSE;
    }
  return TRUE;
}

/* Metadata assembly */

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

static void
assemble_meta (PxHtmlText *out,
               Meta       *m,
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

static xmlNode *
find_body (xmlNode *root)
{
  for (xmlNode *child = root->children; child != NULL; child = child->next)
    if (is_element (child, "body"))
      return child;
  return root;
}

/* One attempt at the whole extraction on a fresh tree; @layout_rules says
 * whether layout words in class and id names remove elements.
 */
static gboolean
extract (const char  *data,
         gsize        length,
         gboolean     layout_rules,
         PxHtmlText  *out,
         gboolean    *too_deep)
{
  htmlParserCtxtPtr ctxt;
  htmlDocPtr doc;
  xmlNode *root;
  xmlNode *content;
  g_autoptr(GPtrArray) drop = g_ptr_array_new ();
  Meta meta = { 0 };
  Clean clean = { &meta, drop, NULL, 0, layout_rules };
  Emit emit = { 0 };

  if (!(ctxt = htmlNewParserCtxt ()))
    return FALSE;

  /* No HTML_PARSE_HUGE: its depth limit is what keeps hostile nesting
   * cheap. The loader has decoded to UTF-8 already, so a <meta charset>
   * must not switch the decoder.
   */
  doc = htmlCtxtReadMemory (ctxt, data, (int)length, NULL, "UTF-8",
                            HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                            HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER |
                            HTML_PARSE_NOBLANKS);
  *too_deep = ctxt->lastError.code == XML_ERR_INTERNAL_ERROR &&
              ctxt->lastError.message != NULL &&
              strstr (ctxt->lastError.message, "depth") != NULL;
  htmlFreeParserCtxt (ctxt);

  if (doc == NULL || (root = xmlDocGetRootElement (doc)) == NULL)
    {
      if (doc != NULL)
        xmlFreeDoc (doc);
      return FALSE;
    }

  walk (root, clean_enter, clean_leave, &clean);
  for (guint i = 0; i < drop->len; i++)
    {
      xmlNode *node = g_ptr_array_index (drop, i);

      xmlUnlinkNode (node);
      xmlFreeNode (node);
    }

  content = choose_content (find_body (root));

  emit.out = out;
  emit.c.buffer = g_string_new (NULL);
  walk (content, emit_enter, emit_leave, &emit);
  emit_flush (&emit);
  g_string_free (emit.c.buffer, TRUE);

  if (emit.first_h1 == NULL)
    {
      FindH1 f = { NULL };

      walk (root, find_h1_enter, NULL, &f);
      if (f.found != NULL)
        emit.first_h1 = node_text (f.found, NULL);
    }

  assemble_meta (out, &meta, emit.first_h1);

  g_free (emit.first_h1);
  meta_clear (&meta);
  xmlFreeDoc (doc);

  return out->paragraphs->len > 0;
}

static void
init_libxml (void)
{
  static gsize initialized = 0;

  /* libxml2 2.9 sets up its globals lazily and not thread-safely; the
   * loader runs in worker threads.
   */
  if (g_once_init_enter (&initialized))
    {
      xmlInitParser ();
      g_once_init_leave (&initialized, 1);
    }
}

gboolean
_px_html_text_extract (const char  *data,
                       gsize        length,
                       PxHtmlText  *out,
                       GError     **error)
{
  gboolean too_deep = FALSE;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  if (length > G_MAXINT)
    {
      g_set_error (error, PX_ERROR, PX_ERROR_TOO_LARGE, _("The page is too large to read"));
      return FALSE;
    }

  init_libxml ();

  out->text = g_string_new (NULL);
  out->paragraphs = g_array_new (FALSE, FALSE, sizeof (PxParagraph));

  if (length > 0 && extract (data, length, TRUE, out, &too_deep))
    return TRUE;

  /* A layout word can misfire on a wrapper ("page--sidebar-left"); before
   * giving up, look again without those rules.
   */
  _px_html_text_clear (out);
  out->text = g_string_new (NULL);
  out->paragraphs = g_array_new (FALSE, FALSE, sizeof (PxParagraph));
  if (length > 0 && extract (data, length, FALSE, out, &too_deep))
    return TRUE;

  if (too_deep)
    g_set_error (error, PX_ERROR, PX_ERROR_PARSE,
                 _("The page is nested too deeply to read"));
  else
    g_set_error (error, PX_ERROR, PX_ERROR_EMPTY, _("The page contains no article text"));
  return FALSE;
}

void
_px_html_text_clear (PxHtmlText *out)
{
  g_clear_pointer (&out->title, g_free);
  g_clear_pointer (&out->outlet, g_free);
  g_clear_pointer (&out->date, g_free);
  g_clear_pointer (&out->url, g_free);
  g_clear_pointer (&out->language, g_free);
  if (out->text != NULL)
    g_string_free (g_steal_pointer (&out->text), TRUE);
  g_clear_pointer (&out->paragraphs, g_array_unref);
}
