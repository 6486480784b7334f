/* test-database.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/time.h>

#include "rapport-database.h"
#include "rapport-database-private.h"
#include "rapport-repository.h"
#include "rapport-test-utils.h"

static char *
notebook_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "rapport", NULL);
}

static char *
notebook_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "rapport", "rapport.db", NULL);
}

static void
exec_on_file (const char *path,
              const char *sql)
{
  sqlite3 *db = NULL;
  char *msg = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &msg) != SQLITE_OK)
    g_error ("%s", msg);
  sqlite3_close (db);
}

static gint64
query_int (const char *path,
           const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 ret = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    ret = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return ret;
}

static char *
find_moved_aside (const char *dir,
                  const char *infix)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d && (name = g_dir_read_name (d)))
    if (strstr (name, infix) && !g_str_has_suffix (name, "-wal") && !g_str_has_suffix (name, "-shm"))
      return g_build_filename (dir, name, NULL);

  return NULL;
}

static void
write_file (const char *path,
            const char *contents,
            gssize      len)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (path, contents, len, &error);
  g_assert_no_error (error);
}

static void
test_create_private (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportDatabase) db = NULL;
  g_autofree char *dir = notebook_dir ();
  g_autofree char *path = notebook_path ();
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  db = rapport_database_open (path, RAPPORT_DATABASE_OPEN_NONE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (db);

  g_assert_cmpint (rapport_database_get_schema_version (db), ==, RAPPORT_DATABASE_SCHEMA_VERSION);
  g_assert_false (rapport_database_is_read_only (db));
  g_assert_cmpint (rapport_test_file_mode (dir), ==, 0700);
  g_assert_cmpint (rapport_test_file_mode (path), ==, 0600);

  /* A write makes SQLite create the WAL and shared-memory files, which
   * inherit the database's mode. */
  g_assert_true (rapport_database_begin (db, &error));
  g_assert_true (_rapport_database_exec (db, "CREATE TABLE t (x); INSERT INTO t VALUES (1)", &error));
  g_assert_true (rapport_database_commit (db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rapport_test_file_mode (wal), ==, 0600);
  g_assert_cmpint (rapport_test_file_mode (shm), ==, 0600);

  g_assert_cmpint (_rapport_database_query_int (db, "PRAGMA application_id", 0), ==,
                   RAPPORT_DATABASE_APPLICATION_ID);
  g_assert_cmpint (_rapport_database_query_int (db, "PRAGMA foreign_keys", 0), ==, 1);
  g_assert_cmpint (_rapport_database_query_int (db, "PRAGMA synchronous", 0), ==, 2);
  g_assert_cmpint (_rapport_database_query_int (db, "PRAGMA trusted_schema", 0), ==, 1);
  g_assert_true (rapport_database_integrity_check (db, TRUE, &error));
  g_assert_no_error (error);

  rapport_database_close (db);
  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, RAPPORT_DATABASE_SCHEMA_VERSION);
}

static void
test_loose_mode_tightened (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportDatabase) db = NULL;
  g_autofree char *dir = notebook_dir ();
  g_autofree char *path = notebook_path ();

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  write_file (path, "", 0);
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);

  db = rapport_database_open (path, RAPPORT_DATABASE_OPEN_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rapport_test_file_mode (dir), ==, 0700);
  g_assert_cmpint (rapport_test_file_mode (path), ==, 0600);
}

static void
test_wal_mode (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportDatabase) db = NULL;
  g_autofree char *path = notebook_path ();
  sqlite3_stmt *stmt;

  db = rapport_database_open (path, RAPPORT_DATABASE_OPEN_NONE, &error);
  g_assert_no_error (error);

  stmt = _rapport_database_prepare (db, "PRAGMA journal_mode", &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *)sqlite3_column_text (stmt, 0), ==, "wal");
  sqlite3_reset (stmt);
}

