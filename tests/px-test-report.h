/* px-test-report.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-core.h"

G_BEGIN_DECLS

/* The outlets of the synthetic reports; made up, as all our fixtures are. */
extern const char *px_test_outlets[12];

PxReport *px_test_make_report  (guint        n_sources,
                                guint        n_claims,
                                guint        n_exclusive);
gboolean  px_test_have_program (const char  *name);
char     *px_test_run_tool     (const char * const *argv,
                                int         *status);
char     *px_test_pdf_text     (const char  *path,
                                int          page);
guint     px_test_pdf_pages    (const char  *path);
GPtrArray *px_test_list_dir    (const char  *path);

G_END_DECLS
