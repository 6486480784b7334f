/* rapport-mentee-page.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-mentee-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-format.h"
#include "rapport-mentee-page-private.h"
#include "rapport-prepare-view.h"
#include "rapport-widget-utils.h"

/* The content column for one mentee: its own header bar, a header with who
 * they are and how the rhythm stands, the tabs, and the session editor as a
 * second page that slides in (so it works at 360 px wide). Prepare is the
 * first tab, and the one shown when a meeting with the mentee is near. */

struct _RapportMenteePage
{
  GtkBox               parent_instance;

  /* Template widgets */
  GtkStack            *main_stack;
  AdwViewSwitcherTitle *switcher_title;
  AdwAvatar           *avatar;
  GtkLabel            *name_label;
  GtkLabel            *role_label;
  GtkLabel            *rhythm_label;
  GtkLabel            *next_label;
  AdwViewStack        *view_stack;
  RapportPrepareView  *prepare_view;
  RapportSessionsView *sessions_view;
  RapportPromisesView *promises_view;
  RapportGoalsView    *goals_view;
  RapportProfileView  *profile_view;
  AdwWindowTitle      *editor_title;
  RapportSessionEditor *editor;

  /* Owned references */
  RapportContext      *context;
  RapportMentee       *mentee;

  /* State */
  guint                folded : 1;
};

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_MENTEE,
  PROP_FOLDED,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RapportMenteePage, rapport_mentee_page, GTK_TYPE_BOX)

static GParamSpec *properties[N_PROPS];

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */

static RapportRepository *
get_repository (RapportMenteePage *self)
{
  return self->context ? rapport_context_get_repository (self->context) : NULL;
}

static void
update_header (RapportMenteePage *self)
{
  RapportMentee *m = self->mentee;
  RapportRepository *repository = get_repository (self);
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *role = NULL;
  g_autofree char *rhythm = NULL;
  g_autofree char *next = NULL;
  const char *r, *o;
  GDateTime *next_at;

  if (m == NULL)
    {
      gtk_label_set_label (self->name_label, "");
      gtk_label_set_label (self->role_label, "");
      gtk_label_set_label (self->rhythm_label, "");
      gtk_label_set_label (self->next_label, "");
      adw_view_switcher_title_set_title (self->switcher_title, "");
      return;
    }

  now = repository ? rapport_repository_dup_now (repository) : g_date_time_new_now_local ();

  gtk_label_set_label (self->name_label, rapport_mentee_get_name (m));
  adw_avatar_set_text (self->avatar, rapport_mentee_get_name (m));
  adw_view_switcher_title_set_title (self->switcher_title, rapport_mentee_get_name (m));
  adw_window_title_set_subtitle (self->editor_title, rapport_mentee_get_name (m));

  r = rapport_mentee_get_role (m);
  o = rapport_mentee_get_organization (m);
  if (r && *r && o && *o)
    /* Translators: a mentee's role at their organization, "Designer @ Acme" */
    role = g_strdup_printf (_("%s @ %s"), r, o);
  else if (r && *r)
    role = g_strdup (r);
  else if (o && *o)
    role = g_strdup (o);
  gtk_label_set_label (self->role_label, role ? role : "");
  gtk_widget_set_visible (GTK_WIDGET (self->role_label), role != NULL);

  rhythm = rapport_format_mentee_status (m, now);
  gtk_label_set_label (self->rhythm_label, rhythm ? rhythm : "");
  gtk_widget_set_visible (GTK_WIDGET (self->rhythm_label), rhythm && *rhythm);
  gtk_widget_remove_css_class (GTK_WIDGET (self->rhythm_label), "warning");
  gtk_widget_remove_css_class (GTK_WIDGET (self->rhythm_label), "error");
  switch (rapport_mentee_get_rhythm_state (m))
    {
    case RAPPORT_RHYTHM_STATE_DUE:
      gtk_widget_add_css_class (GTK_WIDGET (self->rhythm_label), "warning");
      break;
    case RAPPORT_RHYTHM_STATE_OVERDUE:
      gtk_widget_add_css_class (GTK_WIDGET (self->rhythm_label), "error");
      break;
    case RAPPORT_RHYTHM_STATE_NONE:
    case RAPPORT_RHYTHM_STATE_OK:
    default:
      break;
    }

  next_at = rapport_mentee_get_next_meeting_at (m);
  if (next_at != NULL)
    {
      g_autofree char *when = rapport_format_meeting_time (next_at, now);

      next = g_strdup_printf (_("Next meeting: %s"), when);
    }
  else
    next = g_strdup (_("No meeting planned"));
  gtk_label_set_label (self->next_label, next);
}

