/* test-keyboard.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The keyboard, as a mentor uses it: every key here is pressed through the
 * X server (rapport_test_press_keys(), XTest), so it reaches the window the
 * way a typed key does and meets the same shortcut controllers; where the
 * focus is matters, as it does at a real keyboard. What the keys did is then
 * read back from the notebook through a second connection. */

#include "config.h"

#include <adwaita.h>

#include "rapport-application.h"
#include "rapport-context.h"
#include "rapport-mentee-page-private.h"
#include "rapport-new-mentee-dialog.h"
#include "rapport-promise-row.h"
#include "rapport-test-utils.h"
#include "rapport-window-private.h"

typedef struct
{
  RapportApplication *app;
  RapportWindow      *window;
  gint64              mentee_id;
  char                today[16];
} Fixture;

static RapportRepository *
get_repository (Fixture *f)
{
  return rapport_context_get_repository (rapport_application_get_context (f->app));
}

/* A second connection to the notebook file, as the next start of Rapport
 * would read it: what it finds was really committed. */
static RapportRepository *
open_second_connection (Fixture *f)
{
  return rapport_test_reopen (rapport_application_get_context (f->app));
}

static void
save (RapportRepository *repository,
      gpointer           item)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (rapport_repository_save (repository, item, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  g_strlcpy (f->today, today, sizeof f->today);
  f->app = rapport_test_start_application ();

  /* One mentee with one open promise of mine. */
  if (data != NULL)
    {
      g_autoptr(RapportMentee) mentee = rapport_mentee_new ();
      g_autoptr(RapportCommitment) promise = rapport_commitment_new ();

      rapport_mentee_set_name (mentee, "Sam Lee");
      save (get_repository (f), mentee);
      f->mentee_id = rapport_item_get_id (RAPPORT_ITEM (mentee));

      rapport_commitment_set_mentee_id (promise, f->mentee_id);
      rapport_commitment_set_owner (promise, RAPPORT_COMMITMENT_OWNER_MENTOR);
      rapport_commitment_set_title (promise, "Share the reading list");
      rapport_commitment_set_due_date (promise, f->today);
      save (get_repository (f), promise);
    }

  f->window = rapport_test_activate (f->app);
  rapport_test_focus_window (GTK_WINDOW (f->window));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  rapport_test_stop_application (f->app);
}

static void
show_mentee (Fixture *f)
{
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-mentee", "(xsx)",
                              f->mentee_id, "sessions", (gint64)0);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->window->content_stack), ==, "mentee");
}

/* The keyboard focus somewhere in the sidebar, outside the mentee page. */
static void
focus_sidebar (Fixture *f)
{
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (f->window->search_button)));
  g_assert_false (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (f->window)),
                                          f->window->mentee_page));
}

static const char *
visible_page (Fixture *f)
{
  return _rapport_mentee_page_get_visible_page (RAPPORT_MENTEE_PAGE (f->window->mentee_page));
}

/* What the mentor can see of an action: a button for it is sensitive only
 * while the action is enabled (as a menu item would be). */
static GtkWidget *
add_probe (Fixture    *f,
           const char *action)
{
  GtkWidget *probe = gtk_button_new_with_label (action);

  gtk_actionable_set_detailed_action_name (GTK_ACTIONABLE (probe), action);
  gtk_box_append (GTK_BOX (f->window->sidebar), probe);
  return probe;
}

/* The first widget of @type under @widget, or the first row of that type
 * with @title. */
