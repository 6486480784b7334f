/* test-prepare.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rapport-prepare.h"
#include "rapport-repository.h"
#include "rapport-test-utils.h"

/* The clock the repository sees; tests move it to record things "when they
 * happened". Local time is UTC (TZ is set in main). */
typedef struct
{
  RapportRepository *repo;
  GDateTime         *clock;
  GDateTime         *now;
  char              *dir;
} Fixture;

static GDateTime *
fixture_clock (gpointer user_data)
{
  Fixture *f = user_data;

  return g_date_time_ref (f->clock);
}

static void
set_clock (Fixture    *f,
           const char *iso)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  g_date_time_unref (f->clock);
  f->clock = g_date_time_new_from_iso8601 (iso, utc);
  g_assert_nonnull (f->clock);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_build_filename (g_get_user_data_dir (), "rapport", NULL);
  f->repo = rapport_repository_new (f->dir, &error);
  g_assert_no_error (error);
  /* Wednesday 2026-03-18 10:00. */
  f->now = g_date_time_new_utc (2026, 3, 18, 10, 0, 0);
  f->clock = g_date_time_ref (f->now);
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
  g_free (f->dir);
}

static GDateTime *
at (const char *iso)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  return g_date_time_new_from_iso8601 (iso, utc);
}

static RapportMentee *
add_mentee (Fixture    *f,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  RapportMentee *m = rapport_mentee_new ();

  rapport_mentee_set_name (m, name);
  g_assert_true (rapport_repository_save (f->repo, RAPPORT_ITEM (m), &error));
  g_assert_no_error (error);
  return m;
}

static RapportSessionNote *
add_session (Fixture              *f,
             RapportMentee        *m,
             const char           *iso,
             RapportSessionStatus  status,
             const char           *agenda)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) start = at (iso);
  RapportSessionNote *s = rapport_session_note_new ();

  rapport_session_note_set_mentee_id (s, rapport_item_get_id (RAPPORT_ITEM (m)));
  rapport_session_note_set_starts_at (s, start);
  rapport_session_note_set_status (s, status);
  rapport_session_note_set_agenda (s, agenda);
  g_assert_true (rapport_repository_save (f->repo, RAPPORT_ITEM (s), &error));
  g_assert_no_error (error);
  return s;
}

static void
save (Fixture     *f,
      RapportItem *item)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (rapport_repository_save (f->repo, item, &error));
  g_assert_no_error (error);
}

static RapportCommitment *
add_promise (Fixture                *f,
             RapportMentee          *m,
             RapportCommitmentOwner  owner,
             const char             *title,
             const char             *due_date,
             const char             *due_time)
{
  RapportCommitment *c = rapport_commitment_new ();

  rapport_commitment_set_mentee_id (c, rapport_item_get_id (RAPPORT_ITEM (m)));
  rapport_commitment_set_owner (c, owner);
  rapport_commitment_set_title (c, title);
  rapport_commitment_set_due_date (c, due_date);
  rapport_commitment_set_due_time (c, due_time);
  save (f, RAPPORT_ITEM (c));
  return c;
}

static void
complete_at (Fixture           *f,
             RapportCommitment *c,
             const char        *iso)
{
  g_autoptr(GError) error = NULL;

  set_clock (f, iso);
  g_assert_true (rapport_repository_complete_commitment (f->repo, c, &error));
  g_assert_no_error (error);
}

static const char *
title_at (GListModel *model,
          guint       i)
{
  g_autoptr(GObject) item = g_list_model_get_item (model, i);

  if (RAPPORT_IS_COMMITMENT (item))
    return rapport_commitment_get_title (RAPPORT_COMMITMENT (item));
  return rapport_brief_item_get_title (RAPPORT_BRIEF_ITEM (item));
}

static RapportBriefItemKind
kind_at (GListModel *model,
         guint       i)
{
  g_autoptr(RapportBriefItem) item = g_list_model_get_item (model, i);

  return rapport_brief_item_get_kind (item);
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p; p++)
    n += *p == '\n';
  return n;
}

/* Alex: a crafted history around "now", Wednesday 2026-03-18 10:00. */
typedef struct
{
  RapportMentee      *mentee;
  RapportSessionNote *planned;
  RapportCommitment  *overdue_old;
  RapportCommitment  *timed_today;
} Alex;

