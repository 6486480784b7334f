/* test-mentee-page.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "rapport-context.h"
#include "rapport-due-date-button.h"
#include "rapport-mentee-page-private.h"
#include "rapport-promise-composer.h"
#include "rapport-promise-row.h"
#include "rapport-repository.h"
#include "rapport-test-utils.h"
#include "rapport-widget-utils.h"

typedef struct
{
  RapportContext    *context;
  RapportRepository *repository;
  RapportMentee     *mentee;
  GtkWindow         *window;
  RapportMenteePage *page;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  rapport_test_use_system_mime ();

  f->context = rapport_context_new (NULL, &error);
  g_assert_no_error (error);
  f->repository = rapport_context_get_repository (f->context);
  g_assert_nonnull (f->repository);

  f->mentee = rapport_mentee_new ();
  rapport_mentee_set_name (f->mentee, "Alex Rivera");
  rapport_mentee_set_role (f->mentee, "Designer");
  rapport_mentee_set_organization (f->mentee, "Acme");
  g_assert_true (rapport_repository_save (f->repository, RAPPORT_ITEM (f->mentee), &error));
  g_assert_no_error (error);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 800, 700);
  f->page = rapport_mentee_page_new (f->context);
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));
  rapport_mentee_page_set_mentee (f->page, f->mentee);
  gtk_window_present (f->window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
}

/* Destroying the window must finalize the page: a leaked reference here is
 * a page (and its unsaved text) that never goes away. */
static void
destroy_window (Fixture *f)
{
  gpointer weak_page = f->page;
  gpointer weak_window = f->window;

  if (f->window == NULL)
    return;

  g_object_add_weak_pointer (G_OBJECT (f->page), &weak_page);
  g_object_add_weak_pointer (G_OBJECT (f->window), &weak_window);
  gtk_window_destroy (f->window);
  rapport_test_iterate (50);
  g_assert_null (weak_page);
  g_assert_null (weak_window);
  f->window = NULL;
  f->page = NULL;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  destroy_window (f);
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

static RapportSessionNote *
dup_only_session (RapportRepository *repository,
                  gint64             mentee_id)
{
  g_autoptr(GListModel) sessions = rapport_repository_list_sessions (repository, mentee_id);

  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 1);
  return g_list_model_get_item (sessions, 0);
}

static RapportSessionEditor *
new_session (Fixture *f)
{
  gtk_widget_activate_action (GTK_WIDGET (f->page), "mentee.new-session", NULL);
  g_assert_cmpstr (_rapport_mentee_page_get_visible_page (f->page), ==, "editor");
  return _rapport_mentee_page_get_editor (f->page);
}

static gboolean
editor_clean (gpointer data)
{
  return !rapport_session_editor_get_dirty (data);
}

static void
set_notes (RapportSessionEditor *editor,
           const char           *text)
{
  GtkTextView *view = GTK_TEXT_VIEW (child (editor, RAPPORT_TYPE_SESSION_EDITOR, "notes_view"));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
}

/* ------------------------------------------------------------------------ */

static void
test_header_and_tabs (Fixture       *f,
                      gconstpointer  data)
{
  GtkLabel *name = GTK_LABEL (child (f->page, RAPPORT_TYPE_MENTEE_PAGE, "name_label"));
  GtkLabel *role = GTK_LABEL (child (f->page, RAPPORT_TYPE_MENTEE_PAGE, "role_label"));

  g_assert_cmpstr (gtk_label_get_label (name), ==, "Alex Rivera");
  g_assert_cmpstr (gtk_label_get_label (role), ==, "Designer @ Acme");
  g_assert_cmpstr (_rapport_mentee_page_get_visible_page (f->page), ==, "sessions");

  rapport_mentee_page_show_tab (f->page, "promises");
  g_assert_cmpstr (_rapport_mentee_page_get_visible_page (f->page), ==, "promises");
  rapport_mentee_page_show_tab (f->page, "profile");
  g_assert_cmpstr (_rapport_mentee_page_get_visible_page (f->page), ==, "profile");

  /* The back button follows the leaflet. */
  g_assert_false (rapport_mentee_page_get_folded (f->page));
  g_object_set (f->page, "folded", TRUE, NULL);
  g_assert_true (rapport_mentee_page_get_folded (f->page));
}

static void
test_notes_autosave (Fixture       *f,
                     gconstpointer  data)
{
  RapportSessionEditor *editor = new_session (f);
  g_autoptr(RapportRepository) other = NULL;
  g_autoptr(RapportSessionNote) saved = NULL;
  gint64 mentee_id = rapport_item_get_id (RAPPORT_ITEM (f->mentee));

  set_notes (editor, "Talked about the portfolio review.\nShe wants to lead a project.");
  g_assert_true (rapport_session_editor_get_dirty (editor));

  /* Autosave runs once typing pauses; no button press. */
  g_assert_true (rapport_test_wait_for (editor_clean, editor, 10000));

  other = reopen (f);
  saved = dup_only_session (other, mentee_id);
  g_assert_cmpstr (rapport_session_note_get_notes (saved), ==,
                   "Talked about the portfolio review.\nShe wants to lead a project.");
  g_assert_cmpint (rapport_session_note_get_status (saved), ==, RAPPORT_SESSION_STATUS_HELD);
}

