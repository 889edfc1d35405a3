/* px-core.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The whole engine for the app, the CLI and the tests: one public header
 * per stage, in the order data flows (HACKING.md has the map).
 */

#pragma once

#include "px-core-types.h"
#include "px-error.h"

#include "px-stage-lexicon.h"
#include "px-stage-text.h"
#include "px-stage-analyse.h"
#include "px-stage-align.h"
#include "px-stage-compare.h"
#include "px-stage-report.h"
#include "px-stage-project.h"
