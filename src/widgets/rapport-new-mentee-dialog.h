/* rapport-new-mentee-dialog.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-mentee.h"
#include "rapport-types.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_NEW_MENTEE_DIALOG (rapport_new_mentee_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RapportNewMenteeDialog, rapport_new_mentee_dialog, RAPPORT, NEW_MENTEE_DIALOG, AdwWindow)

RapportNewMenteeDialog *rapport_new_mentee_dialog_new         (RapportContext         *context,
                                                               GtkWindow              *parent);
gboolean                rapport_new_mentee_dialog_save        (RapportNewMenteeDialog *self);
RapportMentee          *rapport_new_mentee_dialog_get_mentee  (RapportNewMenteeDialog *self);

G_END_DECLS
