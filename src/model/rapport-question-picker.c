/* rapport-question-picker.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-question-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-question-picker.h"
#include "rapport-rhythm.h"
#include "rapport-store.h"

/**
 * RapportQuestionPicker:
 *
 * Chooses the few questions the Prepare tab suggests for a mentee's next
 * meeting. The rules, in order:
 *
 * 1. **Stage.** The relationship's stage comes from
 *    rapport_question_stage_for(): no meeting held yet is the *first
 *    meeting*; 1 to %RAPPORT_QUESTION_STAGE_EARLY_MAX_HELD held meetings is
 *    *early*; more is *established*; and whenever at least one meeting was
 *    held and the goals are about to end (there is at least one goal not
 *    dropped, and no active goal has a target date more than
 *    %RAPPORT_QUESTION_STAGE_CLOSING_DAYS days away or no target date) it is
 *    *closing*.
 * 2. **Slots.** Of @n_questions, the last one is an end-of-session
 *    reflection prompt (category reflection, any stage: "How would you rate
 *    the session?"), the others are prompts of the mentee's stage from the
 *    other categories. When the stage has too few eligible prompts the
 *    neighbouring stage fills in (first meeting ↔ early, established →
 *    early, closing → established); when there are still too few, fewer
 *    questions are suggested rather than a recent one repeated.
 * 3. **Eligible** means not hidden and not *recent*: not asked of this
 *    mentee at or after @recent_since, the start of the
 *    %RAPPORT_QUESTION_PICKER_RECENT_SESSIONS-th most recent held meeting
 *    (%NULL when fewer meetings were held: then every earlier ask is
 *    recent). Asks recorded on a meeting count at that meeting's start.
 * 4. **Order.** Prompts of the stage itself before the neighbouring stage's,
 *    prompts sharing a tag with the mentee before the others, then a
 *    pseudo-random order fixed by the seed and each prompt's identity (not
 *    by the bank's order), so the same seed always gives the same
 *    suggestions. Stage slots take distinct categories first.
 *
 * The picker works on a snapshot of the bank; make a new one after the bank
 * or the mentee's meetings change.
 */
struct _RapportQuestionPicker
{
  GObject               parent_instance;

  /* Owned references */
  GPtrArray            *bank;
  GDateTime            *recent_since;
  char                **tags;

  /* State */
  RapportQuestionStage  stage;
};

G_DEFINE_FINAL_TYPE (RapportQuestionPicker, rapport_question_picker, G_TYPE_OBJECT)

typedef enum
{
  SLOT_STAGE,
  SLOT_REFLECTION,
} Slot;

typedef struct
{
  RapportQuestion *question;
  guint            stage_rank;
  guint            tag_rank;
  guint32          hash;
} Ranked;

/* Helpers */

static RapportQuestionStage
neighbour_stage (RapportQuestionStage stage)
{
  switch (stage)
    {
    case RAPPORT_QUESTION_STAGE_FIRST_MEETING:
      return RAPPORT_QUESTION_STAGE_EARLY;
    case RAPPORT_QUESTION_STAGE_EARLY:
      return RAPPORT_QUESTION_STAGE_FIRST_MEETING;
    case RAPPORT_QUESTION_STAGE_ESTABLISHED:
      return RAPPORT_QUESTION_STAGE_EARLY;
    case RAPPORT_QUESTION_STAGE_CLOSING:
    default:
      return RAPPORT_QUESTION_STAGE_ESTABLISHED;
    }
}

/* FNV-1a: stable across runs, platforms and GLib versions, unlike
 * g_str_hash(), so a seed means the same suggestions everywhere. */
static guint32
seeded_hash (guint32     seed,
             const char *identity)
{
  guint32 h = 2166136261u;

  for (guint i = 0; i < 4; i++)
    {
      h ^= (seed >> (8 * i)) & 0xff;
      h *= 16777619u;
    }
  for (const guchar *p = (const guchar *)(identity ? identity : ""); *p; p++)
    {
      h ^= *p;
      h *= 16777619u;
    }
  return h;
}

static const char *
identity (RapportQuestion *q)
{
  if (rapport_question_get_builtin_key (q) != NULL)
    return rapport_question_get_builtin_key (q);
  if (rapport_item_get_uuid (RAPPORT_ITEM (q)) != NULL)
    return rapport_item_get_uuid (RAPPORT_ITEM (q));
  return rapport_question_get_text (q);
}

