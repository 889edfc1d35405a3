/* px-project.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "px-core-types.h"

G_BEGIN_DECLS

#define PX_PROJECT_FORMAT  "parallax-project"
#define PX_PROJECT_VERSION 1

/**
 * PxCorrectionKind:
 * @PX_CORRECTION_LINK: the passages belong to one claim group
 * @PX_CORRECTION_UNLINK: the passage belongs to no group with the others
 * @PX_CORRECTION_SPLIT: the passages must not share a group
 * @PX_CORRECTION_MERGE: two groups are one (their members given)
 * @PX_CORRECTION_REJECT: the second passage is not a partner of the first:
 *   it leaves any group it shares with the first, and the pair is never
 *   suggested again (a rejected suggestion)
 *
 * A user's correction of the engine, kept as a constraint so that it
 * survives re-alignment.
 */
typedef enum
{
  PX_CORRECTION_LINK,
  PX_CORRECTION_UNLINK,
  PX_CORRECTION_SPLIT,
  PX_CORRECTION_MERGE,
  PX_CORRECTION_REJECT,
} PxCorrectionKind;

typedef struct
{
  char  *document;
  guint  sentence;
} PxPassageRef;

typedef struct
{
  PxCorrectionKind  kind;
  GArray           *members;   /* of PxPassageRef */
} PxCorrection;

typedef struct
{
  PxPassageRef  anchor;        /* a passage, or a group's first member */
  gboolean      on_group;
  char         *text;
} PxNote;

#define PX_TYPE_PROJECT (px_project_get_type ())

G_DECLARE_FINAL_TYPE (PxProject, px_project, PX, PROJECT, GObject)

PxProject    *px_project_new             (GPtrArray      *articles);
PxProject    *px_project_load            (const char     *path,
                                          GError        **error);
PxProject    *px_project_load_data       (const char     *data,
                                          gsize           length,
                                          GError        **error);
gboolean      px_project_save            (PxProject      *self,
                                          const char     *path,
                                          GError        **error);
char         *px_project_to_data         (PxProject      *self,
                                          gsize          *length);
GPtrArray    *px_project_get_articles    (PxProject      *self);
double        px_project_get_threshold   (PxProject      *self);
void          px_project_set_threshold   (PxProject      *self,
                                          double          threshold);
gboolean      px_project_get_classroom   (PxProject      *self);
void          px_project_set_classroom   (PxProject      *self,
                                          gboolean        classroom);
const char   *px_project_get_reference   (PxProject      *self);
void          px_project_set_reference   (PxProject      *self,
                                          const char     *document);
GPtrArray    *px_project_get_corrections (PxProject      *self);
void          px_project_add_correction  (PxProject      *self,
                                          PxCorrectionKind kind,
                                          const PxPassageRef *members,
                                          guint           n_members);
PxCorrection *px_project_take_last_correction (PxProject   *self);
void          px_project_push_correction (PxProject      *self,
                                          PxCorrection   *correction);
void          px_correction_free         (PxCorrection   *correction);
GPtrArray    *px_project_get_notes       (PxProject      *self);
void          px_project_set_note        (PxProject      *self,
                                          const char     *document,
                                          guint           sentence,
                                          gboolean        on_group,
                                          const char     *text);
const char   *px_project_get_note        (PxProject      *self,
                                          const char     *document,
                                          guint           sentence,
                                          gboolean        on_group);
const char   *px_correction_kind_to_string (PxCorrectionKind kind);

/* For tests: a write function that fails, as a full disk would. */
typedef gssize (*PxProjectWriteFunc) (int fd, const void *buf, gsize count);
void         _px_project_set_write_func  (PxProjectWriteFunc func);

G_END_DECLS
