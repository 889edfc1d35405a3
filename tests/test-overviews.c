/* test-overviews.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gi18n.h>

#include "px-application.h"
#include "px-claim-row.h"
#include "px-claim-table.h"
#include "px-figures-view.h"
#include "px-sources-view.h"
#include "px-test-ui.h"
#include "px-test-utils.h"
#include "px-views.h"
#include "px-window.h"

/* The German sample, loaded and compared once through a real window. */
static PxWindow *sample_window;

static gboolean
timeout_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

static PxComparison *
sample_comparison (void)
{
  gboolean timed_out = FALSE;
  guint id;

  if (sample_window == NULL)
    {
      sample_window = g_object_new (PX_TYPE_WINDOW, NULL);
      gtk_window_present (GTK_WINDOW (sample_window));
      px_window_open_sample (sample_window, "de");
    }

  id = g_timeout_add_seconds (30, timeout_cb, &timed_out);
  while ((px_window_get_busy (sample_window) || px_window_get_aligning (sample_window) ||
          px_window_get_comparison (sample_window) == NULL) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (id);

  return px_window_get_comparison (sample_window);
}

static GtkWindow *
show_in_window (GtkWidget *child)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (window, 1400, 860);
  gtk_window_set_child (window, child);
  gtk_window_present (window);
  px_test_spin (200);
  return window;
}

