/* rapport-mentee.h
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

/**
 * RapportBoundary:
 * @topic: what the boundary is about
 * @level: open, ask first or off limits
 *
 * One of a mentee's boundaries.
 */
typedef struct
{
  char                 *topic;
  RapportBoundaryLevel  level;
} RapportBoundary;

#define RAPPORT_TYPE_BOUNDARY (rapport_boundary_get_type ())

GType            rapport_boundary_get_type (void) G_GNUC_CONST;
RapportBoundary *rapport_boundary_new      (const char            *topic,
                                            RapportBoundaryLevel   level);
RapportBoundary *rapport_boundary_copy     (const RapportBoundary *self);
void             rapport_boundary_free     (RapportBoundary       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RapportBoundary, rapport_boundary_free)

#define RAPPORT_TYPE_MENTEE (rapport_mentee_get_type ())

G_DECLARE_FINAL_TYPE (RapportMentee, rapport_mentee, RAPPORT, MENTEE, RapportItem)

RapportMentee *rapport_mentee_new (void);

const char *          rapport_mentee_get_name                    (RapportMentee *self);
const char *          rapport_mentee_get_pronouns                (RapportMentee *self);
const char *          rapport_mentee_get_role                    (RapportMentee *self);
const char *          rapport_mentee_get_organization            (RapportMentee *self);
const char *          rapport_mentee_get_contact                 (RapportMentee *self);
const char *          rapport_mentee_get_how_we_met              (RapportMentee *self);
const char *          rapport_mentee_get_started_on              (RapportMentee *self);
RapportMenteeStatus   rapport_mentee_get_status                  (RapportMentee *self);
int                   rapport_mentee_get_cadence_days            (RapportMentee *self);
int                   rapport_mentee_get_max_gap_days            (RapportMentee *self);
const char *          rapport_mentee_get_preferred_channel       (RapportMentee *self);
const char *          rapport_mentee_get_feedback_preferences    (RapportMentee *self);
const char *          rapport_mentee_get_feedback_sensitivities  (RapportMentee *self);
const char *          rapport_mentee_get_boundaries              (RapportMentee *self);
const char * const *  rapport_mentee_get_tags                    (RapportMentee *self);
const char *          rapport_mentee_get_about                   (RapportMentee *self);
int                   rapport_mentee_get_open_promises           (RapportMentee *self);
int                   rapport_mentee_get_overdue_promises        (RapportMentee *self);
int                   rapport_mentee_get_open_asks               (RapportMentee *self);
GDateTime *           rapport_mentee_get_last_held_at            (RapportMentee *self);
GDateTime *           rapport_mentee_get_next_meeting_at         (RapportMentee *self);
int                   rapport_mentee_get_days_since_last         (RapportMentee *self);
RapportRhythmState    rapport_mentee_get_rhythm_state            (RapportMentee *self);
const char *          rapport_mentee_get_check_in_due_on         (RapportMentee *self);

void                  rapport_mentee_set_name                    (RapportMentee *self,
                                                                  const char *value);
void                  rapport_mentee_set_pronouns                (RapportMentee *self,
                                                                  const char *value);
void                  rapport_mentee_set_role                    (RapportMentee *self,
                                                                  const char *value);
void                  rapport_mentee_set_organization            (RapportMentee *self,
                                                                  const char *value);
void                  rapport_mentee_set_contact                 (RapportMentee *self,
                                                                  const char *value);
void                  rapport_mentee_set_how_we_met              (RapportMentee *self,
                                                                  const char *value);
void                  rapport_mentee_set_started_on              (RapportMentee *self,
                                                                  const char *value);
void                  rapport_mentee_set_status                  (RapportMentee *self,
                                                                  RapportMenteeStatus value);
void                  rapport_mentee_set_cadence_days            (RapportMentee *self,
                                                                  int value);
void                  rapport_mentee_set_max_gap_days            (RapportMentee *self,
                                                                  int value);
void                  rapport_mentee_set_preferred_channel       (RapportMentee *self,
                                                                  const char *value);
void                  rapport_mentee_set_feedback_preferences    (RapportMentee *self,
                                                                  const char *value);
void                  rapport_mentee_set_feedback_sensitivities  (RapportMentee *self,
                                                                  const char *value);
void                  rapport_mentee_set_boundaries              (RapportMentee *self,
                                                                  const char *value);
void                  rapport_mentee_set_tags                    (RapportMentee *self,
                                                                  const char * const *value);
void                  rapport_mentee_set_about                   (RapportMentee *self,
                                                                  const char *value);

GPtrArray            *rapport_mentee_dup_boundaries              (RapportMentee *self);
void                  rapport_mentee_set_boundary_list           (RapportMentee *self,
                                                                  GPtrArray     *boundaries);

G_END_DECLS
