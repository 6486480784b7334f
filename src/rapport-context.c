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
};

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
}

static void
rapport_context_init (RapportContext *self)
{
  self->settings = g_settings_new (SCHEMA_ID);
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
