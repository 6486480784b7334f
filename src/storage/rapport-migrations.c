/* rapport-migrations.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-migrations"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-database-private.h"

/* Each entry brings a notebook from version N-1 to version N. A released
 * entry is never edited: a change to the schema is a new entry, and
 * tests/data/notebook-v<N>.sql keeps a notebook of every earlier version so
 * the test suite migrates real files.
 *
 * Conventions: instants are INTEGER Unix seconds (UTC); calendar dates are
 * TEXT 'YYYY-MM-DD' (a local date) checked with date(); enums are TEXT with
 * the spellings of the JSON format; deleted_at marks a row in the trash. */

static const char migration_1[] =
  "PRAGMA application_id = 1382117488;\n"

  "CREATE TABLE mentees (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),\n"
  "  name TEXT NOT NULL CHECK (length (trim (name)) > 0),\n"
  "  pronouns TEXT,\n"
  "  role TEXT,\n"
  "  organization TEXT,\n"
  "  contact TEXT,\n"
  "  how_we_met TEXT,\n"
  "  started_on TEXT CHECK (started_on IS NULL OR date (started_on) IS started_on),\n"
  "  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'archived')),\n"
  "  cadence_days INTEGER NOT NULL DEFAULT 14 CHECK (cadence_days BETWEEN 0 AND 366),\n"
  "  max_gap_days INTEGER NOT NULL DEFAULT 28 CHECK (max_gap_days BETWEEN 0 AND 732),\n"
  "  preferred_channel TEXT,\n"
  "  feedback_preferences TEXT,\n"
  "  feedback_sensitivities TEXT,\n"
  "  boundaries TEXT NOT NULL DEFAULT '[]' CHECK (boundaries LIKE '[%]'),\n"
  "  tags TEXT NOT NULL DEFAULT '',\n"
  "  about TEXT,\n"
  "  created_at INTEGER NOT NULL,\n"
  "  updated_at INTEGER NOT NULL,\n"
  "  deleted_at INTEGER\n"
  ") STRICT;\n"

  "CREATE TABLE sessions (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),\n"
  "  mentee_id INTEGER NOT NULL REFERENCES mentees (id) ON DELETE CASCADE,\n"
  "  starts_at INTEGER NOT NULL,\n"
  "  duration_minutes INTEGER NOT NULL DEFAULT 60 CHECK (duration_minutes BETWEEN 0 AND 1440),\n"
  "  status TEXT NOT NULL DEFAULT 'planned'\n"
  "    CHECK (status IN ('planned', 'held', 'cancelled-by-me', 'cancelled-by-them', 'no-show')),\n"
  "  agenda TEXT,\n"
  "  notes TEXT,\n"
  "  rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),\n"
  "  takeaway TEXT,\n"
  "  wins TEXT,\n"
  "  created_at INTEGER NOT NULL,\n"
  "  updated_at INTEGER NOT NULL,\n"
  "  deleted_at INTEGER\n"
  ") STRICT;\n"
  "CREATE INDEX sessions_by_mentee ON sessions (mentee_id, status, starts_at);\n"
  "CREATE INDEX sessions_by_start ON sessions (status, starts_at);\n"

  "CREATE TABLE commitments (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),\n"
  "  mentee_id INTEGER NOT NULL REFERENCES mentees (id) ON DELETE CASCADE,\n"
  "  session_id INTEGER REFERENCES sessions (id) ON DELETE SET NULL,\n"
  "  owner TEXT NOT NULL CHECK (owner IN ('mentor', 'mentee')),\n"
  "  kind TEXT NOT NULL DEFAULT 'task'\n"
  "    CHECK (kind IN ('resource', 'introduction', 'check-in', 'task', 'other')),\n"
  "  title TEXT NOT NULL CHECK (length (trim (title)) > 0),\n"
  "  details TEXT,\n"
  "  due_date TEXT CHECK (due_date IS NULL OR date (due_date) IS due_date),\n"
  "  due_time TEXT CHECK (due_time IS NULL OR (due_date IS NOT NULL AND length (due_time) = 5\n"
  "                                            AND time (due_time) IS due_time || ':00')),\n"
  "  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),\n"
  "  done_at INTEGER CHECK (done_at IS NULL OR status = 'done'),\n"
  "  created_at INTEGER NOT NULL,\n"
  "  updated_at INTEGER NOT NULL,\n"
  "  deleted_at INTEGER\n"
  ") STRICT;\n"
  "CREATE INDEX commitments_by_mentee ON commitments (mentee_id, owner, status, due_date);\n"
  "CREATE INDEX commitments_by_due ON commitments (owner, status, due_date);\n"
  "CREATE INDEX commitments_by_session ON commitments (session_id);\n"

  /* The history of renegotiated due dates, so follow-through is measured
   * against what was first promised. */
  "CREATE TABLE commitment_due_changes (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  commitment_id INTEGER NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,\n"
  "  old_due_date TEXT,\n"
  "  old_due_time TEXT,\n"
  "  new_due_date TEXT,\n"
  "  new_due_time TEXT,\n"
  "  reason TEXT,\n"
  "  changed_at INTEGER NOT NULL\n"
  ") STRICT;\n"
  "CREATE INDEX commitment_due_changes_by_commitment ON commitment_due_changes (commitment_id);\n"

  "CREATE TABLE goals (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),\n"
  "  mentee_id INTEGER NOT NULL REFERENCES mentees (id) ON DELETE CASCADE,\n"
  "  title TEXT NOT NULL CHECK (length (trim (title)) > 0),\n"
  "  details TEXT,\n"
  "  target_date TEXT CHECK (target_date IS NULL OR date (target_date) IS target_date),\n"
  "  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'achieved', 'dropped')),\n"
  "  progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),\n"
  "  created_at INTEGER NOT NULL,\n"
  "  updated_at INTEGER NOT NULL,\n"
  "  deleted_at INTEGER\n"
  ") STRICT;\n"
  "CREATE INDEX goals_by_mentee ON goals (mentee_id, status);\n";

