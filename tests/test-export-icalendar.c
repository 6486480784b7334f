/* test-export-icalendar.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libical/ical.h>
#include <string.h>

#include "rapport-export-icalendar.h"
#include "rapport-repository.h"
#include "rapport-test-utils.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (icalcomponent, icalcomponent_free)

typedef struct
{
  RapportRepository *repo;
  GDateTime         *now;

  /* The records the calendar must hold. */
  char *planned_uuid;
  char *mine_date_uuid;
  char *mine_timed_uuid;
  char *theirs_uuid;
} Fixture;

static GDateTime *
fixture_now (gpointer user_data)
{
  Fixture *f = user_data;

  return g_date_time_ref (f->now);
}

static GDateTime *
local_time (int year,
            int month,
            int day,
            int hour,
            int minute)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();

  return g_date_time_new (tz, year, month, day, hour, minute, 0);
}

static void
save (RapportRepository *repo,
      gpointer           item)
{
  g_autoptr(GError) error = NULL;

  rapport_repository_save (repo, item, &error);
  g_assert_no_error (error);
}

static RapportMentee *
add_mentee (Fixture             *f,
            const char          *name,
            RapportMenteeStatus  status)
{
  RapportMentee *m = rapport_mentee_new ();

  rapport_mentee_set_name (m, name);
  rapport_mentee_set_status (m, status);
  save (f->repo, m);
  return m;
}

static RapportSessionNote *
add_session (Fixture              *f,
             RapportMentee        *m,
             GDateTime            *starts_at,
             RapportSessionStatus  status)
{
  RapportSessionNote *s = rapport_session_note_new ();

  rapport_session_note_set_mentee_id (s, rapport_item_get_id (RAPPORT_ITEM (m)));
  rapport_session_note_set_starts_at (s, starts_at);
  rapport_session_note_set_status (s, status);
  rapport_session_note_set_duration_minutes (s, 45);
  rapport_session_note_set_agenda (s, "CV review; the talk, line two\nand a second line");
  rapport_session_note_set_notes (s, "PRIVATE-NOTE");
  save (f->repo, s);
  return s;
}

