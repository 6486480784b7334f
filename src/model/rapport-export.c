/* rapport-export.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-export"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rapport-export.h"
#include "rapport-rhythm.h"

/*
 * The whole notebook as one JSON document (docs/export-format.md). Every
 * field of every record is written, absent values as null, so the importer
 * can rebuild the notebook exactly; the trash is left out because the lists
 * of the repository leave it out.
 */

/* Helpers */

static const char *
enum_nick (GType type,
           int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  g_assert (ev != NULL);
  return ev->value_nick;
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value == NULL)
    json_builder_add_null_value (builder);
  else
    json_builder_add_string_value (builder, value);
}

/* 0 means "not set" for the optional numbers of the model. */
static void
add_optional_int (JsonBuilder *builder,
                  const char  *name,
                  gint64       value)
{
  json_builder_set_member_name (builder, name);
  if (value == 0)
    json_builder_add_null_value (builder);
  else
    json_builder_add_int_value (builder, value);
}

static void
add_instant (JsonBuilder *builder,
             const char  *name,
             GDateTime   *value,
             gboolean     utc)
{
  g_autoptr(GDateTime) converted = NULL;
  g_autofree char *text = NULL;

  json_builder_set_member_name (builder, name);
  if (value == NULL)
    {
      json_builder_add_null_value (builder);
      return;
    }

  if (utc)
    {
      converted = g_date_time_to_utc (value);
      text = g_date_time_format_iso8601 (converted);
    }
  else
    {
      /* RFC 3339 wants the offset as ±hh:mm, where g_date_time_format_iso8601()
       * writes "+01". */
      converted = g_date_time_to_local (value);
      text = g_date_time_format (converted,
                                 g_date_time_get_microsecond (converted) != 0
                                   ? "%Y-%m-%dT%H:%M:%S.%f%:z"
                                   : "%Y-%m-%dT%H:%M:%S%:z");
    }
  json_builder_add_string_value (builder, text);
}

