/* px-bench-generate.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The article generator the benches share: German-like news sentences of
 * realistic length over a shared vocabulary, with invented names so that
 * each event has words of its own, as real sets do.
 */

#include "config.h"

#include "px-bench-generate.h"

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
/* Quotes and attributions, so that the comparison has them to find. */
static const char *quote_sentences[] = {
  "„Wir haben keine andere Wahl“, sagte ein Sprecher der Stadt.",
  "Der Landrat sagte der Deutschen Presse-Agentur, die Lage sei ernst.",
  "„Das ist ein schwarzer Tag für die Region“, erklärte die Bürgermeisterin.",
  "Nach Angaben der Polizei wurden 14 Menschen leicht verletzt.",
  "Wie ein Sprecher des Ministeriums mitteilte, soll die Prüfung bis Mai dauern.",
};

/* Invented names: a shared vocabulary alone makes every word common, and
 * the aligner rightly ignores words that are everywhere. Real sets name
 * people and places that only their own event mentions.
 */
static const char *name_heads[] = {
  "Kal", "Bre", "Mor", "Tes", "Wil", "Han", "Lud", "Ost", "Fel", "Gra", "Ner", "Pol",
  "Sten", "Rau", "Wend", "Dorn", "Lich", "Alm",
};
static const char *name_tails[] = {
  "ow", "au", "ing", "stedt", "feld", "berg", "ke", "mann", "hagen", "itz", "rode", "wald",
};
static const char *roles[] = {
  "Landrat", "Sprecherin", "Bürgermeister", "Ministerin", "Dezernent", "Polizeichef",
};

static char *
invented_name (GRand *rand)
{
  return g_strconcat (name_heads[g_rand_int_range (rand, 0, G_N_ELEMENTS (name_heads))],
                      name_tails[g_rand_int_range (rand, 0, G_N_ELEMENTS (name_tails))],
                      NULL);
}

static const char *
pick (GRand       *rand,
      const char **list,
      guint        n)
{
  return list[g_rand_int_range (rand, 0, n)];
}

#define PICK(list) pick (rand, list, G_N_ELEMENTS (list))

/* One claim: a sentence of about 15–25 words. */
void
px_bench_append_claim (GString *out,
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
  const char *role = pick (claim, roles, G_N_ELEMENTS (roles));
  g_autofree char *person = invented_name (claim);
  g_autofree char *town = invented_name (claim);
  guint figure = g_rand_int_range (claim, 2, 900);

  /* Each source words the claim a little differently. */
  if (reword && g_rand_boolean (rand))
    verb = PICK (verbs);
  if (reword && g_rand_boolean (rand))
    tail = PICK (tails);

  if (reword && g_rand_boolean (rand))
    g_string_append_printf (out, "%s %s hat %s in %s %s, %s; %s %s nannte %u Betroffene.",
                            g_str_has_prefix (tail, "am") ? "Am Montag" : "Nun",
                            subject, object, town, verb, place, role, person, figure);
  else
    g_string_append_printf (out, "%s %s %s %s in %s %s, sagte %s %s, %u Menschen seien betroffen.",
                            subject, place, verb, object, town, tail, role, person, figure);
}


/**
 * px_bench_quote:
 * @rand: the generator's random source
 *
 * Returns: (transfer none): a sentence with a quotation or an attribution
 */
const char *
px_bench_quote (GRand *rand)
{
  return pick (rand, quote_sentences, G_N_ELEMENTS (quote_sentences));
}
