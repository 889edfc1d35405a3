/* px-knowledge.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-knowledge"

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <libstemmer.h>

#include "px-knowledge.h"

#define DEFAULT_WORDLIST  "/usr/share/dict/ngerman"
#define DEFAULT_THESAURUS "/usr/share/openthesaurus-de/openthesaurus.txt"
#define DEFAULT_WORDNET   "/usr/share/wordnet"

/* WordNet lists a word's senses most frequent first; the rare ones
 * ("strike" as a find of oil) would link unrelated sentences.
 */
#define WORDNET_SENSES 2

/* Synonym sets larger than this are loose associations ("Ding", "machen"),
 * not synonyms; they would link everything to everything.
 */
#define MAX_SYNSET_SIZE 24

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

/* Demonym ↔ country ↔ capital ↔ acronym, German and English forms in one
 * set. Forms are matched by stem, several words by consecutive stems.
 */
static const char *alias_sets[] = {
  "USA|US|U.S.|Vereinigte Staaten|Vereinigten Staaten|United States|America|Amerika|amerikanisch|Amerikaner|American|Americans|Washington|Weißes Haus|White House",
  "Russland|Russia|russisch|Russe|Russen|Russian|Russians|Moskau|Moscow|Kreml|Kremlin|Russische Föderation",
  "Ukraine|ukrainisch|Ukrainer|Ukrainian|Ukrainians|Kiew|Kyjiw|Kyiv|Kiev",
  "Nordkorea|North Korea|nordkoreanisch|Nordkoreaner|North Korean|North Koreans|Pjöngjang|Pyongyang|DVRK|DPRK",
  "Südkorea|South Korea|südkoreanisch|Südkoreaner|South Korean|Seoul",
  "China|chinesisch|Chinese|Peking|Beijing|Volksrepublik",
  "Deutschland|Germany|deutsch|German|Germans|Bundesrepublik|BRD|Berlin",
  "Frankreich|France|französisch|Franzosen|French|Paris|Élysée",
  "Großbritannien|Britain|Great Britain|Vereinigtes Königreich|United Kingdom|UK|britisch|Briten|British|London|Downing Street",
  "Israel|israelisch|Israelis|Israeli|Jerusalem|Tel Aviv",
  "Iran|iranisch|Iraner|Iranian|Teheran|Tehran",
  "Türkei|Turkey|Türkiye|türkisch|Türken|Turkish|Ankara",
  "Polen|Poland|polnisch|Polish|Warschau|Warsaw",
  "Italien|Italy|italienisch|Italian|Rom|Rome",
  "Spanien|Spain|spanisch|Spanish|Madrid",
  "Österreich|Austria|österreichisch|Austrian|Wien|Vienna",
  "Schweiz|Switzerland|schweizerisch|Swiss|Bern",
  "Niederlande|Netherlands|niederländisch|Dutch|Holland|Amsterdam|Den Haag|The Hague",
  "Japan|japanisch|Japanese|Tokio|Tokyo",
  "Indien|India|indisch|Indian|Neu-Delhi|New Delhi",
  "Belarus|Weißrussland|belarussisch|Belarusian|Minsk",
  "Syrien|Syria|syrisch|Syrian|Damaskus|Damascus",
  "Europäische Union|European Union|EU|europäisch|European|Brüssel|Brussels",
  "Nato|NATO|Nordatlantikpakt|North Atlantic Treaty Organization|Atlantic alliance",
  "Vereinte Nationen|Vereinten Nationen|United Nations|UN|UNO",
  "Brandenburg|brandenburgisch|Potsdam",
  "Sachsen|sächsisch|Dresden",
  "Sachsen-Anhalt|Magdeburg",
  "Bayern|Bavaria|bayerisch|Bavarian|München|Munich",
  "Niedersachsen|niedersächsisch|Hannover|Hanover",
  "Nordrhein-Westfalen|NRW|Düsseldorf",
  "Hessen|hessisch|Wiesbaden",
  "Thüringen|thüringisch|Erfurt",
  "Mecklenburg-Vorpommern|Schwerin",
  "Schleswig-Holstein|Kiel",
  "Baden-Württemberg|Stuttgart",
  "Rheinland-Pfalz|Mainz",
  "Hamburg|hamburgisch|Hamburger",
  "Bremen|bremisch",
  "Saarland|saarländisch|Saarbrücken",
  "Bundesregierung|Bundeskabinett|federal government",
  "Bundeswehr|German armed forces",
  "Technisches Hilfswerk|THW",
  "Deutsche Presse-Agentur|dpa",
  "New York Times|NYT",
};

