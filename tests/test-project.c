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

/* A small valid file, to be damaged one member at a time. */
#define PROJECT_HEAD "{\"format\": \"parallax-project\", \"version\": 1, "
#define ARTICLE_A "{\"id\": \"a.txt\", \"text\": \"Der Rat tagte. Er beschloss nichts.\"}"

typedef struct
{
  const char *data;
  const char *problem;
} Damage;

static void
assert_damaged (const Damage *cases,
                guint         n_cases)
{
  for (guint i = 0; i < n_cases; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PxProject) loaded = NULL;

      g_autofree char *shown = g_strescape (cases[i].data, NULL);

      loaded = px_project_load_data (cases[i].data, strlen (cases[i].data), &error);
      /* Escaped: a raw case holds bytes and line ends that would break TAP. */
      g_test_message ("%.200s → %s", shown, error ? error->message : "(loaded)");
      g_assert_null (loaded);
      g_assert_error (error, PX_ERROR, PX_ERROR_PARSE);
      g_assert_true (g_str_has_prefix (error->message, "The project file is damaged ("));
      g_assert_nonnull (strstr (error->message, cases[i].problem));
    }
}

/* The file the cases below damage loads, so each refusal is the damage's. */
static void
test_project_damage_base (void)
{
  const char *data = PROJECT_HEAD "\"articles\": [" ARTICLE_A "], \"settings\": {\"threshold\": 0.3}, "
                     "\"corrections\": [{\"kind\": \"link\", \"members\": [{\"document\": \"a.txt\", \"sentence\": 1}]}], "
                     "\"notes\": [{\"document\": \"a.txt\", \"sentence\": 0, \"text\": \"n\"}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(PxProject) loaded = px_project_load_data (data, strlen (data), &error);
  guint n_sentences;

  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  px_article_get_sentences (g_ptr_array_index (px_project_get_articles (loaded), 0), &n_sentences);
  g_assert_cmpuint (n_sentences, ==, 2);
}

static void
test_project_object_for_list (void)
{
  const Damage cases[] = {
    { PROJECT_HEAD "\"articles\": {}}", "articles is not a list" },
    { PROJECT_HEAD "\"articles\": [" ARTICLE_A "], \"corrections\": {}}", "corrections is not a list" },
    { PROJECT_HEAD "\"articles\": [" ARTICLE_A "], \"corrections\": [{\"kind\": \"link\"}, "
      "{\"kind\": \"link\", \"members\": {}}]}", "corrections[0].members is missing" },
    { PROJECT_HEAD "\"articles\": [" ARTICLE_A "], \"corrections\": [{\"kind\": \"link\", \"members\": []}, "
      "{\"kind\": \"split\", \"members\": []}, {\"kind\": \"link\", \"members\": []}, "
      "{\"kind\": \"link\", \"members\": {}}]}", "corrections[3].members is not a list" },
    { PROJECT_HEAD "\"articles\": [{\"id\": \"a.txt\", \"text\": \"Kurz.\", \"paragraphs\": {}}]}",
      "articles[0].paragraphs is not a list" },
  };

  assert_damaged (cases, G_N_ELEMENTS (cases));
}

static void
test_project_number_for_string (void)
{
  const Damage cases[] = {
    { PROJECT_HEAD "\"articles\": [{\"id\": 7, \"text\": \"Kurz.\"}]}", "articles[0].id is not a text" },
    { PROJECT_HEAD "\"articles\": [{\"id\": \"a.txt\", \"text\": 1.5}]}", "articles[0].text is not a text" },
    { PROJECT_HEAD "\"articles\": [{\"id\": \"a.txt\", \"text\": \"Kurz.\", \"outlet\": 3}]}",
      "articles[0].outlet is not a text" },
    { PROJECT_HEAD "\"articles\": [" ARTICLE_A "], \"notes\": [{\"document\": \"a.txt\", \"sentence\": 0, "
      "\"text\": 12}]}", "notes[0].text is not a text" },
    { PROJECT_HEAD "\"articles\": [" ARTICLE_A "], \"settings\": {\"reference\": false}}",
      "settings.reference is not a text" },
  };

  assert_damaged (cases, G_N_ELEMENTS (cases));
}

static void
test_project_list_for_object (void)
{
  const Damage cases[] = {
    { PROJECT_HEAD "\"articles\": [[\"a.txt\"]]}", "articles[0] is not an object" },
    { PROJECT_HEAD "\"articles\": [" ARTICLE_A "], \"settings\": []}", "settings is not an object" },
    { PROJECT_HEAD "\"articles\": [" ARTICLE_A "], \"corrections\": [[]]}", "corrections[0] is not an object" },
    { PROJECT_HEAD "\"articles\": [" ARTICLE_A "], \"notes\": [{\"document\": \"a.txt\", \"sentence\": 0, "
      "\"text\": \"n\"}, []]}", "notes[1] is not an object" },
  };

  assert_damaged (cases, G_N_ELEMENTS (cases));
}

