/* test-promises.c
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
#include "rapport-due-date-button.h"
#include "rapport-mentee-page-private.h"
#include "rapport-promise-composer.h"
#include "rapport-promise-row.h"
#include "rapport-promises-view.h"
#include "rapport-repository.h"
#include "rapport-status-change.h"
#include "rapport-test-utils.h"
#include "rapport-today-view.h"
#include "rapport-widget-utils.h"
#include "rapport-window-private.h"

/* Correcting promises in the window, as a mentor does: edit every field,
 * drop and reopen, move to the trash and back, tick off with Undo on the
 * Promises tab and in Today, and a new-promise form that starts afresh for
 * each mentee. Each result is read back through a second connection. */

typedef struct
{
  RapportApplication *app;
  RapportContext     *context;
  RapportRepository  *repository;
  RapportWindow      *window;
  RapportMentee      *alex;
  RapportMentee      *sam;
} Fixture;

static RapportMentee *
add_mentee (Fixture    *f,
            const char *name)
{
  RapportMentee *mentee = rapport_mentee_new ();
  g_autoptr(GError) error = NULL;

  rapport_mentee_set_name (mentee, name);
  g_assert_true (rapport_repository_save (f->repository, RAPPORT_ITEM (mentee), &error));
  g_assert_no_error (error);
  return mentee;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->app = rapport_test_start_application ();
  f->context = rapport_application_get_context (f->app);
  f->repository = rapport_context_get_repository (f->context);
  f->alex = add_mentee (f, "Alex Rivera");
  f->sam = add_mentee (f, "Sam Okafor");
  f->window = rapport_test_activate (f->app);
}

static gboolean
no_dialog (gpointer data)
{
  return rapport_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) == NULL;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  GtkWindow *dialog;

  /* A test that failed half-way may leave a dialog open. */
  while ((dialog = rapport_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL)
    gtk_window_destroy (dialog);
  g_assert_true (rapport_test_wait_for (no_dialog, NULL, 5000));

  g_clear_object (&f->alex);
  g_clear_object (&f->sam);
  rapport_test_stop_application (f->app);
}

static RapportPromisesView *
show_promises (Fixture       *f,
               RapportMentee *mentee)
{
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-mentee", "(xsx)",
                              rapport_item_get_id (RAPPORT_ITEM (mentee)), "promises", (gint64) 0);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  return _rapport_mentee_page_get_promises_view (RAPPORT_MENTEE_PAGE (f->window->mentee_page));
}

static RapportCommitment *
save_promise (Fixture       *f,
              RapportMentee *mentee,
              const char    *title,
              const char    *due_date)
{
  RapportCommitment *commitment = rapport_commitment_new ();
  g_autoptr(GError) error = NULL;

  rapport_commitment_set_mentee_id (commitment, rapport_item_get_id (RAPPORT_ITEM (mentee)));
  rapport_commitment_set_owner (commitment, RAPPORT_COMMITMENT_OWNER_MENTOR);
  rapport_commitment_set_kind (commitment, RAPPORT_COMMITMENT_KIND_TASK);
  rapport_commitment_set_title (commitment, title);
  rapport_commitment_set_due_date (commitment, due_date);
  g_assert_true (rapport_repository_save (f->repository, RAPPORT_ITEM (commitment), &error));
  g_assert_no_error (error);
  return commitment;
}

/* The row showing the promise titled @title, in either list. */
static RapportPromiseRow *
find_row (RapportPromisesView *view,
          const char          *title)
{
  const char *lists[] = { "mine_list", "theirs_list" };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      GtkListBox *list = GTK_LIST_BOX (rapport_test_template_child (view, RAPPORT_TYPE_PROMISES_VIEW, lists[l]));
      GtkListBoxRow *row;

      for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
        if (RAPPORT_IS_PROMISE_ROW (row) &&
            g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0)
          return RAPPORT_PROMISE_ROW (row);
    }
  return NULL;
}

/* The promise as stored, through a second connection; %NULL if it is not
 * listed (in the trash). */
