/* rapport-window.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rapport-application.h"
#include "rapport-format.h"
#include "rapport-insights-view.h"
#include "rapport-mentee-page.h"
#include "rapport-mentee-row.h"
#include "rapport-today-view.h"
#include "rapport-window-private.h"

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RapportWindow, rapport_window, ADW_TYPE_APPLICATION_WINDOW)

static GParamSpec *properties[N_PROPS];

#define MAX_SEARCH_RESULTS 50

/* ------------------------------------------------------------------------ */

static char *
fold (const char *text)
{
  g_autofree char *normalized = g_utf8_normalize (text ? text : "", -1, G_NORMALIZE_ALL);

  return g_utf8_casefold (normalized, -1);
}

static gboolean
mentee_matches (RapportMentee *mentee,
                const char    *folded_query)
{
  g_autofree char *name = fold (rapport_mentee_get_name (mentee));
  const char * const *tags = rapport_mentee_get_tags (mentee);

  if (strstr (name, folded_query) != NULL)
    return TRUE;

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      g_autofree char *tag = fold (tags[i]);

      if (strstr (tag, folded_query) != NULL)
        return TRUE;
    }

  return FALSE;
}

static gboolean
filter_mentee (gpointer item,
               gpointer user_data)
{
  RapportWindow *self = user_data;
  RapportMentee *mentee = item;

  if (rapport_mentee_get_status (mentee) == RAPPORT_MENTEE_STATUS_ARCHIVED &&
      !self->show_archived &&
      self->search_text == NULL)
    return FALSE;

  return self->search_text == NULL || mentee_matches (mentee, self->search_text);
}

/* How much a mentee needs the mentor now: overdue promises first, then a
 * check-in past the maximum gap, then one past the ideal interval. */
static int
attention_score (RapportMentee *mentee)
{
  int score = rapport_mentee_get_overdue_promises (mentee) * 100;

  switch (rapport_mentee_get_rhythm_state (mentee))
    {
    case RAPPORT_RHYTHM_STATE_OVERDUE:
      score += 50;
      break;

    case RAPPORT_RHYTHM_STATE_DUE:
      score += 25;
      break;

    case RAPPORT_RHYTHM_STATE_NONE:
    case RAPPORT_RHYTHM_STATE_OK:
    default:
      break;
    }

  if (rapport_mentee_get_status (mentee) != RAPPORT_MENTEE_STATUS_ACTIVE)
    score -= 1000;

  return score;
}

static int
compare_next_meeting (RapportMentee *a,
                      RapportMentee *b)
{
  GDateTime *na = rapport_mentee_get_next_meeting_at (a);
  GDateTime *nb = rapport_mentee_get_next_meeting_at (b);

  if (na && nb)
    return g_date_time_compare (na, nb);

  return (na == NULL) - (nb == NULL);
}

enum {
  SORT_BY_ATTENTION,
  SORT_BY_NAME,
  SORT_BY_LAST_MET,
};

static void
read_list_settings (RapportWindow *self)
{
  g_autofree char *sort = g_settings_get_string (self->settings, "mentee-sort");

  self->show_archived = g_settings_get_boolean (self->settings, "show-archived");
  if (g_str_equal (sort, "last-met"))
    self->sort_by = SORT_BY_LAST_MET;
  else if (g_str_equal (sort, "name"))
    self->sort_by = SORT_BY_NAME;
  else
    self->sort_by = SORT_BY_ATTENTION;
}

typedef struct
{
  char *name;
  char *key;
} CollateKey;

static void
collate_key_free (gpointer data)
{
  CollateKey *ck = data;

  g_free (ck->name);
  g_free (ck->key);
  g_free (ck);
}

/* Sorting a thousand mentees by name compares them ten thousand times:
 * each keeps its collation key, made again only when the name changes. */
static const char *
mentee_collate_key (RapportMentee *mentee)
{
  static GQuark quark;
  const char *name = rapport_mentee_get_name (mentee);
  CollateKey *ck;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("rapport-window-collate-key");

  if (name == NULL)
    name = "";

  ck = g_object_get_qdata (G_OBJECT (mentee), quark);
  if (ck == NULL || !g_str_equal (ck->name, name))
    {
      ck = g_new0 (CollateKey, 1);
      ck->name = g_strdup (name);
      ck->key = g_utf8_collate_key (name, -1);
      g_object_set_qdata_full (G_OBJECT (mentee), quark, ck, collate_key_free);
    }

  return ck->key;
}

