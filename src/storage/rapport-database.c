/* rapport-database.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-database"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "rapport-data-dir.h"
#include "rapport-database-private.h"

/**
 * RapportDatabase:
 *
 * The one connection to a notebook file. Opening follows PLATFORM.md: a
 * private folder, a file pre-created 0600 (SQLite gives `-wal`/`-shm` the
 * same mode), `NOFOLLOW`, extended result codes, a busy timeout, defensive
 * mode, foreign keys, WAL with `synchronous=FULL`, `trusted_schema=OFF`, the
 * application id and a quick check. A file that is damaged or not a notebook
 * is moved aside with its `-wal`/`-shm` and never written; a file from a newer
 * version is left alone.
 */
struct _RapportDatabase
{
  GObject     parent_instance;

  /* Owned references */
  sqlite3    *handle;
  GHashTable *statements;
  char       *path;
  char       *backup_dir;

  /* State */
  int         schema_version;
  guint       read_only : 1;
};

G_DEFINE_FINAL_TYPE (RapportDatabase, rapport_database, G_TYPE_OBJECT)

G_DEFINE_QUARK (rapport-database-error-quark, rapport_database_error)

static const char sqlite_magic[16] = "SQLite format 3";

/* Helpers */

gboolean
_rapport_database_set_error (sqlite3  *handle,
                             int       rc,
                             GError  **error)
{
  RapportDatabaseError code;
  const char *detail;

  detail = handle != NULL ? sqlite3_errmsg (handle) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_CORRUPT:
      code = RAPPORT_DATABASE_ERROR_CORRUPT;
      break;
    case SQLITE_NOTADB:
      code = RAPPORT_DATABASE_ERROR_NOT_A_NOTEBOOK;
      break;
    case SQLITE_READONLY:
      code = RAPPORT_DATABASE_ERROR_READ_ONLY;
      break;
    case SQLITE_FULL:
      g_set_error (error, RAPPORT_DATABASE_ERROR, RAPPORT_DATABASE_ERROR_FULL,
                   _("The disk is full, so the notebook could not be saved."));
      return FALSE;
    case SQLITE_IOERR:
      code = RAPPORT_DATABASE_ERROR_IO;
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      code = RAPPORT_DATABASE_ERROR_BUSY;
      break;
    case SQLITE_CONSTRAINT:
      code = RAPPORT_DATABASE_ERROR_CONSTRAINT;
      break;
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
    case SQLITE_AUTH:
      code = RAPPORT_DATABASE_ERROR_PERMISSION;
      break;
    default:
      code = RAPPORT_DATABASE_ERROR_FAILED;
      break;
    }

  g_set_error (error, RAPPORT_DATABASE_ERROR, code,
               _("The notebook could not be read or written: %s"), detail);
  return FALSE;
}

sqlite3 *
_rapport_database_get_handle (RapportDatabase *self)
{
  g_assert (RAPPORT_IS_DATABASE (self));

  return self->handle;
}

/* Statements are cached by their SQL text: every caller passes a string
 * literal, so the set is small and fixed. */
sqlite3_stmt *
_rapport_database_prepare (RapportDatabase  *self,
                           const char       *sql,
                           GError          **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_assert (RAPPORT_IS_DATABASE (self));

  if (self->handle == NULL)
    {
      g_set_error (error, RAPPORT_DATABASE_ERROR, RAPPORT_DATABASE_ERROR_FAILED,
                   _("The notebook is closed."));
      return NULL;
    }

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _rapport_database_set_error (self->handle, rc, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, (char *)sql, stmt);
  return stmt;
}

