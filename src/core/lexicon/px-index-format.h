/* px-index-format.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * The compiled word index: the one on-disk format of every word resource
 * the engine reads (the German word list, OpenThesaurus, WordNet, the
 * German–English dictionary and the English word vectors). An index is
 * mapped with g_mapped_file_new() and read in place; nothing is parsed at
 * start-up. This header is its whole specification; px-index.c reads it,
 * px-index-writer.c writes it.
 *
 * Layout. All integers are in the writer's byte order (recorded in the
 * header; another order is rejected, and a cached index is then rebuilt).
 *
 *   offset 0   PxIndexHeader (64 bytes)
 *   offset 64  PxIndexSection[n_sections] (24 bytes each)
 *   …          the sections' bytes, each starting on an 8-byte boundary,
 *              zero-padded between
 *
 * A section is named by a tag (a four-character code below) and the
 * number of the table it belongs to; one file may hold several tables.
 *
 * A keyed table is a string table plus an optional hash and payload:
 *
 *   KOFF  guint32 offsets[n_keys + 1]: key i is the bytes
 *         KSTR[offsets[i] .. offsets[i + 1] - 1), the last one a NUL, so a
 *         key is used in place as a C string; offsets[0] == 0 and
 *         offsets[n_keys] == the size of KSTR
 *   KSTR  the keys' bytes, UTF-8, each NUL-terminated. Keys are sorted
 *         bytewise (strcmp) unless the kind says otherwise (vectors: rows
 *         in frequency order)
 *   HASH  PxIndexBucket buckets[n_buckets], n_buckets a power of two and
 *         at least 1.5 × n_keys: px_index_hash() of a key, masked, is its
 *         first bucket, linear probing from there; a bucket holds a key
 *         number (or PX_INDEX_EMPTY) and the key's hash. Lookups cost one
 *         hash and about one string comparison, where a sorted table's
 *         binary search would take twenty cache misses (the tokenizer asks
 *         for every split point of every long German word, most of them
 *         misses, which the stored hash settles without reading a key)
 *   POFF  guint32 starts[n_keys + 1]: key i's payload is records
 *         PVAL[starts[i] .. starts[i + 1]); starts[n_keys] == the number of
 *         records
 *   PVAL  the records, of a size fixed per kind and table
 *
 * Other sections:
 *
 *   SRCP  the source path the index was compiled from, NUL-terminated
 *         (cached indexes: a cache file is only used for its own source)
 *   VSCL  vectors: float scale[n_rows]
 *   VQNT  vectors: gint8 q[n_rows × dim]; row r's component j is
 *         q[r × dim + j] × scale[r]. The writer L2-normalises each row,
 *         quantises it to int8 with a per-row step (largest component →
 *         ±127) and then stores as scale the inverse of the quantised
 *         row's norm, so that the row read back has unit length
 *
 * The kinds and their tables:
 *
 *   WORD  German word list: table 0, the words as listed (case kept),
 *         hash, no payload
 *   THES  OpenThesaurus: table 0, keys "N<stem>" (nouns), "w<stem>" (other
 *         words) and "<stem> <stem>" (phrases), hash, payload guint32 set
 *         ids (the line number of the set)
 *   WNET  WordNet: table 0, keys "e<stem>" and "<stem> <stem>", hash,
 *         payload guint32 set ids (0x01000000 + the synset's number)
 *   DICT  German–English: table 0 German forms, table 1 German Snowball
 *         stems, both hashed with PxIndexTranslation records (weights sum
 *         to 1 per key); table 2 the English words, no hash, no payload
 *   VECT  word vectors: table 0 the words, row order (row = key number),
 *         hash, no payload; VSCL and VQNT; the header's dim is set. The
 *         rows are stored centred: the mean of all rows and their top
 *         principal direction (one per 100 dimensions) taken out before
 *         normalising (px-vectors-centre.c); version 1 stored them as
 *         the package has them
 *
 * Trust. A file is used only when its magic, version, byte order, kind,
 * header checksum, file size, section bounds and table sizes check out,
 * and (for a cache) when its recorded source size, mtime and path match
 * the source's. Every offset read from the file afterwards is checked
 * against its section before it is followed, so a damaged file can give
 * wrong words but never read outside the mapping. A cached index that
 * fails a check is compiled anew from its source.
 *
 * Bump PX_INDEX_VERSION for any change to this layout or to what a kind
 * stores (cached indexes of the old version are then rebuilt).
 */

