/* rapport-import.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-import"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "rapport-export.h"
#include "rapport-import.h"
#include "rapport-rhythm.h"
#include "rapport-store-interchange.h"

/*
 * Importing runs in two passes. The first reads the whole file into unsaved
 * items and collects every problem with its JSON path ("$.mentees[2].
 * sessions[0].rating"); if there is any, nothing is touched. The second
 * merges by uuid inside one repository batch: records the notebook does not
 * have are added with their uuids, records it has are updated only when they
 * differ, so importing the same file twice changes nothing. Records keep the
 * file's created_at and updated_at. The histories (due-date changes, goal
 * progress, questions asked) have no uuid and merge by their content.
 */

#define MAX_PROBLEMS 10

G_DEFINE_QUARK (rapport-import-error-quark, rapport_import_error)

typedef struct
{
  char   *old_date;
  char   *old_time;
  char   *new_date;
  char   *new_time;
  char   *reason;
  gint64  changed_at;
} DueChange;

typedef struct
{
  int     old_status;
  int     new_status;
  char   *reason;
  gint64  changed_at;
} StatusChange;

typedef struct
{
  RapportMentee *mentee;
  GPtrArray     *sessions;      /* RapportSessionNote */
  GPtrArray     *commitments;   /* RapportCommitment */
  GPtrArray     *session_refs;  /* char *, the session_uuid of each commitment, or NULL */
  GPtrArray     *due_changes;   /* per commitment: GPtrArray of DueChange, or NULL when absent */
  GPtrArray     *status_changes; /* per commitment: GPtrArray of StatusChange, or NULL when absent */
  GPtrArray     *goals;         /* RapportGoal */
  GPtrArray     *progress;      /* per goal: GPtrArray of RapportStoreProgressChange, or NULL */
  GPtrArray     *asked;         /* RapportStoreAsked */
  GPtrArray     *asked_paths;   /* char *, the JSON path of each */
} MenteeImport;

typedef struct
{
  RapportRepository *repository;
  GString           *problems;
  guint              n_problems;
  GHashTable        *seen_uuids;   /* uuid → path */
  GPtrArray         *mentees;      /* MenteeImport */

  /* What the notebook holds, by uuid; one table per kind as in the database. */
  GHashTable        *existing[4];
  GHashTable        *session_by_id; /* gint64 * → RapportSessionNote */

  /* The question bank: the file's prompts, and the notebook's by uuid (the
   * mentor's own, deleted ones too) and by key (built-in). */
  GPtrArray         *questions;          /* RapportQuestion */
  GPtrArray         *question_mentees;   /* char *, the mentee_uuid of each, or NULL */
  GHashTable        *file_questions;     /* uuid or key → RapportQuestion */
  GHashTable        *existing_questions; /* uuid → RapportQuestion */
  GHashTable        *existing_builtins;  /* key → RapportQuestion */
  GHashTable        *file_mentees;       /* uuid → MenteeImport */

  /* The newest history rows before the merge; rows after them that a save
   * adds (a moved due date, the progress trigger) are replaced by the
   * file's history when it has one. */
  gint64             last_due_change;
  gint64             last_status_change;
  gint64             last_progress_change;
} Import;

enum { KIND_MENTEE, KIND_SESSION, KIND_COMMITMENT, KIND_GOAL };

static void
due_change_free (DueChange *change)
{
  g_free (change->old_date);
  g_free (change->old_time);
  g_free (change->new_date);
  g_free (change->new_time);
  g_free (change->reason);
  g_free (change);
}

static void
status_change_free (StatusChange *change)
{
  g_free (change->reason);
  g_free (change);
}

static void
unref_nullable (gpointer array)
{
  if (array != NULL)
    g_ptr_array_unref (array);
}

static void
mentee_import_free (MenteeImport *mi)
{
  g_clear_object (&mi->mentee);
  g_ptr_array_unref (mi->sessions);
  g_ptr_array_unref (mi->commitments);
  g_ptr_array_unref (mi->session_refs);
  g_ptr_array_unref (mi->due_changes);
  g_ptr_array_unref (mi->status_changes);
  g_ptr_array_unref (mi->goals);
  g_ptr_array_unref (mi->progress);
  g_ptr_array_unref (mi->asked);
  g_ptr_array_unref (mi->asked_paths);
  g_free (mi);
}

static void
import_clear (Import *imp)
{
  g_string_free (imp->problems, TRUE);
  g_hash_table_unref (imp->seen_uuids);
  g_ptr_array_unref (imp->mentees);
  for (guint i = 0; i < G_N_ELEMENTS (imp->existing); i++)
    g_hash_table_unref (imp->existing[i]);
  g_hash_table_unref (imp->session_by_id);
  g_ptr_array_unref (imp->questions);
  g_ptr_array_unref (imp->question_mentees);
  g_hash_table_unref (imp->file_questions);
  g_hash_table_unref (imp->existing_questions);
  g_hash_table_unref (imp->existing_builtins);
  g_hash_table_unref (imp->file_mentees);
}

static void problem (Import     *imp,
                     const char *path,
                     const char *format,
                     ...) G_GNUC_PRINTF (3, 4);

static void
problem (Import     *imp,
         const char *path,
         const char *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  imp->n_problems++;
  if (imp->n_problems > MAX_PROBLEMS)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_string_append_printf (imp->problems, "\n%s: %s", path, message);
}

/* Reading values */

/* Returns the member, or NULL when it is absent or null. */
static JsonNode *
get_member (JsonObject *object,
            const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  return node;
}

static gboolean
read_string (Import      *imp,
             JsonObject  *object,
             const char  *path,
             const char  *member,
             gboolean     required,
             const char **out)
{
  g_autofree char *mpath = g_strdup_printf ("%s.%s", path, member);
  JsonNode *node = get_member (object, member);

  *out = NULL;
  if (node == NULL)
    {
      if (required)
        problem (imp, mpath, _("is missing"));
      return !required;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      problem (imp, mpath, _("must be a string"));
      return FALSE;
    }
  *out = json_node_get_string (node);
  /* JSON escapes can spell what UTF-8 cannot: json-glib decodes "\ud800"
   * into bytes that are not text, which must go no further (not even into
   * an error message). */
  if (!g_utf8_validate (*out, -1, NULL))
    {
      problem (imp, mpath, _("is not valid text (it holds an unpaired surrogate such as \\ud800)"));
      *out = NULL;
      return FALSE;
    }
  if (required)
    {
      g_autofree char *copy = g_strstrip (g_strdup (*out));

      if (copy[0] == '\0')
        {
          problem (imp, mpath, _("cannot be blank"));
          return FALSE;
        }
    }
  return TRUE;
}

/* An optional integer; absent or null reads as 0, the model's "not set". */
static gboolean
read_int (Import     *imp,
          JsonObject *object,
          const char *path,
          const char *member,
          gint64      min,
          gint64      max,
          gboolean    nullable,
          int        *out)
{
  g_autofree char *mpath = g_strdup_printf ("%s.%s", path, member);
  JsonNode *node = get_member (object, member);
  gint64 value;

  *out = 0;
  if (node == NULL)
    {
      if (!nullable)
        problem (imp, mpath, _("is missing"));
      return nullable;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      problem (imp, mpath, _("must be a whole number"));
      return FALSE;
    }
  value = json_node_get_int (node);
  if (value < min || value > max)
    {
      if (nullable)
        problem (imp, mpath, _("is out of range: %lld (expected %lld to %lld or null)"),
                 (long long)value, (long long)min, (long long)max);
      else
        problem (imp, mpath, _("is out of range: %lld (expected %lld to %lld)"),
                 (long long)value, (long long)min, (long long)max);
      return FALSE;
    }
  *out = (int)value;
  return TRUE;
}

static gboolean
read_bool (Import     *imp,
           JsonObject *object,
           const char *path,
           const char *member,
           gboolean   *out)
{
  g_autofree char *mpath = g_strdup_printf ("%s.%s", path, member);
  JsonNode *node = get_member (object, member);

  *out = FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      problem (imp, mpath, _("must be true or false"));
      return FALSE;
    }
  *out = json_node_get_boolean (node);
  return TRUE;
}

