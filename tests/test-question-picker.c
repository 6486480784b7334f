/* test-question-picker.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>

#include "rapport-question-bank.h"
#include "rapport-question-picker.h"
#include "rapport-repository.h"
#include "rapport-test-utils.h"

/* A fixed "now": Wednesday 2026-03-18 10:00, local time being UTC. */
static GDateTime *
fixed_now (gpointer user_data)
{
  return g_date_time_ref (user_data);
}

typedef struct
{
  RapportRepository *repo;
  GDateTime         *now;
  char              *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_build_filename (g_get_user_data_dir (), "rapport", NULL);
  f->repo = rapport_repository_new (f->dir, &error);
  g_assert_no_error (error);
  f->now = g_date_time_new_utc (2026, 3, 18, 10, 0, 0);
  rapport_repository_set_now_func (f->repo, fixed_now, g_date_time_ref (f->now),
                                   (GDestroyNotify)g_date_time_unref);
  g_assert_true (rapport_repository_refresh (f->repo, &error));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->repo);
  g_date_time_unref (f->now);
  g_free (f->dir);
}

static RapportMentee *
add_mentee (Fixture    *f,
            const char *name,
            const char *tag)
{
  g_autoptr(GError) error = NULL;
  RapportMentee *m = rapport_mentee_new ();
  const char *tags[] = { tag, NULL };

  rapport_mentee_set_name (m, name);
  if (tag != NULL)
    rapport_mentee_set_tags (m, tags);
  g_assert_true (rapport_repository_save (f->repo, RAPPORT_ITEM (m), &error));
  g_assert_no_error (error);
  return m;
}

static RapportSessionNote *
add_held (Fixture       *f,
          RapportMentee *m,
          int            days_ago)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) at = g_date_time_add_days (f->now, -days_ago);
  RapportSessionNote *s = rapport_session_note_new ();

  rapport_session_note_set_mentee_id (s, rapport_item_get_id (RAPPORT_ITEM (m)));
  rapport_session_note_set_starts_at (s, at);
  rapport_session_note_set_status (s, RAPPORT_SESSION_STATUS_HELD);
  g_assert_true (rapport_repository_save (f->repo, RAPPORT_ITEM (s), &error));
  g_assert_no_error (error);
  return s;
}

static RapportGoal *
goal_due_in (GDateTime         *now,
             int                days,
             RapportGoalStatus  status)
{
  RapportGoal *g = rapport_goal_new ();

  rapport_goal_set_title (g, "A goal");
  rapport_goal_set_status (g, status);
  if (days != G_MININT)
    {
      g_autoptr(GDateTime) target = g_date_time_add_days (now, days);
      g_autofree char *date = g_date_time_format (target, "%Y-%m-%d");

      rapport_goal_set_target_date (g, date);
    }
  return g;
}

static RapportQuestion *
make_question (const char              *text,
               RapportQuestionStage     stage,
               RapportQuestionCategory  category)
{
  RapportQuestion *q = rapport_question_new ();

  rapport_question_set_text (q, text);
  rapport_question_set_stage (q, stage);
  rapport_question_set_category (q, category);
  return q;
}

static RapportQuestion *
find_by_key (GListModel *bank,
             const char *key)
{
  for (guint i = 0; i < g_list_model_get_n_items (bank); i++)
    {
      g_autoptr(RapportQuestion) q = g_list_model_get_item (bank, i);

      if (g_strcmp0 (rapport_question_get_builtin_key (q), key) == 0)
        return g_steal_pointer (&q);
    }
  return NULL;
}

static gboolean
contains_id (GListModel *model,
             gint64      id)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RapportQuestion) q = g_list_model_get_item (model, i);

      if (rapport_item_get_id (RAPPORT_ITEM (q)) == id)
        return TRUE;
    }
  return FALSE;
}

static char *
ids_of (GListModel *model)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RapportQuestion) q = g_list_model_get_item (model, i);

      g_string_append_printf (s, "%" G_GINT64_FORMAT ",", rapport_item_get_id (RAPPORT_ITEM (q)));
    }
  return g_string_free (s, FALSE);
}

/* Stage rules */

