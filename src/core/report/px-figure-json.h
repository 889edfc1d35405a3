/* px-figure-json.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "px-figure-extractor.h"

G_BEGIN_DECLS

JsonNode *px_figure_mentions_to_json    (GPtrArray *articles,
                                         GArray    *mentions);
JsonNode *px_figure_comparisons_to_json (GPtrArray *comparisons);

G_END_DECLS