static void
update_actions (RapportMenteePage *self)
{
  gboolean has = self->mentee != NULL && get_repository (self) != NULL;
  gboolean editing = g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "editor") == 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mentee.new-session", has);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mentee.plan-session", has);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mentee.show-session", has);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mentee.export-brief", has);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mentee.print-brief", has);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mentee.new-promise", has);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mentee.archive",
                                 has && rapport_mentee_get_status (self->mentee) != RAPPORT_MENTEE_STATUS_ARCHIVED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mentee.delete", has);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mentee.close-session", editing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mentee.delete-session", editing);
}

/* A meeting near: open on Prepare. Otherwise the tab the mentor was on
 * stays, except Prepare itself, which was chosen for the previous mentee's
 * meeting. */
static void
choose_tab (RapportMenteePage *self)
{
  RapportRepository *repository = get_repository (self);
  g_autoptr(GDateTime) now = NULL;
  const char *visible = adw_view_stack_get_visible_child_name (self->view_stack);

  if (self->mentee == NULL || repository == NULL)
    return;

  now = rapport_repository_dup_now (repository);
  if (rapport_prepare_view_meeting_is_near (self->mentee, now))
    adw_view_stack_set_visible_child_name (self->view_stack, "prepare");
  else if (g_strcmp0 (visible, "prepare") == 0)
    adw_view_stack_set_visible_child_name (self->view_stack, "sessions");
}

static void
open_session (RapportMenteePage  *self,
              RapportSessionNote *session)
{
  g_autofree char *title = NULL;

  rapport_session_editor_set_session (self->editor, get_repository (self), session);
  gtk_stack_set_visible_child_name (self->main_stack, "editor");
  update_actions (self);
  rapport_session_editor_focus_notes (self->editor);
}

static void
close_session (RapportMenteePage *self)
{
  /* Saving happens on unmap too; doing it first keeps a failure visible
   * while the text is still on screen. A failure keeps the editor open. */
  if (!rapport_session_editor_save (self->editor, NULL))
    return;

  gtk_stack_set_visible_child_name (self->main_stack, "tabs");
  rapport_session_editor_set_session (self->editor, NULL, NULL);
  update_actions (self);
}

static void
undo_trash_cb (AdwToast *toast)
{
  RapportItem *item = g_object_get_data (G_OBJECT (toast), "item");
  RapportRepository *repository = g_object_get_data (G_OBJECT (toast), "repository");
  g_autoptr(GError) error = NULL;

  if (!rapport_repository_restore (repository, item, &error))
    g_message ("Could not restore from the trash: %s", error->message);
}

static void
undo_archive_cb (AdwToast *toast)
{
  RapportMentee *mentee = g_object_get_data (G_OBJECT (toast), "item");
  RapportRepository *repository = g_object_get_data (G_OBJECT (toast), "repository");
  RapportMenteeStatus old = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (toast), "old-status"));
  g_autoptr(GError) error = NULL;

  rapport_mentee_set_status (mentee, old);
  if (!rapport_repository_save (repository, RAPPORT_ITEM (mentee), &error))
    g_message ("Could not unarchive: %s", error->message);
}

