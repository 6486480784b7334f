/* test-scheduler.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-scheduler"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "rapport-test-utils.h"
#include "reminders-fixture.h"

/* A notifier that records what it is asked to show, and can fail like a
 * missing notification server. */

typedef struct
{
  char     *key;
  char     *summary;
  char     *body;
  GStrv     actions;
  int       urgency;
  guint32   replaces_id;
  guint32   id;
} Sent;

static void
sent_free (Sent *sent)
{
  g_free (sent->key);
  g_free (sent->summary);
  g_free (sent->body);
  g_strfreev (sent->actions);
  g_free (sent);
}

#define TEST_TYPE_NOTIFIER (test_notifier_get_type ())
G_DECLARE_FINAL_TYPE (TestNotifier, test_notifier, TEST, NOTIFIER, GObject)

struct _TestNotifier
{
  GObject    parent_instance;
  GPtrArray *sent;
  GPtrArray *withdrawn;
  guint32    next_id;
  gboolean   fail;
  guint      n_failed;
};

static void test_notifier_iface_init (RapportNotifierInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TestNotifier, test_notifier, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (RAPPORT_TYPE_NOTIFIER, test_notifier_iface_init))

static gboolean
test_notifier_send (RapportNotifier            *notifier,
                    const RapportNotification  *n,
                    guint32                    *out_id,
                    GError                    **error)
{
  TestNotifier *self = TEST_NOTIFIER (notifier);
  Sent *sent;

  if (self->fail)
    {
      self->n_failed++;
      g_set_error_literal (error, RAPPORT_NOTIFIER_ERROR, RAPPORT_NOTIFIER_ERROR_UNAVAILABLE,
                           "No notification server");
      return FALSE;
    }

  sent = g_new0 (Sent, 1);
  sent->key = g_strdup (n->key);
  sent->summary = g_strdup (n->summary);
  sent->body = g_strdup (n->body);
  sent->actions = g_strdupv ((char **)n->actions);
  sent->urgency = n->urgency;
  sent->replaces_id = n->replaces_id;
  sent->id = n->replaces_id != 0 ? n->replaces_id : ++self->next_id;
  g_ptr_array_add (self->sent, sent);
  *out_id = sent->id;

  return TRUE;
}

static void
test_notifier_withdraw (RapportNotifier *notifier,
                        const char      *key)
{
  g_ptr_array_add (TEST_NOTIFIER (notifier)->withdrawn, g_strdup (key));
}

static void
test_notifier_iface_init (RapportNotifierInterface *iface)
{
  iface->send = test_notifier_send;
  iface->withdraw = test_notifier_withdraw;
}

static void
test_notifier_finalize (GObject *object)
{
  TestNotifier *self = TEST_NOTIFIER (object);

  g_ptr_array_unref (self->sent);
  g_ptr_array_unref (self->withdrawn);

  G_OBJECT_CLASS (test_notifier_parent_class)->finalize (object);
}

static void
test_notifier_class_init (TestNotifierClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = test_notifier_finalize;
}

static void
test_notifier_init (TestNotifier *self)
{
  self->sent = g_ptr_array_new_with_free_func ((GDestroyNotify)sent_free);
  self->withdrawn = g_ptr_array_new_with_free_func (g_free);
}

/* Fixture */

typedef struct
{
  RapportDatabase  *db;
  RapportFakeClock *clock;
  TestNotifier     *notifier;
  RapportScheduler *scheduler;
  gint64            alex;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GTimeZone) tz = test_zone ();

  f->db = open_notebook ();
  f->clock = rapport_fake_clock_new (local_at (NULL, "2026-11-01 12:00"), tz);
  f->notifier = g_object_new (TEST_TYPE_NOTIFIER, NULL);
  f->scheduler = rapport_scheduler_new (f->db, RAPPORT_CLOCK (f->clock), RAPPORT_NOTIFIER (f->notifier));
  f->alex = add_mentee (f->db, "Alex", 14, 28);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  rapport_scheduler_stop (f->scheduler);
  g_assert_finalize_object (f->scheduler);
  g_assert_finalize_object (f->notifier);
  g_assert_finalize_object (f->clock);
  g_assert_finalize_object (f->db);
}

/* Moves the fake clock to @local (Europe/Berlin) and checks, as the tick would. */
static void
check_at (Fixture    *f,
          const char *local)
{
  g_autoptr(GError) error = NULL;

  rapport_fake_clock_set_now (f->clock, local_at (NULL, local));
  g_assert_true (rapport_scheduler_check (f->scheduler, &error));
  g_assert_no_error (error);
}