static void
test_notes_saved_on_close (Fixture       *f,
                           gconstpointer  data)
{
  RapportSessionEditor *editor = new_session (f);
  g_autoptr(RapportRepository) other = NULL;
  g_autoptr(RapportSessionNote) saved = NULL;
  gint64 mentee_id = rapport_item_get_id (RAPPORT_ITEM (f->mentee));

  set_notes (editor, "Typed just before closing the window");
  g_assert_true (rapport_session_editor_get_dirty (editor));

  /* No time for the autosave timer: closing must not lose the text. */
  destroy_window (f);

  other = reopen (f);
  saved = dup_only_session (other, mentee_id);
  g_assert_cmpstr (rapport_session_note_get_notes (saved), ==, "Typed just before closing the window");
}

static void
test_rating_validation (Fixture       *f,
                        gconstpointer  data)
{
  RapportSessionEditor *editor = new_session (f);
  GtkWidget *rating = child (editor, RAPPORT_TYPE_SESSION_EDITOR, "rating_row");
  GtkWidget *error_label = child (editor, RAPPORT_TYPE_SESSION_EDITOR, "error_label");
  g_autoptr(RapportRepository) other = NULL;
  g_autoptr(RapportSessionNote) saved = NULL;
  gint64 mentee_id = rapport_item_get_id (RAPPORT_ITEM (f->mentee));

  gtk_editable_set_text (GTK_EDITABLE (rating), "7");
  set_notes (editor, "Good session");
  g_assert_true (rapport_session_editor_save (editor, NULL));

  /* The rating is refused inline; the notes are still saved. */
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_true (gtk_widget_has_css_class (rating, "error"));
  other = reopen (f);
  saved = dup_only_session (other, mentee_id);
  g_assert_cmpint (rapport_session_note_get_rating (saved), ==, 0);
  g_assert_cmpstr (rapport_session_note_get_notes (saved), ==, "Good session");
  g_clear_object (&saved);
  g_clear_object (&other);

  gtk_editable_set_text (GTK_EDITABLE (rating), "0");
  g_assert_true (rapport_session_editor_save (editor, NULL));
  g_assert_true (gtk_widget_get_visible (error_label));

  gtk_editable_set_text (GTK_EDITABLE (rating), "4");
  g_assert_true (rapport_session_editor_save (editor, NULL));
  g_assert_false (gtk_widget_get_visible (error_label));
  g_assert_false (gtk_widget_has_css_class (rating, "error"));

  other = reopen (f);
  saved = dup_only_session (other, mentee_id);
  g_assert_cmpint (rapport_session_note_get_rating (saved), ==, 4);
}

static void
test_promise_in_session (Fixture       *f,
                         gconstpointer  data)
{
  RapportSessionEditor *editor = new_session (f);
  GtkWidget *composer = child (editor, RAPPORT_TYPE_SESSION_EDITOR, "composer");
  GtkWidget *title = child (composer, RAPPORT_TYPE_PROMISE_COMPOSER, "title_row");
  GtkWidget *add = child (composer, RAPPORT_TYPE_PROMISE_COMPOSER, "add_button");
  GtkWidget *due = child (composer, RAPPORT_TYPE_PROMISE_COMPOSER, "due_button");
  RapportPromisesView *promises = _rapport_mentee_page_get_promises_view (f->page);
  GtkListBox *mine = GTK_LIST_BOX (child (promises, RAPPORT_TYPE_PROMISES_VIEW, "mine_list"));
  GtkListBox *theirs = GTK_LIST_BOX (child (promises, RAPPORT_TYPE_PROMISES_VIEW, "theirs_list"));
  RapportSessionNote *session = rapport_session_editor_get_session (editor);
  g_autoptr(GListModel) commitments = NULL;
  g_autoptr(RapportCommitment) commitment = NULL;
  GtkListBoxRow *row;

  /* A blank title is refused inline. */
  g_signal_emit_by_name (add, "clicked");
  g_assert_true (gtk_widget_get_visible (child (composer, RAPPORT_TYPE_PROMISE_COMPOSER, "error_label")));

  gtk_editable_set_text (GTK_EDITABLE (title), "Send the article on design critiques");
  g_assert_true (rapport_due_date_button_set_from_text (RAPPORT_DUE_DATE_BUTTON (due), "in 2 weeks"));
  g_signal_emit_by_name (add, "clicked");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "");

  commitments = rapport_repository_list_commitments (f->repository, rapport_item_get_id (RAPPORT_ITEM (f->mentee)));
  g_assert_cmpuint (g_list_model_get_n_items (commitments), ==, 1);
  commitment = g_list_model_get_item (commitments, 0);
  g_assert_cmpstr (rapport_commitment_get_title (commitment), ==, "Send the article on design critiques");
  g_assert_cmpint (rapport_commitment_get_session_id (commitment), ==, rapport_item_get_id (RAPPORT_ITEM (session)));
  g_assert_cmpint (rapport_commitment_get_owner (commitment), ==, RAPPORT_COMMITMENT_OWNER_MENTOR);
  g_assert_nonnull (rapport_commitment_get_due_date (commitment));

  /* It shows in the editor and under "I promised" on the Promises tab. */
  g_assert_true (gtk_widget_get_visible (child (editor, RAPPORT_TYPE_SESSION_EDITOR, "promises_list")));
  gtk_widget_activate_action (GTK_WIDGET (f->page), "mentee.close-session", NULL);
  rapport_mentee_page_show_tab (f->page, "promises");
  row = gtk_list_box_get_row_at_index (mine, 0);
  g_assert_true (RAPPORT_IS_PROMISE_ROW (row));
  g_assert_true (rapport_promise_row_get_commitment (RAPPORT_PROMISE_ROW (row)) == commitment);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Send the article on design critiques");
  g_assert_null (gtk_list_box_get_row_at_index (mine, 1));
  g_assert_null (gtk_list_box_get_row_at_index (theirs, 0));
}

