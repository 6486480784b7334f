/* rapport-preferences-window.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-context.h"
#include "rapport-preferences-window.h"

struct _RapportPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* Template widgets */
  GtkSpinButton        *cadence_spin;
  GtkSpinButton        *max_gap_spin;

  /* Owned references */
  RapportContext       *context;
};

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RapportPreferencesWindow, rapport_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static GParamSpec *properties[N_PROPS];

/* ------------------------------------------------------------------------ */

static void
rapport_preferences_window_constructed (GObject *object)
{
  RapportPreferencesWindow *self = (RapportPreferencesWindow *)object;
  GSettings *settings;

  G_OBJECT_CLASS (rapport_preferences_window_parent_class)->constructed (object);

  settings = rapport_context_get_settings (self->context);

  g_settings_bind (settings, "default-cadence-days",
                   gtk_spin_button_get_adjustment (self->cadence_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "default-max-gap-days",
                   gtk_spin_button_get_adjustment (self->max_gap_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);
}

static void
rapport_preferences_window_dispose (GObject *object)
{
  RapportPreferencesWindow *self = (RapportPreferencesWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), RAPPORT_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (rapport_preferences_window_parent_class)->dispose (object);
}

static void
rapport_preferences_window_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  RapportPreferencesWindow *self = RAPPORT_PREFERENCES_WINDOW (object);

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
rapport_preferences_window_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  RapportPreferencesWindow *self = RAPPORT_PREFERENCES_WINDOW (object);

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
rapport_preferences_window_class_init (RapportPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = rapport_preferences_window_constructed;
  object_class->dispose = rapport_preferences_window_dispose;
  object_class->get_property = rapport_preferences_window_get_property;
  object_class->set_property = rapport_preferences_window_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         RAPPORT_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/rapport-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportPreferencesWindow, cadence_spin);
  gtk_widget_class_bind_template_child (widget_class, RapportPreferencesWindow, max_gap_spin);
}

static void
rapport_preferences_window_init (RapportPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* ------------------------------------------------------------------------ */

RapportPreferencesWindow *
rapport_preferences_window_new (RapportContext *context)
{
  g_return_val_if_fail (RAPPORT_IS_CONTEXT (context), NULL);

  return g_object_new (RAPPORT_TYPE_PREFERENCES_WINDOW,
                       "context", context,
                       NULL);
}
