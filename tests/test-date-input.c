/* test-date-input.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-date-input.h"
#include "rapport-test-utils.h"
#include "rapport-validation.h"

/* Typed dates and times, in German and in US English: the locale gives the
 * weekday and month names and the numeric order, the catalogue gives the
 * relative words, and the bias of the field settles what the text leaves
 * open. build-aux/test generates both locales; the German catalogue is the
 * one built in this build tree. */

#define FUTURE RAPPORT_DATE_BIAS_FUTURE
#define PAST   RAPPORT_DATE_BIAS_PAST

/* Saturday 21 November 2026, mid-afternoon. */
static GDateTime *
make_now (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_utc ();

  return g_date_time_new (tz, 2026, 11, 21, 15, 30, 0);
}

static void
use_locale (gconstpointer data)
{
  rapport_test_use_locale (data);
}

static void
assert_parses (const char      *text,
               RapportDateBias  bias,
               const char      *expected)
{
  g_autoptr(GDateTime) now = make_now ();
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = rapport_date_input_read (text, now, bias, &error);

  if (iso == NULL)
    g_error ("“%s” (%s) was not understood: %s", text, bias == PAST ? "past" : "future",
             error ? error->message : "no message");
  g_assert_no_error (error);
  if (g_strcmp0 (iso, expected) != 0)
    g_error ("“%s” (%s) read as %s, expected %s", text, bias == PAST ? "past" : "future",
             iso, expected);
}

static void
assert_both (const char *text,
             const char *expected)
{
  assert_parses (text, FUTURE, expected);
  assert_parses (text, PAST, expected);
}

/* Refused, with exactly @message (or any message when it is %NULL). */
static void
assert_refused (const char      *text,
                RapportDateBias  bias,
                const char      *message)
{
  g_autoptr(GDateTime) now = make_now ();
  g_autoptr(GError) error = NULL;
  GDate date;

  if (rapport_date_input_parse (text, now, bias, &date, &error))
    g_error ("“%s” should be refused, but read as %04u-%02u-%02u", text,
             g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date));
  g_assert_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_INVALID_DATE);
  g_assert_false (g_date_valid (&date));
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_cmpstr (error->message, !=, "");
  if (message != NULL)
    g_assert_cmpstr (error->message, ==, message);
}

/* ------------------------------------------------------------------------ */
/* US English                                                               */

static void
test_en_relative_words (gconstpointer data)
{
  use_locale (data);

  assert_both ("today", "2026-11-21");
  assert_both ("Today", "2026-11-21");
  assert_both ("  tomorrow ", "2026-11-22");
  assert_both ("yesterday", "2026-11-20");
  assert_both ("day after tomorrow", "2026-11-23");
  assert_both ("the day before yesterday", "2026-11-19");
  assert_both ("next week", "2026-11-28");
  assert_both ("last week", "2026-11-14");
  assert_both ("next month", "2026-12-21");
  assert_both ("last month", "2026-10-21");
  assert_both ("next year", "2027-11-21");
  /* Words that lead into a date, as in a promise "due by friday". */
  assert_parses ("by friday", FUTURE, "2026-11-27");
  assert_parses ("due tomorrow", FUTURE, "2026-11-22");
  assert_parses ("on 3 dec", FUTURE, "2026-12-03");
}

static void
test_en_periods (gconstpointer data)
{
  use_locale (data);

  /* "in" counts forward and "ago" back, whatever the field's bias. */
  assert_both ("in 2 weeks", "2026-12-05");
  assert_both ("in 1 day", "2026-11-22");
  assert_both ("in 10 days", "2026-12-01");
  assert_both ("in a week", "2026-11-28");
  assert_both ("in 3 months", "2027-02-21");
  assert_both ("in 1 year", "2027-11-21");
  assert_both ("in 2w", "2026-12-05");
  assert_both ("2 weeks from now", "2026-12-05");
  assert_both ("3 days ago", "2026-11-18");
  assert_both ("a week ago", "2026-11-14");
  assert_both ("2 months ago", "2026-09-21");
  assert_both ("1 year ago", "2025-11-21");
}

