/* px-attribution-across-private.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-attribution.h"

G_BEGIN_DECLS

char *px_attribution_compare_across (const PxAttributionSet *sets,
                                     guint                   n_sets,
                                     gboolean               *diverge);

G_END_DECLS
