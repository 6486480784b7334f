/* rapport-sessions-view.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-repository.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_SESSIONS_VIEW (rapport_sessions_view_get_type ())

G_DECLARE_FINAL_TYPE (RapportSessionsView, rapport_sessions_view, RAPPORT, SESSIONS_VIEW, GtkWidget)

void        rapport_sessions_view_set_mentee  (RapportSessionsView *self,
                                               RapportRepository   *repository,
                                               RapportMentee       *mentee);
GListModel *rapport_sessions_view_get_model   (RapportSessionsView *self);
const char *rapport_session_status_label      (RapportSessionStatus status);

G_END_DECLS