static void
add_mentee_fields (JsonBuilder   *builder,
                   RapportMentee *mentee)
{
  const char * const *tags = rapport_mentee_get_tags (mentee);
  g_autoptr(GPtrArray) boundaries = rapport_mentee_dup_boundaries (mentee);

  add_string (builder, "uuid", rapport_item_get_uuid (RAPPORT_ITEM (mentee)));
  add_string (builder, "name", rapport_mentee_get_name (mentee));
  add_string (builder, "pronouns", rapport_mentee_get_pronouns (mentee));
  add_string (builder, "role", rapport_mentee_get_role (mentee));
  add_string (builder, "organization", rapport_mentee_get_organization (mentee));
  add_string (builder, "contact", rapport_mentee_get_contact (mentee));
  add_string (builder, "how_we_met", rapport_mentee_get_how_we_met (mentee));
  add_string (builder, "started_on", rapport_mentee_get_started_on (mentee));
  add_string (builder, "status",
              enum_nick (RAPPORT_TYPE_MENTEE_STATUS, rapport_mentee_get_status (mentee)));
  add_optional_int (builder, "cadence_days", rapport_mentee_get_cadence_days (mentee));
  add_optional_int (builder, "max_gap_days", rapport_mentee_get_max_gap_days (mentee));
  add_string (builder, "preferred_channel", rapport_mentee_get_preferred_channel (mentee));
  add_string (builder, "feedback_preferences", rapport_mentee_get_feedback_preferences (mentee));
  add_string (builder, "feedback_sensitivities",
              rapport_mentee_get_feedback_sensitivities (mentee));
  add_string (builder, "about", rapport_mentee_get_about (mentee));

  json_builder_set_member_name (builder, "tags");
  json_builder_begin_array (builder);
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    json_builder_add_string_value (builder, tags[i]);
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "boundaries");
  json_builder_begin_array (builder);
  for (guint i = 0; i < boundaries->len; i++)
    {
      RapportBoundary *b = g_ptr_array_index (boundaries, i);

      json_builder_begin_object (builder);
      add_string (builder, "topic", b->topic);
      add_string (builder, "level", enum_nick (RAPPORT_TYPE_BOUNDARY_LEVEL, b->level));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_session_fields (JsonBuilder        *builder,
                    RapportSessionNote *session)
{
  add_string (builder, "uuid", rapport_item_get_uuid (RAPPORT_ITEM (session)));
  add_instant (builder, "starts_at", rapport_session_note_get_starts_at (session), FALSE);
  json_builder_set_member_name (builder, "duration_minutes");
  json_builder_add_int_value (builder, rapport_session_note_get_duration_minutes (session));
  add_string (builder, "status",
              enum_nick (RAPPORT_TYPE_SESSION_STATUS, rapport_session_note_get_status (session)));
  add_string (builder, "agenda", rapport_session_note_get_agenda (session));
  add_string (builder, "notes", rapport_session_note_get_notes (session));
  add_optional_int (builder, "rating", rapport_session_note_get_rating (session));
  add_string (builder, "takeaway", rapport_session_note_get_takeaway (session));
  add_string (builder, "wins", rapport_session_note_get_wins (session));
}

static void
add_commitment_fields (JsonBuilder       *builder,
                       RapportCommitment *commitment,
                       const char        *session_uuid)
{
  const char *due_date = rapport_commitment_get_due_date (commitment);
  const char *due_time = rapport_commitment_get_due_time (commitment);

  add_string (builder, "uuid", rapport_item_get_uuid (RAPPORT_ITEM (commitment)));
  add_string (builder, "owner",
              enum_nick (RAPPORT_TYPE_COMMITMENT_OWNER, rapport_commitment_get_owner (commitment)));
  add_string (builder, "kind",
              enum_nick (RAPPORT_TYPE_COMMITMENT_KIND, rapport_commitment_get_kind (commitment)));
  add_string (builder, "title", rapport_commitment_get_title (commitment));
  add_string (builder, "details", rapport_commitment_get_details (commitment));

  /* A due time is local wall-clock time on the due date, so it travels as an
   * instant with the local offset. */
  if (due_date != NULL && due_time != NULL)
    {
      g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
      g_autoptr(GDateTime) due = rapport_due_instant (due_date, due_time, tz);

      add_instant (builder, "due", due, FALSE);
    }
  else
    add_string (builder, "due", due_date);

  add_string (builder, "status",
              enum_nick (RAPPORT_TYPE_COMMITMENT_STATUS,
                         rapport_commitment_get_status (commitment)));
  add_instant (builder, "done_at", rapport_commitment_get_done_at (commitment), TRUE);
  add_string (builder, "session_uuid", session_uuid);
}

static void
add_goal_fields (JsonBuilder *builder,
                 RapportGoal *goal)
{
  add_string (builder, "uuid", rapport_item_get_uuid (RAPPORT_ITEM (goal)));
  add_string (builder, "title", rapport_goal_get_title (goal));
  add_string (builder, "details", rapport_goal_get_details (goal));
  add_string (builder, "target_date", rapport_goal_get_target_date (goal));
  add_string (builder, "status",
              enum_nick (RAPPORT_TYPE_GOAL_STATUS, rapport_goal_get_status (goal)));
  json_builder_set_member_name (builder, "progress");
  json_builder_add_int_value (builder, rapport_goal_get_progress (goal));
}

static void
add_timestamps (JsonBuilder *builder,
                RapportItem *item)
{
  add_instant (builder, "created_at", rapport_item_get_created_at (item), TRUE);
  add_instant (builder, "updated_at", rapport_item_get_updated_at (item), TRUE);
}

static void
add_mentee (JsonBuilder       *builder,
            RapportRepository *repository,
            RapportMentee     *mentee)
{
  gint64 mentee_id = rapport_item_get_id (RAPPORT_ITEM (mentee));
  g_autoptr(GListModel) sessions = rapport_repository_list_sessions (repository, mentee_id);
  g_autoptr(GListModel) commitments = rapport_repository_list_commitments (repository, mentee_id);
  g_autoptr(GListModel) goals = rapport_repository_list_goals (repository, mentee_id);
  g_autoptr(GHashTable) session_uuids = NULL;
  guint n;

  session_uuids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  json_builder_begin_object (builder);
  add_mentee_fields (builder, mentee);
  add_timestamps (builder, RAPPORT_ITEM (mentee));

  json_builder_set_member_name (builder, "sessions");
  json_builder_begin_array (builder);
  n = g_list_model_get_n_items (sessions);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RapportSessionNote) session = g_list_model_get_item (sessions, i);
      RapportItem *item = RAPPORT_ITEM (session);
      gint64 *key = g_new (gint64, 1);

      *key = rapport_item_get_id (item);
      g_hash_table_insert (session_uuids, key, g_strdup (rapport_item_get_uuid (item)));

      json_builder_begin_object (builder);
      add_session_fields (builder, session);
      add_timestamps (builder, item);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "commitments");
  json_builder_begin_array (builder);
  n = g_list_model_get_n_items (commitments);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RapportCommitment) commitment = g_list_model_get_item (commitments, i);
      gint64 session_id = rapport_commitment_get_session_id (commitment);

      /* A promise from a meeting now in the trash keeps no link. */
      json_builder_begin_object (builder);
      add_commitment_fields (builder, commitment,
                             session_id != 0 ? g_hash_table_lookup (session_uuids, &session_id)
                                             : NULL);
      add_timestamps (builder, RAPPORT_ITEM (commitment));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "goals");
  json_builder_begin_array (builder);
  n = g_list_model_get_n_items (goals);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RapportGoal) goal = g_list_model_get_item (goals, i);

      json_builder_begin_object (builder);
      add_goal_fields (builder, goal);
      add_timestamps (builder, RAPPORT_ITEM (goal));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_end_object (builder);
}

