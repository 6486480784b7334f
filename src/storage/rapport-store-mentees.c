/* rapport-store-mentees.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-store-private.h"

/* The helpers shared by the rapport-store-*.c files live here too. */

void
rapport_store_now_init (RapportStoreNow *now,
                        GDateTime       *local_now)
{
  g_autoptr(GDateTime) day = NULL;
  g_autoptr(GDateTime) next = NULL;
  g_autoptr(GDateTime) week = NULL;
  g_autoptr(GDateTime) horizon = NULL;
  g_autofree char *today = NULL;
  g_autofree char *time = NULL;
  g_autofree char *hz = NULL;

  g_return_if_fail (now != NULL);
  g_return_if_fail (local_now != NULL);

  /* Days are built from calendar fields, not by adding 86400 s, so a day
   * with a DST change still starts at local midnight. */
  day = g_date_time_new (g_date_time_get_timezone (local_now),
                         g_date_time_get_year (local_now),
                         g_date_time_get_month (local_now),
                         g_date_time_get_day_of_month (local_now), 0, 0, 0);
  next = g_date_time_add_full (day, 0, 0, 1, 0, 0, 0);
  week = g_date_time_add_full (day, 0, 0, 7, 0, 0, 0);
  horizon = g_date_time_add_days (local_now, 7);

  today = g_date_time_format (local_now, "%Y-%m-%d");
  time = g_date_time_format (local_now, "%H:%M");
  hz = g_date_time_format (horizon, "%Y-%m-%d");

  g_strlcpy (now->today, today, sizeof now->today);
  g_strlcpy (now->now_time, time, sizeof now->now_time);
  g_strlcpy (now->horizon, hz, sizeof now->horizon);
  now->now = g_date_time_to_unix (local_now);
  now->day_start = g_date_time_to_unix (day);
  now->day_end = g_date_time_to_unix (next);
  now->week_end = g_date_time_to_unix (week);
}

gboolean
_rapport_store_insert (RapportDatabase  *db,
                       const char       *sql,
                       GObject          *item,
                       gint64           *id,
                       GError          **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = _rapport_database_prepare (db, sql, error)))
    return FALSE;

  if (!_rapport_database_bind_object (stmt, item))
    {
      g_set_error (error, RAPPORT_DATABASE_ERROR, RAPPORT_DATABASE_ERROR_FAILED,
                   "Item of type %s cannot be stored", G_OBJECT_TYPE_NAME (item));
      return FALSE;
    }

  if (!_rapport_database_step_done (db, stmt, error))
    return FALSE;

  if (id != NULL)
    *id = sqlite3_last_insert_rowid (_rapport_database_get_handle (db));

  return TRUE;
}

gboolean
_rapport_store_update (RapportDatabase  *db,
                       const char       *sql,
                       GObject          *item,
                       GError          **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = _rapport_database_prepare (db, sql, error)))
    return FALSE;

  if (!_rapport_database_bind_object (stmt, item))
    {
      g_set_error (error, RAPPORT_DATABASE_ERROR, RAPPORT_DATABASE_ERROR_FAILED,
                   "Item of type %s cannot be stored", G_OBJECT_TYPE_NAME (item));
      return FALSE;
    }

  if (!_rapport_database_step_done (db, stmt, error))
    return FALSE;

  if (sqlite3_changes (_rapport_database_get_handle (db)) == 0)
    {
      g_set_error (error, RAPPORT_DATABASE_ERROR, RAPPORT_DATABASE_ERROR_FAILED,
                   _("The item no longer exists in the notebook."));
      return FALSE;
    }

  return TRUE;
}

/* Mentees with their attention summary in one statement: each correlated
 * subquery is answered from an index (commitments_by_mentee,
 * sessions_by_mentee), so the cost grows with the number of mentees, not
 * with the number of sessions or promises. */
