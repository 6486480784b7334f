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

/**
 * rapport_store_questions_list:
 * @mentee_id: whose "last asked" to report, or 0
 *
 * Returns: (transfer full): items with `id`, `uuid`, `builtin-key`, `text`,
 *   `stage`, `category` and `last-asked-at`, in bank order
 */
GPtrArray *
rapport_store_questions_list (RapportDatabase  *db,
                              GType             item_type,
                              gint64            mentee_id,
                              GError          **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = _rapport_database_prepare (db,
      "SELECT q.id, q.uuid, q.builtin_key, q.text, q.stage, q.category,\n"
      "       (SELECT max (a.asked_at) FROM questions_asked a\n"
      "         WHERE a.mentee_id = ? AND a.question_id = q.id) AS last_asked_at\n"
      "  FROM questions q WHERE q.deleted_at IS NULL ORDER BY q.id",
      error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, mentee_id);
  return _rapport_database_read_objects (db, stmt, item_type, error);
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
