/* test-json-writer.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "px-json-writer.h"

/* One document with every kind of value, written both by our writer and,
 * as the oracle, by json-glib's builder and generator.
 */
static const char *text_value = "Er sagte: \"Nein\" \\ \t Zeile\nzwei \x01 – ü";

static void
write_sample (PxJsonWriter *writer)
{
  px_json_writer_begin_object (writer);
  px_json_writer_member_string (writer, "text", text_value);
  px_json_writer_member_string (writer, "none", NULL);
  px_json_writer_member_int (writer, "count", -42);
  px_json_writer_member_boolean (writer, "yes", TRUE);
  px_json_writer_member (writer, "empty");
  px_json_writer_begin_array (writer);
  px_json_writer_end_array (writer);
  px_json_writer_member (writer, "nested");
  px_json_writer_begin_array (writer);
  px_json_writer_begin_object (writer);
  px_json_writer_member (writer, "part");
  px_json_writer_string_len (writer, "abcdef", 3);
  px_json_writer_end_object (writer);
  px_json_writer_null (writer);
  px_json_writer_end_array (writer);
  px_json_writer_end_object (writer);
}

static char *
build_sample_with_json_glib (void)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, text_value);
  json_builder_set_member_name (builder, "none");
  json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "count");
  json_builder_add_int_value (builder, -42);
  json_builder_set_member_name (builder, "yes");
  json_builder_add_boolean_value (builder, TRUE);
  json_builder_set_member_name (builder, "empty");
  json_builder_begin_array (builder);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "nested");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "part");
  json_builder_add_string_value (builder, "abc");
  json_builder_end_object (builder);
  json_builder_add_null_value (builder);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

/* The layout is json-glib's, byte for byte, escapes included (but for an
 * empty object inside another value, which json-glib writes "{    }").
 */
static void
test_writer_matches_json_glib (void)
{
  PxJsonWriter *writer = px_json_writer_new (TRUE);
  g_autofree char *ours = NULL;
  g_autofree char *theirs = build_sample_with_json_glib ();
  gsize length;

  write_sample (writer);
  ours = px_json_writer_free_to_string (writer, &length);
  g_assert_cmpstr (ours, ==, theirs);
  g_assert_cmpuint (length, ==, strlen (theirs));
}

static void
test_writer_compact (void)
{
  PxJsonWriter *writer = px_json_writer_new (FALSE);
  g_autofree char *text = NULL;

  px_json_writer_begin_array (writer);
  px_json_writer_int (writer, 1);
  px_json_writer_begin_object (writer);
  px_json_writer_member_int (writer, "a", 2);
  px_json_writer_end_object (writer);
  px_json_writer_begin_object (writer);
  px_json_writer_end_object (writer);
  px_json_writer_end_array (writer);
  text = px_json_writer_free_to_string (writer, NULL);
  g_assert_cmpstr (text, ==, "[1,{\"a\":2},{}]");
}

/* Bytes that are not UTF-8 (a NUL among them) become U+FFFD: the text
 * stays JSON whatever a caller hands in.
 */
static void
test_writer_invalid_utf8 (void)
{
  PxJsonWriter *writer = px_json_writer_new (FALSE);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  JsonArray *array;

  px_json_writer_begin_array (writer);
  px_json_writer_string (writer, "e\xc3");
  px_json_writer_string_len (writer, "a\0b", 3);
  px_json_writer_end_array (writer);
  text = px_json_writer_free_to_string (writer, NULL);
  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  array = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpstr (json_array_get_string_element (array, 0), ==, "e\xef\xbf\xbd");
  g_assert_cmpstr (json_array_get_string_element (array, 1), ==, "a\xef\xbf\xbd" "b");
}

static double
read_back (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  return json_array_get_double_element (json_node_get_array (json_parser_get_root (parser)), 0);
}

/* The shortest text that reads back as the same double; a decimal point
 * even for whole numbers, so a reader sees a number of the same type;
 * `null` for what JSON cannot write.
 */
