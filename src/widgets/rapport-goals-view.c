/* rapport-goals-view.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-goals-view"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-due-date-button.h"
#include "rapport-format.h"
#include "rapport-goals-view.h"
#include "rapport-rhythm.h"
#include "rapport-widget-utils.h"

/* The Goals tab: title, success criteria, target date (six months out by
 * default), status and progress. Rows open an editing dialog. */

struct _RapportGoalsView
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkListBox        *list;

  /* Owned references */
  RapportRepository *repository;
  RapportMentee     *mentee;
  GListModel        *goals;
};

G_DEFINE_FINAL_TYPE (RapportGoalsView, rapport_goals_view, GTK_TYPE_WIDGET)

typedef struct
{
  RapportGoalsView *view;
  RapportGoal      *goal;
  GtkWidget        *title_entry;
  GtkWidget        *criteria_entry;
  GtkWidget        *target_button;
  GtkWidget        *status_dropdown;
  GtkWidget        *progress_spin;
  GtkWidget        *title_error;
  gboolean          touched;
} GoalDialog;

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */

static const char *
status_label (RapportGoalStatus status)
{
  switch (status)
    {
    case RAPPORT_GOAL_STATUS_ACTIVE:
      return _("Active");
    case RAPPORT_GOAL_STATUS_ACHIEVED:
      return _("Achieved");
    case RAPPORT_GOAL_STATUS_DROPPED:
      return _("Dropped");
    default:
      return "";
    }
}

static void
sync_row (GtkWidget   *row,
          RapportGoal *goal)
{
  RapportGoalsView *self = g_object_get_data (G_OBJECT (row), "view");
  GtkLevelBar *bar = g_object_get_data (G_OBJECT (row), "bar");
  GtkLabel *percent = g_object_get_data (G_OBJECT (row), "percent");
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *target = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *percent_text = NULL;
  const char *details = rapport_goal_get_details (goal);

  now = self && self->repository ? rapport_repository_dup_now (self->repository) : g_date_time_new_now_local ();
  target = rapport_goal_get_target_date (goal) ? rapport_format_date (rapport_goal_get_target_date (goal), now) : NULL;

  /* Translators: goal status, target date, then the success criteria */
  subtitle = g_strdup_printf ("%s%s%s%s%s",
                              status_label (rapport_goal_get_status (goal)),
                              target ? " · " : "", target ? target : "",
                              details && details[0] ? "\n" : "", details ? details : "");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), rapport_goal_get_title (goal));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_level_bar_set_value (bar, rapport_goal_get_progress (goal));
  percent_text = g_strdup_printf (_("%d%%"), rapport_goal_get_progress (goal));
  gtk_label_set_label (percent, percent_text);
}

static void
goal_notify_cb (GtkWidget   *row,
                GParamSpec  *pspec,
                RapportGoal *goal)
{
  sync_row (row, goal);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *bar = gtk_level_bar_new_for_interval (0, 100);
  GtkWidget *percent = gtk_label_new (NULL);

  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (bar, 80, -1);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_widget_add_css_class (percent, "dim-label");
  gtk_widget_add_css_class (percent, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), bar);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), percent);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  g_object_set_data (G_OBJECT (row), "view", user_data);
  g_object_set_data (G_OBJECT (row), "bar", bar);
  g_object_set_data (G_OBJECT (row), "percent", percent);
  g_object_set_data_full (G_OBJECT (row), "goal", g_object_ref (item), g_object_unref);
  g_signal_connect_object (item, "notify", G_CALLBACK (goal_notify_cb), row, G_CONNECT_SWAPPED);
  sync_row (row, item);
  return row;
}

static void
goal_dialog_free (GoalDialog *data)
{
  g_clear_object (&data->view);
  g_clear_object (&data->goal);
  g_free (data);
}

