/* px-attribution-finder-private.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the attribution finder tells the rest of the analyse stage beyond
 * its public API: where a sentence names its sources, so that the figure
 * extractor can tell a count of sources ("drei Quellen") from a claim.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

GArray *_px_attribution_source_spans (const char *text,
                                      gsize       start,
                                      gsize       end,
                                      gboolean    english);

G_END_DECLS
