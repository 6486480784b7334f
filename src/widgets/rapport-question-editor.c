/* rapport-question-editor.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-question-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-format.h"
#include "rapport-question-editor.h"

/* Adds one of the mentor's own questions to the bank, or edits one: the
 * text, when in the relationship to suggest it, its topic and its tags.
 * Built-in questions are never edited here; the bank page only hides them. */

struct _RapportQuestionEditor
{
  AdwWindow          parent_instance;

  /* Template widgets */
  GtkWidget         *save_button;
  AdwEntryRow       *text_row;
  AdwComboRow       *when_row;
  AdwComboRow       *topic_row;
  AdwEntryRow       *tags_row;
  GtkLabel          *error_label;

  /* Owned references */
  RapportRepository *repository;
  RapportQuestion   *question;
};

enum {
  PROP_0,
  PROP_REPOSITORY,
  PROP_QUESTION,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (RapportQuestionEditor, rapport_question_editor, ADW_TYPE_WINDOW)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* "When to Ask": the four stages, then "end of every meeting", which is the
 * reflection category (the picker offers one of those at every stage). */
static const RapportQuestionStage when_stages[] = {
  RAPPORT_QUESTION_STAGE_FIRST_MEETING,
  RAPPORT_QUESTION_STAGE_EARLY,
  RAPPORT_QUESTION_STAGE_ESTABLISHED,
  RAPPORT_QUESTION_STAGE_CLOSING,
};
#define WHEN_END_OF_MEETING G_N_ELEMENTS (when_stages)

static const RapportQuestionCategory topics[] = {
  RAPPORT_QUESTION_CATEGORY_GETTING_TO_KNOW,
  RAPPORT_QUESTION_CATEGORY_TRUST,
  RAPPORT_QUESTION_CATEGORY_GOALS,
  RAPPORT_QUESTION_CATEGORY_FEEDBACK_PREFERENCES,
};

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
show_error (RapportQuestionEditor *self,
            const char            *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);

  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->text_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->text_row), "error");
}

static void
fill (RapportQuestionEditor *self)
{
  RapportQuestion *q = self->question;
  RapportQuestionCategory category;
  const char * const *tags;
  g_autofree char *tags_text = NULL;
  guint when = 0;
  guint topic = 0;

  if (q == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("New Question"));
      gtk_button_set_label (GTK_BUTTON (self->save_button), _("_Add"));
      return;
    }

  gtk_window_set_title (GTK_WINDOW (self), _("Edit Question"));
  gtk_button_set_label (GTK_BUTTON (self->save_button), _("_Save"));

  category = rapport_question_get_category (q);
  if (category == RAPPORT_QUESTION_CATEGORY_REFLECTION)
    when = WHEN_END_OF_MEETING;
  else
    for (guint i = 0; i < G_N_ELEMENTS (when_stages); i++)
      if (when_stages[i] == rapport_question_get_stage (q))
        when = i;
  for (guint i = 0; i < G_N_ELEMENTS (topics); i++)
    if (topics[i] == category)
      topic = i;

  tags = rapport_question_get_tags (q);
  if (tags != NULL)
    tags_text = g_strjoinv (", ", (char **)tags);

  gtk_editable_set_text (GTK_EDITABLE (self->text_row), rapport_question_get_text (q));
  adw_combo_row_set_selected (self->when_row, when);
  adw_combo_row_set_selected (self->topic_row, topic);
  gtk_editable_set_text (GTK_EDITABLE (self->tags_row), tags_text ? tags_text : "");
  show_error (self, NULL);
}

/* ------------------------------------------------------------------------ */
/* Callbacks                                                                */

static void
text_changed_cb (RapportQuestionEditor *self)
{
  show_error (self, NULL);
}

/* An end-of-meeting question is a reflection; it has no other topic. */
static void
when_changed_cb (RapportQuestionEditor *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->topic_row),
                          adw_combo_row_get_selected (self->when_row) != WHEN_END_OF_MEETING);
}

/* A refused question keeps the dialog, and what was typed, on screen with
 * the reason; only a saved one closes it. */
static void
save_clicked_cb (RapportQuestionEditor *self)
{
  if (rapport_question_editor_save (self))
    gtk_window_close (GTK_WINDOW (self));
}

