/* rapport-repository.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rapport-agenda-item.h"
#include "rapport-commitment.h"
#include "rapport-database.h"
#include "rapport-goal.h"
#include "rapport-mentee.h"
#include "rapport-question.h"
#include "rapport-search-result.h"
#include "rapport-session-note.h"
#include "rapport-validation.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_REPOSITORY (rapport_repository_get_type ())

G_DECLARE_FINAL_TYPE (RapportRepository, rapport_repository, RAPPORT, REPOSITORY, GObject)

/**
 * RapportNowFunc:
 * @user_data: closure data
 *
 * Returns the current local time. Tests and the reminders inject a clock
 * with rapport_repository_set_now_func().
 *
 * Returns: (transfer full): the current time in the local time zone
 */
typedef GDateTime *(*RapportNowFunc) (gpointer user_data);

/* Opening */
RapportRepository *rapport_repository_new                (const char          *data_dir,
                                                          GError             **error);
RapportRepository *rapport_repository_new_read_only      (const char          *data_dir,
                                                          GError             **error);
RapportRepository *rapport_repository_new_for_database   (RapportDatabase     *database);
RapportDatabase   *rapport_repository_get_database       (RapportRepository   *self);
gboolean           rapport_repository_is_read_only       (RapportRepository   *self);
void               rapport_repository_set_now_func       (RapportRepository   *self,
                                                          RapportNowFunc       func,
                                                          gpointer             user_data,
                                                          GDestroyNotify       destroy);
GDateTime         *rapport_repository_dup_now            (RapportRepository   *self);
char              *rapport_repository_backup_daily       (RapportRepository   *self,
                                                          GError             **error);
void               rapport_repository_check_async        (RapportRepository   *self,
                                                          GCancellable        *cancellable,
                                                          GAsyncReadyCallback  callback,
                                                          gpointer             user_data);
gboolean           rapport_repository_check_finish       (RapportRepository   *self,
                                                          GAsyncResult        *result,
                                                          GError             **error);
void               rapport_repository_backup_daily_async (RapportRepository   *self,
                                                          GCancellable        *cancellable,
                                                          GAsyncReadyCallback  callback,
                                                          gpointer             user_data);
gboolean           rapport_repository_backup_daily_finish (RapportRepository  *self,
                                                          GAsyncResult        *result,
                                                          char               **backup_path,
                                                          GError             **error);

/* Live lists: they follow every change made through the repository, with one
 * items-changed per batch, and reuse their item objects across reloads. */
GListModel        *rapport_repository_get_mentees        (RapportRepository   *self);
GListModel        *rapport_repository_get_agenda         (RapportRepository   *self);
GListModel        *rapport_repository_list_sessions      (RapportRepository   *self,
                                                          gint64               mentee_id);
GListModel        *rapport_repository_list_commitments   (RapportRepository   *self,
                                                          gint64               mentee_id);
GListModel        *rapport_repository_list_goals         (RapportRepository   *self,
                                                          gint64               mentee_id);
gboolean           rapport_repository_refresh            (RapportRepository   *self,
                                                          GError             **error);
RapportMentee     *rapport_repository_find_mentee        (RapportRepository   *self,
                                                          gint64               mentee_id);
RapportCommitment *rapport_repository_find_commitment    (RapportRepository   *self,
                                                          gint64               commitment_id,
                                                          GError             **error);

/* Snapshots */
GListModel        *rapport_repository_search             (RapportRepository   *self,
                                                          const char          *text,
                                                          guint                limit,
                                                          GError             **error);
GListModel        *rapport_repository_list_questions     (RapportRepository   *self,
                                                          gint64               mentee_id,
                                                          GError             **error);
gboolean           rapport_repository_mark_question_asked (RapportRepository  *self,
                                                          RapportQuestion     *question,
                                                          gint64               mentee_id,
                                                          GError             **error);

/* The question bank (the mentor's own prompts, tags, hiding, asked per meeting) */
gboolean           rapport_repository_save_question      (RapportRepository   *self,
                                                          RapportQuestion     *question,
                                                          GError             **error);
gboolean           rapport_repository_delete_question    (RapportRepository   *self,
                                                          RapportQuestion     *question,
                                                          GError             **error);
gboolean           rapport_repository_restore_question   (RapportRepository   *self,
                                                          RapportQuestion     *question,
                                                          GError             **error);
gboolean           rapport_repository_set_question_asked (RapportRepository   *self,
                                                          RapportQuestion     *question,
                                                          RapportSessionNote  *session,
                                                          gboolean             asked,
                                                          GError             **error);
GListModel        *rapport_repository_list_questions_asked (RapportRepository *self,
                                                          gint64               session_id,
                                                          GError             **error);

/* Batches */
gboolean           rapport_repository_begin_batch        (RapportRepository   *self,
                                                          GError             **error);
gboolean           rapport_repository_end_batch          (RapportRepository   *self,
                                                          GError             **error);
void               rapport_repository_cancel_batch       (RapportRepository   *self);

/* Writes */
gboolean           rapport_repository_save               (RapportRepository   *self,
                                                          RapportItem         *item,
                                                          GError             **error);
gboolean           rapport_repository_trash              (RapportRepository   *self,
                                                          RapportItem         *item,
                                                          GError             **error);
gboolean           rapport_repository_restore            (RapportRepository   *self,
                                                          RapportItem         *item,
                                                          GError             **error);
gboolean           rapport_repository_empty_trash        (RapportRepository   *self,
                                                          GError             **error);
gboolean           rapport_repository_archive_mentee     (RapportRepository   *self,
                                                          RapportMentee       *mentee,
                                                          GError             **error);
gboolean           rapport_repository_complete_commitment (RapportRepository  *self,
                                                          RapportCommitment   *commitment,
                                                          GError             **error);
gboolean           rapport_repository_drop_commitment    (RapportRepository   *self,
                                                          RapportCommitment   *commitment,
                                                          const char          *reason,
                                                          GError             **error);
gboolean           rapport_repository_reopen_commitment  (RapportRepository   *self,
                                                          RapportCommitment   *commitment,
                                                          const char          *reason,
                                                          GError             **error);
GPtrArray         *rapport_repository_list_status_changes (RapportRepository  *self,
                                                          RapportCommitment   *commitment,
                                                          GError             **error);
gboolean           rapport_repository_reschedule_commitment (RapportRepository *self,
                                                          RapportCommitment   *commitment,
                                                          const char          *due_date,
                                                          const char          *due_time,
                                                          const char          *reason,
                                                          GError             **error);

G_END_DECLS
