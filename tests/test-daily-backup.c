/* test-daily-backup.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* When the automatic daily backup is taken: once the notebook holds the
 * day's first change (and at the latest when Rapport quits), never of an
 * empty notebook. Each backup is read back as a notebook of its own. */

#include "config.h"

#include <glib/gstdio.h>
#include <time.h>
#include <utime.h>

#include "rapport-context.h"
#include "rapport-test-utils.h"

typedef struct
{
  RapportContext *context;
  char           *dir;
  char           *backup_dir;
  GDateTime      *now;
  char           *failure;
} Fixture;

static GDateTime *
fixture_now (gpointer user_data)
{
  Fixture *f = user_data;

  return g_date_time_ref (f->now);
}

static void
backup_failed_cb (RapportContext *context,
                  const char     *message,
                  Fixture        *f)
{
  g_free (f->failure);
  f->failure = g_strdup (message);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();

  f->dir = g_build_filename (g_get_user_data_dir (), "rapport", NULL);
  f->backup_dir = g_build_filename (f->dir, "backups", NULL);
  f->now = g_date_time_new (tz, 2026, 3, 18, 10, 0, 0);
  f->context = rapport_context_new (f->dir, &error);
  g_assert_no_error (error);
  rapport_repository_set_now_func (rapport_context_get_repository (f->context), fixture_now, f, NULL);
  g_signal_connect (f->context, "backup-failed", G_CALLBACK (backup_failed_cb), f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  rapport_context_finish_backup (f->context);
  g_assert_finalize_object (f->context);
  g_date_time_unref (f->now);
  g_free (f->dir);
  g_free (f->backup_dir);
  g_free (f->failure);
}

static char *
backup_path (Fixture   *f,
             GDateTime *day)
{
  g_autofree char *name = g_date_time_format (day, "rapport-%Y-%m-%d.db");

  return g_build_filename (f->backup_dir, name, NULL);
}

static guint
count_backups (Fixture *f)
{
  g_autoptr(GPtrArray) backups = rapport_database_list_backups (f->backup_dir);

  return backups->len;
}

static gboolean
file_exists (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_IS_REGULAR);
}

static RapportMentee *
add_mentee (Fixture    *f,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  RapportMentee *mentee = rapport_mentee_new ();

  rapport_mentee_set_name (mentee, name);
  g_assert_true (rapport_repository_save (rapport_context_get_repository (f->context),
                                          RAPPORT_ITEM (mentee), &error));
  g_assert_no_error (error);
  return mentee;
}

/* The mentees a backup holds, read through a connection of its own. */
static guint
mentees_in (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportDatabase) db = NULL;
  g_autoptr(RapportRepository) repository = NULL;

  db = rapport_database_open (path, RAPPORT_DATABASE_OPEN_READ_ONLY | RAPPORT_DATABASE_OPEN_EXISTING,
                              &error);
  g_assert_no_error (error);
  repository = rapport_repository_new_for_database (db);
  g_assert_true (rapport_repository_refresh (repository, &error));
  g_assert_no_error (error);
  return g_list_model_get_n_items (rapport_repository_get_mentees (repository));
}

/* ------------------------------------------------------------------------ */

/* Opening a new notebook, and changes that leave it empty, take no backup;
 * the first mentee does, a moment later. */
static void
test_first_change (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *today = backup_path (f, f->now);
  g_autoptr(RapportMentee) ada = NULL;
  g_autoptr(GError) error = NULL;

  _rapport_context_set_backup_delay (f->context, 10);
  rapport_context_start_daily_backups (f->context);

  /* A change that leaves nothing of the mentor's: still no backup. */
  ada = add_mentee (f, "Ada Lovelace");
  g_assert_true (rapport_repository_trash (rapport_context_get_repository (f->context),
                                           RAPPORT_ITEM (ada), &error));
  g_assert_true (rapport_repository_empty_trash (rapport_context_get_repository (f->context), &error));
  g_assert_no_error (error);
  rapport_test_iterate (300);
  g_assert_cmpuint (count_backups (f), ==, 0);

  /* The first real change of the day. */
  g_clear_object (&ada);
  ada = add_mentee (f, "Ada Lovelace");
  g_assert_true (rapport_test_wait_for (file_exists, today, 10000));
  rapport_context_finish_backup (f->context);
  g_assert_cmpuint (count_backups (f), ==, 1);
  g_assert_cmpint (rapport_test_file_mode (today), ==, 0600);
  g_assert_cmpuint (mentees_in (today), ==, 1);
  g_assert_null (f->failure);
}

