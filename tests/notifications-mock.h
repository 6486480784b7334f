/* notifications-mock.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A mock org.freedesktop.Notifications on a private bus, built with
 * glib-testing's GtDBusQueue: it answers from the queue's server thread,
 * records the parameters of every Notify for the test to inspect, and can
 * emit ActionInvoked (after an ActivationToken) as if the mentor had clicked.
 * Shared by test-notifications.c and test-background.c (included, not
 * linked). The private bus is the session bus of the test process and of any
 * child it spawns. */

#pragma once

#include <libglib-testing/dbus-queue.h>

G_GNUC_UNUSED static const char notifications_xml[] =
  "<node>"
  "  <interface name='org.freedesktop.Notifications'>"
  "    <method name='GetCapabilities'><arg type='as' direction='out'/></method>"
  "    <method name='GetServerInformation'>"
  "      <arg type='s' direction='out'/><arg type='s' direction='out'/>"
  "      <arg type='s' direction='out'/><arg type='s' direction='out'/>"
  "    </method>"
  "    <method name='Notify'>"
  "      <arg type='s' direction='in'/><arg type='u' direction='in'/>"
  "      <arg type='s' direction='in'/><arg type='s' direction='in'/>"
  "      <arg type='s' direction='in'/><arg type='as' direction='in'/>"
  "      <arg type='a{sv}' direction='in'/><arg type='i' direction='in'/>"
  "      <arg type='u' direction='out'/>"
  "    </method>"
  "    <method name='CloseNotification'><arg type='u' direction='in'/></method>"
  "    <signal name='ActionInvoked'><arg type='u'/><arg type='s'/></signal>"
  "    <signal name='ActivationToken'><arg type='u'/><arg type='s'/></signal>"
  "    <signal name='NotificationClosed'><arg type='u'/><arg type='u'/></signal>"
  "  </interface>"
  "</node>";

typedef struct
{
  GtDBusQueue      *queue;
  GDBusNodeInfo    *node;
  GMutex            lock;
  GPtrArray        *notifies;      /* (element-type GVariant) Notify parameters */
  GDBusConnection  *server;        /* the connection the mock answers on */
  guint32           next_id;
  guint32           action_id;     /* an ActionInvoked to emit, with action */
  char             *action;
  int               stop;
  guint             name_id;
} MockServer;

static void
mock_handle (MockServer            *f,
        GDBusMethodInvocation *invocation)
{
  const char *method = g_dbus_method_invocation_get_method_name (invocation);
  GVariant *params = g_dbus_method_invocation_get_parameters (invocation);

  g_mutex_lock (&f->lock);
  if (f->server == NULL)
    f->server = g_object_ref (g_dbus_method_invocation_get_connection (invocation));
  g_mutex_unlock (&f->lock);

  if (g_str_equal (method, "GetServerInformation"))
    g_dbus_method_invocation_return_value (invocation,
                                           g_variant_new ("(ssss)", "Mock", "Rapport tests", "1", "1.2"));
  else if (g_str_equal (method, "GetCapabilities"))
    {
      const char *caps[] = { "actions", "body", "persistence", NULL };
      g_dbus_method_invocation_return_value (invocation,
                                             g_variant_new ("(^as)", caps));
    }
  else if (g_str_equal (method, "Notify"))
    {
      guint32 replaces_id;
      guint32 id;

      g_variant_get_child (params, 1, "u", &replaces_id);
      g_mutex_lock (&f->lock);
      g_ptr_array_add (f->notifies, g_variant_ref (params));
      id = replaces_id != 0 ? replaces_id : ++f->next_id;
      g_mutex_unlock (&f->lock);
      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(u)", id));
    }
  else if (g_str_equal (method, "CloseNotification"))
    g_dbus_method_invocation_return_value (invocation, NULL);
  else
    g_dbus_method_invocation_return_error (invocation, G_DBUS_ERROR, G_DBUS_ERROR_UNKNOWN_METHOD,
                                           "Unknown method %s", method);
}

