/* rapport-question.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rapport-enums.h"
#include "rapport-item.h"
#include "rapport-types.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_QUESTION (rapport_question_get_type ())

G_DECLARE_FINAL_TYPE (RapportQuestion, rapport_question, RAPPORT, QUESTION, RapportItem)

RapportQuestion *rapport_question_new (void);

const char *          rapport_question_get_builtin_key    (RapportQuestion *self);
const char *          rapport_question_get_text           (RapportQuestion *self);
RapportQuestionStage  rapport_question_get_stage          (RapportQuestion *self);
RapportQuestionCategory rapport_question_get_category       (RapportQuestion *self);
GDateTime *           rapport_question_get_last_asked_at  (RapportQuestion *self);
const char * const *  rapport_question_get_tags           (RapportQuestion *self);
gboolean              rapport_question_get_hidden         (RapportQuestion *self);
gint64                rapport_question_get_mentee_id      (RapportQuestion *self);
gboolean              rapport_question_is_builtin         (RapportQuestion *self);

void                  rapport_question_set_text           (RapportQuestion         *self,
                                                           const char              *value);
void                  rapport_question_set_stage          (RapportQuestion         *self,
                                                           RapportQuestionStage     value);
void                  rapport_question_set_category       (RapportQuestion         *self,
                                                           RapportQuestionCategory  value);
void                  rapport_question_set_tags           (RapportQuestion         *self,
                                                           const char * const      *value);
void                  rapport_question_set_hidden         (RapportQuestion         *self,
                                                           gboolean                 value);
void                  rapport_question_set_mentee_id      (RapportQuestion         *self,
                                                           gint64                   value);


G_END_DECLS