static gboolean
shares_tag (RapportQuestion *q,
            char           **tags)
{
  const char * const *qt = rapport_question_get_tags (q);

  if (qt == NULL || tags == NULL)
    return FALSE;
  for (; *qt; qt++)
    for (char **t = tags; *t; t++)
      if (g_utf8_collate (*qt, *t) == 0)
        return TRUE;
  return FALSE;
}

static Slot
slot_of (RapportQuestion *q)
{
  return rapport_question_get_category (q) == RAPPORT_QUESTION_CATEGORY_REFLECTION
         ? SLOT_REFLECTION : SLOT_STAGE;
}

static gboolean
same_question (RapportQuestion *a,
               RapportQuestion *b)
{
  gint64 ia = rapport_item_get_id (RAPPORT_ITEM (a));
  gint64 ib = rapport_item_get_id (RAPPORT_ITEM (b));

  if (a == b)
    return TRUE;
  if (ia != 0 || ib != 0)
    return ia == ib;
  return g_strcmp0 (identity (a), identity (b)) == 0;
}

static gboolean
model_contains (GListModel      *model,
                RapportQuestion *q)
{
  guint n = model ? g_list_model_get_n_items (model) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RapportQuestion) it = g_list_model_get_item (model, i);

      if (same_question (it, q))
        return TRUE;
    }
  return FALSE;
}

static int
ranked_compare (gconstpointer a,
                gconstpointer b)
{
  const Ranked *ra = a;
  const Ranked *rb = b;

  if (ra->stage_rank != rb->stage_rank)
    return ra->stage_rank < rb->stage_rank ? -1 : 1;
  if (ra->tag_rank != rb->tag_rank)
    return ra->tag_rank < rb->tag_rank ? -1 : 1;
  if (ra->hash != rb->hash)
    return ra->hash < rb->hash ? -1 : 1;
  return g_strcmp0 (identity (ra->question), identity (rb->question));
}

/* The eligible prompts for @slot, best first. */
static GArray *
rank (RapportQuestionPicker *self,
      Slot                   slot,
      guint32                seed)
{
  GArray *ranked = g_array_new (FALSE, FALSE, sizeof (Ranked));
  RapportQuestionStage neighbour = neighbour_stage (self->stage);

  for (guint i = 0; i < self->bank->len; i++)
    {
      RapportQuestion *q = g_ptr_array_index (self->bank, i);
      Ranked r = { q, 0, 0, 0 };

      if (slot_of (q) != slot || !rapport_question_picker_is_eligible (self, q))
        continue;

      if (slot == SLOT_STAGE)
        {
          if (rapport_question_get_stage (q) == self->stage)
            r.stage_rank = 0;
          else if (rapport_question_get_stage (q) == neighbour)
            r.stage_rank = 1;
          else
            continue;
        }

      r.tag_rank = shares_tag (q, self->tags) ? 0 : 1;
      r.hash = seeded_hash (seed, identity (q));
      g_array_append_val (ranked, r);
    }

  g_array_sort (ranked, ranked_compare);
  return ranked;
}

static gboolean
category_taken (GListStore              *store,
                RapportQuestionCategory  category)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RapportQuestion) q = g_list_model_get_item (G_LIST_MODEL (store), i);

      if (rapport_question_get_category (q) == category)
        return TRUE;
    }
  return FALSE;
}

/* GObject */

static void
rapport_question_picker_finalize (GObject *object)
{
  RapportQuestionPicker *self = (RapportQuestionPicker *)object;

  g_clear_pointer (&self->bank, g_ptr_array_unref);
  g_clear_pointer (&self->recent_since, g_date_time_unref);
  g_clear_pointer (&self->tags, g_strfreev);

  G_OBJECT_CLASS (rapport_question_picker_parent_class)->finalize (object);
}

static void
rapport_question_picker_class_init (RapportQuestionPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rapport_question_picker_finalize;
}

static void
rapport_question_picker_init (RapportQuestionPicker *self)
{
  self->bank = g_ptr_array_new_with_free_func (g_object_unref);
}

/* Public API */

/**
 * rapport_question_stage_for:
 * @held_sessions: meetings held with the mentee so far
 * @goals: (nullable): the mentee's #RapportGoal items (not in the trash)
 * @now: the current local time
 *
 * The stage of the relationship; see #RapportQuestionPicker for the rules.
 */
