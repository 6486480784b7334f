/* test-window.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "rapport-application.h"
#include "rapport-context.h"
#include "rapport-demo.h"
#include "rapport-mentee-page-private.h"
#include "rapport-new-mentee-dialog.h"
#include "rapport-test-utils.h"
#include "rapport-window-private.h"

static gboolean
toplevel_of_type_shown (gpointer data)
{
  return rapport_test_find_toplevel (GPOINTER_TO_SIZE (data)) != NULL;
}

/* ------------------------------------------------------------------------ */

static void
test_window_opens_with_empty_state (void)
{
  RapportApplication *app = rapport_test_start_application ();
  RapportWindow *window = rapport_test_activate (app);
  g_autofree char *data_dir = g_build_filename (g_get_user_data_dir (), "rapport", NULL);

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Rapport");

  /* A new notebook invites the first action rather than showing a blank list. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->sidebar_stack), ==, "empty");
  g_assert_cmpstr (adw_status_page_get_title (window->sidebar_empty_page), ==, "No Mentees Yet");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->content_stack), ==, "welcome");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window->welcome_page)));

  /* Starting created the private notebook folder. */
  g_assert_cmpstr (rapport_context_get_data_dir (rapport_window_get_context (window)), ==, data_dir);
  g_assert_cmpint (rapport_test_file_mode (data_dir), ==, 0700);

  /* A second activation presents the same window. */
  g_application_activate (G_APPLICATION (app));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);

  rapport_test_stop_application (app);
}

static void
test_actions_and_accels (void)
{
  RapportApplication *app = rapport_test_start_application ();
  RapportWindow *window = rapport_test_activate (app);
  static const struct {
    const char *action;
    const char *accel;
  } expected[] = {
    { "app.quit", "<Control>q" },
    { "app.preferences", "<Control>comma" },
    { "window.close", "<Control>w" },
    { "win.new-mentee", "<Control>n" },
  };

  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "quit"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "about"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "preferences"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "show-help-overlay"));

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                    expected[i].action);
      g_assert_true (g_strv_contains ((const char * const *)accels, expected[i].accel));
    }

  rapport_test_stop_application (app);
}

static void
test_about (void)
{
  RapportApplication *app = rapport_test_start_application ();
  RapportWindow *window = rapport_test_activate (app);
  AdwAboutWindow *about;

  g_assert_null (rapport_test_find_toplevel (ADW_TYPE_ABOUT_WINDOW));
  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  g_assert_true (rapport_test_wait_for (toplevel_of_type_shown,
                                        GSIZE_TO_POINTER (ADW_TYPE_ABOUT_WINDOW), 5000));

  about = ADW_ABOUT_WINDOW (rapport_test_find_toplevel (ADW_TYPE_ABOUT_WINDOW));
  g_assert_cmpstr (adw_about_window_get_application_name (about), ==, "Rapport");
  g_assert_cmpstr (adw_about_window_get_version (about), ==, PACKAGE_VERSION);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (about)) == GTK_WINDOW (window));

  rapport_test_stop_application (app);
}

