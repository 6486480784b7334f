/* test-repository.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rapport-database-private.h"
#include "rapport-repository.h"
#include "rapport-rhythm.h"
#include "rapport-status-change.h"
#include "rapport-test-utils.h"

/* A fixed "now": Wednesday 2026-03-18 10:00 in UTC (the tests' local zone is
 * set to UTC in main so dates are predictable). */
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
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();

  f->dir = g_build_filename (g_get_user_data_dir (), "rapport", NULL);
  f->repo = rapport_repository_new (f->dir, &error);
  g_assert_no_error (error);
  f->now = g_date_time_new (tz, 2026, 3, 18, 10, 0, 0);
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
             GDateTime            *starts_at,
             RapportSessionStatus  status,
             const char           *notes)
{
  g_autoptr(GError) error = NULL;
  RapportSessionNote *s = rapport_session_note_new ();

  rapport_session_note_set_mentee_id (s, rapport_item_get_id (RAPPORT_ITEM (m)));
  rapport_session_note_set_starts_at (s, starts_at);
  rapport_session_note_set_status (s, status);
  rapport_session_note_set_notes (s, notes);
  g_assert_true (rapport_repository_save (f->repo, RAPPORT_ITEM (s), &error));
  g_assert_no_error (error);
  return s;
}

static RapportCommitment *
add_commitment (Fixture                *f,
                RapportMentee          *m,
                RapportCommitmentOwner  owner,
                const char             *title,
                const char             *due_date,
                const char             *due_time)
{
  g_autoptr(GError) error = NULL;
  RapportCommitment *c = rapport_commitment_new ();

  rapport_commitment_set_mentee_id (c, rapport_item_get_id (RAPPORT_ITEM (m)));
  rapport_commitment_set_owner (c, owner);
  rapport_commitment_set_title (c, title);
  rapport_commitment_set_due_date (c, due_date);
  rapport_commitment_set_due_time (c, due_time);
  g_assert_true (rapport_repository_save (f->repo, RAPPORT_ITEM (c), &error));
  g_assert_no_error (error);
  return c;
}

static guint
search_count (Fixture    *f,
              const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) results = rapport_repository_search (f->repo, text, 50, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (results);
}

/* Counting items-changed */

typedef struct
{
  guint emissions;
  guint last_position, last_removed, last_added;
} Counter;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Counter    *c)
{
  c->emissions++;
  c->last_position = position;
  c->last_removed = removed;
  c->last_added = added;
}

static void
count_cb (guint *counter)
{
  (*counter)++;
}

/* Tests */

static void
test_create_and_list (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(RapportMentee) m = add_mentee (f, "Zoe");
  g_autoptr(RapportMentee) a = add_mentee (f, "adam");
  GListModel *mentees = rapport_repository_get_mentees (f->repo);
  g_autoptr(RapportMentee) first = NULL;

  g_assert_cmpint (rapport_item_get_id (RAPPORT_ITEM (m)), >, 0);
  g_assert_nonnull (rapport_item_get_uuid (RAPPORT_ITEM (m)));
  g_assert_cmpint (strlen (rapport_item_get_uuid (RAPPORT_ITEM (m))), ==, 36);
  g_assert_nonnull (rapport_item_get_created_at (RAPPORT_ITEM (m)));

  g_assert_cmpuint (g_list_model_get_n_items (mentees), ==, 2);
  first = g_list_model_get_item (mentees, 0);
  g_assert_cmpstr (rapport_mentee_get_name (first), ==, "adam");
  g_assert_true (rapport_repository_find_mentee (f->repo, rapport_item_get_id (RAPPORT_ITEM (m))) != NULL);

  /* Update. */
  {
    g_autoptr(GError) error = NULL;
    rapport_mentee_set_role (m, "Designer");
    g_assert_true (rapport_repository_save (f->repo, RAPPORT_ITEM (m), &error));
    g_assert_no_error (error);
    g_assert_cmpstr (rapport_mentee_get_role (rapport_repository_find_mentee (f->repo,
                       rapport_item_get_id (RAPPORT_ITEM (m)))), ==, "Designer");
  }
}