gboolean
_rapport_database_exec (RapportDatabase  *self,
                        const char       *sql,
                        GError          **error)
{
  int rc;

  g_assert (RAPPORT_IS_DATABASE (self));

  if (self->handle == NULL)
    {
      g_set_error (error, RAPPORT_DATABASE_ERROR, RAPPORT_DATABASE_ERROR_FAILED,
                   _("The notebook is closed."));
      return FALSE;
    }

  rc = sqlite3_exec (self->handle, sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return _rapport_database_set_error (self->handle, rc, error);

  return TRUE;
}

gboolean
_rapport_database_step_done (RapportDatabase  *self,
                             sqlite3_stmt     *stmt,
                             GError          **error)
{
  int rc;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      _rapport_database_set_error (self->handle, rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }

  sqlite3_reset (stmt);
  return TRUE;
}

gint64
_rapport_database_query_int (RapportDatabase *self,
                             const char      *sql,
                             gint64           fallback)
{
  sqlite3_stmt *stmt;
  gint64 ret = fallback;

  if (!(stmt = _rapport_database_prepare (self, sql, NULL)))
    return fallback;

  if (sqlite3_step (stmt) == SQLITE_ROW)
    ret = sqlite3_column_int64 (stmt, 0);

  sqlite3_reset (stmt);
  return ret;
}

static char *
column_to_property_name (const char *column)
{
  char *name = g_strdup (column);

  for (char *p = name; *p; p++)
    if (*p == '_')
      *p = '-';

  return name;
}

/**
 * _rapport_database_bind_object:
 * @stmt: a prepared statement with named parameters (`:mentee_id`)
 * @object: an item whose properties are named like the parameters
 *   (`mentee-id`)
 *
 * Binds every parameter that names a property of @object. Strings bind as
 * text, numbers as integers, enums as their nick, #GDateTime as Unix seconds
 * (UTC) and string arrays as newline-separated text. Parameters that are not
 * properties are left for the caller.
 *
 * Returns: %TRUE; %FALSE if a property type cannot be stored (a programming
 *   error, reported with g_critical())
 */
gboolean
_rapport_database_bind_object (sqlite3_stmt *stmt,
                               GObject      *object)
{
  GObjectClass *klass = G_OBJECT_GET_CLASS (object);
  int n = sqlite3_bind_parameter_count (stmt);

  for (int i = 1; i <= n; i++)
    {
      const char *param = sqlite3_bind_parameter_name (stmt, i);
      g_autofree char *prop_name = NULL;
      g_auto(GValue) value = G_VALUE_INIT;
      GParamSpec *pspec;
      GType type;

      if (param == NULL || param[0] != ':')
        continue;

      prop_name = column_to_property_name (param + 1);
      if (!(pspec = g_object_class_find_property (klass, prop_name)))
        continue;

      type = G_PARAM_SPEC_VALUE_TYPE (pspec);
      g_value_init (&value, type);
      g_object_get_property (object, prop_name, &value);

      if (type == G_TYPE_STRING)
        {
          const char *s = g_value_get_string (&value);
          if (s == NULL)
            sqlite3_bind_null (stmt, i);
          else
            sqlite3_bind_text (stmt, i, s, -1, SQLITE_TRANSIENT);
        }
      else if (type == G_TYPE_INT)
        sqlite3_bind_int64 (stmt, i, g_value_get_int (&value));
      else if (type == G_TYPE_UINT)
        sqlite3_bind_int64 (stmt, i, g_value_get_uint (&value));
      else if (type == G_TYPE_INT64)
        sqlite3_bind_int64 (stmt, i, g_value_get_int64 (&value));
      else if (type == G_TYPE_BOOLEAN)
        sqlite3_bind_int (stmt, i, g_value_get_boolean (&value));
      else if (type == G_TYPE_DOUBLE)
        sqlite3_bind_double (stmt, i, g_value_get_double (&value));
      else if (G_TYPE_IS_ENUM (type))
        {
          g_autoptr(GEnumClass) eclass = g_type_class_ref (type);
          GEnumValue *ev = g_enum_get_value (eclass, g_value_get_enum (&value));

          if (ev == NULL)
            sqlite3_bind_null (stmt, i);
          else
            sqlite3_bind_text (stmt, i, ev->value_nick, -1, SQLITE_STATIC);
        }
      else if (type == G_TYPE_DATE_TIME)
        {
          GDateTime *dt = g_value_get_boxed (&value);
          if (dt == NULL)
            sqlite3_bind_null (stmt, i);
          else
            sqlite3_bind_int64 (stmt, i, g_date_time_to_unix (dt));
        }
      else if (type == G_TYPE_STRV)
        {
          const char * const *strv = g_value_get_boxed (&value);
          g_autofree char *joined = NULL;

          if (strv == NULL || strv[0] == NULL)
            sqlite3_bind_text (stmt, i, "", 0, SQLITE_STATIC);
          else
            {
              joined = g_strjoinv ("\n", (char **)strv);
              sqlite3_bind_text (stmt, i, joined, -1, SQLITE_TRANSIENT);
            }
        }
      else
        {
          g_critical ("Cannot store property %s of type %s", prop_name, g_type_name (type));
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
column_to_value (sqlite3_stmt *stmt,
                 int           col,
                 GValue       *value)
{
  GType type = G_VALUE_TYPE (value);

  if (sqlite3_column_type (stmt, col) == SQLITE_NULL)
    return type == G_TYPE_STRING || type == G_TYPE_DATE_TIME;

  if (type == G_TYPE_STRING)
    g_value_set_string (value, (const char *)sqlite3_column_text (stmt, col));
  else if (type == G_TYPE_INT)
    g_value_set_int (value, sqlite3_column_int (stmt, col));
  else if (type == G_TYPE_UINT)
    g_value_set_uint (value, (guint)sqlite3_column_int64 (stmt, col));
  else if (type == G_TYPE_INT64)
    g_value_set_int64 (value, sqlite3_column_int64 (stmt, col));
  else if (type == G_TYPE_BOOLEAN)
    g_value_set_boolean (value, sqlite3_column_int (stmt, col) != 0);
  else if (type == G_TYPE_DOUBLE)
    g_value_set_double (value, sqlite3_column_double (stmt, col));
  else if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr(GEnumClass) eclass = g_type_class_ref (type);
      const char *nick = (const char *)sqlite3_column_text (stmt, col);
      GEnumValue *ev = g_enum_get_value_by_nick (eclass, nick);

      if (ev == NULL)
        {
          g_warning ("Unknown %s value “%s” in the notebook", g_type_name (type), nick);
          return FALSE;
        }
      g_value_set_enum (value, ev->value);
    }
  else if (type == G_TYPE_DATE_TIME)
    g_value_take_boxed (value, g_date_time_new_from_unix_local (sqlite3_column_int64 (stmt, col)));
  else if (type == G_TYPE_STRV)
    {
      const char *text = (const char *)sqlite3_column_text (stmt, col);

      if (text == NULL || text[0] == 0)
        return FALSE;
      g_value_take_boxed (value, g_strsplit (text, "\n", -1));
    }
  else
    {
      g_critical ("Cannot read property of type %s", g_type_name (type));
      return FALSE;
    }

  return TRUE;
}

typedef struct
{
  int          n;
  int          cols[64];
  GParamSpec  *pspecs[64];
  const char  *names[64];
} ColumnMap;

/* Maps each result column to the property of the same name (underscores
 * become dashes) once per statement run, not once per row. */
static void
column_map_init (ColumnMap    *map,
                 sqlite3_stmt *stmt,
                 GType         type)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  int n_cols = sqlite3_column_count (stmt);

  g_assert (n_cols <= (int)G_N_ELEMENTS (map->cols));
  map->n = 0;

  for (int i = 0; i < n_cols; i++)
    {
      g_autofree char *prop_name = column_to_property_name (sqlite3_column_name (stmt, i));
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), prop_name);

      if (pspec == NULL)
        continue;

      map->cols[map->n] = i;
      map->pspecs[map->n] = pspec;
      map->names[map->n] = pspec->name;
      map->n++;
    }
}

