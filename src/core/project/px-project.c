/* px-project.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-project"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "px-article-private.h"
#include "px-boilerplate.h"
#include "px-error.h"
#include "px-json-report.h"
#include "px-project.h"
#include "px-segmenter.h"

/* A project file is JSON: the articles with their text embedded (so the file
 * is self-contained), the settings, the user's corrections and notes.
 */
struct _PxProject
{
  GObject    parent_instance;

  GPtrArray *articles;
  double     threshold;
  gboolean   classroom;
  char      *reference;
  GPtrArray *corrections;
  GPtrArray *notes;
};

G_DEFINE_FINAL_TYPE (PxProject, px_project, G_TYPE_OBJECT)

static PxProjectWriteFunc write_func = (PxProjectWriteFunc)write;

void
px_correction_free (PxCorrection *correction)
{
  if (correction == NULL)
    return;
  for (guint i = 0; i < correction->members->len; i++)
    g_free (g_array_index (correction->members, PxPassageRef, i).document);
  g_array_unref (correction->members);
  g_free (correction);
}

static void
note_free (PxNote *note)
{
  g_free (note->anchor.document);
  g_free (note->text);
  g_free (note);
}

static void
px_project_finalize (GObject *object)
{
  PxProject *self = (PxProject *)object;

  g_clear_pointer (&self->articles, g_ptr_array_unref);
  g_clear_pointer (&self->reference, g_free);
  g_clear_pointer (&self->corrections, g_ptr_array_unref);
  g_clear_pointer (&self->notes, g_ptr_array_unref);

  G_OBJECT_CLASS (px_project_parent_class)->finalize (object);
}

static void
px_project_class_init (PxProjectClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = px_project_finalize;
}

static void
px_project_init (PxProject *self)
{
  self->threshold = -1;
  self->corrections = g_ptr_array_new_with_free_func ((GDestroyNotify)px_correction_free);
  self->notes = g_ptr_array_new_with_free_func ((GDestroyNotify)note_free);
}

/**
 * px_project_new:
 * @articles: (element-type PxArticle): the article set
 *
 * Returns: (transfer full): a project holding @articles
 */
PxProject *
px_project_new (GPtrArray *articles)
{
  PxProject *self = g_object_new (PX_TYPE_PROJECT, NULL);

  self->articles = g_ptr_array_ref (articles);
  return self;
}

/**
 * px_project_get_articles:
 * @self: a #PxProject
 *
 * Returns: (transfer none) (element-type PxArticle): the articles
 */
GPtrArray *
px_project_get_articles (PxProject *self)
{
  g_return_val_if_fail (PX_IS_PROJECT (self), NULL);
  return self->articles;
}

/**
 * px_project_get_threshold:
 * @self: a #PxProject
 *
 * Returns: the saved alignment threshold, or a negative value for "use the
 *   preference"
 */
double
px_project_get_threshold (PxProject *self)
{
  g_return_val_if_fail (PX_IS_PROJECT (self), -1);
  return self->threshold;
}

void
px_project_set_threshold (PxProject *self,
                          double     threshold)
{
  g_return_if_fail (PX_IS_PROJECT (self));
  self->threshold = threshold;
}

gboolean
px_project_get_classroom (PxProject *self)
{
  g_return_val_if_fail (PX_IS_PROJECT (self), FALSE);
  return self->classroom;
}

void
px_project_set_classroom (PxProject *self,
                          gboolean   classroom)
{
  g_return_if_fail (PX_IS_PROJECT (self));
  self->classroom = !!classroom;
}

const char *
px_project_get_reference (PxProject *self)
{
  g_return_val_if_fail (PX_IS_PROJECT (self), NULL);
  return self->reference;
}

void
px_project_set_reference (PxProject  *self,
                          const char *document)
{
  g_return_if_fail (PX_IS_PROJECT (self));
  g_free (self->reference);
  self->reference = g_strdup (document);
}

/**
 * px_project_get_corrections:
 * @self: a #PxProject
 *
 * Returns: (transfer none) (element-type PxCorrection): the corrections, in
 *   the order they were made
 */
GPtrArray *
px_project_get_corrections (PxProject *self)
{
  g_return_val_if_fail (PX_IS_PROJECT (self), NULL);
  return self->corrections;
}

void
px_project_add_correction (PxProject          *self,
                           PxCorrectionKind    kind,
                           const PxPassageRef *members,
                           guint               n_members)
{
  PxCorrection *correction;

  g_return_if_fail (PX_IS_PROJECT (self));

  correction = g_new0 (PxCorrection, 1);
  correction->kind = kind;
  correction->members = g_array_new (FALSE, FALSE, sizeof (PxPassageRef));
  for (guint i = 0; i < n_members; i++)
    {
      PxPassageRef ref = { g_strdup (members[i].document), members[i].sentence };
      g_array_append_val (correction->members, ref);
    }
  g_ptr_array_add (self->corrections, correction);
}

