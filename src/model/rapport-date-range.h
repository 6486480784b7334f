/* rapport-date-range.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The one range of calendar years Rapport accepts, at every entry point:
 * the window's date fields, the JSON import, the command line and the
 * stored notebook. Everything inside it exports as a four-digit year that
 * the importer reads back, and date arithmetic on it (a rhythm, a due
 * date, "six months from now") stays far from the ends of what GDateTime
 * can represent (years 1 to 9999). A date outside it never reaches date
 * arithmetic: it is refused where it enters. */
#define RAPPORT_YEAR_MIN 1900
#define RAPPORT_YEAR_MAX 2999

static inline gboolean
rapport_year_in_range (int year)
{
  return year >= RAPPORT_YEAR_MIN && year <= RAPPORT_YEAR_MAX;
}

G_END_DECLS
