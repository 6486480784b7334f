/* rapport-autostart.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-autostart"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <errno.h>

#include "rapport-autostart.h"

/* "Keep reminding me when Rapport is closed" starts Rapport in the
 * background at login. Outside Flatpak the Background portal does nothing,
 * so this writes the XDG autostart entry itself. */

/**
 * rapport_autostart_get_path:
 *
 * Returns: (transfer full): `$XDG_CONFIG_HOME/autostart/<app id>.desktop`
 */
char *
rapport_autostart_get_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "autostart", APPLICATION_ID ".desktop", NULL);
}

gboolean
rapport_autostart_is_enabled (void)
{
  g_autofree char *path = rapport_autostart_get_path ();

  return g_file_test (path, G_FILE_TEST_IS_REGULAR);
}

/**
 * rapport_autostart_set_enabled:
 * @enabled: whether Rapport starts in the background at login
 *
 * Writes the autostart entry (`Exec=rapport --background`) or removes it.
 * Removing an entry that is not there succeeds.
 */
gboolean
rapport_autostart_set_enabled (gboolean   enabled,
                               GError   **error)
{
  g_autofree char *path = rapport_autostart_get_path ();
  g_autofree char *dir = NULL;
  g_autoptr(GKeyFile) keyfile = NULL;

  if (!enabled)
    {
      if (g_unlink (path) != 0 && errno != ENOENT)
        {
          int saved_errno = errno;

          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                       _("Could not remove the autostart entry %s: %s"), path,
                       g_strerror (saved_errno));
          return FALSE;
        }
      return TRUE;
    }

  dir = g_path_get_dirname (path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not create the folder %s: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  keyfile = g_key_file_new ();
  g_key_file_set_string (keyfile, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_TYPE,
                         G_KEY_FILE_DESKTOP_TYPE_APPLICATION);
  g_key_file_set_string (keyfile, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_NAME, "Rapport");
  g_key_file_set_string (keyfile, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_COMMENT,
                         _("Keeps reminding you of your promises and meetings"));
  g_key_file_set_string (keyfile, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_ICON,
                         APPLICATION_ID);
  g_key_file_set_string (keyfile, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_EXEC,
                         "rapport --background");
  g_key_file_set_boolean (keyfile, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_NO_DISPLAY,
                          TRUE);
  g_key_file_set_boolean (keyfile, G_KEY_FILE_DESKTOP_GROUP, "X-GNOME-Autostart-enabled", TRUE);
  g_key_file_set_boolean (keyfile, G_KEY_FILE_DESKTOP_GROUP, "X-GNOME-UsesNotifications", TRUE);

  return g_key_file_save_to_file (keyfile, path, error);
}

/* Under Flatpak the sandbox cannot write an autostart entry: the Background
 * portal asks the mentor once and creates it (and lets Rapport run without a
 * window). */

#define PORTAL_BUS_NAME "org.freedesktop.portal.Desktop"
#define PORTAL_OBJECT_PATH "/org/freedesktop/portal/desktop"
#define PORTAL_REQUEST_INTERFACE "org.freedesktop.portal.Request"

/**
 * rapport_autostart_is_sandboxed:
 *
 * Returns: %TRUE when running inside Flatpak, where the Background portal
 *   replaces the autostart file
 */
gboolean
rapport_autostart_is_sandboxed (void)
{
  return g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS);
}

typedef struct
{
  GDBusConnection *bus;
  char            *handle;
  guint            response_id;
  gboolean         returned;
} RequestData;

static void
request_data_free (RequestData *data)
{
  if (data->response_id != 0)
    g_dbus_connection_signal_unsubscribe (data->bus, data->response_id);
  g_clear_object (&data->bus);
  g_clear_pointer (&data->handle, g_free);
  g_free (data);
}

