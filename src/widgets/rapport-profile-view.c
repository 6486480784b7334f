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
#include "rapport-format.h"
#include "rapport-profile-view.h"
#include "rapport-widget-utils.h"

/* The Profile tab: every field of the mentee, saved shortly after each
 * change (and when the tab goes away).
 *
 * Only the fields the mentor touched are written, each onto the mentee as
 * it is now: a field changed elsewhere meanwhile (archived from the menu)
 * is never overwritten by what this form showed before. Untouched fields
 * follow the mentee at once.
 *
 * The model's rules decide what can be saved (rapport_validate_mentee_all()):
 * a field it refuses keeps its text on screen, marked, with the model's
 * message under it and a banner saying it is not saved; every other field
 * is saved as usual, and the refused one the moment it is fixed. */

#define AUTOSAVE_DELAY_MSEC 600
#define RETRY_DELAY_SEC     10
#define FIELD_KEY           "rapport-profile-field"

typedef enum
{
  KIND_ENTRY,
  KIND_TAGS,
  KIND_TEXT_VIEW,
  KIND_DATE,
  KIND_STATUS,
  KIND_DAYS,
  KIND_BOUNDARIES,
} FieldKind;

struct _RapportProfileView
{
  GtkWidget             parent_instance;

  /* Template widgets */
  GtkRevealer          *banner;
  GtkLabel             *banner_label;
  GtkButton            *banner_button;
  GtkScrolledWindow    *scroller;
  AdwEntryRow          *name_row;
  AdwEntryRow          *pronouns_row;
  AdwEntryRow          *role_row;
  AdwEntryRow          *organization_row;
  AdwEntryRow          *contact_row;
  AdwEntryRow          *how_we_met_row;
  AdwActionRow         *started_row;
  RapportDueDateButton *started_button;
  AdwComboRow          *status_row;
  AdwActionRow         *cadence_row;
  GtkSpinButton        *cadence_spin;
  AdwActionRow         *max_gap_row;
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
  GHashTable           *touched;        /* field names (interned) typed but not saved */
  GPtrArray            *problems;       /* GErrors the model gave for the touched fields */
  GPtrArray            *problem_widgets; /* the messages shown under the fields */
  GError               *save_error;     /* a save the notebook refused (disk, lock) */

  /* State */
  guint                 save_source;
  guint                 retry_source;
  guint                 loading : 1;
  guint                 notified_unsaved : 1;
  guint                 notified_attention : 1;
};

enum {
  PROP_0,
  PROP_HAS_UNSAVED_CHANGES,
  PROP_NEEDS_ATTENTION,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RapportProfileView, rapport_profile_view, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

/* Every field of the form: the #RapportMentee property it edits, its title
 * for the banner, the control and the row a message goes under. */
static const struct {
  const char *name;
  const char *title;
  FieldKind   kind;
  gsize       widget;
  gsize       anchor;
} fields[] = {
#define FIELD(name, title, kind, widget, anchor) \
  { name, title, kind, G_STRUCT_OFFSET (RapportProfileView, widget), G_STRUCT_OFFSET (RapportProfileView, anchor) }
  FIELD ("name", N_("Name"), KIND_ENTRY, name_row, name_row),
  FIELD ("pronouns", N_("Pronouns"), KIND_ENTRY, pronouns_row, pronouns_row),
  FIELD ("role", N_("Role"), KIND_ENTRY, role_row, role_row),
  FIELD ("organization", N_("Organization"), KIND_ENTRY, organization_row, organization_row),
  FIELD ("contact", N_("Contact"), KIND_ENTRY, contact_row, contact_row),
  FIELD ("how-we-met", N_("How we met"), KIND_ENTRY, how_we_met_row, how_we_met_row),
  FIELD ("started-on", N_("Mentoring since"), KIND_DATE, started_button, started_row),
  FIELD ("status", N_("Status"), KIND_STATUS, status_row, status_row),
  FIELD ("cadence-days", N_("Check in every"), KIND_DAYS, cadence_spin, cadence_row),
  FIELD ("max-gap-days", N_("Longest gap"), KIND_DAYS, max_gap_spin, max_gap_row),
  FIELD ("preferred-channel", N_("Preferred channel"), KIND_ENTRY, channel_row, channel_row),
  FIELD ("feedback-preferences", N_("How they like to receive feedback"), KIND_ENTRY, feedback_row, feedback_row),
  FIELD ("feedback-sensitivities", N_("What they are sensitive to"), KIND_ENTRY, sensitivities_row, sensitivities_row),
  FIELD ("boundaries", N_("Boundaries"), KIND_BOUNDARIES, boundaries_list, boundaries_list),
  FIELD ("tags", N_("Tags"), KIND_TAGS, tags_row, tags_row),
  FIELD ("about", N_("Notes"), KIND_TEXT_VIEW, about_view, about_view),
#undef FIELD
};

static void show_boundary_error (RapportProfileView *self,
                                 gboolean            show);
static gboolean save (RapportProfileView  *self,
                      GError             **error);

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

static GtkWidget *
field_widget (RapportProfileView *self,
              guint               i)
{
  return G_STRUCT_MEMBER (GtkWidget *, self, fields[i].widget);
}

static GtkWidget *
field_anchor (RapportProfileView *self,
              guint               i)
{
  return G_STRUCT_MEMBER (GtkWidget *, self, fields[i].anchor);
}

/* The index of @name in fields[], or -1. */
static int
find_field (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_strcmp0 (fields[i].name, name) == 0)
      return i;
  return -1;
}

