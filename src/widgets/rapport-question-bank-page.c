/* rapport-question-bank-page.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-question-bank-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-question-bank-page.h"
#include "rapport-question-editor.h"
#include "rapport-widget-utils.h"

/* Preferences → Question Bank: the mentor's own questions (add, edit, tag,
 * switch off, delete with Undo), then Rapport's built-in ones by stage of
 * the relationship, each with a switch to stop it being suggested. Built-in
 * questions are Rapport's words, translated, and are never edited here.
 *
 * The bank is a snapshot (rapport_repository_list_questions()), read again
 * whenever the notebook changes. A switch saves its question at once; that
 * save does not rebuild the rows, so keyboard focus stays on the switch. */

struct _RapportQuestionBankPage
{
  AdwPreferencesPage  parent_instance;

  /* Template widgets */
  GtkButton          *add_button;
  GtkListBox         *own_list;
  GtkListBox         *first_list;
  GtkListBox         *early_list;
  GtkListBox         *established_list;
  GtkListBox         *closing_list;
  GtkListBox         *reflection_list;

  /* Owned references */
  RapportRepository  *repository;

  /* State */
  gboolean            writing;
};

enum {
  PROP_0,
  PROP_REPOSITORY,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RapportQuestionBankPage, rapport_question_bank_page, ADW_TYPE_PREFERENCES_PAGE)

static GParamSpec *properties[N_PROPS];

/* What a focused control in a row is, so focus can come back to the same
 * control after the rows are rebuilt. */
typedef enum
{
  ROLE_ROW = 1,
  ROLE_SWITCH,
  ROLE_EDIT,
  ROLE_DELETE,
} Role;

static void hidden_toggled_cb     (RapportQuestionBankPage *self,
                                   GParamSpec              *pspec,
                                   GtkSwitch               *toggle);
static void edit_clicked_cb       (RapportQuestionBankPage *self,
                                   GtkWidget               *widget);
static void delete_clicked_cb     (RapportQuestionBankPage *self,
                                   GtkButton               *button);

/* ------------------------------------------------------------------------ */

static RapportQuestion *
question_of (gpointer widget)
{
  return g_object_get_data (G_OBJECT (widget), "rapport-question");
}

static void
set_question (gpointer         widget,
              RapportQuestion *question)
{
  g_object_set_data_full (G_OBJECT (widget), "rapport-question", g_object_ref (question), g_object_unref);
}

static void
set_role (GtkWidget *widget,
          Role       role)
{
  g_object_set_data (G_OBJECT (widget), "rapport-role", GINT_TO_POINTER (role));
}

static GtkListBox *
list_for (RapportQuestionBankPage *self,
          RapportQuestion         *q)
{
  if (!rapport_question_is_builtin (q))
    return self->own_list;
  if (rapport_question_get_category (q) == RAPPORT_QUESTION_CATEGORY_REFLECTION)
    return self->reflection_list;

  switch (rapport_question_get_stage (q))
    {
    case RAPPORT_QUESTION_STAGE_FIRST_MEETING:
      return self->first_list;
    case RAPPORT_QUESTION_STAGE_EARLY:
      return self->early_list;
    case RAPPORT_QUESTION_STAGE_ESTABLISHED:
      return self->established_list;
    case RAPPORT_QUESTION_STAGE_CLOSING:
    default:
      return self->closing_list;
    }
}

/* Rows only: the placeholder ("No questions of your own yet") stays. */
static void
clear_list (GtkListBox *list)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, 0)))
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

/* "Early meetings · Trust · Tags: career, feedback · Only for Dana" */
static char *
describe (RapportQuestionBankPage *self,
          RapportQuestion         *q)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char * const *tags = rapport_question_get_tags (q);
  RapportQuestionCategory category = rapport_question_get_category (q);
  gint64 mentee_id = rapport_question_get_mentee_id (q);

  if (!rapport_question_is_builtin (q))
    g_ptr_array_add (parts, g_strdup (rapport_question_editor_when_label (rapport_question_get_stage (q),
                                                                          category)));
  if (category != RAPPORT_QUESTION_CATEGORY_REFLECTION)
    g_ptr_array_add (parts, g_strdup (rapport_question_editor_topic_label (category)));
  if (tags != NULL && tags[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (", ", (char **)tags);

      /* Translators: a question's tags in the question bank, "Tags: career, feedback" */
      g_ptr_array_add (parts, g_strdup_printf (_("Tags: %s"), joined));
    }
  if (mentee_id != 0)
    {
      RapportMentee *mentee = rapport_repository_find_mentee (self->repository, mentee_id);

      if (mentee != NULL)
        /* Translators: a question kept for one mentee, "Only for Dana Whitfield" */
        g_ptr_array_add (parts, g_strdup_printf (_("Only for %s"), rapport_mentee_get_name (mentee)));
    }

  g_ptr_array_add (parts, NULL);
  /* Translators: the separator between the parts of a question's description */
  return g_strjoinv (_(" · "), (char **)parts->pdata);
}

