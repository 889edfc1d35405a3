/* px-name-map.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-name-map"

#include "config.h"

#include <string.h>

#include "px-name-map.h"
#include "px-report.h"

/* Replaces names in text: the outlets a classroom export hides, and the
 * file names that stand in for unknown outlets in the engine's summaries.
 * A name matches only as whole words, so that "Quelle 1" is not found in
 * "Quelle 12" nor "Kurier" in "Nordkurier". Lookups go by length
 * into a hash of byte ranges, so a text costs its length times the number
 * of distinct name lengths, not times the number of names.
 */
typedef struct
{
  const char *bytes;
  gsize       length;
} Key;

struct _PxNameMap
{
  GHashTable *names;     /* Key* → char* (the replacement) */
  GArray     *lengths;   /* of gsize, distinct, longest first */
};

static guint
key_hash (gconstpointer data)
{
  const Key *key = data;
  guint h = 5381;

  for (gsize i = 0; i < key->length; i++)
    h = h * 33 + (guchar)key->bytes[i];
  return h;
}

static gboolean
key_equal (gconstpointer a,
           gconstpointer b)
{
  const Key *ka = a, *kb = b;

  return ka->length == kb->length && memcmp (ka->bytes, kb->bytes, ka->length) == 0;
}

static void
key_free (Key *key)
{
  g_free ((char *)key->bytes);
  g_free (key);
}

PxNameMap *
px_name_map_new (void)
{
  PxNameMap *map = g_new0 (PxNameMap, 1);

  map->names = g_hash_table_new_full (key_hash, key_equal, (GDestroyNotify)key_free, g_free);
  map->lengths = g_array_new (FALSE, FALSE, sizeof (gsize));
  return map;
}

void
px_name_map_free (PxNameMap *map)
{
  if (map == NULL)
    return;
  g_hash_table_unref (map->names);
  g_array_unref (map->lengths);
  g_free (map);
}

/**
 * px_name_map_add:
 * @map: a #PxNameMap
 * @from: a name to replace; names shorter than three bytes are ignored,
 *   since they would match ordinary words
 * @to: what to write instead
 */
void
px_name_map_add (PxNameMap  *map,
                 const char *from,
                 const char *to)
{
  gsize length = strlen (from);
  Key *key;
  guint at = 0;

  if (length < 3 || g_str_equal (from, to))
    return;

  key = g_new0 (Key, 1);
  key->bytes = g_strdup (from);
  key->length = length;
  g_hash_table_replace (map->names, key, g_strdup (to));

  while (at < map->lengths->len && g_array_index (map->lengths, gsize, at) > length)
    at++;
  if (at == map->lengths->len || g_array_index (map->lengths, gsize, at) != length)
    g_array_insert_val (map->lengths, at, length);
}

gboolean
px_name_map_is_empty (PxNameMap *map)
{
  return g_hash_table_size (map->names) == 0;
}

static gboolean
starts_word (const char *text,
             gsize       at)
{
  const char *prev;

  if (at == 0)
    return TRUE;
  prev = g_utf8_find_prev_char (text, text + at);
  return prev == NULL || !g_unichar_isalnum (g_utf8_get_char (prev));
}

static gboolean
ends_word (const char *text,
           gsize       at)
{
  return text[at] == '\0' || !g_unichar_isalnum (g_utf8_get_char (text + at));
}

/* Offsets move with the replaced regions: inside one they snap to its
 * edges, after one they shift by the difference in length. @old_at and
 * @new_at hold the regions' edges, pairwise, in text order.
 */
static guint
map_offset (GArray   *old_at,
            GArray   *new_at,
            guint     offset,
            gboolean  is_end)
{
  int shift = 0;

  for (guint k = 0; k + 1 < old_at->len; k += 2)
    {
      guint from = g_array_index (old_at, guint, k), to = g_array_index (old_at, guint, k + 1);

      if (offset >= to)
        shift = (int)g_array_index (new_at, guint, k + 1) - (int)to;
      else if (offset > from)
        return g_array_index (new_at, guint, is_end ? k + 1 : k);
      else
        break;
    }
  return offset + shift;
}

/**
 * px_name_map_apply:
 * @map: a #PxNameMap
 * @text: the text
 * @marks: (nullable) (element-type PxReportMark): marks into @text, moved
 *   to the new text's offsets
 *
 * Returns: (transfer full): @text with every name replaced
 */
char *
px_name_map_apply (PxNameMap  *map,
                   const char *text,
                   GArray     *marks)
{
  g_autoptr(GArray) old_at = NULL;
  g_autoptr(GArray) new_at = NULL;
  gsize length = strlen (text);
  GString *out;
  gsize i = 0;

  if (px_name_map_is_empty (map))
    return g_strdup (text);

  old_at = g_array_new (FALSE, FALSE, sizeof (guint));
  new_at = g_array_new (FALSE, FALSE, sizeof (guint));
  out = g_string_sized_new (length);

  while (i < length)
    {
      const char *to = NULL;
      gsize n = 0;

      for (guint l = 0; starts_word (text, i) && l < map->lengths->len && to == NULL; l++)
        {
          Key key = { text + i, g_array_index (map->lengths, gsize, l) };

          if (i + key.length <= length && ends_word (text, i + key.length))
            to = g_hash_table_lookup (map->names, &key);
          n = key.length;
        }

      if (to == NULL)
        {
          g_string_append_c (out, text[i++]);
          continue;
        }

      {
        guint edges_old[2] = { i, i + n };
        guint edges_new[2] = { out->len, out->len + strlen (to) };

        g_array_append_vals (old_at, edges_old, 2);
        g_array_append_vals (new_at, edges_new, 2);
      }
      g_string_append (out, to);
      i += n;
    }

  for (guint m = 0; marks != NULL && m < marks->len; m++)
    {
      PxReportMark *mark = &g_array_index (marks, PxReportMark, m);

      mark->start = map_offset (old_at, new_at, mark->start, FALSE);
      mark->end = map_offset (old_at, new_at, mark->end, TRUE);
    }

  return g_string_free (out, FALSE);
}
