/* rapport-ledger.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rapport-repository.h"

G_BEGIN_DECLS

/* The window the ledger looks back over by default, in calendar months. */
#define RAPPORT_LEDGER_DEFAULT_MONTHS 6

/**
 * RapportLedgerFigures:
 * @made: promises of mine made in the window
 * @kept_on_time: of those, done before they became overdue
 * @kept_late: of those, done after they became overdue
 * @dropped: of those, dropped
 * @open_overdue: of those, still open and overdue now
 * @open_not_due: of those, still open and not overdue (or without a due date)
 * @renegotiated: of those, whose agreed due date was moved at least once
 * @renegotiated_after_due: of those renegotiated, moved at least once when
 *   the date being moved had already passed
 * @overdue_older: promises made before the window, still open and overdue
 * @days_late_total: the sum of the days late of the promises kept late
 * @held: meetings starting in the window that were held
 * @cancelled_by_me: … cancelled by me
 * @cancelled_by_them: … cancelled by the mentee
 * @no_show: … where the mentee did not come
 * @unrecorded: … still "planned" although they have started
 * @gaps: gaps between held meetings counted for the rhythm
 * @gaps_within_ideal: of those, at most the ideal interval long
 * @gaps_within_max: of those, at most the maximum gap long
 * @longest_gap_days: the longest gap counted, in days
 * @ratings: held meetings in the window with a rating
 * @ratings_total: the sum of those ratings
 *
 * The counts of a #RapportLedger; `docs/follow-through.md` defines each one
 * exactly. Rates are derived (rapport_ledger_get_on_time_rate() …).
 */
typedef struct
{
  guint made;
  guint kept_on_time;
  guint kept_late;
  guint dropped;
  guint open_overdue;
  guint open_not_due;
  guint renegotiated;
  guint renegotiated_after_due;
  guint overdue_older;
  guint days_late_total;

  guint held;
  guint cancelled_by_me;
  guint cancelled_by_them;
  guint no_show;
  guint unrecorded;

  guint gaps;
  guint gaps_within_ideal;
  guint gaps_within_max;
  guint longest_gap_days;

  guint ratings;
  guint ratings_total;
} RapportLedgerFigures;

/**
 * RapportRatingPoint:
 * @at: when the meeting started
 * @rating: the mentee's rating, 1 to 5
 * @session_id: the meeting
 *
 * One point of a mentee's ratings series.
 */
typedef struct
{
  GDateTime *at;
  int        rating;
  gint64     session_id;
} RapportRatingPoint;

#define RAPPORT_TYPE_LEDGER (rapport_ledger_get_type ())

G_DECLARE_FINAL_TYPE (RapportLedger, rapport_ledger, RAPPORT, LEDGER, GObject)

RapportLedger              *rapport_ledger_new                 (RapportRepository  *repository,
                                                                gint64              mentee_id,
                                                                GDateTime          *now,
                                                                GTimeZone          *tz,
                                                                int                 months,
                                                                GError            **error);

gint64                      rapport_ledger_get_mentee_id       (RapportLedger      *self);
const char                 *rapport_ledger_get_mentee_name     (RapportLedger      *self);
GDateTime                  *rapport_ledger_get_window_start    (RapportLedger      *self);
GDateTime                  *rapport_ledger_get_window_end      (RapportLedger      *self);
int                         rapport_ledger_get_months          (RapportLedger      *self);
const RapportLedgerFigures *rapport_ledger_get_figures         (RapportLedger      *self);

double                      rapport_ledger_get_on_time_rate    (RapportLedger      *self);
double                      rapport_ledger_get_average_days_late (RapportLedger    *self);
double                      rapport_ledger_get_rhythm_kept_rate (RapportLedger     *self);
double                      rapport_ledger_get_rhythm_ideal_rate (RapportLedger    *self);
double                      rapport_ledger_get_average_rating  (RapportLedger      *self);

const RapportRatingPoint   *rapport_ledger_get_ratings         (RapportLedger      *self,
                                                                guint              *n_points);
GListModel                 *rapport_ledger_get_mentees         (RapportLedger      *self);

char                       *rapport_ledger_format_summary      (RapportLedger      *self);
char                       *rapport_ledger_dup_ratings_description (RapportLedger  *self);

G_END_DECLS
