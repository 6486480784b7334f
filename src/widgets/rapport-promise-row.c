/* rapport-promise-row.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-promise-row"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-due-date-button.h"
#include "rapport-format.h"
#include "rapport-promise-row.h"
#include "rapport-rhythm.h"
#include "rapport-status-change.h"
#include "rapport-widget-utils.h"

struct _RapportPromiseRow
{
  AdwActionRow       parent_instance;

  /* Template widgets */
  GtkCheckButton    *done_check;
  GtkMenuButton     *menu_button;
  GtkLabel          *overdue_label;

  /* Owned references */
  RapportRepository *repository;
  RapportCommitment *commitment;

  /* State */
  guint              syncing : 1;
};

enum {
  PROP_0,
  PROP_REPOSITORY,
  PROP_COMMITMENT,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RapportPromiseRow, rapport_promise_row, ADW_TYPE_ACTION_ROW)

static GParamSpec *properties[N_PROPS];

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */

static const char *
kind_label (RapportCommitmentKind kind)
{
  switch (kind)
    {
    case RAPPORT_COMMITMENT_KIND_RESOURCE:
      return _("Resource");
    case RAPPORT_COMMITMENT_KIND_INTRODUCTION:
      return _("Introduction");
    case RAPPORT_COMMITMENT_KIND_CHECK_IN:
      return _("Check-in");
    case RAPPORT_COMMITMENT_KIND_TASK:
      return _("Task");
    case RAPPORT_COMMITMENT_KIND_OTHER:
    default:
      return _("Other");
    }
}

/* Why the promise was dropped, from its history, or %NULL. */
static char *
dup_drop_reason (RapportPromiseRow *self)
{
  g_autoptr(GPtrArray) history = NULL;

  if (self->repository == NULL || !rapport_item_is_saved (RAPPORT_ITEM (self->commitment)))
    return NULL;
  if (!(history = rapport_repository_list_status_changes (self->repository, self->commitment, NULL)))
    return NULL;

  for (guint i = history->len; i > 0; i--)
    {
      RapportStatusChange *change = g_ptr_array_index (history, i - 1);

      if (rapport_status_change_get_new_status (change) == RAPPORT_COMMITMENT_STATUS_DROPPED)
        return g_strdup (rapport_status_change_get_reason (change));
    }
  return NULL;
}

static void
sync_from_commitment (RapportPromiseRow *self)
{
  RapportCommitment *c = self->commitment;
  RapportCommitmentStatus status;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GString) subtitle = NULL;
  const char *due_date, *due_time;
  gboolean overdue = FALSE;

  if (c == NULL)
    return;

  now = self->repository ? rapport_repository_dup_now (self->repository)
                         : g_date_time_new_now_local ();
  status = rapport_commitment_get_status (c);
  due_date = rapport_commitment_get_due_date (c);
  due_time = rapport_commitment_get_due_time (c);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), rapport_commitment_get_title (c));

  subtitle = g_string_new (kind_label (rapport_commitment_get_kind (c)));
  if (status == RAPPORT_COMMITMENT_STATUS_DONE)
    {
      g_string_append (subtitle, " · ");
      g_string_append (subtitle, _("Kept"));
    }
  else if (status == RAPPORT_COMMITMENT_STATUS_DROPPED)
    {
      g_autofree char *reason = dup_drop_reason (self);

      g_string_append (subtitle, " · ");
      if (reason != NULL)
        {
          g_autofree char *shown = rapport_format_user_text (reason);

          /* Translators: under a dropped promise; %s is the reason the mentor gave */
          g_string_append_printf (subtitle, _("Dropped: %s"), shown);
        }
      else
        g_string_append (subtitle, _("Dropped"));
    }
  else if (due_date != NULL)
    {
      g_autofree char *due = rapport_format_due (due_date, due_time, now);

      g_string_append (subtitle, " · ");
      g_string_append (subtitle, due);
      overdue = rapport_due_is_overdue (due_date, due_time, now);
    }
  if (rapport_commitment_get_renegotiations (c) > 0)
    {
      g_string_append (subtitle, " · ");
      g_string_append_printf (subtitle,
                              g_dngettext (GETTEXT_PACKAGE, "rescheduled once", "rescheduled %d times",
                                           rapport_commitment_get_renegotiations (c)),
                              rapport_commitment_get_renegotiations (c));
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle->str);

  gtk_widget_set_visible (GTK_WIDGET (self->overdue_label), overdue);

  if (status == RAPPORT_COMMITMENT_STATUS_OPEN)
    gtk_widget_remove_css_class (GTK_WIDGET (self), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self), "dim-label");

  self->syncing = TRUE;
  gtk_check_button_set_active (self->done_check, status == RAPPORT_COMMITMENT_STATUS_DONE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->done_check), status != RAPPORT_COMMITMENT_STATUS_DROPPED);
  self->syncing = FALSE;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "promise.reschedule",
                                 status == RAPPORT_COMMITMENT_STATUS_OPEN);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "promise.drop",
                                 status == RAPPORT_COMMITMENT_STATUS_OPEN);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "promise.reopen",
                                 status == RAPPORT_COMMITMENT_STATUS_DROPPED);
}

