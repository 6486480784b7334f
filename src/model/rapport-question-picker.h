/* rapport-question-picker.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rapport-question.h"
#include "rapport-repository.h"

G_BEGIN_DECLS

/* How many of the mentee's last held meetings a question must not have
 * been asked in to be suggested again. */
#define RAPPORT_QUESTION_PICKER_RECENT_SESSIONS 3

/* Held meetings up to which a relationship is "early" (from the second
 * meeting to the fourth: 1 to 3 meetings already held). */
#define RAPPORT_QUESTION_STAGE_EARLY_MAX_HELD 3

/* A relationship is "closing" when every active goal's target date is at
 * most this many days away (or past). */
#define RAPPORT_QUESTION_STAGE_CLOSING_DAYS 30

/* How many questions the Prepare tab suggests. */
#define RAPPORT_QUESTION_PICKER_DEFAULT_COUNT 4

#define RAPPORT_TYPE_QUESTION_PICKER (rapport_question_picker_get_type ())

G_DECLARE_FINAL_TYPE (RapportQuestionPicker, rapport_question_picker, RAPPORT, QUESTION_PICKER, GObject)

RapportQuestionStage   rapport_question_stage_for              (guint                  held_sessions,
                                                                GListModel            *goals,
                                                                GDateTime             *now);
const char            *rapport_question_stage_get_label        (RapportQuestionStage   stage);

RapportQuestionPicker *rapport_question_picker_new             (GListModel            *bank,
                                                                RapportQuestionStage   stage,
                                                                GDateTime             *recent_since,
                                                                const char * const    *mentee_tags);
RapportQuestionPicker *rapport_question_picker_new_for_mentee  (RapportRepository     *repository,
                                                                gint64                 mentee_id,
                                                                GDateTime             *now,
                                                                GError               **error);
RapportQuestionStage   rapport_question_picker_get_stage       (RapportQuestionPicker *self);
GDateTime             *rapport_question_picker_get_recent_since (RapportQuestionPicker *self);
gboolean               rapport_question_picker_is_recent       (RapportQuestionPicker *self,
                                                                RapportQuestion       *question);
gboolean               rapport_question_picker_is_eligible     (RapportQuestionPicker *self,
                                                                RapportQuestion       *question);
guint32                rapport_question_picker_default_seed    (gint64                 mentee_id,
                                                                guint                  held_sessions);
GListStore            *rapport_question_picker_pick            (RapportQuestionPicker *self,
                                                                guint32                seed,
                                                                guint                  n_questions,
                                                                GListModel            *keep);
RapportQuestion       *rapport_question_picker_swap            (RapportQuestionPicker *self,
                                                                GListStore            *selection,
                                                                guint                  position,
                                                                guint32                seed);

G_END_DECLS