static void
test_shortcuts_window (void)
{
  RapportApplication *app = rapport_test_start_application ();
  RapportWindow *window = rapport_test_activate (app);

  g_assert_null (rapport_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
  g_assert_true (rapport_test_wait_for (toplevel_of_type_shown,
                                        GSIZE_TO_POINTER (GTK_TYPE_SHORTCUTS_WINDOW), 5000));

  rapport_test_stop_application (app);
}

static void
test_preferences (void)
{
  RapportApplication *app = rapport_test_start_application ();
  RapportContext *context;
  GSettings *settings;
  GtkWindow *prefs;

  rapport_test_activate (app);
  context = rapport_application_get_context (app);
  settings = rapport_context_get_settings (context);

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  g_assert_true (rapport_test_wait_for (toplevel_of_type_shown,
                                        GSIZE_TO_POINTER (ADW_TYPE_PREFERENCES_WINDOW), 5000));
  prefs = rapport_test_find_toplevel (ADW_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (prefs);

  /* The spin buttons edit the defaults for new mentees. */
  {
    GtkSpinButton *spin = GTK_SPIN_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (prefs),
                                                                          G_OBJECT_TYPE (prefs),
                                                                          "cadence_spin"));
    g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==,
                     g_settings_get_uint (settings, "default-cadence-days"));
    gtk_spin_button_set_value (spin, 21);
    g_assert_cmpuint (g_settings_get_uint (settings, "default-cadence-days"), ==, 21);
  }

  /* The Reminders page edits every reminder setting, times shown as HH:MM. */
  {
#define CHILD(name) gtk_widget_get_template_child (GTK_WIDGET (prefs), G_OBJECT_TYPE (prefs), name)
    GtkSpinButton *morning = GTK_SPIN_BUTTON (CHILD ("morning_spin"));
    GtkSpinButton *quiet_start = GTK_SPIN_BUTTON (CHILD ("quiet_start_spin"));
    AdwComboRow *lead = ADW_COMBO_ROW (CHILD ("lead_row"));
    GtkSwitch *reminders = GTK_SWITCH (CHILD ("reminders_switch"));
    GtkSwitch *background = GTK_SWITCH (CHILD ("background_switch"));
    GtkWidget *timing = GTK_WIDGET (CHILD ("timing_group"));
#undef CHILD

    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (morning)), ==, "08:00");
    gtk_spin_button_set_value (morning, 9 * 60);
    g_assert_cmpint (g_settings_get_int (settings, "morning-hour"), ==, 9);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (morning)), ==, "09:00");

    g_settings_set_string (settings, "quiet-start", "22:30");
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (quiet_start)), ==, "22:30");
    gtk_spin_button_spin (quiet_start, GTK_SPIN_STEP_FORWARD, 0);
    {
      g_autofree char *start = g_settings_get_string (settings, "quiet-start");
      g_assert_cmpstr (start, ==, "22:45");
    }

    g_assert_cmpuint (adw_combo_row_get_selected (lead), ==, 3);   /* 1 hour */
    adw_combo_row_set_selected (lead, 4);
    g_assert_cmpint (g_settings_get_int (settings, "meeting-lead-minutes"), ==, 120);

    g_assert_true (gtk_switch_get_active (background));
    gtk_switch_set_active (background, FALSE);
    g_assert_false (g_settings_get_boolean (settings, "run-in-background"));

    g_assert_true (gtk_widget_get_sensitive (timing));
    gtk_switch_set_active (reminders, FALSE);
    g_assert_false (g_settings_get_boolean (settings, "reminders-enabled"));
    g_assert_false (gtk_widget_get_sensitive (timing));

    g_settings_reset (settings, "run-in-background");
    g_settings_reset (settings, "reminders-enabled");
  }

  rapport_test_stop_application (app);
}

static void
test_quit (void)
{
  RapportApplication *app = rapport_test_start_application ();

  rapport_test_activate (app);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  rapport_test_iterate (50);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 0);

  rapport_test_stop_application (app);
}

static void
test_close_window (void)
{
  RapportApplication *app = rapport_test_start_application ();
  RapportWindow *window = rapport_test_activate (app);

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *)&window);
  gtk_widget_activate_action (GTK_WIDGET (window), "window.close", NULL);
  rapport_test_iterate (50);
  g_assert_null (window);

  rapport_test_stop_application (app);
}

/* With "Keep reminding me when Rapport is closed" on (the default), closing
 * the window leaves the application running with its reminders; Quit ends
 * it. Run for real: had closing the window ended the run, step 1 would
 * never come. */

typedef struct
{
  RapportApplication *app;
  int                 step;
  gboolean            alive_without_window;
  gboolean            scheduler_started;
  guint               source_id;
} CloseRun;

static gboolean
close_run_step_cb (gpointer data)
{
  CloseRun *run = data;
  GtkApplication *app = GTK_APPLICATION (run->app);
  RapportContext *context = rapport_application_get_context (run->app);
  RapportScheduler *scheduler = context != NULL ? rapport_context_get_scheduler (context) : NULL;

  switch (run->step++)
    {
    case 0:
      g_assert_nonnull (gtk_application_get_active_window (app));
      gtk_window_close (gtk_application_get_active_window (app));
      return G_SOURCE_CONTINUE;

    case 1:
      run->alive_without_window = gtk_application_get_windows (app) == NULL;
      run->scheduler_started = scheduler != NULL && rapport_scheduler_is_started (scheduler);
      g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
      run->source_id = 0;
      return G_SOURCE_REMOVE;

    default:
      g_assert_not_reached ();
    }
}

static void
close_run_activate_cb (RapportApplication *app,
                       CloseRun           *run)
{
  run->source_id = g_timeout_add (300, close_run_step_cb, run);
}

static void
test_close_window_keeps_running (void)
{
  CloseRun run = { 0 };
  g_autofree char *autostart = g_build_filename (g_get_user_config_dir (), "autostart",
                                                 APPLICATION_ID ".desktop", NULL);

  run.app = rapport_test_start_application ();
  g_signal_connect_after (run.app, "activate", G_CALLBACK (close_run_activate_cb), &run);

  g_assert_cmpint (g_application_run (G_APPLICATION (run.app), 0, NULL), ==, 0);
  g_assert_cmpint (run.step, ==, 2);
  g_assert_true (run.alive_without_window);
  g_assert_true (run.scheduler_started);
  g_assert_true (g_file_test (autostart, G_FILE_TEST_IS_REGULAR));

  g_clear_object (&run.app);
}

