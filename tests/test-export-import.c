/* test-export-import.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "bench/rapport-bench-generate.h"
#include "rapport-demo.h"
#include "rapport-export.h"
#include "rapport-import.h"
#include "rapport-repository.h"
#include "rapport-test-utils.h"

/* A fixed "now" shared by every notebook of a test, so the timestamps the
 * repository writes are the same in the original and in the copy. */
static GDateTime *
fixed_now (gpointer user_data)
{
  return g_date_time_ref (user_data);
}

static GDateTime *
test_now (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();

  return g_date_time_new (tz, 2026, 3, 18, 10, 0, 0);
}

/* A year and a bit after test_now(): a copy made then must still carry the
 * original's timestamps. */
static GDateTime *
later_now (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();

  return g_date_time_new (tz, 2027, 5, 2, 16, 45, 12);
}

static RapportRepository *
open_notebook_at (const char *name,
                  GDateTime  *now)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), name, NULL);
  RapportRepository *repo = rapport_repository_new (dir, &error);

  g_assert_no_error (error);
  rapport_repository_set_now_func (repo, fixed_now, now, (GDestroyNotify)g_date_time_unref);
  g_assert_true (rapport_repository_refresh (repo, &error));
  g_assert_no_error (error);
  return repo;
}

static RapportRepository *
open_notebook (const char *name)
{
  return open_notebook_at (name, test_now ());
}

static char *
export_text (RapportRepository *repo)
{
  g_autoptr(GDateTime) now = test_now ();

  return rapport_export_to_json (repo, now, NULL);
}

static void
save (RapportRepository *repo,
      gpointer           item)
{
  g_autoptr(GError) error = NULL;

  rapport_repository_save (repo, item, &error);
  g_assert_no_error (error);
}

/* Records that the demo notebook may not have: every enum value, empty
 * strings, emoji, right-to-left text, a long note, a timed due date and a
 * promise from a meeting. */
static void
add_edge_cases (RapportRepository *repo)
{
  g_autoptr(GPtrArray) boundaries = g_ptr_array_new_with_free_func ((GDestroyNotify)rapport_boundary_free);
  g_autoptr(GString) long_note = g_string_new (NULL);
  g_autoptr(GDateTime) now = test_now ();
  const char *tags[] = { "🌱 new", "مرحبا", NULL };
  RapportMenteeStatus statuses[] = {
    RAPPORT_MENTEE_STATUS_ACTIVE, RAPPORT_MENTEE_STATUS_PAUSED, RAPPORT_MENTEE_STATUS_ARCHIVED,
  };
  RapportSessionNote *first_session = NULL;

  for (guint i = 0; i < 3000; i++)
    g_string_append (long_note, "A long note line with émoji 🎉 and שלום עולם.\n");

  g_ptr_array_add (boundaries, rapport_boundary_new ("family", RAPPORT_BOUNDARY_LEVEL_OPEN));
  g_ptr_array_add (boundaries, rapport_boundary_new ("health", RAPPORT_BOUNDARY_LEVEL_ASK_FIRST));
  g_ptr_array_add (boundaries, rapport_boundary_new ("salary 💸", RAPPORT_BOUNDARY_LEVEL_OFF_LIMITS));

  for (guint s = 0; s < G_N_ELEMENTS (statuses); s++)
    {
      g_autoptr(RapportMentee) m = rapport_mentee_new ();
      g_autofree char *name = g_strdup_printf ("זאב %u 🦊", s);

      rapport_mentee_set_name (m, name);
      rapport_mentee_set_status (m, statuses[s]);
      if (s == 0)
        {
          rapport_mentee_set_pronouns (m, "");
          rapport_mentee_set_role (m, "مهندسة برمجيات");
          rapport_mentee_set_about (m, long_note->str);
          rapport_mentee_set_tags (m, tags);
          rapport_mentee_set_boundary_list (m, boundaries);
          rapport_mentee_set_cadence_days (m, 14);
          rapport_mentee_set_max_gap_days (m, 30);
          rapport_mentee_set_started_on (m, "2025-09-01");
          rapport_mentee_set_feedback_sensitivities (m, "Public praise 🙈");
        }
      save (repo, m);

      if (s != 0)
        continue;

      for (int st = RAPPORT_SESSION_STATUS_PLANNED; st <= RAPPORT_SESSION_STATUS_NO_SHOW; st++)
        {
          g_autoptr(RapportSessionNote) n = rapport_session_note_new ();
          g_autoptr(GDateTime) at = g_date_time_add_days (now, st - 2);

          rapport_session_note_set_mentee_id (n, rapport_item_get_id (RAPPORT_ITEM (m)));
          rapport_session_note_set_starts_at (n, at);
          rapport_session_note_set_status (n, st);
          rapport_session_note_set_duration_minutes (n, 45);
          rapport_session_note_set_rating (n, st);  /* 0 (none) to 4 */
          rapport_session_note_set_notes (n, st == 1 ? long_note->str : "");
          rapport_session_note_set_agenda (n, "Agenda: ✅ קורות חיים");
          save (repo, n);
          if (first_session == NULL)
            first_session = g_object_ref (n);
        }

      /* Two meetings at the same time, which the export orders by id. */
      for (guint twin = 0; twin < 2; twin++)
        {
          g_autoptr(RapportSessionNote) n = rapport_session_note_new ();
          g_autoptr(GDateTime) at = g_date_time_add_days (now, -30);

          rapport_session_note_set_mentee_id (n, rapport_item_get_id (RAPPORT_ITEM (m)));
          rapport_session_note_set_starts_at (n, at);
          rapport_session_note_set_status (n, RAPPORT_SESSION_STATUS_HELD);
          rapport_session_note_set_notes (n, twin == 0 ? "Twin A" : "Twin B");
          save (repo, n);
        }

      for (int k = RAPPORT_COMMITMENT_KIND_RESOURCE; k <= RAPPORT_COMMITMENT_KIND_OTHER; k++)
        for (int cs = RAPPORT_COMMITMENT_STATUS_OPEN; cs <= RAPPORT_COMMITMENT_STATUS_DROPPED; cs++)
          {
            g_autoptr(RapportCommitment) c = rapport_commitment_new ();
            g_autofree char *title = g_strdup_printf ("Promise %d/%d 📚", k, cs);

            rapport_commitment_set_mentee_id (c, rapport_item_get_id (RAPPORT_ITEM (m)));
            rapport_commitment_set_owner (c, (k + cs) % 2);
            rapport_commitment_set_kind (c, k);
            rapport_commitment_set_status (c, cs);
            rapport_commitment_set_title (c, title);
            rapport_commitment_set_details (c, "");
            if (cs == RAPPORT_COMMITMENT_STATUS_OPEN)
              rapport_commitment_set_due_date (c, "2026-03-20");
            if (k == RAPPORT_COMMITMENT_KIND_TASK && cs == RAPPORT_COMMITMENT_STATUS_OPEN)
              rapport_commitment_set_due_time (c, "17:30");
            if (k == RAPPORT_COMMITMENT_KIND_RESOURCE)
              rapport_commitment_set_session_id (c, rapport_item_get_id (RAPPORT_ITEM (first_session)));
            save (repo, c);
          }

      for (int gs = RAPPORT_GOAL_STATUS_ACTIVE; gs <= RAPPORT_GOAL_STATUS_DROPPED; gs++)
        {
          g_autoptr(RapportGoal) g = rapport_goal_new ();

          rapport_goal_set_mentee_id (g, rapport_item_get_id (RAPPORT_ITEM (m)));
          rapport_goal_set_title (g, "Give a talk 🎤");
          rapport_goal_set_details (g, gs == 0 ? "" : "لقاء مجتمعي");
          rapport_goal_set_status (g, gs);
          rapport_goal_set_progress (g, gs * 50);
          save (repo, g);
        }
    }

  g_clear_object (&first_session);
}

