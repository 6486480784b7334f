/* test-dialogs.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "rapport-context.h"
#include "rapport-due-change.h"
#include "rapport-due-date-button.h"
#include "rapport-goals-view.h"
#include "rapport-profile-view.h"
#include "rapport-promise-row.h"
#include "rapport-promises-view.h"
#include "rapport-repository.h"
#include "rapport-store.h"
#include "rapport-test-utils.h"

/* The small dialogs of a mentee's tabs: a goal, a boundary, a new due date
 * and dropping a promise. Each test drives the real widgets as the mentor
 * would (typing, pressing Enter, activating actions) and reads the result
 * back from a second connection to the notebook. */

typedef struct
{
  RapportContext    *context;
  RapportRepository *repository;
  RapportMentee     *mentee;
  GtkWindow         *window;
  GtkWidget         *view;
} Fixture;

/* Tuesday 10 March 2026, 10:00: six months later is 10 September. */
static GDateTime *
fixed_now (gpointer user_data)
{
  return g_date_time_new_local (2026, 3, 10, 10, 0, 0);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  GType view_type = GPOINTER_TO_SIZE (data);
  g_autoptr(GError) error = NULL;

  rapport_test_use_system_mime ();

  f->context = rapport_context_new (NULL, &error);
  g_assert_no_error (error);
  f->repository = rapport_context_get_repository (f->context);
  rapport_repository_set_now_func (f->repository, fixed_now, NULL, NULL);

  f->mentee = rapport_mentee_new ();
  rapport_mentee_set_name (f->mentee, "Alex Rivera");
  g_assert_true (rapport_repository_save (f->repository, RAPPORT_ITEM (f->mentee), &error));
  g_assert_no_error (error);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 800, 700);
  f->view = g_object_new (view_type, NULL);
  gtk_window_set_child (f->window, f->view);

  if (view_type == RAPPORT_TYPE_GOALS_VIEW)
    rapport_goals_view_set_mentee (RAPPORT_GOALS_VIEW (f->view), f->repository, f->mentee);
  else if (view_type == RAPPORT_TYPE_PROFILE_VIEW)
    rapport_profile_view_set_mentee (RAPPORT_PROFILE_VIEW (f->view), f->repository, f->mentee);
  else if (view_type == RAPPORT_TYPE_PROMISES_VIEW)
    rapport_promises_view_set_mentee (RAPPORT_PROMISES_VIEW (f->view), f->repository, f->mentee);
  else
    g_assert_not_reached ();

  gtk_window_present (f->window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
}

static gboolean
dialog_gone (gpointer data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window))
        return FALSE;
    }
  return TRUE;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  gpointer weak_view = f->view;

  /* A test that failed half-way may leave a dialog open. */
  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i - 1);

      if (ADW_IS_MESSAGE_DIALOG (window))
        gtk_window_destroy (window);
    }
  g_assert_true (rapport_test_wait_for (dialog_gone, NULL, 5000));

  g_object_add_weak_pointer (G_OBJECT (f->view), &weak_view);
  gtk_window_destroy (f->window);
  rapport_test_iterate (50);
  g_assert_null (weak_view);

  g_clear_object (&f->mentee);
  g_clear_object (&f->context);
}

static RapportRepository *
reopen (Fixture *f)
{
  return rapport_test_reopen (f->context);
}

static GtkWidget *
child (gpointer    widget,
       GType       type,
       const char *name)
{
  return rapport_test_template_child (widget, type, name);
}

static AdwMessageDialog *
wait_for_dialog (const char *heading)
{
  return rapport_test_wait_for_message_dialog (heading);
}

/* The first descendant of @root of @type, not looking inside due date
 * buttons (whose popover holds an entry of its own). */
static GtkWidget *
find_descendant (GtkWidget *root,
                 GType      type)
{
  for (GtkWidget *w = gtk_widget_get_first_child (root); w; w = gtk_widget_get_next_sibling (w))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type))
        return w;
      if (RAPPORT_IS_DUE_DATE_BUTTON (w))
        continue;
      if ((found = find_descendant (w, type)) != NULL)
        return found;
    }
  return NULL;
}