/* The lists are looked up for every token: hash sets, built once. */
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

static GHashTable *
make_set (const char **list,
          gsize        n)
{
  GHashTable *set = g_hash_table_new (g_str_hash, g_str_equal);

  for (gsize i = 0; i < n; i++)
    g_hash_table_add (set, (gpointer)list[i]);
  return set;
}

static GHashTable **
load_lists (gpointer data);

static gboolean
in_list (const char *word,
         guint       list)
{
  static GOnce once = G_ONCE_INIT;
  GHashTable **sets;

  g_once (&once, (GThreadFunc)load_lists, NULL);
  sets = once.retval;
  return g_hash_table_contains (sets[list], word);
}

static gboolean
is_german (const char *language)
{
  return language == NULL || g_str_has_prefix (language, "de");
}

#define MAKE_SET(l) make_set (l, G_N_ELEMENTS (l))

static GHashTable **
load_lists (gpointer data)
{
  GHashTable **sets = g_new0 (GHashTable *, N_LISTS);

  sets[LIST_STOP_DE] = MAKE_SET (stop_de);
  sets[LIST_STOP_EN] = MAKE_SET (stop_en);
  sets[LIST_DETERMINERS_DE] = MAKE_SET (determiners_de);
  sets[LIST_DETERMINERS_EN] = MAKE_SET (determiners_en);
  sets[LIST_PREPOSITIONS_DE] = MAKE_SET (prepositions_de);
  sets[LIST_REPORTING_DE] = MAKE_SET (reporting_de);
  sets[LIST_REPORTING_EN] = MAKE_SET (reporting_en);
  return sets;
}

gboolean
px_knowledge_is_stop_word (const char *language,
                           const char *lower)
{
  g_return_val_if_fail (lower != NULL, FALSE);

  return is_german (language) ? in_list (lower, LIST_STOP_DE) : in_list (lower, LIST_STOP_EN);
}

gboolean
px_knowledge_is_determiner (const char *language,
                            const char *lower)
{
  g_return_val_if_fail (lower != NULL, FALSE);

  return is_german (language) ? in_list (lower, LIST_DETERMINERS_DE) : in_list (lower, LIST_DETERMINERS_EN);
}

gboolean
px_knowledge_is_preposition (const char *language,
                             const char *lower)
{
  g_return_val_if_fail (lower != NULL, FALSE);

  return is_german (language) && in_list (lower, LIST_PREPOSITIONS_DE);
}

gboolean
px_knowledge_is_reporting_verb (const char *language,
                                const char *lower)
{
  g_return_val_if_fail (lower != NULL, FALSE);

  return is_german (language) ? in_list (lower, LIST_REPORTING_DE) : in_list (lower, LIST_REPORTING_EN);
}

static const char *
path_from_env (const char *variable,
               const char *fallback)
{
  const char *value = g_getenv (variable);

  return value != NULL ? value : fallback;
}

/* The word list (wngerman): one word per line, ~350,000 lines. */
static GHashTable *
load_wordlist (gpointer data)
{
  const char *path = path_from_env ("PARALLAX_WORDLIST", DEFAULT_WORDLIST);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  GHashTable *words;
  char *line, *next;

  if (path[0] == '\0' || !g_file_get_contents (path, &contents, NULL, &error))
    {
      g_debug ("German word list unavailable (%s): compounds are not split",
               error ? error->message : "disabled");
      return NULL;
    }

  words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (line = contents; line != NULL && *line != '\0'; line = next)
    {
      next = strchr (line, '\n');
      if (next != NULL)
        *next++ = '\0';
      if (*line == '\0' || !g_utf8_validate (line, -1, NULL))
        continue;
      g_hash_table_add (words, g_strdup (line));
    }
  g_debug ("Loaded %u words from %s", g_hash_table_size (words), path);
  return words;
}

static GHashTable *
get_wordlist (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, (GThreadFunc)load_wordlist, NULL);
  return once.retval;
}

gboolean
px_knowledge_has_dictionary (void)
{
  return get_wordlist () != NULL;
}