static void
test_validation (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportMentee) m = rapport_mentee_new ();
  g_autoptr(RapportMentee) ok = add_mentee (f, "Valid");
  g_autoptr(RapportSessionNote) s = rapport_session_note_new ();
  g_autoptr(RapportCommitment) c = rapport_commitment_new ();
  g_autoptr(RapportGoal) goal = rapport_goal_new ();
  g_autofree char *long_name = g_strnfill (RAPPORT_SHORT_TEXT_MAX_CHARS + 1, 'a');
  g_autofree char *huge = g_strnfill (RAPPORT_LONG_TEXT_MAX_BYTES + 1, 'x');
  gint64 id = rapport_item_get_id (RAPPORT_ITEM (ok));

  /* Blank and missing names. */
  g_assert_false (rapport_repository_save (f->repo, RAPPORT_ITEM (m), &error));
  g_assert_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_REQUIRED);
  g_clear_error (&error);
  rapport_mentee_set_name (m, "  \t ");
  g_assert_false (rapport_repository_save (f->repo, RAPPORT_ITEM (m), &error));
  g_assert_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_REQUIRED);
  g_assert_nonnull (strstr (error->message, "name"));
  g_clear_error (&error);

  /* Invalid UTF-8. */
  rapport_mentee_set_name (m, "Bad \xff\xfe name");
  g_assert_false (rapport_repository_save (f->repo, RAPPORT_ITEM (m), &error));
  g_assert_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_INVALID_UTF8);
  g_clear_error (&error);

  /* Too long. */
  rapport_mentee_set_name (m, long_name);
  g_assert_false (rapport_repository_save (f->repo, RAPPORT_ITEM (m), &error));
  g_assert_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_TOO_LONG);
  g_clear_error (&error);

  /* Impossible dates. */
  rapport_mentee_set_name (m, "Dates");
  rapport_mentee_set_started_on (m, "2026-02-30");
  g_assert_false (rapport_repository_save (f->repo, RAPPORT_ITEM (m), &error));
  g_assert_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_INVALID_DATE);
  g_clear_error (&error);
  rapport_mentee_set_started_on (m, "2026-3-1");
  g_assert_false (rapport_repository_save (f->repo, RAPPORT_ITEM (m), &error));
  g_assert_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_INVALID_DATE);
  g_clear_error (&error);
  rapport_mentee_set_started_on (m, "2024-02-29");

  /* Thresholds. */
  rapport_mentee_set_cadence_days (m, 30);
  rapport_mentee_set_max_gap_days (m, 10);
  g_assert_false (rapport_repository_save (f->repo, RAPPORT_ITEM (m), &error));
  g_assert_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_INVALID_INTERVAL);
  g_clear_error (&error);
  rapport_mentee_set_cadence_days (m, -1);
  g_assert_false (rapport_repository_save (f->repo, RAPPORT_ITEM (m), &error));
  g_assert_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_INVALID_INTERVAL);
  g_clear_error (&error);
  rapport_mentee_set_cadence_days (m, 14);
  rapport_mentee_set_max_gap_days (m, 28);

  /* Boundaries. */
  rapport_mentee_set_boundaries (m, "[{\"topic\": \"health\", \"level\": \"maybe\"}]");
  g_assert_false (rapport_repository_save (f->repo, RAPPORT_ITEM (m), &error));
  g_assert_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_INVALID_BOUNDARIES);
  g_clear_error (&error);
  rapport_mentee_set_boundaries (m, "{not json");
  g_assert_false (rapport_repository_save (f->repo, RAPPORT_ITEM (m), &error));
  g_assert_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_INVALID_BOUNDARIES);
  g_clear_error (&error);
  {
    g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify)rapport_boundary_free);
    g_autoptr(GPtrArray) back = NULL;

    g_ptr_array_add (list, rapport_boundary_new ("health", RAPPORT_BOUNDARY_LEVEL_OFF_LIMITS));
    rapport_mentee_set_boundary_list (m, list);
    g_assert_true (rapport_repository_save (f->repo, RAPPORT_ITEM (m), &error));
    g_assert_no_error (error);
    back = rapport_mentee_dup_boundaries (rapport_repository_find_mentee (f->repo, rapport_item_get_id (RAPPORT_ITEM (m))));
    g_assert_cmpuint (back->len, ==, 1);
    g_assert_cmpstr (((RapportBoundary *)back->pdata[0])->topic, ==, "health");
  }

  /* Sessions: a mentee, a start, a rating 1–5, a sane duration and size. */
  g_assert_false (rapport_repository_save (f->repo, RAPPORT_ITEM (s), &error));
  g_assert_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_NOT_FOUND);
  g_clear_error (&error);
  rapport_session_note_set_mentee_id (s, id);
  g_assert_false (rapport_repository_save (f->repo, RAPPORT_ITEM (s), &error));
  g_assert_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_REQUIRED);
  g_clear_error (&error);
  rapport_session_note_set_starts_at (s, f->now);
  rapport_session_note_set_rating (s, 6);
  g_assert_false (rapport_repository_save (f->repo, RAPPORT_ITEM (s), &error));
  g_assert_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_INVALID_RATING);
  g_clear_error (&error);
  rapport_session_note_set_rating (s, -1);
  g_assert_false (rapport_repository_save (f->repo, RAPPORT_ITEM (s), &error));
  g_assert_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_INVALID_RATING);
  g_clear_error (&error);
  rapport_session_note_set_rating (s, 5);
  rapport_session_note_set_duration_minutes (s, 2000);
  g_assert_false (rapport_repository_save (f->repo, RAPPORT_ITEM (s), &error));
  g_assert_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_INVALID_DURATION);
  g_clear_error (&error);
  rapport_session_note_set_duration_minutes (s, 50);
  rapport_session_note_set_notes (s, huge);
  g_assert_false (rapport_repository_save (f->repo, RAPPORT_ITEM (s), &error));
  g_assert_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_TOO_LONG);
  g_assert_nonnull (strstr (error->message, "4 MiB"));
  g_clear_error (&error);
  g_assert_false (rapport_item_is_saved (RAPPORT_ITEM (s)));

  /* Commitments: a title, real dates and times, no time without a date. */
  rapport_commitment_set_mentee_id (c, id);
  g_assert_false (rapport_repository_save (f->repo, RAPPORT_ITEM (c), &error));
  g_assert_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_REQUIRED);
  g_clear_error (&error);
  rapport_commitment_set_title (c, "Send the article");
  rapport_commitment_set_due_time (c, "10:00");
  g_assert_false (rapport_repository_save (f->repo, RAPPORT_ITEM (c), &error));
  g_assert_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_INVALID_TIME);
  g_clear_error (&error);
  rapport_commitment_set_due_date (c, "2026-13-01");
  g_assert_false (rapport_repository_save (f->repo, RAPPORT_ITEM (c), &error));
  g_assert_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_INVALID_DATE);
  g_clear_error (&error);
  rapport_commitment_set_due_date (c, "2026-03-20");
  rapport_commitment_set_due_time (c, "24:10");
  g_assert_false (rapport_repository_save (f->repo, RAPPORT_ITEM (c), &error));
  g_assert_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_INVALID_TIME);
  g_clear_error (&error);

  /* Goals: progress 0–100. */
  rapport_goal_set_mentee_id (goal, id);
  rapport_goal_set_title (goal, "Give a talk");
  rapport_goal_set_progress (goal, 101);
  g_assert_false (rapport_repository_save (f->repo, RAPPORT_ITEM (goal), &error));
  g_assert_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_INVALID_PROGRESS);
  g_clear_error (&error);
  rapport_goal_set_progress (goal, 40);
  g_assert_true (rapport_repository_save (f->repo, RAPPORT_ITEM (goal), &error));
  g_assert_no_error (error);
  /* Six months from creation by default. */
  g_assert_cmpstr (rapport_goal_get_target_date (goal), ==, "2026-09-18");
}

/* Every rule of a mentee, all at once and each naming its fields, so a
 * form can show each problem where it is; saving refuses with the same
 * words and fields. */
