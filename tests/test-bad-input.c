/* test-bad-input.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Bad input end to end (design.md section 9), through the command-line
 * tool as a user would meet it: every file that cannot be used gives one
 * line on stderr naming the file and the reason, the exit status says so,
 * and nothing crashes.
 */

#include "config.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "px-project.h"
#include "px-test-utils.h"

/* A scratch folder per test, removed with everything in it. */
typedef struct
{
  char *path;
} Scratch;

static void
remove_tree (const char *path)
{
  GDir *dir;
  const char *name;

  /* Symlinks are removed, never followed. */
  if (!g_file_test (path, G_FILE_TEST_IS_SYMLINK) && g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_chmod (path, 0700);
      if ((dir = g_dir_open (path, 0, NULL)))
        {
          while ((name = g_dir_read_name (dir)))
            {
              g_autofree char *child = g_build_filename (path, name, NULL);
              remove_tree (child);
            }
          g_dir_close (dir);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

static void
scratch_free (Scratch *scratch)
{
  remove_tree (scratch->path);
  g_free (scratch->path);
  g_free (scratch);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Scratch, scratch_free)

static Scratch *
scratch_new (void)
{
  Scratch *scratch = g_new0 (Scratch, 1);
  g_autoptr(GError) error = NULL;

  scratch->path = g_dir_make_tmp ("parallax-bad-XXXXXX", &error);
  g_assert_no_error (error);
  return scratch;
}

static char *
scratch_write (Scratch    *scratch,
               const char *name,
               const char *data,
               gssize      length)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (scratch->path, name, NULL);
  g_autofree char *dir = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
  return path;
}

static const char good_text[] =
  "Der Stadtrat von Kellinghusen hat am Montag den Neubau der Stör-Brücke beschlossen. "
  "Die Arbeiten sollen im Mai beginnen und rund 4,5 Millionen Euro kosten.\n\n"
  "Bürgermeisterin Anke Sörensen sprach von einem guten Tag für die Stadt.\n";

/* Runs the tool and splits its stderr into lines. */
typedef struct
{
  char  *out;
  char  *err;
  char **lines;
  int    status;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
  g_strfreev (run->lines);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
run_cli (Run                *run,
         const char * const *argv)
{
  run->out = px_test_run_cli (argv, &run->status, &run->err);
  g_assert_nonnull (run->out);
  g_assert_nonnull (run->err);
  run->lines = g_strsplit (run->err, "\n", -1);

  /* A crash shows as a status of -1 (killed by a signal). */
  g_assert_cmpint (run->status, >=, 0);
  g_test_message ("exit %d, stderr: %s", run->status, run->err);
}

static guint
count_lines (const Run *run)
{
  guint n = 0;

  for (guint i = 0; run->lines[i] != NULL; i++)
    if (run->lines[i][0] != '\0')
      n++;
  return n;
}

/* The one line on stderr that names @name, asserting there is exactly one. */
static const char *
line_naming (const Run  *run,
             const char *name)
{
  const char *found = NULL;

  for (guint i = 0; run->lines[i] != NULL; i++)
    if (strstr (run->lines[i], name) != NULL)
      {
        g_assert_null (found);
        found = run->lines[i];
      }
  g_assert_nonnull (found);
  g_assert_true (g_str_has_prefix (found, "parallax-cli: "));
  return found;
}

/* One unusable file on its own: exit 1, nothing on stdout, one line on
 * stderr that names the file and says why (@reason, case-insensitive).
 */
static char *
assert_refused (const char *path,
                const char *reason)
{
  g_autofree char *base = g_path_get_basename (path);
  const char *argv[] = { "segment", path, NULL };
  g_auto(Run) run = { 0 };
  char *line = NULL;

  run_cli (&run, argv);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpuint (count_lines (&run), ==, 1);
  line = g_utf8_strdown (line_naming (&run, base), -1);
  g_assert_nonnull (strstr (line, reason));
  return line;
}

static void
test_bad_input_empty (void)
{
  g_autoptr(Scratch) scratch = scratch_new ();
  g_autofree char *path = scratch_write (scratch, "leer.txt", "", 0);

  g_free (assert_refused (path, "no text"));
}

/* Blank lines and spaces are as empty as nothing. */
static void
test_bad_input_blank (void)
{
  g_autoptr(Scratch) scratch = scratch_new ();
  g_autofree char *path = scratch_write (scratch, "nur-leerzeilen.md", "\n\n   \n\t\n", -1);

  g_free (assert_refused (path, "no text"));
}

static void
test_bad_input_binary (void)
{
  /* The start of a real PNG file, saved under a text name. */
  static const char png[] =
    "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0\x1f\xf3\xff\x61"
    "\0\0\0\x0cIDATx\x9c\x63\x60\x18\x05\0\0\x10\0\x01\x8d\x34\x5e\x1c\0\0\0\0IEND\xae\x42\x60\x82";
  g_autoptr(Scratch) scratch = scratch_new ();
  g_autofree char *path = scratch_write (scratch, "foto.txt", png, sizeof png - 1);

  g_free (assert_refused (path, "binary"));
}

/* Text saved by an old Windows editor: read as Windows-1252, with a
 * warning that names the file, and the special characters come out right.
 */
static void
test_bad_input_invalid_utf8 (void)
{
  static const char cp1252[] =
    "Die Stra\xdf" "e nach M\xfc" "nster bleibt gesperrt. "
    "Der B\xfcrgermeister sprach von einem \x84schwarzen Tag\x93 f\xfcr die Stadt.\n";
  g_autoptr(Scratch) scratch = scratch_new ();
  g_autofree char *path = scratch_write (scratch, "windows.txt", cp1252, -1);
  const char *argv[] = { "segment", "--format", "json", path, NULL };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };
  g_autofree char *line = NULL;
  JsonObject *doc;
  const char *text;

  run_cli (&run, argv);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpuint (count_lines (&run), ==, 1);
  line = g_utf8_strdown (line_naming (&run, "windows.txt"), -1);
  g_assert_nonnull (strstr (line, "warning"));
  g_assert_nonnull (strstr (line, "windows-1252"));

  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  doc = json_array_get_object_element (
          json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                        "documents"), 0);
  text = json_object_get_string_member (
           json_array_get_object_element (json_object_get_array_member (doc, "sentences"), 0),
           "text");
  g_assert_cmpstr (text, ==, "Die Straße nach Münster bleibt gesperrt.");
  text = json_object_get_string_member (
           json_array_get_object_element (json_object_get_array_member (doc, "sentences"), 1),
           "text");
  g_assert_cmpstr (text, ==, "Der Bürgermeister sprach von einem „schwarzen Tag“ für die Stadt.");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (doc, "warnings")), ==, 1);
}

