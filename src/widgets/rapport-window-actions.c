/* rapport-window-actions.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-window-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-new-mentee-dialog.h"
#include "rapport-window-private.h"

static void
rapport_window_actions_go_back (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *param)
{
  RapportWindow *self = RAPPORT_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
new_mentee_saved_cb (RapportWindow *self,
                     RapportMentee *mentee)
{
  _rapport_window_show_mentee (self, rapport_item_get_id (RAPPORT_ITEM (mentee)), "profile", 0);
}

void
_rapport_window_new_mentee (RapportWindow *self)
{
  RapportNewMenteeDialog *dialog;

  dialog = rapport_new_mentee_dialog_new (self->context, GTK_WINDOW (self));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (new_mentee_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
rapport_window_actions_new_mentee (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *param)
{
  _rapport_window_new_mentee (RAPPORT_WINDOW (widget));
}

static void
rapport_window_actions_show_today (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *param)
{
  _rapport_window_show_today (RAPPORT_WINDOW (widget));
}

static void
rapport_window_actions_show_mentee (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *param)
{
  gint64 mentee_id, session_id;
  const char *tab;

  g_variant_get (param, "(x&sx)", &mentee_id, &tab, &session_id);
  _rapport_window_show_mentee (RAPPORT_WINDOW (widget), mentee_id, *tab ? tab : NULL, session_id);
}

static void
rapport_window_actions_search (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *param)
{
  RapportWindow *self = RAPPORT_WINDOW (widget);

  /* Search lives in the sidebar, which is hidden when the window is folded
   * on a page: bring it back first. */
  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
_rapport_window_class_actions_init (RapportWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.go-back", NULL, rapport_window_actions_go_back);
  gtk_widget_class_install_action (widget_class, "win.new-mentee", NULL, rapport_window_actions_new_mentee);
  gtk_widget_class_install_action (widget_class, "win.show-today", NULL, rapport_window_actions_show_today);
  gtk_widget_class_install_action (widget_class, "win.show-insights", NULL, _rapport_window_show_insights_action);
  gtk_widget_class_install_action (widget_class, "win.show-mentee", "(xsx)", rapport_window_actions_show_mentee);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, rapport_window_actions_search);
}

/* Actions are enabled in one place, from the window's state, so a button is
 * never live when its action cannot do anything. */
void
_rapport_window_actions_update (RapportWindow *self)
{
  gboolean writable;

  g_assert (RAPPORT_IS_WINDOW (self));

  writable = !rapport_repository_is_read_only (rapport_context_get_repository (self->context));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-mentee", writable);
}