static void
test_validation_fields (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(RapportMentee) m = rapport_mentee_new ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *fields;

  rapport_mentee_set_name (m, "  ");
  rapport_mentee_set_cadence_days (m, 40);
  rapport_mentee_set_max_gap_days (m, 30);
  rapport_mentee_set_started_on (m, "2026-02-30");

  problems = rapport_validate_mentee_all (m);
  g_assert_cmpuint (problems->len, ==, 3);

  fields = rapport_model_error_get_fields (g_ptr_array_index (problems, 0));
  g_assert_cmpstr (fields[0], ==, "name");
  g_assert_null (fields[1]);
  g_assert_cmpstr (((GError *) g_ptr_array_index (problems, 0))->message, ==, "The name cannot be empty.");

  fields = rapport_model_error_get_fields (g_ptr_array_index (problems, 1));
  g_assert_cmpstr (fields[0], ==, "started-on");

  /* The rhythm rule names both days, the longest gap first. */
  g_assert_error ((GError *) g_ptr_array_index (problems, 2), RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_INVALID_INTERVAL);
  fields = rapport_model_error_get_fields (g_ptr_array_index (problems, 2));
  g_assert_cmpstr (fields[0], ==, "max-gap-days");
  g_assert_cmpstr (fields[1], ==, "cadence-days");
  g_assert_null (fields[2]);
  g_assert_cmpstr (((GError *) g_ptr_array_index (problems, 2))->message, ==,
                   "The longest gap (30 days) cannot be shorter than the time between check-ins (40 days).");

  /* Saving stops at the first, with its fields, and writes nothing. */
  g_assert_false (rapport_repository_save (f->repo, RAPPORT_ITEM (m), &error));
  g_assert_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_REQUIRED);
  g_assert_true (g_strv_contains (rapport_model_error_get_fields (error), "name"));
  g_assert_false (rapport_item_is_saved (RAPPORT_ITEM (m)));
  g_clear_error (&error);

  /* A copied error keeps its fields; one of another domain has none. */
  {
    g_autoptr(GError) copy = g_error_copy (g_ptr_array_index (problems, 2));
    g_autoptr(GError) other = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, "disk");

    g_assert_cmpstr (rapport_model_error_get_fields (copy)[1], ==, "cadence-days");
    g_assert_null (rapport_model_error_get_fields (other));
  }

  /* Fixed, nothing is left. */
  rapport_mentee_set_name (m, "Robin");
  rapport_mentee_set_started_on (m, "2026-02-28");
  rapport_mentee_set_max_gap_days (m, 45);
  g_clear_pointer (&problems, g_ptr_array_unref);
  problems = rapport_validate_mentee_all (m);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_true (rapport_repository_save (f->repo, RAPPORT_ITEM (m), &error));
  g_assert_no_error (error);
}

static void
test_big_note (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportMentee) m = add_mentee (f, "Writer");
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(RapportSessionNote) s = NULL;
  g_autoptr(GListModel) sessions = NULL;
  g_autoptr(RapportSessionNote) back = NULL;

  while (text->len < 1024 * 1024)
    g_string_append (text, "Ünïcode notes about growth and feedback. ");
  g_string_append (text, "needleword");

  s = add_session (f, m, f->now, RAPPORT_SESSION_STATUS_HELD, text->str);
  sessions = rapport_repository_list_sessions (f->repo, rapport_item_get_id (RAPPORT_ITEM (m)));
  back = g_list_model_get_item (sessions, 0);
  g_assert_cmpstr (rapport_session_note_get_notes (back), ==, text->str);
  g_assert_cmpuint (search_count (f, "needleword"), ==, 1);
}

/* The one result for @text, which must be the only one. */
static RapportSearchResult *
search_one (Fixture    *f,
            const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) results = rapport_repository_search (f->repo, text, 50, &error);

  g_assert_no_error (error);
  if (g_list_model_get_n_items (results) != 1)
    g_error ("“%s” found %u results, not one", text, g_list_model_get_n_items (results));
  return g_list_model_get_item (results, 0);
}

static void
save_item (Fixture  *f,
           gpointer  item)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (rapport_repository_save (f->repo, item, &error));
  g_assert_no_error (error);
}

/* Every text the mentor writes is found, and each result says whose it is
 * and what it is. */
