/* rapport-export.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-export"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gio/gunixoutputstream.h>
#include <string.h>
#include <unistd.h>

#include "rapport-due-change.h"
#include "rapport-status-change.h"
#include "rapport-export.h"
#include "rapport-rhythm.h"
#include "rapport-store-interchange.h"

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

/* A due time is local wall-clock time on the due date, so it travels as an
 * instant with the local offset. */
static void
add_due (JsonBuilder *builder,
         const char  *name,
         const char  *due_date,
         const char  *due_time)
{
  if (due_date != NULL && due_time != NULL)
    {
      g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
      g_autoptr(GDateTime) due = rapport_due_instant (due_date, due_time, tz);

      add_instant (builder, name, due, FALSE);
    }
  else
    add_string (builder, name, due_date);
}

static void
add_unix_instant (JsonBuilder *builder,
                  const char  *name,
                  gint64       unix_time)
{
  g_autoptr(GDateTime) value = g_date_time_new_from_unix_utc (unix_time);

  add_instant (builder, name, value, TRUE);
}

static void
add_commitment_fields (JsonBuilder       *builder,
                       RapportCommitment *commitment,
                       const char        *session_uuid)
{
  add_string (builder, "uuid", rapport_item_get_uuid (RAPPORT_ITEM (commitment)));
  add_string (builder, "owner",
              enum_nick (RAPPORT_TYPE_COMMITMENT_OWNER, rapport_commitment_get_owner (commitment)));
  add_string (builder, "kind",
              enum_nick (RAPPORT_TYPE_COMMITMENT_KIND, rapport_commitment_get_kind (commitment)));
  add_string (builder, "title", rapport_commitment_get_title (commitment));
  add_string (builder, "details", rapport_commitment_get_details (commitment));

  add_due (builder, "due",
           rapport_commitment_get_due_date (commitment),
           rapport_commitment_get_due_time (commitment));

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
add_due_change (JsonBuilder      *builder,
                RapportDueChange *change)
{
  json_builder_begin_object (builder);
  add_due (builder, "old_due",
           rapport_due_change_get_old_due_date (change),
           rapport_due_change_get_old_due_time (change));
  add_due (builder, "new_due",
           rapport_due_change_get_new_due_date (change),
           rapport_due_change_get_new_due_time (change));
  add_string (builder, "reason", rapport_due_change_get_reason (change));
  add_instant (builder, "changed_at", rapport_due_change_get_changed_at (change), TRUE);
  json_builder_end_object (builder);
}

static void
add_status_change (JsonBuilder         *builder,
                   RapportStatusChange *change)
{
  json_builder_begin_object (builder);
  add_string (builder, "old_status",
              enum_nick (RAPPORT_TYPE_COMMITMENT_STATUS, rapport_status_change_get_old_status (change)));
  add_string (builder, "new_status",
              enum_nick (RAPPORT_TYPE_COMMITMENT_STATUS, rapport_status_change_get_new_status (change)));
  add_string (builder, "reason", rapport_status_change_get_reason (change));
  add_instant (builder, "changed_at", rapport_status_change_get_changed_at (change), TRUE);
  json_builder_end_object (builder);
}

static void
add_progress_change (JsonBuilder                *builder,
                     RapportStoreProgressChange *change)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "old_progress");
  json_builder_add_int_value (builder, change->old_progress);
  json_builder_set_member_name (builder, "new_progress");
  json_builder_add_int_value (builder, change->new_progress);
  add_unix_instant (builder, "changed_at", change->changed_at);
  json_builder_end_object (builder);
}

static void
add_asked (JsonBuilder       *builder,
           RapportStoreAsked *asked)
{
  json_builder_begin_object (builder);
  add_string (builder, "question_uuid", asked->question_uuid);
  add_string (builder, "builtin_key", asked->builtin_key);
  add_string (builder, "session_uuid", asked->session_uuid);
  add_unix_instant (builder, "asked_at", asked->asked_at);
  json_builder_end_object (builder);
}

/* Groups the rows of a history by the record they belong to. */
static void
group_by (GHashTable *groups,
          gint64      owner_id,
          gpointer    row)
{
  GPtrArray *rows = g_hash_table_lookup (groups, &owner_id);

  if (rows == NULL)
    {
      gint64 *key = g_new (gint64, 1);

      *key = owner_id;
      rows = g_ptr_array_new ();
      g_hash_table_insert (groups, key, rows);
    }
  g_ptr_array_add (rows, row);
}