static GtkWidget *
new_icon_button (const char *icon_name,
                 const char *tooltip,
                 const char *accessible_label,
                 Role        role)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label,
                                  -1);
  set_role (button, role);
  return button;
}

static GtkWidget *
create_row (RapportQuestionBankPage *self,
            RapportQuestion         *q)
{
  const char *text = rapport_question_get_text (q);
  g_autofree char *subtitle = describe (self, q);
  g_autofree char *switch_label = NULL;
  gboolean writable = !rapport_repository_is_read_only (self->repository);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  set_question (row, q);
  set_role (row, ROLE_ROW);

  /* Translators: the accessible name of a question's switch in the question bank */
  switch_label = g_strdup_printf (_("Suggest “%s”"), text);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (toggle, _("Suggest in Prepare"));
  gtk_switch_set_active (GTK_SWITCH (toggle), !rapport_question_get_hidden (q));
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, switch_label,
                                  -1);
  gtk_widget_set_sensitive (toggle, writable);
  set_question (toggle, q);
  set_role (toggle, ROLE_SWITCH);
  g_signal_connect_object (toggle, "notify::active", G_CALLBACK (hidden_toggled_cb), self, G_CONNECT_SWAPPED);

  if (rapport_question_is_builtin (q))
    {
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
    }
  else
    {
      /* Translators: accessible names of the buttons on one of the mentor's questions */
      g_autofree char *edit_label = g_strdup_printf (_("Edit “%s”"), text);
      g_autofree char *delete_label = g_strdup_printf (_("Delete “%s”"), text);
      GtkWidget *edit = new_icon_button ("document-edit-symbolic", _("Edit"), edit_label, ROLE_EDIT);
      GtkWidget *delete = new_icon_button ("user-trash-symbolic", _("Delete"), delete_label, ROLE_DELETE);

      set_question (edit, q);
      set_question (delete, q);
      gtk_widget_set_sensitive (edit, writable);
      gtk_widget_set_sensitive (delete, writable);
      g_signal_connect_object (edit, "clicked", G_CALLBACK (edit_clicked_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (delete, "clicked", G_CALLBACK (delete_clicked_cb), self, G_CONNECT_SWAPPED);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), edit);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), delete);

      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), writable);
      g_signal_connect_object (row, "activated", G_CALLBACK (edit_clicked_cb), self, G_CONNECT_SWAPPED);
    }

  /* Last, so the switches line up down the whole page. */
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);

  return row;
}

static GtkListBoxRow *
find_row (GtkListBox *list,
          gint64      question_id)
{
  GtkListBoxRow *row;

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (list, i)); i++)
    {
      RapportQuestion *q = question_of (row);

      if (q != NULL && rapport_item_get_id (RAPPORT_ITEM (q)) == question_id)
        return row;
    }
  return NULL;
}

static GtkWidget *
find_role (GtkWidget *widget,
           Role       role)
{
  if (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (widget), "rapport-role")) == (int)role)
    return widget;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_role (c, role);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Where keyboard focus is on the page: the question and the control. */
static gboolean
get_focus (RapportQuestionBankPage  *self,
           gint64                   *question_id,
           Role                     *role,
           GtkListBox              **list,
           int                      *index)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    return FALSE;
  if (!(row = gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW)) || question_of (row) == NULL)
    return FALSE;

  for (*role = 0; focus != NULL && *role == 0; focus = gtk_widget_get_parent (focus))
    *role = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (focus), "rapport-role"));
  *question_id = rapport_item_get_id (RAPPORT_ITEM (question_of (row)));
  *list = GTK_LIST_BOX (gtk_widget_get_parent (row));
  *index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  return TRUE;
}

/* The same control of the same question; if the question went, its
 * neighbour in the list; if the list is empty, "Add Question". */
