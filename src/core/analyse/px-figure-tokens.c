/* px-figure-tokens.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-figure-tokens"

#include "config.h"

#include <string.h>

#include "px-figure-tokens-private.h"

/* Tokens ----------------------------------------------------------------- */

static gboolean
is_space_char (gunichar ch)
{
  return g_unichar_isspace (ch) || ch == 0x00A0 || ch == 0x202F || ch == 0x2009;
}

static gboolean
is_digit_at (const char *p,
             const char *end)
{
  return p < end && *p >= '0' && *p <= '9';
}

static guint
count_digits (const char *p,
              const char *end)
{
  guint n = 0;

  while (is_digit_at (p + n, end))
    n++;
  return n;
}

static void
token_clear (gpointer data)
{
  Token *tok = data;

  g_free (tok->lower);
}

GArray *
_px_figure_tokenize (const char *text,
                     gsize       start,
                     gsize       end)
{
  GArray *tokens = g_array_new (FALSE, TRUE, sizeof (Token));
  const char *p = text + start;
  const char *stop = text + end;

  g_array_set_clear_func (tokens, token_clear);

  while (p < stop)
    {
      gunichar ch = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);
      Token tok = { 0, };

      if (is_space_char (ch))
        {
          p = next;
          continue;
        }

      tok.start = p - text;

      if (ch >= '0' && ch <= '9')
        {
          const char *q = p;
          guint first_group = count_digits (q, stop);
          gboolean has_sep = FALSE;

          q += first_group;
          for (;;)
            {
              const char *after;

              if (q < stop && (*q == '.' || *q == ',') && is_digit_at (q + 1, stop))
                {
                  q += 1 + count_digits (q + 1, stop);
                  has_sep = TRUE;
                  continue;
                }
              /* "10 000": a space (also no-break or narrow no-break) between
               * groups of exactly three digits.
               */
              if (q < stop && !has_sep && first_group <= 3 && *p != '0' &&
                  is_group_space (g_utf8_get_char (q)) &&
                  count_digits ((after = g_utf8_next_char (q)), stop) == 3)
                {
                  q = after + 3;
                  continue;
                }
              break;
            }
          tok.type = TOK_NUM;
          tok.end = q - text;
          tok.lower = g_strndup (p, q - p);
          p = q;
        }
      else if (g_unichar_isalpha (ch))
        {
          const char *q = p;

          while (q < stop && g_unichar_isalpha (g_utf8_get_char (q)))
            q = g_utf8_next_char (q);
          tok.type = TOK_WORD;
          tok.end = q - text;
          tok.lower = g_utf8_strdown (p, q - p);
          tok.cap = g_unichar_isupper (ch);
          for (const char *r = p; r < q; r = g_utf8_next_char (r))
            if (g_unichar_isupper (g_utf8_get_char (r)))
              tok.has_upper = TRUE;
          p = q;
        }
      else
        {
          tok.type = TOK_PUNCT;
          tok.end = next - text;
          tok.ch = ch;
          tok.lower = g_strndup (p, next - p);
          p = next;
        }

      g_array_append_val (tokens, tok);
    }

  return tokens;
}

static const char * const month_names[] = {
  "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august",
  "september", "oktober", "november", "dezember",
  "january", "february", "march", "may", "june", "july", "october", "december",
  "jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "oct", "nov",
  "dez", "dec",
  NULL
};

gboolean
_px_figure_is_month (Token *tok)
{
  return tok->type == TOK_WORD && tok->cap && in_list (tok->lower, month_names);
}

gboolean
_px_figure_is_german (Ctx *c)
{
  return c->german || !c->english;
}
