/* test-notifications.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-notifications"

#include "config.h"

#include <glib/gi18n.h>
#include <libglib-testing/dbus-queue.h>
#include <libnotify/notify.h>
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

#include "rapport-test-utils.h"
#include "reminders-fixture.h"

/* The reminders end to end: scheduler, ledger and the libnotify notifier
 * against a mock org.freedesktop.Notifications on a private bus. libnotify
 * calls synchronously, so the mock answers from glib-testing's server
 * thread and records every Notify for the test to inspect. */

static const char notifications_xml[] =
  "<node>"
  "  <interface name='org.freedesktop.Notifications'>"
  "    <method name='GetCapabilities'><arg type='as' direction='out'/></method>"
  "    <method name='GetServerInformation'>"
  "      <arg type='s' direction='out'/><arg type='s' direction='out'/>"
  "      <arg type='s' direction='out'/><arg type='s' direction='out'/>"
  "    </method>"
  "    <method name='Notify'>"
  "      <arg type='s' direction='in'/><arg type='u' direction='in'/>"
  "      <arg type='s' direction='in'/><arg type='s' direction='in'/>"
  "      <arg type='s' direction='in'/><arg type='as' direction='in'/>"
  "      <arg type='a{sv}' direction='in'/><arg type='i' direction='in'/>"
  "      <arg type='u' direction='out'/>"
  "    </method>"
  "    <method name='CloseNotification'><arg type='u' direction='in'/></method>"
  "    <signal name='ActionInvoked'><arg type='u'/><arg type='s'/></signal>"
  "    <signal name='ActivationToken'><arg type='u'/><arg type='s'/></signal>"
  "    <signal name='NotificationClosed'><arg type='u'/><arg type='u'/></signal>"
  "  </interface>"
  "</node>";

typedef struct
{
  GtDBusQueue      *queue;
  GDBusNodeInfo    *node;
  GMutex            lock;
  GPtrArray        *notifies;      /* (element-type GVariant) Notify parameters */
  GDBusConnection  *server;        /* the connection the mock answers on */
  guint32           next_id;
  guint32           action_id;     /* an ActionInvoked to emit, with action */
  char             *action;
  int               stop;
  guint             name_id;

  RapportDatabase  *db;
  RapportFakeClock *clock;
  RapportNotifier  *notifier;
  RapportScheduler *scheduler;
  gint64            alex;
} Fixture;

static void
handle (Fixture               *f,
        GDBusMethodInvocation *invocation)
{
  const char *method = g_dbus_method_invocation_get_method_name (invocation);
  GVariant *params = g_dbus_method_invocation_get_parameters (invocation);

  g_mutex_lock (&f->lock);
  if (f->server == NULL)
    f->server = g_object_ref (g_dbus_method_invocation_get_connection (invocation));
  g_mutex_unlock (&f->lock);

  if (g_str_equal (method, "GetServerInformation"))
    g_dbus_method_invocation_return_value (invocation,
                                           g_variant_new ("(ssss)", "Mock", "Rapport tests", "1", "1.2"));
  else if (g_str_equal (method, "GetCapabilities"))
    {
      const char *caps[] = { "actions", "body", "persistence", NULL };
      g_dbus_method_invocation_return_value (invocation,
                                             g_variant_new ("(^as)", caps));
    }
  else if (g_str_equal (method, "Notify"))
    {
      guint32 replaces_id;
      guint32 id;

      g_variant_get_child (params, 1, "u", &replaces_id);
      g_mutex_lock (&f->lock);
      g_ptr_array_add (f->notifies, g_variant_ref (params));
      id = replaces_id != 0 ? replaces_id : ++f->next_id;
      g_mutex_unlock (&f->lock);
      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(u)", id));
    }
  else if (g_str_equal (method, "CloseNotification"))
    g_dbus_method_invocation_return_value (invocation, NULL);
  else
    g_dbus_method_invocation_return_error (invocation, G_DBUS_ERROR, G_DBUS_ERROR_UNKNOWN_METHOD,
                                           "Unknown method %s", method);
}

