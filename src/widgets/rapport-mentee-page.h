/* rapport-mentee-page.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-context.h"
#include "rapport-profile-view.h"
#include "rapport-repository.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_MENTEE_PAGE (rapport_mentee_page_get_type ())

G_DECLARE_FINAL_TYPE (RapportMenteePage, rapport_mentee_page, RAPPORT, MENTEE_PAGE, GtkBox)

RapportMenteePage *rapport_mentee_page_new           (RapportContext    *context);
RapportContext    *rapport_mentee_page_get_context   (RapportMenteePage *self);
RapportMentee     *rapport_mentee_page_get_mentee    (RapportMenteePage *self);
void               rapport_mentee_page_set_mentee    (RapportMenteePage *self,
                                                      RapportMentee     *mentee);
gboolean           rapport_mentee_page_get_folded    (RapportMenteePage *self);
void               rapport_mentee_page_set_folded    (RapportMenteePage *self,
                                                      gboolean           folded);
void               rapport_mentee_page_show_session  (RapportMenteePage *self,
                                                      gint64             session_id);
void               rapport_mentee_page_show_tab      (RapportMenteePage *self,
                                                      const char        *name);
gboolean           rapport_mentee_page_save          (RapportMenteePage *self);
gboolean           rapport_mentee_page_ask_to_leave  (RapportMenteePage       *self,
                                                      RapportProfileLeaveFunc  leave,
                                                      gpointer                 data,
                                                      GDestroyNotify           destroy);

G_END_DECLS
