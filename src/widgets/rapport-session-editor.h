/* rapport-session-editor.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-repository.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_SESSION_EDITOR (rapport_session_editor_get_type ())

G_DECLARE_FINAL_TYPE (RapportSessionEditor, rapport_session_editor, RAPPORT, SESSION_EDITOR, GtkWidget)

GtkWidget          *rapport_session_editor_new          (void);
RapportSessionNote *rapport_session_editor_get_session  (RapportSessionEditor *self);
void                rapport_session_editor_set_session  (RapportSessionEditor *self,
                                                         RapportRepository    *repository,
                                                         RapportSessionNote   *session);
gboolean            rapport_session_editor_get_dirty    (RapportSessionEditor *self);
gboolean            rapport_session_editor_save         (RapportSessionEditor *self,
                                                         GError              **error);
void                rapport_session_editor_focus_notes  (RapportSessionEditor *self);

G_END_DECLS