static void
test_project_missing_members (void)
{
  const Damage cases[] = {
    { "{\"format\": \"parallax-project\", \"articles\": [" ARTICLE_A "]}", "version is missing" },
    { PROJECT_HEAD "\"settings\": {}}", "articles is missing" },
    { PROJECT_HEAD "\"articles\": [{\"text\": \"Kurz.\"}]}", "articles[0].id is missing" },
    { PROJECT_HEAD "\"articles\": [{\"id\": \"a.txt\"}]}", "articles[0].text is missing" },
    { PROJECT_HEAD "\"articles\": [" ARTICLE_A "], \"corrections\": [{\"members\": []}]}",
      "corrections[0].kind is missing" },
    { PROJECT_HEAD "\"articles\": [" ARTICLE_A "], \"corrections\": [{\"kind\": \"link\", "
      "\"members\": [{\"document\": \"a.txt\"}]}]}", "corrections[0].members[0].sentence is missing" },
    { PROJECT_HEAD "\"articles\": [" ARTICLE_A "], \"notes\": [{\"sentence\": 0, \"text\": \"n\"}]}",
      "notes[0].document is missing" },
  };

  assert_damaged (cases, G_N_ELEMENTS (cases));
}

static void
test_project_wrong_element_types (void)
{
  const Damage cases[] = {
    { "{\"format\": \"parallax-project\", \"version\": [1], \"articles\": [" ARTICLE_A "]}",
      "version is not a whole number" },
    { "{\"format\": \"parallax-project\", \"version\": 1.5, \"articles\": [" ARTICLE_A "]}",
      "version is not a whole number" },
    { PROJECT_HEAD "\"articles\": [" ARTICLE_A ", 7]}", "articles[1] is not an object" },
    { PROJECT_HEAD "\"articles\": [" ARTICLE_A "], \"corrections\": [{\"kind\": \"link\", \"members\": [7]}]}",
      "corrections[0].members[0] is not an object" },
    { PROJECT_HEAD "\"articles\": [" ARTICLE_A "], \"corrections\": [{\"kind\": \"link\", "
      "\"members\": [{\"document\": \"a.txt\", \"sentence\": \"0\"}]}]}",
      "corrections[0].members[0].sentence is not a whole number" },
    { PROJECT_HEAD "\"articles\": [{\"id\": \"a.txt\", \"text\": \"Kurz.\", \"paragraphs\": [[0, \"5\", \"body\"]]}]}",
      "articles[0].paragraphs[0][1] is not a whole number" },
    { PROJECT_HEAD "\"articles\": [{\"id\": \"a.txt\", \"text\": \"Kurz.\", \"paragraphs\": [[0, 5]]}]}",
      "articles[0].paragraphs[0] does not have 3 items" },
    { PROJECT_HEAD "\"articles\": [{\"id\": \"a.txt\", \"text\": \"Kurz.\", \"paragraphs\": [[0, 5, 1]]}]}",
      "articles[0].paragraphs[0][2] is not a text" },
    { PROJECT_HEAD "\"articles\": [" ARTICLE_A "], \"settings\": {\"classroom\": \"yes\"}}",
      "settings.classroom is not true or false" },
    { PROJECT_HEAD "\"articles\": [" ARTICLE_A "], \"settings\": {\"threshold\": \"0.3\"}}",
      "settings.threshold is not a number" },
  };

  assert_damaged (cases, G_N_ELEMENTS (cases));
}