static gboolean
read_enum (Import     *imp,
           JsonObject *object,
           const char *path,
           const char *member,
           GType       type,
           int        *out)
{
  g_autofree char *mpath = g_strdup_printf ("%s.%s", path, member);
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  g_autoptr(GString) expected = g_string_new (NULL);
  const char *text;
  GEnumValue *ev;

  *out = 0;
  if (!read_string (imp, object, path, member, TRUE, &text))
    return FALSE;

  if ((ev = g_enum_get_value_by_nick (klass, text)) != NULL)
    {
      *out = ev->value;
      return TRUE;
    }

  for (guint i = 0; i < klass->n_values; i++)
    g_string_append_printf (expected, "%s%s", i > 0 ? ", " : "", klass->values[i].value_nick);
  problem (imp, mpath, _("unknown value “%s” (expected one of %s)"), text, expected->str);
  return FALSE;
}

static gboolean
read_date (Import      *imp,
           JsonObject  *object,
           const char  *path,
           const char  *member,
           const char **out)
{
  g_autofree char *mpath = g_strdup_printf ("%s.%s", path, member);

  if (!read_string (imp, object, path, member, FALSE, out))
    return FALSE;
  if (*out != NULL && !rapport_date_parse (*out, NULL))
    {
      problem (imp, mpath, _("“%s” is not a valid date (YYYY-MM-DD)"), *out);
      *out = NULL;
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_instant (Import      *imp,
              JsonObject  *object,
              const char  *path,
              const char  *member,
              gboolean     required,
              GDateTime  **out)
{
  g_autofree char *mpath = g_strdup_printf ("%s.%s", path, member);
  const char *text;

  *out = NULL;
  if (!read_string (imp, object, path, member, required, &text))
    return FALSE;
  if (text == NULL)
    return TRUE;

  /* No default zone: an instant must say its offset. */
  if ((*out = g_date_time_new_from_iso8601 (text, NULL)) == NULL)
    {
      problem (imp, mpath,
               _("“%s” is not a valid date and time (RFC 3339 with an offset, such as 2026-03-01T09:30:00+01:00)"),
               text);
      return FALSE;
    }
  return TRUE;
}

/* A reference to another record: a uuid or null. */
static gboolean
read_uuid_ref (Import      *imp,
               JsonObject  *object,
               const char  *path,
               const char  *member,
               const char **out)
{
  g_autofree char *mpath = g_strdup_printf ("%s.%s", path, member);

  if (!read_string (imp, object, path, member, FALSE, out))
    return FALSE;
  if (*out != NULL && !g_uuid_string_is_valid (*out))
    {
      problem (imp, mpath, _("“%s” is not a valid uuid"), *out);
      *out = NULL;
      return FALSE;
    }
  return TRUE;
}

/* A due date: a date, or an instant for a time on that date, turned into
 * the local date and HH:MM time the notebook keeps. */
static gboolean
read_due (Import      *imp,
          JsonObject  *object,
          const char  *path,
          const char  *member,
          char       **date,
          char       **time)
{
  g_autofree char *mpath = g_strdup_printf ("%s.%s", path, member);
  g_autoptr(GDateTime) due = NULL;
  const char *s;

  *date = *time = NULL;
  if (!read_string (imp, object, path, member, FALSE, &s))
    return FALSE;
  if (s == NULL)
    return TRUE;

  if (rapport_date_parse (s, NULL))
    {
      *date = g_strdup (s);
      return TRUE;
    }
  if ((due = g_date_time_new_from_iso8601 (s, NULL)) != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (due);

      *date = g_date_time_format (local, "%Y-%m-%d");
      *time = g_date_time_format (local, "%H:%M");
      return TRUE;
    }

  problem (imp, mpath,
           _("“%s” is not a valid date (YYYY-MM-DD) or date and time (RFC 3339 with an offset)"),
           s);
  return FALSE;
}

static gboolean
read_uuid (Import      *imp,
           JsonObject  *object,
           const char  *path,
           RapportItem *item)
{
  g_autofree char *mpath = g_strdup_printf ("%s.uuid", path);
  const char *text;
  const char *other;

  if (!read_string (imp, object, path, "uuid", TRUE, &text))
    return FALSE;
  if (!g_uuid_string_is_valid (text))
    {
      problem (imp, mpath, _("“%s” is not a valid uuid"), text);
      return FALSE;
    }
  if ((other = g_hash_table_lookup (imp->seen_uuids, text)) != NULL)
    {
      problem (imp, mpath, _("the uuid %s is also used by %s"), text, other);
      return FALSE;
    }
  g_hash_table_insert (imp->seen_uuids, g_strdup (text), g_strdup (path));
  _rapport_item_set_uuid (item, text);
  return TRUE;
}

static void
read_timestamps (Import      *imp,
                 JsonObject  *object,
                 const char  *path,
                 RapportItem *item)
{
  g_autoptr(GDateTime) created = NULL;
  g_autoptr(GDateTime) updated = NULL;

  read_instant (imp, object, path, "created_at", FALSE, &created);
  read_instant (imp, object, path, "updated_at", FALSE, &updated);
  if (created != NULL || updated != NULL)
    _rapport_item_set_timestamps (item, created ? created : updated, updated ? updated : created);
}

/* The model's own validation catches what the reading above does not (text
 * too long, a maximum gap shorter than the ideal interval, …); its message
 * is shown with the path of the record. */
static void
validate_item (Import      *imp,
               const char  *path,
               RapportItem *item)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (RAPPORT_IS_MENTEE (item))
    ok = rapport_validate_mentee (RAPPORT_MENTEE (item), &error);
  else if (RAPPORT_IS_SESSION_NOTE (item))
    ok = rapport_validate_session_note (RAPPORT_SESSION_NOTE (item), &error);
  else if (RAPPORT_IS_COMMITMENT (item))
    ok = rapport_validate_commitment (RAPPORT_COMMITMENT (item), &error);
  else
    ok = rapport_validate_goal (RAPPORT_GOAL (item), &error);

  if (!ok)
    problem (imp, path, "%s", error->message);
}

static JsonArray *
read_array (Import     *imp,
            JsonObject *object,
            const char *path,
            const char *member,
            gboolean    required)
{
  g_autofree char *mpath = g_strdup_printf ("%s.%s", path, member);
  JsonNode *node = get_member (object, member);

  if (node == NULL)
    {
      if (required)
        problem (imp, mpath, _("is missing"));
      return NULL;
    }
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      problem (imp, mpath, _("must be an array"));
      return NULL;
    }
  return json_node_get_array (node);
}

static JsonObject *
element_object (Import     *imp,
                JsonArray  *array,
                guint       index,
                const char *path)
{
  JsonNode *node = json_array_get_element (array, index);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      problem (imp, path, _("must be an object"));
      return NULL;
    }
  return json_node_get_object (node);
}

/* Reading records */

static RapportMentee *
read_mentee (Import     *imp,
             JsonObject *o,
             const char *path)
{
  g_autoptr(RapportMentee) mentee = rapport_mentee_new ();
  g_autoptr(GPtrArray) boundaries = g_ptr_array_new_with_free_func ((GDestroyNotify)rapport_boundary_free);
  g_autoptr(GStrvBuilder) tags = g_strv_builder_new ();
  g_auto(GStrv) tagv = NULL;
  static const char *texts[] = {
    "pronouns", "role", "organization", "contact", "how_we_met", "preferred_channel",
    "feedback_preferences", "feedback_sensitivities", "about",
  };
  static const char *props[] = {
    "pronouns", "role", "organization", "contact", "how-we-met", "preferred-channel",
    "feedback-preferences", "feedback-sensitivities", "about",
  };
  guint before = imp->n_problems;
  const char *s;
  JsonArray *array;
  int v;

  read_uuid (imp, o, path, RAPPORT_ITEM (mentee));
  if (read_string (imp, o, path, "name", TRUE, &s))
    rapport_mentee_set_name (mentee, s);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (read_string (imp, o, path, texts[i], FALSE, &s))
      g_object_set (mentee, props[i], s, NULL);
  if (read_date (imp, o, path, "started_on", &s))
    rapport_mentee_set_started_on (mentee, s);
  if (read_enum (imp, o, path, "status", RAPPORT_TYPE_MENTEE_STATUS, &v))
    rapport_mentee_set_status (mentee, v);
  if (read_int (imp, o, path, "cadence_days", 1, 366, TRUE, &v))
    rapport_mentee_set_cadence_days (mentee, v);
  if (read_int (imp, o, path, "max_gap_days", 1, 732, TRUE, &v))
    rapport_mentee_set_max_gap_days (mentee, v);

  if ((array = read_array (imp, o, path, "tags", FALSE)) != NULL)
    {
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *node = json_array_get_element (array, i);
          g_autofree char *tpath = g_strdup_printf ("%s.tags[%u]", path, i);

          if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
            problem (imp, tpath, _("must be a string"));
          else if (!g_utf8_validate (json_node_get_string (node), -1, NULL))
            problem (imp, tpath, _("is not valid text (it holds an unpaired surrogate such as \\ud800)"));
          else
            g_strv_builder_add (tags, json_node_get_string (node));
        }
    }
  tagv = g_strv_builder_end (tags);
  rapport_mentee_set_tags (mentee, (const char * const *)tagv);

  if ((array = read_array (imp, o, path, "boundaries", FALSE)) != NULL)
    {
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_autofree char *bpath = g_strdup_printf ("%s.boundaries[%u]", path, i);
          JsonObject *bo = element_object (imp, array, i, bpath);
          const char *topic;
          int level;

          if (bo == NULL)
            continue;
          if (read_string (imp, bo, bpath, "topic", TRUE, &topic) &&
              read_enum (imp, bo, bpath, "level", RAPPORT_TYPE_BOUNDARY_LEVEL, &level))
            g_ptr_array_add (boundaries, rapport_boundary_new (topic, level));
        }
    }
  rapport_mentee_set_boundary_list (mentee, boundaries);
  read_timestamps (imp, o, path, RAPPORT_ITEM (mentee));

  if (imp->n_problems == before)
    validate_item (imp, path, RAPPORT_ITEM (mentee));

  return g_steal_pointer (&mentee);
}

