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
#include "px-json-writer.h"

G_BEGIN_DECLS

#define PX_REPORT_FORMAT  "parallax-report"
#define PX_REPORT_VERSION 1

/* Writes a group's divergences other than its wording ones. */
typedef void (*PxJsonReportDivergences) (PxJsonWriter *writer,
                                         guint         group,
                                         gpointer      user_data);

void px_json_report_write_header     (PxJsonWriter            *writer);
void px_json_report_write_document   (PxJsonWriter            *writer,
                                      PxArticle               *article);
void px_json_report_write_documents  (PxJsonWriter            *writer,
                                      GPtrArray               *articles);
void px_json_report_write_groups     (PxJsonWriter            *writer,
                                      PxAlignment             *alignment,
                                      PxJsonReportDivergences  more,
                                      gpointer                 user_data);
void px_json_report_write_unique     (PxJsonWriter            *writer,
                                      PxAlignment             *alignment);
void px_json_report_write_candidates (PxJsonWriter            *writer,
                                      PxAlignment             *alignment);

/* For documents json-glib builds whole (the project file). */
void px_json_add_string_or_null      (JsonBuilder             *builder,
                                      const char              *name,
                                      const char              *value);

G_END_DECLS
