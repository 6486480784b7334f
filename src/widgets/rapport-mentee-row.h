/* rapport-mentee-row.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rapport-mentee.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_MENTEE_ROW (rapport_mentee_row_get_type ())

G_DECLARE_FINAL_TYPE (RapportMenteeRow, rapport_mentee_row, RAPPORT, MENTEE_ROW, GtkWidget)

RapportMentee *rapport_mentee_row_get_item (RapportMenteeRow *self);
void           rapport_mentee_row_set_item (RapportMenteeRow *self,
                                            RapportMentee    *item);

G_END_DECLS