static char *
entry_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

/* Writes what field @i shows into @target. */
static void
apply_field (RapportProfileView *self,
             guint               i,
             RapportMentee      *target)
{
  GtkWidget *widget = field_widget (self, i);
  const char *name = fields[i].name;

  switch (fields[i].kind)
    {
    case KIND_ENTRY:
      {
        /* The name is the only field where blanks around it are noise
         * worth dropping; elsewhere the mentor's text is kept as typed. */
        g_autofree char *stripped = entry_text (ADW_ENTRY_ROW (widget));

        g_object_set (target, name,
                      g_str_equal (name, "name") ? stripped : gtk_editable_get_text (GTK_EDITABLE (widget)),
                      NULL);
      }
      break;

    case KIND_TAGS:
      {
        g_auto(GStrv) tags = rapport_tags_parse (gtk_editable_get_text (GTK_EDITABLE (widget)));

        rapport_mentee_set_tags (target, (const char * const *) tags);
      }
      break;

    case KIND_TEXT_VIEW:
      {
        g_autofree char *text = rapport_text_view_dup_text (GTK_TEXT_VIEW (widget));

        g_object_set (target, name, text, NULL);
      }
      break;

    case KIND_DATE:
      g_object_set (target, name, rapport_due_date_button_get_date (RAPPORT_DUE_DATE_BUTTON (widget)), NULL);
      break;

    case KIND_STATUS:
      g_object_set (target, name, (RapportMenteeStatus) adw_combo_row_get_selected (ADW_COMBO_ROW (widget)), NULL);
      break;

    case KIND_DAYS:
      g_object_set (target, name, gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (widget)), NULL);
      break;

    case KIND_BOUNDARIES:
      rapport_mentee_set_boundary_list (target, self->boundaries);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void rebuild_boundaries (RapportProfileView *self);

/* Shows the mentee's value of field @i. */
static void
load_field (RapportProfileView *self,
            guint               i)
{
  RapportMentee *m = self->mentee;
  GtkWidget *widget = field_widget (self, i);
  const char *name = fields[i].name;
  gboolean was_loading = self->loading;

  self->loading = TRUE;

  switch (fields[i].kind)
    {
    case KIND_ENTRY:
      {
        g_autofree char *text = NULL;

        if (m != NULL)
          g_object_get (m, name, &text, NULL);
        gtk_editable_set_text (GTK_EDITABLE (widget), text ? text : "");
      }
      break;

    case KIND_TAGS:
      {
        g_autofree char *text = NULL;

        if (m != NULL && rapport_mentee_get_tags (m) != NULL)
          text = g_strjoinv (", ", (char **) rapport_mentee_get_tags (m));
        gtk_editable_set_text (GTK_EDITABLE (widget), text ? text : "");
      }
      break;

    case KIND_TEXT_VIEW:
      rapport_text_view_set_text (GTK_TEXT_VIEW (widget), m ? rapport_mentee_get_about (m) : NULL);
      break;

    case KIND_DATE:
      rapport_due_date_button_set_date (RAPPORT_DUE_DATE_BUTTON (widget), m ? rapport_mentee_get_started_on (m) : NULL);
      break;

    case KIND_STATUS:
      adw_combo_row_set_selected (ADW_COMBO_ROW (widget), m ? rapport_mentee_get_status (m) : 0);
      break;

    case KIND_DAYS:
      {
        int days = 0;

        if (m != NULL)
          g_object_get (m, name, &days, NULL);
        gtk_spin_button_set_value (GTK_SPIN_BUTTON (widget), days);
      }
      break;

    case KIND_BOUNDARIES:
      g_clear_pointer (&self->boundaries, g_ptr_array_unref);
      if (m != NULL)
        self->boundaries = rapport_mentee_dup_boundaries (m);
      if (self->boundaries == NULL)
        self->boundaries = g_ptr_array_new_with_free_func ((GDestroyNotify) rapport_boundary_free);
      rebuild_boundaries (self);
      break;

    default:
      g_assert_not_reached ();
    }

  self->loading = was_loading;
}

static gboolean
values_equal (const GValue *a,
              const GValue *b)
{
  if (G_VALUE_HOLDS_STRING (a))
    {
      const char *sa = g_value_get_string (a);
      const char *sb = g_value_get_string (b);

      return g_strcmp0 (sa ? sa : "", sb ? sb : "") == 0;
    }
  if (G_VALUE_HOLDS (a, G_TYPE_STRV))
    {
      const char * const empty[] = { NULL };
      const char * const *va = g_value_get_boxed (a);
      const char * const *vb = g_value_get_boxed (b);

      return g_strv_equal (va ? va : empty, vb ? vb : empty);
    }
  if (G_VALUE_HOLDS_INT (a))
    return g_value_get_int (a) == g_value_get_int (b);
  if (G_VALUE_HOLDS_ENUM (a))
    return g_value_get_enum (a) == g_value_get_enum (b);

  g_assert_not_reached ();
}

/* Whether field @i shows something other than what the mentee holds. */
static gboolean
field_differs (RapportProfileView *self,
               guint               i)
{
  g_autoptr(RapportMentee) shown = rapport_mentee_new ();
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self->mentee), fields[i].name);
  g_auto(GValue) a = G_VALUE_INIT;
  g_auto(GValue) b = G_VALUE_INIT;

  rapport_item_update_from (RAPPORT_ITEM (shown), RAPPORT_ITEM (self->mentee));
  apply_field (self, i, shown);

  g_value_init (&a, pspec->value_type);
  g_value_init (&b, pspec->value_type);
  g_object_get_property (G_OBJECT (shown), fields[i].name, &a);
  g_object_get_property (G_OBJECT (self->mentee), fields[i].name, &b);

  return !values_equal (&a, &b);
}

