/* px-palette.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "px-core.h"

G_BEGIN_DECLS

/* Group colours: the Okabe–Ito palette, which stays distinguishable for the
 * common forms of colour blindness. Colours are handed out so that claims
 * that stand next to each other in a source never share one (see
 * px_palette_assign()); the underline style is the second cue.
 */
#define PX_PALETTE_N_COLORS 8

void           px_palette_get_color           (guint        index,
                                               GdkRGBA     *rgba);
PangoUnderline px_palette_get_underline       (guint        index);
guint          px_palette_get_group_slot      (PxAlignment *alignment,
                                               guint        group);
void           px_palette_get_group_color     (PxAlignment *alignment,
                                               guint        group,
                                               GdkRGBA     *rgba);
PangoUnderline px_palette_get_group_underline (PxAlignment *alignment,
                                               guint        group);
GArray        *px_palette_assign              (PxAlignment *alignment);

G_END_DECLS