static void
goal_dialog_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         GoalDialog       *data)
{
  RapportGoalsView *self = data->view;
  g_autoptr(RapportGoal) edited = NULL;
  g_autoptr(GError) error = NULL;

  g_autofree char *title = NULL;

  if (!g_str_equal (response, "save") || self->repository == NULL)
    return;

  /* The response is disabled without a title; this guards other callers. */
  title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (data->title_entry))));
  if (title[0] == '\0')
    return;

  /* Edit a copy so a refused save leaves the list as it was. */
  edited = rapport_goal_new ();
  if (data->goal != NULL)
    rapport_item_update_from (RAPPORT_ITEM (edited), RAPPORT_ITEM (data->goal));
  rapport_goal_set_mentee_id (edited, rapport_item_get_id (RAPPORT_ITEM (self->mentee)));
  rapport_goal_set_title (edited, title);
  rapport_goal_set_details (edited, gtk_editable_get_text (GTK_EDITABLE (data->criteria_entry)));
  rapport_goal_set_target_date (edited, rapport_due_date_button_get_date (RAPPORT_DUE_DATE_BUTTON (data->target_button)));
  rapport_goal_set_status (edited, gtk_drop_down_get_selected (GTK_DROP_DOWN (data->status_dropdown)));
  rapport_goal_set_progress (edited, gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (data->progress_spin)));

  if (!rapport_repository_save (self->repository, RAPPORT_ITEM (edited), &error))
    {
      rapport_widget_show_error (GTK_WIDGET (self), _("Could not save the goal"), error);
      return;
    }
  if (data->goal != NULL)
    rapport_item_update_from (RAPPORT_ITEM (data->goal), RAPPORT_ITEM (edited));
}

/* A blank title disables the response; once the mentor has typed (or
 * pressed Enter) an inline message says why, since a message dialog closes on
 * any response and would lose what was typed. */
static void
validate_title (AdwMessageDialog *dialog)
{
  GoalDialog *data = g_object_get_data (G_OBJECT (dialog), "rapport-goal-dialog");
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (data->title_entry))));
  gboolean blank = text[0] == '\0';
  gboolean show = blank && data->touched;

  adw_message_dialog_set_response_enabled (dialog, "save", !blank);
  gtk_widget_set_visible (data->title_error, show);
  if (show)
    gtk_widget_add_css_class (data->title_entry, "error");
  else
    gtk_widget_remove_css_class (data->title_entry, "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (data->title_entry),
                               GTK_ACCESSIBLE_STATE_INVALID,
                               show ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

static void
title_changed_cb (AdwMessageDialog *dialog)
{
  GoalDialog *data = g_object_get_data (G_OBJECT (dialog), "rapport-goal-dialog");

  data->touched = TRUE;
  validate_title (dialog);
}

/* ------------------------------------------------------------------------ */
/* Callbacks                                                                */

static void
row_activated_cb (RapportGoalsView *self,
                  GtkListBoxRow    *row)
{
  rapport_goals_view_edit_goal (self, g_object_get_data (G_OBJECT (row), "goal"));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  rapport_goals_view_edit_goal (RAPPORT_GOALS_VIEW (widget), NULL);
}

/* ------------------------------------------------------------------------ */
/* GObject                                                                  */

static void
rapport_goals_view_dispose (GObject *object)
{
  RapportGoalsView *self = (RapportGoalsView *)object;
  GtkWidget *child;

  if (self->list != NULL)
    gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RAPPORT_TYPE_GOALS_VIEW);
  /* The template's top-level child is not bound, so unparent it here. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->goals);
  g_clear_object (&self->mentee);
  g_clear_object (&self->repository);

  G_OBJECT_CLASS (rapport_goals_view_parent_class)->dispose (object);
}

static void
rapport_goals_view_class_init (RapportGoalsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rapport_goals_view_dispose;

  gtk_widget_class_install_action (widget_class, "goals.add", NULL, add_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/ui/rapport-goals-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportGoalsView, list);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
rapport_goals_view_init (RapportGoalsView *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  placeholder = gtk_label_new (_("No goals yet. Agree on one or two you can reach together."));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_list_box_set_placeholder (self->list, placeholder);
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */

void
rapport_goals_view_set_mentee (RapportGoalsView  *self,
                               RapportRepository *repository,
                               RapportMentee     *mentee)
{
  g_return_if_fail (RAPPORT_IS_GOALS_VIEW (self));

  gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->goals);
  g_set_object (&self->repository, repository);
  g_set_object (&self->mentee, mentee);

  if (repository != NULL && mentee != NULL)
    {
      self->goals = rapport_repository_list_goals (repository, rapport_item_get_id (RAPPORT_ITEM (mentee)));
      gtk_list_box_bind_model (self->list, self->goals, create_row, self, NULL);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "goals.add", mentee != NULL);
}

/**
 * rapport_goals_view_edit_goal:
 * @goal: (nullable): the goal, or %NULL for a new one
 */
