/* rapport-mentee.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-mentee"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "rapport-mentee.h"

/**
 * RapportMentee:
 *
 * A person the mentor mentors. Besides the profile it carries the attention summary computed by the repository when it lists mentees (read-only in spirit: setting those properties does not save anything).
 *
 * Its properties are stored by #RapportItem; see the property list in
 * class_init for what each one means.
 */
struct _RapportMentee
{
  RapportItem parent_instance;
};

enum {
  PROP_0,

  PROP_NAME,
  PROP_PRONOUNS,
  PROP_ROLE,
  PROP_ORGANIZATION,
  PROP_CONTACT,
  PROP_HOW_WE_MET,
  PROP_STARTED_ON,
  PROP_STATUS,
  PROP_CADENCE_DAYS,
  PROP_MAX_GAP_DAYS,
  PROP_PREFERRED_CHANNEL,
  PROP_FEEDBACK_PREFERENCES,
  PROP_FEEDBACK_SENSITIVITIES,
  PROP_BOUNDARIES,
  PROP_TAGS,
  PROP_ABOUT,
  PROP_OPEN_PROMISES,
  PROP_OVERDUE_PROMISES,
  PROP_OPEN_ASKS,
  PROP_LAST_HELD_AT,
  PROP_NEXT_MEETING_AT,
  PROP_DAYS_SINCE_LAST,
  PROP_RHYTHM_STATE,
  PROP_CHECK_IN_DUE_ON,
  N_PROPS
};

G_DEFINE_BOXED_TYPE (RapportBoundary, rapport_boundary, rapport_boundary_copy, rapport_boundary_free)
G_DEFINE_FINAL_TYPE (RapportMentee, rapport_mentee, RAPPORT_TYPE_ITEM)

static GParamSpec *properties[N_PROPS];

