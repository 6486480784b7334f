/* test-prepare-view.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "rapport-application.h"
#include "rapport-context.h"
#include "rapport-insights-view-private.h"
#include "rapport-mentee-page-private.h"
#include "rapport-prepare-view.h"
#include "rapport-promise-row.h"
#include "rapport-rating-chart.h"
#include "rapport-repository.h"
#include "rapport-test-utils.h"
#include "rapport-widget-utils.h"
#include "rapport-window-private.h"

/* The Prepare tab, the Insights view and the ratings chart, driven the way
 * a mentor would: on a crafted mentee whose brief has one of everything. */

typedef struct
{
  RapportContext    *context;
  RapportRepository *repository;
  RapportMentee     *mentee;
  GtkWindow         *window;
  RapportMenteePage *page;
  RapportPrepareView *view;
  GDateTime         *now;
} Fixture;

/* ------------------------------------------------------------------------ */
/* Crafting a notebook                                                      */

static char *
day_from_now (GDateTime *now,
              int        days)
{
  g_autoptr(GDateTime) day = g_date_time_add_days (now, days);

  return g_date_time_format (day, "%Y-%m-%d");
}

/* The repository's own object, as the window passes it: it carries the
 * summaries (next meeting, overdue promises) kept up to date on changes. */
static RapportMentee *
add_mentee (RapportRepository *repository,
            const char        *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportMentee) mentee = rapport_mentee_new ();
  RapportMentee *live;

  rapport_mentee_set_name (mentee, name);
  rapport_mentee_set_cadence_days (mentee, 14);
  rapport_mentee_set_max_gap_days (mentee, 28);
  g_assert_true (rapport_repository_save (repository, RAPPORT_ITEM (mentee), &error));
  g_assert_no_error (error);
  live = rapport_repository_find_mentee (repository, rapport_item_get_id (RAPPORT_ITEM (mentee)));
  g_assert_nonnull (live);
  return g_object_ref (live);
}

static RapportSessionNote *
add_session (RapportRepository    *repository,
             RapportMentee        *mentee,
             GDateTime            *starts_at,
             RapportSessionStatus  status,
             int                   rating)
{
  g_autoptr(GError) error = NULL;
  RapportSessionNote *session = rapport_session_note_new ();

  rapport_session_note_set_mentee_id (session, rapport_item_get_id (RAPPORT_ITEM (mentee)));
  rapport_session_note_set_starts_at (session, starts_at);
  rapport_session_note_set_duration_minutes (session, 45);
  rapport_session_note_set_status (session, status);
  if (rating > 0)
    rapport_session_note_set_rating (session, rating);
  g_assert_true (rapport_repository_save (repository, RAPPORT_ITEM (session), &error));
  g_assert_no_error (error);
  return session;
}

static RapportCommitment *
add_promise (RapportRepository      *repository,
             RapportMentee          *mentee,
             RapportCommitmentOwner  owner,
             const char             *title,
             const char             *due_date)
{
  g_autoptr(GError) error = NULL;
  RapportCommitment *c = rapport_commitment_new ();

  rapport_commitment_set_mentee_id (c, rapport_item_get_id (RAPPORT_ITEM (mentee)));
  rapport_commitment_set_owner (c, owner);
  rapport_commitment_set_kind (c, RAPPORT_COMMITMENT_KIND_RESOURCE);
  rapport_commitment_set_title (c, title);
  rapport_commitment_set_due_date (c, due_date);
  g_assert_true (rapport_repository_save (repository, RAPPORT_ITEM (c), &error));
  g_assert_no_error (error);
  return c;
}

/* Dana meets the mentor in three hours. Ten days ago they met and rated it
 * 4; one of my promises is overdue, one is due later (recorded first, so
 * the order shown is not just the order of creation); Dana has one
 * commitment; two boundaries; one goal. */