/* Public API */

/**
 * rapport_export_build_json:
 * @repository: the notebook
 * @exported_at: (nullable): the time to record, or %NULL for the
 *   repository's now
 *
 * Returns: (transfer full): the whole notebook as a JSON document
 */
JsonNode *
rapport_export_build_json (RapportRepository *repository,
                           GDateTime         *exported_at)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GDateTime) now = NULL;
  GListModel *mentees;
  guint n;

  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (repository), NULL);

  now = exported_at ? g_date_time_ref (exported_at) : rapport_repository_dup_now (repository);
  mentees = rapport_repository_get_mentees (repository);

  json_builder_begin_object (builder);
  add_string (builder, "format", RAPPORT_EXPORT_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, RAPPORT_EXPORT_VERSION);
  add_instant (builder, "exported_at", now, TRUE);

  json_builder_set_member_name (builder, "mentees");
  json_builder_begin_array (builder);
  n = g_list_model_get_n_items (mentees);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RapportMentee) mentee = g_list_model_get_item (mentees, i);

      add_mentee (builder, repository, mentee);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/**
 * rapport_export_to_json:
 *
 * Returns: (transfer full): the document of rapport_export_build_json(),
 *   pretty-printed, in UTF-8
 */
char *
rapport_export_to_json (RapportRepository *repository,
                        GDateTime         *exported_at,
                        gsize             *length)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  char *ret;

  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (repository), NULL);

  root = rapport_export_build_json (repository, exported_at);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);

  /* Text files end with a newline. */
  ret = g_strconcat (text, "\n", NULL);
  if (length != NULL)
    *length = strlen (ret);
  return ret;
}

/**
 * rapport_export_json_file:
 * @repository: the notebook
 * @path: the file to write
 * @error: return location for a #GFileError
 *
 * Writes the whole notebook to @path, readable by its owner only (0600),
 * atomically: @path holds either its old content or the complete export.
 *
 * Returns: %TRUE if written
 */
gboolean
rapport_export_json_file (RapportRepository  *repository,
                          const char         *path,
                          GError            **error)
{
  g_autofree char *text = NULL;
  gsize length = 0;

  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (repository), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  text = rapport_export_to_json (repository, NULL, &length);
  return g_file_set_contents_full (path, text, length,
                                   G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

#define FIELDS_NODE(add_call)                          \
  G_STMT_START {                                       \
    g_autoptr(JsonBuilder) builder = json_builder_new (); \
    json_builder_begin_object (builder);               \
    add_call;                                          \
    json_builder_end_object (builder);                 \
    return json_builder_get_root (builder);            \
  } G_STMT_END

JsonNode *
_rapport_export_mentee_fields (RapportMentee *mentee)
{
  FIELDS_NODE (add_mentee_fields (builder, mentee));
}

JsonNode *
_rapport_export_session_fields (RapportSessionNote *session)
{
  FIELDS_NODE (add_session_fields (builder, session));
}

JsonNode *
_rapport_export_commitment_fields (RapportCommitment *commitment,
                                   const char        *session_uuid)
{
  FIELDS_NODE (add_commitment_fields (builder, commitment, session_uuid));
}

JsonNode *
_rapport_export_goal_fields (RapportGoal *goal)
{
  FIELDS_NODE (add_goal_fields (builder, goal));
}
