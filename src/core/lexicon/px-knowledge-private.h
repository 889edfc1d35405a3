/* px-knowledge-private.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "px-knowledge.h"

G_BEGIN_DECLS

/* What the files behind px-knowledge.h share. Each large resource is
 * opened by its own getter the first time it is asked for (g_once), so a
 * process maps only what its languages need.
 */

/* No language counts as German, as it always has. */
static inline gboolean
_px_knowledge_is_german (const char *language)
{
  return language == NULL || g_str_has_prefix (language, "de");
}

gboolean _px_wordlist_open  (void);
gboolean _px_thesaurus_open (void);
gboolean _px_wordnet_open   (void);

G_END_DECLS
