/* test-ledger.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rapport-demo.h"
#include "rapport-ledger.h"
#include "rapport-prepare.h"
#include "rapport-repository.h"
#include "rapport-test-utils.h"

/* Every figure of docs/follow-through.md on crafted histories. The process
 * runs in UTC (TZ is set in main); the ledger is read in UTC and in Berlin
 * (UTC+1 in March 2026, before the switch to summer time on the 29th). */

typedef struct
{
  RapportRepository *repo;
  GDateTime         *clock;
  GDateTime         *now;
  GTimeZone         *utc;
  GTimeZone         *berlin;
  char              *dir;
} Fixture;

static GDateTime *
fixture_clock (gpointer user_data)
{
  Fixture *f = user_data;

  return g_date_time_ref (f->clock);
}

static GDateTime *
at (const char *iso)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  GDateTime *dt = g_date_time_new_from_iso8601 (iso, utc);

  g_assert_nonnull (dt);
  return dt;
}

static void
set_clock (Fixture    *f,
           const char *iso)
{
  g_date_time_unref (f->clock);
  f->clock = at (iso);
}

static void
reset_clock (Fixture *f)
{
  g_date_time_unref (f->clock);
  f->clock = g_date_time_ref (f->now);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_build_filename (g_get_user_data_dir (), "rapport", NULL);
  f->repo = rapport_repository_new (f->dir, &error);
  g_assert_no_error (error);
  /* Wednesday 18 March 2026, 09:00 UTC = 10:00 in Berlin. */
  f->now = at ("2026-03-18T09:00:00Z");
  f->clock = g_date_time_ref (f->now);
  f->utc = g_time_zone_new_utc ();
  f->berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_assert_nonnull (f->berlin);
  rapport_repository_set_now_func (f->repo, fixture_clock, f, NULL);
  g_assert_true (rapport_repository_refresh (f->repo, &error));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->repo);
  g_date_time_unref (f->now);
  g_date_time_unref (f->clock);
  g_time_zone_unref (f->utc);
  g_time_zone_unref (f->berlin);
  g_free (f->dir);
}

static void
save (Fixture     *f,
      RapportItem *item)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (rapport_repository_save (f->repo, item, &error));
  g_assert_no_error (error);
}

static RapportMentee *
add_mentee (Fixture             *f,
            const char          *name,
            RapportMenteeStatus  status)
{
  RapportMentee *m = rapport_mentee_new ();

  rapport_mentee_set_name (m, name);
  rapport_mentee_set_status (m, status);
  rapport_mentee_set_cadence_days (m, 14);
  rapport_mentee_set_max_gap_days (m, 28);
  save (f, RAPPORT_ITEM (m));
  return m;
}

static RapportCommitment *
promise (Fixture                *f,
         RapportMentee          *m,
         RapportCommitmentOwner  owner,
         const char             *made,
         const char             *title,
         const char             *due_date,
         const char             *due_time)
{
  RapportCommitment *c = rapport_commitment_new ();

  set_clock (f, made);
  rapport_commitment_set_mentee_id (c, rapport_item_get_id (RAPPORT_ITEM (m)));
  rapport_commitment_set_owner (c, owner);
  rapport_commitment_set_title (c, title);
  rapport_commitment_set_due_date (c, due_date);
  rapport_commitment_set_due_time (c, due_time);
  save (f, RAPPORT_ITEM (c));
  reset_clock (f);
  return c;
}

static void
done_at (Fixture           *f,
         RapportCommitment *c,
         const char        *iso)
{
  g_autoptr(GError) error = NULL;

  set_clock (f, iso);
  g_assert_true (rapport_repository_complete_commitment (f->repo, c, &error));
  g_assert_no_error (error);
  reset_clock (f);
}

static void
reschedule_at (Fixture           *f,
               RapportCommitment *c,
               const char        *iso,
               const char        *due_date,
               const char        *reason)
{
  g_autoptr(GError) error = NULL;

  set_clock (f, iso);
  g_assert_true (rapport_repository_reschedule_commitment (f->repo, c, due_date, NULL, reason, &error));
  g_assert_no_error (error);
  reset_clock (f);
}

