/* px-window.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-window"

#include "config.h"

#include <glib/gi18n.h>

#include "px-window-private.h"

G_DEFINE_FINAL_TYPE (PxWindow, px_window, ADW_TYPE_APPLICATION_WINDOW)

static GParamSpec *properties[N_PROPS];

void
_px_window_notify (PxWindow     *self,
                   PxWindowProp  prop)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}


void
_px_window_update_title (PxWindow *self)
{
  g_autofree char *subtitle = NULL;
  g_autofree char *name = NULL;
  guint n = self->articles ? self->articles->len : 0;

  if (n == 0)
    {
      adw_view_switcher_title_set_subtitle (self->window_title, NULL);
      return;
    }

  if (self->project_file != NULL)
    name = g_file_get_basename (self->project_file);

  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u article", "%u articles", n), n);
  if (name != NULL)
    {
      g_autofree char *with_name = g_strdup_printf ("%s%s — %s", self->dirty ? "• " : "", name, subtitle);
      adw_view_switcher_title_set_subtitle (self->window_title, with_name);
    }
  else
    adw_view_switcher_title_set_subtitle (self->window_title, subtitle);
}

void
_px_window_set_dirty (PxWindow *self,
           gboolean  dirty)
{
  if (self->dirty == !!dirty)
    return;
  self->dirty = !!dirty;
  _px_window_update_title (self);
  _px_window_notify (self, PROP_DIRTY);
}

void
_px_window_show_toast (PxWindow   *self,
            const char *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);
  AdwToast *toast = adw_toast_new (escaped);

  /* Messages name files and reasons; give people time to read them. */
  adw_toast_set_timeout (toast, 8);
  adw_toast_overlay_add_toast (self->toasts, toast);

  g_free (self->last_toast);
  self->last_toast = g_strdup (message);
}

void
_px_window_set_busy (PxWindow *self,
          gboolean  busy)
{
  if (self->busy == !!busy)
    return;

  self->busy = !!busy;
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_spinner_set_spinning (self->loading_spinner, busy);
  _px_window_actions_update (self);
  _px_window_notify (self, PROP_BUSY);
}

void
_px_window_set_articles (PxWindow  *self,
              GPtrArray *articles)
{
  if (articles != self->articles)
    {
      g_clear_pointer (&self->articles, g_ptr_array_unref);
      if (articles != NULL)
        self->articles = g_ptr_array_ref (articles);
      px_comparison_view_set_articles (self->comparison_view, articles);
      _px_window_apply_classroom (self);
    }

  if (articles == NULL || articles->len == 0)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else
    gtk_stack_set_visible_child_name (self->stack, "comparison");

  _px_window_update_title (self);
  _px_window_actions_update (self);
  _px_window_notify (self, PROP_N_ARTICLES);
}

static void
save_window_state (PxWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)))
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_apply (self->settings);
}

/* The size and maximised state the window was closed with; on the first run
 * most of the screen, so that several sources fit side by side (a fixed
 * default left most of a large screen unused).
 */
static void
restore_window_state (PxWindow *self)
{
  g_autoptr(GVariant) saved = g_settings_get_user_value (self->settings, "window-width");
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self)));
  int width = g_settings_get_int (self->settings, "window-width");
  int height = g_settings_get_int (self->settings, "window-height");

  if (saved == NULL && g_list_model_get_n_items (monitors) > 0)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, 0);
      GdkRectangle geometry;

      gdk_monitor_get_geometry (monitor, &geometry);
      if (geometry.width > 0 && geometry.height > 0)
        {
          width = geometry.width * 9 / 10;
          height = geometry.height * 9 / 10;
        }
    }
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
}

/* Maximised on realize, before the surface is shown, so that the window
 * maps maximised rather than jumping there.
 */
static void
px_window_realize (GtkWidget *widget)
{
  PxWindow *self = (PxWindow *)widget;

  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  GTK_WIDGET_CLASS (px_window_parent_class)->realize (widget);
}

