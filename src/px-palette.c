/* px-palette.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "px-palette.h"

static const char *colors[PX_PALETTE_N_COLORS] = {
  "#E69F00", /* orange */
  "#56B4E9", /* sky blue */
  "#009E73", /* bluish green */
  "#F0E442", /* yellow */
  "#0072B2", /* blue */
  "#D55E00", /* vermillion */
  "#CC79A7", /* reddish purple */
  "#999999", /* grey */
};

void
px_palette_get_color (guint    index,
                      GdkRGBA *rgba)
{
  gdk_rgba_parse (rgba, colors[index % PX_PALETTE_N_COLORS]);
}

/* Neighbouring slots differ in underline as well as colour, so that colour
 * is never the only cue.
 */
PangoUnderline
px_palette_get_underline (guint index)
{
  static const PangoUnderline styles[] = {
    PANGO_UNDERLINE_SINGLE,
    PANGO_UNDERLINE_DOUBLE,
    PANGO_UNDERLINE_ERROR,
  };

  return styles[index % G_N_ELEMENTS (styles)];
}

/* Two claims are neighbours when, in some source, their passages are the
 * same sentence or at most one sentence apart: there their colours meet.
 */
static GPtrArray *
neighbours (PxAlignment *alignment)
{
  guint n_groups = px_alignment_get_n_groups (alignment);
  GPtrArray *adjacent = g_ptr_array_new_with_free_func ((GDestroyNotify)g_hash_table_unref);

  for (guint g = 0; g < n_groups; g++)
    g_ptr_array_add (adjacent, g_hash_table_new (NULL, NULL));

  for (guint a = 0; a < px_alignment_get_n_articles (alignment); a++)
    {
      guint n_sentences;

      px_article_get_sentences (px_alignment_get_article (alignment, a), &n_sentences);
      for (guint s = 0; s < n_sentences; s++)
        for (guint t = s; t < MIN (s + 3, n_sentences); t++)
          {
            const guint *here, *there;
            guint n_here, n_there;

            here = px_alignment_get_groups_for_sentence (alignment, a, s, &n_here);
            there = px_alignment_get_groups_for_sentence (alignment, a, t, &n_there);
            for (guint i = 0; i < n_here; i++)
              for (guint j = 0; j < n_there; j++)
                if (here[i] != there[j])
                  {
                    g_hash_table_add (g_ptr_array_index (adjacent, here[i]), GUINT_TO_POINTER (there[j] + 1));
                    g_hash_table_add (g_ptr_array_index (adjacent, there[j]), GUINT_TO_POINTER (here[i] + 1));
                  }
          }
    }
  return adjacent;
}

/**
 * px_palette_assign:
 * @alignment: an alignment
 *
 * Colours the claims greedily over the graph of neighbouring claims (Welsh
 * and Powell: most neighbours first, each the first colour no neighbour
 * has). When every colour is taken around a claim, it gets the one its
 * neighbours use least.
 *
 * Returns: (transfer full) (element-type guint): a palette slot per group
 */
GArray *
px_palette_assign (PxAlignment *alignment)
{
  guint n_groups = px_alignment_get_n_groups (alignment);
  g_autoptr(GPtrArray) adjacent = neighbours (alignment);
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));
  GArray *slots = g_array_new (FALSE, FALSE, sizeof (guint));

  g_array_set_size (slots, n_groups);
  for (guint g = 0; g < n_groups; g++)
    {
      g_array_index (slots, guint, g) = G_MAXUINT;
      g_array_append_val (order, g);
    }
  /* Most neighbours first; ties keep the group order, so results are stable. */
  for (guint i = 1; i < n_groups; i++)
    for (guint j = i; j > 0; j--)
      {
        guint a = g_array_index (order, guint, j - 1), b = g_array_index (order, guint, j);

        if (g_hash_table_size (g_ptr_array_index (adjacent, b)) <=
            g_hash_table_size (g_ptr_array_index (adjacent, a)))
          break;
        g_array_index (order, guint, j - 1) = b;
        g_array_index (order, guint, j) = a;
      }

  for (guint i = 0; i < n_groups; i++)
    {
      guint g = g_array_index (order, guint, i);
      guint used[PX_PALETTE_N_COLORS] = { 0 };
      guint best = 0;
      GHashTableIter iter;
      gpointer key;

      g_hash_table_iter_init (&iter, g_ptr_array_index (adjacent, g));
      while (g_hash_table_iter_next (&iter, &key, NULL))
        {
          guint slot = g_array_index (slots, guint, GPOINTER_TO_UINT (key) - 1);

          if (slot != G_MAXUINT)
            used[slot]++;
        }
      for (guint c = 1; c < PX_PALETTE_N_COLORS; c++)
        if (used[c] < used[best])
          best = c;
      g_array_index (slots, guint, g) = best;
    }
  return slots;
}

/* The assignment belongs to one alignment, which is immutable; it is worked
 * out once, on the main thread, and kept with it.
 */
guint
px_palette_get_group_slot (PxAlignment *alignment,
                           guint        group)
{
  GArray *slots;

  g_return_val_if_fail (PX_IS_ALIGNMENT (alignment), group % PX_PALETTE_N_COLORS);

  if (!(slots = g_object_get_data (G_OBJECT (alignment), "px-palette-slots")))
    {
      slots = px_palette_assign (alignment);
      g_object_set_data_full (G_OBJECT (alignment), "px-palette-slots", slots,
                              (GDestroyNotify)g_array_unref);
    }
  return group < slots->len ? g_array_index (slots, guint, group) : group % PX_PALETTE_N_COLORS;
}

void
px_palette_get_group_color (PxAlignment *alignment,
                            guint        group,
                            GdkRGBA     *rgba)
{
  px_palette_get_color (px_palette_get_group_slot (alignment, group), rgba);
}

PangoUnderline
px_palette_get_group_underline (PxAlignment *alignment,
                                guint        group)
{
  return px_palette_get_underline (px_palette_get_group_slot (alignment, group));
}