static GHashTable *
new_groups (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                (GDestroyNotify)g_ptr_array_unref);
}

static gboolean
add_mentee (JsonBuilder        *builder,
            RapportRepository  *repository,
            RapportMentee      *mentee,
            GError            **error)
{
  RapportDatabase *db = rapport_repository_get_database (repository);
  gint64 mentee_id = rapport_item_get_id (RAPPORT_ITEM (mentee));
  g_autoptr(GListModel) sessions = rapport_repository_list_sessions (repository, mentee_id);
  g_autoptr(GListModel) commitments = rapport_repository_list_commitments (repository, mentee_id);
  g_autoptr(GListModel) goals = rapport_repository_list_goals (repository, mentee_id);
  g_autoptr(GHashTable) session_uuids = NULL;
  g_autoptr(GPtrArray) due_changes = NULL;
  g_autoptr(GPtrArray) status_changes = NULL;
  g_autoptr(GPtrArray) progress_changes = NULL;
  g_autoptr(GPtrArray) asked = NULL;
  g_autoptr(GHashTable) due_by_commitment = new_groups ();
  g_autoptr(GHashTable) status_by_commitment = new_groups ();
  g_autoptr(GHashTable) progress_by_goal = new_groups ();
  guint n;

  if (!(due_changes = rapport_store_commitments_list_due_changes (db, RAPPORT_TYPE_DUE_CHANGE,
                                                                  mentee_id, error)) ||
      !(status_changes = rapport_store_commitments_list_status_changes (db, RAPPORT_TYPE_STATUS_CHANGE,
                                                                        mentee_id, 0, error)) ||
      !(progress_changes = rapport_store_interchange_list_progress_changes (db, mentee_id, error)) ||
      !(asked = rapport_store_interchange_list_asked (db, mentee_id, error)))
    return FALSE;

  for (guint i = 0; i < due_changes->len; i++)
    {
      RapportDueChange *change = g_ptr_array_index (due_changes, i);

      group_by (due_by_commitment, rapport_due_change_get_commitment_id (change), change);
    }
  for (guint i = 0; i < status_changes->len; i++)
    {
      RapportStatusChange *change = g_ptr_array_index (status_changes, i);

      group_by (status_by_commitment, rapport_status_change_get_commitment_id (change), change);
    }
  for (guint i = 0; i < progress_changes->len; i++)
    {
      RapportStoreProgressChange *change = g_ptr_array_index (progress_changes, i);

      group_by (progress_by_goal, change->goal_id, change);
    }

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
      gint64 id = rapport_item_get_id (RAPPORT_ITEM (commitment));
      GPtrArray *changes = g_hash_table_lookup (due_by_commitment, &id);
      GPtrArray *statuses = g_hash_table_lookup (status_by_commitment, &id);

      /* A promise from a meeting now in the trash keeps no link. */
      json_builder_begin_object (builder);
      add_commitment_fields (builder, commitment,
                             session_id != 0 ? g_hash_table_lookup (session_uuids, &session_id)
                                             : NULL);
      add_timestamps (builder, RAPPORT_ITEM (commitment));
      json_builder_set_member_name (builder, "due_changes");
      json_builder_begin_array (builder);
      for (guint j = 0; changes != NULL && j < changes->len; j++)
        add_due_change (builder, g_ptr_array_index (changes, j));
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "status_changes");
      json_builder_begin_array (builder);
      for (guint j = 0; statuses != NULL && j < statuses->len; j++)
        add_status_change (builder, g_ptr_array_index (statuses, j));
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "goals");
  json_builder_begin_array (builder);
  n = g_list_model_get_n_items (goals);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RapportGoal) goal = g_list_model_get_item (goals, i);
      gint64 id = rapport_item_get_id (RAPPORT_ITEM (goal));
      GPtrArray *changes = g_hash_table_lookup (progress_by_goal, &id);

      json_builder_begin_object (builder);
      add_goal_fields (builder, goal);
      add_timestamps (builder, RAPPORT_ITEM (goal));
      json_builder_set_member_name (builder, "progress_changes");
      json_builder_begin_array (builder);
      for (guint j = 0; changes != NULL && j < changes->len; j++)
        add_progress_change (builder, g_ptr_array_index (changes, j));
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "questions_asked");
  json_builder_begin_array (builder);
  for (guint i = 0; i < asked->len; i++)
    add_asked (builder, g_ptr_array_index (asked, i));
  json_builder_end_array (builder);

  json_builder_end_object (builder);
  return TRUE;
}

