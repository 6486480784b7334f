/* rapport-prepare.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-prepare"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rapport-format.h"
#include "rapport-ledger.h"
#include "rapport-prepare.h"
#include "rapport-rhythm.h"
#include "rapport-store.h"

/**
 * RapportPrepare:
 *
 * Everything the Prepare tab shows for one mentee at one moment ("now"), read
 * in one go: a snapshot, not a live view. Rebuild it with
 * rapport_prepare_new() when #RapportRepository::changed is emitted (it
 * takes a few small indexed queries).
 *
 * What each part holds, exactly:
 *
 * - **Next meeting**: the planned meeting with the earliest start among
 *   those not yet over (start + duration after now), or %NULL.
 * - **Last session**: the held meeting with the latest start at or before
 *   now, or %NULL; rapport_prepare_get_notes_excerpt() is the opening of its
 *   notes (the first paragraph, at most %RAPPORT_PREPARE_EXCERPT_CHARS
 *   characters, cut at a word).
 * - **My promises** / **their commitments**: the open promises of the mentor
 *   / the mentee, overdue ones first (oldest due first), then by due date
 *   (timed before untimed on the same day), then those without a due date.
 * - **Goals**: the active goals by target date, as #RapportBriefItem of kind
 *   %RAPPORT_BRIEF_ITEM_KIND_GOAL with days left and days without progress;
 *   flagged when the progress has not changed for more than
 *   %RAPPORT_PREPARE_STALLED_DAYS days (since the goal was created, if it
 *   never changed) and is below 100.
 * - **Wins**, since the start of the last held meeting (all of them before a
 *   first meeting), oldest first: each line of the wins field of every
 *   meeting starting since then (the last one included: they were noted
 *   there), goals marked achieved since then, and the mentee's commitments
 *   done since then.
 * - **Boundaries**: the mentee's off-limits topics, then ask-first ones
 *   (open topics are not listed). Feedback preferences are on the mentee.
 * - **Questions**: up to %RAPPORT_QUESTION_PICKER_DEFAULT_COUNT from
 *   #RapportQuestionPicker, seeded with
 *   rapport_question_picker_default_seed() so they stay put until the next
 *   meeting is held; those already marked as asked on the next meeting stay
 *   first.
 * - **Follow-through**: the mentor's #RapportLedger for this mentee over the
 *   last %RAPPORT_LEDGER_DEFAULT_MONTHS months (rapport_prepare_get_ledger()).
 * - **Draft agenda**: the next meeting's agenda lines as they are, then what
 *   was left open: unticked items ("- [ ] …") of the last held meeting and
 *   every item of meetings cancelled or missed since it, then my open
 *   promises, their open commitments and the goals without progress, each
 *   once (case-insensitive). rapport_prepare_apply_agenda() writes the
 *   (edited) text back as the next meeting's agenda.
 */
struct _RapportPrepare
{
  GObject                parent_instance;

  /* Owned references */
  RapportRepository     *repository;
  RapportMentee         *mentee;
  GDateTime             *now;
  RapportSessionNote    *next_meeting;
  RapportSessionNote    *last_session;
  char                  *notes_excerpt;
  GListStore            *my_promises;
  GListStore            *their_commitments;
  GListStore            *goals;
  GListStore            *wins;
  GPtrArray             *boundaries;
  GListStore            *questions;
  GListModel            *asked;
  GListStore            *draft_agenda;
  RapportQuestionPicker *picker;
  RapportLedger         *ledger;

  /* State */
  guint32                seed;
  guint                  held;
  int                    last_duration;
};

G_DEFINE_FINAL_TYPE (RapportPrepare, rapport_prepare, G_TYPE_OBJECT)

/* Helpers */

static char *
normalize_key (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  g_auto(GStrv) words = g_strsplit_set (folded, " \t", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; words[i]; i++)
    {
      if (words[i][0] == '\0')
        continue;
      if (out->len)
        g_string_append_c (out, ' ');
      g_string_append (out, words[i]);
    }
  return g_string_free (out, FALSE);
}

/**
 * rapport_agenda_line_parse:
 * @line: one line of an agenda
 * @has_box: (out) (optional): whether it has a check box
 * @ticked: (out) (optional): whether the box is ticked (`[x]` or `[X]`)
 *
 * Strips a leading bullet (`-`, `*`, `•`, `1.`) and check box.
 *
 * Returns: (transfer full) (nullable): the item's text, %NULL for a blank line
 */
char *
rapport_agenda_line_parse (const char *line,
                           gboolean   *has_box,
                           gboolean   *ticked)
{
  g_autofree char *copy = g_strstrip (g_strdup (line ? line : ""));
  char *p = copy;
  gboolean box = FALSE, tick = FALSE;

  if (g_str_has_prefix (p, "- ") || g_str_has_prefix (p, "* ") || g_str_has_prefix (p, "+ "))
    p += 2;
  else if (g_str_has_prefix (p, "•"))
    p += strlen ("•");
  else if (g_ascii_isdigit (*p))
    {
      char *q = p;

      while (g_ascii_isdigit (*q))
        q++;
      if ((*q == '.' || *q == ')') && q[1] == ' ')
        p = q + 2;
    }
  while (*p == ' ')
    p++;

  if (p[0] == '[' && (p[1] == ' ' || p[1] == 'x' || p[1] == 'X') && p[2] == ']')
    {
      box = TRUE;
      tick = p[1] != ' ';
      p += 3;
      while (*p == ' ')
        p++;
    }

  if (has_box)
    *has_box = box;
  if (ticked)
    *ticked = tick;

  return *p ? g_strdup (p) : NULL;
}

/**
 * rapport_agenda_normalize:
 * @agenda: (nullable): agenda text as typed
 *
 * One item a line, each with a check box: ticked items stay ticked, every
 * other non-blank line becomes "- [ ] item" (so it carries over to the next
 * brief until it is ticked); blank lines go.
 *
 * Returns: (transfer full) (nullable): the agenda, %NULL when empty
 */
