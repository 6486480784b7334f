/* test-background.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-background"

#include "config.h"

#include <glib/gstdio.h>
#include <libnotify/notify.h>
#include <signal.h>
#include <sys/wait.h>

#include "notifications-mock.h"
#include "rapport-autostart.h"
#include "rapport-test-utils.h"
#include "reminders-fixture.h"

/* Rapport as the mentor runs it: the real binary started with --background
 * (as the autostart entry does) on a private session bus whose notification
 * server is the mock. Reminders arrive without a window, Done in a
 * notification ticks the promise off in the notebook, a click opens the
 * window, Quit ends the process, and the autostart entry follows the
 * setting. (test-window.c closes the window of an application in-process.) */

#define WAIT_MSEC 20000

/* GTestDBus unsets DISPLAY when it brings a private bus up: kept from the
 * start for the children. */
static const char *display;

typedef struct
{
  MockServer  mock;
  GPid        pid;
  gboolean    exited;
  int         status;
  char       *keyfile;
  char       *autostart;
  char       *display;
} Fixture;

static void
write_settings (Fixture    *f,
                const char *lines)
{
  g_autofree char *contents = g_strdup_printf ("[io/github/rapport/Rapport]\n%s", lines);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (f->keyfile, contents, -1, &error);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *dir = NULL;

  f->display = g_strdup (display);
  mock_start (&f->mock, TRUE);
  f->keyfile = g_build_filename (g_get_user_config_dir (), "glib-2.0", "settings", "keyfile", NULL);
  dir = g_path_get_dirname (f->keyfile);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  f->autostart = g_build_filename (g_get_user_config_dir (), "autostart",
                                   APPLICATION_ID ".desktop", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->pid != 0 && !f->exited)
    {
      kill (f->pid, SIGKILL);
      waitpid (f->pid, NULL, 0);
    }
  g_clear_pointer (&f->keyfile, g_free);
  g_clear_pointer (&f->autostart, g_free);
  g_clear_pointer (&f->display, g_free);
  notify_uninit ();
  mock_stop (&f->mock);
}

static void
child_exited_cb (GPid     pid,
                 int      status,
                 gpointer user_data)
{
  Fixture *f = user_data;

  f->exited = TRUE;
  f->status = status;
  g_spawn_close_pid (pid);
}

/* Starts `rapport ARGS` with the settings from the key file, so the child and
 * this test share them. */
static void
spawn_rapport (Fixture    *f,
               const char *arg)
{
  const char *argv[] = { g_getenv ("RAPPORT_BINARY"), arg, NULL };
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (argv[0]);
  envp = g_environ_setenv (envp, "GSETTINGS_BACKEND", "keyfile", TRUE);
  if (f->display != NULL)
    envp = g_environ_setenv (envp, "DISPLAY", f->display, TRUE);
  /* No accessibility bus on the private session bus. */
  envp = g_environ_setenv (envp, "GTK_A11Y", "none", TRUE);
  /* The test's private folders, for the notebook, settings and autostart. */
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", g_get_user_data_dir (), TRUE);
  envp = g_environ_setenv (envp, "XDG_CONFIG_HOME", g_get_user_config_dir (), TRUE);
  envp = g_environ_setenv (envp, "XDG_CACHE_HOME", g_get_user_cache_dir (), TRUE);
  envp = g_environ_setenv (envp, "XDG_STATE_HOME", g_get_user_state_dir (), TRUE);
  /* The system's MIME database and icons, for the SVG icon. */
  envp = g_environ_setenv (envp, "XDG_DATA_DIRS", "/usr/local/share:/usr/share", TRUE);

  g_spawn_async (NULL, (char **)argv, envp, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                 &f->pid, &error);
  g_assert_no_error (error);
  g_child_watch_add (f->pid, child_exited_cb, f);
}

typedef struct
{
  Fixture *f;
  guint    n;
} NotifyWait;

static gboolean
n_notifies_reached (gpointer data)
{
  NotifyWait *w = data;

  return mock_n_notifies (&w->f->mock) >= w->n;
}

/* The server's id of the first notification whose summary is @summary. */
static guint32
find_notification (Fixture    *f,
                   const char *summary)
{
  for (guint i = 0; i < mock_n_notifies (&f->mock); i++)
    {
      g_autoptr(GVariant) params = mock_notify_params (&f->mock, i);
      const char *s;

      g_variant_get_child (params, 3, "&s", &s);
      if (g_str_equal (s, summary))
        return i + 1;
    }

  return 0;
}

static gboolean
child_exited (gpointer data)
{
  return ((Fixture *)data)->exited;
}

static gboolean
file_exists (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_EXISTS);
}

static gboolean
file_missing (gpointer data)
{
  return !g_file_test (data, G_FILE_TEST_EXISTS);
}

/* The test's own session bus connection was made before the private bus
 * came up, so these talk through the mock's client connection. */

/* Calls org.gtk.Actions.Activate on the running instance: @path is "" for
 * the application or "/window/1" for its first window. */
static gboolean
activate_remote_action (Fixture    *f,
                        const char *path,
                        const char *action,
                        GError    **error)
{
  GDBusConnection *bus = gt_dbus_queue_get_client_connection (f->mock.queue);
  g_autoptr(GVariant) reply = NULL;
  g_autofree char *object_path = g_strconcat ("/io/github/rapport/Rapport", path, NULL);

  reply = g_dbus_connection_call_sync (bus, APPLICATION_ID, object_path, "org.gtk.Actions",
                                       "Activate",
                                       g_variant_new ("(sava{sv})", action, NULL, NULL),
                                       NULL, G_DBUS_CALL_FLAGS_NONE, 5000, NULL, error);
  return reply != NULL;
}

