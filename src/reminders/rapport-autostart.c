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
