/* px-attribution-cues.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-attribution-cues"

#include "config.h"

#include <string.h>

#include "px-attribution-cues-private.h"

/* Word lists. They are ours, written for news in general. */

static const char * const articles[] = {
  "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines",
  "einem", "einen", "dieser", "diese", "dieses", "diesem", "diesen", "dessen",
  "deren", "jener", "jene", "sein", "seine", "seiner", "ihr", "ihre", "ihrer",
  "the", "a", "an", "this", "these", "those", "its", "his", "her", "their",
  NULL
};

static const char * const quantifiers[] = {
  "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn",
  "mehrere", "einige", "viele", "zahlreiche", "beide", "weitere", "andere",
  "two", "three", "four", "five", "six", "several", "some", "many",
  "multiple", "numerous", "both", "other", "senior", "nicht",
  NULL
};

static const char * const prepositions[] = {
  "am", "im", "in", "an", "auf", "aus", "bei", "mit", "nach", "von", "vom",
  "zum", "zur", "über", "unter", "für", "gegen", "seit", "während", "wegen",
  "gegenüber", "durch", "ohne", "um", "bis", "vor", "beim", "ins",
  "at", "on", "from", "by", "for", "to", "into", "after", "before", "during",
  NULL
};

static const char * const auxiliaries[] = {
  "hat", "haben", "hatte", "hatten", "ist", "sind", "war", "waren", "wird",
  "werden", "wurde", "wurden", "soll", "sollen", "sollte", "sollten", "kann",
  "können", "konnte", "konnten", "muss", "müssen", "musste", "mussten",
  "will", "wollen", "wollte", "wollten", "möchte", "möchten", "darf",
  "dürfen", "durfte", "habe", "sei", "seien", "werde", "würde", "würden",
  "könnte", "könnten", "dürfte", "dürften", "hätte", "hätten", "wäre",
  "wären", "zu", "is", "are", "was", "were", "has", "have", "had", "will",
  "would", "could", "should", "may", "might", "must", "can", "did", "does",
  NULL
};

static const char * const clause_words[] = {
  "dass", "und", "aber", "weil", "wie", "denn", "doch", "sondern", "oder",
  "als", "ob", "während", "nachdem", "obwohl", "wobei", "that", "and", "but",
  "as", "because", "while", "whereas", "although", "or",
  NULL
};

static const char * const gap_words[] = {
  "unter", "auch", "am", "bereits", "nun", "übereinstimmend", "zudem",
  "außerdem", "jedoch", "aber", "zuvor", "heute", "gestern", "dazu",
  "gegenüber", "exklusiv", "zunächst", "erneut", "zuletzt", "schon",
  "ebenfalls", "inzwischen", "mittlerweile", "dann", "später", "noch",
  "also", "on", "in", "late", "earlier", "later", "citing", "quoting",
  NULL
};

static const char * const adverbs_after_verb[] = {
  "exklusiv", "auch", "außerdem", "zudem", "jedoch", "aber", "bereits", "nun",
  "dazu", "heute", "gestern", "zuletzt", "zunächst", "erneut", "noch",
  "ebenfalls", "dann", "später", "schon", "weiter", "wörtlich", "übereinstimmend",
  "inzwischen", "mittlerweile", "damals", "zuvor", "später",
  NULL
};

static const char * const konjunktiv[] = {
  "sei", "seien", "habe", "werde", "solle", "könne", "müsse", "gebe",
  "wolle", "dürfe", "liege", "bleibe", "stehe", "komme", "gehe", "gelte",
  "sehe", "wisse", "lasse", "brauche", "erwarte", "plane", "hoffe", "fehle",
  "drohe", "reiche", "halte",
  NULL
};

/* The forms that carry reported speech where Konjunktiv I would look like
 * the indicative ("sie hätten", "es würde"), and English backshift ("they
 * had", "it would"): indirect speech only next to a reporting verb.
 */
static const char * const backshift[] = {
  "hätte", "hätten", "wäre", "wären", "würde", "würden",
  "would", "could", "had", "was", "were", "might", "should",
  NULL
};

/* German reporting verbs by weak stem: the finite forms are derived. */
static const char * const weak_stems[] = {
  "sag", "erklär", "warn", "meld", "bestätig", "beton", "versicher",
  "forder", "schimpf", "kritisier", "ergänz", "zitier", "behaupt", "erläuter",
  "bekräftig", "mahn", "verkünd", "dementier", "antwort", "entgegn",
  "beklag", "argumentier", "bericht", "schätz", "bilanzier", "resümier",
  "präzisier", "berichtig", "bestritt", "beteuer", "räum:ein", "füg:hinzu",
  "teil:mit", "kündig:an", "rechn:damit", "stell:fest", "räum:ein",
  "leg:nahe", "gab:an",
  NULL
};

