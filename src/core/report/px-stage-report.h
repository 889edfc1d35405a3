/* px-stage-report.h — the report/ stage's public header
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * README
 * Writers of a comparison: the JSON report contract, the paginated
 * renderer (PDF and printing share it), the PDF, HTML and CSV writers.
 *
 * Change here: a field of the report, the look of the PDF.
 * Sees: the stages before it in src/core/meson.build's px_core_stages,
 * never a later one (the include path has none). HACKING.md has the map.
 */

#pragma once

#include "px-comparison-json.h"
#include "px-figure-json.h"
#include "px-json-report.h"
#include "px-pdf-exporter.h"
#include "px-report-renderer.h"
#include "px-report-writer.h"
