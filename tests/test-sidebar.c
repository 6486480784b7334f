/* test-sidebar.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "rapport-mentee-page.h"
#include "rapport-new-mentee-dialog.h"
#include "rapport-test-utils.h"
#include "rapport-window-private.h"

/* The sidebar's highlight always marks what the content pane shows, after
 * everything the mentor does to the list: adding, archiving, deleting,
 * Show Archived, search, the pointer and the arrow keys. */

typedef RapportTestWindowFixture Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  rapport_test_window_fixture_set_up (f, data);
  rapport_test_assert_sidebar_matches_content (f->window);
}

static gboolean
new_mentee_dialog_shown (gpointer data)
{
  return rapport_test_find_toplevel (RAPPORT_TYPE_NEW_MENTEE_DIALOG) != NULL;
}

/* Ctrl+N, type the name, Add. */
static void
add_mentee (Fixture    *f,
            const char *name)
{
  GtkWindow *dialog;

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-mentee", NULL);
  g_assert_true (rapport_test_wait_for (new_mentee_dialog_shown, NULL, 5000));
  dialog = rapport_test_find_toplevel (RAPPORT_TYPE_NEW_MENTEE_DIALOG);
  gtk_editable_set_text (GTK_EDITABLE (rapport_test_template_child (dialog, RAPPORT_TYPE_NEW_MENTEE_DIALOG,
                                                                    "name_row")), name);
  g_signal_emit_by_name (rapport_test_template_child (dialog, RAPPORT_TYPE_NEW_MENTEE_DIALOG, "add_button"),
                         "clicked");
  rapport_test_iterate (50);
  g_assert_null (rapport_test_find_toplevel (RAPPORT_TYPE_NEW_MENTEE_DIALOG));
}

static const char *
selected_name (Fixture *f)
{
  RapportMentee *selected = gtk_single_selection_get_selected_item (f->window->selection);

  return selected ? rapport_mentee_get_name (selected) : NULL;
}

/* ------------------------------------------------------------------------ */

static void
test_add_highlights_new_mentee (Fixture       *f,
                                gconstpointer  data)
{
  rapport_test_click_mentee_row (f->window, f->sam_id);
  rapport_test_assert_sidebar_matches_content (f->window);
  g_assert_cmpstr (selected_name (f), ==, "Sam Lee");

  /* Added while Sam is shown: the new mentee is shown and highlighted. */
  add_mentee (f, "Robin Ade");
  g_assert_cmpstr (rapport_mentee_get_name (rapport_mentee_page_get_mentee (RAPPORT_MENTEE_PAGE (f->window->mentee_page))),
                   ==, "Robin Ade");
  rapport_test_assert_sidebar_matches_content (f->window);
  g_assert_cmpstr (selected_name (f), ==, "Robin Ade");

  /* Added from Today: the same. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-today", NULL);
  rapport_test_assert_sidebar_matches_content (f->window);
  add_mentee (f, "Chris Obi");
  rapport_test_assert_sidebar_matches_content (f->window);
  g_assert_cmpstr (selected_name (f), ==, "Chris Obi");
}

/* The pointer over a row, or the arrow keys, select a row: the content
 * follows, so the highlight never points at something not shown. */
static void
test_selecting_a_row_shows_it (Fixture       *f,
                               gconstpointer  data)
{
  GListModel *rows = G_LIST_MODEL (f->window->selection);
  guint sam = GTK_INVALID_LIST_POSITION;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->window->content_stack), ==, "today");
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(RapportMentee) mentee = g_list_model_get_item (rows, i);

      if (rapport_item_get_id (RAPPORT_ITEM (mentee)) == f->sam_id)
        sam = i;
    }
  g_assert_cmpuint (sam, !=, GTK_INVALID_LIST_POSITION);

  gtk_widget_activate_action (GTK_WIDGET (f->window->mentee_list), "list.select-item", "(ubb)",
                              sam, FALSE, FALSE);
  rapport_test_iterate (20);
  rapport_test_assert_sidebar_matches_content (f->window);
  g_assert_cmpint (rapport_test_shown_mentee_id (f->window), ==, f->sam_id);

  /* Down from Today to Insights with the keyboard. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-today", NULL);
  gtk_widget_grab_focus (GTK_WIDGET (f->window->today_row));
  g_signal_emit_by_name (f->window->today_list, "move-cursor", GTK_MOVEMENT_DISPLAY_LINES, 1, FALSE, FALSE);
  rapport_test_iterate (20);
  rapport_test_assert_sidebar_matches_content (f->window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->window->content_stack), ==, "insights");
}

/* Archived from the menu: the row leaves the list and nothing else is
 * highlighted; with Show Archived the row is back, highlighted. */
