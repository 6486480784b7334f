/* test-rhythm.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rapport-rhythm.h"
#include "rapport-test-utils.h"

static GTimeZone *
berlin (void)
{
  GTimeZone *tz = g_time_zone_new_identifier ("Europe/Berlin");

  if (tz == NULL)
    g_test_skip ("No tzdata for Europe/Berlin");
  return tz;
}

static void
test_parse (void)
{
  GDate d;
  int h, m;

  g_assert_true (rapport_date_parse ("2024-02-29", &d));
  g_assert_cmpint (g_date_get_day (&d), ==, 29);
  g_assert_false (rapport_date_parse ("2023-02-29", NULL));
  g_assert_false (rapport_date_parse ("2026-04-31", NULL));
  g_assert_false (rapport_date_parse ("2026-4-01", NULL));
  g_assert_false (rapport_date_parse ("2026-04-01x", NULL));
  g_assert_false (rapport_date_parse ("0000-01-01", NULL));
  g_assert_false (rapport_date_parse (NULL, NULL));
  g_assert_false (rapport_date_parse ("", NULL));

  g_assert_true (rapport_time_parse ("23:59", &h, &m));
  g_assert_cmpint (h, ==, 23);
  g_assert_cmpint (m, ==, 59);
  g_assert_false (rapport_time_parse ("24:00", NULL, NULL));
  g_assert_false (rapport_time_parse ("12:60", NULL, NULL));
  g_assert_false (rapport_time_parse ("9:00", NULL, NULL));
}

static void
test_add_months (void)
{
  g_autofree char *a = rapport_date_add_months ("2026-08-31", 6);
  g_autofree char *b = rapport_date_add_months ("2027-08-31", 6);
  g_autofree char *c = rapport_date_add_months ("2026-03-18", 6);
  g_autofree char *d = rapport_date_add_months ("2026-13-18", 6);

  g_assert_cmpstr (a, ==, "2027-02-28");
  g_assert_cmpstr (b, ==, "2028-02-29");
  g_assert_cmpstr (c, ==, "2026-09-18");
  g_assert_null (d);
}

static void
test_days_across_dst (void)
{
  g_autoptr(GTimeZone) tz = berlin ();
  g_autoptr(GDateTime) before = NULL;
  g_autoptr(GDateTime) after = NULL;
  g_autoptr(GDateTime) late = NULL;
  g_autoptr(GDateTime) early = NULL;

  if (tz == NULL)
    return;

  /* Spring forward on 2026-03-29: that day has 23 hours, yet Saturday 23:30
   * to Monday 00:10 is still two calendar days. */
  before = g_date_time_new (tz, 2026, 3, 28, 23, 30, 0);
  after = g_date_time_new (tz, 2026, 3, 30, 0, 10, 0);
  g_assert_cmpint (rapport_days_between (before, after), ==, 2);

  /* Fall back on 2026-10-25 (25 hours): 00:30 to 23:50 the same day is 0. */
  early = g_date_time_new (tz, 2026, 10, 25, 0, 30, 0);
  late = g_date_time_new (tz, 2026, 10, 25, 23, 50, 0);
  g_assert_cmpint (rapport_days_between (early, late), ==, 0);
  g_assert_cmpint (g_date_time_difference (late, early) / G_TIME_SPAN_HOUR, ==, 24);
}

static void
test_due_instant_dst_gap (void)
{
  g_autoptr(GTimeZone) tz = berlin ();
  g_autoptr(GDateTime) gap = NULL;
  g_autoptr(GDateTime) day = NULL;
  g_autoptr(GDateTime) now = NULL;

  if (tz == NULL)
    return;

  /* 02:30 does not exist on 2026-03-29 in Berlin; the instant still falls
   * on that day, after midnight and before noon. */
  gap = rapport_due_instant ("2026-03-29", "02:30", tz);
  g_assert_nonnull (gap);
  g_assert_cmpint (g_date_time_get_day_of_month (gap), ==, 29);
  g_assert_cmpint (g_date_time_get_hour (gap), <, 12);

  day = rapport_due_instant ("2026-03-29", NULL, tz);
  g_assert_cmpint (g_date_time_get_hour (day), ==, 0);
  g_assert_null (rapport_due_instant ("2026-02-30", NULL, tz));
  g_assert_null (rapport_due_instant ("2026-03-29", "25:00", tz));

  now = g_date_time_new (tz, 2026, 3, 29, 3, 45, 0);
  g_assert_true (rapport_due_is_overdue ("2026-03-29", "02:30", now));
  g_assert_false (rapport_due_is_overdue ("2026-03-29", "04:00", now));
}

