/* test-workbench.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "px-application.h"
#include "px-claim-table.h"
#include "px-print-operation.h"
#include "px-test-ui.h"
#include "px-window.h"

/* Whether a tool the test uses is installed. */
static gboolean
have_program (const char *name)
{
  g_autofree char *path = g_find_program_in_path (name);

  return path != NULL;
}

static gboolean
timeout_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

static int
pane_of_article (PxComparisonView *view,
                 PxArticle        *article)
{
  for (guint i = 0; i < px_comparison_view_get_n_panes (view); i++)
    if (px_source_pane_get_article (px_comparison_view_get_pane (view, i)) == article)
      return i;
  return -1;
}

/* Opening a set aligns it: groups exist, every pane says how many claims it
 * shares, and the gutters carry links.
 */
static void
test_workbench_aligns (void)
{
  PxWindow *window = px_test_open_sample ("de");
  PxComparisonView *view = px_window_get_comparison_view (window);
  PxAlignment *alignment = px_window_get_alignment (window);
  guint links = 0;

  g_assert_nonnull (alignment);
  g_assert_cmpuint (px_alignment_get_n_groups (alignment), >=, 8);
  g_assert_nonnull (px_window_get_comparison (window));

  /* Figures that differ are marked in the text. */
  {
    guint figure_marks = 0;

    for (guint i = 0; i < px_comparison_view_get_n_panes (view); i++)
      {
        PxSourcePane *pane = px_comparison_view_get_pane (view, i);

        figure_marks += px_source_pane_get_n_marks (pane, "figure-differ") +
                        px_source_pane_get_n_marks (pane, "figure-contradict");
      }
    g_assert_cmpuint (figure_marks, >, 0);
  }

  for (guint i = 0; i < px_comparison_view_get_n_panes (view); i++)
    {
      g_autofree char *header = px_source_pane_dup_header_text (px_comparison_view_get_pane (view, i));
      g_assert_nonnull (strstr (header, "claims shared"));
    }

  px_test_spin (200);
  px_comparison_view_update_links_now (view);
  for (guint g = 0; g < px_comparison_view_get_n_gutters (view); g++)
    links += px_link_gutter_get_n_links (px_comparison_view_get_gutter (view, g));
  g_assert_cmpuint (links, >, 0);

  px_test_save_shot (GTK_WIDGET (window), "screenshot-aligned.png");
  px_test_destroy_window (window);
}

/* Clicking a passage selects its group in every pane: members are
 * highlighted, the others say "Not in this source", the inspector lists the
 * members' outlets.
 */
static void
test_workbench_select (void)
{
  PxWindow *window = px_test_open_sample ("de");
  PxComparisonView *view = px_window_get_comparison_view (window);
  PxAlignment *alignment = px_window_get_alignment (window);
  const PxAlignmentMember *members = NULL;
  guint n_members = 0;
  int group = -1;
  g_autofree char *inspector = NULL;

  /* A group that some but not all sources carry shows both cases. */
  for (guint g = 0; g < px_alignment_get_n_groups (alignment) && group < 0; g++)
    {
      members = px_alignment_group_get_members (alignment, g, &n_members);
      if (n_members >= 2 && n_members < px_alignment_get_n_articles (alignment))
        group = g;
    }
  g_assert_cmpint (group, >=, 0);

  g_object_set (window, "inspector-visible", TRUE, NULL);
  {
    int position = pane_of_article (view, px_alignment_get_article (alignment, members[0].article));
    g_signal_emit_by_name (px_comparison_view_get_pane (view, position), "sentence-activated",
                           members[0].sentence);
  }

  g_assert_cmpint (px_comparison_view_get_selected_group (view), ==, group);

  for (guint i = 0; i < px_comparison_view_get_n_panes (view); i++)
    {
      PxSourcePane *pane = px_comparison_view_get_pane (view, i);
      gboolean member = FALSE;

      for (guint m = 0; m < n_members; m++)
        member |= px_alignment_get_article (alignment, members[m].article) == px_source_pane_get_article (pane);

      g_assert_cmpint (px_source_pane_get_selected_group (pane), ==, group);
      g_assert_cmpint (px_source_pane_get_absent (pane), ==, !member);
    }

  inspector = px_inspector_dup_text (px_window_get_inspector (window));
  for (guint m = 0; m < n_members; m++)
    g_assert_nonnull (strstr (inspector, px_article_get_outlet (px_alignment_get_article (alignment, members[m].article))));
  g_assert_nonnull (strstr (inspector, "Not in:"));

  px_test_save_shot (GTK_WIDGET (window), "screenshot-inspector.png");
  px_test_destroy_window (window);
}