static void
test_archive_and_show_archived (Fixture       *f,
                                gconstpointer  data)
{
  rapport_test_click_mentee_row (f->window, f->alex_id);
  rapport_test_assert_sidebar_matches_content (f->window);

  gtk_widget_activate_action (f->window->mentee_page, "mentee.archive", NULL);
  rapport_test_respond (rapport_test_wait_for_message_dialog ("Archive Alex Kim?"), "archive");
  rapport_test_assert_sidebar_matches_content (f->window);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->window->selection)), ==, 1);
  g_assert_null (selected_name (f));

  gtk_widget_activate_action (GTK_WIDGET (f->window), "list.show-archived", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->window->selection)), ==, 2);
  rapport_test_assert_sidebar_matches_content (f->window);
  g_assert_cmpstr (selected_name (f), ==, "Alex Kim");

  gtk_widget_activate_action (GTK_WIDGET (f->window), "list.show-archived", NULL);
  rapport_test_assert_sidebar_matches_content (f->window);
  g_assert_null (selected_name (f));

  /* Toggling while a listed mentee is shown keeps it highlighted. */
  rapport_test_click_mentee_row (f->window, f->sam_id);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "list.show-archived", NULL);
  rapport_test_assert_sidebar_matches_content (f->window);
  g_assert_cmpstr (selected_name (f), ==, "Sam Lee");
  gtk_widget_activate_action (GTK_WIDGET (f->window), "list.show-archived", NULL);
  rapport_test_assert_sidebar_matches_content (f->window);
  g_assert_cmpstr (selected_name (f), ==, "Sam Lee");

  /* The notebook has the archive. */
  {
    g_autoptr(RapportRepository) other = rapport_test_reopen (f->context);

    g_assert_cmpint (rapport_mentee_get_status (rapport_repository_find_mentee (other, f->alex_id)), ==,
                     RAPPORT_MENTEE_STATUS_ARCHIVED);
  }
}

/* Deleted from the menu: whatever the content pane shows next, the
 * highlight does not point at a row that is not shown. */
static void
test_delete (Fixture       *f,
             gconstpointer  data)
{
  rapport_test_click_mentee_row (f->window, f->sam_id);
  gtk_widget_activate_action (f->window->mentee_page, "mentee.delete", NULL);
  rapport_test_respond (rapport_test_wait_for_message_dialog ("Delete Sam Lee?"), "delete");
  rapport_test_assert_sidebar_matches_content (f->window);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->window->selection)), ==, 1);

  {
    g_autoptr(RapportRepository) other = rapport_test_reopen (f->context);

    g_assert_null (rapport_repository_find_mentee (other, f->sam_id));
  }
}

/* A mentee opened from search is highlighted once search ends. */
static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.search", NULL);
  gtk_editable_set_text (GTK_EDITABLE (f->window->search_entry), "Sam");
  g_signal_emit_by_name (f->window->search_entry, "search-changed");
  g_signal_emit_by_name (f->window->search_entry, "activate");
  g_assert_cmpint (rapport_test_shown_mentee_id (f->window), ==, f->sam_id);

  gtk_search_bar_set_search_mode (f->window->search_bar, FALSE);
  rapport_test_assert_sidebar_matches_content (f->window);
  g_assert_cmpstr (selected_name (f), ==, "Sam Lee");
}

int
main (int   argc,
      char *argv[])
{
  rapport_test_init_gtk (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/rapport/sidebar/" path, Fixture, NULL, fixture_set_up, func, rapport_test_window_fixture_tear_down)

  ADD ("add-highlights-new-mentee", test_add_highlights_new_mentee);
  ADD ("selecting-a-row-shows-it", test_selecting_a_row_shows_it);
  ADD ("archive-and-show-archived", test_archive_and_show_archived);
  ADD ("delete", test_delete);
  ADD ("search", test_search);

#undef ADD

  return g_test_run ();
}
