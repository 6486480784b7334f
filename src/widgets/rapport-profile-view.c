/* rapport-profile-view.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-profile-view"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-due-date-button.h"
#include "rapport-profile-view.h"
#include "rapport-widget-utils.h"

/* The Profile tab: every field of the mentee, saved shortly after each
 * change (and when the tab goes away). A blank name is refused inline and
 * nothing is saved until there is one. */

#define AUTOSAVE_DELAY_MSEC 600

struct _RapportProfileView
{
  GtkWidget             parent_instance;

  /* Template widgets */
  AdwEntryRow          *name_row;
  GtkLabel             *name_error;
  AdwEntryRow          *pronouns_row;
  AdwEntryRow          *role_row;
  AdwEntryRow          *organization_row;
  AdwEntryRow          *contact_row;
  AdwEntryRow          *how_we_met_row;
  RapportDueDateButton *started_button;
  AdwComboRow          *status_row;
  GtkSpinButton        *cadence_spin;
  GtkSpinButton        *max_gap_spin;
  AdwEntryRow          *channel_row;
  AdwEntryRow          *feedback_row;
  AdwEntryRow          *sensitivities_row;
  GtkListBox           *boundaries_list;
  AdwEntryRow          *boundary_row;
  GtkLabel             *boundary_error;
  GtkDropDown          *boundary_level;
  AdwEntryRow          *tags_row;
  GtkTextView          *about_view;

  /* Owned references */
  RapportRepository    *repository;
  RapportMentee        *mentee;
  GPtrArray            *boundaries;
  GPtrArray            *boundary_rows;

  /* State */
  guint                 save_source;
  guint                 loading : 1;
  guint                 dirty : 1;
};

G_DEFINE_FINAL_TYPE (RapportProfileView, rapport_profile_view, GTK_TYPE_WIDGET)

static void field_changed_cb (RapportProfileView *self);
static void show_boundary_error (RapportProfileView *self,
                                 gboolean            show);

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */

static const char *
level_label (RapportBoundaryLevel level)
{
  switch (level)
    {
    case RAPPORT_BOUNDARY_LEVEL_OPEN:
      return C_("boundary level", "Open");
    case RAPPORT_BOUNDARY_LEVEL_ASK_FIRST:
      return _("Ask first");
    case RAPPORT_BOUNDARY_LEVEL_OFF_LIMITS:
      return _("Off limits");
    default:
      return "";
    }
}

static void
set_entry (AdwEntryRow *row,
           const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

static char *
entry_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static void remove_boundary_cb (GtkButton *button, RapportProfileView *self);

static void
rebuild_boundaries (RapportProfileView *self)
{
  for (guint i = 0; i < self->boundary_rows->len; i++)
    gtk_list_box_remove (self->boundaries_list, g_ptr_array_index (self->boundary_rows, i));
  g_ptr_array_set_size (self->boundary_rows, 0);

  for (guint i = 0; self->boundaries && i < self->boundaries->len; i++)
    {
      RapportBoundary *b = g_ptr_array_index (self->boundaries, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      g_autofree char *a11y = g_strdup_printf (_("Remove “%s”"), b->topic);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), b->topic);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), level_label (b->level));
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _("Remove"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
      g_object_set_data (G_OBJECT (remove), "index", GUINT_TO_POINTER (i));
      g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_boundary_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      gtk_list_box_insert (self->boundaries_list, row, i);
      g_ptr_array_add (self->boundary_rows, row);
    }
}