RapportQuestionStage
rapport_question_stage_for (guint       held_sessions,
                            GListModel *goals,
                            GDateTime  *now)
{
  guint n_goals = goals ? g_list_model_get_n_items (goals) : 0;
  guint counted = 0;
  gboolean ending = TRUE;

  g_return_val_if_fail (now != NULL, RAPPORT_QUESTION_STAGE_FIRST_MEETING);

  if (held_sessions == 0)
    return RAPPORT_QUESTION_STAGE_FIRST_MEETING;

  for (guint i = 0; i < n_goals; i++)
    {
      g_autoptr(RapportGoal) goal = g_list_model_get_item (goals, i);
      const char *target = rapport_goal_get_target_date (goal);

      if (rapport_goal_get_status (goal) == RAPPORT_GOAL_STATUS_DROPPED)
        continue;
      counted++;
      if (rapport_goal_get_status (goal) != RAPPORT_GOAL_STATUS_ACTIVE)
        continue;
      if (!rapport_date_parse (target, NULL) ||
          rapport_date_days_until (target, now) > RAPPORT_QUESTION_STAGE_CLOSING_DAYS)
        ending = FALSE;
    }

  if (counted > 0 && ending)
    return RAPPORT_QUESTION_STAGE_CLOSING;
  if (held_sessions <= RAPPORT_QUESTION_STAGE_EARLY_MAX_HELD)
    return RAPPORT_QUESTION_STAGE_EARLY;
  return RAPPORT_QUESTION_STAGE_ESTABLISHED;
}

/**
 * rapport_question_stage_get_label:
 *
 * Returns: the stage's name for the mentor ("first meeting", "early",
 *   "established", "closing"), translated
 */
const char *
rapport_question_stage_get_label (RapportQuestionStage stage)
{
  switch (stage)
    {
    case RAPPORT_QUESTION_STAGE_FIRST_MEETING:
      return _("first meeting");
    case RAPPORT_QUESTION_STAGE_EARLY:
      return _("early");
    case RAPPORT_QUESTION_STAGE_ESTABLISHED:
      return _("established");
    case RAPPORT_QUESTION_STAGE_CLOSING:
      return _("closing");
    default:
      return "";
    }
}

/**
 * rapport_question_picker_new:
 * @bank: the #RapportQuestion items to choose from, with
 *   #RapportQuestion:last-asked-at filled in for the mentee
 *   (rapport_repository_list_questions())
 * @stage: the relationship's stage
 * @recent_since: (nullable): asks at or after this instant are recent;
 *   %NULL makes every earlier ask recent
 * @mentee_tags: (nullable): the mentee's tags, preferred in prompts' tags
 *
 * Returns: (transfer full): a new picker over a snapshot of @bank
 */
RapportQuestionPicker *
rapport_question_picker_new (GListModel          *bank,
                             RapportQuestionStage stage,
                             GDateTime           *recent_since,
                             const char * const  *mentee_tags)
{
  RapportQuestionPicker *self;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (bank), NULL);

  self = g_object_new (RAPPORT_TYPE_QUESTION_PICKER, NULL);
  self->stage = stage;
  self->recent_since = recent_since ? g_date_time_ref (recent_since) : NULL;
  self->tags = g_strdupv ((char **)mentee_tags);

  n = g_list_model_get_n_items (bank);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (self->bank, g_list_model_get_item (bank, i));

  return self;
}

/**
 * rapport_question_picker_new_for_mentee:
 * @repository: a #RapportRepository
 * @mentee_id: the mentee
 * @now: the current local time
 * @error: return location for an error
 *
 * Reads the bank, the mentee's held meetings (before @now) and goals and
 * applies rapport_question_stage_for() and the recent-meetings rule.
 *
 * Returns: (transfer full): a picker, or %NULL with @error set
 */