static void
rapport_mentee_class_init (RapportMenteeClass *klass)
{
  /**
   * RapportMentee:name:
   *
   * The name; required, not blank.
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PRONOUNS] =
    g_param_spec_string ("pronouns", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ORGANIZATION] =
    g_param_spec_string ("organization", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CONTACT] =
    g_param_spec_string ("contact", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_HOW_WE_MET] =
    g_param_spec_string ("how-we-met", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportMentee:started-on:
   *
   * The date the mentoring started, `YYYY-MM-DD`, or %NULL.
   */
  properties[PROP_STARTED_ON] =
    g_param_spec_string ("started-on", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, RAPPORT_TYPE_MENTEE_STATUS, RAPPORT_MENTEE_STATUS_ACTIVE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportMentee:cadence-days:
   *
   * The ideal check-in interval in days (0: no rhythm); past it the mentee is "due".
   */
  properties[PROP_CADENCE_DAYS] =
    g_param_spec_int ("cadence-days", NULL, NULL, G_MININT, G_MAXINT, 14,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportMentee:max-gap-days:
   *
   * The maximum gap between meetings in days; past it the mentee is "overdue".
   */
  properties[PROP_MAX_GAP_DAYS] =
    g_param_spec_int ("max-gap-days", NULL, NULL, G_MININT, G_MAXINT, 28,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PREFERRED_CHANNEL] =
    g_param_spec_string ("preferred-channel", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportMentee:feedback-preferences:
   *
   * How the mentee likes to receive feedback.
   */
  properties[PROP_FEEDBACK_PREFERENCES] =
    g_param_spec_string ("feedback-preferences", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportMentee:feedback-sensitivities:
   *
   * What the mentee is sensitive to.
   */
  properties[PROP_FEEDBACK_SENSITIVITIES] =
    g_param_spec_string ("feedback-sensitivities", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportMentee:boundaries:
   *
   * The boundaries as JSON, `[{"topic": "…", "level": "open|ask-first|off-limits"}]`; use rapport_mentee_dup_boundaries() and rapport_mentee_set_boundaries().
   */
  properties[PROP_BOUNDARIES] =
    g_param_spec_string ("boundaries", NULL, NULL, "[]",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TAGS] =
    g_param_spec_boxed ("tags", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ABOUT] =
    g_param_spec_string ("about", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportMentee:open-promises:
   *
   * Summary: the mentor's open promises to this mentee.
   */
  properties[PROP_OPEN_PROMISES] =
    g_param_spec_int ("open-promises", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportMentee:overdue-promises:
   *
   * Summary: the mentor's open promises past their due date (and time).
   */
  properties[PROP_OVERDUE_PROMISES] =
    g_param_spec_int ("overdue-promises", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportMentee:open-asks:
   *
   * Summary: the mentee's own open commitments.
   */
  properties[PROP_OPEN_ASKS] =
    g_param_spec_int ("open-asks", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportMentee:last-held-at:
   *
   * Summary: the start of the last held session, or %NULL.
   */
  properties[PROP_LAST_HELD_AT] =
    g_param_spec_boxed ("last-held-at", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportMentee:next-meeting-at:
   *
   * Summary: the next planned meeting from today on, or %NULL.
   */
  properties[PROP_NEXT_MEETING_AT] =
    g_param_spec_boxed ("next-meeting-at", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportMentee:days-since-last:
   *
   * Summary: calendar days since the last held session, -1 if none.
   */
  properties[PROP_DAYS_SINCE_LAST] =
    g_param_spec_int ("days-since-last", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportMentee:rhythm-state:
   *
   * Summary: the check-in rhythm, see rapport_rhythm_state().
   */
  properties[PROP_RHYTHM_STATE] =
    g_param_spec_enum ("rhythm-state", NULL, NULL, RAPPORT_TYPE_RHYTHM_STATE, RAPPORT_RHYTHM_STATE_NONE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportMentee:check-in-due-on:
   *
   * Summary: the date the next check-in falls due (`YYYY-MM-DD`), or %NULL.
   */
  properties[PROP_CHECK_IN_DUE_ON] =
    g_param_spec_string ("check-in-due-on", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  _rapport_item_class_install_fields (RAPPORT_ITEM_CLASS (klass), properties, N_PROPS);
}

static void
rapport_mentee_init (RapportMentee *self)
{
}

/**
 * rapport_mentee_new:
 *
 * Creates an unsaved item with default values.
 *
 * Returns: (transfer full): a new #RapportMentee
 */
RapportMentee *
rapport_mentee_new (void)
{
  return g_object_new (RAPPORT_TYPE_MENTEE, NULL);
}


const char *
rapport_mentee_get_name (RapportMentee *self)
{
  g_return_val_if_fail (RAPPORT_IS_MENTEE (self), NULL);

  return g_value_get_string (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_NAME));
}

const char *
rapport_mentee_get_pronouns (RapportMentee *self)
{
  g_return_val_if_fail (RAPPORT_IS_MENTEE (self), NULL);

  return g_value_get_string (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_PRONOUNS));
}

const char *
rapport_mentee_get_role (RapportMentee *self)
{
  g_return_val_if_fail (RAPPORT_IS_MENTEE (self), NULL);

  return g_value_get_string (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_ROLE));
}

const char *
rapport_mentee_get_organization (RapportMentee *self)
{
  g_return_val_if_fail (RAPPORT_IS_MENTEE (self), NULL);

  return g_value_get_string (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_ORGANIZATION));
}

const char *
rapport_mentee_get_contact (RapportMentee *self)
{
  g_return_val_if_fail (RAPPORT_IS_MENTEE (self), NULL);

  return g_value_get_string (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_CONTACT));
}

const char *
rapport_mentee_get_how_we_met (RapportMentee *self)
{
  g_return_val_if_fail (RAPPORT_IS_MENTEE (self), NULL);

  return g_value_get_string (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_HOW_WE_MET));
}

const char *
rapport_mentee_get_started_on (RapportMentee *self)
{
  g_return_val_if_fail (RAPPORT_IS_MENTEE (self), NULL);

  return g_value_get_string (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_STARTED_ON));
}

RapportMenteeStatus
rapport_mentee_get_status (RapportMentee *self)
{
  g_return_val_if_fail (RAPPORT_IS_MENTEE (self), 0);

  return g_value_get_enum (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_STATUS));
}

int
rapport_mentee_get_cadence_days (RapportMentee *self)
{
  g_return_val_if_fail (RAPPORT_IS_MENTEE (self), 0);

  return g_value_get_int (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_CADENCE_DAYS));
}

int
rapport_mentee_get_max_gap_days (RapportMentee *self)
{
  g_return_val_if_fail (RAPPORT_IS_MENTEE (self), 0);

  return g_value_get_int (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_MAX_GAP_DAYS));
}

const char *
rapport_mentee_get_preferred_channel (RapportMentee *self)
{
  g_return_val_if_fail (RAPPORT_IS_MENTEE (self), NULL);

  return g_value_get_string (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_PREFERRED_CHANNEL));
}

const char *
rapport_mentee_get_feedback_preferences (RapportMentee *self)
{
  g_return_val_if_fail (RAPPORT_IS_MENTEE (self), NULL);

  return g_value_get_string (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_FEEDBACK_PREFERENCES));
}

const char *
rapport_mentee_get_feedback_sensitivities (RapportMentee *self)
{
  g_return_val_if_fail (RAPPORT_IS_MENTEE (self), NULL);

  return g_value_get_string (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_FEEDBACK_SENSITIVITIES));
}

const char *
rapport_mentee_get_boundaries (RapportMentee *self)
{
  g_return_val_if_fail (RAPPORT_IS_MENTEE (self), NULL);

  return g_value_get_string (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_BOUNDARIES));
}

