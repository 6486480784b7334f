/* rapport-promise-composer.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-repository.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_PROMISE_COMPOSER (rapport_promise_composer_get_type ())

G_DECLARE_FINAL_TYPE (RapportPromiseComposer, rapport_promise_composer, RAPPORT, PROMISE_COMPOSER, GtkWidget)

RapportRepository *rapport_promise_composer_get_repository (RapportPromiseComposer *self);
void               rapport_promise_composer_set_repository (RapportPromiseComposer *self,
                                                            RapportRepository      *repository);
void               rapport_promise_composer_set_mentee_id  (RapportPromiseComposer *self,
                                                            gint64                  mentee_id);
void               rapport_promise_composer_set_session_id (RapportPromiseComposer *self,
                                                            gint64                  session_id);
void               rapport_promise_composer_focus          (RapportPromiseComposer *self);
RapportCommitment *rapport_promise_composer_add            (RapportPromiseComposer *self);

G_END_DECLS
