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

#include "px-palette.h"
#include "px-source-pane.h"

#define DEFAULT_COLUMN_WIDTH 300

struct _PxSourcePane
{
  GtkWidget    parent_instance;

  /* Owned */
  PxArticle   *article;
  char        *display_name;
  char        *shared_text;
  PxAlignment *alignment;
  GPtrArray   *group_tags;
  GtkTextTag  *selected_tag;
  GtkTextMark *scroll_mark;
  GArray      *marks;
  GArray      *masked;      /* char offset pairs hidden in classroom mode */
  guint        article_index;
  int          selected_group;
  int          column_width;
  guint        show_wording : 1;

  /* Template widgets */
  GtkWidget   *box;
  GtkLabel    *outlet_label;
  GtkLabel    *reference_label;
  GtkMenuButton *menu_button;
  GtkLabel    *title_label;
  GtkLabel    *meta_label;
  GtkRevealer *absent_revealer;
  GtkTextView *text_view;
};

typedef struct
{
  guint  start;
  guint  end;
  char  *tag;
  char  *tooltip;
} Mark;

enum {
  SENTENCE_ACTIVATED,
  CONTEXT_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean context_key_cb (GtkWidget *widget,
                                GVariant  *args,
                                gpointer   user_data);

enum {
  PROP_0,
  PROP_ARTICLE,
  PROP_COLUMN_WIDTH,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (PxSourcePane, px_source_pane, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

/* No tag sets a foreground colour: GTK 4.8's accessibility code reads the
 * write-only "foreground" property and crashes a screen reader's session.
 */
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
                              "scale", 0.9,
                              NULL);
  gtk_text_buffer_create_tag (buffer, "boilerplate",
                              "background-rgba", &(GdkRGBA) { 0.6, 0.6, 0.6, 0.12 },
                              "scale", 0.9,
                              "family", "Sans",
                              NULL);
  gtk_text_buffer_create_tag (buffer, "paragraph",
                              "pixels-below-lines", 10,
                              NULL);
  /* Figure verdicts: the stronger the disagreement, the stronger the mark. */
  gtk_text_buffer_create_tag (buffer, "figure-contradict",
                              "weight", PANGO_WEIGHT_BOLD,
                              "background-rgba", &(GdkRGBA) { 0.88, 0.11, 0.14, 0.22 },
                              "underline", PANGO_UNDERLINE_DOUBLE,
                              "underline-rgba", &(GdkRGBA) { 0.75, 0.11, 0.16, 1.0 },
                              NULL);
  gtk_text_buffer_create_tag (buffer, "figure-differ",
                              "weight", PANGO_WEIGHT_BOLD,
                              "background-rgba", &(GdkRGBA) { 1.0, 0.47, 0.0, 0.22 },
                              "underline", PANGO_UNDERLINE_SINGLE,
                              "underline-rgba", &(GdkRGBA) { 0.9, 0.38, 0.0, 1.0 },
                              NULL);
  gtk_text_buffer_create_tag (buffer, "figure-hedge",
                              "weight", PANGO_WEIGHT_BOLD,
                              "background-rgba", &(GdkRGBA) { 0.96, 0.83, 0.18, 0.35 },
                              NULL);
  gtk_text_buffer_create_tag (buffer, "figure-single",
                              "weight", PANGO_WEIGHT_BOLD,
                              NULL);
  gtk_text_buffer_create_tag (buffer, "attribution",
                              "background-rgba", &(GdkRGBA) { 0.21, 0.52, 0.89, 0.16 },
                              "style", PANGO_STYLE_ITALIC,
                              NULL);
  gtk_text_buffer_create_tag (buffer, "search-match",
                              "background-rgba", &(GdkRGBA) { 0.96, 0.83, 0.18, 0.9 },
                              NULL);
  gtk_text_buffer_create_tag (buffer, "unique",
                              "underline", PANGO_UNDERLINE_ERROR,
                              "underline-rgba", &(GdkRGBA) { 0.6, 0.6, 0.59, 0.6 },
                              NULL);
  gtk_text_buffer_create_tag (buffer, "diff-changed",
                              "weight", PANGO_WEIGHT_BOLD,
                              "underline", PANGO_UNDERLINE_SINGLE,
                              "underline-rgba", &(GdkRGBA) { 0.65, 0.11, 0.18, 1.0 },
                              NULL);
  gtk_text_buffer_create_tag (buffer, "diff-synonym",
                              "underline", PANGO_UNDERLINE_SINGLE,
                              "underline-rgba", &(GdkRGBA) { 0.11, 0.44, 0.85, 1.0 },
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
  if (self->shared_text != NULL)
    {
      if (meta->len > 0)
        g_string_append (meta, " · ");
      g_string_append (meta, self->shared_text);
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
  g_clear_object (&self->alignment);
  g_clear_pointer (&self->group_tags, g_ptr_array_unref);
  for (guint i = 0; self->marks != NULL && i < self->marks->len; i++)
    {
      g_free (g_array_index (self->marks, Mark, i).tag);
      g_free (g_array_index (self->marks, Mark, i).tooltip);
    }
  g_clear_pointer (&self->marks, g_array_unref);
  g_clear_pointer (&self->masked, g_array_unref);
  g_clear_pointer (&self->display_name, g_free);
  g_clear_pointer (&self->shared_text, g_free);

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

  /**
   * PxSourcePane::sentence-activated:
   * @self: the pane
   * @sentence: index of the sentence the user clicked
   */
  signals[SENTENCE_ACTIVATED] =
    g_signal_new ("sentence-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  /**
   * PxSourcePane::context-requested:
   * @self: the pane
   * @sentence: index of the sentence
   * @x: where to point the menu, in text view coordinates
   * @y: likewise
   *
   * The user asked for the corrections menu of a passage (right click,
   * Menu key or Shift+F10).
   */
  signals[CONTEXT_REQUESTED] =
    g_signal_new ("context-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_UINT, G_TYPE_DOUBLE, G_TYPE_DOUBLE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/parallax/Parallax/ui/px-source-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, PxSourcePane, box);
  gtk_widget_class_bind_template_child (widget_class, PxSourcePane, outlet_label);
  gtk_widget_class_bind_template_child (widget_class, PxSourcePane, title_label);
  gtk_widget_class_bind_template_child (widget_class, PxSourcePane, meta_label);
  gtk_widget_class_bind_template_child (widget_class, PxSourcePane, reference_label);
  gtk_widget_class_bind_template_child (widget_class, PxSourcePane, menu_button);
  gtk_widget_class_bind_template_child (widget_class, PxSourcePane, absent_revealer);
  gtk_widget_class_bind_template_child (widget_class, PxSourcePane, text_view);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, context_key_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Menu, 0, context_key_cb, NULL);
  gtk_widget_class_set_css_name (widget_class, "sourcepane");
}

static int
sentence_at_offset (PxSourcePane *self,
                    gsize         byte)
{
  const PxSentence *sentences;
  guint n, lo = 0, hi;

  sentences = px_article_get_sentences (self->article, &n);
  hi = n;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (sentences[mid].end <= byte)
        lo = mid + 1;
      else if (sentences[mid].start > byte)
        hi = mid;
      else
        return mid;
    }
  return -1;
}

static void
click_released_cb (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   PxSourcePane    *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  const char *text = px_article_get_text (self->article);
  GtkTextIter iter, sel_start, sel_end;
  int bx, by, sentence;

  /* A drag selects text to copy; only a plain click selects a claim. */
  if (gtk_text_buffer_get_selection_bounds (buffer, &sel_start, &sel_end))
    return;

  gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET, x, y, &bx, &by);
  gtk_text_view_get_iter_at_location (self->text_view, &iter, bx, by);
  sentence = sentence_at_offset (self, g_utf8_offset_to_pointer (text, gtk_text_iter_get_offset (&iter)) - text);
  if (sentence >= 0)
    g_signal_emit (self, signals[SENTENCE_ACTIVATED], 0, (guint)sentence);
}

static gboolean
query_tooltip_cb (GtkWidget    *widget,
                  int           x,
                  int           y,
                  gboolean      keyboard,
                  GtkTooltip   *tooltip,
                  PxSourcePane *self)
{
  const char *text = px_article_get_text (self->article);
  GtkTextIter iter;
  gsize byte;
  int bx, by;

  if (keyboard)
    return FALSE;

  gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET, x, y, &bx, &by);
  gtk_text_view_get_iter_at_location (self->text_view, &iter, bx, by);
  byte = g_utf8_offset_to_pointer (text, gtk_text_iter_get_offset (&iter)) - text;