static const char migration_2[] =
  /* Indexes that skip the trash: with deleted_at outside the index every
   * "last held session" lookup had to read the rows (and their long notes)
   * to test it. Partial indexes answer the summary queries from the index. */
  "DROP INDEX sessions_by_mentee;\n"
  "DROP INDEX sessions_by_start;\n"
  "DROP INDEX commitments_by_mentee;\n"
  "DROP INDEX commitments_by_due;\n"
  "CREATE INDEX sessions_by_mentee ON sessions (mentee_id, status, starts_at)\n"
  "  WHERE deleted_at IS NULL;\n"
  "CREATE INDEX sessions_by_start ON sessions (status, starts_at) WHERE deleted_at IS NULL;\n"
  "CREATE INDEX commitments_by_mentee ON commitments (mentee_id, owner, status, due_date)\n"
  "  WHERE deleted_at IS NULL;\n"
  "CREATE INDEX commitments_by_due ON commitments (owner, status, due_date)\n"
  "  WHERE deleted_at IS NULL;\n"

  /* Full-text search. External content tables: the delete and update
   * triggers must hand FTS5 the old values, or stale terms stay behind as
   * ghost matches that integrity-check does not report. */
  "CREATE VIRTUAL TABLE sessions_fts USING fts5 (\n"
  "  agenda, notes, takeaway, wins,\n"
  "  content = 'sessions', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');\n"
  "CREATE TRIGGER sessions_fts_insert AFTER INSERT ON sessions BEGIN\n"
  "  INSERT INTO sessions_fts (rowid, agenda, notes, takeaway, wins)\n"
  "    VALUES (new.id, new.agenda, new.notes, new.takeaway, new.wins);\n"
  "END;\n"
  "CREATE TRIGGER sessions_fts_delete AFTER DELETE ON sessions BEGIN\n"
  "  INSERT INTO sessions_fts (sessions_fts, rowid, agenda, notes, takeaway, wins)\n"
  "    VALUES ('delete', old.id, old.agenda, old.notes, old.takeaway, old.wins);\n"
  "END;\n"
  "CREATE TRIGGER sessions_fts_update AFTER UPDATE OF agenda, notes, takeaway, wins ON sessions BEGIN\n"
  "  INSERT INTO sessions_fts (sessions_fts, rowid, agenda, notes, takeaway, wins)\n"
  "    VALUES ('delete', old.id, old.agenda, old.notes, old.takeaway, old.wins);\n"
  "  INSERT INTO sessions_fts (rowid, agenda, notes, takeaway, wins)\n"
  "    VALUES (new.id, new.agenda, new.notes, new.takeaway, new.wins);\n"
  "END;\n"
  "INSERT INTO sessions_fts (sessions_fts) VALUES ('rebuild');\n"

  "CREATE VIRTUAL TABLE commitments_fts USING fts5 (\n"
  "  title, details,\n"
  "  content = 'commitments', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');\n"
  "CREATE TRIGGER commitments_fts_insert AFTER INSERT ON commitments BEGIN\n"
  "  INSERT INTO commitments_fts (rowid, title, details) VALUES (new.id, new.title, new.details);\n"
  "END;\n"
  "CREATE TRIGGER commitments_fts_delete AFTER DELETE ON commitments BEGIN\n"
  "  INSERT INTO commitments_fts (commitments_fts, rowid, title, details)\n"
  "    VALUES ('delete', old.id, old.title, old.details);\n"
  "END;\n"
  "CREATE TRIGGER commitments_fts_update AFTER UPDATE OF title, details ON commitments BEGIN\n"
  "  INSERT INTO commitments_fts (commitments_fts, rowid, title, details)\n"
  "    VALUES ('delete', old.id, old.title, old.details);\n"
  "  INSERT INTO commitments_fts (rowid, title, details) VALUES (new.id, new.title, new.details);\n"
  "END;\n"
  "INSERT INTO commitments_fts (commitments_fts) VALUES ('rebuild');\n"

  "CREATE VIRTUAL TABLE mentees_fts USING fts5 (\n"
  "  name, about,\n"
  "  content = 'mentees', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');\n"
  "CREATE TRIGGER mentees_fts_insert AFTER INSERT ON mentees BEGIN\n"
  "  INSERT INTO mentees_fts (rowid, name, about) VALUES (new.id, new.name, new.about);\n"
  "END;\n"
  "CREATE TRIGGER mentees_fts_delete AFTER DELETE ON mentees BEGIN\n"
  "  INSERT INTO mentees_fts (mentees_fts, rowid, name, about)\n"
  "    VALUES ('delete', old.id, old.name, old.about);\n"
  "END;\n"
  "CREATE TRIGGER mentees_fts_update AFTER UPDATE OF name, about ON mentees BEGIN\n"
  "  INSERT INTO mentees_fts (mentees_fts, rowid, name, about)\n"
  "    VALUES ('delete', old.id, old.name, old.about);\n"
  "  INSERT INTO mentees_fts (rowid, name, about) VALUES (new.id, new.name, new.about);\n"
  "END;\n"
  "INSERT INTO mentees_fts (mentees_fts) VALUES ('rebuild');\n"

  /* The reminder ledger: one row per reminder that is due or was delivered.
   * delivery_key is stable ("commitment:<uuid>:<due>") so a reminder is
   * delivered once across crashes, restarts and suspend. */
  "CREATE TABLE reminders (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  delivery_key TEXT NOT NULL UNIQUE,\n"
  "  subject_kind TEXT NOT NULL\n"
  "    CHECK (subject_kind IN ('commitment', 'check-in-due', 'check-in-overdue', 'meeting',\n"
  "                            'mentee-commitment')),\n"
  "  subject_id INTEGER NOT NULL,\n"
  "  mentee_id INTEGER REFERENCES mentees (id) ON DELETE CASCADE,\n"
  "  due_at INTEGER NOT NULL,\n"
  "  state TEXT NOT NULL DEFAULT 'pending'\n"
  "    CHECK (state IN ('pending', 'delivering', 'delivered', 'acknowledged', 'snoozed',\n"
  "                     'cancelled')),\n"
  "  attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),\n"
  "  next_attempt_at INTEGER,\n"
  "  snoozed_until INTEGER,\n"
  "  delivered_at INTEGER,\n"
  "  notification_id INTEGER,\n"
  "  created_at INTEGER NOT NULL DEFAULT (unixepoch ()),\n"
  "  updated_at INTEGER NOT NULL DEFAULT (unixepoch ())\n"
  ") STRICT;\n"
  "CREATE INDEX reminders_by_state ON reminders (state, due_at);\n"
  "CREATE INDEX reminders_by_subject ON reminders (subject_kind, subject_id);\n"

  /* The question bank. Built-in prompts have a stable key and no text: the
   * text comes from the translated catalogue at run time. The mentor's own
   * prompts have text and no key. */
  "CREATE TABLE questions (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),\n"
  "  builtin_key TEXT UNIQUE,\n"
  "  text TEXT,\n"
  "  stage TEXT NOT NULL CHECK (stage IN ('first-meeting', 'early', 'established', 'closing')),\n"
  "  category TEXT NOT NULL\n"
  "    CHECK (category IN ('getting-to-know', 'trust', 'goals', 'feedback-preferences',\n"
  "                        'reflection')),\n"
  "  created_at INTEGER NOT NULL,\n"
  "  deleted_at INTEGER,\n"
  "  CHECK ((builtin_key IS NULL) <> (text IS NULL))\n"
  ") STRICT;\n"
  "CREATE TABLE questions_asked (\n"
  "  question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,\n"
  "  mentee_id INTEGER NOT NULL REFERENCES mentees (id) ON DELETE CASCADE,\n"
  "  session_id INTEGER REFERENCES sessions (id) ON DELETE SET NULL,\n"
  "  asked_at INTEGER NOT NULL\n"
  ") STRICT;\n"
  "CREATE INDEX questions_asked_by_mentee ON questions_asked (mentee_id, question_id, asked_at);\n"

  /* The trash: every row whose deleted_at is set, newest first. */
  "CREATE VIEW trash (kind, id, mentee_id, title, deleted_at) AS\n"
  "  SELECT 'mentee', id, id, name, deleted_at FROM mentees WHERE deleted_at IS NOT NULL\n"
  "  UNION ALL SELECT 'session', id, mentee_id, coalesce (nullif (agenda, ''), ''), deleted_at\n"
  "    FROM sessions WHERE deleted_at IS NOT NULL\n"
  "  UNION ALL SELECT 'commitment', id, mentee_id, title, deleted_at\n"
  "    FROM commitments WHERE deleted_at IS NOT NULL\n"
  "  UNION ALL SELECT 'goal', id, mentee_id, title, deleted_at FROM goals WHERE deleted_at IS NOT NULL;\n";