/* Strong and irregular forms, with a separable particle after a colon. */
static const char * const strong_forms[] = {
  "schreibt", "schrieb", "schrieben", "schreiben", "bestreitet", "bestritt",
  "unterstrich", "unterstreicht", "hieß:es", "heißt:es", "hiess:es",
  "weist:hin", "wies:hin", "gibt:bekannt", "gab:bekannt", "gaben:bekannt",
  "geben:bekannt", "geht:davon", "ging:davon", "gehen:davon", "spricht:von",
  "gibt:an", "gab:an", "gaben:an", "verwies:darauf", "verweist:darauf",
  "said", "says", "say", "told", "tells", "tell", "reported", "reports",
  "wrote", "writes", "stated", "states", "confirmed", "confirms", "announced",
  "announces", "added", "adds", "warned", "warns", "explained", "explains",
  "noted", "notes", "insisted", "insists", "claimed", "claims", "argued",
  "argues", "acknowledged", "disclosed", "revealed", "stressed",
  "emphasized", "emphasised", "reiterated", "admitted",
  NULL
};

static const char * const female_names[] = {
  "Anna", "Anja", "Petra", "Heike", "Gisela", "Sabine", "Susanne", "Claudia",
  "Andrea", "Julia", "Katrin", "Kathrin", "Christine", "Monika", "Ursula",
  "Angela", "Annalena", "Nancy", "Svenja", "Franziska", "Karin", "Birgit",
  "Ingrid", "Renate", "Maria", "Marie", "Sarah", "Sara", "Laura", "Lisa",
  "Lena", "Jana", "Nina", "Eva", "Ulrike", "Barbara", "Martina", "Manuela",
  "Stefanie", "Simone", "Sandra", "Nadine", "Tanja", "Silke", "Kerstin",
  "Doris", "Helga", "Gabriele", "Elke", "Jutta", "Sabrina", "Emily", "Emma",
  "Jane", "Mary", "Elizabeth", "Hillary", "Kamala", "Giorgia", "Marine",
  "Jennifer", "Jessica", "Linda", "Susan", "Karen", "Michelle", "Olena",
  "Julija", "Iryna", "Kristalina", "Roberta", "Kaja", "Katarina", "Ricarda",
  "Saskia", "Malu", "Manuela", "Bettina", "Carola", "Daniela", "Dorothee",
  "Hanna", "Hannah", "Ines", "Irene", "Johanna", "Judith", "Katharina",
  "Lea", "Marion", "Miriam", "Natalie", "Regina", "Sophie", "Tina", "Vera",
  NULL
};

static const char * const male_names[] = {
  "Matthias", "Stefan", "Uwe", "Peter", "Thomas", "Michael", "Andreas",
  "Frank", "Jürgen", "Klaus", "Hans", "Wolfgang", "Olaf", "Friedrich",
  "Christian", "Robert", "Markus", "Karl", "Lars", "Boris", "Hubertus",
  "Cem", "Volker", "Joachim", "Dietmar", "Horst", "Gerhard", "Helmut", "Joe",
  "Donald", "Barack", "Antony", "Lloyd", "Jake", "John", "James", "Joseph",
  "William", "David", "Richard", "Charles", "Mark", "Emmanuel", "Wladimir",
  "Vladimir", "Wolodymyr", "Volodymyr", "Sergej", "Sergei", "Sergey",
  "Dmitri", "Dmitry", "Andrij", "Andriy", "Leonid", "Alexander", "Alexej",
  "Alexei", "Jens", "Recep", "Benjamin", "Keir", "Rishi", "Jean", "Pierre",
  "Paul", "Michel", "Martin", "Tim", "Tobias", "Felix", "Jan", "Jonas",
  "Lukas", "Max", "Moritz", "Florian", "Daniel", "Sebastian", "Oliver",
  "Philipp", "Georg", "Heinz", "Dieter", "Werner", "Rolf", "Manfred",
  "Bernd", "Ralf", "Sven", "Jörg", "Holger", "Torsten", "Dirk", "Ole",
  "Heiko", "Kai", "Nils", "Ulf", "Rainer", "Norbert", "Reinhard", "Günter",
  "Herbert", "Walter", "Kurt", "Erik", "Henrik", "Marco", "Mike", "Tom",
  "Kevin", "Chris", "Steve", "Steven", "Brian", "Kenneth", "Anthony",
  "Matthew", "Andrew", "Ron", "Ronald", "Kurt", "Christoph", "Hendrik",
  NULL
};