static void
close_window (GtkWindow *window)
{
  gtk_window_destroy (window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* What the engine says about a group, computed here independently of the
 * widgets.
 */
static guint
coverage_of (PxAlignment *alignment,
             guint        group)
{
  const PxAlignmentMember *members;
  guint n_members, covered = 0;
  g_autofree gboolean *present = g_new0 (gboolean, px_alignment_get_n_articles (alignment));

  members = px_alignment_group_get_members (alignment, group, &n_members);
  for (guint m = 0; m < n_members; m++)
    {
      covered += !present[members[m].article];
      present[members[m].article] = TRUE;
    }
  return covered;
}

static gboolean
group_has_article (PxAlignment *alignment,
                   guint        group,
                   guint        article)
{
  const PxAlignmentMember *members;
  guint n_members;

  members = px_alignment_group_get_members (alignment, group, &n_members);
  for (guint m = 0; m < n_members; m++)
    if (members[m].article == article)
      return TRUE;
  return FALSE;
}

static guint
divergences_of (PxComparison *comparison,
                guint         group)
{
  GPtrArray *divergences = px_comparison_get_divergences (comparison);
  guint n = 0;

  for (guint i = 0; i < divergences->len; i++)
    {
      PxDivergence *d = g_ptr_array_index (divergences, i);

      n += d->group == group && d->kind != PX_DIVERGENCE_OMISSION;
    }
  return n;
}

static void
collect_labels (GtkWidget *widget,
                GString   *out)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_labels (child, out);
}

static GtkWidget *
find_widget (GtkWidget  *widget,
             GType       type,
             const char *label)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && gtk_widget_get_mapped (widget))
    {
      if (label == NULL)
        return widget;
      if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
        return widget;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
group_activated_cb (GtkWidget *widget,
                    int        group,
                    int       *out)
{
  *out = group;
}

static void
test_claim_table (void)
{
  PxComparison *comparison = sample_comparison ();
  PxAlignment *alignment = px_comparison_get_alignment (comparison);
  guint n_groups = px_alignment_get_n_groups (alignment);
  guint n_articles = px_alignment_get_n_articles (alignment);
  PxClaimTable *table = PX_CLAIM_TABLE (px_claim_table_new ());
  GtkWindow *window = show_in_window (GTK_WIDGET (table));
  guint expected_divergent = 0, expected_partial = 0, expected_single = 0, max_coverage = 0;
  int partial_group = -1, activated = -1;
  guint absent_article = 0;
  GtkWidget *button;

  px_claim_table_set_comparison (table, comparison, NULL);

  /* One row per claim, one column per source plus the claim and the
   * divergences.
   */
  g_assert_cmpuint (px_claim_table_get_n_rows (table), ==, n_groups);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_column_view_get_columns (px_claim_table_get_column_view (table))),
                    ==, n_articles + 2);

  for (guint g = 0; g < n_groups; g++)
    {
      guint coverage = coverage_of (alignment, g);

      expected_divergent += divergences_of (comparison, g) > 0;
      expected_partial += coverage < n_articles;
      expected_single += coverage == 1;
      max_coverage = MAX (max_coverage, coverage);
      if (partial_group < 0 && coverage >= 2 && coverage < n_articles)
        partial_group = g;
    }
  g_assert_cmpint (partial_group, >=, 0);
  g_assert_cmpuint (expected_divergent, >, 0);
  /* Some claims every source carries, so the omission filter must drop rows. */
  g_assert_cmpuint (expected_partial, >, 0);
  g_assert_cmpuint (expected_partial, <, n_groups);

  /* In the order of appearance the row is the group; a source that omits
   * the claim shows a dash, one that carries it shows its passage.
   */
  g_assert_cmpuint (px_claim_table_get_row_group (table, partial_group), ==, (guint)partial_group);
  for (guint a = 0; a < n_articles; a++)
    {
      g_autofree char *cell = px_claim_table_dup_cell_text (table, partial_group, a);

      if (!group_has_article (alignment, partial_group, a))
        {
          g_assert_cmpstr (cell, ==, "—");
          absent_article = a;
        }
      else
        {
          const PxAlignmentMember *members;
          guint n_members;

          members = px_alignment_group_get_members (alignment, partial_group, &n_members);
          for (guint m = 0; m < n_members; m++)
            if (members[m].article == a)
              {
                PxArticle *article = px_alignment_get_article (alignment, a);
                const PxSentence *s = &px_article_get_sentences (article, NULL)[members[m].sentence];
                g_autofree char *sentence = g_strndup (px_article_get_text (article) + s->start, s->end - s->start);

                g_assert_nonnull (strstr (cell, sentence));
              }
        }
    }
  (void)absent_article;

  /* The dash is on screen too once the row is scrolled to. */
  px_claim_table_select_group (table, partial_group);
  px_test_spin (300);
  {
    g_autoptr(GString) labels = g_string_new (NULL);

    collect_labels (GTK_WIDGET (px_claim_table_get_column_view (table)), labels);
    g_assert_nonnull (strstr (labels->str, "\n—\n"));
  }

  px_test_save_shot (GTK_WIDGET (window), "overview-claims.png");

  /* Filters, through the toggle buttons a user clicks. */
  button = find_widget (GTK_WIDGET (table), GTK_TYPE_TOGGLE_BUTTON, "Divergent");
  g_assert_nonnull (button);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
  g_assert_cmpint (px_claim_table_get_filter (table), ==, PX_CLAIM_FILTER_DIVERGENT);
  g_assert_cmpuint (px_claim_table_get_n_rows (table), ==, expected_divergent);
  for (guint i = 0; i < px_claim_table_get_n_rows (table); i++)
    g_assert_cmpuint (divergences_of (comparison, px_claim_table_get_row_group (table, i)), >, 0);
  px_test_save_shot (GTK_WIDGET (window), "overview-claims-divergent.png");

  button = find_widget (GTK_WIDGET (table), GTK_TYPE_TOGGLE_BUTTON, "Partly Omitted");
  g_assert_nonnull (button);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
  g_assert_cmpuint (px_claim_table_get_n_rows (table), ==, expected_partial);

  px_claim_table_set_filter (table, PX_CLAIM_FILTER_SINGLE);
  g_assert_cmpuint (px_claim_table_get_n_rows (table), ==, expected_single);
  px_test_save_shot (GTK_WIDGET (window), "overview-claims-single.png");
  /* No rows means the empty state says why, instead of a blank table. */
  if (expected_single == 0)
    g_assert_nonnull (find_widget (GTK_WIDGET (table), ADW_TYPE_STATUS_PAGE, NULL));
  else
    g_assert_null (find_widget (GTK_WIDGET (table), ADW_TYPE_STATUS_PAGE, NULL));

  /* The empty state offers the way back. */
  if (expected_single == 0)
    {
      button = find_widget (GTK_WIDGET (table), GTK_TYPE_BUTTON, "_Show All Claims");
      g_assert_nonnull (button);
      g_signal_emit_by_name (button, "clicked");
      g_assert_cmpint (px_claim_table_get_filter (table), ==, PX_CLAIM_FILTER_ALL);
    }

  px_claim_table_set_filter (table, PX_CLAIM_FILTER_ALL);
  g_assert_cmpuint (px_claim_table_get_n_rows (table), ==, n_groups);
  g_assert_null (find_widget (GTK_WIDGET (table), ADW_TYPE_STATUS_PAGE, NULL));

  /* Sorting by coverage puts the widest-reported claims first. */
  px_claim_table_set_sort (table, PX_CLAIM_SORT_COVERAGE);
  g_assert_cmpuint (coverage_of (alignment, px_claim_table_get_row_group (table, 0)), ==, max_coverage);
  for (guint i = 1; i < n_groups; i++)
    g_assert_cmpuint (coverage_of (alignment, px_claim_table_get_row_group (table, i - 1)), >=,
                      coverage_of (alignment, px_claim_table_get_row_group (table, i)));

  /* The drop-down sorts too. */
  {
    GtkWidget *dropdown = find_widget (GTK_WIDGET (table), GTK_TYPE_DROP_DOWN, NULL);

    g_assert_nonnull (dropdown);
    gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), PX_CLAIM_SORT_DIVERGENCES);
    g_assert_cmpint (px_claim_table_get_sort (table), ==, PX_CLAIM_SORT_DIVERGENCES);
    for (guint i = 1; i < n_groups; i++)
      g_assert_cmpuint (divergences_of (comparison, px_claim_table_get_row_group (table, i - 1)), >=,
                        divergences_of (comparison, px_claim_table_get_row_group (table, i)));
  }

  /* Selecting a row tells the window which group to show. */
  g_signal_connect (table, "group-activated", G_CALLBACK (group_activated_cb), &activated);
  {
    GtkSelectionModel *model = gtk_column_view_get_model (px_claim_table_get_column_view (table));

    gtk_selection_model_select_item (model, 3, TRUE);
    g_assert_cmpint (activated, ==, (int)px_claim_table_get_row_group (table, 3));
    g_assert_cmpint (px_claim_table_get_selected_group (table), ==, activated);
  }

  /* Selecting from outside does not echo back. */
  activated = -1;
  px_claim_table_select_group (table, 0);
  g_assert_cmpint (activated, ==, -1);

  close_window (window);
}

