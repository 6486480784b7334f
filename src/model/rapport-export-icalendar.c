/* rapport-export-icalendar.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-export-icalendar"

#include "config.h"

#include <glib/gi18n.h>
#include <libical/ical.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "rapport-export-icalendar.h"
#include "rapport-rhythm.h"

/*
 * An iCalendar file (RFC 5545) for calendar apps (docs/export-format.md):
 * planned meetings as VEVENTs and open promises with a due date as VTODOs.
 * Each component's UID is the record's uuid, so a calendar that imports the
 * file again updates its entries instead of duplicating them; its DTSTAMP is
 * the record's last change (RFC 5545 3.8.7.2 for an object without METHOD),
 * so two exports of an unchanged notebook are byte for byte the same.
 * Instants are written in UTC, a due date without a time as a VALUE=DATE,
 * so no VTIMEZONE is needed. Private notes are never written; a meeting
 * carries its agenda, a promise its details. Archived mentees are left
 * out: their relationship is over, their meetings are history.
 */

/* ------------------------------------------------------------------------ */
/* Helpers */

G_DEFINE_AUTOPTR_CLEANUP_FUNC (icalcomponent, icalcomponent_free)

static struct icaltimetype
utc_time (GDateTime *instant)
{
  return icaltime_from_timet_with_zone ((time_t)g_date_time_to_unix (instant), 0,
                                        icaltimezone_get_utc_timezone ());
}

static void
add_uid (icalcomponent *component,
         RapportItem   *item)
{
  g_autofree char *uid = g_strdup_printf ("%s@" RAPPORT_ICALENDAR_UID_DOMAIN,
                                          rapport_item_get_uuid (item));

  icalcomponent_add_property (component, icalproperty_new_uid (uid));
}

/* DTSTAMP, CREATED and LAST-MODIFIED from the record, never from the clock. */
static void
add_stamps (icalcomponent *component,
            RapportItem   *item)
{
  GDateTime *created = rapport_item_get_created_at (item);
  GDateTime *updated = rapport_item_get_updated_at (item);
  GDateTime *stamp = updated ? updated : created;

  if (stamp != NULL)
    icalcomponent_add_property (component, icalproperty_new_dtstamp (utc_time (stamp)));
  if (created != NULL)
    icalcomponent_add_property (component, icalproperty_new_created (utc_time (created)));
  if (updated != NULL)
    icalcomponent_add_property (component, icalproperty_new_lastmodified (utc_time (updated)));
}

static void
add_text (icalcomponent *component,
          icalproperty  *(*new_property) (const char *),
          const char    *text)
{
  if (text == NULL || *text == '\0')
    return;
  icalcomponent_add_property (component, new_property (text));
}

static icalcomponent *
meeting_event (RapportMentee      *mentee,
               RapportSessionNote *session)
{
  GDateTime *starts_at = rapport_session_note_get_starts_at (session);
  int duration = rapport_session_note_get_duration_minutes (session);
  g_autofree char *summary = NULL;
  icalcomponent *event;

  if (starts_at == NULL)
    return NULL;

  event = icalcomponent_new_vevent ();
  add_uid (event, RAPPORT_ITEM (session));
  add_stamps (event, RAPPORT_ITEM (session));
  icalcomponent_add_property (event, icalproperty_new_dtstart (utc_time (starts_at)));
  if (duration > 0)
    {
      g_autoptr(GDateTime) ends_at = g_date_time_add_minutes (starts_at, duration);

      icalcomponent_add_property (event, icalproperty_new_dtend (utc_time (ends_at)));
    }

  /* Translators: the title of a meeting in a calendar app */
  summary = g_strdup_printf (_("Meeting with %s"), rapport_mentee_get_name (mentee));
  icalcomponent_add_property (event, icalproperty_new_summary (summary));
  add_text (event, icalproperty_new_description, rapport_session_note_get_agenda (session));
  icalcomponent_add_property (event, icalproperty_new_status (ICAL_STATUS_CONFIRMED));

  return event;
}

