/* test-notifications.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-notifications"

#include "config.h"

#include <glib/gi18n.h>
#include <libnotify/notify.h>
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

#include "notifications-mock.h"
#include "rapport-test-utils.h"
#include "reminders-fixture.h"

/* The reminders end to end: scheduler, ledger and the libnotify notifier
 * against a mock org.freedesktop.Notifications on a private bus. libnotify
 * calls synchronously, so the mock answers from glib-testing's server
 * thread and records every Notify for the test to inspect. */

typedef struct
{
  MockServer        mock;

  RapportDatabase  *db;
  RapportFakeClock *clock;
  RapportNotifier  *notifier;
  RapportScheduler *scheduler;
  gint64            alex;
} Fixture;

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

  mock_start (&f->mock, with_name);
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

  mock_stop (&f->mock);

  g_clear_object (&f->clock);
  g_clear_object (&f->db);
}

static guint
n_notifies (Fixture *f)
{
  return mock_n_notifies (&f->mock);
}

static GVariant *
notify_params (Fixture *f,
               guint    i)
{
  return mock_notify_params (&f->mock, i);
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
  mock_invoke_action (&f->mock, id, action);
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
  mock_own_name (&f->mock);
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
