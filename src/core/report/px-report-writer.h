/* px-report-writer.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "px-report.h"

G_BEGIN_DECLS

char     *px_report_to_html   (const PxReport  *report);
char     *px_report_to_csv    (const PxReport  *report);
gboolean  px_report_write_file (const char     *path,
                                const char     *contents,
                                gsize           length,
                                GError        **error);

G_END_DECLS