  for (guint i = 0; i < self->marks->len; i++)
    {
      const Mark *mark = &g_array_index (self->marks, Mark, i);

      if (mark->tooltip != NULL && mark->start <= byte && byte < mark->end)
        {
          gtk_tooltip_set_text (tooltip, mark->tooltip);
          return TRUE;
        }
    }
  return FALSE;
}

static void
context_pressed_cb (GtkGestureClick *gesture,
                    int              n_press,
                    double           x,
                    double           y,
                    PxSourcePane    *self)
{
  const char *text = px_article_get_text (self->article);
  GtkTextIter iter;
  int bx, by, sentence;

  gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET, x, y, &bx, &by);
  gtk_text_view_get_iter_at_location (self->text_view, &iter, bx, by);
  sentence = sentence_at_offset (self, g_utf8_offset_to_pointer (text, gtk_text_iter_get_offset (&iter)) - text);
  if (sentence < 0)
    return;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  g_signal_emit (self, signals[CONTEXT_REQUESTED], 0, (guint)sentence, x, y);
}

/* The keyboard route to the same menu: the passage at the text cursor. */
static gboolean
context_key_cb (GtkWidget *widget,
                GVariant  *args,
                gpointer   user_data)
{
  PxSourcePane *self = PX_SOURCE_PANE (widget);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  const char *text = px_article_get_text (self->article);
  GdkRectangle location;
  GtkTextIter iter;
  int wx, wy, sentence;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  sentence = sentence_at_offset (self, g_utf8_offset_to_pointer (text, gtk_text_iter_get_offset (&iter)) - text);
  if (sentence < 0)
    return FALSE;

  gtk_text_view_get_iter_location (self->text_view, &iter, &location);
  gtk_text_view_buffer_to_window_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                         location.x, location.y + location.height, &wx, &wy);
  g_signal_emit (self, signals[CONTEXT_REQUESTED], 0, (guint)sentence, (double)wx, (double)wy);
  return TRUE;
}