/* Next divergence walks the groups that diverge, in order. */
static void
test_workbench_next_divergence (void)
{
  PxWindow *window = px_test_open_sample ("de");
  PxComparisonView *view = px_window_get_comparison_view (window);
  PxAlignment *alignment = px_window_get_alignment (window);
  g_autoptr(GArray) expected = g_array_new (FALSE, FALSE, sizeof (int));

  GPtrArray *divergences = px_comparison_get_divergences (px_window_get_comparison (window));

  /* The stops are the groups with a divergence other than an omission, in
   * the comparison's order.
   */
  (void)alignment;
  for (guint i = 0; i < divergences->len; i++)
    {
      PxDivergence *d = g_ptr_array_index (divergences, i);
      int group = d->group;

      if (d->kind == PX_DIVERGENCE_OMISSION)
        continue;
      if (expected->len == 0 || g_array_index (expected, int, expected->len - 1) != group)
        g_array_append_val (expected, group);
    }
  g_assert_cmpuint (expected->len, >=, 2);

  for (guint i = 0; i < expected->len; i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (view), "comparison.next-divergence", NULL);
      g_assert_cmpint (px_comparison_view_get_selected_group (view), ==, g_array_index (expected, int, i));
    }
  /* It wraps around. */
  gtk_widget_activate_action (GTK_WIDGET (view), "comparison.next-divergence", NULL);
  g_assert_cmpint (px_comparison_view_get_selected_group (view), ==, g_array_index (expected, int, 0));

  gtk_widget_activate_action (GTK_WIDGET (view), "comparison.previous-divergence", NULL);
  g_assert_cmpint (px_comparison_view_get_selected_group (view), ==, g_array_index (expected, int, expected->len - 1));

  px_test_destroy_window (window);
}

