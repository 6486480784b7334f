/* test-due-parse.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>

#include "rapport-due-parse.h"
#include "rapport-test-utils.h"

/* Saturday 21 November 2026, mid-afternoon. */
static GDateTime *
make_now (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_utc ();

  return g_date_time_new (tz, 2026, 11, 21, 15, 30, 0);
}

static void
assert_parses (const char *text,
               const char *expected)
{
  g_autoptr(GDateTime) now = make_now ();
  GDate date;
  char buf[16];

  if (!rapport_due_parse (text, now, &date))
    g_error ("“%s” was not understood", text);
  g_assert_true (g_date_valid (&date));
  g_snprintf (buf, sizeof buf, "%04u-%02u-%02u",
              g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date));
  g_assert_cmpstr (buf, ==, expected);
}

static void
test_relative_words (void)
{
  assert_parses ("today", "2026-11-21");
  assert_parses ("Today", "2026-11-21");
  assert_parses ("  tomorrow ", "2026-11-22");
  assert_parses ("next week", "2026-11-28");
  assert_parses ("next month", "2026-12-21");
}

static void
test_weekdays (void)
{
  /* A weekday alone is the next such day after today... */
  assert_parses ("fri", "2026-11-27");
  assert_parses ("Friday", "2026-11-27");
  assert_parses ("mon", "2026-11-23");
  /* ...and today's weekday is a week away, since "today" says today. */
  assert_parses ("sat", "2026-11-28");
  /* "next" names the day in the next calendar week. */
  assert_parses ("next monday", "2026-11-23");
  assert_parses ("next fri", "2026-11-27");
  assert_parses ("next sunday", "2026-11-29");
}

static void
test_in_periods (void)
{
  assert_parses ("in 2 weeks", "2026-12-05");
  assert_parses ("in 1 day", "2026-11-22");
  assert_parses ("in 10 days", "2026-12-01");
  assert_parses ("in a week", "2026-11-28");
  assert_parses ("in 3 months", "2027-02-21");
  assert_parses ("in 2w", "2026-12-05");
}

static void
test_day_and_month (void)
{
  assert_parses ("3 dec", "2026-12-03");
  assert_parses ("dec 3", "2026-12-03");
  assert_parses ("3rd December", "2026-12-03");
  assert_parses ("21 nov", "2026-11-21");
  /* A day already past this year is next year's. */
  assert_parses ("3 jan", "2027-01-03");
  assert_parses ("20 nov", "2027-11-20");
  assert_parses ("3 dec 2028", "2028-12-03");
  assert_parses ("2026-12-03", "2026-12-03");
  /* 29 February waits for a leap year. */
  assert_parses ("29 feb", "2028-02-29");
}

static void
test_rejects (void)
{
  static const char * const bad[] = {
    "", "   ", "someday", "fr", "in", "in weeks", "in 0 days", "in -2 days", "32 dec",
    "2026-02-30", "2026-13-01", "next", "next year", "3 smarch", "in 2 fortnights",
    "\xff\xfe", "tomorrow please",
  };
  g_autoptr(GDateTime) now = make_now ();

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      GDate date;

      if (rapport_due_parse (bad[i], now, &date))
        g_error ("“%s” should not be understood", bad[i]);
      g_assert_false (g_date_valid (&date));
    }
  g_assert_false (rapport_due_parse (NULL, now, &(GDate) { 0 }));
}

int
main (int   argc,
      char *argv[])
{
  rapport_test_init (&argc, &argv);

  g_test_add_func ("/rapport/due-parse/relative-words", test_relative_words);
  g_test_add_func ("/rapport/due-parse/weekdays", test_weekdays);
  g_test_add_func ("/rapport/due-parse/in-periods", test_in_periods);
  g_test_add_func ("/rapport/due-parse/day-and-month", test_day_and_month);
  g_test_add_func ("/rapport/due-parse/rejects", test_rejects);

  return g_test_run ();
}
