/* test-session-editor.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "rapport-repository.h"
#include "rapport-session-editor.h"
#include "rapport-test-utils.h"
#include "rapport-widget-utils.h"

static RapportSessionNote *
find_session (RapportRepository *repository,
              gint64             mentee_id)
{
  g_autoptr(GListModel) sessions = rapport_repository_list_sessions (repository, mentee_id);

  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 1);
  return g_list_model_get_item (sessions, 0);
}

/* A notebook that refuses writes (here: opened read-only) must not cost the
 * mentor a word: the text stays in the editor, a toast says so, the editor
 * keeps retrying, and closing keeps the text in a recovery file. */
static void
test_failed_save_keeps_text (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "rapport", NULL);
  g_autoptr(RapportRepository) writable = NULL;
  g_autoptr(RapportRepository) read_only = NULL;
  g_autoptr(RapportMentee) mentee = rapport_mentee_new ();
  g_autoptr(RapportSessionNote) session = rapport_session_note_new ();
  g_autoptr(RapportSessionNote) shown = NULL;
  g_autoptr(GDateTime) start = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  g_autofree char *recovery = NULL;
  g_autofree char *contents = NULL;
  RapportSessionEditor *editor;
  GtkTextView *notes;
  GtkWindow *window;
  gpointer weak;
  AdwToast *toast;

  rapport_test_use_system_mime ();

  writable = rapport_repository_new (dir, &error);
  g_assert_no_error (error);
  rapport_mentee_set_name (mentee, "Sam");
  g_assert_true (rapport_repository_save (writable, RAPPORT_ITEM (mentee), &error));
  rapport_session_note_set_mentee_id (session, rapport_item_get_id (RAPPORT_ITEM (mentee)));
  rapport_session_note_set_starts_at (session, start);
  rapport_session_note_set_duration_minutes (session, 30);
  g_assert_true (rapport_repository_save (writable, RAPPORT_ITEM (session), &error));
  g_assert_no_error (error);

  read_only = rapport_repository_new_read_only (dir, &error);
  g_assert_no_error (error);
  shown = find_session (read_only, rapport_item_get_id (RAPPORT_ITEM (mentee)));

  window = GTK_WINDOW (gtk_window_new ());
  editor = RAPPORT_SESSION_EDITOR (rapport_session_editor_new ());
  gtk_window_set_child (window, GTK_WIDGET (editor));
  rapport_session_editor_set_session (editor, read_only, shown);
  gtk_window_present (window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  notes = GTK_TEXT_VIEW (gtk_widget_get_template_child (GTK_WIDGET (editor), RAPPORT_TYPE_SESSION_EDITOR, "notes_view"));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (notes), "Words that must survive", -1);

  g_assert_false (rapport_session_editor_save (editor, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* Still there, still dirty, and the mentor is told. */
  {
    g_autofree char *text = rapport_text_view_dup_text (notes);

    g_assert_cmpstr (text, ==, "Words that must survive");
  }
  g_assert_true (rapport_session_editor_get_dirty (editor));
  toast = _rapport_widget_get_last_toast (GTK_WIDGET (editor));
  g_assert_nonnull (toast);
  g_assert_true (g_str_has_prefix (adw_toast_get_title (toast), "Could not save the meeting notes"));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (editor),
                                                                                 RAPPORT_TYPE_SESSION_EDITOR,
                                                                                 "save_state_label"))),
                   ==, "Not saved yet — retrying");

  /* Closing while the notebook still refuses: the text goes to a file. */
  weak = editor;
  g_object_add_weak_pointer (G_OBJECT (editor), &weak);
  gtk_window_destroy (window);
  rapport_test_iterate (50);
  g_assert_null (weak);

  recovery = g_strdup_printf ("%s/unsaved/meeting-%s.txt", dir, rapport_item_get_uuid (RAPPORT_ITEM (session)));
  g_assert_true (g_file_get_contents (recovery, &contents, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (contents, "Words that must survive"));
  g_assert_cmpint (rapport_test_file_mode (recovery), ==, 0600);
}

int
main (int   argc,
      char *argv[])
{
  rapport_test_init_gtk (&argc, &argv);

  g_test_add_func ("/rapport/session-editor/failed-save-keeps-text", test_failed_save_keeps_text);

  return g_test_run ();
}