static void
test_newer_version (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportDatabase) db = NULL;
  g_autoptr(RapportRepository) repo = NULL;
  g_autofree char *path = notebook_path ();
  g_autofree char *dir = notebook_dir ();
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize len_before, len_after;

  db = rapport_database_open (path, RAPPORT_DATABASE_OPEN_NONE, &error);
  g_assert_no_error (error);
  rapport_database_close (db);
  g_clear_object (&db);

  exec_on_file (path, "PRAGMA user_version = 99; CREATE TABLE future (x)");
  g_assert_true (g_file_get_contents (path, &before, &len_before, NULL));

  db = rapport_database_open (path, RAPPORT_DATABASE_OPEN_NONE, &error);
  g_assert_error (error, RAPPORT_DATABASE_ERROR, RAPPORT_DATABASE_ERROR_NEWER_VERSION);
  g_assert_null (db);
  g_assert_nonnull (strstr (error->message, "newer"));
  g_clear_error (&error);

  /* Untouched, not moved. */
  g_assert_true (g_file_get_contents (path, &after, &len_after, NULL));
  g_assert_cmpmem (before, len_before, after, len_after);
  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, 99);

  /* Read-only opening works, and every write is refused. */
  db = rapport_database_open (path, RAPPORT_DATABASE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (rapport_database_is_read_only (db));
  g_assert_false (rapport_database_begin (db, &error));
  g_assert_error (error, RAPPORT_DATABASE_ERROR, RAPPORT_DATABASE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (_rapport_database_exec (db, "INSERT INTO future VALUES (1)", &error));
  g_assert_error (error, RAPPORT_DATABASE_ERROR, RAPPORT_DATABASE_ERROR_READ_ONLY);
  g_clear_error (&error);
  rapport_database_close (db);

  /* The repository says the same. */
  repo = rapport_repository_new (dir, &error);
  g_assert_error (error, RAPPORT_DATABASE_ERROR, RAPPORT_DATABASE_ERROR_NEWER_VERSION);
  g_assert_null (repo);
  g_clear_error (&error);

  g_free (after);
  g_assert_true (g_file_get_contents (path, &after, &len_after, NULL));
  g_assert_cmpmem (before, len_before, after, len_after);
}

static void
check_moved_aside (const char *infix,
                   const char *original_contents,
                   gsize       original_len)
{
  g_autofree char *dir = notebook_dir ();
  g_autofree char *path = notebook_path ();
  g_autofree char *moved = find_moved_aside (dir, infix);
  g_autofree char *contents = NULL;
  gsize len;

  g_assert_nonnull (moved);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_get_contents (moved, &contents, &len, NULL));
  if (original_contents != NULL)
    g_assert_cmpmem (contents, len, original_contents, original_len);
}

static void
test_not_a_notebook_text (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportDatabase) db = NULL;
  g_autofree char *path = notebook_path ();
  const char *text = "These are my private notes, not an SQLite file at all.\n";

  write_file (path, text, -1);

  db = rapport_database_open (path, RAPPORT_DATABASE_OPEN_NONE, &error);
  g_assert_error (error, RAPPORT_DATABASE_ERROR, RAPPORT_DATABASE_ERROR_NOT_A_NOTEBOOK);
  g_assert_null (db);
  check_moved_aside ("unknown", text, strlen (text));
}

static void
test_not_a_notebook_foreign_sqlite (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportDatabase) db = NULL;
  g_autofree char *path = notebook_path ();
  g_autofree char *dir = notebook_dir ();
  g_autofree char *moved = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  exec_on_file (path, "CREATE TABLE shopping (item TEXT); INSERT INTO shopping VALUES ('milk')");

  db = rapport_database_open (path, RAPPORT_DATABASE_OPEN_NONE, &error);
  g_assert_error (error, RAPPORT_DATABASE_ERROR, RAPPORT_DATABASE_ERROR_NOT_A_NOTEBOOK);
  g_assert_null (db);
  check_moved_aside ("unknown", NULL, 0);

  moved = find_moved_aside (dir, "unknown");
  g_assert_cmpint (query_int (moved, "SELECT count(*) FROM shopping"), ==, 1);
}