static void
craft_dana (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) last_start = g_date_time_add_days (f->now, -10);
  g_autoptr(GDateTime) next_start = g_date_time_add_hours (f->now, 3);
  g_autoptr(RapportSessionNote) last = NULL;
  g_autoptr(RapportSessionNote) next = NULL;
  g_autoptr(RapportCommitment) later = NULL;
  g_autoptr(RapportCommitment) overdue = NULL;
  g_autoptr(RapportCommitment) theirs = NULL;
  g_autoptr(RapportGoal) goal = NULL;
  g_autoptr(GPtrArray) boundaries = g_ptr_array_new_with_free_func ((GDestroyNotify) rapport_boundary_free);
  g_autofree char *in_five = day_from_now (f->now, 5);
  g_autofree char *three_ago = day_from_now (f->now, -3);
  g_autofree char *in_two = day_from_now (f->now, 2);
  g_autofree char *in_hundred = day_from_now (f->now, 100);

  g_ptr_array_add (boundaries, rapport_boundary_new ("Salary", RAPPORT_BOUNDARY_LEVEL_ASK_FIRST));
  g_ptr_array_add (boundaries, rapport_boundary_new ("Family", RAPPORT_BOUNDARY_LEVEL_OFF_LIMITS));
  rapport_mentee_set_boundary_list (f->mentee, boundaries);
  rapport_mentee_set_feedback_preferences (f->mentee, "Direct, and in writing afterwards");
  g_assert_true (rapport_repository_save (f->repository, RAPPORT_ITEM (f->mentee), &error));
  g_assert_no_error (error);

  last = add_session (f->repository, f->mentee, last_start, RAPPORT_SESSION_STATUS_HELD, 4);
  rapport_session_note_set_takeaway (last, "Speak up earlier in reviews");
  rapport_session_note_set_notes (last, "We went through the design review and how it felt.");
  rapport_session_note_set_agenda (last, "- [x] The design review\n- [ ] Salary negotiation prep\n");
  rapport_session_note_set_wins (last, "Gave the team talk");
  g_assert_true (rapport_repository_save (f->repository, RAPPORT_ITEM (last), &error));
  g_assert_no_error (error);

  next = add_session (f->repository, f->mentee, next_start, RAPPORT_SESSION_STATUS_PLANNED, 0);

  later = add_promise (f->repository, f->mentee, RAPPORT_COMMITMENT_OWNER_MENTOR, "Introduce Dana to Priya", in_five);
  overdue = add_promise (f->repository, f->mentee, RAPPORT_COMMITMENT_OWNER_MENTOR, "Send the negotiation article", three_ago);
  theirs = add_promise (f->repository, f->mentee, RAPPORT_COMMITMENT_OWNER_MENTEE, "Draft the project proposal", in_two);

  goal = rapport_goal_new ();
  rapport_goal_set_mentee_id (goal, rapport_item_get_id (RAPPORT_ITEM (f->mentee)));
  rapport_goal_set_title (goal, "Lead a project end to end");
  rapport_goal_set_target_date (goal, in_hundred);
  rapport_goal_set_progress (goal, 20);
  g_assert_true (rapport_repository_save (f->repository, RAPPORT_ITEM (goal), &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  rapport_test_use_system_mime ();

  f->context = rapport_context_new (NULL, &error);
  g_assert_no_error (error);
  f->repository = rapport_context_get_repository (f->context);
  f->now = rapport_repository_dup_now (f->repository);

  f->mentee = add_mentee (f->repository, "Dana Whitfield");
  craft_dana (f);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 800, 900);
  f->page = rapport_mentee_page_new (f->context);
  f->view = _rapport_mentee_page_get_prepare_view (f->page);
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));
  rapport_mentee_page_set_mentee (f->page, f->mentee);
  gtk_window_present (f->window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gpointer weak_page = f->page;

  g_object_add_weak_pointer (G_OBJECT (f->page), &weak_page);
  gtk_window_destroy (f->window);
  rapport_test_iterate (50);
  g_assert_null (weak_page);

  g_clear_object (&f->mentee);
  g_clear_pointer (&f->now, g_date_time_unref);
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
view_list (Fixture    *f,
           const char *name)
{
  return GTK_LIST_BOX (child (f->view, RAPPORT_TYPE_PREPARE_VIEW, name));
}

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;
  return n;
}

static const char *
row_title (GtkListBox *list,
           guint       index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, index);

  g_assert_nonnull (row);
  g_assert_true (ADW_IS_PREFERENCES_ROW (row));
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
}

static gboolean
list_has_title (GtkListBox *list,
                const char *title)
{
  for (guint i = 0; i < count_rows (list); i++)
    if (g_strcmp0 (row_title (list, i), title) == 0)
      return TRUE;
  return FALSE;
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type,
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

/* The view rebuilds from an idle callback after a change. */
static gboolean
view_fresh (gpointer data)
{
  return !g_main_context_pending (NULL);
}

static void
settle (Fixture *f)
{
  rapport_test_wait_for (view_fresh, f, 2000);
  rapport_test_iterate (20);
}

static RapportSessionNote *
dup_planned (RapportRepository *repository,
             RapportMentee     *mentee)
{
  g_autoptr(GListModel) sessions = rapport_repository_list_sessions (repository, rapport_item_get_id (RAPPORT_ITEM (mentee)));

  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(RapportSessionNote) s = g_list_model_get_item (sessions, i);

      if (rapport_session_note_get_status (s) == RAPPORT_SESSION_STATUS_PLANNED)
        return g_steal_pointer (&s);
    }
  return NULL;
}