/* With the setting off, closing the last window ends the application. */
static void
test_close_window_quits_when_not_in_background (void)
{
  CloseRun run = { 0 };
  g_autofree char *autostart = g_build_filename (g_get_user_config_dir (), "autostart",
                                                 APPLICATION_ID ".desktop", NULL);
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);

  g_settings_set_boolean (settings, "run-in-background", FALSE);
  run.app = rapport_test_start_application ();
  g_signal_connect_after (run.app, "activate", G_CALLBACK (close_run_activate_cb), &run);

  g_assert_cmpint (g_application_run (G_APPLICATION (run.app), 0, NULL), ==, 0);
  g_assert_cmpint (run.step, ==, 1);
  g_assert_false (g_file_test (autostart, G_FILE_TEST_EXISTS));
  g_clear_handle_id (&run.source_id, g_source_remove);

  g_clear_object (&run.app);
  g_settings_reset (settings, "run-in-background");
}

static void
test_window_size_remembered (void)
{
  RapportApplication *app = rapport_test_start_application ();
  RapportWindow *window;
  GSettings *settings;
  int width, height;

  g_application_activate (G_APPLICATION (app));
  window = RAPPORT_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  settings = rapport_context_get_settings (rapport_application_get_context (app));

  /* Resizing is written to the settings ... */
  gtk_window_set_default_size (GTK_WINDOW (window), 820, 610);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 820);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 610);
  gtk_window_destroy (GTK_WINDOW (window));
  rapport_test_iterate (20);

  /* ... and the next window starts at that size. */
  g_application_activate (G_APPLICATION (app));
  window = RAPPORT_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 820);
  g_assert_cmpint (height, ==, 610);

  rapport_test_stop_application (app);
}

static void
test_folds_when_narrow (void)
{
  RapportApplication *app = rapport_test_start_application ();
  RapportWindow *window;

  g_application_activate (G_APPLICATION (app));
  window = RAPPORT_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  rapport_test_iterate (100);

  g_assert_true (adw_leaflet_get_folded (window->leaflet));
  g_assert_true (adw_leaflet_get_visible_child (window->leaflet) == window->sidebar);

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  rapport_test_iterate (100);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_false (adw_leaflet_get_folded (window->leaflet));

  rapport_test_stop_application (app);
}


static void
populate_demo (RapportApplication *app)
{
  RapportRepository *repository = rapport_context_get_repository (rapport_application_get_context (app));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;

  g_assert_true (rapport_demo_populate (repository, now, &error));
  g_assert_no_error (error);
}

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;

  return n;
}

static gboolean
dialog_shown (gpointer data)
{
  return rapport_test_find_toplevel (RAPPORT_TYPE_NEW_MENTEE_DIALOG) != NULL;
}

static void
test_add_mentee (void)
{
  RapportApplication *app = rapport_test_start_application ();
  RapportWindow *window = rapport_test_activate (app);
  RapportRepository *repository = rapport_context_get_repository (rapport_application_get_context (app));
  GtkWindow *dialog;
  GtkWidget *name_row, *add_button;
  g_autoptr(RapportMentee) mentee = NULL;

  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (window->sidebar_empty_page)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-mentee", NULL);
  g_assert_true (rapport_test_wait_for (dialog_shown, NULL, 5000));
  dialog = rapport_test_find_toplevel (RAPPORT_TYPE_NEW_MENTEE_DIALOG);

  name_row = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog), RAPPORT_TYPE_NEW_MENTEE_DIALOG, "name_row"));
  add_button = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog), RAPPORT_TYPE_NEW_MENTEE_DIALOG, "add_button"));

  /* Nothing to add until there is a name; blanks are not a name. */
  g_assert_false (gtk_widget_get_sensitive (add_button));
  gtk_editable_set_text (GTK_EDITABLE (name_row), "   ");
  g_assert_false (gtk_widget_get_sensitive (add_button));

  gtk_editable_set_text (GTK_EDITABLE (name_row), "Robin Ade");
  g_assert_true (gtk_widget_get_sensitive (add_button));
  g_signal_emit_by_name (add_button, "clicked");
  rapport_test_iterate (50);

  /* Saved, listed, and opened. */
  g_assert_null (rapport_test_find_toplevel (RAPPORT_TYPE_NEW_MENTEE_DIALOG));
  g_assert_cmpuint (g_list_model_get_n_items (rapport_repository_get_mentees (repository)), ==, 1);
  mentee = g_list_model_get_item (rapport_repository_get_mentees (repository), 0);
  g_assert_cmpstr (rapport_mentee_get_name (mentee), ==, "Robin Ade");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->sidebar_stack), ==, "list");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (window->selection)), ==, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->content_stack), ==, "mentee");
  g_assert_true (rapport_mentee_page_get_mentee (RAPPORT_MENTEE_PAGE (window->mentee_page)) == mentee);

  rapport_test_stop_application (app);
}

