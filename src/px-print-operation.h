/* px-print-operation.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "px-core.h"

G_BEGIN_DECLS

#define PX_TYPE_PRINT_OPERATION (px_print_operation_get_type ())

G_DECLARE_FINAL_TYPE (PxPrintOperation, px_print_operation, PX, PRINT_OPERATION, GtkPrintOperation)

PxPrintOperation *px_print_operation_new (PxReport *report);

G_END_DECLS