static RapportRepository *
reopen (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  RapportRepository *repository = rapport_repository_new (rapport_context_get_data_dir (f->context), &error);

  g_assert_no_error (error);
  return repository;
}

/* ------------------------------------------------------------------------ */
/* Prepare                                                                  */

static void
test_brief_order (Fixture       *f,
                  gconstpointer  data)
{
  GtkListBox *mine = view_list (f, "mine_list");
  GtkListBox *theirs = view_list (f, "theirs_list");
  GtkListBox *boundaries = view_list (f, "boundaries_list");
  GtkListBox *questions = view_list (f, "questions_list");
  GtkListBox *last = view_list (f, "last_list");
  GtkWidget *overdue_label = child (f->view, RAPPORT_TYPE_PREPARE_VIEW, "overdue_label");
  GtkWidget *mine_group = child (f->view, RAPPORT_TYPE_PREPARE_VIEW, "mine_group");
  GtkWidget *theirs_group = child (f->view, RAPPORT_TYPE_PREPARE_VIEW, "theirs_group");
  GtkTextView *agenda = GTK_TEXT_VIEW (child (f->view, RAPPORT_TYPE_PREPARE_VIEW, "agenda_view"));
  g_autofree char *agenda_text = NULL;
  guint n_questions;

  /* A meeting in three hours: the page opens on Prepare. */
  g_assert_cmpstr (_rapport_mentee_page_get_visible_page (f->page), ==, "prepare");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (f->view)));

  /* The last meeting, with its takeaway and a way to open it. */
  g_assert_cmpstr (row_title (last, 0), ==, "Speak up earlier in reviews");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (gtk_list_box_get_row_at_index (last, 0))),
                            "rated 4/5"));

  /* My promises first, the overdue one before the one due later, and
   * flagged; their commitments after mine. */
  g_assert_cmpuint (count_rows (mine), ==, 2);
  g_assert_cmpstr (row_title (mine, 0), ==, "Send the negotiation article");
  g_assert_cmpstr (row_title (mine, 1), ==, "Introduce Dana to Priya");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (gtk_list_box_get_row_at_index (mine, 0)), "overdue"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (gtk_list_box_get_row_at_index (mine, 1)), "overdue"));
  g_assert_true (gtk_widget_get_visible (overdue_label));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (overdue_label)), ==, "1 overdue: deliver before you meet");
  g_assert_cmpuint (count_rows (theirs), ==, 1);
  g_assert_cmpstr (row_title (theirs, 0), ==, "Draft the project proposal");
  g_assert_true (gtk_widget_get_next_sibling (mine_group) == theirs_group);

  /* Boundaries, off limits first, and feedback preferences, always. */
  g_assert_cmpstr (row_title (boundaries, 0), ==, "Family");
  g_assert_cmpstr (row_title (boundaries, 1), ==, "Salary");
  g_assert_true (list_has_title (boundaries, "How they like feedback"));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (boundaries)));

  /* Three or four questions. */
  n_questions = count_rows (questions);
  g_assert_cmpuint (n_questions, >=, 3);
  g_assert_cmpuint (n_questions, <=, 4);

  /* The draft agenda: what was not covered last time, my open promises. */
  agenda_text = rapport_text_view_dup_text (agenda);
  g_assert_nonnull (strstr (agenda_text, "- [ ] Salary negotiation prep"));
  g_assert_nonnull (strstr (agenda_text, "Send the negotiation article"));
  g_assert_null (strstr (agenda_text, "The design review"));
}

