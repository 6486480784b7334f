/* rapport-commitment.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-commitment"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-commitment.h"

/**
 * RapportCommitment:
 *
 * A promise: the mentor's (follow-through is measured) or the mentee's (to ask about). The due date is a local calendar date with an optional time.
 *
 * Its properties are stored by #RapportItem; see the property list in
 * class_init for what each one means.
 */
struct _RapportCommitment
{
  RapportItem parent_instance;
};

enum {
  PROP_0,

  PROP_MENTEE_ID,
  PROP_SESSION_ID,
  PROP_OWNER,
  PROP_KIND,
  PROP_TITLE,
  PROP_DETAILS,
  PROP_DUE_DATE,
  PROP_DUE_TIME,
  PROP_STATUS,
  PROP_DONE_AT,
  PROP_RENEGOTIATIONS,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RapportCommitment, rapport_commitment, RAPPORT_TYPE_ITEM)

static GParamSpec *properties[N_PROPS];

static void
rapport_commitment_class_init (RapportCommitmentClass *klass)
{
  properties[PROP_MENTEE_ID] =
    g_param_spec_int64 ("mentee-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportCommitment:session-id:
   *
   * The session it came from, 0 if none.
   */
  properties[PROP_SESSION_ID] =
    g_param_spec_int64 ("session-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_OWNER] =
    g_param_spec_enum ("owner", NULL, NULL, RAPPORT_TYPE_COMMITMENT_OWNER, RAPPORT_COMMITMENT_OWNER_MENTOR,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, RAPPORT_TYPE_COMMITMENT_KIND, RAPPORT_COMMITMENT_KIND_TASK,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportCommitment:title:
   *
   * Required, not blank.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DETAILS] =
    g_param_spec_string ("details", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportCommitment:due-date:
   *
   * `YYYY-MM-DD`, or %NULL for no due date. Change it on a saved promise with rapport_repository_reschedule_commitment() so the change is recorded.
   */
  properties[PROP_DUE_DATE] =
    g_param_spec_string ("due-date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportCommitment:due-time:
   *
   * `HH:MM` local time, or %NULL for "any time that day".
   */
  properties[PROP_DUE_TIME] =
    g_param_spec_string ("due-time", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, RAPPORT_TYPE_COMMITMENT_STATUS, RAPPORT_COMMITMENT_STATUS_OPEN,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportCommitment:done-at:
   *
   * When it was kept; set by rapport_repository_complete_commitment().
   */
  properties[PROP_DONE_AT] =
    g_param_spec_boxed ("done-at", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportCommitment:renegotiations:
   *
   * How many times the due date was changed.
   */
  properties[PROP_RENEGOTIATIONS] =
    g_param_spec_int ("renegotiations", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  _rapport_item_class_install_fields (RAPPORT_ITEM_CLASS (klass), properties, N_PROPS);
}

static void
rapport_commitment_init (RapportCommitment *self)
{
}

/**
 * rapport_commitment_new:
 *
 * Creates an unsaved item with default values.
 *
 * Returns: (transfer full): a new #RapportCommitment
 */
RapportCommitment *
rapport_commitment_new (void)
{
  return g_object_new (RAPPORT_TYPE_COMMITMENT, NULL);
}


gint64
rapport_commitment_get_mentee_id (RapportCommitment *self)
{
  g_return_val_if_fail (RAPPORT_IS_COMMITMENT (self), 0);

  return g_value_get_int64 (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_MENTEE_ID));
}

gint64
rapport_commitment_get_session_id (RapportCommitment *self)
{
  g_return_val_if_fail (RAPPORT_IS_COMMITMENT (self), 0);

  return g_value_get_int64 (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_SESSION_ID));
}

RapportCommitmentOwner
rapport_commitment_get_owner (RapportCommitment *self)
{
  g_return_val_if_fail (RAPPORT_IS_COMMITMENT (self), 0);

  return g_value_get_enum (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_OWNER));
}

RapportCommitmentKind
rapport_commitment_get_kind (RapportCommitment *self)
{
  g_return_val_if_fail (RAPPORT_IS_COMMITMENT (self), 0);

  return g_value_get_enum (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_KIND));
}

const char *
rapport_commitment_get_title (RapportCommitment *self)
{
  g_return_val_if_fail (RAPPORT_IS_COMMITMENT (self), NULL);

  return g_value_get_string (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_TITLE));
}

const char *
rapport_commitment_get_details (RapportCommitment *self)
{
  g_return_val_if_fail (RAPPORT_IS_COMMITMENT (self), NULL);

  return g_value_get_string (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_DETAILS));
}

const char *
rapport_commitment_get_due_date (RapportCommitment *self)
{
  g_return_val_if_fail (RAPPORT_IS_COMMITMENT (self), NULL);

  return g_value_get_string (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_DUE_DATE));
}

