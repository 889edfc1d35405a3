/* px-page-plan.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-page-plan"

#include "config.h"

#include "px-page-plan.h"

typedef struct
{
  GArray   *items;   /* of PxItem */
  gboolean  marks;   /* some passage on it carries marks: it needs the legend */
} Page;

struct _PxPagePlan
{
  GArray *pages;     /* of Page */
};

static void
item_clear (PxItem *item)
{
  g_free (item->markup);
  g_free (item->link);
}

static void
page_clear (Page *page)
{
  g_array_unref (page->items);
}

PxPagePlan *
px_page_plan_new (void)
{
  PxPagePlan *plan = g_new0 (PxPagePlan, 1);

  plan->pages = g_array_new (FALSE, FALSE, sizeof (Page));
  g_array_set_clear_func (plan->pages, (GDestroyNotify)page_clear);
  return plan;
}

void
px_page_plan_free (PxPagePlan *plan)
{
  if (plan == NULL)
    return;
  g_array_unref (plan->pages);
  g_free (plan);
}

/* Returns: the new page's index; items go to it from now on. */
guint
px_page_plan_add_page (PxPagePlan *plan)
{
  Page page = { g_array_new (FALSE, FALSE, sizeof (PxItem)), FALSE };

  g_array_set_clear_func (page.items, (GDestroyNotify)item_clear);
  g_array_append_val (plan->pages, page);
  return plan->pages->len - 1;
}

guint
px_page_plan_get_n_pages (PxPagePlan *plan)
{
  return plan->pages->len;
}

/* Takes over @item's strings. */
void
px_page_plan_add (PxPagePlan *plan,
                  PxItem     *item)
{
  g_assert (plan->pages->len > 0);

  g_array_append_vals (g_array_index (plan->pages, Page, plan->pages->len - 1).items, item, 1);
  item->markup = NULL;
  item->link = NULL;
}

void
px_page_plan_set_marks (PxPagePlan *plan)
{
  g_assert (plan->pages->len > 0);
  g_array_index (plan->pages, Page, plan->pages->len - 1).marks = TRUE;
}

gboolean
px_page_plan_has_marks (PxPagePlan *plan,
                        guint       page)
{
  g_return_val_if_fail (page < plan->pages->len, FALSE);
  return g_array_index (plan->pages, Page, page).marks;
}

const PxItem *
px_page_plan_get_items (PxPagePlan *plan,
                        guint       page,
                        guint      *n_items)
{
  GArray *items;

  g_return_val_if_fail (page < plan->pages->len, NULL);
  items = g_array_index (plan->pages, Page, page).items;
  *n_items = items->len;
  return (const PxItem *)(gpointer)items->data;
}
