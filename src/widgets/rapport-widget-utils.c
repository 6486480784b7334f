/* rapport-widget-utils.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-widget-utils"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-format.h"
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
static void
add_toast_to_root (GtkRoot  *root,
                   AdwToast *toast)
{
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

void
rapport_widget_add_toast (GtkWidget *widget,
                          AdwToast  *toast)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (ADW_IS_TOAST (toast));

  add_toast_to_root (gtk_widget_get_root (widget), toast);
}

static void
show_error_in_root (GtkRoot      *root,
                    const char   *what,
                    const GError *error)
{
  AdwToast *toast;

  toast = adw_toast_new_format ("%s: %s", what, error ? error->message : _("Unknown error"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  add_toast_to_root (root, toast);
}

/* What an Undo toast needs once the widget that showed it may be gone: a
 * write can rebuild the list holding the widget, so the window is looked
 * up before writing and held weakly. */
typedef struct
{
  GWeakRef           root;
  RapportRepository *repository;
  RapportItem       *item;
} UndoData;

static void
undo_data_free (UndoData *data)
{
  g_weak_ref_clear (&data->root);
  g_clear_object (&data->repository);
  g_clear_object (&data->item);
  g_free (data);
}

static AdwToast *
new_undo_toast (GtkRoot           *root,
                const char        *title,
                RapportRepository *repository,
                RapportItem       *item,
                GCallback          undo)
{
  AdwToast *toast = adw_toast_new (title);
  UndoData *data = g_new0 (UndoData, 1);

  g_weak_ref_init (&data->root, root);
  data->repository = g_object_ref (repository);
  data->item = g_object_ref (item);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "rapport-undo", data, (GDestroyNotify) undo_data_free);
  g_signal_connect (toast, "button-clicked", undo, data);
  return toast;
}

static void
undo_complete_cb (AdwToast *toast,
                  UndoData *data)
{
  g_autoptr(GtkRoot) root = g_weak_ref_get (&data->root);
  g_autoptr(GError) error = NULL;

  if (!rapport_repository_reopen_commitment (data->repository, RAPPORT_COMMITMENT (data->item), NULL, &error))
    show_error_in_root (root, _("Could not open the promise again"), error);
}

/**
 * rapport_widget_complete_promise:
 * @widget: the widget the mentor ticked, inside a window
 * @repository: the repository
 * @commitment: the promise
 *
 * The one way a promise is ticked off in the window, wherever it is shown:
 * marks it kept and shows a "kept" toast with Undo in the window, or says
 * why it could not be saved.
 *
 * Returns: %TRUE if the promise is kept now
 */
gboolean
rapport_widget_complete_promise (GtkWidget         *widget,
                                 RapportRepository *repository,
                                 RapportCommitment *commitment)
{
  g_autoptr(GtkRoot) root = NULL;
  g_autoptr(RapportCommitment) held = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *shown = NULL;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (repository), FALSE);
  g_return_val_if_fail (RAPPORT_IS_COMMITMENT (commitment), FALSE);

  /* Saving may rebuild the list and dispose @widget. */
  if (gtk_widget_get_root (widget) != NULL)
    root = g_object_ref (gtk_widget_get_root (widget));
  held = g_object_ref (commitment);

  if (!rapport_repository_complete_commitment (repository, held, &error))
    {
      show_error_in_root (root, _("Could not save the promise"), error);
      return FALSE;
    }

  /* Translators: a toast after ticking off a promise, %s is its title */
  shown = rapport_format_user_text (rapport_commitment_get_title (held));
  title = g_strdup_printf (_("“%s” kept"), shown);
  add_toast_to_root (root, new_undo_toast (root, title, repository, RAPPORT_ITEM (held),
                                           G_CALLBACK (undo_complete_cb)));
  return TRUE;
}

static void
undo_trash_cb (AdwToast *toast,
               UndoData *data)
{
  g_autoptr(GtkRoot) root = g_weak_ref_get (&data->root);
  g_autoptr(GError) error = NULL;

  if (!rapport_repository_restore (data->repository, data->item, &error))
    show_error_in_root (root, _("Could not restore from the trash"), error);
}

/**
 * rapport_widget_trash_with_undo:
 * @widget: the widget the mentor acted on, inside a window
 * @repository: the repository
 * @item: a saved item
 * @title: the toast, "“Send the article” moved to the trash"
 *
 * Moves @item to the trash and shows @title with Undo in the window, or
 * says why it could not.
 *
 * Returns: %TRUE if @item is in the trash now
 */
gboolean
rapport_widget_trash_with_undo (GtkWidget         *widget,
                                RapportRepository *repository,
                                RapportItem       *item,
                                const char        *title)
{
  g_autoptr(GtkRoot) root = NULL;
  g_autoptr(RapportItem) held = NULL;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (repository), FALSE);
  g_return_val_if_fail (RAPPORT_IS_ITEM (item), FALSE);

  if (gtk_widget_get_root (widget) != NULL)
    root = g_object_ref (gtk_widget_get_root (widget));
  held = g_object_ref (item);

  if (!rapport_repository_trash (repository, held, &error))
    {
      show_error_in_root (root, _("Could not move to the trash"), error);
      return FALSE;
    }

  toast = new_undo_toast (root, title, repository, held, G_CALLBACK (undo_trash_cb));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  add_toast_to_root (root, toast);
  return TRUE;
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
  g_return_if_fail (GTK_IS_WIDGET (widget));

  show_error_in_root (gtk_widget_get_root (widget), what, error);
}

AdwToast *
_rapport_widget_get_last_toast (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if (root == NULL)
    return NULL;
  return g_object_get_data (G_OBJECT (root), "rapport-last-toast");
}

/**
 * rapport_widget_labelled:
 * @caption: the field's name, in sentence case
 * @field: the control
 *
 * A caption above a control, the way the small dialogs lay out their
 * fields; screen readers read the caption as the control's name.
 *
 * Returns: (transfer floating): a box holding both
 */
GtkWidget *
rapport_widget_labelled (const char *caption,
                         GtkWidget  *field)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title = gtk_label_new (caption);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "caption-heading");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), field);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (field),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, title, NULL,
                                  -1);
  return box;
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