static RapportQuestion *
find_builtin (GListModel *bank,
              guint       nth)
{
  for (guint i = 0; i < g_list_model_get_n_items (bank); i++)
    {
      g_autoptr(RapportQuestion) q = g_list_model_get_item (bank, i);

      if (rapport_question_is_builtin (q) && nth-- == 0)
        return g_steal_pointer (&q);
    }
  g_assert_not_reached ();
}

/* The records of schema 3: the mentor's own prompts (every stage and
 * category, tags, hidden, kept for one mentee, deleted), built-in prompts
 * tagged and hidden, questions asked in a meeting and outside one, due
 * dates renegotiated with and without a reason, goal progress moved. */
static void
add_v3_edge_cases (RapportRepository *repo)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportMentee) m = g_list_model_get_item (rapport_repository_get_mentees (repo), 0);
  gint64 mentee_id = rapport_item_get_id (RAPPORT_ITEM (m));
  g_autoptr(GListModel) sessions = rapport_repository_list_sessions (repo, mentee_id);
  g_autoptr(GListModel) commitments = rapport_repository_list_commitments (repo, mentee_id);
  g_autoptr(GListModel) goals = rapport_repository_list_goals (repo, mentee_id);
  g_autoptr(GListModel) bank = rapport_repository_list_questions (repo, 0, &error);
  g_autoptr(RapportSessionNote) session = g_list_model_get_item (sessions, 0);
  g_autoptr(RapportQuestion) builtin = find_builtin (bank, 0);
  g_autoptr(RapportQuestion) unhidden = find_builtin (bank, 1);
  g_autoptr(RapportQuestion) deleted = rapport_question_new ();
  g_autoptr(GPtrArray) own = g_ptr_array_new_with_free_func (g_object_unref);
  const char *tags[] = { "🌱 growth", "مرحبا", NULL };
  const char *builtin_tags[] = { "favourite ⭐", NULL };
  gboolean rescheduled = FALSE;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (sessions), >, 0);

  for (int i = 0; i < 5; i++)
    {
      RapportQuestion *q = rapport_question_new ();
      g_autofree char *text = g_strdup_printf ("What would make week %d a win? 🏆 ما الذي", i);

      rapport_question_set_text (q, text);
      rapport_question_set_stage (q, i % 4);
      rapport_question_set_category (q, i);
      if (i == 0)
        rapport_question_set_tags (q, tags);
      rapport_question_set_hidden (q, i == 1);
      if (i == 2)
        rapport_question_set_mentee_id (q, mentee_id);
      g_assert_true (rapport_repository_save_question (repo, q, &error));
      g_assert_no_error (error);
      g_ptr_array_add (own, q);
    }

  rapport_question_set_text (deleted, "Asked once, then deleted");
  g_assert_true (rapport_repository_save_question (repo, deleted, &error));
  g_assert_true (rapport_repository_set_question_asked (repo, deleted, session, TRUE, &error));
  g_assert_true (rapport_repository_delete_question (repo, deleted, &error));
  g_assert_no_error (error);

  rapport_question_set_tags (builtin, builtin_tags);
  rapport_question_set_hidden (builtin, TRUE);
  g_assert_true (rapport_repository_save_question (repo, builtin, &error));
  rapport_question_set_hidden (unhidden, TRUE);
  g_assert_true (rapport_repository_save_question (repo, unhidden, &error));
  rapport_question_set_hidden (unhidden, FALSE);
  g_assert_true (rapport_repository_save_question (repo, unhidden, &error));
  g_assert_no_error (error);

  g_assert_true (rapport_repository_set_question_asked (repo, g_ptr_array_index (own, 0), session, TRUE, &error));
  g_assert_true (rapport_repository_set_question_asked (repo, builtin, session, TRUE, &error));
  g_assert_true (rapport_repository_mark_question_asked (repo, g_ptr_array_index (own, 2), mentee_id, &error));
  g_assert_true (rapport_repository_mark_question_asked (repo, unhidden, mentee_id, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < g_list_model_get_n_items (commitments) && !rescheduled; i++)
    {
      g_autoptr(RapportCommitment) c = g_list_model_get_item (commitments, i);

      if (rapport_commitment_get_status (c) != RAPPORT_COMMITMENT_STATUS_OPEN)
        continue;
      g_assert_true (rapport_repository_reschedule_commitment (repo, c, "2026-03-27", NULL,
                                                               "Travel 🧳 / נסיעה", &error));
      g_assert_true (rapport_repository_reschedule_commitment (repo, c, "2026-04-02", "09:15",
                                                               "", &error));
      g_assert_true (rapport_repository_reschedule_commitment (repo, c, "2026-04-03", NULL,
                                                               NULL, &error));
      g_assert_no_error (error);
      rescheduled = TRUE;
    }
  g_assert_true (rescheduled);

  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(RapportGoal) g = g_list_model_get_item (goals, i);

      rapport_goal_set_progress (g, 10);
      save (repo, g);
      rapport_goal_set_progress (g, 60 + i);
      save (repo, g);
    }
}