static char *
note_func (guint    group,
           gpointer user_data)
{
  return group == 0 ? g_strdup ("Check the evacuation figure") : NULL;
}

static void
test_claim_table_notes (void)
{
  PxComparison *comparison = sample_comparison ();
  PxAlignment *alignment = px_comparison_get_alignment (comparison);
  PxClaimTable *table = PX_CLAIM_TABLE (px_claim_table_new ());
  GtkWindow *window = show_in_window (GTK_WIDGET (table));
  g_autoptr(GString) labels = g_string_new (NULL);

  px_claim_table_set_comparison (table, comparison, NULL);
  px_claim_table_set_notes_func (table, note_func, NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_column_view_get_columns (px_claim_table_get_column_view (table))),
                    ==, px_alignment_get_n_articles (alignment) + 3);
  px_test_spin (300);
  collect_labels (GTK_WIDGET (table), labels);
  g_assert_nonnull (strstr (labels->str, "Check the evacuation figure"));

  /* Without a comparison the table explains itself instead of staying blank. */
  px_claim_table_set_comparison (table, NULL, NULL);
  g_assert_cmpuint (px_claim_table_get_n_rows (table), ==, 0);
  px_test_spin (100);
  g_assert_nonnull (find_widget (GTK_WIDGET (table), ADW_TYPE_STATUS_PAGE, NULL));

  close_window (window);
}

