/* rapport-store-reminders.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-store-reminders"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "rapport-database-private.h"
#include "rapport-store-reminders.h"

/* Retries after a failed delivery: 30 s, 1 min, 2 min … up to an hour. */
#define BACKOFF_FIRST_SECONDS 30
#define BACKOFF_MAX_SECONDS   3600

/* The key of a promise's reminder; the digest query builds the same string
 * in SQL (OVERDUE_KEY_SQL), so keep the two in step. */
#define COMMITMENT_KEY_SQL(prefix) \
  "'" prefix ":' || c.uuid || ':' || c.due_date || coalesce ('T' || c.due_time, '')"

static char *
commitment_key (const char *prefix,
                const char *uuid,
                const char *due_date,
                const char *due_time)
{
  return g_strdup_printf ("%s:%s:%s%s%s", prefix, uuid, due_date,
                          due_time != NULL ? "T" : "", due_time != NULL ? due_time : "");
}

void
rapport_store_reminder_free (RapportStoreReminder *reminder)
{
  if (reminder == NULL)
    return;

  g_free (reminder->delivery_key);
  g_free (reminder->subject_kind);
  g_free (reminder->mentee_name);
  g_free (reminder->mentee_uuid);
  g_free (reminder->subject_uuid);
  g_free (reminder->title);
  g_free (reminder->due_date);
  g_free (reminder->due_time);
  g_strfreev (reminder->overdue_titles);
  g_free (reminder);
}

static char *
column_dup (sqlite3_stmt *stmt,
            int           col)
{
  return g_strdup ((const char *)sqlite3_column_text (stmt, col));
}

static RapportReminderState
state_from_string (const char *state)
{
  static const char * const states[] = {
    [RAPPORT_REMINDER_STATE_PENDING] = "pending",
    [RAPPORT_REMINDER_STATE_DELIVERING] = "delivering",
    [RAPPORT_REMINDER_STATE_DELIVERED] = "delivered",
    [RAPPORT_REMINDER_STATE_ACKNOWLEDGED] = "acknowledged",
    [RAPPORT_REMINDER_STATE_SNOOZED] = "snoozed",
    [RAPPORT_REMINDER_STATE_CANCELLED] = "cancelled",
  };

  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    if (g_strcmp0 (states[i], state) == 0)
      return i;

  return RAPPORT_REMINDER_STATE_CANCELLED;
}

static const char *
state_to_string (RapportReminderState state)
{
  switch (state)
    {
    case RAPPORT_REMINDER_STATE_PENDING: return "pending";
    case RAPPORT_REMINDER_STATE_DELIVERING: return "delivering";
    case RAPPORT_REMINDER_STATE_DELIVERED: return "delivered";
    case RAPPORT_REMINDER_STATE_ACKNOWLEDGED: return "acknowledged";
    case RAPPORT_REMINDER_STATE_SNOOZED: return "snoozed";
    case RAPPORT_REMINDER_STATE_CANCELLED: return "cancelled";
    default: g_return_val_if_reached ("cancelled");
    }
}

/**
 * rapport_store_reminders_local_instant:
 * @tz: the local time zone
 * @date: a local date, `YYYY-MM-DD`
 * @time: (nullable): a local time `HH:MM`, or %NULL for @default_hour
 * @default_hour: the hour of a date-only item
 *
 * The instant a local date and time names. Built from calendar fields, so
 * DST is respected: a time in the spring-forward gap is moved past the gap,
 * a time that happens twice in the autumn means its later occurrence.
 *
 * Returns: Unix seconds, or -1 if @date or @time is not valid
 */
gint64
rapport_store_reminders_local_instant (GTimeZone  *tz,
                                       const char *date,
                                       const char *time,
                                       int         default_hour)
{
  g_autoptr(GDateTime) dt = NULL;
  int y, mo, d, h = default_hour, mi = 0;

  if (date == NULL || sscanf (date, "%4d-%2d-%2d", &y, &mo, &d) != 3)
    return -1;
  if (time != NULL && sscanf (time, "%2d:%2d", &h, &mi) != 2)
    return -1;

  if (!(dt = g_date_time_new (tz, y, mo, d, CLAMP (h, 0, 23), CLAMP (mi, 0, 59), 0)))
    return -1;

  return g_date_time_to_unix (dt);
}