static RapportRepository *
open_full_notebook (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = test_now ();
  RapportRepository *repo = open_notebook (name);

  g_assert_true (rapport_demo_populate (repo, now, &error));
  g_assert_no_error (error);
  add_edge_cases (repo);
  add_v3_edge_cases (repo);
  return repo;
}

/* Absent arrays (a file of an earlier build) count as empty. */
static guint
count_nested (JsonObject *object,
              const char *member,
              const char *history)
{
  JsonArray *array;
  guint n;

  if (!json_object_has_member (object, member))
    return 0;
  array = json_object_get_array_member (object, member);
  n = json_array_get_length (array);
  for (guint i = 0; history != NULL && i < json_array_get_length (array); i++)
    n += count_nested (json_array_get_object_element (array, i), history, NULL);
  return n;
}

/* Records and history entries, as the import counts them. */
static guint
count_records (JsonNode *root)
{
  JsonObject *object = json_node_get_object (root);
  JsonArray *mentees = json_object_get_array_member (object, "mentees");
  guint n = json_array_get_length (mentees);

  n += count_nested (object, "questions", NULL);
  for (guint i = 0; i < json_array_get_length (mentees); i++)
    {
      JsonObject *m = json_array_get_object_element (mentees, i);

      n += count_nested (m, "sessions", NULL);
      n += count_nested (m, "commitments", "due_changes");
      /* The drops and reopenings of each promise. */
      n += count_nested (m, "commitments", "status_changes") - count_nested (m, "commitments", NULL);
      n += count_nested (m, "goals", "progress_changes");
      n += count_nested (m, "questions_asked", NULL);
    }
  return n;
}

/* Built-in prompts are in every notebook: importing their state is an
 * update. */
static guint
count_builtins (JsonNode *root)
{
  JsonArray *questions = json_object_get_array_member (json_node_get_object (root), "questions");
  guint n = 0;

  for (guint i = 0; i < json_array_get_length (questions); i++)
    if (!json_object_get_null_member (json_array_get_object_element (questions, i), "builtin_key"))
      n++;
  return n;
}

static guint
count_history (JsonNode   *root,
               const char *member,
               const char *history)
{
  JsonArray *mentees = json_object_get_array_member (json_node_get_object (root), "mentees");
  guint n = 0;

  for (guint i = 0; i < json_array_get_length (mentees); i++)
    {
      JsonObject *m = json_array_get_object_element (mentees, i);

      if (history == NULL)
        n += count_nested (m, member, NULL);
      else
        n += count_nested (m, member, history) - count_nested (m, member, NULL);
    }
  return n;
}

