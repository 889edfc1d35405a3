/* px-alignment-private.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-alignment.h"

G_BEGIN_DECLS

/* The aligner fills an alignment before anyone else sees it; from then on it
 * is immutable and may cross threads.
 */
PxAlignment *_px_alignment_new       (GPtrArray   *articles,
                                      double       threshold);
void         _px_alignment_add_group (PxAlignment *self,
                                      char        *label,
                                      GArray      *members,
                                      guint        reference,
                                      GPtrArray   *explanations,
                                      GPtrArray   *diffs);
void         _px_alignment_set_candidates (PxAlignment *self,
                                           GArray      *candidates);
void         _px_alignment_finish    (PxAlignment *self);
GArray      *_px_alignment_evidence_array_new (void);

G_END_DECLS
