/* px-source-header.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-source-header"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "px-source-header.h"

/* A pane's header: outlet, headline and date as a reader knows them, each
 * correctable in a popover (the engine reads them from text that rarely
 * says them plainly); the file name only in tooltips. In classroom mode it
 * shows a neutral name and nothing that gives the source away.
 */
struct _PxSourceHeader
{
  GtkWidget      parent_instance;

  /* Owned */
  PxArticle     *article;
  char          *display_name;
  char          *shared_text;

  /* Template widgets */
  GtkWidget     *box;
  GtkLabel      *outlet_label;
  GtkLabel      *reference_label;
  GtkMenuButton *edit_button;
  GtkMenuButton *menu_button;
  GtkLabel      *title_label;
  GtkLabel      *meta_label;
  GtkRevealer   *absent_revealer;

  /* The details popover's widgets, once it has been built */
  AdwEntryRow   *outlet_row;
  AdwEntryRow   *title_row;
  AdwEntryRow   *date_row;
  GtkLabel      *file_label;
};

enum {
  META_EDITED,
  MENU_REQUESTED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (PxSourceHeader, px_source_header, GTK_TYPE_WIDGET)

static guint signals[N_SIGNALS];

static const char *
language_name (const char *language)
{
  if (g_strcmp0 (language, "de") == 0)
    return _("German");
  if (g_strcmp0 (language, "en") == 0)
    return _("English");
  return language;
}

static char *
dup_file_name (PxSourceHeader *self)
{
  const char *path = px_article_get_path (self->article);

  return path != NULL ? g_path_get_basename (path) : g_strdup (px_article_get_id (self->article));
}

/* The date as a calendar date: the time rarely matters when comparing
 * coverage, and costs width.
 */
static void
update_meta (PxSourceHeader *self)
{
  g_autoptr(GString) meta = g_string_new (NULL);
  const char *date = self->display_name == NULL ? px_article_get_date (self->article) : NULL;
  const char *language = px_article_get_language (self->article);

  if (date != NULL)
    g_string_append_len (meta, date, MIN (strlen (date), 10));
  if (language != NULL)
    g_string_append_printf (meta, "%s%s", meta->len > 0 ? " · " : "", language_name (language));
  if (self->shared_text != NULL)
    g_string_append_printf (meta, "%s%s", meta->len > 0 ? " · " : "", self->shared_text);
  gtk_label_set_label (self->meta_label, meta->str);
}

static void
update_title (PxSourceHeader *self)
{
  const char *title = px_article_get_title (self->article);
  gboolean derived = px_article_get_title_derived (self->article);
  g_autofree char *file = dup_file_name (self);
  g_autofree char *tooltip = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->title_label), self->display_name == NULL);
  gtk_label_set_label (self->title_label, self->display_name == NULL ? title : "");
  if (derived)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "derived");
      /* Translators: a tooltip on a title Parallax made up; %s is the file name. */
      tooltip = g_strdup_printf (_("%s\nNo headline found: these are the article's opening words.\nFile: %s"),
                                 title, file);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->title_label), "derived");
      /* Translators: a tooltip on a source's title; %s is the file name. */
      tooltip = g_strdup_printf (_("%s\nFile: %s"), title, file);
    }
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->title_label),
                               self->display_name == NULL ? tooltip : NULL);
}

static void
update (PxSourceHeader *self)
{
  g_autofree char *file = NULL;
  g_autofree char *outlet_tooltip = NULL;

  if (self->article == NULL)
    return;

  file = dup_file_name (self);
  gtk_label_set_label (self->outlet_label, px_source_header_get_name (self));
  /* Translators: a tooltip on a source's outlet; %s is the file name. */
  outlet_tooltip = g_strdup_printf (_("File: %s"), file);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->outlet_label),
                               self->display_name == NULL ? outlet_tooltip : NULL);
  update_title (self);
  update_meta (self);

  /* Editing would show what classroom mode hides. */
  gtk_widget_set_visible (GTK_WIDGET (self->edit_button), self->display_name == NULL);
}

/* The rows start from what is shown each time the popover opens, so that
 * an abandoned edit leaves nothing behind.
 */
static void
edit_popover_show_cb (PxSourceHeader *self)
{
  const char *date = px_article_get_date (self->article);
  g_autofree char *file = dup_file_name (self);
  /* Translators: in the source details popover; %s is the file name. */
  g_autofree char *from = g_strdup_printf (_("Read from %s"), file);

  gtk_label_set_label (self->file_label, from);
  gtk_editable_set_text (GTK_EDITABLE (self->outlet_row), px_article_get_outlet (self->article));
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), px_article_get_title (self->article));
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date != NULL ? date : "");
}

