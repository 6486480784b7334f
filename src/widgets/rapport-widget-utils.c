/* rapport-widget-utils.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-widget-utils"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-widget-utils.h"
#include "rapport-window.h"

/**
 * rapport_widget_add_toast:
 * @widget: a widget inside a window
 * @toast: (transfer full): the toast
 *
 * Shows @toast in the window holding @widget. The toplevel also keeps the
 * last toast so tests (which host widgets in a plain #GtkWindow) can press
 * its button.
 */
void
rapport_widget_add_toast (GtkWidget *widget,
                          AdwToast  *toast)
{
  GtkRoot *root;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (ADW_IS_TOAST (toast));

  root = gtk_widget_get_root (widget);
  if (root == NULL)
    {
      g_object_unref (toast);
      return;
    }

  g_object_set_data_full (G_OBJECT (root), "rapport-last-toast",
                          g_object_ref (toast), g_object_unref);

  if (RAPPORT_IS_WINDOW (root))
    rapport_window_add_toast (RAPPORT_WINDOW (root), toast);
  else if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), toast);
  else
    g_object_unref (toast);
}

/**
 * rapport_widget_show_error:
 * @widget: a widget inside a window
 * @what: what failed, as a full sentence ("Could not save the promise")
 * @error: the error
 *
 * Storage errors become a toast, never a silent warning.
 */
void
rapport_widget_show_error (GtkWidget    *widget,
                           const char   *what,
                           const GError *error)
{
  AdwToast *toast;

  toast = adw_toast_new_format ("%s: %s", what, error ? error->message : _("Unknown error"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  rapport_widget_add_toast (widget, toast);
}

AdwToast *
_rapport_widget_get_last_toast (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if (root == NULL)
    return NULL;
  return g_object_get_data (G_OBJECT (root), "rapport-last-toast");
}

char *
rapport_text_view_dup_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

void
rapport_text_view_set_text (GtkTextView *view,
                            const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text ? text : "", -1);
}

static gboolean
tick_key_cb (GtkWidget *row,
             GVariant  *args,
             gpointer   user_data)
{
  GtkWidget *check = user_data;

  if (!gtk_widget_is_sensitive (check))
    return FALSE;

  gtk_widget_activate (check);
  return TRUE;
}

/**
 * rapport_row_add_tick_key:
 * @row: a list row showing a promise
 * @check: its "done" check button, inside @row
 *
 * Space on @row ticks @check (or unticks it), as Space does on the check
 * button itself, whatever activating the row does (on Today it opens the
 * promise). The one keyboard rule for every promise row.
 */
void
rapport_row_add_tick_key (GtkWidget      *row,
                          GtkCheckButton *check)
{
  GtkEventController *controller;
  GtkShortcutTrigger *trigger;
  GtkShortcutAction *action;

  g_return_if_fail (GTK_IS_WIDGET (row));
  g_return_if_fail (GTK_IS_CHECK_BUTTON (check));
  g_return_if_fail (gtk_widget_is_ancestor (GTK_WIDGET (check), row));

  trigger = gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_space, 0),
                                         gtk_keyval_trigger_new (GDK_KEY_KP_Space, 0));
  /* The row holds the check button, so it outlives the action. */
  action = gtk_callback_action_new (tick_key_cb, check, NULL);

  controller = gtk_shortcut_controller_new ();
  gtk_event_controller_set_static_name (controller, "rapport-tick-key");
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (trigger, action));
  gtk_widget_add_controller (row, controller);
}