/* ------------------------------------------------------------------------ */

static void
rapport_question_editor_dispose (GObject *object)
{
  RapportQuestionEditor *self = (RapportQuestionEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), RAPPORT_TYPE_QUESTION_EDITOR);
  g_clear_object (&self->question);
  g_clear_object (&self->repository);

  G_OBJECT_CLASS (rapport_question_editor_parent_class)->dispose (object);
}

static void
rapport_question_editor_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  RapportQuestionEditor *self = RAPPORT_QUESTION_EDITOR (object);

  switch (prop_id)
    {
    case PROP_REPOSITORY:
      g_value_set_object (value, self->repository);
      break;

    case PROP_QUESTION:
      g_value_set_object (value, self->question);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_question_editor_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  RapportQuestionEditor *self = RAPPORT_QUESTION_EDITOR (object);

  switch (prop_id)
    {
    case PROP_REPOSITORY:
      self->repository = g_value_dup_object (value);
      break;

    case PROP_QUESTION:
      self->question = g_value_dup_object (value);
      fill (self);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_question_editor_class_init (RapportQuestionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rapport_question_editor_dispose;
  object_class->get_property = rapport_question_editor_get_property;
  object_class->set_property = rapport_question_editor_set_property;

  properties[PROP_REPOSITORY] =
    g_param_spec_object ("repository", NULL, NULL,
                         RAPPORT_TYPE_REPOSITORY,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * RapportQuestionEditor:question:
   *
   * The mentor's question being edited, or %NULL for a new one (then the
   * saved one after a save).
   */
  properties[PROP_QUESTION] =
    g_param_spec_object ("question", NULL, NULL,
                         RAPPORT_TYPE_QUESTION,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RapportQuestionEditor::saved:
   * @question: the question, saved
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, RAPPORT_TYPE_QUESTION);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/rapport-question-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportQuestionEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, RapportQuestionEditor, text_row);
  gtk_widget_class_bind_template_child (widget_class, RapportQuestionEditor, when_row);
  gtk_widget_class_bind_template_child (widget_class, RapportQuestionEditor, topic_row);
  gtk_widget_class_bind_template_child (widget_class, RapportQuestionEditor, tags_row);
  gtk_widget_class_bind_template_child (widget_class, RapportQuestionEditor, error_label);
  gtk_widget_class_bind_template_callback (widget_class, text_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, when_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
}

static void
rapport_question_editor_init (RapportQuestionEditor *self)
{
  g_autoptr(GtkStringList) whens = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) topic_list = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (when_stages); i++)
    gtk_string_list_append (whens, rapport_question_editor_when_label (when_stages[i], topics[0]));
  gtk_string_list_append (whens, rapport_question_editor_when_label (RAPPORT_QUESTION_STAGE_CLOSING,
                                                                     RAPPORT_QUESTION_CATEGORY_REFLECTION));
  adw_combo_row_set_model (self->when_row, G_LIST_MODEL (whens));

  for (guint i = 0; i < G_N_ELEMENTS (topics); i++)
    gtk_string_list_append (topic_list, rapport_question_editor_topic_label (topics[i]));
  adw_combo_row_set_model (self->topic_row, G_LIST_MODEL (topic_list));

  /* A new question is for a relationship under way unless told otherwise. */
  adw_combo_row_set_selected (self->when_row, 1);

  /* The dialog opens ready to type the question. */
  gtk_widget_grab_focus (GTK_WIDGET (self->text_row));
}

/* ------------------------------------------------------------------------ */

/**
 * rapport_question_editor_new:
 * @repository: the notebook
 * @question: (nullable): one of the mentor's own questions to edit, or
 *   %NULL to add one
 * @parent: (nullable): the window it is modal for
 */
RapportQuestionEditor *
rapport_question_editor_new (RapportRepository *repository,
                             RapportQuestion   *question,
                             GtkWindow         *parent)
{
  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (repository), NULL);
  g_return_val_if_fail (question == NULL || !rapport_question_is_builtin (question), NULL);

  return g_object_new (RAPPORT_TYPE_QUESTION_EDITOR,
                       "repository", repository,
                       "question", question,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       NULL);
}

