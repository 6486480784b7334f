/* test-question-bank.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "rapport-context.h"
#include "rapport-preferences-window.h"
#include "rapport-prepare-view.h"
#include "rapport-question-bank-page.h"
#include "rapport-question-editor.h"
#include "rapport-question-picker.h"
#include "rapport-repository.h"
#include "rapport-test-utils.h"
#include "rapport-widget-utils.h"

/* Preferences → Question Bank, driven the way a mentor would: add a question
 * of their own with tags, be refused a blank one, edit it, switch off one of
 * Rapport's and see Prepare stop suggesting it, delete and undo. */

#define BUILTIN_FIRST "What made you look for a mentor right now?"

typedef struct
{
  RapportContext          *context;
  RapportRepository       *repository;
  RapportMentee           *mentee;
  GtkWindow               *window;
  RapportQuestionBankPage *page;
} Fixture;

/* ------------------------------------------------------------------------ */
/* Set-up                                                                   */

static RapportMentee *
add_mentee (RapportRepository *repository,
            const char        *name,
            const char * const *tags)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportMentee) mentee = rapport_mentee_new ();
  RapportMentee *live;

  rapport_mentee_set_name (mentee, name);
  rapport_mentee_set_cadence_days (mentee, 14);
  rapport_mentee_set_max_gap_days (mentee, 28);
  rapport_mentee_set_tags (mentee, tags);
  g_assert_true (rapport_repository_save (repository, RAPPORT_ITEM (mentee), &error));
  g_assert_no_error (error);
  live = rapport_repository_find_mentee (repository, rapport_item_get_id (RAPPORT_ITEM (mentee)));
  g_assert_nonnull (live);
  return g_object_ref (live);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  const char *tags[] = { "career", NULL };
  g_autoptr(GError) error = NULL;

  rapport_test_use_system_mime ();

  f->context = rapport_context_new (NULL, &error);
  g_assert_no_error (error);
  f->repository = rapport_context_get_repository (f->context);

  /* No meeting held yet: the first-meeting stage. */
  f->mentee = add_mentee (f->repository, "Dana Whitfield", tags);

  f->window = GTK_WINDOW (rapport_preferences_window_new (f->context));
  gtk_window_set_default_size (f->window, 640, 900);
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (f->window), "questions");
  f->page = RAPPORT_QUESTION_BANK_PAGE (gtk_widget_get_template_child (GTK_WIDGET (f->window),
                                                                       RAPPORT_TYPE_PREFERENCES_WINDOW,
                                                                       "question_bank_page"));
  g_assert_nonnull (f->page);
  gtk_window_present (f->window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gpointer weak_page = f->page;
  GtkWindow *editor;

  while ((editor = rapport_test_find_toplevel (RAPPORT_TYPE_QUESTION_EDITOR)))
    gtk_window_destroy (editor);

  g_object_add_weak_pointer (G_OBJECT (f->page), &weak_page);
  gtk_window_destroy (f->window);
  rapport_test_iterate (50);
  g_assert_null (weak_page);

  g_clear_object (&f->mentee);
  g_clear_object (&f->context);
}

/* ------------------------------------------------------------------------ */
/* Looking at widgets                                                       */

static GtkWidget *
child (gpointer    widget,
       GType       type,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

static GtkListBox *
page_list (Fixture    *f,
           const char *name)
{
  return GTK_LIST_BOX (child (f->page, RAPPORT_TYPE_QUESTION_BANK_PAGE, name));
}

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;
  return n;
}

static AdwActionRow *
find_row (GtkListBox *list,
          const char *title)
{
  GtkListBoxRow *row;

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (list, i)); i++)
    if (ADW_IS_PREFERENCES_ROW (row) &&
        g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0)
      return ADW_ACTION_ROW (row);
  return NULL;
}

