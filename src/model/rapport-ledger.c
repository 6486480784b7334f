/* rapport-ledger.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-ledger"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-due-change.h"
#include "rapport-ledger.h"
#include "rapport-rhythm.h"
#include "rapport-store.h"

/**
 * RapportLedger:
 *
 * The follow-through ledger: how reliably the mentor kept their own word
 * over a window (by default the last %RAPPORT_LEDGER_DEFAULT_MONTHS months),
 * for one mentee or across all of them. Every figure is defined exactly in
 * `docs/follow-through.md`, and this file is the reference implementation
 * of that text: change both together.
 *
 * A ledger is a snapshot. Every count is a read-only property of the same
 * name (`kept-on-time`, `gaps-within-max` …), as are the rates
 * (`on-time-rate`, -1 when there is nothing to divide by), so rows of the
 * Insights view can bind to them. The ledger across all mentees lists one
 * ledger per mentee with any activity in rapport_ledger_get_mentees().
 */
struct _RapportLedger
{
  GObject               parent_instance;

  /* Owned references */
  char                 *mentee_name;
  GDateTime            *window_start;
  GDateTime            *window_end;
  GArray               *ratings;
  GListStore           *mentees;

  /* State */
  gint64                mentee_id;
  int                   months;
  RapportLedgerFigures  figures;
};

enum {
  PROP_0,
  PROP_MENTEE_ID,
  PROP_MENTEE_NAME,
  PROP_ON_TIME_RATE,
  PROP_AVERAGE_DAYS_LATE,
  PROP_RHYTHM_KEPT_RATE,
  PROP_RHYTHM_IDEAL_RATE,
  PROP_AVERAGE_RATING,
  PROP_FIRST_COUNT,
};

G_DEFINE_FINAL_TYPE (RapportLedger, rapport_ledger, G_TYPE_OBJECT)

/* The counts, exposed as properties by name. */
static const struct
{
  const char *name;
  gsize       offset;
} counts[] = {
#define COUNT(n, field) { n, G_STRUCT_OFFSET (RapportLedgerFigures, field) }
  COUNT ("made", made),
  COUNT ("kept-on-time", kept_on_time),
  COUNT ("kept-late", kept_late),
  COUNT ("dropped", dropped),
  COUNT ("open-overdue", open_overdue),
  COUNT ("open-not-due", open_not_due),
  COUNT ("renegotiated", renegotiated),
  COUNT ("renegotiated-after-due", renegotiated_after_due),
  COUNT ("overdue-older", overdue_older),
  COUNT ("days-late-total", days_late_total),
  COUNT ("held", held),
  COUNT ("cancelled-by-me", cancelled_by_me),
  COUNT ("cancelled-by-them", cancelled_by_them),
  COUNT ("no-show", no_show),
  COUNT ("unrecorded", unrecorded),
  COUNT ("gaps", gaps),
  COUNT ("gaps-within-ideal", gaps_within_ideal),
  COUNT ("gaps-within-max", gaps_within_max),
  COUNT ("longest-gap-days", longest_gap_days),
  COUNT ("ratings", ratings),
  COUNT ("ratings-total", ratings_total),
#undef COUNT
};

/* Helpers */

static double
ratio (guint num,
       guint den)
{
  return den == 0 ? -1.0 : (double)num / (double)den;
}

static GDateTime *
in_tz (GDateTime *dt,
       GTimeZone *tz)
{
  return g_date_time_to_timezone (dt, tz);
}

/* Whether a due date had passed at @when: the overdue rule of the whole app
 * (rapport_due_is_overdue()), applied in @tz. */
static gboolean
overdue_at (const char *due_date,
            const char *due_time,
            GDateTime  *when,
            GTimeZone  *tz)
{
  g_autoptr(GDateTime) local = in_tz (when, tz);

  return rapport_due_is_overdue (due_date, due_time, local);
}

static int
days_between_in (GDateTime *from,
                 GDateTime *to,
                 GTimeZone *tz)
{
  g_autoptr(GDateTime) local_to = in_tz (to, tz);

  return rapport_days_between (from, local_to);
}

static void
rating_point_clear (gpointer data)
{
  RapportRatingPoint *p = data;

  g_clear_pointer (&p->at, g_date_time_unref);
}

