/* rapport-store-private.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rapport-database-private.h"
#include "rapport-store.h"

G_BEGIN_DECLS

/* Runs an INSERT or UPDATE whose named parameters are bound from @item. */
gboolean _rapport_store_insert (RapportDatabase  *db,
                                const char       *sql,
                                GObject          *item,
                                gint64           *id,
                                GError          **error);
gboolean _rapport_store_update (RapportDatabase  *db,
                                const char       *sql,
                                GObject          *item,
                                GError          **error);

G_END_DECLS
