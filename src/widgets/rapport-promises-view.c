/* rapport-promises-view.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-promises-view"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-promise-composer.h"
#include "rapport-promise-row.h"
#include "rapport-promises-view.h"

/* The Promises tab: both sides' promises as boxed lists (open ones first,
 * as the repository sorts them) and the quick-add form. Boxed lists rather
 * than a GtkListView: a mentee has tens of promises, not thousands, and
 * boxed lists are what the HIG uses for editable rows in a clamp. */

struct _RapportPromisesView
{
  GtkWidget               parent_instance;

  /* Template widgets */
  RapportPromiseComposer *composer;
  GtkListBox             *mine_list;
  GtkListBox             *theirs_list;

  /* Owned references */
  RapportRepository      *repository;
  RapportMentee          *mentee;
  GListModel             *commitments;
  GtkFilter              *mine_filter;
  GtkFilter              *theirs_filter;
};

G_DEFINE_FINAL_TYPE (RapportPromisesView, rapport_promises_view, GTK_TYPE_WIDGET)

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */

static gboolean
is_mine (gpointer item,
         gpointer user_data)
{
  return rapport_commitment_get_owner (item) == RAPPORT_COMMITMENT_OWNER_MENTOR;
}

static gboolean
is_theirs (gpointer item,
           gpointer user_data)
{
  return rapport_commitment_get_owner (item) == RAPPORT_COMMITMENT_OWNER_MENTEE;
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  RapportPromisesView *self = user_data;

  return rapport_promise_row_new (self->repository, item);
}

static GtkWidget *
new_placeholder (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  return label;
}

static void
refilter (RapportPromisesView *self)
{
  gtk_filter_changed (self->mine_filter, GTK_FILTER_CHANGE_DIFFERENT);
  gtk_filter_changed (self->theirs_filter, GTK_FILTER_CHANGE_DIFFERENT);
}

/* A promise edited from "I promised" to "They committed" moves to the
 * other list: the lists are filtered again when an owner changes. */
static void
watch_owners (RapportPromisesView *self,
              guint                position,
              guint                removed,
              guint                added)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (self->commitments, i);

      if (g_object_get_data (item, "rapport-promises-view") == self)
        continue;
      g_object_set_data (item, "rapport-promises-view", self);
      g_signal_connect_object (item, "notify::owner", G_CALLBACK (refilter), self, G_CONNECT_SWAPPED);
    }
}

static void
bind_list (RapportPromisesView *self,
           GtkListBox          *list,
           GtkFilter           *filter)
{
  g_autoptr(GtkFilterListModel) filtered = NULL;

  if (self->commitments == NULL)
    {
      gtk_list_box_bind_model (list, NULL, NULL, NULL, NULL);
      return;
    }

  filtered = gtk_filter_list_model_new (g_object_ref (self->commitments), g_object_ref (filter));
  gtk_list_box_bind_model (list, G_LIST_MODEL (filtered), create_row, self, NULL);
}

/* ------------------------------------------------------------------------ */
/* GObject                                                                  */

static void
rapport_promises_view_dispose (GObject *object)
{
  RapportPromisesView *self = (RapportPromisesView *)object;
  GtkWidget *child;

  if (self->mine_list != NULL)
    gtk_list_box_bind_model (self->mine_list, NULL, NULL, NULL, NULL);
  if (self->theirs_list != NULL)
    gtk_list_box_bind_model (self->theirs_list, NULL, NULL, NULL, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), RAPPORT_TYPE_PROMISES_VIEW);
  /* The template's top-level child is not bound, so unparent it here. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  if (self->commitments != NULL)
    g_signal_handlers_disconnect_by_func (self->commitments, watch_owners, self);
  g_clear_object (&self->commitments);
  g_clear_object (&self->mentee);
  g_clear_object (&self->repository);
  g_clear_object (&self->mine_filter);
  g_clear_object (&self->theirs_filter);

  G_OBJECT_CLASS (rapport_promises_view_parent_class)->dispose (object);
}

static void
rapport_promises_view_class_init (RapportPromisesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rapport_promises_view_dispose;

  g_type_ensure (RAPPORT_TYPE_PROMISE_COMPOSER);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/ui/rapport-promises-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportPromisesView, composer);
  gtk_widget_class_bind_template_child (widget_class, RapportPromisesView, mine_list);
  gtk_widget_class_bind_template_child (widget_class, RapportPromisesView, theirs_list);
}

static void
rapport_promises_view_init (RapportPromisesView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->mine_filter = GTK_FILTER (gtk_custom_filter_new (is_mine, NULL, NULL));
  self->theirs_filter = GTK_FILTER (gtk_custom_filter_new (is_theirs, NULL, NULL));

  gtk_list_box_set_placeholder (self->mine_list, new_placeholder (_("No promises of yours yet.")));
  gtk_list_box_set_placeholder (self->theirs_list, new_placeholder (_("Nothing they committed to yet.")));
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */

void
rapport_promises_view_set_mentee (RapportPromisesView *self,
                                  RapportRepository   *repository,
                                  RapportMentee       *mentee)
{
  g_return_if_fail (RAPPORT_IS_PROMISES_VIEW (self));

  g_set_object (&self->repository, repository);
  g_set_object (&self->mentee, mentee);
  if (self->commitments != NULL)
    g_signal_handlers_disconnect_by_func (self->commitments, watch_owners, self);
  g_clear_object (&self->commitments);

  if (repository != NULL && mentee != NULL)
    {
      self->commitments = rapport_repository_list_commitments (repository,
                                                               rapport_item_get_id (RAPPORT_ITEM (mentee)));
      watch_owners (self, 0, 0, g_list_model_get_n_items (self->commitments));
      g_signal_connect_object (self->commitments, "items-changed", G_CALLBACK (watch_owners),
                               self, G_CONNECT_SWAPPED);
    }

  rapport_promise_composer_set_repository (self->composer, repository);
  rapport_promise_composer_set_mentee_id (self->composer,
                                          mentee ? rapport_item_get_id (RAPPORT_ITEM (mentee)) : 0);
  bind_list (self, self->mine_list, self->mine_filter);
  bind_list (self, self->theirs_list, self->theirs_filter);
}

void
rapport_promises_view_focus_composer (RapportPromisesView *self)
{
  g_return_if_fail (RAPPORT_IS_PROMISES_VIEW (self));

  rapport_promise_composer_focus (self->composer);
}
