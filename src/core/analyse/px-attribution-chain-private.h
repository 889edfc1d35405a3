/* px-attribution-chain-private.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Chain building for the attribution finder: what the article has said so
 * far (persons named, the outlet named last), the attributions pending
 * while a sentence is read, and how a source phrase resolves to a name.
 */

#pragma once

#include <glib.h>

#include "px-attribution.h"

G_BEGIN_DECLS

/* A person named in the article, for resolving pronouns and surnames. */
typedef struct
{
  guint  pos;
  guint  sentence;
  char  *name;
  char  *last;
  char   gender;
} Mention;

/* The finder's state over one article. Persons named in the last few
 * sentences are kept for pronouns; of all others only the latest name for
 * each first and last word, so that the state grows with the names an
 * article has, not with its length.
 */
typedef struct
{
  const char   *text;
  gboolean      english;
  GArray       *quotes;
  GPtrArray    *result;
  GArray       *mentions;     /* of Mention, the recent ones */
  char         *last_outlet;
  PxSourceKind  last_outlet_kind;
  GHashTable   *surnames;     /* first or last word → the latest full name */
} Finder;

/* Pending attribution while a sentence is read. */
typedef struct
{
  char         *cue;
  PxSpan        cue_span;
  char         *source;
  char         *name;
  PxSpan        source_span;
  PxSourceKind  kind;
  GPtrArray    *via_texts;
  GArray       *via_kinds;
  GArray       *via_spans;   /* of PxSpan, where each via is written */
  gboolean      named;
} Pending;

Pending  *_px_chain_pending_new    (const char *cue,
                                    PxSpan      cue_span);
void      _px_chain_pending_free   (Pending    *p);
void      _px_chain_add_mention    (Finder     *f,
                                    guint       pos,
                                    guint       sentence,
                                    const char *name,
                                    char        gender);
void      _px_chain_mention_clear  (Mention    *m);
void      _px_chain_init           (Finder     *f,
                                    const char *text,
                                    gboolean    english,
                                    GArray     *quotes,
                                    GPtrArray  *result);
void      _px_chain_clear          (Finder     *f);
void      _px_chain_forget         (Finder     *f,
                                    guint       sentence);
void      _px_chain_scan_mentions  (Finder     *f,
                                    GArray     *toks,
                                    guint       sentence);
gboolean  _px_chain_resolve        (Finder     *f,
                                    GArray     *toks,
                                    guint       a,
                                    guint       b,
                                    guint       sentence,
                                    gboolean    plural_verb,
                                    gboolean    anonymous_hint,
                                    Pending    *p);
gboolean  _px_chain_apposition     (Finder     *f,
                                    GArray     *toks,
                                    guint       b,
                                    guint       sentence,
                                    Pending    *p);
void      _px_chain_attach_vias    (Finder     *f,
                                    GArray     *toks,
                                    GPtrArray  *pending);
void      _px_chain_finish         (Finder     *f,
                                    GPtrArray  *pending,
                                    guint       sentence);

G_END_DECLS