static void
add_figures (RapportLedgerFigures       *sum,
             const RapportLedgerFigures *f)
{
  sum->made += f->made;
  sum->kept_on_time += f->kept_on_time;
  sum->kept_late += f->kept_late;
  sum->dropped += f->dropped;
  sum->open_overdue += f->open_overdue;
  sum->open_not_due += f->open_not_due;
  sum->renegotiated += f->renegotiated;
  sum->renegotiated_after_due += f->renegotiated_after_due;
  sum->overdue_older += f->overdue_older;
  sum->days_late_total += f->days_late_total;
  sum->held += f->held;
  sum->cancelled_by_me += f->cancelled_by_me;
  sum->cancelled_by_them += f->cancelled_by_them;
  sum->no_show += f->no_show;
  sum->unrecorded += f->unrecorded;
  sum->gaps += f->gaps;
  sum->gaps_within_ideal += f->gaps_within_ideal;
  sum->gaps_within_max += f->gaps_within_max;
  sum->longest_gap_days = MAX (sum->longest_gap_days, f->longest_gap_days);
  sum->ratings += f->ratings;
  sum->ratings_total += f->ratings_total;
}

static gboolean
has_activity (const RapportLedgerFigures *f)
{
  return f->made || f->overdue_older || f->held || f->cancelled_by_me || f->cancelled_by_them ||
         f->no_show || f->unrecorded || f->gaps;
}

static GHashTable *
group_by (GPtrArray *rows,
          gint64   (*mentee_of) (gpointer item))
{
  GHashTable *groups = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                              (GDestroyNotify)g_ptr_array_unref);

  for (guint i = 0; i < rows->len; i++)
    {
      gpointer item = g_ptr_array_index (rows, i);
      gint64 id = mentee_of (item);
      GPtrArray *group = g_hash_table_lookup (groups, &id);

      if (group == NULL)
        {
          gint64 *k = g_new (gint64, 1);

          *k = id;
          group = g_ptr_array_new ();
          g_hash_table_insert (groups, k, group);
        }
      g_ptr_array_add (group, item);
    }
  return groups;
}

static gint64
commitment_mentee (gpointer item)
{
  return rapport_commitment_get_mentee_id (item);
}

static gint64
session_mentee (gpointer item)
{
  return rapport_session_note_get_mentee_id (item);
}

static gint64
change_commitment (gpointer item)
{
  return rapport_due_change_get_commitment_id (item);
}

