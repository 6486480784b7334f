/* rapport-repository.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-repository"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rapport-data-dir.h"
#include "rapport-question-bank.h"
#include "rapport-repository.h"
#include "rapport-rhythm.h"
#include "rapport-status-change.h"
#include "rapport-store.h"

/**
 * RapportRepository:
 *
 * The facade the views and the reminders use: it owns the #RapportDatabase,
 * validates every write, keeps the live #GListModels up to date and never
 * shows SQL to anyone.
 *
 * Every write method runs in its own transaction unless it is called between
 * rapport_repository_begin_batch() and rapport_repository_end_batch(); the
 * lists reload once when the transaction commits, so each list emits at most
 * one #GListModel::items-changed per batch (and items that stay in a list are
 * updated in place, emitting only property notifications). After the lists
 * are reloaded, #RapportRepository::changed is emitted.
 *
 * A failed write (validation, disk full, I/O error) leaves the notebook and
 * the lists exactly as they were and reports a #RAPPORT_MODEL_ERROR or
 * #RAPPORT_DATABASE_ERROR whose message can be shown to the mentor; the
 * item passed in keeps its edited values so nothing typed is lost.
 */
struct _RapportRepository
{
  GObject          parent_instance;

  /* Owned references */
  RapportDatabase *db;
  GListStore      *mentees;
  GListStore      *agenda;
  GPtrArray       *live;
  GHashTable      *dirty_mentees;

  RapportNowFunc   now_func;
  gpointer         now_data;
  GDestroyNotify   now_destroy;

  /* State */
  guint            batch_depth;
  guint            dirty : 1;
  guint            dirty_all : 1;
  guint            agenda_dirty : 1;
};

typedef enum
{
  LIVE_SESSIONS,
  LIVE_COMMITMENTS,
  LIVE_GOALS,
} LiveKind;

typedef struct
{
  RapportRepository *self;
  GListStore        *store;
  LiveKind           kind;
  gint64             mentee_id;
} LiveList;

enum {
  CHANGED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (RapportRepository, rapport_repository, G_TYPE_OBJECT)

static guint signals[N_SIGNALS];

/* Helpers */

typedef gint64 (*KeyFunc) (gpointer item);

static gint64
item_key (gpointer item)
{
  return rapport_item_get_id (item);
}

static gint64
agenda_key (gpointer item)
{
  return ((gint64)rapport_agenda_item_get_kind (item) << 56) ^ rapport_agenda_item_get_item_id (item);
}

/* Replaces the content of @store with @fresh in a single splice (or none
 * when only properties changed), keeping the objects already in the store
 * for records that are still there, so views keep their rows and selection. */
static void
sync_store (GListStore *store,
            GPtrArray  *fresh,
            KeyFunc     key)
{
  GListModel *model = G_LIST_MODEL (store);
  guint n_old = g_list_model_get_n_items (model);
  guint n_new = fresh->len;
  guint p = 0, s = 0, removed, added;
  g_autoptr(GHashTable) old_by_key = NULL;
  g_autoptr(GPtrArray) additions = NULL;

  while (p < n_old && p < n_new)
    {
      g_autoptr(RapportItem) old = g_list_model_get_item (model, p);
      RapportItem *item = g_ptr_array_index (fresh, p);

      if (key (old) != key (item))
        break;
      rapport_item_update_from (old, item);
      p++;
    }

  while (s < n_old - p && s < n_new - p)
    {
      g_autoptr(RapportItem) old = g_list_model_get_item (model, n_old - 1 - s);
      RapportItem *item = g_ptr_array_index (fresh, n_new - 1 - s);

      if (key (old) != key (item))
        break;
      rapport_item_update_from (old, item);
      s++;
    }

  removed = n_old - p - s;
  added = n_new - p - s;
  if (removed == 0 && added == 0)
    return;

  old_by_key = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  for (guint i = p; i < p + removed; i++)
    {
      RapportItem *old = g_list_model_get_item (model, i);
      gint64 *k = g_new (gint64, 1);

      *k = key (old);
      g_hash_table_replace (old_by_key, k, old);
    }

  additions = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = p; i < p + added; i++)
    {
      RapportItem *item = g_ptr_array_index (fresh, i);
      gint64 k = key (item);
      RapportItem *old = g_hash_table_lookup (old_by_key, &k);

      if (old != NULL)
        {
          rapport_item_update_from (old, item);
          g_ptr_array_add (additions, g_object_ref (old));
          g_hash_table_remove (old_by_key, &k);
        }
      else
        g_ptr_array_add (additions, g_object_ref (item));
    }

  g_list_store_splice (store, p, removed, additions->pdata, added);
}

static GDateTime *
default_now (gpointer user_data)
{
  return g_date_time_new_now_local ();
}

static void
compute_summary (RapportMentee *mentee,
                 GDateTime     *now)
{
  GDateTime *last = rapport_mentee_get_last_held_at (mentee);
  RapportRhythmState state = RAPPORT_RHYTHM_STATE_NONE;
  g_autofree char *due_on = NULL;

  /* A paused or archived mentee is not expected to check in. */
  if (rapport_mentee_get_status (mentee) == RAPPORT_MENTEE_STATUS_ACTIVE)
    {
      state = rapport_rhythm_state (last, rapport_mentee_get_cadence_days (mentee),
                                    rapport_mentee_get_max_gap_days (mentee), now);
      due_on = rapport_rhythm_check_in_due_on (last, rapport_mentee_get_cadence_days (mentee), now);
    }

  /* A meeting recorded as held with a date still ahead (an import can carry
   * one) counts as held today, not as a negative gap. */
  g_object_set (mentee,
                "rhythm-state", state,
                "days-since-last", last ? MAX (0, rapport_days_between (last, now)) : -1,
                "check-in-due-on", due_on,
                NULL);
}

/* Mentee name → collation key, made once per name for a sort. */
static const char *
name_key (GHashTable *keys,
          const char *name)
{
  const char *key;

  if (name == NULL)
    name = "";
  if (!(key = g_hash_table_lookup (keys, name)))
    {
      key = g_utf8_collate_key (name, -1);
      g_hash_table_insert (keys, g_strdup (name), (char *)key);
    }

  return key;
}

static int
agenda_compare (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  GHashTable *keys = user_data;
  RapportAgendaItem *ia = *(RapportAgendaItem * const *)a;
  RapportAgendaItem *ib = *(RapportAgendaItem * const *)b;
  RapportAgendaKind ka = rapport_agenda_item_get_kind (ia);
  RapportAgendaKind kb = rapport_agenda_item_get_kind (ib);
  int r;

  if (ka != kb)
    return ka < kb ? -1 : 1;

  switch (ka)
    {
    case RAPPORT_AGENDA_KIND_CHECK_IN_OVERDUE:
    case RAPPORT_AGENDA_KIND_CHECK_IN_DUE:
      /* Longest wait first. */
      r = rapport_agenda_item_get_days_overdue (ib) - rapport_agenda_item_get_days_overdue (ia);
      if (r != 0)
        return r;
      break;

    case RAPPORT_AGENDA_KIND_MEETING_TODAY:
    case RAPPORT_AGENDA_KIND_MEETING_THIS_WEEK:
      r = g_date_time_compare (rapport_agenda_item_get_starts_at (ia),
                               rapport_agenda_item_get_starts_at (ib));
      if (r != 0)
        return r;
      break;

    case RAPPORT_AGENDA_KIND_MY_PROMISE_OVERDUE:
    case RAPPORT_AGENDA_KIND_MY_PROMISE_DUE_TODAY:
    case RAPPORT_AGENDA_KIND_ASK_MENTEE:
    default:
      if ((r = g_strcmp0 (rapport_agenda_item_get_due_date (ia), rapport_agenda_item_get_due_date (ib))))
        return r;
      /* Timed ones before "any time today". */
      if ((rapport_agenda_item_get_due_time (ia) == NULL) != (rapport_agenda_item_get_due_time (ib) == NULL))
        return rapport_agenda_item_get_due_time (ia) == NULL ? 1 : -1;
      if ((r = g_strcmp0 (rapport_agenda_item_get_due_time (ia), rapport_agenda_item_get_due_time (ib))))
        return r;
      break;
    }

  r = strcmp (name_key (keys, rapport_agenda_item_get_mentee_name (ia)),
              name_key (keys, rapport_agenda_item_get_mentee_name (ib)));
  if (r != 0)
    return r;

  return rapport_agenda_item_get_item_id (ia) < rapport_agenda_item_get_item_id (ib) ? -1 : 1;
}

static gboolean
reload_mentees (RapportRepository  *self,
                GDateTime          *now,
                GError            **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  RapportStoreNow snow;

  rapport_store_now_init (&snow, now);
  if (!(rows = rapport_store_mentees_list (self->db, RAPPORT_TYPE_MENTEE, &snow, 0, error)))
    return FALSE;

  for (guint i = 0; i < rows->len; i++)
    compute_summary (g_ptr_array_index (rows, i), now);

  sync_store (self->mentees, rows, item_key);
  return TRUE;
}