/* The threshold preference re-aligns: a strict one finds fewer links. */
static void
test_workbench_threshold (void)
{
  PxWindow *window = px_test_open_sample ("de");
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  PxAlignment *before = g_object_ref (px_window_get_alignment (window));
  PxAlignment *after;
  guint members_before = 0, members_after = 0;
  gboolean timed_out = FALSE;
  guint id;

  g_settings_set_double (settings, "alignment-threshold", 0.9);

  id = g_timeout_add_seconds (30, timeout_cb, &timed_out);
  while (px_window_get_alignment (window) == before && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (id);
  px_test_wait_aligned (window);
  after = px_window_get_alignment (window);

  for (guint g = 0; g < px_alignment_get_n_groups (before); g++)
    {
      guint n;
      px_alignment_group_get_members (before, g, &n);
      members_before += n;
    }
  for (guint g = 0; g < px_alignment_get_n_groups (after); g++)
    {
      guint n;
      px_alignment_group_get_members (after, g, &n);
      members_after += n;
    }
  g_assert_cmpuint (members_after, <, members_before);
  g_assert_cmpfloat_with_epsilon (px_alignment_get_threshold (after), 0.9, 1e-9);

  g_settings_reset (settings, "alignment-threshold");
  g_object_unref (before);
  px_test_destroy_window (window);
}

/* Hiding a pane removes it and its gutter; showing all brings them back. */
static void
test_workbench_hide_pane (void)
{
  PxWindow *window = px_test_open_sample ("de");
  PxComparisonView *view = px_window_get_comparison_view (window);

  g_assert_cmpuint (px_comparison_view_get_n_gutters (view), ==, 4);
  gtk_widget_activate_action (GTK_WIDGET (view), "comparison.hide-pane", "u", 1);
  g_assert_cmpuint (px_comparison_view_get_n_visible_panes (view), ==, 4);
  g_assert_cmpuint (px_comparison_view_get_n_gutters (view), ==, 3);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (px_comparison_view_get_pane (view, 1))));

  gtk_widget_activate_action (GTK_WIDGET (view), "comparison.move-right", "u", 0);
  g_assert_cmpstr (px_article_get_id (px_source_pane_get_article (px_comparison_view_get_pane (view, 1))), ==,
                   px_article_get_id (g_ptr_array_index (px_window_get_articles (window), 0)));

  gtk_widget_activate_action (GTK_WIDGET (view), "comparison.show-all-panes", NULL);
  g_assert_cmpuint (px_comparison_view_get_n_visible_panes (view), ==, 5);
  g_assert_cmpuint (px_comparison_view_get_n_gutters (view), ==, 4);

  gtk_widget_activate_action (GTK_WIDGET (view), "comparison.set-reference", "u", 2);
  g_assert_true (px_source_pane_get_is_reference (px_comparison_view_get_pane (view, 2)));
  g_assert_false (px_source_pane_get_is_reference (px_comparison_view_get_pane (view, 0)));

  /* "Compare With" puts any source right of the one whose menu it is. */
  {
    PxArticle *far = px_source_pane_get_article (px_comparison_view_get_pane (view, 4));

    gtk_widget_activate_action (GTK_WIDGET (view), "comparison.compare-with", "(uu)", 0, 4);
    g_assert_true (px_source_pane_get_article (px_comparison_view_get_pane (view, 1)) == far);
    g_assert_cmpuint (px_comparison_view_get_n_panes (view), ==, 5);
  }

  px_test_destroy_window (window);
}

static void
wait_not_busy (PxWindow *window)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (30, timeout_cb, &timed_out);

  do
    g_main_context_iteration (NULL, TRUE);
  while (px_window_get_busy (window) && !timed_out);
  g_assert_false (timed_out);
  g_source_remove (id);
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", path, "-", NULL };
  char *out = NULL;

  if (!have_program ("pdftotext"))
    return NULL;
  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, NULL, NULL);
  return out;
}

/* Export from the window writes the same comparison the CLI does, and
 * printing uses the same renderer (checked by printing to a PDF file).
 */
static void
test_workbench_export_and_print (void)
{
  PxWindow *window = px_test_open_sample ("de");
  g_autofree char *dir = g_dir_make_tmp ("parallax-export-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "vergleich.pdf", NULL);
  g_autofree char *csv = g_build_filename (dir, "vergleich.csv", NULL);
  g_autofree char *printed = g_build_filename (dir, "gedruckt.pdf", NULL);
  g_autofree char *json = g_build_filename (dir, "vergleich.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root;
  g_autofree char *text = NULL;
  g_autofree char *printed_text = NULL;
  g_autofree char *csv_text = NULL;
  g_autoptr(PxPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *articles = px_window_get_articles (window);
  GtkPrintOperationResult result;

  px_window_export (window, "pdf", pdf);
  wait_not_busy (window);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_assert_nonnull (strstr (px_window_get_last_toast (window), "vergleich.pdf"));

  px_window_export (window, "csv", csv);
  wait_not_busy (window);
  g_assert_true (g_file_get_contents (csv, &csv_text, NULL, NULL));
  g_assert_true (g_str_has_prefix (csv_text, "group,label,source,passage"));

  /* The JSON export is the CLI's report: it reads back whole. */
  px_window_export (window, "json", json);
  wait_not_busy (window);
  g_assert_true (json_parser_load_from_file (parser, json, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "parallax-report");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "documents")), ==, articles->len);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "groups")), ==,
                    px_alignment_get_n_groups (px_comparison_get_alignment (px_window_get_comparison (window))));

  operation = px_print_operation_new (px_comparison_build_report (px_window_get_comparison (window), "Druck", FALSE));
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), printed);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_EXPORT,
                                    GTK_WINDOW (window), &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_true (g_file_test (printed, G_FILE_TEST_EXISTS));

  text = pdf_text (pdf);
  printed_text = pdf_text (printed);
  if (text != NULL)
    for (guint i = 0; i < articles->len; i++)
      {
        const char *outlet = px_article_get_outlet (g_ptr_array_index (articles, i));

        g_assert_nonnull (strstr (text, outlet));
        g_assert_nonnull (strstr (printed_text, outlet));
      }

  g_unlink (pdf);
  g_unlink (csv);
  g_unlink (printed);
  g_rmdir (dir);
  px_test_destroy_window (window);
}

