/* px-stage-text.h — the text/ stage's public header
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * README
 * Files to articles: loading (encodings, front matter, Markdown, HTML main
 * text), metadata, language, segmentation into paragraphs and sentences
 * with their kinds (body, heading, caption, boilerplate), and tokens
 * (stems, compounds, stop words).
 *
 * Change here: a new input format, a sentence-splitting rule, how a token
 * is normalised.
 * Sees: the stages before it in src/core/meson.build's px_core_stages,
 * never a later one (the include path has none). HACKING.md has the map.
 */

#pragma once

#include "px-article-loader.h"
#include "px-article-meta.h"
#include "px-article.h"
#include "px-boilerplate.h"
#include "px-language.h"
#include "px-segmenter.h"
#include "px-tokenizer.h"