static void
check_at_utc (Fixture    *f,
              const char *utc)
{
  g_autoptr(GError) error = NULL;

  rapport_fake_clock_set_now (f->clock, utc_at (utc));
  g_assert_true (rapport_scheduler_check (f->scheduler, &error));
  g_assert_no_error (error);
}

static Sent *
sent (Fixture *f,
      guint    i)
{
  g_assert_cmpuint (i, <, f->notifier->sent->len);
  return g_ptr_array_index (f->notifier->sent, i);
}

#define assert_sent_count(f, n) g_assert_cmpuint ((f)->notifier->sent->len, ==, (n))

/* Tests */

static void
test_promise_due_date_only (Fixture       *f,
                            gconstpointer  data)
{
  const char * const actions[] = { "done", "Done", "snooze", "Snooze", "default", "Open", NULL };

  add_promise (f->db, f->alex, "mentor", "Send Alex the book list", "2026-11-03", NULL,
               local_at (NULL, "2026-10-27 15:00"));

  /* Early: nothing before the morning hour of the due date. */
  check_at (f, "2026-11-02 23:59");
  check_at (f, "2026-11-03 07:59");
  assert_sent_count (f, 0);

  check_at (f, "2026-11-03 08:00");
  assert_sent_count (f, 1);
  g_assert_cmpstr (sent (f, 0)->summary, ==, "Send Alex the book list");
  g_assert_cmpstr (sent (f, 0)->body, ==, "You promised Alex this on 27 Oct · due today");
  g_assert_cmpstrv (sent (f, 0)->actions, actions);
  g_assert_cmpint (sent (f, 0)->urgency, ==, RAPPORT_NOTIFIER_URGENCY_NORMAL);
  g_assert_true (g_str_has_prefix (sent (f, 0)->key, "commitment:"));
  g_assert_true (g_str_has_suffix (sent (f, 0)->key, ":2026-11-03"));

  /* Once: later checks the same day say nothing more. */
  check_at (f, "2026-11-03 08:00");
  check_at (f, "2026-11-03 12:00");
  check_at (f, "2026-11-03 20:59");
  assert_sent_count (f, 1);
  g_assert_cmpint (count_rows (f->db, "state = 'delivered'"), ==, 1);
}

static void
test_promise_due_with_time (Fixture       *f,
                            gconstpointer  data)
{
  add_promise (f->db, f->alex, "mentor", "Introduce Alex to Dana", "2026-11-03", "14:30",
               local_at (NULL, "2026-11-01 10:00"));

  check_at (f, "2026-11-03 08:00");
  check_at (f, "2026-11-03 14:29");
  assert_sent_count (f, 0);

  check_at (f, "2026-11-03 14:30");
  assert_sent_count (f, 1);
  g_assert_cmpstr (sent (f, 0)->body, ==, "You promised Alex this on 1 Nov · due today at 14:30");
  g_assert_true (g_str_has_suffix (sent (f, 0)->key, ":2026-11-03T14:30"));

  /* A different morning hour does not make it a new reminder. */
  rapport_scheduler_set_morning_hour (f->scheduler, 10);
  check_at (f, "2026-11-03 15:00");
  assert_sent_count (f, 1);
}

static void
test_overdue_once_a_day (Fixture       *f,
                         gconstpointer  data)
{
  gint64 book, intro;

  book = add_promise (f->db, f->alex, "mentor", "Send the book list", "2026-11-03", NULL, 0);
  intro = add_promise (f->db, f->alex, "mentor", "Introduce Alex to Dana", "2026-11-03", NULL, 0);

  check_at (f, "2026-11-03 08:00");
  assert_sent_count (f, 2);

  /* The next day: one grouped reminder at the morning hour, no more. */
  check_at (f, "2026-11-04 07:59");
  assert_sent_count (f, 2);
  check_at (f, "2026-11-04 08:00");
  assert_sent_count (f, 3);
  g_assert_cmpstr (sent (f, 2)->key, ==, "overdue:2026-11-04");
  g_assert_cmpstr (sent (f, 2)->summary, ==, "2 promises of yours are overdue");
  g_assert_cmpstr (sent (f, 2)->body, ==, "Send the book list (Alex)\nIntroduce Alex to Dana (Alex)");
  for (int hour = 9; hour < 21; hour++)
    {
      g_autofree char *at = g_strdup_printf ("2026-11-04 %02d:00", hour);
      check_at (f, at);
    }
  assert_sent_count (f, 3);

  /* The individual reminders are not repeated. */
  g_assert_cmpint (count_rows (f->db, "delivery_key LIKE 'commitment:%'"), ==, 2);

  /* Kept promises leave the group; with none left there is no reminder. */
  complete_promise (f->db, book);
  check_at (f, "2026-11-05 08:00");
  assert_sent_count (f, 4);
  g_assert_cmpstr (sent (f, 3)->summary, ==, "1 promise of yours is overdue");
  g_assert_cmpstr (sent (f, 3)->body, ==, "Introduce Alex to Dana (Alex)");

  complete_promise (f->db, intro);
  check_at (f, "2026-11-06 08:00");
  check_at (f, "2026-11-07 08:00");
  assert_sent_count (f, 4);
}