/* ------------------------------------------------------------------------ */
/* Callbacks                                                                */

static void
done_toggled_cb (RapportPromiseRow *self)
{
  if (self->syncing)
    return;

  rapport_promise_row_set_done (self, gtk_check_button_get_active (self->done_check));
}

static void
commitment_notify_cb (RapportPromiseRow *self)
{
  sync_from_commitment (self);
}

/* The edit, reschedule and drop dialogs. Each refuses what it cannot save
 * before a response is possible: the response is disabled and, once the
 * mentor has typed or pressed Enter, an inline message says why. A message
 * dialog closes on any response, so checking afterwards would lose what was
 * typed. */

typedef enum
{
  DIALOG_EDIT,
  DIALOG_RESCHEDULE,
  DIALOG_DROP,
} DialogKind;

typedef struct
{
  RapportPromiseRow    *row;
  DialogKind            kind;
  GtkWidget            *title_entry;
  GtkWidget            *details_entry;
  GtkWidget            *owner_dropdown;
  GtkWidget            *kind_dropdown;
  GtkWidget            *due_button;
  GtkWidget            *reason_entry;
  GtkWidget            *error_label;
  gboolean              touched;
} DialogData;

static void
dialog_data_free (DialogData *data)
{
  g_clear_object (&data->row);
  g_free (data);
}

static gboolean
entry_is_blank (GtkWidget *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  for (; *text != '\0'; text = g_utf8_next_char (text))
    {
      if (!g_unichar_isspace (g_utf8_get_char (text)))
        return FALSE;
    }
  return TRUE;
}

/* Returns: what stops the dialog from saving, or %NULL; @field is the
 * control to mark. */
static const char *
dialog_problem (DialogData  *data,
                GtkWidget  **field)
{
  GtkWidget *unused;

  if (field == NULL)
    field = &unused;
  *field = NULL;

  switch (data->kind)
    {
    case DIALOG_EDIT:
      *field = data->title_entry;
      return entry_is_blank (data->title_entry) ? _("A promise needs a title.") : NULL;

    case DIALOG_RESCHEDULE:
      if (data->row->commitment != NULL &&
          g_strcmp0 (rapport_due_date_button_get_date (RAPPORT_DUE_DATE_BUTTON (data->due_button)),
                     rapport_commitment_get_due_date (data->row->commitment)) == 0)
        {
          *field = data->due_button;
          return _("Pick a different date.");
        }
      *field = data->reason_entry;
      return entry_is_blank (data->reason_entry) ? _("Give a reason; it is logged with the change.") : NULL;

    case DIALOG_DROP:
      *field = data->reason_entry;
      return entry_is_blank (data->reason_entry) ? _("Give a reason; it is kept with the promise.") : NULL;

    default:
      g_assert_not_reached ();
    }
}

