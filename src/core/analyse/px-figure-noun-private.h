/* px-figure-noun-private.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a number counts: the unit or counted noun after it, past the
 * adjectives that may stand between ("10.000 nordkoreanische Soldaten",
 * "two senior officials"), and the noun's stem for its quantity key.
 */

#pragma once

#include <glib.h>

#include "px-figure-tokens-private.h"
#include "px-figure-units-private.h"

G_BEGIN_DECLS

void   _px_figure_find_unit  (Ctx        *c,
                              guint       j,
                              UnitMatch  *m);
char  *_px_figure_stem_noun  (Ctx        *c,
                              const char *lower);

G_END_DECLS