static void
test_tick_promise (Fixture       *f,
                   gconstpointer  data)
{
  GtkListBox *mine = view_list (f, "mine_list");
  GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (mine, 0));
  GtkWidget *check = child (row, RAPPORT_TYPE_PROMISE_ROW, "done_check");
  RapportCommitment *commitment = rapport_promise_row_get_commitment (RAPPORT_PROMISE_ROW (row));
  gint64 id = rapport_item_get_id (RAPPORT_ITEM (commitment));
  g_autoptr(RapportRepository) other = NULL;
  g_autoptr(RapportCommitment) saved = NULL;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  g_assert_cmpstr (rapport_commitment_get_title (commitment), ==, "Send the negotiation article");

  /* Ticked in place: saved as done, with an Undo toast, and gone from the
   * brief once it rebuilds. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  toast = _rapport_widget_get_last_toast (GTK_WIDGET (f->page));
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "“\u2068Send the negotiation article\u2069” kept");
  g_assert_cmpstr (adw_toast_get_button_label (toast), ==, "_Undo");

  settle (f);
  g_assert_cmpuint (count_rows (mine), ==, 1);
  g_assert_cmpstr (row_title (mine, 0), ==, "Introduce Dana to Priya");
  g_assert_false (gtk_widget_get_visible (child (f->view, RAPPORT_TYPE_PREPARE_VIEW, "overdue_label")));

  other = reopen (f);
  saved = rapport_repository_find_commitment (other, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rapport_commitment_get_status (saved), ==, RAPPORT_COMMITMENT_STATUS_DONE);

  /* Undo brings it back, overdue and first. */
  g_signal_emit_by_name (toast, "button-clicked");
  settle (f);
  g_assert_cmpuint (count_rows (mine), ==, 2);
  g_assert_cmpstr (row_title (mine, 0), ==, "Send the negotiation article");
}

static void
test_swap_and_ask (Fixture       *f,
                   gconstpointer  data)
{
  GtkListBox *questions = view_list (f, "questions_list");
  GtkWidget *row0 = GTK_WIDGET (gtk_list_box_get_row_at_index (questions, 0));
  GtkWidget *swap = find_descendant (row0, GTK_TYPE_BUTTON, "view-refresh-symbolic");
  g_autofree char *before = g_strdup (row_title (questions, 0));
  g_autofree char *second = g_strdup (row_title (questions, 1));
  g_autofree char *after = NULL;
  g_autofree char *md = NULL;
  RapportPrepare *prepare;
  GtkWidget *check;
  g_autoptr(RapportQuestion) asked = NULL;

  g_assert_nonnull (swap);
  g_signal_emit_by_name (swap, "clicked");
  after = g_strdup (row_title (questions, 0));
  g_assert_cmpstr (after, !=, before);
  g_assert_cmpstr (row_title (questions, 1), ==, second);
  for (guint i = 1; i < count_rows (questions); i++)
    g_assert_cmpstr (row_title (questions, i), !=, after);

  /* Mark the second one asked: it is recorded on the next meeting, and the
   * rebuild that follows keeps both the swap and the order. */
  check = find_descendant (GTK_WIDGET (gtk_list_box_get_row_at_index (questions, 1)), GTK_TYPE_CHECK_BUTTON, NULL);
  g_assert_nonnull (check);
  g_assert_true (gtk_widget_get_sensitive (check));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  settle (f);

  prepare = rapport_prepare_view_get_prepare (f->view);
  g_assert_cmpstr (row_title (questions, 0), ==, after);
  g_assert_cmpstr (row_title (questions, 1), ==, second);
  asked = g_list_model_get_item (rapport_prepare_get_questions (prepare), 1);
  g_assert_cmpstr (rapport_question_get_text (asked), ==, second);
  g_assert_true (rapport_prepare_is_question_asked (prepare, asked));
  check = find_descendant (GTK_WIDGET (gtk_list_box_get_row_at_index (questions, 1)), GTK_TYPE_CHECK_BUTTON, NULL);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));

  /* The exported brief has the questions as shown. */
  md = rapport_prepare_view_dup_markdown (f->view);
  g_assert_nonnull (strstr (md, after));
  g_assert_null (strstr (md, before));
}

