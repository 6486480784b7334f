/* rapport-window-actions.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-window-actions"

#include "config.h"

#include <glib/gi18n.h>

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
rapport_window_actions_new_mentee (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *param)
{
}

void
_rapport_window_class_actions_init (RapportWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.go-back", NULL, rapport_window_actions_go_back);
  gtk_widget_class_install_action (widget_class, "win.new-mentee", NULL, rapport_window_actions_new_mentee);
}

/* Actions are enabled in one place, from the window's state, so a button is
 * never live when its action cannot do anything. */
void
_rapport_window_actions_update (RapportWindow *self)
{
  g_assert (RAPPORT_IS_WINDOW (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-mentee", FALSE);
}
