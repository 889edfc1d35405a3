/* px-stage-align.h — the align/ stage's public header
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * README
 * Claim groups across the sources: units and terms, word vectors,
 * candidate pairs, the learned link model (data/align-weights.json, fitted
 * by bench/fit-scorer.py), average-linkage grouping, and the emitted
 * PxAlignment with explanations and word diffs.
 *
 * Change here: a feature of the scorer (then refit), candidate generation,
 * grouping, explanations.
 * Sees: the stages before it in src/core/meson.build's px_core_stages,
 * never a later one (the include path has none). HACKING.md has the map.
 */

#pragma once

#include "px-aligner.h"
#include "px-alignment.h"