static void
px_source_pane_init (PxSourcePane *self)
{
  GtkGesture *click;
  GtkGesture *context;
  GtkTextIter start;

  self->marks = g_array_new (FALSE, FALSE, sizeof (Mark));
  self->masked = g_array_new (FALSE, FALSE, sizeof (guint));

  self->column_width = DEFAULT_COLUMN_WIDTH;
  self->selected_group = -1;
  self->show_wording = TRUE;
  self->group_tags = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  create_tags (gtk_text_view_get_buffer (self->text_view));

  gtk_text_buffer_get_start_iter (gtk_text_view_get_buffer (self->text_view), &start);
  self->scroll_mark = gtk_text_buffer_create_mark (gtk_text_view_get_buffer (self->text_view),
                                                   NULL, &start, TRUE);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), GTK_EVENT_CONTROLLER (click));

  context = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (context), GDK_BUTTON_SECONDARY);
  g_signal_connect (context, "pressed", G_CALLBACK (context_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), GTK_EVENT_CONTROLLER (context));

  gtk_widget_set_has_tooltip (GTK_WIDGET (self->text_view), TRUE);
  g_signal_connect (self->text_view, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);
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

static void
iter_at_byte (PxSourcePane *self,
              GtkTextIter  *iter,
              guint         byte)
{
  const char *text = px_article_get_text (self->article);

  gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (self->text_view), iter,
                                      g_utf8_pointer_to_offset (text, text + byte));
}