static const char migration_3[] =
  /* The mentor's own question bank: tags, hiding (built-in prompts too) and
   * prompts kept for one mentee. Asked questions are looked up per meeting. */
  "ALTER TABLE questions ADD COLUMN tags TEXT NOT NULL DEFAULT '';\n"
  "ALTER TABLE questions ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1));\n"
  "ALTER TABLE questions ADD COLUMN mentee_id INTEGER REFERENCES mentees (id) ON DELETE CASCADE;\n"
  "ALTER TABLE questions ADD COLUMN updated_at INTEGER;\n"
  "CREATE INDEX questions_asked_by_session ON questions_asked (session_id);\n"

  /* When a goal's progress last moved, so the Prepare brief can flag goals
   * without progress. Kept by a trigger: every writer (the editor, the
   * import) records it the same way, with the row's own updated_at. */
  "CREATE TABLE goal_progress_changes (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  goal_id INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,\n"
  "  old_progress INTEGER NOT NULL,\n"
  "  new_progress INTEGER NOT NULL,\n"
  "  changed_at INTEGER NOT NULL\n"
  ") STRICT;\n"
  "CREATE INDEX goal_progress_changes_by_goal ON goal_progress_changes (goal_id, changed_at);\n"
  "CREATE TRIGGER goals_progress_history AFTER UPDATE OF progress ON goals\n"
  "  WHEN new.progress IS NOT old.progress BEGIN\n"
  "  INSERT INTO goal_progress_changes (goal_id, old_progress, new_progress, changed_at)\n"
  "    VALUES (new.id, old.progress, new.progress, new.updated_at);\n"
  "END;\n";

