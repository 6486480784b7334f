/* rapport-clock.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define RAPPORT_TYPE_CLOCK (rapport_clock_get_type ())

G_DECLARE_INTERFACE (RapportClock, rapport_clock, RAPPORT, CLOCK, GObject)

/**
 * RapportClockInterface:
 * @get_now: the wall-clock time as Unix seconds (UTC)
 * @get_timezone: the local time zone (transfer none)
 *
 * Where the reminders read the time. The system implementation reads the
 * wall clock; tests use #RapportFakeClock and move time by hand. The
 * #RapportClock::changed signal says the wall clock or the time zone jumped
 * (clock set, time-zone change, a fake suspend), so a scheduler rescans
 * instead of trusting its timers.
 */
struct _RapportClockInterface
{
  GTypeInterface parent_iface;

  gint64      (*get_now)      (RapportClock *self);
  GTimeZone  *(*get_timezone) (RapportClock *self);
};

gint64     rapport_clock_get_now        (RapportClock *self);
GTimeZone *rapport_clock_get_timezone   (RapportClock *self);
GDateTime *rapport_clock_get_now_utc    (RapportClock *self);
GDateTime *rapport_clock_get_now_local  (RapportClock *self);
void       rapport_clock_emit_changed   (RapportClock *self);


#define RAPPORT_TYPE_SYSTEM_CLOCK (rapport_system_clock_get_type ())

G_DECLARE_FINAL_TYPE (RapportSystemClock, rapport_system_clock, RAPPORT, SYSTEM_CLOCK, GObject)

RapportClock *rapport_system_clock_new (void);


#define RAPPORT_TYPE_FAKE_CLOCK (rapport_fake_clock_get_type ())

G_DECLARE_FINAL_TYPE (RapportFakeClock, rapport_fake_clock, RAPPORT, FAKE_CLOCK, GObject)

RapportFakeClock *rapport_fake_clock_new          (gint64            now,
                                                   GTimeZone        *tz);
void              rapport_fake_clock_set_now      (RapportFakeClock *self,
                                                   gint64            now);
void              rapport_fake_clock_advance      (RapportFakeClock *self,
                                                   gint64            seconds);
void              rapport_fake_clock_jump         (RapportFakeClock *self,
                                                   gint64            seconds);
void              rapport_fake_clock_set_timezone (RapportFakeClock *self,
                                                   GTimeZone        *tz);

G_END_DECLS