static void
test_new_mentee_refuses_blank_name (void)
{
  RapportApplication *app = rapport_test_start_application ();
  RapportWindow *window = rapport_test_activate (app);
  RapportContext *context = rapport_application_get_context (app);
  RapportNewMenteeDialog *dialog = rapport_new_mentee_dialog_new (context, GTK_WINDOW (window));
  GtkWidget *name_row = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog), RAPPORT_TYPE_NEW_MENTEE_DIALOG, "name_row"));
  GtkWidget *error_label = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog), RAPPORT_TYPE_NEW_MENTEE_DIALOG, "error_label"));

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_editable_set_text (GTK_EDITABLE (name_row), " \t ");

  /* Even when forced, a blank name is refused with a message and the
   * notebook stays empty. */
  g_assert_false (rapport_new_mentee_dialog_save (dialog));
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (error_label)), !=, "");
  g_assert_cmpuint (g_list_model_get_n_items (rapport_repository_get_mentees (rapport_context_get_repository (context))), ==, 0);
  g_assert_null (rapport_new_mentee_dialog_get_mentee (dialog));

  gtk_window_destroy (GTK_WINDOW (dialog));
  rapport_test_stop_application (app);
}

static void
test_today_lists_what_is_due (void)
{
  RapportApplication *app = rapport_test_start_application ();
  RapportWindow *window;
  GtkWidget *groups_box;
  GtkWidget *first_group;

  populate_demo (app);
  window = rapport_test_activate (app);

  /* A notebook with mentees opens on Today, with my overdue promise first. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->content_stack), ==, "today");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->today_badge)));
  g_assert_cmpstr (gtk_label_get_label (window->today_badge), ==, "1");

  groups_box = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window->today_view), RAPPORT_TYPE_TODAY_VIEW, "groups_box"));
  first_group = gtk_widget_get_first_child (groups_box);
  g_assert_true (ADW_IS_PREFERENCES_GROUP (first_group));
  g_assert_cmpstr (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (first_group)), ==, "My Overdue Promises");

  rapport_test_stop_application (app);
}

/* A click on a notification opens what it is about; with the window closed,
 * a new one opens. */
static const char *
visible_tab (RapportWindow *window)
{
  AdwViewStack *tabs = ADW_VIEW_STACK (gtk_widget_get_template_child (window->mentee_page,
                                                                      RAPPORT_TYPE_MENTEE_PAGE,
                                                                      "view_stack"));

  return adw_view_stack_get_visible_child_name (tabs);
}

static gboolean
scheduler_started (gpointer data)
{
  return rapport_context_get_scheduler (data) != NULL;
}

static void
test_notification_opens_item (void)
{
  RapportApplication *app = rapport_test_start_application ();
  RapportContext *context;
  RapportScheduler *scheduler;
  RapportWindow *window;
  RapportMentee *alex = NULL;
  GListModel *mentees;
  gint64 alex_id, promise_id;

  populate_demo (app);
  window = rapport_test_activate (app);
  context = rapport_application_get_context (app);
  /* The reminders start once the window has been drawn. */
  g_assert_true (rapport_test_wait_for (scheduler_started, context, 5000));
  scheduler = rapport_context_get_scheduler (context);

  mentees = rapport_repository_get_mentees (rapport_context_get_repository (context));
  for (guint i = 0; i < g_list_model_get_n_items (mentees) && alex == NULL; i++)
    {
      g_autoptr(RapportMentee) mentee = g_list_model_get_item (mentees, i);

      if (g_str_equal (rapport_mentee_get_name (mentee), "Alex Kim"))
        alex = mentee;
    }
  g_assert_nonnull (alex);
  alex_id = rapport_item_get_id (RAPPORT_ITEM (alex));
  {
    GListModel *promises = rapport_repository_list_commitments (rapport_context_get_repository (context),
                                                                alex_id);
    g_autoptr(RapportCommitment) first = g_list_model_get_item (promises, 0);

    g_assert_nonnull (first);
    promise_id = rapport_item_get_id (RAPPORT_ITEM (first));
  }

  /* A promise opens on the mentee's promises. */
  g_signal_emit_by_name (scheduler, "activate", "commitment", promise_id, alex_id, "default", NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->content_stack), ==, "mentee");
  g_assert_true (rapport_mentee_page_get_mentee (RAPPORT_MENTEE_PAGE (window->mentee_page)) == alex);
  g_assert_cmpstr (visible_tab (window), ==, "promises");

  /* The summary of missed reminders opens Today. */
  g_signal_emit_by_name (scheduler, "activate", "today", (gint64)0, (gint64)0, "default", NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->content_stack), ==, "today");

  /* With the window closed (Rapport in the background), a new one opens. */
  gtk_window_destroy (GTK_WINDOW (window));
  rapport_test_iterate (50);
  g_assert_null (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_signal_emit_by_name (scheduler, "activate", "meeting", (gint64)0, alex_id, "default", NULL);
  window = RAPPORT_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_nonnull (window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->content_stack), ==, "mentee");
  g_assert_cmpstr (visible_tab (window), ==, "sessions");

  rapport_test_stop_application (app);
}