static void
test_corrupt (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportDatabase) db = NULL;
  g_autoptr(RapportRepository) repo = NULL;
  g_autofree char *path = notebook_path ();
  g_autofree char *dir = notebook_dir ();
  g_autofree char *contents = NULL;
  g_autofree char *moved = NULL;
  g_autofree char *moved_wal = NULL;
  g_autofree char *wal = NULL;
  gsize len;
  FILE *f;

  /* A notebook with some pages of data, checkpointed into the main file. */
  db = rapport_database_open (path, RAPPORT_DATABASE_OPEN_NONE, &error);
  g_assert_no_error (error);
  g_assert_true (_rapport_database_exec (db,
    "CREATE TABLE filler (x TEXT);"
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)"
    "  INSERT INTO filler SELECT printf ('%.500c', 'x') FROM n;"
    "CREATE INDEX filler_x ON filler (x);", &error));
  g_assert_no_error (error);
  rapport_database_close (db);
  g_clear_object (&db);

  /* Scribble over the middle of the file, as a failing disk would. */
  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  g_assert_cmpuint (len, >, 64 * 1024);
  f = fopen (path, "r+b");
  g_assert_nonnull (f);
  fseek (f, len / 2, SEEK_SET);
  for (guint i = 0; i < 16 * 1024; i++)
    fputc (0xA5, f);
  fclose (f);

  /* Leave a -wal behind too: it must travel with the file. */
  wal = g_strconcat (path, "-wal", NULL);
  write_file (wal, "", 0);

  db = rapport_database_open (path, RAPPORT_DATABASE_OPEN_NONE, &error);
  g_assert_error (error, RAPPORT_DATABASE_ERROR, RAPPORT_DATABASE_ERROR_CORRUPT);
  g_assert_null (db);
  g_clear_error (&error);

  moved = find_moved_aside (dir, "corrupt");
  g_assert_nonnull (moved);
  moved_wal = g_strconcat (moved, "-wal", NULL);
  g_assert_true (g_file_test (moved_wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));

  /* The next start gets a fresh notebook; the damaged one is kept. */
  repo = rapport_repository_new (dir, &error);
  g_assert_no_error (error);
  g_assert_nonnull (repo);
  g_assert_true (g_file_test (moved, G_FILE_TEST_EXISTS));
}

static sqlite3 *
open_raw (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  return db;
}