static void
test_stage (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 3, 18, 10, 0, 0);
  g_autoptr(GListStore) goals = g_list_store_new (RAPPORT_TYPE_GOAL);
  g_autoptr(RapportGoal) far = goal_due_in (now, 120, RAPPORT_GOAL_STATUS_ACTIVE);
  g_autoptr(RapportGoal) near = goal_due_in (now, 30, RAPPORT_GOAL_STATUS_ACTIVE);
  g_autoptr(RapportGoal) near_plus = goal_due_in (now, 31, RAPPORT_GOAL_STATUS_ACTIVE);
  g_autoptr(RapportGoal) achieved = goal_due_in (now, 100, RAPPORT_GOAL_STATUS_ACHIEVED);
  g_autoptr(RapportGoal) dropped = goal_due_in (now, 5, RAPPORT_GOAL_STATUS_DROPPED);
  g_autoptr(RapportGoal) no_target = goal_due_in (now, G_MININT, RAPPORT_GOAL_STATUS_ACTIVE);

  /* By meetings held, without goals. */
  g_assert_cmpint (rapport_question_stage_for (0, NULL, now), ==, RAPPORT_QUESTION_STAGE_FIRST_MEETING);
  g_assert_cmpint (rapport_question_stage_for (1, NULL, now), ==, RAPPORT_QUESTION_STAGE_EARLY);
  g_assert_cmpint (rapport_question_stage_for (3, NULL, now), ==, RAPPORT_QUESTION_STAGE_EARLY);
  g_assert_cmpint (rapport_question_stage_for (4, NULL, now), ==, RAPPORT_QUESTION_STAGE_ESTABLISHED);

  /* A goal far away: not closing. */
  g_list_store_append (goals, far);
  g_assert_cmpint (rapport_question_stage_for (6, G_LIST_MODEL (goals), now), ==, RAPPORT_QUESTION_STAGE_ESTABLISHED);

  /* Only goals ending within 30 days (or achieved): closing, even early. */
  g_list_store_remove_all (goals);
  g_list_store_append (goals, near);
  g_list_store_append (goals, achieved);
  g_list_store_append (goals, dropped);
  g_assert_cmpint (rapport_question_stage_for (2, G_LIST_MODEL (goals), now), ==, RAPPORT_QUESTION_STAGE_CLOSING);
  g_assert_cmpint (rapport_question_stage_for (9, G_LIST_MODEL (goals), now), ==, RAPPORT_QUESTION_STAGE_CLOSING);
  /* ... but never before a first meeting. */
  g_assert_cmpint (rapport_question_stage_for (0, G_LIST_MODEL (goals), now), ==, RAPPORT_QUESTION_STAGE_FIRST_MEETING);

  /* 31 days away is not "about to end". */
  g_list_store_append (goals, near_plus);
  g_assert_cmpint (rapport_question_stage_for (9, G_LIST_MODEL (goals), now), ==, RAPPORT_QUESTION_STAGE_ESTABLISHED);

  /* An active goal without a target date keeps the relationship open. */
  g_list_store_remove_all (goals);
  g_list_store_append (goals, near);
  g_list_store_append (goals, no_target);
  g_assert_cmpint (rapport_question_stage_for (9, G_LIST_MODEL (goals), now), ==, RAPPORT_QUESTION_STAGE_ESTABLISHED);

  /* Every goal achieved: closing. Only dropped goals: not. */
  g_list_store_remove_all (goals);
  g_list_store_append (goals, achieved);
  g_assert_cmpint (rapport_question_stage_for (5, G_LIST_MODEL (goals), now), ==, RAPPORT_QUESTION_STAGE_CLOSING);
  g_list_store_remove_all (goals);
  g_list_store_append (goals, dropped);
  g_assert_cmpint (rapport_question_stage_for (5, G_LIST_MODEL (goals), now), ==, RAPPORT_QUESTION_STAGE_ESTABLISHED);

  g_assert_cmpstr (rapport_question_stage_get_label (RAPPORT_QUESTION_STAGE_CLOSING), ==, "closing");
}

/* The built-in bank */

static void
test_builtin_bank (void)
{
  const RapportBuiltinQuestion *qs;
  guint n, per_stage[4] = { 0 }, reflection = 0, feedback = 0, trust = 0;
  g_autoptr(GHashTable) keys = g_hash_table_new (g_str_hash, g_str_equal);

  qs = rapport_question_bank_get_builtin (&n);
  for (guint i = 0; i < n; i++)
    {
      /* Keys are unique; every prompt has a text. */
      g_assert_false (g_hash_table_contains (keys, qs[i].key));
      g_hash_table_add (keys, (gpointer)qs[i].key);
      g_assert_cmpuint (strlen (qs[i].text), >, 10);
      g_assert_cmpstr (rapport_question_bank_lookup (qs[i].key), ==, qs[i].text);

      if (qs[i].category == RAPPORT_QUESTION_CATEGORY_REFLECTION)
        reflection++;
      else
        per_stage[qs[i].stage]++;
      feedback += qs[i].category == RAPPORT_QUESTION_CATEGORY_FEEDBACK_PREFERENCES;
      trust += qs[i].category == RAPPORT_QUESTION_CATEGORY_TRUST;
    }

  /* Enough at every stage that three can be suggested after excluding what
   * was asked recently, and end-of-session prompts to rotate. */
  for (guint s = 0; s < 4; s++)
    g_assert_cmpuint (per_stage[s], >=, 5);
  g_assert_cmpuint (reflection, >=, 4);
  g_assert_cmpuint (feedback, >=, 4);
  g_assert_cmpuint (trust, >=, 4);

  /* The end-of-session classics, in Rapport's words. */
  g_assert_nonnull (strstr (rapport_question_bank_lookup ("closing.rating"), "one to five"));
  g_assert_nonnull (strstr (rapport_question_bank_lookup ("closing.memorable"), "remember"));
  g_assert_null (rapport_question_bank_lookup ("no.such-key"));
}