static void
emit_pending_action (Fixture *f)
{
  g_autofree char *action = NULL;
  guint32 id;

  g_mutex_lock (&f->lock);
  id = f->action_id;
  action = g_steal_pointer (&f->action);
  f->action_id = 0;
  g_mutex_unlock (&f->lock);

  if (id == 0 || f->server == NULL)
    return;

  /* libnotify 0.8 takes the token from ActivationToken, sent just before. */
  g_dbus_connection_emit_signal (f->server, NULL, "/org/freedesktop/Notifications",
                                 "org.freedesktop.Notifications", "ActivationToken",
                                 g_variant_new ("(us)", id, "token-42"), NULL);
  g_dbus_connection_emit_signal (f->server, NULL, "/org/freedesktop/Notifications",
                                 "org.freedesktop.Notifications", "ActionInvoked",
                                 g_variant_new ("(us)", id, action), NULL);
}

static void
server_func (GtDBusQueue *queue,
             gpointer     user_data)
{
  Fixture *f = user_data;

  g_debug ("Mock notification server running");
  while (!g_atomic_int_get (&f->stop))
    {
      g_autoptr(GDBusMethodInvocation) invocation = NULL;

      /* gt_dbus_queue_try_pop_message() in 0.1.1 never pops (its loop
       * only runs when waiting), so look first and then pop. */
      if (gt_dbus_queue_get_n_messages (queue) > 0 &&
          gt_dbus_queue_pop_message (queue, &invocation))
        {
          g_debug ("Mock handles %s", g_dbus_method_invocation_get_method_name (invocation));
          handle (f, invocation);
        }
      else
        {
          emit_pending_action (f);
          if (!g_main_context_iteration (g_main_context_get_thread_default (), FALSE))
            g_usleep (1000);
        }
    }
}

static void
own_name (Fixture *f)
{
  f->name_id = gt_dbus_queue_own_name (f->queue, "org.freedesktop.Notifications");
}

static void
start_mock (Fixture  *f,
            gboolean  with_name)
{
  g_autoptr(GError) error = NULL;

  g_mutex_init (&f->lock);
  f->notifies = g_ptr_array_new_with_free_func ((GDestroyNotify)g_variant_unref);
  f->queue = gt_dbus_queue_new ();
  g_assert_true (gt_dbus_queue_connect (f->queue, &error));
  g_assert_no_error (error);

  f->node = g_dbus_node_info_new_for_xml (notifications_xml, &error);
  g_assert_no_error (error);
  gt_dbus_queue_export_object (f->queue, "/org/freedesktop/Notifications",
                               f->node->interfaces[0], &error);
  g_assert_no_error (error);
  if (with_name)
    own_name (f);
  gt_dbus_queue_set_server_func (f->queue, server_func, f);
}

static RapportScheduler *
new_scheduler (Fixture *f)
{
  RapportScheduler *scheduler;

  scheduler = rapport_scheduler_new (f->db, RAPPORT_CLOCK (f->clock), f->notifier);
  rapport_scheduler_set_quiet_hours_enabled (scheduler, FALSE);

  return scheduler;
}

static void
set_up_common (Fixture  *f,
               gboolean  with_name)
{
  g_autoptr(GTimeZone) tz = test_zone ();

  start_mock (f, with_name);
  f->db = open_notebook ();
  f->clock = rapport_fake_clock_new (local_at (NULL, "2026-11-03 07:00"), tz);
  f->notifier = rapport_libnotify_notifier_new ("Rapport");
  f->scheduler = new_scheduler (f);
  f->alex = add_mentee (f->db, "Alex", 14, 28);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  set_up_common (f, TRUE);
}