static void
row_applied_cb (PxSourceHeader *self,
                AdwEntryRow    *row)
{
  g_autofree char *value = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  PxMetaField field;

  /* An empty value would leave the reader with nothing to go by. */
  if (*value == '\0')
    return;
  if (row == self->outlet_row)
    field = PX_META_FIELD_OUTLET;
  else if (row == self->title_row)
    field = PX_META_FIELD_TITLE;
  else
    field = PX_META_FIELD_DATE;
  g_signal_emit (self, signals[META_EDITED], 0, (guint)field, value);
}

/* The details popover is built when it first opens: a set of hundreds of
 * sources would otherwise build hundreds of them, three entry rows each, up
 * front (a third of the time its panes took to appear, issue #18).
 */
static void
edit_popup_cb (GtkMenuButton *button,
               gpointer       user_data)
{
  PxSourceHeader *self = user_data;
  g_autoptr(GtkBuilder) builder = gtk_builder_new ();
  g_autoptr(GError) error = NULL;
  GtkPopover *popover;

  gtk_builder_set_translation_domain (builder, GETTEXT_PACKAGE);
  if (!gtk_builder_add_from_resource (builder, "/io/github/parallax/Parallax/ui/px-source-details.ui", &error))
    g_error ("Source details: %s", error->message);
  popover = GTK_POPOVER (gtk_builder_get_object (builder, "edit_popover"));
  self->outlet_row = ADW_ENTRY_ROW (gtk_builder_get_object (builder, "outlet_row"));
  self->title_row = ADW_ENTRY_ROW (gtk_builder_get_object (builder, "title_row"));
  self->date_row = ADW_ENTRY_ROW (gtk_builder_get_object (builder, "date_row"));
  self->file_label = GTK_LABEL (gtk_builder_get_object (builder, "file_label"));
  {
    AdwEntryRow *rows[] = { self->outlet_row, self->title_row, self->date_row };

    for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
      g_signal_connect_object (rows[i], "apply", G_CALLBACK (row_applied_cb), self, G_CONNECT_SWAPPED);
  }
  g_signal_connect_object (popover, "show", G_CALLBACK (edit_popover_show_cb), self, G_CONNECT_SWAPPED);
  gtk_menu_button_set_popover (button, GTK_WIDGET (popover));
}

/* The source menu names every other source ("Compare With"); it is built
 * when it opens, so that a set of hundreds of sources does not build
 * hundreds of menus of hundreds of items up front.
 */
static void
menu_popup_cb (GtkMenuButton *button,
               gpointer       user_data)
{
  g_signal_emit (user_data, signals[MENU_REQUESTED], 0);
}

static void
px_source_header_dispose (GObject *object)
{
  PxSourceHeader *self = (PxSourceHeader *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PX_TYPE_SOURCE_HEADER);

  G_OBJECT_CLASS (px_source_header_parent_class)->dispose (object);
}

static void
px_source_header_finalize (GObject *object)
{
  PxSourceHeader *self = (PxSourceHeader *)object;

  g_clear_object (&self->article);
  g_clear_pointer (&self->display_name, g_free);
  g_clear_pointer (&self->shared_text, g_free);

  G_OBJECT_CLASS (px_source_header_parent_class)->finalize (object);
}

static void
px_source_header_class_init (PxSourceHeaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_source_header_dispose;
  object_class->finalize = px_source_header_finalize;

  /**
   * PxSourceHeader::meta-edited:
   * @self: the header
   * @field: the #PxMetaField the reader corrected
   * @value: the new value, not empty
   */
  signals[META_EDITED] =
    g_signal_new ("meta-edited",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_STRING);

  /**
   * PxSourceHeader::menu-requested:
   * @self: the header
   *
   * The source menu is about to open; the handler sets it with
   * px_source_header_set_menu().
   */
  signals[MENU_REQUESTED] =
    g_signal_new ("menu-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/parallax/Parallax/ui/px-source-header.ui");
  gtk_widget_class_bind_template_child (widget_class, PxSourceHeader, box);
  gtk_widget_class_bind_template_child (widget_class, PxSourceHeader, outlet_label);
  gtk_widget_class_bind_template_child (widget_class, PxSourceHeader, reference_label);
  gtk_widget_class_bind_template_child (widget_class, PxSourceHeader, edit_button);
  gtk_widget_class_bind_template_child (widget_class, PxSourceHeader, menu_button);
  gtk_widget_class_bind_template_child (widget_class, PxSourceHeader, title_label);
  gtk_widget_class_bind_template_child (widget_class, PxSourceHeader, meta_label);
  gtk_widget_class_bind_template_child (widget_class, PxSourceHeader, absent_revealer);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "sourceheader");
}

