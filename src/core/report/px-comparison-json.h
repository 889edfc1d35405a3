/* px-comparison-json.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-comparison.h"
#include "px-json-writer.h"

G_BEGIN_DECLS

void  px_comparison_write_json (PxComparison *self,
                                PxJsonWriter *writer);
char *px_comparison_to_json    (PxComparison *self);

G_END_DECLS
