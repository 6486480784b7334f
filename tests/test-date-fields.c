/* test-date-fields.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "rapport-application.h"
#include "rapport-context.h"
#include "rapport-due-date-button.h"
#include "rapport-mentee-page-private.h"
#include "rapport-profile-view.h"
#include "rapport-promise-composer.h"
#include "rapport-promises-view.h"
#include "rapport-session-editor.h"
#include "rapport-repository.h"
#include "rapport-test-utils.h"
#include "rapport-window-private.h"

/* The date fields of the window, typed into as a mentor does, in German and
 * in US English: the popover of the real date button takes the text and
 * Enter, and the notebook is read back through a second connection. Each
 * field leans its own way (a due date ahead, "Mentoring since" and a held
 * meeting back) and names itself. */

typedef struct
{
  const char         *locale;
  RapportApplication *app;
  RapportContext     *context;
  RapportRepository  *repository;
  RapportWindow      *window;
  RapportMentee      *mentee;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->locale = data;
  rapport_test_use_locale (f->locale);

  f->app = rapport_test_start_application ();
  f->context = rapport_application_get_context (f->app);
  f->repository = rapport_context_get_repository (f->context);

  f->mentee = rapport_mentee_new ();
  rapport_mentee_set_name (f->mentee, "Alex Rivera");
  g_assert_true (rapport_repository_save (f->repository, RAPPORT_ITEM (f->mentee), &error));
  g_assert_no_error (error);

  f->window = rapport_test_activate (f->app);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->mentee);
  rapport_test_stop_application (f->app);
  rapport_test_use_locale ("C.UTF-8");
}

static gboolean
is_german (Fixture *f)
{
  return g_str_has_prefix (f->locale, "de");
}

static RapportMenteePage *
show_mentee (Fixture    *f,
             const char *tab,
             gint64      session_id)
{
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-mentee", "(xsx)",
                              rapport_item_get_id (RAPPORT_ITEM (f->mentee)), tab, session_id);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  return RAPPORT_MENTEE_PAGE (f->window->mentee_page);
}

/* Opens the date button's popover, types @text and presses Enter, as a
 * mentor does. Returns: whether the popover closed (the date was taken). */
static void
close_popover (GtkWidget *button)
{
  gtk_popover_popdown (GTK_POPOVER (rapport_test_template_child (button, RAPPORT_TYPE_DUE_DATE_BUTTON, "popover")));
}

static const char *
hint_of (GtkWidget *button)
{
  return gtk_label_get_label (GTK_LABEL (rapport_test_template_child (button, RAPPORT_TYPE_DUE_DATE_BUTTON, "hint")));
}

/* Today plus @days, as stored. */
/* The next @weekday after today (1–7 days ahead), or the last one before
 * today. */
static char *
weekday_from_today (GDateWeekday weekday,
                    gboolean     ahead)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int current = g_date_time_get_day_of_week (now);
  int delta = ahead ? ((int) weekday - current + 7) % 7 : -((current - (int) weekday + 7) % 7);

  if (delta == 0)
    delta = ahead ? 7 : -7;
  return rapport_test_day_from_today (delta);
}

/* The last 1 September up to today. */
static char *
last_first_of_september (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int year = g_date_time_get_year (now);

  return g_strdup_printf ("%04d-09-01", g_date_time_get_month (now) >= 9 ? year : year - 1);
}

static void
assert_tooltip (GtkWidget  *button,
                const char *title)
{
  g_assert_cmpstr (gtk_widget_get_tooltip_text (rapport_test_template_child (button, RAPPORT_TYPE_DUE_DATE_BUTTON, "menu_button")),
                   ==, title);
}

/* ------------------------------------------------------------------------ */
/* A promise's due date                                                     */

static char *
dup_stored_due (Fixture    *f,
                const char *title)
{
  g_autoptr(RapportRepository) other = rapport_test_reopen (f->context);
  g_autoptr(GListModel) list = rapport_repository_list_commitments (other, rapport_item_get_id (RAPPORT_ITEM (f->mentee)));

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(RapportCommitment) c = g_list_model_get_item (list, i);

      if (g_strcmp0 (rapport_commitment_get_title (c), title) == 0)
        return g_strdup (rapport_commitment_get_due_date (c));
    }
  g_error ("No promise “%s” is stored", title);
}

static void
add_promise (GtkWidget  *composer,
             const char *title)
{
  GtkWidget *title_row = rapport_test_template_child (composer, RAPPORT_TYPE_PROMISE_COMPOSER, "title_row");
  GtkEditable *delegate;

  gtk_editable_set_text (GTK_EDITABLE (title_row), title);
  delegate = gtk_editable_get_delegate (GTK_EDITABLE (title_row));
  g_signal_emit_by_name (delegate ? delegate : GTK_EDITABLE (title_row), "activate");
}