static void
test_check_in_thresholds (Fixture       *f,
                          gconstpointer  data)
{
  add_session (f->db, f->alex, local_at (NULL, "2026-10-01 10:00"), "held");
  /* A cancelled meeting does not reset the rhythm. */
  add_session (f->db, f->alex, local_at (NULL, "2026-10-10 10:00"), "cancelled-by-me");

  check_at (f, "2026-10-14 12:00");
  check_at (f, "2026-10-15 07:59");
  assert_sent_count (f, 0);

  check_at (f, "2026-10-15 08:00");
  assert_sent_count (f, 1);
  g_assert_cmpstr (sent (f, 0)->summary, ==, "Time to check in with Alex");
  g_assert_cmpstr (sent (f, 0)->body, ==, "Your last meeting was 14 days ago");
  g_assert_cmpint (sent (f, 0)->urgency, ==, RAPPORT_NOTIFIER_URGENCY_LOW);

  /* Once per crossing. */
  check_at (f, "2026-10-20 12:00");
  check_at (f, "2026-10-29 07:59");
  assert_sent_count (f, 1);

  check_at (f, "2026-10-29 08:00");
  assert_sent_count (f, 2);
  g_assert_cmpstr (sent (f, 1)->summary, ==, "It has been too long since you met Alex");
  g_assert_cmpstr (sent (f, 1)->body, ==, "Your last meeting was 28 days ago");
  check_at (f, "2026-11-20 12:00");
  assert_sent_count (f, 2);

  /* A held meeting restarts the rhythm from that meeting. */
  add_session (f->db, f->alex, local_at (NULL, "2026-11-21 10:00"), "held");
  check_at (f, "2026-11-22 12:00");
  check_at (f, "2026-12-05 07:59");
  assert_sent_count (f, 2);
  check_at (f, "2026-12-05 08:00");
  assert_sent_count (f, 3);
  g_assert_cmpstr (sent (f, 2)->summary, ==, "Time to check in with Alex");
}

static void
test_check_in_both_missed_once (Fixture       *f,
                                gconstpointer  data)
{
  /* Away past both thresholds: only the stronger one is said. */
  add_session (f->db, f->alex, local_at (NULL, "2026-09-01 10:00"), "held");
  check_at (f, "2026-11-01 12:00");
  assert_sent_count (f, 1);
  g_assert_cmpstr (sent (f, 0)->summary, ==, "It has been too long since you met Alex");
}

static void
test_meeting_lead_time (Fixture       *f,
                        gconstpointer  data)
{
  const char * const actions[] = { "prepare", "Prepare", "default", "Open", NULL };

  add_session (f->db, f->alex, local_at (NULL, "2026-11-03 14:00"), "planned");
  add_promise (f->db, f->alex, "mentor", "Send the book list", "2026-11-20", NULL, 0);
  add_promise (f->db, f->alex, "mentor", "Find a course", "2026-11-21", NULL, 0);

  check_at (f, "2026-11-03 12:59");
  assert_sent_count (f, 0);
  check_at (f, "2026-11-03 13:00");
  assert_sent_count (f, 1);
  g_assert_cmpstr (sent (f, 0)->summary, ==, "Meeting with Alex at 14:00");
  g_assert_cmpstr (sent (f, 0)->body, ==, "2 promises of yours are open");
  g_assert_cmpstrv (sent (f, 0)->actions, actions);
  g_assert_cmpint (sent (f, 0)->urgency, ==, RAPPORT_NOTIFIER_URGENCY_CRITICAL);

  check_at (f, "2026-11-03 13:30");
  check_at (f, "2026-11-03 14:30");
  assert_sent_count (f, 1);

  /* A shorter lead time from the preferences. */
  add_session (f->db, f->alex, local_at (NULL, "2026-11-04 09:00"), "planned");
  rapport_scheduler_set_meeting_lead_minutes (f->scheduler, 15);
  check_at (f, "2026-11-04 08:44");
  assert_sent_count (f, 1);
  check_at (f, "2026-11-04 08:45");
  assert_sent_count (f, 2);
  g_assert_cmpstr (sent (f, 1)->summary, ==, "Meeting with Alex at 09:00");
}

