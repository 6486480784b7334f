/* rapport-prepare-view.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-prepare-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rapport-format.h"
#include "rapport-prepare-view.h"
#include "rapport-promise-row.h"
#include "rapport-rating-chart.h"
#include "rapport-widget-utils.h"

/* The Prepare tab: what the mentor needs to know in the two minutes before
 * a meeting, top to bottom in the order it is needed — the meeting, the
 * last one, my promises (overdue first), theirs, goals, wins, boundaries,
 * questions, my follow-through, and a draft agenda.
 *
 * It shows a #RapportPrepare, a snapshot read in one go. The snapshot is
 * rebuilt when the notebook changes, from an idle callback: the change
 * often comes from a row of this very view (a promise ticked off), which
 * must not be destroyed while its handler runs. A hidden view only notes
 * that it is stale and rebuilds when it is shown again.
 *
 * Two things the mentor does here outlive a rebuild: swapped questions
 * (kept while the next meeting and the number of meetings held stay the
 * same) and an edited draft agenda (kept until it is used or the mentee
 * changes). */

struct _RapportPrepareView
{
  GtkWidget             parent_instance;

  /* Template widgets */
  GtkScrolledWindow    *scroller;
  AdwPreferencesGroup  *next_group;
  GtkListBox           *next_list;
  AdwPreferencesGroup  *last_group;
  GtkListBox           *last_list;
  AdwPreferencesGroup  *mine_group;
  GtkLabel             *overdue_label;
  GtkListBox           *mine_list;
  AdwPreferencesGroup  *theirs_group;
  GtkListBox           *theirs_list;
  AdwPreferencesGroup  *goals_group;
  GtkListBox           *goals_list;
  AdwPreferencesGroup  *wins_group;
  GtkListBox           *wins_list;
  AdwPreferencesGroup  *boundaries_group;
  GtkListBox           *boundaries_list;
  AdwPreferencesGroup  *questions_group;
  GtkListBox           *questions_list;
  AdwPreferencesGroup  *ledger_group;
  GtkListBox           *ledger_list;
  AdwPreferencesGroup  *agenda_group;
  GtkTextView          *agenda_view;

  /* Owned references */
  RapportRepository    *repository;
  RapportMentee        *mentee;
  RapportPrepare       *prepare;
  GtkFileChooserNative *chooser;

  /* State */
  guint                 rebuild_id;
  gint64                questions_session_id;
  guint                 questions_held;
  guint                 stale : 1;
  guint                 agenda_edited : 1;
  guint                 syncing : 1;
};

G_DEFINE_FINAL_TYPE (RapportPrepareView, rapport_prepare_view, GTK_TYPE_WIDGET)

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */

static gint64
mentee_id (RapportPrepareView *self)
{
  return self->mentee ? rapport_item_get_id (RAPPORT_ITEM (self->mentee)) : 0;
}

static gint64
session_id (RapportSessionNote *session)
{
  return session ? rapport_item_get_id (RAPPORT_ITEM (session)) : 0;
}

/* Rows only: the placeholder is a child of the list too, and stays. */
static void
clear_list (GtkListBox *list)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

static GtkWidget *
new_placeholder (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  return label;
}

static AdwActionRow *
new_row (const char *title,
         const char *subtitle)
{
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());

  /* Titles here are the mentor's own words: never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title ? title : "");
  if (subtitle != NULL && *subtitle)
    adw_action_row_set_subtitle (row, subtitle);
  return row;
}

static GtkWidget *
new_tag (const char *text,
         const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, "caption-heading");
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  return label;
}

static char *
one_line (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text ? text : "", " \t\r\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; words[i]; i++)
    {
      if (words[i][0] == '\0')
        continue;
      if (out->len)
        g_string_append_c (out, ' ');
      g_string_append (out, words[i]);
    }
  return g_string_free (out, FALSE);
}

static void
join (GString    *out,
      const char *part)
{
  if (out->len)
    g_string_append (out, " · ");
  g_string_append (out, part);
}

/* "In 3 hours", "In 25 minutes", "Tomorrow", "In 4 days", "Now". */
static char *
format_until (GDateTime *start,
              int        duration_minutes,
              GDateTime *now)
{
  gint64 minutes = g_date_time_difference (start, now) / G_TIME_SPAN_MINUTE;
  int days;

  if (minutes < 0)
    return minutes + MAX (duration_minutes, 0) > 0 ? g_strdup (_("Happening now")) : g_strdup (_("Started earlier"));
  if (minutes < 1)
    return g_strdup (_("Starting now"));
  if (minutes < 60)
    return g_strdup_printf (ngettext ("In %d minute", "In %d minutes", (int)minutes), (int)minutes);
  if (minutes < 24 * 60)
    {
      int hours = (int)((minutes + 30) / 60);

      return g_strdup_printf (ngettext ("In %d hour", "In %d hours", hours), hours);
    }

  days = rapport_format_days_between (now, start);
  if (days <= 1)
    return g_strdup (_("Tomorrow"));
  return g_strdup_printf (ngettext ("In %d day", "In %d days", days), days);
}

static char *
format_long_time (GDateTime *start)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (start);

  /* Translators: strftime format of the next meeting, "Thursday 14 November, 14:00" */
  return g_date_time_format (local, _("%A %-d %B, %H:%M"));
}

/* "3 months left", "2 weeks left", "5 days left", "due today", "12 days past the target" */
static char *
format_time_left (int days_left)
{
  if (days_left < 0)
    return g_strdup_printf (ngettext ("%d day past the target", "%d days past the target", -days_left), -days_left);
  if (days_left == 0)
    return g_strdup (_("target date today"));
  if (days_left >= 60)
    return g_strdup_printf (ngettext ("%d month left", "%d months left", days_left / 30), days_left / 30);
  if (days_left >= 14)
    return g_strdup_printf (ngettext ("%d week left", "%d weeks left", days_left / 7), days_left / 7);
  return g_strdup_printf (ngettext ("%d day left", "%d days left", days_left), days_left);
}

/* ------------------------------------------------------------------------ */
/* Filling the sections                                                     */

