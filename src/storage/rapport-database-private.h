/* rapport-database-private.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "rapport-database.h"

G_BEGIN_DECLS

/* Entry points shared by the files of the storage layer; nothing outside
 * src/storage (and the storage tests) includes this header. */

sqlite3      *_rapport_database_get_handle     (RapportDatabase  *self);
sqlite3_stmt *_rapport_database_prepare        (RapportDatabase  *self,
                                                const char       *sql,
                                                GError          **error);
gboolean      _rapport_database_exec           (RapportDatabase  *self,
                                                const char       *sql,
                                                GError          **error);
gboolean      _rapport_database_step_done      (RapportDatabase  *self,
                                                sqlite3_stmt     *stmt,
                                                GError          **error);
gboolean      _rapport_database_set_error      (sqlite3          *handle,
                                                int               rc,
                                                GError          **error);
gboolean      _rapport_database_bind_object    (sqlite3_stmt     *stmt,
                                                GObject          *object);
GObject      *_rapport_database_read_object    (sqlite3_stmt     *stmt,
                                                GType             type);
GPtrArray    *_rapport_database_read_objects   (RapportDatabase  *self,
                                                sqlite3_stmt     *stmt,
                                                GType             type,
                                                GError          **error);
gint64        _rapport_database_query_int      (RapportDatabase  *self,
                                                const char       *sql,
                                                gint64            fallback);
gboolean      _rapport_database_quick_check_handle (sqlite3      *handle,
                                                    gboolean      full,
                                                    GError      **error);
gboolean      _rapport_migrations_run          (RapportDatabase  *self,
                                                int               from_version,
                                                int               to_version,
                                                GError          **error);
const char   *_rapport_migrations_get_sql      (int               version);
gboolean      _rapport_backup_select_keep      (GDate           **dates,
                                                guint             n_dates,
                                                gboolean         *keep);

G_END_DECLS
