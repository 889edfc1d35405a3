/* px-preferences-window.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "px-preferences-window.h"

struct _PxPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  GtkAdjustment        *threshold_adjustment;
  GtkSwitch            *figures_switch;
  GtkSwitch            *wording_switch;
  GtkSwitch            *attribution_switch;
  GtkSwitch            *quotes_switch;
  GtkSpinButton        *text_size_spin;
  GtkSwitch            *palette_switch;
};

G_DEFINE_FINAL_TYPE (PxPreferencesWindow, px_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
px_preferences_window_dispose (GObject *object)
{
  PxPreferencesWindow *self = (PxPreferencesWindow *)object;

  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), PX_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (px_preferences_window_parent_class)->dispose (object);
}

static void
px_preferences_window_class_init (PxPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/parallax/Parallax/ui/px-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PxPreferencesWindow, threshold_adjustment);
  gtk_widget_class_bind_template_child (widget_class, PxPreferencesWindow, figures_switch);
  gtk_widget_class_bind_template_child (widget_class, PxPreferencesWindow, wording_switch);
  gtk_widget_class_bind_template_child (widget_class, PxPreferencesWindow, attribution_switch);
  gtk_widget_class_bind_template_child (widget_class, PxPreferencesWindow, quotes_switch);
  gtk_widget_class_bind_template_child (widget_class, PxPreferencesWindow, text_size_spin);
  gtk_widget_class_bind_template_child (widget_class, PxPreferencesWindow, palette_switch);
}

static void
px_preferences_window_init (PxPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Bound directly: the window applies each change as it lands (the
   * threshold re-aligns after a short pause).
   */
  self->settings = g_settings_new (SCHEMA_ID);
  g_settings_bind (self->settings, "alignment-threshold",
                   self->threshold_adjustment, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "highlight-figures",
                   self->figures_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "highlight-wording",
                   self->wording_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "highlight-attribution",
                   self->attribution_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "highlight-quotes",
                   self->quotes_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "text-size",
                   self->text_size_spin, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "colorblind-palette",
                   self->palette_switch, "active", G_SETTINGS_BIND_DEFAULT);
}

GtkWidget *
px_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (PX_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
}
