/* rapport-window-actions.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-window-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-export-file.h"
#include "rapport-export-markdown.h"
#include "rapport-import.h"
#include "rapport-mentee-page.h"
#include "rapport-new-mentee-dialog.h"
#include "rapport-widget-utils.h"
#include "rapport-window-private.h"

/* Export and import run on a thread with a connection of their own: a
 * ten-year notebook takes many seconds to write out as JSON, and the
 * window's repository (its live lists, its open batch) belongs to the main
 * thread. SQLite's locking makes the second connection safe, as for the
 * command line next to a running Rapport. */
typedef struct
{
  char                 *db_path;
  char                 *path;
  char                 *display_path;
  char                 *mentee_name;
  gint64                mentee_id;
  RapportMarkdownFlags  flags;
  RapportImportStats    stats;
  GTask                *outer;
} FileJob;

static void
file_job_free (FileJob *job)
{
  g_clear_pointer (&job->db_path, g_free);
  g_clear_pointer (&job->path, g_free);
  g_clear_pointer (&job->display_path, g_free);
  g_clear_pointer (&job->mentee_name, g_free);
  g_clear_object (&job->outer);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FileJob, file_job_free)

static void
rapport_window_actions_go_back (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *param)
{
  RapportWindow *self = RAPPORT_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
new_mentee_saved_cb (RapportWindow *self,
                     RapportMentee *mentee)
{
  _rapport_window_show_mentee (self, rapport_item_get_id (RAPPORT_ITEM (mentee)), "profile", 0);
}

void
_rapport_window_new_mentee (RapportWindow *self)
{
  RapportNewMenteeDialog *dialog;

  dialog = rapport_new_mentee_dialog_new (self->context, GTK_WINDOW (self));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (new_mentee_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
rapport_window_actions_new_mentee (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *param)
{
  _rapport_window_new_mentee (RAPPORT_WINDOW (widget));
}

static void
rapport_window_actions_show_today (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *param)
{
  _rapport_window_show_today (RAPPORT_WINDOW (widget));
}

static void
rapport_window_actions_show_mentee (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *param)
{
  gint64 mentee_id, session_id;
  const char *tab;

  g_variant_get (param, "(x&sx)", &mentee_id, &tab, &session_id);
  _rapport_window_show_mentee (RAPPORT_WINDOW (widget), mentee_id, *tab ? tab : NULL, session_id);
}

static gboolean
mentee_shown (RapportWindow *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "mentee") == 0;
}

/* New Meeting, New Promise and the tabs belong to the mentee page, but their
 * keys must work wherever the focus is in the window (the page's own
 * actions are only seen from inside it). The window's actions pass them on
 * while a mentee is shown, and are disabled otherwise. */
static void
rapport_window_actions_page_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *param)
{
  RapportWindow *self = RAPPORT_WINDOW (widget);

  if (!mentee_shown (self))
    return;

  if (g_str_equal (action_name, "win.new-meeting"))
    gtk_widget_activate_action (self->mentee_page, "mentee.new-session", NULL);
  else if (g_str_equal (action_name, "win.new-promise"))
    gtk_widget_activate_action (self->mentee_page, "mentee.new-promise", NULL);
  else
    g_assert_not_reached ();
}

static void
rapport_window_actions_show_tab (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *param)
{
  RapportWindow *self = RAPPORT_WINDOW (widget);

  if (mentee_shown (self))
    rapport_mentee_page_show_tab (RAPPORT_MENTEE_PAGE (self->mentee_page),
                                  g_variant_get_string (param, NULL));
}

static void
rapport_window_actions_search (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *param)
{
  RapportWindow *self = RAPPORT_WINDOW (widget);

  /* Search lives in the sidebar, which is hidden when the window is folded
   * on a page: bring it back first. */
  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* ------------------------------------------------------------------------ */
/* Export and import                                                        */

static GCancellable *
get_cancellable (RapportWindow *self)
{
  if (self->cancellable == NULL)
    self->cancellable = g_cancellable_new ();
  return self->cancellable;
}

/* "~/Documents/notes.md": the place the mentor will look for the file. */
static char *
dup_display_path (GFile *file)
{
  g_autoptr(GFile) home = g_file_new_for_path (g_get_home_dir ());
  g_autofree char *relative = g_file_get_relative_path (home, file);

  if (relative != NULL)
    {
      g_autofree char *display = g_filename_display_name (relative);

      return g_build_filename ("~", display, NULL);
    }

  return g_file_get_parse_name (file);
}

static FileJob *
file_job_new (RapportWindow  *self,
              GFile          *file,
              GError        **error)
{
  g_autoptr(FileJob) job = g_new0 (FileJob, 1);
  RapportRepository *repository = rapport_context_get_repository (self->context);

  /* Documents portals hand out local paths too; a remote location (sftp://)
   * has none, and SQLite-backed exports are written with plain file APIs. */
  job->path = g_file_get_path (file);
  if (job->path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Choose a file on this computer."));
      return NULL;
    }

  job->db_path = g_strdup (rapport_database_get_path (rapport_repository_get_database (repository)));
  job->display_path = dup_display_path (file);
  return g_steal_pointer (&job);
}

static RapportRepository *
open_second_connection (const char  *db_path,
                        gboolean     read_only,
                        GError     **error)
{
  RapportDatabaseOpenFlags flags = RAPPORT_DATABASE_OPEN_EXISTING | RAPPORT_DATABASE_OPEN_SKIP_QUICK_CHECK;
  g_autoptr(RapportDatabase) database = NULL;

  /* The window's own connection already ran the check and the migrations. */
  if (read_only)
    flags |= RAPPORT_DATABASE_OPEN_READ_ONLY;

  if (!(database = rapport_database_open (db_path, flags, error)))
    return NULL;

  return rapport_repository_new_for_database (database);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  FileJob *job = task_data;
  g_autoptr(RapportRepository) repository = NULL;
  GError *error = NULL;
  gboolean ok;

  if (!(repository = open_second_connection (job->db_path, TRUE, &error)))
    {
      g_task_return_error (task, error);
      return;
    }

  if (job->mentee_id != 0)
    {
      RapportMentee *mentee = rapport_repository_find_mentee (repository, job->mentee_id);

      if (mentee == NULL)
        {
          g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                                   _("The mentee is no longer in the notebook."));
          return;
        }
      ok = rapport_export_markdown_mentee_file (repository, mentee, job->path, job->flags, &error);
    }
  else
    {
      ok = rapport_export_file (repository, job->path, &error);
    }

  if (!ok)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  RapportWindow *self = RAPPORT_WINDOW (object);
  FileJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GTask) outer = g_steal_pointer (&job->outer);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      /* A closed window has nobody to tell. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autofree char *what = g_strdup_printf (_("Could not export to %s"), job->display_path);

          rapport_widget_show_error (GTK_WIDGET (self), what, error);
        }
      g_task_return_error (outer, g_steal_pointer (&error));
      return;
    }

  if (job->mentee_id == 0)
    /* Translators: a toast; %s is where the file went, e.g. "~/rapport-notebook-2026-11-03.json" */
    title = g_strdup_printf (_("Notebook exported to %s"), job->display_path);
  else if (job->flags & RAPPORT_MARKDOWN_SHARE_SAFE)
    /* Translators: a toast: "Recap for Alex Kim exported to ~/alex-kim-recap.md" */
    title = g_strdup_printf (_("Recap for %s exported to %s"), job->mentee_name, job->display_path);
  else
    /* Translators: a toast: "Notes on Alex Kim exported to ~/alex-kim.md" */
    title = g_strdup_printf (_("Notes on %s exported to %s"), job->mentee_name, job->display_path);

  rapport_widget_add_toast (GTK_WIDGET (self), adw_toast_new (title));
  g_task_return_boolean (outer, TRUE);
}

