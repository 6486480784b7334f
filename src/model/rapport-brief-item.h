/* rapport-brief-item.h
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

#define RAPPORT_TYPE_BRIEF_ITEM (rapport_brief_item_get_type ())

G_DECLARE_FINAL_TYPE (RapportBriefItem, rapport_brief_item, RAPPORT, BRIEF_ITEM, RapportItem)

RapportBriefItem *rapport_brief_item_new (RapportBriefItemKind  kind,
                                          const char           *title);

RapportBriefItemKind   rapport_brief_item_get_kind          (RapportBriefItem *self);
gint64                 rapport_brief_item_get_item_id       (RapportBriefItem *self);
const char *           rapport_brief_item_get_title         (RapportBriefItem *self);
const char *           rapport_brief_item_get_detail        (RapportBriefItem *self);
const char *           rapport_brief_item_get_date          (RapportBriefItem *self);
int                    rapport_brief_item_get_days_left     (RapportBriefItem *self);
int                    rapport_brief_item_get_progress      (RapportBriefItem *self);
GDateTime *            rapport_brief_item_get_since         (RapportBriefItem *self);
int                    rapport_brief_item_get_days_quiet    (RapportBriefItem *self);
gboolean               rapport_brief_item_get_flagged       (RapportBriefItem *self);

G_END_DECLS