/* The control shown under the caption @label, as the mentor reads it. */
static GtkWidget *
field_under (GtkWidget  *root,
             const char *label)
{
  for (GtkWidget *w = gtk_widget_get_first_child (root); w; w = gtk_widget_get_next_sibling (w))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (w) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (w)), label) == 0)
        {
          g_assert_nonnull (gtk_widget_get_next_sibling (w));
          return gtk_widget_get_next_sibling (w);
        }
      if ((found = field_under (w, label)) != NULL)
        return found;
    }
  return NULL;
}

/* The visible error message inside @root, or %NULL. */
static GtkLabel *
shown_error (GtkWidget *root)
{
  for (GtkWidget *w = gtk_widget_get_first_child (root); w; w = gtk_widget_get_next_sibling (w))
    {
      GtkLabel *found;

      if (!gtk_widget_get_visible (w))
        continue;
      if (GTK_IS_LABEL (w) && gtk_widget_has_css_class (w, "error"))
        return GTK_LABEL (w);
      if ((found = shown_error (w)) != NULL)
        return found;
    }
  return NULL;
}

/* Presses Enter in @editable, the way a mentor submits a dialog: the
 * field has the focus (a focused button would take Enter itself) and its
 * text emits "activate", which activates the window's default. */
static void
press_enter (GtkWidget *editable)
{
  GtkEditable *delegate = gtk_editable_get_delegate (GTK_EDITABLE (editable));

  gtk_widget_grab_focus (editable);
  g_signal_emit_by_name (delegate ? delegate : GTK_EDITABLE (editable), "activate");
}

static void
assert_invalid (GtkWidget *widget,
                gboolean   invalid)
{
  g_autofree char *problem = NULL;

  problem = gtk_test_accessible_check_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_INVALID,
                                             invalid ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE);
  g_assert_null (problem);
  g_assert_cmpint (gtk_widget_has_css_class (widget, "error"), ==, invalid);
}

static void
assert_accessible_label (GtkWidget  *widget,
                         const char *label)
{
  g_autofree char *problem = NULL;

  problem = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label);
  g_assert_null (problem);
}

/* ------------------------------------------------------------------------ */
/* Goals                                                                    */

static RapportGoal *
dup_only_goal (Fixture *f)
{
  g_autoptr(RapportRepository) other = reopen (f);
  g_autoptr(GListModel) goals = rapport_repository_list_goals (other, rapport_item_get_id (RAPPORT_ITEM (f->mentee)));

  g_assert_cmpuint (g_list_model_get_n_items (goals), ==, 1);
  return g_list_model_get_item (goals, 0);
}

static guint
count_stored_goals (Fixture *f)
{
  g_autoptr(RapportRepository) other = reopen (f);
  g_autoptr(GListModel) goals = rapport_repository_list_goals (other, rapport_item_get_id (RAPPORT_ITEM (f->mentee)));

  return g_list_model_get_n_items (goals);
}