static GtkWidget *
find_titled (GtkWidget  *widget,
             GType       type,
             const char *title)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      (title == NULL ||
       g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_titled (child, type, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  return find_titled (widget, type, NULL);
}

static gboolean
toplevel_shown (gpointer data)
{
  return rapport_test_find_toplevel (GPOINTER_TO_SIZE (data)) != NULL;
}

static gboolean
toplevel_gone (gpointer data)
{
  return rapport_test_find_toplevel (GPOINTER_TO_SIZE (data)) == NULL;
}

/* ------------------------------------------------------------------------ */

/* Ctrl+N, type the name, Enter: the mentee is in the notebook. */
static void
test_new_mentee (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(RapportRepository) second = NULL;
  g_autoptr(RapportMentee) mentee = NULL;
  GtkWindow *dialog;
  GtkWidget *name_row;
  GtkWidget *focus;

  rapport_test_press_keys (GTK_WINDOW (f->window), "<Control>n");
  g_assert_true (rapport_test_wait_for (toplevel_shown, GSIZE_TO_POINTER (RAPPORT_TYPE_NEW_MENTEE_DIALOG), 5000));
  dialog = rapport_test_find_toplevel (RAPPORT_TYPE_NEW_MENTEE_DIALOG);
  rapport_test_focus_window (dialog);

  /* The dialog opens ready for the name. */
  name_row = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog), RAPPORT_TYPE_NEW_MENTEE_DIALOG,
                                                        "name_row"));
  focus = gtk_window_get_focus (dialog);
  g_assert_nonnull (focus);
  g_assert_true (focus == name_row || gtk_widget_is_ancestor (focus, name_row));

  rapport_test_type_text (dialog, "Robin Ade");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "Robin Ade");
  rapport_test_press_keys (dialog, "Return");
  g_assert_true (rapport_test_wait_for (toplevel_gone, GSIZE_TO_POINTER (RAPPORT_TYPE_NEW_MENTEE_DIALOG), 5000));

  second = open_second_connection (f);
  g_assert_cmpuint (g_list_model_get_n_items (rapport_repository_get_mentees (second)), ==, 1);
  mentee = g_list_model_get_item (rapport_repository_get_mentees (second), 0);
  g_assert_cmpstr (rapport_mentee_get_name (mentee), ==, "Robin Ade");

  /* And the window shows them. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->window->content_stack), ==, "mentee");
}

/* Ctrl+Shift+N and Ctrl+Shift+P with the focus in the sidebar. */
static void
test_new_meeting_and_promise (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(RapportRepository) second = NULL;
  GListModel *sessions, *promises;
  g_autoptr(RapportSessionNote) session = NULL;
  gboolean found = FALSE;

  show_mentee (f);
  focus_sidebar (f);

  rapport_test_press_keys (GTK_WINDOW (f->window), "<Control><Shift>n");
  g_assert_cmpstr (visible_page (f), ==, "editor");

  /* The notes have the focus: type, and Escape goes back, saving. */
  rapport_test_type_text (GTK_WINDOW (f->window), "Talked about the offsite");
  rapport_test_press_keys (GTK_WINDOW (f->window), "Escape");
  g_assert_cmpstr (visible_page (f), ==, "sessions");

  focus_sidebar (f);
  rapport_test_press_keys (GTK_WINDOW (f->window), "<Control><Shift>p");
  g_assert_cmpstr (visible_page (f), ==, "promises");
  rapport_test_type_text (GTK_WINDOW (f->window), "Send the book list");
  rapport_test_press_keys (GTK_WINDOW (f->window), "Return");

  /* From a text field too: the composer's, then the search entry. */
  g_assert_true (GTK_IS_TEXT (gtk_window_get_focus (GTK_WINDOW (f->window))));
  rapport_test_press_keys (GTK_WINDOW (f->window), "<Alt>5");
  g_assert_cmpstr (visible_page (f), ==, "profile");
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.search", NULL);
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (f->window)),
                                         GTK_WIDGET (f->window->search_entry)));
  rapport_test_press_keys (GTK_WINDOW (f->window), "<Control><Shift>p");
  g_assert_cmpstr (visible_page (f), ==, "promises");

  second = open_second_connection (f);
  sessions = rapport_repository_list_sessions (second, f->mentee_id);
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 1);
  session = g_list_model_get_item (sessions, 0);
  g_assert_cmpstr (rapport_session_note_get_notes (session), ==, "Talked about the offsite");

  promises = rapport_repository_list_commitments (second, f->mentee_id);
  for (guint i = 0; i < g_list_model_get_n_items (promises); i++)
    {
      g_autoptr(RapportCommitment) promise = g_list_model_get_item (promises, i);

      found |= g_strcmp0 (rapport_commitment_get_title (promise), "Send the book list") == 0;
    }
  g_assert_true (found);
}

