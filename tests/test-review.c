/* test-review.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "px-test-ui.h"
#include "px-window.h"

/* Suggest and confirm, driven through the window's actions as a user's keys
 * and buttons drive them.
 */

static gboolean
timeout_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

static void
wait_until (PxWindow *window,
            gboolean  clean)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (30, timeout_cb, &timed_out);

  do
    g_main_context_iteration (NULL, TRUE);
  while ((px_window_get_busy (window) || px_window_get_aligning (window) ||
          px_window_get_alignment (window) == NULL || px_window_get_comparison (window) == NULL ||
          (clean && px_window_get_dirty (window))) &&
         !timed_out);
  g_assert_false (timed_out);
  g_source_remove (id);
}

static gboolean
pair_linked (PxWindow           *window,
             const PxReviewItem *item)
{
  return px_alignment_shares_group (px_window_get_alignment (window), item->article, item->sentence,
                                    item->other_article, item->other_sentence);
}

static gboolean
has_suggestion (PxComparisonView           *view,
                const PxAlignmentCandidate *c)
{
  const PxAlignmentCandidate *suggestions;
  guint n;

  suggestions = px_comparison_view_get_suggestions (view, &n);
  for (guint i = 0; i < n; i++)
    if (suggestions[i].other_article == c->other_article && suggestions[i].other_sentence == c->other_sentence)
      return TRUE;
  return FALSE;
}

/* The first passage with an unlinked candidate in the pane after it. */
static const PxAlignmentCandidate *
find_suggested (PxAlignment *alignment)
{
  const PxAlignmentCandidate *all;
  guint n;

  all = px_alignment_get_all_candidates (alignment, &n);
  for (guint i = 0; i < n; i++)
    if (!all[i].linked && all[i].rank == 1 && all[i].other_article == all[i].article + 1)
      return &all[i];
  return NULL;
}

/* Selecting a passage outlines its suggestions in the other panes and lists
 * them in the inspector; Enter's action links the current one, undo parts
 * it again, and a rejected one is never suggested again.
 */