static void
test_project_out_of_range (void)
{
  const Damage cases[] = {
    { "{\"format\": \"parallax-project\", \"version\": 0, \"articles\": [" ARTICLE_A "]}",
      "version is out of range" },
    { PROJECT_HEAD "\"articles\": [{\"id\": \"a.txt\", \"text\": \"Kurz.\", \"paragraphs\": [[0, 99, \"body\"]]}]}",
      "articles[0].paragraphs[0] does not fit the article’s text" },
    { PROJECT_HEAD "\"articles\": [{\"id\": \"a.txt\", \"text\": \"Kurz. Lang.\", "
      "\"paragraphs\": [[0, 5, \"body\"], [3, 11, \"body\"]]}]}",
      "articles[0].paragraphs[1] does not fit the article’s text" },
    { PROJECT_HEAD "\"articles\": [{\"id\": \"a.txt\", \"text\": \"Kurz.\", \"paragraphs\": [[-1, 5, \"body\"]]}]}",
      "articles[0].paragraphs[0] does not fit the article’s text" },
    { PROJECT_HEAD "\"articles\": [{\"id\": \"a.txt\", \"text\": \"Kurz.\", \"paragraphs\": [[0, 5, \"poem\"]]}]}",
      "articles[0].paragraphs[0][2] is not a kind of paragraph" },
    { PROJECT_HEAD "\"articles\": [" ARTICLE_A ", " ARTICLE_A "]}", "articles[1].id names an earlier article again" },
    { PROJECT_HEAD "\"articles\": [" ARTICLE_A "], \"corrections\": [{\"kind\": \"link\", "
      "\"members\": [{\"document\": \"a.txt\", \"sentence\": 2}]}]}",
      "corrections[0].members[0].sentence is out of range: a.txt has 2 sentences" },
    { PROJECT_HEAD "\"articles\": [" ARTICLE_A "], \"corrections\": [{\"kind\": \"link\", "
      "\"members\": [{\"document\": \"a.txt\", \"sentence\": -1}]}]}",
      "corrections[0].members[0].sentence is out of range" },
    { PROJECT_HEAD "\"articles\": [" ARTICLE_A "], \"corrections\": [{\"kind\": \"link\", "
      "\"members\": [{\"document\": \"a.txt\", \"sentence\": 4294967296}]}]}",
      "corrections[0].members[0].sentence is out of range" },
    { PROJECT_HEAD "\"articles\": [" ARTICLE_A "], \"corrections\": [{\"kind\": \"link\", "
      "\"members\": [{\"document\": \"b.txt\", \"sentence\": 0}]}]}",
      "corrections[0].members[0].document names no article of the project" },
    { PROJECT_HEAD "\"articles\": [" ARTICLE_A "], \"corrections\": [{\"kind\": \"glue\", \"members\": []}]}",
      "corrections[0].kind is not a kind of correction" },
    { PROJECT_HEAD "\"articles\": [" ARTICLE_A "], \"notes\": [{\"document\": \"a.txt\", \"sentence\": 9, "
      "\"text\": \"n\"}]}", "notes[0].sentence is out of range" },
    { PROJECT_HEAD "\"articles\": [" ARTICLE_A "], \"notes\": [{\"document\": \"a.txt\", \"sentence\": 0, "
      "\"text\": \"n\", \"target\": \"page\"}]}", "notes[0].target is neither" },
    { PROJECT_HEAD "\"articles\": [" ARTICLE_A "], \"settings\": {\"threshold\": 7}}",
      "settings.threshold is not between 0 and 1" },
    { PROJECT_HEAD "\"articles\": [" ARTICLE_A "], \"settings\": {\"reference\": \"b.txt\"}}",
      "settings.reference names no article of the project" },
  };

  assert_damaged (cases, G_N_ELEMENTS (cases));
}

/* Text json-glib 1.6 mishandles never reaches it: a second top-level value
 * (which it would load, leaking the first) and nesting deep enough to
 * exhaust its recursive parser's stack.
 */
static void
test_project_json_text (void)
{
  g_autofree char *deep = g_strnfill (200000, '[');
  const Damage cases[] = {
    { PROJECT_HEAD "\"articles\": [" ARTICLE_A "]}[1]", "more data follows the end of the project" },
    { PROJECT_HEAD "\"articles\": [" ARTICLE_A "]} {}", "more data follows the end of the project" },
    { PROJECT_HEAD "\"articles\": [" ARTICLE_A "]}\"x\"", "more data follows the end of the project" },
    { deep, "it is nested too deeply" },
    { "\x89PNG\r\n\x1a\n IHDR", "must be UTF-8" },
    { "Hallo Welt", "Parse error" },
    { PROJECT_HEAD "\"articles\": [" ARTICLE_A "], \"x\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}",
      "it is nested too deeply" },
  };

  assert_damaged (cases, G_N_ELEMENTS (cases));
}

/* The files the fuzzer found (tests/fuzz/corpus/fuzz-project): two raised
 * json-glib criticals, two leaked; now each is one clear refusal.
 */
static void
test_project_fuzz_finds (void)
{
  struct { const char *name; const char *problem; } finds[] = {
    { "fuzz-project-critical-members-not-array.parallax", "corrections[0].members is not a list" },
    { "fuzz-project-critical-version-array.parallax", "version is not a whole number" },
    { "fuzz-project-leak-correction-member.parallax", "corrections[0].members[1].sentence is missing" },
    { "fuzz-project-leak-minimal.parallax", "notes[0].text is missing" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (finds); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fuzz", "corpus", "fuzz-project",
                                                     finds[i].name, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(PxProject) loaded = px_project_load (path, &error);

      g_test_message ("%s: %s", finds[i].name, error ? error->message : "(loaded)");
      g_assert_null (loaded);
      g_assert_error (error, PX_ERROR, PX_ERROR_PARSE);
      g_assert_nonnull (strstr (error->message, finds[i].name));
      g_assert_nonnull (strstr (error->message, finds[i].problem));
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
  g_test_add_func ("/project/damage/base", test_project_damage_base);
  g_test_add_func ("/project/damage/object-for-list", test_project_object_for_list);
  g_test_add_func ("/project/damage/number-for-string", test_project_number_for_string);
  g_test_add_func ("/project/damage/list-for-object", test_project_list_for_object);
  g_test_add_func ("/project/damage/missing-members", test_project_missing_members);
  g_test_add_func ("/project/damage/wrong-element-types", test_project_wrong_element_types);
  g_test_add_func ("/project/damage/out-of-range", test_project_out_of_range);
  g_test_add_func ("/project/damage/json-text", test_project_json_text);
  g_test_add_func ("/project/damage/fuzz-finds", test_project_fuzz_finds);

  return g_test_run ();
}
