/* px-pdf-exporter.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "px-report.h"

G_BEGIN_DECLS

typedef enum
{
  PX_PAPER_A4,
  PX_PAPER_LETTER,
} PxPaper;

/**
 * PxPageOrientation:
 * @PX_PAGE_AUTO: landscape from five sources on, portrait below
 * @PX_PAGE_PORTRAIT: always portrait
 * @PX_PAGE_LANDSCAPE: always landscape
 */
typedef enum
{
  PX_PAGE_AUTO,
  PX_PAGE_PORTRAIT,
  PX_PAGE_LANDSCAPE,
} PxPageOrientation;

gboolean px_pdf_export     (const PxReport     *report,
                            const char         *path,
                            PxPaper             paper,
                            PxPageOrientation   orientation,
                            GCancellable       *cancellable,
                            GError            **error);
gboolean px_pdf_is_landscape (const PxReport   *report,
                            PxPageOrientation   orientation);
void     px_paper_get_size (PxPaper             paper,
                            gboolean            portrait,
                            double             *width,
                            double             *height);

/* For tests: called after each page is drawn, to stop an export midway. */
typedef void (*PxPdfPageFunc) (guint page);
void     _px_pdf_set_page_func (PxPdfPageFunc func);

G_END_DECLS
