/* px-attribution-source-private.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Source phrases of the attribution finder: what kind of source a phrase
 * of tokens names, its name as a reader would write it, and the persons'
 * names it holds.
 */

#pragma once

#include <glib.h>

#include "px-attribution.h"
#include "px-attribution-clause-private.h"

G_BEGIN_DECLS

/* How a phrase refers, when it does not name its source outright. */
typedef enum
{
  REF_NONE,
  REF_PRONOUN,
  REF_BACK,
  REF_ROLE,
  REF_SURNAME,
} RefKind;

/* A source phrase as classified. */
typedef struct
{
  PxSourceKind  kind;
  char         *name;
  RefKind       ref;
  char          gender;
} Class;

gboolean  _px_source_classify     (GArray     *toks,
                                   guint       a,
                                   guint       b,
                                   const char *text,
                                   gboolean    anonymous_hint,
                                   Class      *out);
void      _px_source_class_clear  (Class      *c);
char     *_px_source_person_at    (GArray     *toks,
                                   guint       i,
                                   guint       b,
                                   char       *gender,
                                   guint      *name_start);
char     *_px_source_find_person  (GArray     *toks,
                                   guint       a,
                                   guint       b,
                                   char       *gender,
                                   guint      *name_start);
char     *_px_source_phrase_name  (GArray     *toks,
                                   guint       a,
                                   guint       b,
                                   const char *text,
                                   gboolean    genitive);

G_END_DECLS