static RapportCommitment *
dup_stored (Fixture       *f,
            RapportMentee *mentee,
            gint64         id)
{
  g_autoptr(RapportRepository) other = rapport_test_reopen (f->context);
  g_autoptr(GListModel) list = rapport_repository_list_commitments (other, rapport_item_get_id (RAPPORT_ITEM (mentee)));

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(RapportCommitment) c = g_list_model_get_item (list, i);

      if (rapport_item_get_id (RAPPORT_ITEM (c)) == id)
        return g_steal_pointer (&c);
    }
  return NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  GtkWindow *window = rapport_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);

  *(AdwMessageDialog **) data = window ? ADW_MESSAGE_DIALOG (window) : NULL;
  return window != NULL;
}

static AdwMessageDialog *
wait_for_dialog (const char *heading)
{
  AdwMessageDialog *dialog = NULL;

  g_assert_true (rapport_test_wait_for (dialog_shown, &dialog, 5000));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, heading);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  return dialog;
}

/* The descendants of @root of @type, in order, not looking inside date
 * buttons (whose popover holds an entry of its own). */
static void
collect (GtkWidget *root,
         GType      type,
         GPtrArray *found)
{
  for (GtkWidget *w = gtk_widget_get_first_child (root); w; w = gtk_widget_get_next_sibling (w))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type))
        g_ptr_array_add (found, w);
      if (!RAPPORT_IS_DUE_DATE_BUTTON (w))
        collect (w, type, found);
    }
}

static GtkWidget *
nth_of_type (GtkWidget *root,
             GType      type,
             guint      n)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect (root, type, found);
  g_assert_cmpuint (found->len, >, n);
  return g_ptr_array_index (found, n);
}

static void
press_enter (GtkWidget *editable)
{
  GtkEditable *delegate = gtk_editable_get_delegate (GTK_EDITABLE (editable));

  gtk_widget_grab_focus (editable);
  g_signal_emit_by_name (delegate ? delegate : GTK_EDITABLE (editable), "activate");
}

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

static AdwToast *
last_toast (Fixture *f)
{
  return _rapport_widget_get_last_toast (GTK_WIDGET (f->window));
}

/* ------------------------------------------------------------------------ */
/* Edit every field                                                         */

static void
test_edit_every_field (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(RapportCommitment) saved = save_promise (f, f->alex, "Send the article", "2030-03-12");
  gint64 id = rapport_item_get_id (RAPPORT_ITEM (saved));
  g_autoptr(RapportCommitment) stored = NULL;
  g_autofree char *in_five_days = rapport_test_day_from_today (5);
  RapportPromisesView *view = show_promises (f, f->alex);
  RapportPromiseRow *row = find_row (view, "Send the article");
  AdwMessageDialog *dialog;
  GtkWidget *title, *details, *owner, *kind, *due;
  GtkLabel *message;

  g_assert_nonnull (row);
  gtk_widget_activate_action (GTK_WIDGET (row), "promise.edit", NULL);
  dialog = wait_for_dialog ("Edit Promise");
  title = nth_of_type (GTK_WIDGET (dialog), GTK_TYPE_ENTRY, 0);
  details = nth_of_type (GTK_WIDGET (dialog), GTK_TYPE_ENTRY, 1);
  owner = nth_of_type (GTK_WIDGET (dialog), GTK_TYPE_DROP_DOWN, 0);
  kind = nth_of_type (GTK_WIDGET (dialog), GTK_TYPE_DROP_DOWN, 1);
  due = nth_of_type (GTK_WIDGET (dialog), RAPPORT_TYPE_DUE_DATE_BUTTON, 0);

  /* Every field starts as stored. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "Send the article");
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (owner)), ==, 0);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (kind)), ==, RAPPORT_COMMITMENT_KIND_TASK);
  g_assert_cmpstr (rapport_due_date_button_get_date (RAPPORT_DUE_DATE_BUTTON (due)), ==, "2030-03-12");

  /* A blank title is refused inline, right under the title. */
  gtk_editable_set_text (GTK_EDITABLE (title), "  ");
  message = shown_error (GTK_WIDGET (dialog));
  g_assert_nonnull (message);
  g_assert_cmpstr (gtk_label_get_label (message), ==, "A promise needs a title.");
  g_assert_true (gtk_widget_get_prev_sibling (GTK_WIDGET (message)) == gtk_widget_get_parent (title));
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "apply"));
  press_enter (title);
  rapport_test_iterate (50);
  g_assert_false (no_dialog (NULL));

  /* Kind, owner, title, details and due: all of them. */
  gtk_editable_set_text (GTK_EDITABLE (title), "Send the CV draft back with comments");
  g_assert_null (shown_error (GTK_WIDGET (dialog)));
  gtk_editable_set_text (GTK_EDITABLE (details), "Two pages, by email");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (owner), 1);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (kind), RAPPORT_COMMITMENT_KIND_RESOURCE);
  g_assert_true (rapport_test_type_date (due, "in 5 days"));
  press_enter (title);
  g_assert_true (rapport_test_wait_for (no_dialog, NULL, 5000));

  stored = dup_stored (f, f->alex, id);
  g_assert_nonnull (stored);
  g_assert_cmpstr (rapport_commitment_get_title (stored), ==, "Send the CV draft back with comments");
  g_assert_cmpstr (rapport_commitment_get_details (stored), ==, "Two pages, by email");
  g_assert_cmpint (rapport_commitment_get_owner (stored), ==, RAPPORT_COMMITMENT_OWNER_MENTEE);
  g_assert_cmpint (rapport_commitment_get_kind (stored), ==, RAPPORT_COMMITMENT_KIND_RESOURCE);
  g_assert_cmpstr (rapport_commitment_get_due_date (stored), ==, in_five_days);

  /* It is now under "They Committed". */
  row = find_row (view, "Send the CV draft back with comments");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_is_ancestor (GTK_WIDGET (row), rapport_test_template_child (view, RAPPORT_TYPE_PROMISES_VIEW, "theirs_list")));
}

