/* rapport-format.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-format"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "rapport-format.h"

/*
 * Small pure formatters shared by the views, the command line and the
 * reminders, so the mentor reads the same words everywhere. Every function
 * takes "now" so tests can pin it.
 */

static GDate *
local_date (GDateTime *dt)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (dt);

  return g_date_new_dmy (g_date_time_get_day_of_month (local),
                         g_date_time_get_month (local),
                         g_date_time_get_year (local));
}

static GDate *
parse_date (const char *text)
{
  GDate *date;
  guint y, m, d;

  if (text == NULL || sscanf (text, "%4u-%2u-%2u", &y, &m, &d) != 3 ||
      !g_date_valid_dmy (d, m, y))
    return NULL;

  date = g_date_new_dmy (d, m, y);
  return date;
}

/**
 * rapport_format_days_between:
 *
 * Returns: the number of calendar days (in local time) from @from to @to;
 *   negative when @to is earlier. Counting dates rather than 24-hour spans
 *   keeps "yesterday" right across DST changes.
 */
int
rapport_format_days_between (GDateTime *from,
                             GDateTime *to)
{
  g_autoptr(GDate) a = local_date (from);
  g_autoptr(GDate) b = local_date (to);

  return g_date_days_between (a, b);
}

/**
 * rapport_format_meeting_time:
 *
 * Returns: "Today 14:00", "Tomorrow 09:30", "Thu 14:00" within the coming
 *   week, "12 Jan 14:00" beyond it, or "12 Jan 2027" in another year
 */
char *
rapport_format_meeting_time (GDateTime *starts_at,
                             GDateTime *now)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (starts_at);
  g_autoptr(GDateTime) local_now = g_date_time_to_local (now);
  g_autofree char *time = g_date_time_format (local, "%H:%M");
  int days = rapport_format_days_between (now, starts_at);

  if (days == 0)
    /* Translators: a meeting time, %s is the time of day like 14:00 */
    return g_strdup_printf (_("Today %s"), time);
  if (days == 1)
    return g_strdup_printf (_("Tomorrow %s"), time);
  if (days == -1)
    return g_strdup_printf (_("Yesterday %s"), time);
  if (days > 1 && days < 7)
    /* Translators: strftime format for a meeting in the coming week, "Thu 14:00" */
    return g_date_time_format (local, _("%a %H:%M"));
  if (g_date_time_get_year (local) == g_date_time_get_year (local_now))
    /* Translators: strftime format for a meeting this year, "12 Jan 14:00" */
    return g_strstrip (g_date_time_format (local, _("%-d %b %H:%M")));

  /* Translators: strftime format for a meeting in another year, "12 Jan 2027" */
  return g_strstrip (g_date_time_format (local, _("%-d %b %Y")));
}

/**
 * rapport_format_date:
 * @date: a `YYYY-MM-DD` date
 *
 * Returns: "today", "tomorrow", "yesterday", a weekday within the coming
 *   week, or a short date; %NULL for a malformed date
 */
char *
rapport_format_date (const char *date,
                     GDateTime  *now)
{
  g_autoptr(GDate) due = parse_date (date);
  g_autoptr(GDate) today = NULL;
  char buf[64];
  int days;

  if (due == NULL)
    return NULL;

  today = local_date (now);
  days = g_date_days_between (today, due);

  if (days == 0)
    return g_strdup (_("today"));
  if (days == 1)
    return g_strdup (_("tomorrow"));
  if (days == -1)
    return g_strdup (_("yesterday"));

  if (days > 1 && days < 7)
    /* Translators: strftime format of a date in the coming week, "Fri" */
    g_date_strftime (buf, sizeof buf, _("%a"), due);
  else if (g_date_get_year (due) == g_date_get_year (today))
    /* Translators: strftime format of a date this year, "3 Dec" */
    g_date_strftime (buf, sizeof buf, _("%-d %b"), due);
  else
    /* Translators: strftime format of a date in another year, "3 Dec 2027" */
    g_date_strftime (buf, sizeof buf, _("%-d %b %Y"), due);

  return g_strdup (g_strstrip (buf));
}

/**
 * rapport_format_due:
 * @due_date: (nullable): a `YYYY-MM-DD` due date
 * @due_time: (nullable): an `HH:MM` time on that date
 *
 * Returns: "due today", "due tomorrow at 09:00", "due Fri",
 *   "overdue by 3 days", or "no due date"
 */
char *
rapport_format_due (const char *due_date,
                    const char *due_time,
                    GDateTime  *now)
{
  g_autoptr(GDate) due = parse_date (due_date);
  g_autoptr(GDate) today = NULL;
  g_autofree char *day = NULL;
  int days;

  if (due == NULL)
    return g_strdup (_("no due date"));

  today = local_date (now);
  days = g_date_days_between (today, due);

  if (days < 0)
    return g_strdup_printf (ngettext ("overdue by %d day", "overdue by %d days", -days), -days);

  day = rapport_format_date (due_date, now);

  if (due_time != NULL && *due_time != '\0')
    /* Translators: "due today at 09:00"; the first %s is a day, the second a time */
    return g_strdup_printf (_("due %s at %s"), day, due_time);

  /* Translators: "due tomorrow", "due Fri", "due 3 Dec" */
  return g_strdup_printf (_("due %s"), day);
}