static int
compare_nocase (const char *a,
                const char *b)
{
  /* The order of SQLite's NOCASE collation: ASCII letters folded, bytes
   * compared unsigned. */
  const guchar *p = (const guchar *)(a ? a : "");
  const guchar *q = (const guchar *)(b ? b : "");

  for (; *p && *q; p++, q++)
    {
      int x = g_ascii_tolower (*p), y = g_ascii_tolower (*q);
      if (x != y)
        return x - y;
    }
  return (int)*p - (int)*q;
}

static int
mentee_order (gconstpointer a,
              gconstpointer b)
{
  RapportMentee *ma = *(RapportMentee * const *)a;
  RapportMentee *mb = *(RapportMentee * const *)b;
  int r = compare_nocase (rapport_mentee_get_name (ma), rapport_mentee_get_name (mb));
  gint64 ia, ib;

  if (r != 0)
    return r;
  ia = rapport_item_get_id (RAPPORT_ITEM (ma));
  ib = rapport_item_get_id (RAPPORT_ITEM (mb));
  return ia < ib ? -1 : ia > ib;
}

/* After a write that touched a few mentees, only their rows are read again
 * (the summary query with only_id) and merged into the list. */
static gboolean
reload_dirty_mentees (RapportRepository  *self,
                      GDateTime          *now,
                      GError            **error)
{
  GListModel *model = G_LIST_MODEL (self->mentees);
  g_autoptr(GPtrArray) next = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) fresh = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  GHashTableIter iter;
  gpointer key;
  RapportStoreNow snow;
  guint n;

  rapport_store_now_init (&snow, now);

  g_hash_table_iter_init (&iter, self->dirty_mentees);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_autoptr(GPtrArray) rows = NULL;
      gint64 id = *(gint64 *)key;

      if (id <= 0)
        continue;
      if (!(rows = rapport_store_mentees_list (self->db, RAPPORT_TYPE_MENTEE, &snow, id, error)))
        return FALSE;
      if (rows->len == 1)
        {
          gint64 *k = g_new (gint64, 1);

          *k = id;
          compute_summary (g_ptr_array_index (rows, 0), now);
          g_hash_table_insert (fresh, k, g_object_ref (g_ptr_array_index (rows, 0)));
        }
    }

  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      RapportMentee *m = g_list_model_get_item (model, i);
      gint64 id = rapport_item_get_id (RAPPORT_ITEM (m));

      if (!g_hash_table_contains (self->dirty_mentees, &id))
        {
          g_ptr_array_add (next, m);
          continue;
        }

      g_object_unref (m);
      if (g_hash_table_contains (fresh, &id))
        {
          g_ptr_array_add (next, g_object_ref (g_hash_table_lookup (fresh, &id)));
          g_hash_table_remove (fresh, &id);
        }
    }

  /* Mentees new to the list (created or restored). */
  g_hash_table_iter_init (&iter, fresh);
  while (g_hash_table_iter_next (&iter, NULL, &key))
    g_ptr_array_add (next, g_object_ref (key));

  g_ptr_array_sort (next, mentee_order);
  sync_store (self->mentees, next, item_key);
  return TRUE;
}

static gboolean
reload_agenda (RapportRepository  *self,
               GDateTime          *now,
               GError            **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) promises = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GHashTable) keys = NULL;
  RapportStoreNow snow;
  guint n;

  rapport_store_now_init (&snow, now);

  /* Promises (both owners) due today or earlier. */
  if (!(promises = rapport_store_commitments_list_open_due (self->db, RAPPORT_TYPE_AGENDA_ITEM,
                                                            snow.today, error)))
    return FALSE;

  for (guint i = 0; i < promises->len; i++)
    {
      RapportAgendaItem *item = g_ptr_array_index (promises, i);
      const char *due_date = rapport_agenda_item_get_due_date (item);
      const char *due_time = rapport_agenda_item_get_due_time (item);
      RapportAgendaKind kind;

      if (rapport_agenda_item_get_owner (item) == RAPPORT_COMMITMENT_OWNER_MENTEE)
        kind = RAPPORT_AGENDA_KIND_ASK_MENTEE;
      else if (rapport_due_is_overdue (due_date, due_time, now))
        kind = RAPPORT_AGENDA_KIND_MY_PROMISE_OVERDUE;
      else
        kind = RAPPORT_AGENDA_KIND_MY_PROMISE_DUE_TODAY;

      g_object_set (item,
                    "kind", kind,
                    "days-overdue", MAX (0, -rapport_date_days_until (due_date, now)),
                    NULL);
      g_ptr_array_add (items, g_object_ref (item));
    }

  /* Check-ins, from the mentee summaries just computed. */
  n = g_list_model_get_n_items (G_LIST_MODEL (self->mentees));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RapportMentee) mentee = g_list_model_get_item (G_LIST_MODEL (self->mentees), i);
      RapportRhythmState state = rapport_mentee_get_rhythm_state (mentee);
      int days = rapport_mentee_get_days_since_last (mentee);
      RapportAgendaItem *item;

      if (state != RAPPORT_RHYTHM_STATE_DUE && state != RAPPORT_RHYTHM_STATE_OVERDUE)
        continue;

      item = g_object_new (RAPPORT_TYPE_AGENDA_ITEM,
                           "kind", state == RAPPORT_RHYTHM_STATE_OVERDUE
                                   ? RAPPORT_AGENDA_KIND_CHECK_IN_OVERDUE
                                   : RAPPORT_AGENDA_KIND_CHECK_IN_DUE,
                           "item-id", rapport_item_get_id (RAPPORT_ITEM (mentee)),
                           "mentee-id", rapport_item_get_id (RAPPORT_ITEM (mentee)),
                           "mentee-name", rapport_mentee_get_name (mentee),
                           "title", rapport_mentee_get_name (mentee),
                           "due-date", rapport_mentee_get_check_in_due_on (mentee),
                           "days-overdue", state == RAPPORT_RHYTHM_STATE_OVERDUE
                                           ? days - rapport_mentee_get_max_gap_days (mentee)
                                           : days - rapport_mentee_get_cadence_days (mentee),
                           NULL);
      g_ptr_array_add (items, item);
    }

  /* Meetings from the start of today to the end of the seventh day. */
  if (!(meetings = rapport_store_sessions_list_planned (self->db, RAPPORT_TYPE_AGENDA_ITEM,
                                                        snow.day_start, snow.week_end, error)))
    return FALSE;

  for (guint i = 0; i < meetings->len; i++)
    {
      RapportAgendaItem *item = g_ptr_array_index (meetings, i);
      gint64 starts = g_date_time_to_unix (rapport_agenda_item_get_starts_at (item));

      g_object_set (item,
                    "kind", starts < snow.day_end ? RAPPORT_AGENDA_KIND_MEETING_TODAY
                                                  : RAPPORT_AGENDA_KIND_MEETING_THIS_WEEK,
                    NULL);
      g_ptr_array_add (items, g_object_ref (item));
    }

  keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_ptr_array_sort_with_data (items, agenda_compare, keys);
  sync_store (self->agenda, items, agenda_key);
  return TRUE;
}

static gboolean
reload_live (RapportRepository  *self,
             LiveList           *live,
             GError            **error)
{
  g_autoptr(GPtrArray) rows = NULL;

  switch (live->kind)
    {
    case LIVE_SESSIONS:
      rows = rapport_store_sessions_list (self->db, RAPPORT_TYPE_SESSION_NOTE, live->mentee_id, error);
      break;

    case LIVE_COMMITMENTS:
      rows = rapport_store_commitments_list (self->db, RAPPORT_TYPE_COMMITMENT, live->mentee_id, error);
      break;

    case LIVE_GOALS:
      rows = rapport_store_goals_list (self->db, RAPPORT_TYPE_GOAL, live->mentee_id, error);
      break;

    default:
      g_assert_not_reached ();
    }

  if (rows == NULL)
    return FALSE;

  sync_store (live->store, rows, item_key);
  return TRUE;
}

static gboolean
flush (RapportRepository  *self,
       GError            **error)
{
  g_autoptr(GDateTime) now = rapport_repository_dup_now (self);

  if (self->dirty_all)
    {
      if (!reload_mentees (self, now, error) || !reload_agenda (self, now, error))
        return FALSE;
    }
  else
    {
      if (!reload_dirty_mentees (self, now, error))
        return FALSE;
      if (self->agenda_dirty && !reload_agenda (self, now, error))
        return FALSE;
    }

  for (guint i = 0; i < self->live->len; i++)
    {
      LiveList *live = g_ptr_array_index (self->live, i);

      if (!self->dirty_all && !g_hash_table_contains (self->dirty_mentees, &live->mentee_id))
        continue;
      if (!reload_live (self, live, error))
        return FALSE;
    }

  self->dirty = FALSE;
  self->dirty_all = FALSE;
  self->agenda_dirty = FALSE;
  g_hash_table_remove_all (self->dirty_mentees);

  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

static void
mark_dirty (RapportRepository *self,
            gint64             mentee_id,
            gboolean           agenda)
{
  gint64 *k = g_new (gint64, 1);

  *k = mentee_id;
  g_hash_table_add (self->dirty_mentees, k);
  self->dirty = TRUE;
  if (agenda)
    self->agenda_dirty = TRUE;
}

static void
clear_dirty (RapportRepository *self)
{
  g_hash_table_remove_all (self->dirty_mentees);
  self->dirty = FALSE;
  self->dirty_all = FALSE;
  self->agenda_dirty = FALSE;
}

static gboolean
check_writable (RapportRepository  *self,
                GError            **error)
{
  if (rapport_database_is_read_only (self->db))
    {
      g_set_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_READ_ONLY,
                   _("This notebook is open read-only; changes cannot be saved."));
      return FALSE;
    }
  return TRUE;
}

