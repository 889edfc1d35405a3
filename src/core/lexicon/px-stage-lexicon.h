/* px-stage-lexicon.h — the lexicon/ stage's public header
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * README
 * Word resources, read-only and shared by every run: our small lists (stop
 * words, reporting verbs, aliases, months), the German word list for
 * compounds, OpenThesaurus and WordNet synonyms, the English word vectors
 * and the German–English dictionary that maps German words into their
 * space. Each is loaded the first time a stage asks, once per process.
 *
 * Change here: a new word list, a new lexicon format, how a resource is
 * found on disk.
 * Sees: the stages before it in src/core/meson.build's px_core_stages,
 * never a later one (the include path has none). HACKING.md has the map.
 */

#pragma once

#include "px-dictionary.h"
#include "px-knowledge.h"
#include "px-vectors.h"