/* The list keeps German capitalisation: nouns and names start upper-case. */
static gboolean
has_capitalised (GHashTable *words,
                 const char *lower)
{
  gunichar first = g_utf8_get_char (lower);
  char buffer[8];
  g_autofree char *capitalised = NULL;
  int n;

  n = g_unichar_to_utf8 (g_unichar_totitle (first), buffer);
  capitalised = g_malloc (n + strlen (g_utf8_next_char (lower)) + 1);
  memcpy (capitalised, buffer, n);
  strcpy (capitalised + n, g_utf8_next_char (lower));
  return g_hash_table_contains (words, capitalised);
}

/**
 * px_knowledge_is_word:
 * @lower: a lower-case word
 *
 * Returns: whether the German word list has the word, in lower case or
 *   capitalised
 */
gboolean
px_knowledge_is_word (const char *lower)
{
  GHashTable *words = get_wordlist ();

  return words != NULL && (g_hash_table_contains (words, lower) || has_capitalised (words, lower));
}

/**
 * px_knowledge_is_lower_case_word:
 * @lower: a lower-case word
 *
 * Returns: whether the German word list has the word written in lower case
 *   (verbs, adjectives, function words), which tells a capitalised word at
 *   the start of a sentence from a noun or a name
 */
gboolean
px_knowledge_is_lower_case_word (const char *lower)
{
  GHashTable *words = get_wordlist ();

  return words != NULL && g_hash_table_contains (words, lower);
}

/* Removes parenthesised notes ("(ugs.)", "(sein)") and surrounding space. */
static char *
clean_thesaurus_entry (const char *entry)
{
  GString *out = g_string_new (NULL);
  int depth = 0;

  for (const char *p = entry; *p != '\0'; p++)
    {
      if (*p == '(')
        depth++;
      else if (*p == ')')
        depth = MAX (depth - 1, 0);
      else if (depth == 0)
        g_string_append_c (out, *p);
    }
  g_strstrip (out->str);
  out->len = strlen (out->str);
  return g_string_free (out, FALSE);
}

static void
free_array (gpointer data)
{
  g_array_unref (data);
}

/* OpenThesaurus text export: one synonym set per line, entries separated by
 * ';'. Each single-word entry is stemmed with the German Snowball stemmer
 * and mapped to the ids of the sets it belongs to.
 */
typedef struct
{
  GHashTable *words;    /* stem → GArray of set ids */
  GHashTable *phrases;  /* "stem stem" → GArray of set ids */
} Thesaurus;

/* The set ids @table lists for @prefix followed by @first (and, for
 * phrases, a space and @second); both thesauri are looked up this way.
 */
static const guint32 *
lookup_sets (GHashTable *table,
             const char *prefix,
             const char *first,
             const char *second,
             guint      *n_sets)
{
  g_autofree char *key = NULL;
  GArray *ids;

  *n_sets = 0;
  if (table == NULL)
    return NULL;
  key = second != NULL ? g_strconcat (prefix, first, " ", second, NULL)
                       : g_strconcat (prefix, first, NULL);
  if ((ids = g_hash_table_lookup (table, key)) == NULL)
    return NULL;
  *n_sets = ids->len;
  return (const guint32 *)(gpointer)ids->data;
}

static void
add_set_id (GHashTable *table,
            char       *key,
            guint32     set_id)
{
  GArray *ids;

  if ((ids = g_hash_table_lookup (table, key)) == NULL)
    {
      ids = g_array_new (FALSE, FALSE, sizeof (guint32));
      g_hash_table_insert (table, key, ids);
    }
  else
    g_free (key);
  if (ids->len == 0 || g_array_index (ids, guint32, ids->len - 1) != set_id)
    g_array_append_val (ids, set_id);
}

static char *
stem_word (struct sb_stemmer *stemmer,
           const char        *word)
{
  g_autofree char *lower = g_utf8_strdown (word, -1);
  const sb_symbol *stem = sb_stemmer_stem (stemmer, (const sb_symbol *)lower, strlen (lower));

  if (stem == NULL)
    return NULL;
  return g_strndup ((const char *)stem, sb_stemmer_length (stemmer));
}