static void
test_promise_due (Fixture       *f,
                  gconstpointer  data)
{
  RapportMenteePage *page = show_mentee (f, "promises", 0);
  GtkWidget *composer = rapport_test_template_child (_rapport_mentee_page_get_promises_view (page), RAPPORT_TYPE_PROMISES_VIEW, "composer");
  GtkWidget *due = rapport_test_template_child (composer, RAPPORT_TYPE_PROMISE_COMPOSER, "due_button");
  GtkWidget *entry = rapport_test_template_child (due, RAPPORT_TYPE_DUE_DATE_BUTTON, "entry");
  g_autofree char *in_two_weeks = rapport_test_day_from_today (14);
  g_autofree char *friday = weekday_from_today (G_DATE_FRIDAY, TRUE);
  g_autofree char *stored = NULL;
  const char *placeholder;

  /* The field says what it is and gives examples the mentor can type, in
   * the mentor's language. */
  assert_tooltip (due, is_german (f) ? "Fälligkeitsdatum" : "Due Date");
  placeholder = gtk_entry_get_placeholder_text (GTK_ENTRY (entry));
  g_assert_nonnull (strstr (placeholder, is_german (f) ? "in 2 Wochen" : "in 2 weeks"));
  g_assert_nonnull (strstr (placeholder, is_german (f) ? "morgen" : "tomorrow"));

  g_assert_true (rapport_test_type_date (due, is_german (f) ? "in 2 Wochen" : "in 2 weeks"));
  g_assert_cmpstr (rapport_due_date_button_get_date (RAPPORT_DUE_DATE_BUTTON (due)), ==, in_two_weeks);
  add_promise (composer, "Send the Kahneman chapter");
  stored = dup_stored_due (f, "Send the Kahneman chapter");
  g_assert_cmpstr (stored, ==, in_two_weeks);
  g_clear_pointer (&stored, g_free);

  /* A weekday's abbreviation, as the locale writes it. */
  g_assert_true (rapport_test_type_date (due, is_german (f) ? "Fr" : "Fri"));
  add_promise (composer, "Introduce Alex to Dana");
  stored = dup_stored_due (f, "Introduce Alex to Dana");
  g_assert_cmpstr (stored, ==, friday);
  g_clear_pointer (&stored, g_free);

  /* The locale's numeric order. */
  g_assert_true (rapport_test_type_date (due, is_german (f) ? "15.01.2027" : "01/15/2027"));
  add_promise (composer, "Review the CV draft");
  stored = dup_stored_due (f, "Review the CV draft");
  g_assert_cmpstr (stored, ==, "2027-01-15");
  g_clear_pointer (&stored, g_free);

  /* Text that is no date keeps the popover open, with what was typed and
   * why, and changes nothing. */
  g_assert_false (rapport_test_type_date (due, is_german (f) ? "irgendwann" : "someday"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, is_german (f) ? "irgendwann" : "someday");
  g_assert_true (g_str_has_prefix (hint_of (due), is_german (f)
                                                    ? "„irgendwann“ ist kein Datum, das Rapport versteht."
                                                    : "“someday” is not a date Rapport understands."));
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  g_assert_null (rapport_due_date_button_get_date (RAPPORT_DUE_DATE_BUTTON (due)));
  close_popover (due);
}

/* ------------------------------------------------------------------------ */
/* Mentoring since                                                          */

static char *
dup_stored_started_on (Fixture *f)
{
  g_autoptr(RapportRepository) other = rapport_test_reopen (f->context);
  RapportMentee *mentee = rapport_repository_find_mentee (other, rapport_item_get_id (RAPPORT_ITEM (f->mentee)));

  g_assert_nonnull (mentee);
  return g_strdup (rapport_mentee_get_started_on (mentee));
}

/* The profile saves shortly after a change: wait for the notebook to hold
 * @expected. */
static void
assert_started_on_saved (Fixture    *f,
                         const char *expected)
{
  g_autofree char *stored = NULL;

  for (guint i = 0; i < 50; i++)
    {
      g_clear_pointer (&stored, g_free);
      stored = dup_stored_started_on (f);
      if (g_strcmp0 (stored, expected) == 0)
        return;
      rapport_test_iterate (100);
    }
  g_assert_cmpstr (stored, ==, expected);
}

static void
test_mentoring_since (Fixture       *f,
                      gconstpointer  data)
{
  RapportMenteePage *page = show_mentee (f, "profile", 0);
  GtkWidget *started = rapport_test_template_child (_rapport_mentee_page_get_profile_view (page), RAPPORT_TYPE_PROFILE_VIEW, "started_button");
  GtkWidget *clear = rapport_test_template_child (started, RAPPORT_TYPE_DUE_DATE_BUTTON, "clear_button");
  g_autofree char *september = last_first_of_september ();
  g_autofree char *yesterday = rapport_test_day_from_today (-1);
  g_autofree char *monday = weekday_from_today (G_DATE_MONDAY, FALSE);

  /* It is "Mentoring since", not a due date. */
  assert_tooltip (started, is_german (f) ? "Mentoring seit" : "Mentoring Since");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (clear)), ==, is_german (f) ? "Datum _entfernen" : "_Clear Date");

  /* "1 sep" is the last 1 September, not next year's. */
  g_assert_true (rapport_test_type_date (started, is_german (f) ? "1. Sep" : "1 sep"));
  assert_started_on_saved (f, september);

  g_assert_true (rapport_test_type_date (started, is_german (f) ? "gestern" : "yesterday"));
  assert_started_on_saved (f, yesterday);

  g_assert_true (rapport_test_type_date (started, is_german (f) ? "letzten Montag" : "last monday"));
  assert_started_on_saved (f, monday);

  g_assert_true (rapport_test_type_date (started, is_german (f) ? "vor 3 Tagen" : "3 days ago"));
  {
    g_autofree char *three_days_ago = rapport_test_day_from_today (-3);

    assert_started_on_saved (f, three_days_ago);
  }
}

