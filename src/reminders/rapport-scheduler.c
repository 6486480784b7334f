/* rapport-scheduler.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-scheduler"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "rapport-date-input.h"
#include "rapport-scheduler.h"
#include "rapport-store-reminders.h"

/**
 * RapportScheduler:
 *
 * Decides when reminders are shown, from the notebook, the ledger and an
 * injected #RapportClock; shows them through a #RapportNotifier.
 *
 * GLib timeouts run on the monotonic clock, which stops during suspend, so
 * nothing is armed for "the due time". Instead a check compares the wall
 * clock with the notebook: at start, on a coarse tick, when the clock says
 * it changed, and on resume from suspend (logind's `PrepareForSleep`). A
 * check brings the ledger up to date, withdraws what is no longer true,
 * and — outside quiet hours — claims what is due, sends it, and marks it
 * delivered, or pending again with a backoff when it could not be shown.
 *
 * Settings are plain properties; the application binds them to GSettings.
 */
struct _RapportScheduler
{
  GObject           parent_instance;

  /* Owned references */
  RapportDatabase  *database;
  RapportClock     *clock;
  RapportNotifier  *notifier;
  GDBusConnection  *system_bus;
  GCancellable     *cancellable;
  char             *quiet_start;
  char             *quiet_end;

  /* State */
  guint             tick_source;
  guint             idle_source;
  guint             sleep_subscription;
  int               morning_hour;
  int               meeting_lead_minutes;
  int               snooze_until_hour;
  guint             enabled : 1;
  guint             quiet_hours_enabled : 1;
  guint             show_details : 1;
  guint             remind_mentee_commitments : 1;
  guint             started : 1;
  guint             summarize_next : 1;
};

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_CLOCK,
  PROP_NOTIFIER,
  PROP_ENABLED,
  PROP_MORNING_HOUR,
  PROP_MEETING_LEAD_MINUTES,
  PROP_QUIET_HOURS_ENABLED,
  PROP_QUIET_START,
  PROP_QUIET_END,
  PROP_SHOW_DETAILS,
  PROP_REMIND_MENTEE_COMMITMENTS,
  PROP_SNOOZE_UNTIL_HOUR,
  N_PROPS
};

