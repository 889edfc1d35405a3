/* px-stage-project.h — the project/ stage's public header
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * README
 * What the user keeps: project files (articles, settings, notes) and
 * corrections (link, unlink, split) replayed on every new alignment.
 *
 * Change here: the project file format, a new kind of correction.
 * Sees: the stages before it in src/core/meson.build's px_core_stages,
 * never a later one (the include path has none). HACKING.md has the map.
 */

#pragma once

#include "px-corrections.h"
#include "px-project.h"
#include "px-review-queue.h"
