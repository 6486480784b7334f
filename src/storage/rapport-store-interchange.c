/* rapport-store-interchange.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-store-interchange.h"
#include "rapport-store-private.h"

/* Kept apart from the per-table files because the queries cross tables (an
 * asked question names its prompt and its meeting by uuid) and because they
 * write what the rest of the application never writes: rows with timestamps
 * of another notebook. */

void
rapport_store_asked_free (RapportStoreAsked *asked)
{
  if (asked == NULL)
    return;

  g_free (asked->question_uuid);
  g_free (asked->builtin_key);
  g_free (asked->session_uuid);
  g_free (asked);
}

static char *
dup_column_text (sqlite3_stmt *stmt,
                 int           col)
{
  return g_strdup ((const char *)sqlite3_column_text (stmt, col));
}

/**
 * rapport_store_interchange_list_questions:
 * @for_export: %TRUE for what an export writes: the mentor's own prompts
 *   (also deleted ones, which stay on record where they were asked) except
 *   those kept for a mentee in the trash, and the built-in prompts the
 *   mentor changed (tagged or hidden: their `updated_at` is set). %FALSE for
 *   every row, for the importer's lookups.
 *
 * Returns: (transfer full): items with `id`, `uuid`, `builtin-key`, `text`,
 *   `stage`, `category`, `tags`, `hidden`, `mentee-id`, `created-at`,
 *   `updated-at` (%NULL when never changed) and `deleted-at`; built-in
 *   prompts first by key, then the mentor's in the order they were added
 */
GPtrArray *
rapport_store_interchange_list_questions (RapportDatabase  *db,
                                          GType             item_type,
                                          gboolean          for_export,
                                          GError          **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = _rapport_database_prepare (db,
      "SELECT q.id, q.uuid, q.builtin_key, q.text, q.stage, q.category, q.tags, q.hidden,\n"
      "       coalesce (q.mentee_id, 0) AS mentee_id, q.created_at, q.updated_at, q.deleted_at\n"
      "  FROM questions q LEFT JOIN mentees m ON m.id = q.mentee_id\n"
      " WHERE ?1 = 0\n"
      "    OR (q.builtin_key IS NULL AND m.deleted_at IS NULL)\n"
      "    OR (q.builtin_key IS NOT NULL AND q.updated_at IS NOT NULL)\n"
      " ORDER BY q.builtin_key IS NULL, q.builtin_key, q.id",
      error)))
    return NULL;

  sqlite3_bind_int (stmt, 1, for_export);
  return _rapport_database_read_objects (db, stmt, item_type, error);
}

/**
 * rapport_store_interchange_list_asked:
 * @mentee_id: the mentee
 *
 * Asks in a meeting now in the trash are left out, as the meeting is.
 *
 * Returns: (transfer full): #RapportStoreAsked, oldest first
 */
GPtrArray *
rapport_store_interchange_list_asked (RapportDatabase  *db,
                                      gint64            mentee_id,
                                      GError          **error)
{
  g_autoptr(GPtrArray) ret = g_ptr_array_new_with_free_func ((GDestroyNotify)rapport_store_asked_free);
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = _rapport_database_prepare (db,
      "SELECT CASE WHEN q.builtin_key IS NULL THEN q.uuid END, q.builtin_key, s.uuid, a.asked_at\n"
      "  FROM questions_asked a JOIN questions q ON q.id = a.question_id\n"
      "  LEFT JOIN sessions s ON s.id = a.session_id\n"
      " WHERE a.mentee_id = ? AND (a.session_id IS NULL OR s.deleted_at IS NULL)\n"
      " ORDER BY a.asked_at, a.rowid",
      error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, mentee_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RapportStoreAsked *asked = g_new0 (RapportStoreAsked, 1);

      asked->question_uuid = dup_column_text (stmt, 0);
      asked->builtin_key = dup_column_text (stmt, 1);
      asked->session_uuid = dup_column_text (stmt, 2);
      asked->asked_at = sqlite3_column_int64 (stmt, 3);
      g_ptr_array_add (ret, asked);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _rapport_database_set_error (_rapport_database_get_handle (db), rc, error);
      return NULL;
    }

  return g_steal_pointer (&ret);
}

