/* px-vectors-private.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-vectors.h"

G_BEGIN_DECLS

/* For tests and tools: a table of one's own, not the process's default. */
PxVectors *_px_vectors_open (const char  *path,
                             GError     **error);
void       _px_vectors_free (PxVectors   *self);

G_END_DECLS
