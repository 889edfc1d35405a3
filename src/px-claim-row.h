/* px-claim-row.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "px-core.h"

G_BEGIN_DECLS

#define PX_TYPE_CLAIM_ROW (px_claim_row_get_type ())

G_DECLARE_FINAL_TYPE (PxClaimRow, px_claim_row, PX, CLAIM_ROW, GObject)

/* One claim group, with everything its cells show worked out once. */
struct _PxClaimRow
{
  GObject   parent_instance;

  guint     group;
  guint     id;
  guint     coverage;
  guint     n_articles;
  guint     n_divergences;
  guint     reference_article;
  guint     kinds[PX_DIVERGENCE_OMISSION + 1];
  char    **markup;   /* per article; NULL where the source omits the claim */
  char    **plain;
  char     *sources;           /* the names of the sources that report it */
  char     *reference_source;  /* the reference passage's source */
  char     *note;
};

PxClaimRow *px_claim_row_new (PxAlignment *alignment,
                              GPtrArray   *display_names,
                              guint        group,
                              const guint *kinds_of_group,
                              char        *note);

G_END_DECLS