static void
fill_next (RapportPrepareView *self)
{
  RapportSessionNote *next = rapport_prepare_get_next_meeting (self->prepare);
  GDateTime *now = rapport_prepare_get_now (self->prepare);
  AdwActionRow *row;

  clear_list (self->next_list);

  if (next != NULL)
    {
      GDateTime *start = rapport_session_note_get_starts_at (next);
      int duration = rapport_session_note_get_duration_minutes (next);
      g_autofree char *title = format_long_time (start);
      g_autofree char *until = format_until (start, duration, now);
      g_autoptr(GString) subtitle = g_string_new (until);
      GtkWidget *icon = gtk_image_new_from_icon_name ("x-office-calendar-symbolic");

      if (duration > 0)
        {
          g_autofree char *length = g_strdup_printf (ngettext ("%d minute", "%d minutes", duration), duration);

          join (subtitle, length);
        }
      row = new_row (title, subtitle->str);
      adw_action_row_add_prefix (row, icon);
      adw_action_row_add_suffix (row, gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "mentee.show-session");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x", session_id (next));
      gtk_widget_set_tooltip_text (GTK_WIDGET (row), _("Open the meeting"));
      gtk_widget_set_name (GTK_WIDGET (row), "next-meeting");
    }
  else
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Plan a Meeting"));

      row = new_row (_("No meeting planned"), NULL);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "mentee.plan-session");
      gtk_widget_add_css_class (button, "suggested-action");
      adw_action_row_add_suffix (row, button);
      gtk_widget_set_name (GTK_WIDGET (row), "no-meeting");
    }

  gtk_list_box_append (self->next_list, GTK_WIDGET (row));
}

static void
fill_last (RapportPrepareView *self)
{
  RapportSessionNote *last = rapport_prepare_get_last_session (self->prepare);
  GDateTime *now = rapport_prepare_get_now (self->prepare);
  const char *excerpt = rapport_prepare_get_notes_excerpt (self->prepare);
  g_autofree char *when = NULL;
  g_autofree char *takeaway = NULL;
  g_autoptr(GString) subtitle = NULL;
  AdwActionRow *row;
  int rating;

  clear_list (self->last_list);

  if (last == NULL)
    {
      gtk_list_box_append (self->last_list,
                           GTK_WIDGET (new_row (_("No meeting held yet"),
                                                _("This will be your first meeting."))));
      return;
    }

  when = rapport_format_meeting_time (rapport_session_note_get_starts_at (last), now);
  subtitle = g_string_new (when);
  rating = rapport_session_note_get_rating (last);
  if (rating > 0)
    {
      /* Translators: the mentee's rating of a meeting, "rated 4/5" */
      g_autofree char *rated = g_strdup_printf (_("rated %d/5"), rating);

      join (subtitle, rated);
    }

  takeaway = one_line (rapport_session_note_get_takeaway (last));
  row = new_row (*takeaway ? takeaway : _("No takeaway noted"), subtitle->str);
  adw_action_row_add_prefix (row, gtk_image_new_from_icon_name ("document-open-recent-symbolic"));
  adw_action_row_add_suffix (row, gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "mentee.show-session");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x", session_id (last));
  gtk_widget_set_tooltip_text (GTK_WIDGET (row), _("Open the meeting’s notes"));
  gtk_widget_set_name (GTK_WIDGET (row), "last-meeting");
  gtk_list_box_append (self->last_list, GTK_WIDGET (row));

  if (excerpt != NULL && *excerpt)
    {
      GtkWidget *excerpt_row = gtk_list_box_row_new ();
      GtkWidget *label = gtk_label_new (excerpt);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_widget_set_margin_top (label, 12);
      gtk_widget_set_margin_bottom (label, 12);
      gtk_widget_set_margin_start (label, 12);
      gtk_widget_set_margin_end (label, 12);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (excerpt_row), label);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (excerpt_row), FALSE);
      gtk_widget_set_name (excerpt_row, "notes-excerpt");
      gtk_list_box_append (self->last_list, excerpt_row);
    }
}

static void
fill_promises (RapportPrepareView *self)
{
  GListModel *mine = rapport_prepare_get_my_promises (self->prepare);
  GListModel *theirs = rapport_prepare_get_their_commitments (self->prepare);
  guint overdue = rapport_prepare_count_overdue (self->prepare);

  clear_list (self->mine_list);
  clear_list (self->theirs_list);

  /* The promise rows of the Promises tab: tick in place with an Undo
   * toast, reschedule or drop from the menu. */
  for (guint i = 0; i < g_list_model_get_n_items (mine); i++)
    {
      g_autoptr(RapportCommitment) c = g_list_model_get_item (mine, i);
      GtkWidget *row = rapport_promise_row_new (self->repository, c);

      if (rapport_prepare_is_overdue (self->prepare, c))
        gtk_widget_add_css_class (row, "overdue");
      gtk_list_box_append (self->mine_list, row);
    }
  for (guint i = 0; i < g_list_model_get_n_items (theirs); i++)
    {
      g_autoptr(RapportCommitment) c = g_list_model_get_item (theirs, i);

      gtk_list_box_append (self->theirs_list, rapport_promise_row_new (self->repository, c));
    }

  if (overdue > 0)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("%u overdue: deliver before you meet",
                                                         "%u overdue: deliver before you meet", overdue),
                                               overdue);

      gtk_label_set_label (self->overdue_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->overdue_label), overdue > 0);
}

static void
fill_goals (RapportPrepareView *self)
{
  GListModel *goals = rapport_prepare_get_goals (self->prepare);

  clear_list (self->goals_list);

  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(RapportBriefItem) goal = g_list_model_get_item (goals, i);
      g_autoptr(GString) subtitle = g_string_new (NULL);
      g_autofree char *title = one_line (rapport_brief_item_get_title (goal));
      int progress = rapport_brief_item_get_progress (goal);
      GtkWidget *bar = gtk_progress_bar_new ();
      AdwActionRow *row;

      g_string_append_printf (subtitle, _("%d%% done"), progress);
      if (rapport_brief_item_get_date (goal) != NULL)
        {
          g_autofree char *left = format_time_left (rapport_brief_item_get_days_left (goal));

          join (subtitle, left);
        }

      row = new_row (title, subtitle->str);

      if (rapport_brief_item_get_flagged (goal))
        {
          int quiet = rapport_brief_item_get_days_quiet (goal);
          g_autofree char *stale = g_strdup_printf (ngettext ("No progress for %d day", "No progress for %d days", quiet),
                                                    quiet);
          GtkWidget *tag = new_tag (_("Stalled"), "warning");

          gtk_widget_set_tooltip_text (tag, stale);
          join (subtitle, stale);
          adw_action_row_set_subtitle (row, subtitle->str);
          adw_action_row_add_suffix (row, tag);
        }

      gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (bar), CLAMP (progress, 0, 100) / 100.0);
      gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (bar, "goal-progress");
      gtk_widget_set_size_request (bar, 72, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (bar),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Progress"),
                                      -1);
      adw_action_row_add_suffix (row, bar);
      gtk_list_box_append (self->goals_list, GTK_WIDGET (row));
    }
}

