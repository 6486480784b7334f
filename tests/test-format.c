/* test-format.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rapport-format.h"
#include "rapport-test-utils.h"

static GDateTime *
at (int y, int m, int d, int h, int min)
{
  return g_date_time_new_local (y, m, d, h, min, 0);
}

static void
test_due (void)
{
  g_autoptr(GDateTime) now = at (2026, 11, 18, 10, 0); /* a Wednesday */
  struct {
    const char *date;
    const char *time;
    const char *expected;
  } cases[] = {
    { "2026-11-18", NULL, "due today" },
    { "2026-11-18", "17:00", "due today at 17:00" },
    { "2026-11-19", NULL, "due tomorrow" },
    { "2026-11-20", NULL, "due Fri" },
    { "2026-12-03", NULL, "due 3 Dec" },
    { "2027-01-05", NULL, "due 5 Jan 2027" },
    { "2026-11-17", NULL, "overdue by 1 day" },
    { "2026-11-15", NULL, "overdue by 3 days" },
    { NULL, NULL, "no due date" },
    { "2026-02-30", NULL, "no due date" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = rapport_format_due (cases[i].date, cases[i].time, now);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
test_meeting_time (void)
{
  g_autoptr(GDateTime) now = at (2026, 11, 18, 10, 0);
  g_autoptr(GDateTime) today = at (2026, 11, 18, 14, 0);
  g_autoptr(GDateTime) tomorrow = at (2026, 11, 19, 9, 30);
  g_autoptr(GDateTime) friday = at (2026, 11, 20, 16, 0);
  g_autoptr(GDateTime) later = at (2026, 12, 12, 14, 0);
  g_autofree char *a = rapport_format_meeting_time (today, now);
  g_autofree char *b = rapport_format_meeting_time (tomorrow, now);
  g_autofree char *c = rapport_format_meeting_time (friday, now);
  g_autofree char *d = rapport_format_meeting_time (later, now);

  g_assert_cmpstr (a, ==, "Today 14:00");
  g_assert_cmpstr (b, ==, "Tomorrow 09:30");
  g_assert_cmpstr (c, ==, "Fri 16:00");
  g_assert_cmpstr (d, ==, "12 Dec 14:00");
}

/* Single-digit days are not padded; today and tomorrow are lower case in
 * the middle of a mentee's status line. */
static void
test_meeting_time_in_status (void)
{
  g_autoptr(GDateTime) now = at (2026, 11, 18, 10, 0);
  g_autoptr(GDateTime) tomorrow = at (2026, 11, 19, 9, 30);
  g_autoptr(GDateTime) december = at (2026, 12, 3, 14, 0);
  g_autoptr(RapportMentee) mentee = rapport_mentee_new ();
  g_autofree char *later = rapport_format_meeting_time (december, now);
  g_autofree char *status = NULL;

  g_assert_cmpstr (later, ==, "3 Dec 14:00");

  rapport_mentee_set_name (mentee, "Alex");
  g_object_set (mentee, "next-meeting-at", tomorrow, NULL);
  status = rapport_format_mentee_status (mentee, now);
  g_assert_cmpstr (status, ==, "meets tomorrow 09:30");
}

static void
test_days_between_across_dst (void)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  /* 29 March 2026: clocks go forward; the day has 23 hours. */
  g_autoptr(GDateTime) before = g_date_time_new (berlin, 2026, 3, 28, 23, 30, 0);
  g_autoptr(GDateTime) after = g_date_time_new (berlin, 2026, 3, 30, 0, 30, 0);

  g_assert_nonnull (berlin);
  g_assert_cmpint (rapport_format_days_between (before, after), ==, 2);
}

static void
test_user_text (void)
{
  /* "evil" typed with a right-to-left override before it. */
  g_autofree char *shown = rapport_format_user_text ("\u202Eevil");
  g_autofree char *plain = rapport_format_user_text ("Ada Lovelace");
  g_autofree char *empty = rapport_format_user_text (NULL);

  g_assert_cmpstr (shown, ==, "\u2068evil\u2069");
  g_assert_cmpstr (plain, ==, "\u2068Ada Lovelace\u2069");
  g_assert_cmpstr (empty, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  /* Local dates are what the mentor sees; pin the zone so DST is exercised. */
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  rapport_test_init (&argc, &argv);

  g_test_add_func ("/rapport/format/due", test_due);
  g_test_add_func ("/rapport/format/meeting-time", test_meeting_time);
  g_test_add_func ("/rapport/format/meeting-time-in-status", test_meeting_time_in_status);
  g_test_add_func ("/rapport/format/days-between-across-dst", test_days_between_across_dst);

  g_test_add_func ("/rapport/format/user-text", test_user_text);

  return g_test_run ();
}
