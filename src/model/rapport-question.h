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


G_END_DECLS
