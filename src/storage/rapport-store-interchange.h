/* rapport-store-interchange.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rapport-store.h"

G_BEGIN_DECLS

/* The SQL of the JSON interchange (src/model/rapport-export.c and
 * rapport-import.c): the records of schema 3 read whole, and rows written
 * with the file's own timestamps. The history tables have no uuid; their
 * rows are identified by every column (see docs/export-format.md). */

typedef struct
{
  char   *question_uuid;   /* NULL for a built-in prompt */
  char   *builtin_key;     /* NULL for one of the mentor's own */
  char   *session_uuid;    /* NULL when asked outside a meeting */
  gint64  asked_at;        /* Unix seconds */
} RapportStoreAsked;

typedef struct
{
  gint64 goal_id;
  int    old_progress;
  int    new_progress;
  gint64 changed_at;       /* Unix seconds */
} RapportStoreProgressChange;

typedef enum
{
  RAPPORT_STORE_MERGE_ADDED,
  RAPPORT_STORE_MERGE_UPDATED,
  RAPPORT_STORE_MERGE_UNCHANGED,
} RapportStoreMerge;

typedef enum
{
  RAPPORT_STORE_HISTORY_DUE_CHANGES,
  RAPPORT_STORE_HISTORY_PROGRESS_CHANGES,
  RAPPORT_STORE_HISTORY_STATUS_CHANGES,
} RapportStoreHistory;

GPtrArray *rapport_store_interchange_list_questions        (RapportDatabase     *db,
                                                            GType                item_type,
                                                            gboolean             for_export,
                                                            GError             **error);
GPtrArray *rapport_store_interchange_list_asked            (RapportDatabase     *db,
                                                            gint64               mentee_id,
                                                            GError             **error);
GPtrArray *rapport_store_interchange_list_progress_changes (RapportDatabase     *db,
                                                            gint64               mentee_id,
                                                            GError             **error);
gboolean   rapport_store_interchange_set_timestamps        (RapportDatabase     *db,
                                                            RapportStoreTable    table,
                                                            gint64               id,
                                                            gint64               created_at,
                                                            gint64               updated_at,
                                                            GError             **error);
gboolean   rapport_store_interchange_insert_question       (RapportDatabase     *db,
                                                            GObject             *item,
                                                            gint64              *id,
                                                            GError             **error);
gboolean   rapport_store_interchange_update_question       (RapportDatabase     *db,
                                                            GObject             *item,
                                                            GError             **error);
gboolean   rapport_store_interchange_add_asked             (RapportDatabase     *db,
                                                            gint64               question_id,
                                                            gint64               mentee_id,
                                                            gint64               session_id,
                                                            gint64               asked_at,
                                                            RapportStoreMerge   *merge,
                                                            GError             **error);
gboolean   rapport_store_interchange_add_status_change     (RapportDatabase     *db,
                                                            gint64               commitment_id,
                                                            const char          *old_status,
                                                            const char          *new_status,
                                                            const char          *reason,
                                                            gint64               changed_at,
                                                            gboolean            *added,
                                                            GError             **error);
gboolean   rapport_store_interchange_add_due_change        (RapportDatabase     *db,
                                                            gint64               commitment_id,
                                                            const char          *old_date,
                                                            const char          *old_time,
                                                            const char          *new_date,
                                                            const char          *new_time,
                                                            const char          *reason,
                                                            gint64               changed_at,
                                                            gboolean            *added,
                                                            GError             **error);
gboolean   rapport_store_interchange_add_progress_change   (RapportDatabase     *db,
                                                            gint64               goal_id,
                                                            int                  old_progress,
                                                            int                  new_progress,
                                                            gint64               changed_at,
                                                            gboolean            *added,
                                                            GError             **error);
gint64     rapport_store_interchange_last_history_id       (RapportDatabase     *db,
                                                            RapportStoreHistory  history);
gboolean   rapport_store_interchange_drop_history_after    (RapportDatabase     *db,
                                                            RapportStoreHistory  history,
                                                            gint64               owner_id,
                                                            gint64               after_id,
                                                            GError             **error);

void       rapport_store_asked_free                        (RapportStoreAsked   *asked);

G_END_DECLS
