/* rapport-notifier.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-notifier"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-notifier.h"

/**
 * RapportNotifier:
 *
 * Shows reminders to the mentor and reports what they clicked. The scheduler
 * talks only to this interface; rapport-libnotify-notifier.c is the desktop
 * implementation and tests bring their own.
 */

enum {
  ACTION_INVOKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_QUARK (rapport-notifier-error-quark, rapport_notifier_error)

G_DEFINE_INTERFACE (RapportNotifier, rapport_notifier, G_TYPE_OBJECT)

static void
rapport_notifier_default_init (RapportNotifierInterface *iface)
{
  /**
   * RapportNotifier::action-invoked:
   * @key: the delivery key of the notification
   * @action: the action id (`"done"`, `"snooze"`, `"prepare"`, `"default"`)
   * @activation_token: (nullable): the token to raise a window with
   *
   * The mentor clicked an action of a notification.
   */
  signals[ACTION_INVOKED] =
    g_signal_new ("action-invoked",
                  G_TYPE_FROM_INTERFACE (iface),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_STRING, G_TYPE_STRING, G_TYPE_STRING);
}

/**
 * rapport_notifier_send:
 * @out_id: (out) (optional): the server's id for the notification
 *
 * Returns: %TRUE if the notification server accepted the notification
 */
gboolean
rapport_notifier_send (RapportNotifier            *self,
                       const RapportNotification  *notification,
                       guint32                    *out_id,
                       GError                    **error)
{
  guint32 id = 0;

  g_return_val_if_fail (RAPPORT_IS_NOTIFIER (self), FALSE);
  g_return_val_if_fail (notification != NULL, FALSE);
  g_return_val_if_fail (notification->key != NULL, FALSE);
  g_return_val_if_fail (notification->summary != NULL, FALSE);

  if (!RAPPORT_NOTIFIER_GET_IFACE (self)->send (self, notification, &id, error))
    return FALSE;

  if (out_id != NULL)
    *out_id = id;

  return TRUE;
}

void
rapport_notifier_withdraw (RapportNotifier *self,
                           const char      *key)
{
  g_return_if_fail (RAPPORT_IS_NOTIFIER (self));
  g_return_if_fail (key != NULL);

  if (RAPPORT_NOTIFIER_GET_IFACE (self)->withdraw != NULL)
    RAPPORT_NOTIFIER_GET_IFACE (self)->withdraw (self, key);
}

/* For implementations. */
void
rapport_notifier_emit_action_invoked (RapportNotifier *self,
                                      const char      *key,
                                      const char      *action,
                                      const char      *activation_token)
{
  g_return_if_fail (RAPPORT_IS_NOTIFIER (self));

  g_signal_emit (self, signals[ACTION_INVOKED], 0, key, action, activation_token);
}
