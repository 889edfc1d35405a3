/* px-review-view.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-review-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "px-review-view.h"

/* Review mode walks a queue of uncertain decisions one at a time: two
 * passages side by side, accept (link them), reject (never again) or skip.
 * The view only asks; the window's win.link-pair and win.reject-pair make
 * the corrections, so that a decision here is undone, saved and replayed
 * like any other.
 */
struct _PxReviewView
{
  GtkWidget            parent_instance;

  PxAlignment         *alignment;
  GArray              *queue;       /* of PxReviewItem */
  guint                position;
  guint                n_reviewed;
  char                *progress;
  PxInspectorNameFunc  name_func;
  gpointer             name_data;

  GtkStack            *stack;
  GtkLabel            *progress_label;
  GtkProgressBar      *progress_bar;
  GtkLabel            *question_label;
  GtkLabel            *source_a;
  GtkLabel            *before_a;
  GtkLabel            *text_a;
  GtkLabel            *after_a;
  GtkLabel            *source_b;
  GtkLabel            *before_b;
  GtkLabel            *text_b;
  GtkLabel            *after_b;
  GtkLabel            *evidence_label;
  AdwStatusPage       *done_page;
  GtkWidget           *done_button;
};

G_DEFINE_FINAL_TYPE (PxReviewView, px_review_view, GTK_TYPE_WIDGET)

static void
px_review_view_dispose (GObject *object)
{
  PxReviewView *self = (PxReviewView *)object;

  g_clear_object (&self->alignment);
  g_clear_pointer (&self->queue, g_array_unref);
  g_clear_pointer (&self->progress, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), PX_TYPE_REVIEW_VIEW);

  G_OBJECT_CLASS (px_review_view_parent_class)->dispose (object);
}

static char *
source_name (PxReviewView *self,
             guint         article)
{
  if (self->name_func != NULL)
    return self->name_func (article, self->name_data);
  return g_strdup (px_article_get_outlet (px_alignment_get_article (self->alignment, article)));
}

/* A neighbour of the passage, cut to its CONTEXT_WORDS words nearest the
 * passage: enough to see what a "sie" or "the decision" refers to, which
 * often settles whether two passages report one claim.
 */
#define CONTEXT_WORDS 24

static char *
context_text (PxArticle *article,
              guint      sentence,
              gboolean   before)
{
  g_autofree char *text = px_article_dup_sentence_text (article, sentence);
  g_auto(GStrv) words = g_strsplit_set (g_strstrip (text), " \n\t", -1);
  guint n = g_strv_length (words);
  g_autofree char *kept = NULL;

  if (n <= CONTEXT_WORDS)
    return g_strjoinv (" ", words);
  if (before)
    {
      kept = g_strjoinv (" ", words + n - CONTEXT_WORDS);
      return g_strconcat ("… ", kept, NULL);
    }
  g_free (words[CONTEXT_WORDS]);
  words[CONTEXT_WORDS] = NULL;
  kept = g_strjoinv (" ", words);
  return g_strconcat (kept, " …", NULL);
}

/* The article's body sentence just before (@step -1) or after (+1)
 * @sentence, or -1: datelines, captions and boilerplate are no context.
 */
static int
neighbour (PxArticle *article,
           guint      sentence,
           int        step)
{
  guint n;
  const PxSentence *sentences = px_article_get_sentences (article, &n);
  int s = (int)sentence + step;

  if (s < 0 || (guint)s >= n ||
      (sentences[s].kind != PX_SENTENCE_BODY && sentences[s].kind != PX_SENTENCE_HEADING))
    return -1;
  return s;
}

