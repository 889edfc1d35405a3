/* px-dictionary-private.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-dictionary.h"

G_BEGIN_DECLS

/* For tests: a dictionary of one's own Ding file, not the process's. */
PxDictionary *_px_dictionary_open (const char   *source);
void          _px_dictionary_free (PxDictionary *self);

G_END_DECLS