static void
test_goal_add (Fixture       *f,
               gconstpointer  data)
{
  GtkListBox *list = GTK_LIST_BOX (child (f->view, RAPPORT_TYPE_GOALS_VIEW, "list"));
  g_autoptr(RapportGoal) stored = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *title, *criteria, *target, *status, *progress;
  GtkListBoxRow *row;

  gtk_widget_activate_action (f->view, "goals.add", NULL);
  dialog = wait_for_dialog ("New Goal");

  title = field_under (GTK_WIDGET (dialog), "Goal");
  criteria = field_under (GTK_WIDGET (dialog), "Success criteria");
  target = field_under (GTK_WIDGET (dialog), "Target date");
  status = field_under (GTK_WIDGET (dialog), "Status");
  progress = field_under (GTK_WIDGET (dialog), "Progress (%)");
  g_assert_true (GTK_IS_ENTRY (title));
  g_assert_true (GTK_IS_ENTRY (criteria));
  g_assert_true (RAPPORT_IS_DUE_DATE_BUTTON (target));
  g_assert_true (GTK_IS_DROP_DOWN (status));
  g_assert_true (GTK_IS_SPIN_BUTTON (progress));

  /* A new goal aims six months out, starts active and at zero; it cannot be
   * added without a title, but nothing scolds before the mentor types. */
  g_assert_cmpstr (rapport_due_date_button_get_date (RAPPORT_DUE_DATE_BUTTON (target)), ==, "2026-09-10");
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (status)), ==, RAPPORT_GOAL_STATUS_ACTIVE);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (progress)), ==, 0);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
  g_assert_null (shown_error (GTK_WIDGET (dialog)));

  gtk_editable_set_text (GTK_EDITABLE (title), "  Lead a design review  ");
  gtk_editable_set_text (GTK_EDITABLE (criteria), "Runs one review end to end");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (progress), 40);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "save"));

  press_enter (title);
  g_assert_true (rapport_test_wait_for (dialog_gone, NULL, 5000));

  row = gtk_list_box_get_row_at_index (list, 0);
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Lead a design review");
  g_assert_null (gtk_list_box_get_row_at_index (list, 1));

  stored = dup_only_goal (f);
  g_assert_cmpstr (rapport_goal_get_title (stored), ==, "Lead a design review");
  g_assert_cmpstr (rapport_goal_get_details (stored), ==, "Runs one review end to end");
  g_assert_cmpstr (rapport_goal_get_target_date (stored), ==, "2026-09-10");
  g_assert_cmpint (rapport_goal_get_status (stored), ==, RAPPORT_GOAL_STATUS_ACTIVE);
  g_assert_cmpint (rapport_goal_get_progress (stored), ==, 40);
}

static void
test_goal_blank_title (Fixture       *f,
                       gconstpointer  data)
{
  AdwMessageDialog *dialog;
  GtkWidget *title;
  GtkLabel *message;

  gtk_widget_activate_action (f->view, "goals.add", NULL);
  dialog = wait_for_dialog ("New Goal");
  title = field_under (GTK_WIDGET (dialog), "Goal");

  /* Enter on the empty title says why nothing happens. */
  press_enter (title);
  message = shown_error (GTK_WIDGET (dialog));
  g_assert_nonnull (message);
  g_assert_cmpstr (gtk_label_get_label (message), ==, "A goal needs a title.");
  assert_invalid (title, TRUE);

  gtk_editable_set_text (GTK_EDITABLE (title), "x");
  g_assert_null (shown_error (GTK_WIDGET (dialog)));
  assert_invalid (title, FALSE);

  gtk_editable_set_text (GTK_EDITABLE (title), "   ");
  g_assert_nonnull (shown_error (GTK_WIDGET (dialog)));
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
  press_enter (title);
  rapport_test_iterate (50);
  g_assert_false (dialog_gone (NULL));

  /* Even a response forced past the disabled button saves nothing. */
  adw_message_dialog_response (dialog, "save");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (count_stored_goals (f), ==, 0);
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (child (f->view, RAPPORT_TYPE_GOALS_VIEW, "list")), 0));
}