/**
 * _rapport_window_export_to_file:
 * @self: a #RapportWindow
 * @file: where to write; the extension picks the format for the notebook
 * @mentee: (nullable): one mentee to export as Markdown, or %NULL for the
 *   whole notebook
 * @flags: for @mentee, %RAPPORT_MARKDOWN_SHARE_SAFE for a recap to hand over
 * @callback: (nullable): called when the file is written and the mentor told
 * @user_data: data for @callback
 *
 * What the export dialogs do once a file is chosen: writes it off the main
 * thread (0600, atomically), then shows a toast or the error.
 */
void
_rapport_window_export_to_file (RapportWindow        *self,
                                GFile                *file,
                                RapportMentee        *mentee,
                                RapportMarkdownFlags  flags,
                                GAsyncReadyCallback   callback,
                                gpointer              user_data)
{
  g_autoptr(GTask) outer = NULL;
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  FileJob *job;

  g_return_if_fail (RAPPORT_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (mentee == NULL || RAPPORT_IS_MENTEE (mentee));

  outer = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (outer, _rapport_window_export_to_file);

  if (!(job = file_job_new (self, file, &error)))
    {
      rapport_widget_show_error (GTK_WIDGET (self), _("Could not export"), error);
      g_task_return_error (outer, g_steal_pointer (&error));
      return;
    }

  /* What is typed in an open editor belongs in the export. */
  if (self->mentee_page != NULL)
    rapport_mentee_page_save (RAPPORT_MENTEE_PAGE (self->mentee_page));

  if (mentee != NULL)
    {
      job->mentee_id = rapport_item_get_id (RAPPORT_ITEM (mentee));
      job->mentee_name = g_strdup (rapport_mentee_get_name (mentee));
      job->flags = flags;
    }
  job->outer = g_steal_pointer (&outer);

  task = g_task_new (self, get_cancellable (self), export_done_cb, NULL);
  g_task_set_source_tag (task, export_thread);
  g_task_set_check_cancellable (task, TRUE);
  g_task_set_task_data (task, job, (GDestroyNotify)file_job_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
_rapport_window_export_finish (RapportWindow  *self,
                               GAsyncResult   *result,
                               GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  FileJob *job = task_data;
  g_autoptr(RapportRepository) repository = NULL;
  GError *error = NULL;

  if (!(repository = open_second_connection (job->db_path, FALSE, &error)) ||
      !rapport_import_json_file (repository, job->path, &job->stats, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
show_import_error (RapportWindow *self,
                   FileJob       *job,
                   const GError  *error)
{
  g_autofree char *heading = NULL;
  const char *body = error->message;
  g_autofree char *body_owned = NULL;
  AdwMessageDialog *dialog;

  /* Translators: the heading of the dialog when an import fails; %s is the file */
  heading = g_strdup_printf (_("Could Not Import %s"), job->display_path);

  /* The importer's invalid-file message already says nothing was changed
   * and lists the problems, one "JSON path: what is wrong" per line. */
  if (!g_error_matches (error, RAPPORT_IMPORT_ERROR, RAPPORT_IMPORT_ERROR_INVALID))
    body = body_owned = g_strdup_printf (_("%s\n\nNothing was changed."), error->message);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static char *
format_import_stats (const RapportImportStats *stats)
{
  g_autofree char *added = NULL;
  g_autofree char *updated = NULL;

  if (stats->added == 0 && stats->updated == 0)
    /* Translators: a toast after importing a file the notebook already held */
    return g_strdup (_("Imported: nothing new, everything was already in the notebook"));

  /* Translators: part of "Imported: 12 records added, 3 updated" */
  added = g_strdup_printf (ngettext ("%u record added", "%u records added", stats->added), stats->added);
  /* Translators: part of "Imported: 12 records added, 3 updated" */
  updated = g_strdup_printf (ngettext ("%u updated", "%u updated", stats->updated), stats->updated);

  /* Translators: a toast after an import: "Imported: 12 records added, 3 updated" */
  return g_strdup_printf (_("Imported: %s, %s"), added, updated);
}

static void
import_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  RapportWindow *self = RAPPORT_WINDOW (object);
  FileJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GTask) outer = g_steal_pointer (&job->outer);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      /* The import wrote through its own connection: the window's lists
       * pick the new records up here, in one batch. */
      if (!rapport_repository_refresh (rapport_context_get_repository (self->context), &error))
        rapport_widget_show_error (GTK_WIDGET (self), _("Could not reload the notebook"), error);

      title = format_import_stats (&job->stats);
      rapport_widget_add_toast (GTK_WIDGET (self), adw_toast_new (title));
      g_task_set_task_data (outer, g_memdup2 (&job->stats, sizeof job->stats), g_free);
      g_task_return_boolean (outer, TRUE);
    }
  else
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_import_error (self, job, error);
      g_task_return_error (outer, g_steal_pointer (&error));
    }

  self->importing = FALSE;
  _rapport_window_actions_update (self);
}

/**
 * _rapport_window_import_file:
 * @self: a #RapportWindow
 * @file: a JSON export
 * @callback: (nullable): called when the import is over and the mentor told
 * @user_data: data for @callback
 *
 * What the import dialog does once a file is chosen: validates the whole
 * file and merges it by uuid in one transaction, off the main thread, then
 * shows what changed, or a dialog with the file's first problems.
 */
void
_rapport_window_import_file (RapportWindow       *self,
                             GFile               *file,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) outer = NULL;
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  FileJob *job;

  g_return_if_fail (RAPPORT_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  outer = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (outer, _rapport_window_import_file);

  if (!(job = file_job_new (self, file, &error)))
    {
      rapport_widget_show_error (GTK_WIDGET (self), _("Could not import"), error);
      g_task_return_error (outer, g_steal_pointer (&error));
      return;
    }

  /* The import may update what an open editor shows: save that first, so
   * the import decides the final state and no pending autosave undoes it. */
  if (self->mentee_page != NULL)
    rapport_mentee_page_save (RAPPORT_MENTEE_PAGE (self->mentee_page));

  job->outer = g_steal_pointer (&outer);
  self->importing = TRUE;
  _rapport_window_actions_update (self);

  task = g_task_new (self, get_cancellable (self), import_done_cb, NULL);
  g_task_set_source_tag (task, import_thread);
  g_task_set_check_cancellable (task, TRUE);
  g_task_set_task_data (task, job, (GDestroyNotify)file_job_free);
  g_task_run_in_thread (task, import_thread);
}

/**
 * _rapport_window_import_finish:
 * @self: a #RapportWindow
 * @result: the result passed to the callback
 * @stats: (out caller-allocates) (optional): what the import did
 * @error: return location for an error
 *
 * Returns: %TRUE if the file was imported
 */
gboolean
_rapport_window_import_finish (RapportWindow       *self,
                               GAsyncResult        *result,
                               RapportImportStats  *stats,
                               GError             **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  if (stats != NULL)
    *stats = *(RapportImportStats *)g_task_get_task_data (G_TASK (result));
  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* File dialogs                                                             */

static GtkFileFilter *
add_filter (GtkFileChooser          *chooser,
            const char              *name,
            const char              *pattern,
            const char              *mime_type,
            RapportExportFileFormat  format)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_filter_add_mime_type (filter, mime_type);
  g_object_set_data (G_OBJECT (filter), "rapport-format", GINT_TO_POINTER (format));
  gtk_file_chooser_add_filter (chooser, filter);
  g_object_unref (filter);

  return filter;
}

/* The extension decides the format, as on the command line; a name without
 * one gets the extension of the filter the mentor picked. */
static GFile *
dup_export_file (GtkFileChooser *chooser)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (chooser);
  g_autofree char *basename = NULL;
  GtkFileFilter *filter;
  RapportExportFileFormat format;
  g_autoptr(GFile) parent = NULL;
  g_autofree char *name = NULL;

  if (file == NULL)
    return NULL;

  basename = g_file_get_basename (file);
  if (rapport_export_file_format_for_path (basename) != RAPPORT_EXPORT_FILE_UNKNOWN)
    return g_steal_pointer (&file);

  filter = gtk_file_chooser_get_filter (chooser);
  format = filter ? GPOINTER_TO_INT (g_object_get_data (G_OBJECT (filter), "rapport-format")) : 0;
  if (format == RAPPORT_EXPORT_FILE_UNKNOWN)
    format = RAPPORT_EXPORT_FILE_JSON;

  parent = g_file_get_parent (file);
  name = g_strconcat (basename, rapport_export_file_format_extension (format), NULL);
  return parent ? g_file_get_child (parent, name) : g_steal_pointer (&file);
}

static void
export_response_cb (RapportWindow        *self,
                    int                   response,
                    GtkFileChooserNative *native)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = dup_export_file (GTK_FILE_CHOOSER (native));
      RapportMentee *mentee = g_object_get_data (G_OBJECT (native), "rapport-mentee");
      RapportMarkdownFlags flags = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (native), "rapport-flags"));

      if (file != NULL)
        _rapport_window_export_to_file (self, file, mentee, flags, NULL, NULL);
    }

  g_object_unref (native);
}

