/* px-core.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-core-types.h"
#include "px-article.h"
#include "px-article-loader.h"
#include "px-article-meta.h"
#include "px-error.h"
#include "px-json-report.h"
#include "px-language.h"
#include "px-project.h"
#include "px-report.h"
#include "px-report-renderer.h"
#include "px-report-writer.h"
#include "px-pdf-exporter.h"
#include "px-segmenter.h"
#include "px-tokenizer.h"
#include "px-aligner.h"
#include "px-alignment.h"
#include "px-figure.h"
#include "px-figure-extractor.h"
#include "px-attribution.h"
#include "px-attribution-finder.h"
#include "px-quote-finder.h"
#include "px-comparison.h"
#include "px-corrections.h"