static GtkWidget *
find_descendant (GtkWidget  *widget,
                 GType       type,
                 const char *icon_name)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (c, type) &&
          (icon_name == NULL || g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (c)), icon_name) == 0))
        return c;
      if ((found = find_descendant (c, type, icon_name)))
        return found;
    }
  return NULL;
}

static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (c) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (c)), text) == 0)
        return c;
      if ((found = find_label (c, text)))
        return found;
    }
  return NULL;
}

static gboolean
idle (gpointer data)
{
  return !g_main_context_pending (NULL);
}

static void
settle (void)
{
  rapport_test_wait_for (idle, NULL, 2000);
  rapport_test_iterate (20);
}

/* The mentor's own questions in the notebook (hidden ones included). */
static GPtrArray *
own_questions (RapportRepository *repository)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) bank = rapport_repository_list_questions (repository, 0, &error);
  GPtrArray *own = g_ptr_array_new_with_free_func (g_object_unref);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (bank); i++)
    {
      g_autoptr(RapportQuestion) q = g_list_model_get_item (bank, i);

      if (!rapport_question_is_builtin (q))
        g_ptr_array_add (own, g_steal_pointer (&q));
    }
  return own;
}

static RapportQuestion *
dup_question (RapportRepository *repository,
              const char        *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) bank = rapport_repository_list_questions (repository, 0, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (bank); i++)
    {
      g_autoptr(RapportQuestion) q = g_list_model_get_item (bank, i);

      if (g_strcmp0 (rapport_question_get_text (q), text) == 0)
        return g_steal_pointer (&q);
    }
  return NULL;
}

static RapportQuestion *
add_own (RapportRepository    *repository,
         const char           *text,
         RapportQuestionStage  stage)
{
  g_autoptr(GError) error = NULL;
  RapportQuestion *q = rapport_question_new ();

  rapport_question_set_text (q, text);
  rapport_question_set_stage (q, stage);
  rapport_question_set_category (q, RAPPORT_QUESTION_CATEGORY_GOALS);
  g_assert_true (rapport_repository_save_question (repository, q, &error));
  g_assert_no_error (error);
  return q;
}

/* What the picker suggests to Dana now, as Prepare asks it. */
static GListStore *
suggestions (Fixture *f,
             guint    n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = rapport_repository_dup_now (f->repository);
  g_autoptr(RapportQuestionPicker) picker = NULL;
  gint64 id = rapport_item_get_id (RAPPORT_ITEM (f->mentee));

  picker = rapport_question_picker_new_for_mentee (f->repository, id, now, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rapport_question_picker_get_stage (picker), ==, RAPPORT_QUESTION_STAGE_FIRST_MEETING);
  return rapport_question_picker_pick (picker, rapport_question_picker_default_seed (id, 0), n, NULL);
}

static gboolean
model_has_text (GListModel *model,
                const char *text)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RapportQuestion) q = g_list_model_get_item (model, i);

      if (g_strcmp0 (rapport_question_get_text (q), text) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Opens "Add Question" and fills it in. */
static RapportQuestionEditor *
open_add (Fixture    *f,
          const char *text,
          guint       when,
          const char *tags)
{
  GtkWindow *editor = rapport_question_bank_page_add_question (f->page);

  g_assert_true (RAPPORT_IS_QUESTION_EDITOR (editor));
  g_assert_true (gtk_window_get_transient_for (editor) == f->window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (editor));
  g_assert_cmpstr (gtk_window_get_title (editor), ==, "New Question");

  gtk_editable_set_text (GTK_EDITABLE (child (editor, RAPPORT_TYPE_QUESTION_EDITOR, "text_row")), text);
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (editor, RAPPORT_TYPE_QUESTION_EDITOR, "when_row")), when);
  gtk_editable_set_text (GTK_EDITABLE (child (editor, RAPPORT_TYPE_QUESTION_EDITOR, "tags_row")), tags);
  return RAPPORT_QUESTION_EDITOR (editor);
}