static RapportSessionNote *
read_session (Import     *imp,
              JsonObject *o,
              const char *path)
{
  g_autoptr(RapportSessionNote) session = rapport_session_note_new ();
  g_autoptr(GDateTime) starts_at = NULL;
  static const char *texts[] = { "agenda", "notes", "takeaway", "wins" };
  guint before = imp->n_problems;
  const char *s;
  int v;

  read_uuid (imp, o, path, RAPPORT_ITEM (session));
  if (read_instant (imp, o, path, "starts_at", TRUE, &starts_at))
    rapport_session_note_set_starts_at (session, starts_at);
  if (read_int (imp, o, path, "duration_minutes", 0, 24 * 60, FALSE, &v))
    rapport_session_note_set_duration_minutes (session, v);
  if (read_enum (imp, o, path, "status", RAPPORT_TYPE_SESSION_STATUS, &v))
    rapport_session_note_set_status (session, v);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (read_string (imp, o, path, texts[i], FALSE, &s))
      g_object_set (session, texts[i], s, NULL);
  if (read_int (imp, o, path, "rating", 1, 5, TRUE, &v))
    rapport_session_note_set_rating (session, v);
  read_timestamps (imp, o, path, RAPPORT_ITEM (session));

  /* Validation needs an owner; the real one is set when merging. */
  rapport_session_note_set_mentee_id (session, 1);
  if (imp->n_problems == before)
    validate_item (imp, path, RAPPORT_ITEM (session));

  return g_steal_pointer (&session);
}

static RapportCommitment *
read_commitment (Import      *imp,
                 JsonObject  *o,
                 const char  *path,
                 char       **session_ref)
{
  g_autoptr(RapportCommitment) commitment = rapport_commitment_new ();
  g_autoptr(GDateTime) done_at = NULL;
  g_autofree char *due_date = NULL;
  g_autofree char *due_time = NULL;
  guint before = imp->n_problems;
  const char *s;
  int v;

  *session_ref = NULL;
  read_uuid (imp, o, path, RAPPORT_ITEM (commitment));
  if (read_enum (imp, o, path, "owner", RAPPORT_TYPE_COMMITMENT_OWNER, &v))
    rapport_commitment_set_owner (commitment, v);
  if (read_enum (imp, o, path, "kind", RAPPORT_TYPE_COMMITMENT_KIND, &v))
    rapport_commitment_set_kind (commitment, v);
  if (read_string (imp, o, path, "title", TRUE, &s))
    rapport_commitment_set_title (commitment, s);
  if (read_string (imp, o, path, "details", FALSE, &s))
    rapport_commitment_set_details (commitment, s);

  if (read_due (imp, o, path, "due", &due_date, &due_time))
    {
      rapport_commitment_set_due_date (commitment, due_date);
      rapport_commitment_set_due_time (commitment, due_time);
    }

  if (read_enum (imp, o, path, "status", RAPPORT_TYPE_COMMITMENT_STATUS, &v))
    rapport_commitment_set_status (commitment, v);
  if (read_instant (imp, o, path, "done_at", FALSE, &done_at))
    rapport_commitment_set_done_at (commitment, done_at);

  if (read_string (imp, o, path, "session_uuid", FALSE, &s) && s != NULL)
    {
      g_autofree char *spath = g_strdup_printf ("%s.session_uuid", path);

      if (!g_uuid_string_is_valid (s))
        problem (imp, spath, _("“%s” is not a valid uuid"), s);
      else
        *session_ref = g_strdup (s);
    }
  read_timestamps (imp, o, path, RAPPORT_ITEM (commitment));

  rapport_commitment_set_mentee_id (commitment, 1);
  if (imp->n_problems == before)
    validate_item (imp, path, RAPPORT_ITEM (commitment));

  return g_steal_pointer (&commitment);
}

static RapportGoal *
read_goal (Import     *imp,
           JsonObject *o,
           const char *path)
{
  g_autoptr(RapportGoal) goal = rapport_goal_new ();
  guint before = imp->n_problems;
  const char *s;
  int v;

  read_uuid (imp, o, path, RAPPORT_ITEM (goal));
  if (read_string (imp, o, path, "title", TRUE, &s))
    rapport_goal_set_title (goal, s);
  if (read_string (imp, o, path, "details", FALSE, &s))
    rapport_goal_set_details (goal, s);
  if (read_date (imp, o, path, "target_date", &s))
    rapport_goal_set_target_date (goal, s);
  if (read_enum (imp, o, path, "status", RAPPORT_TYPE_GOAL_STATUS, &v))
    rapport_goal_set_status (goal, v);
  if (read_int (imp, o, path, "progress", 0, 100, FALSE, &v))
    rapport_goal_set_progress (goal, v);
  read_timestamps (imp, o, path, RAPPORT_ITEM (goal));

  rapport_goal_set_mentee_id (goal, 1);
  if (imp->n_problems == before)
    validate_item (imp, path, RAPPORT_ITEM (goal));

  return g_steal_pointer (&goal);
}

/* Reading the histories and the question bank */

static gint64
unix_time (GDateTime *value)
{
  return value != NULL ? g_date_time_to_unix (value) : 0;
}

/* Absent means "the file says nothing about it" (a file of an earlier
 * build); an empty array means "no changes". */
static GPtrArray *
read_due_changes (Import     *imp,
                  JsonObject *o,
                  const char *path)
{
  g_autoptr(GPtrArray) ret = NULL;
  JsonArray *array;

  if ((array = read_array (imp, o, path, "due_changes", FALSE)) == NULL)
    return NULL;

  ret = g_ptr_array_new_with_free_func ((GDestroyNotify)due_change_free);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *p = g_strdup_printf ("%s.due_changes[%u]", path, i);
      JsonObject *co = element_object (imp, array, i, p);
      g_autoptr(GDateTime) changed_at = NULL;
      DueChange *change;
      const char *reason;

      if (co == NULL)
        continue;

      change = g_new0 (DueChange, 1);
      g_ptr_array_add (ret, change);
      read_due (imp, co, p, "old_due", &change->old_date, &change->old_time);
      read_due (imp, co, p, "new_due", &change->new_date, &change->new_time);
      if (read_string (imp, co, p, "reason", FALSE, &reason))
        change->reason = g_strdup (reason);
      if (read_instant (imp, co, p, "changed_at", TRUE, &changed_at))
        change->changed_at = unix_time (changed_at);
    }
  return g_steal_pointer (&ret);
}