static void
apply_tag_span (PxSourcePane *self,
                GtkTextTag   *tag,
                guint         start,
                guint         end)
{
  GtkTextIter a, b;

  iter_at_byte (self, &a, start);
  iter_at_byte (self, &b, end);
  gtk_text_buffer_apply_tag (gtk_text_view_get_buffer (self->text_view), tag, &a, &b);
}

static void
clear_alignment_tags (PxSourcePane *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  for (guint i = 0; i < self->group_tags->len; i++)
    {
      GtkTextTag *tag = g_ptr_array_index (self->group_tags, i);

      gtk_text_buffer_remove_tag (buffer, tag, &start, &end);
      gtk_text_tag_table_remove (table, tag);
    }
  g_ptr_array_set_size (self->group_tags, 0);

  if (self->selected_tag != NULL)
    {
      gtk_text_buffer_remove_tag (buffer, self->selected_tag, &start, &end);
      gtk_text_tag_table_remove (table, self->selected_tag);
      self->selected_tag = NULL;
    }

  gtk_text_buffer_remove_tag_by_name (buffer, "unique", &start, &end);
  gtk_text_buffer_remove_tag_by_name (buffer, "diff-changed", &start, &end);
  gtk_text_buffer_remove_tag_by_name (buffer, "diff-synonym", &start, &end);
}

/* Word differences are shown for the selected group only: marked for every
 * group at once they drown the text they explain.
 */
static void
apply_word_diff (PxSourcePane *self,
                 int           group)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);
  GtkTextTag *changed = gtk_text_tag_table_lookup (table, "diff-changed");
  GtkTextTag *synonym = gtk_text_tag_table_lookup (table, "diff-synonym");
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag (buffer, changed, &start, &end);
  gtk_text_buffer_remove_tag (buffer, synonym, &start, &end);

  if (group < 0 || !self->show_wording || self->alignment == NULL)
    return;

  for (guint g = (guint)group; g == (guint)group; g++)
    {
      const PxAlignmentMember *members;
      guint n_members, reference;

      members = px_alignment_group_get_members (self->alignment, g, &n_members);
      reference = px_alignment_group_get_reference (self->alignment, g);

      for (guint m = 0; m < n_members; m++)
        {
          const PxWordDiff *diffs;
          guint n_diffs;

          if (members[m].article != self->article_index || m == reference)
            continue;

          diffs = px_alignment_group_get_word_diff (self->alignment, g, m, &n_diffs);
          for (guint d = 0; d < n_diffs; d++)
            {
              if (diffs[d].member.end <= diffs[d].member.start)
                continue;
              if (diffs[d].kind == PX_WORD_DIFF_CHANGED || diffs[d].kind == PX_WORD_DIFF_ADDED)
                apply_tag_span (self, changed, diffs[d].member.start, diffs[d].member.end);
              else if (diffs[d].kind == PX_WORD_DIFF_SYNONYM)
                apply_tag_span (self, synonym, diffs[d].member.start, diffs[d].member.end);
            }
        }
    }
}

/**
 * px_source_pane_set_alignment:
 * @self: a #PxSourcePane
 * @alignment: (nullable): the alignment of the set this pane's article is in
 * @article_index: the article's index in @alignment
 *
 * Colours every passage by its claim group (colour plus underline style, so
 * that colour is never the only cue), marks passages only this source has,
 * and marks words that differ from each group's reference member.
 */