/* Picking */

static void
test_pick_first_meeting (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportMentee) m = add_mentee (f, "New", NULL);
  g_autoptr(RapportQuestionPicker) picker =
    rapport_question_picker_new_for_mentee (f->repo, rapport_item_get_id (RAPPORT_ITEM (m)), f->now, &error);
  g_autoptr(GListStore) a = NULL;
  g_autoptr(GListStore) b = NULL;
  g_autofree char *ids_a = NULL;
  g_autofree char *ids_b = NULL;
  gboolean differs = FALSE;
  guint categories = 0;

  g_assert_no_error (error);
  g_assert_cmpint (rapport_question_picker_get_stage (picker), ==, RAPPORT_QUESTION_STAGE_FIRST_MEETING);

  a = rapport_question_picker_pick (picker, 42, 4, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (a)), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(RapportQuestion) q = g_list_model_get_item (G_LIST_MODEL (a), i);

      if (i < 3)
        {
          g_assert_cmpint (rapport_question_get_stage (q), ==, RAPPORT_QUESTION_STAGE_FIRST_MEETING);
          g_assert_cmpint (rapport_question_get_category (q), !=, RAPPORT_QUESTION_CATEGORY_REFLECTION);
          /* Three different categories. */
          g_assert_false (categories & (1u << rapport_question_get_category (q)));
          categories |= 1u << rapport_question_get_category (q);
        }
      else
        g_assert_cmpint (rapport_question_get_category (q), ==, RAPPORT_QUESTION_CATEGORY_REFLECTION);
      g_assert_nonnull (rapport_question_get_text (q));
    }

  /* Deterministic for a seed, even from a freshly read bank. */
  {
    g_autoptr(RapportQuestionPicker) again =
      rapport_question_picker_new_for_mentee (f->repo, rapport_item_get_id (RAPPORT_ITEM (m)), f->now, &error);
    b = rapport_question_picker_pick (again, 42, 4, NULL);
  }
  ids_a = ids_of (G_LIST_MODEL (a));
  ids_b = ids_of (G_LIST_MODEL (b));
  g_assert_cmpstr (ids_a, ==, ids_b);

  /* Another seed gives other suggestions (for some seed). */
  for (guint32 seed = 0; seed < 20 && !differs; seed++)
    {
      g_autoptr(GListStore) c = rapport_question_picker_pick (picker, seed, 4, NULL);
      g_autofree char *ids_c = ids_of (G_LIST_MODEL (c));

      differs = g_strcmp0 (ids_c, ids_a) != 0;
    }
  g_assert_true (differs);

  /* Fewer asked for, fewer given; one question has no end-of-session slot. */
  {
    g_autoptr(GListStore) one = rapport_question_picker_pick (picker, 42, 1, NULL);
    g_autoptr(RapportQuestion) q = g_list_model_get_item (G_LIST_MODEL (one), 0);

    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (one)), ==, 1);
    g_assert_cmpint (rapport_question_get_category (q), !=, RAPPORT_QUESTION_CATEGORY_REFLECTION);
  }
}

