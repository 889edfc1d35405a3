/* test-project.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "px-project.h"
#include "px-test-utils.h"

static PxProject *
make_project (void)
{
  g_autoptr(GPtrArray) articles = px_test_load_sample ("de");
  PxProject *project = px_project_new (articles);
  PxPassageRef link[] = { { "blickpunkt24.txt", 2 }, { "elbauen-anzeiger.txt", 5 } };
  PxPassageRef split[] = { { "hanseatische-allgemeine.txt", 1 }, { "maerkischer-rundfunk.txt", 1 } };

  px_project_set_threshold (project, 0.42);
  px_project_set_classroom (project, TRUE);
  px_project_set_reference (project, "maerkischer-rundfunk.txt");
  px_project_add_correction (project, PX_CORRECTION_LINK, link, 2);
  px_project_add_correction (project, PX_CORRECTION_SPLIT, split, 2);
  px_project_set_note (project, "blickpunkt24.txt", 2, TRUE, "Boulevard rundet auf – prüfen!");
  px_project_set_note (project, "elbauen-anzeiger.txt", 0, FALSE, "Ortsmarke fehlt");
  return project;
}

static char *
tmp_path (const char *name)
{
  g_autofree char *dir = g_dir_make_tmp ("parallax-project-XXXXXX", NULL);

  return g_build_filename (dir, name, NULL);
}

/* Save, open, save again: the second file is byte-for-byte the first, and
 * articles, corrections, notes and settings all came back.
 */
static void
test_project_round_trip (void)
{
  g_autoptr(PxProject) project = make_project ();
  g_autoptr(PxProject) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tmp_path ("vergleich.parallax");
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  GPtrArray *a, *b;

  g_assert_true (px_project_save (project, path, &error));
  g_assert_no_error (error);

  loaded = px_project_load (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);

  first = px_project_to_data (project, NULL);
  second = px_project_to_data (loaded, NULL);
  g_assert_cmpstr (first, ==, second);

  a = px_project_get_articles (project);
  b = px_project_get_articles (loaded);
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      PxArticle *x = g_ptr_array_index (a, i), *y = g_ptr_array_index (b, i);
      const PxSentence *sx, *sy;
      guint nx, ny;

      g_assert_cmpstr (px_article_get_text (x), ==, px_article_get_text (y));
      g_assert_cmpstr (px_article_get_outlet (x), ==, px_article_get_outlet (y));
      g_assert_cmpstr (px_article_get_title (x), ==, px_article_get_title (y));
      sx = px_article_get_sentences (x, &nx);
      sy = px_article_get_sentences (y, &ny);
      g_assert_cmpuint (nx, ==, ny);
      for (guint s = 0; s < nx; s++)
        {
          g_assert_cmpuint (sx[s].start, ==, sy[s].start);
          g_assert_cmpuint (sx[s].end, ==, sy[s].end);
          g_assert_cmpint (sx[s].kind, ==, sy[s].kind);
        }
    }

  g_assert_cmpfloat_with_epsilon (px_project_get_threshold (loaded), 0.42, 1e-9);
  g_assert_true (px_project_get_classroom (loaded));
  g_assert_cmpstr (px_project_get_reference (loaded), ==, "maerkischer-rundfunk.txt");
  g_assert_cmpuint (px_project_get_corrections (loaded)->len, ==, 2);
  g_assert_cmpstr (px_project_get_note (loaded, "blickpunkt24.txt", 2, TRUE), ==,
                   "Boulevard rundet auf – prüfen!");
  g_assert_null (px_project_get_note (loaded, "blickpunkt24.txt", 2, FALSE));

  g_unlink (path);
}

static void
test_project_refuses_bad_files (void)
{
  g_autoptr(PxProject) project = make_project ();
  g_autofree char *data = NULL;
  gsize length;
  struct { const char *name; const char *data; gssize len; int code; } cases[] = {
    { "empty", "", 0, PX_ERROR_PARSE },
    { "not json", "Hallo Welt", -1, PX_ERROR_PARSE },
    { "other json", "{\"format\": \"something-else\", \"version\": 1}", -1, PX_ERROR_PARSE },
    { "newer", "{\"format\": \"parallax-project\", \"version\": 99, \"articles\": []}", -1, PX_ERROR_NEWER_FORMAT },
    { "no articles", "{\"format\": \"parallax-project\", \"version\": 1, \"articles\": []}", -1, PX_ERROR_PARSE },
    { "bad paragraphs", "{\"format\": \"parallax-project\", \"version\": 1, \"articles\": "
                        "[{\"id\": \"a.txt\", \"text\": \"Kurz.\", \"paragraphs\": [[0, 99, \"body\"]]}]}",
      -1, PX_ERROR_PARSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PxProject) loaded = NULL;

      loaded = px_project_load_data (cases[i].data, cases[i].len < 0 ? strlen (cases[i].data) : 0, &error);
      g_test_message ("%s: %s", cases[i].name, error ? error->message : "(no error)");
      g_assert_null (loaded);
      g_assert_error (error, PX_ERROR, cases[i].code);
    }

  /* Every truncation of a real project file is refused, never half-read. */
  data = px_project_to_data (project, &length);
  for (gsize cut = 0; cut < length; cut += length / 97 + 1)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PxProject) loaded = px_project_load_data (data, cut, &error);

      g_assert_null (loaded);
      g_assert_nonnull (error);
    }
}

static guint budget;

static gssize
failing_write (int         fd,
               const void *buf,
               gsize       count)
{
  /* A disk that fills up after a few kilobytes. */
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
test_project_full_disk (void)
{
  g_autoptr(PxProject) project = make_project ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tmp_path ("alt.parallax");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GDir) listing = NULL;
  guint entries = 0;

  g_assert_true (px_project_save (project, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));

  px_project_set_note (project, "blickpunkt24.txt", 3, FALSE, "Neue Notiz");
  budget = 4096;
  _px_project_set_write_func (failing_write);
  g_assert_false (px_project_save (project, path, &error));
  _px_project_set_write_func (NULL);

  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_assert_nonnull (strstr (error->message, "alt.parallax"));

  /* The previous file is intact and no temporary file is left behind. */
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (before, ==, after);
  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing))
    entries++;
  g_assert_cmpuint (entries, ==, 1);

  g_unlink (path);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/project/round-trip", test_project_round_trip);
  g_test_add_func ("/project/refuses-bad-files", test_project_refuses_bad_files);
  g_test_add_func ("/project/full-disk", test_project_full_disk);

  return g_test_run ();
}