static int
sort_mentees (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  RapportWindow *self = user_data;
  RapportMentee *ma = (RapportMentee *)a;
  RapportMentee *mb = (RapportMentee *)b;
  int result = 0;

  if (self->sort_by == SORT_BY_LAST_MET)
    {
      GDateTime *la = rapport_mentee_get_last_held_at (ma);
      GDateTime *lb = rapport_mentee_get_last_held_at (mb);

      /* Most recently met first; never met last. */
      if (la && lb)
        result = g_date_time_compare (lb, la);
      else
        result = (la == NULL) - (lb == NULL);
    }
  else if (self->sort_by == SORT_BY_ATTENTION)
    {
      result = attention_score (mb) - attention_score (ma);
      if (result == 0)
        result = compare_next_meeting (ma, mb);
    }

  if (result == 0)
    result = strcmp (mentee_collate_key (ma), mentee_collate_key (mb));

  return result;
}

static void
update_today_row (RapportWindow *self)
{
  guint n = g_list_model_get_n_items (self->agenda);
  guint overdue = 0, due_today = 0, meetings = 0, other = 0;
  g_autoptr(GString) status = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RapportAgendaItem) item = g_list_model_get_item (self->agenda, i);

      switch (rapport_agenda_item_get_kind (item))
        {
        case RAPPORT_AGENDA_KIND_MY_PROMISE_OVERDUE:
          overdue++;
          break;

        case RAPPORT_AGENDA_KIND_MY_PROMISE_DUE_TODAY:
          due_today++;
          break;

        case RAPPORT_AGENDA_KIND_MEETING_TODAY:
        case RAPPORT_AGENDA_KIND_MEETING_THIS_WEEK:
          meetings++;
          break;

        case RAPPORT_AGENDA_KIND_CHECK_IN_OVERDUE:
        case RAPPORT_AGENDA_KIND_CHECK_IN_DUE:
        case RAPPORT_AGENDA_KIND_ASK_MENTEE:
        default:
          other++;
          break;
        }
    }

  if (overdue > 0)
    {
      /* Translators: promises of mine overdue, shown under "Today" */
      g_autofree char *text = g_strdup_printf (ngettext ("%u overdue", "%u overdue", overdue), overdue);

      g_string_append (status, text);
    }
  if (due_today > 0)
    {
      /* Translators: promises of mine due today, shown under "Today" */
      g_autofree char *text = g_strdup_printf (ngettext ("%u due today", "%u due today", due_today),
                                               due_today);

      g_string_append_printf (status, "%s%s", status->len ? " · " : "", text);
    }
  if (meetings > 0)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("%u meeting", "%u meetings", meetings), meetings);

      g_string_append_printf (status, "%s%s", status->len ? " · " : "", text);
    }
  if (status->len == 0)
    g_string_assign (status, other > 0 ? _("check-ins and asks") : _("nothing due"));

  gtk_label_set_label (self->today_status_label, status->str);

  {
    g_autofree char *badge = g_strdup_printf ("%u", overdue);

    gtk_label_set_label (self->today_badge, badge);
    gtk_widget_set_visible (GTK_WIDGET (self->today_badge), overdue > 0);
  }
}

static void
update_sidebar (RapportWindow *self)
{
  gboolean empty = g_list_model_get_n_items (self->mentees) == 0;
  const char *page;

  if (self->search_text != NULL)
    page = "search";
  else if (empty)
    page = "empty";
  else
    page = "list";

  gtk_stack_set_visible_child_name (self->sidebar_stack, page);

  if (empty && g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "today") == 0)
    gtk_stack_set_visible_child_name (self->content_stack, "welcome");
}

static GtkWidget *
create_search_mentee_row (RapportMentee *mentee)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *child = g_object_new (RAPPORT_TYPE_MENTEE_ROW, "item", mentee, NULL);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), child);
  g_object_set_data_full (G_OBJECT (row), "mentee", g_object_ref (mentee), g_object_unref);

  return row;
}

