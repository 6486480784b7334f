/* rapport-today-view.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-today-view"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>
#include <string.h>

#include "rapport-context.h"
#include "rapport-format.h"
#include "rapport-today-view.h"
#include "rapport-widget-utils.h"
#include "rapport-window.h"

/*
 * Today: everything due across mentees, in the order a mentor should deal
 * with it — my overdue promises, my promises due today, check-ins past the
 * maximum gap, check-ins past the ideal interval, meetings today and this
 * week, and what mentees committed to, to ask about. The repository's agenda
 * model already holds the rows in that order; this view groups them.
 */

struct _RapportTodayView
{
  GtkWidget       parent_instance;

  /* Template widgets */
  GtkWidget      *box;
  GtkStack       *stack;
  GtkBox         *groups_box;
  AdwWindowTitle *window_title;

  /* Owned references */
  RapportContext *context;
  GListModel     *agenda;

  /* State */
  guint           expanded_kinds;   /* bit per RapportAgendaKind shown in full */
  guint           complete_source;
  guint           folded : 1;
  guint           painted : 1;      /* a frame has been drawn since mapping */
  guint           incomplete : 1;   /* only the first rows were built */
};

/* A long group shows this many rows and a "Show N More" row: Today must open
 * as fast with years of backlog as with a week's. */
#define GROUP_LIMIT 8

/* Before the window's first frame only the rows that fill a screen are
 * built; the others follow right after it. */
#define FIRST_FRAME_ROWS 12

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_FOLDED,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RapportTodayView, rapport_today_view, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

/* ------------------------------------------------------------------------ */

static const char *
group_title (RapportAgendaKind kind)
{
  switch (kind)
    {
    case RAPPORT_AGENDA_KIND_MY_PROMISE_OVERDUE:
      return _("My Overdue Promises");
    case RAPPORT_AGENDA_KIND_MY_PROMISE_DUE_TODAY:
      return _("My Promises Due Today");
    case RAPPORT_AGENDA_KIND_CHECK_IN_OVERDUE:
      return _("Check-ins Past the Maximum Gap");
    case RAPPORT_AGENDA_KIND_CHECK_IN_DUE:
      return _("Check-ins Due");
    case RAPPORT_AGENDA_KIND_MEETING_TODAY:
      return _("Meetings Today");
    case RAPPORT_AGENDA_KIND_MEETING_THIS_WEEK:
      return _("Meetings in the Next Seven Days");
    case RAPPORT_AGENDA_KIND_ASK_MENTEE:
      return _("To Ask About");
    default:
      g_assert_not_reached ();
    }
}

static gboolean
is_my_promise (RapportAgendaKind kind)
{
  return kind == RAPPORT_AGENDA_KIND_MY_PROMISE_OVERDUE ||
         kind == RAPPORT_AGENDA_KIND_MY_PROMISE_DUE_TODAY;
}

static RapportCommitment *
find_commitment (RapportTodayView  *self,
                 RapportAgendaItem *item)
{
  RapportRepository *repository = rapport_context_get_repository (self->context);
  GListModel *commitments;
  gint64 id = rapport_agenda_item_get_item_id (item);

  commitments = rapport_repository_list_commitments (repository,
                                                     rapport_agenda_item_get_mentee_id (item));

  for (guint i = 0; i < g_list_model_get_n_items (commitments); i++)
    {
      g_autoptr(RapportCommitment) commitment = g_list_model_get_item (commitments, i);

      if (rapport_item_get_id (RAPPORT_ITEM (commitment)) == id)
        return g_steal_pointer (&commitment);
    }

  return NULL;
}

static void
done_toggled_cb (RapportTodayView *self,
                 GtkCheckButton   *check)
{
  RapportAgendaItem *item = g_object_get_data (G_OBJECT (check), "agenda-item");
  g_autoptr(RapportCommitment) commitment = NULL;

  if (!gtk_check_button_get_active (check) || item == NULL)
    return;

  if (!(commitment = find_commitment (self, item)))
    return;

  /* The same path as the Promises tab: a toast with Undo, or the error. */
  if (!rapport_widget_complete_promise (GTK_WIDGET (self), rapport_context_get_repository (self->context),
                                        commitment))
    gtk_check_button_set_active (check, FALSE);
}