static void
test_goal_edit (Fixture       *f,
                gconstpointer  data)
{
  GtkListBox *list = GTK_LIST_BOX (child (f->view, RAPPORT_TYPE_GOALS_VIEW, "list"));
  g_autoptr(RapportGoal) goal = rapport_goal_new ();
  g_autoptr(RapportGoal) stored = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *title, *status, *progress;
  GtkListBoxRow *row;

  rapport_goal_set_mentee_id (goal, rapport_item_get_id (RAPPORT_ITEM (f->mentee)));
  rapport_goal_set_title (goal, "Speak at a meetup");
  rapport_goal_set_target_date (goal, "2026-06-01");
  rapport_goal_set_progress (goal, 30);
  g_assert_true (rapport_repository_save (f->repository, RAPPORT_ITEM (goal), &error));
  g_assert_no_error (error);
  /* The view lists its own copy; show it afresh. */
  rapport_goals_view_set_mentee (RAPPORT_GOALS_VIEW (f->view), f->repository, f->mentee);

  row = gtk_list_box_get_row_at_index (list, 0);
  g_assert_nonnull (row);
  g_signal_emit_by_name (list, "row-activated", row);
  dialog = wait_for_dialog ("Edit Goal");

  title = field_under (GTK_WIDGET (dialog), "Goal");
  status = field_under (GTK_WIDGET (dialog), "Status");
  progress = field_under (GTK_WIDGET (dialog), "Progress (%)");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "Speak at a meetup");
  g_assert_cmpstr (rapport_due_date_button_get_date (RAPPORT_DUE_DATE_BUTTON (field_under (GTK_WIDGET (dialog), "Target date"))),
                   ==, "2026-06-01");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (progress)), ==, 30);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "save"));

  /* Clearing a goal's title is refused at once. */
  gtk_editable_set_text (GTK_EDITABLE (title), "");
  g_assert_nonnull (shown_error (GTK_WIDGET (dialog)));
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));

  gtk_editable_set_text (GTK_EDITABLE (title), "Speak at a conference");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (status), RAPPORT_GOAL_STATUS_ACHIEVED);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (progress), 100);
  press_enter (title);
  g_assert_true (rapport_test_wait_for (dialog_gone, NULL, 5000));

  row = gtk_list_box_get_row_at_index (list, 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Speak at a conference");
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Achieved"));

  stored = dup_only_goal (f);
  g_assert_cmpint (rapport_item_get_id (RAPPORT_ITEM (stored)), ==, rapport_item_get_id (RAPPORT_ITEM (goal)));
  g_assert_cmpstr (rapport_goal_get_title (stored), ==, "Speak at a conference");
  g_assert_cmpint (rapport_goal_get_status (stored), ==, RAPPORT_GOAL_STATUS_ACHIEVED);
  g_assert_cmpint (rapport_goal_get_progress (stored), ==, 100);
  g_assert_cmpstr (rapport_goal_get_target_date (stored), ==, "2026-06-01");
}

/* ------------------------------------------------------------------------ */
/* Boundaries                                                               */

static GPtrArray *
dup_stored_boundaries (Fixture *f)
{
  g_autoptr(RapportRepository) other = reopen (f);
  RapportMentee *stored = rapport_repository_find_mentee (other, rapport_item_get_id (RAPPORT_ITEM (f->mentee)));
  GPtrArray *boundaries;

  g_assert_nonnull (stored);
  boundaries = rapport_mentee_dup_boundaries (stored);
  if (boundaries == NULL)
    boundaries = g_ptr_array_new ();
  return boundaries;
}

static gboolean
profile_saved (gpointer data)
{
  Fixture *f = data;
  g_autoptr(GPtrArray) shown = rapport_mentee_dup_boundaries (f->mentee);
  GtkListBox *list = GTK_LIST_BOX (child (f->view, RAPPORT_TYPE_PROFILE_VIEW, "boundaries_list"));
  guint rows = 0;

  /* The list ends with the entry row, which is not a boundary. */
  while (gtk_list_box_get_row_at_index (list, rows) != NULL)
    rows++;
  return (shown ? shown->len : 0) == rows - 1;
}