/* The drops and reopenings of a promise; absent as for due_changes. */
static GPtrArray *
read_status_changes (Import     *imp,
                     JsonObject *o,
                     const char *path)
{
  g_autoptr(GPtrArray) ret = NULL;
  JsonArray *array;

  if ((array = read_array (imp, o, path, "status_changes", FALSE)) == NULL)
    return NULL;

  ret = g_ptr_array_new_with_free_func ((GDestroyNotify)status_change_free);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *p = g_strdup_printf ("%s.status_changes[%u]", path, i);
      JsonObject *co = element_object (imp, array, i, p);
      g_autoptr(GDateTime) changed_at = NULL;
      StatusChange *change;
      const char *reason;

      if (co == NULL)
        continue;

      change = g_new0 (StatusChange, 1);
      g_ptr_array_add (ret, change);
      read_enum (imp, co, p, "old_status", RAPPORT_TYPE_COMMITMENT_STATUS, &change->old_status);
      read_enum (imp, co, p, "new_status", RAPPORT_TYPE_COMMITMENT_STATUS, &change->new_status);
      if (read_string (imp, co, p, "reason", FALSE, &reason))
        change->reason = g_strdup (reason);
      if (read_instant (imp, co, p, "changed_at", TRUE, &changed_at))
        change->changed_at = unix_time (changed_at);
    }
  return g_steal_pointer (&ret);
}

static GPtrArray *
read_progress_changes (Import     *imp,
                       JsonObject *o,
                       const char *path)
{
  g_autoptr(GPtrArray) ret = NULL;
  JsonArray *array;

  if ((array = read_array (imp, o, path, "progress_changes", FALSE)) == NULL)
    return NULL;

  ret = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *p = g_strdup_printf ("%s.progress_changes[%u]", path, i);
      JsonObject *co = element_object (imp, array, i, p);
      g_autoptr(GDateTime) changed_at = NULL;
      RapportStoreProgressChange *change;

      if (co == NULL)
        continue;

      change = g_new0 (RapportStoreProgressChange, 1);
      g_ptr_array_add (ret, change);
      read_int (imp, co, p, "old_progress", 0, 100, FALSE, &change->old_progress);
      read_int (imp, co, p, "new_progress", 0, 100, FALSE, &change->new_progress);
      if (read_instant (imp, co, p, "changed_at", TRUE, &changed_at))
        change->changed_at = unix_time (changed_at);
    }
  return g_steal_pointer (&ret);
}

/* The references of an ask are checked once the whole file is read: its
 * prompt may be listed after the mentees. */
static void
read_asked (Import       *imp,
            MenteeImport *mi,
            JsonObject   *mo,
            const char   *path)
{
  JsonArray *array;

  if ((array = read_array (imp, mo, path, "questions_asked", FALSE)) == NULL)
    return;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *p = g_strdup_printf ("%s.questions_asked[%u]", path, i);
      JsonObject *ao = element_object (imp, array, i, p);
      g_autoptr(GDateTime) asked_at = NULL;
      const char *question_uuid = NULL, *key = NULL, *session_uuid = NULL;
      guint before = imp->n_problems;
      RapportStoreAsked *asked;

      if (ao == NULL)
        continue;

      read_uuid_ref (imp, ao, p, "question_uuid", &question_uuid);
      read_string (imp, ao, p, "builtin_key", FALSE, &key);
      read_uuid_ref (imp, ao, p, "session_uuid", &session_uuid);
      read_instant (imp, ao, p, "asked_at", TRUE, &asked_at);
      if (imp->n_problems != before)
        continue;
      if ((question_uuid == NULL) == (key == NULL))
        {
          problem (imp, p, _("needs either a question_uuid or a builtin_key"));
          continue;
        }
      if (session_uuid != NULL)
        {
          gboolean found = FALSE;

          for (guint k = 0; k < mi->sessions->len && !found; k++)
            found = g_strcmp0 (rapport_item_get_uuid (g_ptr_array_index (mi->sessions, k)),
                               session_uuid) == 0;
          if (!found && !g_hash_table_contains (imp->existing[KIND_SESSION], session_uuid))
            {
              g_autofree char *spath = g_strdup_printf ("%s.session_uuid", p);

              problem (imp, spath, _("no meeting with the uuid %s exists in this file or in the notebook"),
                       session_uuid);
              continue;
            }
        }

      asked = g_new0 (RapportStoreAsked, 1);
      asked->question_uuid = g_strdup (question_uuid);
      asked->builtin_key = g_strdup (key);
      asked->session_uuid = g_strdup (session_uuid);
      asked->asked_at = unix_time (asked_at);
      g_ptr_array_add (mi->asked, asked);
      g_ptr_array_add (mi->asked_paths, g_steal_pointer (&p));
    }
}

/* A built-in prompt is listed by its key, with only what the mentor can
 * change of it (tags, hidden); one of the mentor's own with every field. */
static void
read_question (Import     *imp,
               JsonObject *o,
               const char *path)
{
  g_autoptr(RapportQuestion) question = NULL;
  g_autoptr(GStrvBuilder) tags = g_strv_builder_new ();
  g_autoptr(GDateTime) deleted_at = NULL;
  g_auto(GStrv) tagv = NULL;
  const char *key = NULL, *s, *mentee_uuid = NULL;
  RapportQuestion *existing = NULL;
  guint before = imp->n_problems;
  JsonArray *array;
  gboolean hidden;
  int v;

  if (!read_string (imp, o, path, "builtin_key", FALSE, &key))
    return;

  if (key != NULL)
    {
      g_autofree char *kpath = g_strdup_printf ("%s.builtin_key", path);
      RapportQuestion *other = g_hash_table_lookup (imp->file_questions, key);

      if ((existing = g_hash_table_lookup (imp->existing_builtins, key)) == NULL)
        {
          problem (imp, kpath, _("no built-in question “%s” exists in this version of Rapport"), key);
          return;
        }
      if (other != NULL)
        {
          problem (imp, kpath, _("the built-in question “%s” is listed twice"), key);
          return;
        }
      question = g_object_new (RAPPORT_TYPE_QUESTION, "builtin-key", key, NULL);
      _rapport_item_set_uuid (RAPPORT_ITEM (question), rapport_item_get_uuid (RAPPORT_ITEM (existing)));
    }
  else
    {
      g_autoptr(GError) error = NULL;

      question = rapport_question_new ();
      if (read_uuid (imp, o, path, RAPPORT_ITEM (question)) &&
          (existing = g_hash_table_lookup (imp->existing_questions,
                                           rapport_item_get_uuid (RAPPORT_ITEM (question)))) != NULL &&
          rapport_question_is_builtin (existing))
        {
          g_autofree char *upath = g_strdup_printf ("%s.uuid", path);

          problem (imp, upath, _("the uuid %s is used by a built-in question of the notebook"),
                   rapport_item_get_uuid (RAPPORT_ITEM (question)));
        }
      if (read_string (imp, o, path, "text", TRUE, &s))
        {
          if (rapport_validate_text (_("The question"), s, TRUE, FALSE, &error))
            rapport_question_set_text (question, s);
          else
            {
              g_autofree char *tpath = g_strdup_printf ("%s.text", path);

              problem (imp, tpath, "%s", error->message);
            }
        }
      if (read_enum (imp, o, path, "stage", RAPPORT_TYPE_QUESTION_STAGE, &v))
        rapport_question_set_stage (question, v);
      if (read_enum (imp, o, path, "category", RAPPORT_TYPE_QUESTION_CATEGORY, &v))
        rapport_question_set_category (question, v);
      read_uuid_ref (imp, o, path, "mentee_uuid", &mentee_uuid);
      if (read_instant (imp, o, path, "deleted_at", FALSE, &deleted_at))
        _rapport_item_set_deleted_at (RAPPORT_ITEM (question), deleted_at);
    }

  if ((array = read_array (imp, o, path, "tags", FALSE)) != NULL)
    {
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *node = json_array_get_element (array, i);
          g_autofree char *tpath = g_strdup_printf ("%s.tags[%u]", path, i);
          g_autoptr(GError) error = NULL;

          if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
            problem (imp, tpath, _("must be a string"));
          else if (!g_utf8_validate (json_node_get_string (node), -1, NULL))
            problem (imp, tpath, _("is not valid text (it holds an unpaired surrogate such as \\ud800)"));
          else if (!rapport_validate_text (_("A tag"), json_node_get_string (node), TRUE, FALSE, &error))
            problem (imp, tpath, "%s", error->message);
          else
            g_strv_builder_add (tags, json_node_get_string (node));
        }
    }
  tagv = g_strv_builder_end (tags);
  rapport_question_set_tags (question, (const char * const *)tagv);
  if (read_bool (imp, o, path, "hidden", &hidden))
    rapport_question_set_hidden (question, hidden);
  read_timestamps (imp, o, path, RAPPORT_ITEM (question));

  if (imp->n_problems != before)
    return;

  g_hash_table_insert (imp->file_questions,
                       g_strdup (key ? key : rapport_item_get_uuid (RAPPORT_ITEM (question))),
                       question);
  g_ptr_array_add (imp->question_mentees, g_strdup (mentee_uuid));
  g_ptr_array_add (imp->questions, g_steal_pointer (&question));
}

