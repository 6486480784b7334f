/* rapport-cli.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-cli"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "rapport-cli.h"
#include "rapport-data-dir.h"
#include "rapport-database.h"
#include "rapport-export-file.h"
#include "rapport-format.h"
#include "rapport-import.h"
#include "rapport-options.h"
#include "rapport-repository.h"

/*
 * The options of DESIGN.md section 6 that do their work and exit without a
 * window: --export, --import, --backup, --restore and --agenda. They run in
 * the calling process on the notebook in $XDG_DATA_HOME/rapport; SQLite's
 * locking and the repository's transactions make that safe next to a
 * running Rapport (whose lists pick the changes up on their next reload).
 */

/* Helpers */

static int
fail (const char *format,
      ...) G_GNUC_PRINTF (1, 2);

static int
fail (const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* Translators: the prefix of every error message of the command line. */
  g_printerr (_("rapport: %s\n"), message);
  return RAPPORT_EXIT_FAILURE;
}

static RapportRepository *
open_notebook (gboolean   read_only,
               GError   **error)
{
  g_autofree char *data_dir = rapport_data_dir_dup_default ();

  if (read_only)
    return rapport_repository_new_read_only (data_dir, error);
  return rapport_repository_new (data_dir, error);
}

/* Commands */

static int
do_export (const char *path)
{
  g_autoptr(RapportRepository) repo = NULL;
  g_autoptr(GError) error = NULL;

  if (rapport_export_file_format_for_path (path) == RAPPORT_EXPORT_FILE_UNKNOWN)
    return fail (_("cannot tell the export format from “%s”; use a name ending in .json, .md or .ics"),
                 path);

  if (!(repo = open_notebook (TRUE, &error)))
    return fail (_("could not open the notebook: %s"), error->message);

  if (!rapport_export_file (repo, path, &error))
    return fail (_("could not export to “%s”: %s"), path, error->message);

  return RAPPORT_EXIT_OK;
}

static int
do_import (const char *path)
{
  g_autoptr(RapportRepository) repo = NULL;
  g_autoptr(GError) error = NULL;
  RapportImportStats stats = { 0, };

  if (!(repo = open_notebook (FALSE, &error)))
    return fail (_("could not open the notebook: %s"), error->message);

  if (!rapport_import_json_file (repo, path, &stats, &error))
    return fail (_("could not import “%s”: %s"), path, error->message);

  /* Translators: a summary of an import, e.g. "Imported: 3 added, 1 updated, 40 unchanged" */
  g_print (_("Imported: %u added, %u updated, %u unchanged\n"),
           stats.added, stats.updated, stats.unchanged);
  return RAPPORT_EXIT_OK;
}

static int
do_backup (const char *path)
{
  g_autoptr(RapportRepository) repo = NULL;
  g_autoptr(GError) error = NULL;

  if (!(repo = open_notebook (TRUE, &error)))
    return fail (_("could not open the notebook: %s"), error->message);

  if (!rapport_database_backup_to (rapport_repository_get_database (repo), path, &error))
    return fail (_("could not back up to “%s”: %s"), path, error->message);

  return RAPPORT_EXIT_OK;
}

/* A running Rapport, with its window or in the background, owns the
 * application id on the session bus and keeps the notebook open: replacing the
 * file under it would lose whatever it writes next. Without a session bus
 * nothing can be running there; the storage layer still refuses a notebook
 * that another program has open. */
static gboolean
rapport_is_running (void)
{
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GVariant) reply = NULL;
  gboolean has_owner = FALSE;

  if (!(bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL)))
    return FALSE;

  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "NameHasOwner",
                                       g_variant_new ("(s)", APPLICATION_ID),
                                       G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NONE,
                                       5000, NULL, NULL);
  if (reply != NULL)
    g_variant_get (reply, "(b)", &has_owner);

  return has_owner;
}

static int
do_restore (const char *path)
{
  g_autofree char *data_dir = rapport_data_dir_dup_default ();
  g_autofree char *db_path = g_build_filename (data_dir, "rapport.db", NULL);
  g_autofree char *saved = NULL;
  g_autoptr(GError) error = NULL;

  if (rapport_is_running ())
    return fail (_("close Rapport before restoring: it is running, perhaps in the background "
                   "(Quit in its menu ends it)"));

  if (!rapport_data_dir_ensure (data_dir, &error))
    return fail (_("could not prepare the notebook folder: %s"), error->message);

  if (!rapport_database_restore (db_path, path, &saved, &error))
    return fail (_("could not restore “%s”: %s"), path, error->message);

  if (saved != NULL)
    g_print (_("Restored “%s”; the previous notebook was kept as “%s”\n"), path, saved);
  else
    g_print (_("Restored “%s”\n"), path);
  return RAPPORT_EXIT_OK;
}

static const char *
agenda_heading (RapportAgendaKind kind)
{
  switch (kind)
    {
    case RAPPORT_AGENDA_KIND_MY_PROMISE_OVERDUE:
      return _("My Overdue Promises");
    case RAPPORT_AGENDA_KIND_MY_PROMISE_DUE_TODAY:
      return _("My Promises Due Today");
    case RAPPORT_AGENDA_KIND_CHECK_IN_OVERDUE:
      return _("Check-ins Past the Maximum Gap");
    case RAPPORT_AGENDA_KIND_CHECK_IN_DUE:
      return _("Check-ins Due");
    case RAPPORT_AGENDA_KIND_MEETING_TODAY:
      return _("Meetings Today");
    case RAPPORT_AGENDA_KIND_MEETING_THIS_WEEK:
      return _("Meetings in the Next Seven Days");
    case RAPPORT_AGENDA_KIND_ASK_MENTEE:
      return _("To Ask About");
    default:
      g_assert_not_reached ();
    }
}