static void
test_figures_view (void)
{
  PxComparison *comparison = sample_comparison ();
  GPtrArray *figure_groups = px_comparison_get_figure_groups (comparison);
  PxFiguresView *view = PX_FIGURES_VIEW (px_figures_view_new ());
  GtkWindow *window = show_in_window (GTK_WIDGET (view));
  int activated = -1;
  gboolean disputed = FALSE;

  px_figures_view_set_comparison (view, comparison, NULL);
  g_assert_cmpuint (figure_groups->len, >, 0);
  g_assert_cmpuint (px_figures_view_get_n_rows (view), ==, figure_groups->len);

  for (guint i = 0; i < figure_groups->len; i++)
    {
      PxGroupFigures *gf = g_ptr_array_index (figure_groups, i);
      g_autofree char *text = px_figures_view_dup_row_text (view, i);
      g_auto(GStrv) cells = g_strsplit (text, "\t", -1);
      guint n_cells = g_strv_length (cells);

      g_assert_cmpuint (px_figures_view_get_row_group (view, i), ==, gf->group);
      g_assert_cmpstr (cells[n_cells - 1], ==, px_figures_view_verdict_label (gf->verdict));
      disputed |= gf->verdict == PX_FIGURE_VERDICT_DIFFER || gf->verdict == PX_FIGURE_VERDICT_CONTRADICT;
    }
  /* The sample disputes the number of evacuees; that must show as such. */
  g_assert_true (disputed);

  px_test_spin (200);
  {
    g_autoptr(GString) labels = g_string_new (NULL);

    collect_labels (GTK_WIDGET (view), labels);
    g_assert_true (strstr (labels->str, "Differ\n") || strstr (labels->str, "Contradict\n"));
  }

  g_signal_connect (view, "group-activated", G_CALLBACK (group_activated_cb), &activated);
  gtk_selection_model_select_item (gtk_column_view_get_model (px_figures_view_get_column_view (view)),
                                   figure_groups->len - 1, TRUE);
  g_assert_cmpint (activated, ==,
                   (int)((PxGroupFigures *)g_ptr_array_index (figure_groups, figure_groups->len - 1))->group);

  px_test_save_shot (GTK_WIDGET (window), "overview-figures.png");
  close_window (window);
}

static void
test_sources_view (void)
{
  PxComparison *comparison = sample_comparison ();
  PxAlignment *alignment = px_comparison_get_alignment (comparison);
  guint n = px_alignment_get_n_articles (alignment);
  PxSourcesView *view = PX_SOURCES_VIEW (px_sources_view_new ());
  GtkWindow *window = show_in_window (GTK_WIDGET (view));
  guint chains = 0;

  px_sources_view_set_comparison (view, comparison, NULL);

  for (guint a = 0; a < n; a++)
    for (guint b = 0; b < n; b++)
      {
        guint expected = 0;

        for (guint g = 0; g < px_alignment_get_n_groups (alignment); g++)
          expected += group_has_article (alignment, g, a) && group_has_article (alignment, g, b);
        g_assert_cmpuint (px_sources_view_get_shared (view, a, b), ==, expected);
      }
  /* Sources of one event share claims. */
  g_assert_cmpuint (px_sources_view_get_shared (view, 0, 1), >, 0);

  /* Several sources cite someone; none draws a chain twice. */
  for (guint a = 0; a < n; a++)
    {
      chains += px_sources_view_get_n_chains (view, a);
      g_assert_cmpuint (px_sources_view_get_n_chains (view, a), <=,
                        px_comparison_get_attributions (comparison, a)->len);
    }
  g_assert_cmpuint (chains, >, 0);

  /* The passages only one source has are listed under it. */
  px_test_spin (200);
  {
    g_autoptr(GString) labels = g_string_new (NULL);
    gboolean found = FALSE;

    collect_labels (GTK_WIDGET (view), labels);
    for (guint a = 0; a < n && !found; a++)
      {
        PxArticle *article = px_alignment_get_article (alignment, a);
        const guint *unique;
        guint n_unique;

        unique = px_alignment_get_unique_sentences (alignment, a, &n_unique);
        if (n_unique > 0)
          {
            const PxSentence *s = &px_article_get_sentences (article, NULL)[unique[0]];
            g_autofree char *sentence = g_strndup (px_article_get_text (article) + s->start, s->end - s->start);

            g_assert_nonnull (strstr (labels->str, sentence));
            found = TRUE;
          }
      }
    g_assert_true (found);
  }

  px_test_save_shot (GTK_WIDGET (window), "overview-sources.png");
  close_window (window);
}