static void
fixture_set_up_no_server (Fixture       *f,
                          gconstpointer  data)
{
  set_up_common (f, FALSE);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  rapport_scheduler_stop (f->scheduler);
  g_clear_object (&f->scheduler);
  g_clear_object (&f->notifier);
  /* Before the bus goes: otherwise teardown waits for libnotify's
   * connection and fails. It also closes what is still shown, so the mock
   * keeps answering until here. */
  notify_uninit ();

  g_atomic_int_set (&f->stop, 1);
  gt_dbus_queue_disconnect (f->queue, FALSE);
  g_clear_pointer (&f->queue, gt_dbus_queue_free);
  g_clear_pointer (&f->node, g_dbus_node_info_unref);
  g_clear_object (&f->server);
  g_clear_pointer (&f->notifies, g_ptr_array_unref);
  g_clear_pointer (&f->action, g_free);
  g_mutex_clear (&f->lock);

  g_clear_object (&f->clock);
  g_clear_object (&f->db);
}

static guint
n_notifies (Fixture *f)
{
  guint n;

  g_mutex_lock (&f->lock);
  n = f->notifies->len;
  g_mutex_unlock (&f->lock);

  return n;
}

static GVariant *
notify_params (Fixture *f,
               guint    i)
{
  GVariant *params;

  g_mutex_lock (&f->lock);
  g_assert_cmpuint (i, <, f->notifies->len);
  params = g_variant_ref (g_ptr_array_index (f->notifies, i));
  g_mutex_unlock (&f->lock);

  return params;
}

static void
check_at (Fixture    *f,
          const char *local)
{
  g_autoptr(GError) error = NULL;

  rapport_fake_clock_set_now (f->clock, local_at (NULL, local));
  g_assert_true (rapport_scheduler_check (f->scheduler, &error));
  g_assert_no_error (error);
}

/* Tests */

static void
test_notify_arguments (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GVariant) params = NULL;
  g_autoptr(GVariant) hints = NULL;
  g_autofree const char **actions = NULL;
  const char *app_name, *icon, *summary, *body;
  const char *desktop_entry = NULL, *category = NULL;
  const char * const expected_actions[] = { "done", "Done", "snooze", "Snooze", "default", "Open", NULL };
  guint32 replaces_id;
  guchar urgency = 0;
  gint32 timeout;

  add_promise (f->db, f->alex, "mentor", "Send Alex the book list", "2026-11-03", NULL,
               local_at (NULL, "2026-10-27 15:00"));

  check_at (f, "2026-11-03 08:00");
  g_assert_cmpuint (n_notifies (f), ==, 1);

  params = notify_params (f, 0);
  g_variant_get (params, "(&su&s&s&s^a&s@a{sv}i)", &app_name, &replaces_id, &icon, &summary,
                 &body, &actions, &hints, &timeout);
  g_assert_cmpstr (app_name, ==, "Rapport");
  g_assert_cmpuint (replaces_id, ==, 0);
  g_assert_cmpstr (icon, ==, APPLICATION_ID);
  g_assert_cmpstr (summary, ==, "Send Alex the book list");
  g_assert_cmpstr (body, ==, "You promised Alex this on 27 Oct · due today");
  g_assert_cmpstrv (actions, expected_actions);
  g_assert_true (g_variant_lookup (hints, "desktop-entry", "&s", &desktop_entry));
  g_assert_cmpstr (desktop_entry, ==, APPLICATION_ID);
  g_assert_true (g_variant_lookup (hints, "category", "&s", &category));
  g_assert_cmpstr (category, ==, "x-rapport.reminder");
  g_assert_true (g_variant_lookup (hints, "urgency", "y", &urgency));
  g_assert_cmpuint (urgency, ==, 1);
  g_assert_cmpint (timeout, ==, -1);

  g_assert_cmpint (count_rows (f->db, "state = 'delivered' AND notification_id = 1"), ==, 1);
}