/* The figures of one mentee; see docs/follow-through.md. */
static void
compute (RapportLedger *self,
         RapportMentee *mentee,
         GPtrArray     *commitments,
         GHashTable    *changes,
         GPtrArray     *sessions,
         GDateTime     *now,
         GTimeZone     *tz)
{
  RapportLedgerFigures *f = &self->figures;
  g_autoptr(GDateTime) local_now = in_tz (now, tz);
  GDateTime *last_held = NULL;
  int cadence = rapport_mentee_get_cadence_days (mentee);
  int max_gap = rapport_mentee_get_max_gap_days (mentee);

  /* Promises of mine. */
  for (guint i = 0; commitments && i < commitments->len; i++)
    {
      RapportCommitment *c = g_ptr_array_index (commitments, i);
      GDateTime *created = rapport_item_get_created_at (RAPPORT_ITEM (c));
      const char *due_date = rapport_commitment_get_due_date (c);
      const char *due_time = rapport_commitment_get_due_time (c);
      gint64 cid = rapport_item_get_id (RAPPORT_ITEM (c));
      GPtrArray *history = g_hash_table_lookup (changes, &cid);
      gboolean moved = FALSE, moved_late = FALSE;

      if (created == NULL || g_date_time_compare (created, now) > 0)
        continue;

      if (g_date_time_compare (created, self->window_start) < 0)
        {
          if (rapport_commitment_get_status (c) == RAPPORT_COMMITMENT_STATUS_OPEN &&
              overdue_at (due_date, due_time, now, tz))
            f->overdue_older++;
          continue;
        }

      f->made++;

      for (guint j = 0; history && j < history->len; j++)
        {
          RapportDueChange *ch = g_ptr_array_index (history, j);

          /* Setting a first due date is not a renegotiation. */
          if (rapport_due_change_get_old_due_date (ch) == NULL)
            continue;
          moved = TRUE;
          if (overdue_at (rapport_due_change_get_old_due_date (ch), rapport_due_change_get_old_due_time (ch),
                          rapport_due_change_get_changed_at (ch), tz))
            moved_late = TRUE;
        }
      f->renegotiated += moved;
      f->renegotiated_after_due += moved_late;

      switch (rapport_commitment_get_status (c))
        {
        case RAPPORT_COMMITMENT_STATUS_DONE:
          {
            GDateTime *done = rapport_commitment_get_done_at (c);

            if (done == NULL)
              done = rapport_item_get_updated_at (RAPPORT_ITEM (c));
            if (done == NULL || !overdue_at (due_date, due_time, done, tz))
              f->kept_on_time++;
            else
              {
                g_autoptr(GDateTime) local_done = in_tz (done, tz);

                f->kept_late++;
                f->days_late_total += MAX (0, -rapport_date_days_until (due_date, local_done));
              }
          }
          break;

        case RAPPORT_COMMITMENT_STATUS_DROPPED:
          f->dropped++;
          break;

        case RAPPORT_COMMITMENT_STATUS_OPEN:
        default:
          if (overdue_at (due_date, due_time, now, tz))
            f->open_overdue++;
          else
            f->open_not_due++;
          break;
        }
    }

  /* Meetings, oldest first. */
  for (guint i = 0; sessions && i < sessions->len; i++)
    {
      RapportSessionNote *s = g_ptr_array_index (sessions, i);
      GDateTime *start = rapport_session_note_get_starts_at (s);
      gboolean in_window = g_date_time_compare (start, self->window_start) >= 0 &&
                           g_date_time_compare (start, now) <= 0;

      if (g_date_time_compare (start, now) > 0)
        continue;

      switch (rapport_session_note_get_status (s))
        {
        case RAPPORT_SESSION_STATUS_HELD:
          if (in_window)
            {
              int rating = rapport_session_note_get_rating (s);

              f->held++;
              if (rating >= 1 && rating <= 5)
                {
                  RapportRatingPoint p = { g_date_time_ref (start), rating, rapport_item_get_id (RAPPORT_ITEM (s)) };

                  f->ratings++;
                  f->ratings_total += rating;
                  g_array_append_val (self->ratings, p);
                }
            }

          if (last_held != NULL && cadence > 0 && in_window)
            {
              g_autoptr(GDateTime) local_start = in_tz (start, tz);
              int gap = rapport_days_between (last_held, local_start);

              f->gaps++;
              f->gaps_within_ideal += gap <= cadence;
              f->gaps_within_max += max_gap <= 0 || gap <= max_gap;
              f->longest_gap_days = MAX (f->longest_gap_days, (guint)MAX (gap, 0));
            }
          last_held = start;
          break;

        case RAPPORT_SESSION_STATUS_CANCELLED_BY_ME:
          f->cancelled_by_me += in_window;
          break;

        case RAPPORT_SESSION_STATUS_CANCELLED_BY_THEM:
          f->cancelled_by_them += in_window;
          break;

        case RAPPORT_SESSION_STATUS_NO_SHOW:
          f->no_show += in_window;
          break;

        case RAPPORT_SESSION_STATUS_PLANNED:
        default:
          f->unrecorded += in_window;
          break;
        }
    }

  /* The gap still open counts once it is past the ideal interval: its
   * outcome for "within the ideal interval" is already known. */
  if (last_held != NULL && cadence > 0 &&
      rapport_mentee_get_status (mentee) == RAPPORT_MENTEE_STATUS_ACTIVE)
    {
      int open_gap = days_between_in (last_held, local_now, tz);

      if (open_gap > cadence)
        {
          f->gaps++;
          f->gaps_within_max += max_gap <= 0 || open_gap <= max_gap;
          f->longest_gap_days = MAX (f->longest_gap_days, (guint)open_gap);
        }
    }
}

/* GObject */

static void
rapport_ledger_finalize (GObject *object)
{
  RapportLedger *self = (RapportLedger *)object;

  g_clear_pointer (&self->mentee_name, g_free);
  g_clear_pointer (&self->window_start, g_date_time_unref);
  g_clear_pointer (&self->window_end, g_date_time_unref);
  g_clear_pointer (&self->ratings, g_array_unref);
  g_clear_object (&self->mentees);

  G_OBJECT_CLASS (rapport_ledger_parent_class)->finalize (object);
}