static void
build_alex (Fixture *f,
            Alex    *alex)
{
  g_autoptr(RapportSessionNote) s1 = NULL;
  g_autoptr(RapportSessionNote) s2 = NULL;
  g_autoptr(RapportSessionNote) s4 = NULL;
  g_autoptr(RapportSessionNote) cancelled = NULL;
  g_autoptr(RapportSessionNote) stale = NULL;
  g_autoptr(RapportCommitment) c = NULL;
  g_autoptr(RapportCommitment) d = NULL;
  g_autoptr(RapportCommitment) e = NULL;
  g_autoptr(RapportCommitment) theirs_open = NULL;
  g_autoptr(RapportCommitment) theirs_kept = NULL;
  g_autoptr(RapportCommitment) theirs_old = NULL;
  g_autoptr(RapportGoal) moving = rapport_goal_new ();
  g_autoptr(RapportGoal) stalled = rapport_goal_new ();
  g_autoptr(RapportGoal) achieved = rapport_goal_new ();
  g_autoptr(RapportGoal) dropped = rapport_goal_new ();
  RapportMentee *m;

  set_clock (f, "2026-01-01T09:00:00Z");
  m = alex->mentee = add_mentee (f, "Alex Kim");
  rapport_mentee_set_cadence_days (m, 14);
  rapport_mentee_set_boundaries (m, "[{\"topic\":\"Salary\",\"level\":\"ask-first\"},"
                                    "{\"topic\":\"Family\",\"level\":\"off-limits\"},"
                                    "{\"topic\":\"Reorganisation\",\"level\":\"open\"}]");
  rapport_mentee_set_feedback_preferences (m, "Direct and specific,\nwith an example");
  rapport_mentee_set_feedback_sensitivities (m, "Comparisons with teammates");
  save (f, RAPPORT_ITEM (m));

  /* Goals, created on New Year's Day. */
  rapport_goal_set_mentee_id (moving, rapport_item_get_id (RAPPORT_ITEM (m)));
  rapport_goal_set_title (moving, "Lead a small feature");
  rapport_goal_set_target_date (moving, "2026-06-01");
  save (f, RAPPORT_ITEM (moving));
  rapport_goal_set_mentee_id (stalled, rapport_item_get_id (RAPPORT_ITEM (m)));
  rapport_goal_set_title (stalled, "Give a lightning talk");
  rapport_goal_set_target_date (stalled, "2026-04-10");
  rapport_goal_set_progress (stalled, 10);
  save (f, RAPPORT_ITEM (stalled));
  rapport_goal_set_mentee_id (achieved, rapport_item_get_id (RAPPORT_ITEM (m)));
  rapport_goal_set_title (achieved, "Update the CV");
  save (f, RAPPORT_ITEM (achieved));
  rapport_goal_set_mentee_id (dropped, rapport_item_get_id (RAPPORT_ITEM (m)));
  rapport_goal_set_title (dropped, "Learn Haskell");
  save (f, RAPPORT_ITEM (dropped));

  /* Progress: one goal moves on 10 March, the other never. */
  set_clock (f, "2026-03-10T12:00:00Z");
  rapport_goal_set_progress (moving, 40);
  save (f, RAPPORT_ITEM (moving));
  set_clock (f, "2026-03-08T12:00:00Z");
  rapport_goal_set_status (achieved, RAPPORT_GOAL_STATUS_ACHIEVED);
  save (f, RAPPORT_ITEM (achieved));
  rapport_goal_set_status (dropped, RAPPORT_GOAL_STATUS_DROPPED);
  save (f, RAPPORT_ITEM (dropped));

  /* Promises. */
  set_clock (f, "2026-02-18T11:00:00Z");
  theirs_old = add_promise (f, m, RAPPORT_COMMITMENT_OWNER_MENTEE, "Read the first chapter", "2026-02-20", NULL);
  complete_at (f, theirs_old, "2026-02-20T15:00:00Z");
  set_clock (f, "2026-03-04T17:00:00Z");
  alex->timed_today = add_promise (f, m, RAPPORT_COMMITMENT_OWNER_MENTOR, "Call about the offsite", "2026-03-18", "10:30");
  d = add_promise (f, m, RAPPORT_COMMITMENT_OWNER_MENTOR, "Find a conference to speak at", NULL, NULL);
  c = add_promise (f, m, RAPPORT_COMMITMENT_OWNER_MENTOR, "Introduce Alex to Dana", "2026-03-16", NULL);
  alex->overdue_old = add_promise (f, m, RAPPORT_COMMITMENT_OWNER_MENTOR, "Send the article on reviews", "2026-03-10", NULL);
  e = add_promise (f, m, RAPPORT_COMMITMENT_OWNER_MENTOR, "Share my template", "2026-03-06", NULL);
  complete_at (f, e, "2026-03-05T09:00:00Z");
  theirs_open = add_promise (f, m, RAPPORT_COMMITMENT_OWNER_MENTEE, "Draft the talk outline", "2026-03-20", NULL);
  theirs_kept = add_promise (f, m, RAPPORT_COMMITMENT_OWNER_MENTEE, "Book the practice room", "2026-03-09", NULL);
  complete_at (f, theirs_kept, "2026-03-06T15:00:00Z");

  /* Meetings, recorded "now" (the mentee summaries do not expect meetings
   * held after the clock). */
  g_date_time_unref (f->clock);
  f->clock = g_date_time_ref (f->now);
  s1 = add_session (f, m, "2026-02-04T10:00:00Z", RAPPORT_SESSION_STATUS_HELD,
                    "- [ ] Something from long ago\n- [x] Covered long ago");
  rapport_session_note_set_wins (s1, "An old win");
  save (f, RAPPORT_ITEM (s1));
  s2 = add_session (f, m, "2026-02-18T10:00:00Z", RAPPORT_SESSION_STATUS_HELD, NULL);
  stale = add_session (f, m, "2026-03-01T10:00:00Z", RAPPORT_SESSION_STATUS_PLANNED, "Never updated");
  s4 = add_session (f, m, "2026-03-04T16:00:00Z", RAPPORT_SESSION_STATUS_HELD,
                    "- [x] Check-in\n- [ ] Salary negotiation prep\n* [ ] Mock interview\nPlain line, covered");
  rapport_session_note_set_notes (s4, "\nThey asked two questions in the review.   We practised\n"
                                      "disagreeing without apologising.\n\nSecond paragraph, not in the excerpt.");
  rapport_session_note_set_rating (s4, 4);
  rapport_session_note_set_takeaway (s4, "Asking one question counts");
  rapport_session_note_set_wins (s4, "Spoke up in the design review\n- Shipped the fix\n\n");
  save (f, RAPPORT_ITEM (s4));
  cancelled = add_session (f, m, "2026-03-11T16:00:00Z", RAPPORT_SESSION_STATUS_CANCELLED_BY_THEM,
                           "Portfolio review\n- [x] Already done anyway");
  alex->planned = add_session (f, m, "2026-03-19T14:00:00Z", RAPPORT_SESSION_STATUS_PLANNED,
                               "Follow up on the CV\nsalary   negotiation PREP");
  rapport_session_note_set_duration_minutes (alex->planned, 45);
  save (f, RAPPORT_ITEM (alex->planned));

  g_assert_true (rapport_repository_refresh (f->repo, NULL));
}