static const char list_sql[] =
  "SELECT m.id, m.uuid, m.name, m.pronouns, m.role, m.organization, m.contact, m.how_we_met,\n"
  "       m.started_on, m.status, m.cadence_days, m.max_gap_days, m.preferred_channel,\n"
  "       m.feedback_preferences, m.feedback_sensitivities, m.boundaries, m.tags, m.about,\n"
  "       m.created_at, m.updated_at, m.deleted_at,\n"
  "       (SELECT count(*) FROM commitments c\n"
  "         WHERE c.mentee_id = m.id AND c.owner = 'mentor' AND c.status = 'open'\n"
  "           AND c.deleted_at IS NULL) AS open_promises,\n"
  "       (SELECT count(*) FROM commitments c\n"
  "         WHERE c.mentee_id = m.id AND c.owner = 'mentor' AND c.status = 'open'\n"
  "           AND c.due_date <= :today AND c.deleted_at IS NULL\n"
  "           AND (c.due_date < :today OR (c.due_time IS NOT NULL AND c.due_time < :now_time)))\n"
  "         AS overdue_promises,\n"
  "       (SELECT count(*) FROM commitments c\n"
  "         WHERE c.mentee_id = m.id AND c.owner = 'mentee' AND c.status = 'open'\n"
  "           AND c.deleted_at IS NULL) AS open_asks,\n"
  "       (SELECT max(s.starts_at) FROM sessions s\n"
  "         WHERE s.mentee_id = m.id AND s.status = 'held' AND s.deleted_at IS NULL)\n"
  "         AS last_held_at,\n"
  "       (SELECT min(s.starts_at) FROM sessions s\n"
  "         WHERE s.mentee_id = m.id AND s.status = 'planned' AND s.starts_at >= :day_start\n"
  "           AND s.deleted_at IS NULL) AS next_meeting_at\n"
  "  FROM mentees m\n"
  " WHERE m.deleted_at IS NULL AND (:only_id = 0 OR m.id = :only_id)\n"
  " ORDER BY m.name COLLATE NOCASE, m.id";

/**
 * rapport_store_mentees_list:
 * @only_id: a mentee id, or 0 for every mentee not in the trash
 *
 * Returns: (transfer full): items of @item_type, by name
 */
GPtrArray *
rapport_store_mentees_list (RapportDatabase        *db,
                            GType                   item_type,
                            const RapportStoreNow  *now,
                            gint64                  only_id,
                            GError                **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = _rapport_database_prepare (db, list_sql, error)))
    return NULL;

  sqlite3_bind_text (stmt, sqlite3_bind_parameter_index (stmt, ":today"), now->today, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, sqlite3_bind_parameter_index (stmt, ":now_time"), now->now_time, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":day_start"), now->day_start);
  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":only_id"), only_id);

  return _rapport_database_read_objects (db, stmt, item_type, error);
}

gboolean
rapport_store_mentees_insert (RapportDatabase  *db,
                              GObject          *item,
                              gint64           *id,
                              GError          **error)
{
  return _rapport_store_insert (db,
    "INSERT INTO mentees (uuid, name, pronouns, role, organization, contact, how_we_met,\n"
    "                     started_on, status, cadence_days, max_gap_days, preferred_channel,\n"
    "                     feedback_preferences, feedback_sensitivities, boundaries, tags, about,\n"
    "                     created_at, updated_at)\n"
    "VALUES (:uuid, :name, :pronouns, :role, :organization, :contact, :how_we_met,\n"
    "        :started_on, :status, :cadence_days, :max_gap_days, :preferred_channel,\n"
    "        :feedback_preferences, :feedback_sensitivities, :boundaries, :tags, :about,\n"
    "        :created_at, :updated_at)",
    item, id, error);
}

gboolean
rapport_store_mentees_update (RapportDatabase  *db,
                              GObject          *item,
                              GError          **error)
{
  return _rapport_store_update (db,
    "UPDATE mentees SET name = :name, pronouns = :pronouns, role = :role,\n"
    "       organization = :organization, contact = :contact, how_we_met = :how_we_met,\n"
    "       started_on = :started_on, status = :status, cadence_days = :cadence_days,\n"
    "       max_gap_days = :max_gap_days, preferred_channel = :preferred_channel,\n"
    "       feedback_preferences = :feedback_preferences,\n"
    "       feedback_sensitivities = :feedback_sensitivities, boundaries = :boundaries,\n"
    "       tags = :tags, about = :about, updated_at = :updated_at\n"
    " WHERE id = :id",
    item, error);
}