static void
test_quiet_hours (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GDateTime) late = NULL;
  gint64 slides;

  slides = add_promise (f->db, f->alex, "mentor", "Send the slides", "2026-11-03", "22:30", 0);

  check_at (f, "2026-11-03 22:30");
  check_at (f, "2026-11-04 02:00");
  check_at (f, "2026-11-04 07:59");
  assert_sent_count (f, 0);
  g_assert_cmpint (count_rows (f->db, "state = 'pending'"), ==, 1);

  check_at (f, "2026-11-04 08:00");
  assert_sent_count (f, 1);
  g_assert_cmpstr (sent (f, 0)->body, ==, "You promised Alex this on 1 Jan · due yesterday");

  /* Not followed by an overdue reminder the same morning. */
  check_at (f, "2026-11-04 09:00");
  assert_sent_count (f, 1);

  /* Quiet hours can be turned off or moved. */
  rapport_scheduler_set_quiet_hours_enabled (f->scheduler, FALSE);
  late = g_date_time_new_from_unix_utc (local_at (NULL, "2026-11-04 23:00"));
  g_assert_false (rapport_scheduler_is_quiet_time (f->scheduler, late));
  rapport_scheduler_set_quiet_hours_enabled (f->scheduler, TRUE);
  rapport_scheduler_set_quiet_start (f->scheduler, "12:00");
  rapport_scheduler_set_quiet_end (f->scheduler, "13:00");
  complete_promise (f->db, slides);
  add_promise (f->db, f->alex, "mentor", "Lunch list", "2026-11-05", "12:10", 0);
  check_at (f, "2026-11-05 12:30");
  assert_sent_count (f, 1);
  check_at (f, "2026-11-05 13:00");
  assert_sent_count (f, 2);
}

static void
test_dst_spring_forward (Fixture       *f,
                         gconstpointer  data)
{
  /* Europe/Berlin, 29 March 2026: 02:00 CET becomes 03:00 CEST (01:00 UTC).
   * A promise due at 02:30, a time that does not exist that night, falls
   * due once the clock has passed it. */
  gint64 night, morning;

  rapport_scheduler_set_quiet_hours_enabled (f->scheduler, FALSE);
  night = add_promise (f->db, f->alex, "mentor", "Night task", "2026-03-29", "02:30", 0);

  morning = add_promise (f->db, f->alex, "mentor", "Morning task", "2026-03-30", NULL, 0);
  add_session (f->db, f->alex, local_at (NULL, "2026-03-20 10:00"), "held");

  for (gint64 t = utc_at ("2026-03-28 23:00"); t < utc_at ("2026-03-29 01:00"); t += 600)
    {
      rapport_fake_clock_set_now (f->clock, t);
      g_assert_true (rapport_scheduler_check (f->scheduler, NULL));
    }
  assert_sent_count (f, 0);
  check_at_utc (f, "2026-03-29 01:00");
  assert_sent_count (f, 1);
  g_assert_cmpstr (sent (f, 0)->summary, ==, "Night task");
  for (gint64 t = utc_at ("2026-03-29 01:00"); t < utc_at ("2026-03-29 05:00"); t += 600)
    {
      rapport_fake_clock_set_now (f->clock, t);
      g_assert_true (rapport_scheduler_check (f->scheduler, NULL));
    }
  assert_sent_count (f, 1);
  complete_promise (f->db, night);

  /* 08:00 the next day is 06:00 UTC in summer time, not 07:00. */
  check_at_utc (f, "2026-03-30 05:59");
  assert_sent_count (f, 1);
  check_at_utc (f, "2026-03-30 06:00");
  assert_sent_count (f, 2);
  g_assert_cmpstr (sent (f, 1)->summary, ==, "Morning task");
  complete_promise (f->db, morning);

  /* 14 days after a meeting in winter time is 08:00 summer time. */
  check_at_utc (f, "2026-04-03 05:59");
  assert_sent_count (f, 2);
  check_at_utc (f, "2026-04-03 06:00");
  assert_sent_count (f, 3);
  g_assert_cmpstr (sent (f, 2)->body, ==, "Your last meeting was 14 days ago");
}

