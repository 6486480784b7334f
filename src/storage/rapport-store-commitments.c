/* rapport-store-commitments.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-store-private.h"

#define COMMITMENT_COLUMNS \
  "c.id, c.uuid, c.mentee_id, c.session_id, c.owner, c.kind, c.title, c.details, c.due_date,\n" \
  "c.due_time, c.status, c.done_at, c.created_at, c.updated_at, c.deleted_at,\n" \
  "(SELECT count(*) FROM commitment_due_changes d WHERE d.commitment_id = c.id) AS renegotiations"

/**
 * rapport_store_commitments_list:
 *
 * Returns: (transfer full): the mentee's commitments not in the trash: open
 *   ones first by due date (undated last), then closed ones, newest first
 */
GPtrArray *
rapport_store_commitments_list (RapportDatabase  *db,
                                GType             item_type,
                                gint64            mentee_id,
                                GError          **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = _rapport_database_prepare (db,
      "SELECT " COMMITMENT_COLUMNS " FROM commitments c\n"
      " WHERE c.mentee_id = ? AND c.deleted_at IS NULL\n"
      " ORDER BY c.status != 'open', c.due_date IS NULL, c.due_date, c.due_time IS NULL,\n"
      "          c.due_time, c.updated_at DESC, c.id",
      error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, mentee_id);
  return _rapport_database_read_objects (db, stmt, item_type, error);
}

GObject *
rapport_store_commitments_get (RapportDatabase  *db,
                               GType             item_type,
                               gint64            id,
                               GError          **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  sqlite3_stmt *stmt;

  if (!(stmt = _rapport_database_prepare (db,
      "SELECT " COMMITMENT_COLUMNS " FROM commitments c WHERE c.id = ?", error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!(rows = _rapport_database_read_objects (db, stmt, item_type, error)))
    return NULL;
  if (rows->len == 0)
    {
      g_set_error (error, RAPPORT_DATABASE_ERROR, RAPPORT_DATABASE_ERROR_FAILED,
                   _("The promise no longer exists in the notebook."));
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (rows, 0));
}

/**
 * rapport_store_commitments_list_open_due:
 * @until_date: the last due date included (YYYY-MM-DD)
 *
 * Open commitments of both owners due on or before @until_date, of mentees
 * not in the trash nor archived, with the columns of the Today agenda
 * (`item_id`, `mentee_id`, `mentee_name`, `title`, `owner`, `due_date`,
 * `due_time`), earliest first. Uses commitments_by_due.
 */
GPtrArray *
rapport_store_commitments_list_open_due (RapportDatabase  *db,
                                         GType             item_type,
                                         const char       *until_date,
                                         GError          **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = _rapport_database_prepare (db,
      "SELECT c.id AS item_id, c.mentee_id, m.name AS mentee_name, c.title, c.owner,\n"
      "       c.due_date, c.due_time\n"
      "  FROM commitments c JOIN mentees m ON m.id = c.mentee_id\n"
      " WHERE c.owner IN ('mentor', 'mentee') AND c.status = 'open' AND c.due_date <= ?\n"
      "   AND c.deleted_at IS NULL AND m.deleted_at IS NULL AND m.status != 'archived'\n"
      " ORDER BY c.due_date, c.due_time IS NULL, c.due_time, c.id",
      error)))
    return NULL;

  sqlite3_bind_text (stmt, 1, until_date, -1, SQLITE_TRANSIENT);
  return _rapport_database_read_objects (db, stmt, item_type, error);
}

gboolean
rapport_store_commitments_insert (RapportDatabase  *db,
                                  GObject          *item,
                                  gint64           *id,
                                  GError          **error)
{
  return _rapport_store_insert (db,
    "INSERT INTO commitments (uuid, mentee_id, session_id, owner, kind, title, details,\n"
    "                         due_date, due_time, status, done_at, created_at, updated_at)\n"
    "VALUES (:uuid, :mentee_id, nullif (:session_id, 0), :owner, :kind, :title, :details,\n"
    "        :due_date, :due_time, :status, :done_at, :created_at, :updated_at)",
    item, id, error);
}

gboolean
rapport_store_commitments_update (RapportDatabase  *db,
                                  GObject          *item,
                                  GError          **error)
{
  return _rapport_store_update (db,
    "UPDATE commitments SET session_id = nullif (:session_id, 0), owner = :owner, kind = :kind,\n"
    "       title = :title, details = :details, due_date = :due_date, due_time = :due_time,\n"
    "       status = :status, done_at = :done_at, updated_at = :updated_at\n"
    " WHERE id = :id",
    item, error);
}

gboolean
rapport_store_commitments_add_due_change (RapportDatabase  *db,
                                          gint64            commitment_id,
                                          const char       *old_date,
                                          const char       *old_time,
                                          const char       *new_date,
                                          const char       *new_time,
                                          const char       *reason,
                                          gint64            changed_at,
                                          GError          **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = _rapport_database_prepare (db,
      "INSERT INTO commitment_due_changes (commitment_id, old_due_date, old_due_time,\n"
      "                                    new_due_date, new_due_time, reason, changed_at)\n"
      "VALUES (?, ?, ?, ?, ?, ?, ?)",
      error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, commitment_id);
  sqlite3_bind_text (stmt, 2, old_date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, old_time, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, new_date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, new_time, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, reason, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 7, changed_at);

  return _rapport_database_step_done (db, stmt, error);
}

