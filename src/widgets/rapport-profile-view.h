/* rapport-profile-view.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-repository.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_PROFILE_VIEW (rapport_profile_view_get_type ())

G_DECLARE_FINAL_TYPE (RapportProfileView, rapport_profile_view, RAPPORT, PROFILE_VIEW, GtkWidget)

/**
 * RapportProfileLeaveFunc:
 * @data: the data given to rapport_profile_view_ask_to_leave()
 *
 * Leaves the profile, once the mentor chose to discard what was not saved.
 */
typedef void (*RapportProfileLeaveFunc) (gpointer data);

void     rapport_profile_view_set_mentee          (RapportProfileView      *self,
                                                   RapportRepository       *repository,
                                                   RapportMentee           *mentee);
gboolean rapport_profile_view_save                (RapportProfileView      *self,
                                                   GError                 **error);
gboolean rapport_profile_view_has_unsaved_changes (RapportProfileView      *self);
void     rapport_profile_view_discard_changes     (RapportProfileView      *self);
gboolean rapport_profile_view_ask_to_leave        (RapportProfileView      *self,
                                                   RapportProfileLeaveFunc  leave,
                                                   gpointer                 data,
                                                   GDestroyNotify           destroy);

G_END_DECLS