static void
test_en_weekdays (gconstpointer data)
{
  use_locale (data);

  /* A weekday alone leans with the field: the next one for a due date,
   * the last one for a meeting held or "Mentoring since". Today's
   * weekday is a week away, since "today" says today. */
  assert_parses ("fri", FUTURE, "2026-11-27");
  assert_parses ("Friday", FUTURE, "2026-11-27");
  assert_parses ("thurs", FUTURE, "2026-11-26");
  assert_parses ("sat", FUTURE, "2026-11-28");
  assert_parses ("fri", PAST, "2026-11-20");
  assert_parses ("monday", PAST, "2026-11-16");
  assert_parses ("sat", PAST, "2026-11-14");

  /* "next" is that day in the next week (weeks start on Monday)... */
  assert_both ("next monday", "2026-11-23");
  assert_both ("next fri", "2026-11-27");
  assert_both ("next sunday", "2026-11-29");
  /* ... "last" the most recent one before today... */
  assert_both ("last monday", "2026-11-16");
  assert_both ("last sat", "2026-11-14");
  assert_both ("last friday", "2026-11-20");
  /* ... and "this" the nearest one, today included, the field's way. */
  assert_parses ("this friday", FUTURE, "2026-11-27");
  assert_parses ("this friday", PAST, "2026-11-20");
  assert_parses ("this saturday", FUTURE, "2026-11-21");
}

static void
test_en_day_and_month (gconstpointer data)
{
  use_locale (data);

  /* Without a year, the next such day for a due date and the last one for
   * "Mentoring since": "1 sep" is not a year away. */
  assert_parses ("1 sep", FUTURE, "2027-09-01");
  assert_parses ("1 sep", PAST, "2026-09-01");
  assert_parses ("3 dec", FUTURE, "2026-12-03");
  assert_parses ("3 dec", PAST, "2025-12-03");
  assert_both ("21 nov", "2026-11-21");
  assert_parses ("dec 3", FUTURE, "2026-12-03");
  assert_parses ("3rd December", FUTURE, "2026-12-03");
  assert_parses ("Sept 1st", PAST, "2026-09-01");
  assert_both ("December 3, 2027", "2027-12-03");
  assert_both ("3 dec 2028", "2028-12-03");
  /* 29 February waits for a leap year, either way. */
  assert_parses ("29 feb", FUTURE, "2028-02-29");
  assert_parses ("29 feb", PAST, "2024-02-29");
  /* A weekday before a full date is checked against it. */
  assert_both ("Fri, Jan 15, 2027", "2027-01-15");
}

static void
test_en_numeric (gconstpointer data)
{
  use_locale (data);

  /* Month first, as the locale writes dates. */
  assert_both ("01/15/2027", "2027-01-15");
  assert_both ("1/15/2027", "2027-01-15");
  assert_both ("1/15/27", "2027-01-15");
  assert_parses ("1/15", FUTURE, "2027-01-15");
  assert_parses ("1/15", PAST, "2026-01-15");
  assert_both ("2027-01-15", "2027-01-15");
  assert_refused ("15/01/2027", FUTURE, "There is no month 15.");
}

static void
test_en_refusals (gconstpointer data)
{
  static const char * const bad[] = {
    "   ", "someday", "fr", "in", "in weeks", "in -2 days", "next", "3 smarch",
    "in 2 fortnights", "tomorrow please", "morgen", "Freitag", "in 2 Wochen",
  };

  use_locale (data);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    assert_refused (bad[i], FUTURE, NULL);

  assert_refused ("", FUTURE, "Type a date.");
  assert_refused ("someday", FUTURE, "“someday” is not a date Rapport understands.");
  assert_refused ("in 0 days", FUTURE, "Count from 1 to 999.");
  assert_refused ("in 1000 days", FUTURE, "Count from 1 to 999.");
  assert_refused ("32 dec", FUTURE, "There is no day 32 in December.");
  assert_refused ("31 apr", PAST, "There is no day 31 in April.");
  assert_refused ("2026-02-30", FUTURE, "There is no day 30 in February 2026.");
  assert_refused ("29 feb 2027", FUTURE, "There is no day 29 in February 2027.");
  assert_refused ("2026-13-01", FUTURE, "There is no month 13.");
  assert_refused ("3 dec 1899", PAST, "Rapport keeps dates from the year 1900 to 2999.");
  assert_refused ("01/15/3000", FUTURE, "Rapport keeps dates from the year 1900 to 2999.");
  assert_refused ("Mon, Jan 15, 2027", FUTURE, "01/15/2027 is a Friday, not a Monday.");
  assert_refused ("\xff\xfe", FUTURE, NULL);
  assert_refused (NULL, FUTURE, "Type a date.");
}

/* ------------------------------------------------------------------------ */
/* German                                                                   */

