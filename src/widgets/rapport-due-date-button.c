/* rapport-due-date-button.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-due-date-button"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-date-input.h"
#include "rapport-due-date-button.h"
#include "rapport-enums.h"
#include "rapport-format.h"
#include "rapport-rhythm.h"

/* A date field: a button showing the date, whose popover takes a typed date
 * (read by rapport_date_input_parse() with the field's bias, in the
 * mentor's language) or a click in a calendar. The field names itself
 * (#RapportDueDateButton:title) in its tooltip and to screen readers, and
 * offers to clear the date only when #RapportDueDateButton:clear-label is
 * set. */

struct _RapportDueDateButton
{
  GtkWidget       parent_instance;

  /* Template widgets */
  GtkMenuButton  *menu_button;
  GtkLabel       *label;
  GtkPopover     *popover;
  GtkEntry       *entry;
  GtkLabel       *hint;
  GtkCalendar    *calendar;
  GtkButton      *clear_button;

  /* State */
  char           *date;
  char           *empty_text;
  char           *title;
  char           *clear_label;
  RapportDateBias bias;
  guint           syncing : 1;
};

enum {
  PROP_0,
  PROP_DATE,
  PROP_EMPTY_TEXT,
  PROP_TITLE,
  PROP_CLEAR_LABEL,
  PROP_BIAS,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RapportDueDateButton, rapport_due_date_button, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */

static const char *
get_title (RapportDueDateButton *self)
{
  return self->title ? self->title : _("Date");
}

static void
update_label (RapportDueDateButton *self)
{
  g_autofree char *text = NULL;
  g_autofree char *a11y = NULL;

  if (self->date != NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      text = rapport_format_date (self->date, now);
    }
  else
    text = g_strdup (self->empty_text ? self->empty_text : _("No date"));

  gtk_label_set_label (self->label, text);
  /* Translators: what a screen reader says of a date field, "Due Date: Fri" */
  a11y = g_strdup_printf (_("%s: %s"), get_title (self), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, a11y,
                                  -1);
}

static void
show_hint (RapportDueDateButton *self,
           const char           *problem)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *examples = rapport_date_input_dup_hint (now, self->bias);
  g_autofree char *text = NULL;

  if (problem != NULL)
    text = g_strdup_printf ("%s\n%s", problem, examples);
  gtk_label_set_label (self->hint, text ? text : examples);