/* Built-in prompts are known by their key: their uuid and creation time
 * are the notebook's own, so they are not written, which keeps a round trip
 * through another notebook identical. */
static void
add_question (JsonBuilder     *builder,
              RapportQuestion *question,
              GHashTable      *mentee_uuids)
{
  RapportItem *item = RAPPORT_ITEM (question);
  gboolean builtin = rapport_question_is_builtin (question);
  const char * const *tags = rapport_question_get_tags (question);
  gint64 mentee_id = rapport_question_get_mentee_id (question);

  json_builder_begin_object (builder);
  add_string (builder, "uuid", builtin ? NULL : rapport_item_get_uuid (item));
  add_string (builder, "builtin_key", rapport_question_get_builtin_key (question));
  add_string (builder, "text", builtin ? NULL : rapport_question_get_text (question));
  add_string (builder, "stage",
              enum_nick (RAPPORT_TYPE_QUESTION_STAGE, rapport_question_get_stage (question)));
  add_string (builder, "category",
              enum_nick (RAPPORT_TYPE_QUESTION_CATEGORY, rapport_question_get_category (question)));
  json_builder_set_member_name (builder, "tags");
  json_builder_begin_array (builder);
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    json_builder_add_string_value (builder, tags[i]);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "hidden");
  json_builder_add_boolean_value (builder, rapport_question_get_hidden (question));
  add_string (builder, "mentee_uuid",
              mentee_id != 0 ? g_hash_table_lookup (mentee_uuids, &mentee_id) : NULL);
  add_instant (builder, "created_at", builtin ? NULL : rapport_item_get_created_at (item), TRUE);
  add_instant (builder, "updated_at", rapport_item_get_updated_at (item), TRUE);
  add_instant (builder, "deleted_at", rapport_item_get_deleted_at (item), TRUE);
  json_builder_end_object (builder);
}

static gboolean
add_questions (JsonBuilder        *builder,
               RapportRepository  *repository,
               GHashTable         *mentee_uuids,
               GError            **error)
{
  g_autoptr(GPtrArray) questions = NULL;

  questions = rapport_store_interchange_list_questions (rapport_repository_get_database (repository),
                                                        RAPPORT_TYPE_QUESTION, TRUE, error);
  if (questions == NULL)
    return FALSE;

  json_builder_set_member_name (builder, "questions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < questions->len; i++)
    add_question (builder, g_ptr_array_index (questions, i), mentee_uuids);
  json_builder_end_array (builder);
  return TRUE;
}

/* Writing */

/*
 * The document is written as it is read, one mentee at a time: each mentee
 * (with its meetings, promises, goals and histories) and the question bank
 * are built as a small JSON tree and pretty-printed by json-glib, then
 * indented to their depth in the document; the few lines around them are
 * written here in json-glib's layout. So the bytes are those json-glib
 * would write for the whole tree (the tests compare them with
 * rapport_export_build_json()), while memory holds one mentee, not the
 * notebook: the whole tree of a ten-year notebook took gigabytes.
 */

typedef struct
{
  GOutputStream *out;
  GCancellable  *cancellable;
  JsonGenerator *generator;
  GString       *buffer;
} Writer;

static gboolean
write_text (Writer      *w,
            const char  *text,
            GError     **error)
{
  return g_output_stream_write_all (w->out, text, strlen (text), NULL, w->cancellable, error);
}

/* @node pretty-printed as the value of a member @depth levels deep: its
 * lines after the first are indented by two spaces a level. Strings never
 * hold a raw newline (json-glib writes "\n"), so every newline of the text
 * is a line break of the layout. */
static gboolean
write_node (Writer      *w,
            JsonNode    *node,
            guint        depth,
            GError     **error)
{
  g_autofree char *text = NULL;

  json_generator_set_root (w->generator, node);
  text = json_generator_to_data (w->generator, NULL);

  g_string_truncate (w->buffer, 0);
  for (const char *p = text; *p != '\0'; p++)
    {
      g_string_append_c (w->buffer, *p);
      if (*p == '\n')
        for (guint i = 0; i < depth; i++)
          g_string_append (w->buffer, "  ");
    }
  return g_output_stream_write_all (w->out, w->buffer->str, w->buffer->len, NULL,
                                    w->cancellable, error);
}

static gboolean
write_member (Writer      *w,
              const char  *name,
              JsonNode    *value,
              gboolean     last,
              GError     **error)
{
  g_autofree char *head = g_strdup_printf ("  \"%s\" : ", name);

  return write_text (w, head, error) &&
         write_node (w, value, 1, error) &&
         write_text (w, last ? "\n" : ",\n", error);
}

/* A root member holding a single value, built with the helpers above. */
static JsonNode *
value_node (void (*add) (JsonBuilder *, const char *, gpointer),
            gpointer value)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  add (builder, "value", value);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);

  return json_node_copy (json_object_get_member (json_node_get_object (root), "value"));
}