static void
set_invalid (GtkWidget *field,
             gboolean   invalid)
{
  if (field == NULL)
    return;

  if (invalid)
    gtk_widget_add_css_class (field, "error");
  else
    gtk_widget_remove_css_class (field, "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (field),
                               GTK_ACCESSIBLE_STATE_INVALID,
                               invalid ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

static void
dialog_validate (AdwMessageDialog *dialog)
{
  DialogData *data = g_object_get_data (G_OBJECT (dialog), "rapport-dialog-data");
  GtkWidget *field = NULL;
  const char *problem = dialog_problem (data, &field);
  gboolean show = problem != NULL && data->touched;

  adw_message_dialog_set_response_enabled (dialog, "apply", problem == NULL);
  gtk_label_set_label (GTK_LABEL (data->error_label), show ? problem : "");
  gtk_widget_set_visible (data->error_label, show);

  set_invalid (data->title_entry, FALSE);
  set_invalid (data->due_button, FALSE);
  set_invalid (data->reason_entry, FALSE);
  set_invalid (field, show);
}

static void
dialog_field_changed_cb (AdwMessageDialog *dialog)
{
  DialogData *data = g_object_get_data (G_OBJECT (dialog), "rapport-dialog-data");

  data->touched = TRUE;
  dialog_validate (dialog);
}

static GtkWidget *
new_dialog (RapportPromiseRow     *self,
            DialogKind             kind,
            const char            *heading,
            const char            *body,
            const char            *response_label,
            AdwResponseAppearance  appearance,
            DialogData           **data_out)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;
  DialogData *data = g_new0 (DialogData, 1);

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "apply", response_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "apply", appearance);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "apply");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  data->row = g_object_ref (self);
  data->kind = kind;
  data->error_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (data->error_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (data->error_label), 0);
  gtk_widget_add_css_class (data->error_label, "error");
  gtk_widget_add_css_class (data->error_label, "caption");
  gtk_widget_set_visible (data->error_label, FALSE);
  g_object_set_data_full (G_OBJECT (dialog), "rapport-dialog-data", data,
                          (GDestroyNotify) dialog_data_free);

  *data_out = data;
  return dialog;
}

static GtkWidget *
new_entry (GtkWidget  *dialog,
           const char *placeholder,
           const char *text)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (entry), text ? text : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, placeholder,
                                  -1);
  g_signal_connect_object (entry, "changed", G_CALLBACK (dialog_field_changed_cb), dialog, G_CONNECT_SWAPPED);
  /* Enter on a refused entry does nothing else, so say why. */
  g_signal_connect_object (entry, "activate", G_CALLBACK (dialog_field_changed_cb), dialog, G_CONNECT_SWAPPED);
  return entry;
}

static GtkWidget *
new_due_button (const char *date)
{
  GtkWidget *button = g_object_new (RAPPORT_TYPE_DUE_DATE_BUTTON,
                                    "title", _("Due Date"),
                                    "empty-text", _("No due date"),
                                    "clear-label", _("_No Due Date"),
                                    "bias", RAPPORT_DATE_BIAS_FUTURE,
                                    NULL);

  rapport_due_date_button_set_date (RAPPORT_DUE_DATE_BUTTON (button), date);
  return button;
}

static void
present_dialog (GtkWidget  *dialog,
                DialogData *data,
                GtkWidget  *box,
                GCallback   response_cb)
{
  GtkWidget *fields[] = { data->title_entry, data->due_button, data->reason_entry };

  /* The message stands under the field it is about (the edit dialog puts
   * it under the title), and screen readers read it with the field. */
  if (gtk_widget_get_parent (data->error_label) == NULL)
    gtk_box_append (GTK_BOX (box), data->error_label);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      if (fields[i] != NULL)
        gtk_accessible_update_relation (GTK_ACCESSIBLE (fields[i]),
                                        GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, data->error_label, NULL,
                                        -1);
    }
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  dialog_validate (ADW_MESSAGE_DIALOG (dialog));
  g_signal_connect (dialog, "response", response_cb, data);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
