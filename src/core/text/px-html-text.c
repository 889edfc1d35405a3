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
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "px-error.h"
#include "px-html-text-private.h"
#include "px-html-tree-private.h"

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

/* Elements whose text is a paragraph even without a closing full stop.
 * Table cells are not among them: layout tables hold sentences, data tables
 * hold fragments.
 */
static const char *block_elements[] = {
  "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "pre",
};

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
        if (PX_HTML_NAME_IN ((const xmlChar *)token, modifier_tokens))
          after_modifier = TRUE;
        else if (!after_modifier &&
                 (PX_HTML_NAME_IN ((const xmlChar *)token, junk_tokens) ||
                  (layout && PX_HTML_NAME_IN ((const xmlChar *)token, layout_tokens))))
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
  return _px_html_is_element (node, "html") || _px_html_is_element (node, "body") ||
         _px_html_is_element (node, "main") ||
         _px_html_has_word (_px_html_attr (node, "role"), "main") ||
         _px_html_has_word (_px_html_attr (node, "itemprop"), "articleBody");
}

/* <article>, or an element typed as a schema.org article with microdata. */
static gboolean
is_article (xmlNode *node)
{
  const char *type;

  if (_px_html_is_element (node, "article"))
    return TRUE;
  type = _px_html_attr (node, "itemtype");
  return type != NULL && _px_html_attr (node, "itemscope") != NULL &&
         (g_str_has_suffix (type, "Article") || g_str_has_suffix (type, "Article/") ||
          g_str_has_suffix (type, "BlogPosting"));
}

static gboolean
is_content_candidate (xmlNode *node)
{
  return is_article (node) || _px_html_is_element (node, "main") ||
         _px_html_has_word (_px_html_attr (node, "role"), "main") ||
         _px_html_has_word (_px_html_attr (node, "itemprop"), "articleBody");
}

/* Pass 1: metadata and cleaning */

typedef struct
{
  PxHtmlMeta *meta;
  GPtrArray  *drop;
  xmlNode    *dropping;     /* the dropped element being read for metadata */
  guint       article_depth;
  gboolean    layout_rules;
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

  if (_px_html_is_element (node, "p"))
    {
      g_autofree char *text = _px_html_node_text (node, NULL);

      pc->p_bytes += strlen (text);
      return FALSE;
    }
  return node->type == XML_ELEMENT_NODE;
}

static gboolean
wraps_article (xmlNode *node)
{
  PCount pc = { 0 };

  _px_html_walk (node, p_count_enter, NULL, &pc);
  return pc.p_bytes >= 200;
}

static gboolean
is_junk (Clean   *clean,
         xmlNode *node)
{
  const char *role;

  if (PX_HTML_NAME_IN (node->name, junk_elements))
    {
      /* The article's own header holds its headline and dateline. */
      if (_px_html_is_element (node, "header") && clean->article_depth > 0)
        return FALSE;
      if (_px_html_is_element (node, "form") && wraps_article (node))
        return FALSE;
      return TRUE;
    }

  if (is_article_root (node))
    return FALSE;

  role = _px_html_attr (node, "role");
  for (guint i = 0; role != NULL && i < G_N_ELEMENTS (junk_roles); i++)
    if (_px_html_has_word (role, junk_roles[i]))
      return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (named_attributes); i++)
    if (names_junk (_px_html_attr (node, named_attributes[i]), clean->layout_rules))
      return TRUE;
  return FALSE;
}