static void
click_save (RapportQuestionEditor *editor)
{
  g_signal_emit_by_name (child (editor, RAPPORT_TYPE_QUESTION_EDITOR, "save_button"), "clicked");
  rapport_test_iterate (20);
}

/* ------------------------------------------------------------------------ */
/* Tests                                                                    */

static void
test_lists_by_stage (Fixture       *f,
                     gconstpointer  data)
{
  GtkListBox *own = page_list (f, "own_list");
  GtkListBox *first = page_list (f, "first_list");
  GtkListBox *reflection = page_list (f, "reflection_list");
  GtkWidget *empty = find_label (GTK_WIDGET (own), "No Questions of Your Own Yet");
  AdwActionRow *row;
  GtkWidget *toggle;

  g_assert_cmpstr (adw_preferences_window_get_visible_page_name (ADW_PREFERENCES_WINDOW (f->window)), ==,
                   "questions");

  /* Rapport's questions by stage, end-of-meeting ones on their own; none
   * of them can be edited or deleted, only switched off. */
  row = find_row (first, BUILTIN_FIRST);
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "Getting acquainted");
  g_assert_null (find_descendant (GTK_WIDGET (row), GTK_TYPE_BUTTON, "user-trash-symbolic"));
  g_assert_null (find_descendant (GTK_WIDGET (row), GTK_TYPE_BUTTON, "document-edit-symbolic"));
  toggle = find_descendant (GTK_WIDGET (row), GTK_TYPE_SWITCH, NULL);
  g_assert_nonnull (toggle);
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (toggle)));
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_ROLE_SWITCH);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Suggest “" BUILTIN_FIRST "”");
  g_assert_nonnull (find_row (reflection, "What will you remember from today?"));
  g_assert_null (find_row (first, "What will you remember from today?"));

  /* None of the mentor's own yet: the empty state says so. */
  g_assert_cmpuint (count_rows (own), ==, 0);
  g_assert_nonnull (empty);
  g_assert_true (gtk_widget_get_mapped (empty));
}

static void
test_add_with_tags (Fixture       *f,
                    gconstpointer  data)
{
  gpointer weak_editor;
  RapportQuestionEditor *editor;
  g_autoptr(GPtrArray) own = NULL;
  g_autoptr(GListStore) picked = NULL;
  const char * const *tags;
  RapportQuestion *q;
  AdwActionRow *row;

  /* First meeting, tagged like Dana: suggested to her. */
  editor = open_add (f, "  What would you like to be known for?  ", 0, "career, feedback ,, ");
  weak_editor = editor;
  g_object_add_weak_pointer (G_OBJECT (editor), &weak_editor);
  click_save (editor);
  rapport_test_iterate (50);
  g_assert_null (weak_editor);

  own = own_questions (f->repository);
  g_assert_cmpuint (own->len, ==, 1);
  q = g_ptr_array_index (own, 0);
  g_assert_cmpstr (rapport_question_get_text (q), ==, "What would you like to be known for?");
  g_assert_cmpint (rapport_question_get_stage (q), ==, RAPPORT_QUESTION_STAGE_FIRST_MEETING);
  g_assert_false (rapport_question_get_hidden (q));
  tags = rapport_question_get_tags (q);
  g_assert_nonnull (tags);
  g_assert_cmpuint (g_strv_length ((char **)tags), ==, 2);
  g_assert_cmpstr (tags[0], ==, "career");
  g_assert_cmpstr (tags[1], ==, "feedback");

  /* Listed under "Your Questions" with its stage and tags. */
  row = find_row (page_list (f, "own_list"), "What would you like to be known for?");
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (row), "First meeting"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (row), "Tags: career, feedback"));
  g_assert_false (gtk_widget_get_mapped (find_label (GTK_WIDGET (page_list (f, "own_list")),
                                                     "No Questions of Your Own Yet")));

  /* A new question of the mentee's stage sharing her tag comes first. */
  picked = suggestions (f, RAPPORT_QUESTION_PICKER_DEFAULT_COUNT);
  g_assert_true (model_has_text (G_LIST_MODEL (picked), "What would you like to be known for?"));
}

