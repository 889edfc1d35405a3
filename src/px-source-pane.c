/* px-source-pane.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-source-pane"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "px-source-pane.h"

#define DEFAULT_COLUMN_WIDTH 300

struct _PxSourcePane
{
  GtkWidget    parent_instance;

  /* Owned */
  PxArticle   *article;
  char        *display_name;
  int          column_width;

  /* Template widgets */
  GtkWidget   *box;
  GtkLabel    *outlet_label;
  GtkLabel    *title_label;
  GtkLabel    *meta_label;
  GtkTextView *text_view;
};

enum {
  PROP_0,
  PROP_ARTICLE,
  PROP_COLUMN_WIDTH,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (PxSourcePane, px_source_pane, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

static void
create_tags (GtkTextBuffer *buffer)
{
  gtk_text_buffer_create_tag (buffer, "heading",
                              "weight", PANGO_WEIGHT_BOLD,
                              "scale", 1.1,
                              "family", "Sans",
                              NULL);
  gtk_text_buffer_create_tag (buffer, "caption",
                              "style", PANGO_STYLE_ITALIC,
                              "foreground", "#77767b",
                              "scale", 0.9,
                              NULL);
  gtk_text_buffer_create_tag (buffer, "boilerplate",
                              "foreground", "#9a9996",
                              "scale", 0.9,
                              "family", "Sans",
                              NULL);
  gtk_text_buffer_create_tag (buffer, "paragraph",
                              "pixels-below-lines", 10,
                              NULL);
}

/* The buffer holds the article text exactly, so that sentence byte spans
 * from the core map onto buffer iterators without translation.
 */
static void
fill_buffer (PxSourcePane *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  const PxParagraph *paragraphs;
  const PxSentence *sentences;
  const char *text = px_article_get_text (self->article);
  guint n_paragraphs, n_sentences;

  gtk_text_buffer_set_text (buffer, text, px_article_get_text_length (self->article));

  paragraphs = px_article_get_paragraphs (self->article, &n_paragraphs);
  for (guint i = 0; i < n_paragraphs; i++)
    {
      GtkTextIter start, end;

      gtk_text_buffer_get_iter_at_offset (buffer, &start,
                                          g_utf8_pointer_to_offset (text, text + paragraphs[i].start));
      gtk_text_buffer_get_iter_at_offset (buffer, &end,
                                          g_utf8_pointer_to_offset (text, text + paragraphs[i].end));
      gtk_text_buffer_apply_tag_by_name (buffer, "paragraph", &start, &end);
    }

  sentences = px_article_get_sentences (self->article, &n_sentences);
  for (guint i = 0; i < n_sentences; i++)
    {
      GtkTextIter start, end;
      const char *tag = NULL;

      switch (sentences[i].kind)
        {
        case PX_SENTENCE_HEADING:
          tag = "heading";
          break;
        case PX_SENTENCE_CAPTION:
          tag = "caption";
          break;
        case PX_SENTENCE_BOILERPLATE:
          tag = "boilerplate";
          break;
        case PX_SENTENCE_BODY:
        default:
          break;
        }
      if (tag == NULL)
        continue;

      gtk_text_buffer_get_iter_at_offset (buffer, &start,
                                          g_utf8_pointer_to_offset (text, text + sentences[i].start));
      gtk_text_buffer_get_iter_at_offset (buffer, &end,
                                          g_utf8_pointer_to_offset (text, text + sentences[i].end));
      gtk_text_buffer_apply_tag_by_name (buffer, tag, &start, &end);
    }
}

static void
update_header (PxSourcePane *self)
{
  g_autoptr(GString) meta = g_string_new (NULL);
  const char *date = px_article_get_date (self->article);
  const char *language = px_article_get_language (self->article);
  const char *outlet = px_article_get_outlet (self->article);

  /* In classroom mode the pane shows only a neutral name: outlet, headline
   * and date would give the source away.
   */
  if (self->display_name != NULL)
    {
      outlet = self->display_name;
      date = NULL;
    }

  gtk_label_set_label (self->outlet_label, outlet);
  gtk_widget_set_visible (GTK_WIDGET (self->title_label), self->display_name == NULL);
  gtk_label_set_label (self->title_label,
                       self->display_name == NULL ? px_article_get_title (self->article) : "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->title_label),
                               self->display_name == NULL ? px_article_get_title (self->article) : NULL);

  if (date != NULL)
    {
      /* Show the calendar date of an ISO date-time; the time rarely matters
       * when comparing coverage and costs width.
       */
      g_string_append_len (meta, date, MIN (strlen (date), 10));
    }
  if (language != NULL)
    {
      if (meta->len > 0)
        g_string_append (meta, " · ");
      if (g_str_equal (language, "de"))
        g_string_append (meta, _("German"));
      else if (g_str_equal (language, "en"))
        g_string_append (meta, _("English"));
      else
        g_string_append (meta, language);
    }
  gtk_label_set_label (self->meta_label, meta->str);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, outlet,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, outlet,
                                  -1);
}

static void
px_source_pane_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  PxSourcePane *self = (PxSourcePane *)widget;

  gtk_widget_measure (self->box, orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);

  /* Every pane asks for the same width, so that panes share the row evenly
   * whatever their text; the view sets it from its own width.
   */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MAX (*minimum, self->column_width);
      *natural = *minimum;
    }
}

