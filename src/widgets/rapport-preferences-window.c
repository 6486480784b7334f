/* rapport-preferences-window.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-backups-page.h"
#include "rapport-context.h"
#include "rapport-date-input.h"
#include "rapport-preferences-window.h"
#include "rapport-question-bank-page.h"

struct _RapportPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* Template widgets */
  GtkSpinButton        *cadence_spin;
  GtkSpinButton        *max_gap_spin;
  GtkSwitch            *reminders_switch;
  GtkSwitch            *background_switch;
  GtkSwitch            *details_switch;
  GtkWidget            *details_row;
  GtkWidget            *background_row;
  GtkWidget            *timing_group;
  GtkWidget            *quiet_group;
  GtkSpinButton        *morning_spin;
  AdwComboRow          *lead_row;
  GtkSpinButton        *snooze_spin;
  GtkSwitch            *mentee_commitments_switch;
  AdwExpanderRow       *quiet_row;
  GtkSpinButton        *quiet_start_spin;
  GtkSpinButton        *quiet_end_spin;
  RapportQuestionBankPage *question_bank_page;
  RapportBackupsPage   *backups_page;

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

/* The choices of "Before Meetings", in minutes; 0 turns them off. */
static const int lead_minutes[] = { 0, 15, 30, 60, 120, 1440 };

static const char *
lead_label (int minutes)
{
  switch (minutes)
    {
    case 0:
      return _("Off");
    case 15:
      return _("15 minutes");
    case 30:
      return _("30 minutes");
    case 60:
      return _("1 hour");
    case 120:
      return _("2 hours");
    case 1440:
      return _("1 day");
    default:
      g_assert_not_reached ();
    }
}

static gboolean
lead_get_mapping (GValue   *value,
                  GVariant *variant,
                  gpointer  user_data)
{
  int minutes = g_variant_get_int32 (variant);
  guint best = 0;

  /* A value set elsewhere (gsettings) shows as the nearest choice. */
  for (guint i = 1; i < G_N_ELEMENTS (lead_minutes); i++)
    if (ABS (lead_minutes[i] - minutes) < ABS (lead_minutes[best] - minutes))
      best = i;

  g_value_set_uint (value, best);
  return TRUE;
}

static GVariant *
lead_set_mapping (const GValue       *value,
                  const GVariantType *expected_type,
                  gpointer            user_data)
{
  guint i = g_value_get_uint (value);

  if (i >= G_N_ELEMENTS (lead_minutes))
    return NULL;

  return g_variant_new_int32 (lead_minutes[i]);
}

/* The hour keys are shown on a spin button counting minutes of the day, so
 * every time row reads "08:00". */
static gboolean
hour_get_mapping (GValue   *value,
                  GVariant *variant,
                  gpointer  user_data)
{
  g_value_set_double (value, g_variant_get_int32 (variant) * 60.0);
  return TRUE;
}

static GVariant *
hour_set_mapping (const GValue       *value,
                  const GVariantType *expected_type,
                  gpointer            user_data)
{
  return g_variant_new_int32 (CLAMP ((int)(g_value_get_double (value) / 60.0), 0, 23));
}

static gboolean
time_get_mapping (GValue   *value,
                  GVariant *variant,
                  gpointer  user_data)
{
  int h, m;

  if (!rapport_time_parse (g_variant_get_string (variant, NULL), &h, &m))
    return FALSE;

  g_value_set_double (value, h * 60 + m);
  return TRUE;
}

static GVariant *
time_set_mapping (const GValue       *value,
                  const GVariantType *expected_type,
                  gpointer            user_data)
{
  int minutes = CLAMP ((int)g_value_get_double (value), 0, 24 * 60 - 1);
  g_autofree char *text = g_strdup_printf ("%02d:%02d", minutes / 60, minutes % 60);

  return g_variant_new_string (text);
}

static gboolean
time_spin_output_cb (GtkSpinButton *spin)
{
  int minutes = (int)gtk_adjustment_get_value (gtk_spin_button_get_adjustment (spin));
  g_autofree char *text = g_strdup_printf ("%02d:%02d", minutes / 60, minutes % 60);

  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);

  return TRUE;
}

static int
time_spin_input_cb (GtkSpinButton *spin,
                    double        *new_value)
{
  int h, m;

  /* "21:30", "21", "9 pm": the one rule for typed times. */
  if (!rapport_time_input_parse (gtk_editable_get_text (GTK_EDITABLE (spin)), &h, &m, NULL))
    return GTK_INPUT_ERROR;

  *new_value = h * 60 + m;
  return TRUE;
}

static void
setup_time_spin (GtkSpinButton *spin)
{
  g_signal_connect (spin, "output", G_CALLBACK (time_spin_output_cb), NULL);
  g_signal_connect (spin, "input", G_CALLBACK (time_spin_input_cb), NULL);
}