static void
test_use_as_next_agenda (Fixture       *f,
                         gconstpointer  data)
{
  GtkTextView *agenda = GTK_TEXT_VIEW (child (f->view, RAPPORT_TYPE_PREPARE_VIEW, "agenda_view"));
  g_autoptr(RapportRepository) other = NULL;
  g_autoptr(RapportSessionNote) planned = NULL;
  g_autofree char *text = NULL;
  AdwToast *toast;

  /* The mentor edits the draft; a rebuild (any change) keeps the edit. */
  rapport_text_view_set_text (agenda, "- [ ] Salary negotiation prep\n- [ ] Celebrate the team talk\n");
  g_signal_emit_by_name (f->repository, "changed");
  settle (f);
  text = rapport_text_view_dup_text (agenda);
  g_assert_nonnull (strstr (text, "Celebrate the team talk"));

  gtk_widget_activate_action (GTK_WIDGET (f->view), "prepare.apply-agenda", NULL);
  toast = _rapport_widget_get_last_toast (GTK_WIDGET (f->page));
  g_assert_nonnull (toast);
  g_assert_true (g_str_has_prefix (adw_toast_get_title (toast), "Agenda set for the meeting on "));

  other = reopen (f);
  planned = dup_planned (other, f->mentee);
  g_assert_nonnull (planned);
  g_assert_cmpstr (rapport_session_note_get_agenda (planned), ==,
                   "- [ ] Salary negotiation prep\n- [ ] Celebrate the team talk\n");

  /* The next brief starts from the meeting's agenda. */
  settle (f);
  g_clear_pointer (&text, g_free);
  text = rapport_text_view_dup_text (agenda);
  g_assert_true (g_str_has_prefix (text, "- [ ] Salary negotiation prep\n- [ ] Celebrate the team talk\n"));
}

static void
test_agenda_plans_a_meeting (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(RapportMentee) lee = add_mentee (f->repository, "Lee Ortega");
  g_autoptr(RapportRepository) other = NULL;
  g_autoptr(RapportSessionNote) planned = NULL;
  GtkTextView *agenda = GTK_TEXT_VIEW (child (f->view, RAPPORT_TYPE_PREPARE_VIEW, "agenda_view"));
  GtkListBox *next = view_list (f, "next_list");

  rapport_mentee_page_set_mentee (f->page, lee);
  rapport_mentee_page_show_tab (f->page, "prepare");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (gtk_list_box_get_row_at_index (next, 0))), ==, "no-meeting");
  g_assert_null (dup_planned (f->repository, lee));

  rapport_text_view_set_text (agenda, "Where the first month went");
  gtk_widget_activate_action (GTK_WIDGET (f->view), "prepare.apply-agenda", NULL);

  other = reopen (f);
  planned = dup_planned (other, lee);
  g_assert_nonnull (planned);
  g_assert_cmpstr (rapport_session_note_get_agenda (planned), ==, "- [ ] Where the first month went\n");
  g_assert_cmpint (g_date_time_compare (rapport_session_note_get_starts_at (planned), f->now), >, 0);

  settle (f);
  g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (gtk_list_box_get_row_at_index (next, 0))), ==, "next-meeting");
}

static void
test_default_tab (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(RapportMentee) far = add_mentee (f->repository, "Far Away");
  g_autoptr(RapportMentee) none = add_mentee (f->repository, "No Plans");
  g_autoptr(GDateTime) in_five_days = g_date_time_add_days (f->now, 5);
  g_autoptr(GDateTime) tomorrow = g_date_time_add_hours (f->now, 30);
  g_autoptr(RapportSessionNote) later = add_session (f->repository, far, in_five_days, RAPPORT_SESSION_STATUS_PLANNED, 0);

  g_assert_cmpstr (_rapport_mentee_page_get_visible_page (f->page), ==, "prepare");

  /* No meeting near: the tab the mentor was on, not Prepare. */
  rapport_mentee_page_set_mentee (f->page, far);
  g_assert_cmpstr (_rapport_mentee_page_get_visible_page (f->page), ==, "sessions");
  rapport_mentee_page_show_tab (f->page, "goals");
  rapport_mentee_page_set_mentee (f->page, none);
  g_assert_cmpstr (_rapport_mentee_page_get_visible_page (f->page), ==, "goals");

  /* Back to a mentee met within 48 hours. */
  rapport_mentee_page_set_mentee (f->page, f->mentee);
  g_assert_cmpstr (_rapport_mentee_page_get_visible_page (f->page), ==, "prepare");

  g_assert_false (rapport_prepare_view_meeting_is_near (far, f->now));
  g_assert_false (rapport_prepare_view_meeting_is_near (none, f->now));
  g_assert_true (rapport_prepare_view_meeting_is_near (f->mentee, f->now));
  {
    g_autoptr(RapportSessionNote) soon = add_session (f->repository, far, tomorrow, RAPPORT_SESSION_STATUS_PLANNED, 0);

    g_assert_true (rapport_prepare_view_meeting_is_near (far, f->now));
  }
}

