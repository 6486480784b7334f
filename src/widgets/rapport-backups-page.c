/* rapport-backups-page.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-backups-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-backup.h"
#include "rapport-backups-page.h"
#include "rapport-context.h"
#include "rapport-data-dir.h"
#include "rapport-format.h"
#include "rapport-live-restore.h"
#include "rapport-mentee-page.h"
#include "rapport-widget-utils.h"
#include "rapport-window-private.h"

/* Preferences → Backups: the backups in the notebook's folder, newest first,
 * "Back Up Now", and "Restore…" for each.
 *
 * Both write through a second connection on a worker thread (copying a
 * ten-year notebook takes a while). A restore replaces the notebook's
 * content in place (rapport_database_restore_live()) rather than swapping
 * the file, because the application keeps its notebook open for its whole
 * life; the window's lists then reload and the window goes back to Today,
 * so no page goes on showing a record the backup does not have. */

struct _RapportBackupsPage
{
  AdwPreferencesPage  parent_instance;

  /* Template widgets */
  GtkListBox         *backups_list;
  GtkButton          *back_up_button;

  /* Owned references */
  RapportContext     *context;
};

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RapportBackupsPage, rapport_backups_page, ADW_TYPE_PREFERENCES_PAGE)

static GParamSpec *properties[N_PROPS];

/* A job outlives the page when the preferences are closed meanwhile: it
 * keeps what it needs to finish a restore properly (reloading the
 * repository), and only tells the page and the window if they are there. */
typedef struct
{
  char              *db_path;
  char              *backup_path;
  GDateTime         *now;
  RapportRepository *repository;
  GWeakRef           window;
} BackupJob;

static void
backup_job_free (BackupJob *job)
{
  g_weak_ref_clear (&job->window);
  g_clear_object (&job->repository);
  g_clear_pointer (&job->db_path, g_free);
  g_clear_pointer (&job->backup_path, g_free);
  g_clear_pointer (&job->now, g_date_time_unref);
  g_free (job);
}

/* ------------------------------------------------------------------------ */

static RapportRepository *
get_repository (RapportBackupsPage *self)
{
  return rapport_context_get_repository (self->context);
}

static void
show_toast (RapportBackupsPage *self,
            AdwToast           *toast)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  g_object_set_data_full (G_OBJECT (self), "rapport-last-toast", g_object_ref (toast), g_object_unref);
  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), toast);
  else
    g_object_unref (toast);
}

static void
show_error (RapportBackupsPage *self,
            const char         *what,
            const GError       *error)
{
  AdwToast *toast = adw_toast_new_format ("%s: %s", what, error->message);

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 0);
  show_toast (self, toast);
}

/* The main window, which the preferences are transient for. */
static RapportWindow *
get_main_window (RapportBackupsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWindow *parent = GTK_IS_WINDOW (root) ? gtk_window_get_transient_for (GTK_WINDOW (root)) : NULL;

  return RAPPORT_IS_WINDOW (parent) ? RAPPORT_WINDOW (parent) : NULL;
}

/* "Today, 09:12", "Yesterday, 21:40", "3 Nov, 09:12", "3 Nov 2025, 09:12" */
static char *
format_taken_at (GDateTime *taken_at,
                 GDateTime *now)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (taken_at);
  g_autofree char *time = g_date_time_format (local, "%H:%M");
  int days = rapport_format_days_between (now, local);

  if (days == 0)
    /* Translators: when a backup was taken, %s is the time of day like 09:12 */
    return g_strdup_printf (_("Today, %s"), time);
  if (days == -1)
    /* Translators: when a backup was taken, %s is the time of day like 21:40 */
    return g_strdup_printf (_("Yesterday, %s"), time);
  if (g_date_time_get_year (local) == g_date_time_get_year (now))
    /* Translators: strftime format for a backup taken this year, "3 Nov, 09:12" */
    return g_strstrip (g_date_time_format (local, _("%-d %b, %H:%M")));

  /* Translators: strftime format for a backup taken in another year, "3 Nov 2025, 09:12" */
  return g_strstrip (g_date_time_format (local, _("%-d %b %Y, %H:%M")));
}

