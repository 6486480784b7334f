/* rapport-live-restore.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-live-restore"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "rapport-data-dir.h"
#include "rapport-database-private.h"
#include "rapport-live-restore.h"

/* Backing up and restoring from Preferences, while the application keeps
 * its notebook open.
 *
 * rapport_database_restore() swaps the file and needs every connection
 * closed; the running application cannot reopen its context, and a restart
 * would drop the reminders' D-Bus name and any pending notification
 * actions. So the restore here goes through the open connection instead,
 * with SQLite's online backup API: the backup's pages replace the
 * notebook's in one write transaction of that connection (the -wal makes
 * it all or nothing, even across a crash), every other part of the
 * application keeps its handle, and the repository reloads its lists. */

static gboolean
create_private_empty_file (const char  *path,
                           GError     **error)
{
  int fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);

  if (fd < 0)
    {
      int errsv = errno;

      g_set_error (error, RAPPORT_DATABASE_ERROR, RAPPORT_DATABASE_ERROR_BACKUP,
                   _("Could not create “%s”: %s"), path, g_strerror (errsv));
      return FALSE;
    }

  close (fd);
  return TRUE;
}

/* Copies every page of @src's main database into @dest's, in one write
 * transaction of @dest. */
static gboolean
copy_pages (sqlite3     *dest,
            sqlite3     *src,
            GError     **error)
{
  sqlite3_backup *backup;
  int rc;

  if (!(backup = sqlite3_backup_init (dest, "main", src, "main")))
    return _rapport_database_set_error (dest, sqlite3_errcode (dest), error);

  /* The busy handler does not apply to the backup API: give a reader on
   * another connection (the integrity check) a moment to finish. */
  for (guint attempt = 0; attempt < 50; attempt++)
    {
      rc = sqlite3_backup_step (backup, -1);
      if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
        break;
      g_usleep (100 * 1000);
    }

  if (rc == SQLITE_DONE)
    rc = sqlite3_backup_finish (backup);
  else
    sqlite3_backup_finish (backup);

  if (rc != SQLITE_OK)
    return _rapport_database_set_error (dest, rc, error);

  return TRUE;
}

static char *
dup_schema (sqlite3 *handle)
{
  GString *out = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (handle,
                          "SELECT type, name, tbl_name, sql FROM sqlite_schema "
                          "ORDER BY type, name",
                          -1, &stmt, NULL) != SQLITE_OK)
    return g_string_free (out, FALSE);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    for (int i = 0; i < 4; i++)
      {
        const char *text = (const char *)sqlite3_column_text (stmt, i);

        g_string_append_printf (out, "%s\x1f", text ? text : "");
      }
  sqlite3_finalize (stmt);

  return g_string_free (out, FALSE);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }

  g_rmdir (path);
}

/* A private copy of @backup_path in @work_dir, opened and migrated to this
 * version's schema; the backup itself is never written to. */