/* Without a mentee on screen the keys are disabled: nothing is made. */
static void
test_mentee_keys_disabled_on_today (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(RapportRepository) second = NULL;
  GtkWidget *meeting_probe = add_probe (f, "win.new-meeting");
  GtkWidget *promise_probe = add_probe (f, "win.new-promise");
  GtkWidget *tab_probe = add_probe (f, "win.show-tab::promises");

  show_mentee (f);
  g_assert_true (gtk_widget_get_sensitive (meeting_probe));
  g_assert_true (gtk_widget_get_sensitive (promise_probe));
  g_assert_true (gtk_widget_get_sensitive (tab_probe));

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-today", NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->window->content_stack), ==, "today");
  g_assert_false (gtk_widget_get_sensitive (meeting_probe));
  g_assert_false (gtk_widget_get_sensitive (promise_probe));
  g_assert_false (gtk_widget_get_sensitive (tab_probe));

  focus_sidebar (f);
  rapport_test_press_keys (GTK_WINDOW (f->window), "<Control><Shift>n");
  rapport_test_press_keys (GTK_WINDOW (f->window), "<Alt>3");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->window->content_stack), ==, "today");

  second = open_second_connection (f);
  g_assert_cmpuint (g_list_model_get_n_items (rapport_repository_list_sessions (second, f->mentee_id)), ==, 0);

  gtk_box_remove (GTK_BOX (f->window->sidebar), meeting_probe);
  gtk_box_remove (GTK_BOX (f->window->sidebar), promise_probe);
  gtk_box_remove (GTK_BOX (f->window->sidebar), tab_probe);
}

/* Alt+1 … Alt+5 go to the tabs in the order they are shown. */
static void
test_tabs (Fixture       *f,
           gconstpointer  data)
{
  static const char * const tabs[] = { "prepare", "sessions", "promises", "goals", "profile" };
  AdwViewStack *stack;
  g_autoptr(GtkSelectionModel) pages = NULL;

  show_mentee (f);

  /* The keys follow the order of the tabs on screen. */
  stack = ADW_VIEW_STACK (find_descendant (f->window->mentee_page, ADW_TYPE_VIEW_STACK));
  pages = adw_view_stack_get_pages (stack);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pages)), ==, G_N_ELEMENTS (tabs));
  for (guint i = 0; i < G_N_ELEMENTS (tabs); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

      g_assert_cmpstr (adw_view_stack_page_get_name (page), ==, tabs[i]);
    }

  for (guint i = G_N_ELEMENTS (tabs); i > 0; i--)
    {
      g_autofree char *keys = g_strdup_printf ("<Alt>%u", i);

      focus_sidebar (f);
      rapport_test_press_keys (GTK_WINDOW (f->window), keys);
      g_assert_cmpstr (visible_page (f), ==, tabs[i - 1]);
    }

  /* From an open meeting too: it is saved and closed first. */
  focus_sidebar (f);
  rapport_test_press_keys (GTK_WINDOW (f->window), "<Control><Shift>n");
  g_assert_cmpstr (visible_page (f), ==, "editor");
  rapport_test_press_keys (GTK_WINDOW (f->window), "<Alt>4");
  g_assert_cmpstr (visible_page (f), ==, "goals");
}

/* Space ticks the promise that has the focus. */
static void
test_space_ticks_promise (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(RapportRepository) second = NULL;
  g_autoptr(RapportCommitment) promise = NULL;
  GtkWidget *row;

  show_mentee (f);
  focus_sidebar (f);
  rapport_test_press_keys (GTK_WINDOW (f->window), "<Alt>3");
  g_assert_cmpstr (visible_page (f), ==, "promises");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));

  row = find_descendant (GTK_WIDGET (_rapport_mentee_page_get_promises_view (RAPPORT_MENTEE_PAGE (f->window->mentee_page))),
                         RAPPORT_TYPE_PROMISE_ROW);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_grab_focus (row));
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (f->window)) == row);

  rapport_test_press_keys (GTK_WINDOW (f->window), "space");

  second = open_second_connection (f);
  promise = g_list_model_get_item (rapport_repository_list_commitments (second, f->mentee_id), 0);
  g_assert_cmpstr (rapport_commitment_get_title (promise), ==, "Share the reading list");
  g_assert_cmpint (rapport_commitment_get_status (promise), ==, RAPPORT_COMMITMENT_STATUS_DONE);
}

