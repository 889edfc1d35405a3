/* px-inspector.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-inspector"

#include "config.h"

#include <glib/gi18n.h>

#include "px-inspector.h"

/* The inspector explains the selected claim group: each source's passage
 * with its word differences, why the engine linked it (the evidence and its
 * weight), the divergences found, and the user's note.
 */
struct _PxInspector
{
  GtkWidget            parent_instance;

  PxInspectorNameFunc  name_func;
  gpointer             name_data;
  char                *note;
  GStrv                masked;
  guint                updating : 1;

  GtkWidget           *scroller;
  GtkBox              *content;
  GtkTextView         *note_view;
  GtkWidget           *nothing;
};

enum {
  NOTE_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PxInspector, px_inspector, GTK_TYPE_WIDGET)

static void
px_inspector_dispose (GObject *object)
{
  PxInspector *self = (PxInspector *)object;

  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->masked, g_strfreev);

  G_OBJECT_CLASS (px_inspector_parent_class)->dispose (object);
}

static void
px_inspector_class_init (PxInspectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_inspector_dispose;

  /**
   * PxInspector::note-changed:
   * @self: the inspector
   * @text: the note's new text
   */
  signals[NOTE_CHANGED] =
    g_signal_new ("note-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "inspector");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
note_buffer_changed_cb (PxInspector   *self,
                        GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  if (self->updating)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  g_free (self->note);
  self->note = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_signal_emit (self, signals[NOTE_CHANGED], 0, self->note);
}

static void
px_inspector_init (PxInspector *self)
{
  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));

  self->content = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 10));
  gtk_widget_set_margin_start (GTK_WIDGET (self->content), 14);
  gtk_widget_set_margin_end (GTK_WIDGET (self->content), 14);
  gtk_widget_set_margin_top (GTK_WIDGET (self->content), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->content), 12);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), GTK_WIDGET (self->content));

  gtk_widget_set_size_request (GTK_WIDGET (self), 340, -1);
  gtk_widget_add_css_class (GTK_WIDGET (self), "inspector");
  gtk_widget_add_css_class (GTK_WIDGET (self), "background");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Inspector"),
                                  -1);

  px_inspector_show_group (self, NULL, -1, NULL, NULL);
}

GtkWidget *
px_inspector_new (void)
{
  return g_object_new (PX_TYPE_INSPECTOR, NULL);
}

void
px_inspector_set_name_func (PxInspector         *self,
                            PxInspectorNameFunc  func,
                            gpointer             user_data)
{
  g_return_if_fail (PX_IS_INSPECTOR (self));

  self->name_func = func;
  self->name_data = user_data;
}

static GtkWidget *
add_label (PxInspector *self,
           const char  *markup,
           const char  *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (self->content, label);
  return label;
}

static void
add_heading (PxInspector *self,
             const char  *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  GtkWidget *label = add_label (self, escaped, "heading");

  gtk_widget_set_margin_top (label, 8);
}

static char *
source_name (PxInspector *self,
             PxAlignment *alignment,
             guint        article)
{
  if (self->name_func != NULL)
    return self->name_func (article, self->name_data);
  return g_strdup (px_article_get_outlet (px_alignment_get_article (alignment, article)));
}

/* The passage as markup: changed words red and bold, synonyms blue, the
 * rest plain; spans come from the group's word diff.
 */