static void
test_pick_no_recent_repeats (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportMentee) m = add_mentee (f, "Regular", NULL);
  gint64 mid = rapport_item_get_id (RAPPORT_ITEM (m));
  g_autoptr(RapportSessionNote) s4 = add_held (f, m, 56);
  g_autoptr(RapportSessionNote) s3 = add_held (f, m, 42);
  g_autoptr(RapportSessionNote) s2 = add_held (f, m, 28);
  g_autoptr(RapportSessionNote) s1 = add_held (f, m, 14);
  g_autoptr(GListModel) bank = rapport_repository_list_questions (f->repo, mid, &error);
  g_autoptr(RapportQuestion) old = find_by_key (bank, "established.stuck");
  g_autoptr(RapportQuestion) r1 = find_by_key (bank, "established.next-step");
  g_autoptr(RapportQuestion) r2 = find_by_key (bank, "established.honest");
  g_autoptr(RapportQuestion) r3 = find_by_key (bank, "closing.rating");
  g_autoptr(RapportQuestionPicker) picker = NULL;
  gboolean old_seen = FALSE;

  g_assert_no_error (error);

  /* Asked four meetings ago: eligible again. Asked in the last three: not. */
  g_assert_true (rapport_repository_set_question_asked (f->repo, old, s4, TRUE, &error));
  g_assert_true (rapport_repository_set_question_asked (f->repo, r1, s3, TRUE, &error));
  g_assert_true (rapport_repository_set_question_asked (f->repo, r2, s1, TRUE, &error));
  g_assert_true (rapport_repository_set_question_asked (f->repo, r3, s2, TRUE, &error));
  g_assert_no_error (error);

  picker = rapport_question_picker_new_for_mentee (f->repo, mid, f->now, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rapport_question_picker_get_stage (picker), ==, RAPPORT_QUESTION_STAGE_ESTABLISHED);
  g_assert_true (g_date_time_equal (rapport_question_picker_get_recent_since (picker),
                                    rapport_session_note_get_starts_at (s3)));

  for (guint32 seed = 0; seed < 64; seed++)
    {
      g_autoptr(GListStore) pick = rapport_question_picker_pick (picker, seed, 4, NULL);

      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pick)), ==, 4);
      g_assert_false (contains_id (G_LIST_MODEL (pick), rapport_item_get_id (RAPPORT_ITEM (r1))));
      g_assert_false (contains_id (G_LIST_MODEL (pick), rapport_item_get_id (RAPPORT_ITEM (r2))));
      g_assert_false (contains_id (G_LIST_MODEL (pick), rapport_item_get_id (RAPPORT_ITEM (r3))));
      old_seen |= contains_id (G_LIST_MODEL (pick), rapport_item_get_id (RAPPORT_ITEM (old)));
    }
  g_assert_true (old_seen);

  /* With fewer than three meetings held, every earlier ask is recent. */
  {
    g_autoptr(RapportMentee) n = add_mentee (f, "Newer", NULL);
    g_autoptr(RapportSessionNote) only = add_held (f, n, 200);
    g_autoptr(GListModel) nbank = rapport_repository_list_questions (f->repo, rapport_item_get_id (RAPPORT_ITEM (n)), &error);
    g_autoptr(RapportQuestion) asked = find_by_key (nbank, "early.energy");
    g_autoptr(RapportQuestionPicker) np = NULL;
    g_autoptr(GListModel) nbank2 = NULL;
    g_autoptr(RapportQuestion) asked2 = NULL;

    g_assert_true (rapport_repository_set_question_asked (f->repo, asked, only, TRUE, &error));
    np = rapport_question_picker_new_for_mentee (f->repo, rapport_item_get_id (RAPPORT_ITEM (n)), f->now, &error);
    g_assert_no_error (error);
    g_assert_null (rapport_question_picker_get_recent_since (np));
    nbank2 = rapport_repository_list_questions (f->repo, rapport_item_get_id (RAPPORT_ITEM (n)), &error);
    asked2 = find_by_key (nbank2, "early.energy");
    g_assert_true (rapport_question_picker_is_recent (np, asked2));
    g_assert_false (rapport_question_picker_is_eligible (np, asked2));
  }
}

static void
test_pick_custom_hidden_tagged (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportMentee) a = add_mentee (f, "Designer", "design");
  g_autoptr(RapportMentee) b = add_mentee (f, "Other", NULL);
  gint64 aid = rapport_item_get_id (RAPPORT_ITEM (a));
  g_autoptr(RapportSessionNote) sa = add_held (f, a, 10);
  g_autoptr(RapportSessionNote) sb = add_held (f, b, 10);
  g_autoptr(RapportQuestion) mine = make_question ("Which critique format works best for you?",
                                                   RAPPORT_QUESTION_STAGE_EARLY,
                                                   RAPPORT_QUESTION_CATEGORY_FEEDBACK_PREFERENCES);
  g_autoptr(RapportQuestion) for_a = make_question ("How is the portfolio coming along?",
                                                    RAPPORT_QUESTION_STAGE_EARLY,
                                                    RAPPORT_QUESTION_CATEGORY_GOALS);
  const char *design[] = { "design", NULL };

  rapport_question_set_tags (mine, design);
  rapport_question_set_mentee_id (for_a, aid);
  g_assert_true (rapport_repository_save_question (f->repo, mine, &error));
  g_assert_true (rapport_repository_save_question (f->repo, for_a, &error));
  g_assert_no_error (error);

  /* The tagged prompt comes first for a mentee with that tag, whatever the
   * seed; the prompt kept for Designer is never offered to Other. */
  for (guint32 seed = 0; seed < 32; seed++)
    {
      g_autoptr(RapportQuestionPicker) pa = rapport_question_picker_new_for_mentee (f->repo, aid, f->now, &error);
      g_autoptr(RapportQuestionPicker) pb = rapport_question_picker_new_for_mentee (f->repo, rapport_item_get_id (RAPPORT_ITEM (b)), f->now, &error);
      g_autoptr(GListStore) ka = rapport_question_picker_pick (pa, seed, 4, NULL);
      g_autoptr(GListStore) kb = rapport_question_picker_pick (pb, seed, 4, NULL);

      g_assert_no_error (error);
      g_assert_cmpint (rapport_question_picker_get_stage (pa), ==, RAPPORT_QUESTION_STAGE_EARLY);
      g_assert_true (contains_id (G_LIST_MODEL (ka), rapport_item_get_id (RAPPORT_ITEM (mine))));
      g_assert_false (contains_id (G_LIST_MODEL (kb), rapport_item_get_id (RAPPORT_ITEM (for_a))));
    }

  /* Hidden: never suggested. */
  rapport_question_set_hidden (mine, TRUE);
  g_assert_true (rapport_repository_save_question (f->repo, mine, &error));
  g_assert_no_error (error);
  for (guint32 seed = 0; seed < 32; seed++)
    {
      g_autoptr(RapportQuestionPicker) pa = rapport_question_picker_new_for_mentee (f->repo, aid, f->now, &error);
      g_autoptr(GListStore) ka = rapport_question_picker_pick (pa, seed, 4, NULL);

      g_assert_false (contains_id (G_LIST_MODEL (ka), rapport_item_get_id (RAPPORT_ITEM (mine))));
    }

  (void)sa;
  (void)sb;
}

