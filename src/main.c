/* main.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "px-application.h"
#include "px-resources.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(PxApplication) app = NULL;
  const char *localedir = g_getenv ("PARALLAX_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  px_register_resource ();

  app = px_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
