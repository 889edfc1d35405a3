/* px-word-lists.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-word-lists"

#include "config.h"

#include <string.h>

#include "px-knowledge-private.h"

/* The small lists are ours and compiled in: stop words, determiners,
 * prepositions, reporting verbs and month names.
 */

static const char *stop_de[] = {
  "aber", "alle", "allem", "allen", "aller", "alles", "als", "also", "am", "an", "ander",
  "andere", "anderen", "anderem", "anderer", "anderes", "auch", "auf", "aus", "bei", "beim",
  "bereits", "bin", "bis", "bisher", "bist", "da", "dabei", "dadurch", "dafür", "dagegen",
  "daher", "damit", "danach", "dann", "daran", "darauf", "darin", "darüber", "darum", "das",
  "dass", "daß", "davon", "dazu", "dem", "den", "denen", "denn", "der", "deren", "des",
  "dessen", "deshalb", "die", "dies", "diese", "diesem", "diesen", "dieser", "dieses", "doch",
  "dort", "du", "durch", "ein", "eine", "einem", "einen", "einer", "eines", "einige",
  "einigen", "einiger", "er", "es", "etwa", "etwas", "euch", "euer", "für", "gegen", "gewesen",
  "hab", "habe", "haben", "hat", "hatte", "hatten", "hätte", "hätten", "hier", "hin", "hinter",
  "ich", "ihm", "ihn", "ihnen", "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres", "im", "in",
  "indem", "ins", "ist", "ja", "je", "jedoch", "jetzt", "kann", "kein", "keine", "keinem",
  "keinen", "keiner", "können", "könne", "könnte", "könnten", "man", "mehr", "mein", "meine",
  "mit", "muss", "musste", "müssen", "nach", "nachdem", "neben", "nicht", "noch", "nun",
  "nur", "ob", "oder", "ohne", "per", "schon", "sehr", "sei", "seien", "sein", "seine",
  "seinem", "seinen", "seiner", "seines", "seit", "sich", "sie", "sind", "so", "sodass",
  "solche", "soll", "sollen", "sollte", "sollten", "sowie", "später", "über", "um", "und",
  "uns", "unser", "unter", "vom", "von", "vor", "war", "waren", "wäre", "wären", "was",
  "weil", "weiter", "welche", "welchem", "welchen", "welcher", "wenn", "wer", "werde",
  "werden", "wie", "wieder", "will", "wir", "wird", "wurde", "wurden", "würde", "würden",
  "zu", "zum", "zur", "zwar", "zwischen", "worden", "wollen", "wolle", "wollte", "wollten",
  "dürfen", "darf", "dürfe", "dürfte", "mag", "mögen", "möchte", "laut", "zufolge", "demnach",
  "sowohl", "weder", "sondern", "bislang", "heißt", "hieß", "dies", "jene", "jener", "jenem",
  "jenen", "zudem", "außerdem", "ebenfalls", "allerdings", "derzeit", "inzwischen", "selbst",
  "zunächst", "gegenüber", "innerhalb", "während", "wegen", "trotz", "ab", "gab", "gibt",
  "geben", "immer", "wo", "woher", "wohin", "darunter", "dem", "einst", "eben", "ganz",
  "gar", "gerade", "hierbei", "mal", "mehrere", "mehreren", "viel", "viele", "vielen",
  "wenig", "wenige", "wenigen", "nichts", "neu", "neue", "neuen", "neuer", "neues",
  /* Particles and sentence adverbs: they frame a claim, they do not make it. */
  "dann", "zuletzt", "erst", "vorerst", "offenbar", "wohl", "rund", "ca", "lediglich",
  "insgesamt", "besonders", "vor", "allem", "heute", "gestern", "dort", "hier", "damals",
  "nun", "bislang", "zunächst", "weiterhin", "ebenso", "genau", "überwiegend", "vorwiegend",
  "tatsächlich", "eigentlich", "jedenfalls", "sowieso", "bzw", "u", "a", "z", "b",
  "usw", "etc", "sondern", "sei", "seien", "wäre", "habe", "hätten",
};

static const char *stop_en[] = {
  "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
  "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
  "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few",
  "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
  "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its",
  "itself", "just", "may", "me", "might", "more", "most", "must", "my", "no", "nor", "not",
  "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over",
  "own", "same", "shall", "she", "should", "so", "some", "such", "than", "that", "the",
  "their", "theirs", "them", "then", "there", "these", "they", "this", "those", "through",
  "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where",
  "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yet",
  "already", "still", "according", "per", "via", "its", "it's", "amid", "among", "upon",
  "within", "without", "would", "however", "since", "though", "although", "whether",
  "new", "many", "much", "several", "s", "’s", "'s",
  /* Particles and sentence adverbs. */
  "then", "now", "today", "yesterday", "there", "here", "around", "about", "approximately",
  "approx", "roughly", "only", "even", "mostly", "largely", "especially", "particularly",
  "also", "meanwhile", "instead", "rather", "far",
};

static const char *determiners_de[] = {
  "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
  "kein", "keine", "keinen", "keinem", "keiner", "keines", "dieser", "diese", "diesen",
  "diesem", "dieses", "jeder", "jede", "jeden", "jedem", "jedes", "sein", "seine", "seinen",
  "seinem", "seiner", "seines", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", "unser",
  "unsere", "unseren", "unserem", "unserer", "im", "am", "zum", "zur", "vom", "beim", "ins",
  "welche", "welcher", "welchen", "welchem", "alle", "allen", "aller", "mehrere", "viele",
  "vielen", "einige", "einigen", "wenige", "wenigen", "beide", "beiden",
};

