/* rapport-libnotify-notifier.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-libnotify-notifier"

#include "config.h"

#include <glib/gi18n.h>
#include <libnotify/notify.h>

#include "rapport-notifier.h"

/**
 * RapportLibnotifyNotifier:
 *
 * Desktop notifications through libnotify — the only file that includes
 * `<libnotify/notify.h>`. Each shown notification stays referenced until
 * the server closes it, so its action callbacks can still arrive; sending a
 * key again reuses the same object (and so the server's id) to replace the
 * notification instead of stacking a second one.
 */

#define RAPPORT_TYPE_LIBNOTIFY_NOTIFIER (rapport_libnotify_notifier_get_type ())

G_DECLARE_FINAL_TYPE (RapportLibnotifyNotifier, rapport_libnotify_notifier,
                      RAPPORT, LIBNOTIFY_NOTIFIER, GObject)

struct _RapportLibnotifyNotifier
{
  GObject     parent_instance;

  /* Owned references: key → NotifyNotification */
  GHashTable *notifications;

  /* State */
  guint       did_init : 1;
};

static void notifier_iface_init (RapportNotifierInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RapportLibnotifyNotifier, rapport_libnotify_notifier, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (RAPPORT_TYPE_NOTIFIER, notifier_iface_init))

/* Callbacks */

static void
action_cb (NotifyNotification *notification,
           char               *action,
           gpointer            user_data)
{
  RapportLibnotifyNotifier *self = user_data;
  g_autofree char *key = g_strdup (g_object_get_data (G_OBJECT (notification), "rapport-key"));
  const char *token = notify_notification_get_activation_token (notification);

  g_debug ("Action “%s” on %s", action, key);
  rapport_notifier_emit_action_invoked (RAPPORT_NOTIFIER (self), key, action, token);
}

static void
closed_cb (RapportLibnotifyNotifier *self,
           NotifyNotification       *notification)
{
  const char *key = g_object_get_data (G_OBJECT (notification), "rapport-key");

  if (key != NULL && g_hash_table_lookup (self->notifications, key) == notification)
    g_hash_table_remove (self->notifications, key);
}

/* RapportNotifier */

static NotifyUrgency
to_notify_urgency (RapportNotifierUrgency urgency)
{
  switch (urgency)
    {
    case RAPPORT_NOTIFIER_URGENCY_LOW: return NOTIFY_URGENCY_LOW;
    case RAPPORT_NOTIFIER_URGENCY_CRITICAL: return NOTIFY_URGENCY_CRITICAL;
    case RAPPORT_NOTIFIER_URGENCY_NORMAL:
    default: return NOTIFY_URGENCY_NORMAL;
    }
}

static gboolean
libnotify_notifier_send (RapportNotifier            *notifier,
                         const RapportNotification  *n,
                         guint32                    *out_id,
                         GError                    **error)
{
  RapportLibnotifyNotifier *self = RAPPORT_LIBNOTIFY_NOTIFIER (notifier);
  g_autoptr(GError) local_error = NULL;
  NotifyNotification *notification;
  int id = 0;

  notification = g_hash_table_lookup (self->notifications, n->key);
  if (notification != NULL)
    {
      notify_notification_update (notification, n->summary, n->body, APPLICATION_ID);
      notify_notification_clear_actions (notification);
      notify_notification_clear_hints (notification);
    }
  else
    {
      notification = notify_notification_new (n->summary, n->body, APPLICATION_ID);
      g_object_set_data_full (G_OBJECT (notification), "rapport-key", g_strdup (n->key), g_free);
      if (n->replaces_id != 0)
        g_object_set (notification, "id", (int)n->replaces_id, NULL);
      g_signal_connect_object (notification, "closed", G_CALLBACK (closed_cb), self,
                               G_CONNECT_SWAPPED);
      g_hash_table_insert (self->notifications, g_strdup (n->key), notification);
    }

  notify_notification_set_hint_string (notification, "desktop-entry", APPLICATION_ID);
  notify_notification_set_category (notification, "x-rapport.reminder");
  notify_notification_set_urgency (notification, to_notify_urgency (n->urgency));
  notify_notification_set_timeout (notification, NOTIFY_EXPIRES_DEFAULT);

  for (guint i = 0; n->actions != NULL && n->actions[i] != NULL && n->actions[i + 1] != NULL; i += 2)
    notify_notification_add_action (notification, n->actions[i], n->actions[i + 1],
                                    action_cb, self, NULL);

  if (!notify_notification_show (notification, &local_error))
    {
      g_debug ("Could not show %s: %s", n->key, local_error->message);
      g_set_error (error, RAPPORT_NOTIFIER_ERROR, RAPPORT_NOTIFIER_ERROR_UNAVAILABLE,
                   _("The reminder could not be shown: %s"), local_error->message);
      return FALSE;
    }

  g_object_get (notification, "id", &id, NULL);
  if (out_id != NULL)
    *out_id = (guint32)id;

  return TRUE;
}

static void
libnotify_notifier_withdraw (RapportNotifier *notifier,
                             const char      *key)
{
  RapportLibnotifyNotifier *self = RAPPORT_LIBNOTIFY_NOTIFIER (notifier);
  g_autoptr(GError) error = NULL;
  NotifyNotification *notification;

  if (!(notification = g_hash_table_lookup (self->notifications, key)))
    return;

  if (!notify_notification_close (notification, &error))
    g_debug ("Could not withdraw %s: %s", key, error->message);

  g_hash_table_remove (self->notifications, key);
}

static void
notifier_iface_init (RapportNotifierInterface *iface)
{
  iface->send = libnotify_notifier_send;
  iface->withdraw = libnotify_notifier_withdraw;
}

/* GObject */

static void
disconnect_notification (gpointer data)
{
  NotifyNotification *notification = data;

  notify_notification_clear_actions (notification);
  g_object_unref (notification);
}

static void
rapport_libnotify_notifier_dispose (GObject *object)
{
  RapportLibnotifyNotifier *self = (RapportLibnotifyNotifier *)object;

  g_hash_table_remove_all (self->notifications);

  G_OBJECT_CLASS (rapport_libnotify_notifier_parent_class)->dispose (object);
}

static void
rapport_libnotify_notifier_finalize (GObject *object)
{
  RapportLibnotifyNotifier *self = (RapportLibnotifyNotifier *)object;

  g_clear_pointer (&self->notifications, g_hash_table_unref);

  /* Closes what is still shown with actions: a clean quit withdraws them. */
  if (self->did_init && notify_is_initted ())
    notify_uninit ();

  G_OBJECT_CLASS (rapport_libnotify_notifier_parent_class)->finalize (object);
}

static void
rapport_libnotify_notifier_class_init (RapportLibnotifyNotifierClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rapport_libnotify_notifier_dispose;
  object_class->finalize = rapport_libnotify_notifier_finalize;
}

static void
rapport_libnotify_notifier_init (RapportLibnotifyNotifier *self)
{
  self->notifications = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                               disconnect_notification);
}

/**
 * rapport_libnotify_notifier_new:
 * @app_name: (nullable): the name shown as the sender; %NULL for "Rapport"
 *
 * Returns: (transfer full): a notifier that shows desktop notifications
 */
RapportNotifier *
rapport_libnotify_notifier_new (const char *app_name)
{
  RapportLibnotifyNotifier *self = g_object_new (RAPPORT_TYPE_LIBNOTIFY_NOTIFIER, NULL);

  if (!notify_is_initted ())
    self->did_init = notify_init (app_name != NULL ? app_name : "Rapport");

  return RAPPORT_NOTIFIER (self);
}
