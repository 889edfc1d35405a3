/* px-claim-table.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "px-core.h"

G_BEGIN_DECLS

/**
 * PxClaimFilter:
 * @PX_CLAIM_FILTER_ALL: every claim
 * @PX_CLAIM_FILTER_DIVERGENT: claims with a divergence other than an omission
 * @PX_CLAIM_FILTER_PARTIAL: claims that at least one source leaves out
 * @PX_CLAIM_FILTER_SINGLE: claims that only one source carries
 */
typedef enum
{
  PX_CLAIM_FILTER_ALL,
  PX_CLAIM_FILTER_DIVERGENT,
  PX_CLAIM_FILTER_PARTIAL,
  PX_CLAIM_FILTER_SINGLE,
} PxClaimFilter;

/**
 * PxClaimSort:
 * @PX_CLAIM_SORT_ORDER: in the order the claims first appear
 * @PX_CLAIM_SORT_COVERAGE: the claims most sources carry first
 * @PX_CLAIM_SORT_DIVERGENCES: the claims with most divergences first
 */
typedef enum
{
  PX_CLAIM_SORT_ORDER,
  PX_CLAIM_SORT_COVERAGE,
  PX_CLAIM_SORT_DIVERGENCES,
} PxClaimSort;

#define PX_TYPE_CLAIM_TABLE (px_claim_table_get_type ())

G_DECLARE_FINAL_TYPE (PxClaimTable, px_claim_table, PX, CLAIM_TABLE, GtkWidget)

/**
 * PxClaimTableNotesFunc:
 * @group: a claim group
 * @user_data: the data given to px_claim_table_set_notes_func()
 *
 * Returns: (transfer full) (nullable): the user's note on @group
 */
typedef char *(*PxClaimTableNotesFunc) (guint group, gpointer user_data);

GtkWidget     *px_claim_table_new             (void);
void           px_claim_table_set_comparison  (PxClaimTable          *self,
                                               PxComparison          *comparison,
                                               GPtrArray             *display_names);
PxComparison  *px_claim_table_get_comparison  (PxClaimTable          *self);
void           px_claim_table_set_notes_func  (PxClaimTable          *self,
                                               PxClaimTableNotesFunc  func,
                                               gpointer               user_data,
                                               GDestroyNotify         destroy);
void           px_claim_table_refresh_notes   (PxClaimTable          *self);
void           px_claim_table_set_filter      (PxClaimTable          *self,
                                               PxClaimFilter          filter);
PxClaimFilter  px_claim_table_get_filter      (PxClaimTable          *self);
void           px_claim_table_set_sort        (PxClaimTable          *self,
                                               PxClaimSort            sort);
PxClaimSort    px_claim_table_get_sort        (PxClaimTable          *self);
void           px_claim_table_select_group    (PxClaimTable          *self,
                                               int                    group);
int            px_claim_table_get_selected_group (PxClaimTable       *self);
GtkColumnView *px_claim_table_get_column_view (PxClaimTable          *self);
guint          px_claim_table_get_n_rows      (PxClaimTable          *self);
guint          px_claim_table_get_row_group   (PxClaimTable          *self,
                                               guint                  position);
char          *px_claim_table_dup_cell_text   (PxClaimTable          *self,
                                               guint                  position,
                                               guint                  article);

G_END_DECLS