static void
test_dst_fall_back (Fixture       *f,
                    gconstpointer  data)
{
  /* Europe/Berlin, 25 October 2026: 03:00 CEST becomes 02:00 CET, so 02:30
   * happens twice. The reminder comes once. */
  gint64 twice;

  rapport_scheduler_set_quiet_hours_enabled (f->scheduler, FALSE);
  twice = add_promise (f->db, f->alex, "mentor", "Twice-lived task", "2026-10-25", "02:30", 0);

  add_promise (f->db, f->alex, "mentor", "Morning task", "2026-10-26", NULL, 0);

  for (gint64 t = utc_at ("2026-10-24 22:00"); t < utc_at ("2026-10-25 04:00"); t += 300)
    {
      rapport_fake_clock_set_now (f->clock, t);
      g_assert_true (rapport_scheduler_check (f->scheduler, NULL));
    }
  assert_sent_count (f, 1);
  g_assert_cmpstr (sent (f, 0)->summary, ==, "Twice-lived task");
  complete_promise (f->db, twice);

  /* 08:00 the next day is 07:00 UTC in winter time. */
  check_at_utc (f, "2026-10-26 06:59");
  assert_sent_count (f, 1);
  check_at_utc (f, "2026-10-26 07:00");
  assert_sent_count (f, 2);
}

static void
test_suspend_jump (Fixture       *f,
                   gconstpointer  data)
{
  add_promise (f->db, f->alex, "mentor", "Send the slides", "2026-11-03", "10:00", 0);
  add_session (f->db, f->alex, local_at (NULL, "2026-11-03 13:30"), "planned");
  add_session (f->db, f->alex, local_at (NULL, "2026-11-03 11:00"), "planned");

  rapport_fake_clock_set_now (f->clock, local_at (NULL, "2026-11-03 09:00"));
  rapport_scheduler_start (f->scheduler);
  assert_sent_count (f, 0);

  /* The laptop sleeps four hours; on resume the wall clock has jumped.
   * The clock's signal alone brings the reminders, with no tick. The 11:00
   * meeting is over and is not announced late. */
  rapport_fake_clock_jump (f->clock, 4 * 3600);
  assert_sent_count (f, 2);
  g_assert_cmpstr (sent (f, 0)->summary, ==, "Send the slides");
  g_assert_cmpstr (sent (f, 1)->summary, ==, "Meeting with Alex at 13:30");

  rapport_fake_clock_jump (f->clock, 60);
  assert_sent_count (f, 2);
}

static void
test_timezone_change (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GTimeZone) tokyo = g_time_zone_new_identifier ("Asia/Tokyo");

  add_promise (f->db, f->alex, "mentor", "Send the slides", "2026-11-03", NULL, 0);
  rapport_fake_clock_set_now (f->clock, local_at (NULL, "2026-11-03 06:30"));
  rapport_scheduler_start (f->scheduler);
  assert_sent_count (f, 0);

  /* Flying east: it is already mid-afternoon on the due date there. */
  rapport_fake_clock_set_timezone (f->clock, tokyo);
  assert_sent_count (f, 1);
  g_assert_cmpstr (sent (f, 0)->summary, ==, "Send the slides");
}

static void
test_restart_summary (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(RapportScheduler) second = NULL;
  const char * const actions[] = { "default", "Open Today", NULL };

  for (int i = 0; i < 5; i++)
    {
      g_autofree char *title = g_strdup_printf ("Promise %d", i);
      add_promise (f->db, f->alex, "mentor", title, "2026-11-02", NULL, 0);
    }
  add_session (f->db, f->alex, local_at (NULL, "2026-10-01 10:00"), "held");

  /* Rapport was closed over all of these. */
  rapport_fake_clock_set_now (f->clock, local_at (NULL, "2026-11-03 10:00"));
  rapport_scheduler_start (f->scheduler);
  assert_sent_count (f, 1);
  g_assert_cmpstr (sent (f, 0)->summary, ==, "6 reminders were due while Rapport was closed");
  g_assert_cmpstrv (sent (f, 0)->actions, actions);
  g_assert_cmpint (count_rows (f->db, "state = 'delivered'"), ==, 6);

  /* Once: not again on the tick, nor after another restart. */
  g_assert_true (rapport_scheduler_check (f->scheduler, NULL));
  rapport_scheduler_stop (f->scheduler);
  second = rapport_scheduler_new (f->db, RAPPORT_CLOCK (f->clock), RAPPORT_NOTIFIER (f->notifier));
  rapport_scheduler_start (second);
  assert_sent_count (f, 1);
  rapport_scheduler_stop (second);
}