static void
test_search_everything (Fixture       *f,
                        gconstpointer  data)
{
  static const char * const profile_words[] = {
    "xe/xem", "Cartographer", "Globex", "signal-handle", "hackathon", "Matrix", "directness",
    "sarcasm", "relocation", "mountaineering", "Wants a team of her own",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportMentee) m = add_mentee (f, "Noor Haddad");
  g_autoptr(RapportMentee) other = add_mentee (f, "Kim Park");
  g_autoptr(RapportGoal) goal = rapport_goal_new ();
  g_autoptr(RapportCommitment) c = NULL;
  g_autoptr(RapportSessionNote) s = NULL;
  g_autoptr(GPtrArray) boundaries = g_ptr_array_new_with_free_func ((GDestroyNotify)rapport_boundary_free);
  gint64 id = rapport_item_get_id (RAPPORT_ITEM (m));

  rapport_mentee_set_pronouns (m, "xe/xem");
  rapport_mentee_set_role (m, "Cartographer");
  rapport_mentee_set_organization (m, "Globex");
  rapport_mentee_set_contact (m, "signal-handle");
  rapport_mentee_set_how_we_met (m, "At a hackathon");
  rapport_mentee_set_preferred_channel (m, "Matrix");
  rapport_mentee_set_feedback_preferences (m, "Values directness");
  rapport_mentee_set_feedback_sensitivities (m, "Dislikes sarcasm");
  g_ptr_array_add (boundaries, rapport_boundary_new ("relocation", RAPPORT_BOUNDARY_LEVEL_OFF_LIMITS));
  rapport_mentee_set_boundary_list (m, boundaries);
  rapport_mentee_set_tags (m, (const char * const[]) { "mountaineering", NULL });
  rapport_mentee_set_about (m, "Wants a team of her own");
  save_item (f, m);

  rapport_goal_set_mentee_id (goal, id);
  rapport_goal_set_title (goal, "Publish the atlas");
  rapport_goal_set_details (goal, "Success: the printer has the proofs");
  save_item (f, goal);

  c = add_commitment (f, m, RAPPORT_COMMITMENT_OWNER_MENTOR, "Send the compass article", NULL, NULL);
  s = add_session (f, m, f->now, RAPPORT_SESSION_STATUS_HELD, "We talked about theodolites");

  /* The profile: every field, as "the profile" of the mentee. */
  for (guint i = 0; i < G_N_ELEMENTS (profile_words); i++)
    {
      g_autoptr(RapportSearchResult) r = search_one (f, profile_words[i]);

      g_assert_cmpint (rapport_search_result_get_kind (r), ==, RAPPORT_SEARCH_KIND_MENTEE);
      g_assert_cmpint (rapport_search_result_get_mentee_id (r), ==, id);
      g_assert_cmpstr (rapport_search_result_get_mentee_name (r), ==, "Noor Haddad");
    }

  /* A boundary is found by its topic, not by the words of its JSON. */
  g_assert_cmpuint (search_count (f, "topic"), ==, 0);
  g_assert_cmpuint (search_count (f, "level"), ==, 0);
  g_assert_cmpuint (search_count (f, "limits"), ==, 0);

  /* Goals, by title and details. */
  {
    g_autoptr(RapportSearchResult) r = search_one (f, "atlas");
    g_autoptr(RapportSearchResult) d = search_one (f, "proofs");

    g_assert_cmpint (rapport_search_result_get_kind (r), ==, RAPPORT_SEARCH_KIND_GOAL);
    g_assert_cmpint (rapport_search_result_get_item_id (r), ==, rapport_item_get_id (RAPPORT_ITEM (goal)));
    g_assert_cmpint (rapport_search_result_get_mentee_id (r), ==, id);
    g_assert_cmpstr (rapport_search_result_get_mentee_name (r), ==, "Noor Haddad");
    g_assert_cmpstr (rapport_search_result_get_title (r), ==, "Publish the atlas");
    g_assert_nonnull (strstr (rapport_search_result_get_snippet_markup (r), "<b>atlas</b>"));
    g_assert_cmpint (rapport_search_result_get_kind (d), ==, RAPPORT_SEARCH_KIND_GOAL);
  }

  /* Promises name their mentee and their title. */
  {
    g_autoptr(RapportSearchResult) r = search_one (f, "compass");

    g_assert_cmpint (rapport_search_result_get_kind (r), ==, RAPPORT_SEARCH_KIND_COMMITMENT);
    g_assert_cmpstr (rapport_search_result_get_mentee_name (r), ==, "Noor Haddad");
    g_assert_cmpstr (rapport_search_result_get_title (r), ==, "Send the compass article");
  }

  /* Each says what it is, beside the mentee's name. */
  {
    static const struct {
      const char *text;
      const char *description;
    } described[] = {
      { "compass", "Promise · \u2068Send the compass article\u2069" },
      { "atlas", "Goal · \u2068Publish the atlas\u2069" },
      { "Globex", "Profile" },
      { "theodolites", "Meeting · Today 10:00" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (described); i++)
      {
        g_autoptr(RapportSearchResult) r = search_one (f, described[i].text);
        g_autofree char *description = rapport_search_result_dup_description (r, f->now);

        g_assert_cmpstr (description, ==, described[i].description);
      }
  }

  /* Edits leave no ghosts: the old words go, the new ones are found. */
  rapport_mentee_set_organization (m, "Initech");
  g_ptr_array_set_size (boundaries, 0);
  g_ptr_array_add (boundaries, rapport_boundary_new ("salary", RAPPORT_BOUNDARY_LEVEL_ASK_FIRST));
  rapport_mentee_set_boundary_list (m, boundaries);
  save_item (f, m);
  rapport_goal_set_title (goal, "Publish the gazetteer");
  save_item (f, goal);
  g_assert_cmpuint (search_count (f, "Globex"), ==, 0);
  g_assert_cmpuint (search_count (f, "relocation"), ==, 0);
  g_assert_cmpuint (search_count (f, "atlas"), ==, 0);
  g_object_unref (search_one (f, "Initech"));
  g_object_unref (search_one (f, "salary"));
  g_object_unref (search_one (f, "gazetteer"));

  /* The trash never shows: a goal in it, then the whole mentee. */
  g_assert_true (rapport_repository_trash (f->repo, RAPPORT_ITEM (goal), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (search_count (f, "gazetteer"), ==, 0);
  g_assert_true (rapport_repository_restore (f->repo, RAPPORT_ITEM (goal), &error));
  g_object_unref (search_one (f, "gazetteer"));
  g_assert_true (rapport_repository_trash (f->repo, RAPPORT_ITEM (m), &error));
  g_assert_cmpuint (search_count (f, "gazetteer"), ==, 0);
  g_assert_cmpuint (search_count (f, "Initech"), ==, 0);
  g_assert_cmpuint (search_count (f, "compass"), ==, 0);
  g_assert_cmpuint (search_count (f, "theodolites"), ==, 0);

  /* Deleted for good: the index holds nothing of them. */
  g_assert_true (rapport_repository_empty_trash (f->repo, &error));
  g_assert_no_error (error);
  rapport_mentee_set_about (other, "Kim likes maps");
  save_item (f, other);
  g_assert_cmpuint (search_count (f, "gazetteer"), ==, 0);
  g_assert_cmpuint (search_count (f, "salary"), ==, 0);
  g_object_unref (search_one (f, "maps"));
  g_assert_true (rapport_database_integrity_check (rapport_repository_get_database (f->repo), TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (_rapport_database_exec (rapport_repository_get_database (f->repo),
                                         "INSERT INTO mentees_fts (mentees_fts) VALUES ('integrity-check');"
                                         "INSERT INTO goals_fts (goals_fts) VALUES ('integrity-check');",
                                         &error));
  g_assert_no_error (error);
}

static void
test_search_no_ghosts (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportMentee) m = add_mentee (f, "Searcher");
  g_autoptr(RapportSessionNote) s = add_session (f, m, f->now, RAPPORT_SESSION_STATUS_HELD,
                                                 "We discussed the platypus migration");
  g_autoptr(RapportCommitment) c = add_commitment (f, m, RAPPORT_COMMITMENT_OWNER_MENTOR,
                                                   "Send the walrus paper", NULL, NULL);
  g_autoptr(GListModel) results = NULL;
  g_autoptr(RapportSearchResult) r = NULL;

  g_assert_cmpuint (search_count (f, "platypus"), ==, 1);
  g_assert_cmpuint (search_count (f, "PLATYPUS"), ==, 1);
  g_assert_cmpuint (search_count (f, "platy"), ==, 1);  /* prefix while typing */
  g_assert_cmpuint (search_count (f, "walrus"), ==, 1);
  g_assert_cmpuint (search_count (f, "searcher"), ==, 1);

  results = rapport_repository_search (f->repo, "platypus", 10, &error);
  r = g_list_model_get_item (results, 0);
  g_assert_cmpint (rapport_search_result_get_kind (r), ==, RAPPORT_SEARCH_KIND_SESSION);
  g_assert_cmpint (rapport_search_result_get_item_id (r), ==, rapport_item_get_id (RAPPORT_ITEM (s)));
  g_assert_cmpstr (rapport_search_result_get_mentee_name (r), ==, "Searcher");
  g_assert_nonnull (strstr (rapport_search_result_get_snippet_markup (r), "<b>platypus</b>"));
  g_assert_null (strchr (rapport_search_result_get_snippet (r), '\002'));

  /* Update: the old word is gone, the new one found. */
  rapport_session_note_set_notes (s, "Now about the kangaroo plan");
  g_assert_true (rapport_repository_save (f->repo, RAPPORT_ITEM (s), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (search_count (f, "platypus"), ==, 0);
  g_assert_cmpuint (search_count (f, "kangaroo"), ==, 1);

  rapport_commitment_set_title (c, "Send the otter paper");
  g_assert_true (rapport_repository_save (f->repo, RAPPORT_ITEM (c), &error));
  g_assert_cmpuint (search_count (f, "walrus"), ==, 0);
  g_assert_cmpuint (search_count (f, "otter"), ==, 1);

  /* Trash hides; restore brings back; emptying the trash deletes for good
   * (and the FTS delete trigger leaves no ghost behind). */
  g_assert_true (rapport_repository_trash (f->repo, RAPPORT_ITEM (s), &error));
  g_assert_cmpuint (search_count (f, "kangaroo"), ==, 0);
  g_assert_true (rapport_repository_restore (f->repo, RAPPORT_ITEM (s), &error));
  g_assert_cmpuint (search_count (f, "kangaroo"), ==, 1);
  g_assert_true (rapport_repository_trash (f->repo, RAPPORT_ITEM (s), &error));
  g_assert_true (rapport_repository_trash (f->repo, RAPPORT_ITEM (m), &error));
  g_assert_cmpuint (search_count (f, "otter"), ==, 0);
  g_assert_cmpuint (search_count (f, "searcher"), ==, 0);
  g_assert_true (rapport_repository_empty_trash (f->repo, &error));
  g_assert_no_error (error);

  /* A new row reusing the rowid must not inherit old terms. */
  {
    g_autoptr(RapportMentee) m2 = add_mentee (f, "Second");
    g_autoptr(RapportSessionNote) s2 = add_session (f, m2, f->now, RAPPORT_SESSION_STATUS_HELD,
                                                    "fresh words only");
    g_assert_cmpuint (search_count (f, "kangaroo"), ==, 0);
    g_assert_cmpuint (search_count (f, "otter"), ==, 0);
    g_assert_cmpuint (search_count (f, "fresh"), ==, 1);
  }

  g_assert_true (rapport_database_integrity_check (rapport_repository_get_database (f->repo), TRUE, &error));
  g_assert_no_error (error);
}

static void
test_search_hostile_input (Fixture       *f,
                           gconstpointer  data)
{
  const char *inputs[] = {
    "\"", "\"\"", "AND", "OR NOT", "a AND", "(", ")", "*", "NEAR(a b)", "col:word",
    "\"unbalanced", "-minus", "^caret", "' ; DROP TABLE sessions; --", "", "   ",
    "\xff\xfe", "{notes}: x",
  };
  g_autoptr(RapportMentee) m = add_mentee (f, "Hostile");
  g_autoptr(RapportSessionNote) s = add_session (f, m, f->now, RAPPORT_SESSION_STATUS_HELD,
                                                 "the word AND appears; also \"quoted\" text");

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) r = rapport_repository_search (f->repo, inputs[i], 10, &error);

      g_assert_no_error (error);
      g_assert_nonnull (r);
    }

  g_assert_cmpuint (search_count (f, "AND"), ==, 1);
  g_assert_cmpuint (search_count (f, "\"quoted\""), ==, 1);
  g_assert_cmpuint (search_count (f, "word AND"), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (rapport_repository_get_mentees (f->repo)), ==, 1);
}

static void
test_trash_restore (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportMentee) m = add_mentee (f, "Trashy");
  g_autoptr(RapportCommitment) c = add_commitment (f, m, RAPPORT_COMMITMENT_OWNER_MENTOR,
                                                   "Promise", "2026-03-01", NULL);
  GListModel *mentees = rapport_repository_get_mentees (f->repo);
  g_autoptr(GListModel) commitments = rapport_repository_list_commitments (f->repo,
                                        rapport_item_get_id (RAPPORT_ITEM (m)));

  g_assert_cmpuint (g_list_model_get_n_items (commitments), ==, 1);
  g_assert_true (rapport_repository_trash (f->repo, RAPPORT_ITEM (c), &error));
  g_assert_no_error (error);
  g_assert_nonnull (rapport_item_get_deleted_at (RAPPORT_ITEM (c)));
  g_assert_cmpuint (g_list_model_get_n_items (commitments), ==, 0);
  g_assert_cmpint (rapport_mentee_get_open_promises (rapport_repository_find_mentee (f->repo, rapport_item_get_id (RAPPORT_ITEM (m)))), ==, 0);

  g_assert_true (rapport_repository_restore (f->repo, RAPPORT_ITEM (c), &error));
  g_assert_null (rapport_item_get_deleted_at (RAPPORT_ITEM (c)));
  g_assert_cmpuint (g_list_model_get_n_items (commitments), ==, 1);

  g_assert_true (rapport_repository_trash (f->repo, RAPPORT_ITEM (m), &error));
  g_assert_cmpuint (g_list_model_get_n_items (mentees), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (rapport_repository_get_agenda (f->repo)), ==, 0);
  g_assert_true (rapport_repository_restore (f->repo, RAPPORT_ITEM (m), &error));
  g_assert_cmpuint (g_list_model_get_n_items (mentees), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (rapport_repository_get_agenda (f->repo)), ==, 1);

  /* Archiving keeps everything but leaves the agenda. */
  g_assert_true (rapport_repository_archive_mentee (f->repo, m, &error));
  g_assert_cmpuint (g_list_model_get_n_items (mentees), ==, 1);
  g_assert_cmpint (rapport_mentee_get_status (m), ==, RAPPORT_MENTEE_STATUS_ARCHIVED);
  g_assert_cmpuint (g_list_model_get_n_items (rapport_repository_get_agenda (f->repo)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (commitments), ==, 1);
}

static void
test_one_items_changed_per_batch (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportMentee) m = add_mentee (f, "Batcher");
  GListModel *mentees = rapport_repository_get_mentees (f->repo);
  g_autoptr(GListModel) sessions = rapport_repository_list_sessions (f->repo, rapport_item_get_id (RAPPORT_ITEM (m)));
  g_autoptr(RapportMentee) kept = g_list_model_get_item (mentees, 0);
  Counter cm = { 0 }, cs = { 0 };
  guint changed = 0;

  g_signal_connect (mentees, "items-changed", G_CALLBACK (items_changed_cb), &cm);
  g_signal_connect (sessions, "items-changed", G_CALLBACK (items_changed_cb), &cs);
  g_signal_connect_swapped (f->repo, "changed", G_CALLBACK (count_cb), &changed);

  /* Five mentees and three sessions in one batch: one emission each. */
  g_assert_true (rapport_repository_begin_batch (f->repo, &error));
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *name = g_strdup_printf ("Batch %u", i);
      g_autoptr(RapportMentee) n = add_mentee (f, name);
    }
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(GDateTime) when = g_date_time_add_days (f->now, -(int)i);
      g_autoptr(RapportSessionNote) s = add_session (f, m, when, RAPPORT_SESSION_STATUS_HELD, "x");
    }
  g_assert_cmpuint (cm.emissions, ==, 0);
  g_assert_cmpuint (cs.emissions, ==, 0);
  g_assert_true (rapport_repository_end_batch (f->repo, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (cm.emissions, ==, 1);
  g_assert_cmpuint (cs.emissions, ==, 1);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (mentees), ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 3);
  /* "Batcher" is still the same object, updated in place. */
  g_assert_true (rapport_repository_find_mentee (f->repo, rapport_item_get_id (RAPPORT_ITEM (m))) == kept);
  g_assert_cmpint (rapport_mentee_get_days_since_last (kept), ==, 0);

  /* A change that keeps the order: properties notify, no items-changed. */
  cm.emissions = 0;
  rapport_mentee_set_about (m, "Changed");
  g_assert_true (rapport_repository_save (f->repo, RAPPORT_ITEM (m), &error));
  g_assert_cmpuint (cm.emissions, ==, 0);
  g_assert_cmpstr (rapport_mentee_get_about (kept), ==, "Changed");

  /* A cancelled batch changes nothing and emits nothing. */
  g_assert_true (rapport_repository_begin_batch (f->repo, &error));
  {
    g_autoptr(RapportMentee) n = add_mentee (f, "Never");
  }
  rapport_repository_cancel_batch (f->repo);
  g_assert_cmpuint (cm.emissions, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (mentees), ==, 6);
  g_assert_cmpuint (changed, ==, 2);
  g_signal_handlers_disconnect_by_func (f->repo, count_cb, &changed);
}

static void
test_summary_and_agenda (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportMentee) due = add_mentee (f, "Due Dee");
  g_autoptr(RapportMentee) late = add_mentee (f, "Late Lou");
  g_autoptr(RapportMentee) fine = add_mentee (f, "Fine Fay");
  g_autoptr(GDateTime) d15 = g_date_time_add_days (f->now, -15);
  g_autoptr(GDateTime) d40 = g_date_time_add_days (f->now, -40);
  g_autoptr(GDateTime) d2 = g_date_time_add_days (f->now, -2);
  g_autoptr(GDateTime) later_today = g_date_time_add_hours (f->now, 4);
  g_autoptr(GDateTime) in3days = g_date_time_add_days (f->now, 3);
  g_autoptr(GDateTime) in9days = g_date_time_add_days (f->now, 9);
  g_autoptr(RapportSessionNote) s1 = add_session (f, due, d15, RAPPORT_SESSION_STATUS_HELD, "a");
  g_autoptr(RapportSessionNote) s2 = add_session (f, late, d40, RAPPORT_SESSION_STATUS_HELD, "b");
  g_autoptr(RapportSessionNote) s3 = add_session (f, fine, d2, RAPPORT_SESSION_STATUS_HELD, "c");
  g_autoptr(RapportSessionNote) s4 = add_session (f, fine, later_today, RAPPORT_SESSION_STATUS_PLANNED, "d");
  g_autoptr(RapportSessionNote) s5 = add_session (f, due, in3days, RAPPORT_SESSION_STATUS_PLANNED, "e");
  g_autoptr(RapportSessionNote) s6 = add_session (f, late, in9days, RAPPORT_SESSION_STATUS_PLANNED, "f");
  g_autoptr(RapportSessionNote) s7 = add_session (f, late, d2, RAPPORT_SESSION_STATUS_CANCELLED_BY_ME, "g");
  g_autoptr(RapportCommitment) c1 = add_commitment (f, fine, RAPPORT_COMMITMENT_OWNER_MENTOR, "Overdue", "2026-03-10", NULL);
  g_autoptr(RapportCommitment) c2 = add_commitment (f, fine, RAPPORT_COMMITMENT_OWNER_MENTOR, "Timed past", "2026-03-18", "09:00");
  g_autoptr(RapportCommitment) c3 = add_commitment (f, fine, RAPPORT_COMMITMENT_OWNER_MENTOR, "Today later", "2026-03-18", "16:00");
  g_autoptr(RapportCommitment) c4 = add_commitment (f, fine, RAPPORT_COMMITMENT_OWNER_MENTOR, "Today", "2026-03-18", NULL);
  g_autoptr(RapportCommitment) c5 = add_commitment (f, fine, RAPPORT_COMMITMENT_OWNER_MENTOR, "Future", "2026-04-01", NULL);
  g_autoptr(RapportCommitment) c6 = add_commitment (f, due, RAPPORT_COMMITMENT_OWNER_MENTEE, "CV draft", "2026-03-17", NULL);
  g_autoptr(RapportCommitment) c7 = add_commitment (f, fine, RAPPORT_COMMITMENT_OWNER_MENTOR, "Done", "2026-03-01", NULL);
  RapportMentee *fine_m, *due_m, *late_m;
  GListModel *agenda = rapport_repository_get_agenda (f->repo);
  static const struct { RapportAgendaKind kind; const char *title; } expected[] = {
    { RAPPORT_AGENDA_KIND_MY_PROMISE_OVERDUE, "Overdue" },
    { RAPPORT_AGENDA_KIND_MY_PROMISE_OVERDUE, "Timed past" },
    { RAPPORT_AGENDA_KIND_MY_PROMISE_DUE_TODAY, "Today later" },
    { RAPPORT_AGENDA_KIND_MY_PROMISE_DUE_TODAY, "Today" },
    { RAPPORT_AGENDA_KIND_CHECK_IN_OVERDUE, "Late Lou" },
    { RAPPORT_AGENDA_KIND_CHECK_IN_DUE, "Due Dee" },
    { RAPPORT_AGENDA_KIND_MEETING_TODAY, "d" },
    { RAPPORT_AGENDA_KIND_MEETING_THIS_WEEK, "e" },
    { RAPPORT_AGENDA_KIND_ASK_MENTEE, "CV draft" },
  };

  g_assert_true (rapport_repository_complete_commitment (f->repo, c7, &error));
  g_assert_no_error (error);
  g_assert_nonnull (rapport_commitment_get_done_at (c7));

  /* Planned meetings use the agenda as the title. */
  rapport_session_note_set_agenda (s4, "d");
  rapport_session_note_set_agenda (s5, "e");
  g_assert_true (rapport_repository_save (f->repo, RAPPORT_ITEM (s4), &error));
  g_assert_true (rapport_repository_save (f->repo, RAPPORT_ITEM (s5), &error));

  fine_m = rapport_repository_find_mentee (f->repo, rapport_item_get_id (RAPPORT_ITEM (fine)));
  due_m = rapport_repository_find_mentee (f->repo, rapport_item_get_id (RAPPORT_ITEM (due)));
  late_m = rapport_repository_find_mentee (f->repo, rapport_item_get_id (RAPPORT_ITEM (late)));

  g_assert_cmpint (rapport_mentee_get_open_promises (fine_m), ==, 5);
  g_assert_cmpint (rapport_mentee_get_overdue_promises (fine_m), ==, 2);
  g_assert_cmpint (rapport_mentee_get_open_asks (due_m), ==, 1);
  g_assert_cmpint (rapport_mentee_get_rhythm_state (fine_m), ==, RAPPORT_RHYTHM_STATE_OK);
  g_assert_cmpint (rapport_mentee_get_rhythm_state (due_m), ==, RAPPORT_RHYTHM_STATE_DUE);
  g_assert_cmpint (rapport_mentee_get_rhythm_state (late_m), ==, RAPPORT_RHYTHM_STATE_OVERDUE);
  g_assert_cmpint (rapport_mentee_get_days_since_last (late_m), ==, 40);
  g_assert_cmpstr (rapport_mentee_get_check_in_due_on (due_m), ==, "2026-03-17");
  g_assert_true (g_date_time_equal (rapport_mentee_get_next_meeting_at (fine_m), later_today));
  g_assert_true (g_date_time_equal (rapport_mentee_get_last_held_at (fine_m), d2));

  g_assert_cmpuint (g_list_model_get_n_items (agenda), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(RapportAgendaItem) item = g_list_model_get_item (agenda, i);

      g_assert_cmpint (rapport_agenda_item_get_kind (item), ==, expected[i].kind);
      g_assert_cmpstr (rapport_agenda_item_get_title (item), ==, expected[i].title);
    }

  {
    g_autoptr(RapportAgendaItem) first = g_list_model_get_item (agenda, 0);
    g_assert_cmpint (rapport_agenda_item_get_days_overdue (first), ==, 8);
    g_assert_cmpstr (rapport_agenda_item_get_mentee_name (first), ==, "Fine Fay");
  }

  /* A held meeting restarts the rhythm. */
  rapport_session_note_set_status (s5, RAPPORT_SESSION_STATUS_HELD);
  rapport_session_note_set_starts_at (s5, f->now);
  g_assert_true (rapport_repository_save (f->repo, RAPPORT_ITEM (s5), &error));
  g_assert_cmpint (rapport_mentee_get_rhythm_state (due_m), ==, RAPPORT_RHYTHM_STATE_OK);
  (void)s1; (void)s2; (void)s3; (void)s6; (void)s7; (void)c1; (void)c2; (void)c3; (void)c4; (void)c5; (void)c6;
}

static void
test_reschedule (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportMentee) m = add_mentee (f, "Planner");
  g_autoptr(RapportCommitment) c = add_commitment (f, m, RAPPORT_COMMITMENT_OWNER_MENTOR,
                                                   "Intro to Dana", "2026-03-20", NULL);

  g_assert_cmpint (rapport_commitment_get_renegotiations (c), ==, 0);
  g_assert_true (rapport_repository_reschedule_commitment (f->repo, c, "2026-03-27", "14:00",
                                                           "Dana is travelling", &error));
  g_assert_no_error (error);
  g_assert_cmpint (rapport_commitment_get_renegotiations (c), ==, 1);
  g_assert_cmpstr (rapport_commitment_get_due_date (c), ==, "2026-03-27");

  /* Saving without a date change records nothing. */
  rapport_commitment_set_details (c, "Mention the guild");
  g_assert_true (rapport_repository_save (f->repo, RAPPORT_ITEM (c), &error));
  g_assert_cmpint (rapport_commitment_get_renegotiations (c), ==, 1);

  /* An invalid reschedule changes nothing. */
  g_assert_false (rapport_repository_reschedule_commitment (f->repo, c, "2026-02-31", NULL, NULL, &error));
  g_assert_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_INVALID_DATE);
  g_assert_cmpstr (rapport_commitment_get_due_date (c), ==, "2026-03-27");
  g_assert_cmpstr (rapport_commitment_get_due_time (c), ==, "14:00");
}

