/* px-application.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PX_TYPE_APPLICATION (px_application_get_type ())

G_DECLARE_FINAL_TYPE (PxApplication, px_application, PX, APPLICATION, AdwApplication)

PxApplication *px_application_new (void);
gboolean       px_save_widget_png (GtkWidget   *widget,
                                   const char  *path,
                                   GError     **error);

G_END_DECLS