static RapportDatabase *
open_working_copy (const char  *backup_path,
                   const char  *work_dir,
                   GError     **error)
{
  g_autofree char *copy_path = g_build_filename (work_dir, "rapport.db", NULL);
  sqlite3 *src = NULL;
  sqlite3 *dest = NULL;
  gboolean ok;
  int rc;

  if (!create_private_empty_file (copy_path, error))
    return NULL;

  rc = sqlite3_open_v2 (backup_path, &src, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOFOLLOW, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_open_v2 (copy_path, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, NULL);
  if (rc != SQLITE_OK)
    {
      _rapport_database_set_error (dest ? dest : src, rc, error);
      sqlite3_close (src);
      sqlite3_close (dest);
      return NULL;
    }

  ok = copy_pages (dest, src, error);
  sqlite3_close (src);
  sqlite3_close (dest);
  if (!ok)
    return NULL;

  return rapport_database_open (copy_path, RAPPORT_DATABASE_OPEN_EXISTING, error);
}

/**
 * rapport_database_backup_now:
 * @self: a writable #RapportDatabase
 * @now: the current local time
 * @error: return location for an error
 *
 * The "Back Up Now" of Preferences: a verified copy of the notebook as it is
 * now. It becomes today's automatic backup (`rapport-YYYY-MM-DD.db`, rotated
 * with the others) unless that exists; an earlier backup is never
 * overwritten, so a second one the same day is `rapport-manual-….db`.
 *
 * Returns: (transfer full) (nullable): the new backup's path, or %NULL with
 *   @error set
 */
char *
rapport_database_backup_now (RapportDatabase  *self,
                             GDateTime        *now,
                             GError          **error)
{
  g_autofree char *daily = NULL;
  g_autofree char *name = NULL;
  g_autofree char *dest = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *backup_dir;

  g_return_val_if_fail (RAPPORT_IS_DATABASE (self), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  /* On a new day this writes today's backup and rotates the old ones. */
  daily = rapport_database_backup_daily (self, now, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (daily != NULL)
    return g_steal_pointer (&daily);

  backup_dir = rapport_database_get_backup_dir (self);
  if (!rapport_data_dir_ensure (backup_dir, error))
    return NULL;

  name = g_date_time_format (now, "rapport-%Y-%m-%d.db");
  dest = g_build_filename (backup_dir, name, NULL);
  if (g_file_test (dest, G_FILE_TEST_EXISTS))
    {
      g_free (name);
      g_free (dest);
      name = g_date_time_format (now, "rapport-manual-%Y%m%d-%H%M%S.db");
      dest = g_build_filename (backup_dir, name, NULL);
    }

  if (!rapport_database_backup_to (self, dest, error))
    return NULL;

  return g_steal_pointer (&dest);
}

/**
 * rapport_database_restore_live:
 * @self: a writable connection to the notebook (the application's own, or
 *   a second one on a worker thread)
 * @backup_path: the backup to restore
 * @saved_previous: (out) (optional) (transfer full): where the notebook as
 *   it was before is kept, in the backups folder
 * @error: return location for a %RAPPORT_DATABASE_ERROR
 *
 * Replaces the content of @self with @backup_path without closing @self:
 * the backup is verified (a Rapport notebook that passes the quick check,
 * not from a newer version), copied and brought to this version's schema,
 * the notebook as it is now is kept as a before-restore backup, and then the
 * backup's pages are written over the notebook's in one transaction. Nothing
 * is changed unless every step before the last succeeded.
 *
 * Every #RapportRepository on @self must reload afterwards
 * (rapport_repository_refresh()).
 *
 * Returns: %TRUE if the notebook now holds the backup's content
 */
gboolean
rapport_database_restore_live (RapportDatabase  *self,
                               const char       *backup_path,
                               char            **saved_previous,
                               GError          **error)
{
  g_autoptr(RapportDatabase) copy = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *work_dir = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *saved_name = NULL;
  g_autofree char *live_schema = NULL;
  g_autofree char *copy_schema = NULL;
  const char *backup_dir;
  gboolean ok = FALSE;

  g_return_val_if_fail (RAPPORT_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);

  if (rapport_database_is_read_only (self))
    {
      g_set_error (error, RAPPORT_DATABASE_ERROR, RAPPORT_DATABASE_ERROR_READ_ONLY,
                   _("This notebook is open read-only; it cannot be replaced."));
      return FALSE;
    }
  if (rapport_database_in_transaction (self))
    {
      g_set_error (error, RAPPORT_DATABASE_ERROR, RAPPORT_DATABASE_ERROR_BUSY,
                   _("The notebook is being saved; try again in a moment."));
      return FALSE;
    }

  if (!rapport_database_verify_file (backup_path, error))
    return FALSE;

  backup_dir = rapport_database_get_backup_dir (self);
  if (!rapport_data_dir_ensure (backup_dir, error))
    return FALSE;

  /* 1. A migrated private copy, next to the notebook (0700 folder). */
  work_dir = g_build_filename (backup_dir, ".restoring-XXXXXX", NULL);
  if (g_mkdtemp_full (work_dir, 0700) == NULL)
    {
      int errsv = errno;

      g_set_error (error, RAPPORT_DATABASE_ERROR, RAPPORT_DATABASE_ERROR_BACKUP,
                   _("Could not prepare the restore: %s"), g_strerror (errsv));
      return FALSE;
    }

  if (!(copy = open_working_copy (backup_path, work_dir, error)))
    goto out;

  /* The notebook's connection trusts its schema (rapport-database.c checks
   * the triggers when it opens): a backup whose tables or triggers differ
   * from Rapport's own must not slip in under that trust. */
  live_schema = dup_schema (_rapport_database_get_handle (self));
  copy_schema = dup_schema (_rapport_database_get_handle (copy));
  if (g_strcmp0 (live_schema, copy_schema) != 0)
    {
      g_set_error (error, RAPPORT_DATABASE_ERROR, RAPPORT_DATABASE_ERROR_BACKUP,
                   _("The backup “%s” is laid out differently from this version’s notebooks "
                     "and cannot be restored while Rapport runs; quit Rapport and use "
                     "rapport --restore."),
                   backup_path);
      goto out;
    }

  /* 2. Keep the notebook as it is now. */
  now = g_date_time_new_now_utc ();
  stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  saved_name = g_strdup_printf ("rapport-before-restore-%s.db", stamp);
  saved = g_build_filename (backup_dir, saved_name, NULL);
  if (g_file_test (saved, G_FILE_TEST_EXISTS))
    {
      g_free (saved_name);
      g_free (saved);
      saved_name = g_strdup_printf ("rapport-before-restore-%s-%" G_GINT64_FORMAT ".db",
                                    stamp, g_get_real_time () % G_USEC_PER_SEC);
      saved = g_build_filename (backup_dir, saved_name, NULL);
    }
  if (!rapport_database_backup_to (self, saved, error))
    goto out;

  /* 3. Replace, in one transaction of the open connection. */
  if (!copy_pages (_rapport_database_get_handle (self), _rapport_database_get_handle (copy), error))
    goto out;

  ok = TRUE;
  if (saved_previous != NULL)
    *saved_previous = g_steal_pointer (&saved);

out:
  g_clear_object (&copy);
  remove_tree (work_dir);
  return ok;
}