static GObject *
read_row (sqlite3_stmt    *stmt,
          GType            type,
          const ColumnMap *map)
{
  GValue values[64] = { G_VALUE_INIT };
  const char *names[64];
  guint n = 0;
  GObject *object;

  for (int i = 0; i < map->n; i++)
    {
      g_value_init (&values[n], G_PARAM_SPEC_VALUE_TYPE (map->pspecs[i]));
      if (!column_to_value (stmt, map->cols[i], &values[n]))
        {
          g_value_unset (&values[n]);
          continue;
        }
      names[n] = map->names[i];
      n++;
    }

  object = g_object_new_with_properties (type, n, names, values);

  for (guint i = 0; i < n; i++)
    g_value_unset (&values[i]);

  return object;
}

/**
 * _rapport_database_read_object:
 * @stmt: a statement positioned on a row
 * @type: the item type to create
 *
 * Creates a @type with each column stored in the property of the same name
 * (underscores become dashes); columns without a property are ignored.
 *
 * Returns: (transfer full): the new object
 */
GObject *
_rapport_database_read_object (sqlite3_stmt *stmt,
                               GType         type)
{
  ColumnMap map;

  column_map_init (&map, stmt, type);
  return read_row (stmt, type, &map);
}

GPtrArray *
_rapport_database_read_objects (RapportDatabase  *self,
                                sqlite3_stmt     *stmt,
                                GType             type,
                                GError          **error)
{
  g_autoptr(GPtrArray) ret = g_ptr_array_new_with_free_func (g_object_unref);
  ColumnMap map;
  int rc;

  column_map_init (&map, stmt, type);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (ret, read_row (stmt, type, &map));

  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _rapport_database_set_error (self->handle, rc, error);
      return NULL;
    }

  return g_steal_pointer (&ret);
}

