/* px-quote-span.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-quote-span"

#include "config.h"

#include <string.h>

#include "px-quote-span.h"

/* The longest stretch we accept between two marks; beyond it an unmatched
 * mark would swallow the article.
 */
#define MAX_QUOTE_BYTES 4000

static gunichar
closer_for (gunichar  open,
            gunichar *alt)
{
  *alt = 0;
  switch (open)
    {
    case 0x201E: *alt = 0x201D; return 0x201C;  /* „ → “ or ” */
    case 0x201C: return 0x201D;                  /* “ → ” */
    case 0x00AB: return 0x00BB;                  /* « → » */
    case 0x00BB: return 0x00AB;                  /* » → « */
    case 0x201A: *alt = 0x2019; return 0x2018;  /* ‚ → ‘ or ’ */
    case 0x2018: return 0x2019;                  /* ‘ → ’ */
    case 0x2039: return 0x203A;
    case 0x203A: return 0x2039;
    case '"': return '"';
    default: return 0;
    }
}

static gboolean
looks_like_name (const char *text,
                 guint       start,
                 guint       end)
{
  g_auto(GStrv) words = NULL;
  g_autofree char *content = g_strndup (text + start, end - start);
  guint n = 0;

  if (strpbrk (content, ".!?,;:") != NULL)
    return FALSE;
  words = g_strsplit_set (content, " \t\n", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      gunichar c;

      if (*words[i] == '\0')
        continue;
      c = g_utf8_get_char (words[i]);
      if (!g_unichar_isupper (c) && !g_unichar_isdigit (c))
        return FALSE;
      n++;
    }
  return n > 0 && n <= 6;
}

/**
 * px_quote_scan:
 * @text: text
 * @length: its length in bytes
 *
 * Finds stretches between matching quotation marks („…“, "…", «…», »…«,
 * ‚…‘, “…”), within one paragraph. An apostrophe inside a word never
 * closes a quote.
 *
 * Returns: (transfer full) (element-type PxQuoteSpan): the spans in order
 */
GArray *
px_quote_scan (const char *text,
               gsize       length)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (PxQuoteSpan));
  guint p = 0;
  guint open_at = G_MAXUINT;
  guint content_at = 0;
  gunichar expect = 0, expect_alt = 0;

  g_return_val_if_fail (text != NULL, spans);

  while (p < length)
    {
      gunichar c = g_utf8_get_char (text + p);
      guint next = g_utf8_next_char (text + p) - text;
      gunichar prev = p > 0 ? g_utf8_get_char (g_utf8_prev_char (text + p)) : ' ';
      gunichar after = next < length ? g_utf8_get_char (text + next) : ' ';

      if (open_at != G_MAXUINT)
        {
          gboolean para = c == '\n' && after == '\n';

          if (para || p - open_at > MAX_QUOTE_BYTES)
            {
              /* Unmatched: read on after the stray mark. */
              p = g_utf8_next_char (text + open_at) - text;
              open_at = G_MAXUINT;
              continue;
            }
          if ((c == expect || (expect_alt != 0 && c == expect_alt)) &&
              !((c == 0x2019 || c == '"') && g_unichar_isalnum (after) && c == 0x2019))
            {
              PxQuoteSpan span;

              span.start = open_at;
              span.end = next;
              span.content_start = content_at;
              span.content_end = p;
              while (span.content_start < span.content_end &&
                     g_ascii_isspace (text[span.content_start]))
                span.content_start++;
              /* English puts the comma inside: “It is a sad day,” said X. */
              while (span.content_end > span.content_start &&
                     (g_ascii_isspace (text[span.content_end - 1]) ||
                      text[span.content_end - 1] == ',' || text[span.content_end - 1] == ';'))
                span.content_end--;
              span.is_name = looks_like_name (text, span.content_start, span.content_end);
              if (span.content_end > span.content_start)
                g_array_append_val (spans, span);
              open_at = G_MAXUINT;
            }
          p = next;
          continue;
        }

      if (c == 0x2018 && g_unichar_isalnum (prev))
        {
          p = next;
          continue;
        }
      if (c == '"' && g_unichar_isalnum (prev) && !g_unichar_isalnum (after))
        {
          /* A straight closing mark with no opener: skip it. */
          p = next;
          continue;
        }
      if (closer_for (c, &expect_alt) != 0 && c != 0x2019)
        {
          expect = closer_for (c, &expect_alt);
          open_at = p;
          content_at = next;
        }
      p = next;
    }

  return spans;
}