static const char *prepositions_de[] = {
  "ab", "an", "auf", "aus", "bei", "bis", "durch", "für", "gegen", "hinter", "in", "mit",
  "nach", "neben", "ohne", "seit", "über", "um", "unter", "von", "vor", "wegen", "zu",
  "zwischen", "trotz", "binnen", "gegenüber", "laut", "samt", "statt", "während", "per",
};

static const char *determiners_en[] = {
  "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
  "my", "your", "every", "each", "some", "any", "no",
};

/* Attribution cues: who said it is compared elsewhere; the claim is the
 * rest of the sentence.
 */
static const char *reporting_de[] = {
  "sagte", "sagt", "sagten", "gesagt", "berichtet", "berichtete", "berichteten", "berichten",
  "erklärte", "erklärt", "erklärten", "teilte", "teilt", "mitgeteilt", "hieß", "heißt",
  "meldet", "meldete", "meldeten", "betonte", "betont", "sagen", "so", "zufolge", "laut",
  "unter", "berufung", "schreibt", "schrieb", "schreiben", "äußerte", "äußert", "informiert",
  "informierte", "angaben", "auskunft", "bestätigte", "sprecher", "sprecherin",
};

static const char *reporting_en[] = {
  "said", "says", "say", "told", "tells", "reported", "reports", "report", "according",
  "stated", "states", "added", "announced", "confirmed", "citing", "cited", "wrote", "writes",
  "spokesman", "spokeswoman", "spokesperson", "claimed", "claims", "noted",
};

/* The lists are looked up for every token: hash sets, each built the first
 * time its language asks.
 */
enum {
  LIST_STOP_DE,
  LIST_STOP_EN,
  LIST_DETERMINERS_DE,
  LIST_DETERMINERS_EN,
  LIST_PREPOSITIONS_DE,
  LIST_REPORTING_DE,
  LIST_REPORTING_EN,
  N_LISTS
};

typedef struct
{
  const char **words;
  gsize        n_words;
} List;

#define LIST(l) { l, G_N_ELEMENTS (l) }

static const List lists[N_LISTS] = {
  [LIST_STOP_DE] = LIST (stop_de),
  [LIST_STOP_EN] = LIST (stop_en),
  [LIST_DETERMINERS_DE] = LIST (determiners_de),
  [LIST_DETERMINERS_EN] = LIST (determiners_en),
  [LIST_PREPOSITIONS_DE] = LIST (prepositions_de),
  [LIST_REPORTING_DE] = LIST (reporting_de),
  [LIST_REPORTING_EN] = LIST (reporting_en),
};

static gpointer
make_set (gpointer data)
{
  const List *list = data;
  GHashTable *set = g_hash_table_new (g_str_hash, g_str_equal);

  for (gsize i = 0; i < list->n_words; i++)
    g_hash_table_add (set, (gpointer)list->words[i]);
  return set;
}

static gboolean
in_list (const char *word,
         guint       list)
{
  static GOnce once[N_LISTS] = { G_ONCE_INIT, G_ONCE_INIT, G_ONCE_INIT, G_ONCE_INIT,
                                 G_ONCE_INIT, G_ONCE_INIT, G_ONCE_INIT };

  G_STATIC_ASSERT (G_N_ELEMENTS (once) == N_LISTS);

  return g_hash_table_contains (g_once (&once[list], make_set, (gpointer)&lists[list]), word);
}

gboolean
px_knowledge_is_stop_word (const char *language,
                           const char *lower)
{
  g_return_val_if_fail (lower != NULL, FALSE);

  return _px_knowledge_is_german (language) ? in_list (lower, LIST_STOP_DE)
                                            : in_list (lower, LIST_STOP_EN);
}

gboolean
px_knowledge_is_determiner (const char *language,
                            const char *lower)
{
  g_return_val_if_fail (lower != NULL, FALSE);

  return _px_knowledge_is_german (language) ? in_list (lower, LIST_DETERMINERS_DE)
                                            : in_list (lower, LIST_DETERMINERS_EN);
}

gboolean
px_knowledge_is_preposition (const char *language,
                             const char *lower)
{
  g_return_val_if_fail (lower != NULL, FALSE);

  return _px_knowledge_is_german (language) && in_list (lower, LIST_PREPOSITIONS_DE);
}

gboolean
px_knowledge_is_reporting_verb (const char *language,
                                const char *lower)
{
  g_return_val_if_fail (lower != NULL, FALSE);

  return _px_knowledge_is_german (language) ? in_list (lower, LIST_REPORTING_DE)
                                            : in_list (lower, LIST_REPORTING_EN);
}

/**
 * px_knowledge_month:
 * @lower: a lower-case word
 *
 * Months are written out, abbreviated AP style ("Nov. 24") or in German;
 * forms that are also common words ("may", "march") or first names
 * ("jan") are not read as months.
 *
 * Returns: the month (1–12) @lower names, or 0
 */
guint
px_knowledge_month (const char *lower)
{
  static const char * const months[] = {
    "januar|jänner|january", "februar|february|feb", "märz|mrz", "april|apr",
    "mai", "juni|june", "juli|july", "august|aug", "september|sept|sep",
    "oktober|october|oct|okt", "november|nov", "dezember|december|dec|dez",
  };
  gsize len = strlen (lower);

  if (len < 3 || len > 9)
    return 0;
  for (guint m = 0; m < G_N_ELEMENTS (months); m++)
    {
      const char *p = months[m];

      while (p != NULL)
        {
          const char *bar = strchr (p, '|');
          gsize n = bar != NULL ? (gsize)(bar - p) : strlen (p);

          if (n == len && strncmp (p, lower, n) == 0)
            return m + 1;
          p = bar != NULL ? bar + 1 : NULL;
        }
    }
  return 0;
}