static void
px_source_pane_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  PxSourcePane *self = (PxSourcePane *)widget;

  gtk_widget_allocate (self->box, width, height, baseline, NULL);
}

static void
px_source_pane_dispose (GObject *object)
{
  PxSourcePane *self = (PxSourcePane *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PX_TYPE_SOURCE_PANE);

  G_OBJECT_CLASS (px_source_pane_parent_class)->dispose (object);
}

static void
px_source_pane_finalize (GObject *object)
{
  PxSourcePane *self = (PxSourcePane *)object;

  g_clear_object (&self->article);
  g_clear_pointer (&self->display_name, g_free);

  G_OBJECT_CLASS (px_source_pane_parent_class)->finalize (object);
}

static void
px_source_pane_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PxSourcePane *self = PX_SOURCE_PANE (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      g_value_set_object (value, self->article);
      break;

    case PROP_COLUMN_WIDTH:
      g_value_set_int (value, self->column_width);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_source_pane_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PxSourcePane *self = PX_SOURCE_PANE (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      self->article = g_value_dup_object (value);
      break;

    case PROP_COLUMN_WIDTH:
      px_source_pane_set_column_width (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_source_pane_constructed (GObject *object)
{
  PxSourcePane *self = (PxSourcePane *)object;

  G_OBJECT_CLASS (px_source_pane_parent_class)->constructed (object);

  g_assert (PX_IS_ARTICLE (self->article));

  update_header (self);
  fill_buffer (self);
}

static void
px_source_pane_class_init (PxSourcePaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = px_source_pane_constructed;
  object_class->dispose = px_source_pane_dispose;
  object_class->finalize = px_source_pane_finalize;
  object_class->get_property = px_source_pane_get_property;
  object_class->set_property = px_source_pane_set_property;

  widget_class->measure = px_source_pane_measure;
  widget_class->size_allocate = px_source_pane_size_allocate;

  properties[PROP_ARTICLE] =
    g_param_spec_object ("article", NULL, NULL,
                         PX_TYPE_ARTICLE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_COLUMN_WIDTH] =
    g_param_spec_int ("column-width", NULL, NULL,
                      120, G_MAXINT, DEFAULT_COLUMN_WIDTH,
                      (G_PARAM_READWRITE |
                       G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/parallax/Parallax/ui/px-source-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, PxSourcePane, box);
  gtk_widget_class_bind_template_child (widget_class, PxSourcePane, outlet_label);
  gtk_widget_class_bind_template_child (widget_class, PxSourcePane, title_label);
  gtk_widget_class_bind_template_child (widget_class, PxSourcePane, meta_label);
  gtk_widget_class_bind_template_child (widget_class, PxSourcePane, text_view);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_css_name (widget_class, "sourcepane");
}

static void
px_source_pane_init (PxSourcePane *self)
{
  self->column_width = DEFAULT_COLUMN_WIDTH;

  gtk_widget_init_template (GTK_WIDGET (self));
  create_tags (gtk_text_view_get_buffer (self->text_view));
}

/**
 * px_source_pane_new:
 * @article: the article to show
 *
 * Returns: (transfer floating): a new pane
 */
GtkWidget *
px_source_pane_new (PxArticle *article)
{
  g_return_val_if_fail (PX_IS_ARTICLE (article), NULL);

  return g_object_new (PX_TYPE_SOURCE_PANE, "article", article, NULL);
}

PxArticle *
px_source_pane_get_article (PxSourcePane *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_PANE (self), NULL);
  return self->article;
}

GtkTextView *
px_source_pane_get_text_view (PxSourcePane *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_PANE (self), NULL);
  return self->text_view;
}

int
px_source_pane_get_column_width (PxSourcePane *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_PANE (self), 0);
  return self->column_width;
}

void
px_source_pane_set_column_width (PxSourcePane *self,
                                 int           width)
{
  g_return_if_fail (PX_IS_SOURCE_PANE (self));

  width = MAX (width, 120);
  if (self->column_width == width)
    return;

  self->column_width = width;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLUMN_WIDTH]);
}

/**
 * px_source_pane_set_display_name:
 * @self: a #PxSourcePane
 * @name: (nullable): a neutral name such as "Source A", or %NULL
 *
 * With a name, the header hides the outlet, headline and date (classroom
 * mode); with %NULL it shows them again.
 */
void
px_source_pane_set_display_name (PxSourcePane *self,
                                 const char   *name)
{
  g_return_if_fail (PX_IS_SOURCE_PANE (self));

  if (g_strcmp0 (name, self->display_name) == 0)
    return;

  g_free (self->display_name);
  self->display_name = g_strdup (name);
  update_header (self);
}

/**
 * px_source_pane_dup_header_text:
 * @self: a #PxSourcePane
 *
 * Returns: (transfer full): the header's visible text, for tests and the
 *   accessibility checks
 */
char *
px_source_pane_dup_header_text (PxSourcePane *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_PANE (self), NULL);

  return g_strdup_printf ("%s\n%s\n%s",
                          gtk_label_get_label (self->outlet_label),
                          gtk_widget_get_visible (GTK_WIDGET (self->title_label))
                            ? gtk_label_get_label (self->title_label) : "",
                          gtk_label_get_label (self->meta_label));
}