/**
 * px_project_take_last_correction:
 * @self: a #PxProject
 *
 * Removes the newest correction, for undo.
 *
 * Returns: (transfer full) (nullable): the correction
 */
PxCorrection *
px_project_take_last_correction (PxProject *self)
{
  g_return_val_if_fail (PX_IS_PROJECT (self), NULL);

  if (self->corrections->len == 0)
    return NULL;
  return g_ptr_array_steal_index (self->corrections, self->corrections->len - 1);
}

/**
 * px_project_push_correction:
 * @self: a #PxProject
 * @correction: (transfer full): a correction taken before, for redo
 */
void
px_project_push_correction (PxProject    *self,
                            PxCorrection *correction)
{
  g_return_if_fail (PX_IS_PROJECT (self));
  g_return_if_fail (correction != NULL);

  g_ptr_array_add (self->corrections, correction);
}

/**
 * px_project_get_notes:
 * @self: a #PxProject
 *
 * Returns: (transfer none) (element-type PxNote): the notes
 */
GPtrArray *
px_project_get_notes (PxProject *self)
{
  g_return_val_if_fail (PX_IS_PROJECT (self), NULL);
  return self->notes;
}

static PxNote *
find_note (PxProject  *self,
           const char *document,
           guint       sentence,
           gboolean    on_group,
           guint      *index)
{
  for (guint i = 0; i < self->notes->len; i++)
    {
      PxNote *note = g_ptr_array_index (self->notes, i);

      if (note->on_group == !!on_group && note->anchor.sentence == sentence &&
          g_strcmp0 (note->anchor.document, document) == 0)
        {
          if (index != NULL)
            *index = i;
          return note;
        }
    }
  return NULL;
}

/**
 * px_project_set_note:
 * @self: a #PxProject
 * @document: the passage's document id (for a group: its first member's)
 * @sentence: the passage's sentence index
 * @on_group: whether the note is about the group rather than the passage
 * @text: (nullable): the note; %NULL or empty removes it
 */
void
px_project_set_note (PxProject  *self,
                     const char *document,
                     guint       sentence,
                     gboolean    on_group,
                     const char *text)
{
  PxNote *note;
  guint index;

  g_return_if_fail (PX_IS_PROJECT (self));
  g_return_if_fail (document != NULL);

  note = find_note (self, document, sentence, on_group, &index);
  if (text == NULL || *text == '\0')
    {
      if (note != NULL)
        g_ptr_array_remove_index (self->notes, index);
      return;
    }
  if (note == NULL)
    {
      note = g_new0 (PxNote, 1);
      note->anchor.document = g_strdup (document);
      note->anchor.sentence = sentence;
      note->on_group = !!on_group;
      g_ptr_array_add (self->notes, note);
    }
  g_free (note->text);
  note->text = g_strdup (text);
}

const char *
px_project_get_note (PxProject  *self,
                     const char *document,
                     guint       sentence,
                     gboolean    on_group)
{
  PxNote *note;

  g_return_val_if_fail (PX_IS_PROJECT (self), NULL);

  note = find_note (self, document, sentence, on_group, NULL);
  return note ? note->text : NULL;
}

const char *
px_correction_kind_to_string (PxCorrectionKind kind)
{
  static const char *names[] = { "link", "unlink", "split", "merge", "reject" };

  g_return_val_if_fail (kind <= PX_CORRECTION_REJECT, "link");
  return names[kind];
}

static void
add_ref (JsonBuilder        *builder,
         const PxPassageRef *ref)
{
  json_builder_begin_object (builder);
  px_json_add_string_or_null (builder, "document", ref->document);
  json_builder_set_member_name (builder, "sentence");
  json_builder_add_int_value (builder, ref->sentence);
  json_builder_end_object (builder);
}

/**
 * px_project_to_data:
 * @self: a #PxProject
 * @length: (out) (optional): the length of the result
 *
 * Returns: (transfer full): the project file's contents
 */
