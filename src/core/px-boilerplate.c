/* px-boilerplate.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-boilerplate"

#include "config.h"

#include <string.h>

#include "px-article-private.h"
#include "px-boilerplate.h"

/* Lines that open with one of these are web furniture, not reporting. */
static const char *boilerplate_prefixes[] = {
  "Anzeige", "ANZEIGE", "Werbung", "WERBUNG", "Advertisement", "ADVERTISEMENT",
  "Themen:", "Mehr zum Thema", "Mehr zu diesem Thema", "Lesen Sie auch", "Auch interessant",
  "Das könnte Sie auch interessieren", "Read more", "Read More", "Related:", "Related",
  "More on this", "Topics:", "Tags:", "Mit Material von", "Herausgegeben von",
  "Dieser Artikel wurde ursprünglich", "This article was originally", "Teilen",
  "Share this", "Kommentare", "Comments", "Quelle:", "Source:", "Auch bei ",
};

static gboolean
has_final_punctuation (const char *s,
                       gsize       len)
{
  const char *end = s + len;
  const char *last;
  gunichar c;

  if (len == 0)
    return FALSE;
  last = g_utf8_find_prev_char (s, end);
  c = g_utf8_get_char (last);
  /* Closing quotes and brackets may follow the stop. */
  while (last > s && (c == 0x201C || c == 0x201D || c == 0x00BB || c == 0x00AB ||
                      c == '"' || c == ')' || c == 0x2019))
    {
      last = g_utf8_find_prev_char (s, last);
      c = g_utf8_get_char (last);
    }
  return c == '.' || c == '!' || c == '?' || c == ':' || c == 0x2026;
}

void
_px_boilerplate_classify (PxArticle *article)
{
  for (guint i = 0; i < article->sentences->len; i++)
    {
      PxSentence *s = &g_array_index (article->sentences, PxSentence, i);
      const char *text = article->text + s->start;
      gsize len = s->end - s->start;

      for (guint k = 0; k < G_N_ELEMENTS (boilerplate_prefixes); k++)
        {
          if (len >= strlen (boilerplate_prefixes[k]) &&
              strncmp (text, boilerplate_prefixes[k], strlen (boilerplate_prefixes[k])) == 0)
            {
              s->kind = PX_SENTENCE_BOILERPLATE;
              break;
            }
        }

      if (s->kind == PX_SENTENCE_BODY && !has_final_punctuation (text, len))
        s->kind = PX_SENTENCE_HEADING;
    }
}