static icalcomponent *
promise_todo (RapportMentee     *mentee,
              RapportCommitment *commitment)
{
  const char *due_date = rapport_commitment_get_due_date (commitment);
  const char *due_time = rapport_commitment_get_due_time (commitment);
  const char *title = rapport_commitment_get_title (commitment);
  const char *name = rapport_mentee_get_name (mentee);
  g_autofree char *summary = NULL;
  struct icaltimetype due;
  icalcomponent *todo;
  GDate date;

  if (!rapport_date_parse (due_date, &date))
    return NULL;

  if (due_time != NULL && *due_time != '\0')
    {
      /* A due time is local wall-clock time on the due date. */
      g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
      g_autoptr(GDateTime) instant = rapport_due_instant (due_date, due_time, tz);

      if (instant == NULL)
        return NULL;
      due = utc_time (instant);
    }
  else
    {
      due = icaltime_null_date ();
      due.year = g_date_get_year (&date);
      due.month = g_date_get_month (&date);
      due.day = g_date_get_day (&date);
    }

  if (rapport_commitment_get_owner (commitment) == RAPPORT_COMMITMENT_OWNER_MENTOR)
    /* Translators: a promise of mine in a calendar app, e.g. "Send the guide (for Ada)" */
    summary = g_strdup_printf (_("%s (for %s)"), title, name);
  else
    /* Translators: a mentee's promise to ask about, e.g. "Ask Ada: Draft the CV" */
    summary = g_strdup_printf (_("Ask %s: %s"), name, title);

  todo = icalcomponent_new_vtodo ();
  add_uid (todo, RAPPORT_ITEM (commitment));
  add_stamps (todo, RAPPORT_ITEM (commitment));
  icalcomponent_add_property (todo, icalproperty_new_due (due));
  icalcomponent_add_property (todo, icalproperty_new_summary (summary));
  add_text (todo, icalproperty_new_description, rapport_commitment_get_details (commitment));
  icalcomponent_add_property (todo, icalproperty_new_status (ICAL_STATUS_NEEDSACTION));

  return todo;
}

static void
add_mentee (icalcomponent     *calendar,
            RapportRepository *repository,
            RapportMentee     *mentee)
{
  gint64 mentee_id = rapport_item_get_id (RAPPORT_ITEM (mentee));
  g_autoptr(GListModel) sessions = rapport_repository_list_sessions (repository, mentee_id);
  g_autoptr(GListModel) commitments = rapport_repository_list_commitments (repository, mentee_id);
  guint n;

  n = g_list_model_get_n_items (sessions);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RapportSessionNote) session = g_list_model_get_item (sessions, i);
      icalcomponent *event;

      if (rapport_session_note_get_status (session) != RAPPORT_SESSION_STATUS_PLANNED)
        continue;
      if ((event = meeting_event (mentee, session)))
        icalcomponent_add_component (calendar, event);
    }

  n = g_list_model_get_n_items (commitments);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RapportCommitment) commitment = g_list_model_get_item (commitments, i);
      icalcomponent *todo;

      if (rapport_commitment_get_status (commitment) != RAPPORT_COMMITMENT_STATUS_OPEN)
        continue;
      if ((todo = promise_todo (mentee, commitment)))
        icalcomponent_add_component (calendar, todo);
    }
}

/* ------------------------------------------------------------------------ */
/* Public API */

/**
 * rapport_export_icalendar:
 * @repository: the notebook
 *
 * Builds an iCalendar object with the planned meetings (VEVENT) and the
 * open promises that have a due date (VTODO) of every mentee who is not
 * archived. The result depends only on the notebook, not on the time of
 * the export.
 *
 * Returns: (transfer full): the calendar, with CRLF line endings
 */
char *
rapport_export_icalendar (RapportRepository *repository)
{
  g_autoptr(icalcomponent) calendar = NULL;
  icalproperty *name;
  GListModel *mentees;
  char *text;
  char *ret;
  guint n;

  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (repository), NULL);

  calendar = icalcomponent_new_vcalendar ();
  icalcomponent_add_property (calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (calendar, icalproperty_new_prodid ("-//Rapport//Rapport " PACKAGE_VERSION "//EN"));
  icalcomponent_add_property (calendar, icalproperty_new_calscale ("GREGORIAN"));
  /* The name calendar apps show for a subscribed or imported calendar. */
  name = icalproperty_new_x ("Rapport");
  icalproperty_set_x_name (name, "X-WR-CALNAME");
  icalcomponent_add_property (calendar, name);

  mentees = rapport_repository_get_mentees (repository);
  n = g_list_model_get_n_items (mentees);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RapportMentee) mentee = g_list_model_get_item (mentees, i);

      if (rapport_mentee_get_status (mentee) == RAPPORT_MENTEE_STATUS_ARCHIVED)
        continue;
      add_mentee (calendar, repository, mentee);
    }

  text = icalcomponent_as_ical_string_r (calendar);
  ret = g_strdup (text != NULL ? text : "");
  free (text);
  return ret;
}

/**
 * rapport_export_icalendar_file:
 * @repository: the notebook
 * @path: the file to write
 * @error: return location for a #GFileError
 *
 * Writes rapport_export_icalendar() to @path atomically, mode 0600, as the
 * JSON export does.
 *
 * Returns: %TRUE if written
 */
gboolean
rapport_export_icalendar_file (RapportRepository  *repository,
                               const char         *path,
                               GError            **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (repository), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  text = rapport_export_icalendar (repository);
  return g_file_set_contents_full (path, text, strlen (text),
                                   G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}