static gboolean
remote_window_exists (gpointer data)
{
  Fixture *f = data;
  GDBusConnection *bus = gt_dbus_queue_get_client_connection (f->mock.queue);
  g_autoptr(GVariant) reply = NULL;

  reply = g_dbus_connection_call_sync (bus, APPLICATION_ID, "/io/github/rapport/Rapport/window/1",
                                       "org.gtk.Actions", "List", NULL, NULL,
                                       G_DBUS_CALL_FLAGS_NONE, 2000, NULL, NULL);
  return reply != NULL;
}

static gboolean
promise_done (gpointer data)
{
  g_autoptr(RapportDatabase) db = open_notebook ();
  g_autofree char *where = g_strdup_printf ("EXISTS (SELECT 1 FROM commitments c WHERE"
                                            " c.id = %" G_GINT64_FORMAT " AND c.status = 'done')",
                                            *(gint64 *)data);

  /* count_rows counts reminders; the promise has exactly one. */
  return count_rows (db, where) > 0;
}

static gint64
yesterday_notebook (gint64 *book_list)
{
  g_autoptr(RapportDatabase) db = open_notebook ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);
  g_autofree char *date = g_date_time_format (yesterday, "%Y-%m-%d");
  gint64 alex = add_mentee (db, "Alex", 14, 28);

  *book_list = add_promise (db, alex, "mentor", "Send Alex the book list", date, NULL,
                            g_date_time_to_unix (yesterday) - 86400);
  return add_promise (db, alex, "mentor", "Introduce Alex to Sam", date, NULL,
                      g_date_time_to_unix (yesterday) - 86400);
}

static void
test_background_option (Fixture       *f,
                        gconstpointer  data)
{
  NotifyWait two = { f, 2 };
  g_autoptr(GError) error = NULL;
  g_autofree char *autostart = NULL;
  gint64 book_list, intro;
  guint32 id;

  intro = yesterday_notebook (&book_list);
  write_settings (f, "quiet-hours-enabled=false\n");
  spawn_rapport (f, data);

  /* Both promises missed while Rapport was not running arrive, without a
   * window, and the process stays. */
  g_assert_true (rapport_test_wait_for (n_notifies_reached, &two, WAIT_MSEC));
  g_assert_true (rapport_test_wait_for (file_exists, f->autostart, WAIT_MSEC));
  g_assert_false (f->exited);
  g_assert_false (remote_window_exists (f));

  g_file_get_contents (f->autostart, &autostart, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (autostart, "Exec=rapport --background\n"));

  /* Done in the notification ticks the promise off in the notebook. */
  id = find_notification (f, "Send Alex the book list");
  g_assert_cmpuint (id, !=, 0);
  mock_invoke_action (&f->mock, id, "done");
  g_assert_true (rapport_test_wait_for (promise_done, &book_list, WAIT_MSEC));
  g_assert_false (promise_done (&intro));

  /* A click on the other opens the window. */
  id = find_notification (f, "Introduce Alex to Sam");
  g_assert_cmpuint (id, !=, 0);
  mock_invoke_action (&f->mock, id, "default");
  g_assert_true (rapport_test_wait_for (remote_window_exists, f, WAIT_MSEC));

  /* Nothing was shown twice. */
  g_assert_cmpuint (mock_n_notifies (&f->mock), ==, 2);

  /* Quit ends it, cleanly. */
  g_assert_true (activate_remote_action (f, "", "quit", &error));
  g_assert_no_error (error);
  g_assert_true (rapport_test_wait_for (child_exited, f, WAIT_MSEC));
  g_assert_true (g_spawn_check_wait_status (f->status, NULL));
}

static void
test_autostart_follows_setting (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* A stale entry from before the mentor turned the setting off goes. */
  g_assert_true (rapport_autostart_set_enabled (TRUE, &error));
  g_assert_no_error (error);
  write_settings (f, "run-in-background=false\n");
  spawn_rapport (f, "--background");
  g_assert_true (rapport_test_wait_for (file_missing, f->autostart, WAIT_MSEC));

  /* Started by hand with --background, it stays anyway. */
  rapport_test_iterate (300);
  g_assert_false (f->exited);

  /* Turned on again (here through the shared key file), the entry is back. */
  write_settings (f, "run-in-background=true\n");
  g_assert_true (rapport_test_wait_for (file_exists, f->autostart, WAIT_MSEC));

  g_assert_true (activate_remote_action (f, "", "quit", &error));
  g_assert_no_error (error);
  g_assert_true (rapport_test_wait_for (child_exited, f, WAIT_MSEC));
  g_assert_true (g_spawn_check_wait_status (f->status, NULL));
}

int
main (int   argc,
      char *argv[])
{
  /* No GTK in this process: its session bus connection would outlive the
   * private bus. The children need a display, though. */
  display = g_getenv ("DISPLAY");
  if (display == NULL)
    {
      g_printerr ("No display for the Rapport child process: skipping\n");
      return g_getenv ("CI") != NULL ? 1 : 77;
    }
  display = g_strdup (display);
  rapport_test_init (&argc, &argv);

#define ADD(path, data, func) \
  g_test_add ("/rapport/background/" path, Fixture, data, fixture_set_up, func, fixture_tear_down)

  ADD ("option-reminds-until-quit", "--background", test_background_option);
  /* Started by D-Bus activation (a click on a notification after a reboot,
   * or the desktop file), it behaves the same. */
  ADD ("service-reminds-until-quit", "--gapplication-service", test_background_option);
  ADD ("autostart-follows-setting", NULL, test_autostart_follows_setting);

  return g_test_run ();
}