static void
test_boundary_add (Fixture       *f,
                   gconstpointer  data)
{
  GtkListBox *list = GTK_LIST_BOX (child (f->view, RAPPORT_TYPE_PROFILE_VIEW, "boundaries_list"));
  GtkWidget *topic = child (f->view, RAPPORT_TYPE_PROFILE_VIEW, "boundary_row");
  GtkWidget *level = child (f->view, RAPPORT_TYPE_PROFILE_VIEW, "boundary_level");
  g_autoptr(GPtrArray) stored = NULL;
  RapportBoundary *b;
  GtkListBoxRow *row;
  GtkWidget *remove;

  gtk_editable_set_text (GTK_EDITABLE (topic), "Family");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (level), RAPPORT_BOUNDARY_LEVEL_OFF_LIMITS);
  press_enter (topic);

  row = gtk_list_box_get_row_at_index (list, 0);
  g_assert_true (ADW_IS_ACTION_ROW (row));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Family");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Off limits");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (topic)), ==, "");

  /* The profile saves itself shortly after; no button to press. */
  g_assert_true (rapport_test_wait_for (profile_saved, f, 5000));
  stored = dup_stored_boundaries (f);
  g_assert_cmpuint (stored->len, ==, 1);
  b = g_ptr_array_index (stored, 0);
  g_assert_cmpstr (b->topic, ==, "Family");
  g_assert_cmpint (b->level, ==, RAPPORT_BOUNDARY_LEVEL_OFF_LIMITS);
  g_clear_pointer (&stored, g_ptr_array_unref);

  /* The same topic again changes its level instead of adding a second row. */
  gtk_editable_set_text (GTK_EDITABLE (topic), "family ");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (level), RAPPORT_BOUNDARY_LEVEL_ASK_FIRST);
  press_enter (topic);
  row = gtk_list_box_get_row_at_index (list, 0);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Ask first");
  g_assert_true (gtk_list_box_get_row_at_index (list, 1) == GTK_LIST_BOX_ROW (topic));

  gtk_editable_set_text (GTK_EDITABLE (topic), "Salary");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (level), RAPPORT_BOUNDARY_LEVEL_OPEN);
  press_enter (topic);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (list, 1))), ==, "Salary");

  g_assert_true (rapport_profile_view_save (RAPPORT_PROFILE_VIEW (f->view), NULL));
  stored = dup_stored_boundaries (f);
  g_assert_cmpuint (stored->len, ==, 2);
  g_assert_cmpint (((RapportBoundary *) g_ptr_array_index (stored, 0))->level, ==, RAPPORT_BOUNDARY_LEVEL_ASK_FIRST);
  g_assert_cmpstr (((RapportBoundary *) g_ptr_array_index (stored, 1))->topic, ==, "Salary");
  g_clear_pointer (&stored, g_ptr_array_unref);

  /* Remove the first with its trash button, found by its accessible name. */
  row = gtk_list_box_get_row_at_index (list, 0);
  remove = find_descendant (GTK_WIDGET (row), GTK_TYPE_BUTTON);
  g_assert_nonnull (remove);
  assert_accessible_label (remove, "Remove “Family”");
  g_signal_emit_by_name (remove, "clicked");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (list, 0))), ==, "Salary");

  g_assert_true (rapport_profile_view_save (RAPPORT_PROFILE_VIEW (f->view), NULL));
  stored = dup_stored_boundaries (f);
  g_assert_cmpuint (stored->len, ==, 1);
  g_assert_cmpstr (((RapportBoundary *) g_ptr_array_index (stored, 0))->topic, ==, "Salary");
}

static void
test_boundary_blank (Fixture       *f,
                     gconstpointer  data)
{
  GtkListBox *list = GTK_LIST_BOX (child (f->view, RAPPORT_TYPE_PROFILE_VIEW, "boundaries_list"));
  GtkWidget *topic = child (f->view, RAPPORT_TYPE_PROFILE_VIEW, "boundary_row");
  GtkWidget *message = child (f->view, RAPPORT_TYPE_PROFILE_VIEW, "boundary_error");
  g_autoptr(GPtrArray) stored = NULL;

  g_assert_false (gtk_widget_get_visible (message));

  gtk_editable_set_text (GTK_EDITABLE (topic), "   ");
  press_enter (topic);
  g_assert_true (gtk_widget_get_visible (message));
  assert_invalid (topic, TRUE);
  /* Only the entry row is in the list. */
  g_assert_true (gtk_list_box_get_row_at_index (list, 0) == GTK_LIST_BOX_ROW (topic));

  /* The add button refuses the same way. */
  g_signal_emit_by_name (find_descendant (topic, GTK_TYPE_BUTTON), "clicked");
  g_assert_true (gtk_list_box_get_row_at_index (list, 0) == GTK_LIST_BOX_ROW (topic));

  /* Typing clears the message. */
  gtk_editable_set_text (GTK_EDITABLE (topic), "Health");
  g_assert_false (gtk_widget_get_visible (message));
  assert_invalid (topic, FALSE);

  /* Nothing was saved: the profile is not even waiting to save. */
  rapport_test_iterate (800);
  stored = dup_stored_boundaries (f);
  g_assert_cmpuint (stored->len, ==, 0);
}

