/* px-aligner.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "px-alignment.h"
#include "px-core-types.h"

G_BEGIN_DECLS

/**
 * PX_ALIGNER_DEFAULT_THRESHOLD:
 *
 * The default of #PxAligner:threshold, measured on the project's samples.
 */
#define PX_TYPE_ALIGNER (px_aligner_get_type ())

G_DECLARE_FINAL_TYPE (PxAligner, px_aligner, PX, ALIGNER, GObject)

double       px_aligner_default_threshold (void);
PxAligner   *px_aligner_new           (void);
double       px_aligner_get_threshold (PxAligner            *self);
void         px_aligner_set_threshold (PxAligner            *self,
                                       double                threshold);
double       px_aligner_get_fraction  (PxAligner            *self);
PxAlignment *px_aligner_run           (PxAligner            *self,
                                       GPtrArray            *articles,
                                       GCancellable         *cancellable,
                                       GError              **error);
void         px_aligner_run_async     (PxAligner            *self,
                                       GPtrArray            *articles,
                                       GCancellable         *cancellable,
                                       GAsyncReadyCallback   callback,
                                       gpointer              user_data);
double      *px_aligner_score_pairs   (PxAligner            *self,
                                       GPtrArray            *articles,
                                       const guint          *pairs,
                                       guint                 n_pairs,
                                       GError              **error);
PxAlignment *px_aligner_run_finish    (PxAligner            *self,
                                       GAsyncResult         *result,
                                       GError              **error);

G_END_DECLS