static void
test_blank_refused (Fixture       *f,
                    gconstpointer  data)
{
  RapportQuestionEditor *editor = open_add (f, "   ", 1, "career");
  GtkWidget *error_label = child (editor, RAPPORT_TYPE_QUESTION_EDITOR, "error_label");
  GtkWidget *text_row = child (editor, RAPPORT_TYPE_QUESTION_EDITOR, "text_row");
  g_autoptr(GPtrArray) own = NULL;

  g_assert_false (gtk_widget_get_visible (error_label));
  click_save (editor);

  /* Refused in place, with the reason, and nothing saved. */
  g_assert_true (rapport_test_find_toplevel (RAPPORT_TYPE_QUESTION_EDITOR) == GTK_WINDOW (editor));
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (error_label)), ==, "Write the question first.");
  g_assert_true (gtk_widget_has_css_class (text_row, "error"));
  own = own_questions (f->repository);
  g_assert_cmpuint (own->len, ==, 0);
  g_assert_cmpuint (count_rows (page_list (f, "own_list")), ==, 0);

  /* Typing clears the complaint. */
  gtk_editable_set_text (GTK_EDITABLE (text_row), "What surprised you?");
  g_assert_false (gtk_widget_get_visible (error_label));
  g_assert_false (gtk_widget_has_css_class (text_row, "error"));
}

static void
test_edit (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(RapportQuestion) added = add_own (f->repository, "Where are you stuck?", RAPPORT_QUESTION_STAGE_EARLY);
  g_autoptr(RapportQuestion) saved = NULL;
  GtkListBox *own = page_list (f, "own_list");
  AdwActionRow *row;
  GtkWindow *editor;
  GtkWidget *text_row;
  AdwComboRow *when_row;

  /* The page follows the notebook. */
  row = find_row (own, "Where are you stuck?");
  g_assert_nonnull (row);

  /* Activating the row opens it, filled in. */
  g_signal_emit_by_name (row, "activated");
  editor = rapport_test_find_toplevel (RAPPORT_TYPE_QUESTION_EDITOR);
  g_assert_nonnull (editor);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (editor));
  g_assert_cmpstr (gtk_window_get_title (editor), ==, "Edit Question");
  text_row = child (editor, RAPPORT_TYPE_QUESTION_EDITOR, "text_row");
  when_row = ADW_COMBO_ROW (child (editor, RAPPORT_TYPE_QUESTION_EDITOR, "when_row"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (text_row)), ==, "Where are you stuck?");
  g_assert_cmpuint (adw_combo_row_get_selected (when_row), ==, 1);
  g_assert_true (gtk_widget_get_visible (child (editor, RAPPORT_TYPE_QUESTION_EDITOR, "topic_row")));

  /* Reworded, asked at the end of every meeting, tagged. */
  gtk_editable_set_text (GTK_EDITABLE (text_row), "Where did you get stuck this time?");
  adw_combo_row_set_selected (when_row, 4);
  g_assert_false (gtk_widget_get_visible (child (editor, RAPPORT_TYPE_QUESTION_EDITOR, "topic_row")));
  gtk_editable_set_text (GTK_EDITABLE (child (editor, RAPPORT_TYPE_QUESTION_EDITOR, "tags_row")), "reflection");
  click_save (RAPPORT_QUESTION_EDITOR (editor));
  rapport_test_iterate (50);
  g_assert_null (rapport_test_find_toplevel (RAPPORT_TYPE_QUESTION_EDITOR));

  saved = dup_question (f->repository, "Where did you get stuck this time?");
  g_assert_nonnull (saved);
  g_assert_cmpint (rapport_item_get_id (RAPPORT_ITEM (saved)), ==, rapport_item_get_id (RAPPORT_ITEM (added)));
  g_assert_cmpint (rapport_question_get_category (saved), ==, RAPPORT_QUESTION_CATEGORY_REFLECTION);
  g_assert_cmpstr (rapport_question_get_tags (saved)[0], ==, "reflection");
  g_assert_null (dup_question (f->repository, "Where are you stuck?"));

  g_assert_cmpuint (count_rows (own), ==, 1);
  row = find_row (own, "Where did you get stuck this time?");
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (row), "End of every meeting"));

  /* Back on the page, focus is on the question just edited. */
  g_assert_true (gtk_window_get_focus (f->window) == GTK_WIDGET (row));
}

