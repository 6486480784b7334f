/* rapport-application.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-application"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>

#include "rapport-application-private.h"
#include "rapport-autostart.h"
#include "rapport-cli.h"
#include "rapport-clock.h"
#include "rapport-context.h"
#include "rapport-demo.h"
#include "rapport-notifier.h"
#include "rapport-options.h"
#include "rapport-scheduler.h"
#include "rapport-window.h"

struct _RapportApplication
{
  AdwApplication  parent_instance;

  /* Owned references */
  RapportContext *context;
  GError         *context_error;

  /* State */
  char           *demo_dir;
  guint           scheduler_timeout;
  guint           start_hidden : 1;
  guint           held_by_setting : 1;
  guint           held_by_option : 1;
};

G_DEFINE_FINAL_TYPE (RapportApplication, rapport_application, ADW_TYPE_APPLICATION)

/* ------------------------------------------------------------------------ */

static gboolean
remove_tree (GFile         *file,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GFileEnumerator) enumerator = NULL;

  enumerator = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                          G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS,
                                          cancellable, NULL);
  if (enumerator != NULL)
    {
      GFile *child;

      while (g_file_enumerator_iterate (enumerator, NULL, &child, cancellable, NULL) && child != NULL)
        {
          if (!remove_tree (child, cancellable, error))
            return FALSE;
        }
    }

  return g_file_delete (file, cancellable, error);
}

static void
ensure_context (RapportApplication *self)
{
  if (self->context != NULL || self->context_error != NULL)
    return;

  self->context = rapport_context_new (self->demo_dir, &self->context_error);

  if (self->context != NULL && self->demo_dir != NULL)
    {
      RapportRepository *repository = rapport_context_get_repository (self->context);
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      if (g_list_model_get_n_items (rapport_repository_get_mentees (repository)) == 0 &&
          !rapport_demo_populate (repository, now, &self->context_error))
        g_clear_object (&self->context);
    }
}

static void
error_dialog_response_cb (RapportApplication *self)
{
  g_application_quit (G_APPLICATION (self));
}

/* When the notebook folder cannot be made, there is nothing Rapport can safely
 * do but say so plainly, with the path and the reason. */
static void
present_context_error (RapportApplication *self)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (NULL, _("Rapport Cannot Open Your Notebook"),
                                   self->context_error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  g_signal_connect_object (dialog, "response", G_CALLBACK (error_dialog_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ------------------------------------------------------------------------ */

static GtkWindow *
ensure_window (RapportApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (rapport_window_new (self));

  return window;
}

/* A click on a notification: open what it is about, raising the window with
 * the activation token the notification server handed over. */
static void
scheduler_activate_cb (RapportApplication *self,
                       const char         *kind,
                       gint64              subject_id,
                       gint64              mentee_id,
                       const char         *action,
                       const char         *activation_token,
                       RapportScheduler   *scheduler)
{
  GtkWindow *window;

  if (self->context == NULL)
    return;

  window = ensure_window (self);
  if (activation_token != NULL)
    gtk_window_set_startup_id (window, activation_token);
  gtk_window_present (window);

  if (mentee_id <= 0 || g_strcmp0 (kind, "today") == 0)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-today", NULL);
  else if (g_strcmp0 (kind, "meeting") == 0)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-mentee", "(xsx)", mentee_id,
                                g_strcmp0 (action, "prepare") == 0 ? "prepare" : "sessions",
                                g_strcmp0 (action, "prepare") == 0 ? (gint64)0 : subject_id);
  else if (g_str_has_prefix (kind, "check-in"))
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-mentee", "(xsx)", mentee_id,
                                "prepare", (gint64)0);
  else
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-mentee", "(xsx)", mentee_id,
                                "promises", (gint64)0);
}

static gboolean
wants_background (RapportApplication *self)
{
  GSettings *settings = rapport_context_get_settings (self->context);

  return g_settings_get_boolean (settings, "run-in-background") &&
         g_settings_get_boolean (settings, "reminders-enabled");
}

static void
background_request_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!rapport_autostart_request_background_finish (result, &error))
    g_message ("%s", error->message);
}

/* "Keep reminding me when Rapport is closed": while it is on, the
 * application holds itself, so closing the window leaves the process and its
 * reminders running, and the login autostart entry exists. Quit ends it. */