/* ------------------------------------------------------------------------ */
/* Promises: change the due date, drop                                      */

static RapportPromiseRow *
add_promise (Fixture    *f,
             const char *title,
             const char *due_date)
{
  g_autoptr(RapportCommitment) commitment = rapport_commitment_new ();
  g_autoptr(GError) error = NULL;
  GtkListBox *mine = GTK_LIST_BOX (child (f->view, RAPPORT_TYPE_PROMISES_VIEW, "mine_list"));
  GtkListBoxRow *row;

  rapport_commitment_set_mentee_id (commitment, rapport_item_get_id (RAPPORT_ITEM (f->mentee)));
  rapport_commitment_set_owner (commitment, RAPPORT_COMMITMENT_OWNER_MENTOR);
  rapport_commitment_set_title (commitment, title);
  rapport_commitment_set_due_date (commitment, due_date);
  g_assert_true (rapport_repository_save (f->repository, RAPPORT_ITEM (commitment), &error));
  g_assert_no_error (error);
  rapport_promises_view_set_mentee (RAPPORT_PROMISES_VIEW (f->view), f->repository, f->mentee);

  row = gtk_list_box_get_row_at_index (mine, 0);
  g_assert_true (RAPPORT_IS_PROMISE_ROW (row));
  return RAPPORT_PROMISE_ROW (row);
}

static RapportCommitment *
dup_only_promise (Fixture *f)
{
  g_autoptr(RapportRepository) other = reopen (f);
  g_autoptr(GListModel) list = rapport_repository_list_commitments (other, rapport_item_get_id (RAPPORT_ITEM (f->mentee)));

  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  return g_list_model_get_item (list, 0);
}

static GPtrArray *
list_due_changes (Fixture *f)
{
  g_autoptr(RapportRepository) other = reopen (f);
  g_autoptr(GError) error = NULL;
  GPtrArray *changes;

  changes = rapport_store_commitments_list_due_changes (rapport_repository_get_database (other),
                                                        RAPPORT_TYPE_DUE_CHANGE,
                                                        rapport_item_get_id (RAPPORT_ITEM (f->mentee)),
                                                        &error);
  g_assert_no_error (error);
  return changes;
}