/* Starts a transaction unless a batch is open; *implicit says which. */
static gboolean
write_begin (RapportRepository  *self,
             gboolean           *implicit,
             GError            **error)
{
  if (!check_writable (self, error))
    return FALSE;

  *implicit = self->batch_depth == 0;
  if (*implicit)
    return rapport_database_begin (self->db, error);
  return TRUE;
}

static gboolean
write_end (RapportRepository  *self,
           gboolean            implicit,
           gboolean            ok,
           GError            **error)
{
  if (!implicit)
    return ok;

  if (!ok)
    {
      rapport_database_rollback (self->db);
      /* Anything marked during the failed write is not in the notebook. */
      clear_dirty (self);
      return FALSE;
    }

  if (!rapport_database_commit (self->db, error))
    {
      clear_dirty (self);
      return FALSE;
    }

  /* The write is durable; a failed reload only leaves the lists stale. */
  if (!flush (self, NULL))
    g_message ("Could not reload the lists after saving");
  return TRUE;
}

static gint64
item_mentee_id (RapportItem *item)
{
  if (RAPPORT_IS_MENTEE (item))
    return rapport_item_get_id (item);
  if (RAPPORT_IS_SESSION_NOTE (item))
    return rapport_session_note_get_mentee_id (RAPPORT_SESSION_NOTE (item));
  if (RAPPORT_IS_COMMITMENT (item))
    return rapport_commitment_get_mentee_id (RAPPORT_COMMITMENT (item));
  if (RAPPORT_IS_GOAL (item))
    return rapport_goal_get_mentee_id (RAPPORT_GOAL (item));
  return 0;
}

static gboolean
item_table (RapportItem       *item,
            RapportStoreTable *table,
            GError           **error)
{
  if (RAPPORT_IS_MENTEE (item))
    *table = RAPPORT_STORE_TABLE_MENTEES;
  else if (RAPPORT_IS_SESSION_NOTE (item))
    *table = RAPPORT_STORE_TABLE_SESSIONS;
  else if (RAPPORT_IS_COMMITMENT (item))
    *table = RAPPORT_STORE_TABLE_COMMITMENTS;
  else if (RAPPORT_IS_GOAL (item))
    *table = RAPPORT_STORE_TABLE_GOALS;
  else
    {
      g_set_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_NOT_FOUND,
                   "%s items are not stored", G_OBJECT_TYPE_NAME (item));
      return FALSE;
    }
  return TRUE;
}

static char *
snippet_to_markup (const char *snippet)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *p = snippet;

  if (snippet == NULL)
    return NULL;

  while (*p)
    {
      const char *q = p;
      g_autofree char *escaped = NULL;

      while (*q && *q != '\002' && *q != '\003')
        q++;
      escaped = g_markup_escape_text (p, q - p);
      g_string_append (out, escaped);
      if (*q == '\002')
        g_string_append (out, "<b>");
      else if (*q == '\003')
        g_string_append (out, "</b>");
      p = *q ? q + 1 : q;
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
strip_markers (const char *snippet)
{
  GString *out;

  if (snippet == NULL)
    return NULL;

  out = g_string_new (NULL);
  for (const char *p = snippet; *p; p++)
    if (*p != '\002' && *p != '\003')
      g_string_append_c (out, *p);

  return g_string_free (out, FALSE);
}

static void
live_store_finalized (gpointer  data,
                      GObject  *where_the_object_was)
{
  LiveList *live = data;

  g_ptr_array_remove (live->self->live, live);
}

static GListModel *
get_live (RapportRepository *self,
          LiveKind           kind,
          GType              item_type,
          gint64             mentee_id)
{
  LiveList *live;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < self->live->len; i++)
    {
      live = g_ptr_array_index (self->live, i);
      if (live->kind == kind && live->mentee_id == mentee_id)
        return g_object_ref (G_LIST_MODEL (live->store));
    }

  live = g_new0 (LiveList, 1);
  live->self = self;
  live->kind = kind;
  live->mentee_id = mentee_id;
  live->store = g_list_store_new (item_type);
  g_object_weak_ref (G_OBJECT (live->store), live_store_finalized, live);
  g_ptr_array_add (self->live, live);

  if (!reload_live (self, live, &error))
    g_message ("Could not load a list: %s", error->message);

  return G_LIST_MODEL (live->store);
}

/* GObject */

static void
rapport_repository_dispose (GObject *object)
{
  RapportRepository *self = (RapportRepository *)object;

  /* The lists may outlive the repository; they just stop updating. */
  while (self->live->len > 0)
    {
      LiveList *live = g_ptr_array_index (self->live, 0);
      g_object_weak_unref (G_OBJECT (live->store), live_store_finalized, live);
      g_ptr_array_remove_index (self->live, 0);
    }

  g_clear_object (&self->mentees);
  g_clear_object (&self->agenda);

  if (self->now_destroy)
    g_clear_pointer (&self->now_data, self->now_destroy);
  self->now_destroy = NULL;

  G_OBJECT_CLASS (rapport_repository_parent_class)->dispose (object);
}

static void
rapport_repository_finalize (GObject *object)
{
  RapportRepository *self = (RapportRepository *)object;

  if (self->db != NULL && rapport_database_in_transaction (self->db))
    rapport_database_rollback (self->db);

  g_clear_object (&self->db);
  g_clear_pointer (&self->live, g_ptr_array_unref);
  g_clear_pointer (&self->dirty_mentees, g_hash_table_unref);

  G_OBJECT_CLASS (rapport_repository_parent_class)->finalize (object);
}

static void
rapport_repository_class_init (RapportRepositoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rapport_repository_dispose;
  object_class->finalize = rapport_repository_finalize;

  /**
   * RapportRepository::changed:
   *
   * Emitted after a committed change, once the lists are up to date. The
   * reminders rescan on it.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
rapport_repository_init (RapportRepository *self)
{
  self->mentees = g_list_store_new (RAPPORT_TYPE_MENTEE);
  self->agenda = g_list_store_new (RAPPORT_TYPE_AGENDA_ITEM);
  self->live = g_ptr_array_new_with_free_func (g_free);
  self->dirty_mentees = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->now_func = default_now;
}

/* Public API: opening */

static gboolean
ensure_questions (RapportRepository  *self,
                  GError            **error)
{
  g_autoptr(GEnumClass) stages = g_type_class_ref (RAPPORT_TYPE_QUESTION_STAGE);
  g_autoptr(GEnumClass) categories = g_type_class_ref (RAPPORT_TYPE_QUESTION_CATEGORY);
  const RapportBuiltinQuestion *qs;
  guint n;

  qs = rapport_question_bank_get_builtin (&n);

  if (!rapport_database_begin (self->db, error))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      if (!rapport_store_questions_ensure_builtin (self->db, qs[i].key,
                                                   g_enum_get_value (stages, qs[i].stage)->value_nick,
                                                   g_enum_get_value (categories, qs[i].category)->value_nick,
                                                   error))
        {
          rapport_database_rollback (self->db);
          return FALSE;
        }
    }

  return rapport_database_commit (self->db, error);
}

