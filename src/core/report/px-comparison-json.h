/* px-comparison-json.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "px-comparison.h"

G_BEGIN_DECLS

JsonNode *px_comparison_to_json (PxComparison *self);

G_END_DECLS