static AdwToast *
new_undo_toast (RapportMenteePage *self,
                const char        *title,
                RapportItem       *item,
                GCallback          undo)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "item", g_object_ref (item), g_object_unref);
  g_object_set_data_full (G_OBJECT (toast), "repository", g_object_ref (get_repository (self)), g_object_unref);
  g_signal_connect (toast, "button-clicked", undo, NULL);
  return toast;
}

static AdwMessageDialog *
new_confirmation (RapportMenteePage *self,
                  const char        *heading,
                  const char        *body,
                  const char        *response,
                  const char        *response_label,
                  AdwResponseAppearance appearance)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       heading, body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), response, response_label, NULL);
  adw_message_dialog_set_response_appearance (dialog, response, appearance);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  return dialog;
}

/* ------------------------------------------------------------------------ */
/* Callbacks                                                                */

static void
mentee_notify_cb (RapportMenteePage *self)
{
  update_header (self);
  update_actions (self);
}

static void
session_activated_cb (RapportMenteePage  *self,
                      RapportSessionNote *session)
{
  open_session (self, session);
}

static void
delete_response_cb (RapportMenteePage *self,
                    const char        *response)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportMentee) mentee = NULL;
  g_autofree char *title = NULL;

  if (!g_str_equal (response, "delete") || self->mentee == NULL)
    return;

  mentee = g_object_ref (self->mentee);
  rapport_mentee_page_save (self);
  if (!rapport_repository_trash (get_repository (self), RAPPORT_ITEM (mentee), &error))
    {
      rapport_widget_show_error (GTK_WIDGET (self), _("Could not delete"), error);
      return;
    }

  title = g_strdup_printf (_("%s moved to the trash"), rapport_mentee_get_name (mentee));
  rapport_widget_add_toast (GTK_WIDGET (self),
                            new_undo_toast (self, title, RAPPORT_ITEM (mentee), G_CALLBACK (undo_trash_cb)));
}

static void
archive_response_cb (RapportMenteePage *self,
                     const char        *response)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportMentee) mentee = NULL;
  g_autofree char *title = NULL;
  RapportMenteeStatus old;
  AdwToast *toast;

  if (!g_str_equal (response, "archive") || self->mentee == NULL)
    return;

  mentee = g_object_ref (self->mentee);
  rapport_mentee_page_save (self);
  old = rapport_mentee_get_status (mentee);
  if (!rapport_repository_archive_mentee (get_repository (self), mentee, &error))
    {
      rapport_widget_show_error (GTK_WIDGET (self), _("Could not archive"), error);
      return;
    }

  title = g_strdup_printf (_("%s archived"), rapport_mentee_get_name (mentee));
  toast = new_undo_toast (self, title, RAPPORT_ITEM (mentee), G_CALLBACK (undo_archive_cb));
  g_object_set_data (G_OBJECT (toast), "old-status", GINT_TO_POINTER (old));
  rapport_widget_add_toast (GTK_WIDGET (self), toast);
}

static void
new_session_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  RapportMenteePage *self = RAPPORT_MENTEE_PAGE (widget);
  g_autoptr(RapportSessionNote) session = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GError) error = NULL;

  if (self->mentee == NULL)
    return;

  /* A new meeting starts now, on the last half hour: most often the mentor
   * writes notes right after meeting. */
  now = rapport_repository_dup_now (get_repository (self));
  start = g_date_time_new (g_date_time_get_timezone (now),
                           g_date_time_get_year (now), g_date_time_get_month (now),
                           g_date_time_get_day_of_month (now), g_date_time_get_hour (now),
                           g_date_time_get_minute (now) < 30 ? 0 : 30, 0);

  session = rapport_session_note_new ();
  rapport_session_note_set_mentee_id (session, rapport_item_get_id (RAPPORT_ITEM (self->mentee)));
  rapport_session_note_set_starts_at (session, start);
  rapport_session_note_set_duration_minutes (session, 60);
  rapport_session_note_set_status (session, RAPPORT_SESSION_STATUS_HELD);

  if (!rapport_repository_save (get_repository (self), RAPPORT_ITEM (session), &error))
    {
      rapport_widget_show_error (GTK_WIDGET (self), _("Could not create the meeting"), error);
      return;
    }

  adw_view_stack_set_visible_child_name (self->view_stack, "sessions");
  open_session (self, session);
}