static void
test_migrate_from_v1 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportRepository) repo = NULL;
  g_autoptr(GListModel) sessions = NULL;
  g_autoptr(GListModel) commitments = NULL;
  g_autoptr(GListModel) goals = NULL;
  g_autoptr(GListModel) found = NULL;
  g_autoptr(RapportSessionNote) session = NULL;
  g_autoptr(RapportCommitment) commitment = NULL;
  g_autoptr(RapportGoal) goal = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GPtrArray) boundaries = NULL;
  g_autofree char *fixture = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *dir = notebook_dir ();
  g_autofree char *path = notebook_path ();
  g_autofree char *backup_dir = NULL;
  RapportMentee *alex;
  sqlite3 *raw;
  char *msg = NULL;

  fixture = g_test_build_filename (G_TEST_DIST, "data", "notebook-v1.sql", NULL);
  g_assert_true (g_file_get_contents (fixture, &sql, NULL, NULL));
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  raw = open_raw (path);
  if (sqlite3_exec (raw, sql, NULL, NULL, &msg) != SQLITE_OK)
    g_error ("%s", msg);
  sqlite3_close (raw);
  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, 1);

  repo = rapport_repository_new (dir, &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, RAPPORT_DATABASE_SCHEMA_VERSION);

  /* A backup of the version 1 file was taken before migrating. */
  backup_dir = g_build_filename (dir, "backups", NULL);
  backups = rapport_database_list_backups (backup_dir);
  g_assert_cmpuint (backups->len, >=, 1);
  {
    gboolean found_pre = FALSE;
    for (guint i = 0; i < backups->len; i++)
      if (strstr (g_ptr_array_index (backups, i), "before-v"))
        {
          found_pre = TRUE;
          g_assert_cmpint (query_int (g_ptr_array_index (backups, i), "PRAGMA user_version"), ==, 1);
          g_assert_cmpint (rapport_test_file_mode (g_ptr_array_index (backups, i)), ==, 0600);
        }
    g_assert_true (found_pre);
  }

  /* Every row made it, with every field. */
  g_assert_cmpuint (g_list_model_get_n_items (rapport_repository_get_mentees (repo)), ==, 2);
  alex = rapport_repository_find_mentee (repo, 1);
  g_assert_nonnull (alex);
  g_assert_cmpstr (rapport_mentee_get_name (alex), ==, "Alex Morgan");
  g_assert_cmpstr (rapport_mentee_get_pronouns (alex), ==, "they/them");
  g_assert_cmpstr (rapport_item_get_uuid (RAPPORT_ITEM (alex)), ==, "6f1c8e52-8d7e-4d55-9d53-1a2b3c4d5e6f");
  g_assert_cmpint (rapport_mentee_get_cadence_days (alex), ==, 14);
  g_assert_cmpint (rapport_mentee_get_open_promises (alex), ==, 1);
  g_assert_cmpstr (rapport_mentee_get_tags (alex)[1], ==, "career");
  boundaries = rapport_mentee_dup_boundaries (alex);
  g_assert_cmpuint (boundaries->len, ==, 1);
  g_assert_cmpint (((RapportBoundary *)g_ptr_array_index (boundaries, 0))->level, ==,
                   RAPPORT_BOUNDARY_LEVEL_ASK_FIRST);
  g_assert_cmpint (rapport_mentee_get_status (rapport_repository_find_mentee (repo, 2)), ==,
                   RAPPORT_MENTEE_STATUS_PAUSED);

  sessions = rapport_repository_list_sessions (repo, 1);
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 1);
  session = g_list_model_get_item (sessions, 0);
  g_assert_cmpint (rapport_session_note_get_rating (session), ==, 4);
  g_assert_cmpint (rapport_session_note_get_status (session), ==, RAPPORT_SESSION_STATUS_HELD);
  g_assert_cmpint (g_date_time_to_unix (rapport_session_note_get_starts_at (session)), ==, 1700600000);

  commitments = rapport_repository_list_commitments (repo, 1);
  commitment = g_list_model_get_item (commitments, 0);
  g_assert_cmpstr (rapport_commitment_get_title (commitment), ==, "Introduce Alex to Priya");
  g_assert_cmpint (rapport_commitment_get_kind (commitment), ==, RAPPORT_COMMITMENT_KIND_INTRODUCTION);
  g_assert_cmpint (rapport_commitment_get_renegotiations (commitment), ==, 1);

  goals = rapport_repository_list_goals (repo, 1);
  goal = g_list_model_get_item (goals, 0);
  g_assert_cmpint (rapport_goal_get_progress (goal), ==, 30);

  /* Version 2 indexed the old notes for search. */
  found = rapport_repository_search (repo, "kubernetes", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 1);
  g_clear_object (&found);
  found = rapport_repository_search (repo, "Priya", 10, &error);
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 1);

  /* Version 4 indexed the whole profile and the goals. */
  {
    static const struct {
      const char        *text;
      RapportSearchKind  kind;
    } indexed[] = {
      { "Acme", RAPPORT_SEARCH_KIND_MENTEE },      /* organization */
      { "Junior", RAPPORT_SEARCH_KIND_MENTEE },    /* role */
      { "family", RAPPORT_SEARCH_KIND_MENTEE },    /* a boundary's topic */
      { "project", RAPPORT_SEARCH_KIND_GOAL },     /* a goal */
    };

    for (guint i = 0; i < G_N_ELEMENTS (indexed); i++)
      {
        g_autoptr(RapportSearchResult) result = NULL;

        g_clear_object (&found);
        found = rapport_repository_search (repo, indexed[i].text, 10, &error);
        g_assert_no_error (error);
        g_assert_cmpuint (g_list_model_get_n_items (found), ==, 1);
        result = g_list_model_get_item (found, 0);
        g_assert_cmpint (rapport_search_result_get_kind (result), ==, indexed[i].kind);
        g_assert_cmpstr (rapport_search_result_get_mentee_name (result), ==, "Alex Morgan");
      }
  }

  g_assert_true (rapport_database_integrity_check (rapport_repository_get_database (repo), TRUE, &error));
  g_assert_no_error (error);
}

