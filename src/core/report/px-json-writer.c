/* px-json-writer.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-json-writer"

#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "px-json-writer.h"

/* JSON written as it is produced. A report of a large set holds hundreds
 * of thousands of values: as a json-glib tree it took about six times the
 * memory of its text and a fifth of the command's time (issue #18). The
 * layout is json-glib's pretty one ("key" : value, two spaces per level,
 * [] and {} when empty), so reports read as they did.
 */

/* A stream writer hands its text on in pieces of about this size. */
#define FLUSH_SIZE (64 * 1024)

struct _PxJsonWriter
{
  GString  *out;
  FILE     *stream;      /* or NULL: the text stays in out */
  GArray   *counts;      /* per open container: values written so far */
  gboolean  pretty;
  gboolean  after_name;  /* a member name waits for its value */
  int       stream_errno;
};

/**
 * px_json_writer_new:
 * @pretty: whether to break lines and indent
 *
 * Returns: (transfer full): a writer that keeps the text, for
 *   px_json_writer_free_to_string()
 */
PxJsonWriter *
px_json_writer_new (gboolean pretty)
{
  PxJsonWriter *writer = g_new0 (PxJsonWriter, 1);

  writer->out = g_string_sized_new (FLUSH_SIZE);
  writer->counts = g_array_new (FALSE, FALSE, sizeof (guint));
  writer->pretty = pretty;
  return writer;
}

/**
 * px_json_writer_new_for_stream:
 * @stream: where the text goes, as it is written
 * @pretty: whether to break lines and indent
 *
 * Returns: (transfer full): a writer; px_json_writer_finish() says whether
 *   every byte reached @stream
 */
PxJsonWriter *
px_json_writer_new_for_stream (FILE     *stream,
                               gboolean  pretty)
{
  PxJsonWriter *writer = px_json_writer_new (pretty);

  writer->stream = stream;
  return writer;
}

static void
flush (PxJsonWriter *writer)
{
  if (writer->stream == NULL || writer->out->len == 0)
    return;
  if (writer->stream_errno == 0 &&
      fwrite (writer->out->str, 1, writer->out->len, writer->stream) != writer->out->len)
    writer->stream_errno = errno != 0 ? errno : EIO;
  g_string_truncate (writer->out, 0);
}

static void
maybe_flush (PxJsonWriter *writer)
{
  if (writer->stream != NULL && writer->out->len >= FLUSH_SIZE)
    flush (writer);
}

void
px_json_writer_free (PxJsonWriter *writer)
{
  if (writer == NULL)
    return;
  g_string_free (writer->out, TRUE);
  g_array_unref (writer->counts);
  g_free (writer);
}

/**
 * px_json_writer_free_to_string:
 * @writer: (transfer full): a writer made by px_json_writer_new()
 * @length: (out) (optional): the text's length in bytes
 *
 * Returns: (transfer full): the text written
 */
char *
px_json_writer_free_to_string (PxJsonWriter *writer,
                               gsize        *length)
{
  char *text;

  g_return_val_if_fail (writer != NULL && writer->stream == NULL, NULL);
  g_warn_if_fail (writer->counts->len == 0);

  if (length != NULL)
    *length = writer->out->len;
  text = g_string_free (writer->out, FALSE);
  writer->out = NULL;
  g_array_unref (writer->counts);
  g_free (writer);
  return text;
}

/**
 * px_json_writer_finish:
 * @writer: a writer made by px_json_writer_new_for_stream()
 * @error: return location for a #GError
 *
 * Ends the text with a line break and flushes the stream.
 *
 * Returns: %TRUE when every byte was written
 */
gboolean
px_json_writer_finish (PxJsonWriter  *writer,
                       GError       **error)
{
  g_return_val_if_fail (writer != NULL && writer->stream != NULL, FALSE);
  g_warn_if_fail (writer->counts->len == 0);

  g_string_append_c (writer->out, '\n');
  flush (writer);
  if (writer->stream_errno == 0 && fflush (writer->stream) != 0)
    writer->stream_errno = errno != 0 ? errno : EIO;
  if (writer->stream_errno != 0)
    {
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (writer->stream_errno),
                   _("Could not write the report: %s"), g_strerror (writer->stream_errno));
      return FALSE;
    }
  return TRUE;
}

/* A line break and two spaces per open container, in one append where
 * the nesting is no deeper than reports go.
 */
