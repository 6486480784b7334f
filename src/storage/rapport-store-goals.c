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