static void
alex_clear (Alex *alex)
{
  g_clear_object (&alex->mentee);
  g_clear_object (&alex->planned);
  g_clear_object (&alex->overdue_old);
  g_clear_object (&alex->timed_today);
}

static RapportPrepare *
prepare (Fixture       *f,
         RapportMentee *m)
{
  g_autoptr(GError) error = NULL;
  RapportPrepare *p = rapport_prepare_new (f->repo, rapport_item_get_id (RAPPORT_ITEM (m)), f->now, &error);

  g_assert_no_error (error);
  g_assert_nonnull (p);
  return p;
}

static void
test_brief (Fixture       *f,
            gconstpointer  data)
{
  Alex alex = { 0 };
  g_autoptr(RapportPrepare) p = NULL;
  GListModel *mine, *theirs, *goals, *wins, *questions;
  GPtrArray *boundaries;
  g_autoptr(RapportBriefItem) g0 = NULL;
  g_autoptr(RapportBriefItem) g1 = NULL;

  build_alex (f, &alex);
  p = prepare (f, alex.mentee);

  /* Next meeting: the planned one ahead, not the stale one. */
  g_assert_nonnull (rapport_prepare_get_next_meeting (p));
  g_assert_cmpint (rapport_item_get_id (RAPPORT_ITEM (rapport_prepare_get_next_meeting (p))), ==,
                   rapport_item_get_id (RAPPORT_ITEM (alex.planned)));

  /* Last held meeting and its notes' opening. */
  g_assert_nonnull (rapport_prepare_get_last_session (p));
  g_assert_cmpint (rapport_session_note_get_rating (rapport_prepare_get_last_session (p)), ==, 4);
  g_assert_cmpstr (rapport_prepare_get_notes_excerpt (p), ==,
                   "They asked two questions in the review. We practised disagreeing without apologising.");
  g_assert_cmpuint (rapport_prepare_get_held_sessions (p), ==, 3);
  g_assert_cmpint (rapport_prepare_get_stage (p), ==, RAPPORT_QUESTION_STAGE_EARLY);

  /* My promises: overdue first (oldest due first), then by due, undated last. */
  mine = rapport_prepare_get_my_promises (p);
  g_assert_cmpuint (g_list_model_get_n_items (mine), ==, 4);
  g_assert_cmpstr (title_at (mine, 0), ==, "Send the article on reviews");
  g_assert_cmpstr (title_at (mine, 1), ==, "Introduce Alex to Dana");
  g_assert_cmpstr (title_at (mine, 2), ==, "Call about the offsite");
  g_assert_cmpstr (title_at (mine, 3), ==, "Find a conference to speak at");
  g_assert_cmpuint (rapport_prepare_count_overdue (p), ==, 2);
  g_assert_true (rapport_prepare_is_overdue (p, alex.overdue_old));
  g_assert_false (rapport_prepare_is_overdue (p, alex.timed_today));

  theirs = rapport_prepare_get_their_commitments (p);
  g_assert_cmpuint (g_list_model_get_n_items (theirs), ==, 1);
  g_assert_cmpstr (title_at (theirs, 0), ==, "Draft the talk outline");

  /* Goals: active only, by target date; the quiet one flagged. */
  goals = rapport_prepare_get_goals (p);
  g_assert_cmpuint (g_list_model_get_n_items (goals), ==, 2);
  g0 = g_list_model_get_item (goals, 0);
  g1 = g_list_model_get_item (goals, 1);
  g_assert_cmpstr (rapport_brief_item_get_title (g0), ==, "Give a lightning talk");
  g_assert_cmpint (rapport_brief_item_get_progress (g0), ==, 10);
  g_assert_cmpint (rapport_brief_item_get_days_left (g0), ==, 23);
  g_assert_cmpint (rapport_brief_item_get_days_quiet (g0), ==, 76);
  g_assert_true (rapport_brief_item_get_flagged (g0));
  g_assert_cmpstr (rapport_brief_item_get_title (g1), ==, "Lead a small feature");
  g_assert_cmpint (rapport_brief_item_get_days_quiet (g1), ==, 8);
  g_assert_cmpint (rapport_brief_item_get_progress (g1), ==, 40);
  g_assert_false (rapport_brief_item_get_flagged (g1));

  /* Wins since the last meeting, oldest first. */
  wins = rapport_prepare_get_wins (p);
  g_assert_cmpuint (g_list_model_get_n_items (wins), ==, 4);
  g_assert_cmpstr (title_at (wins, 0), ==, "Spoke up in the design review");
  g_assert_cmpstr (title_at (wins, 1), ==, "Shipped the fix");
  g_assert_cmpint (kind_at (wins, 1), ==, RAPPORT_BRIEF_ITEM_KIND_WIN_NOTED);
  g_assert_cmpstr (title_at (wins, 2), ==, "Book the practice room");
  g_assert_cmpint (kind_at (wins, 2), ==, RAPPORT_BRIEF_ITEM_KIND_WIN_COMMITMENT_KEPT);
  g_assert_cmpstr (title_at (wins, 3), ==, "Update the CV");
  g_assert_cmpint (kind_at (wins, 3), ==, RAPPORT_BRIEF_ITEM_KIND_WIN_GOAL_ACHIEVED);

  /* Boundaries: off limits, then ask first; open topics left out. */
  boundaries = rapport_prepare_get_boundaries (p);
  g_assert_cmpuint (boundaries->len, ==, 2);
  g_assert_cmpstr (((RapportBoundary *)g_ptr_array_index (boundaries, 0))->topic, ==, "Family");
  g_assert_cmpstr (((RapportBoundary *)g_ptr_array_index (boundaries, 1))->topic, ==, "Salary");

  questions = rapport_prepare_get_questions (p);
  g_assert_cmpuint (g_list_model_get_n_items (questions), ==, 4);

  /* The mentee's ledger: one of my promises kept on time, two overdue; the
   * cancelled meeting and the stale planned one are counted too. */
  {
    const RapportLedgerFigures *fig = rapport_ledger_get_figures (rapport_prepare_get_ledger (p));

    g_assert_cmpuint (fig->made, ==, 5);
    g_assert_cmpuint (fig->kept_on_time, ==, 1);
    g_assert_cmpuint (fig->open_overdue, ==, 2);
    g_assert_cmpuint (fig->held, ==, 3);
    g_assert_cmpuint (fig->cancelled_by_them, ==, 1);
    g_assert_cmpuint (fig->unrecorded, ==, 1);
  }

  alex_clear (&alex);
}

