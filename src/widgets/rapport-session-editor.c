/* rapport-session-editor.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-session-editor"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>

#include "rapport-date-input.h"
#include "rapport-due-date-button.h"
#include "rapport-promise-composer.h"
#include "rapport-promise-row.h"
#include "rapport-rhythm.h"
#include "rapport-session-editor.h"
#include "rapport-widget-utils.h"

/* The editor of one meeting. Nothing typed is ever lost: every change marks
 * the editor dirty and a save follows about a second after typing pauses,
 * when focus leaves the editor, when it is unmapped (closed, window hidden),
 * when the application shuts down and when it is disposed. A failed save
 * keeps the text, says so once in a toast and retries with a backoff; if the
 * editor goes away while the notebook still refuses the write, the text is
 * written to a recovery file next to the notebook. */

#define AUTOSAVE_DELAY_MSEC 1000
#define RETRY_MIN_MSEC      2000
#define RETRY_MAX_MSEC      30000

struct _RapportSessionEditor
{
  GtkWidget               parent_instance;

  /* Template widgets */
  RapportDueDateButton   *date_button;
  AdwEntryRow            *time_row;
  GtkSpinButton          *duration_spin;
  AdwComboRow            *status_row;
  GtkTextView            *agenda_view;
  GtkTextView            *notes_view;
  GtkLabel               *save_state_label;
  AdwEntryRow            *rating_row;
  AdwEntryRow            *takeaway_row;
  AdwEntryRow            *wins_row;
  GtkLabel               *error_label;
  GtkListBox             *promises_list;
  RapportPromiseComposer *composer;

  /* Owned references */
  RapportRepository      *repository;
  RapportSessionNote     *session;
  GListModel             *promises;

  /* State */
  guint                   save_source;
  guint                   retry_msec;
  guint                   loading : 1;
  guint                   dirty : 1;
  guint                   failing : 1;
};

