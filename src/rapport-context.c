/* rapport-context.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-context"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-context.h"
#include "rapport-data-dir.h"
#include "rapport-repository.h"
#include "rapport-scheduler.h"

/*
 * RapportContext is the one object the application hands to every view: the
 * notebook's location, the settings and, as the layers below grow, the
 * repository, the clock and the reminder scheduler. There are no globals.
 */

struct _RapportContext
{
  GObject    parent_instance;

  /* Owned references */
  GSettings         *settings;
  RapportRepository *repository;
  RapportScheduler  *scheduler;

  /* State */
  char      *data_dir;
  char      *backup_day;      /* the day whose automatic backup is taken */
  char      *backing_up_day;  /* the day of the backup being written */
  guint      backup_source;
  guint      backup_delay_ms;
  guint      backups_started : 1;
  guint      backup_wanted : 1;   /* a change of the day is not backed up yet */
};

/* The daily backup waits this long after the day's first change, so it
 * holds what the mentor came to write rather than the first keystroke. */
#define BACKUP_DELAY_MS (2 * 60 * 1000)

enum {
  BACKUP_FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_DATA_DIR,
  PROP_SETTINGS,
  PROP_REPOSITORY,
  PROP_SCHEDULER,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RapportContext, rapport_context, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

/* ------------------------------------------------------------------------ */

static void
rapport_context_dispose (GObject *object)
{
  RapportContext *self = (RapportContext *)object;

  g_clear_handle_id (&self->backup_source, g_source_remove);

  if (self->scheduler != NULL)
    rapport_scheduler_stop (self->scheduler);
  g_clear_object (&self->scheduler);
  g_clear_object (&self->settings);
  g_clear_object (&self->repository);

  G_OBJECT_CLASS (rapport_context_parent_class)->dispose (object);
}

static void
rapport_context_finalize (GObject *object)
{
  RapportContext *self = (RapportContext *)object;

  g_clear_pointer (&self->data_dir, g_free);
  g_clear_pointer (&self->backup_day, g_free);
  g_clear_pointer (&self->backing_up_day, g_free);

  G_OBJECT_CLASS (rapport_context_parent_class)->finalize (object);
}

static void
rapport_context_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  RapportContext *self = RAPPORT_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_DATA_DIR:
      g_value_set_string (value, self->data_dir);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_REPOSITORY:
      g_value_set_object (value, self->repository);
      break;

    case PROP_SCHEDULER:
      g_value_set_object (value, self->scheduler);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_context_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  RapportContext *self = RAPPORT_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_DATA_DIR:
      self->data_dir = g_value_dup_string (value);
      break;