/* The English sample goes through the same views without a complaint. */
static void
test_english (void)
{
  PxWindow *window = g_object_new (PX_TYPE_WINDOW, NULL);
  PxClaimTable *table = PX_CLAIM_TABLE (px_claim_table_new ());
  PxFiguresView *figures = PX_FIGURES_VIEW (px_figures_view_new ());
  PxSourcesView *sources = PX_SOURCES_VIEW (px_sources_view_new ());
  GtkWindow *windows[3];
  PxComparison *comparison;
  PxAlignment *alignment;
  gboolean timed_out = FALSE;
  guint id;

  gtk_window_present (GTK_WINDOW (window));
  px_window_open_sample (window, "en");
  id = g_timeout_add_seconds (30, timeout_cb, &timed_out);
  while ((px_window_get_busy (window) || px_window_get_aligning (window) ||
          px_window_get_comparison (window) == NULL) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (id);
  comparison = px_window_get_comparison (window);
  alignment = px_comparison_get_alignment (comparison);

  windows[0] = show_in_window (GTK_WIDGET (table));
  windows[1] = show_in_window (GTK_WIDGET (figures));
  windows[2] = show_in_window (GTK_WIDGET (sources));
  px_claim_table_set_comparison (table, comparison, NULL);
  px_figures_view_set_comparison (figures, comparison, NULL);
  px_sources_view_set_comparison (sources, comparison, NULL);
  px_test_spin (300);

  g_assert_cmpuint (px_claim_table_get_n_rows (table), ==, px_alignment_get_n_groups (alignment));
  g_assert_cmpuint (px_figures_view_get_n_rows (figures), ==, px_comparison_get_figure_groups (comparison)->len);
  px_test_save_shot (GTK_WIDGET (windows[0]), "overview-claims-en.png");

  /* Emptying the views again leaves them explaining themselves. */
  px_figures_view_set_comparison (figures, NULL, NULL);
  px_sources_view_set_comparison (sources, NULL, NULL);
  px_test_spin (100);
  g_assert_cmpuint (px_figures_view_get_n_rows (figures), ==, 0);
  g_assert_nonnull (find_widget (GTK_WIDGET (figures), ADW_TYPE_STATUS_PAGE, NULL));
  g_assert_nonnull (find_widget (GTK_WIDGET (sources), ADW_TYPE_STATUS_PAGE, NULL));

  for (guint w = 0; w < G_N_ELEMENTS (windows); w++)
    close_window (windows[w]);
  close_window (GTK_WINDOW (window));
}

/* In classroom mode the sources are "Source A", "Source B"… by their place
 * in the window's set; no view may give an outlet away.
 */
static void
test_classroom (void)
{
  PxComparison *comparison = sample_comparison ();
  PxAlignment *alignment = px_comparison_get_alignment (comparison);
  GPtrArray *articles = px_window_get_articles (sample_window);
  guint n = px_alignment_get_n_articles (alignment);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  PxClaimTable *table = PX_CLAIM_TABLE (px_claim_table_new ());
  PxFiguresView *figures = PX_FIGURES_VIEW (px_figures_view_new ());
  PxSourcesView *sources = PX_SOURCES_VIEW (px_sources_view_new ());
  GtkWindow *windows[3];
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint a = 0; a < n; a++)
    {
      PxArticle *article = px_alignment_get_article (alignment, a);
      guint position = 0;

      g_assert_true (g_ptr_array_find (articles, article, &position));
      g_ptr_array_add (names, g_strdup_printf ("Source %c", 'A' + position));
    }

  windows[0] = show_in_window (GTK_WIDGET (table));
  windows[1] = show_in_window (GTK_WIDGET (figures));
  windows[2] = show_in_window (GTK_WIDGET (sources));
  px_claim_table_set_comparison (table, comparison, names);
  px_figures_view_set_comparison (figures, comparison, names);
  px_sources_view_set_comparison (sources, comparison, names);
  px_test_spin (300);

  for (guint w = 0; w < G_N_ELEMENTS (windows); w++)
    collect_labels (GTK_WIDGET (windows[w]), text);
  for (guint i = 0; i < px_claim_table_get_n_rows (table); i++)
    for (guint a = 0; a < n; a++)
      {
        g_autofree char *cell = px_claim_table_dup_cell_text (table, i, a);
        g_string_append_printf (text, "%s\n", cell);
      }
  for (guint i = 0; i < px_figures_view_get_n_rows (figures); i++)
    {
      g_autofree char *row = px_figures_view_dup_row_text (figures, i);
      g_string_append_printf (text, "%s\n", row);
    }
  {
    g_autofree char *drawn = px_sources_view_dup_drawn_text (sources);
    g_string_append (text, drawn);
  }

  g_assert_nonnull (strstr (text->str, "Source A"));
  g_assert_nonnull (strstr (text->str, "Source E"));
  for (guint a = 0; a < n; a++)
    {
      const char *outlet = px_article_get_outlet (px_alignment_get_article (alignment, a));

      const char *agency = px_article_get_agency (px_alignment_get_article (alignment, a));

      if (strstr (text->str, outlet) != NULL)
        g_error ("classroom mode shows the outlet “%s”", outlet);
      /* German declines names: "dem Märkischen Rundfunk" gives the outlet
       * away as much as "Märkischer Rundfunk"; its first word's stem must go.
       */
      {
        g_autofree char *stem = g_strndup (outlet, MIN (strlen (outlet), 8));

        if (strstr (text->str, stem) != NULL)
          g_error ("classroom mode shows “%s…”, a form of the outlet “%s”", stem, outlet);
      }
      /* A dateline agency is metadata that gives an outlet away too. */
      if (agency != NULL && strstr (text->str, agency) != NULL)
        g_error ("classroom mode shows the agency “%s”", agency);
    }

  px_test_save_shot (GTK_WIDGET (windows[0]), "overview-classroom-claims.png");
  px_test_save_shot (GTK_WIDGET (windows[2]), "overview-classroom-sources.png");
  for (guint w = 0; w < G_N_ELEMENTS (windows); w++)
    close_window (windows[w]);
}