static void
test_review_suggestions (void)
{
  PxWindow *window = px_test_open_sample ("de");
  PxComparisonView *view = px_window_get_comparison_view (window);
  const PxAlignmentCandidate *found = find_suggested (px_window_get_alignment (window));
  PxAlignmentCandidate c, current;
  PxReviewItem pair;
  g_autofree char *inspector = NULL;
  const PxAlignmentCandidate *suggestions;
  guint n, article, sentence;

  g_assert_nonnull (found);
  c = *found;
  px_comparison_view_select_passage (view, c.article, c.sentence);
  g_assert_true (px_comparison_view_get_selected_passage (view, &article, &sentence));
  g_assert_cmpuint (article, ==, c.article);
  g_assert_cmpuint (sentence, ==, c.sentence);
  g_assert_true (has_suggestion (view, &c));
  g_assert_cmpuint (px_source_pane_get_n_suggestions (px_comparison_view_get_pane (view, c.other_article)), >, 0);
  g_assert_cmpuint (px_source_pane_get_n_suggestions (px_comparison_view_get_pane (view, c.article)), ==, 0);
  inspector = px_inspector_dup_text (px_window_get_inspector (window));
  g_assert_nonnull (strstr (inspector, "Suggested Partners"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-inspector", NULL);
  px_test_save_shot (GTK_WIDGET (window), "screenshot-suggestions.png");

  /* Enter links the current suggestion into the passage's claim. */
  suggestions = px_comparison_view_get_suggestions (view, &n);
  current = suggestions[px_comparison_view_get_current_suggestion (view)];
  pair = (PxReviewItem) { PX_REVIEW_SUGGESTION, current.article, current.sentence,
                          current.other_article, current.other_sentence, 0, 0 };
  g_assert_false (pair_linked (window, &pair));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.link-suggestion", "u", 0);
  g_assert_true (pair_linked (window, &pair));
  g_assert_false (has_suggestion (view, &current));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_false (pair_linked (window, &pair));

  /* Delete rejects it: gone from the suggestions, kept as a correction. */
  px_comparison_view_select_passage (view, c.article, c.sentence);
  suggestions = px_comparison_view_get_suggestions (view, &n);
  current = suggestions[px_comparison_view_get_current_suggestion (view)];
  gtk_widget_activate_action (GTK_WIDGET (window), "win.reject-suggestion", NULL);
  g_assert_false (has_suggestion (view, &current));
  g_assert_cmpuint (px_project_get_corrections (px_window_get_project (window))->len, ==, 1);

  px_test_destroy_window (window);
}

/* Review mode: accept, reject, skip, undo; saved and opened again, the
 * decisions hold and are not asked again.
 */
static void
test_review_flow (void)
{
  PxWindow *window = px_test_open_sample ("de");
  PxReviewView *review = px_window_get_review_view (window);
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "px-test-review.parallax", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *expected = NULL;
  PxReviewItem accepted, rejected;
  PxWindow *second;
  gboolean was_linked;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.review", NULL);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (review)));
  g_assert_cmpuint (px_review_view_get_n_items (review), >=, 3);
  expected = g_strdup_printf ("0 of %u reviewed", px_review_view_get_n_items (review));
  g_assert_cmpstr (px_review_view_get_progress (review), ==, expected);
  px_test_save_shot (GTK_WIDGET (window), "screenshot-review.png");

  accepted = *px_review_view_get_current (review);
  gtk_widget_activate_action (GTK_WIDGET (review), "review.accept", NULL);
  g_assert_true (pair_linked (window, &accepted));

  rejected = *px_review_view_get_current (review);
  was_linked = pair_linked (window, &rejected);
  gtk_widget_activate_action (GTK_WIDGET (review), "review.reject", NULL);
  g_assert_false (pair_linked (window, &rejected));

  gtk_widget_activate_action (GTK_WIDGET (review), "review.skip", NULL);
  g_assert_cmpuint (px_review_view_get_position (review), ==, 3);
  g_assert_cmpuint (px_review_view_get_n_reviewed (review), ==, 2);
  g_free (expected);
  expected = g_strdup_printf ("2 of %u reviewed", px_review_view_get_n_items (review));
  g_assert_cmpstr (px_review_view_get_progress (review), ==, expected);

  /* Undo takes back the rejection, redo makes it again. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpint (pair_linked (window, &rejected), ==, was_linked);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  g_assert_false (pair_linked (window, &rejected));

  gtk_widget_activate_action (GTK_WIDGET (review), "review.done", NULL);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (review)));

  px_window_save_to (window, file);
  wait_until (window, TRUE);

  second = px_test_new_window ();
  px_window_open_project (second, file);
  wait_until (second, FALSE);
  g_assert_cmpuint (px_project_get_corrections (px_window_get_project (second))->len, ==, 2);
  g_assert_true (pair_linked (second, &accepted));
  g_assert_false (pair_linked (second, &rejected));

  /* A second review does not ask about either pair again. */
  gtk_widget_activate_action (GTK_WIDGET (second), "win.review", NULL);
  review = px_window_get_review_view (second);
  for (guint i = 0; px_review_view_get_current (review) != NULL; i++)
    {
      const PxReviewItem *item = px_review_view_get_current (review);

      g_assert_false (item->sentence == accepted.sentence && item->other_sentence == accepted.other_sentence &&
                      item->article == accepted.article && item->other_article == accepted.other_article);
      g_assert_false (item->sentence == rejected.sentence && item->other_sentence == rejected.other_sentence &&
                      item->article == rejected.article && item->other_article == rejected.other_article);
      gtk_widget_activate_action (GTK_WIDGET (review), "review.skip", NULL);
    }

  px_test_destroy_window (second);
  px_test_destroy_window (window);
  g_unlink (path);
}

static gboolean
has_action (GtkWidget  *widget,
            const char *action)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

static gboolean
is_switcher_title (GtkWidget  *widget,
                   const char *unused)
{
  return ADW_IS_VIEW_SWITCHER_TITLE (widget);
}

/* The first widget under @widget, depth first, that @match accepts. */
static GtkWidget *
find_widget (GtkWidget  *widget,
             gboolean  (*match) (GtkWidget *, const char *),
             const char *data)
{
  if (match (widget, data))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
wait_for_decision (PxReviewView *review,
                   guint         n_reviewed)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (10, timeout_cb, &timed_out);

  while (px_review_view_get_n_reviewed (review) < n_reviewed && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (id);
}

/* What the view's key controllers do with @keyval in @phase, as GTK's
 * dispatch would call them: whether a shortcut took the key.
 */
static gboolean
press_key (GtkWidget           *widget,
           GtkPropagationPhase  phase,
           guint                keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean found = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller) || gtk_event_controller_get_propagation_phase (controller) != phase)
        continue;
      for (guint k = 0; k < g_list_model_get_n_items (G_LIST_MODEL (controller)); k++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), k);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (!GTK_IS_KEYVAL_TRIGGER (trigger) || gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) != keyval)
            continue;
          found = TRUE;
          if (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                            gtk_shortcut_get_arguments (shortcut)))
            return TRUE;
        }
    }
  g_assert_true (found);
  return FALSE;
}