static RapportRepository *
open_in (const char                *data_dir,
         RapportDatabaseOpenFlags   flags,
         GError                   **error)
{
  g_autoptr(RapportDatabase) db = NULL;
  g_autoptr(RapportRepository) self = NULL;
  g_autofree char *path = NULL;

  if (!(flags & RAPPORT_DATABASE_OPEN_READ_ONLY) && !rapport_data_dir_ensure (data_dir, error))
    return NULL;

  path = g_build_filename (data_dir, "rapport.db", NULL);
  /* The quick check reads the whole file; it runs later on its own
   * connection (rapport_repository_check_async()). */
  if (!(db = rapport_database_open (path, flags | RAPPORT_DATABASE_OPEN_SKIP_QUICK_CHECK, error)))
    return NULL;

  self = g_object_new (RAPPORT_TYPE_REPOSITORY, NULL);
  self->db = g_steal_pointer (&db);

  if (!rapport_database_is_read_only (self->db) && !ensure_questions (self, error))
    return NULL;

  if (!rapport_repository_refresh (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * rapport_repository_new:
 * @data_dir: the notebook folder, usually rapport_data_dir_dup_default()
 * @error: return location for a #RAPPORT_DATABASE_ERROR
 *
 * Opens `@data_dir/rapport.db` (creating the folder 0700 and the file 0600),
 * migrates it (after a backup) and makes sure the built-in questions exist.
 * See rapport_database_open() for the errors that should lead the UI to
 * offer a backup (corrupt, not a notebook, newer version).
 *
 * To open fast, the full-file quick check is not done here: call
 * rapport_repository_check_async() once the window is shown. The daily
 * backup is the context's (rapport_context_start_daily_backups()).
 *
 * Returns: (transfer full): the repository, or %NULL with @error set
 */
RapportRepository *
rapport_repository_new (const char  *data_dir,
                        GError     **error)
{
  g_return_val_if_fail (data_dir != NULL, NULL);

  return open_in (data_dir, RAPPORT_DATABASE_OPEN_NONE, error);
}

/**
 * rapport_repository_new_read_only:
 * @data_dir: the notebook folder
 * @error: return location for an error
 *
 * Opens the notebook without writing anything, e.g. after
 * %RAPPORT_DATABASE_ERROR_NEWER_VERSION so the mentor can still read it.
 * Every write then fails with %RAPPORT_MODEL_ERROR_READ_ONLY.
 */
RapportRepository *
rapport_repository_new_read_only (const char  *data_dir,
                                  GError     **error)
{
  g_return_val_if_fail (data_dir != NULL, NULL);

  return open_in (data_dir, RAPPORT_DATABASE_OPEN_READ_ONLY | RAPPORT_DATABASE_OPEN_EXISTING, error);
}

/**
 * rapport_repository_new_for_database:
 * @database: an open database
 *
 * For tests and tools that open the database themselves.
 *
 * Returns: (transfer full): a repository using @database
 */
RapportRepository *
rapport_repository_new_for_database (RapportDatabase *database)
{
  RapportRepository *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (RAPPORT_IS_DATABASE (database), NULL);

  self = g_object_new (RAPPORT_TYPE_REPOSITORY, NULL);
  self->db = g_object_ref (database);

  if (!rapport_database_is_read_only (database) && !ensure_questions (self, &error))
    {
      g_message ("Could not add the built-in questions: %s", error->message);
      g_clear_error (&error);
    }

  if (!rapport_repository_refresh (self, &error))
    g_message ("Could not load the notebook: %s", error->message);

  return self;
}

RapportDatabase *
rapport_repository_get_database (RapportRepository *self)
{
  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (self), NULL);

  return self->db;
}

gboolean
rapport_repository_is_read_only (RapportRepository *self)
{
  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (self), TRUE);

  return rapport_database_is_read_only (self->db);
}

/**
 * rapport_repository_set_now_func:
 * @self: a #RapportRepository
 * @func: (nullable): returns the current local time; %NULL for the real clock
 * @user_data: data for @func
 * @destroy: frees @user_data
 *
 * Injects the clock used for "overdue", "today" and the rhythm. Call
 * rapport_repository_refresh() afterwards (the reminders also call it when
 * the day changes).
 */
void
rapport_repository_set_now_func (RapportRepository *self,
                                 RapportNowFunc     func,
                                 gpointer           user_data,
                                 GDestroyNotify     destroy)
{
  g_return_if_fail (RAPPORT_IS_REPOSITORY (self));

  if (self->now_destroy)
    self->now_destroy (self->now_data);

  self->now_func = func ? func : default_now;
  self->now_data = func ? user_data : NULL;
  self->now_destroy = func ? destroy : NULL;
}

/**
 * rapport_repository_dup_now:
 *
 * Returns: (transfer full): the current local time from the injected clock
 */
GDateTime *
rapport_repository_dup_now (RapportRepository *self)
{
  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (self), NULL);

  return self->now_func (self->now_data);
}

/**
 * rapport_repository_backup_daily:
 *
 * Takes today's automatic backup if something changed (see
 * rapport_database_backup_daily()), on the calling thread;
 * rapport_repository_backup_daily_async() does it on a worker thread.
 *
 * Returns: (transfer full) (nullable): the new backup's path
 */
char *
rapport_repository_backup_daily (RapportRepository  *self,
                                 GError            **error)
{
  g_autoptr(GDateTime) now = NULL;

  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (self), NULL);

  now = rapport_repository_dup_now (self);
  return rapport_database_backup_daily (self->db, now, error);
}

/* Public API: lists */

/**
 * rapport_repository_get_mentees:
 * @self: a #RapportRepository
 *
 * Every mentee not in the trash (archived ones included: filter on
 * #RapportMentee:status), by name, each carrying its attention summary
 * (#RapportMentee:open-promises, :overdue-promises, :open-asks,
 * :last-held-at, :days-since-last, :rhythm-state, :check-in-due-on,
 * :next-meeting-at). Loaded with one indexed query.
 *
 * Returns: (transfer none): a live #GListModel of #RapportMentee
 */
GListModel *
rapport_repository_get_mentees (RapportRepository *self)
{
  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (self), NULL);

  return G_LIST_MODEL (self->mentees);
}

/**
 * rapport_repository_get_agenda:
 * @self: a #RapportRepository
 *
 * The Today agenda across active mentees, ordered by #RapportAgendaKind: my
 * overdue promises (oldest first), my promises due today (timed first),
 * check-ins overdue then due (longest wait first), meetings today then in
 * the next seven days (soonest first), then the mentees' own commitments
 * due by today to ask about.
 *
 * Returns: (transfer none): a live #GListModel of #RapportAgendaItem
 */
GListModel *
rapport_repository_get_agenda (RapportRepository *self)
{
  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (self), NULL);

  return G_LIST_MODEL (self->agenda);
}

/**
 * rapport_repository_list_sessions:
 * @self: a #RapportRepository
 * @mentee_id: the mentee
 *
 * Returns: (transfer full): a live #GListModel of #RapportSessionNote,
 *   newest first
 */
GListModel *
rapport_repository_list_sessions (RapportRepository *self,
                                  gint64             mentee_id)
{
  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (self), NULL);

  return get_live (self, LIVE_SESSIONS, RAPPORT_TYPE_SESSION_NOTE, mentee_id);
}

/**
 * rapport_repository_list_commitments:
 * @self: a #RapportRepository
 * @mentee_id: the mentee
 *
 * Returns: (transfer full): a live #GListModel of #RapportCommitment (both
 *   owners; filter on #RapportCommitment:owner), open ones first by due date
 */
GListModel *
rapport_repository_list_commitments (RapportRepository *self,
                                     gint64             mentee_id)
{
  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (self), NULL);

  return get_live (self, LIVE_COMMITMENTS, RAPPORT_TYPE_COMMITMENT, mentee_id);
}

/**
 * rapport_repository_list_goals:
 * @self: a #RapportRepository
 * @mentee_id: the mentee
 *
 * Returns: (transfer full): a live #GListModel of #RapportGoal, active first
 */
GListModel *
rapport_repository_list_goals (RapportRepository *self,
                               gint64             mentee_id)
{
  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (self), NULL);

  return get_live (self, LIVE_GOALS, RAPPORT_TYPE_GOAL, mentee_id);
}

/**
 * rapport_repository_refresh:
 * @self: a #RapportRepository
 * @error: return location for an error
 *
 * Reloads every live list against the current time (what is overdue or
 * "today" changes with the clock even when nothing is written).
 */
gboolean
rapport_repository_refresh (RapportRepository  *self,
                            GError            **error)
{
  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (self), FALSE);

  self->dirty_all = TRUE;
  return flush (self, error);
}

/**
 * rapport_repository_find_mentee:
 *
 * Returns: (transfer none) (nullable): the mentee with @mentee_id from
 *   rapport_repository_get_mentees()
 */
RapportMentee *
rapport_repository_find_mentee (RapportRepository *self,
                                gint64             mentee_id)
{
  guint n;

  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->mentees));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RapportMentee) mentee = g_list_model_get_item (G_LIST_MODEL (self->mentees), i);

      if (rapport_item_get_id (RAPPORT_ITEM (mentee)) == mentee_id)
        return mentee;
    }

  return NULL;
}

/**
 * rapport_repository_find_commitment:
 * @self: a #RapportRepository
 * @commitment_id: the promise's id
 * @error: return location for an error
 *
 * Looks a promise up by id alone (a reminder only knows the id) and returns
 * the object of its mentee's live list, so a change made through it shows
 * in every view. A promise in the trash, or of an archived mentee, is
 * found all the same.
 *
 * Returns: (transfer full) (nullable): the promise, or %NULL with @error
 *   set (also when there is no such promise)
 */