static char *
passage_markup (PxAlignment *alignment,
                guint        group,
                guint        member,
                gboolean     is_reference)
{
  const PxAlignmentMember *members;
  const PxWordDiff *diffs;
  const PxSentence *sentences;
  PxArticle *article;
  const char *text;
  GString *out = g_string_new (NULL);
  guint n_members, n_diffs, pos;
  const PxSentence *s;

  members = px_alignment_group_get_members (alignment, group, &n_members);
  article = px_alignment_get_article (alignment, members[member].article);
  text = px_article_get_text (article);
  sentences = px_article_get_sentences (article, NULL);
  s = &sentences[members[member].sentence];
  pos = s->start;

  diffs = is_reference ? NULL : px_alignment_group_get_word_diff (alignment, group, member, &n_diffs);
  for (guint d = 0; diffs != NULL && d < n_diffs; d++)
    {
      const PxSpan *span = &diffs[d].member;
      const char *open = NULL;
      g_autofree char *before = NULL;
      g_autofree char *inner = NULL;

      if (span->end <= span->start || span->start < pos || span->end > s->end)
        continue;
      if (diffs[d].kind == PX_WORD_DIFF_CHANGED || diffs[d].kind == PX_WORD_DIFF_ADDED)
        open = "<span foreground=\"#a51d2d\" weight=\"bold\">";
      else if (diffs[d].kind == PX_WORD_DIFF_SYNONYM)
        open = "<span foreground=\"#1c71d8\">";
      else
        continue;

      before = g_markup_escape_text (text + pos, span->start - pos);
      inner = g_markup_escape_text (text + span->start, span->end - span->start);
      g_string_append_printf (out, "%s%s%s</span>", before, open, inner);
      pos = span->end;
    }

  {
    g_autofree char *rest = g_markup_escape_text (text + pos, s->end - pos);
    g_string_append (out, rest);
  }
  return g_string_free (out, FALSE);
}

static void
clear_content (PxInspector *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->content))))
    gtk_box_remove (self->content, child);
  self->note_view = NULL;
  self->nothing = NULL;
}

static void
show_nothing (PxInspector *self)
{
  GtkWidget *label = add_label (self, _("Select a passage to see how the sources report it."), "dim-label");

  self->nothing = label;
  gtk_widget_set_vexpand (label, TRUE);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_label_set_xalign (GTK_LABEL (label), 0.5);
}

/* Returns which sources carry the claim. */
static gboolean *
show_title (PxInspector *self,
            PxAlignment *alignment,
            int          group)
{
  guint n_members, n_articles = px_alignment_get_n_articles (alignment), covered = 0;
  const PxAlignmentMember *members = px_alignment_group_get_members (alignment, group, &n_members);
  gboolean *present = g_new0 (gboolean, n_articles);
  g_autofree char *title = NULL;
  g_autofree char *escaped = NULL;

  for (guint m = 0; m < n_members; m++)
    present[members[m].article] = TRUE;
  for (guint a = 0; a < n_articles; a++)
    covered += present[a];
  /* Translators: the inspector's heading, e.g. "Claim 3 · 4 of 5 sources". */
  title = g_strdup_printf (_("Claim %u · %u of %u sources"),
                           px_alignment_group_get_id (alignment, group), covered, n_articles);
  escaped = g_markup_escape_text (title, -1);
  add_label (self, escaped, "title-4");
  return present;
}

/* Classroom mode: the passage must not name its outlet either. */
static char *
mask_names (PxInspector *self,
            char        *passage)
{
  for (guint n = 0; self->masked != NULL && self->masked[n] != NULL; n++)
    {
      g_autofree char *escaped_name = g_markup_escape_text (self->masked[n], -1);
      g_auto(GStrv) parts = g_strsplit (passage, escaped_name, -1);
      g_autoptr(GString) bar = g_string_new (NULL);

      for (glong c = g_utf8_strlen (self->masked[n], -1); c > 0; c--)
        g_string_append (bar, "█");
      g_free (passage);
      passage = g_strjoinv (bar->str, parts);
    }
  return passage;
}

static void
show_members (PxInspector *self,
              PxAlignment *alignment,
              int          group)
{
  guint n_members, reference = px_alignment_group_get_reference (alignment, group);
  const PxAlignmentMember *members = px_alignment_group_get_members (alignment, group, &n_members);

  for (guint m = 0; m < n_members; m++)
    {
      g_autofree char *name = source_name (self, alignment, members[m].article);
      g_autofree char *escaped = g_markup_escape_text (name, -1);
      g_autofree char *passage = mask_names (self, passage_markup (alignment, group, m, m == reference));
      g_autofree char *header = NULL;
      GtkWidget *label;

      header = g_strdup_printf ("<b>%s</b>%s <span size=\"small\" alpha=\"60%%\">%.0f%%</span>",
                                escaped,
                                m == reference ? _(" (reference)") : "",
                                members[m].score * 100.0);
      label = add_label (self, header, NULL);
      gtk_widget_set_margin_top (label, 6);
      add_label (self, passage, "inspector-passage");
    }
}

