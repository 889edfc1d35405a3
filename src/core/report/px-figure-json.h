/* px-figure-json.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-figure-extractor.h"
#include "px-json-writer.h"

G_BEGIN_DECLS

void px_figure_mentions_write_json    (PxJsonWriter *writer,
                                      GPtrArray    *articles,
                                      GArray       *mentions);
void px_figure_comparisons_write_json (PxJsonWriter *writer,
                                      GPtrArray    *comparisons);

G_END_DECLS
