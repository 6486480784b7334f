/* rapport-status-change.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-status-change"

#include "config.h"

#include "rapport-enums.h"
#include "rapport-status-change.h"

/**
 * RapportStatusChange:
 *
 * One entry of a promise's history of drops and reopenings: the repository
 * records one when a promise is dropped (with the mentor's reason) and
 * when a dropped promise is opened again, so its history shows both.
 */
struct _RapportStatusChange
{
  RapportItem parent_instance;
};

enum {
  PROP_0,

  PROP_COMMITMENT_ID,
  PROP_MENTEE_ID,
  PROP_OLD_STATUS,
  PROP_NEW_STATUS,
  PROP_REASON,
  PROP_CHANGED_AT,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RapportStatusChange, rapport_status_change, RAPPORT_TYPE_ITEM)

static GParamSpec *properties[N_PROPS];

static void
rapport_status_change_class_init (RapportStatusChangeClass *klass)
{
  /**
   * RapportStatusChange:commitment-id:
   *
   * The promise.
   */
  properties[PROP_COMMITMENT_ID] =
    g_param_spec_int64 ("commitment-id", NULL, NULL, 0, G_MAXINT64, 0,
      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportStatusChange:mentee-id:
   *
   * The promise's mentee.
   */
  properties[PROP_MENTEE_ID] =
    g_param_spec_int64 ("mentee-id", NULL, NULL, 0, G_MAXINT64, 0,
      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportStatusChange:old-status:
   *
   * The status before the change.
   */
  properties[PROP_OLD_STATUS] =
    g_param_spec_enum ("old-status", NULL, NULL,
      RAPPORT_TYPE_COMMITMENT_STATUS, RAPPORT_COMMITMENT_STATUS_OPEN,
      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportStatusChange:new-status:
   *
   * The status after it.
   */
  properties[PROP_NEW_STATUS] =
    g_param_spec_enum ("new-status", NULL, NULL,
      RAPPORT_TYPE_COMMITMENT_STATUS, RAPPORT_COMMITMENT_STATUS_OPEN,
      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportStatusChange:reason:
   *
   * Why, as the mentor wrote it, or %NULL.
   */
  properties[PROP_REASON] =
    g_param_spec_string ("reason", NULL, NULL, NULL,
      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportStatusChange:changed-at:
   *
   * When the change was saved.
   */
  properties[PROP_CHANGED_AT] =
    g_param_spec_boxed ("changed-at", NULL, NULL, G_TYPE_DATE_TIME,
      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  _rapport_item_class_install_fields (RAPPORT_ITEM_CLASS (klass), properties, N_PROPS);
}

static void
rapport_status_change_init (RapportStatusChange *self)
{
}

gint64
rapport_status_change_get_commitment_id (RapportStatusChange *self)
{
  g_return_val_if_fail (RAPPORT_IS_STATUS_CHANGE (self), 0);

  return g_value_get_int64 (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_COMMITMENT_ID));
}

gint64
rapport_status_change_get_mentee_id (RapportStatusChange *self)
{
  g_return_val_if_fail (RAPPORT_IS_STATUS_CHANGE (self), 0);

  return g_value_get_int64 (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_MENTEE_ID));
}

RapportCommitmentStatus
rapport_status_change_get_old_status (RapportStatusChange *self)
{
  g_return_val_if_fail (RAPPORT_IS_STATUS_CHANGE (self), 0);

  return g_value_get_enum (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_OLD_STATUS));
}

RapportCommitmentStatus
rapport_status_change_get_new_status (RapportStatusChange *self)
{
  g_return_val_if_fail (RAPPORT_IS_STATUS_CHANGE (self), 0);

  return g_value_get_enum (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_NEW_STATUS));
}

const char *
rapport_status_change_get_reason (RapportStatusChange *self)
{
  g_return_val_if_fail (RAPPORT_IS_STATUS_CHANGE (self), NULL);

  return g_value_get_string (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_REASON));
}

GDateTime *
rapport_status_change_get_changed_at (RapportStatusChange *self)
{
  g_return_val_if_fail (RAPPORT_IS_STATUS_CHANGE (self), NULL);

  return g_value_get_boxed (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_CHANGED_AT));
}