/* "Plan a Meeting" on Prepare: a planned meeting when the check-in falls
 * due, not a held one starting now (which would count as held). */
static void
plan_session_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  RapportMenteePage *self = RAPPORT_MENTEE_PAGE (widget);
  g_autoptr(RapportPrepare) prepare = NULL;
  g_autoptr(RapportSessionNote) session = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GError) error = NULL;

  if (self->mentee == NULL)
    return;

  prepare = rapport_prepare_new (get_repository (self), rapport_item_get_id (RAPPORT_ITEM (self->mentee)),
                                 NULL, &error);
  if (prepare == NULL)
    {
      rapport_widget_show_error (GTK_WIDGET (self), _("Could not plan the meeting"), error);
      return;
    }

  start = rapport_prepare_suggest_next_start (prepare);
  session = rapport_session_note_new ();
  rapport_session_note_set_mentee_id (session, rapport_item_get_id (RAPPORT_ITEM (self->mentee)));
  rapport_session_note_set_starts_at (session, start);
  rapport_session_note_set_duration_minutes (session, 60);
  rapport_session_note_set_status (session, RAPPORT_SESSION_STATUS_PLANNED);

  if (!rapport_repository_save (get_repository (self), RAPPORT_ITEM (session), &error))
    {
      rapport_widget_show_error (GTK_WIDGET (self), _("Could not plan the meeting"), error);
      return;
    }

  open_session (self, session);
}

static void
show_session_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  rapport_mentee_page_show_session (RAPPORT_MENTEE_PAGE (widget), g_variant_get_int64 (param));
}

static void
export_brief_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  RapportMenteePage *self = RAPPORT_MENTEE_PAGE (widget);

  rapport_prepare_view_export (self->prepare_view);
}

static void
print_brief_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  RapportMenteePage *self = RAPPORT_MENTEE_PAGE (widget);

  rapport_prepare_view_print (self->prepare_view);
}

static void
new_promise_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  RapportMenteePage *self = RAPPORT_MENTEE_PAGE (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "editor") == 0)
    close_session (self);
  adw_view_stack_set_visible_child_name (self->view_stack, "promises");
  rapport_promises_view_focus_composer (self->promises_view);
}

static void
archive_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  RapportMenteePage *self = RAPPORT_MENTEE_PAGE (widget);
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;

  if (self->mentee == NULL)
    return;

  heading = g_strdup_printf (_("Archive %s?"), rapport_mentee_get_name (self->mentee));
  dialog = new_confirmation (self, heading,
                             _("They leave the list and the reminders stop. Every note stays, and you can show archived mentees at any time."),
                             "archive", _("_Archive"), ADW_RESPONSE_SUGGESTED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (archive_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  RapportMenteePage *self = RAPPORT_MENTEE_PAGE (widget);
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;

  if (self->mentee == NULL)
    return;

  heading = g_strdup_printf (_("Delete %s?"), rapport_mentee_get_name (self->mentee));
  dialog = new_confirmation (self, heading,
                             _("Their profile, meetings, promises and goals move to the trash."),
                             "delete", _("_Delete"), ADW_RESPONSE_DESTRUCTIVE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
close_session_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  close_session (RAPPORT_MENTEE_PAGE (widget));
}

static void
delete_session_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  RapportMenteePage *self = RAPPORT_MENTEE_PAGE (widget);
  RapportSessionNote *current = rapport_session_editor_get_session (self->editor);
  g_autoptr(RapportSessionNote) session = NULL;
  g_autoptr(GError) error = NULL;

  if (current == NULL)
    return;

  session = g_object_ref (current);
  rapport_session_editor_save (self->editor, NULL);
  if (!rapport_repository_trash (get_repository (self), RAPPORT_ITEM (session), &error))
    {
      rapport_widget_show_error (GTK_WIDGET (self), _("Could not delete the meeting"), error);
      return;
    }

  gtk_stack_set_visible_child_name (self->main_stack, "tabs");
  rapport_session_editor_set_session (self->editor, NULL, NULL);
  update_actions (self);
  rapport_widget_add_toast (GTK_WIDGET (self),
                            new_undo_toast (self, _("Meeting moved to the trash"),
                                            RAPPORT_ITEM (session), G_CALLBACK (undo_trash_cb)));
}

/* ------------------------------------------------------------------------ */
/* GObject                                                                  */

static void
rapport_mentee_page_dispose (GObject *object)
{
  RapportMenteePage *self = (RapportMenteePage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), RAPPORT_TYPE_MENTEE_PAGE);
  g_clear_object (&self->mentee);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (rapport_mentee_page_parent_class)->dispose (object);
}

