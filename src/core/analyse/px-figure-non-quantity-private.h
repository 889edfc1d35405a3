/* px-figure-non-quantity-private.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What only looks like a quantity: times, dates, ordinals, years, phone
 * numbers and designators ("F-16", "Artikel 5", "Buslinie 912").
 */

#pragma once

#include <glib.h>

#include "px-figure-number-private.h"
#include "px-figure-tokens-private.h"

G_BEGIN_DECLS

gboolean  _px_figure_is_not_quantity  (Ctx    *c,
                                       guint   i,
                                       Number *num,
                                       guint  *skip_to);
gboolean  _px_figure_is_year_shaped   (Number *num);
gboolean  _px_figure_year_cue_before  (Ctx    *c,
                                       guint   i);

G_END_DECLS
