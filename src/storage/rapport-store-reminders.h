/* rapport-store-reminders.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rapport-database.h"
#include "rapport-types.h"

G_BEGIN_DECLS

/* The reminder ledger (table `reminders`): the only SQL that reads or
 * writes it. Called by RapportScheduler.
 *
 * A row exists once a reminder is due; its delivery_key names the reminder
 * for good, so it is delivered once across crashes, restarts and suspend:
 *
 *   commitment:<uuid>:<due date>[T<HH:MM>]      a promise of mine falls due
 *   mentee-commitment:<uuid>:<due>              a mentee's promise falls due
 *   overdue:<YYYY-MM-DD>                        the day's digest of my overdue promises
 *   check-in-due:<mentee uuid>:<session uuid>:<starts_at>
 *   check-in-overdue:<mentee uuid>:<session uuid>:<starts_at>
 *   meeting:<session uuid>:<starts_at>
 *
 * (the session is the last held one). The schema has no kind for the
 * digest, so its rows are `commitment` rows with subject_id 0. */

/**
 * RapportReminderPolicy:
 * @morning_hour: local hour (0–23) at which date-only items fall due
 * @meeting_lead_minutes: how long before a planned meeting to remind; 0 for never
 * @mentee_commitments: also remind of the mentee's commitments
 */
typedef struct
{
  int      morning_hour;
  int      meeting_lead_minutes;
  gboolean mentee_commitments;
} RapportReminderPolicy;

/**
 * RapportStoreReminder:
 *
 * A ledger row with what a notification needs to say about it.
 */
typedef struct
{
  gint64                id;
  char                 *delivery_key;
  char                 *subject_kind;    /* the schema's spelling, or "overdue" for the digest */
  gint64                subject_id;
  gint64                mentee_id;
  gint64                due_at;
  RapportReminderState  state;
  int                   attempts;
  guint32               notification_id;

  char                 *mentee_name;
  char                 *mentee_uuid;
  char                 *subject_uuid;
  char                 *title;           /* the promise, or the meeting's agenda */
  char                 *due_date;        /* YYYY-MM-DD */
  char                 *due_time;        /* HH:MM or NULL */
  gint64                promised_at;     /* when the promise was recorded */
  gint64                starts_at;       /* the meeting */
  gint64                last_held_at;    /* check-ins: the last held meeting */
  int                   cadence_days;
  int                   max_gap_days;
  int                   open_promises;   /* meetings: my open promises to the mentee;
                                          * the digest: how many are overdue */
  GStrv                 overdue_titles;  /* the digest: "title (name)" of each */
} RapportStoreReminder;

void                  rapport_store_reminder_free          (RapportStoreReminder *reminder);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RapportStoreReminder, rapport_store_reminder_free)

gint64                rapport_store_reminders_local_instant (GTimeZone            *tz,
                                                             const char           *date,
                                                             const char           *time,
                                                             int                   default_hour);

gboolean              rapport_store_reminders_sync         (RapportDatabase             *db,
                                                            const RapportReminderPolicy *policy,
                                                            gint64                       now,
                                                            GTimeZone                   *tz,
                                                            GPtrArray                  **withdrawn,
                                                            GError                     **error);
gboolean              rapport_store_reminders_recover      (RapportDatabase      *db,
                                                            guint                *n_recovered,
                                                            GError              **error);
GPtrArray            *rapport_store_reminders_claim        (RapportDatabase      *db,
                                                            gint64                now,
                                                            GTimeZone            *tz,
                                                            GError              **error);
gboolean              rapport_store_reminders_mark_delivered (RapportDatabase    *db,
                                                            gint64                id,
                                                            guint32               notification_id,
                                                            gint64                now,
                                                            GError              **error);
gboolean              rapport_store_reminders_mark_failed  (RapportDatabase      *db,
                                                            gint64                id,
                                                            gint64                now,
                                                            GError              **error);
gint64                rapport_store_reminders_backoff      (int                   attempts);
gboolean              rapport_store_reminders_snooze       (RapportDatabase      *db,
                                                            const char           *delivery_key,
                                                            gint64                until,
                                                            gint64                now,
                                                            GError              **error);
gboolean              rapport_store_reminders_acknowledge  (RapportDatabase      *db,
                                                            const char           *delivery_key,
                                                            gint64                now,
                                                            GError              **error);
RapportStoreReminder *rapport_store_reminders_lookup       (RapportDatabase      *db,
                                                            const char           *delivery_key,
                                                            GError              **error);
int                   rapport_store_reminders_count        (RapportDatabase      *db,
                                                            RapportReminderState  state);

G_END_DECLS