RapportCommitment *
rapport_repository_find_commitment (RapportRepository  *self,
                                    gint64              commitment_id,
                                    GError            **error)
{
  g_autoptr(GObject) stored = NULL;
  GListModel *commitments;
  gint64 mentee_id;
  guint n;

  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stored = rapport_store_commitments_get (self->db, RAPPORT_TYPE_COMMITMENT,
                                          commitment_id, error);
  if (stored == NULL)
    return NULL;

  mentee_id = rapport_commitment_get_mentee_id (RAPPORT_COMMITMENT (stored));
  commitments = rapport_repository_list_commitments (self, mentee_id);
  n = g_list_model_get_n_items (commitments);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RapportCommitment) commitment = g_list_model_get_item (commitments, i);

      if (rapport_item_get_id (RAPPORT_ITEM (commitment)) == commitment_id)
        return g_steal_pointer (&commitment);
    }

  /* Not in the live list (trashed): the stored copy is still right. */
  return RAPPORT_COMMITMENT (g_steal_pointer (&stored));
}

/**
 * rapport_repository_search:
 * @self: a #RapportRepository
 * @text: what the mentor typed; any characters are safe
 * @limit: the most results, e.g. 50
 * @error: return location for an error
 *
 * Full-text search over every text the mentor writes: meetings' notes,
 * agendas, takeaways and wins, promises, goals and the whole profile (name,
 * pronouns, role, organization, contact, how you met, channel, feedback
 * preferences and sensitivities, boundaries' topics, tags, about), ranked
 * best first, each with an excerpt (#RapportSearchResult:snippet-markup)
 * and rapport_search_result_dup_description() to say what it is. Items in
 * the trash are not found.
 *
 * Returns: (transfer full): a #GListModel of #RapportSearchResult
 */
GListModel *
rapport_repository_search (RapportRepository  *self,
                           const char         *text,
                           guint               limit,
                           GError            **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  GListStore *store;

  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (self), NULL);

  if (!(rows = rapport_store_search (self->db, RAPPORT_TYPE_SEARCH_RESULT, text, limit, error)))
    return NULL;

  for (guint i = 0; i < rows->len; i++)
    {
      RapportSearchResult *result = g_ptr_array_index (rows, i);
      const char *snippet = rapport_search_result_get_snippet (result);
      g_autofree char *markup = snippet_to_markup (snippet);
      g_autofree char *plain = strip_markers (snippet);

      g_object_set (result, "snippet-markup", markup, "snippet", plain, NULL);
    }

  store = g_list_store_new (RAPPORT_TYPE_SEARCH_RESULT);
  g_list_store_splice (store, 0, 0, rows->pdata, rows->len);
  return G_LIST_MODEL (store);
}

/**
 * rapport_repository_list_questions:
 * @self: a #RapportRepository
 * @mentee_id: whose #RapportQuestion:last-asked-at to fill in, or 0
 * @error: return location for an error
 *
 * The question bank: built-in prompts (translated) and the mentor's own,
 * built-in first. Hidden prompts are included (filter on
 * #RapportQuestion:hidden); the mentor's prompts kept for one mentee are
 * included for that mentee only, and all of them when @mentee_id is 0. To
 * suggest questions use #RapportQuestionPicker, which applies the rules.
 *
 * Returns: (transfer full): a #GListModel of #RapportQuestion
 */
GListModel *
rapport_repository_list_questions (RapportRepository  *self,
                                   gint64              mentee_id,
                                   GError            **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  GListStore *store;

  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (self), NULL);

  if (!(rows = rapport_store_questions_list (self->db, RAPPORT_TYPE_QUESTION, mentee_id, error)))
    return NULL;

  store = g_list_store_new (RAPPORT_TYPE_QUESTION);
  for (guint i = 0; i < rows->len; i++)
    {
      RapportQuestion *q = g_ptr_array_index (rows, i);
      const char *key = rapport_question_get_builtin_key (q);

      if (key != NULL)
        {
          const char *text = rapport_question_bank_lookup (key);

          /* A prompt retired in this version stays in the notebook only. */
          if (text == NULL)
            continue;
          g_object_set (q, "text", text, NULL);
        }
      g_list_store_append (store, q);
    }

  return G_LIST_MODEL (store);
}

gboolean
rapport_repository_mark_question_asked (RapportRepository  *self,
                                        RapportQuestion    *question,
                                        gint64              mentee_id,
                                        GError            **error)
{
  g_autoptr(GDateTime) now = NULL;
  gboolean implicit, ok;

  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (RAPPORT_IS_QUESTION (question), FALSE);

  if (!write_begin (self, &implicit, error))
    return FALSE;

  now = rapport_repository_dup_now (self);
  ok = rapport_store_questions_mark_asked (self->db, rapport_item_get_id (RAPPORT_ITEM (question)),
                                           mentee_id, g_date_time_to_unix (now), error);
  if (ok)
    g_object_set (question, "last-asked-at", now, NULL);

  return write_end (self, implicit, ok, error);
}

static void
fill_builtin_text (RapportQuestion *question)
{
  const char *key = rapport_question_get_builtin_key (question);

  if (key != NULL)
    g_object_set (question, "text", rapport_question_bank_lookup (key), NULL);
}

/**
 * rapport_repository_save_question:
 * @self: a #RapportRepository
 * @question: a new prompt of the mentor's (rapport_question_new()) or one
 *   from rapport_repository_list_questions()
 * @error: return location for an error
 *
 * Adds or updates one of the mentor's own prompts: #RapportQuestion:text
 * (required, one line or a few), :stage, :category, :tags, :hidden and
 * :mentee-id (0: offered for every mentee). For a built-in prompt only
 * :tags and :hidden are saved; its text stays Rapport's (translated).
 * Question lists are snapshots: reload them after a save (it emits
 * #RapportRepository::changed like every committed write).
 */
gboolean
rapport_repository_save_question (RapportRepository  *self,
                                  RapportQuestion    *question,
                                  GError            **error)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) now_utc = NULL;
  RapportItem *item = (RapportItem *)question;
  gboolean is_new, implicit, ok;
  gint64 id = 0;

  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (RAPPORT_IS_QUESTION (question), FALSE);

  is_new = !rapport_item_is_saved (item);
  if (is_new && rapport_question_is_builtin (question))
    {
      g_set_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_NOT_FOUND,
                   _("Built-in questions cannot be added again."));
      return FALSE;
    }
  if (!rapport_question_is_builtin (question) &&
      !rapport_validate_text (_("The question"), rapport_question_get_text (question), TRUE, FALSE, error))
    return FALSE;
  for (const char * const *t = rapport_question_get_tags (question); t && *t; t++)
    if (!rapport_validate_text (_("A tag"), *t, TRUE, FALSE, error))
      return FALSE;

  if (!write_begin (self, &implicit, error))
    return FALSE;

  now = rapport_repository_dup_now (self);
  now_utc = g_date_time_to_utc (now);
  if (is_new)
    {
      g_autofree char *uuid = g_uuid_string_random ();

      _rapport_item_set_uuid (item, uuid);
      _rapport_item_set_timestamps (item, now_utc, now_utc);
      ok = rapport_store_questions_insert (self->db, G_OBJECT (item), &id, error);
      if (ok)
        _rapport_item_set_id (item, id);
    }
  else
    {
      _rapport_item_set_timestamps (item, rapport_item_get_created_at (item), now_utc);
      ok = rapport_store_questions_update (self->db, G_OBJECT (item), error);
    }

  ok = write_end (self, implicit, ok, error);
  if (!ok && is_new && implicit)
    _rapport_item_set_id (item, 0);
  return ok;
}

/**
 * rapport_repository_delete_question:
 *
 * Deletes one of the mentor's own prompts (it stays on record where it was
 * asked). Built-in prompts cannot be deleted: hide them with
 * rapport_question_set_hidden() and rapport_repository_save_question().
 */
gboolean
rapport_repository_delete_question (RapportRepository  *self,
                                    RapportQuestion    *question,
                                    GError            **error)
{
  g_autoptr(GDateTime) now = NULL;
  gboolean implicit, ok;

  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (RAPPORT_IS_QUESTION (question), FALSE);

  if (rapport_question_is_builtin (question) || !rapport_item_is_saved (RAPPORT_ITEM (question)))
    {
      g_set_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_NOT_FOUND,
                   _("Only your own saved questions can be deleted; hide a built-in one instead."));
      return FALSE;
    }

  if (!write_begin (self, &implicit, error))
    return FALSE;

  now = rapport_repository_dup_now (self);
  ok = rapport_store_questions_set_deleted (self->db, rapport_item_get_id (RAPPORT_ITEM (question)),
                                            g_date_time_to_unix (now), error);
  ok = write_end (self, implicit, ok, error);
  if (ok)
    {
      g_autoptr(GDateTime) now_utc = g_date_time_to_utc (now);
      _rapport_item_set_deleted_at (RAPPORT_ITEM (question), now_utc);
    }
  return ok;
}

/**
 * rapport_repository_restore_question:
 * @self: a #RapportRepository
 * @question: one of the mentor's own prompts deleted with
 *   rapport_repository_delete_question()
 * @error: return location for an error
 *
 * Brings a deleted prompt back, as it was (the "Undo" of a deletion).
 */
