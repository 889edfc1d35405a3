/* px-attribution-cues-private.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The cue lexicon of the attribution finder: the word lists that tell a
 * reporting verb, an article, a title or a kind of source, the finite forms
 * of the reporting verbs, first names and the sources known by name. The
 * lists are ours, written for news in general; the rest of the finder asks
 * them questions and never sees the arrays.
 */

#pragma once

#include <glib.h>

#include "px-attribution.h"

G_BEGIN_DECLS

/* The word lists one can ask about. */
typedef enum
{
  PX_CUE_NONE = -1,
  PX_CUE_ARTICLES,
  PX_CUE_QUANTIFIERS,
  PX_CUE_PREPOSITIONS,
  PX_CUE_AUXILIARIES,
  PX_CUE_CLAUSE_WORDS,
  PX_CUE_GAP_WORDS,
  PX_CUE_ADVERBS_AFTER_VERB,
  PX_CUE_KONJUNKTIV,
  PX_CUE_BACKSHIFT,
  PX_CUE_TITLE_SUFFIXES,
  PX_CUE_ABBREVIATIONS,
  PX_CUE_BACKREF_WORDS,
  PX_CUE_OUTLET_SUFFIXES,
  PX_CUE_OUTLET_WORDS,
  PX_CUE_OFFICIAL_SUFFIXES,
  PX_CUE_ANONYMOUS_SUFFIXES,
  PX_CUE_DOCUMENT_SUFFIXES,
  PX_CUE_ANONYMITY_MARKERS,
  PX_CUE_INSTITUTION_SUFFIXES,
  PX_CUE_GENERIC_SUFFIXES,
  PX_CUE_NON_SOURCES,
  PX_CUE_AGENCY_WORDS,
  PX_CUE_MEDIA_WORDS,
  PX_CUE_GERMAN_DETERMINERS,
  PX_CUE_COORDINATORS,
  PX_CUE_ENGLISH_FILLERS,
  PX_CUE_GENITIVE_ARTICLES,
  PX_CUE_SAY_VERBS,
  PX_CUE_FROM_WORDS,
  PX_CUE_ENGLISH_IRREGULAR,
  PX_CUE_PASSIVE_AUXILIARIES,
  PX_CUE_REPORT_NOUN_CONTEXT,
  PX_CUE_HEISST_PREPS,
  PX_CUE_PERSONAL_PRONOUNS,
  PX_CUE_RELATIVE_DE,
  PX_CUE_RELATIVE_EN,
  PX_N_CUE_LISTS
} PxCueList;

/* A source the finder knows by name ("dpa", "New York Times"). */
typedef struct
{
  const char   *written;
  const char   *name;
  PxSourceKind  kind;
} PxKnownSource;

const char * const  *_px_cue_words            (PxCueList            list);
gboolean             _px_cue_in               (const char          *word,
                                               PxCueList            list);
gboolean             _px_cue_ends_in          (const char          *word,
                                               PxCueList            list);
gboolean             _px_cue_in_words         (const char          *word,
                                               const char * const  *words);
gboolean             _px_cue_ends_in_words    (const char          *word,
                                               const char * const  *words);
gboolean             _px_cue_is_verb          (const char          *lower);
gboolean             _px_cue_is_speech        (const char          *lower);
gboolean             _px_cue_is_source_noun   (const char          *lower);
const char          *_px_cue_verb_particle    (const char          *lower);
char                 _px_cue_name_gender      (const char          *first);
gboolean             _px_cue_is_first_name    (const char          *word);
guint                _px_cue_n_known_sources  (void);
const PxKnownSource *_px_cue_known_source     (guint                index,
                                               GStrv               *words);
const GArray        *_px_cue_known_starting   (const char          *word);

G_END_DECLS