/* A copy of the mentee as it is now with the fields in @which (names, or
 * every touched one when %NULL) as the form shows them. */
static RapportMentee *
dup_with_fields (RapportProfileView *self,
                 GHashTable         *which)
{
  RapportMentee *copy = rapport_mentee_new ();

  rapport_item_update_from (RAPPORT_ITEM (copy), RAPPORT_ITEM (self->mentee));
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_hash_table_contains (which ? which : self->touched, fields[i].name))
      apply_field (self, i, copy);

  return copy;
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

/* ------------------------------------------------------------------------ */
/* Showing what is not saved                                                */

static void
mark_field (RapportProfileView *self,
            guint               i,
            GtkWidget          *message)
{
  GtkWidget *widget = field_widget (self, i);
  GtkWidget *anchor = field_anchor (self, i);
  gboolean invalid = message != NULL;

  if (invalid)
    {
      gtk_widget_add_css_class (anchor, "error");
      gtk_widget_add_css_class (widget, "error");
    }
  else
    {
      gtk_widget_remove_css_class (anchor, "error");
      gtk_widget_remove_css_class (widget, "error");
    }

  gtk_accessible_update_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_INVALID,
                               invalid ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
  /* Read out with the field: what is wrong with it. */
  if (invalid)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    gtk_label_get_label (GTK_LABEL (message)), -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* Puts @message right under field @i: a row of its own in a boxed list, a
 * line after the control elsewhere. Returns the widget inserted. */
static GtkWidget *
insert_message (RapportProfileView *self,
                guint               i,
                const char         *message)
{
  GtkWidget *anchor = field_anchor (self, i);
  GtkWidget *parent = gtk_widget_get_parent (anchor);
  GtkWidget *label = gtk_label_new (message);
  GtkWidget *inserted = label;

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (label, "error");
  gtk_widget_add_css_class (label, "profile-field-error");

  if (GTK_IS_LIST_BOX (parent) && GTK_IS_LIST_BOX_ROW (anchor))
    {
      inserted = gtk_list_box_row_new ();
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (inserted), FALSE);
      gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (inserted), FALSE);
      gtk_widget_set_focusable (inserted, FALSE);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (inserted), label);
      gtk_list_box_insert (GTK_LIST_BOX (parent), inserted,
                           gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (anchor)) + 1);
    }
  else
    {
      gtk_widget_set_margin_top (label, 6);
      gtk_widget_insert_after (label, parent, anchor);
    }

  g_object_set_data (G_OBJECT (inserted), "label", label);
  return inserted;
}

