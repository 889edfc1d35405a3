/* px-palette.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "px-palette.h"

static const char *colors[PX_PALETTE_N_COLORS] = {
  "#E69F00", /* orange */
  "#56B4E9", /* sky blue */
  "#009E73", /* bluish green */
  "#F0E442", /* yellow */
  "#0072B2", /* blue */
  "#D55E00", /* vermillion */
  "#CC79A7", /* reddish purple */
  "#999999", /* grey */
};

void
px_palette_get_color (guint    index,
                      GdkRGBA *rgba)
{
  gdk_rgba_parse (rgba, colors[index % PX_PALETTE_N_COLORS]);
}

PangoUnderline
px_palette_get_underline (guint index)
{
  static const PangoUnderline styles[] = {
    PANGO_UNDERLINE_SINGLE,
    PANGO_UNDERLINE_DOUBLE,
    PANGO_UNDERLINE_ERROR,
  };

  return styles[(index / PX_PALETTE_N_COLORS) % G_N_ELEMENTS (styles)];
}
