/* px-page-plan.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "px-report.h"
#include "px-report-style.h"

G_BEGIN_DECLS

/* What pagination decided, page by page: a list of small recipes for the
 * things on each page. Drawing a page makes its layouts again from them,
 * so that a page costs its own content and memory holds no layouts.
 */
typedef enum
{
  PX_ITEM_TEXT,     /* markup in a style */
  PX_ITEM_CELL,     /* a passage with its marks */
  PX_ITEM_FILL,     /* a shaded rectangle */
  PX_ITEM_RULE,     /* a horizontal line */
} PxItemKind;

typedef struct
{
  PxItemKind          kind;
  PxStyle             style;
  PxWrap              wrap;
  guint32             color;    /* 0xRRGGBB */
  double              x;
  double              y;        /* where the visible part's top goes */
  double              width;
  double              height;   /* visible band of the layout; 0: all of it */
  double              offset;   /* where in the layout the band starts */
  guint               n_tabs;   /* tab stops every tab_width points, for columns of symbols */
  double              tab_width;
  double              stops[PX_STYLE_STOPS]; /* or tab stops where these are not 0 */
  double              indent;   /* a hanging indent: lines after the first start here */
  char               *markup;   /* PX_ITEM_TEXT; owned */
  const PxReportCell *cell;     /* PX_ITEM_CELL; borrowed from the report */
  char               *link;     /* a URI the text links to; owned; may be NULL */
} PxItem;

typedef struct _PxPagePlan PxPagePlan;

PxPagePlan   *px_page_plan_new        (void);
void          px_page_plan_free       (PxPagePlan *plan);
guint         px_page_plan_add_page   (PxPagePlan *plan);
guint         px_page_plan_get_n_pages (PxPagePlan *plan);
void          px_page_plan_add        (PxPagePlan *plan,
                                       PxItem     *item);
void          px_page_plan_set_marks  (PxPagePlan *plan);
gboolean      px_page_plan_has_marks  (PxPagePlan *plan,
                                       guint       page);
const PxItem *px_page_plan_get_items  (PxPagePlan *plan,
                                       guint       page,
                                       guint      *n_items);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxPagePlan, px_page_plan_free)

G_END_DECLS