static void
px_source_header_init (PxSourceHeader *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->edit_button, edit_popup_cb, self, NULL);
  gtk_menu_button_set_create_popup_func (self->menu_button, menu_popup_cb, self, NULL);
}

GtkWidget *
px_source_header_new (void)
{
  return g_object_new (PX_TYPE_SOURCE_HEADER, NULL);
}

/**
 * px_source_header_set_article:
 * @self: a #PxSourceHeader
 * @article: the article whose outlet, title and date to show
 */
void
px_source_header_set_article (PxSourceHeader *self,
                              PxArticle      *article)
{
  g_return_if_fail (PX_IS_SOURCE_HEADER (self));
  g_return_if_fail (PX_IS_ARTICLE (article));

  g_set_object (&self->article, article);
  update (self);
}

/**
 * px_source_header_get_name:
 * @self: a #PxSourceHeader
 *
 * Returns: what the header calls the source: its outlet, or the neutral
 *   name in classroom mode
 */
const char *
px_source_header_get_name (PxSourceHeader *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_HEADER (self), NULL);

  if (self->display_name != NULL)
    return self->display_name;
  return self->article != NULL ? px_article_get_outlet (self->article) : "";
}

/**
 * px_source_header_set_display_name:
 * @self: a #PxSourceHeader
 * @name: (nullable): a neutral name such as "Source A", or %NULL
 *
 * With a name, the header hides the outlet, headline and date (classroom
 * mode); with %NULL it shows them again.
 */
void
px_source_header_set_display_name (PxSourceHeader *self,
                                   const char     *name)
{
  g_return_if_fail (PX_IS_SOURCE_HEADER (self));

  if (g_strcmp0 (name, self->display_name) == 0)
    return;
  g_free (self->display_name);
  self->display_name = g_strdup (name);
  update (self);
}

void
px_source_header_set_shared_text (PxSourceHeader *self,
                                  const char     *text)
{
  g_return_if_fail (PX_IS_SOURCE_HEADER (self));

  g_free (self->shared_text);
  self->shared_text = g_strdup (text);
  if (self->article != NULL)
    update_meta (self);
}

gboolean
px_source_header_get_reference (PxSourceHeader *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_HEADER (self), FALSE);
  return gtk_widget_get_visible (GTK_WIDGET (self->reference_label));
}

void
px_source_header_set_reference (PxSourceHeader *self,
                                gboolean        reference)
{
  g_return_if_fail (PX_IS_SOURCE_HEADER (self));
  gtk_widget_set_visible (GTK_WIDGET (self->reference_label), reference);
}

gboolean
px_source_header_get_absent (PxSourceHeader *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_HEADER (self), FALSE);
  return gtk_revealer_get_reveal_child (self->absent_revealer);
}

void
px_source_header_set_absent (PxSourceHeader *self,
                             gboolean        absent)
{
  g_return_if_fail (PX_IS_SOURCE_HEADER (self));
  gtk_revealer_set_reveal_child (self->absent_revealer, absent);
}

/**
 * px_source_header_set_menu:
 * @self: a #PxSourceHeader
 * @menu: (nullable): the menu of the header's menu button
 */
void
px_source_header_set_menu (PxSourceHeader *self,
                           GMenuModel     *menu)
{
  g_return_if_fail (PX_IS_SOURCE_HEADER (self));
  gtk_menu_button_set_menu_model (self->menu_button, menu);
}

/**
 * px_source_header_edit:
 * @self: a #PxSourceHeader
 *
 * Opens the popover in which the reader corrects outlet, title and date.
 */
void
px_source_header_edit (PxSourceHeader *self)
{
  g_return_if_fail (PX_IS_SOURCE_HEADER (self));

  if (gtk_widget_get_visible (GTK_WIDGET (self->edit_button)))
    gtk_menu_button_popup (self->edit_button);
}

/**
 * px_source_header_dup_text:
 * @self: a #PxSourceHeader
 *
 * Returns: (transfer full): the header's visible text, for tests and the
 *   accessibility checks
 */
char *
px_source_header_dup_text (PxSourceHeader *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_HEADER (self), NULL);

  return g_strdup_printf ("%s\n%s\n%s",
                          gtk_label_get_label (self->outlet_label),
                          gtk_widget_get_visible (GTK_WIDGET (self->title_label))
                            ? gtk_label_get_label (self->title_label) : "",
                          gtk_label_get_label (self->meta_label));
}