static RapportCommitment *
add_promise (Fixture                 *f,
             RapportMentee           *m,
             RapportCommitmentOwner   owner,
             const char              *title,
             const char              *due_date,
             const char              *due_time,
             RapportCommitmentStatus  status)
{
  RapportCommitment *c = rapport_commitment_new ();

  rapport_commitment_set_mentee_id (c, rapport_item_get_id (RAPPORT_ITEM (m)));
  rapport_commitment_set_owner (c, owner);
  rapport_commitment_set_kind (c, RAPPORT_COMMITMENT_KIND_TASK);
  rapport_commitment_set_title (c, title);
  rapport_commitment_set_details (c, "Details, with a comma; and a semicolon");
  rapport_commitment_set_due_date (c, due_date);
  rapport_commitment_set_due_time (c, due_time);
  rapport_commitment_set_status (c, status);
  save (f->repo, c);
  return c;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "notebook", NULL);
  g_autoptr(RapportMentee) ada = NULL;
  g_autoptr(RapportMentee) bo = NULL;
  g_autoptr(RapportSessionNote) planned = NULL;
  g_autoptr(RapportSessionNote) held = NULL;
  g_autoptr(RapportSessionNote) cancelled = NULL;
  g_autoptr(RapportSessionNote) trashed = NULL;
  g_autoptr(RapportSessionNote) archived_meeting = NULL;
  g_autoptr(RapportCommitment) c1 = NULL;
  g_autoptr(RapportCommitment) c2 = NULL;
  g_autoptr(RapportCommitment) c3 = NULL;
  g_autoptr(RapportCommitment) c4 = NULL;
  g_autoptr(RapportCommitment) c5 = NULL;
  g_autoptr(RapportCommitment) c6 = NULL;
  g_autoptr(RapportCommitment) c7 = NULL;
  g_autoptr(GDateTime) t_planned = local_time (2026, 3, 25, 16, 15);
  g_autoptr(GDateTime) t_held = local_time (2026, 3, 4, 14, 0);
  g_autoptr(GDateTime) t_cancelled = local_time (2026, 3, 27, 9, 0);

  f->now = local_time (2026, 3, 18, 10, 0);
  f->repo = rapport_repository_new (dir, &error);
  g_assert_no_error (error);
  rapport_repository_set_now_func (f->repo, fixture_now, f, NULL);
  g_assert_true (rapport_repository_refresh (f->repo, &error));

  ada = add_mentee (f, "Ada 🦊", RAPPORT_MENTEE_STATUS_ACTIVE);
  bo = add_mentee (f, "Bo", RAPPORT_MENTEE_STATUS_ARCHIVED);

  planned = add_session (f, ada, t_planned, RAPPORT_SESSION_STATUS_PLANNED);
  held = add_session (f, ada, t_held, RAPPORT_SESSION_STATUS_HELD);
  cancelled = add_session (f, ada, t_cancelled, RAPPORT_SESSION_STATUS_CANCELLED_BY_ME);
  trashed = add_session (f, ada, t_cancelled, RAPPORT_SESSION_STATUS_PLANNED);
  g_assert_true (rapport_repository_trash (f->repo, RAPPORT_ITEM (trashed), &error));
  archived_meeting = add_session (f, bo, t_planned, RAPPORT_SESSION_STATUS_PLANNED);

  c1 = add_promise (f, ada, RAPPORT_COMMITMENT_OWNER_MENTOR, "Send the guide", "2026-03-20", NULL,
                    RAPPORT_COMMITMENT_STATUS_OPEN);
  c2 = add_promise (f, ada, RAPPORT_COMMITMENT_OWNER_MENTOR, "Call Dana", "2026-03-21", "17:30",
                    RAPPORT_COMMITMENT_STATUS_OPEN);
  c3 = add_promise (f, ada, RAPPORT_COMMITMENT_OWNER_MENTEE, "Draft the CV", "2026-03-24", NULL,
                    RAPPORT_COMMITMENT_STATUS_OPEN);
  c4 = add_promise (f, ada, RAPPORT_COMMITMENT_OWNER_MENTOR, "No due date", NULL, NULL,
                    RAPPORT_COMMITMENT_STATUS_OPEN);
  c5 = add_promise (f, ada, RAPPORT_COMMITMENT_OWNER_MENTOR, "Already done", "2026-03-10", NULL,
                    RAPPORT_COMMITMENT_STATUS_DONE);
  c6 = add_promise (f, ada, RAPPORT_COMMITMENT_OWNER_MENTOR, "Dropped", "2026-03-10", NULL,
                    RAPPORT_COMMITMENT_STATUS_DROPPED);
  c7 = add_promise (f, bo, RAPPORT_COMMITMENT_OWNER_MENTOR, "For an archived mentee", "2026-03-22",
                    NULL, RAPPORT_COMMITMENT_STATUS_OPEN);

  f->planned_uuid = g_strdup (rapport_item_get_uuid (RAPPORT_ITEM (planned)));
  f->mine_date_uuid = g_strdup (rapport_item_get_uuid (RAPPORT_ITEM (c1)));
  f->mine_timed_uuid = g_strdup (rapport_item_get_uuid (RAPPORT_ITEM (c2)));
  f->theirs_uuid = g_strdup (rapport_item_get_uuid (RAPPORT_ITEM (c3)));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->repo);
  g_clear_pointer (&f->now, g_date_time_unref);
  g_free (f->planned_uuid);
  g_free (f->mine_date_uuid);
  g_free (f->mine_timed_uuid);
  g_free (f->theirs_uuid);
}

static icalcomponent *
find_by_uid (icalcomponent      *calendar,
             icalcomponent_kind  kind,
             const char         *uuid)
{
  g_autofree char *uid = g_strdup_printf ("%s@rapport", uuid);

  for (icalcomponent *c = icalcomponent_get_first_component (calendar, kind);
       c != NULL;
       c = icalcomponent_get_next_component (calendar, kind))
    {
      if (g_strcmp0 (icalcomponent_get_uid (c), uid) == 0)
        return c;
    }

  g_error ("no component with the UID %s", uid);
}

static void
assert_utc (struct icaltimetype  t,
            GDateTime           *expected)
{
  g_assert_false (icaltime_is_null_time (t));
  g_assert_false (t.is_date);
  g_assert_true (icaltime_is_utc (t));
  g_assert_cmpint (icaltime_as_timet (t), ==, g_date_time_to_unix (expected));
}