  if (problem != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->entry), "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->entry),
                               GTK_ACCESSIBLE_STATE_INVALID,
                               problem ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

/* The field's name and the examples of its bias, in the mentor's
 * language, wherever the field presents itself. */
static void
update_presentation (RapportDueDateButton *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_auto(GStrv) examples = rapport_date_input_dup_examples (now, self->bias);
  g_autofree char *placeholder = g_strjoinv (", ", examples);
  const char *title = get_title (self);

  gtk_widget_set_tooltip_text (GTK_WIDGET (self->menu_button), title);
  gtk_entry_set_placeholder_text (self->entry, placeholder);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->calendar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  gtk_button_set_label (self->clear_button, self->clear_label ? self->clear_label : "");
  gtk_widget_set_visible (GTK_WIDGET (self->clear_button), self->clear_label != NULL);
  update_label (self);
}

/* ------------------------------------------------------------------------ */
/* Callbacks                                                                */

static void
popover_show_cb (RapportDueDateButton *self)
{
  GDate date;

  self->syncing = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  update_presentation (self);
  show_hint (self, NULL);

  if (self->date != NULL && rapport_date_parse (self->date, &date))
    {
      g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
      g_autoptr(GDateTime) dt = g_date_time_new (tz, g_date_get_year (&date),
                                                 g_date_get_month (&date),
                                                 g_date_get_day (&date), 12, 0, 0);

      gtk_calendar_select_day (self->calendar, dt);
    }
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      gtk_calendar_select_day (self->calendar, now);
    }
  self->syncing = FALSE;

  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

static void
entry_changed_cb (RapportDueDateButton *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = NULL;

  if (self->syncing)
    return;

  if (text[0] == '\0')
    {
      show_hint (self, NULL);
      return;
    }

  now = g_date_time_new_now_local ();
  if ((iso = rapport_date_input_read (text, now, self->bias, &error)) != NULL)
    {
      g_autoptr(GDate) date = g_date_new ();
      g_autofree char *pretty = rapport_format_date (iso, now);
      g_autofree char *numeric = NULL;
      g_autofree char *hint = NULL;

      rapport_date_parse (iso, date);
      numeric = rapport_date_input_format_numeric (date);
      /* Translators: the hint of a date field while typing, "Press Enter for Fri (11/27/2026)" */
      hint = g_strdup_printf (_("Press Enter for %s (%s)"), pretty, numeric);
      gtk_label_set_label (self->hint, hint);
      gtk_widget_remove_css_class (GTK_WIDGET (self->entry), "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (self->entry),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_FALSE,
                                   -1);
    }
  else
    show_hint (self, error->message);
}

static void
entry_activate_cb (RapportDueDateButton *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  g_autoptr(GError) error = NULL;

  /* A refused date keeps the popover open with what was typed and why. */
  if (rapport_due_date_button_set_from_text (self, text, &error))
    gtk_popover_popdown (self->popover);
  else
    {
      show_hint (self, error->message);
      gtk_widget_error_bell (GTK_WIDGET (self->entry));
    }
}

static void
calendar_day_selected_cb (RapportDueDateButton *self)
{
  g_autoptr(GDateTime) dt = NULL;
  g_autofree char *iso = NULL;

  if (self->syncing)
    return;

  dt = gtk_calendar_get_date (self->calendar);
  iso = g_date_time_format (dt, "%Y-%m-%d");
  rapport_due_date_button_set_date (self, iso);
  gtk_popover_popdown (self->popover);
}

static void
clear_clicked_cb (RapportDueDateButton *self)
{
  rapport_due_date_button_set_date (self, NULL);
  gtk_popover_popdown (self->popover);
}

/* ------------------------------------------------------------------------ */
/* GObject                                                                  */

static void
rapport_due_date_button_dispose (GObject *object)
{
  RapportDueDateButton *self = (RapportDueDateButton *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), RAPPORT_TYPE_DUE_DATE_BUTTON);
  /* The template's top-level child is not bound, so unparent it here. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (rapport_due_date_button_parent_class)->dispose (object);
}

static void
rapport_due_date_button_finalize (GObject *object)
{
  RapportDueDateButton *self = (RapportDueDateButton *)object;

  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->empty_text, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->clear_label, g_free);

  G_OBJECT_CLASS (rapport_due_date_button_parent_class)->finalize (object);
}

static void
rapport_due_date_button_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  RapportDueDateButton *self = RAPPORT_DUE_DATE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_EMPTY_TEXT:
      g_value_set_string (value, self->empty_text);
      break;

    case PROP_TITLE:
      g_value_set_string (value, get_title (self));
      break;

    case PROP_CLEAR_LABEL:
      g_value_set_string (value, self->clear_label);
      break;

    case PROP_BIAS:
      g_value_set_enum (value, self->bias);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_due_date_button_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  RapportDueDateButton *self = RAPPORT_DUE_DATE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_DATE:
      rapport_due_date_button_set_date (self, g_value_get_string (value));
      break;

    case PROP_EMPTY_TEXT:
      g_free (self->empty_text);
      self->empty_text = g_value_dup_string (value);
      update_label (self);
      break;

    case PROP_TITLE:
      g_free (self->title);
      self->title = g_value_dup_string (value);
      update_presentation (self);
      break;

    case PROP_CLEAR_LABEL:
      g_free (self->clear_label);
      self->clear_label = g_value_dup_string (value);
      update_presentation (self);
      break;

    case PROP_BIAS:
      rapport_due_date_button_set_bias (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_due_date_button_class_init (RapportDueDateButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rapport_due_date_button_dispose;
  object_class->finalize = rapport_due_date_button_finalize;
  object_class->get_property = rapport_due_date_button_get_property;
  object_class->set_property = rapport_due_date_button_set_property;

  /**
   * RapportDueDateButton:date:
   *
   * The chosen date as `YYYY-MM-DD`, or %NULL for none.
   */
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * RapportDueDateButton:empty-text:
   *
   * What the button says when no date is chosen.
   */
  properties[PROP_EMPTY_TEXT] =
    g_param_spec_string ("empty-text", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS));

  /**
   * RapportDueDateButton:title:
   *
   * The field's name, "Due Date" or "Mentoring Since": its tooltip and
   * what screen readers call it.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS));

  /**
   * RapportDueDateButton:clear-label:
   *
   * The label of the button that removes the date ("_No Due Date"), or
   * %NULL when the field must have a date.
   */
  properties[PROP_CLEAR_LABEL] =
    g_param_spec_string ("clear-label", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS));

  /**
   * RapportDueDateButton:bias:
   *
   * Which way a typed date leans when the text leaves it open: the next
   * Friday for a due date, the last one for a meeting that was held.
   */
  properties[PROP_BIAS] =
    g_param_spec_enum ("bias", NULL, NULL,
                       RAPPORT_TYPE_DATE_BIAS, RAPPORT_DATE_BIAS_FUTURE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/ui/rapport-due-date-button.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportDueDateButton, menu_button);
  gtk_widget_class_bind_template_child (widget_class, RapportDueDateButton, label);
  gtk_widget_class_bind_template_child (widget_class, RapportDueDateButton, popover);
  gtk_widget_class_bind_template_child (widget_class, RapportDueDateButton, entry);
  gtk_widget_class_bind_template_child (widget_class, RapportDueDateButton, hint);
  gtk_widget_class_bind_template_child (widget_class, RapportDueDateButton, calendar);
  gtk_widget_class_bind_template_child (widget_class, RapportDueDateButton, clear_button);
  gtk_widget_class_bind_template_callback (widget_class, popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, calendar_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_clicked_cb);
}