gboolean
rapport_store_commitments_add_status_change (RapportDatabase  *db,
                                             gint64            commitment_id,
                                             const char       *old_status,
                                             const char       *new_status,
                                             const char       *reason,
                                             gint64            changed_at,
                                             GError          **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = _rapport_database_prepare (db,
      "INSERT INTO commitment_status_changes (commitment_id, old_status, new_status, reason,\n"
      "                                       changed_at)\n"
      "VALUES (?, ?, ?, ?, ?)",
      error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, commitment_id);
  sqlite3_bind_text (stmt, 2, old_status, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, new_status, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, reason, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 5, changed_at);

  return _rapport_database_step_done (db, stmt, error);
}

/**
 * rapport_store_commitments_list_status_changes:
 * @mentee_id: one mentee, or 0 for all
 * @commitment_id: one promise, or 0 for all of @mentee_id's
 *
 * Returns: (transfer full): items with `id`, `commitment-id`, `mentee-id`,
 *   `old-status`, `new-status`, `reason` and `changed-at`, by promise,
 *   oldest change first
 */
GPtrArray *
rapport_store_commitments_list_status_changes (RapportDatabase  *db,
                                               GType             item_type,
                                               gint64            mentee_id,
                                               gint64            commitment_id,
                                               GError          **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = _rapport_database_prepare (db,
      "SELECT s.id, s.commitment_id, c.mentee_id, s.old_status, s.new_status, s.reason,\n"
      "       s.changed_at\n"
      "  FROM commitment_status_changes s JOIN commitments c ON c.id = s.commitment_id\n"
      " WHERE (?1 = 0 OR c.mentee_id = ?1) AND (?2 = 0 OR c.id = ?2) AND c.deleted_at IS NULL\n"
      " ORDER BY s.commitment_id, s.changed_at, s.id",
      error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, mentee_id);
  sqlite3_bind_int64 (stmt, 2, commitment_id);
  return _rapport_database_read_objects (db, stmt, item_type, error);
}

int
rapport_store_commitments_count_due_changes (RapportDatabase *db,
                                             gint64           commitment_id)
{
  sqlite3_stmt *stmt;
  int ret = 0;

  if (!(stmt = _rapport_database_prepare (db,
      "SELECT count(*) FROM commitment_due_changes WHERE commitment_id = ?", NULL)))
    return 0;

  sqlite3_bind_int64 (stmt, 1, commitment_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    ret = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);

  return ret;
}

/**
 * rapport_store_commitments_list_by_owner:
 * @mentee_id: one mentee, or 0 for every mentee not in the trash
 * @owner: `mentor` or `mentee`
 *
 * For the follow-through ledger: every promise of @owner not in the trash,
 * whatever its status.
 *
 * Returns: (transfer full): the promises by mentee, then creation
 */
GPtrArray *
rapport_store_commitments_list_by_owner (RapportDatabase  *db,
                                         GType             item_type,
                                         gint64            mentee_id,
                                         const char       *owner,
                                         GError          **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = _rapport_database_prepare (db,
      "SELECT " COMMITMENT_COLUMNS " FROM commitments c JOIN mentees m ON m.id = c.mentee_id\n"
      " WHERE (?1 = 0 OR c.mentee_id = ?1) AND c.owner = ?2\n"
      "   AND c.deleted_at IS NULL AND m.deleted_at IS NULL\n"
      " ORDER BY c.mentee_id, c.created_at, c.id",
      error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, mentee_id);
  sqlite3_bind_text (stmt, 2, owner, -1, SQLITE_TRANSIENT);
  return _rapport_database_read_objects (db, stmt, item_type, error);
}

/**
 * rapport_store_commitments_list_due_changes:
 * @mentee_id: one mentee, or 0 for all
 *
 * Returns: (transfer full): items with `id`, `commitment-id`, `mentee-id`,
 *   `old-due-date`, `old-due-time`, `new-due-date`, `new-due-time`,
 *   `reason` and `changed-at`, by promise, oldest change first
 */
GPtrArray *
rapport_store_commitments_list_due_changes (RapportDatabase  *db,
                                            GType             item_type,
                                            gint64            mentee_id,
                                            GError          **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = _rapport_database_prepare (db,
      "SELECT d.id, d.commitment_id, c.mentee_id, d.old_due_date, d.old_due_time,\n"
      "       d.new_due_date, d.new_due_time, d.reason, d.changed_at\n"
      "  FROM commitment_due_changes d JOIN commitments c ON c.id = d.commitment_id\n"
      " WHERE (?1 = 0 OR c.mentee_id = ?1) AND c.deleted_at IS NULL\n"
      " ORDER BY d.commitment_id, d.changed_at, d.id",
      error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, mentee_id);
  return _rapport_database_read_objects (db, stmt, item_type, error);
}