static void
clear_problem_display (RapportProfileView *self)
{
  for (guint i = 0; i < self->problem_widgets->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (self->problem_widgets, i);
      GtkWidget *parent = gtk_widget_get_parent (widget);

      if (GTK_IS_LIST_BOX (parent))
        gtk_list_box_remove (GTK_LIST_BOX (parent), widget);
      else if (parent != NULL)
        gtk_widget_unparent (widget);
    }
  g_ptr_array_set_size (self->problem_widgets, 0);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    mark_field (self, i, NULL);
}

/* The titles of the fields that are not saved, in the form's order. */
static char *
dup_unsaved_titles (RapportProfileView *self)
{
  g_autoptr(GString) titles = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      gboolean bad = FALSE;

      for (guint p = 0; p < self->problems->len && !bad; p++)
        {
          const char * const *names = rapport_model_error_get_fields (g_ptr_array_index (self->problems, p));

          bad = names != NULL && g_strv_contains (names, fields[i].name);
        }
      if (!bad)
        continue;

      if (titles->len > 0)
        /* Translators: between the names of fields in a list */
        g_string_append (titles, _(", "));
      g_string_append_printf (titles, "“%s”", _(fields[i].title));
    }

  return g_string_free (g_steal_pointer (&titles), FALSE);
}

static guint
count_marked_fields (RapportProfileView *self)
{
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (gtk_widget_has_css_class (field_widget (self, i), "error"))
      n++;
  return n;
}

static void
update_banner (RapportProfileView *self)
{
  g_autofree char *markup = NULL;

  if (self->save_error != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (self->save_error->message, -1);

      markup = g_strdup_printf ("<b>%s</b>\n%s", _("Your changes to the profile are not saved yet"), escaped);
      gtk_button_set_label (self->banner_button, _("_Try Again"));
    }
  else if (self->problems->len > 0)
    {
      g_autofree char *titles = dup_unsaved_titles (self);
      g_autofree char *escaped = NULL;
      g_autofree char *heading = NULL;
      guint n = count_marked_fields (self);

      /* A problem about no field in particular is said as it is. */
      if (titles[0] == '\0')
        {
          g_free (titles);
          titles = g_strdup (((GError *) g_ptr_array_index (self->problems, 0))->message);
        }
      /* Translators: %s names the fields, “Check in every”, “Longest gap” */
      heading = g_strdup_printf (_("Not saved: %s"), titles);
      escaped = g_markup_escape_text (heading, -1);
      markup = g_strdup_printf ("<b>%s</b>\n%s", escaped,
                                ngettext ("Fix the marked field and it is saved at once. Everything else is saved.",
                                          "Fix the marked fields and they are saved at once. Everything else is saved.",
                                          MAX (n, 1)));
      gtk_button_set_label (self->banner_button, _("_Show"));
    }

  if (markup != NULL)
    gtk_label_set_markup (self->banner_label, markup);
  gtk_revealer_set_reveal_child (self->banner, markup != NULL);
}

static void
show_problems (RapportProfileView *self)
{
  clear_problem_display (self);

  for (guint p = 0; p < self->problems->len; p++)
    {
      const GError *problem = g_ptr_array_index (self->problems, p);
      const char * const *names = rapport_model_error_get_fields (problem);
      GtkWidget *message = NULL;

      for (guint n = 0; names != NULL && names[n] != NULL; n++)
        {
          int i = find_field (names[n]);

          if (i < 0)
            continue;
          /* The message goes under the first field it names; every field
           * it names is marked. */
          if (message == NULL)
            {
              message = insert_message (self, i, problem->message);
              g_ptr_array_add (self->problem_widgets, message);
            }
          mark_field (self, i, g_object_get_data (G_OBJECT (message), "label"));
        }
    }

  update_banner (self);
}

static gboolean
needs_attention (RapportProfileView *self)
{
  return self->problems->len > 0 || self->save_error != NULL;
}

static void
notify_unsaved (RapportProfileView *self)
{
  gboolean unsaved = rapport_profile_view_has_unsaved_changes (self);
  gboolean attention = needs_attention (self);

  if (unsaved != self->notified_unsaved)
    {
      self->notified_unsaved = unsaved;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_UNSAVED_CHANGES]);
    }
  if (attention != self->notified_attention)
    {
      self->notified_attention = attention;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEEDS_ATTENTION]);
    }
}

