/* rapport-goal.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-goal"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-goal.h"

/**
 * RapportGoal:
 *
 * A goal of the mentee, doable in about six months.
 *
 * Its properties are stored by #RapportItem; see the property list in
 * class_init for what each one means.
 */
struct _RapportGoal
{
  RapportItem parent_instance;
};

enum {
  PROP_0,

  PROP_MENTEE_ID,
  PROP_TITLE,
  PROP_DETAILS,
  PROP_TARGET_DATE,
  PROP_STATUS,
  PROP_PROGRESS,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RapportGoal, rapport_goal, RAPPORT_TYPE_ITEM)

static GParamSpec *properties[N_PROPS];

static void
rapport_goal_class_init (RapportGoalClass *klass)
{
  properties[PROP_MENTEE_ID] =
    g_param_spec_int64 ("mentee-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportGoal:title:
   *
   * Required, not blank.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportGoal:details:
   *
   * Success criteria.
   */
  properties[PROP_DETAILS] =
    g_param_spec_string ("details", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportGoal:target-date:
   *
   * `YYYY-MM-DD`; the repository fills in six months from creation when %NULL.
   */
  properties[PROP_TARGET_DATE] =
    g_param_spec_string ("target-date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, RAPPORT_TYPE_GOAL_STATUS, RAPPORT_GOAL_STATUS_ACTIVE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportGoal:progress:
   *
   * 0–100.
   */
  properties[PROP_PROGRESS] =
    g_param_spec_int ("progress", NULL, NULL, G_MININT, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  _rapport_item_class_install_fields (RAPPORT_ITEM_CLASS (klass), properties, N_PROPS);
}

static void
rapport_goal_init (RapportGoal *self)
{
}

/**
 * rapport_goal_new:
 *
 * Creates an unsaved item with default values.
 *
 * Returns: (transfer full): a new #RapportGoal
 */
RapportGoal *
rapport_goal_new (void)
{
  return g_object_new (RAPPORT_TYPE_GOAL, NULL);
}


gint64
rapport_goal_get_mentee_id (RapportGoal *self)
{
  g_return_val_if_fail (RAPPORT_IS_GOAL (self), 0);

  return g_value_get_int64 (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_MENTEE_ID));
}

const char *
rapport_goal_get_title (RapportGoal *self)
{
  g_return_val_if_fail (RAPPORT_IS_GOAL (self), NULL);

  return g_value_get_string (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_TITLE));
}

const char *
rapport_goal_get_details (RapportGoal *self)
{
  g_return_val_if_fail (RAPPORT_IS_GOAL (self), NULL);

  return g_value_get_string (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_DETAILS));
}

const char *
rapport_goal_get_target_date (RapportGoal *self)
{
  g_return_val_if_fail (RAPPORT_IS_GOAL (self), NULL);

  return g_value_get_string (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_TARGET_DATE));
}

RapportGoalStatus
rapport_goal_get_status (RapportGoal *self)
{
  g_return_val_if_fail (RAPPORT_IS_GOAL (self), 0);

  return g_value_get_enum (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_STATUS));
}

int
rapport_goal_get_progress (RapportGoal *self)
{
  g_return_val_if_fail (RAPPORT_IS_GOAL (self), 0);

  return g_value_get_int (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_PROGRESS));
}

void
rapport_goal_set_mentee_id (RapportGoal *self,
                            gint64 value)
{
  g_return_if_fail (RAPPORT_IS_GOAL (self));

  g_object_set (self, "mentee-id", value, NULL);
}

void
rapport_goal_set_title (RapportGoal *self,
                        const char *value)
{
  g_return_if_fail (RAPPORT_IS_GOAL (self));

  g_object_set (self, "title", value, NULL);
}

void
rapport_goal_set_details (RapportGoal *self,
                          const char *value)
{
  g_return_if_fail (RAPPORT_IS_GOAL (self));

  g_object_set (self, "details", value, NULL);
}

void
rapport_goal_set_target_date (RapportGoal *self,
                              const char *value)
{
  g_return_if_fail (RAPPORT_IS_GOAL (self));

  g_object_set (self, "target-date", value, NULL);
}

void
rapport_goal_set_status (RapportGoal *self,
                         RapportGoalStatus value)
{
  g_return_if_fail (RAPPORT_IS_GOAL (self));

  g_object_set (self, "status", value, NULL);
}

void
rapport_goal_set_progress (RapportGoal *self,
                           int value)
{
  g_return_if_fail (RAPPORT_IS_GOAL (self));

  g_object_set (self, "progress", value, NULL);
}
