/* rapport-backups-page.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-types.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_BACKUPS_PAGE (rapport_backups_page_get_type ())

G_DECLARE_FINAL_TYPE (RapportBackupsPage, rapport_backups_page, RAPPORT, BACKUPS_PAGE, AdwPreferencesPage)

RapportContext *rapport_backups_page_get_context (RapportBackupsPage *self);
void            rapport_backups_page_set_context (RapportBackupsPage *self,
                                                  RapportContext     *context);
void            rapport_backups_page_reload      (RapportBackupsPage *self);

/* What the buttons and the confirmation do, for the tests. */
void            _rapport_backups_page_back_up_now (RapportBackupsPage  *self,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
void            _rapport_backups_page_restore     (RapportBackupsPage  *self,
                                                   const char          *backup_path,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
gboolean        _rapport_backups_page_finish      (RapportBackupsPage  *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);

G_END_DECLS
