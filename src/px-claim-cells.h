/* px-claim-cells.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkColumnViewColumn *px_claim_cells_add_claim       (GtkColumnView *view);
GtkColumnViewColumn *px_claim_cells_add_passage     (GtkColumnView *view,
                                                     const char    *source,
                                                     guint          article);
GtkColumnViewColumn *px_claim_cells_add_reference   (GtkColumnView *view);
GtkColumnViewColumn *px_claim_cells_add_sources     (GtkColumnView *view);
GtkColumnViewColumn *px_claim_cells_add_divergences (GtkColumnView *view);
GtkColumnViewColumn *px_claim_cells_add_notes       (GtkColumnView *view);

G_END_DECLS
