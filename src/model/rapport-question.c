/* rapport-question.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-question"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-question.h"

/**
 * RapportQuestion:
 *
 * A prompt from the question bank: built in (translated, identified by a stable key) or the mentor's own.
 *
 * Its properties are stored by #RapportItem; see the property list in
 * class_init for what each one means.
 */
struct _RapportQuestion
{
  RapportItem parent_instance;
};

enum {
  PROP_0,

  PROP_BUILTIN_KEY,
  PROP_TEXT,
  PROP_STAGE,
  PROP_CATEGORY,
  PROP_LAST_ASKED_AT,
  PROP_TAGS,
  PROP_HIDDEN,
  PROP_MENTEE_ID,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RapportQuestion, rapport_question, RAPPORT_TYPE_ITEM)

static GParamSpec *properties[N_PROPS];

static void
rapport_question_class_init (RapportQuestionClass *klass)
{
  /**
   * RapportQuestion:builtin-key:
   *
   * The stable key of a built-in prompt, %NULL for the mentor's own.
   */
  properties[PROP_BUILTIN_KEY] =
    g_param_spec_string ("builtin-key", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportQuestion:text:
   *
   * The prompt, translated for built-in prompts.
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STAGE] =
    g_param_spec_enum ("stage", NULL, NULL, RAPPORT_TYPE_QUESTION_STAGE, RAPPORT_QUESTION_STAGE_FIRST_MEETING,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CATEGORY] =
    g_param_spec_enum ("category", NULL, NULL, RAPPORT_TYPE_QUESTION_CATEGORY, RAPPORT_QUESTION_CATEGORY_GETTING_TO_KNOW,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportQuestion:last-asked-at:
   *
   * When it was last asked of the mentee the list was made for.
   */
  properties[PROP_LAST_ASKED_AT] =
    g_param_spec_boxed ("last-asked-at", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportQuestion:tags:
   *
   * The mentor's tags. The picker prefers prompts sharing a tag with the
   * mentee (#RapportMentee:tags).
   */
  properties[PROP_TAGS] =
    g_param_spec_boxed ("tags", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportQuestion:hidden:
   *
   * Hidden prompts (built-in ones too) are never suggested.
   */
  properties[PROP_HIDDEN] =
    g_param_spec_boolean ("hidden", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportQuestion:mentee-id:
   *
   * For the mentor's own prompts: the one mentee it is kept for, or 0 for
   * every mentee. Always 0 for built-in prompts.
   */
  properties[PROP_MENTEE_ID] =
    g_param_spec_int64 ("mentee-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  _rapport_item_class_install_fields (RAPPORT_ITEM_CLASS (klass), properties, N_PROPS);
}

static void
rapport_question_init (RapportQuestion *self)
{
}

/**
 * rapport_question_new:
 *
 * Creates an unsaved item with default values.
 *
 * Returns: (transfer full): a new #RapportQuestion
 */
RapportQuestion *
rapport_question_new (void)
{
  return g_object_new (RAPPORT_TYPE_QUESTION, NULL);
}


const char *
rapport_question_get_builtin_key (RapportQuestion *self)
{
  g_return_val_if_fail (RAPPORT_IS_QUESTION (self), NULL);

  return g_value_get_string (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_BUILTIN_KEY));
}

const char *
rapport_question_get_text (RapportQuestion *self)
{
  g_return_val_if_fail (RAPPORT_IS_QUESTION (self), NULL);

  return g_value_get_string (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_TEXT));
}

RapportQuestionStage
rapport_question_get_stage (RapportQuestion *self)
{
  g_return_val_if_fail (RAPPORT_IS_QUESTION (self), 0);

  return g_value_get_enum (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_STAGE));
}

RapportQuestionCategory
rapport_question_get_category (RapportQuestion *self)
{
  g_return_val_if_fail (RAPPORT_IS_QUESTION (self), 0);

  return g_value_get_enum (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_CATEGORY));
}

GDateTime *
rapport_question_get_last_asked_at (RapportQuestion *self)
{
  g_return_val_if_fail (RAPPORT_IS_QUESTION (self), NULL);

  return g_value_get_boxed (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_LAST_ASKED_AT));
}

const char * const *
rapport_question_get_tags (RapportQuestion *self)
{
  g_return_val_if_fail (RAPPORT_IS_QUESTION (self), NULL);

  return g_value_get_boxed (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_TAGS));
}

gboolean
rapport_question_get_hidden (RapportQuestion *self)
{
  g_return_val_if_fail (RAPPORT_IS_QUESTION (self), FALSE);

  return g_value_get_boolean (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_HIDDEN));
}

gint64
rapport_question_get_mentee_id (RapportQuestion *self)
{
  g_return_val_if_fail (RAPPORT_IS_QUESTION (self), 0);

  return g_value_get_int64 (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_MENTEE_ID));
}

/**
 * rapport_question_is_builtin:
 *
 * Returns: %TRUE for Rapport's own prompts, whose text, stage and category
 *   cannot be edited (only hidden and tagged)
 */
gboolean
rapport_question_is_builtin (RapportQuestion *self)
{
  g_return_val_if_fail (RAPPORT_IS_QUESTION (self), FALSE);

  return rapport_question_get_builtin_key (self) != NULL;
}

void
rapport_question_set_text (RapportQuestion *self,
                           const char      *value)
{
  g_return_if_fail (RAPPORT_IS_QUESTION (self));

  g_object_set (self, "text", value, NULL);
}

void
rapport_question_set_stage (RapportQuestion      *self,
                            RapportQuestionStage  value)
{
  g_return_if_fail (RAPPORT_IS_QUESTION (self));

  g_object_set (self, "stage", value, NULL);
}

void
rapport_question_set_category (RapportQuestion         *self,
                               RapportQuestionCategory  value)
{
  g_return_if_fail (RAPPORT_IS_QUESTION (self));

  g_object_set (self, "category", value, NULL);
}

void
rapport_question_set_tags (RapportQuestion    *self,
                           const char * const *value)
{
  g_return_if_fail (RAPPORT_IS_QUESTION (self));

  g_object_set (self, "tags", value, NULL);
}

void
rapport_question_set_hidden (RapportQuestion *self,
                             gboolean         value)
{
  g_return_if_fail (RAPPORT_IS_QUESTION (self));

  g_object_set (self, "hidden", value, NULL);
}

void
rapport_question_set_mentee_id (RapportQuestion *self,
                                gint64           value)
{
  g_return_if_fail (RAPPORT_IS_QUESTION (self));

  g_object_set (self, "mentee-id", value, NULL);
}