static Thesaurus *
load_thesaurus (gpointer data)
{
  const char *path = path_from_env ("PARALLAX_THESAURUS", DEFAULT_THESAURUS);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  struct sb_stemmer *stemmer;
  GHashTable *sets, *phrases;
  Thesaurus *thesaurus;
  char *line, *next;
  guint32 set_id = 0;

  if (path[0] == '\0' || !g_file_get_contents (path, &contents, NULL, &error))
    {
      g_debug ("German thesaurus unavailable (%s): no synonym matching",
               error ? error->message : "disabled");
      return NULL;
    }

  if ((stemmer = sb_stemmer_new ("german", NULL)) == NULL)
    return NULL;

  sets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, free_array);
  phrases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, free_array);
  for (line = contents; line != NULL && *line != '\0'; line = next)
    {
      g_auto(GStrv) entries = NULL;
      guint n;

      next = strchr (line, '\n');
      if (next != NULL)
        *next++ = '\0';
      if (*line == '#' || *line == '\0' || !g_utf8_validate (line, -1, NULL))
        continue;

      entries = g_strsplit (line, ";", -1);
      n = g_strv_length (entries);
      set_id++;
      if (n < 2 || n > MAX_SYNSET_SIZE)
        continue;

      for (guint i = 0; i < n; i++)
        {
          g_autofree char *clean = clean_thesaurus_entry (entries[i]);
          char *key;

          if (clean[0] == '\0' || strchr (clean, '.') != NULL)
            continue;
          if (strchr (clean, ' ') != NULL)
            {
              /* Short phrases ("grünes Licht geben") are matched by their
               * first two words, which is what carries them.
               */
              g_auto(GStrv) words = g_strsplit (clean, " ", -1);
              g_autofree char *first = NULL;
              g_autofree char *second = NULL;

              if (g_strv_length (words) > 3 || words[0][0] == '\0' || words[1][0] == '\0' ||
                  px_knowledge_is_stop_word ("de", words[0]) ||
                  px_knowledge_is_stop_word ("de", words[1]))
                continue;
              first = stem_word (stemmer, words[0]);
              second = stem_word (stemmer, words[1]);
              if (first == NULL || second == NULL)
                continue;
              add_set_id (phrases, g_strconcat (first, " ", second, NULL), set_id);
              continue;
            }
          if ((key = stem_word (stemmer, clean)) == NULL)
            continue;
          /* German case tells nouns ("Stand") from other words ("stand"). */
          add_set_id (sets, g_strconcat (g_unichar_isupper (g_utf8_get_char (clean)) ? "N" : "w",
                                         key, NULL), set_id);
          g_free (key);
        }
    }
  sb_stemmer_delete (stemmer);
  g_debug ("Loaded %u thesaurus stems and %u phrases from %s",
           g_hash_table_size (sets), g_hash_table_size (phrases), path);
  thesaurus = g_new0 (Thesaurus, 1);
  thesaurus->words = sets;
  thesaurus->phrases = phrases;
  return thesaurus;
}

static Thesaurus *
get_thesaurus (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, (GThreadFunc)load_thesaurus, NULL);
  return once.retval;
}

gboolean
px_knowledge_has_thesaurus (void)
{
  return get_thesaurus () != NULL;
}

/**
 * px_knowledge_phrase_synonym_sets:
 * @first: German stem of a phrase's first word
 * @second: stem of its second word
 * @n_sets: (out): number of set ids returned
 *
 * Returns: (transfer none) (nullable): ids of the synonym sets that list a
 *   phrase starting with these two words ("grünes Licht (geben)")
 */
const guint32 *
px_knowledge_phrase_synonym_sets (const char *first,
                                  const char *second,
                                  guint      *n_sets)
{
  Thesaurus *thesaurus = get_thesaurus ();

  return lookup_sets (thesaurus ? thesaurus->phrases : NULL, "", first, second, n_sets);
}

/**
 * px_knowledge_synonym_sets:
 * @stem: a German Snowball stem
 * @word_class: whether the word was written as a noun (capitalised)
 * @n_sets: (out): number of set ids returned
 *
 * Returns: (transfer none) (nullable): ids of the synonym sets the stem is in
 */
const guint32 *
px_knowledge_synonym_sets (const char      *stem,
                           PxWordClass      word_class,
                           guint           *n_sets)
{
  Thesaurus *thesaurus = get_thesaurus ();
  GHashTable *words = thesaurus ? thesaurus->words : NULL;
  const guint32 *ids = NULL;

  *n_sets = 0;
  if (word_class != PX_WORD_OTHER)
    ids = lookup_sets (words, "N", stem, NULL, n_sets);
  if (ids == NULL && word_class != PX_WORD_NOUN)
    ids = lookup_sets (words, "w", stem, NULL, n_sets);
  return ids;
}

/* English synonyms from WordNet (Debian's wordnet-base), read from the
 * index files: two words are synonyms when one of their most frequent
 * senses is the same synset. Hypernyms would let "walkout" meet "strike",
 * but they also join "criticise" and "comment"; measured, they cost more
 * than they bring.
 */