static void
sync_background (RapportApplication *self)
{
  g_autoptr(GError) error = NULL;
  gboolean wanted;

  if (self->context == NULL || self->demo_dir != NULL)
    return;

  wanted = wants_background (self);

  if (wanted && !self->held_by_setting)
    {
      g_application_hold (G_APPLICATION (self));
      self->held_by_setting = TRUE;
    }

  if (rapport_autostart_is_sandboxed ())
    {
      GDBusConnection *bus = g_application_get_dbus_connection (G_APPLICATION (self));

      if (bus != NULL)
        rapport_autostart_request_background_async (bus, wanted, NULL, NULL,
                                                    background_request_cb, NULL);
    }
  else if (!rapport_autostart_set_enabled (wanted, &error))
    g_warning ("%s", error->message);

  if (!wanted && self->held_by_setting)
    {
      self->held_by_setting = FALSE;
      g_application_release (G_APPLICATION (self));
    }
}

static void
start_scheduler (RapportApplication *self)
{
  g_autoptr(RapportClock) clock = NULL;
  g_autoptr(RapportNotifier) notifier = NULL;
  RapportScheduler *scheduler;

  g_clear_handle_id (&self->scheduler_timeout, g_source_remove);

  /* The sample notebook never reminds: its promises are not the mentor's. */
  if (self->context == NULL || self->demo_dir != NULL ||
      rapport_context_get_scheduler (self->context) != NULL)
    return;

  clock = rapport_system_clock_new ();
  notifier = rapport_libnotify_notifier_new (_("Rapport"));
  if ((scheduler = rapport_context_start_reminders (self->context, clock, notifier)))
    g_signal_connect_object (scheduler, "activate", G_CALLBACK (scheduler_activate_cb),
                             self, G_CONNECT_SWAPPED);
}

static gboolean
start_scheduler_cb (gpointer user_data)
{
  RapportApplication *self = user_data;

  self->scheduler_timeout = 0;
  start_scheduler (self);

  return G_SOURCE_REMOVE;
}

/* The scheduler's first check (what was missed while Rapport was closed,
 * the follow-through ledger) reads the whole notebook: with a window to
 * show, it runs once the window has been drawn. */
static void
window_first_paint_cb (GdkFrameClock      *frame_clock,
                       RapportApplication *self)
{
  g_signal_handlers_disconnect_by_func (frame_clock, window_first_paint_cb, self);

  if (self->scheduler_timeout != 0)
    {
      g_source_remove (self->scheduler_timeout);
      self->scheduler_timeout = g_idle_add (start_scheduler_cb, self);
    }
}

static void
start_reminders (RapportApplication *self)
{
  GSettings *settings;

  if (self->context == NULL || self->demo_dir != NULL)
    return;

  /* Without a window to show first, now; otherwise after the first frame,
   * or in two seconds should no frame come. */
  if (self->start_hidden ||
      (g_application_get_flags (G_APPLICATION (self)) & G_APPLICATION_IS_SERVICE))
    start_scheduler (self);
  else
    self->scheduler_timeout = g_timeout_add_seconds (2, start_scheduler_cb, self);

  settings = rapport_context_get_settings (self->context);
  g_signal_connect_object (settings, "changed::run-in-background",
                           G_CALLBACK (sync_background), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (settings, "changed::reminders-enabled",
                           G_CALLBACK (sync_background), self, G_CONNECT_SWAPPED);
  sync_background (self);
}

/* ------------------------------------------------------------------------ */

static int
rapport_application_handle_local_options (GApplication *application,
                                          GVariantDict *options)
{
  RapportApplication *self = RAPPORT_APPLICATION (application);
  int cli_status;

  /* Export, import, backup, restore and the agenda run here, in the process
   * that was started, without a window or the D-Bus name. */
  if ((cli_status = rapport_cli_handle (options)) >= 0)
    return cli_status;

  if (g_variant_dict_contains (options, "version"))
    {
      printf ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return RAPPORT_EXIT_OK;
    }

  if (g_variant_dict_contains (options, "background"))
    {
      g_autoptr(GError) error = NULL;

      /* Started at login or by hand: if Rapport already runs, it already
       * reminds; otherwise this process does, without a window. */
      if (!g_application_register (application, NULL, &error))
        {
          g_printerr (_("rapport: could not start in the background: %s\n"), error->message);
          return RAPPORT_EXIT_FAILURE;
        }
      if (g_application_get_is_remote (application))
        return RAPPORT_EXIT_OK;

      self->start_hidden = TRUE;
      if (!self->held_by_option)
        {
          g_application_hold (application);
          self->held_by_option = TRUE;
        }
    }

  if (g_variant_dict_contains (options, "demo"))
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *tmp = NULL;

      if (!(tmp = g_dir_make_tmp ("rapport-demo-XXXXXX", &error)))
        {
          g_printerr (_("rapport: could not create a folder for the sample notebook: %s\n"),
                      error->message);
          return RAPPORT_EXIT_FAILURE;
        }

      self->demo_dir = g_build_filename (tmp, "rapport", NULL);

      /* The sample notebook is a separate instance: it must neither attach to
       * the mentor's running Rapport nor be reached by its D-Bus name. */
      g_application_set_flags (application,
                               g_application_get_flags (application) | G_APPLICATION_NON_UNIQUE);
    }

  return G_APPLICATION_CLASS (rapport_application_parent_class)->handle_local_options (application, options);
}