static GtkWidget *
new_result_label (const char *text,
                  const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, css_class);
  return label;
}

/* A result says whose it is (the mentee's name), what it is ("Meeting ·
 * 3 Dec 14:00", "Promise · …", "Goal · …", "Profile") and where the words
 * are (the excerpt). */
static GtkWidget *
create_search_result_row (RapportSearchResult *result,
                          GDateTime           *now)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *snippet = gtk_label_new (NULL);
  g_autofree char *name = rapport_format_user_text (rapport_search_result_get_mentee_name (result));
  g_autofree char *description = rapport_search_result_dup_description (result, now);
  g_autofree char *label = g_strdup_printf ("%s, %s", name, description);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);

  gtk_label_set_markup (GTK_LABEL (snippet), rapport_search_result_get_snippet_markup (result));
  gtk_label_set_xalign (GTK_LABEL (snippet), 0);
  gtk_label_set_wrap (GTK_LABEL (snippet), TRUE);
  gtk_label_set_lines (GTK_LABEL (snippet), 3);
  gtk_label_set_ellipsize (GTK_LABEL (snippet), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (snippet, "caption");

  gtk_box_append (GTK_BOX (box), new_result_label (name, "heading"));
  gtk_box_append (GTK_BOX (box), new_result_label (description, "dim-label"));
  gtk_box_append (GTK_BOX (box), snippet);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data_full (G_OBJECT (row), "result", g_object_ref (result), g_object_unref);

  return row;
}

static void
clear_list_box (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))))
    gtk_list_box_remove (list, child);
}

/* A GtkListView keeps up to two hundred rows, each measured before the
 * first frame: the list starts with the mentees that fill a screen and
 * grows to all of them once the window has been drawn, or as soon as one
 * further down is looked for. */
#define FIRST_FRAME_MENTEES 40

static void
expand_mentee_list (RapportWindow *self)
{
  g_clear_handle_id (&self->expand_source, g_source_remove);
  if (gtk_slice_list_model_get_size (self->first_mentees) != G_MAXUINT)
    gtk_slice_list_model_set_size (self->first_mentees, G_MAXUINT);
}

static gboolean
expand_mentee_list_cb (gpointer user_data)
{
  RapportWindow *self = user_data;

  self->expand_source = 0;
  expand_mentee_list (self);

  return G_SOURCE_REMOVE;
}

static void
first_paint_cb (GdkFrameClock *frame_clock,
                RapportWindow *self)
{
  g_signal_handlers_disconnect_by_func (frame_clock, first_paint_cb, self);

  if (self->expand_source == 0 &&
      gtk_slice_list_model_get_size (self->first_mentees) != G_MAXUINT)
    self->expand_source = g_idle_add (expand_mentee_list_cb, self);
}

static void
map_cb (RapportWindow *self)
{
  if (gtk_slice_list_model_get_size (self->first_mentees) != G_MAXUINT)
    g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint",
                             G_CALLBACK (first_paint_cb), self, 0);
}

static void
update_search_results (RapportWindow *self)
{
  g_autoptr(GListModel) results = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GHashTable) listed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GListModel *matches = G_LIST_MODEL (self->selection);
  guint n_mentees = 0, n_results = 0;

  expand_mentee_list (self);
  clear_list_box (self->search_mentees_list);
  clear_list_box (self->search_results_list);

  if (self->search_text == NULL)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (matches); i++)
    {
      g_autoptr(RapportMentee) mentee = g_list_model_get_item (matches, i);
      gint64 *id = g_new (gint64, 1);

      *id = rapport_item_get_id (RAPPORT_ITEM (mentee));
      g_hash_table_add (listed, id);
      gtk_list_box_append (self->search_mentees_list, create_search_mentee_row (mentee));
      n_mentees++;
    }

  results = rapport_repository_search (rapport_context_get_repository (self->context),
                                       gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
                                       MAX_SEARCH_RESULTS, &error);
  if (error != NULL)
    rapport_window_add_toast (self, adw_toast_new (error->message));

  now = rapport_repository_dup_now (rapport_context_get_repository (self->context));
  for (guint i = 0; results && i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(RapportSearchResult) result = g_list_model_get_item (results, i);

      /* A profile whose mentee is listed above (by name or tag) would only
       * repeat them; one found by another field is a result of its own. */
      if (rapport_search_result_get_kind (result) == RAPPORT_SEARCH_KIND_MENTEE &&
          g_hash_table_contains (listed, &(gint64) { rapport_search_result_get_mentee_id (result) }))
        continue;

      gtk_list_box_append (self->search_results_list, create_search_result_row (result, now));
      n_results++;
    }

  gtk_widget_set_visible (self->search_mentees_heading, n_mentees > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->search_mentees_list), n_mentees > 0);
  gtk_widget_set_visible (self->search_results_heading, n_results > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->search_results_list), n_results > 0);
  gtk_widget_set_visible (self->search_empty_page, n_mentees + n_results == 0);
}

