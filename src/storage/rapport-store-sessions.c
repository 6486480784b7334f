/* rapport-store-sessions.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-store-private.h"

#define SESSION_COLUMNS \
  "s.id, s.uuid, s.mentee_id, s.starts_at, s.duration_minutes, s.status, s.agenda, s.notes,\n" \
  "s.rating, s.takeaway, s.wins, s.created_at, s.updated_at, s.deleted_at"

/**
 * rapport_store_sessions_list:
 *
 * Returns: (transfer full): the mentee's sessions not in the trash, newest
 *   first
 */
GPtrArray *
rapport_store_sessions_list (RapportDatabase  *db,
                             GType             item_type,
                             gint64            mentee_id,
                             GError          **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = _rapport_database_prepare (db,
                                          "SELECT " SESSION_COLUMNS " FROM sessions s\n"
                                          " WHERE s.mentee_id = ? AND s.deleted_at IS NULL\n"
                                          " ORDER BY s.starts_at DESC, s.id DESC",
                                          error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, mentee_id);
  return _rapport_database_read_objects (db, stmt, item_type, error);
}

GObject *
rapport_store_sessions_get (RapportDatabase  *db,
                            GType             item_type,
                            gint64            id,
                            GError          **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  sqlite3_stmt *stmt;

  if (!(stmt = _rapport_database_prepare (db,
                                          "SELECT " SESSION_COLUMNS " FROM sessions s WHERE s.id = ?",
                                          error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!(rows = _rapport_database_read_objects (db, stmt, item_type, error)))
    return NULL;
  if (rows->len == 0)
    {
      g_set_error (error, RAPPORT_DATABASE_ERROR, RAPPORT_DATABASE_ERROR_FAILED,
                   _("The meeting no longer exists in the notebook."));
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (rows, 0));
}

/**
 * rapport_store_sessions_list_planned:
 * @from: first instant (Unix seconds), inclusive
 * @to: last instant, exclusive
 *
 * Planned meetings of mentees not in the trash nor archived, soonest first,
 * with the columns of the Today agenda (`item_id`, `mentee_id`,
 * `mentee_name`, `title`, `starts_at`).
 */
GPtrArray *
rapport_store_sessions_list_planned (RapportDatabase  *db,
                                     GType             item_type,
                                     gint64            from,
                                     gint64            to,
                                     GError          **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = _rapport_database_prepare (db,
      "SELECT s.id AS item_id, s.mentee_id, m.name AS mentee_name, s.agenda AS title,\n"
      "       s.starts_at, s.duration_minutes\n"
      "  FROM sessions s JOIN mentees m ON m.id = s.mentee_id\n"
      " WHERE s.status = 'planned' AND s.starts_at >= ? AND s.starts_at < ?\n"
      "   AND s.deleted_at IS NULL AND m.deleted_at IS NULL AND m.status != 'archived'\n"
      " ORDER BY s.starts_at, s.id",
      error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, from);
  sqlite3_bind_int64 (stmt, 2, to);
  return _rapport_database_read_objects (db, stmt, item_type, error);
}

gboolean
rapport_store_sessions_insert (RapportDatabase  *db,
                               GObject          *item,
                               gint64           *id,
                               GError          **error)
{
  return _rapport_store_insert (db,
    "INSERT INTO sessions (uuid, mentee_id, starts_at, duration_minutes, status, agenda, notes,\n"
    "                      rating, takeaway, wins, created_at, updated_at)\n"
    "VALUES (:uuid, :mentee_id, :starts_at, :duration_minutes, :status, :agenda, :notes,\n"
    "        nullif (:rating, 0), :takeaway, :wins, :created_at, :updated_at)",
    item, id, error);
}

gboolean
rapport_store_sessions_update (RapportDatabase  *db,
                               GObject          *item,
                               GError          **error)
{
  return _rapport_store_update (db,
    "UPDATE sessions SET starts_at = :starts_at, duration_minutes = :duration_minutes,\n"
    "       status = :status, agenda = :agenda, notes = :notes, rating = nullif (:rating, 0),\n"
    "       takeaway = :takeaway, wins = :wins, updated_at = :updated_at\n"
    " WHERE id = :id",
    item, error);
}

/**
 * rapport_store_sessions_list_outline:
 * @mentee_id: one mentee, or 0 for every mentee not in the trash
 *
 * The meetings without their texts (agenda, notes, takeaway, wins), for the
 * follow-through ledger.
 *
 * Returns: (transfer full): items with `id`, `uuid`, `mentee-id`,
 *   `starts-at`, `duration-minutes`, `status` and `rating`, by mentee, then
 *   oldest first
 */
GPtrArray *
rapport_store_sessions_list_outline (RapportDatabase  *db,
                                     GType             item_type,
                                     gint64            mentee_id,
                                     GError          **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = _rapport_database_prepare (db,
      "SELECT s.id, s.uuid, s.mentee_id, s.starts_at, s.duration_minutes, s.status, s.rating\n"
      "  FROM sessions s JOIN mentees m ON m.id = s.mentee_id\n"
      " WHERE (?1 = 0 OR s.mentee_id = ?1) AND s.deleted_at IS NULL AND m.deleted_at IS NULL\n"
      " ORDER BY s.mentee_id, s.starts_at, s.id",
      error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, mentee_id);
  return _rapport_database_read_objects (db, stmt, item_type, error);
}