/* ------------------------------------------------------------------------ */
/* Drop and reopen                                                          */

static GPtrArray *
dup_history (Fixture           *f,
             RapportCommitment *stored)
{
  g_autoptr(RapportRepository) other = rapport_test_reopen (f->context);
  g_autoptr(GError) error = NULL;
  GPtrArray *changes = rapport_repository_list_status_changes (other, stored, &error);

  g_assert_no_error (error);
  return changes;
}

static void
test_drop_and_reopen (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(RapportCommitment) saved = save_promise (f, f->alex, "Review the case study", NULL);
  gint64 id = rapport_item_get_id (RAPPORT_ITEM (saved));
  g_autoptr(RapportCommitment) stored = NULL;
  g_autoptr(GPtrArray) history = NULL;
  RapportPromisesView *view = show_promises (f, f->alex);
  RapportPromiseRow *row = find_row (view, "Review the case study");
  AdwMessageDialog *dialog;
  RapportStatusChange *change;

  gtk_widget_activate_action (GTK_WIDGET (row), "promise.drop", NULL);
  dialog = wait_for_dialog ("Drop Promise?");
  gtk_editable_set_text (GTK_EDITABLE (nth_of_type (GTK_WIDGET (dialog), GTK_TYPE_ENTRY, 0)),
                         "They found a better one");
  press_enter (nth_of_type (GTK_WIDGET (dialog), GTK_TYPE_ENTRY, 0));
  g_assert_true (rapport_test_wait_for (no_dialog, NULL, 5000));

  /* Dropped, with the reason in its history, not in its details. */
  stored = dup_stored (f, f->alex, id);
  g_assert_cmpint (rapport_commitment_get_status (stored), ==, RAPPORT_COMMITMENT_STATUS_DROPPED);
  g_assert_null (rapport_commitment_get_details (stored));
  history = dup_history (f, stored);
  g_assert_cmpuint (history->len, ==, 1);
  change = g_ptr_array_index (history, 0);
  g_assert_cmpint (rapport_status_change_get_old_status (change), ==, RAPPORT_COMMITMENT_STATUS_OPEN);
  g_assert_cmpint (rapport_status_change_get_new_status (change), ==, RAPPORT_COMMITMENT_STATUS_DROPPED);
  g_assert_cmpstr (rapport_status_change_get_reason (change), ==, "They found a better one");
  g_clear_object (&stored);
  g_clear_pointer (&history, g_ptr_array_unref);

  /* The row says why. */
  row = find_row (view, "Review the case study");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                            "Dropped: \u2068They found a better one\u2069"));

  /* A dropped promise can be opened again, and that is on record too. */
  row = find_row (view, "Review the case study");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "promise.reopen", NULL));
  stored = dup_stored (f, f->alex, id);
  g_assert_cmpint (rapport_commitment_get_status (stored), ==, RAPPORT_COMMITMENT_STATUS_OPEN);
  history = dup_history (f, stored);
  g_assert_cmpuint (history->len, ==, 2);
  change = g_ptr_array_index (history, 1);
  g_assert_cmpint (rapport_status_change_get_old_status (change), ==, RAPPORT_COMMITMENT_STATUS_DROPPED);
  g_assert_cmpint (rapport_status_change_get_new_status (change), ==, RAPPORT_COMMITMENT_STATUS_OPEN);
  g_assert_cmpstr (adw_toast_get_title (last_toast (f)), ==, "“\u2068Review the case study\u2069” is open again");

  row = find_row (view, "Review the case study");
  g_assert_true (gtk_widget_get_sensitive (rapport_test_template_child (row, RAPPORT_TYPE_PROMISE_ROW, "done_check")));
}