static gboolean
in_group (PxWindow   *window,
          PxArticle  *article,
          guint       sentence,
          int        *group)
{
  PxAlignment *alignment = px_window_get_alignment (window);

  for (guint a = 0; a < px_alignment_get_n_articles (alignment); a++)
    if (px_alignment_get_article (alignment, a) == article)
      {
        const guint *groups;
        guint n;

        groups = px_alignment_get_groups_for_sentence (alignment, a, sentence, &n);
        if (group != NULL)
          *group = n > 0 ? (int)groups[0] : -1;
        return n > 0;
      }
  return FALSE;
}

/* Linking a passage the engine left alone to the selected claim, then undo
 * and redo; the correction marks the project as changed.
 */
static void
test_workbench_correction (void)
{
  PxWindow *window = px_test_open_sample ("de");
  PxComparisonView *view = px_window_get_comparison_view (window);
  PxAlignment *alignment = px_window_get_alignment (window);
  PxArticle *article = NULL;
  guint sentence = 0;
  int group = -1;
  const PxAlignmentMember *members;
  guint n_members;

  members = px_alignment_group_get_members (alignment, 0, &n_members);
  /* A unique passage from a source that is not in group 0 twice. */
  for (guint a = 0; a < px_alignment_get_n_articles (alignment) && article == NULL; a++)
    {
      const guint *unique;
      guint n;

      unique = px_alignment_get_unique_sentences (alignment, a, &n);
      if (n > 0)
        {
          article = px_alignment_get_article (alignment, a);
          sentence = unique[n - 1];
        }
    }
  g_assert_nonnull (article);
  (void)members;

  px_comparison_view_select_group (view, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.correct", "(ssu)", "link",
                              px_article_get_id (article), sentence);
  g_assert_true (px_window_get_dirty (window));
  g_assert_true (in_group (window, article, sentence, &group));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_false (in_group (window, article, sentence, NULL));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  g_assert_true (in_group (window, article, sentence, NULL));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.correct", "(ssu)", "unlink",
                              px_article_get_id (article), sentence);
  g_assert_false (in_group (window, article, sentence, NULL));

  /* Corrections go into the project file. */
  g_assert_cmpuint (px_project_get_corrections (px_window_get_project (window))->len, ==, 2);

  px_test_wait_aligned (window);
  px_test_destroy_window (window);
}

