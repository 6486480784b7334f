/* test-profile.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "rapport-mentee-page-private.h"
#include "rapport-test-utils.h"
#include "rapport-validation.h"
#include "rapport-widget-utils.h"
#include "rapport-window-private.h"

/* The Profile tab as the mentor uses it, in the real window: open a mentee
 * from the sidebar, type into the fields, leave; then read the notebook
 * through a second connection to see what really was saved. */

typedef RapportTestWindowFixture Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  rapport_test_window_fixture_set_up (f, data);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1100, 760);
}

static void
click_mentee (Fixture *f,
              gint64   mentee_id)
{
  rapport_test_click_mentee_row (f->window, mentee_id);
}

static RapportMenteePage *
page (Fixture *f)
{
  g_assert_nonnull (f->window->mentee_page);
  return RAPPORT_MENTEE_PAGE (f->window->mentee_page);
}

static gint64
shown_mentee_id (Fixture *f)
{
  return rapport_test_shown_mentee_id (f->window);
}

/* A click on a tab in the view switcher. */
static void
click_tab (Fixture    *f,
           const char *name)
{
  AdwViewStack *tabs = ADW_VIEW_STACK (rapport_test_template_child (page (f), RAPPORT_TYPE_MENTEE_PAGE,
                                                                    "view_stack"));

  adw_view_stack_set_visible_child_name (tabs, name);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
}

/* Whether the Profile tab in the view switcher carries its mark. */
static gboolean
profile_tab_marked (Fixture *f)
{
  AdwViewStack *tabs = ADW_VIEW_STACK (rapport_test_template_child (page (f), RAPPORT_TYPE_MENTEE_PAGE,
                                                                    "view_stack"));
  GtkWidget *profile = GTK_WIDGET (_rapport_mentee_page_get_profile_view (page (f)));

  return adw_view_stack_page_get_needs_attention (adw_view_stack_get_page (tabs, profile));
}

static RapportProfileView *
open_profile (Fixture *f,
              gint64   mentee_id)
{
  click_mentee (f, mentee_id);
  g_assert_cmpint (shown_mentee_id (f), ==, mentee_id);
  click_tab (f, "profile");
  return _rapport_mentee_page_get_profile_view (page (f));
}

static GtkWidget *
field (RapportProfileView *profile,
       const char         *name)
{
  return rapport_test_template_child (profile, RAPPORT_TYPE_PROFILE_VIEW, name);
}

/* Types @days into a spin button and leaves it with Tab. */
static void
type_days (RapportProfileView *profile,
           const char         *name,
           int                 days)
{
  GtkSpinButton *spin = GTK_SPIN_BUTTON (field (profile, name));
  g_autofree char *text = g_strdup_printf ("%d", days);

  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  gtk_spin_button_update (spin);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==, days);
}

static RapportMentee *
stored_mentee (Fixture *f,
               gint64   mentee_id)
{
  g_autoptr(RapportRepository) other = rapport_test_reopen (f->context);
  RapportMentee *mentee = rapport_repository_find_mentee (other, mentee_id);

  g_assert_nonnull (mentee);
  return g_object_ref (mentee);
}

static gboolean
banner_shown (gpointer data)
{
  return gtk_revealer_get_reveal_child (GTK_REVEALER (field (data, "banner")));
}

static gboolean
banner_hidden (gpointer data)
{
  return !banner_shown (data);
}

/* The text of the message the form shows right under @row, or NULL. */
static const char *
message_under (GtkWidget *row)
{
  GtkWidget *next = gtk_widget_get_next_sibling (row);
  GtkWidget *label;

  if (next == NULL || !gtk_widget_get_visible (next))
    return NULL;
  label = GTK_IS_LIST_BOX_ROW (next) ? gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (next)) : next;
  if (!GTK_IS_LABEL (label) || !gtk_widget_has_css_class (label, "error"))
    return NULL;
  return gtk_label_get_label (GTK_LABEL (label));
}

/* ------------------------------------------------------------------------ */

/* "Check in every" 40 with "Longest gap" 30: said at the field in the
 * model's words, the page says it is not saved, every other edit is saved,
 * and the rhythm is saved the moment it is fixed. */