static void
show_context (GtkLabel  *label,
              PxArticle *article,
              guint      sentence,
              int        step)
{
  int s = neighbour (article, sentence, step);
  g_autofree char *text = s >= 0 ? context_text (article, (guint)s, step < 0) : NULL;

  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

/* The words the other passage shares, in bold where they stand. */
static void
mark_shared_words (GtkLabel *text,
                   GArray   *spans)
{
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();

  for (guint i = 0; i < spans->len; i++)
    {
      const PxSpan *span = &g_array_index (spans, PxSpan, i);
      PangoAttribute *bold = pango_attr_weight_new (PANGO_WEIGHT_BOLD);

      bold->start_index = span->start;
      bold->end_index = span->end;
      pango_attr_list_insert (attrs, bold);
    }
  gtk_label_set_attributes (text, attrs);
}

static void
show_passage (PxReviewView *self,
              GtkLabel     *source,
              GtkLabel     *labels[3],
              guint         article,
              guint         sentence,
              GArray       *shared)
{
  PxArticle *doc = px_alignment_get_article (self->alignment, article);
  g_autofree char *name = source_name (self, article);
  g_autofree char *passage = px_article_dup_sentence_text (doc, sentence);

  gtk_label_set_text (source, name);
  show_context (labels[0], doc, sentence, -1);
  gtk_label_set_text (labels[1], passage);
  mark_shared_words (labels[1], shared);
  show_context (labels[2], doc, sentence, +1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (labels[1]), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static void
show_evidence (PxReviewView       *self,
               const PxReviewItem *item,
               char              **terms)
{
  g_autofree char *joined = g_strjoinv (", ", terms);
  g_autofree char *text = NULL;

  if (terms[0] != NULL)
    /* Translators: the engine's link probability, its threshold, the words both passages use. */
    text = g_strdup_printf (_("Score %.3f (links from %.3f) · shared words: %s"),
                            item->score, px_alignment_get_threshold (self->alignment), joined);
  else
    text = g_strdup_printf (_("Score %.3f (links from %.3f) · no shared words"),
                            item->score, px_alignment_get_threshold (self->alignment));
  gtk_label_set_text (self->evidence_label, text);
}

static void
update_progress (PxReviewView *self)
{
  guint n = self->queue != NULL ? self->queue->len : 0;

  g_free (self->progress);
  /* Translators: "12 of 40 reviewed"; the plural follows the total. */
  self->progress = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u reviewed", "%u of %u reviewed", n),
                                    self->n_reviewed, n);
  gtk_label_set_text (self->progress_label, self->progress);
  gtk_progress_bar_set_fraction (self->progress_bar, n > 0 ? (double)self->position / n : 1.0);
}

static void
show_current (PxReviewView *self)
{
  const PxReviewItem *item = px_review_view_get_current (self);
  g_autoptr(PxSharedWords) shared = NULL;

  update_progress (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.accept", item != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.reject", item != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.skip", item != NULL);
  if (item == NULL)
    {
      adw_status_page_set_description (self->done_page, self->progress);
      gtk_stack_set_visible_child_name (self->stack, "done");
      gtk_widget_grab_focus (self->done_button);
      return;
    }

  gtk_label_set_text (self->question_label,
                      item->kind == PX_REVIEW_LINK
                      ? _("The engine linked these passages, but is unsure. Do they report the same claim?")
                      : _("The engine left these passages apart, but they are close. Do they report the same claim?"));
  shared = px_review_find_shared (self->alignment, item->article, item->sentence,
                                  item->other_article, item->other_sentence);
  show_passage (self, self->source_a, (GtkLabel *[3]) { self->before_a, self->text_a, self->after_a },
                item->article, item->sentence, shared->spans[0]);
  show_passage (self, self->source_b, (GtkLabel *[3]) { self->before_b, self->text_b, self->after_b },
                item->other_article, item->other_sentence, shared->spans[1]);
  show_evidence (self, item, shared->terms);
  gtk_stack_set_visible_child_name (self->stack, "item");
  /* The view itself, not a button, holds the focus between decisions, so
   * that Space skips and Enter accepts until Tab puts the focus on a button,
   * which then takes them itself.
   */
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
decide (PxReviewView *self,
        const char   *action)
{
  const PxReviewItem *item = px_review_view_get_current (self);
  PxPassageRef refs[2];

  if (item == NULL)
    return;
  px_review_item_get_refs (self->alignment, item, refs);
  if (action != NULL)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), action, "(susu)",
                                  refs[0].document, refs[0].sentence,
                                  refs[1].document, refs[1].sentence);
      self->n_reviewed++;
    }
  self->position++;
  show_current (self);
}

static void
accept_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  decide (PX_REVIEW_VIEW (widget), "win.link-pair");
}

static void
reject_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  decide (PX_REVIEW_VIEW (widget), "win.reject-pair");
}

static void
skip_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  decide (PX_REVIEW_VIEW (widget), NULL);
}

static void
done_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  gtk_widget_activate_action (widget, "win.review-done", NULL);
}

static const struct {
  guint       key;
  const char *action;
} review_keys[] = {
  { GDK_KEY_a, "review.accept" }, { GDK_KEY_Return, "review.accept" }, { GDK_KEY_KP_Enter, "review.accept" },
  { GDK_KEY_r, "review.reject" }, { GDK_KEY_Delete, "review.reject" }, { GDK_KEY_KP_Delete, "review.reject" },
  { GDK_KEY_s, "review.skip" }, { GDK_KEY_space, "review.skip" },
  { GDK_KEY_Escape, "review.done" },
};

static gboolean
focus_on_button (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (GTK_IS_BUTTON (focus) || gtk_widget_get_ancestor (focus, GTK_TYPE_BUTTON) != NULL);
}

/* Before the focused widget: a selectable passage would take Enter and
 * Space as its own. Not while a button has the focus: Space or Enter on
 * Reject must reject, as on any button.
 */
static gboolean
capture_key_cb (GtkWidget *widget,
                GVariant  *args,
                gpointer   user_data)
{
  if (focus_on_button (widget))
    return FALSE;
  return gtk_widget_activate_action (widget, user_data, NULL);
}

/* Two controllers on one table: the capture one when the focus is not on
 * a button, and a bubbling one for the keys a focused button leaves
 * (A, R, S, Delete, Escape).
 */
