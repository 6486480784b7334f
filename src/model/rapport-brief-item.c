/* rapport-brief-item.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-brief-item"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-brief-item.h"

/**
 * RapportBriefItem:
 *
 * A row of the Prepare brief that is not a plain notebook item: a goal with
 * its time left and quiet days, a win to celebrate, or a line of the draft
 * agenda. #RapportBriefItem:kind says which (and where an agenda line came
 * from); only the properties documented for that kind are set. Built by
 * #RapportPrepare; never saved.
 */
struct _RapportBriefItem
{
  RapportItem parent_instance;
};

enum {
  PROP_0,

  PROP_KIND,
  PROP_ITEM_ID,
  PROP_TITLE,
  PROP_DETAIL,
  PROP_DATE,
  PROP_DAYS_LEFT,
  PROP_PROGRESS,
  PROP_SINCE,
  PROP_DAYS_QUIET,
  PROP_FLAGGED,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RapportBriefItem, rapport_brief_item, RAPPORT_TYPE_ITEM)

static GParamSpec *properties[N_PROPS];

static void
rapport_brief_item_class_init (RapportBriefItemClass *klass)
{
  /**
   * RapportBriefItem:kind:
   *
   * What the row is and where it came from.
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, RAPPORT_TYPE_BRIEF_ITEM_KIND, RAPPORT_BRIEF_ITEM_KIND_GOAL,
      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportBriefItem:item-id:
   *
   * The goal, promise or meeting the row comes from, 0 for none.
   */
  properties[PROP_ITEM_ID] =
    g_param_spec_int64 ("item-id", NULL, NULL, 0, G_MAXINT64, 0,
      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportBriefItem:title:
   *
   * The text to show: the goal's title, the win, the agenda line.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportBriefItem:detail:
   *
   * A secondary line, e.g. when a promise is due; may be %NULL.
   */
  properties[PROP_DETAIL] =
    g_param_spec_string ("detail", NULL, NULL, NULL,
      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportBriefItem:date:
   *
   * `YYYY-MM-DD`: a goal's target date, the day of a win, a promise's due date.
   */
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportBriefItem:days-left:
   *
   * Goals: calendar days from today to the target date (negative once past; 0 without one).
   */
  properties[PROP_DAYS_LEFT] =
    g_param_spec_int ("days-left", NULL, NULL, G_MININT, G_MAXINT, 0,
      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportBriefItem:progress:
   *
   * Goals: progress in percent.
   */
  properties[PROP_PROGRESS] =
    g_param_spec_int ("progress", NULL, NULL, 0, 100, 0,
      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportBriefItem:since:
   *
   * Goals: when the progress last changed (the goal's creation if it never did).
   */
  properties[PROP_SINCE] =
    g_param_spec_boxed ("since", NULL, NULL, G_TYPE_DATE_TIME,
      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportBriefItem:days-quiet:
   *
   * Goals: calendar days since #RapportBriefItem:since.
   */
  properties[PROP_DAYS_QUIET] =
    g_param_spec_int ("days-quiet", NULL, NULL, 0, G_MAXINT, 0,
      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportBriefItem:flagged:
   *
   * Goals and goal lines: no progress for more than %RAPPORT_PREPARE_STALLED_DAYS days. Promise lines: overdue.
   */
  properties[PROP_FLAGGED] =
    g_param_spec_boolean ("flagged", NULL, NULL, FALSE,
      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  _rapport_item_class_install_fields (RAPPORT_ITEM_CLASS (klass), properties, N_PROPS);
}

static void
rapport_brief_item_init (RapportBriefItem *self)
{
}

/**
 * rapport_brief_item_new:
 * @kind: what the row is
 * @title: its text
 *
 * Returns: (transfer full): a new #RapportBriefItem
 */
RapportBriefItem *
rapport_brief_item_new (RapportBriefItemKind  kind,
                        const char           *title)
{
  return g_object_new (RAPPORT_TYPE_BRIEF_ITEM, "kind", kind, "title", title, NULL);
}

RapportBriefItemKind
rapport_brief_item_get_kind (RapportBriefItem *self)
{
  g_return_val_if_fail (RAPPORT_IS_BRIEF_ITEM (self), 0);

  return g_value_get_enum (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_KIND));
}

gint64
rapport_brief_item_get_item_id (RapportBriefItem *self)
{
  g_return_val_if_fail (RAPPORT_IS_BRIEF_ITEM (self), 0);

  return g_value_get_int64 (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_ITEM_ID));
}

const char *
rapport_brief_item_get_title (RapportBriefItem *self)
{
  g_return_val_if_fail (RAPPORT_IS_BRIEF_ITEM (self), NULL);

  return g_value_get_string (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_TITLE));
}

const char *
rapport_brief_item_get_detail (RapportBriefItem *self)
{
  g_return_val_if_fail (RAPPORT_IS_BRIEF_ITEM (self), NULL);

  return g_value_get_string (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_DETAIL));
}

const char *
rapport_brief_item_get_date (RapportBriefItem *self)
{
  g_return_val_if_fail (RAPPORT_IS_BRIEF_ITEM (self), NULL);

  return g_value_get_string (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_DATE));
}

int
rapport_brief_item_get_days_left (RapportBriefItem *self)
{
  g_return_val_if_fail (RAPPORT_IS_BRIEF_ITEM (self), 0);

  return g_value_get_int (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_DAYS_LEFT));
}

int
rapport_brief_item_get_progress (RapportBriefItem *self)
{
  g_return_val_if_fail (RAPPORT_IS_BRIEF_ITEM (self), 0);

  return g_value_get_int (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_PROGRESS));
}

GDateTime *
rapport_brief_item_get_since (RapportBriefItem *self)
{
  g_return_val_if_fail (RAPPORT_IS_BRIEF_ITEM (self), NULL);

  return g_value_get_boxed (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_SINCE));
}

int
rapport_brief_item_get_days_quiet (RapportBriefItem *self)
{
  g_return_val_if_fail (RAPPORT_IS_BRIEF_ITEM (self), 0);

  return g_value_get_int (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_DAYS_QUIET));
}

gboolean
rapport_brief_item_get_flagged (RapportBriefItem *self)
{
  g_return_val_if_fail (RAPPORT_IS_BRIEF_ITEM (self), FALSE);

  return g_value_get_boolean (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_FLAGGED));
}
