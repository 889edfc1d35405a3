/* fuzz-gold.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The gold annotation reader that test-aligner and px-bench-quality share,
 * on the German sample set: whatever the bytes, a set of pairs or an error,
 * never a critical.
 */

#include "config.h"

#include "px-core.h"
#include "px-gold.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

static GPtrArray *
sample_articles (void)
{
  g_autoptr(PxArticleLoader) loader = px_article_loader_new ();
  g_autoptr(GFile) dir = g_file_new_for_path (PX_SOURCE_ROOT "/data/samples/de");
  g_autoptr(GPtrArray) errors = NULL;
  GPtrArray *articles;

  articles = px_article_loader_load_set (loader, &dir, 1, &errors, NULL, NULL);
  g_assert_nonnull (articles);
  g_assert_cmpuint (errors->len, ==, 0);
  return articles;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static GPtrArray *articles;
  g_autoptr(GHashTable) pairs = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *set = NULL;

  if (articles == NULL)
    articles = sample_articles ();

  pairs = px_gold_pairs_from_data ((const char *)data, size, "fuzz.json", articles, &set, &error);
  if (pairs != NULL)
    {
      g_assert_no_error (error);
      g_assert_nonnull (set);
    }
  else
    {
      g_assert_nonnull (error);
      g_assert_null (set);
    }
  return 0;
}