char *
rapport_agenda_normalize (const char *agenda)
{
  g_auto(GStrv) lines = g_strsplit (agenda ? agenda : "", "\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i]; i++)
    {
      gboolean ticked;
      g_autofree char *text = rapport_agenda_line_parse (lines[i], NULL, &ticked);

      if (text == NULL)
        continue;
      g_string_append_printf (out, "- [%c] %s\n", ticked ? 'x' : ' ', text);
    }

  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}

static char *
excerpt (const char *notes)
{
  const char *end;
  g_autofree char *para = NULL;
  g_auto(GStrv) words = NULL;
  GString *out;

  if (notes == NULL)
    return NULL;

  while (*notes == '\n' || *notes == ' ' || *notes == '\t' || *notes == '\r')
    notes++;
  end = strstr (notes, "\n\n");
  para = end ? g_strndup (notes, end - notes) : g_strdup (notes);
  words = g_strsplit_set (para, " \t\r\n", -1);

  out = g_string_new (NULL);
  for (guint i = 0; words[i]; i++)
    {
      glong len;

      if (words[i][0] == '\0')
        continue;
      len = g_utf8_strlen (out->str, -1) + (out->len ? 1 : 0) + g_utf8_strlen (words[i], -1);
      if (len > RAPPORT_PREPARE_EXCERPT_CHARS - 1)
        {
          if (out->len == 0)
            {
              /* One very long word: cut it. */
              g_autofree char *cut = g_utf8_substring (words[i], 0, RAPPORT_PREPARE_EXCERPT_CHARS - 1);
              g_string_append (out, cut);
            }
          g_string_append (out, "…");
          break;
        }
      if (out->len)
        g_string_append_c (out, ' ');
      g_string_append (out, words[i]);
    }

  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}

static gboolean
commitment_overdue (RapportCommitment *c,
                    GDateTime         *now)
{
  return rapport_commitment_get_status (c) == RAPPORT_COMMITMENT_STATUS_OPEN &&
         rapport_due_is_overdue (rapport_commitment_get_due_date (c),
                                 rapport_commitment_get_due_time (c), now);
}

static int
promise_compare (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  RapportCommitment *ca = *(RapportCommitment * const *)a;
  RapportCommitment *cb = *(RapportCommitment * const *)b;
  GDateTime *now = user_data;
  gboolean oa = commitment_overdue (ca, now), ob = commitment_overdue (cb, now);
  const char *da = rapport_commitment_get_due_date (ca), *db = rapport_commitment_get_due_date (cb);
  const char *ta = rapport_commitment_get_due_time (ca), *tb = rapport_commitment_get_due_time (cb);
  gint64 ia, ib;
  int r;

  if (oa != ob)
    return oa ? -1 : 1;
  if ((da == NULL) != (db == NULL))
    return da == NULL ? 1 : -1;
  if ((r = g_strcmp0 (da, db)) != 0)
    return r;
  if ((ta == NULL) != (tb == NULL))
    return ta == NULL ? 1 : -1;
  if ((r = g_strcmp0 (ta, tb)) != 0)
    return r;

  ia = rapport_item_get_id (RAPPORT_ITEM (ca));
  ib = rapport_item_get_id (RAPPORT_ITEM (cb));
  return ia < ib ? -1 : ia > ib;
}

static int
win_compare (gconstpointer a,
             gconstpointer b)
{
  RapportBriefItem *wa = *(RapportBriefItem * const *)a;
  RapportBriefItem *wb = *(RapportBriefItem * const *)b;
  int r = g_strcmp0 (rapport_brief_item_get_date (wa), rapport_brief_item_get_date (wb));

  if (r != 0)
    return r;
  return (int)rapport_brief_item_get_kind (wa) - (int)rapport_brief_item_get_kind (wb);
}

static char *
local_date (GDateTime *instant,
            GDateTime *now)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (instant, g_date_time_get_timezone (now));

  return rapport_date_from_date_time (local);
}

static gboolean
add_agenda_line (RapportPrepare       *self,
                 GHashTable           *seen,
                 RapportBriefItemKind  kind,
                 const char           *text,
                 gint64                item_id,
                 gboolean              flagged,
                 const char           *detail)
{
  g_autoptr(RapportBriefItem) item = NULL;
  char *key;

  if (text == NULL || *text == '\0')
    return FALSE;

  key = normalize_key (text);
  if (g_hash_table_contains (seen, key))
    {
      g_free (key);
      return FALSE;
    }
  g_hash_table_add (seen, key);

  item = rapport_brief_item_new (kind, text);
  g_object_set (item, "item-id", item_id, "flagged", flagged, "detail", detail, NULL);
  g_list_store_append (self->draft_agenda, item);
  return TRUE;
}

static void
add_agenda_text (RapportPrepare       *self,
                 GHashTable           *seen,
                 RapportBriefItemKind  kind,
                 const char           *agenda,
                 gint64                session_id,
                 gboolean              only_unticked_boxes)
{
  g_auto(GStrv) lines = g_strsplit (agenda ? agenda : "", "\n", -1);

  for (guint i = 0; lines[i]; i++)
    {
      gboolean has_box, ticked;
      g_autofree char *text = rapport_agenda_line_parse (lines[i], &has_box, &ticked);

      if (text == NULL || ticked)
        continue;
      if (only_unticked_boxes && !has_box)
        continue;
      add_agenda_line (self, seen, kind, text, session_id, FALSE, NULL);
    }
}