static void
test_tick_off_and_undo (Fixture       *f,
                        gconstpointer  data)
{
  RapportPromisesView *promises = _rapport_mentee_page_get_promises_view (f->page);
  GtkListBox *mine = GTK_LIST_BOX (child (promises, RAPPORT_TYPE_PROMISES_VIEW, "mine_list"));
  g_autoptr(RapportCommitment) commitment = rapport_commitment_new ();
  g_autoptr(RapportCommitment) live = NULL;
  g_autoptr(RapportRepository) other = NULL;
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *row;
  GtkWidget *check;
  AdwToast *toast;

  rapport_commitment_set_mentee_id (commitment, rapport_item_get_id (RAPPORT_ITEM (f->mentee)));
  rapport_commitment_set_owner (commitment, RAPPORT_COMMITMENT_OWNER_MENTOR);
  rapport_commitment_set_title (commitment, "Introduce Alex to Dana");
  rapport_commitment_set_kind (commitment, RAPPORT_COMMITMENT_KIND_INTRODUCTION);
  g_assert_true (rapport_repository_save (f->repository, RAPPORT_ITEM (commitment), &error));
  g_assert_no_error (error);

  rapport_mentee_page_show_tab (f->page, "promises");
  row = gtk_list_box_get_row_at_index (mine, 0);
  g_assert_true (RAPPORT_IS_PROMISE_ROW (row));
  check = child (row, RAPPORT_TYPE_PROMISE_ROW, "done_check");
  /* The list shows its own item objects, not the one saved above. */
  live = g_object_ref (rapport_promise_row_get_commitment (RAPPORT_PROMISE_ROW (row)));
  g_assert_cmpint (rapport_item_get_id (RAPPORT_ITEM (live)), ==, rapport_item_get_id (RAPPORT_ITEM (commitment)));

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  g_assert_cmpint (rapport_commitment_get_status (live), ==, RAPPORT_COMMITMENT_STATUS_DONE);
  other = reopen (f);
  {
    g_autoptr(GListModel) list = rapport_repository_list_commitments (other, rapport_item_get_id (RAPPORT_ITEM (f->mentee)));
    g_autoptr(RapportCommitment) stored = g_list_model_get_item (list, 0);

    g_assert_cmpint (rapport_commitment_get_status (stored), ==, RAPPORT_COMMITMENT_STATUS_DONE);
    g_assert_nonnull (rapport_commitment_get_done_at (stored));
  }
  g_clear_object (&other);

  toast = _rapport_widget_get_last_toast (GTK_WIDGET (f->page));
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Promise kept");
  g_signal_emit_by_name (toast, "button-clicked");
  g_assert_cmpint (rapport_commitment_get_status (live), ==, RAPPORT_COMMITMENT_STATUS_OPEN);

  other = reopen (f);
  {
    g_autoptr(GListModel) list = rapport_repository_list_commitments (other, rapport_item_get_id (RAPPORT_ITEM (f->mentee)));
    g_autoptr(RapportCommitment) stored = g_list_model_get_item (list, 0);

    g_assert_cmpint (rapport_commitment_get_status (stored), ==, RAPPORT_COMMITMENT_STATUS_OPEN);
    g_assert_null (rapport_commitment_get_done_at (stored));
  }

  /* The row (rebuilt or not) shows it open again. */
  row = gtk_list_box_get_row_at_index (mine, 0);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (child (row, RAPPORT_TYPE_PROMISE_ROW, "done_check"))));
}