/* A long backlog shows the first rows of a group and "Show N More". */
static guint
count_action_rows (GtkWidget  *widget,
                   const char *title,
                   GtkWidget **found)
{
  guint n = 0;

  if (ADW_IS_ACTION_ROW (widget))
    {
      if (found != NULL && title != NULL &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
        *found = widget;
      return 1;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_action_rows (child, title, found);

  return n;
}

static gboolean
has_n_rows (gpointer data)
{
  return count_action_rows (data, NULL, NULL) == 8 + 1 + 6;
}

static void
test_today_long_backlog (void)
{
  RapportApplication *app = rapport_test_start_application ();
  RapportRepository *repository;
  g_autoptr(RapportMentee) mentee = rapport_mentee_new ();
  g_autoptr(GError) error = NULL;
  RapportWindow *window;
  GtkWidget *groups_box;
  GtkWidget *more = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *today = NULL;

  repository = rapport_context_get_repository (rapport_application_get_context (app));
  rapport_mentee_set_name (mentee, "Sam");
  g_assert_true (rapport_repository_save (repository, RAPPORT_ITEM (mentee), &error));
  g_assert_no_error (error);
  for (int i = 0; i < 12; i++)
    {
      g_autoptr(RapportCommitment) promise = rapport_commitment_new ();
      g_autofree char *title = g_strdup_printf ("Promise %02d", i);

      rapport_commitment_set_mentee_id (promise, rapport_item_get_id (RAPPORT_ITEM (mentee)));
      rapport_commitment_set_owner (promise, RAPPORT_COMMITMENT_OWNER_MENTOR);
      rapport_commitment_set_title (promise, title);
      rapport_commitment_set_due_date (promise, "2020-01-01");
      g_assert_true (rapport_repository_save (repository, RAPPORT_ITEM (promise), &error));
      g_assert_no_error (error);
    }
  now = rapport_repository_dup_now (repository);
  today = g_date_time_format (now, "%Y-%m-%d");
  for (int i = 0; i < 6; i++)
    {
      g_autoptr(RapportCommitment) promise = rapport_commitment_new ();
      g_autofree char *title = g_strdup_printf ("Due today %d", i);

      rapport_commitment_set_mentee_id (promise, rapport_item_get_id (RAPPORT_ITEM (mentee)));
      rapport_commitment_set_owner (promise, RAPPORT_COMMITMENT_OWNER_MENTOR);
      rapport_commitment_set_title (promise, title);
      rapport_commitment_set_due_date (promise, today);
      g_assert_true (rapport_repository_save (repository, RAPPORT_ITEM (promise), &error));
      g_assert_no_error (error);
    }

  window = rapport_test_activate (app);
  groups_box = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window->today_view),
                                                          RAPPORT_TYPE_TODAY_VIEW, "groups_box"));

  /* Only the rows that fill a screen are built before the first frame; the
   * rest follow it: 8 overdue promises and "Show 4 More", then the 6 due
   * today. The mentee page is not built until a mentee is opened. */
  g_assert_true (rapport_test_wait_for (has_n_rows, groups_box, 5000));
  g_assert_cmpuint (count_action_rows (groups_box, "Show 4 More", &more), ==, 8 + 1 + 6);
  g_assert_null (window->mentee_page);

  /* Then all 12 overdue. */
  g_assert_nonnull (more);
  g_signal_emit_by_name (more, "activated");
  g_assert_cmpuint (count_action_rows (groups_box, NULL, NULL), ==, 12 + 6);

  _rapport_window_show_mentee (window, rapport_item_get_id (RAPPORT_ITEM (mentee)), "promises", 0);
  g_assert_nonnull (window->mentee_page);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->content_stack), ==, "mentee");

  rapport_test_stop_application (app);
}