static void
fill_wins (RapportPrepareView *self)
{
  GListModel *wins = rapport_prepare_get_wins (self->prepare);
  GDateTime *now = rapport_prepare_get_now (self->prepare);
  guint n = g_list_model_get_n_items (wins);

  clear_list (self->wins_list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RapportBriefItem) win = g_list_model_get_item (wins, i);
      g_autofree char *title = one_line (rapport_brief_item_get_title (win));
      g_autofree char *day = rapport_format_date (rapport_brief_item_get_date (win), now);
      g_autofree char *subtitle = NULL;
      AdwActionRow *row;

      switch (rapport_brief_item_get_kind (win))
        {
        case RAPPORT_BRIEF_ITEM_KIND_WIN_GOAL_ACHIEVED:
          /* Translators: a win on the Prepare tab, %s is a day such as "3 Nov" */
          subtitle = day ? g_strdup_printf (_("Goal achieved %s"), day) : g_strdup (_("Goal achieved"));
          break;

        case RAPPORT_BRIEF_ITEM_KIND_WIN_COMMITMENT_KEPT:
          subtitle = day ? g_strdup_printf (_("They did what they said, %s"), day) : g_strdup (_("They did what they said"));
          break;

        case RAPPORT_BRIEF_ITEM_KIND_WIN_NOTED:
        case RAPPORT_BRIEF_ITEM_KIND_GOAL:
        case RAPPORT_BRIEF_ITEM_KIND_AGENDA_PLANNED:
        case RAPPORT_BRIEF_ITEM_KIND_AGENDA_CARRIED_OVER:
        case RAPPORT_BRIEF_ITEM_KIND_AGENDA_MY_PROMISE:
        case RAPPORT_BRIEF_ITEM_KIND_AGENDA_THEIR_COMMITMENT:
        case RAPPORT_BRIEF_ITEM_KIND_AGENDA_GOAL:
        default:
          subtitle = day ? g_strdup_printf (_("Noted %s"), day) : NULL;
          break;
        }

      row = new_row (title, subtitle);
      adw_action_row_add_prefix (row, gtk_image_new_from_icon_name ("starred-symbolic"));
      gtk_list_box_append (self->wins_list, GTK_WIDGET (row));
    }

  /* Nothing to celebrate is not worth a section. */
  gtk_widget_set_visible (GTK_WIDGET (self->wins_group), n > 0);
}

