/* rapport-insights-view.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rapport-ledger.h"
#include "rapport-types.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_INSIGHTS_VIEW (rapport_insights_view_get_type ())

G_DECLARE_FINAL_TYPE (RapportInsightsView, rapport_insights_view, RAPPORT, INSIGHTS_VIEW, GtkWidget)

RapportContext *rapport_insights_view_get_context (RapportInsightsView *self);
void            rapport_insights_view_set_context (RapportInsightsView *self,
                                                   RapportContext      *context);
RapportLedger  *rapport_insights_view_get_ledger  (RapportInsightsView *self);

G_END_DECLS