const char * const *
rapport_mentee_get_tags (RapportMentee *self)
{
  g_return_val_if_fail (RAPPORT_IS_MENTEE (self), NULL);

  return g_value_get_boxed (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_TAGS));
}

const char *
rapport_mentee_get_about (RapportMentee *self)
{
  g_return_val_if_fail (RAPPORT_IS_MENTEE (self), NULL);

  return g_value_get_string (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_ABOUT));
}

int
rapport_mentee_get_open_promises (RapportMentee *self)
{
  g_return_val_if_fail (RAPPORT_IS_MENTEE (self), 0);

  return g_value_get_int (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_OPEN_PROMISES));
}

int
rapport_mentee_get_overdue_promises (RapportMentee *self)
{
  g_return_val_if_fail (RAPPORT_IS_MENTEE (self), 0);

  return g_value_get_int (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_OVERDUE_PROMISES));
}

int
rapport_mentee_get_open_asks (RapportMentee *self)
{
  g_return_val_if_fail (RAPPORT_IS_MENTEE (self), 0);

  return g_value_get_int (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_OPEN_ASKS));
}

GDateTime *
rapport_mentee_get_last_held_at (RapportMentee *self)
{
  g_return_val_if_fail (RAPPORT_IS_MENTEE (self), NULL);

  return g_value_get_boxed (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_LAST_HELD_AT));
}

GDateTime *
rapport_mentee_get_next_meeting_at (RapportMentee *self)
{
  g_return_val_if_fail (RAPPORT_IS_MENTEE (self), NULL);

  return g_value_get_boxed (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_NEXT_MEETING_AT));
}

int
rapport_mentee_get_days_since_last (RapportMentee *self)
{
  g_return_val_if_fail (RAPPORT_IS_MENTEE (self), 0);

  return g_value_get_int (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_DAYS_SINCE_LAST));
}

RapportRhythmState
rapport_mentee_get_rhythm_state (RapportMentee *self)
{
  g_return_val_if_fail (RAPPORT_IS_MENTEE (self), 0);

  return g_value_get_enum (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_RHYTHM_STATE));
}

const char *
rapport_mentee_get_check_in_due_on (RapportMentee *self)
{
  g_return_val_if_fail (RAPPORT_IS_MENTEE (self), NULL);

  return g_value_get_string (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_CHECK_IN_DUE_ON));
}

void
rapport_mentee_set_name (RapportMentee *self,
                         const char *value)
{
  g_return_if_fail (RAPPORT_IS_MENTEE (self));

  g_object_set (self, "name", value, NULL);
}

void
rapport_mentee_set_pronouns (RapportMentee *self,
                             const char *value)
{
  g_return_if_fail (RAPPORT_IS_MENTEE (self));

  g_object_set (self, "pronouns", value, NULL);
}

void
rapport_mentee_set_role (RapportMentee *self,
                         const char *value)
{
  g_return_if_fail (RAPPORT_IS_MENTEE (self));

  g_object_set (self, "role", value, NULL);
}

void
rapport_mentee_set_organization (RapportMentee *self,
                                 const char *value)
{
  g_return_if_fail (RAPPORT_IS_MENTEE (self));

  g_object_set (self, "organization", value, NULL);
}

void
rapport_mentee_set_contact (RapportMentee *self,
                            const char *value)
{
  g_return_if_fail (RAPPORT_IS_MENTEE (self));

  g_object_set (self, "contact", value, NULL);
}

void
rapport_mentee_set_how_we_met (RapportMentee *self,
                               const char *value)
{
  g_return_if_fail (RAPPORT_IS_MENTEE (self));

  g_object_set (self, "how-we-met", value, NULL);
}

void
rapport_mentee_set_started_on (RapportMentee *self,
                               const char *value)
{
  g_return_if_fail (RAPPORT_IS_MENTEE (self));

  g_object_set (self, "started-on", value, NULL);
}

void
rapport_mentee_set_status (RapportMentee *self,
                           RapportMenteeStatus value)
{
  g_return_if_fail (RAPPORT_IS_MENTEE (self));

  g_object_set (self, "status", value, NULL);
}

void
rapport_mentee_set_cadence_days (RapportMentee *self,
                                 int value)
{
  g_return_if_fail (RAPPORT_IS_MENTEE (self));

  g_object_set (self, "cadence-days", value, NULL);
}

void
rapport_mentee_set_max_gap_days (RapportMentee *self,
                                 int value)
{
  g_return_if_fail (RAPPORT_IS_MENTEE (self));

  g_object_set (self, "max-gap-days", value, NULL);
}