static guint32
wordnet_set_id (GHashTable *ids,
                char        pos,
                const char *offset)
{
  g_autofree char *key = g_strdup_printf ("%c%s", pos, offset);
  gpointer id;

  if (!g_hash_table_lookup_extended (ids, key, NULL, &id))
    {
      /* Above the line numbers OpenThesaurus uses as set ids. */
      id = GUINT_TO_POINTER (0x01000000u + g_hash_table_size (ids));
      g_hash_table_insert (ids, g_steal_pointer (&key), id);
    }
  return GPOINTER_TO_UINT (id);
}

static void
load_wordnet_part (const char        *dir,
                   const char        *part,
                   char               pos,
                   struct sb_stemmer *stemmer,
                   Thesaurus         *wordnet,
                   GHashTable        *ids)
{
  g_autofree char *index_path = g_strdup_printf ("%s/index.%s", dir, part);
  g_autofree char *contents = NULL;
  char *line, *next;

  if (!g_file_get_contents (index_path, &contents, NULL, NULL))
    return;

  for (line = contents; line != NULL && *line != '\0'; line = next)
    {
      g_auto(GStrv) fields = NULL;
      guint n_fields, n_synsets, n_pointers, first;
      g_auto(GStrv) words = NULL;
      g_autofree char *key = NULL;
      gboolean phrase;

      next = strchr (line, '\n');
      if (next != NULL)
        *next++ = '\0';
      /* The licence header is indented. */
      if (*line == ' ' || *line == '\0')
        continue;

      fields = g_strsplit (line, " ", -1);
      n_fields = g_strv_length (fields);
      if (n_fields < 6)
        continue;
      n_synsets = atoi (fields[2]);
      n_pointers = atoi (fields[3]);
      first = 4 + n_pointers + 2;
      if (first + n_synsets > n_fields)
        continue;

      words = g_strsplit (fields[0], "_", -1);
      phrase = words[1] != NULL;
      if (phrase)
        {
          g_autofree char *a = NULL;
          g_autofree char *b = NULL;

          if (g_strv_length (words) > 3 || px_knowledge_is_stop_word ("en", words[0]) ||
              px_knowledge_is_stop_word ("en", words[1]))
            continue;
          a = stem_word (stemmer, words[0]);
          b = stem_word (stemmer, words[1]);
          if (a == NULL || b == NULL)
            continue;
          key = g_strconcat (a, " ", b, NULL);
        }
      else
        {
          g_autofree char *stem = stem_word (stemmer, words[0]);

          if (stem == NULL)
            continue;
          key = g_strconcat ("e", stem, NULL);
        }

      for (guint k = 0; k < MIN (n_synsets, WORDNET_SENSES); k++)
        add_set_id (phrase ? wordnet->phrases : wordnet->words, g_strdup (key),
                    wordnet_set_id (ids, pos, fields[first + k]));
    }
}

static Thesaurus *
load_wordnet (gpointer data)
{
  const char *dir = path_from_env ("PARALLAX_WORDNET", DEFAULT_WORDNET);
  g_autofree char *probe = g_build_filename (dir, "index.noun", NULL);
  g_autoptr(GHashTable) ids = NULL;
  struct sb_stemmer *stemmer;
  Thesaurus *wordnet;

  if (dir[0] == '\0' || !g_file_test (probe, G_FILE_TEST_IS_REGULAR))
    {
      g_debug ("WordNet unavailable (%s): no English synonym matching", dir);
      return NULL;
    }
  if ((stemmer = sb_stemmer_new ("english", NULL)) == NULL)
    return NULL;

  ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  wordnet = g_new0 (Thesaurus, 1);
  wordnet->words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, free_array);
  wordnet->phrases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, free_array);
  load_wordnet_part (dir, "noun", 'n', stemmer, wordnet, ids);
  load_wordnet_part (dir, "verb", 'v', stemmer, wordnet, ids);
  load_wordnet_part (dir, "adj", 'a', stemmer, wordnet, ids);
  load_wordnet_part (dir, "adv", 'r', stemmer, wordnet, ids);
  sb_stemmer_delete (stemmer);
  g_debug ("Loaded %u WordNet stems and %u phrases from %s",
           g_hash_table_size (wordnet->words), g_hash_table_size (wordnet->phrases), dir);
  return wordnet;
}

static Thesaurus *
get_wordnet (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, (GThreadFunc)load_wordnet, NULL);
  return once.retval;
}