/* Bytes that are neither UTF-8 nor Windows-1252 (0x8D is undefined there):
 * the file is still read, and its one warning names the encodings tried and
 * where the odd byte is.
 */
static void
test_bad_input_neither_encoding (void)
{
  static const char odd[] =
    "Der B\xfcrgermeister sprach von einem \x84schwarzen Tag\x93 \x8d f\xfcr die Stadt.\n";
  g_autoptr(Scratch) scratch = scratch_new ();
  g_autofree char *path = scratch_write (scratch, "seltsam.txt", odd, -1);
  const char *argv[] = { "segment", path, NULL };
  g_auto(Run) run = { 0 };
  g_autofree char *line = NULL;

  run_cli (&run, argv);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "„schwarzen Tag“"));
  g_assert_cmpuint (count_lines (&run), ==, 1);
  line = g_utf8_strdown (line_naming (&run, "seltsam.txt"), -1);
  g_assert_nonnull (strstr (line, "warning"));
  g_assert_nonnull (strstr (line, "neither utf-8 nor windows-1252"));
  g_assert_nonnull (strstr (line, "iso-8859-1"));
  g_assert_nonnull (strstr (line, "byte 0x8d at offset 51"));
}

/* A 50 MB file is refused before it is read, and the message names the
 * limit as people read sizes.
 */
