/* rapport-demo.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-demo"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-demo.h"
#include "rapport-question-bank.h"
#include "rapport-store.h"

/*
 * The sample notebook of `rapport --demo`: six mentees at different stages
 * of a mentoring relationship, so that a newcomer sees every part of the app
 * at work — an overdue promise, a check-in past its maximum gap, a meeting
 * today, goals under way, a paused and an archived mentee, and months of
 * meeting notes to search. Everything is placed relative to "now", so the
 * demo always looks current. The people are invented.
 */

typedef struct
{
  const char *name;
  const char *pronouns;
  const char *role;
  const char *organization;
  const char *how_we_met;
  int         started_days_ago;
  RapportMenteeStatus status;
  int         cadence_days;
  int         max_gap_days;
  const char *channel;
  const char *feedback;
  const char *sensitivities;
  const char *boundaries;
  const char *tags;
  const char *about;
  int         n_held;           /* meetings held, one per cadence */
  int         last_held_days_ago;
  int         next_in_days;     /* a planned meeting, -1 for none */
  int         next_hour;
} DemoMentee;

static const DemoMentee mentees[] = {
  { "Alex Kim", "they/them", "Junior Developer", "Lumen Labs", "Company mentoring programme",
    160, RAPPORT_MENTEE_STATUS_ACTIVE, 14, 28, "Video call",
    "Direct and specific, with an example; in writing first, then talk it through",
    "Comparisons with teammates",
    "[{\"topic\":\"Salary\",\"level\":\"ask-first\"},{\"topic\":\"Family\",\"level\":\"off-limits\"}]",
    "engineering,early-career",
    "Two years into their first developer job. Wants to grow towards leading features and "
    "to get more comfortable speaking up in design reviews.",
    10, 19, -1, 0 },
  { "Priya Raman", "she/her", "Product Designer", "Northwind", "Met at a design meetup",
    240, RAPPORT_MENTEE_STATUS_ACTIVE, 14, 30, "In person, café near her office",
    "Ask questions before giving opinions; she likes to reach the conclusion herself",
    "Being rushed",
    "[{\"topic\":\"Her manager\",\"level\":\"ask-first\"}]",
    "design,career-change",
    "Moved from graphic design to product design a year ago. Building a research practice "
    "and deciding whether to aim for a lead role.",
    15, 12, 2, 14 },
  { "Sam Okafor", "he/him", "Data Analyst", "City Hospital", "Introduced by a former colleague",
    21, RAPPORT_MENTEE_STATUS_ACTIVE, 21, 42, "Phone",
    "Plain words, no jargon; likes a short written recap after we talk",
    NULL, NULL,
    "data,healthcare",
    "Just started in analytics after a nursing career. First meeting went well; very curious.",
    1, 20, 0, 16 },
  { "Jordan Lee", "she/her", "Engineering Manager", "Brightside", "Leadership circle",
    400, RAPPORT_MENTEE_STATUS_ACTIVE, 21, 30, "Video call",
    "Blunt is fine; likes a framework she can reuse",
    "Being told what to do without the why",
    "[{\"topic\":\"Reorganisation at work\",\"level\":\"open\"}]",
    "leadership",
    "First-time manager of six. Working on delegation and on giving hard feedback.",
    14, 45, -1, 0 },
  { "Maya Cohen", "she/her", "PhD Student", "Institute of Ecology", "University alumni network",
    300, RAPPORT_MENTEE_STATUS_PAUSED, 28, 60, "Email, then a call",
    "Gentle; she is hard on herself", NULL, NULL,
    "academia",
    "Paused our meetings while she writes up her thesis; we agreed to pick up again in spring.",
    6, 70, -1, 0 },
  { "Chris Novak", "he/him", "Senior Engineer", "Lumen Labs", "Company mentoring programme",
    500, RAPPORT_MENTEE_STATUS_ARCHIVED, 14, 28, "Video call",
    "Straightforward", NULL, NULL,
    "engineering",
    "Our mentoring ended when he was promoted to staff engineer. Kept for the record.",
    12, 120, -1, 0 },
};