static void
test_export_and_print (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("rapport-brief-XXXXXX", NULL);
  g_autofree char *md_path = g_build_filename (dir, "brief.md", NULL);
  g_autofree char *pdf_path = g_build_filename (dir, "brief.pdf", NULL);
  g_autoptr(GFile) md_file = g_file_new_for_path (md_path);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *md = NULL;
  g_autofree char *pdf = NULL;
  gsize pdf_len = 0;
  guint pages = 0;
  GtkPrintOperationResult result;

  /* An existing file readable by others is replaced by a private one. */
  g_assert_true (g_file_set_contents (md_path, "old", -1, NULL));
  g_assert_cmpint (g_chmod (md_path, 0644), ==, 0);
  g_assert_true (rapport_prepare_view_write_markdown (f->view, md_file, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rapport_test_file_mode (md_path), ==, 0600);
  g_assert_true (g_file_get_contents (md_path, &md, NULL, NULL));
  g_assert_true (g_str_has_prefix (md, "# Prepare: Dana Whitfield\n"));
  g_assert_nonnull (strstr (md, "**Send the negotiation article**"));
  g_assert_nonnull (strstr (md, "Off limits: Family"));

  /* Printing to PDF: a typical brief fits one page. */
  operation = rapport_prepare_view_new_print_operation (f->view);
  g_assert_nonnull (operation);
  gtk_print_operation_set_export_filename (operation, pdf_path);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_true (g_file_get_contents (pdf_path, &pdf, &pdf_len, NULL));
  g_assert_true (g_str_has_prefix (pdf, "%PDF"));
  /* Binary streams hold NUL bytes: search bytes, not strings. */
  for (gsize i = 0; i + 12 <= pdf_len; i++)
    if (memcmp (pdf + i, "/Type /Page", 11) == 0 && pdf[i + 11] != 's')
      pages++;
  g_assert_cmpuint (pages, ==, 1);

  g_unlink (md_path);
  g_unlink (pdf_path);
  g_rmdir (dir);
}

/* ------------------------------------------------------------------------ */
/* The ratings chart                                                        */

static void
test_rating_chart (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  g_autoptr(GDateTime) first = g_date_time_new (tz, 2025, 11, 3, 12, 0, 0);
  g_autoptr(GDateTime) second = g_date_time_new (tz, 2025, 11, 17, 12, 0, 0);
  RapportRatingPoint points[] = {
    { first, 4, 1 },
    { second, 5, 2 },
    { second, 9, 3 },  /* not a rating: left out */
  };
  GtkWidget *chart = g_object_ref_sink (rapport_rating_chart_new ());
  const char *expected = "Ratings: 4 on 3 Nov, 5 on 17 Nov. Average 4.5.";

  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "No rated meetings yet");

  rapport_rating_chart_set_points (RAPPORT_RATING_CHART (chart), points, G_N_ELEMENTS (points));
  g_assert_cmpuint (rapport_rating_chart_get_n_points (RAPPORT_RATING_CHART (chart)), ==, 2);
  g_assert_cmpstr (rapport_rating_chart_get_description (RAPPORT_RATING_CHART (chart)), ==, expected);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, expected);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_LABEL, "Session ratings");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (chart), ==, expected);

  /* It draws in a window without complaint. */
  {
    GtkWindow *window = GTK_WINDOW (gtk_window_new ());

    gtk_window_set_child (window, chart);
    gtk_window_present (window);
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    gtk_window_destroy (window);
  }

  g_assert_finalize_object (chart);
}

/* ------------------------------------------------------------------------ */
/* Insights                                                                 */