static void
test_invalid_rhythm_shown_and_saved_when_fixed (Fixture       *f,
                                                gconstpointer  data)
{
  RapportProfileView *profile = open_profile (f, f->alex_id);
  g_autoptr(RapportMentee) stored = NULL;
  const char *message;

  type_days (profile, "cadence_spin", 40);
  type_days (profile, "max_gap_spin", 30);
  gtk_editable_set_text (GTK_EDITABLE (field (profile, "feedback_row")), "Direct, in private");

  /* The autosave runs once typing pauses. */
  rapport_test_iterate (1200);

  /* The feedback is in the notebook; the rhythm is not. */
  stored = stored_mentee (f, f->alex_id);
  g_assert_cmpstr (rapport_mentee_get_feedback_preferences (stored), ==, "Direct, in private");
  g_assert_cmpint (rapport_mentee_get_cadence_days (stored), ==, 14);
  g_assert_cmpint (rapport_mentee_get_max_gap_days (stored), ==, 28);
  g_clear_object (&stored);

  /* The page says so plainly, naming the fields ... */
  g_assert_true (rapport_test_wait_for (banner_shown, profile, 5000));
  {
    const char *banner = gtk_label_get_text (GTK_LABEL (field (profile, "banner_label")));

    g_assert_nonnull (strstr (banner, "Not saved"));
    g_assert_nonnull (strstr (banner, "“Check in every”"));
    g_assert_nonnull (strstr (banner, "“Longest gap”"));
  }

  /* ... and the model's message stands under the longest gap, both rows
   * marked, the typed values still there. */
  message = message_under (field (profile, "max_gap_row"));
  g_assert_cmpstr (message, ==,
                   "The longest gap (30 days) cannot be shorter than the time between check-ins (40 days).");
  g_assert_true (gtk_widget_has_css_class (field (profile, "max_gap_row"), "error"));
  g_assert_true (gtk_widget_has_css_class (field (profile, "cadence_row"), "error"));
  g_assert_false (gtk_widget_has_css_class (field (profile, "feedback_row"), "error"));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (field (profile, "cadence_spin"))), ==, 40);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (field (profile, "max_gap_spin"))), ==, 30);
  g_assert_true (rapport_profile_view_has_unsaved_changes (profile));
  g_assert_true (profile_tab_marked (f));

  /* A later edit elsewhere still reaches the notebook. */
  gtk_editable_set_text (GTK_EDITABLE (field (profile, "sensitivities_row")), "Being compared to others");
  rapport_test_iterate (1200);
  stored = stored_mentee (f, f->alex_id);
  g_assert_cmpstr (rapport_mentee_get_feedback_sensitivities (stored), ==, "Being compared to others");
  g_assert_cmpint (rapport_mentee_get_max_gap_days (stored), ==, 28);
  g_clear_object (&stored);

  /* Fixed: saved at once, the marks and the banner gone. */
  type_days (profile, "max_gap_spin", 45);
  g_assert_true (rapport_test_wait_for (banner_hidden, profile, 5000));
  g_assert_null (message_under (field (profile, "max_gap_row")));
  g_assert_false (gtk_widget_has_css_class (field (profile, "max_gap_row"), "error"));
  g_assert_false (rapport_profile_view_has_unsaved_changes (profile));
  g_assert_false (profile_tab_marked (f));
  stored = stored_mentee (f, f->alex_id);
  g_assert_cmpint (rapport_mentee_get_cadence_days (stored), ==, 40);
  g_assert_cmpint (rapport_mentee_get_max_gap_days (stored), ==, 45);
  g_assert_cmpstr (rapport_mentee_get_feedback_preferences (stored), ==, "Direct, in private");
}

/* A blank name: the rest is saved, the stored name stays, the header does
 * not claim a name that is not stored. */
static void
test_blank_name_shown_at_field (Fixture       *f,
                                gconstpointer  data)
{
  RapportProfileView *profile = open_profile (f, f->alex_id);
  GtkLabel *header = GTK_LABEL (rapport_test_template_child (page (f), RAPPORT_TYPE_MENTEE_PAGE, "name_label"));
  g_autoptr(RapportMentee) stored = NULL;
  g_autoptr(GError) error = NULL;

  gtk_editable_set_text (GTK_EDITABLE (field (profile, "name_row")), "   ");
  gtk_editable_set_text (GTK_EDITABLE (field (profile, "role_row")), "Lead designer");

  /* Switching tabs saves what can be saved. */
  click_tab (f, "sessions");
  click_tab (f, "profile");

  g_assert_true (banner_shown (profile));
  g_assert_cmpstr (message_under (field (profile, "name_row")), ==, "The name cannot be empty.");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (profile, "name_row"))), ==, "   ");
  g_assert_cmpstr (gtk_label_get_label (header), ==, "Alex Kim");

  g_assert_false (rapport_profile_view_save (profile, &error));
  g_assert_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_REQUIRED);
  g_assert_true (g_strv_contains (rapport_model_error_get_fields (error), "name"));

  stored = stored_mentee (f, f->alex_id);
  g_assert_cmpstr (rapport_mentee_get_name (stored), ==, "Alex Kim");
  g_assert_cmpstr (rapport_mentee_get_role (stored), ==, "Lead designer");
  g_clear_object (&stored);

  gtk_editable_set_text (GTK_EDITABLE (field (profile, "name_row")), "Alex K.");
  g_assert_true (rapport_test_wait_for (banner_hidden, profile, 5000));
  g_assert_cmpstr (gtk_label_get_label (header), ==, "Alex K.");
  stored = stored_mentee (f, f->alex_id);
  g_assert_cmpstr (rapport_mentee_get_name (stored), ==, "Alex K.");
}