static void
test_reschedule (Fixture       *f,
                 gconstpointer  data)
{
  RapportPromiseRow *row = add_promise (f, "Send the portfolio article", "2026-03-12");
  RapportCommitment *live = rapport_promise_row_get_commitment (row);
  g_autoptr(RapportCommitment) stored = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *due, *reason;
  RapportDueChange *change;
  GtkListBoxRow *shown;

  gtk_widget_activate_action (GTK_WIDGET (row), "promise.reschedule", NULL);
  dialog = wait_for_dialog ("Change Due Date");
  due = find_descendant (GTK_WIDGET (dialog), RAPPORT_TYPE_DUE_DATE_BUTTON);
  reason = find_descendant (GTK_WIDGET (dialog), GTK_TYPE_ENTRY);
  g_assert_nonnull (due);
  g_assert_nonnull (reason);
  assert_accessible_label (due, "New due date");
  assert_accessible_label (reason, "Reason, such as “agreed with Alex”");

  /* It starts at the current date, which is nothing to change. */
  g_assert_cmpstr (rapport_due_date_button_get_date (RAPPORT_DUE_DATE_BUTTON (due)), ==, "2026-03-12");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "apply"));
  g_assert_null (shown_error (GTK_WIDGET (dialog)));

  gtk_editable_set_text (GTK_EDITABLE (reason), "Alex asked for a week more");
  g_assert_cmpstr (gtk_label_get_label (shown_error (GTK_WIDGET (dialog))), ==, "Pick a different date.");
  assert_invalid (due, TRUE);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "apply"));

  /* The button's own parsing has its tests; here the date is set as the
   * calendar would set it. */
  rapport_due_date_button_set_date (RAPPORT_DUE_DATE_BUTTON (due), "2026-03-24");
  g_assert_null (shown_error (GTK_WIDGET (dialog)));
  assert_invalid (due, FALSE);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "apply"));

  press_enter (reason);
  g_assert_true (rapport_test_wait_for (dialog_gone, NULL, 5000));

  g_assert_cmpstr (rapport_commitment_get_due_date (live), ==, "2026-03-24");
  g_assert_cmpint (rapport_commitment_get_renegotiations (live), ==, 1);

  stored = dup_only_promise (f);
  g_assert_cmpstr (rapport_commitment_get_due_date (stored), ==, "2026-03-24");
  g_assert_cmpint (rapport_commitment_get_status (stored), ==, RAPPORT_COMMITMENT_STATUS_OPEN);

  /* The change is logged with its reason, for the follow-through ledger. */
  changes = list_due_changes (f);
  g_assert_cmpuint (changes->len, ==, 1);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpint (rapport_due_change_get_commitment_id (change), ==, rapport_item_get_id (RAPPORT_ITEM (live)));
  g_assert_cmpstr (rapport_due_change_get_old_due_date (change), ==, "2026-03-12");
  g_assert_cmpstr (rapport_due_change_get_new_due_date (change), ==, "2026-03-24");
  g_assert_cmpstr (rapport_due_change_get_reason (change), ==, "Alex asked for a week more");

  /* The row says so. */
  shown = gtk_list_box_get_row_at_index (GTK_LIST_BOX (child (f->view, RAPPORT_TYPE_PROMISES_VIEW, "mine_list")), 0);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (shown)), "rescheduled once"));
}

static void
test_reschedule_needs_reason (Fixture       *f,
                              gconstpointer  data)
{
  RapportPromiseRow *row = add_promise (f, "Introduce Alex to Dana", "2026-03-12");
  g_autoptr(RapportCommitment) stored = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *due, *reason;
  GtkLabel *message;

  gtk_widget_activate_action (GTK_WIDGET (row), "promise.reschedule", NULL);
  dialog = wait_for_dialog ("Change Due Date");
  due = find_descendant (GTK_WIDGET (dialog), RAPPORT_TYPE_DUE_DATE_BUTTON);
  reason = find_descendant (GTK_WIDGET (dialog), GTK_TYPE_ENTRY);

  rapport_due_date_button_set_date (RAPPORT_DUE_DATE_BUTTON (due), "2026-04-01");
  gtk_editable_set_text (GTK_EDITABLE (reason), "   ");
  message = shown_error (GTK_WIDGET (dialog));
  g_assert_nonnull (message);
  g_assert_cmpstr (gtk_label_get_label (message), ==, "Give a reason; it is logged with the change.");
  assert_invalid (reason, TRUE);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "apply"));

  press_enter (reason);
  rapport_test_iterate (50);
  g_assert_false (dialog_gone (NULL));

  adw_message_dialog_response (dialog, "apply");
  gtk_window_destroy (GTK_WINDOW (dialog));

  stored = dup_only_promise (f);
  g_assert_cmpstr (rapport_commitment_get_due_date (stored), ==, "2026-03-12");
  changes = list_due_changes (f);
  g_assert_cmpuint (changes->len, ==, 0);
}

