/* px-source-header.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "px-core.h"

G_BEGIN_DECLS

#define PX_TYPE_SOURCE_HEADER (px_source_header_get_type ())

G_DECLARE_FINAL_TYPE (PxSourceHeader, px_source_header, PX, SOURCE_HEADER, GtkWidget)

GtkWidget  *px_source_header_new              (void);
void        px_source_header_set_article      (PxSourceHeader *self,
                                               PxArticle      *article);
const char *px_source_header_get_name         (PxSourceHeader *self);
void        px_source_header_set_display_name (PxSourceHeader *self,
                                               const char     *name);
void        px_source_header_set_shared_text  (PxSourceHeader *self,
                                               const char     *text);
gboolean    px_source_header_get_reference    (PxSourceHeader *self);
void        px_source_header_set_reference    (PxSourceHeader *self,
                                               gboolean        reference);
gboolean    px_source_header_get_absent       (PxSourceHeader *self);
void        px_source_header_set_absent       (PxSourceHeader *self,
                                               gboolean        absent);
void        px_source_header_set_menu         (PxSourceHeader *self,
                                               GMenuModel     *menu);
void        px_source_header_edit             (PxSourceHeader *self);
char       *px_source_header_dup_text         (PxSourceHeader *self);

G_END_DECLS