static const char * const title_suffixes[] = {
  "sprecher", "sprecherin", "chef", "chefin", "leiter", "leiterin",
  "minister", "ministerin", "präsident", "präsidentin", "vorsitzende",
  "vorsitzender", "direktor", "direktorin", "sekretär", "sekretärin",
  "kanzler", "kanzlerin", "meister", "meisterin", "experte", "expertin",
  "loge", "login", "wirt", "wirtin", "rentner", "rentnerin", "bauer",
  "bäuerin", "kommandeur", "general", "berater", "beraterin", "analyst",
  "analystin", "landrat", "landrätin", "abgeordnete", "abgeordneter",
  "senator", "senatorin", "gouverneur", "botschafter", "botschafterin",
  "professor", "professorin", "anwalt", "anwältin", "autor", "autorin",
  "forscher", "forscherin", "machthaber", "führer", "gründer", "gründerin",
  "inhaber", "inhaberin", "bewohner", "bewohnerin", "anwohner", "anwohnerin",
  "lehrer", "lehrerin", "arzt", "ärztin", "pfarrer", "pfarrerin",
  "president", "minister", "secretary", "spokesperson", "spokesman",
  "spokeswoman", "chief", "director", "ambassador", "governor", "mayor",
  "herr", "frau", "mr.", "ms.", "mrs.", "dr.", "prof.", "sen.", "gen.",
  NULL
};

static const char * const abbreviations[] = {
  "Dr", "Prof", "St", "Nr", "Mr", "Mrs", "Ms", "Jr", "Sen", "Gen", "Gov",
  "Rep", "Hr", "Fr",
  NULL
};

