/* test-backup.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>
#include <utime.h>

#include "rapport-backup.h"
#include "rapport-database.h"
#include "rapport-repository.h"
#include "rapport-test-utils.h"

static char *
notebook_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "rapport", NULL);
}

static void
add_mentee (RapportRepository *repo,
            const char        *name)
{
  g_autoptr(RapportMentee) m = rapport_mentee_new ();
  g_autoptr(GError) error = NULL;

  rapport_mentee_set_name (m, name);
  g_assert_true (rapport_repository_save (repo, RAPPORT_ITEM (m), &error));
  g_assert_no_error (error);
}

static char *
mentee_names (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportRepository) repo = rapport_repository_new (dir, &error);
  g_autoptr(GString) names = g_string_new (NULL);
  GListModel *mentees;

  g_assert_no_error (error);
  mentees = rapport_repository_get_mentees (repo);
  for (guint i = 0; i < g_list_model_get_n_items (mentees); i++)
    {
      g_autoptr(RapportMentee) m = g_list_model_get_item (mentees, i);

      g_string_append_printf (names, "%s%s", i > 0 ? "," : "", rapport_mentee_get_name (m));
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static void
backup_as (RapportRepository *repo,
           const char        *name,
           gint64             mtime)
{
  RapportDatabase *db = rapport_repository_get_database (repo);
  g_autofree char *path = g_build_filename (rapport_database_get_backup_dir (db), name, NULL);
  g_autoptr(GError) error = NULL;
  struct utimbuf times = { mtime, mtime };

  g_assert_cmpint (g_mkdir_with_parents (rapport_database_get_backup_dir (db), 0700), ==, 0);
  g_assert_true (rapport_database_backup_to (db, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_utime (path, (struct utimbuf *)&times), ==, 0);
}

static void
test_list_missing_folder (void)
{
  g_autofree char *dir = notebook_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = rapport_backup_list (dir, &error);

  g_assert_no_error (error);
  g_assert_nonnull (list);
  g_assert_cmpuint (list->len, ==, 0);
}

static void
test_list (void)
{
  g_autofree char *dir = notebook_dir ();
  g_autofree char *backups = g_build_filename (dir, "backups", NULL);
  g_autofree char *junk = g_build_filename (backups, "notes.txt", NULL);
  g_autofree char *folder = g_build_filename (backups, "folder.db", NULL);
  g_autofree char *link = g_build_filename (backups, "link.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportRepository) repo = rapport_repository_new (dir, &error);
  g_autoptr(GPtrArray) list = NULL;
  static const struct {
    const char        *name;
    RapportBackupKind  kind;
  } expected[] = {
    /* Newest first. */
    { "rapport-before-restore-20260317-101500.db", RAPPORT_BACKUP_KIND_BEFORE_RESTORE },
    { "rapport-2026-03-16.db", RAPPORT_BACKUP_KIND_DAILY },
    { "my-copy.db", RAPPORT_BACKUP_KIND_OTHER },
    { "rapport-before-v2-20260301-090000.db", RAPPORT_BACKUP_KIND_BEFORE_MIGRATION },
  };
  gint64 base = 1773820800;  /* 2026-03-18T08:00:00Z */

  g_assert_no_error (error);
  add_mentee (repo, "Ada");

  backup_as (repo, "rapport-2026-03-16.db", base - 2 * 86400);
  backup_as (repo, "rapport-before-v2-20260301-090000.db", base - 17 * 86400);
  backup_as (repo, "rapport-before-restore-20260317-101500.db", base - 86400);
  backup_as (repo, "my-copy.db", base - 3 * 86400);

  /* Not backups: another kind of file, a folder and a link. */
  g_assert_true (g_file_set_contents (junk, "x", -1, NULL));
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_cmpint (symlink ("rapport-2026-03-16.db", link), ==, 0);

  list = rapport_backup_list (dir, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, G_N_ELEMENTS (expected));

  for (guint i = 0; i < list->len; i++)
    {
      RapportBackup *b = g_ptr_array_index (list, i);
      g_autofree char *path = g_build_filename (backups, expected[i].name, NULL);
      g_autoptr(GDateTime) taken_at = NULL;
      GStatBuf st;
      gint64 size = 0;

      g_assert_cmpstr (rapport_backup_get_path (b), ==, path);
      g_assert_cmpint (rapport_backup_get_kind (b), ==, expected[i].kind);
      g_assert_cmpint (g_stat (path, &st), ==, 0);
      g_assert_cmpint (rapport_backup_get_size (b), ==, st.st_size);
      g_assert_cmpint (rapport_backup_get_size (b), >, 0);
      g_assert_cmpint (g_date_time_to_unix (rapport_backup_get_taken_at (b)), ==, st.st_mtime);

      /* The same values as properties, for bindings in the UI. */
      g_object_get (b, "taken-at", &taken_at, "size", &size, NULL);
      g_assert_true (g_date_time_equal (taken_at, rapport_backup_get_taken_at (b)));
      g_assert_cmpint (size, ==, st.st_size);
    }
}