static const char *notes[] = {
  "Talked through the week. The code review on the payments feature went better than expected: "
  "they asked two questions in the review meeting instead of staying quiet. We practised how to "
  "disagree with a senior colleague without apologising first.\n\nThey want to take on a small "
  "feature end to end next quarter. Agreed to look for one together.",
  "Mostly about confidence. A difficult meeting with a stakeholder last Tuesday; we replayed it "
  "and found the moment it turned. Next time: pause, summarise what was said, then answer.\n\n"
  "Shared the idea of a brag document — a running list of wins for performance reviews.",
  "Reviewed the goal plan. Progress on the research practice is real: two interviews done and a "
  "synthesis board started. Blocked on getting access to customers; suggested asking support "
  "for a list of people who wrote in recently.",
  "Career conversation. Weighing a lead role against staying an individual contributor for "
  "another year. We listed what energises and what drains. Homework: talk to two leads about "
  "their week.",
  "Short check-in. Things are calmer after the release. Celebrated shipping the onboarding "
  "redesign. Talked about taking real holidays.",
  "Delegation: which three things only she can do, and what could someone else do at 80 %. "
  "Picked one task to hand over this sprint and how to brief it well.",
  "Feedback practice with the situation–behaviour–impact model, using a real case from her "
  "team. She wrote the first sentence herself and it was good.",
};

static const char *takeaways[] = {
  "Asking one question in the meeting counts as speaking up",
  "A brag document makes reviews easier",
  "Start with the people who already wrote to support",
  "Notice what gives energy before choosing a path",
  "Rest is part of the work",
  "Hand over the task, not just the instructions",
};

static const char *wins[] = {
  "Asked two questions in the design review",
  "Shipped the onboarding redesign",
  "First research interview done",
  "Gave difficult feedback kindly",
  NULL,
};

static GDateTime *
days_ago (GDateTime *now,
          double     days)
{
  return g_date_time_add_seconds (now, -days * 24 * 3600);
}

static char *
date_in (GDateTime *now,
         int        days)
{
  g_autoptr(GDateTime) dt = g_date_time_add_days (now, days);

  return g_date_time_format (dt, "%Y-%m-%d");
}

static gboolean
add_commitment (RapportRepository        *repository,
                gint64                    mentee_id,
                gint64                    session_id,
                RapportCommitmentOwner    owner,
                RapportCommitmentKind     kind,
                const char               *title,
                const char               *details,
                GDateTime                *now,
                int                       due_in_days,
                const char               *due_time,
                RapportCommitmentStatus   status,
                GError                  **error)
{
  g_autoptr(RapportCommitment) commitment = rapport_commitment_new ();
  g_autofree char *due = date_in (now, due_in_days);

  rapport_commitment_set_mentee_id (commitment, mentee_id);
  if (session_id > 0)
    rapport_commitment_set_session_id (commitment, session_id);
  rapport_commitment_set_owner (commitment, owner);
  rapport_commitment_set_kind (commitment, kind);
  rapport_commitment_set_title (commitment, title);
  rapport_commitment_set_details (commitment, details);
  rapport_commitment_set_due_date (commitment, due);
  rapport_commitment_set_due_time (commitment, due_time);
  rapport_commitment_set_status (commitment, status);
  if (status == RAPPORT_COMMITMENT_STATUS_DONE)
    {
      g_autoptr(GDateTime) done_at = days_ago (now, -due_in_days + 1);

      rapport_commitment_set_done_at (commitment, done_at);
    }

  return rapport_repository_save (repository, RAPPORT_ITEM (commitment), error);
}

static gboolean
add_goal (RapportRepository  *repository,
          gint64              mentee_id,
          const char         *title,
          const char         *criteria,
          GDateTime          *now,
          int                 target_in_days,
          int                 progress,
          RapportGoalStatus   status,
          GError            **error)
{
  g_autoptr(RapportGoal) goal = rapport_goal_new ();
  g_autofree char *target = date_in (now, target_in_days);

  rapport_goal_set_mentee_id (goal, mentee_id);
  rapport_goal_set_title (goal, title);
  rapport_goal_set_details (goal, criteria);
  rapport_goal_set_target_date (goal, target);
  rapport_goal_set_progress (goal, progress);
  rapport_goal_set_status (goal, status);

  return rapport_repository_save (repository, RAPPORT_ITEM (goal), error);
}