static const PxKnownSource known_sources[] = {
  { "dpa", "dpa", PX_SOURCE_AGENCY },
  { "Reuters", "Reuters", PX_SOURCE_AGENCY },
  { "AP", "AP", PX_SOURCE_AGENCY },
  { "Associated Press", "AP", PX_SOURCE_AGENCY },
  { "AFP", "AFP", PX_SOURCE_AGENCY },
  { "Agence France-Presse", "AFP", PX_SOURCE_AGENCY },
  { "KNA", "KNA", PX_SOURCE_AGENCY },
  { "epd", "epd", PX_SOURCE_AGENCY },
  { "Bloomberg", "Bloomberg", PX_SOURCE_AGENCY },
  { "TASS", "TASS", PX_SOURCE_AGENCY },
  { "Tass", "TASS", PX_SOURCE_AGENCY },
  { "RIA Novosti", "RIA Novosti", PX_SOURCE_AGENCY },
  { "RIA", "RIA Novosti", PX_SOURCE_AGENCY },
  { "Interfax", "Interfax", PX_SOURCE_AGENCY },
  { "Xinhua", "Xinhua", PX_SOURCE_AGENCY },
  { "KCNA", "KCNA", PX_SOURCE_AGENCY },
  { "Korea Central News Agency", "KCNA", PX_SOURCE_AGENCY },
  { "Yonhap", "Yonhap", PX_SOURCE_AGENCY },
  { "Kyodo", "Kyodo", PX_SOURCE_AGENCY },
  { "ANSA", "ANSA", PX_SOURCE_AGENCY },
  { "EFE", "EFE", PX_SOURCE_AGENCY },
  { "APA", "APA", PX_SOURCE_AGENCY },
  { "Ukrinform", "Ukrinform", PX_SOURCE_AGENCY },
  { "Anadolu", "Anadolu", PX_SOURCE_AGENCY },
  { "New York Times", "New York Times", PX_SOURCE_OUTLET },
  { "NYT", "New York Times", PX_SOURCE_OUTLET },
  { "Washington Post", "Washington Post", PX_SOURCE_OUTLET },
  { "Wall Street Journal", "Wall Street Journal", PX_SOURCE_OUTLET },
  { "WSJ", "Wall Street Journal", PX_SOURCE_OUTLET },
  { "CNN", "CNN", PX_SOURCE_OUTLET },
  { "BBC", "BBC", PX_SOURCE_OUTLET },
  { "Guardian", "Guardian", PX_SOURCE_OUTLET },
  { "Financial Times", "Financial Times", PX_SOURCE_OUTLET },
  { "Politico", "Politico", PX_SOURCE_OUTLET },
  { "Axios", "Axios", PX_SOURCE_OUTLET },
  { "Spiegel", "Spiegel", PX_SOURCE_OUTLET },
  { "Zeit", "Zeit", PX_SOURCE_OUTLET },
  { "FAZ", "FAZ", PX_SOURCE_OUTLET },
  { "Frankfurter Allgemeine", "FAZ", PX_SOURCE_OUTLET },
  { "Süddeutsche", "Süddeutsche Zeitung", PX_SOURCE_OUTLET },
  { "Bild", "Bild", PX_SOURCE_OUTLET },
  { "Welt", "Welt", PX_SOURCE_OUTLET },
  { "Tagesschau", "Tagesschau", PX_SOURCE_OUTLET },
  { "ARD", "ARD", PX_SOURCE_OUTLET },
  { "ZDF", "ZDF", PX_SOURCE_OUTLET },
  { "NHK", "NHK", PX_SOURCE_OUTLET },
  { "Al Jazeera", "Al Jazeera", PX_SOURCE_OUTLET },
  { "Le Monde", "Le Monde", PX_SOURCE_OUTLET },
  { "Le Figaro", "Le Figaro", PX_SOURCE_OUTLET },
  { "NBC", "NBC", PX_SOURCE_OUTLET },
  { "CBS", "CBS", PX_SOURCE_OUTLET },
  { "ABC", "ABC", PX_SOURCE_OUTLET },
  { "Fox News", "Fox News", PX_SOURCE_OUTLET },
  { "Handelsblatt", "Handelsblatt", PX_SOURCE_OUTLET },
  { "Tagesspiegel", "Tagesspiegel", PX_SOURCE_OUTLET },
  { "Deutschlandfunk", "Deutschlandfunk", PX_SOURCE_OUTLET },
  { "NZZ", "NZZ", PX_SOURCE_OUTLET },
  { "RND", "RND", PX_SOURCE_OUTLET },
  { "taz", "taz", PX_SOURCE_OUTLET },
  { "Stern", "Stern", PX_SOURCE_OUTLET },
  { "Focus", "Focus", PX_SOURCE_OUTLET },
  { "Kommersant", "Kommersant", PX_SOURCE_OUTLET },
  { "Iswestija", "Iswestija", PX_SOURCE_OUTLET },
  { "Izvestia", "Izvestia", PX_SOURCE_OUTLET },
  { "Haaretz", "Haaretz", PX_SOURCE_OUTLET },
  { "El País", "El País", PX_SOURCE_OUTLET },
  { "Weißen Haus", "Weißes Haus", PX_SOURCE_INSTITUTION },
  { "Weiße Haus", "Weißes Haus", PX_SOURCE_INSTITUTION },
  { "Weißes Haus", "Weißes Haus", PX_SOURCE_INSTITUTION },
  { "White House", "White House", PX_SOURCE_INSTITUTION },
  { "Pentagon", "Pentagon", PX_SOURCE_INSTITUTION },
  { "Kreml", "Kreml", PX_SOURCE_INSTITUTION },
  { "Kremlin", "Kremlin", PX_SOURCE_INSTITUTION },
  { "Downing Street", "Downing Street", PX_SOURCE_INSTITUTION },
  { "Élysée", "Élysée", PX_SOURCE_INSTITUTION },
  { "NATO", "NATO", PX_SOURCE_INSTITUTION },
  { "Nato", "NATO", PX_SOURCE_INSTITUTION },
  { "UN", "UN", PX_SOURCE_INSTITUTION },
  { "UNO", "UN", PX_SOURCE_INSTITUTION },
  { "EU-Kommission", "EU-Kommission", PX_SOURCE_INSTITUTION },
  { "THW", "THW", PX_SOURCE_INSTITUTION },
  { "Bundeswehr", "Bundeswehr", PX_SOURCE_INSTITUTION },
};

static const char * const backref_words[] = {
  "zeitung", "blatt", "sender", "bericht", "berichten", "berichte",
  "agentur", "magazin", "nachrichtenagentur", "newspaper", "paper",
  "broadcaster", "report", "reports", "agency",
  NULL
};

static const char * const outlet_suffixes[] = {
  "zeitung", "blatt", "magazin", "sender", "rundschau", "anzeiger",
  "rundfunk", "kurier", "tagblatt", "journal", "gazette", "tribune",
  "herald", "fernsehen", "radio", "-post", "-online", "-times", "newspaper",
  "broadcaster", "-tv", "nachrichten",
  NULL
};

static const char * const outlet_words[] = {
  "post", "times", "online", "allgemeine", "tv", "chronicle", "telegraph",
  "observer", "express", "independent",
  NULL
};