static void
row_activated_cb (RapportTodayView *self,
                  AdwActionRow     *row)
{
  RapportAgendaItem *item = g_object_get_data (G_OBJECT (row), "agenda-item");
  const char *tab = "sessions";
  gint64 session_id = 0;

  switch (rapport_agenda_item_get_kind (item))
    {
    case RAPPORT_AGENDA_KIND_MY_PROMISE_OVERDUE:
    case RAPPORT_AGENDA_KIND_MY_PROMISE_DUE_TODAY:
    case RAPPORT_AGENDA_KIND_ASK_MENTEE:
      tab = "promises";
      break;

    case RAPPORT_AGENDA_KIND_MEETING_TODAY:
    case RAPPORT_AGENDA_KIND_MEETING_THIS_WEEK:
      session_id = rapport_agenda_item_get_item_id (item);
      break;

    case RAPPORT_AGENDA_KIND_CHECK_IN_OVERDUE:
    case RAPPORT_AGENDA_KIND_CHECK_IN_DUE:
    default:
      break;
    }

  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-mentee", "(xsx)",
                              rapport_agenda_item_get_mentee_id (item), tab, session_id);
}

static GtkWidget *
create_row (RapportTodayView  *self,
            RapportAgendaItem *item,
            GDateTime         *now)
{
  RapportAgendaKind kind = rapport_agenda_item_get_kind (item);
  const char *name = rapport_agenda_item_get_mentee_name (item);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row;

  switch (kind)
    {
    case RAPPORT_AGENDA_KIND_MY_PROMISE_OVERDUE:
    case RAPPORT_AGENDA_KIND_MY_PROMISE_DUE_TODAY:
    case RAPPORT_AGENDA_KIND_ASK_MENTEE:
      {
        g_autofree char *due = rapport_format_due (rapport_agenda_item_get_due_date (item),
                                                   rapport_agenda_item_get_due_time (item), now);
        title = g_strdup (rapport_agenda_item_get_title (item));
        if (kind == RAPPORT_AGENDA_KIND_ASK_MENTEE)
          /* Translators: "Ask Alex · due Fri" */
          subtitle = g_strdup_printf (_("Ask %s · %s"), name, due);
        else
          /* Translators: "For Alex · overdue by 2 days" */
          subtitle = g_strdup_printf (_("For %s · %s"), name, due);
      }
      break;

    case RAPPORT_AGENDA_KIND_CHECK_IN_OVERDUE:
    case RAPPORT_AGENDA_KIND_CHECK_IN_DUE:
      {
        int days = rapport_agenda_item_get_days_overdue (item);

        title = g_strdup_printf (_("Check in with %s"), name);
        if (kind == RAPPORT_AGENDA_KIND_CHECK_IN_OVERDUE)
          subtitle = g_strdup_printf (ngettext ("Past the maximum gap by %d day",
                                                "Past the maximum gap by %d days", days), days);
        else
          subtitle = g_strdup_printf (ngettext ("Past the ideal interval by %d day",
                                                "Past the ideal interval by %d days", days), days);
      }
      break;

    case RAPPORT_AGENDA_KIND_MEETING_TODAY:
    case RAPPORT_AGENDA_KIND_MEETING_THIS_WEEK:
      {
        GDateTime *starts_at = rapport_agenda_item_get_starts_at (item);
        const char *agenda = rapport_agenda_item_get_title (item);

        title = g_strdup_printf (_("Meeting with %s"), name);
        subtitle = starts_at ? rapport_format_meeting_time (starts_at, now) : g_strdup ("");
        if (agenda != NULL && *agenda != '\0')
          {
            g_autofree char *first_line = g_strndup (agenda, strcspn (agenda, "\n"));
            char *joined = g_strdup_printf ("%s · %s", subtitle, first_line);

            g_free (subtitle);
            subtitle = joined;
          }
      }
      break;

    default:
      g_assert_not_reached ();
    }

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "agenda-item", g_object_ref (item), g_object_unref);
  g_signal_connect_object (row, "activated", G_CALLBACK (row_activated_cb), self, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));

  if (kind == RAPPORT_AGENDA_KIND_MY_PROMISE_OVERDUE)
    gtk_widget_add_css_class (row, "rapport-overdue");

  if (is_my_promise (kind))
    {
      GtkWidget *check = gtk_check_button_new ();
      g_autofree char *label = g_strdup_printf (_("Mark “%s” as done"), title);

      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (check, _("Mark as done"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
      g_object_set_data_full (G_OBJECT (check), "agenda-item", g_object_ref (item), g_object_unref);
      g_signal_connect_object (check, "toggled", G_CALLBACK (done_toggled_cb), self, G_CONNECT_SWAPPED);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      rapport_row_add_tick_key (row, GTK_CHECK_BUTTON (check));
    }

  return row;
}

static void rebuild (RapportTodayView *self);

static void
more_activated_cb (RapportTodayView *self,
                   AdwActionRow     *row)
{
  RapportAgendaKind kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "agenda-kind"));

  self->expanded_kinds |= 1u << kind;
  rebuild (self);
}

