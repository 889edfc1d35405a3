/* px-attribution-finder.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-attribution-finder"

#include "config.h"

#include <string.h>

#include "px-attribution-finder.h"
#include "px-quote-span.h"

/* Finding who says what, sentence by sentence, in three passes over the
 * tokens of each body sentence:
 *
 *  1. cues: reporting verbs (any tense, separable particles such as
 *     "teilte … mit"), prepositions ("laut", "zufolge", "nach Angaben"),
 *     "so X" after a quotation, "heißt es", English "according to";
 *  2. the source of each cue: a noun phrase read with a small German/English
 *     phrase grammar (articles, adjectives, capitalised nouns, genitive
 *     attachments), chosen left or right of the verb by word order; then
 *     what that source cites in turn ("unter Berufung auf", "citing",
 *     "der sich auf Y beruft");
 *  3. resolution: back-references ("die Zeitung", "dem Bericht") to the
 *     outlet named last, pronouns and role nouns ("sagt sie", "der Bauer")
 *     to the person named last, and sentences in Konjunktiv I without a cue
 *     to the source of the sentences before.
 *
 * Text inside direct quotations is never searched for cues: what a speaker
 * says is not an attribution by the article.
 */

enum
{
  T_CAP        = 1 << 0,
  T_LOWER      = 1 << 1,
  T_PUNCT      = 1 << 2,
  T_QUOTE_MARK = 1 << 3,
  T_IN_QUOTE   = 1 << 4,
  T_NAME_QUOTE = 1 << 5,
  T_DIGIT      = 1 << 6,
  T_TITLE      = 1 << 7,  /* a function noun before a name ("Ministerin") */
  T_NAME       = 1 << 8,  /* can be part of a person's name */
  T_KNOWN      = 1 << 9,  /* T_TITLE and T_NAME are worked out */
};

typedef struct
{
  guint  start;
  guint  end;
  char  *text;
  char  *lower;
  guint  flags;
} Tok;

typedef struct
{
  guint  pos;
  guint  sentence;
  char  *name;
  char  *last;
  char   gender;
} Mention;

typedef enum
{
  REF_NONE,
  REF_PRONOUN,
  REF_BACK,
  REF_ROLE,
  REF_SURNAME,
} RefKind;

typedef struct
{
  PxSourceKind  kind;
  char         *name;
  RefKind       ref;
  char          gender;
} Class;

typedef struct
{
  const char *text;
  gboolean    english;
  GArray     *quotes;
  GPtrArray  *result;
  GArray     *mentions;
  char       *last_outlet;
  PxSourceKind last_outlet_kind;
} Finder;

/* Pending attribution while a sentence is read. */
typedef struct
{
  char         *cue;
  PxSpan        cue_span;
  char         *source;
  char         *name;
  PxSpan        source_span;
  PxSourceKind  kind;
  GPtrArray    *via_texts;
  GArray       *via_kinds;
  gboolean      named;
} Pending;

static void
pending_free (Pending *p)
{
  g_free (p->cue);
  g_free (p->source);
  g_free (p->name);
  g_ptr_array_unref (p->via_texts);
  g_array_unref (p->via_kinds);
  g_free (p);
}

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
  "wolle", "dürfe", "liege", "bleibe", "stehe", "komme", "gehe",
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

typedef struct
{
  const char   *written;
  const char   *name;
  PxSourceKind  kind;
} KnownSource;

static const KnownSource known_sources[] = {
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
  "observers", "critics", "insidern",
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

/* The word lists are searched for every token, many times over: each is
 * turned into a hash set on first use, with the lengths its entries have
 * (for suffix tests).
 */
typedef struct
{
  GHashTable *words;
  guint64     lengths;  /* bit n: some entry is n bytes long (n < 64) */
} WordSet;

G_LOCK_DEFINE_STATIC (word_sets);

static const WordSet *
word_set (const char * const *list)
{
  static GHashTable *sets = NULL;  /* list → WordSet */
  WordSet *set;

  G_LOCK (word_sets);
  if (sets == NULL)
    sets = g_hash_table_new (NULL, NULL);
  if ((set = g_hash_table_lookup (sets, list)) == NULL)
    {
      set = g_new0 (WordSet, 1);
      set->words = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; list[i] != NULL; i++)
        {
          g_hash_table_add (set->words, (gpointer)list[i]);
          set->lengths |= G_GUINT64_CONSTANT (1) << MIN (strlen (list[i]), 63);
        }
      g_hash_table_insert (sets, (gpointer)list, set);
    }
  G_UNLOCK (word_sets);
  return set;
}

static gboolean
in_list (const char         *word,
         const char * const *list)
{
  return g_hash_table_contains (word_set (list)->words, word);
}

static gboolean
has_suffix_in (const char         *word,
               const char * const *list)
{
  const WordSet *set = word_set (list);
  gsize n = strlen (word);

  for (gsize m = 1; m <= MIN (n, 62); m++)
    if ((set->lengths & (G_GUINT64_CONSTANT (1) << m)) &&
        g_hash_table_contains (set->words, word + n - m))
      return TRUE;
  return FALSE;
}

/* Tokens */

static void
tok_clear (Tok *t)
{
  g_free (t->text);
  g_free (t->lower);
}