void
px_source_pane_set_alignment (PxSourcePane *self,
                              PxAlignment  *alignment,
                              guint         article_index)
{
  GtkTextBuffer *buffer;
  const PxSentence *sentences;
  const guint *unique;
  guint n_sentences, n_unique, n_groups, shared = 0;

  g_return_if_fail (PX_IS_SOURCE_PANE (self));

  buffer = gtk_text_view_get_buffer (self->text_view);
  clear_alignment_tags (self);
  g_set_object (&self->alignment, alignment);
  self->article_index = article_index;
  self->selected_group = -1;
  gtk_revealer_set_reveal_child (self->absent_revealer, FALSE);
  g_clear_pointer (&self->shared_text, g_free);

  if (alignment == NULL)
    {
      update_header (self);
      return;
    }

  n_groups = px_alignment_get_n_groups (alignment);
  sentences = px_article_get_sentences (self->article, &n_sentences);

  for (guint g = 0; g < n_groups; g++)
    {
      GdkRGBA color, background;
      GtkTextTag *tag;

      px_palette_get_color (g, &color);
      background = color;
      background.alpha = 0.22;
      tag = gtk_text_buffer_create_tag (buffer, NULL,
                                        "background-rgba", &background,
                                        "underline", px_palette_get_underline (g),
                                        "underline-rgba", &color,
                                        NULL);
      g_ptr_array_add (self->group_tags, tag);
    }

  for (guint g = 0; g < n_groups; g++)
    {
      const PxAlignmentMember *members;
      guint n_members;
      gboolean here = FALSE;

      members = px_alignment_group_get_members (alignment, g, &n_members);
      for (guint m = 0; m < n_members; m++)
        {
          if (members[m].article != article_index || members[m].sentence >= n_sentences)
            continue;
          apply_tag_span (self, g_ptr_array_index (self->group_tags, g),
                          sentences[members[m].sentence].start, sentences[members[m].sentence].end);
          here = TRUE;
        }
      shared += here;
    }

  unique = px_alignment_get_unique_sentences (alignment, article_index, &n_unique);
  for (guint u = 0; u < n_unique; u++)
    if (unique[u] < n_sentences)
      apply_tag_span (self, gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "unique"),
                      sentences[unique[u]].start, sentences[unique[u]].end);

  /* Translators: shown in a source's header, e.g. "12 of 18 claims shared". */
  self->shared_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "%u of %u claim shared",
                                                    "%u of %u claims shared", n_groups),
                                       shared, n_groups);
  update_header (self);
}

/**
 * px_source_pane_get_sentence_extent:
 * @self: a #PxSourcePane
 * @sentence: index of a sentence
 * @relative_to: the widget whose coordinates to use
 * @top: (out): the sentence's top
 * @bottom: (out): its bottom
 *
 * Returns: %TRUE if the extent could be computed
 */
gboolean
px_source_pane_get_sentence_extent (PxSourcePane *self,
                                    guint         sentence,
                                    GtkWidget    *relative_to,
                                    double       *top,
                                    double       *bottom)
{
  const PxSentence *sentences;
  GdkRectangle first, last;
  GtkTextIter start, end;
  int wx, wy0, wy1, line_y, line_height;
  double tx, ty;
  guint n;

  g_return_val_if_fail (PX_IS_SOURCE_PANE (self), FALSE);

  sentences = px_article_get_sentences (self->article, &n);
  if (sentence >= n)
    return FALSE;

  iter_at_byte (self, &start, sentences[sentence].start);
  iter_at_byte (self, &end, sentences[sentence].end);
  gtk_text_view_get_iter_location (self->text_view, &start, &first);
  gtk_text_view_get_iter_location (self->text_view, &end, &last);
  gtk_text_view_get_line_yrange (self->text_view, &end, &line_y, &line_height);

  gtk_text_view_buffer_to_window_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                         first.x, first.y, &wx, &wy0);
  gtk_text_view_buffer_to_window_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                         last.x, MAX (last.y + last.height, line_y + MIN (line_height, last.height)),
                                         &wx, &wy1);

  if (!gtk_widget_translate_coordinates (GTK_WIDGET (self->text_view), relative_to, 0, 0, &tx, &ty))
    return FALSE;

  *top = ty + wy0;
  *bottom = ty + wy1;
  return TRUE;
}