static gboolean
load (RapportPrepare  *self,
      gint64           mentee_id,
      GError         **error)
{
  RapportDatabase *db = rapport_repository_get_database (self->repository);
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) commitments = NULL;
  g_autoptr(GPtrArray) goal_rows = NULL;
  g_autoptr(GHashTable) progress_at = NULL;
  g_autoptr(GListStore) goal_store = g_list_store_new (RAPPORT_TYPE_GOAL);
  g_autoptr(GPtrArray) mine = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) theirs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) wins = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) stalled = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GListModel) bank = NULL;
  g_autoptr(GPtrArray) all_boundaries = NULL;
  GDateTime *recent_since = NULL;
  GDateTime *since;

  if (!(sessions = rapport_store_sessions_list (db, RAPPORT_TYPE_SESSION_NOTE, mentee_id, error)) ||
      !(commitments = rapport_store_commitments_list (db, RAPPORT_TYPE_COMMITMENT, mentee_id, error)) ||
      !(goal_rows = rapport_store_goals_list (db, RAPPORT_TYPE_GOAL, mentee_id, error)) ||
      !(progress_at = rapport_store_goals_last_progress_change (db, mentee_id, error)) ||
      !(bank = rapport_repository_list_questions (self->repository, mentee_id, error)))
    return FALSE;

  /* Meetings, newest first. */
  self->last_duration = 60;
  for (guint i = 0; i < sessions->len; i++)
    {
      RapportSessionNote *s = g_ptr_array_index (sessions, i);
      GDateTime *start = rapport_session_note_get_starts_at (s);

      switch (rapport_session_note_get_status (s))
        {
        case RAPPORT_SESSION_STATUS_PLANNED:
          {
            g_autoptr(GDateTime) end = g_date_time_add_minutes (start, rapport_session_note_get_duration_minutes (s));

            if (g_date_time_compare (end, self->now) > 0)
              g_set_object (&self->next_meeting, s);
          }
          break;

        case RAPPORT_SESSION_STATUS_HELD:
          if (g_date_time_compare (start, self->now) > 0)
            break;
          if (self->last_session == NULL)
            {
              self->last_session = g_object_ref (s);
              if (rapport_session_note_get_duration_minutes (s) > 0)
                self->last_duration = rapport_session_note_get_duration_minutes (s);
            }
          if (++self->held == RAPPORT_QUESTION_PICKER_RECENT_SESSIONS)
            recent_since = start;
          break;

        case RAPPORT_SESSION_STATUS_CANCELLED_BY_ME:
        case RAPPORT_SESSION_STATUS_CANCELLED_BY_THEM:
        case RAPPORT_SESSION_STATUS_NO_SHOW:
        default:
          break;
        }
    }

  if (self->last_session != NULL)
    self->notes_excerpt = excerpt (rapport_session_note_get_notes (self->last_session));
  since = self->last_session ? rapport_session_note_get_starts_at (self->last_session) : NULL;

  /* Promises both ways; their kept ones since the last meeting are wins. */
  for (guint i = 0; i < commitments->len; i++)
    {
      RapportCommitment *c = g_ptr_array_index (commitments, i);
      gboolean open = rapport_commitment_get_status (c) == RAPPORT_COMMITMENT_STATUS_OPEN;
      gboolean theirs_c = rapport_commitment_get_owner (c) == RAPPORT_COMMITMENT_OWNER_MENTEE;
      GDateTime *done_at = rapport_commitment_get_done_at (c);

      if (open)
        g_ptr_array_add (theirs_c ? theirs : mine, g_object_ref (c));
      else if (theirs_c && done_at != NULL &&
               rapport_commitment_get_status (c) == RAPPORT_COMMITMENT_STATUS_DONE &&
               (since == NULL || g_date_time_compare (done_at, since) >= 0))
        {
          g_autoptr(RapportBriefItem) win = rapport_brief_item_new (RAPPORT_BRIEF_ITEM_KIND_WIN_COMMITMENT_KEPT,
                                                                    rapport_commitment_get_title (c));
          g_autofree char *day = local_date (done_at, self->now);

          g_object_set (win, "item-id", rapport_item_get_id (RAPPORT_ITEM (c)), "date", day, NULL);
          g_ptr_array_add (wins, g_steal_pointer (&win));
        }
    }
  g_ptr_array_sort_with_data (mine, promise_compare, self->now);
  g_ptr_array_sort_with_data (theirs, promise_compare, self->now);
  g_list_store_splice (self->my_promises, 0, 0, mine->pdata, mine->len);
  g_list_store_splice (self->their_commitments, 0, 0, theirs->pdata, theirs->len);

  /* Goals: active ones with their figures; achieved since the last meeting
   * are wins. The rows come active first, by target date. */
  g_list_store_splice (goal_store, 0, 0, goal_rows->pdata, goal_rows->len);
  for (guint i = 0; i < goal_rows->len; i++)
    {
      RapportGoal *g = g_ptr_array_index (goal_rows, i);
      gint64 id = rapport_item_get_id (RAPPORT_ITEM (g));
      gint64 *changed = g_hash_table_lookup (progress_at, &id);
      g_autoptr(GDateTime) quiet_since = NULL;
      g_autoptr(RapportBriefItem) item = NULL;
      const char *target = rapport_goal_get_target_date (g);
      int quiet;

      if (rapport_goal_get_status (g) == RAPPORT_GOAL_STATUS_ACHIEVED)
        {
          GDateTime *when = rapport_item_get_updated_at (RAPPORT_ITEM (g));

          if (when != NULL && (since == NULL || g_date_time_compare (when, since) >= 0))
            {
              g_autoptr(RapportBriefItem) win = rapport_brief_item_new (RAPPORT_BRIEF_ITEM_KIND_WIN_GOAL_ACHIEVED,
                                                                        rapport_goal_get_title (g));
              g_autofree char *day = local_date (when, self->now);

              g_object_set (win, "item-id", id, "date", day, "progress", 100, NULL);
              g_ptr_array_add (wins, g_steal_pointer (&win));
            }
          continue;
        }
      if (rapport_goal_get_status (g) != RAPPORT_GOAL_STATUS_ACTIVE)
        continue;

      if (changed != NULL)
        quiet_since = g_date_time_new_from_unix_local (*changed);
      else if (rapport_item_get_created_at (RAPPORT_ITEM (g)) != NULL)
        quiet_since = g_date_time_ref (rapport_item_get_created_at (RAPPORT_ITEM (g)));
      else
        quiet_since = g_date_time_ref (self->now);
      quiet = MAX (0, rapport_days_between (quiet_since, self->now));

      item = rapport_brief_item_new (RAPPORT_BRIEF_ITEM_KIND_GOAL, rapport_goal_get_title (g));
      g_object_set (item,
                    "item-id", id,
                    "detail", rapport_goal_get_details (g),
                    "date", target,
                    "days-left", rapport_date_parse (target, NULL) ? rapport_date_days_until (target, self->now) : 0,
                    "progress", rapport_goal_get_progress (g),
                    "since", quiet_since,
                    "days-quiet", quiet,
                    "flagged", quiet > RAPPORT_PREPARE_STALLED_DAYS && rapport_goal_get_progress (g) < 100,
                    NULL);
      if (rapport_brief_item_get_flagged (item))
        g_ptr_array_add (stalled, item);
      g_list_store_append (self->goals, item);
    }

  /* Wins noted on meetings since the last one held (itself included). */
  for (guint i = 0; i < sessions->len; i++)
    {
      RapportSessionNote *s = g_ptr_array_index (sessions, i);
      GDateTime *start = rapport_session_note_get_starts_at (s);
      g_auto(GStrv) lines = NULL;
      g_autofree char *day = NULL;

      if (since != NULL && g_date_time_compare (start, since) < 0)
        continue;
      if (rapport_session_note_get_wins (s) == NULL)
        continue;

      day = local_date (start, self->now);
      lines = g_strsplit (rapport_session_note_get_wins (s), "\n", -1);
      for (guint j = 0; lines[j]; j++)
        {
          g_autofree char *text = rapport_agenda_line_parse (lines[j], NULL, NULL);
          g_autoptr(RapportBriefItem) win = NULL;

          if (text == NULL)
            continue;
          win = rapport_brief_item_new (RAPPORT_BRIEF_ITEM_KIND_WIN_NOTED, text);
          g_object_set (win, "item-id", rapport_item_get_id (RAPPORT_ITEM (s)), "date", day, NULL);
          g_ptr_array_add (wins, g_steal_pointer (&win));
        }
    }
  g_ptr_array_sort (wins, win_compare);
  g_list_store_splice (self->wins, 0, 0, wins->pdata, wins->len);

  /* Boundaries: off limits first, then ask first. */
  all_boundaries = rapport_mentee_dup_boundaries (self->mentee);
  for (int level = RAPPORT_BOUNDARY_LEVEL_OFF_LIMITS; level >= RAPPORT_BOUNDARY_LEVEL_ASK_FIRST; level--)
    for (guint i = 0; all_boundaries && i < all_boundaries->len; i++)
      {
        RapportBoundary *b = g_ptr_array_index (all_boundaries, i);

        if ((int)b->level == level)
          g_ptr_array_add (self->boundaries, rapport_boundary_copy (b));
      }

  /* Questions. */
  self->picker = rapport_question_picker_new (bank,
                                              rapport_question_stage_for (self->held, G_LIST_MODEL (goal_store), self->now),
                                              recent_since, rapport_mentee_get_tags (self->mentee));
  self->seed = rapport_question_picker_default_seed (mentee_id, self->held);
  if (self->next_meeting != NULL &&
      !(self->asked = rapport_repository_list_questions_asked (self->repository,
                                                               rapport_item_get_id (RAPPORT_ITEM (self->next_meeting)),
                                                               error)))
    return FALSE;
  self->questions = rapport_question_picker_pick (self->picker, self->seed,
                                                  RAPPORT_QUESTION_PICKER_DEFAULT_COUNT, self->asked);

  /* The draft agenda. */
  if (self->next_meeting != NULL)
    add_agenda_text (self, seen, RAPPORT_BRIEF_ITEM_KIND_AGENDA_PLANNED,
                     rapport_session_note_get_agenda (self->next_meeting),
                     rapport_item_get_id (RAPPORT_ITEM (self->next_meeting)), FALSE);

  /* Oldest first: the last held meeting, then what was called off since. */
  for (guint k = sessions->len; k > 0; k--)
    {
      RapportSessionNote *s = g_ptr_array_index (sessions, k - 1);
      RapportSessionStatus status = rapport_session_note_get_status (s);
      GDateTime *start = rapport_session_note_get_starts_at (s);
      gint64 sid = rapport_item_get_id (RAPPORT_ITEM (s));

      if (s == self->last_session)
        add_agenda_text (self, seen, RAPPORT_BRIEF_ITEM_KIND_AGENDA_CARRIED_OVER,
                         rapport_session_note_get_agenda (s), sid, TRUE);
      else if ((status == RAPPORT_SESSION_STATUS_CANCELLED_BY_ME ||
                status == RAPPORT_SESSION_STATUS_CANCELLED_BY_THEM ||
                status == RAPPORT_SESSION_STATUS_NO_SHOW) &&
               (since == NULL || g_date_time_compare (start, since) > 0) &&
               g_date_time_compare (start, self->now) <= 0)
        add_agenda_text (self, seen, RAPPORT_BRIEF_ITEM_KIND_AGENDA_CARRIED_OVER,
                         rapport_session_note_get_agenda (s), sid, FALSE);
    }

  for (guint i = 0; i < mine->len; i++)
    {
      RapportCommitment *c = g_ptr_array_index (mine, i);
      /* Translators: a line of the draft agenda, %s is a promise of the mentor's */
      g_autofree char *line = g_strdup_printf (_("My promise: %s"), rapport_commitment_get_title (c));
      g_autofree char *due = rapport_format_due (rapport_commitment_get_due_date (c),
                                                 rapport_commitment_get_due_time (c), self->now);

      add_agenda_line (self, seen, RAPPORT_BRIEF_ITEM_KIND_AGENDA_MY_PROMISE, line,
                       rapport_item_get_id (RAPPORT_ITEM (c)), commitment_overdue (c, self->now), due);
    }
  for (guint i = 0; i < theirs->len; i++)
    {
      RapportCommitment *c = g_ptr_array_index (theirs, i);
      /* Translators: a line of the draft agenda, %s is something the mentee committed to */
      g_autofree char *line = g_strdup_printf (_("Ask about: %s"), rapport_commitment_get_title (c));
      g_autofree char *due = rapport_format_due (rapport_commitment_get_due_date (c),
                                                 rapport_commitment_get_due_time (c), self->now);

      add_agenda_line (self, seen, RAPPORT_BRIEF_ITEM_KIND_AGENDA_THEIR_COMMITMENT, line,
                       rapport_item_get_id (RAPPORT_ITEM (c)), commitment_overdue (c, self->now), due);
    }
  for (guint i = 0; i < stalled->len; i++)
    {
      RapportBriefItem *g = g_ptr_array_index (stalled, i);
      /* Translators: a line of the draft agenda, %s is a goal's title */
      g_autofree char *line = g_strdup_printf (_("Goal without progress: %s"), rapport_brief_item_get_title (g));

      add_agenda_line (self, seen, RAPPORT_BRIEF_ITEM_KIND_AGENDA_GOAL, line,
                       rapport_brief_item_get_item_id (g), TRUE, NULL);
    }

  return TRUE;
}