static void
rapport_ledger_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RapportLedger *self = RAPPORT_LEDGER (object);

  if (prop_id >= PROP_FIRST_COUNT && prop_id < PROP_FIRST_COUNT + G_N_ELEMENTS (counts))
    {
      const guint8 *base = (const guint8 *)&self->figures;

      g_value_set_uint (value, *(const guint *)(base + counts[prop_id - PROP_FIRST_COUNT].offset));
      return;
    }

  switch (prop_id)
    {
    case PROP_MENTEE_ID:
      g_value_set_int64 (value, self->mentee_id);
      break;

    case PROP_MENTEE_NAME:
      g_value_set_string (value, self->mentee_name);
      break;

    case PROP_ON_TIME_RATE:
      g_value_set_double (value, rapport_ledger_get_on_time_rate (self));
      break;

    case PROP_AVERAGE_DAYS_LATE:
      g_value_set_double (value, rapport_ledger_get_average_days_late (self));
      break;

    case PROP_RHYTHM_KEPT_RATE:
      g_value_set_double (value, rapport_ledger_get_rhythm_kept_rate (self));
      break;

    case PROP_RHYTHM_IDEAL_RATE:
      g_value_set_double (value, rapport_ledger_get_rhythm_ideal_rate (self));
      break;

    case PROP_AVERAGE_RATING:
      g_value_set_double (value, rapport_ledger_get_average_rating (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_ledger_class_init (RapportLedgerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = rapport_ledger_finalize;
  object_class->get_property = rapport_ledger_get_property;

  g_object_class_install_property (object_class, PROP_MENTEE_ID,
    g_param_spec_int64 ("mentee-id", NULL, NULL, 0, G_MAXINT64, 0, flags));
  g_object_class_install_property (object_class, PROP_MENTEE_NAME,
    g_param_spec_string ("mentee-name", NULL, NULL, NULL, flags));
  g_object_class_install_property (object_class, PROP_ON_TIME_RATE,
    g_param_spec_double ("on-time-rate", NULL, NULL, -1, 1, -1, flags));
  g_object_class_install_property (object_class, PROP_AVERAGE_DAYS_LATE,
    g_param_spec_double ("average-days-late", NULL, NULL, -1, G_MAXDOUBLE, -1, flags));
  g_object_class_install_property (object_class, PROP_RHYTHM_KEPT_RATE,
    g_param_spec_double ("rhythm-kept-rate", NULL, NULL, -1, 1, -1, flags));
  g_object_class_install_property (object_class, PROP_RHYTHM_IDEAL_RATE,
    g_param_spec_double ("rhythm-ideal-rate", NULL, NULL, -1, 1, -1, flags));
  g_object_class_install_property (object_class, PROP_AVERAGE_RATING,
    g_param_spec_double ("average-rating", NULL, NULL, -1, 5, -1, flags));

  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    g_object_class_install_property (object_class, PROP_FIRST_COUNT + i,
      g_param_spec_uint (counts[i].name, NULL, NULL, 0, G_MAXUINT, 0, flags));
}

static void
rapport_ledger_init (RapportLedger *self)
{
  self->ratings = g_array_new (FALSE, TRUE, sizeof (RapportRatingPoint));
  g_array_set_clear_func (self->ratings, rating_point_clear);
  self->mentees = g_list_store_new (RAPPORT_TYPE_LEDGER);
}

/* Public API */

static RapportLedger *
ledger_for (RapportMentee *mentee,
            GDateTime     *start,
            GDateTime     *end,
            int            months)
{
  RapportLedger *self = g_object_new (RAPPORT_TYPE_LEDGER, NULL);

  self->window_start = g_date_time_ref (start);
  self->window_end = g_date_time_ref (end);
  self->months = months;
  if (mentee != NULL)
    {
      self->mentee_id = rapport_item_get_id (RAPPORT_ITEM (mentee));
      self->mentee_name = g_strdup (rapport_mentee_get_name (mentee));
    }
  return self;
}

/**
 * rapport_ledger_new:
 * @repository: a #RapportRepository
 * @mentee_id: one mentee, or 0 for all mentees (archived and paused ones
 *   included; the trash excluded)
 * @now: (nullable): the end of the window; %NULL for the repository's clock
 * @tz: (nullable): the time zone in which due dates and calendar days are
 *   read; %NULL for @now's
 * @months: the window, in calendar months back from @now; 0 or less for
 *   %RAPPORT_LEDGER_DEFAULT_MONTHS
 * @error: return location for an error
 *
 * Computes the ledger. A few indexed queries (one for each kind of record,
 * whatever the number of mentees).
 *
 * Returns: (transfer full): the ledger, or %NULL with @error set
 *   (%RAPPORT_MODEL_ERROR_NOT_FOUND for an unknown mentee)
 */
RapportLedger *
rapport_ledger_new (RapportRepository  *repository,
                    gint64              mentee_id,
                    GDateTime          *now,
                    GTimeZone          *tz,
                    int                 months,
                    GError            **error)
{
  RapportDatabase *db;
  g_autoptr(GDateTime) end = NULL;
  g_autoptr(GDateTime) local_end = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GPtrArray) commitments = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GHashTable) commitments_by = NULL;
  g_autoptr(GHashTable) sessions_by = NULL;
  g_autoptr(GHashTable) changes_by = NULL;
  g_autoptr(RapportLedger) self = NULL;
  GListModel *mentees;

  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (repository), NULL);

  if (months <= 0)
    months = RAPPORT_LEDGER_DEFAULT_MONTHS;

  end = now ? g_date_time_ref (now) : rapport_repository_dup_now (repository);
  if (tz == NULL)
    tz = g_date_time_get_timezone (end);
  local_end = in_tz (end, tz);
  start = g_date_time_add_months (local_end, -months);

  if (mentee_id != 0 && rapport_repository_find_mentee (repository, mentee_id) == NULL)
    {
      g_set_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_NOT_FOUND,
                   _("This mentee is no longer in the notebook."));
      return NULL;
    }

  db = rapport_repository_get_database (repository);
  if (!(commitments = rapport_store_commitments_list_by_owner (db, RAPPORT_TYPE_COMMITMENT, mentee_id, "mentor", error)) ||
      !(changes = rapport_store_commitments_list_due_changes (db, RAPPORT_TYPE_DUE_CHANGE, mentee_id, error)) ||
      !(sessions = rapport_store_sessions_list_outline (db, RAPPORT_TYPE_SESSION_NOTE, mentee_id, error)))
    return NULL;

  commitments_by = group_by (commitments, commitment_mentee);
  sessions_by = group_by (sessions, session_mentee);
  changes_by = group_by (changes, change_commitment);

  self = ledger_for (mentee_id ? rapport_repository_find_mentee (repository, mentee_id) : NULL,
                     start, local_end, months);

  mentees = rapport_repository_get_mentees (repository);
  for (guint i = 0; i < g_list_model_get_n_items (mentees); i++)
    {
      g_autoptr(RapportMentee) m = g_list_model_get_item (mentees, i);
      gint64 id = rapport_item_get_id (RAPPORT_ITEM (m));
      g_autoptr(RapportLedger) one = NULL;

      if (mentee_id != 0 && id != mentee_id)
        continue;

      one = ledger_for (m, start, local_end, months);
      compute (one, m, g_hash_table_lookup (commitments_by, &id), changes_by,
               g_hash_table_lookup (sessions_by, &id), end, tz);

      add_figures (&self->figures, &one->figures);
      for (guint j = 0; j < one->ratings->len; j++)
        {
          RapportRatingPoint p = g_array_index (one->ratings, RapportRatingPoint, j);

          g_date_time_ref (p.at);
          g_array_append_val (self->ratings, p);
        }

      if (mentee_id != 0)
        break;

      if (has_activity (&one->figures))
        g_list_store_append (self->mentees, one);
    }

  return g_steal_pointer (&self);
}