static void
test_de_relative_words (gconstpointer data)
{
  use_locale (data);

  assert_both ("heute", "2026-11-21");
  assert_both ("Morgen", "2026-11-22");
  assert_both ("gestern", "2026-11-20");
  assert_both ("übermorgen", "2026-11-23");
  assert_both ("vorgestern", "2026-11-19");
  assert_both ("nächste Woche", "2026-11-28");
  assert_both ("letzte Woche", "2026-11-14");
  assert_both ("nächsten Monat", "2026-12-21");
  assert_both ("in 2 Wochen", "2026-12-05");
  assert_both ("in einer Woche", "2026-11-28");
  assert_both ("in 3 Tagen", "2026-11-24");
  assert_both ("in 3 Monaten", "2027-02-21");
  assert_both ("vor 3 Tagen", "2026-11-18");
  assert_both ("vor einer Woche", "2026-11-14");
  assert_parses ("bis Freitag", FUTURE, "2026-11-27");
  assert_parses ("am 3. Dezember", FUTURE, "2026-12-03");
  /* English stays understood: it is what the program speaks untranslated. */
  assert_both ("tomorrow", "2026-11-22");
  assert_parses ("friday", FUTURE, "2026-11-27");
}

static void
test_de_names (gconstpointer data)
{
  use_locale (data);

  assert_parses ("Freitag", FUTURE, "2026-11-27");
  assert_parses ("Fr", FUTURE, "2026-11-27");
  assert_parses ("fr.", FUTURE, "2026-11-27");
  assert_parses ("Fr", PAST, "2026-11-20");
  assert_parses ("Mo", PAST, "2026-11-16");
  assert_both ("nächsten Montag", "2026-11-23");
  assert_both ("letzten Montag", "2026-11-16");
  assert_parses ("diesen Freitag", FUTURE, "2026-11-27");

  assert_parses ("1. September", PAST, "2026-09-01");
  assert_parses ("1. Sep", FUTURE, "2027-09-01");
  assert_parses ("3. Dez", FUTURE, "2026-12-03");
  assert_both ("3. Dezember 2027", "2027-12-03");
  assert_parses ("15. März", FUTURE, "2027-03-15");
  assert_parses ("15. Mär", FUTURE, "2027-03-15");
  assert_parses ("15 marz", FUTURE, "2027-03-15");
  assert_parses ("1. Mai", PAST, "2026-05-01");
  assert_both ("Freitag, 15. Januar 2027", "2027-01-15");
}

static void
test_de_numeric (gconstpointer data)
{
  use_locale (data);

  /* Day first, as the locale writes dates. */
  assert_both ("15.01.2027", "2027-01-15");
  assert_both ("15.1.2027", "2027-01-15");
  assert_both ("15.1.27", "2027-01-15");
  assert_parses ("15.1.", FUTURE, "2027-01-15");
  assert_parses ("15.1.", PAST, "2026-01-15");
  assert_parses ("1.9.", PAST, "2026-09-01");
  assert_both ("2027-01-15", "2027-01-15");
  assert_refused ("01/15/2027", FUTURE, "Es gibt keinen Monat 15.");
}

static void
test_de_refusals (gconstpointer data)
{
  use_locale (data);

  assert_refused ("", FUTURE, "Geben Sie ein Datum ein.");
  assert_refused ("irgendwann", FUTURE, "„irgendwann“ ist kein Datum, das Rapport versteht.");
  assert_refused ("31. April", PAST, "Im April gibt es keinen Tag 31.");
  assert_refused ("in 0 Tagen", FUTURE, "Zählen Sie von 1 bis 999.");
  assert_refused ("Montag, 15. Januar 2027", FUTURE, "15.01.2027 ist ein Freitag, kein Montag.");
  assert_refused ("3.12.1899", PAST, "Rapport führt Daten von 1900 bis 2999.");
  /* Two letters are not enough to guess a name that is not an
   * abbreviation of the locale. */
  assert_refused ("Ja", FUTURE, NULL);
}

/* ------------------------------------------------------------------------ */
/* Hints                                                                    */

/* Every example the hint gives is one the parser reads, and they are in
 * the mentor's language. */
