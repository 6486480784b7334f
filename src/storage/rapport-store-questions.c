/* rapport-store-questions.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-store-private.h"

/* Built-in prompts are rows with a stable key and no text; the model looks
 * the text up in its translated catalogue by that key. */

gboolean
rapport_store_questions_ensure_builtin (RapportDatabase  *db,
                                        const char       *key,
                                        const char       *stage,
                                        const char       *category,
                                        GError          **error)
{
  g_autofree char *uuid = g_uuid_string_random ();
  sqlite3_stmt *stmt;

  if (!(stmt = _rapport_database_prepare (db,
      "INSERT INTO questions (uuid, builtin_key, stage, category, created_at)\n"
      "VALUES (?, ?, ?, ?, unixepoch ())\n"
      "ON CONFLICT (builtin_key) DO UPDATE SET stage = excluded.stage,\n"
      "                                        category = excluded.category\n"
      "  WHERE stage IS NOT excluded.stage OR category IS NOT excluded.category",
      error)))
    return FALSE;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, stage, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, category, -1, SQLITE_TRANSIENT);

  return _rapport_database_step_done (db, stmt, error);
}

#define QUESTION_COLUMNS \
  "q.id, q.uuid, q.builtin_key, q.text, q.stage, q.category, q.tags, q.hidden,\n" \
  "coalesce (q.mentee_id, 0) AS mentee_id, q.created_at, coalesce (q.updated_at, q.created_at) AS updated_at"

/**
 * rapport_store_questions_list:
 * @mentee_id: whose "last asked" to report and whose own prompts to
 *   include, or 0 for every prompt
 *
 * Hidden prompts are included (the bank editor shows them); the mentor's
 * prompts kept for one mentee are included for that mentee only (all of them
 * when @mentee_id is 0).
 *
 * Returns: (transfer full): items with `id`, `uuid`, `builtin-key`, `text`,
 *   `stage`, `category`, `tags`, `hidden`, `mentee-id` and `last-asked-at`,
 *   built-in prompts first, in bank order
 */
GPtrArray *
rapport_store_questions_list (RapportDatabase  *db,
                              GType             item_type,
                              gint64            mentee_id,
                              GError          **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = _rapport_database_prepare (db,
      "SELECT " QUESTION_COLUMNS ",\n"
      "       (SELECT max (a.asked_at) FROM questions_asked a\n"
      "         WHERE a.mentee_id = ?1 AND a.question_id = q.id) AS last_asked_at\n"
      "  FROM questions q\n"
      " WHERE q.deleted_at IS NULL AND (?1 = 0 OR q.mentee_id IS NULL OR q.mentee_id = ?1)\n"
      " ORDER BY q.builtin_key IS NULL, q.id",
      error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, mentee_id);
  return _rapport_database_read_objects (db, stmt, item_type, error);
}

/**
 * rapport_store_questions_list_asked_on_session:
 *
 * Returns: (transfer full): the prompts marked as asked on @session_id (also
 *   hidden or deleted ones: they were asked), in the order they were marked
 */
GPtrArray *
rapport_store_questions_list_asked_on_session (RapportDatabase  *db,
                                               GType             item_type,
                                               gint64            session_id,
                                               GError          **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = _rapport_database_prepare (db,
      "SELECT " QUESTION_COLUMNS ", a.asked_at AS last_asked_at\n"
      "  FROM questions_asked a JOIN questions q ON q.id = a.question_id\n"
      " WHERE a.session_id = ? ORDER BY a.rowid",
      error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, session_id);
  return _rapport_database_read_objects (db, stmt, item_type, error);
}

/* The mentor's own prompts: every field. Built-in prompts keep their text in
 * the catalogue; only their tags and hidden flag are the mentor's. */
gboolean
rapport_store_questions_insert (RapportDatabase  *db,
                                GObject          *item,
                                gint64           *id,
                                GError          **error)
{
  return _rapport_store_insert (db,
    "INSERT INTO questions (uuid, text, stage, category, tags, hidden, mentee_id,\n"
    "                       created_at, updated_at)\n"
    "VALUES (:uuid, :text, :stage, :category, :tags, :hidden, nullif (:mentee_id, 0),\n"
    "        :created_at, :updated_at)",
    item, id, error);
}

gboolean
rapport_store_questions_update (RapportDatabase  *db,
                                GObject          *item,
                                GError          **error)
{
  return _rapport_store_update (db,
    "UPDATE questions SET\n"
    "       text = CASE WHEN builtin_key IS NULL THEN :text END,\n"
    "       stage = CASE WHEN builtin_key IS NULL THEN :stage ELSE stage END,\n"
    "       category = CASE WHEN builtin_key IS NULL THEN :category ELSE category END,\n"
    "       mentee_id = CASE WHEN builtin_key IS NULL THEN nullif (:mentee_id, 0) END,\n"
    "       tags = :tags, hidden = :hidden, updated_at = :updated_at\n"
    " WHERE id = :id AND deleted_at IS NULL",
    item, error);
}

/* Deletes one of the mentor's own prompts; built-in ones can only be hidden.
 * The rows in questions_asked stay, so what was asked stays on record. */
gboolean
rapport_store_questions_set_deleted (RapportDatabase  *db,
                                     gint64            question_id,
                                     gint64            deleted_at,
                                     GError          **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = _rapport_database_prepare (db,
      "UPDATE questions SET deleted_at = nullif (?, 0) WHERE id = ? AND builtin_key IS NULL",
      error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, deleted_at);
  sqlite3_bind_int64 (stmt, 2, question_id);
  return _rapport_database_step_done (db, stmt, error);
}

gboolean
rapport_store_questions_set_asked_on_session (RapportDatabase  *db,
                                              gint64            question_id,
                                              gint64            mentee_id,
                                              gint64            session_id,
                                              gint64            asked_at,
                                              gboolean          asked,
                                              GError          **error)
{
  sqlite3_stmt *stmt;

  /* Remove first, so marking twice keeps one row. */
  if (!(stmt = _rapport_database_prepare (db,
      "DELETE FROM questions_asked WHERE question_id = ? AND session_id = ?", error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, question_id);
  sqlite3_bind_int64 (stmt, 2, session_id);
  if (!_rapport_database_step_done (db, stmt, error))
    return FALSE;

  if (!asked)
    return TRUE;

  if (!(stmt = _rapport_database_prepare (db,
      "INSERT INTO questions_asked (question_id, mentee_id, session_id, asked_at)\n"
      "VALUES (?, ?, ?, ?)",
      error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, question_id);
  sqlite3_bind_int64 (stmt, 2, mentee_id);
  sqlite3_bind_int64 (stmt, 3, session_id);
  sqlite3_bind_int64 (stmt, 4, asked_at);
  return _rapport_database_step_done (db, stmt, error);
}

gboolean
rapport_store_questions_mark_asked (RapportDatabase  *db,
                                    gint64            question_id,
                                    gint64            mentee_id,
                                    gint64            asked_at,
                                    GError          **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = _rapport_database_prepare (db,
      "INSERT INTO questions_asked (question_id, mentee_id, asked_at) VALUES (?, ?, ?)",
      error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, question_id);
  sqlite3_bind_int64 (stmt, 2, mentee_id);
  sqlite3_bind_int64 (stmt, 3, asked_at);

  return _rapport_database_step_done (db, stmt, error);
}