/**
 * px_source_pane_select_group:
 * @self: a #PxSourcePane
 * @group: index of a claim group, or -1 for none
 * @scroll: whether to scroll to the group's passage
 *
 * Highlights the group's passage in this source more strongly and scrolls to
 * it; when the source does not carry the claim, says so in the header.
 */
void
px_source_pane_select_group (PxSourcePane *self,
                             int           group,
                             gboolean      scroll)
{
  GtkTextBuffer *buffer;
  const PxSentence *sentences;
  const PxAlignmentMember *members;
  guint n_members, n_sentences;
  int first = -1;

  g_return_if_fail (PX_IS_SOURCE_PANE (self));

  buffer = gtk_text_view_get_buffer (self->text_view);
  if (self->selected_tag != NULL)
    {
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      gtk_text_buffer_remove_tag (buffer, self->selected_tag, &start, &end);
      gtk_text_tag_table_remove (gtk_text_buffer_get_tag_table (buffer), self->selected_tag);
      self->selected_tag = NULL;
    }

  self->selected_group = group;
  if (group < 0 || self->alignment == NULL || (guint)group >= px_alignment_get_n_groups (self->alignment))
    {
      self->selected_group = -1;
      apply_word_diff (self, -1);
      gtk_revealer_set_reveal_child (self->absent_revealer, FALSE);
      return;
    }

  {
    GdkRGBA color;

    px_palette_get_color (group, &color);
    color.alpha = 0.55;
    self->selected_tag = gtk_text_buffer_create_tag (buffer, NULL,
                                                     "background-rgba", &color,
                                                     NULL);
  }

  sentences = px_article_get_sentences (self->article, &n_sentences);
  members = px_alignment_group_get_members (self->alignment, group, &n_members);
  for (guint m = 0; m < n_members; m++)
    {
      if (members[m].article != self->article_index || members[m].sentence >= n_sentences)
        continue;
      apply_tag_span (self, self->selected_tag,
                      sentences[members[m].sentence].start, sentences[members[m].sentence].end);
      if (first < 0 || (int)members[m].sentence < first)
        first = members[m].sentence;
    }

  gtk_revealer_set_reveal_child (self->absent_revealer, first < 0);
  apply_word_diff (self, group);

  if (first >= 0)
    {
      g_autofree char *sentence = px_article_dup_sentence_text (self->article, first);
      GtkTextIter iter;

      /* Screen readers hear which passage the selection landed on. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, sentence,
                                      -1);
      if (scroll)
        {
          iter_at_byte (self, &iter, sentences[first].start);
          gtk_text_buffer_move_mark (buffer, self->scroll_mark, &iter);
          gtk_text_view_scroll_to_mark (self->text_view, self->scroll_mark, 0.0, TRUE, 0.0, 0.3);
        }
    }
  else
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _("Not in this source"),
                                    -1);
}

int
px_source_pane_get_selected_group (PxSourcePane *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_PANE (self), -1);
  return self->selected_group;
}

gboolean
px_source_pane_get_absent (PxSourcePane *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_PANE (self), FALSE);
  return gtk_revealer_get_reveal_child (self->absent_revealer);
}

guint
px_source_pane_get_article_index (PxSourcePane *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_PANE (self), 0);
  return self->article_index;
}

/**
 * px_source_pane_get_vadjustment:
 * @self: a #PxSourcePane
 *
 * Returns: (transfer none): the adjustment that scrolls the text
 */
GtkAdjustment *
px_source_pane_get_vadjustment (PxSourcePane *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_PANE (self), NULL);
  return gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->text_view));
}

void
px_source_pane_set_show_wording (PxSourcePane *self,
                                 gboolean      show)
{
  g_return_if_fail (PX_IS_SOURCE_PANE (self));

  if (self->show_wording == !!show)
    return;
  self->show_wording = !!show;
  if (self->alignment != NULL)
    {
      int selected = self->selected_group;

      px_source_pane_set_alignment (self, self->alignment, self->article_index);
      px_source_pane_select_group (self, selected, FALSE);
    }
}