/**
 * rapport_question_editor_get_question:
 *
 * Returns: (transfer none) (nullable): the question edited, or the one
 *   added once saved
 */
RapportQuestion *
rapport_question_editor_get_question (RapportQuestionEditor *self)
{
  g_return_val_if_fail (RAPPORT_IS_QUESTION_EDITOR (self), NULL);

  return self->question;
}

/**
 * rapport_question_editor_save:
 * @self: a #RapportQuestionEditor
 *
 * Validates and saves what was typed. A blank question, or anything the
 * notebook refuses, is shown under the fields and nothing is saved.
 *
 * Returns: %TRUE if the question was saved
 */
gboolean
rapport_question_editor_save (RapportQuestionEditor *self)
{
  g_autoptr(RapportQuestion) question = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) tags = NULL;
  guint when;

  g_return_val_if_fail (RAPPORT_IS_QUESTION_EDITOR (self), FALSE);

  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->text_row))));
  if (is_blank (text))
    {
      show_error (self, _("Write the question first."));
      gtk_widget_grab_focus (GTK_WIDGET (self->text_row));
      return FALSE;
    }

  /* Edit a copy: a refused save must not leave the bank's object changed. */
  question = rapport_question_new ();
  if (self->question != NULL)
    rapport_item_update_from (RAPPORT_ITEM (question), RAPPORT_ITEM (self->question));

  when = adw_combo_row_get_selected (self->when_row);
  if (when >= WHEN_END_OF_MEETING)
    {
      rapport_question_set_stage (question, RAPPORT_QUESTION_STAGE_CLOSING);
      rapport_question_set_category (question, RAPPORT_QUESTION_CATEGORY_REFLECTION);
    }
  else
    {
      guint topic = MIN (adw_combo_row_get_selected (self->topic_row), G_N_ELEMENTS (topics) - 1);

      rapport_question_set_stage (question, when_stages[when]);
      rapport_question_set_category (question, topics[topic]);
    }

  tags = rapport_tags_parse (gtk_editable_get_text (GTK_EDITABLE (self->tags_row)));
  rapport_question_set_text (question, text);
  rapport_question_set_tags (question, (const char * const *)tags);

  if (!rapport_repository_save_question (self->repository, question, &error))
    {
      show_error (self, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->text_row));
      return FALSE;
    }

  g_set_object (&self->question, question);
  g_signal_emit (self, signals[SAVED], 0, question);
  return TRUE;
}

/**
 * rapport_question_editor_when_label:
 *
 * Returns: when a question is suggested, for the mentor ("Early meetings",
 *   "End of every meeting"), translated
 */
const char *
rapport_question_editor_when_label (RapportQuestionStage    stage,
                                    RapportQuestionCategory category)
{
  if (category == RAPPORT_QUESTION_CATEGORY_REFLECTION)
    return _("End of every meeting");

  switch (stage)
    {
    case RAPPORT_QUESTION_STAGE_FIRST_MEETING:
      return _("First meeting");
    case RAPPORT_QUESTION_STAGE_EARLY:
      return _("Early meetings");
    case RAPPORT_QUESTION_STAGE_ESTABLISHED:
      return _("Established");
    case RAPPORT_QUESTION_STAGE_CLOSING:
      return _("Closing");
    default:
      return "";
    }
}

/**
 * rapport_question_editor_topic_label:
 *
 * Returns: what a question is about, for the mentor, translated
 */
const char *
rapport_question_editor_topic_label (RapportQuestionCategory category)
{
  switch (category)
    {
    case RAPPORT_QUESTION_CATEGORY_GETTING_TO_KNOW:
      return _("Getting acquainted");
    case RAPPORT_QUESTION_CATEGORY_TRUST:
      return _("Trust");
    case RAPPORT_QUESTION_CATEGORY_GOALS:
      return _("Goals");
    case RAPPORT_QUESTION_CATEGORY_FEEDBACK_PREFERENCES:
      return _("Feedback style");
    case RAPPORT_QUESTION_CATEGORY_REFLECTION:
      return _("Reflection");
    default:
      return "";
    }
}
