/* rapport-due-change.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-due-change"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-due-change.h"

/**
 * RapportDueChange:
 *
 * One entry of a promise's due-date history: the repository records one
 * every time a saved promise's due date or time changes
 * (rapport_repository_reschedule_commitment() with a reason, or an edit).
 * The follow-through ledger reads them to count renegotiations.
 */
struct _RapportDueChange
{
  RapportItem parent_instance;
};

enum {
  PROP_0,

  PROP_COMMITMENT_ID,
  PROP_MENTEE_ID,
  PROP_OLD_DUE_DATE,
  PROP_OLD_DUE_TIME,
  PROP_NEW_DUE_DATE,
  PROP_NEW_DUE_TIME,
  PROP_REASON,
  PROP_CHANGED_AT,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RapportDueChange, rapport_due_change, RAPPORT_TYPE_ITEM)

static GParamSpec *properties[N_PROPS];

static void
rapport_due_change_class_init (RapportDueChangeClass *klass)
{
  /**
   * RapportDueChange:commitment-id:
   *
   * The promise whose due date moved.
   */
  properties[PROP_COMMITMENT_ID] =
    g_param_spec_int64 ("commitment-id", NULL, NULL, 0, G_MAXINT64, 0,
      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportDueChange:mentee-id:
   *
   * The promise's mentee.
   */
  properties[PROP_MENTEE_ID] =
    g_param_spec_int64 ("mentee-id", NULL, NULL, 0, G_MAXINT64, 0,
      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportDueChange:old-due-date:
   *
   * The due date before the change, `YYYY-MM-DD`; %NULL when the promise had none (then this is not a renegotiation).
   */
  properties[PROP_OLD_DUE_DATE] =
    g_param_spec_string ("old-due-date", NULL, NULL, NULL,
      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportDueChange:old-due-time:
   *
   * The due time before the change, `HH:MM`, or %NULL.
   */
  properties[PROP_OLD_DUE_TIME] =
    g_param_spec_string ("old-due-time", NULL, NULL, NULL,
      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportDueChange:new-due-date:
   *
   * The due date agreed instead, or %NULL when it was removed.
   */
  properties[PROP_NEW_DUE_DATE] =
    g_param_spec_string ("new-due-date", NULL, NULL, NULL,
      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportDueChange:new-due-time:
   *
   * The due time agreed instead, or %NULL.
   */
  properties[PROP_NEW_DUE_TIME] =
    g_param_spec_string ("new-due-time", NULL, NULL, NULL,
      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportDueChange:reason:
   *
   * Why, as the mentor wrote it; %NULL for a due date edited without one.
   */
  properties[PROP_REASON] =
    g_param_spec_string ("reason", NULL, NULL, NULL,
      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportDueChange:changed-at:
   *
   * When the change was saved.
   */
  properties[PROP_CHANGED_AT] =
    g_param_spec_boxed ("changed-at", NULL, NULL, G_TYPE_DATE_TIME,
      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  _rapport_item_class_install_fields (RAPPORT_ITEM_CLASS (klass), properties, N_PROPS);
}

static void
rapport_due_change_init (RapportDueChange *self)
{
}

gint64
rapport_due_change_get_commitment_id (RapportDueChange *self)
{
  g_return_val_if_fail (RAPPORT_IS_DUE_CHANGE (self), 0);

  return g_value_get_int64 (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_COMMITMENT_ID));
}

gint64
rapport_due_change_get_mentee_id (RapportDueChange *self)
{
  g_return_val_if_fail (RAPPORT_IS_DUE_CHANGE (self), 0);

  return g_value_get_int64 (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_MENTEE_ID));
}

const char *
rapport_due_change_get_old_due_date (RapportDueChange *self)
{
  g_return_val_if_fail (RAPPORT_IS_DUE_CHANGE (self), NULL);

  return g_value_get_string (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_OLD_DUE_DATE));
}

const char *
rapport_due_change_get_old_due_time (RapportDueChange *self)
{
  g_return_val_if_fail (RAPPORT_IS_DUE_CHANGE (self), NULL);

  return g_value_get_string (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_OLD_DUE_TIME));
}

const char *
rapport_due_change_get_new_due_date (RapportDueChange *self)
{
  g_return_val_if_fail (RAPPORT_IS_DUE_CHANGE (self), NULL);

  return g_value_get_string (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_NEW_DUE_DATE));
}

const char *
rapport_due_change_get_new_due_time (RapportDueChange *self)
{
  g_return_val_if_fail (RAPPORT_IS_DUE_CHANGE (self), NULL);

  return g_value_get_string (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_NEW_DUE_TIME));
}

const char *
rapport_due_change_get_reason (RapportDueChange *self)
{
  g_return_val_if_fail (RAPPORT_IS_DUE_CHANGE (self), NULL);

  return g_value_get_string (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_REASON));
}

GDateTime *
rapport_due_change_get_changed_at (RapportDueChange *self)
{
  g_return_val_if_fail (RAPPORT_IS_DUE_CHANGE (self), NULL);

  return g_value_get_boxed (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_CHANGED_AT));
}