/* One mentee with one promise of each outcome and three meetings. */
static void
craft_history (RapportRepository *repository,
               GDateTime         *now)
{
  g_autoptr(RapportMentee) alex = add_mentee (repository, "Alex Kim");
  g_autoptr(GDateTime) d20 = g_date_time_add_days (now, -20);
  g_autoptr(GDateTime) d10 = g_date_time_add_days (now, -10);
  g_autoptr(GDateTime) d5 = g_date_time_add_days (now, -5);
  g_autoptr(GDateTime) d2 = g_date_time_add_days (now, -2);
  g_autofree char *due_in_3 = day_from_now (now, 3);
  g_autofree char *due_4_ago = day_from_now (now, -4);
  g_autofree char *due_6_ago = day_from_now (now, -6);
  g_autofree char *due_1_ago = day_from_now (now, -1);
  g_autoptr(RapportCommitment) on_time = add_promise (repository, alex, RAPPORT_COMMITMENT_OWNER_MENTOR, "On time", due_in_3);
  g_autoptr(RapportCommitment) late = add_promise (repository, alex, RAPPORT_COMMITMENT_OWNER_MENTOR, "Late", due_6_ago);
  g_autoptr(RapportCommitment) dropped = add_promise (repository, alex, RAPPORT_COMMITMENT_OWNER_MENTOR, "Dropped", due_4_ago);
  g_autoptr(RapportCommitment) overdue = add_promise (repository, alex, RAPPORT_COMMITMENT_OWNER_MENTOR, "Overdue", due_1_ago);
  g_autoptr(RapportCommitment) theirs = add_promise (repository, alex, RAPPORT_COMMITMENT_OWNER_MENTEE, "Theirs", due_1_ago);
  g_autoptr(RapportSessionNote) s1 = add_session (repository, alex, d20, RAPPORT_SESSION_STATUS_HELD, 3);
  g_autoptr(RapportSessionNote) s2 = add_session (repository, alex, d10, RAPPORT_SESSION_STATUS_CANCELLED_BY_ME, 0);
  g_autoptr(RapportSessionNote) s3 = add_session (repository, alex, d5, RAPPORT_SESSION_STATUS_HELD, 5);
  g_autoptr(GError) error = NULL;

  g_assert_true (rapport_repository_complete_commitment (repository, on_time, &error));
  g_assert_no_error (error);

  /* Done two days ago, four days after it fell due. */
  rapport_commitment_set_status (late, RAPPORT_COMMITMENT_STATUS_DONE);
  rapport_commitment_set_done_at (late, d2);
  g_assert_true (rapport_repository_save (repository, RAPPORT_ITEM (late), &error));
  g_assert_no_error (error);

  rapport_commitment_set_status (dropped, RAPPORT_COMMITMENT_STATUS_DROPPED);
  g_assert_true (rapport_repository_save (repository, RAPPORT_ITEM (dropped), &error));
  g_assert_no_error (error);
}