/* The local midnight that starts the day of @instant, and that day's date. */
static gint64
local_day_start (GTimeZone *tz,
                 gint64     instant,
                 char       date[11])
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (instant);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, tz);
  g_autoptr(GDateTime) midnight = NULL;

  midnight = g_date_time_new (tz, g_date_time_get_year (local), g_date_time_get_month (local),
                              g_date_time_get_day_of_month (local), 0, 0, 0);
  if (date != NULL)
    g_snprintf (date, 11, "%04d-%02d-%02d", g_date_time_get_year (local),
                g_date_time_get_month (local), g_date_time_get_day_of_month (local));

  return g_date_time_to_unix (midnight);
}

/* The local date of @instant plus @days calendar days, at @hour. */
static gint64
local_days_after (GTimeZone *tz,
                  gint64     instant,
                  int        days,
                  int        hour)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (instant);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, tz);
  g_autoptr(GDateTime) day = NULL;
  g_autoptr(GDateTime) later = NULL;

  day = g_date_time_new (tz, g_date_time_get_year (local), g_date_time_get_month (local),
                         g_date_time_get_day_of_month (local), 12, 0, 0);
  later = g_date_time_add_days (day, days);
  g_clear_pointer (&day, g_date_time_unref);
  day = g_date_time_new (tz, g_date_time_get_year (later), g_date_time_get_month (later),
                         g_date_time_get_day_of_month (later), CLAMP (hour, 0, 23), 0, 0);

  return g_date_time_to_unix (day);
}

/* Candidates */

static gboolean
add_candidate (RapportDatabase  *db,
               const char       *key,
               const char       *kind,
               gint64            subject_id,
               gint64            mentee_id,
               gint64            due_at,
               GError          **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = _rapport_database_prepare (db,
      "INSERT OR IGNORE INTO temp.reminder_candidates\n"
      "  (delivery_key, subject_kind, subject_id, mentee_id, due_at) VALUES (?, ?, ?, ?, ?)",
      error)))
    return FALSE;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, kind, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, subject_id);
  if (mentee_id > 0)
    sqlite3_bind_int64 (stmt, 4, mentee_id);
  else
    sqlite3_bind_null (stmt, 4);
  sqlite3_bind_int64 (stmt, 5, due_at);

  return _rapport_database_step_done (db, stmt, error);
}

static gboolean
step_rows_failed (RapportDatabase  *db,
                  sqlite3_stmt     *stmt,
                  int               rc,
                  GError          **error)
{
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    return FALSE;
  return !_rapport_database_set_error (_rapport_database_get_handle (db), rc, error);
}

/* Promises falling due: mine, and the mentee's when asked for. */
static gboolean
collect_commitments (RapportDatabase              *db,
                     const RapportReminderPolicy  *policy,
                     gint64                        now,
                     GTimeZone                    *tz,
                     const char                   *today,
                     GError                      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  /* A due date after today cannot be due yet; uses commitments_by_due. */
  if (!(stmt = _rapport_database_prepare (db,
      "SELECT c.id, c.uuid, c.mentee_id, c.owner, c.due_date, c.due_time\n"
      "  FROM commitments c JOIN mentees m ON m.id = c.mentee_id\n"
      " WHERE c.owner IN ('mentor', 'mentee') AND c.status = 'open' AND c.due_date <= ?\n"
      "   AND c.deleted_at IS NULL AND m.deleted_at IS NULL AND m.status != 'archived'",
      error)))
    return FALSE;

  sqlite3_bind_text (stmt, 1, today, -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *uuid = (const char *)sqlite3_column_text (stmt, 1);
      const char *owner = (const char *)sqlite3_column_text (stmt, 3);
      const char *due_date = (const char *)sqlite3_column_text (stmt, 4);
      const char *due_time = (const char *)sqlite3_column_text (stmt, 5);
      gboolean mine = g_strcmp0 (owner, "mentor") == 0;
      g_autofree char *key = NULL;
      gint64 due_at;

      if (!mine && !policy->mentee_commitments)
        continue;

      due_at = rapport_store_reminders_local_instant (tz, due_date, due_time, policy->morning_hour);
      if (due_at < 0 || due_at > now)
        continue;

      key = commitment_key (mine ? "commitment" : "mentee-commitment", uuid, due_date, due_time);
      if (!add_candidate (db, key, mine ? "commitment" : "mentee-commitment",
                          sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 2),
                          due_at, error))
        {
          sqlite3_reset (stmt);
          return FALSE;
        }
    }

  return !step_rows_failed (db, stmt, rc, error);
}

