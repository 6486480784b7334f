/* rapport-promise-row.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-repository.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_PROMISE_ROW (rapport_promise_row_get_type ())

G_DECLARE_FINAL_TYPE (RapportPromiseRow, rapport_promise_row, RAPPORT, PROMISE_ROW, AdwActionRow)

GtkWidget         *rapport_promise_row_new            (RapportRepository *repository,
                                                       RapportCommitment *commitment);
RapportCommitment *rapport_promise_row_get_commitment (RapportPromiseRow *self);
void               rapport_promise_row_set_done       (RapportPromiseRow *self,
                                                       gboolean           done);

G_END_DECLS