static void
drop_at (Fixture           *f,
         RapportCommitment *c,
         const char        *iso)
{
  set_clock (f, iso);
  rapport_commitment_set_status (c, RAPPORT_COMMITMENT_STATUS_DROPPED);
  save (f, RAPPORT_ITEM (c));
  reset_clock (f);
}

static RapportSessionNote *
meeting (Fixture              *f,
         RapportMentee        *m,
         const char           *iso,
         RapportSessionStatus  status,
         int                   rating)
{
  g_autoptr(GDateTime) start = at (iso);
  RapportSessionNote *s = rapport_session_note_new ();

  rapport_session_note_set_mentee_id (s, rapport_item_get_id (RAPPORT_ITEM (m)));
  rapport_session_note_set_starts_at (s, start);
  rapport_session_note_set_status (s, status);
  rapport_session_note_set_rating (s, rating);
  save (f, RAPPORT_ITEM (s));
  return s;
}

static RapportLedger *
ledger (Fixture       *f,
        RapportMentee *m,
        GTimeZone     *tz,
        int            months)
{
  g_autoptr(GError) error = NULL;
  RapportLedger *l = rapport_ledger_new (f->repo, m ? rapport_item_get_id (RAPPORT_ITEM (m)) : 0,
                                         f->now, tz, months, &error);

  g_assert_no_error (error);
  g_assert_nonnull (l);
  return l;
}

/* The worked example of docs/follow-through.md. */
static RapportMentee *
build_worked_example (Fixture *f)
{
  RapportMentee *m = add_mentee (f, "Alex", RAPPORT_MENTEE_STATUS_ACTIVE);
  g_autoptr(RapportCommitment) article = NULL;
  g_autoptr(RapportCommitment) dana = NULL;
  g_autoptr(RapportCommitment) call = NULL;
  g_autoptr(RapportCommitment) books = NULL;
  g_autoptr(RapportCommitment) cv = NULL;
  g_autoptr(RapportCommitment) mock = NULL;
  g_autoptr(RapportCommitment) reading = NULL;
  g_autoptr(RapportCommitment) theirs = NULL;
  g_autoptr(RapportCommitment) old_open = NULL;
  g_autoptr(RapportCommitment) old_done = NULL;

  article = promise (f, m, RAPPORT_COMMITMENT_OWNER_MENTOR, "2026-03-02T09:00:00Z", "Send the article", "2026-03-05", NULL);
  /* 23:30 in Berlin on the due date: on time everywhere. */
  done_at (f, article, "2026-03-05T22:30:00Z");

  dana = promise (f, m, RAPPORT_COMMITMENT_OWNER_MENTOR, "2026-03-02T09:00:00Z", "Introduce to Dana", "2026-03-05", NULL);
  /* 23:30 UTC on the due date: on time in UTC, 00:30 the next day in Berlin. */
  done_at (f, dana, "2026-03-05T23:30:00Z");

  call = promise (f, m, RAPPORT_COMMITMENT_OWNER_MENTOR, "2026-03-02T09:00:00Z", "Call at 17:00", "2026-03-09", "17:00");
  /* 17:20 in Berlin: twenty minutes late there; 16:20 in UTC, on time. */
  done_at (f, call, "2026-03-09T16:20:00Z");

  books = promise (f, m, RAPPORT_COMMITMENT_OWNER_MENTOR, "2026-03-02T09:00:00Z", "Book list", "2026-03-06", NULL);
  reschedule_at (f, books, "2026-03-04T10:00:00Z", "2026-03-12", "Alex asked for the newer edition");
  done_at (f, books, "2026-03-11T10:00:00Z");

  cv = promise (f, m, RAPPORT_COMMITMENT_OWNER_MENTOR, "2026-03-02T09:00:00Z", "Review the CV", "2026-03-06", NULL);
  reschedule_at (f, cv, "2026-03-08T10:00:00Z", "2026-03-16", NULL);

  mock = promise (f, m, RAPPORT_COMMITMENT_OWNER_MENTOR, "2026-03-02T09:00:00Z", "Mock interview", "2026-03-10", NULL);
  drop_at (f, mock, "2026-03-09T10:00:00Z");

  reading = promise (f, m, RAPPORT_COMMITMENT_OWNER_MENTOR, "2026-03-02T09:00:00Z", "Reading list", "2026-03-25", NULL);

  /* Not mine: never in the ledger. */
  theirs = promise (f, m, RAPPORT_COMMITMENT_OWNER_MENTEE, "2026-03-02T09:00:00Z", "Draft the CV", "2026-03-03", NULL);
  done_at (f, theirs, "2026-03-10T09:00:00Z");

  /* Made before the window (which starts 18 September 2025). */
  old_open = promise (f, m, RAPPORT_COMMITMENT_OWNER_MENTOR, "2025-09-01T09:00:00Z", "An old promise", "2025-10-01", NULL);
  old_done = promise (f, m, RAPPORT_COMMITMENT_OWNER_MENTOR, "2025-09-01T09:00:00Z", "An old kept one", "2025-10-01", NULL);
  done_at (f, old_done, "2025-12-01T09:00:00Z");

  return m;
}

