/* test-export-ui.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "rapport-application.h"
#include "rapport-backups-page.h"
#include "rapport-context.h"
#include "rapport-demo.h"
#include "rapport-test-utils.h"
#include "rapport-widget-utils.h"
#include "rapport-window-private.h"

/* The file dialogs cannot be driven without a desktop, so these tests call
 * what their response handlers call, with the file a mentor would pick. */

static RapportRepository *
get_repository (RapportApplication *app)
{
  return rapport_context_get_repository (rapport_application_get_context (app));
}

static void
populate_demo (RapportApplication *app)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;

  g_assert_true (rapport_demo_populate (get_repository (app), now, &error));
  g_assert_no_error (error);
}

static gboolean
result_arrived (gpointer data)
{
  return *(GAsyncResult **)data != NULL;
}

static void
store_result_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  *(GAsyncResult **)user_data = g_object_ref (result);
}

static gboolean
export_and_wait (RapportWindow         *window,
                 const char            *path,
                 RapportMentee         *mentee,
                 RapportMarkdownFlags   flags,
                 GError               **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;

  _rapport_window_export_to_file (window, file, mentee, flags, store_result_cb, &result);
  g_assert_true (rapport_test_wait_for (result_arrived, &result, 60000));
  return _rapport_window_export_finish (window, result, error);
}

static gboolean
import_and_wait (RapportWindow       *window,
                 const char          *path,
                 RapportImportStats  *stats,
                 GError             **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;

  _rapport_window_import_file (window, file, store_result_cb, &result);
  g_assert_true (rapport_test_wait_for (result_arrived, &result, 60000));
  return _rapport_window_import_finish (window, result, stats, error);
}

static const char *
last_toast_title (RapportWindow *window)
{
  AdwToast *toast = _rapport_widget_get_last_toast (GTK_WIDGET (window));

  return toast ? adw_toast_get_title (toast) : NULL;
}

static char *
write_temp_file (const char *name,
                 const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (g_get_tmp_dir (), name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, &error));
  g_assert_no_error (error);
  return path;
}

static RapportMentee *
find_in_sidebar (RapportWindow *window,
                 const char    *name)
{
  GListModel *rows = G_LIST_MODEL (window->selection);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(RapportMentee) mentee = g_list_model_get_item (rows, i);

      if (g_strcmp0 (rapport_mentee_get_name (mentee), name) == 0)
        return mentee;
    }

  return NULL;
}

static guint
count_sidebar (RapportWindow *window)
{
  return g_list_model_get_n_items (G_LIST_MODEL (window->selection));
}

static const char good_import[] =
  "{\n"
  "  \"format\": \"rapport-notebook\",\n"
  "  \"version\": 1,\n"
  "  \"exported_at\": \"2026-03-18T10:00:00Z\",\n"
  "  \"mentees\": [\n"
  "    {\n"
  "      \"uuid\": \"a1a1a1a1-1111-4111-8111-111111111111\",\n"
  "      \"name\": \"Imani Okafor\",\n"
  "      \"status\": \"active\",\n"
  "      \"sessions\": [\n"
  "        {\n"
  "          \"uuid\": \"a2a2a2a2-2222-4222-8222-222222222222\",\n"
  "          \"starts_at\": \"2026-03-01T09:00:00+01:00\",\n"
  "          \"duration_minutes\": 45,\n"
  "          \"status\": \"held\",\n"
  "          \"notes\": \"Talked about the promotion case.\",\n"
  "          \"rating\": 5\n"
  "        }\n"
  "      ],\n"
  "      \"commitments\": [\n"
  "        {\n"
  "          \"uuid\": \"a3a3a3a3-3333-4333-8333-333333333333\",\n"
  "          \"owner\": \"mentor\",\n"
  "          \"kind\": \"resource\",\n"
  "          \"title\": \"Send the staff-engineer reading list\",\n"
  "          \"due\": \"2026-03-08\",\n"
  "          \"status\": \"open\",\n"
  "          \"session_uuid\": \"a2a2a2a2-2222-4222-8222-222222222222\"\n"
  "        }\n"
  "      ]\n"
  "    },\n"
  "    {\n"
  "      \"uuid\": \"b1b1b1b1-1111-4111-8111-111111111111\",\n"
  "      \"name\": \"Tomás Ruiz\",\n"
  "      \"status\": \"active\"\n"
  "    }\n"
  "  ]\n"
  "}\n";

