/* rapport-options.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses of the command line, as documented in rapport(1). */
#define RAPPORT_EXIT_OK          0
#define RAPPORT_EXIT_FAILURE     1
#define RAPPORT_EXIT_USAGE       2

const GOptionEntry *rapport_options_get_entries     (void);

G_END_DECLS