static void
read_questions (Import     *imp,
                JsonObject *root)
{
  JsonArray *array;

  if ((array = read_array (imp, root, "$", "questions", FALSE)) == NULL)
    return;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("$.questions[%u]", i);
      JsonObject *o = element_object (imp, array, i, path);
      guint before = imp->questions->len;
      const char *ref;

      if (o == NULL)
        continue;
      read_question (imp, o, path);

      /* The mentee a prompt is kept for, in the file or in the notebook. */
      if (imp->questions->len > before)
        {
          ref = g_ptr_array_index (imp->question_mentees, imp->question_mentees->len - 1);
          if (ref != NULL &&
              !g_hash_table_contains (imp->file_mentees, ref) &&
              !g_hash_table_contains (imp->existing[KIND_MENTEE], ref))
            {
              g_autofree char *mpath = g_strdup_printf ("%s.mentee_uuid", path);

              problem (imp, mpath, _("no mentee with the uuid %s exists in this file or in the notebook"),
                       ref);
            }
        }
    }
}

/* Every ask names a prompt of the file or of the notebook. */
static void
check_asked (Import *imp)
{
  for (guint i = 0; i < imp->mentees->len; i++)
    {
      MenteeImport *mi = g_ptr_array_index (imp->mentees, i);

      for (guint j = 0; j < mi->asked->len; j++)
        {
          RapportStoreAsked *asked = g_ptr_array_index (mi->asked, j);
          const char *path = g_ptr_array_index (mi->asked_paths, j);
          g_autofree char *mpath = NULL;

          if (asked->builtin_key != NULL)
            {
              if (!g_hash_table_contains (imp->existing_builtins, asked->builtin_key))
                {
                  mpath = g_strdup_printf ("%s.builtin_key", path);
                  problem (imp, mpath, _("no built-in question “%s” exists in this version of Rapport"),
                           asked->builtin_key);
                }
            }
          else
            {
              RapportQuestion *q = g_hash_table_lookup (imp->file_questions, asked->question_uuid);

              if (q == NULL)
                q = g_hash_table_lookup (imp->existing_questions, asked->question_uuid);
              if (q == NULL || rapport_question_is_builtin (q))
                {
                  mpath = g_strdup_printf ("%s.question_uuid", path);
                  problem (imp, mpath, _("no question with the uuid %s exists in this file or in the notebook"),
                           asked->question_uuid);
                }
            }
        }
    }
}

/* What the notebook holds */

static void
add_existing (Import     *imp,
              int         kind,
              GListModel *model)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RapportItem) item = g_list_model_get_item (model, i);

      g_hash_table_insert (imp->existing[kind],
                           g_strdup (rapport_item_get_uuid (item)),
                           g_object_ref (item));
      if (kind == KIND_SESSION)
        {
          gint64 *key = g_new (gint64, 1);

          *key = rapport_item_get_id (item);
          g_hash_table_insert (imp->session_by_id, key, g_object_ref (item));
        }
    }
}

static gboolean
load_existing (Import  *imp,
               GError **error)
{
  GListModel *mentees = rapport_repository_get_mentees (imp->repository);
  guint n = g_list_model_get_n_items (mentees);
  g_autoptr(GPtrArray) questions = NULL;

  questions = rapport_store_interchange_list_questions (rapport_repository_get_database (imp->repository),
                                                        RAPPORT_TYPE_QUESTION, FALSE, error);
  if (questions == NULL)
    return FALSE;
  for (guint i = 0; i < questions->len; i++)
    {
      RapportQuestion *q = g_ptr_array_index (questions, i);
      const char *key = rapport_question_get_builtin_key (q);

      g_hash_table_insert (imp->existing_questions, g_strdup (rapport_item_get_uuid (RAPPORT_ITEM (q))),
                           g_object_ref (q));
      if (key != NULL)
        g_hash_table_insert (imp->existing_builtins, g_strdup (key), g_object_ref (q));
    }

  add_existing (imp, KIND_MENTEE, mentees);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RapportItem) mentee = g_list_model_get_item (mentees, i);
      gint64 id = rapport_item_get_id (mentee);
      g_autoptr(GListModel) sessions = rapport_repository_list_sessions (imp->repository, id);
      g_autoptr(GListModel) commitments = rapport_repository_list_commitments (imp->repository, id);
      g_autoptr(GListModel) goals = rapport_repository_list_goals (imp->repository, id);

      add_existing (imp, KIND_SESSION, sessions);
      add_existing (imp, KIND_COMMITMENT, commitments);
      add_existing (imp, KIND_GOAL, goals);
    }

  return TRUE;
}

/* Pass 1: reading and checking the whole file */

static gboolean
check_utf8 (Import     *imp,
            const char *data,
            gsize       length)
{
  const char *end;
  guint line = 1, column = 1;

  if (g_utf8_validate_len (data, length, &end))
    return TRUE;

  for (const char *p = data; p < end; p = g_utf8_next_char (p))
    {
      if (*p == '\n')
        line++, column = 1;
      else
        column++;
    }
  problem (imp, "$", _("the file is not valid UTF-8 text (line %u, column %u, byte %zu)"),
           line, column, (size_t)(end - data));
  return FALSE;
}