static void
test_drop (Fixture       *f,
           gconstpointer  data)
{
  RapportPromiseRow *row = add_promise (f, "Review the case study", "2026-03-12");
  g_autoptr(RapportCommitment) stored = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *reason;
  GtkLabel *message;

  gtk_widget_activate_action (GTK_WIDGET (row), "promise.drop", NULL);
  dialog = wait_for_dialog ("Drop Promise?");
  reason = find_descendant (GTK_WIDGET (dialog), GTK_TYPE_ENTRY);
  g_assert_nonnull (reason);
  assert_accessible_label (reason, "Reason");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "apply"));
  g_assert_null (shown_error (GTK_WIDGET (dialog)));

  /* Enter with no reason keeps the dialog open and says why. */
  press_enter (reason);
  rapport_test_iterate (50);
  g_assert_false (dialog_gone (NULL));
  message = shown_error (GTK_WIDGET (dialog));
  g_assert_nonnull (message);
  g_assert_cmpstr (gtk_label_get_label (message), ==, "Give a reason; it is kept with the promise.");
  assert_invalid (reason, TRUE);
  stored = dup_only_promise (f);
  g_assert_cmpint (rapport_commitment_get_status (stored), ==, RAPPORT_COMMITMENT_STATUS_OPEN);
  g_clear_object (&stored);

  gtk_editable_set_text (GTK_EDITABLE (reason), "They found a better one");
  g_assert_null (shown_error (GTK_WIDGET (dialog)));
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "apply"));
  press_enter (reason);
  g_assert_true (rapport_test_wait_for (dialog_gone, NULL, 5000));

  stored = dup_only_promise (f);
  g_assert_cmpint (rapport_commitment_get_status (stored), ==, RAPPORT_COMMITMENT_STATUS_DROPPED);
  g_assert_cmpstr (rapport_commitment_get_details (stored), ==, "Dropped: They found a better one");
}

static void
test_edit_blank_title (Fixture       *f,
                       gconstpointer  data)
{
  RapportPromiseRow *row = add_promise (f, "Send the article", NULL);
  g_autoptr(RapportCommitment) stored = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *title;

  gtk_widget_activate_action (GTK_WIDGET (row), "promise.edit", NULL);
  dialog = wait_for_dialog ("Edit Promise");
  title = find_descendant (GTK_WIDGET (dialog), GTK_TYPE_ENTRY);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "Send the article");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "apply"));

  gtk_editable_set_text (GTK_EDITABLE (title), " ");
  g_assert_cmpstr (gtk_label_get_label (shown_error (GTK_WIDGET (dialog))), ==, "A promise needs a title.");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "apply"));
  adw_message_dialog_response (dialog, "apply");
  stored = dup_only_promise (f);
  g_assert_cmpstr (rapport_commitment_get_title (stored), ==, "Send the article");
  g_clear_object (&stored);

  gtk_editable_set_text (GTK_EDITABLE (title), "Send the critique article ");
  press_enter (title);
  g_assert_true (rapport_test_wait_for (dialog_gone, NULL, 5000));
  stored = dup_only_promise (f);
  g_assert_cmpstr (rapport_commitment_get_title (stored), ==, "Send the critique article");
}

int
main (int   argc,
      char *argv[])
{
  rapport_test_init_gtk (&argc, &argv);

#define ADD(path, type, func) \
  g_test_add ("/rapport/dialogs/" path, Fixture, GSIZE_TO_POINTER (type), fixture_set_up, func, fixture_tear_down)

  ADD ("goal-add", RAPPORT_TYPE_GOALS_VIEW, test_goal_add);
  ADD ("goal-blank-title", RAPPORT_TYPE_GOALS_VIEW, test_goal_blank_title);
  ADD ("goal-edit", RAPPORT_TYPE_GOALS_VIEW, test_goal_edit);
  ADD ("boundary-add", RAPPORT_TYPE_PROFILE_VIEW, test_boundary_add);
  ADD ("boundary-blank", RAPPORT_TYPE_PROFILE_VIEW, test_boundary_blank);
  ADD ("reschedule", RAPPORT_TYPE_PROMISES_VIEW, test_reschedule);
  ADD ("reschedule-needs-reason", RAPPORT_TYPE_PROMISES_VIEW, test_reschedule_needs_reason);
  ADD ("drop", RAPPORT_TYPE_PROMISES_VIEW, test_drop);
  ADD ("edit-blank-title", RAPPORT_TYPE_PROMISES_VIEW, test_edit_blank_title);

#undef ADD

  return g_test_run ();
}