/* GObject */

static void
rapport_prepare_dispose (GObject *object)
{
  RapportPrepare *self = (RapportPrepare *)object;

  g_clear_object (&self->repository);
  g_clear_object (&self->mentee);
  g_clear_object (&self->next_meeting);
  g_clear_object (&self->last_session);
  g_clear_object (&self->my_promises);
  g_clear_object (&self->their_commitments);
  g_clear_object (&self->goals);
  g_clear_object (&self->wins);
  g_clear_object (&self->questions);
  g_clear_object (&self->asked);
  g_clear_object (&self->draft_agenda);
  g_clear_object (&self->picker);
  g_clear_object (&self->ledger);

  G_OBJECT_CLASS (rapport_prepare_parent_class)->dispose (object);
}

static void
rapport_prepare_finalize (GObject *object)
{
  RapportPrepare *self = (RapportPrepare *)object;

  g_clear_pointer (&self->now, g_date_time_unref);
  g_clear_pointer (&self->notes_excerpt, g_free);
  g_clear_pointer (&self->boundaries, g_ptr_array_unref);

  G_OBJECT_CLASS (rapport_prepare_parent_class)->finalize (object);
}

static void
rapport_prepare_class_init (RapportPrepareClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rapport_prepare_dispose;
  object_class->finalize = rapport_prepare_finalize;
}

static void
rapport_prepare_init (RapportPrepare *self)
{
  self->my_promises = g_list_store_new (RAPPORT_TYPE_COMMITMENT);
  self->their_commitments = g_list_store_new (RAPPORT_TYPE_COMMITMENT);
  self->goals = g_list_store_new (RAPPORT_TYPE_BRIEF_ITEM);
  self->wins = g_list_store_new (RAPPORT_TYPE_BRIEF_ITEM);
  self->draft_agenda = g_list_store_new (RAPPORT_TYPE_BRIEF_ITEM);
  self->boundaries = g_ptr_array_new_with_free_func ((GDestroyNotify)rapport_boundary_free);
}

/* Public API */

/**
 * rapport_prepare_new:
 * @repository: a #RapportRepository
 * @mentee_id: the mentee (not in the trash)
 * @now: (nullable): the moment to prepare for; %NULL for the repository's
 *   clock (rapport_repository_dup_now())
 * @error: return location for an error
 *
 * Reads the brief. See #RapportPrepare for what each part holds.
 *
 * Returns: (transfer full): the brief, or %NULL with @error set
 *   (%RAPPORT_MODEL_ERROR_NOT_FOUND for an unknown mentee)
 */