/* ------------------------------------------------------------------------ */
/* Loading and saving                                                       */

static void
load (RapportProfileView *self)
{
  g_hash_table_remove_all (self->touched);
  g_ptr_array_set_size (self->problems, 0);
  g_clear_error (&self->save_error);
  g_clear_handle_id (&self->retry_source, g_source_remove);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    load_field (self, i);

  show_boundary_error (self, FALSE);
  show_problems (self);
  notify_unsaved (self);
}

static gboolean
retry_cb (gpointer data)
{
  RapportProfileView *self = data;

  self->retry_source = 0;
  save (self, NULL);
  return G_SOURCE_REMOVE;
}

/* Saves every touched field the model accepts; keeps the others touched,
 * shown at their fields. */
static gboolean
save (RapportProfileView  *self,
      GError             **error)
{
  g_autoptr(RapportMentee) edited = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GHashTable) savable = NULL;
  g_autoptr(GError) local_error = NULL;

  g_clear_handle_id (&self->save_source, g_source_remove);
  g_clear_handle_id (&self->retry_source, g_source_remove);
  if (self->mentee == NULL || self->repository == NULL)
    return TRUE;

  /* A number typed into a spin button counts once it is in the form. */
  gtk_spin_button_update (self->cadence_spin);
  gtk_spin_button_update (self->max_gap_spin);
  g_clear_handle_id (&self->save_source, g_source_remove);

  if (g_hash_table_size (self->touched) == 0 && self->problems->len == 0 && self->save_error == NULL)
    return TRUE;

  /* What the model says about the form as the mentor sees it. */
  edited = dup_with_fields (self, NULL);
  problems = rapport_validate_mentee_all (edited);

  savable = g_hash_table_new (g_str_hash, g_str_equal);
  {
    GHashTableIter iter;
    gpointer name;

    g_hash_table_iter_init (&iter, self->touched);
    while (g_hash_table_iter_next (&iter, &name, NULL))
      {
        gboolean bad = FALSE;

        for (guint p = 0; p < problems->len && !bad; p++)
          {
            const char * const *names = rapport_model_error_get_fields (g_ptr_array_index (problems, p));

            /* A problem about no field in particular holds everything back. */
            bad = names == NULL || g_strv_contains (names, name);
          }
        if (!bad)
          g_hash_table_add (savable, name);
      }
  }

  g_clear_error (&self->save_error);
  if (g_hash_table_size (savable) > 0)
    {
      g_autoptr(RapportMentee) to_save = dup_with_fields (self, savable);

      if (rapport_repository_save (self->repository, RAPPORT_ITEM (to_save), &local_error))
        {
          GHashTableIter iter;
          gpointer name;

          /* Untouched first, so the update below does not reload them. */
          g_hash_table_iter_init (&iter, savable);
          while (g_hash_table_iter_next (&iter, &name, NULL))
            g_hash_table_remove (self->touched, name);
          rapport_item_update_from (RAPPORT_ITEM (self->mentee), RAPPORT_ITEM (to_save));
        }
      else if (rapport_model_error_get_fields (local_error) != NULL)
        {
          /* The notebook refused a field the rules above let through: show
           * it there like any other. */
          g_ptr_array_add (problems, g_steal_pointer (&local_error));
        }
      else
        {
          self->save_error = g_steal_pointer (&local_error);
          if (!g_error_matches (self->save_error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_READ_ONLY))
            self->retry_source = g_timeout_add_seconds (RETRY_DELAY_SEC, retry_cb, self);
        }
    }

  g_ptr_array_unref (self->problems);
  self->problems = g_steal_pointer (&problems);
  show_problems (self);

  notify_unsaved (self);

  if (self->save_error != NULL)
    {
      if (error != NULL)
        *error = g_error_copy (self->save_error);
      return FALSE;
    }
  if (self->problems->len > 0)
    {
      if (error != NULL)
        *error = g_error_copy (g_ptr_array_index (self->problems, 0));
      return FALSE;
    }
  return TRUE;
}

static gboolean
save_timeout_cb (gpointer data)
{
  RapportProfileView *self = data;

  self->save_source = 0;
  save (self, NULL);
  return G_SOURCE_REMOVE;
}

/* ------------------------------------------------------------------------ */
/* Callbacks                                                                */