static void
fill_boundaries (RapportPrepareView *self)
{
  RapportMentee *mentee = rapport_prepare_get_mentee (self->prepare);
  GPtrArray *boundaries = rapport_prepare_get_boundaries (self->prepare);
  const char *prefs = rapport_mentee_get_feedback_preferences (mentee);
  const char *sensitive = rapport_mentee_get_feedback_sensitivities (mentee);
  AdwActionRow *row;

  clear_list (self->boundaries_list);

  for (guint i = 0; boundaries != NULL && i < boundaries->len; i++)
    {
      RapportBoundary *b = g_ptr_array_index (boundaries, i);
      gboolean off = b->level == RAPPORT_BOUNDARY_LEVEL_OFF_LIMITS;
      g_autofree char *topic = one_line (b->topic);

      row = new_row (topic, NULL);
      adw_action_row_add_suffix (row, new_tag (off ? _("Off limits") : _("Ask first"),
                                               off ? "error" : "warning"));
      gtk_list_box_append (self->boundaries_list, GTK_WIDGET (row));
    }

  if (boundaries == NULL || boundaries->len == 0)
    gtk_list_box_append (self->boundaries_list,
                         GTK_WIDGET (new_row (_("No boundaries noted"),
                                              _("Ask before touching on personal topics."))));

  if (prefs != NULL && *prefs)
    row = new_row (_("How they like feedback"), prefs);
  else
    row = new_row (_("How they like feedback"), _("Not noted yet — ask them."));
  adw_action_row_add_prefix (row, gtk_image_new_from_icon_name ("user-info-symbolic"));
  gtk_list_box_append (self->boundaries_list, GTK_WIDGET (row));

  if (sensitive != NULL && *sensitive)
    {
      row = new_row (_("Sensitive to"), sensitive);
      adw_action_row_add_prefix (row, gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
      gtk_list_box_append (self->boundaries_list, GTK_WIDGET (row));
    }
}

static void question_asked_toggled_cb (RapportPrepareView *self,
                                       GtkCheckButton     *check);
static void question_swap_clicked_cb  (RapportPrepareView *self,
                                       GtkButton          *button);

static GtkWidget *
new_question_row (RapportPrepareView *self,
                  RapportQuestion    *question,
                  guint               position)
{
  gboolean can_mark = rapport_prepare_get_next_meeting (self->prepare) != NULL;
  AdwActionRow *row = new_row (rapport_question_get_text (question), NULL);
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *swap = gtk_button_new_from_icon_name ("view-refresh-symbolic");

  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                               rapport_prepare_is_question_asked (self->prepare, question));
  gtk_widget_set_sensitive (check, can_mark);
  gtk_widget_set_tooltip_text (check, can_mark ? _("Asked") : _("Plan the next meeting to mark questions asked"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Asked"),
                                  -1);
  g_object_set_data_full (G_OBJECT (check), "question", g_object_ref (question), g_object_unref);
  g_signal_connect_object (check, "toggled", G_CALLBACK (question_asked_toggled_cb), self, G_CONNECT_SWAPPED);
  adw_action_row_add_prefix (row, check);
  if (can_mark)
    adw_action_row_set_activatable_widget (row, check);

  gtk_widget_set_valign (swap, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (swap, "flat");
  gtk_widget_set_tooltip_text (swap, _("Suggest Another Question"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (swap),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Suggest Another Question"),
                                  -1);
  g_object_set_data (G_OBJECT (swap), "position", GUINT_TO_POINTER (position));
  g_object_set_data (G_OBJECT (swap), "check", check);
  g_signal_connect_object (swap, "clicked", G_CALLBACK (question_swap_clicked_cb), self, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (row, swap);

  return GTK_WIDGET (row);
}

static void
fill_questions (RapportPrepareView *self)
{
  GListModel *questions = rapport_prepare_get_questions (self->prepare);
  g_autofree char *description = NULL;

  clear_list (self->questions_list);
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(RapportQuestion) q = g_list_model_get_item (questions, i);

      gtk_list_box_append (self->questions_list, new_question_row (self, q, i));
    }

  /* Translators: under "Questions to Ask"; %s is a stage such as "early" or "established" */
  description = g_strdup_printf (_("Chosen for the %s stage and not asked recently."),
                                 rapport_question_stage_get_label (rapport_prepare_get_stage (self->prepare)));
  adw_preferences_group_set_description (self->questions_group, description);
}

static void
fill_ledger (RapportPrepareView *self)
{
  RapportLedger *ledger = rapport_prepare_get_ledger (self->prepare);
  const RapportLedgerFigures *f = rapport_ledger_get_figures (ledger);
  guint due = f->kept_on_time + f->kept_late + f->dropped + f->open_overdue;
  g_autoptr(GString) promises = g_string_new (NULL);
  g_autoptr(GString) meetings = g_string_new (NULL);
  g_autofree char *description = NULL;
  g_autofree char *held = NULL;
  const RapportRatingPoint *points;
  guint n_points;
  AdwActionRow *row;

  clear_list (self->ledger_list);

  description = g_strdup_printf (ngettext ("Over the last %d month.", "Over the last %d months.",
                                           rapport_ledger_get_months (ledger)),
                                 rapport_ledger_get_months (ledger));
  adw_preferences_group_set_description (self->ledger_group, description);

  if (f->kept_late)
    g_string_append_printf (promises, ngettext ("%u late", "%u late", f->kept_late), f->kept_late);
  if (f->renegotiated)
    {
      g_autofree char *t = g_strdup_printf (ngettext ("%u renegotiated", "%u renegotiated", f->renegotiated), f->renegotiated);
      join (promises, t);
    }
  if (f->dropped)
    {
      g_autofree char *t = g_strdup_printf (ngettext ("%u dropped", "%u dropped", f->dropped), f->dropped);
      join (promises, t);
    }
  if (f->open_overdue + f->overdue_older)
    {
      g_autofree char *t = g_strdup_printf (ngettext ("%u overdue", "%u overdue", f->open_overdue + f->overdue_older),
                                            f->open_overdue + f->overdue_older);
      join (promises, t);
    }

  if (due > 0)
    {
      /* Translators: "7 of 9 promises kept on time" */
      g_autofree char *title = g_strdup_printf (ngettext ("%u of %u promise kept on time",
                                                          "%u of %u promises kept on time", due),
                                                f->kept_on_time, due);
      g_autofree char *rate = g_strdup_printf (_("%d%%"), (int)(100.0 * f->kept_on_time / due + 0.5));
      GtkWidget *rate_label = gtk_label_new (rate);

      gtk_widget_add_css_class (rate_label, "title-4");
      gtk_widget_set_valign (rate_label, GTK_ALIGN_CENTER);
      row = new_row (title, promises->str);
      adw_action_row_add_suffix (row, rate_label);
    }
  else
    row = new_row (_("No promise of yours has come due yet"), promises->str);
  gtk_widget_set_name (GTK_WIDGET (row), "ledger-promises");
  gtk_list_box_append (self->ledger_list, GTK_WIDGET (row));

  held = g_strdup_printf (ngettext ("%u meeting held", "%u meetings held", f->held), f->held);
  if (f->cancelled_by_me)
    g_string_append_printf (meetings, ngettext ("%u cancelled by me", "%u cancelled by me", f->cancelled_by_me),
                            f->cancelled_by_me);
  if (f->gaps > 0)
    {
      /* Translators: check-ins within the maximum gap, "rhythm kept 5 of 6 times" */
      g_autofree char *t = g_strdup_printf (ngettext ("rhythm kept %u of %u time", "rhythm kept %u of %u times", f->gaps),
                                            f->gaps_within_max, f->gaps);
      join (meetings, t);
    }
  row = new_row (held, meetings->str);
  gtk_widget_set_name (GTK_WIDGET (row), "ledger-meetings");
  gtk_list_box_append (self->ledger_list, GTK_WIDGET (row));

  points = rapport_ledger_get_ratings (ledger, &n_points);
  if (n_points > 0)
    {
      GtkWidget *chart = rapport_rating_chart_new ();
      g_autofree char *average = g_strdup_printf (_("Average %.1f"), rapport_ledger_get_average_rating (ledger));

      rapport_rating_chart_set_points (RAPPORT_RATING_CHART (chart), points, n_points);
      gtk_widget_set_size_request (chart, 140, 40);
      gtk_widget_set_valign (chart, GTK_ALIGN_CENTER);
      gtk_widget_set_margin_top (chart, 6);
      gtk_widget_set_margin_bottom (chart, 6);
      row = new_row (_("Their ratings"), average);
      adw_action_row_add_suffix (row, chart);
      gtk_list_box_append (self->ledger_list, GTK_WIDGET (row));
    }
}

static void
fill_agenda (RapportPrepareView *self,
             gboolean            force)
{
  g_autofree char *text = NULL;

  if (self->agenda_edited && !force)
    return;

  text = rapport_prepare_dup_draft_agenda_text (self->prepare);
  self->syncing = TRUE;
  rapport_text_view_set_text (self->agenda_view, text);
  self->syncing = FALSE;
  self->agenda_edited = FALSE;
}

static gboolean
has_question (GPtrArray       *items,
              RapportQuestion *question)
{
  gint64 id = rapport_item_get_id (RAPPORT_ITEM (question));

  for (guint i = 0; i < items->len; i++)
    if (rapport_item_get_id (g_ptr_array_index (items, i)) == id)
      return TRUE;
  return FALSE;
}

/* Questions swapped or ticked stay where they are while they are suggestions
 * for the same meeting: a rebuild would otherwise pick afresh (and move a
 * ticked one first). Those switched off or deleted in the question bank
 * meanwhile go, and the fresh suggestions fill their places. The brief's
 * list is a #GListStore; the Markdown and the print use it, so it is updated
 * in place. */
static void
keep_questions (RapportPrepareView *self,
                RapportPrepare     *old,
                RapportPrepare     *fresh)
{
  GListModel *before = rapport_prepare_get_questions (old);
  GListModel *after = rapport_prepare_get_questions (fresh);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) offered = NULL;
  g_autoptr(GListModel) bank = NULL;
  guint n_before = g_list_model_get_n_items (before);
  guint n_after = g_list_model_get_n_items (after);
  guint n_wanted = MAX (n_before, n_after);

  if (session_id (rapport_prepare_get_next_meeting (fresh)) != self->questions_session_id ||
      rapport_prepare_get_held_sessions (fresh) != self->questions_held ||
      !G_IS_LIST_STORE (after) ||
      n_before == 0)
    return;

  /* The bank as it is now; a question missing from it was deleted. */
  if (!(bank = rapport_repository_list_questions (self->repository, mentee_id (self), NULL)))
    return;
  offered = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (bank); i++)
    {
      g_autoptr(RapportQuestion) q = g_list_model_get_item (bank, i);

      if (!rapport_question_get_hidden (q))
        g_hash_table_add (offered, g_memdup2 (&(gint64) { rapport_item_get_id (RAPPORT_ITEM (q)) },
                                              sizeof (gint64)));
    }

  for (guint i = 0; i < n_before; i++)
    {
      g_autoptr(RapportQuestion) q = g_list_model_get_item (before, i);
      gint64 id = rapport_item_get_id (RAPPORT_ITEM (q));

      if (g_hash_table_contains (offered, &id) || rapport_prepare_is_question_asked (fresh, q))
        g_ptr_array_add (items, g_steal_pointer (&q));
    }
  for (guint i = 0; i < n_after && items->len < n_wanted; i++)
    {
      g_autoptr(RapportQuestion) q = g_list_model_get_item (after, i);

      if (!has_question (items, q))
        g_ptr_array_add (items, g_steal_pointer (&q));
    }

  g_list_store_splice (G_LIST_STORE (after), 0, n_after, items->pdata, items->len);
}

static void
rebuild (RapportPrepareView *self)
{
  g_autoptr(RapportPrepare) prepare = NULL;
  g_autoptr(GError) error = NULL;
  GtkAdjustment *vadjustment;
  double scroll;
  gboolean same_mentee;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  self->stale = FALSE;

  if (self->repository == NULL || self->mentee == NULL)
    {
      g_clear_object (&self->prepare);
      return;
    }

  prepare = rapport_prepare_new (self->repository, mentee_id (self), NULL, &error);
  if (prepare == NULL)
    {
      /* The mentee went to the trash: the page moves on by itself. */
      if (!g_error_matches (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_NOT_FOUND))
        rapport_widget_show_error (GTK_WIDGET (self), _("Could not prepare the brief"), error);
      return;
    }

  same_mentee = self->prepare != NULL &&
                rapport_prepare_get_mentee (self->prepare) == rapport_prepare_get_mentee (prepare);
  if (same_mentee)
    keep_questions (self, self->prepare, prepare);

  vadjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  scroll = gtk_adjustment_get_value (vadjustment);

  g_set_object (&self->prepare, prepare);
  self->questions_session_id = session_id (rapport_prepare_get_next_meeting (prepare));
  self->questions_held = rapport_prepare_get_held_sessions (prepare);

  fill_next (self);
  fill_last (self);
  fill_promises (self);
  fill_goals (self);
  fill_wins (self);
  fill_boundaries (self);
  fill_questions (self);
  fill_ledger (self);
  fill_agenda (self, !same_mentee);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "prepare.export", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "prepare.print", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "prepare.apply-agenda",
                                 !rapport_repository_is_read_only (self->repository));

  /* A rebuild after ticking a promise keeps the mentor where they were. */
  if (same_mentee)
    gtk_adjustment_set_value (vadjustment, scroll);
  else
    gtk_adjustment_set_value (vadjustment, 0);
}