RapportPrepare *
rapport_prepare_new (RapportRepository  *repository,
                     gint64              mentee_id,
                     GDateTime          *now,
                     GError            **error)
{
  g_autoptr(RapportPrepare) self = NULL;
  RapportMentee *mentee;

  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (repository), NULL);

  if (!(mentee = rapport_repository_find_mentee (repository, mentee_id)))
    {
      g_set_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_NOT_FOUND,
                   _("This mentee is no longer in the notebook."));
      return NULL;
    }

  self = g_object_new (RAPPORT_TYPE_PREPARE, NULL);
  self->repository = g_object_ref (repository);
  self->mentee = g_object_ref (mentee);
  self->now = now ? g_date_time_ref (now) : rapport_repository_dup_now (repository);

  if (!load (self, mentee_id, error))
    return NULL;

  if (!(self->ledger = rapport_ledger_new (repository, mentee_id, self->now, NULL, 0, error)))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * rapport_prepare_get_mentee:
 *
 * Returns: (transfer none): the mentee, with feedback preferences,
 *   sensitivities, boundaries and rhythm summary
 */
RapportMentee *
rapport_prepare_get_mentee (RapportPrepare *self)
{
  g_return_val_if_fail (RAPPORT_IS_PREPARE (self), NULL);

  return self->mentee;
}

/**
 * rapport_prepare_get_now:
 *
 * Returns: (transfer none): the moment the brief was read for
 */
GDateTime *
rapport_prepare_get_now (RapportPrepare *self)
{
  g_return_val_if_fail (RAPPORT_IS_PREPARE (self), NULL);

  return self->now;
}

/**
 * rapport_prepare_get_held_sessions:
 *
 * Returns: how many meetings were held so far
 */
guint
rapport_prepare_get_held_sessions (RapportPrepare *self)
{
  g_return_val_if_fail (RAPPORT_IS_PREPARE (self), 0);

  return self->held;
}

/**
 * rapport_prepare_get_stage:
 *
 * Returns: the relationship's stage (rapport_question_stage_get_label())
 */
RapportQuestionStage
rapport_prepare_get_stage (RapportPrepare *self)
{
  g_return_val_if_fail (RAPPORT_IS_PREPARE (self), 0);

  return rapport_question_picker_get_stage (self->picker);
}

/**
 * rapport_prepare_get_next_meeting:
 *
 * Returns: (transfer none) (nullable): the next planned meeting; show
 *   "Plan a meeting" when %NULL
 */
RapportSessionNote *
rapport_prepare_get_next_meeting (RapportPrepare *self)
{
  g_return_val_if_fail (RAPPORT_IS_PREPARE (self), NULL);

  return self->next_meeting;
}

/**
 * rapport_prepare_get_last_session:
 *
 * Returns: (transfer none) (nullable): the last held meeting (date,
 *   takeaway, rating; its id opens it in the Sessions tab)
 */
RapportSessionNote *
rapport_prepare_get_last_session (RapportPrepare *self)
{
  g_return_val_if_fail (RAPPORT_IS_PREPARE (self), NULL);

  return self->last_session;
}

/**
 * rapport_prepare_get_notes_excerpt:
 *
 * Returns: (nullable): the opening of the last meeting's notes
 */
const char *
rapport_prepare_get_notes_excerpt (RapportPrepare *self)
{
  g_return_val_if_fail (RAPPORT_IS_PREPARE (self), NULL);

  return self->notes_excerpt;
}

/**
 * rapport_prepare_get_my_promises:
 *
 * The mentor's open promises, overdue first. Tick one in place with
 * rapport_repository_complete_commitment(), then rebuild the brief.
 *
 * Returns: (transfer none): a #GListModel of #RapportCommitment
 */
GListModel *
rapport_prepare_get_my_promises (RapportPrepare *self)
{
  g_return_val_if_fail (RAPPORT_IS_PREPARE (self), NULL);

  return G_LIST_MODEL (self->my_promises);
}

/**
 * rapport_prepare_get_their_commitments:
 *
 * Returns: (transfer none): a #GListModel of the mentee's open
 *   #RapportCommitment, overdue first
 */
GListModel *
rapport_prepare_get_their_commitments (RapportPrepare *self)
{
  g_return_val_if_fail (RAPPORT_IS_PREPARE (self), NULL);

  return G_LIST_MODEL (self->their_commitments);
}

/**
 * rapport_prepare_count_overdue:
 *
 * Returns: how many of my promises are overdue (the first ones of
 *   rapport_prepare_get_my_promises())
 */
guint
rapport_prepare_count_overdue (RapportPrepare *self)
{
  guint n = 0;

  g_return_val_if_fail (RAPPORT_IS_PREPARE (self), 0);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->my_promises)); i++)
    {
      g_autoptr(RapportCommitment) c = g_list_model_get_item (G_LIST_MODEL (self->my_promises), i);

      n += commitment_overdue (c, self->now);
    }
  return n;
}

/**
 * rapport_prepare_is_overdue:
 *
 * Returns: %TRUE if @commitment is open and overdue at the brief's "now"
 *   (highlight it: deliver before you meet)
 */
gboolean
rapport_prepare_is_overdue (RapportPrepare    *self,
                            RapportCommitment *commitment)
{
  g_return_val_if_fail (RAPPORT_IS_PREPARE (self), FALSE);
  g_return_val_if_fail (RAPPORT_IS_COMMITMENT (commitment), FALSE);

  return commitment_overdue (commitment, self->now);
}

/**
 * rapport_prepare_get_goals:
 *
 * Returns: (transfer none): a #GListModel of #RapportBriefItem of kind
 *   %RAPPORT_BRIEF_ITEM_KIND_GOAL: title, progress, date (target),
 *   days-left, since, days-quiet, flagged (no progress for a while)
 */
GListModel *
rapport_prepare_get_goals (RapportPrepare *self)
{
  g_return_val_if_fail (RAPPORT_IS_PREPARE (self), NULL);

  return G_LIST_MODEL (self->goals);
}

/**
 * rapport_prepare_get_wins:
 *
 * Returns: (transfer none): a #GListModel of #RapportBriefItem of the
 *   `WIN_*` kinds, oldest first, each with its date
 */
GListModel *
rapport_prepare_get_wins (RapportPrepare *self)
{
  g_return_val_if_fail (RAPPORT_IS_PREPARE (self), NULL);

  return G_LIST_MODEL (self->wins);
}

/**
 * rapport_prepare_get_boundaries:
 *
 * Returns: (transfer none) (element-type RapportBoundary): off-limits
 *   topics, then ask-first ones
 */
GPtrArray *
rapport_prepare_get_boundaries (RapportPrepare *self)
{
  g_return_val_if_fail (RAPPORT_IS_PREPARE (self), NULL);

  return self->boundaries;
}

/**
 * rapport_prepare_get_questions:
 *
 * The suggested questions. rapport_prepare_swap_question() changes one in
 * place (the model emits #GListModel::items-changed).
 *
 * Returns: (transfer none): a #GListModel of #RapportQuestion
 */
