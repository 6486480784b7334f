/* rapport-due-date-button.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-types.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_DUE_DATE_BUTTON (rapport_due_date_button_get_type ())

G_DECLARE_FINAL_TYPE (RapportDueDateButton, rapport_due_date_button, RAPPORT, DUE_DATE_BUTTON, GtkWidget)

GtkWidget  *rapport_due_date_button_new            (void);
const char *rapport_due_date_button_get_date       (RapportDueDateButton *self);
void        rapport_due_date_button_set_date       (RapportDueDateButton *self,
                                                    const char           *date);
gboolean    rapport_due_date_button_set_from_text  (RapportDueDateButton  *self,
                                                    const char            *text,
                                                    GError               **error);
RapportDateBias rapport_due_date_button_get_bias   (RapportDueDateButton *self);
void        rapport_due_date_button_set_bias       (RapportDueDateButton *self,
                                                    RapportDateBias       bias);

G_END_DECLS
