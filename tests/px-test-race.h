/* px-test-race.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gpointer px_test_race (GThreadFunc func,
                       guint       n_threads);

G_END_DECLS
