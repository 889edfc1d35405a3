/* px-figure-private.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The figure's fields, for the files of the figure type: the type and its
 * readings (px-figure.c), and what quantity a figure measures and how two
 * compare (px-figure-compare.c).
 */

#pragma once

#include "px-figure.h"

G_BEGIN_DECLS

/* A figure is immutable once built and reference counted, so that the
 * report, the comparison and the UI can share it across threads.
 */
struct _PxFigure
{
  gatomicrefcount    ref_count;

  guint              start;
  guint              end;
  char              *text;
  double             low;
  double             high;
  PxFigureQualifier  qualifier;
  PxFigureKind       kind;
  char              *unit;
  char              *noun;
  guint              approximate : 1;
  guint              is_part : 1;
};

G_END_DECLS