GListModel *
rapport_prepare_get_questions (RapportPrepare *self)
{
  g_return_val_if_fail (RAPPORT_IS_PREPARE (self), NULL);

  return G_LIST_MODEL (self->questions);
}

/**
 * rapport_prepare_swap_question:
 * @self: a #RapportPrepare
 * @position: the question to replace
 *
 * See rapport_question_picker_swap().
 *
 * Returns: (transfer none) (nullable): the new question, %NULL when there is
 *   no other one
 */
RapportQuestion *
rapport_prepare_swap_question (RapportPrepare *self,
                               guint           position)
{
  g_return_val_if_fail (RAPPORT_IS_PREPARE (self), NULL);

  return rapport_question_picker_swap (self->picker, self->questions, position, self->seed);
}

/**
 * rapport_prepare_is_question_asked:
 *
 * Returns: %TRUE if @question is marked as asked on the next meeting
 */
gboolean
rapport_prepare_is_question_asked (RapportPrepare  *self,
                                   RapportQuestion *question)
{
  gint64 id;

  g_return_val_if_fail (RAPPORT_IS_PREPARE (self), FALSE);
  g_return_val_if_fail (RAPPORT_IS_QUESTION (question), FALSE);

  id = rapport_item_get_id (RAPPORT_ITEM (question));
  for (guint i = 0; self->asked && i < g_list_model_get_n_items (self->asked); i++)
    {
      g_autoptr(RapportQuestion) q = g_list_model_get_item (self->asked, i);

      if (rapport_item_get_id (RAPPORT_ITEM (q)) == id)
        return TRUE;
    }
  return FALSE;
}

/**
 * rapport_prepare_set_question_asked:
 * @self: a #RapportPrepare
 * @question: one of rapport_prepare_get_questions()
 * @asked: ticked or not
 * @error: return location for an error
 *
 * Records (or takes back) that @question was asked in the next meeting, so
 * it is not suggested again for the next
 * %RAPPORT_QUESTION_PICKER_RECENT_SESSIONS meetings. Without a next meeting
 * this fails with %RAPPORT_MODEL_ERROR_NOT_FOUND: plan one first (or record
 * it on a past meeting with rapport_repository_set_question_asked()).
 */
gboolean
rapport_prepare_set_question_asked (RapportPrepare   *self,
                                    RapportQuestion  *question,
                                    gboolean          asked,
                                    GError          **error)
{
  g_autoptr(GListModel) fresh = NULL;

  g_return_val_if_fail (RAPPORT_IS_PREPARE (self), FALSE);
  g_return_val_if_fail (RAPPORT_IS_QUESTION (question), FALSE);

  if (self->next_meeting == NULL)
    {
      g_set_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_NOT_FOUND,
                   _("Plan the next meeting first, then mark the questions asked in it."));
      return FALSE;
    }

  if (!rapport_repository_set_question_asked (self->repository, question, self->next_meeting, asked, error))
    return FALSE;

  if ((fresh = rapport_repository_list_questions_asked (self->repository,
                                                        rapport_item_get_id (RAPPORT_ITEM (self->next_meeting)),
                                                        NULL)))
    g_set_object (&self->asked, fresh);
  return TRUE;
}

/**
 * rapport_prepare_get_ledger:
 *
 * The compact follow-through figures for this mentee; show
 * rapport_ledger_format_summary() on the Prepare tab.
 *
 * Returns: (transfer none): the mentee's ledger over the default window
 */
RapportLedger *
rapport_prepare_get_ledger (RapportPrepare *self)
{
  g_return_val_if_fail (RAPPORT_IS_PREPARE (self), NULL);

  return self->ledger;
}

/**
 * rapport_prepare_get_draft_agenda:
 *
 * Returns: (transfer none): a #GListModel of #RapportBriefItem of the
 *   `AGENDA_*` kinds, in agenda order (see #RapportPrepare)
 */
GListModel *
rapport_prepare_get_draft_agenda (RapportPrepare *self)
{
  g_return_val_if_fail (RAPPORT_IS_PREPARE (self), NULL);

  return G_LIST_MODEL (self->draft_agenda);
}

/**
 * rapport_prepare_dup_draft_agenda_text:
 *
 * The draft agenda as text to edit, "- [ ] item" a line.
 *
 * Returns: (transfer full): the text ("" when there is nothing to carry)
 */
char *
rapport_prepare_dup_draft_agenda_text (RapportPrepare *self)
{
  GString *out = g_string_new (NULL);
  guint n;

  g_return_val_if_fail (RAPPORT_IS_PREPARE (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->draft_agenda));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RapportBriefItem) item = g_list_model_get_item (G_LIST_MODEL (self->draft_agenda), i);

      g_string_append_printf (out, "- [ ] %s\n", rapport_brief_item_get_title (item));
    }
  return g_string_free (out, FALSE);
}

/**
 * rapport_prepare_suggest_next_start:
 *
 * When to plan the next meeting if none is planned: the day the check-in
 * falls due (last held meeting + the ideal interval) at the last meeting's
 * time of day, or the first such time after now if that has passed;
 * tomorrow at 10:00 when there is no rhythm yet.
 *
 * Returns: (transfer full): a local time after the brief's "now"
 */
GDateTime *
rapport_prepare_suggest_next_start (RapportPrepare *self)
{
  GTimeZone *tz;
  g_autoptr(GDateTime) candidate = NULL;
  int hour = 10, minute = 0;
  int cadence;

  g_return_val_if_fail (RAPPORT_IS_PREPARE (self), NULL);

  tz = g_date_time_get_timezone (self->now);
  cadence = rapport_mentee_get_cadence_days (self->mentee);

  if (self->last_session != NULL && cadence > 0)
    {
      g_autoptr(GDateTime) last = g_date_time_to_timezone (rapport_session_note_get_starts_at (self->last_session), tz);
      g_autoptr(GDateTime) day = g_date_time_add_days (last, cadence);

      hour = g_date_time_get_hour (last);
      minute = g_date_time_get_minute (last);
      candidate = g_date_time_new (tz, g_date_time_get_year (day), g_date_time_get_month (day),
                                   g_date_time_get_day_of_month (day), hour, minute, 0);
    }

  for (int days = 0; candidate == NULL || g_date_time_compare (candidate, self->now) <= 0; days++)
    {
      g_autoptr(GDateTime) day = g_date_time_add_days (self->now, self->last_session && cadence > 0 ? days : days + 1);

      g_clear_pointer (&candidate, g_date_time_unref);
      candidate = g_date_time_new (tz, g_date_time_get_year (day), g_date_time_get_month (day),
                                   g_date_time_get_day_of_month (day), hour, minute, 0);
    }

  return g_steal_pointer (&candidate);
}