static void
test_parse (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *text = rapport_export_icalendar (f->repo);
  g_autoptr(icalcomponent) calendar = NULL;
  g_autoptr(GDateTime) starts = local_time (2026, 3, 25, 16, 15);
  g_autoptr(GDateTime) ends = local_time (2026, 3, 25, 17, 0);
  g_autoptr(GDateTime) timed_due = local_time (2026, 3, 21, 17, 30);
  icalcomponent *c;
  struct icaltimetype due;

  g_test_message ("%s", text);

  /* CRLF line endings, as RFC 5545 requires. */
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR\r\n"));
  g_assert_true (g_str_has_suffix (text, "END:VCALENDAR\r\n"));
  for (const char *p = strchr (text, '\n'); p != NULL; p = strchr (p + 1, '\n'))
    g_assert_cmpint (p[-1], ==, '\r');

  calendar = icalparser_parse_string (text);
  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  g_assert_cmpint (icalcomponent_count_errors (calendar), ==, 0);
  g_assert_cmpstr (icalproperty_get_version (icalcomponent_get_first_property (calendar, ICAL_VERSION_PROPERTY)),
                   ==, "2.0");
  g_assert_nonnull (icalcomponent_get_first_property (calendar, ICAL_PRODID_PROPERTY));

  /* One planned meeting; three open promises with a due date. Held,
   * cancelled, trashed meetings, promises without a due date or not open
   * and everything of an archived mentee are left out. */
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT), ==, 1);
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VTODO_COMPONENT), ==, 3);
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VTIMEZONE_COMPONENT), ==, 0);

  c = find_by_uid (calendar, ICAL_VEVENT_COMPONENT, f->planned_uuid);
  g_assert_cmpstr (icalcomponent_get_summary (c), ==, "Meeting with Ada 🦊");
  g_assert_cmpstr (icalcomponent_get_description (c), ==,
                   "CV review; the talk, line two\nand a second line");
  assert_utc (icalcomponent_get_dtstart (c), starts);
  assert_utc (icalcomponent_get_dtend (c), ends);
  g_assert_true (icaltime_is_utc (icalcomponent_get_dtstamp (c)));
  g_assert_cmpint (icalcomponent_get_status (c), ==, ICAL_STATUS_CONFIRMED);

  c = find_by_uid (calendar, ICAL_VTODO_COMPONENT, f->mine_date_uuid);
  g_assert_cmpstr (icalcomponent_get_summary (c), ==, "Send the guide (for Ada 🦊)");
  g_assert_cmpstr (icalcomponent_get_description (c), ==, "Details, with a comma; and a semicolon");
  due = icalcomponent_get_due (c);
  g_assert_true (due.is_date);
  g_assert_cmpint (due.year, ==, 2026);
  g_assert_cmpint (due.month, ==, 3);
  g_assert_cmpint (due.day, ==, 20);
  g_assert_cmpint (icalcomponent_get_status (c), ==, ICAL_STATUS_NEEDSACTION);
  g_assert_true (icaltime_is_utc (icalcomponent_get_dtstamp (c)));
  g_assert_nonnull (strstr (text, "DUE;VALUE=DATE:20260320\r\n"));

  c = find_by_uid (calendar, ICAL_VTODO_COMPONENT, f->mine_timed_uuid);
  g_assert_cmpstr (icalcomponent_get_summary (c), ==, "Call Dana (for Ada 🦊)");
  assert_utc (icalcomponent_get_due (c), timed_due);
  /* 17:30 in Paris on 21 March is 16:30 UTC. */
  g_assert_nonnull (strstr (text, "DUE:20260321T163000Z\r\n"));

  c = find_by_uid (calendar, ICAL_VTODO_COMPONENT, f->theirs_uuid);
  g_assert_cmpstr (icalcomponent_get_summary (c), ==, "Ask Ada 🦊: Draft the CV");

  /* Private notes never leave the notebook. */
  g_assert_null (strstr (text, "PRIVATE-NOTE"));
}

/* The same notebook gives the same file, whenever it is exported; a change
 * to one record changes that record's DTSTAMP, not its UID. */