/* ------------------------------------------------------------------------ */
/* Delete                                                                   */

static void
test_delete_and_undo (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(RapportCommitment) saved = save_promise (f, f->alex, "Book the mock interview", NULL);
  gint64 id = rapport_item_get_id (RAPPORT_ITEM (saved));
  g_autoptr(RapportCommitment) stored = NULL;
  RapportPromisesView *view = show_promises (f, f->alex);
  RapportPromiseRow *row = find_row (view, "Book the mock interview");
  AdwToast *toast;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "promise.delete", NULL));

  /* In the trash: gone from the lists, here and for a second connection. */
  g_assert_null (find_row (view, "Book the mock interview"));
  stored = dup_stored (f, f->alex, id);
  g_assert_null (stored);

  toast = last_toast (f);
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "“\u2068Book the mock interview\u2069” moved to the trash");
  g_assert_cmpstr (adw_toast_get_button_label (toast), ==, "_Undo");
  g_signal_emit_by_name (toast, "button-clicked");

  stored = dup_stored (f, f->alex, id);
  g_assert_nonnull (stored);
  g_assert_nonnull (find_row (view, "Book the mock interview"));
}

/* ------------------------------------------------------------------------ */
/* Undo, wherever a promise is ticked off                                   */

static void
test_undo_on_promises_tab (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(RapportCommitment) first = save_promise (f, f->alex, "Send the portfolio article", "2030-01-10");
  g_autoptr(RapportCommitment) second = save_promise (f, f->alex, "Introduce Alex to Dana", "2030-02-10");
  gint64 id = rapport_item_get_id (RAPPORT_ITEM (first));
  g_autoptr(RapportCommitment) stored = NULL;
  RapportPromisesView *view = show_promises (f, f->alex);
  RapportPromiseRow *row = find_row (view, "Send the portfolio article");
  AdwToast *toast;

  /* Ticking the first moves it below the open one: the list rebuilds its
   * rows, and the toast still reaches the window. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (rapport_test_template_child (row, RAPPORT_TYPE_PROMISE_ROW, "done_check")), TRUE);
  stored = dup_stored (f, f->alex, id);
  g_assert_cmpint (rapport_commitment_get_status (stored), ==, RAPPORT_COMMITMENT_STATUS_DONE);
  g_clear_object (&stored);

  toast = last_toast (f);
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "“\u2068Send the portfolio article\u2069” kept");
  g_signal_emit_by_name (toast, "button-clicked");

  stored = dup_stored (f, f->alex, id);
  g_assert_cmpint (rapport_commitment_get_status (stored), ==, RAPPORT_COMMITMENT_STATUS_OPEN);
  g_assert_null (rapport_commitment_get_done_at (stored));
  row = find_row (view, "Send the portfolio article");
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (rapport_test_template_child (row, RAPPORT_TYPE_PROMISE_ROW, "done_check"))));
}

static GtkWidget *
find_check (GtkWidget *root)
{
  for (GtkWidget *w = gtk_widget_get_first_child (root); w; w = gtk_widget_get_next_sibling (w))
    {
      GtkWidget *found;

      if (GTK_IS_CHECK_BUTTON (w))
        return w;
      if ((found = find_check (w)) != NULL)
        return found;
    }
  return NULL;
}

static void
test_undo_in_today (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *yesterday = rapport_test_day_from_today (-1);
  g_autoptr(RapportCommitment) saved = save_promise (f, f->alex, "Send the reading list", yesterday);
  gint64 id = rapport_item_get_id (RAPPORT_ITEM (saved));
  g_autoptr(RapportCommitment) stored = NULL;
  GtkWidget *check;
  AdwToast *toast;

  _rapport_window_show_today (f->window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  check = find_check (GTK_WIDGET (f->window->today_view));
  g_assert_nonnull (check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);

  stored = dup_stored (f, f->alex, id);
  g_assert_cmpint (rapport_commitment_get_status (stored), ==, RAPPORT_COMMITMENT_STATUS_DONE);
  g_clear_object (&stored);

  /* The same toast as on the Promises tab, and its Undo works. */
  toast = last_toast (f);
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "“\u2068Send the reading list\u2069” kept");
  g_signal_emit_by_name (toast, "button-clicked");
  stored = dup_stored (f, f->alex, id);
  g_assert_cmpint (rapport_commitment_get_status (stored), ==, RAPPORT_COMMITMENT_STATUS_OPEN);
}

