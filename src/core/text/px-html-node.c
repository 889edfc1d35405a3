/* px-html-node.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-html-text"

#include "config.h"

#include <string.h>
#include <libxml/tree.h>

#include "px-html-tree-private.h"

/* What the three passes of px-html-text.c share: element names, attributes,
 * a walk without recursion, and text with its whitespace collapsed.
 */

/* Elements that flow inside a paragraph; every other element ends one. */
static const char *inline_elements[] = {
  "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "br", "cite", "code", "data",
  "del", "dfn", "em", "font", "i", "img", "ins", "kbd", "label", "mark", "nobr", "q",
  "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u",
  "var", "wbr",
};

gboolean
_px_html_name_in (const xmlChar  *name,
                  const char    **list,
                  guint           n)
{
  for (guint i = 0; i < n; i++)
    if (g_ascii_strcasecmp ((const char *)name, list[i]) == 0)
      return TRUE;
  return FALSE;
}

gboolean
_px_html_is_inline (xmlNode *node)
{
  return _px_html_name_in (node->name, inline_elements, G_N_ELEMENTS (inline_elements));
}

gboolean
_px_html_is_element (xmlNode    *node,
                     const char *name)
{
  return node->type == XML_ELEMENT_NODE &&
         g_ascii_strcasecmp ((const char *)node->name, name) == 0;
}

gboolean
_px_html_is_heading (xmlNode *node)
{
  const char *name = (const char *)node->name;

  return node->type == XML_ELEMENT_NODE &&
         (name[0] == 'h' || name[0] == 'H') && name[1] >= '1' && name[1] <= '6' &&
         name[2] == '\0';
}

/* An attribute's value without copying it; "" for a bare attribute such as
 * <div hidden>, NULL when it is absent.
 */
const char *
_px_html_attr (xmlNode    *node,
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
gboolean
_px_html_has_word (const char *value,
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

/* Pre-order walk of @root's subtree without recursion: @enter returns
 * whether to descend, @leave runs once a node and its children are done.
 */
void
_px_html_walk (xmlNode         *root,
               PxHtmlEnterFunc  enter,
               PxHtmlLeaveFunc  leave,
               gpointer         user_data)
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

void
_px_html_collapser_append (PxHtmlCollapser *c,
                           const char      *s,
                           gboolean         in_link)
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
  PxHtmlCollapser c;
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
        _px_html_collapser_append (&tw->c, (const char *)node->content, tw->link_depth > 0);
      return FALSE;
    }
  if (node->type != XML_ELEMENT_NODE)
    return FALSE;
  if (_px_html_is_element (node, "br"))
    tw->c.pending_space = TRUE;
  else if (_px_html_is_element (node, "a"))
    tw->link_depth++;
  else if (!PX_HTML_NAME_IN (node->name, inline_elements))
    tw->c.pending_space = TRUE;
  return TRUE;
}

static void
text_walk_leave (xmlNode  *node,
                 gpointer  user_data)
{
  TextWalk *tw = user_data;

  if (_px_html_is_element (node, "a") && tw->link_depth > 0)
    tw->link_depth--;
}

/* The collapsed text of @node's subtree; @link_bytes gets how much of it
 * sits inside links.
 */
char *
_px_html_node_text (xmlNode *node,
                    gsize   *link_bytes)
{
  TextWalk tw = { { g_string_new (NULL), FALSE, FALSE, 0 }, 0 };

  _px_html_walk (node, text_walk_enter, text_walk_leave, &tw);
  if (link_bytes != NULL)
    *link_bytes = tw.c.link_bytes;
  return g_string_free (tw.c.buffer, FALSE);
}
