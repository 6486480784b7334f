/* rapport-question-bank-page.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-repository.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_QUESTION_BANK_PAGE (rapport_question_bank_page_get_type ())

G_DECLARE_FINAL_TYPE (RapportQuestionBankPage, rapport_question_bank_page, RAPPORT, QUESTION_BANK_PAGE, AdwPreferencesPage)

RapportRepository     *rapport_question_bank_page_get_repository (RapportQuestionBankPage *self);
void                   rapport_question_bank_page_set_repository (RapportQuestionBankPage *self,
                                                                  RapportRepository       *repository);
void                   rapport_question_bank_page_reload         (RapportQuestionBankPage *self);
GtkWindow             *rapport_question_bank_page_add_question   (RapportQuestionBankPage *self);

G_END_DECLS
