/* rapport-store.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rapport-database.h"

G_BEGIN_DECLS

/* The per-table SQL of the notebook, called by RapportRepository only.
 *
 * The storage layer does not know the model's classes: callers pass the
 * GType to create, and rows map onto properties by name (column `due_date`
 * is property `due-date`; see _rapport_database_read_object()). Writes bind
 * the statement's named parameters (`:due_date`) from the item's properties
 * the same way. Each function is one statement or a few; transactions are
 * the caller's (rapport_database_begin()/commit()). */

/* "Now", as the queries need it: the local calendar date and time of day as
 * stored, and instants as Unix seconds. */
typedef struct
{
  char   today[11];      /* YYYY-MM-DD, local */
  char   now_time[6];    /* HH:MM, local */
  char   horizon[11];    /* YYYY-MM-DD, local: today + 7 days */
  gint64 now;            /* Unix seconds */
  gint64 day_start;      /* start of the local day */
  gint64 day_end;        /* start of the next local day */
  gint64 week_end;       /* start of the local day 7 days from today */
} RapportStoreNow;

typedef enum
{
  RAPPORT_STORE_TABLE_MENTEES,
  RAPPORT_STORE_TABLE_SESSIONS,
  RAPPORT_STORE_TABLE_COMMITMENTS,
  RAPPORT_STORE_TABLE_GOALS,
} RapportStoreTable;

void       rapport_store_now_init                 (RapportStoreNow    *now,
                                                   GDateTime          *local_now);

/* rapport-store-mentees.c */
GPtrArray *rapport_store_mentees_list             (RapportDatabase    *db,
                                                   GType               item_type,
                                                   const RapportStoreNow *now,
                                                   gint64              only_id,
                                                   GError            **error);
gboolean   rapport_store_mentees_insert           (RapportDatabase    *db,
                                                   GObject            *item,
                                                   gint64             *id,
                                                   GError            **error);
gboolean   rapport_store_mentees_update           (RapportDatabase    *db,
                                                   GObject            *item,
                                                   GError            **error);

/* rapport-store-sessions.c */
GPtrArray *rapport_store_sessions_list            (RapportDatabase    *db,
                                                   GType               item_type,
                                                   gint64              mentee_id,
                                                   GError            **error);
GObject   *rapport_store_sessions_get             (RapportDatabase    *db,
                                                   GType               item_type,
                                                   gint64              id,
                                                   GError            **error);
GPtrArray *rapport_store_sessions_list_planned    (RapportDatabase    *db,
                                                   GType               item_type,
                                                   gint64              from,
                                                   gint64              to,
                                                   GError            **error);
gboolean   rapport_store_sessions_insert          (RapportDatabase    *db,
                                                   GObject            *item,
                                                   gint64             *id,
                                                   GError            **error);
gboolean   rapport_store_sessions_update          (RapportDatabase    *db,
                                                   GObject            *item,
                                                   GError            **error);
GPtrArray *rapport_store_sessions_list_outline    (RapportDatabase    *db,
                                                   GType               item_type,
                                                   gint64              mentee_id,
                                                   GError            **error);

/* rapport-store-commitments.c */
GPtrArray *rapport_store_commitments_list         (RapportDatabase    *db,
                                                   GType               item_type,
                                                   gint64              mentee_id,
                                                   GError            **error);
GObject   *rapport_store_commitments_get          (RapportDatabase    *db,
                                                   GType               item_type,
                                                   gint64              id,
                                                   GError            **error);
GPtrArray *rapport_store_commitments_list_open_due (RapportDatabase   *db,
                                                   GType               item_type,
                                                   const char         *until_date,
                                                   GError            **error);
gboolean   rapport_store_commitments_insert       (RapportDatabase    *db,
                                                   GObject            *item,
                                                   gint64             *id,
                                                   GError            **error);
gboolean   rapport_store_commitments_update       (RapportDatabase    *db,
                                                   GObject            *item,
                                                   GError            **error);
gboolean   rapport_store_commitments_add_due_change (RapportDatabase  *db,
                                                   gint64              commitment_id,
                                                   const char         *old_date,
                                                   const char         *old_time,
                                                   const char         *new_date,
                                                   const char         *new_time,
                                                   const char         *reason,
                                                   gint64              changed_at,
                                                   GError            **error);