static void
select_mentee_row (RapportWindow *self,
                   gint64         mentee_id)
{
  GListModel *model = G_LIST_MODEL (self->selection);
  RapportMentee *selected = gtk_single_selection_get_selected_item (self->selection);

  if (selected != NULL && rapport_item_get_id (RAPPORT_ITEM (selected)) == mentee_id)
    return;

  if (mentee_id > 0)
    {
      expand_mentee_list (self);
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(RapportMentee) mentee = g_list_model_get_item (model, i);

          if (rapport_item_get_id (RAPPORT_ITEM (mentee)) == mentee_id)
            {
              gtk_single_selection_set_selected (self->selection, i);
              return;
            }
        }
    }

  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

static gint64
shown_mentee_id (RapportWindow *self)
{
  RapportMentee *mentee;

  if (self->mentee_page == NULL ||
      g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "mentee") != 0)
    return 0;

  mentee = rapport_mentee_page_get_mentee (RAPPORT_MENTEE_PAGE (self->mentee_page));
  return mentee != NULL ? rapport_item_get_id (RAPPORT_ITEM (mentee)) : 0;
}

/**
 * _rapport_window_sync_sidebar_selection:
 * @self: a #RapportWindow
 *
 * The one rule for the sidebar's highlight: it marks what the content pane
 * shows. Today or Insights for those pages; the mentee's row for a mentee,
 * or no row at all when that mentee is not in the list (archived with
 * archived mentees hidden, or in the trash); nothing for any other page.
 * Call it after anything that changes the content pane or the list.
 */
void
_rapport_window_sync_sidebar_selection (RapportWindow *self)
{
  GtkListBoxRow *row = NULL;
  const char *page;

  g_assert (RAPPORT_IS_WINDOW (self));

  if (self->selection == NULL || self->content_stack == NULL || self->syncing_sidebar > 0)
    return;

  page = gtk_stack_get_visible_child_name (self->content_stack);

  if (g_strcmp0 (page, "today") == 0)
    row = self->today_row;
  else if (g_strcmp0 (page, "insights") == 0)
    row = self->insights_row;

  self->syncing_sidebar++;
  if (row != NULL)
    gtk_list_box_select_row (self->today_list, row);
  else
    gtk_list_box_unselect_all (self->today_list);
  select_mentee_row (self, shown_mentee_id (self));
  self->syncing_sidebar--;
}

/* ------------------------------------------------------------------------ */

static void
mentees_items_changed_cb (RapportWindow *self)
{
  /* The repository updates its items in place, so a changed summary does not
   * move a row by itself: sort again. */
  gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
  update_sidebar (self);

  if (self->search_text != NULL)
    update_search_results (self);
  _rapport_window_sync_sidebar_selection (self);
}

/* A mentee archived (or brought back) changes status in place, which the
 * list's filter does not see by itself: filter again after every write,
 * so an archived mentee leaves the list at once. Only rows whose match
 * changed are touched. */
static void
repository_changed_cb (RapportWindow *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  _rapport_window_sync_sidebar_selection (self);
}

