/* rapport-today-view.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rapport-types.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_TODAY_VIEW (rapport_today_view_get_type ())

G_DECLARE_FINAL_TYPE (RapportTodayView, rapport_today_view, RAPPORT, TODAY_VIEW, GtkWidget)

RapportContext *rapport_today_view_get_context (RapportTodayView *self);
void            rapport_today_view_set_context (RapportTodayView *self,
                                                RapportContext   *context);
guint           rapport_today_view_get_n_due   (RapportTodayView *self);

G_END_DECLS