static void
load (RapportProfileView *self)
{
  RapportMentee *m = self->mentee;
  g_autofree char *tags = NULL;

  self->loading = TRUE;

  set_entry (self->name_row, m ? rapport_mentee_get_name (m) : NULL);
  set_entry (self->pronouns_row, m ? rapport_mentee_get_pronouns (m) : NULL);
  set_entry (self->role_row, m ? rapport_mentee_get_role (m) : NULL);
  set_entry (self->organization_row, m ? rapport_mentee_get_organization (m) : NULL);
  set_entry (self->contact_row, m ? rapport_mentee_get_contact (m) : NULL);
  set_entry (self->how_we_met_row, m ? rapport_mentee_get_how_we_met (m) : NULL);
  rapport_due_date_button_set_date (self->started_button, m ? rapport_mentee_get_started_on (m) : NULL);
  adw_combo_row_set_selected (self->status_row, m ? rapport_mentee_get_status (m) : 0);
  gtk_spin_button_set_value (self->cadence_spin, m ? rapport_mentee_get_cadence_days (m) : 0);
  gtk_spin_button_set_value (self->max_gap_spin, m ? rapport_mentee_get_max_gap_days (m) : 0);
  set_entry (self->channel_row, m ? rapport_mentee_get_preferred_channel (m) : NULL);
  set_entry (self->feedback_row, m ? rapport_mentee_get_feedback_preferences (m) : NULL);
  set_entry (self->sensitivities_row, m ? rapport_mentee_get_feedback_sensitivities (m) : NULL);
  if (m != NULL && rapport_mentee_get_tags (m) != NULL)
    tags = g_strjoinv (", ", (char **) rapport_mentee_get_tags (m));
  set_entry (self->tags_row, tags);
  rapport_text_view_set_text (self->about_view, m ? rapport_mentee_get_about (m) : NULL);

  g_clear_pointer (&self->boundaries, g_ptr_array_unref);
  if (m != NULL)
    self->boundaries = rapport_mentee_dup_boundaries (m);
  if (self->boundaries == NULL)
    self->boundaries = g_ptr_array_new_with_free_func ((GDestroyNotify) rapport_boundary_free);
  rebuild_boundaries (self);

  gtk_widget_set_visible (GTK_WIDGET (self->name_error), FALSE);
  gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
  show_boundary_error (self, FALSE);

  self->loading = FALSE;
  self->dirty = FALSE;
}

static gboolean
flush (RapportProfileView *self)
{
  g_autoptr(GError) error = NULL;

  if (!self->dirty)
    return TRUE;
  if (rapport_profile_view_save (self, &error))
    return TRUE;

  if (error->domain != RAPPORT_MODEL_ERROR)
    rapport_widget_show_error (GTK_WIDGET (self), _("Could not save the profile"), error);
  return FALSE;
}

static gboolean
save_timeout_cb (gpointer data)
{
  RapportProfileView *self = data;

  self->save_source = 0;
  flush (self);
  return G_SOURCE_REMOVE;
}

/* ------------------------------------------------------------------------ */
/* Callbacks                                                                */

static void
field_changed_cb (RapportProfileView *self)
{
  if (self->loading || self->mentee == NULL)
    return;

  self->dirty = TRUE;
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (AUTOSAVE_DELAY_MSEC, save_timeout_cb, self);
}

static void
show_boundary_error (RapportProfileView *self,
                     gboolean            show)
{
  gtk_widget_set_visible (GTK_WIDGET (self->boundary_error), show);
  if (show)
    gtk_widget_add_css_class (GTK_WIDGET (self->boundary_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->boundary_row), "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->boundary_row),
                               GTK_ACCESSIBLE_STATE_INVALID,
                               show ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

static void
boundary_changed_cb (RapportProfileView *self)
{
  show_boundary_error (self, FALSE);
}

/* A topic already listed gets the new level instead of a second row that
 * could contradict the first. */
static void
add_boundary_cb (RapportProfileView *self)
{
  g_autofree char *topic = entry_text (self->boundary_row);
  g_autofree char *folded = NULL;
  RapportBoundaryLevel level = gtk_drop_down_get_selected (self->boundary_level);
  gboolean found = FALSE;

  if (self->mentee == NULL)
    return;

  if (topic[0] == '\0')
    {
      show_boundary_error (self, TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (self->boundary_row));
      return;
    }

  folded = g_utf8_casefold (topic, -1);
  for (guint i = 0; i < self->boundaries->len && !found; i++)
    {
      RapportBoundary *b = g_ptr_array_index (self->boundaries, i);
      g_autofree char *other = g_utf8_casefold (b->topic, -1);

      if (g_utf8_collate (folded, other) == 0)
        {
          b->level = level;
          found = TRUE;
        }
    }
  if (!found)
    g_ptr_array_add (self->boundaries, rapport_boundary_new (topic, level));

  gtk_editable_set_text (GTK_EDITABLE (self->boundary_row), "");
  rebuild_boundaries (self);
  field_changed_cb (self);
}

static void
remove_boundary_cb (GtkButton          *button,
                    RapportProfileView *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));

  if (index >= self->boundaries->len)
    return;
  g_ptr_array_remove_index (self->boundaries, index);
  rebuild_boundaries (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->boundary_row));
  field_changed_cb (self);
}