static void
show_absent (PxInspector    *self,
             PxAlignment    *alignment,
             const gboolean *present)
{
  g_autoptr(GString) absent = g_string_new (NULL);

  for (guint a = 0; a < px_alignment_get_n_articles (alignment); a++)
    if (!present[a])
      {
        g_autofree char *name = source_name (self, alignment, a);

        if (absent->len > 0)
          g_string_append (absent, ", ");
        g_string_append (absent, name);
      }
  if (absent->len > 0)
    {
      g_autofree char *escaped = g_markup_escape_text (absent->str, -1);
      /* Translators: %s lists the sources that do not carry the claim. */
      g_autofree char *line = g_strdup_printf (_("Not in: %s"), escaped);

      add_label (self, line, "warning");
    }
}

static void
show_details (PxInspector *self,
              GPtrArray   *details)
{
  if (details == NULL || details->len == 0)
    return;
  add_heading (self, _("Divergences"));
  for (guint i = 0; i < details->len; i++)
    {
      g_autofree char *escaped = g_markup_escape_text (g_ptr_array_index (details, i), -1);
      g_autofree char *line = g_strdup_printf ("• %s", escaped);

      add_label (self, line, NULL);
    }
}

/* The evidence kinds as a reader calls them; the report's JSON keeps the
 * untranslated names of px_evidence_kind_to_string().
 */
static const char *
evidence_kind_label (PxEvidenceKind kind)
{
  switch (kind)
    {
    /* Translators: kinds of evidence for a link, shown small after each word pair. */
    case PX_EVIDENCE_TERM: return C_("evidence", "same word");
    case PX_EVIDENCE_INFLECTION: return C_("evidence", "word form");
    case PX_EVIDENCE_COMPOUND: return C_("evidence", "compound");
    case PX_EVIDENCE_SYNONYM: return C_("evidence", "synonym");
    case PX_EVIDENCE_ALIAS: return C_("evidence", "other name");
    case PX_EVIDENCE_ENTITY: return C_("evidence", "name");
    case PX_EVIDENCE_FIGURE: return C_("evidence", "figure");
    case PX_EVIDENCE_QUOTE: return C_("evidence", "quotation");
    case PX_EVIDENCE_ORDER: return C_("evidence", "position");
    case PX_EVIDENCE_GROUP: return C_("evidence", "other members");
    case PX_EVIDENCE_MEANING: return C_("evidence", "similar meaning");
    case PX_EVIDENCE_CONTEXT: return C_("evidence", "same event");
    case PX_EVIDENCE_TRANSLATION: return C_("evidence", "translation");
    default: return px_evidence_kind_to_string (kind);
    }
}

static void
append_evidence (GString                   *line,
                 const PxAlignmentEvidence *evidence,
                 guint                      n_evidence)
{
  for (guint e = 0; e < n_evidence && e < 12; e++)
    {
      g_autofree char *a = g_markup_escape_text (evidence[e].term_a ? evidence[e].term_a : "", -1);
      g_autofree char *b = g_markup_escape_text (evidence[e].term_b ? evidence[e].term_b : "", -1);

      if (e > 0)
        g_string_append (line, ", ");
      if (evidence[e].term_b != NULL && g_strcmp0 (evidence[e].term_a, evidence[e].term_b) != 0)
        g_string_append_printf (line, "%s ↔ %s", a, b);
      else
        g_string_append (line, a);
      g_string_append_printf (line, " <span size=\"small\" alpha=\"60%%\">%s %.2f</span>",
                              evidence_kind_label (evidence[e].kind), evidence[e].weight);
    }
  if (n_evidence == 0)
    g_string_append (line, _("linked through the other members"));
}

/* One click takes a wrongly linked passage out of the claim: the same
 * correction as "Remove from Claim" in its pane's menu.
 */
static GtkWidget *
remove_button (PxAlignment             *alignment,
               const PxAlignmentMember *member,
               const char              *source)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("list-remove-symbolic");
  /* Translators: %s is the source whose passage the button takes out of the claim. */
  g_autofree char *tooltip = g_strdup_printf (_("Not the same claim: remove the passage of %s from it"), source);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.correct");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "(ssu)", "unlink",
                                    px_article_get_id (px_alignment_get_article (alignment, member->article)),
                                    member->sentence);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  return button;
}

