/* rapport-goals-view.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-repository.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_GOALS_VIEW (rapport_goals_view_get_type ())

G_DECLARE_FINAL_TYPE (RapportGoalsView, rapport_goals_view, RAPPORT, GOALS_VIEW, GtkWidget)

void rapport_goals_view_set_mentee (RapportGoalsView  *self,
                                    RapportRepository *repository,
                                    RapportMentee     *mentee);
void rapport_goals_view_edit_goal  (RapportGoalsView  *self,
                                    RapportGoal       *goal);

G_END_DECLS