/* Dropping and reopening are on record with their reason; the details stay
 * as written; ticking off and undoing it leave no status history. */
static void
test_drop_and_reopen (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportMentee) m = add_mentee (f, "Dropper");
  g_autoptr(RapportCommitment) c = add_commitment (f, m, RAPPORT_COMMITMENT_OWNER_MENTOR,
                                                   "Send the slides", "2026-03-20", NULL);
  g_autoptr(GPtrArray) history = NULL;
  g_autofree char *long_reason = g_strnfill (RAPPORT_SHORT_TEXT_MAX_CHARS + 1, 'x');
  RapportStatusChange *change;

  rapport_commitment_set_details (c, "The deck from March");
  g_assert_true (rapport_repository_save (f->repo, RAPPORT_ITEM (c), &error));

  g_assert_true (rapport_repository_complete_commitment (f->repo, c, &error));
  g_assert_true (rapport_repository_reopen_commitment (f->repo, c, NULL, &error));
  g_assert_no_error (error);
  g_assert_null (rapport_commitment_get_done_at (c));
  history = rapport_repository_list_status_changes (f->repo, c, &error);
  g_assert_cmpuint (history->len, ==, 0);
  g_clear_pointer (&history, g_ptr_array_unref);

  /* A reason over the limit changes nothing. */
  g_assert_false (rapport_repository_drop_commitment (f->repo, c, long_reason, &error));
  g_assert_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_TOO_LONG);
  g_clear_error (&error);
  g_assert_cmpint (rapport_commitment_get_status (c), ==, RAPPORT_COMMITMENT_STATUS_OPEN);

  g_assert_true (rapport_repository_drop_commitment (f->repo, c, "  They found it themselves ", &error));
  g_assert_no_error (error);
  g_assert_cmpint (rapport_commitment_get_status (c), ==, RAPPORT_COMMITMENT_STATUS_DROPPED);
  g_assert_cmpstr (rapport_commitment_get_details (c), ==, "The deck from March");

  g_assert_true (rapport_repository_reopen_commitment (f->repo, c, "They asked again", &error));
  history = rapport_repository_list_status_changes (f->repo, c, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 2);
  change = g_ptr_array_index (history, 0);
  g_assert_cmpint (rapport_status_change_get_new_status (change), ==, RAPPORT_COMMITMENT_STATUS_DROPPED);
  g_assert_cmpstr (rapport_status_change_get_reason (change), ==, "They found it themselves");
  g_assert_true (g_date_time_equal (rapport_status_change_get_changed_at (change), f->now));
  change = g_ptr_array_index (history, 1);
  g_assert_cmpint (rapport_status_change_get_old_status (change), ==, RAPPORT_COMMITMENT_STATUS_DROPPED);
  g_assert_cmpint (rapport_status_change_get_new_status (change), ==, RAPPORT_COMMITMENT_STATUS_OPEN);
  g_assert_cmpstr (rapport_status_change_get_reason (change), ==, "They asked again");
}

