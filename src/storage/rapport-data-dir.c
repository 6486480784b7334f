/* rapport-data-dir.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-data-dir"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <sys/stat.h>

#include "rapport-data-dir.h"

/**
 * rapport_data_dir_dup_default:
 *
 * The mentor's own notebook directory, `$XDG_DATA_HOME/rapport`. Honouring
 * `XDG_DATA_HOME` is how tests, scripts and `--demo` point Rapport elsewhere,
 * so the value is computed on each call rather than cached.
 *
 * Returns: (transfer full): the path
 */
char *
rapport_data_dir_dup_default (void)
{
  return g_build_filename (g_get_user_data_dir (), "rapport", NULL);
}

/**
 * rapport_data_dir_ensure:
 * @path: the data directory
 * @error: return location for an error
 *
 * Creates @path (and its parents) if needed and makes sure only the mentor can
 * enter it: the notes inside are confidential, so an existing directory with a
 * looser mode is tightened to 0700 as well.
 *
 * Returns: %TRUE if @path is a private directory afterwards
 */
gboolean
rapport_data_dir_ensure (const char  *path,
                         GError     **error)
{
  GStatBuf st;

  g_return_val_if_fail (path != NULL, FALSE);

  if (g_mkdir_with_parents (path, 0700) != 0)
    {
      int errsv = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (errsv),
                   _("Could not create the folder “%s”: %s"), path, g_strerror (errsv));
      return FALSE;
    }

  if (g_lstat (path, &st) != 0 || !S_ISDIR (st.st_mode))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOTDIR,
                   _("“%s” is not a folder"), path);
      return FALSE;
    }

  if ((st.st_mode & 0777) != 0700 && g_chmod (path, 0700) != 0)
    {
      int errsv = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (errsv),
                   _("Could not make the folder “%s” private: %s"), path, g_strerror (errsv));
      return FALSE;
    }

  return TRUE;
}
