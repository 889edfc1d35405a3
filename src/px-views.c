/* px-views.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-views"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "px-views.h"

/* What the overviews (claims, figures, sources) share: the names they show
 * for the sources, classroom masking, and their column views' cells,
 * columns and widths.
 */

/**
 * px_views_label_internals:
 * @widget: a #GtkColumnView or #GtkDropDown
 * @label: the accessible name
 *
 * GTK 4.8 gives the focusable children inside column views and drop-downs
 * no name of their own, so screen readers announce a type name; they get
 * the name of their parent.
 */
void
px_views_label_internals (GtkWidget  *widget,
                          const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_focusable (child) || GTK_IS_TOGGLE_BUTTON (child) || GTK_IS_LIST_VIEW (child) ||
        g_str_equal (G_OBJECT_TYPE_NAME (child), "GtkColumnListView"))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/**
 * px_views_dup_display_name:
 * @alignment: the alignment
 * @display_names: (nullable) (element-type utf8): a name per article
 * @article: an article index
 *
 * Returns: (transfer full): the name the overviews show for @article
 */
char *
px_views_dup_display_name (PxAlignment *alignment,
                           GPtrArray   *display_names,
                           guint        article)
{
  const char *outlet;

  if (display_names != NULL && article < display_names->len &&
      g_ptr_array_index (display_names, article) != NULL)
    return g_strdup (g_ptr_array_index (display_names, article));

  outlet = px_article_get_outlet (px_alignment_get_article (alignment, article));
  if (outlet != NULL && *outlet != '\0')
    return g_strdup (outlet);
  /* Translators: a source with no outlet name; %u counts from 1. */
  return g_strdup_printf (_("Source %u"), article + 1);
}

/* German declines outlet names ("dem Märkischen Rundfunk"), so each word
 * of the name matches with any ending: the word less a common inflection
 * ending, then any word characters.
 */
static GRegex *
outlet_regex (const char *outlet)
{
  static const char *endings[] = { "en", "er", "es", "em", "e", "s", "n" };
  g_auto(GStrv) words = g_regex_split_simple ("\\s+", outlet, 0, 0);
  g_autoptr(GString) pattern = g_string_new (NULL);

  for (guint w = 0; words[w] != NULL; w++)
    {
      g_autofree char *stem = g_strdup (words[w]);
      g_autofree char *escaped = NULL;
      gsize len = strlen (stem);

      if (len == 0)
        continue;
      for (guint e = 0; e < G_N_ELEMENTS (endings); e++)
        {
          gsize le = strlen (endings[e]);

          if (len > le + 4 && g_str_has_suffix (stem, endings[e]))
            {
              stem[len - le] = '\0';
              break;
            }
        }
      escaped = g_regex_escape_string (stem, -1);
      if (pattern->len > 0)
        g_string_append (pattern, "\\s+");
      g_string_append_printf (pattern, "%s\\w*", escaped);
    }
  if (pattern->len == 0)
    return NULL;
  g_string_prepend (pattern, "(?<!\\w)");
  return g_regex_new (pattern->str, G_REGEX_OPTIMIZE, 0, NULL);
}

/**
 * px_views_mask_outlets:
 * @alignment: the alignment
 * @display_names: (nullable) (element-type utf8): a name per article
 * @text: text to show
 *
 * Replaces the outlet names of the set with their display names, so that
 * classroom mode hides an outlet even where a passage or an attribution
 * names it ("nach Blickpunkt24-Informationen").
 *
 * Returns: (transfer full): the masked text
 */
char *
px_views_mask_outlets (PxAlignment *alignment,
                       GPtrArray   *display_names,
                       const char  *text)
{
  char *out;

  if (text == NULL)
    return NULL;

  out = g_strdup (text);
  for (guint a = 0; display_names != NULL && a < px_alignment_get_n_articles (alignment); a++)
    {
      const char *outlet = px_article_get_outlet (px_alignment_get_article (alignment, a));
      g_autofree char *name = px_views_dup_display_name (alignment, display_names, a);
      g_autoptr(GRegex) regex = NULL;
      char *replaced;

      if (outlet == NULL || *outlet == '\0' || g_str_equal (outlet, name))
        continue;
      if ((regex = outlet_regex (outlet)) == NULL)
        continue;
      replaced = g_regex_replace_literal (regex, out, -1, 0, name, 0, NULL);
      if (replaced != NULL)
        {
          g_free (out);
          out = replaced;
        }
    }
  return out;
}

/**
 * px_views_dup_names:
 * @display_names: (nullable) (element-type utf8): a name per article
 *
 * Returns: (transfer full) (nullable) (element-type utf8): a copy the
 *   view keeps
 */
GPtrArray *
px_views_dup_names (GPtrArray *display_names)
{
  GPtrArray *copy;

  if (display_names == NULL)
    return NULL;
  copy = g_ptr_array_new_full (display_names->len, g_free);
  for (guint i = 0; i < display_names->len; i++)
    g_ptr_array_add (copy, g_strdup (g_ptr_array_index (display_names, i)));
  return copy;
}

/**
 * px_views_new_cell_label:
 *
 * Returns: (transfer floating): a wrapping label aligned to the top left,
 *   for a table cell
 */
GtkWidget *
px_views_new_cell_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  return label;
}

/**
 * px_views_add_column:
 * @view: a column view
 * @title: the column's header
 * @setup: the factory's "setup" handler
 * @bind: the factory's "bind" handler
 * @data: data for both
 *
 * Returns: (transfer none): the column, appended to @view
 */
GtkColumnViewColumn *
px_views_add_column (GtkColumnView *view,
                     const char    *title,
                     GCallback      setup,
                     GCallback      bind,
                     gpointer       data)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_signal_connect (factory, "setup", setup, data);
  g_signal_connect (factory, "bind", bind, data);
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_append_column (view, column);
  g_object_unref (column);
  return column;
}

/**
 * px_views_source_width:
 * @width: the view's width
 * @fixed: the width of the columns that are not sources
 * @n_sources: how many source columns share the rest
 * @minimum: the narrowest a source column may be
 *
 * Returns: the width of each source column
 */
int
px_views_source_width (int   width,
                       int   fixed,
                       guint n_sources,
                       int   minimum)
{
  /* Room for the scrollbar and the column separators. */
  int available = width - fixed - 24;

  if (n_sources == 0)
    return minimum;
  return MAX (minimum, available / (int)n_sources);
}

/**
 * px_views_set_column_widths:
 * @view: a column view
 * @first: the first source column
 * @n_after: how many columns follow the sources
 * @width: the width to give each source column
 *
 * Sets the source columns' widths; called from an idle, since resizing
 * columns during allocation would loop.
 */
void
px_views_set_column_widths (GtkColumnView *view,
                            guint          first,
                            guint          n_after,
                            int            width)
{
  GListModel *columns = gtk_column_view_get_columns (view);
  guint n = g_list_model_get_n_items (columns);

  for (guint i = first; i + n_after < n; i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      gtk_column_view_column_set_fixed_width (column, width);
    }
}

/**
 * px_views_many_sources:
 * @comparison: (nullable): a comparison
 *
 * Returns: whether its set has more sources than the overviews give a
 *   column each (%PX_VIEWS_MAX_SOURCE_COLUMNS)
 */
gboolean
px_views_many_sources (PxComparison *comparison)
{
  return comparison != NULL &&
         px_alignment_get_n_articles (px_comparison_get_alignment (comparison)) > PX_VIEWS_MAX_SOURCE_COLUMNS;
}