static gboolean
lists_sixty (gpointer data)
{
  return g_list_model_get_n_items (data) == 60;
}

/* The list starts with the mentees that fill a screen and holds all of
 * them once the window has been drawn. */
static void
test_mentee_list_complete_after_first_frame (void)
{
  RapportApplication *app = rapport_test_start_application ();
  RapportRepository *repository;
  g_autoptr(GError) error = NULL;
  RapportWindow *window;
  g_autoptr(RapportMentee) last = NULL;

  repository = rapport_context_get_repository (rapport_application_get_context (app));
  for (int i = 0; i < 60; i++)
    {
      g_autoptr(RapportMentee) mentee = rapport_mentee_new ();
      g_autofree char *name = g_strdup_printf ("Mentee %02d", i);

      rapport_mentee_set_name (mentee, name);
      g_assert_true (rapport_repository_save (repository, RAPPORT_ITEM (mentee), &error));
      g_assert_no_error (error);
    }

  window = rapport_test_activate (app);
  g_assert_true (rapport_test_wait_for (lists_sixty, window->selection, 5000));

  /* Opening the last one selects its row. */
  last = g_list_model_get_item (G_LIST_MODEL (window->selection), 59);
  _rapport_window_show_mentee (window, rapport_item_get_id (RAPPORT_ITEM (last)), NULL, 0);
  g_assert_cmpuint (gtk_single_selection_get_selected (window->selection), ==, 59);

  rapport_test_stop_application (app);
}

static void
test_sidebar_sort_and_archived (void)
{
  RapportApplication *app = rapport_test_start_application ();
  RapportWindow *window;
  GListModel *rows;
  GSettings *settings;
  guint n_visible;

  populate_demo (app);
  window = rapport_test_activate (app);
  settings = rapport_context_get_settings (rapport_application_get_context (app));
  rows = G_LIST_MODEL (window->selection);

  /* Archived mentees are hidden until asked for. */
  n_visible = g_list_model_get_n_items (rows);
  g_assert_cmpuint (n_visible, ==, 5);
  gtk_widget_activate_action (GTK_WIDGET (window), "list.show-archived", NULL);
  g_assert_true (g_settings_get_boolean (settings, "show-archived"));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 6);

  /* By attention, the mentee with an overdue promise comes first; by name,
   * the alphabet decides. */
  {
    g_autoptr(RapportMentee) first = g_list_model_get_item (rows, 0);
    g_assert_cmpstr (rapport_mentee_get_name (first), ==, "Alex Kim");
  }
  g_settings_set_string (settings, "mentee-sort", "name");
  for (guint i = 1; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(RapportMentee) a = g_list_model_get_item (rows, i - 1);
      g_autoptr(RapportMentee) b = g_list_model_get_item (rows, i);

      g_assert_cmpint (g_utf8_collate (rapport_mentee_get_name (a), rapport_mentee_get_name (b)), <, 0);
    }

  rapport_test_stop_application (app);
}

static void
test_search_finds_notes (void)
{
  RapportApplication *app = rapport_test_start_application ();
  RapportWindow *window;

  populate_demo (app);
  window = rapport_test_activate (app);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  g_assert_true (gtk_search_bar_get_search_mode (window->search_bar));

  /* A tag filters the mentees ... */
  gtk_editable_set_text (GTK_EDITABLE (window->search_entry), "leadership");
  g_signal_emit_by_name (window->search_entry, "search-changed");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->sidebar_stack), ==, "search");
  g_assert_cmpuint (count_rows (window->search_mentees_list), ==, 1);

  /* ... and words find meeting notes, which open the right mentee. */
  gtk_editable_set_text (GTK_EDITABLE (window->search_entry), "brag");
  g_signal_emit_by_name (window->search_entry, "search-changed");
  g_assert_cmpuint (count_rows (window->search_mentees_list), ==, 0);
  g_assert_cmpuint (count_rows (window->search_results_list), >, 0);
  g_signal_emit_by_name (window->search_results_list, "row-activated",
                         gtk_list_box_get_row_at_index (window->search_results_list, 0));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->content_stack), ==, "mentee");

  /* Nothing matches: say so. */
  gtk_editable_set_text (GTK_EDITABLE (window->search_entry), "zebra crossing");
  g_signal_emit_by_name (window->search_entry, "search-changed");
  g_assert_true (gtk_widget_get_visible (window->search_empty_page));

  /* Leaving search restores the list. */
  gtk_search_bar_set_search_mode (window->search_bar, FALSE);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (window->search_entry)), ==, "");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->sidebar_stack), ==, "list");

  rapport_test_stop_application (app);
}

