/* px-tokenizer.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-tokenizer"

#include "config.h"

#include <string.h>
#include <libstemmer.h>

#include "px-knowledge.h"
#include "px-tokenizer.h"

/* A tokenizer owns a Snowball stemmer, which keeps state between calls:
 * use one tokenizer per thread.
 */
struct _PxTokenizer
{
  GObject            parent_instance;

  char              *language;
  struct sb_stemmer *stemmer;
  gboolean           german;
  gboolean           split_compounds;
  GHashTable        *words;  /* lower-case word → WordForms */
};

/* What fill_word() derives from a word's spelling alone. News repeats its
 * words, and stemming and compound splitting cost more than a lookup.
 */
typedef struct
{
  char         *norm;
  char         *stem;
  char        **parts;
  char         *head;
  char         *modifier;
  PxTokenFlags  flags;  /* PX_TOKEN_FLAG_STOP and _REPORTING only */
} WordForms;

/* A bound on the cache for very large sets; it is simply started over. */
#define MAX_CACHED_WORDS 100000

static void
word_forms_free (gpointer data)
{
  WordForms *forms = data;

  g_free (forms->norm);
  g_free (forms->stem);
  g_strfreev (forms->parts);
  g_free (forms->head);
  g_free (forms->modifier);
  g_free (forms);
}

