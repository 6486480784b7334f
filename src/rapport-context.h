/* rapport-context.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rapport-clock.h"
#include "rapport-notifier.h"
#include "rapport-repository.h"
#include "rapport-scheduler.h"
#include "rapport-types.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_CONTEXT (rapport_context_get_type ())

G_DECLARE_FINAL_TYPE (RapportContext, rapport_context, RAPPORT, CONTEXT, GObject)

RapportContext *rapport_context_new          (const char      *data_dir,
                                              GError         **error);
const char     *rapport_context_get_data_dir (RapportContext  *self);
GSettings      *rapport_context_get_settings (RapportContext  *self);
RapportRepository *rapport_context_get_repository (RapportContext *self);
RapportScheduler  *rapport_context_get_scheduler  (RapportContext *self);
RapportScheduler  *rapport_context_start_reminders (RapportContext  *self,
                                                    RapportClock    *clock,
                                                    RapportNotifier *notifier);
void            rapport_context_start_daily_backups (RapportContext *self);
void            rapport_context_finish_backup       (RapportContext *self);

/* For tests */
void            _rapport_context_set_backup_delay   (RapportContext *self,
                                                     guint           msec);

G_END_DECLS