gboolean
_rapport_database_quick_check_handle (sqlite3   *handle,
                                      gboolean   full,
                                      GError   **error)
{
  sqlite3_stmt *stmt = NULL;
  g_autofree char *first = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (handle, full ? "PRAGMA integrity_check" : "PRAGMA quick_check",
                           -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return _rapport_database_set_error (handle, rc, error);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    first = g_strdup ((const char *)sqlite3_column_text (stmt, 0));
  else
    {
      _rapport_database_set_error (handle, rc, error);
      sqlite3_finalize (stmt);
      return FALSE;
    }
  sqlite3_finalize (stmt);

  if (g_strcmp0 (first, "ok") != 0)
    {
      g_set_error (error, RAPPORT_DATABASE_ERROR, RAPPORT_DATABASE_ERROR_CORRUPT,
                   _("The notebook is damaged: %s"), first ? first : "?");
      return FALSE;
    }

  return TRUE;
}

static gboolean
move_aside (const char  *path,
            const char  *reason,
            char       **moved_to)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *dest = NULL;
  static const char *suffixes[] = { "-wal", "-shm", "-journal" };

  for (guint i = 0; ; i++)
    {
      g_free (dest);
      dest = i == 0 ? g_strdup_printf ("%s.%s-%s", path, reason, stamp)
                    : g_strdup_printf ("%s.%s-%s.%u", path, reason, stamp, i);
      if (!g_file_test (dest, G_FILE_TEST_EXISTS))
        break;
    }

  /* The side files go first: if the main file moved and a side file did not,
   * SQLite could pair that stale -wal with a new notebook. */
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *side = g_strconcat (path, suffixes[i], NULL);
      g_autofree char *side_dest = g_strconcat (dest, suffixes[i], NULL);

      if (g_file_test (side, G_FILE_TEST_EXISTS) && g_rename (side, side_dest) != 0)
        return FALSE;
    }

  if (g_rename (path, dest) != 0)
    return FALSE;

  g_message ("Moved the notebook %s aside to %s (%s)", path, dest, reason);

  if (moved_to)
    *moved_to = g_steal_pointer (&dest);
  return TRUE;
}

/* Replaces *error (a damage or foreign-file report) with one that says where
 * the file went, after moving it aside. */
static void
move_aside_with_error (const char  *path,
                       int          code,
                       GError     **error)
{
  g_autofree char *moved = NULL;
  const char *reason = code == RAPPORT_DATABASE_ERROR_CORRUPT ? "corrupt" : "unknown";

  if (!move_aside (path, reason, &moved))
    {
      g_set_error (error, RAPPORT_DATABASE_ERROR, code,
                   code == RAPPORT_DATABASE_ERROR_CORRUPT
                   ? _("The notebook “%s” is damaged and could not be moved aside. Nothing was changed; restore a backup.")
                   : _("“%s” is not a Rapport notebook and could not be moved aside. Nothing was changed."),
                   path);
      return;
    }

  g_set_error (error, RAPPORT_DATABASE_ERROR, code,
               code == RAPPORT_DATABASE_ERROR_CORRUPT
               ? _("The notebook was damaged. It was kept unchanged as “%s”; restore a backup to continue.")
               : _("The file in place of the notebook is not a Rapport notebook. It was kept unchanged as “%s”."),
               moved);
}