static void
test_overdue (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_utc ();
  g_autoptr(GDateTime) now = g_date_time_new (tz, 2026, 3, 18, 10, 0, 0);

  g_assert_true (rapport_due_is_overdue ("2026-03-17", NULL, now));
  g_assert_false (rapport_due_is_overdue ("2026-03-18", NULL, now));
  g_assert_true (rapport_due_is_overdue ("2026-03-18", "09:59", now));
  g_assert_true (rapport_due_is_overdue ("2026-03-18", "10:00", now));
  g_assert_false (rapport_due_is_overdue ("2026-03-18", "10:01", now));
  g_assert_false (rapport_due_is_overdue ("2026-03-19", "00:00", now));
  g_assert_false (rapport_due_is_overdue (NULL, NULL, now));
  g_assert_true (rapport_due_is_today ("2026-03-18", now));
  g_assert_false (rapport_due_is_today ("2026-03-19", now));
  g_assert_cmpint (rapport_date_days_until ("2026-03-10", now), ==, -8);
}

static void
test_rhythm (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_utc ();
  g_autoptr(GDateTime) now = g_date_time_new (tz, 2026, 3, 18, 10, 0, 0);
  g_autoptr(GDateTime) d13 = g_date_time_add_days (now, -13);
  g_autoptr(GDateTime) d14 = g_date_time_add_days (now, -14);
  g_autoptr(GDateTime) d28 = g_date_time_add_days (now, -28);
  g_autoptr(GDateTime) d29 = g_date_time_add_days (now, -29);
  g_autofree char *due_on = NULL;

  g_assert_cmpint (rapport_rhythm_state (NULL, 14, 28, now), ==, RAPPORT_RHYTHM_STATE_NONE);
  g_assert_cmpint (rapport_rhythm_state (d13, 0, 28, now), ==, RAPPORT_RHYTHM_STATE_NONE);
  g_assert_cmpint (rapport_rhythm_state (d13, 14, 28, now), ==, RAPPORT_RHYTHM_STATE_OK);
  g_assert_cmpint (rapport_rhythm_state (d14, 14, 28, now), ==, RAPPORT_RHYTHM_STATE_DUE);
  g_assert_cmpint (rapport_rhythm_state (d28, 14, 28, now), ==, RAPPORT_RHYTHM_STATE_DUE);
  g_assert_cmpint (rapport_rhythm_state (d29, 14, 28, now), ==, RAPPORT_RHYTHM_STATE_OVERDUE);
  g_assert_cmpint (rapport_rhythm_state (d29, 14, 0, now), ==, RAPPORT_RHYTHM_STATE_DUE);

  due_on = rapport_rhythm_check_in_due_on (d13, 14, now);
  g_assert_cmpstr (due_on, ==, "2026-03-19");
  g_assert_null (rapport_rhythm_check_in_due_on (NULL, 14, now));
}

static void
test_rhythm_late_evening_dst (void)
{
  g_autoptr(GTimeZone) tz = berlin ();
  g_autoptr(GDateTime) last = NULL;
  g_autoptr(GDateTime) now = NULL;

  if (tz == NULL)
    return;

  /* Met at 23:30 the evening before the spring change; seven calendar days
   * later at 00:15 the weekly check-in is due even though fewer than 7 × 24
   * hours have passed. */
  last = g_date_time_new (tz, 2026, 3, 28, 23, 30, 0);
  now = g_date_time_new (tz, 2026, 4, 4, 0, 15, 0);
  g_assert_cmpint (g_date_time_difference (now, last) / G_TIME_SPAN_HOUR, <, 7 * 24);
  g_assert_cmpint (rapport_rhythm_state (last, 7, 14, now), ==, RAPPORT_RHYTHM_STATE_DUE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/rapport/rhythm/parse", test_parse);
  g_test_add_func ("/rapport/rhythm/add-months", test_add_months);
  g_test_add_func ("/rapport/rhythm/days-across-dst", test_days_across_dst);
  g_test_add_func ("/rapport/rhythm/due-instant-dst-gap", test_due_instant_dst_gap);
  g_test_add_func ("/rapport/rhythm/overdue", test_overdue);
  g_test_add_func ("/rapport/rhythm/state", test_rhythm);
  g_test_add_func ("/rapport/rhythm/late-evening-dst", test_rhythm_late_evening_dst);

  return g_test_run ();
}