static void
close_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   gpointer          user_data)
{
  PxWindow *self = user_data;

  if (g_str_equal (response, "discard"))
    {
      self->close_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
  else if (g_str_equal (response, "save"))
    {
      if (self->project_file != NULL)
        _px_window_save (self, self->project_file, TRUE);
      else
        _px_window_run_save_chooser (self, TRUE);
    }
}

static gboolean
px_window_close_request (GtkWindow *window)
{
  PxWindow *self = PX_WINDOW (window);

  if (self->dirty && !self->close_confirmed)
    {
      GtkWidget *dialog;

      dialog = adw_message_dialog_new (window, _("Save Changes?"),
                                       _("Your corrections, notes and settings for this comparison "
                                         "are not saved. Closing the window loses them."));
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "cancel", _("_Cancel"),
                                        "discard", _("_Discard"),
                                        "save", _("_Save"),
                                        NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                                  ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                                  ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
      adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
      g_signal_connect (dialog, "response", G_CALLBACK (close_response_cb), self);
      gtk_window_present (GTK_WINDOW (dialog));
      return TRUE;
    }

  save_window_state (self);

  return GTK_WINDOW_CLASS (px_window_parent_class)->close_request (window);
}

static void
text_size_changed_cb (PxWindow   *self,
                      const char *key,
                      GSettings  *settings)
{
  g_autofree char *css = NULL;

  css = g_strdup_printf (".source-pane textview { font-size: %dpt; }",
                         g_settings_get_int (settings, "text-size"));
  gtk_css_provider_load_from_data (self->text_css, css, -1);
}

static void
px_window_dispose (GObject *object)
{
  PxWindow *self = (PxWindow *)object;

  if (self->text_css != NULL)
    {
      gtk_style_context_remove_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                                     GTK_STYLE_PROVIDER (self->text_css));
      g_clear_object (&self->text_css);
    }

  g_cancellable_cancel (self->cancellable);
  if (self->align_cancellable != NULL)
    g_cancellable_cancel (self->align_cancellable);
  g_clear_handle_id (&self->realign_source, g_source_remove);
  g_clear_handle_id (&self->progress_source, g_source_remove);
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), PX_TYPE_WINDOW);

  G_OBJECT_CLASS (px_window_parent_class)->dispose (object);
}

static void
px_window_finalize (GObject *object)
{
  PxWindow *self = (PxWindow *)object;

  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->articles, g_ptr_array_unref);
  g_clear_object (&self->project);
  g_clear_object (&self->project_file);
  g_clear_object (&self->aligner);
  g_clear_object (&self->align_cancellable);
  g_clear_object (&self->raw_alignment);
  g_clear_object (&self->alignment);
  g_clear_object (&self->comparison);
  g_clear_object (&self->quiz);
  g_clear_pointer (&self->redo, g_ptr_array_unref);
  g_clear_object (&self->recent_menu);
  g_clear_pointer (&self->last_toast, g_free);
  g_clear_pointer (&self->set_name, g_free);

  G_OBJECT_CLASS (px_window_parent_class)->finalize (object);
}

static void
px_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PxWindow *self = PX_WINDOW (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;

    case PROP_ALIGNING:
      g_value_set_boolean (value, self->align_cancellable != NULL || self->diverging);
      break;

    case PROP_INSPECTOR_VISIBLE:
      /* The property action asks for the state even during disposal. */
      g_value_set_boolean (value, self->inspector != NULL && gtk_widget_get_visible (GTK_WIDGET (self->inspector)));
      break;

    case PROP_N_ARTICLES:
      g_value_set_uint (value, self->articles ? self->articles->len : 0);
      break;

    case PROP_CLASSROOM:
      g_value_set_boolean (value, self->classroom);
      break;

    case PROP_DIRTY:
      g_value_set_boolean (value, self->dirty);
      break;

    case PROP_QUIZ:
      g_value_set_boolean (value, self->quiz != NULL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The inspector takes its own column beside the panes, which make room
 * for it (they fit themselves to the width left); the reader can drag the
 * divider.
 */
#define INSPECTOR_WIDTH 360

static void
set_inspector_visible (PxWindow *self,
                       gboolean  visible)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self->paned));

  if (visible && width > 2 * INSPECTOR_WIDTH)
    gtk_paned_set_position (self->paned, width - INSPECTOR_WIDTH);
  gtk_widget_set_visible (GTK_WIDGET (self->inspector), visible);
}

static void
px_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  PxWindow *self = PX_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CLASSROOM:
      px_window_set_classroom (self, g_value_get_boolean (value));
      break;

    case PROP_QUIZ:
      px_window_set_quiz (self, g_value_get_boolean (value));
      break;

    case PROP_INSPECTOR_VISIBLE:
      if (self->inspector != NULL &&
          gtk_widget_get_visible (GTK_WIDGET (self->inspector)) != g_value_get_boolean (value))
        {
          set_inspector_visible (self, g_value_get_boolean (value));
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_window_class_init (PxWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = px_window_dispose;
  object_class->finalize = px_window_finalize;
  object_class->get_property = px_window_get_property;
  object_class->set_property = px_window_set_property;

  window_class->close_request = px_window_close_request;
  widget_class->realize = px_window_realize;

  properties[PROP_INSPECTOR_VISIBLE] =
    g_param_spec_boolean ("inspector-visible", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_ALIGNING] =
    g_param_spec_boolean ("aligning", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_CLASSROOM] =
    g_param_spec_boolean ("classroom", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_DIRTY] =
    g_param_spec_boolean ("dirty", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_N_ARTICLES] =
    g_param_spec_uint ("n-articles", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_QUIZ] =
    g_param_spec_boolean ("quiz", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PX_TYPE_COMPARISON_VIEW);
  g_type_ensure (PX_TYPE_INSPECTOR);
  g_type_ensure (PX_TYPE_CLAIM_TABLE);
  g_type_ensure (PX_TYPE_FIGURES_VIEW);
  g_type_ensure (PX_TYPE_SOURCES_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/parallax/Parallax/ui/px-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PxWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, toasts);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, open_button);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, claim_table);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, figures_view);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, sources_view);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, open_menu);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, inspector);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, comparison_view);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, review_view);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, quiz_bar);

  _px_window_class_actions_init (widget_class);
}

