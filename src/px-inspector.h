/* px-inspector.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "px-core.h"

G_BEGIN_DECLS

#define PX_TYPE_INSPECTOR (px_inspector_get_type ())

G_DECLARE_FINAL_TYPE (PxInspector, px_inspector, PX, INSPECTOR, GtkWidget)

typedef char *(*PxInspectorNameFunc) (guint article, gpointer user_data);

GtkWidget  *px_inspector_new           (void);
void        px_inspector_show_group    (PxInspector         *self,
                                        PxAlignment         *alignment,
                                        int                  group,
                                        GPtrArray           *details,
                                        const char          *note);
void        px_inspector_set_name_func (PxInspector         *self,
                                        PxInspectorNameFunc  func,
                                        gpointer             user_data);
char       *px_inspector_dup_text      (PxInspector         *self);
void        px_inspector_set_masked_names (PxInspector      *self,
                                        const char * const *names);
const char *px_inspector_get_note      (PxInspector         *self);
void        px_inspector_show_suggestions (PxInspector      *self,
                                        PxAlignment         *alignment,
                                        const PxAlignmentCandidate *suggestions,
                                        guint                n_suggestions,
                                        int                  current);

G_END_DECLS