static void
add_string_value (JsonBuilder *builder,
                  const char  *name,
                  gpointer     value)
{
  add_string (builder, name, value);
}

static void
add_utc_value (JsonBuilder *builder,
               const char  *name,
               gpointer     value)
{
  add_instant (builder, name, value, TRUE);
}

static gboolean
write_document (RapportRepository  *repository,
                GDateTime          *exported_at,
                Writer             *w,
                GError            **error)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GHashTable) mentee_uuids = NULL;
  g_autoptr(JsonNode) format = NULL;
  g_autoptr(JsonNode) version = NULL;
  g_autoptr(JsonNode) exported = NULL;
  g_autoptr(JsonNode) questions = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  GListModel *mentees;
  guint n;

  now = exported_at ? g_date_time_ref (exported_at) : rapport_repository_dup_now (repository);
  mentees = rapport_repository_get_mentees (repository);
  mentee_uuids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  format = value_node (add_string_value, (gpointer)RAPPORT_EXPORT_FORMAT);
  version = json_node_init_int (json_node_alloc (), RAPPORT_EXPORT_VERSION);
  exported = value_node (add_utc_value, now);

  if (!write_text (w, "{\n", error) ||
      !write_member (w, "format", format, FALSE, error) ||
      !write_member (w, "version", version, FALSE, error) ||
      !write_member (w, "exported_at", exported, FALSE, error))
    return FALSE;

  n = g_list_model_get_n_items (mentees);
  if (!write_text (w, n == 0 ? "  \"mentees\" : []" : "  \"mentees\" : [\n", error))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RapportMentee) mentee = g_list_model_get_item (mentees, i);
      g_autoptr(JsonBuilder) mb = json_builder_new ();
      g_autoptr(JsonNode) node = NULL;
      gint64 *key = g_new (gint64, 1);

      *key = rapport_item_get_id (RAPPORT_ITEM (mentee));
      g_hash_table_insert (mentee_uuids, key, g_strdup (rapport_item_get_uuid (RAPPORT_ITEM (mentee))));

      if (!add_mentee (mb, repository, mentee, error))
        return FALSE;
      node = json_builder_get_root (mb);
      if (!write_text (w, "    ", error) ||
          !write_node (w, node, 2, error) ||
          !write_text (w, i + 1 < n ? ",\n" : "\n  ]", error))
        return FALSE;
    }
  if (!write_text (w, ",\n", error))
    return FALSE;

  builder = json_builder_new ();
  json_builder_begin_object (builder);
  if (!add_questions (builder, repository, mentee_uuids, error))
    return FALSE;
  json_builder_end_object (builder);
  questions = json_builder_get_root (builder);

  return write_member (w, "questions",
                       json_object_get_member (json_node_get_object (questions), "questions"),
                       TRUE, error) &&
         write_text (w, "}\n", error);
}

/* Public API */

/**
 * rapport_export_write_json:
 * @repository: the notebook
 * @exported_at: (nullable): the time to record, or %NULL for the
 *   repository's now
 * @out: where to write
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GIOError or #RAPPORT_DATABASE_ERROR
 *
 * Writes the whole notebook to @out as a JSON document (docs/export-format.md),
 * pretty-printed, in UTF-8 and ending in a newline, one mentee at a time:
 * memory use does not grow with the notebook. @out is not closed.
 *
 * Returns: %TRUE if written
 */
gboolean
rapport_export_write_json (RapportRepository  *repository,
                           GDateTime          *exported_at,
                           GOutputStream      *out,
                           GCancellable       *cancellable,
                           GError            **error)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GString) buffer = g_string_new (NULL);
  Writer w = { out, cancellable, generator, buffer };

  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (repository), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);

  return write_document (repository, exported_at, &w, error);
}