static void
px_window_init (PxWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (SCHEMA_ID);
  self->cancellable = g_cancellable_new ();
  self->redo = g_ptr_array_new_with_free_func ((GDestroyNotify)px_correction_free);

  restore_window_state (self);

  /* libadwaita 1.2 gives the split button's arrow only a description;
   * screen readers need a name.
   */
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_last_child (GTK_WIDGET (self->open_button))),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("More Ways to Open"),
                                  -1);

  _px_window_views_init (self);
  _px_window_review_init (self);
  _px_window_quiz_init (self);
  _px_window_open_init (self);
  _px_window_align_init (self);

  /* The text size applies to every pane of this window. */
  self->text_css = gtk_css_provider_new ();
  gtk_style_context_add_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                              GTK_STYLE_PROVIDER (self->text_css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  g_signal_connect_object (self->settings, "changed::text-size",
                           G_CALLBACK (text_size_changed_cb), self, G_CONNECT_SWAPPED);
  text_size_changed_cb (self, "text-size", self->settings);

  _px_window_actions_update (self);
}

PxWindow *
px_window_new (AdwApplication *application)
{
  return g_object_new (PX_TYPE_WINDOW, "application", application, NULL);
}

/**
 * px_window_get_articles:
 * @self: a #PxWindow
 *
 * Returns: (transfer none) (nullable) (element-type PxArticle): the shown set
 */
GPtrArray *
px_window_get_articles (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);
  return self->articles;
}

PxComparisonView *
px_window_get_comparison_view (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);
  return self->comparison_view;
}

gboolean
px_window_get_busy (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), FALSE);
  return self->busy;
}

/**
 * px_window_get_aligning:
 * @self: a #PxWindow
 *
 * Returns: whether alignment or the divergence search is still running
 */
gboolean
px_window_get_aligning (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), FALSE);
  return self->align_cancellable != NULL || self->diverging;
}

/**
 * px_window_get_comparison:
 * @self: a #PxWindow
 *
 * Returns: (transfer none) (nullable): the divergences of the latest
 *   alignment, once found
 */
PxComparison *
px_window_get_comparison (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);
  return self->comparison;
}

/**
 * px_window_get_alignment:
 * @self: a #PxWindow
 *
 * Returns: (transfer none) (nullable): the latest alignment
 */
PxAlignment *
px_window_get_alignment (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);
  return self->alignment;
}

/**
 * px_window_get_inspector:
 * @self: a #PxWindow
 *
 * Returns: (transfer none): the inspector sidebar
 */
PxInspector *
px_window_get_inspector (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);
  return self->inspector;
}

/**
 * px_window_get_review_view:
 * @self: a #PxWindow
 *
 * Returns: (transfer none): review mode's page, shown by win.review
 */
PxReviewView *
px_window_get_review_view (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);
  return self->review_view;
}

gboolean
px_window_get_classroom (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), FALSE);
  return self->classroom;
}

/**
 * px_window_set_classroom:
 * @self: a #PxWindow
 * @classroom: whether to hide outlet names and metadata
 *
 * Classroom mode shows the sources as "Source A", "Source B", … for blind
 * comparison exercises, until it is turned off; it is saved in the project.
 */
void
px_window_set_classroom (PxWindow *self,
                         gboolean  classroom)
{
  g_return_if_fail (PX_IS_WINDOW (self));

  if (self->classroom == !!classroom)
    return;

  self->classroom = !!classroom;
  _px_window_apply_classroom (self);
  _px_window_update_inspector (self);
  _px_window_update_overviews (self);
  /* The quiz is a classroom exercise: it goes with classroom mode. */
  _px_window_actions_update (self);
  if (self->project != NULL)
    _px_window_set_dirty (self, TRUE);
  _px_window_notify (self, PROP_CLASSROOM);
}

gboolean
px_window_get_dirty (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), FALSE);
  return self->dirty;
}

/**
 * px_window_get_project:
 * @self: a #PxWindow
 *
 * Returns: (transfer none) (nullable): the open project
 */
PxProject *
px_window_get_project (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);
  return self->project;
}

/**
 * px_window_get_last_toast:
 * @self: a #PxWindow
 *
 * Returns: (nullable): the text of the most recent toast, for tests
 */
const char *
px_window_get_last_toast (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);
  return self->last_toast;
}