static void
test_questions (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportMentee) m = add_mentee (f, "Asked");
  g_autoptr(GListModel) qs = rapport_repository_list_questions (f->repo, rapport_item_get_id (RAPPORT_ITEM (m)), &error);
  g_autoptr(RapportQuestion) q = NULL;
  g_autoptr(GListModel) again = NULL;
  g_autoptr(RapportQuestion) q2 = NULL;
  guint stages[4] = { 0 };

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (qs), >=, 12);
  for (guint i = 0; i < g_list_model_get_n_items (qs); i++)
    {
      g_autoptr(RapportQuestion) it = g_list_model_get_item (qs, i);
      g_assert_nonnull (rapport_question_get_builtin_key (it));
      g_assert_nonnull (rapport_question_get_text (it));
      g_assert_null (rapport_question_get_last_asked_at (it));
      stages[rapport_question_get_stage (it)]++;
    }
  for (guint i = 0; i < 4; i++)
    g_assert_cmpuint (stages[i], >, 0);

  q = g_list_model_get_item (qs, 0);
  g_assert_true (rapport_repository_mark_question_asked (f->repo, q, rapport_item_get_id (RAPPORT_ITEM (m)), &error));
  again = rapport_repository_list_questions (f->repo, rapport_item_get_id (RAPPORT_ITEM (m)), &error);
  q2 = g_list_model_get_item (again, 0);
  g_assert_true (g_date_time_equal (rapport_question_get_last_asked_at (q2), f->now));

  /* Reopening does not duplicate the built-in prompts. */
  g_assert_cmpuint (g_list_model_get_n_items (again), ==, g_list_model_get_n_items (qs));
}

