/* px-report-style.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "px-report-text-role.h"

G_BEGIN_DECLS

/* The type styles of the report, and the one place layouts are made, so
 * that every size used passes through px_report_style_track().
 */
typedef enum
{
  PX_STYLE_TITLE,
  PX_STYLE_HEADING,
  PX_STYLE_BODY,
  PX_STYLE_BODY_BOLD,
  PX_STYLE_NOTE,
  PX_STYLE_NOTE_BOLD,
  PX_N_STYLES,
} PxStyle;

/* How a text fits its width: wrapped at word boundaries (names, which must
 * never break inside a word), wrapped falling back to characters (passages,
 * which may hold a long link), or one line ellipsized at the end.
 */
typedef enum
{
  PX_WRAP_WORD,
  PX_WRAP_PASSAGE,
  PX_WRAP_ELLIPSIZE,
} PxWrap;

typedef struct
{
  double smallest[PX_REPORT_N_TEXT_ROLES];
} PxStyleSizes;

#define PX_STYLE_STOPS 3

double        px_style_get_size         (PxStyle        style);
PangoContext *px_style_create_context   (cairo_t       *cr);
PangoLayout  *px_style_layout           (PangoContext  *context,
                                         PxStyle        style,
                                         double         width,
                                         PxWrap         wrap);
PangoLayout  *px_style_layout_markup    (PangoContext  *context,
                                         PxStyle        style,
                                         const char    *markup,
                                         double         width,
                                         PxWrap         wrap);
double        px_style_layout_height    (PangoLayout   *layout);
void          px_style_layout_set_tabs  (PangoLayout   *layout,
                                         guint          n_tabs,
                                         double         tab_width);
void          px_style_layout_set_stops (PangoLayout   *layout,
                                         const double  *stops,
                                         double         indent);
void          px_style_sizes_init       (PxStyleSizes  *sizes);
void          px_style_sizes_track      (PxStyleSizes  *sizes,
                                         PxStyle        style,
                                         PangoLayout   *layout);

G_END_DECLS