/* Space skips while the view has the focus; with the focus on a button,
 * the review's keys leave Space and Enter to the button, which rejects,
 * and keys a button does not take (S) still reach the review. The view
 * switcher is off while reviewing.
 */
static void
test_review_keys (void)
{
  PxWindow *window = px_test_open_sample ("de");
  PxReviewView *review = px_window_get_review_view (window);
  GtkWidget *view = GTK_WIDGET (review);
  GtkWidget *reject, *switcher;
  PxReviewItem item;

  switcher = find_widget (GTK_WIDGET (window), is_switcher_title, NULL);
  g_assert_true (adw_view_switcher_title_get_view_switcher_enabled (ADW_VIEW_SWITCHER_TITLE (switcher)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.review", NULL);
  g_assert_false (adw_view_switcher_title_get_view_switcher_enabled (ADW_VIEW_SWITCHER_TITLE (switcher)));
  g_assert_cmpuint (px_review_view_get_n_items (review), >=, 3);

  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == view);
  g_assert_true (press_key (view, GTK_PHASE_CAPTURE, GDK_KEY_space));
  g_assert_cmpuint (px_review_view_get_position (review), ==, 1);
  g_assert_cmpuint (px_review_view_get_n_reviewed (review), ==, 0);

  reject = find_widget (view, has_action, "review.reject");
  g_assert_nonnull (reject);
  g_assert_true (gtk_widget_grab_focus (reject));
  g_assert_false (press_key (view, GTK_PHASE_CAPTURE, GDK_KEY_space));
  g_assert_false (press_key (view, GTK_PHASE_CAPTURE, GDK_KEY_Return));
  g_assert_cmpuint (px_review_view_get_position (review), ==, 1);
  /* The button then activates itself, as its own Space binding does; a
   * GtkButton shows itself pressed for a moment before it clicks.
   */
  item = *px_review_view_get_current (review);
  g_assert_true (gtk_widget_activate (reject));
  wait_for_decision (review, 1);
  g_assert_cmpuint (px_review_view_get_n_reviewed (review), ==, 1);
  g_assert_false (pair_linked (window, &item));

  g_assert_true (press_key (view, GTK_PHASE_BUBBLE, GDK_KEY_s));
  g_assert_cmpuint (px_review_view_get_position (review), ==, 3);

  gtk_widget_activate_action (view, "review.done", NULL);
  g_assert_true (adw_view_switcher_title_get_view_switcher_enabled (ADW_VIEW_SWITCHER_TITLE (switcher)));
  px_test_destroy_window (window);
}

static GtkLabel *
review_label (PxReviewView *review,
              const char   *name)
{
  return GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (review), PX_TYPE_REVIEW_VIEW, name));
}

