/* rapport-backup.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-backup"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "rapport-backup.h"
#include "rapport-data-dir.h"
#include "rapport-database-private.h"

/* Backups are whole, self-contained notebook files written with VACUUM INTO
 * (never a file copy of the live database, whose -wal may hold the newest
 * commits). Automatic ones are named rapport-YYYY-MM-DD.db; the rotation
 * touches no other name, so the copies taken before a migration or a restore
 * stay until the mentor removes them. */

#define DAILY_TO_KEEP  7
#define WEEKLY_TO_KEEP 4

static gboolean
create_private_empty_file (const char  *path,
                           GError     **error)
{
  int fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);

  if (fd < 0)
    {
      int errsv = errno;
      g_set_error (error, RAPPORT_DATABASE_ERROR, RAPPORT_DATABASE_ERROR_BACKUP,
                   _("Could not create the backup “%s”: %s"), path, g_strerror (errsv));
      return FALSE;
    }

  close (fd);
  return TRUE;
}

static gboolean
vacuum_into (sqlite3     *handle,
             const char  *dest_path,
             GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (!create_private_empty_file (dest_path, error))
    return FALSE;

  rc = sqlite3_prepare_v2 (handle, "VACUUM INTO ?", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, dest_path, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_OK)
    {
      _rapport_database_set_error (handle, rc, error);
      g_unlink (dest_path);
      return FALSE;
    }

  return TRUE;
}

static gboolean
fsync_path (const char *path)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  gboolean ret;

  if (fd < 0)
    return FALSE;
  ret = fsync (fd) == 0;
  close (fd);
  return ret;
}

/**
 * rapport_database_verify_file:
 * @path: a candidate notebook, e.g. a backup
 * @error: return location for a %RAPPORT_DATABASE_ERROR_BACKUP error
 *
 * Checks without writing anything that @path is a Rapport notebook this
 * version understands and that it passes `quick_check`.
 *
 * Returns: %TRUE if @path can be restored
 */
gboolean
rapport_database_verify_file (const char  *path,
                              GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3 *handle = NULL;
  sqlite3_stmt *stmt = NULL;
  int app_id = 0, version = 0;
  int rc;

  g_return_val_if_fail (path != NULL, FALSE);

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, RAPPORT_DATABASE_ERROR, RAPPORT_DATABASE_ERROR_BACKUP,
                   _("The backup “%s” does not exist."), path);
      return FALSE;
    }

  rc = sqlite3_open_v2 (path, &handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOFOLLOW, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (handle,
                             "SELECT application_id, user_version "
                             "FROM pragma_application_id, pragma_user_version",
                             -1, &stmt, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      app_id = sqlite3_column_int (stmt, 0);
      version = sqlite3_column_int (stmt, 1);
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_OK)
    {
      _rapport_database_set_error (handle, rc, &local_error);
      sqlite3_close (handle);
      g_set_error (error, RAPPORT_DATABASE_ERROR, RAPPORT_DATABASE_ERROR_BACKUP,
                   _("“%s” is not a usable notebook: %s"), path, local_error->message);
      return FALSE;
    }

  if (app_id != RAPPORT_DATABASE_APPLICATION_ID || version < 1)
    {
      sqlite3_close (handle);
      g_set_error (error, RAPPORT_DATABASE_ERROR, RAPPORT_DATABASE_ERROR_BACKUP,
                   _("“%s” is not a Rapport notebook."), path);
      return FALSE;
    }

  if (version > RAPPORT_DATABASE_SCHEMA_VERSION)
    {
      sqlite3_close (handle);
      g_set_error (error, RAPPORT_DATABASE_ERROR, RAPPORT_DATABASE_ERROR_BACKUP,
                   _("“%s” was written by a newer version of Rapport."), path);
      return FALSE;
    }

  if (!_rapport_database_quick_check_handle (handle, FALSE, &local_error))
    {
      sqlite3_close (handle);
      g_set_error (error, RAPPORT_DATABASE_ERROR, RAPPORT_DATABASE_ERROR_BACKUP,
                   _("The backup “%s” is damaged: %s"), path, local_error->message);
      return FALSE;
    }

  sqlite3_close (handle);
  return TRUE;
}