static void
indent (PxJsonWriter *writer)
{
  static const char spaces[] = "\n                                ";
  gsize width = 2 * (gsize)writer->counts->len;

  if (width < sizeof spaces - 1)
    {
      g_string_append_len (writer->out, spaces, width + 1);
      return;
    }
  g_string_append_c (writer->out, '\n');
  for (guint i = 0; i < writer->counts->len; i++)
    g_string_append_len (writer->out, "  ", 2);
}

/* Before a value or a member name: the comma and line break it needs. */
static void
before_item (PxJsonWriter *writer)
{
  guint *count;

  if (writer->after_name)
    {
      writer->after_name = FALSE;
      return;
    }
  if (writer->counts->len == 0)
    return;
  count = &g_array_index (writer->counts, guint, writer->counts->len - 1);
  if ((*count)++ > 0)
    g_string_append_c (writer->out, ',');
  if (writer->pretty)
    indent (writer);
}

static void
begin (PxJsonWriter *writer,
       char          bracket)
{
  guint zero = 0;

  before_item (writer);
  g_string_append_c (writer->out, bracket);
  g_array_append_val (writer->counts, zero);
}

static void
end (PxJsonWriter *writer,
     char          bracket)
{
  guint count;

  g_return_if_fail (writer->counts->len > 0 && !writer->after_name);

  count = g_array_index (writer->counts, guint, writer->counts->len - 1);
  g_array_set_size (writer->counts, writer->counts->len - 1);
  if (count > 0 && writer->pretty)
    indent (writer);
  g_string_append_c (writer->out, bracket);
  maybe_flush (writer);
}

void
px_json_writer_begin_object (PxJsonWriter *writer)
{
  begin (writer, '{');
}

void
px_json_writer_end_object (PxJsonWriter *writer)
{
  end (writer, '}');
}

void
px_json_writer_begin_array (PxJsonWriter *writer)
{
  begin (writer, '[');
}

void
px_json_writer_end_array (PxJsonWriter *writer)
{
  end (writer, ']');
}

/* Quotes and escapes @length bytes of UTF-8; runs that need no escape are
 * copied whole. Bytes that are not UTF-8 become U+FFFD, so that the
 * document stays JSON whatever a caller hands in.
 */
static void
append_quoted (GString    *out,
               const char *value,
               gsize       length)
{
  g_autofree char *valid = NULL;
  gsize run = 0;

  if (!g_utf8_validate_len (value, length, NULL))
    {
      valid = g_utf8_make_valid (value, (gssize)length);
      value = valid;
      length = strlen (valid);
    }

  g_string_append_c (out, '"');
  for (gsize i = 0; i < length; i++)
    {
      guchar c = (guchar)value[i];

      if (c >= 0x20 && c != '"' && c != '\\')
        continue;
      g_string_append_len (out, value + run, i - run);
      run = i + 1;
      switch (c)
        {
        case '"': g_string_append_len (out, "\\\"", 2); break;
        case '\\': g_string_append_len (out, "\\\\", 2); break;
        case '\b': g_string_append_len (out, "\\b", 2); break;
        case '\f': g_string_append_len (out, "\\f", 2); break;
        case '\n': g_string_append_len (out, "\\n", 2); break;
        case '\r': g_string_append_len (out, "\\r", 2); break;
        case '\t': g_string_append_len (out, "\\t", 2); break;
        default: g_string_append_printf (out, "\\u%04x", c); break;
        }
    }
  g_string_append_len (out, value + run, length - run);
  g_string_append_c (out, '"');
}

void
px_json_writer_member (PxJsonWriter *writer,
                       const char   *name)
{
  g_return_if_fail (name != NULL && !writer->after_name);

  before_item (writer);
  append_quoted (writer->out, name, strlen (name));
  g_string_append_len (writer->out, writer->pretty ? " : " : ":", writer->pretty ? 3 : 1);
  writer->after_name = TRUE;
}

/**
 * px_json_writer_string_len:
 * @writer: a writer
 * @value: (nullable): UTF-8 text; %NULL writes `null`
 * @length: its length in bytes
 */
void
px_json_writer_string_len (PxJsonWriter *writer,
                           const char   *value,
                           gsize         length)
{
  before_item (writer);
  if (value != NULL)
    append_quoted (writer->out, value, length);
  else
    g_string_append_len (writer->out, "null", 4);
  maybe_flush (writer);
}

/**
 * px_json_writer_string:
 * @writer: a writer
 * @value: (nullable): UTF-8 text; %NULL writes `null`
 */