static void
test_bad_input_huge (void)
{
  g_autoptr(Scratch) scratch = scratch_new ();
  g_autofree char *path = scratch_write (scratch, "riesig.txt", good_text, -1);
  g_autofree char *line = NULL;

  /* Sparse: 50 MB that take no disk space. */
  g_assert_cmpint (truncate (path, 50 * 1000 * 1000), ==, 0);
  line = assert_refused (path, "limit");

  /* "5.2 MB" (GLib puts a no-break space before the unit). */
  g_assert_nonnull (strstr (line, "5.2"));
  g_assert_nonnull (strstr (line, "mb"));

  /* The limit is configurable; a smaller one names itself too. */
  {
    g_autofree char *small = scratch_write (scratch, "klein.txt", good_text, -1);
    const char *argv[] = { "segment", "--max-size", "100", small, NULL };
    g_auto(Run) run = { 0 };

    run_cli (&run, argv);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (line_naming (&run, "klein.txt"), "100 bytes"));
  }
}

/* A page with scripts, remote images, style sheets and a <base> pointing
 * at a server: the text loads, no script text shows, and nothing is
 * fetched (the "server" is a socket of ours that must see no connection).
 */
static void
test_bad_input_html_remote (void)
{
  g_autoptr(Scratch) scratch = scratch_new ();
  g_autoptr(GSocket) socket = NULL;
  g_autoptr(GSocketAddress) any = NULL;
  g_autoptr(GSocketAddress) bound = NULL;
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocket) accepted = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *html = NULL;
  g_autofree char *path = NULL;
  const char *argv[] = { "segment", NULL, NULL };
  g_auto(Run) run = { 0 };
  guint port;

  socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, &error);
  g_assert_no_error (error);
  any = g_inet_socket_address_new (loopback, 0);
  g_assert_true (g_socket_bind (socket, any, TRUE, &error));
  g_assert_true (g_socket_listen (socket, &error));
  g_assert_no_error (error);
  bound = g_socket_get_local_address (socket, &error);
  port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
  g_socket_set_blocking (socket, FALSE);

  html = g_strdup_printf (
    "<!DOCTYPE html><html lang=\"de\"><head>\n"
    "<base href=\"http://127.0.0.1:%u/\">\n"
    "<title>Brücke gesperrt</title>\n"
    "<link rel=\"stylesheet\" href=\"http://127.0.0.1:%u/style.css\">\n"
    "<link rel=\"preload\" href=\"fonts/a.woff2\" as=\"font\">\n"
    "<script src=\"http://127.0.0.1:%u/tracker.js\"></script>\n"
    "<script>document.write('SKRIPTTEXT'); fetch('/beacon');</script>\n"
    "<style>body { background: url(http://127.0.0.1:%u/bg.png) }</style>\n"
    "</head><body>\n"
    "<img src=\"http://127.0.0.1:%u/foto.jpg\" srcset=\"foto2.jpg 2x\">\n"
    "<p>Die Brücke über die Stör bleibt bis Freitag gesperrt. Das teilte die Stadt mit.</p>\n"
    "<script type=\"text/javascript\">var t = \"SKRIPTTEXT\";</script>\n"
    "<noscript><img src=\"pixel.gif\">SKRIPTTEXT</noscript>\n"
    "<iframe src=\"http://127.0.0.1:%u/frame.html\">SKRIPTTEXT</iframe>\n"
    "<object data=\"http://127.0.0.1:%u/film.swf\"></object>\n"
    "<p>Umleitungen sind ausgeschildert.</p>\n"
    "<svg><script>SKRIPTTEXT</script><image href=\"http://127.0.0.1:%u/a.svg\"/></svg>\n"
    "</body></html>\n",
    port, port, port, port, port, port, port, port);
  path = scratch_write (scratch, "seite.html", html, -1);
  argv[1] = path;

  run_cli (&run, argv);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpuint (count_lines (&run), ==, 0);
  g_assert_nonnull (strstr (run.out, "Die Brücke über die Stör bleibt bis Freitag gesperrt."));
  g_assert_nonnull (strstr (run.out, "Umleitungen sind ausgeschildert."));
  g_assert_null (strstr (run.out, "SKRIPTTEXT"));
  g_assert_null (strstr (run.out, "document.write"));
  g_assert_null (strstr (run.out, "background"));

  /* Nobody knocked. */
  accepted = g_socket_accept (socket, NULL, &error);
  g_assert_null (accepted);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK);
}

