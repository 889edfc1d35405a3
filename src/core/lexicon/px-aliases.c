/* px-aliases.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-aliases"

#include "config.h"

#include <string.h>
#include <libstemmer.h>

#include "px-knowledge-private.h"

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

/* Each language's forms are stemmed with its own stemmer, the first time
 * that language asks.
 */
static gpointer
load_aliases (gpointer data)
{
  const char *stemmer_name = data;
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  struct sb_stemmer *stemmer = sb_stemmer_new (stemmer_name, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (alias_sets); i++)
    add_alias_forms (table, stemmer, alias_sets[i], i + 1);
  sb_stemmer_delete (stemmer);
  return table;
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
  static GOnce german = G_ONCE_INIT;
  static GOnce english = G_ONCE_INIT;
  GHashTable *table;

  if (_px_knowledge_is_german (language))
    table = g_once (&german, load_aliases, (gpointer)"german");
  else
    table = g_once (&english, load_aliases, (gpointer)"english");
  return GPOINTER_TO_UINT (g_hash_table_lookup (table, key));
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