enum {
  PROP_0,
  PROP_SESSION,
  PROP_DIRTY,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RapportSessionEditor, rapport_session_editor, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

static gboolean save_timeout_cb (gpointer data);

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */

static void
set_dirty (RapportSessionEditor *self,
           gboolean              dirty)
{
  if (self->dirty == !!dirty)
    return;
  self->dirty = !!dirty;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

static void
update_save_state (RapportSessionEditor *self)
{
  const char *text;

  if (self->session == NULL)
    text = "";
  else if (self->failing)
    text = _("Not saved yet — retrying");
  else if (self->dirty)
    text = _("Editing…");
  else
    text = _("Saved");

  gtk_label_set_label (self->save_state_label, text);
}

static void
show_field_error (RapportSessionEditor *self,
                  AdwEntryRow          *row,
                  const char           *message)
{
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message ? message : "",
                                  -1);
}

static void
set_error_text (RapportSessionEditor *self,
                const char           *message)
{
  gtk_label_set_label (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* Reads the rating as typed. Blank is "not rated" (0). */
static gboolean
parse_rating (const char *text,
              int        *rating)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  guint64 value;

  if (copy[0] == '\0')
    {
      *rating = 0;
      return TRUE;
    }
  if (!g_ascii_string_to_unsigned (copy, 10, 1, 5, &value, NULL))
    return FALSE;
  *rating = (int) value;
  return TRUE;
}

/* Checks the fields that can be typed wrong. Invalid ones are shown inline
 * and left out of the save; everything else is still saved. */
static void
validate_fields (RapportSessionEditor *self,
                 gboolean             *rating_ok,
                 int                  *rating,
                 gboolean             *time_ok,
                 int                  *hour,
                 int                  *minute)
{
  const char *time_text = gtk_editable_get_text (GTK_EDITABLE (self->time_row));
  g_autoptr(GString) errors = g_string_new (NULL);
  g_autoptr(GError) time_error = NULL;

  *rating_ok = parse_rating (gtk_editable_get_text (GTK_EDITABLE (self->rating_row)), rating);
  *time_ok = rapport_time_input_parse (time_text, hour, minute, &time_error);

  show_field_error (self, self->rating_row, *rating_ok ? NULL : _("The rating must be a number from 1 to 5."));
  show_field_error (self, self->time_row, *time_ok ? NULL : time_error->message);

  if (!*rating_ok)
    g_string_append (errors, _("The rating must be a number from 1 to 5."));
  if (!*time_ok)
    {
      if (errors->len)
        g_string_append_c (errors, '\n');
      g_string_append (errors, time_error->message);
    }
  set_error_text (self, errors->len ? errors->str : NULL);
}

/* A planned meeting's date leans forward, a held or cancelled one's back:
 * "fri" is the coming Friday or the last one. */
static void
update_date_bias (RapportSessionEditor *self)
{
  RapportSessionStatus status = adw_combo_row_get_selected (self->status_row);

  rapport_due_date_button_set_bias (self->date_button,
                                    status == RAPPORT_SESSION_STATUS_PLANNED ? RAPPORT_DATE_BIAS_FUTURE
                                                                             : RAPPORT_DATE_BIAS_PAST);
}

static void
apply_fields (RapportSessionEditor *self)
{
  RapportSessionNote *s = self->session;
  g_autofree char *agenda = rapport_text_view_dup_text (self->agenda_view);
  g_autofree char *notes = rapport_text_view_dup_text (self->notes_view);
  const char *date = rapport_due_date_button_get_date (self->date_button);
  gboolean rating_ok, time_ok;
  int rating, hour, minute;
  GDate d;

  validate_fields (self, &rating_ok, &rating, &time_ok, &hour, &minute);

  g_object_freeze_notify (G_OBJECT (s));

  if (date != NULL && rapport_date_parse (date, &d))
    {
      GDateTime *old = rapport_session_note_get_starts_at (s);
      g_autoptr(GDateTime) old_local = old ? g_date_time_to_local (old) : NULL;
      g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
      g_autoptr(GDateTime) starts = NULL;

      if (!time_ok)
        {
          hour = old_local ? g_date_time_get_hour (old_local) : 12;
          minute = old_local ? g_date_time_get_minute (old_local) : 0;
        }
      starts = g_date_time_new (tz, g_date_get_year (&d), g_date_get_month (&d),
                                g_date_get_day (&d), hour, minute, 0);
      if (starts != NULL && (old == NULL || !g_date_time_equal (old, starts)))
        rapport_session_note_set_starts_at (s, starts);
    }

  rapport_session_note_set_duration_minutes (s, gtk_spin_button_get_value_as_int (self->duration_spin));
  rapport_session_note_set_status (s, (RapportSessionStatus) adw_combo_row_get_selected (self->status_row));
  rapport_session_note_set_agenda (s, agenda);
  rapport_session_note_set_notes (s, notes);
  if (rating_ok)
    rapport_session_note_set_rating (s, rating);
  rapport_session_note_set_takeaway (s, gtk_editable_get_text (GTK_EDITABLE (self->takeaway_row)));
  rapport_session_note_set_wins (s, gtk_editable_get_text (GTK_EDITABLE (self->wins_row)));

  g_object_thaw_notify (G_OBJECT (s));
}

static void
schedule_save (RapportSessionEditor *self,
               guint                 delay_msec)
{
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (delay_msec, save_timeout_cb, self);
}

/* A last resort when the editor goes away and the notebook still refuses
 * the write: keep the text in a file beside it rather than drop it. */
static void
write_recovery_file (RapportSessionEditor *self)
{
  g_autofree char *notes = rapport_text_view_dup_text (self->notes_view);
  g_autofree char *agenda = rapport_text_view_dup_text (self->agenda_view);
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "rapport", "unsaved", NULL);
  g_autofree char *name = g_strdup_printf ("meeting-%s.txt", rapport_item_get_uuid (RAPPORT_ITEM (self->session))
                                                             ? rapport_item_get_uuid (RAPPORT_ITEM (self->session))
                                                             : "new");
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *contents = g_strdup_printf ("%s\n\n%s\n", agenda, notes);
  g_autoptr(GError) error = NULL;

  if (g_mkdir_with_parents (dir, 0700) != 0 ||
      !g_file_set_contents_full (path, contents, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error))
    g_critical ("Could not keep unsaved meeting notes in %s: %s", path,
                error ? error->message : g_strerror (errno));
  else
    g_message ("Unsaved meeting notes kept in %s", path);
}

static gboolean
flush (RapportSessionEditor *self,
       gboolean              closing)
{
  g_autoptr(GError) error = NULL;

  if (!self->dirty || self->session == NULL || self->repository == NULL)
    return TRUE;

  if (rapport_session_editor_save (self, &error))
    return TRUE;

  if (closing)
    write_recovery_file (self);
  return FALSE;
}

static void
load_session (RapportSessionEditor *self)
{
  RapportSessionNote *s = self->session;
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;
  g_autofree char *rating = NULL;
  GDateTime *starts;

  self->loading = TRUE;

  if (s != NULL)
    {
      starts = rapport_session_note_get_starts_at (s);
      if (starts != NULL)
        {
          g_autoptr(GDateTime) local = g_date_time_to_local (starts);

          date = g_date_time_format (local, "%Y-%m-%d");
          time = g_date_time_format (local, "%H:%M");
        }
      if (rapport_session_note_get_rating (s) > 0)
        rating = g_strdup_printf ("%d", rapport_session_note_get_rating (s));
    }

  rapport_due_date_button_set_date (self->date_button, date);
  gtk_editable_set_text (GTK_EDITABLE (self->time_row), time ? time : "");
  gtk_spin_button_set_value (self->duration_spin,
                             s && rapport_session_note_get_duration_minutes (s) > 0
                               ? rapport_session_note_get_duration_minutes (s) : 60);
  adw_combo_row_set_selected (self->status_row, s ? rapport_session_note_get_status (s) : 0);
  update_date_bias (self);
  rapport_text_view_set_text (self->agenda_view, s ? rapport_session_note_get_agenda (s) : NULL);
  rapport_text_view_set_text (self->notes_view, s ? rapport_session_note_get_notes (s) : NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->rating_row), rating ? rating : "");
  gtk_editable_set_text (GTK_EDITABLE (self->takeaway_row),
                         s && rapport_session_note_get_takeaway (s) ? rapport_session_note_get_takeaway (s) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->wins_row),
                         s && rapport_session_note_get_wins (s) ? rapport_session_note_get_wins (s) : "");

  show_field_error (self, self->rating_row, NULL);
  show_field_error (self, self->time_row, NULL);
  set_error_text (self, NULL);

  self->loading = FALSE;
  self->failing = FALSE;
  set_dirty (self, FALSE);
  update_save_state (self);
}

