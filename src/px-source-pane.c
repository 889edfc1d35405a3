/* px-source-pane.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-source-pane"

#include "config.h"

#include <glib/gi18n.h>

#include "px-source-pane-private.h"

enum {
  SENTENCE_ACTIVATED,
  META_EDITED,
  MENU_REQUESTED,
  N_SIGNALS
};

enum {
  PROP_0,
  PROP_ARTICLE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (PxSourcePane, px_source_pane, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
update_accessible_name (PxSourcePane *self)
{
  const char *name = px_source_header_get_name (self->header);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
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

  /* The row gives every pane the same width, whatever its text. */
  gtk_widget_measure (self->box, orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
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
  g_clear_object (&self->passage_menu);
  g_clear_pointer (&self->group_tags, g_ptr_array_unref);
  _px_source_pane_clear_marks_data (self);
  g_clear_pointer (&self->marks, g_array_unref);
  g_clear_pointer (&self->masked, g_array_unref);
  g_clear_pointer (&self->hidden_groups, gtk_bitset_unref);

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

  px_source_header_set_article (self->header, self->article);
  update_accessible_name (self);
  _px_source_pane_fill_buffer (self);
}

static void
meta_edited_cb (PxSourcePane   *self,
                guint           field,
                const char     *value,
                PxSourceHeader *header)
{
  g_signal_emit (self, signals[META_EDITED], 0, field, value);
}

static void
menu_requested_cb (PxSourcePane   *self,
                   PxSourceHeader *header)
{
  g_signal_emit (self, signals[MENU_REQUESTED], 0);
}

static void
edit_details_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  px_source_header_edit (PX_SOURCE_PANE (widget)->header);
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
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
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
   * PxSourcePane::meta-edited:
   * @self: the pane
   * @field: the #PxMetaField the reader corrected in the header
   * @value: the new value, not empty
   */
  signals[META_EDITED] =
    g_signal_new ("meta-edited",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_STRING);

  /**
   * PxSourcePane::menu-requested:
   * @self: the pane
   *
   * The source menu in the header is about to open; the handler sets it
   * with px_source_pane_set_menu().
   */
  signals[MENU_REQUESTED] =
    g_signal_new ("menu-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  g_type_ensure (PX_TYPE_SOURCE_HEADER);
  g_type_ensure (PX_TYPE_PASSAGE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/parallax/Parallax/ui/px-source-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, PxSourcePane, box);
  gtk_widget_class_bind_template_child (widget_class, PxSourcePane, header);
  gtk_widget_class_bind_template_child (widget_class, PxSourcePane, text_view);
  gtk_widget_class_bind_template_callback (widget_class, meta_edited_cb);
  gtk_widget_class_bind_template_callback (widget_class, menu_requested_cb);

  gtk_widget_class_install_action (widget_class, "pane.edit-details", NULL, edit_details_action);
  _px_source_pane_class_menu_init (widget_class);
  _px_source_pane_class_quiz_init (widget_class);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
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

static gsize
byte_at (PxSourcePane *self,
         double        x,
         double        y)
{
  GtkTextView *view = GTK_TEXT_VIEW (self->text_view);
  const char *text = px_article_get_text (self->article);
  GtkTextIter iter;
  int bx, by;

  gtk_text_view_window_to_buffer_coords (view, GTK_TEXT_WINDOW_WIDGET, x, y, &bx, &by);
  gtk_text_view_get_iter_at_location (view, &iter, bx, by);
  return g_utf8_offset_to_pointer (text, gtk_text_iter_get_offset (&iter)) - text;
}

/**
 * _px_source_pane_sentence_at:
 * @self: a #PxSourcePane
 * @x: a point in the text view's coordinates
 * @y: likewise
 *
 * Returns: the index of the sentence at the point, or -1
 */
int
_px_source_pane_sentence_at (PxSourcePane *self,
                             double        x,
                             double        y)
{
  return sentence_at_offset (self, byte_at (self, x, y));
}

static void
click_released_cb (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   PxSourcePane    *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view));
  GtkTextIter sel_start, sel_end;
  int sentence;

  /* A drag selects text to copy; only a plain click selects a claim. */
  if (gtk_text_buffer_get_selection_bounds (buffer, &sel_start, &sel_end))
    return;

  if ((sentence = _px_source_pane_sentence_at (self, x, y)) >= 0)
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
  gsize byte;

  if (keyboard)
    return FALSE;

  byte = byte_at (self, x, y);
  for (guint i = 0; i < self->marks->len; i++)
    {
      const PxPaneMark *mark = &g_array_index (self->marks, PxPaneMark, i);

      if (mark->tooltip != NULL && mark->start <= byte && byte < mark->end)
        {
          gtk_tooltip_set_text (tooltip, mark->tooltip);
          return TRUE;
        }
    }
  return FALSE;
}