/**
 * rapport_export_build_json:
 * @repository: the notebook
 * @exported_at: (nullable): the time to record, or %NULL for the
 *   repository's now
 * @error: return location for a #RAPPORT_DATABASE_ERROR
 *
 * The whole notebook as one tree, in memory: for the tests, which check
 * that rapport_export_write_json() writes what json-glib would write for
 * it. Writing files goes through rapport_export_write_json().
 *
 * Returns: (transfer full): the document, or %NULL when the notebook could
 *   not be read
 */
JsonNode *
rapport_export_build_json (RapportRepository  *repository,
                           GDateTime          *exported_at,
                           GError            **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GHashTable) mentee_uuids = NULL;
  GListModel *mentees;
  guint n;

  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (repository), NULL);

  now = exported_at ? g_date_time_ref (exported_at) : rapport_repository_dup_now (repository);
  mentees = rapport_repository_get_mentees (repository);
  mentee_uuids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

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
      gint64 *key = g_new (gint64, 1);

      *key = rapport_item_get_id (RAPPORT_ITEM (mentee));
      g_hash_table_insert (mentee_uuids, key, g_strdup (rapport_item_get_uuid (RAPPORT_ITEM (mentee))));
      if (!add_mentee (builder, repository, mentee, error))
        return NULL;
    }
  json_builder_end_array (builder);

  if (!add_questions (builder, repository, mentee_uuids, error))
    return NULL;
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/**
 * rapport_export_to_json:
 * @repository: the notebook
 * @exported_at: (nullable): the time to record, or %NULL for the
 *   repository's now
 * @length: (out) (optional): the length of the text
 *
 * Returns: (transfer full): the document of rapport_export_write_json() as
 *   a string, or %NULL (with a warning) when the notebook could not be read
 */
char *
rapport_export_to_json (RapportRepository *repository,
                        GDateTime         *exported_at,
                        gsize             *length)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  char *ret;

  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (repository), NULL);

  if (!rapport_export_write_json (repository, exported_at, out, NULL, &error) ||
      !g_output_stream_write_all (out, "", 1, NULL, NULL, &error) ||
      !g_output_stream_close (out, NULL, &error))
    {
      g_warning ("Could not export the notebook: %s", error->message);
      return NULL;
    }

  ret = g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (out));
  if (length != NULL)
    *length = strlen (ret);
  return ret;
}

/**
 * rapport_export_json_file:
 * @repository: the notebook
 * @path: the file to write
 * @error: return location for a #GFileError (creating, syncing or renaming
 *   the file), a #GIOError (writing it) or a #RAPPORT_DATABASE_ERROR
 *
 * Writes the whole notebook to @path, readable by its owner only (0600),
 * atomically: the document is streamed into a new file next to @path,
 * synced to disk and renamed over it, so @path holds either its old
 * content or the complete export.
 *
 * Returns: %TRUE if written
 */
gboolean
rapport_export_json_file (RapportRepository  *repository,
                          const char         *path,
                          GError            **error)
{
  g_autofree char *tmp_path = NULL;
  g_autoptr(GOutputStream) file_out = NULL;
  g_autoptr(GOutputStream) out = NULL;
  int fd, saved_errno;
  gboolean ok;

  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (repository), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  tmp_path = g_strdup_printf ("%s.XXXXXX", path);
  if ((fd = g_mkstemp_full (tmp_path, O_RDWR | O_CLOEXEC, 0600)) < 0)
    {
      saved_errno = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not create a file next to “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }

  file_out = g_unix_output_stream_new (fd, FALSE);
  out = g_buffered_output_stream_new_sized (file_out, 256 * 1024);

  ok = rapport_export_write_json (repository, NULL, out, NULL, error) &&
       g_output_stream_flush (out, NULL, error);
  if (ok && fsync (fd) != 0)
    {
      saved_errno = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not write “%s”: %s"), tmp_path, g_strerror (saved_errno));
      ok = FALSE;
    }
  if (close (fd) != 0 && ok)
    {
      saved_errno = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not write “%s”: %s"), tmp_path, g_strerror (saved_errno));
      ok = FALSE;
    }
  if (ok && g_rename (tmp_path, path) != 0)
    {
      saved_errno = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not replace “%s”: %s"), path, g_strerror (saved_errno));
      ok = FALSE;
    }
  if (!ok)
    g_unlink (tmp_path);

  return ok;
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
