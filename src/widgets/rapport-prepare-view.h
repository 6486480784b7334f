/* rapport-prepare-view.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-prepare.h"
#include "rapport-repository.h"

G_BEGIN_DECLS

/* A meeting is "near" from this long before it starts ... */
#define RAPPORT_PREPARE_VIEW_NEAR_HOURS 48
/* ... until this long after it started (it may still be going on). */
#define RAPPORT_PREPARE_VIEW_NEAR_AFTER_HOURS 3

#define RAPPORT_TYPE_PREPARE_VIEW (rapport_prepare_view_get_type ())

G_DECLARE_FINAL_TYPE (RapportPrepareView, rapport_prepare_view, RAPPORT, PREPARE_VIEW, GtkWidget)

void               rapport_prepare_view_set_mentee           (RapportPrepareView *self,
                                                              RapportRepository  *repository,
                                                              RapportMentee      *mentee);
RapportPrepare    *rapport_prepare_view_get_prepare          (RapportPrepareView *self);
char              *rapport_prepare_view_dup_markdown         (RapportPrepareView *self);
gboolean           rapport_prepare_view_write_markdown       (RapportPrepareView *self,
                                                              GFile              *file,
                                                              GError            **error);
GtkPrintOperation *rapport_prepare_view_new_print_operation  (RapportPrepareView *self);
void               rapport_prepare_view_export               (RapportPrepareView *self);
void               rapport_prepare_view_print                (RapportPrepareView *self);
gboolean           rapport_prepare_view_meeting_is_near      (RapportMentee      *mentee,
                                                              GDateTime          *now);

G_END_DECLS