/* Pre-creates the file 0600 so the -wal and -shm files inherit that mode and
 * reports whether the existing content starts like an SQLite database. */
static gboolean
prepare_file (const char *path,
              gboolean    create,
              gboolean   *looks_foreign,
              GError    **error)
{
  struct stat st;
  char header[16];
  int fd;

  *looks_foreign = FALSE;

  fd = g_open (path, O_RDWR | O_CLOEXEC | O_NOFOLLOW | (create ? O_CREAT : 0), 0600);
  if (fd < 0)
    {
      int errsv = errno;
      g_set_error (error, RAPPORT_DATABASE_ERROR,
                   errsv == ENOENT ? RAPPORT_DATABASE_ERROR_FAILED : RAPPORT_DATABASE_ERROR_PERMISSION,
                   _("Could not open the notebook “%s”: %s"), path, g_strerror (errsv));
      return FALSE;
    }

  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      close (fd);
      g_set_error (error, RAPPORT_DATABASE_ERROR, RAPPORT_DATABASE_ERROR_PERMISSION,
                   _("“%s” is not a regular file."), path);
      return FALSE;
    }

  if ((st.st_mode & 0777) != 0600)
    fchmod (fd, 0600);

  if (st.st_size > 0)
    {
      ssize_t r = pread (fd, header, sizeof header, 0);
      if (r != sizeof header || memcmp (header, sqlite_magic, sizeof header) != 0)
        *looks_foreign = TRUE;
    }

  close (fd);
  return TRUE;
}

static int
pragma_int (sqlite3    *handle,
            const char *sql,
            int        *rc_out)
{
  sqlite3_stmt *stmt = NULL;
  int ret = 0;

  *rc_out = sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL);
  if (*rc_out != SQLITE_OK)
    return 0;

  *rc_out = sqlite3_step (stmt);
  if (*rc_out == SQLITE_ROW)
    {
      ret = sqlite3_column_int (stmt, 0);
      *rc_out = SQLITE_OK;
    }
  else if (*rc_out == SQLITE_DONE)
    *rc_out = SQLITE_OK;

  sqlite3_finalize (stmt);
  return ret;
}

/* With trusted_schema=OFF SQLite refuses to let a trigger write to an FTS5
 * table (FTS5 is not marked innocuous in 3.40). Rather than trust any
 * schema, the triggers and views of the file are compared with the ones our
 * own migrations create in a scratch in-memory database; only an exact match
 * turns trusted_schema on for this connection. A file whose schema was
 * altered by another program keeps it off, and its writes fail cleanly. */
static char *
schema_fingerprint (sqlite3 *handle)
{
  g_autoptr(GString) out = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (handle,
                          "SELECT type, name, tbl_name, sql FROM sqlite_schema"
                          " WHERE type IN ('trigger', 'view') ORDER BY type, name",
                          -1, &stmt, NULL) != SQLITE_OK)
    return NULL;

  while (sqlite3_step (stmt) == SQLITE_ROW)
    for (int i = 0; i < 4; i++)
      {
        g_string_append (out, (const char *)sqlite3_column_text (stmt, i));
        g_string_append_c (out, '\x1f');
      }
  sqlite3_finalize (stmt);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static const char *
expected_fingerprint (void)
{
  static char *expected;

  if (g_once_init_enter (&expected))
    {
      sqlite3 *scratch = NULL;
      char *fp = NULL;

      if (sqlite3_open (":memory:", &scratch) == SQLITE_OK)
        {
          gboolean ok = TRUE;

          for (int v = 1; ok && v <= RAPPORT_DATABASE_SCHEMA_VERSION; v++)
            ok = sqlite3_exec (scratch, _rapport_migrations_get_sql (v), NULL, NULL, NULL) == SQLITE_OK;
          if (ok)
            fp = schema_fingerprint (scratch);
        }
      sqlite3_close (scratch);

      g_once_init_leave (&expected, fp ? fp : g_strdup ("?"));
    }

  return expected;
}

