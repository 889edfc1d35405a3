/* px-figure-extractor.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "px-figure.h"

G_BEGIN_DECLS

GPtrArray *px_figure_extract (const char *text,
                              gsize       start,
                              gsize       end,
                              const char *language);

G_END_DECLS