static gboolean
is_quote_char (gunichar c)
{
  switch (c)
    {
    case 0x201E: case 0x201C: case 0x201D: case '"': case 0x00AB:
    case 0x00BB: case 0x201A: case 0x2018: case 0x2019: case 0x2039:
    case 0x203A:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* Whether a token can be part of a person's name; fixed per token, so
 * push_token() works it out once.
 */
static gboolean
compute_is_name (Tok *t)
{
  const char *w = t->lower;

  if (!(t->flags & T_CAP) || (t->flags & (T_IN_QUOTE | T_PUNCT | T_QUOTE_MARK)))
    return FALSE;
  /* Cheapest tests first: most capitalised words are nouns that fail one. */
  if (strchr (w, '-') != NULL ||
      g_str_has_suffix (w, "ung") || g_str_has_suffix (w, "heit") ||
      g_str_has_suffix (w, "keit") || g_str_has_suffix (w, "schaft") ||
      g_str_has_suffix (w, "tion") || g_str_has_suffix (w, "ium") ||
      g_str_has_suffix (w, "tät") || g_str_has_suffix (w, "ismus") ||
      (t->flags & T_TITLE))
    return FALSE;
  if (in_list (w, articles) || in_list (w, prepositions) || in_list (w, clause_words))
    return FALSE;
  if (has_suffix_in (w, title_suffixes) || has_suffix_in (w, institution_suffixes) ||
      has_suffix_in (w, outlet_suffixes))
    return FALSE;
  return TRUE;
}

static void
push_token (GArray     *toks,
            const char *text,
            guint       start,
            guint       end,
            GArray     *quotes)
{
  Tok t = { 0, };
  gunichar first = g_utf8_get_char (text + start);

  t.start = start;
  t.end = end;
  t.text = g_strndup (text + start, end - start);
  t.lower = g_utf8_strdown (t.text, -1);

  if (g_unichar_isupper (first))
    {
      t.flags |= T_CAP;
    }
  else if (g_unichar_islower (first))
    t.flags |= T_LOWER;
  else if (g_unichar_isdigit (first))
    t.flags |= T_DIGIT;
  else
    t.flags |= T_PUNCT;
  if (is_quote_char (first))
    t.flags |= T_QUOTE_MARK;

  /* The spans are in text order and do not overlap: bisect. */
  if (quotes != NULL && quotes->len > 0)
    {
      guint lo = 0, hi = quotes->len;

      while (hi - lo > 1)
        {
          guint mid = (lo + hi) / 2;

          if (g_array_index (quotes, PxQuoteSpan, mid).start <= start)
            lo = mid;
          else
            hi = mid;
        }
      {
        const PxQuoteSpan *span = &g_array_index (quotes, PxQuoteSpan, lo);

        if (start >= span->start && end <= span->end)
          {
            if (span->is_name)
              t.flags |= (t.flags & T_QUOTE_MARK) ? T_NAME_QUOTE : 0;
            else
              t.flags |= T_IN_QUOTE;
          }
      }
    }

  g_array_append_val (toks, t);
}

static GArray *
tokenize (const char *text,
          guint       start,
          guint       end,
          GArray     *quotes)
{
  GArray *toks = g_array_new (FALSE, FALSE, sizeof (Tok));
  guint p = start;

  g_array_set_clear_func (toks, (GDestroyNotify)tok_clear);

  while (p < end)
    {
      gunichar c = g_utf8_get_char (text + p);
      guint next = g_utf8_next_char (text + p) - text;

      if (g_unichar_isspace (c))
        {
          p = next;
          continue;
        }

      /* "U.S.", "U.K.": initials with their points are one word. */
      if (g_ascii_isupper (text[p]) && p + 3 < end && text[p + 1] == '.' &&
          g_ascii_isupper (text[p + 2]) && text[p + 3] == '.')
        {
          guint q = p;

          while (q + 1 < end && g_ascii_isupper (text[q]) && text[q + 1] == '.')
            q += 2;
          push_token (toks, text, p, q, quotes);
          p = q;
          continue;
        }

      if (is_word_char (c))
        {
          guint q = next;

          while (q < end)
            {
              gunichar d = g_utf8_get_char (text + q);
              guint after = g_utf8_next_char (text + q) - text;
              gunichar e = after < end ? g_utf8_get_char (text + after) : 0;

              if (is_word_char (d))
                q = after;
              else if ((d == '-' || d == '\'' || d == 0x2019 || d == 0x2011) &&
                       is_word_char (e))
                q = after;
              else if ((d == '.' || d == ',') && g_unichar_isdigit (e) &&
                       g_unichar_isdigit (g_utf8_get_char (g_utf8_prev_char (text + q))))
                q = after;
              else
                break;
            }

          /* "farmers' association": the possessive belongs to the word. */
          if (q + 1 <= end && q < end && text[q] == '\'' && q > p && text[q - 1] == 's' &&
              (q + 1 == end || !g_unichar_isalnum (g_utf8_get_char (text + q + 1))))
            q++;

          if (q < end && text[q] == '.')
            {
              g_autofree char *word = g_strndup (text + p, q - p);

              if (in_list (word, abbreviations))
                q++;
            }

          push_token (toks, text, p, q, quotes);
          p = q;
          continue;
        }

      push_token (toks, text, p, next, quotes);
      p = next;
    }

  return toks;
}

#define TOK(i) (&g_array_index (toks, Tok, (i)))

static gboolean
tok_is_boundary (Tok *t)
{
  if (t->flags & T_NAME_QUOTE)
    return FALSE;
  if (t->flags & (T_PUNCT | T_IN_QUOTE))
    return TRUE;
  return in_list (t->lower, clause_words);
}

static gboolean
is_cap_word (Tok *t)
{
  return (t->flags & T_CAP) && !(t->flags & (T_IN_QUOTE | T_PUNCT));
}

/* "US-amerikanischen", "euro-atlantischen": capitalised, but an adjective. */
static gboolean
is_hyphen_adjective (Tok *t)
{
  const char *dash = strrchr (t->text, '-');

  if (!(t->flags & T_CAP) || dash == NULL || !g_unichar_islower (g_utf8_get_char (dash + 1)))
    return FALSE;
  return g_str_has_suffix (t->lower, "e") || g_str_has_suffix (t->lower, "en") ||
         g_str_has_suffix (t->lower, "er") || g_str_has_suffix (t->lower, "es") ||
         g_str_has_suffix (t->lower, "em");
}

static gboolean
is_adjective_like (Tok *t)
{
  const char *w = t->lower;

  if (is_hyphen_adjective (t))
    return TRUE;

  if (!(t->flags & T_LOWER) || (t->flags & T_IN_QUOTE))
    return FALSE;
  if (in_list (w, auxiliaries) || in_list (w, prepositions) ||
      in_list (w, clause_words) || in_list (w, articles))
    return FALSE;
  return g_str_has_suffix (w, "e") || g_str_has_suffix (w, "en") ||
         g_str_has_suffix (w, "er") || g_str_has_suffix (w, "es") ||
         g_str_has_suffix (w, "em");
}

/* Whether tokens [a, b) end in two or more capitalised words, the shape of
 * a name ("Heike Lorenz", "New York Times"), after which a German article
 * starts a new phrase (a dative object) rather than a genitive.
 */
static gboolean
ends_in_name (GArray *toks,
              guint   a,
              guint   b)
{
  guint n = 0;

  for (guint i = b; i > a; i--)
    {
      Tok *t = TOK (i - 1);

      if (t->flags & T_NAME_QUOTE)
        return TRUE;
      if (!is_cap_word (t) || in_list (t->lower, articles))
        break;
      n++;
    }
  return n >= 2;
}

static gboolean
is_verb_form (const char *lower);

static gboolean
introduces_content (GArray *toks,
                    guint   v);

/* The phrase grammar: [article] [quantifier] [adjectives] Noun+ [genitive
 * phrase], reading forward from @i. Returns the index after the phrase, or
 * @i when no phrase starts there.
 */
static guint
np_forward (GArray   *toks,
            guint     i,
            gboolean  english)
{
  guint n = toks->len;
  guint j = i;
  gboolean seen_head = FALSE;
  gboolean in_name_quote = FALSE;

  while (j < n && j - i < 14)
    {
      Tok *t = TOK (j);

      if (t->flags & T_NAME_QUOTE)
        {
          in_name_quote = !in_name_quote;
          j++;
          if (!in_name_quote)
            seen_head = TRUE;
          continue;
        }
      if (in_name_quote)
        {
          j++;
          continue;
        }
      if (seen_head && strcmp (t->text, "(") == 0)
        {
          guint k = j + 1;

          while (k < n && k - j < 5 && strcmp (TOK (k)->text, ")") != 0)
            k++;
          if (k < n && strcmp (TOK (k)->text, ")") == 0)
            {
              j = k + 1;
              continue;
            }
        }
      if (t->flags & (T_PUNCT | T_IN_QUOTE))
        break;

      if (english)
        {
          if (in_list (t->lower, clause_words) || in_list (t->lower, auxiliaries) ||
              is_verb_form (t->lower) || strcmp (t->lower, "who") == 0 ||
              strcmp (t->lower, "which") == 0)
            break;
          if (in_list (t->lower, prepositions) && !(seen_head && strcmp (t->lower, "of") == 0))
            {
              /* "people familiar with the matter" */
              if (strcmp (t->lower, "with") != 0 || j == i ||
                  strcmp (TOK (j - 1)->lower, "familiar") != 0)
                break;
            }
          if (is_cap_word (t) || (t->flags & T_DIGIT) ||
              !in_list (t->lower, prepositions))
            {
              if (!in_list (t->lower, articles))
                seen_head = TRUE;
              j++;
              continue;
            }
          break;
        }

      if (in_list (t->lower, articles) && (t->flags & T_LOWER || j == i ||
                                           !seen_head))
        {
          if (!seen_head)
            {
              j++;
              continue;
            }
          /* A genitive after a common noun ("Beamte des Ministeriums"),
           * never after a name or as a dative ("sagte X dem Sender").
           */
          if ((strcmp (t->lower, "des") == 0 || strcmp (t->lower, "der") == 0 ||
               strcmp (t->lower, "eines") == 0 || strcmp (t->lower, "einer") == 0) &&
              !ends_in_name (toks, i, j) && j + 1 < n &&
              (is_cap_word (TOK (j + 1)) || is_adjective_like (TOK (j + 1))))
            {
              seen_head = FALSE;
              j++;
              continue;
            }
          break;
        }
      if (in_list (t->lower, quantifiers) && !seen_head)
        {
          j++;
          continue;
        }
      if (t->flags & T_DIGIT && !seen_head)
        {
          j++;
          continue;
        }
      if (is_cap_word (t) && !(is_hyphen_adjective (t) && !seen_head))
        {
          if (in_list (t->lower, prepositions) || in_list (t->lower, clause_words) ||
              in_list (t->lower, auxiliaries))
            break;
          if ((j == i || !seen_head) && in_list (t->lower, articles))
            {
              j++;
              continue;
            }
          seen_head = TRUE;
          j++;
          continue;
        }
      if (is_adjective_like (t) && !is_verb_form (t->lower) &&
          (!seen_head || (j > i && g_str_has_suffix (TOK (j - 1)->lower, "s") &&
                          is_cap_word (TOK (j - 1)) && !ends_in_name (toks, i, j))))
        {
          gboolean cap_follows = FALSE;

          for (guint k = j + 1; k < n && k <= j + 3; k++)
            {
              if (is_cap_word (TOK (k)) || (TOK (k)->flags & T_NAME_QUOTE))
                {
                  cap_follows = TRUE;
                  break;
                }
              if (!is_adjective_like (TOK (k)) && strcmp (TOK (k)->lower, "und") != 0 &&
                  strcmp (TOK (k)->text, ",") != 0)
                break;
            }
          if (cap_follows)
            {
              j++;
              continue;
            }
        }
      if (!seen_head && (strcmp (t->lower, "und") == 0) && j + 1 < n &&
          is_adjective_like (TOK (j + 1)) && j > i)
        {
          j++;
          continue;
        }
      break;
    }

  if (!seen_head)
    return i;
  /* Drop a dangling opening mark. */
  while (j > i && (TOK (j - 1)->flags & T_QUOTE_MARK) && in_name_quote)
    {
      j--;
      in_name_quote = FALSE;
    }
  return j;
}

/* Reading backward from the token before @i ("Medienberichten zufolge",
 * "Angaben der Polizei zufolge"). Returns the phrase's first index, or @i.
 */
static guint
np_backward (GArray *toks,
             guint   i)
{
  guint j = i;
  gboolean seen_head = FALSE;
  gboolean after_adj = FALSE;

  while (j > 0)
    {
      Tok *t = TOK (j - 1);

      if (t->flags & T_NAME_QUOTE)
        {
          /* Take the whole quoted name. */
          guint k = j - 1;

          while (k > 0 && !(TOK (k - 1)->flags & T_NAME_QUOTE))
            k--;
          if (k == 0)
            break;
          j = k - 1;
          seen_head = TRUE;
          continue;
        }
      if (t->flags & (T_PUNCT | T_IN_QUOTE))
        break;
      if (is_cap_word (t) && !after_adj && !in_list (t->lower, articles) &&
          !in_list (t->lower, prepositions) &&
          !(seen_head && (has_suffix_in (TOK (j)->lower, anonymous_suffixes) ||
                          in_list (TOK (j)->lower, backref_words))))
        {
          seen_head = TRUE;
          j--;
          continue;
        }
      if (seen_head && is_adjective_like (t))
        {
          after_adj = TRUE;
          j--;
          continue;
        }
      if (seen_head && (in_list (t->lower, articles) || in_list (t->lower, quantifiers)))
        {
          j--;
          /* A genitive hangs on a noun before it: "Angaben der Polizei". */
          if ((strcmp (t->lower, "der") == 0 || strcmp (t->lower, "des") == 0) &&
              j > 0 && is_cap_word (TOK (j - 1)))
            {
              after_adj = FALSE;
              continue;
            }
          break;
        }
      break;
    }

  return seen_head ? j : i;
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

/* Classification */

/* Sets T_TITLE and T_NAME on first use: they are fixed per token, and
 * asked for again and again.
 */
static void
classify_name (Tok *t)
{
  if (t->flags & T_KNOWN)
    return;
  t->flags |= T_KNOWN;
  if ((t->flags & T_CAP) && has_suffix_in (t->lower, title_suffixes) &&
      !in_list (t->lower, backref_words))
    t->flags |= T_TITLE;
  if (compute_is_name (t))
    t->flags |= T_NAME;
}

static gboolean
is_name_token (Tok *t)
{
  classify_name (t);
  return (t->flags & T_NAME) != 0;
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

/* Reads a person's name starting at token @i (before @b): after "Dr.", a
 * title or a function word ("Innenministerin Petra Beispiel"), or from a
 * first name we know. Returns the name and its gender, or %NULL.
 */
static char *
person_at (GArray *toks,
           guint   i,
           guint   b,
           char   *gender,
           guint  *name_start)
{
  Tok *t = TOK (i);
  gboolean title, first;
  guint s, e;
  GString *name;

  if (!is_cap_word (t))
    return NULL;
  first = is_first_name (t->text);
  classify_name (t);
  title = !first && (t->flags & T_TITLE);
  if (!title && !first)
    return NULL;
  s = first ? i : i + 1;
  e = s;

  /* Skip a second title ("Krisenstabsleiter Dr. Matthias Kröger"). */
  while (e < b && (g_strcmp0 (TOK (e)->text, "Dr.") == 0 ||
                   g_strcmp0 (TOK (e)->text, "Prof.") == 0))
    s = ++e;
  while (e < b && e - s < 3 && is_name_token (TOK (e)))
    e++;
  /* Two words make a name ("Petra Beispiel"): one capitalised word after a
   * function noun is as often a noun as a surname. After a courtesy title
   * one is enough ("Mr. Grove").
   */
  if (e - s < ((title && g_str_has_suffix (t->text, ".")) ? 1u : 2u))
    return NULL;

  name = g_string_new (NULL);
  for (guint k = s; k < e; k++)
    {
      if (k > s)
        g_string_append_c (name, ' ');
      g_string_append (name, TOK (k)->text);
    }

  *gender = name_gender (TOK (s)->text);
  if (*gender == '?' && title)
    *gender = (g_str_has_suffix (t->lower, "in") || strcmp (t->lower, "frau") == 0 ||
               strcmp (t->lower, "ms.") == 0 || strcmp (t->lower, "mrs.") == 0)
              ? 'f' : 'm';
  if (name_start != NULL)
    *name_start = s;
  return g_string_free (name, FALSE);
}

/* Finds a person's name in tokens [a, b), see person_at(). */
static char *
find_person (GArray *toks,
             guint   a,
             guint   b,
             char   *gender,
             guint  *name_start)
{
  for (guint i = a; i < b; i++)
    {
      char *name = person_at (toks, i, b, gender, name_start);

      if (name != NULL)
        return name;
    }
  return NULL;
}

static char *
strip_genitive (const char *word)
{
  gsize len = strlen (word);

  if (len > 4 && g_str_has_suffix (word, "es"))
    {
      gunichar before = g_utf8_get_char (g_utf8_prev_char (word + len - 2));

      if (!strchr ("aeiouäöü", (int)(before < 128 ? before : 'a')))
        return g_strndup (word, len - 2);
    }
  if (len > 3 && g_str_has_suffix (word, "s") && !g_str_has_suffix (word, "ss"))
    return g_strndup (word, len - 1);
  return g_strdup (word);
}

static void
class_clear (Class *c)
{
  g_clear_pointer (&c->name, g_free);
}

/* The phrase [a, b) without leading articles and without quotation marks. */
static char *
phrase_name (GArray      *toks,
             guint        a,
             guint        b,
             const char  *text,
             gboolean     genitive)
{
  GString *s = g_string_new (NULL);
  guint first = a;

  while (first < b && (in_list (TOK (first)->lower, articles) ||
                       (TOK (first)->flags & T_QUOTE_MARK)) &&
         (TOK (first)->flags & (T_LOWER | T_QUOTE_MARK) || first == a))
    first++;

  for (guint i = first; i < b; i++)
    {
      Tok *t = TOK (i);

      if (t->flags & T_QUOTE_MARK)
        continue;
      if (s->len > 0 && !(i > first && TOK (i - 1)->end == t->start &&
                          !(TOK (i - 1)->flags & T_QUOTE_MARK)))
        g_string_append_c (s, ' ');
      if (genitive && i + 1 == b)
        {
          g_autofree char *stem = strip_genitive (t->text);
          g_string_append (s, stem);
        }
      else
        g_string_append (s, t->text);
    }

  if (s->len == 0)
    {
      g_string_free (s, TRUE);
      return NULL;
    }
  return g_string_free (s, FALSE);
}

/* "Medienberichten zufolge", "aus Regierungskreisen": a dative plural with
 * no article names the same sources as "Medienberichte", "Regierungskreise".
 */
static char *
nominative_plural (char *name)
{
  g_auto(GStrv) words = NULL;
  guint n;

  if (name == NULL)
    return NULL;
  words = g_strsplit (name, " ", -1);
  n = g_strv_length (words);
  if (n == 0)
    return name;
  {
    g_autofree char *last = g_utf8_strdown (words[n - 1], -1);

    if (!g_str_has_suffix (last, "berichten") && !g_str_has_suffix (last, "kreisen"))
      return name;
  }

  for (guint i = 0; i < n; i++)
    {
      gsize len = strlen (words[i]);
      gboolean lower = g_unichar_islower (g_utf8_get_char (words[i]));

      if ((i + 1 == n || lower) && len > 3 && g_str_has_suffix (words[i], "en"))
        words[i][len - 1] = '\0';
    }
  g_free (name);
  return g_strjoinv (" ", words);
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

static gboolean
match_known (GArray            *toks,
             guint              a,
             guint              b,
             const KnownSource **found)
{
  GStrv *known_words = get_known_words ();

  for (guint k = 0; k < G_N_ELEMENTS (known_sources); k++)
    {
      GStrv words = known_words[k];
      guint n = g_strv_length (words);

      for (guint i = a; i + n <= b; i++)
        {
          gboolean ok = TRUE;

          for (guint w = 0; w < n && ok; w++)
            ok = strcmp (TOK (i + w)->text, words[w]) == 0;
          if (ok)
            {
              *found = &known_sources[k];
              return TRUE;
            }
        }
    }
  return FALSE;
}

static gboolean
any_token (GArray             *toks,
           guint               a,
           guint               b,
           const char * const *suffixes,
           const char * const *words)
{
  for (guint i = a; i < b; i++)
    {
      Tok *t = TOK (i);

      if (t->flags & (T_PUNCT | T_QUOTE_MARK))
        continue;
      if (suffixes != NULL && has_suffix_in (t->lower, suffixes))
        return TRUE;
      if (words != NULL && in_list (t->lower, words))
        return TRUE;
    }
  return FALSE;
}

/* "die Nachrichtenagentur Xinhua", "der Sender WDR": the name after a
 * generic word is the source's name.
 */
static char *
name_after_generic (GArray *toks,
                    guint   a,
                    guint   b)
{
  static const char * const generic[] = {
    "nachrichtenagentur", "presseagentur", "agentur", "sender", "zeitung",
    "magazin", "blatt", "fernsehsender", "radiosender", "newspaper",
    "broadcaster", "agency", NULL
  };

  for (guint i = a; i + 1 < b; i++)
    if (in_list (TOK (i)->lower, generic) || has_suffix_in (TOK (i)->lower, generic_suffixes))
      {
        GString *name = g_string_new (NULL);

        for (guint k = i + 1;
             k < b && (is_cap_word (TOK (k)) || (TOK (k)->flags & T_QUOTE_MARK));
             k++)
          {
            if (TOK (k)->flags & T_QUOTE_MARK)
              continue;
            if (name->len > 0)
              g_string_append_c (name, ' ');
            g_string_append (name, TOK (k)->text);
          }
        if (name->len > 0)
          return g_string_free (name, FALSE);
        g_string_free (name, TRUE);
      }
  return NULL;
}

static gboolean
classify_tokens (GArray     *toks,
                 guint       a,
                 guint       b,
                 const char *text,
                 gboolean    anonymous_hint,
                 Class      *out)
{
  const KnownSource *known = NULL;
  g_autofree char *span = NULL;
  g_autofree char *person = NULL;
  gboolean genitive;
  guint content = a;
  guint n_content = 0;
  char gender = '?';

  memset (out, 0, sizeof *out);
  if (b <= a)
    return FALSE;

  genitive = strcmp (TOK (a)->lower, "des") == 0;
  while (content < b && ((in_list (TOK (content)->lower, articles) &&
                          (TOK (content)->flags & T_LOWER || content == a)) ||
                         (TOK (content)->flags & T_QUOTE_MARK)))
    content++;
  for (guint i = content; i < b; i++)
    if (!(TOK (i)->flags & T_QUOTE_MARK))
      n_content++;
  /* A bare pronoun, resolved by the caller. */
  if (b - a == 1 && (strcmp (TOK (a)->lower, "sie") == 0 ||
                     strcmp (TOK (a)->lower, "she") == 0))
    {
      out->ref = REF_PRONOUN;
      out->gender = 'f';
      out->kind = PX_SOURCE_PERSON;
      out->name = g_strdup (TOK (a)->text);
      return TRUE;
    }
  if (n_content == 0)
    return FALSE;

  span = g_strndup (text + TOK (a)->start, TOK (b - 1)->end - TOK (a)->start);

  if (b - a == 1 && (strcmp (TOK (a)->lower, "er") == 0 || strcmp (TOK (a)->lower, "he") == 0))
    {
      out->ref = REF_PRONOUN;
      out->gender = 'm';
      out->kind = PX_SOURCE_PERSON;
      out->name = g_strdup (TOK (a)->text);
      return TRUE;
    }
  if (b - a == 1 && (in_list (TOK (a)->lower, non_sources)))
    return FALSE;

  /* "die Zeitung", "dem Bericht", "the newspaper" */
  if (content > a && n_content == 1 && in_list (TOK (b - 1)->lower, backref_words))
    {
      out->ref = REF_BACK;
      out->kind = strstr (TOK (b - 1)->lower, "agentur") != NULL ||
                  strcmp (TOK (b - 1)->lower, "agency") == 0
                  ? PX_SOURCE_AGENCY : PX_SOURCE_OUTLET;
      out->name = phrase_name (toks, a, b, text, FALSE);
      return TRUE;
    }

  for (guint i = 0; anonymity_markers[i] != NULL; i++)
    if (strstr (span, anonymity_markers[i]) != NULL)
      anonymous_hint = TRUE;

  if (match_known (toks, content, b, &known))
    {
      out->kind = anonymous_hint ? PX_SOURCE_ANONYMOUS : known->kind;
      out->name = g_strdup (known->name);
      return TRUE;
    }

  if (anonymous_hint)
    {
      out->kind = PX_SOURCE_ANONYMOUS;
      out->name = phrase_name (toks, a, b, text, FALSE);
      return TRUE;
    }

  if (any_token (toks, content, b, agency_words, NULL) ||
      (strstr (span, "news agency") != NULL))
    {
      out->kind = PX_SOURCE_AGENCY;
      out->name = name_after_generic (toks, content, b);
      if (out->name == NULL)
        out->name = phrase_name (toks, a, b, text, FALSE);
      return TRUE;
    }

  if (any_token (toks, content, b, outlet_suffixes, outlet_words) &&
      !any_token (toks, content, b, media_words, NULL))
    {
      out->kind = PX_SOURCE_OUTLET;
      out->name = name_after_generic (toks, content, b);
      if (out->name == NULL)
        out->name = phrase_name (toks, a, b, text, FALSE);
      return TRUE;
    }

  if ((person = find_person (toks, content, b, &gender, NULL)))
    {
      out->kind = PX_SOURCE_PERSON;
      out->name = g_steal_pointer (&person);
      out->gender = gender;
      return TRUE;
    }

  if (any_token (toks, content, b, official_suffixes, NULL))
    {
      out->kind = PX_SOURCE_OFFICIAL;
      out->name = phrase_name (toks, a, b, text, FALSE);
      if (content == a)
        out->name = nominative_plural (out->name);
      return TRUE;
    }

  if (any_token (toks, content, b, anonymous_suffixes, NULL))
    {
      out->kind = PX_SOURCE_ANONYMOUS;
      out->name = phrase_name (toks, a, b, text, FALSE);
      if (content == a)
        out->name = nominative_plural (out->name);
      return TRUE;
    }

  if (any_token (toks, content, b, institution_suffixes, NULL))
    {
      out->kind = PX_SOURCE_INSTITUTION;
      out->name = phrase_name (toks, a, b, text, genitive);
      return TRUE;
    }

  if (any_token (toks, content, b, document_suffixes, NULL))
    {
      out->kind = PX_SOURCE_ANONYMOUS;
      out->name = phrase_name (toks, a, b, text, FALSE);
      return TRUE;
    }

  /* "die USA", "die EU": an acronym after an article is a body, not a role. */
  if (content > a && n_content == 1 && g_utf8_strlen (TOK (b - 1)->text, -1) >= 2)
    {
      g_autofree char *upper = g_utf8_strup (TOK (b - 1)->text, -1);

      if (strcmp (upper, TOK (b - 1)->text) == 0)
        {
          out->kind = PX_SOURCE_INSTITUTION;
          out->name = g_strdup (TOK (b - 1)->text);
          return TRUE;
        }
    }

  /* "der Bauer", "die Vorsitzende", "der Leiter des Stabs": a role that
   * names someone said before.
   */
  if (content > a && is_cap_word (TOK (content)) &&
      in_list (TOK (a)->lower, german_determiners) &&
      (has_suffix_in (TOK (content)->lower, title_suffixes) ||
       (n_content == 1 && has_suffix_in (TOK (content)->lower, (const char * const[]) {
          "er", "in", "e", "ist", "ent", "ant", "eur", "or", "chef", NULL }))))
    {
      const char *art = TOK (a)->lower;

      out->ref = REF_ROLE;
      out->kind = PX_SOURCE_PERSON;
      out->gender = (strcmp (art, "die") == 0 || strcmp (art, "eine") == 0 ||
                     strcmp (art, "der") != 0) ? 'f' : 'm';
      if (strcmp (art, "der") == 0 || strcmp (art, "ein") == 0)
        out->gender = 'm';
      out->name = phrase_name (toks, a, b, text, FALSE);
      return TRUE;
    }

  /* "Selenskyj", "Kim", "Uwe Kramm": capitalised words with no article. */
  if (content == a && n_content <= 3 && !in_list (TOK (a)->lower, quantifiers))
    {
      for (guint i = a; i < b; i++)
        if (!is_name_token (TOK (i)))
          return FALSE;
      out->kind = PX_SOURCE_PERSON;
      out->ref = n_content == 1 ? REF_SURNAME : REF_NONE;
      out->name = phrase_name (toks, a, b, text, FALSE);
      out->gender = name_gender (TOK (a)->text);
      return TRUE;
    }

  return FALSE;
}

/**
 * px_attribution_classify_source:
 * @text: a source phrase as written ("die New York Times", "drei Quellen")
 * @kind: (out): the kind of source
 * @name: (out) (optional) (transfer full): the normalised name
 *
 * Classifies a source phrase on its own, without the article around it
 * (so back-references and pronouns stay unresolved).
 *
 * Returns: whether @text reads as a source at all
 */
gboolean
px_attribution_classify_source (const char    *text,
                                PxSourceKind  *kind,
                                char         **name)
{
  g_autoptr(GArray) quotes = NULL;
  g_autoptr(GArray) toks = NULL;
  Class c;
  gboolean ok;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (kind != NULL, FALSE);

  quotes = px_quote_scan (text, strlen (text));
  toks = tokenize (text, 0, strlen (text), quotes);
  ok = classify_tokens (toks, 0, toks->len, text, FALSE, &c);
  if (ok)
    {
      *kind = c.kind;
      if (name != NULL)
        *name = g_steal_pointer (&c.name);
    }
  class_clear (&c);
  return ok;
}

/* Resolution against what the article said before */

static void
add_mention (Finder     *f,
             guint       pos,
             guint       sentence,
             const char *name,
             char        gender)
{
  Mention m = { 0, };
  const char *space = strrchr (name, ' ');

  m.pos = pos;
  m.sentence = sentence;
  m.name = g_strdup (name);
  m.last = g_strdup (space != NULL ? space + 1 : name);
  m.gender = gender;
  g_array_append_val (f->mentions, m);
}

static void
mention_clear (Mention *m)
{
  g_free (m->name);
  g_free (m->last);
}

static const Mention *
latest_person (Finder *f,
               guint   pos,
               guint   sentence,
               char    gender)
{
  const Mention *best = NULL;

  for (guint i = 0; i < f->mentions->len; i++)
    {
      const Mention *m = &g_array_index (f->mentions, Mention, i);

      if (m->pos >= pos || m->sentence + 5 < sentence)
        continue;
      if (gender != '?' && m->gender != '?' && m->gender != gender)
        continue;
      if (best == NULL || m->pos >= best->pos)
        best = m;
    }
  return best;
}

static void
scan_mentions (Finder *f,
               GArray *toks,
               guint   sentence)
{
  guint i = 0;

  while (i < toks->len)
    {
      char gender = '?';
      guint start = 0;
      guint end = MIN (toks->len, i + 6);
      g_autofree char *name = NULL;

      if (TOK (i)->flags & T_IN_QUOTE)
        {
          i++;
          continue;
        }
      for (guint k = i; k < end; k++)
        if (TOK (k)->flags & (T_PUNCT | T_IN_QUOTE))
          {
            end = k;
            break;
          }

      name = person_at (toks, i, end, &gender, &start);
      if (name != NULL)
        {
          add_mention (f, TOK (start)->start, sentence, name, gender);
          i = start + 1;
        }
      else
        i++;
    }
}

static Pending *
make_pending (const char *cue,
              PxSpan      cue_span)
{
  Pending *p = g_new0 (Pending, 1);

  p->cue = g_strdup (cue);
  p->cue_span = cue_span;
  p->via_texts = g_ptr_array_new_with_free_func (g_free);
  p->via_kinds = g_array_new (FALSE, FALSE, sizeof (PxSourceKind));
  return p;
}

/* Classifies [a, b) and resolves references; on success fills @p. */
static gboolean
resolve_source (Finder   *f,
                GArray   *toks,
                guint     a,
                guint     b,
                guint     sentence,
                gboolean  plural_verb,
                gboolean  anonymous_hint,
                Pending  *p)
{
  Class c;

  g_clear_pointer (&p->source, g_free);
  g_clear_pointer (&p->name, g_free);
  memset (&p->source_span, 0, sizeof p->source_span);

  if (!classify_tokens (toks, a, b, f->text, anonymous_hint, &c))
    return FALSE;

  p->source = g_strndup (f->text + TOK (a)->start, TOK (b - 1)->end - TOK (a)->start);
  p->source_span.start = TOK (a)->start;
  p->source_span.end = TOK (b - 1)->end;
  p->kind = c.kind;

  switch (c.ref)
    {
    case REF_PRONOUN:
      {
        const Mention *m;

        if (plural_verb ||
            (m = latest_person (f, TOK (a)->start, sentence, c.gender)) == NULL)
          {
            class_clear (&c);
            g_clear_pointer (&p->source, g_free);
            return FALSE;
          }
        p->name = g_strdup (m->name);
      }
      break;

    case REF_ROLE:
      /* "eine Anwohnerin" brings in someone new and unnamed; "die
       * Vorsitzende" points back at someone named before; with a plural
       * verb, a role names a group ("die Anwohner berichteten").
       */
      if (g_str_has_prefix (TOK (a)->lower, "ein") || plural_verb)
        {
          p->name = g_strdup (c.name);
          p->kind = PX_SOURCE_ANONYMOUS;
        }
      else
        {
          const Mention *m = latest_person (f, TOK (a)->start, sentence, c.gender);

          p->name = g_strdup (m != NULL ? m->name : c.name);
        }
      break;

    case REF_SURNAME:
      {
        gboolean known = FALSE;

        for (guint i = 0; i < f->mentions->len; i++)
          {
            const Mention *m = &g_array_index (f->mentions, Mention, i);

            known |= g_strcmp0 (m->last, c.name) == 0 ||
                     (g_str_has_prefix (m->name, c.name) && m->name[strlen (c.name)] == ' ');
          }
        /* A lone capitalised word opening the sentence is more likely an
         * adverb ("Gleichzeitig") than a surname nobody introduced.
         */
        if (!known && a == 0)
          {
            class_clear (&c);
            g_clear_pointer (&p->source, g_free);
            return FALSE;
          }
        p->name = g_strdup (c.name);
        for (guint i = f->mentions->len; i > 0; i--)
          {
            const Mention *m = &g_array_index (f->mentions, Mention, i - 1);

            if (g_strcmp0 (m->last, c.name) == 0 ||
                (g_str_has_prefix (m->name, c.name) && m->name[strlen (c.name)] == ' '))
              {
                g_free (p->name);
                p->name = g_strdup (m->name);
                break;
              }
          }
      }
      break;

    case REF_BACK:
      if (f->last_outlet != NULL)
        {
          p->name = g_strdup (f->last_outlet);
          p->kind = f->last_outlet_kind;
        }
      else
        {
          /* "the reports said" with no outlet named: unnamed reports. */
          p->name = g_strdup (c.name);
          if (g_str_has_prefix (TOK (b - 1)->lower, "bericht") ||
              g_str_has_prefix (TOK (b - 1)->lower, "report"))
            p->kind = PX_SOURCE_ANONYMOUS;
        }
      break;

    case REF_NONE:
    default:
      p->name = g_strdup (c.name);
      break;
    }

  /* A name written out needs no apposition to say who it is. */
  p->named = c.kind == PX_SOURCE_PERSON && c.ref != REF_ROLE;

  class_clear (&c);
  return TRUE;
}

static guint
skip_adverbials (GArray *toks,
                 guint   j)
{
  while (j < toks->len)
    {
      Tok *t = TOK (j);

      if (in_list (t->lower, adverbs_after_verb))
        j++;
      else if ((strcmp (t->lower, "am") == 0 || strcmp (t->lower, "on") == 0) &&
               j + 1 < toks->len && is_cap_word (TOK (j + 1)))
        j += 2;
      else
        break;
    }
  return j;
}

/* An apposition that names the person behind a function: "sagte der Leiter
 * des Stabs, Dr. Matthias Kröger."
 */
static gboolean
apposition (Finder  *f,
            GArray  *toks,
            guint    b,
            guint    sentence,
            Pending *p)
{
  guint e;
  char gender;
  g_autofree char *name = NULL;

  if (p->named)
    return FALSE;
  /* "der Leiter des Stabs im Landkreis, Dr. Matthias Kröger" */
  for (guint k = b; k < toks->len && k < b + 4; k++)
    {
      if (strcmp (TOK (k)->text, ",") == 0)
        {
          b = k;
          break;
        }
      if (TOK (k)->flags & (T_PUNCT | T_IN_QUOTE))
        break;
    }
  if (b >= toks->len || strcmp (TOK (b)->text, ",") != 0)
    return FALSE;
  e = b + 1;
  while (e < toks->len && !(TOK (e)->flags & (T_PUNCT | T_IN_QUOTE)) && e - b < 6)
    e++;
  if (e != toks->len && strcmp (TOK (e)->text, ".") != 0 && strcmp (TOK (e)->text, ",") != 0)
    return FALSE;
  if (!(name = find_person (toks, b + 1, e, &gender, NULL)))
    {
      /* "Dr." marks a name even without a title before it. */
      if (b + 3 < e && strcmp (TOK (b + 1)->text, "Dr.") == 0)
        name = g_strdup_printf ("%s %s", TOK (b + 2)->text, TOK (b + 3)->text);
      else if (e - (b + 1) == 2 && is_name_token (TOK (b + 1)) && is_name_token (TOK (b + 2)))
        name = g_strdup_printf ("%s %s", TOK (b + 1)->text, TOK (b + 2)->text);
      else
        return FALSE;
      gender = name_gender (TOK (b + 1)->text);
    }

  g_free (p->name);
  p->name = g_steal_pointer (&name);
  p->kind = PX_SOURCE_PERSON;
  add_mention (f, TOK (b + 1)->start, sentence, p->name, gender);
  return TRUE;
}

static void
add_via (Finder  *f,
         GArray  *toks,
         guint    a,
         guint    b,
         Pending *p)
{
  Class c;
  g_autofree char *text = phrase_name (toks, a, b, f->text, FALSE);
  PxSourceKind kind = PX_SOURCE_ANONYMOUS;

  if (text == NULL)
    return;
  if (classify_tokens (toks, a, b, f->text, FALSE, &c))
    {
      kind = c.kind;
      class_clear (&c);
    }
  g_ptr_array_add (p->via_texts, g_steal_pointer (&text));
  g_array_append_val (p->via_kinds, kind);
}

static PxSpan
tok_span (GArray *toks,
          guint   a,
          guint   b)
{
  PxSpan span = { TOK (a)->start, TOK (b - 1)->end };
  return span;
}

static char *
span_text (Finder *f,
           PxSpan  span)
{
  return g_strndup (f->text + span.start, span.end - span.start);
}

/* The source of a verb cue at @v: before the verb when a subject stands
 * there ("Das Ministerium bestätigte"), after it when the verb opens its
 * clause ("…“, sagte Kröger") or follows an object ("Das berichtete die
 * Zeitung").
 */
static gboolean
verb_source (Finder   *f,
             GArray   *toks,
             guint     v,
             guint     sentence,
             gboolean  plural,
             Pending  *p,
             guint    *src_end)
{
  guint b = v;
  guint np_end;
  gboolean clause_initial;

  while (b > 0)
    {
      /* "Die «Hafenpost» und der «Abendkurier» meldeten übereinstimmend" */
      if (b >= 2 && in_list (TOK (b - 1)->lower, coordinators) &&
          (is_cap_word (TOK (b - 2)) || (TOK (b - 2)->flags & T_NAME_QUOTE)) &&
          (is_cap_word (TOK (b)) || in_list (TOK (b)->lower, articles)))
        {
          b -= 2;
          continue;
        }
      /* "Olaf Scholz (SPD) betonte": a party or place in brackets. */
      if (strcmp (TOK (b - 1)->text, ")") == 0)
        {
          guint k = b - 1;

          while (k > 0 && b - k < 6 && strcmp (TOK (k)->text, "(") != 0)
            k--;
          if (strcmp (TOK (k)->text, "(") == 0 && k > 0 && !tok_is_boundary (TOK (k - 1)))
            {
              b = k;
              continue;
            }
        }
      if (tok_is_boundary (TOK (b - 1)))
        break;
      b--;
    }
  clause_initial = b == v;

  if (!clause_initial)
    {
      if (f->english)
        {
          /* English subjects sit right before the verb, perhaps with an
           * auxiliary or adverb between: "The ministry has so far only said".
           */
          guint a = b;
          guint e = np_forward (toks, a, TRUE);
          gboolean only_aux = e > a;

          for (guint k = e; k < v && only_aux; k++)
            only_aux = in_list (TOK (k)->lower, auxiliaries) ||
                       g_str_has_suffix (TOK (k)->lower, "ly") ||
                       in_list (TOK (k)->lower, english_fillers);
          if (!only_aux)
            e = v;
          if (a < e && introduces_content (toks, v) &&
              resolve_source (f, toks, a, e, sentence, plural, FALSE, p))
            {
              *src_end = v;
              return TRUE;
            }

          /* After a subject, what follows the verb is its object ("wrote the
           * report"); only a passive names the source there.
           */
          {
            guint k = skip_adverbials (toks, v + 1);

            if (k >= toks->len || strcmp (TOK (k)->lower, "by") != 0)
              return FALSE;
          }
        }
      else
        {
          np_end = np_forward (toks, b, FALSE);
          /* A genitive is never the subject ("Während des Treffens sagte Xi"). */
          if (np_end > b && in_list (TOK (b)->lower, genitive_articles))
            np_end = b;
          /* A subject, then an object: an action, not a statement. */
          if (np_end == v && !introduces_content (toks, v))
            {
              Class c;
              gboolean subject = classify_tokens (toks, b, np_end, f->text, FALSE, &c);

              class_clear (&c);
              if (subject)
                return FALSE;
            }
          if (np_end > b &&
              (np_end == v || in_list (TOK (np_end)->lower, gap_words) ||
               in_list (TOK (np_end)->lower, (const char * const[]) { "und", "sowie", NULL })) &&
              introduces_content (toks, v) &&
              resolve_source (f, toks, b, np_end, sentence, plural, FALSE, p))
            {
              *src_end = np_end;
              return TRUE;
            }
          if (np_end == b && v - b == 1 && introduces_content (toks, v) &&
              (strcmp (TOK (b)->lower, "er") == 0 || strcmp (TOK (b)->lower, "sie") == 0) &&
              resolve_source (f, toks, b, v, sentence, plural, FALSE, p))
            {
              *src_end = v;
              return TRUE;
            }
          /* A noun phrase right before the verb is its subject, even one we
           * cannot classify ("Die Opposition kündigte Widerstand an"); a
           * single word may be a fronted object or adverb ("Das teilte die
           * Polizei mit", "Gleichzeitig argumentieren Befürworter").
           */
          if (np_end == v && v - b > 1)
            return FALSE;
        }
    }

  /* "Ein Beamter, der anonym bleiben wollte, sagte": the subject stands
   * before a relative clause.
   */
  if (clause_initial && b > 0 && strcmp (TOK (b - 1)->text, ",") == 0)
    {
      guint r = b - 1;

      while (r > 0 && strcmp (TOK (r - 1)->text, ",") != 0 && !(TOK (r - 1)->flags & T_IN_QUOTE))
        r--;
      if (r >= 2 && r + 1 < b - 1 && strcmp (TOK (r - 1)->text, ",") == 0 &&
          (in_list (TOK (r)->lower, f->english ? relative_en : relative_de) ||
           (f->english && g_str_has_suffix (TOK (r)->lower, "ing"))))
        {
          guint s0 = r - 1;
          gboolean hint = FALSE;

          while (s0 > 0 && !tok_is_boundary (TOK (s0 - 1)))
            s0--;
          for (guint k = r; k < b; k++)
            hint |= g_str_has_prefix (TOK (k)->lower, "anonym") ||
                    strcmp (TOK (k)->lower, "anonymity") == 0;
          if (s0 < r - 1)
            {
              guint e = f->english ? r - 1 : np_forward (toks, s0, FALSE);

              if (e == r - 1 && resolve_source (f, toks, s0, e, sentence, plural, hint, p))
                {
                  *src_end = v;
                  return TRUE;
                }
            }
        }
    }

  /* Whom someone told is the addressee, never the speaker. */
  if (in_list (TOK (v)->lower, (const char * const[]) { "told", "tells", "tell", NULL }))
    return FALSE;

  {
    guint a = skip_adverbials (toks, v + 1);
    guint e;

    /* "was first reported by the Lakeside Herald" */
    if (a < toks->len && strcmp (TOK (a)->lower, "by") == 0)
      a++;

    /* Separable particle right after the verb: "kündigte an, …" */
    if (a < toks->len && is_verb_form (TOK (v)->lower) &&
        g_strcmp0 (((VerbInfo *)g_hash_table_lookup (get_verb_table (), TOK (v)->lower))->particle,
                   TOK (a)->lower) == 0)
      return FALSE;
    if (a < toks->len && in_list (TOK (a)->lower, personal_pronouns))
      e = a + 1;
    else
      e = np_forward (toks, a, f->english);
    if (e > a && resolve_source (f, toks, a, e, sentence, plural, FALSE, p))
      {
        *src_end = e;
        return TRUE;
      }
  }

  return FALSE;
}

/* After a subject ("Der Verband kritisierte das Vorgehen"), a verb reports
 * speech only when what follows is content: a clause, a colon, a quotation;
 * a direct object first means an action, not a statement.
 */
static gboolean
introduces_content (GArray *toks,
                    guint   v)
{
  guint b = v;

  const char *particle;

  /* "wie die Zeitung zitierte": the content is the main clause. */
  while (b > 0 && !tok_is_boundary (TOK (b - 1)))
    b--;
  if (b > 0 && in_list (TOK (b - 1)->lower, (const char * const[]) { "wie", "as", NULL }))
    return TRUE;

  static const char * const objects[] = {
    "das", "die", "den", "ein", "eine", "einen", "diese", "diesen", "dieses",
    "the", "a", "an", "his", "her", "its", "their", NULL
  };
  static const char * const speech[] = {
    "sagt", "sagte", "sagten", "sagen", "said", "says", "say", "told", "tells",
    "berichtet", "berichtete", "berichteten", "schreibt", "schrieb", "reported",
    "wrote", "writes", NULL
  };

  /* English drops "that": "The newspaper said the closure would…" */
  if (in_list (TOK (v)->lower, say_verbs))
    return TRUE;

  {
    VerbInfo *info = g_hash_table_lookup (get_verb_table (), TOK (v)->lower);

    particle = info != NULL ? info->particle : NULL;
  }

  for (guint k = v + 1; k < toks->len; k++)
    {
      Tok *t = TOK (k);

      if (g_strcmp0 (t->lower, particle) == 0)
        continue;
      if ((t->flags & T_IN_QUOTE) ||
          ((t->flags & T_QUOTE_MARK) && !(t->flags & T_NAME_QUOTE)))
        return TRUE;
      if (strcmp (t->text, ",") == 0 || strcmp (t->text, ":") == 0 ||
          in_list (t->lower, (const char * const[]) { "dass", "that", "ob", "whether", NULL }))
        return TRUE;
      if (t->flags & T_PUNCT && !(t->flags & T_QUOTE_MARK))
        break;
      if (in_list (t->lower, objects))
        return FALSE;
    }

  return in_list (TOK (v)->lower, speech);
}

static void
finish_pending (Finder    *f,
                GPtrArray *pending,
                guint      sentence)
{
  for (guint i = 0; i < pending->len; i++)
    {
      Pending *p = g_ptr_array_index (pending, i);
      gboolean dup = FALSE;

      for (guint k = 0; k < i; k++)
        {
          Pending *q = g_ptr_array_index (pending, k);

          if (g_strcmp0 (q->name, p->name) == 0 && q->kind == p->kind)
            dup = TRUE;
        }
      if (dup)
        continue;

      g_ptr_array_add (f->result,
                       px_attribution_new (sentence, p->cue, p->cue_span, p->source,
                                           p->name, p->source_span, p->kind,
                                           (const char * const *)p->via_texts->pdata,
                                           (const PxSourceKind *)p->via_kinds->data,
                                           p->via_texts->len));

      if ((p->kind == PX_SOURCE_OUTLET || p->kind == PX_SOURCE_AGENCY) && p->name != NULL)
        {
          g_free (f->last_outlet);
          f->last_outlet = g_strdup (p->name);
          f->last_outlet_kind = p->kind;
        }
      if (p->kind == PX_SOURCE_PERSON && p->name != NULL &&
          p->source_span.end > p->source_span.start)
        {
          g_auto(GStrv) words = g_strsplit (p->name, " ", 2);

          add_mention (f, p->source_span.start, sentence, p->name, name_gender (words[0]));
        }
    }
}

static guint
konjunktiv_at (GArray *toks)
{
  for (guint i = 0; i < toks->len; i++)
    {
      Tok *t = TOK (i);

      if (t->flags & (T_IN_QUOTE | T_PUNCT))
        continue;
      if (!in_list (t->lower, konjunktiv))
        continue;
      /* "ich habe", "ich werde" are indicative. */
      if (i > 0 && strcmp (TOK (i - 1)->lower, "ich") == 0)
        continue;
      if (i + 1 < toks->len && strcmp (TOK (i + 1)->lower, "ich") == 0)
        continue;
      return i;
    }
  return G_MAXUINT;
}

static gboolean
sentence_has_konjunktiv (GArray *toks)
{
  return konjunktiv_at (toks) != G_MAXUINT;
}

static gboolean
token_is (GArray     *toks,
          guint       i,
          const char *lower)
{
  return i < toks->len && strcmp (TOK (i)->lower, lower) == 0 &&
         !(TOK (i)->flags & T_IN_QUOTE);
}

/* Everything before the verb in its clause that makes an -en form an
 * infinitive ("wollte … bestätigen") rather than a plural.
 */
static gboolean
governed_infinitive (GArray *toks,
                     guint   v)
{
  for (guint i = v; i > 0 && v - i < 10; i--)
    {
      Tok *t = TOK (i - 1);

      if (t->flags & T_PUNCT)
        break;
      if (in_list (t->lower, auxiliaries))
        return TRUE;
    }
  return FALSE;
}

static void
attach_vias (Finder    *f,
             GArray    *toks,
             GPtrArray *pending)
{
  for (guint i = 0; i < toks->len; i++)
    {
      guint a = 0;
      Pending *target = NULL;

      if (TOK (i)->flags & T_IN_QUOTE)
        continue;

      if (token_is (toks, i, "unter") && token_is (toks, i + 1, "berufung") &&
          token_is (toks, i + 2, "auf"))
        a = i + 3;
      else if ((token_is (toks, i, "citing") || token_is (toks, i, "quoting")) && pending->len > 0)
        a = i + 1;
      else if (token_is (toks, i, "sich") && token_is (toks, i + 1, "auf") && i > 0 &&
               (g_str_has_prefix (TOK (i - 1)->lower, "beruf") ||
                g_str_has_prefix (TOK (i - 1)->lower, "berief") ||
                in_list (TOK (i - 1)->lower, (const char * const[]) { "der", "die", "das", NULL })))
        a = i + 2;
      else
        continue;

      for (guint k = 0; k < pending->len; k++)
        {
          Pending *p = g_ptr_array_index (pending, k);

          if (p->source_span.start <= TOK (i)->start || target == NULL)
            target = p;
        }
      if (target == NULL)
        continue;

      {
        guint e = np_forward (toks, a, f->english);

        if (e > a)
          add_via (f, toks, a, e, target);
      }
    }
}

static void
find_in_sentence (Finder *f,
                  guint   index,
                  guint   start,
                  guint   end,
                  guint  *last_attributed)
{
  g_autoptr(GArray) toks = tokenize (f->text, start, end, f->quotes);
  g_autoptr(GPtrArray) pending = g_ptr_array_new_with_free_func ((GDestroyNotify)pending_free);
  GHashTable *verbs = get_verb_table ();
  guint n = toks->len;
  guint first_mention = f->mentions->len;

  scan_mentions (f, toks, index);

  for (guint i = 0; i < n; i++)
    {
      Tok *t = TOK (i);
      Pending *p = NULL;
      guint src_end = 0;

      if (t->flags & (T_IN_QUOTE | T_PUNCT))
        continue;

      /* "laut X" */
      if (strcmp (t->lower, "laut") == 0 && i + 1 < n && !f->english)
        {
          guint e = np_forward (toks, i + 1, FALSE);

          p = make_pending (t->text, tok_span (toks, i, i + 1));
          if (e > i + 1 && resolve_source (f, toks, i + 1, e, index, FALSE, FALSE, p))
            {
              if (e < n && strcmp (TOK (e)->text, ",") == 0 && f->english == FALSE)
                apposition (f, toks, e, index, p);
              g_ptr_array_add (pending, p);
              i = e - 1;
              continue;
            }
          pending_free (p);
          continue;
        }

      /* "X zufolge" */
      if (strcmp (t->lower, "zufolge") == 0)
        {
          guint a = np_backward (toks, i);

          p = make_pending (t->text, tok_span (toks, i, i + 1));
          if (a < i && resolve_source (f, toks, a, i, index, FALSE, FALSE, p))
            g_ptr_array_add (pending, p);
          else
            pending_free (p);
          continue;
        }

      /* "according to X" */
      if (strcmp (t->lower, "according") == 0 && token_is (toks, i + 1, "to"))
        {
          guint e = np_forward (toks, i + 2, TRUE);

          p = make_pending ("according to", tok_span (toks, i, i + 2));
          if (e > i + 2 && resolve_source (f, toks, i + 2, e, index, FALSE, FALSE, p))
            {
              g_ptr_array_add (pending, p);
              i = e - 1;
            }
          else
            pending_free (p);
          continue;
        }

      /* "nach Angaben des Landkreises", "nach Blickpunkt24-Informationen" */
      if (strcmp (t->lower, "nach") == 0 && i + 1 < n)
        {
          static const char * const nouns[] = {
            "angaben", "informationen", "darstellung", "aussage", "aussagen",
            "auskunft", "worten", "erkenntnissen", "einschätzung", "recherchen",
            NULL
          };
          Tok *u = TOK (i + 1);
          g_autofree char *cue = NULL;

          if (in_list (u->lower, nouns))
            {
              guint a = i + 2;
              guint e;

              if (a < n && in_list (TOK (a)->lower, from_words))
                a++;
              e = np_forward (toks, a, FALSE);
              cue = g_strdup_printf ("%s %s", t->text, u->text);
              p = make_pending (cue, tok_span (toks, i, i + 2));
              if (e > a && resolve_source (f, toks, a, e, index, FALSE, FALSE, p))
                {
                  /* "nach Angaben der Betreiber": a genitive, not someone
                   * named before.
                   */
                  if (p->kind == PX_SOURCE_PERSON && !p->named)
                    {
                      g_free (p->name);
                      p->name = phrase_name (toks, a, e, f->text, FALSE);
                      p->kind = PX_SOURCE_ANONYMOUS;
                    }
                  g_ptr_array_add (pending, p);
                  i = e - 1;
                }
              else
                pending_free (p);
              continue;
            }
          for (guint k = 0; nouns[k] != NULL; k++)
            {
              const char *suffix = nouns[k];
              gsize ul = strlen (u->lower), sl = strlen (suffix);

              if (ul > sl + 1 && g_str_has_suffix (u->lower, suffix) && is_cap_word (u))
                {
                  g_autofree char *prefix = g_strndup (u->text, strlen (u->text) - sl);
                  PxSourceKind kind;
                  g_autofree char *name = NULL;

                  if (g_str_has_suffix (prefix, "-"))
                    prefix[strlen (prefix) - 1] = '\0';
                  cue = g_strdup_printf ("%s %s", t->text, u->text);
                  p = make_pending (cue, tok_span (toks, i, i + 2));
                  p->source = g_strdup (prefix);
                  p->source_span.start = u->start;
                  p->source_span.end = u->start + strlen (prefix);
                  /* "nach SZ-Informationen": an outlet's own reporting,
                   * unless the prefix says otherwise ("Polizeiangaben").
                   */
                  if (px_attribution_classify_source (prefix, &kind, &name) &&
                      kind != PX_SOURCE_PERSON)
                    {
                      p->kind = kind;
                      p->name = g_steal_pointer (&name);
                    }
                  else
                    {
                      p->kind = PX_SOURCE_OUTLET;
                      p->name = g_strdup (prefix);
                    }
                  g_ptr_array_add (pending, p);
                  break;
                }
            }
          continue;
        }

      /* "…“, so Jaschke" */
      if (strcmp (t->lower, "so") == 0 && i > 0 && i + 1 < n &&
          (strcmp (TOK (i - 1)->text, ",") == 0 || (TOK (i - 1)->flags & T_QUOTE_MARK)) &&
          (is_cap_word (TOK (i + 1)) || in_list (TOK (i + 1)->lower, articles) ||
           in_list (TOK (i + 1)->lower, quantifiers)))
        {
          guint e = np_forward (toks, i + 1, FALSE);

          p = make_pending (t->text, tok_span (toks, i, i + 1));
          if (e > i + 1 && resolve_source (f, toks, i + 1, e, index, FALSE, FALSE, p))
            {
              apposition (f, toks, e, index, p);
              g_ptr_array_add (pending, p);
              i = e - 1;
            }
          else
            pending_free (p);
          continue;
        }

      /* "reportedly": from reports nobody names. */
      if (f->english && strcmp (t->lower, "reportedly") == 0)
        {
          p = make_pending (t->text, tok_span (toks, i, i + 1));
          p->kind = PX_SOURCE_ANONYMOUS;
          g_ptr_array_add (pending, p);
          continue;
        }

      /* "The association criticised the plan, saying …": the speaker is
       * the subject of the sentence.
       */
      if (f->english && strcmp (t->lower, "saying") == 0 && i > 0 &&
          strcmp (TOK (i - 1)->text, ",") == 0 && pending->len == 0)
        {
          guint e = np_forward (toks, 0, TRUE);

          p = make_pending (t->text, tok_span (toks, i, i + 1));
          if (e > 0 && resolve_source (f, toks, 0, e, index, FALSE, FALSE, p))
            g_ptr_array_add (pending, p);
          else
            pending_free (p);
          continue;
        }

      /* "demnach": from the outlet named last. */
      if (strcmp (t->lower, "demnach") == 0 && f->last_outlet != NULL)
        {
          p = make_pending (t->text, tok_span (toks, i, i + 1));
          p->source = g_strdup (t->text);
          p->source_span = p->cue_span;
          p->name = g_strdup (f->last_outlet);
          p->kind = f->last_outlet_kind;
          g_ptr_array_add (pending, p);
          continue;
        }

      /* Reporting verbs */
      if (g_hash_table_contains (verbs, t->lower) && (t->flags & T_LOWER))
        {
          VerbInfo *info = g_hash_table_lookup (verbs, t->lower);
          gboolean plural = g_str_has_suffix (t->lower, "en") && !f->english;
          g_autofree char *cue = NULL;
          PxSpan cue_span = tok_span (toks, i, i + 1);
          guint particle_at = 0;
          gboolean english_form = g_str_has_suffix (t->lower, "ed") ||
                                  in_list (t->lower, english_irregular) ||
                                  (g_str_has_suffix (t->lower, "s") &&
                                   !g_str_has_suffix (t->lower, "es"));

          if (f->english != english_form && !(f->english && g_str_has_suffix (t->lower, "s")))
            {
              /* A German form in English text or the other way round: a
               * name or a loan word, not a cue.
               */
              if (f->english || g_str_has_suffix (t->lower, "ed") || strcmp (t->lower, "said") == 0)
                continue;
            }

          if (info->particle != NULL)
            {
              for (guint k = i + 1; k < n && k < i + 14; k++)
                {
                  if (TOK (k)->flags & (T_PUNCT | T_IN_QUOTE))
                    break;
                  if (strcmp (TOK (k)->lower, info->particle) == 0)
                    {
                      particle_at = k;
                      break;
                    }
                }
              /* "es heißt" with the particle in front */
              if (particle_at == 0 && i > 0 && strcmp (TOK (i - 1)->lower, info->particle) == 0 &&
                  strcmp (info->particle, "es") == 0)
                particle_at = i - 1;
              if (particle_at == 0)
                continue;
              cue = g_strdup_printf ("%s %s", t->text, TOK (particle_at)->text);
            }
          else
            cue = g_strdup (t->text);

          if (plural && !f->english && governed_infinitive (toks, i))
            continue;
          /* "the Ledger was told": the writer was told, by someone else. */
          if (f->english && i > 0 && in_list (TOK (i - 1)->lower, passive_auxiliaries))
            continue;
          if (f->english && strcmp (t->lower, "reports") == 0 && i > 0 &&
              in_list (TOK (i - 1)->lower, report_noun_context))
            continue;

          p = make_pending (cue, cue_span);

          /* "heißt es (in dem Bericht | aus Regierungskreisen)" */
          if (info->particle != NULL && strcmp (info->particle, "es") == 0)
            {
              guint a = MAX (i, particle_at) + 1;
              guint e;

              if (a < n && in_list (TOK (a)->lower, heisst_preps))
                {
                  gboolean im = strcmp (TOK (a)->lower, "im") == 0 ||
                                strcmp (TOK (a)->lower, "vom") == 0;

                  a++;
                  e = np_forward (toks, a, FALSE);
                  if (e > a && im && e == a + 1 && in_list (TOK (a)->lower, backref_words) &&
                      f->last_outlet != NULL)
                    {
                      p->source = span_text (f, tok_span (toks, a, e));
                      p->source_span = tok_span (toks, a, e);
                      p->name = g_strdup (f->last_outlet);
                      p->kind = f->last_outlet_kind;
                      g_ptr_array_add (pending, p);
                      i = e - 1;
                      continue;
                    }
                  if (e > a && resolve_source (f, toks, a, e, index, FALSE, FALSE, p))
                    {
                      g_ptr_array_add (pending, p);
                      i = e - 1;
                      continue;
                    }
                }
              p->kind = PX_SOURCE_ANONYMOUS;
              g_ptr_array_add (pending, p);
              continue;
            }

          if (verb_source (f, toks, i, index, plural, p, &src_end))
            {
              Pending *first = p;

              apposition (f, toks, src_end, index, p);
              g_ptr_array_add (pending, p);

              /* "Die «Hafenpost» und der «Abendkurier» meldeten übereinstimmend" */
              if (src_end < n && in_list (TOK (src_end)->lower, coordinators))
                {
                  guint a = src_end + 1;
                  guint e = np_forward (toks, a, f->english);
                  Pending *q = make_pending (cue, cue_span);

                  if (e > a && resolve_source (f, toks, a, e, index, plural, FALSE, q) &&
                      q->kind != PX_SOURCE_ANONYMOUS && first->kind != PX_SOURCE_ANONYMOUS)
                    g_ptr_array_add (pending, q);
                  else
                    pending_free (q);
                }
            }
          else
            pending_free (p);
          continue;
        }
    }

  attach_vias (f, toks, pending);

  /* Indirect speech with no cue of its own continues the attribution of the
   * sentences just before.
   */
  if (pending->len == 0 && !f->english && sentence_has_konjunktiv (toks))
    {
      PxSpan empty = { 0, 0 };
      Pending *p = make_pending ("Konjunktiv I", empty);

      guint k1 = konjunktiv_at (toks);
      const Mention *own = NULL;

      /* "Blinken hatte angedeutet, dass es Bewegung gebe": the speaker is
       * named in the sentence itself.
       */
      for (guint m = first_mention; m < f->mentions->len; m++)
        if (g_array_index (f->mentions, Mention, m).pos < TOK (k1)->start)
          own = &g_array_index (f->mentions, Mention, m);

      p->kind = PX_SOURCE_ANONYMOUS;
      if (own != NULL)
        {
          p->source = g_strdup (own->name);
          p->name = g_strdup (own->name);
          p->kind = PX_SOURCE_PERSON;
          p->source_span.start = own->pos;
          p->source_span.end = own->pos + strlen (own->name);
        }
      else for (guint k = f->result->len; k > 0; k--)
        {
          const PxAttribution *last = g_ptr_array_index (f->result, k - 1);

          if (*last_attributed != G_MAXUINT && px_attribution_get_sentence (last) + 3 >= index)
            {
              p->source = g_strdup (px_attribution_get_source (last));
              p->name = g_strdup (px_attribution_get_source_name (last));
              p->source_span = empty;
              p->kind = px_attribution_get_source_kind (last);
              for (guint v = 0; v < px_attribution_get_n_via (last); v++)
                {
                  PxSourceKind kind = px_attribution_get_via_kind (last, v);

                  g_ptr_array_add (p->via_texts, g_strdup (px_attribution_get_via_text (last, v)));
                  g_array_append_val (p->via_kinds, kind);
                }
            }
          break;
        }
      g_ptr_array_add (pending, p);
    }

  if (pending->len > 0)
    *last_attributed = index;
  finish_pending (f, pending, index);
}

#define ATTRIBUTIONS_KEY "px-attributions"

static GPtrArray *find_attributions (PxArticle *article);

static gpointer
dup_array (gpointer data,
           gpointer user_data)
{
  return data != NULL ? g_ptr_array_ref (data) : NULL;
}

/**
 * px_attribution_find:
 * @article: a loaded article
 *
 * Finds attributions in the article's body sentences: reporting verbs,
 * "laut"/"zufolge"/"nach Angaben", "so X", "according to", "citing",
 * indirect speech in Konjunktiv I. Sources are classified, back-references
 * and pronouns resolved against earlier sentences.
 *
 * Articles do not change once loaded, so the result is kept with the
 * article and shared by later calls (the aligner and the comparison both
 * ask); callers must not modify it.
 *
 * Returns: (transfer full) (element-type PxAttribution): the attributions,
 *   in text order
 */
GPtrArray *
px_attribution_find (PxArticle *article)
{
  GPtrArray *found;

  g_return_val_if_fail (PX_IS_ARTICLE (article), NULL);

  found = g_object_dup_data (G_OBJECT (article), ATTRIBUTIONS_KEY, dup_array, NULL);
  if (found != NULL)
    return found;
  found = find_attributions (article);
  /* Another thread may have stored its own (equal) result meanwhile. */
  if (!g_object_replace_data (G_OBJECT (article), ATTRIBUTIONS_KEY, NULL, g_ptr_array_ref (found),
                              (GDestroyNotify)g_ptr_array_unref, NULL))
    g_ptr_array_unref (found);
  return found;
}

static GPtrArray *
find_attributions (PxArticle *article)
{
  g_autoptr(GPtrArray) result = NULL;
  const PxSentence *sentences;
  guint n_sentences = 0;
  guint last_attributed = G_MAXUINT;
  Finder f = { 0, };

  result = g_ptr_array_new_with_free_func ((GDestroyNotify)px_attribution_unref);
  f.text = px_article_get_text (article);
  f.english = g_strcmp0 (px_article_get_language (article), "en") == 0;
  f.quotes = px_quote_scan (f.text, px_article_get_text_length (article));
  f.result = result;
  f.mentions = g_array_new (FALSE, FALSE, sizeof (Mention));
  g_array_set_clear_func (f.mentions, (GDestroyNotify)mention_clear);

  sentences = px_article_get_sentences (article, &n_sentences);
  for (guint i = 0; i < n_sentences; i++)
    {
      if (sentences[i].kind != PX_SENTENCE_BODY)
        continue;
      find_in_sentence (&f, i, sentences[i].start, sentences[i].end, &last_attributed);
    }

  g_array_unref (f.quotes);
  g_array_unref (f.mentions);
  g_free (f.last_outlet);
  return g_steal_pointer (&result);
}

/**
 * px_attribution_describe_root:
 * @article: an article
 *
 * Returns: (transfer full) (nullable): the root of the article's chains:
 *   its outlet, its dateline agency, or both ("Hanseatische Allgemeine ←
 *   dpa")
 */
char *
px_attribution_describe_root (PxArticle *article)
{
  const char *outlet, *agency;

  g_return_val_if_fail (PX_IS_ARTICLE (article), NULL);

  outlet = px_article_get_outlet (article);
  agency = px_article_get_agency (article);
  if (outlet != NULL && agency != NULL && g_utf8_collate (outlet, agency) != 0)
    return g_strdup_printf ("%s ← %s", outlet, agency);
  if (outlet != NULL)
    return g_strdup (outlet);
  return g_strdup (agency);
}

/**
 * px_attribution_is_indirect_speech:
 * @sentence: a sentence
 * @language: "de" or "en"
 *
 * Whether a sentence reports speech indirectly: German Konjunktiv I outside
 * quotation marks, or a "dass"/"that" clause after a reporting verb.
 *
 * Returns: %TRUE for indirect speech
 */
gboolean
px_attribution_is_indirect_speech (const char *sentence,
                                   const char *language)
{
  g_autoptr(GArray) quotes = NULL;
  g_autoptr(GArray) toks = NULL;
  gboolean english;

  g_return_val_if_fail (sentence != NULL, FALSE);

  english = g_strcmp0 (language, "en") == 0;
  quotes = px_quote_scan (sentence, strlen (sentence));
  toks = tokenize (sentence, 0, strlen (sentence), quotes);

  if (!english && sentence_has_konjunktiv (toks))
    return TRUE;

  for (guint i = 0; i + 1 < toks->len; i++)
    {
      Tok *t = TOK (i);

      if (t->flags & T_IN_QUOTE || !is_verb_form (t->lower))
        continue;
      for (guint k = i + 1; k < toks->len && k < i + 4; k++)
        if (strcmp (TOK (k)->lower, english ? "that" : "dass") == 0)
          return TRUE;
    }
  return FALSE;
}