void
rapport_goals_view_edit_goal (RapportGoalsView *self,
                              RapportGoal      *goal)
{
  GtkRoot *root;
  GtkWidget *dialog, *box, *field, *progress;
  GoalDialog *data;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *today = NULL;
  g_autofree char *default_target = NULL;
  g_autoptr(GtkStringList) statuses = NULL;

  g_return_if_fail (RAPPORT_IS_GOALS_VIEW (self));

  if (self->mentee == NULL)
    return;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   goal ? _("Edit Goal") : _("New Goal"), NULL);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save", goal ? _("_Save") : _("_Add"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  data = g_new0 (GoalDialog, 1);
  data->view = g_object_ref (self);
  data->goal = goal ? g_object_ref (goal) : NULL;

  g_object_set_data_full (G_OBJECT (dialog), "rapport-goal-dialog", data,
                          (GDestroyNotify) goal_dialog_free);

  data->title_entry = gtk_entry_new ();
  gtk_entry_set_activates_default (GTK_ENTRY (data->title_entry), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (data->title_entry), goal ? rapport_goal_get_title (goal) : "");
  g_signal_connect_object (data->title_entry, "changed", G_CALLBACK (title_changed_cb), dialog, G_CONNECT_SWAPPED);
  g_signal_connect_object (data->title_entry, "activate", G_CALLBACK (title_changed_cb), dialog, G_CONNECT_SWAPPED);

  data->title_error = gtk_label_new (_("A goal needs a title."));
  gtk_label_set_xalign (GTK_LABEL (data->title_error), 0);
  gtk_label_set_wrap (GTK_LABEL (data->title_error), TRUE);
  gtk_widget_add_css_class (data->title_error, "error");
  gtk_widget_add_css_class (data->title_error, "caption");
  gtk_widget_set_visible (data->title_error, FALSE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (data->title_entry),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, data->title_error, NULL,
                                  -1);

  data->criteria_entry = gtk_entry_new ();
  gtk_entry_set_activates_default (GTK_ENTRY (data->criteria_entry), TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (data->criteria_entry), _("How you will both know it is reached"));
  gtk_editable_set_text (GTK_EDITABLE (data->criteria_entry),
                         goal && rapport_goal_get_details (goal) ? rapport_goal_get_details (goal) : "");

  now = self->repository ? rapport_repository_dup_now (self->repository) : g_date_time_new_now_local ();
  today = rapport_date_from_date_time (now);
  default_target = rapport_date_add_months (today, 6);
  data->target_button = g_object_new (RAPPORT_TYPE_DUE_DATE_BUTTON,
                                      "title", _("Target Date"),
                                      "bias", RAPPORT_DATE_BIAS_FUTURE,
                                      NULL);
  gtk_widget_set_halign (data->target_button, GTK_ALIGN_START);
  rapport_due_date_button_set_date (RAPPORT_DUE_DATE_BUTTON (data->target_button),
                                    goal && rapport_goal_get_target_date (goal)
                                      ? rapport_goal_get_target_date (goal) : default_target);

  statuses = gtk_string_list_new ((const char * const []) { _("Active"), _("Achieved"), _("Dropped"), NULL });
  data->status_dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&statuses)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (data->status_dropdown), goal ? rapport_goal_get_status (goal) : 0);

  progress = data->progress_spin = gtk_spin_button_new_with_range (0, 100, 5);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (progress), goal ? rapport_goal_get_progress (goal) : 0);
  gtk_widget_set_halign (progress, GTK_ALIGN_START);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  field = rapport_widget_labelled (_("Goal"), data->title_entry);
  gtk_box_append (GTK_BOX (field), data->title_error);
  gtk_box_append (GTK_BOX (box), field);
  gtk_box_append (GTK_BOX (box), rapport_widget_labelled (_("Success criteria"), data->criteria_entry));
  gtk_box_append (GTK_BOX (box), rapport_widget_labelled (_("Target date"), data->target_button));
  gtk_box_append (GTK_BOX (box), rapport_widget_labelled (_("Status"), data->status_dropdown));
  gtk_box_append (GTK_BOX (box), rapport_widget_labelled (_("Progress (%)"), progress));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  validate_title (ADW_MESSAGE_DIALOG (dialog));

  g_signal_connect (dialog, "response", G_CALLBACK (goal_dialog_response_cb), data);
  gtk_window_present (GTK_WINDOW (dialog));
}