static void
test_examples (gconstpointer data)
{
  const char *locale = data;
  g_autoptr(GDateTime) now = make_now ();

  use_locale (locale);

  for (RapportDateBias bias = FUTURE; bias <= PAST; bias++)
    {
      g_auto(GStrv) examples = rapport_date_input_dup_examples (now, bias);
      g_autofree char *hint = rapport_date_input_dup_hint (now, bias);

      g_assert_cmpuint (g_strv_length (examples), ==, 4);
      for (guint i = 0; examples[i] != NULL; i++)
        {
          g_autoptr(GError) error = NULL;
          g_autofree char *iso = rapport_date_input_read (examples[i], now, bias, &error);

          g_assert_no_error (error);
          g_assert_nonnull (iso);
          g_assert_nonnull (strstr (hint, examples[i]));
        }
    }

  if (g_str_has_prefix (locale, "de"))
    {
      g_auto(GStrv) future = rapport_date_input_dup_examples (now, FUTURE);
      g_auto(GStrv) past = rapport_date_input_dup_examples (now, PAST);

      g_assert_cmpstr (future[0], ==, "morgen");
      g_assert_cmpstr (future[1], ==, "Fr");
      g_assert_cmpstr (future[2], ==, "in 2 Wochen");
      g_assert_cmpstr (future[3], ==, "15.01.2027");
      g_assert_cmpstr (past[0], ==, "gestern");
      g_assert_cmpstr (past[1], ==, "letzten Montag");
      g_assert_cmpstr (past[2], ==, "vor 3 Tagen");
      g_assert_cmpstr (past[3], ==, "01.09.2026");
    }
  else
    {
      g_auto(GStrv) future = rapport_date_input_dup_examples (now, FUTURE);
      g_auto(GStrv) past = rapport_date_input_dup_examples (now, PAST);

      g_assert_cmpstr (future[0], ==, "tomorrow");
      g_assert_cmpstr (future[1], ==, "Fri");
      g_assert_cmpstr (future[2], ==, "in 2 weeks");
      g_assert_cmpstr (future[3], ==, "01/15/2027");
      g_assert_cmpstr (past[0], ==, "yesterday");
      g_assert_cmpstr (past[1], ==, "last Monday");
      g_assert_cmpstr (past[2], ==, "3 days ago");
      g_assert_cmpstr (past[3], ==, "09/01/2026");
    }
}

/* ------------------------------------------------------------------------ */
/* A date at the end of a title (capture as you type)                       */

static void
assert_trailing (const char *text,
                 const char *title,
                 const char *expected)
{
  g_autoptr(GDateTime) now = make_now ();
  g_autofree char *head = NULL;
  gsize start = 0;
  GDate date;
  char iso[16];

  if (!rapport_date_input_find_trailing (text, now, FUTURE, &date, &start))
    g_error ("No date found at the end of “%s”", text);
  head = g_strstrip (g_strndup (text, start));
  g_snprintf (iso, sizeof iso, "%04u-%02u-%02u", g_date_get_year (&date),
              g_date_get_month (&date), g_date_get_day (&date));
  g_assert_cmpstr (head, ==, title);
  g_assert_cmpstr (iso, ==, expected);
}

static void
assert_no_trailing (const char *text)
{
  g_autoptr(GDateTime) now = make_now ();
  GDate date;

  if (rapport_date_input_find_trailing (text, now, FUTURE, &date, NULL))
    g_error ("“%s” should keep its end as title", text);
  g_assert_false (g_date_valid (&date));
}

static void
test_trailing (gconstpointer data)
{
  const char *locale = data;

  use_locale (locale);

  assert_trailing ("send the chapter by fri", "send the chapter", "2026-11-27");
  assert_trailing ("Draft the CV in 2 weeks", "Draft the CV", "2026-12-05");
  assert_trailing ("Call Sam tomorrow", "Call Sam", "2026-11-22");
  assert_trailing ("Review the slides next monday", "Review the slides", "2026-11-23");
  assert_trailing ("Review the plan by 3 dec", "Review the plan", "2026-12-03");
  assert_no_trailing ("Read chapter 3");
  assert_no_trailing ("Read 1/2");
  assert_no_trailing ("tomorrow");
  assert_no_trailing ("Send the article");
  assert_no_trailing ("");

  if (g_str_has_prefix (locale, "de"))
    {
      assert_trailing ("Kapitel schicken bis Freitag", "Kapitel schicken", "2026-11-27");
      assert_trailing ("Lebenslauf überarbeiten in 2 Wochen", "Lebenslauf überarbeiten", "2026-12-05");
      assert_trailing ("Dana vorstellen bis 15.01.", "Dana vorstellen", "2027-01-15");
      assert_trailing ("Artikel schicken morgen", "Artikel schicken", "2026-11-22");
    }
}

/* ------------------------------------------------------------------------ */
/* Times                                                                    */