/* The app's restore: the repository is dropped, the backup restored, the
 * replaced notebook kept and listed, the notebook opened again. */
static void
test_restore (void)
{
  g_autofree char *dir = notebook_dir ();
  g_autofree char *backup = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *names = NULL;
  g_autofree char *saved_names = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  RapportRepository *repo = rapport_repository_new (dir, &error);
  gboolean found = FALSE;

  g_assert_no_error (error);
  add_mentee (repo, "Before");
  backup = g_build_filename (rapport_database_get_backup_dir (rapport_repository_get_database (repo)),
                             "rapport-2026-03-16.db", NULL);
  backup_as (repo, "rapport-2026-03-16.db", 1773648000);
  add_mentee (repo, "After");
  g_object_unref (repo);

  g_assert_true (rapport_backup_restore (dir, backup, &saved, &error));
  g_assert_no_error (error);
  g_assert_nonnull (saved);

  names = mentee_names (dir);
  g_assert_cmpstr (names, ==, "Before");

  list = rapport_backup_list (dir, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < list->len; i++)
    {
      RapportBackup *b = g_ptr_array_index (list, i);

      if (g_strcmp0 (rapport_backup_get_path (b), saved) == 0)
        {
          g_assert_cmpint (rapport_backup_get_kind (b), ==, RAPPORT_BACKUP_KIND_BEFORE_RESTORE);
          found = TRUE;
        }
    }
  g_assert_true (found);
  g_assert_cmpint (rapport_test_file_mode (saved), ==, 0600);

  /* What the restore replaced can itself be restored. */
  g_assert_true (rapport_backup_restore (dir, saved, NULL, &error));
  g_assert_no_error (error);
  saved_names = mentee_names (dir);
  g_assert_cmpstr (saved_names, ==, "After,Before");
}

static void
test_restore_refused (void)
{
  g_autofree char *dir = notebook_dir ();
  g_autofree char *junk = g_build_filename (g_get_user_data_dir (), "junk.db", NULL);
  g_autofree char *backup = NULL;
  g_autofree char *names = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(RapportRepository) repo = rapport_repository_new (dir, &error);

  g_assert_no_error (error);
  add_mentee (repo, "Kept");
  backup = g_build_filename (rapport_database_get_backup_dir (rapport_repository_get_database (repo)),
                             "rapport-2026-03-16.db", NULL);
  backup_as (repo, "rapport-2026-03-16.db", 1773648000);
  add_mentee (repo, "Also kept");

  /* Not a notebook. */
  g_assert_true (g_file_set_contents (junk, "not a notebook", -1, NULL));
  g_assert_false (rapport_backup_restore (dir, junk, NULL, &error));
  g_assert_error (error, RAPPORT_DATABASE_ERROR, RAPPORT_DATABASE_ERROR_BACKUP);
  g_clear_error (&error);

  /* The notebook is still open here, as it would be in a Rapport that did
   * not drop its repository: nothing is replaced, no copy is left behind. */
  g_assert_false (rapport_backup_restore (dir, backup, NULL, &error));
  g_assert_error (error, RAPPORT_DATABASE_ERROR, RAPPORT_DATABASE_ERROR_BUSY);
  list = rapport_backup_list (dir, &error);
  g_assert_cmpuint (list->len, ==, 1);

  g_clear_object (&repo);
  names = mentee_names (dir);
  g_assert_cmpstr (names, ==, "Also kept,Kept");
}

int
main (int   argc,
      char *argv[])
{
  rapport_test_init (&argc, &argv);

  g_test_add_func ("/rapport/backup/list-missing-folder", test_list_missing_folder);
  g_test_add_func ("/rapport/backup/list", test_list);
  g_test_add_func ("/rapport/backup/restore", test_restore);
  g_test_add_func ("/rapport/backup/restore-refused", test_restore_refused);

  return g_test_run ();
}