static const char *
kind_label (RapportBackupKind kind)
{
  switch (kind)
    {
    case RAPPORT_BACKUP_KIND_DAILY:
      return _("Daily backup");
    case RAPPORT_BACKUP_KIND_BEFORE_MIGRATION:
      return _("Kept before Rapport upgraded the notebook");
    case RAPPORT_BACKUP_KIND_BEFORE_RESTORE:
      return _("Kept before a restore");
    case RAPPORT_BACKUP_KIND_OTHER:
    default:
      return _("Made with Back Up Now");
    }
}

static void restore_clicked_cb (RapportBackupsPage *self,
                                GtkButton          *button);

static GtkWidget *
create_row (RapportBackupsPage *self,
            RapportBackup      *backup,
            GDateTime          *now)
{
  g_autofree char *when = format_taken_at (rapport_backup_get_taken_at (backup), now);
  g_autofree char *size = g_format_size (rapport_backup_get_size (backup));
  g_autofree char *title = NULL;
  g_autofree char *button_label = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Restore…"));

  /* Translators: a backup in Preferences: "Today, 09:12 · 1.2 MB" */
  title = g_strdup_printf (_("%s · %s"), when, size);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), kind_label (rapport_backup_get_kind (backup)));

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  /* Translators: the accessible name of a backup's Restore button: "Restore the backup of Today, 09:12" */
  button_label = g_strdup_printf (_("Restore the backup of %s"), when);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, button_label, -1);
  g_object_set_data_full (G_OBJECT (button), "rapport-backup", g_object_ref (backup), g_object_unref);
  g_signal_connect_object (button, "clicked", G_CALLBACK (restore_clicked_cb), self, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  g_object_set_data_full (G_OBJECT (row), "rapport-backup", g_object_ref (backup), g_object_unref);
  return row;
}

static void
set_busy (RapportBackupsPage *self,
          gboolean            busy)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->back_up_button), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->backups_list), !busy);
}

/* ------------------------------------------------------------------------ */
/* Back up now and restore, off the main thread                             */

static RapportDatabase *
open_second_connection (const char  *db_path,
                        gboolean     read_only,
                        GError     **error)
{
  RapportDatabaseOpenFlags flags = RAPPORT_DATABASE_OPEN_EXISTING | RAPPORT_DATABASE_OPEN_SKIP_QUICK_CHECK;

  if (read_only)
    flags |= RAPPORT_DATABASE_OPEN_READ_ONLY;
  return rapport_database_open (db_path, flags, error);
}

static void
back_up_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  BackupJob *job = task_data;
  g_autoptr(RapportDatabase) database = NULL;
  GError *error = NULL;
  char *path;

  /* VACUUM INTO only reads the notebook. */
  if (!(database = open_second_connection (job->db_path, TRUE, &error)) ||
      !(path = rapport_database_backup_now (database, job->now, &error)))
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, path, g_free);
}

static void
restore_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  BackupJob *job = task_data;
  g_autoptr(RapportDatabase) database = NULL;
  GError *error = NULL;
  char *saved = NULL;

  if (!(database = open_second_connection (job->db_path, FALSE, &error)) ||
      !rapport_database_restore_live (database, job->backup_path, &saved, &error))
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, saved, g_free);
}

static void
back_up_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  RapportBackupsPage *self = RAPPORT_BACKUPS_PAGE (object);
  g_autoptr(GTask) outer = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_task_propagate_pointer (G_TASK (result), &error);

  /* Closed meanwhile: the backup was written all the same. */
  if (self->context == NULL)
    {
      if (path == NULL)
        g_task_return_error (outer, g_steal_pointer (&error));
      else
        g_task_return_boolean (outer, TRUE);
      return;
    }

  set_busy (self, FALSE);
  rapport_backups_page_reload (self);

  if (path == NULL)
    {
      show_error (self, _("Could not back up"), error);
      g_task_return_error (outer, g_steal_pointer (&error));
      return;
    }

  show_toast (self, adw_toast_new (_("Notebook backed up")));
  g_task_return_boolean (outer, TRUE);
}