/* One line per row, with the title and subtitle of the Today view. */
static char *
agenda_line (RapportAgendaItem *item,
             GDateTime         *now)
{
  RapportAgendaKind kind = rapport_agenda_item_get_kind (item);
  const char *name = rapport_agenda_item_get_mentee_name (item);

  switch (kind)
    {
    case RAPPORT_AGENDA_KIND_MY_PROMISE_OVERDUE:
    case RAPPORT_AGENDA_KIND_MY_PROMISE_DUE_TODAY:
    case RAPPORT_AGENDA_KIND_ASK_MENTEE:
      {
        g_autofree char *due = rapport_format_due (rapport_agenda_item_get_due_date (item),
                                                   rapport_agenda_item_get_due_time (item), now);
        if (kind == RAPPORT_AGENDA_KIND_ASK_MENTEE)
          /* Translators: "Read the book — Ask Alex · due Fri" */
          return g_strdup_printf (_("%s — Ask %s · %s"), rapport_agenda_item_get_title (item), name, due);
        /* Translators: "Send the link — For Alex · overdue by 2 days" */
        return g_strdup_printf (_("%s — For %s · %s"), rapport_agenda_item_get_title (item), name, due);
      }

    case RAPPORT_AGENDA_KIND_CHECK_IN_OVERDUE:
    case RAPPORT_AGENDA_KIND_CHECK_IN_DUE:
      {
        int days = rapport_agenda_item_get_days_overdue (item);
        g_autofree char *title = g_strdup_printf (_("Check in with %s"), name);
        g_autofree char *subtitle = NULL;

        if (kind == RAPPORT_AGENDA_KIND_CHECK_IN_OVERDUE)
          subtitle = g_strdup_printf (ngettext ("Past the maximum gap by %d day",
                                                "Past the maximum gap by %d days", days), days);
        else
          subtitle = g_strdup_printf (ngettext ("Past the ideal interval by %d day",
                                                "Past the ideal interval by %d days", days), days);
        return g_strdup_printf ("%s — %s", title, subtitle);
      }

    case RAPPORT_AGENDA_KIND_MEETING_TODAY:
    case RAPPORT_AGENDA_KIND_MEETING_THIS_WEEK:
      {
        GDateTime *starts_at = rapport_agenda_item_get_starts_at (item);
        const char *agenda = rapport_agenda_item_get_title (item);
        g_autofree char *title = g_strdup_printf (_("Meeting with %s"), name);
        g_autofree char *when = starts_at ? rapport_format_meeting_time (starts_at, now) : g_strdup ("");

        if (agenda != NULL && *agenda != '\0')
          {
            g_autofree char *first_line = g_strndup (agenda, strcspn (agenda, "\n"));

            return g_strdup_printf ("%s — %s · %s", title, when, first_line);
          }
        return g_strdup_printf ("%s — %s", title, when);
      }

    default:
      g_assert_not_reached ();
    }
}

static int
do_agenda (void)
{
  g_autoptr(RapportRepository) repo = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = NULL;
  GListModel *agenda;
  guint n;
  int last_kind = -1;

  if (!(repo = open_notebook (TRUE, &error)))
    return fail (_("could not open the notebook: %s"), error->message);
  if (!rapport_repository_refresh (repo, &error))
    return fail (_("could not read the notebook: %s"), error->message);

  now = rapport_repository_dup_now (repo);
  agenda = rapport_repository_get_agenda (repo);
  n = g_list_model_get_n_items (agenda);

  if (n == 0)
    {
      g_print ("%s\n", _("Nothing is due. All caught up."));
      return RAPPORT_EXIT_OK;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RapportAgendaItem) item = g_list_model_get_item (agenda, i);
      RapportAgendaKind kind = rapport_agenda_item_get_kind (item);
      g_autofree char *line = agenda_line (item, now);

      if ((int)kind != last_kind)
        {
          g_print ("%s%s\n", last_kind == -1 ? "" : "\n", agenda_heading (kind));
          last_kind = kind;
        }
      g_print ("  • %s\n", line);
    }

  return RAPPORT_EXIT_OK;
}

/* Public API */

/**
 * rapport_cli_handle:
 * @options: the parsed command-line options
 *
 * Carries out the first command-line-only option given (--export,
 * --import, --backup, --restore or --agenda). Errors are printed to stderr
 * as `rapport: …`.
 *
 * Returns: -1 when none of them was given (the application goes on as
 *   usual), otherwise the exit status
 */
int
rapport_cli_handle (GVariantDict *options)
{
  const char *path = NULL;

  g_return_val_if_fail (options != NULL, RAPPORT_EXIT_FAILURE);

  if (g_variant_dict_lookup (options, "export", "^&ay", &path))
    return do_export (path);
  if (g_variant_dict_lookup (options, "import", "^&ay", &path))
    return do_import (path);
  if (g_variant_dict_lookup (options, "backup", "^&ay", &path))
    return do_backup (path);
  if (g_variant_dict_lookup (options, "restore", "^&ay", &path))
    return do_restore (path);
  if (g_variant_dict_contains (options, "agenda"))
    return do_agenda ();

  return -1;
}