static const char * const official_suffixes[] = {
  "beamte", "beamter", "beamten", "beamtin", "regierungskreise",
  "regierungskreisen", "sprecher", "sprecherin", "regierungsvertreter",
  "diplomaten", "diplomat", "official", "officials", "spokesperson",
  "spokesman", "spokeswoman", "diplomats", "vertreter", "militärs",
  NULL
};

static const char * const anonymous_suffixes[] = {
  "quelle", "quellen", "sources", "source", "insider", "insiders", "kreise",
  "kreisen", "medienberichte", "medienberichten", "berichte", "berichten",
  "medien", "media", "reports", "experten", "fachleute", "beobachter",
  "analysten", "experts", "analysts", "kritiker", "befürworter", "people",
  "observers", "critics", "insidern", "zeuge", "zeugen", "witness", "witnesses",
  NULL
};

/* Papers and statements: an unnamed source unless a body is named with them
 * ("eine Erklärung des Ministeriums" is the ministry).
 */
static const char * const document_suffixes[] = {
  "papier", "dokument", "dokumente", "dokumenten", "unterlagen", "studie",
  "umfrage", "erklärung", "mitteilung", "schreiben", "statistik", "document",
  "documents", "memo", "study", "survey", "statement", "papers",
  NULL
};

static const char * const anonymity_markers[] = {
  "anonym", "nicht identifiziert", "unidentified", "unnamed", "nicht genannt",
  "not authorized", "ungenannt", "namentlich nicht",
  NULL
};

static const char * const institution_suffixes[] = {
  "ministerium", "ministeriums", "regierung", "kabinett", "polizei",
  "feuerwehr", "landkreis", "behörde", "verband", "kommission", "gericht",
  "staatsanwaltschaft", "bundeswehr", "armee", "militär", "geheimdienst",
  "geheimdienste", "senat", "parlament", "bundestag", "duma", "pentagon",
  "kreml", "ministry", "department", "police", "government", "army",
  "military", "council", "commission", "office", "verwaltung", "rathaus",
  "büro", "institut", "amt", "sicherheitsrat", "konzern", "unternehmen",
  "stadt", "gemeinde", "kreis", "kreises", "landkreises", "behörden",
  "administration", "agency", "court", "prosecutors", "company",
  "gewerkschaft", "partei", "fraktion", "vereinigung", "verein", "dienst",
  "kommando", "stab", "authorities", "authority", "association", "union",
  "federation", "ministerium", "council", "opposition", "marine",
  "luftwaffe", "küstenwache", "navy", "redaktion", "newsroom", "betrieb",
  "betriebe", "werke",
  /* English counterparts of German bodies above, and operators in both
   * languages, so that a retelling and its original read the same bodies.
   */
  "guard", "coastguard", "brigade", "reederei", "operator", "airline",
  "fluggesellschaft",
  NULL
};

/* Small lists the rules below consult. */

static const char * const generic_suffixes[] = {
  "nachrichtenagentur", "sender",
  NULL
};

static const char * const non_sources[] = {
  "es", "man", "das", "dies", "it", "we", "wir", "ich", "i", "they", "you",
  "sie", "this", "nobody", "somebody", "someone", "everyone", "everybody",
  "niemand", "jemand", "keiner", "alle",
  NULL
};

static const char * const agency_words[] = {
  "nachrichtenagentur", "presseagentur",
  NULL
};

static const char * const media_words[] = {
  "medien", "media", "medienberichte", "medienberichten",
  NULL
};

static const char * const german_determiners[] = {
  "der", "die", "den", "dem", "ein", "eine", "einer", "einem", "dessen", "deren",
  NULL
};

static const char * const coordinators[] = {
  "und", "and", "sowie",
  NULL
};

static const char * const english_fillers[] = {
  "so", "far", "also", "not", "never", "only", "already", "still", "again",
  "later", "first",
  NULL
};

static const char * const genitive_articles[] = {
  "des", "eines",
  NULL
};

static const char * const say_verbs[] = {
  "told", "tells", "tell", "said", "says", "say",
  NULL
};

static const char * const from_words[] = {
  "aus", "von", "vom",
  NULL
};

static const char * const english_irregular[] = {
  "said", "says", "say", "told", "tells", "tell", "wrote", "writes",
  NULL
};

static const char * const passive_auxiliaries[] = {
  "was", "were", "been", "being",
  NULL
};

static const char * const report_noun_context[] = {
  "media", "news", "press", "the", "of", "in", "to", "these", "such",
  NULL
};

static const char * const heisst_preps[] = {
  "in", "im", "aus", "von", "vom", "bei",
  NULL
};