static void
rapport_application_startup (GApplication *application)
{
  RapportApplication *self = RAPPORT_APPLICATION (application);

  G_APPLICATION_CLASS (rapport_application_parent_class)->startup (application);

  gtk_window_set_default_icon_name ("io.github.rapport.Rapport");

  _rapport_application_init_actions (self);
  ensure_context (self);
  start_reminders (self);

  /* The sample notebook is thrown away on quitting: nothing to back up. */
  if (self->context != NULL && self->demo_dir == NULL)
    rapport_context_start_daily_backups (self->context);
}

static void
rapport_application_activate (GApplication *application)
{
  RapportApplication *self = RAPPORT_APPLICATION (application);
  GdkFrameClock *frame_clock;
  GtkWindow *window;

  ensure_context (self);

  /* `--background`: the first activation stays without a window. */
  if (self->start_hidden)
    {
      self->start_hidden = FALSE;
      if (self->context == NULL)
        {
          g_printerr (_("rapport: %s\n"), self->context_error->message);
          g_application_quit (application);
        }
      return;
    }

  if (self->context == NULL)
    {
      present_context_error (self);
      return;
    }

  window = ensure_window (self);
  gtk_window_present (window);

  if (self->scheduler_timeout != 0 &&
      (frame_clock = gtk_widget_get_frame_clock (GTK_WIDGET (window))) != NULL)
    g_signal_connect_object (frame_clock, "after-paint", G_CALLBACK (window_first_paint_cb),
                             self, 0);
}

static void
rapport_application_shutdown (GApplication *application)
{
  RapportApplication *self = RAPPORT_APPLICATION (application);

  G_APPLICATION_CLASS (rapport_application_parent_class)->shutdown (application);

  g_clear_handle_id (&self->scheduler_timeout, g_source_remove);

  /* The day's work is backed up by the time Rapport has quit. */
  if (self->context != NULL)
    rapport_context_finish_backup (self->context);
  g_clear_object (&self->context);

  if (self->demo_dir != NULL)
    {
      g_autoptr(GFile) dir = g_file_new_for_path (self->demo_dir);
      g_autoptr(GFile) parent = g_file_get_parent (dir);
      g_autoptr(GError) error = NULL;

      if (!remove_tree (parent, NULL, &error))
        g_warning ("Could not remove the sample notebook: %s", error->message);
    }
}

static void
rapport_application_finalize (GObject *object)
{
  RapportApplication *self = (RapportApplication *)object;

  g_clear_object (&self->context);
  g_clear_error (&self->context_error);
  g_clear_pointer (&self->demo_dir, g_free);

  G_OBJECT_CLASS (rapport_application_parent_class)->finalize (object);
}

static void
rapport_application_class_init (RapportApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = rapport_application_finalize;

  app_class->handle_local_options = rapport_application_handle_local_options;
  app_class->startup = rapport_application_startup;
  app_class->activate = rapport_application_activate;
  app_class->shutdown = rapport_application_shutdown;
}

static void
rapport_application_init (RapportApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), rapport_options_get_entries ());
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("A private notebook for mentors."));
}

/* ------------------------------------------------------------------------ */

RapportApplication *
rapport_application_new (void)
{
  return g_object_new (RAPPORT_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_BASE_PATH,
                       NULL);
}

/**
 * rapport_application_get_context:
 * @self: a #RapportApplication
 *
 * Returns: (transfer none) (nullable): the context, once the application has
 *   started and its notebook folder exists
 */
RapportContext *
rapport_application_get_context (RapportApplication *self)
{
  g_return_val_if_fail (RAPPORT_IS_APPLICATION (self), NULL);

  return self->context;
}

gboolean
rapport_application_is_demo (RapportApplication *self)
{
  g_return_val_if_fail (RAPPORT_IS_APPLICATION (self), FALSE);

  return self->demo_dir != NULL;
}
