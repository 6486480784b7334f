/* rapport-clock.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-clock"

#include "config.h"

#include <glib/gi18n.h>
#include <glib-unix.h>
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <sys/timerfd.h>
#include <unistd.h>

#include "rapport-clock.h"

/* The interface, the system clock and the fake clock for tests share this
 * file: the two implementations are a few lines each and only make sense
 * next to the contract they implement. */

enum {
  CHANGED,
  N_SIGNALS
};

static guint clock_signals[N_SIGNALS];

G_DEFINE_INTERFACE (RapportClock, rapport_clock, G_TYPE_OBJECT)

static void
rapport_clock_default_init (RapportClockInterface *iface)
{
  /**
   * RapportClock::changed:
   *
   * The wall clock or the local time zone changed other than by the passing
   * of time. Anything computed from "now" should be recomputed.
   */
  clock_signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_INTERFACE (iface),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

/**
 * rapport_clock_get_now:
 *
 * Returns: the current instant as Unix seconds
 */
gint64
rapport_clock_get_now (RapportClock *self)
{
  g_return_val_if_fail (RAPPORT_IS_CLOCK (self), 0);

  return RAPPORT_CLOCK_GET_IFACE (self)->get_now (self);
}

/**
 * rapport_clock_get_timezone:
 *
 * Returns: (transfer none): the local time zone
 */
GTimeZone *
rapport_clock_get_timezone (RapportClock *self)
{
  g_return_val_if_fail (RAPPORT_IS_CLOCK (self), NULL);

  return RAPPORT_CLOCK_GET_IFACE (self)->get_timezone (self);
}

/**
 * rapport_clock_get_now_utc:
 *
 * Returns: (transfer full): now, in UTC
 */
GDateTime *
rapport_clock_get_now_utc (RapportClock *self)
{
  g_return_val_if_fail (RAPPORT_IS_CLOCK (self), NULL);

  return g_date_time_new_from_unix_utc (rapport_clock_get_now (self));
}

/**
 * rapport_clock_get_now_local:
 *
 * Returns: (transfer full): now, in the clock's local time zone
 */
GDateTime *
rapport_clock_get_now_local (RapportClock *self)
{
  g_autoptr(GDateTime) utc = NULL;

  g_return_val_if_fail (RAPPORT_IS_CLOCK (self), NULL);

  utc = rapport_clock_get_now_utc (self);
  return g_date_time_to_timezone (utc, rapport_clock_get_timezone (self));
}

void
rapport_clock_emit_changed (RapportClock *self)
{
  g_return_if_fail (RAPPORT_IS_CLOCK (self));

  g_signal_emit (self, clock_signals[CHANGED], 0);
}

/* System clock */

/**
 * RapportSystemClock:
 *
 * The real wall clock. A `timerfd` on `CLOCK_REALTIME` armed with
 * `TFD_TIMER_CANCEL_ON_SET` reports when the wall clock is set (NTP step,
 * manual change, and on most systems resume from suspend), and a file
 * monitor on `/etc/localtime` reports a time-zone change; both emit
 * #RapportClock::changed.
 */
struct _RapportSystemClock
{
  GObject       parent_instance;

  /* Owned references */
  GTimeZone    *tz;
  GFileMonitor *localtime_monitor;

  /* State */
  int           timer_fd;
  guint         timer_source;
};

static void system_clock_iface_init (RapportClockInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RapportSystemClock, rapport_system_clock, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (RAPPORT_TYPE_CLOCK, system_clock_iface_init))

static GTimeZone *
load_local_timezone (void)
{
  g_autofree char *target = NULL;
  const char *zoneinfo;

  /* g_time_zone_new_local() caches the zone for the life of the process,
   * so after a change read the identifier /etc/localtime points at. */
  if (g_getenv ("TZ") == NULL &&
      (target = g_file_read_link ("/etc/localtime", NULL)) != NULL &&
      (zoneinfo = strstr (target, "zoneinfo/")) != NULL)
    {
      GTimeZone *tz = g_time_zone_new_identifier (zoneinfo + strlen ("zoneinfo/"));

      if (tz != NULL)
        return tz;
    }

  return g_time_zone_new_local ();
}

static gboolean
arm_timer (RapportSystemClock *self)
{
  /* An absolute expiry far in the future: the timer itself never fires,
   * only the cancellation on a clock set does. */
  struct itimerspec spec = { { 0, 0 }, { G_MAXINT32, 0 } };

  return timerfd_settime (self->timer_fd, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET,
                          &spec, NULL) == 0;
}

static gboolean
timer_fd_cb (int           fd,
             GIOCondition  condition,
             gpointer      user_data)
{
  RapportSystemClock *self = user_data;
  uint64_t expirations;
  ssize_t n;

  n = read (fd, &expirations, sizeof expirations);
  if (n < 0 && errno == ECANCELED)
    {
      g_debug ("The wall clock was set");
      arm_timer (self);
      rapport_clock_emit_changed (RAPPORT_CLOCK (self));
    }
  else if (n < 0 && errno != EAGAIN)
    {
      self->timer_source = 0;
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

static void
localtime_changed_cb (RapportSystemClock *self,
                      GFile              *file,
                      GFile              *other_file,
                      GFileMonitorEvent   event)
{
  if (event != G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT &&
      event != G_FILE_MONITOR_EVENT_CREATED &&
      event != G_FILE_MONITOR_EVENT_DELETED)
    return;

  g_clear_pointer (&self->tz, g_time_zone_unref);
  self->tz = load_local_timezone ();
  g_debug ("The time zone is now %s", g_time_zone_get_identifier (self->tz));
  rapport_clock_emit_changed (RAPPORT_CLOCK (self));
}

static gint64
system_clock_get_now (RapportClock *clock)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

static GTimeZone *
system_clock_get_timezone (RapportClock *clock)
{
  return RAPPORT_SYSTEM_CLOCK (clock)->tz;
}

static void
system_clock_iface_init (RapportClockInterface *iface)
{
  iface->get_now = system_clock_get_now;
  iface->get_timezone = system_clock_get_timezone;
}

static void
rapport_system_clock_dispose (GObject *object)
{
  RapportSystemClock *self = (RapportSystemClock *)object;

  g_clear_handle_id (&self->timer_source, g_source_remove);
  if (self->localtime_monitor != NULL)
    g_signal_handlers_disconnect_by_data (self->localtime_monitor, self);
  g_clear_object (&self->localtime_monitor);

  G_OBJECT_CLASS (rapport_system_clock_parent_class)->dispose (object);
}

static void
rapport_system_clock_finalize (GObject *object)
{
  RapportSystemClock *self = (RapportSystemClock *)object;

  if (self->timer_fd >= 0)
    close (self->timer_fd);
  g_clear_pointer (&self->tz, g_time_zone_unref);

  G_OBJECT_CLASS (rapport_system_clock_parent_class)->finalize (object);
}

static void
rapport_system_clock_class_init (RapportSystemClockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rapport_system_clock_dispose;
  object_class->finalize = rapport_system_clock_finalize;
}

static void
rapport_system_clock_init (RapportSystemClock *self)
{
  g_autoptr(GFile) localtime = g_file_new_for_path ("/etc/localtime");

  self->tz = load_local_timezone ();

  self->timer_fd = timerfd_create (CLOCK_REALTIME, TFD_NONBLOCK | TFD_CLOEXEC);
  if (self->timer_fd >= 0 && arm_timer (self))
    self->timer_source = g_unix_fd_add (self->timer_fd, G_IO_IN, timer_fd_cb, self);
  else
    g_debug ("No timerfd: clock changes are noticed on the next tick only");

  /* /etc/localtime is usually a symlink that is replaced, so watch it
   * without following. */
  self->localtime_monitor = g_file_monitor_file (localtime, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->localtime_monitor != NULL)
    g_signal_connect_object (self->localtime_monitor, "changed",
                             G_CALLBACK (localtime_changed_cb), self, G_CONNECT_SWAPPED);
}

RapportClock *
rapport_system_clock_new (void)
{
  return g_object_new (RAPPORT_TYPE_SYSTEM_CLOCK, NULL);
}

/* Fake clock */

/**
 * RapportFakeClock:
 *
 * A clock for tests. Time stands still until the test moves it:
 * rapport_fake_clock_advance() is time passing normally (no signal, the
 * scheduler notices on its next tick), rapport_fake_clock_jump() is a
 * suspend or a clock set (emits #RapportClock::changed), and
 * rapport_fake_clock_set_timezone() is a time-zone change.
 */
struct _RapportFakeClock
{
  GObject    parent_instance;

  GTimeZone *tz;
  gint64     now;
};

static void fake_clock_iface_init (RapportClockInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RapportFakeClock, rapport_fake_clock, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (RAPPORT_TYPE_CLOCK, fake_clock_iface_init))

static gint64
fake_clock_get_now (RapportClock *clock)
{
  return RAPPORT_FAKE_CLOCK (clock)->now;
}

static GTimeZone *
fake_clock_get_timezone (RapportClock *clock)
{
  return RAPPORT_FAKE_CLOCK (clock)->tz;
}

static void
fake_clock_iface_init (RapportClockInterface *iface)
{
  iface->get_now = fake_clock_get_now;
  iface->get_timezone = fake_clock_get_timezone;
}

static void
rapport_fake_clock_finalize (GObject *object)
{
  RapportFakeClock *self = (RapportFakeClock *)object;

  g_clear_pointer (&self->tz, g_time_zone_unref);

  G_OBJECT_CLASS (rapport_fake_clock_parent_class)->finalize (object);
}

static void
rapport_fake_clock_class_init (RapportFakeClockClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rapport_fake_clock_finalize;
}

static void
rapport_fake_clock_init (RapportFakeClock *self)
{
}

/**
 * rapport_fake_clock_new:
 * @now: the starting instant (Unix seconds)
 * @tz: (nullable): the local time zone; %NULL for UTC
 */
RapportFakeClock *
rapport_fake_clock_new (gint64     now,
                        GTimeZone *tz)
{
  RapportFakeClock *self = g_object_new (RAPPORT_TYPE_FAKE_CLOCK, NULL);

  self->now = now;
  self->tz = tz != NULL ? g_time_zone_ref (tz) : g_time_zone_new_utc ();

  return self;
}

void
rapport_fake_clock_set_now (RapportFakeClock *self,
                            gint64            now)
{
  g_return_if_fail (RAPPORT_IS_FAKE_CLOCK (self));

  self->now = now;
}

void
rapport_fake_clock_advance (RapportFakeClock *self,
                            gint64            seconds)
{
  g_return_if_fail (RAPPORT_IS_FAKE_CLOCK (self));

  self->now += seconds;
}

void
rapport_fake_clock_jump (RapportFakeClock *self,
                         gint64            seconds)
{
  g_return_if_fail (RAPPORT_IS_FAKE_CLOCK (self));

  self->now += seconds;
  rapport_clock_emit_changed (RAPPORT_CLOCK (self));
}

void
rapport_fake_clock_set_timezone (RapportFakeClock *self,
                                 GTimeZone        *tz)
{
  g_return_if_fail (RAPPORT_IS_FAKE_CLOCK (self));
  g_return_if_fail (tz != NULL);

  g_time_zone_ref (tz);
  g_clear_pointer (&self->tz, g_time_zone_unref);
  self->tz = tz;
  rapport_clock_emit_changed (RAPPORT_CLOCK (self));
}
