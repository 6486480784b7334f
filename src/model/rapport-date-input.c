/* rapport-date-input.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-date-input"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rapport-date-input.h"
#include "rapport-date-range.h"

static gboolean
parse_digits (const char *p,
              guint       n,
              int        *out)
{
  int v = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (p[i]))
        return FALSE;
      v = v * 10 + (p[i] - '0');
    }

  *out = v;
  return TRUE;
}

/**
 * rapport_date_parse:
 * @text: a date as stored, `YYYY-MM-DD`
 * @date: (out) (optional): the date
 *
 * Strict: exactly ten characters naming a day that exists (no 2026-02-30),
 * in the accepted range of years (rapport_year_in_range()).
 *
 * Returns: %TRUE if @text is a valid date
 */
gboolean
rapport_date_parse (const char *text,
                    GDate      *date)
{
  int y, m, d;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  if (!parse_digits (text, 4, &y) || !parse_digits (text + 5, 2, &m) ||
      !parse_digits (text + 8, 2, &d))
    return FALSE;
  if (!rapport_year_in_range (y) || m < 1 || m > 12 || d < 1 || !g_date_valid_dmy (d, m, y))
    return FALSE;

  if (date != NULL)
    {
      g_date_clear (date, 1);
      g_date_set_dmy (date, d, m, y);
    }
  return TRUE;
}

/**
 * rapport_time_parse:
 * @text: a time of day as stored, `HH:MM` (24 h)
 *
 * Returns: %TRUE if @text is a valid time
 */
gboolean
rapport_time_parse (const char *text,
                    int        *hour,
                    int        *minute)
{
  int h, m;

  if (text == NULL || strlen (text) != 5 || text[2] != ':')
    return FALSE;
  if (!parse_digits (text, 2, &h) || !parse_digits (text + 3, 2, &m))
    return FALSE;
  if (h > 23 || m > 59)
    return FALSE;

  if (hour)
    *hour = h;
  if (minute)
    *minute = m;
  return TRUE;
}