static void
test_agenda_carry_over (Fixture       *f,
                        gconstpointer  data)
{
  Alex alex = { 0 };
  g_autoptr(RapportPrepare) p = NULL;
  g_autoptr(RapportPrepare) again = NULL;
  g_autoptr(RapportSessionNote) applied = NULL;
  g_autoptr(RapportSessionNote) editor_copy = NULL;
  g_autoptr(GListModel) sessions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *edited = NULL;
  GListModel *draft;
  const char *expected[] = {
    "Follow up on the CV",
    "salary   negotiation PREP",
    "Mock interview",
    "Portfolio review",
    "My promise: Send the article on reviews",
    "My promise: Introduce Alex to Dana",
    "My promise: Call about the offsite",
    "My promise: Find a conference to speak at",
    "Ask about: Draft the talk outline",
    "Goal without progress: Give a lightning talk",
  };
  const RapportBriefItemKind kinds[] = {
    RAPPORT_BRIEF_ITEM_KIND_AGENDA_PLANNED,
    RAPPORT_BRIEF_ITEM_KIND_AGENDA_PLANNED,
    RAPPORT_BRIEF_ITEM_KIND_AGENDA_CARRIED_OVER,
    RAPPORT_BRIEF_ITEM_KIND_AGENDA_CARRIED_OVER,
    RAPPORT_BRIEF_ITEM_KIND_AGENDA_MY_PROMISE,
    RAPPORT_BRIEF_ITEM_KIND_AGENDA_MY_PROMISE,
    RAPPORT_BRIEF_ITEM_KIND_AGENDA_MY_PROMISE,
    RAPPORT_BRIEF_ITEM_KIND_AGENDA_MY_PROMISE,
    RAPPORT_BRIEF_ITEM_KIND_AGENDA_THEIR_COMMITMENT,
    RAPPORT_BRIEF_ITEM_KIND_AGENDA_GOAL,
  };

  build_alex (f, &alex);
  p = prepare (f, alex.mentee);

  /* Planned lines as they are; unticked boxes of the last meeting (not its
   * ticked or plain lines, and the duplicate "salary negotiation prep"
   * once); everything open from the cancelled meeting; promises both ways;
   * the stalled goal. Nothing from older meetings. */
  draft = rapport_prepare_get_draft_agenda (p);
  g_assert_cmpuint (g_list_model_get_n_items (draft), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_cmpstr (title_at (draft, i), ==, expected[i]);
      g_assert_cmpint (kind_at (draft, i), ==, kinds[i]);
    }
  {
    g_autoptr(RapportBriefItem) promise = g_list_model_get_item (draft, 4);
    g_assert_true (rapport_brief_item_get_flagged (promise));
    g_assert_cmpstr (rapport_brief_item_get_detail (promise), ==, "overdue by 8 days");
  }

  text = rapport_prepare_dup_draft_agenda_text (p);
  g_assert_true (g_str_has_prefix (text, "- [ ] Follow up on the CV\n- [ ] salary   negotiation PREP\n"));
  g_assert_cmpuint (count_lines (text), ==, G_N_ELEMENTS (expected));

  /* Meanwhile the session editor saves notes on the planned meeting. */
  sessions = rapport_repository_list_sessions (f->repo, rapport_item_get_id (RAPPORT_ITEM (alex.mentee)));
  editor_copy = g_list_model_get_item (sessions, 0);
  g_assert_cmpint (rapport_item_get_id (RAPPORT_ITEM (editor_copy)), ==, rapport_item_get_id (RAPPORT_ITEM (alex.planned)));
  rapport_session_note_set_notes (editor_copy, "Typed in the editor");
  save (f, RAPPORT_ITEM (editor_copy));

  /* The mentor drops a line, adds one and ticks one: one click. */
  edited = g_strdup ("- [ ] Follow up on the CV\nMock interview\n- [x] Portfolio review\n\n  New: talk rehearsal  \n");
  applied = rapport_prepare_apply_agenda (p, edited, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rapport_item_get_id (RAPPORT_ITEM (applied)), ==, rapport_item_get_id (RAPPORT_ITEM (alex.planned)));
  g_assert_cmpstr (rapport_session_note_get_agenda (applied), ==,
                   "- [ ] Follow up on the CV\n- [ ] Mock interview\n- [x] Portfolio review\n- [ ] New: talk rehearsal\n");
  g_assert_cmpstr (rapport_session_note_get_notes (applied), ==, "Typed in the editor");
  g_assert_cmpint (rapport_session_note_get_duration_minutes (applied), ==, 45);
  g_assert_cmpint (rapport_session_note_get_status (applied), ==, RAPPORT_SESSION_STATUS_PLANNED);

  /* The next brief starts from it. */
  again = prepare (f, alex.mentee);
  draft = rapport_prepare_get_draft_agenda (again);
  g_assert_cmpstr (title_at (draft, 0), ==, "Follow up on the CV");
  g_assert_cmpstr (title_at (draft, 1), ==, "Mock interview");
  g_assert_cmpstr (title_at (draft, 2), ==, "New: talk rehearsal");
  g_assert_cmpint (kind_at (draft, 2), ==, RAPPORT_BRIEF_ITEM_KIND_AGENDA_PLANNED);

  alex_clear (&alex);
}