/* 100,000 nested <div>s: refused or read, but in one piece and at once. */
static void
test_bad_input_deep_html (void)
{
  g_autoptr(Scratch) scratch = scratch_new ();
  g_autoptr(GString) html = g_string_new ("<html><body>");
  g_autofree char *path = NULL;
  const char *argv[] = { "segment", NULL, NULL };
  g_auto(Run) run = { 0 };

  for (guint i = 0; i < 100000; i++)
    g_string_append (html, "<div>");
  g_string_append (html, "<p>Tief verschachtelt steht dieser Satz. Er ist der einzige.</p>");
  for (guint i = 0; i < 100000; i++)
    g_string_append (html, "</div>");
  g_string_append (html, "</body></html>");
  path = scratch_write (scratch, "tief.html", html->str, html->len);
  argv[1] = path;

  run_cli (&run, argv);
  if (run.status == 0)
    g_assert_nonnull (strstr (run.out, "Tief verschachtelt steht dieser Satz."));
  else
    {
      g_autofree char *line = g_utf8_strdown (line_naming (&run, "tief.html"), -1);

      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpuint (count_lines (&run), ==, 1);
      g_assert_nonnull (strstr (line, "nested"));
    }
}

/* A folder of 500 files in 10 subfolders, some empty, some not articles:
 * every article is loaded, every bad one named, the rest ignored.
 */
static void
test_bad_input_many_files (void)
{
  g_autoptr(Scratch) scratch = scratch_new ();
  const char *argv[] = { "segment", "--format", "json", scratch->path, NULL };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };
  JsonArray *documents;
  guint n_good = 0, n_empty = 0;

  for (guint i = 0; i < 500; i++)
    {
      g_autofree char *name = NULL;
      g_autofree char *path = NULL;

      if (i % 50 == 7)
        {
          name = g_strdup_printf ("ordner-%u/leer-%03u.txt", i % 10, i);
          path = scratch_write (scratch, name, "", 0);
          n_empty++;
        }
      else if (i % 50 == 8)
        {
          /* Not an article type: skipped without a word inside a folder. */
          name = g_strdup_printf ("ordner-%u/bild-%03u.jpg", i % 10, i);
          path = scratch_write (scratch, name, "\xff\xd8\xff\xe0", 4);
        }
      else
        {
          g_autofree char *text = g_strdup_printf ("Meldung %u: Der Kreistag tagte am Montag. "
                                                   "Er beriet über %u neue Stellen.\n", i, i);
          name = g_strdup_printf ("ordner-%u/meldung-%03u.%s", i % 10, i,
                                  i % 3 == 0 ? "md" : "txt");
          path = scratch_write (scratch, name, text, -1);
          n_good++;
        }
    }

  run_cli (&run, argv);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpuint (count_lines (&run), ==, n_empty);
  for (guint i = 7; i < 500; i += 50)
    {
      g_autofree char *name = g_strdup_printf ("leer-%03u.txt", i);
      g_autofree char *line = g_utf8_strdown (line_naming (&run, name), -1);

      g_assert_nonnull (strstr (line, "no text"));
    }

  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  documents = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                            "documents");
  g_assert_cmpuint (json_array_get_length (documents), ==, n_good);
}

/* Symlinks that point back up the tree: the walk ends and each article
 * is read once.
 */
static void
test_bad_input_symlink_loop (void)
{
  g_autoptr(Scratch) scratch = scratch_new ();
  g_autofree char *article = scratch_write (scratch, "set/a/bericht.txt", good_text, -1);
  g_autofree char *up = g_build_filename (scratch->path, "set", "a", "hoch", NULL);
  g_autofree char *self = g_build_filename (scratch->path, "set", "selbst", NULL);
  g_autofree char *a = g_build_filename (scratch->path, "set", "a", "b", NULL);
  g_autofree char *back = g_build_filename (a, "zurueck", NULL);
  g_autofree char *set = g_build_filename (scratch->path, "set", NULL);
  const char *argv[] = { "segment", "--format", "json", set, NULL };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };

  g_assert_cmpint (g_mkdir_with_parents (a, 0700), ==, 0);
  g_assert_cmpint (symlink ("..", up), ==, 0);
  g_assert_cmpint (symlink (".", self), ==, 0);
  g_assert_cmpint (symlink (set, back), ==, 0);

  run_cli (&run, argv);
  g_assert_cmpint (run.status, ==, 0);
  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (
                      json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                                    "documents")), ==, 1);
}