/* A member's evidence with its remove button beside it. */
static void
add_member_row (PxInspector *self,
                const char  *markup,
                GtkWidget   *button)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = add_label (self, markup, NULL);

  g_object_ref (label);
  gtk_box_remove (self->content, label);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (row), label);
  g_object_unref (label);
  gtk_box_append (GTK_BOX (row), button);
  gtk_box_append (self->content, row);
}

static void
show_evidence (PxInspector *self,
               PxAlignment *alignment,
               int          group)
{
  guint n_members, reference = px_alignment_group_get_reference (alignment, group);
  const PxAlignmentMember *members = px_alignment_group_get_members (alignment, group, &n_members);

  add_heading (self, _("Why These Passages Are Linked"));
  for (guint m = 0; m < n_members; m++)
    {
      const PxAlignmentEvidence *evidence;
      g_autoptr(GString) line = g_string_new (NULL);
      g_autofree char *name = NULL;
      g_autofree char *escaped = NULL;
      guint n_evidence;

      if (m == reference)
        continue;
      evidence = px_alignment_group_get_explanation (alignment, group, m, &n_evidence);
      name = source_name (self, alignment, members[m].article);
      escaped = g_markup_escape_text (name, -1);
      g_string_append_printf (line, "<b>%s</b>: ", escaped);
      append_evidence (line, evidence, n_evidence);
      add_member_row (self, line->str, remove_button (alignment, &members[m], name));
    }
}

static void
show_note (PxInspector *self,
           const char  *note)
{
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkTextBuffer *buffer;

  add_heading (self, _("Note"));
  self->note_view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (self->note_view, GTK_WRAP_WORD_CHAR);
  gtk_widget_set_size_request (GTK_WIDGET (self->note_view), -1, 80);
  gtk_text_view_set_left_margin (self->note_view, 6);
  gtk_text_view_set_right_margin (self->note_view, 6);
  gtk_text_view_set_top_margin (self->note_view, 6);
  gtk_text_view_set_bottom_margin (self->note_view, 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->note_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Note on this claim"),
                                  -1);
  buffer = gtk_text_view_get_buffer (self->note_view);
  self->updating = TRUE;
  gtk_text_buffer_set_text (buffer, note ? note : "", -1);
  self->updating = FALSE;
  g_free (self->note);
  self->note = g_strdup (note ? note : "");
  g_signal_connect_object (buffer, "changed", G_CALLBACK (note_buffer_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_frame_set_child (GTK_FRAME (frame), GTK_WIDGET (self->note_view));
  gtk_box_append (self->content, frame);
}

/**
 * px_inspector_show_group:
 * @self: a #PxInspector
 * @alignment: (nullable): the alignment
 * @group: the group to explain, or -1
 * @details: (nullable) (element-type utf8): divergence summaries to list
 * @note: (nullable): the user's note on the group
 */
void
px_inspector_show_group (PxInspector *self,
                         PxAlignment *alignment,
                         int          group,
                         GPtrArray   *details,
                         const char  *note)
{
  g_autofree gboolean *present = NULL;

  g_return_if_fail (PX_IS_INSPECTOR (self));

  clear_content (self);
  if (alignment == NULL || group < 0 || (guint)group >= px_alignment_get_n_groups (alignment))
    {
      show_nothing (self);
      return;
    }
  present = show_title (self, alignment, group);
  show_members (self, alignment, group);
  show_absent (self, alignment, present);
  show_details (self, details);
  show_evidence (self, alignment, group);
  show_note (self, note);
}

static GtkWidget *
decision_button (const char                 *label,
                 const char                 *tooltip,
                 const char                 *action,
                 PxAlignment                *alignment,
                 const PxAlignmentCandidate *c)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "(susu)",
                                    px_article_get_id (px_alignment_get_article (alignment, c->article)),
                                    c->sentence,
                                    px_article_get_id (px_alignment_get_article (alignment, c->other_article)),
                                    c->other_sentence);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static void
show_suggestion (PxInspector                *self,
                 PxAlignment                *alignment,
                 const PxAlignmentCandidate *c,
                 gboolean                    current)
{
  g_autofree char *name = source_name (self, alignment, c->other_article);
  g_autofree char *text = px_article_dup_sentence_text (px_alignment_get_article (alignment, c->other_article),
                                                        c->other_sentence);
  g_autofree char *escaped = mask_names (self, g_markup_escape_text (text, -1));
  g_autofree char *escaped_name = g_markup_escape_text (name, -1);
  g_auto(GStrv) terms = px_review_dup_shared_terms (alignment, c->article, c->sentence,
                                                    c->other_article, c->other_sentence);
  g_autofree char *joined = g_strjoinv (", ", terms);
  g_autofree char *markup = NULL;
  g_autofree char *evidence = NULL;
  g_autofree char *evidence_escaped = NULL;
  GtkWidget *buttons;

  /* Translators: a suggestion's rank in its source, the source, the passage. */
  markup = g_strdup_printf (_("<b>%u</b> · <b>%s</b>%s: %s"), c->rank, escaped_name,
                            current ? _(" (Enter)") : "", escaped);
  add_label (self, markup, NULL);
  if (terms[0] != NULL)
    evidence = g_strdup_printf (_("Score %.3f (links from %.3f) · shared words: %s"),
                                c->score, px_alignment_get_threshold (alignment), joined);
  else
    evidence = g_strdup_printf (_("Score %.3f (links from %.3f) · no shared words"),
                                c->score, px_alignment_get_threshold (alignment));
  evidence_escaped = g_markup_escape_text (evidence, -1);
  add_label (self, evidence_escaped, "dim-label");

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (buttons), decision_button (_("_Link"), _("Same claim: link it to the selected passage"),
                                                      "win.link-pair", alignment, c));
  gtk_box_append (GTK_BOX (buttons), decision_button (_("_Not the Same"), _("Never suggest this pair again"),
                                                      "win.reject-pair", alignment, c));
  gtk_box_append (self->content, buttons);
}