static void
selection_changed_cb (RapportWindow *self)
{
  RapportMentee *mentee;

  if (self->syncing_sidebar > 0)
    return;

  /* The mentor selected a row (a click, the arrow keys): show it. A row
   * that moved, or vanished from the list, is put right instead. */
  mentee = gtk_single_selection_get_selected_item (self->selection);
  if (mentee != NULL && rapport_item_get_id (RAPPORT_ITEM (mentee)) != shown_mentee_id (self))
    _rapport_window_show_mentee (self, rapport_item_get_id (RAPPORT_ITEM (mentee)), NULL, 0);
  else
    _rapport_window_sync_sidebar_selection (self);
}

static void
today_row_selected_cb (RapportWindow *self,
                       GtkListBoxRow *row)
{
  if (self->syncing_sidebar > 0)
    return;

  if (row == self->today_row)
    _rapport_window_show_today (self);
  else if (row == self->insights_row)
    _rapport_window_show_insights (self);
  else
    _rapport_window_sync_sidebar_selection (self);
}

static void
agenda_items_changed_cb (RapportWindow *self)
{
  update_today_row (self);
}

static void
settings_changed_cb (RapportWindow *self,
                     const char    *key)
{
  read_list_settings (self);

  if (g_str_equal (key, "show-archived"))
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  else if (g_str_equal (key, "mentee-sort"))
    gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
}

static void
search_changed_cb (RapportWindow  *self,
                   GtkSearchEntry *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  g_clear_pointer (&self->search_text, g_free);
  if (*stripped != '\0')
    self->search_text = fold (stripped);

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_sidebar (self);
  update_search_results (self);
}

static void
search_activate_cb (RapportWindow *self)
{
  GtkListBoxRow *row;

  if ((row = gtk_list_box_get_row_at_index (self->search_mentees_list, 0)))
    g_signal_emit_by_name (self->search_mentees_list, "row-activated", row);
  else if ((row = gtk_list_box_get_row_at_index (self->search_results_list, 0)))
    g_signal_emit_by_name (self->search_results_list, "row-activated", row);
}