/* The same article saved three times: in two folders under one name,
 * and once more with other line breaks. The first copy loads; each later
 * one is left out with a line that names it and the file it repeats, since
 * a copy would pair with itself in every claim.
 */
static void
test_bad_input_duplicates (void)
{
  g_autoptr(Scratch) scratch = scratch_new ();
  g_autofree char *rewrapped = g_strdelimit (g_strdup (good_text), " ", '\n');
  g_autofree char *a = scratch_write (scratch, "a/bericht.txt", good_text, -1);
  g_autofree char *b = scratch_write (scratch, "b/bericht.txt", good_text, -1);
  g_autofree char *c = scratch_write (scratch, "kopie.txt", rewrapped, -1);
  const char *argv[] = { "segment", "--format", "json", a, b, c, NULL };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };
  JsonArray *documents;
  const char *line;

  run_cli (&run, argv);
  g_assert_cmpint (run.status, ==, 1);
  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  documents = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                            "documents");
  g_assert_cmpuint (json_array_get_length (documents), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (documents, 0), "path"),
                   ==, a);

  g_assert_cmpuint (count_lines (&run), ==, 2);
  line = line_naming (&run, "b/bericht.txt");
  g_assert_nonnull (strstr (line, "a/bericht.txt"));
  g_assert_nonnull (strstr (line, "same article"));
  line = line_naming (&run, "kopie.txt");
  g_assert_nonnull (strstr (line, "a/bericht.txt"));
  g_assert_nonnull (strstr (line, "same article"));
}

/* Two different articles with the same file name in two folders: both
 * load, with ids that tell them apart.
 */
static void
test_bad_input_same_name (void)
{
  g_autoptr(Scratch) scratch = scratch_new ();
  g_autofree char *a = scratch_write (scratch, "a/dpa.txt", good_text, -1);
  g_autofree char *b = scratch_write (scratch, "b/dpa.txt",
                                      "Die Stör-Brücke in Kellinghusen wird neu gebaut. "
                                      "Das hat der Stadtrat am Montag beschlossen.\n", -1);
  const char *argv[] = { "segment", "--format", "json", a, b, NULL };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };
  JsonArray *documents;
  const char *id0, *id1;

  run_cli (&run, argv);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpuint (count_lines (&run), ==, 0);
  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  documents = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                            "documents");
  g_assert_cmpuint (json_array_get_length (documents), ==, 2);
  id0 = json_object_get_string_member (json_array_get_object_element (documents, 0), "id");
  id1 = json_object_get_string_member (json_array_get_object_element (documents, 1), "id");
  g_assert_cmpstr (id0, ==, "dpa.txt");
  g_assert_cmpstr (id1, !=, id0);
  g_assert_true (g_str_has_prefix (id1, "dpa"));
}

/* A set of one article has nothing to compare against. align and export
 * behave alike: the output is still written, one line on stderr names the
 * article and says why nothing lines up, and the exit status is 1.
 */
static void
test_bad_input_single_article (void)
{
  g_autoptr(Scratch) scratch = scratch_new ();
  g_autofree char *path = scratch_write (scratch, "allein.txt", good_text, -1);
  g_autofree char *pdf = g_build_filename (scratch->path, "allein.pdf", NULL);
  const char *align_argv[] = { "align", "--format", "json", path, NULL };
  const char *export_argv[] = { "export", "--output", pdf, path, NULL };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_auto(Run) aligned = { 0 };
  g_auto(Run) exported = { 0 };
  g_autofree char *head = NULL;
  JsonObject *root;

  run_cli (&aligned, align_argv);
  g_assert_cmpint (aligned.status, ==, 1);
  g_assert_cmpuint (count_lines (&aligned), ==, 1);
  g_assert_nonnull (strstr (line_naming (&aligned, "allein.txt"), "nothing to compare"));
  json_parser_load_from_data (parser, aligned.out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "documents")), ==, 1);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "groups")), ==, 0);

  run_cli (&exported, export_argv);
  g_assert_cmpint (exported.status, ==, 1);
  g_assert_cmpuint (count_lines (&exported), ==, 1);
  g_assert_nonnull (strstr (line_naming (&exported, "allein.txt"), "nothing to compare"));
  g_assert_true (g_file_get_contents (pdf, &head, NULL, NULL));
  g_assert_true (g_str_has_prefix (head, "%PDF-"));
}