static void
touch (RapportProfileView *self,
       const char         *name)
{
  FieldKind kind;

  if (self->loading || self->mentee == NULL)
    return;

  g_hash_table_add (self->touched, (gpointer) g_intern_string (name));
  g_clear_handle_id (&self->save_source, g_source_remove);

  /* Text is saved once typing pauses. A number, a date or a status is
   * complete once chosen: saved (or refused) at once, so a message or the
   * banner appears before the mentor moves on, not under the pointer. */
  kind = fields[find_field (name)].kind;
  if (kind == KIND_ENTRY || kind == KIND_TAGS || kind == KIND_TEXT_VIEW)
    self->save_source = g_timeout_add (AUTOSAVE_DELAY_MSEC, save_timeout_cb, self);
  else
    self->save_source = g_idle_add (save_timeout_cb, self);
  notify_unsaved (self);
}

static void
field_changed_cb (GObject            *object,
                  RapportProfileView *self)
{
  touch (self, g_object_get_data (object, FIELD_KEY));
}

static void
field_notify_cb (GObject            *object,
                 GParamSpec         *pspec,
                 RapportProfileView *self)
{
  touch (self, g_object_get_data (object, FIELD_KEY));
}

/* The mentee changed outside this form (an archive from the menu, an
 * import, the undo of a toast): fields the mentor has not touched follow. */
static void
mentee_notify_cb (RapportProfileView *self,
                  GParamSpec         *pspec)
{
  int i = find_field (pspec->name);

  if (i < 0 || self->loading || g_hash_table_contains (self->touched, fields[i].name))
    return;

  if (field_differs (self, i))
    load_field (self, i);
}

static void
banner_button_clicked_cb (RapportProfileView *self)
{
  if (self->save_error != NULL)
    {
      save (self, NULL);
      return;
    }

  /* Show the first field that is not saved. */
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (gtk_widget_has_css_class (field_widget (self, i), "error"))
      {
        gtk_widget_grab_focus (field_widget (self, i));
        return;
      }
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
  touch (self, "boundaries");
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
  touch (self, "boundaries");
}

typedef struct
{
  RapportProfileLeaveFunc leave;
  gpointer                data;
  GDestroyNotify          destroy;
} Leave;

static void
leave_free (Leave *leave)
{
  if (leave->destroy != NULL)
    leave->destroy (leave->data);
  g_free (leave);
}

static void
leave_response_cb (AdwMessageDialog   *dialog,
                   const char         *response,
                   RapportProfileView *self)
{
  /* Freed here, not with the dialog: the caller learns the answer now. */
  Leave *leave = g_object_steal_data (G_OBJECT (dialog), "leave");

  if (leave == NULL)
    return;

  if (g_strcmp0 (response, "discard") == 0)
    {
      rapport_profile_view_discard_changes (self);
      leave->leave (leave->data);
    }
  else
    banner_button_clicked_cb (self);

  leave_free (leave);
}

/* ------------------------------------------------------------------------ */
/* GtkWidget                                                                */

