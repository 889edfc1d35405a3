/* px-dictionary-compile.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "px-index-writer.h"

G_BEGIN_DECLS

/* At most this many English words are kept per German key; a lookup
 * returns at most PX_DICTIONARY_MAX_TRANSLATIONS (px-dictionary.h).
 */
#define PX_DICTIONARY_KEPT_TRANSLATIONS 8

/* The tables of a DICT index (px-index-format.h). */
enum {
  PX_DICTIONARY_FORMS,
  PX_DICTIONARY_STEMS,
  PX_DICTIONARY_ENGLISH,
};

PxIndexWriter *px_dictionary_compile (const char  *source,
                                      GError     **error);

G_END_DECLS