static void
test_meeting_arguments (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GVariant) params = NULL;
  g_autoptr(GVariant) hints = NULL;
  g_autofree const char **actions = NULL;
  const char *app_name, *icon, *summary, *body;
  const char * const expected_actions[] = { "prepare", "Prepare", "default", "Open", NULL };
  guint32 replaces_id;
  guchar urgency = 0;
  gint32 timeout;

  add_session (f->db, f->alex, local_at (NULL, "2026-11-03 14:00"), "planned");
  add_promise (f->db, f->alex, "mentor", "Find a course", "2026-11-20", NULL, 0);
  add_promise (f->db, f->alex, "mentor", "Send the book list", "2026-11-21", NULL, 0);

  check_at (f, "2026-11-03 13:00");
  g_assert_cmpuint (n_notifies (f), ==, 1);
  params = notify_params (f, 0);
  g_variant_get (params, "(&su&s&s&s^a&s@a{sv}i)", &app_name, &replaces_id, &icon, &summary,
                 &body, &actions, &hints, &timeout);
  g_assert_cmpstr (summary, ==, "Meeting with Alex at 14:00");
  g_assert_cmpstr (body, ==, "2 promises of yours are open");
  g_assert_cmpstrv (actions, expected_actions);
  g_assert_true (g_variant_lookup (hints, "urgency", "y", &urgency));
  g_assert_cmpuint (urgency, ==, 2);
}

static void
test_once_across_restarts (Fixture       *f,
                           gconstpointer  data)
{
  add_promise (f->db, f->alex, "mentor", "Send the slides", "2026-11-03", NULL, 0);
  add_session (f->db, f->alex, local_at (NULL, "2026-11-03 14:00"), "planned");

  rapport_fake_clock_set_now (f->clock, local_at (NULL, "2026-11-03 13:10"));
  rapport_scheduler_start (f->scheduler);
  g_assert_cmpuint (n_notifies (f), ==, 2);
  check_at (f, "2026-11-03 13:20");

  /* Quit and start again, twice: nothing is shown a second time. */
  for (int i = 0; i < 2; i++)
    {
      rapport_scheduler_stop (f->scheduler);
      g_clear_object (&f->scheduler);
      g_clear_object (&f->notifier);
      notify_uninit ();

      f->notifier = rapport_libnotify_notifier_new ("Rapport");
      f->scheduler = new_scheduler (f);
      rapport_scheduler_start (f->scheduler);
      check_at (f, "2026-11-03 13:40");
    }

  g_assert_cmpuint (n_notifies (f), ==, 2);
  g_assert_cmpint (count_rows (f->db, "state = 'delivered'"), ==, 2);
}

static gboolean
complete_promise_cb (RapportScheduler *scheduler,
                     gint64            commitment_id,
                     gpointer          user_data)
{
  Fixture *f = user_data;

  complete_promise (f->db, commitment_id);
  return TRUE;
}

typedef struct
{
  char   *kind;
  char   *action;
  char   *token;
  gint64  subject_id;
} Activation;

static void
activate_cb (RapportScheduler *scheduler,
             const char       *kind,
             gint64            subject_id,
             gint64            mentee_id,
             const char       *action,
             const char       *token,
             gpointer          user_data)
{
  Activation *a = user_data;

  g_free (a->kind);
  g_free (a->action);
  g_free (a->token);
  a->kind = g_strdup (kind);
  a->action = g_strdup (action);
  a->token = g_strdup (token);
  a->subject_id = subject_id;
}

static void
invoke_action (Fixture    *f,
               guint32     id,
               const char *action)
{
  g_mutex_lock (&f->lock);
  g_free (f->action);
  f->action = g_strdup (action);
  f->action_id = id;
  g_mutex_unlock (&f->lock);
}

typedef struct
{
  Fixture    *f;
  const char *where;
} RowWait;

static gboolean
row_exists (gpointer data)
{
  RowWait *w = data;

  return count_rows (w->f->db, w->where) == 1;
}

static gboolean
activated (gpointer data)
{
  return ((Activation *)data)->kind != NULL;
}

