/* px-figure-extractor-private.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean _px_figure_read_number_word (const char *fold,
                                      gboolean    german,
                                      double     *value,
                                      gboolean   *vague);
double   _px_figure_read_scale_word  (const char *fold,
                                      gboolean    german);

G_END_DECLS
