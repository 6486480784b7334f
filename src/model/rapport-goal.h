/* rapport-goal.h
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

#define RAPPORT_TYPE_GOAL (rapport_goal_get_type ())

G_DECLARE_FINAL_TYPE (RapportGoal, rapport_goal, RAPPORT, GOAL, RapportItem)

RapportGoal *rapport_goal_new (void);

gint64                rapport_goal_get_mentee_id    (RapportGoal *self);
const char *          rapport_goal_get_title        (RapportGoal *self);
const char *          rapport_goal_get_details      (RapportGoal *self);
const char *          rapport_goal_get_target_date  (RapportGoal *self);
RapportGoalStatus     rapport_goal_get_status       (RapportGoal *self);
int                   rapport_goal_get_progress     (RapportGoal *self);

void                  rapport_goal_set_mentee_id    (RapportGoal *self,
                                                     gint64 value);
void                  rapport_goal_set_title        (RapportGoal *self,
                                                     const char *value);
void                  rapport_goal_set_details      (RapportGoal *self,
                                                     const char *value);
void                  rapport_goal_set_target_date  (RapportGoal *self,
                                                     const char *value);
void                  rapport_goal_set_status       (RapportGoal *self,
                                                     RapportGoalStatus value);
void                  rapport_goal_set_progress     (RapportGoal *self,
                                                     int value);

G_END_DECLS
