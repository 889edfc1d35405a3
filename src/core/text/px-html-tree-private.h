/* px-html-tree-private.h — what the HTML importer's files share: the
 * libxml2 tree helpers (px-html-node.c) and the page's metadata
 * (px-html-meta.c)
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

/* JSON-LD nested deeper than this is not metadata but an attack on
 * json-glib's recursive parser.
 */
#define PX_HTML_JSON_MAX_DEPTH 64

/* The importer's result (px-html-text-private.h), named here without its
 * header so that the importer's parts and the importer do not include
 * each other.
 */
struct _PxHtmlText;

#define PX_HTML_NAME_IN(name, list) _px_html_name_in ((name), (list), G_N_ELEMENTS (list))

typedef gboolean (*PxHtmlEnterFunc) (xmlNode  *node,
                                     gpointer  user_data);
typedef void     (*PxHtmlLeaveFunc) (xmlNode  *node,
                                     gpointer  user_data);

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
} PxHtmlCollapser;

/* Every claim a page makes about itself; _px_html_meta_assemble() picks. */
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
} PxHtmlMeta;

gboolean    _px_html_name_in          (const xmlChar    *name,
                                       const char      **list,
                                       guint             n);
gboolean    _px_html_is_inline        (xmlNode          *node);
gboolean    _px_html_is_element       (xmlNode          *node,
                                       const char       *name);
gboolean    _px_html_is_heading       (xmlNode          *node);
const char *_px_html_attr             (xmlNode          *node,
                                       const char       *name);
gboolean    _px_html_has_word         (const char       *value,
                                       const char       *word);
void        _px_html_walk             (xmlNode          *root,
                                       PxHtmlEnterFunc   enter,
                                       PxHtmlLeaveFunc   leave,
                                       gpointer          user_data);
void        _px_html_collapser_append (PxHtmlCollapser  *c,
                                       const char       *s,
                                       gboolean          in_link);
char       *_px_html_node_text        (xmlNode          *node,
                                       gsize            *link_bytes);

void        _px_html_meta_clear       (PxHtmlMeta       *m);
void        _px_html_take_first       (char            **slot,
                                       const char       *value);
void        _px_html_meta_read        (PxHtmlMeta       *m,
                                       xmlNode          *node);
void        _px_html_meta_read_json_ld (PxHtmlMeta     *m,
                                        const char     *json);
void        _px_html_meta_assemble    (struct _PxHtmlText *out,
                                       PxHtmlMeta         *m,
                                       const char         *first_h1);

G_END_DECLS