static void
rapport_due_date_button_init (RapportDueDateButton *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_presentation (self);
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */

GtkWidget *
rapport_due_date_button_new (void)
{
  return g_object_new (RAPPORT_TYPE_DUE_DATE_BUTTON, NULL);
}

const char *
rapport_due_date_button_get_date (RapportDueDateButton *self)
{
  g_return_val_if_fail (RAPPORT_IS_DUE_DATE_BUTTON (self), NULL);

  return self->date;
}

/**
 * rapport_due_date_button_set_date:
 * @self: a #RapportDueDateButton
 * @date: (nullable): a date as `YYYY-MM-DD`, or %NULL for no date
 */
void
rapport_due_date_button_set_date (RapportDueDateButton *self,
                                  const char           *date)
{
  g_return_if_fail (RAPPORT_IS_DUE_DATE_BUTTON (self));

  if (date != NULL && date[0] == '\0')
    date = NULL;
  if (g_strcmp0 (self->date, date) == 0)
    return;

  g_free (self->date);
  self->date = g_strdup (date);
  update_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

/**
 * rapport_due_date_button_set_from_text:
 * @self: a #RapportDueDateButton
 * @text: what the mentor typed ("fri", "in 2 weeks", "Freitag")
 * @error: why @text is not a date, in the mentor's language
 *
 * Reads @text with the field's bias, as typing it into the popover does.
 *
 * Returns: %TRUE if @text named a date, which is now chosen
 */
gboolean
rapport_due_date_button_set_from_text (RapportDueDateButton  *self,
                                       const char            *text,
                                       GError               **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *iso = NULL;

  g_return_val_if_fail (RAPPORT_IS_DUE_DATE_BUTTON (self), FALSE);

  if (!(iso = rapport_date_input_read (text, now, self->bias, error)))
    return FALSE;

  rapport_due_date_button_set_date (self, iso);
  return TRUE;
}

RapportDateBias
rapport_due_date_button_get_bias (RapportDueDateButton *self)
{
  g_return_val_if_fail (RAPPORT_IS_DUE_DATE_BUTTON (self), RAPPORT_DATE_BIAS_FUTURE);

  return self->bias;
}

void
rapport_due_date_button_set_bias (RapportDueDateButton *self,
                                  RapportDateBias       bias)
{
  g_return_if_fail (RAPPORT_IS_DUE_DATE_BUTTON (self));

  if (self->bias == bias)
    return;
  self->bias = bias;
  update_presentation (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BIAS]);
}
