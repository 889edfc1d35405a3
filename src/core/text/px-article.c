/* px-article.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-article"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "px-article-private.h"

enum {
  PROP_0,
  PROP_ID,
  PROP_PATH,
  PROP_TITLE,
  PROP_OUTLET,
  PROP_DATE,
  PROP_URL,
  PROP_LANGUAGE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (PxArticle, px_article, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
px_article_finalize (GObject *object)
{
  PxArticle *self = (PxArticle *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->outlet, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->place, g_free);
  g_clear_pointer (&self->agency, g_free);
  g_clear_pointer (&self->byline, g_free);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);
  g_clear_pointer (&self->paragraphs, g_array_unref);
  g_clear_pointer (&self->sentences, g_array_unref);

  G_OBJECT_CLASS (px_article_parent_class)->finalize (object);
}

static void
px_article_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PxArticle *self = PX_ARTICLE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_OUTLET:
      g_value_set_string (value, self->outlet);
      break;

    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_URL:
      g_value_set_string (value, self->url);
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_article_class_init (PxArticleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = px_article_finalize;
  object_class->get_property = px_article_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_OUTLET] =
    g_param_spec_string ("outlet", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
px_article_init (PxArticle *self)
{
  self->warnings = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  self->paragraphs = g_array_new (FALSE, FALSE, sizeof (PxParagraph));
  self->sentences = g_array_new (FALSE, FALSE, sizeof (PxSentence));
}

PxArticle *
_px_article_new (const char *id,
                 const char *path,
                 char       *text,
                 gsize       text_length)
{
  PxArticle *self = g_object_new (PX_TYPE_ARTICLE, NULL);

  self->id = g_strdup (id);
  self->path = g_strdup (path);
  self->text = text;
  self->text_length = text_length;

  return self;
}

void
_px_article_set_id (PxArticle  *self,
                    const char *id)
{
  g_return_if_fail (PX_IS_ARTICLE (self));

  g_free (self->id);
  self->id = g_strdup (id);
}

void
_px_article_add_warning (PxArticle  *self,
                         const char *warning)
{
  g_return_if_fail (PX_IS_ARTICLE (self));

  g_ptr_array_add (self->warnings, g_strdup (warning));
}

/**
 * px_article_get_id:
 * @self: a #PxArticle
 *
 * Returns: the file's base name, made unique within its set
 */
const char *
px_article_get_id (PxArticle *self)
{
  g_return_val_if_fail (PX_IS_ARTICLE (self), NULL);
  return self->id;
}

const char *
px_article_get_path (PxArticle *self)
{
  g_return_val_if_fail (PX_IS_ARTICLE (self), NULL);
  return self->path;
}

/**
 * px_article_get_title:
 * @self: a #PxArticle
 *
 * Returns: the headline: from front matter or metadata, else the first line
 *   or the file name; never %NULL
 */
const char *
px_article_get_title (PxArticle *self)
{
  g_return_val_if_fail (PX_IS_ARTICLE (self), NULL);
  return self->title != NULL ? self->title : self->id;
}

/**
 * px_article_get_outlet:
 * @self: a #PxArticle
 *
 * Returns: the outlet's name, never %NULL; falls back to a name derived
 *   from the URL or the file name
 */
const char *
px_article_get_outlet (PxArticle *self)
{
  g_return_val_if_fail (PX_IS_ARTICLE (self), NULL);
  return self->outlet != NULL ? self->outlet : self->id;
}

const char *
px_article_get_date (PxArticle *self)
{
  g_return_val_if_fail (PX_IS_ARTICLE (self), NULL);
  return self->date;
}

const char *
px_article_get_url (PxArticle *self)
{
  g_return_val_if_fail (PX_IS_ARTICLE (self), NULL);
  return self->url;
}

/**
 * px_article_get_language:
 * @self: a #PxArticle
 *
 * Returns: a two-letter code such as "de" or "en"
 */
const char *
px_article_get_language (PxArticle *self)
{
  g_return_val_if_fail (PX_IS_ARTICLE (self), NULL);
  return self->language != NULL ? self->language : "de";
}

/**
 * px_article_get_text:
 * @self: a #PxArticle
 *
 * Returns: the article text as loaded (UTF-8, front matter removed); all
 *   byte offsets refer to it
 */
const char *
px_article_get_text (PxArticle *self)
{
  g_return_val_if_fail (PX_IS_ARTICLE (self), NULL);
  return self->text;
}

gsize
px_article_get_text_length (PxArticle *self)
{
  g_return_val_if_fail (PX_IS_ARTICLE (self), 0);
  return self->text_length;
}

/**
 * px_article_get_place:
 * @self: a #PxArticle
 *
 * Returns: (nullable): the place named in the dateline, if any
 */