static void
test_restart_few_missed (Fixture       *f,
                         gconstpointer  data)
{
  for (int i = 0; i < RAPPORT_SCHEDULER_SUMMARY_THRESHOLD; i++)
    {
      g_autofree char *title = g_strdup_printf ("Promise %d", i);
      add_promise (f->db, f->alex, "mentor", title, "2026-11-02", NULL, 0);
    }

  rapport_fake_clock_set_now (f->clock, local_at (NULL, "2026-11-02 18:00"));
  rapport_scheduler_start (f->scheduler);
  assert_sent_count (f, RAPPORT_SCHEDULER_SUMMARY_THRESHOLD);
  g_assert_cmpstr (sent (f, 0)->summary, ==, "Promise 0");
}

static void
test_snooze (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;

  add_promise (f->db, f->alex, "mentor", "Send the slides", "2026-11-03", NULL, 0);
  check_at (f, "2026-11-03 08:00");
  assert_sent_count (f, 1);
  key = g_strdup (sent (f, 0)->key);

  rapport_fake_clock_set_now (f->clock, local_at (NULL, "2026-11-03 09:15"));
  g_assert_true (rapport_scheduler_handle_action (f->scheduler, key, "snooze", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f->db, "state = 'snoozed'"), ==, 1);
  g_assert_cmpuint (f->notifier->withdrawn->len, ==, 1);

  check_at (f, "2026-11-03 20:00");
  check_at (f, "2026-11-04 07:59");
  assert_sent_count (f, 1);

  /* Back the next morning, with the same key, replacing the first. */
  check_at (f, "2026-11-04 08:00");
  assert_sent_count (f, 2);
  g_assert_cmpstr (sent (f, 1)->key, ==, key);
  g_assert_cmpuint (sent (f, 1)->replaces_id, ==, sent (f, 0)->id);
  g_assert_cmpstr (sent (f, 1)->body, ==, "You promised Alex this on 1 Jan · due yesterday");

  /* And not also in that morning's overdue group. */
  check_at (f, "2026-11-04 12:00");
  assert_sent_count (f, 2);
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

static void
test_done_action (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;
  gint64 id;

  id = add_promise (f->db, f->alex, "mentor", "Send the slides", "2026-11-03", NULL, 0);
  g_signal_connect (f->scheduler, "complete-promise", G_CALLBACK (complete_promise_cb), f);

  check_at (f, "2026-11-03 08:00");
  key = g_strdup (sent (f, 0)->key);
  g_assert_true (rapport_scheduler_handle_action (f->scheduler, key, "done", NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpint (count_rows (f->db, "state = 'acknowledged'"), ==, 1);
  g_assert_cmpstr (g_ptr_array_index (f->notifier->withdrawn, 0), ==, key);
  {
    g_autofree char *where = g_strdup_printf ("subject_id = %" G_GINT64_FORMAT, id);
    g_assert_cmpint (count_rows (f->db, where), ==, 1);
  }

  /* Kept: no overdue reminder tomorrow. */
  check_at (f, "2026-11-04 08:00");
  assert_sent_count (f, 1);
}

static void
activate_cb (RapportScheduler *scheduler,
             const char       *kind,
             gint64            subject_id,
             gint64            mentee_id,
             const char       *action,
             const char       *token,
             gpointer          user_data)
{
  GString *log = user_data;

  g_string_append_printf (log, "%s:%" G_GINT64_FORMAT ":%s;", kind, subject_id, action);
}

static void
test_open_actions (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GString) log = g_string_new (NULL);
  g_autofree char *expected = NULL;
  gint64 meeting;

  meeting = add_session (f->db, f->alex, local_at (NULL, "2026-11-03 14:00"), "planned");
  g_signal_connect (f->scheduler, "activate", G_CALLBACK (activate_cb), log);

  check_at (f, "2026-11-03 13:00");
  assert_sent_count (f, 1);

  /* Prepare and the default action open the meeting. */
  g_assert_true (rapport_scheduler_handle_action (f->scheduler, sent (f, 0)->key, "prepare",
                                                  "token-1", NULL));
  expected = g_strdup_printf ("meeting:%" G_GINT64_FORMAT ":prepare;", meeting);
  g_assert_cmpstr (log->str, ==, expected);
  g_assert_cmpint (count_rows (f->db, "state = 'acknowledged'"), ==, 1);

  /* A summary opens Today. */
  g_string_truncate (log, 0);
  g_assert_true (rapport_scheduler_handle_action (f->scheduler, "summary:1", "default", NULL, NULL));
  g_assert_cmpstr (log->str, ==, "today:0:default;");
}

static void
test_editing_withdraws (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *sql = NULL;
  gint64 kept, moved, deleted;

  kept = add_promise (f->db, f->alex, "mentor", "Kept in the evening", "2026-11-03", "22:00", 0);
  moved = add_promise (f->db, f->alex, "mentor", "Moved", "2026-11-03", "22:00", 0);
  deleted = add_promise (f->db, f->alex, "mentor", "Deleted", "2026-11-03", "22:00", 0);

  /* Due inside the quiet hours: pending until the morning. */
  check_at (f, "2026-11-03 22:30");
  g_assert_cmpint (count_rows (f->db, "state = 'pending'"), ==, 3);

  complete_promise (f->db, kept);
  sql = g_strdup_printf ("UPDATE commitments SET due_date = '2026-11-05', due_time = NULL"
                         " WHERE id = %" G_GINT64_FORMAT, moved);
  exec_sql (f->db, sql);
  g_free (sql);
  sql = g_strdup_printf ("UPDATE commitments SET deleted_at = 1 WHERE id = %" G_GINT64_FORMAT, deleted);
  exec_sql (f->db, sql);

  check_at (f, "2026-11-03 23:00");
  g_assert_cmpint (count_rows (f->db, "state = 'cancelled'"), ==, 3);
  check_at (f, "2026-11-04 08:00");
  assert_sent_count (f, 0);

  /* The renegotiated date is reminded on its new day, under a new key. */
  check_at (f, "2026-11-05 08:00");
  assert_sent_count (f, 1);
  g_assert_cmpstr (sent (f, 0)->summary, ==, "Moved");
  g_assert_true (g_str_has_suffix (sent (f, 0)->key, ":2026-11-05"));

  /* A delivered reminder whose promise is kept is taken off the screen. */
  complete_promise (f->db, moved);
  check_at (f, "2026-11-05 09:00");
  g_assert_cmpuint (f->notifier->withdrawn->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (f->notifier->withdrawn, 0), ==, sent (f, 0)->key);

  /* Reopened before it was shown: the withdrawn reminder comes back. */
  sql = g_strdup_printf ("UPDATE commitments SET status = 'open', done_at = NULL"
                         " WHERE id = %" G_GINT64_FORMAT, kept);
  exec_sql (f->db, sql);
  check_at (f, "2026-11-05 10:00");
  assert_sent_count (f, 2);
  g_assert_cmpstr (sent (f, 1)->summary, ==, "Kept in the evening");
}

static void
test_failure_backoff (Fixture       *f,
                      gconstpointer  data)
{
  gint64 due = local_at (NULL, "2026-11-03 08:00");

  add_promise (f->db, f->alex, "mentor", "Send the slides", "2026-11-03", NULL, 0);
  f->notifier->fail = TRUE;

  check_at (f, "2026-11-03 08:00");
  g_assert_cmpuint (f->notifier->n_failed, ==, 1);
  g_assert_cmpint (count_rows (f->db, "state = 'pending' AND attempts = 1"), ==, 1);
  g_assert_cmpint (count_rows (f->db, "state = 'delivered'"), ==, 0);

  /* Not hammered: the next try waits 30 s, then 60 s, then 120 s. */
  rapport_fake_clock_set_now (f->clock, due + 29);
  g_assert_true (rapport_scheduler_check (f->scheduler, NULL));
  g_assert_cmpuint (f->notifier->n_failed, ==, 1);
  rapport_fake_clock_set_now (f->clock, due + 30);
  g_assert_true (rapport_scheduler_check (f->scheduler, NULL));
  g_assert_cmpuint (f->notifier->n_failed, ==, 2);
  rapport_fake_clock_set_now (f->clock, due + 89);
  g_assert_true (rapport_scheduler_check (f->scheduler, NULL));
  g_assert_cmpuint (f->notifier->n_failed, ==, 2);
  rapport_fake_clock_set_now (f->clock, due + 90);
  g_assert_true (rapport_scheduler_check (f->scheduler, NULL));
  g_assert_cmpuint (f->notifier->n_failed, ==, 3);
  g_assert_cmpint (rapport_store_reminders_backoff (3), ==, 120);
  g_assert_cmpint (rapport_store_reminders_backoff (20), ==, 3600);

  /* The server is back: delivered once. */
  f->notifier->fail = FALSE;
  rapport_fake_clock_set_now (f->clock, due + 210);
  g_assert_true (rapport_scheduler_check (f->scheduler, NULL));
  assert_sent_count (f, 1);
  g_assert_cmpint (count_rows (f->db, "state = 'delivered' AND attempts = 4"), ==, 1);
  check_at (f, "2026-11-03 12:00");
  assert_sent_count (f, 1);
}

static void
test_show_details_off (Fixture       *f,
                       gconstpointer  data)
{
  add_promise (f->db, f->alex, "mentor", "Send Alex the book list", "2026-11-03", NULL, 0);
  add_session (f->db, f->alex, local_at (NULL, "2026-11-03 14:00"), "planned");
  rapport_scheduler_set_show_details (f->scheduler, FALSE);

  check_at (f, "2026-11-03 08:00");
  check_at (f, "2026-11-03 13:00");
  assert_sent_count (f, 2);
  g_assert_cmpstr (sent (f, 0)->summary, ==, "A promise is due");
  g_assert_cmpstr (sent (f, 0)->body, ==, "Open Rapport to see it.");
  g_assert_cmpstr (sent (f, 1)->summary, ==, "A meeting starts at 14:00");
  for (guint i = 0; i < 2; i++)
    {
      g_assert_null (strstr (sent (f, i)->summary, "Alex"));
      g_assert_null (strstr (sent (f, i)->body, "Alex"));
    }
}

static void
test_mentee_commitments (Fixture       *f,
                         gconstpointer  data)
{
  add_promise (f->db, f->alex, "mentee", "the CV draft", "2026-11-03", NULL,
               local_at (NULL, "2026-10-20 10:00"));

  check_at (f, "2026-11-03 08:00");
  assert_sent_count (f, 0);

  rapport_scheduler_set_remind_mentee_commitments (f->scheduler, TRUE);
  check_at (f, "2026-11-03 08:05");
  assert_sent_count (f, 1);
  g_assert_cmpstr (sent (f, 0)->summary, ==, "Ask Alex about the CV draft");
  g_assert_cmpstr (sent (f, 0)->body, ==, "Alex promised this on 20 Oct · due today");
}

static void
test_disabled (Fixture       *f,
               gconstpointer  data)
{
  add_promise (f->db, f->alex, "mentor", "Send the slides", "2026-11-03", NULL, 0);
  rapport_scheduler_set_enabled (f->scheduler, FALSE);
  check_at (f, "2026-11-03 08:00");
  assert_sent_count (f, 0);
  g_assert_cmpint (count_rows (f->db, "1"), ==, 0);

  rapport_scheduler_set_enabled (f->scheduler, TRUE);
  check_at (f, "2026-11-03 08:01");
  assert_sent_count (f, 1);
}

static void
test_archived_and_paused (Fixture       *f,
                          gconstpointer  data)
{
  gint64 sam = add_mentee (f->db, "Sam", 14, 28);
  gint64 kim = add_mentee (f->db, "Kim", 14, 28);

  add_session (f->db, sam, local_at (NULL, "2026-10-01 10:00"), "held");
  add_session (f->db, kim, local_at (NULL, "2026-10-01 10:00"), "held");
  add_promise (f->db, kim, "mentor", "Promise to Kim", "2026-11-03", NULL, 0);
  exec_sql (f->db, "UPDATE mentees SET status = 'paused' WHERE name = 'Sam'");
  exec_sql (f->db, "UPDATE mentees SET status = 'archived' WHERE name = 'Kim'");

  /* No check-ins for paused or archived mentees; no reminders for the
   * archived one's promises. */
  check_at (f, "2026-11-03 08:00");
  assert_sent_count (f, 0);
}

int
main (int   argc,
      char *argv[])
{
  rapport_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/rapport/scheduler/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("promise-due-date-only", test_promise_due_date_only);
  ADD ("promise-due-with-time", test_promise_due_with_time);
  ADD ("overdue-once-a-day", test_overdue_once_a_day);
  ADD ("check-in-thresholds", test_check_in_thresholds);
  ADD ("check-in-both-missed-once", test_check_in_both_missed_once);
  ADD ("meeting-lead-time", test_meeting_lead_time);
  ADD ("quiet-hours", test_quiet_hours);
  ADD ("dst-spring-forward", test_dst_spring_forward);
  ADD ("dst-fall-back", test_dst_fall_back);
  ADD ("suspend-jump", test_suspend_jump);
  ADD ("timezone-change", test_timezone_change);
  ADD ("restart-summary", test_restart_summary);
  ADD ("restart-few-missed", test_restart_few_missed);
  ADD ("snooze", test_snooze);
  ADD ("done-action", test_done_action);
  ADD ("open-actions", test_open_actions);
  ADD ("editing-withdraws", test_editing_withdraws);
  ADD ("failure-backoff", test_failure_backoff);
  ADD ("show-details-off", test_show_details_off);
  ADD ("mentee-commitments", test_mentee_commitments);
  ADD ("disabled", test_disabled);
  ADD ("archived-and-paused", test_archived_and_paused);

  return g_test_run ();
}