static void
test_migrations_are_transactional (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportDatabase) db = NULL;
  g_autofree char *dir = notebook_dir ();
  g_autofree char *path = notebook_path ();

  /* A version 1 file that already holds an object version 2 creates makes
   * migration 2 fail half-way: the file must stay exactly at version 1. */
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  {
    sqlite3 *raw = open_raw (path);
    char *msg = NULL;
    g_autofree char *sql = g_strconcat (_rapport_migrations_get_sql (1),
                                        "CREATE TABLE reminders (x); PRAGMA user_version = 1;", NULL);
    if (sqlite3_exec (raw, sql, NULL, NULL, &msg) != SQLITE_OK)
      g_error ("%s", msg);
    sqlite3_close (raw);
  }

  db = rapport_database_open (path, RAPPORT_DATABASE_OPEN_NONE, &error);
  g_assert_nonnull (error);
  g_assert_null (db);
  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM sqlite_schema WHERE name = 'sessions_fts'"), ==, 0);
}

static void
test_backup_and_verify (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportDatabase) db = NULL;
  g_autofree char *path = notebook_path ();
  g_autofree char *dir = notebook_dir ();
  g_autofree char *dest = g_build_filename (dir, "copy.db", NULL);
  g_autofree char *junk = g_build_filename (dir, "junk.db", NULL);

  db = rapport_database_open (path, RAPPORT_DATABASE_OPEN_NONE, &error);
  g_assert_no_error (error);
  g_assert_true (_rapport_database_exec (db,
    "INSERT INTO mentees (uuid, name, created_at, updated_at)"
    " VALUES ('00000000-0000-4000-8000-000000000001', 'Sam', 1, 1)", &error));

  g_assert_true (rapport_database_backup_to (db, dest, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rapport_test_file_mode (dest), ==, 0600);
  g_assert_cmpint (query_int (dest, "SELECT count(*) FROM mentees"), ==, 1);
  g_assert_true (rapport_database_verify_file (dest, &error));
  g_assert_no_error (error);

  /* Never overwrites an existing file. */
  g_assert_false (rapport_database_backup_to (db, dest, &error));
  g_assert_error (error, RAPPORT_DATABASE_ERROR, RAPPORT_DATABASE_ERROR_BACKUP);
  g_clear_error (&error);

  write_file (junk, "not a database", -1);
  g_assert_false (rapport_database_verify_file (junk, &error));
  g_assert_error (error, RAPPORT_DATABASE_ERROR, RAPPORT_DATABASE_ERROR_BACKUP);
  g_clear_error (&error);
}

static GDate *
date_new (int y, int m, int d)
{
  return g_date_new_dmy (d, m, y);
}

