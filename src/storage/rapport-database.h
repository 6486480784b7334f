/* rapport-database.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The schema version this build writes. A file with a higher `user_version`
 * is never written. */
#define RAPPORT_DATABASE_SCHEMA_VERSION 4

/* `PRAGMA application_id` of a Rapport notebook ("Rapp" in ASCII). */
#define RAPPORT_DATABASE_APPLICATION_ID 0x52617070

#define RAPPORT_DATABASE_ERROR (rapport_database_error_quark ())

/**
 * RapportDatabaseError:
 * @RAPPORT_DATABASE_ERROR_FAILED: any other SQLite failure
 * @RAPPORT_DATABASE_ERROR_CORRUPT: the file is damaged; it was moved aside
 * @RAPPORT_DATABASE_ERROR_NOT_A_NOTEBOOK: the file is not a Rapport notebook;
 *   it was moved aside
 * @RAPPORT_DATABASE_ERROR_NEWER_VERSION: the notebook was written by a newer
 *   Rapport; it was left untouched
 * @RAPPORT_DATABASE_ERROR_READ_ONLY: a write was attempted on a database
 *   opened read-only
 * @RAPPORT_DATABASE_ERROR_FULL: the disk is full
 * @RAPPORT_DATABASE_ERROR_IO: the operating system reported an I/O error
 * @RAPPORT_DATABASE_ERROR_BUSY: another process holds the notebook locked
 * @RAPPORT_DATABASE_ERROR_CONSTRAINT: a schema constraint rejected the data
 * @RAPPORT_DATABASE_ERROR_PERMISSION: the file or folder cannot be accessed
 * @RAPPORT_DATABASE_ERROR_BACKUP: a backup is missing, unverifiable or is not
 *   a notebook
 *
 * Errors of the storage layer. For %RAPPORT_DATABASE_ERROR_CORRUPT,
 * %RAPPORT_DATABASE_ERROR_NOT_A_NOTEBOOK and
 * %RAPPORT_DATABASE_ERROR_NEWER_VERSION the UI should offer the backups
 * (rapport_database_list_backups()).
 */
typedef enum
{
  RAPPORT_DATABASE_ERROR_FAILED,
  RAPPORT_DATABASE_ERROR_CORRUPT,
  RAPPORT_DATABASE_ERROR_NOT_A_NOTEBOOK,
  RAPPORT_DATABASE_ERROR_NEWER_VERSION,
  RAPPORT_DATABASE_ERROR_READ_ONLY,
  RAPPORT_DATABASE_ERROR_FULL,
  RAPPORT_DATABASE_ERROR_IO,
  RAPPORT_DATABASE_ERROR_BUSY,
  RAPPORT_DATABASE_ERROR_CONSTRAINT,
  RAPPORT_DATABASE_ERROR_PERMISSION,
  RAPPORT_DATABASE_ERROR_BACKUP,
} RapportDatabaseError;

typedef enum
{
  RAPPORT_DATABASE_OPEN_NONE      = 0,
  /* Open without writing anything: no migration, no WAL switch, no backup.
   * This is how a notebook from a newer version can still be looked at. */
  RAPPORT_DATABASE_OPEN_READ_ONLY = 1 << 0,
  /* Do not create the file when it is missing. */
  RAPPORT_DATABASE_OPEN_EXISTING  = 1 << 1,
  /* Skip the quick check, whose cost grows with the file (about 0.6 s for a
   * ten-year notebook): the window must open fast. The caller runs the check
   * later on another connection (rapport_repository_check_async()). */
  RAPPORT_DATABASE_OPEN_SKIP_QUICK_CHECK = 1 << 2,
} RapportDatabaseOpenFlags;

#define RAPPORT_TYPE_DATABASE (rapport_database_get_type ())

G_DECLARE_FINAL_TYPE (RapportDatabase, rapport_database, RAPPORT, DATABASE, GObject)

GQuark            rapport_database_error_quark       (void);

RapportDatabase  *rapport_database_open              (const char                *path,
                                                      RapportDatabaseOpenFlags   flags,
                                                      GError                   **error);
const char       *rapport_database_get_path          (RapportDatabase           *self);
const char       *rapport_database_get_backup_dir    (RapportDatabase           *self);
gboolean          rapport_database_is_read_only      (RapportDatabase           *self);
int               rapport_database_get_schema_version (RapportDatabase          *self);
void              rapport_database_close             (RapportDatabase           *self);

gboolean          rapport_database_begin             (RapportDatabase           *self,
                                                      GError                   **error);
gboolean          rapport_database_commit            (RapportDatabase           *self,
                                                      GError                   **error);
void              rapport_database_rollback          (RapportDatabase           *self);
gboolean          rapport_database_in_transaction    (RapportDatabase           *self);

gboolean          rapport_database_integrity_check   (RapportDatabase           *self,
                                                      gboolean                   full,
                                                      GError                   **error);

/* Backups (rapport-backup.c) */
gboolean          rapport_database_backup_to         (RapportDatabase           *self,
                                                      const char                *dest_path,
                                                      GError                   **error);
char             *rapport_database_backup_daily      (RapportDatabase           *self,
                                                      GDateTime                 *now,
                                                      GError                   **error);
GPtrArray        *rapport_database_list_backups      (const char                *backup_dir);
gboolean          rapport_database_quarantine        (const char                *path,
                                                      GError                   **error);
gboolean          rapport_database_verify_file       (const char                *path,
                                                      GError                   **error);
gboolean          rapport_database_restore           (const char                *db_path,
                                                      const char                *candidate,
                                                      char                     **saved_previous,
                                                      GError                   **error);

G_END_DECLS