static gboolean
rebuild_idle_cb (gpointer data)
{
  RapportPrepareView *self = data;

  self->rebuild_id = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_rebuild (RapportPrepareView *self)
{
  self->stale = TRUE;
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)) || self->rebuild_id != 0)
    return;
  self->rebuild_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, rebuild_idle_cb, self, NULL);
}

static void
ensure_fresh (RapportPrepareView *self)
{
  if (self->stale || self->rebuild_id != 0)
    rebuild (self);
}

/* ------------------------------------------------------------------------ */
/* The brief as Markdown and on paper                                       */

/* Swaps the body of the "## heading" section of @md for @body. */
static char *
replace_section (const char *md,
                 const char *heading,
                 const char *body)
{
  g_autofree char *marker = g_strdup_printf ("\n## %s\n", heading);
  const char *start = strstr (md, marker);
  const char *end;
  GString *out;

  if (start == NULL)
    return NULL;
  start += strlen (marker);
  end = strstr (start, "\n## ");
  out = g_string_new_len (md, start - md);
  g_string_append (out, body);
  if (end != NULL)
    g_string_append (out, end);
  return g_string_free (out, FALSE);
}

static char *
dup_markdown (RapportPrepareView *self)
{
  g_autofree char *md = NULL;
  g_autofree char *edited = NULL;
  g_autofree char *agenda = NULL;
  char *replaced;

  if (self->prepare == NULL)
    return NULL;

  md = rapport_prepare_to_markdown (self->prepare);
  if (!self->agenda_edited)
    return g_steal_pointer (&md);

  /* The mentor's own draft replaces the computed one. */
  edited = rapport_text_view_dup_text (self->agenda_view);
  agenda = rapport_agenda_normalize (edited);
  if (agenda == NULL || *agenda == '\0')
    return g_steal_pointer (&md);
  if (!g_str_has_suffix (agenda, "\n"))
    {
      char *with_newline = g_strconcat (agenda, "\n", NULL);

      g_free (agenda);
      agenda = with_newline;
    }

  /* Translators: must be the heading the brief's Markdown uses for its agenda */
  replaced = replace_section (md, _("Agenda"), agenda);
  if (replaced != NULL)
    return replaced;
  return g_strdup_printf ("%s\n## %s\n%s", md, _("Agenda"), agenda);
}

typedef enum
{
  BLOCK_TITLE,
  BLOCK_HEADING,
  BLOCK_TEXT,
  BLOCK_ITEM,
  BLOCK_QUOTE,
} BlockKind;

typedef struct
{
  BlockKind    kind;
  char        *markup;
  PangoLayout *layout;
  double       height;
  guint        page;
} Block;

typedef struct
{
  GArray *blocks;
  guint   n_pages;
} PrintJob;

#define PRINT_FONT       "Sans 9.5"
#define PRINT_INDENT     12.0
#define PRINT_HEADING_GAP 9.0
#define PRINT_LINE_GAP   1.5

static void
block_clear (gpointer data)
{
  Block *b = data;

  g_clear_pointer (&b->markup, g_free);
  g_clear_object (&b->layout);
}

static void
print_job_free (PrintJob *job)
{
  g_array_unref (job->blocks);
  g_free (job);
}