/**
 * px_knowledge_has_wordnet:
 *
 * Returns: whether English synonyms are available
 */
gboolean
px_knowledge_has_wordnet (void)
{
  return get_wordnet () != NULL;
}

/**
 * px_knowledge_english_synonym_sets:
 * @stem: an English Snowball stem
 * @n_sets: (out): number of set ids returned
 *
 * Returns: (transfer none) (nullable): ids of the WordNet synsets of the
 *   stem's most frequent senses
 */
const guint32 *
px_knowledge_english_synonym_sets (const char *stem,
                                   guint      *n_sets)
{
  Thesaurus *wordnet = get_wordnet ();

  return lookup_sets (wordnet ? wordnet->words : NULL, "e", stem, NULL, n_sets);
}

/**
 * px_knowledge_english_phrase_synonym_sets:
 * @first: English stem of a phrase's first word
 * @second: stem of its second word
 * @n_sets: (out): number of set ids returned
 *
 * Returns: (transfer none) (nullable): ids of the synsets of a WordNet
 *   phrase starting with these two words ("work stoppage")
 */
const guint32 *
px_knowledge_english_phrase_synonym_sets (const char *first,
                                          const char *second,
                                          guint      *n_sets)
{
  Thesaurus *wordnet = get_wordnet ();

  return lookup_sets (wordnet ? wordnet->phrases : NULL, "", first, second, n_sets);
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

typedef struct
{
  GHashTable *de;
  GHashTable *en;
} AliasTables;

static void
add_alias_forms (GHashTable        *table,
                 struct sb_stemmer *stemmer,
                 const char        *set,
                 guint              id)
{
  g_auto(GStrv) forms = g_strsplit (set, "|", -1);

  for (guint i = 0; forms[i] != NULL; i++)
    {
      g_autofree char *lower = g_utf8_strdown (forms[i], -1);
      g_auto(GStrv) words = g_strsplit_set (lower, " -", -1);
      GString *key = g_string_new (NULL);

      for (guint w = 0; words[w] != NULL; w++)
        {
          const sb_symbol *stem;

          if (words[w][0] == '\0')
            continue;
          stem = sb_stemmer_stem (stemmer, (const sb_symbol *)words[w], strlen (words[w]));
          if (key->len > 0)
            g_string_append_c (key, ' ');
          g_string_append_len (key, (const char *)stem, sb_stemmer_length (stemmer));
        }
      g_hash_table_insert (table, g_string_free (key, FALSE), GUINT_TO_POINTER (id));
    }
}

static AliasTables *
load_aliases (gpointer data)
{
  AliasTables *tables = g_new0 (AliasTables, 1);
  struct sb_stemmer *de = sb_stemmer_new ("german", NULL);
  struct sb_stemmer *en = sb_stemmer_new ("english", NULL);

  tables->de = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  tables->en = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (alias_sets); i++)
    {
      add_alias_forms (tables->de, de, alias_sets[i], i + 1);
      add_alias_forms (tables->en, en, alias_sets[i], i + 1);
    }
  sb_stemmer_delete (de);
  sb_stemmer_delete (en);
  return tables;
}

/**
 * px_knowledge_alias:
 * @language: "de" or "en"
 * @key: a stem, or several stems joined by single spaces
 *
 * Returns: the alias set id (1-based), or 0 when @key is no known alias
 */
guint
px_knowledge_alias (const char *language,
                    const char *key)
{
  static GOnce once = G_ONCE_INIT;
  AliasTables *tables;

  g_once (&once, (GThreadFunc)load_aliases, NULL);
  tables = once.retval;
  return GPOINTER_TO_UINT (g_hash_table_lookup (is_german (language) ? tables->de : tables->en,
                                                key));
}

/**
 * px_knowledge_alias_name:
 * @alias: an id from px_knowledge_alias()
 *
 * Returns: (transfer none): the first form of the set, for explanations
 */
const char *
px_knowledge_alias_name (guint alias)
{
  static char *names[G_N_ELEMENTS (alias_sets)];
  static gsize initialised = 0;

  g_return_val_if_fail (alias >= 1 && alias <= G_N_ELEMENTS (alias_sets), NULL);

  if (g_once_init_enter (&initialised))
    {
      for (guint i = 0; i < G_N_ELEMENTS (alias_sets); i++)
        names[i] = g_strndup (alias_sets[i], strcspn (alias_sets[i], "|"));
      g_once_init_leave (&initialised, 1);
    }
  return names[alias - 1];
}