/**
 * px_source_pane_set_menu:
 * @self: a #PxSourcePane
 * @menu: (nullable): the menu of the header's menu button
 */
void
px_source_pane_set_menu (PxSourcePane *self,
                         GMenuModel   *menu)
{
  g_return_if_fail (PX_IS_SOURCE_PANE (self));
  gtk_menu_button_set_menu_model (self->menu_button, menu);
}

void
px_source_pane_set_is_reference (PxSourcePane *self,
                                 gboolean      is_reference)
{
  g_return_if_fail (PX_IS_SOURCE_PANE (self));

  gtk_widget_set_visible (GTK_WIDGET (self->reference_label), is_reference);
  if (is_reference)
    gtk_widget_add_css_class (GTK_WIDGET (self), "reference");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "reference");
}

gboolean
px_source_pane_get_is_reference (PxSourcePane *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_PANE (self), FALSE);
  return gtk_widget_get_visible (GTK_WIDGET (self->reference_label));
}

/**
 * px_source_pane_highlight_search:
 * @self: a #PxSourcePane
 * @needle: (nullable): text to find, case-insensitively
 *
 * Returns: the number of matches marked
 */
guint
px_source_pane_highlight_search (PxSourcePane *self,
                                 const char   *needle)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end, match_start, match_end;
  guint count = 0;

  g_return_val_if_fail (PX_IS_SOURCE_PANE (self), 0);

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag_by_name (buffer, "search-match", &start, &end);
  if (needle == NULL || *needle == '\0')
    return 0;

  while (gtk_text_iter_forward_search (&start, needle, GTK_TEXT_SEARCH_CASE_INSENSITIVE,
                                       &match_start, &match_end, NULL))
    {
      gtk_text_buffer_apply_tag_by_name (buffer, "search-match", &match_start, &match_end);
      if (count == 0)
        {
          gtk_text_buffer_move_mark (buffer, self->scroll_mark, &match_start);
          gtk_text_view_scroll_to_mark (self->text_view, self->scroll_mark, 0.0, TRUE, 0.0, 0.3);
        }
      count++;
      start = match_end;
    }
  return count;
}

void
px_source_pane_focus_text (PxSourcePane *self)
{
  g_return_if_fail (PX_IS_SOURCE_PANE (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

gboolean
px_source_pane_has_text_focus (PxSourcePane *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_PANE (self), FALSE);
  return gtk_widget_has_focus (GTK_WIDGET (self->text_view));
}

/**
 * px_source_pane_add_mark:
 * @self: a #PxSourcePane
 * @start: first byte in the article text
 * @end: byte after the last one
 * @tag: the tag to apply ("figure-differ", "attribution", …)
 * @tooltip: (nullable): what hovering the span says
 *
 * Marks a span of the text, for figures with their verdict and attribution
 * cues and sources.
 */
void
px_source_pane_add_mark (PxSourcePane *self,
                         guint         start,
                         guint         end,
                         const char   *tag,
                         const char   *tooltip)
{
  GtkTextTag *text_tag;
  Mark mark;

  g_return_if_fail (PX_IS_SOURCE_PANE (self));

  if (end <= start || end > px_article_get_text_length (self->article))
    return;
  text_tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (gtk_text_view_get_buffer (self->text_view)), tag);
  g_return_if_fail (text_tag != NULL);

  apply_tag_span (self, text_tag, start, end);
  mark.start = start;
  mark.end = end;
  mark.tag = g_strdup (tag);
  mark.tooltip = g_strdup (tooltip);
  g_array_append_val (self->marks, mark);
}

void
px_source_pane_clear_marks (PxSourcePane *self)
{
  GtkTextBuffer *buffer;

  g_return_if_fail (PX_IS_SOURCE_PANE (self));

  buffer = gtk_text_view_get_buffer (self->text_view);
  for (guint i = 0; i < self->marks->len; i++)
    {
      Mark *mark = &g_array_index (self->marks, Mark, i);
      GtkTextIter a, b;

      iter_at_byte (self, &a, mark->start);
      iter_at_byte (self, &b, mark->end);
      gtk_text_buffer_remove_tag_by_name (buffer, mark->tag, &a, &b);
      g_free (mark->tag);
      g_free (mark->tooltip);
    }
  g_array_set_size (self->marks, 0);
}

/**
 * px_source_pane_get_n_marks:
 * @self: a #PxSourcePane
 * @tag: (nullable): count only marks with this tag
 *
 * Returns: the number of marks
 */
guint
px_source_pane_get_n_marks (PxSourcePane *self,
                            const char   *tag)
{
  guint n = 0;

  g_return_val_if_fail (PX_IS_SOURCE_PANE (self), 0);

  for (guint i = 0; i < self->marks->len; i++)
    if (tag == NULL || g_str_equal (g_array_index (self->marks, Mark, i).tag, tag))
      n++;
  return n;
}

static void
replace_chars (PxSourcePane *self,
               guint         start,
               guint         end,
               const char   *replacement)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter a, b;

  gtk_text_buffer_get_iter_at_offset (buffer, &a, start);
  gtk_text_buffer_get_iter_at_offset (buffer, &b, end);
  gtk_text_buffer_delete (buffer, &a, &b);
  gtk_text_buffer_get_iter_at_offset (buffer, &a, start);
  gtk_text_buffer_insert (buffer, &a, replacement, -1);
}