static void
restore_focus (RapportQuestionBankPage *self,
               gint64                   question_id,
               Role                     role,
               GtkListBox              *list,
               int                      index)
{
  GtkListBoxRow *row = find_row (list, question_id);
  GtkWidget *target;

  if (row == NULL)
    {
      row = gtk_list_box_get_row_at_index (list, index);
      if (row == NULL && index > 0)
        row = gtk_list_box_get_row_at_index (list, index - 1);
    }
  if (row == NULL)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->add_button));
      return;
    }

  target = find_role (GTK_WIDGET (row), role);
  if (target == NULL || !gtk_widget_get_sensitive (target))
    target = GTK_WIDGET (row);
  gtk_widget_grab_focus (target);
}

static void
show_toast (RapportQuestionBankPage *self,
            AdwToast                *toast)
{
  rapport_widget_add_toast (GTK_WIDGET (self), toast);
}

static void
open_editor (RapportQuestionBankPage *self,
             RapportQuestion         *question,
             RapportQuestionEditor  **out_editor);

/* ------------------------------------------------------------------------ */
/* Callbacks                                                                */

static void
repository_changed_cb (RapportQuestionBankPage *self)
{
  /* A switch's own save: the rows already show it. */
  if (self->writing)
    return;
  rapport_question_bank_page_reload (self);
}

static void
hidden_toggled_cb (RapportQuestionBankPage *self,
                   GParamSpec              *pspec,
                   GtkSwitch               *toggle)
{
  RapportQuestion *q = question_of (toggle);
  gboolean hidden = !gtk_switch_get_active (toggle);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (rapport_question_get_hidden (q) == hidden)
    return;

  rapport_question_set_hidden (q, hidden);
  self->writing = TRUE;
  ok = rapport_repository_save_question (self->repository, q, &error);
  self->writing = FALSE;

  if (!ok)
    {
      rapport_question_set_hidden (q, !hidden);
      g_signal_handlers_block_by_func (toggle, hidden_toggled_cb, self);
      gtk_switch_set_active (toggle, !hidden);
      g_signal_handlers_unblock_by_func (toggle, hidden_toggled_cb, self);
      rapport_widget_show_error (GTK_WIDGET (self), _("Could not save the question"), error);
    }
}

