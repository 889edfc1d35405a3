/* px-bench-generate.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void        px_bench_append_claim (GString  *out,
                                   GRand    *rand,
                                   guint     claim_seed,
                                   gboolean  reword);
const char *px_bench_quote        (GRand    *rand);

G_END_DECLS