/* The inspector's buttons that take a member out of its claim. */
static void
collect_remove_buttons (GtkWidget *widget,
                        GPtrArray *out)
{
  if (GTK_IS_BUTTON (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "win.correct") == 0)
    g_ptr_array_add (out, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_remove_buttons (child, out);
}

/* Each passage the inspector explains has a button beside its evidence
 * that takes it out of the claim in one click.
 */
static void
test_workbench_inspector_remove (void)
{
  PxWindow *window = px_test_open_sample ("de");
  PxComparisonView *view = px_window_get_comparison_view (window);
  PxAlignment *alignment = px_window_get_alignment (window);
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  guint n_members = 0, n_groups = 0;
  const char *kind, *document;
  GVariant *target;
  PxArticle *article = NULL;
  guint sentence = 0;
  int group = -1;

  for (guint g = 0; g < px_alignment_get_n_groups (alignment) && group < 0; g++)
    {
      px_alignment_group_get_members (alignment, g, &n_members);
      if (n_members >= 3)
        group = g;
    }
  g_assert_cmpint (group, >=, 0);
  g_object_set (window, "inspector-visible", TRUE, NULL);
  px_comparison_view_select_group (view, group);

  collect_remove_buttons (GTK_WIDGET (px_window_get_inspector (window)), buttons);
  g_assert_cmpuint (buttons->len, ==, n_members - 1);   /* all but the reference */

  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (g_ptr_array_index (buttons, 0)));
  g_variant_get (target, "(&s&su)", &kind, &document, &sentence);
  g_assert_cmpstr (kind, ==, "unlink");
  for (guint a = 0; a < px_alignment_get_n_articles (alignment); a++)
    if (g_str_equal (px_article_get_id (px_alignment_get_article (alignment, a)), document))
      {
        article = px_alignment_get_article (alignment, a);
        px_alignment_get_groups_for_sentence (alignment, a, sentence, &n_groups);
      }
  g_assert_nonnull (article);
  g_assert_cmpuint (n_groups, ==, 1);

  g_signal_emit_by_name (g_ptr_array_index (buttons, 0), "clicked");
  g_assert_false (in_group (window, article, sentence, NULL));
  g_assert_cmpuint (px_project_get_corrections (px_window_get_project (window))->len, ==, 1);

  px_test_wait_aligned (window);
  px_test_destroy_window (window);
}