/* Three copies of each sample article under outlets of their own: more
 * sources than the overviews give a column each.
 */
static PxComparison *
many_sources_comparison (void)
{
  g_autofree char *dir = px_test_sample_dir ("de");
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PxAligner) aligner = px_aligner_new ();
  g_autoptr(PxAlignment) alignment = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;

  while ((name = g_dir_read_name (listing)) != NULL)
    for (guint copy = 1; copy <= 3; copy++)
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);
        g_autofree char *text = NULL;
        g_autofree char *id = g_strdup_printf ("%u-%s", copy, name);
        g_autofree char *outlet = g_strdup_printf ("outlet: Copy %u of ", copy);
        g_auto(GStrv) parts = NULL;
        g_autofree char *renamed = NULL;

        g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
        parts = g_strsplit (text, "outlet: ", 2);
        renamed = g_strjoinv (outlet, parts);
        g_ptr_array_add (articles, px_test_load_string (id, renamed));
      }
  g_assert_cmpuint (articles->len, >, PX_VIEWS_MAX_SOURCE_COLUMNS);
  alignment = px_aligner_run (aligner, articles, NULL, &error);
  g_assert_no_error (error);
  return px_comparison_new (alignment);
}

static const char *
column_title (GtkColumnView *view,
              guint          position)
{
  g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (gtk_column_view_get_columns (view), position);

  return gtk_column_view_column_get_title (column);
}