/**
 * px_source_pane_set_masked_names:
 * @self: a #PxSourcePane
 * @names: (nullable) (array zero-terminated=1): names to hide in the text
 *
 * In classroom mode the article's text must not give its source away; each
 * mention of a name becomes a bar of as many characters, so that offsets
 * into the text stay valid. %NULL shows the text as written again.
 */
void
px_source_pane_set_masked_names (PxSourcePane       *self,
                                 const char * const *names)
{
  const char *text;

  g_return_if_fail (PX_IS_SOURCE_PANE (self));

  text = px_article_get_text (self->article);

  /* Unmask what was hidden before. */
  for (guint i = 0; i + 1 < self->masked->len; i += 2)
    {
      guint start = g_array_index (self->masked, guint, i);
      guint end = g_array_index (self->masked, guint, i + 1);
      const char *p = g_utf8_offset_to_pointer (text, start);
      const char *q = g_utf8_offset_to_pointer (text, end);
      g_autofree char *original = g_strndup (p, q - p);

      replace_chars (self, start, end, original);
    }
  g_array_set_size (self->masked, 0);

  for (guint n = 0; names != NULL && names[n] != NULL; n++)
    {
      gsize len = strlen (names[n]);
      const char *at = text;

      if (len < 3)
        continue;
      while ((at = strstr (at, names[n])) != NULL)
        {
          guint start = g_utf8_pointer_to_offset (text, at);
          guint chars = g_utf8_strlen (names[n], -1);
          guint end = start + chars;
          g_autoptr(GString) bar = g_string_new (NULL);

          for (guint c = 0; c < chars; c++)
            g_string_append (bar, "█");
          replace_chars (self, start, end, bar->str);
          g_array_append_val (self->masked, start);
          g_array_append_val (self->masked, end);
          at += len;
        }
    }
}

/**
 * px_source_pane_dup_text:
 * @self: a #PxSourcePane
 *
 * Returns: (transfer full): the text the pane shows
 */
char *
px_source_pane_dup_text (PxSourcePane *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (PX_IS_SOURCE_PANE (self), NULL);

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/**
 * px_source_pane_get_text_view_widget:
 * @self: a #PxSourcePane
 *
 * Returns: (transfer none): the text view, to point popovers at
 */
GtkWidget *
px_source_pane_get_text_view_widget (PxSourcePane *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_PANE (self), NULL);
  return GTK_WIDGET (self->text_view);
}
