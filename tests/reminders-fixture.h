/* reminders-fixture.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Shared by test-scheduler.c and test-notifications.c (included, not
 * linked: each test is one source file). A notebook in the test's private
 * data folder, filled with plain SQL so the reminder tests do not depend on
 * the model layer, and a fake clock in Europe/Berlin, a zone with DST. */

#pragma once

#include <glib/gstdio.h>

#include "rapport-clock.h"
#include "rapport-database-private.h"
#include "rapport-scheduler.h"
#include "rapport-store-reminders.h"

#define TEST_ZONE "Europe/Berlin"

G_GNUC_UNUSED static GTimeZone *
test_zone (void)
{
  GTimeZone *tz = g_time_zone_new_identifier (TEST_ZONE);

  g_assert_nonnull (tz);
  return tz;
}

/* "2026-11-03 08:00" in @zone (Europe/Berlin when NULL) as Unix seconds. */
G_GNUC_UNUSED static gint64
local_at (const char *zone,
          const char *text)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier (zone != NULL ? zone : TEST_ZONE);
  g_autoptr(GDateTime) dt = NULL;
  int y, mo, d, h, mi;

  g_assert_cmpint (sscanf (text, "%d-%d-%d %d:%d", &y, &mo, &d, &h, &mi), ==, 5);
  dt = g_date_time_new (tz, y, mo, d, h, mi, 0);
  g_assert_nonnull (dt);

  return g_date_time_to_unix (dt);
}

/* "2026-03-29 01:00" UTC as Unix seconds. */
G_GNUC_UNUSED static gint64
utc_at (const char *text)
{
  g_autoptr(GDateTime) dt = NULL;
  int y, mo, d, h, mi;

  g_assert_cmpint (sscanf (text, "%d-%d-%d %d:%d", &y, &mo, &d, &h, &mi), ==, 5);
  dt = g_date_time_new_utc (y, mo, d, h, mi, 0);

  return g_date_time_to_unix (dt);
}

G_GNUC_UNUSED static RapportDatabase *
open_notebook (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "rapport", NULL);
  g_autofree char *path = g_build_filename (dir, "rapport.db", NULL);
  RapportDatabase *db;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  db = rapport_database_open (path, RAPPORT_DATABASE_OPEN_NONE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (db);

  return db;
}

G_GNUC_UNUSED static void
exec_sql (RapportDatabase *db,
          const char      *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (_rapport_database_exec (db, sql, &error));
  g_assert_no_error (error);
}

G_GNUC_UNUSED static gint64
last_id (RapportDatabase *db)
{
  return sqlite3_last_insert_rowid (_rapport_database_get_handle (db));
}

G_GNUC_UNUSED static gint64
add_mentee (RapportDatabase *db,
            const char      *name,
            int              cadence_days,
            int              max_gap_days)
{
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *sql = g_strdup_printf (
    "INSERT INTO mentees (uuid, name, cadence_days, max_gap_days, created_at, updated_at)"
    " VALUES ('%s', '%s', %d, %d, 0, 0)", uuid, name, cadence_days, max_gap_days);

  exec_sql (db, sql);
  return last_id (db);
}

G_GNUC_UNUSED static gint64
add_session (RapportDatabase *db,
             gint64           mentee_id,
             gint64           starts_at,
             const char      *status)
{
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *sql = g_strdup_printf (
    "INSERT INTO sessions (uuid, mentee_id, starts_at, status, created_at, updated_at)"
    " VALUES ('%s', %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", '%s', 0, 0)",
    uuid, mentee_id, starts_at, status);

  exec_sql (db, sql);
  return last_id (db);
}

/* A promise recorded at @promised_at, due on @due_date (and @due_time). */
G_GNUC_UNUSED static gint64
add_promise (RapportDatabase *db,
             gint64           mentee_id,
             const char      *owner,
             const char      *title,
             const char      *due_date,
             const char      *due_time,
             gint64           promised_at)
{
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *time = due_time != NULL ? g_strdup_printf ("'%s'", due_time) : g_strdup ("NULL");
  g_autofree char *sql = g_strdup_printf (
    "INSERT INTO commitments (uuid, mentee_id, owner, kind, title, due_date, due_time,"
    "                         created_at, updated_at)"
    " VALUES ('%s', %" G_GINT64_FORMAT ", '%s', 'resource', '%s', '%s', %s, %" G_GINT64_FORMAT
    ", %" G_GINT64_FORMAT ")",
    uuid, mentee_id, owner, title, due_date, time, promised_at, promised_at);

  exec_sql (db, sql);
  return last_id (db);
}

G_GNUC_UNUSED static void
complete_promise (RapportDatabase *db,
                  gint64           id)
{
  g_autofree char *sql = g_strdup_printf (
    "UPDATE commitments SET status = 'done', done_at = 1 WHERE id = %" G_GINT64_FORMAT, id);

  exec_sql (db, sql);
}

G_GNUC_UNUSED static int
count_rows (RapportDatabase *db,
            const char      *where)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM reminders WHERE %s", where);
  sqlite3_stmt *stmt = NULL;
  int n = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (_rapport_database_get_handle (db), sql, -1, &stmt, NULL),
                   ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  return n;
}
