/* rapport-status-change.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rapport-item.h"
#include "rapport-types.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_STATUS_CHANGE (rapport_status_change_get_type ())

G_DECLARE_FINAL_TYPE (RapportStatusChange, rapport_status_change, RAPPORT, STATUS_CHANGE, RapportItem)

gint64                  rapport_status_change_get_commitment_id (RapportStatusChange *self);
gint64                  rapport_status_change_get_mentee_id     (RapportStatusChange *self);
RapportCommitmentStatus rapport_status_change_get_old_status    (RapportStatusChange *self);
RapportCommitmentStatus rapport_status_change_get_new_status    (RapportStatusChange *self);
const char             *rapport_status_change_get_reason        (RapportStatusChange *self);
GDateTime              *rapport_status_change_get_changed_at    (RapportStatusChange *self);

G_END_DECLS