/**
 * rapport_store_interchange_list_progress_changes:
 * @mentee_id: the mentee
 *
 * Returns: (transfer full): #RapportStoreProgressChange of the mentee's
 *   goals not in the trash, by goal, oldest first
 */
GPtrArray *
rapport_store_interchange_list_progress_changes (RapportDatabase  *db,
                                                 gint64            mentee_id,
                                                 GError          **error)
{
  g_autoptr(GPtrArray) ret = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = _rapport_database_prepare (db,
      "SELECT p.goal_id, p.old_progress, p.new_progress, p.changed_at\n"
      "  FROM goal_progress_changes p JOIN goals g ON g.id = p.goal_id\n"
      " WHERE g.mentee_id = ? AND g.deleted_at IS NULL\n"
      " ORDER BY p.goal_id, p.changed_at, p.id",
      error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, mentee_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RapportStoreProgressChange *change = g_new0 (RapportStoreProgressChange, 1);

      change->goal_id = sqlite3_column_int64 (stmt, 0);
      change->old_progress = sqlite3_column_int (stmt, 1);
      change->new_progress = sqlite3_column_int (stmt, 2);
      change->changed_at = sqlite3_column_int64 (stmt, 3);
      g_ptr_array_add (ret, change);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _rapport_database_set_error (_rapport_database_get_handle (db), rc, error);
      return NULL;
    }

  return g_steal_pointer (&ret);
}

/* Saving through the repository stamps a record with the time of the save;
 * an imported record gets the file's times back with this. */