/* A valid first mentee, then two broken ones: nothing may be imported. */
static const char bad_import[] =
  "{\n"
  "  \"format\": \"rapport-notebook\",\n"
  "  \"version\": 1,\n"
  "  \"mentees\": [\n"
  "    { \"uuid\": \"c1c1c1c1-1111-4111-8111-111111111111\", \"name\": \"Valid Vera\", \"status\": \"active\" },\n"
  "    { \"uuid\": \"c2c2c2c2-1111-4111-8111-111111111111\", \"name\": \"   \", \"status\": \"active\" },\n"
  "    { \"uuid\": \"c3c3c3c3-1111-4111-8111-111111111111\", \"name\": \"Rita\", \"status\": \"sleeping\",\n"
  "      \"sessions\": [ { \"uuid\": \"c4c4c4c4-2222-4222-8222-222222222222\",\n"
  "                      \"starts_at\": \"2026-03-01T09:00:00Z\", \"status\": \"held\", \"rating\": 9 } ] }\n"
  "  ]\n"
  "}\n";

/* ------------------------------------------------------------------------ */

static void
test_export_notebook (void)
{
  RapportApplication *app = rapport_test_start_application ();
  RapportWindow *window;
  g_autofree char *dir = g_dir_make_tmp ("rapport-export-XXXXXX", NULL);
  g_autofree char *json_path = g_build_filename (dir, "rapport-notebook.json", NULL);
  g_autofree char *md_path = g_build_filename (dir, "notes.MD", NULL);
  g_autofree char *ics_path = g_build_filename (dir, "calendar.ics", NULL);
  g_autofree char *missing_path = g_build_filename (dir, "no-such-folder", "x.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *mentees;
  const char *toast;

  populate_demo (app);
  window = rapport_test_activate (app);

  /* The whole notebook as JSON, private to its owner. */
  g_assert_true (export_and_wait (window, json_path, NULL, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rapport_test_file_mode (json_path), ==, 0600);
  g_assert_true (json_parser_load_from_file (parser, json_path, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (json_parser_get_root (parser)), "format"),
                   ==, "rapport-notebook");
  mentees = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "mentees");
  g_assert_cmpuint (json_array_get_length (mentees), ==,
                    g_list_model_get_n_items (rapport_repository_get_mentees (get_repository (app))));
  g_assert_true (g_file_get_contents (json_path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\"Alex Kim\""));
  toast = last_toast_title (window);
  g_assert_true (g_str_has_prefix (toast, "Notebook exported to "));
  g_assert_true (g_str_has_suffix (toast, "rapport-notebook.json"));
  g_clear_pointer (&contents, g_free);

  /* The extension picks the format, in any case, as on the command line. */
  g_assert_true (export_and_wait (window, md_path, NULL, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rapport_test_file_mode (md_path), ==, 0600);
  g_assert_true (g_file_get_contents (md_path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "# "));
  g_assert_nonnull (strstr (contents, "Alex Kim"));
  g_clear_pointer (&contents, g_free);

  g_assert_true (export_and_wait (window, ics_path, NULL, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rapport_test_file_mode (ics_path), ==, 0600);
  g_assert_true (g_file_get_contents (ics_path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "BEGIN:VCALENDAR"));
  g_clear_pointer (&contents, g_free);

  /* A failure is told, not swallowed. */
  g_assert_false (export_and_wait (window, missing_path, NULL, 0, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_clear_error (&error);
  toast = last_toast_title (window);
  g_assert_true (g_str_has_prefix (toast, "Could not export to "));
  g_assert_false (g_file_test (missing_path, G_FILE_TEST_EXISTS));

  rapport_test_stop_application (app);

  g_unlink (json_path);
  g_unlink (md_path);
  g_unlink (ics_path);
  g_rmdir (dir);
}

static void
test_export_mentee (void)
{
  RapportApplication *app = rapport_test_start_application ();
  RapportWindow *window;
  g_autofree char *dir = g_dir_make_tmp ("rapport-export-XXXXXX", NULL);
  g_autofree char *full_path = g_build_filename (dir, "alex-kim.md", NULL);
  g_autofree char *recap_path = g_build_filename (dir, "alex-kim-recap.md", NULL);
  g_autofree char *full = NULL;
  g_autofree char *recap = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  RapportMentee *alex;
  const char *feedback;

  populate_demo (app);
  window = rapport_test_activate (app);

  /* Only a mentee's page has a mentee to export. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-mentee", NULL);
  rapport_test_iterate (20);
  g_assert_null (rapport_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  alex = find_in_sidebar (window, "Alex Kim");
  g_assert_nonnull (alex);
  feedback = rapport_mentee_get_feedback_preferences (alex);
  g_assert_true (feedback != NULL && *feedback != '\0');
  _rapport_window_show_mentee (window, rapport_item_get_id (RAPPORT_ITEM (alex)), NULL, 0);

  /* The menu item asks which document first. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-mentee", NULL));
  dialog = ADW_MESSAGE_DIALOG (rapport_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Export Alex Kim");
  g_assert_true (adw_message_dialog_has_response (dialog, "full"));
  g_assert_true (adw_message_dialog_has_response (dialog, "recap"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "recap");
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  rapport_test_iterate (20);

  /* Full notes carry the feedback preferences; the recap leaves them out. */
  g_assert_true (export_and_wait (window, full_path, alex, RAPPORT_MARKDOWN_NONE, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (last_toast_title (window), "Notes on Alex Kim exported to "));
  g_assert_true (export_and_wait (window, recap_path, alex, RAPPORT_MARKDOWN_SHARE_SAFE, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (last_toast_title (window), "Recap for Alex Kim exported to "));

  g_assert_cmpint (rapport_test_file_mode (full_path), ==, 0600);
  g_assert_cmpint (rapport_test_file_mode (recap_path), ==, 0600);
  g_assert_true (g_file_get_contents (full_path, &full, NULL, NULL));
  g_assert_true (g_file_get_contents (recap_path, &recap, NULL, NULL));
  g_assert_true (g_str_has_prefix (full, "# Alex Kim"));
  g_assert_true (g_str_has_prefix (recap, "# Alex Kim"));
  g_assert_nonnull (strstr (full, feedback));
  g_assert_null (strstr (recap, feedback));
  /* One mentee only. */
  g_assert_null (strstr (full, "Priya"));

  /* Back on Today, there is no mentee to export any more. */
  _rapport_window_show_today (window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-mentee", NULL);
  rapport_test_iterate (20);
  g_assert_null (rapport_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  rapport_test_stop_application (app);

  g_unlink (full_path);
  g_unlink (recap_path);
  g_rmdir (dir);
}

static void
test_import_good_file_twice (void)
{
  RapportApplication *app = rapport_test_start_application ();
  RapportWindow *window;
  g_autofree char *path = write_temp_file ("good-import.json", good_import);
  g_autoptr(GError) error = NULL;
  RapportImportStats stats = { 0, };
  RapportMentee *imani;
  guint before;

  populate_demo (app);
  window = rapport_test_activate (app);
  before = count_sidebar (window);
  g_assert_null (find_in_sidebar (window, "Imani Okafor"));

  /* Two mentees, a meeting and a promise: in the sidebar at once. */
  g_assert_true (import_and_wait (window, path, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.added, ==, 4);
  g_assert_cmpuint (stats.updated, ==, 0);
  g_assert_cmpstr (last_toast_title (window), ==, "Imported: 4 records added, 0 updated");
  g_assert_cmpuint (count_sidebar (window), ==, before + 2);
  imani = find_in_sidebar (window, "Imani Okafor");
  g_assert_nonnull (imani);
  g_assert_nonnull (find_in_sidebar (window, "Tomás Ruiz"));
  g_assert_cmpint (rapport_mentee_get_open_promises (imani), ==, 1);
  g_assert_null (rapport_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  /* The same file again changes nothing. */
  g_assert_true (import_and_wait (window, path, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.added, ==, 0);
  g_assert_cmpuint (stats.updated, ==, 0);
  g_assert_cmpuint (stats.unchanged, ==, 4);
  g_assert_cmpstr (last_toast_title (window), ==,
                   "Imported: nothing new, everything was already in the notebook");
  g_assert_cmpuint (count_sidebar (window), ==, before + 2);

  rapport_test_stop_application (app);
  g_unlink (path);
}

static void
test_import_bad_file (void)
{
  RapportApplication *app = rapport_test_start_application ();
  RapportWindow *window;
  g_autofree char *path = write_temp_file ("bad-import.json", bad_import);
  g_autofree char *not_rapport = write_temp_file ("not-rapport.json", "{\"hello\": \"world\"}");
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  const char *body;
  guint before;

  populate_demo (app);
  window = rapport_test_activate (app);
  before = count_sidebar (window);

  g_assert_false (import_and_wait (window, path, NULL, &error));
  g_assert_error (error, RAPPORT_IMPORT_ERROR, RAPPORT_IMPORT_ERROR_INVALID);
  g_clear_error (&error);

  /* The dialog names each problem by its place in the file and says the
   * notebook is as it was; it is. */
  dialog = ADW_MESSAGE_DIALOG (rapport_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_heading (dialog), "Could Not Import "));
  body = adw_message_dialog_get_body (dialog);
  g_assert_nonnull (strstr (body, "nothing was changed"));
  g_assert_nonnull (strstr (body, "$.mentees[1].name"));
  g_assert_nonnull (strstr (body, "$.mentees[2].status: unknown value “sleeping”"));
  g_assert_nonnull (strstr (body, "$.mentees[2].sessions[0].rating: is out of range: 9"));
  g_assert_cmpuint (count_sidebar (window), ==, before);
  g_assert_null (find_in_sidebar (window, "Valid Vera"));
  adw_message_dialog_response (dialog, "close");
  gtk_window_destroy (GTK_WINDOW (dialog));
  rapport_test_iterate (20);

  /* A file that is not an export at all is refused the same way. */
  g_assert_false (import_and_wait (window, not_rapport, NULL, &error));
  g_assert_error (error, RAPPORT_IMPORT_ERROR, RAPPORT_IMPORT_ERROR_NOT_RAPPORT);
  dialog = ADW_MESSAGE_DIALOG (rapport_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  body = adw_message_dialog_get_body (dialog);
  g_assert_nonnull (strstr (body, "not a Rapport notebook export"));
  g_assert_nonnull (strstr (body, "Nothing was changed."));
  g_assert_cmpuint (count_sidebar (window), ==, before);
  gtk_window_destroy (GTK_WINDOW (dialog));

  rapport_test_stop_application (app);
  g_unlink (path);
  g_unlink (not_rapport);
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GPtrArray *
backup_rows (RapportBackupsPage *page)
{
  GtkWidget *list = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), RAPPORT_TYPE_BACKUPS_PAGE,
                                                               "backups_list"));
  GPtrArray *rows = g_ptr_array_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (list); child; child = gtk_widget_get_next_sibling (child))
    if (ADW_IS_ACTION_ROW (child))
      g_ptr_array_add (rows, child);

  return rows;
}

static AdwActionRow *
find_row_of_kind (RapportBackupsPage *page,
                  const char         *subtitle)
{
  g_autoptr(GPtrArray) rows = backup_rows (page);

  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_action_row_get_subtitle (g_ptr_array_index (rows, i)), subtitle) == 0)
      return g_ptr_array_index (rows, i);

  return NULL;
}

static gboolean
mentee_back (gpointer data)
{
  return find_in_sidebar (data, "Jordan Lee") != NULL;
}

static RapportBackupsPage *
open_backups_page (RapportApplication *app)
{
  GtkWindow *prefs;

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  rapport_test_iterate (50);
  prefs = rapport_test_find_toplevel (ADW_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (prefs);
  return RAPPORT_BACKUPS_PAGE (gtk_widget_get_template_child (GTK_WIDGET (prefs), G_OBJECT_TYPE (prefs),
                                                              "backups_page"));
}

static void
test_backups_list_and_restore (void)
{
  RapportApplication *app = rapport_test_start_application ();
  RapportRepository *repository;
  RapportWindow *window;
  RapportBackupsPage *page;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *daily = NULL;
  g_autofree char *size = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(RapportMentee) jordan = NULL;
  g_autoptr(RapportMentee) newcomer = NULL;
  AdwMessageDialog *dialog;
  AdwActionRow *row;
  GStatBuf st;

  populate_demo (app);
  repository = get_repository (app);

  /* Today's automatic backup, taken before the window opens ... */
  daily = rapport_repository_backup_daily (repository, &error);
  g_assert_no_error (error);
  g_assert_nonnull (daily);
  window = rapport_test_activate (app);

  /* ... is listed with when it was taken and its size. */

  g_assert_cmpint (g_stat (daily, &st), ==, 0);
  size = g_format_size (st.st_size);

  page = open_backups_page (app);
  rows = backup_rows (page);
  g_assert_cmpuint (rows->len, ==, 1);
  row = g_ptr_array_index (rows, 0);
  g_assert_true (g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "Today, "));
  g_assert_true (g_str_has_suffix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), size));
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "Daily backup");
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* Back Up Now never overwrites today's backup: it adds one. */
  _rapport_backups_page_back_up_now (page, store_result_cb, &result);
  g_assert_true (rapport_test_wait_for (result_arrived, &result, 30000));
  g_assert_true (_rapport_backups_page_finish (page, result, &error));
  g_assert_no_error (error);
  g_clear_object (&result);
  rows = backup_rows (page);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_nonnull (find_row_of_kind (page, "Made with Back Up Now"));
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* A mentee deleted for good, while another one's page is open ... */
  jordan = g_object_ref (find_in_sidebar (window, "Jordan Lee"));
  g_assert_true (rapport_repository_trash (repository, RAPPORT_ITEM (jordan), &error));
  g_assert_true (rapport_repository_empty_trash (repository, &error));
  g_assert_no_error (error);
  g_assert_null (find_in_sidebar (window, "Jordan Lee"));
  _rapport_window_show_mentee (window, rapport_item_get_id (RAPPORT_ITEM (find_in_sidebar (window, "Alex Kim"))),
                               NULL, 0);

  /* ... comes back with the daily backup, after a confirmation. */
  row = find_row_of_kind (page, "Daily backup");
  g_assert_nonnull (row);
  g_signal_emit_by_name (find_descendant (GTK_WIDGET (row), GTK_TYPE_BUTTON), "clicked");
  dialog = ADW_MESSAGE_DIALOG (rapport_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Restore This Backup?");
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (dialog),
                                   "Replace your notebook with the backup of "));
  g_assert_true (g_str_has_suffix (adw_message_dialog_get_body (dialog),
                                   "Your current notebook is kept as a backup."));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
  adw_message_dialog_response (dialog, "restore");
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_assert_true (rapport_test_wait_for (mentee_back, window, 30000));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->content_stack), ==, "today");
  g_assert_nonnull (find_row_of_kind (page, "Kept before a restore"));
  g_assert_cmpstr (adw_toast_get_title (g_object_get_data (G_OBJECT (page), "rapport-last-toast")), ==,
                   "Backup restored");
  g_assert_cmpuint (count_sidebar (window), ==, 5);

  /* The window's own connection goes on working on the restored notebook. */
  newcomer = rapport_mentee_new ();
  rapport_mentee_set_name (newcomer, "After Restore");
  g_assert_true (rapport_repository_save (repository, RAPPORT_ITEM (newcomer), &error));
  g_assert_no_error (error);
  g_assert_nonnull (find_in_sidebar (window, "After Restore"));

  rapport_test_stop_application (app);
}

static void
test_restore_refuses_a_bad_backup (void)
{
  RapportApplication *app = rapport_test_start_application ();
  g_autofree char *bogus = write_temp_file ("bogus.db", "not a notebook at all");
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  RapportBackupsPage *page;
  RapportWindow *window;
  AdwToast *toast;
  guint before;

  populate_demo (app);
  window = rapport_test_activate (app);
  before = count_sidebar (window);
  page = open_backups_page (app);

  _rapport_backups_page_restore (page, bogus, store_result_cb, &result);
  g_assert_true (rapport_test_wait_for (result_arrived, &result, 30000));
  g_assert_false (_rapport_backups_page_finish (page, result, &error));
  g_assert_error (error, RAPPORT_DATABASE_ERROR, RAPPORT_DATABASE_ERROR_BACKUP);

  toast = g_object_get_data (G_OBJECT (page), "rapport-last-toast");
  g_assert_nonnull (toast);
  g_assert_true (g_str_has_prefix (adw_toast_get_title (toast), "Could not restore the backup: "));
  g_assert_cmpuint (count_sidebar (window), ==, before);
  g_assert_null (find_row_of_kind (page, "Kept before a restore"));

  rapport_test_stop_application (app);
  g_unlink (bogus);
}

int
main (int   argc,
      char *argv[])
{
  rapport_test_init_gtk (&argc, &argv);

  g_test_add_func ("/rapport/export-ui/export-notebook", test_export_notebook);
  g_test_add_func ("/rapport/export-ui/export-mentee", test_export_mentee);
  g_test_add_func ("/rapport/export-ui/import-good-file-twice", test_import_good_file_twice);
  g_test_add_func ("/rapport/export-ui/import-bad-file", test_import_bad_file);
  g_test_add_func ("/rapport/export-ui/backups-list-and-restore", test_backups_list_and_restore);
  g_test_add_func ("/rapport/export-ui/restore-refuses-a-bad-backup", test_restore_refuses_a_bad_backup);

  return g_test_run ();
}