static void
test_round_trip (void)
{
  g_autoptr(RapportRepository) source = open_full_notebook ("source");
  g_autoptr(RapportRepository) copy = open_notebook ("copy");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *first = export_text (source);
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;
  RapportImportStats stats = { 0, };
  guint n_records, n_builtins;

  g_assert_true (json_parser_load_from_data (parser, first, -1, &error));
  n_records = count_records (json_parser_get_root (parser));
  n_builtins = count_builtins (json_parser_get_root (parser));
  g_assert_cmpuint (n_records, >, 50);
  g_assert_nonnull (strstr (first, "\"archived\""));
  g_assert_nonnull (strstr (first, "\"no-show\""));
  g_assert_nonnull (strstr (first, "\"off-limits\""));
  g_assert_nonnull (strstr (first, "🦊"));

  g_assert_true (rapport_import_json_data (copy, first, strlen (first), &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.added, ==, n_records - n_builtins);
  g_assert_cmpuint (stats.updated, ==, n_builtins);

  second = export_text (copy);
  g_assert_cmpstr (second, ==, first);

  /* Twice changes nothing, in the copy and in the original. */
  g_assert_true (rapport_import_json_data (copy, first, strlen (first), &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.added, ==, 0);
  g_assert_cmpuint (stats.updated, ==, 0);
  g_assert_cmpuint (stats.unchanged, ==, n_records);
  third = export_text (copy);
  g_assert_cmpstr (third, ==, first);

  g_assert_true (rapport_import_json_data (source, first, strlen (first), &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.added + stats.updated, ==, 0);
}

/* Exports are megabytes: on a difference, show the first differing line. */
#define assert_same_text(a, b) assert_same_text_impl (G_STRLOC, a, b)

static void
assert_same_text_impl (const char *where,
                       const char *a,
                       const char *b)
{
  guint line = 1;
  const char *start = a;

  if (strcmp (a, b) == 0)
    return;

  for (gsize i = 0; a[i] == b[i]; i++)
    if (a[i] == '\n')
      {
        line++;
        start = a + i + 1;
      }
  g_error ("%s: the texts differ at line %u:\n- %.*s\n+ %.*s", where, line,
           (int)strcspn (start, "\n"), start,
           (int)strcspn (b + (start - a), "\n"), b + (start - a));
}

static char *
to_text (JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);
  return g_strconcat (text, "\n", NULL);
}

static JsonNode *
parse (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

/* Export, import into an empty notebook a year later, export again: the
 * same document, byte for byte, timestamps included; a second import and
 * an import back into the original change nothing. */
static void
check_round_trip (RapportRepository *source)
{
  g_autoptr(RapportRepository) copy = open_notebook_at ("copy", later_now ());
  g_autoptr(GError) error = NULL;
  g_autofree char *first = export_text (source);
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;
  g_autoptr(JsonNode) a = parse (first);
  g_autoptr(JsonNode) b = NULL;
  RapportImportStats stats = { 0, };
  guint n_records = count_records (a);

  g_assert_true (rapport_import_json_data (copy, first, strlen (first), &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.updated, ==, count_builtins (a));
  g_assert_cmpuint (stats.added, ==, n_records - stats.updated);

  second = export_text (copy);
  b = parse (second);
  assert_same_text (second, first);
  g_assert_true (json_node_equal (a, b));

  g_assert_true (rapport_import_json_data (copy, first, strlen (first), &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.added + stats.updated, ==, 0);
  g_assert_cmpuint (stats.unchanged, ==, n_records);
  third = export_text (copy);
  assert_same_text (third, first);

  g_assert_true (rapport_import_json_data (source, first, strlen (first), &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.added + stats.updated, ==, 0);
  g_free (third);
  third = export_text (source);
  assert_same_text (third, first);
}

static void
test_round_trip_keeps_times (void)
{
  g_autoptr(RapportRepository) source = open_full_notebook ("source");
  g_autofree char *text = export_text (source);
  g_autoptr(JsonNode) root = parse (text);
  JsonArray *questions = json_object_get_array_member (json_node_get_object (root), "questions");

  /* The v3 records are all there. */
  g_assert_cmpuint (json_array_get_length (questions), >=, 8);
  g_assert_cmpuint (count_history (root, "commitments", "due_changes"), >=, 3);
  g_assert_cmpuint (count_history (root, "goals", "progress_changes"), >=, 6);
  g_assert_cmpuint (count_history (root, "questions_asked", NULL), >=, 5);
  g_assert_nonnull (strstr (text, "\"reason\" : \"Travel 🧳 / נסיעה\""));
  g_assert_nonnull (strstr (text, "\"reason\" : \"\""));
  g_assert_nonnull (strstr (text, "\"reason\" : null"));
  g_assert_nonnull (strstr (text, "\"old_due\" : \"2026-03-27\""));
  g_assert_nonnull (strstr (text, "\"new_due\" : \"2026-04-02T09:15:00+02:00\""));
  g_assert_nonnull (strstr (text, "\"builtin_key\" : \""));
  g_assert_nonnull (strstr (text, "\"favourite ⭐\""));
  g_assert_nonnull (strstr (text, "\"hidden\" : true"));
  g_assert_nonnull (strstr (text, "\"deleted_at\" : \"2026-03-18T09:00:00Z\""));
  g_assert_nonnull (strstr (text, "\"mentee_uuid\" : \""));
  g_assert_nonnull (strstr (text, "\"session_uuid\" : null,\n          \"asked_at\""));
  g_assert_nonnull (strstr (text, "\"closing\""));
  g_assert_nonnull (strstr (text, "\"reflection\""));

  check_round_trip (source);
}

/* The heavy generated notebook of the benchmarks (a small size of it), with
 * the edge cases on top. */
static void
test_round_trip_heavy (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "heavy", NULL);
  g_autoptr(GDateTime) now = test_now ();
  g_autoptr(RapportRepository) source = NULL;
  RapportBenchCounts counts = { 0, };

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (rapport_bench_generate (dir, 0.02, 7, now, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.sessions, >=, 1000);

  source = open_notebook ("heavy");
  add_v3_edge_cases (source);
  add_edge_cases (source);
  check_round_trip (source);
}

static JsonNode *
find_record (JsonNode   *root,
             const char *member,
             const char *uuid)
{
  JsonArray *mentees = json_object_get_array_member (json_node_get_object (root), "mentees");

  for (guint i = 0; i < json_array_get_length (mentees); i++)
    {
      JsonArray *array = json_object_get_array_member (json_array_get_object_element (mentees, i), member);

      for (guint j = 0; j < json_array_get_length (array); j++)
        if (g_str_equal (json_object_get_string_member (json_array_get_object_element (array, j), "uuid"),
                         uuid))
          return json_array_get_element (array, j);
    }
  g_assert_not_reached ();
}

/* The streamed document is, byte for byte, what json-glib writes for the
 * whole tree: for a notebook with everything, and for an empty one. */
static void
test_stream_matches_tree (void)
{
  const char *names[] = { "full", "empty" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(RapportRepository) repo = i == 0 ? open_full_notebook (names[i]) : open_notebook (names[i]);
      g_autoptr(GDateTime) now = test_now ();
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) tree = rapport_export_build_json (repo, now, &error);
      g_autofree char *expected = NULL;
      g_autofree char *streamed = export_text (repo);

      g_assert_no_error (error);
      expected = to_text (tree);
      assert_same_text (streamed, expected);
      if (i == 1)
        g_assert_nonnull (strstr (streamed, "\"mentees\" : [],\n  \"questions\" : []\n}\n"));
    }
}

/* A history in the file is the history: an import that moves a due date or
 * a goal's progress records no change of its own. */
static void
test_merge_history (void)
{
  g_autoptr(RapportRepository) repo = open_full_notebook ("notebook");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = export_text (repo);
  g_autoptr(JsonNode) root = parse (before);
  JsonObject *mentee = json_array_get_object_element (
    json_object_get_array_member (json_node_get_object (root), "mentees"), 0);
  JsonObject *goal = json_array_get_object_element (json_object_get_array_member (mentee, "goals"), 0);
  JsonObject *commitment = NULL;
  JsonArray *commitments = json_object_get_array_member (mentee, "commitments");
  JsonObject *entry;
  g_autofree char *edited = NULL;
  g_autofree char *after = NULL;
  g_autoptr(JsonNode) after_root = NULL;
  RapportImportStats stats = { 0, };
  guint n_due = count_history (root, "commitments", "due_changes");
  guint n_progress = count_history (root, "goals", "progress_changes");

  for (guint i = 0; i < json_array_get_length (commitments) && commitment == NULL; i++)
    {
      JsonObject *c = json_array_get_object_element (commitments, i);

      if (json_object_get_null_member (c, "due") == FALSE &&
          strlen (json_object_get_string_member (c, "due")) == 10)
        commitment = c;
    }
  g_assert_nonnull (commitment);

  entry = json_object_new ();
  json_object_set_int_member (entry, "old_progress", json_object_get_int_member (goal, "progress"));
  json_object_set_int_member (entry, "new_progress", 95);
  json_object_set_string_member (entry, "changed_at", "2026-03-18T12:00:00Z");
  json_array_add_object_element (json_object_get_array_member (goal, "progress_changes"), entry);
  json_object_set_int_member (goal, "progress", 95);
  json_object_set_string_member (goal, "updated_at", "2026-03-18T12:00:00Z");

  entry = json_object_new ();
  json_object_set_string_member (entry, "old_due", json_object_get_string_member (commitment, "due"));
  json_object_set_string_member (entry, "new_due", "2026-12-24");
  json_object_set_string_member (entry, "reason", "Moved in the other notebook");
  json_object_set_string_member (entry, "changed_at", "2026-03-18T12:30:00Z");
  json_array_add_object_element (json_object_get_array_member (commitment, "due_changes"), entry);
  json_object_set_string_member (commitment, "due", "2026-12-24");
  json_object_set_string_member (commitment, "updated_at", "2026-03-18T12:30:00Z");

  edited = to_text (root);
  g_assert_true (rapport_import_json_data (repo, edited, strlen (edited), &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.updated, ==, 2);
  g_assert_cmpuint (stats.added, ==, 2);

  /* The records are as in the file, timestamps included, and the histories
   * hold the file's entries and no others. */
  after = export_text (repo);
  after_root = parse (after);
  g_assert_true (json_node_equal (find_record (after_root, "goals", json_object_get_string_member (goal, "uuid")),
                                  find_record (root, "goals", json_object_get_string_member (goal, "uuid"))));
  g_assert_true (json_node_equal (find_record (after_root, "commitments",
                                               json_object_get_string_member (commitment, "uuid")),
                                  find_record (root, "commitments",
                                               json_object_get_string_member (commitment, "uuid"))));
  g_assert_cmpuint (count_history (after_root, "commitments", "due_changes"), ==, n_due + 1);
  g_assert_cmpuint (count_history (after_root, "goals", "progress_changes"), ==, n_progress + 1);

  /* Twice changes nothing. */
  g_assert_true (rapport_import_json_data (repo, edited, strlen (edited), &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.added + stats.updated, ==, 0);
  g_free (edited);
  edited = export_text (repo);
  assert_same_text (edited, after);
}

/* A file of an earlier build, without the question bank and the histories,
 * still imports, and leaves the notebook's histories as they are. */
static void
strip_v3 (JsonNode *node)
{
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        strip_v3 (json_array_get_element (array, i));
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      const char *members[] = { "questions", "questions_asked", "due_changes", "progress_changes" };
      g_autoptr(GList) names = NULL;

      for (guint i = 0; i < G_N_ELEMENTS (members); i++)
        json_object_remove_member (object, members[i]);
      names = json_object_get_members (object);
      for (GList *l = names; l != NULL; l = l->next)
        strip_v3 (json_object_get_member (object, l->data));
    }
}

static void
test_older_file (void)
{
  g_autoptr(RapportRepository) source = open_full_notebook ("source");
  g_autoptr(RapportRepository) copy = open_notebook ("copy");
  g_autoptr(GError) error = NULL;
  g_autofree char *full = export_text (source);
  g_autoptr(JsonNode) root = parse (full);
  g_autofree char *old = NULL;
  g_autofree char *after = NULL;
  RapportImportStats stats = { 0, };

  strip_v3 (root);
  old = to_text (root);
  g_assert_null (strstr (old, "progress_changes"));

  g_assert_true (rapport_import_json_data (copy, old, strlen (old), &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.added, ==, count_records (root));

  g_assert_true (rapport_import_json_data (source, old, strlen (old), &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.added + stats.updated, ==, 0);
  after = export_text (source);
  assert_same_text (after, full);
}

/* A record changed in the file is updated in place, not duplicated. */
static void
test_merge_updates (void)
{
  g_autoptr(RapportRepository) repo = open_full_notebook ("notebook");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = export_text (repo);
  g_autofree char *edited = NULL;
  g_autofree char *after = NULL;
  RapportImportStats stats = { 0, };
  GListModel *mentees = rapport_repository_get_mentees (repo);
  guint n_mentees = g_list_model_get_n_items (mentees);
  JsonObject *first;

  g_assert_true (json_parser_load_from_data (parser, before, -1, &error));
  first = json_array_get_object_element (
    json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "mentees"), 0);
  json_object_set_string_member (first, "role", "Staff engineer ✨");
  json_generator_set_root (generator, json_parser_get_root (parser));
  edited = json_generator_to_data (generator, NULL);

  g_assert_true (rapport_import_json_data (repo, edited, strlen (edited), &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.added, ==, 0);
  g_assert_cmpuint (stats.updated, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (mentees), ==, n_mentees);

  after = export_text (repo);
  g_assert_nonnull (strstr (after, "Staff engineer ✨"));
}

static void
test_file_mode (void)
{
  g_autoptr(RapportRepository) repo = open_full_notebook ("notebook");
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "export.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(RapportRepository) copy = open_notebook ("copy");

  /* An existing, world-readable file is replaced by a private one. */
  g_assert_true (g_file_set_contents_full (path, "old", -1, G_FILE_SET_CONTENTS_NONE, 0644, &error));
  g_assert_true (rapport_export_json_file (repo, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rapport_test_file_mode (path), ==, 0600);

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_true (g_str_has_prefix (contents, "{"));
  g_assert_true (g_str_has_suffix (contents, "}\n"));
  g_assert_true (rapport_import_json_file (copy, path, NULL, &error));
  g_assert_no_error (error);

  /* The file was streamed into a temporary file renamed over it: none is
   * left behind, and a file that cannot be created leaves nothing. */
  {
    g_autoptr(GDir) dir = g_dir_open (g_get_user_data_dir (), 0, NULL);
    g_autofree char *missing = g_build_filename (g_get_user_data_dir (), "no-such-folder", "x.json", NULL);
    const char *name;

    while ((name = g_dir_read_name (dir)) != NULL)
      g_assert_false (g_str_has_prefix (name, "export.json."));

    g_assert_false (rapport_export_json_file (repo, missing, &error));
    g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  }
}

static const struct {
  const char *file;
  int         code;
  const char *fragment;
} malformed[] = {
  { "rating-out-of-range.json", RAPPORT_IMPORT_ERROR_INVALID, "$.mentees[0].sessions[0].rating: is out of range: 7" },
  { "third-mentee-bad-rating.json", RAPPORT_IMPORT_ERROR_INVALID, "$.mentees[2].sessions[0].rating: is out of range: 0" },
  { "unknown-session-status.json", RAPPORT_IMPORT_ERROR_INVALID, "$.mentees[0].sessions[0].status: unknown value “finished”" },
  { "unknown-mentee-status.json", RAPPORT_IMPORT_ERROR_INVALID, "$.mentees[0].status: unknown value “sleeping”" },
  { "unknown-owner.json", RAPPORT_IMPORT_ERROR_INVALID, "$.mentees[0].commitments[0].owner: unknown value “boss”" },
  { "unknown-kind.json", RAPPORT_IMPORT_ERROR_INVALID, "$.mentees[0].commitments[0].kind: unknown value “favour”" },
  { "unknown-boundary-level.json", RAPPORT_IMPORT_ERROR_INVALID, "$.mentees[0].boundaries[0].level: unknown value “never”" },
  { "bad-date.json", RAPPORT_IMPORT_ERROR_INVALID, "$.mentees[0].started_on: “2026-02-30” is not a valid date" },
  { "bad-instant.json", RAPPORT_IMPORT_ERROR_INVALID, "$.mentees[0].sessions[0].starts_at: “yesterday” is not a valid date and time" },
  { "missing-name.json", RAPPORT_IMPORT_ERROR_INVALID, "$.mentees[0].name: is missing" },
  { "blank-name.json", RAPPORT_IMPORT_ERROR_INVALID, "$.mentees[0].name: cannot be blank" },
  { "dangling-session-uuid.json", RAPPORT_IMPORT_ERROR_INVALID, "$.mentees[0].commitments[0].session_uuid: no meeting with the uuid 22222222-2222-4222-8222-222222222222" },
  { "progress-out-of-range.json", RAPPORT_IMPORT_ERROR_INVALID, "$.mentees[0].goals[0].progress: is out of range: 120" },
  { "duplicate-uuid.json", RAPPORT_IMPORT_ERROR_INVALID, "$.mentees[1].uuid: the uuid 11111111-1111-4111-8111-111111111111 is also used by $.mentees[0]" },
  { "bad-uuid.json", RAPPORT_IMPORT_ERROR_INVALID, "$.mentees[0].uuid: “not-a-uuid” is not a valid uuid" },
  { "mentee-not-object.json", RAPPORT_IMPORT_ERROR_INVALID, "$.mentees[0]: must be an object" },
  { "wrong-type.json", RAPPORT_IMPORT_ERROR_INVALID, "$.mentees[0].sessions[0].duration_minutes: must be a whole number" },
  { "missing-mentees.json", RAPPORT_IMPORT_ERROR_INVALID, "$.mentees: is missing" },
  { "newer-version.json", RAPPORT_IMPORT_ERROR_NEWER_VERSION, "$.version: the file was written by a newer Rapport (format version 2" },
  { "missing-format.json", RAPPORT_IMPORT_ERROR_NOT_RAPPORT, "$.format: this is not a Rapport notebook export" },
  { "wrong-format.json", RAPPORT_IMPORT_ERROR_NOT_RAPPORT, "$.format: this is not a Rapport notebook export" },
  { "not-an-object.json", RAPPORT_IMPORT_ERROR_NOT_RAPPORT, "$: this is not a Rapport notebook export" },
  { "truncated.json", RAPPORT_IMPORT_ERROR_INVALID, "$: the file is not valid JSON" },
  { "invalid-utf8.json", RAPPORT_IMPORT_ERROR_INVALID, "$: the file is not valid UTF-8 text (line 1, column " },
  { "empty.json", RAPPORT_IMPORT_ERROR_NOT_RAPPORT, "$: this is not a Rapport notebook export" },
  /* JSON escapes of half a surrogate pair decode to bytes that are not text:
   * refused, and never echoed into the message (the fuzzer found that). */
  { "lone-surrogate.json", RAPPORT_IMPORT_ERROR_INVALID,
    "$.mentees[0].name: is not valid text (it holds an unpaired surrogate such as \\ud800)\n"
    "$.mentees[0].tags[1]: is not valid text (it holds an unpaired surrogate such as \\ud800)\n"
    "$.mentees[1].uuid: is not valid text" },
  { "surrogate-cut-short.json", RAPPORT_IMPORT_ERROR_INVALID,
    "$: the file is not valid JSON (it may be cut short): <data>:9:7: Parse error: invalid string constant \"Ada \xef\xbf\xbd" },
  { "fuzz-surrogate-uuid.json", RAPPORT_IMPORT_ERROR_INVALID,
    "$.mentees[0].uuid: is not valid text (it holds an unpaired surrogate such as \\ud800)\n"
    "$.mentees[0].goals[0].progress: is out of range: 120" },  /* The question bank and the histories. */
  { "dangling-asked-session.json", RAPPORT_IMPORT_ERROR_INVALID, "$.mentees[0].questions_asked[0].session_uuid: no meeting with the uuid 66666666-6666-4666-8666-666666666666 exists in this file or in the notebook" },
  { "dangling-question-uuid.json", RAPPORT_IMPORT_ERROR_INVALID, "$.mentees[0].questions_asked[0].question_uuid: no question with the uuid 33333333-3333-4333-8333-333333333333 exists in this file or in the notebook" },
  { "asked-without-question.json", RAPPORT_IMPORT_ERROR_INVALID, "$.mentees[0].questions_asked[0]: needs either a question_uuid or a builtin_key" },
  { "bad-asked-at.json", RAPPORT_IMPORT_ERROR_INVALID, "$.mentees[0].questions_asked[0].asked_at: “soon” is not a valid date and time" },
  { "unknown-builtin-key.json", RAPPORT_IMPORT_ERROR_INVALID, "$.questions[0].builtin_key: no built-in question “first.nope” exists in this version of Rapport" },
  { "unknown-question-stage.json", RAPPORT_IMPORT_ERROR_INVALID, "$.questions[0].stage: unknown value “middle” (expected one of first-meeting, early, established, closing)" },
  { "dangling-question-mentee.json", RAPPORT_IMPORT_ERROR_INVALID, "$.questions[0].mentee_uuid: no mentee with the uuid 44444444-4444-4444-8444-444444444444 exists in this file or in the notebook" },
  { "hidden-not-boolean.json", RAPPORT_IMPORT_ERROR_INVALID, "$.questions[0].hidden: must be true or false" },
  { "bad-due-change.json", RAPPORT_IMPORT_ERROR_INVALID, "$.mentees[0].commitments[0].due_changes[0].old_due: “2026-13-01” is not a valid date (YYYY-MM-DD) or date and time" },
  { "progress-change-out-of-range.json", RAPPORT_IMPORT_ERROR_INVALID, "$.mentees[0].goals[0].progress_changes[0].new_progress: is out of range: 150 (expected 0 to 100)" },
};

static void
test_malformed (void)
{
  g_autoptr(RapportRepository) repo = open_full_notebook ("notebook");
  g_autofree char *before = export_text (repo);
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "import", NULL);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  guint n_files = 0;

  for (guint i = 0; i < G_N_ELEMENTS (malformed); i++)
    {
      g_autofree char *path = g_build_filename (dir, malformed[i].file, NULL);
      g_autofree char *after = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("%s", malformed[i].file);
      g_assert_false (rapport_import_json_file (repo, path, NULL, &error));
      g_assert_error (error, RAPPORT_IMPORT_ERROR, malformed[i].code);
      if (strstr (error->message, malformed[i].fragment) == NULL)
        g_error ("%s: “%s” not in “%s”", malformed[i].file, malformed[i].fragment, error->message);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));

      after = export_text (repo);
      g_assert_cmpstr (after, ==, before);
    }

  /* Every file of the corpus is in the table above. */
  g_assert_nonnull (listing);
  while (g_dir_read_name (listing) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, G_N_ELEMENTS (malformed));
}

/* A file whose last record fails only when saved (here a uuid held by a
 * record in the trash) leaves nothing of the earlier records behind. */
static void
test_all_or_nothing (void)
{
  g_autoptr(RapportRepository) source = open_full_notebook ("source");
  g_autoptr(RapportRepository) copy = open_notebook ("copy");
  g_autoptr(RapportMentee) trashed = rapport_mentee_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GListModel *mentees = rapport_repository_get_mentees (source);
  guint n = g_list_model_get_n_items (mentees);
  g_autoptr(RapportItem) last = g_list_model_get_item (mentees, n - 1);

  text = export_text (source);

  /* The copy holds the last mentee's uuid, in its trash. */
  _rapport_item_set_uuid (RAPPORT_ITEM (trashed), rapport_item_get_uuid (last));
  rapport_mentee_set_name (trashed, "Trashed");
  save (copy, trashed);
  g_assert_true (rapport_repository_trash (copy, RAPPORT_ITEM (trashed), &error));
  g_assert_no_error (error);
  before = export_text (copy);

  g_assert_false (rapport_import_json_data (copy, text, strlen (text), NULL, &error));
  g_assert_nonnull (error);
  after = export_text (copy);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (g_list_model_get_n_items (rapport_repository_get_mentees (copy)), ==, 0);
}

static void
collect_instants (JsonNode   *node,
                  const char *member,
                  GPtrArray  *local,
                  GPtrArray  *utc)
{
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        collect_instants (json_array_get_element (array, i), NULL, local, utc);
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (object);

      for (GList *l = members; l != NULL; l = l->next)
        collect_instants (json_object_get_member (object, l->data), l->data, local, utc);
    }
  else if (member != NULL && JSON_NODE_HOLDS_VALUE (node) &&
           json_node_get_value_type (node) == G_TYPE_STRING)
    {
      const char *text = json_node_get_string (node);

      if (g_str_equal (member, "starts_at") || (g_str_equal (member, "due") && strlen (text) > 10))
        g_ptr_array_add (local, (gpointer)text);
      else if (g_str_has_suffix (member, "_at"))
        g_ptr_array_add (utc, (gpointer)text);
    }
}

/* Instants are RFC 3339: UTC ones end in Z, local ones carry a ±hh:mm offset
 * (GLib's ISO 8601 writer alone would give "+01"). */
static void
test_rfc3339 (void)
{
  g_autoptr(RapportRepository) repo = open_full_notebook ("notebook");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) local = g_ptr_array_new ();
  g_autoptr(GPtrArray) utc = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = export_text (repo);
  const char *date_time = "^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,6})?";
  g_autofree char *local_re = g_strconcat (date_time, "[+-]\\d\\d:\\d\\d$", NULL);
  g_autofree char *utc_re = g_strconcat (date_time, "Z$", NULL);

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  collect_instants (json_parser_get_root (parser), NULL, local, utc);
  g_assert_cmpuint (local->len, >, 10);
  g_assert_cmpuint (utc->len, >, 10);

  for (guint i = 0; i < local->len; i++)
    if (!g_regex_match_simple (local_re, g_ptr_array_index (local, i), 0, 0))
      g_error ("not an RFC 3339 local instant: %s", (char *)g_ptr_array_index (local, i));
  for (guint i = 0; i < utc->len; i++)
    if (!g_regex_match_simple (utc_re, g_ptr_array_index (utc, i), 0, 0))
      g_error ("not an RFC 3339 UTC instant: %s", (char *)g_ptr_array_index (utc, i));

  /* Paris is at +01:00 on 18 March. */
  g_assert_nonnull (strstr (text, "+01:00\""));
}

static char *
read_format_doc (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "docs", "export-format.md", NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  return contents;
}

/* The text without the line that names the time of the export. */
static char *
without_export_time (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], "\"exported_at\"") == NULL)
      g_string_append_printf (out, "%s\n", lines[i]);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The example of docs/export-format.md is a real export: it imports into an
 * empty notebook and exports back to the same text, timestamps included. */
static void
test_documented_example (void)
{
  g_autoptr(RapportRepository) repo = open_notebook ("notebook");
  g_autoptr(GError) error = NULL;
  g_autofree char *doc = read_format_doc ();
  g_autofree char *example = NULL;
  g_autofree char *exported = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  RapportImportStats stats = { 0, };
  const char *start = strstr (doc, "```json\n");
  const char *end;

  g_assert_nonnull (start);
  start += strlen ("```json\n");
  end = strstr (start, "```\n");
  g_assert_nonnull (end);
  example = g_strndup (start, end - start);

  g_assert_true (rapport_import_json_data (repo, example, strlen (example), &stats, &error));
  g_assert_no_error (error);
  /* 5 records, a due change, a progress change, 2 asks, 1 question; the
   * built-in prompt is updated. */
  g_assert_cmpuint (stats.added, ==, 10);
  g_assert_cmpuint (stats.updated, ==, 1);

  exported = export_text (repo);
  a = without_export_time (example);
  b = without_export_time (exported);
  assert_same_text (b, a);
}

static void
collect_members (JsonNode   *node,
                 GHashTable *names)
{
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        collect_members (json_array_get_element (array, i), names);
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (object);

      for (GList *l = members; l != NULL; l = l->next)
        {
          g_hash_table_add (names, g_strdup (l->data));
          collect_members (json_object_get_member (object, l->data), names);
        }
    }
}

/* Every member the exporter writes has a row in docs/export-format.md. */
static void
test_documented_members (void)
{
  g_autoptr(RapportRepository) repo = open_full_notebook ("notebook");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *doc = read_format_doc ();
  g_autofree char *text = export_text (repo);
  GHashTableIter iter;
  const char *name;

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  collect_members (json_parser_get_root (parser), names);
  g_assert_cmpuint (g_hash_table_size (names), >, 40);

  g_hash_table_iter_init (&iter, names);
  while (g_hash_table_iter_next (&iter, (gpointer *)&name, NULL))
    {
      g_autofree char *row = g_strdup_printf ("\n| `%s` |", name);

      if (strstr (doc, row) == NULL && !g_str_equal (name, "topic") && !g_str_equal (name, "level"))
        g_error ("docs/export-format.md does not describe the member “%s”", name);
    }
  /* The boundary object is described in a sentence. */
  g_assert_nonnull (strstr (doc, "{\"topic\": text"));
  g_assert_nonnull (strstr (doc, "\"level\": enum}"));
}

/* Found by the fuzzer: a meeting recorded as held with a date still ahead
 * is accepted, and counts as held today rather than a negative gap. */
static void
test_held_in_future (void)
{
  g_autoptr(RapportRepository) repo = open_notebook ("future");
  g_autoptr(RapportMentee) ada = NULL;
  g_autoptr(GError) error = NULL;
  const char *text =
    "{\"format\":\"rapport-notebook\",\"version\":1,\"mentees\":[{"
    "\"uuid\":\"11111111-1111-4111-8111-111111111111\",\"name\":\"Ada\",\"status\":\"active\","
    "\"sessions\":[{\"uuid\":\"22222222-2222-4222-8222-222222222222\","
    "\"starts_at\":\"2099-01-01T10:00:00Z\",\"duration_minutes\":45,\"status\":\"held\"}]}]}";

  g_assert_true (rapport_import_json_data (repo, text, strlen (text), NULL, &error));
  g_assert_no_error (error);
  ada = g_list_model_get_item (rapport_repository_get_mentees (repo), 0);
  g_assert_cmpint (rapport_mentee_get_days_since_last (ada), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Paris", TRUE);
  rapport_test_init (&argc, &argv);

  g_test_add_func ("/rapport/export-import/round-trip", test_round_trip);
  g_test_add_func ("/rapport/export-import/round-trip-keeps-times", test_round_trip_keeps_times);
  g_test_add_func ("/rapport/export-import/round-trip-heavy", test_round_trip_heavy);
  g_test_add_func ("/rapport/export-import/merge-history", test_merge_history);
  g_test_add_func ("/rapport/export-import/stream-matches-tree", test_stream_matches_tree);
  g_test_add_func ("/rapport/export-import/older-file", test_older_file);
  g_test_add_func ("/rapport/export-import/merge-updates", test_merge_updates);
  g_test_add_func ("/rapport/export-import/file-mode", test_file_mode);
  g_test_add_func ("/rapport/export-import/malformed", test_malformed);
  g_test_add_func ("/rapport/export-import/all-or-nothing", test_all_or_nothing);
  g_test_add_func ("/rapport/export-import/rfc3339", test_rfc3339);
  g_test_add_func ("/rapport/export-import/documented-example", test_documented_example);
  g_test_add_func ("/rapport/export-import/documented-members", test_documented_members);
  g_test_add_func ("/rapport/export-import/held-in-future", test_held_in_future);

  return g_test_run ();
}
