/* rapport-new-mentee-dialog.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-new-mentee-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-context.h"
#include "rapport-new-mentee-dialog.h"

struct _RapportNewMenteeDialog
{
  AdwWindow         parent_instance;

  /* Template widgets */
  GtkWidget        *add_button;
  AdwEntryRow      *name_row;
  AdwEntryRow      *role_row;
  AdwEntryRow      *organization_row;
  GtkLabel         *error_label;

  /* Owned references */
  RapportContext   *context;
  RapportMentee    *mentee;
};

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (RapportNewMenteeDialog, rapport_new_mentee_dialog, ADW_TYPE_WINDOW)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* ------------------------------------------------------------------------ */

static gboolean
is_blank (const char *text)
{
  for (; text && *text; text = g_utf8_next_char (text))
    {
      if (!g_unichar_isspace (g_utf8_get_char (text)))
        return FALSE;
    }

  return TRUE;
}

static void
show_error (RapportNewMenteeDialog *self,
            const char             *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);

  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->name_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
}

static void
name_changed_cb (RapportNewMenteeDialog *self)
{
  gboolean blank = is_blank (gtk_editable_get_text (GTK_EDITABLE (self->name_row)));

  gtk_widget_set_sensitive (self->add_button, !blank);
  show_error (self, NULL);
}

/* A refused name keeps the dialog, and what was typed, on screen with the
 * reason; only a saved mentee closes it. */
static void
add_clicked_cb (RapportNewMenteeDialog *self)
{
  if (rapport_new_mentee_dialog_save (self))
    gtk_window_close (GTK_WINDOW (self));
}

/* ------------------------------------------------------------------------ */

static void
rapport_new_mentee_dialog_dispose (GObject *object)
{
  RapportNewMenteeDialog *self = (RapportNewMenteeDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), RAPPORT_TYPE_NEW_MENTEE_DIALOG);
  g_clear_object (&self->mentee);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (rapport_new_mentee_dialog_parent_class)->dispose (object);
}

static void
rapport_new_mentee_dialog_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  RapportNewMenteeDialog *self = RAPPORT_NEW_MENTEE_DIALOG (object);

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
rapport_new_mentee_dialog_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  RapportNewMenteeDialog *self = RAPPORT_NEW_MENTEE_DIALOG (object);

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
rapport_new_mentee_dialog_class_init (RapportNewMenteeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rapport_new_mentee_dialog_dispose;
  object_class->get_property = rapport_new_mentee_dialog_get_property;
  object_class->set_property = rapport_new_mentee_dialog_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         RAPPORT_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RapportNewMenteeDialog::saved:
   * @mentee: the new mentee
   *
   * Emitted once the mentee is in the notebook.
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, RAPPORT_TYPE_MENTEE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/rapport-new-mentee-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportNewMenteeDialog, add_button);
  gtk_widget_class_bind_template_child (widget_class, RapportNewMenteeDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, RapportNewMenteeDialog, role_row);
  gtk_widget_class_bind_template_child (widget_class, RapportNewMenteeDialog, organization_row);
  gtk_widget_class_bind_template_child (widget_class, RapportNewMenteeDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
}

static void
rapport_new_mentee_dialog_init (RapportNewMenteeDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* ------------------------------------------------------------------------ */

RapportNewMenteeDialog *
rapport_new_mentee_dialog_new (RapportContext *context,
                               GtkWindow      *parent)
{
  g_return_val_if_fail (RAPPORT_IS_CONTEXT (context), NULL);

  return g_object_new (RAPPORT_TYPE_NEW_MENTEE_DIALOG,
                       "context", context,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       NULL);
}

/**
 * rapport_new_mentee_dialog_save:
 * @self: a #RapportNewMenteeDialog
 *
 * Validates and saves the mentee typed in. On failure the reason is shown
 * under the fields and nothing is saved.
 *
 * Returns: %TRUE if the mentee was saved
 */
gboolean
rapport_new_mentee_dialog_save (RapportNewMenteeDialog *self)
{
  g_autoptr(RapportMentee) mentee = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  GSettings *settings;

  g_return_val_if_fail (RAPPORT_IS_NEW_MENTEE_DIALOG (self), FALSE);

  if (self->mentee != NULL)
    return TRUE;

  settings = rapport_context_get_settings (self->context);
  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));

  mentee = rapport_mentee_new ();
  rapport_mentee_set_name (mentee, name);
  rapport_mentee_set_role (mentee, gtk_editable_get_text (GTK_EDITABLE (self->role_row)));
  rapport_mentee_set_organization (mentee, gtk_editable_get_text (GTK_EDITABLE (self->organization_row)));
  rapport_mentee_set_cadence_days (mentee, g_settings_get_uint (settings, "default-cadence-days"));
  rapport_mentee_set_max_gap_days (mentee, MAX (g_settings_get_uint (settings, "default-max-gap-days"),
                                                g_settings_get_uint (settings, "default-cadence-days")));

  if (!rapport_repository_save (rapport_context_get_repository (self->context),
                                RAPPORT_ITEM (mentee), &error))
    {
      show_error (self, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
      return FALSE;
    }

  self->mentee = g_steal_pointer (&mentee);
  g_signal_emit (self, signals[SAVED], 0, self->mentee);

  return TRUE;
}

/**
 * rapport_new_mentee_dialog_get_mentee:
 *
 * Returns: (transfer none) (nullable): the saved mentee
 */
RapportMentee *
rapport_new_mentee_dialog_get_mentee (RapportNewMenteeDialog *self)
{
  g_return_val_if_fail (RAPPORT_IS_NEW_MENTEE_DIALOG (self), NULL);

  return self->mentee;
}