/**
 * rapport_prepare_apply_agenda:
 * @self: a #RapportPrepare
 * @agenda: the (edited) draft, e.g. from rapport_prepare_dup_draft_agenda_text()
 * @starts_at: (nullable): when to plan the meeting if none is planned;
 *   %NULL for rapport_prepare_suggest_next_start()
 * @error: return location for an error
 *
 * Makes @agenda the next meeting's agenda in one step, normalized by
 * rapport_agenda_normalize() (so what is not ticked after the meeting
 * carries over to the next brief). Replaces the agenda the meeting had: the
 * draft started from it. When no meeting is planned, plans one (the last
 * meeting's duration, or 60 minutes). The meeting is read afresh before
 * saving, so notes typed meanwhile in the session editor are kept.
 *
 * Returns: (transfer full): the saved meeting, or %NULL with @error set
 */
RapportSessionNote *
rapport_prepare_apply_agenda (RapportPrepare  *self,
                              const char      *agenda,
                              GDateTime       *starts_at,
                              GError         **error)
{
  g_autoptr(RapportSessionNote) session = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (RAPPORT_IS_PREPARE (self), NULL);

  text = rapport_agenda_normalize (agenda);

  if (self->next_meeting != NULL)
    {
      GObject *fresh = rapport_store_sessions_get (rapport_repository_get_database (self->repository),
                                                   RAPPORT_TYPE_SESSION_NOTE,
                                                   rapport_item_get_id (RAPPORT_ITEM (self->next_meeting)),
                                                   error);
      if (fresh == NULL)
        return NULL;
      session = RAPPORT_SESSION_NOTE (fresh);
    }
  else
    {
      g_autoptr(GDateTime) start = starts_at ? g_date_time_ref (starts_at) : rapport_prepare_suggest_next_start (self);

      session = rapport_session_note_new ();
      rapport_session_note_set_mentee_id (session, rapport_item_get_id (RAPPORT_ITEM (self->mentee)));
      rapport_session_note_set_starts_at (session, start);
      rapport_session_note_set_duration_minutes (session, self->last_duration);
      rapport_session_note_set_status (session, RAPPORT_SESSION_STATUS_PLANNED);
    }

  rapport_session_note_set_agenda (session, text);
  if (!rapport_repository_save (self->repository, RAPPORT_ITEM (session), error))
    return NULL;

  return g_steal_pointer (&session);
}

/* Markdown */

/* The longest lists the printed brief shows, so that even a busy mentee's
 * brief stays within 60 lines: my promises come first and get the most room. */
#define MD_MAX_MINE   6
#define MD_MAX_THEIRS 4
#define MD_MAX_GOALS  5
#define MD_MAX_WINS   4
#define MD_MAX_AGENDA 6

static char *
one_line (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text ? text : "", " \t\r\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; words[i]; i++)
    {
      if (words[i][0] == '\0')
        continue;
      if (out->len)
        g_string_append_c (out, ' ');
      g_string_append (out, words[i]);
    }
  return g_string_free (out, FALSE);
}

static void
append_more (GString *md,
             guint    n,
             guint    shown)
{
  if (n > shown)
    /* Translators: after a shortened list in the printed brief */
    g_string_append_printf (md, ngettext ("- … and %u more\n", "- … and %u more\n", n - shown), n - shown);
}

static void
append_promises (GString        *md,
                 RapportPrepare *self,
                 GListModel     *promises,
                 const char     *heading,
                 guint           max)
{
  guint n = g_list_model_get_n_items (promises);

  if (n == 0)
    return;

  g_string_append_printf (md, "\n## %s\n", heading);
  for (guint i = 0; i < n && i < max; i++)
    {
      g_autoptr(RapportCommitment) c = g_list_model_get_item (promises, i);
      g_autofree char *title = one_line (rapport_commitment_get_title (c));
      g_autofree char *due = rapport_format_due (rapport_commitment_get_due_date (c),
                                                 rapport_commitment_get_due_time (c), self->now);

      if (commitment_overdue (c, self->now))
        g_string_append_printf (md, "- **%s** — %s\n", title, due);
      else
        g_string_append_printf (md, "- %s — %s\n", title, due);
    }
  append_more (md, n, max);
}

/**
 * rapport_prepare_to_markdown:
 * @self: a #RapportPrepare
 *
 * The brief as Markdown, compact enough to print on one page: at most 60
 * lines whatever the mentee's history (lists are cut with "… and N more":
 * six of my promises, four of their commitments, five goals, the four
 * newest wins, six agenda lines), texts on one line, the notes excerpt the
 * short opening. Overdue promises are in bold. Texts are not escaped, so the
 * Markdown also reads well printed as plain text. Sections without content
 * are left out; boundaries and feedback preferences always show.
 *
 * Returns: (transfer full): the Markdown text
 */