static const char * const personal_pronouns[] = {
  "er", "sie", "he", "she",
  NULL
};

static const char * const relative_de[] = {
  "der", "die", "das", "welcher", "welche",
  NULL
};

static const char * const relative_en[] = {
  "who", "which", "the", "a",
  NULL
};

/* The lists by PxCueList, in the enumeration's order. */
static const char * const * const cue_lists[PX_N_CUE_LISTS] = {
  [PX_CUE_ARTICLES] = articles,
  [PX_CUE_QUANTIFIERS] = quantifiers,
  [PX_CUE_PREPOSITIONS] = prepositions,
  [PX_CUE_AUXILIARIES] = auxiliaries,
  [PX_CUE_CLAUSE_WORDS] = clause_words,
  [PX_CUE_GAP_WORDS] = gap_words,
  [PX_CUE_ADVERBS_AFTER_VERB] = adverbs_after_verb,
  [PX_CUE_KONJUNKTIV] = konjunktiv,
  [PX_CUE_BACKSHIFT] = backshift,
  [PX_CUE_TITLE_SUFFIXES] = title_suffixes,
  [PX_CUE_ABBREVIATIONS] = abbreviations,
  [PX_CUE_BACKREF_WORDS] = backref_words,
  [PX_CUE_OUTLET_SUFFIXES] = outlet_suffixes,
  [PX_CUE_OUTLET_WORDS] = outlet_words,
  [PX_CUE_OFFICIAL_SUFFIXES] = official_suffixes,
  [PX_CUE_ANONYMOUS_SUFFIXES] = anonymous_suffixes,
  [PX_CUE_DOCUMENT_SUFFIXES] = document_suffixes,
  [PX_CUE_ANONYMITY_MARKERS] = anonymity_markers,
  [PX_CUE_INSTITUTION_SUFFIXES] = institution_suffixes,
  [PX_CUE_GENERIC_SUFFIXES] = generic_suffixes,
  [PX_CUE_NON_SOURCES] = non_sources,
  [PX_CUE_AGENCY_WORDS] = agency_words,
  [PX_CUE_MEDIA_WORDS] = media_words,
  [PX_CUE_GERMAN_DETERMINERS] = german_determiners,
  [PX_CUE_COORDINATORS] = coordinators,
  [PX_CUE_ENGLISH_FILLERS] = english_fillers,
  [PX_CUE_GENITIVE_ARTICLES] = genitive_articles,
  [PX_CUE_SAY_VERBS] = say_verbs,
  [PX_CUE_FROM_WORDS] = from_words,
  [PX_CUE_ENGLISH_IRREGULAR] = english_irregular,
  [PX_CUE_PASSIVE_AUXILIARIES] = passive_auxiliaries,
  [PX_CUE_REPORT_NOUN_CONTEXT] = report_noun_context,
  [PX_CUE_HEISST_PREPS] = heisst_preps,
  [PX_CUE_PERSONAL_PRONOUNS] = personal_pronouns,
  [PX_CUE_RELATIVE_DE] = relative_de,
  [PX_CUE_RELATIVE_EN] = relative_en,
};

/* The word lists are searched for every token, many times over: each
 * enumerated list is turned into a hash set once, with the lengths its
 * entries have (for suffix tests). The sets are made before any lookup
 * and never change after, so threads read them without a lock.
 */
typedef struct
{
  GHashTable *words;
  guint64     lengths;  /* bit n: some entry is n bytes long (n < 64) */
} WordSet;

static WordSet *
word_set_new (const char * const *list)
{
  WordSet *set = g_new0 (WordSet, 1);

  set->words = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; list[i] != NULL; i++)
    {
      g_hash_table_add (set->words, (gpointer)list[i]);
      set->lengths |= G_GUINT64_CONSTANT (1) << MIN (strlen (list[i]), 63);
    }
  return set;
}

static const WordSet *
cue_set (PxCueList list)
{
  static WordSet **sets = NULL;

  if (g_once_init_enter (&sets))
    {
      WordSet **made = g_new0 (WordSet *, PX_N_CUE_LISTS);

      for (guint l = 0; l < PX_N_CUE_LISTS; l++)
        made[l] = word_set_new (cue_lists[l]);
      g_once_init_leave (&sets, made);
    }
  return sets[list];
}

static gboolean
set_has_suffix (const WordSet *set,
                const char    *word)
{
  gsize n = strlen (word);

  for (gsize m = 1; m <= MIN (n, 62); m++)
    if ((set->lengths & (G_GUINT64_CONSTANT (1) << m)) &&
        g_hash_table_contains (set->words, word + n - m))
      return TRUE;
  return FALSE;
}

