/* px-error.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "px-error.h"

G_DEFINE_QUARK (px-error-quark, px_error)
