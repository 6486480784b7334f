/* rapport-mentee-row.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-mentee-row"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "rapport-format.h"
#include "rapport-mentee-row.h"

struct _RapportMenteeRow
{
  GtkWidget      parent_instance;

  /* Template widgets */
  GtkWidget     *box;
  AdwAvatar     *avatar;
  GtkLabel      *name_label;
  GtkLabel      *status_label;
  GtkLabel      *badge;

  /* Owned references */
  RapportMentee *item;
  GSignalGroup  *item_signals;
};

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RapportMenteeRow, rapport_mentee_row, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

/* ------------------------------------------------------------------------ */

static void
update (RapportMenteeRow *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *status = NULL;
  g_autofree char *badge = NULL;
  g_autofree char *accessible = NULL;
  const char *name;
  int overdue;

  if (self->item == NULL)
    return;

  now = g_date_time_new_now_local ();
  name = rapport_mentee_get_name (self->item);
  status = rapport_format_mentee_status (self->item, now);
  overdue = rapport_mentee_get_overdue_promises (self->item);

  adw_avatar_set_text (self->avatar, name);
  gtk_label_set_label (self->name_label, name);
  gtk_label_set_label (self->status_label, status);

  badge = g_strdup_printf ("%d", overdue);
  gtk_label_set_label (self->badge, badge);
  gtk_widget_set_visible (GTK_WIDGET (self->badge), overdue > 0);

  if (rapport_mentee_get_rhythm_state (self->item) == RAPPORT_RHYTHM_STATE_OVERDUE || overdue > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "warning");

  /* Translators: how a screen reader reads a mentee in the list: "Alex Kim, 2 promises overdue" */
  accessible = g_strdup_printf (_("%s, %s"), name, status);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

/* ------------------------------------------------------------------------ */

static void
rapport_mentee_row_dispose (GObject *object)
{
  RapportMenteeRow *self = (RapportMenteeRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), RAPPORT_TYPE_MENTEE_ROW);
  g_clear_object (&self->item_signals);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (rapport_mentee_row_parent_class)->dispose (object);
}

static void
rapport_mentee_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  RapportMenteeRow *self = RAPPORT_MENTEE_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_mentee_row_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  RapportMenteeRow *self = RAPPORT_MENTEE_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      rapport_mentee_row_set_item (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_mentee_row_class_init (RapportMenteeRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rapport_mentee_row_dispose;
  object_class->get_property = rapport_mentee_row_get_property;
  object_class->set_property = rapport_mentee_row_set_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         RAPPORT_TYPE_MENTEE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/rapport-mentee-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportMenteeRow, box);
  gtk_widget_class_bind_template_child (widget_class, RapportMenteeRow, avatar);
  gtk_widget_class_bind_template_child (widget_class, RapportMenteeRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, RapportMenteeRow, status_label);
  gtk_widget_class_bind_template_child (widget_class, RapportMenteeRow, badge);
}

static void
rapport_mentee_row_init (RapportMenteeRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Any change to the mentee (a renamed mentee, a promise ticked off that
   * changes the counts) redraws the row. */
  self->item_signals = g_signal_group_new (RAPPORT_TYPE_MENTEE);
  g_signal_group_connect_object (self->item_signals, "notify", G_CALLBACK (update),
                                 self, G_CONNECT_SWAPPED);
}

/* ------------------------------------------------------------------------ */

/**
 * rapport_mentee_row_get_item:
 *
 * Returns: (transfer none) (nullable): the mentee shown
 */
RapportMentee *
rapport_mentee_row_get_item (RapportMenteeRow *self)
{
  g_return_val_if_fail (RAPPORT_IS_MENTEE_ROW (self), NULL);

  return self->item;
}

void
rapport_mentee_row_set_item (RapportMenteeRow *self,
                             RapportMentee    *item)
{
  g_return_if_fail (RAPPORT_IS_MENTEE_ROW (self));
  g_return_if_fail (!item || RAPPORT_IS_MENTEE (item));

  if (g_set_object (&self->item, item))
    {
      g_signal_group_set_target (self->item_signals, item);
      update (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
    }
}
