/* px-test-utils.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-core.h"

G_BEGIN_DECLS

char      *px_test_sample_dir     (const char  *language);
GPtrArray *px_test_load_folder    (const char  *path);
GPtrArray *px_test_load_sample    (const char  *language);
PxArticle *px_test_load_fixture   (const char  *name);
PxArticle *px_test_load_string    (const char  *name,
                                   const char  *text);
char      *px_test_run_cli        (const char * const *argv,
                                   int         *exit_status,
                                   char       **standard_error);
void       px_test_assert_no_criticals (const char *log);

G_END_DECLS
