/* rapport-question-editor.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-repository.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_QUESTION_EDITOR (rapport_question_editor_get_type ())

G_DECLARE_FINAL_TYPE (RapportQuestionEditor, rapport_question_editor, RAPPORT, QUESTION_EDITOR, AdwWindow)

RapportQuestionEditor *rapport_question_editor_new          (RapportRepository     *repository,
                                                             RapportQuestion       *question,
                                                             GtkWindow             *parent);
RapportQuestion       *rapport_question_editor_get_question (RapportQuestionEditor *self);
gboolean               rapport_question_editor_save         (RapportQuestionEditor *self);

/* The choices of "When to Ask", shared with the question bank page. */
const char            *rapport_question_editor_when_label   (RapportQuestionStage     stage,
                                                             RapportQuestionCategory  category);
const char            *rapport_question_editor_topic_label  (RapportQuestionCategory  category);

G_END_DECLS
