/* rapport-live-restore.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rapport-database.h"

G_BEGIN_DECLS

char     *rapport_database_backup_now     (RapportDatabase  *self,
                                           GDateTime        *now,
                                           GError          **error);
gboolean  rapport_database_restore_live   (RapportDatabase  *self,
                                           const char       *backup_path,
                                           char            **saved_previous,
                                           GError          **error);

G_END_DECLS