static void
rapport_profile_view_unmap (GtkWidget *widget)
{
  save (RAPPORT_PROFILE_VIEW (widget), NULL);

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
    save (self, NULL);
  g_clear_handle_id (&self->save_source, g_source_remove);
  g_clear_handle_id (&self->retry_source, g_source_remove);

  if (self->mentee != NULL)
    g_signal_handlers_disconnect_by_func (self->mentee, mentee_notify_cb, self);

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
  g_clear_pointer (&self->problem_widgets, g_ptr_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_pointer (&self->touched, g_hash_table_unref);
  g_clear_error (&self->save_error);

  G_OBJECT_CLASS (rapport_profile_view_parent_class)->finalize (object);
}

static void
rapport_profile_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  RapportProfileView *self = RAPPORT_PROFILE_VIEW (object);

  switch (prop_id)
    {
    case PROP_HAS_UNSAVED_CHANGES:
      g_value_set_boolean (value, rapport_profile_view_has_unsaved_changes (self));
      break;

    case PROP_NEEDS_ATTENTION:
      g_value_set_boolean (value, needs_attention (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_profile_view_class_init (RapportProfileViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rapport_profile_view_dispose;
  object_class->finalize = rapport_profile_view_finalize;
  object_class->get_property = rapport_profile_view_get_property;
  widget_class->unmap = rapport_profile_view_unmap;

  /**
   * RapportProfileView:has-unsaved-changes:
   *
   * Whether the form holds typed changes that are not in the notebook:
   * waiting for the autosave, refused by a rule, or refused by the notebook.
   */
  properties[PROP_HAS_UNSAVED_CHANGES] =
    g_param_spec_boolean ("has-unsaved-changes", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * RapportProfileView:needs-attention:
   *
   * Whether something typed was refused (by a rule or by the notebook) and
   * waits for the mentor: for a mark on the Profile tab. Changes merely
   * waiting for the autosave do not count.
   */
  properties[PROP_NEEDS_ATTENTION] =
    g_param_spec_boolean ("needs-attention", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RAPPORT_TYPE_DUE_DATE_BUTTON);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/ui/rapport-profile-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportProfileView, banner);
  gtk_widget_class_bind_template_child (widget_class, RapportProfileView, banner_label);
  gtk_widget_class_bind_template_child (widget_class, RapportProfileView, banner_button);
  gtk_widget_class_bind_template_child (widget_class, RapportProfileView, scroller);
  gtk_widget_class_bind_template_child (widget_class, RapportProfileView, name_row);
  gtk_widget_class_bind_template_child (widget_class, RapportProfileView, pronouns_row);
  gtk_widget_class_bind_template_child (widget_class, RapportProfileView, role_row);
  gtk_widget_class_bind_template_child (widget_class, RapportProfileView, organization_row);
  gtk_widget_class_bind_template_child (widget_class, RapportProfileView, contact_row);
  gtk_widget_class_bind_template_child (widget_class, RapportProfileView, how_we_met_row);
  gtk_widget_class_bind_template_child (widget_class, RapportProfileView, started_row);
  gtk_widget_class_bind_template_child (widget_class, RapportProfileView, started_button);
  gtk_widget_class_bind_template_child (widget_class, RapportProfileView, status_row);
  gtk_widget_class_bind_template_child (widget_class, RapportProfileView, cadence_row);
  gtk_widget_class_bind_template_child (widget_class, RapportProfileView, cadence_spin);
  gtk_widget_class_bind_template_child (widget_class, RapportProfileView, max_gap_row);
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
  gtk_widget_class_bind_template_callback (widget_class, add_boundary_cb);
  gtk_widget_class_bind_template_callback (widget_class, boundary_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, banner_button_clicked_cb);
}

static void
rapport_profile_view_init (RapportProfileView *self)
{
  self->boundary_rows = g_ptr_array_new ();
  self->problem_widgets = g_ptr_array_new ();
  self->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  self->touched = g_hash_table_new (g_str_hash, g_str_equal);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Each control says which field it edits, so a change touches only that. */
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      GObject *widget = G_OBJECT (field_widget (self, i));

      switch (fields[i].kind)
        {
        case KIND_ENTRY:
        case KIND_TAGS:
          g_object_set_data (widget, FIELD_KEY, (gpointer) fields[i].name);
          g_signal_connect_object (widget, "changed", G_CALLBACK (field_changed_cb), self, 0);
          break;

        case KIND_TEXT_VIEW:
          widget = G_OBJECT (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)));
          g_object_set_data (widget, FIELD_KEY, (gpointer) fields[i].name);
          g_signal_connect_object (widget, "changed", G_CALLBACK (field_changed_cb), self, 0);
          break;

        case KIND_DATE:
          g_object_set_data (widget, FIELD_KEY, (gpointer) fields[i].name);
          g_signal_connect_object (widget, "notify::date", G_CALLBACK (field_notify_cb), self, 0);
          break;

        case KIND_STATUS:
          g_object_set_data (widget, FIELD_KEY, (gpointer) fields[i].name);
          g_signal_connect_object (widget, "notify::selected", G_CALLBACK (field_notify_cb), self, 0);
          break;

        case KIND_DAYS:
          g_object_set_data (widget, FIELD_KEY, (gpointer) fields[i].name);
          g_signal_connect_object (widget, "value-changed", G_CALLBACK (field_changed_cb), self, 0);
          break;

        case KIND_BOUNDARIES:
          /* Changed by add_boundary_cb() and remove_boundary_cb(). */
          break;

        default:
          g_assert_not_reached ();
        }
    }
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */

void
rapport_profile_view_set_mentee (RapportProfileView *self,
                                 RapportRepository  *repository,
                                 RapportMentee      *mentee)
{
  GtkAdjustment *vadjustment;
  gboolean other = mentee != self->mentee;

  g_return_if_fail (RAPPORT_IS_PROFILE_VIEW (self));
  g_return_if_fail (!mentee || RAPPORT_IS_MENTEE (mentee));

  save (self, NULL);
  g_clear_handle_id (&self->save_source, g_source_remove);

  if (self->mentee != NULL)
    g_signal_handlers_disconnect_by_func (self->mentee, mentee_notify_cb, self);
  g_set_object (&self->repository, repository);
  g_set_object (&self->mentee, mentee);
  if (mentee != NULL)
    g_signal_connect_object (mentee, "notify", G_CALLBACK (mentee_notify_cb), self, G_CONNECT_SWAPPED);

  load (self);

  /* Each mentee's profile opens at its top. */
  vadjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  if (other)
    gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_lower (vadjustment));
}

/**
 * rapport_profile_view_save:
 * @self: a #RapportProfileView
 * @error: return location for what is still not saved
 *
 * Saves now every field changed since the last save that the model
 * accepts. A field it refuses keeps its text, marked with the model's
 * message, and is saved as soon as it is fixed; the others are saved
 * anyway. A notebook that refuses the write is said in the banner and
 * tried again.
 *
 * Returns: %TRUE if nothing typed is left unsaved
 */
gboolean
rapport_profile_view_save (RapportProfileView  *self,
                           GError             **error)
{
  g_return_val_if_fail (RAPPORT_IS_PROFILE_VIEW (self), FALSE);

  return save (self, error);
}

/**
 * rapport_profile_view_has_unsaved_changes:
 * @self: a #RapportProfileView
 *
 * For the quit flow and for leaving the mentee: whether the form holds
 * typed changes that are not in the notebook. Call
 * rapport_profile_view_save() first; what remains after it cannot be saved
 * as it is.
 *
 * Returns: %TRUE if something typed is not saved
 */
gboolean
rapport_profile_view_has_unsaved_changes (RapportProfileView *self)
{
  g_return_val_if_fail (RAPPORT_IS_PROFILE_VIEW (self), FALSE);

  return g_hash_table_size (self->touched) > 0 || self->save_error != NULL;
}

/**
 * rapport_profile_view_discard_changes:
 * @self: a #RapportProfileView
 *
 * Shows the mentee as the notebook has them, dropping what was not saved.
 * Only for when the mentor chose to discard.
 */
void
rapport_profile_view_discard_changes (RapportProfileView *self)
{
  g_return_if_fail (RAPPORT_IS_PROFILE_VIEW (self));

  g_clear_handle_id (&self->save_source, g_source_remove);
  load (self);
}

/**
 * rapport_profile_view_ask_to_leave:
 * @self: a #RapportProfileView
 * @leave: what to do once leaving is fine
 * @data: for @leave
 * @destroy: (nullable): frees @data when it is no longer needed
 *
 * Before the form goes to another mentee or page: saves, and when changes
 * remain that cannot be saved, asks whether to keep editing or discard
 * them. @leave runs only after Discard.
 *
 * Returns: %TRUE when nothing is left unsaved and the caller can leave now
 *   (@leave is not called); %FALSE when the mentor is being asked
 */
gboolean
rapport_profile_view_ask_to_leave (RapportProfileView      *self,
                                   RapportProfileLeaveFunc  leave,
                                   gpointer                 data,
                                   GDestroyNotify           destroy)
{
  Leave *pending;
  g_autoptr(GString) body = g_string_new (NULL);
  GtkRoot *root;
  AdwMessageDialog *dialog;

  g_return_val_if_fail (RAPPORT_IS_PROFILE_VIEW (self), TRUE);
  g_return_val_if_fail (leave != NULL, TRUE);

  save (self, NULL);
  if (!rapport_profile_view_has_unsaved_changes (self))
    {
      if (destroy != NULL)
        destroy (data);
      return TRUE;
    }

  for (guint p = 0; p < self->problems->len; p++)
    g_string_append_printf (body, "%s%s", p > 0 ? "\n" : "",
                            ((GError *) g_ptr_array_index (self->problems, p))->message);
  if (self->save_error != NULL)
    g_string_append (body, self->save_error->message);

  g_string_append (body, "\n\n");
  g_string_append (body, _("Keep editing to fix it and everything is saved, or discard the changes that are not saved."));

  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       _("Profile Not Saved"), body->str));
  adw_message_dialog_add_responses (dialog,
                                    "discard", _("_Discard Changes"),
                                    "keep", _("_Keep Editing"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "keep");
  adw_message_dialog_set_close_response (dialog, "keep");

  pending = g_new0 (Leave, 1);
  pending->leave = leave;
  pending->data = data;
  pending->destroy = destroy;
  g_object_set_data_full (G_OBJECT (dialog), "leave", pending, (GDestroyNotify) leave_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (leave_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return FALSE;
}
