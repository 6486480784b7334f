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

