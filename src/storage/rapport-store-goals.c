/* rapport-store-goals.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-store-private.h"

/**
 * rapport_store_goals_list:
 *
 * Returns: (transfer full): the mentee's goals not in the trash, active
 *   first, then by target date
 */
GPtrArray *
rapport_store_goals_list (RapportDatabase  *db,
                          GType             item_type,
                          gint64            mentee_id,
                          GError          **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = _rapport_database_prepare (db,
      "SELECT id, uuid, mentee_id, title, details, target_date, status, progress,\n"
      "       created_at, updated_at, deleted_at\n"
      "  FROM goals WHERE mentee_id = ? AND deleted_at IS NULL\n"
      " ORDER BY status != 'active', target_date IS NULL, target_date, id",
      error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, mentee_id);
  return _rapport_database_read_objects (db, stmt, item_type, error);
}

gboolean
rapport_store_goals_insert (RapportDatabase  *db,
                            GObject          *item,
                            gint64           *id,
                            GError          **error)
{
  return _rapport_store_insert (db,
    "INSERT INTO goals (uuid, mentee_id, title, details, target_date, status, progress,\n"
    "                   created_at, updated_at)\n"
    "VALUES (:uuid, :mentee_id, :title, :details, :target_date, :status, :progress,\n"
    "        :created_at, :updated_at)",
    item, id, error);
}

gboolean
rapport_store_goals_update (RapportDatabase  *db,
                            GObject          *item,
                            GError          **error)
{
  return _rapport_store_update (db,
    "UPDATE goals SET title = :title, details = :details, target_date = :target_date,\n"
    "       status = :status, progress = :progress, updated_at = :updated_at\n"
    " WHERE id = :id",
    item, error);
}

/**
 * rapport_store_goals_last_progress_change:
 * @mentee_id: the mentee
 *
 * When each of the mentee's goals last changed its progress (kept by the
 * `goals_progress_history` trigger). Goals whose progress never moved are
 * not in the table.
 *
 * Returns: (transfer full): a table from goal id (`gint64 *`) to Unix
 *   seconds (`gint64 *`), or %NULL on error
 */
GHashTable *
rapport_store_goals_last_progress_change (RapportDatabase  *db,
                                          gint64            mentee_id,
                                          GError          **error)
{
  g_autoptr(GHashTable) ret = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = _rapport_database_prepare (db,
      "SELECT p.goal_id, max (p.changed_at) FROM goal_progress_changes p\n"
      "  JOIN goals g ON g.id = p.goal_id\n"
      " WHERE g.mentee_id = ? GROUP BY p.goal_id",
      error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, mentee_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 *k = g_new (gint64, 1);
      gint64 *v = g_new (gint64, 1);

      *k = sqlite3_column_int64 (stmt, 0);
      *v = sqlite3_column_int64 (stmt, 1);
      g_hash_table_insert (ret, k, v);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _rapport_database_set_error (_rapport_database_get_handle (db), rc, error);
      return NULL;
    }

  return g_steal_pointer (&ret);
}