gboolean
rapport_repository_restore_question (RapportRepository  *self,
                                     RapportQuestion    *question,
                                     GError            **error)
{
  gboolean implicit, ok;

  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (RAPPORT_IS_QUESTION (question), FALSE);

  if (rapport_question_is_builtin (question) || !rapport_item_is_saved (RAPPORT_ITEM (question)))
    {
      g_set_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_NOT_FOUND,
                   _("Only your own saved questions can be restored."));
      return FALSE;
    }

  if (!write_begin (self, &implicit, error))
    return FALSE;

  ok = rapport_store_questions_set_deleted (self->db, rapport_item_get_id (RAPPORT_ITEM (question)),
                                            0, error);
  ok = write_end (self, implicit, ok, error);
  if (ok)
    _rapport_item_set_deleted_at (RAPPORT_ITEM (question), NULL);
  return ok;
}

/**
 * rapport_repository_set_question_asked:
 * @self: a #RapportRepository
 * @question: a prompt from the bank
 * @session: the meeting it was (or will be) asked in, saved
 * @asked: %TRUE to record it, %FALSE to take the mark back
 * @error: return location for an error
 *
 * Records which questions were asked in a meeting. The ask counts as made
 * at the meeting's start, which is what keeps the question out of the
 * suggestions for the next few meetings (see #RapportQuestionPicker).
 * Marking twice keeps one record.
 */
gboolean
rapport_repository_set_question_asked (RapportRepository   *self,
                                       RapportQuestion     *question,
                                       RapportSessionNote  *session,
                                       gboolean             asked,
                                       GError             **error)
{
  GDateTime *starts_at;
  gboolean implicit, ok;

  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (RAPPORT_IS_QUESTION (question), FALSE);
  g_return_val_if_fail (RAPPORT_IS_SESSION_NOTE (session), FALSE);

  if (!rapport_item_is_saved (RAPPORT_ITEM (session)) || !rapport_item_is_saved (RAPPORT_ITEM (question)))
    {
      g_set_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_NOT_FOUND,
                   _("This item was never saved."));
      return FALSE;
    }

  if (!write_begin (self, &implicit, error))
    return FALSE;

  starts_at = rapport_session_note_get_starts_at (session);
  ok = rapport_store_questions_set_asked_on_session (self->db,
                                                     rapport_item_get_id (RAPPORT_ITEM (question)),
                                                     rapport_session_note_get_mentee_id (session),
                                                     rapport_item_get_id (RAPPORT_ITEM (session)),
                                                     starts_at ? g_date_time_to_unix (starts_at) : 0,
                                                     asked, error);
  return write_end (self, implicit, ok, error);
}

/**
 * rapport_repository_list_questions_asked:
 * @self: a #RapportRepository
 * @session_id: a meeting
 * @error: return location for an error
 *
 * Returns: (transfer full): a #GListModel of the #RapportQuestion marked as
 *   asked in the meeting, in the order they were marked
 */
GListModel *
rapport_repository_list_questions_asked (RapportRepository  *self,
                                         gint64              session_id,
                                         GError            **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  GListStore *store;

  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (self), NULL);

  if (!(rows = rapport_store_questions_list_asked_on_session (self->db, RAPPORT_TYPE_QUESTION,
                                                              session_id, error)))
    return NULL;

  store = g_list_store_new (RAPPORT_TYPE_QUESTION);
  for (guint i = 0; i < rows->len; i++)
    {
      RapportQuestion *q = g_ptr_array_index (rows, i);

      fill_builtin_text (q);
      if (rapport_question_get_text (q) != NULL)
        g_list_store_append (store, q);
    }
  return G_LIST_MODEL (store);
}

/* Public API: batches */

/**
 * rapport_repository_begin_batch:
 * @self: a #RapportRepository
 * @error: return location for an error
 *
 * Groups the following writes into one transaction and one list update
 * (e.g. saving a session with the promises added inline). End with
 * rapport_repository_end_batch(), or rapport_repository_cancel_batch() after
 * a failed write. Batches nest; only the outermost one commits.
 */
gboolean
rapport_repository_begin_batch (RapportRepository  *self,
                                GError            **error)
{
  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (self), FALSE);

  if (self->batch_depth == 0)
    {
      if (!check_writable (self, error) || !rapport_database_begin (self->db, error))
        return FALSE;
    }

  self->batch_depth++;
  return TRUE;
}

/**
 * rapport_repository_end_batch:
 *
 * Commits the batch; on failure nothing of it is in the notebook.
 */
gboolean
rapport_repository_end_batch (RapportRepository  *self,
                              GError            **error)
{
  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (self->batch_depth > 0, FALSE);

  if (--self->batch_depth > 0)
    return TRUE;

  return write_end (self, TRUE, TRUE, error);
}

void
rapport_repository_cancel_batch (RapportRepository *self)
{
  g_return_if_fail (RAPPORT_IS_REPOSITORY (self));
  g_return_if_fail (self->batch_depth > 0);

  self->batch_depth = 0;
  write_end (self, TRUE, FALSE, NULL);
}

/* Public API: writes */

/* A promise's history: a drop, and the reopening of a dropped promise, are
 * recorded with their reason (ticking off and unticking are not: done-at
 * says when a promise was kept); a moved due date is recorded as a
 * renegotiation. */
static gboolean
record_history (RapportRepository  *self,
                RapportCommitment  *commitment,
                const char         *due_reason,
                const char         *status_reason,
                GDateTime          *now,
                GError            **error)
{
  g_autoptr(GObject) old = NULL;
  const char *old_date, *old_time, *new_date, *new_time;
  RapportCommitmentStatus old_status, new_status;
  gint64 id = rapport_item_get_id (RAPPORT_ITEM (commitment));

  if (!(old = rapport_store_commitments_get (self->db, RAPPORT_TYPE_COMMITMENT, id, error)))
    return FALSE;

  old_status = rapport_commitment_get_status (RAPPORT_COMMITMENT (old));
  new_status = rapport_commitment_get_status (commitment);
  if (old_status != new_status &&
      (old_status == RAPPORT_COMMITMENT_STATUS_DROPPED || new_status == RAPPORT_COMMITMENT_STATUS_DROPPED) &&
      !rapport_store_commitments_add_status_change (self->db, id, rapport_commitment_status_to_nick (old_status),
                                                    rapport_commitment_status_to_nick (new_status), status_reason,
                                                    g_date_time_to_unix (now), error))
    return FALSE;

  old_date = rapport_commitment_get_due_date (RAPPORT_COMMITMENT (old));
  old_time = rapport_commitment_get_due_time (RAPPORT_COMMITMENT (old));
  new_date = rapport_commitment_get_due_date (commitment);
  new_time = rapport_commitment_get_due_time (commitment);

  if (g_strcmp0 (old_date, new_date) == 0 && g_strcmp0 (old_time, new_time) == 0)
    return TRUE;

  if (!rapport_store_commitments_add_due_change (self->db, id, old_date, old_time, new_date,
                                                 new_time, due_reason, g_date_time_to_unix (now),
                                                 error))
    return FALSE;

  g_object_set (commitment,
                "renegotiations", rapport_store_commitments_count_due_changes (self->db, id),
                NULL);
  return TRUE;
}