static gboolean
is_from_session (gpointer item,
                 gpointer user_data)
{
  RapportSessionEditor *self = user_data;

  return self->session != NULL &&
         rapport_commitment_get_session_id (item) == rapport_item_get_id (RAPPORT_ITEM (self->session));
}

static GtkWidget *
create_promise_row (gpointer item,
                    gpointer user_data)
{
  RapportSessionEditor *self = user_data;

  return rapport_promise_row_new (self->repository, item);
}

static void
promises_changed_cb (RapportSessionEditor *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->promises_list),
                          self->promises != NULL && g_list_model_get_n_items (self->promises) > 0);
}

static void
bind_promises (RapportSessionEditor *self)
{
  gtk_list_box_bind_model (self->promises_list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->promises);

  if (self->session != NULL && self->repository != NULL)
    {
      GListModel *all = rapport_repository_list_commitments (self->repository,
                                                             rapport_session_note_get_mentee_id (self->session));
      GtkCustomFilter *filter = gtk_custom_filter_new (is_from_session, self, NULL);

      self->promises = G_LIST_MODEL (gtk_filter_list_model_new (all, GTK_FILTER (filter)));
      g_signal_connect_object (self->promises, "items-changed", G_CALLBACK (promises_changed_cb),
                               self, G_CONNECT_SWAPPED);
      gtk_list_box_bind_model (self->promises_list, self->promises, create_promise_row, self, NULL);
    }

  rapport_promise_composer_set_repository (self->composer, self->repository);
  rapport_promise_composer_set_mentee_id (self->composer,
                                          self->session ? rapport_session_note_get_mentee_id (self->session) : 0);
  rapport_promise_composer_set_session_id (self->composer,
                                           self->session ? rapport_item_get_id (RAPPORT_ITEM (self->session)) : 0);
  promises_changed_cb (self);
}