/* A set of more sources than fit as columns: the claim table gives the
 * reference passage and the names of the sources that report each claim,
 * the figures view each value with the sources that give it.
 */
static void
test_many_sources (void)
{
  g_autoptr(PxComparison) comparison = many_sources_comparison ();
  PxAlignment *alignment = px_comparison_get_alignment (comparison);
  PxClaimTable *table = PX_CLAIM_TABLE (px_claim_table_new ());
  PxFiguresView *figures = PX_FIGURES_VIEW (px_figures_view_new ());
  GtkWindow *window = show_in_window (GTK_WIDGET (table));
  GtkColumnView *view = px_claim_table_get_column_view (table);
  g_autoptr(GString) labels = g_string_new (NULL);
  g_autoptr(PxClaimRow) row = NULL;
  guint n_names = 0;

  px_claim_table_set_comparison (table, comparison, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_column_view_get_columns (view)), ==, 4);
  g_assert_cmpstr (column_title (view, 1), ==, "Reference Passage");
  g_assert_cmpstr (column_title (view, 2), ==, "Sources");
  row = g_list_model_get_item (G_LIST_MODEL (gtk_column_view_get_model (view)), 0);
  for (guint a = 0; a < px_alignment_get_n_articles (alignment); a++)
    {
      g_autofree char *name = px_views_dup_display_name (alignment, NULL, a);

      if (row->plain[a] == NULL)
        continue;
      g_assert_nonnull (strstr (row->sources, name));
      n_names++;
    }
  g_assert_cmpuint (n_names, ==, row->coverage);
  g_assert_cmpuint (n_names, >=, 3);
  g_assert_nonnull (row->reference_source);
  g_assert_nonnull (strstr (row->sources, row->reference_source));
  close_window (window);

  window = show_in_window (GTK_WIDGET (figures));
  px_figures_view_set_comparison (figures, comparison, NULL);
  view = px_figures_view_get_column_view (figures);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_column_view_get_columns (view)), ==, 4);
  g_assert_cmpstr (column_title (view, 2), ==, "Figures by Source");
  px_test_spin (200);
  collect_labels (GTK_WIDGET (figures), labels);
  g_assert_nonnull (strstr (labels->str, " · Copy 1 of "));
  close_window (window);
}

int
main (int    argc,
      char **argv)
{
  int ret;

  px_test_ui_init (&argc, &argv);

  g_test_add_func ("/overviews/claim-table", test_claim_table);
  g_test_add_func ("/overviews/claim-table-notes", test_claim_table_notes);
  g_test_add_func ("/overviews/figures", test_figures_view);
  g_test_add_func ("/overviews/sources", test_sources_view);
  g_test_add_func ("/overviews/classroom", test_classroom);
  g_test_add_func ("/overviews/english", test_english);
  g_test_add_func ("/overviews/many-sources", test_many_sources);

  ret = g_test_run ();

  if (sample_window != NULL)
    {
      gtk_window_destroy (GTK_WINDOW (sample_window));
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
  return ret;
}