static void
rapport_window_actions_export (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *param)
{
  RapportWindow *self = RAPPORT_WINDOW (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = g_date_time_format (now, "rapport-notebook-%Y-%m-%d.json");
  GtkFileChooserNative *native;
  GtkFileChooser *chooser;
  GtkFileFilter *json;

  native = gtk_file_chooser_native_new (_("Export Notebook"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  chooser = GTK_FILE_CHOOSER (native);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);

  json = add_filter (chooser, _("Whole Notebook (JSON)"), "*.json", "application/json",
                     RAPPORT_EXPORT_FILE_JSON);
  add_filter (chooser, _("Readable Notes (Markdown)"), "*.md", "text/markdown",
              RAPPORT_EXPORT_FILE_MARKDOWN);
  add_filter (chooser, _("Meetings and Due Promises (iCalendar)"), "*.ics", "text/calendar",
              RAPPORT_EXPORT_FILE_ICALENDAR);
  gtk_file_chooser_set_filter (chooser, json);
  gtk_file_chooser_set_current_name (chooser, name);

  g_signal_connect_object (native, "response", G_CALLBACK (export_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
import_response_cb (RapportWindow        *self,
                    int                   response,
                    GtkFileChooserNative *native)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      if (file != NULL)
        _rapport_window_import_file (self, file, NULL, NULL);
    }

  g_object_unref (native);
}

static void
rapport_window_actions_import (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *param)
{
  RapportWindow *self = RAPPORT_WINDOW (widget);
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (_("Import Notebook"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  add_filter (GTK_FILE_CHOOSER (native), _("Rapport Notebook Export (JSON)"), "*.json",
              "application/json", RAPPORT_EXPORT_FILE_JSON);

  g_signal_connect_object (native, "response", G_CALLBACK (import_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* "alex-kim" from "Alex Kim", "zoe-muller" from "Zoë Müller": a file name
 * that survives any file system and mail client. */
static char *
mentee_file_stem (RapportMentee *mentee)
{
  g_autofree char *ascii = g_str_to_ascii (rapport_mentee_get_name (mentee), NULL);
  GString *stem = g_string_new (NULL);
  gboolean dash = FALSE;

  for (const char *p = ascii; *p; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          if (dash && stem->len > 0)
            g_string_append_c (stem, '-');
          g_string_append_c (stem, g_ascii_tolower (*p));
          dash = FALSE;
        }
      else
        {
          dash = TRUE;
        }
    }

  if (stem->len == 0)
    g_string_assign (stem, "mentee");

  return g_string_free (stem, FALSE);
}

static void
choose_mentee_file (RapportWindow        *self,
                    RapportMentee        *mentee,
                    RapportMarkdownFlags  flags)
{
  g_autofree char *stem = mentee_file_stem (mentee);
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  GtkFileChooserNative *native;

  if (flags & RAPPORT_MARKDOWN_SHARE_SAFE)
    name = g_strconcat (stem, "-recap.md", NULL);
  else
    name = g_strconcat (stem, ".md", NULL);

  /* Translators: the title of the save dialog: "Export Alex Kim" */
  title = g_strdup_printf (_("Export %s"), rapport_mentee_get_name (mentee));
  native = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  add_filter (GTK_FILE_CHOOSER (native), _("Markdown"), "*.md", "text/markdown",
              RAPPORT_EXPORT_FILE_MARKDOWN);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  g_object_set_data_full (G_OBJECT (native), "rapport-mentee", g_object_ref (mentee), g_object_unref);
  g_object_set_data (G_OBJECT (native), "rapport-flags", GUINT_TO_POINTER (flags));

  g_signal_connect_object (native, "response", G_CALLBACK (export_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
export_mentee_response_cb (RapportWindow    *self,
                           const char       *response,
                           AdwMessageDialog *dialog)
{
  RapportMentee *mentee = g_object_get_data (G_OBJECT (dialog), "rapport-mentee");

  if (g_str_equal (response, "recap"))
    choose_mentee_file (self, mentee, RAPPORT_MARKDOWN_SHARE_SAFE);
  else if (g_str_equal (response, "full"))
    choose_mentee_file (self, mentee, RAPPORT_MARKDOWN_NONE);
}


static void
rapport_window_actions_export_mentee (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *param)
{
  RapportWindow *self = RAPPORT_WINDOW (widget);
  RapportMentee *mentee;
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;

  /* The page keeps its last mentee when Today is shown: only the one on
   * screen is meant. */
  if (!mentee_shown (self) ||
      !(mentee = rapport_mentee_page_get_mentee (RAPPORT_MENTEE_PAGE (self->mentee_page))))
    return;

  /* Translators: the heading of the dialog choosing what to export: "Export Alex Kim" */
  heading = g_strdup_printf (_("Export %s"), rapport_mentee_get_name (mentee));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading,
                                                       _("A share-safe recap leaves out your private "
                                                         "meeting notes, feedback preferences, "
                                                         "boundaries and the About text, so it can be "
                                                         "handed over. Full notes are for your own "
                                                         "records.")));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "full", _("_Full Notes"),
                                    "recap", _("_Share-Safe Recap"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "recap", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "recap");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "rapport-mentee", g_object_ref (mentee), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (export_mentee_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_rapport_window_class_actions_init (RapportWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.go-back", NULL, rapport_window_actions_go_back);
  gtk_widget_class_install_action (widget_class, "win.new-mentee", NULL, rapport_window_actions_new_mentee);
  gtk_widget_class_install_action (widget_class, "win.show-today", NULL, rapport_window_actions_show_today);
  gtk_widget_class_install_action (widget_class, "win.show-insights", NULL, _rapport_window_show_insights_action);
  gtk_widget_class_install_action (widget_class, "win.show-mentee", "(xsx)", rapport_window_actions_show_mentee);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, rapport_window_actions_search);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, rapport_window_actions_export);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, rapport_window_actions_import);
  gtk_widget_class_install_action (widget_class, "win.export-mentee", NULL,
                                   rapport_window_actions_export_mentee);
  gtk_widget_class_install_action (widget_class, "win.new-meeting", NULL,
                                   rapport_window_actions_page_action);
  gtk_widget_class_install_action (widget_class, "win.new-promise", NULL,
                                   rapport_window_actions_page_action);
  gtk_widget_class_install_action (widget_class, "win.show-tab", "s", rapport_window_actions_show_tab);
}

/* Actions are enabled in one place, from the window's state, so a button is
 * never live when its action cannot do anything. */
void
_rapport_window_actions_update (RapportWindow *self)
{
  gboolean writable;

  g_assert (RAPPORT_IS_WINDOW (self));

  writable = !rapport_repository_is_read_only (rapport_context_get_repository (self->context));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-mentee", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import", writable && !self->importing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-mentee", mentee_shown (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-meeting", writable && mentee_shown (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-promise", writable && mentee_shown (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-tab", mentee_shown (self));
}