static void
test_apply_plans_meeting (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportMentee) m = add_mentee (f, "Sam");
  g_autoptr(RapportMentee) late = add_mentee (f, "Lapsed");
  g_autoptr(RapportMentee) fresh = add_mentee (f, "Brand new");
  g_autoptr(RapportSessionNote) held = add_session (f, m, "2026-03-10T15:30:00Z", RAPPORT_SESSION_STATUS_HELD,
                                                    "- [ ] Dashboards");
  g_autoptr(RapportSessionNote) long_ago = add_session (f, late, "2026-01-01T09:00:00Z",
                                                        RAPPORT_SESSION_STATUS_HELD, NULL);
  g_autoptr(RapportPrepare) p = NULL;
  g_autoptr(RapportPrepare) p_late = NULL;
  g_autoptr(RapportPrepare) p_fresh = NULL;
  g_autoptr(RapportPrepare) again = NULL;
  g_autoptr(RapportSessionNote) planned = NULL;
  g_autoptr(GDateTime) s1 = NULL;
  g_autoptr(GDateTime) s2 = NULL;
  g_autoptr(GDateTime) s3 = NULL;
  g_autoptr(GDateTime) want1 = at ("2026-03-24T15:30:00Z");
  g_autoptr(GDateTime) want2 = at ("2026-03-19T09:00:00Z");
  g_autoptr(GDateTime) want3 = at ("2026-03-19T10:00:00Z");
  g_autofree char *draft = NULL;

  rapport_session_note_set_duration_minutes (held, 30);
  save (f, RAPPORT_ITEM (held));
  p = prepare (f, m);
  p_late = prepare (f, late);
  p_fresh = prepare (f, fresh);
  g_assert_null (rapport_prepare_get_next_meeting (p));
  g_assert_cmpint (rapport_prepare_get_stage (p_fresh), ==, RAPPORT_QUESTION_STAGE_FIRST_MEETING);

  /* Check-in due date at the last meeting's time; the first such time after
   * now when that has passed; tomorrow 10:00 without a meeting yet. */
  s1 = rapport_prepare_suggest_next_start (p);
  s2 = rapport_prepare_suggest_next_start (p_late);
  s3 = rapport_prepare_suggest_next_start (p_fresh);
  g_assert_true (g_date_time_equal (s1, want1));
  g_assert_true (g_date_time_equal (s2, want2));
  g_assert_true (g_date_time_equal (s3, want3));

  draft = rapport_prepare_dup_draft_agenda_text (p);
  g_assert_cmpstr (draft, ==, "- [ ] Dashboards\n");
  planned = rapport_prepare_apply_agenda (p, draft, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (rapport_item_is_saved (RAPPORT_ITEM (planned)));
  g_assert_true (g_date_time_equal (rapport_session_note_get_starts_at (planned), want1));
  g_assert_cmpint (rapport_session_note_get_duration_minutes (planned), ==, 30);
  g_assert_cmpint (rapport_session_note_get_status (planned), ==, RAPPORT_SESSION_STATUS_PLANNED);

  again = prepare (f, m);
  g_assert_nonnull (rapport_prepare_get_next_meeting (again));
  g_assert_cmpstr (rapport_session_note_get_agenda (rapport_prepare_get_next_meeting (again)), ==, "- [ ] Dashboards\n");
  /* Still carried as the planned agenda, once. */
  g_assert_cmpuint (g_list_model_get_n_items (rapport_prepare_get_draft_agenda (again)), ==, 1);
  (void)long_ago;
}