const char *
rapport_commitment_get_due_time (RapportCommitment *self)
{
  g_return_val_if_fail (RAPPORT_IS_COMMITMENT (self), NULL);

  return g_value_get_string (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_DUE_TIME));
}

RapportCommitmentStatus
rapport_commitment_get_status (RapportCommitment *self)
{
  g_return_val_if_fail (RAPPORT_IS_COMMITMENT (self), 0);

  return g_value_get_enum (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_STATUS));
}

GDateTime *
rapport_commitment_get_done_at (RapportCommitment *self)
{
  g_return_val_if_fail (RAPPORT_IS_COMMITMENT (self), NULL);

  return g_value_get_boxed (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_DONE_AT));
}

int
rapport_commitment_get_renegotiations (RapportCommitment *self)
{
  g_return_val_if_fail (RAPPORT_IS_COMMITMENT (self), 0);

  return g_value_get_int (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_RENEGOTIATIONS));
}

void
rapport_commitment_set_mentee_id (RapportCommitment *self,
                                  gint64 value)
{
  g_return_if_fail (RAPPORT_IS_COMMITMENT (self));

  g_object_set (self, "mentee-id", value, NULL);
}

void
rapport_commitment_set_session_id (RapportCommitment *self,
                                   gint64 value)
{
  g_return_if_fail (RAPPORT_IS_COMMITMENT (self));

  g_object_set (self, "session-id", value, NULL);
}

void
rapport_commitment_set_owner (RapportCommitment *self,
                              RapportCommitmentOwner value)
{
  g_return_if_fail (RAPPORT_IS_COMMITMENT (self));

  g_object_set (self, "owner", value, NULL);
}

void
rapport_commitment_set_kind (RapportCommitment *self,
                             RapportCommitmentKind value)
{
  g_return_if_fail (RAPPORT_IS_COMMITMENT (self));

  g_object_set (self, "kind", value, NULL);
}

void
rapport_commitment_set_title (RapportCommitment *self,
                              const char *value)
{
  g_return_if_fail (RAPPORT_IS_COMMITMENT (self));

  g_object_set (self, "title", value, NULL);
}

void
rapport_commitment_set_details (RapportCommitment *self,
                                const char *value)
{
  g_return_if_fail (RAPPORT_IS_COMMITMENT (self));

  g_object_set (self, "details", value, NULL);
}

void
rapport_commitment_set_due_date (RapportCommitment *self,
                                 const char *value)
{
  g_return_if_fail (RAPPORT_IS_COMMITMENT (self));

  g_object_set (self, "due-date", value, NULL);
}

void
rapport_commitment_set_due_time (RapportCommitment *self,
                                 const char *value)
{
  g_return_if_fail (RAPPORT_IS_COMMITMENT (self));

  g_object_set (self, "due-time", value, NULL);
}

void
rapport_commitment_set_status (RapportCommitment *self,
                               RapportCommitmentStatus value)
{
  g_return_if_fail (RAPPORT_IS_COMMITMENT (self));

  g_object_set (self, "status", value, NULL);
}

void
rapport_commitment_set_done_at (RapportCommitment *self,
                                GDateTime *value)
{
  g_return_if_fail (RAPPORT_IS_COMMITMENT (self));

  g_object_set (self, "done-at", value, NULL);
}

/**
 * rapport_commitment_status_to_nick:
 *
 * Returns: the status as stored and exported: `open`, `done` or `dropped`
 */
const char *
rapport_commitment_status_to_nick (RapportCommitmentStatus status)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (RAPPORT_TYPE_COMMITMENT_STATUS);
  GEnumValue *value = g_enum_get_value (klass, status);

  g_return_val_if_fail (value != NULL, "open");
  return value->value_nick;
}