static void
search_mode_changed_cb (RapportWindow *self)
{
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
search_mentee_activated_cb (RapportWindow *self,
                            GtkListBoxRow *row)
{
  RapportMentee *mentee = g_object_get_data (G_OBJECT (row), "mentee");

  _rapport_window_show_mentee (self, rapport_item_get_id (RAPPORT_ITEM (mentee)), NULL, 0);
}

static void
search_result_activated_cb (RapportWindow *self,
                            GtkListBoxRow *row)
{
  RapportSearchResult *result = g_object_get_data (G_OBJECT (row), "result");

  switch (rapport_search_result_get_kind (result))
    {
    case RAPPORT_SEARCH_KIND_SESSION:
      _rapport_window_show_mentee (self, rapport_search_result_get_mentee_id (result), "sessions",
                                   rapport_search_result_get_item_id (result));
      break;

    case RAPPORT_SEARCH_KIND_COMMITMENT:
      _rapport_window_show_mentee (self, rapport_search_result_get_mentee_id (result), "promises", 0);
      break;

    case RAPPORT_SEARCH_KIND_GOAL:
      _rapport_window_show_mentee (self, rapport_search_result_get_mentee_id (result), "goals", 0);
      break;

    case RAPPORT_SEARCH_KIND_MENTEE:
    default:
      _rapport_window_show_mentee (self, rapport_search_result_get_mentee_id (result), "profile", 0);
      break;
    }
}

static void
today_row_activated_cb (RapportWindow *self,
                        GtkListBoxRow *row)
{
  if (row == self->insights_row)
    _rapport_window_show_insights (self);
  else
    _rapport_window_show_today (self);
}

static void
mentee_list_activate_cb (RapportWindow *self,
                         guint          position)
{
  g_autoptr(RapportMentee) mentee = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (mentee != NULL)
    _rapport_window_show_mentee (self, rapport_item_get_id (RAPPORT_ITEM (mentee)), NULL, 0);
}

/* The integrity check runs off the main thread once the window is up, so a
 * large notebook does not delay the first frame. A damaged notebook is
 * reported; the file is not written to. */
static void
check_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(RapportWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!rapport_repository_check_finish (RAPPORT_REPOSITORY (object), result, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Your notebook needs attention: %s"), error->message);
      AdwToast *toast = adw_toast_new (message);

      adw_toast_set_timeout (toast, 0);
      rapport_window_add_toast (self, toast);
    }
}

/* The daily backup is the context's (taken after the day's first change);
 * when it cannot be written, the mentor hears of it here. */
static void
backup_failed_cb (RapportWindow *self,
                  const char    *message)
{
  g_autofree char *title = NULL;
  AdwToast *toast;

  /* Translators: a toast; %s says why, e.g. "No space left on device" */
  title = g_strdup_printf (_("Today’s backup could not be made: %s. Rapport tries again with your next change."),
                           message);
  toast = adw_toast_new (title);
  adw_toast_set_timeout (toast, 0);
  rapport_window_add_toast (self, toast);
}

/* ------------------------------------------------------------------------ */

static void
rapport_window_constructed (GObject *object)
{
  RapportWindow *self = (RapportWindow *)object;
  RapportRepository *repository;
  g_autoptr(GSimpleActionGroup) list_actions = g_simple_action_group_new ();
  g_autoptr(GAction) sort_action = NULL;
  g_autoptr(GAction) archived_action = NULL;
  GtkSortListModel *sort_model;

  G_OBJECT_CLASS (rapport_window_parent_class)->constructed (object);

  g_assert (RAPPORT_IS_CONTEXT (self->context));

  self->settings = g_object_ref (rapport_context_get_settings (self->context));
  repository = rapport_context_get_repository (self->context);

  /* The window comes back at the size and state the mentor left it in. */
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);

  sort_action = g_settings_create_action (self->settings, "mentee-sort");
  archived_action = g_settings_create_action (self->settings, "show-archived");
  g_action_map_add_action (G_ACTION_MAP (list_actions), sort_action);
  g_action_map_add_action (G_ACTION_MAP (list_actions), archived_action);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "list", G_ACTION_GROUP (list_actions));
  g_signal_connect_object (self->settings, "changed", G_CALLBACK (settings_changed_cb),
                           self, G_CONNECT_SWAPPED);
  read_list_settings (self);

  /* The mentee list: the repository's live list, filtered (archived, search)
   * and sorted (attention, name, last met) on the way to the view. */
  self->mentees = rapport_repository_get_mentees (repository);
  self->filter = gtk_custom_filter_new (filter_mentee, self, NULL);
  self->sorter = gtk_custom_sorter_new (sort_mentees, self, NULL);
  self->filter_model = gtk_filter_list_model_new (g_object_ref (self->mentees),
                                                  GTK_FILTER (g_object_ref (self->filter)));
  sort_model = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->filter_model)),
                                        GTK_SORTER (g_object_ref (self->sorter)));
  self->first_mentees = gtk_slice_list_model_new (G_LIST_MODEL (sort_model), 0, FIRST_FRAME_MENTEES);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->first_mentees)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  gtk_list_view_set_model (self->mentee_list, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->mentees, "items-changed", G_CALLBACK (mentees_items_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "items-changed", G_CALLBACK (_rapport_window_sync_sidebar_selection),
                           self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (selection_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (repository, "changed", G_CALLBACK (repository_changed_cb),
                           self, G_CONNECT_SWAPPED);

  self->agenda = rapport_repository_get_agenda (repository);
  g_signal_connect_object (self->agenda, "items-changed", G_CALLBACK (agenda_items_changed_cb),
                           self, G_CONNECT_SWAPPED);

  rapport_today_view_set_context (self->today_view, self->context);
  rapport_insights_view_set_context (self->insights_view, self->context);

  update_today_row (self);
  update_sidebar (self);

  /* Open on Today once there is anyone to mentor; the welcome page is for a
   * new notebook. */
  if (g_list_model_get_n_items (self->mentees) > 0)
    gtk_stack_set_visible_child_name (self->content_stack, "today");
  _rapport_window_sync_sidebar_selection (self);
  g_signal_connect_object (self->today_list, "row-selected", G_CALLBACK (today_row_selected_cb),
                           self, G_CONNECT_SWAPPED);

  g_signal_connect (self, "map", G_CALLBACK (map_cb), NULL);

  _rapport_window_actions_update (self);
  g_signal_connect_object (self->content_stack, "notify::visible-child-name",
                           G_CALLBACK (_rapport_window_actions_update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->content_stack, "notify::visible-child-name",
                           G_CALLBACK (_rapport_window_sync_sidebar_selection), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (self->context, "backup-failed", G_CALLBACK (backup_failed_cb),
                           self, G_CONNECT_SWAPPED);

  rapport_repository_check_async (repository, NULL, check_cb, g_object_ref (self));
}

static void
rapport_window_dispose (GObject *object)
{
  RapportWindow *self = (RapportWindow *)object;

  /* An export or import still running has nobody left to tell. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  /* Rows going away unselect themselves: that is not the mentor choosing. */
  self->syncing_sidebar++;

  gtk_widget_dispose_template (GTK_WIDGET (self), RAPPORT_TYPE_WINDOW);

  g_clear_handle_id (&self->expand_source, g_source_remove);
  g_clear_object (&self->selection);
  g_clear_object (&self->first_mentees);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->sorter);
  g_clear_object (&self->settings);
  g_clear_object (&self->context);
  self->mentees = NULL;
  self->agenda = NULL;
  self->mentee_page = NULL;

  G_OBJECT_CLASS (rapport_window_parent_class)->dispose (object);
}

static void
rapport_window_finalize (GObject *object)
{
  RapportWindow *self = (RapportWindow *)object;

  g_clear_pointer (&self->search_text, g_free);

  G_OBJECT_CLASS (rapport_window_parent_class)->finalize (object);
}

static void
rapport_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RapportWindow *self = RAPPORT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_window_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  RapportWindow *self = RAPPORT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_window_class_init (RapportWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = rapport_window_constructed;
  object_class->dispose = rapport_window_dispose;
  object_class->finalize = rapport_window_finalize;
  object_class->get_property = rapport_window_get_property;
  object_class->set_property = rapport_window_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         RAPPORT_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RAPPORT_TYPE_MENTEE_ROW);
  g_type_ensure (RAPPORT_TYPE_TODAY_VIEW);
  g_type_ensure (RAPPORT_TYPE_INSIGHTS_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/rapport-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, sidebar_empty_page);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, content);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, today_list);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, today_row);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, insights_row);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, today_status_label);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, today_badge);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, mentee_list);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, search_mentees_heading);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, search_mentees_list);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, search_results_heading);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, search_results_list);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, search_empty_page);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, today_view);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, insights_view);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_mentee_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_result_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, today_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, mentee_list_activate_cb);

  _rapport_window_class_actions_init (klass);
}