static void
test_questions_asked_stay (Fixture       *f,
                           gconstpointer  data)
{
  Alex alex = { 0 };
  g_autoptr(RapportPrepare) p = NULL;
  g_autoptr(RapportPrepare) again = NULL;
  g_autoptr(RapportPrepare) none = NULL;
  g_autoptr(RapportQuestion) chosen = NULL;
  g_autoptr(RapportQuestion) first = NULL;
  g_autoptr(RapportMentee) nobody = NULL;
  g_autoptr(GError) error = NULL;
  RapportQuestion *swapped;

  build_alex (f, &alex);
  p = prepare (f, alex.mentee);

  /* Swap the second suggestion, then mark it asked in the next meeting. */
  swapped = rapport_prepare_swap_question (p, 1);
  g_assert_nonnull (swapped);
  chosen = g_list_model_get_item (rapport_prepare_get_questions (p), 1);
  g_assert_true (chosen == swapped);
  g_assert_false (rapport_prepare_is_question_asked (p, chosen));
  g_assert_true (rapport_prepare_set_question_asked (p, chosen, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (rapport_prepare_is_question_asked (p, chosen));

  /* Rebuilt (as the tab does on "changed"), it stays, first and ticked. */
  again = prepare (f, alex.mentee);
  first = g_list_model_get_item (rapport_prepare_get_questions (again), 0);
  g_assert_cmpint (rapport_item_get_id (RAPPORT_ITEM (first)), ==, rapport_item_get_id (RAPPORT_ITEM (chosen)));
  g_assert_true (rapport_prepare_is_question_asked (again, first));
  g_assert_cmpuint (g_list_model_get_n_items (rapport_prepare_get_questions (again)), ==, 4);

  /* Without a next meeting there is nothing to mark it on. */
  nobody = add_mentee (f, "Nobody");
  none = prepare (f, nobody);
  g_assert_false (rapport_prepare_set_question_asked (none, chosen, TRUE, &error));
  g_assert_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_NOT_FOUND);

  alex_clear (&alex);
}

static void
test_markdown (Fixture       *f,
               gconstpointer  data)
{
  Alex alex = { 0 };
  g_autoptr(RapportPrepare) p = NULL;
  g_autofree char *md = NULL;
  const char *order[] = {
    "# Prepare: Alex Kim\n",
    "Next meeting: Tomorrow 14:00 (2026-03-19 14:00, 45 min) · early stage, 3 meetings held  \n"
    "My follow-through, last 6 months: 1 of 3 promises kept on time (33%), 2 overdue · "
    "3 meetings held · rhythm kept 2 of 2 times\n",
    "## Last meeting\n2026-03-04 · rated 4/5 · Takeaway: Asking one question counts\n",
    "> They asked two questions in the review. We practised disagreeing without apologising.\n",
    "## My promises\n",
    "- **Send the article on reviews** — overdue by 8 days\n",
    "- **Introduce Alex to Dana** — overdue by 2 days\n",
    "- Call about the offsite — due today at 10:30\n",
    "- Find a conference to speak at — no due date\n",
    "## Their commitments\n- Draft the talk outline — due Fri\n",
    "## Goals\n",
    "- Give a lightning talk — 10%, 23 days left — **no progress for 76 days**\n",
    "- Lead a small feature — 40%, 75 days left\n",
    "## Wins to celebrate\n- Spoke up in the design review\n- Shipped the fix\n",
    "- Done: Book the practice room\n- Goal achieved: Update the CV\n",
    "## Boundaries and feedback\n- Off limits: Family\n- Ask first: Salary\n",
    "- Feedback: Direct and specific, with an example\n- Sensitive to: Comparisons with teammates\n",
    "## Questions\n1. ",
    "4. ",
    "## Agenda\n- [ ] Follow up on the CV\n",
    "- … and 4 more\n",
  };
  const char *pos;

  build_alex (f, &alex);
  p = prepare (f, alex.mentee);
  md = rapport_prepare_to_markdown (p);
  if (g_getenv ("RAPPORT_TEST_PRINT") != NULL)
    g_printerr ("%s", md);

  pos = md;
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      const char *hit = strstr (pos, order[i]);

      if (hit == NULL)
        g_error ("“%s” missing or out of order in:\n%s", order[i], md);
      pos = hit + strlen (order[i]);
    }

  /* Not in the brief: open topics, old wins, done or dropped things. */
  g_assert_null (strstr (md, "Reorganisation"));
  g_assert_null (strstr (md, "An old win"));
  g_assert_null (strstr (md, "Share my template"));
  g_assert_null (strstr (md, "Learn Haskell"));
  g_assert_null (strstr (md, "Second paragraph"));

  /* One printed page: about 60 lines of at most ~120 characters. */
  g_assert_cmpuint (count_lines (md), <=, 60);

  alex_clear (&alex);
}