/**
 * rapport_format_mentee_status:
 *
 * The one line under a mentee's name in the sidebar, giving the most pressing
 * thing first: promises of mine overdue, then the check-in rhythm, then the
 * next meeting, then when we last met.
 *
 * Returns: (transfer full): the status line
 */
char *
rapport_format_mentee_status (RapportMentee *mentee,
                              GDateTime     *now)
{
  int overdue = rapport_mentee_get_overdue_promises (mentee);
  int days = rapport_mentee_get_days_since_last (mentee);
  GDateTime *next = rapport_mentee_get_next_meeting_at (mentee);
  GDateTime *last = rapport_mentee_get_last_held_at (mentee);

  if (rapport_mentee_get_status (mentee) == RAPPORT_MENTEE_STATUS_ARCHIVED)
    return g_strdup (_("archived"));

  if (overdue > 0)
    return g_strdup_printf (ngettext ("%d promise overdue", "%d promises overdue", overdue), overdue);

  if (next == NULL)
    {
      switch (rapport_mentee_get_rhythm_state (mentee))
        {
        case RAPPORT_RHYTHM_STATE_OVERDUE:
          return g_strdup_printf (ngettext ("check-in overdue — last met %d day ago",
                                            "check-in overdue — last met %d days ago", days), days);

        case RAPPORT_RHYTHM_STATE_DUE:
          return g_strdup_printf (ngettext ("check-in due — last met %d day ago",
                                            "check-in due — last met %d days ago", days), days);

        case RAPPORT_RHYTHM_STATE_NONE:
        case RAPPORT_RHYTHM_STATE_OK:
        default:
          break;
        }
    }

  if (next != NULL)
    {
      g_autoptr(GDateTime) local_next = g_date_time_to_local (next);
      g_autofree char *time = g_date_time_format (local_next, "%H:%M");
      g_autofree char *when = NULL;
      int until = rapport_format_days_between (now, next);

      /* Mid-sentence, today and tomorrow are not capitalised. */
      if (until == 0)
        /* Translators: %s is the time of day like 14:00 */
        return g_strdup_printf (_("meets today %s"), time);
      if (until == 1)
        /* Translators: %s is the time of day like 14:00 */
        return g_strdup_printf (_("meets tomorrow %s"), time);

      when = rapport_format_meeting_time (next, now);
      /* Translators: "meets Thu 14:00" */
      return g_strdup_printf (_("meets %s"), when);
    }

  if (rapport_mentee_get_status (mentee) == RAPPORT_MENTEE_STATUS_PAUSED)
    return g_strdup (_("paused"));

  if (last == NULL)
    return g_strdup (_("no meetings yet"));

  if (days <= 0)
    return g_strdup (_("met today"));

  return g_strdup_printf (ngettext ("last met %d day ago", "last met %d days ago", days), days);
}

/* Explicit bidi embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069): typed or imported inside a name, they turn the text around
 * it ("evil" shown as "live"). */
static gboolean
is_bidi_control (gunichar c)
{
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

/**
 * rapport_format_user_text:
 * @text: (nullable): text the mentor typed or imported (a name, a title)
 *
 * The one way user text is put on screen or into a notification beside
 * Rapport's own words: its bidi controls are left out of the displayed copy
 * (the stored text is never changed) and the rest is wrapped in a first-strong
 * isolate (U+2068 … U+2069), so a right-to-left name still reads right to left
 * but can neither reverse itself nor the sentence around it.
 *
 * Returns: (transfer full): the text to display
 */
char *
rapport_format_user_text (const char *text)
{
  GString *out;

  if (text == NULL || *text == '\0')
    return g_strdup ("");

  out = g_string_sized_new (strlen (text) + 6);
  g_string_append_unichar (out, 0x2068);
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!is_bidi_control (c))
        g_string_append_unichar (out, c);
    }
  g_string_append_unichar (out, 0x2069);

  return g_string_free (out, FALSE);
}

/**
 * rapport_tags_parse:
 * @text: (nullable): tags as the mentor types them, separated by commas
 *
 * The one reading of a typed list of tags, for mentees and questions alike:
 * "career, feedback ,, growth" is { "career", "feedback", "growth" }.
 *
 * Returns: (transfer full): the tags, possibly none
 */
GStrv
rapport_tags_parse (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text ? text : "", ",", -1);
  g_autoptr(GStrvBuilder) tags = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *tag = g_strstrip (parts[i]);

      if (tag[0] != '\0')
        g_strv_builder_add (tags, tag);
    }

  return g_strv_builder_end (tags);
}