static void
px_source_pane_init (PxSourcePane *self)
{
  GtkGesture *click;
  GtkTextBuffer *buffer;

  self->marks = g_array_new (FALSE, FALSE, sizeof (PxPaneMark));
  self->masked = g_array_new (FALSE, FALSE, sizeof (guint));
  self->selected_group = -1;
  self->quiz_pick = -1;
  self->show_wording = TRUE;
  self->group_tags = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view));
  _px_source_pane_create_tags (buffer);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), GTK_EVENT_CONTROLLER (click));

  gtk_widget_set_has_tooltip (GTK_WIDGET (self->text_view), TRUE);
  g_signal_connect (self->text_view, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);

  _px_source_pane_menu_init (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pane.quiz-pick", FALSE);
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

/**
 * px_source_pane_replace_article:
 * @self: a #PxSourcePane
 * @article: the same article with corrected metadata
 *
 * Shows a correction of the outlet, title or date without rebuilding the
 * pane: the text, and with it everything drawn on it, stays.
 */
void
px_source_pane_replace_article (PxSourcePane *self,
                                PxArticle    *article)
{
  g_return_if_fail (PX_IS_SOURCE_PANE (self));
  g_return_if_fail (PX_IS_ARTICLE (article));
  g_return_if_fail (g_strcmp0 (px_article_get_text (article), px_article_get_text (self->article)) == 0);

  g_set_object (&self->article, article);
  px_source_header_set_article (self->header, article);
  update_accessible_name (self);
}

GtkTextView *
px_source_pane_get_text_view (PxSourcePane *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_PANE (self), NULL);
  return GTK_TEXT_VIEW (self->text_view);
}

/**
 * px_source_pane_get_header:
 * @self: a #PxSourcePane
 *
 * Returns: (transfer none): the header with outlet, title and date
 */
PxSourceHeader *
px_source_pane_get_header (PxSourcePane *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_PANE (self), NULL);
  return self->header;
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

  px_source_header_set_display_name (self->header, name);
  update_accessible_name (self);
}

/**
 * px_source_pane_get_name:
 * @self: a #PxSourcePane
 *
 * Returns: what the pane calls its source: the outlet, or the neutral name
 *   in classroom mode
 */
const char *
px_source_pane_get_name (PxSourcePane *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_PANE (self), NULL);
  return px_source_header_get_name (self->header);
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
  return px_source_header_dup_text (self->header);
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
  GtkTextView *view;
  const PxSentence *sentences;
  GdkRectangle first, last;
  GtkTextIter start, end;
  int wx, wy0, wy1, line_y, line_height;
  double tx, ty;
  guint n;

  g_return_val_if_fail (PX_IS_SOURCE_PANE (self), FALSE);

  view = GTK_TEXT_VIEW (self->text_view);
  sentences = px_article_get_sentences (self->article, &n);
  if (sentence >= n)
    return FALSE;

  _px_source_pane_iter_at_byte (self, &start, sentences[sentence].start);
  _px_source_pane_iter_at_byte (self, &end, sentences[sentence].end);
  gtk_text_view_get_iter_location (view, &start, &first);
  gtk_text_view_get_iter_location (view, &end, &last);
  gtk_text_view_get_line_yrange (view, &end, &line_y, &line_height);

  gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET, first.x, first.y, &wx, &wy0);
  gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET, last.x,
                                         MAX (last.y + last.height, line_y + MIN (line_height, last.height)),
                                         &wx, &wy1);

  if (!gtk_widget_translate_coordinates (GTK_WIDGET (view), relative_to, 0, 0, &tx, &ty))
    return FALSE;

  *top = ty + wy0;
  *bottom = ty + wy1;
  return TRUE;
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
  return px_source_header_get_absent (self->header);
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
  px_source_header_set_menu (self->header, menu);
}

void
px_source_pane_set_is_reference (PxSourcePane *self,
                                 gboolean      is_reference)
{
  g_return_if_fail (PX_IS_SOURCE_PANE (self));

  px_source_header_set_reference (self->header, is_reference);
  if (is_reference)
    gtk_widget_add_css_class (GTK_WIDGET (self), "reference");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "reference");
}

gboolean
px_source_pane_get_is_reference (PxSourcePane *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_PANE (self), FALSE);
  return px_source_header_get_reference (self->header);
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
