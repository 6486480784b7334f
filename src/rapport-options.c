/* rapport-options.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-options"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-options.h"

/*
 * The command-line options of DESIGN.md section 6. They live in one table so
 * `--help`, the man page and the handlers agree. Each takes one line in
 * `--help`; file arguments are G_OPTION_ARG_FILENAME so paths in any encoding
 * survive.
 */
static const GOptionEntry option_entries[] = {
  { "version", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { "demo", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Open a sample notebook in a throw-away folder"), NULL },
  { "background", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Start without a window and keep reminding"), NULL },
  { "export", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Export the notebook (.json, .md or .ics by extension)"), N_("FILE") },
  { "import", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Merge a JSON export into the notebook"), N_("FILE") },
  { "backup", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Write a verified copy of the notebook to FILE"), N_("FILE") },
  { "restore", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Replace the notebook with a verified backup"), N_("FILE") },
  { "agenda", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Print what is due, as in the Today view"), NULL },
  { NULL }
};

const GOptionEntry *
rapport_options_get_entries (void)
{
  return option_entries;
}