/* ------------------------------------------------------------------------ */
/* GtkWidget                                                                */

static void
rapport_profile_view_unmap (GtkWidget *widget)
{
  flush (RAPPORT_PROFILE_VIEW (widget));

  GTK_WIDGET_CLASS (rapport_profile_view_parent_class)->unmap (widget);
}

/* ------------------------------------------------------------------------ */
/* GObject                                                                  */

static void
rapport_profile_view_dispose (GObject *object)
{
  RapportProfileView *self = (RapportProfileView *)object;
  GtkWidget *child;

  if (self->name_row != NULL)
    flush (self);
  g_clear_handle_id (&self->save_source, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), RAPPORT_TYPE_PROFILE_VIEW);
  /* The template's top-level child is not bound, so unparent it here. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->mentee);
  g_clear_object (&self->repository);
  g_clear_pointer (&self->boundaries, g_ptr_array_unref);

  G_OBJECT_CLASS (rapport_profile_view_parent_class)->dispose (object);
}

static void
rapport_profile_view_finalize (GObject *object)
{
  RapportProfileView *self = (RapportProfileView *)object;

  g_clear_pointer (&self->boundary_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (rapport_profile_view_parent_class)->finalize (object);
}

static void
rapport_profile_view_class_init (RapportProfileViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rapport_profile_view_dispose;
  object_class->finalize = rapport_profile_view_finalize;
  widget_class->unmap = rapport_profile_view_unmap;

  g_type_ensure (RAPPORT_TYPE_DUE_DATE_BUTTON);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/ui/rapport-profile-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportProfileView, name_row);
  gtk_widget_class_bind_template_child (widget_class, RapportProfileView, name_error);
  gtk_widget_class_bind_template_child (widget_class, RapportProfileView, pronouns_row);
  gtk_widget_class_bind_template_child (widget_class, RapportProfileView, role_row);
  gtk_widget_class_bind_template_child (widget_class, RapportProfileView, organization_row);
  gtk_widget_class_bind_template_child (widget_class, RapportProfileView, contact_row);
  gtk_widget_class_bind_template_child (widget_class, RapportProfileView, how_we_met_row);
  gtk_widget_class_bind_template_child (widget_class, RapportProfileView, started_button);
  gtk_widget_class_bind_template_child (widget_class, RapportProfileView, status_row);
  gtk_widget_class_bind_template_child (widget_class, RapportProfileView, cadence_spin);
  gtk_widget_class_bind_template_child (widget_class, RapportProfileView, max_gap_spin);
  gtk_widget_class_bind_template_child (widget_class, RapportProfileView, channel_row);
  gtk_widget_class_bind_template_child (widget_class, RapportProfileView, feedback_row);
  gtk_widget_class_bind_template_child (widget_class, RapportProfileView, sensitivities_row);
  gtk_widget_class_bind_template_child (widget_class, RapportProfileView, boundaries_list);
  gtk_widget_class_bind_template_child (widget_class, RapportProfileView, boundary_row);
  gtk_widget_class_bind_template_child (widget_class, RapportProfileView, boundary_error);
  gtk_widget_class_bind_template_child (widget_class, RapportProfileView, boundary_level);
  gtk_widget_class_bind_template_child (widget_class, RapportProfileView, tags_row);
  gtk_widget_class_bind_template_child (widget_class, RapportProfileView, about_view);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_boundary_cb);
  gtk_widget_class_bind_template_callback (widget_class, boundary_changed_cb);
}

static void
rapport_profile_view_init (RapportProfileView *self)
{
  self->boundary_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (gtk_text_view_get_buffer (self->about_view), "changed",
                           G_CALLBACK (field_changed_cb), self, G_CONNECT_SWAPPED);
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */

void
rapport_profile_view_set_mentee (RapportProfileView *self,
                                 RapportRepository  *repository,
                                 RapportMentee      *mentee)
{
  g_return_if_fail (RAPPORT_IS_PROFILE_VIEW (self));

  flush (self);
  g_clear_handle_id (&self->save_source, g_source_remove);
  g_set_object (&self->repository, repository);
  g_set_object (&self->mentee, mentee);
  load (self);
}

/**
 * rapport_profile_view_save:
 *
 * Saves the fields changed since the last save now. Validation problems (a blank name) are shown inline
 * and returned as %RAPPORT_MODEL_ERROR; nothing is saved then.
 */
gboolean
rapport_profile_view_save (RapportProfileView  *self,
                           GError             **error)
{
  g_autoptr(RapportMentee) edited = NULL;
  g_autofree char *name = NULL;
  g_autofree char *about = NULL;
  g_autofree char *tags_text = NULL;
  g_autoptr(GPtrArray) tags = NULL;
  g_auto(GStrv) parts = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (RAPPORT_IS_PROFILE_VIEW (self), FALSE);

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->mentee == NULL || self->repository == NULL || !self->dirty)
    return TRUE;

  name = entry_text (self->name_row);
  if (name[0] == '\0')
    {
      gtk_widget_set_visible (GTK_WIDGET (self->name_error), TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (self->name_row), "error");
      g_set_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_REQUIRED,
                   _("A name is required."));
      return FALSE;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->name_error), FALSE);
  gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");

  tags_text = entry_text (self->tags_row);
  parts = g_strsplit (tags_text, ",", -1);
  tags = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *tag = g_strstrip (parts[i]);

      if (tag[0] != '\0')
        g_ptr_array_add (tags, g_strdup (tag));
    }
  g_ptr_array_add (tags, NULL);

  about = rapport_text_view_dup_text (self->about_view);

  /* Edit a copy: the shown mentee changes only once the notebook has it. */
  edited = g_object_new (RAPPORT_TYPE_MENTEE, NULL);
  rapport_item_update_from (RAPPORT_ITEM (edited), RAPPORT_ITEM (self->mentee));
  rapport_mentee_set_name (edited, name);
  rapport_mentee_set_pronouns (edited, gtk_editable_get_text (GTK_EDITABLE (self->pronouns_row)));
  rapport_mentee_set_role (edited, gtk_editable_get_text (GTK_EDITABLE (self->role_row)));
  rapport_mentee_set_organization (edited, gtk_editable_get_text (GTK_EDITABLE (self->organization_row)));
  rapport_mentee_set_contact (edited, gtk_editable_get_text (GTK_EDITABLE (self->contact_row)));
  rapport_mentee_set_how_we_met (edited, gtk_editable_get_text (GTK_EDITABLE (self->how_we_met_row)));
  rapport_mentee_set_started_on (edited, rapport_due_date_button_get_date (self->started_button));
  rapport_mentee_set_status (edited, adw_combo_row_get_selected (self->status_row));
  rapport_mentee_set_cadence_days (edited, gtk_spin_button_get_value_as_int (self->cadence_spin));
  rapport_mentee_set_max_gap_days (edited, gtk_spin_button_get_value_as_int (self->max_gap_spin));
  rapport_mentee_set_preferred_channel (edited, gtk_editable_get_text (GTK_EDITABLE (self->channel_row)));
  rapport_mentee_set_feedback_preferences (edited, gtk_editable_get_text (GTK_EDITABLE (self->feedback_row)));
  rapport_mentee_set_feedback_sensitivities (edited, gtk_editable_get_text (GTK_EDITABLE (self->sensitivities_row)));
  rapport_mentee_set_tags (edited, (const char * const *) tags->pdata);
  rapport_mentee_set_about (edited, about);
  rapport_mentee_set_boundary_list (edited, self->boundaries);

  if (!rapport_repository_save (self->repository, RAPPORT_ITEM (edited), &local_error))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  rapport_item_update_from (RAPPORT_ITEM (self->mentee), RAPPORT_ITEM (edited));
  self->dirty = FALSE;
  return TRUE;
}