static gboolean
add_mentee (RapportRepository  *repository,
            const DemoMentee   *demo,
            GDateTime          *now,
            gint64             *mentee_id,
            gint64             *last_session_id,
            GError            **error)
{
  g_autoptr(RapportMentee) mentee = rapport_mentee_new ();
  g_autofree char *started_on = date_in (now, -demo->started_days_ago);
  g_auto(GStrv) tags = g_strsplit (demo->tags, ",", -1);
  gint64 session_id = 0;

  rapport_mentee_set_name (mentee, demo->name);
  rapport_mentee_set_pronouns (mentee, demo->pronouns);
  rapport_mentee_set_role (mentee, demo->role);
  rapport_mentee_set_organization (mentee, demo->organization);
  rapport_mentee_set_how_we_met (mentee, demo->how_we_met);
  rapport_mentee_set_started_on (mentee, started_on);
  rapport_mentee_set_status (mentee, demo->status);
  rapport_mentee_set_cadence_days (mentee, demo->cadence_days);
  rapport_mentee_set_max_gap_days (mentee, demo->max_gap_days);
  rapport_mentee_set_preferred_channel (mentee, demo->channel);
  rapport_mentee_set_feedback_preferences (mentee, demo->feedback);
  rapport_mentee_set_feedback_sensitivities (mentee, demo->sensitivities);
  if (demo->boundaries != NULL)
    rapport_mentee_set_boundaries (mentee, demo->boundaries);
  rapport_mentee_set_tags (mentee, (const char * const *)tags);
  rapport_mentee_set_about (mentee, demo->about);

  if (!rapport_repository_save (repository, RAPPORT_ITEM (mentee), error))
    return FALSE;

  *mentee_id = rapport_item_get_id (RAPPORT_ITEM (mentee));

  /* Held meetings, one per cadence back from the last one, at 17:00 or so;
   * one in five was cancelled by the mentee and rescheduled. */
  for (int i = demo->n_held - 1; i >= 0; i--)
    {
      g_autoptr(RapportSessionNote) session = rapport_session_note_new ();
      g_autoptr(GDateTime) day = days_ago (now, demo->last_held_days_ago + i * demo->cadence_days);
      g_autoptr(GDateTime) starts_at = g_date_time_new_local (g_date_time_get_year (day),
                                                              g_date_time_get_month (day),
                                                              g_date_time_get_day_of_month (day),
                                                              17 - (i % 3), 0, 0);
      guint k = (guint)(*mentee_id * 7 + i);
      gboolean cancelled = i > 0 && i % 5 == 3;

      rapport_session_note_set_mentee_id (session, *mentee_id);
      rapport_session_note_set_starts_at (session, starts_at);
      rapport_session_note_set_duration_minutes (session, i % 2 ? 45 : 60);
      rapport_session_note_set_status (session, cancelled ? RAPPORT_SESSION_STATUS_CANCELLED_BY_THEM
                                                          : RAPPORT_SESSION_STATUS_HELD);
      if (!cancelled)
        {
          rapport_session_note_set_agenda (session, "Check-in\nProgress on goals\nWhat is next");
          rapport_session_note_set_notes (session, notes[k % G_N_ELEMENTS (notes)]);
          rapport_session_note_set_rating (session, 3 + (int)(k % 3));
          rapport_session_note_set_takeaway (session, takeaways[k % G_N_ELEMENTS (takeaways)]);
          rapport_session_note_set_wins (session, wins[k % G_N_ELEMENTS (wins)]);
        }

      if (!rapport_repository_save (repository, RAPPORT_ITEM (session), error))
        return FALSE;

      if (!cancelled)
        session_id = rapport_item_get_id (RAPPORT_ITEM (session));
    }

  if (demo->next_in_days >= 0)
    {
      g_autoptr(RapportSessionNote) planned = rapport_session_note_new ();
      int in_days = demo->next_in_days;
      g_autoptr(GDateTime) day = NULL;
      g_autoptr(GDateTime) starts_at = NULL;

      /* A meeting "today" that would already be over moves to tomorrow. */
      if (in_days == 0 && g_date_time_get_hour (now) >= demo->next_hour)
        in_days = 1;

      day = g_date_time_add_days (now, in_days);
      starts_at = g_date_time_new_local (g_date_time_get_year (day),
                                         g_date_time_get_month (day),
                                         g_date_time_get_day_of_month (day),
                                         demo->next_hour, 0, 0);

      rapport_session_note_set_mentee_id (planned, *mentee_id);
      rapport_session_note_set_starts_at (planned, starts_at);
      rapport_session_note_set_duration_minutes (planned, 45);
      rapport_session_note_set_status (planned, RAPPORT_SESSION_STATUS_PLANNED);
      rapport_session_note_set_agenda (planned, "Follow up on the research plan\nLead role: what did the two leads say?");

      if (!rapport_repository_save (repository, RAPPORT_ITEM (planned), error))
        return FALSE;
    }

  *last_session_id = session_id;
  return TRUE;
}