/* Markdown's "**bold**" as Pango markup; the rest is escaped. */
static char *
inline_markup (const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_auto(GStrv) parts = g_strsplit (escaped, "**", -1);
  guint n = g_strv_length (parts);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      gboolean bold = i % 2 == 1 && i + 1 < n;

      if (i % 2 == 1 && !bold)
        g_string_append (out, "**");
      if (bold)
        g_string_append_printf (out, "<b>%s</b>", parts[i]);
      else
        g_string_append (out, parts[i]);
    }
  return g_string_free (out, FALSE);
}

static GArray *
blocks_from_markdown (const char *md)
{
  GArray *blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_auto(GStrv) lines = g_strsplit (md ? md : "", "\n", -1);

  g_array_set_clear_func (blocks, block_clear);

  for (guint i = 0; lines[i]; i++)
    {
      g_autofree char *line = g_strchomp (g_strdup (lines[i]));
      g_autofree char *inner = NULL;
      Block b = { 0, };

      if (*line == '\0')
        continue;

      if (g_str_has_prefix (line, "# "))
        {
          inner = inline_markup (line + 2);
          b.kind = BLOCK_TITLE;
          b.markup = g_strdup_printf ("<span size=\"x-large\" weight=\"bold\">%s</span>", inner);
        }
      else if (g_str_has_prefix (line, "## "))
        {
          inner = inline_markup (line + 3);
          b.kind = BLOCK_HEADING;
          b.markup = g_strdup_printf ("<span size=\"large\" weight=\"bold\">%s</span>", inner);
        }
      else if (g_str_has_prefix (line, "- [ ] ") || g_str_has_prefix (line, "- [x] "))
        {
          inner = inline_markup (line + 6);
          b.kind = BLOCK_ITEM;
          b.markup = g_strdup_printf ("%s %s", line[3] == 'x' ? "☑" : "☐", inner);
        }
      else if (g_str_has_prefix (line, "- "))
        {
          inner = inline_markup (line + 2);
          b.kind = BLOCK_ITEM;
          b.markup = g_strdup_printf ("• %s", inner);
        }
      else if (g_str_has_prefix (line, "> "))
        {
          inner = inline_markup (line + 2);
          b.kind = BLOCK_QUOTE;
          b.markup = g_strdup_printf ("<i>%s</i>", inner);
        }
      else if (g_ascii_isdigit (line[0]))
        {
          b.kind = BLOCK_ITEM;
          b.markup = inline_markup (line);
        }
      else
        {
          b.kind = BLOCK_TEXT;
          b.markup = inline_markup (line);
        }

      g_array_append_val (blocks, b);
    }

  return blocks;
}

static double
block_gap (const Block *b,
           gboolean     first_on_page)
{
  if (first_on_page)
    return 0;
  return b->kind == BLOCK_HEADING ? PRINT_HEADING_GAP : PRINT_LINE_GAP;
}

static double
block_indent (const Block *b)
{
  return b->kind == BLOCK_ITEM || b->kind == BLOCK_QUOTE ? PRINT_INDENT : 0;
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (PRINT_FONT);
  double y = 0;
  guint page = 0;

  for (guint i = 0; i < job->blocks->len; i++)
    {
      Block *b = &g_array_index (job->blocks, Block, i);
      int w, h;

      b->layout = gtk_print_context_create_pango_layout (context);
      pango_layout_set_font_description (b->layout, font);
      pango_layout_set_width (b->layout, (int)((width - block_indent (b)) * PANGO_SCALE));
      pango_layout_set_wrap (b->layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_markup (b->layout, b->markup, -1);
      pango_layout_get_size (b->layout, &w, &h);
      b->height = (double)h / PANGO_SCALE;
    }

  for (guint i = 0; i < job->blocks->len; i++)
    {
      Block *b = &g_array_index (job->blocks, Block, i);
      double need = block_gap (b, y == 0) + b->height;

      /* A heading goes to the next page with its first line. */
      if (b->kind == BLOCK_HEADING && i + 1 < job->blocks->len)
        need += PRINT_LINE_GAP + g_array_index (job->blocks, Block, i + 1).height;

      if (y > 0 && y + need > height)
        {
          page++;
          y = 0;
        }
      b->page = page;
      y += block_gap (b, y == 0) + b->height;
    }

  job->n_pages = job->blocks->len ? page + 1 : 1;
  gtk_print_operation_set_n_pages (operation, job->n_pages);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double y = 0;

  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = 0; i < job->blocks->len; i++)
    {
      Block *b = &g_array_index (job->blocks, Block, i);

      if ((int)b->page != page_nr)
        continue;
      y += block_gap (b, y == 0);
      cairo_move_to (cr, block_indent (b), y);
      pango_cairo_show_layout (cr, b->layout);
      y += b->height;
    }
}

static void
print_done_cb (RapportPrepareView      *self,
               GtkPrintOperationResult  result,
               GtkPrintOperation       *operation)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      rapport_widget_show_error (GTK_WIDGET (self), _("Could not print the brief"), error);
    }
}

/* ------------------------------------------------------------------------ */
/* Callbacks                                                                */

static void
repository_changed_cb (RapportPrepareView *self)
{
  schedule_rebuild (self);
}

static void
agenda_changed_cb (RapportPrepareView *self)
{
  if (!self->syncing)
    self->agenda_edited = TRUE;
}

static void
question_asked_toggled_cb (RapportPrepareView *self,
                           GtkCheckButton     *check)
{
  RapportQuestion *question = g_object_get_data (G_OBJECT (check), "question");
  g_autoptr(GError) error = NULL;

  if (self->syncing || self->prepare == NULL || question == NULL)
    return;

  if (!rapport_prepare_set_question_asked (self->prepare, question,
                                           gtk_check_button_get_active (check), &error))
    rapport_widget_show_error (GTK_WIDGET (self), _("Could not mark the question"), error);
}

static void
question_swap_clicked_cb (RapportPrepareView *self,
                          GtkButton          *button)
{
  guint position = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "position"));
  RapportQuestion *fresh;
  GtkWidget *row, *check;

  if (self->prepare == NULL)
    return;

  fresh = rapport_prepare_swap_question (self->prepare, position);
  if (fresh == NULL)
    {
      rapport_widget_add_toast (GTK_WIDGET (self), adw_toast_new (_("No other question suits this stage")));
      return;
    }

  /* The row stays (the button is being clicked); it takes the new question. */
  row = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_ACTION_ROW);
  check = g_object_get_data (G_OBJECT (button), "check");
  g_assert (row != NULL && check != NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), rapport_question_get_text (fresh));
  g_object_set_data_full (G_OBJECT (check), "question", g_object_ref (fresh), g_object_unref);
  self->syncing = TRUE;
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), rapport_prepare_is_question_asked (self->prepare, fresh));
  self->syncing = FALSE;
}