edit_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  DialogData       *data)
{
  RapportPromiseRow *self = data->row;
  RapportCommitment *c = self->commitment;
  g_autoptr(GError) error = NULL;
  g_autofree char *old_title = NULL;
  g_autofree char *old_details = NULL;
  g_autofree char *old_due_date = NULL;
  g_autofree char *old_due_time = NULL;
  g_autofree char *title = NULL;
  RapportCommitmentOwner old_owner;
  RapportCommitmentKind old_kind;
  const char *due_date;

  if (!g_str_equal (response, "apply") || c == NULL || dialog_problem (data, NULL) != NULL)
    return;

  old_title = g_strdup (rapport_commitment_get_title (c));
  old_details = g_strdup (rapport_commitment_get_details (c));
  old_due_date = g_strdup (rapport_commitment_get_due_date (c));
  old_due_time = g_strdup (rapport_commitment_get_due_time (c));
  old_owner = rapport_commitment_get_owner (c);
  old_kind = rapport_commitment_get_kind (c);

  title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (data->title_entry))));
  due_date = rapport_due_date_button_get_date (RAPPORT_DUE_DATE_BUTTON (data->due_button));

  g_object_freeze_notify (G_OBJECT (c));
  rapport_commitment_set_title (c, title);
  rapport_commitment_set_details (c, gtk_editable_get_text (GTK_EDITABLE (data->details_entry)));
  rapport_commitment_set_owner (c, gtk_drop_down_get_selected (GTK_DROP_DOWN (data->owner_dropdown)) == 1
                                   ? RAPPORT_COMMITMENT_OWNER_MENTEE : RAPPORT_COMMITMENT_OWNER_MENTOR);
  rapport_commitment_set_kind (c, (RapportCommitmentKind) gtk_drop_down_get_selected (GTK_DROP_DOWN (data->kind_dropdown)));
  rapport_commitment_set_due_date (c, due_date);
  /* A time belongs to its date; a promise with no date has none. */
  if (due_date == NULL)
    rapport_commitment_set_due_time (c, NULL);
  g_object_thaw_notify (G_OBJECT (c));

  if (!rapport_repository_save (self->repository, RAPPORT_ITEM (c), &error))
    {
      g_object_freeze_notify (G_OBJECT (c));
      rapport_commitment_set_title (c, old_title);
      rapport_commitment_set_details (c, old_details);
      rapport_commitment_set_owner (c, old_owner);
      rapport_commitment_set_kind (c, old_kind);
      rapport_commitment_set_due_date (c, old_due_date);
      rapport_commitment_set_due_time (c, old_due_time);
      g_object_thaw_notify (G_OBJECT (c));
      rapport_widget_show_error (GTK_WIDGET (self), _("Could not save the promise"), error);
    }
}

static void
reschedule_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        DialogData       *data)
{
  RapportPromiseRow *self = data->row;
  g_autoptr(GError) error = NULL;
  g_autofree char *reason = NULL;
  const char *date;

  if (!g_str_equal (response, "apply") || self->commitment == NULL ||
      dialog_problem (data, NULL) != NULL)
    return;

  date = rapport_due_date_button_get_date (RAPPORT_DUE_DATE_BUTTON (data->due_button));
  reason = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (data->reason_entry))));
  if (!rapport_repository_reschedule_commitment (self->repository, self->commitment, date,
                                                 date ? rapport_commitment_get_due_time (self->commitment) : NULL,
                                                 reason, &error))
    rapport_widget_show_error (GTK_WIDGET (self), _("Could not change the due date"), error);
}

static void
drop_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  DialogData       *data)
{
  RapportPromiseRow *self = data->row;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "apply") || self->commitment == NULL ||
      dialog_problem (data, NULL) != NULL)
    return;

  /* The reason goes into the promise's history, so the ledger can show why. */
  if (!rapport_repository_drop_commitment (self->repository, self->commitment,
                                           gtk_editable_get_text (GTK_EDITABLE (data->reason_entry)),
                                           &error))
    rapport_widget_show_error (GTK_WIDGET (self), _("Could not drop the promise"), error);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  RapportPromiseRow *self = RAPPORT_PROMISE_ROW (widget);
  DialogData *data;
  GtkWidget *dialog, *box;

  RapportCommitment *c = self->commitment;
  g_autoptr(GtkStringList) owners = NULL;
  g_autoptr(GtkStringList) kinds = NULL;

  dialog = new_dialog (self, DIALOG_EDIT, _("Edit Promise"), NULL, _("_Save"), ADW_RESPONSE_SUGGESTED, &data);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  data->title_entry = new_entry (dialog, _("What was promised"), rapport_commitment_get_title (c));
  data->details_entry = new_entry (dialog, _("Details"), rapport_commitment_get_details (c));

  owners = gtk_string_list_new ((const char * const []) { _("I promised"), _("They committed"), NULL });
  data->owner_dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&owners)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (data->owner_dropdown),
                              rapport_commitment_get_owner (c) == RAPPORT_COMMITMENT_OWNER_MENTEE ? 1 : 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (data->owner_dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Who promised"),
                                  -1);

  kinds = gtk_string_list_new (NULL);
  for (RapportCommitmentKind k = RAPPORT_COMMITMENT_KIND_RESOURCE; k <= RAPPORT_COMMITMENT_KIND_OTHER; k++)
    gtk_string_list_append (kinds, kind_label (k));
  data->kind_dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&kinds)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (data->kind_dropdown), rapport_commitment_get_kind (c));
  gtk_accessible_update_property (GTK_ACCESSIBLE (data->kind_dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Kind of promise"),
                                  -1);

  data->due_button = new_due_button (rapport_commitment_get_due_date (c));
  gtk_widget_set_halign (data->due_button, GTK_ALIGN_START);

  gtk_box_append (GTK_BOX (box), rapport_widget_labelled (_("What was promised"), data->title_entry));
  gtk_box_append (GTK_BOX (box), data->error_label);
  gtk_box_append (GTK_BOX (box), rapport_widget_labelled (_("Details"), data->details_entry));
  gtk_box_append (GTK_BOX (box), rapport_widget_labelled (_("Who promised"), data->owner_dropdown));
  gtk_box_append (GTK_BOX (box), rapport_widget_labelled (_("Kind of promise"), data->kind_dropdown));
  gtk_box_append (GTK_BOX (box), rapport_widget_labelled (_("Due date"), data->due_button));
  if (rapport_commitment_get_due_date (c) != NULL)
    {
      GtkWidget *note = gtk_label_new (_("A new due date is kept in the promise’s history."));

      gtk_label_set_wrap (GTK_LABEL (note), TRUE);
      gtk_label_set_xalign (GTK_LABEL (note), 0);
      gtk_widget_add_css_class (note, "caption");
      gtk_widget_add_css_class (note, "dim-label");
      gtk_box_append (GTK_BOX (box), note);
    }
  present_dialog (dialog, data, box, G_CALLBACK (edit_response_cb));
}