static gboolean
save_item (RapportRepository  *self,
           RapportItem        *item,
           const char         *due_reason,
           const char         *status_reason,
           GError            **error)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) now_utc = NULL;
  gboolean is_new = !rapport_item_is_saved (item);
  gboolean agenda_relevant = TRUE;
  gboolean implicit = FALSE;
  gboolean ok;
  gint64 id = 0;

  if (!check_writable (self, error))
    return FALSE;

  /* Validate before touching anything. */
  if (RAPPORT_IS_MENTEE (item))
    ok = rapport_validate_mentee (RAPPORT_MENTEE (item), error);
  else if (RAPPORT_IS_SESSION_NOTE (item))
    ok = rapport_validate_session_note (RAPPORT_SESSION_NOTE (item), error);
  else if (RAPPORT_IS_COMMITMENT (item))
    ok = rapport_validate_commitment (RAPPORT_COMMITMENT (item), error);
  else if (RAPPORT_IS_GOAL (item))
    ok = rapport_validate_goal (RAPPORT_GOAL (item), error);
  else
    {
      g_set_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_NOT_FOUND,
                   "%s items are not stored", G_OBJECT_TYPE_NAME (item));
      return FALSE;
    }
  if (!ok)
    return FALSE;

  now = rapport_repository_dup_now (self);
  now_utc = g_date_time_to_utc (now);

  g_object_freeze_notify (G_OBJECT (item));

  if (RAPPORT_IS_GOAL (item) && rapport_goal_get_target_date (RAPPORT_GOAL (item)) == NULL)
    {
      g_autofree char *today = rapport_date_from_date_time (now);
      g_autofree char *target = rapport_date_add_months (today, 6);
      rapport_goal_set_target_date (RAPPORT_GOAL (item), target);
    }

  if (RAPPORT_IS_COMMITMENT (item))
    {
      RapportCommitment *c = RAPPORT_COMMITMENT (item);

      if (rapport_commitment_get_status (c) == RAPPORT_COMMITMENT_STATUS_DONE)
        {
          if (rapport_commitment_get_done_at (c) == NULL)
            rapport_commitment_set_done_at (c, now_utc);
        }
      else
        rapport_commitment_set_done_at (c, NULL);
    }

  if (is_new)
    {
      if (rapport_item_get_uuid (item) == NULL)
        {
          g_autofree char *uuid = g_uuid_string_random ();
          _rapport_item_set_uuid (item, uuid);
        }
      if (rapport_item_get_created_at (item) == NULL)
        _rapport_item_set_timestamps (item, now_utc, now_utc);
      else
        _rapport_item_set_timestamps (item, rapport_item_get_created_at (item), now_utc);
    }
  else
    _rapport_item_set_timestamps (item, rapport_item_get_created_at (item), now_utc);

  if (!write_begin (self, &implicit, error))
    {
      g_object_thaw_notify (G_OBJECT (item));
      return FALSE;
    }

  /* Editing a meeting's notes does not change the agenda; skip reloading it
   * unless the start, status or agenda line changed. */
  if (RAPPORT_IS_SESSION_NOTE (item) && !is_new)
    {
      g_autoptr(GObject) old = rapport_store_sessions_get (self->db, RAPPORT_TYPE_SESSION_NOTE,
                                                           rapport_item_get_id (item), NULL);
      RapportSessionNote *s = RAPPORT_SESSION_NOTE (item);

      agenda_relevant = old == NULL ||
        rapport_session_note_get_status (RAPPORT_SESSION_NOTE (old)) != rapport_session_note_get_status (s) ||
        g_strcmp0 (rapport_session_note_get_agenda (RAPPORT_SESSION_NOTE (old)), rapport_session_note_get_agenda (s)) != 0 ||
        !g_date_time_equal (rapport_session_note_get_starts_at (RAPPORT_SESSION_NOTE (old)), rapport_session_note_get_starts_at (s));
    }

  if (RAPPORT_IS_MENTEE (item))
    ok = is_new ? rapport_store_mentees_insert (self->db, G_OBJECT (item), &id, error)
                : rapport_store_mentees_update (self->db, G_OBJECT (item), error);
  else if (RAPPORT_IS_SESSION_NOTE (item))
    ok = is_new ? rapport_store_sessions_insert (self->db, G_OBJECT (item), &id, error)
                : rapport_store_sessions_update (self->db, G_OBJECT (item), error);
  else if (RAPPORT_IS_COMMITMENT (item))
    {
      if (is_new)
        ok = rapport_store_commitments_insert (self->db, G_OBJECT (item), &id, error);
      else
        ok = record_history (self, RAPPORT_COMMITMENT (item), due_reason, status_reason, now_utc, error) &&
             rapport_store_commitments_update (self->db, G_OBJECT (item), error);
    }
  else
    ok = is_new ? rapport_store_goals_insert (self->db, G_OBJECT (item), &id, error)
                : rapport_store_goals_update (self->db, G_OBJECT (item), error);

  if (ok && is_new)
    _rapport_item_set_id (item, id);

  if (ok)
    mark_dirty (self, item_mentee_id (item), agenda_relevant);

  ok = write_end (self, implicit, ok, error);

  /* An insert that did not commit leaves an unsaved item behind. */
  if (!ok && is_new && implicit)
    _rapport_item_set_id (item, 0);

  g_object_thaw_notify (G_OBJECT (item));
  return ok;
}

/**
 * rapport_repository_save:
 * @self: a #RapportRepository
 * @item: a #RapportMentee, #RapportSessionNote, #RapportCommitment or
 *   #RapportGoal
 * @error: return location for a #RAPPORT_MODEL_ERROR (validation) or
 *   #RAPPORT_DATABASE_ERROR (storage)
 *
 * Creates @item (when it has no id yet: it gets its id, uuid and timestamps)
 * or updates it. Saving is durable when this returns %TRUE (WAL with
 * `synchronous=FULL`). A goal without a target date gets one six months
 * ahead; a promise marked done gets its #RapportCommitment:done-at; a saved
 * promise whose due date changed gets a renegotiation recorded (without a
 * reason; use rapport_repository_reschedule_commitment() to give one).
 *
 * Returns: %TRUE if saved
 */
gboolean
rapport_repository_save (RapportRepository  *self,
                         RapportItem        *item,
                         GError            **error)
{
  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (RAPPORT_IS_ITEM (item), FALSE);

  return save_item (self, item, NULL, NULL, error);
}

static gboolean
set_trashed (RapportRepository  *self,
             RapportItem        *item,
             gboolean            trashed,
             GError            **error)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) now_utc = NULL;
  RapportStoreTable table;
  gboolean implicit, ok;

  if (!item_table (item, &table, error))
    return FALSE;

  if (!rapport_item_is_saved (item))
    {
      g_set_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_NOT_FOUND,
                   _("This item was never saved."));
      return FALSE;
    }

  if (!write_begin (self, &implicit, error))
    return FALSE;

  now = rapport_repository_dup_now (self);
  now_utc = g_date_time_to_utc (now);
  ok = rapport_store_set_deleted (self->db, table, rapport_item_get_id (item),
                                  trashed ? g_date_time_to_unix (now_utc) : 0, error);
  if (ok)
    mark_dirty (self, item_mentee_id (item), TRUE);

  ok = write_end (self, implicit, ok, error);
  if (ok)
    _rapport_item_set_deleted_at (item, trashed ? now_utc : NULL);

  return ok;
}

/**
 * rapport_repository_trash:
 * @self: a #RapportRepository
 * @item: a saved item
 * @error: return location for an error
 *
 * Deletes @item by moving it to the trash: it leaves every list and search,
 * and rapport_repository_restore() brings it back (keep @item for an "Undo"
 * toast). Trashing a mentee hides all of their sessions, promises and goals.
 */
gboolean
rapport_repository_trash (RapportRepository  *self,
                          RapportItem        *item,
                          GError            **error)
{
  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (RAPPORT_IS_ITEM (item), FALSE);

  return set_trashed (self, item, TRUE, error);
}

/**
 * rapport_repository_restore:
 *
 * Takes @item back out of the trash.
 */
gboolean
rapport_repository_restore (RapportRepository  *self,
                            RapportItem        *item,
                            GError            **error)
{
  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (RAPPORT_IS_ITEM (item), FALSE);

  return set_trashed (self, item, FALSE, error);
}

/**
 * rapport_repository_empty_trash:
 *
 * Deletes everything in the trash for good.
 */
gboolean
rapport_repository_empty_trash (RapportRepository  *self,
                                GError            **error)
{
  g_autoptr(GDateTime) now = NULL;
  gboolean implicit, ok;

  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (self), FALSE);

  if (!write_begin (self, &implicit, error))
    return FALSE;

  now = rapport_repository_dup_now (self);
  ok = rapport_store_purge_trash (self->db, g_date_time_to_unix (now) + 1, error);
  if (ok)
    {
      self->dirty_all = TRUE;
      self->dirty = TRUE;
      self->agenda_dirty = TRUE;
    }

  return write_end (self, implicit, ok, error);
}

/**
 * rapport_repository_archive_mentee:
 *
 * Sets the mentee's status to archived, keeping the whole history; they
 * leave the agenda and the rhythm reminders.
 */
gboolean
rapport_repository_archive_mentee (RapportRepository  *self,
                                   RapportMentee      *mentee,
                                   GError            **error)
{
  RapportMenteeStatus old;

  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (RAPPORT_IS_MENTEE (mentee), FALSE);

  old = rapport_mentee_get_status (mentee);
  rapport_mentee_set_status (mentee, RAPPORT_MENTEE_STATUS_ARCHIVED);
  if (!rapport_repository_save (self, RAPPORT_ITEM (mentee), error))
    {
      rapport_mentee_set_status (mentee, old);
      return FALSE;
    }
  return TRUE;
}

/**
 * rapport_repository_complete_commitment:
 *
 * Marks a promise as kept now.
 */
gboolean
rapport_repository_complete_commitment (RapportRepository  *self,
                                        RapportCommitment  *commitment,
                                        GError            **error)
{
  RapportCommitmentStatus old;

  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (RAPPORT_IS_COMMITMENT (commitment), FALSE);

  old = rapport_commitment_get_status (commitment);
  rapport_commitment_set_status (commitment, RAPPORT_COMMITMENT_STATUS_DONE);
  if (!rapport_repository_save (self, RAPPORT_ITEM (commitment), error))
    {
      rapport_commitment_set_status (commitment, old);
      return FALSE;
    }
  return TRUE;
}