gint64
rapport_ledger_get_mentee_id (RapportLedger *self)
{
  g_return_val_if_fail (RAPPORT_IS_LEDGER (self), 0);

  return self->mentee_id;
}

/**
 * rapport_ledger_get_mentee_name:
 *
 * Returns: (nullable): the mentee's name, %NULL for the ledger across all
 */
const char *
rapport_ledger_get_mentee_name (RapportLedger *self)
{
  g_return_val_if_fail (RAPPORT_IS_LEDGER (self), NULL);

  return self->mentee_name;
}

/**
 * rapport_ledger_get_window_start:
 *
 * Returns: (transfer none): the start of the window (inclusive)
 */
GDateTime *
rapport_ledger_get_window_start (RapportLedger *self)
{
  g_return_val_if_fail (RAPPORT_IS_LEDGER (self), NULL);

  return self->window_start;
}

/**
 * rapport_ledger_get_window_end:
 *
 * Returns: (transfer none): the end of the window ("now", inclusive)
 */
GDateTime *
rapport_ledger_get_window_end (RapportLedger *self)
{
  g_return_val_if_fail (RAPPORT_IS_LEDGER (self), NULL);

  return self->window_end;
}

int
rapport_ledger_get_months (RapportLedger *self)
{
  g_return_val_if_fail (RAPPORT_IS_LEDGER (self), 0);

  return self->months;
}