void
rapport_mentee_set_preferred_channel (RapportMentee *self,
                                      const char *value)
{
  g_return_if_fail (RAPPORT_IS_MENTEE (self));

  g_object_set (self, "preferred-channel", value, NULL);
}

void
rapport_mentee_set_feedback_preferences (RapportMentee *self,
                                         const char *value)
{
  g_return_if_fail (RAPPORT_IS_MENTEE (self));

  g_object_set (self, "feedback-preferences", value, NULL);
}

void
rapport_mentee_set_feedback_sensitivities (RapportMentee *self,
                                           const char *value)
{
  g_return_if_fail (RAPPORT_IS_MENTEE (self));

  g_object_set (self, "feedback-sensitivities", value, NULL);
}

void
rapport_mentee_set_boundaries (RapportMentee *self,
                               const char *value)
{
  g_return_if_fail (RAPPORT_IS_MENTEE (self));

  g_object_set (self, "boundaries", value, NULL);
}

void
rapport_mentee_set_tags (RapportMentee *self,
                         const char * const *value)
{
  g_return_if_fail (RAPPORT_IS_MENTEE (self));

  g_object_set (self, "tags", value, NULL);
}

void
rapport_mentee_set_about (RapportMentee *self,
                          const char *value)
{
  g_return_if_fail (RAPPORT_IS_MENTEE (self));

  g_object_set (self, "about", value, NULL);
}

RapportBoundary *
rapport_boundary_new (const char           *topic,
                      RapportBoundaryLevel  level)
{
  RapportBoundary *self = g_new0 (RapportBoundary, 1);

  self->topic = g_strdup (topic);
  self->level = level;
  return self;
}

RapportBoundary *
rapport_boundary_copy (const RapportBoundary *self)
{
  return rapport_boundary_new (self->topic, self->level);
}

void
rapport_boundary_free (RapportBoundary *self)
{
  if (self == NULL)
    return;
  g_free (self->topic);
  g_free (self);
}

/**
 * rapport_mentee_dup_boundaries:
 * @self: a #RapportMentee
 *
 * Parses #RapportMentee:boundaries. Malformed entries are skipped (saving
 * rejects them, so they only come from a hand-edited file).
 *
 * Returns: (transfer full) (element-type RapportBoundary): the boundaries
 */
GPtrArray *
rapport_mentee_dup_boundaries (RapportMentee *self)
{
  g_autoptr(GPtrArray) ret = g_ptr_array_new_with_free_func ((GDestroyNotify)rapport_boundary_free);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GEnumClass) levels = g_type_class_ref (RAPPORT_TYPE_BOUNDARY_LEVEL);
  const char *json;
  JsonNode *root;
  JsonArray *array;

  g_return_val_if_fail (RAPPORT_IS_MENTEE (self), NULL);

  json = rapport_mentee_get_boundaries (self);
  if (json == NULL || !json_parser_load_from_data (parser, json, -1, NULL))
    return g_steal_pointer (&ret);

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_ARRAY (root))
    return g_steal_pointer (&ret);

  array = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      const char *topic, *level;
      GEnumValue *ev;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      topic = json_object_get_string_member_with_default (json_node_get_object (node), "topic", NULL);
      level = json_object_get_string_member_with_default (json_node_get_object (node), "level", NULL);
      if (topic == NULL || level == NULL || !(ev = g_enum_get_value_by_nick (levels, level)))
        continue;
      g_ptr_array_add (ret, rapport_boundary_new (topic, ev->value));
    }

  return g_steal_pointer (&ret);
}

/**
 * rapport_mentee_set_boundary_list:
 * @self: a #RapportMentee
 * @boundaries: (element-type RapportBoundary) (nullable): the boundaries
 *
 * Stores @boundaries in #RapportMentee:boundaries (in the JSON form of the
 * interchange format).
 */
void
rapport_mentee_set_boundary_list (RapportMentee *self,
                                  GPtrArray     *boundaries)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GEnumClass) levels = g_type_class_ref (RAPPORT_TYPE_BOUNDARY_LEVEL);
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *json = NULL;

  g_return_if_fail (RAPPORT_IS_MENTEE (self));

  json_builder_begin_array (builder);
  for (guint i = 0; boundaries && i < boundaries->len; i++)
    {
      RapportBoundary *b = g_ptr_array_index (boundaries, i);
      GEnumValue *ev = g_enum_get_value (levels, b->level);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "topic");
      json_builder_add_string_value (builder, b->topic);
      json_builder_set_member_name (builder, "level");
      json_builder_add_string_value (builder, ev ? ev->value_nick : "open");
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json = json_generator_to_data (generator, NULL);
  rapport_mentee_set_boundaries (self, json);
}