static void
portal_response_cb (GDBusConnection *bus,
                    const char      *sender_name,
                    const char      *object_path,
                    const char      *interface_name,
                    const char      *signal_name,
                    GVariant        *parameters,
                    gpointer         user_data)
{
  GTask *task = user_data;
  RequestData *data = g_task_get_task_data (task);
  g_autoptr(GVariant) results = NULL;
  gboolean background = FALSE;
  guint32 response;

  g_dbus_connection_signal_unsubscribe (bus, data->response_id);
  data->response_id = 0;
  if (data->returned)
    return;
  data->returned = TRUE;

  g_variant_get (parameters, "(u@a{sv})", &response, &results);
  g_variant_lookup (results, "background", "b", &background);

  if (response != 0 || !background)
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                             _("Rapport is not allowed to run in the background, so reminders "
                               "only arrive while its window is open. This can be changed in "
                               "the system settings for apps."));
  else
    g_task_return_boolean (task, TRUE);
}

static void
portal_call_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  RequestData *data = g_task_get_task_data (task);
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;

  /* On success the task completes on the request's Response signal. */
  if (!(reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error)) &&
      !data->returned)
    {
      data->returned = TRUE;
      g_dbus_connection_signal_unsubscribe (data->bus, data->response_id);
      data->response_id = 0;
      g_task_return_error (task, g_steal_pointer (&error));
    }
}

/**
 * rapport_autostart_request_background_async:
 * @bus: the session bus
 * @enabled: whether Rapport should start at login
 * @reason: (nullable): why, shown by the portal
 *
 * Asks the Background portal to let Rapport run without a window and to
 * start it with `--background` at login (or not).
 */
void
rapport_autostart_request_background_async (GDBusConnection     *bus,
                                             gboolean             enabled,
                                             const char          *reason,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data)
{
  const char * const commandline[] = { "rapport", "--background", NULL };
  g_autofree char *token = g_strdup_printf ("rapport%u", g_random_int_range (0, G_MAXINT32));
  g_autofree char *sender = NULL;
  GVariantBuilder options;
  RequestData *data;
  GTask *task;

  g_return_if_fail (G_IS_DBUS_CONNECTION (bus));

  /* One reference for the call, one for the subscription. */
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, rapport_autostart_request_background_async);

  /* The request's object path is known in advance; subscribing before the
   * call means the Response cannot be missed. */
  sender = g_strdup (g_dbus_connection_get_unique_name (bus) + 1);
  g_strdelimit (sender, ".", '_');
  data = g_new0 (RequestData, 1);
  data->bus = g_object_ref (bus);
  data->handle = g_strdup_printf (PORTAL_OBJECT_PATH "/request/%s/%s", sender, token);
  g_task_set_task_data (task, data, (GDestroyNotify)request_data_free);

  data->response_id =
    g_dbus_connection_signal_subscribe (bus, PORTAL_BUS_NAME, PORTAL_REQUEST_INTERFACE,
                                        "Response", data->handle, NULL,
                                        G_DBUS_SIGNAL_FLAGS_NONE,
                                        portal_response_cb, g_object_ref (task), g_object_unref);

  g_variant_builder_init (&options, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&options, "{sv}", "handle_token", g_variant_new_string (token));
  g_variant_builder_add (&options, "{sv}", "reason",
                         g_variant_new_string (reason != NULL ? reason :
                                               _("To remind you of your promises and meetings "
                                                 "when the window is closed")));
  g_variant_builder_add (&options, "{sv}", "autostart", g_variant_new_boolean (enabled));
  g_variant_builder_add (&options, "{sv}", "commandline", g_variant_new_strv (commandline, -1));
  g_variant_builder_add (&options, "{sv}", "dbus-activatable", g_variant_new_boolean (FALSE));

  g_dbus_connection_call (bus, PORTAL_BUS_NAME, PORTAL_OBJECT_PATH,
                          "org.freedesktop.portal.Background", "RequestBackground",
                          g_variant_new ("(sa{sv})", "", &options),
                          G_VARIANT_TYPE ("(o)"), G_DBUS_CALL_FLAGS_NONE, -1,
                          cancellable, portal_call_cb, task);
}

gboolean
rapport_autostart_request_background_finish (GAsyncResult  *result,
                                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
