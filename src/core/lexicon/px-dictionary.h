/* px-dictionary.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * PxTranslation:
 * @english: one lower-case English word
 * @weight: its share of the German word's meaning; a key's weights sum to 1
 */
typedef struct
{
  const char *english;
  float       weight;
} PxTranslation;

/* At most this many English words per German word. */
#define PX_DICTIONARY_MAX_TRANSLATIONS 8

/**
 * PxDictionary:
 *
 * German → English, from Debian's trans-de-en (Ding), for reaching the
 * English word vectors from German words. Immutable and shared: any thread
 * may look words up.
 */
typedef struct _PxDictionary PxDictionary;

PxDictionary *px_dictionary_get_de_en   (void);
guint         px_dictionary_translate   (PxDictionary  *self,
                                         const char    *german_lower,
                                         PxTranslation  out[PX_DICTIONARY_MAX_TRANSLATIONS]);

G_END_DECLS