/* A promise of mine with a past: made @made_days_ago, due @due_in_days
 * (negative: in the past), then kept @done_days_ago (or -1), dropped, or
 * rescheduled @moved_days_ago to @moved_to_days with a reason. This is what
 * gives the follow-through ledger and the Prepare brief something to say. */
static gboolean
add_history (RapportRepository        *repository,
             gint64                    mentee_id,
             const char               *title,
             GDateTime                *now,
             int                       made_days_ago,
             int                       due_in_days,
             int                       moved_days_ago,
             int                       moved_to_days,
             const char               *reason,
             int                       done_days_ago,
             RapportCommitmentStatus   status,
             GError                  **error)
{
  g_autoptr(RapportCommitment) commitment = rapport_commitment_new ();
  g_autoptr(GDateTime) made = days_ago (now, made_days_ago);
  g_autoptr(GDateTime) made_utc = g_date_time_to_utc (made);
  g_autofree char *due = date_in (now, due_in_days);
  g_autofree char *moved_to = moved_days_ago >= 0 ? date_in (now, moved_to_days) : NULL;

  rapport_commitment_set_mentee_id (commitment, mentee_id);
  rapport_commitment_set_owner (commitment, RAPPORT_COMMITMENT_OWNER_MENTOR);
  rapport_commitment_set_kind (commitment, RAPPORT_COMMITMENT_KIND_RESOURCE);
  rapport_commitment_set_title (commitment, title);
  rapport_commitment_set_due_date (commitment, moved_to ? moved_to : due);
  _rapport_item_set_timestamps (RAPPORT_ITEM (commitment), made_utc, made_utc);
  if (!rapport_repository_save (repository, RAPPORT_ITEM (commitment), error))
    return FALSE;

  /* The renegotiation happened in the past: recorded with its own date,
   * which rapport_repository_reschedule_commitment() (always "now") cannot
   * give. */
  if (moved_to != NULL)
    {
      g_autoptr(GDateTime) moved = days_ago (now, moved_days_ago);

      if (!rapport_store_commitments_add_due_change (rapport_repository_get_database (repository),
                                                     rapport_item_get_id (RAPPORT_ITEM (commitment)),
                                                     due, NULL, moved_to, NULL, reason,
                                                     g_date_time_to_unix (moved), error))
        return FALSE;
    }

  if (status == RAPPORT_COMMITMENT_STATUS_OPEN)
    return TRUE;

  rapport_commitment_set_status (commitment, status);
  if (status == RAPPORT_COMMITMENT_STATUS_DONE)
    {
      g_autoptr(GDateTime) done = days_ago (now, done_days_ago);

      rapport_commitment_set_done_at (commitment, done);
    }
  return rapport_repository_save (repository, RAPPORT_ITEM (commitment), error);
}

/* Marks built-in questions as asked in a meeting, so the suggestions of the
 * next one leave them out. */
