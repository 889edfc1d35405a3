/* px-boilerplate.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-core-types.h"

G_BEGIN_DECLS

void _px_boilerplate_classify (PxArticle *article);

G_END_DECLS
