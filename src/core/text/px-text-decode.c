/* px-text-decode.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-article-loader"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "px-loader-private.h"

/* Bytes to UTF-8 text: binary refusal, byte-order marks, UTF-16, and the
 * Windows-1252 fallback for files saved from the web.
 */

gboolean
_px_text_looks_binary (const char *data,
                       gsize       length)
{
  static const struct { const char *magic; gsize len; } magics[] = {
    { "\x89PNG", 4 }, { "\xff\xd8\xff", 3 }, { "GIF8", 4 }, { "%PDF", 4 },
    { "PK\x03\x04", 4 }, { "\x1f\x8b", 2 }, { "RIFF", 4 }, { "\x7f" "ELF", 4 },
  };
  gsize probe = MIN (length, 8192);
  guint controls = 0;

  for (guint i = 0; i < G_N_ELEMENTS (magics); i++)
    if (length >= magics[i].len && memcmp (data, magics[i].magic, magics[i].len) == 0)
      return TRUE;

  /* UTF-16 text has NULs but announces itself with a byte-order mark. */
  if (length >= 2 && ((guchar)data[0] == 0xff || (guchar)data[0] == 0xfe))
    return FALSE;

  for (gsize i = 0; i < probe; i++)
    {
      guchar c = data[i];

      if (c == 0)
        return TRUE;
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
        controls++;
    }

  return probe > 0 && controls * 20 > probe;
}

/* Windows-1252's characters for the bytes 0x80 to 0x9F; above them it is
 * ISO-8859-1. Zero marks the five bytes it leaves undefined.
 */
static const gunichar windows_1252_c1[32] = {
  0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
  0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

/* Invalid UTF-8 is read as Windows-1252, the usual culprit for text saved
 * from the web; @offset is where @data starts in the file. A file that is not that either (it holds 0x81, 0x8D, 0x8F,
 * 0x90 or 0x9D) is still read: those bytes as ISO-8859-1 reads them, every
 * other byte as Windows-1252, so its quotes and dashes survive. Users paste
 * odd files, and a warning that names the encodings tried and the first
 * odd byte lets them check the few characters that may be wrong, where a
 * refusal would leave them nothing.
 */
static char *
decode_windows_1252 (const char  *data,
                     gsize        length,
                     gsize        offset,
                     const char  *name,
                     gsize       *n,
                     char       **warning)
{
  GString *out = g_string_sized_new (length + length / 4);
  gsize undefined = G_MAXSIZE;

  for (gsize i = 0; i < length; i++)
    {
      guchar c = data[i];

      if (c < 0x80 || c >= 0xa0)
        g_string_append_unichar (out, c);
      else if (windows_1252_c1[c - 0x80] != 0)
        g_string_append_unichar (out, windows_1252_c1[c - 0x80]);
      else
        {
          if (undefined == G_MAXSIZE)
            undefined = i;
          g_string_append_unichar (out, c);
        }
    }

  if (undefined == G_MAXSIZE)
    *warning = g_strdup_printf (_("%s is not valid UTF-8 and was read as Windows-1252; "
                                  "check special characters"),
                                name);
  else
    *warning = g_strdup_printf (_("%s is neither UTF-8 nor Windows-1252 (byte 0x%02X at offset %zu); "
                                  "it was read as Windows-1252 with ISO-8859-1 for such bytes: "
                                  "check special characters"),
                                name, (guchar)data[undefined], offset + undefined);
  *n = out->len;
  return g_string_free (out, FALSE);
}

/* Decodes @data to UTF-8, dropping a byte-order mark and unifying line ends;
 * what is not UTF-8 goes to decode_windows_1252(), and @warning says so.
 */
char *
_px_text_decode (const char  *data,
                 gsize        length,
                 const char  *name,
                 char       **warning,
                 GError     **error)
{
  g_autofree char *utf8 = NULL;
  GString *out;
  gsize skipped = 0;
  gsize n;

  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      length -= 3;
      skipped = 3;
    }

  if (length >= 2 && ((guchar)data[0] == 0xff && (guchar)data[1] == 0xfe))
    utf8 = g_convert (data + 2, length - 2, "UTF-8", "UTF-16LE", NULL, &n, error);
  else if (length >= 2 && ((guchar)data[0] == 0xfe && (guchar)data[1] == 0xff))
    utf8 = g_convert (data + 2, length - 2, "UTF-8", "UTF-16BE", NULL, &n, error);
  else if (g_utf8_validate_len (data, length, NULL))
    {
      utf8 = g_strndup (data, length);
      n = length;
    }
  else
    {
      utf8 = decode_windows_1252 (data, length, skipped, name, &n, warning);
    }

  if (utf8 == NULL)
    return NULL;

  out = g_string_sized_new (n);
  for (gsize i = 0; i < n; i++)
    {
      char c = utf8[i];

      if (c == '\r')
        {
          g_string_append_c (out, '\n');
          if (i + 1 < n && utf8[i + 1] == '\n')
            i++;
        }
      else if (c == '\0')
        g_string_append_c (out, ' ');
      else
        g_string_append_c (out, c);
    }

  return g_string_free (out, FALSE);
}