#define OVERDUE_SQL \
  "SELECT c.title, m.name\n" \
  "  FROM commitments c JOIN mentees m ON m.id = c.mentee_id\n" \
  "  JOIN reminders r ON r.delivery_key = " COMMITMENT_KEY_SQL ("commitment") "\n" \
  " WHERE c.owner = 'mentor' AND c.status = 'open' AND c.due_date IS NOT NULL\n" \
  "   AND c.deleted_at IS NULL AND m.deleted_at IS NULL AND m.status != 'archived'\n" \
  "   AND r.state IN ('delivered', 'acknowledged') AND r.delivered_at < ?\n" \
  " ORDER BY c.due_date, c.due_time IS NULL, c.due_time, c.id"

/* My open promises whose own reminder went out before @day_start: the
 * day's digest reminds of these again, once, together. A promise whose
 * reminder is still pending, snoozed or went out today is left out, so
 * nothing is said twice in a day. */
static GStrv
list_overdue (RapportDatabase  *db,
              gint64            day_start,
              GError          **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = _rapport_database_prepare (db, OVERDUE_SQL, error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, day_start);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      /* Translators: an overdue promise in a list: its title, then the mentee's name */
      g_autofree char *line = g_strdup_printf (_("%s (%s)"),
                                               (const char *)sqlite3_column_text (stmt, 0),
                                               (const char *)sqlite3_column_text (stmt, 1));
      g_strv_builder_add (builder, line);
    }

  if (step_rows_failed (db, stmt, rc, error))
    return NULL;

  return g_strv_builder_end (builder);
}

static gboolean
collect_overdue (RapportDatabase              *db,
                 const RapportReminderPolicy  *policy,
                 gint64                        now,
                 GTimeZone                    *tz,
                 GError                      **error)
{
  g_auto(GStrv) titles = NULL;
  g_autofree char *key = NULL;
  char today[11];
  gint64 day_start, morning;

  day_start = local_day_start (tz, now, today);
  morning = rapport_store_reminders_local_instant (tz, today, NULL, policy->morning_hour);
  if (now < morning)
    return TRUE;

  if (!(titles = list_overdue (db, day_start, error)))
    return FALSE;
  if (titles[0] == NULL)
    return TRUE;

  key = g_strdup_printf ("overdue:%s", today);
  return add_candidate (db, key, "commitment", 0, 0, morning, error);
}

/* A mentee's rhythm: due once past the ideal interval since the last held
 * meeting, overdue once past the maximum gap. A newer held meeting makes new
 * keys, so the rhythm restarts from it. When both are due only the stronger
 * one is kept, so a mentor back after a long break is told once. */
static gboolean
collect_check_ins (RapportDatabase              *db,
                   const RapportReminderPolicy  *policy,
                   gint64                        now,
                   GTimeZone                    *tz,
                   GError                      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = _rapport_database_prepare (db,
      "SELECT m.id, m.uuid, m.cadence_days, m.max_gap_days, s.uuid, s.starts_at\n"
      "  FROM mentees m JOIN sessions s ON s.id =\n"
      "       (SELECT h.id FROM sessions h\n"
      "         WHERE h.mentee_id = m.id AND h.status = 'held' AND h.deleted_at IS NULL\n"
      "         ORDER BY h.starts_at DESC, h.id DESC LIMIT 1)\n"
      " WHERE m.status = 'active' AND m.deleted_at IS NULL\n"
      "   AND (m.cadence_days > 0 OR m.max_gap_days > 0)",
      error)))
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 mentee_id = sqlite3_column_int64 (stmt, 0);
      const char *mentee_uuid = (const char *)sqlite3_column_text (stmt, 1);
      int cadence = sqlite3_column_int (stmt, 2);
      int max_gap = sqlite3_column_int (stmt, 3);
      const char *session_uuid = (const char *)sqlite3_column_text (stmt, 4);
      gint64 held_at = sqlite3_column_int64 (stmt, 5);
      g_autofree char *key = NULL;
      const char *kind = NULL;
      gint64 due_at = 0;

      if (max_gap > 0 &&
          (due_at = local_days_after (tz, held_at, max_gap, policy->morning_hour)) <= now)
        kind = "check-in-overdue";
      else if (cadence > 0 &&
               (due_at = local_days_after (tz, held_at, cadence, policy->morning_hour)) <= now)
        kind = "check-in-due";

      if (kind == NULL)
        continue;

      key = g_strdup_printf ("%s:%s:%s:%" G_GINT64_FORMAT, kind, mentee_uuid, session_uuid, held_at);
      if (!add_candidate (db, key, kind, mentee_id, mentee_id, due_at, error))
        {
          sqlite3_reset (stmt);
          return FALSE;
        }
    }

  return !step_rows_failed (db, stmt, rc, error);
}

