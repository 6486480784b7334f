/* rapport-date-input.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rapport-types.h"

G_BEGIN_DECLS

/* Every date and time Rapport reads: the stored forms (`YYYY-MM-DD`,
 * `HH:MM`) and what the mentor types, in the mentor's language. */

gboolean  rapport_date_parse                 (const char       *text,
                                              GDate            *date);
gboolean  rapport_time_parse                 (const char       *text,
                                              int              *hour,
                                              int              *minute);

gboolean  rapport_date_input_parse           (const char       *text,
                                              GDateTime        *now,
                                              RapportDateBias   bias,
                                              GDate            *date,
                                              GError          **error);
gboolean  rapport_date_input_find_trailing   (const char       *text,
                                              GDateTime        *now,
                                              RapportDateBias   bias,
                                              GDate            *date,
                                              gsize            *date_start);
char     *rapport_date_input_read            (const char       *text,
                                              GDateTime        *now,
                                              RapportDateBias   bias,
                                              GError          **error);
GStrv     rapport_date_input_dup_examples    (GDateTime        *now,
                                              RapportDateBias   bias);
char     *rapport_date_input_dup_hint        (GDateTime        *now,
                                              RapportDateBias   bias);
char     *rapport_date_input_format_numeric  (const GDate      *date);

gboolean  rapport_time_input_parse           (const char       *text,
                                              int              *hour,
                                              int              *minute,
                                              GError          **error);
char     *rapport_time_input_read            (const char       *text,
                                              GError          **error);

G_END_DECLS