char *
px_project_to_data (PxProject *self,
                    gsize     *length)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (PX_IS_PROJECT (self), NULL);

  json_builder_begin_object (builder);
  px_json_add_string_or_null (builder, "format", PX_PROJECT_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, PX_PROJECT_VERSION);
  px_json_add_string_or_null (builder, "generator", "parallax " PACKAGE_VERSION);

  json_builder_set_member_name (builder, "articles");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->articles->len; i++)
    {
      PxArticle *article = g_ptr_array_index (self->articles, i);

      json_builder_begin_object (builder);
      px_json_add_string_or_null (builder, "id", article->id);
      px_json_add_string_or_null (builder, "path", article->path);
      px_json_add_string_or_null (builder, "title", article->title);
      /* A neutral "Source C" is a place, not a name: it is given again on load. */
      px_json_add_string_or_null (builder, "outlet", article->outlet_unknown ? NULL : article->outlet);
      px_json_add_string_or_null (builder, "date", article->date);
      px_json_add_string_or_null (builder, "byline", article->byline);
      json_builder_set_member_name (builder, "title_derived");
      json_builder_add_boolean_value (builder, article->title_derived);
      px_json_add_string_or_null (builder, "url", article->url);
      px_json_add_string_or_null (builder, "language", article->language);
      px_json_add_string_or_null (builder, "text", article->text);
      json_builder_set_member_name (builder, "paragraphs");
      json_builder_begin_array (builder);
      for (guint p = 0; p < article->paragraphs->len; p++)
        {
          const PxParagraph *para = &g_array_index (article->paragraphs, PxParagraph, p);

          json_builder_begin_array (builder);
          json_builder_add_int_value (builder, para->start);
          json_builder_add_int_value (builder, para->end);
          json_builder_add_string_value (builder, px_sentence_kind_to_string (para->kind));
          json_builder_end_array (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "settings");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "threshold");
  if (self->threshold >= 0)
    json_builder_add_double_value (builder, self->threshold);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "classroom");
  json_builder_add_boolean_value (builder, self->classroom);
  px_json_add_string_or_null (builder, "reference", self->reference);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "corrections");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->corrections->len; i++)
    {
      PxCorrection *correction = g_ptr_array_index (self->corrections, i);

      json_builder_begin_object (builder);
      px_json_add_string_or_null (builder, "kind", px_correction_kind_to_string (correction->kind));
      json_builder_set_member_name (builder, "members");
      json_builder_begin_array (builder);
      for (guint m = 0; m < correction->members->len; m++)
        add_ref (builder, &g_array_index (correction->members, PxPassageRef, m));
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "notes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->notes->len; i++)
    {
      PxNote *note = g_ptr_array_index (self->notes, i);

      json_builder_begin_object (builder);
      px_json_add_string_or_null (builder, "target", note->on_group ? "group" : "passage");
      px_json_add_string_or_null (builder, "document", note->anchor.document);
      json_builder_set_member_name (builder, "sentence");
      json_builder_add_int_value (builder, note->anchor.sentence);
      px_json_add_string_or_null (builder, "text", note->text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  return json_generator_to_data (generator, length);
}

static gboolean
write_all (int          fd,
           const char  *data,
           gsize        length,
           GError     **error)
{
  while (length > 0)
    {
      gssize n = write_func (fd, data, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          int saved = n < 0 ? errno : ENOSPC;
          g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved), g_strerror (saved));
          return FALSE;
        }
      data += n;
      length -= n;
    }
  return TRUE;
}

/**
 * px_project_save:
 * @self: a #PxProject
 * @path: the project file
 * @error: return location for a #GError
 *
 * Saves atomically: the data go to a new file beside @path, which is synced
 * and then renamed over it. A failed or interrupted save (a full disk, a
 * crash) leaves the previous project file intact.
 *
 * Returns: %TRUE on success
 */
gboolean
px_project_save (PxProject   *self,
                 const char  *path,
                 GError     **error)
{
  g_autofree char *data = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *display = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length;
  int fd;

  g_return_val_if_fail (PX_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  display = g_filename_display_name (path);
  data = px_project_to_data (self, &length);
  dir = g_path_get_dirname (path);
  tmp = g_build_filename (dir, ".parallax-save-XXXXXX", NULL);

  if ((fd = g_mkstemp_full (tmp, O_WRONLY | O_CLOEXEC, 0644)) < 0)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Cannot save %s: %s"), display, g_strerror (saved));
      return FALSE;
    }

  if (!write_all (fd, data, length, &local_error) || fsync (fd) != 0)
    {
      if (local_error == NULL)
        g_set_error_literal (&local_error, G_IO_ERROR, g_io_error_from_errno (errno), g_strerror (errno));
      close (fd);
      g_unlink (tmp);
      g_set_error (error, G_IO_ERROR, local_error->code,
                   _("Cannot save %s: %s"), display, local_error->message);
      return FALSE;
    }

  if (close (fd) != 0 || g_rename (tmp, path) != 0)
    {
      int saved = errno;
      g_unlink (tmp);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Cannot save %s: %s"), display, g_strerror (saved));
      return FALSE;
    }

  return TRUE;
}

void
_px_project_set_write_func (PxProjectWriteFunc func)
{
  write_func = func != NULL ? func : (PxProjectWriteFunc)write;
}
