/* rapport-backup.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * RapportBackupKind:
 * @RAPPORT_BACKUP_KIND_DAILY: an automatic daily backup, `rapport-YYYY-MM-DD.db`
 * @RAPPORT_BACKUP_KIND_BEFORE_MIGRATION: taken before the notebook was
 *   upgraded to a new version, `rapport-before-vN-….db`
 * @RAPPORT_BACKUP_KIND_BEFORE_RESTORE: the notebook a restore replaced,
 *   `rapport-before-restore-….db`
 * @RAPPORT_BACKUP_KIND_OTHER: any other `.db` file in the backups folder
 */
typedef enum
{
  RAPPORT_BACKUP_KIND_DAILY,
  RAPPORT_BACKUP_KIND_BEFORE_MIGRATION,
  RAPPORT_BACKUP_KIND_BEFORE_RESTORE,
  RAPPORT_BACKUP_KIND_OTHER,
} RapportBackupKind;

#define RAPPORT_TYPE_BACKUP_KIND (rapport_backup_kind_get_type ())
GType rapport_backup_kind_get_type (void) G_GNUC_CONST;

#define RAPPORT_TYPE_BACKUP (rapport_backup_get_type ())

G_DECLARE_FINAL_TYPE (RapportBackup, rapport_backup, RAPPORT, BACKUP, GObject)

const char        *rapport_backup_get_path     (RapportBackup  *self);
GDateTime         *rapport_backup_get_taken_at (RapportBackup  *self);
gint64             rapport_backup_get_size     (RapportBackup  *self);
RapportBackupKind  rapport_backup_get_kind     (RapportBackup  *self);

GPtrArray         *rapport_backup_list         (const char     *data_dir,
                                                GError        **error);
gboolean           rapport_backup_restore      (const char     *data_dir,
                                                const char     *backup_path,
                                                char          **saved_previous,
                                                GError        **error);

G_END_DECLS
