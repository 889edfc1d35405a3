/* px-segmenter.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-segmenter"

#include "config.h"

#include <string.h>
#include <pango/pango.h>

#include "px-segmenter.h"

/* Pango proposes Unicode (UAX #29) sentence breaks; they are right for most
 * of a news text and wrong in predictable places: after abbreviations,
 * German ordinals ("am 3. Oktober"), initials, and inside a quotation of
 * several sentences that its attribution follows. Each proposed break is
 * checked against those rules; we never add breaks Pango did not propose,
 * except at line ends inside a paragraph.
 *
 * The text need not be NUL-terminated (the fuzzer hands us raw bytes), so
 * every scan is bounded by the paragraph's end.
 */

/* Abbreviations after which a full stop never ends a sentence: titles and
 * words that always introduce something ("Dr. Kröger", "Nr. 3", "ca. 900",
 * "vgl. S. 4"). Matched case-sensitively against the word before the stop,
 * dots included.
 */
static const char *inner_abbreviations[] = {
  /* German */
  "Dr.", "Prof.", "St.", "Nr.", "Nrn.", "bzw.", "ca.", "vgl.", "evtl.", "ggf.", "Abs.",
  "Art.", "Str.", "med.", "jur.", "phil.", "rer.", "nat.", "habil.", "dent.", "vet.",
  "Az.", "Aktz.", "rd.", "zw.", "nördl.", "südl.", "östl.", "westl.", "tägl.", "jährl.",
  "monatl.", "wöchentl.", "voraussichtl.", "Tsd.", "Tel.", "inkl.", "exkl.", "zzgl.", "gem.",
  "lt.", "bspw.", "sog.", "insb.", "Hr.", "Hrn.", "Fr.", "Frl.", "Bd.", "Hrsg.", "Kap.",
  "Ziff.", "geb.", "gest.", "verh.", "Abb.", "Anm.", "Aufl.", "Min.", "Std.", "Sek.",
  "Dipl.", "Ing.", "Gebr.", "Jan.", "Feb.", "Febr.", "Mär.", "Apr.", "Jun.", "Jul.",
  "Aug.", "Sept.", "Sep.", "Okt.", "Nov.", "Dez.", "Mo.", "Di.", "Mi.", "Do.", "Sa.",
  "So.", "z.B.", "d.h.", "u.a.", "o.ä.", "u.ä.", "s.o.", "s.u.", "z.T.", "u.U.",
  "v.a.", "i.d.R.", "a.D.", "i.R.", "Bzw.", "Ca.", "Vgl.", "Evtl.", "Ggf.", "Sog.",
  "Insb.", "Bspw.", "Inkl.",
  /* English */
  "Mr.", "Mrs.", "Ms.", "Messrs.", "Gen.", "Sen.", "Rep.", "Gov.", "Lt.", "Col.",
  "Capt.", "Cpt.", "Sgt.", "Cpl.", "Maj.", "Adm.", "Cmdr.", "Pres.", "Rev.", "Hon.",
  "Supt.", "Insp.", "Det.", "Atty.", "Mt.", "Ft.", "Ave.", "Blvd.", "Dept.",
  "Univ.", "No.", "Nos.", "vs.", "v.", "approx.", "incl.", "excl.", "est.", "em.", "emer.", "Emer.", "e.g.", "i.e.", "cf.",
  "p.", "pp.", "vol.", "Vol.", "fig.", "Fig.", "ed.", "eds.", "Oct.", "Dec.",
  "Mar.", "Calif.", "Mass.", "Conn.", "Penn.", "Wash.", "Fla.", "Ill.", "Mich.",
  "Ariz.", "Colo.", "Tenn.", "Wis.", "Minn.", "Okla.", "Ore.", "Ky.", "Va.", "Md.",
  "pop.", "Pop.", "Ph.D.", "Dist.", "Bldg.", "Rd.",
};

/* Abbreviations that may also close a sentence ("… Äpfel, Birnen usw.",
 * "… in the U.S."): the stop ends the sentence only if a typical
 * sentence opener follows.
 */
static const char *final_abbreviations[] = {
  "Mio.", "Mrd.", "Chr.", "Jh.", "Jhd.", "Jhs.", "ff.", "Inc.", "Corp.", "Co.",
  "Ltd.", "Jr.", "Sr.", "Bros.", "U.S.", "U.K.", "U.N.", "E.U.", "US.", "al.",
};

