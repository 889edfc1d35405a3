/* px-test-ui.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-window.h"

G_BEGIN_DECLS

void      px_test_ui_init        (int          *argc,
                                  char       ***argv);
void      px_test_spin           (guint         ms);
PxWindow *px_test_new_window     (void);
void      px_test_destroy_window (PxWindow     *window);
void      px_test_wait_idle      (PxWindow     *window);
void      px_test_wait_aligned   (PxWindow     *window);
PxWindow *px_test_open_sample    (const char   *language);
GtkWidget *px_test_find_widget   (GtkWidget    *root,
                                  GType         type);
void      px_test_save_shot      (GtkWidget    *widget,
                                  const char   *name);

G_END_DECLS