static void
assert_time (const char *text,
             const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *time = rapport_time_input_read (text, &error);

  if (time == NULL)
    g_error ("“%s” was not read as a time: %s", text, error->message);
  g_assert_cmpstr (time, ==, expected);
}

static void
assert_time_refused (const char *text)
{
  g_autoptr(GError) error = NULL;
  int h = -1, m = -1;

  if (rapport_time_input_parse (text, &h, &m, &error))
    g_error ("“%s” should be refused, but read as %02d:%02d", text, h, m);
  g_assert_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_INVALID_TIME);
}

static void
test_times (gconstpointer data)
{
  const char *locale = data;
  g_autoptr(GError) error = NULL;

  use_locale (locale);

  assert_time ("14:30", "14:30");
  assert_time (" 9:05 ", "09:05");
  assert_time ("9", "09:00");
  assert_time ("14.30", "14:30");
  assert_time ("1430", "14:30");
  assert_time ("0:00", "00:00");
  assert_time ("23:59", "23:59");
  assert_time_refused ("24:00");
  assert_time_refused ("12:60");
  assert_time_refused ("12:5");
  assert_time_refused ("");
  assert_time_refused ("noon-ish");
  assert_time_refused ("14:30:00");
  assert_time_refused (NULL);

  if (g_str_has_prefix (locale, "de"))
    {
      assert_time ("14 Uhr", "14:00");
      assert_time ("9.30 Uhr", "09:30");
      assert_time_refused ("2pm");
      g_assert_false (rapport_time_input_parse ("25:00", NULL, NULL, &error));
      g_assert_cmpstr (error->message, ==,
                       "„25:00“ ist keine Uhrzeit. Geben Sie Stunden und Minuten ein, etwa 14:30.");
    }
  else
    {
      assert_time ("2pm", "14:00");
      assert_time ("2:30 PM", "14:30");
      assert_time ("12 am", "00:00");
      assert_time ("12pm", "12:00");
      assert_time_refused ("13pm");
      assert_time_refused ("0am");
      g_assert_false (rapport_time_input_parse ("25:00", NULL, NULL, &error));
      g_assert_cmpstr (error->message, ==,
                       "“25:00” is not a time of day. Type hours and minutes, such as 14:30.");
    }
}

/* The stored forms are strict: exactly what Rapport writes. */
static void
test_stored_forms (void)
{
  GDate d;
  int h, m;

  g_assert_true (rapport_date_parse ("2024-02-29", &d));
  g_assert_cmpuint (g_date_get_day (&d), ==, 29);
  g_assert_false (rapport_date_parse ("2023-02-29", NULL));
  g_assert_false (rapport_date_parse ("2026-4-01", NULL));
  g_assert_false (rapport_date_parse ("1899-12-31", NULL));
  g_assert_false (rapport_date_parse ("3000-01-01", NULL));
  g_assert_true (rapport_time_parse ("09:30", &h, &m));
  g_assert_cmpint (h * 60 + m, ==, 570);
  g_assert_false (rapport_time_parse ("9:30", NULL, NULL));
  g_assert_false (rapport_time_parse ("24:00", NULL, NULL));
}

int
main (int   argc,
      char *argv[])
{
  rapport_test_init (&argc, &argv);

#define ADD(locale, path, func) \
  g_test_add_data_func ("/rapport/date-input/" locale "/" path, locale ".UTF-8", func)

  ADD ("en_US", "relative-words", test_en_relative_words);
  ADD ("en_US", "periods", test_en_periods);
  ADD ("en_US", "weekdays", test_en_weekdays);
  ADD ("en_US", "day-and-month", test_en_day_and_month);
  ADD ("en_US", "numeric", test_en_numeric);
  ADD ("en_US", "refusals", test_en_refusals);
  ADD ("en_US", "examples", test_examples);
  ADD ("en_US", "times", test_times);
  ADD ("en_US", "trailing", test_trailing);
  ADD ("de_DE", "relative-words", test_de_relative_words);
  ADD ("de_DE", "names", test_de_names);
  ADD ("de_DE", "numeric", test_de_numeric);
  ADD ("de_DE", "refusals", test_de_refusals);
  ADD ("de_DE", "examples", test_examples);
  ADD ("de_DE", "times", test_times);
  ADD ("de_DE", "trailing", test_trailing);

#undef ADD

  g_test_add_func ("/rapport/date-input/stored-forms", test_stored_forms);

  return g_test_run ();
}