/* The menu items a popover shows, as "label=sensitive" lines. */
static void
collect_menu_items (GtkWidget *widget,
                    GString   *out)
{
  if (g_str_equal (G_OBJECT_TYPE_NAME (widget), "GtkModelButton") && gtk_widget_get_visible (widget))
    {
      g_autofree char *text = NULL;

      g_object_get (widget, "text", &text, NULL);
      g_string_append_printf (out, "%s=%d\n", text, gtk_widget_get_sensitive (widget));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_menu_items (child, out);
}

/* The popovers under @widget that are open. */
static guint
count_open_popovers (GtkWidget *widget)
{
  guint n = GTK_IS_POPOVER (widget) && gtk_widget_get_visible (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    n += count_open_popovers (child);
  return n;
}

/* A passage of @article in no group, and a group other sources carry. */
static gboolean
find_unlinked (PxAlignment *alignment,
               guint       *article,
               guint       *sentence)
{
  for (guint a = 0; a < px_alignment_get_n_articles (alignment); a++)
    {
      const guint *unique;
      guint n;

      unique = px_alignment_get_unique_sentences (alignment, a, &n);
      if (n > 0)
        {
          *article = a;
          *sentence = unique[0];
          return TRUE;
        }
    }
  return FALSE;
}

/* Shift+F10 and the Menu key activate the text view's menu.popup action:
 * it opens Parallax's corrections menu, alone (GTK's Cut/Copy/Paste menu
 * never appears), with the corrections that apply enabled.
 */
static void
test_workbench_corrections_menu (void)
{
  PxWindow *window = px_test_open_sample ("de");
  PxComparisonView *view = px_window_get_comparison_view (window);
  PxAlignment *alignment = px_window_get_alignment (window);
  g_autoptr(GString) items = g_string_new (NULL);
  const PxAlignmentMember *members;
  PxSourcePane *pane;
  GtkPopover *menu;
  guint article = 0, sentence = 0, n;
  int group = -1;

  g_assert_true (find_unlinked (alignment, &article, &sentence));
  pane = px_comparison_view_get_pane (view, pane_of_article (view, px_alignment_get_article (alignment, article)));

  /* A claim this source does not carry is selected: the passage can be
   * linked to it.
   */
  for (guint g = 0; g < px_alignment_get_n_groups (alignment) && group < 0; g++)
    {
      gboolean here = FALSE;

      members = px_alignment_group_get_members (alignment, g, &n);
      for (guint m = 0; m < n; m++)
        here |= members[m].article == article;
      if (!here)
        group = g;
    }
  g_assert_cmpint (group, >=, 0);
  px_comparison_view_select_group (view, group);

  /* The text cursor on the unlinked passage, as a click would put it. */
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (px_source_pane_get_text_view (pane));
    const PxSentence *sentences = px_article_get_sentences (px_source_pane_get_article (pane), &n);
    const char *text = px_article_get_text (px_source_pane_get_article (pane));
    GtkTextIter iter;

    gtk_text_buffer_get_iter_at_offset (buffer, &iter,
                                        g_utf8_pointer_to_offset (text, text + sentences[sentence].start));
    gtk_text_buffer_place_cursor (buffer, &iter);
  }
  px_comparison_view_select_group (view, -1);
  px_comparison_view_select_group (view, group);

  /* The pane's passage is the selected claim's when it has one; this one
   * has none, so the menu is about the passage at the cursor.
   */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (px_source_pane_get_text_view (pane)), "menu.popup", NULL));
  px_test_spin (200);

  menu = px_source_pane_get_passage_menu (pane);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (menu)));
  g_assert_cmpuint (count_open_popovers (GTK_WIDGET (window)), ==, 1);
  g_assert_cmpuint (px_source_pane_get_menu_sentence (pane), ==, sentence);
  collect_menu_items (GTK_WIDGET (menu), items);
  g_assert_nonnull (strstr (items->str, "Link to Selected Claim=1"));
  /* The passage belongs to no claim: nothing to merge, remove or split. */
  g_assert_nonnull (strstr (items->str, "Merge Its Claim into the Selected One=0"));
  g_assert_nonnull (strstr (items->str, "Remove from Claim=0"));
  g_assert_nonnull (strstr (items->str, "Split Claim…=0"));
  g_assert_null (strstr (items->str, "Copy"));
  g_assert_null (strstr (items->str, "Select All"));

  /* Choosing the item makes the correction. */
  gtk_widget_activate_action (GTK_WIDGET (pane), "passage.link", NULL);
  g_assert_true (in_group (window, px_source_pane_get_article (pane), sentence, NULL));
  gtk_popover_popdown (menu);

  /* Opened again on a linked passage, remove and split apply. */
  g_string_truncate (items, 0);
  px_comparison_view_select_group (view, -1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (px_source_pane_get_text_view (pane)), "menu.popup", NULL));
  px_test_spin (200);
  collect_menu_items (GTK_WIDGET (menu), items);
  g_assert_nonnull (strstr (items->str, "Link to Selected Claim=0"));
  g_assert_nonnull (strstr (items->str, "Remove from Claim=1"));
  g_assert_nonnull (strstr (items->str, "Split Claim…=1"));
  gtk_popover_popdown (menu);

  px_test_wait_aligned (window);
  px_test_destroy_window (window);
}

static gboolean
columns_name (PxClaimTable *table,
              const char   *name)
{
  GListModel *columns = gtk_column_view_get_columns (px_claim_table_get_column_view (table));

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (column), name) == 0)
        return TRUE;
    }
  return FALSE;
}

static AdwViewStack *
find_view_stack (GtkWidget *widget)
{
  return ADW_VIEW_STACK (px_test_find_widget (widget, ADW_TYPE_VIEW_STACK));
}

static PxClaimTable *
find_claim_table (GtkWidget *widget)
{
  return PX_CLAIM_TABLE (px_test_find_widget (widget, PX_TYPE_CLAIM_TABLE));
}

/* Correcting an outlet in a pane header renames the source everywhere: the
 * header, the claims table, the export and the project.
 */