static void
test_swap (void)
{
  g_autoptr(GListStore) bank = g_list_store_new (RAPPORT_TYPE_QUESTION);
  g_autoptr(RapportQuestionPicker) picker = NULL;
  g_autoptr(GListStore) pick = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(RapportQuestion) first = NULL;
  const guint n_stage = 7;

  for (guint i = 0; i < n_stage; i++)
    {
      g_autofree char *text = g_strdup_printf ("Stage question %u", i);
      g_autoptr(RapportQuestion) q = make_question (text, RAPPORT_QUESTION_STAGE_ESTABLISHED, i % 4);

      g_list_store_append (bank, q);
    }
  {
    g_autoptr(RapportQuestion) r = make_question ("Only closing question", RAPPORT_QUESTION_STAGE_CLOSING,
                                                  RAPPORT_QUESTION_CATEGORY_REFLECTION);
    g_autoptr(RapportQuestion) other = make_question ("A first-meeting one", RAPPORT_QUESTION_STAGE_FIRST_MEETING,
                                                      RAPPORT_QUESTION_CATEGORY_TRUST);
    g_list_store_append (bank, r);
    g_list_store_append (bank, other);
  }

  picker = rapport_question_picker_new (G_LIST_MODEL (bank), RAPPORT_QUESTION_STAGE_ESTABLISHED, NULL, NULL);
  pick = rapport_question_picker_pick (picker, 7, 4, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pick)), ==, 4);

  /* Swapping the first slot goes through every other eligible stage
   * question once before coming back. */
  first = g_list_model_get_item (G_LIST_MODEL (pick), 0);
  g_hash_table_add (seen, first);
  for (guint i = 0; i < n_stage - 2 - 1; i++)
    {
      RapportQuestion *q = rapport_question_picker_swap (picker, pick, 0, 7);
      g_autoptr(RapportQuestion) at0 = g_list_model_get_item (G_LIST_MODEL (pick), 0);

      g_assert_nonnull (q);
      g_assert_true (q == at0);
      g_assert_cmpint (rapport_question_get_stage (q), ==, RAPPORT_QUESTION_STAGE_ESTABLISHED);
      g_assert_cmpint (rapport_question_get_category (q), !=, RAPPORT_QUESTION_CATEGORY_REFLECTION);
      g_assert_false (g_hash_table_contains (seen, q));
      g_hash_table_add (seen, q);

      /* Never a question already shown in another slot. */
      for (guint j = 1; j < 4; j++)
        {
          g_autoptr(RapportQuestion) other = g_list_model_get_item (G_LIST_MODEL (pick), j);
          g_assert_true (other != q);
        }
    }
  /* Wrapped around. */
  g_assert_true (rapport_question_picker_swap (picker, pick, 0, 7) == first);

  /* The end-of-session slot has no alternative: nothing changes. */
  {
    g_autoptr(RapportQuestion) before = g_list_model_get_item (G_LIST_MODEL (pick), 3);
    g_autoptr(RapportQuestion) after = NULL;

    g_assert_cmpint (rapport_question_get_category (before), ==, RAPPORT_QUESTION_CATEGORY_REFLECTION);
    g_assert_null (rapport_question_picker_swap (picker, pick, 3, 7));
    after = g_list_model_get_item (G_LIST_MODEL (pick), 3);
    g_assert_true (before == after);
  }

  g_assert_null (rapport_question_picker_swap (picker, pick, 9, 7));
}