static void
test_insights_figures (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportContext) context = rapport_context_new (NULL, &error);
  RapportRepository *repository;
  g_autoptr(GDateTime) now = NULL;
  RapportInsightsView *view;
  GtkWindow *window;
  GtkListBox *mentees;
  GtkWidget *chart;
  GtkStack *stack;

  g_assert_no_error (error);
  repository = rapport_context_get_repository (context);
  now = rapport_repository_dup_now (repository);

  window = GTK_WINDOW (gtk_window_new ());
  view = g_object_new (RAPPORT_TYPE_INSIGHTS_VIEW, "context", context, NULL);
  gtk_window_set_child (window, GTK_WIDGET (view));
  gtk_window_set_default_size (window, 700, 900);
  gtk_window_present (window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  /* A new notebook has no history to show. */
  stack = GTK_STACK (child (view, RAPPORT_TYPE_INSIGHTS_VIEW, "stack"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");

  craft_history (repository, now);
  rapport_test_iterate (50);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "ledger");

  g_assert_cmpstr (_rapport_insights_view_get_figure (view, "made"), ==, "4");
  g_assert_cmpstr (_rapport_insights_view_get_figure (view, "kept-on-time"), ==, "1");
  g_assert_cmpstr (_rapport_insights_view_get_figure (view, "kept-late"), ==, "1");
  g_assert_cmpstr (_rapport_insights_view_get_figure (view, "average-days-late"), ==, "4.0");
  g_assert_cmpstr (_rapport_insights_view_get_figure (view, "dropped"), ==, "1");
  g_assert_cmpstr (_rapport_insights_view_get_figure (view, "open-overdue"), ==, "1");
  g_assert_cmpstr (_rapport_insights_view_get_figure (view, "open-not-due"), ==, "0");
  g_assert_cmpstr (_rapport_insights_view_get_figure (view, "renegotiated"), ==, "0");
  /* 1 kept on time of 4 that came due (late, dropped and overdue count). */
  g_assert_cmpstr (_rapport_insights_view_get_figure (view, "summary-on-time"), ==, "25%");
  g_assert_cmpstr (_rapport_insights_view_get_figure (view, "held"), ==, "2");
  g_assert_cmpstr (_rapport_insights_view_get_figure (view, "summary-held"), ==, "2");
  g_assert_cmpstr (_rapport_insights_view_get_figure (view, "cancelled-by-me"), ==, "1");
  g_assert_cmpstr (_rapport_insights_view_get_figure (view, "cancelled-by-them"), ==, "0");
  /* Held 20 and 5 days ago: one gap of 15 days, past the ideal 14, within 28. */
  g_assert_cmpstr (_rapport_insights_view_get_figure (view, "rhythm-kept"), ==, "1 of 1");
  g_assert_cmpstr (_rapport_insights_view_get_figure (view, "rhythm-ideal"), ==, "0 of 1");
  g_assert_cmpstr (_rapport_insights_view_get_figure (view, "longest-gap"), ==, "15 days");

  /* One row per mentee, with the ratings chart readable by a screen reader. */
  mentees = GTK_LIST_BOX (child (view, RAPPORT_TYPE_INSIGHTS_VIEW, "mentees_list"));
  g_assert_nonnull (gtk_list_box_get_row_at_index (mentees, 0));
  g_assert_null (gtk_list_box_get_row_at_index (mentees, 1));
  chart = g_object_get_data (G_OBJECT (gtk_list_box_get_row_at_index (mentees, 0)), "chart");
  g_assert_true (RAPPORT_IS_RATING_CHART (chart));
  g_assert_cmpuint (rapport_rating_chart_get_n_points (RAPPORT_RATING_CHART (chart)), ==, 2);
  g_assert_true (g_str_has_prefix (rapport_rating_chart_get_description (RAPPORT_RATING_CHART (chart)), "Ratings: 3 on "));
  g_assert_true (g_str_has_suffix (rapport_rating_chart_get_description (RAPPORT_RATING_CHART (chart)), "Average 4.0."));

  gtk_window_destroy (window);
  rapport_test_iterate (20);
}

static void
test_insights_in_window (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *app_id = g_strdup_printf ("%s.TestPrepare", APPLICATION_ID);
  RapportApplication *app = rapport_application_new ();
  g_autoptr(GDateTime) now = NULL;
  RapportWindow *window;
  gpointer weak;

  rapport_test_use_system_mime ();
  g_application_set_application_id (G_APPLICATION (app), app_id);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  now = g_date_time_new_now_local ();
  craft_history (rapport_context_get_repository (rapport_application_get_context (app)), now);
  g_application_activate (G_APPLICATION (app));
  window = RAPPORT_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  /* From the action and from the sidebar row under Today. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-insights", NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->content_stack), ==, "insights");
  g_assert_true (gtk_list_box_get_selected_row (window->today_list) == window->insights_row);
  g_assert_cmpstr (_rapport_insights_view_get_figure (window->insights_view, "made"), ==, "4");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-today", NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->content_stack), ==, "today");
  g_signal_emit_by_name (window->today_list, "row-activated", window->insights_row);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->content_stack), ==, "insights");

  weak = window;
  g_object_add_weak_pointer (G_OBJECT (window), &weak);
  gtk_window_destroy (GTK_WINDOW (window));
  rapport_test_iterate (50);
  g_assert_null (weak);
  g_object_unref (app);
}

int
main (int   argc,
      char *argv[])
{
  rapport_test_init_gtk (&argc, &argv);

  g_test_add ("/rapport/prepare-view/brief-order", Fixture, NULL, fixture_set_up, test_brief_order, fixture_tear_down);
  g_test_add ("/rapport/prepare-view/tick-promise", Fixture, NULL, fixture_set_up, test_tick_promise, fixture_tear_down);
  g_test_add ("/rapport/prepare-view/swap-and-ask", Fixture, NULL, fixture_set_up, test_swap_and_ask, fixture_tear_down);
  g_test_add ("/rapport/prepare-view/use-as-next-agenda", Fixture, NULL, fixture_set_up, test_use_as_next_agenda, fixture_tear_down);
  g_test_add ("/rapport/prepare-view/agenda-plans-a-meeting", Fixture, NULL, fixture_set_up, test_agenda_plans_a_meeting, fixture_tear_down);
  g_test_add ("/rapport/prepare-view/default-tab", Fixture, NULL, fixture_set_up, test_default_tab, fixture_tear_down);
  g_test_add ("/rapport/prepare-view/export-and-print", Fixture, NULL, fixture_set_up, test_export_and_print, fixture_tear_down);
  g_test_add_func ("/rapport/prepare-view/rating-chart", test_rating_chart);
  g_test_add_func ("/rapport/prepare-view/insights-figures", test_insights_figures);
  g_test_add_func ("/rapport/prepare-view/insights-in-window", test_insights_in_window);

  return g_test_run ();
}