#define PX_INDEX_MAGIC      "PXINDEX\032"
#define PX_INDEX_MAGIC_LEN  8
#define PX_INDEX_VERSION    2
#define PX_INDEX_BYTE_ORDER 0x01020304u
#define PX_INDEX_EMPTY      0xffffffffu
#define PX_INDEX_ALIGN      8
#define PX_INDEX_MAX_SECTIONS 64

#define PX_INDEX_TAG(a, b, c, d) \
  ((guint32)(a) | ((guint32)(b) << 8) | ((guint32)(c) << 16) | ((guint32)(d) << 24))

/* Kinds. */
#define PX_INDEX_KIND_WORDS      PX_INDEX_TAG ('W', 'O', 'R', 'D')
#define PX_INDEX_KIND_THESAURUS  PX_INDEX_TAG ('T', 'H', 'E', 'S')
#define PX_INDEX_KIND_WORDNET    PX_INDEX_TAG ('W', 'N', 'E', 'T')
#define PX_INDEX_KIND_DICTIONARY PX_INDEX_TAG ('D', 'I', 'C', 'T')
#define PX_INDEX_KIND_VECTORS    PX_INDEX_TAG ('V', 'E', 'C', 'T')

/* Sections. */
#define PX_INDEX_KEY_OFFSETS     PX_INDEX_TAG ('K', 'O', 'F', 'F')
#define PX_INDEX_KEY_STRINGS     PX_INDEX_TAG ('K', 'S', 'T', 'R')
#define PX_INDEX_HASH            PX_INDEX_TAG ('H', 'A', 'S', 'H')
#define PX_INDEX_PAYLOAD_OFFSETS PX_INDEX_TAG ('P', 'O', 'F', 'F')
#define PX_INDEX_PAYLOAD         PX_INDEX_TAG ('P', 'V', 'A', 'L')
#define PX_INDEX_SOURCE_PATH     PX_INDEX_TAG ('S', 'R', 'C', 'P')
#define PX_INDEX_VECTOR_SCALES   PX_INDEX_TAG ('V', 'S', 'C', 'L')
#define PX_INDEX_VECTOR_ROWS     PX_INDEX_TAG ('V', 'Q', 'N', 'T')

typedef struct
{
  char    magic[PX_INDEX_MAGIC_LEN];
  guint32 version;
  guint32 byte_order;
  guint32 kind;
  guint32 n_sections;
  guint64 file_size;
  guint64 source_size;     /* bytes of the source (sum over its files); 0 if none */
  gint64  source_mtime;    /* ns since the epoch (latest of its files); 0 if none */
  guint32 dim;             /* VECT: components per row; otherwise 0 */
  guint32 checksum;        /* px_index_hash() of header and section table, this field 0 */
  guint32 reserved[2];
} PxIndexHeader;

typedef struct
{
  guint32 tag;
  guint32 table;
  guint64 offset;
  guint64 size;
} PxIndexSection;

typedef struct
{
  guint32 key;
  guint32 hash;
} PxIndexBucket;

/* A DICT record: an English word (a key number of table 2) and its weight. */
typedef struct
{
  guint32 english;
  float   weight;
} PxIndexTranslation;

G_STATIC_ASSERT (sizeof (PxIndexHeader) == 64);
G_STATIC_ASSERT (sizeof (PxIndexSection) == 24);
G_STATIC_ASSERT (sizeof (PxIndexBucket) == 8);
G_STATIC_ASSERT (sizeof (PxIndexTranslation) == 8);

/* FNV-1a, 32 bits: fast on short keys and fixed forever by this header. */
static inline guint32
px_index_hash (const void *data,
               gsize       len,
               guint32     seed)
{
  const guint8 *p = data;
  guint32 h = seed ^ 0x811c9dc5u;

  for (gsize i = 0; i < len; i++)
    h = (h ^ p[i]) * 0x01000193u;
  return h;
}

#define PX_INDEX_HASH_SEED 0

G_END_DECLS