/* On Today, Space ticks the promise; Enter still opens it. */
static void
test_space_ticks_promise_on_today (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(RapportRepository) second = NULL;
  g_autoptr(RapportCommitment) promise = NULL;
  GtkWidget *row;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->window->content_stack), ==, "today");
  row = find_titled (GTK_WIDGET (f->window->today_view), ADW_TYPE_PREFERENCES_ROW, "Share the reading list");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_grab_focus (row));
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (f->window)) == row);

  rapport_test_press_keys (GTK_WINDOW (f->window), "space");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->window->content_stack), ==, "today");

  second = open_second_connection (f);
  promise = g_list_model_get_item (rapport_repository_list_commitments (second, f->mentee_id), 0);
  g_assert_cmpint (rapport_commitment_get_status (promise), ==, RAPPORT_COMMITMENT_STATUS_DONE);
}

static gboolean
same_keys (const char *a,
           const char *b)
{
  guint ka = 0, kb = 0;
  GdkModifierType ma = 0, mb = 0;

  g_assert_true (gtk_accelerator_parse (a, &ka, &ma));
  g_assert_true (gtk_accelerator_parse (b, &kb, &mb));
  return ka == kb && ma == mb;
}

/* The Shortcuts window lists every key above, with the keys really set. */
static void
test_shortcuts_window (Fixture       *f,
                       gconstpointer  data)
{
  static const struct {
    const char *action;
    const char *accel;
  } expected[] = {
    { "win.new-mentee", "<Control>n" },
    { "win.new-meeting", "<Control><Shift>n" },
    { "win.new-promise", "<Control><Shift>p" },
    { "win.show-tab::prepare", "<Alt>1" },
    { "win.show-tab::sessions", "<Alt>2" },
    { "win.show-tab::promises", "<Alt>3" },
    { "win.show-tab::goals", "<Alt>4" },
    { "win.show-tab::profile", "<Alt>5" },
  };
  g_autoptr(GHashTable) shown = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();
  GtkWindow *overlay;
  gboolean space_listed = FALSE;

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-help-overlay", NULL);
  g_assert_true (rapport_test_wait_for (toplevel_shown, GSIZE_TO_POINTER (GTK_TYPE_SHORTCUTS_WINDOW), 5000));
  overlay = rapport_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);

  /* Every shortcut shown, by action (or by title for keys without one). */
  g_ptr_array_add (stack, overlay);
  while (stack->len > 0)
    {
      GtkWidget *widget = g_ptr_array_steal_index (stack, stack->len - 1);

      if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
        {
          g_autofree char *action = NULL;
          g_autofree char *accel = NULL;
          g_autofree char *title = NULL;

          g_object_get (widget, "action-name", &action, "accelerator", &accel, "title", &title, NULL);
          if (action != NULL)
            g_hash_table_replace (shown, g_strdup (action), g_strdup (accel));
          else if (g_strcmp0 (accel, "space") == 0)
            space_listed = g_str_equal (title, "Tick Selected Promise");
        }

      for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
        g_ptr_array_add (stack, child);
    }

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (f->app),
                                                                    expected[i].action);
      const char *listed = g_hash_table_lookup (shown, expected[i].action);

      g_test_message ("%s: set %s, listed %s", expected[i].action, accels[0], listed);
      g_assert_cmpuint (g_strv_length (accels), ==, 1);
      g_assert_true (same_keys (accels[0], expected[i].accel));
      g_assert_nonnull (listed);
      g_assert_true (same_keys (listed, expected[i].accel));
    }
  g_assert_true (space_listed);

  gtk_window_destroy (overlay);
}

int
main (int   argc,
      char *argv[])
{
  rapport_test_init_gtk (&argc, &argv);

#define ADD(path, func, with_mentee) \
  g_test_add ("/rapport/keyboard/" path, Fixture, GSIZE_TO_POINTER (with_mentee), \
              fixture_set_up, func, fixture_tear_down)

  ADD ("new-mentee", test_new_mentee, FALSE);
  ADD ("new-meeting-and-promise", test_new_meeting_and_promise, TRUE);
  ADD ("mentee-keys-disabled-on-today", test_mentee_keys_disabled_on_today, TRUE);
  ADD ("tabs", test_tabs, TRUE);
  ADD ("space-ticks-promise", test_space_ticks_promise, TRUE);
  ADD ("space-ticks-promise-on-today", test_space_ticks_promise_on_today, TRUE);
  ADD ("shortcuts-window", test_shortcuts_window, TRUE);

#undef ADD

  return g_test_run ();
}