/**
 * rapport_ledger_get_figures:
 *
 * Returns: (transfer none): the counts
 */
const RapportLedgerFigures *
rapport_ledger_get_figures (RapportLedger *self)
{
  g_return_val_if_fail (RAPPORT_IS_LEDGER (self), NULL);

  return &self->figures;
}

/**
 * rapport_ledger_get_on_time_rate:
 *
 * Kept on time ÷ (kept on time + kept late + dropped + open and overdue),
 * over the promises made in the window.
 *
 * Returns: the rate from 0 to 1, or -1 when no promise has come due
 */
double
rapport_ledger_get_on_time_rate (RapportLedger *self)
{
  const RapportLedgerFigures *f;

  g_return_val_if_fail (RAPPORT_IS_LEDGER (self), -1);

  f = &self->figures;
  return ratio (f->kept_on_time, f->kept_on_time + f->kept_late + f->dropped + f->open_overdue);
}

/**
 * rapport_ledger_get_average_days_late:
 *
 * Returns: the mean days late of the promises kept late, -1 when none was
 */
double
rapport_ledger_get_average_days_late (RapportLedger *self)
{
  g_return_val_if_fail (RAPPORT_IS_LEDGER (self), -1);

  return ratio (self->figures.days_late_total, self->figures.kept_late);
}

/**
 * rapport_ledger_get_rhythm_kept_rate:
 *
 * Returns: gaps within the maximum gap ÷ gaps counted, -1 when none
 */
double
rapport_ledger_get_rhythm_kept_rate (RapportLedger *self)
{
  g_return_val_if_fail (RAPPORT_IS_LEDGER (self), -1);

  return ratio (self->figures.gaps_within_max, self->figures.gaps);
}

/**
 * rapport_ledger_get_rhythm_ideal_rate:
 *
 * Returns: gaps within the ideal interval ÷ gaps counted, -1 when none
 */
double
rapport_ledger_get_rhythm_ideal_rate (RapportLedger *self)
{
  g_return_val_if_fail (RAPPORT_IS_LEDGER (self), -1);

  return ratio (self->figures.gaps_within_ideal, self->figures.gaps);
}

/**
 * rapport_ledger_get_average_rating:
 *
 * Returns: the mean rating of the held meetings in the window, -1 when none
 *   was rated
 */
double
rapport_ledger_get_average_rating (RapportLedger *self)
{
  g_return_val_if_fail (RAPPORT_IS_LEDGER (self), -1);

  return ratio (self->figures.ratings_total, self->figures.ratings);
}

/**
 * rapport_ledger_get_ratings:
 * @self: a #RapportLedger
 * @n_points: (out): the number of points
 *
 * The ratings of the held meetings in the window, oldest first: the series
 * of the ratings chart. For the ledger across all mentees, every mentee's
 * points (by mentee, then date); chart each of rapport_ledger_get_mentees()
 * instead.
 *
 * Returns: (array length=n_points) (transfer none): the points
 */
const RapportRatingPoint *
rapport_ledger_get_ratings (RapportLedger *self,
                            guint         *n_points)
{
  g_return_val_if_fail (RAPPORT_IS_LEDGER (self), NULL);
  g_return_val_if_fail (n_points != NULL, NULL);

  *n_points = self->ratings->len;
  return (const RapportRatingPoint *)(gpointer)self->ratings->data;
}