/* ------------------------------------------------------------------------ */
/* The new-promise form, per mentee                                         */

static void
test_form_per_mentee (Fixture       *f,
                      gconstpointer  data)
{
  RapportPromisesView *view = show_promises (f, f->alex);
  GtkWidget *composer = rapport_test_template_child (view, RAPPORT_TYPE_PROMISES_VIEW, "composer");
  GtkWidget *title = rapport_test_template_child (composer, RAPPORT_TYPE_PROMISE_COMPOSER, "title_row");
  GtkWidget *owner = rapport_test_template_child (composer, RAPPORT_TYPE_PROMISE_COMPOSER, "owner_dropdown");
  GtkWidget *kind = rapport_test_template_child (composer, RAPPORT_TYPE_PROMISE_COMPOSER, "kind_dropdown");
  GtkWidget *due = rapport_test_template_child (composer, RAPPORT_TYPE_PROMISE_COMPOSER, "due_button");
  g_autoptr(RapportRepository) other = NULL;
  g_autoptr(GListModel) sams = NULL;
  g_autoptr(RapportCommitment) added = NULL;

  /* Half a promise typed for Alex... */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (owner), 1);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (kind), RAPPORT_COMMITMENT_KIND_RESOURCE);
  gtk_editable_set_text (GTK_EDITABLE (title), "Draft the CV");
  g_assert_true (rapport_test_type_date (due, "tomorrow"));

  /* ... is not Sam's: the form starts afresh. */
  view = show_promises (f, f->sam);
  g_assert_true (composer == rapport_test_template_child (view, RAPPORT_TYPE_PROMISES_VIEW, "composer"));
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (owner)), ==, 0);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (kind)), ==, RAPPORT_COMMITMENT_KIND_TASK);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "");
  g_assert_null (rapport_due_date_button_get_date (RAPPORT_DUE_DATE_BUTTON (due)));

  gtk_editable_set_text (GTK_EDITABLE (title), "Send Sam the talk recording");
  press_enter (title);
  other = rapport_test_reopen (f->context);
  sams = rapport_repository_list_commitments (other, rapport_item_get_id (RAPPORT_ITEM (f->sam)));
  g_assert_cmpuint (g_list_model_get_n_items (sams), ==, 1);
  added = g_list_model_get_item (sams, 0);
  g_assert_cmpstr (rapport_commitment_get_title (added), ==, "Send Sam the talk recording");
  g_assert_cmpint (rapport_commitment_get_owner (added), ==, RAPPORT_COMMITMENT_OWNER_MENTOR);

  /* Back with Alex, what was typed is still there. */
  show_promises (f, f->alex);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (owner)), ==, 1);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (kind)), ==, RAPPORT_COMMITMENT_KIND_RESOURCE);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "Draft the CV");
  g_assert_nonnull (rapport_due_date_button_get_date (RAPPORT_DUE_DATE_BUTTON (due)));
}

int
main (int   argc,
      char *argv[])
{
  rapport_test_init_gtk (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/rapport/promises/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("edit-every-field", test_edit_every_field);
  ADD ("drop-and-reopen", test_drop_and_reopen);
  ADD ("delete-and-undo", test_delete_and_undo);
  ADD ("undo-on-promises-tab", test_undo_on_promises_tab);
  ADD ("undo-in-today", test_undo_in_today);
  ADD ("form-per-mentee", test_form_per_mentee);

#undef ADD

  return g_test_run ();
}