static void
test_workbench_edit_outlet (void)
{
  PxWindow *window = px_test_open_sample ("de");
  PxComparisonView *view = px_window_get_comparison_view (window);
  PxSourcePane *pane = px_comparison_view_get_pane (view, 1);
  PxSourceHeader *header = px_source_pane_get_header (pane);
  GtkMenuButton *edit_button = GTK_MENU_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (header),
                                                                               PX_TYPE_SOURCE_HEADER,
                                                                               "edit_button"));
  AdwEntryRow *row;
  PxAlignment *before = px_window_get_alignment (window);
  g_autofree char *dir = g_dir_make_tmp ("parallax-edit-XXXXXX", NULL);
  g_autofree char *csv = g_build_filename (dir, "vergleich.csv", NULL);
  g_autofree char *csv_text = NULL;
  g_autofree char *header_text = NULL;
  /* A copy: the corrected article replaces this one, and the old one goes. */
  g_autofree char *id = g_strdup (px_article_get_id (px_source_pane_get_article (pane)));
  gboolean timed_out = FALSE;
  guint timeout;

  /* The details popover is only built when it first opens. */
  g_assert_null (gtk_menu_button_get_popover (edit_button));
  gtk_widget_activate_action (GTK_WIDGET (pane), "pane.edit-details", NULL);
  px_test_spin (100);
  g_assert_nonnull (gtk_menu_button_get_popover (edit_button));
  row = ADW_ENTRY_ROW (px_test_find_widget (GTK_WIDGET (gtk_menu_button_get_popover (edit_button)),
                                            ADW_TYPE_ENTRY_ROW));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==,
                   px_article_get_outlet (px_source_pane_get_article (pane)));
  gtk_editable_set_text (GTK_EDITABLE (row), "Auelboten-Rundschau");
  g_signal_emit_by_name (row, "apply");

  header_text = px_source_pane_dup_header_text (pane);
  g_assert_true (g_str_has_prefix (header_text, "Auelboten-Rundschau\n"));
  g_assert_true (px_window_get_dirty (window));
  g_assert_cmpstr (px_article_get_id (px_source_pane_get_article (pane)), ==, id);

  /* The set is aligned again with the corrected article. */
  timeout = g_timeout_add_seconds (30, timeout_cb, &timed_out);
  while (px_window_get_alignment (window) == before && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
  px_test_wait_aligned (window);

  /* The claim table is filled when its page is shown. */
  adw_view_stack_set_visible_child_name (find_view_stack (GTK_WIDGET (window)), "claims");
  g_assert_true (columns_name (find_claim_table (GTK_WIDGET (window)), "Auelboten-Rundschau"));
  for (guint i = 0; i < px_project_get_articles (px_window_get_project (window))->len; i++)
    {
      PxArticle *article = g_ptr_array_index (px_project_get_articles (px_window_get_project (window)), i);

      if (g_str_equal (px_article_get_id (article), id))
        g_assert_cmpstr (px_article_get_outlet (article), ==, "Auelboten-Rundschau");
    }

  px_window_export (window, "csv", csv);
  wait_not_busy (window);
  g_assert_true (g_file_get_contents (csv, &csv_text, NULL, NULL));
  g_assert_nonnull (strstr (csv_text, "Auelboten-Rundschau"));

  g_unlink (csv);
  g_rmdir (dir);
  px_test_destroy_window (window);
}

/* Which of three columns carry @group. */
static guint
carriers (PxAlignment      *alignment,
          PxComparisonView *view,
          guint             group)
{
  const PxAlignmentMember *members;
  guint n, mask = 0;

  members = px_alignment_group_get_members (alignment, group, &n);
  for (guint c = 0; c < 3; c++)
    for (guint m = 0; m < n; m++)
      if (px_alignment_get_article (alignment, members[m].article) ==
          px_source_pane_get_article (px_comparison_view_get_pane (view, c)))
        mask |= 1u << c;
  return mask;
}

/* A claim the first and third source carry but the second does not gets a
 * mark in the gutters, since no band can join them; other claims get none.
 */