void
px_json_writer_string (PxJsonWriter *writer,
                       const char   *value)
{
  px_json_writer_string_len (writer, value, value != NULL ? strlen (value) : 0);
}

/* The decimal digits of @value, without printf: a report holds millions
 * of numbers (issue #18).
 */
static void
append_unsigned (GString *out,
                 guint64  value)
{
  char digits[20];
  guint n = 0;

  do
    digits[sizeof digits - 1 - n++] = (char)('0' + value % 10);
  while ((value /= 10) > 0);
  g_string_append_len (out, digits + sizeof digits - n, n);
}

void
px_json_writer_int (PxJsonWriter *writer,
                    gint64        value)
{
  before_item (writer);
  if (value < 0)
    {
      g_string_append_c (writer->out, '-');
      append_unsigned (writer->out, -(guint64)value);
    }
  else
    append_unsigned (writer->out, (guint64)value);
}

/* Most of a report's numbers are scores rounded to a few decimals. Such a
 * value is the double nearest to r / 10^k for a small k, and then that
 * decimal is exactly what the general path below writes: printf's "%.15g"
 * rounds it back to those digits (15 significant digits are more than it
 * has) and drops the zeros after them. Returns FALSE for any other value.
 */
static gboolean
append_short_decimal (GString *out,
                      double   value)
{
  static const double scale[] = { 1, 10, 100, 1000, 10000, 100000, 1000000 };
  double magnitude = fabs (value);

  /* Below 1e-4 "%g" switches to an exponent; zero keeps its sign there. */
  if (!(magnitude >= 1e-4 && magnitude < 1e9))
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (scale); k++)
    {
      double r = nearbyint (magnitude * scale[k]);
      guint64 whole, fraction;
      char digits[8];

      if (r / scale[k] != magnitude)
        continue;
      whole = (guint64)r / (guint64)scale[k];
      fraction = (guint64)r % (guint64)scale[k];
      if (value < 0)
        g_string_append_c (out, '-');
      append_unsigned (out, whole);
      g_string_append_c (out, '.');
      if (k == 0)
        {
          g_string_append_c (out, '0');
          return TRUE;
        }
      for (guint d = 0; d < k; d++, fraction /= 10)
        digits[k - 1 - d] = (char)('0' + fraction % 10);
      g_string_append_len (out, digits, k);
      return TRUE;
    }
  return FALSE;
}

/**
 * px_json_writer_double:
 * @writer: a writer
 * @value: a number; one that is not finite writes `null`, which JSON has
 *   for it
 *
 * Writes the shortest decimal that reads back as @value, with a decimal
 * point, so that 0.278 is not written 0.27800000000000002.
 */
void
px_json_writer_double (PxJsonWriter *writer,
                       double        value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  before_item (writer);
  if (!isfinite (value))
    {
      g_string_append_len (writer->out, "null", 4);
      return;
    }
  if (append_short_decimal (writer->out, value))
    return;
  for (int digits = 15; digits <= 17; digits++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", digits);
      g_ascii_formatd (buf, sizeof buf, format, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }
  g_string_append (writer->out, buf);
  if (strpbrk (buf, ".eE") == NULL)
    g_string_append_len (writer->out, ".0", 2);
}

void
px_json_writer_boolean (PxJsonWriter *writer,
                        gboolean      value)
{
  before_item (writer);
  g_string_append (writer->out, value ? "true" : "false");
}

void
px_json_writer_null (PxJsonWriter *writer)
{
  before_item (writer);
  g_string_append_len (writer->out, "null", 4);
}

/**
 * px_json_writer_member_string:
 * @writer: a writer inside an object
 * @name: the member's name
 * @value: (nullable): its value; %NULL writes `null`
 */
void
px_json_writer_member_string (PxJsonWriter *writer,
                              const char   *name,
                              const char   *value)
{
  px_json_writer_member (writer, name);
  px_json_writer_string (writer, value);
}

void
px_json_writer_member_int (PxJsonWriter *writer,
                           const char   *name,
                           gint64        value)
{
  px_json_writer_member (writer, name);
  px_json_writer_int (writer, value);
}

void
px_json_writer_member_double (PxJsonWriter *writer,
                              const char   *name,
                              double        value)
{
  px_json_writer_member (writer, name);
  px_json_writer_double (writer, value);
}

void
px_json_writer_member_boolean (PxJsonWriter *writer,
                               const char   *name,
                               gboolean      value)
{
  px_json_writer_member (writer, name);
  px_json_writer_boolean (writer, value);
}
