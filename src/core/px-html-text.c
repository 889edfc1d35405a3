/* px-html-text.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-html-text"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "px-error.h"
#include "px-html-text-private.h"

gboolean
_px_html_text_extract (const char  *data,
                       gsize        length,
                       PxHtmlText  *out,
                       GError     **error)
{
  g_set_error (error, PX_ERROR, PX_ERROR_UNSUPPORTED, _("HTML import is not available yet"));
  return FALSE;
}

void
_px_html_text_clear (PxHtmlText *out)
{
  g_clear_pointer (&out->title, g_free);
  g_clear_pointer (&out->outlet, g_free);
  g_clear_pointer (&out->date, g_free);
  g_clear_pointer (&out->url, g_free);
  g_clear_pointer (&out->language, g_free);
  if (out->text != NULL)
    g_string_free (g_steal_pointer (&out->text), TRUE);
  g_clear_pointer (&out->paragraphs, g_array_unref);
}