static void
editor_saved_cb (RapportQuestionBankPage *self,
                 RapportQuestion         *question)
{
  GtkListBoxRow *row = find_row (self->own_list, rapport_item_get_id (RAPPORT_ITEM (question)));

  /* Back in the page, focus is on the question just added or edited. */
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
add_clicked_cb (RapportQuestionBankPage *self)
{
  open_editor (self, NULL, NULL);
}

static void
edit_clicked_cb (RapportQuestionBankPage *self,
                 GtkWidget               *widget)
{
  open_editor (self, question_of (widget), NULL);
}

static void
undo_delete_cb (RapportQuestionBankPage *self,
                AdwToast                *toast)
{
  RapportQuestion *q = question_of (toast);
  g_autoptr(GError) error = NULL;

  if (!rapport_repository_restore_question (self->repository, q, &error))
    rapport_widget_show_error (GTK_WIDGET (self), _("Could not bring the question back"), error);
}

static void
delete_clicked_cb (RapportQuestionBankPage *self,
                   GtkButton               *button)
{
  RapportQuestion *q = question_of (button);
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  g_object_ref (q);
  if (!rapport_repository_delete_question (self->repository, q, &error))
    {
      rapport_widget_show_error (GTK_WIDGET (self), _("Could not delete the question"), error);
      g_object_unref (q);
      return;
    }

  toast = adw_toast_new (_("Question deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "rapport-question", q, g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_delete_cb), self, G_CONNECT_SWAPPED);
  show_toast (self, toast);
}

static void
open_editor (RapportQuestionBankPage *self,
             RapportQuestion         *question,
             RapportQuestionEditor  **out_editor)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  RapportQuestionEditor *editor;

  g_return_if_fail (self->repository != NULL);

  editor = rapport_question_editor_new (self->repository, question,
                                        GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
  g_signal_connect_object (editor, "saved", G_CALLBACK (editor_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));

  if (out_editor != NULL)
    *out_editor = editor;
}

/* ------------------------------------------------------------------------ */

static void
rapport_question_bank_page_dispose (GObject *object)
{
  RapportQuestionBankPage *self = (RapportQuestionBankPage *)object;

  if (self->repository != NULL)
    g_signal_handlers_disconnect_by_func (self->repository, repository_changed_cb, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), RAPPORT_TYPE_QUESTION_BANK_PAGE);
  g_clear_object (&self->repository);

  G_OBJECT_CLASS (rapport_question_bank_page_parent_class)->dispose (object);
}

static void
rapport_question_bank_page_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  RapportQuestionBankPage *self = RAPPORT_QUESTION_BANK_PAGE (object);

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
rapport_question_bank_page_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  RapportQuestionBankPage *self = RAPPORT_QUESTION_BANK_PAGE (object);

  switch (prop_id)
    {
    case PROP_REPOSITORY:
      rapport_question_bank_page_set_repository (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_question_bank_page_class_init (RapportQuestionBankPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rapport_question_bank_page_dispose;
  object_class->get_property = rapport_question_bank_page_get_property;
  object_class->set_property = rapport_question_bank_page_set_property;

  properties[PROP_REPOSITORY] =
    g_param_spec_object ("repository", NULL, NULL,
                         RAPPORT_TYPE_REPOSITORY,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/rapport-question-bank-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportQuestionBankPage, add_button);
  gtk_widget_class_bind_template_child (widget_class, RapportQuestionBankPage, own_list);
  gtk_widget_class_bind_template_child (widget_class, RapportQuestionBankPage, first_list);
  gtk_widget_class_bind_template_child (widget_class, RapportQuestionBankPage, early_list);
  gtk_widget_class_bind_template_child (widget_class, RapportQuestionBankPage, established_list);
  gtk_widget_class_bind_template_child (widget_class, RapportQuestionBankPage, closing_list);
  gtk_widget_class_bind_template_child (widget_class, RapportQuestionBankPage, reflection_list);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
}

static void
rapport_question_bank_page_init (RapportQuestionBankPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* ------------------------------------------------------------------------ */

RapportRepository *
rapport_question_bank_page_get_repository (RapportQuestionBankPage *self)
{
  g_return_val_if_fail (RAPPORT_IS_QUESTION_BANK_PAGE (self), NULL);

  return self->repository;
}

void
rapport_question_bank_page_set_repository (RapportQuestionBankPage *self,
                                           RapportRepository       *repository)
{
  g_return_if_fail (RAPPORT_IS_QUESTION_BANK_PAGE (self));
  g_return_if_fail (repository == NULL || RAPPORT_IS_REPOSITORY (repository));

  if (self->repository == repository)
    return;

  if (self->repository != NULL)
    g_signal_handlers_disconnect_by_func (self->repository, repository_changed_cb, self);
  g_set_object (&self->repository, repository);
  if (repository != NULL)
    g_signal_connect_object (repository, "changed", G_CALLBACK (repository_changed_cb), self,
                             G_CONNECT_SWAPPED);

  rapport_question_bank_page_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPOSITORY]);
}

/**
 * rapport_question_bank_page_reload:
 * @self: a #RapportQuestionBankPage
 *
 * Reads the bank again, keeping keyboard focus on the same question.
 */
void
rapport_question_bank_page_reload (RapportQuestionBankPage *self)
{
  GtkListBox *lists[] = { self->own_list, self->first_list, self->early_list,
                          self->established_list, self->closing_list, self->reflection_list };
  g_autoptr(GListModel) bank = NULL;
  g_autoptr(GError) error = NULL;
  GtkListBox *focus_list = NULL;
  gint64 focus_id = 0;
  Role focus_role = ROLE_ROW;
  int focus_index = 0;
  gboolean had_focus;

  g_return_if_fail (RAPPORT_IS_QUESTION_BANK_PAGE (self));

  had_focus = get_focus (self, &focus_id, &focus_role, &focus_list, &focus_index);

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    clear_list (lists[i]);

  if (self->repository == NULL)
    return;

  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), !rapport_repository_is_read_only (self->repository));

  if (!(bank = rapport_repository_list_questions (self->repository, 0, &error)))
    {
      rapport_widget_show_error (GTK_WIDGET (self), _("Could not read the question bank"), error);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (bank); i++)
    {
      g_autoptr(RapportQuestion) q = g_list_model_get_item (bank, i);

      gtk_list_box_append (list_for (self, q), create_row (self, q));
    }

  if (had_focus)
    restore_focus (self, focus_id, focus_role, focus_list, focus_index);
}

/**
 * rapport_question_bank_page_add_question:
 * @self: a #RapportQuestionBankPage
 *
 * Opens the dialog to add a question of the mentor's own, as "Add
 * Question" does.
 *
 * Returns: (transfer none): the dialog, a #RapportQuestionEditor
 */
GtkWindow *
rapport_question_bank_page_add_question (RapportQuestionBankPage *self)
{
  RapportQuestionEditor *editor = NULL;

  g_return_val_if_fail (RAPPORT_IS_QUESTION_BANK_PAGE (self), NULL);

  open_editor (self, NULL, &editor);
  return GTK_WINDOW (editor);
}