/* The boundaries column, `[{"topic":"…","level":"…"}]`, for the search
 * index: the topics are the mentor's words, the JSON's own ("topic",
 * "level", "off-limits") are not, so they are left out. Plain text
 * functions, not JSON ones: schema code must stay usable with
 * trusted_schema off, where json_*() is refused in views and triggers. The
 * spellings are the ones every writer produces (rapport_mentee_set_boundary_list()
 * and the level nicks); text in another form is indexed as it is. The
 * triggers and the view FTS5 reads the profile through use this same
 * expression, as the delete of an external-content index needs the very
 * values indexed. */
#define BOUNDARY_TOPICS(column) \
  "replace (replace (replace (replace (" column ", '\"topic\":', ' '),\n" \
  "   '\"level\":\"open\"', ' '), '\"level\":\"ask-first\"', ' '), '\"level\":\"off-limits\"', ' ')"

#define MENTEE_SEARCH_COLUMNS \
  "name, pronouns, role, organization, contact, how_we_met, preferred_channel,\n" \
  "  feedback_preferences, feedback_sensitivities, boundaries, tags, about"

#define MENTEE_SEARCH_VALUES(row) \
  row ".name, " row ".pronouns, " row ".role, " row ".organization, " row ".contact, " \
  row ".how_we_met, " row ".preferred_channel, " row ".feedback_preferences, " \
  row ".feedback_sensitivities, " BOUNDARY_TOPICS (row ".boundaries") ", " row ".tags, " \
  row ".about"