/* One backup a day: later changes that day leave it; the next day's first
 * change takes the next one, with everything of the day before. */
static void
test_once_a_day (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *today = backup_path (f, f->now);
  g_autofree char *tomorrow = NULL;
  g_autoptr(RapportMentee) ada = NULL;
  g_autoptr(RapportMentee) grace = NULL;
  g_autoptr(RapportMentee) alan = NULL;

  _rapport_context_set_backup_delay (f->context, 10);
  rapport_context_start_daily_backups (f->context);

  ada = add_mentee (f, "Ada Lovelace");
  g_assert_true (rapport_test_wait_for (file_exists, today, 10000));
  rapport_context_finish_backup (f->context);

  grace = add_mentee (f, "Grace Hopper");
  rapport_test_iterate (300);
  rapport_context_finish_backup (f->context);
  g_assert_cmpuint (count_backups (f), ==, 1);
  g_assert_cmpuint (mentees_in (today), ==, 1);

  /* The next day (the backup file was written a day before, too: the
   * notebook changed since, as files tell it). */
  {
    GDateTime *next = g_date_time_add_days (f->now, 1);
    struct utimbuf yesterday = { .actime = time (NULL) - 86400, .modtime = time (NULL) - 86400 };

    g_assert_cmpint (g_utime (today, &yesterday), ==, 0);
    g_date_time_unref (f->now);
    f->now = next;
  }
  tomorrow = backup_path (f, f->now);
  alan = add_mentee (f, "Alan Turing");
  g_assert_true (rapport_test_wait_for (file_exists, tomorrow, 10000));
  rapport_context_finish_backup (f->context);
  g_assert_cmpuint (count_backups (f), ==, 2);
  g_assert_cmpuint (mentees_in (tomorrow), ==, 3);
}

/* Quitting before the backup was due takes it then. */
static void
test_at_quit (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *today = backup_path (f, f->now);
  g_autoptr(RapportMentee) ada = NULL;

  rapport_context_start_daily_backups (f->context);
  ada = add_mentee (f, "Ada Lovelace");
  rapport_test_iterate (200);
  g_assert_cmpuint (count_backups (f), ==, 0);

  rapport_context_finish_backup (f->context);
  g_assert_true (g_file_test (today, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (mentees_in (today), ==, 1);
}

/* A backup that cannot be written is reported, and tried again with the
 * next change. */
static void
test_failure_reported_and_retried (Fixture       *f,
                                   gconstpointer  data)
{
  g_autofree char *today = backup_path (f, f->now);
  g_autoptr(RapportMentee) ada = NULL;
  g_autoptr(RapportMentee) grace = NULL;

  /* A file where the backups folder should be. */
  g_assert_true (g_file_set_contents (f->backup_dir, "in the way", -1, NULL));

  _rapport_context_set_backup_delay (f->context, 10);
  rapport_context_start_daily_backups (f->context);
  ada = add_mentee (f, "Ada Lovelace");
  rapport_test_iterate (300);
  rapport_context_finish_backup (f->context);
  g_assert_nonnull (f->failure);
  g_test_message ("%s", f->failure);

  g_assert_cmpint (g_unlink (f->backup_dir), ==, 0);
  grace = add_mentee (f, "Grace Hopper");
  g_assert_true (rapport_test_wait_for (file_exists, today, 10000));
  rapport_context_finish_backup (f->context);
  g_assert_cmpuint (mentees_in (today), ==, 2);
}

/* Without rapport_context_start_daily_backups() (the sample notebook),
 * nothing is backed up. */
static void
test_not_started (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(RapportMentee) ada = NULL;

  _rapport_context_set_backup_delay (f->context, 10);
  ada = add_mentee (f, "Ada Lovelace");
  rapport_test_iterate (300);
  rapport_context_finish_backup (f->context);
  g_assert_cmpuint (count_backups (f), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  rapport_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/rapport/daily-backup/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("first-change", test_first_change);
  ADD ("once-a-day", test_once_a_day);
  ADD ("at-quit", test_at_quit);
  ADD ("failure-reported-and-retried", test_failure_reported_and_retried);
  ADD ("not-started", test_not_started);

#undef ADD

  return g_test_run ();
}