static void
test_markdown_fits_a_page (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(RapportMentee) m = add_mentee (f, "Busy");
  g_autoptr(RapportSessionNote) s = add_session (f, m, "2026-03-10T10:00:00Z", RAPPORT_SESSION_STATUS_HELD, NULL);
  g_autoptr(RapportPrepare) p = NULL;
  g_autofree char *md = NULL;
  GString *wins = g_string_new (NULL);
  GString *agenda = g_string_new (NULL);
  g_autofree char *long_notes = NULL;

  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *title = g_strdup_printf ("Promise number %u", i);
      g_autofree char *ask = g_strdup_printf ("Their commitment %u", i);
      g_autoptr(RapportCommitment) a = add_promise (f, m, RAPPORT_COMMITMENT_OWNER_MENTOR, title, "2026-03-12", NULL);
      g_autoptr(RapportCommitment) b = add_promise (f, m, RAPPORT_COMMITMENT_OWNER_MENTEE, ask, "2026-03-30", NULL);
      g_autoptr(RapportGoal) g = rapport_goal_new ();

      rapport_goal_set_mentee_id (g, rapport_item_get_id (RAPPORT_ITEM (m)));
      rapport_goal_set_title (g, title);
      save (f, RAPPORT_ITEM (g));
      g_string_append_printf (wins, "Win %u\n", i);
      g_string_append_printf (agenda, "- [ ] Topic %u\n", i);
    }
  long_notes = g_strnfill (5000, 'x');
  rapport_session_note_set_notes (s, long_notes);
  rapport_session_note_set_wins (s, wins->str);
  rapport_session_note_set_agenda (s, agenda->str);
  save (f, RAPPORT_ITEM (s));
  g_string_free (wins, TRUE);
  g_string_free (agenda, TRUE);

  p = prepare (f, m);
  md = rapport_prepare_to_markdown (p);
  g_assert_cmpuint (count_lines (md), <=, 60);
  g_assert_nonnull (strstr (md, "- … and 14 more\n"));  /* 20 promises, 6 shown */
  g_assert_nonnull (strstr (md, "- … and 16 more\n"));  /* 20 commitments or wins, 4 shown */
  g_assert_nonnull (strstr (md, "- … and 15 more\n"));  /* 20 goals, 5 shown */
  g_assert_nonnull (strstr (md, "- … and 54 more\n"));  /* 60 agenda lines, 6 shown */
  /* The newest wins are the ones kept. */
  g_assert_nonnull (strstr (md, "- Win 19\n"));
  g_assert_null (strstr (md, "- Win 0\n"));
  /* The notes excerpt is capped. */
  g_assert_cmpuint (strlen (rapport_prepare_get_notes_excerpt (p)), <=, RAPPORT_PREPARE_EXCERPT_CHARS + 3);
}