/* Abbreviations that usually close a sentence when a capital follows,
 * unless it is a weekday or a time zone ("at 6 p.m. Friday").
 */
static const char *closing_abbreviations[] = {
  "a.m.", "p.m.", "usw.", "etc.", "uvm.", "u.v.m.",
};

static const char *time_words[] = {
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag",
  "ET", "EST", "EDT", "CT", "CST", "PT", "PST", "PDT", "GMT", "UTC", "BST", "CET",
  "CEST", "MEZ", "MESZ", "Uhr", "Eastern", "Pacific", "Central", "Mountain",
};

/* Words that commonly open a sentence; after an abbreviation that may end
 * one, they tip the decision towards a break.
 */
static const char *sentence_openers[] = {
  /* German */
  "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einer", "Er", "Sie", "Es",
  "Wir", "Ich", "Ihr", "Man", "Doch", "Aber", "Und", "Auch", "Dann", "Damit", "Dabei",
  "Danach", "Dies", "Diese", "Dieser", "Dieses", "Zudem", "Außerdem", "Im", "In", "Am",
  "Als", "Bei", "Mit", "Für", "So", "Wie", "Was", "Wer", "Wo", "Warum", "Nun", "Jetzt",
  "Heute", "Seit", "Trotz", "Zuvor", "Später", "Bisher", "Bislang", "Inzwischen",
  /* English */
  "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That",
  "These", "Those", "There", "But", "And", "However", "On", "At", "For", "After",
  "Before", "When", "While", "If", "As", "His", "Her", "Its", "Their", "Our", "Some",
  "Many", "Most", "Officials", "Now", "Then", "Meanwhile", "Earlier", "Later", "Still",
  "All", "Nobody", "No", "By", "One", "Both", "Each", "Every", "Police", "Since",
};

/* Nouns after which a number with a stop is an ordinal ("am 3. Oktober",
 * "im 20. Jahrhundert", "zum 2. Mal").
 */
static const char *ordinal_nouns[] = {
  "Januar", "Jänner", "Februar", "Feber", "März", "April", "Mai", "Juni", "Juli",
  "August", "September", "Oktober", "November", "Dezember", "Jan.", "Feb.", "Aug.",
  "Sept.", "Okt.", "Nov.", "Dez.", "Jahrhundert", "Jahrhunderts", "Jahrtausend",
  "Jahrestag", "Jahrestages", "Geburtstag", "Lebensjahr", "Mal", "Male", "Platz",
  "Stock", "Stockwerk", "Etage", "Runde", "Spieltag", "Klasse", "Liga", "Bundesliga",
  "Minute", "Kapitel", "Auflage", "Sitzung", "Tag", "Woche", "Monat", "Quartal",
  "Halbjahr", "Jahr", "Amtszeit", "Legislaturperiode", "Wahlperiode", "Bataillon",
  "Armee", "Division", "Brigade", "Kompanie", "Regiment", "Flotte", "Sinfonie",
  "Symphonie", "Gebot", "Korps", "Konferenz", "Parteitag", "Kongress", "Gipfel",
  "Sanktionspaket", "Paket", "Lesung", "Wahlgang", "Durchgang", "Advent",
  "Bezirk", "Senat", "Strafsenat", "Zivilsenat", "Kammer", "Etappe",
};

/* Words that put a number with a stop into ordinal position ("der 4.
 * Konferenz", "beim 3. Versuch"). Prepositions that take years ("bis",
 * "seit", "ab") are left out, so "seit 2002. Damals" still breaks.
 */
static const char *ordinal_determiners[] = {
  "der", "die", "das", "dem", "den", "des", "am", "im", "vom", "zum", "zur", "beim",
  "ihr", "ihre", "ihrem", "ihren", "ihrer", "sein", "seine", "seinem", "seinen",
  "seiner", "unser", "unsere", "unserem", "unseren", "dieser", "diese", "dieses",
  "diesem", "diesen", "jeder", "jede", "jedem", "jeden", "jedes", "einer", "einem",
  "einen", "eines", "ein", "eine", "Der", "Die", "Das", "Am", "Im", "Zum",
  "Zur", "Beim", "Vom",
};