static void
add_keys (PxReviewView *self)
{
  GtkEventController *capture = gtk_shortcut_controller_new ();
  GtkEventController *bubble = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (capture, GTK_PHASE_CAPTURE);
  gtk_event_controller_set_propagation_phase (bubble, GTK_PHASE_BUBBLE);
  for (guint i = 0; i < G_N_ELEMENTS (review_keys); i++)
    {
      GtkShortcutAction *first = gtk_callback_action_new (capture_key_cb, (gpointer)review_keys[i].action, NULL);

      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (capture),
                                            gtk_shortcut_new (gtk_keyval_trigger_new (review_keys[i].key, 0),
                                                              first));
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (bubble),
                                            gtk_shortcut_new (gtk_keyval_trigger_new (review_keys[i].key, 0),
                                                              gtk_named_action_new (review_keys[i].action)));
    }
  gtk_widget_add_controller (GTK_WIDGET (self), capture);
  gtk_widget_add_controller (GTK_WIDGET (self), bubble);
}

static void
px_review_view_class_init (PxReviewViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_review_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/parallax/Parallax/ui/px-review-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PxReviewView, stack);
  gtk_widget_class_bind_template_child (widget_class, PxReviewView, progress_label);
  gtk_widget_class_bind_template_child (widget_class, PxReviewView, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, PxReviewView, question_label);
  gtk_widget_class_bind_template_child (widget_class, PxReviewView, source_a);
  gtk_widget_class_bind_template_child (widget_class, PxReviewView, before_a);
  gtk_widget_class_bind_template_child (widget_class, PxReviewView, text_a);
  gtk_widget_class_bind_template_child (widget_class, PxReviewView, after_a);
  gtk_widget_class_bind_template_child (widget_class, PxReviewView, source_b);
  gtk_widget_class_bind_template_child (widget_class, PxReviewView, before_b);
  gtk_widget_class_bind_template_child (widget_class, PxReviewView, text_b);
  gtk_widget_class_bind_template_child (widget_class, PxReviewView, after_b);
  gtk_widget_class_bind_template_child (widget_class, PxReviewView, evidence_label);
  gtk_widget_class_bind_template_child (widget_class, PxReviewView, done_page);
  gtk_widget_class_bind_template_child (widget_class, PxReviewView, done_button);

  gtk_widget_class_install_action (widget_class, "review.accept", NULL, accept_action);
  gtk_widget_class_install_action (widget_class, "review.reject", NULL, reject_action);
  gtk_widget_class_install_action (widget_class, "review.skip", NULL, skip_action);
  gtk_widget_class_install_action (widget_class, "review.done", NULL, done_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "reviewview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
px_review_view_init (PxReviewView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  add_keys (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Review"),
                                  -1);
  show_current (self);
}

GtkWidget *
px_review_view_new (void)
{
  return g_object_new (PX_TYPE_REVIEW_VIEW, NULL);
}

/**
 * px_review_view_start:
 * @self: a #PxReviewView
 * @alignment: the alignment the queue was built from
 * @queue: (element-type PxReviewItem): the decisions, in order (copied)
 * @name_func: (nullable): names a source as the window does
 * @user_data: for @name_func
 */
void
px_review_view_start (PxReviewView        *self,
                      PxAlignment         *alignment,
                      GArray              *queue,
                      PxInspectorNameFunc  name_func,
                      gpointer             user_data)
{
  g_return_if_fail (PX_IS_REVIEW_VIEW (self));
  g_return_if_fail (PX_IS_ALIGNMENT (alignment));
  g_return_if_fail (queue != NULL);

  g_set_object (&self->alignment, alignment);
  g_clear_pointer (&self->queue, g_array_unref);
  self->queue = g_array_copy (queue);
  self->position = 0;
  self->n_reviewed = 0;
  self->name_func = name_func;
  self->name_data = user_data;
  show_current (self);
}

guint
px_review_view_get_position (PxReviewView *self)
{
  g_return_val_if_fail (PX_IS_REVIEW_VIEW (self), 0);
  return self->position;
}

guint
px_review_view_get_n_items (PxReviewView *self)
{
  g_return_val_if_fail (PX_IS_REVIEW_VIEW (self), 0);
  return self->queue != NULL ? self->queue->len : 0;
}

guint
px_review_view_get_n_reviewed (PxReviewView *self)
{
  g_return_val_if_fail (PX_IS_REVIEW_VIEW (self), 0);
  return self->n_reviewed;
}

/**
 * px_review_view_get_current:
 * @self: a #PxReviewView
 *
 * Returns: (transfer none) (nullable): the decision shown, or %NULL when
 *   the queue is done
 */
const PxReviewItem *
px_review_view_get_current (PxReviewView *self)
{
  g_return_val_if_fail (PX_IS_REVIEW_VIEW (self), NULL);

  if (self->queue == NULL || self->position >= self->queue->len)
    return NULL;
  return &g_array_index (self->queue, PxReviewItem, self->position);
}

const char *
px_review_view_get_progress (PxReviewView *self)
{
  g_return_val_if_fail (PX_IS_REVIEW_VIEW (self), NULL);
  return self->progress;
}
