/* rapport-store-search.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-store-private.h"

#include <string.h>

/**
 * rapport_store_search_build_query:
 * @text: what the mentor typed
 *
 * Turns free text into an FTS5 query in which every word is a quoted string
 * (an embedded `"` doubled), so operators, parentheses, `AND` or a stray
 * quote in the input are searched for, never parsed. All words must match;
 * the last one also matches as a prefix while the mentor is still typing.
 *
 * Returns: (transfer full) (nullable): the query, or %NULL if @text has no
 *   words
 */
char *
rapport_store_search_build_query (const char *text)
{
  g_autoptr(GString) query = g_string_new (NULL);
  g_auto(GStrv) words = NULL;
  guint n = 0;
  gboolean prefix;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return NULL;

  words = g_strsplit_set (text, " \t\n\r\f\v", -1);
  prefix = text[0] != 0 && !g_ascii_isspace (text[strlen (text) - 1]);

  for (guint i = 0; words[i]; i++)
    {
      const char *w = words[i];

      if (w[0] == 0)
        continue;

      if (n++ > 0)
        g_string_append_c (query, ' ');

      g_string_append_c (query, '"');
      for (const char *p = w; *p; p++)
        {
          if (*p == '"')
            g_string_append_c (query, '"');
          g_string_append_c (query, *p);
        }
      g_string_append_c (query, '"');
    }

  if (n == 0)
    return NULL;

  if (prefix)
    g_string_append_c (query, '*');

  return g_string_free (g_steal_pointer (&query), FALSE);
}

/* Ranking every match by bm25 costs time proportional to the number of
 * matches: tens of milliseconds for a common word in a ten-year notebook.
 * So each source takes its @limit newest matches (rowid order, which FTS5 walks
 * incrementally and stops early; rowids grow with time), only those get a
 * bm25 score and a snippet, rows in the trash are dropped, and the sources
 * are merged by score. For a rare word that is every match; for a common
 * one the best of the recent ones, which is what a mentor looks for. The
 * sources are every text the mentor writes: meetings, promises, goals and
 * the whole profile (mentees_fts reads it through the mentees_search view,
 * which gives the boundaries' topics).
 * Snippet matches are marked with \002 … \003. */
static const char search_sql[] =
  "SELECT kind, item_id, mentee_id, mentee_name, starts_at, title, snippet, score FROM (\n"
  "  SELECT 'session' AS kind, s.id AS item_id, s.mentee_id, m.name AS mentee_name,\n"
  "         s.starts_at, NULL AS title, f.snip AS snippet, f.score\n"
  "    FROM (SELECT rowid, rank AS score,\n"
  "                 snippet (sessions_fts, -1, char (2), char (3), '…', 12) AS snip\n"
  "            FROM sessions_fts WHERE sessions_fts MATCH :query\n"
  "           ORDER BY rowid DESC LIMIT :inner_limit) f\n"
  "    JOIN sessions s ON s.id = f.rowid JOIN mentees m ON m.id = s.mentee_id\n"
  "   WHERE s.deleted_at IS NULL AND m.deleted_at IS NULL\n"
  "  UNION ALL\n"
  "  SELECT 'commitment', c.id, c.mentee_id, m.name, NULL, c.title, f.snip, f.score\n"
  "    FROM (SELECT rowid, rank AS score,\n"
  "                 snippet (commitments_fts, -1, char (2), char (3), '…', 12) AS snip\n"
  "            FROM commitments_fts WHERE commitments_fts MATCH :query\n"
  "           ORDER BY rowid DESC LIMIT :inner_limit) f\n"
  "    JOIN commitments c ON c.id = f.rowid JOIN mentees m ON m.id = c.mentee_id\n"
  "   WHERE c.deleted_at IS NULL AND m.deleted_at IS NULL\n"
  "  UNION ALL\n"
  "  SELECT 'goal', g.id, g.mentee_id, m.name, NULL, g.title, f.snip, f.score\n"
  "    FROM (SELECT rowid, rank AS score,\n"
  "                 snippet (goals_fts, -1, char (2), char (3), '…', 12) AS snip\n"
  "            FROM goals_fts WHERE goals_fts MATCH :query\n"
  "           ORDER BY rowid DESC LIMIT :inner_limit) f\n"
  "    JOIN goals g ON g.id = f.rowid JOIN mentees m ON m.id = g.mentee_id\n"
  "   WHERE g.deleted_at IS NULL AND m.deleted_at IS NULL\n"
  "  UNION ALL\n"
  "  SELECT 'mentee', m.id, m.id, m.name, NULL, m.name, f.snip, f.score\n"
  "    FROM (SELECT rowid, rank AS score,\n"
  "                 snippet (mentees_fts, -1, char (2), char (3), '…', 12) AS snip\n"
  "            FROM mentees_fts WHERE mentees_fts MATCH :query\n"
  "           ORDER BY rowid DESC LIMIT :inner_limit) f\n"
  "    JOIN mentees m ON m.id = f.rowid\n"
  "   WHERE m.deleted_at IS NULL\n"
  ") ORDER BY score, kind, item_id LIMIT :limit";

/**
 * rapport_store_search:
 * @text: free text (see rapport_store_search_build_query())
 * @limit: the most results to return
 *
 * Returns: (transfer full): items of @item_type with the properties `kind`
 *   (`session`, `commitment`, `goal` or `mentee` for the profile),
 *   `item-id`, `mentee-id`, `mentee-name`, `starts-at`, `title`, `snippet`
 *   and `score` (lower is better), best first
 */
GPtrArray *
rapport_store_search (RapportDatabase  *db,
                      GType             item_type,
                      const char       *text,
                      guint             limit,
                      GError          **error)
{
  g_autofree char *query = rapport_store_search_build_query (text);
  sqlite3_stmt *stmt;

  if (query == NULL || limit == 0)
    return g_ptr_array_new_with_free_func (g_object_unref);

  if (!(stmt = _rapport_database_prepare (db, search_sql, error)))
    return NULL;

  sqlite3_bind_text (stmt, sqlite3_bind_parameter_index (stmt, ":query"), query, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, sqlite3_bind_parameter_index (stmt, ":inner_limit"), limit);
  sqlite3_bind_int (stmt, sqlite3_bind_parameter_index (stmt, ":limit"), limit);

  return _rapport_database_read_objects (db, stmt, item_type, error);
}