static gboolean
set_commitment_status (RapportRepository        *self,
                       RapportCommitment        *commitment,
                       RapportCommitmentStatus   status,
                       const char               *reason,
                       GError                  **error)
{
  RapportCommitmentStatus old = rapport_commitment_get_status (commitment);
  g_autoptr(GDateTime) old_done_at = NULL;
  g_autofree char *trimmed = reason ? g_strstrip (g_strdup (reason)) : NULL;

  if (!rapport_item_is_saved (RAPPORT_ITEM (commitment)))
    {
      g_set_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_NOT_FOUND,
                   _("This item was never saved."));
      return FALSE;
    }
  if (!rapport_validate_text (_("The reason"), trimmed, FALSE, FALSE, error))
    return FALSE;

  if (rapport_commitment_get_done_at (commitment) != NULL)
    old_done_at = g_date_time_ref (rapport_commitment_get_done_at (commitment));

  rapport_commitment_set_status (commitment, status);
  if (!save_item (self, RAPPORT_ITEM (commitment), NULL,
                  trimmed && trimmed[0] ? trimmed : NULL, error))
    {
      rapport_commitment_set_status (commitment, old);
      rapport_commitment_set_done_at (commitment, old_done_at);
      return FALSE;
    }
  return TRUE;
}

/**
 * rapport_repository_drop_commitment:
 * @self: a #RapportRepository
 * @commitment: a saved promise
 * @reason: (nullable): why it will not happen, as the mentor says it
 * @error: return location for an error
 *
 * Drops the promise, recording the drop and @reason in its history; its
 * details stay as the mentor wrote them. The follow-through ledger counts
 * it as dropped.
 */
gboolean
rapport_repository_drop_commitment (RapportRepository  *self,
                                    RapportCommitment  *commitment,
                                    const char         *reason,
                                    GError            **error)
{
  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (RAPPORT_IS_COMMITMENT (commitment), FALSE);

  return set_commitment_status (self, commitment, RAPPORT_COMMITMENT_STATUS_DROPPED, reason, error);
}

/**
 * rapport_repository_reopen_commitment:
 * @self: a #RapportRepository
 * @commitment: a saved promise, dropped or kept
 * @reason: (nullable): why, as the mentor says it
 * @error: return location for an error
 *
 * Opens the promise again. Reopening a dropped promise is recorded in its
 * history with @reason; reopening a kept one (undoing a tick) clears its
 * done-at.
 */
gboolean
rapport_repository_reopen_commitment (RapportRepository  *self,
                                      RapportCommitment  *commitment,
                                      const char         *reason,
                                      GError            **error)
{
  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (RAPPORT_IS_COMMITMENT (commitment), FALSE);

  return set_commitment_status (self, commitment, RAPPORT_COMMITMENT_STATUS_OPEN, reason, error);
}

/**
 * rapport_repository_list_status_changes:
 * @self: a #RapportRepository
 * @commitment: a saved promise
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the #RapportStatusChange items of
 *   @commitment's history (drops and reopenings), oldest first
 */
GPtrArray *
rapport_repository_list_status_changes (RapportRepository  *self,
                                        RapportCommitment  *commitment,
                                        GError            **error)
{
  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (self), NULL);
  g_return_val_if_fail (RAPPORT_IS_COMMITMENT (commitment), NULL);

  return rapport_store_commitments_list_status_changes (self->db, RAPPORT_TYPE_STATUS_CHANGE,
                                                        rapport_commitment_get_mentee_id (commitment),
                                                        rapport_item_get_id (RAPPORT_ITEM (commitment)),
                                                        error);
}

/**
 * rapport_repository_reschedule_commitment:
 * @self: a #RapportRepository
 * @commitment: a saved promise
 * @due_date: (nullable): the new due date, `YYYY-MM-DD`
 * @due_time: (nullable): the new due time, `HH:MM`
 * @reason: (nullable): why ("renegotiated with Alex")
 * @error: return location for an error
 *
 * Changes the due date and records the change with @reason in the promise's
 * history, so the follow-through ledger can tell "kept late" from
 * "renegotiated".
 */
gboolean
rapport_repository_reschedule_commitment (RapportRepository  *self,
                                          RapportCommitment  *commitment,
                                          const char         *due_date,
                                          const char         *due_time,
                                          const char         *reason,
                                          GError            **error)
{
  g_autofree char *old_date = NULL;
  g_autofree char *old_time = NULL;

  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (RAPPORT_IS_COMMITMENT (commitment), FALSE);

  if (!rapport_validate_text (_("The reason"), reason, FALSE, FALSE, error))
    return FALSE;

  old_date = g_strdup (rapport_commitment_get_due_date (commitment));
  old_time = g_strdup (rapport_commitment_get_due_time (commitment));
  rapport_commitment_set_due_date (commitment, due_date);
  rapport_commitment_set_due_time (commitment, due_time);

  if (!save_item (self, RAPPORT_ITEM (commitment), reason, NULL, error))
    {
      rapport_commitment_set_due_date (commitment, old_date);
      rapport_commitment_set_due_time (commitment, old_time);
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  char      *db_path;
  GDateTime *now;
} CheckData;

static void
check_data_free (CheckData *data)
{
  g_free (data->db_path);
  g_date_time_unref (data->now);
  g_free (data);
}

static CheckData *
check_data_new (RapportRepository *self)
{
  CheckData *data = g_new0 (CheckData, 1);

  data->db_path = g_strdup (rapport_database_get_path (self->db));
  data->now = rapport_repository_dup_now (self);
  return data;
}

static void
run_worker (RapportRepository   *self,
            GCancellable        *cancellable,
            GAsyncReadyCallback  callback,
            gpointer             user_data,
            gpointer             source_tag,
            GTaskThreadFunc      thread_func)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, check_data_new (self), (GDestroyNotify)check_data_free);
  g_task_run_in_thread (task, thread_func);
}

/* A separate read-only connection, for the quick check and VACUUM INTO to
 * read a consistent snapshot while the window keeps writing through its own.
 * Closed before the task reports, so the caller never races it. */
static void
check_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  g_autoptr(RapportDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  CheckData *data = task_data;

  db = rapport_database_open (data->db_path,
                              RAPPORT_DATABASE_OPEN_READ_ONLY | RAPPORT_DATABASE_OPEN_EXISTING,
                              &error);
  g_clear_object (&db);

  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * rapport_repository_check_async:
 * @self: a #RapportRepository
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the calling thread's main context
 * @user_data: data for @callback
 *
 * Runs the notebook's quick check in a worker thread. Call it once after the
 * window is shown.
 *
 * If the check finds the file damaged (%RAPPORT_DATABASE_ERROR_CORRUPT), stop
 * writing: drop the repository, call rapport_database_quarantine() on
 * `rapport.db` and offer the backups (rapport_database_list_backups()).
 */
void
rapport_repository_check_async (RapportRepository   *self,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_return_if_fail (RAPPORT_IS_REPOSITORY (self));

  run_worker (self, cancellable, callback, user_data, rapport_repository_check_async, check_thread);
}

/**
 * rapport_repository_check_finish:
 * @self: a #RapportRepository
 * @result: the #GAsyncResult
 * @error: return location for an error
 *
 * Returns: %TRUE if the notebook passed the check
 */
gboolean
rapport_repository_check_finish (RapportRepository  *self,
                                 GAsyncResult       *result,
                                 GError            **error)
{
  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == rapport_repository_check_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
backup_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  g_autoptr(RapportDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  CheckData *data = task_data;

  /* The copy is checked once written; the notebook needs no check first. */
  db = rapport_database_open (data->db_path,
                              RAPPORT_DATABASE_OPEN_READ_ONLY | RAPPORT_DATABASE_OPEN_EXISTING |
                              RAPPORT_DATABASE_OPEN_SKIP_QUICK_CHECK,
                              &error);
  if (db != NULL)
    backup = rapport_database_backup_daily (db, data->now, &error);
  g_clear_object (&db);

  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, backup ? g_steal_pointer (&backup) : g_strdup (""), g_free);
}

/**
 * rapport_repository_backup_daily_async:
 * @self: a #RapportRepository
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the calling thread's main context
 * @user_data: data for @callback
 *
 * rapport_repository_backup_daily() on a worker thread, through a
 * connection of its own, so a large notebook never holds up the window.
 */
void
rapport_repository_backup_daily_async (RapportRepository   *self,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  g_return_if_fail (RAPPORT_IS_REPOSITORY (self));

  run_worker (self, cancellable, callback, user_data, rapport_repository_backup_daily_async,
              backup_thread);
}

/**
 * rapport_repository_backup_daily_finish:
 * @self: a #RapportRepository
 * @result: the #GAsyncResult
 * @backup_path: (out) (optional) (transfer full): the backup written, or
 *   %NULL when none was needed (today's exists, or nothing changed)
 * @error: return location for an error
 *
 * Returns: %TRUE unless the backup was due and could not be written
 */
gboolean
rapport_repository_backup_daily_finish (RapportRepository  *self,
                                        GAsyncResult       *result,
                                        char              **backup_path,
                                        GError            **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == rapport_repository_backup_daily_async,
                        FALSE);

  path = g_task_propagate_pointer (G_TASK (result), error);
  if (path == NULL)
    return FALSE;

  if (backup_path)
    *backup_path = path[0] ? g_steal_pointer (&path) : NULL;
  return TRUE;
}