/* A file that vanished between listing and reading, among good ones: the
 * good ones are printed, the missing one named.
 */
static void
test_bad_input_vanished (void)
{
  g_autoptr(Scratch) scratch = scratch_new ();
  g_autofree char *good = scratch_write (scratch, "da.txt", good_text, -1);
  g_autofree char *gone = scratch_write (scratch, "weg.txt", good_text, -1);
  g_autofree char *sample = px_test_sample_dir ("de");
  const char *argv[] = { "segment", good, gone, sample, NULL };
  g_auto(Run) run = { 0 };
  g_autofree char *line = NULL;

  g_assert_cmpint (g_unlink (gone), ==, 0);
  run_cli (&run, argv);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpuint (count_lines (&run), ==, 1);
  line = g_utf8_strdown (line_naming (&run, "weg.txt"), -1);
  g_assert_nonnull (strstr (line, "no such file"));
  g_assert_nonnull (strstr (run.out, "== da.txt"));
  g_assert_nonnull (strstr (run.out, "== blickpunkt24.txt"));
}

/* A named pipe in a folder and a link to /dev/zero under a text name: a
 * pipe would block the read forever and /dev/zero has no size to check
 * against the limit, so both are refused unread.
 */
static void
test_bad_input_special_files (void)
{
  g_autoptr(Scratch) scratch = scratch_new ();
  g_autofree char *good = scratch_write (scratch, "set/da.txt", good_text, -1);
  g_autofree char *pipe = g_build_filename (scratch->path, "set", "rohr.txt", NULL);
  g_autofree char *zero = g_build_filename (scratch->path, "null.txt", NULL);
  g_autofree char *set = g_build_filename (scratch->path, "set", NULL);
  const char *argv[] = { "segment", set, zero, NULL };
  g_auto(Run) run = { 0 };
  g_autofree char *pipe_line = NULL;
  g_autofree char *zero_line = NULL;

  g_assert_cmpint (mkfifo (pipe, 0600), ==, 0);
  g_assert_cmpint (symlink ("/dev/zero", zero), ==, 0);

  run_cli (&run, argv);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpuint (count_lines (&run), ==, 2);
  pipe_line = g_utf8_strdown (line_naming (&run, "rohr.txt"), -1);
  zero_line = g_utf8_strdown (line_naming (&run, "null.txt"), -1);
  g_assert_nonnull (strstr (pipe_line, "not a regular file"));
  g_assert_nonnull (strstr (zero_line, "not a regular file"));
  g_assert_nonnull (strstr (run.out, "== da.txt"));
}

/* A file without read permission among good input. */
static void
test_bad_input_unreadable (void)
{
  g_autoptr(Scratch) scratch = scratch_new ();
  g_autofree char *good = scratch_write (scratch, "da.txt", good_text, -1);
  g_autofree char *secret = scratch_write (scratch, "geheim.txt", good_text, -1);
  const char *argv[] = { "segment", good, secret, NULL };
  g_auto(Run) run = { 0 };
  g_autofree char *line = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("root reads everything");
      return;
    }

  g_assert_cmpint (g_chmod (secret, 0), ==, 0);
  run_cli (&run, argv);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpuint (count_lines (&run), ==, 1);
  line = g_utf8_strdown (line_naming (&run, "geheim.txt"), -1);
  g_assert_nonnull (strstr (line, "permission"));
  g_assert_nonnull (strstr (run.out, "== da.txt"));
}

/* Export to a place that cannot be written: one line naming the output
 * file, exit 1, and nothing left behind.
 */
static void
test_bad_input_export_readonly (void)
{
  g_autoptr(Scratch) scratch = scratch_new ();
  g_autofree char *sample = px_test_sample_dir ("de");
  g_autofree char *locked = g_build_filename (scratch->path, "gesperrt", NULL);
  g_autofree char *output = g_build_filename (locked, "vergleich.pdf", NULL);
  const char *argv[] = { "export", "--output", NULL, sample, NULL };
  g_auto(Run) run = { 0 };

  if (geteuid () == 0)
    {
      /* Root may write anywhere but into /proc. */
      g_free (output);
      output = g_strdup ("/proc/forbidden.pdf");
    }
  else
    {
      g_assert_cmpint (g_mkdir (locked, 0500), ==, 0);
    }
  argv[2] = output;

  run_cli (&run, argv);
  if (run.status == 2 && strstr (run.err, "not available") != NULL)
    {
      g_test_skip ("parallax-cli export is not built yet");
      return;
    }

  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpuint (count_lines (&run), ==, 1);
  line_naming (&run, geteuid () == 0 ? "forbidden.pdf" : "vergleich.pdf");
  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
}