static const char migration_4[] =
  /* Search covers every text the mentor wrote (keys): the whole profile,
   * not only the name and "about", and the goals. The profile is indexed
   * through a view that turns the boundaries into their topics; like the
   * other indexes it is external content, so the delete and update
   * triggers hand FTS5 the old values. */
  "DROP TRIGGER mentees_fts_insert;\n"
  "DROP TRIGGER mentees_fts_delete;\n"
  "DROP TRIGGER mentees_fts_update;\n"
  "DROP TABLE mentees_fts;\n"
  "CREATE VIEW mentees_search (id, " MENTEE_SEARCH_COLUMNS ") AS\n"
  "  SELECT m.id, " MENTEE_SEARCH_VALUES ("m") " FROM mentees m;\n"
  "CREATE VIRTUAL TABLE mentees_fts USING fts5 (\n"
  "  " MENTEE_SEARCH_COLUMNS ",\n"
  "  content = 'mentees_search', content_rowid = 'id',\n"
  "  tokenize = 'unicode61 remove_diacritics 2');\n"
  "CREATE TRIGGER mentees_fts_insert AFTER INSERT ON mentees BEGIN\n"
  "  INSERT INTO mentees_fts (rowid, " MENTEE_SEARCH_COLUMNS ")\n"
  "    VALUES (new.id, " MENTEE_SEARCH_VALUES ("new") ");\n"
  "END;\n"
  "CREATE TRIGGER mentees_fts_delete AFTER DELETE ON mentees BEGIN\n"
  "  INSERT INTO mentees_fts (mentees_fts, rowid, " MENTEE_SEARCH_COLUMNS ")\n"
  "    VALUES ('delete', old.id, " MENTEE_SEARCH_VALUES ("old") ");\n"
  "END;\n"
  "CREATE TRIGGER mentees_fts_update AFTER UPDATE OF " MENTEE_SEARCH_COLUMNS " ON mentees BEGIN\n"
  "  INSERT INTO mentees_fts (mentees_fts, rowid, " MENTEE_SEARCH_COLUMNS ")\n"
  "    VALUES ('delete', old.id, " MENTEE_SEARCH_VALUES ("old") ");\n"
  "  INSERT INTO mentees_fts (rowid, " MENTEE_SEARCH_COLUMNS ")\n"
  "    VALUES (new.id, " MENTEE_SEARCH_VALUES ("new") ");\n"
  "END;\n"
  "INSERT INTO mentees_fts (mentees_fts) VALUES ('rebuild');\n"

  "CREATE VIRTUAL TABLE goals_fts USING fts5 (\n"
  "  title, details,\n"
  "  content = 'goals', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');\n"
  "CREATE TRIGGER goals_fts_insert AFTER INSERT ON goals BEGIN\n"
  "  INSERT INTO goals_fts (rowid, title, details) VALUES (new.id, new.title, new.details);\n"
  "END;\n"
  "CREATE TRIGGER goals_fts_delete AFTER DELETE ON goals BEGIN\n"
  "  INSERT INTO goals_fts (goals_fts, rowid, title, details)\n"
  "    VALUES ('delete', old.id, old.title, old.details);\n"
  "END;\n"
  "CREATE TRIGGER goals_fts_update AFTER UPDATE OF title, details ON goals BEGIN\n"
  "  INSERT INTO goals_fts (goals_fts, rowid, title, details)\n"
  "    VALUES ('delete', old.id, old.title, old.details);\n"
  "  INSERT INTO goals_fts (rowid, title, details) VALUES (new.id, new.title, new.details);\n"
  "END;\n"
  "INSERT INTO goals_fts (goals_fts) VALUES ('rebuild');\n"

  /* Promise history (dates): a promise's drops and reopenings, with the
   * reason, so dropping no longer writes "Dropped:" into its details and
   * reopening a dropped promise is on record. */
  "CREATE TABLE commitment_status_changes (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  commitment_id INTEGER NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,\n"
  "  old_status TEXT NOT NULL CHECK (old_status IN ('open', 'done', 'dropped')),\n"
  "  new_status TEXT NOT NULL CHECK (new_status IN ('open', 'done', 'dropped')),\n"
  "  reason TEXT,\n"
  "  changed_at INTEGER NOT NULL\n"
  ") STRICT;\n"
  "CREATE INDEX commitment_status_changes_by_commitment\n"
  "  ON commitment_status_changes (commitment_id, changed_at);\n";

