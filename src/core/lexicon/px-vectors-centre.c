/* px-vectors-centre.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-vectors-compile"

#include "config.h"

#include <math.h>

#include "px-vectors-compile.h"

/* Word vectors trained on co-occurrence share a common mean and a dominant
 * direction that mostly encodes word frequency, not meaning (Mu and
 * Viswanath, "All-but-the-Top", ICLR 2018). Left in, they make any two
 * frequent words of a news text look alike: "months" and "use" had a
 * cosine of 0.49, "targets" and "use" 0.46, while "allow" and "permit"
 * had 0.81. Taking out the mean and the top principal direction drops the
 * first two to about 0 and keeps the synonyms high (0.69), so the soft
 * match of two sentences rests on words that mean alike. The paper's rule
 * of thumb is one direction per hundred dimensions.
 */

#define POWER_ITERATIONS 100

static void
subtract_mean (float        *values,
               const guint8 *have,
               guint         rows,
               guint         dim)
{
  g_autofree double *mean = g_new0 (double, dim);
  guint n = 0;

  for (guint r = 0; r < rows; r++)
    if (have[r])
      {
        for (guint i = 0; i < dim; i++)
          mean[i] += values[(gsize)r * dim + i];
        n++;
      }
  if (n == 0)
    return;
  for (guint r = 0; r < rows; r++)
    if (have[r])
      for (guint i = 0; i < dim; i++)
        values[(gsize)r * dim + i] -= (float)(mean[i] / n);
}

/* The rows' scatter matrix, dim × dim. */
static double *
scatter (const float  *values,
         const guint8 *have,
         guint         rows,
         guint         dim)
{
  double *s = g_new0 (double, (gsize)dim * dim);

  for (guint r = 0; r < rows; r++)
    {
      const float *x = values + (gsize)r * dim;

      if (!have[r])
        continue;
      for (guint i = 0; i < dim; i++)
        for (guint j = i; j < dim; j++)
          s[i * dim + j] += (double)x[i] * x[j];
    }
  for (guint i = 0; i < dim; i++)
    for (guint j = 0; j < i; j++)
      s[i * dim + j] = s[j * dim + i];
  return s;
}

/* The unit eigenvector of @s with the largest eigenvalue, by power
 * iteration from a fixed start (the build is reproducible).
 */
static void
top_direction (const double *s,
               guint         dim,
               double       *u)
{
  g_autofree double *next = g_new (double, dim);

  for (guint i = 0; i < dim; i++)
    u[i] = 1.0 / sqrt (dim);
  for (guint k = 0; k < POWER_ITERATIONS; k++)
    {
      double norm = 0;

      for (guint i = 0; i < dim; i++)
        {
          next[i] = 0;
          for (guint j = 0; j < dim; j++)
            next[i] += s[i * dim + j] * u[j];
          norm += next[i] * next[i];
        }
      if (norm == 0)
        return;
      for (guint i = 0; i < dim; i++)
        u[i] = next[i] / sqrt (norm);
    }
}

/* Takes @u out of @s (deflation) and out of every row. */
static void
remove_direction (float        *values,
                  const guint8 *have,
                  guint         rows,
                  guint         dim,
                  double       *s,
                  const double *u)
{
  double lambda = 0;

  for (guint i = 0; i < dim; i++)
    for (guint j = 0; j < dim; j++)
      lambda += u[i] * s[i * dim + j] * u[j];
  for (guint i = 0; i < dim; i++)
    for (guint j = 0; j < dim; j++)
      s[i * dim + j] -= lambda * u[i] * u[j];
  for (guint r = 0; r < rows; r++)
    {
      float *x = values + (gsize)r * dim;
      double dot = 0;

      if (!have[r])
        continue;
      for (guint i = 0; i < dim; i++)
        dot += x[i] * u[i];
      for (guint i = 0; i < dim; i++)
        x[i] -= (float)(dot * u[i]);
    }
}

/**
 * px_vectors_centre:
 * @values: rows × dim floats, changed in place
 * @have: rows flags: which rows hold a vector (the others are left alone)
 * @rows: the number of rows
 * @dim: the components per row
 * @n_directions: how many of the top principal directions to take out
 *
 * Subtracts the rows' mean, then projects the top @n_directions principal
 * directions out of every row. Rows are not renormalised here; the writer
 * does that.
 */
void
px_vectors_centre (float        *values,
                   const guint8 *have,
                   guint         rows,
                   guint         dim,
                   guint         n_directions)
{
  g_autofree double *s = NULL;
  g_autofree double *u = NULL;

  if (rows == 0 || dim == 0)
    return;
  subtract_mean (values, have, rows, dim);
  if (n_directions == 0)
    return;
  s = scatter (values, have, rows, dim);
  u = g_new (double, dim);
  for (guint d = 0; d < MIN (n_directions, dim); d++)
    {
      top_direction (s, dim, u);
      remove_direction (values, have, rows, dim, s, u);
    }
}
