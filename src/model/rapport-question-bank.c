/* rapport-question-bank.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-question-bank"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-question-bank.h"

/* Rapport's own prompts. The notebook stores only the key, so a prompt
 * shows in the mentor's language and can be reworded in a later release
 * without touching anyone's notebook. Add new keys at the end; never reuse
 * a key for a different question.
 *
 * Prompts of the reflection category are end-of-session prompts: the
 * question picker offers one at every stage, whatever their stage says (the
 * built-in ones say "closing", the end of a meeting). Every other prompt is
 * offered at its own stage of the relationship; each stage has at least
 * five, so three can be suggested after excluding the recently asked ones. */
static const RapportBuiltinQuestion builtin[] = {
  { "first.what-brings-you", RAPPORT_QUESTION_STAGE_FIRST_MEETING, RAPPORT_QUESTION_CATEGORY_GETTING_TO_KNOW,
    N_("What made you look for a mentor right now?") },
  { "first.good-outcome", RAPPORT_QUESTION_STAGE_FIRST_MEETING, RAPPORT_QUESTION_CATEGORY_GOALS,
    N_("Half a year from now, what would make you say this was worth your time?") },
  { "first.how-to-work", RAPPORT_QUESTION_STAGE_FIRST_MEETING, RAPPORT_QUESTION_CATEGORY_TRUST,
    N_("How often would you like us to meet, and how should we stay in touch in between?") },
  { "first.confidentiality", RAPPORT_QUESTION_STAGE_FIRST_MEETING, RAPPORT_QUESTION_CATEGORY_TRUST,
    N_("What you tell me stays between us. Is there anything you would like me to be especially careful with?") },
  { "first.feedback-style", RAPPORT_QUESTION_STAGE_FIRST_MEETING, RAPPORT_QUESTION_CATEGORY_FEEDBACK_PREFERENCES,
    N_("When someone gives you feedback, what helps you actually take it in?") },
  { "first.off-limits", RAPPORT_QUESTION_STAGE_FIRST_MEETING, RAPPORT_QUESTION_CATEGORY_FEEDBACK_PREFERENCES,
    N_("Are there topics you would rather we leave alone, or only touch if you bring them up?") },
  { "early.week-highlight", RAPPORT_QUESTION_STAGE_EARLY, RAPPORT_QUESTION_CATEGORY_GETTING_TO_KNOW,
    N_("What was the best part of your work since we last spoke?") },
  { "early.energy", RAPPORT_QUESTION_STAGE_EARLY, RAPPORT_QUESTION_CATEGORY_GETTING_TO_KNOW,
    N_("Which tasks give you energy, and which ones drain it?") },
  { "early.goal-check", RAPPORT_QUESTION_STAGE_EARLY, RAPPORT_QUESTION_CATEGORY_GOALS,
    N_("Does the goal we wrote down still feel like yours, or should we reshape it?") },
  { "early.support", RAPPORT_QUESTION_STAGE_EARLY, RAPPORT_QUESTION_CATEGORY_TRUST,
    N_("Is there something I could do between our meetings that would make a real difference?") },
  { "established.stuck", RAPPORT_QUESTION_STAGE_ESTABLISHED, RAPPORT_QUESTION_CATEGORY_GOALS,
    N_("Where do you feel stuck, and what have you already tried?") },
  { "established.next-step", RAPPORT_QUESTION_STAGE_ESTABLISHED, RAPPORT_QUESTION_CATEGORY_GOALS,
    N_("What is the smallest next step you could take before we meet again?") },
  { "established.honest", RAPPORT_QUESTION_STAGE_ESTABLISHED, RAPPORT_QUESTION_CATEGORY_TRUST,
    N_("Is there anything you have been holding back from telling me?") },
  { "established.feedback-for-me", RAPPORT_QUESTION_STAGE_ESTABLISHED, RAPPORT_QUESTION_CATEGORY_FEEDBACK_PREFERENCES,
    N_("What should I do more of, or less of, in our conversations?") },
  { "closing.rating", RAPPORT_QUESTION_STAGE_CLOSING, RAPPORT_QUESTION_CATEGORY_REFLECTION,
    N_("On a scale from one to five, how useful was today for you?") },
  { "closing.memorable", RAPPORT_QUESTION_STAGE_CLOSING, RAPPORT_QUESTION_CATEGORY_REFLECTION,
    N_("What will you remember from today?") },
  { "closing.commitments", RAPPORT_QUESTION_STAGE_CLOSING, RAPPORT_QUESTION_CATEGORY_REFLECTION,
    N_("Let us say out loud what each of us will do before next time.") },
  { "closing.growth", RAPPORT_QUESTION_STAGE_CLOSING, RAPPORT_QUESTION_CATEGORY_GOALS,
    N_("Looking back over our time together, what has changed for you?") },
  { "first.proud-of", RAPPORT_QUESTION_STAGE_FIRST_MEETING, RAPPORT_QUESTION_CATEGORY_GETTING_TO_KNOW,
    N_("Tell me about a piece of work you are proud of. What made it go well?") },
  { "first.feedback-timing", RAPPORT_QUESTION_STAGE_FIRST_MEETING, RAPPORT_QUESTION_CATEGORY_FEEDBACK_PREFERENCES,
    N_("Do you prefer feedback straight away, or after you have had time to think?") },
  { "early.trust-past", RAPPORT_QUESTION_STAGE_EARLY, RAPPORT_QUESTION_CATEGORY_TRUST,
    N_("Think of someone whose advice you really trusted. What did they do that made it easy?") },
  { "early.feedback-last-time", RAPPORT_QUESTION_STAGE_EARLY, RAPPORT_QUESTION_CATEGORY_FEEDBACK_PREFERENCES,
    N_("Was the feedback I gave last time useful, and was it the right amount?") },
  { "established.pattern", RAPPORT_QUESTION_STAGE_ESTABLISHED, RAPPORT_QUESTION_CATEGORY_GOALS,
    N_("Looking at the last few weeks, what do the things that went well have in common?") },
  { "established.challenge", RAPPORT_QUESTION_STAGE_ESTABLISHED, RAPPORT_QUESTION_CATEGORY_TRUST,
    N_("Would it help if I challenged your plans more, or less?") },
  { "closing.keep-going", RAPPORT_QUESTION_STAGE_CLOSING, RAPPORT_QUESTION_CATEGORY_GOALS,
    N_("Which habits from our work together do you want to keep once we stop meeting?") },
  { "closing.advice-to-self", RAPPORT_QUESTION_STAGE_CLOSING, RAPPORT_QUESTION_CATEGORY_GETTING_TO_KNOW,
    N_("Knowing what you know now, what would you tell yourself at our first meeting?") },
  { "closing.stay-in-touch", RAPPORT_QUESTION_STAGE_CLOSING, RAPPORT_QUESTION_CATEGORY_TRUST,
    N_("How would you like us to stay in touch once we wrap up?") },
  { "closing.feedback-for-me", RAPPORT_QUESTION_STAGE_CLOSING, RAPPORT_QUESTION_CATEGORY_FEEDBACK_PREFERENCES,
    N_("What could I have done better as your mentor?") },
  { "reflection.next-time", RAPPORT_QUESTION_STAGE_CLOSING, RAPPORT_QUESTION_CATEGORY_REFLECTION,
    N_("What should we do differently next time?") },
  { "reflection.came-for", RAPPORT_QUESTION_STAGE_CLOSING, RAPPORT_QUESTION_CATEGORY_REFLECTION,
    N_("Did you get what you came for today?") },
};

/**
 * rapport_question_bank_get_builtin:
 * @n_questions: (out): the number of prompts
 *
 * Returns: (array length=n_questions): the built-in prompts, untranslated
 */
const RapportBuiltinQuestion *
rapport_question_bank_get_builtin (guint *n_questions)
{
  g_return_val_if_fail (n_questions != NULL, NULL);

  *n_questions = G_N_ELEMENTS (builtin);
  return builtin;
}

/**
 * rapport_question_bank_lookup:
 * @key: a built-in prompt's key
 *
 * Returns: (nullable): the prompt in the mentor's language, or %NULL for an
 *   unknown key (a prompt removed in this version)
 */
const char *
rapport_question_bank_lookup (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (builtin); i++)
    if (g_strcmp0 (builtin[i].key, key) == 0)
      return _(builtin[i].text);

  return NULL;
}
