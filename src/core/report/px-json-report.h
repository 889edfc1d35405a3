/* px-json-report.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "px-alignment.h"
#include "px-core-types.h"

G_BEGIN_DECLS

#define PX_REPORT_FORMAT  "parallax-report"
#define PX_REPORT_VERSION 1

JsonNode *px_json_report_document  (PxArticle  *article);
JsonNode *px_json_report_documents (GPtrArray  *articles);
char     *px_json_report_to_string (JsonNode   *root,
                                    gboolean    pretty);
void      px_json_report_begin     (JsonBuilder *builder);
void      px_json_add_string_or_null (JsonBuilder *builder,
                                      const char  *name,
                                      const char  *value);
JsonNode *px_json_report_groups    (PxAlignment *alignment);
JsonNode *px_json_report_unique    (PxAlignment *alignment);
JsonNode *px_json_report_candidates (PxAlignment *alignment);
JsonNode *px_json_report_build     (PxAlignment *alignment);

G_END_DECLS
