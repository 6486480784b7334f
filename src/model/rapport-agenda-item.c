/* rapport-agenda-item.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-agenda-item"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-agenda-item.h"

/**
 * RapportAgendaItem:
 *
 * A row of the Today agenda. #RapportAgendaItem:kind says what it is and orders the agenda; `item-id` is the commitment, the session or (for check-ins) the mentee.
 *
 * Its properties are stored by #RapportItem; see the property list in
 * class_init for what each one means.
 */
struct _RapportAgendaItem
{
  RapportItem parent_instance;
};

enum {
  PROP_0,

  PROP_KIND,
  PROP_ITEM_ID,
  PROP_MENTEE_ID,
  PROP_MENTEE_NAME,
  PROP_TITLE,
  PROP_OWNER,
  PROP_DUE_DATE,
  PROP_DUE_TIME,
  PROP_STARTS_AT,
  PROP_DURATION_MINUTES,
  PROP_DAYS_OVERDUE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RapportAgendaItem, rapport_agenda_item, RAPPORT_TYPE_ITEM)

static GParamSpec *properties[N_PROPS];

static void
rapport_agenda_item_class_init (RapportAgendaItemClass *klass)
{
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, RAPPORT_TYPE_AGENDA_KIND, RAPPORT_AGENDA_KIND_MY_PROMISE_OVERDUE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ITEM_ID] =
    g_param_spec_int64 ("item-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_MENTEE_ID] =
    g_param_spec_int64 ("mentee-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_MENTEE_NAME] =
    g_param_spec_string ("mentee-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportAgendaItem:title:
   *
   * The promise's title or the meeting's agenda.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_OWNER] =
    g_param_spec_enum ("owner", NULL, NULL, RAPPORT_TYPE_COMMITMENT_OWNER, RAPPORT_COMMITMENT_OWNER_MENTOR,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DUE_DATE] =
    g_param_spec_string ("due-date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DUE_TIME] =
    g_param_spec_string ("due-time", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportAgendaItem:starts-at:
   *
   * For meetings: when it starts.
   */
  properties[PROP_STARTS_AT] =
    g_param_spec_boxed ("starts-at", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DURATION_MINUTES] =
    g_param_spec_int ("duration-minutes", NULL, NULL, 0, 1440, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportAgendaItem:days-overdue:
   *
   * For overdue promises and check-ins: by how many calendar days.
   */
  properties[PROP_DAYS_OVERDUE] =
    g_param_spec_int ("days-overdue", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  _rapport_item_class_install_fields (RAPPORT_ITEM_CLASS (klass), properties, N_PROPS);
}

static void
rapport_agenda_item_init (RapportAgendaItem *self)
{
}

/**
 * rapport_agenda_item_new:
 *
 * Creates an unsaved item with default values.
 *
 * Returns: (transfer full): a new #RapportAgendaItem
 */
RapportAgendaItem *
rapport_agenda_item_new (void)
{
  return g_object_new (RAPPORT_TYPE_AGENDA_ITEM, NULL);
}


RapportAgendaKind
rapport_agenda_item_get_kind (RapportAgendaItem *self)
{
  g_return_val_if_fail (RAPPORT_IS_AGENDA_ITEM (self), 0);

  return g_value_get_enum (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_KIND));
}

gint64
rapport_agenda_item_get_item_id (RapportAgendaItem *self)
{
  g_return_val_if_fail (RAPPORT_IS_AGENDA_ITEM (self), 0);

  return g_value_get_int64 (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_ITEM_ID));
}

gint64
rapport_agenda_item_get_mentee_id (RapportAgendaItem *self)
{
  g_return_val_if_fail (RAPPORT_IS_AGENDA_ITEM (self), 0);

  return g_value_get_int64 (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_MENTEE_ID));
}

const char *
rapport_agenda_item_get_mentee_name (RapportAgendaItem *self)
{
  g_return_val_if_fail (RAPPORT_IS_AGENDA_ITEM (self), NULL);

  return g_value_get_string (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_MENTEE_NAME));
}

const char *
rapport_agenda_item_get_title (RapportAgendaItem *self)
{
  g_return_val_if_fail (RAPPORT_IS_AGENDA_ITEM (self), NULL);

  return g_value_get_string (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_TITLE));
}

RapportCommitmentOwner
rapport_agenda_item_get_owner (RapportAgendaItem *self)
{
  g_return_val_if_fail (RAPPORT_IS_AGENDA_ITEM (self), 0);

  return g_value_get_enum (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_OWNER));
}

const char *
rapport_agenda_item_get_due_date (RapportAgendaItem *self)
{
  g_return_val_if_fail (RAPPORT_IS_AGENDA_ITEM (self), NULL);

  return g_value_get_string (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_DUE_DATE));
}

const char *
rapport_agenda_item_get_due_time (RapportAgendaItem *self)
{
  g_return_val_if_fail (RAPPORT_IS_AGENDA_ITEM (self), NULL);

  return g_value_get_string (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_DUE_TIME));
}

GDateTime *
rapport_agenda_item_get_starts_at (RapportAgendaItem *self)
{
  g_return_val_if_fail (RAPPORT_IS_AGENDA_ITEM (self), NULL);

  return g_value_get_boxed (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_STARTS_AT));
}

int
rapport_agenda_item_get_duration_minutes (RapportAgendaItem *self)
{
  g_return_val_if_fail (RAPPORT_IS_AGENDA_ITEM (self), 0);

  return g_value_get_int (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_DURATION_MINUTES));
}

int
rapport_agenda_item_get_days_overdue (RapportAgendaItem *self)
{
  g_return_val_if_fail (RAPPORT_IS_AGENDA_ITEM (self), 0);

  return g_value_get_int (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_DAYS_OVERDUE));
}

