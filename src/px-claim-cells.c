/* px-claim-cells.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-claim-table"

#include "config.h"

#include <glib/gi18n.h>

#include "px-claim-cells.h"
#include "px-claim-row.h"
#include "px-views.h"

/* The claim table's cells: the claim's number and coverage, each source's
 * passage (or a dash where it leaves the claim out), the divergence
 * badges, the note.
 */

static GtkWidget *
new_cell_label (void)
{
  GtkWidget *label = px_views_new_cell_label ();

  gtk_label_set_width_chars (GTK_LABEL (label), 22);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 48);
  return label;
}

static void
setup_claim_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *number = gtk_label_new (NULL);
  GtkWidget *coverage = gtk_label_new (NULL);
  GtkWidget *level = gtk_level_bar_new ();

  gtk_widget_set_valign (box, GTK_ALIGN_START);
  gtk_label_set_xalign (GTK_LABEL (number), 0);
  gtk_label_set_xalign (GTK_LABEL (coverage), 0);
  gtk_widget_add_css_class (number, "px-claim-number");
  gtk_widget_add_css_class (coverage, "px-coverage");
  gtk_widget_add_css_class (coverage, "dim-label");
  /* The bar shows coverage, not a warning level. */
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (level), GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (level), GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (level), GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_widget_set_size_request (level, 52, -1);
  gtk_widget_set_halign (level, GTK_ALIGN_START);

  gtk_box_append (GTK_BOX (box), number);
  gtk_box_append (GTK_BOX (box), coverage);
  gtk_box_append (GTK_BOX (box), level);
  gtk_list_item_set_child (item, box);
}

static void
bind_claim_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  PxClaimRow *row = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *number = gtk_widget_get_first_child (box);
  GtkWidget *coverage = gtk_widget_get_next_sibling (number);
  GtkWidget *level = gtk_widget_get_next_sibling (coverage);
  g_autofree char *number_text = g_strdup_printf ("%u", row->id);
  g_autofree char *coverage_text = g_strdup_printf ("%u/%u", row->coverage, row->n_articles);
  /* Translators: for screen readers, e.g. "4 of 5 sources report this claim". */
  g_autofree char *description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "%u of %u source reports this claim",
                                                               "%u of %u sources report this claim",
                                                               row->n_articles),
                                                  row->coverage, row->n_articles);

  gtk_label_set_label (GTK_LABEL (number), number_text);
  gtk_label_set_label (GTK_LABEL (coverage), coverage_text);
  gtk_widget_set_tooltip_text (coverage, description);
  gtk_level_bar_set_min_value (GTK_LEVEL_BAR (level), 0);
  gtk_level_bar_set_max_value (GTK_LEVEL_BAR (level), MAX (row->n_articles, 1));
  gtk_level_bar_set_value (GTK_LEVEL_BAR (level), row->coverage);
  gtk_accessible_update_property (GTK_ACCESSIBLE (level),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);
}

/* A passage under a small caption. */
static GtkWidget *
new_captioned_passage (const char *caption_text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *caption = gtk_label_new (caption_text);
  GtkWidget *label = new_cell_label ();

  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_label_set_ellipsize (GTK_LABEL (caption), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (caption, "caption-heading");
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_widget_add_css_class (label, "px-passage");
  gtk_widget_set_valign (box, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), caption);
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

static void
setup_passage_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  GtkWidget *box = new_captioned_passage (_("Reference"));

  gtk_widget_set_tooltip_text (gtk_widget_get_first_child (box),
                               _("The other sources’ wording is compared with this passage"));
  gtk_list_item_set_child (item, box);
}

static void
bind_passage_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  guint article = GPOINTER_TO_UINT (user_data);
  PxClaimRow *row = gtk_list_item_get_item (item);
  GtkWidget *caption = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *label = gtk_widget_get_next_sibling (caption);

  /* Marks only make sense against the passage they are measured from. */
  gtk_widget_set_visible (caption, article == row->reference_article && row->coverage > 1);

  if (article < row->n_articles && row->markup[article] != NULL)
    {
      gtk_label_set_markup (GTK_LABEL (label), row->markup[article]);
      gtk_widget_remove_css_class (label, "dim-label");
      gtk_widget_remove_css_class (label, "px-omitted");
      gtk_widget_set_tooltip_text (label, NULL);
    }
  else
    {
      gtk_label_set_text (GTK_LABEL (label), "—");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "px-omitted");
      gtk_widget_set_tooltip_text (label, _("This source does not report the claim"));
    }
}

static const char *
kind_css (PxDivergenceKind kind)
{
  switch (kind)
    {
    case PX_DIVERGENCE_FIGURE:
      return "figure";
    case PX_DIVERGENCE_WORDING:
      return "wording";
    case PX_DIVERGENCE_ATTRIBUTION:
      return "attribution";
    case PX_DIVERGENCE_QUOTE:
      return "quote";
    case PX_DIVERGENCE_OMISSION:
    default:
      return "omission";
    }
}