static void
read_element_meta (Clean   *clean,
                   xmlNode *node)
{
  PxHtmlMeta *m = clean->meta;

  if (_px_html_is_element (node, "html"))
    _px_html_take_first (&m->html_lang, _px_html_attr (node, "lang"));
  else if (_px_html_is_element (node, "meta"))
    _px_html_meta_read (m, node);
  else if (_px_html_is_element (node, "link") &&
           _px_html_has_word (_px_html_attr (node, "rel"), "canonical"))
    _px_html_take_first (&m->canonical, _px_html_attr (node, "href"));
  else if (_px_html_is_element (node, "title") && m->title == NULL &&
           (clean->dropping == NULL || _px_html_is_element (clean->dropping, "head")))
    {
      /* Only the document's title: an <svg> has titles of its own. */
      g_autofree char *text = _px_html_node_text (node, NULL);
      _px_html_take_first (&m->title, text);
    }
  else if (_px_html_is_element (node, "script"))
    {
      const char *type = _px_html_attr (node, "type");

      if (type != NULL && g_ascii_strncasecmp (type, "application/ld+json", 19) == 0)
        {
          xmlChar *json = xmlNodeGetContent (node);

          _px_html_meta_read_json_ld (m, (const char *)json);
          xmlFree (json);
        }
    }
  else if (_px_html_is_element (node, "time") && clean->article_depth > 0)
    _px_html_take_first (&m->time_in_article, _px_html_attr (node, "datetime"));
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

  if (_px_html_is_element (node, "p"))
    {
      gsize links = 0;
      g_autofree char *text = _px_html_node_text (node, &links);
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
        fits = _px_html_has_word (_px_html_attr (c->node, "itemprop"), "articleBody");
      else
        fits = _px_html_is_element (c->node, "main") ||
               _px_html_has_word (_px_html_attr (c->node, "role"), "main");

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

  _px_html_walk (body, score_enter, score_leave, &score);

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
  PxHtmlText      *out;
  PxHtmlCollapser  c;
  guint            link_depth;
  guint            heading_depth;
  guint            h1_depth;
  guint            caption_depth;
  guint            block_depth;
  gboolean         para_loose;
  gboolean         para_heading;
  gboolean         para_h1;
  gboolean         para_caption;
  gboolean         para_li;
  gboolean         para_started;
  char            *first_h1;
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
      _px_html_collapser_append (&e->c, (const char *)node->content, e->link_depth > 0);
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
              if (PX_HTML_NAME_IN (p->name, block_elements))
                {
                  e->para_li = _px_html_is_element (p, "li");
                  break;
                }
            }
        }
      return FALSE;
    }
  if (node->type != XML_ELEMENT_NODE)
    return FALSE;

  if (_px_html_is_element (node, "br"))
    {
      e->c.pending_space = TRUE;
      return FALSE;
    }
  if (_px_html_is_element (node, "a"))
    e->link_depth++;
  if (_px_html_is_inline (node))
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
  if (PX_HTML_NAME_IN (node->name, block_elements))
    e->block_depth++;
  if (_px_html_is_heading (node))
    e->heading_depth++;
  if (_px_html_is_element (node, "h1"))
    e->h1_depth++;
  if (_px_html_is_element (node, "figcaption"))
    e->caption_depth++;
  return TRUE;
}

static void
emit_leave (xmlNode  *node,
            gpointer  user_data)
{
  Emit *e = user_data;

  if (node->type != XML_ELEMENT_NODE || _px_html_is_element (node, "br"))
    return;
  if (_px_html_is_element (node, "a") && e->link_depth > 0)
    e->link_depth--;
  if (_px_html_is_inline (node))
    return;

  emit_flush (e);
  if (PX_HTML_NAME_IN (node->name, block_elements) && e->block_depth > 0)
    e->block_depth--;
  if (_px_html_is_heading (node) && e->heading_depth > 0)
    e->heading_depth--;
  if (_px_html_is_element (node, "h1") && e->h1_depth > 0)
    e->h1_depth--;
  if (_px_html_is_element (node, "figcaption") && e->caption_depth > 0)
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
  if (_px_html_is_element (node, "h1"))
    {
      f->found = node;
      return FALSE;
    }
  return TRUE;
}

static xmlNode *
find_body (xmlNode *root)
{
  for (xmlNode *child = root->children; child != NULL; child = child->next)
    if (_px_html_is_element (child, "body"))
      return child;
  return root;
}

/* One attempt at the whole extraction on a fresh tree; @layout_rules says
 * whether layout words in class and id names remove elements.
 */
static gboolean
extract (const char *data,
         gsize       length,
         gboolean    layout_rules,
         PxHtmlText *out,
         gboolean   *too_deep)
{
  htmlParserCtxtPtr ctxt;
  htmlDocPtr doc;
  xmlNode *root;
  xmlNode *content;
  g_autoptr(GPtrArray) drop = g_ptr_array_new ();
  PxHtmlMeta meta = { 0 };
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

  _px_html_walk (root, clean_enter, clean_leave, &clean);
  for (guint i = 0; i < drop->len; i++)
    {
      xmlNode *node = g_ptr_array_index (drop, i);

      xmlUnlinkNode (node);
      xmlFreeNode (node);
    }

  content = choose_content (find_body (root));

  emit.out = out;
  emit.c.buffer = g_string_new (NULL);
  _px_html_walk (content, emit_enter, emit_leave, &emit);
  emit_flush (&emit);
  g_string_free (emit.c.buffer, TRUE);

  if (emit.first_h1 == NULL)
    {
      FindH1 f = { NULL };

      _px_html_walk (root, find_h1_enter, NULL, &f);
      if (f.found != NULL)
        emit.first_h1 = _px_html_node_text (f.found, NULL);
    }

  _px_html_meta_assemble (out, &meta, emit.first_h1);

  g_free (emit.first_h1);
  _px_html_meta_clear (&meta);
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
