/* rapport-agenda-item.h
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

#define RAPPORT_TYPE_AGENDA_ITEM (rapport_agenda_item_get_type ())

G_DECLARE_FINAL_TYPE (RapportAgendaItem, rapport_agenda_item, RAPPORT, AGENDA_ITEM, RapportItem)

RapportAgendaItem *rapport_agenda_item_new (void);

RapportAgendaKind     rapport_agenda_item_get_kind              (RapportAgendaItem *self);
gint64                rapport_agenda_item_get_item_id           (RapportAgendaItem *self);
gint64                rapport_agenda_item_get_mentee_id         (RapportAgendaItem *self);
const char *          rapport_agenda_item_get_mentee_name       (RapportAgendaItem *self);
const char *          rapport_agenda_item_get_title             (RapportAgendaItem *self);
RapportCommitmentOwner rapport_agenda_item_get_owner             (RapportAgendaItem *self);
const char *          rapport_agenda_item_get_due_date          (RapportAgendaItem *self);
const char *          rapport_agenda_item_get_due_time          (RapportAgendaItem *self);
GDateTime *           rapport_agenda_item_get_starts_at         (RapportAgendaItem *self);
int                   rapport_agenda_item_get_duration_minutes  (RapportAgendaItem *self);
int                   rapport_agenda_item_get_days_overdue      (RapportAgendaItem *self);


G_END_DECLS
