/* px-stage-compare.h — the compare/ stage's public header
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * README
 * Divergences per claim group (figures, wording, attribution, quotes,
 * omissions) and the comparison façade PxComparison that runs the whole
 * pipeline; PxReport is its printable model.
 *
 * Change here: how two sources' findings are compared, what a divergence
 * says.
 * Sees: the stages before it in src/core/meson.build's px_core_stages,
 * never a later one (the include path has none). HACKING.md has the map.
 */

#pragma once

#include "px-comparison.h"
#include "px-report.h"
