/* px-bench-align.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Prints measured time and peak memory for loading and aligning generated
 * article sets of 5, 100 and 1,000 articles (design.md section 8). Each size
 * runs in a child process, so that its peak resident size is its own.
 *
 * The sets are deterministic: a fixed seed drives a generator that writes
 * German-like news sentences of realistic length over a shared vocabulary;
 * every set is made of events of five articles each that report overlapping
 * claims, reordered and with words swapped, so the aligner has real work.
 */

#include "config.h"

#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "px-core.h"

static const char *subjects[] = {
  "Die Landesregierung", "Der Stadtrat", "Das Ministerium", "Die Polizei", "Der Verband",
  "Die Feuerwehr", "Der Bürgermeister", "Die Behörde", "Das Gericht", "Die Kommission",
  "Der Konzern", "Die Gewerkschaft", "Das Krankenhaus", "Die Universität", "Der Landkreis",
};
static const char *verbs[] = {
  "beschloss", "genehmigte", "kritisierte", "prüfte", "verschob", "erlaubte", "stoppte",
  "verlängerte", "bestätigte", "forderte", "kündigte", "plante", "untersuchte", "lehnte",
};
static const char *objects[] = {
  "den Ausbau der Umgehungsstraße", "die Schließung des Hallenbads", "neue Regeln für Baustellen",
  "die Sanierung der Brücke", "den Bau von Wohnungen", "die Erhöhung der Gebühren",
  "einen Plan für den Hochwasserschutz", "die Förderung von Radwegen", "das Verbot von Feuerwerk",
  "die Verlegung der Haltestelle", "den Kauf neuer Busse", "die Öffnung der Schule",
  "die Prüfung der Deiche", "den Umbau des Bahnhofs", "die Räumung des Lagers",
};
static const char *tails[] = {
  "am Montag", "nach langer Debatte", "mit knapper Mehrheit", "trotz heftiger Proteste",
  "für rund 12 Millionen Euro", "bis Ende des Jahres", "in einer Sondersitzung",
  "auf Drängen der Anwohner", "nach Angaben eines Sprechers", "wie die Zeitung berichtet",
  "für mehr als 300 Familien", "in den kommenden zwei Wochen",
};
static const char *places[] = {
  "in Husum", "in Cottbus", "in Passau", "in Gera", "in Emden", "in Lörrach", "in Celle",
  "in Bautzen", "in Wismar", "in Fulda", "in Aalen", "in Goslar",
};

static const char *
pick (GRand       *rand,
      const char **list,
      guint        n)
{
  return list[g_rand_int_range (rand, 0, n)];
}

#define PICK(list) pick (rand, list, G_N_ELEMENTS (list))

/* One claim: a sentence of about 15–25 words. */
static void
append_claim (GString *out,
              GRand   *rand,
              guint    claim_seed,
              gboolean reword)
{
  g_autoptr(GRand) claim = g_rand_new_with_seed (claim_seed);
  const char *subject = pick (claim, subjects, G_N_ELEMENTS (subjects));
  const char *verb = pick (claim, verbs, G_N_ELEMENTS (verbs));
  const char *object = pick (claim, objects, G_N_ELEMENTS (objects));
  const char *place = pick (claim, places, G_N_ELEMENTS (places));
  const char *tail = pick (claim, tails, G_N_ELEMENTS (tails));

  /* Each source words the claim a little differently. */
  if (reword && g_rand_boolean (rand))
    verb = PICK (verbs);
  if (reword && g_rand_boolean (rand))
    tail = PICK (tails);

  if (reword && g_rand_boolean (rand))
    g_string_append_printf (out, "%s %s hat %s %s, %s.", g_str_has_prefix (tail, "am") ? "Am Montag" : "Nun",
                            subject + 0, object, verb, place);
  else
    g_string_append_printf (out, "%s %s %s %s %s.", subject, place, verb, object, tail);
}

static GPtrArray *
generate_set (guint n_articles,
              guint seed)
{
  g_autoptr(PxArticleLoader) loader = px_article_loader_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  GPtrArray *articles = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint a = 0; a < n_articles; a++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *name = g_strdup_printf ("quelle-%04u.txt", a);
      g_autoptr(GError) error = NULL;
      guint event = a / 5;
      guint n_sentences = 24 + g_rand_int_range (rand, 0, 12);
      PxArticle *article;

      g_string_append_printf (text, "---\noutlet: Quelle %u\ntitle: Bericht %u\nlanguage: de\n---\n", a, event);

      for (guint s = 0; s < n_sentences; s++)
        {
          /* Most sentences report one of the event's 40 claims, in an order
           * of this source's own; the rest are the source's alone.
           */
          guint claim = g_rand_int_range (rand, 0, 40);
          gboolean own = g_rand_int_range (rand, 0, 5) == 0;

          append_claim (text, rand, own ? g_rand_int (rand) : event * 1000 + claim, TRUE);
          g_string_append (text, s % 3 == 2 ? "\n\n" : " ");
        }

      article = px_article_loader_load_data (loader, name, text->str, text->len, &error);
      g_assert_no_error (error);
      g_ptr_array_add (articles, article);
    }

  return articles;
}

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

static void
run_size (guint n_articles)
{
  g_autoptr(GPtrArray) articles = NULL;
  struct rusage usage;
  double t0, t1;
  guint n_sentences = 0;

  t0 = now ();
  articles = generate_set (n_articles, 4242 + n_articles);
  t1 = now ();

  for (guint i = 0; i < articles->len; i++)
    {
      guint n;

      px_article_get_sentences (g_ptr_array_index (articles, i), &n);
      n_sentences += n;
    }

  g_print ("%6u articles %7u sentences  load+segment %8.1f ms", n_articles, n_sentences,
           (t1 - t0) * 1000.0);

  {
    g_autoptr(PxAligner) aligner = px_aligner_new ();
    g_autoptr(PxAlignment) alignment = NULL;
    g_autoptr(PxComparison) comparison = NULL;
    g_autoptr(GError) error = NULL;
    double t2, t3, t4;

    t2 = now ();
    alignment = px_aligner_run (aligner, articles, NULL, &error);
    t3 = now ();
    g_assert_no_error (error);
    comparison = px_comparison_new (alignment);
    t4 = now ();

    g_print ("  align %8.1f ms (%u groups)  diverge %8.1f ms",
             (t3 - t2) * 1000.0, px_alignment_get_n_groups (alignment), (t4 - t3) * 1000.0);
  }

  getrusage (RUSAGE_SELF, &usage);
  g_print ("  peak %7.1f MB\n", usage.ru_maxrss / 1024.0);
}

int
main (int    argc,
      char **argv)
{
  static const guint sizes[] = { 5, 100, 1000 };

  g_print ("Parallax alignment bench (one core; times are wall-clock)\n");

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      pid_t pid = fork ();

      if (pid == 0)
        {
          run_size (sizes[i]);
          _exit (0);
        }
      waitpid (pid, NULL, 0);
    }

  return 0;
}