static void
rapport_window_init (RapportWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (search_mode_changed_cb), self, G_CONNECT_SWAPPED);

#if DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif
}

/* ------------------------------------------------------------------------ */

/* The mentee page, with all its tabs, is built the first time a mentee is
 * opened: the window first shows Today, and building (and measuring, in the
 * homogeneous content stack) a page nobody looks at was a third of the time
 * to the first frame. */
static RapportMenteePage *
ensure_mentee_page (RapportWindow *self)
{
  if (self->mentee_page == NULL)
    {
      self->mentee_page = GTK_WIDGET (rapport_mentee_page_new (self->context));
      gtk_stack_add_named (self->content_stack, self->mentee_page, "mentee");
      g_object_bind_property (self->leaflet, "folded", self->mentee_page, "folded",
                              G_BINDING_SYNC_CREATE);
      g_signal_connect_object (self->mentee_page, "notify::mentee",
                               G_CALLBACK (_rapport_window_sync_sidebar_selection), self, G_CONNECT_SWAPPED);
    }

  return RAPPORT_MENTEE_PAGE (self->mentee_page);
}

/* Where the content pane goes: "today", "insights" or "mentee" (with the
 * mentee, and optionally a tab and a meeting). */
typedef struct
{
  RapportWindow *window;
  char          *page;
  gint64         mentee_id;
  char          *tab;
  gint64         session_id;
} Destination;

static void
destination_free (Destination *dest)
{
  dest->window->asking_to_leave = FALSE;
  g_object_unref (dest->window);
  g_free (dest->page);
  g_free (dest->tab);
  g_free (dest);
}

