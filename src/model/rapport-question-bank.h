/* rapport-question-bank.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rapport-types.h"

G_BEGIN_DECLS

/**
 * RapportBuiltinQuestion:
 * @key: the stable key stored in the notebook (never translated, never
 *   reused for a different prompt)
 * @stage: when in the relationship it fits
 * @category: what it is for
 * @text: the untranslated prompt; show `_(text)` or use
 *   rapport_question_bank_lookup()
 */
typedef struct
{
  const char              *key;
  RapportQuestionStage     stage;
  RapportQuestionCategory  category;
  const char              *text;
} RapportBuiltinQuestion;

const RapportBuiltinQuestion *rapport_question_bank_get_builtin (guint      *n_questions);
const char                   *rapport_question_bank_lookup      (const char *key);

G_END_DECLS
