/* rapport-scheduler.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rapport-clock.h"
#include "rapport-database.h"
#include "rapport-notifier.h"

G_BEGIN_DECLS

/* More missed reminders than this at startup become one summary. */
#define RAPPORT_SCHEDULER_SUMMARY_THRESHOLD 3

/* The wall clock is compared on a tick this coarse (seconds). */
#define RAPPORT_SCHEDULER_TICK_SECONDS 30

#define RAPPORT_TYPE_SCHEDULER (rapport_scheduler_get_type ())

G_DECLARE_FINAL_TYPE (RapportScheduler, rapport_scheduler, RAPPORT, SCHEDULER, GObject)

RapportScheduler *rapport_scheduler_new                (RapportDatabase   *database,
                                                        RapportClock      *clock,
                                                        RapportNotifier   *notifier);
RapportClock     *rapport_scheduler_get_clock          (RapportScheduler  *self);
RapportNotifier  *rapport_scheduler_get_notifier       (RapportScheduler  *self);

void              rapport_scheduler_start              (RapportScheduler  *self);
void              rapport_scheduler_stop               (RapportScheduler  *self);
gboolean          rapport_scheduler_is_started         (RapportScheduler  *self);
gboolean          rapport_scheduler_check              (RapportScheduler  *self,
                                                        GError           **error);
void              rapport_scheduler_notebook_changed   (RapportScheduler  *self);
gboolean          rapport_scheduler_handle_action      (RapportScheduler  *self,
                                                        const char        *key,
                                                        const char        *action,
                                                        const char        *activation_token,
                                                        GError           **error);
gboolean          rapport_scheduler_is_quiet_time      (RapportScheduler  *self,
                                                        GDateTime         *local);

gboolean          rapport_scheduler_get_enabled        (RapportScheduler  *self);
void              rapport_scheduler_set_enabled        (RapportScheduler  *self,
                                                        gboolean           enabled);
int               rapport_scheduler_get_morning_hour   (RapportScheduler  *self);
void              rapport_scheduler_set_morning_hour   (RapportScheduler  *self,
                                                        int                hour);
int               rapport_scheduler_get_meeting_lead_minutes (RapportScheduler *self);
void              rapport_scheduler_set_meeting_lead_minutes (RapportScheduler *self,
                                                        int                minutes);
gboolean          rapport_scheduler_get_quiet_hours_enabled (RapportScheduler *self);
void              rapport_scheduler_set_quiet_hours_enabled (RapportScheduler *self,
                                                        gboolean           enabled);
const char       *rapport_scheduler_get_quiet_start    (RapportScheduler  *self);
void              rapport_scheduler_set_quiet_start    (RapportScheduler  *self,
                                                        const char        *hh_mm);
const char       *rapport_scheduler_get_quiet_end      (RapportScheduler  *self);
void              rapport_scheduler_set_quiet_end      (RapportScheduler  *self,
                                                        const char        *hh_mm);
gboolean          rapport_scheduler_get_show_details   (RapportScheduler  *self);
void              rapport_scheduler_set_show_details   (RapportScheduler  *self,
                                                        gboolean           show_details);
gboolean          rapport_scheduler_get_remind_mentee_commitments (RapportScheduler *self);
void              rapport_scheduler_set_remind_mentee_commitments (RapportScheduler *self,
                                                        gboolean           remind);
int               rapport_scheduler_get_snooze_until_hour (RapportScheduler *self);
void              rapport_scheduler_set_snooze_until_hour (RapportScheduler *self,
                                                        int                hour);

G_END_DECLS