static void
trust_schema_if_ours (RapportDatabase *self)
{
  g_autofree char *actual = NULL;

  if (self->schema_version != RAPPORT_DATABASE_SCHEMA_VERSION)
    return;

  actual = schema_fingerprint (self->handle);
  if (g_strcmp0 (actual, expected_fingerprint ()) != 0)
    {
      g_message ("The notebook's triggers or views differ from Rapport's own; keeping trusted_schema off");
      return;
    }

  sqlite3_db_config (self->handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 1, NULL);
}

/* GObject */

static void
rapport_database_finalize (GObject *object)
{
  RapportDatabase *self = (RapportDatabase *)object;

  rapport_database_close (self);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->backup_dir, g_free);

  G_OBJECT_CLASS (rapport_database_parent_class)->finalize (object);
}

static void
rapport_database_class_init (RapportDatabaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rapport_database_finalize;
}

static void
rapport_database_init (RapportDatabase *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                            (GDestroyNotify)sqlite3_finalize);
}

/* Public API */

/**
 * rapport_database_open:
 * @path: the notebook file, usually `$XDG_DATA_HOME/rapport/rapport.db`
 * @flags: #RapportDatabaseOpenFlags
 * @error: return location for a #RAPPORT_DATABASE_ERROR
 *
 * Opens (creating when needed) and migrates the notebook at @path. Before
 * the first migration of an existing notebook a backup is written to the
 * `backups` folder next to it.
 *
 * Fails with %RAPPORT_DATABASE_ERROR_CORRUPT or
 * %RAPPORT_DATABASE_ERROR_NOT_A_NOTEBOOK after moving the file aside (the
 * message names where it went), and with
 * %RAPPORT_DATABASE_ERROR_NEWER_VERSION without touching the file; open it
 * again with %RAPPORT_DATABASE_OPEN_READ_ONLY to look at it anyway.
 *
 * Returns: (transfer full): the database, or %NULL with @error set
 */