/**
 * rapport_ledger_get_mentees:
 *
 * Returns: (transfer none): for the ledger across all mentees, a
 *   #GListModel of one #RapportLedger per mentee with any promise, meeting
 *   or counted gap in the window, by name; empty for a one-mentee ledger
 */
GListModel *
rapport_ledger_get_mentees (RapportLedger *self)
{
  g_return_val_if_fail (RAPPORT_IS_LEDGER (self), NULL);

  return G_LIST_MODEL (self->mentees);
}

/**
 * rapport_ledger_format_summary:
 *
 * The compact line for the Prepare tab, e.g. "7 of 9 promises kept on time
 * (78 %), 1 late, 1 renegotiated, 1 dropped · 6 meetings held, 1 cancelled
 * by me · rhythm kept 5 of 6 times".
 *
 * Returns: (transfer full): the summary, translated
 */
char *
rapport_ledger_format_summary (RapportLedger *self)
{
  const RapportLedgerFigures *f;
  guint due;
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (RAPPORT_IS_LEDGER (self), NULL);

  f = &self->figures;
  due = f->kept_on_time + f->kept_late + f->dropped + f->open_overdue;

  if (due == 0)
    g_string_append (out, _("no promise of mine has come due"));
  else
    {
      /* Translators: "7 of 9 promises kept on time (78 %)" */
      g_string_append_printf (out, ngettext ("%u of %u promise kept on time (%d%%)",
                                             "%u of %u promises kept on time (%d%%)", due),
                              f->kept_on_time, due, (int)(100.0 * f->kept_on_time / due + 0.5));
      if (f->kept_late)
        g_string_append_printf (out, ngettext (", %u late", ", %u late", f->kept_late), f->kept_late);
      if (f->open_overdue)
        g_string_append_printf (out, ngettext (", %u overdue", ", %u overdue", f->open_overdue), f->open_overdue);
      if (f->renegotiated)
        g_string_append_printf (out, ngettext (", %u renegotiated", ", %u renegotiated", f->renegotiated), f->renegotiated);
      if (f->dropped)
        g_string_append_printf (out, ngettext (", %u dropped", ", %u dropped", f->dropped), f->dropped);
    }

  g_string_append (out, " · ");
  g_string_append_printf (out, ngettext ("%u meeting held", "%u meetings held", f->held), f->held);
  if (f->cancelled_by_me)
    g_string_append_printf (out, ngettext (", %u cancelled by me", ", %u cancelled by me", f->cancelled_by_me),
                            f->cancelled_by_me);

  if (f->gaps > 0)
    {
      g_string_append (out, " · ");
      /* Translators: check-ins within the maximum gap, "rhythm kept 5 of 6 times" */
      g_string_append_printf (out, ngettext ("rhythm kept %u of %u time", "rhythm kept %u of %u times", f->gaps),
                              f->gaps_within_max, f->gaps);
    }

  return g_string_free (out, FALSE);
}

/**
 * rapport_ledger_dup_ratings_description:
 *
 * The ratings series in words, for the chart's accessible description
 * (screen readers) and a tooltip, e.g. "Ratings, oldest first: 3 on
 * 2026-02-18, 4 on 2026-03-04. Average 3.5."
 *
 * Returns: (transfer full): the description, translated
 */
char *
rapport_ledger_dup_ratings_description (RapportLedger *self)
{
  GString *out;

  g_return_val_if_fail (RAPPORT_IS_LEDGER (self), NULL);

  if (self->ratings->len == 0)
    return g_strdup (_("No rated meetings in this period."));

  out = g_string_new (_("Ratings, oldest first:"));
  for (guint i = 0; i < self->ratings->len; i++)
    {
      const RapportRatingPoint *p = &g_array_index (self->ratings, RapportRatingPoint, i);
      g_autoptr(GDateTime) local = g_date_time_to_timezone (p->at, g_date_time_get_timezone (self->window_end));
      g_autofree char *day = g_date_time_format (local, "%Y-%m-%d");

      g_string_append (out, i == 0 ? " " : ", ");
      /* Translators: one point of the ratings chart, "4 on 2026-03-04" */
      g_string_append_printf (out, _("%d on %s"), p->rating, day);
    }
  g_string_append (out, ". ");
  g_string_append_printf (out, _("Average %.1f."), rapport_ledger_get_average_rating (self));

  return g_string_free (out, FALSE);
}