static void
collect_labels (GtkWidget *widget,
                GPtrArray *texts)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget))
    g_ptr_array_add (texts, g_strdup (gtk_label_get_text (GTK_LABEL (widget))));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_labels (child, texts);
}

/* The result row for @text: whose it is, what it is, and the excerpt. */
static GtkListBoxRow *
search_single_result (RapportWindow *window,
                      const char    *text,
                      GPtrArray     *labels)
{
  GtkListBoxRow *row;

  gtk_editable_set_text (GTK_EDITABLE (window->search_entry), text);
  g_signal_emit_by_name (window->search_entry, "search-changed");
  g_assert_cmpuint (count_rows (window->search_results_list), ==, 1);
  row = gtk_list_box_get_row_at_index (window->search_results_list, 0);
  g_ptr_array_set_size (labels, 0);
  collect_labels (GTK_WIDGET (row), labels);
  return row;
}

/* Search finds every text of the mentor's, each result saying whose it is
 * and what it is, and opens it where it is; the trash never shows. */
static void
test_search_covers_everything (void)
{
  RapportApplication *app = rapport_test_start_application ();
  RapportRepository *repository = rapport_context_get_repository (rapport_application_get_context (app));
  g_autoptr(RapportMentee) noor = rapport_mentee_new ();
  g_autoptr(RapportGoal) goal = rapport_goal_new ();
  g_autoptr(RapportCommitment) promise = rapport_commitment_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  RapportMenteePage *page;
  RapportWindow *window;
  GtkListBoxRow *row;

  rapport_mentee_set_name (noor, "Noor Haddad");
  rapport_mentee_set_organization (noor, "Globex");
  g_assert_true (rapport_repository_save (repository, RAPPORT_ITEM (noor), &error));
  rapport_goal_set_mentee_id (goal, rapport_item_get_id (RAPPORT_ITEM (noor)));
  rapport_goal_set_title (goal, "Publish the atlas");
  g_assert_true (rapport_repository_save (repository, RAPPORT_ITEM (goal), &error));
  rapport_commitment_set_mentee_id (promise, rapport_item_get_id (RAPPORT_ITEM (noor)));
  rapport_commitment_set_owner (promise, RAPPORT_COMMITMENT_OWNER_MENTOR);
  rapport_commitment_set_title (promise, "Send the compass article");
  g_assert_true (rapport_repository_save (repository, RAPPORT_ITEM (promise), &error));
  g_assert_no_error (error);

  window = rapport_test_activate (app);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);

  /* The organization: the profile, opened on the Profile tab. */
  row = search_single_result (window, "Globex", labels);
  g_assert_cmpuint (labels->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (labels, 0), ==, "\u2068Noor Haddad\u2069");
  g_assert_cmpstr (g_ptr_array_index (labels, 1), ==, "Profile");
  g_assert_nonnull (strstr (g_ptr_array_index (labels, 2), "Globex"));
  g_signal_emit_by_name (window->search_results_list, "row-activated", row);
  page = RAPPORT_MENTEE_PAGE (window->mentee_page);
  g_assert_cmpstr (_rapport_mentee_page_get_visible_page (page), ==, "profile");

  /* A goal: on the Goals tab. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  row = search_single_result (window, "atlas", labels);
  g_assert_cmpstr (g_ptr_array_index (labels, 0), ==, "\u2068Noor Haddad\u2069");
  g_assert_cmpstr (g_ptr_array_index (labels, 1), ==, "Goal · \u2068Publish the atlas\u2069");
  g_signal_emit_by_name (window->search_results_list, "row-activated", row);
  g_assert_cmpstr (_rapport_mentee_page_get_visible_page (page), ==, "goals");

  /* A promise says whose it is. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  row = search_single_result (window, "compass", labels);
  g_assert_cmpstr (g_ptr_array_index (labels, 0), ==, "\u2068Noor Haddad\u2069");
  g_assert_cmpstr (g_ptr_array_index (labels, 1), ==, "Promise · \u2068Send the compass article\u2069");
  g_signal_emit_by_name (window->search_results_list, "row-activated", row);
  g_assert_cmpstr (_rapport_mentee_page_get_visible_page (page), ==, "promises");

  /* In the trash, it is not found. */
  g_assert_true (rapport_repository_trash (repository, RAPPORT_ITEM (goal), &error));
  g_assert_no_error (error);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  gtk_editable_set_text (GTK_EDITABLE (window->search_entry), "atlas");
  g_signal_emit_by_name (window->search_entry, "search-changed");
  g_assert_cmpuint (count_rows (window->search_results_list), ==, 0);
  g_assert_true (gtk_widget_get_visible (window->search_empty_page));

  rapport_test_stop_application (app);
}