static void
test_stable (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *first = rapport_export_icalendar (f->repo);
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;
  g_autoptr(icalcomponent) before = NULL;
  g_autoptr(icalcomponent) after = NULL;
  g_autoptr(GListModel) sessions = NULL;
  g_autoptr(RapportSessionNote) planned = NULL;
  GListModel *mentees = rapport_repository_get_mentees (f->repo);
  g_autoptr(RapportMentee) ada = g_list_model_get_item (mentees, 0);
  g_autoptr(GError) error = NULL;
  icalcomponent *event;

  g_clear_pointer (&f->now, g_date_time_unref);
  f->now = local_time (2026, 4, 2, 8, 0);
  second = rapport_export_icalendar (f->repo);
  g_assert_cmpstr (second, ==, first);

  sessions = rapport_repository_list_sessions (f->repo, rapport_item_get_id (RAPPORT_ITEM (ada)));
  for (guint i = 0; i < g_list_model_get_n_items (sessions) && planned == NULL; i++)
    {
      g_autoptr(RapportSessionNote) s = g_list_model_get_item (sessions, i);

      if (g_strcmp0 (rapport_item_get_uuid (RAPPORT_ITEM (s)), f->planned_uuid) == 0)
        planned = g_steal_pointer (&s);
    }
  g_assert_nonnull (planned);
  rapport_session_note_set_agenda (planned, "A new agenda");
  g_assert_true (rapport_repository_save (f->repo, RAPPORT_ITEM (planned), &error));
  g_assert_no_error (error);

  third = rapport_export_icalendar (f->repo);
  g_assert_cmpstr (third, !=, first);
  before = icalparser_parse_string (first);
  after = icalparser_parse_string (third);
  g_assert_cmpint (icalcomponent_count_components (after, ICAL_VEVENT_COMPONENT), ==, 1);
  event = find_by_uid (after, ICAL_VEVENT_COMPONENT, f->planned_uuid);
  g_assert_cmpstr (icalcomponent_get_description (event), ==, "A new agenda");
  g_assert_cmpint (icaltime_compare (icalcomponent_get_dtstamp (event),
                                     icalcomponent_get_dtstamp (find_by_uid (before, ICAL_VEVENT_COMPONENT,
                                                                             f->planned_uuid))),
                   >, 0);
}

static void
test_file (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "meetings.ics", NULL);
  g_autofree char *expected = rapport_export_icalendar (f->repo);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents_full (path, "old", -1, G_FILE_SET_CONTENTS_NONE, 0644, &error));
  g_assert_true (rapport_export_icalendar_file (f->repo, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rapport_test_file_mode (path), ==, 0600);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_cmpstr (contents, ==, expected);
}

/* Long lines are folded at 75 octets without breaking a UTF-8 character,
 * and unfold to the same text. */
static void
test_long_text (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GString) title = g_string_new (NULL);
  g_autoptr(RapportMentee) m = add_mentee (f, "זאב 🦊 مرحبا", RAPPORT_MENTEE_STATUS_PAUSED);
  g_autoptr(RapportCommitment) c = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *text = NULL;
  g_autoptr(icalcomponent) calendar = NULL;
  g_auto(GStrv) lines = NULL;

  for (guint i = 0; i < 40; i++)
    g_string_append (title, "é🎉ש");
  c = add_promise (f, m, RAPPORT_COMMITMENT_OWNER_MENTOR, title->str, "2026-03-30", NULL,
                   RAPPORT_COMMITMENT_STATUS_OPEN);
  expected = g_strdup_printf ("%s (for זאב 🦊 مرحبا)", title->str);

  text = rapport_export_icalendar (f->repo);
  g_assert_true (g_utf8_validate (text, -1, NULL));
  lines = g_strsplit (text, "\r\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      g_assert_true (g_utf8_validate (lines[i], -1, NULL));
    }

  calendar = icalparser_parse_string (text);
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VTODO_COMPONENT), ==, 4);
  g_assert_cmpstr (icalcomponent_get_summary (find_by_uid (calendar, ICAL_VTODO_COMPONENT,
                                                           rapport_item_get_uuid (RAPPORT_ITEM (c)))),
                   ==, expected);
}

static void
test_empty (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "empty", NULL);
  g_autoptr(RapportRepository) repo = rapport_repository_new (dir, &error);
  g_autofree char *text = NULL;
  g_autoptr(icalcomponent) calendar = NULL;

  g_assert_no_error (error);
  text = rapport_export_icalendar (repo);
  calendar = icalparser_parse_string (text);
  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_ANY_COMPONENT), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Paris", TRUE);
  rapport_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/rapport/export-icalendar/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("parse", test_parse);
  ADD ("stable", test_stable);
  ADD ("file", test_file);
  ADD ("long-text", test_long_text);
  g_test_add_func ("/rapport/export-icalendar/empty", test_empty);

  return g_test_run ();
}