static void
mock_emit_pending_action (MockServer *f)
{
  g_autofree char *action = NULL;
  guint32 id;

  g_mutex_lock (&f->lock);
  id = f->action_id;
  action = g_steal_pointer (&f->action);
  f->action_id = 0;
  g_mutex_unlock (&f->lock);

  if (id == 0 || f->server == NULL)
    return;

  /* libnotify 0.8 takes the token from ActivationToken, sent just before. */
  g_dbus_connection_emit_signal (f->server, NULL, "/org/freedesktop/Notifications",
                                 "org.freedesktop.Notifications", "ActivationToken",
                                 g_variant_new ("(us)", id, "token-42"), NULL);
  g_dbus_connection_emit_signal (f->server, NULL, "/org/freedesktop/Notifications",
                                 "org.freedesktop.Notifications", "ActionInvoked",
                                 g_variant_new ("(us)", id, action), NULL);
}

static void
mock_server_func (GtDBusQueue *queue,
             gpointer     user_data)
{
  MockServer *f = user_data;

  g_debug ("Mock notification server running");
  while (!g_atomic_int_get (&f->stop))
    {
      g_autoptr(GDBusMethodInvocation) invocation = NULL;

      /* gt_dbus_queue_try_pop_message() in 0.1.1 never pops (its loop
       * only runs when waiting), so look first and then pop. */
      if (gt_dbus_queue_get_n_messages (queue) > 0 &&
          gt_dbus_queue_pop_message (queue, &invocation))
        {
          g_debug ("Mock handles %s", g_dbus_method_invocation_get_method_name (invocation));
          mock_handle (f, invocation);
        }
      else
        {
          mock_emit_pending_action (f);
          if (!g_main_context_iteration (g_main_context_get_thread_default (), FALSE))
            g_usleep (1000);
        }
    }
}

G_GNUC_UNUSED static void
mock_own_name (MockServer *f)
{
  f->name_id = gt_dbus_queue_own_name (f->queue, "org.freedesktop.Notifications");
}

G_GNUC_UNUSED static void
mock_start (MockServer  *f,
            gboolean  with_name)
{
  g_autoptr(GError) error = NULL;

  g_mutex_init (&f->lock);
  f->notifies = g_ptr_array_new_with_free_func ((GDestroyNotify)g_variant_unref);
  f->queue = gt_dbus_queue_new ();
  g_assert_true (gt_dbus_queue_connect (f->queue, &error));
  g_assert_no_error (error);

  f->node = g_dbus_node_info_new_for_xml (notifications_xml, &error);
  g_assert_no_error (error);
  gt_dbus_queue_export_object (f->queue, "/org/freedesktop/Notifications",
                               f->node->interfaces[0], &error);
  g_assert_no_error (error);
  if (with_name)
    mock_own_name (f);
  gt_dbus_queue_set_server_func (f->queue, mock_server_func, f);
}

/* After the clients are gone: stops the server thread and the bus. */
G_GNUC_UNUSED static void
mock_stop (MockServer *f)
{
  /* Let the server thread, still looping, dispatch what the last client
   * calls left in its context: gt_dbus_queue_free() asserts it is idle. */
  g_usleep (50 * 1000);
  g_atomic_int_set (&f->stop, 1);
  gt_dbus_queue_disconnect (f->queue, FALSE);
  g_clear_pointer (&f->queue, gt_dbus_queue_free);
  g_clear_pointer (&f->node, g_dbus_node_info_unref);
  g_clear_object (&f->server);
  g_clear_pointer (&f->notifies, g_ptr_array_unref);
  g_clear_pointer (&f->action, g_free);
  g_mutex_clear (&f->lock);
}

G_GNUC_UNUSED static guint
mock_n_notifies (MockServer *f)
{
  guint n;

  g_mutex_lock (&f->lock);
  n = f->notifies->len;
  g_mutex_unlock (&f->lock);

  return n;
}

G_GNUC_UNUSED static GVariant *
mock_notify_params (MockServer *f,
                    guint       i)
{
  GVariant *params;

  g_mutex_lock (&f->lock);
  g_assert_cmpuint (i, <, f->notifies->len);
  params = g_variant_ref (g_ptr_array_index (f->notifies, i));
  g_mutex_unlock (&f->lock);

  return params;
}

/* The mentor clicks @action on notification @id. */
G_GNUC_UNUSED static void
mock_invoke_action (MockServer *f,
                    guint32     id,
                    const char *action)
{
  g_mutex_lock (&f->lock);
  g_free (f->action);
  f->action = g_strdup (action);
  f->action_id = id;
  g_mutex_unlock (&f->lock);
}
