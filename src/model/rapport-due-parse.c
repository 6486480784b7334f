/* rapport-due-parse.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-due-parse"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rapport-due-parse.h"

/* English keywords are always understood; the translatable spellings let a
 * translator add the words people type in their language. */

static const char * const weekdays[] = {
  NULL, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
};

static const char * const months[] = {
  NULL, "january", "february", "march", "april", "may", "june", "july",
  "august", "september", "october", "november", "december",
};

/* A word matches a name when it is the full name or a prefix of at least
 * three letters ("fri", "thurs", "sept"). */
static gboolean
matches_name (const char *word,
              const char *name)
{
  gsize len = strlen (word);

  if (len < 3 || len > strlen (name))
    return FALSE;
  return strncmp (word, name, len) == 0;
}

static GDateWeekday
parse_weekday (const char *word)
{
  for (guint i = 1; i < G_N_ELEMENTS (weekdays); i++)
    if (matches_name (word, weekdays[i]))
      return (GDateWeekday) i;
  return G_DATE_BAD_WEEKDAY;
}

static GDateMonth
parse_month (const char *word)
{
  for (guint i = 1; i < G_N_ELEMENTS (months); i++)
    if (matches_name (word, months[i]))
      return (GDateMonth) i;
  return G_DATE_BAD_MONTH;
}

static gboolean
parse_number (const char *word,
              guint       max,
              guint      *out)
{
  char *end = NULL;
  guint64 value;
  gsize len = strlen (word);

  /* Accept ordinals such as "3rd" or "21st". */
  if (len > 2 && (g_str_has_suffix (word, "st") || g_str_has_suffix (word, "nd") ||
                  g_str_has_suffix (word, "rd") || g_str_has_suffix (word, "th")))
    len -= 2;
  if (len == 0 || len > 4)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (word[i]))
      return FALSE;

  value = g_ascii_strtoull (word, &end, 10);
  if (value == 0 || value > max)
    return FALSE;

  *out = (guint) value;
  return TRUE;
}

static gboolean
parse_unit (const char *word,
            guint      *days,
            guint      *months_out)
{
  *days = 0;
  *months_out = 0;

  if (g_str_equal (word, "day") || g_str_equal (word, "days") || g_str_equal (word, "d"))
    *days = 1;
  else if (g_str_equal (word, "week") || g_str_equal (word, "weeks") || g_str_equal (word, "w"))
    *days = 7;
  else if (g_str_equal (word, "month") || g_str_equal (word, "months"))
    *months_out = 1;
  else
    return FALSE;

  return TRUE;
}

/* The next @weekday strictly after @today. */
static void
advance_to_weekday (GDate        *date,
                    GDateWeekday  weekday)
{
  int delta = (int) weekday - (int) g_date_get_weekday (date);

  if (delta <= 0)
    delta += 7;
  g_date_add_days (date, delta);
}

static gboolean
parse_day_month (const char *day_word,
                 const char *month_word,
                 const GDate *today,
                 GDate      *date)
{
  guint day;
  GDateMonth month = parse_month (month_word);
  GDateYear year = g_date_get_year (today);

  if (month == G_DATE_BAD_MONTH || !parse_number (day_word, 31, &day))
    return FALSE;

  /* A day already past this year means next year's; 29 February waits
   * for the next leap year. */
  for (guint y = year; y <= year + 8u; y++)
    {
      if (!g_date_valid_dmy (day, month, y))
        continue;
      g_date_set_dmy (date, day, month, y);
      if (g_date_compare (date, today) >= 0)
        return TRUE;
    }
  return FALSE;
}

