/* px-stage-analyse.h — the analyse/ stage's public header
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * README
 * Per-sentence findings: figures (numbers, units, counted nouns, hedges,
 * ranges), attributions (cues, sources, chains) and direct quotes. Quote
 * spans are the low module both finders share.
 *
 * Change here: how a figure, a reporting cue or a quotation is read.
 * Sees: the stages before it in src/core/meson.build's px_core_stages,
 * never a later one (the include path has none). HACKING.md has the map.
 */

#pragma once

#include "px-attribution-finder.h"
#include "px-attribution.h"
#include "px-figure-extractor.h"
#include "px-figure.h"
#include "px-quote-finder.h"
#include "px-quote-rendering.h"
#include "px-quote-span.h"