static void
rapport_mentee_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  RapportMenteePage *self = RAPPORT_MENTEE_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_MENTEE:
      g_value_set_object (value, self->mentee);
      break;

    case PROP_FOLDED:
      g_value_set_boolean (value, self->folded);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_mentee_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  RapportMenteePage *self = RAPPORT_MENTEE_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    case PROP_MENTEE:
      rapport_mentee_page_set_mentee (self, g_value_get_object (value));
      break;

    case PROP_FOLDED:
      rapport_mentee_page_set_folded (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_mentee_page_class_init (RapportMenteePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rapport_mentee_page_dispose;
  object_class->get_property = rapport_mentee_page_get_property;
  object_class->set_property = rapport_mentee_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         RAPPORT_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * RapportMenteePage:mentee:
   *
   * The mentee shown; setting it reloads every tab.
   */
  properties[PROP_MENTEE] =
    g_param_spec_object ("mentee", NULL, NULL,
                         RAPPORT_TYPE_MENTEE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * RapportMenteePage:folded:
   *
   * Whether the window's leaflet is folded: the page then shows a back
   * button and the window buttons on its start side.
   */
  properties[PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "mentee.new-session", NULL, new_session_action);
  gtk_widget_class_install_action (widget_class, "mentee.plan-session", NULL, plan_session_action);
  gtk_widget_class_install_action (widget_class, "mentee.show-session", "x", show_session_action);
  gtk_widget_class_install_action (widget_class, "mentee.export-brief", NULL, export_brief_action);
  gtk_widget_class_install_action (widget_class, "mentee.print-brief", NULL, print_brief_action);
  gtk_widget_class_install_action (widget_class, "mentee.new-promise", NULL, new_promise_action);
  gtk_widget_class_install_action (widget_class, "mentee.archive", NULL, archive_action);
  gtk_widget_class_install_action (widget_class, "mentee.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "mentee.close-session", NULL, close_session_action);
  gtk_widget_class_install_action (widget_class, "mentee.delete-session", NULL, delete_session_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "mentee.close-session", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "mentee.close-session", NULL);

  g_type_ensure (RAPPORT_TYPE_PREPARE_VIEW);
  g_type_ensure (RAPPORT_TYPE_SESSIONS_VIEW);
  g_type_ensure (RAPPORT_TYPE_PROMISES_VIEW);
  g_type_ensure (RAPPORT_TYPE_GOALS_VIEW);
  g_type_ensure (RAPPORT_TYPE_PROFILE_VIEW);
  g_type_ensure (RAPPORT_TYPE_SESSION_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/ui/rapport-mentee-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportMenteePage, main_stack);
  gtk_widget_class_bind_template_child (widget_class, RapportMenteePage, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, RapportMenteePage, avatar);
  gtk_widget_class_bind_template_child (widget_class, RapportMenteePage, name_label);
  gtk_widget_class_bind_template_child (widget_class, RapportMenteePage, role_label);
  gtk_widget_class_bind_template_child (widget_class, RapportMenteePage, rhythm_label);
  gtk_widget_class_bind_template_child (widget_class, RapportMenteePage, next_label);
  gtk_widget_class_bind_template_child (widget_class, RapportMenteePage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, RapportMenteePage, prepare_view);
  gtk_widget_class_bind_template_child (widget_class, RapportMenteePage, sessions_view);
  gtk_widget_class_bind_template_child (widget_class, RapportMenteePage, promises_view);
  gtk_widget_class_bind_template_child (widget_class, RapportMenteePage, goals_view);
  gtk_widget_class_bind_template_child (widget_class, RapportMenteePage, profile_view);
  gtk_widget_class_bind_template_child (widget_class, RapportMenteePage, editor_title);
  gtk_widget_class_bind_template_child (widget_class, RapportMenteePage, editor);
  gtk_widget_class_bind_template_callback (widget_class, session_activated_cb);
}

static void
rapport_mentee_page_init (RapportMenteePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Prepare is the first tab but not the default one: see set_mentee(). */
  adw_view_stack_set_visible_child_name (self->view_stack, "sessions");
  update_header (self);
  update_actions (self);
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */

RapportMenteePage *
rapport_mentee_page_new (RapportContext *context)
{
  g_return_val_if_fail (RAPPORT_IS_CONTEXT (context), NULL);

  return g_object_new (RAPPORT_TYPE_MENTEE_PAGE, "context", context, NULL);
}

RapportContext *
rapport_mentee_page_get_context (RapportMenteePage *self)
{
  g_return_val_if_fail (RAPPORT_IS_MENTEE_PAGE (self), NULL);

  return self->context;
}

RapportMentee *
rapport_mentee_page_get_mentee (RapportMenteePage *self)
{
  g_return_val_if_fail (RAPPORT_IS_MENTEE_PAGE (self), NULL);

  return self->mentee;
}

void
rapport_mentee_page_set_mentee (RapportMenteePage *self,
                                RapportMentee     *mentee)
{
  RapportRepository *repository;

  g_return_if_fail (RAPPORT_IS_MENTEE_PAGE (self));
  g_return_if_fail (!mentee || RAPPORT_IS_MENTEE (mentee));

  if (self->mentee == mentee)
    return;

  /* Whatever was typed for the previous mentee is saved first. */
  rapport_mentee_page_save (self);

  if (self->mentee != NULL)
    g_signal_handlers_disconnect_by_func (self->mentee, mentee_notify_cb, self);
  g_set_object (&self->mentee, mentee);
  if (mentee != NULL)
    g_signal_connect_object (mentee, "notify", G_CALLBACK (mentee_notify_cb), self, G_CONNECT_SWAPPED);

  repository = get_repository (self);
  rapport_session_editor_set_session (self->editor, NULL, NULL);
  gtk_stack_set_visible_child_name (self->main_stack, "tabs");
  rapport_prepare_view_set_mentee (self->prepare_view, repository, mentee);
  rapport_sessions_view_set_mentee (self->sessions_view, repository, mentee);
  rapport_promises_view_set_mentee (self->promises_view, repository, mentee);
  rapport_goals_view_set_mentee (self->goals_view, repository, mentee);
  rapport_profile_view_set_mentee (self->profile_view, repository, mentee);
  choose_tab (self);

  update_header (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MENTEE]);
}

gboolean
rapport_mentee_page_get_folded (RapportMenteePage *self)
{
  g_return_val_if_fail (RAPPORT_IS_MENTEE_PAGE (self), FALSE);

  return self->folded;
}

void
rapport_mentee_page_set_folded (RapportMenteePage *self,
                                gboolean           folded)
{
  g_return_if_fail (RAPPORT_IS_MENTEE_PAGE (self));

  folded = !!folded;
  if (self->folded == folded)
    return;
  self->folded = folded;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLDED]);
}

/**
 * rapport_mentee_page_show_session:
 * @session_id: a meeting of the mentee shown
 *
 * Opens that meeting in the editor (from search results and Today).
 */
void
rapport_mentee_page_show_session (RapportMenteePage *self,
                                  gint64             session_id)
{
  GListModel *sessions;

  g_return_if_fail (RAPPORT_IS_MENTEE_PAGE (self));

  sessions = rapport_sessions_view_get_model (self->sessions_view);
  if (sessions == NULL)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(RapportSessionNote) session = g_list_model_get_item (sessions, i);

      if (rapport_item_get_id (RAPPORT_ITEM (session)) == session_id)
        {
          adw_view_stack_set_visible_child_name (self->view_stack, "sessions");
          open_session (self, session);
          return;
        }
    }
}

