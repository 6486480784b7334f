/* rapport-mentee-page-private.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rapport-goals-view.h"
#include "rapport-mentee-page.h"
#include "rapport-prepare-view.h"
#include "rapport-profile-view.h"
#include "rapport-promises-view.h"
#include "rapport-session-editor.h"
#include "rapport-sessions-view.h"

G_BEGIN_DECLS

/* For tests: the parts of the page they drive. */
RapportSessionEditor *_rapport_mentee_page_get_editor        (RapportMenteePage *self);
RapportPrepareView   *_rapport_mentee_page_get_prepare_view  (RapportMenteePage *self);
RapportSessionsView  *_rapport_mentee_page_get_sessions_view (RapportMenteePage *self);
RapportPromisesView  *_rapport_mentee_page_get_promises_view (RapportMenteePage *self);
RapportProfileView   *_rapport_mentee_page_get_profile_view  (RapportMenteePage *self);
const char           *_rapport_mentee_page_get_visible_page  (RapportMenteePage *self);

G_END_DECLS