static void
reschedule_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  RapportPromiseRow *self = RAPPORT_PROMISE_ROW (widget);
  DialogData *data;
  GtkWidget *dialog, *box;

  dialog = new_dialog (self, DIALOG_RESCHEDULE, _("Change Due Date"),
                       _("The change is logged with its reason, so follow-through stays honest."),
                       _("C_hange"), ADW_RESPONSE_SUGGESTED, &data);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  data->due_button = new_due_button (rapport_commitment_get_due_date (self->commitment));
  gtk_widget_set_halign (data->due_button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (data->due_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("New due date"),
                                  -1);
  g_signal_connect_object (data->due_button, "notify::date", G_CALLBACK (dialog_field_changed_cb),
                           dialog, G_CONNECT_SWAPPED);
  data->reason_entry = new_entry (dialog, _("Reason, such as “agreed with Alex”"), NULL);
  gtk_box_append (GTK_BOX (box), data->due_button);
  gtk_box_append (GTK_BOX (box), data->reason_entry);
  present_dialog (dialog, data, box, G_CALLBACK (reschedule_response_cb));
}

static void
drop_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  RapportPromiseRow *self = RAPPORT_PROMISE_ROW (widget);
  DialogData *data;
  g_autofree char *body = NULL;
  GtkWidget *dialog, *box;

  body = g_strdup_printf (_("“%s” will be kept in the history as dropped."),
                          rapport_commitment_get_title (self->commitment));
  dialog = new_dialog (self, DIALOG_DROP, _("Drop Promise?"), body, _("_Drop"), ADW_RESPONSE_DESTRUCTIVE, &data);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  data->reason_entry = new_entry (dialog, _("Reason"), NULL);
  gtk_box_append (GTK_BOX (box), data->reason_entry);
  present_dialog (dialog, data, box, G_CALLBACK (drop_response_cb));
}

static void
reopen_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  RapportPromiseRow *self = RAPPORT_PROMISE_ROW (widget);
  g_autoptr(RapportCommitment) commitment = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *shown = NULL;
  g_autoptr(GtkRoot) root = NULL;

  if (self->commitment == NULL)
    return;

  /* Saving may rebuild the list and dispose this row. */
  commitment = g_object_ref (self->commitment);
  root = gtk_widget_get_root (widget) ? g_object_ref (gtk_widget_get_root (widget)) : NULL;
  if (!rapport_repository_reopen_commitment (self->repository, commitment, NULL, &error))
    {
      rapport_widget_show_error (widget, _("Could not open the promise again"), error);
      return;
    }

  /* Translators: a toast; %s is the promise's title */
  shown = rapport_format_user_text (rapport_commitment_get_title (commitment));
  title = g_strdup_printf (_("“%s” is open again"), shown);
  if (root != NULL)
    rapport_widget_add_toast (GTK_WIDGET (root), adw_toast_new (title));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  RapportPromiseRow *self = RAPPORT_PROMISE_ROW (widget);
  g_autofree char *title = NULL;
  g_autofree char *shown = NULL;

  if (self->commitment == NULL)
    return;

  shown = rapport_format_user_text (rapport_commitment_get_title (self->commitment));
  /* Translators: a toast; %s is the promise's title */
  title = g_strdup_printf (_("“%s” moved to the trash"), shown);
  rapport_widget_trash_with_undo (widget, self->repository, RAPPORT_ITEM (self->commitment), title);
}