static gboolean
word_in (const char  *word,
         gsize        len,
         const char **list,
         guint        n)
{
  for (guint i = 0; i < n; i++)
    if (strlen (list[i]) == len && memcmp (word, list[i], len) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_open_mark (gunichar c)
{
  return c == '(' || c == '[' || c == '"' || c == '\'' || c == 0x201E || c == 0x201C ||
         c == 0x201A || c == 0x2018 || c == 0x00AB || c == 0x00BB || c == 0x2039 ||
         c == 0x203A;
}

static gboolean
is_close_mark (gunichar c)
{
  return c == ')' || c == ']' || c == '"' || c == '\'' || c == 0x201C || c == 0x201D ||
         c == 0x2018 || c == 0x2019 || c == 0x00BB || c == 0x00AB || c == 0x203A ||
         c == 0x2039;
}

static gboolean
is_space_char (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F || c == 0x2009;
}

/* The word (run of non-space characters, leading brackets and quotes
 * removed) that ends at byte @end.
 */
static const char *
word_before (const char *text,
             gsize       start,
             gsize       end,
             gsize      *len)
{
  const char *lo = text + start;
  const char *p = text + end;

  while (p > lo)
    {
      const char *prev = g_utf8_find_prev_char (lo, p);

      if (prev == NULL || is_space_char (g_utf8_get_char (prev)))
        break;
      p = prev;
    }
  while (p < text + end && is_open_mark (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  *len = text + end - p;
  return p;
}

/* The word (letters, digits, dots inside) that starts at @pos. */
static gsize
word_length (const char *text,
             gsize       pos,
             gsize       end)
{
  gsize i = pos;

  while (i < end)
    {
      gunichar c = g_utf8_get_char (text + i);

      if (!g_unichar_isalnum (c) && c != '-')
        break;
      i = g_utf8_next_char (text + i) - text;
    }
  return i - pos;
}

static gsize
skip_space (const char *text,
            gsize       i,
            gsize       end)
{
  while (i < end)
    {
      gunichar c = g_utf8_get_char (text + i);

      if (!is_space_char (c))
        break;
      i = g_utf8_next_char (text + i) - text;
    }
  return i;
}

static gsize
trim_space_back (const char *text,
                 gsize       start,
                 gsize       i)
{
  while (i > start)
    {
      const char *prev = g_utf8_find_prev_char (text + start, text + i);

      if (prev == NULL || !is_space_char (g_utf8_get_char (prev)))
        break;
      i = prev - text;
    }
  return i;
}

/* "U.S.", "J.R.", "z.B.": letters each followed by a stop. */
static gboolean
is_dotted_initials (const char *word,
                    gsize       len)
{
  const char *p = word;
  const char *end = word + len;
  guint letters = 0;

  while (p < end)
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalpha (c))
        return FALSE;
      p = g_utf8_next_char (p);
      if (p >= end || *p != '.')
        return FALSE;
      p++;
      letters++;
    }
  return letters >= 1;
}

static gboolean
all_digits (const char *s,
            gsize       len)
{
  if (len == 0)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (s[i]))
      return FALSE;
  return TRUE;
}

/* The last character before @stop that is not a closing quote or bracket. */
static gunichar
last_significant (const char *text,
                  gsize       start,
                  gsize       stop,
                  gsize      *at)
{
  const char *lo = text + start;
  const char *q = text + stop;

  while (q > lo)
    {
      const char *prev = g_utf8_find_prev_char (lo, q);
      gunichar c;

      if (prev == NULL)
        break;
      c = g_utf8_get_char (prev);
      q = prev;
      if (!is_close_mark (c))
        {
          *at = q - text;
          return c;
        }
    }
  *at = start;
  return 0;
}

static gboolean
is_terminal (gunichar c)
{
  return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x203C || c == 0x2047 ||
         c == 0x2048 || c == 0x2049;
}

/* A line (inside a paragraph) long enough and without final punctuation
 * reads as a sentence broken by a stray newline, not as a heading.
 */
static gboolean
line_is_broken_sentence (const char *text,
                         gsize       line_start,
                         gsize       line_end)
{
  glong chars = g_utf8_strlen (text + line_start, line_end - line_start);
  guint words = 0;
  gboolean in_word = FALSE;

  for (gsize i = line_start; i < line_end; i++)
    {
      gboolean space = g_ascii_isspace (text[i]);

      if (!space && !in_word)
        words++;
      in_word = !space;
    }
  return chars > 60 && words >= 8;
}

/* Decides whether the break Pango proposes between @stop (the end of the
 * piece so far, trailing space trimmed) and @next (the start of what follows)
 * is a false one.
 */
static gboolean
is_false_break (const char *text,
                gsize       para_start,
                gsize       start,
                gsize       stop,
                gsize       next,
                gsize       end)
{
  const char *word;
  gsize len;
  gsize last_at;
  gunichar last;
  gunichar following;
  gsize next_len;

  if (next >= end || stop <= start)
    return FALSE;

  last = last_significant (text, start, stop, &last_at);
  following = g_utf8_get_char (text + next);
  next_len = word_length (text, next, end);

  /* A newline inside the paragraph: a short line without punctuation is a
   * heading of its own, a long one a sentence that goes on.
   */
  if (memchr (text + stop, '\n', next - stop) != NULL && !is_terminal (last))
    {
      gsize line_start = stop;

      while (line_start > para_start && text[line_start - 1] != '\n')
        line_start--;
      return line_is_broken_sentence (text, line_start, stop);
    }

  /* Pango sometimes breaks where no sentence ends ("Bis zu 12.000
   * Menschen"); a real end has terminal punctuation, perhaps inside closing
   * quotes.
   */
  if (!is_terminal (last))
    return TRUE;

  /* A lower-case continuation ("„Warum?“ fragte er", "… 6 p.m. on Friday")
   * or punctuation means the sentence goes on.
   */
  if (g_unichar_islower (following))
    return TRUE;
  if (following == ',' || following == ';' || following == ':' || following == ')')
    return TRUE;

  if (last != '.')
    return FALSE;

  word = word_before (text, start, last_at + 1, &len);

  if (word_in (word, len, inner_abbreviations, G_N_ELEMENTS (inner_abbreviations)))
    return TRUE;

  if (word_in (word, len, closing_abbreviations, G_N_ELEMENTS (closing_abbreviations)))
    return word_in (text + next, next_len, time_words, G_N_ELEMENTS (time_words));

  if (word_in (word, len, final_abbreviations, G_N_ELEMENTS (final_abbreviations)) ||
      (len > 2 && is_dotted_initials (word, len)))
    return !word_in (text + next, next_len, sentence_openers, G_N_ELEMENTS (sentence_openers));

  /* Initials ("J. R. R. Tolkien") and the pieces of "z. B.", "u. a.". */
  if (is_dotted_initials (word, len))
    return TRUE;

  /* Ordinals: "am 3. Oktober", "der 4. Konferenz", "im 20. Jahrhundert". */
  if (len >= 2 && all_digits (word, len - 1))
    {
      gsize prev_len = 0;
      const char *prev_word = NULL;
      gsize w = word - text;

      if (word_in (text + next, next_len, ordinal_nouns, G_N_ELEMENTS (ordinal_nouns)))
        return TRUE;
      /* A date written with spaces: "am 3. 10. 2024". */
      if (len <= 3 && g_unichar_isdigit (following))
        return TRUE;

      w = trim_space_back (text, start, w);
      if (w > start)
        prev_word = word_before (text, start, w, &prev_len);
      if (len <= 4 && prev_word != NULL &&
          word_in (prev_word, prev_len, ordinal_determiners, G_N_ELEMENTS (ordinal_determiners)))
        return TRUE;
    }

  return FALSE;
}

typedef struct
{
  gsize open;
  gsize close;
} QuoteSpan;

static gunichar
closing_for (gunichar open,
             gunichar after)
{
  switch (open)
    {
    case 0x201E: return 0x201C; /* „…“ */
    case 0x201C: return 0x201D; /* “…” */
    case 0x00AB: return 0x00BB; /* «…» */
    case '"': return '"';
    case 0x00BB:                /* »…« only when it opens a word */
      return is_space_char (after) || after == 0 ? 0 : 0x00AB;
    default: return 0;
    }
}

/* Quotations of several sentences followed by their attribution
 * („A. B.“, sagte er. / "A. B," he said.) are one unit: the reader takes
 * the quote and its speaker together, and so does the aligner.
 */
static void
find_attributed_quotes (const char *text,
                        gsize       start,
                        gsize       end,
                        GArray     *spans)
{
  gsize i = start;
  gunichar want = 0;
  gsize open = 0;

  while (i < end)
    {
      gunichar c = g_utf8_get_char (text + i);
      gsize after = g_utf8_next_char (text + i) - text;

      if (want == 0)
        {
          gunichar next = after < end ? g_utf8_get_char (text + after) : 0;

          want = closing_for (c, next);
          open = i;
        }
      /* „…” is a common typo for „…“. */
      else if (c == want || (want == 0x201C && c == 0x201D))
        {
          gsize j = skip_space (text, after, end);
          gunichar before = 0;
          gunichar next = j < end ? g_utf8_get_char (text + j) : 0;
          const char *prev = g_utf8_find_prev_char (text + open, text + i);

          if (prev != NULL)
            before = g_utf8_get_char (prev);

          if (next == ',' || before == ',' || g_unichar_islower (next) ||
              ((next == 0x2013 || next == 0x2014) && j + 3 < end &&
               g_unichar_islower (g_utf8_get_char (text + skip_space (text, j + 3, end)))))
            {
              QuoteSpan span = { open, after };
              g_array_append_val (spans, span);
            }
          want = 0;
        }
      i = after;
    }
}

static gint
compare_offsets (gconstpointer a,
                 gconstpointer b)
{
  gsize x = *(const gsize *)a;
  gsize y = *(const gsize *)b;

  return x < y ? -1 : x > y;
}

/* UAX #29 does not break before a number followed by a lower-case word
 * ("… gestiegen. 2023 lag sie …"), so such places are added as candidates
 * and left to the same rules as Pango's.
 */
static void
add_numeric_cuts (const char *text,
                  gsize       start,
                  gsize       end,
                  GArray     *cuts)
{
  guint before = cuts->len;
  guint kept = 0;

  for (gsize i = start + 1; i + 1 < end; i++)
    {
      gsize j;

      if (!is_space_char (text[i]) || (text[i - 1] != '.' && text[i - 1] != '!' && text[i - 1] != '?'))
        continue;
      j = skip_space (text, i, end);
      if (j < end && g_ascii_isdigit (text[j]))
        g_array_append_val (cuts, j);
    }
  if (cuts->len == before)
    return;

  g_array_sort (cuts, compare_offsets);
  for (guint c = 0; c < cuts->len; c++)
    if (kept == 0 || g_array_index (cuts, gsize, kept - 1) != g_array_index (cuts, gsize, c))
      g_array_index (cuts, gsize, kept++) = g_array_index (cuts, gsize, c);
  g_array_set_size (cuts, kept);
}

/* Drops the cuts inside attributed quotations; both lists are sorted. */
static void
remove_quoted_cuts (GArray *cuts,
                    GArray *quotes)
{
  guint q = 0;
  guint kept = 0;

  for (guint c = 0; c < cuts->len; c++)
    {
      gsize at = g_array_index (cuts, gsize, c);

      while (q < quotes->len && g_array_index (quotes, QuoteSpan, q).close <= at)
        q++;
      if (q < quotes->len && at > g_array_index (quotes, QuoteSpan, q).open)
        continue;
      g_array_index (cuts, gsize, kept++) = at;
    }
  g_array_set_size (cuts, kept);
}

/* Where to cut a piece longer than PX_SENTENCE_MAX_BYTES: after the last
 * clause mark (",", ";", ":" before a space) in the second half of the
 * allowed length, else at the last space, else at the last character
 * boundary. The marks and the space are ASCII, so a scan over bytes cannot
 * land inside a character.
 */
static gsize
long_piece_cut (const char *text,
                gsize       start,
                gsize       limit)
{
  gsize space = 0;

  for (gsize i = limit; i > start + 1; i--)
    {
      char c = text[i - 1];

      if (c == ' ' && i - 1 > start && i > start + (limit - start) / 2 &&
          (text[i - 2] == ',' || text[i - 2] == ';' || text[i - 2] == ':'))
        return i;
      if (c == ' ' && space == 0)
        space = i;
      if (space != 0 && i <= start + (limit - start) / 2)
        break;
    }
  if (space != 0)
    return space;
  while (limit > start + 1 && ((guchar)text[limit] & 0xc0) == 0x80)
    limit--;
  return limit;
}

/* Appends text[start, stop) as sentences of @kind, none longer than
 * PX_SENTENCE_MAX_BYTES: a sentence longer than that is not one a reader
 * takes in, but text without punctuation (a pasted table, a transcript).
 * Every later stage works sentence by sentence, some in time or memory that
 * grows with the square of a sentence's length (word diffs), so the bound
 * here bounds them all; real sentences stay far below it.
 */
static void
append_sentences (const char     *text,
                  gsize           start,
                  gsize           stop,
                  guint           paragraph,
                  PxSentenceKind  kind,
                  GArray         *out)
{
  while (start < stop)
    {
      gsize cut = stop - start > PX_SENTENCE_MAX_BYTES
                    ? long_piece_cut (text, start, start + PX_SENTENCE_MAX_BYTES)
                    : stop;
      PxSentence sentence = { start, trim_space_back (text, start, cut), paragraph, kind };

      if (sentence.start < sentence.end)
        g_array_append_val (out, sentence);
      start = skip_space (text, cut, stop);
    }
}

static void
split_paragraph (const char    *text,
                 gsize          start,
                 gsize          end,
                 guint          paragraph,
                 PangoLanguage *language,
                 GArray        *out)
{
  const char *para = text + start;
  glong n_chars = g_utf8_strlen (para, end - start);
  g_autofree PangoLogAttr *attrs = g_new0 (PangoLogAttr, n_chars + 1);
  g_autoptr(GArray) cuts = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autoptr(GArray) quotes = g_array_new (FALSE, FALSE, sizeof (QuoteSpan));
  const char *p = para;
  gsize piece_start = start;

  pango_get_log_attrs (para, end - start, -1, language, attrs, n_chars + 1);
  find_attributed_quotes (text, start, end, quotes);

  for (glong i = 1; i < n_chars; i++)
    {
      p = g_utf8_next_char (p);
      if (attrs[i].is_sentence_boundary)
        {
          gsize at = p - text;

          g_array_append_val (cuts, at);
        }
    }
  add_numeric_cuts (text, start, end, cuts);
  remove_quoted_cuts (cuts, quotes);
  {
    gsize at = end;
    g_array_append_val (cuts, at);
  }

  for (guint c = 0; c < cuts->len; c++)
    {
      gsize cut = g_array_index (cuts, gsize, c);
      gsize stop = trim_space_back (text, piece_start, cut);
      gsize next = skip_space (text, cut, end);

      if (cut < end && is_false_break (text, start, piece_start, stop, next, end))
        continue;

      piece_start = skip_space (text, piece_start, stop);
      append_sentences (text, piece_start, stop, paragraph, PX_SENTENCE_BODY, out);
      piece_start = cut;
    }
}

/**
 * px_segmenter_split:
 * @text: the article text
 * @length: its length in bytes
 * @paragraphs: (array length=n_paragraphs): the paragraphs of @text
 * @n_paragraphs: their number
 * @language: "de" or "en"
 *
 * Splits each paragraph into sentences: Unicode sentence breaks (UAX #29,
 * through Pango) corrected by our rules for abbreviations, initials,
 * ordinals and dates, and quotations of several sentences followed by their
 * attribution, which stay one unit. A heading paragraph is one unit; the
 * sentences of other paragraphs take the paragraph's kind. No sentence is
 * longer than %PX_SENTENCE_MAX_BYTES: a longer stretch without a sentence
 * break is cut at a clause mark or a space.
 *
 * Returns: (transfer full) (element-type PxSentence): the sentences in order
 */
GArray *
px_segmenter_split (const char        *text,
                    gsize              length,
                    const PxParagraph *paragraphs,
                    guint              n_paragraphs,
                    const char        *language)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (PxSentence));
  PangoLanguage *lang = pango_language_from_string (language ? language : "de");

  g_return_val_if_fail (text != NULL, out);

  for (guint i = 0; i < n_paragraphs; i++)
    {
      const PxParagraph *para = &paragraphs[i];

      g_return_val_if_fail (para->start <= para->end && para->end <= length, out);

      if (para->start == para->end)
        continue;

      if (para->kind == PX_SENTENCE_HEADING)
        {
          append_sentences (text, para->start, para->end, i, PX_SENTENCE_HEADING, out);
          continue;
        }

      {
        guint first = out->len;

        split_paragraph (text, para->start, para->end, i, lang, out);
        /* What the markup knew (a <figcaption>) holds for each sentence. */
        for (guint k = first; k < out->len; k++)
          g_array_index (out, PxSentence, k).kind = para->kind;
      }
    }

  return out;
}