static void
apply_agenda_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  RapportPrepareView *self = RAPPORT_PREPARE_VIEW (widget);
  g_autoptr(RapportSessionNote) session = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *text = NULL;
  g_autofree char *when = NULL;
  g_autofree char *title = NULL;

  ensure_fresh (self);
  if (self->prepare == NULL)
    return;

  text = rapport_text_view_dup_text (self->agenda_view);
  session = rapport_prepare_apply_agenda (self->prepare, text, NULL, &error);
  if (session == NULL)
    {
      rapport_widget_show_error (GTK_WIDGET (self), _("Could not set the agenda"), error);
      return;
    }

  /* The draft is the meeting's agenda now; the next brief starts from it. */
  self->agenda_edited = FALSE;

  now = rapport_repository_dup_now (self->repository);
  when = rapport_format_meeting_time (rapport_session_note_get_starts_at (session), now);
  /* Translators: a toast; %s is when the meeting is, "Thu 14:00" */
  title = g_strdup_printf (_("Agenda set for the meeting on %s"), when);
  rapport_widget_add_toast (GTK_WIDGET (self), adw_toast_new (title));
}

static void
export_response_cb (RapportPrepareView   *self,
                    int                   response,
                    GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (self->chooser == chooser)
    g_clear_object (&self->chooser);

  if (file == NULL)
    return;

  if (!rapport_prepare_view_write_markdown (self, file, &error))
    rapport_widget_show_error (GTK_WIDGET (self), _("Could not export the brief"), error);
  else
    rapport_widget_add_toast (GTK_WIDGET (self), adw_toast_new (_("Brief exported")));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  rapport_prepare_view_export (RAPPORT_PREPARE_VIEW (widget));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  rapport_prepare_view_print (RAPPORT_PREPARE_VIEW (widget));
}

/* ------------------------------------------------------------------------ */
/* GObject                                                                  */

static void
rapport_prepare_view_map (GtkWidget *widget)
{
  RapportPrepareView *self = RAPPORT_PREPARE_VIEW (widget);

  GTK_WIDGET_CLASS (rapport_prepare_view_parent_class)->map (widget);

  if (self->stale)
    rebuild (self);
}

static void
rapport_prepare_view_dispose (GObject *object)
{
  RapportPrepareView *self = (RapportPrepareView *)object;
  GtkWidget *child;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), RAPPORT_TYPE_PREPARE_VIEW);
  /* The template's top-level child is not bound by name, so unparent it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->prepare);
  g_clear_object (&self->mentee);
  g_clear_object (&self->repository);

  G_OBJECT_CLASS (rapport_prepare_view_parent_class)->dispose (object);
}

static void
rapport_prepare_view_class_init (RapportPrepareViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rapport_prepare_view_dispose;
  widget_class->map = rapport_prepare_view_map;

  gtk_widget_class_install_action (widget_class, "prepare.apply-agenda", NULL, apply_agenda_action);
  gtk_widget_class_install_action (widget_class, "prepare.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "prepare.print", NULL, print_action);

  g_type_ensure (RAPPORT_TYPE_RATING_CHART);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/ui/rapport-prepare-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportPrepareView, scroller);
  gtk_widget_class_bind_template_child (widget_class, RapportPrepareView, next_group);
  gtk_widget_class_bind_template_child (widget_class, RapportPrepareView, next_list);
  gtk_widget_class_bind_template_child (widget_class, RapportPrepareView, last_group);
  gtk_widget_class_bind_template_child (widget_class, RapportPrepareView, last_list);
  gtk_widget_class_bind_template_child (widget_class, RapportPrepareView, mine_group);
  gtk_widget_class_bind_template_child (widget_class, RapportPrepareView, overdue_label);
  gtk_widget_class_bind_template_child (widget_class, RapportPrepareView, mine_list);
  gtk_widget_class_bind_template_child (widget_class, RapportPrepareView, theirs_group);
  gtk_widget_class_bind_template_child (widget_class, RapportPrepareView, theirs_list);
  gtk_widget_class_bind_template_child (widget_class, RapportPrepareView, goals_group);
  gtk_widget_class_bind_template_child (widget_class, RapportPrepareView, goals_list);
  gtk_widget_class_bind_template_child (widget_class, RapportPrepareView, wins_group);
  gtk_widget_class_bind_template_child (widget_class, RapportPrepareView, wins_list);
  gtk_widget_class_bind_template_child (widget_class, RapportPrepareView, boundaries_group);
  gtk_widget_class_bind_template_child (widget_class, RapportPrepareView, boundaries_list);
  gtk_widget_class_bind_template_child (widget_class, RapportPrepareView, questions_group);
  gtk_widget_class_bind_template_child (widget_class, RapportPrepareView, questions_list);
  gtk_widget_class_bind_template_child (widget_class, RapportPrepareView, ledger_group);
  gtk_widget_class_bind_template_child (widget_class, RapportPrepareView, ledger_list);
  gtk_widget_class_bind_template_child (widget_class, RapportPrepareView, agenda_group);
  gtk_widget_class_bind_template_child (widget_class, RapportPrepareView, agenda_view);
}

static void
rapport_prepare_view_init (RapportPrepareView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_set_placeholder (self->mine_list, new_placeholder (_("No promises open")));
  gtk_list_box_set_placeholder (self->theirs_list, new_placeholder (_("Nothing to ask about")));
  gtk_list_box_set_placeholder (self->goals_list, new_placeholder (_("No active goals")));
  gtk_list_box_set_placeholder (self->questions_list, new_placeholder (_("No questions left for this stage")));

  g_signal_connect_object (gtk_text_view_get_buffer (self->agenda_view), "changed",
                           G_CALLBACK (agenda_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "prepare.apply-agenda", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "prepare.export", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "prepare.print", FALSE);
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */

/**
 * rapport_prepare_view_set_mentee:
 * @self: a #RapportPrepareView
 * @repository: (nullable): the notebook
 * @mentee: (nullable): whom to prepare for
 *
 * Shows the brief for @mentee, and keeps it current as the notebook
 * changes.
 */