/**
 * rapport_database_backup_to:
 * @self: a #RapportDatabase
 * @dest_path: a file that does not exist yet
 * @error: return location for an error
 *
 * Writes a consistent copy of the notebook to @dest_path (created 0600) with
 * `VACUUM INTO` and verifies the copy. A failed or unverifiable copy is
 * removed.
 *
 * Returns: %TRUE if @dest_path holds a verified backup
 */
gboolean
rapport_database_backup_to (RapportDatabase  *self,
                            const char       *dest_path,
                            GError          **error)
{
  g_return_val_if_fail (RAPPORT_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (dest_path != NULL, FALSE);

  if (!vacuum_into (_rapport_database_get_handle (self), dest_path, error))
    return FALSE;

  if (!fsync_path (dest_path) || !rapport_database_verify_file (dest_path, error))
    {
      g_unlink (dest_path);
      if (error && !*error)
        g_set_error (error, RAPPORT_DATABASE_ERROR, RAPPORT_DATABASE_ERROR_BACKUP,
                     _("The backup “%s” could not be written to disk."), dest_path);
      return FALSE;
    }

  return TRUE;
}

static gboolean
parse_daily_name (const char *name,
                  GDate      *date)
{
  guint y, m, d;
  char tail[8] = "";

  if (strlen (name) != strlen ("rapport-YYYY-MM-DD.db"))
    return FALSE;
  if (sscanf (name, "rapport-%4u-%2u-%2u%3s", &y, &m, &d, tail) != 4 || strcmp (tail, ".db") != 0)
    return FALSE;
  if (!g_date_valid_dmy (d, m, y))
    return FALSE;

  g_date_clear (date, 1);
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

static int
compare_dates_desc (gconstpointer a,
                    gconstpointer b)
{
  return g_date_compare (*(GDate * const *)b, *(GDate * const *)a);
}

/**
 * _rapport_backup_select_keep:
 * @dates: backup dates, sorted newest first
 * @n_dates: the number of @dates
 * @keep: (out caller-allocates): one flag per date
 *
 * The rotation rule, kept pure for the tests: the 7 newest backups are kept,
 * and of the older ones the newest of each ISO week, for the 4 most recent
 * weeks not already covered by the daily ones.
 *
 * Returns: %TRUE if any date is to be removed
 */
gboolean
_rapport_backup_select_keep (GDate    **dates,
                             guint      n_dates,
                             gboolean  *keep)
{
  g_autoptr(GHashTable) weeks = g_hash_table_new (NULL, NULL);
  guint weekly = 0;
  gboolean any_removed = FALSE;

  for (guint i = 0; i < n_dates; i++)
    {
      guint week = g_date_get_iso8601_week_of_year (dates[i]);
      guint year = g_date_get_year (dates[i]);
      gsize key;

      /* The ISO week of early January can belong to the previous year. */
      if (week >= 52 && g_date_get_month (dates[i]) == G_DATE_JANUARY)
        year--;
      else if (week == 1 && g_date_get_month (dates[i]) == G_DATE_DECEMBER)
        year++;
      key = year * 100 + week;

      if (i < DAILY_TO_KEEP)
        {
          keep[i] = TRUE;
          g_hash_table_add (weeks, GSIZE_TO_POINTER (key));
        }
      else if (weekly < WEEKLY_TO_KEEP && !g_hash_table_contains (weeks, GSIZE_TO_POINTER (key)))
        {
          keep[i] = TRUE;
          weekly++;
          g_hash_table_add (weeks, GSIZE_TO_POINTER (key));
        }
      else
        {
          keep[i] = FALSE;
          any_removed = TRUE;
        }
    }

  return any_removed;
}

static void
rotate (const char *backup_dir)
{
  g_autoptr(GDir) dir = g_dir_open (backup_dir, 0, NULL);
  g_autoptr(GPtrArray) dates = g_ptr_array_new_with_free_func ((GDestroyNotify)g_date_free);
  g_autofree gboolean *keep = NULL;
  const char *name;

  if (dir == NULL)
    return;

  while ((name = g_dir_read_name (dir)))
    {
      GDate date;

      if (parse_daily_name (name, &date))
        g_ptr_array_add (dates, g_date_copy (&date));
    }

  g_ptr_array_sort (dates, compare_dates_desc);
  keep = g_new0 (gboolean, dates->len + 1);

  if (!_rapport_backup_select_keep ((GDate **)dates->pdata, dates->len, keep))
    return;

  for (guint i = 0; i < dates->len; i++)
    {
      GDate *date = g_ptr_array_index (dates, i);
      g_autofree char *file = NULL;
      g_autofree char *path = NULL;

      if (keep[i])
        continue;

      file = g_strdup_printf ("rapport-%04u-%02u-%02u.db", g_date_get_year (date),
                              g_date_get_month (date), g_date_get_day (date));
      path = g_build_filename (backup_dir, file, NULL);
      if (g_unlink (path) != 0)
        g_warning ("Could not remove the old backup %s: %s", path, g_strerror (errno));
    }
}

static gint64
mtime_of (const char *path)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    return 0;
  return st.st_mtime;
}

/**
 * rapport_database_backup_daily:
 * @self: a #RapportDatabase
 * @now: the current local time
 * @error: return location for an error
 *
 * Writes today's automatic backup `backups/rapport-YYYY-MM-DD.db` unless it
 * exists or nothing changed since the newest automatic backup (judged by the
 * modification times of the notebook and its `-wal`), then rotates: 7 daily
 * and 4 weekly backups are kept.
 *
 * Returns: (transfer full) (nullable): the new backup's path, or %NULL when
 *   none was needed or on error (then @error is set)
 */
char *
rapport_database_backup_daily (RapportDatabase  *self,
                               GDateTime        *now,
                               GError          **error)
{
  g_autoptr(GDir) dir = NULL;
  g_autofree char *name = NULL;
  g_autofree char *dest = NULL;
  g_autofree char *wal = NULL;
  const char *backup_dir;
  const char *entry;
  gint64 newest_backup = 0;
  gint64 changed;

  g_return_val_if_fail (RAPPORT_IS_DATABASE (self), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  backup_dir = rapport_database_get_backup_dir (self);
  if (!rapport_data_dir_ensure (backup_dir, error))
    return NULL;

  name = g_date_time_format (now, "rapport-%Y-%m-%d.db");
  dest = g_build_filename (backup_dir, name, NULL);
  if (g_file_test (dest, G_FILE_TEST_EXISTS))
    return NULL;

  dir = g_dir_open (backup_dir, 0, NULL);
  while (dir && (entry = g_dir_read_name (dir)))
    {
      GDate date;

      if (parse_daily_name (entry, &date))
        {
          g_autofree char *path = g_build_filename (backup_dir, entry, NULL);
          newest_backup = MAX (newest_backup, mtime_of (path));
        }
    }

  wal = g_strconcat (rapport_database_get_path (self), "-wal", NULL);
  changed = MAX (mtime_of (rapport_database_get_path (self)), mtime_of (wal));
  if (newest_backup != 0 && changed <= newest_backup)
    return NULL;

  if (!rapport_database_backup_to (self, dest, error))
    return NULL;

  rotate (backup_dir);

  return g_steal_pointer (&dest);
}

static int
compare_mtime_desc (gconstpointer a,
                    gconstpointer b)
{
  gint64 ma = mtime_of (*(const char * const *)a);
  gint64 mb = mtime_of (*(const char * const *)b);

  if (ma != mb)
    return ma < mb ? 1 : -1;
  return -g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

/**
 * rapport_database_list_backups:
 * @backup_dir: the backups folder (rapport_database_get_backup_dir())
 *
 * Lists the `.db` files of @backup_dir, newest first, for a "restore a
 * backup" dialog. Each one still has to pass rapport_database_verify_file().
 *
 * Returns: (transfer full) (element-type utf8): absolute paths
 */
GPtrArray *
rapport_database_list_backups (const char *backup_dir)
{
  g_autoptr(GPtrArray) ret = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_return_val_if_fail (backup_dir != NULL, NULL);

  dir = g_dir_open (backup_dir, 0, NULL);
  while (dir && (name = g_dir_read_name (dir)))
    if (g_str_has_suffix (name, ".db"))
      g_ptr_array_add (ret, g_build_filename (backup_dir, name, NULL));

  g_ptr_array_sort (ret, compare_mtime_desc);

  return g_steal_pointer (&ret);
}

/**
 * rapport_database_restore:
 * @db_path: the notebook to replace; it must not be open
 * @candidate: the backup to restore
 * @saved_previous: (out) (optional): where the replaced notebook was kept
 * @error: return location for an error
 *
 * Restores @candidate in place of @db_path. Nothing is replaced unless the
 * candidate is a verified Rapport notebook; the replaced notebook is kept in
 * the backups folder (as a clean copy, or moved aside with its `-wal` when it
 * cannot be read). Close every #RapportDatabase on @db_path first.
 *
 * Returns: %TRUE if @db_path now holds the restored notebook
 */
gboolean
rapport_database_restore (const char  *db_path,
                          const char  *candidate,
                          char       **saved_previous,
                          GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *backup_dir = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *wal = NULL;
  g_autofree char *saved = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *stamp = NULL;
  sqlite3 *handle = NULL;
  gboolean saved_is_copy = FALSE;
  int rc;

  g_return_val_if_fail (db_path != NULL, FALSE);
  g_return_val_if_fail (candidate != NULL, FALSE);

  if (!rapport_database_verify_file (candidate, error))
    return FALSE;

  dir = g_path_get_dirname (db_path);
  backup_dir = g_build_filename (dir, "backups", NULL);
  if (!rapport_data_dir_ensure (dir, error) || !rapport_data_dir_ensure (backup_dir, error))
    return FALSE;

  /* 1. A clean private copy of the candidate next to the notebook, so the
   *    final step is an atomic rename on the same file system. */
  tmp = g_strconcat (db_path, ".restoring", NULL);
  g_unlink (tmp);
  rc = sqlite3_open_v2 (candidate, &handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOFOLLOW, NULL);
  if (rc != SQLITE_OK)
    {
      _rapport_database_set_error (handle, rc, error);
      sqlite3_close (handle);
      return FALSE;
    }
  if (!vacuum_into (handle, tmp, error))
    {
      sqlite3_close (handle);
      return FALSE;
    }
  sqlite3_close (handle);
  handle = NULL;

  if (!fsync_path (tmp) || !rapport_database_verify_file (tmp, error))
    {
      g_unlink (tmp);
      if (error && !*error)
        g_set_error (error, RAPPORT_DATABASE_ERROR, RAPPORT_DATABASE_ERROR_BACKUP,
                     _("The restored copy could not be written to disk."));
      return FALSE;
    }

  /* 2. Keep the notebook being replaced. */
  now = g_date_time_new_now_utc ();
  stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  if (g_file_test (db_path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *name = g_strdup_printf ("rapport-before-restore-%s.db", stamp);
      g_autoptr(GError) copy_error = NULL;

      saved = g_build_filename (backup_dir, name, NULL);

      rc = sqlite3_open_v2 (db_path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, NULL);
      if (rc != SQLITE_OK || !vacuum_into (handle, saved, &copy_error))
        {
          g_autofree char *moved = g_build_filename (backup_dir, name, NULL);
          static const char *suffixes[] = { "-wal", "-shm" };

          /* Unreadable: keep the file and its side files together. */
          sqlite3_close (handle);
          handle = NULL;
          for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
            {
              g_autofree char *side = g_strconcat (db_path, suffixes[i], NULL);
              g_autofree char *side_dest = g_strconcat (moved, suffixes[i], NULL);
              if (g_file_test (side, G_FILE_TEST_EXISTS))
                g_rename (side, side_dest);
            }
          g_unlink (moved);
          if (g_rename (db_path, moved) != 0)
            {
              int errsv = errno;
              g_unlink (tmp);
              g_set_error (error, RAPPORT_DATABASE_ERROR, RAPPORT_DATABASE_ERROR_BACKUP,
                           _("The current notebook could not be kept aside: %s"),
                           g_strerror (errsv));
              return FALSE;
            }
        }
      else
        {
          /* Closing the last connection checkpoints and removes the -wal. */
          sqlite3_close (handle);
          handle = NULL;
          saved_is_copy = TRUE;
        }
    }

  wal = g_strconcat (db_path, "-wal", NULL);
  if (g_file_test (wal, G_FILE_TEST_EXISTS))
    {
      /* Nothing was replaced, so the copy of the notebook taken above is
       * only clutter in the backups folder. */
      g_unlink (tmp);
      if (saved_is_copy)
        g_unlink (saved);
      g_set_error (error, RAPPORT_DATABASE_ERROR, RAPPORT_DATABASE_ERROR_BUSY,
                   _("The notebook is still open in another window or program; close it before restoring."));
      return FALSE;
    }

  /* 3. Replace. */
  if (g_rename (tmp, db_path) != 0)
    {
      int errsv = errno;
      g_unlink (tmp);
      g_set_error (error, RAPPORT_DATABASE_ERROR, RAPPORT_DATABASE_ERROR_BACKUP,
                   _("The backup could not be put in place: %s"), g_strerror (errsv));
      return FALSE;
    }
  fsync_path (dir);

  if (saved_previous)
    *saved_previous = g_steal_pointer (&saved);

  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* RapportBackup: one file of the backups folder, for Preferences → Backups */

struct _RapportBackup
{
  GObject            parent_instance;

  char              *path;
  GDateTime         *taken_at;
  gint64             size;
  RapportBackupKind  kind;
};

enum {
  PROP_0,
  PROP_PATH,
  PROP_TAKEN_AT,
  PROP_SIZE,
  PROP_KIND,
  N_PROPS
};

G_DEFINE_ENUM_TYPE (RapportBackupKind, rapport_backup_kind,
                    G_DEFINE_ENUM_VALUE (RAPPORT_BACKUP_KIND_DAILY, "daily"),
                    G_DEFINE_ENUM_VALUE (RAPPORT_BACKUP_KIND_BEFORE_MIGRATION, "before-migration"),
                    G_DEFINE_ENUM_VALUE (RAPPORT_BACKUP_KIND_BEFORE_RESTORE, "before-restore"),
                    G_DEFINE_ENUM_VALUE (RAPPORT_BACKUP_KIND_OTHER, "other"))

G_DEFINE_FINAL_TYPE (RapportBackup, rapport_backup, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static RapportBackupKind
kind_for_name (const char *name)
{
  GDate date;

  if (parse_daily_name (name, &date))
    return RAPPORT_BACKUP_KIND_DAILY;
  if (g_str_has_prefix (name, "rapport-before-restore-"))
    return RAPPORT_BACKUP_KIND_BEFORE_RESTORE;
  if (g_str_has_prefix (name, "rapport-before-v"))
    return RAPPORT_BACKUP_KIND_BEFORE_MIGRATION;
  return RAPPORT_BACKUP_KIND_OTHER;
}

static int
compare_backups_newest_first (gconstpointer a,
                              gconstpointer b)
{
  RapportBackup *ba = *(RapportBackup * const *)a;
  RapportBackup *bb = *(RapportBackup * const *)b;
  int cmp = g_date_time_compare (bb->taken_at, ba->taken_at);

  return cmp != 0 ? cmp : -g_strcmp0 (ba->path, bb->path);
}

static void
rapport_backup_finalize (GObject *object)
{
  RapportBackup *self = (RapportBackup *)object;

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->taken_at, g_date_time_unref);

  G_OBJECT_CLASS (rapport_backup_parent_class)->finalize (object);
}

static void
rapport_backup_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RapportBackup *self = RAPPORT_BACKUP (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_TAKEN_AT:
      g_value_set_boxed (value, self->taken_at);
      break;
    case PROP_SIZE:
      g_value_set_int64 (value, self->size);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_backup_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  RapportBackup *self = RAPPORT_BACKUP (object);

  switch (prop_id)
    {
    case PROP_PATH:
      self->path = g_value_dup_string (value);
      break;
    case PROP_TAKEN_AT:
      self->taken_at = g_value_dup_boxed (value);
      break;
    case PROP_SIZE:
      self->size = g_value_get_int64 (value);
      break;
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_backup_class_init (RapportBackupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rapport_backup_finalize;
  object_class->get_property = rapport_backup_get_property;
  object_class->set_property = rapport_backup_set_property;

  /**
   * RapportBackup:path:
   *
   * The absolute path of the backup file.
   */
  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportBackup:taken-at:
   *
   * When the backup was written (the file's modification time), local time.
   */
  properties[PROP_TAKEN_AT] =
    g_param_spec_boxed ("taken-at", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportBackup:size:
   *
   * The size of the file in bytes.
   */
  properties[PROP_SIZE] =
    g_param_spec_int64 ("size", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportBackup:kind:
   *
   * Why the backup was taken, from its name.
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, RAPPORT_TYPE_BACKUP_KIND, RAPPORT_BACKUP_KIND_OTHER,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rapport_backup_init (RapportBackup *self)
{
}

const char *
rapport_backup_get_path (RapportBackup *self)
{
  g_return_val_if_fail (RAPPORT_IS_BACKUP (self), NULL);
  return self->path;
}

GDateTime *
rapport_backup_get_taken_at (RapportBackup *self)
{
  g_return_val_if_fail (RAPPORT_IS_BACKUP (self), NULL);
  return self->taken_at;
}

gint64
rapport_backup_get_size (RapportBackup *self)
{
  g_return_val_if_fail (RAPPORT_IS_BACKUP (self), 0);
  return self->size;
}

RapportBackupKind
rapport_backup_get_kind (RapportBackup *self)
{
  g_return_val_if_fail (RAPPORT_IS_BACKUP (self), RAPPORT_BACKUP_KIND_OTHER);
  return self->kind;
}

/**
 * rapport_backup_list:
 * @data_dir: the notebook folder (`$XDG_DATA_HOME/rapport`)
 * @error: return location for a #GFileError
 *
 * Lists the backups in `@data_dir/backups`: every regular `.db` file, newest
 * first, with when it was taken, its size and its kind, for Preferences →
 * Backups. Nothing is opened or verified here; rapport_backup_restore() does
 * that before replacing anything.
 *
 * Returns: (transfer full) (element-type RapportBackup) (nullable): the
 *   backups, empty when the folder does not exist yet; %NULL if it cannot
 *   be read
 */
GPtrArray *
rapport_backup_list (const char  *data_dir,
                     GError     **error)
{
  g_autoptr(GPtrArray) ret = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *backup_dir = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *name;

  g_return_val_if_fail (data_dir != NULL, NULL);

  backup_dir = g_build_filename (data_dir, "backups", NULL);
  if (!(dir = g_dir_open (backup_dir, 0, &local_error)))
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return g_steal_pointer (&ret);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autoptr(GDateTime) taken_at = NULL;
      GStatBuf st;

      if (!g_str_has_suffix (name, ".db"))
        continue;
      path = g_build_filename (backup_dir, name, NULL);
      /* A symbolic link or a folder is not a backup Rapport wrote. */
      if (g_lstat (path, &st) != 0 || !S_ISREG (st.st_mode))
        continue;

      taken_at = g_date_time_new_from_unix_local (st.st_mtime);
      g_ptr_array_add (ret, g_object_new (RAPPORT_TYPE_BACKUP,
                                          "path", path,
                                          "taken-at", taken_at,
                                          "size", (gint64)st.st_size,
                                          "kind", kind_for_name (name),
                                          NULL));
    }

  g_ptr_array_sort (ret, compare_backups_newest_first);
  return g_steal_pointer (&ret);
}

/**
 * rapport_backup_restore:
 * @data_dir: the notebook folder (`$XDG_DATA_HOME/rapport`)
 * @backup_path: the backup to restore, e.g. rapport_backup_get_path()
 * @saved_previous: (out) (optional) (transfer full): where the replaced
 *   notebook was kept, in the backups folder
 * @error: return location for a %RAPPORT_DATABASE_ERROR
 *
 * Replaces `@data_dir/rapport.db` with @backup_path after verifying it (a
 * Rapport notebook that passes the quick check and is not from a newer
 * version), keeping the replaced notebook as a before-restore backup; see
 * rapport_database_restore().
 *
 * For the app: drop every #RapportRepository and #RapportDatabase on the
 * notebook first (the reminders' and the integrity check's too), then call
 * this, then open the notebook again. %RAPPORT_DATABASE_ERROR_BUSY means a
 * connection was still open (another program, or one not dropped): nothing
 * was replaced.
 *
 * Returns: %TRUE if the notebook is now the restored backup
 */
gboolean
rapport_backup_restore (const char  *data_dir,
                        const char  *backup_path,
                        char       **saved_previous,
                        GError     **error)
{
  g_autofree char *db_path = NULL;

  g_return_val_if_fail (data_dir != NULL, FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);

  db_path = g_build_filename (data_dir, "rapport.db", NULL);
  return rapport_database_restore (db_path, backup_path, saved_previous, error);
}
