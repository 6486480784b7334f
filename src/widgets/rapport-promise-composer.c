/* rapport-promise-composer.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-promise-composer"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-due-date-button.h"
#include "rapport-promise-composer.h"
#include "rapport-widget-utils.h"

/* The quick-add form for a promise: what, who, which kind and when. Used on
 * the Promises tab and inline in the session editor (where it links the
 * promise to the meeting). */

struct _RapportPromiseComposer
{
  GtkWidget             parent_instance;

  /* Template widgets */
  AdwEntryRow          *title_row;
  GtkButton            *add_button;
  GtkDropDown          *owner_dropdown;
  GtkDropDown          *kind_dropdown;
  RapportDueDateButton *due_button;
  GtkLabel             *error_label;

  /* Owned references */
  RapportRepository    *repository;
  GHashTable           *drafts;         /* mentee id → Draft */

  /* State */
  gint64                mentee_id;
  gint64                session_id;
};

enum {
  PROP_0,
  PROP_REPOSITORY,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RapportPromiseComposer, rapport_promise_composer, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */

/* What was typed for one mentee and not added yet: the form starts fresh
 * for each mentee ("I promised", a task, no date) and gets the typed text
 * back on returning to them, so nothing typed is lost and nothing leaks to
 * another mentee. */
typedef struct
{
  char                  *title;
  guint                  owner;
  guint                  kind;
  char                  *due_date;
} Draft;

static void
draft_free (Draft *draft)
{
  g_free (draft->title);
  g_free (draft->due_date);
  g_free (draft);
}

static void
reset_form (RapportPromiseComposer *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), "");
  gtk_drop_down_set_selected (self->owner_dropdown, 0);
  gtk_drop_down_set_selected (self->kind_dropdown, RAPPORT_COMMITMENT_KIND_TASK);
  rapport_due_date_button_set_date (self->due_button, NULL);
}

static void
keep_draft (RapportPromiseComposer *self)
{
  const char *title = gtk_editable_get_text (GTK_EDITABLE (self->title_row));
  Draft *draft;

  if (self->mentee_id <= 0)
    return;

  if (title[0] == '\0' && gtk_drop_down_get_selected (self->owner_dropdown) == 0 &&
      gtk_drop_down_get_selected (self->kind_dropdown) == RAPPORT_COMMITMENT_KIND_TASK &&
      rapport_due_date_button_get_date (self->due_button) == NULL)
    {
      g_hash_table_remove (self->drafts, &self->mentee_id);
      return;
    }

  draft = g_new0 (Draft, 1);
  draft->title = g_strdup (title);
  draft->owner = gtk_drop_down_get_selected (self->owner_dropdown);
  draft->kind = gtk_drop_down_get_selected (self->kind_dropdown);
  draft->due_date = g_strdup (rapport_due_date_button_get_date (self->due_button));
  g_hash_table_insert (self->drafts, g_memdup2 (&self->mentee_id, sizeof self->mentee_id), draft);
}

static void
restore_draft (RapportPromiseComposer *self)
{
  Draft *draft = g_hash_table_lookup (self->drafts, &self->mentee_id);

  reset_form (self);
  if (draft == NULL)
    return;

  gtk_editable_set_text (GTK_EDITABLE (self->title_row), draft->title);
  gtk_drop_down_set_selected (self->owner_dropdown, draft->owner);
  gtk_drop_down_set_selected (self->kind_dropdown, draft->kind);
  rapport_due_date_button_set_date (self->due_button, draft->due_date);
}

static void
show_error (RapportPromiseComposer *self,
            const char             *message)
{
  gtk_label_set_label (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->title_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->title_row), "error");
}

/* ------------------------------------------------------------------------ */
/* Callbacks                                                                */

static void
title_activated_cb (RapportPromiseComposer *self)
{
  g_autoptr(RapportCommitment) added = rapport_promise_composer_add (self);
}

static void
add_clicked_cb (RapportPromiseComposer *self)
{
  g_autoptr(RapportCommitment) added = rapport_promise_composer_add (self);
}

static void
title_changed_cb (RapportPromiseComposer *self)
{
  if (gtk_widget_get_visible (GTK_WIDGET (self->error_label)))
    show_error (self, NULL);
}

/* ------------------------------------------------------------------------ */
/* GObject                                                                  */