/* Leaving the mentee with a profile that cannot be saved asks first: Keep
 * Editing stays (sidebar and all), Discard goes and drops only what was
 * not saved. */
static void
test_leaving_asks_first (Fixture       *f,
                         gconstpointer  data)
{
  RapportProfileView *profile = open_profile (f, f->alex_id);
  AdwMessageDialog *dialog;
  g_autoptr(RapportMentee) stored = NULL;
  g_autoptr(RapportMentee) selected = NULL;

  type_days (profile, "cadence_spin", 40);
  type_days (profile, "max_gap_spin", 30);
  gtk_editable_set_text (GTK_EDITABLE (field (profile, "contact_row")), "alex@example.org");

  /* To another mentee: asked, naming the problem in the model's words. */
  click_mentee (f, f->sam_id);
  dialog = rapport_test_wait_for_message_dialog ("Profile Not Saved");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog),
                            "The longest gap (30 days) cannot be shorter than the time between check-ins (40 days)."));
  rapport_test_respond (dialog, "keep");

  /* Still Alex, the highlight on Alex, the text still there. */
  g_assert_cmpint (shown_mentee_id (f), ==, f->alex_id);
  selected = gtk_single_selection_get_selected_item (f->window->selection)
             ? g_object_ref (gtk_single_selection_get_selected_item (f->window->selection)) : NULL;
  g_assert_nonnull (selected);
  g_assert_cmpint (rapport_item_get_id (RAPPORT_ITEM (selected)), ==, f->alex_id);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (field (profile, "max_gap_spin"))), ==, 30);

  /* To Today: asked too. */
  g_signal_emit_by_name (f->window->today_list, "row-activated", f->window->today_row);
  dialog = rapport_test_wait_for_message_dialog ("Profile Not Saved");
  rapport_test_respond (dialog, "keep");
  g_assert_cmpint (shown_mentee_id (f), ==, f->alex_id);
  g_assert_null (gtk_list_box_get_selected_row (f->window->today_list));

  /* Discard: Sam is shown; the contact (valid) was saved all along, the
   * rhythm was not. */
  click_mentee (f, f->sam_id);
  dialog = rapport_test_wait_for_message_dialog ("Profile Not Saved");
  rapport_test_respond (dialog, "discard");
  g_assert_cmpint (shown_mentee_id (f), ==, f->sam_id);
  g_assert_false (rapport_profile_view_has_unsaved_changes (profile));

  stored = stored_mentee (f, f->alex_id);
  g_assert_cmpstr (rapport_mentee_get_contact (stored), ==, "alex@example.org");
  g_assert_cmpint (rapport_mentee_get_cadence_days (stored), ==, 14);
  g_assert_cmpint (rapport_mentee_get_max_gap_days (stored), ==, 28);

  /* Back to Alex: the form shows what is stored. */
  click_mentee (f, f->alex_id);
  click_tab (f, "profile");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (field (profile, "max_gap_spin"))), ==, 28);
  g_assert_false (banner_shown (profile));
}

/* Archive from the menu, then edit the profile: the status shows Archived
 * at once, stays archived, and the archived mentee leaves the list. */
