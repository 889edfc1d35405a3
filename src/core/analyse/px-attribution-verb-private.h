/* px-attribution-verb-private.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Who a reporting verb's source is, read from German and English word
 * order: the subject before the verb, the phrase after a clause-initial
 * verb, the agent of a passive. The caller decides whether a phrase
 * resolves to a source (it knows what the article said before), so this
 * reader only proposes phrases.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Offered the phrase [a, b) of the sentence's tokens; returns TRUE to take
 * it as the verb's source.
 */
typedef gboolean (*PxVerbSourceFunc) (guint    a,
                                      guint    b,
                                      gboolean anonymous_hint,
                                      gpointer user_data);

gboolean _px_verb_source (GArray           *toks,
                          guint             v,
                          const char       *text,
                          gboolean          english,
                          PxVerbSourceFunc  try_source,
                          gpointer          user_data,
                          guint            *src_end);

G_END_DECLS