static void
test_writer_doubles (void)
{
  const double values[] = { 0.278, 0.1, 1.0 / 3.0, 1e-300, 123456789.125, -0.0, 2.0, 1e21 };
  const struct
  {
    double      value;
    const char *text;
  } expected[] = { { 0.278, "[0.278]" }, { 0.03, "[0.03]" }, { 2.0, "[2.0]" }, { NAN, "[null]" },
                   { INFINITY, "[null]" } };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      PxJsonWriter *writer = px_json_writer_new (FALSE);
      g_autofree char *text = NULL;

      px_json_writer_begin_array (writer);
      px_json_writer_double (writer, values[i]);
      px_json_writer_end_array (writer);
      text = px_json_writer_free_to_string (writer, NULL);
      g_assert_cmpfloat (read_back (text), ==, values[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      PxJsonWriter *writer = px_json_writer_new (FALSE);
      g_autofree char *text = NULL;

      px_json_writer_begin_array (writer);
      px_json_writer_double (writer, expected[i].value);
      px_json_writer_end_array (writer);
      text = px_json_writer_free_to_string (writer, NULL);
      g_assert_cmpstr (text, ==, expected[i].text);
    }
}

static char *
write_one_double (double value)
{
  PxJsonWriter *writer = px_json_writer_new (FALSE);

  px_json_writer_begin_array (writer);
  px_json_writer_double (writer, value);
  px_json_writer_end_array (writer);
  return px_json_writer_free_to_string (writer, NULL);
}

/* The rule the writer states: the shortest of 15 to 17 significant digits
 * that reads back, with a decimal point.
 */
static char *
shortest_double (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  for (int digits = 15; digits <= 17; digits++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", digits);
      g_ascii_formatd (buf, sizeof buf, format, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }
  return g_strdup_printf ("[%s%s]", buf, strpbrk (buf, ".eE") == NULL ? ".0" : "");
}

/* Scores rounded to a few decimals take a shorter path than other
 * numbers; both must write what the rule says, at every edge of it.
 */
static void
test_writer_short_decimals (void)
{
  const double edges[] = { 1e-4, 9.9999e-5, 0.00005, -0.000012, 0.0001, 0.00015, 1e9, 999999999.5, 1e9 - 1,
                           0.5, -0.5, -1234.25, 0.1 + 0.2, 100.0, 0.0, -0.0, 5e-324,
                           4503599627370497.0, 0.1234567, 0.123456 };
  g_autoptr(GRand) rand = g_rand_new_with_seed (18);

  for (guint i = 0; i < G_N_ELEMENTS (edges); i++)
    {
      g_autofree char *text = write_one_double (edges[i]);
      g_autofree char *expected = shortest_double (edges[i]);

      g_assert_cmpstr (text, ==, expected);
    }
  for (guint i = 0; i < 20000; i++)
    {
      int decimals = g_rand_int_range (rand, 0, 9);
      double value = round (g_rand_double_range (rand, -2e6, 2e6) * pow (10, decimals)) /
                     pow (10, decimals);
      g_autofree char *text = NULL;
      g_autofree char *expected = NULL;

      if (g_rand_boolean (rand))
        value /= pow (10, g_rand_int_range (rand, 0, 8));
      text = write_one_double (value);
      expected = shortest_double (value);
      g_assert_cmpstr (text, ==, expected);
    }
}

static void
test_writer_integers (void)
{
  const gint64 values[] = { 0, 7, -7, 10, 1000000, G_MAXINT64, G_MININT64 };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      PxJsonWriter *writer = px_json_writer_new (FALSE);
      g_autofree char *text = NULL;
      g_autofree char *expected = g_strdup_printf ("[%" G_GINT64_FORMAT "]", values[i]);

      px_json_writer_begin_array (writer);
      px_json_writer_int (writer, values[i]);
      px_json_writer_end_array (writer);
      text = px_json_writer_free_to_string (writer, NULL);
      g_assert_cmpstr (text, ==, expected);
    }
}

/* A stream gets the same text in pieces, ended by a line break, however
 * long the document.
 */
static void
test_writer_stream (void)
{
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "px-json-writer-XXXXXX", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *streamed = NULL;
  g_autofree char *kept = NULL;
  PxJsonWriter *string_writer = px_json_writer_new (TRUE);
  PxJsonWriter *writer;
  FILE *stream;
  int fd;

  fd = g_mkstemp (path);
  g_assert_cmpint (fd, >=, 0);
  stream = fdopen (fd, "w");
  writer = px_json_writer_new_for_stream (stream, TRUE);
  for (PxJsonWriter **w = (PxJsonWriter *[]) { writer, string_writer, NULL }; *w != NULL; w++)
    {
      px_json_writer_begin_array (*w);
      for (guint i = 0; i < 50000; i++)
        px_json_writer_string (*w, text_value);
      px_json_writer_end_array (*w);
    }
  g_assert_true (px_json_writer_finish (writer, &error));
  g_assert_no_error (error);
  px_json_writer_free (writer);
  fclose (stream);

  g_assert_true (g_file_get_contents (path, &streamed, NULL, &error));
  kept = px_json_writer_free_to_string (string_writer, NULL);
  g_assert_cmpuint (strlen (streamed), ==, strlen (kept) + 1);
  g_assert_true (strncmp (streamed, kept, strlen (kept)) == 0);
  g_assert_cmpint (streamed[strlen (kept)], ==, '\n');
  g_remove (path);
}

/* A stream that cannot take the text (a full disk) is an error, not a
 * report cut short in silence.
 */
static void
test_writer_stream_full (void)
{
  g_autoptr(GError) error = NULL;
  FILE *stream = fopen ("/dev/full", "w");
  PxJsonWriter *writer;

  if (stream == NULL)
    {
      g_test_skip ("no /dev/full here");
      return;
    }
  writer = px_json_writer_new_for_stream (stream, TRUE);
  px_json_writer_begin_array (writer);
  for (guint i = 0; i < 20000; i++)
    px_json_writer_string (writer, text_value);
  px_json_writer_end_array (writer);
  g_assert_false (px_json_writer_finish (writer, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOSPC);
  px_json_writer_free (writer);
  fclose (stream);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/px/json-writer/matches-json-glib", test_writer_matches_json_glib);
  g_test_add_func ("/px/json-writer/compact", test_writer_compact);
  g_test_add_func ("/px/json-writer/doubles", test_writer_doubles);
  g_test_add_func ("/px/json-writer/short-decimals", test_writer_short_decimals);
  g_test_add_func ("/px/json-writer/integers", test_writer_integers);
  g_test_add_func ("/px/json-writer/invalid-utf8", test_writer_invalid_utf8);
  g_test_add_func ("/px/json-writer/stream", test_writer_stream);
  g_test_add_func ("/px/json-writer/stream-full", test_writer_stream_full);

  return g_test_run ();
}