static void
test_worked_example_berlin (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(RapportMentee) m = build_worked_example (f);
  g_autoptr(RapportLedger) l = ledger (f, m, f->berlin, 0);
  const RapportLedgerFigures *fig = rapport_ledger_get_figures (l);
  g_autoptr(GDateTime) start = NULL;

  /* The window: six calendar months back, in Berlin. */
  start = g_date_time_to_timezone (rapport_ledger_get_window_start (l), f->berlin);
  g_assert_cmpint (g_date_time_get_year (start), ==, 2025);
  g_assert_cmpint (g_date_time_get_month (start), ==, 9);
  g_assert_cmpint (g_date_time_get_day_of_month (start), ==, 18);
  g_assert_cmpint (g_date_time_get_hour (start), ==, 10);
  g_assert_cmpint (rapport_ledger_get_months (l), ==, 6);

  g_assert_cmpuint (fig->made, ==, 7);
  g_assert_cmpuint (fig->kept_on_time, ==, 2);
  g_assert_cmpuint (fig->kept_late, ==, 2);
  g_assert_cmpuint (fig->dropped, ==, 1);
  g_assert_cmpuint (fig->open_overdue, ==, 1);
  g_assert_cmpuint (fig->open_not_due, ==, 1);
  g_assert_cmpuint (fig->made, ==, fig->kept_on_time + fig->kept_late + fig->dropped +
                                   fig->open_overdue + fig->open_not_due);
  g_assert_cmpuint (fig->renegotiated, ==, 2);
  g_assert_cmpuint (fig->renegotiated_after_due, ==, 1);
  g_assert_cmpuint (fig->overdue_older, ==, 1);
  g_assert_cmpuint (fig->days_late_total, ==, 1);
  g_assert_cmpfloat_with_epsilon (rapport_ledger_get_on_time_rate (l), 2.0 / 6.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (rapport_ledger_get_average_days_late (l), 0.5, 1e-9);
}

static void
test_worked_example_utc (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(RapportMentee) m = build_worked_example (f);
  g_autoptr(RapportLedger) l = ledger (f, m, f->utc, 0);
  const RapportLedgerFigures *fig = rapport_ledger_get_figures (l);

  /* Read in UTC, the late-evening completion and the 16:20 call are on time. */
  g_assert_cmpuint (fig->made, ==, 7);
  g_assert_cmpuint (fig->kept_on_time, ==, 4);
  g_assert_cmpuint (fig->kept_late, ==, 0);
  g_assert_cmpuint (fig->days_late_total, ==, 0);
  g_assert_cmpfloat_with_epsilon (rapport_ledger_get_on_time_rate (l), 4.0 / 6.0, 1e-9);
  g_assert_cmpfloat (rapport_ledger_get_average_days_late (l), ==, -1.0);
  g_assert_cmpuint (fig->renegotiated, ==, 2);
  g_assert_cmpuint (fig->renegotiated_after_due, ==, 1);
}

static void
test_promise_edges (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(RapportMentee) m = add_mentee (f, "Edges", RAPPORT_MENTEE_STATUS_ACTIVE);
  g_autoptr(RapportCommitment) undated = NULL;
  g_autoptr(RapportCommitment) dated_later = NULL;
  g_autoptr(RapportCommitment) at_minute = NULL;
  g_autoptr(RapportCommitment) before_minute = NULL;
  g_autoptr(RapportCommitment) very_late = NULL;
  g_autoptr(RapportCommitment) moved_twice = NULL;
  g_autoptr(RapportLedger) l = NULL;
  const RapportLedgerFigures *fig;

  /* No due date: kept on time when done; never overdue when open. */
  undated = promise (f, m, RAPPORT_COMMITMENT_OWNER_MENTOR, "2026-01-05T09:00:00Z", "Undated", NULL, NULL);
  done_at (f, undated, "2026-03-01T09:00:00Z");

  /* Getting a first due date is not a renegotiation. */
  dated_later = promise (f, m, RAPPORT_COMMITMENT_OWNER_MENTOR, "2026-01-05T09:00:00Z", "Dated later", NULL, NULL);
  set_clock (f, "2026-01-06T09:00:00Z");
  rapport_commitment_set_due_date (dated_later, "2026-04-01");
  save (f, RAPPORT_ITEM (dated_later));
  reset_clock (f);

  /* A timed promise done at its minute is late; a second before is not. */
  at_minute = promise (f, m, RAPPORT_COMMITMENT_OWNER_MENTOR, "2026-01-05T09:00:00Z", "At the minute", "2026-02-02", "17:00");
  done_at (f, at_minute, "2026-02-02T17:00:00Z");
  before_minute = promise (f, m, RAPPORT_COMMITMENT_OWNER_MENTOR, "2026-01-05T09:00:00Z", "Just before", "2026-02-02", "17:00");
  done_at (f, before_minute, "2026-02-02T16:59:59Z");

  /* Ten days late. */
  very_late = promise (f, m, RAPPORT_COMMITMENT_OWNER_MENTOR, "2026-01-05T09:00:00Z", "Very late", "2026-02-01", NULL);
  done_at (f, very_late, "2026-02-11T08:00:00Z");

  /* Moved twice, the second time after the moved date had passed: one
   * renegotiated promise, renegotiated after its due date, then kept on
   * time against the last date. */
  moved_twice = promise (f, m, RAPPORT_COMMITMENT_OWNER_MENTOR, "2026-01-05T09:00:00Z", "Moved twice", "2026-01-10", NULL);
  reschedule_at (f, moved_twice, "2026-01-08T09:00:00Z", "2026-01-20", "Waiting for Dana");
  reschedule_at (f, moved_twice, "2026-01-21T09:00:00Z", "2026-01-30", NULL);
  done_at (f, moved_twice, "2026-01-30T20:00:00Z");

  l = ledger (f, m, f->utc, 0);
  fig = rapport_ledger_get_figures (l);
  g_assert_cmpuint (fig->made, ==, 6);
  g_assert_cmpuint (fig->kept_on_time, ==, 3);   /* undated, just before, moved twice */
  g_assert_cmpuint (fig->kept_late, ==, 2);      /* at the minute (0 days), very late (10) */
  g_assert_cmpuint (fig->days_late_total, ==, 10);
  g_assert_cmpuint (fig->open_not_due, ==, 1);   /* dated later */
  g_assert_cmpuint (fig->open_overdue, ==, 0);
  g_assert_cmpuint (fig->renegotiated, ==, 1);
  g_assert_cmpuint (fig->renegotiated_after_due, ==, 1);
  g_assert_cmpfloat_with_epsilon (rapport_ledger_get_average_days_late (l), 5.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (rapport_ledger_get_on_time_rate (l), 3.0 / 5.0, 1e-9);

  /* A shorter window: only what was made in the last month (nothing). */
  {
    g_autoptr(RapportLedger) one = ledger (f, m, f->utc, 1);

    g_assert_cmpuint (rapport_ledger_get_figures (one)->made, ==, 0);
    g_assert_cmpfloat (rapport_ledger_get_on_time_rate (one), ==, -1.0);
  }
}

static void
test_meetings_and_rhythm (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(RapportMentee) m = add_mentee (f, "Rhythm", RAPPORT_MENTEE_STATUS_ACTIVE);
  g_autoptr(RapportLedger) l = NULL;
  const RapportLedgerFigures *fig;
  const RapportRatingPoint *points;
  g_autofree char *description = NULL;
  guint n;
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (keep, meeting (f, m, "2025-09-01T10:00:00Z", RAPPORT_SESSION_STATUS_HELD, 2));  /* before */
  g_ptr_array_add (keep, meeting (f, m, "2025-09-29T10:00:00Z", RAPPORT_SESSION_STATUS_HELD, 0));  /* gap 28 */
  g_ptr_array_add (keep, meeting (f, m, "2025-10-10T10:00:00Z", RAPPORT_SESSION_STATUS_HELD, 3));  /* gap 11 */
  g_ptr_array_add (keep, meeting (f, m, "2025-11-30T10:00:00Z", RAPPORT_SESSION_STATUS_HELD, 0));  /* gap 51 */
  g_ptr_array_add (keep, meeting (f, m, "2025-12-10T10:00:00Z", RAPPORT_SESSION_STATUS_HELD, 4));  /* gap 10 */
  g_ptr_array_add (keep, meeting (f, m, "2025-12-24T10:00:00Z", RAPPORT_SESSION_STATUS_CANCELLED_BY_ME, 0));
  g_ptr_array_add (keep, meeting (f, m, "2026-01-07T10:00:00Z", RAPPORT_SESSION_STATUS_CANCELLED_BY_THEM, 0));
  g_ptr_array_add (keep, meeting (f, m, "2026-01-14T10:00:00Z", RAPPORT_SESSION_STATUS_NO_SHOW, 0));
  g_ptr_array_add (keep, meeting (f, m, "2026-01-20T10:00:00Z", RAPPORT_SESSION_STATUS_HELD, 5));  /* gap 41 */
  g_ptr_array_add (keep, meeting (f, m, "2026-02-01T10:00:00Z", RAPPORT_SESSION_STATUS_PLANNED, 0));
  g_ptr_array_add (keep, meeting (f, m, "2026-03-25T10:00:00Z", RAPPORT_SESSION_STATUS_PLANNED, 0));
  /* Open gap to now: 57 days. */

  l = ledger (f, m, f->utc, 0);
  fig = rapport_ledger_get_figures (l);
  g_assert_cmpuint (fig->held, ==, 5);
  g_assert_cmpuint (fig->cancelled_by_me, ==, 1);
  g_assert_cmpuint (fig->cancelled_by_them, ==, 1);
  g_assert_cmpuint (fig->no_show, ==, 1);
  g_assert_cmpuint (fig->unrecorded, ==, 1);

  g_assert_cmpuint (fig->gaps, ==, 6);
  g_assert_cmpuint (fig->gaps_within_ideal, ==, 2);
  g_assert_cmpuint (fig->gaps_within_max, ==, 3);
  g_assert_cmpuint (fig->longest_gap_days, ==, 57);
  g_assert_cmpfloat_with_epsilon (rapport_ledger_get_rhythm_kept_rate (l), 0.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (rapport_ledger_get_rhythm_ideal_rate (l), 2.0 / 6.0, 1e-9);

  /* Ratings in the window, oldest first. */
  points = rapport_ledger_get_ratings (l, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpint (points[0].rating, ==, 3);
  g_assert_cmpint (points[1].rating, ==, 4);
  g_assert_cmpint (points[2].rating, ==, 5);
  g_assert_true (g_date_time_compare (points[0].at, points[1].at) < 0);
  g_assert_cmpint (points[2].session_id, ==, rapport_item_get_id (g_ptr_array_index (keep, 8)));
  g_assert_cmpfloat_with_epsilon (rapport_ledger_get_average_rating (l), 4.0, 1e-9);
  description = rapport_ledger_dup_ratings_description (l);
  g_assert_cmpstr (description, ==, "Ratings, oldest first: 3 on 2025-10-10, 4 on 2025-12-10, 5 on 2026-01-20. Average 4.0.");

  /* Paused: the open gap is not counted. */
  rapport_mentee_set_status (m, RAPPORT_MENTEE_STATUS_PAUSED);
  save (f, RAPPORT_ITEM (m));
  g_clear_object (&l);
  l = ledger (f, m, f->utc, 0);
  fig = rapport_ledger_get_figures (l);
  g_assert_cmpuint (fig->gaps, ==, 5);
  g_assert_cmpuint (fig->gaps_within_max, ==, 3);
  g_assert_cmpuint (fig->longest_gap_days, ==, 51);
}

static void
test_rhythm_open_gap_and_zone (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(RapportMentee) m = add_mentee (f, "Zone", RAPPORT_MENTEE_STATUS_ACTIVE);
  g_autoptr(RapportSessionNote) a = meeting (f, m, "2026-03-01T10:00:00Z", RAPPORT_SESSION_STATUS_HELD, 0);
  g_autoptr(RapportSessionNote) b = meeting (f, m, "2026-03-15T23:30:00Z", RAPPORT_SESSION_STATUS_HELD, 0);
  g_autoptr(RapportLedger) in_utc = ledger (f, m, f->utc, 0);
  g_autoptr(RapportLedger) in_berlin = ledger (f, m, f->berlin, 0);

  /* 1 March to 15 March is 14 days in UTC, within the ideal interval; the
   * second meeting falls on the 16th in Berlin: 15 days, past it. The open
   * gap (3 or 2 days) is within the interval, so not counted yet. */
  g_assert_cmpuint (rapport_ledger_get_figures (in_utc)->gaps, ==, 1);
  g_assert_cmpuint (rapport_ledger_get_figures (in_utc)->gaps_within_ideal, ==, 1);
  g_assert_cmpuint (rapport_ledger_get_figures (in_berlin)->gaps, ==, 1);
  g_assert_cmpuint (rapport_ledger_get_figures (in_berlin)->gaps_within_ideal, ==, 0);
  g_assert_cmpuint (rapport_ledger_get_figures (in_berlin)->gaps_within_max, ==, 1);
  g_assert_cmpuint (rapport_ledger_get_figures (in_berlin)->longest_gap_days, ==, 15);
}

static void
test_all_mentees (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(RapportMentee) a = add_mentee (f, "Ada", RAPPORT_MENTEE_STATUS_ACTIVE);
  g_autoptr(RapportMentee) b = add_mentee (f, "Ben", RAPPORT_MENTEE_STATUS_ARCHIVED);
  g_autoptr(RapportMentee) quiet = add_mentee (f, "Quiet", RAPPORT_MENTEE_STATUS_ACTIVE);
  g_autoptr(RapportMentee) gone = add_mentee (f, "Gone", RAPPORT_MENTEE_STATUS_ACTIVE);
  g_autoptr(RapportCommitment) a1 = NULL;
  g_autoptr(RapportCommitment) a2 = NULL;
  g_autoptr(RapportCommitment) b1 = NULL;
  g_autoptr(RapportCommitment) g1 = NULL;
  g_autoptr(RapportSessionNote) sa = NULL;
  g_autoptr(RapportSessionNote) sb = NULL;
  g_autoptr(RapportLedger) all = NULL;
  g_autoptr(RapportLedger) row0 = NULL;
  g_autoptr(RapportLedger) row1 = NULL;
  g_autoptr(GError) error = NULL;
  const RapportLedgerFigures *fig;
  g_autofree char *summary = NULL;
  guint kept = 0;
  double rate = 0;
  guint n;

  a1 = promise (f, a, RAPPORT_COMMITMENT_OWNER_MENTOR, "2026-02-01T09:00:00Z", "A1", "2026-02-10", NULL);
  done_at (f, a1, "2026-02-09T09:00:00Z");
  a2 = promise (f, a, RAPPORT_COMMITMENT_OWNER_MENTOR, "2026-02-01T09:00:00Z", "A2", "2026-02-10", NULL);
  done_at (f, a2, "2026-02-12T09:00:00Z");
  b1 = promise (f, b, RAPPORT_COMMITMENT_OWNER_MENTOR, "2026-02-01T09:00:00Z", "B1", "2026-02-10", NULL);
  drop_at (f, b1, "2026-02-11T09:00:00Z");
  sa = meeting (f, a, "2026-03-10T10:00:00Z", RAPPORT_SESSION_STATUS_HELD, 4);
  sb = meeting (f, b, "2026-02-10T10:00:00Z", RAPPORT_SESSION_STATUS_CANCELLED_BY_ME, 0);

  /* In the trash: left out, with everything of theirs. */
  g1 = promise (f, gone, RAPPORT_COMMITMENT_OWNER_MENTOR, "2026-02-01T09:00:00Z", "G1", "2026-02-10", NULL);
  g_assert_true (rapport_repository_trash (f->repo, RAPPORT_ITEM (gone), &error));
  g_assert_no_error (error);

  all = ledger (f, NULL, f->utc, 0);
  fig = rapport_ledger_get_figures (all);
  g_assert_cmpint (rapport_ledger_get_mentee_id (all), ==, 0);
  g_assert_null (rapport_ledger_get_mentee_name (all));
  g_assert_cmpuint (fig->made, ==, 3);
  g_assert_cmpuint (fig->kept_on_time, ==, 1);
  g_assert_cmpuint (fig->kept_late, ==, 1);
  g_assert_cmpuint (fig->dropped, ==, 1);
  g_assert_cmpuint (fig->days_late_total, ==, 2);
  g_assert_cmpuint (fig->held, ==, 1);
  g_assert_cmpuint (fig->cancelled_by_me, ==, 1);
  g_assert_cmpfloat_with_epsilon (rapport_ledger_get_on_time_rate (all), 1.0 / 3.0, 1e-9);
  rapport_ledger_get_ratings (all, &n);
  g_assert_cmpuint (n, ==, 1);

  /* One row per mentee with activity, by name; the archived one included. */
  g_assert_cmpuint (g_list_model_get_n_items (rapport_ledger_get_mentees (all)), ==, 2);
  row0 = g_list_model_get_item (rapport_ledger_get_mentees (all), 0);
  row1 = g_list_model_get_item (rapport_ledger_get_mentees (all), 1);
  g_assert_cmpstr (rapport_ledger_get_mentee_name (row0), ==, "Ada");
  g_assert_cmpstr (rapport_ledger_get_mentee_name (row1), ==, "Ben");
  g_assert_cmpint (rapport_ledger_get_mentee_id (row0), ==, rapport_item_get_id (RAPPORT_ITEM (a)));

  /* Figures are properties, for bindings. */
  g_object_get (row0, "kept-on-time", &kept, "on-time-rate", &rate, NULL);
  g_assert_cmpuint (kept, ==, 1);
  g_assert_cmpfloat_with_epsilon (rate, 0.5, 1e-9);
  g_object_get (row1, "dropped", &kept, "cancelled-by-me", &n, NULL);
  g_assert_cmpuint (kept, ==, 1);
  g_assert_cmpuint (n, ==, 1);

  summary = rapport_ledger_format_summary (all);
  g_assert_cmpstr (summary, ==, "1 of 3 promises kept on time (33%), 1 late, 1 dropped · "
                                "1 meeting held, 1 cancelled by me");

  /* An unknown mentee is an error. */
  g_assert_null (rapport_ledger_new (f->repo, 4242, f->now, NULL, 0, &error));
  g_assert_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_NOT_FOUND);
  (void)quiet;
}

static void
test_summary (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(RapportMentee) m = build_worked_example (f);
  g_autoptr(RapportLedger) l = ledger (f, m, f->berlin, 0);
  g_autoptr(RapportMentee) empty = add_mentee (f, "Empty", RAPPORT_MENTEE_STATUS_ACTIVE);
  g_autoptr(RapportLedger) none = ledger (f, empty, f->berlin, 0);
  g_autofree char *s = rapport_ledger_format_summary (l);
  g_autofree char *e = rapport_ledger_format_summary (none);
  g_autofree char *d = rapport_ledger_dup_ratings_description (none);

  g_assert_cmpstr (s, ==, "2 of 6 promises kept on time (33%), 2 late, 1 overdue, 2 renegotiated, "
                          "1 dropped · 0 meetings held");
  g_assert_cmpstr (e, ==, "no promise of mine has come due · 0 meetings held");
  g_assert_cmpstr (d, ==, "No rated meetings in this period.");
}

/* The demo notebook gives the ledger and the brief something to show. */
static void
test_demo (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "rapport", NULL);
  g_autoptr(RapportRepository) repo = rapport_repository_new (dir, &error);
  g_autoptr(RapportLedger) all = NULL;
  const RapportLedgerFigures *fig;
  GListModel *mentees;
  gboolean saw_stalled = FALSE, saw_ratings = FALSE;

  g_assert_no_error (error);
  g_assert_true (rapport_demo_populate (repo, now, &error));
  g_assert_no_error (error);

  /* The ledger looks at the notebook once it is written: what the demo
   * saved "now" is stamped with the clock, possibly a second after @now. */
  g_clear_pointer (&now, g_date_time_unref);
  now = g_date_time_new_now_local ();

  all = rapport_ledger_new (repo, 0, now, NULL, 0, &error);
  g_assert_no_error (error);
  fig = rapport_ledger_get_figures (all);
  g_assert_cmpuint (fig->made, >=, 8);
  g_assert_cmpuint (fig->kept_on_time, >=, 2);
  g_assert_cmpuint (fig->kept_late, >=, 2);
  g_assert_cmpuint (fig->dropped, >=, 1);
  g_assert_cmpuint (fig->renegotiated, >=, 2);
  g_assert_cmpuint (fig->renegotiated_after_due, >=, 1);
  g_assert_cmpuint (fig->open_overdue, >=, 1);
  g_assert_cmpuint (fig->cancelled_by_me, >=, 1);
  g_assert_cmpuint (fig->held, >=, 10);
  g_assert_cmpuint (fig->gaps, >, fig->gaps_within_max);
  g_assert_cmpuint (fig->ratings, >=, 10);

  mentees = rapport_repository_get_mentees (repo);
  for (guint i = 0; i < g_list_model_get_n_items (mentees); i++)
    {
      g_autoptr(RapportMentee) m = g_list_model_get_item (mentees, i);
      g_autoptr(RapportPrepare) p = rapport_prepare_new (repo, rapport_item_get_id (RAPPORT_ITEM (m)), now, &error);
      g_autofree char *md = NULL;
      guint n;

      g_assert_no_error (error);
      md = rapport_prepare_to_markdown (p);
      g_assert_true (g_str_has_prefix (md, "# Prepare: "));
      g_assert_cmpuint (g_list_model_get_n_items (rapport_prepare_get_questions (p)), >=, 3);

      /* No suggestion was asked in the last meetings. */
      for (guint j = 0; j < g_list_model_get_n_items (rapport_prepare_get_questions (p)); j++)
        {
          g_autoptr(RapportQuestion) q = g_list_model_get_item (rapport_prepare_get_questions (p), j);
          g_assert_null (rapport_question_get_last_asked_at (q));
        }

      for (guint j = 0; j < g_list_model_get_n_items (rapport_prepare_get_goals (p)); j++)
        {
          g_autoptr(RapportBriefItem) g = g_list_model_get_item (rapport_prepare_get_goals (p), j);
          saw_stalled |= rapport_brief_item_get_flagged (g);
        }
      rapport_ledger_get_ratings (rapport_prepare_get_ledger (p), &n);
      saw_ratings |= n > 3;
    }
  g_assert_true (saw_stalled);
  g_assert_true (saw_ratings);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  rapport_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/rapport/ledger/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("worked-example/berlin", test_worked_example_berlin);
  ADD ("worked-example/utc", test_worked_example_utc);
  ADD ("promise-edges", test_promise_edges);
  ADD ("meetings-and-rhythm", test_meetings_and_rhythm);
  ADD ("rhythm-open-gap-and-zone", test_rhythm_open_gap_and_zone);
  ADD ("all-mentees", test_all_mentees);
  ADD ("summary", test_summary);
  g_test_add_func ("/rapport/ledger/demo", test_demo);

  return g_test_run ();
}