static gboolean
parse_iso (const char *text,
           GDate      *date)
{
  int y, m, d;
  char tail;

  if (sscanf (text, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3)
    return FALSE;
  if (y < 1 || m < 1 || m > 12 || d < 1 || !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

static gboolean
parse_due (const char *text,
           GDateTime  *now,
           GDate      *date)
{
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;
  g_autoptr(GPtrArray) parts = NULL;
  GDate today;
  GDateWeekday weekday;
  guint n;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today,
                  g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now),
                  g_date_time_get_year (now));
  g_date_clear (date, 1);

  folded = g_utf8_strdown (text, -1);
  g_strstrip (folded);
  g_strdelimit (folded, ",.", ' ');

  if (parse_iso (folded, date))
    return TRUE;

  words = g_strsplit_set (folded, " \t", -1);
  parts = g_ptr_array_new ();
  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_ptr_array_add (parts, words[i]);
  n = parts->len;

#define WORD(i) ((const char *) g_ptr_array_index (parts, (i)))

  if (n == 0)
    return FALSE;

  *date = today;

  if (n == 1)
    {
      if (g_str_equal (WORD (0), "today") || g_str_equal (WORD (0), C_("due date", "today")))
        return TRUE;
      if (g_str_equal (WORD (0), "tomorrow") || g_str_equal (WORD (0), "tmrw") ||
          g_str_equal (WORD (0), C_("due date", "tomorrow")))
        {
          g_date_add_days (date, 1);
          return TRUE;
        }
      weekday = parse_weekday (WORD (0));
      if (weekday != G_DATE_BAD_WEEKDAY)
        {
          advance_to_weekday (date, weekday);
          return TRUE;
        }
      return FALSE;
    }

  if (n == 2 && g_str_equal (WORD (0), "next"))
    {
      if (g_str_equal (WORD (1), "week"))
        {
          g_date_add_days (date, 7);
          return TRUE;
        }
      if (g_str_equal (WORD (1), "month"))
        {
          g_date_add_months (date, 1);
          return TRUE;
        }
      weekday = parse_weekday (WORD (1));
      if (weekday == G_DATE_BAD_WEEKDAY)
        return FALSE;
      /* Go to the Monday of next week, then to the weekday. */
      g_date_add_days (date, 8 - g_date_get_weekday (&today));
      g_date_add_days (date, weekday - G_DATE_MONDAY);
      return TRUE;
    }

  if ((n == 3 || n == 2) && g_str_equal (WORD (0), "in"))
    {
      guint count = 1, days, month_count;
      const char *unit;

      if (n == 3)
        {
          if (g_str_equal (WORD (1), "a") || g_str_equal (WORD (1), "one"))
            count = 1;
          else if (!parse_number (WORD (1), 999, &count))
            return FALSE;
          unit = WORD (2);
        }
      else
        {
          /* "in 2w", "in 10d" */
          g_autofree char *digits = NULL;
          const char *p = WORD (1);
          gsize len = strspn (p, "0123456789");

          if (len == 0 || p[len] == '\0')
            return FALSE;
          digits = g_strndup (p, len);
          if (!parse_number (digits, 999, &count))
            return FALSE;
          unit = p + len;
        }

      if (!parse_unit (unit, &days, &month_count))
        return FALSE;
      if (days > 0)
        g_date_add_days (date, days * count);
      else
        g_date_add_months (date, month_count * count);
      return TRUE;
    }

  if (n == 2)
    {
      if (parse_day_month (WORD (0), WORD (1), &today, date))
        return TRUE;
      if (parse_day_month (WORD (1), WORD (0), &today, date))
        return TRUE;
    }

  if (n == 3)
    {
      guint year;
      GDateMonth month;
      guint day;

      /* "3 dec 2027" or "dec 3 2027" */
      if (parse_number (WORD (2), 9999, &year))
        {
          if ((month = parse_month (WORD (1))) != G_DATE_BAD_MONTH &&
              parse_number (WORD (0), 31, &day) && g_date_valid_dmy (day, month, year))
            {
              g_date_set_dmy (date, day, month, year);
              return TRUE;
            }
          if ((month = parse_month (WORD (0))) != G_DATE_BAD_MONTH &&
              parse_number (WORD (1), 31, &day) && g_date_valid_dmy (day, month, year))
            {
              g_date_set_dmy (date, day, month, year);
              return TRUE;
            }
        }
    }

#undef WORD

  return FALSE;
}

/**
 * rapport_due_parse:
 * @text: what the mentor typed: "today", "tomorrow", "fri", "next monday",
 *   "in 2 weeks", "3 dec", "dec 3", "2026-12-03"
 * @now: the current local time, which relative words count from
 * @date: (out): the date it names
 *
 * A weekday alone names the next such day after today ("fri" on a Friday is
 * a week away); "next <weekday>" names that day in the next calendar week
 * (weeks start on Monday). A day and month without a year names the next
 * such day from today on.
 *
 * Returns: %TRUE if @text names a date, %FALSE if it is not understood
 */
gboolean
rapport_due_parse (const char *text,
                   GDateTime  *now,
                   GDate      *date)
{
  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);
  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return FALSE;

  if (!parse_due (text, now, date))
    {
      g_date_clear (date, 1);
      return FALSE;
    }
  return TRUE;
}