const char *
px_article_get_place (PxArticle *self)
{
  g_return_val_if_fail (PX_IS_ARTICLE (self), NULL);
  return self->place;
}

/**
 * px_article_get_agency:
 * @self: a #PxArticle
 *
 * Returns: (nullable): the agency named in the dateline, if any
 */
const char *
px_article_get_agency (PxArticle *self)
{
  g_return_val_if_fail (PX_IS_ARTICLE (self), NULL);
  return self->agency;
}

/**
 * px_article_get_byline:
 * @self: a #PxArticle
 *
 * Returns: (nullable): the author named in a byline, if any
 */
const char *
px_article_get_byline (PxArticle *self)
{
  g_return_val_if_fail (PX_IS_ARTICLE (self), NULL);
  return self->byline;
}

/**
 * px_article_get_title_derived:
 * @self: a #PxArticle
 *
 * Returns: whether the title is the lead's opening words, for want of a
 *   headline
 */
gboolean
px_article_get_title_derived (PxArticle *self)
{
  g_return_val_if_fail (PX_IS_ARTICLE (self), FALSE);
  return self->title_derived;
}

/**
 * px_article_get_outlet_known:
 * @self: a #PxArticle
 *
 * Returns: whether the outlet was read from the article or given by the
 *   reader, rather than a neutral "Source C" for want of one
 */
gboolean
px_article_get_outlet_known (PxArticle *self)
{
  g_return_val_if_fail (PX_IS_ARTICLE (self), FALSE);
  return !self->outlet_unknown;
}

/**
 * px_article_get_warnings:
 * @self: a #PxArticle
 *
 * Returns: (transfer none): translated warnings the user should see, such as
 *   an encoding fallback; an empty vector when there are none
 */
const char * const *
px_article_get_warnings (PxArticle *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (PX_IS_ARTICLE (self), NULL);

  /* An empty null-terminated GPtrArray may not have allocated pdata yet. */
  if (self->warnings->pdata == NULL)
    return none;
  return (const char * const *)self->warnings->pdata;
}

const PxParagraph *
px_article_get_paragraphs (PxArticle *self,
                           guint     *n_paragraphs)
{
  g_return_val_if_fail (PX_IS_ARTICLE (self), NULL);

  if (n_paragraphs != NULL)
    *n_paragraphs = self->paragraphs->len;
  return (const PxParagraph *)(gpointer)self->paragraphs->data;
}

const PxSentence *
px_article_get_sentences (PxArticle *self,
                          guint     *n_sentences)
{
  g_return_val_if_fail (PX_IS_ARTICLE (self), NULL);

  if (n_sentences != NULL)
    *n_sentences = self->sentences->len;
  return (const PxSentence *)(gpointer)self->sentences->data;
}

/**
 * px_article_dup_sentence_text:
 * @self: a #PxArticle
 * @sentence: index of the sentence
 *
 * Returns: (transfer full): the sentence's text
 */
char *
px_article_dup_sentence_text (PxArticle *self,
                              guint      sentence)
{
  const PxSentence *s;

  g_return_val_if_fail (PX_IS_ARTICLE (self), NULL);
  g_return_val_if_fail (sentence < self->sentences->len, NULL);

  s = &g_array_index (self->sentences, PxSentence, sentence);
  return g_strndup (self->text + s->start, s->end - s->start);
}

/**
 * px_article_dup_digest:
 * @self: a #PxArticle
 *
 * A short fingerprint of the text, so that a reader of an export can check
 * that it compares the same version of an article.
 *
 * Returns: (transfer full): the first 12 hex digits of the text's SHA-256
 */
char *
px_article_dup_digest (PxArticle *self)
{
  g_autofree char *full = NULL;

  g_return_val_if_fail (PX_IS_ARTICLE (self), NULL);

  full = g_compute_checksum_for_string (G_CHECKSUM_SHA256, self->text, self->text_length);
  return g_strndup (full, 12);
}

const char *
px_sentence_kind_to_string (PxSentenceKind kind)
{
  switch (kind)
    {
    case PX_SENTENCE_BODY:
      return "body";
    case PX_SENTENCE_HEADING:
      return "heading";
    case PX_SENTENCE_CAPTION:
      return "caption";
    case PX_SENTENCE_BOILERPLATE:
      return "boilerplate";
    default:
      g_return_val_if_reached ("body");
    }
}

gboolean
px_sentence_kind_from_string (const char     *str,
                              PxSentenceKind *kind)
{
  static const char *names[] = { "body", "heading", "caption", "boilerplate" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if (g_strcmp0 (str, names[i]) == 0)
        {
          *kind = (PxSentenceKind)i;
          return TRUE;
        }
    }
  return FALSE;
}