static gboolean
mark_asked (RapportRepository  *repository,
            gint64              mentee_id,
            gint64              session_id,
            const char * const *keys,
            GError            **error)
{
  g_autoptr(GListModel) bank = NULL;
  g_autoptr(GObject) session = NULL;

  if (session_id <= 0)
    return TRUE;
  if (!(bank = rapport_repository_list_questions (repository, mentee_id, error)) ||
      !(session = rapport_store_sessions_get (rapport_repository_get_database (repository),
                                              RAPPORT_TYPE_SESSION_NOTE, session_id, error)))
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (bank); i++)
    {
      g_autoptr(RapportQuestion) q = g_list_model_get_item (bank, i);

      if (rapport_question_get_builtin_key (q) != NULL &&
          g_strv_contains (keys, rapport_question_get_builtin_key (q)) &&
          !rapport_repository_set_question_asked (repository, q, RAPPORT_SESSION_NOTE (session), TRUE, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * rapport_demo_populate:
 * @repository: an empty notebook
 * @now: the moment the demo is built around
 * @error: return location for an error
 *
 * Fills @repository with the sample notebook in one batch.
 *
 * Returns: %TRUE on success
 */
gboolean
rapport_demo_populate (RapportRepository  *repository,
                       GDateTime          *now,
                       GError            **error)
{
  gint64 ids[G_N_ELEMENTS (mentees)];
  gint64 last[G_N_ELEMENTS (mentees)];
  const RapportCommitmentOwner ME = RAPPORT_COMMITMENT_OWNER_MENTOR;
  const RapportCommitmentOwner THEM = RAPPORT_COMMITMENT_OWNER_MENTEE;
  const RapportCommitmentStatus OPEN = RAPPORT_COMMITMENT_STATUS_OPEN;
  const RapportCommitmentStatus DONE = RAPPORT_COMMITMENT_STATUS_DONE;

  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (repository), FALSE);

  if (!rapport_repository_begin_batch (repository, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (mentees); i++)
    {
      if (!add_mentee (repository, &mentees[i], now, &ids[i], &last[i], error))
        goto failed;
    }

  /* Alex: a promise of mine three days overdue, one kept, one theirs. */
  if (!add_commitment (repository, ids[0], last[0], ME, RAPPORT_COMMITMENT_KIND_RESOURCE,
                       "Send Alex the book list on technical leadership",
                       "The three books we talked about, with the chapters to start with",
                       now, -3, NULL, OPEN, error) ||
      !add_commitment (repository, ids[0], last[0], ME, RAPPORT_COMMITMENT_KIND_INTRODUCTION,
                       "Introduce Alex to Dana from the platform team", NULL,
                       now, -10, NULL, DONE, error) ||
      !add_commitment (repository, ids[0], last[0], THEM, RAPPORT_COMMITMENT_KIND_TASK,
                       "Draft the updated CV", "Focus on the payments feature",
                       now, 4, NULL, OPEN, error) ||
      !add_goal (repository, ids[0], "Lead a small feature end to end",
                 "Scope, build and ship one feature with a short write-up", now, 120, 40,
                 RAPPORT_GOAL_STATUS_ACTIVE, error) ||
      !add_goal (repository, ids[0], "Give a lightning talk",
                 "Five minutes at the engineering all-hands", now, 60, 10,
                 RAPPORT_GOAL_STATUS_ACTIVE, error))
    goto failed;

  /* Priya: an introduction due tomorrow, a meeting in two days. */
  if (!add_commitment (repository, ids[1], last[1], ME, RAPPORT_COMMITMENT_KIND_INTRODUCTION,
                       "Introduce Priya to Dana (research lead)", "Dana ran the research practice at Fieldwork",
                       now, 1, "10:00", OPEN, error) ||
      !add_commitment (repository, ids[1], last[1], THEM, RAPPORT_COMMITMENT_KIND_TASK,
                       "Talk to two design leads about their week", NULL,
                       now, 2, NULL, OPEN, error) ||
      !add_commitment (repository, ids[1], last[1], ME, RAPPORT_COMMITMENT_KIND_RESOURCE,
                       "Share the interview guide template", NULL,
                       now, -20, NULL, DONE, error) ||
      !add_goal (repository, ids[1], "Run a research practice",
                 "Monthly customer interviews with a shared synthesis board", now, 90, 55,
                 RAPPORT_GOAL_STATUS_ACTIVE, error) ||
      !add_goal (repository, ids[1], "Decide on the lead role", "A decision she is at peace with",
                 now, 150, 20, RAPPORT_GOAL_STATUS_ACTIVE, error))
    goto failed;

  /* Sam: new; a meeting later today and a check-in promise due today. */
  if (!add_commitment (repository, ids[2], last[2], ME, RAPPORT_COMMITMENT_KIND_RESOURCE,
                       "Send Sam the SQL course link", NULL, now, 0, NULL, OPEN, error) ||
      !add_goal (repository, ids[2], "Build a first dashboard for the ward",
                 "Used weekly by the ward manager", now, 180, 0,
                 RAPPORT_GOAL_STATUS_ACTIVE, error))
    goto failed;

  /* Jordan: past the maximum gap; a promise due today. */
  if (!add_commitment (repository, ids[3], last[3], ME, RAPPORT_COMMITMENT_KIND_RESOURCE,
                       "Share my 1:1 template with Jordan", NULL, now, 0, NULL, OPEN, error) ||
      !add_commitment (repository, ids[3], last[3], THEM, RAPPORT_COMMITMENT_KIND_TASK,
                       "Hand over the release checklist to a team member", NULL,
                       now, -5, NULL, OPEN, error) ||
      !add_goal (repository, ids[3], "Delegate three recurring tasks",
                 "Each one owned by someone else for a month", now, 45, 66,
                 RAPPORT_GOAL_STATUS_ACTIVE, error))
    goto failed;

  /* Chris: an achieved goal, kept for the record. */
  if (!add_goal (repository, ids[5], "Promotion to staff engineer", "Promotion packet accepted",
                 now, -130, 100, RAPPORT_GOAL_STATUS_ACHIEVED, error))
    goto failed;

  /* A follow-through history worth reading: promises of mine kept late,
   * renegotiated (before and after the date had passed) and dropped. */
  if (!add_history (repository, ids[0], "Send Alex the recording of my talk", now,
                    40, -30, -1, 0, NULL, 27, DONE, error) ||
      !add_history (repository, ids[0], "Review Alex's design document", now,
                    35, -25, 28, -18, "Alex moved the design review by a week", 19, DONE, error) ||
      !add_history (repository, ids[0], "Find a speaking slot for Alex", now,
                    50, -20, -1, 0, NULL, -1, RAPPORT_COMMITMENT_STATUS_DROPPED, error) ||
      !add_history (repository, ids[1], "Send Priya the research operations article", now,
                    30, -14, 2, 5, "Forgot; agreed a new date with Priya", -1, OPEN, error) ||
      !add_history (repository, ids[1], "Ask Dana for two customer contacts", now,
                    60, -45, -1, 0, NULL, 44, DONE, error) ||
      !add_history (repository, ids[3], "Send Jordan the delegation checklist", now,
                    90, -80, -1, 0, NULL, 70, DONE, error))
    goto failed;

  /* A goal without progress for months, flagged on the Prepare tab. */
  {
    g_autoptr(RapportGoal) goal = rapport_goal_new ();
    g_autoptr(GDateTime) made = days_ago (now, 100);
    g_autoptr(GDateTime) made_utc = g_date_time_to_utc (made);
    g_autofree char *target = date_in (now, 80);

    rapport_goal_set_mentee_id (goal, ids[0]);
    rapport_goal_set_title (goal, "Speak up in every design review");
    rapport_goal_set_details (goal, "At least one question or opinion per review");
    rapport_goal_set_target_date (goal, target);
    rapport_goal_set_progress (goal, 20);
    _rapport_item_set_timestamps (RAPPORT_ITEM (goal), made_utc, made_utc);
    if (!rapport_repository_save (repository, RAPPORT_ITEM (goal), error))
      goto failed;
  }

  /* A meeting I cancelled. */
  {
    g_autoptr(RapportSessionNote) session = rapport_session_note_new ();
    g_autoptr(GDateTime) day = days_ago (now, 30);
    g_autoptr(GDateTime) starts_at = g_date_time_new_local (g_date_time_get_year (day),
                                                            g_date_time_get_month (day),
                                                            g_date_time_get_day_of_month (day),
                                                            16, 0, 0);

    rapport_session_note_set_mentee_id (session, ids[3]);
    rapport_session_note_set_starts_at (session, starts_at);
    rapport_session_note_set_status (session, RAPPORT_SESSION_STATUS_CANCELLED_BY_ME);
    rapport_session_note_set_agenda (session, "- [ ] Delegation: which task next\n- [ ] Feedback practice");
    if (!rapport_repository_save (repository, RAPPORT_ITEM (session), error))
      goto failed;
  }

  /* Questions asked in the last meetings. */
  {
    const char *end_of_session[] = { "closing.rating", "closing.memorable", NULL };
    const char *early[] = { "early.week-highlight", "closing.rating", NULL };
    const char *established[] = { "established.stuck", "closing.memorable", NULL };

    if (!mark_asked (repository, ids[0], last[0], established, error) ||
        !mark_asked (repository, ids[1], last[1], end_of_session, error) ||
        !mark_asked (repository, ids[2], last[2], early, error) ||
        !mark_asked (repository, ids[3], last[3], established, error))
      goto failed;
  }

  return rapport_repository_end_batch (repository, error);

failed:
  rapport_repository_cancel_batch (repository);
  return FALSE;
}