static void
test_rotation_rule (void)
{
  GDate *dates[20];
  gboolean keep[20];
  guint kept = 0;

  /* 20 consecutive days ending Sunday 2026-03-29, newest first. */
  for (guint i = 0; i < 20; i++)
    {
      dates[i] = date_new (2026, 3, 29);
      g_date_subtract_days (dates[i], i);
    }

  g_assert_true (_rapport_backup_select_keep (dates, 20, keep));

  for (guint i = 0; i < 7; i++)
    g_assert_true (keep[i]);
  for (guint i = 0; i < 20; i++)
    kept += keep[i];
  /* 7 daily (Mar 23–29 is ISO week 13), then the newest of each older
   * week: Sun Mar 22 (week 12) and Sun Mar 15 (week 11). */
  g_assert_true (keep[7]);   /* Mar 22 */
  g_assert_false (keep[8]);  /* Mar 21, same week as Mar 22 */
  g_assert_true (keep[14]);  /* Mar 15 */
  g_assert_false (keep[15]);  /* Mar 14, same week as Mar 15 */
  g_assert_false (keep[19]);  /* Mar 10 */
  g_assert_cmpuint (kept, ==, 7 + 2);

  for (guint i = 0; i < 20; i++)
    g_date_free (dates[i]);

  /* Sparse backups: one every 10 days over 200 days keeps 7 + 4. */
  {
    GDate *sparse[20];
    gboolean k[20];
    guint n = 0;

    for (guint i = 0; i < 20; i++)
      {
        sparse[i] = date_new (2026, 12, 31);
        g_date_subtract_days (sparse[i], i * 10);
      }
    g_assert_true (_rapport_backup_select_keep (sparse, 20, k));
    for (guint i = 0; i < 20; i++)
      n += k[i];
    g_assert_cmpuint (n, ==, 11);
    g_assert_true (k[10]);
    g_assert_false (k[11]);
    for (guint i = 0; i < 20; i++)
      g_date_free (sparse[i]);
  }
}

static void
test_backup_daily (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportDatabase) db = NULL;
  g_autofree char *path = notebook_path ();
  g_autofree char *first = NULL;
  g_autofree char *again = NULL;
  g_autoptr(GPtrArray) list = NULL;

  db = rapport_database_open (path, RAPPORT_DATABASE_OPEN_NONE, &error);
  g_assert_no_error (error);

  /* Old automatic backups from 30 days: rotation trims them. */
  for (int i = 1; i <= 30; i++)
    {
      g_autoptr(GDateTime) day = g_date_time_new_local (2026, 1, 31, 12, 0, 0);
      g_autoptr(GDateTime) d = g_date_time_add_days (day, -i);
      g_autofree char *name = g_date_time_format (d, "rapport-%Y-%m-%d.db");
      g_autofree char *p = g_build_filename (rapport_database_get_backup_dir (db), name, NULL);

      g_assert_cmpint (g_mkdir_with_parents (rapport_database_get_backup_dir (db), 0700), ==, 0);
      g_assert_true (rapport_database_backup_to (db, p, &error));
      g_assert_no_error (error);
      /* Make them older than the notebook so a new one is due. */
      {
        struct timeval tv[2] = { { 1000000 + i, 0 }, { 1000000 + i, 0 } };
        g_assert_cmpint (utimes (p, tv), ==, 0);
      }
    }

  {
    g_autoptr(GDateTime) now = g_date_time_new_local (2026, 1, 31, 9, 0, 0);
    first = rapport_database_backup_daily (db, now, &error);
    g_assert_no_error (error);
    g_assert_nonnull (first);
    g_assert_true (g_str_has_suffix (first, "rapport-2026-01-31.db"));
    g_assert_cmpint (rapport_test_file_mode (first), ==, 0600);

    /* At most one a day. */
    again = rapport_database_backup_daily (db, now, &error);
    g_assert_no_error (error);
    g_assert_null (again);
  }

  list = rapport_database_list_backups (rapport_database_get_backup_dir (db));
  /* Jan 25–31 daily; Jan 18, 11 and 4 as the newest of weeks 3, 2, 1
   * (week 4 is already covered by Jan 25). */
  g_assert_cmpuint (list->len, ==, 7 + 3);

  /* Nothing changed since: the next day makes none. */
  {
    g_autoptr(GDateTime) tomorrow = g_date_time_new_local (2026, 2, 1, 9, 0, 0);
    g_autofree char *none = rapport_database_backup_daily (db, tomorrow, &error);
    g_assert_no_error (error);
    g_assert_null (none);
  }
}

