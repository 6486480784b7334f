/* rapport-notifier.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  RAPPORT_NOTIFIER_URGENCY_LOW,
  RAPPORT_NOTIFIER_URGENCY_NORMAL,
  RAPPORT_NOTIFIER_URGENCY_CRITICAL,
} RapportNotifierUrgency;

/**
 * RapportNotification:
 * @key: the reminder's stable delivery key; sending the same key again
 *   replaces the earlier notification
 * @summary: the headline
 * @body: (nullable): the line below it
 * @urgency: how insistent the notification is
 * @actions: (array zero-terminated=1): pairs of action id and translated
 *   label, `"default"` being a click on the notification itself
 * @replaces_id: the server's id of an earlier notification for @key (from
 *   the ledger, across restarts), or 0
 */
typedef struct
{
  const char              *key;
  const char              *summary;
  const char              *body;
  RapportNotifierUrgency   urgency;
  const char * const      *actions;
  guint32                  replaces_id;
} RapportNotification;

#define RAPPORT_NOTIFIER_ERROR (rapport_notifier_error_quark ())

typedef enum
{
  RAPPORT_NOTIFIER_ERROR_FAILED,
  RAPPORT_NOTIFIER_ERROR_UNAVAILABLE,
} RapportNotifierError;

#define RAPPORT_TYPE_NOTIFIER (rapport_notifier_get_type ())

G_DECLARE_INTERFACE (RapportNotifier, rapport_notifier, RAPPORT, NOTIFIER, GObject)

/**
 * RapportNotifierInterface:
 * @send: shows @notification; returns %FALSE with an error when it could not
 *   be shown (no notification server), which means "not delivered"
 * @withdraw: removes the notification for @key from the screen, if any
 */
struct _RapportNotifierInterface
{
  GTypeInterface parent_iface;

  gboolean (*send)     (RapportNotifier            *self,
                        const RapportNotification  *notification,
                        guint32                    *out_id,
                        GError                    **error);
  void     (*withdraw) (RapportNotifier            *self,
                        const char                 *key);
};

GQuark   rapport_notifier_error_quark        (void);

gboolean rapport_notifier_send               (RapportNotifier            *self,
                                              const RapportNotification  *notification,
                                              guint32                    *out_id,
                                              GError                    **error);
void     rapport_notifier_withdraw           (RapportNotifier            *self,
                                              const char                 *key);
void     rapport_notifier_emit_action_invoked (RapportNotifier           *self,
                                              const char                 *key,
                                              const char                 *action,
                                              const char                 *activation_token);

RapportNotifier *rapport_libnotify_notifier_new (const char *app_name);

G_END_DECLS
