/* px-palette.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Group colours: the Okabe–Ito palette, which stays distinguishable for the
 * common forms of colour blindness. Past eight groups the colours repeat, and
 * the underline style (the second cue) tells neighbours apart.
 */
#define PX_PALETTE_N_COLORS 8

void           px_palette_get_color     (guint    index,
                                         GdkRGBA *rgba);
PangoUnderline px_palette_get_underline (guint    index);

G_END_DECLS