static void
test_restore (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportDatabase) db = NULL;
  g_autofree char *path = notebook_path ();
  g_autofree char *dir = notebook_dir ();
  g_autofree char *backup = g_build_filename (dir, "good.db", NULL);
  g_autofree char *junk = g_build_filename (dir, "junk.db", NULL);
  g_autofree char *foreign = g_build_filename (dir, "foreign.db", NULL);
  g_autofree char *saved = NULL;

  db = rapport_database_open (path, RAPPORT_DATABASE_OPEN_NONE, &error);
  g_assert_no_error (error);
  g_assert_true (_rapport_database_exec (db,
    "INSERT INTO mentees (uuid, name, created_at, updated_at)"
    " VALUES ('00000000-0000-4000-8000-000000000001', 'In the backup', 1, 1)", &error));
  g_assert_true (rapport_database_backup_to (db, backup, &error));
  g_assert_true (_rapport_database_exec (db,
    "INSERT INTO mentees (uuid, name, created_at, updated_at)"
    " VALUES ('00000000-0000-4000-8000-000000000002', 'Added later', 1, 1)", &error));
  g_assert_no_error (error);
  rapport_database_close (db);
  g_clear_object (&db);

  /* Refused candidates replace nothing. */
  write_file (junk, "garbage garbage garbage", -1);
  g_assert_false (rapport_database_restore (path, junk, NULL, &error));
  g_assert_error (error, RAPPORT_DATABASE_ERROR, RAPPORT_DATABASE_ERROR_BACKUP);
  g_clear_error (&error);
  exec_on_file (foreign, "CREATE TABLE x (y)");
  g_assert_false (rapport_database_restore (path, foreign, NULL, &error));
  g_assert_error (error, RAPPORT_DATABASE_ERROR, RAPPORT_DATABASE_ERROR_BACKUP);
  g_clear_error (&error);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM mentees"), ==, 2);

  /* A good one replaces the notebook; the replaced one is kept. */
  g_assert_true (rapport_database_restore (path, backup, &saved, &error));
  g_assert_no_error (error);
  g_assert_nonnull (saved);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM mentees"), ==, 1);
  g_assert_cmpint (query_int (saved, "SELECT count(*) FROM mentees"), ==, 2);
  g_assert_cmpint (rapport_test_file_mode (path), ==, 0600);
  g_assert_cmpint (rapport_test_file_mode (saved), ==, 0600);

  db = rapport_database_open (path, RAPPORT_DATABASE_OPEN_NONE, &error);
  g_assert_no_error (error);
  g_assert_true (rapport_database_integrity_check (db, TRUE, &error));
}

static void
check_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GAsyncResult **out = user_data;
  *out = g_object_ref (result);
}