enum {
  COMPLETE_PROMISE,
  ACTIVATE,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (RapportScheduler, rapport_scheduler, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Helpers */

static int
parse_hh_mm (const char *text,
             int         fallback)
{
  int h, m;

  if (!rapport_time_parse (text, &h, &m))
    return fallback;

  return h * 60 + m;
}

static char *
format_day_month (GDateTime *dt)
{
  /* Translators: a short date in a notification, "3 Nov"; see g_date_time_format() */
  return g_date_time_format (dt, _("%-d %b"));
}

static char *
format_time (GDateTime *dt)
{
  /* Translators: a time of day in a notification, "14:00"; see g_date_time_format() */
  return g_date_time_format (dt, _("%H:%M"));
}

static GDateTime *
local_from_unix (RapportScheduler *self,
                 gint64            instant)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (instant);

  return g_date_time_to_timezone (utc, rapport_clock_get_timezone (self->clock));
}

/* Whole local calendar days from @from to @to (negative when @to is earlier). */
static int
days_between (GDateTime *from,
              GDateTime *to)
{
  g_autoptr(GDate) a = g_date_new_dmy (g_date_time_get_day_of_month (from),
                                       g_date_time_get_month (from),
                                       g_date_time_get_year (from));
  g_autoptr(GDate) b = g_date_new_dmy (g_date_time_get_day_of_month (to),
                                       g_date_time_get_month (to),
                                       g_date_time_get_year (to));

  return g_date_days_between (a, b);
}

static char *
describe_due (RapportScheduler     *self,
              RapportStoreReminder *r,
              GDateTime            *now_local)
{
  g_autoptr(GDateTime) due = local_from_unix (self, r->due_at);
  int days = days_between (due, now_local);

  if (days <= 0)
    {
      if (r->due_time != NULL)
        /* Translators: %s is a time of day */
        return g_strdup_printf (_("due today at %s"), r->due_time);
      return g_strdup (_("due today"));
    }
  if (days == 1)
    return g_strdup (_("due yesterday"));

  return g_strdup_printf (ngettext ("due %d day ago", "due %d days ago", days), days);
}

typedef struct
{
  char                   *summary;
  char                   *body;
  RapportNotifierUrgency  urgency;
  const char * const     *actions;
} Text;

static void
text_clear (Text *text)
{
  g_clear_pointer (&text->summary, g_free);
  g_clear_pointer (&text->body, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Text, text_clear)

/* The words of a notification. With "show details" off nothing names a
 * person or a promise: a notification can be read over the mentor's
 * shoulder or on a locked screen. */
static void
compose (RapportScheduler     *self,
         RapportStoreReminder *r,
         GDateTime            *now_local,
         Text                 *text)
{
  static const char *promise_actions[7];
  static const char *meeting_actions[5];
  static const char *open_actions[3];
  const char *name = r->mentee_name != NULL ? r->mentee_name : "";
  const char *kind = r->subject_kind;

  promise_actions[0] = "done";    promise_actions[1] = _("Done");
  promise_actions[2] = "snooze";  promise_actions[3] = _("Snooze");
  promise_actions[4] = "default"; promise_actions[5] = _("Open");
  promise_actions[6] = NULL;
  meeting_actions[0] = "prepare"; meeting_actions[1] = _("Prepare");
  meeting_actions[2] = "default"; meeting_actions[3] = _("Open");
  meeting_actions[4] = NULL;
  open_actions[0] = "default";    open_actions[1] = _("Open");
  open_actions[2] = NULL;

  text->actions = open_actions;
  text->urgency = RAPPORT_NOTIFIER_URGENCY_NORMAL;

  if (g_strcmp0 (kind, "commitment") == 0)
    {
      g_autoptr(GDateTime) promised = local_from_unix (self, r->promised_at);
      g_autofree char *promised_on = format_day_month (promised);
      g_autofree char *due = describe_due (self, r, now_local);

      text->actions = promise_actions;
      if (self->show_details)
        {
          text->summary = g_strdup (r->title);
          /* Translators: "You promised Alex this on 3 Nov · due today" */
          text->body = g_strdup_printf (_("You promised %s this on %s · %s"), name, promised_on, due);
        }
      else
        {
          text->summary = g_strdup (_("A promise is due"));
          text->body = g_strdup (_("Open Rapport to see it."));
        }
    }
  else if (g_strcmp0 (kind, "mentee-commitment") == 0)
    {
      g_autoptr(GDateTime) promised = local_from_unix (self, r->promised_at);
      g_autofree char *promised_on = format_day_month (promised);
      g_autofree char *due = describe_due (self, r, now_local);

      text->urgency = RAPPORT_NOTIFIER_URGENCY_LOW;
      if (self->show_details)
        {
          /* Translators: "Ask Alex about the CV draft"; the second %s is what they promised */
          text->summary = g_strdup_printf (_("Ask %s about %s"), name, r->title);
          /* Translators: "Alex promised this on 3 Nov · due today" */
          text->body = g_strdup_printf (_("%s promised this on %s · %s"), name, promised_on, due);
        }
      else
        {
          text->summary = g_strdup (_("A mentee’s commitment is due"));
          text->body = g_strdup (_("Open Rapport to see it."));
        }
    }
  else if (g_strcmp0 (kind, "overdue") == 0)
    {
      guint n = r->open_promises;

      text->summary = g_strdup_printf (ngettext ("%u promise of yours is overdue",
                                                 "%u promises of yours are overdue", n), n);
      if (self->show_details && r->overdue_titles != NULL && r->overdue_titles[0] != NULL)
        {
          g_autoptr(GString) body = g_string_new (NULL);

          for (guint i = 0; i < n && i < 3; i++)
            {
              if (i > 0)
                g_string_append (body, "\n");
              g_string_append (body, r->overdue_titles[i]);
            }
          if (n > 3)
            {
              g_string_append (body, "\n");
              g_string_append_printf (body, ngettext ("and %u more", "and %u more", n - 3), n - 3);
            }
          text->body = g_string_free (g_steal_pointer (&body), FALSE);
        }
      else
        text->body = g_strdup (_("Open Today in Rapport to see them."));
    }
  else if (g_strcmp0 (kind, "check-in-due") == 0 || g_strcmp0 (kind, "check-in-overdue") == 0)
    {
      gboolean overdue = g_strcmp0 (kind, "check-in-overdue") == 0;
      g_autoptr(GDateTime) held = local_from_unix (self, r->last_held_at);
      int days = days_between (held, now_local);

      text->urgency = overdue ? RAPPORT_NOTIFIER_URGENCY_NORMAL : RAPPORT_NOTIFIER_URGENCY_LOW;
      if (self->show_details)
        {
          if (overdue)
            text->summary = g_strdup_printf (_("It has been too long since you met %s"), name);
          else
            text->summary = g_strdup_printf (_("Time to check in with %s"), name);
          text->body = g_strdup_printf (ngettext ("Your last meeting was %d day ago",
                                                  "Your last meeting was %d days ago", days), days);
        }
      else
        {
          text->summary = g_strdup (overdue ? _("A check-in is overdue") : _("A check-in is due"));
          text->body = g_strdup (_("Open Rapport to see it."));
        }
    }
  else if (g_strcmp0 (kind, "meeting") == 0)
    {
      g_autoptr(GDateTime) starts = local_from_unix (self, r->starts_at);
      g_autofree char *at = format_time (starts);
      int n = r->open_promises;

      text->actions = meeting_actions;
      text->urgency = RAPPORT_NOTIFIER_URGENCY_CRITICAL;
      if (self->show_details)
        {
          /* Translators: "Meeting with Alex at 14:00" */
          text->summary = g_strdup_printf (_("Meeting with %s at %s"), name, at);
          if (n > 0)
            text->body = g_strdup_printf (ngettext ("%d promise of yours is open",
                                                    "%d promises of yours are open", n), n);
          else
            text->body = g_strdup (_("No promises of yours are open"));
        }
      else
        {
          /* Translators: %s is a time of day */
          text->summary = g_strdup_printf (_("A meeting starts at %s"), at);
          text->body = g_strdup (_("Open Rapport to prepare."));
        }
    }
  else
    {
      text->summary = g_strdup (_("A reminder is due"));
      text->body = g_strdup (_("Open Rapport to see it."));
    }
}

static RapportReminderPolicy
get_policy (RapportScheduler *self)
{
  RapportReminderPolicy policy = {
    .morning_hour = self->morning_hour,
    .meeting_lead_minutes = self->meeting_lead_minutes,
    .mentee_commitments = self->remind_mentee_commitments,
  };

  return policy;
}

static gboolean
send_one (RapportScheduler     *self,
          RapportStoreReminder *r,
          GDateTime            *now_local,
          gint64                now,
          GError              **error)
{
  g_auto(Text) text = { 0 };
  g_autoptr(GError) send_error = NULL;
  RapportNotification n = { 0 };
  guint32 id = 0;

  compose (self, r, now_local, &text);
  n.key = r->delivery_key;
  n.summary = text.summary;
  n.body = text.body;
  n.urgency = text.urgency;
  n.actions = text.actions;
  n.replaces_id = r->notification_id;

  if (rapport_notifier_send (self->notifier, &n, &id, &send_error))
    return rapport_store_reminders_mark_delivered (self->database, r->id, id, now, error);

  g_debug ("Reminder %s not delivered (attempt %d): %s",
           r->delivery_key, r->attempts, send_error->message);
  return rapport_store_reminders_mark_failed (self->database, r->id, now, error);
}

/* Many reminders missed while Rapport was not running become one
 * notification that leads to the Today view, which lists them all. */
static gboolean
send_summary (RapportScheduler  *self,
              GPtrArray         *claimed,
              gint64             now,
              gboolean          *delivered,
              GError           **error)
{
  static const char *actions[3];
  g_autofree char *key = g_strdup_printf ("summary:%" G_GINT64_FORMAT, now);
  g_autofree char *summary = NULL;
  g_autoptr(GError) send_error = NULL;
  RapportNotification n = { 0 };
  guint32 id = 0;
  gboolean ok;

  actions[0] = "default";
  actions[1] = _("Open Today");
  actions[2] = NULL;

  summary = g_strdup_printf (ngettext ("%u reminder was due while Rapport was closed",
                                       "%u reminders were due while Rapport was closed",
                                       claimed->len),
                             claimed->len);
  n.key = key;
  n.summary = summary;
  n.body = _("Today in Rapport lists them.");
  n.urgency = RAPPORT_NOTIFIER_URGENCY_NORMAL;
  n.actions = actions;

  ok = rapport_notifier_send (self->notifier, &n, &id, &send_error);
  if (!ok)
    g_debug ("Summary not delivered: %s", send_error->message);
  *delivered = ok;

  for (guint i = 0; i < claimed->len; i++)
    {
      RapportStoreReminder *r = g_ptr_array_index (claimed, i);
      gboolean marked;

      if (ok)
        marked = rapport_store_reminders_mark_delivered (self->database, r->id, 0, now, error);
      else
        marked = rapport_store_reminders_mark_failed (self->database, r->id, now, error);
      if (!marked)
        return FALSE;
    }

  return TRUE;
}

static gboolean
check_full (RapportScheduler  *self,
            GError           **error)
{
  g_autoptr(GPtrArray) withdrawn = NULL;
  g_autoptr(GPtrArray) claimed = NULL;
  g_autoptr(GDateTime) now_local = NULL;
  RapportReminderPolicy policy;
  GTimeZone *tz;
  gint64 now;

  /* A notebook opened read-only (written by a newer Rapport) cannot keep
   * a ledger, and reminding without one could remind twice. */
  if (!self->enabled || rapport_database_is_read_only (self->database))
    return TRUE;

  now = rapport_clock_get_now (self->clock);
  tz = rapport_clock_get_timezone (self->clock);
  now_local = rapport_clock_get_now_local (self->clock);
  policy = get_policy (self);

  if (!rapport_store_reminders_sync (self->database, &policy, now, tz, &withdrawn, error))
    return FALSE;

  for (guint i = 0; i < withdrawn->len; i++)
    rapport_notifier_withdraw (self->notifier, g_ptr_array_index (withdrawn, i));

  if (rapport_scheduler_is_quiet_time (self, now_local))
    return TRUE;

  if (!(claimed = rapport_store_reminders_claim (self->database, now, tz, error)))
    return FALSE;

  if (self->summarize_next && claimed->len > RAPPORT_SCHEDULER_SUMMARY_THRESHOLD)
    {
      gboolean delivered = FALSE;

      if (!send_summary (self, claimed, now, &delivered, error))
        return FALSE;
      /* A summary that could not be shown is tried again as a summary. */
      self->summarize_next = !delivered;
      return TRUE;
    }

  self->summarize_next = FALSE;

  for (guint i = 0; i < claimed->len; i++)
    {
      if (!send_one (self, g_ptr_array_index (claimed, i), now_local, now, error))
        return FALSE;
    }

  return TRUE;
}

static void
check_quietly (RapportScheduler *self)
{
  g_autoptr(GError) error = NULL;

  if (!rapport_scheduler_check (self, &error))
    g_warning ("Could not check the reminders: %s", error->message);
}

static gboolean
idle_check_cb (gpointer user_data)
{
  RapportScheduler *self = user_data;

  self->idle_source = 0;
  check_quietly (self);

  return G_SOURCE_REMOVE;
}

static void
queue_check (RapportScheduler *self)
{
  if (self->started && self->idle_source == 0)
    self->idle_source = g_idle_add (idle_check_cb, self);
}

static gint64
next_snooze_end (RapportScheduler *self)
{
  g_autoptr(GDateTime) now = rapport_clock_get_now_local (self->clock);
  g_autoptr(GDateTime) today = NULL;
  g_autoptr(GDateTime) tomorrow = NULL;
  g_autoptr(GDateTime) end = NULL;

  today = g_date_time_new (g_date_time_get_timezone (now), g_date_time_get_year (now),
                           g_date_time_get_month (now), g_date_time_get_day_of_month (now),
                           self->snooze_until_hour, 0, 0);
  if (g_date_time_to_unix (today) > g_date_time_to_unix (now))
    return g_date_time_to_unix (today);

  /* Noon tomorrow, then the hour: adding a day to noon is safe across DST. */
  g_clear_pointer (&today, g_date_time_unref);
  today = g_date_time_new (g_date_time_get_timezone (now), g_date_time_get_year (now),
                           g_date_time_get_month (now), g_date_time_get_day_of_month (now),
                           12, 0, 0);
  tomorrow = g_date_time_add_days (today, 1);
  end = g_date_time_new (g_date_time_get_timezone (now), g_date_time_get_year (tomorrow),
                         g_date_time_get_month (tomorrow), g_date_time_get_day_of_month (tomorrow),
                         self->snooze_until_hour, 0, 0);

  return g_date_time_to_unix (end);
}

/* Callbacks */

static gboolean
tick_cb (gpointer user_data)
{
  check_quietly (RAPPORT_SCHEDULER (user_data));

  return G_SOURCE_CONTINUE;
}

static void
clock_changed_cb (RapportScheduler *self,
                  RapportClock     *clock)
{
  g_debug ("The clock changed: checking the reminders");
  check_quietly (self);
}

static void
action_invoked_cb (RapportScheduler *self,
                   const char       *key,
                   const char       *action,
                   const char       *activation_token,
                   RapportNotifier  *notifier)
{
  g_autoptr(GError) error = NULL;

  if (!rapport_scheduler_handle_action (self, key, action, activation_token, &error))
    g_warning ("Could not act on the reminder: %s", error->message);
}

static void
prepare_for_sleep_cb (GDBusConnection *connection,
                      const char      *sender_name,
                      const char      *object_path,
                      const char      *interface_name,
                      const char      *signal_name,
                      GVariant        *parameters,
                      gpointer         user_data)
{
  RapportScheduler *self = user_data;
  gboolean going_to_sleep = TRUE;

  if (!g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(b)")))
    return;

  g_variant_get (parameters, "(b)", &going_to_sleep);
  if (!going_to_sleep)
    {
      g_debug ("Resumed from suspend: checking the reminders");
      check_quietly (self);
    }
}

static void
system_bus_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  GWeakRef *weak = user_data;
  g_autoptr(RapportScheduler) self = g_weak_ref_get (weak);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDBusConnection) bus = NULL;

  g_weak_ref_clear (weak);
  g_free (weak);

  if (!(bus = g_bus_get_finish (result, &error)))
    {
      /* No system bus (containers, CI): the tick still catches up after a
       * suspend, within RAPPORT_SCHEDULER_TICK_SECONDS. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("No system bus, resume is noticed on the tick: %s", error->message);
      return;
    }

  if (self == NULL || !self->started || self->system_bus != NULL)
    return;

  self->system_bus = g_steal_pointer (&bus);
  self->sleep_subscription =
    g_dbus_connection_signal_subscribe (self->system_bus, "org.freedesktop.login1",
                                        "org.freedesktop.login1.Manager", "PrepareForSleep",
                                        "/org/freedesktop/login1", NULL,
                                        G_DBUS_SIGNAL_FLAGS_NONE,
                                        prepare_for_sleep_cb, self, NULL);
}

/* GObject */

static void
rapport_scheduler_constructed (GObject *object)
{
  RapportScheduler *self = (RapportScheduler *)object;

  G_OBJECT_CLASS (rapport_scheduler_parent_class)->constructed (object);

  g_assert (RAPPORT_IS_DATABASE (self->database));
  g_assert (RAPPORT_IS_CLOCK (self->clock));
  g_assert (RAPPORT_IS_NOTIFIER (self->notifier));

  g_signal_connect_object (self->notifier, "action-invoked",
                           G_CALLBACK (action_invoked_cb), self, G_CONNECT_SWAPPED);
}

static void
rapport_scheduler_dispose (GObject *object)
{
  RapportScheduler *self = (RapportScheduler *)object;

  rapport_scheduler_stop (self);

  if (self->notifier != NULL)
    g_signal_handlers_disconnect_by_data (self->notifier, self);

  g_clear_object (&self->notifier);
  g_clear_object (&self->clock);
  g_clear_object (&self->database);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (rapport_scheduler_parent_class)->dispose (object);
}

static void
rapport_scheduler_finalize (GObject *object)
{
  RapportScheduler *self = (RapportScheduler *)object;

  g_clear_pointer (&self->quiet_start, g_free);
  g_clear_pointer (&self->quiet_end, g_free);

  G_OBJECT_CLASS (rapport_scheduler_parent_class)->finalize (object);
}

static void
rapport_scheduler_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  RapportScheduler *self = RAPPORT_SCHEDULER (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    case PROP_CLOCK:
      g_value_set_object (value, self->clock);
      break;
    case PROP_NOTIFIER:
      g_value_set_object (value, self->notifier);
      break;
    case PROP_ENABLED:
      g_value_set_boolean (value, self->enabled);
      break;
    case PROP_MORNING_HOUR:
      g_value_set_int (value, self->morning_hour);
      break;
    case PROP_MEETING_LEAD_MINUTES:
      g_value_set_int (value, self->meeting_lead_minutes);
      break;
    case PROP_QUIET_HOURS_ENABLED:
      g_value_set_boolean (value, self->quiet_hours_enabled);
      break;
    case PROP_QUIET_START:
      g_value_set_string (value, self->quiet_start);
      break;
    case PROP_QUIET_END:
      g_value_set_string (value, self->quiet_end);
      break;
    case PROP_SHOW_DETAILS:
      g_value_set_boolean (value, self->show_details);
      break;
    case PROP_REMIND_MENTEE_COMMITMENTS:
      g_value_set_boolean (value, self->remind_mentee_commitments);
      break;
    case PROP_SNOOZE_UNTIL_HOUR:
      g_value_set_int (value, self->snooze_until_hour);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_scheduler_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  RapportScheduler *self = RAPPORT_SCHEDULER (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;
    case PROP_CLOCK:
      self->clock = g_value_dup_object (value);
      break;
    case PROP_NOTIFIER:
      self->notifier = g_value_dup_object (value);
      break;
    case PROP_ENABLED:
      rapport_scheduler_set_enabled (self, g_value_get_boolean (value));
      break;
    case PROP_MORNING_HOUR:
      rapport_scheduler_set_morning_hour (self, g_value_get_int (value));
      break;
    case PROP_MEETING_LEAD_MINUTES:
      rapport_scheduler_set_meeting_lead_minutes (self, g_value_get_int (value));
      break;
    case PROP_QUIET_HOURS_ENABLED:
      rapport_scheduler_set_quiet_hours_enabled (self, g_value_get_boolean (value));
      break;
    case PROP_QUIET_START:
      rapport_scheduler_set_quiet_start (self, g_value_get_string (value));
      break;
    case PROP_QUIET_END:
      rapport_scheduler_set_quiet_end (self, g_value_get_string (value));
      break;
    case PROP_SHOW_DETAILS:
      rapport_scheduler_set_show_details (self, g_value_get_boolean (value));
      break;
    case PROP_REMIND_MENTEE_COMMITMENTS:
      rapport_scheduler_set_remind_mentee_commitments (self, g_value_get_boolean (value));
      break;
    case PROP_SNOOZE_UNTIL_HOUR:
      rapport_scheduler_set_snooze_until_hour (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_scheduler_class_init (RapportSchedulerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags co = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = rapport_scheduler_constructed;
  object_class->dispose = rapport_scheduler_dispose;
  object_class->finalize = rapport_scheduler_finalize;
  object_class->get_property = rapport_scheduler_get_property;
  object_class->set_property = rapport_scheduler_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, RAPPORT_TYPE_DATABASE, co);
  properties[PROP_CLOCK] =
    g_param_spec_object ("clock", NULL, NULL, RAPPORT_TYPE_CLOCK, co);
  properties[PROP_NOTIFIER] =
    g_param_spec_object ("notifier", NULL, NULL, RAPPORT_TYPE_NOTIFIER, co);
  properties[PROP_ENABLED] =
    g_param_spec_boolean ("enabled", NULL, NULL, TRUE, rw);
  properties[PROP_MORNING_HOUR] =
    g_param_spec_int ("morning-hour", NULL, NULL, 0, 23, 8, rw);
  properties[PROP_MEETING_LEAD_MINUTES] =
    g_param_spec_int ("meeting-lead-minutes", NULL, NULL, 0, 24 * 60, 60, rw);
  properties[PROP_QUIET_HOURS_ENABLED] =
    g_param_spec_boolean ("quiet-hours-enabled", NULL, NULL, TRUE, rw);
  properties[PROP_QUIET_START] =
    g_param_spec_string ("quiet-start", NULL, NULL, "21:00", rw);
  properties[PROP_QUIET_END] =
    g_param_spec_string ("quiet-end", NULL, NULL, "08:00", rw);
  properties[PROP_SHOW_DETAILS] =
    g_param_spec_boolean ("show-details", NULL, NULL, TRUE, rw);
  properties[PROP_REMIND_MENTEE_COMMITMENTS] =
    g_param_spec_boolean ("remind-mentee-commitments", NULL, NULL, FALSE, rw);
  properties[PROP_SNOOZE_UNTIL_HOUR] =
    g_param_spec_int ("snooze-until-hour", NULL, NULL, 0, 23, 8, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RapportScheduler::complete-promise:
   * @commitment_id: the promise the mentor ticked off in a notification
   *
   * The mentor chose Done. A handler marks the promise done through the
   * repository (so the views update) and returns %TRUE.
   *
   * Returns: %TRUE if the promise was marked done
   */
  signals[COMPLETE_PROMISE] =
    g_signal_new ("complete-promise",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, g_signal_accumulator_true_handled, NULL, NULL,
                  G_TYPE_BOOLEAN, 1, G_TYPE_INT64);

  /**
   * RapportScheduler::activate:
   * @kind: what to show: "commitment", "mentee-commitment", "meeting",
   *   "check-in-due", "check-in-overdue", or "today" (the summary and the
   *   overdue digest)
   * @subject_id: the commitment, session or mentee id; 0 for "today"
   * @mentee_id: the mentee, or 0
   * @action: "default" or "prepare"
   * @activation_token: (nullable): pass to gtk_window_set_startup_id()
   *   before presenting the window
   *
   * The mentor clicked a notification: the application opens the item.
   */
  signals[ACTIVATE] =
    g_signal_new ("activate",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 5, G_TYPE_STRING, G_TYPE_INT64, G_TYPE_INT64, G_TYPE_STRING,
                  G_TYPE_STRING);
}

static void
rapport_scheduler_init (RapportScheduler *self)
{
  self->enabled = TRUE;
  self->morning_hour = 8;
  self->meeting_lead_minutes = 60;
  self->quiet_hours_enabled = TRUE;
  self->quiet_start = g_strdup ("21:00");
  self->quiet_end = g_strdup ("08:00");
  self->show_details = TRUE;
  self->snooze_until_hour = 8;
  self->summarize_next = TRUE;
}

/* Public API */

/**
 * rapport_scheduler_new:
 * @database: the open notebook
 * @clock: where "now" comes from (#RapportSystemClock in the application)
 * @notifier: how reminders are shown
 *
 * Returns: (transfer full): a stopped scheduler; call rapport_scheduler_start()
 */
RapportScheduler *
rapport_scheduler_new (RapportDatabase *database,
                       RapportClock    *clock,
                       RapportNotifier *notifier)
{
  g_return_val_if_fail (RAPPORT_IS_DATABASE (database), NULL);
  g_return_val_if_fail (RAPPORT_IS_CLOCK (clock), NULL);
  g_return_val_if_fail (RAPPORT_IS_NOTIFIER (notifier), NULL);

  return g_object_new (RAPPORT_TYPE_SCHEDULER,
                       "database", database,
                       "clock", clock,
                       "notifier", notifier,
                       NULL);
}

RapportClock *
rapport_scheduler_get_clock (RapportScheduler *self)
{
  g_return_val_if_fail (RAPPORT_IS_SCHEDULER (self), NULL);

  return self->clock;
}

RapportNotifier *
rapport_scheduler_get_notifier (RapportScheduler *self)
{
  g_return_val_if_fail (RAPPORT_IS_SCHEDULER (self), NULL);

  return self->notifier;
}

/**
 * rapport_scheduler_start:
 *
 * Re-queues reminders a crashed run left half-sent, checks at once (more
 * than %RAPPORT_SCHEDULER_SUMMARY_THRESHOLD missed reminders become one
 * summary), then keeps checking on the tick, on clock changes and on resume.
 */
void
rapport_scheduler_start (RapportScheduler *self)
{
  g_autoptr(GError) error = NULL;
  guint recovered = 0;
  GWeakRef *weak;

  g_return_if_fail (RAPPORT_IS_SCHEDULER (self));

  if (self->started)
    return;

  self->started = TRUE;
  self->summarize_next = TRUE;

  if (rapport_database_is_read_only (self->database))
    g_debug ("The notebook is read-only: no reminders");
  else if (!rapport_store_reminders_recover (self->database, &recovered, &error))
    g_warning ("Could not recover interrupted reminders: %s", error->message);
  else if (recovered > 0)
    g_debug ("%u reminders were interrupted and will be sent again", recovered);

  g_signal_connect_object (self->clock, "changed",
                           G_CALLBACK (clock_changed_cb), self, G_CONNECT_SWAPPED);
  self->tick_source = g_timeout_add_seconds (RAPPORT_SCHEDULER_TICK_SECONDS, tick_cb, self);

  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  weak = g_new0 (GWeakRef, 1);
  g_weak_ref_init (weak, self);
  g_bus_get (G_BUS_TYPE_SYSTEM, self->cancellable, system_bus_cb, weak);

  check_quietly (self);
}

void
rapport_scheduler_stop (RapportScheduler *self)
{
  g_return_if_fail (RAPPORT_IS_SCHEDULER (self));

  if (!self->started)
    return;

  self->started = FALSE;
  g_clear_handle_id (&self->tick_source, g_source_remove);
  g_clear_handle_id (&self->idle_source, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  if (self->clock != NULL)
    g_signal_handlers_disconnect_by_func (self->clock, clock_changed_cb, self);
  if (self->system_bus != NULL && self->sleep_subscription != 0)
    g_dbus_connection_signal_unsubscribe (self->system_bus, self->sleep_subscription);
  self->sleep_subscription = 0;
  g_clear_object (&self->system_bus);
}

gboolean
rapport_scheduler_is_started (RapportScheduler *self)
{
  g_return_val_if_fail (RAPPORT_IS_SCHEDULER (self), FALSE);

  return self->started;
}

/**
 * rapport_scheduler_check:
 *
 * One check now: bring the ledger up to date with the notebook, withdraw
 * what is no longer true, and send what is due unless it is quiet time.
 */
gboolean
rapport_scheduler_check (RapportScheduler  *self,
                         GError           **error)
{
  g_return_val_if_fail (RAPPORT_IS_SCHEDULER (self), FALSE);

  return check_full (self, error);
}

/**
 * rapport_scheduler_notebook_changed:
 *
 * Call after the notebook changed (a promise edited, completed or deleted,
 * a meeting held or moved): pending reminders are withdrawn or rescheduled
 * on the next idle rather than the next tick.
 */
void
rapport_scheduler_notebook_changed (RapportScheduler *self)
{
  g_return_if_fail (RAPPORT_IS_SCHEDULER (self));

  queue_check (self);
}

/**
 * rapport_scheduler_is_quiet_time:
 * @local: a local time
 *
 * Returns: %TRUE if @local falls in the quiet hours, when nothing is shown
 */
gboolean
rapport_scheduler_is_quiet_time (RapportScheduler *self,
                                 GDateTime        *local)
{
  int start, end, minute;

  g_return_val_if_fail (RAPPORT_IS_SCHEDULER (self), FALSE);
  g_return_val_if_fail (local != NULL, FALSE);

  if (!self->quiet_hours_enabled)
    return FALSE;

  start = parse_hh_mm (self->quiet_start, 21 * 60);
  end = parse_hh_mm (self->quiet_end, 8 * 60);
  minute = g_date_time_get_hour (local) * 60 + g_date_time_get_minute (local);

  if (start == end)
    return FALSE;
  if (start < end)
    return minute >= start && minute < end;
  return minute >= start || minute < end;
}

/**
 * rapport_scheduler_handle_action:
 * @key: the delivery key of the notification
 * @action: "done", "snooze", "prepare" or "default"
 * @activation_token: (nullable): the token to raise the window with
 *
 * What a click on a notification does; connected to
 * #RapportNotifier::action-invoked. Done completes the promise (through
 * #RapportScheduler::complete-promise), Snooze brings the reminder back at
 * the snooze hour, Prepare and the default action open the item
 * (#RapportScheduler::activate).
 */
gboolean
rapport_scheduler_handle_action (RapportScheduler  *self,
                                 const char        *key,
                                 const char        *action,
                                 const char        *activation_token,
                                 GError           **error)
{
  g_autoptr(RapportStoreReminder) r = NULL;
  gint64 now;

  g_return_val_if_fail (RAPPORT_IS_SCHEDULER (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);
  g_return_val_if_fail (action != NULL, FALSE);

  now = rapport_clock_get_now (self->clock);

  if (g_str_has_prefix (key, "summary:"))
    {
      g_signal_emit (self, signals[ACTIVATE], 0, "today", (gint64)0, (gint64)0, action,
                     activation_token);
      return TRUE;
    }

  if (!(r = rapport_store_reminders_lookup (self->database, key, error)))
    return error == NULL || *error == NULL;

  if (g_strcmp0 (action, "done") == 0 && g_strcmp0 (r->subject_kind, "commitment") == 0)
    {
      gboolean handled = FALSE;

      g_signal_emit (self, signals[COMPLETE_PROMISE], 0, r->subject_id, &handled);
      if (!handled)
        {
          /* Nobody could record it: let the mentor do it in the window. */
          g_signal_emit (self, signals[ACTIVATE], 0, r->subject_kind, r->subject_id,
                         r->mentee_id, action, activation_token);
          return TRUE;
        }

      if (!rapport_store_reminders_acknowledge (self->database, key, now, error))
        return FALSE;
      rapport_notifier_withdraw (self->notifier, key);

      return rapport_scheduler_check (self, error);
    }

  if (g_strcmp0 (action, "snooze") == 0)
    {
      if (!rapport_store_reminders_snooze (self->database, key, next_snooze_end (self), now, error))
        return FALSE;
      rapport_notifier_withdraw (self->notifier, key);
      return TRUE;
    }

  if (!rapport_store_reminders_acknowledge (self->database, key, now, error))
    return FALSE;

  g_signal_emit (self, signals[ACTIVATE], 0,
                 g_strcmp0 (r->subject_kind, "overdue") == 0 ? "today" : r->subject_kind,
                 r->subject_id, r->mentee_id, action, activation_token);

  return TRUE;
}

/* Settings */

gboolean
rapport_scheduler_get_enabled (RapportScheduler *self)
{
  g_return_val_if_fail (RAPPORT_IS_SCHEDULER (self), FALSE);

  return self->enabled;
}

/**
 * rapport_scheduler_set_enabled:
 *
 * Turned off, nothing is checked or shown. Turned back on, what fell due
 * meanwhile is delivered, summarised when there are many.
 */
void
rapport_scheduler_set_enabled (RapportScheduler *self,
                               gboolean          enabled)
{
  g_return_if_fail (RAPPORT_IS_SCHEDULER (self));

  enabled = !!enabled;
  if (self->enabled == enabled)
    return;

  self->enabled = enabled;
  if (enabled)
    {
      self->summarize_next = TRUE;
      queue_check (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENABLED]);
}

int
rapport_scheduler_get_morning_hour (RapportScheduler *self)
{
  g_return_val_if_fail (RAPPORT_IS_SCHEDULER (self), 8);

  return self->morning_hour;
}

void
rapport_scheduler_set_morning_hour (RapportScheduler *self,
                                    int               hour)
{
  g_return_if_fail (RAPPORT_IS_SCHEDULER (self));
  g_return_if_fail (hour >= 0 && hour <= 23);

  if (self->morning_hour == hour)
    return;

  self->morning_hour = hour;
  queue_check (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MORNING_HOUR]);
}

int
rapport_scheduler_get_meeting_lead_minutes (RapportScheduler *self)
{
  g_return_val_if_fail (RAPPORT_IS_SCHEDULER (self), 60);

  return self->meeting_lead_minutes;
}

void
rapport_scheduler_set_meeting_lead_minutes (RapportScheduler *self,
                                            int               minutes)
{
  g_return_if_fail (RAPPORT_IS_SCHEDULER (self));
  g_return_if_fail (minutes >= 0);

  if (self->meeting_lead_minutes == minutes)
    return;

  self->meeting_lead_minutes = minutes;
  queue_check (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEETING_LEAD_MINUTES]);
}

gboolean
rapport_scheduler_get_quiet_hours_enabled (RapportScheduler *self)
{
  g_return_val_if_fail (RAPPORT_IS_SCHEDULER (self), FALSE);

  return self->quiet_hours_enabled;
}

void
rapport_scheduler_set_quiet_hours_enabled (RapportScheduler *self,
                                           gboolean          enabled)
{
  g_return_if_fail (RAPPORT_IS_SCHEDULER (self));

  enabled = !!enabled;
  if (self->quiet_hours_enabled == enabled)
    return;

  self->quiet_hours_enabled = enabled;
  queue_check (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUIET_HOURS_ENABLED]);
}

const char *
rapport_scheduler_get_quiet_start (RapportScheduler *self)
{
  g_return_val_if_fail (RAPPORT_IS_SCHEDULER (self), NULL);

  return self->quiet_start;
}

static gboolean
replace_string (char       **slot,
                const char  *value)
{
  if (g_strcmp0 (*slot, value) == 0)
    return FALSE;

  g_free (*slot);
  *slot = g_strdup (value);
  return TRUE;
}

/**
 * rapport_scheduler_set_quiet_start:
 * @hh_mm: a local time, "21:00"
 */
void
rapport_scheduler_set_quiet_start (RapportScheduler *self,
                                   const char       *hh_mm)
{
  g_return_if_fail (RAPPORT_IS_SCHEDULER (self));

  if (replace_string (&self->quiet_start, hh_mm))
    {
      queue_check (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUIET_START]);
    }
}

const char *
rapport_scheduler_get_quiet_end (RapportScheduler *self)
{
  g_return_val_if_fail (RAPPORT_IS_SCHEDULER (self), NULL);

  return self->quiet_end;
}

void
rapport_scheduler_set_quiet_end (RapportScheduler *self,
                                 const char       *hh_mm)
{
  g_return_if_fail (RAPPORT_IS_SCHEDULER (self));

  if (replace_string (&self->quiet_end, hh_mm))
    {
      queue_check (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUIET_END]);
    }
}

gboolean
rapport_scheduler_get_show_details (RapportScheduler *self)
{
  g_return_val_if_fail (RAPPORT_IS_SCHEDULER (self), FALSE);

  return self->show_details;
}

void
rapport_scheduler_set_show_details (RapportScheduler *self,
                                    gboolean          show_details)
{
  g_return_if_fail (RAPPORT_IS_SCHEDULER (self));

  show_details = !!show_details;
  if (self->show_details == show_details)
    return;

  self->show_details = show_details;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_DETAILS]);
}

gboolean
rapport_scheduler_get_remind_mentee_commitments (RapportScheduler *self)
{
  g_return_val_if_fail (RAPPORT_IS_SCHEDULER (self), FALSE);

  return self->remind_mentee_commitments;
}

void
rapport_scheduler_set_remind_mentee_commitments (RapportScheduler *self,
                                                 gboolean          remind)
{
  g_return_if_fail (RAPPORT_IS_SCHEDULER (self));

  remind = !!remind;
  if (self->remind_mentee_commitments == remind)
    return;

  self->remind_mentee_commitments = remind;
  queue_check (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REMIND_MENTEE_COMMITMENTS]);
}

int
rapport_scheduler_get_snooze_until_hour (RapportScheduler *self)
{
  g_return_val_if_fail (RAPPORT_IS_SCHEDULER (self), 8);

  return self->snooze_until_hour;
}

void
rapport_scheduler_set_snooze_until_hour (RapportScheduler *self,
                                         int               hour)
{
  g_return_if_fail (RAPPORT_IS_SCHEDULER (self));
  g_return_if_fail (hour >= 0 && hour <= 23);

  if (self->snooze_until_hour == hour)
    return;

  self->snooze_until_hour = hour;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SNOOZE_UNTIL_HOUR]);
}