enum {
  PROP_0,
  PROP_LANGUAGE,
  PROP_SPLIT_COMPOUNDS,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (PxTokenizer, px_tokenizer, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
px_tokenizer_constructed (GObject *object)
{
  PxTokenizer *self = (PxTokenizer *)object;

  G_OBJECT_CLASS (px_tokenizer_parent_class)->constructed (object);

  if (self->language == NULL)
    self->language = g_strdup ("de");
  self->german = g_str_has_prefix (self->language, "de");
  self->stemmer = sb_stemmer_new (self->german ? "german" :
                                  g_str_has_prefix (self->language, "en") ? "english" :
                                  "porter", NULL);
  if (self->stemmer == NULL)
    g_debug ("No Snowball stemmer for “%s”: words are matched as written", self->language);
}

static void
px_tokenizer_finalize (GObject *object)
{
  PxTokenizer *self = (PxTokenizer *)object;

  g_clear_pointer (&self->stemmer, sb_stemmer_delete);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->words, g_hash_table_unref);

  G_OBJECT_CLASS (px_tokenizer_parent_class)->finalize (object);
}

static void
px_tokenizer_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PxTokenizer *self = PX_TOKENIZER (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    case PROP_SPLIT_COMPOUNDS:
      g_value_set_boolean (value, self->split_compounds);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_tokenizer_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  PxTokenizer *self = PX_TOKENIZER (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      self->language = g_value_dup_string (value);
      break;
    case PROP_SPLIT_COMPOUNDS:
      px_tokenizer_set_split_compounds (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_tokenizer_class_init (PxTokenizerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = px_tokenizer_constructed;
  object_class->finalize = px_tokenizer_finalize;
  object_class->get_property = px_tokenizer_get_property;
  object_class->set_property = px_tokenizer_set_property;

  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL,
                         "de",
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_SPLIT_COMPOUNDS] =
    g_param_spec_boolean ("split-compounds", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
px_tokenizer_init (PxTokenizer *self)
{
  self->split_compounds = TRUE;
}

/**
 * px_tokenizer_new:
 * @language: (nullable): "de" or "en"; other languages get the Porter stemmer
 *
 * Returns: (transfer full): a new tokenizer
 */
PxTokenizer *
px_tokenizer_new (const char *language)
{
  return g_object_new (PX_TYPE_TOKENIZER, "language", language ? language : "de", NULL);
}

const char *
px_tokenizer_get_language (PxTokenizer *self)
{
  g_return_val_if_fail (PX_IS_TOKENIZER (self), NULL);

  return self->language;
}

gboolean
px_tokenizer_get_split_compounds (PxTokenizer *self)
{
  g_return_val_if_fail (PX_IS_TOKENIZER (self), FALSE);

  return self->split_compounds;
}

/**
 * px_tokenizer_set_split_compounds:
 * @self: a #PxTokenizer
 * @split_compounds: whether German compounds get head and modifier stems
 *
 * Splitting needs the system word list; without it the setting has no effect.
 */
void
px_tokenizer_set_split_compounds (PxTokenizer *self,
                                  gboolean     split_compounds)
{
  g_return_if_fail (PX_IS_TOKENIZER (self));

  split_compounds = !!split_compounds;
  if (self->split_compounds == split_compounds)
    return;
  self->split_compounds = split_compounds;
  /* The cached forms were split (or not) under the old setting. */
  g_clear_pointer (&self->words, g_hash_table_unref);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPLIT_COMPOUNDS]);
}

static char *
stem_lower (PxTokenizer *self,
            const char  *lower)
{
  const sb_symbol *stem;

  if (self->stemmer == NULL)
    return g_strdup (lower);
  stem = sb_stemmer_stem (self->stemmer, (const sb_symbol *)lower, strlen (lower));
  if (stem == NULL)
    return g_strdup (lower);
  return g_strndup ((const char *)stem, sb_stemmer_length (self->stemmer));
}

/**
 * px_tokenizer_stem:
 * @self: a #PxTokenizer
 * @word: a word in any case
 *
 * Returns: (transfer full): the Snowball stem of the lower-cased word
 */
char *
px_tokenizer_stem (PxTokenizer *self,
                   const char  *word)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (PX_IS_TOKENIZER (self), NULL);
  g_return_val_if_fail (word != NULL, NULL);

  lower = g_utf8_strdown (word, -1);
  return stem_lower (self, lower);
}

gboolean
px_tokenizer_is_stop_word (PxTokenizer *self,
                           const char  *word)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (PX_IS_TOKENIZER (self), FALSE);
  g_return_val_if_fail (word != NULL, FALSE);

  lower = g_utf8_strdown (word, -1);
  return px_knowledge_is_stop_word (self->language, lower);
}

static void
clear_token (gpointer data)
{
  PxToken *token = data;

  g_free (token->fold);   /* and norm and stem: see set_forms() */
  g_strfreev (token->parts);
  g_free (token->head);
  g_free (token->modifier);
}

static gboolean
is_quote_char (gunichar c)
{
  switch (c)
    {
    case '"': case 0x201E: case 0x201C: case 0x201D: case 0x201A: case 0x2018:
    case 0x2019: case 0x00AB: case 0x00BB: case 0x2039: case 0x203A:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_joiner (gunichar c)
{
  return c == '-' || c == 0x2011 || c == '\'' || c == 0x2019;
}

/* Finds the end of the word or number that starts at @p. Hyphens and
 * apostrophes join letters; '.' and ',' join digits ("10.000", "1,5").
 */
static const char *
scan_word (const char *p,
           const char *end,
           gboolean   *is_number)
{
  gboolean number = TRUE;

  while (p < end)
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);

      if (g_unichar_isalnum (c) || g_unichar_ismark (c))
        {
          if (!g_unichar_isdigit (c))
            number = FALSE;
          p = next;
          continue;
        }
      if (next < end)
        {
          gunichar after = g_utf8_get_char (next);
          gunichar before = g_utf8_get_char (g_utf8_prev_char (p));

          if (is_joiner (c) && g_unichar_isalnum (after))
            {
              number = FALSE;
              p = next;
              continue;
            }
          if ((c == '.' || c == ',') && g_unichar_isdigit (before) && g_unichar_isdigit (after))
            {
              p = next;
              continue;
            }
        }
      break;
    }
  *is_number = number;
  return p;
}

/* "10.000" → "10000", "1,5" → "1.5" (German); "10,000" → "10000" (English). */
static char *
normalise_number (const char *text,
                  gsize       len,
                  gboolean    german)
{
  GString *out = g_string_new (NULL);
  char thousands = german ? '.' : ',';
  char decimal = german ? ',' : '.';
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  for (gsize i = 0; i < len; i++)
    {
      if (text[i] == thousands)
        continue;
      g_string_append_c (out, text[i] == decimal ? '.' : text[i]);
    }
  g_ascii_formatd (buffer, sizeof buffer, "%.12g", g_ascii_strtod (out->str, NULL));
  g_string_free (out, TRUE);
  return g_strdup (buffer);
}

static char *
strip_joiners (const char *lower)
{
  GString *out = g_string_new (NULL);

  for (const char *p = lower; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!is_joiner (c))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* Closed German compounds: the longest tail that is a word of its own, with a
 * front that is a word too (optionally with a linking "s"), e.g.
 * "langstreckenraketen" → "langstrecken" + "raketen". One cut is enough for
 * what we want from it: the head noun as an extra feature.
 */
static void
split_compound (PxTokenizer *self,
                PxToken     *token)
{
  const char *word = token->norm;
  glong n_chars = g_utf8_strlen (word, -1);
  const char *p;
  glong i;

  if (n_chars < 8 || !px_knowledge_has_dictionary ())
    return;

  for (i = 0, p = word; i <= n_chars - 4; i++, p = g_utf8_next_char (p))
    {
      g_autofree char *front = NULL;
      gsize front_len = p - word;

      if (i < 3)
        continue;
      if (!px_knowledge_is_word (p))
        continue;

      front = g_strndup (word, front_len);
      if (!px_knowledge_is_word (front))
        {
          if (front_len > 3 && word[front_len - 1] == 's')
            front[front_len - 1] = '\0';
          if (!px_knowledge_is_word (front))
            continue;
        }
      token->head = stem_lower (self, p);
      token->modifier = stem_lower (self, front);
      return;
    }
}

/* British and American outlets spell the same words apart ("criticised" /
 * "criticized", "labour" / "labor", "centre" / "center"): English stems are
 * taken from one spelling. Mapping every word the same way keeps equal
 * words equal; only the stem changes, never the text.
 */
static char *
american_spelling (const char *word)
{
  static const struct { const char *british; const char *american; } endings[] = {
    { "isation", "ization" }, { "isations", "izations" }, { "ise", "ize" }, { "ised", "ized" },
    { "ises", "izes" }, { "ising", "izing" }, { "yse", "yze" }, { "ysed", "yzed" },
    { "our", "or" }, { "ours", "ors" }, { "tre", "ter" }, { "tres", "ters" },
    { "ogue", "og" }, { "ogues", "ogs" },
  };
  gsize len = strlen (word);

  /* Short words ("four", "rise", "wise") are not spelling variants. */
  if (len < 6)
    return g_strdup (word);
  for (guint i = 0; i < G_N_ELEMENTS (endings); i++)
    if (g_str_has_suffix (word, endings[i].british))
      return g_strdup_printf ("%.*s%s", (int)(len - strlen (endings[i].british)), word,
                              endings[i].american);
  return g_strdup (word);
}

static WordForms *
derive_forms (PxTokenizer *self,
              const char  *lower,
              gboolean     has_lower)
{
  WordForms *forms = g_new0 (WordForms, 1);
  guint month;

  forms->norm = strip_joiners (lower);
  if ((month = px_knowledge_month (forms->norm)) != 0)
    /* "Nov." and "November" are one word. */
    forms->stem = g_strdup_printf ("month-%u", month);
  else if (self->german)
    forms->stem = stem_lower (self, forms->norm);
  else
    {
      g_autofree char *american = american_spelling (forms->norm);

      forms->stem = stem_lower (self, american);
    }
  if (px_knowledge_is_stop_word (self->language, lower))
    forms->flags |= PX_TOKEN_FLAG_STOP;
  if (px_knowledge_is_reporting_verb (self->language, lower))
    forms->flags |= PX_TOKEN_FLAG_REPORTING;

  if (strchr (lower, '-') != NULL || strstr (lower, "\xe2\x80\x91") != NULL)
    {
      g_auto(GStrv) parts = g_strsplit_set (lower, "-", -1);
      GPtrArray *stems = g_ptr_array_new ();

      for (guint i = 0; parts[i] != NULL; i++)
        if (parts[i][0] != '\0')
          g_ptr_array_add (stems, stem_lower (self, parts[i]));
      g_ptr_array_add (stems, NULL);
      forms->parts = (char **)g_ptr_array_free (stems, FALSE);
    }
  else if (self->german && self->split_compounds && has_lower)
    {
      PxToken compound = { 0, };

      compound.norm = forms->norm;
      split_compound (self, &compound);
      forms->head = compound.head;
      forms->modifier = compound.modifier;
    }
  return forms;
}

/* The token's fold, norm and stem in one block that @fold starts: three
 * small blocks would cost three times malloc's overhead, and a long
 * report keeps a million tokens.
 */
static void
set_forms (PxToken    *token,
           const char *fold,
           const char *norm,
           const char *stem)
{
  gsize fold_size = strlen (fold) + 1, norm_size = strlen (norm) + 1;
  char *block = g_malloc (fold_size + norm_size + strlen (stem) + 1);

  token->fold = memcpy (block, fold, fold_size);
  token->norm = memcpy (block + fold_size, norm, norm_size);
  token->stem = strcpy (block + fold_size + norm_size, stem);
}

/* ASCII is folded without g_utf8_casefold()'s tables. */
static char *
fold_word (const char *text,
           gsize       len,
           gboolean    ascii)
{
  return ascii ? g_ascii_strdown (text, len) : g_utf8_casefold (text, len);
}

static void
fill_word (PxTokenizer *self,
           PxToken     *token,
           const char  *text,
           gsize        len)
{
  g_autofree char *lower = g_utf8_strdown (text, len);
  gunichar first = g_utf8_get_char (text);
  g_autofree char *fold = NULL;
  gboolean has_lower = FALSE, ascii = TRUE;
  guint n_upper = 0;
  gsize lower_len;
  WordForms *forms;

  for (const char *p = text; p < text + len; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      ascii &= c < 0x80;
      if (g_unichar_isupper (c))
        n_upper++;
      else if (g_unichar_islower (c))
        has_lower = TRUE;
    }

  fold = fold_word (text, len, ascii);

  /* English possessives: "Biden's" is matched as "Biden". */
  lower_len = strlen (lower);
  if (!self->german && lower_len > 2 &&
      (g_str_has_suffix (lower, "'s") || g_str_has_suffix (lower, "\xe2\x80\x99s")))
    lower[lower_len - (lower[lower_len - 2] == '\'' ? 2 : 4)] = '\0';

  if (g_unichar_isupper (first))
    token->flags |= PX_TOKEN_FLAG_CAPITALISED;
  if (n_upper >= 2 && !has_lower)
    token->flags |= PX_TOKEN_FLAG_ACRONYM;

  /* Acronyms are never split into compounds: they are cached apart. */
  {
    g_autofree char *key = has_lower ? g_strdup (lower) : g_strconcat ("\x01", lower, NULL);

    if (self->words == NULL || g_hash_table_size (self->words) > MAX_CACHED_WORDS)
      {
        g_clear_pointer (&self->words, g_hash_table_unref);
        self->words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, word_forms_free);
      }
    if ((forms = g_hash_table_lookup (self->words, key)) == NULL)
      {
        forms = derive_forms (self, lower, has_lower);
        g_hash_table_insert (self->words, g_steal_pointer (&key), forms);
      }
  }

  set_forms (token, fold, forms->norm, forms->stem);
  token->parts = g_strdupv (forms->parts);
  token->head = g_strdup (forms->head);
  token->modifier = g_strdup (forms->modifier);
  token->flags |= forms->flags;
}

/**
 * px_tokenizer_tokenize:
 * @self: a #PxTokenizer
 * @text: UTF-8 text, usually one sentence
 * @length: length of @text in bytes, or -1 if nul-terminated
 * @offset: added to every token's byte span, so spans can point into the
 *   whole article when @text is a sentence of it
 *
 * Splits @text into words, numbers, punctuation and quotation marks.
 *
 * Returns: (transfer full) (element-type PxToken): the tokens
 */
GArray *
px_tokenizer_tokenize (PxTokenizer *self,
                       const char  *text,
                       gssize       length,
                       guint        offset)
{
  GArray *tokens;
  const char *p, *end;
  gboolean in_quote = FALSE;
  gboolean seen_word = FALSE;

  g_return_val_if_fail (PX_IS_TOKENIZER (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  if (length < 0)
    length = strlen (text);

  tokens = g_array_new (FALSE, TRUE, sizeof (PxToken));
  g_array_set_clear_func (tokens, clear_token);

  for (p = text, end = text + length; p < end;)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);
      PxToken token = { 0, };

      if (c == (gunichar)-1 || c == (gunichar)-2)
        {
          p++;
          continue;
        }

      if (g_unichar_isspace (c) || c == 0x00AD)
        {
          p = g_utf8_next_char (p);
          continue;
        }

      token.start = offset + (p - text);

      if (g_unichar_isalnum (c))
        {
          gboolean is_number;
          const char *word_end = scan_word (p, end, &is_number);

          if (is_number)
            {
              g_autofree char *fold = g_strndup (p, word_end - p);
              g_autofree char *norm = normalise_number (p, word_end - p, self->german);

              token.kind = PX_TOKEN_NUMBER;
              set_forms (&token, fold, norm, norm);
            }
          else
            {
              token.kind = PX_TOKEN_WORD;
              fill_word (self, &token, p, word_end - p);
              if (!seen_word)
                token.flags |= PX_TOKEN_FLAG_INITIAL;
              seen_word = TRUE;
            }
          p = word_end;
        }
      else
        {
          const char *next = g_utf8_next_char (p);
          g_autofree char *mark = g_strndup (p, next - p);

          token.kind = is_quote_char (c) ? PX_TOKEN_QUOTE : PX_TOKEN_PUNCT;
          set_forms (&token, mark, mark, mark);
          if (token.kind == PX_TOKEN_QUOTE)
            in_quote = !in_quote;
          p = next;
        }

      token.end = offset + (p - text);
      if (in_quote && token.kind != PX_TOKEN_QUOTE)
        token.flags |= PX_TOKEN_FLAG_IN_QUOTE;

      /* German capitalises every noun; an article or possessive before the
       * word (perhaps with an adjective between) says it is a common noun
       * rather than a name.
       */
      if (token.kind == PX_TOKEN_WORD && tokens->len > 0)
        {
          PxToken *prev = &g_array_index (tokens, PxToken, tokens->len - 1);

          if (prev->kind == PX_TOKEN_NUMBER ||
              (prev->kind == PX_TOKEN_WORD && px_knowledge_is_determiner (self->language, prev->norm)))
            token.flags |= PX_TOKEN_FLAG_AFTER_DETERMINER;
          else if (prev->kind == PX_TOKEN_WORD && tokens->len > 1 &&
                   !(prev->flags & PX_TOKEN_FLAG_CAPITALISED))
            {
              PxToken *prev2 = &g_array_index (tokens, PxToken, tokens->len - 2);

              if (prev2->kind == PX_TOKEN_WORD &&
                  px_knowledge_is_determiner (self->language, prev2->norm))
                token.flags |= PX_TOKEN_FLAG_AFTER_DETERMINER;
            }
        }

      g_array_append_val (tokens, token);
    }

  return tokens;
}