static void
test_workbench_far_partners (void)
{
  PxWindow *window = px_test_open_sample ("de");
  PxComparisonView *view = px_window_get_comparison_view (window);
  PxAlignment *alignment = px_window_get_alignment (window);
  guint expected = 0, stubs = 0;

  gtk_widget_activate_action (GTK_WIDGET (view), "comparison.hide-pane", "u", 4);
  gtk_widget_activate_action (GTK_WIDGET (view), "comparison.hide-pane", "u", 3);
  px_test_spin (300);
  px_comparison_view_update_links_now (view);

  /* Marks are put beside the passage in the first source (in the gutter to
   * its right) and in the last one (in the gutter to its left).
   */
  for (guint g = 0; g < px_alignment_get_n_groups (alignment); g++)
    if (carriers (alignment, view, g) == 0x5)
      expected += 2;
  for (guint g = 0; g < px_comparison_view_get_n_gutters (view); g++)
    stubs += px_link_gutter_get_n_stubs (px_comparison_view_get_gutter (view, g));
  g_assert_cmpuint (stubs, ==, expected);
  g_test_message ("%u marks for claims beyond a neighbour", stubs);

  px_test_destroy_window (window);
}

/* The overviews are filled when their page is shown, with the current
 * comparison and the claim selected in the panes, and again after the
 * next alignment.
 */
static void
test_workbench_overviews_when_shown (void)
{
  PxWindow *window = px_test_open_sample ("de");
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  PxComparisonView *view = px_window_get_comparison_view (window);
  AdwViewStack *stack = find_view_stack (GTK_WIDGET (window));
  PxClaimTable *table = find_claim_table (GTK_WIDGET (window));
  g_autoptr(PxComparison) before = NULL;
  gboolean timed_out = FALSE;
  guint id;

  g_assert_null (px_claim_table_get_comparison (table));
  px_comparison_view_select_group (view, 0);
  adw_view_stack_set_visible_child_name (stack, "claims");
  before = g_object_ref (px_window_get_comparison (window));
  g_assert_true (px_claim_table_get_comparison (table) == before);
  g_assert_cmpint (px_claim_table_get_selected_group (table), ==, 0);

  adw_view_stack_set_visible_child_name (stack, "panes");
  g_settings_set_double (settings, "alignment-threshold", 0.9);
  id = g_timeout_add_seconds (30, timeout_cb, &timed_out);
  while (px_window_get_comparison (window) == before && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (id);
  px_test_wait_aligned (window);
  g_assert_true (px_claim_table_get_comparison (table) == before);
  adw_view_stack_set_visible_child_name (stack, "claims");
  g_assert_true (px_claim_table_get_comparison (table) == px_window_get_comparison (window));

  g_settings_reset (settings, "alignment-threshold");
  px_test_destroy_window (window);
}

int
main (int    argc,
      char **argv)
{
  px_test_ui_init (&argc, &argv);

  g_test_add_func ("/workbench/aligns", test_workbench_aligns);
  g_test_add_func ("/workbench/select", test_workbench_select);
  g_test_add_func ("/workbench/next-divergence", test_workbench_next_divergence);
  g_test_add_func ("/workbench/threshold", test_workbench_threshold);
  g_test_add_func ("/workbench/hide-pane", test_workbench_hide_pane);
  g_test_add_func ("/workbench/export-and-print", test_workbench_export_and_print);
  g_test_add_func ("/workbench/correction", test_workbench_correction);
  g_test_add_func ("/workbench/inspector-remove", test_workbench_inspector_remove);
  g_test_add_func ("/workbench/corrections-menu", test_workbench_corrections_menu);
  g_test_add_func ("/workbench/edit-outlet", test_workbench_edit_outlet);
  g_test_add_func ("/workbench/far-partners", test_workbench_far_partners);
  g_test_add_func ("/workbench/overviews-when-shown", test_workbench_overviews_when_shown);

  return g_test_run ();
}