/* A short list of a caller's own: read through, not indexed. */
static gboolean
in_list (const char         *word,
         const char * const *list)
{
  for (guint i = 0; list[i] != NULL; i++)
    if (strcmp (word, list[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
has_suffix_in (const char         *word,
               const char * const *list)
{
  for (guint i = 0; list[i] != NULL; i++)
    if (g_str_has_suffix (word, list[i]))
      return TRUE;
  return FALSE;
}

/* Reporting verbs */

typedef struct
{
  char *display;
  char *particle;
} VerbInfo;

static GHashTable *verb_table;

static void
add_verb (GHashTable *table,
          const char *form,
          const char *particle)
{
  VerbInfo *info = g_new0 (VerbInfo, 1);

  info->display = g_strdup (form);
  info->particle = g_strdup (particle);
  g_hash_table_insert (table, g_strdup (form), info);
}

static void
verb_info_free (VerbInfo *info)
{
  g_free (info->display);
  g_free (info->particle);
  g_free (info);
}

static GHashTable *
get_verb_table (void)
{
  static gsize init = 0;

  if (g_once_init_enter (&init))
    {
      GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                 (GDestroyNotify)verb_info_free);

      for (guint i = 0; weak_stems[i] != NULL; i++)
        {
          g_auto(GStrv) parts = g_strsplit (weak_stems[i], ":", 2);
          const char *stem = parts[0];
          const char *particle = parts[1];
          gboolean e_insert = g_str_has_suffix (stem, "t") || g_str_has_suffix (stem, "d") ||
                              g_str_has_suffix (stem, "gn") || g_str_has_suffix (stem, "chn");
          gboolean er_stem = (g_str_has_suffix (stem, "er") || g_str_has_suffix (stem, "el")) &&
                             !g_str_has_suffix (stem, "ier");
          const char *e = e_insert ? "e" : "";
          g_autofree char *pres = g_strdup_printf ("%s%st", stem, e);
          g_autofree char *past = g_strdup_printf ("%s%ste", stem, e);
          g_autofree char *pastpl = g_strdup_printf ("%s%sten", stem, e);
          g_autofree char *prespl = g_strdup_printf ("%s%s", stem, er_stem ? "n" : "en");

          add_verb (table, pres, particle);
          add_verb (table, past, particle);
          add_verb (table, pastpl, particle);
          add_verb (table, prespl, particle);
        }
      for (guint i = 0; strong_forms[i] != NULL; i++)
        {
          g_auto(GStrv) parts = g_strsplit (strong_forms[i], ":", 2);

          add_verb (table, parts[0], parts[1]);
        }

      verb_table = table;
      g_once_init_leave (&init, 1);
    }

  return verb_table;
}

static gboolean
is_verb_form (const char *lower)
{
  return g_hash_table_contains (get_verb_table (), lower);
}

/* First names, looked up for every token: a hash, not a list scan. */
static GHashTable *
get_first_names (void)
{
  static GHashTable *names = NULL;
  static gsize init = 0;

  if (g_once_init_enter (&init))
    {
      GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; male_names[i] != NULL; i++)
        g_hash_table_insert (table, (gpointer)male_names[i], GINT_TO_POINTER ('m'));
      for (guint i = 0; female_names[i] != NULL; i++)
        g_hash_table_insert (table, (gpointer)female_names[i], GINT_TO_POINTER ('f'));
      names = table;
      g_once_init_leave (&init, 1);
    }
  return names;
}

static char
name_gender (const char *first)
{
  gpointer gender = g_hash_table_lookup (get_first_names (), first);

  return gender != NULL ? (char)GPOINTER_TO_INT (gender) : '?';
}

static gboolean
is_first_name (const char *word)
{
  return g_hash_table_contains (get_first_names (), word);
}

static GStrv *
get_known_words (void)
{
  static GStrv *words = NULL;
  static gsize init = 0;

  if (g_once_init_enter (&init))
    {
      words = g_new0 (GStrv, G_N_ELEMENTS (known_sources));
      for (guint k = 0; k < G_N_ELEMENTS (known_sources); k++)
        words[k] = g_strsplit (known_sources[k].written, " ", -1);
      g_once_init_leave (&init, 1);
    }
  return words;
}

/**
 * _px_cue_words:
 * @list: a word list
 *
 * Returns: (array zero-terminated=1): the words of @list
 */
const char * const *
_px_cue_words (PxCueList list)
{
  g_assert (list > PX_CUE_NONE && list < PX_N_CUE_LISTS);
  return cue_lists[list];
}

/* Whether @word is one of @list. */
gboolean
_px_cue_in (const char *word,
            PxCueList   list)
{
  g_assert (list > PX_CUE_NONE && list < PX_N_CUE_LISTS);
  return g_hash_table_contains (cue_set (list)->words, word);
}

/* Whether @word ends in one of the entries of @list ("Regierungssprecher"
 * ends in "sprecher").
 */
gboolean
_px_cue_ends_in (const char *word,
                 PxCueList   list)
{
  g_assert (list > PX_CUE_NONE && list < PX_N_CUE_LISTS);
  return set_has_suffix (cue_set (list), word);
}

/* The same for a short list of the caller's own. */
gboolean
_px_cue_in_words (const char         *word,
                  const char * const *words)
{
  return in_list (word, words);
}

gboolean
_px_cue_ends_in_words (const char         *word,
                       const char * const *words)
{
  return has_suffix_in (word, words);
}

/* Whether @lower is a finite form of a reporting verb ("sagte", "said"). */
gboolean
_px_cue_is_verb (const char *lower)
{
  return is_verb_form (lower);
}

/* Verbs of speaking and mentioning beyond the reporting verbs, by stem
 * ("erwähnte", "wiederholte", "mentioned") and as whole words where a stem
 * would catch other words ("sprach", not "Sprache").
 */
static const char * const speech_stems[] = {
  "erwähn", "wiederhol", "genannt", "mention", "repeat",
  NULL
};

static const char * const speech_words[] = {
  "sprach", "sprachen", "spricht", "sprechen", "nannte", "nannten", "nennt",
  "spoke", "speaking", "talked", "talking", "cited", "cites",
  NULL
};

/* Nouns that name sources as such. */
static const char * const source_nouns[] = {
  "quelle", "quellen", "source", "sources", "insider", "insidern", "insiders",
  "informant", "informanten", "informants", "gewährsleute", "gewährsleuten",
  "gewährsmann", "gewährsmänner", "gewährspersonen", "whistleblower",
  NULL
};

/* Whether @lower is a verb of saying: a reporting verb form or a verb of
 * speaking or mentioning ("sagte er drei Mal", "mentioned it twice").
 */
gboolean
_px_cue_is_speech (const char *lower)
{
  if (is_verb_form (lower) || in_list (lower, speech_words))
    return TRUE;
  for (guint i = 0; speech_stems[i] != NULL; i++)
    if (strstr (lower, speech_stems[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* Whether @lower names sources as such, whoever they are: "Quellen",
 * "Geheimdienstquellen", "insiders", "informants".
 */
gboolean
_px_cue_is_source_noun (const char *lower)
{
  return has_suffix_in (lower, source_nouns);
}

/* The separable particle a reporting verb form takes ("teilte" → "mit",
 * "hieß" → "es"), %NULL for none or for a word that is no such verb.
 */
const char *
_px_cue_verb_particle (const char *lower)
{
  VerbInfo *info = g_hash_table_lookup (get_verb_table (), lower);

  return info != NULL ? info->particle : NULL;
}

/* 'f', 'm', or '?' for a first name we do not know. */
char
_px_cue_name_gender (const char *first)
{
  return name_gender (first);
}

gboolean
_px_cue_is_first_name (const char *word)
{
  return is_first_name (word);
}

guint
_px_cue_n_known_sources (void)
{
  return G_N_ELEMENTS (known_sources);
}

/* The known source at @index, and in @words its name split into words. */
const PxKnownSource *
_px_cue_known_source (guint  index,
                      GStrv *words)
{
  g_assert (index < G_N_ELEMENTS (known_sources));
  *words = get_known_words ()[index];
  return &known_sources[index];
}

/* The known sources whose name starts with @word, by index, in order;
 * %NULL for none.
 */
const GArray *
_px_cue_known_starting (const char *word)
{
  static GHashTable *by_first = NULL;

  if (g_once_init_enter (&by_first))
    {
      GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                 (GDestroyNotify)g_array_unref);
      GStrv *words = get_known_words ();

      for (guint k = 0; k < G_N_ELEMENTS (known_sources); k++)
        {
          GArray *starting = g_hash_table_lookup (table, words[k][0]);

          if (starting == NULL)
            {
              starting = g_array_new (FALSE, FALSE, sizeof (guint));
              g_hash_table_insert (table, words[k][0], starting);
            }
          g_array_append_val (starting, k);
        }
      g_once_init_leave (&by_first, table);
    }
  return g_hash_table_lookup (by_first, word);
}