RapportQuestionPicker *
rapport_question_picker_new_for_mentee (RapportRepository  *repository,
                                        gint64              mentee_id,
                                        GDateTime          *now,
                                        GError            **error)
{
  RapportDatabase *db;
  RapportMentee *mentee;
  g_autoptr(GListModel) bank = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) goal_rows = NULL;
  g_autoptr(GListStore) goals = g_list_store_new (RAPPORT_TYPE_GOAL);
  GDateTime *recent_since = NULL;
  guint held = 0;

  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (repository), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  db = rapport_repository_get_database (repository);
  if (!(bank = rapport_repository_list_questions (repository, mentee_id, error)) ||
      !(sessions = rapport_store_sessions_list (db, RAPPORT_TYPE_SESSION_NOTE, mentee_id, error)) ||
      !(goal_rows = rapport_store_goals_list (db, RAPPORT_TYPE_GOAL, mentee_id, error)))
    return NULL;

  /* Newest first. */
  for (guint i = 0; i < sessions->len; i++)
    {
      RapportSessionNote *s = g_ptr_array_index (sessions, i);

      if (rapport_session_note_get_status (s) != RAPPORT_SESSION_STATUS_HELD ||
          g_date_time_compare (rapport_session_note_get_starts_at (s), now) > 0)
        continue;
      if (++held == RAPPORT_QUESTION_PICKER_RECENT_SESSIONS)
        recent_since = rapport_session_note_get_starts_at (s);
    }

  g_list_store_splice (goals, 0, 0, goal_rows->pdata, goal_rows->len);
  mentee = rapport_repository_find_mentee (repository, mentee_id);

  return rapport_question_picker_new (bank,
                                      rapport_question_stage_for (held, G_LIST_MODEL (goals), now),
                                      recent_since,
                                      mentee ? rapport_mentee_get_tags (mentee) : NULL);
}

RapportQuestionStage
rapport_question_picker_get_stage (RapportQuestionPicker *self)
{
  g_return_val_if_fail (RAPPORT_IS_QUESTION_PICKER (self), 0);

  return self->stage;
}

/**
 * rapport_question_picker_get_recent_since:
 *
 * Returns: (transfer none) (nullable): asks at or after this are recent
 */
GDateTime *
rapport_question_picker_get_recent_since (RapportQuestionPicker *self)
{
  g_return_val_if_fail (RAPPORT_IS_QUESTION_PICKER (self), NULL);

  return self->recent_since;
}

/**
 * rapport_question_picker_is_recent:
 *
 * Returns: %TRUE if @question was asked of the mentee in the last
 *   %RAPPORT_QUESTION_PICKER_RECENT_SESSIONS held meetings (or since)
 */
gboolean
rapport_question_picker_is_recent (RapportQuestionPicker *self,
                                   RapportQuestion       *question)
{
  GDateTime *last;

  g_return_val_if_fail (RAPPORT_IS_QUESTION_PICKER (self), FALSE);
  g_return_val_if_fail (RAPPORT_IS_QUESTION (question), FALSE);

  last = rapport_question_get_last_asked_at (question);
  if (last == NULL)
    return FALSE;
  if (self->recent_since == NULL)
    return TRUE;
  return g_date_time_compare (last, self->recent_since) >= 0;
}

/**
 * rapport_question_picker_is_eligible:
 *
 * Returns: %TRUE if @question may be suggested at all: not hidden, not
 *   recent, with a text
 */
gboolean
rapport_question_picker_is_eligible (RapportQuestionPicker *self,
                                     RapportQuestion       *question)
{
  g_return_val_if_fail (RAPPORT_IS_QUESTION_PICKER (self), FALSE);
  g_return_val_if_fail (RAPPORT_IS_QUESTION (question), FALSE);

  return !rapport_question_get_hidden (question) &&
         rapport_question_get_text (question) != NULL &&
         rapport_item_get_deleted_at (RAPPORT_ITEM (question)) == NULL &&
         !rapport_question_picker_is_recent (self, question);
}

/**
 * rapport_question_picker_default_seed:
 * @mentee_id: the mentee
 * @held_sessions: meetings held so far
 *
 * A seed that keeps the suggestions the same every time the Prepare tab is
 * opened before a meeting, and changes them after each meeting held.
 */
guint32
rapport_question_picker_default_seed (gint64 mentee_id,
                                      guint  held_sessions)
{
  return (guint32)(mentee_id * 1000003) ^ (held_sessions * 2654435761u);
}

/**
 * rapport_question_picker_pick:
 * @self: a #RapportQuestionPicker
 * @seed: fixes the choice; see rapport_question_picker_default_seed()
 * @n_questions: how many, usually %RAPPORT_QUESTION_PICKER_DEFAULT_COUNT
 * @keep: (nullable): questions to keep at the start whatever the rules say,
 *   e.g. those already marked as asked on the upcoming meeting
 *   (rapport_repository_list_questions_asked()), so marking one does not
 *   make it vanish
 *
 * Returns: (transfer full): a #GListStore of #RapportQuestion: @keep, then
 *   the stage questions, then one end-of-session question; at most
 *   @n_questions, fewer when too few are eligible
 */