void
rapport_prepare_view_set_mentee (RapportPrepareView *self,
                                 RapportRepository  *repository,
                                 RapportMentee      *mentee)
{
  g_return_if_fail (RAPPORT_IS_PREPARE_VIEW (self));
  g_return_if_fail (!repository || RAPPORT_IS_REPOSITORY (repository));
  g_return_if_fail (!mentee || RAPPORT_IS_MENTEE (mentee));

  if (self->repository != repository)
    {
      if (self->repository != NULL)
        g_signal_handlers_disconnect_by_func (self->repository, repository_changed_cb, self);
      g_set_object (&self->repository, repository);
      if (repository != NULL)
        g_signal_connect_object (repository, "changed", G_CALLBACK (repository_changed_cb),
                                 self, G_CONNECT_SWAPPED);
    }

  if (self->mentee != mentee)
    {
      g_set_object (&self->mentee, mentee);
      g_clear_object (&self->prepare);
      self->agenda_edited = FALSE;
    }

  if (mentee == NULL || repository == NULL)
    {
      g_clear_object (&self->prepare);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "prepare.apply-agenda", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "prepare.export", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "prepare.print", FALSE);
      return;
    }

  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild (self);
}

/**
 * rapport_prepare_view_get_prepare:
 *
 * The brief shown, brought up to date first if the notebook changed.
 *
 * Returns: (transfer none) (nullable): the brief
 */
RapportPrepare *
rapport_prepare_view_get_prepare (RapportPrepareView *self)
{
  g_return_val_if_fail (RAPPORT_IS_PREPARE_VIEW (self), NULL);

  ensure_fresh (self);
  return self->prepare;
}

/**
 * rapport_prepare_view_dup_markdown:
 *
 * The brief as exported: rapport_prepare_to_markdown() with the questions
 * as shown (swaps included) and the agenda as edited.
 *
 * Returns: (transfer full) (nullable): the Markdown
 */
char *
rapport_prepare_view_dup_markdown (RapportPrepareView *self)
{
  g_return_val_if_fail (RAPPORT_IS_PREPARE_VIEW (self), NULL);

  ensure_fresh (self);
  return dup_markdown (self);
}

/**
 * rapport_prepare_view_write_markdown:
 * @self: a #RapportPrepareView
 * @file: where to write
 * @error: return location for an error
 *
 * Writes the brief to @file, replacing it atomically; the file is readable
 * by its owner only (0600), like every file Rapport writes.
 */
gboolean
rapport_prepare_view_write_markdown (RapportPrepareView  *self,
                                     GFile               *file,
                                     GError             **error)
{
  g_autofree char *md = NULL;

  g_return_val_if_fail (RAPPORT_IS_PREPARE_VIEW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!(md = rapport_prepare_view_dup_markdown (self)))
    {
      g_set_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_NOT_FOUND,
                   _("There is no brief to export."));
      return FALSE;
    }

  return g_file_replace_contents (file, md, strlen (md), NULL, FALSE,
                                  G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                                  NULL, NULL, error);
}

/**
 * rapport_prepare_view_new_print_operation:
 *
 * A print operation for the brief, laid out with Pango in points; most
 * briefs fit one A4 or Letter page. Run it with the print dialog, or with
 * %GTK_PRINT_OPERATION_ACTION_EXPORT to write a PDF.
 *
 * Returns: (transfer full) (nullable): the operation
 */
GtkPrintOperation *
rapport_prepare_view_new_print_operation (RapportPrepareView *self)
{
  g_autofree char *md = NULL;
  g_autofree char *job_name = NULL;
  GtkPrintOperation *operation;
  PrintJob *job;

  g_return_val_if_fail (RAPPORT_IS_PREPARE_VIEW (self), NULL);

  if (!(md = rapport_prepare_view_dup_markdown (self)))
    return NULL;

  job = g_new0 (PrintJob, 1);
  job->blocks = blocks_from_markdown (md);

  operation = gtk_print_operation_new ();
  /* Translators: the print job's name, %s is the mentee's name */
  job_name = g_strdup_printf (_("Brief for %s"), rapport_mentee_get_name (self->mentee));
  gtk_print_operation_set_job_name (operation, job_name);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_object_set_data_full (G_OBJECT (operation), "rapport-print-job", job, (GDestroyNotify) print_job_free);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);

  return operation;
}

/**
 * rapport_prepare_view_export:
 *
 * Asks where to save the brief as Markdown, then saves it.
 */
void
rapport_prepare_view_export (RapportPrepareView *self)
{
  GtkRoot *root;
  g_autofree char *name = NULL;
  g_autoptr(GtkFileFilter) filter = NULL;

  g_return_if_fail (RAPPORT_IS_PREPARE_VIEW (self));

  ensure_fresh (self);
  if (self->prepare == NULL)
    return;

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  root = gtk_widget_get_root (GTK_WIDGET (self));
  self->chooser = gtk_file_chooser_native_new (_("Export Brief"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Markdown"));
  gtk_file_filter_add_pattern (filter, "*.md");
  gtk_file_filter_add_mime_type (filter, "text/markdown");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);

  /* Translators: the suggested file name of an exported brief; %s is the mentee's name */
  name = g_strdup_printf (_("Brief for %s.md"), rapport_mentee_get_name (self->mentee));
  g_strdelimit (name, "/\\", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);

  g_signal_connect_object (self->chooser, "response", G_CALLBACK (export_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/**
 * rapport_prepare_view_print:
 *
 * Opens the print dialog for the brief (which can also save a PDF).
 */
void
rapport_prepare_view_print (RapportPrepareView *self)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  GtkRoot *root;

  g_return_if_fail (RAPPORT_IS_PREPARE_VIEW (self));

  if (!(operation = rapport_prepare_view_new_print_operation (self)))
    return;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, G_CONNECT_SWAPPED);
  gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                           GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, NULL);
}

/**
 * rapport_prepare_view_meeting_is_near:
 * @mentee: a mentee
 * @now: the current time
 *
 * Whether @mentee's next planned meeting starts within
 * %RAPPORT_PREPARE_VIEW_NEAR_HOURS hours (or started less than
 * %RAPPORT_PREPARE_VIEW_NEAR_AFTER_HOURS ago): the mentee page then opens on
 * Prepare.
 */
gboolean
rapport_prepare_view_meeting_is_near (RapportMentee *mentee,
                                      GDateTime     *now)
{
  GDateTime *next;
  GTimeSpan until;

  g_return_val_if_fail (RAPPORT_IS_MENTEE (mentee), FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  if ((next = rapport_mentee_get_next_meeting_at (mentee)) == NULL)
    return FALSE;

  until = g_date_time_difference (next, now);
  return until <= RAPPORT_PREPARE_VIEW_NEAR_HOURS * G_TIME_SPAN_HOUR &&
         until >= -RAPPORT_PREPARE_VIEW_NEAR_AFTER_HOURS * G_TIME_SPAN_HOUR;
}