/* ------------------------------------------------------------------------ */
/* Callbacks                                                                */

static gboolean
save_timeout_cb (gpointer data)
{
  RapportSessionEditor *self = data;

  self->save_source = 0;
  flush (self, FALSE);
  return G_SOURCE_REMOVE;
}

static void
field_changed_cb (RapportSessionEditor *self)
{
  if (self->loading || self->session == NULL)
    return;

  update_date_bias (self);

  set_dirty (self, TRUE);
  update_save_state (self);

  /* While the notebook refuses writes, the retry timer is running already. */
  if (!self->failing)
    schedule_save (self, AUTOSAVE_DELAY_MSEC);
}

static void
focus_leave_cb (RapportSessionEditor *self)
{
  flush (self, FALSE);
}

static void
application_shutdown_cb (RapportSessionEditor *self)
{
  flush (self, TRUE);
}

/* ------------------------------------------------------------------------ */
/* GtkWidget                                                                */

static void
rapport_session_editor_unmap (GtkWidget *widget)
{
  flush (RAPPORT_SESSION_EDITOR (widget), FALSE);

  GTK_WIDGET_CLASS (rapport_session_editor_parent_class)->unmap (widget);
}

/* ------------------------------------------------------------------------ */
/* GObject                                                                  */

static void
rapport_session_editor_dispose (GObject *object)
{
  RapportSessionEditor *self = (RapportSessionEditor *)object;
  GtkWidget *child;

  if (self->notes_view != NULL)
    flush (self, TRUE);

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->promises_list != NULL)
    gtk_list_box_bind_model (self->promises_list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RAPPORT_TYPE_SESSION_EDITOR);
  /* The template's top-level child is not bound, so unparent it here. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->promises);
  g_clear_object (&self->session);
  g_clear_object (&self->repository);

  G_OBJECT_CLASS (rapport_session_editor_parent_class)->dispose (object);
}

static void
rapport_session_editor_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  RapportSessionEditor *self = RAPPORT_SESSION_EDITOR (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    case PROP_DIRTY:
      g_value_set_boolean (value, self->dirty);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_session_editor_class_init (RapportSessionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rapport_session_editor_dispose;
  object_class->get_property = rapport_session_editor_get_property;

  widget_class->unmap = rapport_session_editor_unmap;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         RAPPORT_TYPE_SESSION_NOTE,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * RapportSessionEditor:dirty:
   *
   * Whether the editor holds changes not yet in the notebook.
   */
  properties[PROP_DIRTY] =
    g_param_spec_boolean ("dirty", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RAPPORT_TYPE_DUE_DATE_BUTTON);
  g_type_ensure (RAPPORT_TYPE_PROMISE_COMPOSER);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/ui/rapport-session-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportSessionEditor, date_button);
  gtk_widget_class_bind_template_child (widget_class, RapportSessionEditor, time_row);
  gtk_widget_class_bind_template_child (widget_class, RapportSessionEditor, duration_spin);
  gtk_widget_class_bind_template_child (widget_class, RapportSessionEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, RapportSessionEditor, agenda_view);
  gtk_widget_class_bind_template_child (widget_class, RapportSessionEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, RapportSessionEditor, save_state_label);
  gtk_widget_class_bind_template_child (widget_class, RapportSessionEditor, rating_row);
  gtk_widget_class_bind_template_child (widget_class, RapportSessionEditor, takeaway_row);
  gtk_widget_class_bind_template_child (widget_class, RapportSessionEditor, wins_row);
  gtk_widget_class_bind_template_child (widget_class, RapportSessionEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, RapportSessionEditor, promises_list);
  gtk_widget_class_bind_template_child (widget_class, RapportSessionEditor, composer);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
}