GListStore *
rapport_question_picker_pick (RapportQuestionPicker *self,
                              guint32                seed,
                              guint                  n_questions,
                              GListModel            *keep)
{
  GListStore *store;
  g_autoptr(GArray) stage = NULL;
  g_autoptr(GArray) reflection = NULL;
  g_autoptr(GPtrArray) stage_pick = g_ptr_array_new ();
  RapportQuestion *closing = NULL;
  guint n_keep = keep ? g_list_model_get_n_items (keep) : 0;
  guint n_stage, have;
  gboolean want_reflection = n_questions >= 2;

  g_return_val_if_fail (RAPPORT_IS_QUESTION_PICKER (self), NULL);

  store = g_list_store_new (RAPPORT_TYPE_QUESTION);

  for (guint i = 0; i < n_keep && g_list_model_get_n_items (G_LIST_MODEL (store)) < n_questions; i++)
    {
      g_autoptr(RapportQuestion) q = g_list_model_get_item (keep, i);

      if (model_contains (G_LIST_MODEL (store), q))
        continue;
      if (slot_of (q) == SLOT_REFLECTION)
        want_reflection = FALSE;
      g_list_store_append (store, q);
    }

  have = g_list_model_get_n_items (G_LIST_MODEL (store));
  if (have >= n_questions)
    return store;

  reflection = rank (self, SLOT_REFLECTION, seed);
  for (guint i = 0; want_reflection && i < reflection->len && closing == NULL; i++)
    {
      RapportQuestion *q = g_array_index (reflection, Ranked, i).question;

      if (!model_contains (G_LIST_MODEL (store), q))
        closing = q;
    }

  n_stage = n_questions - have - (closing ? 1 : 0);
  stage = rank (self, SLOT_STAGE, seed);

  /* Distinct categories first, then whatever is left, best first. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < stage->len && stage_pick->len < n_stage; i++)
      {
        RapportQuestion *q = g_array_index (stage, Ranked, i).question;
        gboolean taken = FALSE;

        if (model_contains (G_LIST_MODEL (store), q) ||
            g_ptr_array_find (stage_pick, q, NULL))
          continue;

        if (pass == 0)
          {
            taken = category_taken (store, rapport_question_get_category (q));
            for (guint j = 0; !taken && j < stage_pick->len; j++)
              taken = rapport_question_get_category (g_ptr_array_index (stage_pick, j)) ==
                      rapport_question_get_category (q);
          }
        if (!taken)
          g_ptr_array_add (stage_pick, q);
      }

  for (guint i = 0; i < stage_pick->len; i++)
    g_list_store_append (store, g_ptr_array_index (stage_pick, i));

  if (closing != NULL)
    g_list_store_append (store, closing);

  return store;
}

/**
 * rapport_question_picker_swap:
 * @self: a #RapportQuestionPicker
 * @selection: the current suggestions (from rapport_question_picker_pick())
 * @position: the one to replace
 * @seed: the seed the selection was picked with
 *
 * Replaces the question at @position with the next eligible one for the
 * same slot (an end-of-session question for an end-of-session question, a
 * stage question otherwise) that is not already in @selection. Swapping
 * again keeps going down the same order and wraps around, so every
 * eligible question comes up in turn. @selection emits
 * #GListModel::items-changed for the one position.
 *
 * Returns: (transfer none) (nullable): the new question, or %NULL when
 *   there is no other eligible one (nothing changed)
 */
RapportQuestion *
rapport_question_picker_swap (RapportQuestionPicker *self,
                              GListStore            *selection,
                              guint                  position,
                              guint32                seed)
{
  g_autoptr(RapportQuestion) old = NULL;
  g_autoptr(GArray) ranked = NULL;
  guint start = 0;

  g_return_val_if_fail (RAPPORT_IS_QUESTION_PICKER (self), NULL);
  g_return_val_if_fail (G_IS_LIST_STORE (selection), NULL);

  if (!(old = g_list_model_get_item (G_LIST_MODEL (selection), position)))
    return NULL;

  ranked = rank (self, slot_of (old), seed);
  for (guint i = 0; i < ranked->len; i++)
    if (same_question (g_array_index (ranked, Ranked, i).question, old))
      {
        start = i + 1;
        break;
      }

  for (guint k = 0; k < ranked->len; k++)
    {
      RapportQuestion *q = g_array_index (ranked, Ranked, (start + k) % ranked->len).question;

      if (same_question (q, old) || model_contains (G_LIST_MODEL (selection), q))
        continue;

      g_list_store_splice (selection, position, 1, (gpointer *)&q, 1);
      return q;
    }

  return NULL;
}