static void
test_archive_then_edit (Fixture       *f,
                        gconstpointer  data)
{
  RapportProfileView *profile = open_profile (f, f->alex_id);
  AdwComboRow *status = ADW_COMBO_ROW (field (profile, "status_row"));
  AdwMessageDialog *dialog;
  g_autoptr(RapportMentee) stored = NULL;

  g_assert_cmpuint (adw_combo_row_get_selected (status), ==, RAPPORT_MENTEE_STATUS_ACTIVE);

  gtk_widget_activate_action (GTK_WIDGET (page (f)), "mentee.archive", NULL);
  dialog = rapport_test_wait_for_message_dialog ("Archive Alex Kim?");
  rapport_test_respond (dialog, "archive");

  /* The real status, at once. */
  g_assert_cmpuint (adw_combo_row_get_selected (status), ==, RAPPORT_MENTEE_STATUS_ARCHIVED);

  /* They left the list, as the dialog promised; nothing else is
   * highlighted in their place. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (f->window->selection)); i++)
    {
      g_autoptr(RapportMentee) row = g_list_model_get_item (G_LIST_MODEL (f->window->selection), i);

      g_assert_cmpint (rapport_item_get_id (RAPPORT_ITEM (row)), !=, f->alex_id);
    }
  g_assert_cmpuint (gtk_single_selection_get_selected (f->window->selection), ==, GTK_INVALID_LIST_POSITION);

  /* An edit of another field does not bring them back. */
  gtk_editable_set_text (GTK_EDITABLE (field (profile, "feedback_row")), "Prefers written notes");
  click_tab (f, "sessions");

  stored = stored_mentee (f, f->alex_id);
  g_assert_cmpstr (rapport_mentee_get_feedback_preferences (stored), ==, "Prefers written notes");
  g_assert_cmpint (rapport_mentee_get_status (stored), ==, RAPPORT_MENTEE_STATUS_ARCHIVED);
  g_clear_object (&stored);

  /* Show Archived: back in the list, marked archived, and highlighted as
   * the mentee shown. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "list.show-archived", NULL);
  {
    RapportMentee *selected = gtk_single_selection_get_selected_item (f->window->selection);

    g_assert_nonnull (selected);
    g_assert_cmpint (rapport_item_get_id (RAPPORT_ITEM (selected)), ==, f->alex_id);
  }
}

/* Undo of the archive from its toast: the form follows again. */
static void
test_archive_undo (Fixture       *f,
                   gconstpointer  data)
{
  RapportProfileView *profile = open_profile (f, f->alex_id);
  AdwComboRow *status = ADW_COMBO_ROW (field (profile, "status_row"));
  g_autoptr(RapportMentee) stored = NULL;
  AdwToast *toast;

  gtk_widget_activate_action (GTK_WIDGET (page (f)), "mentee.archive", NULL);
  rapport_test_respond (rapport_test_wait_for_message_dialog ("Archive Alex Kim?"), "archive");
  g_assert_cmpuint (adw_combo_row_get_selected (status), ==, RAPPORT_MENTEE_STATUS_ARCHIVED);

  toast = _rapport_widget_get_last_toast (GTK_WIDGET (page (f)));
  g_assert_nonnull (toast);
  g_signal_emit_by_name (toast, "button-clicked");
  g_assert_cmpuint (adw_combo_row_get_selected (status), ==, RAPPORT_MENTEE_STATUS_ACTIVE);
  g_assert_false (rapport_profile_view_has_unsaved_changes (profile));

  /* Back in the list and highlighted, since it is what is shown. */
  {
    RapportMentee *selected = gtk_single_selection_get_selected_item (f->window->selection);

    g_assert_nonnull (selected);
    g_assert_cmpint (rapport_item_get_id (RAPPORT_ITEM (selected)), ==, f->alex_id);
  }

  stored = stored_mentee (f, f->alex_id);
  g_assert_cmpint (rapport_mentee_get_status (stored), ==, RAPPORT_MENTEE_STATUS_ACTIVE);
}

/* Each mentee's profile opens at its top. */
static void
test_profile_opens_at_top (Fixture       *f,
                           gconstpointer  data)
{
  RapportProfileView *profile = open_profile (f, f->alex_id);
  GtkAdjustment *adjustment;

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (field (profile, "name_row"),
                                                                                                 GTK_TYPE_SCROLLED_WINDOW)));
  gtk_window_set_default_size (GTK_WINDOW (f->window), 900, 500);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  rapport_test_iterate (100);
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment), >, 200);

  /* Scrolled down to Manage, on Alex ... */
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  rapport_test_iterate (50);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 200);

  /* ... Sam's profile opens at its top. */
  click_mentee (f, f->sam_id);
  click_tab (f, "profile");
  rapport_test_iterate (50);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  rapport_test_init_gtk (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/rapport/profile/" path, Fixture, NULL, fixture_set_up, func, rapport_test_window_fixture_tear_down)

  ADD ("invalid-rhythm-shown-and-saved-when-fixed", test_invalid_rhythm_shown_and_saved_when_fixed);
  ADD ("blank-name-shown-at-field", test_blank_name_shown_at_field);
  ADD ("leaving-asks-first", test_leaving_asks_first);
  ADD ("archive-then-edit", test_archive_then_edit);
  ADD ("archive-undo", test_archive_undo);
  ADD ("opens-at-top", test_profile_opens_at_top);

#undef ADD

  return g_test_run ();
}