static void
restore_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  RapportBackupsPage *self = RAPPORT_BACKUPS_PAGE (object);
  g_autoptr(GTask) outer = user_data;
  BackupJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(RapportWindow) window = g_weak_ref_get (&job->window);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) refresh_error = NULL;
  g_autofree char *saved = g_task_propagate_pointer (G_TASK (result), &error);
  gboolean disposed = self->context == NULL;

  if (saved != NULL)
    {
      /* The notebook changed under the window's lists: reload them all,
       * and leave any mentee page, whose mentee may not be in the backup. */
      if (window != NULL)
        _rapport_window_show_today (window);
      if (!rapport_repository_refresh (job->repository, &refresh_error) && window != NULL)
        rapport_widget_show_error (GTK_WIDGET (window), _("Could not reload the notebook"), refresh_error);
    }

  if (!disposed)
    {
      set_busy (self, FALSE);
      rapport_backups_page_reload (self);

      if (saved == NULL)
        show_error (self, _("Could not restore the backup"), error);
      else if (refresh_error == NULL)
        /* The list now shows the copy kept before the restore; the toast
         * stays short enough not to be cut off. */
        show_toast (self, adw_toast_new (_("Backup restored")));
    }

  if (saved == NULL)
    g_task_return_error (outer, g_steal_pointer (&error));
  else
    g_task_return_boolean (outer, TRUE);
}

static BackupJob *
backup_job_new (RapportBackupsPage *self)
{
  BackupJob *job = g_new0 (BackupJob, 1);
  RapportDatabase *database = rapport_repository_get_database (get_repository (self));

  job->db_path = g_strdup (rapport_database_get_path (database));
  job->now = rapport_repository_dup_now (get_repository (self));
  job->repository = g_object_ref (get_repository (self));
  g_weak_ref_init (&job->window, get_main_window (self));
  return job;
}

static void
run (RapportBackupsPage  *self,
     BackupJob           *job,
     GTaskThreadFunc      thread_func,
     GAsyncReadyCallback  done_cb,
     GTask               *outer)
{
  /* Not cancellable: a restore that ran must be followed by the reload. */
  g_autoptr(GTask) task = g_task_new (self, NULL, done_cb, outer);

  set_busy (self, TRUE);
  g_task_set_source_tag (task, thread_func);
  g_task_set_task_data (task, job, (GDestroyNotify)backup_job_free);
  g_task_run_in_thread (task, thread_func);
}

/* ------------------------------------------------------------------------ */
/* Callbacks                                                                */

static void
back_up_clicked_cb (RapportBackupsPage *self)
{
  _rapport_backups_page_back_up_now (self, NULL, NULL);
}

static void
restore_response_cb (RapportBackupsPage *self,
                     const char         *response,
                     AdwMessageDialog   *dialog)
{
  RapportBackup *backup = g_object_get_data (G_OBJECT (dialog), "rapport-backup");

  if (g_str_equal (response, "restore"))
    _rapport_backups_page_restore (self, rapport_backup_get_path (backup), NULL, NULL);
}

static void
restore_clicked_cb (RapportBackupsPage *self,
                    GtkButton          *button)
{
  RapportBackup *backup = g_object_get_data (G_OBJECT (button), "rapport-backup");
  g_autoptr(GDateTime) local = g_date_time_to_local (rapport_backup_get_taken_at (backup));
  /* Translators: strftime format for the backup in the restore question, "3 Nov, 09:12" */
  g_autofree char *when = g_strstrip (g_date_time_format (local, _("%-d %b, %H:%M")));
  g_autofree char *body = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  AdwMessageDialog *dialog;

  body = g_strdup_printf (_("Replace your notebook with the backup of %s? "
                            "Your current notebook is kept as a backup."), when);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       _("Restore This Backup?"), body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "rapport-backup", g_object_ref (backup), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (restore_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_folder_activated_cb (RapportBackupsPage *self)
{
  RapportDatabase *database = rapport_repository_get_database (get_repository (self));
  const char *backup_dir = rapport_database_get_backup_dir (database);
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  /* The folder may not exist before the first backup. */
  if (!rapport_data_dir_ensure (backup_dir, &error))
    {
      show_error (self, _("Could not open the backups folder"), error);
      return;
    }

  uri = g_filename_to_uri (backup_dir, NULL, NULL);
  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);
}

/* ------------------------------------------------------------------------ */

static void
rapport_backups_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (rapport_backups_page_parent_class)->map (widget);

  /* Backups appear while the preferences are closed (the daily one, or one
   * taken by `rapport --backup`): list them afresh each time. */
  rapport_backups_page_reload (RAPPORT_BACKUPS_PAGE (widget));
}

