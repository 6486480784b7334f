/* test-demo.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rapport-demo.h"
#include "rapport-format.h"
#include "rapport-repository.h"
#include "rapport-test-utils.h"

static RapportRepository *
open_demo (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "rapport", NULL);
  RapportRepository *repository = rapport_repository_new (dir, &error);
  gboolean populated;

  g_assert_no_error (error);
  populated = rapport_demo_populate (repository, now, &error);
  g_assert_no_error (error);
  g_assert_true (populated);

  return repository;
}

static void
test_mentees_at_every_stage (void)
{
  g_autoptr(RapportRepository) repository = open_demo ();
  GListModel *mentees = rapport_repository_get_mentees (repository);
  guint archived = 0, paused = 0, overdue_rhythm = 0, with_next = 0;

  g_assert_cmpuint (g_list_model_get_n_items (mentees), >=, 5);

  for (guint i = 0; i < g_list_model_get_n_items (mentees); i++)
    {
      g_autoptr(RapportMentee) mentee = g_list_model_get_item (mentees, i);

      archived += rapport_mentee_get_status (mentee) == RAPPORT_MENTEE_STATUS_ARCHIVED;
      paused += rapport_mentee_get_status (mentee) == RAPPORT_MENTEE_STATUS_PAUSED;
      overdue_rhythm += rapport_mentee_get_rhythm_state (mentee) == RAPPORT_RHYTHM_STATE_OVERDUE;
      with_next += rapport_mentee_get_next_meeting_at (mentee) != NULL;

      /* Months of meetings to read and search. */
      if (rapport_mentee_get_status (mentee) == RAPPORT_MENTEE_STATUS_ACTIVE)
        g_assert_nonnull (rapport_mentee_get_last_held_at (mentee));
    }

  g_assert_cmpuint (archived, ==, 1);
  g_assert_cmpuint (paused, ==, 1);
  g_assert_cmpuint (overdue_rhythm, >=, 1);
  g_assert_cmpuint (with_next, >=, 2);
}

static void
test_today_starts_with_overdue_promise (void)
{
  g_autoptr(RapportRepository) repository = open_demo ();
  GListModel *agenda = rapport_repository_get_agenda (repository);
  g_autoptr(RapportAgendaItem) first = NULL;
  gboolean saw_check_in = FALSE, saw_meeting = FALSE, saw_ask = FALSE;

  g_assert_cmpuint (g_list_model_get_n_items (agenda), >, 3);
  first = g_list_model_get_item (agenda, 0);
  g_assert_cmpint (rapport_agenda_item_get_kind (first), ==, RAPPORT_AGENDA_KIND_MY_PROMISE_OVERDUE);
  g_assert_cmpstr (rapport_agenda_item_get_mentee_name (first), ==, "Alex Kim");

  for (guint i = 0; i < g_list_model_get_n_items (agenda); i++)
    {
      g_autoptr(RapportAgendaItem) item = g_list_model_get_item (agenda, i);

      switch (rapport_agenda_item_get_kind (item))
        {
        case RAPPORT_AGENDA_KIND_CHECK_IN_OVERDUE:
        case RAPPORT_AGENDA_KIND_CHECK_IN_DUE:
          saw_check_in = TRUE;
          break;

        case RAPPORT_AGENDA_KIND_MEETING_TODAY:
        case RAPPORT_AGENDA_KIND_MEETING_THIS_WEEK:
          saw_meeting = TRUE;
          break;

        case RAPPORT_AGENDA_KIND_ASK_MENTEE:
          saw_ask = TRUE;
          break;

        case RAPPORT_AGENDA_KIND_MY_PROMISE_OVERDUE:
        case RAPPORT_AGENDA_KIND_MY_PROMISE_DUE_TODAY:
        default:
          break;
        }
    }

  g_assert_true (saw_check_in);
  g_assert_true (saw_meeting);
  g_assert_true (saw_ask);
}

static void
test_notes_searchable (void)
{
  g_autoptr(RapportRepository) repository = open_demo ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) results = rapport_repository_search (repository, "brag document", 10, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (results), >, 0);
}

static void
test_mentee_status_lines (void)
{
  g_autoptr(RapportRepository) repository = open_demo ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GListModel *mentees = rapport_repository_get_mentees (repository);

  for (guint i = 0; i < g_list_model_get_n_items (mentees); i++)
    {
      g_autoptr(RapportMentee) mentee = g_list_model_get_item (mentees, i);
      g_autofree char *status = rapport_format_mentee_status (mentee, now);

      if (g_str_equal (rapport_mentee_get_name (mentee), "Alex Kim"))
        g_assert_cmpstr (status, ==, "1 promise overdue");
      else if (g_str_equal (rapport_mentee_get_name (mentee), "Chris Novak"))
        g_assert_cmpstr (status, ==, "archived");
      else if (g_str_equal (rapport_mentee_get_name (mentee), "Jordan Lee"))
        g_assert_cmpstr (status, ==, "check-in overdue — last met 45 days ago");
      else if (g_str_equal (rapport_mentee_get_name (mentee), "Priya Raman"))
        g_assert_true (g_str_has_prefix (status, "meets "));
    }
}

int
main (int   argc,
      char *argv[])
{
  rapport_test_init (&argc, &argv);

  g_test_add_func ("/rapport/demo/mentees-at-every-stage", test_mentees_at_every_stage);
  g_test_add_func ("/rapport/demo/today-starts-with-overdue-promise", test_today_starts_with_overdue_promise);
  g_test_add_func ("/rapport/demo/notes-searchable", test_notes_searchable);
  g_test_add_func ("/rapport/demo/mentee-status-lines", test_mentee_status_lines);

  return g_test_run ();
}