static gboolean
read_document (Import      *imp,
               const char  *data,
               gsize        length,
               GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  JsonObject *root;
  JsonNode *node;
  JsonArray *mentees;
  const char *format = NULL;

  if (!check_utf8 (imp, data, length))
    return FALSE;

  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      /* json-glib quotes the offending string, which may hold what a "\ud83d"
       * escape decoded to: not text. */
      g_autofree char *message = g_utf8_make_valid (local_error->message, -1);

      problem (imp, "$", _("the file is not valid JSON (it may be cut short): %s"), message);
      return FALSE;
    }

  node = json_parser_get_root (parser);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, RAPPORT_IMPORT_ERROR, RAPPORT_IMPORT_ERROR_NOT_RAPPORT,
                   _("$: this is not a Rapport notebook export (the file is not a JSON object)"));
      return FALSE;
    }
  root = json_node_get_object (node);

  node = get_member (root, "format");
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    format = json_node_get_string (node);
  if (g_strcmp0 (format, RAPPORT_EXPORT_FORMAT) != 0)
    {
      g_set_error (error, RAPPORT_IMPORT_ERROR, RAPPORT_IMPORT_ERROR_NOT_RAPPORT,
                   _("$.format: this is not a Rapport notebook export (expected “%s”)"),
                   RAPPORT_EXPORT_FORMAT);
      return FALSE;
    }

  node = get_member (root, "version");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64 ||
      json_node_get_int (node) < 1)
    {
      g_set_error (error, RAPPORT_IMPORT_ERROR, RAPPORT_IMPORT_ERROR_INVALID,
                   _("$.version: missing or not a format version number"));
      return FALSE;
    }
  if (json_node_get_int (node) > RAPPORT_EXPORT_VERSION)
    {
      g_set_error (error, RAPPORT_IMPORT_ERROR, RAPPORT_IMPORT_ERROR_NEWER_VERSION,
                   _("$.version: the file was written by a newer Rapport (format version %lld; "
                     "this version reads up to %d). Update Rapport to import it."),
                   (long long)json_node_get_int (node), RAPPORT_EXPORT_VERSION);
      return FALSE;
    }

  if ((mentees = read_array (imp, root, "$", "mentees", TRUE)) == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (mentees); i++)
    {
      g_autofree char *path = g_strdup_printf ("$.mentees[%u]", i);
      JsonObject *mo = element_object (imp, mentees, i, path);
      MenteeImport *mi;
      JsonArray *array;

      if (mo == NULL)
        continue;

      mi = g_new0 (MenteeImport, 1);
      mi->sessions = g_ptr_array_new_with_free_func (g_object_unref);
      mi->commitments = g_ptr_array_new_with_free_func (g_object_unref);
      mi->session_refs = g_ptr_array_new_with_free_func (g_free);
      mi->due_changes = g_ptr_array_new_with_free_func (unref_nullable);
      mi->status_changes = g_ptr_array_new_with_free_func (unref_nullable);
      mi->goals = g_ptr_array_new_with_free_func (g_object_unref);
      mi->progress = g_ptr_array_new_with_free_func (unref_nullable);
      mi->asked = g_ptr_array_new_with_free_func ((GDestroyNotify)rapport_store_asked_free);
      mi->asked_paths = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (imp->mentees, mi);

      mi->mentee = read_mentee (imp, mo, path);
      if (rapport_item_get_uuid (RAPPORT_ITEM (mi->mentee)) != NULL)
        g_hash_table_insert (imp->file_mentees,
                             g_strdup (rapport_item_get_uuid (RAPPORT_ITEM (mi->mentee))), mi);

      if ((array = read_array (imp, mo, path, "sessions", FALSE)) != NULL)
        for (guint j = 0; j < json_array_get_length (array); j++)
          {
            g_autofree char *p = g_strdup_printf ("%s.sessions[%u]", path, j);
            JsonObject *o = element_object (imp, array, j, p);

            if (o != NULL)
              g_ptr_array_add (mi->sessions, read_session (imp, o, p));
          }

      if ((array = read_array (imp, mo, path, "commitments", FALSE)) != NULL)
        for (guint j = 0; j < json_array_get_length (array); j++)
          {
            g_autofree char *p = g_strdup_printf ("%s.commitments[%u]", path, j);
            JsonObject *o = element_object (imp, array, j, p);
            char *ref = NULL;

            if (o == NULL)
              continue;
            g_ptr_array_add (mi->commitments, read_commitment (imp, o, p, &ref));
            g_ptr_array_add (mi->due_changes, read_due_changes (imp, o, p));
            g_ptr_array_add (mi->status_changes, read_status_changes (imp, o, p));
            g_ptr_array_add (mi->session_refs, ref);
          }

      if ((array = read_array (imp, mo, path, "goals", FALSE)) != NULL)
        for (guint j = 0; j < json_array_get_length (array); j++)
          {
            g_autofree char *p = g_strdup_printf ("%s.goals[%u]", path, j);
            JsonObject *o = element_object (imp, array, j, p);

            if (o != NULL)
              {
                g_ptr_array_add (mi->goals, read_goal (imp, o, p));
                g_ptr_array_add (mi->progress, read_progress_changes (imp, o, p));
              }
          }

      read_asked (imp, mi, mo, path);

      /* A promise can come from a meeting of the same mentee, in the file or
       * already in the notebook. */
      for (guint j = 0; j < mi->session_refs->len; j++)
        {
          const char *ref = g_ptr_array_index (mi->session_refs, j);
          gboolean found = FALSE;

          if (ref == NULL)
            continue;
          for (guint k = 0; k < mi->sessions->len && !found; k++)
            found = g_strcmp0 (rapport_item_get_uuid (g_ptr_array_index (mi->sessions, k)), ref) == 0;
          found = found || g_hash_table_contains (imp->existing[KIND_SESSION], ref);
          if (!found)
            {
              g_autofree char *p = g_strdup_printf ("%s.commitments[%u].session_uuid", path, j);

              problem (imp, p, _("no meeting with the uuid %s exists in this file or in the notebook"),
                       ref);
            }
        }
    }

  read_questions (imp, root);
  check_asked (imp);

  return imp->n_problems == 0;
}

/* Pass 2: merging */

static gboolean
same_record (RapportItem *a,
             RapportItem *b)
{
  g_autoptr(JsonNode) na = NULL;
  g_autoptr(JsonNode) nb = NULL;

  if (RAPPORT_IS_MENTEE (a))
    {
      na = _rapport_export_mentee_fields (RAPPORT_MENTEE (a));
      nb = _rapport_export_mentee_fields (RAPPORT_MENTEE (b));
    }
  else if (RAPPORT_IS_SESSION_NOTE (a))
    {
      if (rapport_session_note_get_mentee_id (RAPPORT_SESSION_NOTE (a)) !=
          rapport_session_note_get_mentee_id (RAPPORT_SESSION_NOTE (b)))
        return FALSE;
      na = _rapport_export_session_fields (RAPPORT_SESSION_NOTE (a));
      nb = _rapport_export_session_fields (RAPPORT_SESSION_NOTE (b));
    }
  else if (RAPPORT_IS_COMMITMENT (a))
    {
      RapportCommitment *ca = RAPPORT_COMMITMENT (a);
      RapportCommitment *cb = RAPPORT_COMMITMENT (b);

      if (rapport_commitment_get_mentee_id (ca) != rapport_commitment_get_mentee_id (cb) ||
          rapport_commitment_get_session_id (ca) != rapport_commitment_get_session_id (cb))
        return FALSE;
      na = _rapport_export_commitment_fields (ca, NULL);
      nb = _rapport_export_commitment_fields (cb, NULL);
    }
  else
    {
      if (rapport_goal_get_mentee_id (RAPPORT_GOAL (a)) != rapport_goal_get_mentee_id (RAPPORT_GOAL (b)))
        return FALSE;
      na = _rapport_export_goal_fields (RAPPORT_GOAL (a));
      nb = _rapport_export_goal_fields (RAPPORT_GOAL (b));
    }

  return json_node_equal (na, nb);
}

static RapportStoreTable
table_of (int kind)
{
  switch (kind)
    {
    case KIND_MENTEE:
      return RAPPORT_STORE_TABLE_MENTEES;
    case KIND_SESSION:
      return RAPPORT_STORE_TABLE_SESSIONS;
    case KIND_COMMITMENT:
      return RAPPORT_STORE_TABLE_COMMITMENTS;
    case KIND_GOAL:
    default:
      return RAPPORT_STORE_TABLE_GOALS;
    }
}

/* Saving stamps the record with the time of the import; it gets the file's
 * times back, so that an export of the copy is the file again. */
static gboolean
restore_timestamps (Import       *imp,
                    int           kind,
                    RapportItem  *item,
                    GDateTime    *created_at,
                    GDateTime    *updated_at,
                    GError      **error)
{
  if (updated_at == NULL)
    return TRUE;
  if (created_at == NULL)
    created_at = rapport_item_get_created_at (item);

  if (!rapport_store_interchange_set_timestamps (rapport_repository_get_database (imp->repository),
                                                 table_of (kind), rapport_item_get_id (item),
                                                 g_date_time_to_unix (created_at),
                                                 g_date_time_to_unix (updated_at), error))
    return FALSE;
  _rapport_item_set_timestamps (item, created_at, updated_at);
  return TRUE;
}

/* Adds @incoming, or updates the record with its uuid when they differ. */
static gboolean
merge_item (Import              *imp,
            int                  kind,
            RapportItem         *incoming,
            RapportImportStats  *stats,
            GError             **error)
{
  RapportItem *existing = g_hash_table_lookup (imp->existing[kind], rapport_item_get_uuid (incoming));
  g_autoptr(GDateTime) file_created = NULL;
  g_autoptr(GDateTime) file_updated = NULL;

  if (rapport_item_get_created_at (incoming) != NULL)
    file_created = g_date_time_ref (rapport_item_get_created_at (incoming));
  if (rapport_item_get_updated_at (incoming) != NULL)
    file_updated = g_date_time_ref (rapport_item_get_updated_at (incoming));

  if (existing == NULL)
    {
      if (!rapport_repository_save (imp->repository, incoming, error) ||
          !restore_timestamps (imp, kind, incoming, file_created, file_updated, error))
        return FALSE;
      stats->added++;
      return TRUE;
    }

  /* Values the repository fills in when the file leaves them out stay as
   * they are, so that a second import finds nothing to change. */
  if (RAPPORT_IS_COMMITMENT (incoming) &&
      rapport_commitment_get_status (RAPPORT_COMMITMENT (incoming)) == RAPPORT_COMMITMENT_STATUS_DONE &&
      rapport_commitment_get_done_at (RAPPORT_COMMITMENT (incoming)) == NULL)
    rapport_commitment_set_done_at (RAPPORT_COMMITMENT (incoming),
                                    rapport_commitment_get_done_at (RAPPORT_COMMITMENT (existing)));
  if (RAPPORT_IS_GOAL (incoming) && rapport_goal_get_target_date (RAPPORT_GOAL (incoming)) == NULL)
    rapport_goal_set_target_date (RAPPORT_GOAL (incoming),
                                  rapport_goal_get_target_date (RAPPORT_GOAL (existing)));

  _rapport_item_set_id (incoming, rapport_item_get_id (existing));
  _rapport_item_set_timestamps (incoming,
                                rapport_item_get_created_at (existing),
                                rapport_item_get_updated_at (existing));

  if (same_record (incoming, existing))
    {
      stats->unchanged++;
      return TRUE;
    }

  if (!rapport_repository_save (imp->repository, incoming, error) ||
      !restore_timestamps (imp, kind, incoming, file_created, file_updated, error))
    return FALSE;
  stats->updated++;
  return TRUE;
}

