/* rapport-rhythm.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-rhythm"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rapport-date-input.h"
#include "rapport-rhythm.h"

char *
rapport_date_format (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

/**
 * rapport_date_from_date_time:
 * @date_time: an instant
 *
 * Returns: (transfer full): its calendar date in its own time zone
 */
char *
rapport_date_from_date_time (GDateTime *date_time)
{
  g_return_val_if_fail (date_time != NULL, NULL);

  return g_date_time_format (date_time, "%Y-%m-%d");
}

/**
 * rapport_date_add_months:
 * @date: `YYYY-MM-DD`
 * @months: months to add (may be negative)
 *
 * Adds calendar months, clamping to the end of a shorter month
 * (2026-08-31 + 6 months = 2027-02-28). Used for the default goal target.
 *
 * Returns: (transfer full) (nullable): the date, %NULL if @date is invalid
 */
char *
rapport_date_add_months (const char *date,
                         int         months)
{
  GDate d;

  if (!rapport_date_parse (date, &d))
    return NULL;

  if (months >= 0)
    g_date_add_months (&d, months);
  else
    g_date_subtract_months (&d, -months);

  return rapport_date_format (&d);
}

static void
local_date (GDateTime *dt,
            GTimeZone *tz,
            GDate     *out)
{
  g_autoptr(GDateTime) in_tz = g_date_time_to_timezone (dt, tz);

  g_date_clear (out, 1);
  g_date_set_dmy (out, g_date_time_get_day_of_month (in_tz),
                  g_date_time_get_month (in_tz), g_date_time_get_year (in_tz));
}

/**
 * rapport_days_between:
 * @from: an instant
 * @to: a later instant (usually "now")
 *
 * Returns: the number of calendar days from @from's date to @to's date, both
 *   taken in @to's time zone (negative if @from is later)
 */
int
rapport_days_between (GDateTime *from,
                      GDateTime *to)
{
  GTimeZone *tz;
  GDate a, b;

  g_return_val_if_fail (from != NULL, 0);
  g_return_val_if_fail (to != NULL, 0);

  tz = g_date_time_get_timezone (to);
  local_date (from, tz, &a);
  local_date (to, tz, &b);

  return g_date_days_between (&a, &b);
}

/**
 * rapport_date_days_until:
 * @date: `YYYY-MM-DD`
 * @now: the current local time
 *
 * Returns: days from today to @date (negative when @date is past; 0 when it
 *   is today or invalid)
 */
int
rapport_date_days_until (const char *date,
                         GDateTime  *now)
{
  GDate d, today;

  g_return_val_if_fail (now != NULL, 0);

  if (!rapport_date_parse (date, &d))
    return 0;

  local_date (now, g_date_time_get_timezone (now), &today);
  return g_date_days_between (&today, &d);
}

/**
 * rapport_due_instant:
 * @due_date: `YYYY-MM-DD`
 * @due_time: (nullable): `HH:MM`, or %NULL
 * @tz: the local time zone
 *
 * The instant a due date falls due: @due_time on @due_date, or the start of
 * @due_date when there is no time. A time skipped by a DST change (02:30 on
 * the spring-forward night) is moved forward by the gap, as clocks do.
 *
 * Returns: (transfer full) (nullable): the instant, %NULL for invalid input
 */
GDateTime *
rapport_due_instant (const char *due_date,
                     const char *due_time,
                     GTimeZone  *tz)
{
  GDate d;
  int h = 0, m = 0;

  g_return_val_if_fail (tz != NULL, NULL);

  if (!rapport_date_parse (due_date, &d))
    return NULL;
  if (due_time != NULL && !rapport_time_parse (due_time, &h, &m))
    return NULL;

  return g_date_time_new (tz, g_date_get_year (&d), g_date_get_month (&d),
                          g_date_get_day (&d), h, m, 0);
}

/**
 * rapport_due_is_overdue:
 * @due_date: (nullable): `YYYY-MM-DD`
 * @due_time: (nullable): `HH:MM`
 * @now: the current local time
 *
 * A promise without a time is overdue from the day after its due date; with
 * a time, from that minute on. Without a due date it is never overdue.
 */
gboolean
rapport_due_is_overdue (const char *due_date,
                        const char *due_time,
                        GDateTime  *now)
{
  g_autoptr(GDateTime) instant = NULL;
  int days;

  g_return_val_if_fail (now != NULL, FALSE);

  if (due_date == NULL || !rapport_date_parse (due_date, NULL))
    return FALSE;

  days = rapport_date_days_until (due_date, now);
  if (days < 0)
    return TRUE;
  if (days > 0 || due_time == NULL)
    return FALSE;

  instant = rapport_due_instant (due_date, due_time, g_date_time_get_timezone (now));
  return instant != NULL && g_date_time_compare (now, instant) >= 0;
}

gboolean
rapport_due_is_today (const char *due_date,
                      GDateTime  *now)
{
  g_return_val_if_fail (now != NULL, FALSE);

  return rapport_date_parse (due_date, NULL) && rapport_date_days_until (due_date, now) == 0;
}

/**
 * rapport_rhythm_state:
 * @last_held: (nullable): the start of the last held session
 * @cadence_days: the ideal interval, 0 for none
 * @max_gap_days: the maximum gap, 0 for none
 * @now: the current local time
 *
 * The rhythm restarts from the last real (held) meeting. A check-in is due
 * once @cadence_days calendar days have passed since it and overdue once
 * more than @max_gap_days have. A mentee never met, or without a cadence,
 * has no rhythm yet.
 */
RapportRhythmState
rapport_rhythm_state (GDateTime *last_held,
                      int        cadence_days,
                      int        max_gap_days,
                      GDateTime *now)
{
  int days;

  g_return_val_if_fail (now != NULL, RAPPORT_RHYTHM_STATE_NONE);

  if (last_held == NULL || cadence_days <= 0)
    return RAPPORT_RHYTHM_STATE_NONE;

  days = rapport_days_between (last_held, now);

  if (max_gap_days > 0 && days > max_gap_days)
    return RAPPORT_RHYTHM_STATE_OVERDUE;
  if (days >= cadence_days)
    return RAPPORT_RHYTHM_STATE_DUE;
  return RAPPORT_RHYTHM_STATE_OK;
}

/**
 * rapport_rhythm_check_in_due_on:
 * @last_held: (nullable): the start of the last held session
 * @cadence_days: the ideal interval
 * @now: the current local time (gives the time zone)
 *
 * Returns: (transfer full) (nullable): `YYYY-MM-DD` of the next check-in, or
 *   %NULL when there is no rhythm
 */
char *
rapport_rhythm_check_in_due_on (GDateTime *last_held,
                                int        cadence_days,
                                GDateTime *now)
{
  GDate d;

  g_return_val_if_fail (now != NULL, NULL);

  if (last_held == NULL || cadence_days <= 0)
    return NULL;

  local_date (last_held, g_date_time_get_timezone (now), &d);
  g_date_add_days (&d, cadence_days);
  return rapport_date_format (&d);
}
