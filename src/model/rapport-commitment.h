/* rapport-commitment.h
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

#define RAPPORT_TYPE_COMMITMENT (rapport_commitment_get_type ())

G_DECLARE_FINAL_TYPE (RapportCommitment, rapport_commitment, RAPPORT, COMMITMENT, RapportItem)

RapportCommitment *rapport_commitment_new (void);

gint64                rapport_commitment_get_mentee_id       (RapportCommitment *self);
gint64                rapport_commitment_get_session_id      (RapportCommitment *self);
RapportCommitmentOwner rapport_commitment_get_owner           (RapportCommitment *self);
RapportCommitmentKind rapport_commitment_get_kind            (RapportCommitment *self);
const char *          rapport_commitment_get_title           (RapportCommitment *self);
const char *          rapport_commitment_get_details         (RapportCommitment *self);
const char *          rapport_commitment_get_due_date        (RapportCommitment *self);
const char *          rapport_commitment_get_due_time        (RapportCommitment *self);
RapportCommitmentStatus rapport_commitment_get_status          (RapportCommitment *self);
GDateTime *           rapport_commitment_get_done_at         (RapportCommitment *self);
int                   rapport_commitment_get_renegotiations  (RapportCommitment *self);

void                  rapport_commitment_set_mentee_id       (RapportCommitment *self,
                                                              gint64 value);
void                  rapport_commitment_set_session_id      (RapportCommitment *self,
                                                              gint64 value);
void                  rapport_commitment_set_owner           (RapportCommitment *self,
                                                              RapportCommitmentOwner value);
void                  rapport_commitment_set_kind            (RapportCommitment *self,
                                                              RapportCommitmentKind value);
void                  rapport_commitment_set_title           (RapportCommitment *self,
                                                              const char *value);
void                  rapport_commitment_set_details         (RapportCommitment *self,
                                                              const char *value);
void                  rapport_commitment_set_due_date        (RapportCommitment *self,
                                                              const char *value);
void                  rapport_commitment_set_due_time        (RapportCommitment *self,
                                                              const char *value);
void                  rapport_commitment_set_status          (RapportCommitment *self,
                                                              RapportCommitmentStatus value);
void                  rapport_commitment_set_done_at         (RapportCommitment *self,
                                                              GDateTime *value);

const char *          rapport_commitment_status_to_nick      (RapportCommitmentStatus status);

G_END_DECLS
