/* rapport-application-actions.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-application-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-application-private.h"
#include "rapport-preferences-window.h"

static void
rapport_application_actions_quit (GSimpleAction *action,
                                  GVariant      *param,
                                  gpointer       user_data)
{
  RapportApplication *self = user_data;
  GList *windows;

  /* Closing each window first lets views flush unsaved text before the
   * process ends; a window that refuses to close keeps the app alive. */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (const GList *iter = windows; iter != NULL; iter = iter->next)
    gtk_window_destroy (GTK_WINDOW (iter->data));
  g_list_free (windows);

  g_application_quit (G_APPLICATION (self));
}

static void
rapport_application_actions_about (GSimpleAction *action,
                                   GVariant      *param,
                                   gpointer       user_data)
{
  RapportApplication *self = user_data;
  static const char *developers[] = { "The Rapport developers", NULL };
  GtkWindow *parent;
  GtkWidget *about;

  parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "application", self,
                        "transient-for", parent,
                        "modal", parent != NULL,
                        "application-icon", "io.github.rapport.Rapport",
                        "application-name", _("Rapport"),
                        "developer-name", _("The Rapport developers"),
                        "developers", developers,
                        "version", PACKAGE_VERSION,
                        "comments", _("A private notebook for mentors: confidential notes for each "
                                      "mentee, every promise kept, a steady rhythm of check-ins "
                                      "and a brief before every meeting. Nothing leaves your "
                                      "computer."),
                        "website", "https://github.com/rapport/Rapport",
                        "issue-url", "https://github.com/rapport/Rapport/issues",
                        "copyright", "© 2026 The Rapport developers",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        /* Translators: replace with your names, one per line. */
                        "translator-credits", _("translator-credits"),
                        NULL);

  gtk_window_present (GTK_WINDOW (about));
}

static void
present_preferences (RapportApplication *self,
                     const char         *page_name)
{
  RapportContext *context;
  GtkWindow *parent;
  GtkWindow *window;

  if (!(context = rapport_application_get_context (self)))
    return;

  parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  window = GTK_WINDOW (rapport_preferences_window_new (context));
  gtk_window_set_application (window, GTK_APPLICATION (self));
  if (parent != NULL)
    {
      gtk_window_set_transient_for (window, parent);
      gtk_window_set_modal (window, TRUE);
    }
  if (page_name != NULL)
    adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (window), page_name);

  gtk_window_present (window);
}

static void
rapport_application_actions_preferences (GSimpleAction *action,
                                         GVariant      *param,
                                         gpointer       user_data)
{
  present_preferences (user_data, NULL);
}

/* "Edit Questions…" on the Prepare tab: Preferences, on the Question Bank. */
static void
rapport_application_actions_edit_questions (GSimpleAction *action,
                                            GVariant      *param,
                                            gpointer       user_data)
{
  present_preferences (user_data, "questions");
}

static const GActionEntry app_actions[] = {
  { "quit", rapport_application_actions_quit },
  { "about", rapport_application_actions_about },
  { "preferences", rapport_application_actions_preferences },
  { "edit-questions", rapport_application_actions_edit_questions },
};

void
_rapport_application_init_actions (RapportApplication *self)
{
  static const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "win.new-mentee", { "<Control>n", NULL } },
    { "win.search", { "<Control>f", NULL } },
    { "win.show-today", { "<Alt>Home", NULL } },
    /* The mentee page's keys are the window's, so they work wherever the
     * focus is while a mentee is shown. */
    { "win.new-meeting", { "<Control><Shift>n", NULL } },
    { "win.new-promise", { "<Control><Shift>p", NULL } },
    { "win.show-tab::prepare", { "<Alt>1", NULL } },
    { "win.show-tab::sessions", { "<Alt>2", NULL } },
    { "win.show-tab::promises", { "<Alt>3", NULL } },
    { "win.show-tab::goals", { "<Alt>4", NULL } },
    { "win.show-tab::profile", { "<Alt>5", NULL } },
  };

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action, accels[i].accels);
}