static void
test_read_only (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "rapport", NULL);
  g_autoptr(RapportRepository) repo = rapport_repository_new (dir, &error);
  g_autoptr(RapportMentee) m = rapport_mentee_new ();

  g_assert_no_error (error);
  g_clear_object (&repo);

  repo = rapport_repository_new_read_only (dir, &error);
  g_assert_no_error (error);
  g_assert_true (rapport_repository_is_read_only (repo));
  rapport_mentee_set_name (m, "Nope");
  g_assert_false (rapport_repository_save (repo, RAPPORT_ITEM (m), &error));
  g_assert_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_READ_ONLY);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/rapport/repository/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("create-and-list", test_create_and_list);
  ADD ("validation", test_validation);
  ADD ("validation-fields", test_validation_fields);
  ADD ("big-note", test_big_note);
  ADD ("search/no-ghosts", test_search_no_ghosts);
  ADD ("search/everything", test_search_everything);
  ADD ("search/hostile-input", test_search_hostile_input);
  ADD ("trash-restore-archive", test_trash_restore);
  ADD ("one-items-changed-per-batch", test_one_items_changed_per_batch);
  ADD ("summary-and-agenda", test_summary_and_agenda);
  ADD ("reschedule", test_reschedule);
  ADD ("drop-and-reopen", test_drop_and_reopen);
  ADD ("questions", test_questions);
  g_test_add_func ("/rapport/repository/read-only", test_read_only);

  return g_test_run ();
}