gboolean   rapport_store_commitments_add_status_change (RapportDatabase *db,
                                                        gint64           commitment_id,
                                                        const char      *old_status,
                                                        const char      *new_status,
                                                        const char      *reason,
                                                        gint64           changed_at,
                                                        GError         **error);
GPtrArray *rapport_store_commitments_list_status_changes (RapportDatabase *db,
                                                        GType            item_type,
                                                        gint64           mentee_id,
                                                        gint64           commitment_id,
                                                        GError         **error);
int        rapport_store_commitments_count_due_changes (RapportDatabase *db,
                                                   gint64              commitment_id);
GPtrArray *rapport_store_commitments_list_by_owner (RapportDatabase  *db,
                                                   GType               item_type,
                                                   gint64              mentee_id,
                                                   const char         *owner,
                                                   GError            **error);
GPtrArray *rapport_store_commitments_list_due_changes (RapportDatabase *db,
                                                   GType               item_type,
                                                   gint64              mentee_id,
                                                   GError            **error);

/* rapport-store-goals.c */
GPtrArray *rapport_store_goals_list               (RapportDatabase    *db,
                                                   GType               item_type,
                                                   gint64              mentee_id,
                                                   GError            **error);
gboolean   rapport_store_goals_insert             (RapportDatabase    *db,
                                                   GObject            *item,
                                                   gint64             *id,
                                                   GError            **error);
gboolean   rapport_store_goals_update             (RapportDatabase    *db,
                                                   GObject            *item,
                                                   GError            **error);
GHashTable *rapport_store_goals_last_progress_change (RapportDatabase *db,
                                                   gint64              mentee_id,
                                                   GError            **error);

/* rapport-store-trash.c */
gboolean   rapport_store_set_deleted              (RapportDatabase    *db,
                                                   RapportStoreTable   table,
                                                   gint64              id,
                                                   gint64              deleted_at,
                                                   GError            **error);
gboolean   rapport_store_purge_trash              (RapportDatabase    *db,
                                                   gint64              deleted_before,
                                                   GError            **error);
int        rapport_store_count_trash              (RapportDatabase    *db);

/* rapport-store-search.c */
char      *rapport_store_search_build_query       (const char         *text);
GPtrArray *rapport_store_search                   (RapportDatabase    *db,
                                                   GType               item_type,
                                                   const char         *text,
                                                   guint               limit,
                                                   GError            **error);

/* rapport-store-questions.c */
gboolean   rapport_store_questions_ensure_builtin (RapportDatabase    *db,
                                                   const char         *key,
                                                   const char         *stage,
                                                   const char         *category,
                                                   GError            **error);
GPtrArray *rapport_store_questions_list           (RapportDatabase    *db,
                                                   GType               item_type,
                                                   gint64              mentee_id,
                                                   GError            **error);
gboolean   rapport_store_questions_mark_asked     (RapportDatabase    *db,
                                                   gint64              question_id,
                                                   gint64              mentee_id,
                                                   gint64              asked_at,
                                                   GError            **error);
GPtrArray *rapport_store_questions_list_asked_on_session (RapportDatabase *db,
                                                   GType               item_type,
                                                   gint64              session_id,
                                                   GError            **error);
gboolean   rapport_store_questions_insert         (RapportDatabase    *db,
                                                   GObject            *item,
                                                   gint64             *id,
                                                   GError            **error);
gboolean   rapport_store_questions_update         (RapportDatabase    *db,
                                                   GObject            *item,
                                                   GError            **error);
gboolean   rapport_store_questions_set_deleted    (RapportDatabase    *db,
                                                   gint64              question_id,
                                                   gint64              deleted_at,
                                                   GError            **error);
gboolean   rapport_store_questions_set_asked_on_session (RapportDatabase *db,
                                                   gint64              question_id,
                                                   gint64              mentee_id,
                                                   gint64              session_id,
                                                   gint64              asked_at,
                                                   gboolean            asked,
                                                   GError            **error);

G_END_DECLS