static void
rapport_session_editor_init (RapportSessionEditor *self)
{
  GtkEventController *focus;
  GApplication *app;

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (gtk_text_view_get_buffer (self->agenda_view), "changed",
                           G_CALLBACK (field_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (field_changed_cb), self, G_CONNECT_SWAPPED);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "leave", G_CALLBACK (focus_leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);

  /* Quitting may not unmap or dispose the editor before the process ends. */
  if ((app = g_application_get_default ()) != NULL)
    g_signal_connect_object (app, "shutdown", G_CALLBACK (application_shutdown_cb),
                             self, G_CONNECT_SWAPPED);

  update_save_state (self);
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */

GtkWidget *
rapport_session_editor_new (void)
{
  return g_object_new (RAPPORT_TYPE_SESSION_EDITOR, NULL);
}

RapportSessionNote *
rapport_session_editor_get_session (RapportSessionEditor *self)
{
  g_return_val_if_fail (RAPPORT_IS_SESSION_EDITOR (self), NULL);

  return self->session;
}

/**
 * rapport_session_editor_set_session:
 * @self: a #RapportSessionEditor
 * @repository: (nullable): where to save
 * @session: (nullable): a saved meeting
 *
 * Saves what the editor holds, then shows @session.
 */
void
rapport_session_editor_set_session (RapportSessionEditor *self,
                                    RapportRepository    *repository,
                                    RapportSessionNote   *session)
{
  g_return_if_fail (RAPPORT_IS_SESSION_EDITOR (self));
  g_return_if_fail (!repository || RAPPORT_IS_REPOSITORY (repository));
  g_return_if_fail (!session || RAPPORT_IS_SESSION_NOTE (session));

  if (self->session == session && self->repository == repository)
    return;

  flush (self, TRUE);
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->retry_msec = 0;

  g_set_object (&self->repository, repository);
  g_set_object (&self->session, session);
  load_session (self);
  bind_promises (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

gboolean
rapport_session_editor_get_dirty (RapportSessionEditor *self)
{
  g_return_val_if_fail (RAPPORT_IS_SESSION_EDITOR (self), FALSE);

  return self->dirty;
}

/**
 * rapport_session_editor_save:
 * @self: a #RapportSessionEditor
 * @error: return location for an error
 *
 * Saves now. On failure the text stays, a toast says so (once per run of
 * failures) and a retry is scheduled.
 *
 * Returns: %TRUE if the notebook holds what the editor shows
 */
gboolean
rapport_session_editor_save (RapportSessionEditor  *self,
                             GError               **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (RAPPORT_IS_SESSION_EDITOR (self), FALSE);

  g_clear_handle_id (&self->save_source, g_source_remove);

  if (self->session == NULL || self->repository == NULL)
    return TRUE;

  apply_fields (self);

  if (!rapport_repository_save (self->repository, RAPPORT_ITEM (self->session), &local_error))
    {
      if (!self->failing)
        rapport_widget_show_error (GTK_WIDGET (self), _("Could not save the meeting notes"), local_error);
      self->failing = TRUE;
      self->retry_msec = CLAMP (self->retry_msec * 2, RETRY_MIN_MSEC, RETRY_MAX_MSEC);
      schedule_save (self, self->retry_msec);
      update_save_state (self);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (self->failing)
    rapport_widget_add_toast (GTK_WIDGET (self), adw_toast_new (_("Meeting notes saved")));
  self->failing = FALSE;
  self->retry_msec = 0;
  set_dirty (self, FALSE);
  update_save_state (self);
  return TRUE;
}

void
rapport_session_editor_focus_notes (RapportSessionEditor *self)
{
  g_return_if_fail (RAPPORT_IS_SESSION_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->notes_view));
}