static void
test_fallback_and_keep (void)
{
  g_autoptr(GListStore) bank = g_list_store_new (RAPPORT_TYPE_QUESTION);
  g_autoptr(RapportQuestion) early = make_question ("Early one", RAPPORT_QUESTION_STAGE_EARLY,
                                                    RAPPORT_QUESTION_CATEGORY_GOALS);
  g_autoptr(RapportQuestion) first = make_question ("First one", RAPPORT_QUESTION_STAGE_FIRST_MEETING,
                                                    RAPPORT_QUESTION_CATEGORY_TRUST);
  g_autoptr(RapportQuestion) estab = make_question ("Established one", RAPPORT_QUESTION_STAGE_ESTABLISHED,
                                                    RAPPORT_QUESTION_CATEGORY_TRUST);
  g_autoptr(RapportQuestion) refl = make_question ("Reflect", RAPPORT_QUESTION_STAGE_CLOSING,
                                                   RAPPORT_QUESTION_CATEGORY_REFLECTION);
  g_autoptr(RapportQuestion) refl2 = make_question ("Reflect more", RAPPORT_QUESTION_STAGE_CLOSING,
                                                    RAPPORT_QUESTION_CATEGORY_REFLECTION);
  g_autoptr(RapportQuestionPicker) picker = NULL;
  g_autoptr(GListStore) pick = NULL;
  g_autoptr(GListStore) keep = g_list_store_new (RAPPORT_TYPE_QUESTION);
  g_autoptr(RapportQuestion) q0 = NULL;
  g_autoptr(RapportQuestion) q1 = NULL;
  g_autoptr(RapportQuestion) q2 = NULL;
  g_autoptr(GDateTime) asked = g_date_time_new_utc (2026, 3, 1, 10, 0, 0);

  g_list_store_append (bank, estab);
  g_list_store_append (bank, first);
  g_list_store_append (bank, early);
  g_list_store_append (bank, refl);
  g_list_store_append (bank, refl2);

  /* Early: the early question, then the first-meeting one (the neighbour);
   * never the established one. Fewer than asked for, no repeats. */
  picker = rapport_question_picker_new (G_LIST_MODEL (bank), RAPPORT_QUESTION_STAGE_EARLY, NULL, NULL);
  pick = rapport_question_picker_pick (picker, 1, 4, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pick)), ==, 3);
  q0 = g_list_model_get_item (G_LIST_MODEL (pick), 0);
  q1 = g_list_model_get_item (G_LIST_MODEL (pick), 1);
  q2 = g_list_model_get_item (G_LIST_MODEL (pick), 2);
  g_assert_true (q0 == early);
  g_assert_true (q1 == first);
  g_assert_cmpint (rapport_question_get_category (q2), ==, RAPPORT_QUESTION_CATEGORY_REFLECTION);
  g_clear_object (&pick);

  /* A question already marked for the meeting stays, first, even though it
   * now counts as recent; and it fills the end-of-session slot. */
  g_object_set (refl2, "last-asked-at", asked, NULL);
  g_assert_false (rapport_question_picker_is_eligible (picker, refl2));
  g_list_store_append (keep, refl2);
  pick = rapport_question_picker_pick (picker, 1, 4, G_LIST_MODEL (keep));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pick)), ==, 3);
  g_clear_object (&q0);
  q0 = g_list_model_get_item (G_LIST_MODEL (pick), 0);
  g_assert_true (q0 == refl2);
  for (guint i = 1; i < 3; i++)
    {
      g_autoptr(RapportQuestion) q = g_list_model_get_item (G_LIST_MODEL (pick), i);
      g_assert_cmpint (rapport_question_get_category (q), !=, RAPPORT_QUESTION_CATEGORY_REFLECTION);
    }
}

/* The bank: the mentor's own prompts */