static gboolean
run_check (RapportRepository  *repo,
           GError            **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  rapport_repository_check_async (repo, NULL, check_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return rapport_repository_check_finish (repo, result, error);
}

static gboolean
run_backup (RapportRepository  *repo,
            char              **backup,
            GError            **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  rapport_repository_backup_daily_async (repo, NULL, check_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return rapport_repository_backup_daily_finish (repo, result, backup, error);
}

static void
test_check_async (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportRepository) repo = NULL;
  g_autofree char *dir = notebook_dir ();
  g_autofree char *path = notebook_path ();
  g_autofree char *backup = NULL;
  g_autofree char *again = NULL;
  g_autofree char *moved = NULL;
  gsize len;
  FILE *f;

  repo = rapport_repository_new (dir, &error);
  g_assert_no_error (error);
  g_assert_true (_rapport_database_exec (rapport_repository_get_database (repo),
    "CREATE TABLE filler (x TEXT);"
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)"
    "  INSERT INTO filler SELECT printf ('%.500c', 'x') FROM n;", &error));

  /* Healthy: the check passes and writes nothing (the daily backup is
   * taken after the day's first change, see test-daily-backup.c) ... */
  g_assert_true (run_check (repo, &error));
  g_assert_no_error (error);
  {
    g_autofree char *backup_dir = g_build_filename (dir, "backups", NULL);
    g_autoptr(GPtrArray) backups = rapport_database_list_backups (backup_dir);

    g_assert_cmpuint (backups->len, ==, 0);
  }

  /* ... which is written, once, off the main thread. */
  g_assert_true (run_backup (repo, &backup, &error));
  g_assert_no_error (error);
  g_assert_nonnull (backup);
  g_assert_cmpint (rapport_test_file_mode (backup), ==, 0600);
  g_assert_cmpint (query_int (backup, "SELECT count(*) FROM filler"), ==, 2000);
  g_assert_true (run_backup (repo, &again, &error));
  g_assert_no_error (error);
  g_assert_null (again);

  /* The worker thread drops its reference (and so possibly the last one)
   * just after reporting; wait until the notebook is really closed. */
  {
    gpointer weak = repo;

    g_object_add_weak_pointer (G_OBJECT (repo), &weak);
    g_clear_object (&repo);
    for (guint i = 0; weak != NULL && i < 500; i++)
      g_usleep (10000);
    g_assert_null (weak);
  }

  /* Damaged in pages the open does not read: the open succeeds, the check
   * reports it, and quarantine moves it aside untouched. */
  {
    g_autofree char *contents = NULL;
    g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  }
  f = fopen (path, "r+b");
  fseek (f, len / 2, SEEK_SET);
  for (guint i = 0; i < 16 * 1024; i++)
    fputc (0x5A, f);
  fclose (f);

  repo = rapport_repository_new (dir, &error);
  g_assert_no_error (error);
  g_assert_false (run_check (repo, &error));
  g_assert_error (error, RAPPORT_DATABASE_ERROR, RAPPORT_DATABASE_ERROR_CORRUPT);
  g_clear_error (&error);
  g_clear_object (&repo);

  g_assert_true (rapport_database_quarantine (path, &error));
  g_assert_error (error, RAPPORT_DATABASE_ERROR, RAPPORT_DATABASE_ERROR_CORRUPT);
  moved = find_moved_aside (dir, "corrupt");
  g_assert_nonnull (moved);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/rapport/database/create-private", test_create_private);
  g_test_add_func ("/rapport/database/loose-mode-tightened", test_loose_mode_tightened);
  g_test_add_func ("/rapport/database/wal", test_wal_mode);
  g_test_add_func ("/rapport/database/newer-version", test_newer_version);
  g_test_add_func ("/rapport/database/not-a-notebook/text", test_not_a_notebook_text);
  g_test_add_func ("/rapport/database/not-a-notebook/foreign-sqlite", test_not_a_notebook_foreign_sqlite);
  g_test_add_func ("/rapport/database/corrupt", test_corrupt);
  g_test_add_func ("/rapport/database/migrate/from-v1", test_migrate_from_v1);
  g_test_add_func ("/rapport/database/migrate/transactional", test_migrations_are_transactional);
  g_test_add_func ("/rapport/database/backup/verify", test_backup_and_verify);
  g_test_add_func ("/rapport/database/backup/rotation-rule", test_rotation_rule);
  g_test_add_func ("/rapport/database/backup/daily", test_backup_daily);
  g_test_add_func ("/rapport/database/backup/restore", test_restore);
  g_test_add_func ("/rapport/database/check-async", test_check_async);

  return g_test_run ();
}