/* ------------------------------------------------------------------------ */
/* A meeting that was held                                                  */

static char *
dup_stored_meeting_date (Fixture *f,
                         gint64   id)
{
  g_autoptr(RapportRepository) other = rapport_test_reopen (f->context);
  g_autoptr(GListModel) list = rapport_repository_list_sessions (other, rapport_item_get_id (RAPPORT_ITEM (f->mentee)));

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(RapportSessionNote) s = g_list_model_get_item (list, i);

      if (rapport_item_get_id (RAPPORT_ITEM (s)) == id)
        {
          g_autoptr(GDateTime) local = g_date_time_to_local (rapport_session_note_get_starts_at (s));

          return g_date_time_format (local, "%Y-%m-%d");
        }
    }
  g_error ("The meeting is not stored");
}

static void
assert_meeting_saved (Fixture    *f,
                      gint64      id,
                      const char *expected)
{
  g_autofree char *stored = NULL;

  for (guint i = 0; i < 50; i++)
    {
      g_clear_pointer (&stored, g_free);
      stored = dup_stored_meeting_date (f, id);
      if (g_strcmp0 (stored, expected) == 0)
        return;
      rapport_test_iterate (100);
    }
  g_assert_cmpstr (stored, ==, expected);
}

static void
test_held_meeting (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(RapportSessionNote) session = rapport_session_note_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) ten_days_ago = g_date_time_add_days (now, -10);
  g_autoptr(GError) error = NULL;
  g_autofree char *friday = weekday_from_today (G_DATE_FRIDAY, FALSE);
  g_autofree char *three_days_ago = rapport_test_day_from_today (-3);
  RapportMenteePage *page;
  GtkWidget *date;
  gint64 id;

  rapport_session_note_set_mentee_id (session, rapport_item_get_id (RAPPORT_ITEM (f->mentee)));
  rapport_session_note_set_starts_at (session, ten_days_ago);
  rapport_session_note_set_status (session, RAPPORT_SESSION_STATUS_HELD);
  rapport_session_note_set_notes (session, "Talked about the portfolio.");
  g_assert_true (rapport_repository_save (f->repository, RAPPORT_ITEM (session), &error));
  g_assert_no_error (error);
  id = rapport_item_get_id (RAPPORT_ITEM (session));

  page = show_mentee (f, "sessions", id);
  date = rapport_test_template_child (_rapport_mentee_page_get_editor (page), RAPPORT_TYPE_SESSION_EDITOR, "date_button");
  assert_tooltip (date, is_german (f) ? "Datum des Treffens" : "Meeting Date");

  /* A held meeting's "fri" is the last Friday. */
  g_assert_true (rapport_test_type_date (date, is_german (f) ? "Freitag" : "friday"));
  assert_meeting_saved (f, id, friday);

  g_assert_true (rapport_test_type_date (date, is_german (f) ? "vor 3 Tagen" : "3 days ago"));
  assert_meeting_saved (f, id, three_days_ago);
}

int
main (int   argc,
      char *argv[])
{
  rapport_test_init_gtk (&argc, &argv);

#define ADD(locale, path, func) \
  g_test_add ("/rapport/date-fields/" locale "/" path, Fixture, locale ".UTF-8", \
              fixture_set_up, func, fixture_tear_down)

  ADD ("en_US", "promise-due", test_promise_due);
  ADD ("en_US", "mentoring-since", test_mentoring_since);
  ADD ("en_US", "held-meeting", test_held_meeting);
  ADD ("de_DE", "promise-due", test_promise_due);
  ADD ("de_DE", "mentoring-since", test_mentoring_since);
  ADD ("de_DE", "held-meeting", test_held_meeting);

#undef ADD

  return g_test_run ();
}