static GtkWidget *
create_more_row (RapportTodayView  *self,
                 RapportAgendaKind  kind,
                 guint              n)
{
  g_autofree char *title = g_strdup_printf (ngettext ("Show %u More", "Show %u More", n), n);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_add_css_class (row, "rapport-more-row");
  g_object_set_data (G_OBJECT (row), "agenda-kind", GUINT_TO_POINTER (kind));
  g_signal_connect_object (row, "activated", G_CALLBACK (more_activated_cb), self, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-down-symbolic"));

  return row;
}

static void
rebuild (RapportTodayView *self)
{
  g_autoptr(GDateTime) now = NULL;
  GtkWidget *child;
  GtkWidget *group = NULL;
  RapportAgendaKind group_kind = 0;
  guint in_group = 0;
  guint n_rows = 0;
  guint limit;
  guint n_items;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->groups_box))))
    gtk_box_remove (self->groups_box, child);

  g_clear_handle_id (&self->complete_source, g_source_remove);
  self->incomplete = FALSE;
  limit = self->painted ? G_MAXUINT : FIRST_FRAME_ROWS;

  n_items = self->agenda ? g_list_model_get_n_items (self->agenda) : 0;
  gtk_stack_set_visible_child_name (self->stack, n_items > 0 ? "agenda" : "empty");

  if (n_items == 0)
    return;

  now = rapport_repository_dup_now (rapport_context_get_repository (self->context));

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(RapportAgendaItem) item = g_list_model_get_item (self->agenda, i);
      RapportAgendaKind kind = rapport_agenda_item_get_kind (item);

      if (n_rows == limit)
        {
          self->incomplete = TRUE;
          break;
        }

      if (group == NULL || kind != group_kind)
        {
          group = adw_preferences_group_new ();
          adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), group_title (kind));
          gtk_box_append (self->groups_box, group);
          group_kind = kind;
          in_group = 0;
        }

      if (in_group == GROUP_LIMIT && !(self->expanded_kinds & (1u << kind)))
        {
          guint rest = 1;

          while (i + rest < n_items)
            {
              g_autoptr(RapportAgendaItem) next = g_list_model_get_item (self->agenda, i + rest);

              if (rapport_agenda_item_get_kind (next) != kind)
                break;
              rest++;
            }

          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), create_more_row (self, kind, rest));
          n_rows++;
          i += rest - 1;
          continue;
        }

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), create_row (self, item, now));
      n_rows++;
      in_group++;
    }
}

static gboolean
complete_cb (gpointer user_data)
{
  RapportTodayView *self = user_data;

  self->complete_source = 0;
  rebuild (self);

  return G_SOURCE_REMOVE;
}