static void
test_actions (Fixture       *f,
              gconstpointer  data)
{
  Activation a = { 0 };
  RowWait done = { f, "state = 'acknowledged' AND subject_kind = 'commitment'" };
  RowWait snoozed = { f, "state = 'snoozed'" };
  gint64 slides, meeting;

  slides = add_promise (f->db, f->alex, "mentor", "Send the slides", "2026-11-03", NULL, 0);
  add_promise (f->db, f->alex, "mentor", "Find a course", "2026-11-03", NULL, 0);
  meeting = add_session (f->db, f->alex, local_at (NULL, "2026-11-03 14:00"), "planned");
  g_signal_connect (f->scheduler, "complete-promise", G_CALLBACK (complete_promise_cb), f);
  g_signal_connect (f->scheduler, "activate", G_CALLBACK (activate_cb), &a);

  check_at (f, "2026-11-03 13:00");
  g_assert_cmpuint (n_notifies (f), ==, 3);

  /* Done on the first promise (id 1) ticks it off in the notebook. */
  invoke_action (f, 1, "done");
  g_assert_true (rapport_test_wait_for (row_exists, &done, 10000));
  {
    RowWait w = { f, NULL };
    g_autofree char *where = g_strdup_printf ("subject_id = %" G_GINT64_FORMAT
                                              " AND subject_kind = 'commitment'"
                                              " AND EXISTS (SELECT 1 FROM commitments c"
                                              " WHERE c.id = subject_id AND c.status = 'done')",
                                              slides);
    w.where = where;
    g_assert_true (row_exists (&w));
  }

  /* Snooze on the second (id 2) brings it back tomorrow morning. */
  invoke_action (f, 2, "snooze");
  g_assert_true (rapport_test_wait_for (row_exists, &snoozed, 10000));

  /* Prepare on the meeting (id 3) opens it, with the activation token. */
  invoke_action (f, 3, "prepare");
  g_assert_true (rapport_test_wait_for (activated, &a, 10000));
  g_assert_cmpstr (a.kind, ==, "meeting");
  g_assert_cmpstr (a.action, ==, "prepare");
  g_assert_cmpstr (a.token, ==, "token-42");
  g_assert_cmpint (a.subject_id, ==, meeting);

  /* The snoozed promise is shown again the next morning, replacing the
   * first notification (id 2). */
  check_at (f, "2026-11-04 08:00");
  {
    g_autoptr(GVariant) params = NULL;
    guint32 replaces_id = 0;
    guint n = n_notifies (f);

    g_assert_cmpuint (n, ==, 4);
    params = notify_params (f, 3);
    g_variant_get_child (params, 1, "u", &replaces_id);
    g_assert_cmpuint (replaces_id, ==, 2);
  }

  g_free (a.kind);
  g_free (a.action);
  g_free (a.token);
}

static void
test_default_action (Fixture       *f,
                     gconstpointer  data)
{
  Activation a = { 0 };
  gint64 slides;

  slides = add_promise (f->db, f->alex, "mentor", "Send the slides", "2026-11-03", NULL, 0);
  g_signal_connect (f->scheduler, "activate", G_CALLBACK (activate_cb), &a);

  check_at (f, "2026-11-03 08:00");
  invoke_action (f, 1, "default");
  g_assert_true (rapport_test_wait_for (activated, &a, 10000));
  g_assert_cmpstr (a.kind, ==, "commitment");
  g_assert_cmpstr (a.action, ==, "default");
  g_assert_cmpstr (a.token, ==, "token-42");
  g_assert_cmpint (a.subject_id, ==, slides);
  g_assert_cmpint (count_rows (f->db, "state = 'acknowledged'"), ==, 1);

  g_free (a.kind);
  g_free (a.action);
  g_free (a.token);
}

