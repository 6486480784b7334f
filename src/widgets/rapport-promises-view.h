/* rapport-promises-view.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-repository.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_PROMISES_VIEW (rapport_promises_view_get_type ())

G_DECLARE_FINAL_TYPE (RapportPromisesView, rapport_promises_view, RAPPORT, PROMISES_VIEW, GtkWidget)

void rapport_promises_view_set_mentee      (RapportPromisesView *self,
                                            RapportRepository   *repository,
                                            RapportMentee       *mentee);
void rapport_promises_view_focus_composer  (RapportPromisesView *self);

G_END_DECLS