RapportDatabase *
rapport_database_open (const char                *path,
                       RapportDatabaseOpenFlags   flags,
                       GError                   **error)
{
  g_autoptr(RapportDatabase) self = NULL;
  g_autofree char *dir = NULL;
  gboolean read_only = (flags & RAPPORT_DATABASE_OPEN_READ_ONLY) != 0;
  gboolean looks_foreign = FALSE;
  GError *local_error = NULL;
  int app_id = 0, version = 0, n_objects = 0;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  dir = g_path_get_dirname (path);

  if (!read_only)
    {
      if (!rapport_data_dir_ensure (dir, error))
        return NULL;
      if (!prepare_file (path, !(flags & RAPPORT_DATABASE_OPEN_EXISTING), &looks_foreign, error))
        return NULL;
      if (looks_foreign)
        {
          move_aside_with_error (path, RAPPORT_DATABASE_ERROR_NOT_A_NOTEBOOK, error);
          return NULL;
        }
    }

  self = g_object_new (RAPPORT_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);
  self->backup_dir = g_build_filename (dir, "backups", NULL);
  self->read_only = read_only;

  rc = sqlite3_open_v2 (path, &self->handle,
                        (read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE)
                        | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_EXRESCODE,
                        NULL);
  if (rc != SQLITE_OK)
    {
      _rapport_database_set_error (self->handle, rc, error);
      return NULL;
    }

  sqlite3_extended_result_codes (self->handle, 1);
  sqlite3_busy_timeout (self->handle, 5000);
  sqlite3_db_config (self->handle, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_db_config (self->handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
  /* Until the file is known to be a healthy notebook of a version we
   * understand, closing must not checkpoint a -wal into it: that would write
   * to a file we promised never to touch. */
  sqlite3_db_config (self->handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);

  if (!_rapport_database_exec (self, "PRAGMA foreign_keys = ON;", error))
    return NULL;

  /* The first read of the file: damage or a foreign format shows here. */
  app_id = pragma_int (self->handle, "PRAGMA application_id", &rc);
  if (rc == SQLITE_OK)
    version = pragma_int (self->handle, "PRAGMA user_version", &rc);
  if (rc == SQLITE_OK)
    n_objects = pragma_int (self->handle, "SELECT count(*) FROM sqlite_schema", &rc);

  if (rc != SQLITE_OK)
    {
      int primary = rc & 0xff;

      _rapport_database_set_error (self->handle, rc, &local_error);
      rapport_database_close (self);

      if (read_only || (primary != SQLITE_NOTADB && primary != SQLITE_CORRUPT))
        {
          g_propagate_error (error, local_error);
          return NULL;
        }

      g_clear_error (&local_error);
      move_aside_with_error (path,
                             primary == SQLITE_NOTADB ? RAPPORT_DATABASE_ERROR_NOT_A_NOTEBOOK
                                                      : RAPPORT_DATABASE_ERROR_CORRUPT,
                             error);
      return NULL;
    }

  if (app_id != RAPPORT_DATABASE_APPLICATION_ID &&
      !(app_id == 0 && version == 0 && n_objects == 0))
    {
      rapport_database_close (self);
      if (read_only)
        g_set_error (error, RAPPORT_DATABASE_ERROR, RAPPORT_DATABASE_ERROR_NOT_A_NOTEBOOK,
                     _("“%s” is not a Rapport notebook."), path);
      else
        move_aside_with_error (path, RAPPORT_DATABASE_ERROR_NOT_A_NOTEBOOK, error);
      return NULL;
    }

  if (version > RAPPORT_DATABASE_SCHEMA_VERSION && !read_only)
    {
      rapport_database_close (self);
      g_set_error (error, RAPPORT_DATABASE_ERROR, RAPPORT_DATABASE_ERROR_NEWER_VERSION,
                   _("This notebook was written by a newer version of Rapport (format %d; this version understands up to %d). It was not changed: update Rapport or restore a backup."),
                   version, RAPPORT_DATABASE_SCHEMA_VERSION);
      return NULL;
    }

  if (!(flags & RAPPORT_DATABASE_OPEN_SKIP_QUICK_CHECK) &&
      !_rapport_database_quick_check_handle (self->handle, FALSE, &local_error))
    {
      rapport_database_close (self);
      if (read_only)
        {
          g_propagate_error (error, local_error);
          return NULL;
        }
      g_clear_error (&local_error);
      move_aside_with_error (path, RAPPORT_DATABASE_ERROR_CORRUPT, error);
      return NULL;
    }

  self->schema_version = version;

  if (read_only)
    {
      trust_schema_if_ours (self);
      return g_steal_pointer (&self);
    }

  if (!_rapport_database_exec (self, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;", error))
    return NULL;

  if (version < RAPPORT_DATABASE_SCHEMA_VERSION)
    {
      if (version > 0)
        {
          g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
          g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
          g_autofree char *name = g_strdup_printf ("rapport-before-v%d-%s.db",
                                                   RAPPORT_DATABASE_SCHEMA_VERSION, stamp);
          g_autofree char *dest = g_build_filename (self->backup_dir, name, NULL);

          if (!rapport_data_dir_ensure (self->backup_dir, error) ||
              !rapport_database_backup_to (self, dest, error))
            return NULL;
        }

      if (!_rapport_migrations_run (self, version, RAPPORT_DATABASE_SCHEMA_VERSION, error))
        return NULL;

      self->schema_version = RAPPORT_DATABASE_SCHEMA_VERSION;
    }

  trust_schema_if_ours (self);
  sqlite3_db_config (self->handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, NULL);

  return g_steal_pointer (&self);
}

const char *
rapport_database_get_path (RapportDatabase *self)
{
  g_return_val_if_fail (RAPPORT_IS_DATABASE (self), NULL);

  return self->path;
}

const char *
rapport_database_get_backup_dir (RapportDatabase *self)
{
  g_return_val_if_fail (RAPPORT_IS_DATABASE (self), NULL);

  return self->backup_dir;
}

gboolean
rapport_database_is_read_only (RapportDatabase *self)
{
  g_return_val_if_fail (RAPPORT_IS_DATABASE (self), TRUE);

  return self->read_only;
}

int
rapport_database_get_schema_version (RapportDatabase *self)
{
  g_return_val_if_fail (RAPPORT_IS_DATABASE (self), 0);

  return self->schema_version;
}

/**
 * rapport_database_close:
 * @self: a #RapportDatabase
 *
 * Finalizes the cached statements and closes the connection; the last
 * connection to close checkpoints and removes the `-wal` file itself.
 * Safe to call twice.
 */
void
rapport_database_close (RapportDatabase *self)
{
  g_return_if_fail (RAPPORT_IS_DATABASE (self));

  g_hash_table_remove_all (self->statements);

  if (self->handle != NULL)
    {
      int rc = sqlite3_close (self->handle);
      if (rc != SQLITE_OK)
        g_warning ("Closing the notebook failed: %s", sqlite3_errstr (rc));
      self->handle = NULL;
    }
}

/**
 * rapport_database_begin:
 * @self: a #RapportDatabase
 * @error: return location for an error
 *
 * Starts a write transaction (`BEGIN IMMEDIATE`, so a busy notebook fails
 * here rather than half-way through a save).
 */
gboolean
rapport_database_begin (RapportDatabase  *self,
                        GError          **error)
{
  g_return_val_if_fail (RAPPORT_IS_DATABASE (self), FALSE);

  if (self->read_only)
    {
      g_set_error (error, RAPPORT_DATABASE_ERROR, RAPPORT_DATABASE_ERROR_READ_ONLY,
                   _("This notebook is open read-only; changes cannot be saved."));
      return FALSE;
    }

  return _rapport_database_exec (self, "BEGIN IMMEDIATE", error);
}

/**
 * rapport_database_commit:
 * @self: a #RapportDatabase
 * @error: return location for an error
 *
 * Commits; when that fails (disk full, I/O error) the transaction is rolled
 * back so the notebook holds exactly what it held before rapport_database_begin().
 */
gboolean
rapport_database_commit (RapportDatabase  *self,
                         GError          **error)
{
  g_return_val_if_fail (RAPPORT_IS_DATABASE (self), FALSE);

  if (!_rapport_database_exec (self, "COMMIT", error))
    {
      rapport_database_rollback (self);
      return FALSE;
    }

  return TRUE;
}

void
rapport_database_rollback (RapportDatabase *self)
{
  g_return_if_fail (RAPPORT_IS_DATABASE (self));

  if (self->handle != NULL && !sqlite3_get_autocommit (self->handle))
    sqlite3_exec (self->handle, "ROLLBACK", NULL, NULL, NULL);
}

gboolean
rapport_database_in_transaction (RapportDatabase *self)
{
  g_return_val_if_fail (RAPPORT_IS_DATABASE (self), FALSE);

  return self->handle != NULL && !sqlite3_get_autocommit (self->handle);
}

/**
 * rapport_database_integrity_check:
 * @self: a #RapportDatabase
 * @full: %TRUE for `integrity_check`, %FALSE for the faster `quick_check`
 * @error: return location for an error
 *
 * Returns: %TRUE if the check answered "ok"
 */
gboolean
rapport_database_integrity_check (RapportDatabase  *self,
                                  gboolean          full,
                                  GError          **error)
{
  g_return_val_if_fail (RAPPORT_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (self->handle != NULL, FALSE);

  return _rapport_database_quick_check_handle (self->handle, full, error);
}

/**
 * rapport_database_quarantine:
 * @path: a notebook found damaged (e.g. by rapport_repository_check_async())
 * @error: return location for the %RAPPORT_DATABASE_ERROR_CORRUPT report
 *
 * Moves the notebook aside with its `-wal` and `-shm`, never writing to it.
 * Close every connection to it first. Always sets @error to the message to
 * show (which names where the file went), so the UI can offer the backups.
 *
 * Returns: %TRUE if the file was moved
 */
gboolean
rapport_database_quarantine (const char  *path,
                             GError     **error)
{
  g_return_val_if_fail (path != NULL, FALSE);

  move_aside_with_error (path, RAPPORT_DATABASE_ERROR_CORRUPT, error);
  return !g_file_test (path, G_FILE_TEST_EXISTS);
}