static void
test_missing_server (Fixture       *f,
                     gconstpointer  data)
{
  gint64 due = local_at (NULL, "2026-11-03 08:00");
  g_autoptr(GError) error = NULL;

  add_promise (f->db, f->alex, "mentor", "Send the slides", "2026-11-03", NULL, 0);

  /* No notification server: not delivered, kept for later. */
  check_at (f, "2026-11-03 08:00");
  g_assert_cmpuint (n_notifies (f), ==, 0);
  g_assert_cmpint (count_rows (f->db, "state = 'pending' AND attempts = 1"), ==, 1);
  g_assert_cmpint (count_rows (f->db, "state = 'delivered'"), ==, 0);

  /* The server appears; the retry after the backoff shows it, once. */
  own_name (f);
  rapport_fake_clock_set_now (f->clock, due + rapport_store_reminders_backoff (1));
  g_assert_true (rapport_scheduler_check (f->scheduler, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_notifies (f), ==, 1);
  g_assert_cmpint (count_rows (f->db, "state = 'delivered' AND attempts = 2"), ==, 1);

  check_at (f, "2026-11-03 09:00");
  g_assert_cmpuint (n_notifies (f), ==, 1);
}

/* A child process claims the reminder and is killed before it can mark it:
 * after the restart the reminder is shown exactly once. */
static void
test_crash_between_claim_and_mark (void)
{
  Fixture fixture = { 0 }, *f = &fixture;
  g_autoptr(GTimeZone) tz = test_zone ();
  RapportReminderPolicy policy = { 8, 60, FALSE };
  gint64 now = local_at (NULL, "2026-11-03 08:00");
  int status = 0;
  pid_t pid;

  /* Before any thread or bus exists, so forking is safe. */
  f->db = open_notebook ();
  f->alex = add_mentee (f->db, "Alex", 14, 28);
  add_promise (f->db, f->alex, "mentor", "Send the slides", "2026-11-03", NULL, 0);
  g_clear_object (&f->db);

  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      g_autoptr(RapportDatabase) db = open_notebook ();
      g_autoptr(GPtrArray) claimed = NULL;

      if (!rapport_store_reminders_sync (db, &policy, now, tz, NULL, NULL))
        _exit (2);
      claimed = rapport_store_reminders_claim (db, now, tz, NULL);
      if (claimed == NULL || claimed->len != 1)
        _exit (3);
      /* Killed after the claim committed, before sending or marking. */
      kill (getpid (), SIGKILL);
      _exit (4);
    }

  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status));
  g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);

  set_up_common (f, TRUE);
  g_assert_cmpint (count_rows (f->db, "state = 'delivering' AND attempts = 1"), ==, 1);

  rapport_fake_clock_set_now (f->clock, now + 120);
  rapport_scheduler_start (f->scheduler);
  check_at (f, "2026-11-03 09:00");

  g_assert_cmpuint (n_notifies (f), ==, 1);
  g_assert_cmpint (count_rows (f->db, "state = 'delivered' AND attempts = 2"), ==, 1);
  g_assert_cmpint (count_rows (f->db, "1"), ==, 1);

  fixture_tear_down (f, NULL);
}

int
main (int   argc,
      char *argv[])
{
  rapport_test_init (&argc, &argv);

#define ADD(path, set_up, func) \
  g_test_add ("/rapport/notifications/" path, Fixture, NULL, set_up, func, fixture_tear_down)

  ADD ("notify-arguments", fixture_set_up, test_notify_arguments);
  ADD ("meeting-arguments", fixture_set_up, test_meeting_arguments);
  ADD ("once-across-restarts", fixture_set_up, test_once_across_restarts);
  ADD ("actions", fixture_set_up, test_actions);
  ADD ("default-action", fixture_set_up, test_default_action);
  ADD ("missing-server", fixture_set_up_no_server, test_missing_server);
  g_test_add_func ("/rapport/notifications/crash-between-claim-and-mark",
                   test_crash_between_claim_and_mark);

  return g_test_run ();
}