static void
go (RapportWindow *self,
    const char    *page,
    gint64         mentee_id,
    const char    *tab,
    gint64         session_id)
{
  if (g_str_equal (page, "mentee"))
    {
      RapportMenteePage *mentee_page;
      RapportMentee *mentee;

      mentee = rapport_repository_find_mentee (rapport_context_get_repository (self->context), mentee_id);
      if (mentee == NULL)
        {
          _rapport_window_sync_sidebar_selection (self);
          return;
        }

      mentee_page = ensure_mentee_page (self);
      rapport_mentee_page_set_mentee (mentee_page, mentee);
      if (tab != NULL)
        rapport_mentee_page_show_tab (mentee_page, tab);
      if (session_id > 0)
        rapport_mentee_page_show_session (mentee_page, session_id);
    }

  gtk_stack_set_visible_child_name (self->content_stack, page);
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->content_stack));
  _rapport_window_sync_sidebar_selection (self);
}

static void
leave_cb (gpointer data)
{
  Destination *dest = data;

  go (dest->window, dest->page, dest->mentee_id, dest->tab, dest->session_id);
}

/* Every change of the content pane the mentor asks for comes here: leaving
 * a mentee whose profile holds changes that cannot be saved asks first, and
 * the highlight stays where the content is until the answer. */
static void
navigate (RapportWindow *self,
          const char    *page,
          gint64         mentee_id,
          const char    *tab,
          gint64         session_id)
{
  gint64 shown = shown_mentee_id (self);

  if (self->asking_to_leave)
    return;

  if (shown > 0 && (!g_str_equal (page, "mentee") || mentee_id != shown))
    {
      Destination *dest = g_new0 (Destination, 1);

      dest->window = g_object_ref (self);
      dest->page = g_strdup (page);
      dest->mentee_id = mentee_id;
      dest->tab = g_strdup (tab);
      dest->session_id = session_id;
      self->asking_to_leave = TRUE;

      if (!rapport_mentee_page_ask_to_leave (RAPPORT_MENTEE_PAGE (self->mentee_page),
                                             leave_cb, dest, (GDestroyNotify) destination_free))
        {
          _rapport_window_sync_sidebar_selection (self);
          return;
        }
    }

  go (self, page, mentee_id, tab, session_id);
}

void
_rapport_window_show_today (RapportWindow *self)
{
  g_assert (RAPPORT_IS_WINDOW (self));

  navigate (self, "today", 0, NULL, 0);
}

void
_rapport_window_show_insights (RapportWindow *self)
{
  g_assert (RAPPORT_IS_WINDOW (self));

  navigate (self, "insights", 0, NULL, 0);
}

void
_rapport_window_show_insights_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *param)
{
  _rapport_window_show_insights (RAPPORT_WINDOW (widget));
}

void
_rapport_window_show_mentee (RapportWindow *self,
                             gint64         mentee_id,
                             const char    *tab,
                             gint64         session_id)
{
  g_assert (RAPPORT_IS_WINDOW (self));

  navigate (self, "mentee", mentee_id, tab, session_id);
}

/* ------------------------------------------------------------------------ */

RapportWindow *
rapport_window_new (RapportApplication *application)
{
  g_return_val_if_fail (RAPPORT_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (rapport_application_get_context (application) != NULL, NULL);

  return g_object_new (RAPPORT_TYPE_WINDOW,
                       "application", application,
                       "context", rapport_application_get_context (application),
                       NULL);
}

/**
 * rapport_window_get_context:
 * @self: a #RapportWindow
 *
 * Returns: (transfer none): the context the window shows
 */
RapportContext *
rapport_window_get_context (RapportWindow *self)
{
  g_return_val_if_fail (RAPPORT_IS_WINDOW (self), NULL);

  return self->context;
}

/**
 * rapport_window_add_toast:
 * @self: a #RapportWindow
 * @toast: (transfer full): the toast to show
 */
void
rapport_window_add_toast (RapportWindow *self,
                          AdwToast      *toast)
{
  g_return_if_fail (RAPPORT_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