static const char *
kind_label (PxDivergenceKind kind)
{
  switch (kind)
    {
    case PX_DIVERGENCE_FIGURE:
      return _("Figures");
    case PX_DIVERGENCE_WORDING:
      return _("Wording");
    case PX_DIVERGENCE_ATTRIBUTION:
      return _("Attribution");
    case PX_DIVERGENCE_QUOTE:
      return _("Quote");
    case PX_DIVERGENCE_OMISSION:
    default:
      return _("Omission");
    }
}

static void
setup_divergences_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item,
                      gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

  gtk_widget_set_valign (box, GTK_ALIGN_START);
  gtk_widget_set_halign (box, GTK_ALIGN_START);
  gtk_list_item_set_child (item, box);
}

static void
bind_divergences_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     gpointer                  user_data)
{
  PxClaimRow *row = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)))
    gtk_box_remove (GTK_BOX (box), child);

  for (guint k = 0; k < PX_DIVERGENCE_OMISSION; k++)
    {
      g_autofree char *text = NULL;
      GtkWidget *badge;

      if (row->kinds[k] == 0)
        continue;
      text = row->kinds[k] > 1
        ? g_strdup_printf ("%s ×%u", kind_label (k), row->kinds[k])
        : g_strdup (kind_label (k));
      badge = gtk_label_new (text);
      gtk_widget_set_halign (badge, GTK_ALIGN_START);
      gtk_widget_add_css_class (badge, "px-badge");
      gtk_widget_add_css_class (badge, kind_css (k));
      gtk_box_append (GTK_BOX (box), badge);
    }

  if (row->n_divergences == 0)
    {
      GtkWidget *none = gtk_label_new (_("None"));

      gtk_label_set_xalign (GTK_LABEL (none), 0);
      gtk_widget_add_css_class (none, "dim-label");
      gtk_box_append (GTK_BOX (box), none);
    }
}

static void
setup_note_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *label = new_cell_label ();

  gtk_label_set_width_chars (GTK_LABEL (label), 16);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_list_item_set_child (item, label);
}

static void
bind_note_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  PxClaimRow *row = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), row->note ? row->note : "");
}

GtkColumnViewColumn *
px_claim_cells_add_claim (GtkColumnView *view)
{
  return px_views_add_column (view, _("Claim"), G_CALLBACK (setup_claim_cb), G_CALLBACK (bind_claim_cb), NULL);
}

GtkColumnViewColumn *
px_claim_cells_add_passage (GtkColumnView *view,
                            const char    *source,
                            guint          article)
{
  return px_views_add_column (view, source, G_CALLBACK (setup_passage_cb), G_CALLBACK (bind_passage_cb),
                              GUINT_TO_POINTER (article));
}

static void
setup_reference_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  user_data)
{
  gtk_list_item_set_child (item, new_captioned_passage (NULL));
}

/* The reference passage under its source's name. */
static void
bind_reference_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  PxClaimRow *row = gtk_list_item_get_item (item);
  GtkWidget *caption = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *label = gtk_widget_get_next_sibling (caption);
  guint reference = row->reference_article;

  gtk_label_set_text (GTK_LABEL (caption), row->reference_source != NULL ? row->reference_source : "");
  if (reference < row->n_articles && row->markup[reference] != NULL)
    gtk_label_set_markup (GTK_LABEL (label), row->markup[reference]);
  else
    gtk_label_set_text (GTK_LABEL (label), "—");
}

static void
setup_sources_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  GtkWidget *label = new_cell_label ();

  gtk_label_set_lines (GTK_LABEL (label), 6);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_sources_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  PxClaimRow *row = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_text (GTK_LABEL (label), row->sources);
  gtk_widget_set_tooltip_text (label, row->sources);
}

/* For sets of more than PX_VIEWS_MAX_SOURCE_COLUMNS sources: the
 * reference passage, then which sources report the claim.
 */
GtkColumnViewColumn *
px_claim_cells_add_reference (GtkColumnView *view)
{
  return px_views_add_column (view, _("Reference Passage"), G_CALLBACK (setup_reference_cb),
                              G_CALLBACK (bind_reference_cb), NULL);
}

GtkColumnViewColumn *
px_claim_cells_add_sources (GtkColumnView *view)
{
  return px_views_add_column (view, _("Sources"), G_CALLBACK (setup_sources_cb),
                              G_CALLBACK (bind_sources_cb), NULL);
}

GtkColumnViewColumn *
px_claim_cells_add_divergences (GtkColumnView *view)
{
  return px_views_add_column (view, _("Divergences"), G_CALLBACK (setup_divergences_cb),
                              G_CALLBACK (bind_divergences_cb), NULL);
}

GtkColumnViewColumn *
px_claim_cells_add_notes (GtkColumnView *view)
{
  return px_views_add_column (view, _("Notes"), G_CALLBACK (setup_note_cb), G_CALLBACK (bind_note_cb), NULL);
}
