/* rapport-sessions-view.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-sessions-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rapport-format.h"
#include "rapport-sessions-view.h"

/* The Sessions tab: a mentee's meetings, newest first (the repository's
 * order), each with its date, status, rating and the first line of the
 * notes. Activating a row emits #RapportSessionsView::session-activated. */

struct _RapportSessionsView
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkStack          *stack;
  GtkListBox        *list;

  /* Owned references */
  RapportRepository *repository;
  GListModel        *sessions;
};

enum {
  SESSION_ACTIVATED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (RapportSessionsView, rapport_sessions_view, GTK_TYPE_WIDGET)

static guint signals[N_SIGNALS];

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */

static char *
first_line (const char *text)
{
  const char *p;

  if (text == NULL)
    return NULL;
  while (*text == '\n' || *text == ' ' || *text == '\t')
    text++;
  if (*text == '\0')
    return NULL;
  p = strchr (text, '\n');
  return p ? g_strndup (text, p - text) : g_strdup (text);
}

static void
sync_row (AdwActionRow       *row,
          RapportSessionNote *session)
{
  RapportSessionsView *self = g_object_get_data (G_OBJECT (row), "view");
  GtkLabel *status_label = g_object_get_data (G_OBJECT (row), "status-label");
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *when = NULL;
  g_autofree char *line = NULL;
  g_autofree char *status = NULL;
  int rating;

  if (self == NULL)
    return;

  now = self->repository ? rapport_repository_dup_now (self->repository) : g_date_time_new_now_local ();
  when = rapport_format_meeting_time (rapport_session_note_get_starts_at (session), now);
  line = first_line (rapport_session_note_get_notes (session));
  if (line == NULL)
    line = first_line (rapport_session_note_get_agenda (session));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), when ? when : _("Meeting"));
  adw_action_row_set_subtitle (row, line ? line : _("No notes yet"));

  rating = rapport_session_note_get_rating (session);
  if (rating >= 1 && rating <= 5)
    /* Translators: a meeting's status and its rating out of five */
    status = g_strdup_printf (_("%s · %d/5"),
                              rapport_session_status_label (rapport_session_note_get_status (session)),
                              rating);
  else
    status = g_strdup (rapport_session_status_label (rapport_session_note_get_status (session)));
  gtk_label_set_label (status_label, status);
}

static void
session_notify_cb (AdwActionRow *row,
                   GParamSpec   *pspec,
                   RapportSessionNote *session)
{
  sync_row (row, session);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  RapportSessionsView *self = user_data;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "caption");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);

  g_object_set_data_full (G_OBJECT (row), "session", g_object_ref (item), g_object_unref);
  g_object_set_data (G_OBJECT (row), "status-label", label);
  g_object_set_data (G_OBJECT (row), "view", self);
  g_signal_connect_object (item, "notify", G_CALLBACK (session_notify_cb), row, G_CONNECT_SWAPPED);
  sync_row (ADW_ACTION_ROW (row), item);

  return row;
}

static void
update_stack (RapportSessionsView *self)
{
  gboolean empty = self->sessions == NULL || g_list_model_get_n_items (self->sessions) == 0;

  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "list");
}

/* ------------------------------------------------------------------------ */
/* Callbacks                                                                */

static void
row_activated_cb (RapportSessionsView *self,
                  GtkListBoxRow       *row)
{
  RapportSessionNote *session = g_object_get_data (G_OBJECT (row), "session");

  if (session != NULL)
    g_signal_emit (self, signals[SESSION_ACTIVATED], 0, session);
}

static void
items_changed_cb (RapportSessionsView *self)
{
  update_stack (self);
}

/* ------------------------------------------------------------------------ */
/* GObject                                                                  */

static void
rapport_sessions_view_dispose (GObject *object)
{
  RapportSessionsView *self = (RapportSessionsView *)object;
  GtkWidget *child;

  if (self->list != NULL)
    gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RAPPORT_TYPE_SESSIONS_VIEW);
  /* The template's top-level child is not bound, so unparent it here. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->sessions);
  g_clear_object (&self->repository);

  G_OBJECT_CLASS (rapport_sessions_view_parent_class)->dispose (object);
}

static void
rapport_sessions_view_class_init (RapportSessionsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rapport_sessions_view_dispose;

  /**
   * RapportSessionsView::session-activated:
   * @session: the #RapportSessionNote the mentor opened
   */
  signals[SESSION_ACTIVATED] =
    g_signal_new ("session-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, RAPPORT_TYPE_SESSION_NOTE);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/ui/rapport-sessions-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportSessionsView, stack);
  gtk_widget_class_bind_template_child (widget_class, RapportSessionsView, list);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
rapport_sessions_view_init (RapportSessionsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_stack (self);
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */

const char *
rapport_session_status_label (RapportSessionStatus status)
{
  switch (status)
    {
    case RAPPORT_SESSION_STATUS_PLANNED:
      return _("Planned");
    case RAPPORT_SESSION_STATUS_HELD:
      return _("Held");
    case RAPPORT_SESSION_STATUS_CANCELLED_BY_ME:
      return _("Cancelled by me");
    case RAPPORT_SESSION_STATUS_CANCELLED_BY_THEM:
      return _("Cancelled by them");
    case RAPPORT_SESSION_STATUS_NO_SHOW:
      return _("No-show");
    default:
      return "";
    }
}

void
rapport_sessions_view_set_mentee (RapportSessionsView *self,
                                  RapportRepository   *repository,
                                  RapportMentee       *mentee)
{
  g_return_if_fail (RAPPORT_IS_SESSIONS_VIEW (self));

  gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->sessions);
  g_set_object (&self->repository, repository);

  if (repository != NULL && mentee != NULL)
    {
      self->sessions = rapport_repository_list_sessions (repository,
                                                         rapport_item_get_id (RAPPORT_ITEM (mentee)));
      g_signal_connect_object (self->sessions, "items-changed", G_CALLBACK (items_changed_cb),
                               self, G_CONNECT_SWAPPED);
      gtk_list_box_bind_model (self->list, self->sessions, create_row, self, NULL);
    }

  update_stack (self);
}

GListModel *
rapport_sessions_view_get_model (RapportSessionsView *self)
{
  g_return_val_if_fail (RAPPORT_IS_SESSIONS_VIEW (self), NULL);

  return self->sessions;
}
