/* px-report-text-role.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * PxReportTextRole:
 * @PX_REPORT_TEXT_HEADING: titles and section headings
 * @PX_REPORT_TEXT_BODY: passages, tables and the sources
 * @PX_REPORT_TEXT_NOTE: findings under passages, legends, header and footer,
 *   verdicts beside figures
 *
 * What a piece of text is for; each role has a smallest size it may use.
 */
typedef enum
{
  PX_REPORT_TEXT_HEADING,
  PX_REPORT_TEXT_BODY,
  PX_REPORT_TEXT_NOTE,
} PxReportTextRole;

#define PX_REPORT_N_TEXT_ROLES 3

G_END_DECLS