static void
test_bank_crud (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportQuestion) q = make_question ("  ", RAPPORT_QUESTION_STAGE_EARLY,
                                                RAPPORT_QUESTION_CATEGORY_GOALS);
  g_autoptr(GListModel) bank = NULL;
  g_autoptr(RapportQuestion) builtin = NULL;
  g_autoptr(RapportQuestion) reread = NULL;
  const char *tags[] = { "career", "craft", NULL };
  guint n_before;

  bank = rapport_repository_list_questions (f->repo, 0, &error);
  n_before = g_list_model_get_n_items (bank);
  g_clear_object (&bank);

  /* Blank text is refused and nothing is saved. */
  g_assert_false (rapport_repository_save_question (f->repo, q, &error));
  g_assert_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_REQUIRED);
  g_clear_error (&error);
  g_assert_false (rapport_item_is_saved (RAPPORT_ITEM (q)));

  /* Add with tags. */
  rapport_question_set_text (q, "What would you try if you could not fail?");
  rapport_question_set_tags (q, tags);
  g_assert_true (rapport_repository_save_question (f->repo, q, &error));
  g_assert_no_error (error);
  g_assert_true (rapport_item_is_saved (RAPPORT_ITEM (q)));
  g_assert_nonnull (rapport_item_get_uuid (RAPPORT_ITEM (q)));

  bank = rapport_repository_list_questions (f->repo, 0, &error);
  g_assert_cmpuint (g_list_model_get_n_items (bank), ==, n_before + 1);
  reread = g_list_model_get_item (bank, n_before);
  g_assert_cmpint (rapport_item_get_id (RAPPORT_ITEM (reread)), ==, rapport_item_get_id (RAPPORT_ITEM (q)));
  g_assert_cmpstr (rapport_question_get_text (reread), ==, "What would you try if you could not fail?");
  g_assert_false (rapport_question_is_builtin (reread));
  g_assert_cmpint (rapport_question_get_stage (reread), ==, RAPPORT_QUESTION_STAGE_EARLY);
  g_assert_cmpstrv (rapport_question_get_tags (reread), tags);
  g_assert_false (rapport_question_get_hidden (reread));
  g_clear_object (&reread);

  /* Edit: text, stage, one tag less, hidden. */
  rapport_question_set_text (q, "What would you try first?");
  rapport_question_set_stage (q, RAPPORT_QUESTION_STAGE_ESTABLISHED);
  rapport_question_set_tags (q, (const char *[]) { "craft", NULL });
  rapport_question_set_hidden (q, TRUE);
  g_assert_true (rapport_repository_save_question (f->repo, q, &error));
  g_assert_no_error (error);
  g_clear_object (&bank);
  bank = rapport_repository_list_questions (f->repo, 0, &error);
  reread = g_list_model_get_item (bank, n_before);
  g_assert_cmpstr (rapport_question_get_text (reread), ==, "What would you try first?");
  g_assert_cmpint (rapport_question_get_stage (reread), ==, RAPPORT_QUESTION_STAGE_ESTABLISHED);
  g_assert_cmpstrv (rapport_question_get_tags (reread), ((const char *[]) { "craft", NULL }));
  g_assert_true (rapport_question_get_hidden (reread));
  g_clear_object (&reread);

  /* A built-in prompt can be hidden and tagged, not reworded. */
  builtin = find_by_key (bank, "early.energy");
  rapport_question_set_text (builtin, "Reworded");
  rapport_question_set_stage (builtin, RAPPORT_QUESTION_STAGE_CLOSING);
  rapport_question_set_hidden (builtin, TRUE);
  rapport_question_set_tags (builtin, tags);
  g_assert_true (rapport_repository_save_question (f->repo, builtin, &error));
  g_assert_no_error (error);
  g_clear_object (&bank);
  bank = rapport_repository_list_questions (f->repo, 0, &error);
  reread = find_by_key (bank, "early.energy");
  g_assert_cmpstr (rapport_question_get_text (reread), ==, rapport_question_bank_lookup ("early.energy"));
  g_assert_cmpint (rapport_question_get_stage (reread), ==, RAPPORT_QUESTION_STAGE_EARLY);
  g_assert_true (rapport_question_get_hidden (reread));
  g_assert_cmpstrv (rapport_question_get_tags (reread), tags);

  /* ... nor deleted; the mentor's own can be. */
  g_assert_false (rapport_repository_delete_question (f->repo, reread, &error));
  g_assert_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (rapport_repository_delete_question (f->repo, q, &error));
  g_assert_no_error (error);
  g_clear_object (&bank);
  bank = rapport_repository_list_questions (f->repo, 0, &error);
  g_assert_cmpuint (g_list_model_get_n_items (bank), ==, n_before);
  g_assert_false (contains_id (bank, rapport_item_get_id (RAPPORT_ITEM (q))));

  /* Undo brings the mentor's own back as it was; a built-in one was never
   * deleted. */
  g_assert_false (rapport_repository_restore_question (f->repo, reread, &error));
  g_assert_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (rapport_repository_restore_question (f->repo, q, &error));
  g_assert_no_error (error);
  g_assert_null (rapport_item_get_deleted_at (RAPPORT_ITEM (q)));
  g_clear_object (&bank);
  g_clear_object (&reread);
  bank = rapport_repository_list_questions (f->repo, 0, &error);
  g_assert_cmpuint (g_list_model_get_n_items (bank), ==, n_before + 1);
  reread = g_list_model_get_item (bank, n_before);
  g_assert_cmpint (rapport_item_get_id (RAPPORT_ITEM (reread)), ==, rapport_item_get_id (RAPPORT_ITEM (q)));
  g_assert_cmpstr (rapport_question_get_text (reread), ==, "What would you try first?");
  g_assert_true (rapport_question_get_hidden (reread));
}