char *
rapport_prepare_to_markdown (RapportPrepare *self)
{
  GString *md = g_string_new (NULL);
  g_autofree char *name = NULL;
  const char *prefs, *sens;
  guint n;

  g_return_val_if_fail (RAPPORT_IS_PREPARE (self), NULL);

  name = one_line (rapport_mentee_get_name (self->mentee));
  /* Translators: the title of the printed brief, %s is the mentee's name */
  g_string_append_printf (md, "# ");
  g_string_append_printf (md, _("Prepare: %s"), name);
  g_string_append (md, "\n\n");

  /* The next and the last meeting. */
  if (self->next_meeting != NULL)
    {
      GDateTime *start = rapport_session_note_get_starts_at (self->next_meeting);
      g_autoptr(GDateTime) local = g_date_time_to_timezone (start, g_date_time_get_timezone (self->now));
      g_autofree char *when = rapport_format_meeting_time (start, self->now);
      g_autofree char *exact = g_date_time_format (local, "%Y-%m-%d %H:%M");

      /* Translators: "Next meeting: Tomorrow 14:00 (2026-03-19 14:00, 45 min)" */
      g_string_append_printf (md, _("Next meeting: %s (%s, %d min)"), when, exact,
                              rapport_session_note_get_duration_minutes (self->next_meeting));
    }
  else
    g_string_append (md, _("Next meeting: none planned"));

  g_string_append (md, " · ");
  /* Translators: "early stage, 3 meetings held"; %s is the stage's name */
  g_string_append_printf (md, ngettext ("%s stage, %u meeting held", "%s stage, %u meetings held", self->held),
                          rapport_question_stage_get_label (rapport_prepare_get_stage (self)), self->held);
  g_string_append (md, "  \n");

  {
    g_autofree char *summary = rapport_ledger_format_summary (self->ledger);

    /* Translators: the compact follow-through line of the printed brief */
    g_string_append_printf (md, ngettext ("My follow-through, last %d month: %s",
                                          "My follow-through, last %d months: %s",
                                          rapport_ledger_get_months (self->ledger)),
                            rapport_ledger_get_months (self->ledger), summary);
    g_string_append (md, "\n");
  }

  if (self->last_session != NULL)
    {
      g_autofree char *day = local_date (rapport_session_note_get_starts_at (self->last_session), self->now);
      int rating = rapport_session_note_get_rating (self->last_session);
      const char *takeaway = rapport_session_note_get_takeaway (self->last_session);

      g_string_append_printf (md, "\n## %s\n", _("Last meeting"));
      g_string_append (md, day);
      if (rating > 0)
        {
          g_string_append (md, " · ");
          /* Translators: the mentee's rating of a meeting, "rated 4/5" */
          g_string_append_printf (md, _("rated %d/5"), rating);
        }
      if (takeaway != NULL && *takeaway)
        {
          g_autofree char *t = one_line (takeaway);

          g_string_append_printf (md, " · %s: %s", _("Takeaway"), t);
        }
      g_string_append (md, "\n");
      if (self->notes_excerpt != NULL)
        g_string_append_printf (md, "> %s\n", self->notes_excerpt);
    }

  /* Translators: a heading of the printed brief; the mentor's promises come first */
  append_promises (md, self, G_LIST_MODEL (self->my_promises), _("My promises"), MD_MAX_MINE);
  append_promises (md, self, G_LIST_MODEL (self->their_commitments), _("Their commitments"), MD_MAX_THEIRS);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->goals));
  if (n > 0)
    {
      g_string_append_printf (md, "\n## %s\n", _("Goals"));
      for (guint i = 0; i < n && i < MD_MAX_GOALS; i++)
        {
          g_autoptr(RapportBriefItem) g = g_list_model_get_item (G_LIST_MODEL (self->goals), i);
          g_autofree char *title = one_line (rapport_brief_item_get_title (g));
          const char *target = rapport_brief_item_get_date (g);
          int left = rapport_brief_item_get_days_left (g);

          g_string_append_printf (md, "- %s — %d%%", title, rapport_brief_item_get_progress (g));
          if (target != NULL && left >= 0)
            g_string_append_printf (md, ngettext (", %d day left", ", %d days left", left), left);
          else if (target != NULL)
            g_string_append_printf (md, ngettext (", %d day past the target", ", %d days past the target", -left), -left);
          if (rapport_brief_item_get_flagged (g))
            {
              int quiet = rapport_brief_item_get_days_quiet (g);

              g_string_append (md, " — **");
              g_string_append_printf (md, ngettext ("no progress for %d day", "no progress for %d days", quiet), quiet);
              g_string_append (md, "**");
            }
          g_string_append (md, "\n");
        }
      append_more (md, n, MD_MAX_GOALS);
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (self->wins));
  if (n > 0)
    {
      g_string_append_printf (md, "\n## %s\n", _("Wins to celebrate"));
      /* The newest matter most when the list is long. */
      for (guint i = n > MD_MAX_WINS ? n - MD_MAX_WINS : 0; i < n; i++)
        {
          g_autoptr(RapportBriefItem) w = g_list_model_get_item (G_LIST_MODEL (self->wins), i);
          g_autofree char *title = one_line (rapport_brief_item_get_title (w));

          switch (rapport_brief_item_get_kind (w))
            {
            case RAPPORT_BRIEF_ITEM_KIND_WIN_GOAL_ACHIEVED:
              g_string_append_printf (md, "- %s: %s\n", _("Goal achieved"), title);
              break;
            case RAPPORT_BRIEF_ITEM_KIND_WIN_COMMITMENT_KEPT:
              g_string_append_printf (md, "- %s: %s\n", _("Done"), title);
              break;
            case RAPPORT_BRIEF_ITEM_KIND_WIN_NOTED:
            case RAPPORT_BRIEF_ITEM_KIND_GOAL:
            case RAPPORT_BRIEF_ITEM_KIND_AGENDA_PLANNED:
            case RAPPORT_BRIEF_ITEM_KIND_AGENDA_CARRIED_OVER:
            case RAPPORT_BRIEF_ITEM_KIND_AGENDA_MY_PROMISE:
            case RAPPORT_BRIEF_ITEM_KIND_AGENDA_THEIR_COMMITMENT:
            case RAPPORT_BRIEF_ITEM_KIND_AGENDA_GOAL:
            default:
              g_string_append_printf (md, "- %s\n", title);
              break;
            }
        }
      append_more (md, n, MD_MAX_WINS);
    }

  /* Always: boundaries and feedback preferences. */
  g_string_append_printf (md, "\n## %s\n", _("Boundaries and feedback"));
  {
    GString *off = g_string_new (NULL), *ask = g_string_new (NULL);

    for (guint i = 0; i < self->boundaries->len; i++)
      {
        RapportBoundary *b = g_ptr_array_index (self->boundaries, i);
        g_autofree char *topic = one_line (b->topic);
        GString *list = b->level == RAPPORT_BOUNDARY_LEVEL_OFF_LIMITS ? off : ask;

        if (list->len)
          g_string_append (list, ", ");
        g_string_append (list, topic);
      }
    if (off->len)
      g_string_append_printf (md, "- %s: %s\n", _("Off limits"), off->str);
    if (ask->len)
      g_string_append_printf (md, "- %s: %s\n", _("Ask first"), ask->str);
    if (off->len == 0 && ask->len == 0)
      g_string_append_printf (md, "- %s\n", _("No boundaries noted"));
    g_string_free (off, TRUE);
    g_string_free (ask, TRUE);
  }
  prefs = rapport_mentee_get_feedback_preferences (self->mentee);
  sens = rapport_mentee_get_feedback_sensitivities (self->mentee);
  if (prefs != NULL && *prefs)
    {
      g_autofree char *t = one_line (prefs);
      g_string_append_printf (md, "- %s: %s\n", _("Feedback"), t);
    }
  else
    g_string_append_printf (md, "- %s: %s\n", _("Feedback"), _("not noted yet — ask"));
  if (sens != NULL && *sens)
    {
      g_autofree char *t = one_line (sens);
      g_string_append_printf (md, "- %s: %s\n", _("Sensitive to"), t);
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (self->questions));
  if (n > 0)
    {
      g_string_append_printf (md, "\n## %s\n", _("Questions"));
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(RapportQuestion) q = g_list_model_get_item (G_LIST_MODEL (self->questions), i);
          g_autofree char *text = one_line (rapport_question_get_text (q));

          g_string_append_printf (md, "%u. %s\n", i + 1, text);
        }
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (self->draft_agenda));
  if (n > 0)
    {
      g_string_append_printf (md, "\n## %s\n", _("Agenda"));
      for (guint i = 0; i < n && i < MD_MAX_AGENDA; i++)
        {
          g_autoptr(RapportBriefItem) a = g_list_model_get_item (G_LIST_MODEL (self->draft_agenda), i);
          g_autofree char *title = one_line (rapport_brief_item_get_title (a));

          g_string_append_printf (md, "- [ ] %s\n", title);
        }
      append_more (md, n, MD_MAX_AGENDA);
    }

  return g_string_free (md, FALSE);
}
