/* rapport-due-change.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rapport-item.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_DUE_CHANGE (rapport_due_change_get_type ())

G_DECLARE_FINAL_TYPE (RapportDueChange, rapport_due_change, RAPPORT, DUE_CHANGE, RapportItem)

gint64         rapport_due_change_get_commitment_id   (RapportDueChange *self);
gint64         rapport_due_change_get_mentee_id       (RapportDueChange *self);
const char *   rapport_due_change_get_old_due_date    (RapportDueChange *self);
const char *   rapport_due_change_get_old_due_time    (RapportDueChange *self);
const char *   rapport_due_change_get_new_due_date    (RapportDueChange *self);
const char *   rapport_due_change_get_new_due_time    (RapportDueChange *self);
const char *   rapport_due_change_get_reason          (RapportDueChange *self);
GDateTime *    rapport_due_change_get_changed_at      (RapportDueChange *self);

G_END_DECLS