/**
 * px_inspector_show_suggestions:
 * @self: a #PxInspector
 * @alignment: (nullable): the alignment
 * @suggestions: (array length=n_suggestions): the selected passage's
 *   unlinked candidates, in the order to list them
 * @n_suggestions: their number
 * @current: the index of the one Enter links, or -1
 *
 * Lists the suggested partners after the claim's explanation, each with
 * its evidence and buttons to link or reject it.
 */
void
px_inspector_show_suggestions (PxInspector                *self,
                               PxAlignment                *alignment,
                               const PxAlignmentCandidate *suggestions,
                               guint                       n_suggestions,
                               int                         current)
{
  g_return_if_fail (PX_IS_INSPECTOR (self));

  if (alignment == NULL || n_suggestions == 0)
    return;
  if (self->nothing != NULL)
    {
      gtk_box_remove (self->content, self->nothing);
      self->nothing = NULL;
    }
  add_heading (self, _("Suggested Partners"));
  for (guint i = 0; i < n_suggestions; i++)
    show_suggestion (self, alignment, &suggestions[i], (int)i == current);
}

static void
collect_text (GtkWidget *widget,
              GString   *out)
{
  if (GTK_IS_LABEL (widget))
    {
      g_string_append (out, gtk_label_get_text (GTK_LABEL (widget)));
      g_string_append_c (out, '\n');
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_text (child, out);
}

/**
 * px_inspector_dup_text:
 * @self: a #PxInspector
 *
 * Returns: (transfer full): the visible text, for tests
 */
char *
px_inspector_dup_text (PxInspector *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (PX_IS_INSPECTOR (self), NULL);

  collect_text (GTK_WIDGET (self->content), out);
  return g_string_free (out, FALSE);
}

const char *
px_inspector_get_note (PxInspector *self)
{
  g_return_val_if_fail (PX_IS_INSPECTOR (self), NULL);
  return self->note;
}

/**
 * px_inspector_set_masked_names:
 * @self: a #PxInspector
 * @names: (nullable) (array zero-terminated=1): names to hide in passages
 */
void
px_inspector_set_masked_names (PxInspector        *self,
                               const char * const *names)
{
  g_return_if_fail (PX_IS_INSPECTOR (self));

  g_clear_pointer (&self->masked, g_strfreev);
  self->masked = g_strdupv ((char **)names);
}
