/* rapport-store-trash.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-store-private.h"

/* Deleting moves a row to the trash by setting deleted_at; a mentee in the
 * trash hides its sessions, promises and goals through the joins of the list
 * queries without touching them, so restoring brings everything back. */

/**
 * rapport_store_set_deleted:
 * @deleted_at: Unix seconds to move to the trash, 0 to restore
 */
gboolean
rapport_store_set_deleted (RapportDatabase    *db,
                           RapportStoreTable   table,
                           gint64              id,
                           gint64              deleted_at,
                           GError            **error)
{
  static const char * const sql[] = {
    [RAPPORT_STORE_TABLE_MENTEES] = "UPDATE mentees SET deleted_at = nullif (?, 0) WHERE id = ?",
    [RAPPORT_STORE_TABLE_SESSIONS] = "UPDATE sessions SET deleted_at = nullif (?, 0) WHERE id = ?",
    [RAPPORT_STORE_TABLE_COMMITMENTS] = "UPDATE commitments SET deleted_at = nullif (?, 0) WHERE id = ?",
    [RAPPORT_STORE_TABLE_GOALS] = "UPDATE goals SET deleted_at = nullif (?, 0) WHERE id = ?",
  };
  sqlite3_stmt *stmt;

  g_return_val_if_fail (table <= RAPPORT_STORE_TABLE_GOALS, FALSE);

  if (!(stmt = _rapport_database_prepare (db, sql[table], error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, deleted_at);
  sqlite3_bind_int64 (stmt, 2, id);
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

/**
 * rapport_store_purge_trash:
 * @deleted_before: Unix seconds; rows trashed before are removed for good
 *
 * Deletes for good. Foreign keys cascade from a mentee to its sessions,
 * promises and goals; the FTS delete triggers fire for those rows too.
 */
gboolean
rapport_store_purge_trash (RapportDatabase  *db,
                           gint64            deleted_before,
                           GError          **error)
{
  static const char * const sql[] = {
    "DELETE FROM commitments WHERE deleted_at < ?",
    "DELETE FROM goals WHERE deleted_at < ?",
    "DELETE FROM sessions WHERE deleted_at < ?",
    "DELETE FROM mentees WHERE deleted_at < ?",
  };

  for (guint i = 0; i < G_N_ELEMENTS (sql); i++)
    {
      sqlite3_stmt *stmt;

      if (!(stmt = _rapport_database_prepare (db, sql[i], error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, deleted_before);
      if (!_rapport_database_step_done (db, stmt, error))
        return FALSE;
    }

  return TRUE;
}

int
rapport_store_count_trash (RapportDatabase *db)
{
  return (int)_rapport_database_query_int (db, "SELECT count(*) FROM trash", 0);
}