gboolean
rapport_store_interchange_set_timestamps (RapportDatabase    *db,
                                          RapportStoreTable   table,
                                          gint64              id,
                                          gint64              created_at,
                                          gint64              updated_at,
                                          GError            **error)
{
  static const char * const sql[] = {
    [RAPPORT_STORE_TABLE_MENTEES] = "UPDATE mentees SET created_at = ?, updated_at = ? WHERE id = ?",
    [RAPPORT_STORE_TABLE_SESSIONS] = "UPDATE sessions SET created_at = ?, updated_at = ? WHERE id = ?",
    [RAPPORT_STORE_TABLE_COMMITMENTS] = "UPDATE commitments SET created_at = ?, updated_at = ? WHERE id = ?",
    [RAPPORT_STORE_TABLE_GOALS] = "UPDATE goals SET created_at = ?, updated_at = ? WHERE id = ?",
  };
  sqlite3_stmt *stmt;

  g_return_val_if_fail ((guint)table < G_N_ELEMENTS (sql), FALSE);

  if (!(stmt = _rapport_database_prepare (db, sql[table], error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, created_at);
  sqlite3_bind_int64 (stmt, 2, updated_at);
  sqlite3_bind_int64 (stmt, 3, id);
  return _rapport_database_step_done (db, stmt, error);
}

/* One of the mentor's own prompts, with its uuid, times and deletion. */
gboolean
rapport_store_interchange_insert_question (RapportDatabase  *db,
                                           GObject          *item,
                                           gint64           *id,
                                           GError          **error)
{
  return _rapport_store_insert (db,
    "INSERT INTO questions (uuid, text, stage, category, tags, hidden, mentee_id,\n"
    "                       created_at, updated_at, deleted_at)\n"
    "VALUES (:uuid, :text, :stage, :category, :tags, :hidden, nullif (:mentee_id, 0),\n"
    "        :created_at, :updated_at, :deleted_at)",
    item, id, error);
}

/* As rapport_store_questions_update(), also for a deleted prompt and with
 * its deletion: a built-in prompt keeps its catalogue fields. */
gboolean
rapport_store_interchange_update_question (RapportDatabase  *db,
                                           GObject          *item,
                                           GError          **error)
{
  return _rapport_store_update (db,
    "UPDATE questions SET\n"
    "       text = CASE WHEN builtin_key IS NULL THEN :text END,\n"
    "       stage = CASE WHEN builtin_key IS NULL THEN :stage ELSE stage END,\n"
    "       category = CASE WHEN builtin_key IS NULL THEN :category ELSE category END,\n"
    "       mentee_id = CASE WHEN builtin_key IS NULL THEN nullif (:mentee_id, 0) END,\n"
    "       deleted_at = CASE WHEN builtin_key IS NULL THEN :deleted_at END,\n"
    "       tags = :tags, hidden = :hidden, updated_at = :updated_at\n"
    " WHERE id = :id",
    item, error);
}

static gboolean
step_added (RapportDatabase  *db,
            sqlite3_stmt     *stmt,
            gboolean         *added,
            GError          **error)
{
  if (!_rapport_database_step_done (db, stmt, error))
    return FALSE;
  if (added != NULL)
    *added = sqlite3_changes (_rapport_database_get_handle (db)) > 0;
  return TRUE;
}

/* An ask in a meeting is one row per prompt and meeting, as
 * rapport_store_questions_set_asked_on_session() keeps it: a different time
 * updates the row. An ask outside a meeting is identified by its time. */
gboolean
rapport_store_interchange_add_asked (RapportDatabase     *db,
                                     gint64               question_id,
                                     gint64               mentee_id,
                                     gint64               session_id,
                                     gint64               asked_at,
                                     RapportStoreMerge   *merge,
                                     GError             **error)
{
  sqlite3_stmt *stmt;
  gint64 existing = -1;
  int rc;

  if (!(stmt = _rapport_database_prepare (db,
      "SELECT asked_at FROM questions_asked\n"
      " WHERE question_id = ?1 AND mentee_id = ?2 AND session_id IS nullif (?3, 0)\n"
      "   AND (?3 != 0 OR asked_at = ?4)\n"
      " LIMIT 1",
      error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, question_id);
  sqlite3_bind_int64 (stmt, 2, mentee_id);
  sqlite3_bind_int64 (stmt, 3, session_id);
  sqlite3_bind_int64 (stmt, 4, asked_at);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    existing = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return _rapport_database_set_error (_rapport_database_get_handle (db), rc, error);

  if (existing == asked_at)
    {
      *merge = RAPPORT_STORE_MERGE_UNCHANGED;
      return TRUE;
    }

  if (existing >= 0)
    {
      *merge = RAPPORT_STORE_MERGE_UPDATED;
      stmt = _rapport_database_prepare (db,
        "UPDATE questions_asked SET asked_at = ?4\n"
        " WHERE question_id = ?1 AND mentee_id = ?2 AND session_id = ?3",
        error);
    }
  else
    {
      *merge = RAPPORT_STORE_MERGE_ADDED;
      stmt = _rapport_database_prepare (db,
        "INSERT INTO questions_asked (question_id, mentee_id, session_id, asked_at)\n"
        "VALUES (?1, ?2, nullif (?3, 0), ?4)",
        error);
    }
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, question_id);
  sqlite3_bind_int64 (stmt, 2, mentee_id);
  sqlite3_bind_int64 (stmt, 3, session_id);
  sqlite3_bind_int64 (stmt, 4, asked_at);
  return _rapport_database_step_done (db, stmt, error);
}

gboolean
rapport_store_interchange_add_due_change (RapportDatabase  *db,
                                          gint64            commitment_id,
                                          const char       *old_date,
                                          const char       *old_time,
                                          const char       *new_date,
                                          const char       *new_time,
                                          const char       *reason,
                                          gint64            changed_at,
                                          gboolean         *added,
                                          GError          **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = _rapport_database_prepare (db,
      "INSERT INTO commitment_due_changes (commitment_id, old_due_date, old_due_time,\n"
      "                                    new_due_date, new_due_time, reason, changed_at)\n"
      "SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7 WHERE NOT EXISTS (\n"
      "  SELECT 1 FROM commitment_due_changes WHERE commitment_id = ?1\n"
      "     AND old_due_date IS ?2 AND old_due_time IS ?3 AND new_due_date IS ?4\n"
      "     AND new_due_time IS ?5 AND reason IS ?6 AND changed_at = ?7)",
      error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, commitment_id);
  sqlite3_bind_text (stmt, 2, old_date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, old_time, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, new_date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, new_time, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, reason, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 7, changed_at);
  return step_added (db, stmt, added, error);
}

gboolean
rapport_store_interchange_add_status_change (RapportDatabase  *db,
                                             gint64            commitment_id,
                                             const char       *old_status,
                                             const char       *new_status,
                                             const char       *reason,
                                             gint64            changed_at,
                                             gboolean         *added,
                                             GError          **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = _rapport_database_prepare (db,
      "INSERT INTO commitment_status_changes (commitment_id, old_status, new_status, reason,\n"
      "                                       changed_at)\n"
      "SELECT ?1, ?2, ?3, ?4, ?5 WHERE NOT EXISTS (\n"
      "  SELECT 1 FROM commitment_status_changes WHERE commitment_id = ?1\n"
      "     AND old_status = ?2 AND new_status = ?3 AND reason IS ?4 AND changed_at = ?5)",
      error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, commitment_id);
  sqlite3_bind_text (stmt, 2, old_status, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, new_status, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, reason, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 5, changed_at);
  return step_added (db, stmt, added, error);
}

gboolean
rapport_store_interchange_add_progress_change (RapportDatabase  *db,
                                               gint64            goal_id,
                                               int               old_progress,
                                               int               new_progress,
                                               gint64            changed_at,
                                               gboolean         *added,
                                               GError          **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = _rapport_database_prepare (db,
      "INSERT INTO goal_progress_changes (goal_id, old_progress, new_progress, changed_at)\n"
      "SELECT ?1, ?2, ?3, ?4 WHERE NOT EXISTS (\n"
      "  SELECT 1 FROM goal_progress_changes WHERE goal_id = ?1 AND old_progress = ?2\n"
      "     AND new_progress = ?3 AND changed_at = ?4)",
      error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, goal_id);
  sqlite3_bind_int (stmt, 2, old_progress);
  sqlite3_bind_int (stmt, 3, new_progress);
  sqlite3_bind_int64 (stmt, 4, changed_at);
  return step_added (db, stmt, added, error);
}

/* The newest row of a history table, so the rows that saves add after it
 * (a due date moved, the progress trigger) can be told apart. */
gint64
rapport_store_interchange_last_history_id (RapportDatabase     *db,
                                           RapportStoreHistory  history)
{
  switch (history)
    {
    case RAPPORT_STORE_HISTORY_DUE_CHANGES:
      return _rapport_database_query_int (db, "SELECT coalesce (max (id), 0) FROM commitment_due_changes", 0);
    case RAPPORT_STORE_HISTORY_STATUS_CHANGES:
      return _rapport_database_query_int (db, "SELECT coalesce (max (id), 0) FROM commitment_status_changes", 0);
    case RAPPORT_STORE_HISTORY_PROGRESS_CHANGES:
    default:
      return _rapport_database_query_int (db, "SELECT coalesce (max (id), 0) FROM goal_progress_changes", 0);
    }
}

gboolean
rapport_store_interchange_drop_history_after (RapportDatabase      *db,
                                              RapportStoreHistory   history,
                                              gint64                owner_id,
                                              gint64                after_id,
                                              GError              **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = _rapport_database_prepare (db,
      history == RAPPORT_STORE_HISTORY_DUE_CHANGES
        ? "DELETE FROM commitment_due_changes WHERE commitment_id = ? AND id > ?"
        : history == RAPPORT_STORE_HISTORY_STATUS_CHANGES
        ? "DELETE FROM commitment_status_changes WHERE commitment_id = ? AND id > ?"
        : "DELETE FROM goal_progress_changes WHERE goal_id = ? AND id > ?",
      error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, owner_id);
  sqlite3_bind_int64 (stmt, 2, after_id);
  return _rapport_database_step_done (db, stmt, error);
}