static void
after_paint_cb (GdkFrameClock    *frame_clock,
                RapportTodayView *self)
{
  g_signal_handlers_disconnect_by_func (frame_clock, after_paint_cb, self);

  self->painted = TRUE;
  if (self->incomplete && self->complete_source == 0)
    self->complete_source = g_idle_add (complete_cb, self);
}

static void
rapport_today_view_map (GtkWidget *widget)
{
  RapportTodayView *self = RAPPORT_TODAY_VIEW (widget);

  GTK_WIDGET_CLASS (rapport_today_view_parent_class)->map (widget);

  if (!self->painted)
    g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                             G_CALLBACK (after_paint_cb), self, 0);
}

static void
agenda_items_changed_cb (RapportTodayView *self)
{
  rebuild (self);
}

/* ------------------------------------------------------------------------ */

static void
rapport_today_view_dispose (GObject *object)
{
  RapportTodayView *self = (RapportTodayView *)object;

  g_clear_handle_id (&self->complete_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), RAPPORT_TYPE_TODAY_VIEW);
  g_clear_object (&self->agenda);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (rapport_today_view_parent_class)->dispose (object);
}

static void
rapport_today_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  RapportTodayView *self = RAPPORT_TODAY_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_FOLDED:
      g_value_set_boolean (value, self->folded);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_today_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  RapportTodayView *self = RAPPORT_TODAY_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      rapport_today_view_set_context (self, g_value_get_object (value));
      break;

    case PROP_FOLDED:
      if (self->folded != g_value_get_boolean (value))
        {
          self->folded = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_today_view_class_init (RapportTodayViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rapport_today_view_dispose;
  object_class->get_property = rapport_today_view_get_property;
  object_class->set_property = rapport_today_view_set_property;
  widget_class->map = rapport_today_view_map;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         RAPPORT_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/rapport-today-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportTodayView, box);
  gtk_widget_class_bind_template_child (widget_class, RapportTodayView, stack);
  gtk_widget_class_bind_template_child (widget_class, RapportTodayView, groups_box);
  gtk_widget_class_bind_template_child (widget_class, RapportTodayView, window_title);
}

static void
rapport_today_view_init (RapportTodayView *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Translators: strftime format of today's date under the "Today" title */
  date = g_date_time_format (now, _("%A, %-d %B"));
  adw_window_title_set_subtitle (self->window_title, g_strstrip (date));
}

/* ------------------------------------------------------------------------ */

/**
 * rapport_today_view_get_context:
 *
 * Returns: (transfer none) (nullable): the context
 */
RapportContext *
rapport_today_view_get_context (RapportTodayView *self)
{
  g_return_val_if_fail (RAPPORT_IS_TODAY_VIEW (self), NULL);

  return self->context;
}

void
rapport_today_view_set_context (RapportTodayView *self,
                                RapportContext   *context)
{
  g_return_if_fail (RAPPORT_IS_TODAY_VIEW (self));
  g_return_if_fail (!context || RAPPORT_IS_CONTEXT (context));

  if (!g_set_object (&self->context, context))
    return;

  if (self->agenda != NULL)
    g_signal_handlers_disconnect_by_func (self->agenda, agenda_items_changed_cb, self);
  g_clear_object (&self->agenda);

  if (context != NULL)
    {
      self->agenda = g_object_ref (rapport_repository_get_agenda (rapport_context_get_repository (context)));
      g_signal_connect_object (self->agenda, "items-changed",
                               G_CALLBACK (agenda_items_changed_cb), self, G_CONNECT_SWAPPED);
    }

  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

/**
 * rapport_today_view_get_n_due:
 *
 * Returns: how many rows the agenda shows
 */
guint
rapport_today_view_get_n_due (RapportTodayView *self)
{
  g_return_val_if_fail (RAPPORT_IS_TODAY_VIEW (self), 0);

  return self->agenda ? g_list_model_get_n_items (self->agenda) : 0;
}
