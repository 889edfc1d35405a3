/* px-knowledge.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * PxWordClass:
 * @PX_WORD_ANY: unknown (a capitalised word opening a sentence)
 * @PX_WORD_NOUN: written capitalised inside a German sentence
 * @PX_WORD_OTHER: written in lower case
 */
typedef enum
{
  PX_WORD_ANY,
  PX_WORD_NOUN,
  PX_WORD_OTHER,
} PxWordClass;

/* Word lists the tokenizer and the aligner share. The small lists are ours
 * and compiled in; the large ones (word list, thesaurus, WordNet) come from
 * Debian packages and are optional: each is compiled once into an index in
 * the user's cache (px-index-format.h) and mapped the first time a lookup
 * needs it, so a process only opens what its languages use. The has_*
 * functions say whether a resource is installed without opening it.
 */

gboolean       px_knowledge_is_stop_word      (const char *language,
                                               const char *lower);
gboolean       px_knowledge_is_determiner     (const char *language,
                                               const char *lower);
gboolean       px_knowledge_is_preposition    (const char *language,
                                               const char *lower);
gboolean       px_knowledge_is_reporting_verb (const char *language,
                                               const char *lower);
gboolean       px_knowledge_has_dictionary    (void);
gboolean       px_knowledge_is_word           (const char *lower);
gboolean       px_knowledge_is_lower_case_word (const char *lower);
gboolean       px_knowledge_has_thesaurus     (void);
const guint32 *px_knowledge_synonym_sets      (const char *stem,
                                               PxWordClass word_class,
                                               guint      *n_sets);
const guint32 *px_knowledge_phrase_synonym_sets (const char *first,
                                                 const char *second,
                                                 guint      *n_sets);
gboolean       px_knowledge_has_wordnet       (void);
const guint32 *px_knowledge_english_synonym_sets (const char *stem,
                                                  guint      *n_sets);
const guint32 *px_knowledge_english_phrase_synonym_sets (const char *first,
                                                         const char *second,
                                                         guint      *n_sets);
guint          px_knowledge_month             (const char *lower);
guint          px_knowledge_alias             (const char *language,
                                               const char *key);
const char    *px_knowledge_alias_name        (guint       alias);
void           px_knowledge_preload           (const char *language);

G_END_DECLS
