/* rapport-window.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-window"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-application.h"
#include "rapport-window-private.h"

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RapportWindow, rapport_window, ADW_TYPE_APPLICATION_WINDOW)

static GParamSpec *properties[N_PROPS];

/* ------------------------------------------------------------------------ */

static void
rapport_window_constructed (GObject *object)
{
  RapportWindow *self = (RapportWindow *)object;

  G_OBJECT_CLASS (rapport_window_parent_class)->constructed (object);

  g_assert (RAPPORT_IS_CONTEXT (self->context));

  self->settings = g_object_ref (rapport_context_get_settings (self->context));

  /* The window comes back at the size and state the mentor left it in. */
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);

  _rapport_window_actions_update (self);
}

static void
rapport_window_dispose (GObject *object)
{
  RapportWindow *self = (RapportWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), RAPPORT_TYPE_WINDOW);

  g_clear_object (&self->settings);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (rapport_window_parent_class)->dispose (object);
}

static void
rapport_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RapportWindow *self = RAPPORT_WINDOW (object);

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
rapport_window_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  RapportWindow *self = RAPPORT_WINDOW (object);

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
rapport_window_class_init (RapportWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = rapport_window_constructed;
  object_class->dispose = rapport_window_dispose;
  object_class->get_property = rapport_window_get_property;
  object_class->set_property = rapport_window_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         RAPPORT_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/rapport-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, sidebar_empty_page);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, content);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, primary_menu_button);

  _rapport_window_class_actions_init (klass);
}

static void
rapport_window_init (RapportWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

#if DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif
}

/* ------------------------------------------------------------------------ */

RapportWindow *
rapport_window_new (RapportApplication *application)
{
  g_return_val_if_fail (RAPPORT_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (rapport_application_get_context (application) != NULL, NULL);

  return g_object_new (RAPPORT_TYPE_WINDOW,
                       "application", application,
                       "context", rapport_application_get_context (application),
                       NULL);
}

/**
 * rapport_window_get_context:
 * @self: a #RapportWindow
 *
 * Returns: (transfer none): the context the window shows
 */
RapportContext *
rapport_window_get_context (RapportWindow *self)
{
  g_return_val_if_fail (RAPPORT_IS_WINDOW (self), NULL);

  return self->context;
}

/**
 * rapport_window_add_toast:
 * @self: a #RapportWindow
 * @toast: (transfer full): the toast to show
 */
void
rapport_window_add_toast (RapportWindow *self,
                          AdwToast      *toast)
{
  g_return_if_fail (RAPPORT_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
