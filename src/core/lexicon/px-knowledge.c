/* px-knowledge.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-knowledge"

#include "config.h"

#include "px-knowledge-private.h"

/* px-knowledge.h is implemented by one file per resource: px-word-lists.c
 * and px-aliases.c (our small lists), px-wordlist.c (the German word
 * list), px-thesaurus.c (OpenThesaurus) and px-wordnet.c (WordNet).
 */

/**
 * px_knowledge_preload:
 * @language: "de" or "en"
 *
 * Opens the large resources @language uses now rather than on their
 * first lookup, for callers that time their work or want the first
 * alignment to start at once (compiling an index on first use takes a
 * moment; mapping it afterwards does not). Safe from any thread.
 */
void
px_knowledge_preload (const char *language)
{
  if (_px_knowledge_is_german (language))
    {
      _px_wordlist_open ();
      _px_thesaurus_open ();
    }
  else
    _px_wordnet_open ();
}