static gboolean
prepare_has (GtkListBox *list,
             const char *title)
{
  return find_row (list, title) != NULL;
}

static void
test_hide_builtin (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GListStore) before = suggestions (f, RAPPORT_QUESTION_PICKER_DEFAULT_COUNT);
  g_autoptr(GListStore) after = NULL;
  g_autoptr(RapportQuestion) first = g_list_model_get_item (G_LIST_MODEL (before), 0);
  g_autoptr(RapportQuestion) saved = NULL;
  g_autofree char *text = g_strdup (rapport_question_get_text (first));
  GtkWindow *prepare_window = GTK_WINDOW (gtk_window_new ());
  RapportPrepareView *view = g_object_new (RAPPORT_TYPE_PREPARE_VIEW, NULL);
  GtkListBox *suggested;
  gpointer weak_view = view;
  AdwActionRow *row;
  GtkWidget *toggle;
  guint n_suggested;

  /* Dana's brief is open next to the preferences. */
  gtk_window_set_default_size (prepare_window, 800, 900);
  gtk_window_set_child (prepare_window, GTK_WIDGET (view));
  rapport_prepare_view_set_mentee (view, f->repository, f->mentee);
  gtk_window_present (prepare_window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (prepare_window));
  settle ();
  suggested = GTK_LIST_BOX (child (view, RAPPORT_TYPE_PREPARE_VIEW, "questions_list"));
  n_suggested = count_rows (suggested);
  g_assert_true (prepare_has (suggested, text));

  /* Switch it off in the bank. */
  g_assert_true (rapport_question_is_builtin (first));
  row = find_row (page_list (f, rapport_question_get_category (first) == RAPPORT_QUESTION_CATEGORY_REFLECTION
                                ? "reflection_list" : "first_list"), text);
  g_assert_nonnull (row);
  toggle = find_descendant (GTK_WIDGET (row), GTK_TYPE_SWITCH, NULL);
  gtk_widget_grab_focus (toggle);
  gtk_switch_set_active (GTK_SWITCH (toggle), FALSE);
  settle ();

  /* Saved at once; the switch keeps the keyboard focus. */
  saved = dup_question (f->repository, text);
  g_assert_true (rapport_question_get_hidden (saved));
  g_assert_true (gtk_window_get_focus (f->window) == toggle);

  /* Neither the picker nor the open Prepare tab suggests it any more;
   * another question takes its place. */
  after = suggestions (f, 40);
  g_assert_false (model_has_text (G_LIST_MODEL (after), text));
  g_assert_false (prepare_has (suggested, text));
  g_assert_cmpuint (count_rows (suggested), ==, n_suggested);

  /* Switched on again, it may be suggested again. */
  gtk_switch_set_active (GTK_SWITCH (toggle), TRUE);
  g_clear_object (&saved);
  saved = dup_question (f->repository, text);
  g_assert_false (rapport_question_get_hidden (saved));
  g_clear_object (&after);
  after = suggestions (f, 40);
  g_assert_true (model_has_text (G_LIST_MODEL (after), text));

  g_object_add_weak_pointer (G_OBJECT (view), &weak_view);
  gtk_window_destroy (prepare_window);
  rapport_test_iterate (50);
  g_assert_null (weak_view);
}

