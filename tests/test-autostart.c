/* test-autostart.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-autostart"

#include "config.h"

#include <glib/gi18n.h>

#include <libglib-testing/dbus-queue.h>

#include "rapport-autostart.h"
#include "rapport-test-utils.h"

static void
test_path_follows_xdg (void)
{
  g_autofree char *path = rapport_autostart_get_path ();
  g_autofree char *expected = g_build_filename (g_get_user_config_dir (), "autostart",
                                                APPLICATION_ID ".desktop", NULL);

  g_assert_cmpstr (path, ==, expected);
}

static void
test_on_and_off (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  g_autofree char *path = rapport_autostart_get_path ();
  g_autofree char *exec = NULL;
  g_autofree char *type = NULL;

  g_assert_false (rapport_autostart_is_enabled ());

  /* On: the entry appears, in a folder that did not exist yet. */
  g_assert_true (rapport_autostart_set_enabled (TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (rapport_autostart_is_enabled ());
  g_assert_true (g_key_file_load_from_file (keyfile, path, G_KEY_FILE_NONE, &error));
  g_assert_no_error (error);
  exec = g_key_file_get_string (keyfile, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_EXEC, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (exec, ==, "rapport --background");
  type = g_key_file_get_string (keyfile, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_TYPE, &error);
  g_assert_cmpstr (type, ==, "Application");
  g_assert_true (g_key_file_get_boolean (keyfile, G_KEY_FILE_DESKTOP_GROUP,
                                         "X-GNOME-Autostart-enabled", NULL));

  /* On again: still one entry, still valid. */
  g_assert_true (rapport_autostart_set_enabled (TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (rapport_autostart_is_enabled ());

  /* Off: gone; off again is not an error. */
  g_assert_true (rapport_autostart_set_enabled (FALSE, &error));
  g_assert_no_error (error);
  g_assert_false (rapport_autostart_is_enabled ());
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (rapport_autostart_set_enabled (FALSE, &error));
  g_assert_no_error (error);
}

static void
test_unwritable (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (g_get_user_config_dir (), "autostart", NULL);

  /* A file where the folder should be: a clear error, nothing written. */
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_config_dir (), 0700), ==, 0);
  g_assert_true (g_file_set_contents (dir, "", 0, NULL));
  g_assert_false (rapport_autostart_set_enabled (TRUE, &error));
  g_assert_nonnull (error);
  g_assert_false (rapport_autostart_is_enabled ());
}

/* Under Flatpak: the Background portal, mocked with GtDBusQueue. */

static const char background_xml[] =
  "<node>"
  "  <interface name='org.freedesktop.portal.Background'>"
  "    <method name='RequestBackground'>"
  "      <arg type='s' direction='in'/><arg type='a{sv}' direction='in'/>"
  "      <arg type='o' direction='out'/>"
  "    </method>"
  "  </interface>"
  "</node>";

static void
request_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GError **error = user_data;
  GError *local_error = NULL;

  if (rapport_autostart_request_background_finish (result, &local_error))
    *error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_EXISTS, "granted");
  else
    *error = local_error;
}

static gboolean
is_set (gpointer data)
{
  return *(GError **)data != NULL;
}

/* The portal is asked with the right options; the answer, given on the
 * request object's Response signal, is reported. */
static void
check_portal (gboolean enabled,
              guint32  response,
              gboolean granted)
{
  g_autoptr(GDBusNodeInfo) node = NULL;
  g_autoptr(GDBusMethodInvocation) invocation = NULL;
  g_autoptr(GVariant) options = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree const char **commandline = NULL;
  g_autofree char *handle = NULL;
  GError *outcome = NULL;
  GVariantBuilder results;
  GtDBusQueue *queue;
  const char *parent, *token;
  gboolean autostart = !enabled;

  queue = gt_dbus_queue_new ();
  g_assert_true (gt_dbus_queue_connect (queue, &error));
  g_assert_no_error (error);
  node = g_dbus_node_info_new_for_xml (background_xml, &error);
  g_assert_no_error (error);
  gt_dbus_queue_export_object (queue, "/org/freedesktop/portal/desktop", node->interfaces[0],
                               &error);
  g_assert_no_error (error);
  gt_dbus_queue_own_name (queue, "org.freedesktop.portal.Desktop");

  rapport_autostart_request_background_async (gt_dbus_queue_get_client_connection (queue),
                                              enabled, NULL, NULL, request_done_cb, &outcome);

  invocation = gt_dbus_queue_assert_pop_message (queue, "/org/freedesktop/portal/desktop",
                                                 "org.freedesktop.portal.Background",
                                                 "RequestBackground", "(&s@a{sv})",
                                                 &parent, &options);
  g_assert_cmpstr (parent, ==, "");
  g_assert_true (g_variant_lookup (options, "autostart", "b", &autostart));
  g_assert_cmpint (autostart, ==, enabled);
  g_assert_true (g_variant_lookup (options, "commandline", "^a&s", &commandline));
  g_assert_cmpstrv (commandline, ((const char *[]) { "rapport", "--background", NULL }));
  g_assert_true (g_variant_lookup (options, "handle_token", "&s", &token));

  {
    g_autofree char *sender = g_strdup (g_dbus_connection_get_unique_name (
                                          gt_dbus_queue_get_client_connection (queue)) + 1);

    g_strdelimit (sender, ".", '_');
    handle = g_strdup_printf ("/org/freedesktop/portal/desktop/request/%s/%s", sender, token);
  }
  g_dbus_method_invocation_return_value (invocation, g_variant_new ("(o)", handle));

  g_variant_builder_init (&results, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&results, "{sv}", "background", g_variant_new_boolean (granted));
  g_variant_builder_add (&results, "{sv}", "autostart", g_variant_new_boolean (granted && enabled));
  g_dbus_connection_emit_signal (g_dbus_method_invocation_get_connection (invocation),
                                 g_dbus_connection_get_unique_name (
                                   gt_dbus_queue_get_client_connection (queue)),
                                 handle, "org.freedesktop.portal.Request", "Response",
                                 g_variant_new ("(u@a{sv})", response,
                                                g_variant_builder_end (&results)),
                                 &error);
  g_assert_no_error (error);

  g_assert_true (rapport_test_wait_for (is_set, &outcome, 10000));
  if (response == 0 && granted)
    g_assert_error (outcome, G_IO_ERROR, G_IO_ERROR_EXISTS);   /* "granted" */
  else
    g_assert_error (outcome, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_clear_error (&outcome);

  /* Nothing is written outside the sandbox's reach. */
  g_assert_false (rapport_autostart_is_enabled ());

  g_clear_object (&invocation);
  gt_dbus_queue_disconnect (queue, TRUE);
  gt_dbus_queue_free (queue);
}

static void
test_portal_granted (void)
{
  check_portal (TRUE, 0, TRUE);
  check_portal (FALSE, 0, TRUE);
}

static void
test_portal_denied (void)
{
  check_portal (TRUE, 0, FALSE);
  check_portal (TRUE, 1, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  rapport_test_init (&argc, &argv);

  g_test_add_func ("/rapport/autostart/path-follows-xdg", test_path_follows_xdg);
  g_test_add_func ("/rapport/autostart/on-and-off", test_on_and_off);
  g_test_add_func ("/rapport/autostart/unwritable", test_unwritable);
  g_test_add_func ("/rapport/autostart/portal-granted", test_portal_granted);
  g_test_add_func ("/rapport/autostart/portal-denied", test_portal_denied);

  return g_test_run ();
}
