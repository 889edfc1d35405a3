/* px-synsets.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <libstemmer.h>

#include "px-index-cache.h"

G_BEGIN_DECLS

/* What OpenThesaurus and WordNet share: both map stems ("N<stem>",
 * "e<stem>") and two-word phrases ("<stem> <stem>") to the ids of the
 * synonym sets they are in, are compiled into one THES/WNET table and
 * looked up in place.
 */
typedef struct _PxSynsets PxSynsets;

GHashTable    *px_synsets_builder_new  (void);
void           px_synsets_builder_add  (GHashTable         *builder,
                                        char               *key,
                                        guint32             set_id);
PxIndexWriter *px_synsets_builder_finish (GHashTable       *builder,
                                        guint32             kind);
char          *px_synsets_stem         (struct sb_stemmer  *stemmer,
                                        const char         *word);

PxSynsets     *px_synsets_open         (const char         *name,
                                        guint32             kind,
                                        const char         *source,
                                        const char * const *files,
                                        PxIndexCompileFunc  compile);
const guint32 *px_synsets_lookup       (PxSynsets          *self,
                                        const char         *prefix,
                                        const char         *first,
                                        const char         *second,
                                        guint              *n_sets);

G_END_DECLS