static void
test_agenda_lines (void)
{
  struct { const char *line; const char *text; gboolean box, ticked; } cases[] = {
    { "- [ ] Open item", "Open item", TRUE, FALSE },
    { "  * [x] Done item ", "Done item", TRUE, TRUE },
    { "[X] Also done", "Also done", TRUE, TRUE },
    { "3. Numbered", "Numbered", FALSE, FALSE },
    { "• Bullet", "Bullet", FALSE, FALSE },
    { "Plain", "Plain", FALSE, FALSE },
    { "- [ ]", NULL, TRUE, FALSE },
    { "   ", NULL, FALSE, FALSE },
    { "[not a box] text", "[not a box] text", FALSE, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gboolean box, ticked;
      g_autofree char *text = rapport_agenda_line_parse (cases[i].line, &box, &ticked);

      g_assert_cmpstr (text, ==, cases[i].text);
      if (text != NULL)
        {
          g_assert_cmpint (box, ==, cases[i].box);
          g_assert_cmpint (ticked, ==, cases[i].ticked);
        }
    }

  {
    g_autofree char *n = rapport_agenda_normalize ("a\n\n- [x] b\n  - c  \n");
    g_autofree char *empty = rapport_agenda_normalize ("\n  \n");

    g_assert_cmpstr (n, ==, "- [ ] a\n- [x] b\n- [ ] c\n");
    g_assert_null (empty);
  }
}

static void
test_unknown_mentee (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportPrepare) p = rapport_prepare_new (f->repo, 4242, NULL, &error);

  g_assert_null (p);
  g_assert_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  rapport_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/rapport/prepare/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("brief", test_brief);
  ADD ("agenda-carry-over", test_agenda_carry_over);
  ADD ("apply-plans-meeting", test_apply_plans_meeting);
  ADD ("questions-asked-stay", test_questions_asked_stay);
  ADD ("markdown", test_markdown);
  ADD ("markdown-fits-a-page", test_markdown_fits_a_page);
  ADD ("unknown-mentee", test_unknown_mentee);
  g_test_add_func ("/rapport/prepare/agenda-lines", test_agenda_lines);

  return g_test_run ();
}
