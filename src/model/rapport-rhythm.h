/* rapport-rhythm.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rapport-date-input.h"
#include "rapport-types.h"

G_BEGIN_DECLS

/* Due dates and check-in rhythm as pure functions of an injected "now" (a
 * #GDateTime in the local time zone). Shared by the views and the reminders
 * so both always agree. Days are calendar days in the time zone of @now,
 * never multiples of 86400 s, so a DST change never shifts a due day. */

char               *rapport_date_format             (const GDate *date);
char               *rapport_date_from_date_time     (GDateTime   *date_time);
char               *rapport_date_add_months         (const char  *date,
                                                     int          months);
int                 rapport_days_between            (GDateTime   *from,
                                                     GDateTime   *to);
int                 rapport_date_days_until         (const char  *date,
                                                     GDateTime   *now);

GDateTime          *rapport_due_instant             (const char  *due_date,
                                                     const char  *due_time,
                                                     GTimeZone   *tz);
gboolean            rapport_due_is_overdue          (const char  *due_date,
                                                     const char  *due_time,
                                                     GDateTime   *now);
gboolean            rapport_due_is_today            (const char  *due_date,
                                                     GDateTime   *now);

RapportRhythmState  rapport_rhythm_state            (GDateTime   *last_held,
                                                     int          cadence_days,
                                                     int          max_gap_days,
                                                     GDateTime   *now);
char               *rapport_rhythm_check_in_due_on  (GDateTime   *last_held,
                                                     int          cadence_days,
                                                     GDateTime   *now);

G_END_DECLS