/* @label shows the neighbour @step of the passage: the end of the one
 * before or the start of the one after, or, hidden, nothing.
 */
static void
assert_context (GtkLabel  *label,
                PxArticle *article,
                guint      sentence,
                int        step)
{
  const char *shown = gtk_label_get_text (label);
  guint n;
  g_autofree char *neighbour = NULL;
  g_autofree char *bare = NULL;

  px_article_get_sentences (article, &n);
  if ((int)sentence + step < 0 || sentence + step >= n)
    {
      g_assert_false (gtk_widget_get_visible (GTK_WIDGET (label)));
      return;
    }
  if (!gtk_widget_get_visible (GTK_WIDGET (label)))
    return;   /* a dateline or a caption, which is no context */
  neighbour = px_article_dup_sentence_text (article, sentence + step);
  bare = g_strdup (shown);
  if (g_str_has_prefix (bare, "… "))
    memmove (bare, bare + strlen ("… "), strlen (bare) - strlen ("… ") + 1);
  if (g_str_has_suffix (bare, " …"))
    bare[strlen (bare) - strlen (" …")] = '\0';
  g_assert_cmpuint (strlen (bare), >, 0);
  g_assert_nonnull (strstr (neighbour, bare));
  g_assert_true (step < 0 ? g_str_has_suffix (g_strstrip (neighbour), bare) : g_str_has_prefix (neighbour, bare));
}

/* Each decision shows both passages between their neighbours, and the
 * words the passages share in bold where they stand.
 */
static void
test_review_context (void)
{
  PxWindow *window = px_test_open_sample ("de");
  PxReviewView *review = px_window_get_review_view (window);
  PxAlignment *alignment = px_window_get_alignment (window);
  guint with_context = 0, with_bold = 0;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.review", NULL);
  for (guint i = 0; i < 5 && px_review_view_get_current (review) != NULL; i++)
    {
      const PxReviewItem *item = px_review_view_get_current (review);
      PxArticle *a = px_alignment_get_article (alignment, item->article);
      PxArticle *b = px_alignment_get_article (alignment, item->other_article);
      g_autoptr(GArray) spans = px_review_find_shared_words (alignment, item->article, item->sentence,
                                                            item->other_article, item->other_sentence);
      PangoAttrList *attrs = gtk_label_get_attributes (review_label (review, "text_a"));
      g_autoptr(GSList) bold = attrs != NULL ? pango_attr_list_get_attributes (attrs) : NULL;

      assert_context (review_label (review, "before_a"), a, item->sentence, -1);
      assert_context (review_label (review, "after_a"), a, item->sentence, +1);
      assert_context (review_label (review, "before_b"), b, item->other_sentence, -1);
      assert_context (review_label (review, "after_b"), b, item->other_sentence, +1);
      with_context += gtk_widget_get_visible (GTK_WIDGET (review_label (review, "after_b")));
      g_assert_cmpuint (g_slist_length (bold), ==, spans->len);
      for (GSList *l = bold; l != NULL; l = l->next)
        {
          PangoAttribute *attr = l->data;

          g_assert_cmpint (attr->klass->type, ==, PANGO_ATTR_WEIGHT);
          g_assert_cmpint (((PangoAttrInt *)attr)->value, ==, PANGO_WEIGHT_BOLD);
        }
      with_bold += spans->len > 0;
      g_slist_free_full (g_steal_pointer (&bold), (GDestroyNotify)pango_attribute_destroy);
      gtk_widget_activate_action (GTK_WIDGET (review), "review.skip", NULL);
    }
  g_assert_cmpuint (with_context, >, 0);
  g_assert_cmpuint (with_bold, >, 0);
  px_test_destroy_window (window);
}

int
main (int    argc,
      char **argv)
{
  px_test_ui_init (&argc, &argv);

  g_test_add_func ("/review/suggestions", test_review_suggestions);
  g_test_add_func ("/review/flow", test_review_flow);
  g_test_add_func ("/review/context", test_review_context);
  g_test_add_func ("/review/keys", test_review_keys);

  return g_test_run ();
}