static void
rapport_backups_page_dispose (GObject *object)
{
  RapportBackupsPage *self = (RapportBackupsPage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), RAPPORT_TYPE_BACKUPS_PAGE);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (rapport_backups_page_parent_class)->dispose (object);
}

static void
rapport_backups_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  RapportBackupsPage *self = RAPPORT_BACKUPS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_backups_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  RapportBackupsPage *self = RAPPORT_BACKUPS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      rapport_backups_page_set_context (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_backups_page_class_init (RapportBackupsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rapport_backups_page_dispose;
  object_class->get_property = rapport_backups_page_get_property;
  object_class->set_property = rapport_backups_page_set_property;

  widget_class->map = rapport_backups_page_map;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         RAPPORT_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/rapport-backups-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportBackupsPage, backups_list);
  gtk_widget_class_bind_template_child (widget_class, RapportBackupsPage, back_up_button);
  gtk_widget_class_bind_template_callback (widget_class, back_up_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, open_folder_activated_cb);
}

static void
rapport_backups_page_init (RapportBackupsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* ------------------------------------------------------------------------ */

RapportContext *
rapport_backups_page_get_context (RapportBackupsPage *self)
{
  g_return_val_if_fail (RAPPORT_IS_BACKUPS_PAGE (self), NULL);

  return self->context;
}

void
rapport_backups_page_set_context (RapportBackupsPage *self,
                                  RapportContext     *context)
{
  g_return_if_fail (RAPPORT_IS_BACKUPS_PAGE (self));
  g_return_if_fail (context == NULL || RAPPORT_IS_CONTEXT (context));

  if (g_set_object (&self->context, context))
    {
      rapport_backups_page_reload (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
    }
}

/**
 * rapport_backups_page_reload:
 * @self: a #RapportBackupsPage
 *
 * Lists the backups folder again.
 */
void
rapport_backups_page_reload (RapportBackupsPage *self)
{
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) error = NULL;
  RapportRepository *repository;
  GtkWidget *child;
  gboolean writable;

  g_return_if_fail (RAPPORT_IS_BACKUPS_PAGE (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->backups_list))))
    gtk_list_box_remove (self->backups_list, child);

  if (self->context == NULL)
    return;

  repository = get_repository (self);
  writable = !rapport_repository_is_read_only (repository);
  gtk_widget_set_sensitive (GTK_WIDGET (self->back_up_button), writable);

  if (!(backups = rapport_backup_list (rapport_context_get_data_dir (self->context), &error)))
    {
      show_error (self, _("Could not list the backups"), error);
      return;
    }

  now = rapport_repository_dup_now (repository);
  for (guint i = 0; i < backups->len; i++)
    {
      GtkWidget *row = create_row (self, g_ptr_array_index (backups, i), now);

      /* A notebook open read-only (from a newer Rapport) is never written. */
      gtk_widget_set_sensitive (row, writable);
      gtk_list_box_append (self->backups_list, row);
    }
}

void
_rapport_backups_page_back_up_now (RapportBackupsPage  *self,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  GTask *outer;

  g_return_if_fail (RAPPORT_IS_BACKUPS_PAGE (self));
  g_return_if_fail (self->context != NULL);

  outer = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (outer, _rapport_backups_page_back_up_now);
  run (self, backup_job_new (self), back_up_thread, back_up_done_cb, outer);
}

void
_rapport_backups_page_restore (RapportBackupsPage  *self,
                               const char          *backup_path,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  RapportWindow *window;
  BackupJob *job;
  GTask *outer;

  g_return_if_fail (RAPPORT_IS_BACKUPS_PAGE (self));
  g_return_if_fail (self->context != NULL);
  g_return_if_fail (backup_path != NULL);

  /* What is typed in an open editor goes into the notebook that is kept,
   * and no autosave can write it over the restored one afterwards. */
  if ((window = get_main_window (self)) && window->mentee_page != NULL)
    rapport_mentee_page_save (RAPPORT_MENTEE_PAGE (window->mentee_page));

  outer = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (outer, _rapport_backups_page_restore);
  job = backup_job_new (self);
  job->backup_path = g_strdup (backup_path);
  run (self, job, restore_thread, restore_done_cb, outer);
}

gboolean
_rapport_backups_page_finish (RapportBackupsPage  *self,
                              GAsyncResult        *result,
                              GError             **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