static void
count_merge (RapportImportStats *stats,
             RapportStoreMerge   merge)
{
  if (merge == RAPPORT_STORE_MERGE_ADDED)
    stats->added++;
  else if (merge == RAPPORT_STORE_MERGE_UPDATED)
    stats->updated++;
  else
    stats->unchanged++;
}

/* A history in the file replaces what saving the record just recorded (the
 * due date moved by the import, the progress changed by it): the file says
 * when that really happened. Entries the notebook has already stay. */
static gboolean
merge_due_changes (Import              *imp,
                   RapportCommitment   *commitment,
                   GPtrArray           *changes,
                   RapportImportStats  *stats,
                   GError             **error)
{
  RapportDatabase *db = rapport_repository_get_database (imp->repository);
  gint64 id = rapport_item_get_id (RAPPORT_ITEM (commitment));

  if (changes == NULL)
    return TRUE;
  if (!rapport_store_interchange_drop_history_after (db, RAPPORT_STORE_HISTORY_DUE_CHANGES, id,
                                                     imp->last_due_change, error))
    return FALSE;

  for (guint i = 0; i < changes->len; i++)
    {
      DueChange *c = g_ptr_array_index (changes, i);
      gboolean added;

      if (!rapport_store_interchange_add_due_change (db, id, c->old_date, c->old_time, c->new_date,
                                                     c->new_time, c->reason, c->changed_at,
                                                     &added, error))
        return FALSE;
      count_merge (stats, added ? RAPPORT_STORE_MERGE_ADDED : RAPPORT_STORE_MERGE_UNCHANGED);
    }
  return TRUE;
}

static gboolean
merge_status_changes (Import              *imp,
                      RapportCommitment   *commitment,
                      GPtrArray           *changes,
                      RapportImportStats  *stats,
                      GError             **error)
{
  RapportDatabase *db = rapport_repository_get_database (imp->repository);
  gint64 id = rapport_item_get_id (RAPPORT_ITEM (commitment));

  if (changes == NULL)
    return TRUE;
  if (!rapport_store_interchange_drop_history_after (db, RAPPORT_STORE_HISTORY_STATUS_CHANGES, id,
                                                     imp->last_status_change, error))
    return FALSE;

  for (guint i = 0; i < changes->len; i++)
    {
      StatusChange *c = g_ptr_array_index (changes, i);
      gboolean added;

      if (!rapport_store_interchange_add_status_change (db, id, rapport_commitment_status_to_nick (c->old_status),
                                                        rapport_commitment_status_to_nick (c->new_status), c->reason,
                                                        c->changed_at, &added, error))
        return FALSE;
      count_merge (stats, added ? RAPPORT_STORE_MERGE_ADDED : RAPPORT_STORE_MERGE_UNCHANGED);
    }
  return TRUE;
}

static gboolean
merge_progress_changes (Import              *imp,
                        RapportGoal         *goal,
                        GPtrArray           *changes,
                        RapportImportStats  *stats,
                        GError             **error)
{
  RapportDatabase *db = rapport_repository_get_database (imp->repository);
  gint64 id = rapport_item_get_id (RAPPORT_ITEM (goal));

  if (changes == NULL)
    return TRUE;
  if (!rapport_store_interchange_drop_history_after (db, RAPPORT_STORE_HISTORY_PROGRESS_CHANGES, id,
                                                     imp->last_progress_change, error))
    return FALSE;

  for (guint i = 0; i < changes->len; i++)
    {
      RapportStoreProgressChange *c = g_ptr_array_index (changes, i);
      gboolean added;

      if (!rapport_store_interchange_add_progress_change (db, id, c->old_progress, c->new_progress,
                                                          c->changed_at, &added, error))
        return FALSE;
      count_merge (stats, added ? RAPPORT_STORE_MERGE_ADDED : RAPPORT_STORE_MERGE_UNCHANGED);
    }
  return TRUE;
}

static gboolean
same_tags (RapportQuestion *a,
           RapportQuestion *b)
{
  const char * const *ta = rapport_question_get_tags (a);
  const char * const *tb = rapport_question_get_tags (b);

  /* No tags may be NULL or empty. */
  if (ta == NULL || ta[0] == NULL)
    return tb == NULL || tb[0] == NULL;
  if (tb == NULL)
    return FALSE;
  return g_strv_equal (ta, tb);
}

static gboolean
same_question (RapportQuestion *a,
               RapportQuestion *b)
{
  GDateTime *da = rapport_item_get_deleted_at (RAPPORT_ITEM (a));
  GDateTime *db = rapport_item_get_deleted_at (RAPPORT_ITEM (b));

  if (!same_tags (a, b) || rapport_question_get_hidden (a) != rapport_question_get_hidden (b))
    return FALSE;

  /* A built-in prompt the notebook never changed is written to no export;
   * once the file changes it, it is. */
  if (rapport_question_is_builtin (a))
    return rapport_item_get_updated_at (RAPPORT_ITEM (b)) != NULL ||
           rapport_item_get_updated_at (RAPPORT_ITEM (a)) == NULL;

  return g_strcmp0 (rapport_question_get_text (a), rapport_question_get_text (b)) == 0 &&
         rapport_question_get_stage (a) == rapport_question_get_stage (b) &&
         rapport_question_get_category (a) == rapport_question_get_category (b) &&
         rapport_question_get_mentee_id (a) == rapport_question_get_mentee_id (b) &&
         (da == NULL) == (db == NULL) &&
         (da == NULL || g_date_time_to_unix (da) == g_date_time_to_unix (db));
}

static gboolean
merge_questions (Import              *imp,
                 RapportImportStats  *stats,
                 GError             **error)
{
  RapportDatabase *db = rapport_repository_get_database (imp->repository);
  g_autoptr(GDateTime) now = rapport_repository_dup_now (imp->repository);
  g_autoptr(GDateTime) now_utc = g_date_time_to_utc (now);

  for (guint i = 0; i < imp->questions->len; i++)
    {
      RapportQuestion *q = g_ptr_array_index (imp->questions, i);
      const char *mentee_ref = g_ptr_array_index (imp->question_mentees, i);
      const char *key = rapport_question_get_builtin_key (q);
      RapportQuestion *existing;
      RapportItem *item = RAPPORT_ITEM (q);
      g_autoptr(GDateTime) created = NULL;
      g_autoptr(GDateTime) updated = NULL;

      if (key != NULL)
        existing = g_hash_table_lookup (imp->existing_builtins, key);
      else
        existing = g_hash_table_lookup (imp->existing_questions, rapport_item_get_uuid (item));

      if (mentee_ref != NULL)
        {
          MenteeImport *mi = g_hash_table_lookup (imp->file_mentees, mentee_ref);
          RapportItem *mentee = mi ? RAPPORT_ITEM (mi->mentee)
                                   : g_hash_table_lookup (imp->existing[KIND_MENTEE], mentee_ref);

          rapport_question_set_mentee_id (q, rapport_item_get_id (mentee));
        }

      /* The asks merged next look the prompt up by its id. */
      if (existing != NULL)
        _rapport_item_set_id (item, rapport_item_get_id (RAPPORT_ITEM (existing)));
      if (existing != NULL && same_question (q, existing))
        {
          stats->unchanged++;
          continue;
        }

      created = rapport_item_get_created_at (item) ? g_date_time_ref (rapport_item_get_created_at (item))
                                                   : g_date_time_ref (now_utc);
      updated = rapport_item_get_updated_at (item) ? g_date_time_ref (rapport_item_get_updated_at (item))
                                                   : g_date_time_ref (now_utc);
      _rapport_item_set_timestamps (item, created, updated);

      if (existing == NULL)
        {
          gint64 id = 0;

          if (!rapport_store_interchange_insert_question (db, G_OBJECT (q), &id, error))
            return FALSE;
          _rapport_item_set_id (item, id);
          stats->added++;
        }
      else
        {
          if (!rapport_store_interchange_update_question (db, G_OBJECT (q), error))
            return FALSE;
          stats->updated++;
        }
    }

  return TRUE;
}