static guint
count_backups (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "rapport", "backups", NULL);
  g_autoptr(GPtrArray) backups = rapport_database_list_backups (dir);

  return backups->len;
}

/* A new notebook is not backed up when Rapport starts: there is nothing in
 * it yet. */
static void
test_no_backup_of_empty_notebook (void)
{
  RapportApplication *app = rapport_test_start_application ();

  rapport_test_activate (app);

  /* The integrity check, which used to take the backup, runs on a thread
   * once the window is up. */
  rapport_test_iterate (2000);
  g_assert_cmpuint (count_backups (), ==, 0);

  rapport_test_stop_application (app);
}

static gboolean
quit_after_first_mentee_cb (gpointer data)
{
  RapportApplication *app = data;
  RapportRepository *repository = rapport_context_get_repository (rapport_application_get_context (app));
  g_autoptr(RapportMentee) mentee = rapport_mentee_new ();
  g_autoptr(GError) error = NULL;

  rapport_mentee_set_name (mentee, "Robin Ade");
  g_assert_true (rapport_repository_save (repository, RAPPORT_ITEM (mentee), &error));
  g_assert_no_error (error);

  /* Well before the backup would be due by itself. */
  g_assert_cmpuint (count_backups (), ==, 0);
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  return G_SOURCE_REMOVE;
}

static void
quit_run_activate_cb (RapportApplication *app)
{
  g_timeout_add (300, quit_after_first_mentee_cb, app);
}

/* The first day's work is backed up when Rapport quits, at the latest. */
static void
test_backup_at_quit (void)
{
  RapportApplication *app = rapport_test_start_application ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = g_date_time_format (now, "rapport-%Y-%m-%d.db");
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "rapport", "backups", name, NULL);
  g_autoptr(RapportDatabase) db = NULL;
  g_autoptr(RapportRepository) backup = NULL;
  g_autoptr(GError) error = NULL;

  g_signal_connect_after (app, "activate", G_CALLBACK (quit_run_activate_cb), NULL);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);
  g_clear_object (&app);

  g_assert_cmpuint (count_backups (), ==, 1);
  db = rapport_database_open (path, RAPPORT_DATABASE_OPEN_READ_ONLY | RAPPORT_DATABASE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  backup = rapport_repository_new_for_database (db);
  g_assert_true (rapport_repository_refresh (backup, &error));
  g_assert_cmpuint (g_list_model_get_n_items (rapport_repository_get_mentees (backup)), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  rapport_test_init_gtk (&argc, &argv);

  g_test_add_func ("/rapport/window/opens-with-empty-state", test_window_opens_with_empty_state);
  g_test_add_func ("/rapport/window/actions-and-accels", test_actions_and_accels);
  g_test_add_func ("/rapport/window/about", test_about);
  g_test_add_func ("/rapport/window/shortcuts-window", test_shortcuts_window);
  g_test_add_func ("/rapport/window/preferences", test_preferences);
  g_test_add_func ("/rapport/window/quit", test_quit);
  g_test_add_func ("/rapport/window/close-window", test_close_window);
  g_test_add_func ("/rapport/window/close-window-keeps-running", test_close_window_keeps_running);
  g_test_add_func ("/rapport/window/close-window-quits-when-not-in-background",
                   test_close_window_quits_when_not_in_background);
  g_test_add_func ("/rapport/window/size-remembered", test_window_size_remembered);
  g_test_add_func ("/rapport/window/folds-when-narrow", test_folds_when_narrow);
  g_test_add_func ("/rapport/window/add-mentee", test_add_mentee);
  g_test_add_func ("/rapport/window/new-mentee-refuses-blank-name", test_new_mentee_refuses_blank_name);
  g_test_add_func ("/rapport/window/today-lists-what-is-due", test_today_lists_what_is_due);
  g_test_add_func ("/rapport/window/sidebar-sort-and-archived", test_sidebar_sort_and_archived);
  g_test_add_func ("/rapport/window/mentee-list-complete-after-first-frame",
                   test_mentee_list_complete_after_first_frame);
  g_test_add_func ("/rapport/window/notification-opens-item", test_notification_opens_item);
  g_test_add_func ("/rapport/window/today-long-backlog", test_today_long_backlog);
  g_test_add_func ("/rapport/window/search-finds-notes", test_search_finds_notes);
  g_test_add_func ("/rapport/window/search-covers-everything", test_search_covers_everything);
  g_test_add_func ("/rapport/window/no-backup-of-empty-notebook", test_no_backup_of_empty_notebook);
  g_test_add_func ("/rapport/window/backup-at-quit", test_backup_at_quit);

  return g_test_run ();
}
