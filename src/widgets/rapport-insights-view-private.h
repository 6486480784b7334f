/* rapport-insights-view-private.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rapport-insights-view.h"

G_BEGIN_DECLS

/* For tests: the text shown for one figure ("made", "kept-on-time", …). */
const char *_rapport_insights_view_get_figure (RapportInsightsView *self,
                                               const char          *name);

G_END_DECLS
