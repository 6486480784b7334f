/* test-export-import.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

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

static RapportRepository *
open_notebook (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), name, NULL);
  RapportRepository *repo = rapport_repository_new (dir, &error);

  g_assert_no_error (error);
  rapport_repository_set_now_func (repo, fixed_now, test_now (), (GDestroyNotify)g_date_time_unref);
  g_assert_true (rapport_repository_refresh (repo, &error));
  g_assert_no_error (error);
  return repo;
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

static RapportRepository *
open_full_notebook (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = test_now ();
  RapportRepository *repo = open_notebook (name);

  g_assert_true (rapport_demo_populate (repo, now, &error));
  g_assert_no_error (error);
  add_edge_cases (repo);
  return repo;
}

static guint
count_records (JsonNode *root)
{
  JsonArray *mentees = json_object_get_array_member (json_node_get_object (root), "mentees");
  guint n = json_array_get_length (mentees);

  for (guint i = 0; i < json_array_get_length (mentees); i++)
    {
      JsonObject *m = json_array_get_object_element (mentees, i);

      n += json_array_get_length (json_object_get_array_member (m, "sessions"));
      n += json_array_get_length (json_object_get_array_member (m, "commitments"));
      n += json_array_get_length (json_object_get_array_member (m, "goals"));
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
  guint n_records;

  g_assert_true (json_parser_load_from_data (parser, first, -1, &error));
  n_records = count_records (json_parser_get_root (parser));
  g_assert_cmpuint (n_records, >, 50);
  g_assert_nonnull (strstr (first, "\"archived\""));
  g_assert_nonnull (strstr (first, "\"no-show\""));
  g_assert_nonnull (strstr (first, "\"off-limits\""));
  g_assert_nonnull (strstr (first, "🦊"));

  g_assert_true (rapport_import_json_data (copy, first, strlen (first), &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.added, ==, n_records);
  g_assert_cmpuint (stats.updated, ==, 0);

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
  g_assert_true (rapport_import_json_file (copy, path, NULL, &error));
  g_assert_no_error (error);
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
    "$.mentees[0].goals[0].progress: is out of range: 120" },
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

/* The text without the lines that name the time of the export or of the
 * last change, which an import sets to its own time. */
static char *
without_update_times (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], "\"updated_at\"") == NULL && strstr (lines[i], "\"exported_at\"") == NULL)
      g_string_append_printf (out, "%s\n", lines[i]);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The example of docs/export-format.md is a real export: it imports into an
 * empty notebook and exports back to the same text. */
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
  g_assert_cmpuint (stats.added, ==, 5);

  exported = export_text (repo);
  a = without_update_times (example);
  b = without_update_times (exported);
  g_assert_cmpstr (a, ==, b);
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
