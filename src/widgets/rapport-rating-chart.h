/* rapport-rating-chart.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rapport-ledger.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_RATING_CHART (rapport_rating_chart_get_type ())

G_DECLARE_FINAL_TYPE (RapportRatingChart, rapport_rating_chart, RAPPORT, RATING_CHART, GtkWidget)

GtkWidget  *rapport_rating_chart_new             (void);
void        rapport_rating_chart_set_points      (RapportRatingChart       *self,
                                                  const RapportRatingPoint *points,
                                                  guint                     n_points);
guint       rapport_rating_chart_get_n_points    (RapportRatingChart       *self);
const char *rapport_rating_chart_get_description (RapportRatingChart       *self);

G_END_DECLS