static void
test_asked_on_session (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportMentee) m = add_mentee (f, "Asked", NULL);
  gint64 mid = rapport_item_get_id (RAPPORT_ITEM (m));
  g_autoptr(RapportSessionNote) s = add_held (f, m, 3);
  gint64 sid = rapport_item_get_id (RAPPORT_ITEM (s));
  g_autoptr(GListModel) bank = rapport_repository_list_questions (f->repo, mid, &error);
  g_autoptr(RapportQuestion) a = find_by_key (bank, "closing.memorable");
  g_autoptr(RapportQuestion) b = find_by_key (bank, "closing.rating");
  g_autoptr(GListModel) asked = NULL;
  g_autoptr(GListModel) again = NULL;
  g_autoptr(RapportQuestion) a2 = NULL;
  g_autoptr(RapportQuestion) first = NULL;

  g_assert_true (rapport_repository_set_question_asked (f->repo, a, s, TRUE, &error));
  g_assert_true (rapport_repository_set_question_asked (f->repo, b, s, TRUE, &error));
  /* Twice is once. */
  g_assert_true (rapport_repository_set_question_asked (f->repo, a, s, TRUE, &error));
  g_assert_no_error (error);

  asked = rapport_repository_list_questions_asked (f->repo, sid, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (asked), ==, 2);
  first = g_list_model_get_item (asked, 0);
  g_assert_cmpstr (rapport_question_get_text (first), ==, rapport_question_bank_lookup ("closing.rating"));

  /* The ask counts at the meeting's start. */
  again = rapport_repository_list_questions (f->repo, mid, &error);
  a2 = find_by_key (again, "closing.memorable");
  g_assert_true (g_date_time_equal (rapport_question_get_last_asked_at (a2),
                                    rapport_session_note_get_starts_at (s)));

  /* Unmarking removes it. */
  g_assert_true (rapport_repository_set_question_asked (f->repo, b, s, FALSE, &error));
  g_clear_object (&asked);
  asked = rapport_repository_list_questions_asked (f->repo, sid, &error);
  g_assert_cmpuint (g_list_model_get_n_items (asked), ==, 1);
}

/* Migrating a version 2 notebook keeps the bank and what was asked. */

static void
test_migrate_from_v2 (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "rapport", NULL);
  g_autofree char *path = g_build_filename (dir, "rapport.db", NULL);
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "data", "notebook-v2.sql", NULL);
  g_autofree char *sql = NULL;
  g_autoptr(RapportRepository) repo = NULL;
  g_autoptr(GListModel) bank = NULL;
  g_autoptr(GListModel) asked = NULL;
  g_autoptr(RapportQuestion) custom = NULL;
  g_autoptr(RapportQuestion) builtin = NULL;
  g_autoptr(GListModel) goals = NULL;
  g_autoptr(RapportGoal) goal = NULL;
  sqlite3 *raw;
  sqlite3_stmt *stmt;
  char *msg = NULL;

  g_assert_true (g_file_get_contents (fixture, &sql, NULL, NULL));
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
  if (sqlite3_exec (raw, sql, NULL, NULL, &msg) != SQLITE_OK)
    g_error ("%s", msg);
  sqlite3_close (raw);

  repo = rapport_repository_new (dir, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rapport_database_get_schema_version (rapport_repository_get_database (repo)), ==, RAPPORT_DATABASE_SCHEMA_VERSION);

  bank = rapport_repository_list_questions (repo, 1, &error);
  g_assert_no_error (error);
  builtin = find_by_key (bank, "first.what-brings-you");
  g_assert_nonnull (builtin);
  g_assert_false (rapport_question_get_hidden (builtin));
  g_assert_null (rapport_question_get_tags (builtin));
  g_assert_nonnull (rapport_question_get_last_asked_at (builtin));
  for (guint i = 0; i < g_list_model_get_n_items (bank); i++)
    {
      g_autoptr(RapportQuestion) q = g_list_model_get_item (bank, i);
      if (rapport_item_get_id (RAPPORT_ITEM (q)) == 2)
        custom = g_steal_pointer (&q);
    }
  g_assert_nonnull (custom);
  g_assert_cmpstr (rapport_question_get_text (custom), ==, "What would you try if you could not fail?");
  g_assert_cmpint (rapport_question_get_mentee_id (custom), ==, 0);

  asked = rapport_repository_list_questions_asked (repo, 1, &error);
  g_assert_cmpuint (g_list_model_get_n_items (asked), ==, 1);

  /* The new progress history records from now on. */
  goals = rapport_repository_list_goals (repo, 1);
  goal = g_list_model_get_item (goals, 0);
  rapport_goal_set_progress (goal, 30);
  g_assert_true (rapport_repository_save (repo, RAPPORT_ITEM (goal), &error));
  g_assert_no_error (error);
  g_clear_object (&repo);

  g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (raw, "SELECT old_progress, new_progress FROM goal_progress_changes WHERE goal_id = 1",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 10);
  g_assert_cmpint (sqlite3_column_int (stmt, 1), ==, 30);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  sqlite3_close (raw);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  rapport_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/rapport/question-picker/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/rapport/question-picker/stage", test_stage);
  g_test_add_func ("/rapport/question-picker/builtin-bank", test_builtin_bank);
  ADD ("pick/first-meeting", test_pick_first_meeting);
  ADD ("pick/no-recent-repeats", test_pick_no_recent_repeats);
  ADD ("pick/custom-hidden-tagged", test_pick_custom_hidden_tagged);
  g_test_add_func ("/rapport/question-picker/swap", test_swap);
  g_test_add_func ("/rapport/question-picker/fallback-and-keep", test_fallback_and_keep);
  ADD ("bank/crud", test_bank_crud);
  ADD ("bank/asked-on-session", test_asked_on_session);
  g_test_add_func ("/rapport/question-picker/migrate-from-v2", test_migrate_from_v2);

  return g_test_run ();
}