/* A full disk while saving a project, at several points of the write: the
 * previous file stays byte for byte, and no temporary file is left.
 */
static gsize budget;

static gssize
failing_write (int         fd,
               const void *buf,
               gsize       count)
{
  if (budget == 0)
    {
      errno = ENOSPC;
      return -1;
    }
  count = MIN (count, budget);
  budget -= count;
  return write (fd, buf, count);
}

static void
test_bad_input_full_disk (void)
{
  g_autoptr(Scratch) scratch = scratch_new ();
  g_autoptr(GPtrArray) articles = px_test_load_sample ("de");
  g_autoptr(PxProject) project = px_project_new (articles);
  g_autofree char *path = g_build_filename (scratch->path, "vergleich.parallax", NULL);
  g_autofree char *before = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  gsize before_length, length;

  g_assert_true (px_project_save (project, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &before, &before_length, NULL));

  /* The new version is longer than the old, so every budget below
   * "half" cuts it short.
   */
  px_project_set_note (project, "blickpunkt24.txt", 1, FALSE, "Zahl prüfen");
  data = px_project_to_data (project, &length);
  g_assert_cmpuint (length, >, before_length);

  {
    const gsize budgets[] = { 0, 1, 100, length / 2, length - 1 };

    for (guint i = 0; i < G_N_ELEMENTS (budgets); i++)
      {
        g_autoptr(GError) save_error = NULL;
        g_autofree char *after = NULL;
        g_autoptr(GDir) listing = NULL;
        gsize after_length;
        guint entries = 0;

        g_test_message ("disk full after %" G_GSIZE_FORMAT " bytes", budgets[i]);
        budget = budgets[i];
        _px_project_set_write_func (failing_write);
        g_assert_false (px_project_save (project, path, &save_error));
        _px_project_set_write_func (NULL);

        g_assert_error (save_error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
        g_assert_nonnull (strstr (save_error->message, "vergleich.parallax"));

        g_assert_true (g_file_get_contents (path, &after, &after_length, NULL));
        g_assert_cmpmem (after, after_length, before, before_length);

        listing = g_dir_open (scratch->path, 0, NULL);
        while (g_dir_read_name (listing))
          entries++;
        g_assert_cmpuint (entries, ==, 1);
      }
  }

  /* With room again, the save goes through. */
  g_assert_true (px_project_save (project, path, &error));
  g_assert_no_error (error);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/bad-input/empty", test_bad_input_empty);
  g_test_add_func ("/bad-input/blank", test_bad_input_blank);
  g_test_add_func ("/bad-input/binary", test_bad_input_binary);
  g_test_add_func ("/bad-input/invalid-utf8", test_bad_input_invalid_utf8);
  g_test_add_func ("/bad-input/neither-encoding", test_bad_input_neither_encoding);
  g_test_add_func ("/bad-input/huge", test_bad_input_huge);
  g_test_add_func ("/bad-input/html-remote", test_bad_input_html_remote);
  g_test_add_func ("/bad-input/deep-html", test_bad_input_deep_html);
  g_test_add_func ("/bad-input/many-files", test_bad_input_many_files);
  g_test_add_func ("/bad-input/symlink-loop", test_bad_input_symlink_loop);
  g_test_add_func ("/bad-input/duplicates", test_bad_input_duplicates);
  g_test_add_func ("/bad-input/same-name", test_bad_input_same_name);
  g_test_add_func ("/bad-input/single-article", test_bad_input_single_article);
  g_test_add_func ("/bad-input/vanished", test_bad_input_vanished);
  g_test_add_func ("/bad-input/special-files", test_bad_input_special_files);
  g_test_add_func ("/bad-input/unreadable", test_bad_input_unreadable);
  g_test_add_func ("/bad-input/export-readonly", test_bad_input_export_readonly);
  g_test_add_func ("/bad-input/full-disk", test_bad_input_full_disk);

  return g_test_run ();
}
