/* px-corrections.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-alignment.h"
#include "px-project.h"

G_BEGIN_DECLS

PxAlignment *px_alignment_apply_corrections (PxAlignment *alignment,
                                             GPtrArray   *corrections);

G_END_DECLS