static void
test_delete_and_undo (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(RapportQuestion) added = add_own (f->repository, "What did you learn?", RAPPORT_QUESTION_STAGE_FIRST_MEETING);
  g_autoptr(GPtrArray) own = NULL;
  GtkListBox *list = page_list (f, "own_list");
  AdwActionRow *row = find_row (list, "What did you learn?");
  GtkWidget *delete;
  AdwToast *toast;

  g_assert_nonnull (row);
  delete = find_descendant (GTK_WIDGET (row), GTK_TYPE_BUTTON, "user-trash-symbolic");
  g_assert_nonnull (delete);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (delete), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Delete “What did you learn?”");

  /* Deleted at once, with an Undo toast; the empty state is back. */
  gtk_widget_grab_focus (delete);
  g_signal_emit_by_name (delete, "clicked");
  own = own_questions (f->repository);
  g_assert_cmpuint (own->len, ==, 0);
  g_assert_cmpuint (count_rows (list), ==, 0);
  g_assert_true (gtk_window_get_focus (f->window) == child (f->page, RAPPORT_TYPE_QUESTION_BANK_PAGE, "add_button"));

  toast = _rapport_widget_get_last_toast (GTK_WIDGET (f->page));
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Question deleted");
  g_assert_cmpstr (adw_toast_get_button_label (toast), ==, "_Undo");

  /* Undo brings it back as it was. */
  g_signal_emit_by_name (toast, "button-clicked");
  g_clear_pointer (&own, g_ptr_array_unref);
  own = own_questions (f->repository);
  g_assert_cmpuint (own->len, ==, 1);
  g_assert_cmpint (rapport_item_get_id (g_ptr_array_index (own, 0)), ==, rapport_item_get_id (RAPPORT_ITEM (added)));
  g_assert_cmpint (rapport_question_get_stage (g_ptr_array_index (own, 0)), ==, RAPPORT_QUESTION_STAGE_FIRST_MEETING);
  g_assert_nonnull (find_row (list, "What did you learn?"));
}

/* "Edit Questions…" on the Prepare tab opens Preferences on this page. */
static void
test_edit_questions_action (void)
{
  RapportApplication *app = rapport_test_start_application ();
  GtkWindow *preferences;

  rapport_test_activate (app);
  g_action_group_activate_action (G_ACTION_GROUP (app), "edit-questions", NULL);
  rapport_test_iterate (50);

  preferences = rapport_test_find_toplevel (RAPPORT_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (preferences);
  g_assert_cmpstr (adw_preferences_window_get_visible_page_name (ADW_PREFERENCES_WINDOW (preferences)), ==,
                   "questions");

  rapport_test_stop_application (app);
}

int
main (int   argc,
      char *argv[])
{
  rapport_test_init_gtk (&argc, &argv);

  g_test_add ("/rapport/question-bank/lists-by-stage", Fixture, NULL, fixture_set_up, test_lists_by_stage, fixture_tear_down);
  g_test_add ("/rapport/question-bank/add-with-tags", Fixture, NULL, fixture_set_up, test_add_with_tags, fixture_tear_down);
  g_test_add ("/rapport/question-bank/blank-refused", Fixture, NULL, fixture_set_up, test_blank_refused, fixture_tear_down);
  g_test_add ("/rapport/question-bank/edit", Fixture, NULL, fixture_set_up, test_edit, fixture_tear_down);
  g_test_add ("/rapport/question-bank/hide-builtin", Fixture, NULL, fixture_set_up, test_hide_builtin, fixture_tear_down);
  g_test_add ("/rapport/question-bank/delete-and-undo", Fixture, NULL, fixture_set_up, test_delete_and_undo, fixture_tear_down);
  g_test_add_func ("/rapport/question-bank/edit-questions-action", test_edit_questions_action);

  return g_test_run ();
}