    case PROP_REPOSITORY:
      self->repository = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_context_class_init (RapportContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rapport_context_dispose;
  object_class->finalize = rapport_context_finalize;
  object_class->get_property = rapport_context_get_property;
  object_class->set_property = rapport_context_set_property;

  properties[PROP_DATA_DIR] =
    g_param_spec_string ("data-dir", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_REPOSITORY] =
    g_param_spec_object ("repository", NULL, NULL,
                         RAPPORT_TYPE_REPOSITORY,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SCHEDULER] =
    g_param_spec_object ("scheduler", NULL, NULL,
                         RAPPORT_TYPE_SCHEDULER,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RapportContext::backup-failed:
   * @message: what went wrong, for the mentor
   *
   * Today's automatic backup could not be written. It is tried again with
   * the next change to the notebook.
   */
  signals[BACKUP_FAILED] =
    g_signal_new ("backup-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
rapport_context_init (RapportContext *self)
{
  self->settings = g_settings_new (SCHEMA_ID);
  self->backup_delay_ms = BACKUP_DELAY_MS;
}

/* ------------------------------------------------------------------------ */

/**
 * rapport_context_new:
 * @data_dir: (nullable): the notebook directory, or %NULL for
 *   `$XDG_DATA_HOME/rapport`
 * @error: return location for an error
 *
 * Creates the context: makes sure the private data directory exists and
 * opens (creating or migrating) the notebook in it. A damaged notebook, a
 * file that is not a notebook, or one written by a newer Rapport is never
 * overwritten; the error says what happened so the window can offer the
 * backups.
 *
 * Returns: (transfer full): a new context, or %NULL with @error set
 */
RapportContext *
rapport_context_new (const char  *data_dir,
                     GError     **error)
{
  g_autofree char *default_dir = NULL;
  g_autoptr(RapportRepository) repository = NULL;
  g_autoptr(RapportContext) self = NULL;

  if (data_dir == NULL)
    data_dir = default_dir = rapport_data_dir_dup_default ();

  if (!rapport_data_dir_ensure (data_dir, error))
    return NULL;

  if (!(repository = rapport_repository_new (data_dir, error)))
    return NULL;

  self = g_object_new (RAPPORT_TYPE_CONTEXT,
                       "data-dir", data_dir,
                       "repository", repository,
                       NULL);

  return g_steal_pointer (&self);
}

const char *
rapport_context_get_data_dir (RapportContext *self)
{
  g_return_val_if_fail (RAPPORT_IS_CONTEXT (self), NULL);

  return self->data_dir;
}

/**
 * rapport_context_get_settings:
 * @self: a #RapportContext
 *
 * Returns: (transfer none): the application settings
 */
GSettings *
rapport_context_get_settings (RapportContext *self)
{
  g_return_val_if_fail (RAPPORT_IS_CONTEXT (self), NULL);

  return self->settings;
}

/**
 * rapport_context_get_repository:
 * @self: a #RapportContext
 *
 * Returns: (transfer none): the notebook's repository
 */
RapportRepository *
rapport_context_get_repository (RapportContext *self)
{
  g_return_val_if_fail (RAPPORT_IS_CONTEXT (self), NULL);

  return self->repository;
}

/**
 * rapport_context_get_scheduler:
 * @self: a #RapportContext
 *
 * Returns: (transfer none) (nullable): the reminder scheduler, once
 *   rapport_context_start_reminders() was called
 */
RapportScheduler *
rapport_context_get_scheduler (RapportContext *self)
{
  g_return_val_if_fail (RAPPORT_IS_CONTEXT (self), NULL);

  return self->scheduler;
}

static void
repository_changed_cb (RapportContext    *self,
                       RapportRepository *repository)
{
  if (self->scheduler != NULL)
    rapport_scheduler_notebook_changed (self->scheduler);
}

/* ------------------------------------------------------------------------ */
/* The daily backup                                                         */

/*
 * The automatic backup of the day is taken once the notebook holds the
 * day's first change: a while after that change (BACKUP_DELAY_MS), or when
 * Rapport quits, whichever comes first; never of a notebook without a
 * mentee, so a new notebook's first backup holds the first day's work.
 * rapport_database_backup_daily() writes it (off the main thread) and
 * rotates the older ones. A failure is reported (::backup-failed) and the
 * next change tries again.
 */

static char *
dup_today (RapportContext *self)
{
  g_autoptr(GDateTime) now = rapport_repository_dup_now (self->repository);

  return g_date_time_format (now, "%Y-%m-%d");
}

static void
backup_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(RapportContext) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *day = g_steal_pointer (&self->backing_up_day);
  g_autofree char *path = NULL;

  if (!rapport_repository_backup_daily_finish (RAPPORT_REPOSITORY (object), result, &path, &error))
    {
      g_signal_emit (self, signals[BACKUP_FAILED], 0, error->message);
      return;
    }

  if (path != NULL)
    g_debug ("Today's backup: %s", path);
  g_free (self->backup_day);
  self->backup_day = g_steal_pointer (&day);
  self->backup_wanted = FALSE;
}

static void
start_backup (RapportContext *self)
{
  g_clear_handle_id (&self->backup_source, g_source_remove);

  if (self->backing_up_day != NULL)
    return;

  /* Nothing of the mentor's to keep yet (and emptied trash is gone). */
  if (g_list_model_get_n_items (rapport_repository_get_mentees (self->repository)) == 0)
    return;

  self->backing_up_day = dup_today (self);
  rapport_repository_backup_daily_async (self->repository, NULL, backup_done_cb, g_object_ref (self));
}

static gboolean
backup_timeout_cb (gpointer user_data)
{
  RapportContext *self = user_data;

  self->backup_source = 0;
  start_backup (self);

  return G_SOURCE_REMOVE;
}

static void
notebook_changed_cb (RapportContext    *self,
                     RapportRepository *repository)
{
  g_autofree char *today = dup_today (self);

  if (g_strcmp0 (today, self->backup_day) == 0)
    return;

  self->backup_wanted = TRUE;
  if (self->backup_source == 0 && self->backing_up_day == NULL)
    self->backup_source = g_timeout_add (self->backup_delay_ms, backup_timeout_cb, self);
}

/**
 * rapport_context_start_daily_backups:
 * @self: a #RapportContext
 *
 * From now on, the day's first change to the notebook leads to the day's
 * automatic backup (see rapport_context_finish_backup() for quitting).
 * Not for a sample notebook, nor one opened read-only.
 */
void
rapport_context_start_daily_backups (RapportContext *self)
{
  g_return_if_fail (RAPPORT_IS_CONTEXT (self));

  if (self->backups_started || rapport_repository_is_read_only (self->repository))
    return;

  self->backups_started = TRUE;
  g_signal_connect_object (self->repository, "changed",
                           G_CALLBACK (notebook_changed_cb), self, G_CONNECT_SWAPPED);
}

/**
 * rapport_context_finish_backup:
 * @self: a #RapportContext
 *
 * For quitting: takes the day's backup now if a change is not backed up yet
 * (waiting for its time, or after a failure), and returns once no backup is
 * being written.
 */
void
rapport_context_finish_backup (RapportContext *self)
{
  g_return_if_fail (RAPPORT_IS_CONTEXT (self));

  if (self->backup_wanted)
    start_backup (self);

  /* The backup thread reports on this main context. */
  while (self->backing_up_day != NULL)
    g_main_context_iteration (NULL, TRUE);
}

/*
 * _rapport_context_set_backup_delay:
 *
 * For tests: how long after the day's first change the backup is taken.
 */
void
_rapport_context_set_backup_delay (RapportContext *self,
                                   guint           msec)
{
  g_return_if_fail (RAPPORT_IS_CONTEXT (self));

  self->backup_delay_ms = msec;
}

/* Done in a notification: ticked off through the repository, so the open
 * views follow and Undo in the window stays possible. */
static gboolean
complete_promise_cb (RapportContext   *self,
                     gint64            commitment_id,
                     RapportScheduler *scheduler)
{
  g_autoptr(RapportCommitment) commitment = NULL;
  g_autoptr(GError) error = NULL;

  if (rapport_repository_is_read_only (self->repository))
    return FALSE;

  if (!(commitment = rapport_repository_find_commitment (self->repository, commitment_id, &error)) ||
      (rapport_commitment_get_status (commitment) == RAPPORT_COMMITMENT_STATUS_OPEN &&
       !rapport_repository_complete_commitment (self->repository, commitment, &error)))
    {
      g_warning ("Could not mark the promise done from its notification: %s", error->message);
      return FALSE;
    }

  return TRUE;
}

/**
 * rapport_context_start_reminders:
 * @self: a #RapportContext
 * @clock: the clock the reminders run on (the system clock in the app)
 * @notifier: where reminders are shown (libnotify in the app)
 *
 * Creates the reminder scheduler over the notebook, keeps it in step with
 * the reminder settings and with every change made through the repository,
 * lets Done in a notification complete the promise, and starts it: what
 * was missed while Rapport was not running is delivered now. Does nothing
 * the second time, or for a notebook opened read-only (nothing could be
 * recorded as delivered).
 *
 * Returns: (transfer none) (nullable): the scheduler
 */
RapportScheduler *
rapport_context_start_reminders (RapportContext  *self,
                                 RapportClock    *clock,
                                 RapportNotifier *notifier)
{
  static const struct {
    const char *key;
    const char *property;
  } bindings[] = {
    { "reminders-enabled", "enabled" },
    { "morning-hour", "morning-hour" },
    { "meeting-lead-minutes", "meeting-lead-minutes" },
    { "quiet-hours-enabled", "quiet-hours-enabled" },
    { "quiet-start", "quiet-start" },
    { "quiet-end", "quiet-end" },
    { "show-details", "show-details" },
    { "remind-mentee-commitments", "remind-mentee-commitments" },
    { "snooze-until-hour", "snooze-until-hour" },
  };

  g_return_val_if_fail (RAPPORT_IS_CONTEXT (self), NULL);
  g_return_val_if_fail (RAPPORT_IS_CLOCK (clock), NULL);
  g_return_val_if_fail (RAPPORT_IS_NOTIFIER (notifier), NULL);

  if (self->scheduler != NULL)
    return self->scheduler;

  if (rapport_repository_is_read_only (self->repository))
    return NULL;

  self->scheduler = rapport_scheduler_new (rapport_repository_get_database (self->repository),
                                           clock, notifier);

  for (guint i = 0; i < G_N_ELEMENTS (bindings); i++)
    g_settings_bind (self->settings, bindings[i].key, self->scheduler, bindings[i].property,
                     G_SETTINGS_BIND_GET);

  g_signal_connect_object (self->repository, "changed",
                           G_CALLBACK (repository_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->scheduler, "complete-promise",
                           G_CALLBACK (complete_promise_cb), self, G_CONNECT_SWAPPED);

  rapport_scheduler_start (self->scheduler);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCHEDULER]);

  return self->scheduler;
}