static void
rapport_preferences_window_constructed (GObject *object)
{
  RapportPreferencesWindow *self = (RapportPreferencesWindow *)object;
  GSettings *settings;

  G_OBJECT_CLASS (rapport_preferences_window_parent_class)->constructed (object);

  settings = rapport_context_get_settings (self->context);
  rapport_backups_page_set_context (self->backups_page, self->context);
  rapport_question_bank_page_set_repository (self->question_bank_page,
                                             rapport_context_get_repository (self->context));

  g_settings_bind (settings, "default-cadence-days",
                   gtk_spin_button_get_adjustment (self->cadence_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "default-max-gap-days",
                   gtk_spin_button_get_adjustment (self->max_gap_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);

  /* Reminders */
  g_settings_bind (settings, "reminders-enabled", self->reminders_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "run-in-background", self->background_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "show-details", self->details_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "remind-mentee-commitments", self->mentee_commitments_switch,
                   "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "quiet-hours-enabled", self->quiet_row, "enable-expansion",
                   G_SETTINGS_BIND_DEFAULT);

  g_settings_bind_with_mapping (settings, "morning-hour",
                                gtk_spin_button_get_adjustment (self->morning_spin), "value",
                                G_SETTINGS_BIND_DEFAULT, hour_get_mapping, hour_set_mapping,
                                NULL, NULL);
  g_settings_bind_with_mapping (settings, "snooze-until-hour",
                                gtk_spin_button_get_adjustment (self->snooze_spin), "value",
                                G_SETTINGS_BIND_DEFAULT, hour_get_mapping, hour_set_mapping,
                                NULL, NULL);
  g_settings_bind_with_mapping (settings, "quiet-start",
                                gtk_spin_button_get_adjustment (self->quiet_start_spin), "value",
                                G_SETTINGS_BIND_DEFAULT, time_get_mapping, time_set_mapping,
                                NULL, NULL);
  g_settings_bind_with_mapping (settings, "quiet-end",
                                gtk_spin_button_get_adjustment (self->quiet_end_spin), "value",
                                G_SETTINGS_BIND_DEFAULT, time_get_mapping, time_set_mapping,
                                NULL, NULL);
  g_settings_bind_with_mapping (settings, "meeting-lead-minutes", self->lead_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, lead_get_mapping, lead_set_mapping,
                                NULL, NULL);

  /* With reminders off, the rest of the page has nothing to configure. */
  g_object_bind_property (self->reminders_switch, "active", self->background_row, "sensitive",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->reminders_switch, "active", self->details_row, "sensitive",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->reminders_switch, "active", self->timing_group, "sensitive",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->reminders_switch, "active", self->quiet_group, "sensitive",
                          G_BINDING_SYNC_CREATE);
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

  g_type_ensure (RAPPORT_TYPE_BACKUPS_PAGE);
  g_type_ensure (RAPPORT_TYPE_QUESTION_BANK_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/rapport-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportPreferencesWindow, cadence_spin);
  gtk_widget_class_bind_template_child (widget_class, RapportPreferencesWindow, max_gap_spin);
  gtk_widget_class_bind_template_child (widget_class, RapportPreferencesWindow, reminders_switch);
  gtk_widget_class_bind_template_child (widget_class, RapportPreferencesWindow, background_switch);
  gtk_widget_class_bind_template_child (widget_class, RapportPreferencesWindow, details_switch);
  gtk_widget_class_bind_template_child (widget_class, RapportPreferencesWindow, details_row);
  gtk_widget_class_bind_template_child (widget_class, RapportPreferencesWindow, background_row);
  gtk_widget_class_bind_template_child (widget_class, RapportPreferencesWindow, timing_group);
  gtk_widget_class_bind_template_child (widget_class, RapportPreferencesWindow, quiet_group);
  gtk_widget_class_bind_template_child (widget_class, RapportPreferencesWindow, morning_spin);
  gtk_widget_class_bind_template_child (widget_class, RapportPreferencesWindow, lead_row);
  gtk_widget_class_bind_template_child (widget_class, RapportPreferencesWindow, snooze_spin);
  gtk_widget_class_bind_template_child (widget_class, RapportPreferencesWindow, mentee_commitments_switch);
  gtk_widget_class_bind_template_child (widget_class, RapportPreferencesWindow, quiet_row);
  gtk_widget_class_bind_template_child (widget_class, RapportPreferencesWindow, quiet_start_spin);
  gtk_widget_class_bind_template_child (widget_class, RapportPreferencesWindow, quiet_end_spin);
  gtk_widget_class_bind_template_child (widget_class, RapportPreferencesWindow, question_bank_page);
  gtk_widget_class_bind_template_child (widget_class, RapportPreferencesWindow, backups_page);
}

static void
rapport_preferences_window_init (RapportPreferencesWindow *self)
{
  g_autoptr(GtkStringList) leads = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (lead_minutes); i++)
    gtk_string_list_append (leads, lead_label (lead_minutes[i]));
  adw_combo_row_set_model (self->lead_row, G_LIST_MODEL (leads));

  setup_time_spin (self->morning_spin);
  setup_time_spin (self->snooze_spin);
  setup_time_spin (self->quiet_start_spin);
  setup_time_spin (self->quiet_end_spin);
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