/**
 * rapport_mentee_page_show_tab:
 * @name: "prepare", "sessions", "promises", "goals" or "profile"
 */
void
rapport_mentee_page_show_tab (RapportMenteePage *self,
                              const char        *name)
{
  g_return_if_fail (RAPPORT_IS_MENTEE_PAGE (self));
  g_return_if_fail (name != NULL);

  if (adw_view_stack_get_child_by_name (self->view_stack, name) == NULL)
    return;

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "editor") == 0)
    close_session (self);
  adw_view_stack_set_visible_child_name (self->view_stack, name);
}

/**
 * rapport_mentee_page_ask_to_leave:
 * @self: a #RapportMenteePage
 * @leave: what to do once leaving is fine
 * @data: for @leave
 * @destroy: (nullable): frees @data
 *
 * Before the page shows another mentee or the window another page: saves
 * what the page holds, and when the profile still has changes that cannot
 * be saved, shows them and asks whether to keep editing or discard them.
 *
 * Returns: %TRUE when the caller can leave now (@leave is not called);
 *   %FALSE when the mentor is being asked, and @leave runs after Discard
 */
gboolean
rapport_mentee_page_ask_to_leave (RapportMenteePage       *self,
                                  RapportProfileLeaveFunc  leave,
                                  gpointer                 data,
                                  GDestroyNotify           destroy)
{
  g_return_val_if_fail (RAPPORT_IS_MENTEE_PAGE (self), TRUE);

  rapport_mentee_page_save (self);
  if (rapport_profile_view_has_unsaved_changes (self->profile_view))
    rapport_mentee_page_show_tab (self, "profile");

  return rapport_profile_view_ask_to_leave (self->profile_view, leave, data, destroy);
}

