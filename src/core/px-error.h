/* px-error.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PX_ERROR (px_error_quark ())

/**
 * PxError:
 * @PX_ERROR_EMPTY: the input holds no text
 * @PX_ERROR_TOO_LARGE: the input is larger than the configured limit
 * @PX_ERROR_BINARY: the input is not text
 * @PX_ERROR_UNSUPPORTED: the file type is not one Parallax reads
 * @PX_ERROR_PARSE: the input could not be parsed
 * @PX_ERROR_NO_ARTICLES: nothing readable was found
 * @PX_ERROR_NEWER_FORMAT: a file written by a newer Parallax
 * @PX_ERROR_INVALID_ARGUMENT: a command-line or API argument is wrong
 */
typedef enum
{
  PX_ERROR_EMPTY,
  PX_ERROR_TOO_LARGE,
  PX_ERROR_BINARY,
  PX_ERROR_UNSUPPORTED,
  PX_ERROR_PARSE,
  PX_ERROR_NO_ARTICLES,
  PX_ERROR_NEWER_FORMAT,
  PX_ERROR_INVALID_ARGUMENT,
} PxError;

GQuark px_error_quark (void);

G_END_DECLS
