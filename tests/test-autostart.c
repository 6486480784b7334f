/* test-autostart.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-autostart"

#include "config.h"

#include <glib/gi18n.h>

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

int
main (int   argc,
      char *argv[])
{
  rapport_test_init (&argc, &argv);

  g_test_add_func ("/rapport/autostart/path-follows-xdg", test_path_follows_xdg);
  g_test_add_func ("/rapport/autostart/on-and-off", test_on_and_off);
  g_test_add_func ("/rapport/autostart/unwritable", test_unwritable);

  return g_test_run ();
}
