/* rapport-date-input.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Every date and time Rapport reads: the stored forms (`YYYY-MM-DD`,
 * `HH:MM`) and what the mentor types. */

gboolean rapport_date_parse (const char *text,
                             GDate      *date);
gboolean rapport_time_parse (const char *text,
                             int        *hour,
                             int        *minute);

G_END_DECLS
