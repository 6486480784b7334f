/* rapport-export-icalendar.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rapport-repository.h"

G_BEGIN_DECLS

/* The domain part of every UID: "<uuid>@rapport". */
#define RAPPORT_ICALENDAR_UID_DOMAIN "rapport"

char     *rapport_export_icalendar      (RapportRepository  *repository);
gboolean  rapport_export_icalendar_file (RapportRepository  *repository,
                                         const char         *path,
                                         GError            **error);

G_END_DECLS
