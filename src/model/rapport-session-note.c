/* rapport-session-note.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-session-note"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-session-note.h"

/**
 * RapportSessionNote:
 *
 * One meeting with a mentee (a "session" in mentoring terms; the type is named so it is never confused with a desktop session).
 *
 * Its properties are stored by #RapportItem; see the property list in
 * class_init for what each one means.
 */
struct _RapportSessionNote
{
  RapportItem parent_instance;
};

enum {
  PROP_0,

  PROP_MENTEE_ID,
  PROP_STARTS_AT,
  PROP_DURATION_MINUTES,
  PROP_STATUS,
  PROP_AGENDA,
  PROP_NOTES,
  PROP_RATING,
  PROP_TAKEAWAY,
  PROP_WINS,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RapportSessionNote, rapport_session_note, RAPPORT_TYPE_ITEM)

static GParamSpec *properties[N_PROPS];

static void
rapport_session_note_class_init (RapportSessionNoteClass *klass)
{
  /**
   * RapportSessionNote:mentee-id:
   *
   * The mentee's id.
   */
  properties[PROP_MENTEE_ID] =
    g_param_spec_int64 ("mentee-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportSessionNote:starts-at:
   *
   * When the meeting starts; required.
   */
  properties[PROP_STARTS_AT] =
    g_param_spec_boxed ("starts-at", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DURATION_MINUTES] =
    g_param_spec_int ("duration-minutes", NULL, NULL, G_MININT, G_MAXINT, 60,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, RAPPORT_TYPE_SESSION_STATUS, RAPPORT_SESSION_STATUS_PLANNED,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_AGENDA] =
    g_param_spec_string ("agenda", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportSessionNote:notes:
   *
   * The private notes (up to RAPPORT_LONG_TEXT_MAX_BYTES).
   */
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportSessionNote:rating:
   *
   * The mentee's rating 1–5, 0 when not given.
   */
  properties[PROP_RATING] =
    g_param_spec_int ("rating", NULL, NULL, G_MININT, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportSessionNote:takeaway:
   *
   * The most memorable thing, in the mentee's words.
   */
  properties[PROP_TAKEAWAY] =
    g_param_spec_string ("takeaway", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportSessionNote:wins:
   *
   * Wins to celebrate.
   */
  properties[PROP_WINS] =
    g_param_spec_string ("wins", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  _rapport_item_class_install_fields (RAPPORT_ITEM_CLASS (klass), properties, N_PROPS);
}

static void
rapport_session_note_init (RapportSessionNote *self)
{
}

/**
 * rapport_session_note_new:
 *
 * Creates an unsaved item with default values.
 *
 * Returns: (transfer full): a new #RapportSessionNote
 */
RapportSessionNote *
rapport_session_note_new (void)
{
  return g_object_new (RAPPORT_TYPE_SESSION_NOTE, NULL);
}


gint64
rapport_session_note_get_mentee_id (RapportSessionNote *self)
{
  g_return_val_if_fail (RAPPORT_IS_SESSION_NOTE (self), 0);

  return g_value_get_int64 (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_MENTEE_ID));
}

GDateTime *
rapport_session_note_get_starts_at (RapportSessionNote *self)
{
  g_return_val_if_fail (RAPPORT_IS_SESSION_NOTE (self), NULL);

  return g_value_get_boxed (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_STARTS_AT));
}

int
rapport_session_note_get_duration_minutes (RapportSessionNote *self)
{
  g_return_val_if_fail (RAPPORT_IS_SESSION_NOTE (self), 0);

  return g_value_get_int (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_DURATION_MINUTES));
}

RapportSessionStatus
rapport_session_note_get_status (RapportSessionNote *self)
{
  g_return_val_if_fail (RAPPORT_IS_SESSION_NOTE (self), 0);

  return g_value_get_enum (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_STATUS));
}

const char *
rapport_session_note_get_agenda (RapportSessionNote *self)
{
  g_return_val_if_fail (RAPPORT_IS_SESSION_NOTE (self), NULL);

  return g_value_get_string (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_AGENDA));
}

const char *
rapport_session_note_get_notes (RapportSessionNote *self)
{
  g_return_val_if_fail (RAPPORT_IS_SESSION_NOTE (self), NULL);

  return g_value_get_string (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_NOTES));
}

int
rapport_session_note_get_rating (RapportSessionNote *self)
{
  g_return_val_if_fail (RAPPORT_IS_SESSION_NOTE (self), 0);

  return g_value_get_int (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_RATING));
}

const char *
rapport_session_note_get_takeaway (RapportSessionNote *self)
{
  g_return_val_if_fail (RAPPORT_IS_SESSION_NOTE (self), NULL);

  return g_value_get_string (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_TAKEAWAY));
}

const char *
rapport_session_note_get_wins (RapportSessionNote *self)
{
  g_return_val_if_fail (RAPPORT_IS_SESSION_NOTE (self), NULL);

  return g_value_get_string (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_WINS));
}

void
rapport_session_note_set_mentee_id (RapportSessionNote *self,
                                    gint64 value)
{
  g_return_if_fail (RAPPORT_IS_SESSION_NOTE (self));

  g_object_set (self, "mentee-id", value, NULL);
}

void
rapport_session_note_set_starts_at (RapportSessionNote *self,
                                    GDateTime *value)
{
  g_return_if_fail (RAPPORT_IS_SESSION_NOTE (self));

  g_object_set (self, "starts-at", value, NULL);
}

void
rapport_session_note_set_duration_minutes (RapportSessionNote *self,
                                           int value)
{
  g_return_if_fail (RAPPORT_IS_SESSION_NOTE (self));

  g_object_set (self, "duration-minutes", value, NULL);
}

void
rapport_session_note_set_status (RapportSessionNote *self,
                                 RapportSessionStatus value)
{
  g_return_if_fail (RAPPORT_IS_SESSION_NOTE (self));

  g_object_set (self, "status", value, NULL);
}

void
rapport_session_note_set_agenda (RapportSessionNote *self,
                                 const char *value)
{
  g_return_if_fail (RAPPORT_IS_SESSION_NOTE (self));

  g_object_set (self, "agenda", value, NULL);
}

void
rapport_session_note_set_notes (RapportSessionNote *self,
                                const char *value)
{
  g_return_if_fail (RAPPORT_IS_SESSION_NOTE (self));

  g_object_set (self, "notes", value, NULL);
}

void
rapport_session_note_set_rating (RapportSessionNote *self,
                                 int value)
{
  g_return_if_fail (RAPPORT_IS_SESSION_NOTE (self));

  g_object_set (self, "rating", value, NULL);
}

void
rapport_session_note_set_takeaway (RapportSessionNote *self,
                                   const char *value)
{
  g_return_if_fail (RAPPORT_IS_SESSION_NOTE (self));

  g_object_set (self, "takeaway", value, NULL);
}

void
rapport_session_note_set_wins (RapportSessionNote *self,
                               const char *value)
{
  g_return_if_fail (RAPPORT_IS_SESSION_NOTE (self));

  g_object_set (self, "wins", value, NULL);
}
