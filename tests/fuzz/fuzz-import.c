/* fuzz-import.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-fuzz"

#include "config.h"

#include <glib/gstdio.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rapport-export.h"
#include "rapport-import.h"

/*
 * The importer's fuzz target: every input goes through the same validate and
 * merge as `rapport --import`, into a notebook in a temporary folder. Beyond
 * "no crash" (AddressSanitizer watches memory), it checks what DESIGN.md
 * promises of a refused file: a message that is valid text, and a notebook
 * exactly as it was. A file that imports starts the next input from an empty
 * notebook again.
 *
 * libFuzzer calls LLVMFuzzerTestOneInput(); fuzz-replay.c calls it for each
 * file it is given, so the target builds and runs with any compiler.
 */

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static char *tmp_dir;
static char *notebook_dir;
static RapportRepository *repository;
static char *baseline;

/* A critical or a warning is a bug the fuzzer found. abort() rather than
 * GLib's breakpoint trap, so libFuzzer saves the input that caused it. */
static void
log_cb (const char     *log_domain,
        GLogLevelFlags  log_level,
        const char     *message,
        gpointer        user_data)
{
  g_log_default_handler (log_domain, log_level, message, user_data);
  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    abort ();
}

static void G_GNUC_NORETURN G_GNUC_PRINTF (1, 2)
fail (const char *format,
      ...)
{
  va_list args;

  va_start (args, format);
  vfprintf (stderr, format, args);
  va_end (args);
  fputc ('\n', stderr);
  abort ();
}

static GDateTime *
fixed_now (gpointer user_data)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  return g_date_time_new (utc, 2026, 3, 18, 9, 0, 0);
}

static char *
export_notebook (void)
{
  g_autoptr(GDateTime) now = fixed_now (NULL);

  return rapport_export_to_json (repository, now, NULL);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
open_empty_notebook (void)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&repository);
  g_clear_pointer (&baseline, g_free);
  remove_tree (notebook_dir);

  if (!(repository = rapport_repository_new (notebook_dir, &error)))
    fail ("Could not create the notebook for fuzzing: %s", error->message);
  rapport_repository_set_now_func (repository, fixed_now, NULL, NULL);
  baseline = export_notebook ();
}

static void
clean_up (void)
{
  g_clear_object (&repository);
  g_clear_pointer (&baseline, g_free);
  if (tmp_dir != NULL)
    remove_tree (tmp_dir);
  g_clear_pointer (&tmp_dir, g_free);
  g_clear_pointer (&notebook_dir, g_free);
}

static void
set_up (void)
{
  g_autoptr(GError) error = NULL;

  g_log_set_default_handler (log_cb, NULL);

  if (!(tmp_dir = g_dir_make_tmp ("rapport-fuzz-XXXXXX", &error)))
    fail ("Could not create a folder for fuzzing: %s", error->message);
  notebook_dir = g_build_filename (tmp_dir, "rapport", NULL);
  atexit (clean_up);

  open_empty_notebook ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;

  if (repository == NULL)
    set_up ();

  if (rapport_import_json_data (repository, (const char *)data, size, NULL, &error))
    {
      open_empty_notebook ();
      return 0;
    }

  if (error == NULL || error->message == NULL || !g_utf8_validate (error->message, -1, NULL))
    fail ("A refused import gave no readable message: %s",
          error == NULL ? "no error" : error->message == NULL ? "no message" : "not UTF-8");

  after = export_notebook ();
  if (strcmp (after, baseline) != 0)
    fail ("A refused import changed the notebook: %s", error->message);

  return 0;
}
