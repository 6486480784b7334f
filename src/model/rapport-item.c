/* rapport-item.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-item"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-item.h"

typedef struct
{
  /* State */
  char      *uuid;
  GDateTime *created_at;
  GDateTime *updated_at;
  GDateTime *deleted_at;
  gint64     id;

  /* The subclass's properties, indexed by prop_id - 1. */
  GValue    *values;
  guint      n_values;
} RapportItemPrivate;

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  PROP_DELETED_AT,
  N_PROPS
};

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (RapportItem, rapport_item, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

/* Helpers */

static void
ensure_values (RapportItem *self)
{
  RapportItemPrivate *priv = rapport_item_get_instance_private (self);
  RapportItemClass *klass;

  if (priv->values != NULL)
    return;

  /* Allocated lazily: while the base's instance_init runs the instance still
   * points at the base class, so the subclass's fields are not known yet. */
  klass = RAPPORT_ITEM_GET_CLASS (self);
  priv->n_values = klass->n_fields;
  priv->values = g_new0 (GValue, MAX (1, klass->n_fields));

  for (guint i = 0; i < klass->n_fields; i++)
    {
      GParamSpec *pspec = klass->fields[i + 1];

      g_value_init (&priv->values[i], G_PARAM_SPEC_VALUE_TYPE (pspec));
      g_param_value_set_default (pspec, &priv->values[i]);
    }
}

static gboolean
values_equal (const GValue *a,
              const GValue *b)
{
  GType type = G_VALUE_TYPE (a);

  if (type == G_TYPE_DATE_TIME)
    {
      GDateTime *da = g_value_get_boxed (a);
      GDateTime *db = g_value_get_boxed (b);

      if (da == NULL || db == NULL)
        return da == db;
      return g_date_time_equal (da, db);
    }

  if (type == G_TYPE_STRV)
    {
      const char * const *sa = g_value_get_boxed (a);
      const char * const *sb = g_value_get_boxed (b);

      if (sa == NULL || sb == NULL)
        return (sa == NULL || sa[0] == NULL) && (sb == NULL || sb[0] == NULL);
      return g_strv_equal (sa, sb);
    }

  if (type == G_TYPE_STRING)
    return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;

  if (type == G_TYPE_DOUBLE)
    return g_value_get_double (a) == g_value_get_double (b);

  /* Integers, booleans and enums. */
  if (G_TYPE_IS_ENUM (type))
    return g_value_get_enum (a) == g_value_get_enum (b);
  if (type == G_TYPE_INT)
    return g_value_get_int (a) == g_value_get_int (b);
  if (type == G_TYPE_INT64)
    return g_value_get_int64 (a) == g_value_get_int64 (b);
  if (type == G_TYPE_UINT)
    return g_value_get_uint (a) == g_value_get_uint (b);
  if (type == G_TYPE_BOOLEAN)
    return g_value_get_boolean (a) == g_value_get_boolean (b);

  return FALSE;
}

static gboolean
set_date_time (GDateTime **field,
               GDateTime  *value)
{
  if (*field == value || (*field && value && g_date_time_equal (*field, value)))
    return FALSE;

  g_clear_pointer (field, g_date_time_unref);
  *field = value ? g_date_time_ref (value) : NULL;
  return TRUE;
}

/* GLib 2.74 emits "notify" even when nobody listens; lists create thousands of
 * items with dozens of properties, so skip the emission when no handler (for
 * this property or for any) is connected. Bindings and expressions connect
 * handlers, so they still see every change. */
static void
notify_if_watched (GObject    *object,
                   GParamSpec *pspec)
{
  static guint notify_id;

  if (notify_id == 0)
    notify_id = g_signal_lookup ("notify", G_TYPE_OBJECT);

  if (g_signal_has_handler_pending (object, notify_id, g_param_spec_get_name_quark (pspec), TRUE) ||
      g_signal_has_handler_pending (object, notify_id, 0, TRUE))
    g_object_notify_by_pspec (object, pspec);
}

static void
field_get_property (GObject    *object,
                    guint       prop_id,
                    GValue     *value,
                    GParamSpec *pspec)
{
  RapportItem *self = RAPPORT_ITEM (object);
  RapportItemPrivate *priv = rapport_item_get_instance_private (self);

  ensure_values (self);
  g_assert (prop_id >= 1 && prop_id <= priv->n_values);
  g_value_copy (&priv->values[prop_id - 1], value);
}

static void
field_set_property (GObject      *object,
                    guint         prop_id,
                    const GValue *value,
                    GParamSpec   *pspec)
{
  RapportItem *self = RAPPORT_ITEM (object);
  RapportItemPrivate *priv = rapport_item_get_instance_private (self);
  GValue *slot;

  ensure_values (self);
  g_assert (prop_id >= 1 && prop_id <= priv->n_values);
  slot = &priv->values[prop_id - 1];

  if (values_equal (slot, value))
    return;

  g_value_unset (slot);
  g_value_init (slot, G_VALUE_TYPE (value));
  g_value_copy (value, slot);
  notify_if_watched (object, pspec);
}

/* GObject */

static void
rapport_item_finalize (GObject *object)
{
  RapportItem *self = (RapportItem *)object;
  RapportItemPrivate *priv = rapport_item_get_instance_private (self);

  for (guint i = 0; i < priv->n_values; i++)
    g_value_unset (&priv->values[i]);
  g_clear_pointer (&priv->values, g_free);
  g_clear_pointer (&priv->uuid, g_free);
  g_clear_pointer (&priv->created_at, g_date_time_unref);
  g_clear_pointer (&priv->updated_at, g_date_time_unref);
  g_clear_pointer (&priv->deleted_at, g_date_time_unref);

  G_OBJECT_CLASS (rapport_item_parent_class)->finalize (object);
}

static void
rapport_item_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  RapportItem *self = RAPPORT_ITEM (object);
  RapportItemPrivate *priv = rapport_item_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, priv->id);
      break;

    case PROP_UUID:
      g_value_set_string (value, priv->uuid);
      break;

    case PROP_CREATED_AT:
      g_value_set_boxed (value, priv->created_at);
      break;

    case PROP_UPDATED_AT:
      g_value_set_boxed (value, priv->updated_at);
      break;

    case PROP_DELETED_AT:
      g_value_set_boxed (value, priv->deleted_at);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_item_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  RapportItem *self = RAPPORT_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      _rapport_item_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_UUID:
      _rapport_item_set_uuid (self, g_value_get_string (value));
      break;

    case PROP_CREATED_AT:
      {
        RapportItemPrivate *priv = rapport_item_get_instance_private (self);
        if (set_date_time (&priv->created_at, g_value_get_boxed (value)))
          g_object_notify_by_pspec (object, pspec);
      }
      break;

    case PROP_UPDATED_AT:
      {
        RapportItemPrivate *priv = rapport_item_get_instance_private (self);
        if (set_date_time (&priv->updated_at, g_value_get_boxed (value)))
          g_object_notify_by_pspec (object, pspec);
      }
      break;

    case PROP_DELETED_AT:
      _rapport_item_set_deleted_at (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_item_class_init (RapportItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rapport_item_finalize;
  object_class->get_property = rapport_item_get_property;
  object_class->set_property = rapport_item_set_property;

  /**
   * RapportItem:id:
   *
   * The row id in the notebook, 0 until saved.
   */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportItem:uuid:
   *
   * The identity that survives export and import; set when first saved.
   */
  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CREATED_AT] =
    g_param_spec_boxed ("created-at", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_UPDATED_AT] =
    g_param_spec_boxed ("updated-at", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportItem:deleted-at:
   *
   * When the item was moved to the trash, or %NULL.
   */
  properties[PROP_DELETED_AT] =
    g_param_spec_boxed ("deleted-at", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rapport_item_init (RapportItem *self)
{
}

/* Public API */

gint64
rapport_item_get_id (RapportItem *self)
{
  RapportItemPrivate *priv = rapport_item_get_instance_private (self);

  g_return_val_if_fail (RAPPORT_IS_ITEM (self), 0);

  return priv->id;
}

const char *
rapport_item_get_uuid (RapportItem *self)
{
  RapportItemPrivate *priv = rapport_item_get_instance_private (self);

  g_return_val_if_fail (RAPPORT_IS_ITEM (self), NULL);

  return priv->uuid;
}

GDateTime *
rapport_item_get_created_at (RapportItem *self)
{
  RapportItemPrivate *priv = rapport_item_get_instance_private (self);

  g_return_val_if_fail (RAPPORT_IS_ITEM (self), NULL);

  return priv->created_at;
}

GDateTime *
rapport_item_get_updated_at (RapportItem *self)
{
  RapportItemPrivate *priv = rapport_item_get_instance_private (self);

  g_return_val_if_fail (RAPPORT_IS_ITEM (self), NULL);

  return priv->updated_at;
}

GDateTime *
rapport_item_get_deleted_at (RapportItem *self)
{
  RapportItemPrivate *priv = rapport_item_get_instance_private (self);

  g_return_val_if_fail (RAPPORT_IS_ITEM (self), NULL);

  return priv->deleted_at;
}

/**
 * rapport_item_is_saved:
 * @self: a #RapportItem
 *
 * Returns: %TRUE once the item has a row in the notebook
 */
gboolean
rapport_item_is_saved (RapportItem *self)
{
  return rapport_item_get_id (self) > 0;
}

/**
 * rapport_item_update_from:
 * @self: a #RapportItem
 * @other: an item of the same type
 *
 * Copies every property of @other into @self, notifying only those that
 * change. Lists use this to refresh the items they already show, so a view
 * keeps its rows (and selection) when a reload finds the same records.
 */
void
rapport_item_update_from (RapportItem *self,
                          RapportItem *other)
{
  RapportItemPrivate *priv = rapport_item_get_instance_private (self);
  RapportItemPrivate *opriv = rapport_item_get_instance_private (other);
  RapportItemClass *klass;

  g_return_if_fail (RAPPORT_IS_ITEM (self));
  g_return_if_fail (G_OBJECT_TYPE (self) == G_OBJECT_TYPE (other));

  if (self == other)
    return;

  g_object_freeze_notify (G_OBJECT (self));

  _rapport_item_set_id (self, opriv->id);
  _rapport_item_set_uuid (self, opriv->uuid);
  _rapport_item_set_timestamps (self, opriv->created_at, opriv->updated_at);
  _rapport_item_set_deleted_at (self, opriv->deleted_at);

  ensure_values (self);
  ensure_values (other);
  klass = RAPPORT_ITEM_GET_CLASS (self);

  for (guint i = 0; i < priv->n_values; i++)
    {
      if (values_equal (&priv->values[i], &opriv->values[i]))
        continue;
      g_value_unset (&priv->values[i]);
      g_value_init (&priv->values[i], G_VALUE_TYPE (&opriv->values[i]));
      g_value_copy (&opriv->values[i], &priv->values[i]);
      notify_if_watched (G_OBJECT (self), klass->fields[i + 1]);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * _rapport_item_class_install_fields:
 * @klass: the subclass
 * @pspecs: the subclass's properties, `pspecs[0]` unused (PROP_0)
 * @n_pspecs: N_PROPS
 *
 * Installs @pspecs and lets the base class store their values.
 */
void
_rapport_item_class_install_fields (RapportItemClass  *klass,
                                    GParamSpec       **pspecs,
                                    guint              n_pspecs)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = field_get_property;
  object_class->set_property = field_set_property;

  klass->fields = pspecs;
  klass->n_fields = n_pspecs - 1;

  g_object_class_install_properties (object_class, n_pspecs, pspecs);
}

const GValue *
_rapport_item_get_field (RapportItem *self,
                         guint        prop_id)
{
  RapportItemPrivate *priv = rapport_item_get_instance_private (self);

  ensure_values (self);
  g_assert (prop_id >= 1 && prop_id <= priv->n_values);

  return &priv->values[prop_id - 1];
}

void
_rapport_item_set_id (RapportItem *self,
                      gint64       id)
{
  RapportItemPrivate *priv = rapport_item_get_instance_private (self);

  if (priv->id == id)
    return;

  priv->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

void
_rapport_item_set_uuid (RapportItem *self,
                        const char  *uuid)
{
  RapportItemPrivate *priv = rapport_item_get_instance_private (self);

  if (g_strcmp0 (priv->uuid, uuid) == 0)
    return;

  g_free (priv->uuid);
  priv->uuid = g_strdup (uuid);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UUID]);
}

void
_rapport_item_set_timestamps (RapportItem *self,
                              GDateTime   *created_at,
                              GDateTime   *updated_at)
{
  RapportItemPrivate *priv = rapport_item_get_instance_private (self);

  if (set_date_time (&priv->created_at, created_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
  if (set_date_time (&priv->updated_at, updated_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED_AT]);
}

void
_rapport_item_set_deleted_at (RapportItem *self,
                              GDateTime   *deleted_at)
{
  RapportItemPrivate *priv = rapport_item_get_instance_private (self);

  if (set_date_time (&priv->deleted_at, deleted_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DELETED_AT]);
}