/* ------------------------------------------------------------------------ */
/* GObject                                                                  */

static void
rapport_promise_row_dispose (GObject *object)
{
  RapportPromiseRow *self = (RapportPromiseRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), RAPPORT_TYPE_PROMISE_ROW);
  g_clear_object (&self->commitment);
  g_clear_object (&self->repository);

  G_OBJECT_CLASS (rapport_promise_row_parent_class)->dispose (object);
}

static void
rapport_promise_row_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  RapportPromiseRow *self = RAPPORT_PROMISE_ROW (object);

  switch (prop_id)
    {
    case PROP_REPOSITORY:
      g_value_set_object (value, self->repository);
      break;

    case PROP_COMMITMENT:
      g_value_set_object (value, self->commitment);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_promise_row_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  RapportPromiseRow *self = RAPPORT_PROMISE_ROW (object);

  switch (prop_id)
    {
    case PROP_REPOSITORY:
      self->repository = g_value_dup_object (value);
      break;

    case PROP_COMMITMENT:
      self->commitment = g_value_dup_object (value);
      if (self->commitment != NULL)
        g_signal_connect_object (self->commitment, "notify", G_CALLBACK (commitment_notify_cb),
                                 self, G_CONNECT_SWAPPED);
      sync_from_commitment (self);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_promise_row_class_init (RapportPromiseRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rapport_promise_row_dispose;
  object_class->get_property = rapport_promise_row_get_property;
  object_class->set_property = rapport_promise_row_set_property;

  properties[PROP_REPOSITORY] =
    g_param_spec_object ("repository", NULL, NULL,
                         RAPPORT_TYPE_REPOSITORY,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_COMMITMENT] =
    g_param_spec_object ("commitment", NULL, NULL,
                         RAPPORT_TYPE_COMMITMENT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "promise.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "promise.reschedule", NULL, reschedule_action);
  gtk_widget_class_install_action (widget_class, "promise.drop", NULL, drop_action);
  gtk_widget_class_install_action (widget_class, "promise.reopen", NULL, reopen_action);
  gtk_widget_class_install_action (widget_class, "promise.delete", NULL, delete_action);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/ui/rapport-promise-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportPromiseRow, done_check);
  gtk_widget_class_bind_template_child (widget_class, RapportPromiseRow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, RapportPromiseRow, overdue_label);
  gtk_widget_class_bind_template_callback (widget_class, done_toggled_cb);
}

static void
rapport_promise_row_init (RapportPromiseRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  rapport_row_add_tick_key (GTK_WIDGET (self), self->done_check);
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */

GtkWidget *
rapport_promise_row_new (RapportRepository *repository,
                         RapportCommitment *commitment)
{
  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (repository), NULL);
  g_return_val_if_fail (RAPPORT_IS_COMMITMENT (commitment), NULL);

  return g_object_new (RAPPORT_TYPE_PROMISE_ROW,
                       "repository", repository,
                       "commitment", commitment,
                       NULL);
}

RapportCommitment *
rapport_promise_row_get_commitment (RapportPromiseRow *self)
{
  g_return_val_if_fail (RAPPORT_IS_PROMISE_ROW (self), NULL);

  return self->commitment;
}

/**
 * rapport_promise_row_set_done:
 *
 * Ticks the promise off (with an "Undo" toast) or opens it again.
 */
void
rapport_promise_row_set_done (RapportPromiseRow *self,
                              gboolean           done)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportPromiseRow) hold = NULL;

  g_return_if_fail (RAPPORT_IS_PROMISE_ROW (self));

  if (self->commitment == NULL || self->repository == NULL)
    return;

  /* Saving may rebuild the list and dispose this row. */
  hold = g_object_ref (self);

  if (done)
    {
      if (!rapport_widget_complete_promise (GTK_WIDGET (self), self->repository, self->commitment))
        sync_from_commitment (self);
      return;
    }

  if (!rapport_repository_reopen_commitment (self->repository, self->commitment, NULL, &error))
    {
      rapport_widget_show_error (GTK_WIDGET (self), _("Could not save the promise"), error);
      sync_from_commitment (self);
    }
}