/**
 * rapport_mentee_page_save:
 *
 * Saves whatever the page holds unsaved (meeting notes, profile fields);
 * for the application to call before quitting.
 *
 * Returns: %TRUE if everything is in the notebook
 */
gboolean
rapport_mentee_page_save (RapportMenteePage *self)
{
  gboolean ok = TRUE;

  g_return_val_if_fail (RAPPORT_IS_MENTEE_PAGE (self), FALSE);

  if (rapport_session_editor_get_dirty (self->editor))
    ok &= rapport_session_editor_save (self->editor, NULL);
  ok &= rapport_profile_view_save (self->profile_view, NULL);
  return ok;
}

/* ------------------------------------------------------------------------ */
/* Private API                                                              */

RapportSessionEditor *
_rapport_mentee_page_get_editor (RapportMenteePage *self)
{
  return self->editor;
}

RapportPrepareView *
_rapport_mentee_page_get_prepare_view (RapportMenteePage *self)
{
  return self->prepare_view;
}

RapportSessionsView *
_rapport_mentee_page_get_sessions_view (RapportMenteePage *self)
{
  return self->sessions_view;
}

RapportPromisesView *
_rapport_mentee_page_get_promises_view (RapportMenteePage *self)
{
  return self->promises_view;
}

RapportProfileView *
_rapport_mentee_page_get_profile_view (RapportMenteePage *self)
{
  return self->profile_view;
}

const char *
_rapport_mentee_page_get_visible_page (RapportMenteePage *self)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "editor") == 0)
    return "editor";
  return adw_view_stack_get_visible_child_name (self->view_stack);
}