static const char * const migrations[] = {
  NULL,
  migration_1,
  migration_2,
  migration_3,
  migration_4,
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == RAPPORT_DATABASE_SCHEMA_VERSION + 1);

const char *
_rapport_migrations_get_sql (int version)
{
  g_return_val_if_fail (version >= 1 && version <= RAPPORT_DATABASE_SCHEMA_VERSION, NULL);

  return migrations[version];
}

/**
 * _rapport_migrations_run:
 * @self: a #RapportDatabase
 * @from_version: the file's current `user_version`
 * @to_version: the version to reach
 * @error: return location for an error
 *
 * Applies each step in its own `BEGIN IMMEDIATE` … `COMMIT`, with the new
 * `user_version` written inside the transaction, so a crash leaves the file
 * at a version boundary.
 */
gboolean
_rapport_migrations_run (RapportDatabase  *self,
                         int               from_version,
                         int               to_version,
                         GError          **error)
{
  g_return_val_if_fail (from_version >= 0, FALSE);
  g_return_val_if_fail (to_version <= RAPPORT_DATABASE_SCHEMA_VERSION, FALSE);

  for (int v = from_version + 1; v <= to_version; v++)
    {
      g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d", v);
      g_autoptr(GError) local_error = NULL;

      g_debug ("Migrating the notebook to version %d", v);

      if (!rapport_database_begin (self, error))
        return FALSE;

      if (!_rapport_database_exec (self, migrations[v], &local_error) ||
          !_rapport_database_exec (self, set_version, &local_error) ||
          !rapport_database_commit (self, &local_error))
        {
          rapport_database_rollback (self);
          g_set_error (error, RAPPORT_DATABASE_ERROR, local_error->code,
                       _("Updating the notebook to format %d failed: %s"), v, local_error->message);
          return FALSE;
        }
    }

  return TRUE;
}