/* Planned meetings starting within the lead time. Once a meeting has
 * started, a reminder not yet shown is no longer useful and is withdrawn. */
static gboolean
collect_meetings (RapportDatabase              *db,
                  const RapportReminderPolicy  *policy,
                  gint64                        now,
                  GError                      **error)
{
  gint64 lead = (gint64)MAX (policy->meeting_lead_minutes, 0) * 60;
  sqlite3_stmt *stmt;
  int rc;

  if (lead == 0)
    return TRUE;

  if (!(stmt = _rapport_database_prepare (db,
      "SELECT s.id, s.uuid, s.mentee_id, s.starts_at\n"
      "  FROM sessions s JOIN mentees m ON m.id = s.mentee_id\n"
      " WHERE s.status = 'planned' AND s.starts_at > ? AND s.starts_at <= ?\n"
      "   AND s.deleted_at IS NULL AND m.deleted_at IS NULL AND m.status != 'archived'",
      error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, now);
  sqlite3_bind_int64 (stmt, 2, now + lead);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 starts_at = sqlite3_column_int64 (stmt, 3);
      g_autofree char *key = NULL;

      key = g_strdup_printf ("meeting:%s:%" G_GINT64_FORMAT,
                             (const char *)sqlite3_column_text (stmt, 1), starts_at);
      if (!add_candidate (db, key, "meeting", sqlite3_column_int64 (stmt, 0),
                          sqlite3_column_int64 (stmt, 2), starts_at - lead, error))
        {
          sqlite3_reset (stmt);
          return FALSE;
        }
    }

  return !step_rows_failed (db, stmt, rc, error);
}

static gboolean
sync_locked (RapportDatabase              *db,
             const RapportReminderPolicy  *policy,
             gint64                        now,
             GTimeZone                    *tz,
             GPtrArray                    *withdrawn,
             GError                      **error)
{
  sqlite3_stmt *stmt;
  char today[11];
  int rc;

  local_day_start (tz, now, today);

  if (!_rapport_database_exec (db, "DELETE FROM temp.reminder_candidates", error) ||
      !collect_commitments (db, policy, now, tz, today, error) ||
      !collect_overdue (db, policy, now, tz, error) ||
      !collect_check_ins (db, policy, now, tz, error) ||
      !collect_meetings (db, policy, now, error))
    return FALSE;

  /* New reminders become pending; one withdrawn while pending comes back
   * when its subject does (a promise reopened). Delivered ones stay. */
  if (!(stmt = _rapport_database_prepare (db,
      "INSERT INTO reminders (delivery_key, subject_kind, subject_id, mentee_id, due_at,\n"
      "                       state, created_at, updated_at)\n"
      "SELECT delivery_key, subject_kind, subject_id, mentee_id, due_at, 'pending', ?1, ?1\n"
      "  FROM temp.reminder_candidates WHERE true\n"
      "ON CONFLICT (delivery_key) DO UPDATE SET state = 'pending', attempts = 0,\n"
      "   next_attempt_at = NULL, updated_at = ?1\n"
      " WHERE reminders.state = 'cancelled'",
      error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, now);
  if (!_rapport_database_step_done (db, stmt, error))
    return FALSE;

  /* Delivered promises that were since kept, dropped, deleted or moved:
   * their notifications are withdrawn from the screen. */
  if (!(stmt = _rapport_database_prepare (db,
      "SELECT delivery_key FROM reminders\n"
      " WHERE state = 'delivered' AND subject_kind IN ('commitment', 'mentee-commitment')\n"
      "   AND subject_id != 0\n"
      "   AND delivery_key NOT IN (SELECT delivery_key FROM temp.reminder_candidates)",
      error)))
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (withdrawn != NULL)
        g_ptr_array_add (withdrawn, column_dup (stmt, 0));
    }
  if (step_rows_failed (db, stmt, rc, error))
    return FALSE;

  if (!(stmt = _rapport_database_prepare (db,
      "UPDATE reminders SET state = 'acknowledged', updated_at = ?\n"
      " WHERE state = 'delivered' AND subject_kind IN ('commitment', 'mentee-commitment')\n"
      "   AND subject_id != 0\n"
      "   AND delivery_key NOT IN (SELECT delivery_key FROM temp.reminder_candidates)",
      error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, now);
  if (!_rapport_database_step_done (db, stmt, error))
    return FALSE;

  /* Not yet shown and no longer true: the subject was completed, deleted,
   * edited or rescheduled (its new key is a new row), or a newer digest or
   * held meeting replaced it. */
  if (!(stmt = _rapport_database_prepare (db,
      "UPDATE reminders SET state = 'cancelled', updated_at = ?\n"
      " WHERE state IN ('pending', 'snoozed')\n"
      "   AND delivery_key NOT IN (SELECT delivery_key FROM temp.reminder_candidates)",
      error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, now);

  return _rapport_database_step_done (db, stmt, error);
}

/**
 * rapport_store_reminders_sync:
 * @policy: the reminder settings
 * @now: the current instant
 * @tz: the local time zone, for due dates and days
 * @withdrawn: (nullable) (element-type utf8): receives the keys of delivered
 *   reminders whose notification should be withdrawn
 *
 * Brings the ledger in line with the notebook at @now in one transaction:
 * every reminder due by @now gets a row (once: keys are unique), and
 * pending or snoozed rows that are no longer true are cancelled.
 */
gboolean
rapport_store_reminders_sync (RapportDatabase              *db,
                              const RapportReminderPolicy  *policy,
                              gint64                        now,
                              GTimeZone                    *tz,
                              GPtrArray                   **withdrawn,
                              GError                      **error)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (RAPPORT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (policy != NULL, FALSE);
  g_return_val_if_fail (tz != NULL, FALSE);

  if (!_rapport_database_exec (db,
      "CREATE TEMP TABLE IF NOT EXISTS reminder_candidates (\n"
      "  delivery_key TEXT PRIMARY KEY, subject_kind TEXT NOT NULL, subject_id INTEGER NOT NULL,\n"
      "  mentee_id INTEGER, due_at INTEGER NOT NULL)",
      error))
    return FALSE;

  if (!rapport_database_begin (db, error))
    return FALSE;

  if (!sync_locked (db, policy, now, tz, keys, error))
    {
      rapport_database_rollback (db);
      return FALSE;
    }

  if (!rapport_database_commit (db, error))
    return FALSE;

  if (withdrawn != NULL)
    *withdrawn = g_steal_pointer (&keys);

  return TRUE;
}

/**
 * rapport_store_reminders_recover:
 * @n_recovered: (out) (optional): how many rows were found in `delivering`
 *
 * At startup: rows left in `delivering` belong to a run that crashed
 * between claiming and marking. They become pending again and are re-sent
 * with the same key.
 */
gboolean
rapport_store_reminders_recover (RapportDatabase  *db,
                                 guint            *n_recovered,
                                 GError          **error)
{
  g_return_val_if_fail (RAPPORT_IS_DATABASE (db), FALSE);

  if (!_rapport_database_exec (db,
      "UPDATE reminders SET state = 'pending', next_attempt_at = NULL WHERE state = 'delivering'",
      error))
    return FALSE;

  if (n_recovered != NULL)
    *n_recovered = sqlite3_changes (_rapport_database_get_handle (db));

  return TRUE;
}

#define REMINDER_COLUMNS \
  "r.id, r.delivery_key, r.subject_kind, r.subject_id, r.mentee_id, r.due_at, r.state,\n" \
  "r.attempts, r.notification_id, m.name, m.uuid,\n" \
  "CASE WHEN r.subject_kind = 'meeting' THEN s.uuid ELSE c.uuid END,\n" \
  "CASE WHEN r.subject_kind = 'meeting' THEN s.agenda ELSE c.title END,\n" \
  "c.due_date, c.due_time, c.created_at, s.starts_at,\n" \
  "(SELECT max (h.starts_at) FROM sessions h\n" \
  "  WHERE h.mentee_id = r.mentee_id AND h.status = 'held' AND h.deleted_at IS NULL),\n" \
  "m.cadence_days, m.max_gap_days,\n" \
  "(SELECT count(*) FROM commitments o\n" \
  "  WHERE o.mentee_id = r.mentee_id AND o.owner = 'mentor' AND o.status = 'open'\n" \
  "    AND o.deleted_at IS NULL)\n" \
  "FROM reminders r\n" \
  "LEFT JOIN mentees m ON m.id = r.mentee_id\n" \
  "LEFT JOIN commitments c ON r.subject_kind IN ('commitment', 'mentee-commitment')\n" \
  "                       AND c.id = r.subject_id\n" \
  "LEFT JOIN sessions s ON r.subject_kind = 'meeting' AND s.id = r.subject_id\n"

static RapportStoreReminder *
read_reminder (RapportDatabase  *db,
               sqlite3_stmt     *stmt,
               GTimeZone        *tz,
               GError          **error)
{
  g_autoptr(RapportStoreReminder) r = g_new0 (RapportStoreReminder, 1);

  r->id = sqlite3_column_int64 (stmt, 0);
  r->delivery_key = column_dup (stmt, 1);
  r->subject_kind = column_dup (stmt, 2);
  r->subject_id = sqlite3_column_int64 (stmt, 3);
  r->mentee_id = sqlite3_column_int64 (stmt, 4);
  r->due_at = sqlite3_column_int64 (stmt, 5);
  r->state = state_from_string ((const char *)sqlite3_column_text (stmt, 6));
  r->attempts = sqlite3_column_int (stmt, 7);
  r->notification_id = (guint32)sqlite3_column_int64 (stmt, 8);
  r->mentee_name = column_dup (stmt, 9);
  r->mentee_uuid = column_dup (stmt, 10);
  r->subject_uuid = column_dup (stmt, 11);
  r->title = column_dup (stmt, 12);
  r->due_date = column_dup (stmt, 13);
  r->due_time = column_dup (stmt, 14);
  r->promised_at = sqlite3_column_int64 (stmt, 15);
  r->starts_at = sqlite3_column_int64 (stmt, 16);
  r->last_held_at = sqlite3_column_int64 (stmt, 17);
  r->cadence_days = sqlite3_column_int (stmt, 18);
  r->max_gap_days = sqlite3_column_int (stmt, 19);
  r->open_promises = sqlite3_column_int (stmt, 20);

  return g_steal_pointer (&r);
}

/* The digest's list is read when it is sent, so it says what is true then. */
static gboolean
fill_overdue (RapportDatabase       *db,
              RapportStoreReminder  *r,
              GTimeZone             *tz,
              GError               **error)
{
  const char *date;
  gint64 day_start;

  if (!g_str_has_prefix (r->delivery_key, "overdue:"))
    return TRUE;

  g_free (r->subject_kind);
  r->subject_kind = g_strdup ("overdue");

  date = r->delivery_key + strlen ("overdue:");
  day_start = rapport_store_reminders_local_instant (tz, date, NULL, 0);
  if (!(r->overdue_titles = list_overdue (db, day_start, error)))
    return FALSE;
  r->open_promises = g_strv_length (r->overdue_titles);

  return TRUE;
}

/**
 * rapport_store_reminders_claim:
 * @now: the current instant
 * @tz: the local time zone
 *
 * Claims every reminder due at @now, in one `BEGIN IMMEDIATE` transaction:
 * pending rows whose retry time has come and snoozed rows whose snooze is
 * over become `delivering` with one more attempt. After the commit the
 * caller sends each and marks it delivered or failed.
 *
 * Returns: (transfer full) (element-type RapportStoreReminder): the claimed
 *   reminders, earliest first
 */
GPtrArray *
rapport_store_reminders_claim (RapportDatabase  *db,
                               gint64            now,
                               GTimeZone        *tz,
                               GError          **error)
{
  g_autoptr(GPtrArray) claimed = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (RAPPORT_IS_DATABASE (db), NULL);
  g_return_val_if_fail (tz != NULL, NULL);

  claimed = g_ptr_array_new_with_free_func ((GDestroyNotify)rapport_store_reminder_free);

  if (!rapport_database_begin (db, error))
    return NULL;

  if (!(stmt = _rapport_database_prepare (db,
      "SELECT " REMINDER_COLUMNS
      " WHERE (r.state = 'pending' AND r.due_at <= ?1 AND coalesce (r.next_attempt_at, 0) <= ?1)\n"
      "    OR (r.state = 'snoozed' AND r.snoozed_until <= ?1)\n"
      " ORDER BY r.due_at, r.id",
      error)))
    goto failed;

  sqlite3_bind_int64 (stmt, 1, now);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (claimed, read_reminder (db, stmt, tz, NULL));
  if (step_rows_failed (db, stmt, rc, error))
    goto failed;

  for (guint i = 0; i < claimed->len; i++)
    {
      RapportStoreReminder *r = g_ptr_array_index (claimed, i);

      if (!fill_overdue (db, r, tz, error))
        goto failed;

      if (!(stmt = _rapport_database_prepare (db,
          "UPDATE reminders SET state = 'delivering', attempts = attempts + 1,\n"
          "       snoozed_until = NULL, updated_at = ? WHERE id = ?",
          error)))
        goto failed;
      sqlite3_bind_int64 (stmt, 1, now);
      sqlite3_bind_int64 (stmt, 2, r->id);
      if (!_rapport_database_step_done (db, stmt, error))
        goto failed;

      r->state = RAPPORT_REMINDER_STATE_DELIVERING;
      r->attempts++;
    }

  if (!rapport_database_commit (db, error))
    return NULL;

  return g_steal_pointer (&claimed);

failed:
  rapport_database_rollback (db);
  return NULL;
}

static gboolean
update_by_id (RapportDatabase  *db,
              const char       *sql,
              gint64            id,
              gint64            value,
              gint64            now,
              GError          **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = _rapport_database_prepare (db, sql, error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, value);
  sqlite3_bind_int64 (stmt, 2, now);
  sqlite3_bind_int64 (stmt, 3, id);

  return _rapport_database_step_done (db, stmt, error);
}

/**
 * rapport_store_reminders_mark_delivered:
 * @notification_id: the server's id for the notification, kept so a later
 *   re-send replaces it rather than stacking a second one
 */
gboolean
rapport_store_reminders_mark_delivered (RapportDatabase  *db,
                                        gint64            id,
                                        guint32           notification_id,
                                        gint64            now,
                                        GError          **error)
{
  g_return_val_if_fail (RAPPORT_IS_DATABASE (db), FALSE);

  return update_by_id (db,
    "UPDATE reminders SET state = 'delivered', notification_id = nullif (?1, 0),\n"
    "       delivered_at = ?2, next_attempt_at = NULL, updated_at = ?2\n"
    " WHERE id = ?3 AND state = 'delivering'",
    id, notification_id, now, error);
}

/**
 * rapport_store_reminders_backoff:
 * @attempts: how many attempts failed so far
 *
 * Returns: seconds to wait before the next attempt
 */
gint64
rapport_store_reminders_backoff (int attempts)
{
  gint64 delay = BACKOFF_FIRST_SECONDS;

  for (int i = 1; i < attempts && delay < BACKOFF_MAX_SECONDS; i++)
    delay *= 2;

  return MIN (delay, BACKOFF_MAX_SECONDS);
}

/**
 * rapport_store_reminders_mark_failed:
 *
 * The notification could not be shown: the reminder is pending again and
 * retried after a backoff that doubles with each attempt. It is never
 * counted as delivered.
 */
gboolean
rapport_store_reminders_mark_failed (RapportDatabase  *db,
                                     gint64            id,
                                     gint64            now,
                                     GError          **error)
{
  sqlite3_stmt *stmt;
  int attempts = 1;

  g_return_val_if_fail (RAPPORT_IS_DATABASE (db), FALSE);

  if (!(stmt = _rapport_database_prepare (db, "SELECT attempts FROM reminders WHERE id = ?", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    attempts = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);

  return update_by_id (db,
    "UPDATE reminders SET state = 'pending', next_attempt_at = ?1, updated_at = ?2\n"
    " WHERE id = ?3 AND state = 'delivering'",
    id, now + rapport_store_reminders_backoff (attempts), now, error);
}

static gboolean
update_by_key (RapportDatabase  *db,
               const char       *sql,
               const char       *key,
               gint64            value,
               gint64            now,
               GError          **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = _rapport_database_prepare (db, sql, error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, value);
  sqlite3_bind_int64 (stmt, 2, now);
  sqlite3_bind_text (stmt, 3, key, -1, SQLITE_TRANSIENT);

  return _rapport_database_step_done (db, stmt, error);
}

/**
 * rapport_store_reminders_snooze:
 * @until: when to remind again
 *
 * The reminder comes back at @until with the same key (and replaces its
 * earlier notification).
 */
gboolean
rapport_store_reminders_snooze (RapportDatabase  *db,
                                const char       *delivery_key,
                                gint64            until,
                                gint64            now,
                                GError          **error)
{
  g_return_val_if_fail (RAPPORT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (delivery_key != NULL, FALSE);

  return update_by_key (db,
    "UPDATE reminders SET state = 'snoozed', snoozed_until = ?1, next_attempt_at = NULL,\n"
    "       updated_at = ?2\n"
    " WHERE delivery_key = ?3 AND state IN ('pending', 'delivered', 'acknowledged', 'snoozed')",
    delivery_key, until, now, error);
}

/**
 * rapport_store_reminders_acknowledge:
 *
 * The mentor acted on the reminder (opened it, marked the promise done): it
 * is settled and never shown again.
 */
gboolean
rapport_store_reminders_acknowledge (RapportDatabase  *db,
                                     const char       *delivery_key,
                                     gint64            now,
                                     GError          **error)
{
  g_return_val_if_fail (RAPPORT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (delivery_key != NULL, FALSE);

  return update_by_key (db,
    "UPDATE reminders SET state = 'acknowledged', delivered_at = coalesce (delivered_at, ?1),\n"
    "       updated_at = ?2\n"
    " WHERE delivery_key = ?3 AND state IN ('pending', 'delivered', 'snoozed')",
    delivery_key, now, now, error);
}

/**
 * rapport_store_reminders_lookup:
 *
 * Returns: (transfer full) (nullable): the row with @delivery_key, or %NULL
 *   (without an error) when there is none
 */
RapportStoreReminder *
rapport_store_reminders_lookup (RapportDatabase  *db,
                                const char       *delivery_key,
                                GError          **error)
{
  RapportStoreReminder *r = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (RAPPORT_IS_DATABASE (db), NULL);
  g_return_val_if_fail (delivery_key != NULL, NULL);

  if (!(stmt = _rapport_database_prepare (db,
      "SELECT " REMINDER_COLUMNS " WHERE r.delivery_key = ?", error)))
    return NULL;

  sqlite3_bind_text (stmt, 1, delivery_key, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    r = read_reminder (db, stmt, NULL, NULL);
  else if (rc != SQLITE_DONE)
    _rapport_database_set_error (_rapport_database_get_handle (db), rc, error);
  sqlite3_reset (stmt);

  if (r != NULL && g_str_has_prefix (r->delivery_key, "overdue:"))
    {
      g_free (r->subject_kind);
      r->subject_kind = g_strdup ("overdue");
    }

  return r;
}

/**
 * rapport_store_reminders_count:
 *
 * Returns: how many ledger rows are in @state
 */
int
rapport_store_reminders_count (RapportDatabase      *db,
                               RapportReminderState  state)
{
  sqlite3_stmt *stmt;
  int ret = 0;

  g_return_val_if_fail (RAPPORT_IS_DATABASE (db), 0);

  if (!(stmt = _rapport_database_prepare (db, "SELECT count(*) FROM reminders WHERE state = ?", NULL)))
    return 0;

  sqlite3_bind_text (stmt, 1, state_to_string (state), -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    ret = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);

  return ret;
}