static void
test_delete_and_undo (Fixture       *f,
                      gconstpointer  data)
{
  GListModel *mentees = rapport_repository_get_mentees (f->repository);
  AdwMessageDialog *dialog;
  AdwToast *toast;
  guint before = g_list_model_get_n_items (mentees);

  g_assert_cmpuint (before, >=, 1);

  gtk_widget_activate_action (GTK_WIDGET (f->page), "mentee.delete", NULL);
  dialog = rapport_test_wait_for_message_dialog ("Delete Alex Rivera?");

  /* Cancelling changes nothing. */
  rapport_test_respond (dialog, "cancel");
  g_assert_cmpuint (g_list_model_get_n_items (mentees), ==, before);

  gtk_widget_activate_action (GTK_WIDGET (f->page), "mentee.delete", NULL);
  dialog = rapport_test_wait_for_message_dialog ("Delete Alex Rivera?");
  rapport_test_respond (dialog, "delete");
  g_assert_cmpuint (g_list_model_get_n_items (mentees), ==, before - 1);

  toast = _rapport_widget_get_last_toast (GTK_WIDGET (f->page));
  g_assert_nonnull (toast);
  g_signal_emit_by_name (toast, "button-clicked");
  g_assert_cmpuint (g_list_model_get_n_items (mentees), ==, before);
  g_assert_null (rapport_item_get_deleted_at (RAPPORT_ITEM (f->mentee)));
}

static void
test_blank_name_refused (Fixture       *f,
                         gconstpointer  data)
{
  RapportProfileView *profile = _rapport_mentee_page_get_profile_view (f->page);
  GtkWidget *name = child (profile, RAPPORT_TYPE_PROFILE_VIEW, "name_row");
  GtkWidget *role = child (profile, RAPPORT_TYPE_PROFILE_VIEW, "role_row");
  GtkWidget *banner = child (profile, RAPPORT_TYPE_PROFILE_VIEW, "banner");
  g_autoptr(RapportRepository) other = NULL;
  g_autoptr(GError) error = NULL;
  RapportMentee *stored;

  rapport_mentee_page_show_tab (f->page, "profile");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Alex Rivera");

  gtk_editable_set_text (GTK_EDITABLE (name), "   ");
  gtk_editable_set_text (GTK_EDITABLE (role), "Lead designer");
  g_assert_false (rapport_profile_view_save (profile, &error));
  g_assert_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_REQUIRED);
  g_clear_error (&error);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (banner)));
  g_assert_true (gtk_widget_has_css_class (name, "error"));
  g_assert_true (rapport_profile_view_has_unsaved_changes (profile));

  /* The name was not saved; the role, which is fine, was. */
  g_assert_cmpstr (rapport_mentee_get_name (f->mentee), ==, "Alex Rivera");
  other = reopen (f);
  stored = rapport_repository_find_mentee (other, rapport_item_get_id (RAPPORT_ITEM (f->mentee)));
  g_assert_nonnull (stored);
  g_assert_cmpstr (rapport_mentee_get_name (stored), ==, "Alex Rivera");
  g_assert_cmpstr (rapport_mentee_get_role (stored), ==, "Lead designer");
  g_clear_object (&other);

  /* With a name it saves, and the header follows. */
  gtk_editable_set_text (GTK_EDITABLE (name), "Alex R.");
  g_assert_true (rapport_profile_view_save (profile, &error));
  g_assert_no_error (error);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (banner)));
  g_assert_false (gtk_widget_has_css_class (name, "error"));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (child (f->page, RAPPORT_TYPE_MENTEE_PAGE, "name_label"))), ==, "Alex R.");
  other = reopen (f);
  stored = rapport_repository_find_mentee (other, rapport_item_get_id (RAPPORT_ITEM (f->mentee)));
  g_assert_cmpstr (rapport_mentee_get_name (stored), ==, "Alex R.");
  g_assert_cmpstr (rapport_mentee_get_role (stored), ==, "Lead designer");
}

int
main (int   argc,
      char *argv[])
{
  rapport_test_init_gtk (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/rapport/mentee-page/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("header-and-tabs", test_header_and_tabs);
  ADD ("notes-autosave", test_notes_autosave);
  ADD ("notes-saved-on-close", test_notes_saved_on_close);
  ADD ("rating-validation", test_rating_validation);
  ADD ("promise-in-session", test_promise_in_session);
  ADD ("tick-off-and-undo", test_tick_off_and_undo);
  ADD ("delete-and-undo", test_delete_and_undo);
  ADD ("blank-name-refused", test_blank_name_refused);

#undef ADD

  return g_test_run ();
}