static void
rapport_promise_composer_dispose (GObject *object)
{
  RapportPromiseComposer *self = (RapportPromiseComposer *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), RAPPORT_TYPE_PROMISE_COMPOSER);
  /* The template's top-level child is not bound, so unparent it here. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->repository);
  g_clear_pointer (&self->drafts, g_hash_table_unref);

  G_OBJECT_CLASS (rapport_promise_composer_parent_class)->dispose (object);
}

static void
rapport_promise_composer_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  RapportPromiseComposer *self = RAPPORT_PROMISE_COMPOSER (object);

  switch (prop_id)
    {
    case PROP_REPOSITORY:
      g_value_set_object (value, self->repository);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_promise_composer_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  RapportPromiseComposer *self = RAPPORT_PROMISE_COMPOSER (object);

  switch (prop_id)
    {
    case PROP_REPOSITORY:
      rapport_promise_composer_set_repository (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_promise_composer_class_init (RapportPromiseComposerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rapport_promise_composer_dispose;
  object_class->get_property = rapport_promise_composer_get_property;
  object_class->set_property = rapport_promise_composer_set_property;

  properties[PROP_REPOSITORY] =
    g_param_spec_object ("repository", NULL, NULL,
                         RAPPORT_TYPE_REPOSITORY,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RAPPORT_TYPE_DUE_DATE_BUTTON);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/ui/rapport-promise-composer.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportPromiseComposer, title_row);
  gtk_widget_class_bind_template_child (widget_class, RapportPromiseComposer, add_button);
  gtk_widget_class_bind_template_child (widget_class, RapportPromiseComposer, owner_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RapportPromiseComposer, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RapportPromiseComposer, due_button);
  gtk_widget_class_bind_template_child (widget_class, RapportPromiseComposer, error_label);
  gtk_widget_class_bind_template_callback (widget_class, title_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, title_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
}

static void
rapport_promise_composer_init (RapportPromiseComposer *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->drafts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) draft_free);
  reset_form (self);
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */

RapportRepository *
rapport_promise_composer_get_repository (RapportPromiseComposer *self)
{
  g_return_val_if_fail (RAPPORT_IS_PROMISE_COMPOSER (self), NULL);

  return self->repository;
}

void
rapport_promise_composer_set_repository (RapportPromiseComposer *self,
                                         RapportRepository      *repository)
{
  g_return_if_fail (RAPPORT_IS_PROMISE_COMPOSER (self));

  if (g_set_object (&self->repository, repository))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPOSITORY]);
}

void
rapport_promise_composer_set_mentee_id (RapportPromiseComposer *self,
                                        gint64                  mentee_id)
{
  g_return_if_fail (RAPPORT_IS_PROMISE_COMPOSER (self));

  if (self->mentee_id == mentee_id)
    return;

  keep_draft (self);
  self->mentee_id = mentee_id;
  restore_draft (self);
  show_error (self, NULL);
}

/**
 * rapport_promise_composer_set_session_id:
 *
 * Links every promise added from now on to that meeting (0: none).
 */
void
rapport_promise_composer_set_session_id (RapportPromiseComposer *self,
                                         gint64                  session_id)
{
  g_return_if_fail (RAPPORT_IS_PROMISE_COMPOSER (self));

  self->session_id = session_id;
}

void
rapport_promise_composer_focus (RapportPromiseComposer *self)
{
  g_return_if_fail (RAPPORT_IS_PROMISE_COMPOSER (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

/**
 * rapport_promise_composer_add:
 *
 * Saves the promise typed in the form. A blank title or a storage error is
 * shown inline and nothing is saved; the typed text stays.
 *
 * Returns: (transfer full) (nullable): the new promise
 */
RapportCommitment *
rapport_promise_composer_add (RapportPromiseComposer *self)
{
  g_autoptr(RapportCommitment) commitment = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (RAPPORT_IS_PROMISE_COMPOSER (self), NULL);

  if (self->repository == NULL || self->mentee_id <= 0)
    return NULL;

  title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  if (title[0] == '\0')
    {
      show_error (self, _("Say what was promised."));
      gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
      return NULL;
    }

  commitment = rapport_commitment_new ();
  rapport_commitment_set_mentee_id (commitment, self->mentee_id);
  rapport_commitment_set_session_id (commitment, self->session_id);
  rapport_commitment_set_owner (commitment, gtk_drop_down_get_selected (self->owner_dropdown) == 1
                                            ? RAPPORT_COMMITMENT_OWNER_MENTEE
                                            : RAPPORT_COMMITMENT_OWNER_MENTOR);
  rapport_commitment_set_kind (commitment, (RapportCommitmentKind) gtk_drop_down_get_selected (self->kind_dropdown));
  rapport_commitment_set_title (commitment, title);
  rapport_commitment_set_due_date (commitment, rapport_due_date_button_get_date (self->due_button));
  rapport_commitment_set_status (commitment, RAPPORT_COMMITMENT_STATUS_OPEN);

  if (!rapport_repository_save (self->repository, RAPPORT_ITEM (commitment), &error))
    {
      if (error->domain == RAPPORT_MODEL_ERROR)
        show_error (self, error->message);
      else
        rapport_widget_show_error (GTK_WIDGET (self), _("Could not save the promise"), error);
      return NULL;
    }

  show_error (self, NULL);
  /* Owner and kind stay for the next promise of the same conversation. */
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), "");
  rapport_due_date_button_set_date (self->due_button, NULL);

  return g_steal_pointer (&commitment);
}