static gint64
question_id (Import            *imp,
             RapportStoreAsked *asked)
{
  RapportQuestion *q;

  if (asked->builtin_key != NULL)
    q = g_hash_table_lookup (imp->existing_builtins, asked->builtin_key);
  else if (!(q = g_hash_table_lookup (imp->file_questions, asked->question_uuid)))
    q = g_hash_table_lookup (imp->existing_questions, asked->question_uuid);

  g_assert (q != NULL);
  return rapport_item_get_id (RAPPORT_ITEM (q));
}

static gboolean
merge_asked (Import              *imp,
             MenteeImport        *mi,
             GHashTable          *session_ids,
             RapportImportStats  *stats,
             GError             **error)
{
  RapportDatabase *db = rapport_repository_get_database (imp->repository);
  gint64 mentee_id = rapport_item_get_id (RAPPORT_ITEM (mi->mentee));

  for (guint i = 0; i < mi->asked->len; i++)
    {
      RapportStoreAsked *asked = g_ptr_array_index (mi->asked, i);
      RapportItem *session = NULL;
      RapportStoreMerge result;

      if (asked->session_uuid != NULL &&
          !(session = g_hash_table_lookup (session_ids, asked->session_uuid)))
        session = g_hash_table_lookup (imp->existing[KIND_SESSION], asked->session_uuid);

      if (!rapport_store_interchange_add_asked (db, question_id (imp, asked), mentee_id,
                                                session ? rapport_item_get_id (session) : 0,
                                                asked->asked_at, &result, error))
        return FALSE;
      count_merge (stats, result);
    }
  return TRUE;
}

static gboolean
merge (Import              *imp,
       RapportImportStats  *stats,
       GError             **error)
{
  RapportDatabase *db = rapport_repository_get_database (imp->repository);
  g_autoptr(GPtrArray) session_maps = g_ptr_array_new_with_free_func ((GDestroyNotify)g_hash_table_unref);

  imp->last_due_change = rapport_store_interchange_last_history_id (db, RAPPORT_STORE_HISTORY_DUE_CHANGES);
  imp->last_status_change = rapport_store_interchange_last_history_id (db, RAPPORT_STORE_HISTORY_STATUS_CHANGES);
  imp->last_progress_change = rapport_store_interchange_last_history_id (db, RAPPORT_STORE_HISTORY_PROGRESS_CHANGES);

  for (guint i = 0; i < imp->mentees->len; i++)
    {
      MenteeImport *mi = g_ptr_array_index (imp->mentees, i);
      GHashTable *session_ids = g_hash_table_new (g_str_hash, g_str_equal);
      gint64 mentee_id;

      g_ptr_array_add (session_maps, session_ids);
      if (!merge_item (imp, KIND_MENTEE, RAPPORT_ITEM (mi->mentee), stats, error))
        return FALSE;
      mentee_id = rapport_item_get_id (RAPPORT_ITEM (mi->mentee));

      /* Oldest first: meetings at the same time are listed by id, newest
       * first, so the copy's ids must grow in the same order. */
      for (guint j = mi->sessions->len; j-- > 0;)
        {
          RapportSessionNote *session = g_ptr_array_index (mi->sessions, j);

          rapport_session_note_set_mentee_id (session, mentee_id);
          if (!merge_item (imp, KIND_SESSION, RAPPORT_ITEM (session), stats, error))
            return FALSE;
          g_hash_table_insert (session_ids, (gpointer)rapport_item_get_uuid (RAPPORT_ITEM (session)),
                               session);
        }

      for (guint j = 0; j < mi->commitments->len; j++)
        {
          RapportCommitment *commitment = g_ptr_array_index (mi->commitments, j);
          const char *ref = g_ptr_array_index (mi->session_refs, j);
          RapportItem *session = NULL;

          if (ref != NULL && !(session = g_hash_table_lookup (session_ids, ref)))
            session = g_hash_table_lookup (imp->existing[KIND_SESSION], ref);

          rapport_commitment_set_mentee_id (commitment, mentee_id);
          rapport_commitment_set_session_id (commitment, session ? rapport_item_get_id (session) : 0);
          if (!merge_item (imp, KIND_COMMITMENT, RAPPORT_ITEM (commitment), stats, error) ||
              !merge_due_changes (imp, commitment, g_ptr_array_index (mi->due_changes, j), stats, error) ||
              !merge_status_changes (imp, commitment, g_ptr_array_index (mi->status_changes, j), stats, error))
            return FALSE;
        }

      for (guint j = 0; j < mi->goals->len; j++)
        {
          RapportGoal *goal = g_ptr_array_index (mi->goals, j);

          rapport_goal_set_mentee_id (goal, mentee_id);
          if (!merge_item (imp, KIND_GOAL, RAPPORT_ITEM (goal), stats, error) ||
              !merge_progress_changes (imp, goal, g_ptr_array_index (mi->progress, j), stats, error))
            return FALSE;
        }
    }

  /* The prompts need their mentees' ids, the asks their prompts' ids. */
  if (!merge_questions (imp, stats, error))
    return FALSE;

  for (guint i = 0; i < imp->mentees->len; i++)
    if (!merge_asked (imp, g_ptr_array_index (imp->mentees, i), g_ptr_array_index (session_maps, i),
                      stats, error))
      return FALSE;

  return TRUE;
}

/* Public API */

/**
 * rapport_import_json_data:
 * @repository: the notebook
 * @data: the document, as read from the file
 * @length: the length of @data in bytes
 * @stats: (out caller-allocates) (optional): what the import did
 * @error: return location for a #RAPPORT_IMPORT_ERROR (the message lists
 *   the first problems, one per line, each with its JSON path) or an error
 *   of the repository
 *
 * Merges a JSON export (DESIGN.md section 6) into @repository by uuid, all
 * or nothing: on failure the notebook is as it was.
 *
 * Returns: %TRUE if imported
 */
gboolean
rapport_import_json_data (RapportRepository   *repository,
                          const char          *data,
                          gsize                length,
                          RapportImportStats  *stats,
                          GError             **error)
{
  RapportImportStats local_stats = { 0, };
  Import imp = { 0, };
  gboolean ok;

  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (repository), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  imp.repository = repository;
  imp.problems = g_string_new (NULL);
  imp.seen_uuids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  imp.mentees = g_ptr_array_new_with_free_func ((GDestroyNotify)mentee_import_free);
  for (guint i = 0; i < G_N_ELEMENTS (imp.existing); i++)
    imp.existing[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  imp.session_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  imp.questions = g_ptr_array_new_with_free_func (g_object_unref);
  imp.question_mentees = g_ptr_array_new_with_free_func (g_free);
  imp.file_questions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  imp.existing_questions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  imp.existing_builtins = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  imp.file_mentees = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (!load_existing (&imp, error))
    {
      import_clear (&imp);
      return FALSE;
    }

  if (!read_document (&imp, data ? data : "", length, error))
    {
      if (imp.n_problems > 0)
        {
          if (imp.n_problems > MAX_PROBLEMS)
            g_string_append_printf (imp.problems,
                                    ngettext ("\n… and %u more problem", "\n… and %u more problems",
                                              imp.n_problems - MAX_PROBLEMS),
                                    imp.n_problems - MAX_PROBLEMS);
          g_set_error (error, RAPPORT_IMPORT_ERROR, RAPPORT_IMPORT_ERROR_INVALID,
                       _("The file cannot be imported; nothing was changed:%s"), imp.problems->str);
        }
      import_clear (&imp);
      return FALSE;
    }

  ok = rapport_repository_begin_batch (repository, error);
  if (ok && !(ok = merge (&imp, &local_stats, error)))
    rapport_repository_cancel_batch (repository);
  else if (ok)
    ok = rapport_repository_end_batch (repository, error);

  import_clear (&imp);

  if (ok && stats != NULL)
    *stats = local_stats;
  return ok;
}

/**
 * rapport_import_json_file:
 *
 * Reads @path and calls rapport_import_json_data().
 */
gboolean
rapport_import_json_file (RapportRepository   *repository,
                          const char          *path,
                          RapportImportStats  *stats,
                          GError             **error)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (repository), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!g_file_get_contents (path, &data, &length, error))
    return FALSE;

  return rapport_import_json_data (repository, data, length, stats, error);
}
